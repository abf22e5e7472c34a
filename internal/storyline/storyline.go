// Package storyline keeps a store's stories up to date as documents
// arrive: it links each stored document into a story (internal/stories),
// saves the links, reads the stories it touched together
// (internal/crossdoc) and appends their claims' status changes to the
// store's history, which is never rewritten.
package storyline

import (
	"context"
	"encoding/json"
	"fmt"
	"runtime"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/claimledger/claimledger"
	"github.com/claimledger/claimledger/internal/crossdoc"
	"github.com/claimledger/claimledger/internal/storage"
	"github.com/claimledger/claimledger/internal/stories"
)

// Window is how far apart two reports of one event may be published.
const Window = 4 * 24 * time.Hour

// Linker links the documents of a store into stories.
type Linker struct {
	st     storage.Store
	linker *stories.Linker
	// pending are the stories of two or more documents linked to since
	// the last Flush.
	pending map[int64]bool
}

// Open readies a linker for st: the stories of the last Window (before the
// newest story) are replayed into memory, then the documents a stopped run
// stored without linking are linked.
func Open(ctx context.Context, st storage.Store) (*Linker, error) {
	next, err := st.NextStoryID(ctx)
	if err != nil {
		return nil, err
	}
	l := &Linker{st: st, linker: stories.New(stories.Options{Window: Window, FirstID: next, Forget: true}), pending: map[int64]bool{}}
	latest, err := st.StoryList(ctx, 1)
	if err != nil {
		return nil, err
	}
	if len(latest) > 0 {
		since := ""
		if t, err := time.Parse(time.DateOnly, latest[0].Last); err == nil {
			since = t.Add(-Window).Format(time.DateOnly)
		}
		err := st.LinkedSince(ctx, since, func(d storage.StoryDocument) error {
			l.linker.Add(d.Link.Story, Doc(d.Link.Key, d.Ledger), d.Link.CopyOf)
			return nil
		})
		if err != nil {
			return nil, err
		}
	}
	if err := l.LinkNew(ctx); err != nil {
		return nil, err
	}
	return l, l.Flush(ctx)
}

// Sync links the documents of st in no story yet, if there are any: what
// `stories` and `story` do before they answer, so that stories are up to
// date whether or not ingest linked them.
func Sync(ctx context.Context, st storage.Store) error {
	found := false
	err := st.Unlinked(ctx, func(storage.StoryDocument) error {
		found = true
		return errStop
	})
	if err != nil && err != errStop {
		return err
	}
	if !found {
		return nil
	}
	_, err = Open(ctx, st)
	return err
}

var errStop = fmt.Errorf("stop")

// Doc is what the story linker needs of a stored ledger, known by key.
func Doc(key string, d claimledger.Document) stories.Doc {
	out := stories.Doc{ID: key, Title: d.Title, Text: d.Text}
	if out.Title == "" {
		// a plain text file's first line is its headline, as a rule
		line, _, _ := strings.Cut(strings.TrimSpace(d.Text), "\n")
		if len(line) <= 200 {
			out.Title = strings.TrimSpace(line)
		}
	}
	if t, err := time.Parse(time.DateOnly, d.Published); err == nil {
		out.Published = t
	}
	for _, e := range d.Entities {
		out.Entities = append(out.Entities, stories.Entity{Name: e.Name, Type: e.Type})
	}
	for _, p := range d.Places {
		out.Places = append(out.Places, p.Name)
	}
	return out
}

// LinkNew links every stored document not in a story yet, in storing
// order: what a run that stopped before linking left.
func (l *Linker) LinkNew(ctx context.Context) error {
	var docs []storage.StoryDocument
	err := l.st.Unlinked(ctx, func(d storage.StoryDocument) error {
		docs = append(docs, d)
		return nil
	})
	if err != nil {
		return err
	}
	return l.link(ctx, docs)
}

// LinkStored links the documents of a batch just stored whose keys are in
// no story yet: a new version of a document stays in its story.
func (l *Linker) LinkStored(ctx context.Context, batch []storage.Document) error {
	keys := make([]string, len(batch))
	for i, d := range batch {
		keys[i] = d.Key
	}
	linked, err := l.st.LinkedKeys(ctx, keys)
	if err != nil {
		return err
	}
	var docs []storage.StoryDocument
	for _, d := range batch {
		if linked[storage.Clean(d.Key)] {
			continue
		}
		linked[storage.Clean(d.Key)] = true // a key twice in a batch is linked once
		docs = append(docs, storage.StoryDocument{Link: storage.StoryLink{Key: d.Key}, Outlet: storage.Outlet(d.Ledger.Outlet, d.Ledger.URL), Ledger: d.Ledger})
	}
	return l.link(ctx, docs)
}

