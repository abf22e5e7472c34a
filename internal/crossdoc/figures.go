package crossdoc

import (
	"math"
	"sort"

	"github.com/claimledger/claimledger"
)

// Figure is every figure claimed in a story for one category and thing
// counted, with UCDP-style estimates.
//
// The estimates count sources, not documents: a speaker quoted by several
// outlets is one source, its latest figure standing for it; syndicated
// copies, figures no source is said to have given (an unattributed number in
// news copy usually repeats a party's without saying so), figures a speaker
// denies and figures of retracted claims are kept in Claims but not counted. A source is a party when its side is a belligerent of
// the story: the side of anyone who accuses, denies, claims responsibility
// or threatens, a country named in such claims, or a country whose people
// the figure counts ("Ukrainian fighters"). When any counted source is
// independent of the parties (no side, or a side outside the conflict, such
// as the UN), only independent sources are used; otherwise all are. Low is
// the lowest bound any of them gives, High the highest ("more than 70" gives
// 71: an open bound says nothing of a maximum), Best the median of their
// figures, the lower middle one when their number is even, so that Best is
// always a figure some source gave and leans conservative, as UCDP and ACLED
// do. With no counted source at all, the uncounted figures of original
// reports are used, denials aside, and failing those every figure.
type Figure struct {
	Category string        `json:"category"`
	Object   string        `json:"object,omitempty"`
	Low      float64       `json:"low"`
	Best     float64       `json:"best"`
	High     float64       `json:"high"`
	Claims   []FigureClaim `json:"claims"` // every figure claimed, kept: never collapsed
}

// FigureClaim is one figure as one document gives it.
type FigureClaim struct {
	Mention
	Speaker   string   `json:"speaker"`
	Side      string   `json:"side,omitempty"`
	Qualifier string   `json:"qualifier"`
	Text      string   `json:"text"`
	Value     float64  `json:"value"`
	Low       *float64 `json:"low"`
	High      *float64 `json:"high"`
	Copy      bool     `json:"copy,omitempty"`   // from a syndicated copy: shown, not counted twice
	Denied    bool     `json:"denied,omitempty"` // the figure is what the speaker denies: shown, not counted
}

type fig struct {
	cat         string
	obj         []int32
	lo, hi, val float64 // hi is +Inf when open
}

func figOf(l *lexicon, q *claimledger.Quantity) fig {
	f := fig{cat: q.Category, obj: l.set(q.Object), lo: q.Value, hi: q.Value, val: q.Value}
	if q.Low != nil {
		f.lo = *q.Low
	}
	if q.High != nil {
		f.hi = *q.High
	} else if q.Low != nil && q.Qualifier != claimledger.QualExact {
		f.hi = math.Inf(1)
	}
	return f
}

// same reports whether two figures are one claim: the same category and
// thing, and values within a tenth of each other ("70", "about 70", "more
// than 70"; not "more than 10").
func (f *fig) same(o *fig) bool {
	return f.cat == o.cat && sameThing(f.obj, o.obj, nil) &&
		math.Abs(f.val-o.val) <= 0.1*math.Max(f.val, o.val)
}

// sameThing reports whether two counted objects may be the same thing:
// either unnamed, or sharing a word, unless they name different nations
// ("Russian soldiers", "Ukrainian soldiers").
func sameThing(a, b []int32, l *lexicon) bool {
	if len(a) == 0 || len(b) == 0 {
		return true
	}
	if l != nil {
		na, nb := nations(l, a), nations(l, b)
		if len(na) > 0 && len(nb) > 0 && jaccard(na, nb) == 0 {
			return false
		}
	}
	return jaccard(a, b) > 0
}

func nations(l *lexicon, w []int32) []int32 {
	var out []int32
	for _, id := range w {
		if l.country(id) != "" {
			out = append(out, id)
		}
	}
	return out
}

type figAt struct {
	FigureClaim
	f       fig
	speaker int // -1 when unattributed
	seq     int
	object  string
}

// figures gathers every figure of the story by category and thing.
func (s *story) figures() []Figure {
	var all []figAt
	for r := range s.reports {
		doc := &s.reports[r].Doc
		for i := range doc.Quantities {
			q := &doc.Quantities[i]
			if q.Category == "other" || q.Category == "" {
				continue
			}
			fc := FigureClaim{Mention: Mention{Doc: doc.ID, Claim: q.Claim}, Speaker: s.voice[r],
				Qualifier: q.Qualifier, Text: q.Text, Value: q.Value, Low: q.Low, High: q.High, Copy: s.copy[r]}
			sp := -1
			if it, ok := s.byClaim[r][q.Claim]; ok && q.Claim != "" {
				sp = s.items[it].speaker
				fc.Speaker, fc.Side = s.name(sp), s.spk.list[sp].side
				fc.Denied = s.items[it].neg
				if s.spk.list[sp].kind == "voice" || fc.Denied || s.groups[s.items[it].group].Status == Retracted {
					sp = -1 // the report's own voice, a denial or a withdrawn claim: not counted
				}
			}
			all = append(all, figAt{FigureClaim: fc, f: figOf(s.lex, q), speaker: sp, seq: len(all), object: q.Object})
		}
	}
	// named things first, so that an unnamed figure cannot join two things
	var clusters [][]figAt
	var objs [][]int32
	for pass := 0; pass < 2; pass++ {
		for _, fa := range all {
			if (len(fa.f.obj) == 0) != (pass == 1) {
				continue
			}
			k := 0
			for ; k < len(clusters); k++ {
				if clusters[k][0].f.cat == fa.f.cat && sameThing(objs[k], fa.f.obj, s.lex) {
					break
				}
			}
			if k == len(clusters) {
				clusters = append(clusters, nil)
				objs = append(objs, fa.f.obj)
			}
			clusters[k] = append(clusters[k], fa)
		}
	}
	for _, cl := range clusters {
		sort.Slice(cl, func(a, b int) bool { return cl[a].seq < cl[b].seq })
	}
	sort.Slice(clusters, func(a, b int) bool { return clusters[a][0].seq < clusters[b][0].seq })
	parties := s.parties()
	out := make([]Figure, 0, len(clusters))
	for _, cl := range clusters {
		fg := Figure{Category: cl[0].f.cat}
		for _, fa := range cl {
			if fg.Object == "" {
				fg.Object = fa.object
			}
			fg.Claims = append(fg.Claims, fa.FigureClaim)
		}
		fg.Low, fg.Best, fg.High = s.estimate(cl, parties)
		out = append(out, fg)
	}
	return out
}
