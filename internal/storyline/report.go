package storyline

import (
	"context"
	"encoding/json"
	"strings"

	"github.com/claimledger/claimledger/internal/crossdoc"
	"github.com/claimledger/claimledger/internal/storage"
)

// Report is a story as `story --format json`, `export --format stories`
// and the HTTP API give it: its summary, documents, claim groups,
// contradictions, figures and the history of statuses.
type Report struct {
	Story     storage.StorySummary `json:"story"`
	Documents []ReportDoc          `json:"documents"`
	crossdoc.Analysis
	History []storage.StatusRecord `json:"history"`
}

// ReportDoc is one document of a story report.
type ReportDoc struct {
	Key       string          `json:"key"`
	ID        string          `json:"id"`
	Title     string          `json:"title,omitempty"`
	Outlet    string          `json:"outlet,omitempty"`
	URL       string          `json:"url,omitempty"`
	Published string          `json:"published,omitempty"`
	CopyOf    string          `json:"copy_of,omitempty"`
	Why       json.RawMessage `json:"why,omitempty"`
}

// Load assembles the report of story id, with the stored documents it was
// made from; ok is false when no story has the id.
func Load(ctx context.Context, st storage.Store, id int64) (Report, []storage.StoryDocument, bool, error) {
	s, docs, ok, err := st.Story(ctx, id)
	if err != nil || !ok {
		return Report{}, nil, ok, err
	}
	r := Report{Story: s, Analysis: Analyze(docs), Documents: []ReportDoc{}}
	for _, d := range docs {
		r.Documents = append(r.Documents, ReportDoc{Key: d.Link.Key, ID: d.Ledger.ID, Title: Title(d.Ledger.Title, d.Ledger.Text),
			Outlet: d.Outlet, URL: d.Ledger.URL, Published: d.Ledger.Published, CopyOf: d.Link.CopyOf, Why: d.Link.Why})
	}
	r.History, err = st.StatusHistory(ctx, s.ID)
	if r.History == nil {
		r.History = []storage.StatusRecord{}
	}
	return r, docs, true, err
}

// Title is a document's title, else its first line: a headline as a
// rule.
func Title(title, text string) string {
	if title != "" {
		return title
	}
	line, _, _ := strings.Cut(strings.TrimSpace(text), "\n")
	return OneLine(line, 120)
}

// OneLine folds s onto one line of at most max code points, ending in "…"
// when cut.
func OneLine(s string, max int) string {
	s = strings.Join(strings.Fields(s), " ")
	if r := []rune(s); len(r) > max {
		return string(r[:max-1]) + "…"
	}
	return s
}
