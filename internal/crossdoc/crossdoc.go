// Package crossdoc reads the documents of one story together: the same claim
// made in several documents (claim groups), contradictions between documents,
// figures per category with low, best and high estimates, and the
// verification status of each claim group with its history. It reads only
// ledgers, in arrival order, and keeps every claim and figure.
//
// A syndicated copy is one report with its original: its mentions and figures
// are listed, marked, but it neither corroborates, disputes, confirms nor
// counts twice.
package crossdoc

import (
	"strings"

	"github.com/claimledger/claimledger"
)

// Report is one document of a story, in arrival order.
type Report struct {
	Doc    claimledger.Document
	Outlet string // the outlet (or URL host); may be empty
	// CopyOf is the ID of the document this one is a syndicated copy of, or
	// "": a copy is one report, not corroboration.
	CopyOf string
}

// Mention is one claim of one document: the document ID and the claim ID.
type Mention struct {
	Doc   string `json:"doc"`
	Claim string `json:"claim"`
}

// Verification statuses of a claim group, from weakest to strongest; see
// Analyze for how one gives way to another.
const (
	Unverified   = "unverified"
	Corroborated = "corroborated"
	Disputed     = "disputed"
	Confirmed    = "confirmed"
	Retracted    = "retracted"
)

var rank = map[string]int{Unverified: 0, Corroborated: 1, Disputed: 2, Confirmed: 3, Retracted: 4}

// ClaimGroup is one claim made by one speaker, in every document that
// reports it.
type ClaimGroup struct {
	ID       string         `json:"id"`             // "g1", "g2"... in order of first mention
	Speaker  string         `json:"speaker"`        // the source entity's canonical name, else the source text, else the outlet
	Side     string         `json:"side,omitempty"` // the speaker's affiliation (country code or organisation), or ""
	Stance   string         `json:"stance"`         // the stance of the first mention
	Content  string         `json:"content"`        // the content of the first mention
	Mentions []Mention      `json:"mentions"`       // every document and claim that says it, copies included
	Status   string         `json:"status"`
	History  []StatusChange `json:"history"` // every change, in order, never rewritten
}

// StatusChange is one step of a claim group's history: the status it took,
// the document that caused it and why, in one line.
type StatusChange struct {
	Status string `json:"status"`
	Doc    string `json:"doc"`
	Reason string `json:"reason"`
}

// Contradiction is a pair of claims that cannot both hold, with the groups
// they belong to. Kind is one of claimledger.Contradict*.
type Contradiction struct {
	Kind   string  `json:"kind"`
	A      Mention `json:"a"`
	B      Mention `json:"b"`
	GroupA string  `json:"group_a"`
	GroupB string  `json:"group_b"`
}

// Analysis is what the documents of a story say together.
type Analysis struct {
	Groups         []ClaimGroup    `json:"groups"`
	Contradictions []Contradiction `json:"contradictions"`
	Figures        []Figure        `json:"figures"`
}

// item is one claim of one report.
type item struct {
	rep, claim int
	speaker    int
	neg        bool // a denial or a withdrawal
	verifier   bool // "X confirmed that ...", "X said it had verified that ..."
	words      []int32
	figs       []fig
	group      int
}

type story struct {
	reports []Report
	copy    []bool // a later arrival of a report already in the story
	voice   []string
	lex     *lexicon
	spk     speakers
	items   []item
	byClaim []map[string]int // per report: claim ID → item
	groups  []*group
	events  []event

	bySpeaker map[int][]int    // speaker → groups
	byWord    map[int32][]int  // content word → counted groups
	byCat     map[string][]int // figure category → counted groups
	stamp     []int
	round     int
}

