package quantities

import "strings"

// headKind says what a word contributes to a number expression.
type headKind uint8

const (
	kNone    headKind = iota
	kUnit             // zero … nineteen
	kTen              // twenty … ninety
	kScale            // hundred, thousand, million, billion
	kDozen            // dozen: twelve, and a multiplier after a number
	kArticle          // "a", "an": only before a scale word, "dozen", "few", "handful"
	kVague            // plural order-of-magnitude words: dozens, hundreds, thousands…
	kSeveral          // several (three, ACLED's reading of vague counts is larger; the contract says 3)
	kFew              // "few" after "a"
	kHandful          // "handful" after "a"
	kNo               // "no" before a counted noun: zero
)

type head struct {
	kind  headKind
	value float64
}

// numberHeads maps every word that can start or continue a spelled-out
// number. Vague words carry the ACLED coding named in the contract.
var numberHeads = map[string]head{
	"zero": {kUnit, 0}, "one": {kUnit, 1}, "two": {kUnit, 2}, "three": {kUnit, 3}, "four": {kUnit, 4},
	"five": {kUnit, 5}, "six": {kUnit, 6}, "seven": {kUnit, 7}, "eight": {kUnit, 8}, "nine": {kUnit, 9},
	"ten": {kUnit, 10}, "eleven": {kUnit, 11}, "twelve": {kUnit, 12}, "thirteen": {kUnit, 13},
	"fourteen": {kUnit, 14}, "fifteen": {kUnit, 15}, "sixteen": {kUnit, 16}, "seventeen": {kUnit, 17},
	"eighteen": {kUnit, 18}, "nineteen": {kUnit, 19},
	"twenty": {kTen, 20}, "thirty": {kTen, 30}, "forty": {kTen, 40}, "fifty": {kTen, 50},
	"sixty": {kTen, 60}, "seventy": {kTen, 70}, "eighty": {kTen, 80}, "ninety": {kTen, 90},
	"hundred": {kScale, 100}, "thousand": {kScale, 1e3}, "million": {kScale, 1e6}, "billion": {kScale, 1e9},
	"dozen": {kDozen, 12},
	"a":     {kArticle, 1}, "an": {kArticle, 1},
	"dozens": {kVague, 12}, "scores": {kVague, 20}, "tens": {kVague, 10}, "hundreds": {kVague, 100},
	"thousands": {kVague, 1e3}, "millions": {kVague, 1e6},
	"several": {kSeveral, 3}, "few": {kFew, 3}, "handful": {kHandful, 3},
	"no": {kNo, 0},
}

// lookupHead finds a number word, including hyphenated compounds of a ten
// and a unit ("twenty-five").
func lookupHead(w string) (head, bool) {
	if h, ok := numberHeads[w]; ok {
		return h, true
	}
	dash := strings.IndexByte(w, '-')
	if dash <= 0 {
		return head{}, false
	}
	t, ok1 := numberHeads[w[:dash]]
	u, ok2 := numberHeads[w[dash+1:]]
	if ok1 && ok2 && t.kind == kTen && u.kind == kUnit && u.value > 0 && u.value < 10 {
		return head{kUnit, t.value + u.value}, true
	}
	return head{}, false
}

// Qualifiers written before a number.
type qual uint8

const (
	qNone qual = iota
	qMoreThan
	qAtLeast
	qAbout
	qNearly // about, and the text bounds it from above: "nearly", "almost"
	qUpTo
	qBelow // up to, exclusive: "fewer than", "under"
	qBetween
	qFrom
)

var qualifiers1 = map[string]qual{
	"over": qMoreThan, "above": qMoreThan, "exceeding": qMoreThan,
	"under": qBelow, "below": qBelow,
	"about": qAbout, "around": qAbout, "approximately": qAbout, "roughly": qAbout, "some": qAbout,
	"estimated": qAbout, "approx": qAbout, "circa": qAbout, "nearly": qNearly, "almost": qNearly,
	"between": qBetween, "from": qFrom,
}

