// Package source reads documents from what users have: plain text files,
// JSON Lines dumps, HTML pages, RSS, Atom and JSON feeds and web archives
// (WARC), any of them gzip-compressed, told apart by their content. Every
// problem is reported as an *Error naming the file and the line or byte
// offset, and reading goes on with the next document.
package source

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"math"
	"path/filepath"
	"strings"
	"unicode/utf8"
	"unsafe"
)

// Document is one document as read, before any analysis.
type Document struct {
	ID        string `json:"id"`
	Text      string `json:"text"`
	Published string `json:"published"`
	Title     string `json:"title"`
	URL       string `json:"url"`
	// Author and Outlet are known for pages and feed items only.
	Author string `json:"author,omitempty"`
	Outlet string `json:"outlet,omitempty"`
	// page is the HTML of a page whose text is yet to be extracted, when
	// the Reader was asked to Defer it; see Ready.
	page *pendingPage
}

// Error is a problem with one document of a source.
type Error struct {
	Name   string // file name, or "-" for standard input
	Line   int    // 1-based line of a JSONL document, or 0
	Offset int64  // byte offset of the problem, or -1
	Err    error
}

func (e *Error) Error() string {
	var b strings.Builder
	b.WriteString(e.Name)
	if e.Line > 0 {
		fmt.Fprintf(&b, ":%d", e.Line)
	}
	if e.Offset >= 0 {
		fmt.Fprintf(&b, ": byte %d", e.Offset)
	}
	b.WriteString(": ")
	b.WriteString(e.Err.Error())
	return b.String()
}

func (e *Error) Unwrap() error { return e.Err }

// Kinds of input.
const (
	Auto  = "auto"
	Text  = "text"
	JSONL = "jsonl"
	HTML  = "html"
	Feed  = "feed"
	WARC  = "warc"
)

// Kinds lists the kinds a Reader accepts, for messages and flag help.
var Kinds = []string{Auto, Text, HTML, JSONL, Feed, WARC}

// DefaultMaxBytes bounds one document (the text of a plain text document,
// a JSONL line, a feed item, or a whole HTML page): news articles are far
// smaller, and a larger text is almost always a mistake (a dump passed as
// one document). Feeds and web archives as a whole are not bounded.
const DefaultMaxBytes = 8 << 20

// Reader reads documents of one kind.
type Reader struct {
	Kind     string // one of Kinds; Auto (or "") tells them by content
	MaxBytes int    // per document; DefaultMaxBytes when 0
	// Defer leaves the extraction of a page's text (the costly part of
	// reading HTML and WARC) to Document.Ready, so that the caller can run
	// it on other goroutines than the one reading.
	Defer bool
}

var (
	ErrEmpty    = errors.New("empty document")
	ErrBinary   = errors.New("binary data, not text")
	ErrTooLarge = errors.New("document too large")
	// ErrInvalidUTF8 also refuses JSON strings with bad bytes, which a JSON
	// decoder would silently turn into U+FFFD.
	ErrInvalidUTF8 = errors.New("invalid UTF-8")
)

// Read reads the documents of r, named name, calling emit for each good one
// and fail for each bad one. It returns an error only when r itself fails.
func (rd Reader) Read(name string, r io.Reader, emit func(Document), fail func(error)) error {
	limit := rd.MaxBytes
	if limit <= 0 {
		limit = DefaultMaxBytes
	}
	size := fileSize(r)
	// A small file gets a small buffer: zeroing 64 KiB for each of
	// thousands of 3 KB articles costs more than reading them.
	bufSize := 64 << 10
	if size >= 0 && size < bufSize {
		bufSize = max(size+1, 512)
	}
	br := bufio.NewReaderSize(r, bufSize)
	if !rd.Defer {
		next := emit
		emit = func(d Document) {
			if d, err := d.Ready(); err != nil {
				fail(err)
			} else {
				next(d)
			}
		}
	}
	return rd.read(name, size, br, limit, true, emit, fail)
}

