package attribution

import (
	"fmt"
	"strings"
	"testing"

	"github.com/claimledger/claimledger"
	"github.com/claimledger/claimledger/internal/text"
)

// want is a claim as a careful annotator would mark it. The cue finds the
// claim (with the content when the cue text is not unique); empty verification
// means "unknown"; parts are checked only when given.
type want struct {
	source, cue, content string
	parts                []string
	stance, form         string
	hedged               bool
	verification         string
	refersToCue          string // the cue of the claim this one answers
}

type found struct {
	source, cue, content string
	parts                []string
	stance, form         string
	hedged               bool
	verification         string
	refersTo             int
}

func (f found) String() string {
	return fmt.Sprintf("{source %q cue %q content %q parts %q %s %s hedged=%v %s ref=%d}",
		f.source, f.cue, f.content, f.parts, f.stance, f.form, f.hedged, f.verification, f.refersTo)
}

// analyse runs the stage as the pipeline does: Find, then Qualify.
func analyse(s string) []found {
	d := text.New(s)
	cls := Find(d)
	q := Qualify(d, cls)
	out := make([]found, len(cls))
	for i, c := range cls {
		f := found{source: s[c.Source.Start:c.Source.End], cue: s[c.Cue.Start:c.Cue.End],
			content: s[c.Content.Start:c.Content.End], stance: c.Stance, form: q[i].Form,
			hedged: q[i].Hedged, verification: q[i].Verification, refersTo: q[i].RefersTo}
		for _, p := range c.Parts {
			f.parts = append(f.parts, s[p.Start:p.End])
		}
		out[i] = f
	}
	return out
}

// expectClaims checks every wanted claim, and with exact that no other
// claim was found.
func expectClaims(t *testing.T, s string, wants []want, exact bool) {
	t.Helper()
	got := analyse(s)
	dump := func() string {
		var b strings.Builder
		for i, f := range got {
			fmt.Fprintf(&b, "\n  [%d] %v", i, f)
		}
		return b.String()
	}
	for _, w := range wants {
		k := -1
		for i, f := range got {
			if f.cue == w.cue && (k < 0 || f.content == w.content) {
				k = i
			}
		}
		if k < 0 {
			t.Errorf("no claim with cue %q (want content %q); found:%s", w.cue, w.content, dump())
			continue
		}
		f := got[k]
		verif := w.verification
		if verif == "" {
			verif = claimledger.Unknown
		}
		form := w.form
		if form == "" {
			form = claimledger.FormIndirect
		}
		var bad []string
		check := func(field, g, e string) {
			if g != e {
				bad = append(bad, fmt.Sprintf("%s %q, want %q", field, g, e))
			}
		}
		check("source", f.source, w.source)
		check("content", f.content, w.content)
		check("stance", f.stance, w.stance)
		check("form", f.form, form)
		check("verification", f.verification, verif)
		if f.hedged != w.hedged {
			bad = append(bad, fmt.Sprintf("hedged %v, want %v", f.hedged, w.hedged))
		}
		if w.parts != nil && strings.Join(f.parts, "|") != strings.Join(w.parts, "|") {
			bad = append(bad, fmt.Sprintf("parts %q, want %q", f.parts, w.parts))
		}
		if w.refersToCue != "" && (f.refersTo < 0 || got[f.refersTo].cue != w.refersToCue) {
			bad = append(bad, fmt.Sprintf("refers to %d, want the claim with cue %q", f.refersTo, w.refersToCue))
		}
		if len(bad) > 0 {
			t.Errorf("claim with cue %q: %s", w.cue, strings.Join(bad, "; "))
		}
	}
	if exact && len(got) != len(wants) {
		t.Errorf("found %d claims, want %d:%s", len(got), len(wants), dump())
	}
}

type attrCase struct {
	name  string
	text  string
	wants []want
}

func runCases(t *testing.T, cases []attrCase) {
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) { expectClaims(t, c.text, c.wants, true) })
	}
}
