package web

import (
	"bufio"
	"context"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/claimledger/claimledger"
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
