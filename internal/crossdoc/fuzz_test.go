package crossdoc

import (
	"testing"

	"github.com/claimledger/claimledger/internal/extract"
	"github.com/claimledger/claimledger/internal/source"
)

// FuzzAnalyze reads any two texts, the second possibly a copy of the first,
// through extraction and together: no panic, every claim of every
// document in exactly one group, statuses known.
func FuzzAnalyze(f *testing.F) {
	f.Add("The ministry said 70 fighters were killed. Kyiv denied it.", "Ukraine's General Staff said two fighters died and denied the claim.", false)
	f.Add("Officials confirmed the toll of 12, verified by the UN.", "Officials confirmed the toll of 12, verified by the UN.", true)
	f.Add("", "\"", false)
	f.Fuzz(func(t *testing.T, a, b string, copy bool) {
		var reports []Report
		for i, text := range []string{a, b} {
			id := []string{"a", "b"}[i]
			d, err := extract.Document(source.Document{ID: id, Text: text, Published: "2023-05-24"})
			if err != nil {
				t.Fatal(err)
			}
			r := Report{Doc: d}
			if i == 1 && copy {
				r.CopyOf = "a"
			}
			reports = append(reports, r)
		}
		an := Analyze(reports)
		seen := map[Mention]int{}
		for _, g := range an.Groups {
			switch g.Status {
			case Unverified, Corroborated, Disputed, Confirmed, Retracted:
			default:
				t.Fatalf("group %s has status %q", g.ID, g.Status)
			}
			for _, m := range g.Mentions {
				seen[m]++
			}
		}
		for _, r := range reports {
			for _, c := range r.Doc.Claims {
				if n := seen[Mention{r.Doc.ID, c.ID}]; n != 1 {
					t.Fatalf("claim %s/%s in %d groups", r.Doc.ID, c.ID, n)
				}
			}
		}
	})
}
