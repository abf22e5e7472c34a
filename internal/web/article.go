package web

import (
	"html/template"
	"net/http"
	"strconv"

	"github.com/claimledger/claimledger"
	"github.com/claimledger/claimledger/internal/export"
	"github.com/claimledger/claimledger/internal/storage"
	"github.com/claimledger/claimledger/internal/storyline"
)

// articleView is an article page: the text with its claims marked, and a
// card for each claim.
type articleView struct {
	Key     string
	Summary *storage.DocumentSummary // nil for a pasted article not stored
	Doc     claimledger.Document
	Text    template.HTML
	Claims  []claimCard
	Story   int64 // the story the document is in, or 0
	Preview bool  // pasted, not stored
	// Unclaimed lists figures that belong to no claim: the outlet's own.
	Unclaimed []claimledger.Quantity
	Stances   []stanceCount
	Labels    [6]string
	// Beliefs counts the attributions of beliefs and intentions ("think",
	// "want"), which a reader may leave out.
	Beliefs       int
	BeliefsHidden bool
}

func (v articleView) PageTitle() string { return storyline.Title(v.Doc.Title, v.Doc.Text) }

// claimCard is one claim as its card shows it.
type claimCard struct {
	claimledger.Claim
	Who     string // the source as written, or "" for the outlet's own
	Entity  string // whom it resolves to, when that differs
	Figures []figureMark
	Against []against
	Rating  *storage.Rating
}

// figureMark is a figure with whether the reader should take it with care.
type figureMark struct {
	claimledger.Quantity
	Unverified bool
}

// against is another claim of the same document that contradicts one.
type against struct {
	Claim string
	Kind  string
	Text  string
}

type stanceCount struct {
	Stance string
	N      int
}

// unverifiedFigure says whether a figure is somebody's claim that nobody
// confirmed: what conflict reporting must not pass off as fact.
func unverifiedFigure(c *claimledger.Claim) bool {
	return c != nil && c.Verification != claimledger.Confirmed
}

// newArticle builds the page of ledger d; ratings are of version (0 for an
// article not stored).
func newArticle(d claimledger.Document, ratings []storage.Rating, version int) articleView {
	v := articleView{Doc: d, Labels: export.RatingLabels}
	byID := map[string]*claimledger.Claim{}
	for i := range d.Claims {
		byID[d.Claims[i].ID] = &d.Claims[i]
	}
	rated := map[string]*storage.Rating{}
	for i := range ratings {
		if ratings[i].Version == version {
			rated[ratings[i].Claim] = &ratings[i]
		}
	}
	at := map[string]int{}
	count := map[string]int{}
	var order []string
	for _, c := range d.Claims {
		card := claimCard{Claim: c, Rating: rated[c.ID]}
		if c.Source != nil {
			card.Who = c.Source.Text
			if c.Source.Name != "" && c.Source.Name != c.Source.Text {
				card.Entity = c.Source.Name
			}
		}
		at[c.ID] = len(v.Claims)
		v.Claims = append(v.Claims, card)
		if count[c.Stance] == 0 {
			order = append(order, c.Stance)
		}
		count[c.Stance]++
	}
	for _, st := range order {
		v.Stances = append(v.Stances, stanceCount{st, count[st]})
	}
	for _, q := range d.Quantities {
		i, ok := at[q.Claim]
		if !ok {
			v.Unclaimed = append(v.Unclaimed, q)
			continue
		}
		v.Claims[i].Figures = append(v.Claims[i].Figures, figureMark{q, unverifiedFigure(byID[q.Claim])})
	}
	for _, x := range d.Contradictions {
		if i, ok := at[x.A]; ok && byID[x.B] != nil {
			v.Claims[i].Against = append(v.Claims[i].Against, against{x.B, x.Kind, byID[x.B].Content.Text})
		}
		if i, ok := at[x.B]; ok && byID[x.A] != nil {
			v.Claims[i].Against = append(v.Claims[i].Against, against{x.A, x.Kind, byID[x.A].Content.Text})
		}
	}
	v.Text = highlight(d.Text, marks(d, byID))
	return v
}

func (s *server) article(w http.ResponseWriter, r *http.Request) {
	key, sum, d, ok := s.pageDocument(w, r)
	if !ok {
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

// pageDocument reads the latest version of the document ?key= names,
// answering the error page itself when there is none.
func (s *server) pageDocument(w http.ResponseWriter, r *http.Request) (string, storage.DocumentSummary, claimledger.Document, bool) {
	key := r.URL.Query().Get("key")
	if key == "" {
		s.pageError(w, r, http.StatusBadRequest, "Which document? The address needs ?key= and the document's key.")
		return "", storage.DocumentSummary{}, claimledger.Document{}, false
	}
	sum, d, ok, err := s.st.Document(r.Context(), key)
	if err != nil {
		s.storePageError(w, r, err)
		return "", sum, d, false
	}
	if !ok {
		s.pageError(w, r, http.StatusNotFound, "No document has the key "+strconv.Quote(key)+".")
	}
	return key, sum, d, ok
}
