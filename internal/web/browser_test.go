package web

import (
	"context"
	"fmt"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/claimledger/claimledger/internal/storyline"
)

// The browser tests drive a headless Chromium over the pages. .ci/run
// installs Debian's chromium and sets CLAIMLEDGER_TEST_BROWSER=1, which
// makes a missing browser a failure rather than a skip.
// CLAIMLEDGER_SCREENSHOTS names a folder to keep the screenshots in.

func chromium(t *testing.T) string {
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	if os.Getenv("CLAIMLEDGER_TEST_BROWSER") != "" {
		t.Fatal("CLAIMLEDGER_TEST_BROWSER is set but no chromium is installed")
	}
	t.Skip("no chromium: browser tests skipped (install Debian's chromium package)")
	return ""
}

// newBrowser starts a headless Chromium with the flags a closed network
// needs, and returns a context driving one tab.
func newBrowser(t *testing.T) context.Context {
	exe := chromium(t)
	opts := []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(exe),
		chromedp.Headless, chromedp.NoSandbox, chromedp.DisableGPU, chromedp.NoFirstRun, chromedp.NoDefaultBrowserCheck,
		chromedp.UserDataDir(t.TempDir()),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("disable-dev-shm-usage", true),
		chromedp.Flag("hide-scrollbars", true),
	}
	actx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	ctx, cancel := chromedp.NewContext(actx)
	ctx, cancelTime := context.WithTimeout(ctx, 3*time.Minute)
	t.Cleanup(func() { cancelTime(); cancel(); cancelAlloc() })
	if err := chromedp.Do(ctx); err != nil {
		t.Fatalf("starting %s: %v", exe, err)
	}
	return ctx
}

// do runs browser steps, failing the test at the first that fails.
func do(t *testing.T, ctx context.Context, what string, steps ...chromedp.Action[chromedp.Void]) {
	t.Helper()
	if err := chromedp.Do(ctx, steps...); err != nil {
		t.Fatalf("%s: %v", what, err)
	}
}

// value runs one browser action that gives a value.
func value[T any](t *testing.T, ctx context.Context, a chromedp.Action[T]) T {
	t.Helper()
	v, err := chromedp.Run(ctx, a)
	if err != nil {
		t.Fatal(err)
	}
	return v
}

func css(s string) chromedp.CSS { return chromedp.CSS(s) }

func screenshotDir(t *testing.T) string {
	if d := os.Getenv("CLAIMLEDGER_SCREENSHOTS"); d != "" {
		if err := os.MkdirAll(d, 0o755); err != nil {
			t.Fatal(err)
		}
		return d
	}
	return t.TempDir()
}

// viewport sets the tab's width; below 500 px it poses as a phone.
func viewport(width int64) chromedp.Action[chromedp.Void] {
	if width < 500 {
		return chromedp.EmulateViewport(width, 900, chromedp.EmulateMobile)
	}
	return chromedp.EmulateViewport(width, 900)
}

func TestBrowserPagesAtTwoWidths(t *testing.T) {
	ctx := newBrowser(t)
	st, ledgers := seeded(t, append(fixture(t, "el-fasher.jsonl"), hostile()))
	srv := newTestServer(t, st, Options{Token: testToken})
	list, err := st.StoryList(context.Background(), 0)
	if err != nil || len(list) == 0 {
		t.Fatalf("stories: %v", err)
	}
	story, err := st.StoryOf(context.Background(), keyOf(ledgers[2]))
	if err != nil || story == 0 {
		t.Fatalf("the wire story is in no story: %v", err)
	}
	hostileStory, _ := st.StoryOf(context.Background(), keyOf(ledgers[len(ledgers)-1]))
	pages := []struct{ name, path string }{
		{"home", "/"},
		{"stories", "/stories"},
		{"story", "/stories/" + itoa(story)},
		{"hostile-story", "/stories/" + itoa(hostileStory)},
		{"article", "/document?key=" + url.QueryEscape(keyOf(ledgers[2]))},
		{"hostile", "/document?key=" + url.QueryEscape(keyOf(ledgers[len(ledgers)-1]))},
		{"sources", "/sources"},
		{"search", "/search?q=" + url.QueryEscape("El Fasher")},
		{"claims", "/claims?category=killed"},
		{"documents", "/documents"},
		{"paste", "/paste"},
	}
	dir := screenshotDir(t)
	for _, width := range []int64{1280, 390} {
		for _, p := range pages {
			do(t, ctx, fmt.Sprintf("%s at %d px", p.name, width), viewport(width), chromedp.Navigate(srv.URL+p.path),
				chromedp.WaitVisible(css("main")))
			title := value(t, ctx, chromedp.Title())
			overflow := value(t, ctx, chromedp.Evaluate[int](`document.documentElement.scrollWidth`)) - int(width)
			xss := value(t, ctx, chromedp.Evaluate[bool](`window.__xss !== undefined`))
			shot := value(t, ctx, chromedp.FullScreenshot(100))
			if !strings.HasSuffix(title, "claimledger") {
				t.Errorf("%s at %d px: title %q", p.name, width, title)
			}
			if overflow > 1 {
				t.Errorf("%s at %d px: the page is %d px wider than the screen", p.name, width, overflow)
			}
			if xss {
				t.Errorf("%s at %d px: a script from the article ran", p.name, width)
			}
			name := filepath.Join(dir, fmt.Sprintf("%s-%d.png", p.name, width))
			if err := os.WriteFile(name, shot, 0o644); err != nil {
				t.Fatal(err)
			}
		}
	}
	t.Logf("screenshots in %s", dir)
}

