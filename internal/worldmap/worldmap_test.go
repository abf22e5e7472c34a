package worldmap

import (
	"encoding/xml"
	"fmt"
	"math"
	"strconv"
	"strings"
	"testing"
)

// Places used by several tests: latitude, longitude.
var (
	kyiv     = [2]float64{50.45, 30.52}
	belgorod = [2]float64{50.60, 36.59}
	gaza     = [2]float64{31.50, 34.47}
	khartoum = [2]float64{15.50, 32.56}
	paris    = [2]float64{48.86, 2.35}
	cairo    = [2]float64{30.04, 31.24}
)

func proj(p [2]float64) (x, y float64) { return Project(p[0], p[1]) }

func near(a, b, eps float64) bool { return math.Abs(a-b) <= eps }

func TestProjectCentreAndEdges(t *testing.T) {
	cases := []struct {
		lat, lon, x, y, eps float64
	}{
		{0, 0, MapWidth / 2, MapHeight / 2, 1e-9},
		{0, 180, MapWidth, MapHeight / 2, 1e-9},
		{0, -180, 0, MapHeight / 2, 1e-9},
		{90, 0, MapWidth / 2, 0, 0.01}, // the pole line touches the top
		{-90, 0, MapWidth / 2, MapHeight, 0.01},
		// Reference values from d3-geo 3's geoNaturalEarth1Raw, scaled by
		// 1000 / (2 × 0.8707π) about the centre (500, 260).
		{90, 180, 775.200, 0.002, 0.001}, // flat poles 0.55 of the equator wide
		{45, 90, 725.196, 115.038, 0.001},
		{-45, -90, 274.804, 404.962, 0.001},
		{60, -150, 158.789, 69.063, 0.001},
		{-30, 20, 553.181, 356.723, 0.001},
	}
	for _, c := range cases {
		x, y := Project(c.lat, c.lon)
		if !near(x, c.x, c.eps) || !near(y, c.y, c.eps) {
			t.Errorf("Project(%g, %g) = (%.3f, %.3f), want (%.3f, %.3f)", c.lat, c.lon, x, y, c.x, c.y)
		}
	}
}

func TestProjectRelativePositions(t *testing.T) {
	kx, ky := proj(kyiv)
	px, py := proj(paris)
	_, cy := proj(cairo)
	if !(kx > px) {
		t.Errorf("Kyiv x %.1f not east of Paris x %.1f", kx, px)
	}
	if !(ky < cy) {
		t.Errorf("Kyiv y %.1f not north of (above) Cairo y %.1f", ky, cy)
	}
	if !(py < cy) {
		t.Errorf("Paris y %.1f not north of Cairo y %.1f", py, cy)
	}
	// Meridians bend towards the poles: the same longitude lies nearer the
	// central meridian further north, and straight down at the equator.
	x30, _ := Project(30, 30)
	x60, _ := Project(60, 30)
	x0, _ := Project(0, 30)
	if !(x60 < x30 && x30 < x0) {
		t.Errorf("longitude 30 at latitudes 60, 30, 0 has x %.1f, %.1f, %.1f: want increasing", x60, x30, x0)
	}
	// Symmetry about the centre.
	x1, y1 := Project(33, 71)
	x2, y2 := Project(-33, -71)
	if !near(x1+x2, MapWidth, 1e-9) || !near(y1+y2, MapHeight, 1e-9) {
		t.Errorf("Project(33, 71) = (%g, %g) and Project(-33, -71) = (%g, %g) are not symmetric", x1, y1, x2, y2)
	}
}

func TestProjectInvalid(t *testing.T) {
	for _, c := range [][2]float64{
		{math.NaN(), 0}, {0, math.NaN()}, {math.Inf(1), 0}, {0, math.Inf(-1)},
		{90.0001, 0}, {-91, 0}, {0, 180.5}, {0, -181},
	} {
		if Valid(c[0], c[1]) {
			t.Errorf("Valid(%g, %g) = true", c[0], c[1])
		}
		if x, y := Project(c[0], c[1]); !math.IsNaN(x) || !math.IsNaN(y) {
			t.Errorf("Project(%g, %g) = (%g, %g), want NaN", c[0], c[1], x, y)
		}
	}
	if !Valid(-90, 180) || !Valid(90, -180) {
		t.Error("the corners of the range should be valid")
	}
}

