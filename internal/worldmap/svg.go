package worldmap

import (
	"html/template"
	"math"
	"sort"
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"
)

// Marker is a place to show on the map.
type Marker struct {
	Lat, Lon float64 // degrees; markers that are not Valid are skipped
	// Label is shown as the circle's tooltip (its <title>). It is untrusted
	// text, such as a place name taken from an article, and is escaped.
	Label string
	// Weight sizes the circle: its area grows with Weight (the radius with
	// its square root) relative to the heaviest marker. Weights below 1
	// count as 1.
	Weight int
}

// Options says how to draw the map.
type Options struct {
	// Fit zooms the view to the markers' bounding box with a margin, at
	// least minFitWidth (220) map units wide, about 80 degrees of longitude at
	// the equator, and with the whole map's aspect ratio. Without valid
	// markers, or when the view would take more than three quarters of the
	// map's width, the whole world is shown.
	Fit bool
	// Title names the map for screen readers (aria-label) and as its
	// tooltip. Empty gives "World map of N places".
	Title string
	// Width, when above 0, sets the width attribute in CSS pixels and a
	// height that keeps the aspect ratio. At 0 the SVG has neither and
	// takes the width its CSS gives it.
	Width int
}

// Sizes in map units for the whole world; a zoomed view scales them by its
// width over MapWidth so that they look the same on the page.
const (
	minFitWidth = 220  // narrowest zoomed view: a region, not a town
	maxRadius   = 12   // the heaviest marker
	minRadius   = 2.5  // the lightest markers
	landStroke  = 0.5  // border between countries
	markStroke  = 0.75 // ring round a marker
	maxLabel    = 200  // runes of a label kept
	maxFitShare = 0.75 // a wider fitted view shows the whole map instead
)

// Colours are presentation attributes, so page CSS on the classes
// worldmap, sphere, land and marker overrides them.
const (
	seaFill    = "#eaf1f6"
	landFill   = "#d9d3c3"
	landLine   = "#ffffff"
	markerFill = "#b3261e"
)

var (
	sphereOnce sync.Once
	sphereD    string
)

// sphere returns the path data of the map's outline: the meridians ±180
// and the two pole lines.
func sphere() string {
	sphereOnce.Do(func() {
		var b strings.Builder
		for lat := 90; lat >= -90; lat-- {
			x, y := Project(float64(lat), 180)
			if lat == 90 {
				b.WriteString("M")
			} else {
				b.WriteString("L")
			}
			b.WriteString(num(x) + " " + num(y))
		}
		for lat := -90; lat <= 90; lat++ {
			x, y := Project(float64(lat), -180)
			b.WriteString("L" + num(x) + " " + num(y))
		}
		b.WriteString("Z")
		sphereD = b.String()
	})
	return sphereD
}

type placed struct {
	x, y, r float64
	label   string
}

// SVG draws the world map with a circle for each valid marker, as an <svg>
// element to put in an HTML page (or, with an XML declaration, in a file of
// its own: it is well-formed XML). Markers with the same place overlap;
// lighter ones are drawn on top of heavier ones so that each stays
// reachable.
func SVG(markers []Marker, opt Options) template.HTML {
	load()
	var ps []placed
	maxW := 1
	for _, m := range markers {
		if !Valid(m.Lat, m.Lon) {
			continue
		}
		maxW = max(maxW, m.Weight)
	}
	for _, m := range markers {
		if !Valid(m.Lat, m.Lon) {
			continue
		}
		x, y := Project(m.Lat, m.Lon)
		w := max(m.Weight, 1)
		r := math.Max(minRadius, maxRadius*math.Sqrt(float64(w)/float64(maxW)))
		ps = append(ps, placed{x, y, r, m.Label})
	}
	sort.SliceStable(ps, func(i, j int) bool { return ps[i].r > ps[j].r })

	view := box{0, 0, MapWidth, MapHeight}
	if opt.Fit && len(ps) > 0 {
		view = fit(ps)
	}
	k := (view.x1 - view.x0) / MapWidth // map units per unit of the whole world's drawing

	title := opt.Title
	if title == "" {
		title = "World map of " + strconv.Itoa(len(ps)) + " place"
		if len(ps) != 1 {
			title += "s"
		}
	}
	title = template.HTMLEscapeString(cleanText(title, 500))

	var b strings.Builder
	b.Grow(len(landAll) + 200*len(ps) + 4096)
	b.WriteString(`<svg xmlns="http://www.w3.org/2000/svg" class="worldmap" viewBox="`)
	b.WriteString(num(view.x0) + " " + num(view.y0) + " " + num(view.x1-view.x0) + " " + num(view.y1-view.y0) + `"`)
	if opt.Width > 0 {
		h := math.Round(float64(opt.Width) * (view.y1 - view.y0) / (view.x1 - view.x0))
		b.WriteString(` width="` + strconv.Itoa(opt.Width) + `" height="` + num(h) + `"`)
	}
	b.WriteString(` role="img" aria-label="` + title + `"><title>` + title + `</title>`)
	b.WriteString(`<path class="sphere" fill="` + seaFill + `" d="` + sphere() + `"/>`)
	b.WriteString(`<g class="countries" fill="` + landFill + `" fill-rule="evenodd" stroke="` + landLine +
		`" stroke-linejoin="round" stroke-width="` + num2(landStroke*k) + `">`)
	if view == (box{0, 0, MapWidth, MapHeight}) {
		b.WriteString(landAll)
	} else {
		for _, c := range countries {
			if c.box.intersects(view) {
				writeLand(&b, c)
			}
		}
	}
	b.WriteString(`</g>`)
	if len(ps) > 0 {
		b.WriteString(`<g class="markers" fill="` + markerFill + `" fill-opacity="0.7" stroke="#ffffff" stroke-width="` +
			num2(markStroke*k) + `">`)
		for _, p := range ps {
			b.WriteString(`<circle class="marker" cx="` + num2(p.x) + `" cy="` + num2(p.y) + `" r="` + num2(p.r*k) + `">`)
			b.WriteString(`<title>` + template.HTMLEscapeString(cleanText(p.label, maxLabel)) + `</title></circle>`)
		}
		b.WriteString(`</g>`)
	}
	b.WriteString(`</svg>`)
	return template.HTML(b.String())
}

