package stories

import (
	"cmp"
	"container/heap"
	"math"
	"slices"
	"strings"
	"time"
)

// Linker links documents into stories. It is not safe for concurrent use.
type Linker struct {
	opts Options

	names map[uint64]*name // term or feature id -> its text, while indexed documents hold it
	df    *sketch          // documents (copies aside) containing a term or feature
	n     int              // documents counted in df

	post   map[uint64][]*doc // term or feature id -> indexed documents
	lsh    map[uint64][]*doc // band key -> documents
	queue  evictQueue
	newest time.Time
	seq    int
	mark   uint32 // stamp for the per-link scratch fields of doc

	// idfs memoises idf: one link scores thousands of terms against
	// dozens of documents. A value stands while the documents counted grow
	// by less than a sixty-fourth, too little to move a weight that matters.
	idfs map[uint64]idfAt

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
	terms  []tw            // capped, sorted by id
	feats  []uint64        // entity ('e') and place ('p') ids, sorted
	copyOf string          // the original, when a copy
	all    []uint64        // every distinct word, for document frequencies; dropped once counted
	text   map[uint64]name // names of terms and feats, until indexed

	// wts holds the weights of terms, in order, and norm their Euclidean
	// norm, as of wn documents counted; see termWeights.
	wts  []float64
	norm float64
	wn   int

	// scratch for one Link
	acc  float64
	seen uint32
}

type tw struct {
	id uint64
	tf float32
}

// name is the text of a term or feature, kept only while some indexed
// document holds it, so the vocabulary does not grow with the documents seen.
type name struct {
	text string
	kind byte // 't' word, 'e' entity, 'p' place
	refs int32
}

// sketch counts document frequencies in fixed memory: a count-min sketch of
// two rows, whose estimate (the smaller count) errs only upwards and only
// when a word shares both its cells with more frequent words.
type sketch [2][1 << 20]uint32

func (s *sketch) add(id uint64) {
	s[0][id&(1<<20-1)]++
	s[1][(id>>32)&(1<<20-1)]++
}

func (s *sketch) get(id uint64) uint32 {
	return min(s[0][id&(1<<20-1)], s[1][(id>>32)&(1<<20-1)])
}

// key is the id of a term or feature.
func key(k string) uint64 { return mix(hashWord(k)) }

// idf weighs a term by how few of the documents seen contain it.
type idfAt struct {
	v float64
	n int
}

func (l *Linker) idf(id uint64) float64 {
	if l.idfs == nil || len(l.idfs) > 1<<17 {
		l.idfs = make(map[uint64]idfAt, 4096)
	}
	if e, ok := l.idfs[id]; ok && l.n-e.n <= e.n/64 {
		return e.v
	}
	v := math.Log(1 + float64(l.n+1)/float64(l.df.get(id)+1))
	l.idfs[id] = idfAt{v, l.n}
	return v
}

// termWeights returns x's term weights and their norm, computed again
// once the documents counted have grown by a sixty-fourth since: scoring
// a link compares each candidate's terms, and weights drift slowly.
func (l *Linker) termWeights(x *doc) ([]float64, float64) {
	if x.wts != nil && l.n-x.wn <= x.wn/64 {
		return x.wts, x.norm
	}
	if cap(x.wts) < len(x.terms) {
		x.wts = make([]float64, len(x.terms))
	}
	x.wts = x.wts[:len(x.terms)]
	var sum float64
	for i, t := range x.terms {
		w := l.weight(t)
		x.wts[i] = w
		sum += w * w
	}
	x.norm, x.wn = math.Sqrt(sum), l.n
	return x.wts, x.norm
}

func (l *Linker) weight(t tw) float64 { return (1 + math.Log(float64(t.tf))) * l.idf(t.id) }

// prepare reads a document into the form kept and compared.
// Prepared is a document read for linking: its words counted and hashed.
// Reading needs nothing of the linker, so callers may prepare documents on
// other goroutines and link them in order with LinkPrepared.
type Prepared struct {
	d Doc
	x *doc
}

