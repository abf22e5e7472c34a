package times

import (
	"strconv"
	"time"
)

// Grains of the output contract.
const (
	GrainDay      = "day"
	GrainWeek     = "week"
	GrainMonth    = "month"
	GrainYear     = "year"
	GrainDuration = "duration"
)

func date(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }

// validDay reports whether d is a day of month m in year y.
func validDay(y int, m time.Month, d int) bool {
	if d < 1 || d > 31 || m < 1 || m > 12 {
		return false
	}
	return date(y, m, d).Day() == d
}

func pad(n, width int) string {
	s := strconv.Itoa(n)
	for len(s) < width {
		s = "0" + s
	}
	return s
}

func dayValue(t time.Time) string {
	return pad(t.Year(), 4) + "-" + pad(int(t.Month()), 2) + "-" + pad(t.Day(), 2)
}

func monthValue(y int, m time.Month) string { return pad(y, 4) + "-" + pad(int(m), 2) }

func yearValue(y int) string { return pad(y, 4) }

// weekValue is the ISO 8601 week ("2023-W21") holding t, as TimeML writes
// weeks.
func weekValue(t time.Time) string {
	y, w := t.ISOWeek()
	return pad(y, 4) + "-W" + pad(w, 2)
}

// durationValue writes n units as an ISO 8601 duration ("P15M", "PT24H").
func durationValue(n int, u unit) string {
	s := strconv.Itoa(n)
	switch u {
	case minuteUnit:
		return "PT" + s + "M"
	case hourUnit:
		return "PT" + s + "H"
	case dayUnit:
		return "P" + s + "D"
	case weekUnit:
		return "P" + s + "W"
	case monthUnit:
		return "P" + s + "M"
	case yearUnit:
		return "P" + s + "Y"
	case decadeUnit:
		return "P" + strconv.Itoa(10*n) + "Y"
	}
	return ""
}

// direction says which way an underspecified date points from publication.
type direction int8

const (
	past    direction = -1 // the default of news: reports of what happened
	nearest direction = 0
	future  direction = 1
)

// weekdayFrom resolves a weekday against the publication day. News names a
// day of the current week by its weekday, so the publication day itself
// counts: "on Wednesday" in a story published on a Wednesday is that day.
// strict ("last Tuesday", "next Tuesday") skips the publication day.
func weekdayFrom(pub time.Time, wd time.Weekday, dir direction, strict bool) time.Time {
	if dir == future {
		delta := (int(wd) - int(pub.Weekday()) + 7) % 7
		if strict && delta == 0 {
			delta = 7
		}
		return pub.AddDate(0, 0, delta)
	}
	delta := (int(pub.Weekday()) - int(wd) + 7) % 7
	if strict && delta == 0 {
		delta = 7
	}
	return pub.AddDate(0, 0, -delta)
}

// monthFrom resolves a month named without a year: in the past, the most
// recent such month not after publication ("in March"); in the future, the
// first not before it; strict skips the publication month.
func monthFrom(pub time.Time, m time.Month, dir direction, strict bool) (int, time.Month) {
	y, pm := pub.Year(), pub.Month()
	if dir == future {
		if m < pm || strict && m == pm {
			y++
		}
		return y, m
	}
	if m > pm || strict && m == pm {
		y--
	}
	return y, m
}

// dayFrom resolves a day and month without a year. Past dates are the
// default, but a date up to two months ahead stays in the publication year
// ("ahead of the June 5 vote"); a future sentence never goes back.
func dayFrom(pub time.Time, m time.Month, d int, dir direction) (time.Time, bool) {
	y := pub.Year()
	if !validDay(y, m, d) {
		// 29 February: the nearest leap year in the right direction
		for k := 1; k <= 4; k++ {
			yy := y - k
			if dir == future {
				yy = y + k
			}
			if validDay(yy, m, d) {
				return date(yy, m, d), true
			}
		}
		return time.Time{}, false
	}
	t := date(y, m, d)
	switch {
	case dir == future && t.Before(pub):
		t = date(y+1, m, d)
	case dir != future && t.After(pub.AddDate(0, 2, 0)):
		t = date(y-1, m, d)
	}
	if !validDay(t.Year(), m, d) {
		return time.Time{}, false
	}
	return t, true
}
