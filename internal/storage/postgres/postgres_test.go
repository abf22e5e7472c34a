package postgres

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"net/url"
	"os"
	"testing"

	"github.com/jackc/pgx/v5"

	"github.com/claimledger/claimledger/internal/storage"
	"github.com/claimledger/claimledger/internal/storage/storagetest"
)

// testDSN gives a DSN whose search path is a new schema of its own, dropped
// when the test ends, so that runs and tests never see each other's rows.
func testDSN(t testing.TB) string {
	t.Helper()
	dsn := os.Getenv("CLAIMLEDGER_TEST_POSTGRES")
	if dsn == "" {
		t.Skip("CLAIMLEDGER_TEST_POSTGRES is not set: set it to a postgres:// URL to test the PostgreSQL store")
	}
	ctx := context.Background()
	conn, err := pgx.Connect(ctx, dsn)
	if err != nil {
		t.Fatalf("CLAIMLEDGER_TEST_POSTGRES: %v", err)
	}
	b := make([]byte, 6)
	rand.Read(b)
	schema := "claimledger_test_" + hex.EncodeToString(b)
	if _, err := conn.Exec(ctx, "CREATE SCHEMA "+schema); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		if _, err := conn.Exec(context.Background(), "DROP SCHEMA "+schema+" CASCADE"); err != nil {
			t.Errorf("dropping schema %s: %v", schema, err)
		}
		conn.Close(context.Background())
	})
	u, err := url.Parse(dsn)
	if err != nil {
		t.Fatal(err)
	}
	q := u.Query()
	q.Set("search_path", schema)
	u.RawQuery = q.Encode()
	return u.String()
}

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
