package attribution

// The edges of the spans the shapes find, set as news attribution corpora
// mark them: what of the words around a speaker or a cue is the writer's,
// and what belongs to the speaker or the cue.

import (
	"strings"

	"github.com/claimledger/claimledger/internal/text"
)

// dropParenthetical cuts a writer's aside off the end of a source:
// "Clinton, meanwhile, said" has "Clinton" for speaker.
// TidySource trims a claim's source of what the writer put around the
// speaker: punctuation, fronted adverbials, asides, the occasion.
func TidySource(d *text.Doc, c *Claim) {
	trimSource(d, c)
	dropParenthetical(d, c)
}

func dropParenthetical(d *text.Doc, c *Claim) {
	if !c.HasSource() {
		return
	}
	a, b := d.TokenAt(c.Source.Start), d.TokenAt(c.Source.End-1)
	if b >= len(d.Tokens) {
		return
	}
	for k := a + 1; k < b; k++ {
		if !isComma(d, k) {
			continue
		}
		var words []string
		for j := k + 1; j <= b && !isComma(d, j); j++ {
			words = append(words, d.Tokens[j].Lower)
		}
		if asides[strings.Join(words, " ")] {
			c.Source.End = d.Tokens[k-1].End
			return
		}
	}
}

// asides are the writer's words set off by commas after a subject.
var asides = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range []string{"meanwhile", "however", "too", "though", "also", "instead", "still", "in turn", "for example",
		"for instance", "for his part", "for her part", "for their part", "for its part", "in contrast", "by contrast",
		"for now", "so far", "at least"} {
		m[w] = true
	}
	return m
}()

// takeProportion takes into a source that ends with a number the rest of
// its proportion, "Six in 10", when only the cue follows it.
func takeProportion(d *text.Doc, c *Claim) {
	if !c.HasSource() || c.Source.End > c.Cue.Start {
		return
	}
	b := d.TokenAt(c.Source.End - 1)
	if b+2 >= len(d.Tokens) || d.Tokens[b].Kind != text.Number && !numberWords[d.Tokens[b].Lower] && !smallNumbers[d.Tokens[b].Lower] {
		return
	}
	if in, n := d.Tokens[b+1], d.Tokens[b+2]; in.Lower == "in" && (n.Kind == text.Number || n.Lower == "ten") && n.End <= c.Cue.Start &&
		strings.TrimSpace(d.Text[n.End:c.Cue.Start]) == "" {
		c.Source.End = n.End
	}
}

// smallNumbers are the number words of proportions: "one in five".
var smallNumbers = set("one")

// takeQuantifier takes into a source that opens with a number the words
// that qualify it: "More than 40 percent of voters", "About 3 in 10".
func takeQuantifier(d *text.Doc, c *Claim) {
	if !c.HasSource() {
		return
	}
	a := d.TokenAt(c.Source.Start)
	if a >= len(d.Tokens) || d.Tokens[a].Kind != text.Number && !numberWords[d.Tokens[a].Lower] {
		return
	}
	for _, q := range quantifiers {
		n := len(q)
		if a-n < 0 {
			continue
		}
		ok := true
		for j, w := range q {
			if d.Tokens[a-n+j].Lower != w {
				ok = false
				break
			}
		}
		if ok {
			c.Source.Start = d.Tokens[a-n].Start
			return
		}
	}
}

// quantifiers qualify a number, longest first.
var quantifiers = [][]string{{"as", "many", "as"}, {"more", "than"}, {"fewer", "than"}, {"less", "than"}, {"at", "least"},
	{"up", "to"}, {"just", "over"}, {"just", "under"}, {"about"}, {"around"}, {"nearly"}, {"almost"}, {"roughly"},
	{"some"}, {"approximately"}, {"only"}, {"over"}}

// takeColon takes into a cue the colon right after it that opens its
// content, "said:", as news attribution corpora mark the cue.
func takeColon(d *text.Doc, c *Claim) {
	k := d.TokenAt(c.Cue.End)
	if k < len(d.Tokens) && d.Tokens[k].Lower == ":" && d.Tokens[k].Start >= c.Cue.End && d.Tokens[k].End <= c.Content.Start {
		c.Cue.End = d.Tokens[k].End
	}
}

// CloseAppositives takes into a source before its cue the comma that
// closes its appositive, "Huma Abedin, vice chairwoman of the campaign,
// emailed", as news attribution corpora mark the speaker's phrase; claims
// that share the speaker share the span.
func CloseAppositives(d *text.Doc, cls []Claim) {
	var closed map[text.Range]text.Range // most documents close none
	for i := range cls {
		before := cls[i].Source
		if closeAppositive(d, &cls[i]) {
			if closed == nil {
				closed = map[text.Range]text.Range{}
			}
			closed[before] = cls[i].Source
		}
	}
	for i := range cls {
		if r, ok := closed[cls[i].Source]; ok {
			cls[i].Source = r // the same speaker for "said ..., adding ..."
		}
	}
}

