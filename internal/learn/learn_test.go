package learn

import (
	"encoding/json"
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/claimledger/claimledger/internal/attribution"
	"github.com/claimledger/claimledger/internal/gold"
	"github.com/claimledger/claimledger/internal/text"
)

// synthetic builds gold documents in which speakers "aver" and "muse":
// verbs the rules' lexicon does not know, so only learning can find them.
func synthetic(t *testing.T) []gold.Document {
	t.Helper()
	speakers := []string{"The mayor", "Anna Petrova", "The coach", "A spokesman", "Governor Lee", "The union", "Olaf Berg", "The minister",
		"The city council", "A senior official"}
	verbs := []string{"averred", "mused"}
	contents := []string{"the bridge would reopen soon", "the team had played well", "prices were still too high",
		"the talks had stalled again", "the water was safe to drink", "nobody had been told in advance"}
	var b strings.Builder
	n := 0
	for i, s := range speakers {
		for j, v := range verbs {
			c := contents[(i+j)%len(contents)]
			txt := fmt.Sprintf("Residents gathered on Monday. %s %s that %s. The meeting ended late.", s, v, c)
			cp := func(sub string) map[string]any {
				at := strings.Index(txt, sub)
				return map[string]any{"start": utf8.RuneCountInString(txt[:at]), "end": utf8.RuneCountInString(txt[:at]) + utf8.RuneCountInString(sub), "text": sub}
			}
			line, _ := json.Marshal(map[string]any{"doc_id": fmt.Sprint("d", n), "text": txt, "attributions": []any{
				map[string]any{"cue": []any{cp(v)}, "sources": []any{cp(s)}, "contents": []any{cp("that " + c)}}}})
			b.Write(line)
			b.WriteByte('\n')
			n++
		}
	}
	docs, err := gold.Read(strings.NewReader(b.String()))
	if err != nil {
		t.Fatal(err)
	}
	return docs
}

func TestLearnsCuesTheRulesDoNotKnow(t *testing.T) {
	m, err := Train(synthetic(t), Options{Epochs: 8, Seed: 3})
	if err != nil {
		t.Fatal(err)
	}
	for _, v := range []string{"averred", "mused"} {
		if _, ok := attribution.Lookup(v); ok {
			t.Fatalf("%q is in the lexicon: the test would not show learning", v)
		}
	}
	s := "Shoppers were calm. The harbour master mused that the ferry would run tomorrow. Nobody objected."
	d := text.New(s)
	rules := attribution.Find(d)
	var found *attribution.Claim
	cls := m.Find(d, rules)
	for i := range cls {
		if s[cls[i].Cue.Start:cls[i].Cue.End] == "mused" {
			found = &cls[i]
		}
	}
	if found == nil {
		t.Fatalf("the learned cue 'mused' was not found in %q: %+v", s, cls)
	}
	if got := s[found.Source.Start:found.Source.End]; got != "The harbour master" {
		t.Errorf("source = %q, want %q", got, "The harbour master")
	}
	if got := s[found.Content.Start:found.Content.End]; got != "that the ferry would run tomorrow" {
		t.Errorf("content = %q", got)
	}
}

func TestTrainingIsDeterministic(t *testing.T) {
	docs := synthetic(t)
	a, err := Train(docs, Options{Epochs: 3, Seed: 7})
	if err != nil {
		t.Fatal(err)
	}
	b, _ := Train(docs, Options{Epochs: 3, Seed: 7})
	ac, aa, aw, _ := a.Marshal()
	bc, ba, bw, _ := b.Marshal()
	if string(ac) != string(bc) || string(aa) != string(ba) || string(aw) != string(bw) {
		t.Error("the same data and seed should give identical models")
	}
	m, err := Load(ac, aa, aw)
	if err != nil || m.Cue.Features() != a.Cue.Features() || len(m.Words) != len(a.Words) {
		t.Errorf("models do not survive a round trip: %v", err)
	}
}

func TestEmbeddedModelsLoad(t *testing.T) {
	if Default() == nil {
		t.Skip("no models trained into this build")
	}
	d := text.New("The ministry said on Tuesday that the convoy had been attacked.")
	cls := Default().Find(d, attribution.Find(d))
	if len(cls) == 0 {
		t.Error("the embedded models lose the rules' claim")
	}
}

func TestAttitudeClass(t *testing.T) {
	for w, want := range map[string]string{
		"eviscerated": "criticism", "lambasting": "criticism", "slammed": "criticism",
		"endorses": "support", "denied": "speech", "believes": "cognition", "thought": "cognition",
		"vowed": "intention", "ruled": "decision", "table": "", "the": "",
	} {
		if got := attitudeClass(w); got != want {
			t.Errorf("attitudeClass(%q) = %q, want %q", w, got, want)
		}
	}
}

func TestModelContentStaysOnTheRulesSide(t *testing.T) {
	s := "While the army celebrates the capture of the town, Kyiv reports its own advances near the outskirts."
	d := text.New(s)
	at := func(phrase string) int { return strings.Index(s, phrase) }
	tok := func(phrase string) (int, int) {
		a := d.TokenAt(at(phrase))
		b := d.TokenAt(at(phrase) + len(phrase) - 1)
		return a, b
	}
	rule := attribution.Claim{
		Cue:     text.Range{Start: at("reports"), End: at("reports") + len("reports")},
		Content: text.Range{Start: at("its own"), End: at(" near")},
	}
	ba, bb := tok("the army celebrates the capture of the town")
	if sameSide(d, rule, []span{{ba, bb}}) {
		t.Error("a content before the cue replaces the rules' content after it")
	}
	aa, ab := tok("its own advances near the outskirts")
	if !sameSide(d, rule, []span{{aa, ab}}) {
		t.Error("a content that widens the rules' one is refused")
	}
}

func TestModelContentOnlyForAttitudes(t *testing.T) {
	for _, c := range []struct {
		text, cue, content, model string
		want                      bool
	}{
		{"The mayor said the road was closed for repairs on Monday.", "said", "the road was closed for repairs on Monday", "the road was closed", false},
		{"The mayor criticized the decision to close the road on Monday.", "criticized", "the decision to close the road on Monday", "the decision to close the road", true},
		{"The mayor criticized \"the decision to close the road\" on Monday.", "criticized", "\"the decision to close the road\"", "\"the decision", false},
	} {
		d := text.New(c.text)
		at := func(phrase string) text.Range {
			i := strings.Index(c.text, phrase)
			return text.Range{Start: i, End: i + len(phrase)}
		}
		tokens := func(r text.Range) span { return span{d.TokenAt(r.Start), d.TokenAt(r.End - 1)} }
		rule := attribution.Claim{Cue: at(c.cue), Content: at(c.content)}
		if got := takesModelContent(d, tokens(at(c.cue)), rule, []span{tokens(at(c.model))}); got != c.want {
			t.Errorf("%q: the model's content taken = %v, want %v", c.text, got, c.want)
		}
	}
}
