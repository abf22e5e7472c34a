package main

import (
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/claimledger/claimledger"
	"github.com/claimledger/claimledger/internal/export"
	"github.com/claimledger/claimledger/internal/storage"
	"github.com/claimledger/claimledger/internal/storage/storagetest"
)

// TestMain lets a test start this binary as the command itself, so that it
// can be killed like a real run.
func TestMain(m *testing.M) {
	if os.Getenv("CLAIMLEDGER_TEST_MAIN") == "1" {
		os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
	}
	os.Exit(m.Run())
}

func runCmd(t *testing.T, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	code := run(args, strings.NewReader(""), &out, &errb)
	return code, out.String(), errb.String()
}

// corpus writes n short wire stories, each a different event, as JSONL.
func corpus(t *testing.T, path string, n int) {
	t.Helper()
	var b strings.Builder
	towns := []string{"Bakhmut", "Kharkiv", "Donetsk", "Mariupol", "Kherson", "Odesa"}
	for i := range n {
		town := towns[i%len(towns)]
		text := fmt.Sprintf("%s, June %d (Reuters) - Shelling killed %d civilians in %s on Monday, the regional governor said. "+
			"The defence ministry said its forces destroyed %d tanks, a figure that could not be independently verified. "+
			"Moscow denied firing on the town, and officials accused Kyiv of staging attack number %d.",
			strings.ToUpper(town), 1+i%28, 2+i%40, town, 1+i%9, i)
		line, _ := json.Marshal(map[string]string{"id": fmt.Sprintf("doc%05d", i), "text": text,
			"published": fmt.Sprintf("2023-06-%02d", 1+i%28), "url": fmt.Sprintf("https://news.example/%d", i)})
		b.Write(line)
		b.WriteByte('\n')
	}
	if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
}

func openTestStore(t *testing.T, db string) storage.Store {
	t.Helper()
	st, err := openStore(context.Background(), db)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	return st
}

