package tagger

import (
	"math/rand"
	"strings"
	"sync"
	"testing"
)

// benchWords is a synthetic news-like stream: a Zipf-distributed
// vocabulary of 60k words (some capitalised), punctuation, and cue verbs,
// split into sentences of 10 to 40 tokens.
func benchSentences(n int, seed int64) [][]string {
	g := splitmix{1}
	vocab := make([]string, 60000)
	for i := range vocab {
		w := strings.ToLower(randomName(&g))
		if i%7 == 3 {
			w = randomName(&g)
		}
		vocab[i] = w
	}
	copy(vocab, strings.Fields("the , . of to and a in said that on for “ ” is was with he it as at by from"))
	r := rand.New(rand.NewSource(seed))
	z := rand.NewZipf(r, 1.1, 2, uint64(len(vocab)-1))
	out := make([][]string, n)
	for i := range out {
		s := make([]string, 10+r.Intn(31))
		for j := range s {
			s[j] = vocab[z.Uint64()]
		}
		out[i] = s
	}
	return out
}

// templates are the prefixes of the benchmark's 30 feature templates.
var templates = func() []uint64 {
	names := strings.Fields("bias w= p= pp= n= nn= pw= wn= pwn= sh= psh= nsh= p1= p2= p3= s1= s2= s3= s4= ps3= ns3= pp1= np1= len= pshw= wnsh= ppw= wnn= cap= first=")
	h := make([]uint64, len(names))
	for i, n := range names {
		h[i] = Hash(n)
	}
	return h
}()

var benchLabels = []string{"O", "B-SRC", "I-SRC", "B-CUE", "I-CUE", "B-CON", "I-CON"}

// syntheticModel builds a model of the given number of features: the
// features of a large synthetic corpus, padded with random keys, each with
// two to seven non-zero label weights, the density of a trained perceptron.
func syntheticModel(size int) *Model {
	L := len(benchLabels)
	keys := make(map[uint32]bool, size)
	var order []uint32
	var hs []wordHashes
	for _, s := range benchSentences(40000, 99) {
		hs = hashWords(s, hs)
		for i := range s {
			for _, h := range features(hs, i) {
				if k := featureKey(h); !keys[k] && len(order) < size {
					keys[k] = true
					order = append(order, k)
				}
			}
		}
	}
	g := splitmix{5}
	for len(order) < size {
		if k := uint32(g.next()); !keys[k] {
			keys[k] = true
			order = append(order, k)
		}
	}
	m := &Model{labels: benchLabels, scale: 1.0 / 256, allowed: allowedMatrix(benchLabels, BIO),
		trans: make([]float32, (L+1)*L), final: make([]float32, L)}
	m.allocFeatures(len(order))
	for r, k := range order {
		m.features.insert(k, r)
		nonzero := 2 + int(g.next()%6)
		for j := 0; j < nonzero; j++ {
			q := int16(g.next()%4001) - 2000
			if q == 0 {
				q = 1
			}
			m.row(r)[g.next()%uint64(L)] = q
		}
	}
	for i := range m.trans {
		m.trans[i] = float32(int(g.next()%200)-100) / 50
	}
	m.finishTransitions()
	return m
}

var (
	big   = sync.OnceValue(func() *Model { return syntheticModel(500_000) })
	small = sync.OnceValue(func() *Model { return syntheticModel(100_000) })
)

func textBytes(sentences [][]string) int64 {
	n := 0
	for _, s := range sentences {
		for _, w := range s {
			n += len(w) + 1
		}
	}
	return int64(n)
}

// BenchmarkPredict tags synthetic text with 500k- and 100k-feature, 7-label
// models,
// making 30 features per token as a caller would; MB/s are of text.
func BenchmarkPredict(b *testing.B) {
	b.Run("500k", func(b *testing.B) { benchmarkPredict(b, big()) })
	b.Run("100k", func(b *testing.B) { benchmarkPredict(b, small()) })
}

func benchmarkPredict(b *testing.B, m *Model) {
	sents := benchSentences(300, 7)
	p := m.NewPredictor()
	var hs []wordHashes
	tokens := 0
	for _, s := range sents {
		tokens += len(s)
	}
	b.SetBytes(textBytes(sents))
	b.ReportAllocs()
	b.ResetTimer()
	for range b.N {
		for _, s := range sents {
			hs = hashWords(s, hs)
			for i := range s {
				p.Next()
				for _, h := range features(hs, i) {
					p.Add(h)
				}
			}
			p.Decode()
		}
	}
	b.ReportMetric(float64(tokens)*float64(b.N)/b.Elapsed().Seconds(), "tokens/s")
}

// wordHashes are the per-token hashes a caller computes once per sentence
// and combines with template hashes.
type wordHashes struct{ word, shape, pre1, pre2, pre3, suf1, suf2, suf3, suf4, length uint64 }

