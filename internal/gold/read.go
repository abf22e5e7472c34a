package gold

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"unicode/utf8"
)

// LineError is one input line that could not be read as a document.
type LineError struct {
	Line int
	Err  error
}

func (e LineError) Error() string { return fmt.Sprintf("line %d: %v", e.Line, e.Err) }

// LineErrors is what Read returns when some lines were bad: they are
// skipped, the other documents are still returned.
type LineErrors []LineError

func (es LineErrors) Error() string {
	if len(es) == 1 {
		return es[0].Error()
	}
	return fmt.Sprintf("%d bad lines, first %v", len(es), es[0])
}

type rawSpan struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
}

type rawAttribution struct {
	ID        string    `json:"id"`
	Type      string    `json:"type"`
	QuoteForm string    `json:"quote_form"`
	Cue       []rawSpan `json:"cue"`
	Sources   []rawSpan `json:"sources"`
	Contents  []rawSpan `json:"contents"`
}

type rawDocument struct {
	DocID        string           `json:"doc_id"`
	Annotator    string           `json:"annotator"`
	Primary      *bool            `json:"primary"`
	Compartment  string           `json:"compartment"`
	Publisher    string           `json:"publisher"`
	Date         string           `json:"date"`
	Title        string           `json:"title"`
	Text         *string          `json:"text"`
	Attributions []rawAttribution `json:"attributions"`
}

// ReadFile reads the gold documents of a JSON lines file; see Read.
func ReadFile(path string) ([]Document, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return Read(f)
}

// Read parses gold documents, one JSON object a line, and keeps the
// primary ones. Lines that are not valid documents are skipped and
// reported together as LineErrors once the input is read; any other error
// is a failure to read the input.
func Read(r io.Reader) ([]Document, error) {
	br := bufio.NewReaderSize(r, 1<<16)
	var docs []Document
	var bad LineErrors
	for line := 1; ; line++ {
		b, err := br.ReadBytes('\n')
		if len(bytes.TrimSpace(b)) > 0 {
			doc, keep, perr := parseLine(b)
			switch {
			case perr != nil:
				bad = append(bad, LineError{Line: line, Err: perr})
			case keep:
				doc.Line = line
				docs = append(docs, doc)
			}
		}
		if err == io.EOF {
			break
		}
		if err != nil {
			return docs, err
		}
	}
	if len(bad) > 0 {
		return docs, bad
	}
	return docs, nil
}

func parseLine(b []byte) (Document, bool, error) {
	var raw rawDocument
	if err := json.Unmarshal(b, &raw); err != nil {
		return Document{}, false, err
	}
	if raw.Text == nil {
		return Document{}, false, fmt.Errorf("document %q has no text", raw.DocID)
	}
	if raw.Primary != nil && !*raw.Primary {
		return Document{}, false, nil
	}
	d := Document{
		ID: raw.DocID, Annotator: raw.Annotator, Compartment: raw.Compartment, Publisher: raw.Publisher,
		Date: raw.Date, Title: raw.Title, Text: *raw.Text,
	}
	offs := newOffsets(d.Text)
	d.Attributions = make([]Attribution, 0, len(raw.Attributions))
	for _, ra := range raw.Attributions {
		a := Attribution{ID: ra.ID, Type: ra.Type, QuoteForm: ra.QuoteForm}
		a.Cue = d.place(offs, ra.ID, Cue, ra.Cue)
		a.Sources = d.place(offs, ra.ID, Source, ra.Sources)
		a.Contents = d.place(offs, ra.ID, Content, ra.Contents)
		d.Attributions = append(d.Attributions, a)
	}
	return d, true, nil
}

// place converts code-point spans to byte spans, keeping only those that
// lie in the text and repeat its characters.
func (d *Document) place(offs offsets, id string, role Role, raws []rawSpan) []Span {
	if len(raws) == 0 {
		return nil
	}
	out := make([]Span, 0, len(raws))
	for _, rs := range raws {
		reason := ""
		start, okStart := offs.byteOf(rs.Start)
		end, okEnd := offs.byteOf(rs.End)
		switch {
		case !okStart || !okEnd || rs.Start > rs.End:
			reason = "offsets outside the text"
		case rs.Start == rs.End:
			reason = "empty span"
		case d.Text[start:end] != rs.Text:
			reason = "text does not match"
		}
		if reason != "" {
			d.Dropped = append(d.Dropped, SpanError{Attribution: id, Role: role, Start: rs.Start, End: rs.End, Text: rs.Text, Reason: reason})
			continue
		}
		out = append(out, Span{Start: start, End: end, Text: d.Text[start:end]})
	}
	return out
}

// offsets maps code-point offsets of one text to byte offsets. For pure
// ASCII text the two agree and no table is built.
type offsets struct {
	runes int
	bytes []int // byte offset of each code point, nil when ASCII
}

func newOffsets(s string) offsets {
	n := utf8.RuneCountInString(s)
	if n == len(s) {
		return offsets{runes: n}
	}
	o := offsets{runes: n, bytes: make([]int, 0, n+1)}
	for i := range s {
		o.bytes = append(o.bytes, i)
	}
	o.bytes = append(o.bytes, len(s))
	return o
}

func (o offsets) byteOf(cp int) (int, bool) {
	if cp < 0 || cp > o.runes {
		return 0, false
	}
	if o.bytes == nil {
		return cp, true
	}
	return o.bytes[cp], true
}
