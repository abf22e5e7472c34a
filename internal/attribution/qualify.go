package attribution

import (
	"strings"

	"github.com/claimledger/claimledger"
	"github.com/claimledger/claimledger/internal/text"
)

// Qualities of a claim read from the text around it.
type Qualities struct {
	Form         string
	Hedged       bool
	Verification string
	// RefersTo is the index of the claim this one answers, or -1.
	RefersTo int
}

// Qualify reads form, hedging, verification and reference for each claim,
// and sharpens stances that the content decides ("has nothing to do with
// it" is a denial).
func Qualify(d *text.Doc, cls []Claim) []Qualities {
	q := make([]Qualities, len(cls))
	for i := range cls {
		c := &cls[i]
		q[i] = Qualities{Form: form(d, c), Hedged: hedged(d, c), Verification: claimledger.Unknown, RefersTo: -1}
		if c.Stance == claimledger.StanceAssert && mayDecideStance(d, c.Content) {
			low := strings.ToLower(d.Text[c.Content.Start:c.Content.End])
			if hasAny(low, denialPhrases) {
				c.Stance = claimledger.StanceDeny
			} else if hasAny(low, blamePhrases) {
				c.Stance = claimledger.StanceAccuse
			}
		}
	}
	verify(d, cls, q)
	refer(cls, q)
	return q
}

func form(d *text.Doc, c *Claim) string {
	r := c.Content
	parts := c.ContentParts()
	quoted := 0
	for _, p := range parts {
		if k := d.QuoteAt(p.Start); k >= 0 && d.Quotes[k].Start == p.Start && d.Quotes[k].End >= p.End {
			quoted++
		}
	}
	if quoted == len(parts) {
		return claimledger.FormDirect
	}
	for k := range d.Quotes {
		if d.Quotes[k].Start >= r.Start && d.Quotes[k].Start < r.End {
			return claimledger.FormMixed
		}
	}
	return claimledger.FormIndirect
}

func hedged(d *text.Doc, c *Claim) bool {
	for k := d.TokenAt(c.Content.Start); k < len(d.Tokens) && d.Tokens[k].Start < c.Content.End; k++ {
		if hedges[d.Tokens[k].Lower] {
			return true
		}
	}
	return false
}

// Phrases in a content that decide its stance.
var (
	denialPhrases = []string{"nothing to do with", "not involved", "no involvement", "no role in", "not responsible",
		"no part in", "was not behind", "were not behind", "is not behind", "are not behind", "had no connection",
		"baseless", "groundless", "unfounded", "untrue", "fabricated", "fabrication", "false claims", "no truth"}
	blamePhrases = []string{" saboteurs", "was behind", "were behind", "is behind", "are behind",
		"orchestrated", "masterminded", "staged by", "carried out by", "to blame", "provocation by", "responsible for the attack"}
)

// stanceWords are the words of denialPhrases and blamePhrases that are
// rare enough to look for first, token by token, before the phrases.
var stanceWords = set("nothing involved involvement role responsible part behind connection baseless groundless unfounded untrue fabricated fabrication false truth saboteurs orchestrated masterminded staged carried blame provocation")

// mayDecideStance reports whether the content r holds a word of the phrases
// that decide a stance: most contents hold none, and are not lower-cased
// and searched phrase by phrase.
func mayDecideStance(d *text.Doc, r text.Range) bool {
	for k := d.TokenAt(r.Start); k < len(d.Tokens) && d.Tokens[k].Start < r.End; k++ {
		if stanceWords[d.Tokens[k].Lower] {
			return true
		}
	}
	return false
}

func hasAny(s string, phrases []string) bool {
	for _, p := range phrases {
		if strings.Contains(s, p) {
			return true
		}
	}
	return false
}

// Verification cues and the state they give.
var verificationCues = []struct {
	phrase string
	state  string
}{
	{"yet to be independently verified", claimledger.Unverified},
	{"yet to be verified", claimledger.Unverified},
	{"not be independently verified", claimledger.Unverified},
	{"not independently verified", claimledger.Unverified},
	{"not been independently verified", claimledger.Unverified},
	{"not be independently confirmed", claimledger.Unverified},
	{"not been independently confirmed", claimledger.Unverified},
	{"not independently confirmed", claimledger.Unverified},
	{"unconfirmed independently", claimledger.Unverified},
	{"remains unconfirmed", claimledger.Unverified},
	{"remain unconfirmed", claimledger.Unverified},
	{"could not be verified", claimledger.Unverified},
	{"could not be confirmed", claimledger.Unverified},
	{"cannot be verified", claimledger.Unverified},
	{"cannot be independently", claimledger.Unverified},
	{"could not independently", claimledger.Unverified},
	{"were unable to verify", claimledger.Unverified},
	{"was unable to verify", claimledger.Unverified},
	{"unable to independently", claimledger.Unverified},
	{"no independent confirmation", claimledger.Unverified},
	{"no independent verification", claimledger.Unverified},
	{"unverified", claimledger.Unverified},
	{"could be independently confirmed", claimledger.Unverified}, // after "neither", "none of", "no"
	{"could be independently verified", claimledger.Unverified},
	{"independently verified by", claimledger.Confirmed},
	{"independently confirmed by", claimledger.Confirmed},
	{"has been verified by", claimledger.Confirmed},
	{"have been verified by", claimledger.Confirmed},
	{"was verified by", claimledger.Confirmed},
	{"were verified by", claimledger.Confirmed},
	{"has independently verified", claimledger.Confirmed},
	{"has independently confirmed", claimledger.Confirmed},
	{"have independently verified", claimledger.Confirmed},
	{"have independently confirmed", claimledger.Confirmed},
}

