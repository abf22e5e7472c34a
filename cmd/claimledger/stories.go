package main

import (
	"bufio"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/claimledger/claimledger/internal/crossdoc"
	"github.com/claimledger/claimledger/internal/storage"
	"github.com/claimledger/claimledger/internal/stories"
	"github.com/claimledger/claimledger/internal/storyline"
)

func storiesCmd(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("stories", flag.ContinueOnError)
	fs.SetOutput(stderr)
	db := dbFlag(fs)
	limit := fs.Int("limit", 50, "at most this many stories, the latest first (0: all)")
	format := fs.String("format", "text", "text or jsonl")
	if err := fs.Parse(args); err != nil {
		return 2
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
	if err := storyline.Sync(ctx, st); err != nil {
		fmt.Fprintf(stderr, "claimledger: linking stories: %v\n", err)
		return 1
	}
	list, err := st.StoryList(ctx, *limit)
	if err != nil {
		fmt.Fprintf(stderr, "claimledger: %v\n", err)
		return 1
	}
	w := bufio.NewWriter(stdout)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	for _, s := range list {
		if *format == "jsonl" {
			enc.Encode(s)
			continue
		}
		fmt.Fprintf(w, "%5d  %s  %3d docs  %s\n", s.ID, span(s.First, s.Last), s.Documents, oneLine(s.Title, 100))
		if len(s.Places)+len(s.Actors) > 0 {
			fmt.Fprintf(w, "       %s\n", oneLine(strings.Join(append(first(s.Places, 4), first(s.Actors, 5)...), ", "), 110))
		}
	}
	if err := w.Flush(); err != nil {
		fmt.Fprintf(stderr, "claimledger: %v\n", err)
		return 1
	}
	return 0
}

func first(s []string, n int) []string { return s[:min(n, len(s))] }

func span(a, b string) string {
	if a == "" && b == "" {
		return fmt.Sprintf("%-22s", "(undated)")
	}
	if a == "" {
		a = "?"
	}
	if b == "" || b == a {
		return fmt.Sprintf("%-22s", a)
	}
	return a + " – " + b
}

func loadStory(ctx context.Context, st storage.Store, id int64) (storyline.Report, bool, error) {
	r, _, ok, err := storyline.Load(ctx, st, id)
	return r, ok, err
}

func storyCmd(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("story", flag.ContinueOnError)
	fs.SetOutput(stderr)
	db := dbFlag(fs)
	why := fs.Bool("why", false, "say why each document joined the story")
	format := fs.String("format", "text", "text or json")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if fs.NArg() != 1 {
		fmt.Fprintln(stderr, "claimledger: story: give one story id (see claimledger stories)")
		return 2
	}
	id, err := strconv.ParseInt(fs.Arg(0), 10, 64)
	if err != nil || id <= 0 {
		fmt.Fprintf(stderr, "claimledger: story: %q is not a story id\n", fs.Arg(0))
		return 2
	}
	if *format != "text" && *format != "json" {
		fmt.Fprintf(stderr, "claimledger: --format %q: want text or json\n", *format)
		return 2
	}
	ctx := context.Background()
	st, err := openStore(ctx, *db)
	if err != nil {
		fmt.Fprintf(stderr, "claimledger: %s: %v\n", *db, err)
		return 1
	}
	defer st.Close()
	if err := storyline.Sync(ctx, st); err != nil {
		fmt.Fprintf(stderr, "claimledger: linking stories: %v\n", err)
		return 1
	}
	r, ok, err := loadStory(ctx, st, id)
	if err != nil {
		fmt.Fprintf(stderr, "claimledger: %v\n", err)
		return 1
	}
	if !ok {
		fmt.Fprintf(stderr, "claimledger: no story %d\n", id)
		return 1
	}
	w := bufio.NewWriter(stdout)
	if *format == "json" {
		enc := json.NewEncoder(w)
		enc.SetEscapeHTML(false)
		enc.SetIndent("", "  ")
		err = enc.Encode(r)
	} else {
		writeStory(w, r, *why)
	}
	if ferr := w.Flush(); err == nil {
		err = ferr
	}
	if err != nil {
		fmt.Fprintf(stderr, "claimledger: %v\n", err)
		return 1
	}
	return 0
}

// writeStory prints a story for reading: its documents, the claims by
// source, the figures, the contradictions and the timeline of statuses.
func writeStory(w io.Writer, r storyline.Report, why bool) {
	s := r.Story
	fmt.Fprintf(w, "Story %d: %s\n%s · %d documents", s.ID, s.Title, strings.TrimSpace(span(s.First, s.Last)), len(r.Documents))
	if len(s.Places) > 0 {
		fmt.Fprintf(w, " · places: %s", strings.Join(first(s.Places, 6), ", "))
	}
	if len(s.Actors) > 0 {
		fmt.Fprintf(w, " · actors: %s", strings.Join(first(s.Actors, 6), ", "))
	}
	fmt.Fprintln(w)
	num := map[string]string{}
	fmt.Fprintln(w, "\nDocuments")
	for i, d := range r.Documents {
		num[d.Key] = strconv.Itoa(i + 1)
		title := d.Title
		if title == "" {
			title = d.ID
		}
		line := fmt.Sprintf("  %2d. %-10s %s", i+1, d.Published, oneLine(title, 90))
		if d.Outlet != "" {
			line += " (" + d.Outlet + ")"
		}
		if d.CopyOf != "" {
			line += fmt.Sprintf(" [copy of %s]", num[d.CopyOf])
		}
		fmt.Fprintln(w, line)
		if why {
			var y stories.Why
			if json.Unmarshal(d.Why, &y) == nil && y.Reason != "" {
				fmt.Fprintf(w, "      why: %s\n", y.Reason)
			} else if i == 0 {
				fmt.Fprintln(w, "      why: started the story")
			}
		}
	}
	ref := func(m crossdoc.Mention) string { return "doc " + num[m.Doc] + " " + m.Claim }
	bySpeaker := map[string][]crossdoc.ClaimGroup{}
	var speakers []string
	for _, g := range r.Groups {
		k := g.Speaker
		if g.Side != "" {
			k += " [" + g.Side + "]"
		}
		if _, ok := bySpeaker[k]; !ok {
			speakers = append(speakers, k)
		}
		bySpeaker[k] = append(bySpeaker[k], g)
	}
	fmt.Fprintln(w, "\nClaims by source")
	for _, k := range speakers {
		fmt.Fprintf(w, "  %s\n", k)
		for _, g := range bySpeaker[k] {
			var docs []string
			for _, m := range g.Mentions {
				docs = append(docs, num[m.Doc])
			}
			fmt.Fprintf(w, "    %s %s, %s: %s (docs %s)\n", g.ID, g.Stance, g.Status, oneLine(g.Content, 140), strings.Join(docs, ", "))
		}
	}
	if len(r.Figures) > 0 {
		fmt.Fprintln(w, "\nFigures")
		for _, f := range r.Figures {
			what := f.Category
			if f.Object != "" {
				what += " (" + f.Object + ")"
			}
			fmt.Fprintf(w, "  %s: low %g, best %g, high %g\n", what, f.Low, f.Best, f.High)
			for _, c := range f.Claims {
				note := ""
				switch {
				case c.Copy:
					note = " [copy]"
				case c.Denied:
					note = " [denied]"
				}
				sp := c.Speaker
				if c.Side != "" {
					sp += " [" + c.Side + "]"
				}
				fmt.Fprintf(w, "    %-14s %s, %s%s\n", c.Text, sp, ref(c.Mention), note)
			}
		}
	}
	if len(r.Contradictions) > 0 {
		fmt.Fprintln(w, "\nContradictions")
		for _, c := range r.Contradictions {
			fmt.Fprintf(w, "  %s: %s (%s) against %s (%s)\n", c.Kind, c.GroupA, ref(c.A), c.GroupB, ref(c.B))
		}
	}
	if len(r.History) > 0 {
		fmt.Fprintln(w, "\nTimeline of statuses")
		for _, h := range r.History {
			group := h.Group
			if i := strings.LastIndexByte(group, '#'); i > 0 {
				group = "doc " + num[group[:i]] + " " + group[i+1:]
			}
			fmt.Fprintf(w, "  doc %-3s %s: %s (%s)\n", num[h.Doc], group, h.Status, oneLine(h.Reason, 100))
		}
	}
}

// writeStories writes every story, the oldest first, one JSON object a
// line, as story --format json does; stories are linked first if need be.
func writeStories(ctx context.Context, st storage.Store, w io.Writer) error {
	if err := storyline.Sync(ctx, st); err != nil {
		return err
	}
	list, err := st.StoryList(ctx, 0)
	if err != nil {
		return err
	}
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	for i := len(list) - 1; i >= 0; i-- {
		r, ok, err := loadStory(ctx, st, list[i].ID)
		if err != nil {
			return err
		}
		if ok {
			if err := enc.Encode(r); err != nil {
				return err
			}
		}
	}
	return nil
}
