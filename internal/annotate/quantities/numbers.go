package quantities

import (
	"math"

	"github.com/claimledger/claimledger/internal/text"
)

// number is one parsed number expression, without qualifiers.
type number struct {
	value float64
	low   float64 // for vague words: the lowest value the word allows as coded
	end   int     // token index just after the expression
	vague bool    // dozens, hundreds, several…
	word  bool    // spelled out
	year  bool    // four bare digits that may be a year
	one   bool    // the lone word "one" or "zero", so often not a count
	no    bool    // "no": zero
	ofOK  bool    // "of" may follow before the counted noun ("dozens of", "a handful of")
}

// maxCount bounds believable counts; longer digit runs are identifiers.
const maxCount = 1e10

// parseNumber reads the number expression that starts at token i and ends
// before token end.
func parseNumber(d *text.Doc, i, end int) (number, bool) {
	t := &d.Tokens[i]
	if t.Kind == text.Number {
		return parseDigits(d, i, end)
	}
	h, ok := lookupHead(t.Lower)
	if !ok {
		return number{}, false
	}
	switch h.kind {
	case kUnit, kTen:
		return parseWords(d, i, end)
	case kNo:
		return number{value: 0, end: i + 1, word: true, no: true}, true
	case kArticle:
		return parseArticle(d, i, end)
	case kSeveral:
		n := number{value: 3, low: 3, end: i + 1, vague: true, word: true, ofOK: true}
		if i+1 < end {
			if s, ok := numberHeads[d.Tokens[i+1].Lower]; ok && (s.kind == kScale || s.kind == kDozen) {
				n.value, n.low, n.end = 3*s.value, 3*s.value, i+2
			}
		}
		return n, true
	case kVague:
		return parseVague(d, i, end, h)
	}
	return number{}, false
}

// parseVague reads "dozens", "hundreds of thousands", "tens of millions".
// "tens" and "scores" stand only before "of": alone they are other words.
func parseVague(d *text.Doc, i, end int, h head) (number, bool) {
	n := number{value: h.value, low: h.value, end: i + 1, vague: true, word: true, ofOK: true}
	hasOf := i+1 < end && d.Tokens[i+1].Lower == "of"
	if (d.Tokens[i].Lower == "tens" || d.Tokens[i].Lower == "scores") && !hasOf {
		return number{}, false
	}
	if hasOf && i+2 < end {
		if m, ok := numberHeads[d.Tokens[i+2].Lower]; ok && m.kind == kVague && m.value >= 1e3 && m.value > h.value {
			n.value *= m.value
			n.low = n.value
			n.end = i + 3
		}
	}
	return n, true
}

// parseArticle reads "a hundred", "a dozen", "a few", "a handful", "a few
// thousand"; "a" alone is no number.
func parseArticle(d *text.Doc, i, end int) (number, bool) {
	if i+1 >= end {
		return number{}, false
	}
	h, ok := numberHeads[d.Tokens[i+1].Lower]
	if !ok {
		return number{}, false
	}
	switch h.kind {
	case kScale, kDozen:
		n := number{value: h.value, end: i + 2, word: true, ofOK: true}
		return scaleAfter(d, n, end), true
	case kFew, kHandful:
		n := number{value: 3, low: 2, end: i + 2, vague: true, word: true, ofOK: true}
		if h.kind == kFew && i+2 < end {
			if s, ok := numberHeads[d.Tokens[i+2].Lower]; ok && (s.kind == kScale || s.kind == kDozen) {
				n.value, n.low, n.end = 3*s.value, 2*s.value, i+3
			}
		}
		return n, true
	}
	return number{}, false
}

// parseWords reads spelled-out numbers: "four", "twenty-five", "two
// hundred and fifty", "three million".
func parseWords(d *text.Doc, i, end int) (number, bool) {
	var total, cur float64
	j := i
	lastSmall := false // the previous word was a unit or a ten
	for j < end {
		w := d.Tokens[j].Lower
		if w == "and" && !lastSmall && j > i && j+1 < end {
			if h, ok := lookupHead(d.Tokens[j+1].Lower); ok && (h.kind == kUnit || h.kind == kTen) {
				j++
				continue
			}
			break
		}
		h, ok := lookupHead(w)
		if !ok || d.Tokens[j].Kind != text.Word {
			break
		}
		switch h.kind {
		case kUnit, kTen:
			if lastSmall && !(h.kind == kUnit && cur >= 20 && int(cur)%10 == 0 && h.value < 10) {
				goto done // "two three" is two numbers; "twenty five" is one
			}
			cur += h.value
			lastSmall = true
		case kScale:
			if cur == 0 {
				cur = 1
			}
			if h.value == 100 {
				cur *= 100
			} else {
				total += cur * h.value
				cur = 0
			}
			lastSmall = false
		case kDozen:
			if cur == 0 {
				cur = 1
			}
			cur *= 12
			lastSmall = false
		default:
			goto done
		}
		j++
	}
done:
	if j == i {
		return number{}, false
	}
	n := number{value: total + cur, end: j, word: true}
	n.one = j == i+1 && n.value <= 1 // "one", "zero": often not counts ("one of", "zero tolerance")
	n.ofOK = !lastSmall              // "two million of …", "a dozen of …"
	return n, true
}

// parseDigits reads "70", "1,000", "2.5 million", "3m", "2bn"; ordinals,
// decades and unit-suffixed numbers ("10th", "1990s", "5km") are refused.
func parseDigits(d *text.Doc, i, end int) (number, bool) {
	w := d.Tokens[i].Lower
	var v, frac float64
	digits, dots := 0, 0
	k := 0
	for ; k < len(w); k++ {
		c := w[k]
		switch {
		case c >= '0' && c <= '9':
			digits++
			if dots == 0 {
				v = v*10 + float64(c-'0')
			} else {
				frac /= 10
				v += float64(c-'0') * frac
			}
		case c == ',':
			if dots > 0 {
				return number{}, false
			}
		case c == '.':
			dots++
			frac = 1
			if dots > 1 {
				return number{}, false
			}
		default:
			goto suffix
		}
	}
suffix:
	if digits == 0 || digits > 11 || len(w) > 1 && w[0] == '0' && w[1] != '.' {
		return number{}, false
	}
	n := number{value: v, end: i + 1}
	switch w[k:] {
	case "":
	case "m", "mn", "mln":
		n.value *= 1e6
	case "bn", "b":
		n.value *= 1e9
	case "k":
		n.value *= 1e3
	default:
		return number{}, false
	}
	if k == 4 && len(w) == 4 && v >= 1800 && v <= 2100 {
		n.year = true
	}
	n = scaleAfter(d, n, end)
	if n.end > i+1 {
		n.year = false
	}
	if n.value > maxCount {
		return number{}, false
	}
	if dots > 0 {
		n.value = math.Round(n.value*1e6) / 1e6 // "3.97 million" is 3970000, not 3969999.9999999995
	}
	return n, true
}

// scaleAfter applies the scale words that follow: "2 million", "a hundred
// thousand", "two dozen".
func scaleAfter(d *text.Doc, n number, end int) number {
	for n.end < end {
		h, ok := numberHeads[d.Tokens[n.end].Lower]
		if !ok || h.kind != kScale && h.kind != kDozen {
			break
		}
		n.value *= h.value
		n.ofOK = true
		n.end++
	}
	return n
}
