package storage

import (
	"encoding/json"
	"errors"
	"reflect"
	"testing"

	"github.com/claimledger/claimledger"
)

func fp(v float64) *float64 { return &v }

func TestFlatten(t *testing.T) {
	// "Officials said 12 died in Avdiivka, near Donetsk." with places
	// outside and inside the claim's content.
	l := claimledger.Document{
		ID: "d\x00", Published: "2024-02-01", URL: "https://www.example.net/a/b?c=1", Text: "…",
		Claims: []claimledger.Claim{
			{ID: "c1", Source: &claimledger.Source{Span: claimledger.Span{Start: 0, End: 9, Text: "Officials"}},
				Cue:     claimledger.Span{Start: 10, End: 14, Text: "said"},
				Content: claimledger.Content{Span: claimledger.Span{Start: 15, End: 48, Text: "12 died in Avdiivka, near Donetsk"}},
				Stance:  "assert", Time: "2024-01-31", Belief: true},
			{ID: "c2", Source: &claimledger.Source{Span: claimledger.Span{Start: 60, End: 62, Text: "He"}, Name: "Ivan Ivanov"},
				Cue: claimledger.Span{Start: 50, End: 55, Text: "Later"}, Content: claimledger.Content{Span: claimledger.Span{Start: 70, End: 80, Text: "x"}}},
		},
		Quantities: []claimledger.Quantity{
			{Span: claimledger.Span{Start: 15, End: 17, Text: "12"}, Value: 12, Low: fp(12), Category: "killed", Claim: "c1"},
			{Span: claimledger.Span{Start: 90, End: 92, Text: "30"}, Value: 30, Category: "other", Claim: "c2"},
			{Span: claimledger.Span{Start: 95, End: 97, Text: "40"}, Value: 40, Category: "other"},
		},
		Places: []claimledger.Place{
			{Span: claimledger.Span{Start: 2, End: 5}, Name: "Kyiv", Country: "UA"},
			{Span: claimledger.Span{Start: 26, End: 34}, Name: "Avdiivka", Country: "UA", Lat: fp(48.1)},
			{Span: claimledger.Span{Start: 2, End: 5}, Name: "Kyiv", Country: "UA"},
		},
	}
	d := NewDocument("o", l)
	r, err := Flatten(&d)
	if err != nil {
		t.Fatal(err)
	}
	if r.Doc.ID != "d\uFFFD" {
		t.Errorf("NUL not cleaned from a column: %q", r.Doc.ID)
	}
	claims := "["
	for i, c := range r.Claims {
		if i > 0 {
			claims += ","
		}
		claims += c.JSON
	}
	back, err := Assemble(r.Ledger, r.Doc.Text, claims+"]")
	if err != nil || !reflect.DeepEqual(back, l) {
		t.Errorf("ledger does not round-trip (%v)", err)
	}
	if r.Claims[1].N != 1 {
		t.Errorf("claim 2 is numbered %d", r.Claims[1].N)
	}
	c1, c2 := r.Claims[0], r.Claims[1]
	if c1.Start != 0 || c1.End != 48 || c1.Date != "2024-01-31" || !c1.Belief || c1.SourceFold != "officials\n" {
		t.Errorf("claim 1 record %+v", c1)
	}
	if c2.Start != 50 || c2.End != 80 || c2.Date != "2024-02-01" || c2.SourceFold != "he\nivan ivanov" {
		t.Errorf("claim 2 record: start %d end %d date %q fold %q", c2.Start, c2.End, c2.Date, c2.SourceFold)
	}
	var figs []claimledger.Quantity
	if err := json.Unmarshal([]byte(c1.Quantities), &figs); err != nil || len(figs) != 1 || figs[0].Text != "12" {
		t.Errorf("claim 1 figures %s (%v)", c1.Quantities, err)
	}
	q := r.Quantities
	if len(q) != 3 {
		t.Fatalf("%d quantity rows", len(q))
	}
	if q[0].Place != "Avdiivka" || *q[0].Lat != 48.1 || q[0].EventDate != "2024-01-31" || q[0].Actor != "Officials" || q[0].ClaimID != "c1" {
		t.Errorf("figure in a claim naming a place: %+v", q[0])
	}
	if q[1].Place != "Kyiv" || q[1].Actor != "Ivan Ivanov" || q[1].EventDate != "2024-02-01" {
		t.Errorf("figure of a claim naming no place: %+v", q[1])
	}
	if q[2].ClaimID != "" || q[2].Actor != "" || q[2].Outlet != "example.net" || q[2].DocumentID != "d\uFFFD" {
		t.Errorf("figure with no claim: %+v", q[2])
	}
	if len(r.Places) != 2 || r.Places[1].NameFold != "avdiivka" || r.Places[1].CountryFold != "ua" {
		t.Errorf("places %+v, want two distinct", r.Places)
	}
	if c2.Quantities == "null" || r.Claims[1].Quantities == "" {
		t.Errorf("claim figures must be a JSON array: %q", c2.Quantities)
	}
}

