package source

import (
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/iotest"
)

type result struct {
	docs []Document
	errs []*Error
}

func read(t *testing.T, rd Reader, name string, r io.Reader) (result, error) {
	t.Helper()
	var res result
	err := rd.Read(name, r, func(d Document) { res.docs = append(res.docs, d) }, func(err error) {
		var e *Error
		if !errors.As(err, &e) {
			t.Fatalf("failure %v is not a *source.Error", err)
		}
		res.errs = append(res.errs, e)
	})
	return res, err
}

// wantErr is one expected failure: the line it names (0 for none), the
// kind of error and a piece of its message.
type wantErr struct {
	line   int
	is     error
	substr string
}

func TestRead(t *testing.T) {
	wire := "KYIV, March 3 (Reuters) - Two people were killed overnight, the regional governor said.\n"
	tests := []struct {
		name, file, kind, input string
		max                     int
		ids                     []string
		errs                    []wantErr
	}{
		{name: "plain text", file: "story.txt", input: wire, ids: []string{"story.txt"}},
		{name: "byte order mark dropped", file: "bom.txt", input: "\ufeff" + wire, ids: []string{"bom.txt"}},
		{name: "empty file", file: "empty.txt", input: "", errs: []wantErr{{0, ErrEmpty, "empty.txt: empty document"}}},
		{name: "blank file", file: "blank.txt", input: " \n\t\r\n", errs: []wantErr{{0, ErrEmpty, "blank.txt"}}},
		{name: "NUL byte", file: "photo.jpg", input: "JFIF\x00\x10junk", errs: []wantErr{{0, ErrBinary, "photo.jpg: byte 4"}}},
		{name: "control characters", file: "dump", input: strings.Repeat("\x01\x02\x03a", 40), errs: []wantErr{{0, ErrBinary, "control characters"}}},
		{name: "invalid UTF-8 names its byte", file: "latin1.txt", input: "The caf\xe9 was shelled.", errs: []wantErr{{0, ErrInvalidUTF8, "latin1.txt: byte 7: invalid UTF-8"}}},
		{name: "truncated rune at the end", file: "cut.txt", input: "Officials said \xe2\x80", errs: []wantErr{{0, ErrInvalidUTF8, "byte 15"}}},
		{name: "text over max", file: "big.txt", input: strings.Repeat("word ", 100), max: 200, errs: []wantErr{{0, ErrTooLarge, "big.txt"}}},
		{name: "text at max", file: "fit.txt", input: strings.Repeat("word ", 40), max: 200, ids: []string{"fit.txt"}},
		{name: "jsonl by extension", file: "feed.jsonl",
			input: `{"id":"a1","text":"The ministry said it had no comment.","published":"2024-02-01"}` + "\n" +
				`{"id":"a2","text":"Police said the road reopened."}` + "\n",
			ids: []string{"a1", "a2"}},
		{name: "jsonl sniffed, CRLF, no final newline", file: "-",
			input: "\r\n{\"id\":\"x\",\"text\":\"Rebels said they held the town.\"}\r\n\r\n{\"text\":\"A spokesman denied it.\"}",
			ids:   []string{"x", "-:4"}},
		{name: "numeric ids keep their spelling", file: "n.jsonl",
			input: `{"id":17,"text":"He said so."}` + "\n" + `{"id":-3,"text":"She said so."}` + "\n" + `{"id":2.50,"text":"They said so."}` + "\n" + `{"id":null,"text":"It said so."}`,
			ids:   []string{"17", "-3", "2.50", "n.jsonl:4"}},
		{name: "malformed line among good ones", file: "mixed.jsonl",
			input: `{"id":"g1","text":"The army said it shot down ten drones."}` + "\n" +
				`{"id":"b1","text":"unterminated}` + "\n" +
				`{"id":"g2","text":"The mayor said power was restored."}` + "\n",
			ids:  []string{"g1", "g2"},
			errs: []wantErr{{2, nil, "mixed.jsonl:2: byte "}}},
		{name: "not an object", file: "arr.jsonl", input: "[1,2]\n\"text\"\n",
			errs: []wantErr{{1, nil, "not an object"}, {2, nil, "not an object"}}},
		{name: "missing or empty text", file: "t.jsonl",
			input: `{"id":"a","title":"no text"}` + "\n" + `{"id":"b","text":"   "}` + "\n" + `{"id":"c","text":null}`,
			errs:  []wantErr{{1, nil, `no "text" field`}, {2, ErrEmpty, `field "text"`}, {3, nil, `no "text"`}}},
		{name: "bad id and bad field types", file: "ty.jsonl",
			input: `{"id":true,"text":"He said so."}` + "\n" + `{"id":"t","text":"He said so.","title":7}` + "\n" + `{"id":"u","text":12}`,
			errs:  []wantErr{{1, nil, `field "id"`}, {2, nil, `field "title"`}, {3, nil, `field "text"`}}},
		{name: "invalid UTF-8 inside a JSON string", file: "u.jsonl",
			input: "{\"id\":\"ok\",\"text\":\"He said so.\"}\n{\"id\":\"bad\",\"text\":\"caf\xe9\"}\n",
			ids:   []string{"ok"}, errs: []wantErr{{2, ErrInvalidUTF8, "u.jsonl:2: byte 23"}}},
		{name: "NUL inside a JSON string", file: "z.jsonl", input: `{"text":"a\u0000b"}`,
			errs: []wantErr{{1, ErrBinary, "z.jsonl:1"}}},
		{name: "line over max skipped, next line read", file: "long.jsonl", max: 100,
			input: `{"id":"long","text":"` + strings.Repeat("x", 70000) + `"}` + "\n" + `{"id":"short","text":"He said no."}` + "\n",
			ids:   []string{"short"}, errs: []wantErr{{1, ErrTooLarge, "long.jsonl:1"}}},
		{name: "last line over max", file: "tail.jsonl", max: 100,
			input: `{"id":"short","text":"He said no."}` + "\n" + `{"text":"` + strings.Repeat("y", 300) + `"}`,
			ids:   []string{"short"}, errs: []wantErr{{2, ErrTooLarge, "tail.jsonl:2: byte 36"}}},
		{name: "forced text kind reads braces as text", file: "brace", kind: Text, input: "{not json} he said", ids: []string{"brace"}},
		{name: "forced jsonl kind", file: "feed.txt", kind: JSONL, input: `{"id":"j","text":"He said."}`, ids: []string{"j"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			res, err := read(t, Reader{Kind: tc.kind, MaxBytes: tc.max}, tc.file, strings.NewReader(tc.input))
			if err != nil {
				t.Fatalf("Read: %v", err)
			}
			var ids []string
			for _, d := range res.docs {
				ids = append(ids, d.ID)
				if strings.HasPrefix(d.Text, "\ufeff") {
					t.Errorf("document %s keeps its byte order mark", d.ID)
				}
			}
			if strings.Join(ids, ",") != strings.Join(tc.ids, ",") {
				t.Errorf("documents %q, want %q", ids, tc.ids)
			}
			if len(res.errs) != len(tc.errs) {
				t.Fatalf("errors %v, want %d", res.errs, len(tc.errs))
			}
			for i, w := range tc.errs {
				e := res.errs[i]
				if e.Name != tc.file || e.Line != w.line {
					t.Errorf("error %q names %s line %d, want %s line %d", e, e.Name, e.Line, tc.file, w.line)
				}
				if w.is != nil && !errors.Is(e, w.is) {
					t.Errorf("error %q is not %v", e, w.is)
				}
				if !strings.Contains(e.Error(), w.substr) {
					t.Errorf("error %q does not say %q", e, w.substr)
				}
			}
		})
	}
}

