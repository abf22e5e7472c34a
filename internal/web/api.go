package web

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"time"

	"github.com/claimledger/claimledger"
	"github.com/claimledger/claimledger/internal/export"
	"github.com/claimledger/claimledger/internal/source"
	"github.com/claimledger/claimledger/internal/storage"
)

// maxLimit caps list sizes, so that one request cannot make the server
// encode a whole store.
const maxLimit = 1000

// atoiPositive reads a whole number, 0 or more.
func atoiPositive(v string) (int, error) {
	n, err := strconv.Atoi(v)
	if err != nil || n < 0 {
		return 0, fmt.Errorf("%q: want a whole number, 0 or more", v)
	}
	return n, nil
}

// intParam reads a non-negative integer parameter, def when absent,
// capped at maxLimit.
func intParam(r *http.Request, name string, def int) (int, error) {
	v := r.URL.Query().Get(name)
	if v == "" {
		return def, nil
	}
	n, err := strconv.Atoi(v)
	if err != nil || n < 0 {
		return 0, fmt.Errorf("%s %q: want a whole number, 0 or more", name, v)
	}
	return min(n, maxLimit), nil
}

var stances = map[string]bool{claimledger.StanceAssert: true, claimledger.StanceDeny: true, claimledger.StanceAccuse: true,
	claimledger.StanceClaimResponsibility: true, claimledger.StancePledge: true, claimledger.StanceThreaten: true,
	claimledger.StanceLabel: true, claimledger.StanceOther: true}

// claimFilter reads a storage.ClaimFilter from query parameters named as
// its fields (no_belief for NoBelief); limit defaults to 100.
func claimFilter(r *http.Request) (storage.ClaimFilter, error) {
	q := r.URL.Query()
	f := storage.ClaimFilter{Source: q.Get("source"), Stance: q.Get("stance"), Category: q.Get("category"),
		Place: q.Get("place"), From: q.Get("from"), To: q.Get("to"), Search: q.Get("search")}
	if f.Stance != "" && !stances[f.Stance] {
		return f, fmt.Errorf("stance %q: unknown", f.Stance)
	}
	if v := q.Get("no_belief"); v != "" {
		b, err := strconv.ParseBool(v)
		if err != nil {
			return f, fmt.Errorf("no_belief %q: want true or false", v)
		}
		f.NoBelief = b
	}
	var err error
	if f.Limit, err = intParam(r, "limit", 100); err != nil {
		return f, err
	}
	if f.Limit == 0 {
		f.Limit = maxLimit
	}
	return f, storage.CheckFilter(f)
}

func (s *server) apiClaims(w http.ResponseWriter, r *http.Request) {
	f, err := claimFilter(r)
	if err != nil {
		jsonError(w, http.StatusBadRequest, err.Error())
		return
	}
	rows := []storage.ClaimRow{}
	err = s.st.Claims(r.Context(), f, func(c storage.ClaimRow) error {
		rows = append(rows, c)
		return nil
	})
	if err != nil {
		storeError(w, err)
		return
	}
	writeJSON(w, http.StatusOK, map[string]any{"claims": rows})
}

func (s *server) apiSearch(w http.ResponseWriter, r *http.Request) {
	q := strings.TrimSpace(r.URL.Query().Get("q"))
	if q == "" {
		jsonError(w, http.StatusBadRequest, "q: give words to search for")
		return
	}
	limit, err := intParam(r, "limit", 20)
	if err != nil {
		jsonError(w, http.StatusBadRequest, err.Error())
		return
	}
	hits, err := s.st.Search(r.Context(), q, limit)
	if err != nil {
		storeError(w, err)
		return
	}
	if hits == nil {
		hits = []storage.Hit{}
	}
	writeJSON(w, http.StatusOK, map[string]any{"hits": hits})
}

// apiDocuments lists the latest documents, the most recently stored first.
func (s *server) apiDocuments(w http.ResponseWriter, r *http.Request) {
	limit, err := intParam(r, "limit", 20)
	if err != nil {
		jsonError(w, http.StatusBadRequest, err.Error())
		return
	}
	offset, err := intParam(r, "offset", 0)
	if err != nil {
		jsonError(w, http.StatusBadRequest, err.Error())
		return
	}
	docs, err := s.st.Documents(r.Context(), max(limit, 1), offset)
	if err != nil {
		storeError(w, err)
		return
	}
	if docs == nil {
		docs = []storage.DocumentSummary{}
	}
	writeJSON(w, http.StatusOK, map[string]any{"documents": docs})
}

