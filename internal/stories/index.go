package stories

import (
	"container/heap"
	"math"
	"slices"
	"strings"
	"time"
)

// Linker links documents into stories. It is not safe for concurrent use.
type Linker struct {
	opts Options

	vocab map[string]uint32 // term or feature key -> id
	names []string          // id -> display text
	kinds []byte            // id -> 't' word, 'e' entity, 'p' place
	df    []uint32          // id -> documents (copies aside) containing it
	n     int               // documents counted in df

	post   map[uint32][]*doc // term or feature id -> indexed documents
	lsh    map[uint64][]*doc // band key -> documents
	queue  evictQueue
	newest time.Time
	seq    int
	mark   uint32 // stamp for the per-link scratch fields of doc

	stories  map[int64]*story
	redirect map[int64]int64 // merged story -> the story it went into
	next     int64
}

// maxTerms caps the words kept per document: the most distinctive ones carry
// the evidence, and the cap bounds memory and scoring time.
const maxTerms = 64

// doc is what the linker keeps of a document while it is in the window.
type doc struct {
	id     string
	seq    int
	story  int64
	date   time.Time // zero when unknown
	evict  time.Time // date, or the newest date seen when it arrived
	sig    []uint32
	words  int
	terms  []tw     // capped, sorted by id
	feats  []uint32 // entity ('e') and place ('p') keys, sorted
	copyOf string   // the original, when a copy
	all    []uint32 // every distinct word, for document frequencies; dropped once counted

	// scratch for one Link
	acc  float64
	seen uint32
}

type tw struct {
	id uint32
	tf float32
}

// intern returns the id of a term or feature key, adding it if new.
func (l *Linker) intern(key, display string, kind byte) uint32 {
	if id, ok := l.vocab[key]; ok {
		return id
	}
	id := uint32(len(l.names))
	l.vocab[key] = id
	l.names = append(l.names, display)
	l.kinds = append(l.kinds, kind)
	l.df = append(l.df, 0)
	return id
}

// idf weighs a term by how few of the documents seen contain it.
func (l *Linker) idf(id uint32) float64 {
	return math.Log(1 + float64(l.n+1)/float64(l.df[id]+1))
}

func (l *Linker) weight(t tw) float64 { return (1 + math.Log(float64(t.tf))) * l.idf(t.id) }

// prepare reads a document into the form kept and compared.
func (l *Linker) prepare(d Doc) *doc {
	x := &doc{id: d.ID, date: d.Published}
	ws := words(d.Text, nil)
	x.words = len(ws)
	x.sig, _ = signature(ws)
	tf := map[uint32]float32{}
	for _, w := range ws {
		if t := term(w); t != "" {
			tf[l.intern(t, t, 't')]++
		}
	}
	// A title states what the text is about: its words count double.
	for _, w := range words(d.Title, nil) {
		if t := term(w); t != "" {
			tf[l.intern(t, t, 't')] += 2
		}
	}
	for id, f := range tf {
		x.terms = append(x.terms, tw{id, f})
		x.all = append(x.all, id)
	}
	// Keep the most distinctive words; ties by id so the cut is stable.
	slices.SortFunc(x.terms, func(a, b tw) int {
		wa, wb := l.weight(a), l.weight(b)
		if wa != wb {
			if wa > wb {
				return -1
			}
			return 1
		}
		return int(a.id) - int(b.id)
	})
	if len(x.terms) > maxTerms {
		x.terms = x.terms[:maxTerms]
	}
	slices.SortFunc(x.terms, func(a, b tw) int { return int(a.id) - int(b.id) })
	for _, e := range d.Entities {
		if k := strings.ToLower(strings.TrimSpace(e.Name)); k != "" {
			x.feats = append(x.feats, l.intern("\x01e"+k, strings.TrimSpace(e.Name), 'e'))
		}
	}
	for _, p := range d.Places {
		if k := strings.ToLower(strings.TrimSpace(p)); k != "" {
			x.feats = append(x.feats, l.intern("\x01p"+k, strings.TrimSpace(p), 'p'))
		}
	}
	slices.Sort(x.feats)
	x.feats = slices.Compact(x.feats)
	if len(x.feats) > maxTerms {
		x.feats = x.feats[:maxTerms]
	}
	return x
}

// advance moves the newest date seen and evicts what fell out of the window.
func (l *Linker) advance(x *doc) {
	if x.date.After(l.newest) {
		l.newest = x.date
	}
	x.evict = x.date
	if x.evict.IsZero() {
		x.evict = l.newest
	}
	if l.newest.IsZero() {
		return
	}
	limit := l.newest.Add(-l.opts.Window)
	for len(l.queue) > 0 && l.queue[0].evict.Before(limit) {
		l.remove(heap.Pop(&l.queue).(*doc))
	}
}

// index enters a recorded document into the candidate indexes. Copies go into
// the copy index only: their words are their original's.
func (l *Linker) index(x *doc) {
	seq := l.seq
	l.seq++
	x.seq = seq
	if len(x.sig) == numHashes && x.words >= minCopyWords {
		for _, k := range bandKeys(x.sig) {
			l.lsh[k] = append(l.lsh[k], x)
		}
	}
	if x.copyOf == "" {
		l.n++
		for _, id := range x.all {
			l.df[id]++
		}
		for _, t := range x.terms {
			l.post[t.id] = append(l.post[t.id], x)
		}
		for _, f := range x.feats {
			l.df[f]++
			l.post[f] = append(l.post[f], x)
		}
	}
	x.all = nil
	heap.Push(&l.queue, x)
}

func (l *Linker) remove(x *doc) {
	if len(x.sig) == numHashes && x.words >= minCopyWords {
		for _, k := range bandKeys(x.sig) {
			l.lsh[k] = drop(l.lsh[k], x)
			if len(l.lsh[k]) == 0 {
				delete(l.lsh, k)
			}
		}
	}
	if x.copyOf == "" {
		for _, t := range x.terms {
			l.unpost(t.id, x)
		}
		for _, f := range x.feats {
			l.unpost(f, x)
		}
	}
	x.sig, x.terms, x.feats = nil, nil, nil
}

func (l *Linker) unpost(id uint32, x *doc) {
	if p := drop(l.post[id], x); len(p) > 0 {
		l.post[id] = p
	} else {
		delete(l.post, id)
	}
}

// drop removes x from a list kept in arrival order; the evicted are near the
// front.
func drop(p []*doc, x *doc) []*doc {
	for i, y := range p {
		if y == x {
			copy(p[i:], p[i+1:])
			p[len(p)-1] = nil
			return p[:len(p)-1]
		}
	}
	return p
}

// evictQueue orders the indexed documents by the date they leave the window.
type evictQueue []*doc

func (q evictQueue) Len() int { return len(q) }
func (q evictQueue) Less(i, j int) bool {
	if !q[i].evict.Equal(q[j].evict) {
		return q[i].evict.Before(q[j].evict)
	}
	return q[i].seq < q[j].seq
}
func (q evictQueue) Swap(i, j int) { q[i], q[j] = q[j], q[i] }
func (q *evictQueue) Push(x any)   { *q = append(*q, x.(*doc)) }
func (q *evictQueue) Pop() any {
	old := *q
	x := old[len(old)-1]
	old[len(old)-1] = nil
	*q = old[:len(old)-1]
	return x
}