// rings parses path data of the generator's form into absolute rings.
func rings(t *testing.T, d string) [][][2]float64 {
	t.Helper()
	var out [][][2]float64
	for _, sub := range strings.Split(d, "z") {
		if sub == "" {
			continue
		}
		m, l, ok := strings.Cut(strings.TrimPrefix(sub, "M"), "l")
		if !ok {
			t.Fatalf("ring %q has no l", sub)
		}
		start := numbers(t, m)
		if len(start) != 2 {
			t.Fatalf("moveto %q", m)
		}
		x, y := start[0], start[1]
		ring := [][2]float64{{x, y}}
		ds := numbers(t, l)
		for i := 0; i+1 < len(ds); i += 2 {
			x, y = x+ds[i], y+ds[i+1]
			ring = append(ring, [2]float64{x, y})
		}
		out = append(out, ring)
	}
	return out
}

func numbers(t *testing.T, s string) []float64 {
	t.Helper()
	s = strings.ReplaceAll(s, "-", " -")
	var out []float64
	for _, f := range strings.Fields(s) {
		v, err := strconv.ParseFloat(f, 64)
		if err != nil {
			t.Fatalf("number %q: %v", f, err)
		}
		out = append(out, v)
	}
	return out
}

// inside is the even-odd rule over all the rings of a country.
func inside(rs [][][2]float64, x, y float64) bool {
	in := false
	for _, r := range rs {
		for i, j := 0, len(r)-1; i < len(r); j, i = i, i+1 {
			if (r[i][1] > y) != (r[j][1] > y) &&
				x < (r[j][0]-r[i][0])*(y-r[i][1])/(r[j][1]-r[i][1])+r[i][0] {
				in = !in
			}
		}
	}
	return in
}

func TestEmbeddedData(t *testing.T) {
	load()
	if loadErr != nil {
		t.Fatalf("countries.txt: %v", loadErr)
	}
	if n := Countries(); n <= 150 {
		t.Fatalf("Countries() = %d, want more than 150", n)
	}
	byID := map[string]country{}
	names := map[string]bool{}
	for _, c := range countries {
		if names[c.name] {
			t.Errorf("country %q twice", c.name)
		}
		names[c.name] = true
		if c.id != "" {
			byID[c.id] = c
		}
	}
	// Places inside their countries (ISO 3166-1 numeric ids) and outside a
	// neighbour: the outlines and the projection agree, north is up.
	cases := []struct {
		place    string
		lat, lon float64
		in, out  string
	}{
		{"Kyiv", kyiv[0], kyiv[1], "804", "643"},
		{"Belgorod", belgorod[0], belgorod[1], "643", "804"},
		{"Paris", paris[0], paris[1], "250", "276"},
		{"Cairo", cairo[0], cairo[1], "818", "729"},
		{"Khartoum", khartoum[0], khartoum[1], "729", "818"},
		{"Denver", 39.74, -104.99, "840", "124"},
		{"Buenos Aires province", -36.5, -60.0, "032", "076"},
		{"Alice Springs", -23.70, 133.88, "036", "360"},
		{"Anadyr, east of 170°E", 64.73, 177.51, "643", "840"},
		{"Chukotka, west of 180°", 66.0, -172.0, "643", "840"},
		{"Antarctica near the pole", -88, 45, "010", "036"},
	}
	for _, c := range cases {
		in, ok1 := byID[c.in]
		out, ok2 := byID[c.out]
		if !ok1 || !ok2 {
			t.Errorf("%s: no country %s or %s", c.place, c.in, c.out)
			continue
		}
		x, y := Project(c.lat, c.lon)
		if !inside(rings(t, in.d), x, y) {
			t.Errorf("%s (%.1f, %.1f) is not inside %s", c.place, x, y, in.name)
		}
		if inside(rings(t, out.d), x, y) {
			t.Errorf("%s (%.1f, %.1f) is inside %s", c.place, x, y, out.name)
		}
		if x < in.box.x0 || x > in.box.x1 || y < in.box.y0 || y > in.box.y1 {
			t.Errorf("%s (%.1f, %.1f) is outside %s's box %v", c.place, x, y, in.name, in.box)
		}
	}
	// No ring may span the map: an antimeridian crossing left uncut would
	// draw a band across the world.
	for _, c := range countries {
		for _, r := range rings(t, c.d) {
			for i := 1; i < len(r); i++ {
				if math.Abs(r[i][0]-r[i-1][0]) > MapWidth/4 {
					t.Errorf("%s: a ring jumps from x %.1f to %.1f", c.name, r[i-1][0], r[i][0])
				}
			}
		}
	}
}

