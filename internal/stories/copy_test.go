package stories

import (
	"strings"
	"testing"
)

// exactJaccard is the Jaccard similarity of two texts' shingle sets.
func exactJaccard(a, b string) float64 {
	set := func(s string) map[string]bool {
		ws := words(s, nil)
		m := map[string]bool{}
		for i := 0; i+shingleSize <= len(ws); i++ {
			m[strings.Join(ws[i:i+shingleSize], " ")] = true
		}
		return m
	}
	sa, sb := set(a), set(b)
	inter := 0
	for k := range sa {
		if sb[k] {
			inter++
		}
	}
	return float64(inter) / float64(len(sa)+len(sb)-inter)
}

func sig(s string) []uint32 {
	g, _ := signature(words(s, nil))
	return g
}

// TestCopyThreshold justifies CopyThreshold 0.6: edited syndicated copies of
// the wire story (new headline, a rewritten first paragraph, an outlet line)
// estimate 0.75 and up, separate reports of the same event under 0.2, so the
// threshold sits with a margin of several standard errors on both sides.
func TestCopyThreshold(t *testing.T) {
	docs := loadFixture(t, "kramatorsk.json")
	by := map[string]Doc{}
	for _, d := range docs {
		by[d.ID] = d
	}
	wire := by["wire"].Text
	rest := wire[strings.Index(wire, "\n\n"):]
	variants := map[string]string{
		"sentinel":          by["sentinel-copy"].Text,
		"herald":            by["herald-copy"].Text,
		"no dateline":       strings.Replace(wire, "KRAMATORSK, Ukraine, March 14 (Northwire) - ", "", 1),
		"new first para":    "Two missiles slammed into the rail junction of Kramatorsk on Tuesday morning, and the two sides told very different stories about what was hit." + rest,
		"outlet lines":      "From our partners at Northwire.\n\n" + wire + "\n\nFollow our coverage of the war on the live page.",
		"last para dropped": wire[:strings.LastIndex(wire, "\n\n")],
	}
	for name, v := range variants {
		est, exact := jaccard(sig(wire), sig(v)), exactJaccard(wire, v)
		t.Logf("%s: estimated %.2f, exact %.2f", name, est, exact)
		if est < defaultCopy {
			t.Errorf("%s: estimated %.2f (exact %.2f), below the copy threshold %.2f", name, est, exact, defaultCopy)
		}
		if d := est - exact; d > 0.12 || d < -0.12 {
			t.Errorf("%s: estimate %.2f far from exact %.2f", name, est, exact)
		}
	}
	separate := []string{"mod-statement", "general-staff", "kramatorsk-mourns"}
	for _, id := range separate {
		if est := jaccard(sig(wire), sig(by[id].Text)); est >= 0.2 {
			t.Errorf("%s: a separate report of the same event estimated %.2f alike the wire story", id, est)
		}
	}

	// Through the linker: a copy joins its original's story; a copy of a
	// copy names the first original.
	l := New(Options{})
	l.Link(by["wire"])
	first := l.Link(Doc{ID: "c1", Published: by["wire"].Published, Title: "x", Text: variants["outlet lines"]})
	second := l.Link(Doc{ID: "c2", Published: by["wire"].Published, Title: "y", Text: variants["outlet lines"] + " More at eleven."})
	if first.CopyOf != "wire" || second.CopyOf != "wire" || second.Story != 1 {
		t.Errorf("copies: %+v %+v", first, second)
	}
	// Short texts are never copies: two identical one-line briefs are not
	// one outlet's text.
	brief := "Explosions heard in Kramatorsk, officials say."
	l.Link(Doc{ID: "b1", Text: brief})
	if lk := l.Link(Doc{ID: "b2", Text: brief}); lk.CopyOf != "" {
		t.Errorf("a one-line brief taken for a copy of %s", lk.CopyOf)
	}
}
