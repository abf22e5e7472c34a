package entities

import (
	"strings"

	"github.com/claimledger/claimledger"
	"github.com/claimledger/claimledger/internal/actors"
	"github.com/claimledger/claimledger/internal/text"
)

// modifiedNoun reports whether t is a noun that an organ word before it
// modifies: a role noun or a plural that is not a verb ("forces", "units").
func modifiedNoun(t *text.Token) bool {
	if t.Kind != text.Word || t.Upper {
		return false
	}
	w := t.Lower
	if personNouns[w] || titles[w] {
		return true
	}
	return strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !speechVerbs[w] && !finiteVerbs[w]
}

// organs maps the head words of a state organ, lower-cased with possessive
// marks dropped, to a canonical name pattern; "%s" takes the country's
// official name. An empty pattern means the government, which is the
// country entity itself.
var organs = map[string]string{
	"government": "", "authorities": "", "leadership": "",
	"defence ministry": "Ministry of Defence of %s", "defense ministry": "Ministry of Defence of %s",
	"ministry of defence": "Ministry of Defence of %s", "ministry of defense": "Ministry of Defence of %s",
	"military": "Ministry of Defence of %s", "defence department": "Ministry of Defence of %s",
	"defense department": "Ministry of Defence of %s",
	"armed forces":       "Armed Forces of %s", "army": "Armed Forces of %s",
	"general staff":                     "General Staff of the Armed Forces of %s",
	"armed forces general staff":        "General Staff of the Armed Forces of %s",
	"general staff of the armed forces": "General Staff of the Armed Forces of %s",
	"foreign ministry":                  "Ministry of Foreign Affairs of %s", "ministry of foreign affairs": "Ministry of Foreign Affairs of %s",
	"foreign office":    "Ministry of Foreign Affairs of %s",
	"interior ministry": "Ministry of Internal Affairs of %s", "ministry of interior": "Ministry of Internal Affairs of %s",
	"ministry of internal affairs": "Ministry of Internal Affairs of %s",
	"health ministry":              "Ministry of Health of %s", "ministry of health": "Ministry of Health of %s",
	"justice ministry": "Ministry of Justice of %s", "ministry of justice": "Ministry of Justice of %s",
	"finance ministry": "Ministry of Finance of %s", "ministry of finance": "Ministry of Finance of %s",
	"emergencies ministry": "Ministry of Emergency Situations of %s",
	"security service":     "Security Service of %s", "navy": "Navy of %s", "air force": "Air Force of %s",
}

// organFirst holds the first words of the organ phrases.
var organFirst = func() map[string]bool {
	m := map[string]bool{}
	for k := range organs {
		first, _, _ := strings.Cut(k, " ")
		m[first] = true
	}
	return m
}()

// bareOrgans may stand with "the" alone, taking the country in focus:
// "the defense ministry" after Russia has been named.
var bareOrgans = set(`defence defense foreign interior general`)

// officialNames are the formal names organs are named with.
var officialNames = map[string]string{
	"RU": "the Russian Federation", "US": "the United States", "GB": "the United Kingdom",
	"KR": "the Republic of Korea", "KP": "the Democratic People's Republic of Korea", "CN": "the People's Republic of China",
	"NL": "the Netherlands", "PH": "the Philippines", "AE": "the United Arab Emirates", "CZ": "the Czech Republic",
}

func official(code string) string {
	if n, ok := officialNames[code]; ok {
		return n
	}
	if n := actors.CountryName(code); n != "" {
		return n
	}
	return code
}

