package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"

	"github.com/claimledger/claimledger"
	"github.com/claimledger/claimledger/internal/storage"
)

var dialect = storage.Dialect{
	ClaimSearch: "c.id IN (SELECT rowid FROM claims_fts WHERE claims_fts MATCH ?)",
	SearchArg:   func(_ string, words []string) any { return storage.FTS5Query(words) },
	Contains:    "instr(?, ?) > 0",
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
//
// Walking latest documents in storing order and their claims in text
// order needs no sort, and a limit stops it early: CROSS JOIN and INDEXED
// BY keep SQLite's planner to that order of the loops, which it would
// otherwise trade for a sort of every claim a condition on places or
// figures lets through. Searches for words are read one way or the other:
// words that few claims hold, by finding those claims and sorting them;
// words that many hold, by walking documents a chunk at a time, looking
// up the words only among the claims of the chunk, so that the index is
// never read whole for the first hundred claims.
func (s *Store) Claims(ctx context.Context, f storage.ClaimFilter, fn func(storage.ClaimRow) error) error {
	if err := storage.CheckFilter(f); err != nil {
		return err
	}
	if f.Search == "" {
		return s.claims(ctx, f, dialect, walkJoin, "", nil, fn)
	}
	many, err := s.manyClaimsMatch(ctx, f.Search)
	if err != nil {
		return err
	}
	if !many || f.Limit == 0 {
		return s.claims(ctx, f, dialect, "claims c JOIN documents d ON d.id = c.doc", "", nil, fn)
	}
	left := f.Limit
	count := func(r storage.ClaimRow) error { left--; return fn(r) }
	for after := int64(-1); left > 0; {
		var end sql.NullInt64
		err := s.db.QueryRowContext(ctx, `SELECT max(first) FROM (SELECT first FROM documents INDEXED BY documents_latest_first
			WHERE latest AND first > ? ORDER BY first LIMIT ?)`, after, searchChunk).Scan(&end)
		if err == nil && !end.Valid {
			return nil // no documents left
		}
		last := end.Int64
		var lo, hi sql.NullInt64
		if err == nil {
			err = s.db.QueryRowContext(ctx, `SELECT min(c.id), max(c.id) FROM `+walkJoin+`
				WHERE d.latest AND d.first > ? AND d.first <= ?`, after, last).Scan(&lo, &hi)
		}
		if err != nil {
			return err
		}
		if lo.Valid {
			chunk := dialect
			chunk.ClaimSearch = fmt.Sprintf("c.id IN (SELECT rowid FROM claims_fts WHERE claims_fts MATCH ? AND rowid BETWEEN %d AND %d)", lo.Int64, hi.Int64)
			g := f
			g.Limit = left
			if err := s.claims(ctx, g, chunk, walkJoin, "d.first > ? AND d.first <= ?", []any{after, last}, count); err != nil {
				return err
			}
		}
		after = last
	}
	return nil
}

// walkJoin walks latest documents in storing order, then their claims.
const walkJoin = "documents d INDEXED BY documents_latest_first CROSS JOIN claims c ON c.doc = d.id"

// searchChunk is how many documents a search for common words reads at a
// time; a variable for tests.
var searchChunk = 2000

// claims runs one query for Claims: the claims f selects from join, with
// an extra condition when there is one.
func (s *Store) claims(ctx context.Context, f storage.ClaimFilter, dl storage.Dialect, join, extra string, extraArgs []any, fn func(storage.ClaimRow) error) error {
	c, err := storage.ClaimConds(f, dl)
	if err != nil {
		return err
	}
	where, args := c.SQL(), c.Args
	if extra != "" {
		where += " AND " + extra
		args = append(args, extraArgs...)
	}
	rows, err := s.db.QueryContext(ctx, `SELECT `+docRefColumns+`, c.date, c.claim, c.quantities
		FROM `+join+` WHERE `+where+` ORDER BY d.first, c.span_start, c.id`+limit(f.Limit), args...)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var r storage.ClaimRow
		var claim, quantities string
		if err := rows.Scan(append(scanRef(&r.Document), &r.Date, &claim, &quantities)...); err != nil {
			return err
		}
		if err := json.Unmarshal([]byte(claim), &r.Claim); err != nil {
			return err
		}
		if err := json.Unmarshal([]byte(quantities), &r.Quantities); err != nil {
			return err
		}
		if err := fn(r); err != nil {
			return err
		}
	}
	return rows.Err()
}

