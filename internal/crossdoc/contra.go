package crossdoc

import (
	"fmt"
	"sort"
	"strconv"

	"github.com/claimledger/claimledger"
	"github.com/claimledger/claimledger/internal/contradictions"
)

// contradictions finds the contradictions of the story with the rules of
// package contradictions, run over one ledger that holds the claims of every
// original report: claim IDs are item numbers, each speaker of the story is
// one entity (so "the ministry" of one document and "Russia's defence
// ministry" of another are one side) and source spans are moved apart so
// that no two documents' spans coincide. Only claims that can take part are
// put in: denials, accusations, labels, claims with figures and the claims
// denials refer to. The figures of a denial are what it denies, so they are
// left out.
//
// One rule is added for documents that cannot refer to each other: a denial
// contradicts a claim of another speaker, not of the denier's own side,
// that says the same thing ("Ukraine denies its units crossed the border").
// A denial by the claim's own speaker is a retraction, not a contradiction.
//
// A pair of groups is reported once, by the pair of mentions that made it
// known first; both groups become disputed in the report that did.
func (s *story) contradictions() []Contradiction {
	var led claimledger.Document
	spoke := map[int]bool{}
	base := 0
	for r := range s.reports {
		if s.copy[r] {
			continue
		}
		doc := &s.reports[r].Doc
		refd := map[string]bool{}
		for i := range doc.Claims {
			if doc.Claims[i].RefersTo != "" {
				refd[doc.Claims[i].RefersTo] = true
			}
		}
		for i := range doc.Claims {
			c := doc.Claims[i]
			it := s.byClaim[r][c.ID]
			switch {
			case c.Stance == claimledger.StanceDeny, c.Stance == claimledger.StanceAccuse,
				c.Stance == claimledger.StanceLabel, len(s.items[it].figs) > 0, refd[c.ID]:
			default:
				continue
			}
			c.ID = strconv.Itoa(it)
			if j, ok := s.byClaim[r][c.RefersTo]; ok && c.RefersTo != "" {
				c.RefersTo = strconv.Itoa(j)
			} else {
				c.RefersTo = ""
			}
			if c.Source != nil {
				src := *c.Source
				src.Start, src.End = src.Start+base, src.End+base
				if src.Entity != "" {
					sp := s.items[it].speaker
					src.Entity = "s" + strconv.Itoa(sp)
					if !spoke[sp] {
						spoke[sp] = true
						led.Entities = append(led.Entities, claimledger.Entity{ID: src.Entity, Affiliation: s.spk.list[sp].side})
					}
				}
				c.Source = &src
			}
			led.Claims = append(led.Claims, c)
		}
		for _, q := range doc.Quantities {
			if it, ok := s.byClaim[r][q.Claim]; ok && q.Claim != "" && len(s.items[it].figs) > 0 && !s.items[it].neg {
				q.Claim = strconv.Itoa(it)
				led.Quantities = append(led.Quantities, q)
			}
		}
		base += len(doc.Text) + 1
	}
	type pair struct{ a, b int }
	var found []pair
	kinds := map[pair]string{}
	for _, c := range contradictions.Find(&led) {
		a, _ := strconv.Atoi(c.A)
		b, _ := strconv.Atoi(c.B)
		found = append(found, pair{a, b})
		kinds[pair{a, b}] = c.Kind
	}
	for g, gr := range s.groups {
		if !gr.neg || gr.counted < 0 {
			continue
		}
		d := &s.items[gr.counted]
		for _, o := range s.groups {
			if o.neg || o.counted < 0 || o.speaker == gr.speaker || !s.independent(o.speaker, d.speaker) {
				continue
			}
			if sameClaim(&s.items[o.counted], d) {
				p := pair{o.counted, s.groups[g].counted}
				found = append(found, p)
				kinds[p] = claimledger.ContradictDenial
			}
		}
	}
	// the pair known first stands for its two groups
	known := func(p pair) [2]int {
		return [2]int{max(s.items[p.a].rep, s.items[p.b].rep), min(s.items[p.a].rep, s.items[p.b].rep)}
	}
	sort.SliceStable(found, func(i, j int) bool {
		ki, kj := known(found[i]), known(found[j])
		return ki[0] < kj[0] || ki[0] == kj[0] && ki[1] < kj[1]
	})
	var out []Contradiction
	seen := map[[3]string]bool{}
	for _, p := range found {
		kind := kinds[p]
		ga, gb := s.groups[s.items[p.a].group], s.groups[s.items[p.b].group]
		key := [3]string{kind, min(ga.ID, gb.ID), max(ga.ID, gb.ID)}
		if ga == gb || seen[key] {
			continue
		}
		seen[key] = true
		ma, mb := s.mention(p.a), s.mention(p.b)
		out = append(out, Contradiction{Kind: kind, A: ma, B: mb, GroupA: ga.ID, GroupB: gb.ID})
		rep := known(p)[0]
		s.emit(s.items[p.a].group, rep, Disputed, fmt.Sprintf("%s contradiction with %s (%s, %s)", kind, s.name(gb.speaker), mb.Doc, mb.Claim))
		s.emit(s.items[p.b].group, rep, Disputed, fmt.Sprintf("%s contradiction with %s (%s, %s)", kind, s.name(ga.speaker), ma.Doc, ma.Claim))
	}
	return out
}

func (s *story) mention(i int) Mention {
	it := &s.items[i]
	doc := &s.reports[it.rep].Doc
	return Mention{Doc: doc.ID, Claim: doc.Claims[it.claim].ID}
}
