package web

import (
	"context"
	"io"
	"net/http"
	"net/url"
	"strings"
	"testing"

	"github.com/claimledger/claimledger/internal/source"
	"golang.org/x/net/html"
)

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
