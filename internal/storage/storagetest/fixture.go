package storagetest

import (
	"strings"
	"unicode/utf8"

	"github.com/claimledger/claimledger"
	"github.com/claimledger/claimledger/internal/storage"
)

// span finds sub in text and gives its code point offsets; a missing sub
// is a mistake in the fixture, so it panics.
func span(text, sub string) claimledger.Span {
	i := strings.Index(text, sub)
	if i < 0 {
		panic("fixture: " + sub + " not in text")
	}
	start := utf8.RuneCountInString(text[:i])
	return claimledger.Span{Start: start, End: start + utf8.RuneCountInString(sub), Text: sub}
}

func f(v float64) *float64 { return &v }

func source(text, sub, name string) *claimledger.Source {
	return &claimledger.Source{Span: span(text, sub), Entity: "e-" + sub, Name: name}
}

func content(text, sub string) claimledger.Content { return claimledger.Content{Span: span(text, sub)} }

const (
	text1 = `Moscow blamed Ukraine on Wednesday. The defence ministry said more than 70 fighters were killed in Belgorod and four armoured vehicles destroyed. Kyiv flatly denies the allegation. Peskov believes the raid was planned abroad.`
	text2 = `Ukraine's General Staff reported 25 air strikes on Bakhmut. According to reports, the shelling went on overnight and the town burned.`
	// text3 holds every kind of character a page may bring: quotes of
	// every kind, combining marks, emoji with joiners, right-to-left
	// scripts, CJK, a NUL and line breaks.
	text3 = "Zoë O'Neil accused “the so-called ‘volunteers’” of lying about the ÉCOLE in Kyiv — \"naïve\" 'claims' ✓.\n" +
		"Her colleague said: مرحبا بالعالم and 北京市 remain calm 👩‍👩‍👧 e\u0301tude \\ % _ ; -- \x00 done."
)

// Fixture is three documents whose claims, figures and places the filter
// tests know by heart.
func Fixture() []storage.Document {
	d1 := claimledger.Document{
		ID: "doc-1", Published: "2023-05-24", Language: "en", Title: "Raid on Belgorod",
		URL: "https://www.example.com/news/belgorod", Author: "A. Writer", Text: text1,
		Claims: []claimledger.Claim{
			{ID: "c1", Form: claimledger.FormIndirect, Source: source(text1, "The defence ministry", "Ministry of Defence of Russia"),
				Cue: span(text1, "said"), Content: content(text1, "more than 70 fighters were killed in Belgorod and four armoured vehicles destroyed"),
				Stance: claimledger.StanceAssert, Verification: claimledger.Unverified, Time: "2023-05-23"},
			{ID: "c2", Form: claimledger.FormIndirect, Source: source(text1, "Kyiv", "Government of Ukraine"),
				Cue: span(text1, "flatly denies"), Content: content(text1, "the allegation"),
				Stance: claimledger.StanceDeny, Verification: claimledger.Unknown, RefersTo: "c0"},
			{ID: "c3", Form: claimledger.FormIndirect, Source: source(text1, "Peskov", "Dmitry Peskov"),
				Cue: span(text1, "believes"), Content: content(text1, "the raid was planned abroad"),
				Stance: claimledger.StanceAssert, Verification: claimledger.Unknown, Belief: true},
		},
		Quantities: []claimledger.Quantity{
			{Span: span(text1, "more than 70"), Value: 70, Low: f(71), Qualifier: claimledger.QualMoreThan,
				Category: "killed", Object: "fighters", Claim: "c1"},
			{Span: span(text1, "four"), Value: 4, Low: f(4), High: f(4), Qualifier: claimledger.QualExact,
				Category: "destroyed", Object: "armoured vehicles"},
		},
		Times: []claimledger.Time{{Span: span(text1, "Wednesday"), Value: "2023-05-24", Grain: "day"}},
		Places: []claimledger.Place{
			{Span: span(text1, "Moscow"), Name: "Moscow", Country: "RU", Lat: f(55.75), Lon: f(37.62), Kind: "city", GeonameID: 524901},
			{Span: span(text1, "Belgorod"), Name: "Belgorod", Country: "RU", Lat: f(50.61), Lon: f(36.58), Kind: "city"},
		},
		Entities:       []claimledger.Entity{{ID: "e1", Name: "Dmitry Peskov", Type: claimledger.EntityPerson, Mentions: []claimledger.Span{span(text1, "Peskov")}}},
		Contradictions: []claimledger.Contradiction{{A: "c1", B: "c2", Kind: claimledger.ContradictDenial}},
	}
	d2 := claimledger.Document{
		ID: "doc-2", Published: "2023-06-01", Language: "en", Title: "Strikes", Outlet: "Example Times", Text: text2,
		Claims: []claimledger.Claim{
			{ID: "c1", Form: claimledger.FormIndirect, Source: source(text2, "Ukraine's General Staff", "General Staff of Ukraine"),
				Cue: span(text2, "reported"), Content: content(text2, "25 air strikes on Bakhmut"),
				Stance: claimledger.StanceAssert, Verification: claimledger.Unknown, Time: "2023-05-30"},
			{ID: "c2", Form: claimledger.FormIndirect, Cue: span(text2, "According to reports"),
				Content: content(text2, "the shelling went on overnight"), Stance: claimledger.StanceOther, Verification: claimledger.Unknown},
		},
		Quantities: []claimledger.Quantity{{Span: span(text2, "25"), Value: 25, Low: f(25), High: f(25),
			Qualifier: claimledger.QualExact, Category: "attacks", Object: "air strikes", Claim: "c1"}},
		Places: []claimledger.Place{{Span: span(text2, "Bakhmut"), Name: "Bakhmut", Country: "UA", Kind: "city"}},
	}
	d3 := claimledger.Document{
		ID: "doc-3 “ü”", Published: "2024-01-10", Language: "en", Title: `Quotes: "double", 'single', «guillemets» 🚀`,
		URL: "https://news.example.org/ü?q=\"1\"&x='2'", Text: text3,
		Claims: []claimledger.Claim{
			{ID: "c1", Form: claimledger.FormMixed, Source: source(text3, "Zoë O'Neil", "Zoë O'Neil"),
				Cue: span(text3, "accused"), Content: content(text3, "“the so-called ‘volunteers’” of lying about the ÉCOLE in Kyiv"),
				Stance: claimledger.StanceAccuse, Hedged: true, Verification: claimledger.Unknown},
			{ID: "c2", Form: claimledger.FormDirect, Source: source(text3, "Her colleague", ""),
				Cue: span(text3, "said"), Content: content(text3, "مرحبا بالعالم and 北京市 remain calm 👩‍👩‍👧 e\u0301tude \\ % _ ; -- \x00 done"),
				Stance: claimledger.StanceAssert, Verification: claimledger.Unknown},
		},
		Quantities: []claimledger.Quantity{},
		Places:     []claimledger.Place{{Span: span(text3, "Kyiv"), Name: "Kyiv", Country: "UA", Kind: "city", GeonameID: 703448}},
		Entities:   []claimledger.Entity{},
	}
	return []storage.Document{
		storage.NewDocument("fixture.jsonl:1", d1),
		storage.NewDocument("fixture.jsonl:2", d2),
		storage.NewDocument("fixture.jsonl:3", d3),
	}
}
