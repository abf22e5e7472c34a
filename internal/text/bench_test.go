package text

import (
	"strings"
	"testing"
)

// benchText is a few KB of news prose of several kinds.
var benchText = strings.Repeat(`KYIV, Ukraine (AP) — Russian forces shelled the southern city of Kherson overnight, killing at least 12 civilians and wounding 30 more, Ukraine's Interior Ministry said on Tuesday. The claims could not be independently verified.
“The strikes hit a market and a bus stop,” said regional governor Oleksandr Prokudin. “There was no military target there.”
Moscow denied targeting civilians. Defence Ministry spokesman Lt. Gen. Igor Konashenkov told reporters the strikes had destroyed “a command post of the Ukrainian armed forces,” along with 1,500 tonnes of ammunition.
Mr. Prokudin’s office said more than 300 residents were evacuated from the self-proclaimed “red zone” by Wednesday. ‘We had no choice,’ one resident said.
`, 4)

func BenchmarkNew(b *testing.B) {
	b.SetBytes(int64(len(benchText)))
	for i := 0; i < b.N; i++ {
		New(benchText)
	}
}
