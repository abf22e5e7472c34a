package entities

import (
	"strings"
	"testing"

	"github.com/claimledger/claimledger"
	"github.com/claimledger/claimledger/internal/text"
)

const wire = `WASHINGTON (Wire) — Senate Majority Leader Chuck Schumer said on Thursday that the chamber would vote on the spending bill next week.
"We will not let the government shut down," Schumer told reporters. He added that talks with the White House were going well.
Rep. Maria Delgado, a Democrat from Texas, said the deal was fragile. Washington has warned Beijing against new export curbs.
A senior administration official, speaking on condition of anonymity, said the president would sign it.`

const conflict = `Israel's defense ministry said on Sunday that its forces struck 40 targets in Gaza overnight.
Hamas denied the claim. The Palestinian Health Ministry said at least 25 people were killed.
Iranian Foreign Minister Abbas Araghchi condemned the strikes. Tehran accuses Washington of backing the operation.
The ministry later revised its figure. UN Secretary-General Antonio Guterres called for restraint.`

const release = `SAN DIEGO, March 3 — Brightwater Technologies Inc. (BWT) today announced a partnership with the Coastal Research Institute.
"This agreement opens a new chapter," said Elena Markovic, chief executive officer of Brightwater Technologies Inc.
Markovic said the company expects revenue to double. The Coastal Research Institute said it would share data.`

func find(t *testing.T, s *Set, name string) claimledger.Entity {
	t.Helper()
	for _, e := range s.Ledger() {
		if e.Name == name {
			return e
		}
	}
	var names []string
	for _, e := range s.Ledger() {
		names = append(names, e.Name+"/"+e.Type)
	}
	t.Fatalf("no entity %q among %v", name, names)
	return claimledger.Entity{}
}

func resolve(s *Set, src, phrase string) []string {
	i := strings.Index(src, phrase)
	if i < 0 {
		return []string{"missing phrase"}
	}
	return s.Resolve(i, i+len(phrase))
}

func TestWireCopy(t *testing.T) {
	s := Find(text.New(wire))
	e := find(t, s, "Chuck Schumer")
	if e.Type != "person" || e.Role != "Senate Majority Leader" || len(e.Mentions) != 2 {
		t.Errorf("Schumer = %+v", e)
	}
	d := find(t, s, "Maria Delgado")
	if d.Role != "Rep." && d.Role != "Rep" {
		t.Errorf("Delgado role = %q", d.Role)
	}
	us := find(t, s, "United States")
	if us.Type != "gpe" || us.Affiliation != "US" {
		t.Errorf("US = %+v", us)
	}
	// "Schumer" alone is the senator
	if ids := resolve(s, wire, "Schumer told"); len(ids) == 0 || s.Ledger()[s.index(ids[0])].Name != "Chuck Schumer" {
		t.Errorf("Schumer resolves to %v", ids)
	}
	// "He added" follows Schumer
	if id := s.Antecedent("He", strings.Index(wire, "He added")); id == "" || s.Type(id) != "person" {
		t.Errorf("He -> %q", id)
	}
	if ids := resolve(s, wire, "A senior administration official"); ids != nil {
		t.Errorf("an indefinite official resolved to %v", ids)
	}
	for _, e := range s.Ledger() {
		if e.Name == "Thursday" || e.Name == "WASHINGTON" {
			t.Errorf("not an entity: %+v", e)
		}
	}
}

func TestConflictReport(t *testing.T) {
	s := Find(text.New(conflict))
	mod := find(t, s, "Ministry of Defence of Israel")
	if mod.Affiliation != "IL" {
		t.Errorf("ministry = %+v", mod)
	}
	// the ministry named last
	if ids := resolve(s, conflict, "The ministry"); len(ids) != 1 || s.Ledger()[s.index(ids[0])].Name != "Ministry of Health of Palestine" {
		t.Errorf("The ministry -> %v", ids)
	}
	if e := find(t, s, "Hamas"); e.Type != "org" {
		t.Errorf("Hamas = %+v", e)
	}
	a := find(t, s, "Abbas Araghchi")
	if a.Affiliation != "IR" || !strings.Contains(a.Role, "Foreign Minister") {
		t.Errorf("Araghchi = %+v", a)
	}
	ir := find(t, s, "Iran")
	if len(ir.Aliases) == 0 || ir.Aliases[0] != "Tehran" {
		t.Errorf("Iran aliases = %v", ir.Aliases)
	}
	g := find(t, s, "Antonio Guterres")
	if g.Role != "UN Secretary-General" || g.Affiliation != "UN" {
		t.Errorf("Guterres = %+v", g)
	}
	if id := s.Antecedent("its", strings.Index(conflict, "its figure")); s.Type(id) != "org" {
		t.Errorf("its -> %q (%s)", id, s.Type(id))
	}
	for _, e := range s.Ledger() {
		if e.Name == "Gaza" || e.Name == "Sunday" || e.Name == "Palestinian" {
			t.Errorf("a place or a word became an entity: %+v", e)
		}
	}
}

