package postgres

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/claimledger/claimledger"
	"github.com/claimledger/claimledger/internal/storage"
)

var _ storage.Browser = (*Store)(nil)

// binary compares text byte by byte, as SQLite does, whatever the
// database's collation, so that both stores sort names alike.
const binary = ` COLLATE "C"`

// summaryColumns are a DocumentSummary's but for its claims, which
// Document counts in the ledger and Documents by claims_doc.
const summaryColumns = `d.key, ` + docRefColumns + `, d.ingested_at`

func scanSummary(s *storage.DocumentSummary, storedAt *time.Time) []any {
	return append(append([]any{&s.Key}, scanRef(&s.DocumentRef)...), storedAt)
}

// Document returns the latest version under key, found by
// documents_latest_key, with its ledger rebuilt as Ledgers rebuilds it.
func (s *Store) Document(ctx context.Context, key string) (storage.DocumentSummary, claimledger.Document, bool, error) {
	var sum storage.DocumentSummary
	var storedAt time.Time
	var ledger, text string
	var claims *string
	err := s.pool.QueryRow(ctx, `SELECT `+summaryColumns+`, `+ledgerColumns+`
		FROM documents d WHERE d.key = $1 AND d.latest`, storage.Clean(key)).
		Scan(append(scanSummary(&sum, &storedAt), &ledger, &text, &claims)...)
	if errors.Is(err, pgx.ErrNoRows) {
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
	sum.StoredAt = storage.Timestamp(storedAt)
	return sum, d, true, nil
}

// Documents walks documents_latest_first backwards, so a page costs its
// offset and limit, not a sort of every document. The page is chosen
// from that index alone, before any row is read: PostgreSQL would
// otherwise read, and count the claims of, every row the offset skips.
func (s *Store) Documents(ctx context.Context, n, offset int) ([]storage.DocumentSummary, error) {
	if err := storage.CheckPage(n, offset); err != nil {
		return nil, err
	}
	page := limit(n)
	if offset > 0 {
		page += fmt.Sprintf(" OFFSET %d", offset)
	}
	rows, err := s.pool.Query(ctx, `SELECT `+summaryColumns+`,
		(SELECT count(*) FROM claims c WHERE c.doc = d.id)
		FROM (SELECT first FROM documents WHERE latest ORDER BY first DESC`+page+`) p
		JOIN documents d ON d.first = p.first AND d.latest
		ORDER BY p.first DESC`)
	if err != nil {
		return nil, err
	}
	var out []storage.DocumentSummary
	var sum storage.DocumentSummary
	var storedAt time.Time
	_, err = pgx.ForEachRow(rows, append(scanSummary(&sum, &storedAt), &sum.Claims), func() error {
		sum.StoredAt = storage.Timestamp(storedAt)
		out = append(out, sum)
		return nil
	})
	return out, err
}

// Sources groups the claims of latest documents by source; see
// storage.SourcesSQL.
func (s *Store) Sources(ctx context.Context, entitiesOnly bool, n int) ([]storage.SourceCount, error) {
	if err := storage.CheckPage(n, 0); err != nil {
		return nil, err
	}
	rows, err := s.pool.Query(ctx, storage.SourcesSQL(binary, entitiesOnly, n))
	if err != nil {
		return nil, err
	}
	var out []storage.SourceCount
	var c storage.SourceCount
	var first, last *string
	_, err = pgx.ForEachRow(rows, []any{&c.Name, &c.Entity, &c.Claims, &c.Documents, &c.Denials, &first, &last}, func() error {
		row := c
		row.First, row.Last = "", ""
		if first != nil {
			row.First = storage.Day(*first)
		}
		if last != nil {
			row.Last = storage.Day(*last)
		}
		out = append(out, row)
		return nil
	})
	return out, err
}

// Places counts the latest documents naming each place; see
// storage.PlacesSQL.
func (s *Store) Places(ctx context.Context, n int) ([]storage.PlaceCount, error) {
	if err := storage.CheckPage(n, 0); err != nil {
		return nil, err
	}
	rows, err := s.pool.Query(ctx, storage.PlacesSQL(binary, n))
	if err != nil {
		return nil, err
	}
	var out []storage.PlaceCount
	var p storage.PlaceCount
	_, err = pgx.ForEachRow(rows, []any{&p.Name, &p.Country, &p.Documents, &p.Lat, &p.Lon}, func() error {
		out = append(out, p)
		p.Lat, p.Lon = nil, nil // scanned anew into fresh pointers
		return nil
	})
	return out, err
}

const ratingColumns = `id, key, version, claim_id, value, label, note, claimed, claimant, at`

func scanRating(r *storage.Rating, at *time.Time) []any {
	return []any{&r.ID, &r.Key, &r.Version, &r.Claim, &r.Value, &r.Label, &r.Note, &r.Claimed, &r.Claimant, at}
}

// Rate stores a rating, or replaces the value, label, note and time of
// the one of the same claim of the same version, which keeps its id.
func (s *Store) Rate(ctx context.Context, r storage.Rating) (storage.Rating, error) {
	r, err := storage.CheckRating(r)
	if err != nil {
		return storage.Rating{}, err
	}
	var out storage.Rating
	var at time.Time
	err = s.pool.QueryRow(ctx, `INSERT INTO ratings (key, version, claim_id, value, label, note, claimed, claimant, at)
		VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
		ON CONFLICT (key, version, claim_id) DO UPDATE SET value = excluded.value, label = excluded.label,
			note = excluded.note, at = excluded.at
		RETURNING `+ratingColumns,
		r.Key, r.Version, r.Claim, r.Value, r.Label, r.Note, r.Claimed, r.Claimant, time.Now().UTC().Truncate(time.Second)).
		Scan(scanRating(&out, &at)...)
	if err != nil {
		return storage.Rating{}, err
	}
	out.At = storage.Timestamp(at)
	return out, nil
}

// Ratings returns the ratings of a document's claims, or of every
// document's when key is "", by id.
func (s *Store) Ratings(ctx context.Context, key string) ([]storage.Rating, error) {
	where, args := "", []any{}
	if key != "" {
		where, args = ` WHERE key = $1`, append(args, storage.Clean(key))
	}
	rows, err := s.pool.Query(ctx, `SELECT `+ratingColumns+` FROM ratings`+where+` ORDER BY id`, args...)
	if err != nil {
		return nil, err
	}
	var out []storage.Rating
	var r storage.Rating
	var at time.Time
	_, err = pgx.ForEachRow(rows, scanRating(&r, &at), func() error {
		r.At = storage.Timestamp(at)
		out = append(out, r)
		return nil
	})
	return out, err
}
