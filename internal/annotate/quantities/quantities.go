// Package quantities finds reported numbers of people and things: "More than
// 70 fighters were killed", "four armoured vehicles destroyed", "no missile
// attacks", "dozens of families fled".
//
// A quantity's span is the number expression alone, qualifier included
// ("at least 12", "between 10 and 15", "dozens"). Values follow these
// conventions, so that aggregates over many reports stay comparable:
//
//   - exact ("four", "1,000", "2.5 million", "a dozen"): low = high = value.
//   - more_than ("more than 70", "over 20"): value 70, low 71, high nil; for
//     counts "more than N" means at least N+1.
//   - at_least ("at least 12", "no fewer than 12", "12 or more"): low 12, high nil.
//   - about ("about", "around", "some", "roughly", "an estimated"): low and
//     high nil, because the text sets no bound and an invented band would be
//     mistaken for one; "nearly" and "almost" set high = value.
//   - up_to ("up to 300", "as many as 300", "at most"): low nil (the text gives
//     no lower bound), high 300; "fewer than", "less than" and "under" 300 are
//     up_to with high 299.
//   - range ("between 10 and 15", "10 to 15", "10-15", "two or three"): low
//     10, high 15 and value = low, the conservative figure ACLED codes.
//   - vague words follow ACLED as the contract asks: several 3, a few and a
//     handful 3 (low 2), dozens 12, scores 20, tens 10, hundreds 100,
//     thousands 1,000, millions 1,000,000, "tens of thousands" 10,000,
//     "several hundred" 300. value is the coded figure, low the same (the
//     least the word allows as coded), high nil.
//   - "no" before a counted noun of a known category ("no missile attacks",
//     "no civilians were killed") is exact 0; "no longer", "no one" and
//     "no comment" are not counts.
//
// Not quantities: years and dates, times of day, durations ("24 hours"),
// ages ("a 45-year-old", "aged 45"), percentages, sums of money and measures
// ("5%", "$3 billion", "12 km"), ordinals, labels ("Article 5", "Resolution
// 2254", "Leopard 2"), scores ("3-1"). A bare number with neither a counted
// noun nor a category cue is dropped too: precision comes first.
//
// The category comes, in this order, from the counted noun ("25 air
// strikes", "12 deaths"), the participle after it ("were killed", "four
// vehicles destroyed"), an adjective before it ("12 injured people"), or the
// verb or toll noun before the count ("killing 12", "the death toll rose to
// 45"). Arrests and detentions are captured; "launched" and "fired" make
// attacks only when munitions are counted.
package quantities

import (
	"github.com/claimledger/claimledger"
	"github.com/claimledger/claimledger/internal/text"
)

// Find returns the quantities in d; their Claim is left for the caller.
func Find(d *text.Doc) []claimledger.Quantity {
	var out []claimledger.Quantity
	toks := d.Tokens
	si := 0
	for i := 0; i < len(toks); i++ {
		t := &toks[i]
		switch t.Kind {
		case text.Number:
		case text.Word:
			if _, ok := lookupHead(t.Lower); !ok {
				continue
			}
		default:
			continue
		}
		for si < len(d.Sentences) && d.Sentences[si].Last < i {
			si++
		}
		first, end := 0, len(toks)
		if si < len(d.Sentences) && d.Sentences[si].First <= i {
			first, end = d.Sentences[si].First, d.Sentences[si].Last+1
		}
		if q, next, ok := match(d, i, first, end); ok {
			out = append(out, q)
			i = next - 1
		}
	}
	return out
}

