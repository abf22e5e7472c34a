package storagetest

import (
	"context"
	"errors"
	"reflect"
	"testing"

	"github.com/claimledger/claimledger"
	"github.com/claimledger/claimledger/internal/storage"
)

// claimKeys lists the claims f selects as "document/claim".
func claimKeys(t *testing.T, st storage.Store, f storage.ClaimFilter) []string {
	t.Helper()
	var out []string
	if err := st.Claims(context.Background(), f, func(r storage.ClaimRow) error {
		out = append(out, r.Document.ID+"/"+r.Claim.ID)
		return nil
	}); err != nil {
		t.Fatalf("Claims(%+v): %v", f, err)
	}
	return out
}

const d3 = "doc-3 “ü”"

func testClaimFilters(t *testing.T, st storage.Store) {
	put(t, st, Fixture()...)
	all := []string{"doc-1/c1", "doc-1/c2", "doc-1/c3", "doc-2/c1", "doc-2/c2", d3 + "/c1", d3 + "/c2"}
	for _, tc := range []struct {
		name string
		f    storage.ClaimFilter
		want []string
	}{
		{"none", storage.ClaimFilter{}, all},
		{"source as written", storage.ClaimFilter{Source: "ministry"}, []string{"doc-1/c1"}},
		{"source entity, other case", storage.ClaimFilter{Source: "dEFENCE OF russia"}, []string{"doc-1/c1"}},
		{"source name only", storage.ClaimFilter{Source: "government"}, []string{"doc-1/c2"}},
		{"source unicode case", storage.ClaimFilter{Source: "ZOË O'NEIL"}, []string{d3 + "/c1"}},
		{"source with LIKE characters", storage.ClaimFilter{Source: "%"}, nil},
		{"stance", storage.ClaimFilter{Stance: "deny"}, []string{"doc-1/c2"}},
		{"stance assert", storage.ClaimFilter{Stance: "assert"}, []string{"doc-1/c1", "doc-1/c3", "doc-2/c1", d3 + "/c2"}},
		{"category", storage.ClaimFilter{Category: "killed"}, []string{"doc-1/c1"}},
		{"category of a figure with no claim", storage.ClaimFilter{Category: "destroyed"}, nil},
		{"place by name", storage.ClaimFilter{Place: "bakhmut"}, []string{"doc-2/c1", "doc-2/c2"}},
		{"place by country", storage.ClaimFilter{Place: "UA"}, []string{"doc-2/c1", "doc-2/c2", d3 + "/c1", d3 + "/c2"}},
		{"place not named", storage.ClaimFilter{Place: "Paris"}, nil},
		{"from", storage.ClaimFilter{From: "2023-05-24"}, []string{"doc-1/c2", "doc-1/c3", "doc-2/c1", "doc-2/c2", d3 + "/c1", d3 + "/c2"}},
		{"to", storage.ClaimFilter{To: "2023-05-23"}, []string{"doc-1/c1"}},
		{"from and to", storage.ClaimFilter{From: "2023-05-25", To: "2023-05-31"}, []string{"doc-2/c1"}},
		{"search content", storage.ClaimFilter{Search: "fighters KILLED"}, []string{"doc-1/c1"}},
		{"search across source and cue", storage.ClaimFilter{Search: "Peskov believes"}, []string{"doc-1/c3"}},
		{"search entity name", storage.ClaimFilter{Search: "Dmitry"}, []string{"doc-1/c3"}},
		{"search words in different claims", storage.ClaimFilter{Search: "fighters allegation"}, nil},
		{"search hostile", storage.ClaimFilter{Search: `"fighters AND (killed`}, []string{"doc-1/c1"}},
		{"search unicode", storage.ClaimFilter{Search: "«volunteers»"}, []string{d3 + "/c1"}},
		{"no belief", storage.ClaimFilter{NoBelief: true}, []string{"doc-1/c1", "doc-1/c2", "doc-2/c1", "doc-2/c2", d3 + "/c1", d3 + "/c2"}},
		{"limit", storage.ClaimFilter{Limit: 2}, all[:2]},
		{"combined", storage.ClaimFilter{Stance: "assert", Place: "RU", NoBelief: true, From: "2023-01-01"}, []string{"doc-1/c1"}},
		{"combined, nothing", storage.ClaimFilter{Stance: "deny", Place: "UA"}, nil},
	} {
		if got := claimKeys(t, st, tc.f); !reflect.DeepEqual(got, tc.want) {
			t.Errorf("%s: Claims(%+v) = %q, want %q", tc.name, tc.f, got, tc.want)
		}
	}
}

func testClaimRows(t *testing.T, st storage.Store) {
	docs := Fixture()
	put(t, st, docs...)
	var rows []storage.ClaimRow
	if err := st.Claims(context.Background(), storage.ClaimFilter{}, func(r storage.ClaimRow) error {
		rows = append(rows, r)
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	i := 0
	for _, d := range docs {
		l := d.Ledger
		ref := storage.DocumentRef{ID: l.ID, Version: 1, URL: l.URL, Title: l.Title, Outlet: l.Outlet, Published: l.Published, Language: l.Language}
		for _, c := range l.Claims {
			if i >= len(rows) {
				t.Fatalf("%d claim rows, want more", len(rows))
			}
			r := rows[i]
			i++
			if r.Document != ref {
				t.Errorf("claim %s: document %+v, want %+v", c.ID, r.Document, ref)
			}
			if !reflect.DeepEqual(r.Claim, c) {
				t.Errorf("claim %s of %s: %+v, want %+v", c.ID, l.ID, r.Claim, c)
			}
			date := c.Time
			if date == "" {
				date = l.Published
			}
			if r.Date != date {
				t.Errorf("claim %s of %s: date %q, want %q", c.ID, l.ID, r.Date, date)
			}
			var figures []claimledger.Quantity
			for _, q := range l.Quantities {
				if q.Claim == c.ID {
					figures = append(figures, q)
				}
			}
			if len(figures) != len(r.Quantities) || (len(figures) > 0 && !reflect.DeepEqual(figures, r.Quantities)) {
				t.Errorf("claim %s of %s: figures %+v, want %+v", c.ID, l.ID, r.Quantities, figures)
			}
		}
	}
	if i != len(rows) {
		t.Errorf("%d claim rows, want %d", len(rows), i)
	}
	stop := errors.New("stop")
	n := 0
	err := st.Claims(context.Background(), storage.ClaimFilter{}, func(storage.ClaimRow) error { n++; return stop })
	if !errors.Is(err, stop) || n != 1 {
		t.Errorf("an error from fn: Claims returned %v after %d calls, want it after 1", err, n)
	}
}

func testBadFilters(t *testing.T, st storage.Store) {
	put(t, st, Fixture()...)
	for _, f := range []storage.ClaimFilter{
		{From: "yesterday"}, {To: "2023-5-1"}, {Limit: -1}, {Search: `"*"`}, {Search: "   "},
	} {
		err := st.Claims(context.Background(), f, func(storage.ClaimRow) error { return nil })
		if !errors.Is(err, storage.ErrQuery) {
			t.Errorf("Claims(%+v) = %v, want an error wrapping ErrQuery", f, err)
		}
		err = st.Quantities(context.Background(), f, func(storage.QuantityRow) error { return nil })
		if !errors.Is(err, storage.ErrQuery) {
			t.Errorf("Quantities(%+v) = %v, want an error wrapping ErrQuery", f, err)
		}
	}
}
