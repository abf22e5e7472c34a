package text

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Kind classifies a token.
type Kind uint8

const (
	Word      Kind = iota // letters, with inner hyphens, apostrophes and initial dots ("U.S.")
	Number                // starts with a digit: "70", "1,000", "2.5", "10th"
	Punct                 // any other single mark, or a run of dots or dashes
	QuoteMark             // a quotation mark
)

// Token is one word, number or mark. Lower is the lower-cased text, shared
// with the document text when it is already lower case.
type Token struct {
	Start, End int
	Lower      string
	Kind       Kind
	// Upper is true when the token starts with an upper-case letter.
	Upper bool
	// Open is set on quotation marks that open a quotation.
	Open bool
	// SpaceBefore is true when white space (or the start of text) precedes.
	SpaceBefore bool
}

// Text returns the token's characters.
func (d *Doc) TokenText(i int) string { t := d.Tokens[i]; return d.Text[t.Start:t.End] }

func tokenize(s string) []Token {
	toks := make([]Token, 0, len(s)/5+1)
	low, aligned := lowerAligned(s)
	space := true
	for i := 0; i < len(s); {
		r, n := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, n = utf8.DecodeRuneInString(s[i:])
		}
		switch {
		case r == ' ' || r == '\n' || r == '\t' || r == '\r' || r == 0xa0 || unicode.IsSpace(r):
			space = true
			i += n
			continue
		case isLetter(r):
			end := scanWord(s, i)
			// a possessive 's is its own token
			if p := possessive(s, i, end); p > i {
				toks = append(toks, mkToken(s, low, aligned, i, p, Word, space))
				toks = append(toks, mkToken(s, low, aligned, p, end, Word, false))
			} else {
				toks = append(toks, mkToken(s, low, aligned, i, end, Word, space))
			}
			i = end
		case r >= '0' && r <= '9':
			end := scanNumber(s, i)
			toks = append(toks, mkToken(s, low, aligned, i, end, Number, space))
			i = end
			// a possessive after a number is its own word: "Radio 4's"
			for _, q := range [...]string{"'s", "’s"} {
				if strings.HasPrefix(s[i:], q) && (i+len(q) == len(s) || !isLetter(firstRune(s[i+len(q):]))) {
					toks = append(toks, mkToken(s, low, aligned, i, i+len(q), Word, false))
					i += len(q)
					break
				}
			}
		case (r == '\'' || r == '`') && i+1 < len(s) && s[i+1] == byte(r):
			// typewriter double quotes: ''word'' and ``word''
			t := mkToken(s, low, aligned, i, i+2, QuoteMark, space)
			t.Open = r == '`' || space || i == 0
			toks = append(toks, t)
			i += 2
		case isQuoteRune(r):
			if (r == '\'' || r == '’') && !space && len(toks) > 0 && toks[len(toks)-1].End == i &&
				toks[len(toks)-1].Kind == Word && strings.HasSuffix(toks[len(toks)-1].Lower, "s") &&
				(i+n == len(s) || !isLetter(firstRune(s[i+n:]))) {
				// plural possessive: "soldiers'"
				toks = append(toks, mkToken(s, low, aligned, i, i+n, Word, false))
				i += n
				break
			}
			t := mkToken(s, low, aligned, i, i+n, QuoteMark, space)
			t.Open = opensQuote(s, i, n, r, space)
			toks = append(toks, t)
			i += n
		default:
			end := i + n
			if r == '.' || r == '-' || r == '—' || r == '–' {
				for end < len(s) && (s[end] == '.' && r == '.' || s[end] == '-' && r == '-') {
					end++
				}
			}
			toks = append(toks, mkToken(s, low, aligned, i, end, Punct, space))
			i = end
		}
		space = false
	}
	return toks
}

// lowerAligned lower-cases s in one allocation. aligned is false when some
// rune's lower case has another length in UTF-8, so that offsets into s do
// not hold in the lower-cased text.
func lowerAligned(s string) (string, bool) {
	b := make([]byte, len(s))
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			b[i] = c
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		l := unicode.ToLower(r)
		if r == utf8.RuneError || utf8.RuneLen(l) != n {
			if r == utf8.RuneError && n == 1 {
				b[i] = c
				i++
				continue
			}
			return "", false
		}
		utf8.EncodeRune(b[i:], l)
		i += n
	}
	return string(b), true
}

