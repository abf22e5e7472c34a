package stories

import (
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"
)

func TestFixtureStories(t *testing.T) {
	docs := loadFixture(t, "kramatorsk.json")
	l := New(Options{})
	links := linkAll(l, docs)

	kram := links["mod-statement"].Story
	if !links["mod-statement"].New || kram != 1 {
		t.Fatalf("first document: %+v, want new story 1", links["mod-statement"])
	}
	for _, id := range []string{"general-staff", "wire", "sentinel-copy", "herald-copy", "kramatorsk-mourns"} {
		if lk := links[id]; lk.Story != kram || lk.New {
			t.Errorf("%s: story %d new %v, want story %d: %s", id, lk.Story, lk.New, kram, lk.Why.Reason)
		}
	}
	for _, id := range []string{"sentinel-copy", "herald-copy"} {
		if got := links[id].CopyOf; got != "wire" {
			t.Errorf("%s: CopyOf %q, want wire", id, got)
		}
	}
	for _, id := range []string{"mod-statement", "general-staff", "wire", "kramatorsk-mourns", "novorossiysk-navy"} {
		if got := links[id].CopyOf; got != "" {
			t.Errorf("%s: independent report taken for a copy of %s", id, got)
		}
	}

	novo := links["novorossiysk-tass"]
	if !novo.New || novo.Story == kram {
		t.Errorf("unrelated event the same day: %+v", novo)
	}
	if lk := links["novorossiysk-navy"]; lk.Story != novo.Story {
		t.Errorf("second report of the Novorossiysk attack in story %d, want %d: %s", lk.Story, novo.Story, lk.Why.Reason)
	}

	power, hosp := links["kharkiv-power"], links["kharkiv-hospitals"]
	if !power.New || !hosp.New || power.Story == hosp.Story {
		t.Fatalf("power plant and hospitals should start stories of their own: %+v %+v", power, hosp)
	}
	bridge := links["kharkiv-bridge"]
	if bridge.Story != power.Story || !slices.Equal(bridge.Merged, []int64{hosp.Story}) {
		t.Errorf("bridge: story %d merged %v, want %d merged [%d]: %s", bridge.Story, bridge.Merged, power.Story, hosp.Story, bridge.Why.Reason)
	}
	if s, ok := l.Story(hosp.Story); !ok || s.ID != power.Story {
		t.Errorf("Story(%d) after the merge gives %d, want %d", hosp.Story, s.ID, power.Story)
	}
	if s, _ := l.Story(power.Story); !slices.Equal(s.Docs, []string{"kharkiv-power", "kharkiv-hospitals", "kharkiv-bridge"}) {
		t.Errorf("merged story documents %v", s.Docs)
	}

	late := links["kramatorsk-month-later"]
	if !late.New || late.Story == kram {
		t.Errorf("a month later, same places: %+v, want a new story", late)
	}
	if n := len(l.Stories()); n != 4 {
		t.Errorf("%d stories, want 4", n)
	}
}

func TestWhy(t *testing.T) {
	links := linkAll(New(Options{}), loadFixture(t, "kramatorsk.json"))

	first := links["mod-statement"].Why
	if first.Score != 0 || first.DaysApart != -1 || !strings.HasPrefix(first.Reason, "no story within 4 days shares enough") {
		t.Errorf("new story Why: %+v", first)
	}
	if r := links["novorossiysk-tass"].Why.Reason; !strings.Contains(r, "(best 0.") {
		t.Errorf("new story beside others should name the best score: %q", r)
	}

	cp := links["sentinel-copy"].Why
	if cp.Closest != "wire" || cp.TextSimilarity < 0.6 || !strings.HasPrefix(cp.Reason, "syndicated copy of wire (text 0.") {
		t.Errorf("copy Why: %+v", cp)
	}

	later := links["kramatorsk-mourns"].Why
	if later.DaysApart != 2 || later.Score < 0.2 || later.Closest == "" {
		t.Errorf("later report Why: %+v", later)
	}
	if !slices.Contains(later.SharedPlaces, "Kramatorsk") || !slices.Contains(later.SharedEntities, "Pavlo Kyrylenko") {
		t.Errorf("later report shares %v / %v", later.SharedPlaces, later.SharedEntities)
	}
	if len(later.SharedTerms) == 0 || len(later.SharedTerms) > sharedTerms {
		t.Errorf("shared terms %v", later.SharedTerms)
	}
	for _, want := range []string{"shares ", "Kramatorsk", "with " + later.Closest, "2 days apart", "(score 0."} {
		if !strings.Contains(later.Reason, want) {
			t.Errorf("reason %q lacks %q", later.Reason, want)
		}
	}
	if strings.Contains(later.Reason, "'kramatorsk'") {
		t.Errorf("reason repeats a place as a word: %q", later.Reason)
	}

	bridge := links["kharkiv-bridge"]
	if !strings.Contains(bridge.Why.Reason, "merges stories ") {
		t.Errorf("bridge reason %q does not say it merges", bridge.Why.Reason)
	}
}

