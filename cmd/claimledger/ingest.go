package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"runtime/pprof"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/schollz/progressbar/v3"
	"golang.org/x/term"

	"github.com/claimledger/claimledger/internal/extract"
	"github.com/claimledger/claimledger/internal/ingest"
	"github.com/claimledger/claimledger/internal/source"
	"github.com/claimledger/claimledger/internal/storage"
	"github.com/claimledger/claimledger/internal/storyline"
)

func ingestCmd(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("ingest", flag.ContinueOnError)
	fs.SetOutput(stderr)
	db := dbFlag(fs)
	input := fs.String("input", source.Auto, "input kind: "+inputKinds)
	published := fs.String("published", "", "publication date (YYYY-MM-DD) of documents that carry none")
	maxBytes := fs.Int("max-bytes", source.DefaultMaxBytes, "largest document accepted, in bytes")
	batch := fs.Int("batch", ingest.DefaultBatch, "documents stored per transaction")
	workers := fs.Int("workers", 0, "extracting goroutines (0: one per core)")
	learned := fs.Bool("learned", false, "add the trained attribution models to the rules (slower)")
	quiet := fs.Bool("quiet", false, "no progress, only errors and the summary")
	cpuprofile := fs.String("cpuprofile", "", "write a CPU profile of the run to this file")
	linkStories := fs.Bool("stories", false, "link documents into stories as they are stored (else the first stories or story command does)")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if !validInput(*input) {
		fmt.Fprintf(stderr, "claimledger: --input %q: want %s\n", *input, inputKinds)
		return 2
	}
	if _, err := extract.ParseDate(*published); err != nil {
		fmt.Fprintf(stderr, "claimledger: --published: %v\n", err)
		return 2
	}
	if fs.NArg() == 0 {
		fmt.Fprintln(stderr, "claimledger: ingest: name at least one file, folder, glob or - for standard input")
		return 2
	}
	if *cpuprofile != "" {
		f, err := os.Create(*cpuprofile)
		if err != nil {
			fmt.Fprintf(stderr, "claimledger: --cpuprofile: %v\n", err)
			return 2
		}
		defer f.Close()
		if err := pprof.StartCPUProfile(f); err != nil {
			fmt.Fprintf(stderr, "claimledger: --cpuprofile: %v\n", err)
			return 2
		}
		defer pprof.StopCPUProfile()
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()

	var mu sync.Mutex // stderr is shared by the progress display and failures
	failed := 0
	prog := newProgressDisplay(stderr, *quiet)
	fail := func(err error) {
		mu.Lock()
		defer mu.Unlock()
		failed++
		prog.clear()
		fmt.Fprintf(stderr, "claimledger: %v\n", err)
	}
	inputs := ingest.Expand(fs.Args(), fail)
	st, err := openStore(ctx, *db)
	if err != nil {
		fmt.Fprintf(stderr, "claimledger: %s: %v\n", *db, err)
		return 1
	}
	defer st.Close()
	start := time.Now()
	var stored func(context.Context, []storage.Document) error
	var stories *storyline.Linker
	if *linkStories {
		if stories, err = storyline.Open(ctx, st); err != nil {
			fmt.Fprintf(stderr, "claimledger: %s: stories: %v\n", *db, err)
			return 1
		}
		stored = stories.LinkStored
	}
	sum, err := ingest.Run(ctx, st, inputs, stdin, ingest.Options{
		Reader:    source.Reader{Kind: *input, MaxBytes: *maxBytes},
		Extract:   extract.Config{Learned: *learned},
		Published: *published,
		Workers:   *workers,
		Batch:     *batch,
		Fail:      fail,
		Stored:    stored,
		Progress: func(p ingest.Progress) {
			mu.Lock()
			defer mu.Unlock()
			prog.update(p)
		},
	})
	if err == nil && stories != nil {
		err = stories.Flush(ctx)
	}
	prog.finish()
	secs := time.Since(start).Seconds()
	fmt.Fprintf(stderr, "ingested %d documents in %.1f s (%.0f/s): %d new, %d new versions, %d unchanged; %d claims; %d not in English; %d failed\n",
		sum.Documents, secs, float64(sum.Documents)/max(secs, 1e-9), sum.New, sum.Versions, sum.Unchanged, sum.Claims, sum.NotEnglish, failed)
	if sum.NotEnglish > 0 {
		var langs []string
		for l, n := range sum.Languages {
			langs = append(langs, fmt.Sprintf("%s %d", l, n))
		}
		sort.Strings(langs)
		fmt.Fprintf(stderr, "  not in English: %s: stored with their language; no model for it, so no claims\n", strings.Join(langs, ", "))
	}
	for _, r := range sum.SortedReasons() {
		fmt.Fprintf(stderr, "  failed: %d × %s\n", sum.Reasons[r], r)
	}
	if err != nil {
		fmt.Fprintf(stderr, "claimledger: %s: %v\n", *db, err)
		return 1
	}
	if failed > 0 {
		return 1
	}
	return 0
}

// progressDisplay shows a bar on a terminal and a plain line every few
// seconds otherwise (a log file wants no carriage returns).
type progressDisplay struct {
	w        io.Writer
	terminal bool
	bar      *progressbar.ProgressBar
	quiet    bool
	last     time.Time
}

func newProgressDisplay(w io.Writer, quiet bool) *progressDisplay {
	p := &progressDisplay{w: w, quiet: quiet, last: time.Now()}
	if f, ok := w.(*os.File); ok && !quiet && term.IsTerminal(int(f.Fd())) {
		p.terminal = true
	}
	return p
}

func (p *progressDisplay) update(g ingest.Progress) {
	switch {
	case p.quiet:
	case p.terminal:
		if p.bar == nil {
			// the bar measures the bytes of the files named; standard
			// input alone has no size, and gets a spinner of documents
			max := g.Bytes
			if max <= 0 {
				max = -1
			}
			p.bar = progressbar.NewOptions64(max, progressbar.OptionSetWriter(p.w), progressbar.OptionShowBytes(max > 0),
				progressbar.OptionThrottle(100*time.Millisecond), progressbar.OptionClearOnFinish(),
				progressbar.OptionSetWidth(30))
		}
		if g.Bytes > 0 {
			p.bar.Set64(g.BytesDone)
		} else {
			p.bar.Set64(int64(g.Documents))
		}
		p.bar.Describe(fmt.Sprintf("%d documents, %d stored", g.Documents, g.Stored))
	case time.Since(p.last) >= 2*time.Second:
		p.last = time.Now()
		fmt.Fprintf(p.w, "ingest: %d of %d files, %d documents, %d stored\n", g.FilesDone, g.Files, g.Documents, g.Stored)
	}
}

func (p *progressDisplay) clear() {
	if p.bar != nil {
		p.bar.Clear()
	}
}

func (p *progressDisplay) finish() {
	if p.bar != nil {
		p.bar.Finish()
	}
}
