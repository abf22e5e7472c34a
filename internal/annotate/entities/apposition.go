package entities

import (
	"strings"

	"github.com/claimledger/claimledger"
	"github.com/claimledger/claimledger/internal/actors"
	"github.com/claimledger/claimledger/internal/text"
)

// after reads what follows and precedes a name whose run ends at token b:
// an acronym in parentheses ("Russian Volunteer Corps (RVC)") becomes an
// alias; for people, an appositive ("Mykhailo Podolyak, an advisor to the
// Ukrainian president,") or a role noun before the name ("Kremlin
// spokesperson Dmitry Peskov") gives role and affiliation.
func (s *Set) after(i, a, b int) {
	toks := s.d.Tokens
	if b+2 < len(toks) && toks[b].Lower == "(" && toks[b+2].Lower == ")" && isAcronym(s.d.TokenText(b+1)) {
		s.alias(i, s.d.TokenText(b+1))
		s.mention(i, toks[b+1].Start, toks[b+1].End)
	}
	e := s.ents[i]
	if e.typ != claimledger.EntityPerson || e.role != "" {
		return
	}
	if end := s.appositive(b); end > b {
		// after the comma and the article, if any
		start := b + 2
		if w := toks[b+1].Lower; w != "a" && w != "an" && w != "the" {
			start = b + 1
		}
		s.pending = append(s.pending, apposed{i, start, end})
		return
	}
	s.roleBefore(i, a)
}

// appositive returns the end of ", a/an/the <role>" or ", <role>" after
// token b-1 when the phrase holds a role noun, or b.
func (s *Set) appositive(b int) int {
	toks := s.d.Tokens
	if b+2 >= len(toks) || toks[b].Lower != "," {
		return b
	}
	role := false
	end := b + 2
	if w := toks[b+1].Lower; w != "a" && w != "an" && w != "the" {
		// a role with no article: ", vice president of PMG,"
		if toks[b+1].Kind != text.Word || !s.roleWithin(b+1, b+4) {
			return b
		}
		end = b + 1
	}
	for ; end < len(toks) && end < b+16; end++ {
		t := &toks[end]
		if t.Kind == text.Punct && !possessive(t.Lower) && !(t.Lower == "-" && !t.SpaceBefore) || t.Kind == text.QuoteMark || !s.sameLine(end) {
			break // a possessive and a compound stay: ", the company's 26-year-old co-founder,"
		}
		if roleNoun(t.Lower) || strings.HasSuffix(t.Lower, "man") || strings.HasSuffix(t.Lower, "person") {
			role = true
		}
	}
	if !role || end == b+2 {
		return b
	}
	return end
}

// roleWithin reports whether a role noun stands among tokens [a, b), all
// lower-case words.
func (s *Set) roleWithin(a, b int) bool {
	toks := s.d.Tokens
	for k := a; k < b && k < len(toks); k++ {
		t := &toks[k]
		if t.Kind != text.Word || t.Upper && !titles[t.Lower] && !isAcronym(s.d.TokenText(k)) {
			return false // "VP analyst at Gartner" has its title in capitals
		}
		if roleNoun(t.Lower) {
			return true
		}
	}
	return false
}

// roleNoun reports whether w names a person's office or occupation.
func roleNoun(w string) bool { return titles[w] || personNouns[w] || occupations[w] }

// roleBefore takes a lower-case role noun written just before a person's
// first mention, with its modifiers: "Kremlin spokesperson", "Ukrainian
// presidential adviser".
func (s *Set) roleBefore(i, a int) {
	toks := s.d.Tokens
	if a < 1 {
		return
	}
	h := a - 1
	if toks[h].Upper || toks[h].Kind != text.Word || !(titles[toks[h].Lower] || personNouns[toks[h].Lower]) {
		return
	}
	f := h
	for f > 0 && f > h-3 && toks[f-1].Kind == text.Word && !determiners[toks[f-1].Lower] && !prepositions[toks[f-1].Lower] && !speechVerbs[toks[f-1].Lower] && s.sameLine(f) {
		f--
	}
	e := s.ents[i]
	e.role = s.textOf(f, h+1)
	if aff := s.affOf(f, h+1); aff != "" {
		e.aff = aff
	}
}

// affOf finds the affiliation named in tokens [a, b): a nationality or a
// country gives its code, an organisation its country or else its name
// ("NATO").
func (s *Set) affOf(a, b int) string {
	toks := s.d.Tokens
	if a >= b {
		return ""
	}
	for _, m := range s.within(toks[a].Start, toks[b-1].End) {
		if e := s.ents[m.ent]; e.typ != claimledger.EntityPerson {
			if e.aff != "" {
				return e.aff
			}
			return e.name
		}
	}
	for k := a; k < b; k++ {
		w := toks[k].Lower
		if c, ok := actors.Demonym(w); ok && toks[k].Upper {
			return c
		}
		if !toks[k].Upper {
			continue
		}
		if ent, ok := s.keys[w]; ok {
			e := s.ents[ent]
			if e.aff != "" {
				return e.aff
			}
			return e.name
		}
		if act, ok := actors.Lookup(w); ok {
			if act.Country != "" {
				return act.Country
			}
			if act.Kind == actors.Org {
				return s.d.TokenText(k)
			}
		}
		if c, ok := actors.Capital(w); ok {
			return c
		}
	}
	return ""
}
