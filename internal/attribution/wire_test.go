package attribution

import (
	"testing"

	cl "github.com/claimledger/claimledger"
)

// Wire copy: post-posed cues with time adjuncts, datelines, "said that",
// "according to", inverted "said X" with an appositive, participles.
func TestWireCopy(t *testing.T) {
	runCases(t, []attrCase{
		{"post-posed with a dateline and a day", "KYIV, Ukraine (AP) — Russian forces shelled the southern city of Kherson overnight, killing at least 12 civilians, the regional governor said on Tuesday.",
			[]want{{source: "the regional governor", cue: "said", stance: cl.StanceAssert,
				content: "Russian forces shelled the southern city of Kherson overnight, killing at least 12 civilians"}}},
		{"pre-posed said that", "The Interior Ministry said that 40 people had been evacuated from two villages near the border.",
			[]want{{source: "The Interior Ministry", cue: "said", stance: cl.StanceAssert,
				content: "that 40 people had been evacuated from two villages near the border"}}},
		{"according to opening the sentence", "According to the United Nations, more than 9,000 civilians have been killed since the invasion began.",
			[]want{{source: "the United Nations", cue: "According to", stance: cl.StanceAssert,
				content: "more than 9,000 civilians have been killed since the invasion began"}}},
		{"according to after the content", "The ceasefire is holding, according to monitors from the Organization for Security and Co-operation in Europe.",
			[]want{{source: "monitors from the Organization for Security and Co-operation in Europe", cue: "according to",
				stance: cl.StanceAssert, content: "The ceasefire is holding"}}},
		{"inverted with an appositive", `"The situation is extremely difficult," said Yuriy Malashko, head of the regional military administration.`,
			[]want{{source: "Yuriy Malashko, head of the regional military administration", cue: "said", stance: cl.StanceAssert,
				content: `"The situation is extremely difficult,"`, form: cl.FormDirect}}},
		{"inverted speaker with a title and an initial", `"We will rebuild the bridge," said Rep. Anna L. Moreno, who chairs the committee.`,
			[]want{{source: "Rep. Anna L. Moreno, who chairs the committee", cue: "said", stance: cl.StanceAssert,
				content: `"We will rebuild the bridge,"`, form: cl.FormDirect}}},
		{"denial with a participle that shares the speaker", "Moscow denied targeting civilian areas, saying its strikes hit only military infrastructure.",
			[]want{
				{source: "Moscow", cue: "denied", stance: cl.StanceDeny, content: "targeting civilian areas"},
				{source: "Moscow", cue: "saying", stance: cl.StanceAssert, content: "its strikes hit only military infrastructure"}}},
		{"appositive speaker and adding that", "Ms. Alvarez, a senior analyst at the Geneva-based institute, said the numbers were probably higher, adding that many deaths went unreported.",
			[]want{
				{source: "Ms. Alvarez, a senior analyst at the Geneva-based institute,", cue: "said", stance: cl.StanceAssert, content: "the numbers were probably higher"},
				{source: "Ms. Alvarez, a senior analyst at the Geneva-based institute,", cue: "adding", stance: cl.StanceAssert, content: "that many deaths went unreported"}}},
		{"content ends where the speaker goes on with another cue", "The governor said the dam had held through the night and called the flooding a warning.",
			[]want{
				{source: "The governor", cue: "said", stance: cl.StanceAssert, content: "the dam had held through the night"},
				{source: "The governor", cue: "called", stance: cl.StanceLabel, content: "the flooding a warning"}}},
		{"told reporters that", "The minister told reporters on Friday that talks would resume next week.",
			[]want{{source: "The minister", cue: "told", stance: cl.StanceAssert, content: "that talks would resume next week"}}},
		{"cue interrupting a clause", "Acts of sabotage, the prosecutor argued, cannot be excused as protest.",
			[]want{{source: "the prosecutor", cue: "argued", stance: cl.StanceAssert,
				content: "Acts of sabotage, the prosecutor argued, cannot be excused as protest",
				parts:   []string{"Acts of sabotage", "cannot be excused as protest"}}}},
		{"unnamed sources", "Sources say the commander was dismissed last month.",
			[]want{{source: "Sources", cue: "say", stance: cl.StanceAssert, content: "the commander was dismissed last month"}}},
		{"hedge in the content", "Officials said the purported drone attack on the refinery caused minor damage.",
			[]want{{source: "Officials", cue: "said", stance: cl.StanceAssert, hedged: true,
				content: "the purported drone attack on the refinery caused minor damage"}}},
		{"hedge in the source does not count", "The self-styled governor of the region said the bridge had reopened.",
			[]want{{source: "The self-styled governor of the region", cue: "said", stance: cl.StanceAssert,
				content: "the bridge had reopened"}}},
	})
}

// Verification cues speak of the claim that carries the figures, in the same
// sentence or the next.
func TestVerification(t *testing.T) {
	runCases(t, []attrCase{
		{"confirmed in the next sentence", "The ministry reported 14 strikes on Sunday. The figures have been independently verified by Reuters.",
			[]want{{source: "The ministry", cue: "reported", stance: cl.StanceAssert, content: "14 strikes on Sunday", verification: cl.Confirmed}}},
		{"unverified in the next sentence", "Islamic State claimed responsibility for the bombing. The claim could not be independently verified.",
			[]want{{source: "Islamic State", cue: "claimed responsibility for", stance: cl.StanceClaimResponsibility,
				content: "the bombing", verification: cl.Unverified}}},
		{"figures named, an earlier claim without numbers is passed over",
			"The army said 30 fighters were killed near the dam. Rebel commanders said the army was lying. The casualty figures could not be independently confirmed.",
			[]want{
				{source: "The army", cue: "said", stance: cl.StanceAssert, content: "30 fighters were killed near the dam", verification: cl.Unverified},
				{source: "Rebel commanders", cue: "said", stance: cl.StanceAssert, content: "the army was lying"}}},
		{"no verification cue leaves it unknown", "The agency said 200 homes were damaged.",
			[]want{{source: "The agency", cue: "said", stance: cl.StanceAssert, content: "200 homes were damaged"}}},
	})
}
