package storagetest

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"reflect"
	"sort"
	"testing"
	"time"

	"github.com/claimledger/claimledger"
	"github.com/claimledger/claimledger/internal/storage"
)

// The Browser's answers are checked against answers worked out here from
// the ledgers put, with the rules the interface documents.

// said is a claim of a made-up ledger: who says it, resolved to whom, with
// what stance and when.
type said struct {
	text, name, stance, time string
	none                     bool // no source at all
}

// sayings makes a ledger whose claims are the sayings, one sentence each.
func sayings(id, published string, ss ...said) claimledger.Document {
	d := claimledger.Document{ID: id, Language: "en", Published: published, Title: "Sayings " + id}
	var b textBuilder
	for i, s := range ss {
		c := claimledger.Claim{ID: fmt.Sprintf("c%d", i+1), Form: claimledger.FormIndirect, Stance: s.stance,
			Verification: claimledger.Unknown, Time: s.time}
		if c.Stance == "" {
			c.Stance = claimledger.StanceAssert
		}
		if !s.none {
			c.Source = &claimledger.Source{Span: b.span(s.text), Name: s.name}
			b.WriteString(" ")
		}
		c.Cue = b.span("said")
		b.WriteString(" ")
		c.Content = claimledger.Content{Span: b.span(fmt.Sprintf("thing %d happened", i))}
		b.WriteString(". ")
		d.Claims = append(d.Claims, c)
	}
	d.Text = b.String()
	return d
}

// sourceDocs are ledgers whose sources differ in case only, resolve or not
// to the same names, have no source or an empty one, and dates of every
// kind: none, a month, a day, a time of day.
func sourceDocs() []storage.Document {
	return []storage.Document{
		storage.NewDocument("t", sayings("src-1", "2023-03-01",
			said{text: "The army", stance: claimledger.StanceDeny},
			said{text: "the army", time: "2023-02-27"},
			said{text: "THE ARMY", stance: claimledger.StanceDeny, time: "2023-07-01T10:00:00Z"},
			said{text: "the alliance", name: "NATO"},
			said{text: "NATO"},
			said{none: true},
			said{text: "", name: ""},
			said{text: "İSTANBUL governor"},
		)),
		storage.NewDocument("t", sayings("src-2", "",
			said{text: "Nato", name: "Nato", stance: claimledger.StanceDeny},
			said{text: "istanbul governor"},
			said{text: "Zoë", name: "ZOË", time: "2022-12-31"},
			said{text: "nobody dated"},
			said{text: "a late source", time: "2023-07-01T10:00:00Z"},
			said{text: "a vague source", time: "2023-05"},
		)),
		storage.NewDocument("t", sayings("src-3", "2024-01-05",
			said{text: "the army"},
			said{text: "He", name: "zoë", stance: claimledger.StanceDeny},
			said{text: "NATO"},
		)),
	}
}

// latestLedgers are the ledgers of the latest version of each key, in the
// order keys were first put.
func latestLedgers(docs []storage.Document) []storage.Document {
	at := map[string]int{}
	var out []storage.Document
	for _, d := range docs {
		if i, ok := at[d.Key]; ok {
			out[i] = d
			continue
		}
		at[d.Key] = len(out)
		out = append(out, d)
	}
	return out
}

