package storagetest

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"net/url"
	"os"
	"testing"

	"github.com/jackc/pgx/v5"
)

// PostgresDSN gives a DSN whose search path is a new schema of its own, dropped
// when the test ends, so that runs and tests never see each other's rows. It skips
// the test when CLAIMLEDGER_TEST_POSTGRES does not name a server.
func PostgresDSN(t testing.TB) string {
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
