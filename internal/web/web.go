// Package web serves a ledger store over HTTP: a JSON API under /api/,
// described at /api/openapi.json, and pages rendered on the server for
// analysts. Templates, stylesheet, script and map are embedded, so the
// binary needs no build step and works offline.
//
// Article text is never trusted: every piece of it reaches a page through
// html/template or template.HTMLEscapeString, and the Content-Security-Policy
// allows scripts from this server only, never inline, should anything slip
// through.
package web

import (
	"context"
	"embed"
	"encoding/json"
	"errors"
	"io/fs"
	"net/http"
	"sync"

	"github.com/claimledger/claimledger"
	"github.com/claimledger/claimledger/internal/source"
	"github.com/claimledger/claimledger/internal/storage"
	"github.com/claimledger/claimledger/internal/storyline"
)

// DefaultMaxBody caps request bodies when Options.MaxBody is 0: a long
// article is a few hundred kilobytes.
const DefaultMaxBody = 2 << 20

// Options configures a handler.
type Options struct {
	// Token is what writes must carry: "Authorization: Bearer TOKEN" on
	// the API, or a session opened with it at /login for pages. Empty
	// refuses every write: a server nobody configured stays read-only.
	Token string
	// MaxBody caps request bodies in bytes; 0 means DefaultMaxBody.
	MaxBody int64
	// Extract turns a document into its ledger; nil refuses posted and
	// pasted articles, since the handler cannot analyse text by itself.
	Extract func(source.Document) (claimledger.Document, error)
	// Reviewer names who publishes the ClaimReview exports of ratings.
	Reviewer string
	// CacheBytes bounds the memory kept for stories already read
	// together; 0 means DefaultCacheBytes.
	CacheBytes int64
}

// DefaultCacheBytes is the memory kept for stories read together when
// Options.CacheBytes is 0.
const DefaultCacheBytes = 256 << 20

//go:embed templates/*.html assets/* openapi.json
var files embed.FS

type server struct {
	st   storage.Store
	opts Options
	// mu serialises writes (Put, ratings and story linking): stores allow
	// one writer at a time, and two linkers would race over story ids.
	mu      sync.Mutex
	synced  int64 // the store's generation when stories were last linked
	pages   map[string]*pageTemplate
	stories *storyCache
	counts  countCache
}

// Server serves a store. Story pages show what is linked: documents that
// another process stored without linking them join their stories when
// Link runs, which the caller does from time to time (serve does every few
// seconds), so that no request waits for it.
type Server struct {
	handler http.Handler
	srv     *server
}

func (x *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) { x.handler.ServeHTTP(w, r) }

// Link links the stored documents that are in no story yet.
func (x *Server) Link(ctx context.Context) error { return x.srv.sync(ctx) }

// New returns a handler serving st.
func New(st storage.Store, opts Options) *Server {
	if opts.MaxBody <= 0 {
		opts.MaxBody = DefaultMaxBody
	}
	if opts.CacheBytes <= 0 {
		opts.CacheBytes = DefaultCacheBytes
	}
	if opts.Reviewer == "" {
		opts.Reviewer = "claimledger"
	}
	s := &server{st: st, opts: opts, pages: parsePages(), stories: newStoryCache(256, opts.CacheBytes)}
	mux := http.NewServeMux()

	for _, rt := range s.apiRoutes() {
		mux.HandleFunc(rt.pattern, rt.handler)
	}
	mux.HandleFunc("/api/", func(w http.ResponseWriter, r *http.Request) {
		jsonError(w, http.StatusNotFound, "no such endpoint: see /api/openapi.json")
	})

	static, _ := fs.Sub(files, "assets")
	mux.Handle("GET /static/", http.StripPrefix("/static/", cacheFor(http.FileServerFS(static))))
	mux.HandleFunc("GET /{$}", s.home)
	mux.HandleFunc("GET /document", s.article)
	mux.HandleFunc("GET /paste", s.pasteForm)
	mux.HandleFunc("POST /paste", s.paste)
	mux.HandleFunc("GET /stories", s.storyList)
	mux.HandleFunc("GET /stories/{id}", s.story)
	mux.HandleFunc("GET /sources", s.sources)
	mux.HandleFunc("GET /search", s.search)
	mux.HandleFunc("GET /claims", s.claimList)
	mux.HandleFunc("GET /documents", s.documentList)
	mux.HandleFunc("GET /login", s.loginForm)
	mux.HandleFunc("POST /login", s.login)
	mux.HandleFunc("POST /logout", s.logout)
	mux.HandleFunc("POST /ratings", s.rate)
	mux.HandleFunc("GET /export/document.csv", s.exportDocumentCSV)
	mux.HandleFunc("GET /export/stories/{id}", s.exportStoryCSV)
	mux.HandleFunc("GET /export/claimreview.jsonld", s.exportClaimReview)
	mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		s.pageError(w, r, http.StatusNotFound, "There is no page at this address.")
	})

	// Browsers say where a request comes from; a write from another site
	// is refused before any handler runs, whatever cookies it carries.
	return &Server{handler: headers(http.NewCrossOriginProtection().Handler(mux)), srv: s}
}

