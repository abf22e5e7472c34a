package eval

import (
	"bytes"
	"strings"
	"testing"
	"unicode/utf8"
)

// at is the span of the n-th (0-based) occurrence of sub in text, in code
// points.
func at(t testing.TB, text, sub string, n int) Span {
	t.Helper()
	off := 0
	for ; ; n-- {
		i := strings.Index(text[off:], sub)
		if i < 0 {
			t.Fatalf("%q not in %q", sub, text)
		}
		if n == 0 {
			start := utf8.RuneCountInString(text[:off+i])
			return Span{Start: start, End: start + utf8.RuneCountInString(sub), Text: sub}
		}
		off += i + len(sub)
	}
}

func near(a, b float64) bool { return a-b < 5e-4 && b-a < 5e-4 }

func checkPRF(t *testing.T, what string, c Counts, tp, npred, ngold int, p, r, f float64) {
	t.Helper()
	if c != (Counts{tp, npred, ngold}) {
		t.Errorf("%s counts = %+v, want tp %d pred %d gold %d", what, c, tp, npred, ngold)
	}
	gp, gr, gf := c.PRF()
	if !near(gp, p) || !near(gr, r) || !near(gf, f) {
		t.Errorf("%s P/R/F = %.3f %.3f %.3f, want %.3f %.3f %.3f", what, gp, gr, gf, p, r, f)
	}
}

const wire = "Officials said the bridge was closed. The mayor told reporters it would reopen."

// wireScored scores a prediction that gets one attribution right, the
// other partly, and adds a spurious one. Every figure below is counted by
// hand in the comments.
func wireScored(t *testing.T) *Scorer {
	gold := Gold{ID: "w1", Text: wire, Attributions: []Attribution{
		{Sources: []Span{at(t, wire, "Officials", 0)}, Cue: []Span{at(t, wire, "said", 0)},
			Contents: []Span{at(t, wire, "the bridge was closed", 0)}},
		{Sources: []Span{at(t, wire, "The mayor", 0)}, Cue: []Span{at(t, wire, "told", 0)},
			Contents: []Span{at(t, wire, "it would reopen", 0)}},
	}}
	pred := []Attribution{
		// content with a leading space: exact once trimmed
		{Sources: []Span{at(t, wire, "Officials", 0)}, Cue: []Span{at(t, wire, "said", 0)},
			Contents: []Span{at(t, wire, " the bridge was closed", 0)}},
		{Sources: []Span{at(t, wire, "mayor", 0)}, Cue: []Span{at(t, wire, "told reporters", 0)},
			Contents: []Span{at(t, wire, "reporters it would reopen", 0)}},
		// overlaps the first gold content by 6/21, below the 30% bar
		{Cue: []Span{at(t, wire, "was", 0)}, Contents: []Span{at(t, wire, "closed", 0)}},
	}
	var s Scorer
	s.Add(&gold, pred, false)
	return &s
}

func TestScoreWire(t *testing.T) {
	s := wireScored(t)
	// sources: gold {Officials, The mayor}, pred {Officials, mayor}
	checkPRF(t, "exact sources", s.Exact[Sources], 1, 2, 2, 0.5, 0.5, 0.5)
	// cue: gold {said, told}, pred {said, told reporters, was}
	checkPRF(t, "exact cue", s.Exact[Cue], 1, 3, 2, 1.0/3, 0.5, 0.4)
	// contents: only "the bridge was closed" is shared
	checkPRF(t, "exact contents", s.Exact[Contents], 1, 3, 2, 1.0/3, 0.5, 0.4)
	// tokens: gold Officials The mayor; pred Officials mayor
	checkPRF(t, "token sources", s.Token[Sources], 2, 2, 3, 1, 2.0/3, 0.8)
	// gold said told; pred said told reporters was
	checkPRF(t, "token cue", s.Token[Cue], 2, 4, 2, 0.5, 1, 2.0/3)
	// gold: the bridge was closed it would reopen (7); pred adds reporters
	checkPRF(t, "token contents", s.Token[Contents], 7, 8, 7, 7.0/8, 1, 14.0/15)
	// both gold attributions matched, two of three predictions used
	mp, mr, mf := s.MatchPRF()
	if s.Matched.TP != 2 || s.Matched.Gold != 2 || s.MatchedPred != 2 || s.Matched.Pred != 3 ||
		!near(mp, 2.0/3) || !near(mr, 1) || !near(mf, 0.8) {
		t.Errorf("match = %+v used %d, P/R/F %.3f %.3f %.3f", s.Matched, s.MatchedPred, mp, mr, mf)
	}
	// "The mayor" and "mayor" overlap: both speakers right
	if s.SpeakerOK != 2 || s.SpeakerAccuracy() != 1 {
		t.Errorf("speaker right %d, accuracy %.3f, want 2, 1", s.SpeakerOK, s.SpeakerAccuracy())
	}
}

