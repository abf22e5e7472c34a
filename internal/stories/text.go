package stories

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// words splits text into lower-cased runs of letters and digits. Apostrophes
// inside a word are dropped so that "Kyiv's" and "Kyivs" agree.
func words(s string, out []string) []string {
	var b strings.Builder
	flush := func() {
		if b.Len() > 0 {
			out = append(out, b.String())
			b.Reset()
		}
	}
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		i += n
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			b.WriteRune(unicode.ToLower(r))
		case (r == '\'' || r == '’') && b.Len() > 0:
			// "Kyiv's": keep the word going, drop the mark.
		default:
			flush()
		}
	}
	flush()
	return out
}

// term turns a word into an index term, or "" for words that say nothing
// about which event a text reports: stop words, reporting verbs, numbers and
// words under three letters. A trailing plural s is cut so "strikes" meets
// "strike".
func term(w string) string {
	if len(w) < 3 || stop[w] {
		return ""
	}
	digits := true
	for _, r := range w {
		if !unicode.IsDigit(r) {
			digits = false
			break
		}
	}
	if digits {
		return ""
	}
	if len(w) > 4 && w[len(w)-1] == 's' && w[len(w)-2] != 's' && w[len(w)-2] != 'u' && w[len(w)-2] != 'i' {
		w = w[:len(w)-1]
	}
	return w
}

var stop = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`a about above after again against all almost also although am among an and
	another any are around as at be because been before being below between both but by can cannot could did do
	does doing down during each either else ever every few for from further had has have having he her here hers
	herself him himself his how however if in into is it its itself just last least less like made make many may me
	might more most much must my myself near nearly neither new next no nor not now of off on once one only or
	other others our ours ourselves out over own per rather said same say saying says she should since so some
	still such than that the their theirs them themselves then there these they this those though through thus to
	too toward towards under until up upon us very was we well were what when where whether which while who whom
	whose why will with within without would yet you your yours yourself yourselves told tell tells added adding
	according reported reports report reporting stated statement statements announced claimed claims claim
	confirmed denied spokesman spokeswoman spokesperson news agency agencies monday tuesday wednesday thursday
	friday saturday sunday today yesterday tomorrow week weeks day days month months year years time times
	early late earlier later first second third two three four five six seven eight nine ten hundred thousand
	people including include includes told via get got going go goes went see seen say says think according
	percent mr mrs ms dr also used use using part show shows showed take taken took back world think want wanted
	theres thats dont cant wont`) {
		m[w] = true
	}
	return m
}()

// shingleSize is the number of words in a text shingle. Five words are long
// enough that two outlets writing their own sentences about one event rarely
// share a shingle, short enough that a changed word spoils only five.
const shingleSize = 5

// minCopyWords is the length below which a text is too short to call a copy:
// two one-line briefs can be word for word alike without one being the
// other's syndicated text.
const minCopyWords = 20
