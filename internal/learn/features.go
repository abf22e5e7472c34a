package learn

import (
	"github.com/claimledger/claimledger/internal/attribution"
	"github.com/claimledger/claimledger/internal/tagger"
	"github.com/claimledger/claimledger/internal/text"
)

// Features are hashes, built the same way in training and in tagging: each
// token's word, suffix, shape and lexicon lemma are hashed once per document
// (tokInfo), and a feature is tagger.Combine of a template's seed with
// them, so a feature costs a multiply or two instead of a string built and
// hashed byte by byte.

// tokInfo is what the features know of one token, hashed.
type tokInfo struct {
	word, suf, shape, lex uint64
	// stem is filled with lex: the cue tagger's generalisation
	// over inflected forms ("encourage", "encouraging").
	stem uint64
	// class is the word's attitude class (see attitudeClass) and fc its
	// function class (see functionClass), filled with lex.
	class, fc uint64
	// ready, lexReady and fcReady hold the featurer's generation when the
	// hashes, lex and fc were filled, so that buffers are reused without
	// clearing.
	ready, lexReady, fcReady uint32
	inq                      bool
}

// Sentinels stand for the tokens before the first and after the last.
var (
	startTok = tokInfo{word: tagger.Hash("<s>"), suf: tagger.Hash("<s>"), shape: tagger.Hash("^"), lex: tagger.Hash("-"),
		stem: tagger.Hash("<s>"), class: tagger.Hash("<s>"), fc: tagger.Hash("<s>"), ready: ^uint32(0), lexReady: ^uint32(0), fcReady: ^uint32(0)}
	endTok = tokInfo{word: tagger.Hash("</s>"), suf: tagger.Hash("</s>"), shape: tagger.Hash("^"), lex: tagger.Hash("-"),
		stem: tagger.Hash("</s>"), class: tagger.Hash("</s>"), fc: tagger.Hash("</s>"), ready: ^uint32(0), lexReady: ^uint32(0), fcReady: ^uint32(0)}
)

// featurer computes the features of one document's tokens. Token hashes are
// filled lazily, so tokens no tagger looks at cost nothing.
type featurer struct {
	d    *text.Doc
	toks []tokInfo
	gen  uint32
	rc   []byte  // the rules' cues: 'B', 'I' or 'O' per token
	at   []int32 // the first rule whose cue covers each token, or -1
	buf  []uint64
	pos  []int // the argument tagger's tokens, see argPositions
	arg  argContext
}

func newFeaturer(d *text.Doc, rules []attribution.Claim) *featurer {
	f := &featurer{}
	f.reset(d, rules)
	return f
}

// reset readies f for document d, reusing its buffers.
func (f *featurer) reset(d *text.Doc, rules []attribution.Claim) {
	f.d = d
	f.gen++
	if f.gen == ^uint32(0) || cap(f.toks) < len(d.Tokens) {
		f.toks, f.gen = make([]tokInfo, len(d.Tokens)+len(d.Tokens)/4), 1
	}
	f.toks = f.toks[:len(d.Tokens)]
	f.rc, f.at = ruleCues(d, rules, f.rc, f.at)
}

func (f *featurer) tok(i int) *tokInfo {
	if i < 0 {
		return &startTok
	}
	if i >= len(f.toks) {
		return &endTok
	}
	t := &f.toks[i]
	if t.ready != f.gen {
		dt := &f.d.Tokens[i]
		w := dt.Lower
		t.word = tagger.Hash(w)
		t.suf = tagger.Hash(suffix(w, 3))
		t.shape = tagger.Hash(shape(f.d, dt))
		t.inq = len(f.d.Quotes) > 0 && f.d.QuoteAt(dt.Start) >= 0
		t.ready = f.gen
	}
	return t
}

// lexTok is tok with the lexicon lemma filled, which only the cue tagger
// reads.
func (f *featurer) lexTok(i int) *tokInfo {
	t := f.tok(i)
	if i >= 0 && i < len(f.toks) && t.lexReady != f.gen {
		w := f.d.Tokens[i].Lower
		t.lex = tagger.Hash(lexicon(w))
		t.stem = tagger.Hash(stem(w))
		t.class = tagger.Hash(attitudeClass(w))
		t.fc = tagger.Hash(functionClass(w, f.d.Tokens[i].Upper))
		t.lexReady, t.fcReady = f.gen, f.gen
	}
	return t
}

// fcTok is tok with the function class filled, which the argument tagger
// reads without the rest of lexTok.
func (f *featurer) fcTok(i int) *tokInfo {
	t := f.tok(i)
	if i >= 0 && i < len(f.toks) && t.fcReady != f.gen {
		t.fc = tagger.Hash(functionClass(f.d.Tokens[i].Lower, f.d.Tokens[i].Upper))
		t.fcReady = f.gen
	}
	return t
}

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
	if t.Upper {
		if t.End-t.Start > 1 && allUpper(d.Text[t.Start:t.End]) {
			return "XX"
		}
		return "Xx"
	}
	return "x"
}

