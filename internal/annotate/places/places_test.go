package places

import (
	"strings"
	"testing"

	"github.com/claimledger/claimledger"
	"github.com/claimledger/claimledger/internal/text"
)

func find(s string) []claimledger.Place { return Find(text.New(s)) }

// placeAt returns the place whose span text is name, or nil.
func placeAt(ps []claimledger.Place, name string) *claimledger.Place {
	for i := range ps {
		if ps[i].Text == name {
			return &ps[i]
		}
	}
	return nil
}

func want(t *testing.T, ps []claimledger.Place, span, name, country, kind string) *claimledger.Place {
	t.Helper()
	p := placeAt(ps, span)
	if p == nil {
		t.Errorf("%q: not found in %v", span, ps)
		return nil
	}
	if p.Name != name || p.Country != country || p.Kind != kind {
		t.Errorf("%q: got %s (%s, %s), want %s (%s, %s)", span, p.Name, p.Country, p.Kind, name, country, kind)
	}
	return p
}

func none(t *testing.T, ps []claimledger.Place, span string) {
	t.Helper()
	if p := placeAt(ps, span); p != nil {
		t.Errorf("%q should not be a place, got %s (%s)", span, p.Name, p.Country)
	}
}

func near(t *testing.T, p *claimledger.Place, lat, lon, tol float64) {
	t.Helper()
	if p == nil || p.Lat == nil || p.Lon == nil {
		t.Errorf("no coordinates: %v", p)
		return
	}
	if d := *p.Lat - lat; d > tol || d < -tol {
		t.Errorf("%s lat %.2f, want %.2f", p.Name, *p.Lat, lat)
	}
	if d := *p.Lon - lon; d > tol || d < -tol {
		t.Errorf("%s lon %.2f, want %.2f", p.Name, *p.Lon, lon)
	}
}

func TestWireUkraine(t *testing.T) {
	ps := find(`KYIV, June 3 - Shelling hit the village of Grayvoron in Russia's Belgorod region overnight, ` +
		`the regional governor said, while Ukrainian troops pressed on around the city of Bakhmut, ` +
		`which Russian officials still call Artemovsk. Fighting was also reported in the Donetsk region ` +
		`and near Kharkiv. The Freedom of Russia Legion said it was not involved.`)
	want(t, ps, "Russia", "Russia", "RU", "country")
	b := want(t, ps, "Belgorod region", "Belgorod Oblast", "RU", "admin1")
	near(t, b, 50.7, 37.1, 0.5)
	g := want(t, ps, "Grayvoron", "Grayvoron", "RU", "city")
	if g != nil && g.GeonameID == 0 {
		t.Errorf("Grayvoron has no geonameid")
	}
	bk := want(t, ps, "Bakhmut", "Bakhmut", "UA", "city")
	near(t, bk, 48.59, 38.0, 0.05)
	if bk != nil && bk.GeonameID != 713174 {
		t.Errorf("Bakhmut geonameid %d", bk.GeonameID)
	}
	want(t, ps, "Donetsk region", "Donetsk Oblast", "UA", "admin1")
	want(t, ps, "Kharkiv", "Kharkiv", "UA", "city")
	none(t, ps, "Ukrainian")
	none(t, ps, "Russian")
	if p := placeAt(ps, "Freedom"); p != nil {
		t.Errorf("a word of an organisation's name taken for a place: %v", p)
	}
	for _, p := range ps {
		if p.Text == "Russia" && p.Start > 200 {
			t.Errorf("Russia inside the Freedom of Russia Legion taken for a place")
		}
	}
}

func TestUSPolitics(t *testing.T) {
	ps := find(`WASHINGTON (Reuters) - The governor of Georgia met donors in Atlanta on Monday, ` +
		`the Washington Post reported. Senator Jens Holmberg, who flew in from Paris, said the state ` +
		`would not follow Texas. Boris Johnson was not invited.`)
	want(t, ps, "Georgia", "Georgia", "US", "admin1")
	want(t, ps, "Atlanta", "Atlanta", "US", "city")
	want(t, ps, "Paris", "Paris", "FR", "city")
	want(t, ps, "Texas", "Texas", "US", "admin1")
	for _, p := range ps {
		if p.Text == "Washington" && p.Start > 20 {
			t.Errorf("Washington of the Washington Post taken for a place")
		}
	}
	none(t, ps, "Holmberg")
	none(t, ps, "Johnson")
}

