package storage

import (
	"fmt"
	"regexp"
	"strings"
	"unicode"
)

// maxWords caps a search: a pasted paragraph would otherwise become a
// query with hundreds of terms that all must occur, which finds nothing
// slowly.
const maxWords = 32

// SearchWords splits a user's query into the words a full-text index holds:
// runs of letters, marks and digits, lower-cased, each once. Everything
// else (quotes, operators, brackets, column prefixes) separates words, so
// no input can be a syntax error in the database's query language. An error
// wrapping ErrQuery says that nothing searchable is left.
func SearchWords(query string) ([]string, error) {
	fields := strings.FieldsFunc(Clean(query), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && !unicode.IsMark(r)
	})
	seen := map[string]bool{}
	var words []string
	for _, f := range fields {
		f = strings.ToLower(f)
		if !seen[f] {
			seen[f] = true
			words = append(words, f)
		}
	}
	if len(words) == 0 {
		return nil, fmt.Errorf("%w: %q has no words to search for", ErrQuery, query)
	}
	if len(words) > maxWords {
		return nil, fmt.Errorf("%w: %d words; search for at most %d", ErrQuery, len(words), maxWords)
	}
	return words, nil
}

// FTS5Query quotes each word as an FTS5 string, so that every word must
// occur and none is read as an operator ("AND", "NEAR") or column name.
func FTS5Query(words []string) string {
	var b strings.Builder
	for i, w := range words {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteByte('"')
		b.WriteString(strings.ReplaceAll(w, `"`, `""`))
		b.WriteByte('"')
	}
	return b.String()
}

var dateRE = regexp.MustCompile(`^\d{4}(-\d{2}(-\d{2})?)?$`)

// CheckFilter refuses filters no store can answer, with errors wrapping
// ErrQuery, so that both stores refuse the same ones.
func CheckFilter(f ClaimFilter) error {
	for _, d := range []struct{ name, v string }{{"from", f.From}, {"to", f.To}} {
		if d.v != "" && !dateRE.MatchString(d.v) {
			return fmt.Errorf("%w: %s date %q: want YYYY-MM-DD", ErrQuery, d.name, d.v)
		}
	}
	if f.Limit < 0 {
		return fmt.Errorf("%w: limit %d: want 0 or more", ErrQuery, f.Limit)
	}
	if f.Search != "" {
		if _, err := SearchWords(f.Search); err != nil {
			return err
		}
	}
	return nil
}

// AllowsClaimless reports whether a filter may select figures that belong to
// no claim: only when it says nothing about claims themselves.
func AllowsClaimless(f ClaimFilter) bool {
	return f.Search == "" && f.Source == "" && f.Stance == "" && !f.NoBelief
}

// DefaultSearchLimit is the number of hits Search returns when asked for 0.
const DefaultSearchLimit = 20
