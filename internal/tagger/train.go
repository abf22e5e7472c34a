package tagger

import (
	"cmp"
	"errors"
	"fmt"
	"math"
	"slices"
)

// Sequence is one training example: per token, its features and its gold
// label. Features are strings, or, when Features is nil, hashes as given to
// Predictor.Add (so training and tagging can share one feature extractor).
type Sequence struct {
	Features [][]string
	Hashes   [][]uint64
	Labels   []string
}

// Options control training. The zero value trains 10 epochs with seed 0,
// keeps every feature, and returns the last weights rather than averaged
// ones; most callers want Average.
type Options struct {
	Epochs int
	Seed   uint64
	// MinFeatureCount drops features seen fewer times in the training data.
	MinFeatureCount int
	// Average returns the weights averaged over every training step, which
	// generalise much better than the last ones.
	Average bool
	// Allowed, if set, forbids label transitions it rejects, in training and
	// tagging alike; prev is "" at the start and next is "" at the end.
	Allowed func(prev, next string) bool
	// Progress, if set, is called after each epoch (from 1) with the number
	// of mislabelled tokens seen during it.
	Progress func(epoch, errors int)
}

// maxLabels keeps Viterbi back-pointers in one byte.
const maxLabels = 255

// Train learns a model from examples. labels gives the label set in index
// order. It fails on a label not in the set, a sequence whose labels and
// features differ in length, or a label set that is empty, too large or
// has an empty or repeated label.
func Train(examples []Sequence, labels []string, opts Options) (*Model, error) {
	index, err := labelIndex(labels)
	if err != nil {
		return nil, err
	}
	if opts.Epochs <= 0 {
		opts.Epochs = 10
	}
	m := &Model{labels: append([]string(nil), labels...)}
	m.allowed = allowedMatrix(labels, opts.Allowed)
	data, rows, err := encode(examples, index, opts.MinFeatureCount)
	if err != nil {
		return nil, err
	}
	t := newTrainer(m, len(rows), data)
	for epoch := 1; epoch <= opts.Epochs; epoch++ {
		errs := t.epoch(opts.Seed, epoch)
		if opts.Progress != nil {
			opts.Progress(epoch, errs)
		}
	}
	t.finish(rows, opts.Average)
	return m, nil
}

func labelIndex(labels []string) (map[string]int, error) {
	if len(labels) == 0 || len(labels) > maxLabels {
		return nil, fmt.Errorf("tagger: %d labels, want 1 to %d", len(labels), maxLabels)
	}
	index := make(map[string]int, len(labels))
	for i, l := range labels {
		if l == "" {
			return nil, errors.New("tagger: empty label")
		}
		if _, dup := index[l]; dup {
			return nil, fmt.Errorf("tagger: label %q repeated", l)
		}
		index[l] = i
	}
	return index, nil
}

// allowedMatrix lays out the transition constraint like Model.trans, with
// the final moves after it.
func allowedMatrix(labels []string, allow func(prev, next string) bool) []bool {
	L := len(labels)
	a := make([]bool, (L+2)*L)
	for p := -1; p <= L; p++ {
		for l := 0; l < L; l++ {
			prev, next := "", labels[l]
			switch {
			case p == L: // final move: from label l to the end
				prev, next = labels[l], ""
			case p >= 0:
				prev = labels[p]
			}
			a[(p+1)*L+l] = allow == nil || allow(prev, next)
		}
	}
	return a
}

// encoded is one example reduced to row numbers: the features of token i
// are rows[ends[i-1]:ends[i]].
type encoded struct {
	rows   []int32
	ends   []int32
	labels []uint8
}