// wantSources counts as Sources documents it: by entity name, else by
// source as written, without regard to case, named by the group's first
// spelling in byte order.
func wantSources(docs []storage.Document, entitiesOnly bool, limit int) []storage.SourceCount {
	type key struct {
		entity bool
		fold   string
	}
	groups := map[key]*storage.SourceCount{}
	docSets := map[key]map[string]bool{}
	for _, d := range latestLedgers(docs) {
		for _, c := range d.Ledger.Claims {
			if c.Source == nil || c.Source.Name == "" && c.Source.Text == "" || entitiesOnly && c.Source.Name == "" {
				continue
			}
			name, entity := storage.Clean(c.Source.Name), true
			if name == "" {
				name, entity = storage.Clean(c.Source.Text), false
			}
			k := key{entity, storage.Fold(name)}
			g := groups[k]
			if g == nil {
				g = &storage.SourceCount{Name: name, Entity: entity}
				groups[k], docSets[k] = g, map[string]bool{}
			}
			if name < g.Name {
				g.Name = name
			}
			g.Claims++
			docSets[k][d.Key] = true
			g.Documents = len(docSets[k])
			if c.Stance == claimledger.StanceDeny {
				g.Denials++
			}
			date := c.Time
			if date == "" {
				date = d.Ledger.Published
			}
			if date = storage.Day(date); date != "" {
				if g.First == "" || date < g.First {
					g.First = date
				}
				if date > g.Last {
					g.Last = date
				}
			}
		}
	}
	var out []storage.SourceCount
	for _, g := range groups {
		out = append(out, *g)
	}
	sort.Slice(out, func(i, j int) bool {
		a, b := out[i], out[j]
		if a.Claims != b.Claims {
			return a.Claims > b.Claims
		}
		if a.Name != b.Name {
			return a.Name < b.Name
		}
		return a.Entity && !b.Entity
	})
	if limit > 0 && len(out) > limit {
		out = out[:limit]
	}
	return out
}

// wantPlaces counts as Places documents it: latest documents naming each
// name and country, with the coordinates of the first stored document
// that gives both (each the first its ledger gives the place).
func wantPlaces(docs []storage.Document, limit int) []storage.PlaceCount {
	type key struct{ name, country string }
	var order []key
	groups := map[key]*storage.PlaceCount{}
	for _, d := range latestLedgers(docs) {
		type coords struct{ lat, lon *float64 }
		here := map[key]*coords{}
		var named []key
		for _, p := range d.Ledger.Places {
			k := key{storage.Clean(p.Name), storage.Clean(p.Country)}
			c := here[k]
			if c == nil {
				c = &coords{}
				here[k] = c
				named = append(named, k)
			}
			if c.lat == nil {
				c.lat = p.Lat
			}
			if c.lon == nil {
				c.lon = p.Lon
			}
		}
		for _, k := range named {
			g := groups[k]
			if g == nil {
				g = &storage.PlaceCount{Name: k.name, Country: k.country}
				groups[k] = g
				order = append(order, k)
			}
			g.Documents++
			if c := here[k]; g.Lat == nil && c.lat != nil && c.lon != nil {
				g.Lat, g.Lon = c.lat, c.lon
			}
		}
	}
	var out []storage.PlaceCount
	for _, k := range order {
		out = append(out, *groups[k])
	}
	sort.SliceStable(out, func(i, j int) bool {
		a, b := out[i], out[j]
		if a.Documents != b.Documents {
			return a.Documents > b.Documents
		}
		if a.Name != b.Name {
			return a.Name < b.Name
		}
		return a.Country < b.Country
	})
	if limit > 0 && len(out) > limit {
		out = out[:limit]
	}
	return out
}

// placeDocs name places with and without coordinates, one place twice in
// a document with its coordinates given the second time, one name in two
// countries and a name holding a NUL.
func placeDocs() []storage.Document {
	place := func(name, country string, ll ...float64) claimledger.Place {
		p := claimledger.Place{Name: name, Country: country, Kind: "city"}
		if len(ll) > 0 {
			p.Lat = f(ll[0])
		}
		if len(ll) > 1 {
			p.Lon = f(ll[1])
		}
		return p
	}
	doc := func(id string, ps ...claimledger.Place) storage.Document {
		return storage.NewDocument("t", claimledger.Document{ID: id, Language: "en", Text: "Text of " + id + ".", Places: ps})
	}
	return []storage.Document{
		doc("pl-1", place("Kharkiv", "UA"), place("Kharkiv", "UA", 49.99, 36.23), place("Odesa", "UA"), place("Kharkiv", "UA", 1, 2)),
		doc("pl-2", place("Kharkiv", "UA", 50, 36), place("Belgorod", "RU"), place("Nul\x00ville", "FR", 1.5, 2.5)),
		doc("pl-3", place("Odesa", "UA", 46.48), place("Odesa", "US", 31.85, -102.37), place("Kharkiv", "UA")),
		doc("pl-4", place("Odesa", "UA", 46.47, 30.73), place("Aleppo", "SY", 36.2, 37.15)),
	}
}

