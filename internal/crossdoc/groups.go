package crossdoc

import (
	"cmp"
	"fmt"
	"slices"
	"sort"
)

// minOverlap is the share of content words two mentions must have in common
// (Jaccard) to say the same thing when no figure ties them.
const minOverlap = 0.5

type group struct {
	ClaimGroup
	speaker int
	neg     bool
	first   int // the item of the first mention
	counted int // the item of the first mention outside a syndicated copy, or -1
}

type event struct {
	group, rep, seq int
	status, reason  string
}

// sameClaim reports whether two mentions say the same thing. When both give
// a figure for the same category and thing, the figures decide: "2 killed"
// is not "70 killed" however many words they share. Otherwise most of their
// content words must be shared. Stances are compared by the caller.
func sameClaim(a, b *item) bool {
	figured := false
	for i := range a.figs {
		for j := range b.figs {
			fa, fb := &a.figs[i], &b.figs[j]
			if fa.cat != fb.cat || !sameThing(fa.obj, fb.obj, nil) {
				continue
			}
			if fa.same(fb) {
				return true
			}
			figured = true
		}
	}
	return !figured && jaccard(a.words, b.words) >= minOverlap
}

// place puts item i in the group of the same speaker and polarity that says
// the same thing (the first such group), or in a new group; a group never
// holds a denial and an assertion. The first mention outside a copy counts:
// it is compared with the other groups for corroboration, confirmation and
// retraction.
func (s *story) place(i int) {
	it := &s.items[i]
	g := -1
	for _, k := range s.bySpeaker[it.speaker] {
		if gr := s.groups[k]; gr.neg == it.neg && sameClaim(&s.items[gr.first], it) {
			g = k
			break
		}
	}
	doc := &s.reports[it.rep].Doc
	c := &doc.Claims[it.claim]
	if g < 0 {
		g = len(s.groups)
		sp := s.spk.list[it.speaker]
		s.groups = append(s.groups, &group{ClaimGroup: ClaimGroup{
			ID: fmt.Sprintf("g%d", g+1), Side: sp.side, Stance: c.Stance, Content: c.Content.Text,
		}, speaker: it.speaker, neg: it.neg, first: i, counted: -1})
		s.bySpeaker[it.speaker] = append(s.bySpeaker[it.speaker], g)
		s.emit(g, it.rep, Unverified, fmt.Sprintf("first reported in %s (%s)", doc.ID, c.ID))
	}
	it.group = g
	gr := s.groups[g]
	gr.Mentions = append(gr.Mentions, Mention{Doc: doc.ID, Claim: c.ID})
	if s.copy[it.rep] {
		return
	}
	if c.Verification == "confirmed" {
		s.emit(g, it.rep, Confirmed, fmt.Sprintf("%s (%s) reports it independently verified", doc.ID, c.ID))
	}
	if it.neg {
		s.retractions(i)
	}
	if it.verifier {
		s.verifications(i)
	}
	if gr.counted >= 0 {
		return
	}
	gr.counted = i
	s.corroborations(g)
	for _, w := range it.words {
		s.byWord[w] = append(s.byWord[w], g)
	}
	for _, f := range it.figs {
		s.byCat[f.cat] = append(s.byCat[f.cat], g)
	}
}

// candidates returns the counted groups that may say the same as item it:
// those sharing a content word or a figure's category with it, in order.
func (s *story) candidates(it *item) []int {
	if len(s.stamp) < len(s.groups) {
		s.stamp = append(s.stamp, make([]int, len(s.groups)-len(s.stamp))...)
	}
	s.round++
	var out []int
	add := func(gs []int) {
		for _, g := range gs {
			if s.stamp[g] != s.round {
				s.stamp[g] = s.round
				out = append(out, g)
			}
		}
	}
	for _, w := range it.words {
		add(s.byWord[w])
	}
	for _, f := range it.figs {
		add(s.byCat[f.cat])
	}
	sort.Ints(out)
	return out
}

