package ingest

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/claimledger/claimledger"
	"github.com/claimledger/claimledger/internal/source"
	"github.com/claimledger/claimledger/internal/storage"
)

// memStore keeps documents in memory, by key and hash, as a Store must.
type memStore struct {
	storage.Stories // not used by ingest
	storage.Browser // not used by ingest
	docs            []storage.Document
	puts            int
	failAt          int // the Put call (1-based) that fails, or 0
	batches         []int
}

func (m *memStore) Put(_ context.Context, docs []storage.Document) (storage.PutResult, error) {
	m.puts++
	if m.puts == m.failAt {
		return storage.PutResult{}, errors.New("disk full")
	}
	m.batches = append(m.batches, len(docs))
	var r storage.PutResult
	for _, d := range docs {
		known, same := false, false
		for _, o := range m.docs {
			if o.Key == d.Key {
				known = true
				same = same || o.Hash == d.Hash
			}
		}
		switch {
		case same:
			r.Unchanged++
			continue
		case known:
			r.Versions++
		default:
			r.New++
		}
		m.docs = append(m.docs, d)
	}
	return r, nil
}

func (m *memStore) Claims(context.Context, storage.ClaimFilter, func(storage.ClaimRow) error) error {
	return nil
}
func (m *memStore) Quantities(context.Context, storage.ClaimFilter, func(storage.QuantityRow) error) error {
	return nil
}
func (m *memStore) Ledgers(context.Context, func(claimledger.Document) error) error { return nil }
func (m *memStore) Search(context.Context, string, int) ([]storage.Hit, error)      { return nil, nil }
func (m *memStore) Stats(context.Context) (storage.Stats, error)                    { return storage.Stats{}, nil }
func (m *memStore) Generation(context.Context) (int64, error)                       { return int64(len(m.docs)), nil }
func (m *memStore) Close() error                                                    { return nil }

