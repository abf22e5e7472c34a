package page

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// blocks are the elements that end a paragraph. Some are the names
// trafilatura gives its output ("head", "item", "list", "quote", "row").
var blocks = map[string]bool{
	"p": true, "div": true, "h1": true, "h2": true, "h3": true, "h4": true, "h5": true, "h6": true,
	"ul": true, "ol": true, "li": true, "dl": true, "dt": true, "dd": true, "blockquote": true,
	"pre": true, "table": true, "tr": true, "thead": true, "tbody": true, "tfoot": true, "caption": true,
	"section": true, "article": true, "header": true, "footer": true, "aside": true, "nav": true,
	"main": true, "figure": true, "figcaption": true, "address": true, "hr": true, "form": true,
	"fieldset": true, "details": true, "summary": true, "center": true,
	"head": true, "item": true, "list": true, "quote": true, "row": true, "body": true, "html": true,
}

// skipped hold no prose.
var skipped = map[string]bool{
	"script": true, "style": true, "noscript": true, "template": true, "iframe": true,
	"svg": true, "math": true, "object": true, "embed": true, "select": true, "button": true,
	"title": true, "meta": true, "link": true,
}

// Text is the plain text of n: paragraphs (block elements) separated by a
// blank line, a line break kept as one newline, runs of spaces collapsed,
// no markup. Entities are already decoded by the HTML parser.
func Text(n *html.Node) string {
	var w textWriter
	w.walk(n)
	return w.String()
}

// FragmentText is the plain text of an HTML fragment, such as the content of
// a feed item: a fragment is parsed in a <div> so that a stray </body> or
// <head> cannot move its text out of sight.
func FragmentText(s string) string {
	ctx := &html.Node{Type: html.ElementNode, Data: "div", DataAtom: atom.Div}
	nodes, err := html.ParseFragment(strings.NewReader(s), ctx)
	if err != nil {
		return ""
	}
	var w textWriter
	for _, n := range nodes {
		w.walk(n)
	}
	return w.String()
}

// textWriter writes words with one space between them and remembers the
// strongest break asked for since the last word: 0 none, 1 a space, 2 a
// newline, 3 a paragraph.
type textWriter struct {
	b     strings.Builder
	brk   int
	words bool
}

func (w *textWriter) walk(n *html.Node) {
	switch n.Type {
	case html.TextNode:
		// text marked for screen readers runs from its mark to the end of
		// the node
		t, _, _ := strings.Cut(n.Data, screenReaderMark)
		w.text(t)
		return
	case html.ElementNode:
		name := strings.ToLower(n.Data)
		if skipped[name] {
			return
		}
		switch {
		case name == "br" || name == "lb":
			w.breakAt(2)
			return
		case name == "td" || name == "th" || name == "cell":
			w.breakAt(1)
		case blocks[name]:
			w.breakAt(3)
			defer w.breakAt(3)
		}
	case html.CommentNode, html.DoctypeNode:
		return
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		w.walk(c)
	}
}

func (w *textWriter) breakAt(k int) { w.brk = max(w.brk, k) }

func (w *textWriter) text(s string) {
	for i := 0; i < len(s); {
		// a run of spaces is one space at most
		j := i
		for j < len(s) && isSpace(s[j]) {
			j++
		}
		if j > i {
			w.breakAt(1)
			i = j
			continue
		}
		for j < len(s) && !isSpace(s[j]) {
			j++
		}
		w.word(s[i:j])
		i = j
	}
}

func (w *textWriter) word(s string) {
	if w.words {
		switch w.brk {
		case 1:
			w.b.WriteByte(' ')
		case 2:
			w.b.WriteByte('\n')
		case 3:
			w.b.WriteString("\n\n")
		}
	}
	w.brk = 0
	w.words = true
	w.b.WriteString(s)
}

func (w *textWriter) String() string { return w.b.String() }

func isSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'
}