// closeAppositive closes the appositive of one claim's source, and reports
// whether it did.
func closeAppositive(d *text.Doc, c *Claim) bool {
	if !c.HasSource() || c.Source.End > c.Cue.Start {
		return false
	}
	a, b := d.TokenAt(c.Source.Start), d.TokenAt(c.Source.End-1)
	if b+2 >= len(d.Tokens) || !isComma(d, b+1) || d.Tokens[b+2].Start != c.Cue.Start {
		return false
	}
	for k := a + 1; k < b; k++ {
		if isComma(d, k) {
			c.Source.End = d.Tokens[b+1].End
			return true
		}
	}
	return false
}

// NoSpeaker reports whether a source names nobody: an article and nothing
// more ("an" of "In an earlier post, X wrote"), or the "Please" of the
// writer's instruction ("Please note that ..."): misreadings.
func NoSpeaker(d *text.Doc, r text.Range) bool {
	if r.End <= r.Start {
		return false
	}
	k := d.TokenAt(r.Start)
	if k >= len(d.Tokens) || d.Tokens[k].End < r.End {
		return false
	}
	switch d.Tokens[k].Lower {
	case "a", "an", "the", "please":
		return true
	}
	return false
}

// trailingAdverb reports whether a word ending a speaker phrase is an
// adverb of the verb after it: "Reid frequently", "Mr. Trump hardly".
func trailingAdverb(w string) bool {
	return len(w) >= 5 && strings.HasSuffix(w, "ly") && !lyNouns[w] || trailingWords[w]
}

// lyNouns end in "-ly" without being adverbs.
var lyNouns = set("family assembly supply anomaly monopoly homily melancholy weekly monthly quarterly early daily holy belly bully jelly folly rally reply")

// trailingWords are adverbs and auxiliaries that end a phrase taken for a
// speaker only by mistake: "he doesn't even", "Bentel and almost".
var trailingWords = set("long also even almost still just not never doesn't didn't don't won't can't isn't wasn't doesn’t didn’t don’t won’t can’t isn’t wasn’t has have had will would does did")

// trimSource drops punctuation at the edges of a source, "(UPS
// corporate communications" → "UPS corporate communications", keeping a
// closing bracket whose opening the source holds; and a participle clause
// or adverb after the speaker.
func trimSource(d *text.Doc, c *Claim) {
	if !c.HasSource() {
		return
	}
	a, b := d.TokenAt(c.Source.Start), d.TokenAt(c.Source.End-1)
	if a >= len(d.Tokens) || b >= len(d.Tokens) {
		return
	}
	for a < b && (d.Tokens[a].Kind == text.Punct || d.Tokens[a].Kind == text.QuoteMark || d.Tokens[a].Lower == "'s" || d.Tokens[a].Lower == "’s" ||
		(leadingAdverbs[d.Tokens[a].Lower] || leadingTime(d, a, b)) && d.Tokens[a+1].Kind == text.Word) {
		a++ // "Now Strava says", "Monday night No 10 confirmed": the writer's adverb
	}
	a = afterFrontedPhrase(d, a, b)
	// a fronted adverbial is none of the speaker: "Earlier this week, Todd
	// pressed ...", "Speaking at a town hall, Trump went after ..."
	for k := a + 1; k < b; k++ {
		if isComma(d, k) {
			if frontedAdverbial(d, a, k-1) && d.Tokens[k+1].Kind == text.Word {
				a = k + 1
			}
			break
		}
	}
	// a clause before the speaker's name is none of the speaker: "... a deal
	// was still possible, Sadeq Abu Amer told CBC"
	for k := b - 1; k > a; k-- {
		if !isComma(d, k) {
			continue
		}
		clause := false
		for j := a; j < k; j++ {
			w := d.Tokens[j].Lower
			if w == "who" || w == "which" || w == "that" || w == "whose" {
				clause = false
				break
			}
			if finiteVerbs[w] && !d.Tokens[j].Upper { // "Will Doyle" is a name
				clause = true
			}
		}
		if clause && d.Tokens[k+1].Upper {
			a = k + 1
		}
		break
	}
	// the occasion is no part of the speaker: "Indian Foreign Secretary
	// Vikram Misri in a news briefing in New Delhi accused ..."
	for k := a + 1; k+1 <= b; k++ {
		if w := d.Tokens[k].Lower; w == "," || w == "who" || w == "which" || w == "that" {
			break // an appositive's or a relative clause's occasion is theirs
		}
		if d.Tokens[k-1].Upper && occasionPrepositions[d.Tokens[k].Lower] && occasionAhead(d, k+1, b) {
			b = k - 1
			break
		}
	}
	// a participle clause is no part of the speaker: "Trump, speaking to
	// a veterans group, warned"
	for k := a + 1; k+1 <= b; k++ {
		if isComma(d, k) && d.Tokens[k+1].Kind == text.Word && !d.Tokens[k+1].Upper && strings.HasSuffix(d.Tokens[k+1].Lower, "ing") {
			b = k - 1
			break
		}
	}
	for b > a && (d.Tokens[b].Kind == text.Punct && !(d.Tokens[b].Lower == ")" && strings.Contains(d.Text[d.Tokens[a].Start:d.Tokens[b].Start], "(")) &&
		!(d.Tokens[b].Lower == "." && !d.Tokens[b].SpaceBefore && d.Tokens[b-1].Kind == text.Word) || // "Joseph R. Biden Jr."
		d.Tokens[b].Kind == text.QuoteMark || trailingAdverb(d.Tokens[b].Lower) && !d.Tokens[b].Upper) {
		if t := d.Tokens[b]; t.Kind == text.QuoteMark && !t.Open {
			if q := d.QuoteAt(t.Start); q >= 0 && d.Quotes[q].Start >= d.Tokens[a].Start {
				break // `The ad, titled "Unifier?"`: the title is the speaker's
			}
		}
		b--
	}
	if a == b && d.Tokens[a].Lower == "there" {
		c.Source = text.Range{} // "There were also fears that ...": nobody named
		return
	}
	if d.Tokens[a].Kind == text.Word || d.Tokens[a].Kind == text.Number {
		c.Source = text.Range{Start: d.Tokens[a].Start, End: d.Tokens[b].End}
	}
}