var qualifiers2 = map[[2]string]qual{
	{"more", "than"}: qMoreThan, {"greater", "than"}: qMoreThan, {"upwards", "of"}: qMoreThan,
	{"upward", "of"}: qMoreThan, {"just", "over"}: qMoreThan, {"well", "over"}: qMoreThan,
	{"fewer", "than"}: qBelow, {"less", "than"}: qBelow, {"just", "under"}: qBelow,
	{"at", "least"}: qAtLeast, {"up", "to"}: qUpTo, {"at", "most"}: qUpTo,
	{"close", "to"}: qAbout, {"an", "estimated"}: qAbout, {"just", "about"}: qAbout,
}

var qualifiers3 = map[[3]string]qual{
	{"as", "many", "as"}: qUpTo, {"as", "much", "as"}: qUpTo, {"no", "more", "than"}: qUpTo,
	{"no", "fewer", "than"}: qAtLeast, {"no", "less", "than"}: qAtLeast, {"in", "excess", "of"}: qMoreThan,
	{"a", "maximum", "of"}: qUpTo, {"a", "minimum", "of"}: qAtLeast,
}

// Category cue roles: where a word must stand, relative to the count, to
// give it a category.
const (
	asHead   = 1 << iota // the counted noun itself: "25 air strikes", "12 deaths"
	asAfter              // a participle or verb after the counted noun: "4 vehicles destroyed"
	asBefore             // a transitive verb or toll noun before the count: "killing 12", "death toll rose to 45"
)

type cue struct {
	category string
	roles    uint8
}

const (
	catKilled     = "killed"
	catWounded    = "wounded"
	catCasualties = "casualties"
	catCaptured   = "captured"
	catMissing    = "missing"
	catDisplaced  = "displaced"
	catEvacuated  = "evacuated"
	catDestroyed  = "destroyed"
	catDamaged    = "damaged"
	catAttacks    = "attacks"
	catOther      = "other"
	// catLaunch marks "launched", "fired": attacks only when munitions are counted.
	catLaunch = "launch"
)

// Categories lists the categories a figure may be given (catLaunch never
// is: it becomes attacks or nothing).
var Categories = []string{catKilled, catWounded, catCasualties, catCaptured, catMissing, catDisplaced,
	catEvacuated, catDestroyed, catDamaged, catAttacks, catOther}

