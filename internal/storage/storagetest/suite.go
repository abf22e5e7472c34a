// Package storagetest is the behaviour every storage.Store must show, as
// one test suite that each store's package runs against itself, so that
// the SQLite file and the PostgreSQL server answer alike.
package storagetest

import (
	"context"
	"encoding/json"
	"reflect"
	"strings"
	"testing"

	"github.com/claimledger/claimledger"
	"github.com/claimledger/claimledger/internal/storage"
)

// Run runs the suite; open must return a new, empty store for each call
// and close it when the test ends.
func Run(t *testing.T, open func(t *testing.T) storage.Store) {
	for _, tc := range []struct {
		name string
		fn   func(*testing.T, storage.Store)
	}{
		{"PutIsIdempotent", testIdempotent},
		{"VersionsAreKept", testVersions},
		{"DuplicatesInBatch", testBatchDuplicates},
		{"LedgersOrderAndRoundTrip", testLedgers},
		{"FailedPutLeavesNothing", testFailedPut},
		{"ClaimFilters", testClaimFilters},
		{"ClaimRows", testClaimRows},
		{"QuantityFilters", testQuantityFilters},
		{"QuantityRows", testQuantityRows},
		{"BadFilters", testBadFilters},
		{"Search", testSearch},
		{"HostileQueries", testHostileQueries},
		{"GeneratedCorpus", testGenerated},
		{"Stories", testStories},
		{"Document", testDocument},
		{"Documents", testDocuments},
		{"Sources", testSources},
		{"Places", testPlaces},
		{"Ratings", testRatings},
	} {
		t.Run(tc.name, func(t *testing.T) { tc.fn(t, open(t)) })
	}
}

func put(t *testing.T, st storage.Store, docs ...storage.Document) storage.PutResult {
	t.Helper()
	res, err := st.Put(context.Background(), docs)
	if err != nil {
		t.Fatalf("Put: %v", err)
	}
	return res
}

func stats(t *testing.T, st storage.Store) storage.Stats {
	t.Helper()
	s, err := st.Stats(context.Background())
	if err != nil {
		t.Fatalf("Stats: %v", err)
	}
	return s
}

func ledgers(t *testing.T, st storage.Store) []claimledger.Document {
	t.Helper()
	var out []claimledger.Document
	if err := st.Ledgers(context.Background(), func(d claimledger.Document) error {
		out = append(out, d)
		return nil
	}); err != nil {
		t.Fatalf("Ledgers: %v", err)
	}
	return out
}

func claimCount(docs []storage.Document) int {
	n := 0
	for _, d := range docs {
		n += len(d.Ledger.Claims)
	}
	return n
}

// changed is d with a new text, so a new version of the same key.
func changed(d storage.Document, text string) storage.Document {
	l := d.Ledger
	l.Text = text
	l.Claims = l.Claims[:1]
	return storage.NewDocument(d.Origin, l)
}

func testIdempotent(t *testing.T, st storage.Store) {
	docs := Fixture()
	if got, want := put(t, st, docs...), (storage.PutResult{New: 3}); got != want {
		t.Errorf("first Put = %+v, want %+v", got, want)
	}
	if got, want := put(t, st, docs...), (storage.PutResult{Unchanged: 3}); got != want {
		t.Errorf("second Put = %+v, want %+v", got, want)
	}
	want := storage.Stats{Documents: 3, Versions: 3, Claims: claimCount(docs)}
	if got := stats(t, st); got != want {
		t.Errorf("Stats = %+v, want %+v", got, want)
	}
	if res := put(t, st); res != (storage.PutResult{}) {
		t.Errorf("empty Put = %+v", res)
	}
}

