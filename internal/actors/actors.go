// Package actors is a dictionary of political actors: countries with their
// names, demonyms and capitals, people and institutions with the country
// they belong to, international organisations, armed non-state groups, and
// role nouns. It is derived from the Phoenix dictionaries of the Open Event
// Data Alliance (see NOTICE and tools/actors) and loaded once, on first use.
//
// Every lookup takes a lower-cased phrase whose words are joined by single
// spaces ("vladimir putin", "north atlantic treaty organization").
package actors

import (
	"bytes"
	"compress/gzip"
	_ "embed"
	"encoding/binary"
	"io"
	"runtime/debug"
	"strings"
	"sync"
)

//go:embed actors.txt.gz
var packed []byte

// Kind says what an actor is.
type Kind uint8

const (
	None    Kind = iota
	Country      // a state
	Org          // an institution, international organisation or company
	Group        // an armed non-state group
	Person       // a named person
)

// Actor is one dictionary entry.
type Actor struct {
	Kind Kind
	// Country is the ISO 3166-1 alpha-2 code the actor belongs to, or "".
	Country string
	// Sector is the Phoenix (CAMEO) code after the country: "GOV", "MIL",
	// "ELI"..., or the whole code for international actors ("IGOWSTNAT").
	Sector string
}

type dict struct {
	phrases    map[string]Actor
	demonyms   map[string]string // word → alpha-2
	capitals   map[string]string // city → alpha-2
	countries  map[string]string // alpha-2 → display name
	agents     map[string]string // role noun → sector
	firstNames map[string]bool
	maxWords   int
}

var (
	once sync.Once
	d    *dict
)

func load() *dict {
	once.Do(func() {
		defer debug.SetGCPercent(debug.SetGCPercent(-1)) // kept for the whole run: no garbage to find
		d = parse(packed)
	})
	return d
}

// priority decides which entry keeps a phrase listed under several:
// countries first, then organisations, groups and people.
var priority = [...]int{None: 0, Country: 4, Org: 3, Group: 2, Person: 1}

func parse(gz []byte) *dict {
	x := &dict{
		phrases:    make(map[string]Actor, 70000),
		demonyms:   map[string]string{},
		capitals:   map[string]string{},
		countries:  map[string]string{},
		agents:     make(map[string]string, 4000),
		firstNames: make(map[string]bool, 8000),
	}
	data := unpack(gz)
	var f [5]string
	for data != "" {
		var line string
		line, data, _ = strings.Cut(data, "\n")
		if line == "" || line[0] == '#' {
			continue
		}
		n := 0
		for n < len(f) && line != "" {
			f[n], line, _ = strings.Cut(line, "\t")
			n++
		}
		if n < 3 {
			continue
		}
		for i := n; i < len(f); i++ {
			f[i] = ""
		}
		switch f[0] {
		case "C":
			if n < 5 {
				continue
			}
			x.countries[f[1]] = f[2]
			for rest := f[3]; rest != ""; {
				var name string
				name, rest, _ = strings.Cut(rest, "|")
				x.add(name, Actor{Kind: Country, Country: f[1]})
			}
			for rest := f[4]; rest != ""; {
				var name string
				name, rest, _ = strings.Cut(rest, "|")
				if name != "" {
					x.demonyms[name] = f[1]
				}
			}
		case "K":
			x.capitals[f[2]] = f[1]
		case "A":
			if n < 4 {
				continue
			}
			for rest := f[3]; rest != ""; {
				var name string
				name, rest, _ = strings.Cut(rest, "|")
				if _, ok := x.agents[name]; !ok {
					x.agents[name] = f[2]
				}
			}
		case "P", "O", "G":
			if n < 4 {
				continue
			}
			k := Person
			if f[0] == "O" {
				k = Org
			} else if f[0] == "G" {
				k = Group
			}
			for rest := f[3]; rest != ""; {
				var name string
				name, rest, _ = strings.Cut(rest, "|")
				x.add(name, Actor{Kind: k, Country: f[1], Sector: f[2]})
			}
			if k == Person {
				// the head name only: synonyms start with titles
				n, _, _ := strings.Cut(f[3], "|")
				if first, rest, ok := strings.Cut(n, " "); ok && rest != "" && len(first) > 2 && !strings.Contains(first, ".") {
					x.firstNames[first] = true
				}
			}
		}
	}
	return x
}

// unpack decompresses the dictionary into one string that every name and
// code then shares.
func unpack(gz []byte) string {
	zr, err := gzip.NewReader(bytes.NewReader(gz))
	if err != nil {
		return ""
	}
	size := 0
	if len(gz) >= 4 {
		size = int(binary.LittleEndian.Uint32(gz[len(gz)-4:]))
	}
	var b strings.Builder
	if size > 0 && size < 1<<28 {
		b.Grow(size)
	}
	if _, err := io.Copy(&b, zr); err != nil {
		return ""
	}
	return b.String()
}

func (x *dict) add(n string, a Actor) {
	if n == "" {
		return
	}
	if old, ok := x.phrases[n]; ok && priority[old.Kind] >= priority[a.Kind] {
		return
	}
	x.phrases[n] = a
	if w := strings.Count(n, " ") + 1; w > x.maxWords {
		x.maxWords = w
	}
}

// Lookup finds the actor a whole phrase names.
func Lookup(phrase string) (Actor, bool) {
	a, ok := load().phrases[phrase]
	return a, ok
}

// Demonym returns the country a nationality adjective refers to
// ("russian" → "RU").
func Demonym(word string) (string, bool) {
	c, ok := load().demonyms[word]
	return c, ok
}

// Capital returns the country whose seat of government a city is
// ("kyiv" → "UA"), for metonyms such as "Kyiv denies".
func Capital(city string) (string, bool) {
	c, ok := load().capitals[city]
	return c, ok
}

// CountryName returns the name news uses for a country code ("RU" → "Russia").
func CountryName(code string) string { return load().countries[code] }

// Agent returns the sector of a role noun or phrase ("president" → "GOV",
// "defence minister" → "GOVMIL"), from the Phoenix agents list. Phoenix
// lists stems ("defence minist"), so a phrase whose last word is cut back
// to a listed stem of five letters or more matches too.
func Agent(phrase string) (string, bool) {
	x := load()
	if s, ok := x.agents[phrase]; ok {
		return s, true
	}
	last := strings.LastIndexByte(phrase, ' ') + 1
	for n := len(phrase) - 1; n-last >= 5; n-- {
		if s, ok := x.agents[phrase[:n]]; ok {
			return s, true
		}
	}
	return "", false
}

// MaxWords is the number of words of the longest phrase in the dictionary.
func MaxWords() int { return load().maxWords }

// FirstName reports whether a word opens the name of a person in the
// dictionary ("vladimir", "jens"), which marks unknown names as people.
func FirstName(word string) bool { return load().firstNames[word] }
