package places

func set(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

// stopwords are capitalised at the start of a sentence or in titles but never
// name a place on their own, though GeoNames has villages called "Of", "In"
// or "May". They also do not make a neighbouring place part of a longer name.
var stopwords = set(
	"the", "a", "an", "in", "on", "at", "from", "to", "for", "of", "by", "with", "and", "but", "or", "nor",
	"as", "after", "before", "since", "while", "when", "where", "during", "near", "outside", "inside",
	"across", "between", "into", "via", "like", "unlike", "meanwhile", "however", "also", "yet", "so", "if",
	"then", "both", "this", "that", "these", "those", "its", "his", "her", "their", "our", "my", "your",
	"it", "he", "she", "they", "we", "i", "you", "there", "here", "now", "today", "yesterday", "tomorrow",
	"tonight", "not", "no", "yes", "all", "some", "many", "most", "more", "other", "such", "what", "which",
	"who", "why", "how", "about", "against", "among", "around", "despite", "although", "though", "because",
	"until", "over", "under", "up", "down", "off", "out", "last", "next", "new", "first", "one", "two",
	"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
	"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
	"november", "december", "mr", "mrs", "ms", "dr", "sir", "said", "says", "will", "would", "can",
	"could", "should", "is", "are", "was", "were", "be", "been", "has", "have", "had", "do", "does", "did",
	"covid", "ai", "tv", "ceo", "nato", "un", "eu", "bbc", "cnn", "ap", "afp", "reuters",
)

// commonWords are English words and first names that GeoNames also lists
// as towns; alone they are not taken for places, but unlike stopwords they
// may be part of a longer name ("Gordon Brown").
var commonWords = set(
	"police", "man", "best", "reading", "union", "hope", "liberty", "independence", "progress", "mobile",
	"orange", "split", "deal", "sale", "say", "bar", "male", "mission", "justice", "commerce", "enterprise",
	"industry", "opportunity", "unity", "victory", "friendship", "concord", "harmony", "truth", "faith",
	"temple", "university", "college", "hospital", "airport", "station", "centre", "center", "park",
	"church", "castle", "bridge", "beach", "port", "lake", "river", "valley", "mount", "bay", "island",
	"home", "house", "office", "court", "senate", "congress", "parliament", "government", "state",
	"republic", "kingdom", "nation", "city", "town", "village", "north", "south", "east", "west",
	"central", "early", "late", "young", "old", "big", "little", "long", "short", "black", "white", "red",
	"green", "brown", "gray", "grey", "golden", "silver", "royal", "national", "international", "federal",
	"general", "chief", "president", "minister", "governor", "mayor", "senator", "king", "queen", "prince",
	"lord", "lady", "saint", "st", "christmas", "easter", "ramadan", "eid", "god", "allah", "jesus",
	"freedom", "alliance", "century", "reserve", "progress", "friendship", "english", "welsh", "scottish",
	"irish", "spanish", "french", "german", "dutch", "brits", "british", "european", "african", "asian",
	"arab", "arabs", "jewish", "muslim", "christian", "catholic", "thai", "greek", "latin", "western",
	"eastern", "northern", "southern", "united", "premier", "champion", "champions", "energy", "power",
	"summit", "media", "internet", "online", "mary", "david", "john", "james", "paul", "george", "peter",
	"nokia", "toyota", "hitachi", "honda", "mercedes", "oracle", "paramount", "jupiter", "aurora", "ajax",
	"muse", "rock", "sundance", "mcdonald", "murphy", "edwards", "johnson", "congress", "argentine",
	"arsenal", "chelsea", "google", "street", "road", "square", "avenue", "lane", "hall", "earth", "apple", "amazon", "orange", "shell", "ford", "dell", "sony", "bat", "ray",
	"michael", "jordan", "chad", "smith", "jones", "brown", "gordon", "kent", "foster", "clinton",
	"washington", "lincoln", "jackson", "hamilton", "bush", "trump", "obama", "blair",
)

// honorifics put a person's name after them ("Mr Bush", "President Bush").
var honorifics = set(
	"mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lord", "lady", "gen", "col", "capt", "lt", "sgt",
	"maj", "prof", "rev", "president", "senator", "sen", "rep", "governor", "gov", "mayor", "judge",
	"minister", "secretary", "chancellor", "king", "queen", "prince", "princess", "pope", "general",
	"colonel", "captain", "commander", "coach", "manager", "striker", "defender", "midfielder",
	"chairman", "director", "spokesman", "spokeswoman", "ambassador", "envoy", "emir", "sheikh",
	"ayatollah", "patriarch", "bishop", "archbishop", "father", "brother", "sister", "saint",
)

// titles may stand between a place and a person ("Belgorod Governor
// Vyacheslav Gladkov", "Texas Senator Ted Cruz") without making the place part
// of a longer name.
var titles = set(
	"president", "vice", "prime", "minister", "foreign", "defence", "defense", "interior", "finance",
	"governor", "gov", "mayor", "senator", "sen", "rep", "representative", "congressman", "congresswoman",
	"ambassador", "envoy", "chief", "leader", "head", "general", "gen", "commander", "spokesman",
	"spokeswoman", "spokesperson", "official", "officials", "authorities", "secretary", "attorney",
	"state", "officer", "police", "troops", "forces", "army", "military", "navy", "border", "region",
	"oblast", "province", "governorate", "krai", "regions", "oblasts", "provinces", "county", "district",
	"city", "time", "mp", "mps", "mep", "lawmaker", "lawmakers", "legislator", "judge", "justice",
	"premier", "chancellor", "king", "queen", "emir", "crown", "sheikh", "bishop",
)

// directions may precede a place name ("Eastern Ukraine", "Northern Gaza")
// without forming a longer name with it.
var directions = set(
	"north", "south", "east", "west", "northern", "southern", "eastern", "western", "central",
	"northeast", "northwest", "southeast", "southwest", "northeastern", "northwestern", "southeastern",
	"southwestern", "north-east", "north-west", "south-east", "south-west", "north-eastern",
	"north-western", "south-eastern", "south-western", "upper", "lower", "greater", "occupied", "rural",
	"downtown", "mainland", "coastal", "metropolitan", "inner", "outer", "suburban",
)

// orgHeads head organisation and title names built with "of" ("Bank of
// England", "University of Texas", "Freedom of Russia Legion"), in which the
// place name after "of" is not a place mention.
var orgHeads = set(
	"university", "college", "bank", "church", "institute", "school", "museum", "academy", "council",
	"legion", "army", "corps", "party", "union", "federation", "association", "society", "ministry",
	"department", "court", "commission", "committee", "organisation", "organization", "office", "agency",
	"embassy", "consulate", "duke", "duchess", "earl", "prince", "princess", "king", "queen", "bishop",
	"archbishop", "lord", "lady", "baron", "countess", "count", "freedom", "friends", "voice", "times",
	"club", "league", "cup", "bishops", "order", "knights", "sons", "daughters", "brotherhood", "front",
	"movement", "alliance", "coalition", "fund", "foundation", "trust", "chamber", "board", "bureau",
	"service", "guard", "forces", "hospital", "centre", "center", "company", "bancorp", "battalion",
	"brigade", "regiment", "division", "miss", "mister", "governor", "mayor",
)

// connectors join the words of one place name ("Rostov on Don", "Isle of
// Man", "Rio de Janeiro").
var connectors = set(
	"of", "de", "la", "le", "les", "del", "della", "di", "da", "do", "dos", "das", "du", "des", "el",
	"al", "am", "an", "der", "den", "on", "upon", "sur", "y", "e", "en", "au", "aux", "im", "bei", "and",
	"the", "al-", "ad", "as", "ar", "ash", "az",
)

// strongCues are prepositions after which a capitalised name is a place
// ("in Grayvoron", "near Kozinka").
var strongCues = set(
	"in", "near", "outside", "around", "inside", "throughout", "within", "nearby", "surrounding",
)

// weakCues often precede places but also clubs, firms and people ("to
// Chelsea", "at Google"); they count for towns of a country the document
// names.
var weakCues = set(
	"at", "from", "to", "into", "towards", "toward", "across", "through", "via", "between", "visited",
	"visit", "left", "fled", "reached", "entered", "shelled", "struck", "captured", "seized",
	"liberated", "occupied", "outskirts",
)

// placeNouns introduce a place with "of" ("the city of Bakhmut", "the village
// of Kozinka").
var placeNouns = set(
	"city", "town", "village", "villages", "towns", "cities", "settlement", "settlements", "capital",
	"region", "province", "district", "port", "outskirts", "suburb", "suburbs", "centre", "center",
	"municipality", "hamlet", "community", "streets", "residents", "people", "mayor", "governor",
	"siege", "battle", "liberation", "capture", "fall", "shelling", "bombing", "occupation",
	"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
	"part", "parts", "area", "areas", "island", "state", "republic", "kingdom",
)

// divisionWords follow a name to make it a first-level division
// ("Belgorod region", "Donetsk Oblast", "Idlib province").
var divisionWords = set(
	"region", "oblast", "province", "governorate", "krai", "regions", "oblasts", "provinces",
)

// demonyms tie an adjective to a country. They are not places, but they tell
// which country a report is about, which settles ambiguous small places.
var demonyms = map[string]string{
	"russian": "RU", "russians": "RU", "ukrainian": "UA", "ukrainians": "UA", "american": "US",
	"americans": "US", "british": "GB", "french": "FR", "german": "DE", "israeli": "IL", "israelis": "IL",
	"palestinian": "PS", "palestinians": "PS", "syrian": "SY", "iraqi": "IQ", "iranian": "IR",
	"chinese": "CN", "turkish": "TR", "lebanese": "LB", "afghan": "AF", "pakistani": "PK", "indian": "IN",
	"yemeni": "YE", "saudi": "SA", "egyptian": "EG", "sudanese": "SD", "libyan": "LY",
	"belarusian": "BY", "polish": "PL", "georgian": "GE", "armenian": "AM", "azerbaijani": "AZ",
	"kurdish": "IQ", "nigerian": "NG", "somali": "SO", "ethiopian": "ET", "kenyan": "KE",
	"mexican": "MX", "canadian": "CA", "australian": "AU", "japanese": "JP", "korean": "KR",
	"taiwanese": "TW", "filipino": "PH", "burmese": "MM", "malian": "ML", "congolese": "CD",
	"scottish": "GB", "welsh": "GB", "irish": "IE", "italian": "IT", "spanish": "ES",
	"moldovan": "MD", "serbian": "RS", "kosovan": "XK", "jordanian": "JO", "qatari": "QA",
	"emirati": "AE", "venezuelan": "VE", "colombian": "CO", "brazilian": "BR", "haitian": "HT",
}
