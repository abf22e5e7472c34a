package storage

import (
	"encoding/json"
	"net/url"
	"strings"
	"unicode/utf8"

	"github.com/claimledger/claimledger"
)

// Rows is one ledger flattened into the rows a store inserts. Both stores
// insert the same rows, so that they filter and export alike; the JSON
// columns keep everything, the flat ones exist to be filtered on.
type Rows struct {
	Doc DocRecord
	// Ledger is the ledger as JSON but for what other columns hold
	// already: the text (unless cleaning changed it) and the claims (unless
	// there are none), which Assemble puts back. Each byte written costs
	// ingest time, and these two are most of a ledger.
	Ledger     string
	Claims     []ClaimRecord
	Quantities []QuantityRow
	Places     []PlaceRecord
}

// DocRecord holds the document's own columns, cleaned (see Clean).
type DocRecord struct {
	ID, URL, Title, Author, Outlet, Published, Language, Text string
}

// ClaimRecord is one claim's row.
type ClaimRecord struct {
	N            int // the claim's place in the ledger's list
	ID           string
	SourceText   string // the source as written
	SourceName   string // the entity it resolves to
	SourceFold   string // both, lower-cased, for case-insensitive matching
	Cue          string
	Content      string
	Stance       string
	Form         string
	Verification string
	Date         string // the claim's time, else its document's publication date
	Belief       bool
	Hedged       bool
	// Start and End bound the whole claim (source, cue and content) in
	// code points, so that claims sort by where they are in the text.
	Start, End int
	JSON       string // the claim
	Quantities string // the claim's figures, a JSON array
}

// PlaceRecord is one distinct place a document names.
type PlaceRecord struct {
	Name, Country string
	NameFold      string // lower-cased, for case-insensitive matching
	CountryFold   string
	// Lat and Lon are the first of each the document gives the place,
	// in ledger order, when it names the place more than once; nil: none.
	Lat, Lon *float64
}

// Clean makes a string storable in every database: invalid UTF-8 and NUL
// (which PostgreSQL's text type refuses) become U+FFFD. The JSON columns
// stay exact, since JSON escapes NUL.
func Clean(s string) string {
	if strings.IndexByte(s, 0) < 0 && utf8.ValidString(s) {
		return s
	}
	s = strings.ToValidUTF8(s, "\uFFFD")
	return strings.ReplaceAll(s, "\x00", "\uFFFD")
}

// Fold lower-cases a string for case-insensitive matching that behaves the
// same in every database, whatever its locale.
func Fold(s string) string { return strings.ToLower(Clean(s)) }

// Flatten turns a document's ledger into rows.
func Flatten(d *Document) (Rows, error) {
	l := &d.Ledger
	rest := *l
	if Clean(l.Text) == l.Text {
		rest.Text = ""
	}
	if len(l.Claims) > 0 {
		rest.Claims = nil
	}
	ledger, err := json.Marshal(&rest)
	if err != nil {
		return Rows{}, err
	}
	r := Rows{
		Doc: DocRecord{
			ID: Clean(l.ID), URL: Clean(l.URL), Title: Clean(l.Title), Author: Clean(l.Author),
			Outlet: Clean(l.Outlet), Published: Clean(l.Published), Language: Clean(l.Language),
			Text: Clean(l.Text),
		},
		Ledger: string(ledger),
	}
	figures := map[string][]claimledger.Quantity{}
	for _, q := range l.Quantities {
		if q.Claim != "" {
			figures[q.Claim] = append(figures[q.Claim], q)
		}
	}
	claims := make(map[string]*claimledger.Claim, len(l.Claims))
	for i := range l.Claims {
		c := &l.Claims[i]
		claims[c.ID] = c
		rec, err := claimRecord(c, l.Published, figures[c.ID])
		if err != nil {
			return Rows{}, err
		}
		rec.N = i
		r.Claims = append(r.Claims, rec)
	}
	outlet := Outlet(l.Outlet, l.URL)
	for _, q := range l.Quantities {
		r.Quantities = append(r.Quantities, quantityRow(l, claims[q.Claim], q, outlet))
	}
	seen := map[[2]string]int{} // name and country: index in r.Places
	for _, p := range l.Places {
		k := [2]string{Clean(p.Name), Clean(p.Country)}
		i, ok := seen[k]
		if !ok {
			i = len(r.Places)
			seen[k] = i
			r.Places = append(r.Places, PlaceRecord{Name: k[0], Country: k[1], NameFold: Fold(p.Name), CountryFold: Fold(p.Country)})
		}
		rec := &r.Places[i]
		if rec.Lat == nil && p.Lat != nil {
			v := *p.Lat
			rec.Lat = &v
		}
		if rec.Lon == nil && p.Lon != nil {
			v := *p.Lon
			rec.Lon = &v
		}
	}
	return r, nil
}

