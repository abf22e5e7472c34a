package text

import (
	"fmt"
	"os"
	"testing"
)

func TestZZDump(t *testing.T) {
	s := os.Getenv("DUMP")
	if s == "" {
		t.Skip()
	}
	d := New(s)
	for i, tk := range d.Tokens {
		fmt.Printf("%d %q k=%d up=%v open=%v sp=%v\n", i, s[tk.Start:tk.End], tk.Kind, tk.Upper, tk.Open, tk.SpaceBefore)
	}
	for _, se := range d.Sentences {
		fmt.Printf("S %q\n", s[se.Start:se.End])
	}
	for _, q := range d.Quotes {
		fmt.Printf("Q %q closed=%v\n", s[q.Start:q.End], q.Closed)
	}
}
