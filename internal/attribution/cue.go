package attribution

import (
	"strings"
	"sync"

	"github.com/claimledger/claimledger"
	"github.com/claimledger/claimledger/internal/text"
)

// cue is a found cue: tokens first..last inclusive.
type cue struct {
	first, last int
	verb        *cueVerb
	kind        cueKind
}

type cueKind uint8

const (
	cueVerbKind    cueKind = iota // "said", "flatly denies"
	cueAccordingTo                // "according to X"
	cueIdiom                      // "pointed fingers at", "took responsibility for"
)

// idioms are multi-word cues; "*" stands for any one of the listed forms of
// the first word, "?" marks an optional word.
var idioms = []struct {
	words  []string
	stance string
}{
	{[]string{"point|points|pointed|pointing", "?the", "finger|fingers", "at"}, claimledger.StanceAccuse},
	{[]string{"take|takes|took|taken|taking", "responsibility|credit", "for"}, claimledger.StanceClaimResponsibility},
	{[]string{"claim|claims|claimed|claiming", "responsibility|credit", "for"}, claimledger.StanceClaimResponsibility},
	{[]string{"accept|accepts|accepted|accepting", "responsibility", "for"}, claimledger.StanceClaimResponsibility},
	{[]string{"proclaim|proclaims|proclaimed|proclaiming|declaring|calling|describing", "themselves|itself|himself|herself", "?to", "?be", "?as"}, claimledger.StanceLabel},
	{[]string{"describe|describes|described|describing", "?them|it|him|her|this|the"}, claimledger.StanceLabel},
	{[]string{"call|calls|called|calling", "for|on|upon"}, claimledger.StanceOther},
	{[]string{"lay|lays|laid|laying", "the", "blame", "on"}, claimledger.StanceAccuse},
	{[]string{"put|puts", "it"}, claimledger.StanceAssert}, // only "as X put it"
	{[]string{"go|goes|went|gone|going", "on", "to", "say|add|note|explain|argue|insist|warn|tell"}, claimledger.StanceAssert},
}