func TestParseCountriesRejects(t *testing.T) {
	bad := []string{
		"1\tX",
		"1\t\tM1 2l3 4z",
		"1\tX\tM1 2l3 4",
		"1\tX\tl1 2z",
		"1\tX\tM1 2l3z",
		"1\tX\tM1 2l3 4zq",
		"1\tX\tM1 2 3l3 4z",
		"1\tX\tM2000 1l1 1 1 0z",
		"1\tX\tM1 1l-5 1 1 0z",
	}
	for _, line := range bad {
		if _, err := parseCountries("# header\n" + line + "\n"); err == nil {
			t.Errorf("parseCountries(%q) gave no error", line)
		}
	}
	cs, err := parseCountries("# header\n\n1\tX\tM1 2l3 4-1 .5zM10 10l1 0 0 1z\n")
	if err != nil || len(cs) != 1 {
		t.Fatalf("parseCountries of a good line = %v, %v", cs, err)
	}
	if want := (box{1, 2, 11, 11}); cs[0].box != want {
		t.Errorf("box = %v, want %v", cs[0].box, want)
	}
}

// node is any XML element, for checking the SVG's structure.
type node struct {
	XMLName  xml.Name
	Attrs    []xml.Attr `xml:",any,attr"`
	Children []node     `xml:",any"`
	Text     string     `xml:",chardata"`
}

func (n node) attr(name string) (string, bool) {
	for _, a := range n.Attrs {
		if a.Name.Local == name {
			return a.Value, true
		}
	}
	return "", false
}

// walk calls f on n and every element below it.
func (n node) walk(f func(node)) {
	f(n)
	for _, c := range n.Children {
		c.walk(f)
	}
}

func parseSVG(t testing.TB, s string) node {
	t.Helper()
	var root node
	d := xml.NewDecoder(strings.NewReader(s))
	d.Strict = true
	if err := d.Decode(&root); err != nil {
		t.Fatalf("SVG is not well-formed XML: %v\n%.300s", err, s)
	}
	if root.XMLName.Local != "svg" || root.XMLName.Space != "http://www.w3.org/2000/svg" {
		t.Fatalf("root element %v, want svg in the SVG namespace", root.XMLName)
	}
	return root
}

func viewBox(t *testing.T, root node) box {
	t.Helper()
	v, _ := root.attr("viewBox")
	f := strings.Fields(v)
	if len(f) != 4 {
		t.Fatalf("viewBox %q", v)
	}
	var n [4]float64
	for i, s := range f {
		var err error
		if n[i], err = strconv.ParseFloat(s, 64); err != nil {
			t.Fatalf("viewBox %q: %v", v, err)
		}
	}
	return box{n[0], n[1], n[0] + n[2], n[1] + n[3]}
}

type circle struct {
	x, y, r float64
	label   string
}

func circles(t *testing.T, root node) []circle {
	t.Helper()
	var out []circle
	root.walk(func(n node) {
		if n.XMLName.Local != "circle" {
			return
		}
		var c circle
		for _, a := range []struct {
			name string
			v    *float64
		}{{"cx", &c.x}, {"cy", &c.y}, {"r", &c.r}} {
			s, _ := n.attr(a.name)
			v, err := strconv.ParseFloat(s, 64)
			if err != nil {
				t.Fatalf("circle %s=%q: %v", a.name, s, err)
			}
			*a.v = v
		}
		if len(n.Children) != 1 || n.Children[0].XMLName.Local != "title" {
			t.Fatalf("circle without exactly one <title> child: %+v", n.Children)
		}
		c.label = n.Children[0].Text
		out = append(out, c)
	})
	return out
}

func sampleMarkers() []Marker {
	return []Marker{
		{Lat: kyiv[0], Lon: kyiv[1], Label: "Kyiv", Weight: 12},
		{Lat: belgorod[0], Lon: belgorod[1], Label: "Belgorod", Weight: 5},
		{Lat: gaza[0], Lon: gaza[1], Label: "Gaza", Weight: 8},
		{Lat: khartoum[0], Lon: khartoum[1], Label: "Khartoum", Weight: 2},
	}
}

