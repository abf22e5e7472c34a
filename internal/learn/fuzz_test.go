package learn

import (
	"testing"

	"github.com/claimledger/claimledger/internal/attribution"
	"github.com/claimledger/claimledger/internal/text"
)

// FuzzFind runs the embedded models over arbitrary text: they must not
// panic, and every claim they give must lie within the text with its cue
// inside its sentence.
func FuzzFind(f *testing.F) {
	for _, s := range []string{"", "said", `"A," he said, "B."`, "The ministry told reporters that 40 people died.",
		"Kyiv flatly denies it. ‘No,’ she quipped.", "\xff\xfe said \x00", "a, b, c said: d"} {
		f.Add(s)
	}
	m := Default()
	if m == nil {
		f.Skip("no models trained into this build")
	}
	f.Fuzz(func(t *testing.T, s string) {
		d := text.New(s)
		for _, c := range m.Find(d, attribution.Find(d)) {
			for _, r := range []text.Range{c.Cue, c.Content, c.Source} {
				if r.Start < 0 || r.End > len(s) || r.Start > r.End {
					t.Fatalf("range %+v outside the text of %d bytes", r, len(s))
				}
			}
			if c.Cue.End <= c.Cue.Start || c.Content.End <= c.Content.Start {
				t.Fatalf("a claim needs a cue and a content: %+v", c)
			}
		}
	})
}
