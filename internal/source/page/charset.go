package page

import (
	"bytes"
	"fmt"
	"regexp"
	"unicode/utf8"

	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding"
)

// metaCharset finds a charset declared in a <meta> anywhere in the first
// bytes: the standard prescan looks at 1024 bytes only, and many pages put
// scripts before it.
var metaCharset = regexp.MustCompile(`(?i)<meta[^>]+charset\s*=\s*["']?\s*([a-z0-9_:.\-]+)`)

// Decode turns the bytes of a page into UTF-8. A byte order mark wins, then
// the charset of contentType, then text that is valid UTF-8 is taken as
// such, then a <meta> declaration, then windows-1252 as browsers do.
func Decode(b []byte, contentType string) (string, error) {
	enc, name, certain := charset.DetermineEncoding(b, contentType)
	if !certain {
		switch {
		case utf8.Valid(b):
			enc, name = encoding.Nop, "utf-8"
		default:
			if m := metaCharset.FindSubmatch(b[:min(len(b), 64<<10)]); m != nil {
				if e, n := charset.Lookup(string(m[1])); e != nil {
					enc, name = e, n
				}
			}
		}
	}
	out := b
	if enc != encoding.Nop && name != "utf-8" {
		var err error
		if out, err = enc.NewDecoder().Bytes(b); err != nil {
			return "", fmt.Errorf("charset %s: %w", name, err)
		}
	}
	out = bytes.TrimPrefix(out, []byte("\ufeff"))
	return string(bytes.ToValidUTF8(out, []byte("\uFFFD"))), nil
}
