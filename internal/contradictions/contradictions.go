// Package contradictions finds pairs of claims in a ledger that cannot both
// hold: a denial of an accusation, conflicting labels for the same actors,
// conflicting figures for the same thing. It reads only the ledger, so the
// same rules serve one document and a story of many.
package contradictions

import (
	"strings"

	"github.com/claimledger/claimledger"
	"github.com/claimledger/claimledger/internal/actors"
)

// Find returns the contradictions among the claims of doc.
func Find(doc *claimledger.Document) []claimledger.Contradiction {
	ents := map[string]*claimledger.Entity{}
	for i := range doc.Entities {
		ents[doc.Entities[i].ID] = &doc.Entities[i]
	}
	cls := doc.Claims
	side := make([]string, len(cls))
	for i := range cls {
		side[i] = Side(&cls[i], ents)
	}
	out := []claimledger.Contradiction{}
	seen := map[[2]int]bool{}
	add := func(a, b int, kind string) {
		if a > b {
			a, b = b, a
		}
		if seen[[2]int{a, b}] {
			return
		}
		seen[[2]int{a, b}] = true
		out = append(out, claimledger.Contradiction{A: cls[a].ID, B: cls[b].ID, Kind: kind})
	}
	for i := range cls {
		if cls[i].Stance != claimledger.StanceDeny {
			continue
		}
		for j := range cls {
			if i == j {
				continue
			}
			if cls[i].RefersTo == cls[j].ID {
				add(j, i, claimledger.ContradictDenial)
				continue
			}
			if cls[j].Stance != claimledger.StanceAccuse || side[i] == "" || side[j] == side[i] {
				continue
			}
			if Mentions(cls[j].Content.Text, side[i]) {
				add(j, i, claimledger.ContradictDenial)
			}
		}
	}
	for i := range cls {
		for j := i + 1; j < len(cls); j++ {
			if cls[i].Stance != claimledger.StanceLabel || cls[j].Stance != claimledger.StanceLabel {
				continue
			}
			if sameSpeaker(&cls[i], &cls[j], side[i], side[j]) {
				continue
			}
			if norm(cls[i].Content.Text) != norm(cls[j].Content.Text) {
				add(i, j, claimledger.ContradictLabel)
			}
		}
	}
	figures(doc, side, add)
	return out
}

// Side is the country or organisation a claim speaks for: the affiliation
// of its source entity, or the entity itself when it has none.
func Side(c *claimledger.Claim, ents map[string]*claimledger.Entity) string {
	if c.Source == nil || c.Source.Entity == "" {
		return ""
	}
	e := ents[c.Source.Entity]
	if e == nil {
		return ""
	}
	if e.Affiliation != "" {
		return e.Affiliation
	}
	return e.ID
}

func sameSpeaker(a, b *claimledger.Claim, sa, sb string) bool {
	if a.Source != nil && b.Source != nil && a.Source.Entity != "" && a.Source.Entity == b.Source.Entity {
		return true
	}
	if a.Source != nil && b.Source != nil && a.Source.Len() > 0 && a.Source.Span == b.Source.Span {
		return true
	}
	return sa != "" && sa == sb
}

// Mentions reports whether text names the side (a country code): by the
// country's name, its people's adjective or its capital.
func Mentions(text, side string) bool {
	if len(side) != 2 {
		return false
	}
	for _, w := range strings.FieldsFunc(strings.ToLower(text), func(r rune) bool {
		return !(r >= 'a' && r <= 'z' || r == '-' || r > 127)
	}) {
		w = strings.TrimSuffix(w, "-")
		if code, ok := actors.Demonym(w); ok && code == side {
			return true
		}
		if code, ok := actors.Capital(w); ok && code == side {
			return true
		}
		if a, ok := actors.Lookup(w); ok && a.Kind == actors.Country && a.Country == side {
			return true
		}
	}
	return false
}

func norm(s string) string {
	return strings.Join(strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r > 127)
	}), " ")
}

// figures pairs claims by different sides whose figures for the same
// category cannot both be right (their ranges do not meet).
func figures(doc *claimledger.Document, side []string, add func(a, b int, kind string)) {
	idx := map[string]int{}
	for i, c := range doc.Claims {
		idx[c.ID] = i
	}
	qs := doc.Quantities
	for i := range qs {
		for j := i + 1; j < len(qs); j++ {
			a, b := &qs[i], &qs[j]
			if a.Claim == "" || b.Claim == "" || a.Claim == b.Claim || a.Category != b.Category || a.Category == "other" {
				continue
			}
			ca, cb := idx[a.Claim], idx[b.Claim]
			if side[ca] == "" || side[cb] == "" || side[ca] == side[cb] {
				continue
			}
			if !disjoint(a, b) || !sameThing(a.Object, b.Object) {
				continue
			}
			add(ca, cb, claimledger.ContradictFigure)
		}
	}
}

func bounds(q *claimledger.Quantity) (lo, hi float64) {
	lo, hi = q.Value, q.Value
	if q.Low != nil {
		lo = *q.Low
	}
	if q.High != nil {
		hi = *q.High
	} else if q.Low != nil && q.Qualifier != claimledger.QualExact {
		hi = 1e18
	}
	return lo, hi
}

func disjoint(a, b *claimledger.Quantity) bool {
	alo, ahi := bounds(a)
	blo, bhi := bounds(b)
	return ahi < blo || bhi < alo
}

// sameThing reports whether two counted objects share a word ("people",
// "civilians") or either is unnamed.
func sameThing(a, b string) bool {
	if a == "" || b == "" {
		return true
	}
	wa := strings.Fields(norm(a))
	for _, w := range strings.Fields(norm(b)) {
		for _, v := range wa {
			if w == v && len(w) > 2 {
				return true
			}
		}
	}
	return false
}
