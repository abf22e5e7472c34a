// Package learn is the trained half of attribution: a tagger that finds
// cues, and a tagger that, given a cue, marks its source and content in the
// sentences around it. Both are averaged perceptrons (internal/tagger) over
// features of the text layer and of what the rules (internal/attribution)
// found, so the models learn where the rules are right and where the
// annotators' conventions differ from them.
//
// The models are trained from PolNeAR by `claimledger train` and embedded;
// see Train and Models.
package learn

import (
	"sync"

	"github.com/claimledger/claimledger/internal/attribution"
	"github.com/claimledger/claimledger/internal/tagger"
	"github.com/claimledger/claimledger/internal/text"
)

// Label sets.
var (
	cueLabels = []string{"O", "B-CUE", "I-CUE"}
	argLabels = []string{"O", "B-SRC", "I-SRC", "B-CON", "I-CON"}
)

// window gives the tokens [from, to] an argument of a cue in sentence s is
// looked for in: the sentence. Taking in its neighbours as well found
// hardly more and cost a third more time.
func window(d *text.Doc, s int) (from, to int) {
	return d.Sentences[s].First, d.Sentences[s].Last
}

// argPositions lists the tokens of the window [from, to] the argument
// tagger reads for a cue whose rules' claim is r (or -1). When the rules
// took a quotation for the content, its inner words are left out: the
// content is the rules', and the model only places the speaker and the
// quotation's edges, at a fraction of the cost in quote-heavy news.
func argPositions(d *text.Doc, from, to int, rules []attribution.Claim, r int, out []int) []int {
	out = out[:0]
	skipA, skipB := -1, -1
	if r >= 0 {
		if q := d.QuoteAt(rules[r].Content.Start); q >= 0 {
			skipA, skipB = d.Quotes[q].Inner.Start, d.Quotes[q].Inner.End
		}
	}
	for i := from; i <= to; i++ {
		if t := &d.Tokens[i]; t.Start >= skipA && t.End <= skipB && t.Kind != text.QuoteMark {
			continue
		}
		out = append(out, i)
	}
	return out
}

// Cue windows: the cue tagger reads only the tokens around a candidate (a
// rules' cue or a word of Models.Words), cueLeft before and cueRight after,
// within the sentence; nearby windows merge, and most of a text is never
// tagged. Two each way place the edges of multi-word cues better than one
// ("is once again questioning": +0.9 points of cue F on held-out halves of
// the training data) for 4 % of the speed; wider windows cost more than
// they find.
const (
	cueLeft  = 2
	cueRight = 2
)

// cueWindows calls visit with each window [a, b] of sentence s.
func cueWindows(d *text.Doc, s text.Sentence, rc []byte, isWord func(string) bool, visit func(a, b int)) {
	a, b := -1, -1
	for i := s.First; i <= s.Last; i++ {
		if rc[i] == 'O' && !isWord(d.Tokens[i].Lower) {
			continue
		}
		lo, hi := max(i-cueLeft, s.First), min(i+cueRight, s.Last)
		if a >= 0 && lo <= b+1 {
			b = hi
			continue
		}
		if a >= 0 {
			visit(a, b)
		}
		a, b = lo, hi
	}
	if a >= 0 {
		visit(a, b)
	}
}

// ruleCues marks the tokens of the rules' cues in rc: 'B' first, 'I'
// inside, 'O'; and in at, the index of the first rule whose cue covers the
// token, or -1. Both are reused when large enough.
func ruleCues(d *text.Doc, rules []attribution.Claim, rc []byte, at []int32) ([]byte, []int32) {
	n := len(d.Tokens)
	if cap(rc) < n {
		rc, at = make([]byte, n), make([]int32, n)
	}
	rc, at = rc[:n], at[:n]
	for i := range rc {
		rc[i] = 'O'
		at[i] = -1
	}
	for r, c := range rules {
		a, b := tokenRange(d, c.Cue)
		for k := a; k <= b; k++ {
			if k == a {
				rc[k] = 'B'
			} else {
				rc[k] = 'I'
			}
			if at[k] < 0 {
				at[k] = int32(r)
			}
		}
	}
	return rc, at
}

