// Command actors derives the compact actor dictionary embedded by
// internal/actors from the Phoenix (TABARI) actor and agent dictionaries of
// the Open Event Data Alliance (MIT licence) and the ISO 3166-1 table of the
// Debian iso-codes package.
//
//	go run ./tools/actors -src ../shared/data/actors \
//	    -iso /usr/share/iso-codes/json/iso_3166-1.json -out internal/actors/actors.txt.gz
//
// The Phoenix files are large and hold many misspellings, dated offices and
// city lists; the derived file keeps, per actor, its lower-cased names, its
// country (ISO alpha-2) and its sector, which is all the entity stage needs.
// Output lines are tab-separated; see internal/actors for the format.
package main

import (
	"bufio"
	"compress/gzip"
	"encoding/json"
	"flag"
	"fmt"
	"log"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

type entry struct {
	names []string
	codes []string // codes in file order, dated or not
	open  string   // the code with an open end date, when there is one
}

func main() {
	src := flag.String("src", "../shared/data/actors", "folder of the Phoenix dictionaries")
	iso := flag.String("iso", "/usr/share/iso-codes/json/iso_3166-1.json", "ISO 3166-1 JSON of iso-codes")
	out := flag.String("out", "internal/actors/actors.txt.gz", "output file")
	flag.Parse()

	countries := loadISO(*iso)
	var lines []string
	seenCountry := map[string]bool{}

	// Countries file: country blocks, their institutions and their people.
	for _, e := range parseActors(filepath.Join(*src, "Phoenix.Countries.actors.txt")) {
		code := e.current()
		if len(code) < 3 {
			continue
		}
		c, ok := countries[code[:3]]
		if !ok {
			continue
		}
		if len(code) == 3 {
			if seenCountry[code] {
				continue
			}
			seenCountry[code] = true
			lines = append(lines, countryLine(c, e))
			continue
		}
		if !cameoRole(code[3:]) {
			continue // sub-national regions such as Gaza [GZA]: places, not actors
		}
		kind := "O"
		if looksLikePerson(e.names[0]) {
			kind = "P"
		}
		lines = append(lines, actorLine(kind, c.alpha2, code[3:], e.names))
	}
	for _, c := range countries {
		if !seenCountry[c.alpha3] {
			lines = append(lines, countryLine(c, entry{}))
		}
		for _, cap := range capitals[c.alpha3] {
			lines = append(lines, "K\t"+c.alpha2+"\t"+cap)
		}
	}
	// International actors: IGOs, NGOs, companies and their officials.
	for _, e := range parseActors(filepath.Join(*src, "Phoenix.International.actors.txt")) {
		code := e.current()
		if code == "" {
			continue
		}
		kind := "O"
		// companies (MNC) are listed by name alone, so any two words of a
		// firm ("Murphy Oil", "John Hancock") would pass for a person
		if n := len(strings.Fields(e.names[0])); n >= 2 && n <= 4 && !strings.HasPrefix(code, "MNC") && looksLikePerson(e.names[0]) {
			kind = "P"
		}
		aff := ""
		if c, ok := countries[code[:min(3, len(code))]]; ok {
			aff = c.alpha2
		}
		lines = append(lines, actorLine(kind, aff, code, e.names))
	}
	// Armed non-state groups.
	for _, e := range parseActors(filepath.Join(*src, "Phoenix.MilNonState.actors.txt")) {
		code := e.current()
		aff := ""
		if c, ok := countries[code[:min(3, len(code))]]; ok {
			aff = c.alpha2
		}
		lines = append(lines, actorLine("G", aff, code, e.names))
	}
	// Agents: role nouns with their sector code.
	lines = append(lines, agentLines(filepath.Join(*src, "Phoenix.agents.txt"))...)

	f, err := os.Create(*out)
	if err != nil {
		log.Fatal(err)
	}
	zw, _ := gzip.NewWriterLevel(f, gzip.BestCompression)
	w := bufio.NewWriter(zw)
	fmt.Fprintln(w, "# Derived from the Phoenix actor dictionaries (c) 2014 Open Event Data Alliance, MIT licence; see NOTICE.")
	for _, l := range lines {
		fmt.Fprintln(w, l)
	}
	if err := w.Flush(); err != nil {
		log.Fatal(err)
	}
	if err := zw.Close(); err != nil {
		log.Fatal(err)
	}
	if err := f.Close(); err != nil {
		log.Fatal(err)
	}
	log.Printf("%d lines", len(lines))
}

// current picks the code in force: an open-ended one (">date" or undated)
// beats one with an end date; the last listed wins among equals.
func (e entry) current() string {
	if e.open != "" {
		return e.open
	}
	if len(e.codes) > 0 {
		return e.codes[len(e.codes)-1]
	}
	return ""
}

// parseActors reads a TABARI .actors file: a head line, "+" synonym lines,
// and "[CODE date]" lines (tab-indented or on the head line).
func parseActors(path string) []entry {
	f, err := os.Open(path)
	if err != nil {
		log.Fatal(err)
	}
	defer f.Close()
	var out []entry
	var cur *entry
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		raw := sc.Text()
		if i := strings.Index(raw, "#"); i >= 0 {
			raw = raw[:i]
		}
		line := strings.TrimSpace(raw)
		if line == "" {
			continue
		}
		switch {
		case strings.HasPrefix(line, "["):
			if cur != nil {
				addCodes(cur, line)
			}
		case strings.HasPrefix(line, "+"):
			if cur != nil {
				name, codes := splitCodes(line[1:])
				if n := normName(name); n != "" {
					cur.names = append(cur.names, n)
				}
				addCodes(cur, codes)
			}
		default:
			name, codes := splitCodes(line)
			out = append(out, entry{})
			cur = &out[len(out)-1]
			if n := normName(name); n != "" {
				cur.names = append(cur.names, n)
			}
			addCodes(cur, codes)
		}
	}
	kept := out[:0]
	for _, e := range out {
		if len(e.names) > 0 {
			kept = append(kept, e)
		}
	}
	return kept
}

