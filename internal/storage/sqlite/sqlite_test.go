package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"path/filepath"
	"strings"
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

// schema describes a database's tables, their columns and its indexes.
func schema(t *testing.T, db *sql.DB) string {
	t.Helper()
	rows, err := db.Query(`SELECT m.type, m.name, m.tbl_name, coalesce(c.name, ''), coalesce(c.type, ''), coalesce(c."notnull", 0),
			coalesce(c.dflt_value, ''), coalesce(c.pk, 0)
		FROM sqlite_schema m LEFT JOIN pragma_table_info(m.name) c ON m.type = 'table'
		WHERE m.name NOT LIKE 'sqlite_%' ORDER BY m.name, c.cid`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var b strings.Builder
	for rows.Next() {
		var typ, name, table, col, ctype, dflt string
		var notnull, pk int
		if err := rows.Scan(&typ, &name, &table, &col, &ctype, &notnull, &dflt, &pk); err != nil {
			t.Fatal(err)
		}
		fmt.Fprintf(&b, "%s %s on %s: %s %s %d %q %d\n", typ, name, table, col, ctype, notnull, dflt, pk)
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

// TestUpgradeFrom2 opens a file holding documents stored before migration
// 3: one made by the current program, then brought back to the schema of
// migration 2, which is checked against a file made by migrations 1 and 2
// alone.
func TestUpgradeFrom2(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	path := filepath.Join(dir, "old.db")
	st, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	old, err := sql.Open("sqlite", filepath.Join(dir, "v2.db"))
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
			`ALTER TABLE places DROP COLUMN lat`,
			`ALTER TABLE places DROP COLUMN lon`,
			`DELETE FROM schema_migrations WHERE version > 2`,
		} {
			if _, err := st.db.ExecContext(ctx, q); err != nil {
				t.Fatalf("%s: %v", q, err)
			}
		}
		if got, want := schema(t, st.db), schema(t, old); got != want {
			t.Fatalf("the downgraded file is not at migration 2:\n%s\nwant\n%s", got, want)
		}
		st.Close()
	}, func() storage.Store {
		if st, err = Open(ctx, path); err != nil {
			t.Fatalf("opening a file at migration 2: %v", err)
		}
		return st
	})
}
