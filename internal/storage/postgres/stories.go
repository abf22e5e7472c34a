package postgres

import (
	"context"
	"encoding/json"
	"errors"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/claimledger/claimledger/internal/storage"
)

var _ storage.Stories = (*Store)(nil)

// SaveStories records links and story states in one transaction, behind
// the writers' lock.
func (s *Store) SaveStories(ctx context.Context, links []storage.StoryLink, stories []storage.StorySummary) error {
	tx, err := s.pool.Begin(ctx)
	if err != nil {
		return err
	}
	defer tx.Rollback(ctx)
	if _, err := tx.Exec(ctx, `SELECT pg_advisory_xact_lock($1)`, lockKey); err != nil {
		return err
	}
	var seq int64
	if err := tx.QueryRow(ctx, `SELECT coalesce(max(seq), 0) FROM story_links`).Scan(&seq); err != nil {
		return err
	}
	b := &pgx.Batch{}
	for _, l := range links {
		seq++
		why := string(l.Why)
		if why == "" {
			why = "null"
		}
		b.Queue(`INSERT INTO story_links (key, story, copy_of, why, seq) VALUES ($1, $2, $3, $4, $5)
			ON CONFLICT (key) DO UPDATE SET story = excluded.story`,
			storage.Clean(l.Key), l.Story, storage.Clean(l.CopyOf), why, seq)
	}
	for _, st := range stories {
		b.Queue(`INSERT INTO stories (id, title, first, last, places, actors, documents, merged_into)
			VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT (id) DO UPDATE SET title = excluded.title,
			first = CASE WHEN stories.first <> '' AND (excluded.first = '' OR stories.first < excluded.first) THEN stories.first ELSE excluded.first END,
			last = CASE WHEN stories.last > excluded.last THEN stories.last ELSE excluded.last END,
			places = excluded.places, actors = excluded.actors, merged_into = excluded.merged_into`,
			st.ID, storage.Clean(st.Title), st.First, st.Last, storage.JSONList(st.Places), storage.JSONList(st.Actors),
			st.Documents, st.MergedInto)
		if st.MergedInto != 0 {
			b.Queue(`UPDATE story_links SET story = $1 WHERE story = $2`, st.MergedInto, st.ID)
			b.Queue(`UPDATE stories SET merged_into = $1 WHERE merged_into = $2`, st.MergedInto, st.ID)
		}
	}
	for _, st := range stories {
		target := st.ID
		if st.MergedInto != 0 {
			target = st.MergedInto
		}
		b.Queue(`UPDATE stories SET documents = (SELECT count(*) FROM story_links WHERE story = $1) WHERE id = $1`, target)
	}
	if err := tx.SendBatch(ctx, b).Close(); err != nil {
		return err
	}
	return tx.Commit(ctx)
}

// NextStoryID is where new story ids start.
func (s *Store) NextStoryID(ctx context.Context) (int64, error) {
	var n int64
	err := s.pool.QueryRow(ctx, `SELECT coalesce(max(id), 0) + 1 FROM stories`).Scan(&n)
	return n, err
}

const storyColumns = `id, title, first, last, places, actors, documents, merged_into`

func scanStory(row pgx.Row) (storage.StorySummary, error) {
	var st storage.StorySummary
	var places, actors string
	if err := row.Scan(&st.ID, &st.Title, &st.First, &st.Last, &places, &actors, &st.Documents, &st.MergedInto); err != nil {
		return st, err
	}
	if err := json.Unmarshal([]byte(places), &st.Places); err != nil {
		return st, err
	}
	return st, json.Unmarshal([]byte(actors), &st.Actors)
}

