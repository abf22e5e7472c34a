package web

import (
	"errors"
	"net/http"
	"strings"

	"github.com/claimledger/claimledger/internal/storage"
)

// homePage is the start: the latest stories and articles, and what the
// store holds.
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
			p.Claims, err = claimRows(r.Context(), s.st, storage.ClaimFilter{Search: p.Q, Limit: 50})
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