// match reads the quantity whose number starts at token h, inside the
// sentence [first, end). next is the token after the number expression.
func match(d *text.Doc, h, first, end int) (q claimledger.Quantity, next int, ok bool) {
	toks := d.Tokens
	n, ok := parseNumber(d, h, end)
	if !ok || badShape(d, h, n, first, end) {
		return q, 0, false
	}
	ql, start := qualifierBefore(d, h, first)
	if n.no {
		ql, start = qNone, h
	}
	last, lo, hi := n.end, n.value, n.value
	isRange := false
	if !n.no {
		r := rangeAfter(d, n, h, last, end, ql)
		switch {
		case r.reject:
			return q, 0, false
		case r.qual != qNone:
			ql, last = r.qual, r.end
		case r.isRange:
			if ql == qFrom && start-1 >= first && changeVerbs[toks[start-1].Lower] {
				return q, 0, false // "rose from 10 to 15": only 15 is the figure
			}
			lo, hi, isRange, last = r.lo, r.hi, true, r.end
		}
	}
	if !isRange && (ql == qBetween || ql == qFrom) {
		ql, start = qNone, h
	}
	if isRange && ql != qBetween && ql != qFrom {
		start = h // "some 10 to 15": the range is the qualifier
	}

	run := objectAfter(d, last, end, n.ofOK)
	for k := run.start; k < run.end; k++ {
		if notCounts[toks[k].Lower] {
			return q, 0, false
		}
	}
	cat := category(d, run, start, first, end)
	if n.one && last < end && toks[last].Lower == "of" {
		// "one of the deadliest attacks" names no count; "one of the
		// soldiers was killed" does, through its verb
		if cat = categoryAfter(d, run.next, end); cat == "" {
			return q, 0, false
		}
	}
	hasObject := run.end > run.start
	object := ""
	if hasObject {
		object = d.Text[toks[run.start].Start:toks[run.end-1].End]
		if c, ok := cues[toks[run.start].Lower]; ok && run.end-run.start == 1 && c.roles&asAfter != 0 {
			object = "" // "12 dead": the people are not named
		}
	}
	if cat == catOther {
		if !hasObject || n.no || n.one {
			return q, 0, false
		}
		if start > first && determiners[toks[start-1].Lower] {
			return q, 0, false // "the two groups": a mention, not a report
		}
	}
	if n.year && ql == qNone && (cat == catOther || hasObject && toks[run.start].Upper) {
		return q, 0, false // "in 2014 Russian troops…", "2004 results"
	}
	if last < end && toks[last].Upper && months[toks[last].Lower] {
		return q, 0, false // "from 6 to 9 January"
	}
	if cat == catKilled && start > first && savers[toks[start-1].Lower] {
		cat = catOther // "would save 65 lives"
	}

	q.Span = d.Span(toks[start].Start, toks[last-1].End)
	q.Value = lo
	q.Category = cat
	q.Object = object
	setBounds(&q, ql, n, lo, hi, isRange)
	return q, last, true
}

var savers = map[string]bool{"save": true, "saved": true, "saves": true, "saving": true, "spare": true, "spared": true}

// category picks the category of a count from its noun, the words after
// and the words before, in that order.
func category(d *text.Doc, run objectRun, start, first, end int) string {
	toks := d.Tokens
	munition := run.end > run.start && munitions[toks[run.end-1].Lower]
	if run.end > run.start {
		if c, ok := cues[toks[run.end-1].Lower]; ok && c.roles&asHead != 0 {
			return c.category
		}
	}
	if c := categoryAfter(d, run.next, end); c != "" {
		return c
	}
	if run.end-run.start > 1 {
		if c, ok := cues[toks[run.start].Lower]; ok && c.roles&asAfter != 0 {
			return c.category // "12 injured civilians"
		}
	}
	if c := categoryBefore(d, start-1, first, munition); c != "" {
		return c
	}
	return catOther
}

// setBounds fills value, low, high and qualifier (see the package comment).
func setBounds(q *claimledger.Quantity, ql qual, n number, lo, hi float64, isRange bool) {
	f := func(v float64) *float64 { return &v }
	v := q.Value
	switch {
	case isRange:
		q.Qualifier, q.Low, q.High = claimledger.QualRange, f(lo), f(hi)
	case ql == qMoreThan:
		q.Qualifier, q.Low = claimledger.QualMoreThan, f(v+1)
	case ql == qAtLeast:
		q.Qualifier, q.Low = claimledger.QualAtLeast, f(v)
	case ql == qAbout:
		q.Qualifier = claimledger.QualAbout
	case ql == qNearly:
		q.Qualifier, q.High = claimledger.QualAbout, f(v)
	case ql == qUpTo:
		q.Qualifier, q.High = claimledger.QualUpTo, f(v)
	case ql == qBelow:
		q.Qualifier, q.High = claimledger.QualUpTo, f(v-1)
	case n.vague:
		q.Qualifier, q.Low = claimledger.QualVague, f(n.low)
	default:
		q.Qualifier, q.Low, q.High = claimledger.QualExact, f(v), f(v)
	}
}
