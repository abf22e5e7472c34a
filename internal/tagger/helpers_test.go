package tagger

import (
	"strings"
	"testing"
)

// toyCorpus writes sentences in a small news grammar: people are the
// capitalised words after a title (B-PER, I-PER), other capitalised words
// (places, sentence starts) are not, and "said", "told", "according to"
// are cues. Names come from the pool, so held-out data can use names never
// seen in training and only shape and context tell them apart.
type toyCorpus struct {
	rng   splitmix
	names []string
}

var (
	toyTitles  = []string{"Mr", "Mrs", "Dr", "Gen.", "Minister", "spokeswoman"}
	toyPlaces  = []string{"Kherson", "Geneva", "Brussels", "Lagos", "Ottawa", "Manila"}
	toyFiller  = strings.Fields("the a of in on to and forces city talks troops market officials report shelling week ministry deal aid were was had new more than two three")
	toyOpeners = []string{"The", "On", "In", "Officials", "Residents", "Troops"}
	toyVerbs   = []string{"said", "told", "added"}
)

func newToyCorpus(seed uint64, nameSeed uint64, names int) *toyCorpus {
	c := &toyCorpus{rng: splitmix{seed}}
	g := splitmix{nameSeed}
	for range names {
		c.names = append(c.names, randomName(&g))
	}
	return c
}

func randomName(g *splitmix) string {
	const cons, vows = "bcdfghklmnprstvz", "aeiou"
	var b strings.Builder
	n := 2 + int(g.next()%3)
	for i := 0; i < n; i++ {
		c := cons[g.next()%uint64(len(cons))]
		if i == 0 {
			c -= 'a' - 'A'
		}
		b.WriteByte(c)
		b.WriteByte(vows[g.next()%uint64(len(vows))])
	}
	return b.String()
}

func (c *toyCorpus) pick(list []string) string { return list[c.rng.next()%uint64(len(list))] }

func (c *toyCorpus) filler(words, labels []string, n int) ([]string, []string) {
	for range n {
		w := c.pick(toyFiller)
		if c.rng.next()%6 == 0 {
			w = c.pick(toyPlaces)
		}
		words, labels = append(words, w), append(labels, "O")
	}
	return words, labels
}

func (c *toyCorpus) person(words, labels []string) ([]string, []string) {
	words, labels = append(words, c.pick(toyTitles)), append(labels, "O")
	words, labels = append(words, c.pick(c.names)), append(labels, "B-PER")
	if c.rng.next()%2 == 0 {
		words, labels = append(words, c.pick(c.names)), append(labels, "I-PER")
	}
	return words, labels
}

// sentence returns one sentence in one of three styles: wire copy ("...,
// Mr X said."), press release ("..., according to Dr X Y.") and feature
// ("Mrs X told ...").
func (c *toyCorpus) sentence() (words, labels []string) {
	words, labels = append(words, c.pick(toyOpeners)), append(labels, "O")
	words, labels = c.filler(words, labels, 2+int(c.rng.next()%6))
	switch c.rng.next() % 3 {
	case 0:
		words, labels = append(words, ","), append(labels, "O")
		words, labels = c.person(words, labels)
		words, labels = append(words, c.pick(toyVerbs)), append(labels, "B-CUE")
	case 1:
		words, labels = append(words, ",", "according", "to"), append(labels, "O", "B-CUE", "I-CUE")
		words, labels = c.person(words, labels)
	default:
		words, labels = c.person(words, labels)
		words, labels = append(words, c.pick(toyVerbs)), append(labels, "B-CUE")
		words, labels = c.filler(words, labels, 2+int(c.rng.next()%5))
	}
	return append(words, "."), append(labels, "O")
}

// toyFeatures computes string features the way a caller of the package
// would: word, shape, affixes and neighbours.
func toyFeatures(words []string) [][]string {
	at := func(i int) string {
		if i < 0 || i >= len(words) {
			return "_"
		}
		return strings.ToLower(words[i])
	}
	out := make([][]string, len(words))
	for i, w := range words {
		out[i] = []string{
			"bias", "w=" + at(i), "shape=" + shape(w), "suf2=" + suffix(at(i), 2),
			"p=" + at(i-1), "n=" + at(i+1), "pp=" + at(i-2),
			"pshape=" + shapeAt(words, i-1), "nshape=" + shapeAt(words, i+1),
			"pshape+shape=" + shapeAt(words, i-1) + shape(w),
		}
	}
	return out
}

func shapeAt(words []string, i int) string {
	if i < 0 || i >= len(words) {
		return "_"
	}
	return shape(words[i])
}

func shape(w string) string {
	switch {
	case w == "":
		return "_"
	case w[0] >= 'A' && w[0] <= 'Z':
		return "X"
	case w[0] >= 'a' && w[0] <= 'z':
		return "x"
	}
	return "."
}

func suffix(w string, n int) string { return w[max(0, len(w)-n):] }

func (c *toyCorpus) sequences(n int) []Sequence {
	out := make([]Sequence, n)
	for i := range out {
		words, labels := c.sentence()
		out[i] = Sequence{Features: toyFeatures(words), Labels: labels}
	}
	return out
}

var toyLabels = []string{"O", "B-PER", "I-PER", "B-CUE", "I-CUE"}

func mustTrain(t testing.TB, data []Sequence, opts Options) *Model {
	t.Helper()
	m, err := Train(data, toyLabels, opts)
	if err != nil {
		t.Fatal(err)
	}
	return m
}

func mustMarshal(t testing.TB, m *Model) []byte {
	t.Helper()
	b, err := m.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	return b
}
