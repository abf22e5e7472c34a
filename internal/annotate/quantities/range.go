package quantities

import "github.com/claimledger/claimledger/internal/text"

// rangeEnd is what follows a number: the upper figure of a range ("10 to
// 15", "10-15", "two or three", "between 10 and 15") or a trailing
// qualifier ("70 or more", "100 or so", "100-plus").
type rangeEnd struct {
	isRange bool
	lo, hi  float64
	qual    qual
	end     int // the token after what was read
	reject  bool
}

func rangeAfter(d *text.Doc, n number, h, k, end int, before qual) rangeEnd {
	toks := d.Tokens
	if k >= end {
		return rangeEnd{}
	}
	w := toks[k].Lower
	if w == "plus" {
		return rangeEnd{qual: qAtLeast, end: k + 1}
	}
	if (w == "-" || w == "–") && k+1 < end && toks[k+1].Lower == "plus" {
		return rangeEnd{qual: qAtLeast, end: k + 2}
	}
	if w == "or" && k+1 < end {
		switch toks[k+1].Lower {
		case "more":
			return rangeEnd{qual: qAtLeast, end: k + 2}
		case "so":
			return rangeEnd{qual: qAbout, end: k + 2}
		}
	}
	switch w {
	case "to", "-", "–", "—", "or":
	case "and":
		if before != qBetween {
			return rangeEnd{}
		}
	default:
		return rangeEnd{}
	}
	if k+1 >= end {
		return rangeEnd{}
	}
	m, ok := parseNumber(d, k+1, end)
	if !ok || m.no {
		return rangeEnd{}
	}
	lo, hi := n.value, m.value
	if scale := closingScale(d, k+1, m); scale > 1 && n.end == h+1 && !n.vague && lo*scale <= hi {
		lo *= scale // "1.5 to 2 million", "between two and three thousand"
	}
	if lo >= hi {
		if w == "-" || w == "–" || w == "to" {
			return rangeEnd{reject: true} // a score or a fall: "3-1", "15 to 10"
		}
		return rangeEnd{}
	}
	return rangeEnd{isRange: true, lo: lo, hi: hi, end: m.end}
}

// closingScale is the scale word that ends the upper figure of a range, to
// be carried over to a bare lower figure.
func closingScale(d *text.Doc, k int, m number) float64 {
	if m.end-1 > k {
		if h, ok := numberHeads[d.Tokens[m.end-1].Lower]; ok && h.kind == kScale {
			return h.value
		}
	}
	return 1
}
