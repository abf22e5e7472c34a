package main

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"github.com/claimledger/claimledger/internal/gazetteer"
	"math"
	"math/bits"
	"os"
	"strings"

	"github.com/klauspost/compress/zstd"
)

// posting is one record a key finds; alt marks an alternate name.
type posting struct {
	record int
	alt    bool
}

// keyTable gathers keys in first-seen order with their postings.
type keyTable struct {
	order    []string
	postings map[string][]posting
}

func (t *keyTable) add(key string, p posting) {
	if t.postings == nil {
		t.postings = map[string][]posting{}
	}
	if _, ok := t.postings[key]; !ok {
		t.order = append(t.order, key)
	}
	t.postings[key] = append(t.postings[key], p)
}

// write encodes recs in the binary layout described in the package comment
// and compresses it into one zstd frame that records its size.
func write(path string, recs []*record) error {
	var names, stems keyTable
	atoms := map[string]int{"": 0}
	atomList := []string{""}
	atom := func(s string) int {
		if i, ok := atoms[s]; ok {
			return i
		}
		atoms[s] = len(atomList)
		atomList = append(atomList, s)
		return atoms[s]
	}
	n := len(recs)
	var nameOff, ids, pops, lats, lons, ccs, adms, feats, kinds []uint32
	var nameBlob bytes.Buffer
	maxWords := 0
	le := binary.LittleEndian
	for i, r := range recs {
		nameOff = append(nameOff, uint32(nameBlob.Len()))
		nameBlob.WriteString(r.name)
		ids = append(ids, uint32(int32(r.id)))
		if r.pop < 0 || r.pop > math.MaxUint32 {
			return fmt.Errorf("%s: population %d does not fit 32 bits", r.name, r.pop)
		}
		pops = append(pops, uint32(r.pop))
		var lat, lon int
		flags := uint32(0)
		if r.hasCoord {
			lat, lon, flags = int(math.Round(r.lat*100)), int(math.Round(r.lon*100)), 0x80
		}
		lats = append(lats, uint32(uint16(int16(lat))))
		lons = append(lons, uint32(uint16(int16(lon))))
		ccs = append(ccs, uint32(atom(r.cc)))
		adms = append(adms, uint32(atom(r.admin1)))
		feats = append(feats, uint32(atom(r.fcode)))
		kinds = append(kinds, flags|uint32(kindCode(r.kind)))
		for j, k := range r.keys {
			names.add(k, posting{i, j > 0})
			if w := strings.Count(k, " ") + 1; w > maxWords {
				maxWords = w
			}
		}
		for _, k := range r.stems {
			stems.add(k, posting{i, false})
		}
	}
	nameOff = append(nameOff, uint32(nameBlob.Len()))
	if len(atomList) > math.MaxUint16 {
		return fmt.Errorf("%d distinct codes do not fit 16 bits", len(atomList))
	}
	var atomOff []uint32
	var atomBlob bytes.Buffer
	for _, a := range atomList {
		atomOff = append(atomOff, uint32(atomBlob.Len()))
		atomBlob.WriteString(a)
	}
	atomOff = append(atomOff, uint32(atomBlob.Len()))

	nameBits, nameBuckets, nameKeys, err := names.encode()
	if err != nil {
		return err
	}
	stemBits, stemBuckets, stemKeys, err := stems.encode()
	if err != nil {
		return err
	}
	out := []byte(magic)
	for _, v := range []int{n, len(atomList), maxWords, nameBits, stemBits} {
		out = le.AppendUint32(out, uint32(v))
	}
	for _, s := range [][]byte{planes(atomOff, 4), atomBlob.Bytes(), planes(nameOff, 4), nameBlob.Bytes(),
		planes(ids, 4), planes(pops, 4), planes(lats, 2), planes(lons, 2), planes(ccs, 2), planes(adms, 2),
		planes(feats, 2), planes(kinds, 1), nameBuckets, nameKeys, stemBuckets, stemKeys} {
		out = le.AppendUint32(out, uint32(len(s)))
		out = append(out, s...)
	}
	zw, err := zstd.NewWriter(nil, zstd.WithEncoderLevel(zstd.SpeedBestCompression), zstd.WithEncoderConcurrency(1))
	if err != nil {
		return err
	}
	return os.WriteFile(path, zw.EncodeAll(out, nil), 0o644)
}

const magic = "CLGAZ\x03\n\x00"

// planes writes the low width bytes of each value as width byte planes,
// least significant first: zstd compresses the slowly changing high bytes
// of offsets, ids and coordinates far better apart from the noisy low ones.
func planes(vals []uint32, width int) []byte {
	out := make([]byte, 0, width*len(vals))
	for k := 0; k < width; k++ {
		for _, v := range vals {
			out = append(out, byte(v>>(8*k)))
		}
	}
	return out
}

func kindCode(k byte) byte {
	switch k {
	case 'c':
		return 1
	case 'a':
		return 2
	case 'r':
		return 3
	}
	return 0
}

// encode lays the keys out by hash bucket: buckets holds 2^bits+1 offsets
// into keys, where each key is its length byte, its bytes, its posting
// count byte and its postings (record<<1 | alt, 4 bytes each), latest record
// first, as the reader has always returned them.
func (t *keyTable) encode() (bucketBits int, buckets, keys []byte, err error) {
	bucketBits = max(bits.Len(uint(len(t.order)/2)), 1)
	mask := uint64(1)<<bucketBits - 1
	byBucket := make([][]string, mask+1)
	for _, k := range t.order {
		b := gazetteer.HashKey(k) & mask
		byBucket[b] = append(byBucket[b], k)
	}
	le := binary.LittleEndian
	for _, list := range byBucket {
		buckets = le.AppendUint32(buckets, uint32(len(keys)))
		for _, k := range list {
			ps := t.postings[k]
			if len(k) > 255 || len(ps) > 255 {
				return 0, nil, nil, fmt.Errorf("key %q: %d bytes, %d records: over 255", k, len(k), len(ps))
			}
			keys = append(keys, byte(len(k)))
			keys = append(keys, k...)
			keys = append(keys, byte(len(ps)))
			for i := len(ps) - 1; i >= 0; i-- {
				v := uint32(ps[i].record) << 1
				if ps[i].alt {
					v |= 1
				}
				keys = le.AppendUint32(keys, v)
			}
		}
	}
	buckets = le.AppendUint32(buckets, uint32(len(keys)))
	return bucketBits, buckets, keys, nil
}
