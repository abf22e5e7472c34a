package tagger

// table maps 32-bit feature keys to weight rows by open addressing with
// linear probing. A slot packs key<<32 | row+1 into one word, so a lookup
// touches one cache line; zero marks an empty slot.
type table struct {
	slots []uint64
	shift uint32
	count int
}

// newTable makes a table for n keys at most half full.
func newTable(n int) table {
	bits := uint32(1)
	for 1<<bits < 2*n {
		bits++
	}
	return table{slots: make([]uint64, 1<<bits), shift: 32 - bits}
}

// home is a key's first slot: its high bits, since keys are already hashed.
// Keys inserted in increasing order thus fill the table front to back.
func (t *table) home(key uint32) uint32 { return key >> t.shift }

// find returns the row of key, or -1.
func (t *table) find(key uint32) int {
	if len(t.slots) == 0 {
		return -1
	}
	mask := uint32(len(t.slots) - 1)
	for i := t.home(key); ; i = (i + 1) & mask {
		s := t.slots[i]
		if s == 0 {
			return -1
		}
		if uint32(s>>32) == key {
			return int(uint32(s)) - 1
		}
	}
}

// insert adds key with row unless key is present; it reports whether it
// did. The table must have been sized for every key inserted.
func (t *table) insert(key uint32, row int) bool {
	mask := uint32(len(t.slots) - 1)
	for i := t.home(key); ; i = (i + 1) & mask {
		s := t.slots[i]
		if s == 0 {
			t.slots[i] = uint64(key)<<32 | uint64(uint32(row+1))
			t.count++
			return true
		}
		if uint32(s>>32) == key {
			return false
		}
	}
}
