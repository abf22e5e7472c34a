package storage

import (
	"errors"
	"fmt"
)

// ErrNewerSchema is wrapped by the error of opening a database whose schema
// was migrated by a newer program: writing to it could lose what that
// program relies on, so it is refused rather than guessed at.
var ErrNewerSchema = errors.New("database schema is newer than this program")

// Stored is one version a store already holds, as Plan needs to know it.
type Stored struct {
	Key     string // as stored: cleaned
	Hash    string
	ID      int64 // row id of the version
	Version int
	First   int64 // row id of the key's first version: the key's place in storing order
	Latest  bool
}

// Insert is one document version a Put writes.
type Insert struct {
	Doc     *Document
	ID      int64
	Version int
	First   int64
	// Latest is false when a later document of the same batch replaces
	// this one, so that a batch never needs to update its own rows.
	Latest bool
}

// Plan is what one Put writes, decided before any write so that both stores
// do the same with the fewest round trips.
type Plan struct {
	Inserts []Insert
	// Retire lists stored versions that stop being the latest.
	Retire []int64
	Result PutResult
}

// MakePlan decides, for a batch, which documents are new, which are new
// versions of a stored key and which are already stored. stored holds every
// version of the batch's keys; nextID hands out row ids for new versions.
//
// A document whose key and hash match any stored version, or an earlier one
// of the same batch, is unchanged: re-reading an input whose key appears
// with two contents therefore adds nothing the second time.
func MakePlan(docs []Document, stored []Stored, nextID func() int64) (Plan, error) {
	type keyState struct {
		hashes  map[string]bool
		latest  int64 // row id, 0: none
		version int
		first   int64
		batch   int // index in Inserts of the latest version when it is in this batch, else -1
	}
	keys := map[string]*keyState{}
	state := func(k string) *keyState {
		s := keys[k]
		if s == nil {
			s = &keyState{hashes: map[string]bool{}, batch: -1}
			keys[k] = s
		}
		return s
	}
	for _, v := range stored {
		s := state(v.Key)
		s.hashes[v.Hash] = true
		if v.Version > s.version {
			s.version = v.Version
		}
		if v.Latest {
			s.latest = v.ID
		}
		s.first = v.First
	}
	var p Plan
	for i := range docs {
		d := &docs[i]
		if d.Key == "" || d.Hash == "" {
			return Plan{}, fmt.Errorf("storage: document %d (%q) has no key or hash: make it with NewDocument", i, d.Ledger.ID)
		}
		s := state(Clean(d.Key))
		if s.hashes[d.Hash] {
			p.Result.Unchanged++
			continue
		}
		s.hashes[d.Hash] = true
		in := Insert{Doc: d, ID: nextID(), Version: s.version + 1, Latest: true}
		if s.version == 0 {
			in.First = in.ID
			s.first = in.ID
			p.Result.New++
		} else {
			in.First = s.first
			p.Result.Versions++
			if s.batch >= 0 {
				p.Inserts[s.batch].Latest = false
			} else if s.latest != 0 {
				p.Retire = append(p.Retire, s.latest)
			}
		}
		s.version = in.Version
		s.latest = in.ID
		s.batch = len(p.Inserts)
		p.Inserts = append(p.Inserts, in)
	}
	return p, nil
}

// Keys lists the distinct keys of a batch as stored (see Clean), for
// looking up what is stored.
func Keys(docs []Document) []string {
	seen := make(map[string]bool, len(docs))
	keys := make([]string, 0, len(docs))
	for _, d := range docs {
		k := Clean(d.Key)
		if !seen[k] {
			seen[k] = true
			keys = append(keys, k)
		}
	}
	return keys
}
