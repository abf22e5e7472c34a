package entities

import (
	"strconv"
	"strings"

	"github.com/claimledger/claimledger"
	"github.com/claimledger/claimledger/internal/actors"
	"github.com/claimledger/claimledger/internal/text"
)

// scan walks the tokens once: state organs first, then capitalised runs.
func (s *Set) scan() {
	toks := s.d.Tokens
	for i := 0; i < len(toks); {
		if n := s.organAt(i); n > 0 {
			i += n
			continue
		}
		if !s.isCap(i) {
			i++
			continue
		}
		end := s.runEnd(i)
		s.name(i, end)
		if end <= i {
			end = i + 1
		}
		i = end
	}
	// appositives are read once the names inside them are known
	for _, p := range s.pending {
		e := s.ents[p.ent]
		if e.role != "" {
			continue
		}
		e.role = s.textOf(p.a, p.b)
		if aff := s.affOf(p.a, p.b); aff != "" {
			e.aff = aff
		}
	}
	s.pending = nil
}

// apposed is an appositive role waiting for the end of the scan.
type apposed struct{ ent, a, b int }

// isCap reports whether token i is a capitalised word that can be part of
// a name.
func (s *Set) isCap(i int) bool {
	if i < 0 || i >= len(s.d.Tokens) {
		return false
	}
	t := &s.d.Tokens[i]
	return t.Kind == text.Word && t.Upper && t.Lower != "'s" && t.Lower != "’s"
}

// sameLine reports whether tokens i-1 and i are not split by a line break,
// so that a headline and the next paragraph never make one name.
func (s *Set) sameLine(i int) bool {
	if i <= 0 {
		return true
	}
	return strings.IndexByte(s.d.Text[s.d.Tokens[i-1].End:s.d.Tokens[i].Start], '\n') < 0
}

// runEnd returns the end (exclusive) of the capitalised run starting at i,
// taking in "Gen." dots and the connectors of long names.
func (s *Set) runEnd(i int) int {
	toks := s.d.Tokens
	j := i + 1
	for j < len(toks) && s.sameLine(j) {
		t := &toks[j]
		switch {
		case s.isCap(j):
			j++
			continue
		case t.Lower == "." && !t.SpaceBefore && titles[toks[j-1].Lower] && s.isCap(j+1):
			j++
			continue
		case t.Lower == "." && !t.SpaceBefore && corporate[toks[j-1].Lower]:
			j++ // "Brightwater Technologies Inc."
		case (t.Lower == "'s" || t.Lower == "’s") && s.isCap(j+1):
			// "the People's Defence Army", not "Russia's Belgorod region"
			k := j + 1
			for s.isCap(k) {
				k++
			}
			if orgHeads[toks[k-1].Lower] && !s.isCountry(j-1) {
				j = k
				continue
			}
		case (t.Lower == "of" || t.Lower == "for" || t.Lower == "de") && s.isCap(j+1) && !notNames[toks[j+1].Lower]:
			j++
			continue
		case t.Lower == "of" && j+2 < len(toks) && toks[j+1].Lower == "the" && s.isCap(j+2):
			j += 2
			continue
		case t.Lower == "and" && s.isCap(j+1) && !orgHeads[toks[j-1].Lower]:
			k := j + 1
			for s.isCap(k) {
				k++
			}
			if orgHeads[toks[k-1].Lower] {
				j = k
				continue
			}
		}
		break
	}
	return j
}

// lowerKey joins the lower-cased words of tokens [a, b), dropping dots
// that stand alone and possessive marks.
func (s *Set) lowerKey(a, b int) string {
	if b-a == 1 {
		return s.d.Tokens[a].Lower
	}
	var sb strings.Builder
	for k := a; k < b; k++ {
		w := s.d.Tokens[k].Lower
		if w == "." || w == "'" || w == "’" {
			continue
		}
		if sb.Len() > 0 {
			sb.WriteByte(' ')
		}
		sb.WriteString(w)
	}
	return sb.String()
}

func (s *Set) textOf(a, b int) string {
	return s.d.Text[s.d.Tokens[a].Start:s.d.Tokens[b-1].End]
}

