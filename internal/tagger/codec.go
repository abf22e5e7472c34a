package tagger

import (
	"cmp"
	"encoding/binary"
	"errors"
	"fmt"
	"hash/crc32"
	"math"
	"slices"
)

// The serialised model, little-endian:
//
//	magic "CLTAGGER", version uint16
//	label count uvarint, then each label as uvarint length + bytes
//	allowed transitions: (L+2)·L bits, packed low bit first
//	transitions (L+1)·L and final L weights as float32
//	scale float32
//	feature count uvarint, then per feature in increasing key order:
//	  key minus previous key, uvarint
//	  a bit mask of its non-zero labels, ⌈L/8⌉ bytes
//	  the non-zero weights as int16 multiples of scale
//	CRC-32C of everything before it, uint32
//
// Keys are sorted so their gaps fit in two or three bytes, and only non-zero
// weights are written since most features matter for few labels.
const (
	magic   = "CLTAGGER"
	version = 1
)

var castagnoli = crc32.MakeTable(crc32.Castagnoli)

// MarshalBinary serialises the model; the same model always gives the same
// bytes.
func (m *Model) MarshalBinary() ([]byte, error) {
	L := len(m.labels)
	b := make([]byte, 0, 64+m.features.count*(3+(L+7)/8+2*L))
	b = append(b, magic...)
	b = binary.LittleEndian.AppendUint16(b, version)
	b = binary.AppendUvarint(b, uint64(L))
	for _, l := range m.labels {
		b = binary.AppendUvarint(b, uint64(len(l)))
		b = append(b, l...)
	}
	b = appendBits(b, m.allowed)
	for _, w := range m.trans {
		b = binary.LittleEndian.AppendUint32(b, math.Float32bits(w))
	}
	for _, w := range m.final {
		b = binary.LittleEndian.AppendUint32(b, math.Float32bits(w))
	}
	b = binary.LittleEndian.AppendUint32(b, math.Float32bits(m.scale))
	type entry struct {
		key uint32
		row int
	}
	entries := make([]entry, 0, m.features.count)
	for _, s := range m.features.slots {
		if s != 0 {
			entries = append(entries, entry{uint32(s >> 32), int(uint32(s)) - 1})
		}
	}
	slices.SortFunc(entries, func(a, b entry) int { return cmp.Compare(a.key, b.key) })
	b = binary.AppendUvarint(b, uint64(len(entries)))
	maskLen := (L + 7) / 8
	prev := uint32(0)
	for _, e := range entries {
		b = binary.AppendUvarint(b, uint64(e.key-prev))
		prev = e.key
		at := len(b)
		b = append(b, make([]byte, maskLen)...)
		for l, q := range m.row(e.row) {
			if q != 0 {
				b[at+l/8] |= 1 << (l % 8)
				b = binary.LittleEndian.AppendUint16(b, uint16(q))
			}
		}
	}
	return binary.LittleEndian.AppendUint32(b, crc32.Checksum(b, castagnoli)), nil
}

func appendBits(b []byte, bits []bool) []byte {
	for i := 0; i < len(bits); i += 8 {
		var c byte
		for j := 0; j < 8 && i+j < len(bits); j++ {
			if bits[i+j] {
				c |= 1 << j
			}
		}
		b = append(b, c)
	}
	return b
}

var errDamaged = errors.New("tagger: damaged model")

