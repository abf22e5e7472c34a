package text

import "testing"

func TestTokens(t *testing.T) {
	cases := []struct {
		name string
		in   string
		want []string
	}{
		{"initials with dots", "The U.S. Army left.", []string{"The", "U.S.", "Army", "left", "."}},
		{"capital initials at a sentence end keep their dot", "He flew to Washington, D.C.", []string{"He", "flew", "to", "Washington", ",", "D.C."}},
		{"possessive 's is its own token", "Russia's defence ministry", []string{"Russia", "'s", "defence", "ministry"}},
		{"curly possessive", "Kyiv’s forces", []string{"Kyiv", "’s", "forces"}},
		{"possessive after a number", "BBC Radio 4's Today", []string{"BBC", "Radio", "4", "'s", "Today"}},
		{"plural possessive keeps the apostrophe as a word", "the soldiers' families", []string{"the", "soldiers", "'", "families"}},
		{"thousands separator", "some 1,000 people and 2.5 tonnes", []string{"some", "1,000", "people", "and", "2.5", "tonnes"}},
		{"hyphenated words", "the self-proclaimed republic's pro-Russian leader", []string{"the", "self-proclaimed", "republic", "'s", "pro-Russian", "leader"}},
		// a number keeps its own token so that later stages can read it
		{"number before a hyphen", "a 30-year-old man", []string{"a", "30", "-", "year-old", "man"}},
		{"inner apostrophes", "O’Brien said he didn't know", []string{"O’Brien", "said", "he", "didn't", "know"}},
		{"ordinals and units", "the 10th brigade, 5km away, in the 1990s", []string{"the", "10th", "brigade", ",", "5km", "away", ",", "in", "the", "1990s"}},
		{"number then comma then word", "Of the 70, 12 were", []string{"Of", "the", "70", ",", "12", "were"}},
		{"dashes", "Kyiv — the capital — and a 2-1 vote -- no", []string{"Kyiv", "—", "the", "capital", "—", "and", "a", "2", "-", "1", "vote", "--", "no"}},
		{"ellipsis is one mark", "and then... nothing", []string{"and", "then", "...", "nothing"}},
		{"typewriter quotes", "''Never,'' he said", []string{"''", "Never", ",", "''", "he", "said"}},
		{"accented letters", "Zoë Lefèvre of Besançon", []string{"Zoë", "Lefèvre", "of", "Besançon"}},
		{"non-breaking space separates", "120\u00a0soldiers", []string{"120", "soldiers"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := tokenTexts(c.in); !sameList(got, c.want) {
				t.Errorf("tokens of %q\n got %s\nwant %s", c.in, show(got), show(c.want))
			}
		})
	}
}

func TestTokenKinds(t *testing.T) {
	d := New(`“We will not leave,” said Lt. Col. Ana Díaz, 41, of the U.S. Marines' 3rd battalion.`)
	want := map[string]Kind{"“": QuoteMark, "We": Word, ",": Punct, "”": QuoteMark, "41": Number,
		"U.S.": Word, "Marines": Word, "3rd": Number, "Díaz": Word}
	for w, k := range want {
		if got := d.Tokens[tokenIndex(t, d, w)].Kind; got != k {
			t.Errorf("%q: kind %d, want %d", w, got, k)
		}
	}
	if !d.Tokens[tokenIndex(t, d, "“")].Open || d.Tokens[tokenIndex(t, d, "”")].Open {
		t.Errorf("curly quotes: the left one opens and the right one closes")
	}
	if i := tokenIndex(t, d, "Díaz"); !d.Tokens[i].Upper || d.Tokens[i].Lower != "díaz" || !d.Tokens[i].SpaceBefore {
		t.Errorf("Díaz: %+v", d.Tokens[i])
	}
	if i := tokenIndex(t, d, ","); d.Tokens[i].SpaceBefore {
		t.Errorf("a comma glued to its word has no space before")
	}
}

func TestStraightQuoteDirection(t *testing.T) {
	d := New(`He said "enough" and left.`)
	var marks []Token
	for _, tk := range d.Tokens {
		if tk.Kind == QuoteMark {
			marks = append(marks, tk)
		}
	}
	if len(marks) != 2 || !marks[0].Open || marks[1].Open {
		t.Fatalf("straight quotes: want an opening then a closing mark, got %+v", marks)
	}
}
