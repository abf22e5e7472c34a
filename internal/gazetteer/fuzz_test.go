package gazetteer

import (
	"sync"
	"testing"
)

var (
	rawOnce sync.Once
	rawData []byte
)

// FuzzDamagedLayout damages one byte of the decompressed layout and looks
// names up: damaged data may lose entries but must never panic.
func FuzzDamagedLayout(f *testing.F) {
	f.Add(uint32(12), byte(0xff), "paris")
	f.Add(uint32(40), byte(0), "kyiv")
	f.Add(uint32(5_000_000), byte(7), "new york")
	f.Add(uint32(11_000_000), byte(0x80), "belgorod")
	f.Fuzz(func(t *testing.T, pos uint32, val byte, key string) {
		rawOnce.Do(func() { rawData = decompress(compressed, heapBuffer) })
		raw := append([]byte(nil), rawData...)
		if len(raw) > 0 {
			raw[int(pos)%len(raw)] = val
		}
		g := parse(raw)
		for _, k := range []string{key, "paris", "kyiv", "belgorod", "santa cruz"} {
			for _, r := range g.Lookup(k, nil) {
				_ = r.Entry.Name + r.Entry.Country + r.Entry.Admin1 + r.Entry.Feature
			}
			g.Divisions(k, nil)
			g.LookupBytes([]byte(k), nil)
		}
		for i := 0; i < g.Len(); i += 997 {
			g.build(i)
		}
	})
}
