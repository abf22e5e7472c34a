package gold

import (
	"fmt"
	"strings"

	"github.com/claimledger/claimledger/internal/text"
)

// Stats sums what a tagger and a linker will meet in a gold set.
type Stats struct {
	Documents    int
	Attributions int
	// Empty attributions have no cue, source or content at all.
	Empty    int
	NoSource int
	// Nested attributions have their cue inside another one's content.
	Nested int
	// MultiPiece attributions have a content in several pieces.
	MultiPiece int
	// ContentPieces counts content pieces placed on tokens; Crossing those
	// that run over a sentence boundary.
	ContentPieces, Crossing int
	// CueTokens counts attributions by the tokens of their cue: 0, 1, 2,
	// and 3 or more.
	CueTokens [4]int
	Spans     int
	Snapped   int
	Unmapped  int
	Dropped   int
	Conflicts int
}

// Collect labels every document on its own text layer and sums the result.
func Collect(docs []Document) Stats {
	var s Stats
	for i := range docs {
		s.Add(&docs[i], Label(&docs[i], text.New(docs[i].Text)))
	}
	return s
}

// Add sums one document, labelled by Label.
func (s *Stats) Add(g *Document, l *Labelled) {
	s.Documents++
	s.Attributions += len(g.Attributions)
	s.Spans += l.Spans
	s.Snapped += l.Snapped
	s.Unmapped += l.Unmapped
	s.Dropped += len(g.Dropped)
	s.Conflicts += l.Conflicts
	for i := range g.Attributions {
		a := &g.Attributions[i]
		if len(a.Cue)+len(a.Sources)+len(a.Contents) == 0 {
			s.Empty++
		} else if len(a.Sources) == 0 {
			s.NoSource++
		}
		if len(a.Contents) > 1 {
			s.MultiPiece++
		}
		if nestedIn(g, i) {
			s.Nested++
		}
	}
	for i := range l.Links {
		k := &l.Links[i]
		n := 0
		for _, p := range k.Cue {
			n += p.Tokens.Len()
		}
		s.CueTokens[min(n, 3)]++
		for _, p := range k.Contents {
			s.ContentPieces++
			if p.CrossesSentence() {
				s.Crossing++
			}
		}
	}
}

// nestedIn reports whether attribution i's cue lies in another's content.
func nestedIn(g *Document, i int) bool {
	if len(g.Attributions[i].Cue) == 0 {
		return false
	}
	cue := g.Attributions[i].Cue[0]
	for j := range g.Attributions {
		if j == i {
			continue
		}
		for _, c := range g.Attributions[j].Contents {
			if c.Start <= cue.Start && cue.End <= c.End {
				return true
			}
		}
	}
	return false
}

func share(n, of int) float64 {
	if of == 0 {
		return 0
	}
	return float64(n) / float64(of)
}

// NoSourceShare is the share of attributions without a source, empty
// attributions left aside.
func (s Stats) NoSourceShare() float64 { return share(s.NoSource, s.Attributions-s.Empty) }

// CrossingShare is the share of content pieces that cross a sentence.
func (s Stats) CrossingShare() float64 { return share(s.Crossing, s.ContentPieces) }

// CueShare is the share of attributions whose cue has n tokens (3: three
// or more).
func (s Stats) CueShare(n int) float64 {
	if n < 0 || n > 3 {
		return 0
	}
	return share(s.CueTokens[n], s.Attributions)
}

// String is a short report of the figures.
func (s Stats) String() string {
	var b strings.Builder
	fmt.Fprintf(&b, "documents %d, attributions %d (empty %d)\n", s.Documents, s.Attributions, s.Empty)
	fmt.Fprintf(&b, "no source %.1f%%, nested %.1f%%, content in several pieces %.1f%%\n",
		100*s.NoSourceShare(), 100*share(s.Nested, s.Attributions), 100*share(s.MultiPiece, s.Attributions))
	fmt.Fprintf(&b, "content pieces %d, crossing a sentence %.1f%%\n", s.ContentPieces, 100*s.CrossingShare())
	fmt.Fprintf(&b, "cue tokens 0/1/2/3+: %.1f%% %.1f%% %.1f%% %.1f%%\n",
		100*s.CueShare(0), 100*s.CueShare(1), 100*s.CueShare(2), 100*s.CueShare(3))
	fmt.Fprintf(&b, "spans %d, snapped %d, unmapped %d, dropped %d, BIO conflicts %d\n",
		s.Spans, s.Snapped, s.Unmapped, s.Dropped, s.Conflicts)
	return b.String()
}
