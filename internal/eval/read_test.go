package eval

import (
	"strings"
	"testing"

	"github.com/claimledger/claimledger"
)

func TestReadGold(t *testing.T) {
	in := `{"doc_id": "a", "primary": true, "date": "2024-03-01", "text": "Police said two died.", "attributions": [{"cue": [{"start": 7, "end": 11, "text": "said"}], "sources": [{"start": 0, "end": 6, "text": "Police"}], "contents": [{"start": 12, "end": 20, "text": "two died"}]}]}

{"doc_id": "a", "primary": false, "text": "Police said two died.", "attributions": []}
{"doc_id": 17, "text": "No annotator flag.", "attributions": []}
{"doc_id": "n", "primary": null, "text": "Null is false.", "attributions": []}
`
	gold, err := ReadGold(strings.NewReader(in))
	if err != nil {
		t.Fatal(err)
	}
	if len(gold) != 2 {
		t.Fatalf("%d documents, want the primary one and the unflagged one", len(gold))
	}
	if g := gold[0]; g.ID != "a" || g.Date != "2024-03-01" || len(g.Attributions) != 1 ||
		g.Attributions[0].Sources[0] != (Span{0, 6, "Police"}) || g.Attributions[0].Contents[0].End != 20 {
		t.Errorf("first document: %+v", g)
	}
	if gold[1].ID != "17" {
		t.Errorf("numeric id read as %q, want 17", gold[1].ID)
	}
	if _, err := ReadGold(strings.NewReader("{\"doc_id\": \"x\"}\n")); err == nil {
		t.Error("a gold line without text is accepted")
	}
	if _, err := ReadGold(strings.NewReader("{oops\n")); err == nil || !strings.Contains(err.Error(), "line 1") {
		t.Errorf("bad JSON: %v", err)
	}
}

func TestReadPredictions(t *testing.T) {
	in := `{"id": "d1", "text": "x", "claims": [
` + `]}
{"id": "d1", "claims": [{"source": null, "cue": {"start": 1, "end": 5, "text": "said"}, "content": {"start": 6, "end": 20, "text": "", "parts": [{"start": 6, "end": 9, "text": ""}, {"start": 14, "end": 20, "text": ""}]}}, {"source": {"start": 0, "end": 3, "text": "She"}, "cue": {"start": 4, "end": 9, "text": "think"}, "content": {"start": 10, "end": 12, "text": ""}, "belief": true}, {"source": {}, "cue": {"start": 0, "end": 1, "text": ""}, "content": {"start": 2, "end": 3, "text": "", "parts": []}}]}
{"id": 9, "text": "nine", "claims": null}
`
	// the first line is not JSON Lines (a line break inside the object)
	if _, err := ReadPredictions(strings.NewReader(in), false); err == nil {
		t.Fatal("a document broken over two lines is accepted")
	}
	in = in[strings.Index(in, "]}\n")+3:]
	preds, err := ReadPredictions(strings.NewReader(in), false)
	if err != nil {
		t.Fatal(err)
	}
	d1 := preds["d1"]
	if d1.HasText || len(d1.Attributions) != 3 {
		t.Fatalf("d1: %+v", d1)
	}
	a := d1.Attributions[0]
	if len(a.Sources) != 0 || len(a.Cue) != 1 || len(a.Contents) != 2 || a.Contents[1] != (Span{14, 20, ""}) {
		t.Errorf("claim with parts and no source: %+v", a)
	}
	// an empty source object is no source; empty parts mean the content whole
	if c := d1.Attributions[2]; len(c.Sources) != 0 || len(c.Contents) != 1 || c.Contents[0].Start != 2 {
		t.Errorf("empty source and parts: %+v", c)
	}
	if p := preds["9"]; !p.HasText || p.Text != "nine" || len(p.Attributions) != 0 {
		t.Errorf("numeric id: %+v", p)
	}
	noBelief, err := ReadPredictions(strings.NewReader(in), true)
	if err != nil {
		t.Fatal(err)
	}
	if n := len(noBelief["d1"].Attributions); n != 2 {
		t.Errorf("--no-belief keeps %d claims, want 2", n)
	}
}

func TestFromLedger(t *testing.T) {
	d := claimledger.Document{Claims: []claimledger.Claim{
		{Source: &claimledger.Source{Span: claimledger.Span{Start: 0, End: 6}}, Cue: claimledger.Span{Start: 7, End: 11},
			Content: claimledger.Content{Span: claimledger.Span{Start: 12, End: 30}}},
		{Cue: claimledger.Span{Start: 40, End: 44}, Content: claimledger.Content{Span: claimledger.Span{Start: 45, End: 70},
			Parts: []claimledger.Span{{Start: 45, End: 50}, {Start: 60, End: 70}}}},
		{Cue: claimledger.Span{Start: 80, End: 85}, Belief: true},
	}}
	as := FromLedger(&d, false)
	if len(as) != 3 || len(as[0].Sources) != 1 || len(as[1].Sources) != 0 || len(as[1].Contents) != 2 ||
		as[1].Contents[1].Start != 60 || as[0].Contents[0].End != 30 {
		t.Errorf("FromLedger: %+v", as)
	}
	if as := FromLedger(&d, true); len(as) != 2 {
		t.Errorf("without beliefs: %d claims, want 2", len(as))
	}
}

func TestAgreement(t *testing.T) {
	in := `{"doc_id": "a", "primary": true, "text": "Police said two died. Medics said three.", "attributions": [` +
		`{"cue": [{"start": 7, "end": 11}], "sources": [{"start": 0, "end": 6}], "contents": [{"start": 12, "end": 20}]},` +
		`{"cue": [{"start": 29, "end": 33}], "sources": [{"start": 22, "end": 28}], "contents": [{"start": 34, "end": 39}]}]}
{"doc_id": "a", "primary": false, "text": "Police said two died. Medics said three.", "attributions": [` +
		`{"cue": [{"start": 7, "end": 11}], "sources": [{"start": 0, "end": 6}], "contents": [{"start": 12, "end": 20}]}]}
{"doc_id": "b", "primary": false, "text": "No primary for this one.", "attributions": []}
{"doc_id": "a", "primary": false, "text": "A different text.", "attributions": []}
`
	primary, second, err := ReadAnnotations(strings.NewReader(in))
	if err != nil {
		t.Fatal(err)
	}
	if len(primary) != 1 || len(second) != 3 {
		t.Fatalf("%d primary and %d second annotations, want 1 and 3", len(primary), len(second))
	}
	s, n := Agreement(primary, second, false)
	if n != 1 {
		t.Fatalf("%d second annotations scored, want only the one with its primary's text", n)
	}
	// the second annotator found one of the two attributions, exactly
	for r, c := range s.Exact {
		if c != (Counts{TP: 1, Pred: 1, Gold: 2}) {
			t.Errorf("role %d: %+v, want 1 of 1 predicted right of 2", r, c)
		}
	}
	if s.Matched.TP != 1 || s.SpeakerOK != 1 {
		t.Errorf("matched %d, speaker right %d; want 1 and 1", s.Matched.TP, s.SpeakerOK)
	}
}
