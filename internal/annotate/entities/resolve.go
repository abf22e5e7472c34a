package entities

import (
	"sort"
	"strings"

	"github.com/claimledger/claimledger"
	"github.com/claimledger/claimledger/internal/actors"
	"github.com/claimledger/claimledger/internal/text"
)

// Resolve returns the ids of the entities a source phrase at bytes
// [start, end) names, in order. A phrase that opens with a name returns
// that name's entity, and every name coordinated with it ("X and Y");
// a nominal followed by an appositive list of names ("two groups, the X
// and the Y") returns the names of the list. A definite nominal naming no
// known entity ("the governor of Russia's Belgorod region") becomes a new
// entity named by the phrase without its article; indefinite and generic
// phrases ("a senior US official", "sources", "officials") name nobody in
// particular and return nil. A lone pronoun goes to Antecedent; media
// short names ("The Post") find the title they shorten.
func (s *Set) Resolve(start, end int) []string {
	d := s.d
	if start < 0 {
		start = 0
	}
	if end > len(d.Text) {
		end = len(d.Text)
	}
	if start >= end || len(d.Tokens) == 0 {
		return nil
	}
	a := d.TokenAt(start)
	b := a
	for b < len(d.Tokens) && d.Tokens[b].End <= end {
		b++
	}
	for b-1 > a && d.Tokens[b-1].Lower == "," {
		b-- // the comma that closes an appositive: "Another officer, Wing Commander Vyomika Singh,"
	}
	if a >= b {
		return nil
	}
	if b-a == 1 {
		if id := s.Antecedent(d.Tokens[a].Lower, d.Tokens[a].Start); id != "" {
			return []string{id}
		}
	}
	h := a
	for h < b && determiners[d.Tokens[h].Lower] {
		h++
	}
	if h >= b {
		return nil
	}
	ms := s.within(d.Tokens[a].Start, d.Tokens[b-1].End)
	if len(ms) > 1 && s.ents[ms[0].ent].typ != claimledger.EntityPerson && s.ents[ms[1].ent].typ == claimledger.EntityPerson &&
		titleGap(d.Text[ms[0].end:ms[1].start]) {
		// "IRCC spokesperson Jeffrey MacDonald": the person speaks
		return s.coordinated(ms[1:], b)
	}
	if len(ms) > 0 {
		// the mention at the head, or the list after the first comma
		if m := ms[0]; m.start <= d.Tokens[h].Start {
			return s.coordinated(ms, b)
		}
		// a name after a title or affiliation in the same capitalised run:
		// "NATO Secretary-General Jens Stoltenberg"
		r := h
		if h+2 < b && possessive(d.Tokens[h+1].Lower) {
			r = h + 2 // "Pakistan’s Prime Minister Shehbaz Sharif"
		}
		start := r
		for r < b && (s.isCap(r) || d.Tokens[r].Lower == "." && !d.Tokens[r].SpaceBefore || d.Tokens[r].Lower == "of" && r > start && s.isCap(r+1)) {
			r++ // "US Secretary of State Marco Rubio"
		}
		if r > start {
			runEnd := d.Tokens[r-1].End
			for k, m := range ms {
				if m.end == runEnd {
					return s.coordinated(ms[k:], b)
				}
			}
		}
		// a role in lower case before a person closing the phrase or its
		// head before an appositive: "senior economist Andrew Hencic",
		// "Republican pollster Paul Schumaker, an adviser to ..."
		headEnd := b
		for k := h; k < b; k++ {
			if d.Tokens[k].Lower == "," {
				headEnd = k
				break
			}
		}
		for _, m := range ms {
			if m.end == d.Tokens[headEnd-1].End && s.ents[m.ent].typ == claimledger.EntityPerson &&
				(lowerUpTo(d, h, m.start) || rolePrefix(d, h, m.start)) {
				return []string{s.id(m.ent)}
			}
		}
		// an unknown name at the head speaks for itself, not the names
		// of its appositive: "UiPath, one of the larger players, ..."
		if d.Tokens[h].Upper && d.Tokens[h].Kind == text.Word && !(h+1 < b && possessive(d.Tokens[h+1].Lower)) {
			return nil
		}
		for k := h; k < b; k++ {
			if d.Tokens[k].Lower == "," {
				rest := s.within(d.Tokens[k].End, d.Tokens[b-1].End)
				if len(rest) > 0 {
					return s.coordinated(rest, b)
				}
				break
			}
		}
	}
	return s.nominal(a, h, b)
}

