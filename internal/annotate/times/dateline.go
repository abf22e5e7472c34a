package times

import (
	"time"

	"github.com/claimledger/claimledger/internal/text"
)

// datelineParagraphs and datelineBytes bound where a dateline may be: in the
// first lines of the text, before the story proper.
const (
	datelineParagraphs = 4
	datelineBytes      = 600
	datelineLead       = 14 // tokens before the date (place names, labels)
)

// Dateline returns the date given at the top of the text, when there is
// one: a wire dateline ("KABUL, Afghanistan (Jan. 25, 2013) —", "LONDON, 12
// March 2024 —"), a label ("Published: 2023-05-24") or a line holding only a
// date. The date must carry its year: "WASHINGTON, May 3 (Reuters) -" gives
// nothing, since guessing the year would make every date resolved against it
// wrong by as much.
func Dateline(d *text.Doc) (time.Time, bool) {
	if d == nil || len(d.Tokens) == 0 {
		return time.Time{}, false
	}
	s := scanner{d: d, toks: d.Tokens}
	for pi, p := range d.Paragraphs {
		if pi >= datelineParagraphs || p.Start >= datelineBytes {
			break
		}
		first := d.TokenAt(p.Start)
		last := first
		for last+1 < len(d.Tokens) && d.Tokens[last+1].Start < p.End {
			last++
		}
		if t, ok := s.datelineIn(first, last); ok {
			return t, true
		}
		if w := d.Tokens[last].Lower; w == "." || w == "?" || w == "!" {
			break // the story has begun: a headline or byline has no final stop
		}
	}
	return time.Time{}, false
}

// datelineIn looks for a full date among the first tokens of the paragraph
// [first, last], led only by place names and labels and followed by the
// end of the line or the dateline's closing mark.
func (s *scanner) datelineIn(first, last int) (time.Time, bool) {
	for k := first; k <= last && k <= first+datelineLead; k++ {
		c, ok := s.isoDate(k)
		if !ok {
			c, ok = s.explicitDate(k)
		}
		if ok && c.y != 0 && c.d != 0 && !c.impossible {
			if !s.datelineTail(c.end, last) {
				return time.Time{}, false
			}
			return date(c.y, c.m, c.d), true
		}
		if !datelineLeadToken(&s.toks[k]) {
			return time.Time{}, false
		}
	}
	return time.Time{}, false
}

// datelineLeadToken accepts what precedes the date in a dateline.
func datelineLeadToken(t *text.Token) bool {
	switch t.Kind {
	case text.Word:
		if t.Upper {
			return true
		}
		switch t.Lower {
		case "published", "updated", "posted", "on", "date", "dateline", "last", "modified", "first", "at":
			return true
		}
	case text.Punct:
		switch t.Lower {
		case ",", "(", "[", ":", "-", "--", "—", "–", "|", "/", ".":
			return true
		}
	}
	return false
}

// datelineTail accepts what follows the date: the end of the line, a closing
// bracket, a dash, a separator, or a time of day.
func (s *scanner) datelineTail(k, last int) bool {
	if k > last {
		return true
	}
	t := &s.toks[k]
	switch t.Kind {
	case text.Number:
		return s.word(k+1) == ":" || s.word(k+1) == "."
	case text.Punct:
		switch t.Lower {
		case ")", "]", "-", "--", "—", "–", "|", "/", ",", ".":
			return true
		}
	case text.Word:
		switch t.Lower {
		case "at", "gmt", "utc", "et", "edt", "est", "bst", "cet":
			return true
		}
	}
	return false
}
