package main

import (
	"bufio"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"golang.org/x/term"

	"github.com/claimledger/claimledger"
	"github.com/claimledger/claimledger/internal/export"
	"github.com/claimledger/claimledger/internal/extract"
	"github.com/claimledger/claimledger/internal/storage"
	"github.com/claimledger/claimledger/internal/storyline"
)

// filterFlags adds the claim filters shared by claims and export.
func filterFlags(fs *flag.FlagSet) *storage.ClaimFilter {
	f := &storage.ClaimFilter{}
	fs.StringVar(&f.Source, "source", "", "claims whose source or its entity contains this (\"ministry\", \"Peskov\")")
	fs.StringVar(&f.Stance, "stance", "", "claims of this stance: assert, deny, accuse, claim_responsibility, pledge, threaten, label, other")
	fs.StringVar(&f.Category, "category", "", "claims carrying a figure of this category: killed, wounded, casualties, captured...")
	fs.StringVar(&f.Place, "place", "", "claims of documents naming this place or country code (\"Bakhmut\", \"UA\")")
	fs.StringVar(&f.From, "from", "", "claims dated on or after this day (YYYY-MM-DD)")
	fs.StringVar(&f.To, "to", "", "claims dated on or before this day (YYYY-MM-DD)")
	fs.StringVar(&f.Search, "search", "", "words that must all occur in the claim's source, cue or content")
	fs.BoolVar(&f.NoBelief, "no-belief", false, "leave out attributions of beliefs and intentions")
	fs.IntVar(&f.Limit, "limit", 0, "at most this many claims (0: all)")
	return f
}

func checkFilter(f *storage.ClaimFilter) error {
	for _, d := range []struct{ name, v string }{{"--from", f.From}, {"--to", f.To}} {
		if _, err := extract.ParseDate(d.v); err != nil {
			return fmt.Errorf("%s: %v", d.name, err)
		}
	}
	if f.Limit < 0 {
		return fmt.Errorf("--limit %d: want 0 or more", f.Limit)
	}
	return nil
}

func claimsCmd(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("claims", flag.ContinueOnError)
	fs.SetOutput(stderr)
	db := dbFlag(fs)
	f := filterFlags(fs)
	format := fs.String("format", "", "text or jsonl (default: text on a terminal, jsonl otherwise)")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if err := checkFilter(f); err != nil {
		fmt.Fprintf(stderr, "claimledger: %v\n", err)
		return 2
	}
	if *format == "" {
		*format = "jsonl"
		if o, ok := stdout.(*os.File); ok && term.IsTerminal(int(o.Fd())) {
			*format = "text"
		}
	}
	if *format != "text" && *format != "jsonl" {
		fmt.Fprintf(stderr, "claimledger: --format %q: want text or jsonl\n", *format)
		return 2
	}
	ctx := context.Background()
	st, err := openStore(ctx, *db)
	if err != nil {
		fmt.Fprintf(stderr, "claimledger: %s: %v\n", *db, err)
		return 1
	}
	defer st.Close()
	w := bufio.NewWriter(stdout)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	err = st.Claims(ctx, *f, func(r storage.ClaimRow) error {
		if *format == "jsonl" {
			return enc.Encode(r)
		}
		return writeClaimText(w, r)
	})
	if ferr := w.Flush(); err == nil {
		err = ferr
	}
	if err != nil {
		fmt.Fprintf(stderr, "claimledger: %v\n", err)
		return 1
	}
	return 0
}

// writeClaimText writes a claim as two lines a person can scan:
// date, speaker, stance and content, then the figures and the document.
func writeClaimText(w io.Writer, r storage.ClaimRow) error {
	c := r.Claim
	who := "(no source)"
	if c.Source != nil {
		who = c.Source.Text
		if c.Source.Name != "" && !strings.EqualFold(c.Source.Name, c.Source.Text) {
			who += " [" + c.Source.Name + "]"
		}
	}
	date := r.Date
	if date == "" {
		date = "----------"
	}
	marks := c.Stance
	if c.Hedged {
		marks += ", hedged"
	}
	if c.Verification == claimledger.Unverified {
		marks += ", unverified"
	}
	if _, err := fmt.Fprintf(w, "%s  %s %s (%s): %s\n", date, who, c.Cue.Text, marks, oneLine(c.Content.Text, 240)); err != nil {
		return err
	}
	var figs []string
	for _, q := range r.Quantities {
		figs = append(figs, fmt.Sprintf("%s %s (%s)", q.Text, q.Category, q.Qualifier))
	}
	doc := r.Document.Title
	if doc == "" {
		doc = r.Document.ID
	}
	if r.Document.URL != "" {
		doc += " <" + r.Document.URL + ">"
	}
	line := "            in " + doc
	if len(figs) > 0 {
		line = "            figures: " + strings.Join(figs, "; ") + "\n" + line
	}
	_, err := fmt.Fprintln(w, line)
	return err
}

