package times

import (
	"strings"
	"time"
)

// weekdayAt reads a weekday with what news attaches to it: "On Tuesday",
// "last Friday", "Monday's assault", "Tuesday night", "Tuesday, May 23".
func (s *scanner) weekdayAt(i int, wd time.Weekday) (hit, bool) {
	if i+1 < len(s.toks) && s.toks[i+1].Upper && namedAfterWeekday(s.toks[i+1].Lower) {
		return hit{}, false // "Sunday Times"
	}
	if i-1 >= 0 && s.toks[i-1].Upper && namedBeforeWeekday(s.toks[i-1].Lower) {
		return hit{}, false // "Bloody Sunday"
	}
	start, end := i, i+1
	dir, strict := past, false
	switch s.prev(i) {
	case "last":
		start, strict = i-1, true
	case "next":
		start, dir, strict = i-1, future, true
	case "this", "early", "late":
		start = i - 1
	}
	start = s.withPreposition(start)

	// a weekday followed by its date: the written date decides
	k := end
	if s.word(k) == "," {
		k++
	}
	if c, ok := s.explicitDate(k); ok && c.d != 0 && !c.impossible {
		return s.resolve(start, c), true
	}

	if w := s.word(end); w == "'s" || w == "’s" {
		end++
	} else if partOfDay(w) {
		end++
	}
	h := hit{start: start, end: end}
	if !s.known {
		return h, true
	}
	if !strict {
		dir = s.direction(start, end)
	}
	h.value, h.grain = dayValue(weekdayFrom(s.pub, wd, dir, strict)), GrainDay
	return h, true
}

// deicticAt reads "yesterday", "today", "tonight" and "tomorrow". A
// capitalised one inside a sentence is a name ("USA Today").
func (s *scanner) deicticAt(i int) (hit, bool) {
	t := &s.toks[i]
	if t.Upper && !s.sentenceStart(i) {
		return hit{}, false
	}
	end := i + 1
	if w := s.word(end); w == "'s" || w == "’s" || t.Lower != "tonight" && partOfDay(w) {
		end++
	}
	h := hit{start: i, end: end}
	if !s.known {
		return h, true
	}
	offset := 0
	switch t.Lower {
	case "yesterday":
		offset = -1
	case "tomorrow":
		offset = 1
	}
	h.value, h.grain = dayValue(s.pub.AddDate(0, 0, offset)), GrainDay
	return h, true
}

// relativeAt reads "last night", "this morning", "last week", "earlier this
// month", "next year", and the durations "the past week", "the last year".
func (s *scanner) relativeAt(i int) (hit, bool) {
	mod := s.toks[i].Lower
	next := s.word(i + 1)
	u, plural := unitOf(next)
	if u != noUnit && !plural && s.prev(i) == "the" && (mod == "last" || mod == "past") {
		if s.word(i+2) == "of" || u < dayUnit {
			return hit{}, false // "the last week of May"
		}
		return hit{start: i - 1, end: i + 2, value: durationValue(1, u), grain: GrainDuration}, true
	}
	if mod == "past" {
		return hit{}, false
	}
	start, end := i, i+2
	switch s.prev(i) {
	case "earlier", "later", "early", "late":
		start = i - 1
	}
	if w := s.word(end); w == "'s" || w == "’s" {
		end++
	}
	h := hit{start: start, end: end}
	step := 0
	switch mod {
	case "last":
		step = -1
	case "next":
		step = 1
	}
	switch {
	case next == "night" && mod != "next" || partOfDay(next) && mod == "this" && next != "overnight":
		if !s.known {
			return h, true
		}
		// "last night" is the evening before publication
		h.value, h.grain = dayValue(s.pub.AddDate(0, 0, min(step, 0))), GrainDay
	case plural || u < weekUnit || u > yearUnit:
		return hit{}, false
	case !s.known:
		return h, true
	case u == weekUnit:
		h.value, h.grain = weekValue(s.pub.AddDate(0, 0, 7*step)), GrainWeek
	case u == monthUnit:
		y, m := addMonths(s.pub.Year(), s.pub.Month(), step)
		h.value, h.grain = monthValue(y, m), GrainMonth
	default:
		h.value, h.grain = yearValue(s.pub.Year()+step), GrainYear
	}
	return h, true
}

