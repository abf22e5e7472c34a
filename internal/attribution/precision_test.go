package attribution

import "testing"

// Sentences with words that look like cues but attribute nothing.
func TestNoAttribution(t *testing.T) {
	for _, s := range []string{
		"The reported fighting near the border has forced hundreds of families to leave.",
		"Their claimed ethnicity has been questioned for years.",
		"The so-called people's republic has no seaport.",
		"A report by the Red Cross last month ran to 40 pages.",
		"The claims of the company were never tested in court.",
		"The alleged attack took place on a Sunday.",
		"Marta Kovalenko still keeps the key to her flat in Mariupol.",
		"The statement was read out on state television.",
		"He was asked to leave the building.",
		"The stated goal of the offensive was never reached.",
		"The bill was rejected by parliament in a late-night vote.",
		"Analysts expect little.",
		"For more information, visit the department's website.",
		"The denial came two days later.",
		"",
		"...",
		"“”",
	} {
		if got := analyse(s); len(got) != 0 {
			t.Errorf("%q: want no claims, found %v", s, got)
		}
	}
}

// A paragraph of narrative around one attribution yields that one only.
func TestOnlyTheAttributedSentence(t *testing.T) {
	s := "The convoy left Zaporizhzhia at dawn. It carried food, water and medicine for 3,000 people. " +
		"The regional administration said the road had been cleared of mines. The trucks arrived by noon."
	expectClaims(t, s, []want{{source: "The regional administration", cue: "said", stance: "assert",
		content: "the road had been cleared of mines"}}, true)
}
