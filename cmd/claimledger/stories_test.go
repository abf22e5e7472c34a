package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/claimledger/claimledger/internal/storage"
	"github.com/claimledger/claimledger/internal/storyline"
)

// The fixture is one event told by a Russian ministry statement, a
// Ukrainian General Staff statement, a wire story and two syndicated copies
// of it, with an unrelated flood report the same day.
const storyFixture = "testdata/belgorod-story.jsonl"

func storyList(t *testing.T, db string) []storage.StorySummary {
	t.Helper()
	code, out, errOut := runCmd(t, "stories", "--db", db, "--format", "jsonl", "--limit", "0")
	if code != 0 {
		t.Fatalf("stories: exit %d: %s", code, errOut)
	}
	var list []storage.StorySummary
	for _, l := range strings.Split(strings.TrimSpace(out), "\n") {
		var s storage.StorySummary
		if err := json.Unmarshal([]byte(l), &s); err != nil {
			t.Fatalf("stories line %q: %v", l, err)
		}
		list = append(list, s)
	}
	return list
}

func TestStoriesFromIngest(t *testing.T) { stores(t, storiesFromIngest) }

func storiesFromIngest(t *testing.T, db string) {
	if code, _, errOut := runCmd(t, "ingest", "--stories", "--quiet", "--db", db, storyFixture); code != 0 {
		t.Fatalf("ingest: exit %d: %s", code, errOut)
	}
	list := storyList(t, db)
	if len(list) != 2 {
		t.Fatalf("%d stories, want the raid and the floods: %+v", len(list), list)
	}
	var raid storage.StorySummary
	for _, s := range list {
		if s.Documents == 5 {
			raid = s
		} else if s.Documents != 1 {
			t.Errorf("story %+v: want 5 documents or 1", s)
		}
	}
	if raid.ID == 0 || raid.First != "2023-05-24" || raid.Last != "2023-05-25" {
		t.Fatalf("no story of the raid's five reports spanning both days: %+v", list)
	}

	code, out, errOut := runCmd(t, "story", "--db", db, "--format", "json", itoa(raid.ID))
	if code != 0 {
		t.Fatalf("story: exit %d: %s", code, errOut)
	}
	var r storyline.Report
	if err := json.Unmarshal([]byte(out), &r); err != nil {
		t.Fatal(err)
	}
	copies := 0
	for i, d := range r.Documents {
		if d.CopyOf != "" {
			copies++
			if d.CopyOf != "https://wire.example/belgorod" {
				t.Errorf("document %s is a copy of %s, want the wire story", d.Key, d.CopyOf)
			}
		}
		if i > 0 && len(d.Why) == 0 {
			t.Errorf("document %s joined with no reason", d.Key)
		}
	}
	if copies != 2 {
		t.Errorf("%d copies, want the two reprints of the wire story", copies)
	}
	kinds := map[string]bool{}
	for _, c := range r.Contradictions {
		kinds[c.Kind] = true
	}
	if !kinds["denial"] || !kinds["figure"] {
		t.Errorf("contradictions %+v: want the denial and the conflicting figures", r.Contradictions)
	}
	var killed bool
	for _, f := range r.Figures {
		if f.Category == "killed" {
			killed = true
			if f.Low != 2 || f.High != 71 || len(f.Claims) < 4 {
				t.Errorf("killed: low %g high %g, %d figures; want 2, 71 and every figure kept", f.Low, f.High, len(f.Claims))
			}
		}
	}
	if !killed {
		t.Error("no killed figures")
	}
	disputedBy := map[string]bool{}
	for _, h := range r.History {
		if h.Status == "disputed" {
			disputedBy[h.Doc] = true
		}
		if strings.Contains(h.Doc, "daily.example") || strings.Contains(h.Doc, "herald.example") {
			t.Errorf("a syndicated copy changed a status: %+v", h)
		}
	}
	if !disputedBy["https://ua.example/general-staff"] {
		t.Errorf("history %+v: the General Staff's statement should dispute the ministry's claims", r.History)
	}

	code, out, _ = runCmd(t, "export", "--db", db, "--format", "stories")
	if lines := strings.Split(strings.TrimSpace(out), "\n"); code != 0 || len(lines) != 2 || !strings.Contains(out, `"copy_of":"https://wire.example/belgorod"`) {
		t.Errorf("export --format stories: exit %d, %d lines", code, len(lines))
	}

	code, out, _ = runCmd(t, "story", "--db", db, "--why", itoa(raid.ID))
	if code != 0 || !strings.Contains(out, "syndicated copy of https://wire.example/belgorod") || !strings.Contains(out, "Contradictions") {
		t.Errorf("story --why:\n%s", out)
	}

	// a second ingest of the same input adds nothing, history included
	before := len(r.History)
	if code, _, errOut := runCmd(t, "ingest", "--stories", "--quiet", "--db", db, storyFixture); code != 0 {
		t.Fatalf("second ingest: %s", errOut)
	}
	if again := storyList(t, db); len(again) != 2 {
		t.Errorf("after a second ingest: %+v", again)
	}
	_, out, _ = runCmd(t, "story", "--db", db, "--format", "json", itoa(raid.ID))
	json.Unmarshal([]byte(out), &r)
	if len(r.History) != before {
		t.Errorf("history grew from %d to %d on a second ingest", before, len(r.History))
	}
}