// name classifies the capitalised run [a, b) and records what it names.
func (s *Set) name(a, b int) {
	toks := s.d.Tokens
	honorific := false // "Mr Kilroy-Silk": whoever follows is a person
	for a < b && (notNames[toks[a].Lower] || toks[a].Lower == ".") {
		honorific = honorific || honorifics[toks[a].Lower]
		a++
	}
	for b > a && notNames[toks[b-1].Lower] && !(b-a == 2 && firstName(toks[a].Lower)) { // "Theresa May"
		b--
	}
	if a >= b {
		return
	}
	if of := s.personOf(a, b); of > 0 {
		// "David Watt of Rosenberg Research": a person, then where from
		i := s.person(a, of)
		s.after(i, a, of)
		s.name(of+1, b)
		return
	}
	if honorific && b-a <= 3 {
		if _, known := s.keys[s.lowerKey(a, b)]; !known {
			i := s.person(a, b)
			s.after(i, a, b)
			return
		}
	}
	// a sentence-initial verb or adverb ("Contradicting Moscow's claims")
	if b-a > 1 && s.sentenceInitial(a) && inflected(toks[a].Lower) {
		a++
	}
	if b-a > 1 && s.shouting(a, b) {
		if _, ok := actors.Lookup(s.lowerKey(a, b)); !ok {
			return // a dateline or headline in capitals: "SAN DIEGO"
		}
	}
	if b-a == 1 {
		if c, ok := actors.Demonym(toks[a].Lower); ok {
			s.weigh(c, 1) // "Russian" alone names nobody but sets the scene
			return
		}
	}
	// a title splits the run: "NATO Secretary-General | Jens Stoltenberg";
	// but a run that ends in an institution's head word is the institution
	// ("Prosecutor General's Office", "Major Crimes Division")
	if f, k := s.titleSpan(a, b); f >= 0 && !orgHeads[toks[b-1].Lower] {
		i := s.person(k, b)
		e := s.ents[i]
		if e.role == "" && !(k-a == 1 && honorifics[strings.TrimSuffix(toks[a].Lower, ".")]) {
			e.role = s.textOf(a, k)
		}
		if f > a {
			if aff := s.affOf(a, f); aff != "" {
				e.aff = aff
			}
		}
		s.after(i, a, b)
		return
	}
	key := s.lowerKey(a, b)
	if i, ok := s.keys[key]; ok {
		if s.ents[i].typ == claimledger.EntityGPE {
			acting := s.acting(a, b)
			s.noteCountry(s.ents[i].aff, a, acting, acting && s.speaksOrClaims(b))
			if !acting {
				return // a country named as a place
			}
		}
		s.mention(i, toks[a].Start, toks[b-1].End)
		s.after(i, a, b)
		return
	}
	if act, ok := actors.Lookup(key); ok {
		switch act.Kind {
		case actors.Country:
			acting := s.acting(a, b)
			s.noteCountry(act.Country, a, acting, acting && s.speaksOrClaims(b))
			if acting {
				s.country(act.Country, a, b)
			}
			return
		case actors.Person:
			if b-a > 1 && orgHeads[toks[b-1].Lower] {
				break // a dictionary slip: "World Food Programme" is no one's name
			}
			if b-a == 1 && !s.speaks(b) && !s.verbAt(b) {
				return // a lone surname of someone not in the text
			}
			i := s.person(a, b)
			if s.ents[i].aff == "" {
				s.ents[i].aff = act.Country
			}
			s.after(i, a, b)
			return
		}
		i := s.newEntity(s.textOf(a, b), claimledger.EntityOrg)
		s.ents[i].aff = act.Country
		s.mention(i, toks[a].Start, toks[b-1].End)
		s.after(i, a, b)
		return
	}
	if c, ok := actors.Capital(key); ok {
		acting := s.acting(a, b)
		s.noteCountry(c, a, acting, acting && s.speaksOrClaims(b))
		if acting {
			s.country(c, a, b)
		}
		return
	}
	s.unknown(a, b, key)
}

