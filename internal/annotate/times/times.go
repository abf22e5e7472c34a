// Package times finds dates and durations in news text and resolves them
// against the publication date.
//
// Candidates are found by token-level rules, one pass over the tokens with
// lexicon switches, and resolved here with calendar arithmetic. The
// go-dateparser module is not used: it runs at well under 1 MB/s over
// running text, turns phrases such as "two years after the war" into dates,
// and still needs a candidate finder in front of it; what is left for it to
// do once the candidate is known (a month name, a weekday, a count of units)
// is a few lines of arithmetic that must follow news conventions anyway.
//
// Conventions, chosen for past-tense reporting:
//   - a weekday alone ("said Tuesday", "On Tuesday", "Monday's assault") is
//     the most recent such day, the publication day included: wire copy
//     names the current day by its weekday. A future cue in the sentence
//     ("will", "due", "scheduled") turns it forward, again counting the
//     publication day; "last"/"next" skip the publication day;
//   - a month alone ("in March") is the most recent such month not after
//     publication, or the next one in a future sentence;
//   - a day without a year ("on May 22") stays in the publication year unless
//     that puts it more than two months ahead, then it is last year's;
//   - weeks are ISO 8601 weeks ("2023-W20"); decades ("the 1990s") are left
//     out, since the contract has no decade grain;
//   - the span of a date includes a leading "on" or "in" ("On Tuesday",
//     "in March"), but not "since", "by" or "until", which change its sense;
//   - with an unknown publication date (the zero time) only dates that carry
//     their year are resolved; durations need no anchor and are always kept.
package times

import (
	"strings"
	"time"

	"github.com/claimledger/claimledger"
	"github.com/claimledger/claimledger/internal/text"
)

// Find returns the dates and durations in d, in text order, resolved
// against published (the zero time when unknown).
func Find(d *text.Doc, published time.Time) []claimledger.Time {
	if d == nil || len(d.Tokens) == 0 {
		return nil
	}
	s := scanner{d: d, toks: d.Tokens}
	if !published.IsZero() {
		y, m, dd := published.Date()
		s.pub, s.known = date(y, m, dd), true
	}
	var out []claimledger.Time
	for i := 0; i < len(s.toks); {
		h, ok := s.at(i)
		if !ok || h.end <= i {
			i++
			continue
		}
		if h.value != "" {
			a, b := s.toks[h.start].Start, s.toks[h.end-1].End
			out = append(out, claimledger.Time{Span: d.Span(a, b), Value: h.value, Grain: h.grain})
		}
		s.floor = h.end
		i = h.end
	}
	return out
}

// hit is one expression over tokens [start, end). An empty value marks an
// expression that is consumed but not reported (a relative date with no
// publication date to resolve it against).
type hit struct {
	start, end   int
	value, grain string
}

type scanner struct {
	d     *text.Doc
	toks  []text.Token
	pub   time.Time
	known bool
	// floor is the first token not yet taken by an earlier expression; no
	// expression may reach back before it.
	floor int
}

// at tries every expression that can have its head at token i.
func (s *scanner) at(i int) (hit, bool) {
	t := &s.toks[i]
	switch t.Kind {
	case text.Number:
		return s.numberAt(i)
	case text.Word:
	default:
		return hit{}, false
	}
	w := t.Lower
	if t.Upper {
		if m := monthOf(w, true); m != 0 {
			return s.monthAt(i, m)
		}
		if wd, ok := weekdayOf(w); ok {
			return s.weekdayAt(i, wd)
		}
	}
	switch w {
	case "yesterday", "today", "tonight", "tomorrow":
		return s.deicticAt(i)
	case "last", "this", "next", "past":
		return s.relativeAt(i)
	}
	if len(w) > 4 && w[:4] == "mid-" {
		return s.midAt(i)
	}
	if n := numberWord(w); n > 0 {
		return s.quantityAt(i, n, w == "a" || w == "an" || w == "one")
	}
	if h, ok := s.hyphenDuration(i); ok {
		return h, true
	}
	return hit{}, false
}

// word returns the lower-cased token i, or "" outside the text.
func (s *scanner) word(i int) string {
	if i < 0 || i >= len(s.toks) {
		return ""
	}
	return s.toks[i].Lower
}

// prev returns the lower-cased token i-1 when no earlier expression has
// taken it, else "".
func (s *scanner) prev(i int) string {
	if i-1 < s.floor {
		return ""
	}
	return s.toks[i-1].Lower
}

// glued reports whether token i follows token i-1 with no space.
func (s *scanner) glued(i int) bool {
	return i > 0 && i < len(s.toks) && !s.toks[i].SpaceBefore
}

