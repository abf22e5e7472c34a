// Package feed reads RSS, Atom and JSON Feed documents into items of plain
// text, so that a researcher can hand claimledger the feeds they follow.
// Parsing, charset conversion (windows-1251 and other declared encodings)
// and dates are gofeed's; item HTML becomes text with page.FragmentText.
package feed

import (
	"bytes"
	"errors"
	"fmt"
	"html"
	"io"
	"regexp"
	"strings"
	"time"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"

	"github.com/claimledger/claimledger/internal/source/page"
	"github.com/mmcdole/gofeed"
)

// Item is one entry of a feed. N is its 1-based position in the feed, ID
// its GUID or else its link (empty when it has neither), Published
// "YYYY-MM-DD" or empty, Outlet the feed's title.
type Item struct {
	N                                               int
	ID, Title, URL, Author, Outlet, Published, Text string
}

// ErrNoText is the failure of an item with no content, description or title.
var ErrNoText = errors.New("item has no text and no title")

// Read parses the feed in r and calls emit for each item with text, in
// order, and fail with the item's number for each without. The error
// returned is about the feed as a whole: malformed XML or JSON, or not a
// feed at all.
func Read(r io.Reader, emit func(Item), fail func(n int, err error)) (err error) {
	defer func() {
		if p := recover(); p != nil {
			err = fmt.Errorf("feed parser failed: %v", p)
		}
	}()
	b, err := io.ReadAll(r)
	if err != nil {
		return err
	}
	f, err := gofeed.NewParser().Parse(bytes.NewReader(undeclaredLegacy(b)))
	if err != nil {
		if errors.Is(err, gofeed.ErrFeedTypeNotDetected) {
			return errors.New("not an RSS, Atom or JSON feed")
		}
		return fmt.Errorf("malformed feed: %w", err)
	}
	outlet := strings.Join(strings.Fields(f.Title), " ")
	for i, it := range f.Items {
		if it == nil {
			continue
		}
		n := i + 1
		text := Text(it.Content)
		if text == "" {
			text = Text(it.Description)
		}
		if text == "" {
			// a headline-only feed still reports: the headline is the text
			text = plain(html.UnescapeString(it.Title))
		}
		if text == "" {
			fail(n, ErrNoText)
			continue
		}
		emit(Item{
			N:         n,
			ID:        firstOf(strings.TrimSpace(it.GUID), strings.TrimSpace(it.Link)),
			Title:     strings.Join(strings.Fields(html.UnescapeString(it.Title)), " "),
			URL:       strings.TrimSpace(it.Link),
			Author:    authors(it),
			Outlet:    outlet,
			Published: date(it.PublishedParsed, it.UpdatedParsed),
			Text:      text,
		})
	}
	return nil
}

// undeclaredLegacy reads a feed that declares no encoding and is not
// UTF-8 as windows-1252, which such feeds nearly always are (a superset of
// Latin-1): XML would otherwise refuse it whole at its first accented
// letter.
func undeclaredLegacy(b []byte) []byte {
	if utf8.Valid(b) || declaresEncoding(b) {
		return b
	}
	out, err := charmap.Windows1252.NewDecoder().Bytes(b)
	if err != nil {
		return b
	}
	return out
}

// declaresEncoding reports whether an XML declaration names an encoding.
func declaresEncoding(b []byte) bool {
	head := b[:min(len(b), 512)]
	i := bytes.Index(head, []byte("<?xml"))
	if i < 0 {
		return false
	}
	end := bytes.Index(head[i:], []byte("?>"))
	if end < 0 {
		end = len(head) - i
	}
	return bytes.Contains(head[i:i+end], []byte("encoding"))
}

// Text is the plain text of an item's content or description, which feeds
// write as HTML or, less often, as plain text with line breaks.
func Text(s string) string {
	if strings.TrimSpace(s) == "" {
		return ""
	}
	if !strings.Contains(s, "<") {
		return plain(html.UnescapeString(s))
	}
	return strings.TrimSpace(page.FragmentText(s))
}

// plain keeps the paragraphs of a plain text: a blank line between them,
// spaces collapsed within.
func plain(s string) string {
	var paras []string
	for _, p := range blankLine.Split(strings.ReplaceAll(s, "\r\n", "\n"), -1) {
		if p = strings.Join(strings.Fields(p), " "); p != "" {
			paras = append(paras, p)
		}
	}
	return strings.Join(paras, "\n\n")
}

func authors(it *gofeed.Item) string {
	var names []string
	for _, a := range it.Authors {
		if a != nil && strings.TrimSpace(a.Name) != "" {
			names = append(names, strings.TrimSpace(a.Name))
		}
	}
	if len(names) == 0 && it.Author != nil {
		names = append(names, strings.TrimSpace(it.Author.Name))
	}
	return strings.Join(names, "; ")
}

func date(ts ...*time.Time) string {
	for _, t := range ts {
		if t != nil && !t.IsZero() {
			return t.Format(time.DateOnly)
		}
	}
	return ""
}

func firstOf(s ...string) string {
	for _, x := range s {
		if x != "" {
			return x
		}
	}
	return ""
}

var blankLine = regexp.MustCompile(`\n[ \t\r]*\n`)

// jsonFeedVersion allows the escaped slashes some encoders write ("https:\/\/").
var jsonFeedVersion = regexp.MustCompile(`"version"\s*:\s*"https?:(\\?/){2}jsonfeed\.org`)

// LooksLikeFeed tells whether head, the start of a file, is a feed: XML
// whose root element is <rss>, <feed> or <rdf:RDF>, or a JSON object whose
// "version" is a jsonfeed.org URL.
func LooksLikeFeed(head []byte) bool {
	head = bytes.TrimLeft(bytes.TrimPrefix(head, []byte("\ufeff")), " \t\r\n")
	if len(head) > 0 && head[0] == '{' {
		return jsonFeedVersion.Match(head)
	}
	root := xmlRoot(head)
	return root == "rss" || root == "feed" || root == "RDF" || strings.HasSuffix(root, ":RDF")
}

// xmlRoot is the name of the first element of head after the XML
// declaration, processing instructions, comments and a doctype, or "".
func xmlRoot(head []byte) string {
	for {
		head = bytes.TrimLeft(head, " \t\r\n")
		switch {
		case bytes.HasPrefix(head, []byte("<?")):
			head = after(head, "?>")
		case bytes.HasPrefix(head, []byte("<!--")):
			head = after(head, "-->")
		case bytes.HasPrefix(head, []byte("<!")):
			head = after(head, ">")
		case bytes.HasPrefix(head, []byte("<")):
			end := bytes.IndexAny(head, " \t\r\n/>")
			if end < 0 {
				return ""
			}
			return string(head[1:end])
		default:
			return ""
		}
		if head == nil {
			return ""
		}
	}
}

func after(b []byte, sep string) []byte {
	i := bytes.Index(b, []byte(sep))
	if i < 0 {
		return nil
	}
	return b[i+len(sep):]
}
