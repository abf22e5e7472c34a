package tagger

import (
	"encoding/binary"
	"hash/crc32"
	"testing"
)

// FuzzLoad feeds damaged models to Load, once as given and once with the
// checksum recomputed so that damage reaches the parser. Load must return
// an error or a model that tags and serialises without panicking.
func FuzzLoad(f *testing.F) {
	m, err := Train(newToyCorpus(1, 1, 20).sequences(30), toyLabels, Options{Epochs: 2, Average: true, Allowed: BIO})
	if err != nil {
		f.Fatal(err)
	}
	good, _ := m.MarshalBinary()
	f.Add(good)
	f.Add(good[:len(good)/2])
	f.Add([]byte(magic))
	f.Add([]byte{})
	f.Fuzz(func(t *testing.T, b []byte) {
		check(t, b)
		if len(b) >= 4 {
			fixed := append([]byte(nil), b[:len(b)-4]...)
			check(t, binary.LittleEndian.AppendUint32(fixed, crc32.Checksum(fixed, castagnoli)))
		}
	})
}

func check(t *testing.T, b []byte) {
	m, err := Load(b)
	if err != nil {
		return
	}
	m.Predict([][]string{{"bias", "w=said"}, {"w=mr"}, {}})
	again, err := m.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	if _, err := Load(again); err != nil {
		t.Fatalf("a loaded model serialises to bytes Load refuses: %v", err)
	}
}

// FuzzPredict tags arbitrary feature strings, split into tokens at '|'.
func FuzzPredict(f *testing.F) {
	m, err := Train(newToyCorpus(1, 1, 20).sequences(30), toyLabels, Options{Epochs: 2, Allowed: BIO})
	if err != nil {
		f.Fatal(err)
	}
	f.Add("w=mr|w=said|")
	f.Add("\xff\xfe|||")
	f.Fuzz(func(t *testing.T, s string) {
		p := m.NewPredictor()
		n := 0
		for i := 0; i < len(s); i++ {
			if i == 0 || s[i] == '|' {
				p.Next()
				n++
			}
			p.Add(ExtendByte(Hash("f="), s[i]))
		}
		if got := p.Decode(); len(got) != n {
			t.Fatalf("%d labels for %d tokens", len(got), n)
		}
	})
}
