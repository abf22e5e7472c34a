package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"time"

	"github.com/claimledger/claimledger/internal/storage"
)

var _ storage.Stories = (*Store)(nil)

// SaveStories records links and story states in one transaction.
func (s *Store) SaveStories(ctx context.Context, links []storage.StoryLink, stories []storage.StorySummary) error {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	var seq int64
	if err := tx.QueryRowContext(ctx, `SELECT coalesce(max(seq), 0) FROM story_links`).Scan(&seq); err != nil {
		return err
	}
	link, err := tx.PrepareContext(ctx, `INSERT INTO story_links (key, story, copy_of, why, seq) VALUES (?, ?, ?, ?, ?)
		ON CONFLICT (key) DO UPDATE SET story = excluded.story`)
	if err != nil {
		return err
	}
	defer link.Close()
	for _, l := range links {
		seq++
		why := string(l.Why)
		if why == "" {
			why = "null"
		}
		if _, err := link.ExecContext(ctx, storage.Clean(l.Key), l.Story, storage.Clean(l.CopyOf), why, seq); err != nil {
			return err
		}
	}
	upsert, err := tx.PrepareContext(ctx, `INSERT INTO stories (id, title, first, last, places, actors, documents, merged_into)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET title = excluded.title,
		first = CASE WHEN stories.first <> '' AND (excluded.first = '' OR stories.first < excluded.first) THEN stories.first ELSE excluded.first END,
		last = CASE WHEN stories.last > excluded.last THEN stories.last ELSE excluded.last END,
		places = excluded.places, actors = excluded.actors, merged_into = excluded.merged_into`)
	if err != nil {
		return err
	}
	defer upsert.Close()
	count, err := tx.PrepareContext(ctx, `UPDATE stories SET documents = (SELECT count(*) FROM story_links WHERE story = ?1) WHERE id = ?1`)
	if err != nil {
		return err
	}
	defer count.Close()
	for _, st := range stories {
		if _, err := upsert.ExecContext(ctx, st.ID, storage.Clean(st.Title), st.First, st.Last,
			storage.JSONList(st.Places), storage.JSONList(st.Actors), st.Documents, st.MergedInto); err != nil {
			return err
		}
		if st.MergedInto != 0 {
			for _, q := range []string{
				`UPDATE story_links SET story = ? WHERE story = ?`,
				`UPDATE stories SET merged_into = ? WHERE merged_into = ?`,
			} {
				if _, err := tx.ExecContext(ctx, q, st.MergedInto, st.ID); err != nil {
					return err
				}
			}
		}
	}
	for _, st := range stories {
		target := st.ID
		if st.MergedInto != 0 {
			target = st.MergedInto
		}
		if _, err := count.ExecContext(ctx, target); err != nil {
			return err
		}
	}
	return tx.Commit()
}

// NextStoryID is where new story ids start.
func (s *Store) NextStoryID(ctx context.Context) (int64, error) {
	var n int64
	err := s.db.QueryRowContext(ctx, `SELECT coalesce(max(id), 0) + 1 FROM stories`).Scan(&n)
	return n, err
}

const storyColumns = `id, title, first, last, places, actors, documents, merged_into`

func scanStory(sc interface{ Scan(...any) error }) (storage.StorySummary, error) {
	var st storage.StorySummary
	var places, actors string
	if err := sc.Scan(&st.ID, &st.Title, &st.First, &st.Last, &places, &actors, &st.Documents, &st.MergedInto); err != nil {
		return st, err
	}
	if err := json.Unmarshal([]byte(places), &st.Places); err != nil {
		return st, err
	}
	return st, json.Unmarshal([]byte(actors), &st.Actors)
}

