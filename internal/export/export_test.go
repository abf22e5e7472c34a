package export

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"strings"
	"testing"

	"github.com/claimledger/claimledger/internal/storage"
)

func TestCSVRoundTrip(t *testing.T) {
	var b bytes.Buffer
	out, err := NewCSV(&b)
	if err != nil {
		t.Fatal(err)
	}
	low, lat := 71.0, 50.6
	rows := []storage.QuantityRow{
		{EventDate: "2023-05-24", Actor: "Ministry, of \"Defence\"", Category: "killed", Value: 70, Low: &low, Qualifier: "more_than",
			Text: "more than 70", Place: "Belgorod", Country: "RU", Lat: &lat, Outlet: "wire", DocumentID: "d1", ClaimID: "c2", Start: 10, End: 22},
		{Category: "wounded", Value: 2.5},
	}
	for _, r := range rows {
		if err := out.Write(r); err != nil {
			t.Fatal(err)
		}
	}
	if err := out.Flush(); err != nil {
		t.Fatal(err)
	}
	got, err := csv.NewReader(&b).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 3 || strings.Join(got[0], ",") != strings.Join(CSVHeader, ",") {
		t.Fatalf("rows %q", got)
	}
	col := map[string]int{}
	for i, h := range CSVHeader {
		col[h] = i
	}
	r := got[1]
	for name, want := range map[string]string{"actor": `Ministry, of "Defence"`, "value": "70", "low": "71", "high": "",
		"latitude": "50.6", "longitude": "", "claim_id": "c2", "start": "10", "end": "22", "qualifier": "more_than"} {
		if r[col[name]] != want {
			t.Errorf("%s = %q, want %q", name, r[col[name]], want)
		}
	}
	if got[2][col["value"]] != "2.5" {
		t.Errorf("value 2.5 written %q", got[2][col["value"]])
	}
}

func TestClaimReview(t *testing.T) {
	r := storage.Rating{Key: "https://a.example/x", Version: 2, Claim: "c3", Value: 1, Claimed: "no troops crossed",
		Claimant: "Dmitry Peskov", Note: "Footage shows them.", At: "2026-11-25T10:00:00Z"}
	doc := storage.DocumentRef{URL: "https://a.example/x", Title: "Kremlin denies", Outlet: "A", Published: "2026-11-24"}
	cr := NewClaimReview(r, doc, "Desk", "http://127.0.0.1:8080/document?key=x#claim-c3", "Person")
	b, err := json.Marshal(cr)
	if err != nil {
		t.Fatal(err)
	}
	var m map[string]any
	json.Unmarshal(b, &m)
	if m["@context"] != "https://schema.org" || m["@type"] != "ClaimReview" || m["datePublished"] != "2026-11-25" ||
		m["claimReviewed"] != "no troops crossed" || m["reviewBody"] != "Footage shows them." {
		t.Errorf("review %s", b)
	}
	rating := m["reviewRating"].(map[string]any)
	if rating["ratingValue"].(float64) != 1 || rating["alternateName"] != RatingLabels[1] || rating["bestRating"].(float64) != 5 || rating["worstRating"].(float64) != 1 {
		t.Errorf("rating %v", rating)
	}
	item := m["itemReviewed"].(map[string]any)
	author := item["author"].(map[string]any)
	if author["@type"] != "Person" || author["name"] != "Dmitry Peskov" || item["datePublished"] != "2026-11-24" {
		t.Errorf("item %v", item)
	}
	app := item["appearance"].(map[string]any)
	if app["url"] != doc.URL || app["headline"] != doc.Title || app["publisher"].(map[string]any)["name"] != "A" {
		t.Errorf("appearance %v", app)
	}

	// a label given is kept; an unknown claimant type is an organisation;
	// without an address or title there is no appearance
	r.Label, r.Value = "Misleading", 2
	cr = NewClaimReview(r, storage.DocumentRef{}, "Desk", "", "")
	if cr.ReviewRating.AlternateName != "Misleading" || cr.ItemReviewed.Author.Type != "Organization" || cr.ItemReviewed.Appearance != nil {
		t.Errorf("review %+v", cr)
	}
	r.Claimant = ""
	if cr := NewClaimReview(r, doc, "Desk", "", ""); cr.ItemReviewed.Author != nil {
		t.Errorf("a claim without a claimant has author %+v", cr.ItemReviewed.Author)
	}
}
