package attribution

import "github.com/claimledger/claimledger/internal/text"

// EndAtCoordinated ends a content that follows its cue where the speaker
// goes on with another cue of their own: in "Pence said he had pneumonia
// and called it a common ailment", what Pence said ends before "and
// called". A later claim of the same sentence whose cue stands inside the
// content, after "and" or "but", and whose source is the same or unnamed,
// marks the end. Claims must be in text order of their cues.
func EndAtCoordinated(d *text.Doc, cls []Claim) {
	for i := range cls {
		a := &cls[i]
		if a.Content.Start < a.Cue.End {
			continue
		}
		for j := i + 1; j < len(cls); j++ {
			b := &cls[j]
			if b.Sentence != a.Sentence || b.Cue.Start >= a.Content.End {
				break
			}
			if b.Cue.Start <= a.Content.Start || b.HasSource() && b.Source != a.Source && b.Source.Start > a.Content.Start {
				continue
			}
			k := d.TokenAt(b.Cue.Start) - 1
			for k >= 0 && coordinatedAdverbs[d.Tokens[k].Lower] {
				k--
			}
			if k < 0 || d.Tokens[k].Lower != "and" && d.Tokens[k].Lower != "but" {
				continue
			}
			k--
			for k >= 0 && (d.Tokens[k].Kind == text.Punct && d.Tokens[k].Lower != ")") {
				k--
			}
			if k < 0 || d.Tokens[k].End <= a.Content.Start {
				continue
			}
			cut(a, d.Tokens[k].End)
			break
		}
	}
}

// coordinatedAdverbs may stand between "and" and a coordinated cue.
var coordinatedAdverbs = set("also then later again repeatedly even further still")

// cut ends a claim's content at byte end, dropping the parts after it.
func cut(c *Claim, end int) {
	c.Content.End = end
	if len(c.Parts) == 0 {
		return
	}
	var kept []text.Range
	for _, p := range c.Parts {
		if p.Start >= end {
			break
		}
		if p.End > end {
			p.End = end
		}
		kept = append(kept, p)
	}
	c.Parts = kept
	if len(c.Parts) == 1 {
		c.Parts = nil
	}
}
