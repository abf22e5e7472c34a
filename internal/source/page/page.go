// Package page turns one HTML news page into the fields of its article: the
// main text without menus, comments or markup, and the title, author,
// outlet, canonical URL and publication date the page states about itself.
// It wraps go-readability, so that the rest of claimledger sees plain text
// only.
//
// go-trafilatura, which keeps a little less boilerplate, is not used: it
// links go-dateparser, whose package initialisation compiles the date
// patterns of every language at every start of the program (a quarter of
// a second and 78 MB), which would halve the speed of `claimledger
// extract` over a folder of text files that never holds a page.
package page

import (
	"bytes"
	"errors"
	"fmt"
	"net/url"
	"strings"
	"time"

	readability "codeberg.org/readeck/go-readability/v2"
	"golang.org/x/net/html"
)

// Article is what a page says: Published is "YYYY-MM-DD" or empty.
type Article struct {
	Title, Author, Outlet, URL, Published, Text string
}

// ErrNoText is returned for a page in which no article text was found.
var ErrNoText = errors.New("no article text found in the page")

// Extract reads the page b, whose bytes are in the charset that a byte order
// mark, contentType (an HTTP Content-Type, may be empty) or a <meta> of the
// page declares. A page without a body is an ErrNoText, with what was
// found of its title.
func Extract(b []byte, contentType string) (a Article, err error) {
	defer func() {
		// A third-party extractor meets pages no test has seen; one page
		// that trips it must not end the reading of the others.
		if r := recover(); r != nil {
			a, err = Article{}, fmt.Errorf("HTML extraction failed: %v", r)
		}
	}()
	s, err := Decode(b, contentType)
	if err != nil {
		return Article{}, err
	}
	// With scripting off, <noscript> holds elements the extractor can
	// drop, not raw markup it would keep as text.
	doc, err := html.ParseWithOptions(strings.NewReader(s), html.ParseOptionEnableScripting(false))
	if err != nil {
		return Article{}, fmt.Errorf("malformed HTML: %w", err)
	}
	a.URL = canonical(doc)
	body := articleBody(doc) // read before the extractor rewrites the tree
	dropComments(doc)
	dropFigures(doc)
	markScreenReaderText(doc)
	var base *url.URL
	if a.URL != "" {
		base, _ = url.Parse(a.URL)
	}
	var description string
	if art, err := readability.FromDocument(doc, base); err == nil {
		a.Title, a.Author, a.Outlet = clean(art.Title()), clean(art.Byline()), clean(art.SiteName())
		description = clean(art.Excerpt())
		if t, err := art.PublishedTime(); err == nil && !t.IsZero() {
			a.Published = t.Format(time.DateOnly)
		}
		if art.Node != nil {
			dropHeadline(art.Node, a.Title)
			a.Text = Text(art.Node)
		}
	}
	// A page that shows a fraction of what it states as its body in
	// JSON-LD hides the rest behind scripts: the stated body is the text.
	if len(strings.Fields(body)) > 2*len(strings.Fields(a.Text)) {
		a.Text = body
	}
	if strings.TrimSpace(a.Text) == "" || a.Text == a.Title {
		// a page that draws its article with scripts still states its
		// gist for link previews: better that than nothing
		a.Text = description
	}
	if strings.TrimSpace(a.Text) == "" {
		a.Text = ""
		return a, ErrNoText
	}
	return a, nil
}

// dropHeadline removes the first block of the content when it is the
// headline: the title is kept apart from the body.
func dropHeadline(content *html.Node, title string) {
	for n := content; n != nil; n = firstElement(n) {
		if t := strings.TrimSpace(Text(n)); t != "" && isHeadline(t, title) && n != content {
			n.Parent.RemoveChild(n)
			return
		}
		if n.Data == "p" {
			return
		}
	}
}

func firstElement(n *html.Node) *html.Node {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode {
			return c
		}
		if c.Type == html.TextNode && strings.TrimSpace(c.Data) != "" {
			return nil
		}
	}
	return nil
}

// isHeadline reports whether a first paragraph is the page's headline: the
// title, or the part of it before the outlet's name ("Drones downed |
// Daily").
func isHeadline(p, title string) bool {
	if p == "" || title == "" || len(p) > 300 {
		return false
	}
	return p == title || strings.HasPrefix(title, p) && len(title) > len(p) && strings.ContainsRune(" |-–—:·", rune(title[len(p)]))
}

// dropFigures removes figures and their captions, and what the page hides
// (the hidden attribute, display:none): the text of a picture's credit and
// caption is not the article's prose, nor is a cookie banner shown only
// by script.
func dropFigures(doc *html.Node) {
	dropNodes(doc, func(n *html.Node) bool { return n.Data == "figure" || n.Data == "figcaption" || hidden(n) })
}

