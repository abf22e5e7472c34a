package text

import (
	"strings"
	"testing"
)

// tokenTexts lists the characters of every token of s.
func tokenTexts(s string) []string {
	d := New(s)
	out := make([]string, len(d.Tokens))
	for i := range d.Tokens {
		out[i] = d.TokenText(i)
	}
	return out
}

// sentenceTexts lists the characters of every sentence of s.
func sentenceTexts(d *Doc) []string {
	out := make([]string, len(d.Sentences))
	for i, se := range d.Sentences {
		out[i] = d.Text[se.Start:se.End]
	}
	return out
}

func quoteTexts(d *Doc) []string {
	out := make([]string, len(d.Quotes))
	for i, q := range d.Quotes {
		out[i] = d.Text[q.Start:q.End]
	}
	return out
}

// tokenIndex finds the token whose text is w, counting from the n-th match.
func tokenIndex(t *testing.T, d *Doc, w string) int {
	t.Helper()
	for i := range d.Tokens {
		if d.TokenText(i) == w {
			return i
		}
	}
	t.Fatalf("no token %q in %q", w, d.Text)
	return -1
}

func sameList(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func show(l []string) string { return "[" + strings.Join(l, " | ") + "]" }
