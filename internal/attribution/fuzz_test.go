package attribution

import (
	"testing"

	"github.com/claimledger/claimledger/internal/text"
)

// FuzzFind checks that any input gives claims whose ranges lie inside the
// text, with contents that are not empty and parts inside their content.
func FuzzFind(f *testing.F) {
	for _, s := range []string{"", `"A," he said, "B."`, "X: y", `"q" — N`, "according to", ", said", "Kyiv flatly denies.", "‘a’ ''b'' “c\n\n“d”"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d := text.New(s)
		cls := Find(d)
		q := Qualify(d, cls)
		if len(q) != len(cls) {
			t.Fatalf("%d qualities for %d claims", len(q), len(cls))
		}
		in := func(r text.Range) bool { return 0 <= r.Start && r.Start <= r.End && r.End <= len(s) }
		for _, c := range cls {
			if !in(c.Source) || !in(c.Cue) || !in(c.Content) || c.Cue.End <= c.Cue.Start || c.Content.End <= c.Content.Start {
				t.Fatalf("claim %+v out of %q", c, s)
			}
			for _, p := range c.Parts {
				if p.Start < c.Content.Start || p.End > c.Content.End || p.End < p.Start {
					t.Fatalf("part %+v outside content %+v", p, c.Content)
				}
			}
		}
	})
}
