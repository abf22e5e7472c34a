package storage

import (
	"context"
	"encoding/json"

	"github.com/claimledger/claimledger"
)

// StoryLink is a document's place in a story: which story, whether it is a
// syndicated copy of another document, and why it joined.
type StoryLink struct {
	Key    string          `json:"key"`               // the document's key
	Story  int64           `json:"story"`             // the story's id
	CopyOf string          `json:"copy_of,omitempty"` // key of the document it copies, or ""
	Why    json.RawMessage `json:"why,omitempty"`     // the linker's reasons, kept as given
	Seq    int64           `json:"seq"`               // order of linking; set by the store
}

// StorySummary is what a story list shows. A story merged into another
// keeps its row, with MergedInto set, so that old ids still lead somewhere.
type StorySummary struct {
	ID    int64  `json:"id"`
	Title string `json:"title"`
	// First and Last are the dates of its first and last documents,
	// YYYY-MM-DD, or "".
	First      string   `json:"first,omitempty"`
	Last       string   `json:"last,omitempty"`
	Places     []string `json:"places"`
	Actors     []string `json:"actors"`
	Documents  int      `json:"documents"`
	MergedInto int64    `json:"merged_into,omitempty"`
}

// StoryDocument is one document of a story: its link and the ledger of its
// latest version.
type StoryDocument struct {
	Link   StoryLink
	Outlet string
	Ledger claimledger.Document
}

// StatusRecord is one change of a claim group's verification status. The
// history is appended to, never rewritten: a record already stored is
// skipped, whatever else changes.
type StatusRecord struct {
	Story  int64  `json:"story"`
	Group  string `json:"group"` // the group's first mention, "KEY#c4": stable when stories merge
	Status string `json:"status"`
	Doc    string `json:"doc"` // key of the document that caused the change
	Reason string `json:"reason"`
	At     string `json:"at,omitempty"` // when it was recorded; set by the store
}

// Stories keeps stories: which documents report the same event, and the
// verification history of their claims.
type Stories interface {
	// SaveStories records, in one transaction, new links and the state of
	// the stories they touch. A summary with MergedInto set moves the
	// links of that story to the one it merged into. The store counts a
	// story's documents itself and widens its dates to what it held, so a
	// caller that knows only a story's recent documents loses nothing.
	SaveStories(ctx context.Context, links []StoryLink, stories []StorySummary) error
	// NextStoryID is one more than the highest story id stored, merged
	// stories included: where new ids start.
	NextStoryID(ctx context.Context) (int64, error)
	// StoryList returns the stories not merged into others, the most
	// recent first; limit 0 means all.
	StoryList(ctx context.Context, limit int) ([]StorySummary, error)
	// Story returns a story and its documents in linking order; a merged
	// story's id gives the story it merged into. ok is false when no story
	// has the id.
	Story(ctx context.Context, id int64) (s StorySummary, docs []StoryDocument, ok bool, err error)
	// LinkedSince calls fn, in linking order, for the linked documents
	// published (or, without a date, stored) on or after since
	// (YYYY-MM-DD): what a linker needs to go on where it stopped.
	LinkedSince(ctx context.Context, since string, fn func(StoryDocument) error) error
	// Unlinked calls fn, in storing order, for the latest documents in no
	// story (Link.Story is 0): those stored by a run that stopped before
	// linking them.
	Unlinked(ctx context.Context, fn func(StoryDocument) error) error
	// LinkedKeys reports which of the keys are in a story already.
	LinkedKeys(ctx context.Context, keys []string) (map[string]bool, error)
	// StoryOf returns the id of the story the document with key is in, 0
	// when it is in none.
	StoryOf(ctx context.Context, key string) (int64, error)
	// AppendStatus stores the records not stored yet and returns how many.
	AppendStatus(ctx context.Context, recs []StatusRecord) (int, error)
	// StatusHistory returns a story's records in the order they were
	// stored.
	StatusHistory(ctx context.Context, story int64) ([]StatusRecord, error)
}

// JSONList encodes a list of names for a text column: "[]" for none.
func JSONList(names []string) string {
	if len(names) == 0 {
		return "[]"
	}
	b, _ := json.Marshal(names)
	return string(b)
}

// GenerationSQL is the query of Store.Generation in both stores: the sum of
// the highest ids of what only ever grows.
const GenerationSQL = `SELECT (SELECT coalesce(max(id), 0) FROM documents)
	+ (SELECT coalesce(max(seq), 0) FROM story_links) + (SELECT coalesce(max(id), 0) FROM status_history)`
