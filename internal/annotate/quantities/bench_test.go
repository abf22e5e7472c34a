package quantities

import (
	"strings"
	"testing"

	"github.com/claimledger/claimledger/internal/text"
)

// benchText is ordinary news copy of several styles, with figures at the
// density of conflict reporting.
var benchText = strings.Repeat(`KHARKIV, Ukraine (Wire) — At least 14 people were killed and 37 wounded on Tuesday when missiles
struck a residential district, regional officials said, in one of the deadliest attacks on the city in
months. The governor said rescuers were still searching the rubble for up to 10 missing residents.
The air force said it had intercepted 22 of the 30 drones launched overnight, while the defence ministry
in Moscow claimed its forces had destroyed four armoured vehicles and killed more than 70 fighters.
Those figures could not be independently verified.

In a statement, the aid agency said that about 1,200 families had fled the frontline villages since
the spring, and that several hundred children were now living in temporary shelters. "We have no
doubt that the numbers will rise," a spokeswoman said, adding that the agency had delivered 40 trucks
of food and medicine. The agency employs 3,500 people across the region and opened its first office in 2014.

Meanwhile, parliament voted 312 to 101 to extend martial law for another 90 days. The prime minister
told reporters the government would spend $2 billion on reconstruction, about 5% of the budget.
`, 4)

func BenchmarkFind(b *testing.B) {
	d := text.New(benchText)
	b.SetBytes(int64(len(benchText)))
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		Find(d)
	}
}