// leadingTime reports whether token a, in a source ending at token b, is a
// day or part of one that opens it as the writer's adverb ("Monday night
// No 10"), not as a possessive ("Friday's ruling").
func leadingTime(d *text.Doc, a, b int) bool {
	if !weekdays[d.Tokens[a].Lower] && !(partWords[d.Tokens[a].Lower] && a > 0 && weekdays[d.Tokens[a-1].Lower]) {
		return false
	}
	j := a + 1
	if j <= b && partWords[d.Tokens[j].Lower] {
		j++
	}
	return j <= b && d.Tokens[j].Lower != "'s" && d.Tokens[j].Lower != "’s"
}

// afterFrontedPhrase returns where the speaker begins when the source [a,
// b] opens with a phrase that has lost its comma: "On social media the
// Metropolitan Police said", "In a statement the ministry said". The
// speaker starts at the first article after the phrase's noun.
func afterFrontedPhrase(d *text.Doc, a, b int) int {
	p := a // the preposition, which the source may have left out
	if a > 0 && !frontingPrepositions[d.Tokens[a].Lower] {
		p = a - 1
	}
	if !frontingPrepositions[d.Tokens[p].Lower] || !d.Tokens[p].Upper {
		return a
	}
	for k := max(p+2, a+1); k <= b; k++ {
		t, p := d.Tokens[k], d.Tokens[k-1]
		if t.Kind != text.Word || p.Kind != text.Word {
			return a
		}
		if t.Upper && occasionNouns[p.Lower] {
			return k // "In a Bloomberg interview Trump declared"
		}
		if k == b || t.Lower != "the" && t.Lower != "a" && t.Lower != "an" || prepositions[p.Lower] || determiners[p.Lower] || coordinators[p.Lower] {
			continue
		}
		if !quantity(p.Lower) {
			return k
		}
		if q := d.Tokens[k-2]; k-1 > a && !prepositions[q.Lower] && !determiners[q.Lower] && !coordinators[q.Lower] {
			return k - 1 // "In Ohio half the voters said"
		}
	}
	return a
}

// frontingPrepositions open the phrases afterFrontedPhrase looks for.
var frontingPrepositions = set("on in at during after before from via through over since following amid")

// quantity reports whether w counts what follows it: "half the voters".
func quantity(w string) bool {
	return w == "half" || w == "all" || w == "both" || w == "twice" || w[0] >= '0' && w[0] <= '9'
}

// occasionPrepositions open the occasion of a statement: "in a briefing".
var occasionPrepositions = set("in at during on via through")

// occasionNouns name the occasions and media of statements.
var occasionNouns = set("statement statements interview interviews briefing speech letter post tweet tweets video conference remarks address op-ed email message call hearing appearance")

// occasionAhead reports whether an occasion noun stands among the first
// words from token a, within b.
func occasionAhead(d *text.Doc, a, b int) bool {
	for k := a; k <= b && k < a+4; k++ {
		if d.Tokens[k].Kind != text.Word {
			return false
		}
		if occasionNouns[d.Tokens[k].Lower] {
			return true
		}
	}
	return false
}

// leadingAdverbs open a sentence before its subject without being part of it.
var leadingAdverbs = set("now then meanwhile separately still today yesterday instead also even ultimately")