func splitCodes(s string) (name, codes string) {
	if i := strings.Index(s, "["); i >= 0 {
		return s[:i], s[i:]
	}
	return s, ""
}

func addCodes(e *entry, s string) {
	for {
		i := strings.Index(s, "[")
		if i < 0 {
			return
		}
		j := strings.Index(s[i:], "]")
		if j < 0 {
			return
		}
		f := strings.Fields(s[i+1 : i+j])
		s = s[i+j+1:]
		if len(f) == 0 || strings.HasPrefix(f[0], "~") || f[0] == "---" {
			continue
		}
		code := strings.ToUpper(f[0])
		e.codes = append(e.codes, code)
		if len(f) == 1 || strings.HasPrefix(f[1], ">") {
			e.open = code
		}
	}
}

// normName turns "VLADIMIR_V._PUTIN_" into "vladimir v. putin"; names with
// parentheses lose them ("ISLAMIC_ARMY_OF_ADEN_(IAA)_" keeps the outer name).
func normName(s string) string {
	s = strings.TrimSpace(s)
	if i := strings.Index(s, "("); i >= 0 {
		s = s[:i]
	}
	if strings.ContainsAny(s, "+{}!<>|\t") {
		return ""
	}
	s = strings.ToLower(strings.ReplaceAll(s, "_", " "))
	s = strings.Join(strings.Fields(s), " ")
	if len(s) < 2 {
		return ""
	}
	return s
}

// cameoRole reports whether a code after the country names a CAMEO role
// ("GOV", "MILSPY"), which people and institutions have and regions lack.
func cameoRole(sector string) bool {
	if len(sector) < 3 {
		return false
	}
	switch sector[:3] {
	case "GOV", "MIL", "REB", "OPP", "PTY", "COP", "JUD", "SPY", "MED", "EDU", "BUS", "CRM", "CVL", "LEG",
		"ELI", "HLH", "HRI", "REF", "AGR", "ENV", "LAB", "IGO", "NGO", "UAF", "INS", "SEP", "MNC", "IMG",
		"RAD", "MOD", "REL", "CHR", "MUS", "JEW", "BUD", "HIN", "DEV", "SET", "PRO", "IRC":
		return true
	}
	return false
}

