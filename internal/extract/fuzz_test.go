package extract

import (
	"testing"
	"unicode/utf8"

	"github.com/claimledger/claimledger"
	"github.com/claimledger/claimledger/internal/source"
)

// FuzzDocument checks that any text and publication string yield a ledger
// whose every span lies inside the text and repeats its code points, whose
// claim ids are unique, and whose links name existing claims.
func FuzzDocument(f *testing.F) {
	f.Add("KHARKIV, Ukraine (AP) — Shelling killed at least 3 people on Monday, the governor said. Moscow denied it.", "2024-03-05")
	f.Add(`"We will not retreat," he said, "not one step."`, "")
	f.Fuzz(func(t *testing.T, s, published string) {
		led, err := Document(source.Document{ID: "f", Text: s, Published: published})
		if err != nil {
			return
		}
		checkLedger(t, s, &led)
	})
}

// checkLedger asserts the invariants of the output contract that hold for
// any text.
func checkLedger(t *testing.T, s string, led *claimledger.Document) {
	t.Helper()
	runes := []rune(s)
	span := func(what string, sp claimledger.Span) {
		t.Helper()
		if sp.Start < 0 || sp.End < sp.Start || sp.End > len(runes) {
			t.Fatalf("%s span %d-%d outside a text of %d code points", what, sp.Start, sp.End, len(runes))
		}
		// Compared as code points so that invalid bytes count as one each.
		if got, want := []rune(sp.Text), runes[sp.Start:sp.End]; string(got) != string(want) {
			t.Fatalf("%s span %d-%d says %q, the text has %q", what, sp.Start, sp.End, sp.Text, string(want))
		}
		if utf8.ValidString(s) && !utf8.ValidString(sp.Text) {
			t.Fatalf("%s span %q cuts a code point", what, sp.Text)
		}
	}
	claims := map[string]bool{}
	for _, c := range led.Claims {
		if c.ID == "" || claims[c.ID] {
			t.Fatalf("claim id %q empty or repeated", c.ID)
		}
		claims[c.ID] = true
	}
	for _, c := range led.Claims {
		span("cue of "+c.ID, c.Cue)
		span("content of "+c.ID, c.Content.Span)
		for _, p := range c.Content.Parts {
			span("content part of "+c.ID, p)
			if !c.Content.Span.Contains(p) {
				t.Fatalf("part %d-%d outside content %d-%d of %s", p.Start, p.End, c.Content.Start, c.Content.End, c.ID)
			}
		}
		if c.Source != nil {
			span("source of "+c.ID, c.Source.Span)
		}
		if c.RefersTo != "" && !claims[c.RefersTo] {
			t.Fatalf("claim %s refers to unknown claim %q", c.ID, c.RefersTo)
		}
	}
	for _, q := range led.Quantities {
		span("quantity", q.Span)
		if q.Claim != "" && !claims[q.Claim] {
			t.Fatalf("quantity %q tied to unknown claim %q", q.Text, q.Claim)
		}
	}
	for _, tm := range led.Times {
		span("time", tm.Span)
	}
	for _, p := range led.Places {
		span("place", p.Span)
	}
	entities := map[string]bool{}
	for _, e := range led.Entities {
		if entities[e.ID] {
			t.Fatalf("entity id %q repeated", e.ID)
		}
		entities[e.ID] = true
		for _, m := range e.Mentions {
			span("mention of "+e.ID, m)
		}
	}
	for _, c := range led.Claims {
		if c.Source != nil && c.Source.Entity != "" && !entities[c.Source.Entity] {
			t.Fatalf("claim %s spoken by unknown entity %q", c.ID, c.Source.Entity)
		}
	}
	for _, x := range led.Contradictions {
		if !claims[x.A] || !claims[x.B] {
			t.Fatalf("contradiction %s/%s names an unknown claim", x.A, x.B)
		}
	}
}
