package gold

import (
	"strings"
	"testing"

	"github.com/claimledger/claimledger/internal/text"
)

// render writes each token of tokens [from, to) with its tag in the layer,
// "told/B she/O", so that expectations read like the text.
func render(l *Labelled, tags []Tag, from int) string {
	var b strings.Builder
	for i, tg := range tags {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(l.Doc.TokenText(from + i))
		b.WriteByte('/')
		b.WriteString(tg.String())
	}
	return b.String()
}

// tagsOf renders the tags of role r over the tokens that cover phrase.
func tagsOf(t *testing.T, l *Labelled, r Role, phrase string) string {
	t.Helper()
	at := strings.Index(l.Doc.Text, phrase)
	if at < 0 {
		t.Fatalf("phrase %q not in text", phrase)
	}
	first, last := l.Doc.TokenAt(at), l.Doc.TokenAt(at+len(phrase)-1)
	return render(l, l.Tags[r][first:last+1], first)
}

func labelled(t *testing.T, id string) (*Document, *Labelled) {
	t.Helper()
	g := find(t, readTestdata(t), id)
	return g, Label(g, text.New(g.Text))
}

func TestLabelMultiPieceContent(t *testing.T) {
	_, l := labelled(t, "wire-paris")
	if got, want := tagsOf(t, l, Content, "“We are close,” she told reporters, “but"),
		"“/B We/I are/I close/I ,/I ”/I she/O told/O reporters/O ,/O “/B but/I"; got != want {
		t.Errorf("content layer\n got %s\nwant %s", got, want)
	}
	if got, want := tagsOf(t, l, Cue, "she told reporters"), "she/O told/B reporters/O"; got != want {
		t.Errorf("cue layer %s", got)
	}
	if got, want := tagsOf(t, l, Source, "she told"), "she/B told/O"; got != want {
		t.Errorf("source layer %s", got)
	}
	e2 := &l.Links[1]
	pairs := e2.Pairs()
	if len(pairs) != 3 || pairs[0].Role != Source || pairs[1].Role != Content || pairs[2].Role != Content {
		t.Fatalf("pairs %+v", pairs)
	}
	if cue := pairs[0].Cue; l.Doc.TokenText(cue.Start) != "told" || cue.Len() != 1 {
		t.Errorf("cue range %+v", cue)
	}
	if l.Snapped != 0 || l.Conflicts != 0 {
		t.Errorf("snapped %d conflicts %d", l.Snapped, l.Conflicts)
	}
}

// TestLabelNested checks an attribution inside another's content: its cue
// and source keep their own layers inside the outer content, the layered
// view keeps the inner content, and the content BIO layer keeps the outer.
func TestLabelNested(t *testing.T) {
	_, l := labelled(t, "release-dam")
	if got, want := tagsOf(t, l, Cue, "governor had claimed that"), "governor/O had/O claimed/B that/O"; got != want {
		t.Errorf("cue layer %s", got)
	}
	if got, want := tagsOf(t, l, Content, "said the governor had claimed that"), "said/O the/B governor/I had/I claimed/I that/I"; got != want {
		t.Errorf("content layer %s", got)
	}
	if got, want := tagsOf(t, l, Source, "said the governor had"), "said/O the/B governor/I had/O"; got != want {
		t.Errorf("source layer %s", got)
	}
	outer, inner := l.Links[0].Contents[0].Tokens, l.Links[1].Contents[0].Tokens
	if !(outer.Start < inner.Start && inner.End == outer.End) {
		t.Errorf("inner content %+v not inside outer %+v", inner, outer)
	}
	if l.Conflicts != 1 {
		t.Errorf("conflicts %d, want 1", l.Conflicts)
	}
	// no source: only content pairs, two pieces
	e3 := &l.Links[2]
	if len(e3.Sources) != 0 || len(e3.Contents) != 2 {
		t.Fatalf("E3 %+v", e3)
	}
	for _, p := range e3.Pairs() {
		if p.Role != Content || p.Attribution != 2 {
			t.Errorf("E3 pair %+v", p)
		}
	}
}

func TestLabelSnapAndSentences(t *testing.T) {
	_, l := labelled(t, "feature-aicha")
	if l.Snapped != 2 {
		t.Errorf("snapped %d, want 2", l.Snapped)
	}
	cue := l.Links[0].Cue[0]
	if !cue.Snapped || l.Doc.TokenText(cue.Tokens.Start) != "recalled" {
		t.Errorf("cue %+v", cue)
	}
	content := l.Links[0].Contents[0]
	if !content.CrossesSentence() {
		t.Fatalf("content %+v does not cross a sentence", content)
	}
	second := content.Sentence + 1
	se := l.Doc.Sentences[second]
	if l.Tags[Content][se.First] != I {
		t.Fatalf("document view: the second sentence starts with %v", l.Tags[Content][se.First])
	}
	got := l.Sentence(Content, second)
	if got[0] != B || got[1] != I {
		t.Errorf("sentence view %s", render(l, got, se.First))
	}
	if len(l.Sentences(Cue)) != len(l.Doc.Sentences) || l.Sentence(Cue, -1) != nil || l.Sentence(Cue, len(l.Doc.Sentences)) != nil {
		t.Error("sentence views out of range")
	}
	// the snapped content begins with the whole word
	if got, want := tagsOf(t, l, Content, "say the programme is"), "say/O the/O programme/B is/I"; got != want {
		t.Errorf("snapped content %s", got)
	}
}

func TestLabelEmpty(t *testing.T) {
	g := &Document{Text: "", Attributions: []Attribution{{ID: "E1"}, {ID: "E2", Cue: []Span{{0, 0, ""}}}}}
	l := Label(g, text.New(g.Text))
	if len(l.Links) != 2 || l.Unmapped != 1 || len(l.Links[1].Pairs()) != 0 {
		t.Errorf("empty document: %+v", l)
	}
}
