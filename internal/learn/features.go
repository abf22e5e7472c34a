package learn

import (
	"strconv"

	"github.com/claimledger/claimledger/internal/attribution"
	"github.com/claimledger/claimledger/internal/tagger"
	"github.com/claimledger/claimledger/internal/text"
)

// sink receives a token's features as a prefix and a value. Training keeps
// the strings; tagging hashes them without joining them, and since
// tagger.Hash(a+b) == tagger.Extend(tagger.Hash(a), b) both see the same
// features.
type sink interface{ add(prefix, value string) }

type stringSink struct{ feats []string }

func (s *stringSink) add(prefix, value string) { s.feats = append(s.feats, prefix+value) }

type hashSink struct{ p *tagger.Predictor }

func (s hashSink) add(prefix, value string) { s.p.Add(tagger.Extend(tagger.Hash(prefix), value)) }

// shape maps a token to a coarse class of its spelling.
func shape(d *text.Doc, t *text.Token) string {
	switch t.Kind {
	case text.Number:
		return "d"
	case text.QuoteMark:
		if t.Open {
			return "q("
		}
		return "q)"
	case text.Punct:
		return t.Lower
	}
	w := d.Text[t.Start:t.End]
	if t.Upper {
		if len(w) > 1 && w == upperASCII(w) {
			return "XX"
		}
		return "Xx"
	}
	return "x"
}

func upperASCII(w string) string {
	b := []byte(w)
	for i, c := range b {
		if 'a' <= c && c <= 'z' {
			b[i] = c - 'a' + 'A'
		}
	}
	return string(b)
}

func suffix(w string, n int) string {
	if len(w) <= n {
		return w
	}
	return w[len(w)-n:]
}

func word(d *text.Doc, i int) string {
	if i < 0 {
		return "<s>"
	}
	if i >= len(d.Tokens) {
		return "</s>"
	}
	return d.Tokens[i].Lower
}

// lexicon tags a word with its cue lemma, or "-".
func lexicon(w string) string {
	if lx, ok := attribution.Lookup(w); ok {
		return lx.Lemma
	}
	return "-"
}

// cueFeatures describes token i of a sentence [f, l] for the cue tagger.
// ruleCue marks the tokens of the rules' cues ('B' first, 'I' inside).
func cueFeatures(d *text.Doc, i, f, l int, ruleCue []byte, out sink) {
	t := &d.Tokens[i]
	w := t.Lower
	out.add("b", "")
	out.add("w=", w)
	out.add("s3=", suffix(w, 3))
	out.add("sh=", shape(d, t))
	out.add("lx=", lexicon(w))
	out.add("w-1=", word(d, i-1))
	out.add("w+1=", word(d, i+1))
	out.add("w-2=", word(d, i-2))
	out.add("w+2=", word(d, i+2))
	out.add("w-1w=", word(d, i-1)+"|"+w)
	out.add("ww+1=", w+"|"+word(d, i+1))
	out.add("lx-1=", lexicon(word(d, i-1)))
	out.add("lx+1=", lexicon(word(d, i+1)))
	out.add("rc=", string(ruleCue[i]))
	if i > 0 {
		out.add("rc-1=", string(ruleCue[i-1]))
	}
	if i+1 < len(ruleCue) {
		out.add("rc+1=", string(ruleCue[i+1]))
	}
	if d.QuoteAt(t.Start) >= 0 {
		out.add("inq", "")
	}
	if i == f {
		out.add("first", "")
	}
	if i == l {
		out.add("last", "")
	}
	out.add("sh-1sh+1=", shapeAt(d, i-1)+"|"+shapeAt(d, i+1))
}

func shapeAt(d *text.Doc, i int) string {
	if i < 0 || i >= len(d.Tokens) {
		return "^"
	}
	return shape(d, &d.Tokens[i])
}

// relative places token i against a cue [cs, ce]: "c" inside, "b1".."b5"
// before and "a1".."a5" after, by distance classes.
func relative(i, cs, ce int) (coarse, fine string) {
	switch {
	case i >= cs && i <= ce:
		return "c", "c"
	case i < cs:
		return "b", "b" + strconv.Itoa(distanceClass(cs-i))
	default:
		return "a", "a" + strconv.Itoa(distanceClass(i-ce))
	}
}

func distanceClass(n int) int {
	switch {
	case n <= 1:
		return 1
	case n <= 3:
		return 2
	case n <= 7:
		return 3
	case n <= 15:
		return 4
	case n <= 30:
		return 5
	}
	return 6
}

// argContext is what the argument tagger knows of one cue.
type argContext struct {
	cs, ce   int    // the cue's tokens, inclusive
	cueSent  int    // its sentence
	head     string // the cue's last word
	lemma    string
	ruleRole []byte // per token of the window: 'S' source, 'C' content, 'O', from the rules' claim of this cue
	commas   []int  // per token of the window: commas between it and the cue
	from     int    // first token of the window
}

// argFeatures describes token i for the argument tagger of one cue.
func argFeatures(d *text.Doc, i int, c *argContext, out sink) {
	t := &d.Tokens[i]
	w := t.Lower
	co, fine := relative(i, c.cs, c.ce)
	k := i - c.from
	rr := string(c.ruleRole[k])
	out.add("b", "")
	out.add("r=", fine)
	out.add("rr=", rr)
	out.add("rrr=", rr+fine)
	out.add("w=", w+"|"+co)
	out.add("w0=", w)
	out.add("s3=", suffix(w, 3)+"|"+co)
	out.add("sh=", shape(d, t)+"|"+co)
	out.add("shr=", shape(d, t)+"|"+fine)
	out.add("w-1=", word(d, i-1)+"|"+co)
	out.add("w+1=", word(d, i+1)+"|"+co)
	out.add("sh-1=", shapeAt(d, i-1)+"|"+shape(d, t)+"|"+co)
	out.add("sh+1=", shape(d, t)+"|"+shapeAt(d, i+1)+"|"+co)
	out.add("cue=", c.head+"|"+co)
	out.add("lem=", c.lemma+"|"+fine)
	out.add("cm=", strconv.Itoa(min(c.commas[k], 3))+"|"+co)
	sent := d.SentenceOf(i)
	switch {
	case sent == c.cueSent:
		out.add("ss", "")
	case sent < c.cueSent:
		out.add("sprev", "")
	default:
		out.add("snext", "")
	}
	if q := d.QuoteAt(t.Start); q >= 0 {
		out.add("inq|", co)
		if d.Quotes[q].Start == t.Start {
			out.add("qopen|", co)
		}
		if d.Quotes[q].End == t.End {
			out.add("qclose|", co)
		}
	}
	if i == d.Sentences[sent].First {
		out.add("sfirst|", co)
	}
	if i == d.Sentences[sent].Last {
		out.add("slast|", co)
	}
}
