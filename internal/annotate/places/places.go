// Package places finds and geocodes place names.
//
// Find reads capitalised token sequences, looks each up in the embedded
// GeoNames gazetteer (longest match first, "X region/oblast/province" as a
// first-level division) and keeps only those that read as places: not a word
// of a longer name ("Washington Post", "Jens Stoltenberg", "Freedom of Russia
// Legion"), not a sentence-initial common word, and, for small places, only
// with a cue ("in", "the village of") or with their country named nearby.
// Homonyms are settled by kind (country, then division, then city), by
// population and by the other places and demonyms of the document: "Paris"
// is France unless Texas is named, "Georgia" is the US state when Atlanta is.
package places

import (
	"sync"

	"github.com/claimledger/claimledger"
	"github.com/claimledger/claimledger/internal/gazetteer"
	"github.com/claimledger/claimledger/internal/text"
)

// candidate is a name found in the text with its gazetteer entries.
type candidate struct {
	first, last int    // token range, inclusive
	key         string // the first word, lower-cased
	refs        []gazetteer.Ref
	division    bool // named with a division word: "Belgorod region"
	cued        bool // after a preposition of place
	strong      bool // after a preposition that rarely precedes anything else
	initial     bool // first word of its sentence
	adjacent    bool // part of a longer capitalised name
	best        *gazetteer.Entry
	alternate   bool // best is named by one of its alternate names
	// contributed is the entry this candidate added to the evidence, which
	// must not count in its own favour.
	contributed *gazetteer.Entry
	// qualifier is the place named right after a comma ("Paris, Texas").
	qualifier *candidate
}

// evidence counts the countries and divisions a document speaks of.
type evidence struct {
	countries map[string]int // by ISO code: every mention
	local     map[string]int // by ISO code: cities and divisions only
	divisions map[division]int
}

type division struct{ country, admin1 string }

// Find returns the place names in d, geocoded.
func Find(d *text.Doc) []claimledger.Place {
	if len(d.Tokens) == 0 {
		return nil
	}
	g := gazetteer.Default()
	w := pool.Get().(*work)
	defer w.release()
	cands := scan(d, g, w)
	w.cands = cands
	if len(cands) == 0 {
		return nil
	}
	for i := 0; i+1 < len(cands); i++ {
		c, n := &cands[i], &cands[i+1]
		if n.first == c.last+2 && d.Tokens[c.last+1].Lower == "," {
			c.qualifier = n
		}
	}
	ev := gather(d, cands, w.ev)
	flagged := w.flagged
	for i := range cands {
		if cands[i].adjacent {
			flagged[d.Tokens[cands[i].first].Lower] = true
		}
	}
	var out []claimledger.Place
	for i := range cands {
		c := &cands[i]
		if c.adjacent {
			continue
		}
		c.best = choose(c, ev)
		if c.best == nil || !plausible(d, c, ev, flagged) {
			continue
		}
		out = append(out, place(d, c))
	}
	return out
}

func place(d *text.Doc, c *candidate) claimledger.Place {
	e := c.best
	p := claimledger.Place{
		Span:    d.Span(d.Tokens[c.first].Start, d.Tokens[c.last].End),
		Name:    e.Name,
		Country: e.Country,
		Kind:    e.Kind.String(),
	}
	if e.HasCoord {
		lat, lon := round2(e.Lat), round2(e.Lon)
		p.Lat, p.Lon = &lat, &lon
	}
	if e.Kind == gazetteer.City {
		p.GeonameID = int(e.GeonameID)
	}
	return p
}

// round2 turns a float32 in hundredths into the nearest float64 of two
// decimals, so that 48.59 prints as 48.59 and not 48.59000015258789.
func round2(f float32) float64 {
	n := float64(f) * 100
	if n < 0 {
		return float64(int64(n-0.5)) / 100
	}
	return float64(int64(n+0.5)) / 100
}

// work is the scratch memory of one Find call, reused across calls so that
// the scan allocates little beyond its result.
type work struct {
	cands   []candidate
	refs    []gazetteer.Ref
	key     []byte
	ev      evidence
	flagged map[string]bool
}

var pool = sync.Pool{New: func() any {
	return &work{
		refs:    make([]gazetteer.Ref, 0, 256),
		ev:      evidence{countries: map[string]int{}, local: map[string]int{}, divisions: map[division]int{}},
		flagged: map[string]bool{},
	}
}}

func (w *work) release() {
	clear(w.cands) // drop references into the gazetteer and the document
	clear(w.refs)
	clear(w.ev.countries)
	clear(w.ev.local)
	clear(w.ev.divisions)
	clear(w.flagged)
	pool.Put(w)
}