// Load reads a model written by MarshalBinary. It does not keep b, so b may
// be an embedded file. Damaged or foreign data yields an error, never a
// panic.
func Load(b []byte) (*Model, error) {
	if len(b) < len(magic)+2+4 || string(b[:len(magic)]) != magic {
		return nil, errors.New("tagger: not a model")
	}
	if v := binary.LittleEndian.Uint16(b[len(magic):]); v != version {
		return nil, fmt.Errorf("tagger: model version %d, want %d", v, version)
	}
	body := b[:len(b)-4]
	if crc32.Checksum(body, castagnoli) != binary.LittleEndian.Uint32(b[len(b)-4:]) {
		return nil, errDamaged
	}
	r := reader{b: body, at: len(magic) + 2}
	L := r.count(maxLabels)
	if L == 0 {
		return nil, errDamaged
	}
	m := &Model{labels: make([]string, L)}
	seen := make(map[string]bool, L)
	for i := range m.labels {
		m.labels[i] = string(r.bytes(r.count(len(body))))
		if m.labels[i] == "" || seen[m.labels[i]] {
			return nil, errDamaged
		}
		seen[m.labels[i]] = true
	}
	m.allowed = r.bits((L + 2) * L)
	m.trans = r.floats((L + 1) * L)
	m.final = r.floats(L)
	m.scale = r.float()
	if r.err != nil || !(m.scale > 0) || math.IsInf(float64(m.scale), 0) {
		return nil, errDamaged
	}
	maskLen := (L + 7) / 8
	// Every written feature has a key gap, a mask and a non-zero weight.
	n := r.count((len(body) - r.at) / (1 + maskLen + 2))
	if r.err != nil {
		return nil, errDamaged
	}
	m.allocFeatures(n)
	if !r.features(m, n) {
		return nil, errDamaged
	}
	if r.err != nil || r.at != len(body) {
		return nil, errDamaged
	}
	m.finishTransitions()
	return m, nil
}

// features reads n features into m, in the increasing key order that
// keeps the table's writes sequential; it reports success. It is the bulk of
// a model, hence decoded in place rather than through the reader's methods.
func (r *reader) features(m *Model, n int) bool {
	b, at := r.b, r.at
	L := len(m.labels)
	maskLen := (L + 7) / 8
	key := uint64(0)
	for i := 0; i < n; i++ {
		gap, k := binary.Uvarint(b[at:])
		if k <= 0 || (i > 0 && gap == 0) {
			return false
		}
		at += k
		key += gap
		if key > math.MaxUint32 || len(b)-at < maskLen {
			return false
		}
		m.features.insert(uint32(key), i)
		mask := b[at : at+maskLen]
		at += maskLen
		row := m.row(i)
		for l := range row {
			if mask[l>>3]&(1<<(l&7)) != 0 {
				if len(b)-at < 2 {
					return false
				}
				row[l] = int16(binary.LittleEndian.Uint16(b[at:]))
				at += 2
			}
		}
	}
	r.at = at
	return true
}

// reader reads the serialised fields, remembering the first error so that
// callers check once; after an error it returns zero values.
type reader struct {
	b   []byte
	at  int
	err error
}

func (r *reader) fail() { r.err = errDamaged }

func (r *reader) bytes(n int) []byte {
	if r.err != nil || n < 0 || n > len(r.b)-r.at {
		r.fail()
		return nil
	}
	s := r.b[r.at : r.at+n]
	r.at += n
	return s
}

func (r *reader) uvarint() uint64 {
	if r.err != nil {
		return 0
	}
	v, k := binary.Uvarint(r.b[r.at:])
	if k <= 0 {
		r.fail()
		return 0
	}
	r.at += k
	return v
}

// count reads a length and checks it against limit, so that damaged data
// cannot ask for a huge allocation.
func (r *reader) count(limit int) int {
	v := r.uvarint()
	if v > uint64(limit) {
		r.fail()
		return 0
	}
	return int(v)
}

func (r *reader) float() float32 {
	s := r.bytes(4)
	if r.err != nil {
		return 0
	}
	return math.Float32frombits(binary.LittleEndian.Uint32(s))
}

func (r *reader) floats(n int) []float32 {
	f := make([]float32, n)
	for i := range f {
		f[i] = r.float()
		if math.IsNaN(float64(f[i])) || math.IsInf(float64(f[i]), 0) {
			r.fail()
		}
	}
	return f
}

func (r *reader) bits(n int) []bool {
	s := r.bytes((n + 7) / 8)
	out := make([]bool, n)
	if r.err != nil {
		return out
	}
	for i := range out {
		out[i] = s[i/8]&(1<<(i%8)) != 0
	}
	return out
}
