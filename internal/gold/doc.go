// Package gold reads hand-annotated attribution data in the PolNeAR JSON
// lines format and lays it over the project's text layer, so that a
// sequence tagger for attribution roles (cue, source, content) and a linker
// that joins cues to their sources and contents can be trained and
// evaluated on the same tokens and sentences the extractor sees.
//
// Each input line is one annotated document: {doc_id, annotator, primary,
// compartment, publisher, date, title, text, attributions: [{id, type, cue,
// sources, contents, quote_form}]}, every span {start, end, text} in Unicode
// code points. Only primary annotations are kept (a line without the field
// counts as primary), as the referee does. Offsets are turned into byte
// offsets, because internal/text works in bytes; a span whose text does not
// match the document is reported and left out rather than trusted.
//
// Gold spans do not always follow our tokens: they may start or end inside
// a word, and attributions nest (a content holds another attribution's cue
// and source). Label therefore keeps every attribution as its own layer of
// token ranges, and derives from them one BIO sequence per role, where
// nesting across roles is kept and nesting within a role is resolved.
package gold

// Span is a stretch of Document.Text in byte offsets, End exclusive, with
// the text it covers.
type Span struct {
	Start, End int
	Text       string
}

// Attribution is one gold attribution: a cue, the sources it credits and
// the content attributed, each a list of pieces. Sources is empty for
// attributions without a stated source; Contents has several pieces when a
// quotation is broken by its cue.
type Attribution struct {
	ID        string
	Type      string
	QuoteForm string
	Cue       []Span
	Sources   []Span
	Contents  []Span
}

// Document is one primary annotation of one text.
type Document struct {
	ID          string
	Annotator   string
	Compartment string
	Publisher   string
	Date        string
	Title       string
	Text        string
	// Line is the document's line number in its input, counting from 1.
	Line         int
	Attributions []Attribution
	// Dropped lists the spans left out because their offsets fell outside
	// the text or their text did not match it.
	Dropped []SpanError
}

// SpanError is a gold span that could not be placed on the text.
type SpanError struct {
	Attribution string
	Role        Role
	// Start and End are the span's offsets as given, in code points.
	Start, End int
	Text       string
	Reason     string
}
