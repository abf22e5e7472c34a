package tagger

import (
	"math"
	"slices"
	"testing"
)

// handModel builds a model with given feature weights (one row per
// feature name) and zero transitions.
func handModel(labels []string, allow func(prev, next string) bool, rows map[string][]int16) *Model {
	L := len(labels)
	m := &Model{labels: labels, scale: 1, allowed: allowedMatrix(labels, allow),
		trans: make([]float32, (L+1)*L), final: make([]float32, L)}
	m.allocFeatures(len(rows))
	i := 0
	for f, w := range rows {
		m.features.insert(featureKey(Hash(f)), i)
		copy(m.row(i), w)
		i++
	}
	m.finishTransitions()
	return m
}

func TestViterbiRespectsBIO(t *testing.T) {
	labels := []string{"O", "B-X", "I-X", "B-Y", "I-Y"}
	rows := map[string][]int16{"inside-x": {0, 1, 10, 0, 0}, "inside-y": {0, 0, 0, 2, 9}, "outside": {20, 0, 0, 0, 0}}
	free := handModel(labels, nil, rows)
	bio := handModel(labels, BIO, rows)
	cases := []struct {
		tokens    [][]string
		free, bio []string
	}{
		{[][]string{{"inside-x"}}, []string{"I-X"}, []string{"B-X"}},
		{[][]string{{"inside-x"}, {"inside-x"}}, []string{"I-X", "I-X"}, []string{"B-X", "I-X"}},
		{[][]string{{"inside-x"}, {"inside-y"}}, []string{"I-X", "I-Y"}, []string{"B-Y", "I-Y"}},
		{[][]string{{"outside"}, {"inside-y"}, {"inside-y"}}, []string{"O", "I-Y", "I-Y"}, []string{"O", "B-Y", "I-Y"}},
	}
	for _, c := range cases {
		if got := free.Predict(c.tokens); !slices.Equal(got, c.free) {
			t.Errorf("unconstrained %v: got %v, want %v", c.tokens, got, c.free)
		}
		if got := bio.Predict(c.tokens); !slices.Equal(got, c.bio) {
			t.Errorf("BIO %v: got %v, want %v", c.tokens, got, c.bio)
		}
	}
}

func TestBIO(t *testing.T) {
	for _, c := range []struct {
		prev, next string
		ok         bool
	}{
		{"", "I-X", false}, {"O", "I-X", false}, {"B-Y", "I-X", false}, {"I-Y", "I-X", false},
		{"B-X", "I-X", true}, {"I-X", "I-X", true}, {"O", "B-X", true}, {"I-X", "", true}, {"", "O", true},
	} {
		if BIO(c.prev, c.next) != c.ok {
			t.Errorf("BIO(%q, %q) = %v", c.prev, c.next, !c.ok)
		}
	}
}

// TestViterbiFindsBestPath compares Viterbi with trying every path on short
// sequences with random weights, under a constraint.
func TestViterbiFindsBestPath(t *testing.T) {
	labels := []string{"O", "B-X", "I-X", "B-Y", "I-Y"}
	L := len(labels)
	allowed := allowedMatrix(labels, BIO)
	rng := splitmix{7}
	random := func() float32 { return float32(int64(rng.next()%2001)-1000) / 100 }
	var back []uint8
	prev, cur := make([]float32, L), make([]float32, L)
	for trial := 0; trial < 300; trial++ {
		n := 1 + trial%4
		scores := make([]float32, n*L)
		trans := make([]float32, (L+2)*L)
		for i := range scores {
			scores[i] = random()
		}
		for i := range trans {
			trans[i] = random()
			if !allowed[i] {
				trans[i] = negInf
			}
		}
		got := viterbi(scores, n, L, trans[:(L+1)*L], trans[(L+1)*L:], &back, prev, cur, nil)
		score := func(path []int) float64 {
			s, p := 0.0, -1
			for t, l := range path {
				s += float64(trans[(p+1)*L+l]) + float64(scores[t*L+l])
				p = l
			}
			return s + float64(trans[(L+1)*L+p])
		}
		best := math.Inf(-1)
		path := make([]int, n)
		for code := 0; code < int(math.Pow(float64(L), float64(n))); code++ {
			c := code
			for t := range path {
				path[t], c = c%L, c/L
			}
			best = max(best, score(path))
		}
		if s := score(got); math.Abs(s-best) > 1e-3 || math.IsInf(s, -1) {
			t.Fatalf("trial %d: Viterbi path %v scores %v, best %v", trial, got, s, best)
		}
	}
}

func TestViterbiWhenEverythingIsForbidden(t *testing.T) {
	m := handModel([]string{"A", "B"}, func(string, string) bool { return false }, nil)
	if got := m.Predict([][]string{{"x"}, {"y"}, {"z"}}); len(got) != 3 {
		t.Errorf("got %v, want three labels anyway", got)
	}
}