func TestSVGWellFormed(t *testing.T) {
	ms := sampleMarkers()
	ms = append(ms, Marker{Lat: kyiv[0], Lon: kyiv[1], Label: "Kyiv again", Weight: 1}) // same spot
	root := parseSVG(t, string(SVG(ms, Options{Title: "Places in the story"})))
	if v, _ := root.attr("role"); v != "img" {
		t.Errorf("role = %q, want img", v)
	}
	if v, _ := root.attr("aria-label"); v != "Places in the story" {
		t.Errorf("aria-label = %q", v)
	}
	if len(root.Children) == 0 || root.Children[0].XMLName.Local != "title" || root.Children[0].Text != "Places in the story" {
		t.Errorf("the first child should be the map's <title>")
	}
	if vb := viewBox(t, root); vb != (box{0, 0, MapWidth, MapHeight}) {
		t.Errorf("viewBox %v, want the whole map", vb)
	}
	if _, ok := root.attr("width"); ok {
		t.Error("width set without Options.Width")
	}
	land := 0
	root.walk(func(n node) {
		if c, _ := n.attr("class"); c == "land" && n.XMLName.Local == "path" {
			land++
		}
	})
	if land != Countries() {
		t.Errorf("%d land paths, want %d", land, Countries())
	}
	cs := circles(t, root)
	if len(cs) != len(ms) {
		t.Fatalf("%d circles, want %d", len(cs), len(ms))
	}
	labels := map[string]circle{}
	for i, c := range cs {
		labels[c.label] = c
		if i > 0 && c.r > cs[i-1].r {
			t.Errorf("circle %d (r %g) drawn after a smaller one (r %g): light markers go on top", i, c.r, cs[i-1].r)
		}
	}
	for _, m := range ms {
		c, ok := labels[m.Label]
		if !ok {
			t.Errorf("no circle titled %q", m.Label)
			continue
		}
		x, y := Project(m.Lat, m.Lon)
		if !near(c.x, x, 0.01) || !near(c.y, y, 0.01) {
			t.Errorf("%s at (%g, %g), want (%.2f, %.2f)", m.Label, c.x, c.y, x, y)
		}
	}
	// Area follows weight: radius by the square root, the heaviest maxRadius.
	if r := labels["Kyiv"].r; !near(r, maxRadius, 0.01) {
		t.Errorf("heaviest radius %g, want %d", r, maxRadius)
	}
	if got, want := labels["Belgorod"].r/labels["Kyiv"].r, math.Sqrt(5.0/12); !near(got, want, 0.01) {
		t.Errorf("radius ratio Belgorod/Kyiv = %.3f, want sqrt(5/12) = %.3f", got, want)
	}
	if got, want := labels["Kyiv again"].r, maxRadius*math.Sqrt(1.0/12); !near(got, want, 0.01) {
		t.Errorf("weight-1 radius %g, want %.3f", got, want)
	}
}

func TestMarkerRadiusFloor(t *testing.T) {
	ms := []Marker{
		{Lat: 1, Lon: 1, Label: "heavy", Weight: 1000},
		{Lat: 2, Lon: 2, Label: "one", Weight: 1},
		{Lat: 3, Lon: 3, Label: "zero", Weight: 0},
		{Lat: 4, Lon: 4, Label: "negative", Weight: -5},
		{Lat: 5, Lon: 5, Label: "hundred", Weight: 100},
	}
	got := map[string]float64{}
	for _, c := range circles(t, parseSVG(t, string(SVG(ms, Options{})))) {
		got[c.label] = c.r
	}
	want := map[string]float64{
		"heavy": maxRadius, "one": minRadius, "zero": minRadius, "negative": minRadius,
		"hundred": maxRadius * math.Sqrt(0.1),
	}
	for l, w := range want {
		if !near(got[l], w, 0.01) {
			t.Errorf("%s: radius %g, want %.3f", l, got[l], w)
		}
	}
}

func TestSVGWidthAndDefaultTitle(t *testing.T) {
	root := parseSVG(t, string(SVG(sampleMarkers()[:1], Options{Width: 600})))
	w, _ := root.attr("width")
	h, _ := root.attr("height")
	if w != "600" || h != "312" {
		t.Errorf("width, height = %q, %q; want 600, 312", w, h)
	}
	if v, _ := root.attr("aria-label"); v != "World map of 1 place" {
		t.Errorf("aria-label = %q", v)
	}
	root = parseSVG(t, string(SVG(nil, Options{})))
	if v, _ := root.attr("aria-label"); v != "World map of 0 places" {
		t.Errorf("aria-label = %q", v)
	}
	if cs := circles(t, root); len(cs) != 0 {
		t.Errorf("%d circles without markers", len(cs))
	}
}

const attack = `<script>alert(1)</script>" onload="x`

