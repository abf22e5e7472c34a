package main

import (
	"math"
	"strings"
	"testing"
)

func TestNum(t *testing.T) {
	cases := []struct {
		n, prec int
		want    string
	}{
		{0, 1, "0"}, {10, 1, "1"}, {5, 1, ".5"}, {-5, 1, "-.5"}, {123, 1, "12.3"},
		{-123, 1, "-12.3"}, {7, 0, "7"}, {-7, 0, "-7"}, {1005, 2, "10.05"},
	}
	for _, c := range cases {
		if got := num(c.n, c.prec); got != c.want {
			t.Errorf("num(%d, %d) = %q, want %q", c.n, c.prec, got, c.want)
		}
	}
}

func TestWriteRing(t *testing.T) {
	var b strings.Builder
	writeRing(&b, [][2]int{{100, 200}, {105, 190}, {95, 195}}, 1)
	if got, want := b.String(), "M10 20l.5-1-1 .5z"; got != want {
		t.Errorf("writeRing = %q, want %q", got, want)
	}
}

func lonRange(r []ll) (lo, hi float64) {
	lo, hi = math.Inf(1), math.Inf(-1)
	for _, p := range r {
		lo, hi = math.Min(lo, p.lon), math.Max(hi, p.lon)
	}
	return lo, hi
}

func TestCutAntimeridianIsland(t *testing.T) {
	// A square island from 179°E to 179°W, as Natural Earth writes Fiji.
	ring := []ll{{179, -16}, {180, -16}, {-179, -16}, {-179, -17}, {-180, -17}, {179, -17}}
	pieces := cutAntimeridian(ring)
	if len(pieces) != 2 {
		t.Fatalf("%d pieces, want 2: %v", len(pieces), pieces)
	}
	east, west := 0, 0
	for _, p := range pieces {
		lo, hi := lonRange(p)
		switch {
		case lo >= 179-1e-9 && hi <= 180+1e-9:
			east++
		case lo >= -180-1e-9 && hi <= -179+1e-9:
			west++
		default:
			t.Errorf("piece spans %g..%g: %v", lo, hi, p)
		}
	}
	if east != 1 || west != 1 {
		t.Errorf("east %d, west %d pieces; want one each", east, west)
	}
}

func TestCutAntimeridianPole(t *testing.T) {
	// A ring round the south pole at 80°S, as Antarctica, crossing once.
	var ring []ll
	for lon := -180.0; lon <= 180; lon += 30 {
		ring = append(ring, ll{lon, -80})
	}
	pieces := cutAntimeridian(ring)
	if len(pieces) != 1 {
		t.Fatalf("%d pieces, want 1", len(pieces))
	}
	p := pieces[0]
	atPole := 0
	for i, q := range p {
		if q.lat == -90 {
			atPole++
		}
		if i > 0 && crosses(p[i-1], q) {
			t.Errorf("still crosses between %v and %v", p[i-1], q)
		}
	}
	if atPole < 2 {
		t.Errorf("%d points on the pole line, want the ring closed through it: %v", atPole, p)
	}
}

func TestCutAntimeridianLeavesOthers(t *testing.T) {
	ring := []ll{{10, 10}, {20, 10}, {20, 20}}
	if got := cutAntimeridian(ring); len(got) != 1 || len(got[0]) != 3 {
		t.Errorf("a ring that does not cross came back as %v", got)
	}
}

func TestSimplifyKeepsEndsAndCrossings(t *testing.T) {
	var arc []ll
	for i := 0; i <= 20; i++ {
		arc = append(arc, ll{170 + float64(i)*0.45, 10}) // up to 179
	}
	arc = append(arc, ll{-179.9, 10}, ll{-179, 10}, ll{-178, 10})
	got := simplify(arc, 1)
	if got[0] != arc[0] || got[len(got)-1] != arc[len(arc)-1] {
		t.Errorf("ends lost: %v", got)
	}
	found := false
	for i := 1; i < len(got); i++ {
		if got[i-1] == (ll{179, 10}) && got[i] == (ll{-179.9, 10}) {
			found = true
		}
	}
	if !found {
		t.Errorf("the step across the antimeridian moved: %v", got)
	}
	if len(got) > 6 {
		t.Errorf("%d points left of a straight line of %d", len(got), len(arc))
	}
}

func TestGenerateTiny(t *testing.T) {
	// Two squares sharing an edge, quantized and delta-encoded, and a
	// country without geometry.
	topo := `{"type":"Topology","transform":{"scale":[1,1],"translate":[0,0]},
	"arcs":[[[10,0],[0,10]],[[10,10],[-10,0],[0,-10],[10,0]],[[10,0],[10,0],[0,10],[-10,0]]],
	"objects":{"countries":{"type":"GeometryCollection","geometries":[
	{"type":"Polygon","id":"001","properties":{"name":"West"},"arcs":[[0,1]]},
	{"type":"Polygon","id":2,"properties":{"name":"East\tside"},"arcs":[[2,-1]]},
	{"type":null,"properties":{"name":"Nowhere"}}]}}}`
	lines, st, err := generate([]byte(topo), "countries", 0, 1, 0)
	if err != nil {
		t.Fatal(err)
	}
	if len(lines) != 2 || st.rings != 2 {
		t.Fatalf("lines %q, stats %+v", lines, st)
	}
	for i, want := range []string{"001\tWest\tM", "2\tEast side\tM"} {
		if !strings.HasPrefix(lines[i], want) || !strings.HasSuffix(lines[i], "z") {
			t.Errorf("line %d = %q, want it to start with %q and end with z", i, lines[i], want)
		}
	}
	if _, _, err := generate([]byte(`{"type":"Topology","objects":{}}`), "countries", 0, 1, 0); err == nil {
		t.Error("no error for a missing object")
	}
}
