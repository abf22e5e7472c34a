package eval

import (
	"strings"
	"testing"
)

// benchDocument is a few KB of wire copy of our own with every sentence
// annotated as one attribution, and a prediction that gets half of them
// exactly and the rest loosely.
func benchDocument(b *testing.B) (*Gold, []Attribution) {
	sentences := []string{
		"The regional governor said on Tuesday that shelling had damaged 14 houses overnight.",
		"“We are repairing the water main as fast as we can,” the mayor told reporters.",
		"Police said two men were detained near the border crossing.",
		"The ministry denied that convoys had been stopped, according to a statement.",
		"Residents said the power had been out for three days.",
	}
	var sb strings.Builder
	for sb.Len() < 4000 {
		for _, s := range sentences {
			sb.WriteString(s)
			sb.WriteString(" ")
		}
		sb.WriteString("\n\n")
	}
	text := sb.String()
	g := &Gold{Text: text}
	var pred []Attribution
	off := 0
	for i := 0; ; i++ {
		s := sentences[i%len(sentences)]
		j := strings.Index(text[off:], s)
		if j < 0 {
			break
		}
		start := len([]rune(text[:off+j]))
		n := len([]rune(s))
		a := Attribution{Sources: []Span{{Start: start, End: start + 8}}, Cue: []Span{{Start: start + 10, End: start + 14}},
			Contents: []Span{{Start: start + 15, End: start + n}}}
		g.Attributions = append(g.Attributions, a)
		p := a
		if i%2 == 1 {
			p.Contents = []Span{{Start: start + 12, End: start + n - 3}}
		}
		pred = append(pred, p)
		off += j + len(s)
	}
	if len(g.Attributions) < 20 {
		b.Fatalf("%d attributions", len(g.Attributions))
	}
	return g, pred
}

func BenchmarkScore(b *testing.B) {
	g, pred := benchDocument(b)
	var s Scorer
	b.SetBytes(int64(len(g.Text)))
	b.ReportAllocs()
	for b.Loop() {
		s.Add(g, pred, false)
	}
}