// findCue tests whether a cue starts at token i of the sentence [f, l].
func findCue(d *text.Doc, i, f, l int) (cue, bool) {
	t := d.Tokens[i]
	if t.Kind != text.Word {
		return cue{}, false
	}
	w := t.Lower
	cueWordsOnce.Do(buildCueWords)
	if !cueWords[w] {
		return cue{}, false // most words: one lookup
	}
	if w == "according" && i+1 <= l && d.Tokens[i+1].Lower == "to" {
		return cue{first: i, last: i + 1, kind: cueAccordingTo, verb: &cueVerb{lemma: "according to", stance: claimledger.StanceAssert}}, true
	}
	if w == "in" {
		if atClauseStart(d, i, f) && pollBefore(d, i+1, l) {
			// "In a CNN/ORC poll released Monday, 31 percent said ...": the
			// poll speaks as it does after "according to"
			return cue{first: i, last: i, kind: cueAccordingTo, verb: &cueVerb{lemma: "in", stance: claimledger.StanceAssert}}, true
		}
		return cue{}, false
	}
	for _, id := range idiomsByFirst[w] {
		if end, ok := matchIdiom(d, i, l, id.slots); ok {
			if id.needsAs {
				// only "described X as": the label needs "as"
				if end+1 > l || !hasAsAhead(d, end+1, l) {
					continue
				}
			}
			if precededByDeterminer(d, i, f) || id.asBefore && !asBefore(d, i, f) {
				continue
			}
			return cue{first: i, last: end, kind: cueIdiom, verb: id.verb}, true
		}
	}
	v := cueForms[w]
	if v == nil {
		// verbs that report speech only right after a quotation and its
		// speaker: `"...," he continued`, `"...," the statement read`
		if qv := afterQuoteCues[w]; qv != nil && quoteAndSpeakerBefore(d, i, f) {
			return cue{first: i, last: i, kind: cueVerbKind, verb: qv}, true
		}
		return cue{}, false
	}
	// a capital inside a sentence written in lower case is part of a name:
	// "Sultan Qaboos bin Said"; headlines in title case keep their cues
	if t.Upper && i > f && d.Tokens[i-1].Kind == text.Word && !titleCase(d, f, l) {
		return cue{}, false
	}
	if v.stance == claimledger.StanceLabel && naming(d, i, f, l) {
		return cue{}, false
	}
	// adjectives and nouns: "the reported fighting", "their claimed
	// ethnicity", "50 suspects"
	if precededByDeterminer(d, i, f) || v.nounToo && i > f && (d.Tokens[i-1].Kind == text.Number || numberWords[d.Tokens[i-1].Lower]) {
		return cue{}, false
	}
	if v.nounToo && i > f && lightVerbs[d.Tokens[i-1].Lower] {
		// "expressed fears that", "voiced doubts": the two words are the cue
		return cue{first: i - 1, last: i, kind: cueVerbKind, verb: v}, true
	}
	if v.nounToo && !nounTooVerb(d, i, f, l) {
		return cue{}, false
	}
	// passives are not cues of the subject: "was asked", "is expected",
	// "was long planned"; progressives are: "is saying"
	if i > f && !strings.HasSuffix(w, "ing") {
		k := i - 1
		if k > f && (strings.HasSuffix(d.Tokens[k].Lower, "ly") || d.Tokens[k].Lower == "long" || d.Tokens[k].Lower == "not") {
			k--
		}
		if p := d.Tokens[k].Lower; p == "was" || p == "were" || p == "been" || p == "be" || p == "is" || p == "are" || p == "being" {
			return cue{}, false
		}
	}
	if (strings.HasSuffix(w, "ed") || participles[w]) && i-1 > f && isComma(d, i-2) && strings.HasSuffix(d.Tokens[i-1].Lower, "ly") {
		return cue{}, false // "the next election, widely expected on 5 May"
	}
	if strings.HasSuffix(w, "ed") && w != "said" || participles[w] {
		// an adjective after a preposition: "a speedup of planned cuts",
		// "died from suspected poisoning"
		if i > f && prepositions[d.Tokens[i-1].Lower] && d.Tokens[i-1].Lower != "to" && d.Tokens[i-1].Lower != "by" {
			return cue{}, false
		}
		// a passive with its agent: "waters claimed almost entirely by
		// Beijing", "the expansion announced Wednesday by Republican leaders"
		k := i + 1
		for k <= l && k < i+4 && (strings.HasSuffix(d.Tokens[k].Lower, "ly") || d.Tokens[k].Lower == "almost" || agentTimeWords[d.Tokens[k].Lower]) {
			k++
		}
		if k <= l && d.Tokens[k].Lower == "by" {
			return cue{}, false
		}
	}
	if w == "learning" {
		return cue{}, false // "machine learning", "distance learning"
	}
	if i+1 <= l && (w == "think" && (d.Tokens[i+1].Lower == "tank" || d.Tokens[i+1].Lower == "tanks")) ||
		i > f && w == "slam" && d.Tokens[i-1].Lower == "grand" {
		return cue{}, false // "a Beijing-based think tank", "his 200th grand slam match"
	}
	// infinitives and "to" phrases: "refused to say"; but one who
	// "continues to insist" insists
	if i > f && d.Tokens[i-1].Lower == "to" {
		if i-1 > f && catenatives[d.Tokens[i-2].Lower] {
			return cue{first: i - 2, last: i, kind: cueVerbKind, verb: v}, true
		}
		return cue{}, false
	}
	return cue{first: i, last: i, kind: cueVerbKind, verb: v}, true
}