// digits reads token i as a plain number of at most maxLen digits.
func (s *scanner) digits(i, maxLen int) (n, length int, ok bool) {
	if i < 0 || i >= len(s.toks) || s.toks[i].Kind != text.Number {
		return 0, 0, false
	}
	w := s.toks[i].Lower
	if len(w) > maxLen {
		return 0, 0, false
	}
	for k := 0; k < len(w); k++ {
		c := w[k]
		if c < '0' || c > '9' {
			return 0, 0, false
		}
		n = n*10 + int(c-'0')
	}
	return n, len(w), true
}

// dayNumber reads token i as a day of the month: "22", "22nd", "1st".
func (s *scanner) dayNumber(i int) (int, bool) {
	if i < 0 || i >= len(s.toks) || s.toks[i].Kind != text.Number {
		return 0, false
	}
	w := s.toks[i].Lower
	n, k := 0, 0
	for k < len(w) && k < 2 && w[k] >= '0' && w[k] <= '9' {
		n = n*10 + int(w[k]-'0')
		k++
	}
	if k == 0 || n < 1 || n > 31 {
		return 0, false
	}
	switch w[k:] {
	case "", "st", "nd", "rd", "th":
		return n, true
	}
	return 0, false
}

// year reads token i as a four-digit year between lo and hi.
func (s *scanner) year(i, lo, hi int) (int, bool) {
	n, l, ok := s.digits(i, 4)
	if !ok || l != 4 || n < lo || n > hi {
		return 0, false
	}
	return n, true
}

// yearFollows reports whether the token after a bare year lets it stay a
// year: punctuation, a capitalised word or a function word, but not a noun
// it would count ("2000 people").
func (s *scanner) yearFollows(i int) bool {
	if i >= len(s.toks) {
		return true
	}
	t := &s.toks[i]
	switch t.Kind {
	case text.Number:
		return s.word(i+1) == ":" // a time of day: "May 24, 2023 10:32"
	case text.Word:
		// a past verb ("the war of 1812 ended") cannot be the counted noun
		return t.Upper || afterYearWord(t.Lower) || strings.HasSuffix(t.Lower, "ed")
	}
	return true
}

// sentenceStart reports whether token i opens its sentence, allowing for an
// opening quotation mark or bracket.
func (s *scanner) sentenceStart(i int) bool {
	si := s.d.SentenceOf(i)
	if si >= len(s.d.Sentences) {
		return false
	}
	k := s.d.Sentences[si].First
	for k < i && (s.toks[k].Kind == text.QuoteMark || s.toks[k].Lower == "(") {
		k++
	}
	return k == i
}

// clauseReach bounds how far back a tense cue may govern a date.
const clauseReach = 12

// clauseBreak reports whether token t ends the clause a date belongs to
// when reading back from the date: a comma, semicolon, colon, dash,
// bracket or quotation mark.
func clauseBreak(t *text.Token) bool {
	switch t.Kind {
	case text.QuoteMark:
		return true
	case text.Punct:
		switch t.Lower {
		case ",", ";", ":", "—", "–", "--", "(", ")":
			return true
		}
	}
	return false
}

// futureChain reports whether a future cue governs the verb group ending
// at token k: auxiliaries and adverbs back to "will", "due to", "plans to".
func (s *scanner) futureChain(k, first int) bool {
	for n := 0; k >= first && n < 4; k, n = k-1, n+1 {
		w := s.toks[k].Lower
		if futureCue(w) {
			return true
		}
		switch w {
		case "be", "been", "have", "to", "not", "also", "then", "soon", "likely", "eventually", "finally":
			continue
		}
		if strings.HasSuffix(w, "ly") {
			continue
		}
		return false
	}
	return false
}

// direction reads the tense around tokens [start, end) in their sentence:
// the nearest cue before the expression wins, then the nearest after it.
func (s *scanner) direction(start, end int) direction {
	si := s.d.SentenceOf(start)
	if si >= len(s.d.Sentences) {
		return past
	}
	sent := s.d.Sentences[si]
	// back to the start of the clause: "we will have to cut rations by half
	// in April" is as future as "will meet in April"
	for k := start - 1; k >= sent.First && k >= start-clauseReach; k-- {
		t := &s.toks[k]
		w := t.Lower
		if clauseBreak(t) {
			break
		}
		if futureCue(w) {
			return future
		}
		if pastCue(w) || strings.HasSuffix(w, "ed") {
			// a participle after a future auxiliary is future: "elections
			// will be held", "is due to be signed"
			if s.futureChain(k-1, sent.First) {
				return future
			}
			return past
		}
	}
	// only a date that opens its sentence takes the tense of what follows
	// ("On Friday, leaders will sign"); later on, a future verb belongs to
	// another clause ("met on Monday and will meet again")
	if start-sent.First > 1 {
		return past
	}
	for k := end; k <= sent.Last && k < end+8; k++ {
		w := s.toks[k].Lower
		if pastCue(w) {
			return past
		}
		if futureCue(w) {
			return future
		}
	}
	return past
}
