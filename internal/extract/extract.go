// Package extract runs the annotation layers over one document and
// assembles its ledger: text → layers (times, quantities, places,
// entities, attributions) → claims → contradictions.
package extract

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/claimledger/claimledger"
	"github.com/claimledger/claimledger/internal/annotate/entities"
	"github.com/claimledger/claimledger/internal/annotate/places"
	"github.com/claimledger/claimledger/internal/annotate/quantities"
	"github.com/claimledger/claimledger/internal/annotate/times"
	"github.com/claimledger/claimledger/internal/attribution"
	"github.com/claimledger/claimledger/internal/contradictions"
	"github.com/claimledger/claimledger/internal/learn"
	"github.com/claimledger/claimledger/internal/source"
	"github.com/claimledger/claimledger/internal/text"
)

// Document extracts the ledger of one document. The error is for a bad
// publication date only; any text yields a ledger.
func Document(in source.Document) (claimledger.Document, error) {
	return Config{}.Document(in)
}

// Config chooses how documents are extracted.
type Config struct {
	// Learned adds the trained attribution models (internal/learn) to the
	// rules: more claims and better spans, at several times the cost.
	Learned bool
	// NoBelief leaves out attributions of beliefs and intentions ("think",
	// "want"), which are otherwise claims marked belief.
	NoBelief bool
	// Models replace the embedded models when Learned is set: models
	// trained on part of a gold file, to score them on the rest.
	Models *learn.Models
}

// Document extracts the ledger of one document; see the package function.
func (c Config) Document(in source.Document) (claimledger.Document, error) {
	out := claimledger.Document{ID: in.ID, Title: in.Title, URL: in.URL, Author: in.Author, Outlet: in.Outlet, Text: in.Text}
	d := text.New(in.Text)
	pub, err := ParseDate(in.Published)
	if err != nil {
		emptyNotNull(&out)
		return out, err
	}
	if pub.IsZero() {
		if dl, ok := times.Dateline(d); ok {
			pub = dl
		}
	}
	if !pub.IsZero() {
		out.Published = pub.Format("2006-01-02")
	}

	if out.Language = language(d); out.Language != English {
		// no lexicons for this language: an empty ledger, not a wrong one
		emptyNotNull(&out)
		return out, nil
	}
	ents := entities.Find(d)
	cls := attribution.Find(d)
	if c.Learned {
		// loaded only when asked for: the rules alone need no models
		m := c.Models
		if m == nil {
			m = learn.Default()
		}
		if m != nil {
			cls = m.Find(d, cls)
		}
	}
	if c.NoBelief {
		cls = withoutBeliefs(cls) // first: a statement inside a left-out belief stays
	}
	cls = attribution.Outermost(cls)
	attribution.ParticiplesShareSpeakers(d, cls)
	quals := attribution.Qualify(d, cls)
	out.Claims = claims(d, ents, cls, quals)
	out.Times = times.Find(d, pub)
	claimTimes(d, cls, out.Claims, out.Times)
	out.Quantities = quantities.Find(d)
	linkQuantities(out.Claims, out.Quantities)
	out.Entities = ents.Ledger()
	nameSources(out.Claims, out.Entities)
	out.Places = keepPlaces(places.Find(d), out.Claims, out.Entities)
	answerOtherSides(&out)
	out.Contradictions = contradictions.Find(&out)
	emptyNotNull(&out)
	return out, nil
}

// withoutBeliefs drops the attributions of beliefs and intentions, before
// anything refers to them.
func withoutBeliefs(cls []attribution.Claim) []attribution.Claim {
	kept := cls[:0]
	for _, c := range cls {
		if !c.Belief {
			kept = append(kept, c)
		}
	}
	return kept
}

// nameSources writes each resolved speaker's canonical name into its source.
func nameSources(cls []claimledger.Claim, es []claimledger.Entity) {
	names := make(map[string]string, len(es))
	for _, e := range es {
		names[e.ID] = e.Name
	}
	for i := range cls {
		if s := cls[i].Source; s != nil && s.Entity != "" {
			s.Name = names[s.Entity]
		}
	}
}

