package export

import (
	"strings"

	"github.com/claimledger/claimledger/internal/storage"
)

// RatingLabels names the five values of a rating, from 1 to 5, as fact
// checkers publishing ClaimReview commonly do.
var RatingLabels = [6]string{1: "False", 2: "Mostly false", 3: "Mixed", 4: "Mostly true", 5: "True"}

// ClaimReview is a schema.org ClaimReview: a reader's verdict on one claim,
// in the JSON-LD that search engines and fact-check aggregators read.
type ClaimReview struct {
	Context       string       `json:"@context"`
	Type          string       `json:"@type"`
	URL           string       `json:"url,omitempty"`
	DatePublished string       `json:"datePublished"`
	ClaimReviewed string       `json:"claimReviewed"`
	Author        Thing        `json:"author"`
	ReviewRating  ReviewRating `json:"reviewRating"`
	ItemReviewed  ClaimItem    `json:"itemReviewed"`
	ReviewBody    string       `json:"reviewBody,omitempty"`
}

// Thing is a named schema.org Person or Organization.
type Thing struct {
	Type string `json:"@type"`
	Name string `json:"name"`
}

// ReviewRating is the verdict on the scale 1 (worst) to 5 (best).
type ReviewRating struct {
	Type          string `json:"@type"`
	RatingValue   int    `json:"ratingValue"`
	BestRating    int    `json:"bestRating"`
	WorstRating   int    `json:"worstRating"`
	AlternateName string `json:"alternateName"`
}

// ClaimItem is the claim reviewed: who made it and where it appeared.
type ClaimItem struct {
	Type          string      `json:"@type"`
	Author        *Thing      `json:"author,omitempty"`
	DatePublished string      `json:"datePublished,omitempty"`
	Appearance    *Appearance `json:"appearance,omitempty"`
}

// Appearance is the article the claim was read in.
type Appearance struct {
	Type      string `json:"@type"`
	URL       string `json:"url,omitempty"`
	Headline  string `json:"headline,omitempty"`
	Publisher *Thing `json:"publisher,omitempty"`
}

// NewClaimReview makes the review of rating r of a claim read in doc.
// reviewer names who publishes the reviews; reviewURL, if known, is where
// the review can be read; claimantType is the schema.org type of the
// claimant, "Person" or "Organization" (the default). A rating keeps the claim as it read when rated,
// so a later version of the article changes nothing here.
func NewClaimReview(r storage.Rating, doc storage.DocumentRef, reviewer, reviewURL, claimantType string) ClaimReview {
	label := r.Label
	if label == "" && r.Value >= 1 && r.Value <= 5 {
		label = RatingLabels[r.Value]
	}
	cr := ClaimReview{
		Context: "https://schema.org", Type: "ClaimReview", URL: reviewURL,
		DatePublished: day(r.At), ClaimReviewed: r.Claimed,
		Author:       Thing{"Organization", reviewer},
		ReviewRating: ReviewRating{"Rating", r.Value, 5, 1, label},
		ItemReviewed: ClaimItem{Type: "Claim", DatePublished: doc.Published},
		ReviewBody:   r.Note,
	}
	if r.Claimant != "" {
		if claimantType != "Person" {
			claimantType = "Organization"
		}
		cr.ItemReviewed.Author = &Thing{claimantType, r.Claimant}
	}
	if doc.URL != "" || doc.Title != "" {
		a := &Appearance{Type: "NewsArticle", URL: doc.URL, Headline: doc.Title}
		if doc.Outlet != "" {
			a.Publisher = &Thing{"Organization", doc.Outlet}
		}
		cr.ItemReviewed.Appearance = a
	}
	return cr
}

// day is the date part of an RFC 3339 time.
func day(t string) string {
	d, _, _ := strings.Cut(t, "T")
	return d
}