// encode hashes the examples' features, keeps those seen at least minCount
// times, numbers them in order of first appearance (so that numbering does
// not depend on map order), and returns the examples as rows with the key
// of each row.
func encode(examples []Sequence, index map[string]int, minCount int) ([]encoded, []uint32, error) {
	keysOf := func(ex *Sequence, t int, visit func(uint32)) {
		if ex.Features != nil {
			for _, f := range ex.Features[t] {
				visit(featureKey(Hash(f)))
			}
			return
		}
		for _, h := range ex.Hashes[t] {
			visit(featureKey(h))
		}
	}
	counts := make(map[uint32]int32)
	for i := range examples {
		ex := &examples[i]
		n := len(ex.Hashes)
		if ex.Features != nil {
			n = len(ex.Features)
		}
		if n != len(ex.Labels) {
			return nil, nil, fmt.Errorf("tagger: example %d has %d labels for %d tokens", i, len(ex.Labels), n)
		}
		for t := range n {
			keysOf(ex, t, func(k uint32) { counts[k]++ })
		}
	}
	rowOf := make(map[uint32]int32)
	var keys []uint32
	data := make([]encoded, len(examples))
	for i := range examples {
		ex := &examples[i]
		e := encoded{ends: make([]int32, len(ex.Labels)), labels: make([]uint8, len(ex.Labels))}
		for t, l := range ex.Labels {
			id, ok := index[l]
			if !ok {
				return nil, nil, fmt.Errorf("tagger: example %d: label %q not in the label set", i, l)
			}
			e.labels[t] = uint8(id)
			keysOf(ex, t, func(k uint32) {
				if int(counts[k]) < minCount {
					return
				}
				r, ok := rowOf[k]
				if !ok {
					r = int32(len(keys))
					rowOf[k] = r
					keys = append(keys, k)
				}
				e.rows = append(e.rows, r)
			})
			e.ends[t] = int32(len(e.rows))
		}
		data[i] = e
	}
	return data, keys, nil
}

// trainer holds the perceptron's state. Averaging uses the lazy form of
// Daumé (2006), equivalent to per-weight timestamps: each update d at step c
// also adds c·d to acc, and the average after c steps is w − acc/c, so a
// step costs only its updates.
type trainer struct {
	m     *Model
	L     int
	data  []encoded
	order []int
	w     []float32 // feature weights, rows × L
	acc   []float64
	trans []float32 // start and transitions, then final: (L+2) × L
	tacc  []float64
	step  float64
	// scratch for decoding
	scores    []float32
	decode    []float32
	back      []uint8
	prev, cur []float32
	path      []int
}

func newTrainer(m *Model, rows int, data []encoded) *trainer {
	L := len(m.labels)
	t := &trainer{
		m: m, L: L, data: data,
		w: make([]float32, rows*L), acc: make([]float64, rows*L),
		trans: make([]float32, (L+2)*L), tacc: make([]float64, (L+2)*L),
		decode: make([]float32, (L+2)*L),
		prev:   make([]float32, L), cur: make([]float32, L),
		step: 1,
	}
	t.order = make([]int, len(data))
	for i := range t.order {
		t.order[i] = i
	}
	t.refreshTransitions()
	return t
}

func (t *trainer) refreshTransitions() {
	for i, w := range t.trans {
		if !t.m.allowed[i] {
			w = negInf
		}
		t.decode[i] = w
	}
}

// epoch shuffles the examples with a generator seeded by seed and epoch,
// trains on each, and returns the number of mislabelled tokens.
func (t *trainer) epoch(seed uint64, epoch int) int {
	rng := splitmix{seed ^ uint64(epoch)*0x9E3779B97F4A7C15}
	for i := len(t.order) - 1; i > 0; i-- {
		j := int(rng.next() % uint64(i+1))
		t.order[i], t.order[j] = t.order[j], t.order[i]
	}
	errs := 0
	for _, i := range t.order {
		errs += t.learn(&t.data[i])
		t.step++
	}
	return errs
}

