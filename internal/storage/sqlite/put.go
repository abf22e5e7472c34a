package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"time"

	"github.com/claimledger/claimledger/internal/storage"
)

// Put stores a batch in one transaction. Statements are prepared once per
// batch and row ids assigned here, which the write lock taken at BEGIN
// makes safe, so that no insert needs to read anything back.
func (s *Store) Put(ctx context.Context, docs []storage.Document) (storage.PutResult, error) {
	if len(docs) == 0 {
		return storage.PutResult{}, nil
	}
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return storage.PutResult{}, err
	}
	defer tx.Rollback()
	stored, err := storedVersions(ctx, tx, storage.Keys(docs))
	if err != nil {
		return storage.PutResult{}, err
	}
	var lastDoc, lastClaim int64
	if err := tx.QueryRowContext(ctx, `SELECT (SELECT coalesce(max(id), 0) FROM documents), (SELECT coalesce(max(id), 0) FROM claims)`).Scan(&lastDoc, &lastClaim); err != nil {
		return storage.PutResult{}, err
	}
	plan, err := storage.MakePlan(docs, stored, func() int64 { lastDoc++; return lastDoc })
	if err != nil {
		return storage.PutResult{}, err
	}
	w, err := prepareWriter(ctx, tx)
	if err != nil {
		return storage.PutResult{}, err
	}
	defer w.close()
	for _, id := range plan.Retire {
		if _, err := w.retire.ExecContext(ctx, id); err != nil {
			return storage.PutResult{}, err
		}
	}
	now := time.Now().UTC().Format(time.RFC3339Nano)
	for _, in := range plan.Inserts {
		if err := ctx.Err(); err != nil {
			return storage.PutResult{}, err
		}
		if err := w.insert(ctx, in, now, &lastClaim); err != nil {
			return storage.PutResult{}, err
		}
	}
	if err := tx.Commit(); err != nil {
		return storage.PutResult{}, err
	}
	return plan.Result, nil
}

// storedVersions reads every stored version of the given keys in one query.
func storedVersions(ctx context.Context, tx *sql.Tx, keys []string) ([]storage.Stored, error) {
	js, err := json.Marshal(keys)
	if err != nil {
		return nil, err
	}
	rows, err := tx.QueryContext(ctx, `SELECT key, hash, id, version, first, latest FROM documents
		WHERE key IN (SELECT value FROM json_each(?))`, string(js))
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []storage.Stored
	for rows.Next() {
		var v storage.Stored
		if err := rows.Scan(&v.Key, &v.Hash, &v.ID, &v.Version, &v.First, &v.Latest); err != nil {
			return nil, err
		}
		out = append(out, v)
	}
	return out, rows.Err()
}

// writer holds the statements of one batch.
type writer struct {
	retire, doc, docFTS, claim, claimFTS, quantity, place *sql.Stmt
}

func prepareWriter(ctx context.Context, tx *sql.Tx) (*writer, error) {
	w := &writer{}
	for _, p := range []struct {
		st  **sql.Stmt
		sql string
	}{
		{&w.retire, `UPDATE documents SET latest = 0 WHERE id = ?`},
		{&w.doc, `INSERT INTO documents (id, key, hash, version, latest, first, origin, doc_id, url, title,
			author, outlet, published, language, text, ledger, ingested_at)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`},
		{&w.docFTS, `INSERT INTO documents_fts (rowid, title, text) VALUES (?, ?, ?)`},
		{&w.claim, `INSERT INTO claims (id, doc, n, claim_id, source_text, source_name, source_fold, cue,
			content, stance, form, belief, hedged, verification, date, span_start, span_end, claim, quantities)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`},
		{&w.claimFTS, `INSERT INTO claims_fts (rowid, source_text, source_name, cue, content) VALUES (?, ?, ?, ?, ?)`},
		{&w.quantity, `INSERT INTO quantities (doc, claim_id, event_date, actor, category, value, low, high,
			qualifier, object, text, place, country, lat, lon, outlet, url, document_id, span_start, span_end)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`},
		{&w.place, `INSERT INTO places (doc, name, country, name_fold, country_fold, lat, lon) VALUES (?, ?, ?, ?, ?, ?, ?)`},
	} {
		st, err := tx.PrepareContext(ctx, p.sql)
		if err != nil {
			w.close()
			return nil, err
		}
		*p.st = st
	}
	return w, nil
}

func (w *writer) close() {
	for _, st := range []*sql.Stmt{w.retire, w.doc, w.docFTS, w.claim, w.claimFTS, w.quantity, w.place} {
		if st != nil {
			st.Close()
		}
	}
}

func (w *writer) insert(ctx context.Context, in storage.Insert, now string, lastClaim *int64) error {
	r, err := storage.Flatten(in.Doc)
	if err != nil {
		return err
	}
	d := r.Doc
	if _, err := w.doc.ExecContext(ctx, in.ID, storage.Clean(in.Doc.Key), in.Doc.Hash, in.Version, in.Latest, in.First,
		storage.Clean(in.Doc.Origin), d.ID, d.URL, d.Title, d.Author, d.Outlet, d.Published, d.Language, d.Text,
		r.Ledger, now); err != nil {
		return err
	}
	if _, err := w.docFTS.ExecContext(ctx, in.ID, d.Title, d.Text); err != nil {
		return err
	}
	for _, c := range r.Claims {
		*lastClaim++
		id := *lastClaim
		if _, err := w.claim.ExecContext(ctx, id, in.ID, c.N, c.ID, c.SourceText, c.SourceName, c.SourceFold, c.Cue,
			c.Content, c.Stance, c.Form, c.Belief, c.Hedged, c.Verification, c.Date, c.Start, c.End,
			c.JSON, c.Quantities); err != nil {
			return err
		}
		if _, err := w.claimFTS.ExecContext(ctx, id, c.SourceText, c.SourceName, c.Cue, c.Content); err != nil {
			return err
		}
	}
	for _, q := range r.Quantities {
		if _, err := w.quantity.ExecContext(ctx, in.ID, q.ClaimID, q.EventDate, q.Actor, q.Category, q.Value,
			q.Low, q.High, q.Qualifier, q.Object, q.Text, q.Place, q.Country, q.Lat, q.Lon, q.Outlet, q.URL,
			q.DocumentID, q.Start, q.End); err != nil {
			return err
		}
	}
	for _, p := range r.Places {
		if _, err := w.place.ExecContext(ctx, in.ID, p.Name, p.Country, p.NameFold, p.CountryFold, p.Lat, p.Lon); err != nil {
			return err
		}
	}
	return nil
}
