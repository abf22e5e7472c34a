package entities

import (
	"encoding/json"
	"os"
	"regexp"
	"strings"
	"testing"

	"github.com/claimledger/claimledger/internal/text"
)

// TestSeedEntities checks the canonical names of the seed annotation when
// the shared fixtures are present.
func TestSeedEntities(t *testing.T) {
	dir := "../../../../shared/fixtures/seed/"
	src, err := os.ReadFile(dir + "article.txt")
	if err != nil {
		t.Skip("shared fixtures absent:", err)
	}
	raw, err := os.ReadFile(dir + "gold.json")
	if err != nil {
		t.Skip("shared gold absent:", err)
	}
	var gold struct {
		Entities []struct{ Name string } `json:"entities"`
	}
	if err := json.Unmarshal(raw, &gold); err != nil {
		t.Fatal(err)
	}
	norm := func(s string) string {
		return strings.TrimSpace(regexp.MustCompile(`\W+`).ReplaceAllString(strings.ToLower(s), " "))
	}
	names := map[string]bool{}
	for _, e := range Find(text.New(string(src))).Ledger() {
		names[norm(e.Name)] = true
		for _, a := range e.Aliases {
			names[norm(a)] = true
		}
	}
	found := 0
	for _, g := range gold.Entities {
		if names[norm(g.Name)] {
			found++
		} else {
			t.Logf("missing %q", g.Name)
		}
	}
	t.Logf("%d/%d entities found", found, len(gold.Entities))
	if found < len(gold.Entities)*3/4 {
		t.Errorf("only %d/%d seed entities found", found, len(gold.Entities))
	}
}