// apiDocument answers one document's ledger; keys are often URLs, so the
// key is a query parameter rather than a path.
func (s *server) apiDocument(w http.ResponseWriter, r *http.Request) {
	key := r.URL.Query().Get("key")
	if key == "" {
		jsonError(w, http.StatusBadRequest, "key: give the document's key (its URL, else its id)")
		return
	}
	sum, led, ok, err := s.st.Document(r.Context(), key)
	if err != nil {
		storeError(w, err)
		return
	}
	if !ok {
		jsonError(w, http.StatusNotFound, "no document with key "+strconv.Quote(key))
		return
	}
	w.Header().Set("Content-Disposition", "inline; filename=\"ledger.json\"")
	writeJSON(w, http.StatusOK, map[string]any{"document": sum, "ledger": led})
}

// apiFigures lists the figures the claim filter selects, as JSON or, with
// format=csv, as the CSV rows `claimledger export --format csv` writes.
func (s *server) apiFigures(w http.ResponseWriter, r *http.Request) {
	f, err := claimFilter(r)
	if err != nil {
		jsonError(w, http.StatusBadRequest, err.Error())
		return
	}
	if r.URL.Query().Get("format") == "csv" {
		w.Header().Set("Content-Type", "text/csv; charset=utf-8")
		w.Header().Set("Content-Disposition", `attachment; filename="figures.csv"`)
		out, _ := export.NewCSV(w)
		n := 0
		err := s.st.Quantities(r.Context(), f, func(q storage.QuantityRow) error {
			if f.Limit > 0 && n == f.Limit {
				return errEnough
			}
			n++
			return out.Write(q)
		})
		out.Flush()
		if err != nil && err != errEnough {
			logError(r, err)
		}
		return
	}
	rows := []storage.QuantityRow{}
	err = s.st.Quantities(r.Context(), f, func(q storage.QuantityRow) error {
		if f.Limit > 0 && len(rows) == f.Limit {
			return errEnough
		}
		rows = append(rows, q)
		return nil
	})
	if err != nil && err != errEnough {
		storeError(w, err)
		return
	}
	writeJSON(w, http.StatusOK, map[string]any{"figures": rows})
}

// errEnough stops a walk over the store once a list is full.
var errEnough = errors.New("enough")

func (s *server) apiSources(entities bool) http.HandlerFunc {
	name := "sources"
	if entities {
		name = "entities"
	}
	return func(w http.ResponseWriter, r *http.Request) {
		limit, err := intParam(r, "limit", 100)
		if err != nil {
			jsonError(w, http.StatusBadRequest, err.Error())
			return
		}
		list, err := s.sourceCounts(r.Context(), entities, max(limit, 1))
		if err != nil {
			storeError(w, err)
			return
		}
		if list == nil {
			list = []storage.SourceCount{}
		}
		writeJSON(w, http.StatusOK, map[string]any{name: list})
	}
}

func (s *server) apiPlaces(w http.ResponseWriter, r *http.Request) {
	limit, err := intParam(r, "limit", 100)
	if err != nil {
		jsonError(w, http.StatusBadRequest, err.Error())
		return
	}
	list, err := s.placeCounts(r.Context(), max(limit, 1))
	if err != nil {
		storeError(w, err)
		return
	}
	if list == nil {
		list = []storage.PlaceCount{}
	}
	writeJSON(w, http.StatusOK, map[string]any{"places": list})
}

func (s *server) apiStories(w http.ResponseWriter, r *http.Request) {
	limit, err := intParam(r, "limit", 50)
	if err != nil {
		jsonError(w, http.StatusBadRequest, err.Error())
		return
	}
	list, err := s.st.StoryList(r.Context(), max(limit, 1))
	if err != nil {
		storeError(w, err)
		return
	}
	if list == nil {
		list = []storage.StorySummary{}
	}
	writeJSON(w, http.StatusOK, map[string]any{"stories": list})
}

func (s *server) apiStory(w http.ResponseWriter, r *http.Request) {
	id, err := strconv.ParseInt(r.PathValue("id"), 10, 64)
	if err != nil || id <= 0 {
		jsonError(w, http.StatusBadRequest, "story id: want a positive whole number")
		return
	}
	data, ok, err := s.loadStory(r.Context(), id)
	if err != nil {
		storeError(w, err)
		return
	}
	if !ok {
		jsonError(w, http.StatusNotFound, fmt.Sprintf("no story %d", id))
		return
	}
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Write(data.json)
	w.Write([]byte("\n"))
}

