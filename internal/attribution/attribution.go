// Package attribution finds attributed statements: who (source) says what
// (content) through which words (cue), with the statement's form and stance.
//
// It works sentence by sentence on the token layer with closed word classes
// and a cue lexicon, no statistical model: the three shapes of news
// attribution it knows are the pre-posed "X said (that) Y", the post-posed
// "Y, X said" (and inverted "Y, said X"), and "according to X".
package attribution

import (
	"sort"
	"strings"

	"github.com/claimledger/claimledger/internal/text"
)

// Claim is one attribution in byte offsets. Source is empty (Start == End)
// when the text names no speaker.
type Claim struct {
	Source  text.Range
	Cue     text.Range
	Content text.Range
	Parts   []text.Range
	Stance  string
	Belief  bool
	// Sentence is the index of the sentence holding the cue.
	Sentence int
	lemma    string
	cueFirst int
	// sourceFrom names the claim whose source this one shares (a participle
	// such as ", labelling ..." or ", adding ..."), or -1.
	sourceFrom int
	preposed   bool
}

// HasSource reports whether the text names the speaker.
func (c *Claim) HasSource() bool { return c.Source.End > c.Source.Start }

// Find returns the attributions of d in text order of their cues.
func Find(d *text.Doc) []Claim {
	var out []Claim
	for si, s := range d.Sentences {
		first := len(out)
		for i := s.First; i <= s.Last; i++ {
			if d.Tokens[i].Kind != text.Word || d.QuoteAt(d.Tokens[i].Start) >= 0 {
				continue // words inside a quotation are the quoted speaker's
			}
			c, ok := findCue(d, i, s.First, s.Last)
			if !ok {
				continue
			}
			c = widenCue(d, c, s.First)
			if cl, ok := build(d, s, si, c, out[first:]); ok {
				followQuotes(d, si, &cl)
				out = append(out, cl)
				i = c.last
			}
		}
		trimOverlaps(d, out[first:])
		EndAtCoordinated(d, out[first:])
	}
	var extra []Claim
	for _, p := range d.Paragraphs {
		if c, ok := colonSpeaker(d, p); ok {
			extra = append(extra, c)
		}
	}
	extra = append(extra, dashSigned(d)...)
	for _, c := range extra {
		if !covered(out, c) {
			out = append(out, c)
		}
	}
	if len(extra) > 0 {
		sort.SliceStable(out, func(i, j int) bool { return out[i].Cue.Start < out[j].Cue.Start })
	}
	for i := range out {
		trimSource(d, &out[i])
		dropParenthetical(d, &out[i])
		takeProportion(d, &out[i])
		takeQuantifier(d, &out[i])
		takeColon(d, &out[i])
	}
	CloseAppositives(d, out)
	kept := out[:0]
	for _, c := range out {
		if !articleOnly(d, c.Source) {
			kept = append(kept, c)
		}
	}
	return kept
}

