package actors

import "testing"

func TestLookup(t *testing.T) {
	cases := []struct {
		phrase  string
		kind    Kind
		country string
	}{
		{"vladimir putin", Person, "RU"},
		{"russia", Country, "RU"},
		{"ukraine", Country, "UA"},
		{"united states", Country, "US"},
		{"nato", Org, ""},
		{"kremlin", Org, "RU"},
	}
	for _, c := range cases {
		a, ok := Lookup(c.phrase)
		if !ok || a.Kind != c.kind || a.Country != c.country {
			t.Errorf("Lookup(%q) = %+v, %v; want kind %d country %q", c.phrase, a, ok, c.kind, c.country)
		}
	}
	if _, ok := Lookup("the quick brown fox"); ok {
		t.Error("an unknown phrase was found")
	}
}

func TestCountryWords(t *testing.T) {
	if c, _ := Demonym("ukrainian"); c != "UA" {
		t.Errorf("Demonym(ukrainian) = %q", c)
	}
	if c, _ := Demonym("french"); c != "FR" {
		t.Errorf("Demonym(french) = %q", c)
	}
	if c, _ := Capital("kyiv"); c != "UA" {
		t.Errorf("Capital(kyiv) = %q", c)
	}
	if n := CountryName("RU"); n != "Russia" {
		t.Errorf("CountryName(RU) = %q", n)
	}
	if s, ok := Agent("defence minister"); !ok || s == "" {
		t.Errorf("Agent(defence minister) = %q, %v", s, ok)
	}
	if MaxWords() < 3 {
		t.Errorf("MaxWords = %d", MaxWords())
	}
}

func BenchmarkLoad(b *testing.B) {
	for i := 0; i < b.N; i++ {
		parse(packed)
	}
}

// Institutions of the international file are listed by name alone, like the
// people there; their head words and company codes keep them organisations.
func TestInstitutionsAreNotPeople(t *testing.T) {
	for _, p := range []string{"world food programme", "world food program", "red cross", "human rights watch",
		"sierra club", "aga khan foundation", "international war crimes tribunal", "murphy oil corp", "barclays plc"} {
		if a, ok := Lookup(p); ok && a.Kind == Person {
			t.Errorf("Lookup(%q) is a person", p)
		}
	}
	for _, p := range []string{"ban ki-moon", "kofi annan", "vladimir putin"} {
		if a, ok := Lookup(p); !ok || a.Kind != Person {
			t.Errorf("Lookup(%q) = %+v, %v; want a person", p, a, ok)
		}
	}
	if FirstName("world") {
		t.Error(`"world" is taken for a first name`)
	}
}