// unknown classifies a name found in no dictionary.
func (s *Set) unknown(a, b int, key string) {
	toks := s.d.Tokens
	last := toks[b-1].Lower
	if last == "." && b-a > 1 {
		last = toks[b-2].Lower
	}
	byFirst := -1 // "Donna said" after "Donna Kelce": the person by first name
	if b-a == 1 && s.speaks(b) {
		byFirst = s.byFirstName(key)
	}
	switch {
	case b-a == 1 && orgHeads[last] && !mediaHeads[last] && !s.speaks(b) && !s.verbAt(b):
		// "TV shows", "the Institute for the Study of Labour": a head
		// word alone names nothing in particular
	case orgHeads[last] || b-a == 1 && isAcronym(s.textOf(a, b)) && s.speaks(b):
		i := s.newEntity(s.textOf(a, b), claimledger.EntityOrg)
		s.mention(i, toks[a].Start, toks[b-1].End)
		s.after(i, a, b)
	case b-a >= 2 && b-a <= 4 && !s.adjectival(a, b) && !placePrefixes[toks[a].Lower] && !documentHeads[last] && (firstName(toks[a].Lower) ||
		honorifics[strings.TrimSuffix(toks[a].Lower, ".")] || s.speaks(b) || s.appositive(b) > b || s.spokenOf(a) || s.ageAfter(b)):
		i := s.person(a, b)
		s.after(i, a, b)
	case byFirst >= 0:
		s.mention(byFirst, toks[a].Start, toks[b-1].End)
		s.after(byFirst, a, b)
	case b-a == 1 && s.speaks(b) && len(key) > 2:
		// a single unknown word speaking: a person when the text goes on
		// with "he" or "she" ("Moyes said his team ..."), else an
		// organisation ("Hamas said its fighters ...")
		if s.personAhead(b) {
			i := s.person(a, b)
			s.after(i, a, b)
			break
		}
		typ := claimledger.EntityOrg
		if groupNouns[key] {
			typ = claimledger.EntityGroup // "Rebels said", "Residents say"
		}
		i := s.newEntity(s.textOf(a, b), typ)
		s.mention(i, toks[a].Start, toks[b-1].End)
	}
}

// byFirstName returns the one person named so far whose first name is w,
// or -1 when there is none or more than one.
func (s *Set) byFirstName(w string) int {
	found := -1
	for i, e := range s.ents {
		if e.typ != claimledger.EntityPerson {
			continue
		}
		first, _, ok := strings.Cut(e.name, " ")
		if !ok || !strings.EqualFold(first, w) {
			continue
		}
		if found >= 0 {
			return -1
		}
		found = i
	}
	return found
}

// personOf returns the "of" in the run [a, b) that follows a person's
// first and last name ("David Watt of Rosenberg Research"), or -1.
func (s *Set) personOf(a, b int) int {
	toks := s.d.Tokens
	k := a + 2
	if k >= b-1 || toks[k].Lower != "of" || !firstName(toks[a].Lower) || orgHeads[toks[a+1].Lower] || titles[toks[a].Lower] {
		return -1
	}
	if _, ok := actors.Lookup(s.lowerKey(a, b)); ok {
		return -1 // "Bank of England" and the like are known whole
	}
	return k
}

// ageAfter reports whether an age follows the name ending at token b-1:
// "Gareth Rigby, 43,".
func (s *Set) ageAfter(b int) bool {
	toks := s.d.Tokens
	if b+2 >= len(toks) || toks[b].Lower != "," || toks[b+1].Kind != text.Number || toks[b+2].Lower != "," && toks[b+2].Lower != "." {
		return false
	}
	n, err := strconv.Atoi(toks[b+1].Lower)
	return err == nil && n > 0 && n < 120
}

// firstName reports whether w is a known first name, or a hyphenated
// pair that opens with one ("david-alexandre").
func firstName(w string) bool {
	known := func(w string) bool { return actors.FirstName(w) || firstNameGender[w] != unknownGender }
	h, _, _ := strings.Cut(w, "-")
	return known(w) || h != w && known(h)
}

