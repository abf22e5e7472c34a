package postgres

import (
	"context"
	"errors"
	"os"
	"testing"

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
