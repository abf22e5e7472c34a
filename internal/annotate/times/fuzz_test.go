package times

import (
	"testing"
	"time"
	"unicode/utf8"

	"github.com/claimledger/claimledger/internal/text"
)

// FuzzFind checks that no input makes Find or Dateline panic and that every
// span Find reports lies inside the text and repeats its characters.
func FuzzFind(f *testing.F) {
	for _, s := range []string{
		"On Tuesday, Russia said it had repelled the raid.",
		"KABUL, Afghanistan (Jan. 25, 2013) — three weeks ago",
		"the last 24 hours; mid-2014; in mid-March; 2023-05-22; 22nd of May 2023",
		"Tuesday, May 23, 2023 10:32 GMT", "\xff\xfeMay 1", "",
	} {
		f.Add(s, int64(0))
		f.Add(s, wed.Unix())
	}
	f.Fuzz(func(t *testing.T, s string, unix int64) {
		var pub time.Time
		if unix != 0 {
			pub = time.Unix(unix%(1<<36), 0).UTC()
		}
		d := text.New(s)
		_, _ = Dateline(d)
		n := utf8.RuneCountInString(s)
		for _, x := range Find(d, pub) {
			if x.Start < 0 || x.End > n || x.Start >= x.End {
				t.Fatalf("span %d-%d outside text of %d runes", x.Start, x.End, n)
			}
			if x.Value == "" || x.Grain == "" {
				t.Fatalf("empty value or grain: %+v", x)
			}
		}
	})
}
