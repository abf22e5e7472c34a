package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/claimledger/claimledger"
)

const (
	wireStory = "DONETSK, June 4 (Reuters) - Shelling killed four civilians in the town on Monday, " +
		"the regional governor said. Moscow denied firing on the town.\n"
	pressRelease = "FOR IMMEDIATE RELEASE\n\nGeneva, 12 March 2024 — The relief agency said today that " +
		"2,300 families had received food parcels since January.\n"
)

// files writes the named contents into a temporary directory and returns
// the paths in the order given.
func files(t *testing.T, kv ...string) []string {
	t.Helper()
	dir := t.TempDir()
	var paths []string
	for i := 0; i+1 < len(kv); i += 2 {
		p := filepath.Join(dir, kv[i])
		if err := os.WriteFile(p, []byte(kv[i+1]), 0o644); err != nil {
			t.Fatal(err)
		}
		paths = append(paths, p)
	}
	return paths
}

func runExtract(t *testing.T, stdin string, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	code := run(append([]string{"extract"}, args...), strings.NewReader(stdin), &out, &errb)
	return code, out.String(), errb.String()
}

// ledgers reads stdout: one indented object when one document was
// extracted, one object a line when several were.
func ledgers(t *testing.T, out string) []claimledger.Document {
	t.Helper()
	if out == "" {
		return nil
	}
	lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
	if strings.HasPrefix(out, "{\n") {
		var d claimledger.Document
		if err := json.Unmarshal([]byte(out), &d); err != nil {
			t.Fatalf("indented output is not one JSON object: %v", err)
		}
		return []claimledger.Document{d}
	}
	var docs []claimledger.Document
	for i, l := range lines {
		var d claimledger.Document
		if err := json.Unmarshal([]byte(l), &d); err != nil {
			t.Fatalf("output line %d is not a JSON object: %v", i+1, err)
		}
		docs = append(docs, d)
	}
	if len(docs) == 1 {
		t.Fatalf("a single document was printed as a JSON line, want indented JSON")
	}
	return docs
}

func ids(docs []claimledger.Document) string {
	var s []string
	for _, d := range docs {
		s = append(s, d.ID)
	}
	return strings.Join(s, ",")
}

func TestExtractBadInput(t *testing.T) {
	big := strings.Repeat("The minister said the talks would go on. ", 2000) // 82,000 bytes
	tests := []struct {
		name    string
		files   []string // name, content pairs
		missing bool     // add a file that does not exist
		args    []string
		code    int
		ids     string
		stderr  []string // each must appear on stderr
	}{
		{name: "one good file, indented", files: []string{"wire.txt", wireStory}, ids: "wire.txt"},
		{name: "two good files, JSON lines", files: []string{"wire.txt", wireStory, "release.txt", pressRelease}, ids: "wire.txt,release.txt"},
		{name: "empty file", files: []string{"empty.txt", "", "wire.txt", wireStory}, code: 1, ids: "wire.txt",
			stderr: []string{"empty.txt: empty document"}},
		{name: "binary junk", files: []string{"photo.jpg", "\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01", "wire.txt", wireStory}, code: 1, ids: "wire.txt",
			stderr: []string{"photo.jpg: byte "}},
		{name: "invalid UTF-8", files: []string{"release.txt", pressRelease, "latin1.txt", "Le caf\xe9 a \xe9t\xe9 bombard\xe9."}, code: 1, ids: "release.txt",
			stderr: []string{"latin1.txt: byte 6: invalid UTF-8"}},
		{name: "document over --max-bytes", files: []string{"big.txt", big, "wire.txt", wireStory, "release.txt", pressRelease},
			args: []string{"--max-bytes", "50000"}, code: 1, ids: "wire.txt,release.txt", stderr: []string{"big.txt", "too large", "82000 bytes"}},
		{name: "missing file", files: []string{"wire.txt", wireStory}, missing: true, code: 1, ids: "wire.txt",
			stderr: []string{"nothere.txt", "no such file"}},
		{name: "malformed JSONL lines", files: []string{"feed.jsonl",
			`{"id":"a","text":"Police said two men were arrested."}` + "\n" +
				`{"id":"b","text":"Police said` + "\n" +
				`{"id":7,"text":"The army said it repelled three attacks."}` + "\n" +
				`{"id":"c"}` + "\n"},
			code: 1, ids: "a,7", stderr: []string{"feed.jsonl:2: byte ", "malformed JSON", `feed.jsonl:4: no "text" field`}},
		{name: "bad publication date in a JSONL line", files: []string{"d.jsonl",
			`{"id":"x","text":"He said so.","published":"last Tuesday"}` + "\n" + `{"id":"y","text":"She said no.","published":"2024-05-01"}`},
			code: 1, ids: "y", stderr: []string{"d.jsonl", "document x", "not a date"}},
		{name: "a directory", files: []string{"wire.txt", wireStory}, args: []string{"."}, code: 1, ids: "wire.txt",
			stderr: []string{"is a directory"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			paths := files(t, tc.files...)
			args := append([]string{}, tc.args...)
			if len(args) == 1 && args[0] == "." {
				args = []string{filepath.Dir(paths[0])}
			}
			args = append(args, paths...)
			if tc.missing {
				args = append([]string{filepath.Join(filepath.Dir(paths[0]), "nothere.txt")}, args...)
			}
			code, out, errs := runExtract(t, "", args...)
			if code != tc.code {
				t.Errorf("exit status %d, want %d; stderr:\n%s", code, tc.code, errs)
			}
			if got := ids(ledgers(t, out)); got != tc.ids {
				t.Errorf("documents %q, want %q", got, tc.ids)
			}
			for _, s := range tc.stderr {
				if !strings.Contains(errs, s) {
					t.Errorf("stderr does not say %q:\n%s", s, errs)
				}
			}
			if tc.code == 0 && errs != "" {
				t.Errorf("stderr not empty on success: %s", errs)
			}
		})
	}
}

