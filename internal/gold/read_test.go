package gold

import (
	"errors"
	"strings"
	"testing"
)

func readTestdata(t *testing.T) []Document {
	t.Helper()
	docs, err := ReadFile("testdata/gold.jsonl")
	var bad LineErrors
	if !errors.As(err, &bad) {
		t.Fatalf("want LineErrors, got %v", err)
	}
	if len(bad) != 2 || bad[0].Line != 4 || bad[1].Line != 8 {
		t.Fatalf("bad lines %v, want lines 4 and 8", bad)
	}
	return docs
}

func find(t *testing.T, docs []Document, id string) *Document {
	t.Helper()
	for i := range docs {
		if docs[i].ID == id {
			return &docs[i]
		}
	}
	t.Fatalf("document %s missing", id)
	return nil
}

func TestReadKeepsPrimary(t *testing.T) {
	docs := readTestdata(t)
	var ids []string
	for _, d := range docs {
		ids = append(ids, d.ID)
	}
	// the second annotation of wire-paris is not primary; feature-aicha
	// has no primary field and counts as primary
	if got := strings.Join(ids, " "); got != "wire-paris release-dam feature-aicha bad-spans" {
		t.Fatalf("documents %q", got)
	}
	if d := find(t, docs, "feature-aicha"); d.Line != 5 || d.Publisher != "magazine" {
		t.Errorf("feature-aicha line %d publisher %q", d.Line, d.Publisher)
	}
}

// TestReadByteOffsets checks the code-point to byte conversion over text
// with curly quotes, accented letters and dashes: each span's byte range
// must cover exactly its text.
func TestReadByteOffsets(t *testing.T) {
	docs := readTestdata(t)
	d := find(t, docs, "wire-paris")
	e1 := d.Attributions[0]
	if len(e1.Sources) != 1 || e1.Sources[0].Text != "France’s foreign minister, Hélène Durand" {
		t.Fatalf("source %+v", e1.Sources)
	}
	want := strings.Index(d.Text, "France’s")
	if e1.Sources[0].Start != want {
		t.Errorf("source starts at byte %d, want %d", e1.Sources[0].Start, want)
	}
	for _, a := range d.Attributions {
		for _, spans := range [][]Span{a.Cue, a.Sources, a.Contents} {
			for _, s := range spans {
				if d.Text[s.Start:s.End] != s.Text {
					t.Errorf("%s: bytes %d-%d give %q, want %q", a.ID, s.Start, s.End, d.Text[s.Start:s.End], s.Text)
				}
			}
		}
	}
	e2 := d.Attributions[1]
	if len(e2.Contents) != 2 || e2.Contents[1].Text != "“but not there yet.”" || e2.QuoteForm != "direct" {
		t.Errorf("E2 %+v", e2)
	}
	if len(d.Dropped) != 0 {
		t.Errorf("dropped %v", d.Dropped)
	}
}

func TestReadDropsMismatches(t *testing.T) {
	docs := readTestdata(t)
	d := find(t, docs, "bad-spans")
	if len(d.Dropped) != 2 {
		t.Fatalf("dropped %+v, want 2", d.Dropped)
	}
	if d.Dropped[0].Role != Source || d.Dropped[0].Reason != "text does not match" {
		t.Errorf("first drop %+v", d.Dropped[0])
	}
	if d.Dropped[1].Role != Content || d.Dropped[1].Reason != "offsets outside the text" {
		t.Errorf("second drop %+v", d.Dropped[1])
	}
	a := d.Attributions[0]
	if len(a.Sources) != 0 || len(a.Contents) != 1 || len(a.Cue) != 1 {
		t.Errorf("kept %+v", a)
	}
}

func TestReadNoTrailingNewlineAndJunk(t *testing.T) {
	in := "{\"doc_id\":\"a\",\"text\":\"x said y\",\"attributions\":[]}\n\n   \nnot json\n{\"doc_id\":\"b\",\"attributions\":[]}\n{\"doc_id\":\"c\",\"text\":\"\"}"
	docs, err := Read(strings.NewReader(in))
	var bad LineErrors
	if !errors.As(err, &bad) || len(bad) != 2 || bad[0].Line != 4 || bad[1].Line != 5 {
		t.Fatalf("errors %v", err)
	}
	if len(docs) != 2 || docs[0].ID != "a" || docs[1].ID != "c" || docs[1].Line != 6 {
		t.Fatalf("docs %+v", docs)
	}
	if docs, err := Read(strings.NewReader("")); err != nil || len(docs) != 0 {
		t.Fatalf("empty input: %v %v", docs, err)
	}
}
