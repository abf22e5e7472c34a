package web

import (
	"bufio"
	"context"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/cookiejar"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/claimledger/claimledger"
	"github.com/claimledger/claimledger/internal/export"
	"github.com/claimledger/claimledger/internal/extract"
	"github.com/claimledger/claimledger/internal/source"
	"github.com/claimledger/claimledger/internal/storage"
	"github.com/claimledger/claimledger/internal/storage/postgres"
	"github.com/claimledger/claimledger/internal/storage/sqlite"
	"github.com/claimledger/claimledger/internal/storage/storagetest"
	"github.com/claimledger/claimledger/internal/storyline"
	"golang.org/x/net/html"
)

const testToken = "test-token-0123"

// fixture reads the JSONL documents of testdata/name.
func fixture(t testing.TB, name string) []source.Document {
	t.Helper()
	f, err := os.Open(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var docs []source.Document
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		var d source.Document
		if err := json.Unmarshal(sc.Bytes(), &d); err != nil {
			t.Fatal(err)
		}
		docs = append(docs, d)
	}
	return docs
}

// opener opens a new empty store for a test.
type opener func(t testing.TB) storage.Store

func openSQLite(t testing.TB) storage.Store {
	st, err := sqlite.Open(context.Background(), filepath.Join(t.TempDir(), "web.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	return st
}

func openPostgres(t testing.TB) storage.Store {
	st, err := postgres.Open(context.Background(), storagetest.PostgresDSN(t))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	return st
}

// bothStores runs a test on SQLite and, when CLAIMLEDGER_TEST_POSTGRES
// names a server, on PostgreSQL.
func bothStores(t *testing.T, test func(t *testing.T, open opener)) {
	t.Run("sqlite", func(t *testing.T) { test(t, openSQLite) })
	t.Run("postgres", func(t *testing.T) { test(t, openPostgres) })
}

// seeded is a SQLite store holding the ledgers of docs, linked into
// stories.
func seeded(t testing.TB, docs []source.Document) (storage.Store, []claimledger.Document) {
	return seededWith(t, openSQLite, docs)
}

// seededWith is a store open makes, holding the ledgers of docs, linked
// into stories.
func seededWith(t testing.TB, open opener, docs []source.Document) (storage.Store, []claimledger.Document) {
	t.Helper()
	ctx := context.Background()
	st := open(t)
	var ledgers []claimledger.Document
	var batch []storage.Document
	for _, d := range docs {
		led, err := extract.Config{}.Document(d)
		if err != nil {
			t.Fatal(err)
		}
		ledgers = append(ledgers, led)
		batch = append(batch, storage.NewDocument("test", led))
	}
	if _, err := st.Put(ctx, batch); err != nil {
		t.Fatal(err)
	}
	if err := storyline.Sync(ctx, st); err != nil {
		t.Fatal(err)
	}
	return st, ledgers
}

func newTestServer(t testing.TB, st storage.Store, opts Options) *httptest.Server {
	if opts.Extract == nil {
		opts.Extract = extract.Config{}.Document
	}
	srv := httptest.NewServer(New(st, opts))
	t.Cleanup(srv.Close)
	return srv
}

func get(t testing.TB, c *http.Client, u string) (int, string, http.Header) {
	t.Helper()
	if c == nil {
		c = http.DefaultClient
	}
	resp, err := c.Get(u)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	return resp.StatusCode, string(b), resp.Header
}

func keyOf(d claimledger.Document) string {
	if d.URL != "" {
		return d.URL
	}
	return d.ID
}

// scan parses a page and calls fn for every element.
func scan(t testing.TB, page string, fn func(n *html.Node)) {
	t.Helper()
	doc, err := html.Parse(strings.NewReader(page))
	if err != nil {
		t.Fatal(err)
	}
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			fn(n)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
}

// textOf is the text of a page, tags left out.
func textOf(t testing.TB, page string) string {
	doc, err := html.Parse(strings.NewReader(page))
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	return b.String()
}

func TestPagesShowWhatIsStored(t *testing.T) { bothStores(t, testPagesShowWhatIsStored) }

func testPagesShowWhatIsStored(t *testing.T, open opener) {
	st, ledgers := seededWith(t, open, fixture(t, "el-fasher.jsonl"))
	srv := newTestServer(t, st, Options{})
	list, err := st.StoryList(context.Background(), 0)
	if err != nil || len(list) == 0 {
		t.Fatalf("stories: %v %v", list, err)
	}
	pages := map[string][]string{
		"/":        {ledgers[0].Title, list[0].Title},
		"/stories": {list[0].Title},
		"/sources": {},
		"/paste":   {},
		"/search?q=" + url.QueryEscape("El Fasher"): {ledgers[1].Title},
	}
	for _, d := range ledgers {
		pages["/document?key="+url.QueryEscape(keyOf(d))] = []string{d.Title}
	}
	for _, s := range list {
		pages["/stories/"+itoa(s.ID)] = []string{s.Title}
	}
	for path, want := range pages {
		code, body, hd := get(t, nil, srv.URL+path)
		if code != http.StatusOK {
			t.Errorf("%s: status %d", path, code)
			continue
		}
		if ct := hd.Get("Content-Type"); !strings.HasPrefix(ct, "text/html") {
			t.Errorf("%s: Content-Type %q", path, ct)
		}
		if hd.Get("Content-Security-Policy") == "" {
			t.Errorf("%s: no Content-Security-Policy", path)
		}
		text := textOf(t, body)
		for _, w := range want {
			if !strings.Contains(text, w) {
				t.Errorf("%s: page does not show %q", path, w)
			}
		}
	}
}

func itoa(n int64) string { return strconv.FormatInt(n, 10) }

func TestArticleMarksEveryClaim(t *testing.T) {
	st, ledgers := seeded(t, fixture(t, "el-fasher.jsonl"))
	srv := newTestServer(t, st, Options{})
	for _, d := range ledgers {
		_, body, _ := get(t, nil, srv.URL+"/document?key="+url.QueryEscape(keyOf(d)))
		cards, linked := map[string]bool{}, map[string]bool{}
		unverified := 0
		scan(t, body, func(n *html.Node) {
			id, class := attr(n, "id"), attr(n, "class")
			if strings.HasPrefix(id, "claim-") {
				cards[strings.TrimPrefix(id, "claim-")] = true
			}
			if n.Data == "a" && strings.Contains(class, "m ") {
				linked[attr(n, "data-claim")] = true
			}
			if strings.Contains(class, "figure unverified") && inside(n, "text") {
				unverified++
			}
		})
		wantUnverified := 0
		verification := map[string]string{}
		for _, c := range d.Claims {
			verification[c.ID] = c.Verification
			if !cards[c.ID] {
				t.Errorf("%s: no card for claim %s", d.ID, c.ID)
			}
			if !linked[c.ID] {
				t.Errorf("%s: no mark in the text links to claim %s", d.ID, c.ID)
			}
		}
		for _, q := range d.Quantities {
			if v, ok := verification[q.Claim]; ok && v != claimledger.Confirmed {
				wantUnverified++
			}
		}
		if unverified != wantUnverified {
			t.Errorf("%s: %d figures flagged unverified, want %d", d.ID, unverified, wantUnverified)
		}
		// the text is all there, in order, whatever was marked
		if !strings.Contains(strings.Join(strings.Fields(textOf(t, body)), " "), strings.Join(strings.Fields(d.Text), " ")) {
			t.Errorf("%s: the page does not hold the article's text whole", d.ID)
		}
	}
}

// inside reports whether an ancestor of n has the class.
func inside(n *html.Node, class string) bool {
	for p := n.Parent; p != nil; p = p.Parent {
		for _, c := range strings.Fields(attr(p, "class")) {
			if c == class {
				return true
			}
		}
	}
	return false
}

func attr(n *html.Node, name string) string {
	for _, a := range n.Attr {
		if a.Key == name {
			return a.Val
		}
	}
	return ""
}

// hostile is a document whose every field tries to run a script.
func hostile() source.Document {
	return source.Document{
		ID:        `x"><script>window.__xss=1</script>`,
		URL:       `javascript:window.__xss=2`,
		Title:     `<script>window.__xss=3</script><img src=x onerror="window.__xss=4">`,
		Outlet:    `<svg onload="window.__xss=5">`,
		Published: "2024-06-12",
		Text: `The army said "<script>window.__xss=6</script>" was shelled, killing 12 people. ` +
			`Officials said <img src=x onerror=window.__xss=7> and <a href="javascript:window.__xss=8">this</a> ` +
			`had happened in El Fasher.` + "\n\n" + `"<b onmouseover=window.__xss=9>Nothing</b> happened," the spokesman said.`,
	}
}

// assertInert fails when a page holds a script other than the server's
// own, an event-handler attribute, or a javascript: address.
func assertInert(t *testing.T, path, body string) {
	t.Helper()
	scan(t, body, func(n *html.Node) {
		if n.Data == "script" && attr(n, "src") != "/static/app.js" {
			t.Errorf("%s: a <script> element the server did not write", path)
		}
		if n.Data == "img" || n.Data == "b" && attr(n, "onmouseover") != "" {
			t.Errorf("%s: an element from the article's text: <%s>", path, n.Data)
		}
		for _, a := range n.Attr {
			if strings.HasPrefix(strings.ToLower(a.Key), "on") {
				t.Errorf("%s: event handler %s=%q on <%s>", path, a.Key, a.Val, n.Data)
			}
			if (a.Key == "href" || a.Key == "src") && strings.HasPrefix(strings.ToLower(strings.TrimSpace(a.Val)), "javascript:") {
				t.Errorf("%s: %s=%q on <%s>", path, a.Key, a.Val, n.Data)
			}
		}
	})
}

func TestHostileArticleRendersInert(t *testing.T) { bothStores(t, testHostileArticleRendersInert) }

func testHostileArticleRendersInert(t *testing.T, open opener) {
	docs := append(fixture(t, "el-fasher.jsonl"), hostile())
	st, ledgers := seededWith(t, open, docs)
	srv := newTestServer(t, st, Options{})
	bad := ledgers[len(ledgers)-1]
	paths := []string{"/", "/stories", "/sources", "/claims", "/claims?source=" + url.QueryEscape("<script>"), "/document?key=" + url.QueryEscape(keyOf(bad)),
		"/search?q=shelled", "/search?q=" + url.QueryEscape("<script>")}
	list, _ := st.StoryList(context.Background(), 0)
	for _, s := range list {
		paths = append(paths, "/stories/"+itoa(s.ID))
	}
	for _, p := range paths {
		code, body, _ := get(t, nil, srv.URL+p)
		if code != http.StatusOK {
			t.Errorf("%s: status %d", p, code)
		}
		assertInert(t, p, body)
	}
	// the words are still shown, as text
	_, body, _ := get(t, nil, srv.URL+"/document?key="+url.QueryEscape(keyOf(bad)))
	if !strings.Contains(textOf(t, body), "<script>window.__xss=6</script>") {
		t.Error("the article's text lost its angle brackets instead of showing them")
	}
	// a pasted article is shown the same way
	c := browser(t)
	csrf := csrfFrom(t, c, srv.URL+"/paste")
	h := hostile()
	resp, err := c.PostForm(srv.URL+"/paste", url.Values{"csrf": {csrf}, "title": {h.Title}, "text": {h.Text}, "published": {h.Published}})
	if err != nil {
		t.Fatal(err)
	}
	b, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		t.Fatalf("paste: status %d: %s", resp.StatusCode, b)
	}
	assertInert(t, "/paste", string(b))
}

// browser is a client that keeps cookies, as a browser does.
func browser(t testing.TB) *http.Client {
	jar, err := cookiejar.New(nil)
	if err != nil {
		t.Fatal(err)
	}
	return &http.Client{Jar: jar, CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
}

// csrfFrom loads a page and returns the CSRF field of its first form.
func csrfFrom(t testing.TB, c *http.Client, u string) string {
	t.Helper()
	_, body, _ := get(t, c, u)
	tok := ""
	scan(t, body, func(n *html.Node) {
		if n.Data == "input" && attr(n, "name") == csrfField && tok == "" {
			tok = attr(n, "value")
		}
	})
	if tok == "" {
		t.Fatalf("%s: no CSRF field", u)
	}
	return tok
}

func TestFormsNeedTheirToken(t *testing.T) {
	st, _ := seeded(t, fixture(t, "el-fasher.jsonl"))
	srv := newTestServer(t, st, Options{Token: testToken})
	c := browser(t)
	csrf := csrfFrom(t, c, srv.URL+"/paste")
	form := url.Values{"text": {"The army said 12 people were killed."}, "published": {"2024-06-10"}}

	resp, _ := c.PostForm(srv.URL+"/paste", form) // no field
	resp.Body.Close()
	if resp.StatusCode != http.StatusForbidden {
		t.Errorf("paste without the CSRF field: status %d, want 403", resp.StatusCode)
	}
	form.Set("csrf", strings.Repeat("0", 64))
	resp, _ = c.PostForm(srv.URL+"/paste", form) // a wrong one
	resp.Body.Close()
	if resp.StatusCode != http.StatusForbidden {
		t.Errorf("paste with a wrong CSRF field: status %d, want 403", resp.StatusCode)
	}
	form.Set("csrf", csrf)
	req, _ := http.NewRequest("POST", srv.URL+"/paste", strings.NewReader(form.Encode()))
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	req.Header.Set("Sec-Fetch-Site", "cross-site")
	resp, _ = c.Do(req) // right field, but sent by another site
	resp.Body.Close()
	if resp.StatusCode != http.StatusForbidden {
		t.Errorf("paste from another site: status %d, want 403", resp.StatusCode)
	}
	resp, _ = c.PostForm(srv.URL+"/paste", form)
	b, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != http.StatusOK || !strings.Contains(string(b), `id="claim-c1"`) {
		t.Errorf("paste with its CSRF field: status %d, no ledger shown", resp.StatusCode)
	}
	// storing a pasted article needs signing in
	form.Set("store", "1")
	resp, _ = c.PostForm(srv.URL+"/paste", form)
	resp.Body.Close()
	if resp.StatusCode != http.StatusForbidden {
		t.Errorf("store without signing in: status %d, want 403", resp.StatusCode)
	}
}

func TestSignInRateAndExportClaimReview(t *testing.T) {
	bothStores(t, testSignInRateAndExportClaimReview)
}

func testSignInRateAndExportClaimReview(t *testing.T, open opener) {
	st, ledgers := seededWith(t, open, fixture(t, "el-fasher.jsonl"))
	srv := newTestServer(t, st, Options{Token: testToken, Reviewer: "Test Desk"})
	c := browser(t)
	csrf := csrfFrom(t, c, srv.URL+"/login")
	resp, _ := c.PostForm(srv.URL+"/login", url.Values{"csrf": {csrf}, "token": {"wrong"}, "next": {"/"}})
	resp.Body.Close()
	if resp.StatusCode != http.StatusForbidden {
		t.Fatalf("wrong token: status %d", resp.StatusCode)
	}
	resp, _ = c.PostForm(srv.URL+"/login", url.Values{"csrf": {csrf}, "token": {testToken}, "next": {"//evil.example/"}})
	resp.Body.Close()
	if resp.StatusCode != http.StatusSeeOther || resp.Header.Get("Location") != "/" {
		t.Fatalf("sign in: status %d, to %q (want 303 to /, never another site)", resp.StatusCode, resp.Header.Get("Location"))
	}
	d := ledgers[1]
	claim := d.Claims[0]
	page := srv.URL + "/document?key=" + url.QueryEscape(keyOf(d))
	csrf = csrfFrom(t, c, page)
	resp, _ = c.PostForm(srv.URL+"/ratings", url.Values{"csrf": {csrf}, "key": {keyOf(d)}, "claim": {claim.ID}, "value": {"2"}, "note": {"Hospital records say otherwise."}})
	resp.Body.Close()
	if resp.StatusCode != http.StatusSeeOther {
		t.Fatalf("rate: status %d", resp.StatusCode)
	}
	resp, _ = c.PostForm(srv.URL+"/ratings", url.Values{"csrf": {csrf}, "key": {keyOf(d)}, "claim": {claim.ID}, "value": {"9"}})
	resp.Body.Close()
	if resp.StatusCode != http.StatusBadRequest {
		t.Errorf("rating 9 of 5: status %d, want 400", resp.StatusCode)
	}
	_, body, _ := get(t, c, page)
	if !strings.Contains(textOf(t, body), "Hospital records say otherwise.") {
		t.Error("the article page does not show the rating")
	}

	code, body, hd := get(t, nil, srv.URL+"/export/claimreview.jsonld")
	if code != http.StatusOK || !strings.HasPrefix(hd.Get("Content-Type"), "application/ld+json") {
		t.Fatalf("claimreview: %d %s", code, hd.Get("Content-Type"))
	}
	var reviews []export.ClaimReview
	if err := json.Unmarshal([]byte(body), &reviews); err != nil {
		t.Fatal(err)
	}
	if len(reviews) != 1 {
		t.Fatalf("%d reviews, want 1", len(reviews))
	}
	r := reviews[0]
	if r.Type != "ClaimReview" || r.Context != "https://schema.org" || r.ClaimReviewed != claim.Content.Text ||
		r.ReviewRating.RatingValue != 2 || r.ReviewRating.AlternateName != export.RatingLabels[2] ||
		r.Author.Name != "Test Desk" || r.ItemReviewed.Appearance == nil || r.ItemReviewed.Appearance.URL != d.URL ||
		r.ReviewBody != "Hospital records say otherwise." {
		t.Errorf("review: %+v", r)
	}
	if claim.Source != nil && (r.ItemReviewed.Author == nil || r.ItemReviewed.Author.Name == "") {
		t.Error("the review does not name who made the claim")
	}
}

func TestAPIWritesNeedTheToken(t *testing.T) { bothStores(t, testAPIWritesNeedTheToken) }

func testAPIWritesNeedTheToken(t *testing.T, open opener) {
	st, _ := seededWith(t, open, nil)
	srv := newTestServer(t, st, Options{Token: testToken, MaxBody: 4096})
	readOnly := newTestServer(t, st, Options{})
	body := `{"id":"api-1","published":"2024-06-12","title":"Army claims gains","text":"The army said it had retaken three villages near El Fasher, killing 40 fighters."}`
	post := func(base, auth, body string) (int, string) {
		req, _ := http.NewRequest("POST", base+"/api/documents", strings.NewReader(body))
		req.Header.Set("Content-Type", "application/json")
		if auth != "" {
			req.Header.Set("Authorization", auth)
		}
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		return resp.StatusCode, string(b)
	}
	for _, c := range []struct {
		base, auth, body string
		want             int
	}{
		{srv.URL, "", body, http.StatusUnauthorized},
		{srv.URL, "Bearer nope", body, http.StatusForbidden},
		{readOnly.URL, "Bearer " + testToken, body, http.StatusForbidden},
		{srv.URL, "Bearer " + testToken, `{"id":"x","text":"` + strings.Repeat("a", 5000) + `"}`, http.StatusRequestEntityTooLarge},
		{srv.URL, "Bearer " + testToken, `{"id":"x","text":"y","surprise":1}`, http.StatusBadRequest},
		{srv.URL, "Bearer " + testToken, `{"id":"x","text":"y","published":"June 12"}`, http.StatusBadRequest},
		{srv.URL, "Bearer " + testToken, body, http.StatusCreated},
		{srv.URL, "Bearer " + testToken, body, http.StatusOK}, // the same again: unchanged
	} {
		if code, got := post(c.base, c.auth, c.body); code != c.want {
			t.Errorf("POST %s with %q: status %d, want %d: %s", c.body[:min(40, len(c.body))], c.auth, code, c.want, got)
		}
	}
	n, err := st.Stats(context.Background())
	if err != nil || n.Documents != 1 {
		t.Errorf("stored %d documents, want 1 (%v)", n.Documents, err)
	}
	code, got, _ := get(t, nil, srv.URL+"/api/stories")
	if code != http.StatusOK || !strings.Contains(got, "Army claims gains") {
		t.Errorf("a posted document is not linked into a story: %d %s", code, got)
	}
}

func TestAPIAnswers(t *testing.T) { bothStores(t, testAPIAnswers) }

func testAPIAnswers(t *testing.T, open opener) {
	st, ledgers := seededWith(t, open, fixture(t, "el-fasher.jsonl"))
	srv := newTestServer(t, st, Options{})
	getJSON := func(path string, want int, v any) {
		t.Helper()
		code, body, hd := get(t, nil, srv.URL+path)
		if code != want {
			t.Errorf("%s: status %d, want %d: %s", path, code, want, body)
			return
		}
		if !strings.HasPrefix(hd.Get("Content-Type"), "application/json") {
			t.Errorf("%s: Content-Type %q", path, hd.Get("Content-Type"))
		}
		if err := json.Unmarshal([]byte(body), v); err != nil {
			t.Errorf("%s: %v", path, err)
		}
	}
	var claims struct{ Claims []storage.ClaimRow }
	getJSON("/api/claims?stance=deny", 200, &claims)
	denials := 0
	for _, d := range ledgers {
		for _, c := range d.Claims {
			if c.Stance == claimledger.StanceDeny {
				denials++
			}
		}
	}
	if len(claims.Claims) != denials || denials == 0 {
		t.Errorf("stance=deny: %d claims, the ledgers have %d", len(claims.Claims), denials)
	}
	for _, c := range claims.Claims {
		if c.Claim.Stance != claimledger.StanceDeny {
			t.Errorf("stance=deny gave a %s claim", c.Claim.Stance)
		}
	}
	var e errorBody
	getJSON("/api/claims?stance=shout", 400, &e)
	getJSON("/api/claims?from=yesterday", 400, &e)
	getJSON("/api/claims?limit=-1", 400, &e)
	getJSON("/api/stories/999999", 404, &e)
	getJSON("/api/stories/abc", 400, &e)
	getJSON("/api/document?key=nothing-here", 404, &e)
	getJSON("/api/nowhere", 404, &e)
	if e.Error == "" {
		t.Error("errors carry no message")
	}
	var doc struct {
		Document storage.DocumentSummary
		Ledger   claimledger.Document
	}
	getJSON("/api/document?key="+url.QueryEscape(keyOf(ledgers[2])), 200, &doc)
	if doc.Ledger.Text != ledgers[2].Text || len(doc.Ledger.Claims) != len(ledgers[2].Claims) {
		t.Error("/api/document does not give the stored ledger")
	}
	var docs struct{ Documents []storage.DocumentSummary }
	getJSON("/api/documents?limit=2", 200, &docs)
	if len(docs.Documents) != 2 {
		t.Errorf("limit=2 gave %d documents", len(docs.Documents))
	}
	var places struct{ Places []storage.PlaceCount }
	getJSON("/api/places", 200, &places)
	if len(places.Places) == 0 {
		t.Error("no places")
	}
	var stories struct{ Stories []storage.StorySummary }
	getJSON("/api/stories", 200, &stories)
	if len(stories.Stories) == 0 {
		t.Fatal("no stories")
	}
	var rep storyline.Report
	getJSON("/api/stories/"+itoa(stories.Stories[0].ID), 200, &rep)
	if len(rep.Documents) != stories.Stories[0].Documents {
		t.Errorf("story report has %d documents, the list says %d", len(rep.Documents), stories.Stories[0].Documents)
	}

	code, body, _ := get(t, nil, srv.URL+"/api/figures?format=csv")
	rows, err := csv.NewReader(strings.NewReader(body)).ReadAll()
	if code != 200 || err != nil || len(rows) == 0 || strings.Join(rows[0], ",") != strings.Join(export.CSVHeader, ",") {
		t.Fatalf("figures CSV: %d %v", code, err)
	}
	figures := 0
	for _, d := range ledgers {
		figures += len(d.Quantities)
	}
	if len(rows)-1 != figures {
		t.Errorf("figures CSV has %d rows, the ledgers %d figures", len(rows)-1, figures)
	}
}

func TestOpenAPIDescribesEveryRoute(t *testing.T) {
	b, err := files.ReadFile("openapi.json")
	if err != nil {
		t.Fatal(err)
	}
	var spec struct {
		OpenAPI string                                `json:"openapi"`
		Paths   map[string]map[string]json.RawMessage `json:"paths"`
	}
	if err := json.Unmarshal(b, &spec); err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(spec.OpenAPI, "3.") {
		t.Errorf("openapi %q", spec.OpenAPI)
	}
	described := map[string]bool{}
	for p, ops := range spec.Paths {
		for m := range ops {
			described[strings.ToUpper(m)+" "+p] = true
		}
	}
	served := map[string]bool{}
	for _, rt := range (&server{}).apiRoutes() {
		served[rt.pattern] = true
		if !described[rt.pattern] {
			t.Errorf("%s is served but not in openapi.json", rt.pattern)
		}
	}
	for d := range described {
		if !served[d] {
			t.Errorf("%s is in openapi.json but not served", d)
		}
	}
}

func TestStoryAnswersFollowNewDocuments(t *testing.T) {
	bothStores(t, testStoryAnswersFollowNewDocuments)
}

func testStoryAnswersFollowNewDocuments(t *testing.T, open opener) {
	docs := fixture(t, "el-fasher.jsonl")
	st, ledgers := seededWith(t, open, docs)
	srv := newTestServer(t, st, Options{Token: testToken})
	id, err := st.StoryOf(context.Background(), keyOf(ledgers[2]))
	if err != nil || id == 0 {
		t.Fatalf("story of the wire report: %d, %v", id, err)
	}
	count := func() int {
		var rep storyline.Report
		_, body, _ := get(t, nil, srv.URL+"/api/stories/"+itoa(id))
		if err := json.Unmarshal([]byte(body), &rep); err != nil {
			t.Fatal(err)
		}
		return len(rep.Documents)
	}
	claimed := func() int {
		var list struct{ Sources []storage.SourceCount }
		_, body, _ := get(t, nil, srv.URL+"/api/sources?limit=1000")
		if err := json.Unmarshal([]byte(body), &list); err != nil {
			t.Fatal(err)
		}
		n := 0
		for _, s := range list.Sources {
			n += s.Claims
		}
		return n
	}
	claimedBefore := claimed()
	before := count()
	if again := count(); again != before {
		t.Fatalf("the same story twice: %d then %d documents", before, again)
	}
	// a syndicated copy of the wire report joins its story
	cp := docs[2]
	cp.ID, cp.URL, cp.Outlet = "copy", "https://copy.example/el-fasher", "Copy Daily"
	b, _ := json.Marshal(cp)
	req, _ := http.NewRequest("POST", srv.URL+"/api/documents", strings.NewReader(string(b)))
	req.Header.Set("Authorization", "Bearer "+testToken)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	var posted struct{ Ledger claimledger.Document }
	err = json.NewDecoder(resp.Body).Decode(&posted)
	resp.Body.Close()
	if err != nil || resp.StatusCode != http.StatusCreated {
		t.Fatalf("POST: status %d, %v", resp.StatusCode, err)
	}
	sourced := 0
	for _, c := range posted.Ledger.Claims {
		if c.Source != nil {
			sourced++
		}
	}
	if got := claimed(); sourced == 0 || got != claimedBefore+sourced {
		t.Errorf("sources count %d claims after the copy, %d before; the copy has %d with a source", got, claimedBefore, sourced)
	}
	if got, _ := st.StoryOf(context.Background(), cp.URL); got != id {
		t.Fatalf("the copy joined story %d, not %d", got, id)
	}
	if after := count(); after != before+1 {
		t.Errorf("after a copy joined, the story shows %d documents, want %d", after, before+1)
	}
	_, page, _ := get(t, nil, srv.URL+"/stories/"+itoa(id))
	if !strings.Contains(textOf(t, page), "Copy Daily") {
		t.Error("the story page does not show the new document")
	}
}

func TestFormsAndPagesRefuseWhatTheyCannotTake(t *testing.T) {
	st, _ := seeded(t, fixture(t, "el-fasher.jsonl"))
	srv := newTestServer(t, st, Options{Token: testToken, MaxBody: 2048})
	c := browser(t)
	csrf := csrfFrom(t, c, srv.URL+"/paste")
	resp, err := c.PostForm(srv.URL+"/paste", url.Values{"csrf": {csrf}, "text": {strings.Repeat("The army said so. ", 500)}})
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusRequestEntityTooLarge {
		t.Errorf("a pasted text over the limit: status %d, want 413", resp.StatusCode)
	}
	resp, _ = c.PostForm(srv.URL+"/paste", url.Values{"csrf": {csrf}, "text": {"The army said so."}, "published": {"last week"}})
	b, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != http.StatusBadRequest || !strings.Contains(textOf(t, string(b)), "last week") {
		t.Errorf("a publication date that is not one: status %d, the page does not say why", resp.StatusCode)
	}
	for path, want := range map[string]int{
		"/document?key=nothing":    http.StatusNotFound,
		"/document":                http.StatusBadRequest,
		"/stories/0":               http.StatusNotFound,
		"/stories/99999":           http.StatusNotFound,
		"/nowhere":                 http.StatusNotFound,
		"/export/stories/x.csv":    http.StatusNotFound,
		"/search?q=" + "%22%28%29": http.StatusOK, // nothing searchable: said on the page
	} {
		if code, body, _ := get(t, nil, srv.URL+path); code != want {
			t.Errorf("%s: status %d, want %d", path, code, want)
		} else {
			assertInert(t, path, body)
		}
	}
}

func TestClaimsPageFilters(t *testing.T) { bothStores(t, testClaimsPageFilters) }

func testClaimsPageFilters(t *testing.T, open opener) {
	st, ledgers := seededWith(t, open, fixture(t, "el-fasher.jsonl"))
	srv := newTestServer(t, st, Options{})
	// the claims with a figure of killed, counted from the ledgers
	want := map[string]bool{}
	for _, d := range ledgers {
		for _, q := range d.Quantities {
			if q.Category == "killed" && q.Claim != "" {
				want[d.ID+"#"+q.Claim] = true
			}
		}
	}
	if len(want) == 0 {
		t.Fatal("the fixture has no claimed killed figures: the test checks nothing")
	}
	code, body, _ := get(t, nil, srv.URL+"/claims?category=killed")
	if code != http.StatusOK {
		t.Fatalf("status %d", code)
	}
	got := map[string]bool{}
	var exports []string
	scan(t, body, func(n *html.Node) {
		href := attr(n, "href")
		if n.Data == "a" && inside(n, "claimrow") && strings.Contains(href, "#claim-") {
			u, _ := url.Parse(href)
			key := u.Query().Get("key")
			for _, d := range ledgers {
				if keyOf(d) == key {
					got[d.ID+"#"+strings.TrimPrefix(u.Fragment, "claim-")] = true
				}
			}
		}
		if n.Data == "a" && inside(n, "actions") {
			exports = append(exports, href)
		}
	})
	if fmt.Sprint(sortedKeys(got)) != fmt.Sprint(sortedKeys(want)) {
		t.Errorf("category=killed lists %v, the ledgers have %v", sortedKeys(got), sortedKeys(want))
	}
	if len(exports) != 2 || !strings.Contains(exports[0], "category=killed") || !strings.Contains(exports[1], "format=csv") {
		t.Errorf("exports %v", exports)
	}
	code, csvBody, _ := get(t, nil, srv.URL+strings.ReplaceAll(exports[1], "&amp;", "&"))
	rows, err := csv.NewReader(strings.NewReader(csvBody)).ReadAll()
	if code != http.StatusOK || err != nil || len(rows) < 2 {
		t.Errorf("the CSV export link gives %d, %d rows, %v", code, len(rows), err)
	}
	for _, row := range rows[1:] {
		if row[2] != "killed" {
			t.Errorf("the CSV export of killed figures has a row of %q", row[2])
		}
	}
	if code, _, _ := get(t, nil, srv.URL+"/claims?from=soon"); code != http.StatusBadRequest {
		t.Errorf("a bad date: status %d, want 400", code)
	}
}

func sortedKeys(m map[string]bool) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

func TestArticleLeavesOutBeliefsWhenAsked(t *testing.T) {
	doc := source.Document{ID: "beliefs", Published: "2024-06-12", Title: "Officials weigh the attack",
		Text: "The governor said 14 people were killed in the strike. Officials believe the attack was planned for weeks. " +
			"The army wants a ceasefire by Friday, a spokesman said."}
	st, ledgers := seeded(t, []source.Document{doc})
	srv := newTestServer(t, st, Options{})
	d := ledgers[0]
	var belief, speech []string
	for _, c := range d.Claims {
		if c.Belief {
			belief = append(belief, c.ID)
		} else {
			speech = append(speech, c.ID)
		}
	}
	if len(belief) == 0 || len(speech) == 0 {
		t.Fatalf("the text gives %d beliefs and %d other claims: the test checks nothing", len(belief), len(speech))
	}
	cards := func(path string) map[string]bool {
		_, body, _ := get(t, nil, srv.URL+path)
		out := map[string]bool{}
		scan(t, body, func(n *html.Node) {
			if id := attr(n, "id"); strings.HasPrefix(id, "claim-") {
				out[strings.TrimPrefix(id, "claim-")] = true
			}
		})
		return out
	}
	all := cards("/document?key=" + url.QueryEscape(keyOf(d)))
	some := cards("/document?key=" + url.QueryEscape(keyOf(d)) + "&beliefs=hide")
	for _, id := range belief {
		if !all[id] || some[id] {
			t.Errorf("belief %s: shown %v by default, %v when left out", id, all[id], some[id])
		}
	}
	for _, id := range speech {
		if !all[id] || !some[id] {
			t.Errorf("claim %s: shown %v by default, %v when beliefs are left out", id, all[id], some[id])
		}
	}
}

func TestDocumentsPagesThroughEveryArticle(t *testing.T) {
	var docs []source.Document
	for i := range documentsPerPage + 7 {
		docs = append(docs, source.Document{ID: fmt.Sprintf("doc-%03d", i), Published: "2024-06-12",
			Title: fmt.Sprintf("Report number %03d", i), Text: fmt.Sprintf("The army said %d people were killed.", i+1)})
	}
	st, _ := seeded(t, docs)
	srv := newTestServer(t, st, Options{})
	seen := map[string]int{}
	next := "/documents"
	for pages := 0; next != ""; pages++ {
		if pages > 3 {
			t.Fatal("more pages than documents")
		}
		code, body, _ := get(t, nil, srv.URL+next)
		if code != http.StatusOK {
			t.Fatalf("%s: status %d", next, code)
		}
		next = ""
		scan(t, body, func(n *html.Node) {
			if n.Data == "a" && inside(n, "docrow") {
				u, _ := url.Parse(attr(n, "href"))
				seen[u.Query().Get("key")]++
			}
			if n.Data == "a" && inside(n, "actions") && textOf(t, renderNode(n)) == "Older" {
				next = attr(n, "href")
			}
		})
	}
	for _, d := range docs {
		if seen[d.ID] != 1 {
			t.Errorf("%s listed %d times", d.ID, seen[d.ID])
		}
	}
	if code, _, _ := get(t, nil, srv.URL+"/documents?offset=-3"); code != http.StatusBadRequest {
		t.Errorf("offset -3: status %d", code)
	}
}

func renderNode(n *html.Node) string {
	var b strings.Builder
	html.Render(&b, n)
	return b.String()
}
