package entities

import (
	"strings"
	"testing"

	"github.com/claimledger/claimledger/internal/text"
)

func FuzzFind(f *testing.F) {
	for _, s := range []string{wire, conflict, release, "", "The (RVC", "Mr. . Gen.", "Russia's 's 's", "the the ministry"} {
		f.Add(s, 0, 10)
	}
	f.Fuzz(func(t *testing.T, src string, a, b int) {
		d := text.New(src)
		s := Find(d)
		s.Resolve(a, b)
		s.Resolve(0, len(src))
		s.Antecedent("he", a)
		s.Antecedent("they", b)
		for _, e := range s.Ledger() {
			s.Type(e.ID)
			for _, m := range e.Mentions {
				if m.Start < 0 || m.End < m.Start {
					t.Fatalf("bad span %+v", m)
				}
			}
		}
	})
}

// benchText is a few KB of news-like text in several styles.
var benchText = strings.Repeat(wire+"\n\n"+conflict+"\n\n"+release+"\n\n", 4)

func BenchmarkFind(b *testing.B) {
	d := text.New(benchText)
	Find(d) // load the dictionary once
	b.SetBytes(int64(len(benchText)))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		Find(d)
	}
}