func allUpper(w string) bool {
	for i := 0; i < len(w); i++ {
		if 'a' <= w[i] && w[i] <= 'z' {
			return false
		}
	}
	return true
}

func suffix(w string, n int) string {
	if len(w) <= n {
		return w
	}
	return w[len(w)-n:]
}

// stem strips the commonest inflections, so that the forms of a verb or
// noun share a feature: "claims", "claimed", "claiming" give "claim",
// "encourage" and "encouraging" give "encourag".
func stem(w string) string {
	for _, suf := range [...]string{"ing", "ed", "es", "s", "e"} {
		if len(w) > len(suf)+2 && w[len(w)-len(suf):] == suf {
			return w[:len(w)-len(suf)]
		}
	}
	return w
}

// lexicon gives a word's cue lemma, or "-".
func lexicon(w string) string {
	if lx, ok := attribution.Lookup(w); ok {
		return lx.Lemma
	}
	return "-"
}

// seed is a feature template's starting hash.
func seed(name string) uint64 { return tagger.Hash(name) }

// Cue tagger templates.
var (
	cBias, cW, cS3, cSh, cLx           = seed("b"), seed("w="), seed("s3="), seed("sh="), seed("lx=")
	cWm1, cWp1, cWm2, cWp2             = seed("w-1="), seed("w+1="), seed("w-2="), seed("w+2=")
	cWm1W, cWWp1, cLxm1, cLxp1         = seed("w-1w="), seed("ww+1="), seed("lx-1="), seed("lx+1=")
	cRc, cRcm1, cRcp1, cInq, cShm1Shp1 = seed("rc="), seed("rc-1="), seed("rc+1="), seed("inq"), seed("sh-1sh+1=")
	cFirst, cLast, cSt, cLxm2, cLxp2   = seed("first"), seed("last"), seed("st="), seed("lx-2="), seed("lx+2=")
	cWm2Wm1, cWp1Wp2, cFol, cRcm2      = seed("w-2w-1="), seed("w+1w+2="), seed("fol="), seed("rc-2=")
	cRcp2, cCl, cClm1, cClp1           = seed("rc+2="), seed("cl="), seed("cl-1="), seed("cl+1=")
	cClm2, cClp2, cFcm1, cFcp1         = seed("cl-2="), seed("cl+2="), seed("fc-1="), seed("fc+1=")
	cFcm2, cFcp2, cFcm1p1, cFcm1W      = seed("fc-2="), seed("fc+2="), seed("fc-1fc+1="), seed("fc-1w=")
	cWFcp1, cClFcp1, cClFcm1, cStFcp1  = seed("wfc+1="), seed("clfc+1="), seed("clfc-1="), seed("stfc+1=")
)

// follows names what opens within a few tokens after token i in its
// sentence: a that-clause, a quotation or a colon, the marks of reported
// content; 0 when none does.
func (f *featurer) follows(i, last int) uint64 {
	for k := i + 1; k <= min(i+5, last); k++ {
		t := &f.d.Tokens[k]
		switch {
		case t.Kind == text.QuoteMark && t.Open:
			return 1
		case t.Lower == "that":
			return 2
		case t.Lower == ":":
			return 3
		}
	}
	return 0
}

