package times

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"testing"
	"time"

	"github.com/claimledger/claimledger/internal/text"
)

// TestCorpusDump prints what Find reports over a JSON Lines corpus named by
// TIMES_CORPUS ({"text", "date"} per line), for reading by eye.
func TestCorpusDump(t *testing.T) {
	path := os.Getenv("TIMES_CORPUS")
	if path == "" {
		t.Skip("TIMES_CORPUS not set")
	}
	f, err := os.Open(path)
	if err != nil {
		t.Skip(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<24)
	for sc.Scan() {
		var doc struct{ Text, Date string }
		if json.Unmarshal(sc.Bytes(), &doc) != nil {
			continue
		}
		pub, _ := time.Parse(time.DateOnly, doc.Date)
		for _, x := range Find(text.New(doc.Text), pub) {
			fmt.Printf("%s\t%q\t%s\t%s\n", doc.Date, x.Text, x.Value, x.Grain)
		}
	}
}
