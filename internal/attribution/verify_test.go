package attribution

import (
	"strings"
	"testing"

	cl "github.com/claimledger/claimledger"
)

func TestPluralVerificationCueCoversTheStretch(t *testing.T) {
	expectClaims(t, "The rebels said they had shot down a helicopter.\n\n"+
		"Their spokesman said 30 soldiers were captured near the airport. Four armoured cars were destroyed, he added.\n\n"+
		"None of the claims could be independently confirmed. The army said on Friday that it had retaken the airport.",
		[]want{
			{source: "The rebels", cue: "said", stance: cl.StanceAssert, content: "they had shot down a helicopter", verification: cl.Unverified},
			{source: "Their spokesman", cue: "said", stance: cl.StanceAssert, content: "30 soldiers were captured near the airport", verification: cl.Unverified},
			{source: "he", cue: "added", stance: cl.StanceAssert, content: "Four armoured cars were destroyed", verification: cl.Unverified},
			{source: "The army", cue: "said", stance: cl.StanceAssert, content: "that it had retaken the airport", verification: cl.Unknown},
		}, true)
}

func TestSingularVerificationCueMarksOneClaim(t *testing.T) {
	expectClaims(t, "The governor said two schools were hit. The militia said it had seized the bridge, a claim that could not be independently verified.",
		[]want{
			{source: "The governor", cue: "said", stance: cl.StanceAssert, content: "two schools were hit", verification: cl.Unknown},
			{source: "The militia", cue: "said", stance: cl.StanceAssert, content: "it had seized the bridge", verification: cl.Unverified},
		}, true)
}

func TestNeitherAccountMarksTheAccountsJustGiven(t *testing.T) {
	expectClaims(t, "The governor said the dam had held.\n\n"+
		"The army said it had detained more than 50 suspects. Local officials said two teenagers were among them. "+
		"Neither account could be independently verified.",
		[]want{
			{source: "The governor", cue: "said", stance: cl.StanceAssert, content: "the dam had held", verification: cl.Unknown},
			{source: "The army", cue: "said", stance: cl.StanceAssert, content: "it had detained more than 50 suspects", verification: cl.Unverified},
			{source: "Local officials", cue: "said", stance: cl.StanceAssert, content: "two teenagers were among them", verification: cl.Unverified},
		}, true)
}

func TestCountedNounsAreNoCues(t *testing.T) {
	expectClaims(t, "Police detained 50 suspects and two reports were filed.", nil, true)
}

// Every phrase that decides a stance holds one of the words looked for
// first, or the phrase could never be found.
func TestStancePhrasesHaveAStanceWord(t *testing.T) {
	for _, phrases := range [][]string{denialPhrases, blamePhrases} {
		for _, p := range phrases {
			found := false
			for _, w := range strings.Fields(p) {
				found = found || stanceWords[w]
			}
			if !found {
				t.Errorf("%q holds none of stanceWords", p)
			}
		}
	}
}
