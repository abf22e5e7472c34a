package warc

import (
	"bytes"
	"strings"
	"testing"
)

// FuzzRead checks that any bytes, plain or gzip, are walked without a
// panic, with pages and failures at offsets in order and within the input.
func FuzzRead(f *testing.F) {
	recs := archive()
	f.Add([]byte(strings.Join(recs, "")))
	f.Add(gzipped(recs[1:4]))
	f.Add([]byte(recs[2][:len(recs[2])-20]))
	f.Fuzz(func(t *testing.T, b []byte) {
		last := int64(-1)
		check := func(off int64) {
			if off < last || off < 0 || off > int64(len(b)) {
				t.Fatalf("offset %d after %d in %d bytes", off, last, len(b))
			}
			last = off
		}
		err := Read(bytes.NewReader(b), 1<<16, func(p Page) {
			check(p.Offset)
			if len(p.HTML) > 1<<16 {
				t.Fatalf("page of %d bytes", len(p.HTML))
			}
		}, func(e *Error) { check(e.Offset) })
		if err != nil {
			if e, ok := err.(*Error); !ok || e.Offset < 0 {
				t.Fatalf("error %v is not an *Error with an offset", err)
			}
		}
	})
}
