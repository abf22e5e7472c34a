package tagger

import "math"

var negInf = float32(math.Inf(-1))

// Predictor tags sequences with one model, reusing its buffers so that
// tagging allocates nothing once they have grown to the longest sequence.
// Features are given token by token as hashes, which callers can compute
// without building strings (see Hash and Extend).
//
// A token's features are looked up together when the next token starts:
// first every table slot is loaded, then every weight row, so that the
// cache misses of a large model overlap instead of queueing.
//
// A Predictor is not safe for concurrent use.
type Predictor struct {
	m *Model
	// scores holds the label scores of each token, len(labels) per token.
	scores []float32
	// keys are the current token's features; slots their first table slots.
	keys  []uint32
	slots []uint64
	sum   []int32
	back  []uint8
	prev  []float32
	cur   []float32
	out   []int
	n     int
}

// NewPredictor returns a Predictor for m.
func (m *Model) NewPredictor() *Predictor {
	L := len(m.labels)
	return &Predictor{m: m, prev: make([]float32, L), cur: make([]float32, L), sum: make([]int32, m.stride)}
}

// Reset forgets the tokens given so far. Decode resets as well.
func (p *Predictor) Reset() {
	p.n = 0
	p.scores = p.scores[:0]
	p.keys = p.keys[:0]
}

// Next starts a new token; the features added after it belong to it.
func (p *Predictor) Next() {
	p.score()
	L := len(p.m.labels)
	p.n++
	need := p.n * L
	if cap(p.scores) < need {
		grown := make([]float32, need, 2*need)
		copy(grown, p.scores)
		p.scores = grown
	}
	p.scores = p.scores[:need]
}

// Add adds a feature, given by its hash, to the current token. Features
// the model does not know are ignored, as is any feature before the first
// Next.
func (p *Predictor) Add(hash uint64) {
	if p.n > 0 {
		p.keys = append(p.keys, featureKey(hash))
	}
}

// AddString adds a feature given as a string: AddString(s) == Add(Hash(s)).
func (p *Predictor) AddString(s string) { p.Add(Hash(s)) }

// score sets the current token's label scores from its features.
func (p *Predictor) score() {
	if p.n == 0 {
		return
	}
	m := p.m
	t := &m.features
	sum := p.sum
	clear(sum)
	if keys := p.keys; len(keys) > 0 && len(t.slots) > 0 {
		if cap(p.slots) < len(keys) {
			p.slots = make([]uint64, len(keys), 2*len(keys))
		}
		slots := p.slots[:len(keys)]
		for i, k := range keys {
			slots[i] = t.slots[k>>t.shift]
		}
		S := m.stride
		for i, k := range keys {
			s, row := slots[i], -1
			if s != 0 {
				if uint32(s>>32) == k {
					row = int(uint32(s)) - 1
				} else {
					row = t.find(k)
				}
			}
			if row >= 0 {
				w := m.weights[row*S : row*S+S]
				for l := range sum {
					sum[l] += int32(w[l])
				}
			}
		}
	}
	L := len(m.labels)
	s := p.scores[(p.n-1)*L : p.n*L]
	for l := range s {
		s[l] = float32(sum[l]) * m.scale
	}
	p.keys = p.keys[:0]
}

// Decode returns the best label sequence for the tokens given since the
// last Reset or Decode, as indexes into the model's labels, and resets.
// The slice is reused by the next Decode.
func (p *Predictor) Decode() []int {
	p.score()
	m := p.m
	p.out = viterbi(p.scores, p.n, len(m.labels), m.decodeTrans, m.decodeFinal, &p.back, p.prev, p.cur, p.out[:0])
	p.Reset()
	return p.out
}

// viterbi returns in out the label path of n tokens with the highest total
// of emission scores (L per token), transition weights trans (row 0 is the
// start) and final weights. Forbidden moves carry minus infinity; if every
// path is forbidden some path is still returned. back, prev and cur are
// scratch space.
func viterbi(scores []float32, n, L int, trans, final []float32, back *[]uint8, prev, cur []float32, out []int) []int {
	if n == 0 || L == 0 {
		return out
	}
	if cap(*back) < n*L {
		*back = make([]uint8, n*L, 2*n*L)
	}
	bp := (*back)[:n*L]
	for l := 0; l < L; l++ {
		prev[l] = trans[l] + scores[l]
	}
	for t := 1; t < n; t++ {
		s := scores[t*L : t*L+L]
		b := bp[t*L : t*L+L]
		for l := 0; l < L; l++ {
			best, arg := negInf, 0
			for q := 0; q < L; q++ {
				v := prev[q] + trans[(q+1)*L+l]
				if v > best {
					best, arg = v, q
				}
			}
			cur[l] = best + s[l]
			b[l] = uint8(arg)
		}
		prev, cur = cur, prev
	}
	best, arg := negInf, 0
	for l := 0; l < L; l++ {
		if v := prev[l] + final[l]; v > best {
			best, arg = v, l
		}
	}
	for t := 0; t < n; t++ {
		out = append(out, 0)
	}
	for t := n - 1; t >= 0; t-- {
		out[t] = arg
		arg = int(bp[t*L+arg])
	}
	return out
}
