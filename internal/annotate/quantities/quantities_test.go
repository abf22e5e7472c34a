package quantities

import (
	"math"
	"strings"
	"testing"

	"github.com/claimledger/claimledger"
	"github.com/claimledger/claimledger/internal/text"
)

// want describes one expected quantity; low and high use NaN for nil.
type want struct {
	span     string
	value    float64
	low      float64
	high     float64
	qual     string
	category string
	object   string
}

var nilBound = math.NaN()

func find(t *testing.T, s string) []claimledger.Quantity {
	t.Helper()
	return Find(text.New(s))
}

func sameBound(p *float64, w float64) bool {
	if math.IsNaN(w) {
		return p == nil
	}
	return p != nil && *p == w
}

func check(t *testing.T, s string, wants []want) {
	t.Helper()
	got := find(t, s)
	for _, w := range wants {
		var q *claimledger.Quantity
		for i := range got {
			if got[i].Text == w.span {
				q = &got[i]
				break
			}
		}
		if q == nil {
			t.Errorf("%q: no quantity %q; got %v", s, w.span, spans(got))
			continue
		}
		if []rune(s)[q.Start] != []rune(w.span)[0] || q.End-q.Start != len([]rune(w.span)) {
			t.Errorf("%q: span offsets %d-%d do not cover %q", s, q.Start, q.End, w.span)
		}
		if q.Value != w.value || !sameBound(q.Low, w.low) || !sameBound(q.High, w.high) ||
			q.Qualifier != w.qual || q.Category != w.category || q.Object != w.object {
			t.Errorf("%q: %q = value %v low %v high %v %s %s %q; want %v %v %v %s %s %q", s, w.span,
				q.Value, deref(q.Low), deref(q.High), q.Qualifier, q.Category, q.Object,
				w.value, w.low, w.high, w.qual, w.category, w.object)
		}
		if q.Claim != "" {
			t.Errorf("%q: Claim set to %q", s, q.Claim)
		}
	}
	if len(got) != len(wants) {
		t.Errorf("%q: got %d quantities %v, want %d", s, len(got), spans(got), len(wants))
	}
}

func deref(p *float64) any {
	if p == nil {
		return nil
	}
	return *p
}

func spans(qs []claimledger.Quantity) []string {
	var out []string
	for _, q := range qs {
		out = append(out, q.Text+"/"+q.Category)
	}
	return out
}

func TestWireCopyAirStrike(t *testing.T) {
	s := "GAZA CITY (Wire) — Between 18 and 22 people were killed and at least 40 wounded when an air strike " +
		"hit a school sheltering displaced families on Thursday, the health ministry said. The army said it " +
		"carried out 12 strikes overnight and intercepted 30 rockets fired from the north."
	check(t, s, []want{
		{"Between 18 and 22", 18, 18, 22, claimledger.QualRange, "killed", "people"},
		{"at least 40", 40, 40, nilBound, claimledger.QualAtLeast, "wounded", ""},
		{"12", 12, 12, 12, claimledger.QualExact, "attacks", "strikes"},
		{"30", 30, 30, 30, claimledger.QualExact, "destroyed", "rockets"},
	})
}

func TestPressRelease(t *testing.T) {
	s := "FOR IMMEDIATE RELEASE. The regional fire service confirms that at least 12 people were injured, " +
		"three of them seriously, in Tuesday's explosion. Up to 300 residents were evacuated and about 1,000 " +
		"homes damaged. No deaths have been reported. The service thanks its 450 volunteers."
	check(t, s, []want{
		{"at least 12", 12, 12, nilBound, claimledger.QualAtLeast, "wounded", "people"},
		{"Up to 300", 300, nilBound, 300, claimledger.QualUpTo, "evacuated", "residents"},
		{"about 1,000", 1000, nilBound, nilBound, claimledger.QualAbout, "damaged", "homes"},
		{"No", 0, 0, 0, claimledger.QualExact, "killed", "deaths"},
	})
}