// cues gives the category of the words near a count. Arrests and detentions
// count as captured: the contract has no category of its own for them.
var cues = map[string]cue{
	"killed": {catKilled, asAfter | asBefore}, "kill": {catKilled, asBefore}, "kills": {catKilled, asBefore},
	"killing": {catKilled, asBefore}, "dead": {catKilled, asHead | asAfter | asBefore},
	"died": {catKilled, asAfter}, "perished": {catKilled, asAfter}, "drowned": {catKilled, asAfter},
	"slain": {catKilled, asAfter}, "executed": {catKilled, asAfter | asBefore},
	"murdered": {catKilled, asAfter | asBefore}, "massacred": {catKilled, asAfter | asBefore},
	"deaths": {catKilled, asHead | asBefore}, "death": {catKilled, asHead}, "fatalities": {catKilled, asHead | asBefore},
	"fatality": {catKilled, asHead}, "toll": {catKilled, asHead | asBefore},
	"lives": {catKilled, asHead},

	"wounded": {catWounded, asHead | asAfter | asBefore}, "injured": {catWounded, asHead | asAfter | asBefore},
	"wounding": {catWounded, asBefore}, "injuring": {catWounded, asBefore}, "wounds": {catWounded, asBefore},
	"injures": {catWounded, asBefore}, "injuries": {catWounded, asHead | asBefore}, "injury": {catWounded, asHead},
	"hurt": {catWounded, asAfter}, "hospitalised": {catWounded, asAfter}, "hospitalized": {catWounded, asAfter},

	"casualties": {catCasualties, asHead | asBefore}, "casualty": {catCasualties, asHead},

	"captured": {catCaptured, asAfter | asBefore}, "capturing": {catCaptured, asBefore},
	"captures": {catCaptured, asBefore}, "detained": {catCaptured, asAfter | asBefore},
	"detaining": {catCaptured, asBefore}, "arrested": {catCaptured, asAfter | asBefore},
	"arresting": {catCaptured, asBefore}, "arrests": {catCaptured, asHead | asBefore},
	"abducted": {catCaptured, asAfter | asBefore}, "kidnapped": {catCaptured, asAfter | asBefore},
	"prisoners": {catCaptured, asHead}, "prisoner": {catCaptured, asHead}, "captives": {catCaptured, asHead},
	"hostages": {catCaptured, asHead}, "hostage": {catCaptured, asHead}, "pows": {catCaptured, asHead},
	"detainees": {catCaptured, asHead}, "seized": {catCaptured, asAfter | asBefore}, "seizing": {catCaptured, asBefore},

	"missing": {catMissing, asHead | asAfter},

	"displaced": {catDisplaced, asHead | asAfter | asBefore}, "displacing": {catDisplaced, asBefore},
	"fled": {catDisplaced, asAfter}, "uprooted": {catDisplaced, asAfter | asBefore},
	"refugees": {catDisplaced, asHead | asBefore},

	"evacuated": {catEvacuated, asAfter | asBefore}, "evacuating": {catEvacuated, asBefore},
	"evacuees": {catEvacuated, asHead},

	"destroyed": {catDestroyed, asAfter | asBefore}, "destroying": {catDestroyed, asBefore},
	"downed": {catDestroyed, asAfter | asBefore}, "downing": {catDestroyed, asBefore},
	"intercepted": {catDestroyed, asAfter | asBefore}, "razed": {catDestroyed, asAfter},
	"demolished": {catDestroyed, asAfter | asBefore},

	"damaged": {catDamaged, asAfter | asBefore}, "damaging": {catDamaged, asBefore},

	"attacks": {catAttacks, asHead}, "attack": {catAttacks, asHead}, "strikes": {catAttacks, asHead},
	"strike": {catAttacks, asHead}, "airstrikes": {catAttacks, asHead}, "airstrike": {catAttacks, asHead},
	"shellings": {catAttacks, asHead}, "shelling": {catAttacks, asHead}, "bombardments": {catAttacks, asHead},
	"bombardment": {catAttacks, asHead}, "raids": {catAttacks, asHead}, "raid": {catAttacks, asHead},
	"bombings": {catAttacks, asHead}, "bombing": {catAttacks, asHead},
	"assaults": {catAttacks, asHead}, "sorties": {catAttacks, asHead}, "sortie": {catAttacks, asHead},

	"launched": {catLaunch, asBefore}, "launching": {catLaunch, asBefore}, "fired": {catLaunch, asBefore},
	"firing": {catLaunch, asBefore}, "conducted": {catLaunch, asBefore},
}

// munitions are the things whose launching counts as attacks.
var munitions = map[string]bool{
	"rockets": true, "missiles": true, "drones": true, "shells": true, "rounds": true, "projectiles": true,
	"mortars": true, "bombs": true, "grenades": true, "shaheds": true, "rocket": true, "missile": true,
	"drone": true, "shell": true,
}

