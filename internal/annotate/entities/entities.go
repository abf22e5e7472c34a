// Package entities finds people, organisations, countries and groups and
// groups their mentions into entities.
//
// Find works token by token: runs of capitalised words (with the inner "of",
// "of the", "for", "and" of long names) are split into a title and a name,
// looked up in the actor dictionary (internal/actors) and classified by
// their last word, by titles, first names, appositives and speech verbs.
// Country names and capitals become entities only when they act ("Kyiv
// denies", "Moscow's claims"); state organs named by a nationality and a head
// noun ("the Russian military", "Ukraine's General Staff") resolve to the
// country's canonical organ. Resolve then maps speaker phrases of the claims
// stage onto these entities, creating entities for definite nominals.
package entities

import (
	"sort"
	"strconv"
	"strings"

	"github.com/claimledger/claimledger"
	"github.com/claimledger/claimledger/internal/text"
)

// entity is one referent, with byte-offset mentions.
type entity struct {
	name    string
	typ     string
	aliases []string
	role    string
	aff     string
	// organ marks canonical state organs, which "the ministry" may name.
	organ  string
	gender gender
}

// mention is a stretch of text naming entity ent.
type mention struct {
	start, end int
	ent        int
}

// Set holds the entities of one document.
type Set struct {
	d        *text.Doc
	ents     []*entity
	mentions []mention // sorted by start
	// keys maps lower-cased names, aliases and surnames to entities.
	keys map[string]int
	// focus picks the country of a bare "the defense ministry".
	focus focus
	// lastMinistry is the ministry most recently named, for "the ministry".
	lastMinistry int
	pending      []apposed
	buf          []byte // scratch for dictionary keys
}

// Find returns the entity mentions of d, clustered into entities.
func Find(d *text.Doc) *Set {
	s := &Set{d: d, keys: map[string]int{}, lastMinistry: -1}
	s.focus.home = s.datelineCountry()
	s.scan()
	s.genders()
	return s
}

func (s *Set) id(i int) string { return "e" + strconv.Itoa(i+1) }

func (s *Set) index(id string) int {
	if len(id) < 2 || id[0] != 'e' {
		return -1
	}
	n, err := strconv.Atoi(id[1:])
	if err != nil || n < 1 || n > len(s.ents) {
		return -1
	}
	return n - 1
}

// Type returns the type of entity id, or "".
func (s *Set) Type(id string) string {
	if i := s.index(id); i >= 0 {
		return s.ents[i].typ
	}
	return ""
}

// newEntity adds an entity and registers its name as a key.
func (s *Set) newEntity(name, typ string) int {
	s.ents = append(s.ents, &entity{name: name, typ: typ})
	i := len(s.ents) - 1
	s.key(strings.ToLower(name), i)
	return i
}

// key registers a lower-cased name for entity i unless taken.
func (s *Set) key(k string, i int) {
	if k == "" {
		return
	}
	if _, ok := s.keys[k]; !ok {
		s.keys[k] = i
	}
}

// alias records another written form of entity i.
func (s *Set) alias(i int, a string) {
	e := s.ents[i]
	if a == "" || strings.EqualFold(a, e.name) {
		return
	}
	for _, x := range e.aliases {
		if strings.EqualFold(x, a) {
			return
		}
	}
	e.aliases = append(e.aliases, a)
	s.key(strings.ToLower(a), i)
}

// mention adds a mention of entity i over bytes [start, end), keeping the
// list sorted; a mention already there is not repeated.
func (s *Set) mention(i, start, end int) {
	if start >= end {
		return
	}
	k := sort.Search(len(s.mentions), func(k int) bool {
		m := s.mentions[k]
		return m.start > start || m.start == start && m.end >= end
	})
	if k < len(s.mentions) && s.mentions[k].start == start && s.mentions[k].end == end {
		return
	}
	s.mentions = append(s.mentions, mention{})
	copy(s.mentions[k+1:], s.mentions[k:])
	s.mentions[k] = mention{start, end, i}
}

// Ledger returns the entities in output form, mentions as contract spans.
func (s *Set) Ledger() []claimledger.Entity {
	out := make([]claimledger.Entity, len(s.ents))
	for i, e := range s.ents {
		out[i] = claimledger.Entity{ID: s.id(i), Name: e.name, Type: e.typ, Aliases: e.aliases,
			Role: e.role, Affiliation: e.aff, Mentions: []claimledger.Span{}}
	}
	for _, m := range s.mentions {
		out[m.ent].Mentions = append(out[m.ent].Mentions, s.d.Span(m.start, m.end))
	}
	return out
}

// Antecedent returns the entity a pronoun at byte pos refers to, or "".
// "he"/"she" take the nearest person before pos in the same sentence, else
// the first person (the subject) of the nearest earlier sentence naming
// one; "it"/"its" the nearest org or country; "they" the nearest group,
// then org.
func (s *Set) Antecedent(pronoun string, pos int) string {
	p := strings.ToLower(pronoun)
	var want func(t string) bool
	switch {
	case personPronouns[p]:
		if i := s.nearestEntity(pos, func(e *entity) bool { return e.typ == claimledger.EntityPerson && e.fits(p) && hasUpper(e.name) }, 3); i >= 0 {
			return s.id(i)
		}
		return ""
	case thingPronouns[p]:
		want = func(t string) bool { return t == claimledger.EntityOrg || t == claimledger.EntityGPE }
	case pluralPronouns[p]:
		if i := s.nearest(pos, func(t string) bool { return t == claimledger.EntityGroup }, 2); i >= 0 {
			return s.id(i)
		}
		want = func(t string) bool { return t == claimledger.EntityOrg }
	default:
		return ""
	}
	if i := s.nearest(pos, want, 3); i >= 0 {
		return s.id(i)
	}
	return ""
}

// nearest finds the entity for a pronoun at pos: the closest fitting
// mention earlier in pos's sentence, else the first fitting mention of the
// closest earlier sentence that has one, looking back at most back
// sentences.
func (s *Set) nearest(pos int, want func(string) bool, back int) int {
	return s.nearestEntity(pos, func(e *entity) bool { return want(e.typ) }, back)
}

// nearestEntity is nearest with a test of the whole entity.
func (s *Set) nearestEntity(pos int, want func(*entity) bool, back int) int {
	if len(s.d.Tokens) == 0 {
		return -1
	}
	tok := s.d.TokenAt(pos)
	if tok >= len(s.d.Tokens) {
		tok = len(s.d.Tokens) - 1
	}
	sent := s.d.SentenceOf(tok)
	k := sort.Search(len(s.mentions), func(k int) bool { return s.mentions[k].start >= pos })
	sentStart := func(i int) int {
		if i < 0 || i >= len(s.d.Sentences) {
			return 0
		}
		return s.d.Sentences[i].Start
	}
	// same sentence: the closest
	for j := k - 1; j >= 0 && s.mentions[j].start >= sentStart(sent); j-- {
		if want(s.ents[s.mentions[j].ent]) {
			return s.mentions[j].ent
		}
	}
	for b := 1; b <= back && sent-b >= 0; b++ {
		lo, hi := sentStart(sent-b), sentStart(sent-b+1)
		j := sort.Search(len(s.mentions), func(j int) bool { return s.mentions[j].start >= lo })
		for ; j < len(s.mentions) && s.mentions[j].start < hi; j++ {
			if want(s.ents[s.mentions[j].ent]) {
				return s.mentions[j].ent
			}
		}
	}
	return -1
}
