package sqlite

import (
	"context"
	"errors"
	"path/filepath"
	"testing"

	"github.com/claimledger/claimledger/internal/storage"
	"github.com/claimledger/claimledger/internal/storage/storagetest"
)

func openTemp(t testing.TB) *Store {
	t.Helper()
	st, err := Open(context.Background(), filepath.Join(t.TempDir(), "ledger.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	return st
}

func TestStore(t *testing.T) {
	storagetest.Run(t, func(t *testing.T) storage.Store { return openTemp(t) })
}

func TestMigrations(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "m.db")
	st, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	var n, max int
	count := func() {
		t.Helper()
		if err := st.db.QueryRowContext(ctx, `SELECT count(*), max(version) FROM schema_migrations`).Scan(&n, &max); err != nil {
			t.Fatal(err)
		}
	}
	count()
	if n != len(migrations) || max != len(migrations) {
		t.Fatalf("%d migrations recorded up to %d, want %d", n, max, len(migrations))
	}
	var mode string
	if err := st.db.QueryRowContext(ctx, `PRAGMA journal_mode`).Scan(&mode); err != nil || mode != "wal" {
		t.Errorf("journal_mode %q (%v), want wal", mode, err)
	}
	st.Close()

	if st, err = Open(ctx, path); err != nil {
		t.Fatalf("reopening: %v", err)
	}
	count()
	if n != len(migrations) {
		t.Errorf("reopening an up-to-date file recorded %d migrations", n)
	}
	if _, err := st.db.ExecContext(ctx, `INSERT INTO schema_migrations VALUES (?, 'future')`, len(migrations)+1); err != nil {
		t.Fatal(err)
	}
	st.Close()
	if _, err := Open(ctx, path); !errors.Is(err, storage.ErrNewerSchema) {
		t.Errorf("opening a newer schema: %v, want ErrNewerSchema", err)
	}
}
