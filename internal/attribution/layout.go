package attribution

import (
	"strings"

	"github.com/claimledger/claimledger"
	"github.com/claimledger/claimledger/internal/text"
)

// Attributions marked by layout rather than by a verb: a speaker's name and
// a colon opening a paragraph ("PENCE: Well, look, ...", a headline such as
// "Pence: Flowers Won't Be at Debate"), and a quotation signed with a dash
// (`"..." ― Sonya Herridge`).

// colonSpeaker finds "NAME: text" at the start of a paragraph (after an
// optional opening quotation mark). The name is one to four capitalised
// words.
func colonSpeaker(d *text.Doc, p text.Range) (Claim, bool) {
	k := d.TokenAt(p.Start)
	if k >= len(d.Tokens) {
		return Claim{}, false
	}
	if d.Tokens[k].Kind == text.QuoteMark && d.Tokens[k].Open {
		k++
	}
	first := k
	spk := -1 // the speaker's tokens are [first, spk) when a topic follows them
	for k < len(d.Tokens) && k-first < 5 && d.Tokens[k].Start < p.End {
		t := d.Tokens[k]
		if t.Lower == ":" {
			break
		}
		if (t.Lower == "on" || t.Lower == "to") && k > first {
			// "Gillibrand on Hillary Releasing Her Speeches: ...", "Clinton
			// to Planned Parenthood: ...": the speaker, then the topic
			if c := topicColon(d, k+1, p.End); c > 0 {
				spk, k = k, c
				break
			}
		}
		if !(t.Kind == text.Word && (t.Upper || t.Lower == "of") || (t.Lower == "." || t.Lower == "-") && !t.SpaceBefore ||
			k > first && d.Tokens[k-1].Upper && speakerNouns[t.Lower]) {
			return Claim{}, false
		}
		k++
	}
	if spk < 0 {
		spk = k
	}
	if k == first || spk-first > 4 || k >= len(d.Tokens) || d.Tokens[k].Lower != ":" || k+1 >= len(d.Tokens) {
		return Claim{}, false
	}
	if last := d.Tokens[spk-1]; !last.Upper && last.Lower != "." && !speakerNouns[last.Lower] || notSpeakers[d.Tokens[first].Lower] {
		return Claim{}, false
	}
	for j := first; j < spk; j++ {
		// a headline in title case, "Stealth Over Health:", is nobody
		if w := d.Tokens[j].Lower; d.Tokens[j].Upper && j > first && (prepositions[w] || determiners[w] || coordinators[w]) {
			return Claim{}, false
		}
	}
	if spk-first == 1 && !allCaps(d.TokenText(first)) && !surname(d, first) && !headlineSpeakers[d.Tokens[first].Lower] {
		// "Weather: sunny", "Markets: stocks rose": a label, not a speaker;
		// "Back to School:" is one too
		return Claim{}, false
	}
	if first == 0 && allCapsRange(d, first, k) && !labelsAgain(d, p.End) {
		// "BHOPAL: Madhya Pradesh continues ...": a dateline, unless the
		// text goes on as a transcript with more such labels
		return Claim{}, false
	}
	body := d.Tokens[k+1]
	if body.Start >= p.End || body.Kind == text.Number || promoOpeners[body.Lower] {
		return Claim{}, false // "Ground Game: Sign up for the newsletter"
	}
	end := p.End
	if l := d.TokenAt(end - 1); l < len(d.Tokens) && d.Tokens[l].Lower == "." {
		end = d.Tokens[l].Start
	}
	if end <= body.Start {
		return Claim{}, false
	}
	cl := Claim{
		Source:  text.Range{Start: d.Tokens[first].Start, End: d.Tokens[spk-1].End},
		Cue:     text.Range{Start: d.Tokens[k].Start, End: d.Tokens[k].End},
		Content: text.Range{Start: body.Start, End: end}, Stance: claimledger.StanceAssert,
		Sentence: d.SentenceOf(k), lemma: ":", cueFirst: k, sourceFrom: -1,
	}
	if spk-first >= 2 && invertedOpeners[d.Tokens[first].Lower] {
		// "Said Ellis: ...": the verb is the cue, the name the speaker
		cl.Cue = text.Range{Start: d.Tokens[first].Start, End: d.Tokens[first].End}
		cl.Source.Start = d.Tokens[first+1].Start
		cl.lemma, cl.cueFirst = "say", first
	}
	return cl, true
}

