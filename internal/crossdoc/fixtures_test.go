package crossdoc

import (
	"strings"
	"testing"

	"github.com/claimledger/claimledger/internal/extract"
	"github.com/claimledger/claimledger/internal/source"
)

// The texts below are written for these tests: one clash near a border
// village, told by each side, by a wire agency and by two papers that print
// the wire story unchanged.
const (
	ministryText = `Russia's Defence Ministry said on Tuesday that more than 70 Ukrainian fighters were killed and four armoured vehicles destroyed near the village of Kozinka. The ministry accused Kyiv of sending saboteurs across the border.`
	staffText    = `Ukraine's General Staff denied that Ukrainian units had crossed the border. The General Staff said two Ukrainian fighters were killed near Kozinka on Tuesday.`
	wireText     = `Russia's defence ministry said more than 70 Ukrainian fighters had been killed near Kozinka. Moscow accused Kyiv of sending saboteurs across the border, an allegation Kyiv flatly denies. Ukraine's General Staff said two Ukrainian fighters were killed.`
)

var pipeCache = map[string]Report{}

// pipe runs text through the extraction pipeline.
func pipe(id, outlet, copyOf, text string) Report {
	key := id + "\x00" + text
	if r, ok := pipeCache[key]; ok {
		r.Outlet, r.CopyOf = outlet, copyOf
		return r
	}
	doc, err := extract.Document(source.Document{ID: id, Text: text, Published: "2023-05-24"})
	if err != nil {
		panic(err)
	}
	r := Report{Doc: doc}
	pipeCache[key] = r
	r.Outlet, r.CopyOf = outlet, copyOf
	return r
}

// story5 is the ministry's statement, the General Staff's, the wire story
// and, when copies is set, two syndicated copies of the wire story.
func story5(copies bool) []Report {
	st := []Report{
		pipe("d1", "mil.ru", "", ministryText),
		pipe("d2", "zsu.gov.ua", "", staffText),
		pipe("d3", "Wire Agency", "", wireText),
	}
	if copies {
		st = append(st, pipe("d4", "Daily A", "d3", wireText), pipe("d5", "Daily B", "d3", wireText))
	}
	return st
}

// claimID returns the ID of the claim of r whose content contains part.
func claimID(t *testing.T, r Report, part string) string {
	t.Helper()
	for _, c := range r.Doc.Claims {
		if strings.Contains(c.Content.Text, part) {
			return c.ID
		}
	}
	t.Fatalf("%s: no claim says %q", r.Doc.ID, part)
	return ""
}

// groupOf returns the group that holds the mention.
func groupOf(t *testing.T, a Analysis, doc, claim string) ClaimGroup {
	t.Helper()
	for _, g := range a.Groups {
		for _, m := range g.Mentions {
			if m == (Mention{doc, claim}) {
				return g
			}
		}
	}
	t.Fatalf("no group holds %s %s", doc, claim)
	return ClaimGroup{}
}

// steps renders a history as "status@doc ...".
func steps(h []StatusChange) string {
	var b strings.Builder
	for i, c := range h {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(c.Status + "@" + c.Doc)
	}
	return b.String()
}

func figureOf(t *testing.T, a Analysis, category, objectWord string) Figure {
	t.Helper()
	for _, f := range a.Figures {
		if f.Category == category && strings.Contains(strings.ToLower(f.Object), objectWord) {
			return f
		}
	}
	t.Fatalf("no %s figure of %s in %+v", category, objectWord, a.Figures)
	return Figure{}
}