// naming reports whether the labelling verb at i only gives a thing its
// name: "a son called Ronnie", "an event called the Etlaq Fan
// Experience". After a common noun, the verb is then followed by a name
// and nothing more in its clause.
func naming(d *text.Doc, i, f, l int) bool {
	if i == f || i == l {
		return false
	}
	p := &d.Tokens[i-1]
	if p.Lower == "," && i-1 > f {
		p = &d.Tokens[i-2] // "The group, called Ansar Allah, said"
	}
	if p.Kind != text.Word || p.Upper || subjectPronouns[p.Lower] || auxiliaries[p.Lower] || p.Lower == "who" ||
		p.Lower == "which" || p.Lower == "that" || strings.HasSuffix(p.Lower, "ly") {
		return false
	}
	k := i + 1
	if t := &d.Tokens[k]; t.Kind == text.QuoteMark && t.Open {
		// a term in quotation marks: "stretches called “segments”"
		for j := k + 1; j <= l && j <= k+5; j++ {
			if c := &d.Tokens[j]; c.Kind == text.QuoteMark && !c.Open {
				return true
			}
		}
		return false
	}
	if d.Tokens[k].Lower == "the" {
		k++
	}
	start := k
	for k <= l && (d.Tokens[k].Upper && d.Tokens[k].Kind == text.Word || d.Tokens[k].Lower == "of" && k > start) {
		k++
	}
	if k == start {
		return false
	}
	if k > l {
		return true
	}
	n := &d.Tokens[k]
	return n.Kind == text.Punct || n.Kind == text.QuoteMark || subordinators[n.Lower] || prepositions[n.Lower] || n.Lower == "and"
}

// participles are past participles of cue verbs that do not end in "-ed".
var participles = set("written shown known sworn spoken thought told found")

// pollBefore reports whether the tokens from a to the next comma, within a
// dozen and a half, name a poll or survey.
func pollBefore(d *text.Doc, a, l int) bool {
	poll := false
	for k := a; k <= l && k < a+18; k++ {
		switch w := d.Tokens[k].Lower; {
		case w == ",":
			return poll && k > a && k < l
		case w == "poll" || w == "polls" || w == "survey" || w == "surveys":
			poll = true
		case d.Tokens[k].Kind == text.Punct && w != "/" && w != "-" && w != "." && w != "’s" && w != "'s",
			d.Tokens[k].Kind == text.QuoteMark:
			return false
		}
	}
	return false
}

// agentTimeWords may stand between a passive participle and its agent.
var agentTimeWords = set("on monday tuesday wednesday thursday friday saturday sunday today yesterday earlier last this week month year")

// cueWords are the words a cue may start with: the forms of the lexicon,
// the first words of idioms, the cues after quotations and "according".
// Built on first use, once every table it reads is.
var (
	cueWords     map[string]bool
	cueWordsOnce sync.Once
)

func buildCueWords() {
	cueWords = map[string]bool{"according": true, "in": true}
	for w := range cueForms {
		cueWords[w] = true
	}
	for w := range idiomsByFirst {
		cueWords[w] = true
	}
	for w := range afterQuoteCues {
		cueWords[w] = true
	}
}

// afterQuoteCues are cues only after a quotation and its speaker.
var afterQuoteCues = func() map[string]*cueVerb {
	m := map[string]*cueVerb{}
	for _, w := range strings.Fields(`continued continues read reads laughed laughs joked jokes quipped quips mused muses
		sighed sighs shouted shouts yelled yells exclaimed exclaims pleaded pleads recounted recounts remembered
		remembers offered offers snapped snaps shared shares gushed gushes enthused enthuses teased teases
		whispered whispers murmured murmurs muttered mutters chuckled chuckles cried cries screamed screams`) {
		m[w] = &cueVerb{lemma: w, stance: claimledger.StanceAssert}
	}
	return m
}()

// quoteAndSpeakerBefore reports whether token i follows a closing
// quotation mark (and maybe a comma) and a short speaker phrase.
func quoteAndSpeakerBefore(d *text.Doc, i, f int) bool {
	k := i - 1
	for n := 0; k >= f && n < 6; n++ {
		t := &d.Tokens[k]
		if t.Kind == text.QuoteMark {
			return !t.Open && k < i-1
		}
		if t.Lower == "," && k > f && d.Tokens[k-1].Kind == text.QuoteMark && !d.Tokens[k-1].Open {
			return k < i-1
		}
		if t.Kind != text.Word && t.Lower != "." {
			return false
		}
		k--
	}
	return false
}