func addMonths(y int, m time.Month, n int) (int, time.Month) {
	k := y*12 + int(m) - 1 + n
	return k / 12, time.Month(k%12 + 1)
}

// weakLicence lists the words that let "a year" or "one day" be a duration
// ("for a year", "more than a month"); elsewhere they are idioms ("one day
// we will return") or rates ("twice a year").
func weakLicence(w string) bool {
	switch w {
	case "for", "over", "within", "than", "nearly", "almost", "about", "around", "past", "last", "least",
		"just", "barely", "only", "under", "some", "roughly", "approximately":
		return true
	}
	return false
}

// quantityAt reads a count of calendar units headed by token i (count n):
// "two days ago" is a date, "15 months", "the last 24 hours", "a 24-hour
// ceasefire" are durations. weak marks "a", "an" and "one".
func (s *scanner) quantityAt(i, n int, weak bool) (hit, bool) {
	j := i + 1
	if s.word(j) == "-" && s.glued(j) && s.glued(j+1) {
		j++ // "24-hour"
	}
	u, _ := unitOf(s.word(j))
	if u == noUnit {
		return hit{}, false
	}
	end := j + 1
	if s.word(end) == "ago" {
		return s.agoHit(i, end+1, n, u), true
	}
	switch s.word(end) {
	case "after", "before", "later", "earlier", "prior", "from":
		return hit{}, false // an offset from another event, not a span of time
	}
	p := s.prev(i)
	switch p {
	case "every", "per", "each":
		return hit{}, false
	}
	if weak && !weakLicence(p) {
		return hit{}, false
	}
	start := i
	if (p == "last" || p == "past") && s.prev(i-1) == "the" {
		start = i - 2
	}
	return hit{start: start, end: end, value: durationValue(n, u), grain: GrainDuration}, true
}

// hyphenDuration reads a spelled-out adjective of duration: "a two-year
// war", "a three-day truce".
func (s *scanner) hyphenDuration(i int) (hit, bool) {
	w := s.toks[i].Lower
	k := strings.LastIndexByte(w, '-')
	if k <= 0 {
		return hit{}, false
	}
	u, plural := unitOf(w[k+1:])
	if u == noUnit || plural {
		return hit{}, false
	}
	n := numberWord(w[:k])
	if n == 0 || w[:k] == "a" || w[:k] == "an" {
		return hit{}, false
	}
	return hit{start: i, end: i + 1, value: durationValue(n, u), grain: GrainDuration}, true
}

// agoHit resolves "three weeks ago" over tokens [start, end).
func (s *scanner) agoHit(start, end, n int, u unit) hit {
	h := hit{start: start, end: end}
	if !s.known {
		return h
	}
	p := s.pub
	switch u {
	case minuteUnit, hourUnit, dayUnit:
		days := n
		if u == hourUnit {
			days = n / 24
		} else if u == minuteUnit {
			days = 0
		}
		h.value, h.grain = dayValue(p.AddDate(0, 0, -days)), GrainDay
	case weekUnit:
		h.value, h.grain = weekValue(p.AddDate(0, 0, -7*n)), GrainWeek
	case monthUnit:
		y, m := addMonths(p.Year(), p.Month(), -n)
		h.value, h.grain = monthValue(y, m), GrainMonth
	case yearUnit:
		h.value, h.grain = yearValue(p.Year()-n), GrainYear
	case decadeUnit:
		h.value, h.grain = yearValue(p.Year()-10*n), GrainYear
	}
	return h
}
