package quantities

import "github.com/claimledger/claimledger/internal/text"

// qualifierBefore finds the qualifier written just before token h, at or
// after token first, and returns it with the token where it starts.
func qualifierBefore(d *text.Doc, h, first int) (qual, int) {
	toks := d.Tokens
	word := func(k int) string {
		if k < first || toks[k].Kind != text.Word {
			return ""
		}
		return toks[k].Lower
	}
	if h-3 >= first {
		if q, ok := qualifiers3[[3]string{word(h - 3), word(h - 2), word(h - 1)}]; ok {
			return q, h - 3
		}
	}
	if h-2 >= first {
		if q, ok := qualifiers2[[2]string{word(h - 2), word(h - 1)}]; ok {
			return q, h - 2
		}
	}
	if h-1 >= first {
		if q, ok := qualifiers1[word(h-1)]; ok {
			return q, h - 1
		}
	}
	return qNone, h
}

// changeVerbs before "from X to Y" make X an old figure, not a bound.
var changeVerbs = map[string]bool{
	"rose": true, "risen": true, "rising": true, "increased": true, "climbed": true, "jumped": true,
	"grew": true, "fell": true, "dropped": true, "revised": true, "raised": true, "lowered": true,
	"up": true, "down": true, "soared": true, "declined": true, "decreased": true,
}

// objectStops end the run of words that names what is counted.
var objectStops = map[string]bool{
	"and": true, "or": true, "but": true, "nor": true, "were": true, "was": true, "is": true, "are": true,
	"be": true, "been": true, "being": true, "have": true, "has": true, "had": true, "will": true,
	"would": true, "could": true, "should": true, "may": true, "might": true, "must": true, "can": true,
	"do": true, "did": true, "does": true, "who": true, "whom": true, "whose": true, "that": true,
	"which": true, "what": true, "when": true, "where": true, "while": true, "in": true, "on": true,
	"at": true, "of": true, "by": true, "for": true, "with": true, "from": true, "to": true, "into": true,
	"onto": true, "during": true, "after": true, "before": true, "since": true, "as": true, "near": true,
	"across": true, "including": true, "according": true, "than": true, "the": true, "a": true, "an": true,
	"this": true, "these": true, "those": true, "its": true, "their": true, "his": true, "her": true,
	"our": true, "it": true, "they": true, "them": true, "he": true, "she": true, "we": true, "i": true,
	"you": true, "said": true, "say": true, "says": true, "told": true, "reported": true, "remain": true,
	"remained": true, "remains": true, "also": true, "reportedly": true, "still": true, "now": true,
	"then": true, "there": true, "here": true, "ago": true, "each": true, "so": true, "not": true,
	"if": true, "because": true, "over": true, "under": true, "about": true, "around": true, "between": true,
	"through": true, "against": true, "without": true, "within": true, "among": true, "amid": true,
	"inside": true, "outside": true, "toward": true, "towards": true, "via": true, "along": true,
	"behind": true, "beyond": true, "upon": true, "up": true, "down": true, "out": true, "off": true,
	"all": true, "both": true, "either": true, "only": true, "just": true, "even": true, "yesterday": true,
	"today": true, "tonight": true, "overnight": true, "respectively": true, "allegedly": true,
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true, "saturday": true,
	"sunday": true, "'s": true, "’s": true, "more": true, "less": true, "fewer": true, "later": true,
	"last": true, "earlier": true, "went": true, "lost": true, "left": true, "taken": true, "shot": true,
}

var leadingMore = map[string]bool{"more": true, "other": true, "further": true, "additional": true}

// pronouns after "of" count people already named: "12 of them".
var pronouns = map[string]bool{"them": true, "us": true, "whom": true, "which": true, "these": true, "those": true}

// objectRun is the run of words naming what is counted.
type objectRun struct {
	start, end int // tokens of the object words, end exclusive; start == end when none
	next       int // the first token after the object and its closing quote
}

