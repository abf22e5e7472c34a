package gazetteer

import (
	"encoding/binary"
	"math"
	"unsafe"

	"github.com/klauspost/compress/zstd"
)

// layout is the generator's binary format (see tools/gazetteer), used in
// place: every field is a slice of the one decompressed buffer, so loading
// costs the decompression and nothing per record or per key.
type layout struct {
	n           int
	maxWords    int
	atomOff     column // × (codes+1)
	atoms       string
	nameOff     column // × (n+1)
	nameText    string
	ids, pops   column
	lats, lons  column // int16
	ccs, admins column // codes
	features    column // codes
	kinds       column
	names       keyTable
	stems       keyTable
}

const magic = "CLGAZ\x03\n\x00"

// keyTable is a hash table of keys to postings whose buckets are
// contiguous byte ranges of keys.
type keyTable struct {
	mask    uint64
	buckets []byte // uint32 × (mask+2)
	keys    string
}

// decode decompresses and slices the generator's output. Damaged data
// yields a smaller or empty gazetteer, never a panic.
func decode(packed []byte) *Gazetteer {
	return decodeInto(packed, heapBuffer)
}

func heapBuffer(size int) []byte { return make([]byte, 0, size) }

// decodeInto is decode with the decompressed data in a buffer from
// newBuffer, which must return an empty buffer of the capacity asked.
func decodeInto(packed []byte, newBuffer func(size int) []byte) *Gazetteer {
	return parse(decompress(packed, newBuffer))
}

// parse slices raw, the decompressed layout, which it keeps.
func parse(raw []byte) *Gazetteer {
	g := &Gazetteer{}
	if len(raw) < len(magic)+20 || string(raw[:len(magic)]) != magic {
		return g
	}
	le := binary.LittleEndian
	p := len(magic)
	header := func() int { v := int(le.Uint32(raw[p:])); p += 4; return v }
	n, codes, maxWords, nameBits, stemBits := header(), header(), header(), header(), header()
	if n > 1<<26 || codes > 1<<16 || nameBits > 26 || stemBits > 26 {
		return g
	}
	// names and codes are substrings of the buffer, never written again
	data := unsafe.String(unsafe.SliceData(raw), len(raw))
	ok := true
	// section returns the next section, which must be size bytes long
	// unless size is negative.
	section := func(size int) (lo, hi int) {
		if !ok || p+4 > len(raw) {
			ok = false
			return 0, 0
		}
		l := int(le.Uint32(raw[p:]))
		p += 4
		if l > len(raw)-p || size >= 0 && l != size {
			ok = false
			return 0, 0
		}
		p += l
		return p - l, p
	}
	bytes := func(size int) []byte { lo, hi := section(size); return raw[lo:hi:hi] }
	text := func() string { lo, hi := section(-1); return data[lo:hi] }
	col := func(count, width int) column { return column{bytes(count * width), count, width} }
	var l layout
	l.n, l.maxWords = n, maxWords
	l.atomOff = col(codes+1, 4)
	l.atoms = text()
	l.nameOff = col(n+1, 4)
	l.nameText = text()
	l.ids, l.pops = col(n, 4), col(n, 4)
	l.lats, l.lons = col(n, 2), col(n, 2)
	l.ccs, l.admins, l.features = col(n, 2), col(n, 2), col(n, 2)
	l.kinds = col(n, 1)
	l.names = keyTable{mask: 1<<nameBits - 1, buckets: bytes(4 * (1<<nameBits + 1)), keys: text()}
	l.stems = keyTable{mask: 1<<stemBits - 1, buckets: bytes(4 * (1<<stemBits + 1)), keys: text()}
	if !ok {
		return g
	}
	g.layout = l
	g.entries = make([]atomicEntry, n)
	return g
}

// decompress unpacks the one zstd frame into a buffer of the size its
// header records: one allocation, no regrowth.
func decompress(packed []byte, newBuffer func(size int) []byte) []byte {
	zr, err := zstd.NewReader(nil, zstd.WithDecoderConcurrency(1))
	if err != nil {
		return nil
	}
	defer zr.Close()
	var buf []byte
	var h zstd.Header
	if h.Decode(packed) == nil && h.HasFCS && h.FrameContentSize < 1<<30 {
		buf = newBuffer(int(h.FrameContentSize))
	}
	raw, err := zr.DecodeAll(packed, buf)
	if err != nil {
		return nil
	}
	return raw
}

// find returns the postings of key, whose hash is h, or "".
func (t *keyTable) find(key string, h uint64) string {
	b := int(h & t.mask)
	if 4*b+8 > len(t.buckets) {
		return ""
	}
	lo := int(binary.LittleEndian.Uint32(t.buckets[4*b:]))
	hi := int(binary.LittleEndian.Uint32(t.buckets[4*b+4:]))
	if lo > hi || hi > len(t.keys) {
		return ""
	}
	run := t.keys[lo:hi]
	for len(run) > 0 {
		kl := int(run[0])
		if 1+kl >= len(run) {
			return ""
		}
		np := 4 * int(run[1+kl])
		end := 2 + kl + np
		if end > len(run) {
			return ""
		}
		if kl == len(key) && run[1:1+kl] == key {
			return run[2+kl : end]
		}
		run = run[end:]
	}
	return ""
}

// record makes the Entry of record i, which must be below n.
func (l *layout) record(i int) *Entry {
	kind := l.kinds.at(i)
	e := &Entry{
		Name:       between(l.nameText, l.nameOff, i),
		Country:    l.atom(l.ccs.at(i)),
		Admin1:     l.atom(l.admins.at(i)),
		Feature:    l.atom(l.features.at(i)),
		GeonameID:  int32(l.ids.at(i)),
		Population: int64(l.pops.at(i)),
		Kind:       Kind(kind & 3),
		HasCoord:   kind&0x80 != 0,
	}
	if e.HasCoord {
		e.Lat = float32(int16(l.lats.at(i))) / 100
		e.Lon = float32(int16(l.lons.at(i))) / 100
	}
	e.LogPopulation = float32(math.Log10(float64(e.Population) + 1))
	return e
}

func (l *layout) atom(code uint32) string {
	if int(code)+1 >= l.atomOff.count {
		return ""
	}
	return between(l.atoms, l.atomOff, int(code))
}

// between is the i-th of the strings that offsets (count+1 of them) cut s
// into, or "" when the offsets are damaged.
func between(s string, offsets column, i int) string {
	lo, hi := int(offsets.at(i)), int(offsets.at(i+1))
	if lo > hi || hi > len(s) {
		return ""
	}
	return s[lo:hi]
}

// column is count unsigned values of width bytes stored as width byte
// planes, least significant first (see tools/gazetteer).
type column struct {
	planes       []byte
	count, width int
}

// at is value i, which must be below count.
func (c column) at(i int) uint32 {
	var v uint32
	for k := 0; k < c.width; k++ {
		v |= uint32(c.planes[k*c.count+i]) << (8 * k)
	}
	return v
}

// HashKey is the hash of the layout's key tables, shared with the generator
// (tools/gazetteer): FNV-1a followed by a finalising mix so that the low bits
// spread well.
func HashKey[K string | []byte](k K) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(k); i++ {
		h ^= uint64(k[i])
		h *= 1099511628211
	}
	h ^= h >> 33
	h *= 0xff51afd7ed558ccd
	h ^= h >> 33
	return h
}