func TestPressRelease(t *testing.T) {
	s := Find(text.New(release))
	b := find(t, s, "Brightwater Technologies Inc.")
	if b.Type != "org" || len(b.Aliases) == 0 || b.Aliases[0] != "BWT" {
		t.Errorf("company = %+v", b)
	}
	m := find(t, s, "Elena Markovic")
	if m.Type != "person" || len(m.Mentions) != 2 {
		t.Errorf("Markovic = %+v", m)
	}
	inst := find(t, s, "Coastal Research Institute")
	if id := s.Antecedent("it", strings.Index(release, "it would")); s.index(id) < 0 || s.Ledger()[s.index(id)].Name != inst.Name {
		t.Errorf("it -> %q", id)
	}
}

func TestCoordinationAndApposition(t *testing.T) {
	src := `The two rebel groups behind the attack, the Northern Liberation Front and the People's Defence Army, said they would fight on. Anna Kovacs, a spokeswoman for the Northern Liberation Front, confirmed it.`
	s := Find(text.New(src))
	ids := resolve(s, src, "The two rebel groups behind the attack, the Northern Liberation Front and the People's Defence Army")
	if len(ids) != 2 {
		t.Fatalf("coordination -> %v", ids)
	}
	l := s.Ledger()
	if l[s.index(ids[0])].Name != "Northern Liberation Front" || !strings.HasSuffix(l[s.index(ids[1])].Name, "Defence Army") {
		t.Errorf("coordination -> %v", ids)
	}
	k := find(t, s, "Anna Kovacs")
	if k.Role != "spokeswoman for the Northern Liberation Front" || k.Affiliation != "Northern Liberation Front" {
		t.Errorf("Kovacs = %+v", k)
	}
	if got := resolve(s, src, "Anna Kovacs, a spokeswoman for the Northern Liberation Front"); len(got) != 1 || l[s.index(got[0])].Name != "Anna Kovacs" {
		t.Errorf("appositive -> %v", got)
	}
}

func TestEmptyAndJunk(t *testing.T) {
	for _, src := range []string{"", " ", "\xff\xfe", "The", "(", "Mr.", "the ministry said"} {
		s := Find(text.New(src))
		s.Resolve(0, len(src))
		s.Resolve(-5, 100)
		s.Antecedent("he", len(src))
		if s.Type("e99") != "" || s.Type("x") != "" {
			t.Error("unknown id has a type")
		}
		_ = s.Ledger()
	}
}

func TestSingleSpeakingNameTypedByPronoun(t *testing.T) {
	d := text.New("Moyes said his side had deserved the win. Hezbollah said its fighters had pulled back.")
	s := Find(d)
	types := map[string]string{}
	for _, e := range s.Ledger() {
		types[e.Name] = e.Type
	}
	if types["Moyes"] != "person" {
		t.Errorf("'Moyes said his side' is a person: %v", types)
	}
	if types["Hezbollah"] == "person" {
		t.Errorf("'Hezbollah said its fighters' is no person: %v", types)
	}
}

func TestGroupsOfPeopleSpeaking(t *testing.T) {
	s := Find(text.New("Rebels said they had taken the airport. Residents said the shelling had stopped."))
	if n := len(s.Ledger()); n != 2 {
		t.Fatalf("want the rebels and the residents, got %d entities: %+v", n, s.Ledger())
	}
	for _, e := range s.Ledger() {
		if e.Type != "group" {
			t.Errorf("%q speaks as a group of people, typed %q", e.Name, e.Type)
		}
	}
}

func TestPronounsAgreeInGender(t *testing.T) {
	src := "Donald Trump met Hillary Clinton on Monday. She said the talks went well. Mrs. Aldana Ruiz greeted Ivan Petrov. He said nothing."
	s := Find(text.New(src))
	name := func(id string) string {
		for _, e := range s.Ledger() {
			if e.ID == id {
				return e.Name
			}
		}
		return ""
	}
	if got := name(s.Antecedent("She", strings.Index(src, "She said"))); got != "Hillary Clinton" {
		t.Errorf("She -> %q, want Hillary Clinton", got)
	}
	if got := name(s.Antecedent("He", strings.Index(src, "He said"))); got != "Ivan Petrov" {
		t.Errorf("He -> %q, want Ivan Petrov, not the woman named Mrs. before him", got)
	}
}

