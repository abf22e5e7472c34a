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

// spans reads the runs of B-X, I-X... from decoded labels.
func spans(labels []int, names []string, role string, offset int) []span {
	var out []span
	for i := 0; i < len(labels); i++ {
		if names[labels[i]] != "B-"+role {
			continue
		}
		j := i
		for j+1 < len(labels) && names[labels[j+1]] == "I-"+role {
			j++
		}
		out = append(out, span{i + offset, j + offset})
		i = j
	}
	return out
}

// predictors are a goroutine's tagging buffers, kept between documents.
type predictors struct{ cue, arg *tagger.Predictor }

// Find returns the attributions of d that the models find, using the
// rules' claims (attribution.Find(d)) as evidence and as the source of
// stances for cues the rules know.
func (m *Models) Find(d *text.Doc, rules []attribution.Claim) []attribution.Claim {
	if len(d.Tokens) == 0 {
		return nil
	}
	rc := ruleCues(d, rules)
	ps, _ := m.pool.Get().(*predictors)
	if ps == nil {
		ps = &predictors{cue: m.Cue.NewPredictor(), arg: m.Arg.NewPredictor()}
	}
	defer m.pool.Put(ps)
	f := newFeaturer(d, rc)
	cueNames, argNames := m.Cue.Labels(), m.Arg.Labels()
	var out []attribution.Claim
	for si, s := range d.Sentences {
		var cues []span
		cueWindows(d, s, rc, m.Words, func(a, b int) {
			for i := a; i <= b; i++ {
				ps.cue.Next()
				f.buf = f.cueFeatures(i, s.First, s.Last, f.buf[:0])
				for _, h := range f.buf {
					ps.cue.Add(h)
				}
			}
			cues = append(cues, spans(ps.cue.Decode(), cueNames, "CUE", a)...)
		})
		for _, cue := range cues {
			r := ruleClaimAt(d, cue, rules)
			from, to := window(d, si)
			ctx := newArgContext(d, cue.a, cue.b, si, from, to, rules)
			for i := from; i <= to; i++ {
				ps.arg.Next()
				f.buf = f.argFeatures(i, si, ctx, f.buf[:0])
				for _, h := range f.buf {
					ps.arg.Add(h)
				}
			}
			labels := ps.arg.Decode()
			contents := spans(labels, argNames, "CON", from)
			if r >= 0 {
				// the rules' claim stands, with the speaker the model marks
				if srcs := spans(labels, argNames, "SRC", from); len(srcs) > 0 {
					rules[r].Source = byteRange(d, nearest(srcs, cue))
				}
				if len(contents) > 0 && d.QuoteAt(rules[r].Content.Start) < 0 {
					// outside quotations the model knows where contents end
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
			if srcs := spans(labels, argNames, "SRC", from); len(srcs) > 0 {
				cl.Source = byteRange(d, nearest(srcs, cue))
			}
			for _, c := range contents {
				cl.Parts = append(cl.Parts, byteRange(d, c))
			}
			cl.Content = text.Range{Start: cl.Parts[0].Start, End: cl.Parts[len(cl.Parts)-1].End}
			if len(cl.Parts) == 1 {
				cl.Parts = nil
			}
			cl.Stance, cl.Belief = stance(d, cue, rules)
			out = append(out, cl)
		}
	}
	// the rules' claims stand; the models add what the rules did not find
	out = append(out, rules...)
	sort.SliceStable(out, func(i, j int) bool { return out[i].Cue.Start < out[j].Cue.Start })
	return out
}

// ruleClaimAt returns the index of the rules' claim whose cue overlaps the
// cue span, or -1.
func ruleClaimAt(d *text.Doc, cue span, rules []attribution.Claim) int {
	for i, r := range rules {
		a, b := tokenRange(d, r.Cue)
		if b >= a && a <= cue.b && b >= cue.a {
			return i
		}
	}
	return -1
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

// stance takes the stance of the rules' claim with the same cue, else that
// of the cue's words in the lexicon.
func stance(d *text.Doc, cue span, rules []attribution.Claim) (string, bool) {
	for _, r := range rules {
		a, b := tokenRange(d, r.Cue)
		if b >= a && a <= cue.b && b >= cue.a {
			return r.Stance, r.Belief
		}
	}
	for k := cue.b; k >= cue.a; k-- {
		if lx, ok := attribution.Lookup(d.Tokens[k].Lower); ok {
			return lx.Stance, lx.Belief
		}
	}
	return claimledger.StanceAssert, false
}
