package attribution

import (
	"strings"

	"github.com/claimledger/claimledger/internal/text"
)

// Outermost drops the claims whose cue lies inside another claim's content:
// "The Times reported the email came hours after Trump proposed a ban"
// reports what the Times said, and what Trump proposed is the Times' to
// tell, part of that content. It is how news attribution is annotated
// (PolNeAR marks no cue inside another's content), and most such inner cues
// are not attributions at all. When two claims hold each other's cue, the
// one whose cue comes first stays. The slice is filtered in place.
func Outermost(cls []Claim) []Claim {
	if len(cls) < 2 {
		return cls
	}
	inner := make([]bool, len(cls))
	for i := range cls {
		for j := range cls {
			if i != j && holds(&cls[j], cls[i].Cue) && !(holds(&cls[i], cls[j].Cue) && cls[i].Cue.Start < cls[j].Cue.Start) {
				inner[i] = true
				break
			}
		}
	}
	kept := cls[:0]
	for i, c := range cls {
		if !inner[i] {
			kept = append(kept, c)
		}
	}
	return kept
}

// holds reports whether r lies inside c's content.
func holds(c *Claim, r text.Range) bool {
	if r.End <= r.Start {
		return false
	}
	for _, p := range c.ContentParts() {
		if p.Start <= r.Start && r.End <= p.End {
			return true
		}
	}
	return false
}

// ParticiplesShareSpeakers gives a participle cue whose speaker lies inside
// an earlier claim's content the speaker of that claim: in "Christie
// repeated accusations that Rubio recites the same points, calling him
// robotic", Christie is calling, not Rubio. Claims must be in text order of
// their cues.
func ParticiplesShareSpeakers(d *text.Doc, cls []Claim) {
	for i := range cls {
		b := &cls[i]
		if !b.HasSource() {
			continue
		}
		k := d.TokenAt(b.Cue.Start)
		if k >= len(d.Tokens) || !strings.HasSuffix(d.Tokens[k].Lower, "ing") {
			continue
		}
		for j := i - 1; j >= 0; j-- {
			if a := &cls[j]; a.HasSource() && overlapsContent(a, b.Source) {
				b.Source = a.Source
				break
			}
		}
	}
}

// overlapsContent reports whether r overlaps c's content.
func overlapsContent(c *Claim, r text.Range) bool {
	for _, p := range c.ContentParts() {
		if p.Start < r.End && r.Start < p.End {
			return true
		}
	}
	return false
}
