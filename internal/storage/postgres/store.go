// Package postgres keeps ledgers in a PostgreSQL database, the store for
// teams and large archives. It behaves as the SQLite store does: both pass
// the same suite, storagetest.
package postgres

import (
	"context"
	"fmt"
	"sync"

	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/claimledger/claimledger/internal/storage"
)

// Store is a ledger store in a PostgreSQL database.
type Store struct {
	pool *pgxpool.Pool

	mu sync.Mutex
	// analyzedAt is how many versions the tables held when they were last
	// analyzed here. Put analyzes again when that number has doubled:
	// PostgreSQL plans by row estimates, and tables filled by one ingest
	// would otherwise be scanned whole until autovacuum gets round to them.
	analyzedAt int
	stored     int
}

var _ storage.Store = (*Store)(nil)

// lockKey names the advisory lock that queues writers (migrations and
// Puts) one behind the other, rather than failing one of two that add the
// same key at once.
const lockKey = 0x636c6d6c // "clml"

// Open connects to the database of a postgres:// URL and brings its schema
// up to date. The tables go in the first schema of the search path, which
// the URL may set (?search_path=...).
func Open(ctx context.Context, dsn string) (*Store, error) {
	pool, err := pgxpool.New(ctx, dsn)
	if err != nil {
		return nil, fmt.Errorf("postgres: %w", err)
	}
	if err := migrate(ctx, pool); err != nil {
		pool.Close()
		return nil, fmt.Errorf("postgres: %w", err)
	}
	st := &Store{pool: pool}
	if err := pool.QueryRow(ctx, `SELECT count(*) FROM documents`).Scan(&st.stored); err != nil {
		pool.Close()
		return nil, fmt.Errorf("postgres: %w", err)
	}
	st.analyzedAt = st.stored
	return st, nil
}

// analyze refreshes the planner's statistics once the store has grown
// enough since they were last taken here.
func (s *Store) analyze(ctx context.Context, added int) error {
	s.mu.Lock()
	s.stored += added
	due := s.stored >= 2*s.analyzedAt+100
	if due {
		s.analyzedAt = s.stored
	}
	s.mu.Unlock()
	if !due {
		return nil
	}
	_, err := s.pool.Exec(ctx, `ANALYZE documents, claims, quantities, places`)
	return err
}

// Close closes every connection.
func (s *Store) Close() error {
	s.pool.Close()
	return nil
}

// migrate applies the migrations the database lacks, each in a transaction
// that also records it.
func migrate(ctx context.Context, pool *pgxpool.Pool) error {
	return migrateTo(ctx, pool, len(migrations))
}

// migrateTo applies the missing migrations up to the n-th: all of them
// but in tests of upgrades, which make databases as older programs did.
func migrateTo(ctx context.Context, pool *pgxpool.Pool, n int) error {
	for {
		done, err := migrateOne(ctx, pool, n)
		if err != nil || done {
			return err
		}
	}
}

func migrateOne(ctx context.Context, pool *pgxpool.Pool, n int) (done bool, err error) {
	tx, err := pool.Begin(ctx)
	if err != nil {
		return false, err
	}
	defer tx.Rollback(ctx)
	if _, err := tx.Exec(ctx, `SELECT pg_advisory_xact_lock($1)`, lockKey); err != nil {
		return false, err
	}
	if _, err := tx.Exec(ctx, `CREATE TABLE IF NOT EXISTS schema_migrations (
		version integer PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())`); err != nil {
		return false, err
	}
	var have int
	if err := tx.QueryRow(ctx, `SELECT coalesce(max(version), 0) FROM schema_migrations`).Scan(&have); err != nil {
		return false, err
	}
	if have > len(migrations) {
		return false, fmt.Errorf("%w: version %d, this program knows up to %d; use a newer claimledger", storage.ErrNewerSchema, have, len(migrations))
	}
	if have >= n {
		return true, tx.Commit(ctx)
	}
	if _, err := tx.Exec(ctx, migrations[have]); err != nil {
		return false, fmt.Errorf("migration %d: %w", have+1, err)
	}
	if _, err := tx.Exec(ctx, `INSERT INTO schema_migrations (version) VALUES ($1)`, have+1); err != nil {
		return false, err
	}
	return false, tx.Commit(ctx)
}
