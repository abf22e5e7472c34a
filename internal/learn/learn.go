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

// wideWindow takes the neighbouring sentences into an argument's window.
var wideWindow = false

// maxWindow bounds the tokens an argument is looked for in.
const maxWindow = 160

// window gives the tokens [from, to] around a cue in sentence s: the
// sentence, and the sentences before and after it in the same paragraph.
func window(d *text.Doc, s int) (from, to int) {
	sent := d.Sentences[s]
	from, to = sent.First, sent.Last
	if !wideWindow {
		return from, to
	}
	para := d.ParagraphOf(sent.Start)
	if s > 0 && d.ParagraphOf(d.Sentences[s-1].Start) == para {
		from = d.Sentences[s-1].First
	}
	if s+1 < len(d.Sentences) && d.ParagraphOf(d.Sentences[s+1].Start) == para {
		to = d.Sentences[s+1].Last
	}
	for to-from+1 > maxWindow {
		// keep the cue's sentence whole, trim the neighbours
		if sent.First-from > to-sent.Last {
			from++
		} else if to > sent.Last {
			to--
		} else {
			from++
		}
	}
	return from, to
}

// Cue windows: the cue tagger reads only the tokens around a candidate (a
// rules' cue or a word of Models.Words), cueLeft before and cueRight after,
// within the sentence; nearby windows merge. Cues are short and the tagger's
// features look two tokens each way, so little is lost, and most of a text
// is never tagged.
const (
	cueLeft  = 2
	cueRight = 2
)

// cueWindows calls visit with each window [a, b] of sentence s.
func cueWindows(d *text.Doc, s text.Sentence, rc []byte, words map[string]bool, visit func(a, b int)) {
	a, b := -1, -1
	for i := s.First; i <= s.Last; i++ {
		if rc[i] == 'O' && !words[d.Tokens[i].Lower] {
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

// ruleCues marks the tokens of the rules' cues: 'B' first, 'I' inside, 'O'.
func ruleCues(d *text.Doc, rules []attribution.Claim) []byte {
	m := make([]byte, len(d.Tokens))
	for i := range m {
		m[i] = 'O'
	}
	for _, c := range rules {
		a, b := tokenRange(d, c.Cue)
		for k := a; k <= b; k++ {
			if k == a {
				m[k] = 'B'
			} else {
				m[k] = 'I'
			}
		}
	}
	return m
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
// a claim with this cue.
func newArgContext(d *text.Doc, cs, ce, s, from, to int, rules []attribution.Claim) *argContext {
	c := &argContext{cs: cs, ce: ce, cueSent: s, from: from,
		head: tagger.Hash(d.Tokens[ce].Lower), lemma: tagger.Hash(lexicon(d.Tokens[ce].Lower)),
		ruleRole: make([]byte, to-from+1), commas: make([]int, to-from+1)}
	for k := range c.ruleRole {
		c.ruleRole[k] = 'O'
	}
	for _, r := range rules {
		a, b := tokenRange(d, r.Cue)
		if b < a || b < cs || a > ce {
			continue
		}
		mark := func(rg text.Range, role byte) {
			x, y := tokenRange(d, rg)
			for k := max(x, from); k <= min(y, to); k++ {
				c.ruleRole[k-from] = role
			}
		}
		parts := r.Parts
		if len(parts) == 0 {
			parts = []text.Range{r.Content}
		}
		for _, p := range parts {
			mark(p, 'C')
		}
		mark(r.Source, 'S')
		break
	}
	n := 0
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
	return c
}

// Models holds the two trained taggers and the words the cue tagger is run
// for: a sentence with none of them, and no cue of the rules, is skipped.
type Models struct {
	Cue, Arg *tagger.Model
	Words    map[string]bool
	pool     sync.Pool // of *predictors
}
