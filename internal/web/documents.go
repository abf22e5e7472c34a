package web

import (
	"net/http"

	"github.com/claimledger/claimledger/internal/storage"
)

// documentsPage lists the stored articles, the latest stored first, a page
// at a time.
type documentsPage struct {
	Documents  []storage.DocumentSummary
	Offset     int
	Prev, Next int // offsets of the pages before and after; -1 for none
}

func (documentsPage) PageTitle() string { return "Articles" }

// documentsPerPage is how many articles a page of the list shows.
const documentsPerPage = 50

func (s *server) documentList(w http.ResponseWriter, r *http.Request) {
	offset := 0
	if v := r.URL.Query().Get("offset"); v != "" {
		n, err := atoiPositive(v)
		if err != nil {
			s.pageError(w, r, http.StatusBadRequest, "offset "+err.Error())
			return
		}
		offset = n
	}
	docs, err := s.st.Documents(r.Context(), documentsPerPage+1, offset)
	if err != nil {
		s.storePageError(w, r, err)
		return
	}
	p := documentsPage{Documents: docs, Offset: offset, Prev: -1, Next: -1}
	if len(docs) > documentsPerPage {
		p.Documents, p.Next = docs[:documentsPerPage], offset+documentsPerPage
	}
	if offset > 0 {
		p.Prev = max(0, offset-documentsPerPage)
	}
	s.render(w, r, http.StatusOK, "documents", p)
}
