package contradictions

import (
	"testing"

	"github.com/claimledger/claimledger"
)

func claim(id, entity, stance, content string) claimledger.Claim {
	c := claimledger.Claim{ID: id, Stance: stance}
	c.Content.Text = content
	if entity != "" {
		c.Source = &claimledger.Source{Entity: entity}
	}
	return c
}

func f(v float64) *float64 { return &v }

func pairs(cs []claimledger.Contradiction) map[[2]string]string {
	m := map[[2]string]string{}
	for _, c := range cs {
		m[[2]string{c.A, c.B}] = c.Kind
	}
	return m
}

func TestDenialOfAccusationAgainstTheDenier(t *testing.T) {
	doc := &claimledger.Document{
		Entities: []claimledger.Entity{
			{ID: "e1", Name: "Israel", Type: claimledger.EntityGPE, Affiliation: "IL"},
			{ID: "e2", Name: "Lebanon", Type: claimledger.EntityGPE, Affiliation: "LB"},
			{ID: "e3", Name: "Ali Hamdan", Type: claimledger.EntityPerson, Affiliation: "LB"},
		},
		Claims: []claimledger.Claim{
			claim("c1", "e1", claimledger.StanceAccuse, "Lebanese militias for the rocket fire"),
			claim("c2", "e3", claimledger.StanceAssert, "the talks would resume on Monday"),
			claim("c3", "e2", claimledger.StanceDeny, "any role in the attack"),
			claim("c4", "e1", claimledger.StanceDeny, "that its jets struck the village"),
		},
	}
	got := pairs(Find(doc))
	if got[[2]string{"c1", "c3"}] != claimledger.ContradictDenial {
		t.Errorf("the Lebanese denial should contradict the accusation of Lebanese militias: %v", got)
	}
	if _, ok := got[[2]string{"c1", "c4"}]; ok {
		t.Errorf("a denial by the accuser's own side contradicts nothing it said: %v", got)
	}
	if _, ok := got[[2]string{"c2", "c3"}]; ok {
		t.Errorf("an assertion that accuses nobody is not denied: %v", got)
	}
}

func TestDenialLinkedByReference(t *testing.T) {
	c2 := claim("c2", "", claimledger.StanceDeny, "the allegation")
	c2.RefersTo = "c1"
	doc := &claimledger.Document{Claims: []claimledger.Claim{
		claim("c1", "", claimledger.StanceAccuse, "the rebels of shelling the market"), c2}}
	if got := pairs(Find(doc)); got[[2]string{"c1", "c2"}] != claimledger.ContradictDenial {
		t.Errorf("a denial that refers to a claim contradicts it: %v", got)
	}
}

func TestConflictingLabels(t *testing.T) {
	doc := &claimledger.Document{
		Entities: []claimledger.Entity{
			{ID: "e1", Name: "the fighters", Type: claimledger.EntityGroup},
			{ID: "e2", Name: "Interior Ministry", Type: claimledger.EntityOrg, Affiliation: "ML"},
		},
		Claims: []claimledger.Claim{
			claim("c1", "e1", claimledger.StanceLabel, "freedom fighters"),
			claim("c2", "e2", claimledger.StanceLabel, "terrorists"),
			claim("c3", "e2", claimledger.StanceLabel, "criminals"),
		},
	}
	got := pairs(Find(doc))
	if got[[2]string{"c1", "c2"}] != claimledger.ContradictLabel || got[[2]string{"c1", "c3"}] != claimledger.ContradictLabel {
		t.Errorf("labels by different speakers should conflict: %v", got)
	}
	if _, ok := got[[2]string{"c2", "c3"}]; ok {
		t.Errorf("one speaker's two labels do not contradict each other: %v", got)
	}
}

func TestConflictingFigures(t *testing.T) {
	doc := &claimledger.Document{
		Entities: []claimledger.Entity{
			{ID: "e1", Name: "army", Type: claimledger.EntityOrg, Affiliation: "AA"},
			{ID: "e2", Name: "rebels", Type: claimledger.EntityGroup, Affiliation: "BB"},
		},
		Claims: []claimledger.Claim{
			claim("c1", "e1", claimledger.StanceAssert, "40 rebels were killed"),
			claim("c2", "e2", claimledger.StanceAssert, "two fighters died"),
			claim("c3", "e2", claimledger.StanceAssert, "at least 35 rebels were killed"),
		},
		Quantities: []claimledger.Quantity{
			{Value: 40, Low: f(40), High: f(40), Qualifier: claimledger.QualExact, Category: "killed", Object: "rebels", Claim: "c1"},
			{Value: 2, Low: f(2), High: f(2), Qualifier: claimledger.QualExact, Category: "killed", Object: "fighters", Claim: "c2"},
			{Value: 35, Low: f(35), Qualifier: claimledger.QualAtLeast, Category: "killed", Object: "rebels", Claim: "c3"},
		},
	}
	got := pairs(Find(doc))
	if _, ok := got[[2]string{"c1", "c3"}]; ok {
		t.Errorf("40 lies within 'at least 35': no conflict: %v", got)
	}
	if _, ok := got[[2]string{"c1", "c2"}]; ok {
		t.Errorf("rebels and fighters are not shown to be the same thing: %v", got)
	}
	doc.Quantities[1].Object = "rebels"
	if got := pairs(Find(doc)); got[[2]string{"c1", "c2"}] != claimledger.ContradictFigure {
		t.Errorf("40 against 2 rebels killed, by two sides, should conflict: %v", got)
	}
}

func TestMentions(t *testing.T) {
	for _, tc := range []struct {
		text, side string
		want       bool
	}{
		{"Ukrainian saboteurs crossed the border", "UA", true},
		{"Ukraine for initiating the assault", "UA", true},
		{"the attack was planned in Kyiv", "UA", true},
		{"the attack was planned in Kyiv", "RU", false},
		{"nobody in particular", "UA", false},
		{"anything", "e12", false},
	} {
		if got := Mentions(tc.text, tc.side); got != tc.want {
			t.Errorf("Mentions(%q, %q) = %v, want %v", tc.text, tc.side, got, tc.want)
		}
	}
}