func TestOrganisationTitlePersonNamesThePerson(t *testing.T) {
	src := "The Treasury Board said on Monday that offices would close. Treasury Board secretary Bill Matthews said the service would move."
	s := Find(text.New(src))
	got := resolve(s, src, "Treasury Board secretary Bill Matthews")
	if len(got) != 1 || s.ents[s.index(got[0])].name != "Bill Matthews" {
		var names []string
		for _, id := range got {
			names = append(names, s.ents[s.index(id)].name)
		}
		t.Errorf("the speaker is the person after the title, got %v", names)
	}
}

func TestRolePersonAndUnknownHeads(t *testing.T) {
	src := "Senior economist Andrew Hencic said the report was solid. UiPath, one of the larger players after Xerox, announced new features."
	s := Find(text.New(src))
	if got := resolve(s, src, "Senior economist Andrew Hencic"); len(got) != 1 || s.ents[s.index(got[0])].name != "Andrew Hencic" {
		t.Errorf("a role before a name: got %v, want Andrew Hencic", got)
	}
	if got := resolve(s, src, "UiPath, one of the larger players after Xerox"); len(got) != 0 {
		t.Errorf("an unknown name at the head is not its appositive's names: got %v", got)
	}
}

func TestPlaceNamesThatLookLikePeople(t *testing.T) {
	s := Find(text.New("She grew up in San Francisco and moved to Fort Worth. Leonard Cohen wrote a song about it."))
	for _, e := range s.Ledger() {
		if e.Type == "person" && (e.Name == "San Francisco" || e.Name == "Fort Worth") {
			t.Errorf("%s typed as a person", e.Name)
		}
	}
}

func TestEmployerRolePerson(t *testing.T) {
	src := "Jupiter Research analyst Olivier Beauvillian said the shift was seismic. Authenti-corp's chief, Cynthia Musselman, told the BBC it was ready."
	s := Find(text.New(src))
	for phrase, want := range map[string]string{
		"Jupiter Research analyst Olivier Beauvillian": "Olivier Beauvillian",
		"Authenti-corp's chief, Cynthia Musselman":     "Cynthia Musselman",
	} {
		got := resolve(s, src, phrase)
		if len(got) != 1 || s.ents[s.index(got[0])].name != want {
			t.Errorf("%q -> %v, want %s", phrase, got, want)
		}
	}
}

func TestRoleHonorificPerson(t *testing.T) {
	src := "Manchester United manager Sir Alex Ferguson said he had no regrets."
	s := Find(text.New(src))
	if got := resolve(s, src, "Manchester United manager Sir Alex Ferguson"); len(got) != 1 || s.ents[s.index(got[0])].name != "Alex Ferguson" {
		t.Errorf("got %v, want Alex Ferguson", got)
	}
}

func TestDescriptionsReferToPeopleInThatRole(t *testing.T) {
	src := "Lee Baker, a certified financial planner in Atlanta, spoke first. Foreign Secretary Vikram Misri spoke next. " +
		"Then the planner spoke again. The U.S. secretary of state spoke last. Documents obtained under the Access to Information Act, the department's record, were released."
	s := Find(text.New(src))
	if got := resolve(s, src, "the planner"); len(got) != 1 || s.ents[s.index(got[0])].name != "Lee Baker" {
		t.Errorf("the planner -> %v, want Lee Baker", got)
	}
	for _, id := range resolve(s, src, "The U.S. secretary of state") {
		if s.ents[s.index(id)].name == "Vikram Misri" {
			t.Error("the U.S. secretary of state is not the foreign secretary named before")
		}
	}
	for _, e := range s.Ledger() {
		if e.Type == "person" && strings.HasSuffix(e.Name, "Act") {
			t.Errorf("%s typed as a person", e.Name)
		}
	}
}

// A role after the name needs no article, and makes a person of a name the
// dictionaries do not know as one ("Chad" is a country too).
func TestRoleWithoutArticle(t *testing.T) {
	src := `Chad Hawk, vice president of PMG, told the paper the notes were rare. Lena Ortiz, senior analyst at Brightwater, agreed.`
	s := Find(text.New(src))
	for name, role := range map[string]string{"Chad Hawk": "vice president of PMG", "Lena Ortiz": "senior analyst at Brightwater"} {
		if e := find(t, s, name); e.Type != "person" || e.Role != role {
			t.Errorf("%s = %+v, want a person whose role is %q", name, e, role)
		}
	}
}

