package learn

import (
	"github.com/claimledger/claimledger/internal/attribution"
	"github.com/claimledger/claimledger/internal/gold"
	"github.com/claimledger/claimledger/internal/tagger"
	"github.com/claimledger/claimledger/internal/text"
)

// Options control training.
type Options struct {
	Epochs          int
	Seed            uint64
	MinFeatureCount int
	Progress        func(model string, epoch, errors int)
}

// Defaults are the options the embedded models are trained with.
var Defaults = Options{Epochs: 12, Seed: 1, MinFeatureCount: 2}

// Train learns both taggers from gold documents.
func Train(docs []gold.Document, opts Options) (*Models, error) {
	var cueSeqs, argSeqs []tagger.Sequence
	inCue, seen := map[string]int{}, map[string]int{}
	texts := make([]*text.Doc, len(docs))
	labelled := make([]*gold.Labelled, len(docs))
	for i := range docs {
		d := text.New(docs[i].Text)
		l := gold.Label(&docs[i], d)
		texts[i], labelled[i] = d, l
		for _, t := range d.Tokens {
			seen[t.Lower]++
		}
		for _, ln := range l.Links {
			for _, p := range ln.Cue {
				for k := p.Tokens.Start; k < p.Tokens.End; k++ {
					if d.Tokens[k].Kind == text.Word {
						inCue[d.Tokens[k].Lower]++
					}
				}
			}
		}
	}
	words := cueWords(inCue, seen)
	for i, d := range texts {
		rules := attribution.Find(d)
		cueSeqs = append(cueSeqs, cueSequences(d, labelled[i], rules, words)...)
		argSeqs = append(argSeqs, argSequences(d, labelled[i], rules)...)
	}
	topts := func(name string) tagger.Options {
		o := tagger.Options{Epochs: opts.Epochs, Seed: opts.Seed, MinFeatureCount: max(opts.MinFeatureCount, len(docs)/docsPerFeatureCount),
			Average: true, Allowed: tagger.BIO}
		if opts.Progress != nil {
			o.Progress = func(e, n int) { opts.Progress(name, e, n) }
		}
		return o
	}
	cue, err := tagger.Train(cueSeqs, cueLabels, topts("cue"))
	if err != nil {
		return nil, err
	}
	arg, err := tagger.Train(argSeqs, argLabels, topts("arg"))
	if err != nil {
		return nil, err
	}
	return &Models{Cue: cue, Arg: arg, Words: words}, nil
}

// A kept feature is seen at least once per docsPerFeatureCount training
// documents, whatever Options.MinFeatureCount asks (10 on PolNeAR train):
// rarer features barely change the scores, and a small model stays in
// cache, which makes tagging several times faster.
const docsPerFeatureCount = 80

// A word is a cue candidate when it is in gold cues at least minCueCount
// times and in at least minCueShare of its occurrences: enough to find
// nearly every cue while leaving most tokens of a text untagged.
const (
	minCueCount = 2
	minCueShare = 0.2
)

// cueWords picks the candidate words from their counts in cues and in all.
func cueWords(inCue, seen map[string]int) map[string]bool {
	words := map[string]bool{}
	for w, n := range inCue {
		if n >= minCueCount && float64(n) >= minCueShare*float64(seen[w]) && !stopWords[w] {
			words[w] = true
		}
	}
	return words
}

// stopWords are too common to say that a sentence may hold a cue.
var stopWords = map[string]bool{"the": true, "a": true, "an": true, "to": true, "of": true, "in": true, "on": true,
	"for": true, "and": true, "that": true, "is": true, "was": true, "be": true, "it": true, "he": true, "she": true,
	"they": true, "his": true, "her": true, "their": true, "with": true, "at": true, "by": true, "as": true, "not": true,
	"has": true, "have": true, "had": true, "this": true, "from": true, "or": true, "but": true, "are": true, "were": true,
	"also": true, "about": true, "still": true, "just": true, "even": true, "then": true, "again": true, "now": true, "already": true}

// cueSequences gives one training sequence a cue window (see cueWindows),
// labelled with the gold cues.
func cueSequences(d *text.Doc, l *gold.Labelled, rules []attribution.Claim, words map[string]bool) []tagger.Sequence {
	labels := make([]string, len(d.Tokens))
	for i := range labels {
		labels[i] = "O"
	}
	for _, ln := range l.Links {
		for _, p := range ln.Cue {
			for k := p.Tokens.Start; k < p.Tokens.End; k++ {
				if k == p.Tokens.Start {
					labels[k] = "B-CUE"
				} else if labels[k] == "O" {
					labels[k] = "I-CUE"
				}
			}
		}
	}
	f := newFeaturer(d, rules)
	rc := f.rc
	var out []tagger.Sequence
	for _, s := range d.Sentences {
		cueWindows(d, s, rc, func(w string) bool { return words[w] }, func(a, b int) {
			seq := tagger.Sequence{Labels: append([]string(nil), labels[a:b+1]...)}
			fixBIO(seq.Labels, "CUE")
			for i := a; i <= b; i++ {
				seq.Hashes = append(seq.Hashes, f.cueFeatures(i, s.First, s.Last, nil))
			}
			out = append(out, seq)
		})
	}
	return out
}

// argSequences gives one training sequence a gold attribution: the window
// around its cue, labelled with its sources and contents.
func argSequences(d *text.Doc, l *gold.Labelled, rules []attribution.Claim) []tagger.Sequence {
	var out []tagger.Sequence
	f := newFeaturer(d, rules)
	for _, ln := range l.Links {
		cr, ok := ln.CueRange()
		if !ok || cr.Len() == 0 {
			continue
		}
		cs, ce := cr.Start, cr.End-1
		s := d.SentenceOf(cs)
		from, to := window(d, s)
		if cs < from || ce > to {
			continue
		}
		all := make([]string, to-from+1)
		for k := range all {
			all[k] = "O"
		}
		labels := all
		place := func(ps []gold.Piece, b, in string) {
			for _, p := range ps {
				for k := max(p.Tokens.Start, from); k < min(p.Tokens.End, to+1); k++ {
					if k == max(p.Tokens.Start, from) {
						labels[k-from] = b
					} else {
						labels[k-from] = in
					}
				}
			}
		}
		place(ln.Sources, "B-SRC", "I-SRC")
		place(ln.Contents, "B-CON", "I-CON")
		r := ruleAt(f.at, cs, ce)
		pos := argPositions(d, from, to, rules, r, nil)
		labels = make([]string, len(pos))
		for k, i := range pos {
			labels[k] = all[i-from]
		}
		fixBIO(labels, "SRC")
		fixBIO(labels, "CON")
		var ctx argContext
		newArgContext(&ctx, d, cs, ce, s, from, to, rules, r)
		seq := tagger.Sequence{Labels: labels}
		for _, i := range pos {
			seq.Hashes = append(seq.Hashes, f.argFeatures(i, s, &ctx, nil))
		}
		out = append(out, seq)
	}
	return out
}

// fixBIO turns an I-X that follows neither B-X nor I-X into B-X, so that
// gold sequences obey the constraint the tagger decodes under.
func fixBIO(labels []string, role string) {
	for i, lb := range labels {
		if lb != "I-"+role {
			continue
		}
		if i == 0 || labels[i-1] != "B-"+role && labels[i-1] != "I-"+role {
			labels[i] = "B-" + role
		}
	}
}
