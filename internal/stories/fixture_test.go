package stories

import (
	"encoding/json"
	"os"
	"testing"
	"time"
)

// fixtureDoc is a fixture document as written in testdata.
type fixtureDoc struct {
	ID        string   `json:"id"`
	Published string   `json:"published"`
	Title     string   `json:"title"`
	Text      string   `json:"text"`
	Entities  []Entity `json:"entities"`
	Places    []string `json:"places"`
}

func loadFixture(t testing.TB, name string) []Doc {
	t.Helper()
	b, err := os.ReadFile("testdata/" + name)
	if err != nil {
		t.Fatal(err)
	}
	var fs []fixtureDoc
	if err := json.Unmarshal(b, &fs); err != nil {
		t.Fatal(err)
	}
	docs := make([]Doc, len(fs))
	for i, f := range fs {
		d := Doc{ID: f.ID, Title: f.Title, Text: f.Text, Entities: f.Entities, Places: f.Places}
		if f.Published != "" {
			if d.Published, err = time.Parse(time.RFC3339, f.Published); err != nil {
				t.Fatal(err)
			}
		}
		docs[i] = d
	}
	return docs
}

// linkAll links docs in order and returns each decision by document ID.
func linkAll(l *Linker, docs []Doc) map[string]Link {
	out := map[string]Link{}
	for _, d := range docs {
		out[d.ID] = l.Link(d)
	}
	return out
}