func TestFeature(t *testing.T) {
	s := "By the river, dozens of families fled as the shelling moved closer. Nearly 2 million people now " +
		"live in the camps, and several hundred children have gone missing since spring. Aid workers say " +
		"more than a dozen villages were destroyed."
	check(t, s, []want{
		{"dozens", 12, 12, nilBound, claimledger.QualVague, "displaced", "families"},
		{"Nearly 2 million", 2e6, nilBound, 2e6, claimledger.QualAbout, "other", "people"},
		{"several hundred", 300, 300, nilBound, claimledger.QualVague, "missing", "children"},
		{"more than a dozen", 12, 13, nilBound, claimledger.QualMoreThan, "destroyed", "villages"},
	})
}

func TestMilitaryStatement(t *testing.T) {
	s := "The ministry said its forces had shot down 25 drones and destroyed four tanks. Two soldiers were " +
		"taken prisoner, and the death toll in the town has risen to 45. Kyiv reported no shelling of the city."
	check(t, s, []want{
		{"25", 25, 25, 25, claimledger.QualExact, "destroyed", "drones"},
		{"four", 4, 4, 4, claimledger.QualExact, "destroyed", "tanks"},
		{"Two", 2, 2, 2, claimledger.QualExact, "captured", "soldiers"},
		{"45", 45, 45, 45, claimledger.QualExact, "killed", ""},
		{"no", 0, 0, 0, claimledger.QualExact, "attacks", "shelling"},
	})
}

func TestNumberForms(t *testing.T) {
	check(t, "Police arrested two hundred and fifty protesters.", []want{
		{"two hundred and fifty", 250, 250, 250, claimledger.QualExact, "captured", "protesters"},
	})
	check(t, "Officials said 1.5 million people had fled and 3m were displaced.", []want{
		{"1.5 million", 1.5e6, 1.5e6, 1.5e6, claimledger.QualExact, "displaced", "people"},
		{"3m", 3e6, 3e6, 3e6, claimledger.QualExact, "displaced", ""},
	})
	check(t, "Twenty-five civilians died in the raid.", []want{
		{"Twenty-five", 25, 25, 25, claimledger.QualExact, "killed", "civilians"},
	})
	check(t, "Tens of thousands of residents were evacuated.", []want{
		{"Tens of thousands", 1e4, 1e4, nilBound, claimledger.QualVague, "evacuated", "residents"},
	})
	check(t, "Rescuers said 10-15 miners were missing and two or three bodies were recovered.", []want{
		{"10-15", 10, 10, 15, claimledger.QualRange, "missing", "miners"},
		{"two or three", 2, 2, 3, claimledger.QualRange, "other", "bodies"},
	})
	check(t, "The strikes killed 70 or more fighters, and fewer than 20 were captured.", []want{
		{"70 or more", 70, 70, nilBound, claimledger.QualAtLeast, "killed", "fighters"},
		{"fewer than 20", 20, nilBound, 19, claimledger.QualUpTo, "captured", ""},
	})
	check(t, "Between 1.1 and 1.5 million people, mostly civilians, were killed.", []want{
		{"Between 1.1 and 1.5 million", 1.1e6, 1.1e6, 1.5e6, claimledger.QualRange, "killed", "people"},
	})
}

func TestCategories(t *testing.T) {
	cases := []struct{ s, span, category string }{
		{"Five people were wounded.", "Five", "wounded"},
		{"The blast left 14 dead.", "14", "killed"},
		{"The attack caused 30 casualties.", "30", "casualties"},
		{"Rebels said 8 hostages were freed.", "8", "captured"},
		{"The clashes displaced 4,000 residents.", "4,000", "displaced"},
		{"The air force said it downed 3 helicopters.", "3", "destroyed"},
		{"Russia launched 40 missiles overnight.", "40", "attacks"},
		{"Ukraine recorded 60 artillery attacks.", "60", "attacks"},
		{"Six fishermen remain missing.", "Six", "missing"},
		{"The storm claimed 12 lives.", "12", "killed"},
		{"Police detained 17 demonstrators.", "17", "captured"},
		{"They delivered 40 trucks of aid.", "40", "other"},
		{"12 people, police said, were killed.", "12", "killed"},
		{"The 25 air strikes that killed 3 people drew condemnation.", "3", "killed"},
	}
	for _, c := range cases {
		var found bool
		for _, q := range find(t, c.s) {
			if q.Text == c.span {
				found = true
				if q.Category != c.category {
					t.Errorf("%q: %q category %s, want %s", c.s, c.span, q.Category, c.category)
				}
			}
		}
		if !found {
			t.Errorf("%q: %q not found", c.s, c.span)
		}
	}
}

