package attribution

import (
	"testing"

	cl "github.com/claimledger/claimledger"
)

// A government press release: quotations continued over sentences,
// announcements, pledges, boilerplate without attribution.
func TestPressRelease(t *testing.T) {
	text := "WASHINGTON — The Department of Energy today announced $45 million in grants for grid resilience projects in 12 states.\n" +
		`"These investments will keep the lights on for millions of Americans," said Energy Secretary Laura Kemp. "They are a down payment on a stronger grid."` + "\n" +
		"The department said the first awards would be made in March.\n" +
		"The agency vowed to publish a full list of recipients by the end of the year.\n" +
		"For more information, visit the department's website.\n"
	expectClaims(t, text, []want{
		{source: "Energy Secretary Laura Kemp", cue: "said", stance: cl.StanceAssert, form: cl.FormDirect,
			content: `"These investments will keep the lights on for millions of Americans," said Energy Secretary Laura Kemp. "They are a down payment on a stronger grid."`,
			parts:   []string{`"These investments will keep the lights on for millions of Americans,"`, `"They are a down payment on a stronger grid."`}},
		{source: "The department", cue: "said", stance: cl.StanceAssert, content: "the first awards would be made in March"},
		{source: "The agency", cue: "vowed", stance: cl.StancePledge, content: "to publish a full list of recipients by the end of the year"},
	}, false)
}

// A quote-heavy feature: quotations over sentences and paragraphs,
// interrupted quotations, British single quotes and typewriter quotes.
func TestFeature(t *testing.T) {
	runCases(t, []attrCase{
		{"quotation running into the next paragraph",
			"Marta Kovalenko still keeps the key to her flat in Mariupol.\n" +
				"“We left with two bags,” she said. “I thought we would be back in a week.\n" +
				"“Now I know we will never go back. The building is gone.”\n",
			[]want{{source: "she", cue: "said", stance: cl.StanceAssert, form: cl.FormDirect,
				content: "“We left with two bags,” she said. “I thought we would be back in a week.\n“Now I know we will never go back. The building is gone.”",
				parts:   []string{"“We left with two bags,”", "“I thought we would be back in a week.\n“Now I know we will never go back. The building is gone.”"}}}},
		{"interrupted quotation", `"Nobody told us anything," he said, "not the police, not the city."`,
			[]want{{source: "he", cue: "said", stance: cl.StanceAssert, form: cl.FormDirect,
				content: `"Nobody told us anything," he said, "not the police, not the city."`,
				parts:   []string{`"Nobody told us anything,"`, `"not the police, not the city."`}}}},
		{"British single quotes", "‘It was chaos,’ said Olena Bondar. ‘We had water for three days.’",
			[]want{{source: "Olena Bondar", cue: "said", stance: cl.StanceAssert, form: cl.FormDirect,
				content: "‘It was chaos,’ said Olena Bondar. ‘We had water for three days.’",
				parts:   []string{"‘It was chaos,’", "‘We had water for three days.’"}}}},
		{"words inside a British quotation are not cues", "‘They said the bridge was safe,’ Mr. Hughes told the inquiry.",
			[]want{{source: "Mr. Hughes", cue: "told", stance: cl.StanceAssert, form: cl.FormDirect,
				content: "‘They said the bridge was safe,’"}}},
		{"typewriter quotes", "''We are not refugees,'' Mr. Petrov said. ''We are guests who will go home.''",
			[]want{{source: "Mr. Petrov", cue: "said", stance: cl.StanceAssert, form: cl.FormDirect,
				content: "''We are not refugees,'' Mr. Petrov said. ''We are guests who will go home.''",
				parts:   []string{"''We are not refugees,''", "''We are guests who will go home.''"}}}},
		{"mixed: a quoted phrase in reported speech", `Mr. Ruiz said the decision was "a betrayal of every family on this street."`,
			[]want{{source: "Mr. Ruiz", cue: "said", stance: cl.StanceAssert, form: cl.FormMixed,
				content: `the decision was "a betrayal of every family on this street."`}}},
		{"colon speaker in a transcript", "PRESIDENT: We will not give up.\n\nREPORTER: When will the talks resume?",
			[]want{
				{source: "PRESIDENT", cue: ":", stance: cl.StanceAssert, content: "We will not give up"},
				{source: "REPORTER", cue: ":", stance: cl.StanceAssert, content: "When will the talks resume?"}}},
		{"dash-signed quotation", `"Freedom is never free." — Marcus Hale`,
			[]want{{source: "Marcus Hale", cue: "—", stance: cl.StanceAssert, form: cl.FormDirect, content: `"Freedom is never free."`}}},
	})
}