func summaries(t *testing.T, st storage.Store, limit, offset int) []storage.DocumentSummary {
	t.Helper()
	s, err := st.Documents(context.Background(), limit, offset)
	if err != nil {
		t.Fatalf("Documents(%d, %d): %v", limit, offset, err)
	}
	return s
}

// checkStoredAt checks a time a store set: RFC 3339, UTC, within the span
// of the test (to the second).
func checkStoredAt(t *testing.T, what, at string, from, to time.Time) {
	t.Helper()
	tm, err := time.Parse(time.RFC3339, at)
	if err != nil || tm.Location() != time.UTC || at[len(at)-1] != 'Z' {
		t.Errorf("%s: time %q is not RFC 3339 in UTC (%v)", what, at, err)
		return
	}
	if tm.Before(from.Truncate(time.Second)) || tm.After(to) {
		t.Errorf("%s: time %s is not between %s and %s", what, at, from.UTC().Format(time.RFC3339), to.UTC().Format(time.RFC3339))
	}
}

func testDocument(t *testing.T, st storage.Store) {
	ctx := context.Background()
	docs := Fixture()
	before := time.Now()
	put(t, st, docs...)
	v2 := changed(docs[0], docs[0].Ledger.Text+" A second version.")
	put(t, st, v2)
	after := time.Now()
	latest := latestLedgers(append(append([]storage.Document{}, docs...), v2))

	byID := map[string]claimledger.Document{}
	for _, l := range ledgers(t, st) {
		byID[l.ID] = l
	}
	for _, d := range latest {
		sum, l, ok, err := st.Document(ctx, d.Key)
		if err != nil || !ok {
			t.Fatalf("Document(%q) = ok %v, %v", d.Key, ok, err)
		}
		if want, ok := byID[d.Ledger.ID]; !ok || !reflect.DeepEqual(l, want) {
			a, _ := json.Marshal(l)
			b, _ := json.Marshal(want)
			t.Errorf("Document(%q) ledger differs from what Ledgers gives:\ngot  %s\nwant %s", d.Key, a, b)
		}
		if !reflect.DeepEqual(l, d.Ledger) {
			t.Errorf("Document(%q) is not the latest version put", d.Key)
		}
		version := 1
		if d.Hash == v2.Hash {
			version = 2
		}
		ref := storage.DocumentRef{ID: storage.Clean(d.Ledger.ID), Version: version, URL: storage.Clean(d.Ledger.URL),
			Title: storage.Clean(d.Ledger.Title), Outlet: storage.Clean(d.Ledger.Outlet),
			Published: storage.Clean(d.Ledger.Published), Language: storage.Clean(d.Ledger.Language)}
		if sum.DocumentRef != ref || sum.Key != d.Key || sum.Claims != len(d.Ledger.Claims) {
			t.Errorf("Document(%q) summary %+v, want %+v with key %q and %d claims", d.Key, sum, ref, d.Key, len(d.Ledger.Claims))
		}
		checkStoredAt(t, "Document("+d.Key+")", sum.StoredAt, before, after.Add(time.Second))
	}
	if sum, _, _, _ := st.Document(ctx, v2.Key); sum.Version != 2 || sum.Claims != 1 {
		t.Errorf("Document of a key with two versions: version %d with %d claims, want 2 with 1", sum.Version, sum.Claims)
	}
	for _, key := range []string{"https://www.example.com/news/nowhere", "", docs[0].Key + " ", "doc-1"} {
		sum, l, ok, err := st.Document(ctx, key)
		if ok || err != nil || sum != (storage.DocumentSummary{}) || l.ID != "" {
			t.Errorf("Document(%q) of no such key = %+v, %q, ok %v, %v", key, sum, l.ID, ok, err)
		}
	}
}

