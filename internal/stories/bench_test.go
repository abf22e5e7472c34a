package stories

import (
	"fmt"
	"math/rand/v2"
	"runtime"
	"slices"
	"strings"
	"testing"
	"time"
)

// gen makes a stream of news documents: events over many days, each
// reported several times by outlets writing their own text from a shared
// event vocabulary, some reports syndicated word for word with a new first
// line. Words follow a Zipf law over a large vocabulary whose top ranks are
// real stop words, and about one word in a hundred is a new name or typo, so
// the vocabulary keeps growing as real news does.
type gen struct {
	r      *rand.Rand
	zipf   *rand.Zipf
	vocab  []string
	places []string
	actors []string
	start  time.Time
	n      int
	queue  []Doc
	fresh  int
}

func newGen(seed uint64) *gen {
	r := rand.New(rand.NewPCG(seed, seed^0x5eed))
	g := &gen{r: r, start: time.Date(2023, 1, 1, 0, 0, 0, 0, time.UTC)}
	for w := range stop {
		g.vocab = append(g.vocab, w)
	}
	slices.Sort(g.vocab) // map order is random; the generator is not

	for len(g.vocab) < 50000 {
		g.vocab = append(g.vocab, g.word(2+r.IntN(3)))
	}
	g.zipf = rand.NewZipf(r, 1.07, 2, uint64(len(g.vocab)-1))
	for range 2000 {
		g.places = append(g.places, strings.Title(g.word(2+r.IntN(2))))
	}
	for range 5000 {
		g.actors = append(g.actors, strings.Title(g.word(2))+" "+strings.Title(g.word(3)))
	}
	return g
}

var syllables = strings.Fields("ka ro mi tel an sko vo ri du pa len or ich ne gra bu sta zan ol ter")

func (g *gen) word(n int) string {
	var b strings.Builder
	for range n {
		b.WriteString(syllables[g.r.IntN(len(syllables))])
	}
	return b.String()
}

// next returns the next document; perDay sets how many arrive a day.
func (g *gen) next(perDay int) Doc {
	if len(g.queue) == 0 {
		g.event(perDay)
	}
	d := g.queue[0]
	g.queue = g.queue[1:]
	return d
}

// event queues the reports of one event over its first days.
func (g *gen) event(perDay int) {
	r := g.r
	day := g.start.Add(time.Duration(float64(g.n) / float64(perDay) * 24 * float64(time.Hour)))
	places := []string{g.places[r.IntN(len(g.places))], g.places[r.IntN(len(g.places))]}
	var ents []Entity
	for range 3 + r.IntN(3) {
		ents = append(ents, Entity{g.actors[r.IntN(len(g.actors))], "org"})
	}
	topic := make([]string, 25)
	for i := range topic {
		topic[i] = g.vocab[200+r.IntN(20000)]
	}
	reports := 1 + r.IntN(6)
	var wire string
	for i := range reports {
		d := Doc{
			ID:        fmt.Sprintf("doc-%d", g.n),
			Published: day.Add(time.Duration(r.IntN(48)) * time.Hour),
			Entities:  ents[:2+r.IntN(len(ents)-1)],
			Places:    places[:1+r.IntN(2)],
		}
		g.n++
		if wire != "" && r.IntN(3) == 0 {
			d.Title = g.text(topic, places, ents, 8)
			d.Text = g.text(topic, places, ents, 30) + " " + wire[strings.Index(wire, ".")+1:]
		} else {
			d.Title = g.text(topic, places, ents, 8)
			d.Text = g.text(topic, places, ents, 400+r.IntN(400))
			if i == 0 {
				wire = d.Text
			}
		}
		g.queue = append(g.queue, d)
	}
}

// text draws n words: mostly the common language, one in eight from the
// event's own words and names, about one in a hundred new.
func (g *gen) text(topic, places []string, ents []Entity, n int) string {
	var b strings.Builder
	for i := range n {
		if i%15 == 14 {
			b.WriteString(". ")
		}
		switch x := g.r.IntN(100); {
		case x < 9:
			b.WriteString(topic[g.r.IntN(len(topic))])
		case x < 11:
			b.WriteString(places[g.r.IntN(len(places))])
		case x < 13:
			b.WriteString(ents[g.r.IntN(len(ents))].Name)
		case x < 14:
			g.fresh++
			b.WriteString(g.word(3) + fmt.Sprint(g.fresh%97))
		default:
			b.WriteString(g.vocab[g.zipf.Uint64()])
		}
		b.WriteByte(' ')
	}
	return b.String()
}

func heapMB() float64 {
	runtime.GC()
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	return float64(m.HeapInuse) / (1 << 20)
}

// BenchmarkLink links documents into a linker already holding 100,000 (500 a
// day over 200 days) and reports the heap in use after filling it to 50,000
// and to 100,000 documents, to show the window keeps memory from growing with
// the documents linked. The linker forgets closed stories, as it does when a
// store keeps them (internal/storyline).
func BenchmarkLink(b *testing.B) {
	const perDay, existing = 500, 100000
	g := newGen(1)
	l := New(Options{Forget: true})
	base := heapMB()
	var half float64
	t0 := time.Now()
	for i := range existing {
		l.Link(g.next(perDay))
		if i == existing/2 {
			half = heapMB() - base
		}
	}
	fill := time.Since(t0)
	full := heapMB() - base
	docs := make([]Doc, 2000)
	for i := range docs {
		docs[i] = g.next(perDay)
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if i > 0 && i%len(docs) == 0 {
			b.StopTimer()
			for j := range docs {
				docs[j] = g.next(perDay)
			}
			b.StartTimer()
		}
		l.Link(docs[i%len(docs)])
	}
	b.StopTimer()
	b.ReportMetric(half, "heapMB@50k")
	b.ReportMetric(full, "heapMB@100k")
	b.ReportMetric(float64(fill.Microseconds())/existing, "µs/fill-doc")
	b.ReportMetric(float64(len(l.queue)), "indexed-docs")
	b.ReportMetric(float64(len(l.stories)), "stories")
	b.ReportMetric(float64(len(l.names)), "names")
}
