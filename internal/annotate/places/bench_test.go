package places

import (
	"strings"
	"testing"

	"github.com/claimledger/claimledger/internal/gazetteer"
	"github.com/claimledger/claimledger/internal/text"
)

// benchText is ordinary news of several kinds, about 4 KB when repeated.
var benchText = strings.Repeat(`KYIV, June 3 (Reuters) - Russian forces shelled the town of Vovchansk in the Kharkiv region `+
	`overnight, Ukraine's military said on Tuesday, while the governor of Russia's Belgorod region reported `+
	`drone attacks on two villages near the border. The claims could not be independently verified.

WASHINGTON - Senators from Texas and Georgia pressed the White House on Monday for more aid, `+
	`the Washington Post reported, as the administration weighed a trip by the secretary of state to Paris and Berlin.

The council said on Friday that residents of Bath and Bristol would see new bus routes from `+
	`September, a spokeswoman told the BBC, adding that talks with Network Rail were continuing.
`, 4)

func BenchmarkFind(b *testing.B) {
	gazetteer.Default()
	d := text.New(benchText)
	b.SetBytes(int64(len(benchText)))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		Find(d)
	}
}
