package times

import (
	"testing"
	"time"

	"github.com/claimledger/claimledger/internal/text"
)

// valueOf returns the resolved value of the time expression whose text is
// phrase, or "".
func valueOf(body, phrase string, pub time.Time) string {
	for _, g := range Find(text.New(body), pub) {
		if g.Text == phrase {
			return g.Value
		}
	}
	return ""
}

// A month named in a future clause points forward, however far back in the
// clause the future cue stands and whatever participle follows it.
func TestFutureClauseMonths(t *testing.T) {
	feb := time.Date(2024, 2, 14, 0, 0, 0, 0, time.UTC)
	nov := time.Date(2023, 11, 8, 0, 0, 0, 0, time.UTC)
	cases := []struct {
		body, phrase string
		pub          time.Time
		want         string
	}{
		{`"We will have to cut rations by half in April," the agency's country director said.`, "in April", feb, "2024-04"},
		{"Parliamentary elections will be held in March, the electoral commission announced.", "in March", nov, "2024-03"},
		{"A referendum on the charter will be organised in March, the commission announced.", "in March", nov, "2024-03"},
		{"The treaty is due to be signed by both governments in September, diplomats said.", "in September", feb, "2024-09"},
		{"The company plans to open its third plant in the region in June.", "in June", nov, "2024-06"},
		// past clauses keep the most recent month
		{"Rations were cut by half in April, the agency said.", "in April", feb, "2023-04"},
		{"Elections were held in March and the new cabinet was sworn in weeks later.", "in March", nov, "2023-03"},
		// a future verb in another clause does not govern the date
		{"Fighting intensified in January, and officials say talks will resume soon.", "in January", nov, "2023-01"},
	}
	for _, c := range cases {
		if got := valueOf(c.body, c.phrase, c.pub); got != c.want {
			t.Errorf("%q in %q = %q, want %q", c.phrase, c.body, got, c.want)
		}
	}
}
