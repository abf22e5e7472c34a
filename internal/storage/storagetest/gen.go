package storagetest

import (
	"fmt"
	"math/rand"
	"strings"

	"github.com/claimledger/claimledger"
	"github.com/claimledger/claimledger/internal/storage"
)

// common are frequent English words; the rest of the vocabulary is made
// of syllables, so that word frequencies follow Zipf's law as in news text
// without shipping any real article.
var common = strings.Fields(`the of and to a in that is was he for it with as his on be at by
had are but from or have an they which one you were her all she there would their we him been has
when who will more no if out so said what up its about into than them can only other new some
could time these two may then do first any my now such like our over man me even most made after
also did many before must through back years where much your way well down should because each
just those people how too little state good very make world still own see men work long get here
between both life being under never day same another know while last might us great old year off
come since against go came right used take three`)

var syllables = strings.Fields(`ka ro mi ta ne lu vo si pa de ri mo na ta ku be la zo fi gra
tor ven mar sel dun bri chas pol ost hav lin dek ur an is el om`)

// Corpus makes ledgers of made-up news with a realistic shape: a few
// hundred words, about ten claims with sources, cues and contents, figures
// and places. It is deterministic for a seed.
type Corpus struct {
	r     *rand.Rand
	zipf  *rand.Zipf
	vocab []string
}

// NewCorpus prepares a corpus with a vocabulary of 20,000 words.
func NewCorpus(seed int64) *Corpus {
	r := rand.New(rand.NewSource(seed))
	vocab := append([]string{}, common...)
	seen := map[string]bool{}
	for _, w := range vocab {
		seen[w] = true
	}
	for len(vocab) < 20000 {
		var b strings.Builder
		for n := 1 + r.Intn(3); n > 0; n-- {
			b.WriteString(syllables[r.Intn(len(syllables))])
		}
		if w := b.String(); !seen[w] {
			seen[w] = true
			vocab = append(vocab, w)
		}
	}
	return &Corpus{r: r, zipf: rand.NewZipf(r, 1.1, 2, uint64(len(vocab)-1)), vocab: vocab}
}

// Word is one word drawn by frequency.
func (c *Corpus) Word() string { return c.vocab[c.zipf.Uint64()] }

var (
	speakers = []string{"The ministry", "A spokesman", "Maria Olvera", "The army", "Police", "The governor",
		"Witnesses", "The agency", "Ivan Petrenko", "The mayor", "Officials", "The council"}
	cues       = []string{"said", "told reporters", "according to", "denied", "claimed", "warned"}
	stances    = []string{claimledger.StanceAssert, claimledger.StanceAssert, claimledger.StanceAssert, claimledger.StanceDeny, claimledger.StanceAssert, claimledger.StanceThreaten}
	categories = []string{"killed", "wounded", "displaced", "attacks", "destroyed", "other"}
	places     = []struct{ name, country string }{{"Kharkiv", "UA"}, {"Odesa", "UA"}, {"Belgorod", "RU"},
		{"Gaza", "PS"}, {"Aleppo", "SY"}, {"Khartoum", "SD"}, {"Goma", "CD"}, {"Mosul", "IQ"}}
)

// textBuilder writes ASCII text, so byte offsets are code point offsets.
type textBuilder struct{ strings.Builder }

func (b *textBuilder) span(s string) claimledger.Span {
	start := b.Len()
	b.WriteString(s)
	return claimledger.Span{Start: start, End: b.Len(), Text: s}
}

func (c *Corpus) words(n int) string {
	w := make([]string, n)
	for i := range w {
		w[i] = c.Word()
	}
	return strings.Join(w, " ")
}

// Document makes the i-th made-up ledger.
func (c *Corpus) Document(i int) claimledger.Document {
	r := c.r
	d := claimledger.Document{
		ID: fmt.Sprintf("gen-%d", i), Language: "en",
		Published: fmt.Sprintf("2023-%02d-%02d", 1+r.Intn(12), 1+r.Intn(28)),
		URL:       fmt.Sprintf("https://news%d.example.com/story/%d", i%7, i),
		Title:     c.words(4 + r.Intn(6)),
	}
	var b textBuilder
	for s := 0; s < 22; s++ {
		if s%2 == 1 && len(d.Claims) < 10 {
			c.claim(&b, &d)
		} else {
			b.WriteString(strings.ToUpper(c.Word()[:1]) + c.words(8+r.Intn(14)) + ". ")
		}
	}
	d.Text = b.String()
	return d
}

// claim writes one sentence holding a claim, a figure every third claim
// and a place every fifth.
func (c *Corpus) claim(b *textBuilder, d *claimledger.Document) {
	r := c.r
	k := r.Intn(len(speakers))
	cl := claimledger.Claim{ID: fmt.Sprintf("c%d", len(d.Claims)+1), Form: claimledger.FormIndirect,
		Stance: stances[r.Intn(len(stances))], Verification: claimledger.Unknown, Belief: r.Intn(10) == 0}
	src := b.span(speakers[k])
	cl.Source = &claimledger.Source{Span: src, Entity: fmt.Sprintf("e%d", k), Name: speakers[k] + " of " + c.vocab[100+k]}
	b.WriteString(" ")
	cl.Cue = b.span(cues[r.Intn(len(cues))])
	b.WriteString(" ")
	start := b.Len()
	b.WriteString(c.words(4 + r.Intn(8)))
	if len(d.Claims)%3 == 0 {
		b.WriteString(" ")
		n := 1 + r.Intn(300)
		q := claimledger.Quantity{Span: b.span(fmt.Sprint(n)), Value: float64(n), Qualifier: claimledger.QualExact,
			Category: categories[r.Intn(len(categories))], Object: "people", Claim: cl.ID}
		q.Low, q.High = &q.Value, &q.Value
		d.Quantities = append(d.Quantities, q)
		b.WriteString(" people")
	}
	if len(d.Claims)%5 == 0 {
		p := places[r.Intn(len(places))]
		b.WriteString(" in ")
		d.Places = append(d.Places, claimledger.Place{Span: b.span(p.name), Name: p.name, Country: p.country, Kind: "city"})
	}
	end := b.Len()
	cl.Content = claimledger.Content{Span: claimledger.Span{Start: start, End: end, Text: b.String()[start:end]}}
	if r.Intn(3) == 0 {
		cl.Time = d.Published
	}
	b.WriteString(". ")
	d.Claims = append(d.Claims, cl)
}

// Generate makes n ledgers ready for storing.
func Generate(n int, seed int64) []storage.Document {
	c := NewCorpus(seed)
	docs := make([]storage.Document, n)
	for i := range docs {
		docs[i] = storage.NewDocument("generated", c.Document(i))
	}
	return docs
}
