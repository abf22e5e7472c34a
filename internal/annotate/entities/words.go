package entities

import "strings"

func set(words string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(words) {
		m[w] = true
	}
	return m
}

// notNames are capitalised words that start sentences or headlines without
// naming anything, and calendar words, which the times stage handles.
var notNames = set(`the a an this that these those there here it its he she his her they their we our i
you my your however meanwhile despite but and or so yet also still while when where what who why how
on in at by for from to of with after before during since as if although though because until about
then thus now today tonight yesterday tomorrow earlier later last next first second another other some
many most more all both each every no not one two three four five several few such instead moreover
nonetheless nevertheless furthermore additionally according following amid among under over against
in contrast overall indeed still separately elsewhere asked speaking read related watch more
monday tuesday wednesday thursday friday saturday sunday january february march april may june july
august september october november december mon tue wed thu fri sat sun jan feb mar apr jun jul aug sep
sept oct nov dec mr mrs ms dr`)

// titles are words of office and rank written before a person's name
// ("President Vladimir Putin", "NATO Secretary-General Jens Stoltenberg").
var titles = set(`president vice-president prime minister premier chancellor secretary secretary-general
secretary-of-state spokesman spokeswoman spokesperson general gen lieutenant lt colonel col major maj
captain capt sergeant sgt admiral adm commander marshal brigadier governor gov mayor senator sen
representative rep congressman congresswoman ambassador envoy king queen prince princess emir sheikh
sultan ayatollah pope cardinal bishop rabbi imam chairman chairwoman chair ceo cfo coo chief director
judge justice attorney-general attorney prosecutor minister deputy speaker leader mr mrs ms dr prof
professor adviser advisor aide officer lord lady sir dame president-elect commissioner inspector
superintendent supt detective det councillor councilman councilwoman coach founder head`)

// honorifics are titles that say nothing of office.
var honorifics = set(`mr mrs ms dr sir dame lord lady prof professor`)

// orgHeads end the names of organisations.
var orgHeads = set(`ministry department council party corps legion agency army forces force brigade brigades
battalion regiment division guard guards militia front movement post times news reuters association
committee union institute foundation commission court bank company corporation corp inc ltd llc group
authority administration office service services bureau police navy command organisation organization
alliance coalition league federation fund university college school hospital network press journal
telegraph guardian herald tribune gazette observer economist radio tv television broadcasting
agency board assembly parliament congress senate cabinet government staff team club society church
mission programme program project center centre unit network airlines airways motors group holdings
partners capital labs laboratories technologies systems industries tribunal crescent
programme programmes battalions regiments divisions trust`)

// media name heads let "The Post" find "The New York Post".
var mediaHeads = set(`post times news journal telegraph guardian herald tribune gazette observer economist
independent mail express star sun globe chronicle review monitor today wire`)

// speechVerbs after a name mark a speaker, which names a person or an org.
var speechVerbs = set(`said says told added stated wrote tweeted posted announced declared insisted
insists argued argues claimed claims denied denies warned warns noted notes reported reports confirmed
confirms urged urges asked asks accused accuses explained believes believed called calls`)

// finiteVerbs extend speechVerbs with auxiliaries that let a country name or
// capital act ("Russia has", "Kyiv will").
var finiteVerbs = set(`has have had is was were are will would could can may might must should did does
do shall wants wanted hopes hoped plans planned vowed vows threatened threatens responded responds
rejected rejects blamed blames agreed agrees sent sends launched launches evacuated contends contended
maintains maintained struck strikes`)

// prepositions before a country name make it a place, not an actor.
var prepositions = set(`in into to from at near across inside outside within on onto toward towards
through throughout over under of by for with against between around about off via along beyond`)

// actNouns after a possessive country name make the country the speaker
// or actor ("Moscow's claims", "Russia's stance").
var actNouns = set(`claims claim stance statement statements position accusation accusations allegation
allegations denial denials demand demands response decision refusal proposal offer warning warnings
threat threats insistence assertion assertions announcement view version account`)

// indefinites open phrases that name nobody in particular.
var indefinites = set(`a an some several many few two three four five six seven eight nine ten dozens
hundreds thousands other others any one`)

// genericHeads are bare nouns that name nobody in particular.
var genericHeads = set(`sources source officials analysts experts witnesses residents people observers
critics reports diplomats authorities media locals onlookers commentators insiders`)

// determiners are stripped from the front of nominal names.
var determiners = set(`the a an this that these those its their his her our another`)

// pronouns by the antecedents they take.
var (
	personPronouns = set(`he she him her his hers himself herself`)
	thingPronouns  = set(`it its itself`)
	pluralPronouns = set(`they them their theirs themselves`)
)

// personNouns head nominal speakers that are people ("the governor of ...").
var personNouns = set(`governor mayor president minister spokesman spokeswoman spokesperson official
adviser advisor aide commander general chief head leader envoy ambassador prosecutor judge senator
lawmaker legislator director chairman chairwoman ceo secretary deputy officer representative
negotiator analyst expert witness resident doctor nurse journalist reporter correspondent`)

// occupations, with personNouns, mark an appositive that gives a person's
// role ("Lee Baker, a certified financial planner,"), to which a later
// "the planner" refers.
var occupations = set(`planner economist researcher scientist professor lawyer attorney teacher engineer
strategist consultant author writer historian executive founder campaigner activist organiser organizer
lecturer fellow manager coach player singer actor actress producer editor columnist commentator pollster
villager farmer worker student pupil mother father son daughter wife husband sister brother widow
survivor victim refugee volunteer protester soldier veteran driver shopkeeper owner pastor priest
nun businessman businesswoman entrepreneur artist musician photographer filmmaker designer
co-founder cofounder president-elect partner investor trader banker`)

// placePrefixes open place names that look like a first name and a
// surname: "San Francisco", "Santa Clara", "Fort Worth".
var placePrefixes = set(`san santa santo sao são saint st fort port mount lake los las el la le new north south east west upper lower`)

// documentHeads end the names of laws and texts, which are nobody:
// "Access to Information Act".
var documentHeads = set(`act acts bill law treaty accord agreement convention code charter report plan strategy programme program`)
