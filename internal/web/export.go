package web

import (
	"encoding/json"
	"io"
	"net/http"

	"github.com/claimledger/claimledger"
	"github.com/claimledger/claimledger/internal/export"
	"github.com/claimledger/claimledger/internal/storage"
)

// writeFiguresCSV answers the figures of ledgers as the CSV rows that
// `claimledger export --format csv` writes, as a download named name.
func writeFiguresCSV(w http.ResponseWriter, r *http.Request, name string, ledgers []claimledger.Document) {
	w.Header().Set("Content-Type", "text/csv; charset=utf-8")
	w.Header().Set("Content-Disposition", `attachment; filename="`+name+`"`)
	out, _ := export.NewCSV(w)
	for _, d := range ledgers {
		rows, err := storage.Flatten(&storage.Document{Ledger: d})
		if err != nil {
			logError(r, err)
			break
		}
		for _, q := range rows.Quantities {
			if err := out.Write(q); err != nil {
				logError(r, err)
				return
			}
		}
	}
	if err := out.Flush(); err != nil {
		logError(r, err)
	}
}

func writeIndented(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", " ")
	return enc.Encode(v)
}
