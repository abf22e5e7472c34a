package web

import (
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/net/html"
)

// checkHighlight fails unless the HTML of text with marks holds only the
// elements highlight writes, and reads, as text, exactly the original.
func checkHighlight(t *testing.T, text string, ms []mark) {
	t.Helper()
	out := string(highlight(text, ms))
	doc, err := html.Parse(strings.NewReader("<body>" + out + "</body>"))
	if err != nil {
		t.Fatal(err)
	}
	var got strings.Builder
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		switch n.Type {
		case html.ElementNode:
			switch n.Data {
			case "html", "head", "body", "p", "a", "span", "br":
			default:
				t.Fatalf("element <%s> in %q", n.Data, out)
			}
			for _, a := range n.Attr {
				switch a.Key {
				case "class", "href", "data-claim", "title":
				default:
					t.Fatalf("attribute %s on <%s> in %q", a.Key, n.Data, out)
				}
			}
		case html.TextNode:
			got.WriteString(n.Data)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	// escaping writes a NUL as U+FFFD, and carriage returns are dropped;
	// everything else must come back
	want := strings.ReplaceAll(strings.ReplaceAll(text, "\x00", "\uFFFD"), "\r", "")
	if g := got.String(); g != want {
		t.Fatalf("text %q reads back as %q from %q", want, g, out)
	}
}

func TestHighlightKeepsTextAndNests(t *testing.T) {
	text := "The ministry said \"<b>70</b> were killed\" & more.\n\nOfficials denied it."
	ms := []mark{
		{0, 12, "m source", "c1", `who "quotes"`},
		{13, 17, "m cue", "c1", "c1"},
		{18, 42, "m content", "c1", "c1"},
		{22, 24, "m figure", "c1", "figure"},
		{40, 70, "m content", "c2", "overlapping c1"},
		{-1, 5, "m bad", "", ""},    // out of range: ignored
		{60, 200, "m bad", "", ""},  // past the end: ignored
		{30, 20, "m bad", "x", "x"}, // reversed: ignored
	}
	checkHighlight(t, text, ms)
	out := string(highlight(text, ms))
	if strings.Contains(out, "m bad") {
		t.Error("a mark with offsets out of range was used")
	}
	if !strings.Contains(out, `<a class="m figure" href="#claim-c1" data-claim="c1" title="figure">70</a>`) {
		t.Errorf("the figure inside the content is not marked on its own: %s", out)
	}
}

func FuzzHighlight(f *testing.F) {
	f.Add("The army said 12 people died.", 0, 8, 9, 13, 14, 29)
	f.Add("<script>alert(1)</script>\n\n\"quoted\" & more", 0, 8, 2, 30, 27, 33)
	f.Add("é ü 中文 \x00 \r\n end", 1, 3, 2, 9, 0, 20)
	f.Fuzz(func(t *testing.T, text string, a, b, c, d, e, g int) {
		if !utf8.ValidString(text) {
			return
		}
		ms := []mark{{a, b, "m source", "c1", text}, {c, d, "m content", "c2", "t"}, {e, g, "m figure", "", `"><x>`}}
		checkHighlight(t, text, ms)
	})
}
