package attribution

import (
	"strings"
	"testing"

	"github.com/claimledger/claimledger/internal/text"
)

func TestOutermost(t *testing.T) {
	r := func(a, b int) text.Range { return text.Range{Start: a, End: b} }
	outer := Claim{Cue: r(10, 14), Content: r(15, 80)}
	inner := Claim{Cue: r(30, 34), Content: r(35, 80)}
	split := Claim{Cue: r(100, 104), Content: r(90, 99), Parts: []text.Range{r(90, 99), r(110, 130)}}
	inGap := Claim{Cue: r(102, 103), Content: r(140, 150)} // between split's parts: not inside
	inPart := Claim{Cue: r(115, 120), Content: r(121, 130)}
	// two claims holding each other's cue: the earlier cue's stays
	a := Claim{Cue: r(200, 204), Content: r(205, 260)}
	b := Claim{Cue: r(240, 244), Content: r(190, 239)}
	got := Outermost([]Claim{outer, inner, split, inGap, inPart, a, b})
	want := []Claim{outer, split, inGap, a}
	if len(got) != len(want) {
		t.Fatalf("kept %d claims, want %d: %+v", len(got), len(want), got)
	}
	for i := range want {
		if got[i].Cue != want[i].Cue {
			t.Errorf("claim %d: cue %v, want %v", i, got[i].Cue, want[i].Cue)
		}
	}
	if one := Outermost([]Claim{inner}); len(one) != 1 {
		t.Errorf("a lone claim was dropped")
	}
}

func TestParticiplesShareSpeakers(t *testing.T) {
	s := "Christie repeated accusations that Rubio recites the same points, calling him robotic. Rubio said he was ready."
	d := text.New(s)
	at := func(phrase string, from int) text.Range {
		i := strings.Index(s[from:], phrase) + from
		return text.Range{Start: i, End: i + len(phrase)}
	}
	second := strings.Index(s, "Rubio said")
	cls := []Claim{
		{Source: at("Christie", 0), Cue: at("repeated", 0), Content: at("accusations that Rubio recites the same points", 0)},
		{Source: at("Rubio", 0), Cue: at("calling", 0), Content: at("him robotic", 0)},
		{Source: at("Rubio", second), Cue: at("said", second), Content: at("he was ready", second)},
	}
	ParticiplesShareSpeakers(d, cls)
	if got := s[cls[1].Source.Start:cls[1].Source.End]; got != "Christie" {
		t.Errorf("calling: speaker %q, want Christie", got)
	}
	if cls[2].Source != at("Rubio", second) {
		t.Errorf("said: speaker moved to %v", cls[2].Source)
	}
}

func TestTidySource(t *testing.T) {
	for src, want := range map[string]string{
		"On social media the Metropolitan Police": "the Metropolitan Police",
		"Now Strava":                      "Strava",
		"Vikram Misri in a news briefing": "Vikram Misri",
		"In a Bloomberg interview Trump":  "Trump",
		"the ministry,":                   "the ministry",
	} {
		s := src + " said the road was closed."
		d := text.New(s)
		c := Claim{Source: text.Range{Start: 0, End: len(src)}, Cue: text.Range{Start: len(src) + 1, End: len(src) + 5}}
		TidySource(d, &c)
		if got := s[c.Source.Start:c.Source.End]; got != want {
			t.Errorf("%q tidied to %q, want %q", src, got, want)
		}
	}
}

func TestNoSpeaker(t *testing.T) {
	s := "Please note that the road is closed. An official said so. The mayor said so too."
	d := text.New(s)
	at := func(w string) text.Range {
		i := strings.Index(s, w)
		return text.Range{Start: i, End: i + len(w)}
	}
	for w, want := range map[string]bool{"Please": true, "An": true, "An official": false, "The mayor": false} {
		if got := NoSpeaker(d, at(w)); got != want {
			t.Errorf("NoSpeaker(%q) = %v, want %v", w, got, want)
		}
	}
}
