package web

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"strings"

	"github.com/claimledger/claimledger"
	"github.com/claimledger/claimledger/internal/export"
	"github.com/claimledger/claimledger/internal/storage"
)

// apiRatings lists readers' ratings, of one document with ?key=.
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
		Note: strings.TrimSpace(in.Note), Claimed: claim.Content.Text, Claimant: claim.Source.Speaker()}
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

func (s *server) apiClaimReview(w http.ResponseWriter, r *http.Request) {
	reviews, err := s.claimReviews(r, r.URL.Query().Get("key"))
	if err != nil {
		storeError(w, err)
		return
	}
	w.Header().Set("Content-Type", "application/ld+json; charset=utf-8")
	writeIndented(w, reviews)
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
