// Package times finds dates and durations and resolves them against the
// publication date.
package times

import (
	"time"

	"github.com/claimledger/claimledger"
	"github.com/claimledger/claimledger/internal/text"
)

// Find returns the dates and durations in d, resolved against published
// (the zero time when unknown).
func Find(d *text.Doc, published time.Time) []claimledger.Time { return nil }

// Dateline returns the date given at the top of the text
// ("KABUL, Afghanistan (Jan. 25, 2013)"), when there is one.
func Dateline(d *text.Doc) (time.Time, bool) { return time.Time{}, false }