// topicColon returns the colon that ends a headline's topic starting at
// token a, within a dozen words and before byte end, or -1.
func topicColon(d *text.Doc, a, end int) int {
	for k := a; k < len(d.Tokens) && k < a+12 && d.Tokens[k].Start < end; k++ {
		switch t := d.Tokens[k]; {
		case t.Lower == ":":
			if k > a {
				return k
			}
			return -1
		case t.Kind == text.QuoteMark || t.Kind == text.Punct && t.Lower != "-" && t.Lower != "’s" && t.Lower != "'s":
			return -1
		}
	}
	return -1
}

// headlineSpeakers open a headline alone: "Poll: Clinton and Sanders in dead
// heat", "Insiders: Trump will rebound".
var headlineSpeakers = set("poll polls survey report study insiders sources officials police witnesses experts analysts critics aides residents")

// speakerNouns may follow a name in a speaker's label: "Clinton camp:".
var speakerNouns = set("camp campaign aide aides official officials spokesman spokeswoman spokesperson lawyer lawyers ally allies adviser advisers advisor advisors supporters team leader leaders chief")

// invertedOpeners open a line that names its speaker after them: "Said
// Ellis: ...".
var invertedOpeners = set("said says added adds wrote writes stated explained noted recalled")

// dashSigned finds quotations signed with a dash and a name.
func dashSigned(d *text.Doc) []Claim {
	var out []Claim
	for _, q := range d.Quotes {
		k := d.TokenAt(q.End)
		if k >= len(d.Tokens) || !isDash(d.Tokens[k].Lower) {
			continue
		}
		n := k + 1
		for n < len(d.Tokens) && n-k <= 4 && d.Tokens[n].Upper && d.ParagraphOf(d.Tokens[n].Start) == d.ParagraphOf(q.End-1) {
			n++
		}
		if n == k+1 || n-k > 4 {
			continue
		}
		out = append(out, Claim{
			Source:   text.Range{Start: d.Tokens[k+1].Start, End: d.Tokens[n-1].End},
			Cue:      text.Range{Start: d.Tokens[k].Start, End: d.Tokens[k].End},
			Content:  q.Range,
			Stance:   claimledger.StanceAssert,
			Sentence: d.SentenceOf(k), lemma: "―", cueFirst: k, sourceFrom: -1,
		})
	}
	return out
}

func isDash(w string) bool { return w == "―" || w == "—" || w == "–" || w == "-" || w == "--" }

// notSpeakers are labels that open a paragraph with a colon.
var notSpeakers = set("follow still our my your their his her its note update updated editor editors read watch related photo photos video source sources warning breaking exclusive advertisement correction also see click listen subscribe share caption credit image images more q a question answer transcript disclaimer tags published posted by from to subject date topics")

// promoOpeners begin a site's call to its reader, not a statement.
var promoOpeners = set("sign subscribe click follow download register tap")

func allCaps(w string) bool {
	return len(w) > 1 && strings.ToUpper(w) == w && strings.ToLower(w) != w
}

// surname reports whether the single word at token i also ends a longer
// name elsewhere in the text, capitalised there ("Pence" after "Mike
// Pence").
func surname(d *text.Doc, i int) bool {
	w := d.Tokens[i].Lower
	for k := 1; k < len(d.Tokens); k++ {
		if k != i && d.Tokens[k].Lower == w && d.Tokens[k].Upper && d.Tokens[k-1].Upper && d.Tokens[k-1].Kind == text.Word && d.Tokens[k].SpaceBefore {
			return true
		}
	}
	return false
}

// allCapsRange reports whether the words of tokens [a, b) are all in
// capitals: "NEW YORK" is a dateline, "NY Post" a speaker.
func allCapsRange(d *text.Doc, a, b int) bool {
	for k := a; k < b; k++ {
		if d.Tokens[k].Kind == text.Word && !allCaps(d.TokenText(k)) {
			return false
		}
	}
	return true
}

// labelsAgain reports whether a later paragraph than the one ending at
// byte end also opens with a word in capitals and a colon.
func labelsAgain(d *text.Doc, end int) bool {
	for _, p := range d.Paragraphs {
		if p.Start < end {
			continue
		}
		k := d.TokenAt(p.Start)
		if k+1 < len(d.Tokens) && d.Tokens[k+1].Lower == ":" && allCaps(d.TokenText(k)) {
			return true
		}
	}
	return false
}
