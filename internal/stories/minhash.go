package stories

import "math"

// numHashes is the MinHash signature length: 128 values estimate a Jaccard
// similarity to within about ±0.04 (one standard deviation at 0.6), which
// separates syndicated copies (0.7 and up) from separate reports (under 0.2).
const numHashes = 128

// bands × rows = numHashes. With 32 bands of 4 rows a pair at Jaccard 0.6 is
// a candidate with probability 0.98, one at 0.3 with 0.23 and one at 0.1 with
// 0.003, so copies are found and few strangers need checking.
const (
	bands = 32
	rows  = numHashes / bands
)

// seeds are fixed so signatures, and so decisions, are the same every run.
var seeds = func() [numHashes]uint64 {
	var s [numHashes]uint64
	x := uint64(0x9e3779b97f4a7c15)
	for i := range s {
		x = mix(x + uint64(i) + 1)
		s[i] = x
	}
	return s
}()

// odd are the multipliers of the hash functions: odd, so that each is a
// bijection of the 64-bit shingle hashes.
var odd = func() [numHashes]uint64 {
	var o [numHashes]uint64
	for i, s := range seeds {
		o[i] = mix(s) | 1
	}
	return o
}()

// mix is the splitmix64 finaliser: a cheap, well spread 64-bit hash.
func mix(x uint64) uint64 {
	x ^= x >> 30
	x *= 0xbf58476d1ce4e5b9
	x ^= x >> 27
	x *= 0x94d049bb133111eb
	x ^= x >> 31
	return x
}

// hashWord is FNV-1a over a word's bytes.
func hashWord(w string) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(w); i++ {
		h ^= uint64(w[i])
		h *= 1099511628211
	}
	return h
}

// signature is the MinHash signature of the text's word shingles, with the
// number of distinct shingles seen (an upper bound when hashes collide).
func signature(ws []string) (sig []uint32, n int) {
	if len(ws) == 0 {
		return nil, 0
	}
	hs := make([]uint64, len(ws))
	for i, w := range ws {
		hs[i] = hashWord(w)
	}
	var mins [numHashes]uint64
	for i := range mins {
		mins[i] = math.MaxUint64
	}
	k := shingleSize
	if len(hs) < k {
		k = len(hs)
	}
	seen := make(map[uint64]struct{}, len(hs))
	for i := 0; i+k <= len(hs); i++ {
		var sh uint64
		for _, h := range hs[i : i+k] {
			sh = mix(sh*31 + h)
		}
		if _, dup := seen[sh]; dup {
			continue
		}
		seen[sh] = struct{}{}
		// One well-mixed hash per shingle, then a multiply-add per
		// function: the high bits that the signature keeps are as well
		// spread as a full mix of each, at a fraction of the cost.
		for j := range mins {
			if v := sh*odd[j] + seeds[j]; v < mins[j] {
				mins[j] = v
			}
		}
	}
	sig = make([]uint32, numHashes)
	for i, m := range mins {
		sig[i] = uint32(m >> 32)
	}
	return sig, len(seen)
}

// jaccard estimates the Jaccard similarity of two shingle sets from their
// signatures: the share of positions where the minima agree.
func jaccard(a, b []uint32) float64 {
	if len(a) != numHashes || len(b) != numHashes {
		return 0
	}
	same := 0
	for i := range a {
		if a[i] == b[i] {
			same++
		}
	}
	return float64(same) / numHashes
}

// bandKeys hashes each band of a signature, with the band's number mixed in
// so equal values in different bands do not meet.
func bandKeys(sig []uint32) [bands]uint64 {
	var keys [bands]uint64
	for b := range keys {
		h := mix(uint64(b) + 0x51ed27)
		for _, v := range sig[b*rows : (b+1)*rows] {
			h = mix(h ^ uint64(v))
		}
		keys[b] = h
	}
	return keys
}
