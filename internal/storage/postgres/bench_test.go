package postgres

import (
	"testing"

	"github.com/claimledger/claimledger/internal/storage"
	"github.com/claimledger/claimledger/internal/storage/storagetest"
)

func open(b *testing.B) storage.Store { return openTemp(b) }

func BenchmarkPut(b *testing.B)    { storagetest.BenchPut(b, open) }
func BenchmarkSearch(b *testing.B) { storagetest.BenchSearch(b, open) }
func BenchmarkClaims(b *testing.B) { storagetest.BenchClaims(b, open) }
