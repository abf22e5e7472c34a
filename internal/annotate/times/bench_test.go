package times

import (
	"strings"
	"testing"

	"github.com/claimledger/claimledger/internal/text"
)

// benchText is ordinary news copy of a few KB with the usual density of
// dates: most tokens are not dates, as in real reporting.
var benchText = strings.Repeat(`GENEVA, 14 June 2023 — Aid agencies said on Tuesday that more than 3,000 families had fled
their homes in the past week as fighting spread to the eastern districts, where the government
declared a state of emergency in March. A spokeswoman for the agency, speaking to reporters in the
city, said convoys carrying food and medicine had been blocked at two checkpoints since Monday's
clashes, and that the last delivery reached the area three weeks ago. "We have not been able to
reach these people for 10 days, and the situation is getting worse by the hour," she said.
The ministry of defence, which has been accused by rights groups of shelling residential areas,
denied the allegation in a statement issued late on Wednesday night. It said its forces were
responding to attacks by armed groups that had crossed the border from a neighbouring country
earlier this month. The conflict, which began in 2019, has killed at least 12,000 people,
according to estimates by independent monitors, although the figures could not be verified.
Talks between the two sides are due to resume in Geneva next Tuesday, the first meeting since
the collapse of a 90-day ceasefire last year. Diplomats said they were cautiously hopeful.
`, 4)

func BenchmarkFind(b *testing.B) {
	d := text.New(benchText)
	b.SetBytes(int64(len(benchText)))
	b.ReportAllocs()
	for b.Loop() {
		_ = Find(d, wed)
	}
}

func BenchmarkDateline(b *testing.B) {
	d := text.New(benchText)
	b.SetBytes(int64(len(benchText)))
	for b.Loop() {
		_, _ = Dateline(d)
	}
}
