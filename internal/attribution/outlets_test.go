package attribution

import (
	"testing"

	cl "github.com/claimledger/claimledger"
)

// Constructions met in the copy of outlets other than wire services and
// PolNeAR's: named hearers of several words, appositive participles,
// names that hold a verb of saying, light verbs, "like X insists".
func TestOtherOutlets(t *testing.T) {
	runCases(t, []attrCase{
		{"told and a hearer named in several words, after the quotation", `"The lower your latitude, the more orbits you have," Jim Cantrell, the founder, told Rest of World.`,
			[]want{{source: "Jim Cantrell, the founder", cue: "told", stance: cl.StanceAssert, form: cl.FormDirect,
				content: `"The lower your latitude, the more orbits you have,"`}}},
		{"told and a hearer named in several words, before the content", "Ana Escrogima, the ambassador, told Voice of America a few companies had launched there.",
			[]want{{source: "Ana Escrogima, the ambassador", cue: "told", stance: cl.StanceAssert, content: "a few companies had launched there"}}},
		{"according to plan", "If all goes according to plan, three complexes will launch rockets.", nil},
		{"a verb that only names", "He has a son called Ronnie and a daughter.", nil},
		{"an appositive that names", "The festival hosted an event called the Fan Experience in March.", nil},
		{"a verb of saying inside a name", "The plan was decreed in 2011 by Sultan Qaboos bin Said, who took power in 1970.", nil},
		{"a participle after a preposition", "Like Higgins, Connolly has been outspoken in condemning Israel for the war.",
			[]want{{source: "Connolly", cue: "condemning", stance: cl.StanceAccuse, content: "Israel for the war"}}},
		{"a light verb and a noun of belief", "Veterans of the diplomatic service have expressed fears that the president might confuse the world.",
			[]want{{source: "Veterans of the diplomatic service", cue: "have expressed fears", stance: cl.StanceOther,
				content: "that the president might confuse the world"}}},
		{"like X insists", "The tide is turning, like the MSM insists every day.",
			[]want{{source: "the MSM", cue: "insists", stance: cl.StanceAssert, content: "The tide is turning"}}},
		{"said she with a time adjunct", `"We will win," said she on Monday.`,
			[]want{{source: "she", cue: "said", stance: cl.StanceAssert, form: cl.FormDirect, content: `"We will win,"`}}},
		{"said and a pronoun that opens the content is no inversion", "The group, called Ansar Allah, said it fired the missile.",
			[]want{{source: "The group, called Ansar Allah", cue: "said", stance: cl.StanceAssert, content: "it fired the missile"}}},
		{"a clause before said and its speaker", "The talks failed, said the minister of defence.",
			[]want{{source: "the minister of defence", cue: "said", stance: cl.StanceAssert, content: "The talks failed"}}},
		{"no speaker that is a clause", "Yao Zhe, a researcher at a Beijing-based think tank, said the target was low.",
			[]want{{source: "Yao Zhe, a researcher at a Beijing-based think tank", cue: "said", stance: cl.StanceAssert, content: "the target was low"}}},
		{"grand slam", "Murray won his 200th grand slam match, a spokesman noted.",
			[]want{{source: "a spokesman", cue: "noted", stance: cl.StanceAssert, content: "Murray won his 200th grand slam match"}}},
		{"a passive with a day before its agent", "The expansion announced Wednesday by Republican leaders was set to cost more.", nil},
		{"as X said", "The tide is turning, as the minister said on Monday.",
			[]want{{source: "the minister", cue: "said", stance: cl.StanceAssert, content: "The tide is turning"}}},
		{"a subject noun that ends like an adverb", "The family reportedly said the boy had left.",
			[]want{{source: "The family", cue: "said", stance: cl.StanceAssert, content: "the boy had left"}}},
		{"a day between speaker and verb", "Strava on Thursday announced a slew of new features.",
			[]want{{source: "Strava", cue: "announced", stance: cl.StanceAssert, content: "a slew of new features"}}},
		{"an adverb between speaker and verb", "Chief product officer Matt Salazar merely said that it was a step change.",
			[]want{{source: "Chief product officer Matt Salazar", cue: "said", stance: cl.StanceAssert, content: "that it was a step change"}}},
		{"a passive with its agent", "It is the latest confrontation in waters claimed almost entirely by Beijing.", nil},
		{"a passive with an adverb", "Officials said the exercise was long planned.",
			[]want{{source: "Officials", cue: "said", stance: cl.StanceAssert, content: "the exercise was long planned"}}},
		{"a participle as adjective", "The governor sought a speedup of planned tax cuts.", nil},
		{"machine learning", "Strava will start using machine learning to detect cheating.", nil},
		{"a term named in quotation marks", "Users compete on stretches called “segments.”", nil},
		{"what before the speaker", "The reforms would end what officials called the outdated system.",
			[]want{{source: "officials", cue: "called", stance: cl.StanceLabel, content: "the outdated system"}}},
		{"an irregular participle with its agent", "Wearing the crown, he read out the speech written by ministers.", nil},
		{"brackets around the speaker", "“We respect our employees’ rights,” (UPS corporate communications) said in a statement.",
			[]want{{source: "UPS corporate communications", cue: "said", stance: cl.StanceAssert, form: cl.FormDirect,
				content: "“We respect our employees’ rights,”"}}},
		{"a wire dateline before the speaker", "KATHMANDU, April 25 (Reuters) - Nepal's aviation authority disputed a claim by the airline.",
			[]want{{source: "Nepal's aviation authority", cue: "disputed", stance: cl.StanceDeny, content: "a claim by the airline"}}},
		{"a dateline with a colon", "BHOPAL: The state reports the most cases, officials said.",
			[]want{{source: "officials", cue: "said", stance: cl.StanceAssert, content: "The state reports the most cases"}}},
		{"a participle as adjective after from", "She was the sixth person to die from suspected methanol poisoning.", nil},
		{"a noun of saying as an object", "The programme investigated claims that the agency had leaked the files.", nil},
		{"an adverb after the speaker", "Ms Moreno, the minister, had actually said artists needed freedom.",
			[]want{{source: "Ms Moreno, the minister", cue: "said", stance: cl.StanceAssert, content: "artists needed freedom"}}},
		{"a month before a noun of saying", "The May report significantly beat expectations.", nil},
	})
}
