package web

import (
	"fmt"
	"html/template"
	"math"
	"strconv"
	"strings"

	"github.com/claimledger/claimledger/internal/crossdoc"
	"github.com/claimledger/claimledger/internal/storyline"
)

// figureView is one category of figures of a story: its estimate, each
// source's figure, and a chart of them.
type figureView struct {
	crossdoc.Figure
	Chart template.HTML
}

func newFigureView(f crossdoc.Figure, num map[string]int) figureView {
	return figureView{Figure: f, Chart: rangeChart(f, num)}
}

// Chart geometry, in SVG user units.
const (
	chartWidth = 640
	labelWidth = 200
	rowHeight  = 26
	axisHeight = 34
)

// rangeChart draws each source's figure of one category as a dot on a
// common scale, with a bar over the range it allows (an open bar for
// "more than"), and the estimate's low, best and high as lines behind. It
// is SVG built from escaped strings and numbers only.
func rangeChart(f crossdoc.Figure, docNum map[string]int) template.HTML {
	top := f.High
	for _, c := range f.Claims {
		top = math.Max(top, c.Value)
		if c.High != nil {
			top = math.Max(top, *c.High)
		}
	}
	if top <= 0 || math.IsNaN(top) || math.IsInf(top, 0) {
		top = 1
	}
	top = niceCeil(top * 1.05)
	plot := float64(chartWidth - labelWidth - 20)
	x := func(v float64) float64 {
		return labelWidth + math.Max(0, math.Min(v, top))/top*plot
	}
	h := len(f.Claims)*rowHeight + axisHeight
	var b strings.Builder
	esc := template.HTMLEscapeString
	fmt.Fprintf(&b, `<svg class="chart" viewBox="0 0 %d %d" role="img" aria-label="%s">`, chartWidth, h,
		esc("Figures of "+f.Category+" by source"))
	body := h - axisHeight + 6
	// the estimate: a band from low to high, a line at best
	fmt.Fprintf(&b, `<rect class="band" x="%.1f" y="0" width="%.1f" height="%d"><title>%s</title></rect>`,
		x(f.Low), math.Max(1, x(f.High)-x(f.Low)), body, esc("estimate: low "+num(f.Low)+", high "+num(f.High)))
	fmt.Fprintf(&b, `<line class="best" x1="%.1f" x2="%.1f" y1="0" y2="%d"/>`, x(f.Best), x(f.Best), body)
	for i, c := range f.Claims {
		y := i*rowHeight + rowHeight/2 + 2
		class := "row"
		if c.Copy {
			class += " copy"
		}
		if c.Denied {
			class += " denied"
		}
		fmt.Fprintf(&b, `<g class="%s">`, class)
		who := c.Speaker
		if n := docNum[c.Doc]; n > 0 {
			who = "[" + strconv.Itoa(n) + "] " + who
		}
		fmt.Fprintf(&b, `<text class="who" x="%d" y="%d">%s</text>`, labelWidth-8, y+4, esc(storyline.OneLine(who, 28)))
		lo, hi := c.Value, c.Value
		open := false
		if c.Low != nil {
			lo = *c.Low
		}
		if c.High != nil {
			hi = *c.High
		} else if c.Qualifier == "more_than" || c.Qualifier == "at_least" {
			hi, open = top, true
		}
		if hi > lo {
			cls := "range"
			if open {
				cls += " open"
			}
			fmt.Fprintf(&b, `<line class="%s" x1="%.1f" x2="%.1f" y1="%d" y2="%d"/>`, cls, x(lo), x(hi), y, y)
		}
		fmt.Fprintf(&b, `<circle class="dot" cx="%.1f" cy="%d" r="5"><title>%s</title></circle>`, x(c.Value), y,
			esc(c.Speaker+": "+c.Text+note(c)))
		b.WriteString(`</g>`)
	}
	// the axis: 0, half and top
	ay := body + 4
	fmt.Fprintf(&b, `<line class="axis" x1="%d" x2="%.1f" y1="%d" y2="%d"/>`, labelWidth, x(top), ay, ay)
	for _, v := range []float64{0, top / 2, top} {
		fmt.Fprintf(&b, `<text class="tick" x="%.1f" y="%d">%s</text>`, x(v), ay+16, num(v))
	}
	b.WriteString(`</svg>`)
	return template.HTML(b.String())
}

func note(c crossdoc.FigureClaim) string {
	switch {
	case c.Denied:
		return " (denied: not counted)"
	case c.Copy:
		return " (syndicated copy: not counted)"
	}
	return ""
}

// niceCeil rounds v up to 1, 2 or 5 times a power of ten.
func niceCeil(v float64) float64 {
	p := math.Pow(10, math.Floor(math.Log10(v)))
	for _, m := range []float64{1, 2, 5, 10} {
		if m*p >= v {
			return m * p
		}
	}
	return 10 * p
}

func num(v float64) string { return strconv.FormatFloat(v, 'f', -1, 64) }