func (l *Linker) link(ctx context.Context, docs []storage.StoryDocument) error {
	if len(docs) == 0 {
		return nil
	}
	// Reading the texts needs nothing of the linker: it runs on every
	// core, and the linking itself, in order, on this goroutine.
	prepared := make([]*stories.Prepared, len(docs))
	var wg sync.WaitGroup
	workers := min(runtime.GOMAXPROCS(0), len(docs))
	for w := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := w; i < len(docs); i += workers {
				prepared[i] = stories.Prepare(Doc(docs[i].Link.Key, docs[i].Ledger))
			}
		}()
	}
	wg.Wait()
	// A story's summary is taken right after each document that touches
	// it: by the end of the batch the linker may have forgotten it.
	var links []storage.StoryLink
	byID := map[int64]storage.StorySummary{}
	for i, d := range docs {
		lk := l.linker.LinkPrepared(prepared[i])
		why, err := json.Marshal(lk.Why)
		if err != nil {
			return err
		}
		links = append(links, storage.StoryLink{Key: d.Link.Key, Story: lk.Story, CopyOf: lk.CopyOf, Why: why})
		st, ok := l.linker.Story(lk.Story)
		if !ok {
			return fmt.Errorf("story %d of %s not found after linking", lk.Story, d.Link.Key)
		}
		for _, m := range lk.Merged {
			byID[m] = storage.StorySummary{ID: m, Title: st.Title, MergedInto: lk.Story, Places: []string{}, Actors: []string{}}
			delete(l.pending, m)
		}
		byID[st.ID] = summary(st)
		if len(st.Docs) > 1 {
			l.pending[st.ID] = true
		}
	}
	ids := make([]int64, 0, len(byID))
	for id := range byID {
		ids = append(ids, id)
	}
	slices.Sort(ids)
	sums := make([]storage.StorySummary, 0, len(ids))
	for _, id := range ids {
		sums = append(sums, byID[id])
	}
	if err := l.st.SaveStories(ctx, links, sums); err != nil {
		return fmt.Errorf("saving stories: %w", err)
	}
	return nil
}

// Flush appends the status changes of the stories linked to since the last
// Flush: once at the end of a run, since a story that grows over many
// batches would otherwise be read again after each. A run that stops before
// leaves them to the next Flush of those stories: the history of a story is
// read from its documents in arrival order, so what is appended late is the
// same.
func (l *Linker) Flush(ctx context.Context) error {
	ids := make([]int64, 0, len(l.pending))
	for id := range l.pending {
		ids = append(ids, id)
	}
	slices.Sort(ids)
	// Stories are read on every core; their records are appended in
	// story order.
	recs := make([][]storage.StatusRecord, len(ids))
	errs := make([]error, len(ids))
	var wg sync.WaitGroup
	workers := min(runtime.GOMAXPROCS(0), len(ids))
	for w := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := w; i < len(ids); i += workers {
				recs[i], errs[i] = l.history(ctx, ids[i])
			}
		}()
	}
	wg.Wait()
	var all []storage.StatusRecord
	for i, id := range ids {
		if errs[i] != nil {
			return fmt.Errorf("story %d: %w", id, errs[i])
		}
		all = append(all, recs[i]...)
	}
	if _, err := l.st.AppendStatus(ctx, all); err != nil {
		return err
	}
	clear(l.pending)
	return nil
}

func summary(s stories.Story) storage.StorySummary {
	out := storage.StorySummary{ID: s.ID, Title: s.Title, Places: s.Places, Actors: s.Actors, Documents: len(s.Docs)}
	if !s.First.IsZero() {
		out.First = s.First.Format(time.DateOnly)
	}
	if !s.Last.IsZero() {
		out.Last = s.Last.Format(time.DateOnly)
	}
	return out
}

// history reads a story's documents together and gives its claims' status
// changes, to be appended where the store lacks them.
func (l *Linker) history(ctx context.Context, id int64) ([]storage.StatusRecord, error) {
	_, docs, ok, err := l.st.Story(ctx, id)
	if err != nil || !ok || len(docs) < 2 {
		// a report alone leaves its claims unverified, as every claim
		// starts: the history begins with a second report
		return nil, err
	}
	a := Analyze(docs)
	var recs []storage.StatusRecord
	for _, g := range a.Groups {
		if len(g.Mentions) == 0 {
			continue
		}
		group := g.Mentions[0].Doc + "#" + g.Mentions[0].Claim
		for _, h := range g.History {
			recs = append(recs, storage.StatusRecord{Story: id, Group: group, Status: h.Status, Doc: h.Doc, Reason: h.Reason})
		}
	}
	return recs, nil
}

// Analyze reads a story's documents together. Documents are known by their
// keys, which, unlike ledger ids, are unique in a store.
func Analyze(docs []storage.StoryDocument) crossdoc.Analysis {
	reports := make([]crossdoc.Report, len(docs))
	for i, d := range docs {
		led := d.Ledger
		led.ID = d.Link.Key
		reports[i] = crossdoc.Report{Doc: led, Outlet: d.Outlet, CopyOf: d.Link.CopyOf}
	}
	return crossdoc.Analyze(reports)
}