// catenatives keep the verb after them a cue: "continues to insist".
var catenatives = set("continue continues continued continuing")

// lightVerbs carry a noun that says what was said: "expressed fears".
var lightVerbs = set("expressed expresses expressing voiced voices voicing raised raises raising aired airs airing")

// pronounDeterminers stand alone as subjects ("Some said", "Yet another
// said") before forms that are only verbs.
var (
	pronounDeterminers = set("some another each many several most few none any")
	plainVerbs         = set("said says say told tells")
)

// possessiveBeforeName reports whether the capitalised words ending at
// token k follow a possessive or an article.
func possessiveBeforeName(d *text.Doc, k, f int) bool {
	j := k
	for j >= f && k-j < 4 && d.Tokens[j].Upper && d.Tokens[j].Kind == text.Word {
		j--
	}
	if j < f || j == k {
		return false
	}
	w := d.Tokens[j].Lower
	return w == "'s" || w == "’s" || w == "the" || w == "a" || w == "an"
}

// titleCase reports whether most words of tokens [f, l] are capitalised,
// as in a headline.
func titleCase(d *text.Doc, f, l int) bool {
	upper, lower := 0, 0
	for k := f; k <= l; k++ {
		t := &d.Tokens[k]
		if t.Kind != text.Word || len(t.Lower) <= 3 {
			continue // "of", "to", "the" stay lower case in titles
		}
		if t.Upper {
			upper++
		} else {
			lower++
		}
	}
	return upper > lower
}

