package attribution

import (
	"strings"
	"testing"

	"github.com/claimledger/claimledger/internal/text"
)

// benchText is a few KB of wire copy, press release and feature prose.
var benchText = strings.Repeat(`KYIV, Ukraine (AP) — Russian forces shelled the southern city of Kherson overnight, killing at least 12 civilians, the regional governor said on Tuesday. The claims could not be independently verified.
“The strikes hit a market and a bus stop,” said regional governor Oleksandr Prokudin. “There was no military target there.”
Moscow denied targeting civilians. Defence Ministry spokesman Igor Konashenkov told reporters the strikes had destroyed “a command post of the Ukrainian armed forces,” along with 1,500 tonnes of ammunition.
According to the United Nations, more than 300 residents were evacuated from the city by Wednesday. ‘We had no choice,’ one resident said.
The agency vowed to publish a full list of recipients by the end of the year, adding that the first grants would be paid in March.
The convoy left at dawn and carried food, water and medicine for 3,000 people. The trucks arrived by noon.
`, 5)

func BenchmarkFind(b *testing.B) {
	d := text.New(benchText)
	b.SetBytes(int64(len(benchText)))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		Qualify(d, Find(d))
	}
}
