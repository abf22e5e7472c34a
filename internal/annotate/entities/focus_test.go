package entities

import (
	"strings"
	"testing"

	"github.com/claimledger/claimledger/internal/text"
)

// organOf returns the name of the entity a bare organ phrase resolves to.
func organOf(t *testing.T, src, phrase string) string {
	t.Helper()
	s := Find(text.New(src))
	i := strings.Index(src, phrase)
	if i < 0 {
		t.Fatalf("no %q in text", phrase)
	}
	for _, m := range s.mentions {
		if m.start == i {
			return s.ents[m.ent].name
		}
	}
	return ""
}

// A wire dateline names the home country whose organs a bare "the interior
// ministry" names, even when the other side's forces were named since.
func TestDatelineCountryOwnsBareOrgans(t *testing.T) {
	cases := []struct{ src, phrase, want string }{
		{"ZAPORIZHZHIA, Ukraine (AP) — Russian forces shelled the city overnight, killing three people. " +
			"The interior ministry said rescue crews were still searching the rubble.",
			"The interior ministry", "Ministry of Internal Affairs of Ukraine"},
		{"KYIV, March 3 (Reuters) - Russia launched 40 drones at the capital overnight. " +
			"The defence ministry said air defences had downed 35 of them.",
			"The defence ministry", "Ministry of Defence of Ukraine"},
		{"Ceasefire talks stall\n\nMOSCOW — Ukrainian drones struck an oil depot in the Bryansk region, " +
			"a governor said. The defense ministry said it had intercepted 12 of them.",
			"The defense ministry", "Ministry of Defence of the Russian Federation"},
		// the other country speaking just before takes over
		{"KYIV, Ukraine (AP) — Moscow said on Tuesday that its troops had taken the village. " +
			"The defence ministry added that the advance continued.",
			"The defence ministry", "Ministry of Defence of the Russian Federation"},
		// no dateline: the country named most so far
		{"Officials in Georgia said protests in Tbilisi continued for a fifth night. Georgia has seen " +
			"weeks of unrest, and a Russian envoy urged calm. The interior ministry said 40 people were held.",
			"The interior ministry", "Ministry of Internal Affairs of Georgia"},
	}
	for _, c := range cases {
		if got := organOf(t, c.src, c.phrase); got != c.want {
			t.Errorf("%q in %.40q... = %q, want %q", c.phrase, c.src, got, c.want)
		}
	}
}

// Multi-word names that end in an institution's head word are organisations,
// whatever the dictionary, a title or a first name inside them suggest.
func TestInstitutionHeadsMakeOrgs(t *testing.T) {
	src := "The World Food Programme said it would cut rations by half. " +
		"Officials at the Prosecutor General's Office declined to comment. " +
		"The Emily Davis Trust said it would fund the shelter, and Ahmed Group said it agreed. " +
		"Major Crimes Division said an inquiry was under way. The Maria Lopez Center warned of shortages."
	s := Find(text.New(src))
	for _, name := range []string{"World Food Programme", "Prosecutor General's Office", "Emily Davis Trust",
		"Ahmed Group", "Major Crimes Division", "Maria Lopez Center"} {
		if e := find(t, s, name); e.Type != "org" {
			t.Errorf("%s typed %s", name, e.Type)
		}
	}
}

// Titles that are ordinary words, a title before a stop, and head words
// standing alone make no entity.
func TestTitleAndHeadWordsAlone(t *testing.T) {
	src := "Labour hopes to win the General Election. The case was referred to the Attorney General. Earlier, " +
		"the board named her Ambassador for Tennis. Viewers watch TV shows on their phones. " +
		"Lt Gen Sergei Rudskoy said the offensive would continue."
	s := Find(text.New(src))
	for _, e := range s.Ledger() {
		switch e.Name {
		case "Election", ".", "Tennis", "TV":
			t.Errorf("not an entity: %+v", e)
		}
	}
	if e := find(t, s, "Sergei Rudskoy"); e.Type != "person" {
		t.Errorf("Rudskoy = %+v", e)
	}
}
