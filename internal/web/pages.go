package web

import (
	"bytes"
	"errors"
	"html/template"
	"net/http"
	"net/url"
	"strconv"
	"strings"

	"github.com/claimledger/claimledger"
	"github.com/claimledger/claimledger/internal/crossdoc"
	"github.com/claimledger/claimledger/internal/storage"
	"github.com/claimledger/claimledger/internal/storyline"
)

type pageTemplate = template.Template

var funcs = template.FuncMap{
	// docHref links a document by key; keys are often URLs, whose "//"
	// a path would lose to ServeMux's cleaning, so the key goes in the
	// query.
	"docHref": docHref,
	"title":   storyline.Title,
	"oneLine": storyline.OneLine,
	"query":   url.QueryEscape,
	"label":   func(s string) string { return strings.ReplaceAll(s, "_", " ") },
	"add":     func(a, b int) int { return a + b },
	"num":     num,
	"deref":   func(p *float64) float64 { return *p },
	"unquote": unquote,
	"perDoc":  perDoc,
	"bounds":  bounds,
	// dict hands the ledger part a page and the article it shows.
	"dict": func(p page, v any) ledgerArgs { return ledgerArgs{p, v} },
}

type ledgerArgs struct {
	Page page
	View any
}

func docHref(key string) string { return "/document?key=" + url.QueryEscape(key) }

var pageNames = []string{"home", "article", "paste", "stories", "story", "sources", "search", "claims", "documents", "login", "error"}

// parsePages parses each page with the layout; a page that does not parse
// is a bug found by any test, so it panics.
func parsePages() map[string]*pageTemplate {
	pages := map[string]*pageTemplate{}
	for _, name := range pageNames {
		pages[name] = template.Must(template.New(name).Funcs(funcs).ParseFS(files,
			"templates/layout.html", "templates/parts.html", "templates/ledger.html", "templates/"+name+".html"))
	}
	return pages
}

// page is what every page's layout reads besides the page's own data.
type page struct {
	Title    string
	SignedIn bool
	CanWrite bool // the server has a token: signing in is possible
	CSRF     string
	Path     string // the page's path and query, where signing in returns
	Data     any
}

