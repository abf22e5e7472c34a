package source

import (
	"errors"
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzRead checks that any bytes, read as text or as JSON Lines, either
// yield documents of valid, non-empty UTF-8 or failures that name the input.
func FuzzRead(f *testing.F) {
	f.Add("LONDON (Reuters) - The ministry said on Tuesday that 3 people died.", byte(0))
	f.Add("{\"id\":5,\"text\":\"He said so.\"}\n{bad\n", byte(1))
	f.Add("\ufeff{\"text\":\"caf\xe9\"}\r\n", byte(2))
	f.Add("\x00\x01\x02binary", byte(0))
	f.Fuzz(func(t *testing.T, in string, k byte) {
		kind := []string{Auto, Text, JSONL}[int(k)%3]
		rd := Reader{Kind: kind, MaxBytes: 64}
		err := rd.Read("in", strings.NewReader(in), func(d Document) {
			if !utf8.ValidString(d.Text) || strings.TrimSpace(d.Text) == "" || len(d.Text) > 64 {
				t.Fatalf("document %q accepted", d.Text)
			}
			if d.ID == "" {
				t.Fatalf("document without an id")
			}
		}, func(err error) {
			var e *Error
			if !errors.As(err, &e) || e.Name != "in" || !strings.HasPrefix(err.Error(), "in") {
				t.Fatalf("failure %v does not name the input", err)
			}
		})
		if err != nil {
			t.Fatalf("Read over a string reader failed: %v", err)
		}
	})
}
