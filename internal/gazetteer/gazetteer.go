// Package gazetteer is the embedded place-name gazetteer: countries, first-level
// divisions, a few larger regions and every GeoNames populated place of 500
// people or more, looked up by lower-cased name. The data is derived from
// GeoNames (CC-BY 4.0, see NOTICE) by tools/gazetteer and decoded once, on
// first use, so that programs that never geocode pay nothing.
package gazetteer

import (
	_ "embed"
	"sync"
	"sync/atomic"
	"unsafe"
)

type atomicEntry = atomic.Pointer[Entry]

//go:embed data/gazetteer.bin.zst
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
// degrees, rounded to 0.01. Entries are built on first lookup and then
// shared: the same place always yields the same *Entry.
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
	layout
	// entries holds the Entry of each record once a lookup has built it.
	entries []atomicEntry
}

var (
	once   sync.Once
	loaded *Gazetteer
)

// Default returns the embedded gazetteer, decoding it on the first call.
func Default() *Gazetteer {
	once.Do(func() { loaded = decodeInto(compressed, mappedBuffer) })
	return loaded
}

// Lookup appends to buf the entries whose name or alternate name is key, a
// lower-cased name with single spaces ("belgorod", "new york").
func (g *Gazetteer) Lookup(key string, buf []Ref) []Ref {
	return g.appendRefs(buf, g.names.find(key, HashKey(key)))
}

// Divisions appends to buf the first-level divisions that "key region",
// "key oblast" or "key province" names: divisions whose name without its
// division word, or whose seat, is key.
func (g *Gazetteer) Divisions(key string, buf []Ref) []Ref {
	return g.appendRefs(buf, g.stems.find(key, HashKey(key)))
}

// LookupBytes is Lookup for a key held in a reusable buffer; it does not
// allocate beyond growing buf.
func (g *Gazetteer) LookupBytes(key []byte, buf []Ref) []Ref {
	return g.appendRefs(buf, g.names.find(unsafe.String(unsafe.SliceData(key), len(key)), HashKey(key)))
}

// DivisionsBytes is Divisions for a key held in a reusable buffer.
func (g *Gazetteer) DivisionsBytes(key []byte, buf []Ref) []Ref {
	return g.appendRefs(buf, g.stems.find(unsafe.String(unsafe.SliceData(key), len(key)), HashKey(key)))
}

// MaxWords is the largest number of space-separated words in any name.
func (g *Gazetteer) MaxWords() int { return g.maxWords }

// Len is the number of entries.
func (g *Gazetteer) Len() int { return g.n }

// appendRefs appends the entries of postings, a run of uint32 as the
// generator writes them.
func (g *Gazetteer) appendRefs(buf []Ref, postings string) []Ref {
	for ; len(postings) >= 4; postings = postings[4:] {
		p := uint32(postings[0]) | uint32(postings[1])<<8 | uint32(postings[2])<<16 | uint32(postings[3])<<24
		i := int(p >> 1)
		if i >= len(g.entries) {
			continue
		}
		e := g.entries[i].Load()
		if e == nil {
			e = g.build(i)
		}
		buf = append(buf, Ref{Entry: e, Alternate: p&1 != 0})
	}
	return buf
}

// build makes the Entry of record i, or returns the one another goroutine
// made first.
func (g *Gazetteer) build(i int) *Entry {
	e := g.record(i)
	if !g.entries[i].CompareAndSwap(nil, e) {
		e = g.entries[i].Load()
	}
	return e
}
