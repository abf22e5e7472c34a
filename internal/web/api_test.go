package web

import (
	"context"
	"encoding/csv"
	"encoding/json"
	"io"
	"net/http"
	"net/url"
	"strings"
	"testing"

	"github.com/claimledger/claimledger"
	"github.com/claimledger/claimledger/internal/export"
	"github.com/claimledger/claimledger/internal/storage"
	"github.com/claimledger/claimledger/internal/storyline"
)

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