// wholeDocuments checks that every stored document has all its claims and
// returns how many there are.
func wholeDocuments(t *testing.T, st storage.Store) int {
	t.Helper()
	ctx := context.Background()
	want := map[string]int{}
	seen := map[string]bool{}
	err := st.Ledgers(ctx, func(d claimledger.Document) error {
		if seen[d.ID] {
			t.Errorf("document %s stored twice", d.ID)
		}
		seen[d.ID] = true
		want[d.ID] = len(d.Claims)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]int{}
	if err := st.Claims(ctx, storage.ClaimFilter{}, func(r storage.ClaimRow) error {
		got[r.Document.ID]++
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	for id, n := range want {
		if got[id] != n {
			t.Errorf("document %s: %d claims stored, its ledger has %d", id, got[id], n)
		}
	}
	for id := range got {
		if _, ok := want[id]; !ok {
			t.Errorf("claims of document %s stored without the document", id)
		}
	}
	return len(want)
}

// stored counts the documents of a store another process is writing, or
// -1 while it cannot be read.
func stored(db string) int {
	if !strings.HasPrefix(db, "postgres") {
		if _, err := os.Stat(db + "-wal"); err != nil {
			return -1
		}
	}
	st, err := openStore(context.Background(), db)
	if err != nil {
		return -1
	}
	defer st.Close()
	s, err := st.Stats(context.Background())
	if err != nil {
		return -1
	}
	return s.Documents
}

// stores runs a test against a new SQLite file and, when
// CLAIMLEDGER_TEST_POSTGRES names a server, a new PostgreSQL schema.
func stores(t *testing.T, test func(t *testing.T, db string)) {
	t.Run("sqlite", func(t *testing.T) { test(t, filepath.Join(t.TempDir(), "ledger.db")) })
	t.Run("postgres", func(t *testing.T) { test(t, storagetest.PostgresDSN(t)) })
}

func TestIngestKilledMidwayLeavesWholeBatchesAndResumes(t *testing.T) {
	if testing.Short() {
		t.Skip("starts and kills a process")
	}
	stores(t, killAndResume)
}

func killAndResume(t *testing.T, db string) {
	in := filepath.Join(t.TempDir(), "news.jsonl")
	const n, batch = 3000, 7
	corpus(t, in, n)
	exe, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(exe, "ingest", "--stories", "--db", db, "--batch", fmt.Sprint(batch), "--workers", "1", "--quiet", in)
	cmd.Env = append(os.Environ(), "CLAIMLEDGER_TEST_MAIN=1")
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	// kill as soon as a few batches are in, while the run is writing
	deadline := time.Now().Add(60 * time.Second)
	killed := false
	for !killed && time.Now().Before(deadline) {
		select {
		case err := <-done:
			t.Fatalf("ingest ended before it could be killed (%v): %s", err, stderr.String())
		case <-time.After(20 * time.Millisecond):
		}
		if stored(db) >= 3*batch {
			if err := cmd.Process.Signal(syscall.SIGKILL); err != nil {
				t.Fatal(err)
			}
			killed = true
		}
	}
	if !killed {
		t.Fatal("no batch was written within a minute")
	}
	<-done

	st := openTestStore(t, db)
	stored := wholeDocuments(t, st)
	if stored == 0 || stored >= n {
		t.Fatalf("%d documents stored after the kill, want some but not all %d", stored, n)
	}
	t.Logf("killed with %d of %d documents stored", stored, n)
	if stored%batch != 0 {
		t.Errorf("%d documents stored: not whole batches of %d", stored, batch)
	}
	st.Close()

	code, _, errOut := runCmd(t, "ingest", "--stories", "--db", db, "--quiet", in)
	if code != 0 {
		t.Fatalf("rerun: exit %d: %s", code, errOut)
	}
	if want := fmt.Sprintf("%d new, 0 new versions, %d unchanged", n-stored, stored); !strings.Contains(errOut, want) {
		t.Errorf("rerun summary %q, want %q", errOut, want)
	}
	st = openTestStore(t, db)
	if got := wholeDocuments(t, st); got != n {
		t.Errorf("%d documents after the rerun, want %d", got, n)
	}
	// the documents stored but not linked when the run was killed are
	// linked by the next: every document is in exactly one story
	unlinked := 0
	if err := st.Unlinked(context.Background(), func(storage.StoryDocument) error { unlinked++; return nil }); err != nil {
		t.Fatal(err)
	}
	if unlinked != 0 {
		t.Errorf("%d documents left out of stories by the rerun", unlinked)
	}
	linked := 0
	for _, s := range storyList(t, db) {
		linked += s.Documents
	}
	if linked != n {
		t.Errorf("%d documents in stories after the rerun, want %d", linked, n)
	}
}

func TestIngestThenQueryAndExport(t *testing.T) { stores(t, ingestQueryExport) }

func ingestQueryExport(t *testing.T, db string) {
	dir := t.TempDir()
	in := filepath.Join(dir, "news.jsonl")
	corpus(t, in, 40)
	bad := filepath.Join(dir, "bad.txt")
	os.WriteFile(bad, []byte("\x00\x01binary"), 0o644)
	code, _, errOut := runCmd(t, "ingest", "--db", db, in, bad)
	if code != 1 || !strings.Contains(errOut, "bad.txt") || !strings.Contains(errOut, "40 new") {
		t.Fatalf("exit %d, stderr %q: want the bad file named, the 40 good documents stored and status 1", code, errOut)
	}

	code, out, errOut := runCmd(t, "claims", "--db", db, "--format", "jsonl", "--stance", "deny", "--source", "moscow")
	if code != 0 {
		t.Fatalf("claims: exit %d: %s", code, errOut)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) != 40 {
		t.Fatalf("%d denials by Moscow, want one per document (40):\n%s", len(lines), out)
	}
	for _, l := range lines {
		var r storage.ClaimRow
		if err := json.Unmarshal([]byte(l), &r); err != nil {
			t.Fatal(err)
		}
		if r.Claim.Stance != "deny" || r.Claim.Source == nil || !strings.Contains(strings.ToLower(r.Claim.Source.Text), "moscow") {
			t.Fatalf("filter let through %+v", r.Claim)
		}
	}

	code, out, _ = runCmd(t, "export", "--db", db, "--format", "csv", "--category", "killed")
	if code != 0 {
		t.Fatal("export csv failed")
	}
	rows, err := csv.NewReader(strings.NewReader(out)).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != 41 || strings.Join(rows[0], ",") != strings.Join(export.CSVHeader, ",") {
		t.Fatalf("%d CSV rows, header %v: want a header and one killed figure per document", len(rows), rows[0])
	}
	for _, r := range rows[1:] {
		if r[2] != "killed" || r[3] == "" || r[14] == "" || r[15] == "" {
			t.Fatalf("row %v lacks category, value, URL or document", r)
		}
	}

	code, out, _ = runCmd(t, "export", "--db", db)
	if code != 0 || strings.Count(out, "\n") != 40 {
		t.Fatalf("export jsonl: exit %d, %d lines", code, strings.Count(out, "\n"))
	}
	code, out, _ = runCmd(t, "search", "--db", db, "Mariupol")
	if code != 0 || !strings.Contains(out, "doc0") {
		t.Fatalf("search: exit %d, %q", code, out)
	}
}

func TestIngestUsageErrors(t *testing.T) {
	for _, args := range [][]string{
		{"ingest"},
		{"ingest", "--input", "pdf", "x"},
		{"ingest", "--published", "yesterday", "x"},
		{"claims", "--from", "June"},
		{"export", "--format", "xml"},
	} {
		if code, _, errOut := runCmd(t, args...); code != 2 || errOut == "" {
			t.Errorf("%v: exit %d, stderr %q: want a usage error", args, code, errOut)
		}
	}
}

func TestExtractHTMLGivesTheLedgerIngestStores(t *testing.T) {
	page := `<!doctype html><html><head><title>Shelling hits Kharkiv | The Daily Example</title>
<meta property="og:site_name" content="The Daily Example">
<meta name="author" content="Ann Smith">
<meta property="article:published_time" content="2023-05-24T08:00:00Z">
<link rel="canonical" href="https://daily.example/kharkiv-shelling"></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Shelling hits Kharkiv</h1>
<p>Shelling killed four civilians in Kharkiv on Tuesday, the regional governor said. Moscow denied firing on the city.</p>
<p>The defence ministry said its forces destroyed 12 drones overnight, a figure that could not be independently verified.</p>
<p>Officials in Kyiv accused Russia of targeting a hospital, an accusation the Kremlin rejected as a provocation.</p>
</article><footer>© The Daily Example. All rights reserved.</footer></body></html>`
	dir := t.TempDir()
	p := filepath.Join(dir, "kharkiv.html")
	if err := os.WriteFile(p, []byte(page), 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, errOut := runExtract(t, "", "--input", "html", p)
	if code != 0 {
		t.Fatalf("extract: exit %d: %s", code, errOut)
	}
	extracted := ledgers(t, out)[0]
	if extracted.URL != "https://daily.example/kharkiv-shelling" || extracted.Published != "2023-05-24" || len(extracted.Claims) < 3 ||
		strings.Contains(extracted.Text, "All rights reserved") || strings.Contains(extracted.Text, "Home") {
		t.Fatalf("page read as %+v", extracted)
	}
	db := filepath.Join(dir, "ledger.db")
	if code, _, errOut := runCmd(t, "ingest", "--db", db, "--quiet", p); code != 0 {
		t.Fatalf("ingest: exit %d: %s", code, errOut)
	}
	code, out, _ = runCmd(t, "export", "--db", db)
	if code != 0 {
		t.Fatal("export failed")
	}
	var stored claimledger.Document
	if err := json.Unmarshal([]byte(out), &stored); err != nil {
		t.Fatal(err)
	}
	a, _ := json.Marshal(extracted)
	b, _ := json.Marshal(stored)
	if !bytes.Equal(a, b) {
		t.Errorf("stored ledger differs from extract's:\n%s\n%s", a, b)
	}
}

func TestIngestBadInputLosesNothing(t *testing.T) {
	if testing.Short() {
		t.Skip("writes a 100 MB line")
	}
	dir := t.TempDir()
	db := filepath.Join(dir, "ledger.db")
	good := filepath.Join(dir, "in", "good.jsonl")
	os.MkdirAll(filepath.Dir(good), 0o755)
	corpus(t, good, 5)
	if code, _, errOut := runCmd(t, "ingest", "--db", db, "--quiet", good); code != 0 {
		t.Fatalf("first ingest: %d %s", code, errOut)
	}
	write := func(name string, b []byte) {
		if err := os.WriteFile(filepath.Join(dir, "in", name), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("corrupt.txt.gz", []byte{0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 0xff, 0xde, 0xad, 0xbe, 0xef})
	write("photo.html", append([]byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), bytes.Repeat([]byte{0, 1, 2, 3}, 200)...))
	write("broken.rss", []byte(`<?xml version="1.0"?><rss><channel><title>T</title><item><title>A</title><description>x</description></item><item>`))
	huge := bytes.Repeat([]byte("a"), 100<<20)
	write("huge.jsonl", append(append([]byte(`{"id":"h","text":"`), huge...), []byte("\"}\n{\"id\":\"after\",\"text\":\"The ministry said the bridge reopened.\"}\n")...))
	code, _, errOut := runCmd(t, "ingest", "--db", db, "--quiet", filepath.Join(dir, "in"))
	if code != 1 {
		t.Fatalf("exit %d, want 1: %s", code, errOut)
	}
	for _, want := range []string{"corrupt.txt.gz", "photo.html", "broken.rss", "huge.jsonl:1", "5 unchanged", "1 new"} {
		if !strings.Contains(errOut, want) {
			t.Errorf("stderr does not name %q:\n%s", want, errOut)
		}
	}
	st := openTestStore(t, db)
	if n := wholeDocuments(t, st); n != 6 {
		t.Errorf("%d documents stored, want the 5 from before and the one after the huge line", n)
	}
}
