package learn

import (
	"sort"

	"github.com/claimledger/claimledger"
	"github.com/claimledger/claimledger/internal/attribution"
	"github.com/claimledger/claimledger/internal/tagger"
	"github.com/claimledger/claimledger/internal/text"
)

// span is a labelled run of tokens, inclusive.
type span struct{ a, b int }

// spans reads the runs of B-X, I-X... from decoded labels, given the
// indexes of B-X and I-X.
func spans(labels []int, b, in int, offset int, out []span) []span {
	for i := 0; i < len(labels); i++ {
		if labels[i] != b {
			continue
		}
		j := i
		for j+1 < len(labels) && labels[j+1] == in {
			j++
		}
		out = append(out, span{i + offset, j + offset})
		i = j
	}
	return out
}

// spansAt is spans for labels of the tokens pos: a run ends where the
// tokens skip, so that no span reaches over left-out words.
func spansAt(labels []int, b, in int, pos []int, out []span) []span {
	for i := 0; i < len(labels); i++ {
		if labels[i] != b {
			continue
		}
		j := i
		for j+1 < len(labels) && labels[j+1] == in && pos[j+1] == pos[j]+1 {
			j++
		}
		out = append(out, span{pos[i], pos[j]})
		i = j
	}
	return out
}

// labelIndex returns the index of a label in names, or -1.
func labelIndex(names []string, label string) int {
	for i, n := range names {
		if n == label {
			return i
		}
	}
	return -1
}

// predictors are a goroutine's tagging buffers, kept between documents.
type predictors struct {
	cue, arg *tagger.Predictor
	f        featurer
}

// Find returns the attributions of d that the models find, using the
// rules' claims (attribution.Find(d)) as evidence and as the source of
// stances for cues the rules know.
func (m *Models) Find(d *text.Doc, rules []attribution.Claim) []attribution.Claim {
	if len(d.Tokens) == 0 {
		return nil
	}
	m.ready()
	ps, _ := m.pool.Get().(*predictors)
	if ps == nil {
		ps = &predictors{cue: m.Cue.NewPredictor(), arg: m.Arg.NewPredictor()}
	}
	defer m.pool.Put(ps)
	f := &ps.f
	f.reset(d, rules)
	rc := f.rc
	cb, ci := labelIndex(m.cueNames, "B-CUE"), labelIndex(m.cueNames, "I-CUE")

	sb, sI := labelIndex(m.argNames, "B-SRC"), labelIndex(m.argNames, "I-SRC")
	nb, ni := labelIndex(m.argNames, "B-CON"), labelIndex(m.argNames, "I-CON")
	var out []attribution.Claim
	for si, s := range d.Sentences {
		var cues []span
		cueWindows(d, s, rc, m.isWord, func(a, b int) {
			for i := a; i <= b; i++ {
				ps.cue.Next()
				f.buf = f.cueFeatures(i, s.First, s.Last, f.buf[:0])
				for _, h := range f.buf {
					ps.cue.Add(h)
				}
			}
			cues = append(cues, spans(ps.cue.Decode(), cb, ci, a, nil)...)
		})
		for _, cue := range cues {
			r := ruleAt(f.at, cue.a, cue.b)
			from, to := window(d, si)
			ctx := &f.arg
			newArgContext(ctx, d, cue.a, cue.b, si, from, to, rules, r)
			f.pos = argPositions(d, from, to, rules, r, f.pos)
			for _, i := range f.pos {
				ps.arg.Next()
				f.buf = f.argFeatures(i, si, ctx, f.buf[:0])
				for _, h := range f.buf {
					ps.arg.Add(h)
				}
			}
			labels := ps.arg.Decode()
			contents := spansAt(labels, nb, ni, f.pos, nil)
			if r >= 0 {
				// the rules' claim stands, with the cue's extent and the
				// speaker the model marks
				rules[r].Cue = byteRange(d, cue)
				if srcs := spansAt(labels, sb, sI, f.pos, nil); len(srcs) > 0 {
					if src := nearest(srcs, cue); !(src.a == src.b && floating[d.Tokens[src.a].Lower] && rules[r].HasSource()) {
						rules[r].Source = byteRange(d, src)
					}
				}
				if takesModelContent(d, cue, rules[r], contents) {
					rules[r].Parts = nil
					for _, c := range contents {
						rules[r].Parts = append(rules[r].Parts, byteRange(d, c))
					}
					rules[r].Content = text.Range{Start: rules[r].Parts[0].Start, End: rules[r].Parts[len(rules[r].Parts)-1].End}
					if len(rules[r].Parts) == 1 {
						rules[r].Parts = nil
					}
				}
				continue
			}
			if len(contents) == 0 {
				continue
			}
			cl := attribution.Claim{Cue: byteRange(d, cue), Sentence: si}
			if srcs := spansAt(labels, sb, sI, f.pos, nil); len(srcs) > 0 {
				cl.Source = byteRange(d, nearest(srcs, cue))
			}
			for _, c := range contents {
				cl.Parts = append(cl.Parts, byteRange(d, c))
			}
			cl.Content = text.Range{Start: cl.Parts[0].Start, End: cl.Parts[len(cl.Parts)-1].End}
			if len(cl.Parts) == 1 {
				cl.Parts = nil
			}
			cl.Stance, cl.Belief = stance(d, cue)
			out = append(out, cl)
		}
	}
	// the rules' claims stand; the models add what the rules did not find
	out = append(out, rules...)
	sort.SliceStable(out, func(i, j int) bool { return out[i].Cue.Start < out[j].Cue.Start })
	kept := out[:0]
	for _, c := range out {
		attribution.TidySource(d, &c)
		if !attribution.NoSpeaker(d, c.Source) {
			kept = append(kept, c)
		}
	}
	out = kept
	attribution.EndAtCoordinated(d, out)
	attribution.CloseAppositives(d, out)
	return out
}

