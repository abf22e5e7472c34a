package storagetest

import (
	"context"
	"reflect"
	"testing"

	"github.com/claimledger/claimledger/internal/storage"
)

func quantityRows(t *testing.T, st storage.Store, f storage.ClaimFilter) []storage.QuantityRow {
	t.Helper()
	var out []storage.QuantityRow
	if err := st.Quantities(context.Background(), f, func(r storage.QuantityRow) error {
		out = append(out, r)
		return nil
	}); err != nil {
		t.Fatalf("Quantities(%+v): %v", f, err)
	}
	return out
}

func testQuantityFilters(t *testing.T, st storage.Store) {
	put(t, st, Fixture()...)
	for _, tc := range []struct {
		name string
		f    storage.ClaimFilter
		want []string
	}{
		{"none, figures with no claim too", storage.ClaimFilter{}, []string{"more than 70", "four", "25"}},
		{"category keeps figures with no claim", storage.ClaimFilter{Category: "destroyed"}, []string{"four"}},
		{"category", storage.ClaimFilter{Category: "attacks"}, []string{"25"}},
		{"place by country", storage.ClaimFilter{Place: "ru"}, []string{"more than 70", "four"}},
		{"place by name", storage.ClaimFilter{Place: "Bakhmut"}, []string{"25"}},
		{"from", storage.ClaimFilter{From: "2023-05-24"}, []string{"four", "25"}},
		{"to", storage.ClaimFilter{To: "2023-05-23"}, []string{"more than 70"}},
		{"stance", storage.ClaimFilter{Stance: "assert"}, []string{"more than 70", "25"}},
		{"stance of no figure", storage.ClaimFilter{Stance: "deny"}, nil},
		{"source", storage.ClaimFilter{Source: "Ministry"}, []string{"more than 70"}},
		{"search", storage.ClaimFilter{Search: "air strikes"}, []string{"25"}},
		{"no belief leaves out figures with no claim", storage.ClaimFilter{NoBelief: true}, []string{"more than 70", "25"}},
		{"limit", storage.ClaimFilter{Limit: 1}, []string{"more than 70"}},
	} {
		var got []string
		for _, r := range quantityRows(t, st, tc.f) {
			got = append(got, r.Text)
		}
		if !reflect.DeepEqual(got, tc.want) {
			t.Errorf("%s: Quantities(%+v) = %q, want %q", tc.name, tc.f, got, tc.want)
		}
	}
}

func testQuantityRows(t *testing.T, st storage.Store) {
	docs := Fixture()
	put(t, st, docs...)
	q1, q2, q3 := docs[0].Ledger.Quantities[0], docs[0].Ledger.Quantities[1], docs[1].Ledger.Quantities[0]
	want := []storage.QuantityRow{
		{EventDate: "2023-05-23", Actor: "Ministry of Defence of Russia", Category: "killed", Value: 70,
			Low: f(71), Qualifier: "more_than", Object: "fighters", Text: "more than 70",
			// Belgorod lies inside the claim's content; Moscow, the
			// document's first place, does not.
			Place: "Belgorod", Country: "RU", Lat: f(50.61), Lon: f(36.58),
			Outlet: "example.com", URL: "https://www.example.com/news/belgorod", DocumentID: "doc-1", ClaimID: "c1",
			Start: q1.Start, End: q1.End},
		{EventDate: "2023-05-24", Category: "destroyed", Value: 4, Low: f(4), High: f(4), Qualifier: "exact",
			Object: "armoured vehicles", Text: "four", Place: "Moscow", Country: "RU", Lat: f(55.75), Lon: f(37.62),
			Outlet: "example.com", URL: "https://www.example.com/news/belgorod", DocumentID: "doc-1",
			Start: q2.Start, End: q2.End},
		{EventDate: "2023-05-30", Actor: "General Staff of Ukraine", Category: "attacks", Value: 25, Low: f(25), High: f(25),
			Qualifier: "exact", Object: "air strikes", Text: "25", Place: "Bakhmut", Country: "UA",
			Outlet: "Example Times", DocumentID: "doc-2", ClaimID: "c1", Start: q3.Start, End: q3.End},
	}
	got := quantityRows(t, st, storage.ClaimFilter{})
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Quantities:\ngot  %s\nwant %s", dump(got), dump(want))
	}
	if q1.Start == 0 || q1.End <= q1.Start {
		t.Fatalf("fixture figure has no span: %+v", q1)
	}
}
