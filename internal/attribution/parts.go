package attribution

import (
	"strings"

	"github.com/claimledger/claimledger/internal/text"
)

// Contents in several parts: a quotation or clause resumed after the cue
// that interrupts it, and the quotations that go on after its sentence.

// addRest takes in the rest of a content that the cue interrupts: a
// quotation resumed after it (`"We will win," he said, "whatever it
// costs."`) or a clause (`Acts of protest, he said, are acts of
// patriotism.`). a is the first token after the source and cue.
func addRest(d *text.Doc, s text.Sentence, a int, cl *Claim) {
	k := a
	for k <= s.Last && k < a+6 && !isComma(d, k) && (contentAdverbials[d.Tokens[k].Lower] || d.Tokens[k].Upper) {
		k++
	}
	if k < s.Last && isComma(d, k) {
		if rest := restAfter(d, s, k+1); rest.End > rest.Start {
			addPart(cl, rest)
			return
		}
	}
	// a quotation resumes after a longer adjunct: `"...," he told
	// reporters, "..."`, `Tester said, referring to the excuse, "..."`
	if q := resumedQuote(d, s, a); q >= 0 {
		addPart(cl, d.Quotes[q].Range)
	}
}

// restAfter returns the rest of an interrupted content that starts at token
// k, after the comma that closes the interruption, or an empty range.
func restAfter(d *text.Doc, s text.Sentence, k int) text.Range {
	t := d.Tokens[k]
	if coordinators[t.Lower] && k+1 <= s.Last && d.Tokens[k+1].Kind == text.QuoteMark && d.Tokens[k+1].Open {
		k++ // `he said, but "..."`
		t = d.Tokens[k]
	}
	switch {
	case t.Kind == text.QuoteMark && t.Open:
		if q := d.QuoteAt(t.Start); q >= 0 {
			return d.Quotes[q].Range
		}
	case t.Kind == text.Word && !t.Upper && !strings.HasSuffix(t.Lower, "ing") && t.Lower != "according" &&
		!coordinators[t.Lower] && !subordinators[t.Lower] && !prepositions[t.Lower] && t.Lower != "who":
		return contentTo(d, k, s.Last)
	}
	return text.Range{}
}

// addPart appends a part to a claim's content.
func addPart(cl *Claim, r text.Range) {
	if len(cl.Parts) == 0 {
		cl.Parts = []text.Range{cl.Content}
	}
	cl.Parts = append(cl.Parts, r)
	cl.Content.End = r.End
}

// resumedQuote finds the quotation a content resumes with after the
// adjunct that starts at token a: one comma later, within a dozen tokens
// with no quotation mark or clause break among them, and ending the
// sentence. It returns the quotation's index, or -1.
func resumedQuote(d *text.Doc, s text.Sentence, a int) int {
	if a <= s.Last && isComma(d, a) {
		a++
	}
	for k := a; k < s.Last && k < a+14; k++ {
		t := &d.Tokens[k]
		if t.Kind == text.QuoteMark || t.Lower == ";" || t.Lower == ":" || isDash(t.Lower) || cueForms[t.Lower] != nil {
			return -1 // `he said, adding, "..."`: the quotation is another cue's
		}
		if !isComma(d, k) {
			continue
		}
		n := k + 1
		if coordinators[d.Tokens[n].Lower] && n < s.Last {
			n++
		}
		if o := d.Tokens[n]; o.Kind != text.QuoteMark || !o.Open {
			return -1
		}
		q := d.QuoteAt(d.Tokens[n].Start)
		if q < 0 || d.Quotes[q].End < s.End-1 {
			return -1
		}
		return q
	}
	return -1
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