// answerOtherSides moves a denial's reference off an accusation made by the
// denier's own side ("Ukraine accused Russia ... Kyiv denies ...") to the
// latest earlier accusation by another side, or drops it.
func answerOtherSides(d *claimledger.Document) {
	ents := map[string]*claimledger.Entity{}
	for i := range d.Entities {
		ents[d.Entities[i].ID] = &d.Entities[i]
	}
	index := map[string]int{}
	for i, c := range d.Claims {
		index[c.ID] = i
	}
	for i := range d.Claims {
		c := &d.Claims[i]
		j, ok := index[c.RefersTo]
		if !ok {
			continue
		}
		side := contradictions.Side(c, ents)
		if side == "" || contradictions.Side(&d.Claims[j], ents) != side {
			continue
		}
		c.RefersTo = ""
		for k := j - 1; k >= 0; k-- {
			o := &d.Claims[k]
			if o.Stance == claimledger.StanceAccuse && contradictions.Side(o, ents) != side {
				c.RefersTo = o.ID
				break
			}
		}
	}
}

// emptyNotNull makes every empty layer an empty list: the contract prints
// arrays, never null.
func emptyNotNull(d *claimledger.Document) {
	if d.Claims == nil {
		d.Claims = []claimledger.Claim{}
	}
	if d.Quantities == nil {
		d.Quantities = []claimledger.Quantity{}
	}
	if d.Times == nil {
		d.Times = []claimledger.Time{}
	}
	if d.Places == nil {
		d.Places = []claimledger.Place{}
	}
	if d.Entities == nil {
		d.Entities = []claimledger.Entity{}
	}
	if d.Contradictions == nil {
		d.Contradictions = []claimledger.Contradiction{}
	}
	for i := range d.Entities {
		if d.Entities[i].Mentions == nil {
			d.Entities[i].Mentions = []claimledger.Span{}
		}
	}
}

// ParseDate reads a publication date: "2023-05-24", RFC 3339, or empty.
func ParseDate(s string) (time.Time, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return time.Time{}, nil
	}
	for _, layout := range []string{"2006-01-02", time.RFC3339, "2006-01-02T15:04:05", "2006-01-02 15:04:05", time.RFC1123Z, time.RFC1123} {
		if t, err := time.Parse(layout, s); err == nil {
			return time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC), nil
		}
	}
	if len(s) > 10 {
		if t, err := time.Parse("2006-01-02", s[:10]); err == nil {
			return t, nil
		}
	}
	return time.Time{}, fmt.Errorf("publication date %q is not a date (want YYYY-MM-DD)", s)
}

func claims(d *text.Doc, ents *entities.Set, cls []attribution.Claim, q []attribution.Qualities) []claimledger.Claim {
	out := make([]claimledger.Claim, len(cls))
	srcEnt := make([]string, len(cls))
	for i := range cls {
		c := &cls[i]
		cl := claimledger.Claim{ID: "c" + strconv.Itoa(i+1), Form: q[i].Form, Cue: d.Span(c.Cue.Start, c.Cue.End),
			Stance: c.Stance, Hedged: q[i].Hedged, Verification: q[i].Verification, Belief: c.Belief}
		cl.Content.Span = d.Span(c.Content.Start, c.Content.End)
		for _, p := range c.Parts {
			cl.Content.Parts = append(cl.Content.Parts, d.Span(p.Start, p.End))
		}
		if c.HasSource() {
			src := &claimledger.Source{Span: d.Span(c.Source.Start, c.Source.End)}
			ids := speaker(d, ents, cls, srcEnt, i)
			if len(ids) > 0 {
				src.Entity = ids[0]
				srcEnt[i] = ids[0]
			}
			if len(ids) > 1 {
				src.Entities = ids
			}
			cl.Source = src
		}
		if r := q[i].RefersTo; r >= 0 {
			cl.RefersTo = "c" + strconv.Itoa(r+1)
		}
		out[i] = cl
	}
	return out
}

