package postgres

import (
	"context"
	"encoding/json"
	"fmt"

	"github.com/jackc/pgx/v5"

	"github.com/claimledger/claimledger"
	"github.com/claimledger/claimledger/internal/storage"
)

// The query goes to plainto_tsquery whole, which reads no operators at
// all, so that it is split into words by the same parser as the texts.
var dialect = storage.Dialect{
	ClaimSearch: "c.tsv @@ plainto_tsquery('simple', ?)",
	SearchArg:   func(query string, _ []string) any { return query },
	Contains:    "strpos(?, ?) > 0",
}

const docRefColumns = `d.doc_id, d.version, d.url, d.title, d.outlet, d.published, d.language`

func scanRef(ref *storage.DocumentRef) []any {
	return []any{&ref.ID, &ref.Version, &ref.URL, &ref.Title, &ref.Outlet, &ref.Published, &ref.Language}
}

func limit(n int) string {
	if n > 0 {
		return fmt.Sprintf(" LIMIT %d", n)
	}
	return ""
}

// Claims calls fn for each claim f selects, by document in storing order
// and then by position in the text.
func (s *Store) Claims(ctx context.Context, f storage.ClaimFilter, fn func(storage.ClaimRow) error) error {
	c, err := storage.ClaimConds(f, dialect)
	if err != nil {
		return err
	}
	rows, err := s.pool.Query(ctx, storage.Dollar(`SELECT `+docRefColumns+`, c.date, c.claim, c.quantities
		FROM claims c JOIN documents d ON d.id = c.doc
		WHERE `+c.SQL()+` ORDER BY d.first, c.span_start, c.id`+limit(f.Limit)), c.Args...)
	if err != nil {
		return err
	}
	var r storage.ClaimRow
	var claim, quantities []byte
	_, err = pgx.ForEachRow(rows, append(scanRef(&r.Document), &r.Date, &claim, &quantities), func() error {
		row := storage.ClaimRow{Document: r.Document, Date: r.Date}
		if err := json.Unmarshal(claim, &row.Claim); err != nil {
			return err
		}
		if err := json.Unmarshal(quantities, &row.Quantities); err != nil {
			return err
		}
		return fn(row)
	})
	return err
}

// Quantities calls fn for each figure f selects, by document in storing
// order and then by position in the text.
func (s *Store) Quantities(ctx context.Context, f storage.ClaimFilter, fn func(storage.QuantityRow) error) error {
	c, err := storage.QuantityConds(f, dialect)
	if err != nil {
		return err
	}
	rows, err := s.pool.Query(ctx, storage.Dollar(`SELECT q.event_date, q.actor, q.category, q.value, q.low, q.high,
		q.qualifier, q.object, q.text, q.place, q.country, q.lat, q.lon, q.outlet, q.url, q.document_id,
		q.claim_id, q.span_start, q.span_end
		FROM quantities q JOIN documents d ON d.id = q.doc
		LEFT JOIN claims c ON c.doc = q.doc AND c.claim_id = q.claim_id AND q.claim_id <> ''
		WHERE `+c.SQL()+` ORDER BY d.first, q.span_start, q.id`+limit(f.Limit)), c.Args...)
	if err != nil {
		return err
	}
	var r storage.QuantityRow
	_, err = pgx.ForEachRow(rows, []any{&r.EventDate, &r.Actor, &r.Category, &r.Value, &r.Low, &r.High,
		&r.Qualifier, &r.Object, &r.Text, &r.Place, &r.Country, &r.Lat, &r.Lon, &r.Outlet, &r.URL,
		&r.DocumentID, &r.ClaimID, &r.Start, &r.End}, func() error {
		row := r
		r.Low, r.High, r.Lat, r.Lon = nil, nil, nil, nil
		return fn(row)
	})
	return err
}

// ledgerColumns are what assemble rebuilds the ledger of document d
// from: its ledger and text columns and its claims' JSON as one array, in
// ledger order (NULL when it has none).
const ledgerColumns = `d.ledger, d.text,
	(SELECT '[' || string_agg(c.claim, ',' ORDER BY c.n) || ']' FROM claims c WHERE c.doc = d.id)`

// assemble rebuilds a ledger from ledgerColumns.
func assemble(ledger, text string, claims *string) (claimledger.Document, error) {
	var cl string
	if claims != nil {
		cl = *claims
	}
	return storage.Assemble(ledger, text, cl)
}

// Ledgers calls fn with each latest ledger, in the order keys were first
// stored.
func (s *Store) Ledgers(ctx context.Context, fn func(claimledger.Document) error) error {
	rows, err := s.pool.Query(ctx, `SELECT `+ledgerColumns+` FROM documents d WHERE d.latest ORDER BY d.first`)
	if err != nil {
		return err
	}
	var ledger, text string
	var claims *string
	_, err = pgx.ForEachRow(rows, []any{&ledger, &text, &claims}, func() error {
		d, err := assemble(ledger, text, claims)
		if err != nil {
			return err
		}
		return fn(d)
	})
	return err
}

// Search finds the latest documents holding every word of query, best
// first by ts_rank with the title weighing more than the text. limit <= 0
// means storage.DefaultSearchLimit.
func (s *Store) Search(ctx context.Context, query string, limit int) ([]storage.Hit, error) {
	if _, err := storage.SearchWords(query); err != nil {
		return nil, err
	}
	if limit <= 0 {
		limit = storage.DefaultSearchLimit
	}
	rows, err := s.pool.Query(ctx, `SELECT `+docRefColumns+`,
		ts_headline('simple', d.text, q, 'MaxFragments=1, MaxWords=24, MinWords=12, StartSel="", StopSel="", FragmentDelimiter=" … "')
		FROM documents d, plainto_tsquery('simple', $1) q
		WHERE d.tsv @@ q AND d.latest
		ORDER BY ts_rank(d.tsv, q) DESC, d.first LIMIT $2`, storage.Clean(query), limit)
	if err != nil {
		return nil, err
	}
	var hits []storage.Hit
	var h storage.Hit
	_, err = pgx.ForEachRow(rows, append(scanRef(&h.Document), &h.Snippet), func() error {
		hits = append(hits, h)
		return nil
	})
	return hits, err
}

// Stats counts documents, versions and the claims of latest versions.
func (s *Store) Stats(ctx context.Context) (storage.Stats, error) {
	var st storage.Stats
	err := s.pool.QueryRow(ctx, `SELECT
		(SELECT count(*) FROM documents WHERE latest),
		(SELECT count(*) FROM documents),
		(SELECT count(*) FROM claims c JOIN documents d ON d.id = c.doc WHERE d.latest)`).
		Scan(&st.Documents, &st.Versions, &st.Claims)
	return st, err
}
