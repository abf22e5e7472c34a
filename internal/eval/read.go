package eval

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"strconv"

	"github.com/claimledger/claimledger"
)

// Span is a gold or predicted stretch of a document, in code points.
type Span struct {
	Start, End int
	Text       string
}

// Attribution is one attribution's roles as span lists: PolNeAR lets any
// role be discontinuous, and a predicted content lists its parts.
type Attribution struct {
	Sources, Cue, Contents []Span
}

// Gold is one annotated document.
type Gold struct {
	ID, Text, Date, Title string
	Attributions          []Attribution
}

// Prediction is one predicted document, read from a ledger file. HasText
// is false when the ledger left its text out, so that it cannot be checked
// against the gold text.
type Prediction struct {
	Text         string
	HasText      bool
	Attributions []Attribution
}

// eachLine calls fn with every non-blank line of r and its 1-based number.
func eachLine(r io.Reader, fn func(line []byte, n int) error) error {
	br := bufio.NewReaderSize(r, 1<<16)
	for n := 1; ; n++ {
		line, err := br.ReadBytes('\n')
		if len(bytes.TrimSpace(line)) > 0 {
			if ferr := fn(line, n); ferr != nil {
				return ferr
			}
		}
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return err
		}
	}
}

type jsonSpan struct {
	Start *int   `json:"start"`
	End   *int   `json:"end"`
	Text  string `json:"text"`
}

type jsonGold struct {
	DocID        json.RawMessage `json:"doc_id"`
	Primary      json.RawMessage `json:"primary"`
	Date         *string         `json:"date"`
	Title        *string         `json:"title"`
	Text         *string         `json:"text"`
	Attributions []struct {
		Cue      []jsonSpan `json:"cue"`
		Sources  []jsonSpan `json:"sources"`
		Contents []jsonSpan `json:"contents"`
	} `json:"attributions"`
}

// ReadGold reads PolNeAR-style gold, one document a line, keeping the lines
// marked primary (all of them when the field is absent).
func ReadGold(r io.Reader) ([]Gold, error) {
	primary, _, err := readAnnotations(r, false)
	return primary, err
}

// ReadAnnotations reads PolNeAR-style gold and returns the primary
// annotations and, apart, the second ones: the same text annotated again
// by another annotator (lines marked "primary": false).
func ReadAnnotations(r io.Reader) (primary, second []Gold, err error) {
	return readAnnotations(r, true)
}

func readAnnotations(r io.Reader, keepSecond bool) (primary, second []Gold, err error) {
	err = eachLine(r, func(line []byte, n int) error {
		var j jsonGold
		if err := json.Unmarshal(line, &j); err != nil {
			return fmt.Errorf("line %d: %v", n, err)
		}
		isSecond := len(j.Primary) > 0 && !truthy(j.Primary)
		if isSecond && !keepSecond {
			return nil
		}
		if j.Text == nil {
			return fmt.Errorf("line %d: no \"text\" field", n)
		}
		g := Gold{ID: pyStr(j.DocID), Text: *j.Text}
		if j.Date != nil {
			g.Date = *j.Date
		}
		if j.Title != nil {
			g.Title = *j.Title
		}
		for _, a := range j.Attributions {
			g.Attributions = append(g.Attributions, Attribution{
				Sources: spans(a.Sources), Cue: spans(a.Cue), Contents: spans(a.Contents)})
		}
		if isSecond {
			second = append(second, g)
		} else {
			primary = append(primary, g)
		}
		return nil
	})
	return primary, second, err
}

// Agreement scores the second annotations against the primary ones of the
// same texts, as if they were predictions: the figures two annotators
// reach, the ceiling a model trained on one of them can be read against.
// A second annotation whose text differs from its primary's, or that has
// none, is left out; n is the number scored.
func Agreement(primary, second []Gold, speechOnly bool) (s *Scorer, n int) {
	byID := make(map[string]*Gold, len(primary))
	for i := range primary {
		byID[primary[i].ID] = &primary[i]
	}
	s = &Scorer{SpeechOnly: speechOnly}
	for i := range second {
		g, ok := byID[second[i].ID]
		if !ok || g.Text != second[i].Text {
			continue
		}
		s.Add(g, second[i].Attributions, false)
		n++
	}
	return s, n
}

// spans keeps the spans that have both offsets; the scorer cannot place
// the others.
func spans(js []jsonSpan) []Span {
	out := make([]Span, 0, len(js))
	for _, s := range js {
		if s.Start != nil && s.End != nil {
			out = append(out, Span{Start: *s.Start, End: *s.End, Text: s.Text})
		}
	}
	return out
}

