package extract

import (
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/claimledger/claimledger/internal/source"
)

// benchText is a few KB of news in the styles the program reads: wire
// copy, a press release and a feature with quotations.
var benchText = strings.Repeat(wireShelling+"\n"+pressRelease+"\n"+featureQuotes+"\n"+
	`KHARTOUM, Sudan (AP) — Fighting between the army and the Rapid Support Forces killed at least 56 civilians and wounded nearly 600 in the capital on Saturday, a doctors' union said. The paramilitary group said it had taken control of the presidential palace, a claim the army denied.

"The situation is catastrophic," said a spokesman for the union, who asked not to be named. He said hospitals had run out of blood and that dozens of bodies lay in the streets.

The United Nations said on Sunday that about 3,000 people had fled across the border into Chad since the clashes began, and warned that the number could rise to 20,000 within weeks.
`, 2)

func BenchmarkDocument(b *testing.B) {
	doc := source.Document{ID: "bench", Text: benchText, Published: "2024-06-10"}
	b.SetBytes(int64(len(benchText)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Document(doc); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkBBC extracts every article of the BBC news corpus kept beside
// the repository, reporting MB/s over the whole of it.
func BenchmarkBBC(b *testing.B) { benchmarkBBC(b, Config{}) }

// BenchmarkBBCLearned is BenchmarkBBC with the trained models as well.
func BenchmarkBBCLearned(b *testing.B) { benchmarkBBC(b, Config{Learned: true}) }

func benchmarkBBC(b *testing.B, cfg Config) {
	paths, _ := filepath.Glob("../../../shared/corpora/bbc/*/*.txt")
	if len(paths) == 0 {
		b.Skip("BBC corpus not found at ../shared/corpora/bbc beside the repository")
	}
	sort.Strings(paths)
	var docs []source.Document
	var size int64
	for _, p := range paths {
		t, err := os.ReadFile(p)
		if err != nil || !utf8.Valid(t) {
			continue // the command refuses such files too
		}
		docs = append(docs, source.Document{ID: p, Text: string(t)})
		size += int64(len(t))
	}
	b.SetBytes(size)
	b.ReportAllocs()
	for b.Loop() {
		for _, d := range docs {
			if _, err := cfg.Document(d); err != nil {
				b.Fatal(err)
			}
		}
	}
}

// BenchmarkBBCOneDocument extracts the first MB of the BBC corpus as one
// document: per-document costs that grow faster than the text show here.
func BenchmarkBBCOneDocument(b *testing.B) {
	paths, _ := filepath.Glob("../../../shared/corpora/bbc/*/*.txt")
	if len(paths) == 0 {
		b.Skip("BBC corpus not found at ../shared/corpora/bbc beside the repository")
	}
	sort.Strings(paths)
	var sb strings.Builder
	for _, p := range paths {
		t, err := os.ReadFile(p)
		if err != nil || !utf8.Valid(t) {
			continue
		}
		sb.Write(t)
		sb.WriteString("\n\n")
		if sb.Len() > 1<<20 {
			break
		}
	}
	doc := source.Document{ID: "bbc", Text: sb.String()}
	b.SetBytes(int64(sb.Len()))
	for b.Loop() {
		if _, err := Document(doc); err != nil {
			b.Fatal(err)
		}
	}
}
