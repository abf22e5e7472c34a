package web

import (
	"context"
	"fmt"
	"io"
	"math/rand"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/claimledger/claimledger/internal/storage"
	"github.com/claimledger/claimledger/internal/storage/postgres"
	"github.com/claimledger/claimledger/internal/storage/sqlite"
	"github.com/claimledger/claimledger/internal/storage/storagetest"
)

// The load test: a fixed number of API requests over loopback against a
// SQLite store of 100,000 made-up documents in stories of realistic sizes,
// reporting latency percentiles per kind of query.
//
//	go test ./internal/web -run '^$' -bench APILoad -benchtime 1x
//
// The store is built once (a minute; PostgreSQL, five) and kept at
// $CLAIMLEDGER_BENCH_DB, else in the temporary folder, or in the
// PostgreSQL database $CLAIMLEDGER_BENCH_POSTGRES names.

const (
	loadDocs     = 100_000
	loadRequests = 2000 // of each kind
)

// loadWorkers is how many requests are in flight at once: one a core, so
// that latencies measure the server, not a queue of requests waiting for a
// core.
var loadWorkers = runtime.GOMAXPROCS(0)

// loadStore opens the benchmark store, building it when missing: a SQLite
// file, or the PostgreSQL database $CLAIMLEDGER_BENCH_POSTGRES names.
func loadStore(b *testing.B) storage.Store {
	ctx := context.Background()
	path := os.Getenv("CLAIMLEDGER_BENCH_DB")
	if path == "" {
		path = filepath.Join(os.TempDir(), fmt.Sprintf("claimledger-api-%d-v1.db", loadDocs))
	}
	var st storage.Store
	var err error
	if dsn := os.Getenv("CLAIMLEDGER_BENCH_POSTGRES"); dsn != "" {
		path = "PostgreSQL"
		st, err = postgres.Open(ctx, dsn)
	} else {
		st, err = sqlite.Open(ctx, path)
	}
	if err != nil {
		b.Fatal(err)
	}
	n, err := st.Stats(ctx)
	if err != nil {
		b.Fatal(err)
	}
	if n.Documents == loadDocs {
		return st
	}
	if n.Documents != 0 {
		b.Fatalf("%s holds %d documents, not %d: remove it", path, n.Documents, loadDocs)
	}
	start := time.Now()
	c := storagetest.NewCorpus(7)
	r := rand.New(rand.NewSource(7))
	next := int64(1)
	var links []storage.StoryLink
	var stories []storage.StorySummary
	story, left := int64(0), 0
	for i := 0; i < loadDocs; i += 1000 {
		batch := make([]storage.Document, 1000)
		for j := range batch {
			batch[j] = storage.NewDocument("load", c.Document(i+j))
			if left == 0 {
				// story sizes: most stories one report, a few hundreds
				left = min(1+int(r.ExpFloat64()*r.ExpFloat64()*6), 300)
				story = next
				next++
				stories = append(stories, storage.StorySummary{ID: story, Title: batch[j].Ledger.Title,
					First: batch[j].Ledger.Published, Last: batch[j].Ledger.Published, Places: []string{}, Actors: []string{}})
			}
			links = append(links, storage.StoryLink{Key: batch[j].Key, Story: story})
			left--
		}
		if _, err := st.Put(ctx, batch); err != nil {
			b.Fatal(err)
		}
		if err := st.SaveStories(ctx, links, stories); err != nil {
			b.Fatal(err)
		}
		links, stories = links[:0], stories[:0]
	}
	b.Logf("built %s in %s", path, time.Since(start).Round(time.Second))
	return st
}

func BenchmarkAPILoad(b *testing.B) {
	st := loadStore(b)
	defer st.Close()
	srv := newTestServer(b, st, Options{})
	ctx := context.Background()
	list, err := st.StoryList(ctx, 0)
	if err != nil {
		b.Fatal(err)
	}
	r := rand.New(rand.NewSource(1))
	claimQueries := []string{
		"limit=100", "stance=deny&limit=100", "source=maria&limit=100", "category=killed&place=UA&limit=100",
		"from=2023-03-01&to=2023-03-31&no_belief=true&limit=100", "search=" + url.QueryEscape("said people") + "&limit=100",
		"source=ministry&stance=threaten&limit=50", "place=Gaza&limit=100",
	}
	kinds := map[string]func(i int) string{
		"claims": func(i int) string { return "/api/claims?" + claimQueries[i%len(claimQueries)] },
		"story": func(i int) string {
			return fmt.Sprintf("/api/stories/%d", list[r.Intn(len(list))].ID)
		},
		"stories": func(i int) string { return "/api/stories?limit=50" },
	}
	// pages, for comparison: an article and a story drawn at random
	kinds["article page"] = func(i int) string {
		n := r.Intn(loadDocs)
		return "/document?key=" + url.QueryEscape(fmt.Sprintf("https://news%d.example.com/story/%d", n%7, n))
	}
	kinds["story page"] = func(i int) string { return fmt.Sprintf("/stories/%d", list[r.Intn(len(list))].ID) }
	// the biggest stories, which the random draw rarely meets, are asked
	// for on purpose
	sort.Slice(list, func(i, j int) bool { return list[i].Documents > list[j].Documents })
	big := list[:min(50, len(list))]
	kinds["big story"] = func(i int) string { return fmt.Sprintf("/api/stories/%d", big[i%len(big)].ID) }
	b.Logf("%d stories; the biggest has %d documents", len(list), big[0].Documents)

	client := &http.Client{Transport: &http.Transport{MaxIdleConnsPerHost: loadWorkers}}
	for b.Loop() {
		for _, kind := range []string{"claims", "story", "big story", "stories", "article page", "story page"} {
			paths := make([]string, loadRequests)
			for i := range paths {
				paths[i] = kinds[kind](i)
			}
			ds := run(b, client, srv.URL, paths)
			p := func(q float64) float64 { return float64(ds[int(q*float64(len(ds)-1))].Microseconds()) / 1000 }
			b.Logf("%-12s %d requests, %d at once: p50 %.2f ms, p95 %.2f ms, p99 %.2f ms, max %.2f ms",
				kind, len(ds), loadWorkers, p(.5), p(.95), p(.99), p(1))
			b.ReportMetric(p(.95), strings.ReplaceAll(kind, " ", "-")+"-p95-ms")
		}
	}
}

// run sends every request, loadWorkers at a time, and returns their
// latencies sorted.
func run(b *testing.B, c *http.Client, base string, paths []string) []time.Duration {
	ds := make([]time.Duration, len(paths))
	var wg sync.WaitGroup
	work := make(chan int)
	for w := 0; w < loadWorkers; w++ {
		wg.Go(func() {
			for i := range work {
				start := time.Now()
				resp, err := c.Get(base + paths[i])
				if err != nil {
					b.Error(err)
					continue
				}
				io.Copy(io.Discard, resp.Body)
				resp.Body.Close()
				ds[i] = time.Since(start)
				if resp.StatusCode != http.StatusOK {
					b.Errorf("%s: status %d", paths[i], resp.StatusCode)
				}
			}
		})
	}
	for i := range paths {
		work <- i
	}
	close(work)
	wg.Wait()
	sort.Slice(ds, func(i, j int) bool { return ds[i] < ds[j] })
	return ds
}