func TestStoriesLinkedWhenAskedFor(t *testing.T) {
	dir := t.TempDir()
	linked, lazy := filepath.Join(dir, "linked.db"), filepath.Join(dir, "lazy.db")
	runCmd(t, "ingest", "--stories", "--quiet", "--db", linked, storyFixture)
	runCmd(t, "ingest", "--quiet", "--db", lazy, storyFixture)
	a, b := storyList(t, linked), storyList(t, lazy)
	ja, _ := json.Marshal(a)
	jb, _ := json.Marshal(b)
	if string(ja) != string(jb) {
		t.Errorf("stories linked at ingest\n%s\ndiffer from those linked when asked for\n%s", ja, jb)
	}
}

func TestStoryUsageErrors(t *testing.T) {
	db := filepath.Join(t.TempDir(), "x.db")
	for _, args := range [][]string{{"story"}, {"story", "abc"}, {"story", "--format", "xml", "1"}, {"stories", "--format", "csv"}} {
		if code, _, errOut := runCmd(t, append(args, "--db", db)...); code != 2 || errOut == "" {
			t.Errorf("%v: exit %d, %q", args, code, errOut)
		}
	}
	if code, _, errOut := runCmd(t, "story", "--db", db, "7"); code != 1 || !strings.Contains(errOut, "no story 7") {
		t.Errorf("missing story: exit %d, %q", code, errOut)
	}
}

func itoa(n int64) string { return strconv.FormatInt(n, 10) }

func TestStoriesGoOnAcrossRuns(t *testing.T) {
	dir := t.TempDir()
	b, err := os.ReadFile(storyFixture)
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.SplitAfter(strings.TrimSpace(string(b)), "\n")
	first, second := filepath.Join(dir, "first.jsonl"), filepath.Join(dir, "second.jsonl")
	os.WriteFile(first, []byte(strings.Join(lines[:3], "")), 0o644)
	os.WriteFile(second, []byte(strings.Join(lines[3:], "")+"\n"), 0o644)
	once, twice := filepath.Join(dir, "once.db"), filepath.Join(dir, "twice.db")
	runCmd(t, "ingest", "--stories", "--quiet", "--db", once, storyFixture)
	runCmd(t, "ingest", "--stories", "--quiet", "--db", twice, first)
	runCmd(t, "ingest", "--stories", "--quiet", "--db", twice, second)
	a, c := storyList(t, once), storyList(t, twice)
	ja, _ := json.Marshal(a)
	jc, _ := json.Marshal(c)
	if string(ja) != string(jc) {
		t.Errorf("stories of one run\n%s\ndiffer from those of two\n%s", ja, jc)
	}
}

func TestEveryStoryIsListed(t *testing.T) {
	// documents over four weeks, out of date order, linked in one go:
	// stories the linker has closed by the end must still be saved
	dir := t.TempDir()
	in, db := filepath.Join(dir, "news.jsonl"), filepath.Join(dir, "ledger.db")
	corpus(t, in, 90)
	if code, _, errOut := runCmd(t, "ingest", "--quiet", "--db", db, in); code != 0 {
		t.Fatal(errOut)
	}
	total := 0
	for _, s := range storyList(t, db) {
		total += s.Documents
		if s.First == "" || s.Documents == 0 {
			t.Errorf("story %+v listed without its dates or documents", s)
		}
	}
	if total != 90 {
		t.Errorf("stories list %d documents, want all 90", total)
	}
}
