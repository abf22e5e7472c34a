package storagetest

import (
	"context"
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"github.com/claimledger/claimledger"
	"github.com/claimledger/claimledger/internal/storage"
)

func dump(v any) string {
	b, _ := json.Marshal(v)
	return string(b)
}

func search(t *testing.T, st storage.Store, q string) []storage.Hit {
	t.Helper()
	hits, err := st.Search(context.Background(), q, 10)
	if err != nil {
		t.Fatalf("Search(%q): %v", q, err)
	}
	return hits
}

func hitIDs(hits []storage.Hit) []string {
	var ids []string
	for _, h := range hits {
		ids = append(ids, h.Document.ID)
	}
	return ids
}

func testSearch(t *testing.T, st storage.Store) {
	docs := Fixture()
	// Two documents about one word: it fills the first's title and text,
	// the second names it once in a long text.
	many := claimledger.Document{ID: "many", Language: "en", Title: "Drones over the harbour",
		Text: "Drones again. The drones came at night; drones were shot down, and drones kept coming."}
	once := claimledger.Document{ID: "once", Language: "en", Title: "A long day",
		Text: strings.Repeat("The council met and talked about roads, schools and the budget. ", 20) + "One speaker mentioned drones."}
	put(t, st, append(docs, storage.NewDocument("t", once), storage.NewDocument("t", many))...)

	for _, tc := range []struct {
		q    string
		want []string
	}{
		{"Belgorod", []string{"doc-1"}},                 // title and text
		{"raid", []string{"doc-1"}},                     // title
		{"BAKHMUT strikes", []string{"doc-2"}},          // all words, any case
		{"Bakhmut Belgorod", nil},                       // words in different documents
		{"drones", []string{"many", "once"}},            // best first
		{"école", []string{d3}},                         // ÉCOLE in the text
		{"naïve", []string{d3}},                         // in straight quotes
		{"guillemets", []string{d3}},                    // title only
		{"мир", nil},                                    // nowhere
		{"fighters fighters killed", []string{"doc-1"}}, // repeated word
	} {
		got := hitIDs(search(t, st, tc.q))
		if strings.Join(got, "|") != strings.Join(tc.want, "|") {
			t.Errorf("Search(%q) = %q, want %q", tc.q, got, tc.want)
		}
	}
	hits := search(t, st, "allegation")
	if len(hits) != 1 {
		t.Fatalf("Search(allegation) = %+v", hits)
	}
	h := hits[0]
	if !strings.Contains(strings.ToLower(h.Snippet), "allegation") || len([]rune(h.Snippet)) > 400 {
		t.Errorf("snippet %q: want a short extract holding the word", h.Snippet)
	}
	want := storage.DocumentRef{ID: "doc-1", Version: 1, URL: docs[0].Ledger.URL, Title: docs[0].Ledger.Title,
		Published: "2023-05-24", Language: "en"}
	if h.Document != want {
		t.Errorf("hit document %+v, want %+v", h.Document, want)
	}
	if hits, err := st.Search(context.Background(), "the", 2); err != nil || len(hits) != 2 {
		t.Errorf("Search with limit 2: %d hits, %v", len(hits), err)
	}
}

func testHostileQueries(t *testing.T, st storage.Store) {
	put(t, st, Fixture()...)
	found := []string{
		`"fighters`, `fighters"`, `fighters*`, `-fighters`, `(fighters)`, `^fighters`, `fighters AND killed`,
		`fighters:killed`, `{fighters}`, `fighters\`, `'fighters'`, `fighters;--`,
		"fighters\x00", "fighters\xff\xfe", `fighters & | ! <-> :*`, `%fighters_`,
		`“fighters”`, `fighters...killed`, `fighters killed)`,
	}
	for _, q := range found {
		hits, err := st.Search(context.Background(), q, 10)
		if err != nil {
			t.Errorf("Search(%q): %v", q, err)
			continue
		}
		if ids := hitIDs(hits); len(ids) != 1 || ids[0] != "doc-1" {
			t.Errorf("Search(%q) = %q, want doc-1", q, ids)
		}
	}
	for _, q := range []string{`NEAR(fighters killed)`, `title:fighters`, `'; DROP TABLE documents; --`, `fighters AND NOT`,
		`fighters OR`, `NOT fighters`, `fighters' OR '1'='1`} {
		if _, err := st.Search(context.Background(), q, 10); err != nil {
			t.Errorf("Search(%q): %v", q, err)
		}
	}
	for _, q := range []string{``, ` `, `"`, `""`, `***`, `()`, `-`, `:`, `'`, "\x00", `&|!`, "\u201c\u201d", "🙂"} {
		_, err := st.Search(context.Background(), q, 10)
		if !errors.Is(err, storage.ErrQuery) {
			t.Errorf("Search(%q) = %v, want an error wrapping ErrQuery", q, err)
		}
	}
	if s := stats(t, st); s.Documents != 3 {
		t.Errorf("after hostile queries: %+v", s)
	}
}
