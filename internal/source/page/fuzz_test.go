package page

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzExtract checks that any bytes give either an error or an article of
// valid UTF-8 with no markup left in its text and a date of the one format.
func FuzzExtract(f *testing.F) {
	f.Add([]byte("<html><head><title>T</title></head><body><p>The minister said so.</p></body></html>"), "")
	f.Add([]byte("<meta charset=windows-1251><p>\xcc\xee\xf1\xea\xe2\xe0</p>"), "text/html; charset=windows-1251")
	f.Add([]byte("\xff\xfe<\x00p\x00>\x00"), "")
	f.Fuzz(func(t *testing.T, b []byte, contentType string) {
		a, err := Extract(b, contentType)
		if err != nil {
			return
		}
		for _, s := range []string{a.Text, a.Title, a.Author, a.Outlet, a.URL} {
			if !utf8.ValidString(s) {
				t.Fatalf("invalid UTF-8 %q", s)
			}
		}
		if strings.TrimSpace(a.Text) == "" {
			t.Fatalf("empty text without an error")
		}
		if a.Published != "" && len(a.Published) != 10 {
			t.Fatalf("published %q", a.Published)
		}
	})
}

// FuzzFragmentText checks that text from any fragment has no run of more
// than one blank line and no spaces at its ends.
func FuzzFragmentText(f *testing.F) {
	f.Add("<p>a</p><br><br><div> b &amp; c </div>")
	f.Fuzz(func(t *testing.T, s string) {
		out := FragmentText(s)
		if strings.Contains(out, "\n\n\n") || strings.TrimSpace(out) != out {
			t.Fatalf("text %q", out)
		}
	})
}
