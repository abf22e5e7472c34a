package web

import (
	"bytes"
	"errors"
	"html/template"
	"net/http"
	"net/url"
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