// StoryList returns the live stories, the latest first.
func (s *Store) StoryList(ctx context.Context, n int) ([]storage.StorySummary, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT `+storyColumns+` FROM stories WHERE merged_into = 0
		ORDER BY last DESC, id DESC`+limit(n))
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
	for range 64 { // merges point forward; a cycle would be a bug, not a loop
		var err error
		st, err = scanStory(s.db.QueryRowContext(ctx, `SELECT `+storyColumns+` FROM stories WHERE id = ?`, id))
		if err == sql.ErrNoRows {
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
	err := s.linked(ctx, `l.story = ?`, []any{st.ID}, func(d storage.StoryDocument) error {
		docs = append(docs, d)
		return nil
	})
	return st, docs, true, err
}

// LinkedSince calls fn for the linked documents of the last days.
func (s *Store) LinkedSince(ctx context.Context, since string, fn func(storage.StoryDocument) error) error {
	return s.linked(ctx, `(d.published >= ? OR d.published = '' AND d.ingested_at >= ?)`, []any{since, since}, fn)
}

func (s *Store) linked(ctx context.Context, where string, args []any, fn func(storage.StoryDocument) error) error {
	rows, err := s.db.QueryContext(ctx, `SELECT l.key, l.story, l.copy_of, l.why, l.seq, d.outlet, `+ledgerColumns+`
		FROM story_links l JOIN documents d ON d.key = l.key AND d.latest
		WHERE `+where+` ORDER BY l.seq`, args...)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var d storage.StoryDocument
		var why, ledger, text string
		var claims sql.NullString
		if err := rows.Scan(&d.Link.Key, &d.Link.Story, &d.Link.CopyOf, &why, &d.Link.Seq, &d.Outlet, &ledger, &text, &claims); err != nil {
			return err
		}
		d.Link.Why = json.RawMessage(why)
		if d.Ledger, err = assemble(ledger, text, claims); err != nil {
			return err
		}
		if err := fn(d); err != nil {
			return err
		}
	}
	return rows.Err()
}

// Unlinked calls fn for the latest documents in no story.
func (s *Store) Unlinked(ctx context.Context, fn func(storage.StoryDocument) error) error {
	rows, err := s.db.QueryContext(ctx, `SELECT d.key, d.outlet, `+ledgerColumns+`
		FROM documents d WHERE d.latest AND NOT EXISTS (SELECT 1 FROM story_links l WHERE l.key = d.key)
		ORDER BY d.first`)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var d storage.StoryDocument
		var ledger, text string
		var claims sql.NullString
		if err := rows.Scan(&d.Link.Key, &d.Outlet, &ledger, &text, &claims); err != nil {
			return err
		}
		if d.Ledger, err = assemble(ledger, text, claims); err != nil {
			return err
		}
		if err := fn(d); err != nil {
			return err
		}
	}
	return rows.Err()
}

// LinkedKeys reports which of the keys are in a story already.
func (s *Store) LinkedKeys(ctx context.Context, keys []string) (map[string]bool, error) {
	clean := make([]string, len(keys))
	for i, k := range keys {
		clean[i] = storage.Clean(k)
	}
	js, err := json.Marshal(clean)
	if err != nil {
		return nil, err
	}
	rows, err := s.db.QueryContext(ctx, `SELECT key FROM story_links WHERE key IN (SELECT value FROM json_each(?))`, string(js))
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := map[string]bool{}
	for rows.Next() {
		var k string
		if err := rows.Scan(&k); err != nil {
			return nil, err
		}
		out[k] = true
	}
	return out, rows.Err()
}

// AppendStatus inserts the records not stored yet.
func (s *Store) AppendStatus(ctx context.Context, recs []storage.StatusRecord) (int, error) {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return 0, err
	}
	defer tx.Rollback()
	now := time.Now().UTC().Format(time.RFC3339)
	added := 0
	for _, r := range recs {
		res, err := tx.ExecContext(ctx, `INSERT INTO status_history (story, grp, status, doc, reason, at)
			VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (grp, status, doc) DO NOTHING`,
			r.Story, storage.Clean(r.Group), r.Status, storage.Clean(r.Doc), storage.Clean(r.Reason), now)
		if err != nil {
			return 0, err
		}
		n, _ := res.RowsAffected()
		added += int(n)
	}
	return added, tx.Commit()
}

// StatusHistory returns a story's records, those of stories merged into it
// included, in the order they were stored.
func (s *Store) StatusHistory(ctx context.Context, story int64) ([]storage.StatusRecord, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT story, grp, status, doc, reason, at FROM status_history
		WHERE story = ? OR story IN (SELECT id FROM stories WHERE merged_into = ?) ORDER BY id`, story, story)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []storage.StatusRecord
	for rows.Next() {
		var r storage.StatusRecord
		if err := rows.Scan(&r.Story, &r.Group, &r.Status, &r.Doc, &r.Reason, &r.At); err != nil {
			return nil, err
		}
		out = append(out, r)
	}
	return out, rows.Err()
}

// StoryOf returns the story the document with key is in, or 0.
func (s *Store) StoryOf(ctx context.Context, key string) (int64, error) {
	var id int64
	err := s.db.QueryRowContext(ctx, `SELECT story FROM story_links WHERE key = ?`, storage.Clean(key)).Scan(&id)
	if err == sql.ErrNoRows {
		return 0, nil
	}
	return id, err
}

// Generation sums the highest ids of what only ever grows.
func (s *Store) Generation(ctx context.Context) (int64, error) {
	var g int64
	err := s.db.QueryRowContext(ctx, storage.GenerationSQL).Scan(&g)
	return g, err
}
