package attribution

import (
	"strings"

	"github.com/claimledger/claimledger/internal/text"
)

// Speaker phrases: the noun phrase before or after a cue, across
// appositives and titles, and past the words that stand between a speaker
// and its verb.

// abbreviationDot reports whether token k of sentence s is the dot of an
// abbreviation or initial ("Rep.", "Oscar P. Quintero"): a dot glued to a
// word that the sentence splitter did not take for the sentence's end.
func abbreviationDot(d *text.Doc, s text.Sentence, k int) bool {
	t := d.Tokens[k]
	return t.Lower == "." && k > s.First && k < s.Last && !t.SpaceBefore && d.Tokens[k-1].Kind == text.Word
}

// inRelative reports whether token k stands in a relative clause opened
// by "who" or "which" since the last quotation mark: `"...," Warren, who
// has not endorsed a candidate, told reporters`.
func inRelative(d *text.Doc, s text.Sentence, k int) bool {
	for j := k - 1; j >= s.First && k-j < 12; j-- {
		t := &d.Tokens[j]
		if t.Kind == text.QuoteMark {
			return false
		}
		if t.Lower == "who" || t.Lower == "which" {
			return true
		}
	}
	return false
}

// clauseJoiner reports whether token k joins a new clause to the one
// before: "..., and Brian Deese, an adviser, said".
func clauseJoiner(d *text.Doc, k int) bool {
	w := d.Tokens[k].Lower
	return (w == "and" || w == "but") && k > 0 && isComma(d, k-1)
}

// relativeSince reports whether "who" or "which" stands between tokens a
// and k: "Barkley, who said he votes democratic, said ...".
func relativeSince(d *text.Doc, a, k int) bool {
	for j := a + 1; j < k; j++ {
		if w := d.Tokens[j].Lower; w == "who" || w == "which" {
			return true
		}
	}
	return false
}

// npToken reports whether token k can stand inside a speaker phrase.
func npToken(d *text.Doc, k int) bool {
	t := d.Tokens[k]
	switch t.Kind {
	case text.Number:
		return true
	case text.Punct:
		if t.Lower == "/" {
			return !t.SpaceBefore // "Reuters/Ipsos"
		}
		if t.Lower == "-" {
			// within a name ("Jean-Luc"); a dash between spaces ends a
			// dateline: "April 25 (Reuters) - Nepal's authority said"
			return !t.SpaceBefore
		}
		return t.Lower == "(" || t.Lower == ")" || t.Lower == "." || t.Lower == "&"
	case text.QuoteMark:
		return false
	}
	w := t.Lower
	if w == "what" || w == "whatever" {
		return false // "end what officials called": the speaker starts after
	}
	if t.Upper {
		return !subordinatorsUpper[w]
	}
	if finiteVerbs[w] || subordinators[w] || coordinators[w] && w != "and" {
		return false
	}
	if v := cueForms[w]; v != nil && !strings.HasSuffix(w, "ing") {
		// a noun after a determiner: "the note", "the report"
		if k == 0 || !v.nounToo {
			return false
		}
		prev := d.Tokens[k-1].Lower
		// "a new report", "the IMF report", "a June report": one word
		// between the determiner and the noun
		pt := &d.Tokens[k-1]
		modified := k >= 2 && determiners[d.Tokens[k-2].Lower] && pt.Kind == text.Word && !auxiliaries[prev] &&
			!strings.HasSuffix(w, "ed") && (!pt.Upper || allUpperWord(d.TokenText(k-1)) || months[prev]) ||
			!strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "s") && pt.Upper && nameAfterDeterminer(d, k-1)
		return determiners[prev] || prepositions[prev] || prev == "'s" || prev == "’s" || modified
	}
	return true
}

// capitalised words that still end a phrase at sentence start
var subordinatorsUpper = set("but however when while as because although though if after before since meanwhile despite")

// nameAfterDeterminer reports whether the capitalised words ending at
// token k follow an article: "A Government Accountability Office (report)".
func nameAfterDeterminer(d *text.Doc, k int) bool {
	j := k
	for j > 0 && k-j < 5 && (d.Tokens[j].Upper && d.Tokens[j].Kind == text.Word || d.Tokens[j].Lower == "/") {
		j--
	}
	return j < k && (d.Tokens[j].Lower == "a" || d.Tokens[j].Lower == "an" || d.Tokens[j].Lower == "the")
}

