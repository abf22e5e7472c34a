package times

import (
	"strings"
	"testing"
	"time"

	"github.com/claimledger/claimledger/internal/text"
)

// wed is a Wednesday publication date.
var wed = time.Date(2023, 5, 24, 0, 0, 0, 0, time.UTC)

type want struct{ text, value, grain string }

func check(t *testing.T, body string, pub time.Time, wants []want) {
	t.Helper()
	got := Find(text.New(body), pub)
	runes := []rune(body)
	for _, g := range got {
		if string(runes[g.Start:g.End]) != g.Text {
			t.Errorf("span %d-%d is %q in the text, says %q", g.Start, g.End, string(runes[g.Start:g.End]), g.Text)
		}
	}
	if len(got) != len(wants) {
		var b strings.Builder
		for _, g := range got {
			b.WriteString("\n  " + g.Text + " = " + g.Value + " " + g.Grain)
		}
		t.Fatalf("found %d times, want %d:%s", len(got), len(wants), b.String())
	}
	for i, w := range wants {
		g := got[i]
		if g.Text != w.text || g.Value != w.value || g.Grain != w.grain {
			t.Errorf("#%d: got %q = %s %s, want %q = %s %s", i, g.Text, g.Value, g.Grain, w.text, w.value, w.grain)
		}
	}
}

func TestWireCopy(t *testing.T) {
	body := "KYIV, May 24 (Wire) - Ukraine said on Tuesday that drones struck an oil depot overnight, " +
		"a day after Monday's shelling of the port. The strike came two days ago, officials said Wednesday. " +
		"Talks will resume on Friday, and parliament is due to vote next Tuesday."
	check(t, body, wed, []want{
		{"May 24", "2023-05-24", "day"},
		{"on Tuesday", "2023-05-23", "day"},
		{"Monday's", "2023-05-22", "day"},
		{"two days ago", "2023-05-22", "day"},
		{"Wednesday", "2023-05-24", "day"},
		{"on Friday", "2023-05-26", "day"},
		{"next Tuesday", "2023-05-30", "day"},
	})
}

func TestPressRelease(t *testing.T) {
	body := "FOR IMMEDIATE RELEASE\nMay 22, 2023\n\nThe Ministry announced today that the programme, launched " +
		"on 2023-01-09, will run until December 2024. The first payments were made on 3 March 2023 and " +
		"the second in April. Applications close on Sept. 30. The scheme has run for 10 months."
	check(t, body, wed, []want{
		{"May 22, 2023", "2023-05-22", "day"},
		{"today", "2023-05-24", "day"},
		{"on 2023-01-09", "2023-01-09", "day"},
		{"December 2024", "2024-12", "month"},
		{"on 3 March 2023", "2023-03-03", "day"},
		{"in April", "2023-04", "month"},
		{"on Sept. 30", "2022-09-30", "day"},
		{"10 months", "P10M", "duration"},
	})
}

func TestFeature(t *testing.T) {
	body := "Last year, the village had a school. Three weeks ago the last teacher left, and a year ago " +
		"the road was cut. \"We have waited for three years,\" she says. Earlier this month the council met; " +
		"last week it met again, and last night the lights went out. In 2014 the mine closed, and since " +
		"1991 the population has halved. In the past 24 hours, no trucks came."
	check(t, body, wed, []want{
		{"Last year", "2022", "year"},
		{"Three weeks ago", "2023-W18", "week"},
		{"a year ago", "2022", "year"},
		{"three years", "P3Y", "duration"},
		{"Earlier this month", "2023-05", "month"},
		{"last week", "2023-W20", "week"},
		{"last night", "2023-05-23", "day"},
		{"In 2014", "2014", "year"},
		{"1991", "1991", "year"},
		{"the past 24 hours", "PT24H", "duration"},
	})
}

func TestNotDates(t *testing.T) {
	body := "He may go to Washington. Theresa May spoke to the Sunday Times. Thousands joined a march on " +
		"the capital. Bloody Sunday is remembered. 1,500 troops and 2000 people arrived; by 2000 people had " +
		"fled. Two years after the war the town was rebuilt. \"One day we will return,\" he said. He earns " +
		"$5,000 a year, paid every two years. USA Today ran the story. The 1990s were hard. Room 2014 was empty."
	check(t, body, wed, nil)
}

func TestUnknownPublication(t *testing.T) {
	body := "On Tuesday, officials said the deal signed on Jan. 25, 2013 had held for 15 months, " +
		"unlike the one of May 3 or last year's."
	check(t, body, time.Time{}, []want{
		{"on Jan. 25, 2013", "2013-01-25", "day"},
		{"15 months", "P15M", "duration"},
	})
}

func TestWeekdayOnPublicationDay(t *testing.T) {
	// a weekday equal to the publication day's is that day, "last" skips it
	check(t, "Officials met on Wednesday. They had met last Wednesday too.", wed, []want{
		{"on Wednesday", "2023-05-24", "day"},
		{"last Wednesday", "2023-05-17", "day"},
	})
}

func TestYearBoundaries(t *testing.T) {
	jan := time.Date(2024, 1, 3, 0, 0, 0, 0, time.UTC) // a Wednesday
	check(t, "In December, and on Dec. 28, and last month, and on Friday, the talks stalled.", jan, []want{
		{"In December", "2023-12", "month"},
		{"on Dec. 28", "2023-12-28", "day"},
		{"last month", "2023-12", "month"},
		{"on Friday", "2023-12-29", "day"},
	})
}

func TestNeverPanics(t *testing.T) {
	for _, s := range []string{"", " ", "\xff\xfe", "May", "on", "the last", "2023-", "2023-13-45",
		"Jan. 32, 2013", "mid-", "mid-X", "31 February 2023", "Feb. 29", "last 5", "a -", "Monday,"} {
		_ = Find(text.New(s), wed)
		_ = Find(text.New(s), time.Time{})
		_, _ = Dateline(text.New(s))
	}
	_ = Find(nil, wed)
	_, _ = Dateline(nil)
}

func TestRejectsImpossibleDays(t *testing.T) {
	check(t, "It was signed on 31 February 2023 and on 2023-02-30.", wed, nil)
}

func TestOfRelativeYear(t *testing.T) {
	check(t, "The campaign began on June 16th of last year and peaked in March of this year.", wed, []want{
		{"on June 16th of last year", "2022-06-16", "day"},
		{"in March of this year", "2023-03", "month"},
	})
}
