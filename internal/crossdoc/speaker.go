package crossdoc

import (
	"strings"

	"github.com/claimledger/claimledger"
)

// speaker is one source across the story: every way documents name it.
type speaker struct {
	name  string // the most complete name seen
	side  string
	kind  string // entity type
	words []int32
}

// speakers clusters the sources of a story. Two names are one speaker when
// they are equal once lower-cased and stripped of articles and punctuation
// ("the Russian Defence Ministry", "Russian defence ministry"), or when both
// are organisations (or both people, or both countries) of the same
// non-empty affiliation and the words of one are all in the other: "the
// ministry" (RU) is "Ministry of Defence of the Russian Federation" (RU), but
// the Foreign Ministry is not the Defence Ministry. A name with no
// affiliation matches only by its words whole: "the ministry" alone could be
// anyone's.
type speakers struct {
	lex   *lexicon
	byKey map[string]int
	list  []speaker
}

func speakerKey(name string) string {
	w := tokens(name)
	for len(w) > 0 && (w[0] == "the" || w[0] == "a" || w[0] == "an") {
		w = w[1:]
	}
	return strings.Join(w, " ")
}

// id returns the speaker cluster of a source named name with the given
// affiliation and entity type.
func (s *speakers) id(name, side, kind string) int {
	key := speakerKey(name) + "\x00" + side
	if id, ok := s.byKey[key]; ok {
		return id
	}
	words := s.lex.set(name)
	id := -1
	if side != "" && len(words) > 0 {
		for i := range s.list {
			o := &s.list[i]
			if o.side != side || o.kind != kind {
				continue
			}
			if subset(words, o.words) || subset(o.words, words) {
				id = i
				if len(words) > len(o.words) {
					o.name, o.words = name, words
				}
				break
			}
		}
	}
	if id < 0 {
		id = len(s.list)
		s.list = append(s.list, speaker{name: name, side: side, kind: kind, words: words})
	}
	s.byKey[key] = id
	return id
}

// sourceOf names the speaker of claim c of document d: its entity's
// canonical name and affiliation, else the source text. A claim with no
// source in the text is the report's own voice, spoken by its outlet (the
// outlet of the report it copies, for a copy) or, when unknown, by the
// report itself.
func sourceOf(c *claimledger.Claim, ents map[string]*claimledger.Entity, voice string) (name, side, kind string) {
	if c == nil || c.Source == nil {
		return voice, "", "voice"
	}
	if e := ents[c.Source.Entity]; e != nil {
		name = e.Name
		if name == "" {
			name = c.Source.Name
		}
		return name, e.Affiliation, e.Type
	}
	if c.Source.Name != "" {
		return c.Source.Name, "", ""
	}
	// the comma that closes an appositive is no part of the name
	return strings.TrimRight(c.Source.Text, " ,"), "", ""
}