// gather counts the countries and divisions named without doubt: countries,
// divisions, cities whose largest homonym dwarfs the others, and demonyms.
func gather(d *text.Doc, cands []candidate, ev evidence) evidence {
	for i := range cands {
		c := &cands[i]
		if c.adjacent {
			continue
		}
		e := clearWinner(c)
		if e == nil || e.Country == "" || e.Kind == gazetteer.City && e.Population < 20000 && !c.cued {
			continue
		}
		c.contributed = e
		ev.countries[e.Country]++
		if e.Kind != gazetteer.Country {
			ev.local[e.Country]++
			ev.divisions[division{e.Country, e.Admin1}]++
		}
	}
	for i := range d.Tokens {
		t := &d.Tokens[i]
		if t.Upper && t.Kind == text.Word {
			if cc, ok := demonyms[t.Lower]; ok {
				ev.countries[cc]++
			}
		}
	}
	return ev
}

// clearWinner is the entry a name has regardless of context, or nil when
// its homonyms compete.
func clearWinner(c *candidate) *gazetteer.Entry {
	var best, second *gazetteer.Entry
	for _, r := range c.refs {
		e := r.Entry
		if e.Kind == gazetteer.Country || e.Kind == gazetteer.Region || e.Kind == gazetteer.Admin1 && c.division {
			if best != nil && best.Kind != gazetteer.City {
				return nil // "Georgia": a country and a state
			}
			best, second = e, best
			continue
		}
		if best == nil || best.Kind == gazetteer.City && e.Population > best.Population {
			best, second = e, best
		} else if second == nil || e.Population > second.Population {
			second = e
		}
	}
	if best == nil {
		return nil
	}
	if best.Kind != gazetteer.City {
		if second != nil && second.Kind != gazetteer.City {
			return nil
		}
		return best
	}
	if second != nil && best.Population < 10*second.Population {
		return nil
	}
	return best
}

// choose settles homonyms with the document's evidence.
func choose(c *candidate, ev evidence) *gazetteer.Entry {
	var best *gazetteer.Entry
	bestScore := -1e9
	for _, r := range c.refs {
		e := r.Entry
		countries, local, divisions := ev.counts(e)
		if own := c.contributed; own != nil {
			countries, local, divisions = discount(own, e, countries, local, divisions)
		}
		var s float64
		switch e.Kind {
		case gazetteer.Country:
			s = 10 + 2*float64(min(countries, 3))
		case gazetteer.Admin1:
			s = 9 + 2*float64(min(local, 3))
			if c.division {
				s = 20 + 3*float64(min(countries, 1)) + float64(e.LogPopulation)/10
			}
		case gazetteer.Region:
			s = 8
		default:
			s = float64(e.LogPopulation)
			if r.Alternate {
				s -= 0.3
				if !sharesPrefix(r.Entry.Name, c.key) {
					s -= 0.7
				}
			}
			if countries > 0 {
				s += 0.5
			}
			if divisions > 0 {
				s += 2
			}
			switch e.Feature {
			case "PPLC":
				s += 1.5
			case "PPLA":
				s += 0.5
			}
			if c.qualifier != nil && qualifies(c.qualifier, e) {
				s += 5 // "Paris, Texas"
			}
		}
		if s > bestScore {
			best, bestScore = e, s
			c.alternate = r.Alternate
		}
	}
	return best
}

// qualifies reports whether q, a country or division, contains e.
func qualifies(q *candidate, e *gazetteer.Entry) bool {
	for _, r := range q.refs {
		o := r.Entry
		if o.Country == e.Country && (o.Kind == gazetteer.Country || o.Kind == gazetteer.Admin1 && o.Admin1 == e.Admin1) {
			return true
		}
	}
	return false
}

// counts gives the evidence for e's country and division.
func (ev evidence) counts(e *gazetteer.Entry) (countries, local, divisions int) {
	if e.Country == "" {
		return 0, 0, 0
	}
	return ev.countries[e.Country], ev.local[e.Country], ev.divisions[division{e.Country, e.Admin1}]
}

// discount removes from the counts of e what own added to the evidence.
func discount(own, e *gazetteer.Entry, countries, local, divisions int) (int, int, int) {
	if own.Country != e.Country || own.Country == "" {
		return countries, local, divisions
	}
	countries--
	if own.Kind != gazetteer.Country {
		local--
		if own.Admin1 == e.Admin1 {
			divisions--
		}
	}
	return countries, local, divisions
}
