package gold

import (
	"sort"

	"github.com/claimledger/claimledger/internal/text"
)

// Role is one part of an attribution.
type Role uint8

const (
	Cue Role = iota
	Source
	Content
	NumRoles
)

var roleNames = [...]string{"CUE", "SRC", "CONTENT", "?"}

func (r Role) String() string {
	if r > NumRoles {
		r = NumRoles
	}
	return roleNames[r]
}

// Tag is a BIO label of one token in one role's layer.
type Tag uint8

const (
	O Tag = iota
	B
	I
)

func (t Tag) String() string {
	switch t {
	case B:
		return "B"
	case I:
		return "I"
	}
	return "O"
}

// Range is a run of tokens, Start inclusive, End exclusive.
type Range struct{ Start, End int }

// Len is the number of tokens in the range.
func (r Range) Len() int { return r.End - r.Start }

// Piece is one gold span placed on tokens.
type Piece struct {
	Tokens Range
	// Sentence and LastSentence hold the first and the last token.
	Sentence, LastSentence int
	// Snapped is set when a span boundary fell inside a token and the
	// piece was widened to the whole token.
	Snapped bool
}

// CrossesSentence reports whether the piece runs over a sentence boundary.
func (p Piece) CrossesSentence() bool { return p.LastSentence != p.Sentence }

// Link is one gold attribution in token space: its own layer, whatever
// other attributions cover the same tokens.
type Link struct {
	ID string
	// Attribution indexes Document.Attributions.
	Attribution int
	Cue         []Piece
	Sources     []Piece
	Contents    []Piece
}

// Pieces returns the link's pieces of one role.
func (l *Link) Pieces(r Role) []Piece {
	switch r {
	case Cue:
		return l.Cue
	case Source:
		return l.Sources
	case Content:
		return l.Contents
	}
	return nil
}

// CueRange is the hull of the cue's pieces, and false when the cue has no
// tokens.
func (l *Link) CueRange() (Range, bool) {
	if len(l.Cue) == 0 {
		return Range{}, false
	}
	r := l.Cue[0].Tokens
	for _, p := range l.Cue[1:] {
		r.Start = min(r.Start, p.Tokens.Start)
		r.End = max(r.End, p.Tokens.End)
	}
	return r, true
}

// Pair is one cue joined to one of its arguments (a source or a content
// piece), the unit a linker learns to predict.
type Pair struct {
	Attribution int
	Role        Role
	Cue, Arg    Range
	// CueSentence and ArgSentence are the sentences of the first tokens.
	CueSentence, ArgSentence int
}

// Pairs lists the (cue, source) and (cue, content) pairs of the link, one
// per source and content piece; a link without cue tokens has none.
func (l *Link) Pairs() []Pair {
	cue, ok := l.CueRange()
	if !ok {
		return nil
	}
	cs := l.Cue[0].Sentence
	out := make([]Pair, 0, len(l.Sources)+len(l.Contents))
	for _, r := range [...]Role{Source, Content} {
		for _, p := range l.Pieces(r) {
			out = append(out, Pair{Attribution: l.Attribution, Role: r, Cue: cue, Arg: p.Tokens, CueSentence: cs, ArgSentence: p.Sentence})
		}
	}
	return out
}

// Labelled is a gold document laid over the text layer.
type Labelled struct {
	Doc   *text.Doc
	Links []Link
	// Tags holds, per role, one tag a token over the whole document. A
	// token may carry tags in several roles (a cue inside a content).
	Tags [NumRoles][]Tag
	// Spans counts the gold spans placed; Snapped those widened to token
	// boundaries; Unmapped those that cover no token.
	Spans, Snapped, Unmapped int
	// Conflicts counts pieces left out of a BIO layer because a longer
	// piece of the same role already covered some of their tokens.
	Conflicts int
}

// Label places the gold attributions of g on the tokens of d, which must
// be text.New(g.Text).
func Label(g *Document, d *text.Doc) *Labelled {
	l := &Labelled{Doc: d, Links: make([]Link, len(g.Attributions))}
	for i := range g.Attributions {
		a := &g.Attributions[i]
		l.Links[i] = Link{
			ID: a.ID, Attribution: i,
			Cue: l.pieces(a.Cue), Sources: l.pieces(a.Sources), Contents: l.pieces(a.Contents),
		}
	}
	for r := Role(0); r < NumRoles; r++ {
		l.Tags[r] = l.layer(r)
	}
	return l
}

func (l *Labelled) pieces(spans []Span) []Piece {
	if len(spans) == 0 {
		return nil
	}
	out := make([]Piece, 0, len(spans))
	toks := l.Doc.Tokens
	for _, s := range spans {
		l.Spans++
		first := l.Doc.TokenAt(s.Start)
		end := sort.Search(len(toks), func(i int) bool { return toks[i].Start >= s.End })
		if first >= end {
			l.Unmapped++
			continue
		}
		p := Piece{
			Tokens:       Range{first, end},
			Sentence:     l.Doc.SentenceOf(first),
			LastSentence: l.Doc.SentenceOf(end - 1),
			Snapped:      toks[first].Start < s.Start || toks[end-1].End > s.End,
		}
		if p.Snapped {
			l.Snapped++
		}
		out = append(out, p)
	}
	return out
}

// layer builds one role's BIO sequence. Pieces go in longest first, so
// that when pieces of one role nest (a content quoting another
// attribution's content) the outer one is kept; a piece equal to one
// already in place is a repeat, not a conflict.
func (l *Labelled) layer(r Role) []Tag {
	tags := make([]Tag, len(l.Doc.Tokens))
	var rs []Range
	for i := range l.Links {
		for _, p := range l.Links[i].Pieces(r) {
			rs = append(rs, p.Tokens)
		}
	}
	sort.Slice(rs, func(i, j int) bool {
		if rs[i].Len() != rs[j].Len() {
			return rs[i].Len() > rs[j].Len()
		}
		return rs[i].Start < rs[j].Start
	})
	for k, rg := range rs {
		if k > 0 && rs[k-1] == rg {
			continue
		}
		free := true
		for t := rg.Start; t < rg.End; t++ {
			if tags[t] != O {
				free = false
				break
			}
		}
		if !free {
			l.Conflicts++
			continue
		}
		tags[rg.Start] = B
		for t := rg.Start + 1; t < rg.End; t++ {
			tags[t] = I
		}
	}
	return tags
}

// Sentence returns a copy of role r's tags for sentence s. A piece that
// carries on from the previous sentence starts again with B, so that each
// sentence is a valid BIO sequence for a sentence-level tagger; the
// document-wide view is Tags.
func (l *Labelled) Sentence(r Role, s int) []Tag {
	if s < 0 || s >= len(l.Doc.Sentences) || r >= NumRoles {
		return nil
	}
	se := l.Doc.Sentences[s]
	out := append([]Tag(nil), l.Tags[r][se.First:se.Last+1]...)
	if len(out) > 0 && out[0] == I {
		out[0] = B
	}
	return out
}

// Sentences returns role r's tags split by sentence; see Sentence.
func (l *Labelled) Sentences(r Role) [][]Tag {
	out := make([][]Tag, len(l.Doc.Sentences))
	for s := range out {
		out[s] = l.Sentence(r, s)
	}
	return out
}
