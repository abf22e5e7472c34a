package page

import (
	"encoding/json"
	"html"
	"strings"

	xhtml "golang.org/x/net/html"
)

// articleBody is the longest "articleBody" of the page's JSON-LD, as plain
// text: publishers state the whole text there even when the page shows
// only its start to scripts-less readers.
func articleBody(doc *xhtml.Node) string {
	var best string
	var walk func(*xhtml.Node)
	walk = func(n *xhtml.Node) {
		if n.Type == xhtml.ElementNode && n.Data == "script" && strings.EqualFold(attr(n, "type"), "application/ld+json") {
			if n.FirstChild != nil && n.FirstChild.Type == xhtml.TextNode {
				var v any
				if json.Unmarshal([]byte(n.FirstChild.Data), &v) == nil {
					findBody(v, &best, 0)
				}
			}
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	if strings.ContainsAny(best, "<&") {
		best = FragmentText(html.UnescapeString(best))
	}
	return strings.TrimSpace(best)
}

func findBody(v any, best *string, depth int) {
	if depth > 20 {
		return
	}
	switch v := v.(type) {
	case map[string]any:
		for k, x := range v {
			if s, ok := x.(string); ok && k == "articleBody" && len(s) > len(*best) {
				*best = s
				continue
			}
			findBody(x, best, depth+1)
		}
	case []any:
		for _, x := range v {
			findBody(x, best, depth+1)
		}
	}
}
