package eval

import (
	"io"
	"strings"
	"testing"
)

// FuzzScore reads any gold and ledger lines and scores them: junk offsets,
// wrong types and broken text must give an error or a score, never a panic.
func FuzzScore(f *testing.F) {
	f.Add(`{"doc_id": "a", "text": "Police said two died.", "attributions": [{"cue": [{"start": 7, "end": 11, "text": "said"}], "sources": [{"start": 0, "end": 6}], "contents": [{"start": 12, "end": 20}]}]}`,
		`{"id": "a", "claims": [{"source": {"start": 0, "end": 6}, "cue": {"start": 7, "end": 11, "text": "said"}, "content": {"start": 12, "end": 20, "parts": [{"start": 12, "end": 15}]}}]}`, true)
	f.Add(`{"doc_id": 1, "text": "x", "attributions": [{"cue": [{"start": -5, "end": 99}], "contents": [{"start": 9, "end": 2}]}]}`,
		`{"id": 1, "claims": [{"cue": {"start": -9223372036854775808, "end": 9223372036854775807}, "content": {}}]}`, false)
	f.Add("{\"doc_id\": \"z\", \"text\": \"caf\xe9 \u00a0\", \"primary\": 0}", `{"id": null, "claims": "no"}`, true)
	f.Fuzz(func(t *testing.T, goldLine, predLine string, speech bool) {
		gold, err := ReadGold(strings.NewReader(goldLine))
		if err != nil {
			return
		}
		preds, err := ReadPredictions(strings.NewReader(predLine), speech)
		if err != nil {
			return
		}
		s := Scorer{SpeechOnly: speech}
		for i := range gold {
			p, ok := preds[gold[i].ID]
			s.Add(&gold[i], p.Attributions, !ok)
		}
		s.Print(io.Discard)
		Speech(goldLine)
	})
}