// fileSize is the size of a regular file, or -1 for other readers.
func fileSize(r io.Reader) int {
	st, ok := r.(interface{ Stat() (fs.FileInfo, error) })
	if !ok {
		return -1
	}
	fi, err := st.Stat()
	if err != nil || !fi.Mode().IsRegular() || fi.Size() > math.MaxInt32 {
		return -1
	}
	return int(fi.Size())
}

func readText(name string, size int, br *bufio.Reader, max int, emit func(Document), fail func(error)) error {
	// A regular file says its size: a document too large is refused before
	// a byte of it is read.
	if size > max {
		fail(&Error{Name: name, Offset: -1, Err: fmt.Errorf("%w: %d bytes, more than --max-bytes %d", ErrTooLarge, size, max)})
		return nil
	}
	b, err := readUpTo(br, max+1, size+1)
	if err != nil {
		return fmt.Errorf("%s: %w", name, err)
	}
	if len(b) > max {
		fail(&Error{Name: name, Offset: int64(max), Err: fmt.Errorf("%w: more than --max-bytes %d", ErrTooLarge, max)})
		return nil
	}
	// The string shares the bytes just read, which nothing else holds, so
	// that a document costs its size in memory, not twice that.
	s := unsafe.String(unsafe.SliceData(b), len(b))
	if err := checkText(s); err != nil {
		err.Name = name
		fail(err)
		return nil
	}
	s = strings.TrimPrefix(s, "\ufeff")
	emit(Document{ID: filepath.Base(name), Text: s})
	return nil
}

// readUpTo reads r to its end or to limit bytes, into one buffer that
// starts at hint bytes when the size is known, without a copy buffer.
func readUpTo(r io.Reader, limit, hint int) ([]byte, error) {
	if hint <= 0 || hint > limit {
		hint = min(limit, 4096)
	}
	b := make([]byte, 0, hint)
	for len(b) < limit {
		if len(b) == cap(b) {
			b = append(b, 0)[:len(b)]
		}
		n, err := r.Read(b[len(b):min(cap(b), limit)])
		b = b[:len(b)+n]
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, err
		}
	}
	return b, nil
}