// allUpperWord reports whether a word is written in capitals ("IMF").
func allUpperWord(w string) bool {
	for i := 0; i < len(w); i++ {
		if 'a' <= w[i] && w[i] <= 'z' {
			return false
		}
	}
	return len(w) > 1
}

// npBack walks back from token k (inclusive) over a noun phrase and returns
// where it starts; k+1 when token k cannot end one. "and" is crossed only
// between names ("the Legion and the Corps").
func npBack(d *text.Doc, k, lo int) int {
	start := k + 1
	for j := k; j >= lo; j-- {
		if !npToken(d, j) {
			break
		}
		if d.Tokens[j].Lower == "and" {
			if j == k || j == lo || !(d.Tokens[j-1].Upper || d.Tokens[j-1].Lower == ")") {
				break
			}
		}
		start = j
	}
	// a phrase does not start with a preposition or conjunction
	for start <= k && (prepositions[d.Tokens[start].Lower] || d.Tokens[start].Lower == "and" || d.Tokens[start].Lower == "like" || d.Tokens[start].Lower == "unlike") {
		start++
	}
	return start
}

// titleStart reports whether a lower-case word opens a speaker phrase
// that soon names someone: "said former secretary of state Hillary
// Clinton", "said one source".
func titleStart(d *text.Doc, a, l int) bool {
	t := d.Tokens[a]
	if t.Kind == text.Number || t.Lower == "one" || t.Lower == "two" || t.Lower == "several" || t.Lower == "many" {
		return true
	}
	if t.Kind != text.Word || !npToken(d, a) || prepositions[t.Lower] || coordinators[t.Lower] {
		return false
	}
	for k := a + 1; k <= l && k < a+7; k++ {
		if d.Tokens[k].Upper {
			return true
		}
		if !npToken(d, k) {
			return false
		}
	}
	return false
}

// sourceAfterQuote finds a speaker phrase between a closing quotation
// mark and a post-posed cue, however many appositives it has: `"...,"
// Harry Bond, 30, of Raleigh, N.C., who was polled, said.`
func sourceAfterQuote(d *text.Doc, s text.Sentence, p int) (int, bool) {
	for k := p; k > s.First && p-k < 40; k-- {
		t := d.Tokens[k]
		if t.Kind == text.QuoteMark {
			if !t.Open && k < p && (d.Tokens[k+1].Upper || determiners[d.Tokens[k+1].Lower] || titleStart(d, k+1, p)) {
				return k + 1, true
			}
			return 0, false
		}
		if t.Lower == ";" || t.Lower == ":" || t.Lower == "." && !abbreviationDot(d, s, k) ||
			cueForms[t.Lower] != nil && !strings.HasSuffix(t.Lower, "ing") && !npToken(d, k) && !inRelative(d, s, k) {
			return 0, false
		}
	}
	return 0, false
}

