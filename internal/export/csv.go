// Package export writes what a store holds in the formats others read:
// figures as CSV rows in the manner of ACLED's event data, and readers'
// ratings of claims as schema.org ClaimReview JSON-LD.
package export

import (
	"encoding/csv"
	"io"
	"strconv"

	"github.com/claimledger/claimledger/internal/storage"
)

// CSVHeader names the columns of a figures export, in the manner of
// ACLED's.
var CSVHeader = []string{"event_date", "actor", "category", "value", "low", "high", "qualifier", "object", "text",
	"place", "country", "latitude", "longitude", "source", "source_url", "document_id", "claim_id", "start", "end"}

// CSV writes figures as CSV rows under CSVHeader.
type CSV struct{ w *csv.Writer }

// NewCSV starts a figures export on w, writing the header.
func NewCSV(w io.Writer) (*CSV, error) {
	c := &CSV{csv.NewWriter(w)}
	return c, c.w.Write(CSVHeader)
}

// Write writes one figure.
func (c *CSV) Write(q storage.QuantityRow) error {
	return c.w.Write([]string{q.EventDate, q.Actor, q.Category, num(&q.Value), num(q.Low), num(q.High), q.Qualifier,
		q.Object, q.Text, q.Place, q.Country, num(q.Lat), num(q.Lon), q.Outlet, q.URL, q.DocumentID, q.ClaimID,
		strconv.Itoa(q.Start), strconv.Itoa(q.End)})
}

// Flush writes out what is buffered and reports any error of the export.
func (c *CSV) Flush() error {
	c.w.Flush()
	return c.w.Error()
}

func num(p *float64) string {
	if p == nil {
		return ""
	}
	return strconv.FormatFloat(*p, 'f', -1, 64)
}