// corroborations compares group g, just counted, with the counted groups of
// other speakers: the same claim by a speaker of another side corroborates
// both; when one of them says it verified the claim, it confirms the other
// instead.
func (s *story) corroborations(g int) {
	gr := s.groups[g]
	it := &s.items[gr.counted]
	for _, k := range s.candidates(it) {
		o := s.groups[k]
		if k == g || o.counted < 0 || o.neg != gr.neg || o.speaker == gr.speaker || !s.independent(o.speaker, gr.speaker) {
			continue
		}
		ot := &s.items[o.counted]
		if !sameClaim(ot, it) {
			continue
		}
		doc := s.reports[it.rep].Doc.ID
		if ot.verifier {
			s.emit(g, it.rep, Confirmed, fmt.Sprintf("verified by %s (%s)", s.name(o.speaker), o.ID))
			continue
		}
		if it.verifier {
			continue // verifications already confirmed o
		}
		s.emit(k, it.rep, Corroborated, fmt.Sprintf("%s says the same in %s (%s)", s.name(gr.speaker), doc, gr.ID))
		s.emit(g, it.rep, Corroborated, fmt.Sprintf("%s said the same (%s)", s.name(o.speaker), o.ID))
	}
}

// verifications confirms the counted claims that item i, a verification by
// an independent speaker, says the same as.
func (s *story) verifications(i int) {
	it := &s.items[i]
	doc := s.reports[it.rep].Doc.ID
	for _, k := range s.candidates(it) {
		o := s.groups[k]
		if k == it.group || o.counted < 0 || o.neg != it.neg || o.speaker == it.speaker || !s.independent(o.speaker, it.speaker) {
			continue
		}
		if sameClaim(&s.items[o.counted], it) {
			s.emit(k, it.rep, Confirmed, fmt.Sprintf("%s verified it in %s (%s)", s.name(it.speaker), doc, s.reports[it.rep].Doc.Claims[it.claim].ID))
		}
	}
}

// retractions marks retracted the earlier claims of the same speaker that
// denial i denies: the claim it refers to, or one saying the same thing
// reported before.
func (s *story) retractions(i int) {
	it := &s.items[i]
	doc := &s.reports[it.rep].Doc
	c := &doc.Claims[it.claim]
	ref := -1
	if j, ok := s.byClaim[it.rep][c.RefersTo]; ok && c.RefersTo != "" {
		ref = s.items[j].group
	}
	for _, k := range s.bySpeaker[it.speaker] {
		o := s.groups[k]
		if o.neg || o.counted < 0 {
			continue
		}
		if k == ref || s.items[o.counted].rep < it.rep && sameClaim(&s.items[o.counted], it) {
			s.emit(k, it.rep, Retracted, fmt.Sprintf("%s denies it in %s (%s)", s.name(it.speaker), doc.ID, c.ID))
		}
	}
}

// independent reports whether two speakers speak for different sides; two
// speakers of no known side are independent.
func (s *story) independent(a, b int) bool {
	sa, sb := s.spk.list[a].side, s.spk.list[b].side
	return sa == "" || sa != sb
}

func (s *story) name(sp int) string { return s.spk.list[sp].name }

func (s *story) emit(g, rep int, status, reason string) {
	s.events = append(s.events, event{group: g, rep: rep, seq: len(s.events), status: status, reason: reason})
}

// settle applies the events in arrival order (within one report, weaker
// first) and fills in each group's speaker, status and history.
func (s *story) settle() {
	slices.SortStableFunc(s.events, func(a, b event) int {
		return cmp.Or(cmp.Compare(a.rep, b.rep), cmp.Compare(rank[a.status], rank[b.status]))
	})
	for _, g := range s.groups {
		g.Speaker = s.name(g.speaker)
	}
	for _, e := range s.events {
		g := s.groups[e.group]
		if len(g.History) > 0 && rank[e.status] <= rank[g.Status] {
			continue
		}
		g.Status = e.status
		g.History = append(g.History, StatusChange{Status: e.status, Doc: s.reports[e.rep].Doc.ID, Reason: e.reason})
	}
}