// subjectBefore finds the speaker of a verb at token v from the words
// before it.
func subjectBefore(d *text.Doc, s text.Sentence, v int, participle bool, earlier []Claim, cl *Claim) bool {
	p := v - 1
	// floating quantifiers and time adverbs: "the two groups ..., both
	// assert", "The agency today announced"
	for p >= s.First {
		w := d.Tokens[p].Lower
		switch {
		case w == "both" || w == "all" || w == "each" || sourceTimeWords[w] && p > s.First:
			p--
		case p-2 > s.First && isComma(d, p) && (d.Tokens[p-1].Lower == "however" || d.Tokens[p-1].Lower == "though" || d.Tokens[p-1].Lower == "too") && isComma(d, p-2):
			p -= 3 // "officials, however, said"
		case p > s.First+1 && periodWords[w] && (d.Tokens[p-1].Lower == "last" || d.Tokens[p-1].Lower == "this") && !pastVerb(d.Tokens[p-2].Lower):
			p -= 2 // "who last year denied", "surveys late last week indicated", not "a report released last year"
			if p > s.First && (d.Tokens[p].Lower == "late" || d.Tokens[p].Lower == "early" || d.Tokens[p].Lower == "earlier") {
				p--
			}
		case p > s.First+1 && weekdays[w] && d.Tokens[p-1].Lower == "on":
			p -= 2 // "Strava on Thursday announced"
		case p-1 > s.First && d.Tokens[p].Kind == text.Number && d.Tokens[p-1].Lower == "in":
			p -= 2 // "who in 2010 said"
		case p-2 > s.First && d.Tokens[p-2].Lower == "in" && (d.Tokens[p-1].Lower == "a" || d.Tokens[p-1].Lower == "its" || d.Tokens[p-1].Lower == "their") &&
			(w == "statement" || w == "post" || w == "tweet" || w == "letter" || w == "release"):
			p -= 3 // "The Indian army in a statement said"
		case p > s.First && (speakerAdverbs[w] || speakerAuxiliaries[w] || len(w) >= 6 && strings.HasSuffix(w, "ly") && !lyNouns[w] && !d.Tokens[p].Upper):
			p-- // "Matt Salazar merely said", "she had actually said"
		default:
			goto found
		}
	}
found:
	if p >= s.First && (d.Tokens[p].Lower == "and" || d.Tokens[p].Lower == "but") {
		// "... and said that": the subject of the first verb
		return mainSubject(d, s, v, earlier, cl)
	}
	switch {
	case p < s.First:
		return participle && mainSubject(d, s, v, earlier, cl)
	case isComma(d, p):
		if sourceBeforeComma(d, s, p, participle, cl) {
			return true
		}
		return participle && mainSubject(d, s, v, earlier, cl)
	case d.Tokens[p].Kind == text.Punct && isDash(d.Tokens[p].Lower) && d.Tokens[p].SpaceBefore:
		// "Senator Jones — a possible running mate — told": the name before
		// the aside
		for j := p - 1; j > s.First && p-j < 25; j-- {
			if t := &d.Tokens[j]; t.Kind == text.Punct && isDash(t.Lower) && t.SpaceBefore {
				n := npBack(d, j-1, s.First)
				if n > j-1 {
					return false
				}
				cl.Source = tokRange(d, n, p-1)
				return true
			}
		}
		return false
	}
	if w := d.Tokens[p].Lower; w == "who" || w == "which" {
		cl.Source = tokRange(d, p, p)
		return true
	}
	if participle && (prepositions[d.Tokens[p].Lower] || d.Tokens[p].Lower == "while" ||
		!d.Tokens[p].Upper && (pastVerb(d.Tokens[p].Lower) || finiteVerbs[d.Tokens[p].Lower])) {
		// "has been outspoken in condemning", "by saying", "has avoided
		// criticizing": the clause's subject
		return mainSubject(d, s, v, earlier, cl)
	}
	n := npBack(d, p, s.First)
	if n > p {
		return participle && mainSubject(d, s, v, earlier, cl)
	}
	if w := d.Tokens[n].Lower; participle && !d.Tokens[n].Upper && (strings.HasSuffix(w, "ing") || pastVerb(w)) {
		// "is making a pitch to voters saying": the object of a verb, not a
		// speaker; the clause's subject speaks
		return mainSubject(d, s, v, earlier, cl)
	}
	// a pronoun subject stands alone: "in the morning he said"
	if subjectPronouns[d.Tokens[p].Lower] {
		n = p
	} else if j := relativeBefore(d, s, n); j >= 0 {
		// a restrictive relative clause is the speaker's: "the officer who
		// made the arrest said", "users who had tested it reported"
		if m := npBack(d, j-1, s.First); m <= j-1 {
			n = m
		}
	} else if j := n - 1; j-2 >= s.First && d.Tokens[j].Lower == "who" && isComma(d, j-1) && d.Tokens[j-2].Upper && !d.Tokens[n].Upper {
		// a relative clause that lost its closing comma: "Ms Robinson, who
		// presents The Weakest Link tells Cockerell"
		if m := npBack(d, j-2, s.First); m <= j-2 {
			n = m
		}
	}
	if p-n > 15 {
		n = p - 15
	}
	cl.Source = tokRange(d, n, p)
	return true
}

// relativeBefore returns the token of the "who" that opens a restrictive
// relative clause before token n, auxiliaries between them ("who had
// tested"), after a word of the noun it qualifies; or -1.
func relativeBefore(d *text.Doc, s text.Sentence, n int) int {
	j := n - 1
	for j > n-3 && j >= s.First && auxiliaries[d.Tokens[j].Lower] {
		j--
	}
	if j-1 >= s.First && d.Tokens[j].Lower == "who" && d.Tokens[j-1].Kind == text.Word && !isComma(d, j-1) {
		return j
	}
	return -1
}

