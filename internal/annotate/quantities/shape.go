package quantities

import "github.com/claimledger/claimledger/internal/text"

// glued are the marks that, written against a number, make it part of
// something else: a phone number, a time, a score, a model name.
var glued = map[string]bool{
	"+": true, "#": true, "/": true, ":": true, "-": true, "–": true, "№": true, "@": true, ".": true,
	",": true, "=": true, "*": true, "^": true, "_": true, "\\": true, "&": true,
}

// notAfterNo are the words that make "no" something other than zero.
var notAfterNo = map[string]bool{
	"one": true, "longer": true, "more": true, "less": true, "fewer": true, "matter": true, "doubt": true,
	"comment": true, "way": true, "sooner": true, "further": true, "other": true, "less.": true,
}

// speechVerbs before a capitalised name excuse it: "told Reuters 12 people…".
var speechVerbs = map[string]bool{"told": true, "said": true, "to": true, "tells": true, "according": true, "by": true}

func lastPart(w string) string {
	for k := len(w) - 1; k > 0; k-- {
		if w[k] == '-' {
			return w[k+1:]
		}
	}
	return w
}

func isNumberWord(w string) bool {
	h, ok := lookupHead(w)
	return ok && (h.kind == kUnit || h.kind == kTen)
}

// badShape reports whether the number at token h is written as something
// other than a count: a sum, a share, a time, a date, a year, an age, a
// label or a part of a compound word.
func badShape(d *text.Doc, h int, n number, first, end int) bool {
	toks := d.Tokens
	t := &toks[h]
	var p *text.Token
	if h > 0 {
		p = &toks[h-1]
	}
	if n.no {
		if n.end >= end {
			return true
		}
		nx := &toks[n.end]
		if nx.Kind != text.Word || notAfterNo[nx.Lower] {
			return true
		}
		_, isNumber := lookupHead(nx.Lower)
		return isNumber
	}
	if p != nil && p.Kind == text.Word && h-1 >= first && labelWords[lastPart(p.Lower)] {
		return true // "Article 5", "ex-No 10"
	}
	if p != nil && h-2 >= first && (p.Lower == "of" && toks[h-2].Lower == "out" ||
		p.Lower == "in" && (toks[h-2].Kind == text.Number || isNumberWord(toks[h-2].Lower))) {
		return true // ratios: "six out of 20", "one in 13"
	}
	if t.Kind != text.Number {
		// a capitalised number word inside a sentence is a name: "Radio Five Live"
		return t.Upper && h > first && p != nil && p.Kind == text.Word
	}
	if p != nil {
		if currency[p.Lower] {
			return true
		}
		if !t.SpaceBefore && (p.Kind == text.Word || p.Kind == text.Number || p.Kind == text.Punct && glued[p.Lower]) {
			return true
		}
		if p.Kind == text.Word && p.Upper && months[p.Lower] {
			return true
		}
		if p.Lower == "." && h >= 2 && toks[h-2].Upper && months[toks[h-2].Lower] && toks[h-2].End == p.Start {
			return true // "Sept. 11"
		}
		if n.year && (yearPlaces[p.Lower] || determiners[p.Lower]) {
			return true
		}
		if p.Lower == "a" || p.Lower == "an" {
			return true // "a 45-year-old", "a 3m wall"
		}
		if p.Kind == text.Word && p.Upper && h-1 > first {
			if _, isQual := qualifiers1[p.Lower]; !isQual && !(h-2 >= 0 && speechVerbs[toks[h-2].Lower]) {
				return true // "Resolution 2254", "Flight 17"
			}
		}
	}
	if h+1 < len(toks) {
		nx := &toks[h+1]
		if nx.Lower == "%" || nx.Lower == "‰" || !nx.SpaceBefore && nx.Kind == text.Word {
			return true // "5%", "4Cast"
		}
		if !nx.SpaceBefore && nx.Kind == text.Punct && h+2 < len(toks) && !toks[h+2].SpaceBefore {
			after := &toks[h+2]
			switch nx.Lower {
			case "-", "–", "‐":
				if after.Kind == text.Word && after.Lower != "plus" {
					return true // "24-hour", "a 12-member delegation"
				}
			case ":", "/", ".", ",":
				if after.Kind == text.Number {
					return true // "10:30", "24/7"
				}
			}
		}
	}
	if n.end < len(toks) {
		nx := &toks[n.end]
		if nx.Kind == text.Word && nx.Upper && months[nx.Lower] {
			return true // "22 May"
		}
	}
	return false
}