// cueFeatures appends the features of token i of the sentence [first, last]
// for the cue tagger.
func (f *featurer) cueFeatures(i, first, last int, out []uint64) []uint64 {
	c := tagger.Combine
	t, p1, n1 := f.lexTok(i), f.lexTok(i-1), f.lexTok(i+1)
	p2, n2 := f.lexTok(i-2), f.lexTok(i+2)
	fol := f.follows(i, last)
	out = append(out, cBias, c(cW, t.word), c(cS3, t.suf), c(cSh, t.shape), c(cLx, t.lex),
		c(cWm1, p1.word), c(cWp1, n1.word), c(cWm2, p2.word), c(cWp2, n2.word),
		c(c(cWm1W, p1.word), t.word), c(c(cWWp1, t.word), n1.word),
		c(cLxm1, p1.lex), c(cLxp1, n1.lex), c(cRc, uint64(f.rc[i])),
		c(c(cShm1Shp1, p1.shape), n1.shape), c(cSt, t.stem), c(cLxm2, p2.lex), c(cLxp2, n2.lex),
		c(c(cWm2Wm1, p2.word), p1.word), c(c(cWp1Wp2, n1.word), n2.word), c(cFol, fol),
		c(cCl, t.class), c(cClm1, p1.class), c(cClp1, n1.class), c(cClm2, p2.class), c(cClp2, n2.class),
		c(cFcm1, p1.fc), c(cFcp1, n1.fc), c(cFcm2, p2.fc), c(cFcp2, n2.fc), c(c(cFcm1p1, p1.fc), n1.fc),
		c(c(cFcm1W, p1.fc), t.word), c(c(cWFcp1, t.word), n1.fc), c(c(cClFcp1, t.class), n1.fc),
		c(c(cClFcm1, t.class), p1.fc), c(c(cStFcp1, t.stem), n1.fc))
	if i > 0 {
		out = append(out, c(cRcm1, uint64(f.rc[i-1])))
	}
	if i > 1 {
		out = append(out, c(cRcm2, uint64(f.rc[i-2])))
	}
	if i+1 < len(f.rc) {
		out = append(out, c(cRcp1, uint64(f.rc[i+1])))
	}
	if i+2 < len(f.rc) {
		out = append(out, c(cRcp2, uint64(f.rc[i+2])))
	}
	if t.inq {
		out = append(out, cInq)
	}
	if i == first {
		out = append(out, cFirst)
	}
	if i == last {
		out = append(out, cLast)
	}
	return out
}

// relative places token i against a cue [cs, ce]: coarse is 0 inside, 1
// before, 2 after; fine adds the distance class (1..6) to before and after.
func relative(i, cs, ce int) (coarse, fine uint64) {
	switch {
	case i >= cs && i <= ce:
		return 0, 0
	case i < cs:
		return 1, 1 + distanceClass(cs-i)
	default:
		return 2, 8 + distanceClass(i-ce)
	}
}

func distanceClass(n int) uint64 {
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
	head     uint64 // the cue's last word, hashed
	lemma    uint64
	ruleRole []byte // per token of the window: 'S' source, 'C' content, 'O', from the rules' claim of this cue
	commas   []int  // per token of the window: commas between it and the cue
	from     int    // first token of the window
}

// Argument tagger templates.
var (
	aBias, aFine, aRR, aRRFine, aW, aW0 = seed("b"), seed("r="), seed("rr="), seed("rrr="), seed("w="), seed("w0=")
	aS3, aSh, aShFine, aWm1, aWp1       = seed("s3="), seed("sh="), seed("shr="), seed("w-1="), seed("w+1=")
	aShm1, aShp1, aCue, aLem, aCm       = seed("sh-1="), seed("sh+1="), seed("cue="), seed("lem="), seed("cm=")
	aInq, aQOpen, aQClose               = seed("inq|"), seed("qopen|"), seed("qclose|")
	aSFirst, aSLast                     = seed("sfirst|"), seed("slast|")
	aFc, aFcW                           = seed("afc="), seed("afcw=")
)

// argFeatures appends the features of token i, in sentence sent, for the
// argument tagger of one cue.
func (f *featurer) argFeatures(i, sent int, a *argContext, out []uint64) []uint64 {
	c := tagger.Combine
	t := f.tok(i)
	co, fine := relative(i, a.cs, a.ce)
	k := i - a.from
	rr := uint64(a.ruleRole[k])
	p1, n1 := f.tok(i-1), f.tok(i+1)
	out = append(out, aBias, c(aFine, fine), c(aRR, rr), c(c(aRRFine, rr), fine),
		c(c(aW, t.word), co), c(aW0, t.word), c(c(aS3, t.suf), co), c(c(aSh, t.shape), co),
		c(c(aShFine, t.shape), fine), c(c(aWm1, p1.word), co), c(c(aWp1, n1.word), co),
		c(c(c(aShm1, p1.shape), t.shape), co), c(c(c(aShp1, t.shape), n1.shape), co),
		c(c(aCue, a.head), co), c(c(aLem, a.lemma), fine), c(c(aCm, uint64(min(a.commas[k], 3))), co),
		// the function words around a token place clause edges: "X, who", "that he"
		c(c(c(aFc, f.fcTok(i-1).fc), f.fcTok(i).fc), fine), c(c(c(aFcW, f.fcTok(i).fc), n1.word), co))
	d := f.d
	if t.inq {
		out = append(out, c(aInq, co))
		q := d.Quotes[d.QuoteAt(d.Tokens[i].Start)]
		if q.Start == d.Tokens[i].Start {
			out = append(out, c(aQOpen, co))
		}
		if q.End == d.Tokens[i].End {
			out = append(out, c(aQClose, co))
		}
	}
	if i == d.Sentences[sent].First {
		out = append(out, c(aSFirst, co))
	}
	if i == d.Sentences[sent].Last {
		out = append(out, c(aSLast, co))
	}
	return out
}
