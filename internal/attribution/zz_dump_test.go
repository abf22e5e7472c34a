package attribution

import (
	"fmt"
	"os"
	"testing"

	"github.com/claimledger/claimledger/internal/text"
)

func TestZZDump(t *testing.T) {
	s := os.Getenv("DUMP")
	if s == "" {
		t.Skip()
	}
	d := text.New(s)
	cls := Find(d)
	q := Qualify(d, cls)
	for i, c := range cls {
		fmt.Printf("[%d] SRC %q CUE %q CONTENT %q\n     stance=%s form=%s hedged=%v verif=%s ref=%d", i, s[c.Source.Start:c.Source.End], s[c.Cue.Start:c.Cue.End], s[c.Content.Start:c.Content.End], c.Stance, q[i].Form, q[i].Hedged, q[i].Verification, q[i].RefersTo)
		for _, p := range c.Parts {
			fmt.Printf(" PART %q", s[p.Start:p.End])
		}
		fmt.Println()
	}
}
