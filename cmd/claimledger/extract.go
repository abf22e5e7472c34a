package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"runtime/pprof"
	"slices"
	"strings"

	"github.com/claimledger/claimledger"
	"github.com/claimledger/claimledger/internal/extract"
	"github.com/claimledger/claimledger/internal/source"
)

func extractCmd(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("extract", flag.ContinueOnError)
	fs.SetOutput(stderr)
	published := fs.String("published", "", "publication date (YYYY-MM-DD) of plain-text input")
	input := fs.String("input", source.Auto, "input kind: "+strings.Join(source.Kinds, ", ")+" (auto tells them by content)")
	maxBytes := fs.Int("max-bytes", source.DefaultMaxBytes, "largest document accepted, in bytes")
	stats := fs.Bool("stats", false, "print documents, failures, speed and peak memory to standard error")
	cpuprofile := fs.String("cpuprofile", "", "write a CPU profile of the run to this file")
	learned := fs.Bool("learned", false, "add the trained attribution models to the rules (slower)")
	noBelief := fs.Bool("no-belief", false, "leave out attributions of beliefs and intentions (\"think\", \"want\")")
	if err := fs.Parse(args); err != nil {
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
	if !slices.Contains(source.Kinds, *input) {
		fmt.Fprintf(stderr, "claimledger: --input %q: want %s\n", *input, strings.Join(source.Kinds, ", "))
		return 2
	}
	if _, err := extract.ParseDate(*published); err != nil {
		fmt.Fprintf(stderr, "claimledger: --published: %v\n", err)
		return 2
	}
	files := fs.Args()
	if len(files) == 0 {
		files = []string{"-"}
	}
	out := newPrinter(stdout)
	var st runStats
	st.begin()
	failed := 0
	fail := func(err error) {
		failed++
		fmt.Fprintf(stderr, "claimledger: %v\n", err)
	}
	rd := source.Reader{Kind: *input, MaxBytes: *maxBytes}
	for _, name := range files {
		emit := func(doc source.Document) {
			if doc.Published == "" {
				doc.Published = *published
			}
			st.documents++
			st.bytes += int64(len(doc.Text))
			led, err := extract.Config{Learned: *learned, NoBelief: *noBelief}.Document(doc)
			if err != nil {
				fail(fmt.Errorf("%s: document %s: %v", name, doc.ID, err))
				return
			}
			if led.Language != extract.English {
				fmt.Fprintf(stderr, "claimledger: %s: document %s: language %q: no model for it, layers left empty\n", name, doc.ID, led.Language)
			}
			if err := out.print(&led); err != nil {
				fail(err)
			}
		}
		if err := readOne(rd, name, stdin, emit, fail); err != nil {
			fail(err)
		}
	}
	if err := out.close(); err != nil {
		fail(err)
	}
	if *stats {
		st.failed = failed
		st.print(stderr)
	}
	if failed > 0 {
		return 1
	}
	return 0
}

func readOne(rd source.Reader, name string, stdin io.Reader, emit func(source.Document), fail func(error)) error {
	if name == "-" {
		return rd.Read("-", stdin, emit, fail)
	}
	f, err := os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	if st, err := f.Stat(); err == nil && st.IsDir() {
		return fmt.Errorf("%s: is a directory", name)
	}
	return rd.Read(name, f, emit, fail)
}

// printer writes one document indented, several as JSON Lines: it holds the
// first document back until it knows which.
type printer struct {
	w     *bufio.Writer
	enc   *json.Encoder
	first *claimledger.Document
	n     int
}

func newPrinter(w io.Writer) *printer {
	p := &printer{w: bufio.NewWriterSize(w, 1<<16)}
	// article text is not HTML: "<" and "&" stay as written
	p.enc = json.NewEncoder(p.w)
	p.enc.SetEscapeHTML(false)
	return p
}

func (p *printer) print(d *claimledger.Document) error {
	p.n++
	if p.n == 1 {
		c := *d
		p.first = &c
		return nil
	}
	if p.first != nil {
		if err := p.line(p.first); err != nil {
			return err
		}
		p.first = nil
	}
	return p.line(d)
}

func (p *printer) line(d *claimledger.Document) error {
	return p.enc.Encode(d)
}

func (p *printer) close() error {
	if p.first != nil {
		p.enc.SetIndent("", "  ")
		if err := p.enc.Encode(p.first); err != nil {
			return err
		}
	}
	return p.w.Flush()
}
