package web

import (
	"errors"
	"net/http"
	"net/url"

	"github.com/claimledger/claimledger"
	"github.com/claimledger/claimledger/internal/annotate/quantities"
	"github.com/claimledger/claimledger/internal/storage"
)

// claimsPage lists the claims a filter selects, as an analyst narrows
// them down: who, what stance, which figures, where, when.
type claimsPage struct {
	F          storage.ClaimFilter
	JSON, CSV  string // the exports of what the filter selects
	Error      string
	Claims     []storage.ClaimRow
	More       bool
	Stances    []string
	Categories []string
}

func (claimsPage) PageTitle() string { return "Claims" }

// pageSize is how many claims the claims page shows.
const pageSize = 100

func (s *server) claimList(w http.ResponseWriter, r *http.Request) {
	p := claimsPage{Stances: claimledger.Stances, Categories: quantities.Categories}
	f, err := claimFilter(r)
	p.F = f
	if err != nil {
		p.Error = err.Error()
		s.render(w, r, http.StatusBadRequest, "claims", p)
		return
	}
	q := url.Values{}
	for k, v := range map[string]string{"source": f.Source, "stance": f.Stance, "category": f.Category,
		"place": f.Place, "from": f.From, "to": f.To, "search": f.Search} {
		if v != "" {
			q.Set(k, v)
		}
	}
	if f.NoBelief {
		q.Set("no_belief", "true")
	}
	q.Set("limit", "1000")
	p.JSON = "/api/claims?" + q.Encode()
	q.Set("format", "csv")
	p.CSV = "/api/figures?" + q.Encode()
	f.Limit = pageSize + 1
	p.Claims, err = claimRows(r.Context(), s.st, f)
	if err != nil && !errors.Is(err, storage.ErrQuery) {
		s.storePageError(w, r, err)
		return
	}
	if err != nil {
		p.Error = err.Error()
	}
	if len(p.Claims) > pageSize {
		p.Claims, p.More = p.Claims[:pageSize], true
	}
	s.render(w, r, http.StatusOK, "claims", p)
}