func testDocuments(t *testing.T, st storage.Store) {
	fx := Fixture()
	gen := Generate(12, 5)
	var all []storage.Document
	putAll := func(docs ...storage.Document) {
		t.Helper()
		put(t, st, docs...)
		all = append(all, docs...)
	}
	putAll(fx[1])
	putAll(gen[:5]...)
	putAll(fx[0], fx[2])
	putAll(gen[5:]...)
	// A new version keeps its key's place in storing order.
	putAll(changed(fx[1], "Another text for the second document."))
	latest := latestLedgers(all)
	var want []string
	for i := len(latest) - 1; i >= 0; i-- {
		want = append(want, latest[i].Key)
	}
	claims := map[string]int{}
	for _, d := range latest {
		claims[d.Key] = len(d.Ledger.Claims)
	}
	keysOf := func(s []storage.DocumentSummary) []string {
		var k []string
		for _, d := range s {
			k = append(k, d.Key)
		}
		return k
	}
	got := summaries(t, st, 0, 0)
	if !reflect.DeepEqual(keysOf(got), want) {
		t.Fatalf("Documents(0, 0) keys\n%q\nwant, most recently stored first,\n%q", keysOf(got), want)
	}
	for _, s := range got {
		if s.Claims != claims[s.Key] {
			t.Errorf("Documents: %s has %d claims, want %d", s.Key, s.Claims, claims[s.Key])
		}
		one, _, _, err := st.Document(context.Background(), s.Key)
		if err != nil || one != s {
			t.Errorf("Documents gives %+v, Document %+v (%v)", s, one, err)
		}
	}
	if s := got[len(got)-1]; s.Key != fx[1].Key || s.Version != 2 || s.Claims != 1 {
		t.Errorf("the first key stored, now at version 2: %+v", s)
	}
	for _, page := range [][2]int{{3, 0}, {4, 2}, {5, 15}, {1, len(want) - 1}, {10, len(want)}, {0, 7}, {len(want) + 5, 0}} {
		lim, off := page[0], page[1]
		w := want[min(off, len(want)):]
		if lim > 0 && len(w) > lim {
			w = w[:lim]
		}
		if g := keysOf(summaries(t, st, lim, off)); !reflect.DeepEqual(g, w) && (len(g) > 0 || len(w) > 0) {
			t.Errorf("Documents(%d, %d) = %q, want %q", lim, off, g, w)
		}
	}
	for _, page := range [][2]int{{-1, 0}, {0, -1}} {
		if _, err := st.Documents(context.Background(), page[0], page[1]); !errors.Is(err, storage.ErrQuery) {
			t.Errorf("Documents(%d, %d) = %v, want ErrQuery", page[0], page[1], err)
		}
	}
}

func sources(t *testing.T, st storage.Store, entitiesOnly bool, limit int) []storage.SourceCount {
	t.Helper()
	s, err := st.Sources(context.Background(), entitiesOnly, limit)
	if err != nil {
		t.Fatalf("Sources(%v, %d): %v", entitiesOnly, limit, err)
	}
	return s
}

