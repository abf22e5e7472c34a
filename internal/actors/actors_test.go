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
