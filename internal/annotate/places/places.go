// Package places finds and geocodes place names.
package places

import (
	"github.com/claimledger/claimledger"
	"github.com/claimledger/claimledger/internal/text"
)

// Find returns the place names in d, geocoded.
func Find(d *text.Doc) []claimledger.Place { return nil }
