// Package claimledger holds the domain types of the claims ledger: one
// document's text and the claims, quantities, times, places, entities and
// contradictions found in it. These types are the output contract v1; fields
// may be added but none renamed or removed without a new version.
//
// The package imports nothing of the project, so every stage may use it.
package claimledger

// Span is a stretch of a document's text. Start and End are Unicode code
// point offsets into Document.Text, End exclusive; Text repeats the covered
// characters so that a reader needs no offset arithmetic.
type Span struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
}

// Len is the span's length in code points.
func (s Span) Len() int { return s.End - s.Start }

// Overlaps reports whether two spans share at least one code point.
func (s Span) Overlaps(o Span) bool { return s.Start < o.End && o.Start < s.End }

// Contains reports whether o lies inside s.
func (s Span) Contains(o Span) bool { return s.Start <= o.Start && o.End <= s.End }

// Document is the ledger of one document.
type Document struct {
	ID             string          `json:"id"`
	Published      string          `json:"published,omitempty"`
	Language       string          `json:"language"`
	Title          string          `json:"title,omitempty"`
	URL            string          `json:"url,omitempty"`
	Author         string          `json:"author,omitempty"`
	Outlet         string          `json:"outlet,omitempty"`
	Text           string          `json:"text"`
	Claims         []Claim         `json:"claims"`
	Quantities     []Quantity      `json:"quantities"`
	Times          []Time          `json:"times"`
	Places         []Place         `json:"places"`
	Entities       []Entity        `json:"entities"`
	Contradictions []Contradiction `json:"contradictions"`
}

// Claim forms.
const (
	FormDirect   = "direct"
	FormMixed    = "mixed"
	FormIndirect = "indirect"
)

// Claim stances.
const (
	StanceAssert              = "assert"
	StanceDeny                = "deny"
	StanceAccuse              = "accuse"
	StanceClaimResponsibility = "claim_responsibility"
	StancePledge              = "pledge"
	StanceThreaten            = "threaten"
	StanceLabel               = "label"
	StanceOther               = "other"
)

// Stances lists every stance a claim may take.
var Stances = []string{StanceAssert, StanceDeny, StanceAccuse, StanceClaimResponsibility, StancePledge,
	StanceThreaten, StanceLabel, StanceOther}

// Verification states.
const (
	Unverified = "unverified"
	Confirmed  = "confirmed"
	Unknown    = "unknown"
)

// Claim is one attributed statement: a source says, through a cue, a content.
type Claim struct {
	ID     string  `json:"id"`
	Form   string  `json:"form"`
	Source *Source `json:"source"`
	Cue    Span    `json:"cue"`
	// Content is the proposition claimed, without the cue. When it is
	// discontinuous (a quote broken by "he said"), Content covers it whole
	// and Parts lists its pieces.
	Content      Content `json:"content"`
	Stance       string  `json:"stance"`
	Hedged       bool    `json:"hedged"`
	Verification string  `json:"verification"`
	RefersTo     string  `json:"refers_to,omitempty"`
	Time         string  `json:"time,omitempty"`
	// Belief marks attributions of beliefs and intentions ("think", "want")
	// rather than of speech.
	Belief bool `json:"belief,omitempty"`
}

// Source is the speaker of a claim as written, resolved to an entity.
type Source struct {
	Span
	Entity string `json:"entity,omitempty"`
	// Name is the entity's canonical name, so that "he" or "the ministry"
	// reads as whom it stands for.
	Name string `json:"name,omitempty"`
	// Entities lists every speaker when the source names several.
	Entities []string `json:"entities,omitempty"`
}

// Speaker names whom a source stands for: its entity's name, else the
// source as written; "" for no source.
func (s *Source) Speaker() string {
	if s == nil {
		return ""
	}
	if s.Name != "" {
		return s.Name
	}
	return s.Text
}

// Content is what a claim says; Parts is set only when it is discontinuous.
type Content struct {
	Span
	Parts []Span `json:"parts,omitempty"`
}

// Quantity qualifiers.
const (
	QualExact    = "exact"
	QualMoreThan = "more_than"
	QualAtLeast  = "at_least"
	QualAbout    = "about"
	QualUpTo     = "up_to"
	QualRange    = "range"
	QualVague    = "vague"
)

// Quantity is a reported number of people or things. Low and High bound the
// value the text allows; nil means unbounded on that side.
type Quantity struct {
	Span
	Value     float64  `json:"value"`
	Low       *float64 `json:"low"`
	High      *float64 `json:"high"`
	Qualifier string   `json:"qualifier"`
	Category  string   `json:"category"`
	Object    string   `json:"object,omitempty"`
	Claim     string   `json:"claim,omitempty"`
}

// Time is a date or duration found in the text. Value is an ISO 8601 date
// ("2023-05-23", "2023-05", "2023") for dates and an ISO 8601 duration
// ("P15M") for durations; Grain says how precise it is.
type Time struct {
	Span
	Value string `json:"value"`
	Grain string `json:"grain"`
}

// Place is a geocoded place name.
type Place struct {
	Span
	Name      string   `json:"name"`
	Country   string   `json:"country,omitempty"`
	Lat       *float64 `json:"lat,omitempty"`
	Lon       *float64 `json:"lon,omitempty"`
	Kind      string   `json:"kind"`
	GeonameID int      `json:"geonameid,omitempty"`
}

// Entity types.
const (
	EntityPerson = "person"
	EntityOrg    = "org"
	EntityGPE    = "gpe"
	EntityGroup  = "group"
)

// Entity is a person, organisation, country or group, with every mention.
type Entity struct {
	ID          string   `json:"id"`
	Name        string   `json:"name"`
	Type        string   `json:"type"`
	Aliases     []string `json:"aliases,omitempty"`
	Role        string   `json:"role,omitempty"`
	Affiliation string   `json:"affiliation,omitempty"`
	Mentions    []Span   `json:"mentions"`
}

// Contradiction kinds.
const (
	ContradictDenial = "denial"
	ContradictFigure = "figure"
	ContradictLabel  = "label"
)

// Contradiction names two claims that cannot both hold.
type Contradiction struct {
	A    string `json:"a"`
	B    string `json:"b"`
	Kind string `json:"kind"`
}
