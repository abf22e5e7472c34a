package learn

import (
	"strings"
	"testing"

	"github.com/claimledger/claimledger/internal/attribution"
	"github.com/claimledger/claimledger/internal/text"
)

// benchText is wire copy, a press release and a feature paragraph, written
// for the benchmark.
const benchText = `GENEVA, March 3 (Wire) - Aid agencies said on Tuesday that convoys carrying food had been held at the border for a third day, and warned that stocks in the camps would run out by the weekend. "We are running out of time," a spokeswoman for the agency told reporters. Officials in the capital denied blocking the trucks, saying the delay was caused by paperwork.
The company announced today that it will open a new plant in the region, creating 400 jobs. "This investment shows our commitment to the community," said chief executive Maria Lopez. According to the statement, production is expected to begin next year.
Residents of the old quarter remember the flood well. Some insist the river has never been so high; others argue the council ignored repeated warnings. The mayor, who has promised an inquiry, admitted last week that the defences were "not good enough".
`

func BenchmarkFind(b *testing.B) {
	m := Default()
	if m == nil {
		b.Skip("no models trained into this build")
	}
	src := strings.Repeat(benchText, 4)
	d := text.New(src)
	rules := attribution.Find(d)
	scratch := make([]attribution.Claim, len(rules))
	b.SetBytes(int64(len(src)))
	b.ResetTimer()
	for n := 0; n < b.N; n++ {
		copy(scratch, rules)
		m.Find(d, scratch)
	}
}
