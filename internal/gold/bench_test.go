package gold

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"github.com/claimledger/claimledger/internal/text"
)

// benchText is a few KB of news prose with attributions of several forms.
var benchText = strings.Repeat(`GENEVA (AP) — The U.N. refugee agency said on Friday that more than 40,000 people had fled across the border in a week. “The numbers are rising every hour,” spokeswoman Élise Martin told reporters, “and the camps are already full.”
Officials in the capital denied that troops had fired on the convoy, saying the shots came from the other side. The claims could not be independently verified.
`, 8)

// benchDoc annotates every "said", "told" and "denied" in benchText with a
// cue, the preceding words as source and the rest of its sentence as content.
func benchDoc() Document {
	g := Document{ID: "bench", Text: benchText}
	for _, cue := range []string{" said ", " told ", " denied "} {
		for at := 0; ; {
			i := strings.Index(benchText[at:], cue)
			if i < 0 {
				break
			}
			c := at + i + 1
			e := c + len(cue) - 2
			end := e + 1 + strings.IndexAny(benchText[e+1:], ".\n")
			src := max(c-24, 0)
			g.Attributions = append(g.Attributions, Attribution{
				ID:       "E",
				Cue:      []Span{{c, e, benchText[c:e]}},
				Sources:  []Span{{src, c - 1, benchText[src : c-1]}},
				Contents: []Span{{e + 1, end, benchText[e+1 : end]}},
			})
			at = e
		}
	}
	return g
}

func BenchmarkLabel(b *testing.B) {
	g := benchDoc()
	d := text.New(g.Text)
	b.SetBytes(int64(len(g.Text)))
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		Label(&g, d)
	}
}

func BenchmarkRead(b *testing.B) {
	g := benchDoc()
	raw := rawDocument{DocID: g.ID, Text: &g.Text}
	d := text.New(g.Text)
	for _, a := range g.Attributions {
		ra := rawAttribution{ID: a.ID}
		for _, s := range a.Cue {
			sp := d.Span(s.Start, s.End)
			ra.Cue = append(ra.Cue, rawSpan{sp.Start, sp.End, sp.Text})
		}
		raw.Attributions = append(raw.Attributions, ra)
	}
	line, err := json.Marshal(raw)
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(line)))
	for i := 0; i < b.N; i++ {
		docs, err := Read(bytes.NewReader(line))
		if err != nil || len(docs) != 1 || len(docs[0].Dropped) != 0 {
			b.Fatalf("%v %+v", err, docs)
		}
	}
}