// Analyze reads the reports of one story in arrival order.
//
// Status rules. Every group starts unverified at its first mention. It
// becomes corroborated when a speaker independent of its side (another
// speaker whose affiliation is not the same) makes the same claim; disputed
// when a contradiction involves it (both claims of a contradiction are
// disputed: neither can stand while the other does); confirmed when a
// mention carries verification "confirmed" or an independent speaker says
// it verified or confirmed the same claim; retracted when its own speaker
// later denies or withdraws it. Each event is dated by the report that
// brings it; events of syndicated copies are ignored. Statuses only rise, in
// the order unverified < corroborated < disputed < confirmed < retracted: a
// party's later denial does not undo an independent verification, more
// corroboration does not settle a dispute, and a withdrawn claim stays
// withdrawn. Each rise is appended to the history; lesser events are not.
func Analyze(reports []Report) Analysis {
	s := &story{reports: reports, lex: newLexicon(),
		bySpeaker: map[int][]int{}, byWord: map[int32][]int{}, byCat: map[string][]int{}}
	s.spk = speakers{lex: s.lex, byKey: map[string]int{}}
	s.roots()
	for r := range reports {
		s.read(r)
	}
	cons := s.contradictions()
	s.settle()
	out := Analysis{Contradictions: cons, Figures: s.figures()}
	for _, g := range s.groups {
		out.Groups = append(out.Groups, g.ClaimGroup)
	}
	return out
}

// roots marks copies: a report is a copy when an earlier report of the story
// shares its original (following CopyOf through the story). A copy whose
// original is not in the story, or arrives later, is the first of its report
// and counts.
func (s *story) roots() {
	idx := map[string]int{}
	for i, r := range s.reports {
		if _, ok := idx[r.Doc.ID]; !ok {
			idx[r.Doc.ID] = i
		}
	}
	s.copy = make([]bool, len(s.reports))
	s.voice = make([]string, len(s.reports))
	first := map[int]bool{}
	for i := range s.reports {
		root := i
		for n := 0; n < len(s.reports); n++ {
			j, ok := idx[s.reports[root].CopyOf]
			if !ok || j == root {
				break
			}
			root = j
		}
		s.copy[i] = first[root]
		first[root] = true
		s.voice[i] = outletOf(&s.reports[root])
	}
}

func outletOf(r *Report) string {
	switch {
	case r.Outlet != "":
		return r.Outlet
	case r.Doc.Outlet != "":
		return r.Doc.Outlet
	}
	return "report " + r.Doc.ID
}

// read adds the claims of report r to the story.
func (s *story) read(r int) {
	doc := &s.reports[r].Doc
	ents := make(map[string]*claimledger.Entity, len(doc.Entities))
	for i := range doc.Entities {
		ents[doc.Entities[i].ID] = &doc.Entities[i]
	}
	figs := map[string][]fig{}
	for i := range doc.Quantities {
		q := &doc.Quantities[i]
		if q.Claim != "" && q.Category != "other" && q.Category != "" {
			figs[q.Claim] = append(figs[q.Claim], figOf(s.lex, q))
		}
	}
	m := make(map[string]int, len(doc.Claims))
	s.byClaim = append(s.byClaim, m)
	for i := range doc.Claims {
		c := &doc.Claims[i]
		name, side, kind := sourceOf(c, ents, s.voice[r])
		it := item{
			rep: r, claim: i,
			speaker:  s.spk.id(name, side, kind),
			neg:      c.Stance == claimledger.StanceDeny || withdraws(c.Cue.Text),
			verifier: verifies(c),
			words:    s.lex.set(c.Content.Text),
			figs:     figs[c.ID],
			group:    -1,
		}
		m[c.ID] = len(s.items)
		s.items = append(s.items, it)
		s.place(len(s.items) - 1)
	}
}

func withdraws(cue string) bool {
	c := strings.ToLower(cue)
	for _, w := range []string{"withdr", "retract", "recant", "walked back", "rescind"} {
		if strings.Contains(c, w) {
			return true
		}
	}
	return false
}

// verifies reports whether a claim says its speaker verified its content:
// a cue "confirmed" or "verified", or a content opening "(that) it had
// (independently) verified that".
func verifies(c *claimledger.Claim) bool {
	cue := strings.ToLower(c.Cue.Text)
	if strings.Contains(cue, "confirm") || strings.Contains(cue, "verif") {
		return true
	}
	w := tokens(c.Content.Text)
	for len(w) > 0 {
		switch w[0] {
		case "that", "it", "they", "we", "has", "have", "had", "independently":
			w = w[1:]
			continue
		case "verified", "confirmed":
			return true
		}
		break
	}
	return false
}
