package main

import (
	"bytes"
	"encoding/binary"
	"fmt"
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
	var nameOff, ids, pops, lats, lons, ccs, adms, feats, kinds, nameBlob bytes.Buffer
	maxWords := 0
	le := binary.LittleEndian
	for i, r := range recs {
		nameOff.Write(le.AppendUint32(nil, uint32(nameBlob.Len())))
		nameBlob.WriteString(r.name)
		ids.Write(le.AppendUint32(nil, uint32(int32(r.id))))
		if r.pop < 0 || r.pop > math.MaxUint32 {
			return fmt.Errorf("%s: population %d does not fit 32 bits", r.name, r.pop)
		}
		pops.Write(le.AppendUint32(nil, uint32(r.pop)))
		var lat, lon int
		flags := byte(0)
		if r.hasCoord {
			lat, lon, flags = int(math.Round(r.lat*100)), int(math.Round(r.lon*100)), 0x80
		}
		lats.Write(le.AppendUint16(nil, uint16(int16(lat))))
		lons.Write(le.AppendUint16(nil, uint16(int16(lon))))
		ccs.Write(le.AppendUint16(nil, uint16(atom(r.cc))))
		adms.Write(le.AppendUint16(nil, uint16(atom(r.admin1))))
		feats.Write(le.AppendUint16(nil, uint16(atom(r.fcode))))
		kinds.WriteByte(flags | kindCode(r.kind))
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
	nameOff.Write(le.AppendUint32(nil, uint32(nameBlob.Len())))
	if len(atomList) > math.MaxUint16 {
		return fmt.Errorf("%d distinct codes do not fit 16 bits", len(atomList))
	}
	var atomOff, atomBlob bytes.Buffer
	for _, a := range atomList {
		atomOff.Write(le.AppendUint32(nil, uint32(atomBlob.Len())))
		atomBlob.WriteString(a)
	}
	atomOff.Write(le.AppendUint32(nil, uint32(atomBlob.Len())))

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
	for _, s := range [][]byte{atomOff.Bytes(), atomBlob.Bytes(), nameOff.Bytes(), nameBlob.Bytes(),
		ids.Bytes(), pops.Bytes(), lats.Bytes(), lons.Bytes(), ccs.Bytes(), adms.Bytes(), feats.Bytes(),
		kinds.Bytes(), nameBuckets, nameKeys, stemBuckets, stemKeys} {
		out = le.AppendUint32(out, uint32(len(s)))
		out = append(out, s...)
	}
	zw, err := zstd.NewWriter(nil, zstd.WithEncoderLevel(zstd.SpeedBestCompression), zstd.WithEncoderConcurrency(1))
	if err != nil {
		return err
	}
	return os.WriteFile(path, zw.EncodeAll(out, nil), 0o644)
}

const magic = "CLGAZ\x02\n\x00"

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
		b := hashKey(k) & mask
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

// hashKey must stay identical to the reader's (internal/gazetteer): FNV-1a
// followed by a finalising mix so that the low bits spread well.
func hashKey(k string) uint64 {
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
