// Package ingest reads documents from what users have (files, folders,
// feeds, WARC, JSON Lines), extracts their ledgers in parallel and stores
// them in batches, each one transaction: a run stopped at any moment
// leaves whole batches, and the next run skips what is already stored.
package ingest

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/claimledger/claimledger/internal/extract"
	"github.com/claimledger/claimledger/internal/source"
	"github.com/claimledger/claimledger/internal/storage"
)

// Options control a run.
type Options struct {
	Reader  source.Reader
	Extract extract.Config
	// Published is the publication date of documents that carry none.
	Published string
	// Workers is the number of extracting goroutines; GOMAXPROCS when 0.
	Workers int
	// Batch is the number of documents per transaction; DefaultBatch when 0.
	Batch int
	// Progress, when set, is called from time to time with what is done.
	Progress func(Progress)
	// Fail is called with each bad file or document; the run goes on.
	Fail func(error)
	// Stored, when set, is called with each batch once it is committed
	// (stories are linked there); an error from it stops the run as a
	// store's does.
	Stored func(ctx context.Context, batch []storage.Document) error
}

// DefaultBatch documents are stored per transaction: large enough that a
// commit's cost is spread thin, small enough that little is redone after a
// crash.
const DefaultBatch = 256

// Progress is what a run has done so far.
type Progress struct {
	Files, FilesDone int
	Bytes, BytesDone int64 // of the files with a known size
	Documents        int   // extracted
	Stored           int   // new documents and versions committed
}

// Summary is what a run did.
type Summary struct {
	Documents int // read and extracted
	storage.PutResult
	Claims     int // in the documents stored, new or versions
	NotEnglish int // stored with their language and an empty ledger
	// Languages counts the documents not in English by language code.
	Languages map[string]int
	Failed    int
	// Reasons counts failures by their kind ("invalid UTF-8", "empty
	// document"...).
	Reasons map[string]int
}

type job struct {
	seq    int
	origin string
	doc    source.Document
}

type result struct {
	seq int
	doc storage.Document
	ok  bool
}

