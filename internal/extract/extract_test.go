package extract

import (
	"encoding/json"
	"reflect"
	"strings"
	"testing"

	"github.com/claimledger/claimledger"
	"github.com/claimledger/claimledger/internal/source"
)

const wireShelling = `ZAPORIZHZHIA, Ukraine, March 4 (Reuters) - Russian shelling killed seven civilians and wounded 12 others in the city overnight, the regional governor said on Tuesday.

On Monday, the interior ministry said that 40 houses had been destroyed in the strikes.

Russia's defence ministry accused Ukrainian forces of shelling the market in Vasylivka. Kyiv denies the allegation.
`

const pressRelease = `NAIROBI, Kenya, 14 February 2024 – The World Food Programme today announced that it had delivered food to more than 250,000 people in northern Kenya since January.

"These families have lost everything to the drought," said Jane Mwangi, the agency's country director.
`

const featureQuotes = `"The shelter is full," Sister Agnes said on the steps of the church. "We turn people away every night, and it breaks my heart."

According to the mayor, more than 300 people slept outside last week. "We are doing what we can," he said, "but the money ran out in May."
`

func extract(t *testing.T, text, published string) claimledger.Document {
	t.Helper()
	led, err := Document(source.Document{ID: "t", Text: text, Published: published})
	if err != nil {
		t.Fatalf("Document: %v", err)
	}
	checkLedger(t, text, &led)
	return led
}

// claimWith finds the claim whose cue is cue and whose content holds
// the given words.
func claimWith(t *testing.T, led *claimledger.Document, cue, words string) *claimledger.Claim {
	t.Helper()
	for i := range led.Claims {
		c := &led.Claims[i]
		if strings.EqualFold(c.Cue.Text, cue) && strings.Contains(c.Content.Text, words) {
			return c
		}
	}
	var have []string
	for _, c := range led.Claims {
		have = append(have, c.Cue.Text+": "+c.Content.Text)
	}
	t.Fatalf("no claim %q with content holding %q; claims: %q", cue, words, have)
	return nil
}

func quantity(t *testing.T, led *claimledger.Document, text string) *claimledger.Quantity {
	t.Helper()
	for i := range led.Quantities {
		if led.Quantities[i].Text == text {
			return &led.Quantities[i]
		}
	}
	t.Fatalf("no quantity %q in %+v", text, led.Quantities)
	return nil
}

// Every quantity inside a claim's content belongs to a claim, and to one
// whose content holds it.
func checkQuantityLinks(t *testing.T, led *claimledger.Document) {
	t.Helper()
	byID := map[string]*claimledger.Claim{}
	for i := range led.Claims {
		byID[led.Claims[i].ID] = &led.Claims[i]
	}
	for _, q := range led.Quantities {
		inside := false
		for _, c := range led.Claims {
			inside = inside || c.Content.Span.Contains(q.Span)
		}
		if inside && q.Claim == "" {
			t.Errorf("quantity %q lies in a claim's content but belongs to none", q.Text)
		}
		if c := byID[q.Claim]; c != nil && !c.Content.Span.Contains(q.Span) {
			t.Errorf("quantity %q tied to %s, whose content %q does not hold it", q.Text, c.ID, c.Content.Text)
		}
	}
}