// route is one endpoint of the API.
type route struct {
	pattern string // "METHOD /path", as http.ServeMux reads it
	handler http.HandlerFunc
}

// apiRoutes lists the API's endpoints; openapi.json describes each one, as
// a test checks.
func (s *server) apiRoutes() []route {
	return []route{
		{"GET /api/openapi.json", serveOpenAPI},
		{"GET /api/documents", s.apiDocuments},
		{"POST /api/documents", s.apiPost},
		{"GET /api/document", s.apiDocument},
		{"POST /api/extract", s.apiExtract},
		{"GET /api/claims", s.apiClaims},
		{"GET /api/figures", s.apiFigures},
		{"GET /api/sources", s.apiSources(false)},
		{"GET /api/entities", s.apiSources(true)},
		{"GET /api/places", s.apiPlaces},
		{"GET /api/search", s.apiSearch},
		{"GET /api/stories", s.apiStories},
		{"GET /api/stories/{id}", s.apiStory},
		{"GET /api/ratings", s.apiRatings},
		{"POST /api/ratings", s.apiRate},
		{"GET /api/claimreview", s.apiClaimReview},
	}
}

// headers sets the security headers every answer carries.
func headers(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		hd := w.Header()
		hd.Set("Content-Security-Policy", "default-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'")
		hd.Set("X-Content-Type-Options", "nosniff")
		hd.Set("Referrer-Policy", "same-origin")
		hd.Set("X-Frame-Options", "DENY")
		h.ServeHTTP(w, r)
	})
}

func cacheFor(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Cache-Control", "public, max-age=3600")
		h.ServeHTTP(w, r)
	})
}

// sync links documents that are in no story yet: those this server
// stored, and those stored by a run that did not link them.
// Looking for unlinked documents reads the whole store, so it is skipped
// while the store's generation shows nothing stored since the last time.
func (s *server) sync(ctx context.Context) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	gen, err := s.st.Generation(ctx)
	if err != nil || gen == s.synced {
		return err
	}
	if err := storyline.Sync(ctx, s.st); err != nil {
		return err
	}
	s.synced, err = s.st.Generation(ctx)
	return err
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.WriteHeader(status)
	// compact: indenting costs more than encoding (pipe through jq to
	// read it)
	json.NewEncoder(w).Encode(v)
}

type errorBody struct {
	Error string `json:"error"`
}

func jsonError(w http.ResponseWriter, status int, msg string) {
	writeJSON(w, status, errorBody{msg})
}

// storeError answers a store error: the caller's fault (a malformed query)
// is 400, anything else 500 without internals.
func storeError(w http.ResponseWriter, err error) {
	if errors.Is(err, storage.ErrQuery) {
		jsonError(w, http.StatusBadRequest, err.Error())
		return
	}
	jsonError(w, http.StatusInternalServerError, "store error")
}

func serveOpenAPI(w http.ResponseWriter, r *http.Request) {
	b, _ := files.ReadFile("openapi.json")
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Write(b)
}