func TestBrowserClickThroughArticleToStory(t *testing.T) {
	ctx := newBrowser(t)
	st, ledgers := seeded(t, fixture(t, "el-fasher.jsonl"))
	srv := newTestServer(t, st, Options{Token: testToken})
	d := ledgers[2]
	if len(d.Claims) == 0 {
		t.Fatal("the fixture's wire story has no claims")
	}
	c := d.Claims[len(d.Claims)-1]
	do(t, ctx, "article", viewport(1280),
		chromedp.Navigate(srv.URL+"/document?key="+url.QueryEscape(keyOf(d))),
		chromedp.WaitVisible(css(".text")),
		// a click on the claim's words in the text brings up its card
		chromedp.Click(css(`.text a.m.content[data-claim="`+c.ID+`"]`)),
		chromedp.Sleep(300*time.Millisecond))
	lit := value(t, ctx, chromedp.Evaluate[bool](`document.getElementById("claim-`+c.ID+`").classList.contains("lit")`))
	hash := value(t, ctx, chromedp.Evaluate[string](`location.hash`))
	// and the story button leads to every report of the event
	do(t, ctx, "story button", chromedp.Click(css(`.actions a.button`)), chromedp.WaitVisible(css("#sides")))
	path := value(t, ctx, chromedp.Evaluate[string](`location.pathname`))
	sides := value(t, ctx, chromedp.Evaluate[int](`document.querySelectorAll(".side").length`))
	dots := value(t, ctx, chromedp.Evaluate[int](`document.querySelectorAll("svg.chart circle.dot").length`))
	markers := value(t, ctx, chromedp.Evaluate[int](`document.querySelectorAll(".map svg circle").length`))
	contradictions := value(t, ctx, chromedp.Evaluate[int](`document.querySelectorAll(".conflicts > li").length`))
	if !lit || hash != "#claim-"+c.ID {
		t.Errorf("clicking claim %s in the text: card lit %v, address #%q", c.ID, lit, hash)
	}
	sum, _, _, err := st.Document(context.Background(), keyOf(d))
	if err != nil {
		t.Fatal(err)
	}
	story, err := st.StoryOf(context.Background(), sum.Key)
	if err != nil || story == 0 {
		t.Fatalf("the document is in no story: %v", err)
	}
	if path != "/stories/"+itoa(story) {
		t.Errorf("the story button led to %q, want /stories/%d", path, story)
	}
	rep, _, _, err := storyline.Load(context.Background(), st, story)
	if err != nil {
		t.Fatal(err)
	}
	figures := 0
	for _, f := range rep.Figures {
		figures += len(f.Claims)
	}
	if dots != figures {
		t.Errorf("the charts show %d figures, the story has %d", dots, figures)
	}
	if len(rep.Groups) > 1 && sides < 2 {
		t.Errorf("%d sides shown for %d claim groups", sides, len(rep.Groups))
	}
	if markers == 0 {
		t.Error("the story's map shows no place")
	}
	if contradictions != len(rep.Contradictions) {
		t.Errorf("%d contradictions shown, the story has %d", contradictions, len(rep.Contradictions))
	}
}

func TestBrowserSignInRatePaste(t *testing.T) {
	ctx := newBrowser(t)
	st, ledgers := seeded(t, fixture(t, "el-fasher.jsonl"))
	srv := newTestServer(t, st, Options{Token: testToken})
	d := ledgers[0]
	c := d.Claims[0]
	h := hostile()
	card := `#claim-` + c.ID
	do(t, ctx, "sign in and rate", viewport(390),
		chromedp.Navigate(srv.URL+"/login?next="+url.QueryEscape("/document?key="+url.QueryEscape(keyOf(d)))),
		chromedp.SendKeys(css(`input[name="token"]`), testToken),
		chromedp.Submit(css(`input[name="token"]`)),
		chromedp.WaitVisible(css(card+` form.rate`)),
		chromedp.SetValue(css(card+` select[name="value"]`), "4"),
		chromedp.SendKeys(css(card+` input[name="note"]`), "Matches hospital figures."),
		chromedp.Click(css(card+` form.rate button`)),
		chromedp.WaitVisible(css(card+` .rated`)))
	rated := value(t, ctx, chromedp.Text(css(card+` .rated`)))
	// a hostile article pasted runs nothing either
	do(t, ctx, "paste", chromedp.Navigate(srv.URL+"/paste"),
		chromedp.SetValue(css(`textarea[name="text"]`), h.Text),
		chromedp.SetValue(css(`input[name="title"]`), h.Title),
		chromedp.Click(css(`button[name="show"]`)),
		chromedp.WaitVisible(css(`.ledger`)))
	xss := value(t, ctx, chromedp.Evaluate[bool](`window.__xss !== undefined`))
	cards := value(t, ctx, chromedp.Evaluate[int](`document.querySelectorAll(".ledger .card[data-claim]").length`))
	if !strings.Contains(rated, "Mostly true") || !strings.Contains(rated, "Matches hospital figures.") {
		t.Errorf("after rating, the card says %q", rated)
	}
	list, err := st.Ratings(context.Background(), keyOf(d))
	if err != nil || len(list) != 1 || list[0].Value != 4 || list[0].Claim != c.ID {
		t.Errorf("stored ratings %+v (%v)", list, err)
	}
	if xss {
		t.Error("a script in a pasted article ran")
	}
	if cards == 0 {
		t.Error("the pasted article's ledger shows no claim")
	}
}