// rolePrefix reports whether the words from token h to byte end name an
// employer and a role in lower case before a person: "Jupiter Research
// analyst", with no comma or conjunction.
func rolePrefix(d *text.Doc, h, end int) bool {
	last := -1
	for k := h; k < len(d.Tokens) && d.Tokens[k].Start < end; k++ {
		t := &d.Tokens[k]
		if t.Kind != text.Word && !possessive(t.Lower) && t.Lower != "." || t.Lower == "and" || t.Lower == "or" {
			return false
		}
		last = k
	}
	// an honorific may stand between role and name: "manager Sir Alex Ferguson"
	for last > h && (d.Tokens[last].Lower == "." || honorifics[d.Tokens[last].Lower] || titles[d.Tokens[last].Lower] && d.Tokens[last].Upper) { // "spokesperson Lt. Gen. Ahmed Sharif"
		last--
	}
	return last > h && !d.Tokens[last].Upper
}

func possessive(w string) bool { return w == "'s" || w == "’s" }

// lowerUpTo reports whether the words from token h to byte end are all in
// lower case, with no comma.
func lowerUpTo(d *text.Doc, h, end int) bool {
	for k := h; k < len(d.Tokens) && d.Tokens[k].Start < end; k++ {
		t := &d.Tokens[k]
		if t.Kind != text.Word || t.Upper && !(k == h && d.SentenceOf(k) >= 0 && d.Sentences[d.SentenceOf(k)].First == k) {
			return false // a capital only where the sentence starts
		}
	}
	return true
}

// titleGap reports whether the text between an organisation and a person
// is a title or role in lower case ("spokesperson", "press secretary",
// "search lead"): words, no comma or conjunction.
func titleGap(gap string) bool {
	ws := strings.Fields(gap)
	if len(ws) == 0 || len(ws) > 4 {
		return false
	}
	for _, w := range ws {
		if w == "and" || w == "or" || strings.ContainsAny(w, ",;:()") {
			return false
		}
	}
	return true
}

// within returns the outermost mentions inside bytes [start, end).
func (s *Set) within(start, end int) []mention {
	k := sort.Search(len(s.mentions), func(k int) bool { return s.mentions[k].start >= start })
	var out []mention
	last := -1
	for ; k < len(s.mentions) && s.mentions[k].start < end; k++ {
		m := s.mentions[k]
		if m.end > end || m.start < last {
			continue
		}
		out = append(out, m)
		last = m.end
	}
	return out
}

// coordinated returns the first mention's entity and those joined to it
// only by commas, "and", "or" and articles; an appositive ", a/an ..." or
// any other word ends the list.
func (s *Set) coordinated(ms []mention, b int) []string {
	ids := []string{s.id(ms[0].ent)}
	seen := map[int]bool{ms[0].ent: true}
	for k := 1; k < len(ms); k++ {
		gap := s.d.Text[ms[k-1].end:ms[k].start]
		if !joinsNames(gap) {
			break
		}
		if !seen[ms[k].ent] {
			seen[ms[k].ent] = true
			ids = append(ids, s.id(ms[k].ent))
		}
	}
	return ids
}

// joinsNames reports whether the text between two names coordinates them.
func joinsNames(gap string) bool {
	and := false
	for _, w := range strings.FieldsFunc(gap, func(r rune) bool { return r == ' ' || r == '\n' || r == '\t' }) {
		switch strings.ToLower(strings.Trim(w, ",")) {
		case "", "the":
		case "and", "or", "&":
			and = true
		case "(", ")":
			return false
		default:
			return false
		}
	}
	return and || strings.Contains(gap, ",") && !strings.Contains(gap, "(")
}