// spokenOf reports whether the name starting at token a is introduced as a
// speaker: after a verb of saying ("said Svitlana Onofryichuk"), or after a
// role noun, with or without a comma ("Kyiv resident Svitlana
// Onofryichuk", "the chief economist, David Brassard").
func (s *Set) spokenOf(a int) bool {
	toks := s.d.Tokens
	p := a - 1
	if p >= 1 && toks[p].Lower == "," {
		p--
	}
	if p < 0 || toks[p].Kind != text.Word || toks[p].Upper {
		return false
	}
	w := toks[p].Lower
	return speechVerbs[w] && p == a-1 && !hearerVerbs[w] || roleNoun(w)
}

// hearerVerbs are followed by whom they are said to, not who says it:
// "told Rest of World".
var hearerVerbs = set("told tells telling tell")

// personAhead reports whether a personal pronoun comes within a few words
// after token b, before any "it" or "its".
func (s *Set) personAhead(b int) bool {
	toks := s.d.Tokens
	for k := b; k < len(toks) && k < b+20; k++ {
		switch toks[k].Lower {
		case "he", "his", "him", "she", "her", "himself", "herself":
			return true
		case "it", "its", "itself", "they", "their":
			return false
		}
	}
	return false
}

func isAcronym(w string) bool {
	n := 0
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= 'A' && c <= 'Z' {
			n++
		} else if c != '.' && c != '-' && c != '&' {
			return false
		}
	}
	return n >= 2 && n <= 8
}

// person finds or creates the person named by [a, b) and mentions it.
func (s *Set) person(a, b int) int {
	toks := s.d.Tokens
	key := s.lowerKey(a, b)
	i, ok := s.keys[key]
	if !ok || s.ents[i].typ != claimledger.EntityPerson {
		i = s.newEntity(s.textOf(a, b), claimledger.EntityPerson)
		if act, ok := actors.Lookup(key); ok && act.Kind == actors.Person {
			s.ents[i].aff = act.Country
		}
		if b-a >= 2 && len(toks[b-1].Lower) > 2 {
			s.key(toks[b-1].Lower, i) // a later "Podolyak" alone
		}
	}
	s.mention(i, toks[a].Start, toks[b-1].End)
	return i
}

// titleSpan finds a title in the run: f is its first token, k the first
// token of the name after it, or -1, -1.
func (s *Set) titleSpan(a, b int) (f, k int) {
	toks := s.d.Tokens
	f = -1
	for j := a; j < b-1; j++ {
		if titles[strings.TrimSuffix(toks[j].Lower, ".")] {
			f = j
			break
		}
	}
	if f < 0 {
		return -1, -1
	}
	k = f + 1
	for k < b-1 && (titles[toks[k].Lower] || roleWords[toks[k].Lower] || toks[k].Lower == ".") {
		k++
	}
	if k >= b || notNames[toks[k].Lower] || toks[k].Kind != text.Word {
		return -1, -1 // "Attorney General." then another sentence
	}
	for j := k - 1; j < b; j++ {
		if w := toks[j].Lower; w == "of" || w == "for" || w == "the" || w == "and" {
			return -1, -1 // "Ambassador for Tennis": no one's name
		}
	}
	// "the General Election": a title that is also an adjective names a
	// person only before a full name or a name the dictionary knows
	if k == b-1 && k == f+1 && adjectiveTitles[toks[f].Lower] && !s.speaks(b) {
		if a, ok := actors.Lookup(toks[k].Lower); !ok || a.Kind != actors.Person {
			return -1, -1
		}
	}
	return f, k
}

// adjectiveTitles are titles that are also ordinary adjectives.
var adjectiveTitles = set(`general major chief head deputy acting`)

// roleWords continue a title: "Secretary of State", "Foreign Minister".
var roleWords = set(`of the for state defense defence foreign affairs interior homeland security treasury
finance health justice general staff deputy vice acting former first national armed forces chief
executive prime minister`)

// acting reports whether a country or capital at [a, b) acts: it is not
// governed by a preposition and a verb or an act noun follows.
func (s *Set) acting(a, b int) bool {
	toks := s.d.Tokens
	if a > 0 && (prepositions[toks[a-1].Lower] || determiners[toks[a-1].Lower]) {
		return false
	}
	j := b
	if j < len(toks) && (toks[j].Lower == "'s" || toks[j].Lower == "’s") {
		return j+1 < len(toks) && actNouns[toks[j+1].Lower]
	}
	return s.speaks(b) || s.verbAt(b)
}