// Names the dictionaries do not know are people when the text introduces
// them as speakers, and a first name alone later is the same person.
func TestSpeakersIntroducedByRoleOrVerb(t *testing.T) {
	src := `The report beat expectations, said the chief economist, David-Alexandre Brassard. "It was a terrible night," said Kyiv resident Svitlana Onofryichuk, 55. Later Svitlana said the market was gone.`
	s := Find(text.New(src))
	for _, name := range []string{"David-Alexandre Brassard", "Svitlana Onofryichuk"} {
		if e := find(t, s, name); e.Type != "person" {
			t.Errorf("%s = %+v, want a person", name, e)
		}
	}
	if got := resolve(s, src, "Svitlana said"); len(got) != 1 || s.Ledger()[s.index(got[0])].Name != "Svitlana Onofryichuk" {
		t.Errorf("a first name alone -> %v, want Svitlana Onofryichuk", got)
	}
}

// A speaker's phrase resolves to the person it names after a title with
// "of" in it or a country's possessive, after "another" and an appositive
// comma, or before a role in capitals.
func TestResolveTitledAndAppositiveSpeakers(t *testing.T) {
	src := `US Secretary of State Marco Rubio suggested a policy. Another officer, Wing Commander Vyomika Singh, said the strikes were measured. Pakistan’s Prime Minister Shehbaz Sharif said the strikes were unprovoked. "It is faster," Saikat Ray, VP analyst at Gartner, explained.`
	s := Find(text.New(src))
	for phrase, want := range map[string]string{
		"US Secretary of State Marco Rubio":              "Marco Rubio",
		"Another officer, Wing Commander Vyomika Singh,": "Vyomika Singh",
		"Pakistan’s Prime Minister Shehbaz Sharif":       "Shehbaz Sharif",
		"Saikat Ray, VP analyst at Gartner,":             "Saikat Ray",
	} {
		if got := resolve(s, src, phrase); len(got) != 1 || s.Ledger()[s.index(got[0])].Name != want {
			t.Errorf("%q -> %v, want %s", phrase, got, want)
		}
	}
}

// An honorific makes a person of the name after it, and a month that ends
// a first name's run is a surname.
func TestHonorificsAndMonthSurnames(t *testing.T) {
	src := `Mr Kilroy-Silk, who recently quit the party, said the country was being stolen. Theresa May, the shadow secretary, said: "We have got to find a way."`
	s := Find(text.New(src))
	for _, name := range []string{"Kilroy-Silk", "Theresa May"} {
		if e := find(t, s, name); e.Type != "person" {
			t.Errorf("%s = %+v, want a person", name, e)
		}
	}
}

// People the dictionaries do not know, named as news names them: with an
// age, a common-noun appositive, where they are from, or a role and an
// appositive around them.
func TestPeopleByAgeAppositiveAndOrigin(t *testing.T) {
	src := `Gareth Rigby, 43, admitted the offence. Sachin Kumar, a local villager, told the agency he heard blasts. David Watt of Rosenberg Research said the data was strong. Republican pollster Paul Schumaker, an adviser to campaigns, said the race was close.`
	s := Find(text.New(src))
	for _, name := range []string{"Gareth Rigby", "Sachin Kumar", "David Watt", "Paul Schumaker"} {
		if e := find(t, s, name); e.Type != "person" {
			t.Errorf("%s = %+v, want a person", name, e)
		}
	}
	if got := resolve(s, src, "Republican pollster Paul Schumaker, an adviser to campaigns,"); len(got) != 1 || s.Ledger()[s.index(got[0])].Name != "Paul Schumaker" {
		t.Errorf("a role, a person and an appositive -> %v, want Paul Schumaker", got)
	}
}

// A hearer after "told" is nobody speaking; a title between a role and a
// name, and a possessive or a compound inside an appositive, keep the
// person found.
func TestHearersTitlesAndCompoundRoles(t *testing.T) {
	src := `"Yes, we are late," Mrwan Mohey, the company’s 26-year-old co-founder, told Rest of World. Military spokesperson Lt. Gen. Ahmed Sharif said the strikes were measured.`
	s := Find(text.New(src))
	if e := find(t, s, "Mrwan Mohey"); e.Type != "person" || e.Role != "company’s 26-year-old co-founder" {
		t.Errorf("Mrwan Mohey = %+v", e)
	}
	for _, e := range s.Ledger() {
		if e.Name == "Rest of World" && e.Type == "person" {
			t.Errorf("the hearer after told is a person: %+v", e)
		}
	}
	if got := resolve(s, src, "Military spokesperson Lt. Gen. Ahmed Sharif"); len(got) != 1 || s.Ledger()[s.index(got[0])].Name != "Ahmed Sharif" {
		t.Errorf("a role and a title before a name -> %v, want Ahmed Sharif", got)
	}
}