func TestWireShelling(t *testing.T) {
	led := extract(t, wireShelling, "2025-03-04") // a Tuesday
	checkQuantityLinks(t, &led)

	toll := claimWith(t, &led, "said", "seven civilians")
	for _, q := range []string{"seven", "12"} {
		if got := quantity(t, &led, q); got.Claim != toll.ID {
			t.Errorf("quantity %q tied to %q, want the governor's claim %s", q, got.Claim, toll.ID)
		}
	}
	if q := quantity(t, &led, "seven"); q.Value != 7 || q.Category != "killed" {
		t.Errorf("seven: value %v category %q, want 7 killed", q.Value, q.Category)
	}
	if toll.Time != "2025-03-04" {
		t.Errorf("claim made %q, want 2025-03-04 from \"on Tuesday\"", toll.Time)
	}

	houses := claimWith(t, &led, "said", "40 houses")
	if houses.Time != "2025-03-03" {
		t.Errorf("claim made %q, want 2025-03-03 from \"On Monday,\"", houses.Time)
	}
	if q := quantity(t, &led, "40"); q.Claim != houses.ID {
		t.Errorf("40 tied to %q, want %s", q.Claim, houses.ID)
	}

	accusation := claimWith(t, &led, "accused", "shelling the market")
	denial := claimWith(t, &led, "denies", "allegation")
	if accusation.Stance != claimledger.StanceAccuse || denial.Stance != claimledger.StanceDeny {
		t.Errorf("stances %q and %q, want accuse and deny", accusation.Stance, denial.Stance)
	}
	if denial.RefersTo != accusation.ID {
		t.Errorf("denial refers to %q, want %s", denial.RefersTo, accusation.ID)
	}
	found := false
	for _, x := range led.Contradictions {
		if x.Kind == claimledger.ContradictDenial && (x.A == accusation.ID && x.B == denial.ID || x.A == denial.ID && x.B == accusation.ID) {
			found = true
		}
	}
	if !found {
		t.Errorf("no denial contradiction between %s and %s in %+v", accusation.ID, denial.ID, led.Contradictions)
	}

	// "Kyiv denies": the speaker is a government, not a place.
	for _, p := range led.Places {
		if p.Span.Overlaps(denial.Source.Span) {
			t.Errorf("speaker %q kept as a place", p.Text)
		}
	}
	if !hasPlace(&led, "Vasylivka") {
		t.Errorf("the place of the shelling was dropped: %+v", led.Places)
	}
}

func hasPlace(led *claimledger.Document, name string) bool {
	for _, p := range led.Places {
		if p.Text == name {
			return true
		}
	}
	return false
}

func TestPressRelease(t *testing.T) {
	led := extract(t, pressRelease, "")
	checkQuantityLinks(t, &led)
	if led.Published != "2024-02-14" {
		t.Errorf("published %q, want 2024-02-14 from the dateline", led.Published)
	}
	full := false
	for _, tm := range led.Times {
		if tm.Text == "14 February 2024" && tm.Value == "2024-02-14" && tm.Grain == "day" {
			full = true
		}
	}
	if !full {
		t.Errorf("full date not read: %+v", led.Times)
	}
	announced := claimWith(t, &led, "announced", "250,000")
	if announced.Time != "2024-02-14" {
		t.Errorf("announcement made %q, want 2024-02-14 from \"today\"", announced.Time)
	}
	q := quantity(t, &led, "more than 250,000")
	if q.Value != 250000 || q.Qualifier != claimledger.QualMoreThan || q.Claim != announced.ID {
		t.Errorf("got %+v, want 250000 more_than tied to %s", *q, announced.ID)
	}
	if q.Low == nil || *q.Low <= 250000 || q.High != nil {
		t.Errorf("more than 250,000: bounds %v-%v, want above 250000 and no upper bound", q.Low, q.High)
	}
	said := claimWith(t, &led, "said", "drought")
	if said.Form != claimledger.FormDirect || said.Source == nil || !strings.Contains(said.Source.Text, "Jane Mwangi") {
		t.Errorf("quotation: form %q source %+v, want direct from Jane Mwangi", said.Form, said.Source)
	}
}