func hashWords(words []string, out []wordHashes) []wordHashes {
	out = out[:0]
	for _, w := range words {
		out = append(out, wordHashes{
			word: Hash(w), shape: Hash(shape(w)),
			pre1: Hash(w[:min(1, len(w))]), pre2: Hash(w[:min(2, len(w))]), pre3: Hash(w[:min(3, len(w))]),
			suf1: Hash(suffix(w, 1)), suf2: Hash(suffix(w, 2)), suf3: Hash(suffix(w, 3)), suf4: Hash(suffix(w, 4)), length: uint64(min(len(w), 12)),
		})
	}
	return out
}

// features returns 30 features of token i (word and neighbours, bigrams,
// shapes, affixes), built with Combine from hashes computed once per token,
// the cheap way for callers.
func features(hs []wordHashes, i int) (f [30]uint64) {
	none := wordHashes{word: 1, shape: 1, pre1: 1, suf3: 1}
	at := func(k int) *wordHashes {
		if k < 0 || k >= len(hs) {
			return &none
		}
		return &hs[k]
	}
	w, pr, pp, n, nn := at(i), at(i-1), at(i-2), at(i+1), at(i+2)
	tp := templates
	f[0] = tp[0]
	f[1] = Combine(tp[1], w.word)
	f[2] = Combine(tp[2], pr.word)
	f[3] = Combine(tp[3], pp.word)
	f[4] = Combine(tp[4], n.word)
	f[5] = Combine(tp[5], nn.word)
	f[6] = Combine(Combine(tp[6], pr.word), w.word)
	f[7] = Combine(Combine(tp[7], w.word), n.word)
	f[8] = Combine(Combine(Combine(tp[8], pr.word), w.word), n.word)
	f[9] = Combine(tp[9], w.shape)
	f[10] = Combine(tp[10], pr.shape)
	f[11] = Combine(tp[11], n.shape)
	f[12] = Combine(tp[12], w.pre1)
	f[13] = Combine(tp[13], w.pre2)
	f[14] = Combine(tp[14], w.pre3)
	f[15] = Combine(tp[15], w.suf1)
	f[16] = Combine(tp[16], w.suf2)
	f[17] = Combine(tp[17], w.suf3)
	f[18] = Combine(tp[18], w.suf4)
	f[19] = Combine(tp[19], pr.suf3)
	f[20] = Combine(tp[20], n.suf3)
	f[21] = Combine(tp[21], pp.pre1)
	f[22] = Combine(tp[22], n.pre1)
	f[23] = Combine(tp[23], w.length)
	f[24] = Combine(Combine(tp[24], pr.shape), w.word)
	f[25] = Combine(Combine(tp[25], w.word), n.shape)
	f[26] = Combine(Combine(tp[26], pp.word), w.word)
	f[27] = Combine(Combine(tp[27], w.word), nn.word)
	f[28] = Combine(Combine(tp[28], w.shape), n.shape)
	f[29] = Combine(tp[29], uint64(min(i, 3)))
	return f
}

// BenchmarkPredictHashed is BenchmarkPredict with the feature hashes
// computed beforehand: the cost of the model alone.
func BenchmarkPredictHashed(b *testing.B) {
	m := big()
	sents := benchSentences(300, 7)
	var hashes [][][]uint64
	tokens := 0
	var words []wordHashes
	for _, s := range sents {
		hs := make([][]uint64, len(s))
		words = hashWords(s, words)
		for i := range s {
			f := features(words, i)
			hs[i] = f[:]
		}
		hashes = append(hashes, hs)
		tokens += len(s)
	}
	p := m.NewPredictor()
	b.SetBytes(textBytes(sents))
	b.ReportAllocs()
	b.ResetTimer()
	for range b.N {
		for _, s := range hashes {
			for _, hs := range s {
				p.Next()
				for _, h := range hs {
					p.Add(h)
				}
			}
			p.Decode()
		}
	}
	b.ReportMetric(float64(tokens)*float64(b.N)/b.Elapsed().Seconds(), "tokens/s")
}

// BenchmarkLoad reads the serialised 500k-feature model and reports its
// size.
func BenchmarkLoad(b *testing.B) {
	data, err := big().MarshalBinary()
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(data)))
	b.ResetTimer()
	for range b.N {
		if _, err := Load(data); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(len(data))/1e6, "MB-model")
}

// BenchmarkTrain runs one averaged epoch over 2,000 toy sentences.
func BenchmarkTrain(b *testing.B) {
	data := newToyCorpus(1, 100, 300).sequences(2000)
	tokens := 0
	for _, s := range data {
		tokens += len(s.Labels)
	}
	b.ResetTimer()
	for range b.N {
		if _, err := Train(data, toyLabels, Options{Epochs: 1, Average: true, Allowed: BIO}); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(tokens)*float64(b.N)/b.Elapsed().Seconds(), "tokens/s")
}
