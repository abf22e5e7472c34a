package crossdoc

import (
	"cmp"
	"fmt"
	"slices"
	"strconv"

	"github.com/claimledger/claimledger"
	"github.com/claimledger/claimledger/internal/contradictions"
)

// contradictions finds the contradictions of the story with the rules of
// package contradictions, run over one ledger that holds each claim group
// once, as its first mention outside a syndicated copy, with the figures of
// all its original mentions and the first reference any of its denials makes
// to another group's claim. In that ledger claim IDs are group numbers, each
// speaker of the story is one entity (so "the ministry" of one document and
// "Russia's defence ministry" of another are one side) and source spans are
// moved apart so that no two documents' spans coincide. Only groups that can
// take part are put in: denials, accusations, labels, claims with figures and
// the claims denials refer to. The figures of a denial are what it denies,
// so they are left out.
//
// One rule is added for documents that cannot refer to each other: a denial
// contradicts a claim of another speaker, not of the denier's own side,
// that says the same thing ("Ukraine denies its units crossed the border").
// A denial by the claim's own speaker is a retraction, not a contradiction.
//
// A pair of groups is reported once, by their first mentions; both groups
// become disputed in the report where the later of the two first appears.
func (s *story) contradictions() []Contradiction {
	base := make([]int, len(s.reports)+1)
	for r := range s.reports {
		base[r+1] = base[r] + len(s.reports[r].Doc.Text) + 1
	}
	refers := make([]int, len(s.groups)) // group → the group its denial refers to, +1
	refd := make([]bool, len(s.groups))
	figs := make([][]claimledger.Quantity, len(s.groups))
	seenQ := map[[2]string]bool{}
	for i := range s.items {
		it := &s.items[i]
		if s.copy[it.rep] {
			continue
		}
		doc := &s.reports[it.rep].Doc
		c := &doc.Claims[it.claim]
		if j, ok := s.byClaim[it.rep][c.RefersTo]; ok && c.RefersTo != "" && refers[it.group] == 0 && s.items[j].group != it.group {
			refers[it.group] = s.items[j].group + 1
			refd[s.items[j].group] = true
		}
		if it.neg || len(it.figs) == 0 {
			continue
		}
		for _, q := range doc.Quantities {
			if q.Claim != c.ID {
				continue
			}
			q.Claim = strconv.Itoa(it.group)
			lo, hi := bound(q.Low), bound(q.High)
			key := [2]string{q.Claim, fmt.Sprint(q.Category, q.Qualifier, q.Value, lo, hi, q.Object)}
			if !seenQ[key] {
				seenQ[key] = true
				figs[it.group] = append(figs[it.group], q)
			}
		}
	}
	type pair struct{ a, b int } // groups
	spoke := map[string]bool{}
	var led claimledger.Document
	for g, gr := range s.groups {
		if gr.counted < 0 {
			continue
		}
		it := &s.items[gr.counted]
		c := s.reports[it.rep].Doc.Claims[it.claim]
		switch {
		case c.Stance == claimledger.StanceDeny, c.Stance == claimledger.StanceAccuse,
			c.Stance == claimledger.StanceLabel, len(figs[g]) > 0, refd[g]:
		default:
			continue
		}
		c.ID, c.RefersTo = strconv.Itoa(g), ""
		if refers[g] > 0 {
			c.RefersTo = strconv.Itoa(refers[g] - 1)
		}
		if c.Source != nil {
			src := *c.Source
			src.Start, src.End = src.Start+base[it.rep], src.End+base[it.rep]
			if src.Entity != "" {
				src.Entity = "s" + strconv.Itoa(it.speaker)
				if !spoke[src.Entity] {
					spoke[src.Entity] = true
					led.Entities = append(led.Entities, claimledger.Entity{ID: src.Entity, Affiliation: s.spk.list[it.speaker].side})
				}
			}
			c.Source = &src
		}
		led.Claims = append(led.Claims, c)
		led.Quantities = append(led.Quantities, figs[g]...)
	}
	type hit struct {
		pair
		kind       string
		late, soon int // the reports where the later and the earlier group first appear
	}
	var found []hit
	seen := map[pair]bool{}
	add := func(a, b int, kind string) {
		ra, rb := s.items[s.groups[a].counted].rep, s.items[s.groups[b].counted].rep
		found = append(found, hit{pair{a, b}, kind, max(ra, rb), min(ra, rb)})
		seen[pair{a, b}], seen[pair{b, a}] = true, true
	}
	for _, c := range contradictions.Find(&led) {
		a, _ := strconv.Atoi(c.A)
		b, _ := strconv.Atoi(c.B)
		add(a, b, c.Kind)
	}
	for g, gr := range s.groups {
		if !gr.neg || gr.counted < 0 {
			continue
		}
		d := &s.items[gr.counted]
		for _, k := range s.candidates(d) {
			o := s.groups[k]
			if o.neg || o.speaker == gr.speaker || !s.independent(o.speaker, d.speaker) || seen[pair{k, g}] {
				continue
			}
			if sameClaim(&s.items[o.counted], d) {
				add(k, g, claimledger.ContradictDenial)
			}
		}
	}
	slices.SortStableFunc(found, func(x, y hit) int {
		return cmp.Or(cmp.Compare(x.late, y.late), cmp.Compare(x.soon, y.soon))
	})
	out := make([]Contradiction, 0, len(found))
	for _, h := range found {
		ga, gb := s.groups[h.a], s.groups[h.b]
		ma, mb := s.mention(ga.counted), s.mention(gb.counted)
		out = append(out, Contradiction{Kind: h.kind, A: ma, B: mb, GroupA: ga.ID, GroupB: gb.ID})
		s.emit(h.a, h.late, Disputed, fmt.Sprintf("%s contradiction with %s (%s, %s)", h.kind, s.name(gb.speaker), mb.Doc, mb.Claim))
		s.emit(h.b, h.late, Disputed, fmt.Sprintf("%s contradiction with %s (%s, %s)", h.kind, s.name(ga.speaker), ma.Doc, ma.Claim))
	}
	return out
}

func (s *story) mention(i int) Mention {
	it := &s.items[i]
	doc := &s.reports[it.rep].Doc
	return Mention{Doc: doc.ID, Claim: doc.Claims[it.claim].ID}
}

func bound(p *float64) string {
	if p == nil {
		return "-"
	}
	return strconv.FormatFloat(*p, 'g', -1, 64)
}
