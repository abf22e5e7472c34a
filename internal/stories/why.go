package stories

import (
	"fmt"
	"slices"
	"strings"
	"time"
)

// sharedTerms is how many shared words a Why lists.
const sharedTerms = 5

// why fills the evidence of x against y, the document it matched best.
func (l *Linker) why(x, y *doc, score float64) Why {
	w := Why{
		Score:          round2(score),
		TextSimilarity: round2(jaccard(x.sig, y.sig)),
		DaysApart:      daysApart(x, y),
		Closest:        y.id,
	}
	type sw struct {
		id uint64
		w  float64
	}
	var fs, ts []sw
	for _, f := range x.feats {
		if _, ok := slices.BinarySearch(y.feats, f); ok {
			fs = append(fs, sw{f, l.idf(f)})
		}
	}
	i, j := 0, 0
	for i < len(x.terms) && j < len(y.terms) {
		switch a, b := x.terms[i], y.terms[j]; {
		case a.id < b.id:
			i++
		case b.id < a.id:
			j++
		default:
			ts = append(ts, sw{a.id, l.weight(a) * l.weight(b)})
			i++
			j++
		}
	}
	byWeight := func(a, b sw) int {
		if a.w != b.w {
			if a.w > b.w {
				return -1
			}
			return 1
		}
		return strings.Compare(l.text(a.id), l.text(b.id))
	}
	slices.SortFunc(fs, byWeight)
	slices.SortFunc(ts, byWeight)
	for _, f := range fs {
		if n := l.names[f.id]; n != nil && n.kind == 'p' {
			w.SharedPlaces = append(w.SharedPlaces, n.text)
		} else {
			w.SharedEntities = append(w.SharedEntities, l.text(f.id))
		}
	}
	for _, t := range ts[:min(len(ts), sharedTerms)] {
		w.SharedTerms = append(w.SharedTerms, l.text(t.id))
	}
	return w
}

// text is the text of a term or feature an indexed document holds.
func (l *Linker) text(id uint64) string {
	if n := l.names[id]; n != nil {
		return n.text
	}
	return ""
}

func round2(f float64) float64 { return float64(int(f*100+0.5)) / 100 }

func copyReason(orig string, j float64) string {
	return fmt.Sprintf("syndicated copy of %s (text %.2f alike)", orig, j)
}

// joinReason reads like "shares Bakhmut, Wagner, 'shelling' with X, 1 day
// apart (score 0.62)".
func (l *Linker) joinReason(w Why, closest string, merged []int64) string {
	var names []string
	seen := map[string]bool{}
	for _, n := range append(slices.Clone(w.SharedPlaces), w.SharedEntities...) {
		if k := strings.ToLower(n); !seen[k] && len(names) < 3 {
			seen[k] = true
			names = append(names, n)
		}
	}
	named := map[string]bool{}
	for _, n := range names {
		for _, w := range words(n, nil) {
			named[term(w)] = true
		}
	}
	for _, t := range w.SharedTerms {
		if len(names) >= 5 {
			break
		}
		if !named[t] {
			names = append(names, "'"+t+"'")
		}
	}
	shares := "shares " + strings.Join(names, ", ")
	if len(names) == 0 {
		shares = "shares little"
	}
	r := fmt.Sprintf("%s with %s, %s (score %.2f)", shares, closest, apart(w.DaysApart), w.Score)
	if len(merged) > 0 {
		ids := make([]string, len(merged))
		for i, m := range merged {
			ids[i] = fmt.Sprint(m)
		}
		r += "; merges stories " + strings.Join(ids, ", ")
	}
	return r
}

func apart(days int) string {
	switch days {
	case -1:
		return "date unknown"
	case 0:
		return "same day"
	case 1:
		return "1 day apart"
	}
	return fmt.Sprintf("%d days apart", days)
}

func (l *Linker) newReason(ms []match) string {
	r := fmt.Sprintf("no story within %s shares enough", days(l.opts.Window))
	if len(ms) == 0 {
		return r + " (none shares a distinctive word or name)"
	}
	return r + fmt.Sprintf(" (best %.2f, story %d via %s)", ms[0].score, ms[0].story, ms[0].doc.id)
}

func days(d time.Duration) string {
	if d%(24*time.Hour) == 0 {
		if n := d / (24 * time.Hour); n == 1 {
			return "1 day"
		} else {
			return fmt.Sprintf("%d days", n)
		}
	}
	return d.String()
}

func absDur(d time.Duration) time.Duration {
	if d < 0 {
		return -d
	}
	return d
}