func testSources(t *testing.T, st storage.Store) {
	fx := Fixture()
	docs := append(append(append([]storage.Document{}, fx...), sourceDocs()...), Generate(60, 3)...)
	put(t, st, docs...)
	// The second version drops every claim but the first: Kyiv's denial
	// and Peskov's belief are no one's any more.
	v2 := changed(fx[0], "Only the ministry now.")
	put(t, st, v2)
	docs = append(docs, v2)

	full := wantSources(docs, false, 0)
	var folded, texts, entities bool
	for _, s := range full {
		folded = folded || s.Name == "THE ARMY" && s.Claims == 4 && s.Documents == 2 && s.Denials == 2
		texts = texts || !s.Entity
		entities = entities || s.Entity
		if s.Name == "Government of Ukraine" || s.Name == "Dmitry Peskov" {
			t.Fatalf("the test's own count keeps claims of an old version: %+v", s)
		}
	}
	if !folded || !texts || !entities || len(full) < 10 {
		t.Fatalf("the test's own count does not fold case or lacks kinds of sources: %+v", full)
	}
	for _, tc := range []struct {
		entitiesOnly bool
		limit        int
	}{{false, 0}, {true, 0}, {false, 5}, {true, 3}, {false, len(full) + 3}} {
		want := wantSources(docs, tc.entitiesOnly, tc.limit)
		got := sources(t, st, tc.entitiesOnly, tc.limit)
		if !reflect.DeepEqual(got, want) {
			a, _ := json.MarshalIndent(got, "", " ")
			b, _ := json.MarshalIndent(want, "", " ")
			t.Errorf("Sources(%v, %d):\n%s\nwant\n%s", tc.entitiesOnly, tc.limit, a, b)
		}
		for _, s := range got {
			if tc.entitiesOnly && !s.Entity {
				t.Errorf("Sources(entities only) gives a source as written: %+v", s)
			}
		}
	}
	if _, err := st.Sources(context.Background(), false, -1); !errors.Is(err, storage.ErrQuery) {
		t.Errorf("Sources(limit -1) = %v, want ErrQuery", err)
	}
}

func placeCounts(t *testing.T, st storage.Store, limit int) []storage.PlaceCount {
	t.Helper()
	p, err := st.Places(context.Background(), limit)
	if err != nil {
		t.Fatalf("Places(%d): %v", limit, err)
	}
	return p
}

// placeString shows coordinates rather than pointers.
func placeString(ps []storage.PlaceCount) string {
	b, _ := json.Marshal(ps)
	return string(b)
}

func testPlaces(t *testing.T, st storage.Store) {
	fx := Fixture()
	docs := append(append(append([]storage.Document{}, fx...), placeDocs()...), Generate(40, 9)...)
	put(t, st, docs...)
	// A new version of the first document no longer names Moscow: it and
	// its coordinates are no one's any more.
	v2 := changed(fx[0], "Belgorod alone.")
	v2.Ledger.Places = fx[0].Ledger.Places[1:]
	put(t, st, v2)
	docs = append(docs, v2)

	full := wantPlaces(docs, 0)
	located := 0
	for _, p := range full {
		if p.Name == "Moscow" {
			t.Fatalf("the test's own count keeps places of an old version: %+v", p)
		}
		if p.Lat != nil {
			located++
		}
	}
	if located < 3 || len(full) < 8 {
		t.Fatalf("the test's own count has %d places, %d with coordinates: %s", len(full), located, placeString(full))
	}
	for _, limit := range []int{0, 1, 4, len(full) + 1} {
		want := wantPlaces(docs, limit)
		if got := placeCounts(t, st, limit); placeString(got) != placeString(want) {
			t.Errorf("Places(%d):\n%s\nwant\n%s", limit, placeString(got), placeString(want))
		}
	}
	// By hand, what the rules above give: coordinates given the second
	// time a document names a place, or by a later document.
	got := map[string]storage.PlaceCount{}
	for _, p := range placeCounts(t, st, 0) {
		got[p.Name+"/"+p.Country] = p
	}
	for _, w := range []struct {
		place    string
		docs     int
		lat, lon float64
	}{{"Kharkiv/UA", 3, 49.99, 36.23}, {"Odesa/UA", 3, 46.47, 30.73}, {"Nul\uFFFDville/FR", 1, 1.5, 2.5}, {"Belgorod/RU", 2, 50.61, 36.58}} {
		p := got[w.place]
		if p.Lat == nil || p.Lon == nil || *p.Lat != w.lat || *p.Lon != w.lon || p.Documents < w.docs {
			t.Errorf("Places: %s %s, want at least %d documents at %v, %v", w.place, placeString([]storage.PlaceCount{p}), w.docs, w.lat, w.lon)
		}
	}
	if p := got["Bakhmut/UA"]; p.Documents != 1 || p.Lat != nil || p.Lon != nil {
		t.Errorf("Places: Bakhmut %s, want 1 document, no coordinates", placeString([]storage.PlaceCount{p}))
	}
	if _, err := st.Places(context.Background(), -1); !errors.Is(err, storage.ErrQuery) {
		t.Errorf("Places(-1) = %v, want ErrQuery", err)
	}
}

