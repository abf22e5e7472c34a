package storage

import (
	"context"

	"github.com/claimledger/claimledger"
)

// DocumentSummary is one line of a list of documents.
type DocumentSummary struct {
	DocumentRef
	Key      string `json:"key"`
	Claims   int    `json:"claims"`
	StoredAt string `json:"stored_at"` // RFC 3339, UTC, to the second: when this version was stored
}

// SourceCount is one claimant and how much it claims: a source as the
// ledgers resolve it (its entity's name), else as written. Sources are
// told apart without regard to case ("The army" and "the army" are one),
// the same way in every store, and shown by their first spelling in byte
// order ("THE ARMY" before "The army").
type SourceCount struct {
	Name      string `json:"name"`
	Entity    bool   `json:"entity"` // Name is a resolved entity, not text as written
	Claims    int    `json:"claims"`
	Documents int    `json:"documents"`
	// Denials counts its claims of stance deny: who contests most.
	Denials int `json:"denials"`
	// First and Last are the dates of its first and last claims (a
	// claim's time, else its document's publication date), YYYY-MM-DD or
	// shorter when only a month or a year is known; "" when none is.
	First string `json:"first,omitempty"`
	Last  string `json:"last,omitempty"`
}

// PlaceCount is one place the documents name, with how many name it. A
// place is a name and a country code as the ledgers write them.
type PlaceCount struct {
	Name    string `json:"name"`
	Country string `json:"country,omitempty"`
	// Lat and Lon are where the first stored document that gives the
	// place both puts it; nil when none does.
	Lat       *float64 `json:"lat,omitempty"`
	Lon       *float64 `json:"lon,omitempty"`
	Documents int      `json:"documents"`
}

// Rating is a reader's verdict on one claim, what a ClaimReview publishes.
type Rating struct {
	ID      int64  `json:"id"`       // set by the store
	Key     string `json:"key"`      // the document's key
	Version int    `json:"version"`  // the version whose claim was rated
	Claim   string `json:"claim_id"` // the claim's id in that version ("c3")
	// Value is 1 (false) to 5 (true), in the manner of ClaimReview's
	// reviewRating; Label names it ("False", "Misleading"...).
	Value int    `json:"value"`
	Label string `json:"label"`
	Note  string `json:"note,omitempty"`
	// Claimed and Claimant keep what was rated as it read then, so a later
	// version of the document cannot change a published review.
	Claimed  string `json:"claimed"`
	Claimant string `json:"claimant,omitempty"`
	At       string `json:"at"` // RFC 3339, UTC; set by the store
}

// Browser answers what a reader of the store asks for besides claims and
// stories: one document, the latest documents, who claims, where, and the
// ratings readers gave.
type Browser interface {
	// Document returns the latest version of the document with this key
	// and its ledger, the same as Ledgers gives; ok is false when no
	// document has the key.
	Document(ctx context.Context, key string) (s DocumentSummary, ledger claimledger.Document, ok bool, err error)
	// Documents lists latest versions, the most recently stored first:
	// in the reverse of the order keys were first stored, so a new
	// version keeps its document's place. It skips offset documents and
	// returns at most limit; limit 0 means all. A negative limit or
	// offset is an error wrapping ErrQuery.
	Documents(ctx context.Context, limit, offset int) ([]DocumentSummary, error)
	// Sources lists who claims in the latest documents, those with most
	// claims first, then by name in byte order, an entity before a
	// source as written of the same name; claims without a source are
	// left out. Entities only leaves out sources that resolve to no
	// entity. Limit 0 means all.
	Sources(ctx context.Context, entitiesOnly bool, limit int) ([]SourceCount, error)
	// Places lists the places latest documents name, the most named
	// first, then by name and country in byte order. Limit 0 means all.
	Places(ctx context.Context, limit int) ([]PlaceCount, error)
	// Rate stores a rating and returns it as stored, with its ID and At.
	// Rating the same claim of the same version again replaces Value,
	// Label, Note and At; the rating keeps its ID, Claimed and Claimant.
	// A Value outside 1 to 5, or no Key or Claim, is an error wrapping
	// ErrQuery. Texts are stored cleaned (see Clean).
	Rate(ctx context.Context, r Rating) (Rating, error)
	// Ratings returns the ratings of a document's claims (every document's
	// when key is ""), in the order they were first given.
	Ratings(ctx context.Context, key string) ([]Rating, error)
}