func TestFeatureQuotes(t *testing.T) {
	led := extract(t, featureQuotes, "2024-06-10")
	checkQuantityLinks(t, &led)

	agnes := claimWith(t, &led, "said", "shelter is full")
	if agnes.Form != claimledger.FormDirect {
		t.Errorf("form %q, want direct", agnes.Form)
	}
	if len(agnes.Content.Parts) != 2 {
		t.Fatalf("interrupted quotation in %d parts, want 2: %+v", len(agnes.Content.Parts), agnes.Content)
	}
	for _, p := range agnes.Content.Parts {
		if p.Overlaps(agnes.Cue) || agnes.Source != nil && p.Overlaps(agnes.Source.Span) {
			t.Errorf("part %q overlaps the cue or the speaker", p.Text)
		}
	}
	if !strings.Contains(agnes.Content.Parts[1].Text, "breaks my heart") {
		t.Errorf("second part %q", agnes.Content.Parts[1].Text)
	}

	mayor := claimWith(t, &led, "According to", "300 people")
	if q := quantity(t, &led, "more than 300"); q.Claim != mayor.ID {
		t.Errorf("more than 300 tied to %q, want %s", q.Claim, mayor.ID)
	}
	he := claimWith(t, &led, "said", "doing what we can")
	if he.Source == nil || mayor.Source == nil || he.Source.Entity == "" || he.Source.Entity != mayor.Source.Entity {
		t.Errorf("\"he said\" resolved to %+v, want the mayor %+v", he.Source, mayor.Source)
	}
}

func TestJSONRoundTrip(t *testing.T) {
	for _, text := range []string{wireShelling, pressRelease, featureQuotes} {
		led := extract(t, text, "2024-06-10")
		b, err := json.Marshal(&led)
		if err != nil {
			t.Fatal(err)
		}
		var back claimledger.Document
		if err := json.Unmarshal(b, &back); err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(normalise(led), normalise(back)) {
			t.Errorf("ledger changed through JSON:\n%+v\n%+v", led, back)
		}
	}
}

// normalise makes nil and empty slices alike, which JSON cannot tell apart
// once omitempty has dropped them.
func normalise(d claimledger.Document) claimledger.Document {
	for i := range d.Claims {
		if len(d.Claims[i].Content.Parts) == 0 {
			d.Claims[i].Content.Parts = nil
		}
		if s := d.Claims[i].Source; s != nil && len(s.Entities) == 0 {
			s.Entities = nil
		}
	}
	for i := range d.Entities {
		if len(d.Entities[i].Aliases) == 0 {
			d.Entities[i].Aliases = nil
		}
	}
	return d
}

func TestPublishedDate(t *testing.T) {
	good := map[string]string{
		"2024-06-10":                      "2024-06-10",
		" 2024-06-10 ":                    "2024-06-10",
		"2024-06-10T23:30:00+02:00":       "2024-06-10",
		"2024-06-10 08:15:00":             "2024-06-10",
		"Mon, 10 Jun 2024 08:15:00 +0000": "2024-06-10",
		"2024-06-10T08:15:00.123Z":        "2024-06-10",
		"":                                "",
	}
	for in, want := range good {
		tm, err := ParseDate(in)
		got := ""
		if !tm.IsZero() {
			got = tm.Format("2006-01-02")
		}
		if err != nil || got != want {
			t.Errorf("ParseDate(%q) = %q, %v; want %q", in, got, err, want)
		}
	}
	for _, in := range []string{"yesterday", "10/06/2024", "2024-13-01", "2024-02-30"} {
		if _, err := ParseDate(in); err == nil {
			t.Errorf("ParseDate(%q) accepted", in)
		}
		if _, err := Document(source.Document{Text: "He said so.", Published: in}); err == nil {
			t.Errorf("Document with published %q: no error", in)
		}
	}
}

func TestNoClaims(t *testing.T) {
	for _, text := range []string{"", " \n\n ", "The weather was sunny and warm, 24C in the afternoon.", "\xff\xfe", "\"\"\"“”"} {
		led := extract(t, text, "")
		if len(led.Claims) != 0 || led.Text != text {
			t.Errorf("%q: %d claims, text %q", text, len(led.Claims), led.Text)
		}
	}
}

// The contract prints every layer as a JSON array, empty or not.
func TestEmptyLayersAreArrays(t *testing.T) {
	led := extract(t, "Nothing here at all.", "")
	b, _ := json.Marshal(&led)
	if strings.Contains(string(b), "null") {
		t.Errorf("empty layers must print as [], not null: %s", b)
	}
}