func TestReadKeepsFields(t *testing.T) {
	in := `{"id":"r1","text":"The agency said 40 homes burned.","published":"2024-07-09","title":"Fires","url":"https://example.org/fires"}`
	res, err := read(t, Reader{}, "x.jsonl", strings.NewReader(in))
	if err != nil || len(res.docs) != 1 {
		t.Fatalf("got %v, %v", res, err)
	}
	want := Document{ID: "r1", Text: "The agency said 40 homes burned.", Published: "2024-07-09", Title: "Fires", URL: "https://example.org/fires"}
	if res.docs[0] != want {
		t.Errorf("got %+v, want %+v", res.docs[0], want)
	}
}

// A regular file over the limit is refused by its size, before it is read.
func TestReadRefusesLargeFileBySize(t *testing.T) {
	name := filepath.Join(t.TempDir(), "huge.txt")
	if err := os.WriteFile(name, []byte(strings.Repeat("The minister said so. ", 1000)), 0o644); err != nil {
		t.Fatal(err)
	}
	f, err := os.Open(name)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	res, err := read(t, Reader{MaxBytes: 1000}, name, f)
	if err != nil {
		t.Fatal(err)
	}
	if len(res.docs) != 0 || len(res.errs) != 1 || !errors.Is(res.errs[0], ErrTooLarge) {
		t.Fatalf("got %d documents and errors %v, want one ErrTooLarge", len(res.docs), res.errs)
	}
	if !strings.Contains(res.errs[0].Error(), "22000 bytes") {
		t.Errorf("error %q does not give the file's size", res.errs[0])
	}
	if pos, _ := f.Seek(0, io.SeekCurrent); pos != 0 {
		t.Errorf("%d bytes were read from a file refused by its size", pos)
	}
}

func TestReadFileWithinLimit(t *testing.T) {
	text := "GENEVA (AP) — The agency said 1,200 people had fled.\n"
	name := filepath.Join(t.TempDir(), "ok.txt")
	if err := os.WriteFile(name, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	f, err := os.Open(name)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	res, err := read(t, Reader{MaxBytes: len(text)}, name, f)
	if err != nil || len(res.docs) != 1 || res.docs[0].Text != text || res.docs[0].ID != "ok.txt" {
		t.Fatalf("got %+v, %v", res, err)
	}
}

func TestReadFailingReader(t *testing.T) {
	boom := errors.New("disk on fire")
	for _, kind := range []string{Text, JSONL} {
		_, err := read(t, Reader{Kind: kind}, "in", iotest.ErrReader(boom))
		if !errors.Is(err, boom) || !strings.Contains(err.Error(), "in") {
			t.Errorf("%s: Read returned %v, want the reader's error naming the input", kind, err)
		}
	}
}

func TestReadUnknownKind(t *testing.T) {
	_, err := read(t, Reader{Kind: "xml"}, "a.xml", strings.NewReader("<a/>"))
	if err == nil || !strings.Contains(err.Error(), "xml") {
		t.Errorf("got %v, want an error naming the kind", err)
	}
}

func TestErrorMessage(t *testing.T) {
	e := &Error{Name: "feed.jsonl", Line: 12, Offset: 40, Err: ErrEmpty}
	if got, want := e.Error(), "feed.jsonl:12: byte 40: empty document"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
	e = &Error{Name: "a.txt", Offset: -1, Err: ErrBinary}
	if got, want := e.Error(), "a.txt: binary data, not text"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}
