package times

import (
	"strings"
	"time"
)

// Lexicon lookups are switches over the lower-cased token: they compile to a
// binary search over constant strings and allocate nothing, which keeps the
// per-token cost of Find low.

// monthOf returns the month named by a full month name ("march") or, when
// abbrevOK, by a news abbreviation ("sept"). "may" is only a full name.
func monthOf(w string, abbrevOK bool) time.Month {
	switch w {
	case "january":
		return time.January
	case "february":
		return time.February
	case "march":
		return time.March
	case "april":
		return time.April
	case "may":
		return time.May
	case "june":
		return time.June
	case "july":
		return time.July
	case "august":
		return time.August
	case "september":
		return time.September
	case "october":
		return time.October
	case "november":
		return time.November
	case "december":
		return time.December
	}
	if !abbrevOK {
		return 0
	}
	switch w {
	case "jan":
		return time.January
	case "feb":
		return time.February
	case "mar":
		return time.March
	case "apr":
		return time.April
	case "jun":
		return time.June
	case "jul":
		return time.July
	case "aug":
		return time.August
	case "sep", "sept":
		return time.September
	case "oct":
		return time.October
	case "nov":
		return time.November
	case "dec":
		return time.December
	}
	return 0
}

// weekdayOf returns the weekday named by w and whether it is one.
func weekdayOf(w string) (time.Weekday, bool) {
	switch w {
	case "monday":
		return time.Monday, true
	case "tuesday":
		return time.Tuesday, true
	case "wednesday":
		return time.Wednesday, true
	case "thursday":
		return time.Thursday, true
	case "friday":
		return time.Friday, true
	case "saturday":
		return time.Saturday, true
	case "sunday":
		return time.Sunday, true
	}
	return 0, false
}

// numberWord reads the small cardinals news copy spells out ("three",
// "twenty-four"); "a" and "an" count as one.
func numberWord(w string) int {
	if i := strings.IndexByte(w, '-'); i > 0 {
		tens, ones := numberWord(w[:i]), numberWord(w[i+1:])
		if tens >= 20 && tens%10 == 0 && ones >= 1 && ones <= 9 {
			return tens + ones
		}
		return 0
	}
	switch w {
	case "a", "an", "one":
		return 1
	case "two":
		return 2
	case "three":
		return 3
	case "four":
		return 4
	case "five":
		return 5
	case "six":
		return 6
	case "seven":
		return 7
	case "eight":
		return 8
	case "nine":
		return 9
	case "ten":
		return 10
	case "eleven":
		return 11
	case "twelve":
		return 12
	case "thirteen":
		return 13
	case "fourteen":
		return 14
	case "fifteen":
		return 15
	case "sixteen":
		return 16
	case "seventeen":
		return 17
	case "eighteen":
		return 18
	case "nineteen":
		return 19
	case "twenty":
		return 20
	case "thirty":
		return 30
	case "forty":
		return 40
	case "fifty":
		return 50
	case "sixty":
		return 60
	case "seventy":
		return 70
	case "eighty":
		return 80
	case "ninety":
		return 90
	}
	return 0
}

// unit is a calendar unit of a duration or an offset ("three weeks ago").
type unit uint8

const (
	noUnit unit = iota
	minuteUnit
	hourUnit
	dayUnit
	weekUnit
	monthUnit
	yearUnit
	decadeUnit
)

// unitOf reads a unit word and whether it was plural.
func unitOf(w string) (unit, bool) {
	switch w {
	case "minute":
		return minuteUnit, false
	case "minutes":
		return minuteUnit, true
	case "hour":
		return hourUnit, false
	case "hours":
		return hourUnit, true
	case "day":
		return dayUnit, false
	case "days":
		return dayUnit, true
	case "week":
		return weekUnit, false
	case "weeks":
		return weekUnit, true
	case "month":
		return monthUnit, false
	case "months":
		return monthUnit, true
	case "year":
		return yearUnit, false
	case "years":
		return yearUnit, true
	case "decade":
		return decadeUnit, false
	case "decades":
		return decadeUnit, true
	}
	return noUnit, false
}

// partOfDay words follow a day ("Tuesday night", "yesterday morning") and
// belong to its span without changing its value.
func partOfDay(w string) bool {
	switch w {
	case "morning", "afternoon", "evening", "night", "overnight":
		return true
	}
	return false
}

// namedAfterWeekday lists words that make a weekday part of a name:
// newspapers ("Sunday Times") and accords ("Good Friday Agreement").
func namedAfterWeekday(w string) bool {
	switch w {
	case "times", "telegraph", "express", "mirror", "herald", "post", "mail", "independent",
		"star", "people", "sport", "agreement", "accord", "prayers", "league", "school":
		return true
	}
	return false
}

// namedBeforeWeekday lists words that turn a weekday into a named day
// ("Bloody Sunday", "Good Friday"), which weekday arithmetic must not resolve.
func namedBeforeWeekday(w string) bool {
	switch w {
	case "bloody", "black", "good", "holy", "ash", "palm", "easter", "super", "cyber", "maundy", "shrove":
		return true
	}
	return false
}

// yearPreposition lists the words after which a bare four-digit number
// reads as a year ("in 2014", "since 1991", "the war of 1812").
func yearPreposition(w string) bool {
	switch w {
	case "in", "since", "by", "of", "until", "till", "from", "through", "during", "before", "after",
		"early", "late", "mid", "around", "circa", "between":
		return true
	}
	return false
}

// monthPreposition lists the words after which a month name alone reads as
// a date ("in March", "since April"). May, which is also a name, accepts
// only the unambiguous ones.
func monthPreposition(w string, isMay bool) bool {
	switch w {
	case "in", "since", "until", "till", "through", "during", "last", "next", "this", "early", "late":
		return true
	case "by", "of", "from", "before", "after", "mid":
		return !isMay
	}
	return false
}

// afterYearWord lists the lower-case words that may follow a year; any
// other lower-case word makes the number a count ("in 2000 people").
func afterYearWord(w string) bool {
	switch w {
	case "and", "or", "but", "when", "while", "as", "after", "before", "to", "until", "the", "a", "an",
		"with", "for", "in", "on", "at", "of", "by", "that", "which", "where", "he", "she", "it", "they",
		"we", "i", "his", "her", "their", "its", "was", "were", "is", "are", "has", "had", "have", "will",
		"would", "could", "can", "did", "alone", "onwards", "onward", "through", "'s", "’s", "so", "then",
		"because", "if", "following", "amid", "despite", "under", "there", "this", "these", "those":
		return true
	}
	return false
}

// futureCue marks a sentence that speaks of what is to come, which turns
// "on Friday" and "in June" forward.
func futureCue(w string) bool {
	switch w {
	case "will", "'ll", "’ll", "shall", "won't", "won’t", "scheduled", "due", "upcoming", "planned", "plans", "plan",
		"expected", "intends", "intend", "aims", "next", "going":
		return true
	}
	return false
}

// pastCue marks a reporting or past verb between a date and a future cue
// ("said on Tuesday it will ..."), which keeps the date in the past.
func pastCue(w string) bool {
	switch w {
	case "said", "told", "announced", "reported", "was", "were", "had", "did", "added", "stated", "confirmed", "wrote":
		return true
	}
	return false
}