// checkInert fails if the parsed SVG holds any element or attribute that the
// package does not write itself.
func checkInert(t testing.TB, root node) {
	t.Helper()
	elems := map[string]bool{"svg": true, "title": true, "path": true, "g": true, "circle": true}
	attrs := map[string]bool{
		"xmlns": true, "class": true, "viewBox": true, "width": true, "height": true, "role": true,
		"aria-label": true, "fill": true, "fill-rule": true, "fill-opacity": true, "stroke": true,
		"stroke-width": true, "stroke-linejoin": true, "d": true, "cx": true, "cy": true, "r": true,
	}
	root.walk(func(n node) {
		if !elems[n.XMLName.Local] {
			t.Errorf("unexpected element <%s>", n.XMLName.Local)
		}
		for _, a := range n.Attrs {
			if !attrs[a.Name.Local] {
				t.Errorf("unexpected attribute %s=%q on <%s>", a.Name.Local, a.Value, n.XMLName.Local)
			}
		}
	})
}

func TestSVGEscapesUntrustedText(t *testing.T) {
	ms := []Marker{{Lat: gaza[0], Lon: gaza[1], Label: attack, Weight: 3}}
	out := string(SVG(ms, Options{Title: attack}))
	root := parseSVG(t, out)
	root.walk(func(n node) {
		if n.XMLName.Local == "script" {
			t.Error("a <script> element was injected")
		}
		for _, a := range n.Attrs {
			if strings.EqualFold(a.Name.Local, "onload") {
				t.Errorf("an onload attribute was injected on <%s>", n.XMLName.Local)
			}
		}
	})
	checkInert(t, root)
	// The text survives as text.
	cs := circles(t, root)
	if len(cs) != 1 || cs[0].label != attack {
		t.Errorf("marker title = %+v, want the label verbatim", cs)
	}
	if v, _ := root.attr("aria-label"); v != attack {
		t.Errorf("aria-label = %q, want the title verbatim", v)
	}
	if strings.Contains(out, "<script") {
		t.Error("raw <script in the output")
	}
}

func TestCleanText(t *testing.T) {
	cases := map[string]string{
		"Kyiv":                    "Kyiv",
		"  Gaza\n\tStrip  ":       "Gaza Strip",
		"a\x00b\x01c\x7fd\u0085e": "abcde",
		"bad\xffutf8":             "badutf8",
		"Київ":                    "Київ",
		"\ufffe\uffffx":           "x",
	}
	for in, want := range cases {
		if got := cleanText(in, 100); got != want {
			t.Errorf("cleanText(%q) = %q, want %q", in, got, want)
		}
	}
	if got := cleanText(strings.Repeat("ж", 300), maxLabel); got != strings.Repeat("ж", maxLabel)+"…" {
		t.Errorf("long label cut to %d runes", len([]rune(got)))
	}
}

func FuzzSVGLabel(f *testing.F) {
	f.Add(attack, "title")
	f.Add("a\x00\x01\x0b]]><!--", "<![CDATA[")
	f.Add("\xff\xfe&amp;&#0;", "\"'<>")
	f.Fuzz(func(t *testing.T, label, title string) {
		out := string(SVG([]Marker{{Lat: 1, Lon: 2, Label: label}}, Options{Title: title}))
		root := parseSVG(t, out)
		checkInert(t, root)
		cs := circles(t, root)
		if len(cs) != 1 || cs[0].label != cleaned(label) {
			t.Errorf("label %q came back as %+v", label, cs)
		}
	})
}

// cleaned is what a label should read as after cleaning.
func cleaned(s string) string { return cleanText(s, maxLabel) }

func inBox(c circle, b box) bool {
	return c.x-c.r >= b.x0-1e-6 && c.x+c.r <= b.x1+1e-6 && c.y-c.r >= b.y0-1e-6 && c.y+c.r <= b.y1+1e-6
}