// Assemble rebuilds a ledger from its Rows.Ledger JSON, its document's
// text column and its claims' JSON as one array in ledger order ("" when
// it has no claims).
func Assemble(ledger, text, claims string) (claimledger.Document, error) {
	var d claimledger.Document
	if err := json.Unmarshal([]byte(ledger), &d); err != nil {
		return d, err
	}
	if d.Text == "" {
		d.Text = text
	}
	if claims != "" {
		if err := json.Unmarshal([]byte(claims), &d.Claims); err != nil {
			return d, err
		}
	}
	return d, nil
}

func claimRecord(c *claimledger.Claim, published string, figures []claimledger.Quantity) (ClaimRecord, error) {
	js, err := json.Marshal(c)
	if err != nil {
		return ClaimRecord{}, err
	}
	if figures == nil {
		figures = []claimledger.Quantity{}
	}
	qs, err := json.Marshal(figures)
	if err != nil {
		return ClaimRecord{}, err
	}
	rec := ClaimRecord{
		ID: Clean(c.ID), Cue: Clean(c.Cue.Text), Content: Clean(c.Content.Text),
		Stance: Clean(c.Stance), Form: Clean(c.Form), Verification: Clean(c.Verification),
		Date: Clean(claimDate(c, published)), Belief: c.Belief, Hedged: c.Hedged,
		JSON: string(js), Quantities: string(qs),
	}
	spans := []claimledger.Span{c.Cue, c.Content.Span}
	if c.Source != nil {
		rec.SourceText = Clean(c.Source.Text)
		rec.SourceName = Clean(c.Source.Name)
		spans = append(spans, c.Source.Span)
	}
	rec.SourceFold = Fold(rec.SourceText + "\n" + rec.SourceName)
	rec.Start, rec.End = -1, 0
	for _, s := range spans {
		if s.End <= s.Start {
			continue
		}
		if rec.Start < 0 || s.Start < rec.Start {
			rec.Start = s.Start
		}
		if s.End > rec.End {
			rec.End = s.End
		}
	}
	if rec.Start < 0 {
		rec.Start = 0
	}
	return rec, nil
}

func claimDate(c *claimledger.Claim, published string) string {
	if c != nil && c.Time != "" {
		return c.Time
	}
	return published
}

// quantityRow flattens one figure; c is its claim, nil when it has none.
func quantityRow(l *claimledger.Document, c *claimledger.Claim, q claimledger.Quantity, outlet string) QuantityRow {
	r := QuantityRow{
		EventDate: Clean(claimDate(c, l.Published)),
		Category:  Clean(q.Category), Value: q.Value, Low: q.Low, High: q.High,
		Qualifier: Clean(q.Qualifier), Object: Clean(q.Object), Text: Clean(q.Text),
		Outlet: Clean(outlet), URL: Clean(l.URL), DocumentID: Clean(l.ID),
		Start: q.Start, End: q.End,
	}
	if c != nil {
		r.ClaimID = Clean(c.ID)
		r.Actor = Clean(c.Source.Speaker())
	}
	if p := figurePlace(l, c); p != nil {
		r.Place, r.Country, r.Lat, r.Lon = Clean(p.Name), Clean(p.Country), p.Lat, p.Lon
	}
	return r
}

// figurePlace is the first place inside the claim's content, else the
// document's first place: a figure is most often about where its claim
// says, and the place a report leads with is the best guess otherwise.
func figurePlace(l *claimledger.Document, c *claimledger.Claim) *claimledger.Place {
	if len(l.Places) == 0 {
		return nil
	}
	if c != nil {
		for i := range l.Places {
			if c.Content.End > c.Content.Start && c.Content.Contains(l.Places[i].Span) {
				return &l.Places[i]
			}
		}
	}
	return &l.Places[0]
}

// Outlet is the outlet's name, else the host of the URL without "www.".
func Outlet(outlet, rawURL string) string {
	if outlet != "" || rawURL == "" {
		return outlet
	}
	u, err := url.Parse(rawURL)
	if err != nil {
		return ""
	}
	return strings.TrimPrefix(u.Hostname(), "www.")
}