// Quantities calls fn for each figure f selects, by document in storing
// order and then by position in the text.
func (s *Store) Quantities(ctx context.Context, f storage.ClaimFilter, fn func(storage.QuantityRow) error) error {
	c, err := storage.QuantityConds(f, dialect)
	if err != nil {
		return err
	}
	rows, err := s.db.QueryContext(ctx, `SELECT q.event_date, q.actor, q.category, q.value, q.low, q.high,
		q.qualifier, q.object, q.text, q.place, q.country, q.lat, q.lon, q.outlet, q.url, q.document_id,
		q.claim_id, q.span_start, q.span_end
		FROM documents d INDEXED BY documents_latest_first CROSS JOIN quantities q ON q.doc = d.id
		LEFT JOIN claims c ON c.doc = q.doc AND c.claim_id = q.claim_id AND q.claim_id <> ''
		WHERE `+c.SQL()+` ORDER BY d.first, q.span_start, q.id`+limit(f.Limit), c.Args...)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var r storage.QuantityRow
		var low, high, lat, lon sql.NullFloat64
		if err := rows.Scan(&r.EventDate, &r.Actor, &r.Category, &r.Value, &low, &high, &r.Qualifier,
			&r.Object, &r.Text, &r.Place, &r.Country, &lat, &lon, &r.Outlet, &r.URL, &r.DocumentID,
			&r.ClaimID, &r.Start, &r.End); err != nil {
			return err
		}
		r.Low, r.High, r.Lat, r.Lon = ptr(low), ptr(high), ptr(lat), ptr(lon)
		if err := fn(r); err != nil {
			return err
		}
	}
	return rows.Err()
}

func ptr(v sql.NullFloat64) *float64 {
	if !v.Valid {
		return nil
	}
	return &v.Float64
}

// ledgerColumns are what assemble rebuilds the ledger of document d
// from: its ledger and text columns and its claims' JSON as one array, in
// ledger order (NULL when it has none).
const ledgerColumns = `d.ledger, d.text,
	(SELECT '[' || group_concat(c.claim, ',' ORDER BY c.n) || ']' FROM claims c WHERE c.doc = d.id)`

// assemble rebuilds a ledger from ledgerColumns.
func assemble(ledger, text string, claims sql.NullString) (claimledger.Document, error) {
	return storage.Assemble(ledger, text, claims.String)
}

// Ledgers calls fn with each latest ledger, in the order keys were first
// stored.
func (s *Store) Ledgers(ctx context.Context, fn func(claimledger.Document) error) error {
	rows, err := s.db.QueryContext(ctx, `SELECT `+ledgerColumns+` FROM documents d WHERE d.latest ORDER BY d.first`)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var ledger, text string
		var claims sql.NullString
		if err := rows.Scan(&ledger, &text, &claims); err != nil {
			return err
		}
		d, err := assemble(ledger, text, claims)
		if err != nil {
			return err
		}
		if err := fn(d); err != nil {
			return err
		}
	}
	return rows.Err()
}

// Search finds the latest documents holding every word of query, best
// first by BM25 with the title weighing twice the text. limit <= 0 means
// storage.DefaultSearchLimit.
func (s *Store) Search(ctx context.Context, query string, limit int) ([]storage.Hit, error) {
	words, err := storage.SearchWords(query)
	if err != nil {
		return nil, err
	}
	if limit <= 0 {
		limit = storage.DefaultSearchLimit
	}
	rows, err := s.db.QueryContext(ctx, `SELECT `+docRefColumns+`,
		snippet(documents_fts, 1, '', '', '…', 24)
		FROM documents_fts JOIN documents d ON d.id = documents_fts.rowid
		WHERE documents_fts MATCH ? AND d.latest
		ORDER BY bm25(documents_fts, 2.0, 1.0), d.first LIMIT ?`, storage.FTS5Query(words), limit)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var hits []storage.Hit
	for rows.Next() {
		var h storage.Hit
		if err := rows.Scan(append(scanRef(&h.Document), &h.Snippet)...); err != nil {
			return nil, err
		}
		hits = append(hits, h)
	}
	return hits, rows.Err()
}

// Stats counts documents, versions and the claims of latest versions.
func (s *Store) Stats(ctx context.Context) (storage.Stats, error) {
	var st storage.Stats
	err := s.db.QueryRowContext(ctx, `SELECT
		(SELECT count(*) FROM documents WHERE latest),
		(SELECT count(*) FROM documents),
		(SELECT count(*) FROM claims c JOIN documents d ON d.id = c.doc WHERE d.latest)`).
		Scan(&st.Documents, &st.Versions, &st.Claims)
	return st, err
}

// searchWalkThreshold is the number of claims matching a search above
// which walking documents in order until the limit is met beats sorting
// every match; a variable for tests.
var searchWalkThreshold = 2000

// manyClaimsMatch reports whether at least searchWalkThreshold claims hold
// the words of query, counting no further.
func (s *Store) manyClaimsMatch(ctx context.Context, query string) (bool, error) {
	words, err := storage.SearchWords(query)
	if err != nil {
		return false, err
	}
	var n int
	err = s.db.QueryRowContext(ctx, `SELECT count(*) FROM (SELECT rowid FROM claims_fts WHERE claims_fts MATCH ? LIMIT ?)`,
		storage.FTS5Query(words), searchWalkThreshold).Scan(&n)
	return n >= searchWalkThreshold, err
}