func TestFit(t *testing.T) {
	full := box{0, 0, MapWidth, MapHeight}
	cases := []struct {
		name    string
		markers []Marker
		zoomed  bool
	}{
		{"four places", sampleMarkers(), true},
		{"Kyiv and Belgorod", sampleMarkers()[:2], true},
		{"one place", []Marker{{Lat: gaza[0], Lon: gaza[1], Label: "Gaza"}}, true},
		{"near the antimeridian", []Marker{{Lat: 64.73, Lon: 177.51, Label: "Anadyr", Weight: 9}}, true},
		{"near a pole", []Marker{{Lat: -89, Lon: 0, Label: "South Pole station", Weight: 9}}, true},
		{"world-wide", []Marker{{Lat: 40.7, Lon: -74, Label: "New York"}, {Lat: -33.9, Lon: 151.2, Label: "Sydney"}}, false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			root := parseSVG(t, string(SVG(c.markers, Options{Fit: true})))
			vb := viewBox(t, root)
			w, h := vb.x1-vb.x0, vb.y1-vb.y0
			if c.zoomed != (w < MapWidth) {
				t.Fatalf("viewBox %v: zoomed %v, want %v", vb, w < MapWidth, c.zoomed)
			}
			if m := maxRadius*w/MapWidth + 0.1; vb.x0 < -m || vb.y0 < -m || vb.x1 > MapWidth+m || vb.y1 > MapHeight+m {
				t.Errorf("viewBox %v leaves the map by more than a marker's radius", vb)
			}
			if !near(w/h, float64(MapWidth)/MapHeight, 0.01) {
				t.Errorf("viewBox %v has aspect %.3f, want the map's", vb, w/h)
			}
			if w < minFitWidth-0.1 {
				t.Errorf("viewBox %v narrower than %d", vb, minFitWidth)
			}
			cs := circles(t, root)
			if len(cs) != len(c.markers) {
				t.Fatalf("%d circles, want %d", len(cs), len(c.markers))
			}
			for _, ci := range cs {
				if !inBox(ci, vb) {
					t.Errorf("%s (%.1f, %.1f, r %.2f) not inside viewBox %v", ci.label, ci.x, ci.y, ci.r, vb)
				}
			}
			if c.zoomed {
				// Circles keep their size on the page: radius scales with the view.
				if got, want := cs[0].r, maxRadius*w/MapWidth; !near(got, want, 0.01) {
					t.Errorf("largest radius %g, want %g", got, want)
				}
				land := 0
				root.walk(func(n node) {
					if cl, _ := n.attr("class"); cl == "land" {
						land++
					}
				})
				if land == 0 || land >= Countries() {
					t.Errorf("%d land paths in a zoomed view, want some but not all %d", land, Countries())
				}
			} else if vb != full {
				t.Errorf("viewBox %v, want the whole map", vb)
			}
		})
	}
}

func TestInvalidMarkersSkipped(t *testing.T) {
	ms := []Marker{
		{Lat: math.NaN(), Lon: 10, Label: "nan"},
		{Lat: 10, Lon: math.Inf(1), Label: "inf", Weight: 1000},
		{Lat: 91, Lon: 0, Label: "lat"},
		{Lat: 0, Lon: -180.01, Label: "lon"},
		{Lat: cairo[0], Lon: cairo[1], Label: "Cairo", Weight: 0},
	}
	for _, fit := range []bool{false, true} {
		out := string(SVG(ms, Options{Fit: fit}))
		if strings.Contains(out, "NaN") || strings.Contains(out, "Inf") {
			t.Errorf("fit %v: NaN or Inf in the output", fit)
		}
		root := parseSVG(t, out)
		cs := circles(t, root)
		if len(cs) != 1 || cs[0].label != "Cairo" {
			t.Fatalf("fit %v: circles %+v, want Cairo alone", fit, cs)
		}
		// The skipped heavy marker does not shrink Cairo: it is the heaviest.
		k := (viewBox(t, root).x1 - viewBox(t, root).x0) / MapWidth
		if !near(cs[0].r, maxRadius*k, 0.01) {
			t.Errorf("fit %v: Cairo radius %g, want %g", fit, cs[0].r, maxRadius*k)
		}
	}
	root := parseSVG(t, string(SVG(ms[:4], Options{Fit: true})))
	if vb := viewBox(t, root); vb != (box{0, 0, MapWidth, MapHeight}) {
		t.Errorf("Fit with only invalid markers: viewBox %v, want the whole map", vb)
	}
}

func BenchmarkSVG50(b *testing.B) {
	ms := make([]Marker, 50)
	for i := range ms {
		ms[i] = Marker{Lat: 30 + float64(i%10), Lon: 20 + float64(i/10)*3, Label: fmt.Sprintf("Place <%d>", i), Weight: i%7 + 1}
	}
	for _, fit := range []bool{false, true} {
		b.Run(fmt.Sprintf("fit=%v", fit), func(b *testing.B) {
			b.ReportAllocs()
			var n int
			for b.Loop() {
				n = len(SVG(ms, Options{Fit: fit, Title: "Places"}))
			}
			b.ReportMetric(float64(n), "bytes/svg")
		})
	}
}