// oneLine folds s onto one line of at most max code points.
func oneLine(s string, max int) string { return storyline.OneLine(s, max) }

func exportCmd(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("export", flag.ContinueOnError)
	fs.SetOutput(stderr)
	db := dbFlag(fs)
	f := filterFlags(fs)
	format := fs.String("format", "jsonl", "jsonl (one ledger per document, as extract prints), csv (one row per figure) or stories (one story a line, as story --format json)")
	out := fs.String("out", "", "write to this file instead of standard output")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if err := checkFilter(f); err != nil {
		fmt.Fprintf(stderr, "claimledger: %v\n", err)
		return 2
	}
	if *format != "jsonl" && *format != "csv" && *format != "stories" {
		fmt.Fprintf(stderr, "claimledger: --format %q: want jsonl, csv or stories\n", *format)
		return 2
	}
	if *format != "csv" && *f != (storage.ClaimFilter{}) {
		fmt.Fprintf(stderr, "claimledger: export --format %s writes whole ledgers or stories: the claim filters are for csv (or use claims)\n", *format)
		return 2
	}
	ctx := context.Background()
	st, err := openStore(ctx, *db)
	if err != nil {
		fmt.Fprintf(stderr, "claimledger: %s: %v\n", *db, err)
		return 1
	}
	defer st.Close()
	dst := stdout
	var file *os.File
	if *out != "" {
		if file, err = os.Create(*out); err != nil {
			fmt.Fprintf(stderr, "claimledger: %v\n", err)
			return 1
		}
		dst = file
	}
	w := bufio.NewWriterSize(dst, 1<<16)
	switch *format {
	case "jsonl":
		enc := json.NewEncoder(w)
		enc.SetEscapeHTML(false)
		err = st.Ledgers(ctx, func(d claimledger.Document) error { return enc.Encode(&d) })
	case "stories":
		err = writeStories(ctx, st, w)
	default:
		err = writeCSV(ctx, st, *f, w)
	}
	if ferr := w.Flush(); err == nil {
		err = ferr
	}
	if file != nil {
		if cerr := file.Close(); err == nil {
			err = cerr
		}
	}
	if err != nil {
		fmt.Fprintf(stderr, "claimledger: %v\n", err)
		return 1
	}
	return 0
}

func writeCSV(ctx context.Context, st storage.Store, f storage.ClaimFilter, w io.Writer) error {
	out, err := export.NewCSV(w)
	if err != nil {
		return err
	}
	if err := st.Quantities(ctx, f, out.Write); err != nil {
		out.Flush()
		return err
	}
	return out.Flush()
}

func searchCmd(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("search", flag.ContinueOnError)
	fs.SetOutput(stderr)
	db := dbFlag(fs)
	limit := fs.Int("limit", 20, "at most this many documents")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if fs.NArg() == 0 {
		fmt.Fprintln(stderr, "claimledger: search: give the words to look for")
		return 2
	}
	ctx := context.Background()
	st, err := openStore(ctx, *db)
	if err != nil {
		fmt.Fprintf(stderr, "claimledger: %s: %v\n", *db, err)
		return 1
	}
	defer st.Close()
	hits, err := st.Search(ctx, strings.Join(fs.Args(), " "), *limit)
	if err != nil {
		fmt.Fprintf(stderr, "claimledger: %v\n", err)
		return 1
	}
	w := bufio.NewWriter(stdout)
	for _, h := range hits {
		title := h.Document.Title
		if title == "" {
			title = h.Document.ID
		}
		fmt.Fprintf(w, "%s  %s\n    %s\n", h.Document.Published, title, oneLine(h.Snippet, 200))
	}
	if err := w.Flush(); err != nil {
		fmt.Fprintf(stderr, "claimledger: %v\n", err)
		return 1
	}
	return 0
}
