package times

import (
	"strings"
	"time"

	"github.com/claimledger/claimledger/internal/text"
)

// calendarDate is a date as written: y or d is 0 when the text leaves it out.
type calendarDate struct {
	y, d int
	m    time.Month
	end  int // the token after the expression
	// impossible marks a well-formed but impossible date ("31 February"):
	// it is consumed, so that its parts are not read again, but not reported.
	impossible bool
}

// monthToken reads token i as a capitalised month name or abbreviation and
// returns the token after it, past the abbreviation's dot ("Jan.").
func (s *scanner) monthToken(i int) (time.Month, int, bool) {
	if i < 0 || i >= len(s.toks) {
		return 0, 0, false
	}
	t := &s.toks[i]
	if t.Kind != text.Word || !t.Upper {
		return 0, 0, false
	}
	m := monthOf(t.Lower, true)
	if m == 0 {
		return 0, 0, false
	}
	full := monthOf(t.Lower, false) != 0
	j := i + 1
	if !full && s.glued(j) && s.toks[j].Lower == "." {
		j++
	}
	return m, j, full
}

// yearAfter reads an optional year after a day: "May 22, 2023", "22 May 2023".
func (s *scanner) yearAfter(k int) (y, end int) {
	if s.word(k) == "," {
		if y, ok := s.year(k+1, 1000, 2199); ok && s.yearFollows(k+2) {
			return y, k + 2
		}
		return 0, k
	}
	if y, ok := s.year(k, 1000, 2199); ok && s.yearFollows(k+1) {
		return y, k + 1
	}
	return 0, k
}

// explicitDate reads a date written with its month at token i: "May 22",
// "Jan. 25, 2013", "May 2023", "22 May 2023", "the 22nd of May".
func (s *scanner) explicitDate(i int) (calendarDate, bool) {
	if m, j, _ := s.monthToken(i); m != 0 {
		if d, ok := s.dayNumber(j); ok && s.word(j+1) != ":" {
			y, end := s.yearAfter(j + 1)
			bad := y == 0 && !validDay(2000, m, d) || y != 0 && !validDay(y, m, d)
			return calendarDate{y: y, m: m, d: d, end: end, impossible: bad}, true
		}
		if y, ok := s.year(j, 1000, 2199); ok && s.yearFollows(j+1) {
			return calendarDate{y: y, m: m, end: j + 1}, true
		}
		return calendarDate{}, false
	}
	d, ok := s.dayNumber(i)
	if !ok {
		return calendarDate{}, false
	}
	j := i + 1
	if s.word(j) == "of" && s.toks[i].Lower[len(s.toks[i].Lower)-1] > '9' {
		j++ // "the 22nd of May"
	}
	m, k, _ := s.monthToken(j)
	if m == 0 {
		return calendarDate{}, false
	}
	y, end := s.yearAfter(k)
	bad := y == 0 && !validDay(2000, m, d) || y != 0 && !validDay(y, m, d)
	return calendarDate{y: y, m: m, d: d, end: end, impossible: bad}, true
}

// isoDate reads "2023-05-22" at token i.
func (s *scanner) isoDate(i int) (calendarDate, bool) {
	y, ok := s.year(i, 1000, 2199)
	if !ok || s.word(i+1) != "-" || !s.glued(i+1) || s.word(i+3) != "-" || !s.glued(i+3) ||
		!s.glued(i+2) || !s.glued(i+4) {
		return calendarDate{}, false
	}
	m, lm, ok1 := s.digits(i+2, 2)
	d, ld, ok2 := s.digits(i+4, 2)
	if !ok1 || !ok2 || lm != 2 || ld < 1 || !validDay(y, time.Month(m), d) {
		return calendarDate{}, false
	}
	return calendarDate{y: y, m: time.Month(m), d: d, end: i + 5}, true
}

// resolve turns a written date over tokens [start, c.end) into a hit.
func (s *scanner) resolve(start int, c calendarDate) hit {
	h := hit{start: start, end: c.end}
	switch {
	case c.impossible:
	case c.y != 0 && c.d != 0:
		h.value, h.grain = dayValue(date(c.y, c.m, c.d)), GrainDay
	case c.y != 0:
		h.value, h.grain = monthValue(c.y, c.m), GrainMonth
	case s.known:
		if y, end, ok := s.ofRelativeYear(c.end); ok {
			h.end = end
			if validDay(y, c.m, c.d) {
				h.value, h.grain = dayValue(date(y, c.m, c.d)), GrainDay
			}
			break
		}
		if t, ok := dayFrom(s.pub, c.m, c.d, s.direction(start, c.end)); ok {
			h.value, h.grain = dayValue(t), GrainDay
		}
	}
	return h
}

