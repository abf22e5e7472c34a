package storagetest

import (
	"context"
	"errors"
	"sync"
	"sync/atomic"
	"testing"

	"github.com/claimledger/claimledger/internal/storage"
)

// cancelling is a context that cancels itself once Err or Done has been
// asked for more than after times: a Put that watches its context, as it
// must to be stoppable, is thereby cancelled part-way through a batch.
type cancelling struct {
	context.Context
	cancel func()
	calls  atomic.Int64
	after  int64
	once   sync.Once
}

func newCancelling(after int64) *cancelling {
	ctx, cancel := context.WithCancel(context.Background())
	return &cancelling{Context: ctx, cancel: cancel, after: after}
}

func (c *cancelling) tick() {
	if c.calls.Add(1) > c.after {
		c.once.Do(c.cancel)
	}
}

func (c *cancelling) Err() error            { c.tick(); return c.Context.Err() }
func (c *cancelling) Done() <-chan struct{} { c.tick(); return c.Context.Done() }

func testFailedPut(t *testing.T, st storage.Store) {
	docs := Fixture()
	put(t, st, docs[0])
	batch := append(Generate(40, 7), docs[1], changed(docs[0], "A second version."))
	before := stats(t, st)
	check := func(what string, err error) {
		t.Helper()
		if err == nil {
			t.Fatalf("%s: Put succeeded", what)
		}
		if got := stats(t, st); got != before {
			t.Errorf("%s: Stats %+v after a failed Put, want %+v as before", what, got, before)
		}
		if ls := ledgers(t, st); len(ls) != 1 || ls[0].Text != docs[0].Ledger.Text {
			t.Errorf("%s: %d ledgers after a failed Put, want only the first", what, len(ls))
		}
		if hits, err := st.Search(context.Background(), "strikes", 0); err != nil || len(hits) != 0 {
			t.Errorf("%s: search finds %d documents of a failed Put (%v)", what, len(hits), err)
		}
	}

	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	_, err := st.Put(ctx, batch)
	if !errors.Is(err, context.Canceled) {
		t.Errorf("Put with a cancelled context: %v, want context.Canceled", err)
	}
	check("cancelled before", err)

	for _, after := range []int64{3, 10, 25} {
		_, err = st.Put(newCancelling(after), batch)
		check("cancelled part-way", err)
	}

	bad := append(append([]storage.Document{}, batch...), storage.Document{Origin: "no key"})
	_, err = st.Put(context.Background(), bad)
	check("a document without a key", err)

	// The same input goes in whole afterwards.
	res := put(t, st, batch...)
	if res != (storage.PutResult{New: 41, Versions: 1}) {
		t.Errorf("Put after failures = %+v", res)
	}
}
