package postgres

import (
	"context"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/claimledger/claimledger/internal/storage"
)

// Put stores a batch in one transaction in a handful of round trips: one
// to read what is stored under the batch's keys, one for row ids, then a
// COPY per table. Writers queue on an advisory lock, so two processes
// putting the same key never both add it.
func (s *Store) Put(ctx context.Context, docs []storage.Document) (storage.PutResult, error) {
	if len(docs) == 0 {
		return storage.PutResult{}, nil
	}
	tx, err := s.pool.Begin(ctx)
	if err != nil {
		return storage.PutResult{}, err
	}
	defer tx.Rollback(ctx)
	if _, err := tx.Exec(ctx, `SELECT pg_advisory_xact_lock($1)`, lockKey); err != nil {
		return storage.PutResult{}, err
	}
	stored, err := storedVersions(ctx, tx, storage.Keys(docs))
	if err != nil {
		return storage.PutResult{}, err
	}
	ids, err := nextIDs(ctx, tx, len(docs))
	if err != nil {
		return storage.PutResult{}, err
	}
	plan, err := storage.MakePlan(docs, stored, func() int64 { id := ids[0]; ids = ids[1:]; return id })
	if err != nil {
		return storage.PutResult{}, err
	}
	var t tables
	now := time.Now().UTC()
	for _, in := range plan.Inserts {
		if err := ctx.Err(); err != nil {
			return storage.PutResult{}, err
		}
		if err := t.add(in, now); err != nil {
			return storage.PutResult{}, err
		}
	}
	if len(plan.Retire) > 0 {
		if _, err := tx.Exec(ctx, `UPDATE documents SET latest = false WHERE id = ANY($1)`, plan.Retire); err != nil {
			return storage.PutResult{}, err
		}
	}
	for _, c := range []struct {
		table string
		cols  []string
		rows  [][]any
	}{
		{"documents", docColumns, t.docs},
		{"claims", claimColumns, t.claims},
		{"quantities", quantityColumns, t.quantities},
		{"places", placeColumns, t.places},
	} {
		if len(c.rows) == 0 {
			continue
		}
		if _, err := tx.CopyFrom(ctx, pgx.Identifier{c.table}, c.cols, pgx.CopyFromRows(c.rows)); err != nil {
			return storage.PutResult{}, err
		}
	}
	if err := tx.Commit(ctx); err != nil {
		return storage.PutResult{}, err
	}
	// The batch is stored: statistics that fail to refresh only slow
	// later queries down, so their error is not the Put's.
	_ = s.analyze(ctx, len(plan.Inserts))
	return plan.Result, nil
}

func storedVersions(ctx context.Context, tx pgx.Tx, keys []string) ([]storage.Stored, error) {
	rows, err := tx.Query(ctx, `SELECT key, hash, id, version, first, latest FROM documents WHERE key = ANY($1)`, keys)
	if err != nil {
		return nil, err
	}
	var out []storage.Stored
	var v storage.Stored
	_, err = pgx.ForEachRow(rows, []any{&v.Key, &v.Hash, &v.ID, &v.Version, &v.First, &v.Latest}, func() error {
		out = append(out, v)
		return nil
	})
	return out, err
}

// nextIDs takes n document ids from the sequence at once; ids of
// documents that turn out unchanged are simply never used.
func nextIDs(ctx context.Context, tx pgx.Tx, n int) ([]int64, error) {
	rows, err := tx.Query(ctx, `SELECT nextval(pg_get_serial_sequence('documents', 'id')) FROM generate_series(1, $1)`, n)
	if err != nil {
		return nil, err
	}
	return pgx.CollectRows(rows, pgx.RowTo[int64])
}

var (
	docColumns = []string{"id", "key", "hash", "version", "latest", "first", "origin", "doc_id", "url", "title",
		"author", "outlet", "published", "language", "text", "ledger", "ingested_at"}
	claimColumns = []string{"doc", "n", "claim_id", "source_text", "source_name", "source_fold", "cue", "content",
		"stance", "form", "belief", "hedged", "verification", "date", "span_start", "span_end", "claim", "quantities"}
	quantityColumns = []string{"doc", "claim_id", "event_date", "actor", "category", "value", "low", "high",
		"qualifier", "object", "text", "place", "country", "lat", "lon", "outlet", "url", "document_id",
		"span_start", "span_end"}
	placeColumns = []string{"doc", "name", "country", "name_fold", "country_fold", "lat", "lon"}
)

// tables gathers the rows of a batch for COPY.
type tables struct {
	docs, claims, quantities, places [][]any
}

func (t *tables) add(in storage.Insert, now time.Time) error {
	r, err := storage.Flatten(in.Doc)
	if err != nil {
		return err
	}
	d := r.Doc
	t.docs = append(t.docs, []any{in.ID, storage.Clean(in.Doc.Key), in.Doc.Hash, in.Version, in.Latest, in.First,
		storage.Clean(in.Doc.Origin), d.ID, d.URL, d.Title, d.Author, d.Outlet, d.Published, d.Language, d.Text,
		r.Ledger, now})
	for _, c := range r.Claims {
		t.claims = append(t.claims, []any{in.ID, c.N, c.ID, c.SourceText, c.SourceName, c.SourceFold, c.Cue, c.Content,
			c.Stance, c.Form, c.Belief, c.Hedged, c.Verification, c.Date, c.Start, c.End, c.JSON, c.Quantities})
	}
	for _, q := range r.Quantities {
		t.quantities = append(t.quantities, []any{in.ID, q.ClaimID, q.EventDate, q.Actor, q.Category, q.Value,
			q.Low, q.High, q.Qualifier, q.Object, q.Text, q.Place, q.Country, q.Lat, q.Lon, q.Outlet, q.URL,
			q.DocumentID, q.Start, q.End})
	}
	for _, p := range r.Places {
		t.places = append(t.places, []any{in.ID, p.Name, p.Country, p.NameFold, p.CountryFold, p.Lat, p.Lon})
	}
	return nil
}