func TestPrintLayout(t *testing.T) {
	s := wireScored(t)
	var b bytes.Buffer
	if err := s.Print(&b); err != nil {
		t.Fatal(err)
	}
	want := `documents: 1 gold, 0 without a prediction
role        exact P      R      F    token P      R      F
sources       0.500  0.500  0.500      1.000  0.667  0.800
cue           0.333  0.500  0.400      0.500  1.000  0.667
contents      0.333  0.500  0.400      0.875  1.000  0.933
quotes matched at >30% overlap: P 0.667 R 1.000 F 0.800; speaker right on matched: 1.000
figure: content-exact-F=0.400 source-exact-F=0.500 match-F=0.800 speaker-acc=1.000
`
	if b.String() != want {
		t.Errorf("printed\n%s\nwant\n%s", b.String(), want)
	}
}

func TestMissingDocument(t *testing.T) {
	var s Scorer
	g := Gold{ID: "x", Text: wire, Attributions: []Attribution{
		{Cue: []Span{at(t, wire, "said", 0)}, Contents: []Span{at(t, wire, "the bridge was closed", 0)}}}}
	s.Add(&g, nil, true)
	s.SpeechOnly = true
	s.Add(&g, nil, true)
	var b bytes.Buffer
	s.Print(&b)
	if !strings.HasPrefix(b.String(), "documents: 2 gold, 2 without a prediction  (speech cues only)\n") {
		t.Errorf("header: %q", b.String())
	}
	if !strings.HasSuffix(b.String(), "figure: content-exact-F=0.000 source-exact-F=0.000 match-F=0.000 speaker-acc=0.000\n") {
		t.Errorf("figure line: %q", b.String())
	}
	checkPRF(t, "exact contents", s.Exact[Contents], 0, 0, 2, 0, 0, 0)
}

// TestGreedyMatching checks the order of matching: each gold attribution
// in turn takes its best unused prediction, the bar is strictly above 30%,
// a discontinuous content counts by its pieces, and the speaker rule.
func TestGreedyMatching(t *testing.T) {
	text := strings.Repeat("abcdefghij", 10)
	sp := func(a, b int) []Span { return []Span{{Start: a, End: b}} }
	gold := Gold{Text: text, Attributions: []Attribution{
		{Contents: sp(0, 10), Sources: sp(50, 55)},
		{Contents: sp(10, 30)},
		{Contents: sp(60, 70), Sources: sp(80, 85)},
		{Contents: []Span{{Start: 90, End: 95}, {Start: 96, End: 100}}, Sources: sp(40, 45)},
	}}
	pred := []Attribution{
		{Contents: sp(5, 25), Sources: sp(50, 52)},  // 5/10 of gold 1, 15/20 of gold 2: gold 1 takes it
		{Contents: sp(12, 20)},                      // 8/20 of gold 2, which takes it; no source on either side
		{Contents: sp(60, 63), Sources: sp(80, 85)}, // exactly 3/10 of gold 3: not enough
		{Contents: sp(93, 98), Sources: sp(45, 48)}, // 4/9 of gold 4; sources touch but do not overlap
	}
	var s Scorer
	s.Add(&gold, pred, false)
	if s.Matched.TP != 3 || s.Matched.Gold != 4 || s.MatchedPred != 3 || s.Matched.Pred != 4 {
		t.Errorf("match counts %+v used %d, want 3 of 4 gold, 3 of 4 predictions", s.Matched, s.MatchedPred)
	}
	if s.SpeakerOK != 2 || !near(s.SpeakerAccuracy(), 2.0/3) {
		t.Errorf("speaker right %d (%.3f), want 2 (0.667)", s.SpeakerOK, s.SpeakerAccuracy())
	}
	if _, _, f := s.MatchPRF(); !near(f, 0.75) {
		t.Errorf("match F %.3f, want 0.750", f)
	}
}