// looksLikePerson tells people from institutions in the Countries file,
// where both are listed among a country's actors: institutions carry an
// institutional word.
func looksLikePerson(name string) bool {
	words := strings.Fields(name)
	for _, w := range words {
		if institutional[w] {
			return false
		}
	}
	return len(words) == 0 || !institutionalHeads[words[len(words)-1]]
}

// institutionalHeads end institutions' names but may be surnames or
// ordinary words elsewhere ("World Food Programme", "Helen Keller
// International", "Court" in "Margaret Court Arena" and "Margaret Court").
var institutionalHeads = map[string]bool{}

var institutional = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`ministry ministries ministers council party front army forces force
	assembly parliament congress senate court commission committee union bank agency office service
	government league movement organization organisation association federation republic national
	council kremlin house cabinet department bureau police guard guards corps brigade brigades group
	institute university company corporation fund authority administration secretariat of the and
	duma board navy command network alliance coalition democrats socialists communists programme
	programmes program programs organisations organizations agencies tribunal battalion regiment
	division foundation institution commissioner's secretariat for world humanity peace rights
	community countries nations times post journal press action charities children women's
	development humanitarian`) {
		institutional[w] = true
	}
	for _, w := range strings.Fields(`mission centre center court international society trust project
	initiative relief aid forum club partnership crescent cross watch fellowship federation
	network services conference academy museum observatory`) {
		institutionalHeads[w] = true
	}
}

func uniq(names []string) []string {
	seen := map[string]bool{}
	var out []string
	for _, n := range names {
		if !seen[n] {
			seen[n] = true
			out = append(out, n)
		}
	}
	return out
}

func actorLine(kind, aff, sector string, names []string) string {
	return kind + "\t" + aff + "\t" + sector + "\t" + strings.Join(uniq(names), "|")
}

type country struct {
	alpha2, alpha3, name string
	names                []string
}

func loadISO(path string) map[string]country {
	b, err := os.ReadFile(path)
	if err != nil {
		log.Fatal(err)
	}
	var doc map[string][]map[string]string
	if err := json.Unmarshal(b, &doc); err != nil {
		log.Fatal(err)
	}
	out := map[string]country{}
	for _, r := range doc["3166-1"] {
		c := country{alpha2: r["alpha_2"], alpha3: r["alpha_3"], name: r["name"]}
		if r["common_name"] != "" {
			c.name = r["common_name"]
		}
		if s, ok := shortNames[c.alpha3]; ok {
			c.name = s
		}
		for _, k := range []string{"name", "common_name", "official_name"} {
			if v := r[k]; v != "" && !strings.Contains(v, ",") {
				c.names = append(c.names, strings.ToLower(strings.TrimPrefix(v, "the ")))
			}
		}
		c.names = append(c.names, strings.ToLower(c.name))
		out[c.alpha3] = c
	}
	return out
}

// countryLine: C, alpha-2, display name, names, demonyms. Demonyms are
// the one-word Phoenix synonyms that share the name's first three letters
// and end like an adjective of nationality ("russian", "afghan"), plus a
// table for the irregular ones.
func countryLine(c country, e entry) string {
	names := append([]string{}, c.names...)
	var dem []string
	stem := strings.ToLower(c.name)
	if len(stem) > 3 {
		stem = stem[:3]
	}
	for _, n := range e.names {
		if strings.Contains(n, " ") {
			continue
		}
		if strings.HasPrefix(n, stem) && demonymEnding(n) && !contains(names, n) {
			dem = append(dem, n)
		}
	}
	dem = append(dem, extraDemonyms[c.alpha3]...)
	names = append(names, extraNames[c.alpha3]...)
	sort.Strings(dem)
	return "C\t" + c.alpha2 + "\t" + c.name + "\t" + strings.Join(uniq(names), "|") + "\t" + strings.Join(uniq(dem), "|")
}

func demonymEnding(w string) bool {
	for _, s := range []string{"an", "ian", "ese", "ish", "i", "ic", "ch", "er"} {
		if strings.HasSuffix(w, s) {
			return true
		}
	}
	return false
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
