package stories

import (
	"math"
	"slices"
	"time"
)

// maxCandidates bounds the documents scored in full per link; they are the
// ones sharing the most distinctive words and names with the new document.
const maxCandidates = 24

// Link decides which story d belongs to, records the decision and returns it.
func (l *Linker) Link(d Doc) Link { return l.LinkPrepared(Prepare(d)) }

// LinkPrepared is Link for a prepared document. A Prepared is linked once.
func (l *Linker) LinkPrepared(p *Prepared) Link {
	x, d := p.x, p.d
	l.rank(x)
	l.advance(x)
	l.mark++

	var lk Link
	if orig, j := l.copyOf(x); orig != nil {
		x.copyOf = orig.copyOf
		if x.copyOf == "" {
			x.copyOf = orig.id
		}
		lk.Story = l.find(orig.story)
		lk.CopyOf = x.copyOf
		s := l.score(x, orig)
		lk.Why = l.why(x, orig, s)
		lk.Why.TextSimilarity = j
		lk.Why.Reason = copyReason(x.copyOf, j)
		l.record(lk.Story, x, d)
		return lk
	}

	matches := l.match(x)
	if len(matches) == 0 || matches[0].score < l.opts.Threshold {
		lk.Story, lk.New = l.next, true
		l.next++
		lk.Why = Why{DaysApart: -1, Reason: l.newReason(matches)}
		l.record(lk.Story, x, d)
		return lk
	}
	best := matches[0]
	lk.Story = best.story
	if best.score >= l.opts.MergeThreshold {
		for _, m := range matches[1:] {
			if m.score >= l.opts.MergeThreshold {
				lk.Merged = append(lk.Merged, m.story)
			}
		}
	}
	if len(lk.Merged) > 0 {
		// Merge into the oldest story so ids already shown stay valid.
		all := append([]int64{best.story}, lk.Merged...)
		slices.Sort(all)
		lk.Story, lk.Merged = all[0], all[1:]
		l.Merge(lk.Story, lk.Merged...)
	}
	lk.Why = l.why(x, best.doc, best.score)
	lk.Why.DaysApart = l.daysFromStory(lk.Story, x)
	lk.Why.Reason = l.joinReason(lk.Why, best.doc.id, lk.Merged)
	l.record(lk.Story, x, d)
	return lk
}

// copyOf finds the indexed document x is a syndicated copy of: the most
// similar one above CopyThreshold, the earliest on a tie.
func (l *Linker) copyOf(x *doc) (*doc, float64) {
	if len(x.sig) != numHashes || x.words < minCopyWords {
		return nil, 0
	}
	var best *doc
	bestJ := 0.0
	for _, k := range bandKeys(x.sig) {
		for _, y := range l.lsh[k] {
			if y.seen == l.mark {
				continue
			}
			y.seen = l.mark
			j := jaccard(x.sig, y.sig)
			if j >= l.opts.CopyThreshold && (j > bestJ || j == bestJ && y.seq < best.seq) {
				best, bestJ = y, j
			}
		}
	}
	return best, bestJ
}

// match is a story's best score with the new document and the document that
// gave it.
type match struct {
	story int64
	score float64
	doc   *doc
}

// match scores x against the documents that share distinctive words or names
// with it and returns one match per story, best first.
func (l *Linker) match(x *doc) []match {
	l.mark++
	var cands []*doc
	touch := func(id uint64, w float64) {
		p := l.post[id]
		// A word in most of the window's documents finds no particular story.
		if len(p) > 50 && len(p)*4 > len(l.queue) {
			return
		}
		for _, y := range p {
			if y.seen != l.mark {
				y.seen, y.acc = l.mark, 0
				cands = append(cands, y)
			}
			y.acc += w
		}
	}
	for _, t := range x.terms {
		touch(t.id, l.weight(t))
	}
	for _, f := range x.feats {
		touch(f, 2*l.idf(f))
	}
	slices.SortFunc(cands, func(a, b *doc) int {
		if a.acc != b.acc {
			if a.acc > b.acc {
				return -1
			}
			return 1
		}
		return a.seq - b.seq
	})
	var out []match
	at := map[int64]int{}
	n := 0
	for _, y := range cands {
		if n == maxCandidates {
			break
		}
		if !x.date.IsZero() && !y.date.IsZero() && absDur(x.date.Sub(y.date)) > l.opts.Window {
			continue
		}
		n++
		s := l.score(x, y)
		st := l.find(y.story)
		if i, ok := at[st]; !ok {
			at[st] = len(out)
			out = append(out, match{st, s, y})
		} else if s > out[i].score {
			out[i] = match{st, s, y}
		}
	}
	slices.SortStableFunc(out, func(a, b match) int {
		if a.score != b.score {
			if a.score > b.score {
				return -1
			}
			return 1
		}
		return int(a.story - b.story)
	})
	return out
}

// score is how likely x and y report one event: the cosine of their TF-IDF
// word vectors and of their IDF-weighted entity and place sets, averaged,
// less perDay for each day apart, scaled down when a date is unknown.
func (l *Linker) score(x, y *doc) float64 {
	text := l.cosine(x, y)
	s := text
	if len(x.feats) > 0 || len(y.feats) > 0 {
		s = (text + l.featCosine(x.feats, y.feats)) / 2
	}
	days := daysApart(x, y)
	if days < 0 {
		return s * unknownDate
	}
	return s * math.Max(0.5, 1-perDay*float64(days))
}

func (l *Linker) cosine(x, y *doc) float64 {
	wa, na := l.termWeights(x)
	wb, nb := l.termWeights(y)
	if na == 0 || nb == 0 {
		return 0
	}
	a, b := x.terms, y.terms
	var dot float64
	for i, j := 0, 0; i < len(a) && j < len(b); {
		switch {
		case a[i].id < b[j].id:
			i++
		case b[j].id < a[i].id:
			j++
		default:
			dot += wa[i] * wb[j]
			i++
			j++
		}
	}
	return dot / (na * nb)
}

func (l *Linker) featCosine(a, b []uint64) float64 {
	var dot, na, nb float64
	for _, f := range a {
		w := l.idf(f)
		na += w * w
		if _, ok := slices.BinarySearch(b, f); ok {
			dot += w * w
		}
	}
	for _, f := range b {
		w := l.idf(f)
		nb += w * w
	}
	if na == 0 || nb == 0 {
		return 0
	}
	return dot / math.Sqrt(na*nb)
}

// daysApart counts calendar days (UTC) between two documents, -1 when either
// date is unknown.
func daysApart(x, y *doc) int {
	if x.date.IsZero() || y.date.IsZero() {
		return -1
	}
	return calendarDays(x.date, y.date)
}

func calendarDays(a, b time.Time) int {
	da, db := floorDiv(a.Unix(), 86400), floorDiv(b.Unix(), 86400)
	if da > db {
		return int(da - db)
	}
	return int(db - da)
}

func floorDiv(a, b int64) int64 {
	q := a / b
	if a%b != 0 && a < 0 {
		q--
	}
	return q
}
