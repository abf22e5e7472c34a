package attribution

import (
	"strings"

	"github.com/claimledger/claimledger"
	"github.com/claimledger/claimledger/internal/text"
)

// strict verbs introduce a claim only before "that", a quotation or a colon,
// or after the content; with a bare object they mean something else ("added
// to the list", "rejected the bill").
var strict = set("show find agree know feel wish ask decline refuse welcome question propose add state post maintain observe recall counter learn respond reply remark comment write tweet dismiss reject expect fear hope urge demand inform complain boast caution retort testify")

func isComma(d *text.Doc, k int) bool { return d.Tokens[k].Lower == "," }

func isCloseQuote(d *text.Doc, k int) bool {
	t := d.Tokens[k]
	return t.Kind == text.QuoteMark && !t.Open
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
	if t.Lower == "and" && a+1 <= l && cueForms[d.Tokens[a+1].Lower] != nil {
		return true // `"...," Misri said and added that ...`
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

// cueInRange reports whether a verb of saying stands in tokens [a, l].
func cueInRange(d *text.Doc, a, l int) bool {
	for k := a; k <= l; k++ {
		if v := cueForms[d.Tokens[k].Lower]; v != nil && !precededByDeterminer(d, k, a) {
			return true
		}
	}
	return false
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
	if infinitiveAt(d, c, c.last+1, s.Last) {
		return false // "At COP30, Lula hopes to secure ...": the infinitive is the content
	}
	if a := c.last + 1; a+1 <= s.Last && isComma(d, a) && d.Tokens[a+1].Kind == text.QuoteMark && d.Tokens[a+1].Open && !quoteClosesBefore(d, s, p) {
		return false // "..., Tester quipped, "Ix-nay."": the quotation follows
	}
	if isComma(d, p) && (subjectWithComma(d, s, p) || longSubject(d, s, p, nil)) && !nameToEnd(d, s, c) {
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
		if !quoted || resumedQuote(d, s, after) < 0 {
			after = s.Last + 1 // but `"...," he told reporters, "..."` resumes
		}
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
	if c.last+1 <= s.Last && (d.Tokens[c.last+1].Kind != text.Punct || strings.ContainsAny(d.Tokens[c.last+1].Lower, "$£€")) &&
		frontedAdverbial(d, s.First, end) {
		// "On Tuesday, Mr Gates pledged $750m": the time or place before
		// the speaker is no content; what follows the cue is
		cl.Source = text.Range{}
		return false
	}
	cl.Content = contentBefore(d, leadEnd(d, s.First, end), end)
	addRest(d, s, after, cl)
	return cl.Content.End > cl.Content.Start
}

// frontedAdverbial reports whether tokens [a, b], before a sentence's
// subject, are an adverbial rather than a clause: a connective
// ("Meanwhile"), a time ("Last month"), a participle's phrase ("Speaking
// to students in Philadelphia"), or a short prepositional phrase of time,
// place or occasion ("On Tuesday", "At Gatwick", "In a speech in
// Edinburgh").
func frontedAdverbial(d *text.Doc, a, b int) bool {
	if a == b {
		return leadConnectives[d.Tokens[a].Lower]
	}
	if w := d.Tokens[a].Lower; (w == "late" || w == "early") && a < b && (d.Tokens[a+1].Lower == "last" || d.Tokens[a+1].Lower == "this" || d.Tokens[a+1].Lower == "next") {
		a++ // "Late last year, ...", "Early this month, ..."
	}
	if w := d.Tokens[a].Lower; b-a <= 2 && (w == "last" || w == "this" || w == "next" || w == "earlier" || w == "later") {
		for k := a + 1; k <= b; k++ {
			if x := d.Tokens[k].Lower; !periodWords[x] && !dayWords[x] && !partWords[x] && x != "this" && x != "last" {
				return false
			}
		}
		return true // "Last month, ...", "Earlier this week, ..."
	}
	if w := d.Tokens[a].Lower; b-a <= 12 && strings.HasSuffix(w, "ing") && len(w) > 5 && d.Tokens[a+1].Kind == text.Word && !d.Tokens[a+1].Upper &&
		d.Tokens[a+1].Lower != "'s" && d.Tokens[a+1].Lower != "’s" { // not "Schilling's son"
		for k := a + 1; k <= b; k++ {
			if finiteVerbs[d.Tokens[k].Lower] || isComma(d, k) || d.Tokens[k].Kind == text.QuoteMark {
				return false
			}
		}
		return true // "Speaking to students in Philadelphia, ..."
	}
	if b-a > 7 || !prepositions[d.Tokens[a].Lower] {
		return false
	}
	for k := a + 1; k <= b; k++ {
		t := &d.Tokens[k]
		w := t.Lower
		switch {
		case t.Kind == text.Number || t.Upper && t.Kind == text.Word || determiners[w] || prepositions[w] || w == "'s" || w == "’s":
		case dayWords[w] || periodWords[w] || partWords[w] || months[w] || adverbialAdjectives[w]:
		case cueForms[w] != nil && cueForms[w].nounToo:
		case t.Kind == text.Punct && (w == "." || w == "-"):
		default:
			return false
		}
	}
	return true
}

// adverbialAdjectives qualify the occasion of a fronted adverbial: "In
// his first comments", "In a televised address".
var adverbialAdjectives = set("first last recent latest televised separate earlier later new weekly annual final brief joint written")

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
			if isComma(d, k) && k+1 <= s.Last && (d.Tokens[k+1].Kind == text.QuoteMark || adjunctOpeners[d.Tokens[k+1].Lower]) {
				break // `..., said John Smith, a banker, in a note`
			}
			if !isComma(d, k) {
				end = k
			}
			continue
		}
		if k > a && (adjunctOpeners[w] && !participleBefore(d, k, a) || w == "who" || w == "which") {
			break // but "a source involved in the plan": the participle's phrase
		}
		if w == "," {
			// an appositive: "said John Smith, a spokesman for the ministry",
			// or a relative clause: "said Biden, who served as a senator"
			if k+1 > s.Last {
				break
			}
			if n := d.Tokens[k+1]; n.Kind == text.Word && !(strings.HasSuffix(n.Lower, "ing") && !n.Upper) &&
				n.Lower != "according" && !coordinators[n.Lower] && (!subordinators[n.Lower] || n.Lower == "who") && !cueInRange(d, k+1, s.Last) {
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

// adjunctOpeners open what may follow a speaker named after the cue: "in
// a statement", "told reporters", "according to".
var adjunctOpeners = set("in on at during while when told to after before according")

// nameToEnd reports whether cue c is a verb that news puts before its
// speaker and the words after it, to the end of sentence s, are that
// speaker ending in a name: "..., said Canada's chief economist, David
// Brassard." Whatever stands before the cue is then its content, even when
// it looks like a subject to the rules ("The numbers end the talk").
func nameToEnd(d *text.Doc, s text.Sentence, c cue) bool {
	a, last := c.last+1, s.Last
	for last > a && d.Tokens[last].Kind == text.Punct {
		last--
	}
	if c.verb == nil || !invertingVerbs[c.verb.lemma] || last < a || !d.Tokens[a].Upper && !determiners[d.Tokens[a].Lower] {
		return false
	}
	name := 0 // capitalised words since the last comma
	for k := a; k <= last; k++ {
		t := d.Tokens[k]
		if isComma(d, k) && name > 0 && k+1 <= last && appositiveOrAdjunct(d.Tokens[k+1].Lower) {
			return true // "..., said Fischer, including one with ...", "said Smith, a banker"
		}
		switch {
		case t.Kind == text.QuoteMark || finiteVerbs[t.Lower] || subjectPronouns[t.Lower] || t.Lower == "that":
			return false
		case isComma(d, k):
			name = 0
		case t.Kind == text.Word && t.Upper:
			if name >= 0 {
				name++
			}
		case t.Lower == "." || t.Lower == "-":
		default:
			name = -1 // a lower-case word: no name closes the sentence yet
		}
	}
	return name > 0
}

// infinitiveAt reports whether an infinitive follows cue c at token a, as
// the content of a verb that takes one: "hopes to secure", not "said to
// reporters".
func infinitiveAt(d *text.Doc, c cue, a, l int) bool {
	return c.verb != nil && infinitiveVerbs[c.verb.lemma] && a+1 <= l && d.Tokens[a].Lower == "to" &&
		d.Tokens[a+1].Kind == text.Word && !d.Tokens[a+1].Upper && !determiners[d.Tokens[a+1].Lower]
}

// infinitiveVerbs take their content as an infinitive: "hopes to win".
var infinitiveVerbs = set("hope want plan seek intend vow pledge promise aim expect try refuse decline agree threaten")

// participleBefore reports whether the word before token k (and after a)
// qualifies the speaker so that a preposition at k continues it: "a source
// involved in", "a person familiar with", "a group based in".
func participleBefore(d *text.Doc, k, a int) bool {
	if k-1 <= a {
		return false
	}
	w := d.Tokens[k-1].Lower
	return !d.Tokens[k-1].Upper && (len(w) > 4 && strings.HasSuffix(w, "ed") || w == "familiar" || w == "close")
}

// appositiveOrAdjunct reports whether a lower-case word w, after a comma
// that follows a speaker's name, opens what may follow a name: an
// appositive ("a banker"), a relative or participle clause, an adjunct.
func appositiveOrAdjunct(w string) bool {
	return !finiteVerbs[w] && (determiners[w] || adjunctOpeners[w] || w == "who" || w == "which" || strings.HasSuffix(w, "ing"))
}

// invertingVerbs are the cue verbs news puts before their speaker: "...,
// said John Smith".
var invertingVerbs = set("say add write explain note continue ask warn argue insist recall reply respond conclude concede acknowledge admit claim declare")

// verbToken is the token of cue c's verb, after the auxiliaries and
// adverbs it was widened over ("has long said", "directly criticizing").
func verbToken(d *text.Doc, c cue) int {
	k := c.first
	for k < c.last && cueModifier(d.Tokens[k].Lower) {
		k++
	}
	return k
}

// preposed recognises "X said (that) Y", "X, a spokesman, said Y".
func preposed(d *text.Doc, s text.Sentence, c cue, cl Claim, earlier []Claim) (Claim, bool) {
	participle := strings.HasSuffix(d.Tokens[verbToken(d, c)].Lower, "ing")
	if !subjectBefore(d, s, c.first, participle, earlier, &cl) {
		return cl, false
	}
	cl.preposed = true
	return contentAfter(d, s, c, cl)
}

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