// Prepare reads d for linking.
func Prepare(d Doc) *Prepared {
	x := &doc{id: d.ID, date: d.Published}
	ws := words(d.Text, nil)
	x.words = len(ws)
	x.sig, _ = signature(ws)
	tf := map[uint64]float32{}
	x.text = map[uint64]name{}
	for _, w := range ws {
		if t := term(w); t != "" {
			tf[x.intern(t, t, 't')]++
		}
	}
	// A title states what the text is about: its words count double.
	for _, w := range words(d.Title, nil) {
		if t := term(w); t != "" {
			tf[x.intern(t, t, 't')] += 2
		}
	}
	for id, f := range tf {
		x.terms = append(x.terms, tw{id, f})
		x.all = append(x.all, id)
	}
	for _, e := range d.Entities {
		if k := strings.ToLower(strings.TrimSpace(e.Name)); k != "" {
			x.feats = append(x.feats, x.intern("\x01e"+k, strings.TrimSpace(e.Name), 'e'))
		}
	}
	for _, p := range d.Places {
		if k := strings.ToLower(strings.TrimSpace(p)); k != "" {
			x.feats = append(x.feats, x.intern("\x01p"+k, strings.TrimSpace(p), 'p'))
		}
	}
	slices.Sort(x.feats)
	x.feats = slices.Compact(x.feats)
	if len(x.feats) > maxTerms {
		x.feats = x.feats[:maxTerms]
	}
	return &Prepared{d: d, x: x}
}

// rank keeps the most distinctive of a prepared document's words, by the
// document frequencies seen so far.
func (l *Linker) rank(x *doc) {
	// Keep the most distinctive words; ties by id so the cut is stable.
	type ranked struct {
		t tw
		w float64
	}
	rs := make([]ranked, len(x.terms))
	for i, t := range x.terms {
		rs[i] = ranked{t, l.weight(t)}
	}
	slices.SortFunc(rs, func(a, b ranked) int {
		if a.w != b.w {
			if a.w > b.w {
				return -1
			}
			return 1
		}
		return cmp.Compare(a.t.id, b.t.id)
	})
	for i := range rs {
		x.terms[i] = rs[i].t
	}
	if len(x.terms) > maxTerms {
		x.terms = x.terms[:maxTerms]
	}
	slices.SortFunc(x.terms, func(a, b tw) int { return cmp.Compare(a.id, b.id) })
}

// intern returns the id of a term or feature and notes its text.
func (x *doc) intern(k, text string, kind byte) uint64 {
	id := key(k)
	if _, ok := x.text[id]; !ok {
		x.text[id] = name{text: text, kind: kind}
	}
	return id
}

// hold notes that an indexed document holds a term or feature.
func (l *Linker) hold(x *doc, id uint64) {
	if n := l.names[id]; n != nil {
		n.refs++
		return
	}
	n := x.text[id]
	n.refs = 1
	l.names[id] = &n
}

func (l *Linker) release(id uint64) {
	if n := l.names[id]; n != nil {
		if n.refs--; n.refs <= 0 {
			delete(l.names, id)
		}
	}
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
	if s := l.stories[l.find(x.story)]; s != nil {
		s.live++
	}
	if x.copyOf == "" {
		l.n++
		for _, id := range x.all {
			l.df.add(id)
		}
		for _, t := range x.terms {
			l.post[t.id] = append(l.post[t.id], x)
		}
		for _, f := range x.feats {
			l.df.add(f)
			l.post[f] = append(l.post[f], x)
		}
	}
	for _, t := range x.terms {
		l.hold(x, t.id)
	}
	for _, f := range x.feats {
		l.hold(x, f)
	}
	x.all, x.text = nil, nil
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
	for _, t := range x.terms {
		l.release(t.id)
	}
	for _, f := range x.feats {
		l.release(f)
	}
	x.sig, x.terms, x.feats = nil, nil, nil
	if s := l.stories[l.find(x.story)]; s != nil {
		if s.live--; s.live == 0 && l.opts.Forget {
			// no document of it can be matched again: a store holds it
			delete(l.stories, s.id)
			for _, m := range s.merged {
				delete(l.redirect, m)
			}
		}
	}
}

func (l *Linker) unpost(id uint64, x *doc) {
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
