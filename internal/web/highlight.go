package web

import (
	"html/template"
	"sort"
	"strings"

	"github.com/claimledger/claimledger"
)

// mark is a stretch of text to highlight: one claim's source, cue or
// content, a figure or a date.
type mark struct {
	start, end int // code point offsets, end exclusive
	class      string
	claim      string // the claim's id: the mark links to its card
	title      string
}

// marks lists what to highlight in a ledger's text: each claim's source,
// cue and content (each part of a broken content), classed by stance; each
// figure, flagged when unverified; each date.
func marks(d claimledger.Document, claims map[string]*claimledger.Claim) []mark {
	var ms []mark
	for _, c := range d.Claims {
		stance := " stance-" + c.Stance
		who := "the outlet"
		if c.Source != nil {
			who = c.Source.Text
			if c.Source.Name != "" && c.Source.Name != who {
				who += " (" + c.Source.Name + ")"
			}
			ms = append(ms, mark{c.Source.Start, c.Source.End, "m source" + stance, c.ID, who + ": source of " + c.ID})
		}
		title := c.ID + ": " + who + ", " + strings.ReplaceAll(c.Stance, "_", " ") + ", " + c.Verification
		if c.Hedged {
			title += ", hedged"
		}
		if c.Belief {
			title += ", belief"
		}
		ms = append(ms, mark{c.Cue.Start, c.Cue.End, "m cue" + stance, c.ID, title})
		parts := c.Content.Parts
		if len(parts) == 0 {
			parts = []claimledger.Span{c.Content.Span}
		}
		for _, p := range parts {
			ms = append(ms, mark{p.Start, p.End, "m content" + stance, c.ID, title})
		}
	}
	for _, q := range d.Quantities {
		class, t := "m figure", "figure: "+q.Category
		if q.Claim == "" {
			t += ", the outlet's own"
		} else if unverifiedFigure(claims[q.Claim]) {
			class += " unverified"
			t += ", unverified: claimed in " + q.Claim
		} else {
			t += ", confirmed, in " + q.Claim
		}
		ms = append(ms, mark{q.Start, q.End, class, q.Claim, t})
	}
	for _, tm := range d.Times {
		ms = append(ms, mark{tm.Start, tm.End, "m date", "", "date: " + tm.Value})
	}
	return ms
}

// highlight renders text with marks as HTML. Every piece of text is
// escaped before it is wrapped, so the result is safe whatever the text
// holds. Where marks overlap, the shortest wins: a figure inside a
// content, a nested claim inside a longer one. Offsets out of range or
// reversed are ignored rather than trusted. Paragraphs are kept.
func highlight(text string, ms []mark) template.HTML {
	runes := []rune(text)
	n := len(runes)
	var ok []mark
	cuts := []int{0, n}
	for _, m := range ms {
		if m.start < 0 || m.end > n || m.start >= m.end {
			continue
		}
		ok = append(ok, m)
		cuts = append(cuts, m.start, m.end)
	}
	sort.Ints(cuts)
	sort.SliceStable(ok, func(i, j int) bool { return ok[i].start < ok[j].start })
	var b strings.Builder
	b.Grow(len(text) * 2)
	b.WriteString("<p>")
	for i := 0; i+1 < len(cuts); i++ {
		a, z := cuts[i], cuts[i+1]
		if a == z {
			continue
		}
		best := -1
		for j := range ok {
			m := ok[j]
			if m.start > a {
				break
			}
			if z <= m.end && (best < 0 || m.end-m.start < ok[best].end-ok[best].start) {
				best = j
			}
		}
		piece := paragraphs(string(runes[a:z]))
		if best < 0 {
			b.WriteString(piece)
			continue
		}
		m := ok[best]
		tag := "span"
		if m.claim != "" {
			tag = "a"
		}
		b.WriteString("<" + tag + ` class="`)
		b.WriteString(template.HTMLEscapeString(m.class))
		if m.claim != "" {
			b.WriteString(`" href="#claim-`)
			b.WriteString(template.HTMLEscapeString(m.claim))
			b.WriteString(`" data-claim="`)
			b.WriteString(template.HTMLEscapeString(m.claim))
		}
		b.WriteString(`" title="`)
		b.WriteString(template.HTMLEscapeString(m.title))
		b.WriteString(`">`)
		b.WriteString(piece)
		b.WriteString("</" + tag + ">")
	}
	b.WriteString("</p>")
	return template.HTML(b.String())
}

// paragraphs escapes a piece of text and breaks its lines with <br>,
// keeping the newlines. A mark spanning a paragraph stays valid HTML
// because a break inside it is a <br>, never a new <p>.
func paragraphs(s string) string {
	s = template.HTMLEscapeString(s)
	// carriage returns are dropped, not read as breaks: a mark may fall
	// between the two characters of a CRLF
	s = strings.ReplaceAll(s, "\r", "")
	return strings.ReplaceAll(s, "\n", "<br>\n")
}
