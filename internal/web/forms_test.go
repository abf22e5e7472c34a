package web

import (
	"encoding/json"
	"io"
	"net/http"
	"net/http/cookiejar"
	"net/url"
	"strings"
	"testing"

	"github.com/claimledger/claimledger/internal/export"
	"golang.org/x/net/html"
)

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
