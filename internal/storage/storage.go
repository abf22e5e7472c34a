// Package storage keeps ledgers: every version of every document with its
// claims, figures and places, behind one interface that a SQLite file
// (internal/storage/sqlite) and a PostgreSQL server
// (internal/storage/postgres) both implement the same way.
//
// A document is known by its key (its URL, or its id when it has none) and
// the hash of its content: putting the same document twice stores it once,
// and a changed document under the same key is a new version, the old one
// kept. Each Put is one transaction, so a process killed at any moment
// leaves whole batches or nothing.
package storage

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"

	"github.com/claimledger/claimledger"
)

// Document is one document to store: its ledger and where it was read.
type Document struct {
	// Key identifies the document across versions: its URL, or its id
	// when it has no URL. NewDocument fills it.
	Key string
	// Hash is the hex SHA-256 of the content that makes a version: the
	// text, title and publication date. NewDocument fills it.
	Hash string
	// Origin names what the document was read from: a file, a file and a
	// line or record, or "-".
	Origin string
	Ledger claimledger.Document
}

// PutResult counts what one Put did.
type PutResult struct {
	New       int // documents whose key was not stored before
	Versions  int // changed documents under a stored key: new versions
	Unchanged int // documents already stored with the same content: skipped
}

// ClaimFilter selects claims; empty fields select everything. Only the
// latest version of each document is searched.
type ClaimFilter struct {
	// Source matches, case-insensitively, a part of the source as written
	// or of the entity it resolves to ("ministry", "Peskov").
	Source   string
	Stance   string // claimledger.Stance*
	Category string // claims carrying a figure of this category ("killed")
	// Place matches the name or the country code of a place the claim's
	// document names ("Bakhmut", "UA").
	Place string
	// From and To bound the claim's date (its time, else its document's
	// publication date), YYYY-MM-DD, inclusive.
	From, To string
	// Search is a full-text query over the claims' source, cue and
	// content: words, all of which must occur.
	Search string
	// NoBelief leaves out attributions of beliefs and intentions.
	NoBelief bool
	// Limit caps the number of claims; 0 means no cap.
	Limit int
}

// DocumentRef says which document a row comes from.
type DocumentRef struct {
	ID        string `json:"id"`
	Version   int    `json:"version"`
	URL       string `json:"url,omitempty"`
	Title     string `json:"title,omitempty"`
	Outlet    string `json:"outlet,omitempty"`
	Published string `json:"published,omitempty"`
	Language  string `json:"language"`
}

// ClaimRow is one stored claim with its document and figures.
type ClaimRow struct {
	Document DocumentRef `json:"document"`
	// Date is the claim's time, else its document's publication date.
	Date       string                 `json:"date,omitempty"`
	Claim      claimledger.Claim      `json:"claim"`
	Quantities []claimledger.Quantity `json:"quantities"`
}

// QuantityRow is one figure claimed, flat, in the manner of an ACLED event
// row: what CSV exports are made of.
type QuantityRow struct {
	EventDate  string   // the claim's date, else the document's publication date
	Actor      string   // who claims the figure: the source's entity, else the source as written
	Category   string   // claimledger category: killed, wounded...
	Value      float64  //
	Low, High  *float64 // nil: unbounded
	Qualifier  string
	Object     string // what is counted
	Text       string // the figure as written ("more than 70")
	Place      string // the place the claim names, else the first its document names
	Country    string
	Lat, Lon   *float64
	Outlet     string // the document's outlet, else its URL's host
	URL        string
	DocumentID string
	ClaimID    string // "" when the figure belongs to no claim
	Start, End int    // code point offsets of the figure in the document's text
}

// Hit is one document a full-text search found.
type Hit struct {
	Document DocumentRef `json:"document"`
	Snippet  string      `json:"snippet"`
}

// Stats counts what a store holds.
type Stats struct {
	Documents int // latest versions
	Versions  int // all versions
	Claims    int // of latest versions
}

// Store keeps ledgers. Implementations are safe for use by one writer and
// many readers at once.
type Store interface {
	// Put stores a batch in one transaction: all of it or, on error,
	// nothing.
	Put(ctx context.Context, docs []Document) (PutResult, error)
	// Claims calls fn for each claim the filter selects, ordered by
	// document and position in the text; an error from fn stops it.
	Claims(ctx context.Context, f ClaimFilter, fn func(ClaimRow) error) error
	// Quantities calls fn for each figure of the claims the filter
	// selects (with Search, Source and Stance applied to its claim);
	// figures that belong to no claim are included only when the filter
	// is empty but for Category, Place, From and To.
	Quantities(ctx context.Context, f ClaimFilter, fn func(QuantityRow) error) error
	// Ledgers calls fn with the ledger of the latest version of each
	// document, in the order they were first stored.
	Ledgers(ctx context.Context, fn func(claimledger.Document) error) error
	// Search runs a full-text query over documents' titles and texts and
	// returns the best matches first.
	Search(ctx context.Context, query string, limit int) ([]Hit, error)
	Stats(ctx context.Context) (Stats, error)
	// Generation is a number that grows whenever a document, a version, a
	// story link or a status is stored, and only then: what a cache of
	// anything made from them compares to know it is still good. It is
	// cheap: a few index lookups.
	Generation(ctx context.Context) (int64, error)
	Stories
	Browser
	Close() error
}

// ErrQuery is wrapped by errors about a malformed filter or query.
var ErrQuery = errors.New("bad query")

// NewDocument readies a ledger for storing, filling Key and Hash.
func NewDocument(origin string, d claimledger.Document) Document {
	key := d.URL
	if key == "" {
		key = d.ID
	}
	h := sha256.New()
	for _, s := range []string{d.Title, d.Published, d.Text} {
		h.Write([]byte(s))
		h.Write([]byte{0})
	}
	return Document{Key: key, Hash: hex.EncodeToString(h.Sum(nil)), Origin: origin, Ledger: d}
}
