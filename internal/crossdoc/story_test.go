package crossdoc

import (
	"reflect"
	"testing"

	"github.com/claimledger/claimledger"
)

func TestSameClaimGroupedAcrossDocuments(t *testing.T) {
	st := story5(true)
	a := Analyze(st)
	mod := groupOf(t, a, "d1", claimID(t, st[0], "70 Ukrainian"))
	for _, r := range st[2:] {
		if g := groupOf(t, a, r.Doc.ID, claimID(t, r, "70 Ukrainian")); g.ID != mod.ID {
			t.Errorf("%s: the ministry's figure quoted by the wire is in %s, not in the ministry's %s", r.Doc.ID, g.ID, mod.ID)
		}
	}
	if len(mod.Mentions) != 4 {
		t.Errorf("the ministry's claim is said in the statement, the wire story and its two copies: %v", mod.Mentions)
	}
	if mod.Side != "RU" || mod.Speaker == "" {
		t.Errorf("speaker %q side %q", mod.Speaker, mod.Side)
	}
	staff := groupOf(t, a, "d2", claimID(t, st[1], "two Ukrainian"))
	if g := groupOf(t, a, "d3", claimID(t, st[2], "two Ukrainian")); g.ID != staff.ID {
		t.Errorf("the General Staff's figure in the wire story is in %s, not %s", g.ID, staff.ID)
	}
	if staff.ID == mod.ID {
		t.Errorf("two speakers' claims share group %s", mod.ID)
	}
	deny := groupOf(t, a, "d2", claimID(t, st[1], "crossed the border"))
	if deny.Stance != claimledger.StanceDeny || deny.ID == staff.ID {
		t.Errorf("the denial is its own group: %+v", deny)
	}
	for i, g := range a.Groups {
		if want := "g" + string(rune('1'+i)); i < 9 && g.ID != want {
			t.Errorf("group %d is %s, want %s", i, g.ID, want)
		}
	}
}

func TestCopiesAreOneReport(t *testing.T) {
	with, without := Analyze(story5(true)), Analyze(story5(false))
	if len(with.Groups) != len(without.Groups) {
		t.Fatalf("copies made groups: %d with, %d without", len(with.Groups), len(without.Groups))
	}
	for i := range with.Groups {
		w, o := with.Groups[i], without.Groups[i]
		if w.Status != o.Status || !reflect.DeepEqual(w.History, o.History) {
			t.Errorf("%s: copies changed the status: %s [%s], without them %s [%s]", w.ID, w.Status, steps(w.History), o.Status, steps(o.History))
		}
	}
	if !reflect.DeepEqual(with.Contradictions, without.Contradictions) {
		t.Errorf("copies changed the contradictions:\n%v\n%v", with.Contradictions, without.Contradictions)
	}
	if len(with.Figures) != len(without.Figures) {
		t.Errorf("copies made figures: %d with, %d without", len(with.Figures), len(without.Figures))
	}
	killed, killed0 := figureOf(t, with, "killed", "ukrainian"), figureOf(t, without, "killed", "ukrainian")
	if killed.Low != killed0.Low || killed.Best != killed0.Best || killed.High != killed0.High {
		t.Errorf("copies changed the estimates: %v/%v/%v, without %v/%v/%v", killed.Low, killed.Best, killed.High, killed0.Low, killed0.Best, killed0.High)
	}
	copies := 0
	for _, c := range killed.Claims {
		if c.Copy {
			copies++
			if c.Doc != "d4" && c.Doc != "d5" {
				t.Errorf("%s is not a copy", c.Doc)
			}
		}
	}
	if copies != 4 || len(killed.Claims) != 8 {
		t.Errorf("every figure is kept, the copies' four marked: %d claims, %d copies", len(killed.Claims), copies)
	}
}

