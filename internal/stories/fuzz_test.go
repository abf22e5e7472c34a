package stories

import (
	"math"
	"slices"
	"strings"
	"testing"
	"time"
)

// FuzzLink links an arbitrary document into a linker holding the fixture and
// checks what must hold of any decision.
func FuzzLink(f *testing.F) {
	f.Add("Kramatorsk station hit", "Missiles hit the station in Kramatorsk.", "Kramatorsk", int16(0))
	f.Add("", "", "", int16(-1))
	f.Add("\xff\xfe", "it's — «Київ» 🚀 1 2 3 4 5 6", "Київ,", int16(40))
	docs := loadFixture(f, "kramatorsk.json")
	base := docs[0].Published
	f.Fuzz(func(t *testing.T, title, text, places string, day int16) {
		l := New(Options{})
		for _, d := range docs[:7] {
			l.Link(d)
		}
		d := Doc{ID: "fuzz", Title: title, Text: text, Places: strings.Split(places, ",")}
		if day >= 0 {
			d.Published = base.Add(time.Duration(day) * 24 * time.Hour)
		}
		d.Entities = []Entity{{Name: title, Type: "org"}}
		lk := l.Link(d)
		check(t, l, d, lk)

		// The same text again under another ID: a copy when long enough.
		d2 := d
		d2.ID = "fuzz-again"
		lk2 := l.Link(d2)
		check(t, l, d2, lk2)
		if len(words(text, nil)) >= minCopyWords && lk2.CopyOf != "fuzz" && lk2.CopyOf != lk.CopyOf {
			t.Errorf("identical text not a copy: %+v", lk2)
		}
	})
}

func check(t *testing.T, l *Linker, d Doc, lk Link) {
	t.Helper()
	s, ok := l.Story(lk.Story)
	if !ok || s.ID != lk.Story || !slices.Contains(s.Docs, d.ID) {
		t.Fatalf("link %+v: story %+v lacks the document", lk, s)
	}
	w := lk.Why
	if math.IsNaN(w.Score) || w.Score < 0 || w.Score > 1.01 || w.TextSimilarity < 0 || w.TextSimilarity > 1 {
		t.Errorf("scores out of range: %+v", w)
	}
	if w.Reason == "" || w.DaysApart < -1 {
		t.Errorf("why: %+v", w)
	}
	if lk.New != (w.Closest == "") {
		t.Errorf("new %v with closest %q", lk.New, w.Closest)
	}
}
