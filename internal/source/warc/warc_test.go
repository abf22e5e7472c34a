package warc

import (
	"bytes"
	"compress/gzip"
	"errors"
	"fmt"
	"strings"
	"testing"
)

// record is one WARC record as bytes, with a Content-Length that is right.
func warcRecord(typ, uri, contentType, block string) string {
	var b strings.Builder
	fmt.Fprintf(&b, "WARC/1.1\r\nWARC-Type: %s\r\nWARC-Record-ID: <urn:uuid:%08d-0000-0000-0000-000000000000>\r\n", typ, len(block)+len(uri))
	fmt.Fprintf(&b, "WARC-Date: 2024-02-03T04:05:06Z\r\n")
	if uri != "" {
		fmt.Fprintf(&b, "WARC-Target-URI: %s\r\n", uri)
	}
	fmt.Fprintf(&b, "Content-Type: %s\r\nContent-Length: %d\r\n\r\n%s\r\n\r\n", contentType, len(block), block)
	return b.String()
}

func httpResponse(status, contentType, body string) string {
	h := "HTTP/1.1 " + status + "\r\n"
	if contentType != "" {
		h += "Content-Type: " + contentType + "\r\n"
	}
	return h + fmt.Sprintf("Content-Length: %d\r\n\r\n%s", len(body), body)
}

const page1 = "<html><head><title>One</title></head><body><p>The ministry said so.</p></body></html>"

// archive is a small crawl: one page of each interesting sort.
func archive() []string {
	const resp = "application/http; msgtype=response"
	return []string{
		warcRecord("warcinfo", "", "application/warc-fields", "software: test\r\n"),
		warcRecord("request", "https://a.example/1", "application/http; msgtype=request", "GET /1 HTTP/1.1\r\nHost: a.example\r\n\r\n"),
		warcRecord("response", "https://a.example/1", resp, httpResponse("200 OK", "text/html; charset=utf-8", page1)),
		warcRecord("response", "https://a.example/style.css", resp, httpResponse("200 OK", "text/css", "p{}")),
		warcRecord("response", "https://a.example/sniffed", resp, httpResponse("200 OK", "", "<!DOCTYPE html><p>No type given.</p>")),
		warcRecord("response", "https://a.example/gone", resp, httpResponse("404 Not Found", "text/html", "<html>gone</html>")),
		warcRecord("metadata", "https://a.example/1", "application/warc-fields", "via: x\r\n"),
		warcRecord("resource", "https://a.example/2", "text/html", "<html>resource</html>"),
		warcRecord("response", "dns:a.example", "text/dns", "a.example. 300 IN A 10.0.0.1\n"),
		warcRecord("response", "https://a.example/3", resp, httpResponse("200 OK", "text/html", "<html><p>Third page.</p></html>")),
	}
}

func gzipped(records []string) []byte {
	var buf bytes.Buffer
	for _, r := range records {
		z := gzip.NewWriter(&buf)
		z.Write([]byte(r))
		z.Close()
	}
	return buf.Bytes()
}

func walk(t *testing.T, b []byte, max int) (pages []Page, fails []*Error, err error) {
	t.Helper()
	err = Read(bytes.NewReader(b), max, func(p Page) { pages = append(pages, p) }, func(e *Error) { fails = append(fails, e) })
	return
}

func TestRead(t *testing.T) {
	plain := []byte(strings.Join(archive(), ""))
	for name, b := range map[string][]byte{"warc": plain, "warc.gz": gzipped(archive())} {
		pages, fails, err := walk(t, b, 1<<20)
		if err != nil || len(fails) != 0 {
			t.Fatalf("%s: %v %v", name, err, fails)
		}
		var uris []string
		for _, p := range pages {
			uris = append(uris, p.URI)
		}
		if got := strings.Join(uris, " "); got != "https://a.example/1 https://a.example/sniffed https://a.example/3" {
			t.Errorf("%s: pages %s", name, got)
		}
		if p := pages[0]; string(p.HTML) != page1 || p.Date != "2024-02-03" || p.ContentType != "text/html; charset=utf-8" || p.RecordID == "" {
			t.Errorf("%s: first page %+v", name, p)
		}
		if pages[0].Offset != 0 && pages[1].Offset <= pages[0].Offset {
			t.Errorf("%s: offsets %d %d", name, pages[0].Offset, pages[1].Offset)
		}
	}
}

func TestReadTooLarge(t *testing.T) {
	pages, fails, err := walk(t, []byte(strings.Join(archive(), "")), 40)
	if err != nil || len(pages) != 2 || len(fails) != 1 || !errors.Is(fails[0], ErrTooLarge) || fails[0].URI != "https://a.example/1" {
		t.Errorf("pages %d fails %v err %v", len(pages), fails, err)
	}
}

// A file cut inside its last record gives the records before it, then an
// error at the offset where the cut record starts.
func TestReadTruncated(t *testing.T) {
	recs := archive()
	last := int64(len(strings.Join(recs[:len(recs)-1], "")))
	plain := []byte(strings.Join(recs, ""))
	gz := gzipped(recs)
	lastGz := int64(len(gzipped(recs[:len(recs)-1])))
	for name, tc := range map[string]struct {
		b      []byte
		offset int64
	}{
		"warc":    {plain[:len(plain)-30], last},
		"warc.gz": {gz[:len(gz)-30], lastGz},
	} {
		pages, _, err := walk(t, tc.b, 1<<20)
		var e *Error
		if !errors.As(err, &e) || !errors.Is(err, ErrTruncated) || e.Offset != tc.offset {
			t.Errorf("%s: error %v (offset %v), want truncation at %d", name, err, e, tc.offset)
		}
		if len(pages) != 2 {
			t.Errorf("%s: %d pages before the cut, want 2", name, len(pages))
		}
	}
}

func TestReadGarbage(t *testing.T) {
	for _, in := range []string{"", "WARC/1.1\r\n", "WARC/1.1\r\nContent-Length: 99999\r\n\r\nshort", "\x1f\x8b\x08\x00garbage"} {
		pages, _, err := walk(t, []byte(in), 1<<20)
		if len(pages) != 0 {
			t.Errorf("%q: pages %v", in, pages)
		}
		_ = err // any error is fine; no panic is the point
	}
}