// postDoc is the body of POST /api/documents and /api/extract.
type postDoc struct {
	ID        string `json:"id"`
	Text      string `json:"text"`
	Published string `json:"published"`
	Title     string `json:"title"`
	URL       string `json:"url"`
	Outlet    string `json:"outlet"`
}

// readJSON decodes a body within the size limit, refusing unknown fields,
// and answers the error itself.
func (s *server) readJSON(w http.ResponseWriter, r *http.Request, v any) bool {
	r.Body = http.MaxBytesReader(w, r.Body, s.opts.MaxBody)
	dec := json.NewDecoder(r.Body)
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		var tooBig *http.MaxBytesError
		if errors.As(err, &tooBig) {
			jsonError(w, http.StatusRequestEntityTooLarge, fmt.Sprintf("body over %d bytes", tooBig.Limit))
			return false
		}
		jsonError(w, http.StatusBadRequest, "body: "+err.Error())
		return false
	}
	return true
}

// extractPosted checks a posted document and extracts its ledger.
func (s *server) extractPosted(in postDoc) (claimledger.Document, error) {
	if s.opts.Extract == nil {
		return claimledger.Document{}, errNoExtract
	}
	if strings.TrimSpace(in.Text) == "" {
		return claimledger.Document{}, errors.New("text: empty")
	}
	if in.Published != "" && !isDate(in.Published) {
		return claimledger.Document{}, fmt.Errorf("published %q: want YYYY-MM-DD", in.Published)
	}
	return s.opts.Extract(source.Document{ID: in.ID, Text: in.Text, Published: in.Published, Title: in.Title,
		URL: in.URL, Outlet: in.Outlet})
}

var errNoExtract = errors.New("this server does not extract documents")

// apiExtract answers a posted document's ledger without storing it: a
// preview, so it needs no token.
func (s *server) apiExtract(w http.ResponseWriter, r *http.Request) {
	var in postDoc
	if !s.readJSON(w, r, &in) {
		return
	}
	led, err := s.extractPosted(in)
	if err != nil {
		jsonError(w, http.StatusBadRequest, err.Error())
		return
	}
	writeJSON(w, http.StatusOK, map[string]any{"ledger": led})
}

// apiPost extracts a posted document's ledger, stores it and links it into
// a story, answering with the ledger.
func (s *server) apiPost(w http.ResponseWriter, r *http.Request) {
	if !s.authorize(w, r) {
		return
	}
	var in postDoc
	if !s.readJSON(w, r, &in) {
		return
	}
	if in.ID == "" && in.URL == "" {
		jsonError(w, http.StatusBadRequest, "give an id or a url: the document's key")
		return
	}
	led, err := s.extractPosted(in)
	if err != nil {
		jsonError(w, http.StatusBadRequest, err.Error())
		return
	}
	key, res, err := s.store(r.Context(), "api", led)
	if err != nil {
		storeError(w, err)
		return
	}
	status := http.StatusCreated
	if res.Unchanged > 0 {
		status = http.StatusOK
	}
	writeJSON(w, status, map[string]any{"key": key, "result": res, "ledger": led})
}

// store puts one ledger and links it into its story.
func (s *server) store(ctx context.Context, origin string, led claimledger.Document) (string, storage.PutResult, error) {
	doc := storage.NewDocument(origin, led)
	s.mu.Lock()
	res, err := s.st.Put(ctx, []storage.Document{doc})
	s.mu.Unlock()
	if err != nil {
		return "", res, err
	}
	return doc.Key, res, s.sync(ctx)
}

func (s *server) apiRatings(w http.ResponseWriter, r *http.Request) {
	list, err := s.st.Ratings(r.Context(), r.URL.Query().Get("key"))
	if err != nil {
		storeError(w, err)
		return
	}
	if list == nil {
		list = []storage.Rating{}
	}
	writeJSON(w, http.StatusOK, map[string]any{"ratings": list})
}

// rateBody is the body of POST /api/ratings.
type rateBody struct {
	Key   string `json:"key"`
	Claim string `json:"claim_id"`
	Value int    `json:"value"`
	Label string `json:"label"`
	Note  string `json:"note"`
}

