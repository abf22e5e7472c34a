package quantities

import (
	"testing"
	"unicode/utf8"

	"github.com/claimledger/claimledger/internal/text"
)

// FuzzFind checks that any input yields quantities whose spans lie inside
// the text and match it, with bounds that hold the value.
func FuzzFind(f *testing.F) {
	f.Add("More than 70 fighters were killed and four vehicles destroyed.")
	f.Add("between 10 and 15 people; up to 300; dozens of families fled; no missile attacks")
	f.Add("1.5 to 2 million people, mostly civilians, were displaced")
	f.Fuzz(func(t *testing.T, s string) {
		d := text.New(s)
		for _, q := range Find(d) {
			if q.Start < 0 || q.End < q.Start || q.End > utf8.RuneCountInString(s) {
				t.Fatalf("span %d-%d outside the text", q.Start, q.End)
			}
			if utf8.ValidString(s) && string([]rune(s)[q.Start:q.End]) != q.Text {
				t.Fatalf("span %d-%d does not match %q", q.Start, q.End, q.Text)
			}
			if q.Low != nil && q.High != nil && *q.Low > *q.High {
				t.Fatalf("%q: low %v above high %v", q.Text, *q.Low, *q.High)
			}
		}
	})
}
