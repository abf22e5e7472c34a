package web

import (
	"context"
	"errors"
	"fmt"
	"log"
	"net/http"
	"slices"
	"strconv"
	"strings"

	"github.com/claimledger/claimledger"
	"github.com/claimledger/claimledger/internal/export"
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
	n, err := atoiPositive(v)
	if err != nil {
		return 0, fmt.Errorf("%s %w", name, err)
	}
	return min(n, maxLimit), nil
}

// claimFilter reads a storage.ClaimFilter from query parameters named as
// its fields (no_belief for NoBelief); limit defaults to 100.
func claimFilter(r *http.Request) (storage.ClaimFilter, error) {
	q := r.URL.Query()
	f := storage.ClaimFilter{Source: q.Get("source"), Stance: q.Get("stance"), Category: q.Get("category"),
		Place: q.Get("place"), From: q.Get("from"), To: q.Get("to"), Search: q.Get("search")}
	if f.Stance != "" && !slices.Contains(claimledger.Stances, f.Stance) {
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
	rows, err := claimRows(r.Context(), s.st, f)
	if err != nil {
		storeError(w, err)
		return
	}
	writeJSON(w, http.StatusOK, map[string]any{"claims": rows})
}

// claimRows collects the claims f selects; never nil, so that none encodes
// as [].
func claimRows(ctx context.Context, st storage.Store, f storage.ClaimFilter) ([]storage.ClaimRow, error) {
	rows := []storage.ClaimRow{}
	err := st.Claims(ctx, f, func(c storage.ClaimRow) error {
		rows = append(rows, c)
		return nil
	})
	return rows, err
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

// logError records a failure the client cannot be told about any more.
func logError(r *http.Request, err error) {
	log.Printf("%s %s: %v", r.Method, r.URL.Path, err)
}
