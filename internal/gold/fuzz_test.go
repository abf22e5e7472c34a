package gold

import (
	"bytes"
	"errors"
	"os"
	"testing"

	"github.com/claimledger/claimledger/internal/text"
)

// FuzzRead checks that any input reads without panic, that every kept span
// lies in its text and repeats it, and that labelling and statistics hold
// on whatever was read.
func FuzzRead(f *testing.F) {
	if b, err := os.ReadFile("testdata/gold.jsonl"); err == nil {
		f.Add(b)
		for _, line := range bytes.Split(b, []byte("\n")) {
			f.Add(line)
		}
	}
	f.Add([]byte(`{"text":"é—“x”","attributions":[{"cue":[{"start":2,"end":5,"text":"“x”"}],"contents":[{"start":-1,"end":9}]}]}`))
	f.Fuzz(func(t *testing.T, in []byte) {
		docs, err := Read(bytes.NewReader(in))
		var bad LineErrors
		if err != nil && !errors.As(err, &bad) {
			t.Fatalf("error %v", err)
		}
		for i := range docs {
			g := &docs[i]
			for _, a := range g.Attributions {
				for _, spans := range [][]Span{a.Cue, a.Sources, a.Contents} {
					for _, s := range spans {
						if s.Start < 0 || s.End > len(g.Text) || s.Start >= s.End || g.Text[s.Start:s.End] != s.Text {
							t.Fatalf("span %+v in %q", s, g.Text)
						}
					}
				}
			}
			d := text.New(g.Text)
			l := Label(g, d)
			for r := Role(0); r < NumRoles; r++ {
				if len(l.Tags[r]) != len(d.Tokens) {
					t.Fatalf("%v layer has %d tags for %d tokens", r, len(l.Tags[r]), len(d.Tokens))
				}
				l.Sentences(r)
			}
			for k := range l.Links {
				l.Links[k].Pairs()
			}
			var s Stats
			s.Add(g, l)
			_ = s.String()
		}
	})
}
