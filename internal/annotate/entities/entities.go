// Package entities finds people, organisations, countries and groups and
// groups their mentions.
package entities

import (
	"github.com/claimledger/claimledger"
	"github.com/claimledger/claimledger/internal/text"
)

// Set holds the entities of one document.
type Set struct {
	d    *text.Doc
	list []claimledger.Entity
}

// Find returns the named entities of d.
func Find(d *text.Doc) *Set { return &Set{d: d} }

// Resolve returns the ids of the entities a source phrase at bytes
// [start, end) names, adding an entity when the phrase names one not seen.
func (s *Set) Resolve(start, end int) []string { return nil }

// Antecedent returns the entity a pronoun at byte pos refers to, or "".
func (s *Set) Antecedent(pronoun string, pos int) string { return "" }

// Type returns the type of entity id, or "".
func (s *Set) Type(id string) string { return "" }

// Ledger returns the entities in output form.
func (s *Set) Ledger() []claimledger.Entity { return s.list }
