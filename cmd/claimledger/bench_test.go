package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"
)

// BenchmarkExtractBBC runs the whole command, reading, extraction and JSON
// output, over the BBC news corpus kept beside the repository.
func BenchmarkExtractBBC(b *testing.B) {
	paths, _ := filepath.Glob("../../../shared/corpora/bbc/*/*.txt")
	if len(paths) == 0 {
		b.Skip("BBC corpus not found at ../shared/corpora/bbc beside the repository")
	}
	var size int64
	for _, p := range paths {
		if st, err := os.Stat(p); err == nil {
			size += st.Size()
		}
	}
	b.SetBytes(size)
	args := append([]string{"extract"}, paths...)
	for b.Loop() {
		run(args, strings.NewReader(""), io.Discard, io.Discard)
	}
}

// BenchmarkIngestBBC stores the BBC corpus into a new SQLite file, end to
// end: reading, extraction on every core, and the store's transactions.
func BenchmarkIngestBBC(b *testing.B) { benchIngestBBC(b) }

// BenchmarkIngestBBCStories is BenchmarkIngestBBC linking stories as it
// stores: the worst case for linking, since undated texts all stay in the
// window.
func BenchmarkIngestBBCStories(b *testing.B) { benchIngestBBC(b, "--stories") }

func benchIngestBBC(b *testing.B, flags ...string) {
	paths, _ := filepath.Glob("../../../shared/corpora/bbc/*/*.txt")
	if len(paths) == 0 {
		b.Skip("BBC corpus not found at ../shared/corpora/bbc beside the repository")
	}
	dir := b.TempDir()
	n := 0
	for b.Loop() {
		n++
		db := filepath.Join(dir, fmt.Sprintf("bbc%d.db", n))
		args := append(append([]string{"ingest", "--quiet", "--db", db}, flags...), "../../../shared/corpora/bbc")
		if code := run(args, strings.NewReader(""), io.Discard, io.Discard); code > 1 {
			b.Fatalf("ingest: exit %d", code)
		}
	}
	b.ReportMetric(float64(len(paths)*n)/b.Elapsed().Seconds(), "docs/s")
}

// BenchmarkSearchBBC runs full-text queries over the BBC corpus once stored.
func BenchmarkSearchBBC(b *testing.B) {
	if _, err := os.Stat("../../../shared/corpora/bbc"); err != nil {
		b.Skip("BBC corpus not found at ../shared/corpora/bbc beside the repository")
	}
	db := filepath.Join(b.TempDir(), "bbc.db")
	if code := run([]string{"ingest", "--quiet", "--db", db, "../../../shared/corpora/bbc"}, strings.NewReader(""), io.Discard, io.Discard); code > 1 {
		b.Fatalf("ingest: exit %d", code)
	}
	ctx := context.Background()
	st, err := openStore(ctx, db)
	if err != nil {
		b.Fatal(err)
	}
	defer st.Close()
	queries := []string{"election", "prime minister", "oil prices", "champions league final", "mobile phone", "tax cuts"}
	i := 0
	var took []time.Duration
	for b.Loop() {
		start := time.Now()
		if _, err := st.Search(ctx, queries[i%len(queries)], 20); err != nil {
			b.Fatal(err)
		}
		took = append(took, time.Since(start))
		i++
	}
	slices.Sort(took)
	b.ReportMetric(float64(took[len(took)/2].Microseconds())/1000, "median-ms")
	b.ReportMetric(float64(took[len(took)*95/100].Microseconds())/1000, "p95-ms")
}