// takesModelContent reports whether the model's contents replace those of
// the rules' claim with the cue: for beliefs and attitudes the model knows
// better where contents end, outside quotations and on the side of the cue
// the rules found them; for speech the rules know it better (measured on
// held-out halves of the training data).
func takesModelContent(d *text.Doc, cue span, rule attribution.Claim, contents []span) bool {
	return len(contents) > 0 && attitudeClass(d.Tokens[cue.b].Lower) != "speech" &&
		d.QuoteAt(rule.Content.Start) < 0 && sameSide(d, rule, contents)
}

// floating quantifiers alone name no speaker: "the two groups ..., both
// assert"; the rules' speaker stands.
var floating = map[string]bool{"both": true, "all": true, "each": true}

// sameSide reports whether each of the model's contents overlaps the
// rules' content of the claim or lies on its side of the cue: the model may
// move the content's edges, not swap it for the clause on the cue's other
// side.
func sameSide(d *text.Doc, rule attribution.Claim, contents []span) bool {
	after := rule.Content.Start >= rule.Cue.End
	for _, c := range contents {
		a, b := d.Tokens[c.a].Start, d.Tokens[c.b].End
		if a < rule.Content.End && b > rule.Content.Start {
			continue
		}
		if (a >= rule.Cue.End) != after {
			return false
		}
	}
	return true
}

func byteRange(d *text.Doc, s span) text.Range {
	return text.Range{Start: d.Tokens[s.a].Start, End: d.Tokens[s.b].End}
}

// nearest picks the source span closest to the cue.
func nearest(srcs []span, cue span) span {
	best, dist := srcs[0], -1
	for _, s := range srcs {
		d := cue.a - s.b
		if s.a > cue.b {
			d = s.a - cue.b
		}
		if d < 0 {
			d = -d
		}
		if dist < 0 || d < dist {
			best, dist = s, d
		}
	}
	return best
}

// stance gives the stance of a cue the rules did not find: that of the
// cue's words in the lexicon.
func stance(d *text.Doc, cue span) (string, bool) {
	for k := cue.b; k >= cue.a; k-- {
		if lx, ok := attribution.Lookup(d.Tokens[k].Lower); ok {
			return lx.Stance, lx.Belief
		}
	}
	return claimledger.StanceAssert, false
}