func writeFiles(t *testing.T, dir string, files map[string]string) {
	t.Helper()
	for name, body := range files {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

func article(i int) string {
	return fmt.Sprintf("The ministry said %d soldiers were killed in the attack on the town, an account the rebels denied.\n", i+2)
}

func runDir(t *testing.T, st storage.Store, dir string, o Options) (Summary, []error, error) {
	t.Helper()
	var errs []error
	o.Fail = func(err error) { errs = append(errs, err) }
	inputs := Expand([]string{dir}, o.Fail)
	sum, err := Run(context.Background(), st, inputs, strings.NewReader(""), o)
	return sum, errs, err
}

func TestRunStoresInReadingOrderAcrossBatches(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{}
	for i := range 23 {
		files[fmt.Sprintf("a/%02d.txt", i)] = article(i)
	}
	writeFiles(t, dir, files)
	st := &memStore{}
	sum, errs, err := runDir(t, st, dir, Options{Workers: 4, Batch: 5})
	if err != nil || len(errs) > 0 {
		t.Fatalf("err %v, failures %v", err, errs)
	}
	if sum.Documents != 23 || sum.New != 23 || len(st.docs) != 23 {
		t.Fatalf("summary %+v, stored %d", sum, len(st.docs))
	}
	if want := []int{5, 5, 5, 5, 3}; fmt.Sprint(st.batches) != fmt.Sprint(want) {
		t.Errorf("batches %v, want %v", st.batches, want)
	}
	for i, d := range st.docs {
		if want := fmt.Sprintf("%02d.txt", i); d.Ledger.ID != want {
			t.Fatalf("document %d is %s, want %s: order depends on the workers", i, d.Ledger.ID, want)
		}
		if len(d.Ledger.Claims) == 0 || d.Origin == "" || d.Hash == "" {
			t.Fatalf("document %s stored without claims, origin or hash: %+v", d.Ledger.ID, d)
		}
	}
	if sum.Claims == 0 {
		t.Error("no claims counted")
	}
}

func TestRunSkipsWhatIsStoredAndKeepsVersions(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{"one.txt": article(1), "two.txt": article(2)})
	st := &memStore{}
	if _, _, err := runDir(t, st, dir, Options{}); err != nil {
		t.Fatal(err)
	}
	sum, _, err := runDir(t, st, dir, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if sum.Unchanged != 2 || sum.New != 0 || len(st.docs) != 2 {
		t.Fatalf("second run: %+v, stored %d", sum, len(st.docs))
	}
	writeFiles(t, dir, map[string]string{"two.txt": article(7)})
	sum, _, err = runDir(t, st, dir, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if sum.Unchanged != 1 || sum.Versions != 1 || len(st.docs) != 3 {
		t.Fatalf("after a change: %+v, stored %d", sum, len(st.docs))
	}
}

func TestRunGoesOnPastBadInput(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{
		"a.txt":       article(1),
		"b.txt":       "",
		"c.txt":       "caf\xe9 latin-1 text",
		"d.jsonl":     `{"id":"x","text":"` + strings.TrimSpace(article(3)) + `"}` + "\n{broken\n" + `{"id":"y","text":"` + strings.TrimSpace(article(4)) + `"}` + "\n",
		"e.txt":       article(5),
		".hidden.txt": "left out",
	})
	st := &memStore{}
	sum, errs, err := runDir(t, st, dir, Options{Batch: 2})
	if err != nil {
		t.Fatal(err)
	}
	if sum.Documents != 4 || len(st.docs) != 4 {
		t.Fatalf("stored %d documents (summary %+v), want 4", len(st.docs), sum)
	}
	if sum.Failed != 3 || len(errs) != 3 {
		t.Fatalf("failures %d (%v), want 3", sum.Failed, errs)
	}
	for _, want := range []string{"b.txt", "c.txt: byte 3", "d.jsonl:2"} {
		found := false
		for _, e := range errs {
			found = found || strings.Contains(e.Error(), want)
		}
		if !found {
			t.Errorf("no failure names %q: %v", want, errs)
		}
	}
	if sum.Reasons[Reason(source.ErrInvalidUTF8)] != 1 || sum.Reasons[Reason(source.ErrEmpty)] != 1 {
		t.Errorf("reasons %v", sum.Reasons)
	}
}

func TestRunStopsWhenTheStoreFails(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{}
	for i := range 10 {
		files[fmt.Sprintf("%02d.txt", i)] = article(i)
	}
	writeFiles(t, dir, files)
	st := &memStore{failAt: 2}
	sum, _, err := runDir(t, st, dir, Options{Batch: 3, Workers: 2})
	if err == nil || !strings.Contains(err.Error(), "disk full") {
		t.Fatalf("err %v, want the store's error", err)
	}
	if len(st.docs) != 3 || sum.New != 3 {
		t.Fatalf("stored %d, summary %+v: want the first batch only", len(st.docs), sum)
	}
}

func TestExpand(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{"x/b.txt": "b", "x/a.html": "a", "x/.git/c": "c", "y.jsonl": "{}"})
	var errs []error
	in := Expand([]string{filepath.Join(dir, "x"), filepath.Join(dir, "*.jsonl"), filepath.Join(dir, "x", "a.html"),
		filepath.Join(dir, "missing.txt"), filepath.Join(dir, "*.none"), "-"}, func(e error) { errs = append(errs, e) })
	var names []string
	for _, i := range in {
		names = append(names, strings.TrimPrefix(i.Name, dir+"/"))
	}
	if got, want := strings.Join(names, " "), "x/a.html x/b.txt y.jsonl -"; got != want {
		t.Errorf("inputs %q, want %q", got, want)
	}
	if len(errs) != 2 {
		t.Errorf("errors %v, want the missing file and the empty glob", errs)
	}
}

func TestRunKeysFilesByPath(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{"news/001.txt": article(1), "sport/001.txt": article(2)})
	st := &memStore{}
	sum, _, err := runDir(t, st, dir, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if sum.New != 2 || st.docs[0].Key == st.docs[1].Key {
		t.Fatalf("two files of the same name stored as %+v with keys %q, %q", sum, st.docs[0].Key, st.docs[1].Key)
	}
	if !strings.HasPrefix(st.docs[0].Key, "file://") || !strings.HasSuffix(st.docs[0].Key, "news/001.txt") {
		t.Errorf("key %q, want the file's absolute path", st.docs[0].Key)
	}
	jsonl := filepath.Join(dir, "dump.jsonl")
	os.WriteFile(jsonl, []byte(`{"id":"a1","text":"`+strings.TrimSpace(article(3))+`"}`+"\n"+
		`{"id":"a2","text":"x","url":"https://example.org/a2"}`+"\n"), 0o644)
	st = &memStore{}
	if _, err := Run(context.Background(), st, []Input{{Name: jsonl}}, nil, Options{}); err != nil {
		t.Fatal(err)
	}
	if len(st.docs) != 2 || st.docs[0].Key != "a1" || st.docs[1].Key != "https://example.org/a2" {
		t.Fatalf("JSONL keys: %q, %q; want the id, then the URL", st.docs[0].Key, st.docs[1].Key)
	}
}
