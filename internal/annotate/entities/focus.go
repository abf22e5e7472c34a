package entities

import (
	"github.com/claimledger/claimledger/internal/actors"
	"github.com/claimledger/claimledger/internal/text"
)

// focus chooses the country whose organ a bare "the interior ministry"
// names. Wire copy names its home country once, in the dateline, and then
// speaks of "the defence ministry" meaning that country's, even when the
// story is about the other side's shelling; so the country named last is a
// poor guess. The home country is the dateline's, else the one named most
// so far. Another country takes over only while it is the subject: acting
// in the organ's own sentence ("Russia says the defence ministry ..."), or
// speaking or having its organ named in the sentence before ("Moscow said
// ... The foreign ministry added").
type focus struct {
	home string // the dateline's country, fixed for the document
	// weights counts mentions per country: names and capitals weigh 2,
	// nationality words ("Russian forces") 1, since they mostly modify.
	weights map[string]int
	first   []string // countries in order of first mention, for ties
	// subject is the last country to act, in sentence sent; strong when
	// it spoke or its organ was named, which carries to the next sentence.
	subject string
	sent    int
	strong  bool
}

// noteCountry records a country or capital named at tokens [a, b); acting
// says it is a subject, strong that it speaks.
func (s *Set) noteCountry(code string, a int, acting, strong bool) {
	s.weigh(code, 2)
	if acting {
		s.markSubject(code, a, strong)
	}
}

func (s *Set) weigh(code string, w int) {
	if code == "" {
		return
	}
	if s.focus.weights == nil {
		s.focus.weights = map[string]int{}
	}
	if _, ok := s.focus.weights[code]; !ok {
		s.focus.first = append(s.focus.first, code)
	}
	s.focus.weights[code] += w
}

func (s *Set) markSubject(code string, tok int, strong bool) {
	s.focus.subject, s.focus.sent, s.focus.strong = code, s.d.SentenceOf(tok), strong
}

// focusAt returns the country a bare organ at token i belongs to, or "".
func (s *Set) focusAt(i int) string {
	f := &s.focus
	if f.subject != "" {
		sent := s.d.SentenceOf(i)
		if f.sent == sent || f.strong && f.sent == sent-1 {
			return f.subject
		}
	}
	if f.home != "" {
		return f.home
	}
	best, bestW := "", 0
	for _, c := range f.first {
		if w := f.weights[c]; w > bestW {
			best, bestW = c, w
		}
	}
	return best
}

// Dateline bounds: the dateline opens one of the first paragraphs.
const (
	datelineParagraphs = 4
	datelineBytes      = 600
	datelineTokens     = 16
)

// datelineCountry returns the country of a wire dateline at the head of
// the text: a place in capitals, perhaps a comma and a country or region
// and a date, then an agency in parentheses or a dash, before the story:
// "ZAPORIZHZHIA, Ukraine (AP) —", "KYIV, March 3 (Reuters) -", "GAZA CITY —".
// The country is the one written after the place, else the place itself
// when it is a capital or a country ("SINGAPORE (AP) —").
func (s *Set) datelineCountry() string {
	d := s.d
	for pi, p := range d.Paragraphs {
		if pi >= datelineParagraphs || p.Start >= datelineBytes {
			break
		}
		if c := s.datelineAt(d.TokenAt(p.Start), p.End); c != "" {
			return c
		}
	}
	return ""
}

// datelineAt reads a dateline starting at token k of a paragraph ending at
// byte end.
func (s *Set) datelineAt(k, end int) string {
	toks := s.d.Tokens
	place := k
	for place < len(toks) && toks[place].End <= end && (toks[place].Kind == text.Word && s.shouting(place, place+1) && toks[place].Upper ||
		place > k && (toks[place].Lower == "." || toks[place].Lower == "-") && !toks[place].SpaceBefore) {
		place++
	}
	if place == k {
		return ""
	}
	country := ""
	for j := place; j < len(toks) && toks[j].End <= end && j < k+datelineTokens; j++ {
		t := &toks[j]
		switch {
		case t.Kind == text.Punct && (t.Lower == "—" || t.Lower == "–" || t.Lower == "-" || t.Lower == "--" || t.Lower == "("):
			if t.Lower == "(" && (j+2 >= len(toks) || toks[j+2].Lower != ")" && toks[j+1].Kind != text.Number && !s.isCap(j+1)) {
				return ""
			}
			if country != "" {
				return country
			}
			return s.placeCountry(k, place)
		case t.Kind == text.Punct && (t.Lower == "," || t.Lower == "."):
		case t.Kind == text.Number:
		case s.isCap(j):
			e := j + 1
			for s.isCap(e) && toks[e].End <= end {
				e++
			}
			if country == "" {
				if a, ok := actors.Lookup(s.lowerKey(j, e)); ok && a.Kind == actors.Country {
					country = a.Country
				}
			}
			j = e - 1
		default:
			return ""
		}
	}
	return ""
}

// placeCountry is the country of a dateline place in capitals, tokens [a, b).
func (s *Set) placeCountry(a, b int) string {
	key := s.lowerKey(a, b)
	if act, ok := actors.Lookup(key); ok && act.Kind == actors.Country {
		return act.Country
	}
	if c, ok := actors.Capital(key); ok {
		return c
	}
	return ""
}
