package crossdoc

import (
	"fmt"
	"testing"

	"github.com/claimledger/claimledger"
)

func f64(v float64) *float64 { return &v }

// said is a one-claim document: speaker (name, affiliation) says that n
// object were killed; qual "more_than" opens the figure upwards.
func said(id, speaker, side string, n float64, qual, object string) Report {
	c := claimledger.Claim{ID: "c1", Stance: claimledger.StanceAssert, Source: &claimledger.Source{Entity: "e1"}}
	c.Content.Text = fmt.Sprintf("%v %s were killed in the shelling of the market", n, object)
	q := claimledger.Quantity{Value: n, Low: f64(n), High: f64(n), Qualifier: claimledger.QualExact,
		Category: "killed", Object: object, Claim: "c1"}
	q.Text = fmt.Sprint(n)
	if qual == claimledger.QualMoreThan {
		q.Qualifier, q.Low, q.High = qual, f64(n+1), nil
	}
	return Report{Doc: claimledger.Document{ID: id, Claims: []claimledger.Claim{c}, Quantities: []claimledger.Quantity{q},
		Entities: []claimledger.Entity{{ID: "e1", Name: speaker, Type: claimledger.EntityOrg, Affiliation: side}}}}
}

// accusation is a document in which side accuses the other side.
func accusation(id, speaker, side, other string) Report {
	c := claimledger.Claim{ID: "c1", Stance: claimledger.StanceAccuse, Source: &claimledger.Source{Entity: "e1"}}
	c.Content.Text = "the " + other + " army of shelling the market"
	return Report{Doc: claimledger.Document{ID: id, Claims: []claimledger.Claim{c},
		Entities: []claimledger.Entity{{ID: "e1", Name: speaker, Type: claimledger.EntityOrg, Affiliation: side}}}}
}

func TestBestIsTheMedianOfIndependentSources(t *testing.T) {
	st := []Report{
		accusation("a1", "Ministry of Defence of Russia", "RU", "Ukrainian"),
		said("p1", "Ministry of Defence of Russia", "RU", 500, "", "civilians"),
		said("i1", "Monitoring Mission", "", 10, "", "civilians"),
		said("i2", "Human Rights Watch", "", 40, "", "civilians"),
		said("i3", "Red Cross", "", 12, "", "civilians"),
	}
	f := figureOf(t, Analyze(st), "killed", "civilians")
	if f.Low != 10 || f.Best != 12 || f.High != 40 {
		t.Errorf("independent 10, 12, 40 and a party's 500: want 10/12/40, got %v/%v/%v", f.Low, f.Best, f.High)
	}
	if len(f.Claims) != 4 {
		t.Errorf("every figure is kept, the party's too: %d", len(f.Claims))
	}
	// an even number of sources: the lower middle figure, one a source gave
	f = figureOf(t, Analyze(append(st, said("i4", "Amnesty International", "", 50, "", "civilians"))), "killed", "civilians")
	if f.Best != 12 || f.High != 50 {
		t.Errorf("10, 12, 40, 50: best 12, high 50, got %v/%v", f.Best, f.High)
	}
	// a source quoted twice is one source, its latest figure standing for it
	f = figureOf(t, Analyze(append(st, said("i5", "Monitoring Mission", "", 45, "", "civilians"))), "killed", "civilians")
	if f.Low != 12 || f.Best != 40 || f.High != 45 {
		t.Errorf("the mission revises 10 to 45: 12, 40, 45 → 12/40/45, got %v/%v/%v", f.Low, f.Best, f.High)
	}
}

func TestPartiesOnly(t *testing.T) {
	st := []Report{
		accusation("a1", "Ministry of Defence of Russia", "RU", "Ukrainian"),
		said("p1", "Ministry of Defence of Russia", "RU", 70, claimledger.QualMoreThan, "Ukrainian fighters"),
		said("p2", "General Staff of Ukraine", "UA", 2, "", "Ukrainian fighters"),
		said("p3", "General Staff of Ukraine", "UA", 3, "", "Russian soldiers"),
	}
	a := Analyze(st)
	f := figureOf(t, a, "killed", "ukrainian")
	if f.Low != 2 || f.Best != 2 || f.High != 71 {
		t.Errorf("only the parties: low 2, best the lower of 2 and 71, high 71 (more than 70); got %v/%v/%v", f.Low, f.Best, f.High)
	}
	if len(f.Claims) != 2 {
		t.Errorf("Russian soldiers are another thing than Ukrainian fighters: %+v", f.Claims)
	}
	if r := figureOf(t, a, "killed", "russian"); r.Best != 3 || len(r.Claims) != 1 {
		t.Errorf("Russian soldiers: %+v", r)
	}
}

func TestSpeakerNamedDifferently(t *testing.T) {
	mk := func(id, name string, n float64) Report { return said(id, name, "RU", n, "", "fighters") }
	a := Analyze([]Report{
		mk("d1", "Ministry of Defence of the Russian Federation", 70),
		mk("d2", "the ministry", 70),
		mk("d3", "Russian Defence Ministry", 70),
		mk("d4", "Ministry of Foreign Affairs of the Russian Federation", 70),
	})
	g := groupOf(t, a, "d1", "c1")
	if len(g.Mentions) != 3 || groupOf(t, a, "d3", "c1").ID != g.ID {
		t.Errorf("the ministry, the Russian Defence Ministry and the Ministry of Defence are one speaker: %+v", g.Mentions)
	}
	if groupOf(t, a, "d4", "c1").ID == g.ID {
		t.Errorf("the Foreign Ministry is not the Defence Ministry")
	}
	if g.Status != Unverified {
		t.Errorf("the same side repeating itself corroborates nothing: %s", steps(g.History))
	}
	b := Analyze([]Report{mk("d1", "Russian Defence Ministry", 70), said("d2", "the ministry", "", 70, "", "fighters")})
	if len(b.Groups) != 2 {
		t.Errorf("a ministry of no known side could be anyone's: %+v", b.Groups)
	}
}
