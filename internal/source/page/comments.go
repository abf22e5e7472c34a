package page

import (
	"strings"
	"unicode"

	"golang.org/x/net/html"
)

// commentWords name, in a class or id, the readers' comments under an
// article, which trafilatura keeps when their markup looks like prose:
// claims in them are readers', not the outlet's sources'.
var commentWords = map[string]bool{
	"comment": true, "comments": true, "commentlist": true, "kommentar": true, "kommentare": true,
	"commentaires": true, "commentaire": true, "comentarios": true, "commenti": true, "disqus": true,
}

// dropComments removes the elements whose class or id names comments,
// unless one holds most of the page's text: then the name is the article's
// ("article has-comments") and nothing is removed.
func dropComments(doc *html.Node) {
	total := textLen(doc)
	found := elements(doc, func(n *html.Node) bool { return n.Data != "body" && n.Data != "html" && namesComments(n) })
	for _, n := range found {
		if n.Parent != nil && 2*textLen(n) < total {
			n.Parent.RemoveChild(n)
		}
	}
}

func namesComments(n *html.Node) bool {
	for _, a := range n.Attr {
		if a.Key != "class" && a.Key != "id" {
			continue
		}
		for _, w := range strings.FieldsFunc(strings.ToLower(a.Val), func(r rune) bool { return !unicode.IsLetter(r) }) {
			if commentWords[w] {
				return true
			}
		}
	}
	return false
}

// textLen counts the bytes of text under n, scripts and styles aside.
func textLen(n *html.Node) int {
	switch {
	case n.Type == html.TextNode:
		return len(strings.TrimSpace(n.Data))
	case n.Type == html.ElementNode && (n.Data == "script" || n.Data == "style"):
		return 0
	}
	total := 0
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		total += textLen(c)
	}
	return total
}
