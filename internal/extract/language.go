package extract

import (
	"unicode"

	"github.com/abadojack/whatlanggo"

	"github.com/claimledger/claimledger/internal/text"
)

// English is the one language the layers have rules and lexicons for.
const English = "en"

// englishWords are function words frequent in any English prose.
var englishWords = map[string]bool{
	"the": true, "of": true, "and": true, "to": true, "a": true, "in": true, "is": true, "that": true,
	"was": true, "for": true, "on": true, "it": true, "with": true, "as": true, "he": true, "said": true,
	"by": true, "at": true, "from": true, "his": true, "be": true, "have": true, "has": true, "are": true,
	"were": true, "not": true, "but": true, "this": true, "they": true, "which": true, "an": true, "will": true,
}

// language tells English by its function words, which is cheap enough for
// every document; anything else is named by a trigram model on a sample.
func language(d *text.Doc) string {
	words, hits, strong := 0, 0, 0
	for _, t := range d.Tokens {
		if t.Kind != text.Word {
			continue
		}
		words++
		if englishWords[t.Lower] {
			hits++
			if !sharedWords[t.Lower] {
				strong++
			}
		}
		if words == 400 || words >= 100 && hits*100 >= words*25 {
			break // a quarter of function words in a hundred: English beyond doubt
		}
	}
	if words == 0 || hits*100 >= words*12 {
		return English // too little text to tell, or English
	}
	sample := d.Text
	if len(sample) > 2000 {
		sample = sample[:2000]
	}
	info := whatlanggo.Detect(sample)
	code := info.Lang.Iso6391()
	if code == English || words < shortText && (!info.IsReliable() || strong > 0) && info.Script == unicode.Latin {
		// the detector says English; or a sentence or two in Latin
		// letters, too short for the function-word test and for a guess
		// of the detector to outweigh it, or with an English function word
		return English
	}
	if code != "" {
		return code
	}
	return "und"
}

// sharedWords are English function words that other languages in Latin
// letters write too ("a", "on", "in", "as"): no evidence in a short text.
var sharedWords = map[string]bool{"a": true, "in": true, "on": true, "as": true, "an": true, "is": true, "at": true, "be": true}

// shortText is the number of words below which an unreliable guess of
// another language leaves a text English.
const shortText = 40