// render executes a page into a buffer first, so that a failure midway
// becomes a clean 500 rather than half a page.
func (s *server) render(w http.ResponseWriter, r *http.Request, status int, name string, data any) {
	p := page{SignedIn: s.signedIn(r), CanWrite: s.opts.Token != "", CSRF: csrfToken(w, r), Path: r.URL.RequestURI(), Data: data}
	if t, ok := data.(interface{ PageTitle() string }); ok {
		p.Title = t.PageTitle()
	}
	var b bytes.Buffer
	if err := s.pages[name].ExecuteTemplate(&b, "layout", p); err != nil {
		logError(r, err)
		http.Error(w, "page error", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(status)
	w.Write(b.Bytes())
}

type errorPage struct {
	Status  int
	Message string
}

func (e errorPage) PageTitle() string { return http.StatusText(e.Status) }

func (s *server) pageError(w http.ResponseWriter, r *http.Request, status int, msg string) {
	s.render(w, r, status, "error", errorPage{status, msg})
}

func (s *server) storePageError(w http.ResponseWriter, r *http.Request, err error) {
	if errors.Is(err, storage.ErrQuery) {
		s.pageError(w, r, http.StatusBadRequest, err.Error())
		return
	}
	logError(r, err)
	s.pageError(w, r, http.StatusInternalServerError, "The store could not answer; the server's log says why.")
}

type homePage struct {
	Stories   []storage.StorySummary
	Documents []storage.DocumentSummary
	Stats     storage.Stats
}

func (homePage) PageTitle() string { return "" }

func (s *server) home(w http.ResponseWriter, r *http.Request) {
	var p homePage
	var err error
	if p.Stories, err = s.st.StoryList(r.Context(), 12); err != nil {
		s.storePageError(w, r, err)
		return
	}
	if p.Documents, err = s.st.Documents(r.Context(), 15, 0); err != nil {
		s.storePageError(w, r, err)
		return
	}
	if p.Stats, err = cached(r.Context(), s, "stats", func() (storage.Stats, error) { return s.st.Stats(r.Context()) }); err != nil {
		s.storePageError(w, r, err)
		return
	}
	s.render(w, r, http.StatusOK, "home", p)
}

type storiesPage struct {
	Stories []storage.StorySummary
	More    bool
	Limit   int
}

func (storiesPage) PageTitle() string { return "Stories" }

func (s *server) storyList(w http.ResponseWriter, r *http.Request) {
	limit, err := intParam(r, "limit", 100)
	if err != nil {
		s.pageError(w, r, http.StatusBadRequest, err.Error())
		return
	}
	limit = max(limit, 1)
	list, err := s.st.StoryList(r.Context(), limit+1)
	if err != nil {
		s.storePageError(w, r, err)
		return
	}
	p := storiesPage{Stories: list[:min(limit, len(list))], More: len(list) > limit, Limit: min(limit*4, maxLimit)}
	s.render(w, r, http.StatusOK, "stories", p)
}

type sourcesPage struct {
	Sources []storage.SourceCount
	Places  []storage.PlaceCount
}

func (sourcesPage) PageTitle() string { return "Sources and places" }

func (s *server) sources(w http.ResponseWriter, r *http.Request) {
	var p sourcesPage
	var err error
	if p.Sources, err = s.sourceCounts(r.Context(), false, 200); err != nil {
		s.storePageError(w, r, err)
		return
	}
	if p.Places, err = s.placeCounts(r.Context(), 100); err != nil {
		s.storePageError(w, r, err)
		return
	}
	s.render(w, r, http.StatusOK, "sources", p)
}

type searchPage struct {
	Q      string
	Error  string
	Hits   []storage.Hit
	Claims []storage.ClaimRow
}

func (p searchPage) PageTitle() string {
	if p.Q == "" {
		return "Search"
	}
	return "Search: " + p.Q
}

func (s *server) search(w http.ResponseWriter, r *http.Request) {
	p := searchPage{Q: strings.TrimSpace(r.URL.Query().Get("q"))}
	if p.Q != "" {
		var err error
		p.Hits, err = s.st.Search(r.Context(), p.Q, 30)
		if err == nil {
			err = s.st.Claims(r.Context(), storage.ClaimFilter{Search: p.Q, Limit: 50}, func(c storage.ClaimRow) error {
				p.Claims = append(p.Claims, c)
				return nil
			})
		}
		if err != nil && !errors.Is(err, storage.ErrQuery) {
			s.storePageError(w, r, err)
			return
		}
		if err != nil {
			p.Error = err.Error()
		}
	}
	s.render(w, r, http.StatusOK, "search", p)
}

func (s *server) article(w http.ResponseWriter, r *http.Request) {
	key := r.URL.Query().Get("key")
	if key == "" {
		s.pageError(w, r, http.StatusBadRequest, "Which document? The address needs ?key= and the document's key.")
		return
	}
	sum, d, ok, err := s.st.Document(r.Context(), key)
	if err != nil {
		s.storePageError(w, r, err)
		return
	}
	if !ok {
		s.pageError(w, r, http.StatusNotFound, "No document has the key "+strconv.Quote(key)+".")
		return
	}
	ratings, err := s.st.Ratings(r.Context(), key)
	if err != nil {
		s.storePageError(w, r, err)
		return
	}
	story, err := s.st.StoryOf(r.Context(), key)
	if err != nil {
		s.storePageError(w, r, err)
		return
	}
	hide := r.URL.Query().Get("beliefs") == "hide"
	beliefs := 0
	for _, c := range d.Claims {
		if c.Belief {
			beliefs++
		}
	}
	if hide {
		d = withoutBeliefs(d)
	}
	v := newArticle(d, ratings, sum.Version)
	v.Key, v.Summary, v.Story, v.Beliefs, v.BeliefsHidden = key, &sum, story, beliefs, hide
	s.render(w, r, http.StatusOK, "article", v)
}

type pastePage struct {
	In     postDoc
	Error  string
	Result *articleView
	Stored string // the key it was stored under, when it was
}

func (pastePage) PageTitle() string { return "Paste an article" }

func (s *server) pasteForm(w http.ResponseWriter, r *http.Request) {
	s.render(w, r, http.StatusOK, "paste", pastePage{})
}

// paste shows the ledger of a pasted article at once; a reader signed in
// may also store it, which links it into its story.
func (s *server) paste(w http.ResponseWriter, r *http.Request) {
	if !s.checkForm(w, r) {
		return
	}
	p := pastePage{In: postDoc{Title: r.PostFormValue("title"), Text: r.PostFormValue("text"),
		Published: strings.TrimSpace(r.PostFormValue("published")), URL: strings.TrimSpace(r.PostFormValue("url")),
		Outlet: strings.TrimSpace(r.PostFormValue("outlet"))}}
	p.In.ID = p.In.URL
	led, err := s.extractPosted(p.In)
	if err != nil {
		p.Error = err.Error()
		s.render(w, r, http.StatusBadRequest, "paste", p)
		return
	}
	if r.PostFormValue("store") != "" {
		if !s.signedIn(r) {
			p.Error = "Storing needs signing in with the server's token."
			s.render(w, r, http.StatusForbidden, "paste", p)
			return
		}
		if led.ID == "" {
			led.ID = "pasted-" + storage.NewDocument("", led).Hash[:16]
		}
		key, _, err := s.store(r.Context(), "web", led)
		if err != nil {
			s.storePageError(w, r, err)
			return
		}
		http.Redirect(w, r, docHref(key), http.StatusSeeOther)
		return
	}
	v := newArticle(led, nil, 0)
	v.Preview = true
	p.Result = &v
	s.render(w, r, http.StatusOK, "paste", p)
}

// rate stores a signed-in reader's rating of a claim and returns to it.
func (s *server) rate(w http.ResponseWriter, r *http.Request) {
	if !s.checkForm(w, r) {
		return
	}
	if !s.signedIn(r) {
		s.pageError(w, r, http.StatusForbidden, "Rating claims needs signing in with the server's token.")
		return
	}
	value, _ := strconv.Atoi(r.PostFormValue("value"))
	in := rateBody{Key: r.PostFormValue("key"), Claim: r.PostFormValue("claim"), Value: value, Note: r.PostFormValue("note")}
	if _, status, err := s.saveRating(r.Context(), in); err != nil {
		s.pageError(w, r, status, err.Error())
		return
	}
	http.Redirect(w, r, docHref(in.Key)+"#claim-"+url.QueryEscape(in.Claim), http.StatusSeeOther)
}

func (s *server) exportDocumentCSV(w http.ResponseWriter, r *http.Request) {
	key := r.URL.Query().Get("key")
	_, d, ok, err := s.st.Document(r.Context(), key)
	if err != nil {
		s.storePageError(w, r, err)
		return
	}
	if !ok {
		s.pageError(w, r, http.StatusNotFound, "No document has the key "+strconv.Quote(key)+".")
		return
	}
	writeFiguresCSV(w, r, "figures-"+safeName(d.ID)+".csv", []claimledger.Document{d})
}

func (s *server) exportStoryCSV(w http.ResponseWriter, r *http.Request) {
	name := r.PathValue("id")
	idText, ok := strings.CutSuffix(name, ".csv")
	id, err := strconv.ParseInt(idText, 10, 64)
	if !ok || err != nil || id <= 0 {
		s.pageError(w, r, http.StatusNotFound, "Story exports are at /export/stories/ID.csv.")
		return
	}
	_, docs, found, err := storyline.Load(r.Context(), s.st, id)
	if err != nil {
		s.storePageError(w, r, err)
		return
	}
	if !found {
		s.pageError(w, r, http.StatusNotFound, "No story "+idText+".")
		return
	}
	var ledgers []claimledger.Document
	for _, d := range docs {
		ledgers = append(ledgers, d.Ledger)
	}
	writeFiguresCSV(w, r, "story-"+idText+"-figures.csv", ledgers)
}

func (s *server) exportClaimReview(w http.ResponseWriter, r *http.Request) {
	reviews, err := s.claimReviews(r, r.URL.Query().Get("key"))
	if err != nil {
		s.storePageError(w, r, err)
		return
	}
	w.Header().Set("Content-Disposition", `attachment; filename="claimreview.jsonld"`)
	w.Header().Set("Content-Type", "application/ld+json; charset=utf-8")
	writeIndented(w, reviews)
}

// safeName keeps the letters, digits, dots and dashes of s for a file
// name.
func safeName(s string) string {
	var b strings.Builder
	for _, r := range s {
		switch {
		case r >= 'a' && r <= 'z', r >= 'A' && r <= 'Z', r >= '0' && r <= '9', r == '-', r == '.':
			b.WriteRune(r)
		default:
			b.WriteByte('_')
		}
		if b.Len() >= 60 {
			break
		}
	}
	if b.Len() == 0 {
		return "document"
	}
	return b.String()
}

// unquote drops the quotation marks around a content, which pages set in
// their own.
func unquote(s string) string {
	s = strings.TrimSpace(s)
	s = strings.TrimRight(s, ",.")
	return strings.Trim(s, "\"'“”‘’«»„")
}

// bounds says what a figure allows, when that is more than its value: "≥
// 101", "≤ 50" or "10–20".
func bounds(q claimledger.Quantity) string {
	switch {
	case q.Low != nil && q.High != nil && *q.Low != *q.High:
		return num(*q.Low) + "–" + num(*q.High)
	case q.Low != nil && q.High == nil:
		return "≥ " + num(*q.Low)
	case q.High != nil && q.Low == nil:
		return "≤ " + num(*q.High)
	}
	return ""
}

// perDoc keeps the first mention in each document: a group said twice in
// one article links to it once.
func perDoc(ms []crossdoc.Mention) []crossdoc.Mention {
	seen := map[string]bool{}
	var out []crossdoc.Mention
	for _, m := range ms {
		if !seen[m.Doc] {
			seen[m.Doc] = true
			out = append(out, m)
		}
	}
	return out
}

// withoutBeliefs leaves out a ledger's attributions of beliefs and
// intentions, with the figures and contradictions that belong to them.
func withoutBeliefs(d claimledger.Document) claimledger.Document {
	gone := map[string]bool{}
	var claims []claimledger.Claim
	for _, c := range d.Claims {
		if c.Belief {
			gone[c.ID] = true
			continue
		}
		claims = append(claims, c)
	}
	var qs []claimledger.Quantity
	for _, q := range d.Quantities {
		if !gone[q.Claim] {
			qs = append(qs, q)
		}
	}
	var xs []claimledger.Contradiction
	for _, x := range d.Contradictions {
		if !gone[x.A] && !gone[x.B] {
			xs = append(xs, x)
		}
	}
	d.Claims, d.Quantities, d.Contradictions = claims, qs, xs
	return d
}
