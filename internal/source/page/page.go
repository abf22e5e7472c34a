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
	res, terr := trafilatura.ExtractDocument(doc, trafilatura.Options{
		EnableFallback:  true,
		ExcludeComments: true,
		Deduplicate:     true,
	})
	if terr == nil && res != nil {
		m := res.Metadata
		a = Article{Title: clean(m.Title), Author: clean(m.Author), Outlet: clean(m.Sitename), URL: m.URL}
		if !m.Date.IsZero() {
			a.Published = m.Date.Format(time.DateOnly)
		}
		if res.ContentNode != nil {
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
		a.Text = ""
		return a, ErrNoText
	}
	return a, nil
}

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
