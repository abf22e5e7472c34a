package gold

import (
	"strings"
	"testing"
)

// TestStats sums the test documents; bad-spans lost its only source to a
// mismatch, so it counts as an attribution without source.
func TestStats(t *testing.T) {
	s := Collect(readTestdata(t))
	want := Stats{
		Documents: 4, Attributions: 8, NoSource: 2, Nested: 1, MultiPiece: 2,
		ContentPieces: 10, Crossing: 1, CueTokens: [4]int{0, 8, 0, 0},
		Spans: 24, Snapped: 2, Dropped: 2, Conflicts: 1,
	}
	if s != want {
		t.Errorf("stats\n got %+v\nwant %+v", s, want)
	}
	if got := s.NoSourceShare(); got != 2.0/8 {
		t.Errorf("no-source share %v", got)
	}
	if got := s.CrossingShare(); got != 0.1 {
		t.Errorf("crossing share %v", got)
	}
	if s.CueShare(1) != 1 || s.CueShare(4) != 0 {
		t.Errorf("cue shares %v %v", s.CueShare(1), s.CueShare(4))
	}
	if r := s.String(); !strings.Contains(r, "attributions 8") || !strings.Contains(r, "snapped 2") {
		t.Errorf("report %s", r)
	}
	var zero Stats
	if zero.NoSourceShare() != 0 || zero.CrossingShare() != 0 {
		t.Error("shares of nothing")
	}
}

func TestStatsCueLengths(t *testing.T) {
	in := `{"doc_id":"c","text":"He went on to say it. She pointed out that it was. They declined to comment on whether it did.","attributions":[` +
		`{"id":"E1","cue":[{"start":3,"end":17,"text":"went on to say"}],"sources":[{"start":0,"end":2,"text":"He"}],"contents":[{"start":18,"end":20,"text":"it"}]},` +
		`{"id":"E2","cue":[{"start":26,"end":37,"text":"pointed out"}],"sources":[{"start":22,"end":25,"text":"She"}],"contents":[]},` +
		`{"id":"E3","cue":[],"sources":[],"contents":[]}]}`
	docs, err := Read(strings.NewReader(in))
	if err != nil {
		t.Fatal(err)
	}
	s := Collect(docs)
	if s.CueTokens != [4]int{1, 0, 1, 1} || s.Empty != 1 || s.NoSource != 0 || s.Dropped != 0 {
		t.Errorf("stats %+v, dropped %+v", s, docs[0].Dropped)
	}
}