func TestExtractStdin(t *testing.T) {
	code, out, errs := runExtract(t, wireStory, "--published", "2024-06-04", "-")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	docs := ledgers(t, out)
	if len(docs) != 1 || docs[0].ID != "-" || docs[0].Published != "2024-06-04" || docs[0].Text != wireStory {
		t.Fatalf("got %+v", docs)
	}
	if len(docs[0].Claims) == 0 {
		t.Errorf("no claim in %q", wireStory)
	}
	// With no file named, standard input is read.
	code, out, _ = runExtract(t, `{"id":"s1","text":"The ministry said 12 soldiers died."}`+"\n"+`{"id":"s2","text":"Rebels denied it."}`)
	if code != 0 || ids(ledgers(t, out)) != "s1,s2" {
		t.Errorf("JSONL on stdin: exit %d, documents %q", code, ids(ledgers(t, out)))
	}
}

func TestExtractUsageErrors(t *testing.T) {
	for _, args := range [][]string{
		{"--published", "yesterday", "-"},
		{"--input", "xml", "-"},
		{"--no-such-flag"},
	} {
		code, out, errs := runExtract(t, wireStory, args...)
		if code != 2 || out != "" || errs == "" {
			t.Errorf("%q: exit %d, stdout %q, stderr %q; want exit 2 and a message", args, code, out, errs)
		}
	}
	var out, errb bytes.Buffer
	if code := run(nil, strings.NewReader(""), &out, &errb); code != 2 || !strings.Contains(errb.String(), "usage") {
		t.Errorf("no command: exit %d, stderr %q", code, errb.String())
	}
	if code := run([]string{"frobnicate"}, strings.NewReader(""), &out, &errb); code != 2 {
		t.Errorf("unknown command: exit %d", code)
	}
}

var statsLine = regexp.MustCompile(`^documents (\d+), failed (\d+), \d+\.\d MB in \d+\.\d\d s: \d+\.\d MB/s(, peak RSS \d+ MB)?$`)

func TestExtractStats(t *testing.T) {
	paths := files(t, "wire.txt", wireStory, "empty.txt", "", "release.txt", pressRelease)
	code, out, errs := runExtract(t, "", append([]string{"--stats"}, paths...)...)
	if code != 1 {
		t.Errorf("exit %d, want 1", code)
	}
	if got := ids(ledgers(t, out)); got != "wire.txt,release.txt" {
		t.Errorf("documents %q", got)
	}
	var last string
	sc := bufio.NewScanner(strings.NewReader(errs))
	for sc.Scan() {
		last = sc.Text()
	}
	m := statsLine.FindStringSubmatch(last)
	if m == nil {
		t.Fatalf("last stderr line %q is not a stats line", last)
	}
	if m[1] != "2" || m[2] != "1" {
		t.Errorf("stats %q: want 2 documents and 1 failure", last)
	}
	// Without the flag, nothing but failures goes to stderr.
	_, _, errs = runExtract(t, "", paths...)
	if strings.Contains(errs, "MB/s") {
		t.Errorf("stats printed without --stats: %s", errs)
	}
}
