// Package stories groups documents about the same event into stories as they
// arrive. Syndicated copies (one wire text in several outlets) are found by
// MinHash over word shingles and join their original's story as one report;
// other documents join the story whose recent documents share the most
// distinctive entities, places and words with them, and a document close to
// two stories merges them. Every decision carries its reasons.
//
// The linker keeps in memory only the documents within a time window of the
// newest date seen, each as a signature and a capped term vector, so linking
// costs the same at a hundred documents as at a hundred thousand.
package stories

import (
	"time"
)

// Doc is what linking needs of one document.
type Doc struct {
	ID        string    // the document's key (URL or id), unique
	Published time.Time // zero when unknown
	Title     string
	Text      string
	Entities  []Entity // the ledger's entities: canonical name and type (person, org, gpe, group)
	Places    []string // the ledger's place names (canonical, e.g. "Bakhmut")
}

// Entity is a ledger entity as linking sees it.
type Entity struct{ Name, Type string }

// Link is the decision for one document, with the reasons a person can read.
type Link struct {
	Story  int64   // the story the document joined (new or existing)
	New    bool    // the document started the story
	Merged []int64 // stories merged into Story because this document joins them all
	CopyOf string  // ID of the earlier document this one is a syndicated copy of, or ""
	Why    Why
}

// Why holds the evidence for a Link, every field filled as far as it applies.
type Why struct {
	Score          float64  // the linking score against the chosen story (0 for a new story)
	TextSimilarity float64  // estimated Jaccard of text shingles with Closest
	SharedEntities []string // entity names shared with Closest, most distinctive first
	SharedPlaces   []string // place names shared with Closest, most distinctive first
	SharedTerms    []string // distinctive words shared with Closest, highest weight first
	DaysApart      int      // from the story's nearest date; -1 when a date is unknown
	Closest        string   // ID of the story's document that matched best
	Reason         string   // one line a reader can check
}

// Story is a group of documents reporting one event.
type Story struct {
	ID          int64
	Title       string // the title of its most central document
	First, Last time.Time
	Places      []string          // most mentioned first
	Actors      []string          // main entities, most mentioned first
	Docs        []string          // document IDs in arrival order
	Copies      map[string]string // copy ID -> original ID
}

// Options tune the linker; zero values take the defaults.
type Options struct {
	// Window is how far apart in time two reports of one event may be;
	// documents older than Window before the newest date seen leave the
	// indexes. Default 4 days.
	Window time.Duration
	// Threshold is the score a document needs with a story to join it.
	// Default 0.2: independent reports of one event score 0.3 to 0.6 with
	// each other, reports of other events in the same war 0.02 to 0.1.
	Threshold float64
	// MergeThreshold is the score a document needs with each of two or more
	// stories to merge them. It is above Threshold because a round-up that
	// touches several events scores a little with each and should not fuse
	// them. Default 0.3.
	MergeThreshold float64
	// CopyThreshold is the estimated Jaccard similarity of word shingles
	// above which a document is a syndicated copy. Default 0.6.
	CopyThreshold float64
	// FirstID is the id of the first story this linker creates (default
	// 1): a store that holds stories older than those replayed into the
	// linker gives the id after its highest, so that none is reused.
	FirstID int64
	// Forget drops a story from memory once none of its documents is
	// indexed any more (no later document can join it), so that memory is
	// bounded by the window, not by the documents linked: for a caller
	// that keeps the stories elsewhere, as a store does. Story and Stories
	// then know only the stories still open.
	Forget bool
}

const (
	defaultWindow    = 4 * 24 * time.Hour
	defaultThreshold = 0.2
	defaultMerge     = 0.3
	defaultCopy      = 0.6
	// unknownDate scales the score of a pair when either date is unknown:
	// with no date to agree on, the text must agree more.
	unknownDate = 0.75
	// perDay is the share of score lost per day between two documents.
	perDay = 0.075
)

// New returns an empty linker.
func New(opts Options) *Linker {
	if opts.Window <= 0 {
		opts.Window = defaultWindow
	}
	if opts.Threshold <= 0 {
		opts.Threshold = defaultThreshold
	}
	if opts.MergeThreshold <= 0 {
		opts.MergeThreshold = defaultMerge
	}
	if opts.CopyThreshold <= 0 {
		opts.CopyThreshold = defaultCopy
	}
	if opts.FirstID <= 0 {
		opts.FirstID = 1
	}
	return &Linker{
		opts:     opts,
		names:    map[uint64]*name{},
		df:       new(sketch),
		post:     map[uint64][]*doc{},
		lsh:      map[uint64][]*doc{},
		stories:  map[int64]*story{},
		redirect: map[int64]int64{},
		next:     opts.FirstID,
	}
}
