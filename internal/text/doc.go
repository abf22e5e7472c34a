// Package text turns a document's text into the layers every annotator reads:
// tokens, sentences, paragraphs and quotations. The text itself is never
// changed; every layer is a list of byte offsets into it, and Span converts
// byte offsets into the code-point spans of the output contract.
package text

import (
	"sort"
	"unicode/utf8"

	"github.com/claimledger/claimledger"
)

// Range is a stretch of the text in byte offsets, End exclusive.
type Range struct{ Start, End int }

// Doc is one immutable text with its base layers.
type Doc struct {
	Text       string
	Tokens     []Token
	Sentences  []Sentence
	Paragraphs []Range
	Quotes     []Quote

	// multibyte lists, for texts that are not pure ASCII, the byte offset
	// just after each multi-byte rune and the bytes saved up to there, so
	// that code-point offsets cost a binary search and no per-byte table.
	multibyte []runeShift
}

type runeShift struct{ after, extra int }

// New analyses text. It never fails: any byte sequence yields some layers.
func New(s string) *Doc {
	d := &Doc{Text: s}
	d.indexRunes()
	d.Tokens = tokenize(s)
	d.Paragraphs = paragraphs(s)
	d.Sentences = sentences(d)
	d.Quotes = quotes(d)
	return d
}

func (d *Doc) indexRunes() {
	s := d.Text
	extra := 0
	for i := 0; i < len(s); {
		if s[i] < utf8.RuneSelf {
			i++
			continue
		}
		_, n := utf8.DecodeRuneInString(s[i:])
		i += n
		extra += n - 1
		d.multibyte = append(d.multibyte, runeShift{after: i, extra: extra})
	}
}

// RuneOffset converts a byte offset into a code-point offset.
func (d *Doc) RuneOffset(b int) int {
	if len(d.multibyte) == 0 {
		return b
	}
	// the last multi-byte rune that ends at or before b
	i := sort.Search(len(d.multibyte), func(i int) bool { return d.multibyte[i].after > b })
	if i == 0 {
		return b
	}
	return b - d.multibyte[i-1].extra
}

// Span makes the contract span for the bytes [start, end).
func (d *Doc) Span(start, end int) claimledger.Span {
	return claimledger.Span{Start: d.RuneOffset(start), End: d.RuneOffset(end), Text: d.Text[start:end]}
}

// TokenAt returns the index of the first token that ends after byte b.
func (d *Doc) TokenAt(b int) int {
	return sort.Search(len(d.Tokens), func(i int) bool { return d.Tokens[i].End > b })
}

// SentenceOf returns the index of the sentence holding token i.
func (d *Doc) SentenceOf(tok int) int {
	return sort.Search(len(d.Sentences), func(i int) bool { return d.Sentences[i].Last >= tok })
}

// ParagraphOf returns the index of the paragraph holding byte b.
func (d *Doc) ParagraphOf(b int) int {
	return sort.Search(len(d.Paragraphs), func(i int) bool { return d.Paragraphs[i].End > b })
}

// QuoteAt returns the quotation that covers byte b, or -1.
func (d *Doc) QuoteAt(b int) int {
	i := sort.Search(len(d.Quotes), func(i int) bool { return d.Quotes[i].End > b })
	if i < len(d.Quotes) && d.Quotes[i].Start <= b {
		return i
	}
	return -1
}

// paragraphs splits at line breaks; blank lines are not paragraphs.
func paragraphs(s string) []Range {
	var out []Range
	start := 0
	for i := 0; i <= len(s); i++ {
		if i == len(s) || s[i] == '\n' {
			a, b := start, i
			for a < b && isSpaceByte(s[a]) {
				a++
			}
			for b > a && isSpaceByte(s[b-1]) {
				b--
			}
			if a < b {
				out = append(out, Range{a, b})
			}
			start = i + 1
		}
	}
	return out
}

func isSpaceByte(c byte) bool {
	return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v'
}
