package learn

import "strings"

// Word classes of attitude: verbs and nouns by which news reports what
// someone says, thinks, wants, backs or attacks. The cue tagger sees a
// word's class as well as the word, so that a cue word it met seldom or
// never in training ("eviscerated", "lambasted") is judged by the company
// it keeps ("slammed", "criticized"). The lists are written by hand and
// matched by stem (see stem), so one entry covers a word's inflections.
var attitudeClasses = map[string]string{
	"speech": `say said tell told state add report declare announce claim insist contend assert argue maintain
		note explain write wrote written tweet post reiterate stress emphasize emphasise confirm acknowledge admit
		concede reveal disclose recall reply respond comment remark observe testify inform mention complain boast
		caution counter retort conclude warn indicate describe characterize characterise portray depict call label
		brand dub term speak spoke spoken talk discuss address answer ask question query wonder suggest propose
		recount relate recite quote cite read pronounce proclaim affirm allege announce brief explain point repeat
		shout yell scream cry exclaim whisper mutter murmur joke quip laugh sigh thunder snap chime echo
		predict forecast estimate project calculate put write document record chronicle detail outline lay
		elaborate clarify summarize summarise sum highlight underline underscore stress signal hint imply
		concur agree disagree dispute contest rebut refute deny denies contradict correct reject dismiss
		acknowledgement statement remarks comment comments speech interview testimony account words message
		announcement declaration assertion claim claims allegation allegations accusation accusations charge
		report reports tweet tweets post posts letter memo op-ed editorial column essay article story interview`,
	"criticism": `criticize criticise criticism critic critical attack slam blast lambast lambaste eviscerate
		excoriate condemn denounce decry deride mock ridicule scold rebuke chide berate assail castigate
		skewer savage pan trash bash knock hit lash rail fault blame accuse charge allege smear insult
		disparage belittle demean dismiss scorn sneer taunt jab swipe dig attacks barb broadside tirade
		outrage outcry backlash complaint grievance protest object objection oppose opposition opponent
		reject rejection resist resistance fight challenge question doubt skeptical sceptical slam`,
	"support": `support supporter backing back endorse endorsement champion embrace favor favour favorite
		praise laud hail applaud commend welcome salute celebrate credit thank defend defense defence
		advocate advocacy promote push pushing lobby rally cheer admire like love appreciate approve
		approval agree agreement side ally join vote voted ballot elect choose pick prefer recommend`,
	"cognition": `think thought believe belief know knew known consider regard view views see saw seen feel felt
		suspect suspicion assume presume suppose guess reckon figure imagine understand realize realise
		recognize recognise doubt fear worry concern concerned worried afraid hope hopeful expect expectation
		anticipate trust convinced confident certain sure aware unaware sense perceive notice remember forget
		learn discover find found determine judge deem conclude decide decision opinion impression sentiment
		perception perspective position stance attitude conviction assumption suspect wonder question`,
	"intention": `want wish desire seek sought aim intend intention plan plans planning propose proposal
		vow pledge promise commit commitment threaten threat vow resolve determined eager willing reluctant
		refuse decline try attempt strive hope aspire dream demand call urge press push insist request
		appeal ask beg implore petition require order command instruct direct tell pressure invite encourage
		persuade convince lobby campaign`,
	"evidence": `show showed shown reveal indicate suggest prove demonstrate confirm find found study survey poll
		data analysis research review investigation probe audit report figures statistics evidence record
		documents appear appears seem seems look looks sound suggest point imply mean signal reflect illustrate`,
	"decision": `rule ruling decide decision judge verdict sentence order approve approval reject veto sign
		pass passed enact adopt ratify strike struck overturn uphold block allow permit ban bar authorize
		authorise mandate require declare certify designate`,
	"emotion": `angry anger furious fury outraged upset frustrated frustration disappointed disappointment
		pleased happy glad delighted thrilled excited proud ashamed embarrassed alarmed shocked surprised
		stunned dismayed troubled disturbed disgusted appalled horrified saddened sadness grief mourn
		lament regret sorry apologize apologise apology relieved relief grateful thankful`,
}

