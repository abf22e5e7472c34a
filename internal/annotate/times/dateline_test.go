package times

import (
	"testing"
	"time"

	"github.com/claimledger/claimledger/internal/text"
)

func TestDateline(t *testing.T) {
	cases := []struct {
		body string
		want string // "" when there is no dateline
	}{
		{"KABUL, Afghanistan (Jan. 25, 2013) — A suicide bomber struck on Friday.", "2013-01-25"},
		{"LONDON, 12 March 2024 — The government said on Tuesday it would act.", "2024-03-12"},
		{"Published: 2023-05-24\n\nRussia said on Tuesday it had repelled the raid.", "2023-05-24"},
		{"Flooding closes schools\nWednesday, May 24, 2023\nSchools closed on Tuesday.", "2023-05-24"},
		{"Flooding closes schools\nBy Jane Roe\nUpdated 24 May 2023 10:32 GMT\nSchools closed.", "2023-05-24"},
		// no year: guessing one would shift every date resolved against it
		{"WASHINGTON, May 3 (Reuters) - The Senate voted on Tuesday.", ""},
		// a date inside the story is not a dateline
		{"The treaty signed on May 22, 2023 was broken, officials said.", ""},
		{"Officials said the talks, which began in 2014, had stalled.\n\nMay 22, 2023", ""},
		{"", ""},
	}
	for _, c := range cases {
		got, ok := Dateline(text.New(c.body))
		if c.want == "" {
			if ok {
				t.Errorf("%q: got dateline %s, want none", c.body, got.Format(time.DateOnly))
			}
			continue
		}
		if !ok || got.Format(time.DateOnly) != c.want {
			t.Errorf("%q: got %s %v, want %s", c.body, got.Format(time.DateOnly), ok, c.want)
		}
	}
}

// TestDatelineAnchorsFind checks the intended use: the dateline standing in
// for a missing publication date.
func TestDatelineAnchorsFind(t *testing.T) {
	d := text.New("LONDON, 12 March 2024 — Ministers met on Monday and will meet again next week.")
	pub, ok := Dateline(d)
	if !ok {
		t.Fatal("no dateline")
	}
	got := Find(d, pub)
	if len(got) != 3 || got[1].Value != "2024-03-11" || got[2].Value != "2024-W12" {
		t.Fatalf("got %+v", got)
	}
}