// TestNotQuantities lists numbers that are no count of people or things.
func TestNotQuantities(t *testing.T) {
	for _, s := range []string{
		"The war began in 2014 and escalated on May 22.",
		"No reports of damage came in during the last 24 hours.",
		"A 45-year-old man, aged 45, was questioned.",
		"Prices rose 5% and the deal was worth $3 billion.",
		"He finished 10th in the race.",
		"The council passed Resolution 2254 under Article 5.",
		"The home side won 3-1 at 10:30 on Sunday.",
		"No one said anything; there was no comment and it is no longer clear.",
		"One day we will return. One of the groups said so.",
		"The two groups met for three hours, 12 kilometres from the border.",
		"Russia's 2022 invasion changed everything.",
		"The road was 3 km long and the talks lasted 15 months.",
		"It happened at 3 a.m. local time, in one of the 1990s conflicts.",
		"Only one in 13 pupils and six out of 20 women agreed.",
		"Tanks such as the Leopard 2 were sent to 10 Downing Street.",
	} {
		if got := find(t, s); len(got) != 0 {
			t.Errorf("%q: unexpected quantities %v", s, spans(got))
		}
	}
}

func TestChangeOfFigure(t *testing.T) {
	check(t, "The death toll rose from 10 to 15 overnight.", []want{
		{"15", 15, 15, 15, claimledger.QualExact, "killed", ""},
	})
}

func TestSpansInCodePoints(t *testing.T) {
	s := "«Évacuation» — près de Kharkiv, more than 70 “soldiers” were killed."
	got := find(t, s)
	if len(got) != 1 {
		t.Fatalf("got %v", spans(got))
	}
	q := got[0]
	if r := []rune(s); string(r[q.Start:q.End]) != "more than 70" || q.Object != "soldiers" || q.Category != "killed" {
		t.Errorf("got %+v", q)
	}
}

func TestNoPanicOnOddInput(t *testing.T) {
	for _, s := range []string{"", "no", "a", "between", "10 to", "dozens of", "\xff\xfe 12 \xff", "1,2,3,4,5,6,7,8,9",
		strings.Repeat("9", 40) + " people", "more than", "several", "a few", "twenty-", "-5 people", "0.5.5 men"} {
		_ = find(t, s)
	}
}

func TestOneOf(t *testing.T) {
	check(t, "It was one of the deadliest attacks of the war.", nil)
	check(t, "One of the soldiers was killed.", []want{
		{"One", 1, 1, 1, claimledger.QualExact, "killed", "soldiers"},
	})
}

func TestAbbreviatedMonths(t *testing.T) {
	check(t, "The Feb. 13 death of the judge and the Nov. 8 election left three o’clock talks.", nil)
}

func TestKilledAndWoundedAreCasualties(t *testing.T) {
	d := text.New("The enemy lost up to 140 servicemen killed and wounded in the past day. Seven soldiers were killed and two were wounded.")
	qs := Find(d)
	got := map[string]string{}
	for _, q := range qs {
		got[q.Text] = q.Category
	}
	if got["up to 140"] != "casualties" {
		t.Errorf("'140 servicemen killed and wounded' should be casualties: %v", got)
	}
	if got["Seven"] != "killed" || got["two"] != "wounded" {
		t.Errorf("separate clauses keep their own categories: %v", got)
	}
}

func TestSeizedEquipmentIsCaptured(t *testing.T) {
	qs := Find(text.New("Rebels said they had seized two tanks and four trucks near the border."))
	if len(qs) == 0 || qs[0].Text != "two" || qs[0].Category != "captured" {
		t.Errorf("'seized two tanks' counts captured equipment: %+v", qs)
	}
}
