package attribution

import "github.com/claimledger/claimledger/internal/text"

// EndAtCoordinated ends a content that follows its cue where the speaker
// goes on with another cue of their own, or another speaker begins: in
// "Pence said he had pneumonia and called it a common ailment", what Pence
// said ends before "and called"; in "Republicans said they were convinced
// and Democrats accused the GOP", before "and Democrats". A later claim of
// the same sentence whose cue, or source, stands inside the content right
// after "and" or "but" marks the end. Claims must be in text order of
// their cues.
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
			if b.Cue.Start <= a.Content.Start {
				continue
			}
			x := b.Cue.Start
			if b.HasSource() && b.Source != a.Source {
				if b.Source.Start <= a.Content.Start || b.Source.Start > b.Cue.Start || !d.Tokens[d.TokenAt(b.Source.Start)].Upper {
					continue // "shootings and protests demands": one subject
				}
				// "... and Democrats accused the GOP": a new speaker after "and"
				x = b.Source.Start
			}
			k := d.TokenAt(x) - 1
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
