package text

import (
	"testing"
	"unicode/utf8"
)

// FuzzNew checks that any input gives consistent layers: tokens in order
// inside the text, sentences covering tokens in order, quotations sorted,
// disjoint and inside the text, and spans that count code points.
func FuzzNew(f *testing.F) {
	for _, s := range []string{"", "U.S. said \"x.\"", "‘a’ ''b'' “c\n\n“d”", "\xff\xfe", "Mr. . . .", "'''", "—\n—"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d := New(s)
		end := 0
		for _, tk := range d.Tokens {
			if tk.Start < end || tk.End <= tk.Start || tk.End > len(s) {
				t.Fatalf("token %+v out of order in %q", tk, s)
			}
			end = tk.End
		}
		next := 0
		for _, se := range d.Sentences {
			if se.First != next || se.Last < se.First || se.Last >= len(d.Tokens) {
				t.Fatalf("sentence %+v in %q", se, s)
			}
			next = se.Last + 1
		}
		if len(d.Tokens) > 0 && next != len(d.Tokens) {
			t.Fatalf("sentences end at token %d of %d", next, len(d.Tokens))
		}
		qend := 0
		for _, q := range d.Quotes {
			if q.Start < qend || q.End > len(s) || q.Inner.Start < q.Start || q.Inner.End > q.End || q.Inner.Start > q.Inner.End {
				t.Fatalf("quotation %+v in %q", q, s)
			}
			qend = q.End
		}
		if sp := d.Span(0, len(s)); sp.End != utf8.RuneCountInString(s) {
			t.Fatalf("span end %d, want %d", sp.End, utf8.RuneCountInString(s))
		}
	})
}
