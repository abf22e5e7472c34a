package web

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"strings"

	"github.com/claimledger/claimledger"
	"github.com/claimledger/claimledger/internal/source"
	"github.com/claimledger/claimledger/internal/storage"
)

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