type jsonLedger struct {
	ID     json.RawMessage `json:"id"`
	Text   *string         `json:"text"`
	Claims []struct {
		Source  json.RawMessage `json:"source"`
		Cue     json.RawMessage `json:"cue"`
		Content json.RawMessage `json:"content"`
		Belief  json.RawMessage `json:"belief"`
	} `json:"claims"`
}

// ReadPredictions reads a ledger file, one document a line, by id; a later
// document replaces an earlier one of the same id. noBelief leaves out the
// claims marked as beliefs.
func ReadPredictions(r io.Reader, noBelief bool) (map[string]Prediction, error) {
	out := map[string]Prediction{}
	err := eachLine(r, func(line []byte, n int) error {
		var j jsonLedger
		if err := json.Unmarshal(line, &j); err != nil {
			return fmt.Errorf("line %d: %v", n, err)
		}
		p := Prediction{HasText: j.Text != nil}
		if j.Text != nil {
			p.Text = *j.Text
		}
		for _, c := range j.Claims {
			if noBelief && truthy(c.Belief) {
				continue
			}
			var a Attribution
			var err error
			if truthy(c.Source) {
				a.Sources, err = appendSpan(a.Sources, c.Source)
			}
			if err == nil && truthy(c.Cue) {
				a.Cue, err = appendSpan(a.Cue, c.Cue)
			}
			if err == nil && truthy(c.Content) {
				a.Contents, err = contentSpans(c.Content)
			}
			if err != nil {
				return fmt.Errorf("line %d: %v", n, err)
			}
			p.Attributions = append(p.Attributions, a)
		}
		out[pyStr(j.ID)] = p
		return nil
	})
	return out, err
}

func appendSpan(out []Span, raw json.RawMessage) ([]Span, error) {
	var s jsonSpan
	if err := json.Unmarshal(raw, &s); err != nil {
		return out, err
	}
	return append(out, spans([]jsonSpan{s})...), nil
}

// contentSpans lists a discontinuous content's parts, or the content whole.
func contentSpans(raw json.RawMessage) ([]Span, error) {
	var c struct {
		Parts json.RawMessage `json:"parts"`
	}
	if err := json.Unmarshal(raw, &c); err != nil {
		return nil, err
	}
	if !truthy(c.Parts) {
		return appendSpan(nil, raw)
	}
	var parts []jsonSpan
	if err := json.Unmarshal(c.Parts, &parts); err != nil {
		return nil, err
	}
	return spans(parts), nil
}

// FromLedger gives a ledger's claims as the scorer reads them from its JSON:
// a claim without source has no source span, a discontinuous content
// counts by its parts. noBelief leaves out beliefs.
func FromLedger(d *claimledger.Document, noBelief bool) []Attribution {
	out := make([]Attribution, 0, len(d.Claims))
	for i := range d.Claims {
		c := &d.Claims[i]
		if noBelief && c.Belief {
			continue
		}
		a := Attribution{Cue: []Span{fromSpan(c.Cue)}}
		if c.Source != nil {
			a.Sources = []Span{fromSpan(c.Source.Span)}
		}
		if len(c.Content.Parts) > 0 {
			for _, p := range c.Content.Parts {
				a.Contents = append(a.Contents, fromSpan(p))
			}
		} else {
			a.Contents = []Span{fromSpan(c.Content.Span)}
		}
		out = append(out, a)
	}
	return out
}

func fromSpan(s claimledger.Span) Span { return Span{Start: s.Start, End: s.End, Text: s.Text} }

// truthy is Python's truth value of a JSON value: absent, null, false, 0,
// "" and empty arrays and objects are false.
func truthy(raw json.RawMessage) bool {
	raw = bytes.TrimSpace(raw)
	if len(raw) == 0 {
		return false
	}
	switch raw[0] {
	case 'n', 'f':
		return false
	case 't':
		return true
	case '"':
		return len(raw) > 2
	case '[', '{':
		return len(bytes.TrimSpace(raw[1:len(raw)-1])) > 0
	}
	f, err := strconv.ParseFloat(string(raw), 64)
	return err != nil || f != 0
}

// pyStr spells a JSON id as Python's str() would: a string as itself, a
// number as written, null or absent as "None".
func pyStr(raw json.RawMessage) string {
	raw = bytes.TrimSpace(raw)
	if len(raw) == 0 || string(raw) == "null" {
		return "None"
	}
	switch string(raw) {
	case "true":
		return "True"
	case "false":
		return "False"
	}
	if raw[0] == '"' {
		var s string
		if json.Unmarshal(raw, &s) == nil {
			return s
		}
	}
	return string(raw)
}