func TestAssemble(t *testing.T) {
	for _, l := range []claimledger.Document{
		{ID: "plain", Text: "Some text."},
		{ID: "unclean", Text: "NUL \x00 in valid UTF-8"},
		{ID: "empty claims", Text: "t", Claims: []claimledger.Claim{}},
		{ID: "no text"},
	} {
		d := NewDocument("", l)
		r, err := Flatten(&d)
		if err != nil {
			t.Fatal(err)
		}
		got, err := Assemble(r.Ledger, r.Doc.Text, "")
		if err != nil || !reflect.DeepEqual(got, l) {
			t.Errorf("%s: Assemble = %+v, %v", l.ID, got, err)
		}
	}
}

func TestOutletAndClean(t *testing.T) {
	for _, tc := range []struct{ outlet, url, want string }{
		{"BBC", "https://www.bbc.co.uk/x", "BBC"}, {"", "https://www.bbc.co.uk/x", "bbc.co.uk"},
		{"", "http://news.example.com:8080/", "news.example.com"}, {"", "", ""}, {"", "::bad", ""},
	} {
		if got := Outlet(tc.outlet, tc.url); got != tc.want {
			t.Errorf("Outlet(%q, %q) = %q, want %q", tc.outlet, tc.url, got, tc.want)
		}
	}
	if got := Clean("a\xffb\x00c"); got != "a\uFFFDb\uFFFDc" {
		t.Errorf("Clean = %q", got)
	}
	if got := Fold("ÉCOLE Zoë"); got != "école zoë" {
		t.Errorf("Fold = %q", got)
	}
}

func TestSearchWords(t *testing.T) {
	for _, tc := range []struct {
		q    string
		want []string
	}{
		{`Fighters "killed`, []string{"fighters", "killed"}},
		{`NEAR(a b) OR title:x*`, []string{"near", "a", "b", "or", "title", "x"}},
		{`don't don't`, []string{"don", "t"}},
		{"e\u0301tude ÉCOLE 北京", []string{"e\u0301tude", "école", "北京"}},
	} {
		got, err := SearchWords(tc.q)
		if err != nil || !reflect.DeepEqual(got, tc.want) {
			t.Errorf("SearchWords(%q) = %q, %v; want %q", tc.q, got, err, tc.want)
		}
	}
	for _, q := range []string{"", `"*"`, "\x00 -- ;", "🙂"} {
		if _, err := SearchWords(q); !errors.Is(err, ErrQuery) {
			t.Errorf("SearchWords(%q) = %v, want ErrQuery", q, err)
		}
	}
	if got := FTS5Query([]string{"a", `b"c`}); got != `"a" "b""c"` {
		t.Errorf("FTS5Query = %s", got)
	}
}

func TestCheckFilterAndDollar(t *testing.T) {
	for _, f := range []ClaimFilter{{From: "2023-05-01"}, {To: "2023"}, {Limit: 5}, {Search: "x"}} {
		if err := CheckFilter(f); err != nil {
			t.Errorf("CheckFilter(%+v) = %v", f, err)
		}
	}
	for _, f := range []ClaimFilter{{From: "May"}, {To: "2023-05-01x"}, {Limit: -1}, {Search: "()"}} {
		if err := CheckFilter(f); !errors.Is(err, ErrQuery) {
			t.Errorf("CheckFilter(%+v) = %v, want ErrQuery", f, err)
		}
	}
	if got := Dollar("a = ? AND b IN (?, ?)"); got != "a = $1 AND b IN ($2, $3)" {
		t.Errorf("Dollar = %q", got)
	}
}

func TestFlattenPlaceCoordinates(t *testing.T) {
	l := claimledger.Document{ID: "p", Text: "t", Places: []claimledger.Place{
		{Name: "Kyiv", Country: "UA"},
		{Name: "Lviv", Country: "UA", Lat: fp(49.84)},
		{Name: "Kyiv", Country: "UA", Lat: fp(50.45), Lon: fp(30.52)},
		{Name: "Kyiv", Country: "UA", Lat: fp(1), Lon: fp(2)},
		{Name: "Kyiv", Country: "RU", Lat: fp(3), Lon: fp(4)},
		{Name: "Lviv", Country: "UA", Lat: fp(5), Lon: fp(24.03)},
	}}
	d := NewDocument("o", l)
	r, err := Flatten(&d)
	if err != nil {
		t.Fatal(err)
	}
	type pl struct {
		name, country string
		lat, lon      float64
	}
	var got []pl
	for _, p := range r.Places {
		if p.Lat == nil || p.Lon == nil {
			t.Fatalf("%s, %s: coordinates %v, %v", p.Name, p.Country, p.Lat, p.Lon)
		}
		got = append(got, pl{p.Name, p.Country, *p.Lat, *p.Lon})
	}
	// Each coordinate is the first the ledger gives the place.
	want := []pl{{"Kyiv", "UA", 50.45, 30.52}, {"Lviv", "UA", 49.84, 24.03}, {"Kyiv", "RU", 3, 4}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("places %+v, want %+v", got, want)
	}
}