func TestCaucasusGeorgia(t *testing.T) {
	ps := find(`Protesters filled the streets of Tbilisi again. Georgia's parliament passed the bill ` +
		`despite warnings from Brussels.`)
	want(t, ps, "Georgia", "Georgia", "GE", "country")
	want(t, ps, "Tbilisi", "Tbilisi", "GE", "city")
	want(t, ps, "Brussels", "Brussels", "BE", "city")
}

func TestParisTexas(t *testing.T) {
	ps := find(`The tornado struck Paris, Texas, a small town near the Oklahoma border, on Tuesday night.`)
	want(t, ps, "Paris", "Paris", "US", "city")
}

func TestMiddleEastFeature(t *testing.T) {
	ps := find(`In the Gaza Strip, families who fled Khan Younis now shelter near Rafah, close to ` +
		`the border with Egypt. Aid agencies in Amman and Beirut say the Red Sea route is slow. ` +
		`Syrian officials in the Idlib province disagreed.`)
	want(t, ps, "Gaza Strip", "Gaza Strip", "PS", "admin1")
	want(t, ps, "Khan Younis", "Khān Yūnis", "PS", "city")
	want(t, ps, "Rafah", "Rafaḩ", "PS", "city")
	want(t, ps, "Egypt", "Egypt", "EG", "country")
	want(t, ps, "Amman", "Amman", "JO", "city")
	want(t, ps, "Idlib province", "Idlib Governorate", "SY", "admin1")
	none(t, ps, "Syrian")
}

func TestUKNewsAndCommonWords(t *testing.T) {
	ps := find(`Police said a man was arrested in Bath. Reading the report, Mr Stroud said the UK and ` +
		`Britain's allies in Europe must act. Best of all, Downing Street agreed. Manchester ` +
		`United won in Liverpool.`)
	want(t, ps, "Bath", "Bath", "GB", "city")
	want(t, ps, "UK", "United Kingdom", "GB", "country")
	want(t, ps, "Britain", "United Kingdom", "GB", "country")
	want(t, ps, "Liverpool", "Liverpool", "GB", "city")
	for _, w := range []string{"Police", "Reading", "Best", "Street", "Manchester", "Stroud"} {
		none(t, ps, w)
	}
}

func TestSpansAreCodePoints(t *testing.T) {
	s := `Résumé: talks in Kyiv – then “Kiev” again.`
	ps := find(s)
	k := want(t, ps, "Kyiv", "Kyiv", "UA", "city")
	if k != nil {
		if got := string([]rune(s)[k.Start:k.End]); got != "Kyiv" {
			t.Errorf("span %d-%d covers %q", k.Start, k.End, got)
		}
	}
	want(t, ps, "Kiev", "Kyiv", "UA", "city")
}

func TestEmptyAndJunk(t *testing.T) {
	for _, s := range []string{"", " ", "\xff\xfe", strings.Repeat("A ", 50), "The The The", "St.", "of of Of"} {
		_ = find(s)
	}
}

func FuzzFind(f *testing.F) {
	f.Add("Shelling hit Grayvoron in Russia's Belgorod region.")
	f.Add("WASHINGTON (AP) — Georgia, Atlanta, the Washington Post.")
	f.Add("St. Petersburg, Rostov-on-Don and Bosnia and Herzegovina")
	f.Fuzz(func(t *testing.T, s string) {
		d := text.New(s)
		for _, p := range Find(d) {
			if p.Start < 0 || p.End < p.Start || p.Name == "" {
				t.Fatalf("bad place %+v", p)
			}
		}
	})
}

func TestCoordinatedDivisions(t *testing.T) {
	d := text.New("Drones struck the Kursk and Belgorod regions overnight. Later, Kursk itself was quiet.")
	var kinds []string
	for _, p := range Find(d) {
		kinds = append(kinds, p.Text+"="+p.Kind)
	}
	got := strings.Join(kinds, " ")
	if !strings.Contains(got, "Kursk=admin1") || !strings.Contains(got, "Belgorod regions=admin1") || !strings.Contains(got, "Kursk=city") {
		t.Errorf("want both regions as divisions and the later Kursk as the city: %s", got)
	}
}
