package text

import (
	"testing"
	"unicode/utf8"
)

func TestSpanCodePoints(t *testing.T) {
	in := "Café owner Zoë Lefèvre — who fled 🚀 Kharkiv — said “we stay” 😀 today."
	d := New(in)
	for i, tk := range d.Tokens {
		sp := d.Span(tk.Start, tk.End)
		if sp.Text != d.TokenText(i) {
			t.Errorf("token %d: span text %q", i, sp.Text)
		}
		if want := utf8.RuneCountInString(in[:tk.Start]); sp.Start != want {
			t.Errorf("token %q: start %d, want %d code points", sp.Text, sp.Start, want)
		}
		if sp.End-sp.Start != utf8.RuneCountInString(sp.Text) {
			t.Errorf("token %q: length %d", sp.Text, sp.End-sp.Start)
		}
		runes := []rune(in)
		if got := string(runes[sp.Start:sp.End]); got != sp.Text {
			t.Errorf("code points [%d,%d) = %q, want %q", sp.Start, sp.End, got, sp.Text)
		}
	}
	// fixed points written out by hand
	at := func(w string) int { return d.RuneOffset(d.Tokens[tokenIndex(t, d, w)].Start) }
	if got := at("owner"); got != 5 {
		t.Errorf("owner at %d, want 5", got)
	}
	if got := at("Kharkiv"); got != 36 {
		t.Errorf("Kharkiv at %d, want 36 (the emoji is one code point)", got)
	}
	if got := at("today"); got != 63 {
		t.Errorf("today at %d, want 63", got)
	}
}

func TestSpanASCIIAndEmpty(t *testing.T) {
	d := New("plain text")
	if sp := d.Span(6, 10); sp.Start != 6 || sp.End != 10 || sp.Text != "text" {
		t.Errorf("ASCII span %+v", sp)
	}
	if sp := d.Span(3, 3); sp.Len() != 0 || sp.Text != "" {
		t.Errorf("empty span %+v", sp)
	}
	e := New("")
	if len(e.Tokens) != 0 || len(e.Sentences) != 0 || len(e.Paragraphs) != 0 || len(e.Quotes) != 0 {
		t.Errorf("empty text has layers: %+v", e)
	}
}

func TestInvalidUTF8(t *testing.T) {
	in := "ab\xffcd \xe2\x80 “x” \xc3"
	d := New(in)
	for i, tk := range d.Tokens {
		if tk.Start >= tk.End || tk.End > len(in) || (i > 0 && tk.Start < d.Tokens[i-1].End) {
			t.Fatalf("bad token %d: %+v", i, tk)
		}
	}
	if sp := d.Span(0, len(in)); sp.End != d.RuneOffset(len(in)) || sp.Text != in {
		t.Errorf("whole span %+v", sp)
	}
}
