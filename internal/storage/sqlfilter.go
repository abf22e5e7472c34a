package storage

import (
	"strconv"
	"strings"
)

// Dialect is what differs between the SQL of the two stores when they
// filter claims. Both schemas name tables and columns alike, so the
// conditions are written once, here, and both stores select the same rows.
type Dialect struct {
	// ClaimSearch is a condition on claims c with one ? for the query.
	ClaimSearch string
	// SearchArg turns a user's query into that ? argument.
	SearchArg func(query string, words []string) any
	// Contains is a condition with two ?: the first string contains the
	// second.
	Contains string
}

// Conds is a list of SQL conditions with ? placeholders and their
// arguments.
type Conds struct {
	Conds []string
	Args  []any
}

func (c *Conds) add(cond string, args ...any) {
	c.Conds = append(c.Conds, cond)
	c.Args = append(c.Args, args...)
}

// SQL joins the conditions with AND; a true condition when there are none.
func (c *Conds) SQL() string {
	if len(c.Conds) == 0 {
		return "1 = 1"
	}
	return strings.Join(c.Conds, " AND ")
}

// claimOnly adds the conditions about the claim c itself.
func (c *Conds) claimOnly(f ClaimFilter, dl Dialect) error {
	if f.Source != "" {
		c.add(strings.Replace(dl.Contains, "?", "c.source_fold", 1), Fold(f.Source))
	}
	if f.Stance != "" {
		c.add("c.stance = ?", f.Stance)
	}
	if f.NoBelief {
		c.add("NOT c.belief")
	}
	if f.Search != "" {
		words, err := SearchWords(f.Search)
		if err != nil {
			return err
		}
		c.add(dl.ClaimSearch, dl.SearchArg(Clean(f.Search), words))
	}
	return nil
}

// placeCond selects documents d naming a place by name or country code.
func (c *Conds) placeCond(f ClaimFilter) {
	if f.Place != "" {
		p := Fold(f.Place)
		c.add("EXISTS (SELECT 1 FROM places p WHERE p.doc = d.id AND (p.name_fold = ? OR p.country_fold = ?))", p, p)
	}
}

// ClaimConds selects the claims c of latest documents d that f selects.
func ClaimConds(f ClaimFilter, dl Dialect) (Conds, error) {
	if err := CheckFilter(f); err != nil {
		return Conds{}, err
	}
	c := Conds{Conds: []string{"d.latest"}}
	if err := c.claimOnly(f, dl); err != nil {
		return Conds{}, err
	}
	if f.Category != "" {
		c.add("EXISTS (SELECT 1 FROM quantities q WHERE q.doc = c.doc AND q.claim_id = c.claim_id AND q.category = ?)", f.Category)
	}
	c.placeCond(f)
	if f.From != "" {
		c.add("c.date >= ?", f.From)
	}
	if f.To != "" {
		c.add("c.date <= ?", f.To)
	}
	return c, nil
}

// QuantityConds selects the figures q of latest documents d that f
// selects, with c the figure's claim left-joined: Category, Place, From and
// To apply to the figure, the rest to its claim, which then must exist.
func QuantityConds(f ClaimFilter, dl Dialect) (Conds, error) {
	if err := CheckFilter(f); err != nil {
		return Conds{}, err
	}
	c := Conds{Conds: []string{"d.latest"}}
	if f.Category != "" {
		c.add("q.category = ?", f.Category)
	}
	c.placeCond(f)
	if f.From != "" {
		c.add("q.event_date >= ?", f.From)
	}
	if f.To != "" {
		c.add("q.event_date <= ?", f.To)
	}
	if !AllowsClaimless(f) {
		c.add("c.id IS NOT NULL")
		if err := c.claimOnly(f, dl); err != nil {
			return Conds{}, err
		}
	}
	return c, nil
}

// Dollar rewrites ? placeholders as PostgreSQL's $1, $2...; the queries
// it is given hold no ? inside string literals.
func Dollar(sql string) string {
	var b strings.Builder
	n := 0
	for _, r := range sql {
		if r == '?' {
			n++
			b.WriteByte('$')
			b.WriteString(strconv.Itoa(n))
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}