// nominal resolves a phrase that opens with no name: tokens [a, b), its
// head from h.
func (s *Set) nominal(a, h, b int) []string {
	d := s.d
	toks := d.Tokens
	if indefinites[toks[a].Lower] || indefinites[toks[h].Lower] || toks[h].Kind == text.Number {
		return nil
	}
	// the head noun: the last word before "of", a comma or the end
	e := h
	for e < b && toks[e].Lower != "of" && toks[e].Lower != "," && toks[e].Lower != "for" && toks[e].Lower != "to" && toks[e].Lower != "(" {
		e++
	}
	if e == h {
		return nil
	}
	head := toks[e-1].Lower
	if genericHeads[head] && a == h {
		return nil
	}
	// "The Post" → "The New York Post"
	if mediaHeads[head] && toks[h].Upper {
		for i := len(s.ents) - 1; i >= 0; i-- {
			en := s.ents[i]
			if en.typ == claimledger.EntityOrg && strings.HasSuffix(strings.ToLower(en.name), " "+head) {
				s.alias(i, d.Text[toks[a].Start:toks[b-1].End])
				s.mention(i, toks[a].Start, toks[b-1].End)
				return []string{s.id(i)}
			}
		}
	}
	end := b
	for end > h && (toks[end-1].Kind == text.Punct || toks[end-1].Kind == text.QuoteMark) {
		end--
	}
	if end <= h {
		return nil
	}
	name := d.Text[toks[h].Start:toks[end-1].End]
	key := strings.ToLower(name)
	i, ok := s.keys[key]
	if !ok && a < h && (toks[a].Lower == "the" || toks[a].Lower == "this") {
		// "the planner", "the former governor": a person named before in
		// that role
		if j := s.personInRole(d.Text[toks[h].Start:toks[end-1].End], toks[a].Start); j >= 0 {
			s.mention(j, toks[a].Start, toks[end-1].End)
			return []string{s.id(j)}
		}
	}
	if !ok {
		typ := claimledger.EntityOrg
		switch {
		case personNouns[head] || titles[head] || strings.HasSuffix(head, "man") || strings.HasSuffix(head, "person"):
			typ = claimledger.EntityPerson
		case strings.HasSuffix(head, "s") && !strings.HasSuffix(head, "ss"):
			typ = claimledger.EntityGroup
		}
		if _, ok := actors.Agent(head); !ok && typ == claimledger.EntityOrg && !orgHeads[head] {
			// neither a role nor an institution: not a speaker we can name
			return nil
		}
		i = s.newEntity(name, typ)
		if typ == claimledger.EntityPerson {
			s.ents[i].role = name
		}
		s.ents[i].aff = s.affOf(h, end)
	}
	s.mention(i, toks[a].Start, toks[end-1].End)
	return []string{s.id(i)}
}

// personInRole returns the person most recently mentioned before byte pos
// whose role holds every word of the description ("the planner" for "a
// certified financial planner", "the prime minister"), or -1.
func (s *Set) personInRole(description string, pos int) int {
	var want []string
	for _, w := range strings.Fields(strings.ToLower(description)) {
		if w = strings.Trim(w, ",."); w != "" && w != "former" && w != "current" {
			want = append(want, w)
		}
	}
	if len(want) == 0 {
		return -1
	}
	k := sort.Search(len(s.mentions), func(k int) bool { return s.mentions[k].start >= pos })
	for j := k - 1; j >= 0; j-- {
		e := s.ents[s.mentions[j].ent]
		if e.typ != claimledger.EntityPerson || e.role == "" {
			continue
		}
		has := map[string]bool{}
		for _, w := range strings.Fields(strings.ToLower(e.role)) {
			has[strings.Trim(w, ",.")] = true
		}
		all := true
		for _, w := range want {
			all = all && has[w]
		}
		if all {
			return s.mentions[j].ent
		}
	}
	return -1
}
