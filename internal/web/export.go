package web

import (
	"encoding/json"
	"io"
	"net/http"
	"strconv"
	"strings"

	"github.com/claimledger/claimledger"
	"github.com/claimledger/claimledger/internal/export"
	"github.com/claimledger/claimledger/internal/storage"
	"github.com/claimledger/claimledger/internal/storyline"
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

func (s *server) exportDocumentCSV(w http.ResponseWriter, r *http.Request) {
	_, _, d, ok := s.pageDocument(w, r)
	if !ok {
		return
	}
	writeFiguresCSV(w, r, "figures-"+safeName(d.ID)+".csv", []claimledger.Document{d})
}

func (s *server) exportStoryCSV(w http.ResponseWriter, r *http.Request) {
	name := r.PathValue("id")
	idText, ok := strings.CutSuffix(name, ".csv")
	id, err := strconv.ParseInt(idText, 10, 64)
	if !ok || err != nil || id <= 0 {
		s.pageError(w, r, http.StatusNotFound, "Story exports are at /export/stories/ID.csv.")
		return
	}
	_, docs, found, err := storyline.Load(r.Context(), s.st, id)
	if err != nil {
		s.storePageError(w, r, err)
		return
	}
	if !found {
		s.pageError(w, r, http.StatusNotFound, "No story "+idText+".")
		return
	}
	var ledgers []claimledger.Document
	for _, d := range docs {
		ledgers = append(ledgers, d.Ledger)
	}
	writeFiguresCSV(w, r, "story-"+idText+"-figures.csv", ledgers)
}

func (s *server) exportClaimReview(w http.ResponseWriter, r *http.Request) {
	reviews, err := s.claimReviews(r, r.URL.Query().Get("key"))
	if err != nil {
		s.storePageError(w, r, err)
		return
	}
	w.Header().Set("Content-Disposition", `attachment; filename="claimreview.jsonld"`)
	w.Header().Set("Content-Type", "application/ld+json; charset=utf-8")
	writeIndented(w, reviews)
}

// safeName keeps the letters, digits, dots and dashes of s for a file
// name.
func safeName(s string) string {
	var b strings.Builder
	for _, r := range s {
		switch {
		case r >= 'a' && r <= 'z', r >= 'A' && r <= 'Z', r >= '0' && r <= '9', r == '-', r == '.':
			b.WriteRune(r)
		default:
			b.WriteByte('_')
		}
		if b.Len() >= 60 {
			break
		}
	}
	if b.Len() == 0 {
		return "document"
	}
	return b.String()
}