// dropNodes removes the elements under root that drop reports.
func dropNodes(root *html.Node, drop func(*html.Node) bool) {
	for _, n := range elements(root, drop) {
		if n.Parent != nil {
			n.Parent.RemoveChild(n)
		}
	}
}

// elements returns the elements under root that match reports, in document
// order, without looking inside those it returns.
func elements(root *html.Node, match func(*html.Node) bool) []*html.Node {
	var found []*html.Node
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode && match(n) {
			found = append(found, n)
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(root)
	return found
}

// hidden reports whether element n is not rendered: it has the hidden
// attribute or an inline display:none.
func hidden(n *html.Node) bool {
	for _, a := range n.Attr {
		switch a.Key {
		case "hidden":
			return true
		case "style":
			if st := strings.ReplaceAll(strings.ToLower(a.Val), " ", ""); strings.Contains(st, "display:none") {
				return true
			}
		}
	}
	return false
}

// forScreenReaders reports whether element n is shown to screen readers
// only: a one-pixel box clipped to nothing (", opens new tab" after a
// link), or a class that means the same ("visually-hidden", "sr-only").
// Such labels are dropped from the article found, not before it is looked
// for: the extractor weighs a paragraph by its commas, and taking out
// ", opens new tab" alone may sway its choice.
func forScreenReaders(n *html.Node) bool {
	for _, a := range n.Attr {
		switch a.Key {
		case "style":
			st := strings.ReplaceAll(strings.ToLower(a.Val), " ", "")
			if strings.Contains(st, "clip:rect(0") && (strings.Contains(st, "width:1px") || strings.Contains(st, "height:1px")) {
				return true
			}
		case "class":
			for _, c := range strings.Fields(strings.ToLower(a.Val)) {
				if screenReaderClasses[c] {
					return true
				}
			}
		}
	}
	return false
}

// screenReaderMark starts the text of what forScreenReaders finds, for
// Text to leave out. The extractor cleans styles and classes away and
// turns some elements into others, but carries text over as it is.
const screenReaderMark = "\ue000"

// markScreenReaderText marks the text under root that forScreenReaders
// finds.
func markScreenReaderText(root *html.Node) {
	for _, n := range elements(root, forScreenReaders) {
		markText(n)
	}
}

func markText(n *html.Node) {
	if n.Type == html.TextNode {
		n.Data = screenReaderMark + n.Data
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		markText(c)
	}
}

// screenReaderClasses are the usual names of text kept for screen readers.
var screenReaderClasses = map[string]bool{"visually-hidden": true, "visuallyhidden": true, "sr-only": true,
	"screen-reader-text": true, "screen-reader-only": true, "u-visually-hidden": true}

// canonical is the page's <link rel="canonical"> or og:url, or "".
func canonical(doc *html.Node) string {
	var found string
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if found != "" {
			return
		}
		if n.Type == html.ElementNode {
			switch n.Data {
			case "link":
				if strings.EqualFold(attr(n, "rel"), "canonical") {
					found = strings.TrimSpace(attr(n, "href"))
				}
			case "meta":
				if attr(n, "property") == "og:url" {
					found = strings.TrimSpace(attr(n, "content"))
				}
			case "body":
				return
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	return found
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

// clean collapses the spaces of a title, byline or excerpt, and drops the
// marks of screen-reader text the extractor may have carried into them.
func clean(s string) string {
	return strings.Join(strings.Fields(strings.ReplaceAll(s, screenReaderMark, "")), " ")
}

// LooksLikeHTML tells whether head, the start of a file, is an HTML page:
// after a byte order mark, spaces and comments it opens with a doctype or
// an <html>, <head> or <body> tag.
func LooksLikeHTML(head []byte) bool {
	head = bytes.TrimPrefix(head, []byte("\ufeff"))
	for {
		head = bytes.TrimLeft(head, " \t\r\n\f")
		if bytes.HasPrefix(head, []byte("<!--")) {
			end := bytes.Index(head, []byte("-->"))
			if end < 0 {
				return false
			}
			head = head[end+3:]
			continue
		}
		if bytes.HasPrefix(head, []byte("<?xml")) {
			end := bytes.Index(head, []byte("?>"))
			if end < 0 {
				return false
			}
			head = head[end+2:]
			continue
		}
		break
	}
	for _, p := range []string{"<!doctype html", "<html", "<head", "<body"} {
		if len(head) >= len(p) && strings.EqualFold(string(head[:len(p)]), p) {
			if len(head) == len(p) {
				return true
			}
			c := head[len(p)]
			return c == '>' || c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '/' || c == '\f'
		}
	}
	return false
}