// irregularClassForms are forms that stem does not bring back to their
// entries' stems.
var irregularClassForms = map[string]string{
	"says": "say", "thinks": "think", "knows": "know", "sees": "see", "feels": "feel", "finds": "find",
	"spoken": "speak", "speaks": "speak", "telling": "tell", "tells": "tell", "thinking": "think",
	"believed": "believe", "sought": "seek", "struck": "strike", "fought": "fight", "chose": "choose",
	"chosen": "choose", "understood": "understand", "forgot": "forget", "forgotten": "forget",
	"meant": "mean", "led": "lead", "won": "win", "made": "make", "gave": "give", "given": "give",
	"took": "take", "taken": "take", "heard": "hear", "hears": "hear", "hearing": "hear",
}

// classOf maps a stem to its class; built once from attitudeClasses. A stem
// in several lists keeps the first in classOrder.
var classOf = func() map[string]string {
	m := map[string]string{}
	for _, c := range classOrder {
		for _, w := range strings.Fields(attitudeClasses[c]) {
			if _, ok := m[stem(w)]; !ok {
				m[stem(w)] = c
			}
		}
	}
	return m
}()

var classOrder = []string{"speech", "criticism", "support", "decision", "intention", "cognition", "evidence", "emotion"}

// attitudeClass returns the class of a lower-case word, or "".
func attitudeClass(w string) string {
	if base, ok := irregularClassForms[w]; ok {
		w = base
	}
	if c, ok := classOf[stem(w)]; ok {
		return c
	}
	// "criticized" → "criticiz", "criticize" → "criticiz"; "denied" → "deni"
	if strings.HasSuffix(w, "ied") {
		return classOf[stem(w[:len(w)-3]+"y")]
	}
	if strings.HasSuffix(w, "ies") {
		return classOf[stem(w[:len(w)-3]+"y")]
	}
	if len(w) > 5 && (strings.HasSuffix(w, "ing") || strings.HasSuffix(w, "ed")) {
		// doubled consonant: "slammed", "vetting"
		s := stem(w)
		if n := len(s); n > 2 && s[n-1] == s[n-2] {
			return classOf[s[:n-1]]
		}
	}
	return ""
}

// Function classes group the words that frame a predicate: who may be its
// subject before it, what may open its complement after it. A word in two
// lists keeps the first.
var functionClasses = func() map[string]string {
	m := map[string]string{}
	for _, c := range [...]struct{ class, words string }{
		{"pron", "he she it they we i you who"},
		{"obj", "him her them us me"},
		{"aux", "has have had is are was were be been being do does did will would can could may might must shall should 's ’s 've ’ve 'll ’ll 'd ’d"},
		{"neg", "not never n't n’t didn't doesn't don't won't wouldn't can't couldn't isn't wasn't hasn't haven't hadn't didn’t doesn’t don’t won’t wouldn’t can’t couldn’t isn’t wasn’t hasn’t haven’t hadn’t"},
		{"det", "the a an this these those his its their our my your some any every each no another"},
		{"prep", "of in on at by for with from about over against into after before during without between under through"},
		{"to", "to"},
		{"that", "that"},
		{"wh", "what whether how why when where which if"},
		{"conj", "and but or while although though because as"},
		{"adv", "also publicly privately repeatedly again already still even later earlier recently often openly further then just only"},
		{"quant", "many most several both all one two three few"},
	} {
		for _, w := range strings.Fields(c.words) {
			if _, ok := m[w]; !ok {
				m[w] = c.class
			}
		}
	}
	return m
}()

// functionClass returns a token's function class: one of functionClasses,
// or its spelling class ("Xx" for a capitalised word, "ly", "x").
func functionClass(w string, upper bool) string {
	if c, ok := functionClasses[w]; ok {
		return c
	}
	if upper {
		return "Xx"
	}
	if strings.HasSuffix(w, "ly") && len(w) > 4 {
		return "ly"
	}
	return "x"
}
