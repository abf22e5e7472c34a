package crossdoc

import (
	"fmt"
	"math/rand"
	"testing"

	"github.com/claimledger/claimledger"
)

var (
	benchVerbs   = []string{"shelled", "struck", "captured", "attacked", "mined", "bombed", "crossed", "evacuated"}
	benchPlaces  = []string{"Kozinka", "Bakhmut", "Avdiivka", "Kherson", "Belgorod", "Zaporizhzhia", "Sumy", "Kupiansk", "Izium", "Lyman"}
	benchThings  = []string{"bridge", "depot", "school", "checkpoint", "hospital", "railway", "dam", "airfield"}
	benchObjects = []string{"Ukrainian fighters", "Russian soldiers", "civilians", "armoured vehicles"}
	benchSides   = []string{"RU", "UA", "", "PL"}
)

// generated returns a story of n documents of ten claims each, as a story
// runs: twenty-five speakers of four sides, each with a repertoire of a few
// of sixty propositions that they repeat from document to document
// (assertions with casualty figures, accusations, denials, labels), now and
// then revising a figure; one document in four is a syndicated copy of an
// earlier one.
func generated(n int) []Report { return generate(n, 25, 3) }

// generate draws from speakers speakers and gives each spread propositions
// of its own; a large spread makes nearly every claim a group of its own.
func generate(n, speakers, spread int) []Report {
	rng := rand.New(rand.NewSource(1))
	var out []Report
	for d := 0; d < n; d++ {
		id := fmt.Sprintf("d%d", d+1)
		if d > 3 && rng.Intn(4) == 0 {
			src := out[rng.Intn(len(out))]
			doc := src.Doc
			doc.ID = id
			out = append(out, Report{Doc: doc, Outlet: fmt.Sprintf("outlet%d", d), CopyOf: src.Doc.ID})
			continue
		}
		doc := claimledger.Document{ID: id}
		for e := 0; e < 4; e++ {
			sp := rng.Intn(speakers)
			doc.Entities = append(doc.Entities, claimledger.Entity{ID: fmt.Sprintf("e%d", e+1),
				Name: fmt.Sprintf("Speaker %d office", sp), Type: claimledger.EntityOrg, Affiliation: benchSides[sp%4]})
		}
		for c := 0; c < 10; c++ {
			e := rng.Intn(4)
			var sp int
			fmt.Sscanf(doc.Entities[e].Name, "Speaker %d", &sp)
			p := (sp*spread + rng.Intn(spread)) % 60
			if spread > 60 {
				p = rng.Intn(spread)
			}
			cl := claimledger.Claim{ID: fmt.Sprintf("c%d", c+1), Stance: claimledger.StanceAssert,
				Source: &claimledger.Source{Entity: doc.Entities[e].ID}}
			cl.Content.Text = fmt.Sprintf("%s %s %s %s", benchVerbs[p%8], benchThings[p/8%8], benchPlaces[p%10], benchPlaces[p/10%10])
			switch (sp + p) % 10 {
			case 0:
				cl.Stance = claimledger.StanceDeny
			case 1:
				cl.Stance, cl.Content.Text = claimledger.StanceAccuse, "Kyiv of "+cl.Content.Text
			case 2:
				cl.Stance = claimledger.StanceLabel
			case 3, 4, 5:
				v := float64((sp*7 + p*13) % 100)
				if rng.Intn(10) == 0 {
					v += float64(rng.Intn(20))
				}
				doc.Quantities = append(doc.Quantities, claimledger.Quantity{Value: v, Low: f64(v), High: f64(v),
					Qualifier: claimledger.QualExact, Category: "killed", Object: benchObjects[p%4], Claim: cl.ID})
			}
			doc.Claims = append(doc.Claims, cl)
		}
		out = append(out, Report{Doc: doc, Outlet: fmt.Sprintf("outlet%d", d)})
	}
	return out
}

func TestGeneratedStory(t *testing.T) {
	a := Analyze(generated(200))
	if len(a.Groups) == 0 || len(a.Contradictions) == 0 || len(a.Figures) == 0 {
		t.Fatalf("groups %d, contradictions %d, figures %d", len(a.Groups), len(a.Contradictions), len(a.Figures))
	}
	mentions := 0
	for _, g := range a.Groups {
		mentions += len(g.Mentions)
		if len(g.History) == 0 || g.History[0].Status != Unverified || g.Status != g.History[len(g.History)-1].Status {
			t.Fatalf("%s: history %+v, status %s", g.ID, g.History, g.Status)
		}
	}
	if mentions != 2000 {
		t.Errorf("every claim of every document is a mention: %d of 2000", mentions)
	}
}

func BenchmarkAnalyze200(b *testing.B) {
	st := generated(200)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		Analyze(st)
	}
}

// BenchmarkAnalyze200Distinct is the worst case: a hundred speakers and
// thousands of propositions, so that nearly every claim is a group of its
// own and thousands of figures contradict each other.
func BenchmarkAnalyze200Distinct(b *testing.B) {
	st := generate(200, 100, 3000)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		Analyze(st)
	}
}
