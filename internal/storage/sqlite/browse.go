package sqlite

import (
	"context"
	"database/sql"
	"fmt"
	"time"

	"github.com/claimledger/claimledger"
	"github.com/claimledger/claimledger/internal/storage"
)

var _ storage.Browser = (*Store)(nil)

// summaryColumns are a DocumentSummary's but for its claims, which
// Document counts in the ledger and Documents by claims_doc.
const summaryColumns = `d.key, ` + docRefColumns + `, d.ingested_at`

func scanSummary(s *storage.DocumentSummary, storedAt *string) []any {
	return append(append([]any{&s.Key}, scanRef(&s.DocumentRef)...), storedAt)
}

// Document returns the latest version under key, found by
// documents_latest_key, with its ledger rebuilt as Ledgers rebuilds it.
func (s *Store) Document(ctx context.Context, key string) (storage.DocumentSummary, claimledger.Document, bool, error) {
	var sum storage.DocumentSummary
	var storedAt, ledger, text string
	var claims sql.NullString
	err := s.db.QueryRowContext(ctx, `SELECT `+summaryColumns+`, `+ledgerColumns+`
		FROM documents d WHERE d.key = ? AND d.latest`, storage.Clean(key)).
		Scan(append(scanSummary(&sum, &storedAt), &ledger, &text, &claims)...)
	if err == sql.ErrNoRows {
		return sum, claimledger.Document{}, false, nil
	}
	if err != nil {
		return storage.DocumentSummary{}, claimledger.Document{}, false, err
	}
	d, err := assemble(ledger, text, claims)
	if err != nil {
		return storage.DocumentSummary{}, claimledger.Document{}, false, err
	}
	sum.Claims = len(d.Claims)
	sum.StoredAt = storage.StoredTimestamp(storedAt)
	return sum, d, true, nil
}

// Documents walks documents_latest_first backwards, so a page costs its
// offset and limit, not a sort of every document.
func (s *Store) Documents(ctx context.Context, n, offset int) ([]storage.DocumentSummary, error) {
	if err := storage.CheckPage(n, offset); err != nil {
		return nil, err
	}
	page := limit(n)
	if offset > 0 {
		all := n
		if all == 0 {
			all = -1 // SQLite's "no limit"; OFFSET needs a LIMIT
		}
		page = fmt.Sprintf(" LIMIT %d OFFSET %d", all, offset)
	}
	rows, err := s.db.QueryContext(ctx, `SELECT `+summaryColumns+`,
		(SELECT count(*) FROM claims c WHERE c.doc = d.id)
		FROM documents d WHERE d.latest ORDER BY d.first DESC`+page)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []storage.DocumentSummary
	for rows.Next() {
		var sum storage.DocumentSummary
		var storedAt string
		if err := rows.Scan(append(scanSummary(&sum, &storedAt), &sum.Claims)...); err != nil {
			return nil, err
		}
		sum.StoredAt = storage.StoredTimestamp(storedAt)
		out = append(out, sum)
	}
	return out, rows.Err()
}

// Sources groups the claims of latest documents by source; see
// storage.SourcesSQL.
func (s *Store) Sources(ctx context.Context, entitiesOnly bool, n int) ([]storage.SourceCount, error) {
	if err := storage.CheckPage(n, 0); err != nil {
		return nil, err
	}
	rows, err := s.db.QueryContext(ctx, storage.SourcesSQL("", entitiesOnly, n))
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []storage.SourceCount
	for rows.Next() {
		var c storage.SourceCount
		var first, last sql.NullString
		if err := rows.Scan(&c.Name, &c.Entity, &c.Claims, &c.Documents, &c.Denials, &first, &last); err != nil {
			return nil, err
		}
		c.First, c.Last = storage.Day(first.String), storage.Day(last.String)
		out = append(out, c)
	}
	return out, rows.Err()
}

// Places counts the latest documents naming each place; see
// storage.PlacesSQL.
func (s *Store) Places(ctx context.Context, n int) ([]storage.PlaceCount, error) {
	if err := storage.CheckPage(n, 0); err != nil {
		return nil, err
	}
	rows, err := s.db.QueryContext(ctx, storage.PlacesSQL("", n))
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []storage.PlaceCount
	for rows.Next() {
		var p storage.PlaceCount
		var lat, lon sql.NullFloat64
		if err := rows.Scan(&p.Name, &p.Country, &p.Documents, &lat, &lon); err != nil {
			return nil, err
		}
		p.Lat, p.Lon = ptr(lat), ptr(lon)
		out = append(out, p)
	}
	return out, rows.Err()
}

const ratingColumns = `id, key, version, claim_id, value, label, note, claimed, claimant, at`

func scanRating(r *storage.Rating) []any {
	return []any{&r.ID, &r.Key, &r.Version, &r.Claim, &r.Value, &r.Label, &r.Note, &r.Claimed, &r.Claimant, &r.At}
}

// Rate stores a rating, or replaces the value, label, note and time of
// the one of the same claim of the same version, which keeps its id.
func (s *Store) Rate(ctx context.Context, r storage.Rating) (storage.Rating, error) {
	r, err := storage.CheckRating(r)
	if err != nil {
		return storage.Rating{}, err
	}
	var out storage.Rating
	err = s.db.QueryRowContext(ctx, `INSERT INTO ratings (key, version, claim_id, value, label, note, claimed, claimant, at)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
		ON CONFLICT (key, version, claim_id) DO UPDATE SET value = excluded.value, label = excluded.label,
			note = excluded.note, at = excluded.at
		RETURNING `+ratingColumns,
		r.Key, r.Version, r.Claim, r.Value, r.Label, r.Note, r.Claimed, r.Claimant, storage.Timestamp(time.Now())).
		Scan(scanRating(&out)...)
	if err != nil {
		return storage.Rating{}, err
	}
	return out, nil
}

// Ratings returns the ratings of a document's claims, or of every
// document's when key is "", by id.
func (s *Store) Ratings(ctx context.Context, key string) ([]storage.Rating, error) {
	where, args := "", []any{}
	if key != "" {
		where, args = ` WHERE key = ?`, append(args, storage.Clean(key))
	}
	rows, err := s.db.QueryContext(ctx, `SELECT `+ratingColumns+` FROM ratings`+where+` ORDER BY id`, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []storage.Rating
	for rows.Next() {
		var r storage.Rating
		if err := rows.Scan(scanRating(&r)...); err != nil {
			return nil, err
		}
		out = append(out, r)
	}
	return out, rows.Err()
}