func ratings(t *testing.T, st storage.Store, key string) []storage.Rating {
	t.Helper()
	r, err := st.Ratings(context.Background(), key)
	if err != nil {
		t.Fatalf("Ratings(%q): %v", key, err)
	}
	return r
}

func testRatings(t *testing.T, st storage.Store) {
	ctx := context.Background()
	docs := Fixture()
	put(t, st, docs...)
	rate := func(r storage.Rating) storage.Rating {
		t.Helper()
		got, err := st.Rate(ctx, r)
		if err != nil {
			t.Fatalf("Rate(%+v): %v", r, err)
		}
		return got
	}
	before := time.Now()
	c1 := docs[0].Ledger.Claims[0]
	r1 := storage.Rating{Key: docs[0].Key, Version: 1, Claim: c1.ID, Value: 2, Label: "Mostly false",
		Note: "No such losses were confirmed.", Claimed: c1.Content.Text, Claimant: c1.Source.Name}
	got1 := rate(r1)
	if got1.ID == 0 {
		t.Errorf("Rate gave no id: %+v", got1)
	}
	checkStoredAt(t, "Rate", got1.At, before, time.Now().Add(time.Second))
	if w := r1; true {
		w.ID, w.At = got1.ID, got1.At
		if got1 != w {
			t.Errorf("Rate = %+v, want %+v", got1, w)
		}
	}
	c3 := docs[2].Ledger.Claims[1]
	r2 := rate(storage.Rating{Key: docs[2].Key, Version: 1, Claim: c3.ID, Value: 5, Label: "True",
		Claimed: c3.Content.Text, Claimant: c3.Source.Text})
	if r2.Claimed != storage.Clean(c3.Content.Text) || r2.Claimed == c3.Content.Text {
		t.Errorf("Rate keeps the claim's text %q, want it cleaned of its NUL", r2.Claimed)
	}
	r3 := rate(storage.Rating{Key: docs[0].Key, Version: 2, Claim: c1.ID, Value: 1, Label: "False"})
	if r3.ID == got1.ID || r2.ID == got1.ID || r3.ID <= r2.ID || r2.ID <= got1.ID {
		t.Errorf("ratings of other claims or versions share or reorder ids: %d, %d, %d", got1.ID, r2.ID, r3.ID)
	}

	// Rating the same claim of the same version again replaces the
	// verdict; the rating keeps its id and what was rated.
	again := rate(storage.Rating{Key: docs[0].Key, Version: 1, Claim: c1.ID, Value: 4, Label: "Mostly true",
		Note: "", Claimed: "something else", Claimant: "someone else"})
	if again.ID != got1.ID || again.Value != 4 || again.Label != "Mostly true" || again.Note != "" ||
		again.Claimed != r1.Claimed || again.Claimant != r1.Claimant || again.At < got1.At {
		t.Errorf("re-rating gave %+v, want id %d, value 4, no note, the first Claimed and Claimant", again, got1.ID)
	}
	if got := ratings(t, st, docs[0].Key); !reflect.DeepEqual(got, []storage.Rating{again, r3}) {
		t.Errorf("Ratings(%q) = %+v, want the replaced rating then version 2's", docs[0].Key, got)
	}
	if got := ratings(t, st, ""); !reflect.DeepEqual(got, []storage.Rating{again, r2, r3}) {
		t.Errorf("Ratings(\"\") = %+v, want all three in the order given", got)
	}
	if got := ratings(t, st, docs[2].Key); !reflect.DeepEqual(got, []storage.Rating{r2}) {
		t.Errorf("Ratings(%q) = %+v", docs[2].Key, got)
	}
	if got := ratings(t, st, "https://nowhere.example/"); len(got) != 0 {
		t.Errorf("Ratings of an unknown key = %+v", got)
	}

	for _, bad := range []storage.Rating{
		{Key: docs[1].Key, Version: 1, Claim: "c1", Value: 0},
		{Key: docs[1].Key, Version: 1, Claim: "c1", Value: 6},
		{Key: docs[1].Key, Version: 1, Claim: "c1", Value: -3},
		{Key: "", Version: 1, Claim: "c1", Value: 3},
		{Key: docs[1].Key, Version: 1, Claim: "", Value: 3},
		{Key: docs[0].Key, Version: 1, Claim: c1.ID, Value: 9}, // would replace a stored one
	} {
		if r, err := st.Rate(ctx, bad); !errors.Is(err, storage.ErrQuery) {
			t.Errorf("Rate(%+v) = %+v, %v; want ErrQuery", bad, r, err)
		}
	}
	if got := ratings(t, st, ""); !reflect.DeepEqual(got, []storage.Rating{again, r2, r3}) {
		t.Errorf("refused ratings changed what is stored: %+v", got)
	}
}