func (s *server) apiRate(w http.ResponseWriter, r *http.Request) {
	if !s.authorize(w, r) {
		return
	}
	var in rateBody
	if !s.readJSON(w, r, &in) {
		return
	}
	got, status, err := s.saveRating(r.Context(), in)
	if err != nil {
		jsonError(w, status, err.Error())
		return
	}
	writeJSON(w, http.StatusCreated, got)
}

// saveRating rates a claim of the latest version of a document, keeping
// the claim's words and speaker as they read now. It returns the status
// to answer with an error.
func (s *server) saveRating(ctx context.Context, in rateBody) (storage.Rating, int, error) {
	if in.Value < 1 || in.Value > 5 {
		return storage.Rating{}, http.StatusBadRequest, fmt.Errorf("value %d: want 1 (false) to 5 (true)", in.Value)
	}
	sum, led, ok, err := s.st.Document(ctx, in.Key)
	if err != nil {
		return storage.Rating{}, http.StatusInternalServerError, errors.New("store error")
	}
	if !ok {
		return storage.Rating{}, http.StatusNotFound, fmt.Errorf("no document with key %q", in.Key)
	}
	var claim *claimledger.Claim
	for i := range led.Claims {
		if led.Claims[i].ID == in.Claim {
			claim = &led.Claims[i]
		}
	}
	if claim == nil {
		return storage.Rating{}, http.StatusNotFound, fmt.Errorf("document %q has no claim %q", in.Key, in.Claim)
	}
	label := strings.TrimSpace(in.Label)
	if label == "" {
		label = export.RatingLabels[in.Value]
	}
	rt := storage.Rating{Key: in.Key, Version: sum.Version, Claim: in.Claim, Value: in.Value, Label: label,
		Note: strings.TrimSpace(in.Note), Claimed: claim.Content.Text, Claimant: claimant(claim)}
	s.mu.Lock()
	got, err := s.st.Rate(ctx, rt)
	s.mu.Unlock()
	if err != nil {
		if errors.Is(err, storage.ErrQuery) {
			return got, http.StatusBadRequest, err
		}
		return got, http.StatusInternalServerError, errors.New("store error")
	}
	return got, 0, nil
}

// claimant names who makes a claim: its entity, else its source as
// written.
func claimant(c *claimledger.Claim) string {
	if c.Source == nil {
		return ""
	}
	if c.Source.Name != "" {
		return c.Source.Name
	}
	return c.Source.Text
}

func (s *server) apiClaimReview(w http.ResponseWriter, r *http.Request) {
	reviews, err := s.claimReviews(r, r.URL.Query().Get("key"))
	if err != nil {
		storeError(w, err)
		return
	}
	w.Header().Set("Content-Type", "application/ld+json; charset=utf-8")
	enc := json.NewEncoder(w)
	enc.SetIndent("", " ")
	enc.Encode(reviews)
}

// claimReviews makes the ClaimReview of every rating of the document with
// key, or of every document when key is "".
func (s *server) claimReviews(r *http.Request, key string) ([]export.ClaimReview, error) {
	list, err := s.st.Ratings(r.Context(), key)
	if err != nil {
		return nil, err
	}
	out := []export.ClaimReview{}
	type docInfo struct {
		ref  storage.DocumentRef
		kind map[string]string
	}
	docs := map[string]docInfo{}
	for _, rt := range list {
		d, ok := docs[rt.Key]
		if !ok {
			sum, led, found, err := s.st.Document(r.Context(), rt.Key)
			if err != nil {
				return nil, err
			}
			d = docInfo{kind: map[string]string{}}
			if found {
				d.ref = sum.DocumentRef
				for _, e := range led.Entities {
					if e.Type == claimledger.EntityPerson {
						d.kind[e.Name] = "Person"
					}
				}
			}
			docs[rt.Key] = d
		}
		reviewURL := ""
		if host := r.Host; host != "" {
			reviewURL = "http://" + host + "/document?key=" + url.QueryEscape(rt.Key) + "#claim-" + rt.Claim
		}
		out = append(out, export.NewClaimReview(rt, d.ref, s.opts.Reviewer, reviewURL, d.kind[rt.Claimant]))
	}
	return out, nil
}

// isDate reports whether s is a date YYYY-MM-DD.
func isDate(s string) bool {
	_, err := time.Parse("2006-01-02", s)
	return err == nil
}

// logError records a failure the client cannot be told about any more.
func logError(r *http.Request, err error) {
	log.Printf("%s %s: %v", r.Method, r.URL.Path, err)
}
