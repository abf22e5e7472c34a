// Package quantities finds reported numbers of people and things.
package quantities

import (
	"github.com/claimledger/claimledger"
	"github.com/claimledger/claimledger/internal/text"
)

// Find returns the quantities in d; their Claim is left for the caller.
func Find(d *text.Doc) []claimledger.Quantity { return nil }
