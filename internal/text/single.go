package text

import "sort"

// singleQuotes adds the quotations marked with single quotes (British style,
// ‘like this’ or 'like this') to the double-quoted ones in doubles. Single
// marks are also apostrophes and elisions ("rock ’n’ roll", "the ’90s"), so
// only a mark that opens after a space and a mark that closes before a
// space or punctuation, in the same paragraph and outside any double
// quotation, make a pair; an opener that finds no closer is dropped. Double
// quotations nested in a single one ('He called it "madness",' she said)
// are inside it and give way to it, so that quotations never overlap.
func singleQuotes(d *Doc, doubles []Quote) []Quote {
	var singles []Quote
	open := -1
	inDouble := 0 // index into doubles of the next quotation to pass
	for i, t := range d.Tokens {
		if t.Kind != QuoteMark || !isSingle(d.Text[t.Start:t.End]) {
			continue
		}
		for inDouble < len(doubles) && doubles[inDouble].End <= t.Start {
			inDouble++
		}
		if inDouble < len(doubles) && doubles[inDouble].Start <= t.Start {
			continue // a mark inside a double quotation neither opens nor closes
		}
		if open >= 0 && d.ParagraphOf(t.Start) != d.ParagraphOf(d.Tokens[open].Start) {
			open = -1
		}
		switch {
		case open < 0 && t.Open && opensSingle(d, i):
			open = i
		case open >= 0 && closesSingle(d, i):
			ot := d.Tokens[open]
			q := Quote{Range{ot.Start, t.End}, Range{ot.End, t.Start}, true}
			if !straddles(q, doubles) {
				singles = append(singles, q)
			}
			open = -1
		}
	}
	if len(singles) == 0 {
		return doubles
	}
	out := make([]Quote, 0, len(doubles)+len(singles))
	k := 0 // both lists are sorted and each is disjoint: walk them together
	for _, q := range doubles {
		for k < len(singles) && singles[k].End <= q.Start {
			k++
		}
		if k < len(singles) && singles[k].Start <= q.Start && q.End <= singles[k].End {
			continue // nested in a single quotation
		}
		out = append(out, q)
	}
	out = append(out, singles...)
	sort.Slice(out, func(i, j int) bool { return out[i].Start < out[j].Start })
	return out
}

func isSingle(s string) bool { return s == "'" || s == "‘" || s == "’" }

// opensSingle: the mark is followed by a letter or a quotation's first
// word, not by a digit (elisions: "'80s") or a space.
func opensSingle(d *Doc, i int) bool {
	if i+1 >= len(d.Tokens) {
		return false
	}
	n := d.Tokens[i+1]
	return !n.SpaceBefore && n.Kind != Number && n.Kind != QuoteMark
}

// closesSingle: the mark follows a word or punctuation directly and is
// followed by a space, punctuation or the end of the text.
func closesSingle(d *Doc, i int) bool {
	t := d.Tokens[i]
	if t.SpaceBefore || t.Open && d.Text[t.Start:t.End] != "'" {
		return false
	}
	if i+1 == len(d.Tokens) {
		return true
	}
	n := d.Tokens[i+1]
	return n.SpaceBefore || n.Kind == Punct || n.Kind == QuoteMark
}

// straddles reports whether a double quotation starts inside q and ends
// after it: then the marks were not a single quotation.
func straddles(q Quote, doubles []Quote) bool {
	i := sort.Search(len(doubles), func(i int) bool { return doubles[i].Start > q.Start })
	for ; i < len(doubles) && doubles[i].Start < q.End; i++ {
		if doubles[i].End > q.End {
			return true
		}
	}
	return false
}