func TestDenialAnswersTheOtherSide(t *testing.T) {
	led := extract(t, "Mali's army accused Algeria of arming the rebels. Bamako denies targeting civilians.\n\n"+
		"Algiers denies that it sent any weapons across the border.", "2024-03-02")
	acc := claimWith(t, &led, "accused", "Algeria")
	own := claimWith(t, &led, "denies", "civilians")
	other := claimWith(t, &led, "denies", "weapons")
	if own.RefersTo == acc.ID {
		t.Errorf("a denial by the accuser's own side does not answer its accusation: %+v", own)
	}
	if other.RefersTo != acc.ID {
		t.Errorf("Algeria's denial should answer the accusation %s, refers to %q", acc.ID, other.RefersTo)
	}
	for _, c := range led.Contradictions {
		if c.A == acc.ID && c.B == own.ID || c.A == own.ID && c.B == acc.ID {
			t.Errorf("no contradiction between one side's accusation and its own denial: %+v", c)
		}
	}
}

func TestLanguageOtherThanEnglishGivesAnEmptyLedger(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"Le ministère de la Défense a déclaré mardi que les troupes s'étaient retirées de la ville après trois jours de combats. " +
			"Selon le gouverneur, au moins douze civils ont été tués et des dizaines blessés dans les bombardements.", "fr"},
		{"Das Verteidigungsministerium erklärte am Dienstag, die Truppen hätten sich nach drei Tagen aus der Stadt zurückgezogen. " +
			"Nach Angaben des Gouverneurs wurden mindestens zwölf Zivilisten getötet.", "de"},
		{"Министерство обороны заявило во вторник, что войска отошли из города после трёх дней боёв. " +
			"По словам губернатора, погибли по меньшей мере двенадцать мирных жителей.", "ru"},
	} {
		led := extract(t, tc.text, "2024-05-07")
		if led.Language != tc.want {
			t.Errorf("language = %q, want %q for %.40q", led.Language, tc.want, tc.text)
		}
		if len(led.Claims)+len(led.Quantities)+len(led.Places)+len(led.Entities) != 0 {
			t.Errorf("%s: no English rules apply, yet layers were filled: %+v", tc.want, led.Claims)
		}
	}
	led := extract(t, "The ministry said on Tuesday that troops had withdrawn from the town.", "2024-05-07")
	if led.Language != "en" || len(led.Claims) != 1 {
		t.Errorf("English: language %q, %d claims", led.Language, len(led.Claims))
	}
}

func TestSourcesCarryTheResolvedName(t *testing.T) {
	led := extract(t, "Defence Minister Rustem Umerov said the front was holding. He added that reinforcements had arrived.", "2024-02-01")
	c := claimWith(t, &led, "added", "reinforcements")
	if c.Source == nil || c.Source.Text != "He" || c.Source.Name != "Rustem Umerov" {
		t.Errorf("'He' should resolve to Rustem Umerov by name: %+v", c.Source)
	}
}

func TestActorNamesAreNotTowns(t *testing.T) {
	led := extract(t, "The army accused Hamas of firing rockets from the school, a claim Hamas denied. "+
		"Fighting continued in the West Bank.", "2024-08-10")
	for _, p := range led.Places {
		if p.Text == "Hamas" {
			t.Errorf("the movement Hamas is not a town: %+v", p)
		}
	}
	found := false
	for _, p := range led.Places {
		found = found || p.Text == "West Bank"
	}
	if !found {
		t.Errorf("the West Bank is still a place: %+v", led.Places)
	}
}

func TestBeliefsCanBeLeftOut(t *testing.T) {
	doc := source.Document{ID: "b", Text: "Engineers believe the dam will hold through the week. The mayor said on Monday that the roads were closed."}
	all, err := Document(doc)
	if err != nil {
		t.Fatal(err)
	}
	beliefs := 0
	for _, c := range all.Claims {
		if c.Belief {
			beliefs++
		}
	}
	if beliefs == 0 || beliefs == len(all.Claims) {
		t.Fatalf("want a belief and a statement, got %d beliefs of %d claims", beliefs, len(all.Claims))
	}
	some, err := Config{NoBelief: true}.Document(doc)
	if err != nil {
		t.Fatal(err)
	}
	if len(some.Claims) != len(all.Claims)-beliefs {
		t.Fatalf("--no-belief kept %d claims, want %d", len(some.Claims), len(all.Claims)-beliefs)
	}
	for _, c := range some.Claims {
		if c.Belief {
			t.Errorf("belief %q kept", c.Cue.Text)
		}
	}
}