// StoryList returns the live stories, the latest first.
func (s *Store) StoryList(ctx context.Context, n int) ([]storage.StorySummary, error) {
	q := `SELECT ` + storyColumns + ` FROM stories WHERE merged_into = 0 ORDER BY last DESC, id DESC`
	args := []any{}
	if n > 0 {
		q += ` LIMIT $1`
		args = append(args, n)
	}
	rows, err := s.pool.Query(ctx, q, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []storage.StorySummary
	for rows.Next() {
		st, err := scanStory(rows)
		if err != nil {
			return nil, err
		}
		out = append(out, st)
	}
	return out, rows.Err()
}

// Story returns a story, following a merge, and its documents.
func (s *Store) Story(ctx context.Context, id int64) (storage.StorySummary, []storage.StoryDocument, bool, error) {
	var st storage.StorySummary
	for range 64 {
		var err error
		st, err = scanStory(s.pool.QueryRow(ctx, `SELECT `+storyColumns+` FROM stories WHERE id = $1`, id))
		if errors.Is(err, pgx.ErrNoRows) {
			return st, nil, false, nil
		}
		if err != nil {
			return st, nil, false, err
		}
		if st.MergedInto == 0 {
			break
		}
		id = st.MergedInto
	}
	var docs []storage.StoryDocument
	err := s.linked(ctx, `l.story = $1`, []any{st.ID}, func(d storage.StoryDocument) error {
		docs = append(docs, d)
		return nil
	})
	return st, docs, true, err
}

// LinkedSince calls fn for the linked documents of the last days.
func (s *Store) LinkedSince(ctx context.Context, since string, fn func(storage.StoryDocument) error) error {
	return s.linked(ctx, `(d.published >= $1 OR d.published = '' AND d.ingested_at >= $1::date)`, []any{since}, fn)
}

func (s *Store) linked(ctx context.Context, where string, args []any, fn func(storage.StoryDocument) error) error {
	rows, err := s.pool.Query(ctx, `SELECT l.key, l.story, l.copy_of, l.why, l.seq, d.outlet, `+ledgerColumns+`
		FROM story_links l JOIN documents d ON d.key = l.key AND d.latest
		WHERE `+where+` ORDER BY l.seq`, args...)
	if err != nil {
		return err
	}
	var d storage.StoryDocument
	var why, ledger, text string
	var claims *string
	_, err = pgx.ForEachRow(rows, []any{&d.Link.Key, &d.Link.Story, &d.Link.CopyOf, &why, &d.Link.Seq, &d.Outlet, &ledger, &text, &claims}, func() error {
		return emitStoryDoc(d, why, ledger, text, claims, fn)
	})
	return err
}

func emitStoryDoc(d storage.StoryDocument, why, ledger, text string, claims *string, fn func(storage.StoryDocument) error) error {
	if why != "" {
		d.Link.Why = json.RawMessage(why)
	}
	var err error
	if d.Ledger, err = assemble(ledger, text, claims); err != nil {
		return err
	}
	return fn(d)
}

// Unlinked calls fn for the latest documents in no story.
func (s *Store) Unlinked(ctx context.Context, fn func(storage.StoryDocument) error) error {
	rows, err := s.pool.Query(ctx, `SELECT d.key, d.outlet, `+ledgerColumns+` FROM documents d
		WHERE d.latest AND NOT EXISTS (SELECT 1 FROM story_links l WHERE l.key = d.key) ORDER BY d.first`)
	if err != nil {
		return err
	}
	var d storage.StoryDocument
	var ledger, text string
	var claims *string
	_, err = pgx.ForEachRow(rows, []any{&d.Link.Key, &d.Outlet, &ledger, &text, &claims}, func() error {
		return emitStoryDoc(d, "", ledger, text, claims, fn)
	})
	return err
}

// LinkedKeys reports which of the keys are in a story already.
func (s *Store) LinkedKeys(ctx context.Context, keys []string) (map[string]bool, error) {
	clean := make([]string, len(keys))
	for i, k := range keys {
		clean[i] = storage.Clean(k)
	}
	rows, err := s.pool.Query(ctx, `SELECT key FROM story_links WHERE key = ANY($1)`, clean)
	if err != nil {
		return nil, err
	}
	out := map[string]bool{}
	var k string
	_, err = pgx.ForEachRow(rows, []any{&k}, func() error { out[k] = true; return nil })
	return out, err
}

// AppendStatus inserts the records not stored yet.
func (s *Store) AppendStatus(ctx context.Context, recs []storage.StatusRecord) (int, error) {
	tx, err := s.pool.Begin(ctx)
	if err != nil {
		return 0, err
	}
	defer tx.Rollback(ctx)
	added := 0
	for _, r := range recs {
		tag, err := tx.Exec(ctx, `INSERT INTO status_history (story, grp, status, doc, reason)
			VALUES ($1, $2, $3, $4, $5) ON CONFLICT (grp, status, doc) DO NOTHING`,
			r.Story, storage.Clean(r.Group), r.Status, storage.Clean(r.Doc), storage.Clean(r.Reason))
		if err != nil {
			return 0, err
		}
		added += int(tag.RowsAffected())
	}
	return added, tx.Commit(ctx)
}

// StatusHistory returns a story's records, those of stories merged into it
// included, in the order they were stored.
func (s *Store) StatusHistory(ctx context.Context, story int64) ([]storage.StatusRecord, error) {
	rows, err := s.pool.Query(ctx, `SELECT story, grp, status, doc, reason, at FROM status_history
		WHERE story = $1 OR story IN (SELECT id FROM stories WHERE merged_into = $1) ORDER BY id`, story)
	if err != nil {
		return nil, err
	}
	var out []storage.StatusRecord
	var r storage.StatusRecord
	var at time.Time
	_, err = pgx.ForEachRow(rows, []any{&r.Story, &r.Group, &r.Status, &r.Doc, &r.Reason, &at}, func() error {
		r.At = at.UTC().Format(time.RFC3339)
		out = append(out, r)
		return nil
	})
	return out, err
}

// StoryOf returns the story the document with key is in, or 0.
func (s *Store) StoryOf(ctx context.Context, key string) (int64, error) {
	var id int64
	err := s.pool.QueryRow(ctx, `SELECT story FROM story_links WHERE key = $1`, storage.Clean(key)).Scan(&id)
	if errors.Is(err, pgx.ErrNoRows) {
		return 0, nil
	}
	return id, err
}

// Generation sums the highest ids of what only ever grows.
func (s *Store) Generation(ctx context.Context) (int64, error) {
	var g int64
	err := s.pool.QueryRow(ctx, storage.GenerationSQL).Scan(&g)
	return g, err
}