func TestStoryFields(t *testing.T) {
	docs := loadFixture(t, "kramatorsk.json")
	l := New(Options{})
	linkAll(l, docs)
	s, ok := l.Story(1)
	if !ok {
		t.Fatal("no story 1")
	}
	// The wire story names the most of what the story's reports name.
	if want := "Missiles strike Kramatorsk rail hub; Moscow and Kyiv give conflicting accounts"; s.Title != want {
		t.Errorf("title %q, want %q", s.Title, want)
	}
	if want := time.Date(2023, 3, 14, 9, 30, 0, 0, time.UTC); !s.First.Equal(want) {
		t.Errorf("first %v, want %v", s.First, want)
	}
	if want := time.Date(2023, 3, 16, 12, 0, 0, 0, time.UTC); !s.Last.Equal(want) {
		t.Errorf("last %v, want %v", s.Last, want)
	}
	// Kramatorsk and the Donetsk region are in all four reports; copies do
	// not count as reports.
	if len(s.Places) < 2 || !slices.Contains(s.Places[:2], "Kramatorsk") || !slices.Contains(s.Places[:2], "Donetsk region") {
		t.Errorf("places %v", s.Places)
	}
	if i := slices.Index(s.Actors, "Pavlo Kyrylenko"); i < 0 || i > 3 {
		t.Errorf("actors %v: Kyrylenko, in three reports, should be near the top", s.Actors)
	}
	if slices.Contains(s.Actors, "Daily Sentinel") {
		t.Errorf("a copy's outlet counted as an actor: %v", s.Actors)
	}
	want := []string{"mod-statement", "general-staff", "wire", "sentinel-copy", "herald-copy", "kramatorsk-mourns"}
	if !slices.Equal(s.Docs, want) {
		t.Errorf("docs %v, want %v", s.Docs, want)
	}
	if !reflect.DeepEqual(s.Copies, map[string]string{"sentinel-copy": "wire", "herald-copy": "wire"}) {
		t.Errorf("copies %v", s.Copies)
	}
	all := l.Stories()
	for i := 1; i < len(all); i++ {
		if all[i].First.Before(all[i-1].First) {
			t.Errorf("stories out of date order: %v before %v", all[i-1].First, all[i].First)
		}
	}
}

func TestDeterministic(t *testing.T) {
	docs := loadFixture(t, "kramatorsk.json")
	a, b := New(Options{}), New(Options{})
	for _, d := range docs {
		if la, lb := a.Link(d), b.Link(d); !reflect.DeepEqual(la, lb) {
			t.Fatalf("%s: %+v then %+v", d.ID, la, lb)
		}
	}
	if !reflect.DeepEqual(a.Stories(), b.Stories()) {
		t.Error("the same documents gave different stories")
	}
}

