package worldmap

import (
	_ "embed"
	"fmt"
	"math"
	"strconv"
	"strings"
	"sync"
)

//go:embed countries.txt
var countriesTxt string

// country is one line of countries.txt with the bounding box of its path.
type country struct {
	id, name string
	d        string // SVG path data in map units
	box      box
}

// box is an axis-aligned rectangle in map units.
type box struct{ x0, y0, x1, y1 float64 }

func (b box) intersects(o box) bool {
	return b.x0 <= o.x1 && o.x0 <= b.x1 && b.y0 <= o.y1 && o.y0 <= b.y1
}

var (
	loadOnce  sync.Once
	countries []country
	landAll   string // the <path> elements of every country
	loadErr   error
)

func load() {
	loadOnce.Do(func() {
		countries, loadErr = parseCountries(countriesTxt)
		var b strings.Builder
		for _, c := range countries {
			writeLand(&b, c)
		}
		landAll = b.String()
	})
}

// Countries returns the number of countries with an outline on the map
// (177 from Natural Earth's 1:110m data), or 0 if the embedded data did not
// parse, which the tests rule out.
func Countries() int {
	load()
	if loadErr != nil {
		return 0
	}
	return len(countries)
}

// parseCountries reads lines "id TAB name TAB path data", skipping blank
// lines and lines starting with '#', and checks each path.
func parseCountries(txt string) ([]country, error) {
	var out []country
	for n, line := range strings.Split(txt, "\n") {
		if line == "" || line[0] == '#' {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 3 || f[1] == "" {
			return nil, fmt.Errorf("countries.txt:%d: want id, name and path separated by tabs", n+1)
		}
		b, err := pathBox(f[2])
		if err != nil {
			return nil, fmt.Errorf("countries.txt:%d: %s: %v", n+1, f[1], err)
		}
		out = append(out, country{id: f[0], name: f[1], d: f[2], box: b})
	}
	return out, nil
}

// pathBox checks path data made of "M x y", "l dx dy ..." and "z" commands,
// as the generator writes them, and returns its bounding box, which must lie
// inside the map.
func pathBox(d string) (box, error) {
	b := box{math.Inf(1), math.Inf(1), math.Inf(-1), math.Inf(-1)}
	var cmd byte
	var x, y float64
	var nums []float64
	rings := 0
	flush := func() error {
		switch cmd {
		case 'M':
			if len(nums) != 2 {
				return fmt.Errorf("M with %d numbers", len(nums))
			}
			x, y = nums[0], nums[1]
			rings++
		case 'l':
			if len(nums)%2 != 0 || len(nums) == 0 {
				return fmt.Errorf("l with %d numbers", len(nums))
			}
			for i := 0; i < len(nums); i += 2 {
				x += nums[i]
				y += nums[i+1]
				b.add(x, y)
			}
			return nil
		case 'z':
			if len(nums) != 0 {
				return fmt.Errorf("numbers after z")
			}
		case 0:
			if len(nums) != 0 {
				return fmt.Errorf("numbers before a command")
			}
			return nil
		}
		b.add(x, y)
		return nil
	}
	for i := 0; i < len(d); {
		c := d[i]
		switch {
		case c == 'M' || c == 'l' || c == 'z':
			if err := flush(); err != nil {
				return b, err
			}
			if cmd == 0 && c != 'M' {
				return b, fmt.Errorf("path does not start with M")
			}
			cmd, nums = c, nums[:0]
			i++
		case c == ' ':
			i++
		case c == '-' || c == '.' || (c >= '0' && c <= '9'):
			j := i + 1
			for j < len(d) && (d[j] == '.' || (d[j] >= '0' && d[j] <= '9')) {
				j++
			}
			v, err := strconv.ParseFloat(d[i:j], 64)
			if err != nil {
				return b, err
			}
			nums = append(nums, v)
			i = j
		default:
			return b, fmt.Errorf("unexpected %q at %d", c, i)
		}
	}
	if err := flush(); err != nil {
		return b, err
	}
	if cmd != 'z' || rings == 0 {
		return b, fmt.Errorf("path does not end with z")
	}
	if b.x0 < -0.5 || b.y0 < -0.5 || b.x1 > MapWidth+0.5 || b.y1 > MapHeight+0.5 {
		return b, fmt.Errorf("path outside the map: %v", b)
	}
	return b, nil
}

func (b *box) add(x, y float64) {
	b.x0, b.y0 = math.Min(b.x0, x), math.Min(b.y0, y)
	b.x1, b.y1 = math.Max(b.x1, x), math.Max(b.y1, y)
}