// organAt matches a state organ at token i: [the] (Demonym | Country 's)
// organ words, or "the" + an organ of the country in focus, or "the
// ministry". It returns the tokens consumed, or 0.
func (s *Set) organAt(i int) int {
	toks := s.d.Tokens
	t := &toks[i]
	if t.Kind != text.Word || !t.Upper && t.Lower != "the" {
		return 0 // most tokens: no organ starts here
	}
	j := i
	det := t.Lower == "the"
	if det {
		j++
	}
	if j >= len(toks) {
		return 0
	}
	code := ""
	if c, ok := actors.Demonym(toks[j].Lower); ok && toks[j].Upper {
		code = c
		j++
	} else if s.isCap(j) {
		for n := 3; n >= 1; n-- {
			e := j + n
			if e >= len(toks) || toks[e].Lower != "'s" && toks[e].Lower != "’s" {
				continue
			}
			key := s.lowerKey(j, e)
			if a, ok := actors.Lookup(key); ok && a.Kind == actors.Country {
				code = a.Country
			} else if c, ok := actors.Capital(key); ok {
				code = c
			}
			if code != "" {
				j = e + 1
				break
			}
		}
	}
	if code == "" && !det {
		return 0
	}
	if code == "" && (j >= len(toks) || !bareOrgans[toks[j].Lower] && toks[j].Lower != "ministry" && toks[j].Lower != "military") {
		return 0
	}
	// the longest organ phrase of up to six words, keyed without allocating
	best, bestEnd := "", -1
	if j < len(toks) && organFirst[toks[j].Lower] {
		buf := s.buf[:0]
		for e := j + 1; e <= j+6 && e <= len(toks); e++ {
			if e > j+1 && !s.sameLine(e-1) || toks[e-1].Kind == text.Punct {
				break
			}
			w := toks[e-1].Lower
			if w == "'" || w == "’" {
				continue
			}
			if len(buf) > 0 {
				buf = append(buf, ' ')
			}
			buf = append(buf, w...)
			if p, ok := organs[string(buf)]; ok {
				best, bestEnd = p, e
			}
		}
		s.buf = buf
	}
	start, end := toks[i].Start, 0
	if bestEnd < 0 {
		// "the ministry": the last ministry named
		if code == "" && toks[j].Lower == "ministry" && s.lastMinistry >= 0 {
			s.mention(s.lastMinistry, start, toks[j].End)
			s.alias(s.lastMinistry, s.d.Text[start:toks[j].End])
			return j + 1 - i
		}
		return 0
	}
	if bestEnd < len(toks) && modifiedNoun(&toks[bestEnd]) {
		return 0 // "Russian military forces": the organ word is a modifier
	}
	explicit := code != ""
	if !explicit {
		if code = s.focusAt(i); code == "" {
			return 0
		}
	}
	// "Ukraine's army" must not leave "Ukraine" uncounted as a place: the
	// organ's span starts at the determiner or the country word.
	end = toks[bestEnd-1].End
	written := s.d.Text[start:end]
	if explicit {
		s.weigh(code, 2)
		s.markSubject(code, i, true)
	}
	var ent int
	if best == "" {
		ent = s.countryEntity(code)
	} else {
		name := strings.Replace(best, "%s", official(code), 1)
		var ok bool
		if ent, ok = s.keys[strings.ToLower(name)]; !ok {
			ent = s.newEntity(name, claimledger.EntityOrg)
			s.ents[ent].aff = code
			s.ents[ent].organ = best
		}
		if strings.HasPrefix(name, "Ministry") {
			s.lastMinistry = ent
		}
	}
	s.alias(ent, written)
	s.mention(ent, start, end)
	return bestEnd - i
}

// countryEntity finds or creates the entity of a country's government.
func (s *Set) countryEntity(code string) int {
	key := "\x00" + code
	if i, ok := s.keys[key]; ok {
		return i
	}
	name := actors.CountryName(code)
	if name == "" {
		name = code
	}
	i := s.newEntity(name, claimledger.EntityGPE)
	s.ents[i].aff = code
	s.keys[key] = i
	return i
}

// country records an acting country or capital at [a, b).
func (s *Set) country(code string, a, b int) {
	i := s.countryEntity(code)
	s.alias(i, s.textOf(a, b))
	s.mention(i, s.d.Tokens[a].Start, s.d.Tokens[b-1].End)
}