// Run reads inputs (Expand gives them), stdin standing for "-", and stores
// the ledgers in st. It returns an error only when the store fails or ctx
// ends; bad input goes to Options.Fail and into the summary.
func Run(ctx context.Context, st storage.Store, inputs []Input, stdin io.Reader, o Options) (Summary, error) {
	if o.Workers <= 0 {
		o.Workers = runtime.GOMAXPROCS(0)
	}
	if o.Batch <= 0 {
		o.Batch = DefaultBatch
	}
	// pages are turned into text by the workers, not by the one reader
	o.Reader.Defer = true
	sum := Summary{Reasons: map[string]int{}, Languages: map[string]int{}}
	var mu sync.Mutex
	fail := func(err error) {
		mu.Lock()
		sum.Failed++
		sum.Reasons[Reason(err)]++
		mu.Unlock()
		if o.Fail != nil {
			o.Fail(err)
		}
	}
	var prog Progress
	prog.Files = len(inputs)
	for _, in := range inputs {
		if in.Size > 0 {
			prog.Bytes += in.Size
		}
	}
	var filesDone, bytesDone atomic.Int64

	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	jobs := make(chan job, 4*o.Workers)
	results := make(chan result, 4*o.Workers)

	go func() {
		defer close(jobs)
		seq := 0
		for _, in := range inputs {
			if ctx.Err() != nil {
				return
			}
			emit := func(d source.Document) {
				select {
				case jobs <- job{seq: seq, origin: in.Name, doc: d}:
					seq++
				case <-ctx.Done():
				}
			}
			if err := readInput(o.Reader, in.Name, stdin, emit, fail); err != nil {
				fail(err)
			}
			filesDone.Add(1)
			if in.Size > 0 {
				bytesDone.Add(in.Size)
			}
		}
	}()

	var wg sync.WaitGroup
	for range o.Workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				doc, err := j.doc.Ready()
				if err != nil {
					fail(err)
					// the slot in the reading order is passed over
					select {
					case results <- result{seq: j.seq}:
					case <-ctx.Done():
						return
					}
					continue
				}
				j.doc = doc
				if j.doc.Published == "" {
					j.doc.Published = o.Published
				}
				led, err := o.Extract.Document(j.doc)
				r := result{seq: j.seq}
				if err != nil {
					fail(fmt.Errorf("%s: document %s: %w", j.origin, j.doc.ID, err))
				} else {
					r.doc, r.ok = storage.NewDocument(j.origin, led), true
					r.doc.Key = key(j.origin, led.URL, led.ID)
				}
				select {
				case results <- r:
				case <-ctx.Done():
					return
				}
			}
		}()
	}
	go func() { wg.Wait(); close(results) }()

	// Results are stored in the order they were read, whatever order the
	// workers finish in, so that a store's order does not depend on timing.
	pending := map[int]result{}
	next := 0
	var batch []storage.Document
	report := func() {
		if o.Progress == nil {
			return
		}
		prog.FilesDone, prog.BytesDone = int(filesDone.Load()), bytesDone.Load()
		o.Progress(prog)
	}
	// Stored batches are handed to o.Stored on a goroutine of its own, so
	// that the next batch is stored while the last is linked; it sees them
	// in order, and its first error stops the run.
	var after chan []storage.Document
	afterDone := make(chan error, 1)
	if o.Stored != nil {
		after = make(chan []storage.Document, 2)
		go func() {
			var err error
			for b := range after {
				if err == nil {
					if err = o.Stored(ctx, b); err != nil {
						cancel()
					}
				}
			}
			afterDone <- err
		}()
	} else {
		afterDone <- nil
	}
	finish := func(err error) (Summary, error) {
		if after != nil {
			close(after)
		}
		// the linker's error, not the cancellation it caused
		if aerr := <-afterDone; aerr != nil && (err == nil || errors.Is(err, context.Canceled)) {
			err = aerr
		}
		return sum, err
	}
	flush := func() error {
		if len(batch) == 0 {
			return nil
		}
		res, err := st.Put(ctx, batch)
		if err != nil {
			return fmt.Errorf("storing documents %s to %s: %w", batch[0].Ledger.ID, batch[len(batch)-1].Ledger.ID, err)
		}
		sum.New += res.New
		sum.Versions += res.Versions
		sum.Unchanged += res.Unchanged
		prog.Stored = sum.New + sum.Versions
		if after != nil {
			after <- batch
			batch = make([]storage.Document, 0, o.Batch)
		} else {
			batch = batch[:0]
		}
		report()
		return nil
	}
	for r := range results {
		pending[r.seq] = r
		for {
			r, ok := pending[next]
			if !ok {
				break
			}
			delete(pending, next)
			next++
			if !r.ok {
				continue
			}
			sum.Documents++
			prog.Documents = sum.Documents
			if r.doc.Ledger.Language != extract.English {
				sum.NotEnglish++
				sum.Languages[r.doc.Ledger.Language]++
			}
			sum.Claims += len(r.doc.Ledger.Claims)
			batch = append(batch, r.doc)
			if len(batch) >= o.Batch {
				if err := flush(); err != nil {
					cancel()
					return finish(err)
				}
			}
		}
	}
	if err := ctx.Err(); err != nil {
		return finish(err)
	}
	return finish(flush())
}

// key identifies a document across runs: its URL; else, for a file that
// is one document (its id is the file's name), the file's absolute path, so
// that news/001.txt and sport/001.txt are two documents; else its id, as a
// JSON Lines dump gives it.
func key(origin, url, id string) string {
	if url != "" {
		return url
	}
	if origin != "-" && id == filepath.Base(origin) {
		if abs, err := filepath.Abs(origin); err == nil {
			return "file://" + filepath.ToSlash(abs)
		}
	}
	return id
}

func readInput(rd source.Reader, name string, stdin io.Reader, emit func(source.Document), fail func(error)) error {
	if name == "-" {
		return rd.Read("-", stdin, emit, fail)
	}
	f, err := os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	return rd.Read(name, f, emit, fail)
}

// Reason names the kind of a failure for the summary: the innermost
// error's message without its particulars.
func Reason(err error) string {
	var pe *os.PathError
	if errors.As(err, &pe) {
		return pe.Err.Error()
	}
	var se *source.Error
	if errors.As(err, &se) {
		err = se.Err
	}
	for {
		u := errors.Unwrap(err)
		if u == nil {
			break
		}
		err = u
	}
	msg := err.Error()
	if i := strings.Index(msg, ":"); i > 0 {
		msg = msg[:i]
	}
	return msg
}

// SortedReasons lists a summary's failure kinds, the commonest first.
func (s Summary) SortedReasons() []string {
	keys := make([]string, 0, len(s.Reasons))
	for k := range s.Reasons {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		if s.Reasons[keys[i]] != s.Reasons[keys[j]] {
			return s.Reasons[keys[i]] > s.Reasons[keys[j]]
		}
		return keys[i] < keys[j]
	})
	return keys
}
