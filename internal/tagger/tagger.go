// Package tagger is a linear-chain sequence labeller trained with the
// averaged structured perceptron (Collins 2002): one label per token, scored
// as the sum of feature×label weights plus label-transition weights, decoded
// exactly by Viterbi.
//
// Why a perceptron: it is simple, fast to train and to run, deterministic
// (the same data and seed give bit-identical weights), needs nothing beyond
// the standard library, and with rich hand-made features it is nearly as good
// as a CRF for span tagging (BIO) while training many times faster, since an
// update costs only the features of the mislabelled tokens and no marginals
// are ever computed.
//
// The package knows nothing of any task or data set: callers compute string
// (or pre-hashed) features per token and pick the label set. Features are
// reduced to 32-bit keys, looked up in an open-addressing table of the kept
// features, and their weights live in one dense slice of int16 multiples of
// a scale (half the memory of float32, so fewer cache misses, and exact to
// serialise); prediction allocates nothing once a Predictor's buffers have
// grown.
package tagger

import "strings"

// Model is a trained tagger. It is immutable and safe for concurrent use;
// each goroutine tags with its own Predictor.
type Model struct {
	labels []string
	// features maps a feature key to its row in weights.
	features table
	// weights holds one row of stride weights per kept feature, the first
	// len(labels) of them used; a weight is its value times scale. Rows are
	// padded to a power of two so that none straddles a cache line.
	weights []int16
	stride  int
	scale   float32
	// trans[(p+1)*L+l] is the weight of label l after label p, with p = -1
	// for the start; final[l] is the weight of ending on l.
	trans []float32
	final []float32
	// allowed marks permitted transitions in the layout of trans and final
	// (final at offset (L+1)*L).
	allowed []bool
	// decodeTrans and decodeFinal are trans and final with forbidden moves
	// at minus infinity, ready for Viterbi.
	decodeTrans []float32
	decodeFinal []float32
}

// Labels returns the label set in index order; Predictor.Decode returns
// indexes into it.
func (m *Model) Labels() []string { return append([]string(nil), m.labels...) }

// Label returns the name of label index i, or "" when out of range.
func (m *Model) Label(i int) string {
	if i < 0 || i >= len(m.labels) {
		return ""
	}
	return m.labels[i]
}

// Features returns the number of features with weights in the model.
func (m *Model) Features() int { return m.features.count }

// Predict labels one sequence given each token's features. It is a
// convenience over Predictor for callers that already hold strings.
func (m *Model) Predict(features [][]string) []string {
	p := m.NewPredictor()
	for _, fs := range features {
		p.Next()
		for _, f := range fs {
			p.AddString(f)
		}
	}
	ids := p.Decode()
	out := make([]string, len(ids))
	for i, id := range ids {
		out[i] = m.labels[id]
	}
	return out
}

// BIO is a transition constraint for Options.Allowed: an inside label I-X
// may only follow B-X or I-X, so no span starts with I-. prev is "" at the
// start of a sequence and next is "" at its end.
func BIO(prev, next string) bool {
	kind, ok := strings.CutPrefix(next, "I-")
	if !ok {
		return true
	}
	pk, ok := strings.CutPrefix(prev, "I-")
	if !ok {
		pk, ok = strings.CutPrefix(prev, "B-")
	}
	return ok && pk == kind
}

// strideFor returns the row length for L labels: L rounded up to a power
// of two while rows fit in a cache line.
func strideFor(L int) int {
	s := 1
	for s < L {
		s *= 2
	}
	if s > 32 {
		return L
	}
	return s
}

// allocFeatures makes room for n features; the caller inserts their keys,
// best in increasing order, which makes the table's writes sequential, and
// fills their rows.
func (m *Model) allocFeatures(n int) {
	m.stride = strideFor(len(m.labels))
	m.features = newTable(n)
	m.weights = make([]int16, n*m.stride)
}

// row returns the label weights of feature row r.
func (m *Model) row(r int) []int16 { return m.weights[r*m.stride : r*m.stride+len(m.labels)] }

// finishTransitions fills the decoding copies of the transition weights.
func (m *Model) finishTransitions() {
	L := len(m.labels)
	m.decodeTrans = make([]float32, len(m.trans))
	m.decodeFinal = make([]float32, L)
	for i, w := range m.trans {
		if !m.allowed[i] {
			w = negInf
		}
		m.decodeTrans[i] = w
	}
	for l, w := range m.final {
		if !m.allowed[(L+1)*L+l] {
			w = negInf
		}
		m.decodeFinal[l] = w
	}
}
