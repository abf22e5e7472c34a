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

// ContentParts returns the parts of the content, the content itself when
// it is in one piece.
func (c *Claim) ContentParts() []text.Range {
	if len(c.Parts) == 0 {
		return []text.Range{c.Content}
	}
	return c.Parts
}

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
		if !NoSpeaker(d, c.Source) {
			kept = append(kept, c)
		}
	}
	return kept
}

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
	if e := datelineEnd(d, s.First, c.first-1); e > s.First && e < c.first {
		s.First = e // "WASHINGTON -- President Obama, dedicating ..., said"
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
		// a quotation opening the content runs to its close, even across
		// sentences, unless the clause goes on after it: `says "touchy-feely"
		// politics does not fit`
		if n := quoteEnd(d, a) + 1; n < b && d.Tokens[n].Kind == text.Word && !d.Tokens[n].Upper && !pronouns[d.Tokens[n].Lower] &&
			cueForms[d.Tokens[n].Lower] == nil && !coordinators[d.Tokens[n].Lower] && d.Tokens[n].SpaceBefore {
			return tokRange(d, a, trimEnd(d, a, b))
		}
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
