// Package source reads documents from what users have: plain text files and
// JSON Lines dumps. Every problem is reported as an *Error naming the file
// and the line or byte offset, and reading goes on with the next document.
package source

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"strings"
	"unicode/utf8"
)

// Document is one document as read, before any analysis.
type Document struct {
	ID        string `json:"id"`
	Text      string `json:"text"`
	Published string `json:"published"`
	Title     string `json:"title"`
	URL       string `json:"url"`
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
)

// DefaultMaxBytes bounds one document: news articles are far smaller, and a
// larger text is almost always a mistake (a dump passed as one document).
const DefaultMaxBytes = 8 << 20

// Reader reads documents of one kind.
type Reader struct {
	Kind     string // Auto, Text or JSONL
	MaxBytes int    // per document; DefaultMaxBytes when 0
}

var (
	ErrEmpty    = errors.New("empty document")
	ErrBinary   = errors.New("binary data, not text")
	ErrTooLarge = errors.New("document too large")
)

// Read reads the documents of r, named name, calling emit for each good one
// and fail for each bad one. It returns an error only when r itself fails.
func (rd Reader) Read(name string, r io.Reader, emit func(Document), fail func(error)) error {
	max := rd.MaxBytes
	if max <= 0 {
		max = DefaultMaxBytes
	}
	br := bufio.NewReaderSize(r, 64<<10)
	kind := rd.Kind
	if kind == "" || kind == Auto {
		kind = sniff(name, br)
	}
	switch kind {
	case JSONL:
		return readJSONL(name, br, max, emit, fail)
	case Text:
		return readText(name, br, max, emit, fail)
	}
	return fmt.Errorf("%s: input kind %q is not known (want auto, text or jsonl)", name, kind)
}

// sniff tells JSON Lines from text by the name, then by the first byte.
func sniff(name string, br *bufio.Reader) string {
	switch strings.ToLower(filepath.Ext(name)) {
	case ".jsonl", ".ndjson":
		return JSONL
	case ".txt", ".text":
		return Text
	}
	head, _ := br.Peek(512)
	head = bytes.TrimLeft(head, " \t\r\n\ufeff")
	if len(head) > 0 && head[0] == '{' {
		return JSONL
	}
	return Text
}

func readText(name string, br *bufio.Reader, max int, emit func(Document), fail func(error)) error {
	b, err := io.ReadAll(io.LimitReader(br, int64(max)+1))
	if err != nil {
		return fmt.Errorf("%s: %w", name, err)
	}
	if len(b) > max {
		fail(&Error{Name: name, Offset: int64(max), Err: fmt.Errorf("%w: more than %d bytes", ErrTooLarge, max)})
		return nil
	}
	if err := checkText(b); err != nil {
		err.Name = name
		fail(err)
		return nil
	}
	b = bytes.TrimPrefix(b, []byte("\ufeff"))
	emit(Document{ID: filepath.Base(name), Text: string(b)})
	return nil
}

// checkText refuses empty, binary and invalid UTF-8 text.
func checkText(b []byte) *Error {
	if len(bytes.TrimSpace(b)) == 0 {
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
		r, n := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && n == 1 {
			return &Error{Offset: int64(i), Err: errors.New("invalid UTF-8")}
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
	var offset int64
	for {
		b, tooLong, err := readLine(br, max)
		if len(b) == 0 && err == io.EOF && !tooLong {
			return nil
		}
		line++
		start := offset
		offset += int64(len(b))
		if err != nil && err != io.EOF {
			return &Error{Name: name, Line: line, Offset: start, Err: err}
		}
		switch {
		case tooLong:
			fail(&Error{Name: name, Line: line, Offset: -1, Err: fmt.Errorf("%w: line longer than %d bytes", ErrTooLarge, max)})
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

// readLine reads one line without its end; a line over max bytes is
// skipped to its end and reported as too long.
func readLine(br *bufio.Reader, max int) ([]byte, bool, error) {
	var buf []byte
	for {
		chunk, err := br.ReadSlice('\n')
		if len(buf)+len(chunk) <= max+1 {
			buf = append(buf, chunk...)
		} else {
			buf = buf[:0]
			for err == bufio.ErrBufferFull {
				_, err = br.ReadSlice('\n')
			}
			return nil, true, err
		}
		if err == bufio.ErrBufferFull {
			continue
		}
		return bytes.TrimRight(buf, "\r\n"), false, err
	}
}

func parseLine(b []byte) (Document, *Error) {
	var raw map[string]json.RawMessage
	if err := json.Unmarshal(b, &raw); err != nil {
		var se *json.SyntaxError
		off := int64(-1)
		if errors.As(err, &se) {
			off = se.Offset
		}
		return Document{}, &Error{Offset: off, Err: fmt.Errorf("malformed JSON: %v", err)}
	}
	var d Document
	if err := json.Unmarshal(b, &d); err != nil {
		return Document{}, &Error{Offset: -1, Err: fmt.Errorf("bad field: %v", err)}
	}
	if _, ok := raw["text"]; !ok {
		return Document{}, &Error{Offset: -1, Err: errors.New(`no "text" field`)}
	}
	if e := checkText([]byte(d.Text)); e != nil {
		e.Offset = -1
		return Document{}, e
	}
	return d, nil
}