// objectAfter reads the counted noun phrase that follows token k: an
// optional "of" (with a determiner or a pronoun), an opening quotation mark,
// then at most four words up to a function word, a verb of the category
// lexicon or a closing mark.
func objectAfter(d *text.Doc, k, end int, ofOK bool) objectRun {
	toks := d.Tokens
	if k < end && toks[k].Lower == "of" && k+1 < end {
		nx := toks[k+1].Lower
		switch {
		case pronouns[nx]:
			return objectRun{k + 2, k + 2, k + 2}
		case determiners[nx] && nx != "'s" && nx != "’s":
			k += 2
		case ofOK:
			k++
		}
	}
	quoted := false
	if k < end && toks[k].Kind == text.QuoteMark && toks[k].Open {
		quoted = true
		k++
	}
	if k+1 < end && leadingMore[toks[k].Lower] && toks[k+1].Kind == text.Word && !objectStops[toks[k+1].Lower] {
		k++ // "12 more people": the people are counted
	}
	start := k
	for k < end && k-start < 4 {
		t := &toks[k]
		if t.Kind != text.Word {
			break
		}
		w := t.Lower
		if objectStops[w] {
			break
		}
		if h, ok := lookupHead(w); ok && h.kind != kArticle && h.kind != kNo {
			break // "five of the eight men"
		}
		if c, ok := cues[w]; ok && c.roles&asAfter != 0 && (k > start || c.roles&asHead == 0) {
			break // "four vehicles destroyed", "96 died"
		}
		if k > start {
			if isPlural(toks[k-1].Lower) {
				break // "MPs gave", "civilians living", "children skip school"
			}
			if t.Upper && !toks[k-1].Upper {
				break
			}
		}
		k++
	}
	run := objectRun{start, k, k}
	if k < end && k > start && (toks[k].Lower == "'s" || toks[k].Lower == "’s") {
		return objectRun{start, start, start} // "two of the world's largest…": the counted noun is further on
	}
	if quoted && k < end && toks[k].Kind == text.QuoteMark {
		run.next = k + 1
	}
	if quoted && start == k {
		run.start, run.end, run.next = start-1, start-1, start-1
	}
	return run
}

// pluralModifiers end in s but stand before the counted noun: "rights
// activists", "news agencies".
var pluralModifiers = map[string]bool{
	"news": true, "arms": true, "rights": true, "goods": true, "sports": true, "savings": true,
	"customs": true, "series": true, "species": true, "means": true, "headquarters": true, "politics": true,
	"economics": true, "arts": true, "sales": true, "jobs": true, "ss": true, "us": true, "is": true,
}

var irregularPlurals = map[string]bool{
	"people": true, "men": true, "women": true, "children": true, "police": true, "personnel": true,
	"staff": true, "cattle": true, "others": true, "troops": true, "feet": true, "geese": true, "mice": true,
}

// isPlural says whether w reads as a plural noun, which ends the counted
// noun phrase: what follows it is a verb or a complement.
func isPlural(w string) bool {
	if irregularPlurals[w] {
		return true
	}
	n := len(w)
	if n < 3 || w[n-1] != 's' || pluralModifiers[w] || pluralModifiers[w[n-2:]] {
		return false
	}
	return true
}

// afterAux are the words between a counted noun and its participle: "were
// killed", "have been reportedly detained".
var afterAux = map[string]bool{
	"were": true, "was": true, "are": true, "is": true, "have": true, "has": true, "had": true,
	"been": true, "being": true, "be": true, "reportedly": true, "also": true, "later": true, "all": true,
	"allegedly": true, "subsequently": true, "still": true, "now": true, "either": true, "both": true,
	"since": true, "confirmed": true, "presumed": true, "believed": true, "feared": true, "to": true,
	"apparently": true, "likely": true, "probably": true,
}

