package text

import "testing"

func TestSentences(t *testing.T) {
	cases := []struct {
		name string
		in   string
		want []string
	}{
		{"titles do not end a sentence",
			"Mr. Petrenko met Gen. Oleh Marchuk and Dr. Ruth Ames. They spoke for an hour.",
			[]string{"Mr. Petrenko met Gen. Oleh Marchuk and Dr. Ruth Ames.", "They spoke for an hour."}},
		{"U.S. inside a sentence",
			"The U.S. State Department said the U.S. envoy would travel on Friday. No date was set.",
			[]string{"The U.S. State Department said the U.S. envoy would travel on Friday.", "No date was set."}},
		{"initials of a name",
			"The report was written by J. K. Rowan, a former diplomat. It runs to 40 pages.",
			[]string{"The report was written by J. K. Rowan, a former diplomat.", "It runs to 40 pages."}},
		{"a quotation ending the sentence",
			`"We are holding the line." The brigade's commander spoke from a bunker.`,
			[]string{`"We are holding the line."`, "The brigade's commander spoke from a bunker."}},
		{"a question inside a quotation before the cue",
			`“Why should we leave?” asked one resident. “This is our home.”`,
			[]string{"“Why should we leave?” asked one resident.", "“This is our home.”"}},
		{"a question inside a quotation before a named speaker",
			`“Why would they?” Trump said. Nobody answered.`,
			[]string{"“Why would they?” Trump said.", "Nobody answered."}},
		{"a full stop inside a quotation before its speaker",
			`“Find the emails that are missing.” Trump said. Nobody answered.`,
			[]string{"“Find the emails that are missing.” Trump said.", "Nobody answered."}},
		{"a full stop inside a quotation before a new quotation",
			`She says he represents “the rigged system.” She adds, “What kind of genius loses that?”`,
			[]string{"She says he represents “the rigged system.”", "She adds, “What kind of genius loses that?”"}},
		{"a question and then a new sentence with a name",
			`“Why would they?” Maria Lopez went home.`,
			[]string{"“Why would they?”", "Maria Lopez went home."}},
		{"an exclamation then a lower-case cue",
			`"Get down!" he shouted. Nobody moved.`,
			[]string{`"Get down!" he shouted.`, "Nobody moved."}},
		{"decimal numbers and web addresses",
			"Inflation rose 3.5 percent, the agency said on example.com. Prices fell.",
			[]string{"Inflation rose 3.5 percent, the agency said on example.com.", "Prices fell."}},
		{"a number opens the next sentence",
			"The toll rose again. 12 people died overnight.",
			[]string{"The toll rose again.", "12 people died overnight."}},
		{"a closing bracket stays with its sentence",
			"The group (founded in 2014.) left. Others stayed.",
			[]string{"The group (founded in 2014.) left.", "Others stayed."}},
		{"a paragraph break ends a sentence without a full stop",
			"KYIV, Ukraine (AP) — Air raid sirens sounded\nResidents went to shelters.",
			[]string{"KYIV, Ukraine (AP) — Air raid sirens sounded", "Residents went to shelters."}},
		{"No. before a number", "He lives at No. 10 Downing Street. It is old.",
			[]string{"He lives at No. 10 Downing Street.", "It is old."}},
		{"the word no ends a sentence", "Asked whether he would resign, he said no. The party backed him.",
			[]string{"Asked whether he would resign, he said no.", "The party backed him."}},
		{"ill is a word unless it follows a place", "Two guards fell ill. Doctors were called.",
			[]string{"Two guards fell ill.", "Doctors were called."}},
		{"state abbreviation after a town", "Ann Cole, of Peoria, Ill. Smith's neighbour, agreed.",
			[]string{"Ann Cole, of Peoria, Ill. Smith's neighbour, agreed."}},
		{"mass as a word", "The bishop said Mass. Hundreds attended.",
			[]string{"The bishop said Mass.", "Hundreds attended."}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := sentenceTexts(New(c.in))
			if !sameList(got, c.want) {
				t.Errorf("sentences of %q\n got %s\nwant %s", c.in, show(got), show(c.want))
			}
		})
	}
}

func TestSentenceTokenBounds(t *testing.T) {
	d := New("First one. Second one!\n\nThird one?")
	if len(d.Sentences) != 3 {
		t.Fatalf("want 3 sentences, got %s", show(sentenceTexts(d)))
	}
	prev := -1
	for i, s := range d.Sentences {
		if s.First != prev+1 || s.Last < s.First {
			t.Errorf("sentence %d covers tokens %d..%d after %d", i, s.First, s.Last, prev)
		}
		if d.Tokens[s.First].Start != s.Start || d.Tokens[s.Last].End != s.End {
			t.Errorf("sentence %d: byte range does not match its tokens", i)
		}
		for k := s.First; k <= s.Last; k++ {
			if d.SentenceOf(k) != i {
				t.Errorf("SentenceOf(%d) = %d, want %d", k, d.SentenceOf(k), i)
			}
		}
		prev = s.Last
	}
	if prev != len(d.Tokens)-1 {
		t.Errorf("sentences leave tokens out")
	}
}

func TestParagraphs(t *testing.T) {
	d := New("  First paragraph.\r\n\r\n\tSecond paragraph.  \nThird.\n\n\n")
	var got []string
	for _, p := range d.Paragraphs {
		got = append(got, d.Text[p.Start:p.End])
	}
	want := []string{"First paragraph.", "Second paragraph.", "Third."}
	if !sameList(got, want) {
		t.Errorf("paragraphs: got %s want %s", show(got), show(want))
	}
	if p := d.ParagraphOf(d.Paragraphs[1].Start + 3); p != 1 {
		t.Errorf("ParagraphOf inside the second paragraph = %d", p)
	}
}
