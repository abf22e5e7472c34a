package storagetest

import (
	"reflect"
	"sort"
	"strings"
	"testing"
	"unicode"

	"github.com/claimledger/claimledger/internal/storage"
)

// testGenerated checks a few hundred made-up documents against answers
// worked out here from the ledgers themselves.
func testGenerated(t *testing.T, st storage.Store) {
	docs := Generate(300, 1)
	for i := 0; i < len(docs); i += 100 {
		if res := put(t, st, docs[i:i+100]...); res.New != 100 {
			t.Fatalf("Put of batch %d = %+v", i/100, res)
		}
	}
	if s := stats(t, st); s != (storage.Stats{Documents: 300, Versions: 300, Claims: claimCount(docs)}) {
		t.Errorf("Stats = %+v, want 300 documents and %d claims", s, claimCount(docs))
	}
	ls := ledgers(t, st)
	for i := range ls {
		if !reflect.DeepEqual(ls[i], docs[i].Ledger) {
			t.Fatalf("ledger %d differs after storing", i)
		}
	}

	deny, maria, killed := 0, 0, 0
	for _, d := range docs {
		for _, c := range d.Ledger.Claims {
			if c.Stance == "deny" {
				deny++
			}
			if strings.Contains(strings.ToLower(c.Source.Text+" "+c.Source.Name), "maria") {
				maria++
			}
		}
		for _, q := range d.Ledger.Quantities {
			if q.Category == "killed" {
				killed++
			}
		}
	}
	for _, tc := range []struct {
		f    storage.ClaimFilter
		want int
	}{{storage.ClaimFilter{Stance: "deny"}, deny}, {storage.ClaimFilter{Source: "MARIA"}, maria}} {
		if got := len(claimKeys(t, st, tc.f)); got != tc.want || got == 0 {
			t.Errorf("Claims(%+v): %d claims, want %d", tc.f, got, tc.want)
		}
	}
	if got := len(quantityRows(t, st, storage.ClaimFilter{Category: "killed"})); got != killed || got == 0 {
		t.Errorf("Quantities(killed): %d figures, want %d", got, killed)
	}

	// A word of a title found in few documents: Search must find exactly
	// the documents holding it.
	holders := map[string][]string{}
	for _, d := range docs {
		seen := map[string]bool{}
		for _, w := range strings.FieldsFunc(strings.ToLower(d.Ledger.Title+" "+d.Ledger.Text), func(r rune) bool {
			return !unicode.IsLetter(r) && !unicode.IsDigit(r)
		}) {
			if !seen[w] {
				seen[w] = true
				holders[w] = append(holders[w], d.Ledger.ID)
			}
		}
	}
	tried := 0
	for _, d := range docs[10:30] {
		for _, w := range strings.Fields(d.Ledger.Title) {
			if n := len(holders[w]); n < 2 || n > 8 {
				continue
			}
			tried++
			got := hitIDs(search(t, st, strings.ToUpper(w)))
			sort.Strings(got)
			want := append([]string{}, holders[w]...)
			sort.Strings(want)
			if !reflect.DeepEqual(got, want) {
				t.Errorf("Search(%q) = %q, want %q", w, got, want)
			}
		}
	}
	if tried == 0 {
		t.Error("no title word to search for")
	}
}