// categoryAfter reads the participle or verb that follows the count:
// "were killed", "destroyed", "died", "were shot down", "lost their lives".
// After "who" or "that" a verb counts only with an auxiliary ("who were
// killed"); "strikes that killed" says what the strikes did.
func categoryAfter(d *text.Doc, k, end int) string {
	toks := d.Tokens
	relative, aux := false, false
	for steps := 0; k < end && steps < 5; k, steps = k+1, steps+1 {
		w := toks[k].Lower
		if w == "," && steps == 0 {
			// "1.1 million people, mainly Jews, were killed": skip the aside
			j := k + 1
			for j < end && j-k <= 6 && toks[j].Lower != "," {
				j++
			}
			if j < end && j-k <= 6 {
				k, steps = j, -1
				continue
			}
			return ""
		}
		if toks[k].Upper && k > 0 && toks[k-1].Kind == text.Word {
			return "" // a name: "Hurt", "Downing Street"
		}
		if afterAux[w] {
			aux = aux || w != "to"
			continue
		}
		if (w == "who" || w == "that" || w == "which") && !relative {
			relative = true
			continue
		}
		if relative && !aux {
			return ""
		}
		next := ""
		if k+1 < end {
			next = toks[k+1].Lower
		}
		switch w {
		case "shot":
			switch next {
			case "down":
				return catDestroyed
			case "dead":
				return catKilled
			}
			return ""
		case "taken":
			if next == "prisoner" || next == "captive" || next == "hostage" {
				return catCaptured
			}
			return ""
		case "lost":
			if k+2 < end && (toks[k+2].Lower == "lives" || toks[k+2].Lower == "life") {
				return catKilled
			}
			return ""
		case "went", "gone", "remain", "remained", "remains":
			if next == "missing" {
				return catMissing
			}
			return ""
		case "left", "made", "rendered":
			if next == "homeless" {
				return catDisplaced
			}
			if w == "left" && next == "dead" {
				return catKilled
			}
			return ""
		}
		if c, ok := cues[w]; ok && c.roles&asAfter != 0 {
			// "killed and wounded", "dead or injured": casualties
			if k+2 < end && (next == "and" || next == "or") {
				if c2, ok := cues[toks[k+2].Lower]; ok && c2.roles&asAfter != 0 && c2.category != c.category &&
					bothHarm(c.category, c2.category) {
					return catCasualties
				}
			}
			return c.category
		}
		return ""
	}
	return ""
}

// bothHarm reports whether two categories together make casualties.
func bothHarm(a, b string) bool {
	harm := func(c string) bool { return c == catKilled || c == catWounded || c == catMissing || c == catCaptured }
	return harm(a) && harm(b)
}

// chainWords may stand between a toll noun or a transitive verb and the
// count: "the death toll has risen to 45", "killed a total of 12".
var chainWords = map[string]bool{
	"to": true, "at": true, "of": true, "rose": true, "risen": true, "reached": true, "climbed": true,
	"jumped": true, "hit": true, "stood": true, "stands": true, "stand": true, "is": true, "was": true,
	"has": true, "had": true, "have": true, "now": true, "increased": true, "passed": true, "topped": true,
	"surpassed": true, "numbered": true, "number": true, "totalled": true, "totaled": true, "total": true,
	"put": true, "the": true, "a": true, "an": true, "all": true, "another": true, "further": true,
	"additional": true, "only": true, "just": true, "reportedly": true, "also": true, "than": true,
}

// categoryBefore reads the transitive verb or toll noun before the count
// ("killing 12", "shot down 20", "the death toll rose to 45"). munition says
// whether the counted noun is a weapon, for "launched" and "fired".
func categoryBefore(d *text.Doc, k, first int, munition bool) string {
	toks := d.Tokens
	for steps := 0; k >= first && steps < 7; k, steps = k-1, steps+1 {
		t := &toks[k]
		w := t.Lower
		if t.Upper && k > first {
			return "" // a name, not a verb: "Downing", "Strike"
		}
		if t.Kind == text.Number && k-1 >= first && toks[k-1].Lower == "from" {
			k-- // "rose from 10 to 15"
			continue
		}
		if chainWords[w] {
			continue
		}
		prev := ""
		if k-1 >= first {
			prev = toks[k-1].Lower
		}
		switch {
		case w == "down" && (prev == "shot" || prev == "shooting" || prev == "shoot"):
			return catDestroyed
		case w == "out" && (prev == "carried" || prev == "carrying"):
			if munition {
				return catAttacks
			}
			return ""
		}
		c, ok := cues[w]
		if !ok || c.roles&asBefore == 0 {
			return tollAcross(d, k, first)
		}
		if c.category == catLaunch {
			if munition {
				return catAttacks
			}
			return ""
		}
		return c.category
	}
	return ""
}

var tollPrepositions = map[string]bool{"in": true, "from": true, "on": true, "at": true, "after": true, "for": true}

// tollAcross finds a toll noun separated from the figure by a short place
// or cause: "the death toll in the town has risen to 45".
func tollAcross(d *text.Doc, k, first int) string {
	toks := d.Tokens
	for j := k; j > k-4 && j-1 >= first; j-- {
		if toks[j].Kind != text.Word {
			return ""
		}
		if !tollPrepositions[toks[j].Lower] {
			continue
		}
		if c, ok := cues[toks[j-1].Lower]; ok && c.roles&asHead != 0 && c.roles&asBefore != 0 {
			return c.category
		}
		return ""
	}
	return ""
}
