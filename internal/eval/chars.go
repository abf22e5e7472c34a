package eval

import "unicode"

// The character classes of Python 3.11's re module and str methods, which
// the independent scorer uses: a figure must not move by a single token
// because Go and Python disagree on what a word is.

// newInUnicode15 lists the letters and digits that Unicode 15 added. Go's
// tables know them; Python 3.11 (Unicode 14) does not count them as \w.
var newInUnicode15 = [...][2]rune{
	{0x1123F, 0x11240}, {0x11F02, 0x11F02}, {0x11F04, 0x11F10}, {0x11F12, 0x11F33},
	{0x11F50, 0x11F59}, {0x1342F, 0x1342F}, {0x13441, 0x13446}, {0x1B132, 0x1B132},
	{0x1B155, 0x1B155}, {0x1D2C0, 0x1D2D3}, {0x1DF25, 0x1DF2A}, {0x1E030, 0x1E06D},
	{0x1E4D0, 0x1E4EB}, {0x1E4F0, 0x1E4F9}, {0x2B739, 0x2B739}, {0x31350, 0x323AF},
}

// isWord is Python's Unicode \w: letters (L*), numbers (N*) and the
// underscore. Combining marks are not word characters in Python, so an
// accent written as a separate mark splits a word there, as it does in
// the scorer.
func isWord(r rune) bool {
	if r < 0x80 {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9' || r == '_'
	}
	if !unicode.IsLetter(r) && !unicode.IsNumber(r) {
		return false
	}
	if r >= 0x1123F {
		for _, rg := range newInUnicode15 {
			if rg[0] <= r && r <= rg[1] {
				return false
			}
		}
	}
	return true
}

// isSpace is Python's str.isspace: Go's white space plus the four
// information separators U+001C..U+001F.
func isSpace(r rune) bool {
	return unicode.IsSpace(r) || 0x1C <= r && r <= 0x1F
}

// foldASCII maps a character to the lower-case ASCII letter it matches
// under Python's re.IGNORECASE, or returns it unchanged: besides the ASCII
// capitals, dotted and dotless I match "i" and the long s matches "s".
func foldASCII(r rune) rune {
	switch {
	case 'A' <= r && r <= 'Z':
		return r + 'a' - 'A'
	case r == 0x130, r == 0x131:
		return 'i'
	case r == 0x17F:
		return 's'
	}
	return r
}

// speechWords are the alternatives of the scorer's SPEECH pattern that must
// end at a word boundary; speechStems are those followed by \w*, which
// always reach one, so that only their start matters.
var (
	speechWords = [...]string{"said", "says", "say", "saying", "told", "tell", "tells", "according to",
		"deny", "denies", "denied", "add", "added", "adds", "stated", "states", "wrote", "writes"}
	speechStems = [...]string{"claim", "accus", "announc", "report", "declar", "insist", "contend", "warn",
		"assert", "argu", "tweet", "explain", "acknowledg", "admit", "allege"}
)

// Speech reports whether a cue is a verb of saying: whether the scorer's
// SPEECH pattern (case-insensitive, between Python word boundaries) occurs
// anywhere in it.
func Speech(cue string) bool {
	var buf [64]rune
	rs := buf[:0]
	for _, r := range cue {
		rs = append(rs, r)
	}
	for i, r := range rs {
		if !isWord(r) || i > 0 && isWord(rs[i-1]) {
			continue // no word boundary before i
		}
		for _, w := range speechWords {
			if n, ok := matchFold(rs[i:], w); ok && (i+n == len(rs) || !isWord(rs[i+n])) {
				return true
			}
		}
		for _, w := range speechStems {
			if _, ok := matchFold(rs[i:], w); ok {
				return true
			}
		}
	}
	return false
}

// matchFold reports whether rs begins with the lower-case ASCII word w under
// Python's case folding, and how many characters that takes.
func matchFold(rs []rune, w string) (int, bool) {
	if len(rs) < len(w) {
		return 0, false
	}
	for j := 0; j < len(w); j++ {
		if foldASCII(rs[j]) != rune(w[j]) {
			return 0, false
		}
	}
	return len(w), true
}