// nounTooVerb decides whether a form that is also a noun ("reports",
// "claims", "note") is the verb here: after a name or pronoun, or before
// "that", a quotation or a colon.
func nounTooVerb(d *text.Doc, i, f, l int) bool {
	w := d.Tokens[i].Lower
	if strings.HasSuffix(w, "ing") && i > f && i < l && (isComma(d, i-1) || isComma(d, i+1) || d.Tokens[i+1].Lower == ":") {
		return true // "..., noting, “...”", "..., tweeting: ..."
	}
	if i > f && strings.HasSuffix(w, "ing") {
		p := d.Tokens[i-1].Lower
		if auxiliaries[p] && !determiners[p] || p == "'re" || p == "’re" ||
			(p == "'s" || p == "’s") && i-1 > f && subjectPronouns[d.Tokens[i-2].Lower] {
			return true // "He’s claiming that", "they are reporting"
		}
	}
	if i > f && (isCloseQuote(d, i-1) || isComma(d, i-1) && i-1 > f && isCloseQuote(d, i-2)) {
		return true // `"...," comments David Moura-George`
	}
	if i > f && (pastVerb(d.Tokens[i-1].Lower) && !d.Tokens[i-1].Upper && !auxiliaries[d.Tokens[i-1].Lower] ||
		strings.HasSuffix(w, "s") && prepositions[d.Tokens[i-1].Lower]) {
		return false // the object of a verb: "investigated claims that", "heaped praise on", "amid reports that"
	}
	if i-1 > f && months[d.Tokens[i-1].Lower] && determiners[d.Tokens[i-2].Lower] {
		return false // "a June report that"
	}
	if i-1 > f && particles[d.Tokens[i-1].Lower] && pastVerb(d.Tokens[i-2].Lower) {
		return false // the object of a phrasal verb: "played down claims that"
	}
	// a noun after its article and adjectives: "the most basic question:"
	// (not "The ministry claims", "the officials report": a verb after a
	// noun)
	base := !strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "ing")
	for k := i - 1; base && k >= f && k >= i-3; k-- {
		t := &d.Tokens[k]
		if determiners[t.Lower] && t.Lower != "that" && t.Lower != "both" && t.Lower != "all" || t.Lower == "'s" || t.Lower == "’s" {
			return false
		}
		if t.Kind != text.Word || t.Upper || auxiliaries[t.Lower] || subjectPronouns[t.Lower] || t.Lower == "who" || pluralNoun(t.Lower) {
			break
		}
	}
	// a compound name before it, and no content after: "Pagliano's Fifth
	// Amendment claims, prosecutors ..." (but "Russia's Defence Ministry
	// claims that ...")
	if i > f && i < l && d.Tokens[i-1].Upper && !strings.HasSuffix(w, "ed") && possessiveBeforeName(d, i-1, f) {
		if n := &d.Tokens[i+1]; n.Kind == text.Punct && n.Lower != ":" || prepositions[n.Lower] && n.Lower != "to" {
			return false // "Radio 4's Today show on Monday"
		}
	}
	if !strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "ing") {
		// a name as modifier: "a New York Times report that", "the IMF report"
		k := i - 1
		for k > f && k > i-5 && d.Tokens[k].Upper && d.Tokens[k].Kind == text.Word {
			k--
		}
		if k < i-1 && k >= f && determiners[d.Tokens[k].Lower] {
			return false
		}
	}
	if i+1 <= l {
		n := d.Tokens[i+1]
		if n.Lower == "of" || n.Lower == "by" || n.Lower == "from" || n.Lower == "for" || n.Lower == "as" || finiteVerbs[n.Lower] ||
			cueForms[n.Lower] != nil || n.Kind == text.Word && !n.Upper && strings.HasSuffix(n.Lower, "ed") {
			return false
		}
		if n.Lower == "that" || n.Lower == ":" || n.Kind == text.QuoteMark && n.Open {
			return true
		}
	}
	if strings.HasSuffix(w, "ed") {
		return true
	}
	if i == f {
		return false
	}
	p := d.Tokens[i-1]
	if !strings.HasSuffix(w, "s") {
		// a base form is a verb after a pronoun or auxiliary: "they report"
		// ... or after a plural subject: "Officials praise the plan"
		return subjectPronouns[p.Lower] || p.Lower == "who" || auxiliaries[p.Lower] && !determiners[p.Lower] && !(p.Upper && i-1 > f) ||
			p.Kind == text.Word && pluralNoun(p.Lower) && !auxiliaries[p.Lower] && !possessivePronouns[p.Lower] &&
				!strings.HasSuffix(w, "ing") && !strings.HasSuffix(w, "ed")
	}
	return subjectPronouns[p.Lower] || p.Lower == "who" || p.Upper && p.Kind == text.Word && !d.Tokens[i].Upper && !months[p.Lower] ||
		auxiliaries[p.Lower] && !determiners[p.Lower] && !p.Upper
}

// particles complete a phrasal verb: "played down", "brushed off".
var particles = set("down up off out away back aside")

// pluralNoun reports whether a word looks like a plural noun: "-s", not
// "-ss" or "-ous" ("previous").
func pluralNoun(w string) bool {
	return strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "ous") && !strings.HasSuffix(w, "us")
}

// possessivePronouns end in -s without being plural subjects.
var possessivePronouns = set("his its hers ours yours theirs")

// months name a time, not a speaker, before a noun: "the May report".
var months = set("january february march april may june july august september october november december")

// asBefore reports whether "as" opens the clause of token i within a few
// words: "as Fischer put it".
func asBefore(d *text.Doc, i, f int) bool {
	for k := i - 1; k >= f && k >= i-5; k-- {
		if d.Tokens[k].Lower == "as" {
			return true
		}
		if d.Tokens[k].Kind != text.Word {
			return false
		}
	}
	return false
}

func hasAsAhead(d *text.Doc, i, l int) bool {
	for k := i; k <= l && k < i+6; k++ {
		if d.Tokens[k].Lower == "as" {
			return true
		}
	}
	return false
}

// idiom is a compiled multi-word cue: one set of words a slot.
type idiom struct {
	slots   []slot
	verb    *cueVerb
	needsAs bool // "described X as": a label only with "as"
	// asBefore: "as X put it", a cue only after "as"
	asBefore bool
}

