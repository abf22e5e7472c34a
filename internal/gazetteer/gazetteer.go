// Package gazetteer is the embedded place-name gazetteer: countries, first-level
// divisions, a few larger regions and every GeoNames populated place of 500
// people or more, looked up by lower-cased name. The data is derived from
// GeoNames (CC-BY 4.0, see NOTICE) by tools/gazetteer and decoded once, on
// first use, so that programs that never geocode pay nothing.
package gazetteer

import (
	_ "embed"
	"github.com/klauspost/compress/zstd"
	"math"
	"runtime/debug"
	"strings"
	"sync"
)

//go:embed data/gazetteer.tsv.zst
var compressed []byte

// Kind says what sort of place an entry is.
type Kind uint8

const (
	City    Kind = iota // a populated place
	Country             // a sovereign state or territory with an ISO code
	Admin1              // a first-level division: state, province, oblast
	Region              // a larger area: continent, sea, historical region
)

// String gives the kind as the output contract spells it.
func (k Kind) String() string {
	switch k {
	case Country:
		return "country"
	case Admin1:
		return "admin1"
	case Region:
		return "region"
	}
	return "city"
}

// Entry is one place. Strings share the decoded data; coordinates are in
// degrees, rounded to 0.01.
type Entry struct {
	Name      string
	Country   string // ISO 3166-1 alpha-2, empty for regions
	Admin1    string // GeoNames admin1 code
	Feature   string // GeoNames feature code of populated places (PPL, PPLA, PPLC...)
	GeonameID int32  // 0 for the hand-written countries, divisions and regions
	Lat, Lon  float32
	HasCoord  bool
	Kind      Kind
	// Population is the place's population; for countries and divisions, the
	// sum over their cities in the data.
	Population int64
	// LogPopulation is log10(Population+1), kept for ranking homonyms.
	LogPopulation float32
}

// Ref points at an entry; Alternate is set when the name looked up is not
// the entry's own name but one of its alternates ("Kiev" for Kyiv).
type Ref struct {
	Entry     *Entry
	Alternate bool
}

// Gazetteer is the decoded data. It is read-only and safe for concurrent use.
type Gazetteer struct {
	entries  []Entry
	names    map[string]int32 // lower-cased name → first posting
	stems    map[string]int32 // lower-cased division stem → first posting
	postings []posting
	maxWords int
}

type posting struct {
	entry int32
	next  int32 // -1 ends the chain
	alt   bool
}

var (
	once   sync.Once
	loaded *Gazetteer
)

// Default returns the embedded gazetteer, decoding it on the first call.
func Default() *Gazetteer {
	once.Do(func() {
		// the decoded data lives as long as the process: collecting while it
		// is built only burns time
		defer debug.SetGCPercent(debug.SetGCPercent(-1))
		loaded = decode(compressed)
	})
	return loaded
}

// Lookup appends to buf the entries whose name or alternate name is key, a
// lower-cased name with single spaces ("belgorod", "new york").
func (g *Gazetteer) Lookup(key string, buf []Ref) []Ref {
	return g.collect(g.names, key, buf)
}

// Divisions appends to buf the first-level divisions that "key region",
// "key oblast" or "key province" names: divisions whose name without its
// division word, or whose seat, is key.
func (g *Gazetteer) Divisions(key string, buf []Ref) []Ref {
	return g.collect(g.stems, key, buf)
}

// LookupBytes is Lookup for a key held in a reusable buffer; it does not
// allocate beyond growing buf.
func (g *Gazetteer) LookupBytes(key []byte, buf []Ref) []Ref {
	p, ok := g.names[string(key)]
	return g.chain(p, ok, buf)
}

// DivisionsBytes is Divisions for a key held in a reusable buffer.
func (g *Gazetteer) DivisionsBytes(key []byte, buf []Ref) []Ref {
	p, ok := g.stems[string(key)]
	return g.chain(p, ok, buf)
}

// MaxWords is the largest number of space-separated words in any name.
func (g *Gazetteer) MaxWords() int { return g.maxWords }

