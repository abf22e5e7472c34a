package places

import (
	"github.com/claimledger/claimledger/internal/gazetteer"
	"github.com/claimledger/claimledger/internal/text"
)

// maxNameTokens bounds the look-ahead: "Bosnia and Herzegovina", "St. Kitts
// and Nevis".
const maxNameTokens = 8

// scan finds the longest gazetteer names at each capitalised word.
func scan(d *text.Doc, g *gazetteer.Gazetteer, w *work) []candidate {
	toks := d.Tokens
	cands := w.cands[:0]
	key := w.key[:0]
	// refs holds every candidate's entries; each candidate keeps a
	// sub-slice, which stays valid when later appends move the buffer.
	refs := w.refs[:0]
	defer func() { w.key, w.refs = key, refs }()
	var ends [maxNameTokens]int
	for i := 0; i < len(toks); i++ {
		t := &toks[i]
		if t.Kind != text.Word || !t.Upper {
			continue
		}
		// the token positions at which a name could end
		n := 0
		words := 0
		for j := i; j < len(toks) && j-i < maxNameTokens*2 && n < maxNameTokens; j++ {
			u := &toks[j]
			if j > i && !u.SpaceBefore && u.Lower != "." && toks[j-1].Lower != "." {
				break
			}
			if u.SpaceBefore || j == i {
				words++
			}
			if words > g.MaxWords() {
				break
			}
			if u.Kind == text.Word && u.Upper {
				ends[n] = j
				n++
				continue
			}
			if u.Kind == text.Word && connectors[u.Lower] && j > i ||
				u.Lower == "." && !u.SpaceBefore && len(toks[j-1].Lower) <= 3 {
				continue
			}
			break
		}
		found := false
		for k := n - 1; k >= 0 && !found; k-- {
			last := ends[k]
			key = appendKey(key[:0], d, i, last)
			c := candidate{first: i, last: last, key: t.Lower}
			if last+1 < len(toks) && divisionWords[toks[last+1].Lower] && toks[last+1].SpaceBefore {
				from := len(refs)
				if refs = g.DivisionsBytes(key, refs); len(refs) > from {
					c.refs = refs[from:len(refs):len(refs)]
					c.division = true
					c.last = last + 1
					found = true
				}
			}
			if !found && pluralDivisionAhead(toks, last+1) {
				// "Kursk and Belgorod regions": each name is a division
				from := len(refs)
				if refs = g.DivisionsBytes(key, refs); len(refs) > from {
					c.refs = refs[from:len(refs):len(refs)]
					c.division = true
					found = true
				}
			}
			if !found {
				from := len(refs)
				if refs = g.LookupBytes(key, refs); len(refs) > from {
					c.refs = refs[from:len(refs):len(refs)]
					found = true
				}
			}
			if found {
				describe(d, &c)
				cands = append(cands, c)
				i = c.last
			}
		}
	}
	return cands
}

// pluralDivisionAhead reports whether token k starts a coordination that
// ends in a plural division word: "and Belgorod regions", ", Luhansk and
// Zaporizhzhia oblasts".
func pluralDivisionAhead(toks []text.Token, k int) bool {
	if k >= len(toks) || toks[k].Lower != "and" && toks[k].Lower != "," {
		return false
	}
	for j := k + 1; j < len(toks) && j < k+8; j++ {
		switch w := toks[j].Lower; {
		case w == "regions" || w == "oblasts" || w == "provinces" || w == "governorates":
			return true
		case w == "and" || w == "," || toks[j].Upper:
			continue
		default:
			return false
		}
	}
	return false
}

// appendKey writes the lower-cased name of tokens first..last with single
// spaces, as the gazetteer stores names.
func appendKey(key []byte, d *text.Doc, first, last int) []byte {
	for j := first; j <= last; j++ {
		if j > first && d.Tokens[j].SpaceBefore {
			key = append(key, ' ')
		}
		key = append(key, d.Tokens[j].Lower...)
	}
	return key
}

// describe records the context of a candidate: its cue, whether it opens a
// sentence, and whether it is one word of a longer capitalised name.
func describe(d *text.Doc, c *candidate) {
	toks := d.Tokens
	prev := c.first - 1
	for prev >= 0 && directions[toks[prev].Lower] && toks[prev].Upper {
		prev--
	}
	sentenceStart := d.Sentences[d.SentenceOf(c.first)].First
	c.initial = c.first == sentenceStart ||
		c.first == sentenceStart+1 && toks[sentenceStart].Kind != text.Word
	if prev >= 0 && prev >= sentenceStart {
		p := &toks[prev]
		switch {
		case p.Upper && honorifics[p.Lower] && prev == c.first-1,
			p.Lower == "." && prev > 0 && len(toks[prev-1].Lower) == 1 && toks[prev-1].Upper:
			c.adjacent = true // "Mr Bush", "George W. Bush"
		case p.Kind == text.Word && p.Upper && !stopwords[p.Lower] && !titles[p.Lower] && toks[c.first].SpaceBefore &&
			!(prev == sentenceStart && looksInflected(p.Lower)):
			c.adjacent = prev == c.first-1 || directions[p.Lower]
		case strongCues[p.Lower]:
			c.cued, c.strong = true, true
		case weakCues[p.Lower]:
			c.cued = true
		case p.Lower == "of" && prev > 0:
			h := &toks[prev-1]
			switch {
			case h.Upper && orgHeads[h.Lower]:
				c.adjacent = true // "Bank of England"
			case placeNouns[h.Lower]:
				c.cued, c.strong = true, true // "the city of Bakhmut"
			}
		}
	}
	if next := c.last + 1; next < len(toks) {
		n := &toks[next]
		switch {
		case n.Kind == text.Word && n.Upper && n.SpaceBefore && !stopwords[n.Lower] && !titles[n.Lower]:
			c.adjacent = true // "Washington Post", "Russia Legion"
		case n.Lower == "of" && next+1 < len(toks) && toks[next+1].Upper:
			c.adjacent = true // "Freedom of Russia Legion"
		}
	}
}

// looksInflected tells a sentence-initial verb or adverb ("Contradicting
// Moscow's claims", "Reportedly Kyiv...") from a first name.
func looksInflected(w string) bool {
	n := len(w)
	return n > 4 && (w[n-3:] == "ing" || w[n-2:] == "ed" || w[n-2:] == "ly")
}