type slot struct {
	words    map[string]bool
	optional bool
}

// idiomsByFirst indexes the idioms by the forms of their first word.
var idiomsByFirst = map[string][]*idiom{}

func init() {
	for _, id := range idioms {
		c := &idiom{verb: &cueVerb{lemma: id.words[0], stance: id.stance}, needsAs: strings.HasPrefix(id.words[0], "describe"),
			asBefore: strings.HasPrefix(id.words[0], "put")}
		for _, w := range id.words {
			sl := slot{words: map[string]bool{}, optional: strings.HasPrefix(w, "?")}
			for _, alt := range strings.Split(strings.TrimPrefix(w, "?"), "|") {
				sl.words[alt] = true
			}
			c.slots = append(c.slots, sl)
		}
		for w := range c.slots[0].words {
			idiomsByFirst[w] = append(idiomsByFirst[w], c)
		}
	}
}

func matchIdiom(d *text.Doc, i, l int, slots []slot) (int, bool) {
	k := i
	for _, sl := range slots {
		if k > l || !sl.words[d.Tokens[k].Lower] {
			if sl.optional {
				continue
			}
			return 0, false
		}
		k++
	}
	return k - 1, true
}

func precededByDeterminer(d *text.Doc, i, f int) bool {
	if i <= f {
		return false
	}
	p := d.Tokens[i-1]
	if (p.Lower == "'s" || p.Lower == "’s") && !(i-1 > f && subjectPronouns[d.Tokens[i-2].Lower]) {
		return true // "the party's claims", not "he's claiming"
	}
	if determiners[p.Lower] && p.Lower != "that" && p.Lower != "both" && p.Lower != "all" &&
		!(pronounDeterminers[p.Lower] && plainVerbs[d.Tokens[i].Lower]) {
		return true
	}
	// an adverb between: "his recently revealed strategies", "from
	// publicly disclosed information"
	if i-1 > f && strings.HasSuffix(p.Lower, "ly") && p.Kind == text.Word && !p.Upper {
		q := d.Tokens[i-2].Lower
		return determiners[q] && q != "that" && q != "both" && q != "all" || q == "'s" || q == "’s" ||
			prepositions[q] && q != "to" && q != "by"
	}
	return false
}

// cueModifier reports whether a word before a cue verb belongs to the cue,
// as annotators mark it: an auxiliary or an adverb ("has long argued", "now
// says", "flatly denied").
func cueModifier(w string) bool {
	return auxiliaries[w] || speakerAdverbs[w] || cueAdverbs[w] || len(w) >= 5 && strings.HasSuffix(w, "ly") && !lyNouns[w]
}

// cueAdverbs are adverbs of time and degree that annotators keep in a cue.
var cueAdverbs = set("just now even first finally officially regularly actually")

// widenCue takes in auxiliaries and adverbs just before the cue: "has
// pointed fingers at", "did note", "flatly denies".
func widenCue(d *text.Doc, c cue, f int) cue {
	if c.kind == cueAccordingTo {
		return c
	}
	for c.first > f && cueModifier(d.Tokens[c.first-1].Lower) && d.Tokens[c.first-1].Kind == text.Word &&
		!(d.Tokens[c.first-1].Upper && c.first-1 > f) { // "The May report": a month
		if w := d.Tokens[c.first-1].Lower; (w == "both" || w == "all") && c.first-2 >= f && d.Tokens[c.first-2].Lower == "," {
			break
		}
		c.first--
	}
	// "he's claiming": the contracted auxiliary is the cue's
	if k := c.first - 1; k-1 >= f && (d.Tokens[k].Lower == "'s" || d.Tokens[k].Lower == "’s") && subjectPronouns[d.Tokens[k-1].Lower] {
		c.first = k
	}
	// "both assert": quantifiers belong to the subject, not the cue
	for c.first < c.last && (d.Tokens[c.first].Lower == "both" || d.Tokens[c.first].Lower == "all") {
		c.first++
	}
	return c
}