// Len is the number of entries.
func (g *Gazetteer) Len() int { return len(g.entries) }

func (g *Gazetteer) collect(m map[string]int32, key string, buf []Ref) []Ref {
	p, ok := m[key]
	return g.chain(p, ok, buf)
}

func (g *Gazetteer) chain(p int32, ok bool, buf []Ref) []Ref {
	if !ok {
		return buf
	}
	for p >= 0 {
		ps := g.postings[p]
		buf = append(buf, Ref{Entry: &g.entries[ps.entry], Alternate: ps.alt})
		p = ps.next
	}
	return buf
}

func (g *Gazetteer) add(m map[string]int32, key string, entry int32, alt, isName bool) {
	if key == "" {
		return
	}
	next, ok := m[key]
	if !ok {
		next = -1
	}
	m[key] = int32(len(g.postings))
	g.postings = append(g.postings, posting{entry: entry, next: next, alt: alt})
	if isName {
		if w := strings.Count(key, " ") + 1; w > g.maxWords {
			g.maxWords = w
		}
	}
}

// decode reads the generator's format (see tools/gazetteer). Damaged data
// yields a smaller or empty gazetteer, never a panic.
func decode(packed []byte) *Gazetteer {
	g := &Gazetteer{}
	var raw []byte
	if zr, err := zstd.NewReader(nil, zstd.WithDecoderConcurrency(1)); err == nil {
		// the frame header holds the unpacked size: one allocation, no regrowth
		var buf []byte
		var h zstd.Header
		if h.Decode(packed) == nil && h.HasFCS && h.FrameContentSize < 1<<30 {
			buf = make([]byte, 0, h.FrameContentSize)
		}
		raw, _ = zr.DecodeAll(packed, buf)
		zr.Close()
	}
	data := string(raw)
	header, rest := cut(data, '\n')
	_, counts := cut(header, '\t')
	nrec, nkeys := cut(counts, '\t')
	g.entries = make([]Entry, 0, atoi(nrec))
	g.postings = make([]posting, 0, atoi(nkeys))
	g.names = make(map[string]int32, atoi(nkeys))
	g.stems = make(map[string]int32, 1024)
	var f [11]string
	for rest != "" {
		var line string
		line, rest = cut(rest, '\n')
		n := 0
		for n < len(f) {
			f[n], line = cut(line, '\t')
			n++
		}
		if len(f[0]) != 1 {
			continue
		}
		e := Entry{Name: f[2], Country: f[3], Admin1: f[4], Feature: f[8],
			GeonameID: int32(atoi(f[1])), Population: int64(atoi(f[7]))}
		switch f[0][0] {
		case 'c':
			e.Kind = Country
		case 'a':
			e.Kind = Admin1
		case 'r':
			e.Kind = Region
		}
		if f[5] != "" && f[6] != "" {
			e.Lat, e.Lon, e.HasCoord = float32(atoi(f[5]))/100, float32(atoi(f[6]))/100, true
		}
		e.LogPopulation = float32(math.Log10(float64(e.Population) + 1))
		idx := int32(len(g.entries))
		g.entries = append(g.entries, e)
		keys := f[9]
		for first := true; keys != ""; first = false {
			var k string
			k, keys = cut(keys, '|')
			g.add(g.names, k, idx, !first, true)
		}
		for stems := f[10]; stems != ""; {
			var k string
			k, stems = cut(stems, '|')
			g.add(g.stems, k, idx, false, false)
		}
	}
	return g
}

func cut(s string, sep byte) (before, after string) {
	if i := strings.IndexByte(s, sep); i >= 0 {
		return s[:i], s[i+1:]
	}
	return s, ""
}

// atoi parses an optionally negative decimal integer; anything else is 0.
func atoi(s string) int {
	neg := false
	if s != "" && s[0] == '-' {
		neg, s = true, s[1:]
	}
	n := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < '0' || c > '9' {
			return 0
		}
		n = n*10 + int(c-'0')
	}
	if neg {
		return -n
	}
	return n
}
