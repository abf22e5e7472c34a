// Package page turns one HTML news page into the fields of its article: the
// main text without menus, comments or markup, and the title, author,
// outlet, canonical URL and publication date the page states about itself.
// It wraps go-trafilatura, with go-readability as a second opinion when
// trafilatura finds no body, so that the rest of claimledger sees plain
// text only.
package page

import (
	"bytes"
	"errors"
	"fmt"
	"net/url"
	"strings"
	"time"

	readability "codeberg.org/readeck/go-readability/v2"
	"github.com/markusmobius/go-trafilatura"
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
		// Third-party extractors meet pages no test has seen; one page
		// that trips them must not end the reading of the others.
		if r := recover(); r != nil {
			a, err = Article{}, fmt.Errorf("HTML extraction failed: %v", r)
		}
	}()
	s, err := Decode(b, contentType)
	if err != nil {
		return Article{}, err
	}
	// With scripting off, <noscript> holds elements the extractors can
	// drop, not raw markup they would keep as text.
	doc, err := html.ParseWithOptions(strings.NewReader(s), html.ParseOptionEnableScripting(false))
	if err != nil {
		return Article{}, fmt.Errorf("malformed HTML: %w", err)
	}
	dropComments(doc)
	res, terr := trafilatura.ExtractDocument(doc, trafilatura.Options{
		EnableFallback:  true,
		ExcludeComments: true,
		Deduplicate:     true,
	})
	var description string
	if terr == nil && res != nil {
		m := res.Metadata
		description = clean(m.Description)
		a = Article{Title: clean(m.Title), Author: clean(m.Author), Outlet: clean(m.Sitename), URL: m.URL}
		if !m.Date.IsZero() {
			a.Published = m.Date.Format(time.DateOnly)
		}
		if res.ContentNode != nil {
			dropPageDump(res.ContentNode, a.Title)
			a.Text = Text(res.ContentNode)
		}
	}
	if strings.TrimSpace(a.Text) == "" {
		fallback(doc, &a)
	}
	// A page that shows a fraction of what it states as its body in
	// JSON-LD hides the rest behind scripts: the stated body is the text.
	if body := articleBody(doc); len(strings.Fields(body)) > 2*len(strings.Fields(a.Text)) {
		a.Text = body
	}
	if a.URL == "" {
		a.URL = canonical(doc)
	}
	if strings.TrimSpace(a.Text) == "" {
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

// dropPageDump removes from trafilatura's content the paragraph its last
// resort adds on pages with little prose: every text of the page glued
// together, the title and the paragraphs already kept among it. Such a
// paragraph is the last, and holds all the others (spaces aside), starts
// with the title glued to the next word, or is the title alone.
func dropPageDump(content *html.Node, title string) {
	var paras []*html.Node
	for c := content.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode {
			paras = append(paras, c)
		}
	}
	if len(paras) == 0 {
		return
	}
	last := paras[len(paras)-1]
	dump := squeeze(Text(last))
	holdsAll := len(paras) > 1
	for _, p := range paras[:len(paras)-1] {
		if t := squeeze(Text(p)); t == "" || !strings.Contains(dump, t) {
			holdsAll = false
			break
		}
	}
	raw := strings.TrimSpace(Text(last))
	t := strings.TrimSpace(title)
	gluedTitle := t != "" && len(raw) > len(t) && strings.HasPrefix(raw, t) && !strings.ContainsRune(" \n\t:.-–—|", rune(raw[len(t)]))
	holdsAll = holdsAll && strings.HasPrefix(dump, squeeze(t))
	if first := paras[0]; len(paras) > 1 && isHeadline(strings.TrimSpace(Text(first)), t) {
		// the headline is the title, kept apart from the body
		content.RemoveChild(first)
	}
	if holdsAll || gluedTitle || len(paras) == 1 && raw == t {
		content.RemoveChild(last)
	}
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

// squeeze drops the white space of s.
func squeeze(s string) string { return strings.Join(strings.Fields(s), "") }

// fallback fills what trafilatura left empty with go-readability's reading.
func fallback(doc *html.Node, a *Article) {
	var base *url.URL
	if a.URL != "" {
		base, _ = url.Parse(a.URL)
	}
	art, err := readability.FromDocument(doc, base)
	if err != nil || art.Node == nil {
		return
	}
	a.Text = Text(art.Node)
	fill := func(dst *string, v string) {
		if *dst == "" {
			*dst = clean(v)
		}
	}
	fill(&a.Title, art.Title())
	fill(&a.Author, art.Byline())
	fill(&a.Outlet, art.SiteName())
	if t, err := art.PublishedTime(); err == nil && a.Published == "" && !t.IsZero() {
		a.Published = t.Format(time.DateOnly)
	}
}

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

func clean(s string) string { return strings.Join(strings.Fields(s), " ") }

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
