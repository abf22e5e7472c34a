package web

import (
	"html/template"
	"net/http"
	"slices"
	"sort"
	"strconv"

	"github.com/claimledger/claimledger/internal/actors"
	"github.com/claimledger/claimledger/internal/crossdoc"
	"github.com/claimledger/claimledger/internal/storyline"
	"github.com/claimledger/claimledger/internal/worldmap"
)

// storyView is a story page: its sides next to each other, its figures,
// contradictions, timeline and map.
type storyView struct {
	R         storyline.Report
	Num       map[string]int // document key or id → its number on the page
	Sides     []side
	Figures   []figureView
	Conflicts []conflictView
	Timeline  []timelineDay
	Map       template.HTML
	Places    int
}

func (v storyView) PageTitle() string { return v.R.Story.Title }

// side is one column: the claims of the speakers of one affiliation, or of
// one speaker when it has none.
type side struct {
	Name     string
	Speakers []string
	Groups   []crossdoc.ClaimGroup
	Denials  int
}

// maxSides caps the columns: beyond it, the smaller sides share the last.
const maxSides = 4

// sides groups claim groups by the speaker's affiliation (else speaker),
// the sides with most claims first: the parties of a contested event next
// to each other.
func sides(groups []crossdoc.ClaimGroup) []side {
	var out []side
	at := map[string]int{}
	for _, g := range groups {
		k := g.Side
		if name := actors.CountryName(k); name != "" {
			k = name // the side of a country: "SD" reads "Sudan"
		}
		if k == "" {
			k = g.Speaker
		}
		i, ok := at[k]
		if !ok {
			i = len(out)
			at[k] = i
			out = append(out, side{Name: k})
		}
		sd := &out[i]
		if !slices.Contains(sd.Speakers, g.Speaker) {
			sd.Speakers = append(sd.Speakers, g.Speaker)
		}
		sd.Groups = append(sd.Groups, g)
		if g.Stance == "deny" {
			sd.Denials++
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return len(out[i].Groups) > len(out[j].Groups) })
	if len(out) > maxSides {
		rest := side{Name: "Others"}
		for _, sd := range out[maxSides-1:] {
			rest.Speakers = append(rest.Speakers, sd.Speakers...)
			rest.Groups = append(rest.Groups, sd.Groups...)
			rest.Denials += sd.Denials
		}
		out = append(out[:maxSides-1], rest)
	}
	return out
}

// conflictView is a contradiction with the words of both sides.
type conflictView struct {
	Kind string
	A, B *crossdoc.ClaimGroup
	DocA int
	DocB int
}

// timelineDay is one day of a story: the documents published then and the
// changes of status they caused.
type timelineDay struct {
	Date    string
	Docs    []storyline.ReportDoc
	Changes []change
}

// change is a claim group taking a status.
type change struct {
	Group, Content, Status, Reason string
}

func (s *server) story(w http.ResponseWriter, r *http.Request) {
	id, err := strconv.ParseInt(r.PathValue("id"), 10, 64)
	if err != nil || id <= 0 {
		s.pageError(w, r, http.StatusNotFound, "Story ids are positive whole numbers.")
		return
	}
	data, ok, err := s.loadStory(r.Context(), id)
	if err != nil {
		s.storePageError(w, r, err)
		return
	}
	if !ok {
		s.pageError(w, r, http.StatusNotFound, "No story "+strconv.FormatInt(id, 10)+".")
		return
	}
	rep := data.rep
	if rep.Story.ID != id {
		// a story merged into another: its old address leads to the new one
		http.Redirect(w, r, "/stories/"+strconv.FormatInt(rep.Story.ID, 10), http.StatusMovedPermanently)
		return
	}
	v := storyView{R: rep, Num: map[string]int{}, Sides: sides(rep.Groups)}
	for i, d := range rep.Documents {
		v.Num[d.Key] = i + 1
		v.Num[d.ID] = i + 1
	}
	groups := map[string]*crossdoc.ClaimGroup{}
	for i := range rep.Groups {
		groups[rep.Groups[i].ID] = &rep.Groups[i]
	}
	for _, c := range rep.Contradictions {
		a, b := groups[c.GroupA], groups[c.GroupB]
		if a == nil || b == nil {
			continue
		}
		v.Conflicts = append(v.Conflicts, conflictView{Kind: c.Kind, A: a, B: b, DocA: v.Num[c.A.Doc], DocB: v.Num[c.B.Doc]})
	}
	for _, f := range rep.Figures {
		v.Figures = append(v.Figures, newFigureView(f, v.Num))
	}
	v.Timeline = timeline(rep)

	markers := data.markers
	v.Places = len(markers)
	v.Map = worldmap.SVG(markers, worldmap.Options{Fit: true, Title: "Places named in this story"})
	s.render(w, r, http.StatusOK, "story", v)
}

// timeline orders a story's documents by date, each day with the changes
// of status its documents caused; undated documents come last.
func timeline(rep storyline.Report) []timelineDay {
	// the history knows a group by its first mention, "KEY#c4"
	byFirst := map[string]*crossdoc.ClaimGroup{}
	for i, g := range rep.Groups {
		if len(g.Mentions) > 0 {
			byFirst[g.Mentions[0].Doc+"#"+g.Mentions[0].Claim] = &rep.Groups[i]
		}
	}
	changes := map[string][]change{}
	for _, h := range rep.History {
		c := change{Group: h.Group, Status: h.Status, Reason: h.Reason}
		if g := byFirst[h.Group]; g != nil {
			c.Group, c.Content = g.ID, g.Content
		}
		changes[h.Doc] = append(changes[h.Doc], c)
	}
	docs := append([]storyline.ReportDoc(nil), rep.Documents...)
	sort.SliceStable(docs, func(i, j int) bool {
		a, b := docs[i].Published, docs[j].Published
		if (a == "") != (b == "") {
			return b == ""
		}
		return a < b
	})
	var days []timelineDay
	for _, d := range docs {
		date := d.Published
		if date == "" {
			date = "undated"
		}
		if len(days) == 0 || days[len(days)-1].Date != date {
			days = append(days, timelineDay{Date: date})
		}
		day := &days[len(days)-1]
		day.Docs = append(day.Docs, d)
		day.Changes = append(day.Changes, changes[d.Key]...)
	}
	return days
}