// clauseInitialNP reports whether a noun phrase ends at token k and opens
// the sentence or follows a comma: "In a speech, Trump attacked".
func clauseInitialNP(d *text.Doc, s text.Sentence, k int) bool {
	n := npBack(d, k, s.First)
	return n <= k && (n == s.First || n > s.First && isComma(d, n-1))
}

// pastVerb reports whether w looks like a verb in the past tense: "-ed"
// or a common irregular form. Only used right after a sentence's first
// noun phrase, where a noun ending in "-ed" is rare.
func pastVerb(w string) bool {
	return len(w) > 4 && strings.HasSuffix(w, "ed") || irregularPasts[w]
}

var irregularPasts = set("began made took went came gave got won lost left met led held kept spent saw knew thought felt sought brought told wrote spoke stood fell rose ran became")

// mainSubject gives a participle cue (", labelling ...", ", adding ...")
// the speaker of the clause it hangs on: the source of the claim before it
// in the sentence, else the subject of the sentence's first verb.
func mainSubject(d *text.Doc, s text.Sentence, v int, earlier []Claim, cl *Claim) bool {
	if len(earlier) > 0 {
		shareSource(cl, earlier)
		if cl.HasSource() {
			return true
		}
	}
	for k := s.First + 1; k < v; k++ {
		t := d.Tokens[k]
		if t.Kind != text.Word || t.Upper || precededByDeterminer(d, k, s.First) {
			continue
		}
		if finiteVerbs[t.Lower] || cueForms[t.Lower] != nil && !strings.HasSuffix(t.Lower, "ing") ||
			pastVerb(t.Lower) && (isComma(d, k-1) || clauseInitialNP(d, s, k-1)) ||
			subjectPronouns[d.Tokens[k-1].Lower] && d.Tokens[k-1].Lower != "it" && (k-1 == s.First || isComma(d, k-2)) || // "He funds ... and has stated"
			(t.Lower == "'s" || t.Lower == "’s") && subjectPronouns[d.Tokens[k-1].Lower] && d.Tokens[k-1].Lower != "it" { // "He's comparing ... and says"
			return subjectBefore(d, s, k, false, nil, cl)
		}
	}
	return false
}

// sourceBeforeComma finds the speaker of a cue that follows a comma:
// an appositive ("Podolyak, an advisor to the president, stated"), a
// participle between subject and verb, or a participle after a clause.
func sourceBeforeComma(d *text.Doc, s text.Sentence, p int, participle bool, cl *Claim) bool {
	if p-1 < s.First || endsInVerb(d, s, p-1) {
		return false
	}
	n := npBack(d, p-1, s.First)
	if n <= p-1 && n == s.First && holdsVerb(d, n, p-1) {
		// "Kasich offered the man a job, then says ...": a clause, whose
		// subject speaks
		return mainSubject(d, s, p+1, nil, cl)
	}
	if n <= p-1 && n == s.First {
		// "The parties, proclaiming themselves ..., took": NP1 at clause start
		cl.Source = tokRange(d, n, p-1)
		return true
	}
	if longSubject(d, s, p, cl) {
		return true
	}
	if n <= p-1 && n > s.First && isComma(d, n-1) {
		// an appositive between commas; its head comes before
		n0 := npBack(d, n-2, s.First)
		if n0 <= n-2 && (n0 == s.First || (isComma(d, n0-1) || clauseJoiner(d, n0-1)) && !participle) && n0 >= s.First {
			if isParticipleCue(d, n) {
				cl.Source = tokRange(d, n0, n-2)
			} else {
				cl.Source = tokRange(d, n0, p-1)
			}
			return true
		}
	}
	return false
}

// endsInVerb reports whether token k, before a comma, is a verb in the
// past closing a clause ("The talks failed, said ..."), not the end of a
// noun phrase ("the injured").
func endsInVerb(d *text.Doc, s text.Sentence, k int) bool {
	if !pastVerb(d.Tokens[k].Lower) || k == s.First || determiners[d.Tokens[k-1].Lower] || d.Tokens[k-1].Kind != text.Word {
		return false
	}
	// a relative clause closes an appositive: "Ms. Lee, who was injured,"
	for j := k - 1; j >= s.First && !isComma(d, j); j-- {
		if w := d.Tokens[j].Lower; w == "who" || w == "which" || w == "whose" {
			return false
		}
	}
	return true
}