func mkToken(s, low string, aligned bool, a, b int, k Kind, space bool) Token {
	w := s[a:b]
	t := Token{Start: a, End: b, Kind: k, SpaceBefore: space}
	if aligned {
		t.Lower = low[a:b]
	} else {
		t.Lower = strings.ToLower(w)
	}
	r := firstRune(w)
	t.Upper = unicode.IsUpper(r)
	return t
}

func firstRune(s string) rune {
	if s == "" {
		return 0
	}
	if s[0] < utf8.RuneSelf {
		return rune(s[0])
	}
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

func isLetter(r rune) bool {
	if r < utf8.RuneSelf {
		return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z'
	}
	return unicode.IsLetter(r) || unicode.Is(unicode.Mn, r)
}

func isDigit(r rune) bool { return r >= '0' && r <= '9' }

func isQuoteRune(r rune) bool {
	switch r {
	case '"', '\'', '“', '”', '‘', '’', '«', '»', '„', '‟':
		return true
	}
	return false
}

// scanWord reads letters and digits, joined by single inner hyphens or
// apostrophes, and initials with dots ("U.S.", "D.C.").
func scanWord(s string, i int) int {
	start := i
	for i < len(s) {
		r, n := utf8.DecodeRuneInString(s[i:])
		if isLetter(r) || isDigit(r) {
			i += n
			continue
		}
		if r == '-' || r == '\'' || r == '’' || r == '‐' {
			if j := i + n; j < len(s) {
				r2, _ := utf8.DecodeRuneInString(s[j:])
				if isLetter(r2) || (r == '-' && isDigit(r2)) {
					i = j
					continue
				}
			}
		}
		if r == '.' && i-start >= 1 && isInitials(s[start:i]) {
			// "U.S." style: a letter, a dot, a letter...
			if j := i + 1; j < len(s) && isLetter(rune(s[j])) && (j+1 == len(s) || s[j+1] == '.') {
				i = j
				continue
			}
			if i > start+1 && strings.Contains(s[start:i], ".") {
				return i + 1 // the final dot of "U.S."
			}
		}
		break
	}
	return i
}

// isInitials reports whether w looks like "U" or "U.S".
func isInitials(w string) bool {
	for k, c := range w {
		if k%2 == 0 && !(c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z') {
			return false
		}
		if k%2 == 1 && c != '.' {
			return false
		}
	}
	return true
}

// possessive returns where a final "'s" starts in s[a:b], or a.
func possessive(s string, a, b int) int {
	w := s[a:b]
	for _, q := range []string{"'s", "’s", "'S", "’S"} {
		if strings.HasSuffix(w, q) && len(w) > len(q) {
			return b - len(q)
		}
	}
	return a
}

func scanNumber(s string, i int) int {
	for i < len(s) {
		c := s[i]
		if c >= '0' && c <= '9' {
			i++
			continue
		}
		if (c == ',' || c == '.') && i+1 < len(s) && s[i+1] >= '0' && s[i+1] <= '9' {
			i++
			continue
		}
		break
	}
	// ordinal and unit suffixes: "10th", "1990s", "5km"
	j := i
	for j < len(s) && (s[j] >= 'a' && s[j] <= 'z' || s[j] >= 'A' && s[j] <= 'Z') {
		j++
	}
	if j-i <= 3 {
		i = j
	}
	return i
}

// opensQuote decides whether a quotation mark opens or closes.
func opensQuote(s string, i, n int, r rune, space bool) bool {
	switch r {
	case '“', '‘', '«', '„', '‟':
		return true
	case '”', '’', '»':
		return false
	}
	if space || i == 0 {
		return true
	}
	prev, _ := utf8.DecodeLastRuneInString(s[:i])
	return prev == '(' || prev == '[' || prev == '—' || prev == '-' || prev == '/'
}