// dropParenthetical cuts a writer's aside off the end of a source:
// "Clinton, meanwhile, said" has "Clinton" for speaker.
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
	closed := map[text.Range]text.Range{}
	for i := range cls {
		before := cls[i].Source
		if closeAppositive(d, &cls[i]) {
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

// articleOnly reports whether a source is an article and nothing more ("an"
// of "In an earlier post, X wrote"): a misreading, not a speaker.
func articleOnly(d *text.Doc, r text.Range) bool {
	if r.End <= r.Start {
		return false
	}
	k := d.TokenAt(r.Start)
	return k < len(d.Tokens) && d.Tokens[k].End >= r.End && (d.Tokens[k].Lower == "a" || d.Tokens[k].Lower == "an" || d.Tokens[k].Lower == "the")
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
		b--
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

// leadingAdverbs open a sentence before its subject without being part of it.
var leadingAdverbs = set("now then meanwhile separately still today yesterday instead also")

// covered reports whether a claim's content is already another's.
func covered(cls []Claim, c Claim) bool {
	for _, o := range cls {
		lo, hi := max(o.Content.Start, c.Content.Start), min(o.Content.End, c.Content.End)
		if hi > lo && 2*(hi-lo) > c.Content.End-c.Content.Start {
			return true
		}
	}
	return false
}

// build turns a cue into a claim, or reports that it is none.
func build(d *text.Doc, s text.Sentence, si int, c cue, earlier []Claim) (Claim, bool) {
	if w := d.Tokens[s.First]; w.Upper && (w.Lower == "and" || w.Lower == "but") && s.First+1 < c.first &&
		d.Tokens[s.First+1].Kind == text.Word {
		s.First++ // "And Sen. Rob Portman, another incumbent, said": the writer's link
	}
	cl := Claim{Cue: text.Range{Start: d.Tokens[c.first].Start, End: d.Tokens[c.last].End},
		Stance: c.verb.stance, Belief: c.verb.belief, Sentence: si, lemma: c.verb.lemma,
		cueFirst: c.first, sourceFrom: -1}
	if c.kind == cueAccordingTo {
		return accordingTo(d, s, c, cl)
	}
	if c.verb.lemma == "ask" {
		if cl, ok := question(d, s, c, cl, earlier); ok {
			return cl, true
		}
	}
	if postposed(d, s, c, &cl) {
		return cl, true
	}
	return preposed(d, s, c, cl, earlier)
}

// accordingTo handles "According to X, Y." and "Y, according to X."
func accordingTo(d *text.Doc, s text.Sentence, c cue, cl Claim) (Claim, bool) {
	after := c.last + 1
	if after > s.Last || notASource[d.Tokens[after].Lower] {
		return cl, false
	}
	if atClauseStart(d, c.first, s.First) {
		comma := nextPunct(d, after, s.Last, ",")
		if comma < 0 || comma+1 > s.Last {
			return cl, false
		}
		cl.Source = tokRange(d, after, comma-1)
		cl.Content = contentTo(d, comma+1, s.Last)
		return cl, cl.Content.End > cl.Content.Start
	}
	// "Y, according to X[, Z]."
	end := s.Last
	if comma := nextPunct(d, after, s.Last, ","); comma > 0 {
		end = comma - 1
	}
	end = trimEnd(d, after, end)
	if end < after {
		return cl, false
	}
	cl.Source = tokRange(d, after, end)
	start := s.First
	cEnd := c.first - 1
	if cEnd >= start && d.Tokens[cEnd].Lower == "," {
		cEnd--
	}
	if cEnd < start {
		return cl, false
	}
	cl.Content = contentBefore(d, leadEnd(d, start, cEnd), cEnd)
	// "Y, according to X, Z": the content goes on after the source
	if end+1 < s.Last && isComma(d, end+1) {
		if rest := contentTo(d, end+2, s.Last); rest.End > rest.Start && !strings.HasSuffix(d.Tokens[end+2].Lower, "ing") {
			cl.Parts = []text.Range{cl.Content, rest}
			cl.Content.End = rest.End
		}
	}
	return cl, cl.Content.End > cl.Content.Start
}

// notASource are what "according to" also goes with when nobody speaks:
// "if all goes according to plan".
var notASource = set("plan plans schedule script tradition custom protocol design form expectations expectation")

// atClauseStart reports whether token i opens its sentence, allowing a
// leading conjunction or adverb ("But according to ...").
func atClauseStart(d *text.Doc, i, f int) bool {
	for k := f; k < i; k++ {
		w := d.Tokens[k].Lower
		if !(coordinators[w] || w == "however" || w == "," || w == "also" || w == "and" || d.Tokens[k].Kind == text.QuoteMark) {
			return false
		}
	}
	return true
}

func nextPunct(d *text.Doc, from, to int, p string) int {
	for k := from; k <= to; k++ {
		if d.Tokens[k].Lower == p {
			return k
		}
	}
	return -1
}

func tokRange(d *text.Doc, a, b int) text.Range {
	if b < a {
		return text.Range{Start: d.Tokens[a].Start, End: d.Tokens[a].Start}
	}
	return text.Range{Start: d.Tokens[a].Start, End: d.Tokens[b].End}
}

// trimEnd drops final punctuation other than closing quotation marks.
func trimEnd(d *text.Doc, a, b int) int {
	for b >= a {
		t := d.Tokens[b]
		if t.Kind == text.Punct && t.Lower != ")" {
			b--
			continue
		}
		break
	}
	return b
}

// contentTo is the content from token a to the sentence end at b: final
// punctuation dropped unless a quotation closes after it.
func contentTo(d *text.Doc, a, b int) text.Range {
	if a > b {
		return text.Range{}
	}
	if q := d.QuoteAt(d.Tokens[a].Start); q >= 0 && d.Quotes[q].Start == d.Tokens[a].Start {
		// a quotation opening the content runs to its close, even across sentences
		return d.Quotes[q].Range
	}
	if d.Tokens[b].Kind == text.QuoteMark && !d.Tokens[b].Open {
		return tokRange(d, a, b)
	}
	r := tokRange(d, a, trimEnd(d, a, b))
	// a quotation opened inside the content runs to its close
	if q := d.QuoteAt(r.End - 1); q >= 0 && d.Quotes[q].Start >= r.Start && d.Quotes[q].End > r.End {
		r.End = d.Quotes[q].End
	}
	return r
}

// contentBefore is the content from token a to token b that ends before a
// post-posed cue: a quotation closing at b is taken whole.
func contentBefore(d *text.Doc, a, b int) text.Range {
	t := d.Tokens[b]
	if t.Kind == text.QuoteMark && !t.Open {
		if q := d.QuoteAt(t.Start); q >= 0 && d.Quotes[q].End == t.End {
			// the quotation may have opened in an earlier sentence
			if d.Quotes[q].Start < d.Tokens[a].Start || atClauseStart(d, d.TokenAt(d.Quotes[q].Start), a) {
				return d.Quotes[q].Range
			}
		}
		return tokRange(d, a, b)
	}
	return tokRange(d, a, trimEnd(d, a, b))
}