// checkText refuses empty, binary and invalid UTF-8 text.
func checkText(b string) *Error {
	if len(strings.TrimSpace(strings.TrimPrefix(b, "\ufeff"))) == 0 {
		return &Error{Offset: -1, Err: ErrEmpty}
	}
	control := 0
	for i := 0; i < len(b); {
		c := b[i]
		if c < utf8.RuneSelf {
			if c == 0 {
				return &Error{Offset: int64(i), Err: fmt.Errorf("%w (NUL byte)", ErrBinary)}
			}
			if c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' {
				control++
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(b[i:])
		if r == utf8.RuneError && n == 1 {
			return &Error{Offset: int64(i), Err: ErrInvalidUTF8}
		}
		i += n
	}
	if control > len(b)/100+8 {
		return &Error{Offset: -1, Err: fmt.Errorf("%w (%d control characters)", ErrBinary, control)}
	}
	return nil
}

func readJSONL(name string, br *bufio.Reader, max int, emit func(Document), fail func(error)) error {
	line := 0
	var offset int64 // of the line's first byte in the input
	for {
		b, n, tooLong, err := readLine(br, max)
		if n == 0 && err == io.EOF {
			return nil
		}
		line++
		start := offset
		offset += int64(n)
		if err != nil && err != io.EOF {
			return &Error{Name: name, Line: line, Offset: start, Err: err}
		}
		if line == 1 {
			b = bytes.TrimPrefix(b, []byte("\ufeff"))
		}
		switch {
		case tooLong:
			fail(&Error{Name: name, Line: line, Offset: start, Err: fmt.Errorf("%w: line longer than --max-bytes %d", ErrTooLarge, max)})
		case len(bytes.TrimSpace(b)) == 0:
		default:
			if d, e := parseLine(b); e != nil {
				e.Name, e.Line = name, line
				fail(e)
			} else {
				if d.ID == "" {
					d.ID = fmt.Sprintf("%s:%d", filepath.Base(name), line)
				}
				emit(d)
			}
		}
		if err == io.EOF {
			return nil
		}
	}
}

// readLine reads one line and returns it without its end, with the number
// of bytes it took from the input. A line over max bytes is skipped to its
// end, never held whole, and reported as too long.
func readLine(br *bufio.Reader, max int) (line []byte, n int, tooLong bool, err error) {
	var buf []byte
	for {
		var chunk []byte
		chunk, err = br.ReadSlice('\n')
		n += len(chunk)
		if tooLong || len(buf)+len(chunk) > max+2 { // +2: the line's "\r\n"
			tooLong, buf = true, nil
		} else {
			buf = append(buf, chunk...)
		}
		if err == bufio.ErrBufferFull {
			continue
		}
		if tooLong {
			return nil, n, true, err
		}
		line = bytes.TrimRight(buf, "\r\n")
		if len(line) > max {
			return nil, n, true, err
		}
		return line, n, false, err
	}
}

// jsonDocument is one JSONL line as written: the id may be a string or a
// number, and the text must be there.
type jsonDocument struct {
	ID        json.RawMessage `json:"id"`
	Text      *string         `json:"text"`
	Published string          `json:"published"`
	Title     string          `json:"title"`
	URL       string          `json:"url"`
}

func parseLine(b []byte) (Document, *Error) {
	if t := bytes.TrimLeft(b, " \t\r\n"); t[0] != '{' {
		return Document{}, &Error{Offset: int64(len(b) - len(t)), Err: errors.New("malformed JSON: not an object")}
	}
	// The decoder would replace bad bytes with U+FFFD without a word.
	if !utf8.Valid(b) {
		return Document{}, &Error{Offset: int64(invalidUTF8At(b)), Err: ErrInvalidUTF8}
	}
	var j jsonDocument
	if err := json.Unmarshal(b, &j); err != nil {
		var se *json.SyntaxError
		var te *json.UnmarshalTypeError
		switch {
		case errors.As(err, &se):
			return Document{}, &Error{Offset: se.Offset, Err: fmt.Errorf("malformed JSON: %v", err)}
		case errors.As(err, &te):
			return Document{}, &Error{Offset: te.Offset, Err: fmt.Errorf("field %q: %s, want a string", te.Field, te.Value)}
		}
		return Document{}, &Error{Offset: -1, Err: fmt.Errorf("malformed JSON: %v", err)}
	}
	if j.Text == nil {
		return Document{}, &Error{Offset: -1, Err: errors.New(`no "text" field`)}
	}
	id, err := jsonID(j.ID)
	if err != nil {
		return Document{}, &Error{Offset: -1, Err: err}
	}
	if e := checkText(*j.Text); e != nil {
		e.Offset = -1
		e.Err = fmt.Errorf(`field "text": %w`, e.Err)
		return Document{}, e
	}
	return Document{ID: id, Text: *j.Text, Published: j.Published, Title: j.Title, URL: j.URL}, nil
}

// jsonID reads an id written as a string or as a number; a number keeps its
// decimal spelling ("id": 17 is "17"), since ids are names, not values.
func jsonID(raw json.RawMessage) (string, error) {
	raw = bytes.TrimSpace(raw)
	if len(raw) == 0 || string(raw) == "null" {
		return "", nil
	}
	switch c := raw[0]; {
	case c == '"':
		var s string
		if err := json.Unmarshal(raw, &s); err != nil {
			return "", fmt.Errorf(`field "id": %v`, err)
		}
		return s, nil
	case c == '-' || c >= '0' && c <= '9':
		var n json.Number
		if err := json.Unmarshal(raw, &n); err != nil {
			return "", fmt.Errorf(`field "id": %v`, err)
		}
		return n.String(), nil
	}
	return "", fmt.Errorf(`field "id": %.20s, want a string or a number`, raw)
}

func invalidUTF8At(b []byte) int {
	for i := 0; i < len(b); {
		r, n := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && n == 1 {
			return i
		}
		i += n
	}
	return -1
}