func TestWindowEviction(t *testing.T) {
	docs := loadFixture(t, "kramatorsk.json")
	l := New(Options{})
	links := linkAll(l, docs)
	late := links["kramatorsk-month-later"]
	if !late.New {
		t.Fatalf("a month later joined story %d: %s", late.Story, late.Why.Reason)
	}
	// Only the late document is still indexed; the rest left the window.
	if len(l.queue) != 1 {
		t.Errorf("%d documents indexed, want 1", len(l.queue))
	}
	for id, p := range l.post {
		for _, x := range p {
			if x.id != "kramatorsk-month-later" {
				t.Errorf("%s still posted under %q", x.id, l.text(id))
			}
		}
	}
	// The names kept are only those the indexed document holds.
	if len(l.names) > 2*maxTerms {
		t.Errorf("%d names kept for one indexed document", len(l.names))
	}
	// Its stories stay listed.
	if n := len(l.Stories()); n != 4 {
		t.Errorf("%d stories after eviction, want 4", n)
	}

	// The same document within the window joins the old story.
	l2 := New(Options{})
	linkAll(l2, docs[:len(docs)-1])
	d := docs[len(docs)-1]
	d.Published = time.Date(2023, 3, 17, 10, 0, 0, 0, time.UTC)
	if lk := l2.Link(d); lk.Story != 1 {
		t.Errorf("in the window: story %d, want 1: %s", lk.Story, lk.Why.Reason)
	}
}

func TestUnknownDate(t *testing.T) {
	docs := loadFixture(t, "kramatorsk.json")
	l := New(Options{})
	linkAll(l, docs[:3])
	d := docs[9] // kramatorsk-mourns, undated
	d.Published = time.Time{}
	lk := l.Link(d)
	if lk.Story != 1 || lk.Why.DaysApart != -1 || !strings.Contains(lk.Why.Reason, "date unknown") {
		t.Errorf("undated report of the event: %+v", lk)
	}
	n := docs[5] // Novorossiysk, undated
	n.Published = time.Time{}
	if lk := l.Link(n); !lk.New {
		t.Errorf("undated unrelated report joined story %d: %s", lk.Story, lk.Why.Reason)
	}
}

// TestAddRebuild replays the decisions of a run with Add (and Merge where a
// link merged) up to each point, then links the rest: every later decision
// must equal the uninterrupted run's.
func TestAddRebuild(t *testing.T) {
	docs := loadFixture(t, "kramatorsk.json")
	want := make([]Link, len(docs))
	full := New(Options{})
	for i, d := range docs {
		want[i] = full.Link(d)
	}
	for k := 1; k < len(docs); k++ {
		l := New(Options{})
		for i, d := range docs[:k] {
			if len(want[i].Merged) > 0 {
				l.Merge(want[i].Story, want[i].Merged...)
			}
			l.Add(want[i].Story, d, want[i].CopyOf)
		}
		for i := k; i < len(docs); i++ {
			if got := l.Link(docs[i]); !reflect.DeepEqual(got, want[i]) {
				t.Errorf("rebuilt from %d documents, %s: %+v, want %+v", k, docs[i].ID, got, want[i])
			}
		}
		if !reflect.DeepEqual(l.Stories(), full.Stories()) {
			t.Errorf("rebuilt from %d documents: stories differ", k)
		}
	}
}

func TestFirstID(t *testing.T) {
	l := New(Options{FirstID: 40})
	lk := l.Link(Doc{ID: "a", Published: time.Date(2023, 5, 24, 0, 0, 0, 0, time.UTC), Title: "Shelling in Kharkiv",
		Text: "Shelling hit Kharkiv overnight, the regional governor said on Wednesday."})
	if lk.Story != 40 || !lk.New {
		t.Errorf("first story %d (new %v), want 40", lk.Story, lk.New)
	}
}

func TestForgetKeepsDecisionsAndBoundsStories(t *testing.T) {
	g := newGen(7)
	keep, forget := New(Options{}), New(Options{Forget: true})
	for i := range 2000 {
		d := g.next(80) // 80 a day: 25 days, far beyond the window
		a, b := keep.Link(d), forget.Link(d)
		if !reflect.DeepEqual(a, b) {
			t.Fatalf("document %d: linked %+v when keeping closed stories, %+v when forgetting them", i, a, b)
		}
	}
	if len(forget.stories) >= len(keep.stories)/2 {
		t.Errorf("%d stories held when forgetting, %d when keeping: closed stories should go", len(forget.stories), len(keep.stories))
	}
	for _, s := range forget.Stories() {
		if s.Last.Before(forget.newest.Add(-2 * forget.opts.Window)) {
			t.Errorf("story %d (last %v) kept, long closed", s.ID, s.Last)
		}
	}
}
