package postgres

import (
	"context"
	"errors"
	"os"
	"strings"
	"testing"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/claimledger/claimledger/internal/storage"
	"github.com/claimledger/claimledger/internal/storage/storagetest"
)

// testDSN gives a DSN with a schema of its own; see storagetest.PostgresDSN.
func testDSN(t testing.TB) string { return storagetest.PostgresDSN(t) }

func openTemp(t testing.TB) *Store {
	t.Helper()
	st, err := Open(context.Background(), testDSN(t))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	return st
}

func TestStore(t *testing.T) {
	if os.Getenv("CLAIMLEDGER_TEST_POSTGRES") == "" {
		testDSN(t) // skips, once for the whole suite
	}
	storagetest.Run(t, func(t *testing.T) storage.Store { return openTemp(t) })
}

func TestMigrations(t *testing.T) {
	ctx := context.Background()
	dsn := testDSN(t)
	st, err := Open(ctx, dsn)
	if err != nil {
		t.Fatal(err)
	}
	var n, max int
	count := func() {
		t.Helper()
		if err := st.pool.QueryRow(ctx, `SELECT count(*), max(version) FROM schema_migrations`).Scan(&n, &max); err != nil {
			t.Fatal(err)
		}
	}
	count()
	if n != len(migrations) || max != len(migrations) {
		t.Fatalf("%d migrations recorded up to %d, want %d", n, max, len(migrations))
	}
	st.Close()
	if st, err = Open(ctx, dsn); err != nil {
		t.Fatalf("reopening: %v", err)
	}
	count()
	if n != len(migrations) {
		t.Errorf("reopening an up-to-date database recorded %d migrations", n)
	}
	if _, err := st.pool.Exec(ctx, `INSERT INTO schema_migrations (version) VALUES ($1)`, len(migrations)+1); err != nil {
		t.Fatal(err)
	}
	st.Close()
	if _, err := Open(ctx, dsn); !errors.Is(err, storage.ErrNewerSchema) {
		t.Errorf("opening a newer schema: %v, want ErrNewerSchema", err)
	}
}

// schema describes the tables, columns and indexes of the schema a pool's
// search path names.
func schema(t *testing.T, pool *pgxpool.Pool) string {
	t.Helper()
	rows, err := pool.Query(context.Background(), `SELECT 'column ' || table_name || '.' || column_name || ' ' || data_type || ' ' || is_nullable
		FROM information_schema.columns WHERE table_schema = current_schema()
		UNION ALL SELECT 'index ' || tablename || '.' || indexname FROM pg_indexes WHERE schemaname = current_schema()
		ORDER BY 1`)
	if err != nil {
		t.Fatal(err)
	}
	lines, err := pgx.CollectRows(rows, pgx.RowTo[string])
	if err != nil {
		t.Fatal(err)
	}
	return strings.Join(lines, "\n")
}

// TestUpgradeFrom2 opens a database holding documents stored before
// migration 3: one made by the current program, then brought back to the
// schema of migration 2, which is checked against one made by migrations
// 1 and 2 alone.
func TestUpgradeFrom2(t *testing.T) {
	ctx := context.Background()
	dsn := testDSN(t)
	st, err := Open(ctx, dsn)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	old, err := pgxpool.New(ctx, testDSN(t))
	if err != nil {
		t.Fatal(err)
	}
	defer old.Close()
	if err := migrateTo(ctx, old, 2); err != nil {
		t.Fatal(err)
	}
	storagetest.Upgrade(t, st, func() {
		for _, q := range []string{
			`DROP TABLE ratings`,
			`ALTER TABLE places DROP COLUMN lat, DROP COLUMN lon`,
			`DELETE FROM schema_migrations WHERE version > 2`,
		} {
			if _, err := st.pool.Exec(ctx, q); err != nil {
				t.Fatalf("%s: %v", q, err)
			}
		}
		if got, want := schema(t, st.pool), schema(t, old); got != want {
			t.Fatalf("the downgraded database is not at migration 2:\n%s\nwant\n%s", got, want)
		}
		st.Close()
	}, func() storage.Store {
		if st, err = Open(ctx, dsn); err != nil {
			t.Fatalf("opening a database at migration 2: %v", err)
		}
		return st
	})
}