// ruleAt returns the first of the rules' claims whose cue overlaps the
// tokens [a, b], or -1.
func ruleAt(at []int32, a, b int) int {
	best := -1
	for k := a; k <= b; k++ {
		if r := int(at[k]); r >= 0 && (best < 0 || r < best) {
			best = r
		}
	}
	return best
}

// tokenRange returns the tokens a byte range covers, inclusive; b < a when none.
func tokenRange(d *text.Doc, r text.Range) (a, b int) {
	if r.End <= r.Start {
		return 0, -1
	}
	a = d.TokenAt(r.Start)
	b = d.TokenAt(r.End - 1)
	if b >= len(d.Tokens) || a >= len(d.Tokens) {
		return 0, -1
	}
	if d.Tokens[b].Start >= r.End {
		b--
	}
	return a, b
}

// newArgContext describes the cue [cs, ce] of sentence s for the argument
// tagger, with the roles the rules gave the window's tokens when they found
// a claim with this cue (rule r, or -1). It reuses c's buffers.
func newArgContext(c *argContext, d *text.Doc, cs, ce, s, from, to int, rules []attribution.Claim, r int) {
	n := to - from + 1
	if cap(c.ruleRole) < n {
		c.ruleRole, c.commas = make([]byte, n), make([]int, n)
	}
	*c = argContext{cs: cs, ce: ce, cueSent: s, from: from,
		head: tagger.Hash(d.Tokens[ce].Lower), lemma: tagger.Hash(lexicon(d.Tokens[ce].Lower)),
		ruleRole: c.ruleRole[:n], commas: c.commas[:n]}
	for k := range c.ruleRole {
		c.ruleRole[k] = 'O'
	}
	if r >= 0 {
		mark := func(rg text.Range, role byte) {
			x, y := tokenRange(d, rg)
			for k := max(x, from); k <= min(y, to); k++ {
				c.ruleRole[k-from] = role
			}
		}
		for _, p := range rules[r].ContentParts() {
			mark(p, 'C')
		}
		mark(rules[r].Source, 'S')
	}
	n = 0
	for k := cs - 1; k >= from; k-- {
		if d.Tokens[k].Lower == "," {
			n++
		}
		c.commas[k-from] = n
	}
	n = 0
	for k := ce + 1; k <= to; k++ {
		if d.Tokens[k].Lower == "," {
			n++
		}
		c.commas[k-from] = n
	}
}

// Models holds the two trained taggers and the words the cue tagger is run
// for: only the tokens around them and around the rules' cues are tagged.
type Models struct {
	Cue, Arg *tagger.Model
	Words    map[string]bool
	pool     sync.Pool // of *predictors
	// cueNames and argNames are the models' labels; filter rejects
	// most words not in Words without a map lookup.
	cueNames, argNames []string
	filter             *[filterBits / 64]uint64
	prepare            sync.Once
}

// filterBits sizes Models.filter: a bit per (length, first byte, last byte)
// class of word.
const filterBits = 1 << 16

func filterSlot(w string) uint32 {
	return (uint32(w[0])<<8 | uint32(w[len(w)-1])) ^ uint32(len(w))<<11&0xffff
}

// ready builds what tagging needs beyond the models, once.
func (m *Models) ready() {
	m.prepare.Do(func() {
		m.cueNames, m.argNames = m.Cue.Labels(), m.Arg.Labels()
		m.filter = new([filterBits / 64]uint64)
		for w := range m.Words {
			if w != "" {
				s := filterSlot(w)
				m.filter[s/64] |= 1 << (s % 64)
			}
		}
	})
}

// isWord reports whether w is a candidate word of the cue tagger.
func (m *Models) isWord(w string) bool {
	if w == "" {
		return false
	}
	s := filterSlot(w)
	return m.filter[s/64]&(1<<(s%64)) != 0 && m.Words[w]
}
