package places

import (
	"github.com/claimledger/claimledger/internal/gazetteer"
	"github.com/claimledger/claimledger/internal/text"
)

// Population thresholds for a city named without a cue. A village needs its
// country in the document; a town named at the start of a sentence, where
// every word is capitalised, needs to be large.
const (
	minPopulationUncued  = 50000
	minPopulationInitial = 150000
	minPopulationCountry = 1000
	// a town abroad, in a document that names other countries but not its own
	minPopulationForeign = 500000
)

// plausible decides whether a candidate reads as a place mention.
func plausible(d *text.Doc, c *candidate, ev evidence, flagged map[string]bool) bool {
	e := c.best
	first := &d.Tokens[c.first]
	single := c.first == c.last
	if single && stopwords[first.Lower] {
		return false
	}
	if e.Kind != gazetteer.City {
		// a country or division word used in a longer name was dropped already
		if single && isAllCaps(d.Text[first.Start:first.End]) && e.Kind != gazetteer.Country {
			return false // "GA", "WA": abbreviations of states are too ambiguous alone
		}
		return true
	}
	if single && (len(first.Lower) < 3 || isAllCaps(d.Text[first.Start:first.End]) && len(first.Lower) <= 4) {
		return false // initials and acronyms: "D", "NATO", "IAEA"
	}
	if single && (flagged[first.Lower] || commonWords[first.Lower] || demonyms[first.Lower] != "") && !c.strong {
		return false // "Johnson" after "Boris Johnson", "Reading", "Spanish"
	}
	if c.alternate && !sharesPrefix(first.Lower, e.Name) && !c.strong {
		return false // "Google", a nickname of Topeka; "White House", Casablanca translated
	}
	countries, _, divisions := ev.counts(e)
	if own := c.contributed; own != nil {
		countries, _, divisions = discount(own, e, countries, 0, divisions)
	}
	pop := e.Population
	if c.strong || c.cued && (countries > 0 || divisions > 0 || pop >= minPopulationUncued) {
		return true
	}
	if divisions > 0 && pop >= minPopulationCountry/2 {
		return !c.initial || pop >= minPopulationUncued
	}
	if c.initial {
		return pop >= minPopulationInitial
	}
	if countries > 0 {
		return pop >= minPopulationCountry
	}
	if len(ev.countries) > 0 {
		return pop >= minPopulationForeign
	}
	return pop >= minPopulationUncued
}

func isAllCaps(s string) bool {
	letters := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 'a' && c <= 'z' || c >= 0x80 {
			return false
		}
		if c >= 'A' && c <= 'Z' {
			letters++
		}
	}
	return letters >= 2
}

// sharesPrefix tells a spelling variant ("Kiev" for Kyiv) from an unrelated
// alternate name.
func sharesPrefix(lower, name string) bool {
	return lower != "" && name != "" && lower[0]|0x20 == name[0]|0x20
}
