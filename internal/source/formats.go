package source

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"strings"

	"github.com/claimledger/claimledger/internal/source/feed"
	"github.com/claimledger/claimledger/internal/source/page"
	"github.com/claimledger/claimledger/internal/source/warc"
)

// ErrTruncatedWARC is the failure of a web archive that ends inside a record.
var ErrTruncatedWARC = warc.ErrTruncated

// ErrGzip is the failure of compressed input that cannot be decompressed.
var ErrGzip = errors.New("corrupt gzip data")

// read reads br, of the given size (-1 when unknown), as rd.Kind says or as
// its content looks; outer is false inside a gzip stream, which is not
// opened twice.
func (rd Reader) read(name string, size int, br *bufio.Reader, limit int, outer bool, emit func(Document), fail func(error)) error {
	// A file of one document that says its size is refused by it, before
	// a byte is read: its name, or the kind asked for, tells that it is one.
	if size > limit && (rd.Kind == Text || rd.Kind == HTML || (rd.Kind == "" || rd.Kind == Auto) && singleByName(name)) {
		fail(&Error{Name: name, Offset: -1, Err: fmt.Errorf("%w: %d bytes, more than --max-bytes %d", ErrTooLarge, size, limit)})
		return nil
	}
	head, _ := br.Peek(min(4096, br.Size()))
	if outer && isGzip(head) {
		// A WARC.gz is a series of gzip members, one per record, which
		// gowarc reads itself and whose offsets it reports.
		if rd.Kind == WARC || (rd.Kind == "" || rd.Kind == Auto) && warc.LooksLikeWARC(gunzipHead(br)) {
			return readWARC(name, br, limit, emit, fail)
		}
		z, err := gzip.NewReader(br)
		if err != nil {
			fail(&Error{Name: name, Offset: 0, Err: fmt.Errorf("%w: %v", ErrGzip, err)})
			return nil
		}
		gz := &gzipReader{z: z}
		err = rd.read(name, -1, bufio.NewReaderSize(gz, 64<<10), limit, false, emit, fail)
		if ge := (*gzipError)(nil); errors.As(err, &ge) || gz.err != nil {
			if ge == nil {
				ge = gz.err
			}
			fail(&Error{Name: name, Offset: -1, Err: ge})
			return nil
		}
		return err
	}
	kind := rd.Kind
	if kind == "" || kind == Auto {
		kind = sniff(name, head)
		if kind == Text && singleByName(name) && !strings.HasPrefix(strings.ToLower(filepath.Ext(name)), ".t") {
			// named as a page, yet no markup: say so if it is not text either
			fail = notAPage(fail)
		}
	}
	switch kind {
	case JSONL:
		return readJSONL(name, br, limit, emit, fail)
	case Text:
		return readText(name, size, br, limit, emit, fail)
	case HTML:
		return readHTML(name, size, br, limit, emit, fail)
	case Feed:
		return readFeed(name, br, limit, emit, fail)
	case WARC:
		return readWARC(name, br, limit, emit, fail)
	}
	return fmt.Errorf("%s: input kind %q is not known (want %s)", name, kind, strings.Join(Kinds, ", "))
}

// sniff tells the kind of a document by its first bytes; the name's
// extension only decides between kinds the content leaves open.
func sniff(name string, head []byte) string {
	ext := strings.ToLower(filepath.Ext(name))
	switch {
	case warc.LooksLikeWARC(head):
		return WARC
	case feed.LooksLikeFeed(head):
		return Feed
	case page.LooksLikeHTML(head):
		return HTML
	case ext == ".jsonl" || ext == ".ndjson":
		return JSONL
	case ext == ".txt" || ext == ".text":
		return Text
	}
	t := bytes.TrimLeft(head, " \t\r\n\ufeff")
	switch {
	case len(t) > 0 && t[0] == '{':
		return JSONL
	case (ext == ".html" || ext == ".htm" || ext == ".xhtml") && len(t) > 0 && t[0] == '<':
		return HTML // a fragment without <html> or a doctype
	}
	return Text
}

func notAPage(fail func(error)) func(error) {
	return func(err error) {
		var e *Error
		if errors.As(err, &e) && (errors.Is(e, ErrBinary) || errors.Is(e, ErrInvalidUTF8)) {
			e.Err = fmt.Errorf("not an HTML page: %w", e.Err)
		}
		fail(err)
	}
}

func singleByName(name string) bool {
	switch strings.ToLower(filepath.Ext(name)) {
	case ".txt", ".text", ".html", ".htm", ".xhtml":
		return true
	}
	return false
}

func isGzip(head []byte) bool { return len(head) >= 2 && head[0] == 0x1f && head[1] == 0x8b }

// gunzipHead is the start of the decompressed data, from what br holds.
func gunzipHead(br *bufio.Reader) []byte {
	b, _ := br.Peek(br.Buffered())
	z, err := gzip.NewReader(bytes.NewReader(b))
	if err != nil {
		return nil
	}
	out := make([]byte, 16)
	n, _ := io.ReadFull(z, out)
	return out[:n]
}

// gzipReader remembers the error of the decompressor and how much it gave
// before, so that a corrupt stream is reported once, as such, whatever the
// reader of its output makes of it.
type gzipReader struct {
	z   *gzip.Reader
	n   int64
	err *gzipError
}