// A wire story's own unattributed line is spoken by the wire agency; a paper
// printing the copy does not become a second, independent voice.
func TestCopyIsNotAnIndependentVoice(t *testing.T) {
	wire := func(id, outlet, copyOf string) Report {
		c := claimledger.Claim{ID: "c1", Stance: claimledger.StanceAssert, Verification: claimledger.Unknown}
		c.Content.Text = "dozens of fighters crossed the border at dawn near the village"
		return Report{Doc: claimledger.Document{ID: id, Claims: []claimledger.Claim{c}}, Outlet: outlet, CopyOf: copyOf}
	}
	a := Analyze([]Report{wire("w1", "Wire Agency", ""), wire("w2", "Daily A", "w1"), wire("w3", "Daily B", "w2")})
	if len(a.Groups) != 1 || a.Groups[0].Status != Unverified || len(a.Groups[0].Mentions) != 3 {
		t.Errorf("one claim, three mentions, still unverified: %+v", a.Groups)
	}
	if a.Groups[0].Speaker != "Wire Agency" {
		t.Errorf("the copies speak with the wire's voice: %q", a.Groups[0].Speaker)
	}
	// the same three texts as independent reports do corroborate each other
	b := Analyze([]Report{wire("w1", "Wire Agency", ""), wire("w2", "Daily A", ""), wire("w3", "Daily B", "")})
	if len(b.Groups) != 3 || b.Groups[0].Status != Corroborated || b.Groups[0].History[1].Doc != "w2" {
		t.Errorf("three outlets saying it on their own corroborate: %+v", b.Groups)
	}
}

func TestDenialAndFiguresContradictAcrossDocuments(t *testing.T) {
	st := story5(true)
	a := Analyze(st)
	accuse := Mention{"d1", claimID(t, st[0], "saboteurs")}
	deny := Mention{"d2", claimID(t, st[1], "crossed the border")}
	seventy := Mention{"d1", claimID(t, st[0], "70 Ukrainian")}
	two := Mention{"d2", claimID(t, st[1], "two Ukrainian")}
	found := map[[2]Mention]string{}
	for _, c := range a.Contradictions {
		found[[2]Mention{c.A, c.B}] = c.Kind
		if c.GroupA != groupOf(t, a, c.A.Doc, c.A.Claim).ID || c.GroupB != groupOf(t, a, c.B.Doc, c.B.Claim).ID {
			t.Errorf("%+v: groups do not hold the claims", c)
		}
		if c.A.Doc == "d4" || c.A.Doc == "d5" || c.B.Doc == "d4" || c.B.Doc == "d5" {
			t.Errorf("a copy repeats its original's contradictions: %+v", c)
		}
	}
	if found[[2]Mention{accuse, deny}] != claimledger.ContradictDenial {
		t.Errorf("the General Staff's denial contradicts the ministry's accusation: %v", a.Contradictions)
	}
	if found[[2]Mention{seventy, two}] != claimledger.ContradictFigure {
		t.Errorf("70 killed and 2 killed contradict: %v", a.Contradictions)
	}
	// the wire story alone: its own denial and figures, inside one document
	one := Analyze(st[2:3])
	kinds := map[string]int{}
	for _, c := range one.Contradictions {
		kinds[c.Kind]++
	}
	if kinds[claimledger.ContradictDenial] != 1 || kinds[claimledger.ContradictFigure] != 1 {
		t.Errorf("inside the wire story: one denial and one figure contradiction, got %v", one.Contradictions)
	}
}

func TestStatusHistory(t *testing.T) {
	st := story5(true)
	a := Analyze(st)
	for _, tc := range []struct {
		doc  int
		part string
		want string
	}{
		{0, "70 Ukrainian", "unverified@d1 disputed@d2"},
		{0, "saboteurs", "unverified@d1 disputed@d2"},
		{1, "two Ukrainian", "unverified@d2 disputed@d2"},
		{2, "saboteurs", "unverified@d3 disputed@d3"}, // "Moscow accused": Russia, not its ministry
	} {
		g := groupOf(t, a, st[tc.doc].Doc.ID, claimID(t, st[tc.doc], tc.part))
		if got := steps(g.History); got != tc.want {
			t.Errorf("%s %q: history %s, want %s", st[tc.doc].Doc.ID, tc.part, got, tc.want)
		}
		if g.Status != g.History[len(g.History)-1].Status {
			t.Errorf("%s: status %s is not the last of its history", g.ID, g.Status)
		}
		for _, h := range g.History {
			if h.Reason == "" {
				t.Errorf("%s: a change without a reason: %+v", g.ID, h)
			}
		}
	}
}