func TestPronounSpeakersAgreeInSex(t *testing.T) {
	doc := source.Document{ID: "g", Text: `Ana Ruiz, who worked for Thomas Brandt, has spoken out. Brandt told her: "We are going to have a special day." She said: "I believed him." He then announced: "My friend will join us."`}
	led, err := Document(doc)
	if err != nil {
		t.Fatal(err)
	}
	names := map[string]string{}
	for _, c := range led.Claims {
		if c.Source != nil {
			names[c.Source.Text+" "+c.Cue.Text] = c.Source.Name
		}
	}
	if got := names["She said:"]; got != "Ana Ruiz" {
		t.Errorf("She said: -> %q, want Ana Ruiz (the last speaker, Thomas Brandt, is a man): %v", got, names)
	}
	if got := names["He then announced:"]; got != "Thomas Brandt" {
		t.Errorf("He then announced -> %q, want Thomas Brandt: %v", got, names)
	}
}

func TestShortEnglishIsEnglish(t *testing.T) {
	for _, s := range []string{"Donna smiled, noting, “She needs no advice.”", "Trump called Clinton \"crooked\"."} {
		led, err := Document(source.Document{ID: "s", Text: s})
		if err != nil {
			t.Fatal(err)
		}
		if led.Language != "en" || len(led.Claims) == 0 {
			t.Errorf("%q: language %q, %d claims; a short English text is English", s, led.Language, len(led.Claims))
		}
	}
}

func TestShortTextsInOtherLanguagesStayOut(t *testing.T) {
	for s, want := range map[string]string{
		"Russia's Defence Ministry claims that its air defences shot down 18 drones.": "en",
		"Le gouvernement a déclaré lundi que les négociations avaient échoué.":        "fr",
		"Die Regierung hat am Montag erklärt, dass die Gespräche gescheitert sind.":   "de",
	} {
		led, err := Document(source.Document{ID: "l", Text: s})
		if err != nil {
			t.Fatal(err)
		}
		if led.Language != want {
			t.Errorf("%q: language %q, want %q", s, led.Language, want)
		}
	}
}

// A report inside another claim's content belongs to that content; it is
// not a claim of its own, and the figures in it go with the outer claim.
func TestReportWithinAContentIsPartOfIt(t *testing.T) {
	for _, learned := range []bool{false, true} {
		text := "The ministry said the commander had told reporters that 40 soldiers died in the attack.\n"
		led, err := Config{Learned: learned}.Document(source.Document{ID: "t", Text: text})
		if err != nil {
			t.Fatal(err)
		}
		if cues := cueTexts(led); len(cues) != 1 || cues[0] != "said" {
			t.Fatalf("learned=%v: cues %q, want only the ministry's \"said\"", learned, cues)
		}
		if c := led.Claims[0].Content.Text; !strings.Contains(c, "told reporters that 40 soldiers died") {
			t.Errorf("learned=%v: content %q lost the inner report", learned, c)
		}
	}
}

// Leaving beliefs out keeps the statements reported inside them.
func TestStatementInsideALeftOutBelief(t *testing.T) {
	text := "Officials believe the ministry said that 40 soldiers died in the attack.\n"
	led, err := Config{NoBelief: true}.Document(source.Document{ID: "t", Text: text})
	if err != nil {
		t.Fatal(err)
	}
	if cues := cueTexts(led); len(cues) != 1 || cues[0] != "said" {
		t.Errorf("cues %q, want the ministry's \"said\"", cues)
	}
}

// cueTexts lists the cues of a ledger's claims.
func cueTexts(led claimledger.Document) []string {
	var cues []string
	for _, c := range led.Claims {
		cues = append(cues, c.Cue.Text)
	}
	return cues
}
