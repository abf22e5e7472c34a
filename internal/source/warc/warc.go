// Package warc walks a web archive (WARC, plain or gzip-compressed per
// record) and hands over the HTML pages it holds, so that a crawl can be
// read like a folder of pages. Records are streamed one at a time with
// gowarc under its default validation policy; a file cut short or corrupt
// ends the walk with an *Error giving the offset of the broken record.
package warc

import (
	"bufio"
	"bytes"
	"compress/flate"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"strings"
	"time"

	"github.com/claimledger/claimledger/internal/source/page"
	"github.com/nlnwa/gowarc/v3"
)

// Page is the HTML payload of one response record.
type Page struct {
	Offset      int64  // of the record in the file
	URI         string // WARC-Target-URI, may be empty
	RecordID    string // WARC-Record-ID
	Date        string // WARC-Date as "YYYY-MM-DD", or ""
	ContentType string // the HTTP Content-Type, may be empty
	HTML        []byte
}

// Error is a problem at a byte offset of the file: Offset is where the
// record in question starts.
type Error struct {
	Offset int64
	URI    string
	Err    error
}

func (e *Error) Error() string {
	if e.URI != "" {
		return fmt.Sprintf("record %s: %v", e.URI, e.Err)
	}
	return e.Err.Error()
}

func (e *Error) Unwrap() error { return e.Err }

var (
	// ErrTooLarge is the failure of a payload over the limit given to Read.
	ErrTooLarge = errors.New("HTML payload too large")
	// ErrTruncated ends a walk over a record shorter than its Content-Length.
	ErrTruncated = errors.New("record cut short")
)

// Read calls emit for each response record of r whose HTTP payload is HTML
// (by Content-Type, or by its first bytes when there is none), and fail
// for such a record whose payload cannot be read or is over maxBytes.
// Other records (requests, metadata, revisits, DNS, warcinfo, non-HTML
// resources, error pages and redirects) are passed over. The error
// returned, an *Error, is the one that stopped the walk.
func Read(r io.Reader, maxBytes int, emit func(Page), fail func(*Error)) (err error) {
	wr, err := gowarc.NewWarcFileReaderFromStream(r, 0)
	if err != nil {
		return &Error{Offset: 0, Err: err}
	}
	defer wr.Close()
	var offset int64
	defer func() {
		if p := recover(); p != nil {
			err = &Error{Offset: offset, Err: fmt.Errorf("WARC reader failed: %v", p)}
		}
	}()
	for {
		rec, err := wr.Next()
		offset = rec.Offset
		if err == io.EOF {
			return nil
		}
		if err != nil {
			rec.Close()
			return &Error{Offset: rec.Offset, Err: describe(err)}
		}
		err = record(rec, maxBytes, emit, fail)
		rec.Close()
		if err != nil {
			return err
		}
	}
}

// describe says what an error of gowarc means for the file.
func describe(err error) error {
	if errors.Is(err, io.ErrUnexpectedEOF) {
		return fmt.Errorf("%w: the file ends inside a record (%v)", ErrTruncated, err)
	}
	return fmt.Errorf("corrupt record: %w", err)
}

// record reads one record to its end, so that a record shorter than it
// says is found even when it is not a page.
func record(rec gowarc.Record, maxBytes int, emit func(Page), fail func(*Error)) error {
	w := rec.WarcRecord
	h := w.WarcHeader()
	uri := h.Get(gowarc.WarcTargetURI)
	raw, err := w.Block().RawBytes()
	if err != nil {
		return &Error{Offset: rec.Offset, URI: uri, Err: describe(err)}
	}
	cr := &counter{r: raw}
	var p *Page
	var perr error
	if w.Type() == gowarc.Response && strings.HasPrefix(h.Get(gowarc.ContentType), "application/http") {
		p, perr = payload(cr, maxBytes)
	}
	if _, err := io.Copy(io.Discard, cr); err != nil {
		return &Error{Offset: rec.Offset, URI: uri, Err: describe(err)}
	}
	if want, err := w.ContentLength(); err == nil && cr.n < want {
		return &Error{Offset: rec.Offset, URI: uri, Err: fmt.Errorf("%w: %d of %d bytes", ErrTruncated, cr.n, want)}
	}
	if perr != nil {
		fail(&Error{Offset: rec.Offset, URI: uri, Err: perr})
		return nil
	}
	if p == nil {
		return nil
	}
	p.Offset, p.URI, p.RecordID = rec.Offset, uri, w.RecordId()
	if t, err := w.Date(); err == nil && !t.IsZero() {
		p.Date = t.UTC().Format(time.DateOnly)
	}
	emit(*p)
	return nil
}

// payload reads an HTTP response and returns its body when it is a page;
// nil, nil when it is not.
func payload(r io.Reader, maxBytes int) (*Page, error) {
	resp, err := http.ReadResponse(bufio.NewReader(r), nil)
	if err != nil {
		return nil, nil // not HTTP after all: not a page
	}
	defer resp.Body.Close()
	if resp.StatusCode < 200 || resp.StatusCode > 299 {
		return nil, nil
	}
	ct := resp.Header.Get("Content-Type")
	if ct != "" && !isHTMLType(ct) {
		return nil, nil
	}
	body, err := decoded(resp)
	if err != nil {
		return nil, err
	}
	b, err := io.ReadAll(io.LimitReader(body, int64(maxBytes)+1))
	if err != nil && !errors.Is(err, io.ErrUnexpectedEOF) {
		return nil, fmt.Errorf("HTTP payload: %w", err)
	}
	if ct == "" && !page.LooksLikeHTML(b[:min(len(b), 1024)]) &&
		!strings.HasPrefix(http.DetectContentType(b), "text/html") {
		return nil, nil
	}
	if len(b) > maxBytes {
		return nil, fmt.Errorf("%w: more than %d bytes", ErrTooLarge, maxBytes)
	}
	return &Page{ContentType: ct, HTML: b}, nil
}

func isHTMLType(ct string) bool {
	mt, _, err := mime.ParseMediaType(ct)
	if err != nil {
		mt = strings.ToLower(strings.TrimSpace(strings.Split(ct, ";")[0]))
	}
	return mt == "text/html" || mt == "application/xhtml+xml"
}

// decoded undoes a Content-Encoding that crawlers store as sent.
func decoded(resp *http.Response) (io.Reader, error) {
	switch enc := strings.ToLower(strings.TrimSpace(resp.Header.Get("Content-Encoding"))); enc {
	case "", "identity":
		return resp.Body, nil
	case "gzip", "x-gzip":
		// Some crawlers store the body decompressed and keep the header.
		br := bufio.NewReader(resp.Body)
		if magic, _ := br.Peek(2); !bytes.Equal(magic, []byte{0x1f, 0x8b}) {
			return br, nil
		}
		z, err := gzip.NewReader(br)
		if err != nil {
			return nil, fmt.Errorf("Content-Encoding gzip: %w", err)
		}
		return z, nil
	case "deflate":
		return flate.NewReader(resp.Body), nil
	default:
		return nil, fmt.Errorf("Content-Encoding %q is not supported", enc)
	}
}

type counter struct {
	r io.Reader
	n int64
}

func (c *counter) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n += int64(n)
	return n, err
}

// LooksLikeWARC tells whether head, the start of a file (uncompressed), is
// a WARC record: "WARC/" and a version digit.
func LooksLikeWARC(head []byte) bool {
	return len(head) > 5 && bytes.HasPrefix(head, []byte("WARC/")) && head[5] >= '0' && head[5] <= '9'
}