func testVersions(t *testing.T, st storage.Store) {
	docs := Fixture()
	put(t, st, docs...)
	v2 := changed(docs[0], strings.Replace(docs[0].Ledger.Text, "Peskov believes", "Someone thinks", 1)+" Zanzibar quietly.")
	if got, want := put(t, st, v2), (storage.PutResult{Versions: 1}); got != want {
		t.Errorf("Put of a changed document = %+v, want %+v", got, want)
	}
	want := storage.Stats{Documents: 3, Versions: 4, Claims: claimCount(docs) - len(docs[0].Ledger.Claims) + 1}
	if got := stats(t, st); got != want {
		t.Errorf("Stats = %+v, want %+v", got, want)
	}
	ls := ledgers(t, st)
	if len(ls) != 3 || ls[0].Text != v2.Ledger.Text {
		t.Fatalf("Ledgers after a new version: %d ledgers, first text %q", len(ls), ls[0].Text)
	}
	var versions []int
	if err := st.Claims(context.Background(), storage.ClaimFilter{}, func(r storage.ClaimRow) error {
		if r.Document.ID == docs[0].Ledger.ID {
			versions = append(versions, r.Document.Version)
		}
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(versions, []int{2}) {
		t.Errorf("claims of the changed document come from versions %v, want only [2]", versions)
	}
	hits := search(t, st, "Zanzibar")
	if len(hits) != 1 || hits[0].Document.Version != 2 {
		t.Errorf("search for a word of version 2: %+v", hits)
	}
	if hits := search(t, st, "Peskov believes"); len(hits) != 0 {
		t.Errorf("search finds words only the old version has: %+v", hits)
	}
	// The old content comes back: it is stored already, as version 1.
	if got := put(t, st, docs[0]); got != (storage.PutResult{Unchanged: 1}) {
		t.Errorf("Put of a stored older version = %+v, want it unchanged", got)
	}
	v3 := changed(docs[0], "Third text.")
	if got := put(t, st, v3, v2); got != (storage.PutResult{Versions: 1, Unchanged: 1}) {
		t.Errorf("Put of version 3 = %+v", got)
	}
	if s := stats(t, st); s.Versions != 5 || s.Documents != 3 {
		t.Errorf("Stats after version 3 = %+v", s)
	}
}

func testBatchDuplicates(t *testing.T, st storage.Store) {
	docs := Fixture()
	a, b := docs[0], docs[1]
	b2 := changed(b, "Another text for the second document.")
	got := put(t, st, a, a, b, b2, a)
	if want := (storage.PutResult{New: 2, Versions: 1, Unchanged: 2}); got != want {
		t.Errorf("Put with duplicates = %+v, want %+v", got, want)
	}
	if s := stats(t, st); s != (storage.Stats{Documents: 2, Versions: 3, Claims: len(a.Ledger.Claims) + 1}) {
		t.Errorf("Stats = %+v", s)
	}
	ls := ledgers(t, st)
	if len(ls) != 2 || ls[0].ID != a.Ledger.ID || ls[1].Text != b2.Ledger.Text {
		t.Errorf("Ledgers = %d, want a then the second version of b", len(ls))
	}
}

func testLedgers(t *testing.T, st storage.Store) {
	docs := Fixture()
	put(t, st, docs[2])
	put(t, st, docs[0], docs[1])
	for i, l := range ledgers(t, st) {
		if want := docs[(i+2)%3].Ledger; !reflect.DeepEqual(l, want) {
			a, _ := json.Marshal(l)
			b, _ := json.Marshal(want)
			t.Errorf("ledger %d does not round-trip:\ngot  %s\nwant %s", i, a, b)
		}
	}
	put(t, st, changed(docs[2], "A newer third text."))
	ls := ledgers(t, st)
	var ids []string
	for _, l := range ls {
		ids = append(ids, l.ID)
	}
	want := []string{docs[2].Ledger.ID, docs[0].Ledger.ID, docs[1].Ledger.ID}
	if !reflect.DeepEqual(ids, want) {
		t.Fatalf("Ledgers order %q, want first-stored order %q", ids, want)
	}
	put(t, st, docs[2])
	if ls := ledgers(t, st); !reflect.DeepEqual(ls[0], changed(docs[2], "A newer third text.").Ledger) {
		t.Errorf("re-putting version 1 replaced the latest version")
	}
}