var pronounTypes = map[string][]string{
	"he": {claimledger.EntityPerson}, "she": {claimledger.EntityPerson},
	"it":   {claimledger.EntityOrg, claimledger.EntityGPE, claimledger.EntityGroup},
	"they": {claimledger.EntityGroup, claimledger.EntityOrg, claimledger.EntityGPE, claimledger.EntityPerson},
	"we":   {claimledger.EntityGroup, claimledger.EntityOrg, claimledger.EntityGPE},
}

// speaker resolves the source of claim i. A pronoun speaker is, first, the
// speaker of a recent claim of a fitting type (news keeps its speaker in
// focus), then the entity layer's antecedent.
func speaker(d *text.Doc, ents *entities.Set, cls []attribution.Claim, srcEnt []string, i int) []string {
	c := &cls[i]
	w := strings.ToLower(d.Text[c.Source.Start:c.Source.End])
	if types, ok := pronounTypes[w]; ok {
		for j := i - 1; j >= 0 && c.Sentence-cls[j].Sentence <= 2; j-- {
			if srcEnt[j] == "" || !ents.Fits(srcEnt[j], w) {
				continue
			}
			for _, t := range types {
				if ents.Type(srcEnt[j]) == t {
					ents.Refers(srcEnt[j], w)
					return []string{srcEnt[j]}
				}
			}
		}
		if id := ents.Antecedent(w, c.Source.Start); id != "" {
			ents.Refers(id, w)
			return []string{id}
		}
		return nil
	}
	return ents.Resolve(c.Source.Start, c.Source.End)
}

// claimTimes dates each claim by the date in its sentence outside its
// content ("On Tuesday, Russia declared that ...").
func claimTimes(d *text.Doc, cls []attribution.Claim, out []claimledger.Claim, ts []claimledger.Time) {
	for i := range cls {
		s := d.Sentences[cls[i].Sentence]
		lo, hi := d.RuneOffset(s.Start), d.RuneOffset(s.End)
		for _, t := range ts {
			if t.Grain == "duration" || t.Start < lo || t.End > hi || out[i].Content.Span.Overlaps(t.Span) {
				continue
			}
			out[i].Time = t.Value
			break
		}
	}
}

// linkQuantities ties each quantity to the innermost claim whose content
// holds it.
func linkQuantities(cls []claimledger.Claim, qs []claimledger.Quantity) {
	for qi := range qs {
		best, size := -1, 0
		for ci := range cls {
			c := cls[ci].Content.Span
			if c.Contains(qs[qi].Span) && (best < 0 || c.Len() < size) {
				best, size = ci, c.Len()
			}
		}
		if best >= 0 {
			qs[qi].Claim = cls[best].ID
		}
	}
}

// keepPlaces drops place names that speak (a claim's source: "Kyiv denies")
// or that belong to an entity acting in the text.
func keepPlaces(ps []claimledger.Place, cls []claimledger.Claim, es []claimledger.Entity) []claimledger.Place {
	var taken, actors []claimledger.Span
	for _, c := range cls {
		if c.Source != nil {
			taken = append(taken, c.Source.Span)
		}
	}
	for _, e := range es {
		switch e.Type {
		case claimledger.EntityGPE:
			taken = append(taken, e.Mentions...)
		case claimledger.EntityOrg, claimledger.EntityGroup, claimledger.EntityPerson:
			// "Hamas" is a movement, not Hamm; "Washington" in "Denzel
			// Washington" is a man: a town whose name is exactly an
			// actor's name is the actor
			for _, m := range e.Mentions {
				if m.Text == e.Name || contains(e.Aliases, m.Text) {
					actors = append(actors, m)
				}
			}
		}
	}
	sort.Slice(taken, func(i, j int) bool { return taken[i].Start < taken[j].Start })
	out := ps[:0]
	for _, p := range ps {
		drop := false
		for _, t := range taken {
			if t.Start >= p.End {
				break
			}
			if t.Overlaps(p.Span) && t.Len() <= p.Len()+1 {
				drop = true
				break
			}
		}
		if p.Kind == "city" {
			for _, a := range actors {
				if a.Overlaps(p.Span) {
					drop = true
					break
				}
			}
		}
		if !drop {
			out = append(out, p)
		}
	}
	if out == nil {
		out = []claimledger.Place{}
	}
	return out
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
