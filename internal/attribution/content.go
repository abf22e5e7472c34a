package attribution

import (
	"strings"

	"github.com/claimledger/claimledger"
	"github.com/claimledger/claimledger/internal/text"
)

// Contents: where what is said begins and ends, past hearers, datelines,
// connectives and the writer's own remarks.

// contentAfter finds the content of a pre-posed cue.
func contentAfter(d *text.Doc, s text.Sentence, c cue, cl Claim) (Claim, bool) {
	a := c.last + 1
	start, marked := -1, false
	if a <= s.Last && d.Tokens[a].Kind == text.Punct && isDash(d.Tokens[a].Lower) && d.Tokens[a].SpaceBefore {
		// an aside between dashes before the content: "said — on Twitter,
		// as it happens — that ..."
		for k := a + 1; k <= s.Last && k < a+20; k++ {
			if t := &d.Tokens[k]; t.Kind == text.Punct && isDash(t.Lower) {
				if k+1 <= s.Last && (d.Tokens[k+1].Lower == "that" || d.Tokens[k+1].Kind == text.QuoteMark && d.Tokens[k+1].Open) {
					start, marked = k+1, true
				}
				break
			}
		}
	}
	if !marked && (a > s.Last || d.Tokens[a].Kind == text.Punct && d.Tokens[a].Lower != ":" && d.Tokens[a].Lower != ",") {
		return frontedObject(d, s, c, cl)
	}
	if c.verb.stance == claimledger.StanceLabel {
		// "called the statement "outlandish"": the labelled thing comes first
		start, marked = a, true
	}
	if !marked && infinitiveAt(d, c, a, s.Last) {
		start, marked = a, true // "hopes to win the seat": the infinitive, whatever "that" follows
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
			if p := d.Tokens[k-1].Lower; k > a && !inPhrase && (p == "a" || p == "an" || p == "the") {
				start = k - 1 // `says a "touchy-feely" image does not fit`: the quotation is a word of the content
			}
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
			c.verb.object && (t.Kind == text.Number && k > a && d.Tokens[k-1].Upper || (t.Lower == "'s" || t.Lower == "’s") && k > a) || // "told BBC Radio 4's Today"
			c.verb.object && k+1 <= s.Last && d.Tokens[k+1].Lower == ":" && t.Kind == text.Word || // "... programme:"
			c.verb.object && (pronouns[t.Lower] || t.Lower == "reporters" || t.Lower == "journalists") {
			continue
		}
		if inPhrase && (npToken(d, k) || k-a <= 3 && invertingVerbs[c.verb.lemma] && prepositions[d.Tokens[a].Lower] && nounBeforeThat(d, k, s.Last)) &&
			!subjectPronouns[t.Lower] && t.Kind != text.Punct {
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
		switch {
		case !strict[c.verb.lemma]:
		case c.verb.lemma == "show" || c.verb.lemma == "find":
			if !dataSource(d, cl) {
				return cl, false
			}
		case c.verb.lemma == "decline" || c.verb.lemma == "refuse":
			// "declined to comment", "refused to answer": a refusal on record
			if a > s.Last || d.Tokens[a].Lower != "to" {
				return cl, false
			}
		case c.verb.lemma == "urge":
			// "urged the public to remain vigilant"
			if !toAhead(d, a, s.Last) {
				return cl, false
			}
		default:
			return cl, false
		}
		start = skipWhen(d, a, s.Last)
		if c.verb.object {
			start = skipHearer(d, a, s.Last)
		}
	}
	for start <= s.Last && isComma(d, start) {
		start++
	}
	if start <= s.Last && !marked && coordinators[d.Tokens[start].Lower] {
		return cl, false // "rioters swear and make gun signs": no content
	}
	if start <= s.Last && !marked {
		if t := d.Tokens[start]; t.Kind == text.Word && !t.Upper && strings.HasSuffix(t.Lower, "ing") && !prepositions[t.Lower] && start > a {
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

// nounBeforeThat reports whether token k is a noun of saying right before
// "that": "said in televised remarks that ...".
func nounBeforeThat(d *text.Doc, k, l int) bool {
	v := cueForms[d.Tokens[k].Lower]
	return v != nil && v.nounToo && k+1 <= l && d.Tokens[k+1].Lower == "that"
}

// skipWhen returns the first token after a time adjunct at token k, or k
// when none stands there: "said Wednesday its air force ...", "said late on
// Tuesday ...", "said last week ...".
func skipWhen(d *text.Doc, k, l int) int {
	i := k
	for i <= l && i < k+2 && whenLeads[d.Tokens[i].Lower] {
		i++ // "late on", "early last"
	}
	if i > l {
		return k
	}
	w := d.Tokens[i].Lower
	if !dayWords[w] && !(i > k && (periodWords[w] || partWords[w])) {
		return k
	}
	i++
	if i <= l && partWords[d.Tokens[i].Lower] {
		i++
	}
	if i <= l && isComma(d, i) {
		i++
	}
	if i <= l && (finiteVerbs[d.Tokens[i].Lower] || d.Tokens[i].Lower == "'s" || d.Tokens[i].Lower == "’s") {
		return k // "said this week is decisive", "said Thursday's speeches": the time is the subject
	}
	return i
}

var (
	whenLeads   = set("on late early last this earlier")
	dayWords    = set("monday tuesday wednesday thursday friday saturday sunday today yesterday tonight overnight")
	periodWords = set("week weekend month year")
	partWords   = set("morning afternoon evening night")
)

// toAhead reports whether an infinitive "to" follows token a within a
// short object: "urged the public to ...".
func toAhead(d *text.Doc, a, l int) bool {
	for k := a; k <= l && k < a+8; k++ {
		t := &d.Tokens[k]
		if t.Lower == "to" {
			return k > a
		}
		if t.Kind != text.Word && t.Lower != "'s" && t.Lower != "’s" {
			return false
		}
	}
	return false
}

// dataSource reports whether a claim's source is a poll, study or other
// record, whose "shows X leading" needs no "that".
func dataSource(d *text.Doc, cl Claim) bool {
	if !cl.HasSource() {
		return false
	}
	k := d.TokenAt(cl.Source.End - 1)
	for ; k >= 0 && d.Tokens[k].Start >= cl.Source.Start; k-- {
		if dataNouns[d.Tokens[k].Lower] {
			return true
		}
	}
	return false
}

var dataNouns = set("poll polls survey surveys data study studies analysis research figures numbers results statistics records documents video footage census")

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
	a = datelineEnd(d, a, b)
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

// datelineEnd returns the first token after a dateline opening tokens
// [a, b] (a place in capitals, or two: "BEIRUT/THE HAGUE", maybe a country,
// a date or "(AP)", then a dash), or a when there is none.
func datelineEnd(d *text.Doc, a, b int) int {
	if t := d.Tokens[a]; t.Kind == text.Word && len(t.Lower) > 1 && strings.ToUpper(d.TokenText(a)) == d.TokenText(a) {
		for k := a + 1; k < b && k < a+14; k++ {
			t := d.Tokens[k]
			if t.Kind == text.Punct && (isDash(t.Lower) || t.Lower == ":" && paragraphStart(d, a)) {
				return k + 1 // "KYIV —", and opening a paragraph "BHOPAL:"
			}
			if !(t.Upper || t.Kind == text.Number || t.Lower == "," || t.Lower == "(" || t.Lower == ")" || t.Lower == "." || t.Lower == "/") {
				break
			}
		}
	}
	return a
}

// paragraphStart reports whether token k opens a paragraph.
func paragraphStart(d *text.Doc, k int) bool {
	return k == 0 || d.ParagraphOf(d.Tokens[k].Start) != d.ParagraphOf(d.Tokens[k-1].Start)
}

// clauseBreaks after a comma end a content: what follows is the writer's.
// A participle clause does too, but ", including ..." runs on.
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
			if n.Kind == text.Word && !n.Upper && strings.HasSuffix(n.Lower, "ing") && len(n.Lower) > 5 && n.Lower != "including" || clauseBreaks[n.Lower] ||
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
