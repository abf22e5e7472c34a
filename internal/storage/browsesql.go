package storage

import (
	"fmt"
	"time"
)

// What both stores share to answer a Browser alike: the checks of its
// arguments and the SQL of the two summaries, written once with the one
// thing that differs, how to compare text byte by byte (BINARY in SQLite,
// the "C" collation in PostgreSQL, whatever the database's locale).

// CheckPage refuses a negative limit or offset with an error wrapping
// ErrQuery.
func CheckPage(limit, offset int) error {
	if limit < 0 {
		return fmt.Errorf("%w: limit %d: want 0 or more", ErrQuery, limit)
	}
	if offset < 0 {
		return fmt.Errorf("%w: offset %d: want 0 or more", ErrQuery, offset)
	}
	return nil
}

// CheckRating refuses, with an error wrapping ErrQuery, a rating that says
// nothing: a value outside 1 to 5, or no document key or claim id. It
// returns the rating with every text cleaned (see Clean), as stored.
func CheckRating(r Rating) (Rating, error) {
	if r.Value < 1 || r.Value > 5 {
		return r, fmt.Errorf("%w: rating value %d: want 1 (false) to 5 (true)", ErrQuery, r.Value)
	}
	if r.Key == "" {
		return r, fmt.Errorf("%w: rating of no document: the key is empty", ErrQuery)
	}
	if r.Claim == "" {
		return r, fmt.Errorf("%w: rating of no claim: the claim id is empty", ErrQuery)
	}
	r.Key, r.Claim, r.Label, r.Note = Clean(r.Key), Clean(r.Claim), Clean(r.Label), Clean(r.Note)
	r.Claimed, r.Claimant = Clean(r.Claimed), Clean(r.Claimant)
	return r, nil
}

// Timestamp formats a time as Browser results give it: RFC 3339, UTC, to
// the second.
func Timestamp(t time.Time) string { return t.UTC().Format(time.RFC3339) }

// StoredTimestamp reformats a time a store kept as RFC 3339 text with
// Timestamp, and leaves anything else as it is.
func StoredTimestamp(s string) string {
	t, err := time.Parse(time.RFC3339Nano, s)
	if err != nil {
		return s
	}
	return Timestamp(t)
}

// Day is the date part of a claim's date (YYYY-MM-DD of a longer time);
// shorter dates ("2023-05") stay as they are.
func Day(s string) string {
	if len(s) > 10 {
		return s[:10]
	}
	return s
}

// SourcesSQL counts claims of latest documents by source: columns name,
// entity, claims, documents, denials, first and last date (NULL: none).
//
// A source is its entity's name when it resolves to one (entity true),
// else the source as written; claims with neither are left out. Names
// are grouped without regard to case, on the lower-cased columns Put
// fills from Go (source_fold is Fold(source_text + "\n" + source_name),
// and Fold maps each character to one character, so a part of it is cut
// out by the length of source_text): "The ministry" and "the ministry"
// are one source in both stores whatever their locale. The name shown is
// the group's first spelling in byte order (the ORDER BY sorts it so too,
// since min keeps the collation it was given). Sources with most claims come
// first, then by name in byte order, entities before text as written of
// the same name.
func SourcesSQL(binary string, entitiesOnly bool, limit int) string {
	cond := `(c.source_name <> '' OR c.source_text <> '')`
	if entitiesOnly {
		cond = `c.source_name <> ''`
	}
	return `SELECT min(s.name` + binary + `) AS name, s.entity, count(*) AS claims, count(DISTINCT s.doc),
		sum(s.deny), min(s.date` + binary + `), max(s.date` + binary + `)
	FROM (SELECT
		CASE WHEN c.source_name <> '' THEN c.source_name ELSE c.source_text END AS name,
		c.source_name <> '' AS entity,
		CASE WHEN c.source_name <> '' THEN substr(c.source_fold, length(c.source_text) + 2)
			ELSE substr(c.source_fold, 1, length(c.source_text)) END AS fold,
		c.doc, CASE WHEN c.stance = 'deny' THEN 1 ELSE 0 END AS deny, nullif(c.date, '') AS date
		FROM claims c JOIN documents d ON d.id = c.doc
		WHERE d.latest AND ` + cond + `) s
	GROUP BY s.entity, s.fold
	ORDER BY claims DESC, name, s.entity DESC` + limitSQL(limit)
}

// PlacesSQL counts the latest documents naming each place, a place being
// a name and a country code as written: columns name, country,
// documents, lat and lon. The coordinates are those of the first stored
// document (in the order of Documents, by key) whose latest version gives
// the place both, so that both stores give the same; NULL when none
// does. Places named by most documents come first, then by name and
// country in byte order.
func PlacesSQL(binary string, limit int) string {
	return `SELECT g.name, g.country, g.documents, p.lat, p.lon
	FROM (SELECT p.name, p.country, count(DISTINCT p.doc) AS documents,
		min(CASE WHEN p.lat IS NOT NULL AND p.lon IS NOT NULL THEN d.first END) AS located
		FROM places p JOIN documents d ON d.id = p.doc
		WHERE d.latest
		GROUP BY p.name, p.country
		ORDER BY documents DESC, p.name` + binary + `, p.country` + binary + limitSQL(limit) + `) g
	LEFT JOIN documents ld ON ld.first = g.located AND ld.latest
	LEFT JOIN places p ON p.doc = ld.id AND p.name = g.name AND p.country = g.country
	ORDER BY g.documents DESC, g.name` + binary + `, g.country` + binary
}

func limitSQL(n int) string {
	if n > 0 {
		return fmt.Sprintf(" LIMIT %d", n)
	}
	return ""
}
