package main

import (
	"context"
	"flag"
	"os"
	"strings"

	"github.com/claimledger/claimledger/internal/storage"
	"github.com/claimledger/claimledger/internal/storage/postgres"
	"github.com/claimledger/claimledger/internal/storage/sqlite"
)

// defaultDB is the store used without --db: $CLAIMLEDGER_DB, else a SQLite
// file in the working folder.
func defaultDB() string {
	if db := os.Getenv("CLAIMLEDGER_DB"); db != "" {
		return db
	}
	return "claimledger.db"
}

func dbFlag(fs *flag.FlagSet) *string {
	return fs.String("db", defaultDB(), "SQLite file or postgres:// URL of the ledger ($CLAIMLEDGER_DB)")
}

// openStore opens a PostgreSQL store for postgres:// URLs and a SQLite file
// for anything else.
func openStore(ctx context.Context, db string) (storage.Store, error) {
	if strings.HasPrefix(db, "postgres://") || strings.HasPrefix(db, "postgresql://") {
		return postgres.Open(ctx, db)
	}
	return sqlite.Open(ctx, db)
}
