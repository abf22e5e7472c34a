package attribution

import (
	"strings"

	"github.com/claimledger/claimledger"
	"github.com/claimledger/claimledger/internal/text"
)

// strict verbs introduce a claim only before "that", a quotation or a colon,
// or after the content; with a bare object they mean something else ("added
// to the list", "rejected the bill").
var strict = set("show find agree know feel wish ask decline welcome question propose add state post maintain observe recall counter learn respond reply remark comment write tweet dismiss reject expect fear hope urge demand inform complain boast caution retort testify")

func isComma(d *text.Doc, k int) bool { return d.Tokens[k].Lower == "," }

func isCloseQuote(d *text.Doc, k int) bool {
	t := d.Tokens[k]
	return t.Kind == text.QuoteMark && !t.Open
}

// abbreviationDot reports whether token k of sentence s is the dot of an
// abbreviation or initial ("Rep.", "Oscar P. Quintero"): a dot glued to a
// word that the sentence splitter did not take for the sentence's end.
func abbreviationDot(d *text.Doc, s text.Sentence, k int) bool {
	t := d.Tokens[k]
	return t.Lower == "." && k > s.First && k < s.Last && !t.SpaceBefore && d.Tokens[k-1].Kind == text.Word
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

// tailOK reports whether what follows a cue at token a leaves the cue at
// the end of its clause ("..., the ministry said on Tuesday.").
func tailOK(d *text.Doc, a, l int) bool {
	if a > l {
		return true
	}
	t := d.Tokens[a]
	if t.Kind == text.Punct {
		return t.Lower != ":"
	}
	if t.Kind == text.QuoteMark {
		return !t.Open
	}
	switch t.Lower {
	case "in", "on", "at", "during", "after", "before", "late", "early", "last", "this", "yesterday", "today",
		"tonight", "told", "to", "while", "when", "as", "adding", "citing", "via", "through", "with", "without",
		"earlier", "later", "recently", "previously", "again", "also", "then", "afterwards", "of", "monday",
		"tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "by", "from", "according", "every", "about", "for":
		return true
	}
	return false
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

// cueInRange reports whether a verb of saying stands in tokens [a, l].
func cueInRange(d *text.Doc, a, l int) bool {
	for k := a; k <= l; k++ {
		if v := cueForms[d.Tokens[k].Lower]; v != nil && !precededByDeterminer(d, k, a) {
			return true
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
		if t.Lower == ";" || t.Lower == ":" || t.Lower == "." && !abbreviationDot(d, s, k) || cueForms[t.Lower] != nil && !strings.HasSuffix(t.Lower, "ing") && !npToken(d, k) {
			return 0, false
		}
	}
	return 0, false
}

// introducesContent reports whether tokens [a, l] hold what a cue
// introduces: "that", an opening quotation mark or a colon.
func introducesContent(d *text.Doc, a, l int) bool {
	for k := a; k <= l; k++ {
		t := d.Tokens[k]
		if t.Lower == "that" || t.Lower == ":" || t.Kind == text.QuoteMark && t.Open {
			return true
		}
	}
	return false
}

// postposed recognises "Y, X said" and "Y, said X".
func postposed(d *text.Doc, s text.Sentence, c cue, cl *Claim) bool {
	if c.kind != cueVerbKind || c.verb.stance == claimledger.StanceLabel || strings.HasSuffix(d.Tokens[c.last].Lower, "ing") {
		return false
	}
	p := c.first - 1
	if p <= s.First {
		return false
	}
	if a := c.last + 1; a+1 <= s.Last && isComma(d, a) && d.Tokens[a+1].Kind == text.QuoteMark && d.Tokens[a+1].Open && !quoteClosesBefore(d, s, p) {
		return false // "..., Tester quipped, "Ix-nay."": the quotation follows
	}
	if isComma(d, p) && (subjectWithComma(d, s, p) || longSubject(d, s, p, nil)) {
		return false
	}
	if (isComma(d, p) || isCloseQuote(d, p)) && inverted(d, s, c, cl, p) {
		return true
	}
	after := c.last + 1
	if c.verb.object && after <= s.Last {
		// "told a crowd in Berea on Tuesday": a hearer and adjuncts, no
		// content; after a quotation even a later "that" is the adjuncts'
		n0 := npBack(d, p, s.First)
		quoted := n0 > s.First && n0 <= p && isCloseQuote(d, n0-1)
		if !quoted && introducesContent(d, after, s.Last) {
			return false
		}
		after = s.Last + 1
	} else if !tailOK(d, after, s.Last) {
		return false
	}
	var n, q int
	if k, ok := sourceAfterQuote(d, s, p); ok {
		n, q = k, k-1
		end := p
		if isComma(d, p) {
			end = p - 1
		}
		cl.Source = tokRange(d, n, end)
	} else if isComma(d, p) {
		// an appositive after the name: `"...," John Smith, a spokesman, said.`
		n1 := npBack(d, p-1, s.First)
		if n1 > p-1 || n1-2 < s.First || !isComma(d, n1-1) {
			return false
		}
		n = npBack(d, n1-2, s.First)
		if n > n1-2 || n <= s.First || n1-2-n > 8 {
			return false
		}
		q = n - 1
		cl.Source = tokRange(d, n, p-1)
	} else {
		n = npBack(d, p, s.First)
		if n > p || n <= s.First || p-n > 12 {
			return false
		}
		q = n - 1
		if w := d.Tokens[q].Lower; (w == "like" || w == "as") && q-1 > s.First && isComma(d, q-1) {
			q-- // "Y, as the minister said" and "Y, like the papers insist"
		}
		cl.Source = tokRange(d, n, p)
	}
	if !isComma(d, q) && !isCloseQuote(d, q) || frontedSplit(d, n, p) > 0 {
		cl.Source = text.Range{}
		return false
	}
	end := q
	if isComma(d, q) {
		end = q - 1
	}
	if end < s.First {
		cl.Source = text.Range{}
		return false
	}
	cl.Content = contentBefore(d, leadEnd(d, s.First, end), end)
	addRest(d, s, after, cl)
	return cl.Content.End > cl.Content.Start
}

// quoteClosesBefore reports whether a quotation closes in sentence s
// before token p.
func quoteClosesBefore(d *text.Doc, s text.Sentence, p int) bool {
	for k := s.First; k <= p; k++ {
		if isCloseQuote(d, k) {
			return true
		}
	}
	return false
}

// inverted handles a cue right after the content: "Y, said X" and `"Y,"
// said X`. p is the comma or quotation mark before the cue.
func inverted(d *text.Doc, s text.Sentence, c cue, cl *Claim, p int) bool {
	a := c.last + 1
	if a > s.Last || c.verb != nil && (c.verb.lemma == "tell" || c.verb.lemma == "inform") {
		// after "told" stands the hearer: `"...," X told Reuters`
		return false
	}
	t := d.Tokens[a]
	if !(t.Upper && t.Kind == text.Word || determiners[t.Lower] && t.Lower != "that" || subjectPronouns[t.Lower] || titleStart(d, a, s.Last)) {
		return false
	}
	if subjectPronouns[t.Lower] && a < s.Last && d.Tokens[a+1].Kind == text.Word && !tailOK(d, a+1, s.Last) {
		// "..., said it fired the missile": the pronoun opens the content
		return false
	}
	end := a
	appositive := false
	for k := a; k <= s.Last; k++ {
		tk := d.Tokens[k]
		w := tk.Lower
		if tk.Kind == text.QuoteMark || w == ";" || w == ":" || w == "." && !abbreviationDot(d, s, k) || w == "!" || w == "?" {
			break
		}
		if !appositive && k > a && finiteVerbs[w] {
			return false // "..., said the target was low": a clause, no speaker
		}
		if appositive {
			if isComma(d, k) && k+1 <= s.Last && d.Tokens[k+1].Kind == text.QuoteMark {
				break
			}
			if !isComma(d, k) {
				end = k
			}
			continue
		}
		if k > a && (w == "in" || w == "on" || w == "at" || w == "during" || w == "while" || w == "when" ||
			w == "who" || w == "which" || w == "told" || w == "to" || w == "after" || w == "before" || w == "according") {
			break
		}
		if w == "," {
			// an appositive: "said John Smith, a spokesman for the ministry"
			if k+1 > s.Last {
				break
			}
			if n := d.Tokens[k+1]; n.Kind == text.Word && !(strings.HasSuffix(n.Lower, "ing") && !n.Upper) &&
				n.Lower != "according" && !coordinators[n.Lower] && !subordinators[n.Lower] && !cueInRange(d, k+1, s.Last) {
				appositive = true
				continue
			}
			break
		}
		end = k
	}
	if subjectPronouns[t.Lower] {
		end = a
	}
	b := p
	if isComma(d, p) {
		b = p - 1
	}
	if b < s.First {
		return false
	}
	cl.Source = tokRange(d, a, end)
	cl.Content = contentBefore(d, leadEnd(d, s.First, b), b)
	if k := end + 1; k+1 <= s.Last && isComma(d, k) && d.Tokens[k+1].Kind == text.QuoteMark {
		addRest(d, s, k, cl)
	}
	return cl.Content.End > cl.Content.Start
}

// addRest takes in the rest of a content that the cue interrupts: a
// quotation resumed after it (`"We will win," he said, "whatever it
// costs."`) or a clause (`Acts of protest, he said, are acts of
// patriotism.`). a is the first token after the source and cue.
func addRest(d *text.Doc, s text.Sentence, a int, cl *Claim) {
	k := a
	for k <= s.Last && k < a+6 && !isComma(d, k) && (contentAdverbials[d.Tokens[k].Lower] || d.Tokens[k].Upper) {
		k++
	}
	if k >= s.Last || !isComma(d, k) {
		return
	}
	k++
	t := d.Tokens[k]
	var rest text.Range
	switch {
	case t.Kind == text.QuoteMark && t.Open:
		q := d.QuoteAt(t.Start)
		if q < 0 {
			return
		}
		rest = d.Quotes[q].Range
	case t.Kind == text.Word && !t.Upper && !strings.HasSuffix(t.Lower, "ing") && t.Lower != "according" &&
		!coordinators[t.Lower] && !subordinators[t.Lower] && !prepositions[t.Lower] && t.Lower != "who":
		rest = contentTo(d, k, s.Last)
	default:
		return
	}
	if rest.End <= rest.Start {
		return
	}
	first := cl.Content
	cl.Parts = []text.Range{first, rest}
	cl.Content = text.Range{Start: first.Start, End: rest.End}
}

// followQuotes adds to a content the quotations that follow it as whole
// sentences of the same paragraph, or as whole next paragraphs: the speaker
// goes on (`"A," he said. "B."`, `He said A. "B."`).
func followQuotes(d *text.Doc, si int, cl *Claim) {
	if cl.Content.End <= cl.Content.Start {
		return
	}
	para := d.ParagraphOf(cl.Cue.Start)
	end := d.Sentences[si].End
	for k := si + 1; k < len(d.Sentences); k++ {
		s := d.Sentences[k]
		if s.Start < end {
			continue
		}
		t := d.Tokens[s.First]
		if p := d.ParagraphOf(s.Start); p != para {
			// the speaker goes on in the next paragraph: a paragraph that is
			// one quotation and nothing else
			if p != para+1 || d.Paragraphs[p].Start != t.Start {
				return
			}
			if q := d.QuoteAt(t.Start); q < 0 || d.Quotes[q].End < d.Paragraphs[p].End-1 {
				return
			}
			para = p
		}
		if t.Kind != text.QuoteMark || !t.Open {
			return
		}
		q := d.QuoteAt(t.Start)
		if q < 0 || d.Quotes[q].End < s.End-1 {
			return // the sentence goes on after the quotation: it has its own cue
		}
		if len(cl.Parts) == 0 {
			cl.Parts = []text.Range{cl.Content}
		}
		cl.Parts = append(cl.Parts, d.Quotes[q].Range)
		cl.Content.End = d.Quotes[q].End
		end = d.Quotes[q].End
	}
}

// preposed recognises "X said (that) Y", "X, a spokesman, said Y".
func preposed(d *text.Doc, s text.Sentence, c cue, cl Claim, earlier []Claim) (Claim, bool) {
	participle := strings.HasSuffix(d.Tokens[c.first].Lower, "ing")
	if !subjectBefore(d, s, c.first, participle, earlier, &cl) {
		return cl, false
	}
	cl.preposed = true
	return contentAfter(d, s, c, cl)
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
		case p > s.First+1 && weekdays[w] && d.Tokens[p-1].Lower == "on":
			p -= 2 // "Strava on Thursday announced"
		case p-1 > s.First && d.Tokens[p].Kind == text.Number && d.Tokens[p-1].Lower == "in":
			p -= 2 // "who in 2010 said"
		case p-2 > s.First && d.Tokens[p-2].Lower == "in" && (d.Tokens[p-1].Lower == "a" || d.Tokens[p-1].Lower == "its" || d.Tokens[p-1].Lower == "their") &&
			(w == "statement" || w == "post" || w == "tweet" || w == "letter" || w == "release"):
			p -= 3 // "The Indian army in a statement said"
		case p > s.First && (speakerAdverbs[w] || speakerAuxiliaries[w]):
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
	}
	if w := d.Tokens[p].Lower; w == "who" || w == "which" {
		cl.Source = tokRange(d, p, p)
		return true
	}
	if participle && (prepositions[d.Tokens[p].Lower] || d.Tokens[p].Lower == "while") {
		// "has been outspoken in condemning", "by saying": the clause's subject
		return mainSubject(d, s, v, earlier, cl)
	}
	n := npBack(d, p, s.First)
	if n > p {
		return participle && mainSubject(d, s, v, earlier, cl)
	}
	// a pronoun subject stands alone: "in the morning he said"
	if subjectPronouns[d.Tokens[p].Lower] {
		n = p
	}
	if p-n > 15 {
		n = p - 15
	}
	cl.Source = tokRange(d, n, p)
	return true
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
			pastVerb(t.Lower) && (isComma(d, k-1) || clauseInitialNP(d, s, k-1)) {
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
	if n <= p-1 && n == s.First && !(participle && holdsVerb(d, n, p-1)) {
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
		if n0 <= n-2 && (n0 == s.First || isComma(d, n0-1) && !participle) && n0 >= s.First {
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
		if t.Kind == text.QuoteMark || t.Lower == ";" || t.Lower == ":" {
			return false
		}
		if v := cueForms[t.Lower]; v != nil && !strings.HasSuffix(t.Lower, "ing") && !precededByDeterminer(d, k, s.First) {
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

// contentAfter finds the content of a pre-posed cue.
func contentAfter(d *text.Doc, s text.Sentence, c cue, cl Claim) (Claim, bool) {
	a := c.last + 1
	if a > s.Last || d.Tokens[a].Kind == text.Punct && d.Tokens[a].Lower != ":" && d.Tokens[a].Lower != "," {
		return frontedObject(d, s, c, cl)
	}
	start, marked := -1, false
	if c.verb.stance == claimledger.StanceLabel {
		// "called the statement "outlandish"": the labelled thing comes first
		start, marked = a, true
	}
	inPhrase := c.verb.object // a hearer or a prepositional phrase may run on
	for k := a; !marked && k <= s.Last && k < a+14; k++ {
		t := d.Tokens[k]
		if t.Lower == "that" {
			start, marked = k, true
			break
		}
		if t.Kind == text.QuoteMark && t.Open {
			start, marked = k, true
			break
		}
		if t.Lower == ":" {
			start, marked = k+1, true
			break
		}
		if prepositions[t.Lower] {
			inPhrase = true
			continue
		}
		if contentAdverbials[t.Lower] || t.Upper || t.Lower == "," || strings.HasSuffix(t.Lower, "ly") && t.Kind == text.Word ||
			c.verb.object && (pronouns[t.Lower] || t.Lower == "reporters" || t.Lower == "journalists") {
			continue
		}
		if inPhrase && npToken(d, k) && !subjectPronouns[t.Lower] && t.Kind != text.Punct {
			continue
		}
		break
	}
	if !marked && isComma(d, a) {
		// an adjunct between commas before the content: "continues to
		// insist, most recently in an interview, that ..."
		for k := a + 1; k+1 <= s.Last && k < a+16; k++ {
			if isComma(d, k) && (d.Tokens[k+1].Lower == "that" || d.Tokens[k+1].Kind == text.QuoteMark && d.Tokens[k+1].Open) {
				start, marked = k+1, true
				break
			}
			if d.Tokens[k].Kind == text.QuoteMark || d.Tokens[k].Lower == ";" {
				break
			}
		}
	}
	if !marked {
		if strict[c.verb.lemma] {
			return cl, false
		}
		start = a
		if c.verb.object {
			start = skipHearer(d, a, s.Last)
		}
	}
	for start <= s.Last && isComma(d, start) {
		start++
	}
	if start <= s.Last && !marked {
		if t := d.Tokens[start]; t.Kind == text.Word && !t.Upper && strings.HasSuffix(t.Lower, "ing") && start > a {
			return cl, false // ", looking out on the crowd": no content
		}
	}
	if start > s.Last {
		if start-1 <= s.Last && d.Tokens[start-1].Lower == ":" {
			// "The governor added:" and the statement as the next paragraph
			if p := d.ParagraphOf(d.Tokens[start-1].Start) + 1; p < len(d.Paragraphs) {
				cl.Content = d.Paragraphs[p]
				return cl, true
			}
		}
		return cl, false
	}
	if c.verb.object && !marked && s.Last-start < 3 {
		return cl, false // "told the crowd": only a hearer
	}
	if c.verb.stance == claimledger.StanceLabel {
		cl.Content = labelContent(d, start, s.Last)
	} else {
		cl.Content = contentTo(d, start, clauseEnd(d, start, s.Last))
	}
	return cl, cl.Content.End > cl.Content.Start
}

// skipHearer passes over the hearer of "told": a pronoun, "reporters", or a
// capitalised name.
func skipHearer(d *text.Doc, a, l int) int {
	t := d.Tokens[a]
	if pronouns[t.Lower] && t.Lower != "it" || t.Lower == "reporters" || t.Lower == "journalists" {
		return a + 1
	}
	k := a
	if t.Lower == "the" && k+1 <= l && d.Tokens[k+1].Upper {
		k++
	}
	// a name, which may hold small words ("Rest of World"), then maybe a
	// role and a second name ("Breitbart News Daily host Alex Marlow"),
	// or a role and a name ("host Alex Marlow"); then maybe the day
	name := func(k int) int {
		for k <= l && (d.Tokens[k].Upper && d.Tokens[k].Kind == text.Word || nameJoiners[d.Tokens[k].Lower] && k > a && k+1 <= l && d.Tokens[k+1].Upper) {
			k++
		}
		return k
	}
	role := func(k int) bool {
		w := &d.Tokens[k]
		return k+1 <= l && w.Kind == text.Word && !w.Upper && !pronouns[w.Lower] && !determiners[w.Lower] && !prepositions[w.Lower] &&
			w.Lower != "that" && w.Lower != "and" && d.Tokens[k+1].Upper && d.Tokens[k+1].Kind == text.Word
	}
	switch {
	case d.Tokens[k].Upper:
		k = name(k)
		if k <= l && role(k) {
			k = name(k + 1)
		}
	case role(k):
		k = name(k + 1)
	default:
		return a
	}
	if k+1 <= l && d.Tokens[k].Lower == "on" && weekdays[d.Tokens[k+1].Lower] {
		k += 2
	}
	return k
}

var nameJoiners = set("of for and the de")

// labelContent runs to the end of the first quotation or the next comma:
// "labelling the infiltrators as "militants," regardless of ...".
func labelContent(d *text.Doc, a, l int) text.Range {
	for k := a; k <= l; k++ {
		t := d.Tokens[k]
		if t.Kind == text.QuoteMark && t.Open {
			if q := d.QuoteAt(t.Start); q >= 0 {
				return text.Range{Start: d.Tokens[a].Start, End: d.Quotes[q].End}
			}
		}
		if t.Lower == "," || t.Lower == ";" {
			return tokRange(d, a, k-1)
		}
	}
	return contentTo(d, a, l)
}

// frontedObject handles a cue with nothing after it, whose object stands
// before the speaker: "an allegation Kyiv flatly denies".
func frontedObject(d *text.Doc, s text.Sentence, c cue, cl Claim) (Claim, bool) {
	if !cl.HasSource() {
		return cl, false
	}
	a := d.TokenAt(cl.Source.Start)
	b := d.TokenAt(cl.Source.End - 1)
	if k := frontedSplit(d, a, b); k > 0 {
		cl.Content = tokRange(d, a, k-1)
		cl.Source = tokRange(d, k, b)
		return cl, true
	}
	return cl, false
}

// frontedSplit finds, in the phrase of tokens [a, b], a claim noun directly
// followed by a speaker ("an allegation Kyiv", "an accusation the group")
// and returns where the speaker starts, or 0.
func frontedSplit(d *text.Doc, a, b int) int {
	for k := a + 1; k <= b; k++ {
		t := d.Tokens[k]
		if claimNouns[d.Tokens[k-1].Lower] && (t.Upper || k < b && (t.Lower == "the" || t.Lower == "a" || t.Lower == "an")) {
			return k
		}
	}
	return 0
}

var claimNouns = set("allegation allegations accusation accusations claim claims charge charges assertion assertions suggestion suggestions report reports version account figure figures toll")

// trimOverlaps ends a pre-posed content where a later attribution of the
// same sentence begins after a comma: "reported X, though it did note Y".
func trimOverlaps(d *text.Doc, cls []Claim) {
	for i := range cls {
		a := &cls[i]
		if !a.preposed {
			continue
		}
		for j := i + 1; j < len(cls); j++ {
			b := &cls[j]
			x := b.Cue.Start
			if b.HasSource() && b.sourceFrom < 0 && b.Source.Start > a.Cue.End {
				x = b.Source.Start
			}
			if x <= a.Content.Start || x >= a.Content.End {
				continue
			}
			k := d.TokenAt(x) - 1
			for k >= 0 && connectors[d.Tokens[k].Lower] {
				k--
			}
			if k < 0 || !(isComma(d, k) || d.Tokens[k].Lower == ";") {
				continue
			}
			for k >= 0 && d.Tokens[k].Kind == text.Punct {
				k--
			}
			if k >= 0 && d.Tokens[k].End > a.Content.Start {
				a.Content.End = d.Tokens[k].End
				a.Parts = nil
			}
			break
		}
	}
}

var connectors = set("though although but and while as even whereas so yet")

// leadEnd skips what opens a sentence without belonging to a content that
// runs from its start: a dateline ("WASHINGTON —"), a connective
// ("However,", "In addition,") or a question put to the speaker ("Asked
// about the device, ...").
func leadEnd(d *text.Doc, a, b int) int {
	// a dateline: a place in capitals, maybe a country, a date or "(AP)", then a dash
	if t := d.Tokens[a]; t.Kind == text.Word && len(t.Lower) > 1 && strings.ToUpper(d.TokenText(a)) == d.TokenText(a) {
		for k := a + 1; k < b && k < a+14; k++ {
			t := d.Tokens[k]
			if t.Kind == text.Punct && (isDash(t.Lower) || t.Lower == ":" && paragraphStart(d, a)) {
				a = k + 1 // "KYIV —", and opening a paragraph "BHOPAL:"
				break
			}
			if !(t.Upper || t.Kind == text.Number || t.Lower == "," || t.Lower == "(" || t.Lower == ")" || t.Lower == ".") {
				break
			}
		}
	}
	if a >= b {
		return a
	}
	w := d.Tokens[a].Lower
	if a+1 < b && isComma(d, a+1) && leadConnectives[w] {
		return a + 2
	}
	if d.Tokens[a].Upper && (w == "and" || w == "but" || w == "so" || w == "yet") && a+1 < b && d.Tokens[a+1].Kind == text.Word {
		return a + 1 // "And Mrs. Clinton now holds ...": the writer's link
	}
	if a+2 < b && isComma(d, a+2) && leadConnectives[w+" "+d.Tokens[a+1].Lower] {
		return a + 3
	}
	if w == "asked" || w == "when" && a+1 < b && d.Tokens[a+1].Lower == "asked" {
		if c := nextPunct(d, a, b, ","); c > 0 && c < b {
			return c + 1
		}
	}
	return a
}

// paragraphStart reports whether token k opens a paragraph.
func paragraphStart(d *text.Doc, k int) bool {
	return k == 0 || d.ParagraphOf(d.Tokens[k].Start) != d.ParagraphOf(d.Tokens[k-1].Start)
}

// clauseBreaks after a comma end a content: what follows is the writer's.
var clauseBreaks = set("but though although whereas meaning")

var leadConnectives = set("however meanwhile moreover furthermore nonetheless nevertheless separately additionally instead indeed still thus therefore also yet so again later earlier now then similarly likewise regardless ultimately overall still,")

func init() {
	for _, w := range []string{"in addition", "in fact", "of course", "at the same time", "by contrast", "in contrast", "on the other hand", "even so", "for now", "after all"} {
		leadConnectives[w] = true
	}
}

// clauseEnd is where a content that starts at token a ends: at a
// semicolon, or where the speaker goes on with another verb of saying
// ("... and warned against ...", ", adding that ...", ", and he urged").
func clauseEnd(d *text.Doc, a, l int) int {
	inQuote := false
	for k := a; k <= l; k++ {
		t := d.Tokens[k]
		if t.Kind == text.QuoteMark {
			inQuote = t.Open
			continue
		}
		if inQuote || k == a {
			continue
		}
		switch {
		case t.Lower == ";":
			return k - 1
		case (t.Lower == "and" || t.Lower == "but") && k+1 <= l:
			n := k + 1
			if subjectPronouns[d.Tokens[n].Lower] && n+1 <= l {
				n++
			}
			if v := cueForms[d.Tokens[n].Lower]; v != nil && !v.nounToo && d.Tokens[n].Lower != v.lemma && !strings.HasSuffix(d.Tokens[n].Lower, "ing") {
				e := k - 1
				if isComma(d, e) {
					e--
				}
				return e
			}
		case isComma(d, k) && k+1 <= l:
			n := d.Tokens[k+1]
			if n.Kind == text.Word && !n.Upper && strings.HasSuffix(n.Lower, "ing") && len(n.Lower) > 5 || clauseBreaks[n.Lower] ||
				writersComment(d, k+1, l) {
				return k - 1
			}
		case t.Lower == "in" || t.Lower == "on" || t.Lower == "via":
			// "... in a statement on its news agency": how it was said
			if channel(d, k, l) {
				e := k - 1
				if isComma(d, e) {
					e--
				}
				return e
			}
		}
	}
	return l
}

// writersComment reports whether the phrase at token k is the writer's
// comment on what came before: ", a figure that could not be verified",
// ", an allegation Kyiv rejects".
func writersComment(d *text.Doc, k, l int) bool {
	t := d.Tokens[k]
	if t.Lower == "which" {
		for j := k + 1; j <= l && j < k+8; j++ {
			if w := d.Tokens[j].Lower; strings.HasPrefix(w, "verif") || strings.HasPrefix(w, "confirm") || w == "unconfirmed" || w == "unverified" {
				return true
			}
			// "..., which makes him an outlier": the writer on the speaker
			if w := d.Tokens[j].Lower; j <= k+3 && (w == "him" || w == "her" || w == "them") {
				return true
			}
		}
		return false
	}
	if t.Lower != "a" && t.Lower != "an" && t.Lower != "the" || k+1 > l {
		return false
	}
	n := d.Tokens[k+1].Lower
	if k+2 <= l && !claimNouns[n] && !commentNouns[n] {
		n = d.Tokens[k+2].Lower // "a casualty figure"
	}
	return claimNouns[n] || commentNouns[n]
}

var commentNouns = set("figure figures number numbers toll tally count assessment estimate charge")

// channel reports whether a prepositional phrase at token k names the
// channel of a statement: "in a statement", "on Telegram", "via its agency".
func channel(d *text.Doc, k, l int) bool {
	if d.Tokens[k].Lower == "via" {
		return true
	}
	for j := k + 1; j <= l && j < k+4; j++ {
		if channels[d.Tokens[j].Lower] {
			return true
		}
		if !determiners[d.Tokens[j].Lower] && !d.Tokens[j].Upper && d.Tokens[j].Lower != "social" {
			return false
		}
	}
	return false
}

var channels = set("statement statements post posting video message communique communiqué telegram twitter facebook instagram x media website broadcast interview address speech briefing")

// question handles the questions put by "ask": "Asked if he was ever
// bullied, the senator said ..." (no asker named), "when asked whether
// ...", and "Hannity asked Trump how high the wall would be".
func question(d *text.Doc, s text.Sentence, c cue, cl Claim, earlier []Claim) (Claim, bool) {
	a := c.last + 1
	if a > s.Last {
		return cl, false
	}
	start := -1
	for k := a; k <= s.Last && k < a+6; k++ {
		w := d.Tokens[k].Lower
		if questionWords[w] || w == "about" {
			start = k
			break
		}
		if !npToken(d, k) || isComma(d, k) {
			break
		}
	}
	if start < 0 {
		return cl, false
	}
	bare := c.first == s.First || c.first-1 >= s.First && d.Tokens[c.first-1].Lower == "when"
	end := s.Last
	if bare {
		if k := nextPunct(d, start, s.Last, ","); k > start {
			end = k - 1
		}
	} else {
		if !subjectBefore(d, s, c.first, false, earlier, &cl) {
			return cl, false
		}
		end = clauseEnd(d, start, s.Last)
	}
	cl.Content = contentTo(d, start, end)
	cl.preposed = !bare
	return cl, cl.Content.End > cl.Content.Start
}

var questionWords = set("whether if how what why who whom when where which")

var weekdays = set("monday tuesday wednesday thursday friday saturday sunday")

// speakerAuxiliaries stand between a speaker and an adverb before the verb.
var speakerAuxiliaries = set("has have had will would did does do could can may might must should shall")

// speakerAdverbs stand between a speaker and its verb: "Salazar merely said".
var speakerAdverbs = set("merely only just simply reportedly allegedly apparently finally eventually ultimately quietly angrily bluntly candidly frankly sharply swiftly tersely curtly cautiously personally actually also long frequently often repeatedly hardly really")

// sourceTimeWords stand between a speaker and its verb without belonging to
// the speaker.
var sourceTimeWords = set("today yesterday tonight now recently earlier later previously again first initially")