// writeLand writes one country's <path>.
func writeLand(b *strings.Builder, c country) {
	b.WriteString(`<path class="land" d="`)
	b.WriteString(c.d) // made by the generator: digits, '.', '-', ' ', M, l, z
	b.WriteString(`"/>`)
}

// fit returns the view round the markers: their bounding box grown by a
// margin, widened to minFitWidth and to the map's aspect ratio, moved inside
// the map; the whole map when that is wider than maxFitShare of it.
func fit(ps []placed) box {
	b := box{math.Inf(1), math.Inf(1), math.Inf(-1), math.Inf(-1)}
	for _, p := range ps {
		b.add(p.x, p.y)
	}
	w, h := b.x1-b.x0, b.y1-b.y0
	// The margin holds the largest circle: its radius is maxRadius·w'/MapWidth
	// for the final width w' ≥ w+2·pad, which 0.15·w and 25 both exceed.
	pad := math.Max(25, 0.15*math.Max(w, h))
	w, h = w+2*pad, h+2*pad
	w = math.Max(w, minFitWidth)
	const aspect = float64(MapWidth) / MapHeight
	if w/h < aspect {
		w = h * aspect
	} else {
		h = w / aspect
	}
	if w > maxFitShare*MapWidth {
		return box{0, 0, MapWidth, MapHeight}
	}
	// Centred on the markers, but moved to stay on the map, give or take
	// the largest circle's radius so that a marker at the edge is whole.
	m := maxRadius * w / MapWidth
	cx, cy := (b.x0+b.x1)/2, (b.y0+b.y1)/2
	x0 := math.Min(math.Max(cx-w/2, -m), MapWidth+m-w)
	y0 := math.Min(math.Max(cy-h/2, -m), MapHeight+m-h)
	return box{x0, y0, x0 + w, y0 + h}
}

// cleanText makes untrusted text fit for XML before it is escaped: invalid
// UTF-8 and characters XML 1.0 forbids (most control characters) are
// dropped, runs of white space become one space, and the text is cut to at
// most n runes.
func cleanText(s string, n int) string {
	s = strings.ToValidUTF8(s, "")
	var b strings.Builder
	space := false
	count := 0
	for _, r := range s {
		if count >= n {
			b.WriteString("…")
			break
		}
		switch {
		case r == ' ' || r == '\t' || r == '\n' || r == '\r':
			space = b.Len() > 0
			continue
		case r < 0x20, r >= 0x7f && r < 0xa0, r == 0xfffe, r == 0xffff, r >= 0xd800 && r < 0xe000, r == utf8.RuneError:
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteRune(r)
		count++
	}
	return b.String()
}

// num writes a coordinate with at most one decimal.
func num(v float64) string {
	return strconv.FormatFloat(math.Round(v*10)/10, 'f', -1, 64)
}

// num2 writes a coordinate or size with at most two decimals.
func num2(v float64) string {
	return strconv.FormatFloat(math.Round(v*100)/100, 'f', -1, 64)
}
