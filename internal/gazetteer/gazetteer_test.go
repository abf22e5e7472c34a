package gazetteer

import (
	"testing"
	"time"
)

// find returns the largest entry of that kind and country named key.
func find(t *testing.T, key string, kind Kind, cc string) *Entry {
	t.Helper()
	var best *Entry
	for _, r := range Default().Lookup(key, nil) {
		if r.Entry.Kind == kind && r.Entry.Country == cc && (best == nil || r.Entry.Population > best.Population) {
			best = r.Entry
		}
	}
	if best != nil {
		return best
	}
	t.Fatalf("%q: no %v in %s", key, kind, cc)
	return nil
}

func TestLookup(t *testing.T) {
	if e := find(t, "bakhmut", City, "UA"); e.GeonameID != 713174 || e.Lat < 48.5 || e.Lat > 48.7 {
		t.Errorf("bakhmut: %+v", e)
	}
	if e := find(t, "artemivsk", City, "UA"); e.Name != "Bakhmut" {
		t.Errorf("artemivsk should be Bakhmut, got %+v", e)
	}
	if e := find(t, "kiev", City, "UA"); e.Name != "Kyiv" {
		t.Errorf("kiev should be Kyiv, got %+v", e)
	}
	find(t, "russia", Country, "RU")
	find(t, "united states", Country, "US")
	find(t, "u.s.", Country, "US")
	find(t, "britain", Country, "GB")
	find(t, "georgia", Admin1, "US")
	find(t, "georgia", Country, "GE")
	find(t, "grayvoron", City, "RU")
	if e := find(t, "belgorod oblast", Admin1, "RU"); e.Lat < 50 || e.Lat > 51.5 || e.Lon < 36 || e.Lon > 38.5 {
		t.Errorf("belgorod oblast centroid: %+v", e)
	}
	for _, demonym := range []string{"russian", "ukrainian", "american"} {
		for _, r := range Default().Lookup(demonym, nil) {
			if r.Entry.Kind != City {
				t.Errorf("%q found as %v %s", demonym, r.Entry.Kind, r.Entry.Name)
			}
		}
	}
	if Default().MaxWords() < 3 || Default().Len() < 150000 {
		t.Errorf("gazetteer too small: %d entries, %d words", Default().Len(), Default().MaxWords())
	}
}

func TestDivisions(t *testing.T) {
	var got []string
	for _, r := range Default().Divisions("belgorod", nil) {
		got = append(got, r.Entry.Name)
	}
	if len(got) == 0 || got[0] != "Belgorod Oblast" {
		t.Errorf("belgorod divisions: %v", got)
	}
	rs := Default().Divisions("idlib", nil)
	if len(rs) == 0 || rs[0].Entry.Country != "SY" {
		t.Errorf("idlib divisions: %v", rs)
	}
}

func TestDecodeDamaged(t *testing.T) {
	for _, b := range [][]byte{nil, []byte("junk"), compressed[:len(compressed)/2]} {
		g := decode(b)
		g.Lookup("paris", nil)
	}
}

// TestLoadTime reports how long decoding takes; it asserts nothing about
// speed (see BenchmarkDecode) but that the data decodes whole.
func TestLoadTime(t *testing.T) {
	start := time.Now()
	g := decode(compressed)
	t.Logf("decoded %d entries in %v (embedded %d bytes)", g.Len(), time.Since(start), len(compressed))
	if g.Len() != Default().Len() {
		t.Errorf("decode differs: %d vs %d", g.Len(), Default().Len())
	}
}

func BenchmarkDecode(b *testing.B) {
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		decode(compressed)
	}
}

func BenchmarkLookup(b *testing.B) {
	g := Default()
	var buf []Ref
	for i := 0; i < b.N; i++ {
		buf = g.Lookup("paris", buf[:0])
	}
}

// TestEntriesShared checks that entries built on first lookup are built
// once: concurrent and repeated lookups see the same *Entry.
func TestEntriesShared(t *testing.T) {
	g := decode(compressed)
	keys := []string{"paris", "santa cruz", "springfield", "kiev", "georgia"}
	results := make(chan []Ref, 8)
	for w := 0; w < 8; w++ {
		go func() {
			var all []Ref
			for _, k := range keys {
				all = g.Lookup(k, all)
			}
			results <- all
		}()
	}
	first := <-results
	if len(first) < 20 {
		t.Fatalf("too few entries: %d", len(first))
	}
	for w := 1; w < 8; w++ {
		other := <-results
		for i := range first {
			if other[i] != first[i] {
				t.Fatalf("ref %d differs: %p vs %p", i, other[i].Entry, first[i].Entry)
			}
		}
	}
	if again := g.LookupBytes([]byte("paris"), nil); again[0] != first[0] {
		t.Errorf("LookupBytes gave another entry: %+v", again[0])
	}
}
