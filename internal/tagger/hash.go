package tagger

// Feature hashing is 64-bit FNV-1a: byte-wise, so a caller can hash a
// prefix once and extend it with a value, a lower-cased byte at a time, or
// several parts, without building the feature string; and fixed, so hashes
// agree across processes and machines (unlike hash/maphash).
const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

// Hash returns the feature hash of s. Hash(a+b) == Extend(Hash(a), b).
func Hash(s string) uint64 { return Extend(fnvOffset, s) }

// Extend continues hash h with the bytes of s.
func Extend(h uint64, s string) uint64 {
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= fnvPrime
	}
	return h
}

// ExtendBytes continues hash h with the bytes of b.
func ExtendBytes(h uint64, b []byte) uint64 {
	for _, c := range b {
		h ^= uint64(c)
		h *= fnvPrime
	}
	return h
}

// ExtendByte continues hash h with one byte.
func ExtendByte(h uint64, c byte) uint64 { return (h ^ uint64(c)) * fnvPrime }

// featureKey folds a 64-bit feature hash into the 32-bit key the model
// stores; the multiply carries every input bit into the kept high half.
func featureKey(h uint64) uint32 {
	h ^= h >> 29
	h *= 0xbf58476d1ce4e5b9
	return uint32(h >> 32)
}

// Combine joins two hashes into one, order mattering: a caller can hash
// each word and affix of a sentence once, then make each template's feature
// as Combine(Hash("prev="), wordHash) with a multiply or two instead of
// hashing the bytes again for each of thirty templates.
func Combine(a, b uint64) uint64 {
	h := a*0x9E3779B97F4A7C15 ^ b
	h ^= h >> 32
	h *= 0xd6e8feb86659fd93
	return h ^ h>>32
}