// UpgradeDocs are what Upgrade puts before the downgrade: documents whose
// places have coordinates (one a NUL in its name, as does a text), and a
// key with two versions.
func upgradeDocs() []storage.Document {
	fx := Fixture()
	docs := append(append(append([]storage.Document{}, fx...), placeDocs()...), sourceDocs()...)
	v2 := changed(fx[1], "A second version of the second document.")
	v2.Ledger.Places = append(v2.Ledger.Places, claimledger.Place{Name: "Bakhmut", Country: "UA", Lat: f(48.6), Lon: f(38)})
	return append(docs, storage.NewDocument(v2.Origin, v2.Ledger))
}

// Upgrade checks that a database holding documents from before migration
// 3 (places without coordinates, no ratings) opens and browses as one
// that had always been new. It puts documents in st; downgrade must then
// bring the database back to the schema of migration 2, keeping its rows,
// and close st; reopen opens the database again, which migrates it.
func Upgrade(t *testing.T, st storage.Store, downgrade func(), reopen func() storage.Store) {
	docs := upgradeDocs()
	for _, d := range docs {
		put(t, st, d)
	}
	wantDocs := summaries(t, st, 0, 0)
	downgrade()
	st = reopen()
	if got := placeString(placeCounts(t, st, 0)); got != placeString(wantPlaces(docs, 0)) {
		t.Errorf("Places after the upgrade:\n%s\nwant, coordinates taken from the stored ledgers,\n%s", got, placeString(wantPlaces(docs, 0)))
	}
	if got := summaries(t, st, 0, 0); !reflect.DeepEqual(got, wantDocs) {
		t.Errorf("Documents after the upgrade = %+v, want %+v", got, wantDocs)
	}
	if got, want := sources(t, st, false, 0), wantSources(docs, false, 0); !reflect.DeepEqual(got, want) {
		t.Errorf("Sources after the upgrade = %+v, want %+v", got, want)
	}
	r, err := st.Rate(context.Background(), storage.Rating{Key: docs[0].Key, Version: 1, Claim: "c1", Value: 3, Label: "Unproven"})
	if err != nil || r.ID == 0 {
		t.Errorf("Rate after the upgrade = %+v, %v", r, err)
	}
	// Documents put after the upgrade get coordinates from Put.
	more := Fixture()[0]
	more.Ledger.ID, more.Ledger.URL = "after-upgrade", ""
	more = storage.NewDocument("t", more.Ledger)
	put(t, st, more)
	docs = append(docs, more)
	if got := placeString(placeCounts(t, st, 0)); got != placeString(wantPlaces(docs, 0)) {
		t.Errorf("Places after a Put on the upgraded store:\n%s\nwant\n%s", got, placeString(wantPlaces(docs, 0)))
	}
}
