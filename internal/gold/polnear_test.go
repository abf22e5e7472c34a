package gold

import (
	"errors"
	"os"
	"path/filepath"
	"testing"

	"github.com/claimledger/claimledger/internal/text"
)

// polnearDir holds the research data, outside the repository.
const polnearDir = "/work/shared/data/polnear"

// TestPolNeAR reads the train and dev sets when they are present, checks
// that every placed piece lies on the text layer, and logs the statistics.
func TestPolNeAR(t *testing.T) {
	for _, name := range []string{"train.jsonl", "dev.jsonl"} {
		path := filepath.Join(polnearDir, name)
		if _, err := os.Stat(path); err != nil {
			t.Skipf("PolNeAR data not available at %s", polnearDir)
		}
		docs, err := ReadFile(path)
		var bad LineErrors
		if err != nil && !errors.As(err, &bad) {
			t.Fatal(err)
		}
		if len(docs) == 0 {
			t.Fatalf("%s: no documents", name)
		}
		var s Stats
		for i := range docs {
			d := text.New(docs[i].Text)
			l := Label(&docs[i], d)
			for _, k := range l.Links {
				for r := Role(0); r < NumRoles; r++ {
					for _, p := range k.Pieces(r) {
						if p.Tokens.Start < 0 || p.Tokens.End > len(d.Tokens) || p.Tokens.Len() <= 0 || p.Sentence > p.LastSentence {
							t.Fatalf("%s %s: bad piece %+v", docs[i].ID, k.ID, p)
						}
					}
				}
			}
			s.Add(&docs[i], l)
		}
		t.Logf("%s: %d bad lines\n%s", name, len(bad), s)
		if s.Attributions == 0 || s.CueTokens[1] == 0 {
			t.Errorf("%s: implausible statistics %+v", name, s)
		}
	}
}