// speaks reports whether a speech verb follows token b-1, perhaps after an
// adverb ("Kyiv flatly denies").
func (s *Set) speaks(b int) bool {
	toks := s.d.Tokens
	for n := 0; b < len(toks) && n < 2; n++ {
		w := toks[b].Lower
		if speechVerbs[w] {
			return true
		}
		if !strings.HasSuffix(w, "ly") || toks[b].Kind != text.Word {
			return false
		}
		b++
	}
	return false
}

// speaksOrClaims reports whether the name ending at token b-1 speaks
// ("Moscow said") or owns an utterance ("Moscow's claims").
func (s *Set) speaksOrClaims(b int) bool {
	toks := s.d.Tokens
	if b < len(toks) && (toks[b].Lower == "'s" || toks[b].Lower == "’s") {
		return b+1 < len(toks) && actNouns[toks[b+1].Lower]
	}
	return s.speaks(b)
}

func (s *Set) verbAt(b int) bool {
	toks := s.d.Tokens
	for n := 0; b < len(toks) && n < 2; n++ {
		t := &toks[b]
		if t.Kind != text.Word || t.Upper {
			return false
		}
		if finiteVerbs[t.Lower] || strings.HasSuffix(t.Lower, "ed") && len(t.Lower) > 4 {
			return true
		}
		if !strings.HasSuffix(t.Lower, "ly") {
			return false
		}
		b++
	}
	return false
}

// sentenceInitial reports whether token i opens a sentence, a line or a
// quotation, where any word is capitalised.
func (s *Set) sentenceInitial(i int) bool {
	if i == 0 || !s.sameLine(i) {
		return true
	}
	p := &s.d.Tokens[i-1]
	return p.Kind == text.QuoteMark && p.Open || p.Kind == text.Punct && (p.Lower == "." || p.Lower == "!" || p.Lower == "?" || p.Lower == ":")
}

// inflected tells words that, capitalised at a sentence start, are
// participles or adverbs rather than the first word of a name.
func inflected(w string) bool {
	if len(w) < 5 {
		return false
	}
	if _, ok := actors.Lookup(w); ok || actors.FirstName(w) {
		return false // "Ahmed", "Emily"
	}
	return strings.HasSuffix(w, "ing") || strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ly")
}

// corporate abbreviations keep their dot inside a name.
var corporate = set(`inc corp co ltd jr sr plc bros`)

// isCountry reports whether token i is a one-word country or capital name.
func (s *Set) isCountry(i int) bool {
	w := s.d.Tokens[i].Lower
	if a, ok := actors.Lookup(w); ok && a.Kind == actors.Country {
		return true
	}
	_, ok := actors.Capital(w)
	return ok
}

// shouting reports whether every word of [a, b) is in capitals.
func (s *Set) shouting(a, b int) bool {
	for k := a; k < b; k++ {
		w := s.d.TokenText(k)
		for i := 0; i < len(w); i++ {
			if w[i] >= 'a' && w[i] <= 'z' {
				return false
			}
		}
	}
	return true
}

// adjectival reports whether a run reads as a modifier, not a person's
// name: it holds a nationality or party word ("Liberal Democrat") or ends
// in a compound adjective ("New York-based").
func (s *Set) adjectival(a, b int) bool {
	toks := s.d.Tokens
	for k := a; k < b; k++ {
		if _, ok := actors.Demonym(toks[k].Lower); ok || partyWords[toks[k].Lower] {
			return true
		}
	}
	w := toks[b-1].Lower
	if h := strings.LastIndexByte(w, '-'); h >= 0 && adjectiveSuffixes[w[h+1:]] {
		return true
	}
	return false
}

var partyWords = set(`democrat democrats democratic republican republicans labour conservative conservatives
liberal liberals tory tories socialist socialists communist communists green greens nationalist
nationalists unionist unionists independent`)

var adjectiveSuffixes = set(`based led backed born owned run made style era linked funded affiliated allied`)

// groupNouns name groups of people rather than organisations.
var groupNouns = set("rebels militants insurgents fighters separatists protesters protestors demonstrators residents villagers witnesses survivors refugees activists settlers soldiers troops police officials doctors medics locals")
