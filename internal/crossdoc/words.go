package crossdoc

import (
	"sort"
	"strings"

	"github.com/claimledger/claimledger/internal/actors"
)

// lexicon turns texts into sorted sets of interned content-word ids, so that
// comparing two propositions is a merge of two short slices. Words are
// lower-cased, crudely lemmatised ("killed", "kills" → "kill"), number words
// written as digits, and countries, capitals and demonyms written as the
// country code, so that "Kyiv", "Ukraine" and "Ukrainian" are one word.
type lexicon struct {
	ids   map[string]int32
	words []string // id → word
	norms map[string]string
}

func newLexicon() *lexicon {
	return &lexicon{ids: map[string]int32{}, norms: map[string]string{}}
}

var stop = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`a an the and or but of in on at to for from by with as into over
		under about after before near than more less over up down its it his her their our your my this that
		these those there here which who whom whose what when where while is are was were be been being
		has have had do does did will would shall should may might can could must not no nor never
		also only just very so such he she they we you i them him us said say says saying told
		according some any all each other another most much many one's s`) {
		stop[w] = true
	}
}

var numberWords = map[string]string{
	"one": "1", "two": "2", "three": "3", "four": "4", "five": "5", "six": "6", "seven": "7",
	"eight": "8", "nine": "9", "ten": "10", "eleven": "11", "twelve": "12", "twenty": "20",
	"thirty": "30", "forty": "40", "fifty": "50", "hundred": "100", "dozen": "12", "dozens": "12",
}

// norm returns the canonical form of one lower-cased word, or "" for a
// stop word.
func (l *lexicon) norm(w string) string {
	if n, ok := l.norms[w]; ok {
		return n
	}
	n := w
	switch {
	case stop[w]:
		n = ""
	case numberWords[w] != "":
		n = numberWords[w]
	default:
		if c, ok := actors.Demonym(w); ok {
			n = c
		} else if c, ok := actors.Capital(w); ok {
			n = c
		} else if a, ok := actors.Lookup(w); ok && a.Kind == actors.Country && a.Country != "" {
			n = a.Country
		} else {
			n = stem(w)
		}
	}
	l.norms[w] = n
	return n
}

func stem(w string) string {
	switch {
	case len(w) > 4 && strings.HasSuffix(w, "ies"), len(w) > 4 && strings.HasSuffix(w, "ied"):
		return w[:len(w)-3] + "y"
	case len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss"):
		w = w[:len(w)-1]
	}
	switch {
	case len(w) > 4 && strings.HasSuffix(w, "ed"):
		return w[:len(w)-2]
	case len(w) > 5 && strings.HasSuffix(w, "ing"):
		return w[:len(w)-3]
	case len(w) > 5 && strings.HasSuffix(w, "ly"):
		return w[:len(w)-2]
	}
	return w
}

// tokens splits text into lower-cased words; an apostrophe ends a word, so
// "Russia's" gives "russia" and "s".
func tokens(text string) []string {
	return strings.FieldsFunc(strings.ToLower(text), func(r rune) bool {
		return !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == '-' || r > 127 && r != '’')
	})
}

// set returns the sorted distinct content-word ids of text.
func (l *lexicon) set(text string) []int32 {
	var out []int32
	for _, w := range tokens(text) {
		n := l.norm(strings.Trim(w, "-"))
		if n == "" {
			continue
		}
		id, ok := l.ids[n]
		if !ok {
			id = int32(len(l.words))
			l.ids[n] = id
			l.words = append(l.words, n)
		}
		out = append(out, id)
	}
	sort.Slice(out, func(i, j int) bool { return out[i] < out[j] })
	k := 0
	for i, v := range out {
		if i == 0 || v != out[k-1] {
			out[k] = v
			k++
		}
	}
	return out[:k]
}

// country returns the country code a word id stands for, or "".
func (l *lexicon) country(id int32) string {
	w := l.words[id]
	if len(w) == 2 && w[0] >= 'A' && w[0] <= 'Z' {
		return w
	}
	return ""
}

// jaccard is |a∩b| / |a∪b| of two sorted sets.
func jaccard(a, b []int32) float64 {
	if len(a) == 0 || len(b) == 0 {
		return 0
	}
	both := 0
	for i, j := 0, 0; i < len(a) && j < len(b); {
		switch {
		case a[i] == b[j]:
			both++
			i++
			j++
		case a[i] < b[j]:
			i++
		default:
			j++
		}
	}
	return float64(both) / float64(len(a)+len(b)-both)
}

// subset reports whether every word of a is in b.
func subset(a, b []int32) bool {
	j := 0
	for _, v := range a {
		for j < len(b) && b[j] < v {
			j++
		}
		if j == len(b) || b[j] != v {
			return false
		}
	}
	return true
}
