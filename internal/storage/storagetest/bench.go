package storagetest

import (
	"context"
	"sort"
	"testing"
	"time"

	"github.com/claimledger/claimledger/internal/storage"
)

// BenchBatch is the batch size of BenchPut: what ingest writes at once.
const BenchBatch = 250

// BenchPut measures storing batches of new made-up ledgers, reporting
// documents per second.
func BenchPut(b *testing.B, open func(b *testing.B) storage.Store) {
	st := open(b)
	c := NewCorpus(1)
	ctx := context.Background()
	next := 0
	batch := func() []storage.Document {
		docs := make([]storage.Document, BenchBatch)
		for i := range docs {
			docs[i] = storage.NewDocument("bench", c.Document(next))
			next++
		}
		return docs
	}
	var elapsed time.Duration
	b.ResetTimer()
	for b.Loop() {
		b.StopTimer()
		docs := batch()
		b.StartTimer()
		start := time.Now()
		res, err := st.Put(ctx, docs)
		elapsed += time.Since(start)
		if err != nil || res.New != len(docs) {
			b.Fatalf("Put = %+v, %v", res, err)
		}
	}
	b.ReportMetric(float64(b.N*BenchBatch)/elapsed.Seconds(), "docs/s")
}

// BenchStoreSize is how many ledgers BenchSearch and BenchClaims store
// first: about as many as the BBC corpus has articles.
const BenchStoreSize = 2500

func filled(b *testing.B, open func(b *testing.B) storage.Store) (storage.Store, *Corpus) {
	st := open(b)
	c := NewCorpus(2)
	for i := 0; i < BenchStoreSize; i += BenchBatch {
		docs := make([]storage.Document, BenchBatch)
		for j := range docs {
			docs[j] = storage.NewDocument("bench", c.Document(i+j))
		}
		if _, err := st.Put(context.Background(), docs); err != nil {
			b.Fatal(err)
		}
	}
	return st, c
}

// latencies runs op b.N times and reports the median in milliseconds,
// which a few slow runs do not move as they move the mean.
func latencies(b *testing.B, op func(i int) error) {
	var ds []time.Duration
	b.ResetTimer()
	i := 0
	for b.Loop() {
		start := time.Now()
		if err := op(i); err != nil {
			b.Fatal(err)
		}
		ds = append(ds, time.Since(start))
		i++
	}
	sort.Slice(ds, func(i, j int) bool { return ds[i] < ds[j] })
	b.ReportMetric(float64(ds[len(ds)/2].Microseconds())/1000, "ms-median")
}

// BenchSearch measures full-text queries of one to three words drawn by
// frequency, from very common to rare, over BenchStoreSize documents.
func BenchSearch(b *testing.B, open func(b *testing.B) storage.Store) {
	st, c := filled(b, open)
	queries := make([]string, 64)
	for i := range queries {
		q := c.vocab[100+i*37]
		for n := i % 3; n > 0; n-- {
			q += " " + c.Word()
		}
		queries[i] = q
	}
	ctx := context.Background()
	latencies(b, func(i int) error {
		_, err := st.Search(ctx, queries[i%len(queries)], 20)
		return err
	})
}

// BenchClaims measures the claim filters a user combines, each capped at
// 100 claims, over BenchStoreSize documents.
func BenchClaims(b *testing.B, open func(b *testing.B) storage.Store) {
	st, c := filled(b, open)
	filters := []storage.ClaimFilter{
		{Stance: "deny", Limit: 100},
		{Source: "maria", Limit: 100},
		{Search: c.vocab[150], Limit: 100},
		{Category: "killed", Place: "UA", Limit: 100},
		{From: "2023-03-01", To: "2023-03-31", NoBelief: true, Limit: 100},
	}
	ctx := context.Background()
	latencies(b, func(i int) error {
		n := 0
		return st.Claims(ctx, filters[i%len(filters)], func(storage.ClaimRow) error { n++; return nil })
	})
}