// verify attaches each verification cue to the claim it speaks of: the
// nearest claim whose cue comes before it (in the same sentence or before),
// or, when the cue speaks of figures, the nearest earlier claim with numbers.
func verify(d *text.Doc, cls []Claim, q []Qualities) {
	if len(cls) == 0 {
		return
	}
	for _, s := range d.Sentences {
		seg := d.Text[s.Start:s.End]
		if !strings.Contains(seg, "verif") && !strings.Contains(seg, "confirm") {
			continue
		}
		ls := strings.ToLower(seg)
		for _, vc := range verificationCues {
			at := strings.Index(ls, vc.phrase)
			if at < 0 {
				continue
			}
			if strings.HasPrefix(vc.phrase, "could be") && !negated(ls[:at]) {
				continue
			}
			pos := s.Start + at
			if len(ls) != len(seg) {
				pos = s.Start // lower-casing changed byte lengths: the sentence start will do
			}
			target := -1
			figures := strings.Contains(ls, "figure") || strings.Contains(ls, "casualt") || strings.Contains(ls, "toll") || strings.Contains(ls, "numbers")
			for i := len(cls) - 1; i >= 0; i-- {
				if cls[i].Cue.Start >= pos && !(cls[i].Content.Start < pos && pos < cls[i].Content.End) {
					continue
				}
				// a claim containing the cue is about something else
				if cls[i].Content.Start <= pos && pos < cls[i].Content.End {
					continue
				}
				if figures && !hasNumber(d, cls[i].Content) {
					continue
				}
				target = i
				break
			}
			if target >= 0 {
				q[target].Verification = vc.state
				if plural(ls[:at]) {
					// "the claims", "these figures": every claim of the same
					// stretch of text, back to the paragraph before the target's
					from := d.ParagraphOf(cls[target].Cue.Start) - 1
					if strings.Contains(ls[:at], "neither") || strings.Contains(ls[:at], "both") {
						from = d.ParagraphOf(pos) // "neither account": the accounts just given
					}
					for i := target - 1; i >= 0 && d.ParagraphOf(cls[i].Cue.Start) >= from; i-- {
						if !figures || hasNumber(d, cls[i].Content) {
							q[i].Verification = vc.state
						}
					}
				}
			}
			break
		}
	}
}

func hasNumber(d *text.Doc, r text.Range) bool {
	for k := d.TokenAt(r.Start); k < len(d.Tokens) && d.Tokens[k].Start < r.End; k++ {
		t := d.Tokens[k]
		if t.Kind == text.Number || numberWords[t.Lower] {
			return true
		}
	}
	return false
}

var numberWords = set("two three four five six seven eight nine ten eleven twelve dozen dozens hundred hundreds thousand thousands million millions several")

// refer links a denial to the accusation it answers: the latest earlier
// accusation, or failing that the latest earlier assertion by another speaker.
func refer(cls []Claim, q []Qualities) {
	for i := range cls {
		if cls[i].Stance != claimledger.StanceDeny {
			continue
		}
		for j := i - 1; j >= 0; j-- {
			if cls[j].Stance == claimledger.StanceAccuse {
				q[i].RefersTo = j
				break
			}
		}
	}
}

// negated reports whether a sentence start denies what follows: "Neither
// side's figures could be ...", "None of the claims could be ...".
func negated(head string) bool {
	for _, w := range []string{"neither ", "none of ", "no ", "nor "} {
		if strings.HasPrefix(head, w) || strings.Contains(head, " "+w) {
			return true
		}
	}
	return false
}

// plural reports whether a verification cue speaks of several claims:
// "the claims", "these casualty figures", "the reports".
func plural(head string) bool {
	for _, w := range []string{"claims", "figures", "reports", "allegations", "numbers", "assertions", "statements", "accounts", "tolls", "neither", "none of", "both"} {
		if strings.Contains(head, w) {
			return true
		}
	}
	return false
}
