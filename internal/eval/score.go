// Package eval scores attributions against PolNeAR-style gold exactly as
// the independent scorer (score.py attrib) does, so that claimledger can
// measure itself without a detour through Python while the scorer stays
// the referee: same matching, same character classes, same printout.
package eval

import (
	"fmt"
	"io"
	"math/bits"
)

// Roles in the scorer's order.
const (
	Sources = iota
	Cue
	Contents
	nRoles
)

var roleNames = [nRoles]string{"sources", "cue", "contents"}

// Counts is a true-positive count and the sizes of both sides.
type Counts struct{ TP, Pred, Gold int }

// PRF gives precision, recall and F1, zero where undefined.
func (c Counts) PRF() (p, r, f float64) {
	if c.Pred > 0 {
		p = float64(c.TP) / float64(c.Pred)
	}
	if c.Gold > 0 {
		r = float64(c.TP) / float64(c.Gold)
	}
	return p, r, f1(p, r)
}

func f1(p, r float64) float64 {
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

// Scorer accumulates the counts of score.py attrib over documents.
type Scorer struct {
	// SpeechOnly keeps, on both sides, the attributions whose cue is a
	// verb of saying.
	SpeechOnly bool

	Documents, Missing int
	Exact, Token       [nRoles]Counts
	// Matched pairs a gold attribution with an unused prediction whose
	// contents cover more than 30% of the gold content: TP counts matched
	// gold attributions, MatchedPred the predictions used.
	Matched     Counts
	MatchedPred int
	SpeakerOK   int

	runes      []rune
	word       []bool
	gold, pred []Attribution
	used       []bool
	goldSpans  map[[2]int]bool
	predSpans  map[[2]int]bool
	gTok, pTok []uint64
}

// Add scores one gold document against its prediction; missing says that
// no prediction was found, and pred is then empty.
func (s *Scorer) Add(g *Gold, pred []Attribution, missing bool) {
	s.Documents++
	if missing {
		s.Missing++
	}
	s.runes = s.runes[:0]
	s.word = s.word[:0]
	for _, r := range g.Text {
		s.runes = append(s.runes, r)
		s.word = append(s.word, isWord(r))
	}
	s.gold = s.filter(s.gold[:0], g.Attributions)
	s.pred = s.filter(s.pred[:0], pred)
	for r := 0; r < nRoles; r++ {
		s.scoreRole(r)
	}
	s.match()
}

func (s *Scorer) filter(dst, as []Attribution) []Attribution {
	for _, a := range as {
		if !s.SpeechOnly || anySpeech(a.Cue) {
			dst = append(dst, a)
		}
	}
	return dst
}

func anySpeech(cue []Span) bool {
	for _, c := range cue {
		if Speech(c.Text) {
			return true
		}
	}
	return false
}

func role(a *Attribution, r int) []Span {
	switch r {
	case Sources:
		return a.Sources
	case Cue:
		return a.Cue
	}
	return a.Contents
}

// scoreRole counts one role's distinct trimmed spans and the word starts
// its spans cover, on both sides.
func (s *Scorer) scoreRole(r int) {
	if s.goldSpans == nil {
		s.goldSpans, s.predSpans = map[[2]int]bool{}, map[[2]int]bool{}
	}
	clear(s.goldSpans)
	clear(s.predSpans)
	c := &s.Exact[r]
	for i := range s.gold {
		for _, sp := range role(&s.gold[i], r) {
			if k := s.trim(sp); !s.goldSpans[k] {
				s.goldSpans[k] = true
				c.Gold++
			}
		}
	}
	for i := range s.pred {
		for _, sp := range role(&s.pred[i], r) {
			if k := s.trim(sp); !s.predSpans[k] {
				s.predSpans[k] = true
				c.Pred++
				if s.goldSpans[k] {
					c.TP++
				}
			}
		}
	}

	n := len(s.runes)/64 + 1
	s.gTok = resetBits(s.gTok, n)
	s.pTok = resetBits(s.pTok, n)
	for i := range s.gold {
		for _, sp := range role(&s.gold[i], r) {
			s.markTokens(s.gTok, sp)
		}
	}
	for i := range s.pred {
		for _, sp := range role(&s.pred[i], r) {
			s.markTokens(s.pTok, sp)
		}
	}
	t := &s.Token[r]
	for i := range s.gTok {
		t.TP += bits.OnesCount64(s.gTok[i] & s.pTok[i])
		t.Pred += bits.OnesCount64(s.pTok[i])
		t.Gold += bits.OnesCount64(s.gTok[i])
	}
}

func resetBits(b []uint64, n int) []uint64 {
	if cap(b) < n {
		return make([]uint64, n)
	}
	b = b[:n]
	clear(b)
	return b
}

// trim drops the white space around a span: exact matching ignores it.
func (s *Scorer) trim(sp Span) [2]int {
	a, e := sp.Start, sp.End
	for a < e && a >= 0 && a < len(s.runes) && isSpace(s.runes[a]) {
		a++
	}
	for e > a && e-1 >= 0 && e-1 < len(s.runes) && isSpace(s.runes[e-1]) {
		e--
	}
	return [2]int{a, e}
}

// markTokens sets the start offset of every run of word characters inside
// the span, a run cut by the span's start counting from there, as Python's
// finditer(text, start, end) finds them.
func (s *Scorer) markTokens(set []uint64, sp Span) {
	a, e := max(sp.Start, 0), min(sp.End, len(s.runes))
	for i := a; i < e; i++ {
		if s.word[i] && (i == a || !s.word[i-1]) {
			set[i/64] |= 1 << (i % 64)
		}
	}
}

// match pairs each gold attribution, in order, with the unused prediction
// whose contents overlap its contents most, kept when the overlap exceeds
// 30% of the gold content's length, and checks the speaker of each pair.
func (s *Scorer) match() {
	s.used = resetBools(s.used, len(s.pred))
	used := 0
	for gi := range s.gold {
		a := &s.gold[gi]
		glen := 0
		for _, c := range a.Contents {
			glen += c.End - c.Start
		}
		if glen == 0 {
			glen = 1
		}
		best, bi := 0.0, -1
		for pi := range s.pred {
			if s.used[pi] {
				continue
			}
			ov := float64(overlapSum(a.Contents, s.pred[pi].Contents)) / float64(glen)
			if ov > best {
				best, bi = ov, pi
			}
		}
		s.Matched.Gold++
		if bi < 0 || best <= 0.3 {
			continue
		}
		s.used[bi] = true
		used++
		s.Matched.TP++
		p := &s.pred[bi]
		switch {
		case len(a.Sources) > 0 && overlapSum(a.Sources, p.Sources) > 0:
			s.SpeakerOK++
		case len(a.Sources) == 0 && len(p.Sources) == 0:
			s.SpeakerOK++
		}
	}
	s.MatchedPred += used
	s.Matched.Pred += len(s.pred)
}

func resetBools(b []bool, n int) []bool {
	if cap(b) < n {
		return make([]bool, n)
	}
	b = b[:n]
	clear(b)
	return b
}

// overlapSum adds up the code points shared by every pair of spans.
func overlapSum(xs, ys []Span) int {
	n := 0
	for _, x := range xs {
		for _, y := range ys {
			n += max(0, min(x.End, y.End)-max(x.Start, y.Start))
		}
	}
	return n
}

// MatchPRF gives the quote-matching precision, recall and F1.
func (s *Scorer) MatchPRF() (p, r, f float64) {
	if s.Matched.Pred > 0 {
		p = float64(s.MatchedPred) / float64(s.Matched.Pred)
	}
	if s.Matched.Gold > 0 {
		r = float64(s.Matched.TP) / float64(s.Matched.Gold)
	}
	return p, r, f1(p, r)
}

// SpeakerAccuracy is the share of matched pairs whose speaker is right.
func (s *Scorer) SpeakerAccuracy() float64 {
	if s.Matched.TP == 0 {
		return 0
	}
	return float64(s.SpeakerOK) / float64(s.Matched.TP)
}

// Print writes the scorer's report, line for line as score.py prints it;
// the last line is the headline figure.
func (s *Scorer) Print(w io.Writer) error {
	note := ""
	if s.SpeechOnly {
		note = "  (speech cues only)"
	}
	fmt.Fprintf(w, "documents: %d gold, %d without a prediction%s\n", s.Documents, s.Missing, note)
	fmt.Fprintf(w, "%-10s %8s %6s %6s   %8s %6s %6s\n", "role", "exact P", "R", "F", "token P", "R", "F")
	for r := 0; r < nRoles; r++ {
		ep, er, ef := s.Exact[r].PRF()
		tp, tr, tf := s.Token[r].PRF()
		fmt.Fprintf(w, "%-10s %8.3f %6.3f %6.3f   %8.3f %6.3f %6.3f\n", roleNames[r], ep, er, ef, tp, tr, tf)
	}
	mp, mr, mf := s.MatchPRF()
	sacc := s.SpeakerAccuracy()
	fmt.Fprintf(w, "quotes matched at >30%% overlap: P %.3f R %.3f F %.3f; speaker right on matched: %.3f\n", mp, mr, mf, sacc)
	_, _, cf := s.Exact[Contents].PRF()
	_, _, sf := s.Exact[Sources].PRF()
	_, err := fmt.Fprintf(w, "figure: content-exact-F=%.3f source-exact-F=%.3f match-F=%.3f speaker-acc=%.3f\n", cf, sf, mf, sacc)
	return err
}