// Conflict reporting: accusations, denials answering them, claims of
// responsibility, pledges, threats, labels.
func TestConflictReporting(t *testing.T) {
	text := "The army accused the rebels of shelling a displacement camp near Goma. " +
		"The rebel M23 movement denied the accusation, saying its fighters had not been in the area for weeks. " +
		`A spokesman for the group, Lawrence Kanyuka, said the claims were "baseless propaganda." ` +
		"The governor threatened to close the border if the attacks continued."
	expectClaims(t, text, []want{
		{source: "The army", cue: "accused", stance: cl.StanceAccuse, content: "the rebels of shelling a displacement camp near Goma"},
		{source: "The rebel M23 movement", cue: "denied", stance: cl.StanceDeny, content: "the accusation", refersToCue: "accused"},
		{source: "The rebel M23 movement", cue: "saying", stance: cl.StanceAssert, content: "its fighters had not been in the area for weeks"},
		{source: "A spokesman for the group, Lawrence Kanyuka,", cue: "said", stance: cl.StanceDeny, form: cl.FormMixed,
			content: `the claims were "baseless propaganda."`, refersToCue: "accused"},
		{source: "The governor", cue: "threatened", stance: cl.StanceThreaten, content: "to close the border if the attacks continued"},
	}, true)

	runCases(t, []attrCase{
		{"denial decided by the content", "Hamas said it had nothing to do with the rocket fire.",
			[]want{{source: "Hamas", cue: "said", stance: cl.StanceDeny, content: "it had nothing to do with the rocket fire"}}},
		{"accusation decided by the content", "Officials in Minsk said Polish agents were behind the sabotage.",
			[]want{{source: "Officials in Minsk", cue: "said", stance: cl.StanceAccuse, content: "Polish agents were behind the sabotage"}}},
		{"pointing the finger", "Police pointed the finger at a local gang for the arson attack.",
			[]want{{source: "Police", cue: "pointed the finger at", stance: cl.StanceAccuse, content: "a local gang for the arson attack"}}},
		{"responsibility taken", "A little-known group took responsibility for the ambush.",
			[]want{{source: "A little-known group", cue: "took responsibility for", stance: cl.StanceClaimResponsibility, content: "the ambush"}}},
		{"labels", `The Kremlin called the attack a terrorist act, labelling the gunmen as "foreign-backed extremists."`,
			[]want{
				{source: "The Kremlin", cue: "called", stance: cl.StanceLabel, content: "the attack a terrorist act"},
				{source: "The Kremlin", cue: "labelling", stance: cl.StanceLabel, form: cl.FormMixed, content: `the gunmen as "foreign-backed extremists."`}}},
		{"pledge", "The interior minister vowed to bring those responsible to justice.",
			[]want{{source: "The interior minister", cue: "vowed", stance: cl.StancePledge, content: "to bring those responsible to justice"}}},
	})

	// the infinitive is the content, not part of the cue
	expectClaims(t, "The agency pledged to publish a full list of recipients.", []want{
		{source: "The agency", cue: "pledged", stance: cl.StancePledge, content: "to publish a full list of recipients"},
	}, true)

	// the fronted object: "an allegation" is what Kyiv rejects
	expectClaims(t, "Moscow blamed the blast on saboteurs, an allegation Kyiv flatly rejects.", []want{
		{source: "Kyiv", cue: "flatly rejects", stance: cl.StanceDeny, content: "an allegation", refersToCue: "blamed"},
	}, false)
}