// ofRelativeYear reads "of last year", "of this year", "of next year" after
// a date written without its year ("on June 16th of last year").
func (s *scanner) ofRelativeYear(k int) (y, end int, ok bool) {
	if s.word(k) != "of" || s.word(k+2) != "year" {
		return 0, k, false
	}
	switch s.word(k + 1) {
	case "last":
		return s.pub.Year() - 1, k + 3, true
	case "this":
		return s.pub.Year(), k + 3, true
	case "next":
		return s.pub.Year() + 1, k + 3, true
	}
	return 0, k, false
}

// withPreposition widens a span to a leading "on" or "in".
func (s *scanner) withPreposition(start int) int {
	if p := s.prev(start); p == "on" || p == "in" {
		return start - 1
	}
	return start
}

// numberAt tries the expressions that start with a number.
func (s *scanner) numberAt(i int) (hit, bool) {
	if c, ok := s.isoDate(i); ok {
		return s.resolve(s.withPreposition(i), c), true
	}
	if c, ok := s.explicitDate(i); ok {
		start := i
		if s.prev(i) == "the" && c.d != 0 {
			start-- // "the 22nd of May"
		}
		return s.resolve(s.withPreposition(start), c), true
	}
	if h, ok := s.bareYear(i); ok {
		return h, true
	}
	if n, _, ok := s.digits(i, 4); ok && n > 0 {
		return s.quantityAt(i, n, false)
	}
	return hit{}, false
}

// bareYear reads a four-digit number as a year only where news writes years
// alone: after a preposition ("in 2014", "since 1991"), or as the second
// year of a range ("from 2014 to 2016").
func (s *scanner) bareYear(i int) (hit, bool) {
	y, ok := s.year(i, 1500, 2100)
	if !ok || !s.yearFollows(i+1) {
		return hit{}, false
	}
	p := s.prev(i)
	switch {
	case yearPreposition(p):
	case p == "to" || p == "and" || p == "-" || p == "–":
		if _, ok := s.year(i-2, 1500, 2100); !ok {
			return hit{}, false
		}
	default:
		return hit{}, false
	}
	start := i
	switch p {
	case "in":
		start = i - 1
	case "early", "late":
		start = s.withPreposition(i - 1)
	}
	return hit{start: start, end: i + 1, value: yearValue(y), grain: GrainYear}, true
}

// monthAt tries the expressions headed by a month name: a written date, or a
// month alone after a preposition or modifier ("in March", "last April").
func (s *scanner) monthAt(i int, m time.Month) (hit, bool) {
	if c, ok := s.explicitDate(i); ok {
		return s.resolve(s.withPreposition(i), c), true
	}
	if monthOf(s.toks[i].Lower, false) == 0 {
		return hit{}, false // abbreviations need a day or a year
	}
	p := s.prev(i)
	if !monthPreposition(p, m == time.May) {
		return hit{}, false
	}
	start := i - 1
	dir, strict := past, false
	switch p {
	case "last":
		strict = true
	case "next":
		dir, strict = future, true
	case "this", "early", "late":
		start = s.withPreposition(start)
	case "in":
	default:
		start = i // "since March": the preposition changes the sense
	}
	return s.monthHit(start, i+1, m, dir, strict, p == "this"), true
}

// monthHit resolves a month named without a year over tokens [start, end).
func (s *scanner) monthHit(start, end int, m time.Month, dir direction, strict, thisYear bool) hit {
	h := hit{start: start, end: end}
	if !s.known {
		return h
	}
	if y, e, ok := s.ofRelativeYear(end); ok {
		h.end = e
		h.value, h.grain = monthValue(y, m), GrainMonth
		return h
	}
	if dir == past && !strict {
		dir = s.direction(start, end)
	}
	y, mm := monthFrom(s.pub, m, dir, strict)
	if thisYear {
		y = s.pub.Year()
	}
	h.value, h.grain = monthValue(y, mm), GrainMonth
	return h
}

// midAt reads "mid-2014" and "mid-March", single tokens to the tokenizer.
func (s *scanner) midAt(i int) (hit, bool) {
	t := &s.toks[i]
	rest := s.d.Text[t.Start+4 : t.End]
	start := s.withPreposition(i)
	if len(rest) == 4 && strings.Trim(rest, "0123456789") == "" {
		y := int(rest[0]-'0')*1000 + int(rest[1]-'0')*100 + int(rest[2]-'0')*10 + int(rest[3]-'0')
		if y >= 1500 && y <= 2100 {
			return hit{start: start, end: i + 1, value: yearValue(y), grain: GrainYear}, true
		}
		return hit{}, false
	}
	if rest == "" || rest[0] < 'A' || rest[0] > 'Z' {
		return hit{}, false
	}
	m := monthOf(t.Lower[4:], false)
	if m == 0 {
		return hit{}, false
	}
	if y, ok := s.year(i+1, 1000, 2199); ok && s.yearFollows(i+2) {
		return hit{start: start, end: i + 2, value: monthValue(y, m), grain: GrainMonth}, true
	}
	return s.monthHit(start, i+1, m, past, false, false), true
}