// holdsVerb reports whether tokens [a, b] hold a verb in the past after
// their first word: "He spoke from his car" is a clause, not a speaker.
func holdsVerb(d *text.Doc, a, b int) bool {
	for k := a + 1; k <= b; k++ {
		if t := &d.Tokens[k]; t.Kind == text.Word && !t.Upper && pastVerb(t.Lower) && !determiners[d.Tokens[k-1].Lower] {
			return true
		}
	}
	return false
}

// subjectWithComma reports whether the comma at p closes a subject, with
// or without an appositive: "Podolyak, an advisor, stated", "The parties,
// proclaiming ..., took".
func subjectWithComma(d *text.Doc, s text.Sentence, p int) bool {
	if p-1 < s.First || endsInVerb(d, s, p-1) {
		return false
	}
	n := npBack(d, p-1, s.First)
	if n > p-1 {
		return false
	}
	if n == s.First {
		return !prepositions[d.Tokens[s.First].Lower]
	}
	if isComma(d, n-1) && n-2 >= s.First {
		n0 := npBack(d, n-2, s.First)
		return n0 == s.First && n0 <= n-2 && !prepositions[d.Tokens[s.First].Lower]
	}
	return false
}

// longSubject takes a sentence-initial name with a long appositive, which
// may hold commas and a relative clause: "Donna Rawlings, 59, of Ashton,
// Md., who watched the ceremony, said". With a nil claim it only tests.
func longSubject(d *text.Doc, s text.Sentence, p int, cl *Claim) bool {
	first := d.Tokens[s.First]
	if !first.Upper || prepositions[first.Lower] || subordinatorsUpper[first.Lower] || p-s.First > 45 {
		return false
	}
	c1 := nextPunct(d, s.First, p, ",")
	if c1 <= s.First || c1 >= p || npBack(d, c1-1, s.First) != s.First {
		return false
	}
	for k := c1 + 1; k < p; k++ {
		t := d.Tokens[k]
		if t.Kind == text.QuoteMark && t.Open {
			// a short quoted name in the appositive: `identified as "Minor
			// Victim 1" in the files,`
			if e := quoteEnd(d, k); e > k && e < p && e-k <= 6 && p+1 <= s.Last && !strings.HasSuffix(d.Tokens[p+1].Lower, "ing") {
				k = e
				continue
			}
		}
		if t.Kind == text.QuoteMark || t.Lower == ";" || t.Lower == ":" {
			return false
		}
		if v := cueForms[t.Lower]; v != nil && !strings.HasSuffix(t.Lower, "ing") && !precededByDeterminer(d, k, s.First) && !relativeSince(d, c1, k) {
			if _, ok := findCue(d, k, s.First, s.Last); ok {
				return false
			}
		}
	}
	if cl != nil {
		cl.Source = tokRange(d, s.First, p-1)
	}
	return true
}

// quoteEnd returns the token that closes the quotation opening at token k,
// or -1.
func quoteEnd(d *text.Doc, k int) int {
	q := d.QuoteAt(d.Tokens[k].Start)
	if q < 0 {
		return -1
	}
	return d.TokenAt(d.Quotes[q].End - 1)
}

func isParticipleCue(d *text.Doc, k int) bool {
	w := d.Tokens[k].Lower
	if !strings.HasSuffix(w, "ing") {
		return false
	}
	_, ok := findCue(d, k, k, len(d.Tokens)-1)
	return ok
}

// shareSource gives a participle claim the source of the claim before it.
func shareSource(cl *Claim, earlier []Claim) {
	for i := len(earlier) - 1; i >= 0; i-- {
		if earlier[i].HasSource() {
			cl.Source = earlier[i].Source
			cl.sourceFrom = i
			return
		}
	}
}

var weekdays = set("monday tuesday wednesday thursday friday saturday sunday")

// speakerAuxiliaries stand between a speaker and an adverb before the verb.
var speakerAuxiliaries = set("has have had will would did does do could can may might must should shall")

// speakerAdverbs stand between a speaker and its verb: "Salazar merely said".
var speakerAdverbs = set("merely only just simply reportedly allegedly apparently finally eventually ultimately quietly angrily bluntly candidly frankly sharply swiftly tersely curtly cautiously personally actually also long frequently often repeatedly hardly really")

// sourceTimeWords stand between a speaker and its verb without belonging to
// the speaker.
var sourceTimeWords = set("today yesterday tonight now recently earlier later previously again first initially")