// notCounts are nouns after a number that make it a duration, a measure, a
// sum of money or a share, not a count of people or things.
var notCounts = map[string]bool{
	"second": true, "seconds": true, "minute": true, "minutes": true, "hour": true, "hours": true,
	"day": true, "days": true, "night": true, "nights": true, "week": true, "weeks": true,
	"month": true, "months": true, "year": true, "years": true, "decade": true, "decades": true,
	"century": true, "centuries": true, "year-old": true, "years-old": true, "month-old": true,
	"a.m.": true, "p.m.": true, "am": true, "pm": true, "a.m": true, "p.m": true, "gmt": true, "utc": true,
	"o'clock": true, "o’clock": true, "level": true, "levels": true, "hrs": true, "times": true, "percent": true, "pct": true, "percentage": true,
	"per": true, "km": true, "kilometres": true, "kilometers": true, "kilometre": true, "kilometer": true,
	"miles": true, "mile": true, "metres": true, "meters": true, "metre": true, "meter": true, "feet": true,
	"foot": true, "inches": true, "kg": true, "kilograms": true, "kilos": true, "tonnes": true, "tons": true,
	"tonne": true, "ton": true, "pounds": true, "litres": true, "liters": true, "barrels": true, "acres": true,
	"hectares": true, "sq": true, "square": true, "degrees": true, "mph": true, "kph": true,
	"dollars": true, "dollar": true, "euros": true, "euro": true, "rubles": true, "roubles": true,
	"hryvnias": true, "hryvnia": true, "yuan": true, "yen": true, "rupees": true, "shekels": true,
	"francs": true, "pence": true, "cents": true, "usd": true, "eur": true, "gbp": true, "bn": true,
	"points": true, "goals": true, "runs": true, "wickets": true, "mm": true, "cm": true, "mw": true,
	"gw": true, "kw": true, "mb": true, "gb": true, "trillion": true, "megapixel": true, "megapixels": true,
	"teraflops": true, "megaflops": true, "gigabytes": true, "megabytes": true, "terabytes": true,
	"frames": true, "bits": true, "bytes": true, "calories": true, "volts": true, "watts": true,
	"street": true, "road": true, "avenue": true, "boulevard": true, "lane": true,
}

// labelWords name what a number after them identifies rather than counts:
// "Article 5", "page 3", "Leopard 2 tanks".
var labelWords = map[string]bool{
	"article": true, "articles": true, "resolution": true, "section": true, "chapter": true, "paragraph": true,
	"page": true, "pages": true, "number": true, "flight": true, "route": true, "highway": true, "room": true,
	"gate": true, "block": true, "unit": true, "platform": true, "terminal": true, "phase": true, "stage": true,
	"level": true, "category": true, "grade": true, "vol": true, "volume": true, "issue": true, "episode": true,
	"season": true, "brigade": true, "division": true, "regiment": true, "battalion": true, "corps": true,
	"aged": true, "age": true, "ages": true, "covid": true, "g": true, "windows": true, "leopard": true,
	"line": true, "channel": true, "bus": true, "apartment": true, "floor": true, "district": true,
	"ward": true, "item": true, "clause": true, "protocol": true, "type": true, "model": true, "mark": true,
	"size": true, "code": true, "year": true, "day": true, "week": true, "round": true, "game": true,
	"match": true, "top": true, "no": true, "nos": true, "figure": true, "table": true, "version": true,
}

// yearPlaces are the words before a year: "in 2014", "since 2022".
var yearPlaces = map[string]bool{
	"in": true, "since": true, "by": true, "until": true, "till": true, "from": true, "of": true,
	"during": true, "before": true, "after": true, "through": true, "early": true, "late": true, "mid": true,
	"spring": true, "summer": true, "autumn": true, "fall": true, "winter": true, "circa": true, "to": true,
}

var months = map[string]bool{
	"january": true, "february": true, "march": true, "april": true, "may": true, "june": true, "july": true,
	"august": true, "september": true, "october": true, "november": true, "december": true, "jan": true,
	"feb": true, "mar": true, "apr": true, "jun": true, "jul": true, "aug": true, "sep": true, "sept": true,
	"oct": true, "nov": true, "dec": true,
}

// determiners before a count make it a mention of things already counted
// ("the two groups", "Russia's 2022 invasion").
var determiners = map[string]bool{
	"the": true, "these": true, "those": true, "this": true, "that": true, "its": true, "their": true,
	"his": true, "her": true, "our": true, "your": true, "my": true, "'s": true, "’s": true, "every": true,
	"each": true, "first": true, "last": true, "next": true, "other": true,
}

// currency marks before a number.
var currency = map[string]bool{"$": true, "£": true, "€": true, "¥": true, "₴": true, "₽": true, "₹": true, "₪": true}