// learn tags one example with the current weights and, where the path is
// wrong, moves weight from the predicted labels to the gold ones.
func (t *trainer) learn(e *encoded) int {
	n, L := len(e.labels), t.L
	if n == 0 {
		return 0
	}
	if cap(t.scores) < n*L {
		t.scores = make([]float32, n*L, 2*n*L)
	}
	s := t.scores[:n*L]
	clear(s)
	from := int32(0)
	for i := 0; i < n; i++ {
		si := s[i*L : i*L+L]
		for _, r := range e.rows[from:e.ends[i]] {
			w := t.w[int(r)*L : int(r)*L+L]
			for l := range si {
				si[l] += w[l]
			}
		}
		from = e.ends[i]
	}
	t.path = viterbi(s, n, L, t.decode[:(L+1)*L], t.decode[(L+1)*L:], &t.back, t.prev, t.cur, t.path[:0])
	errs := 0
	from = 0
	for i := 0; i < n; i++ {
		gold, got := int(e.labels[i]), t.path[i]
		if gold != got {
			errs++
			for _, r := range e.rows[from:e.ends[i]] {
				t.bump(t.w, t.acc, int(r)*L+gold, 1)
				t.bump(t.w, t.acc, int(r)*L+got, -1)
			}
		}
		from = e.ends[i]
	}
	if errs == 0 {
		return 0
	}
	goldPrev, gotPrev := -1, -1
	for i := 0; i <= n; i++ {
		gold, got := L, L // past the end: the final row
		if i < n {
			gold, got = int(e.labels[i]), t.path[i]
		}
		if gold != got || goldPrev != gotPrev {
			if i < n {
				t.bump(t.trans, t.tacc, (goldPrev+1)*L+gold, 1)
				t.bump(t.trans, t.tacc, (gotPrev+1)*L+got, -1)
			} else {
				t.bump(t.trans, t.tacc, (L+1)*L+goldPrev, 1)
				t.bump(t.trans, t.tacc, (L+1)*L+gotPrev, -1)
			}
		}
		goldPrev, gotPrev = gold, got
	}
	t.refreshTransitions()
	return errs
}

func (t *trainer) bump(w []float32, acc []float64, i int, d float32) {
	w[i] += d
	acc[i] += t.step * float64(d)
}

// finish writes the final (or averaged) weights into the model, quantised
// to int16 steps of the largest weight over 32767, without the features
// whose weights all come to zero.
func (t *trainer) finish(keys []uint32, average bool) {
	m, L := t.m, t.L
	final := func(w []float32, acc []float64, i int) float32 {
		if !average {
			return w[i]
		}
		return float32(float64(w[i]) - acc[i]/t.step)
	}
	var maxAbs float32
	for i := range t.w {
		t.w[i] = final(t.w, t.acc, i)
		maxAbs = max(maxAbs, float32(math.Abs(float64(t.w[i]))))
	}
	m.scale = 1
	if maxAbs > 0 {
		m.scale = maxAbs / math.MaxInt16
	}
	type feature struct {
		key uint32
		row int
	}
	var kept []feature
	for r, k := range keys {
		for _, v := range t.w[r*L : r*L+L] {
			if quantise(v, m.scale) != 0 {
				kept = append(kept, feature{k, r})
				break
			}
		}
	}
	slices.SortFunc(kept, func(a, b feature) int { return cmp.Compare(a.key, b.key) })
	m.allocFeatures(len(kept))
	for i, f := range kept {
		m.features.insert(f.key, i)
		row := m.row(i)
		for l, v := range t.w[f.row*L : f.row*L+L] {
			row[l] = quantise(v, m.scale)
		}
	}
	m.trans = make([]float32, (L+1)*L)
	m.final = make([]float32, L)
	for i := range m.trans {
		m.trans[i] = final(t.trans, t.tacc, i)
	}
	for l := range m.final {
		m.final[l] = final(t.trans, t.tacc, (L+1)*L+l)
	}
	m.finishTransitions()
}

func quantise(v, scale float32) int16 {
	q := math.Round(float64(v / scale))
	return int16(max(-math.MaxInt16, min(math.MaxInt16, q)))
}

// splitmix is SplitMix64, a small generator whose output is fixed by its
// seed on every platform and Go version.
type splitmix struct{ s uint64 }

func (r *splitmix) next() uint64 {
	r.s += 0x9E3779B97F4A7C15
	z := r.s
	z = (z ^ z>>30) * 0xBF58476D1CE4E5B9
	z = (z ^ z>>27) * 0x94D049BB133111EB
	return z ^ z>>31
}
