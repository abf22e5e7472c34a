package sqlite

import (
	"context"
	"fmt"
	"testing"

	"github.com/claimledger/claimledger/internal/storage"
	"github.com/claimledger/claimledger/internal/storage/storagetest"
)

// A search for words many claims hold walks documents a chunk at a time;
// it must select the same claims in the same order as the search that
// sorts every match.
func TestSearchWalkSelectsAsSortDoes(t *testing.T) {
	st := openTemp(t)
	ctx := context.Background()
	docs := storagetest.Generate(400, 3)
	if _, err := st.Put(ctx, docs); err != nil {
		t.Fatal(err)
	}
	// new versions put some documents' claims far from their place in
	// storing order
	c := storagetest.NewCorpus(4)
	var again []storage.Document
	for i := 0; i < len(docs); i += 37 {
		d := c.Document(1000 + i)
		d.URL = docs[i].Ledger.URL
		again = append(again, storage.NewDocument("again", d))
	}
	if _, err := st.Put(ctx, again); err != nil {
		t.Fatal(err)
	}
	keys := func(f storage.ClaimFilter) []string {
		var out []string
		if err := st.Claims(ctx, f, func(r storage.ClaimRow) error {
			out = append(out, fmt.Sprintf("%s@%d#%s", r.Document.URL, r.Document.Version, r.Claim.ID))
			return nil
		}); err != nil {
			t.Fatal(err)
		}
		return out
	}
	filters := []storage.ClaimFilter{
		{Search: "the", Limit: 100}, {Search: "said", Limit: 7}, {Search: c.Word(), Limit: 50},
		{Search: "the of", Stance: "deny", Limit: 30}, {Search: "the", Place: "UA", Limit: 1000},
		{Search: "people", From: "2023-06-01", Limit: 40},
	}
	defer func(th, chunk int) { searchWalkThreshold, searchChunk = th, chunk }(searchWalkThreshold, searchChunk)
	for _, f := range filters {
		searchWalkThreshold, searchChunk = 1<<30, 2000 // sort every match
		want := keys(f)
		searchWalkThreshold, searchChunk = 1, 9 // walk, in chunks of 9 documents
		got := keys(f)
		if fmt.Sprint(got) != fmt.Sprint(want) {
			t.Errorf("%+v: walking gives %d claims %v\nsorting gives %d %v", f, len(got), got, len(want), want)
		}
		if len(want) == 0 {
			t.Errorf("%+v selects nothing: the test checks nothing", f)
		}
	}
}