func TestSpeechOnlyFilter(t *testing.T) {
	text := "The agency said prices rose. Analysts believe they will fall."
	gold := Gold{Text: text, Attributions: []Attribution{
		{Sources: []Span{at(t, text, "The agency", 0)}, Cue: []Span{at(t, text, "said", 0)},
			Contents: []Span{at(t, text, "prices rose", 0)}},
		{Sources: []Span{at(t, text, "Analysts", 0)}, Cue: []Span{at(t, text, "believe", 0)},
			Contents: []Span{at(t, text, "they will fall", 0)}},
	}}
	pred := []Attribution{
		{Sources: []Span{at(t, text, "The agency", 0)}, Cue: []Span{at(t, text, "said", 0)},
			Contents: []Span{at(t, text, "prices rose", 0)}},
		{Sources: []Span{at(t, text, "Analysts", 0)}, Cue: []Span{at(t, text, "believe", 0)},
			Contents: []Span{at(t, text, "they will", 0)}},
	}
	all := Scorer{}
	all.Add(&gold, pred, false)
	checkPRF(t, "all contents", all.Exact[Contents], 1, 2, 2, 0.5, 0.5, 0.5)
	speech := Scorer{SpeechOnly: true}
	speech.Add(&gold, pred, false)
	checkPRF(t, "speech contents", speech.Exact[Contents], 1, 1, 1, 1, 1, 1)
	checkPRF(t, "speech cue tokens", speech.Token[Cue], 1, 1, 1, 1, 1, 1)
}

// wordStarts lists the token offsets the scorer finds in text[a:b].
func wordStarts(text string, a, b int) []int {
	var s Scorer
	g := Gold{Text: text}
	s.Add(&g, nil, false) // loads the text
	set := make([]uint64, len(s.runes)/64+1)
	s.markTokens(set, Span{Start: a, End: b})
	var out []int
	for i := 0; i < len(set)*64; i++ {
		if set[i/64]&(1<<(i%64)) != 0 {
			out = append(out, i)
		}
	}
	return out
}

func TestWordStarts(t *testing.T) {
	for _, c := range []struct {
		text string
		a, b int
		want []int
	}{
		{"Officials said", 0, 14, []int{0, 10}},
		{"Officials said", 2, 8, []int{2}},                          // a span cut mid-word counts from its start
		{"“Café-owners’ rights”—naïve", 0, 27, []int{1, 6, 14, 22}}, // quotes, dashes and apostrophes split
		{"cafe\u0301s bar", 0, 9, []int{0, 5, 7}},                   // a combining accent is no word character
		{"under_score 3.5 km²", 0, 19, []int{0, 12, 14, 16}},        // underscore joins, the point splits, ² is a digit
		{"Kyiv", -5, 99, []int{0}},                                  // offsets outside the text are clamped
		{"Kyiv", 3, 1, nil},
	} {
		got := wordStarts(c.text, c.a, c.b)
		if len(got) != len(c.want) {
			t.Errorf("%q[%d:%d]: %v, want %v", c.text, c.a, c.b, got, c.want)
			continue
		}
		for i := range got {
			if got[i] != c.want[i] {
				t.Errorf("%q[%d:%d]: %v, want %v", c.text, c.a, c.b, got, c.want)
				break
			}
		}
	}
}

func TestTrim(t *testing.T) {
	text := "\u00a0Reuters\u001f \u200bAP "
	var s Scorer
	g := Gold{Text: text}
	s.Add(&g, nil, false)
	if got := s.trim(Span{Start: 0, End: 10}); got != [2]int{1, 8} {
		t.Errorf("no-break space and unit separator: %v, want [1 8]", got)
	}
	// a zero-width space is no white space to Python
	if got := s.trim(Span{Start: 9, End: 14}); got != [2]int{10, 13} {
		t.Errorf("zero-width space: %v, want [10 13]", got)
	}
	if got := s.trim(Span{Start: 50, End: 60}); got != [2]int{50, 60} {
		t.Errorf("outside the text: %v", got)
	}
}

func TestSpeech(t *testing.T) {
	for cue, want := range speechCases {
		if got := Speech(cue); got != want {
			t.Errorf("Speech(%q) = %v, want %v", cue, got, want)
		}
	}
}

// speechCases are cues and whether the scorer's SPEECH pattern finds a
// verb of saying in them.
var speechCases = map[string]bool{
	"said": true, "Said": true, "SAYS": true, "sayings": false, "saying": true,
	"according to": true, "According  to": false, "reportedly": true, "unreported": false,
	"denial": false, "denied": true, "addresses": false, "adds": true, "add": true, "stat": false,
	"stated": true, "warns": true, "forewarned": false, "tells": true, "retold": false,
	"claims": true, "disclaimer": false, "was quoted as saying": true, "SA\u0130D": true,
	"\u017faid": true, "said_": false, "said\u00e9": false, "said\u0301": true, "\u2014said\u2014": true,
	"\u201csaid\u201d": true, "said2": false, "explained": true, "thinks": false, "ARGUED": true,
	"": false, "believes": false, "acknowledges": true, "tweeted": true, "wrote": true, "writer": false,
	"K-said": true, "\u212aaid": false, "announcement": true, "allegedly": true, "denies": true,
}