func TestConfirmed(t *testing.T) {
	st := append(story5(true),
		pipe("d6", "un.org", "", `The UN monitoring mission confirmed that more than 70 Ukrainian fighters were killed near Kozinka.`),
		pipe("d7", "Wire Agency", "", `Ukraine's General Staff said two Ukrainian fighters were killed near Kozinka. The toll has been verified by the BBC.`))
	a := Analyze(st)
	mod := groupOf(t, a, "d1", claimID(t, st[0], "70 Ukrainian"))
	if got := steps(mod.History); got != "unverified@d1 disputed@d2 confirmed@d6" {
		t.Errorf("the UN confirms the ministry's figure in d6: %s", got)
	}
	staff := groupOf(t, a, "d2", claimID(t, st[1], "two Ukrainian"))
	if got := steps(staff.History); got != "unverified@d2 disputed@d2 confirmed@d7" {
		t.Errorf("the UN's confirmation of 70 does not confirm 2; the BBC's verification in d7 does: %s", got)
	}
	// a party does not confirm its own side's claim
	b := Analyze(append(story5(false), pipe("d6", "mil.ru", "", `The Russian Defence Ministry confirmed that more than 70 Ukrainian fighters were killed near Kozinka.`)))
	if g := groupOf(t, b, "d1", claimID(t, st[0], "70 Ukrainian")); g.Status == Confirmed {
		t.Errorf("the ministry confirming itself is no verification: %s", steps(g.History))
	}
}

func TestRetracted(t *testing.T) {
	st := append(story5(true),
		pipe("d6", "mil.ru", "", `The Russian Defence Ministry on Thursday denied that more than 70 Ukrainian fighters had been killed near Kozinka.`),
		pipe("d7", "un.org", "", `The UN monitoring mission confirmed that more than 70 Ukrainian fighters were killed near Kozinka.`))
	a := Analyze(st)
	mod := groupOf(t, a, "d1", claimID(t, st[0], "70 Ukrainian"))
	if got := steps(mod.History); got != "unverified@d1 disputed@d2 retracted@d6" {
		t.Errorf("the ministry withdraws its figure in d6, and stays withdrawn: %s", got)
	}
	killed := figureOf(t, a, "killed", "ukrainian")
	if killed.Low != 71 || killed.Best != 71 || killed.High != 71 || len(killed.Claims) != 10 {
		t.Errorf("the UN, independent, gives the estimates: %v/%v/%v over %d claims", killed.Low, killed.Best, killed.High, len(killed.Claims))
	}
	parties := figureOf(t, Analyze(st[:6]), "killed", "ukrainian")
	if parties.Low != 2 || parties.Best != 2 || parties.High != 2 {
		t.Errorf("without the UN, the withdrawn figure no longer counts: %v/%v/%v", parties.Low, parties.Best, parties.High)
	}
	denied := 0
	for _, c := range killed.Claims {
		if c.Denied {
			denied++
		}
	}
	if denied != 1 {
		t.Errorf("the figure the ministry denies is kept and marked: %d", denied)
	}
	// another side's denial disputes, it does not retract
	b := Analyze(append(story5(false), pipe("d6", "zsu.gov.ua", "", `Ukraine's General Staff denied that more than 70 Ukrainian fighters had been killed near Kozinka.`)))
	if g := groupOf(t, b, "d1", claimID(t, st[0], "70 Ukrainian")); g.Status != Disputed {
		t.Errorf("a denial by the other side is a dispute: %s", steps(g.History))
	}
}