type gzipError struct {
	n   int64 // bytes of output before the error
	err error
}

func (e *gzipError) Error() string {
	return fmt.Sprintf("%v after %d bytes of output: %v", ErrGzip, e.n, e.err)
}

func (e *gzipError) Unwrap() error { return ErrGzip }

func (g *gzipReader) Read(p []byte) (int, error) {
	n, err := g.z.Read(p)
	g.n += int64(n)
	if err != nil && err != io.EOF {
		g.err = &gzipError{n: g.n, err: err}
		return n, g.err
	}
	return n, err
}

func readHTML(name string, size int, br *bufio.Reader, limit int, emit func(Document), fail func(error)) error {
	if size > limit {
		fail(&Error{Name: name, Offset: -1, Err: fmt.Errorf("%w: %d bytes, more than --max-bytes %d", ErrTooLarge, size, limit)})
		return nil
	}
	b, err := readUpTo(br, limit+1, size+1)
	if err != nil {
		return fmt.Errorf("%s: %w", name, err)
	}
	if len(b) > limit {
		fail(&Error{Name: name, Offset: int64(limit), Err: fmt.Errorf("%w: HTML page over --max-bytes %d", ErrTooLarge, limit)})
		return nil
	}
	if i := bytes.IndexByte(b, 0); i >= 0 {
		fail(&Error{Name: name, Offset: int64(i), Err: fmt.Errorf("%w (NUL byte), not an HTML page", ErrBinary)})
		return nil
	}
	emit(Document{ID: filepath.Base(name), page: &pendingPage{name: name, html: b, offset: -1, limit: limit}})
	return nil
}

func readFeed(name string, br *bufio.Reader, limit int, emit func(Document), fail func(error)) error {
	err := feed.Read(br, func(it feed.Item) {
		d := Document{ID: it.ID, Text: it.Text, Published: it.Published, Title: it.Title, URL: it.URL, Author: it.Author, Outlet: it.Outlet}
		if d.ID == "" {
			d.ID = fmt.Sprintf("%s#%d", filepath.Base(name), it.N)
		}
		if e := checkDoc(&d, limit); e != nil {
			e.Name, e.Err = name, fmt.Errorf("item %d: %w", it.N, e.Err)
			fail(e)
			return
		}
		emit(d)
	}, func(n int, err error) {
		fail(&Error{Name: name, Offset: -1, Err: fmt.Errorf("item %d: %w", n, err)})
	})
	if err != nil {
		if ge := (*gzipError)(nil); errors.As(err, &ge) {
			return err
		}
		fail(&Error{Name: name, Offset: -1, Err: err})
	}
	return nil
}

func readWARC(name string, br *bufio.Reader, limit int, emit func(Document), fail func(error)) error {
	err := warc.Read(br, limit, func(p warc.Page) {
		id := p.URI
		if id == "" {
			id = p.RecordID
		}
		emit(Document{ID: id, page: &pendingPage{name: name, html: p.HTML, contentType: p.ContentType, offset: p.Offset,
			uri: p.URI, date: p.Date, limit: limit}})
	}, func(e *warc.Error) {
		err := error(e)
		if errors.Is(e, warc.ErrTooLarge) {
			err = fmt.Errorf("%w: %v", ErrTooLarge, e)
		}
		fail(&Error{Name: name, Offset: e.Offset, Err: err})
	})
	var we *warc.Error
	if errors.As(err, &we) {
		fail(&Error{Name: name, Offset: we.Offset, Err: err})
		return nil
	}
	return err
}

// pendingPage is a page read but not yet turned into text.
type pendingPage struct {
	name, contentType string
	html              []byte
	offset            int64 // of a WARC record; -1 for a file
	uri, date         string
	limit             int
}

// Ready extracts the text of a page read with Reader.Defer, returning the
// document whole or an *Error naming its file and, in a WARC, the offset
// of its record. Any other document is returned as it is.
func (d Document) Ready() (Document, error) {
	p := d.page
	if p == nil {
		return d, nil
	}
	d.page = nil
	fail := func(e *Error) (Document, error) {
		e.Name = p.name
		if p.offset >= 0 {
			e.Offset, e.Err = p.offset, fmt.Errorf("record %s: %w", p.uri, e.Err)
		}
		return Document{}, e
	}
	a, err := page.Extract(p.html, p.contentType)
	if err != nil {
		return fail(&Error{Offset: -1, Err: err})
	}
	d.Text, d.Published, d.Title, d.URL, d.Author, d.Outlet = a.Text, a.Published, a.Title, a.URL, a.Author, a.Outlet
	if p.uri != "" {
		d.URL = p.uri
	}
	if d.Published == "" {
		d.Published = p.date
	}
	if e := checkDoc(&d, p.limit); e != nil {
		return fail(e)
	}
	return d, nil
}

// checkDoc holds an extracted document to the rules of all documents.
func checkDoc(d *Document, limit int) *Error {
	if len(d.Text) > limit {
		return &Error{Offset: -1, Err: fmt.Errorf("%w: text over --max-bytes %d", ErrTooLarge, limit)}
	}
	if e := checkText(d.Text); e != nil {
		e.Offset = -1
		return e
	}
	return nil
}
