package page

import (
	"errors"
	"strings"
	"testing"

	"golang.org/x/net/html"
)

func TestExtract(t *testing.T) {
	long := "<p>The defence ministry said on Tuesday that its air defences had downed twelve drones over the region overnight.</p>" +
		"<p>Officials in Kyiv denied that any drones had been launched, and accused Moscow of staging the report.</p>" +
		"<p>A spokesman repeated: Officials in Kyiv denied that any drones had been launched.</p>"
	for _, c := range []struct {
		name, page, want string
		err              error
	}{
		{"article among menus", `<html><head><title>Drones downed | Daily</title><link rel="canonical" href="https://d.example/x"></head><body>` +
			`<nav><a href="/">Home</a> <a href="/w">World</a></nav><article><h1>Drones downed</h1>` + long +
			`</article><footer>All rights reserved</footer></body></html>`,
			"The defence ministry said on Tuesday that its air defences had downed twelve drones over the region overnight.\n\n" +
				"Officials in Kyiv denied that any drones had been launched, and accused Moscow of staging the report.\n\n" +
				"A spokesman repeated: Officials in Kyiv denied that any drones had been launched.", nil},
		{"short page", `<html><head><title>One</title></head><body><article><p>The ministry said twelve drones were downed.</p></article></body></html>`,
			"The ministry said twelve drones were downed.", nil},
		{"short page of two paragraphs", `<html><head><title>Two</title></head><body><nav>Home World</nav><article><h1>Two</h1>` +
			`<p>The ministry said twelve drones were downed.</p><p>Kyiv denied it.</p></article></body></html>`,
			"The ministry said twelve drones were downed.\n\nKyiv denied it.", nil},
		{"readers' comments", `<html><head><title>Drones downed</title></head><body><article>` + long + `</article>` +
			`<div class="col-xs-12 comments_template"><div class="comments-area row"><p class="comments-number">2 Comments</p><ul class="comment-list">` +
			`<li><p>reader42: The ministry always lies about these things, everyone in this town knows it by now.</p></li>` +
			`<li><p>anon: I heard the explosions myself last night, they were very loud indeed and went on for hours.</p></li></ul></div></div></body></html>`,
			strings.ReplaceAll(strings.TrimSuffix(strings.TrimPrefix(long, "<p>"), "</p>"), "</p><p>", "\n\n"), nil},
		{"an article named for its comments", `<html><head><title>Drones downed</title></head><body><div class="article comments-open">` + long + `</div></body></html>`,
			strings.ReplaceAll(strings.TrimSuffix(strings.TrimPrefix(long, "<p>"), "</p>"), "</p><p>", "\n\n"), nil},
		{"what the page hides", `<html><head><title>Drones downed</title></head><body><div class="story">` +
			`<p hidden>You can save this article by registering for free here, or sign in, if you already have an account, and read it later, on any device, at any time.</p>` + long +
			`<p style="display: none">A welcome email is on its way. If you don't see it, please check your junk folder.</p>` +
			`<section class="consent__banner" hidden><p>This website uses cookies. By continuing to use our site, you agree to our Terms of Service.</p></section>` +
			`</div></body></html>`,
			strings.ReplaceAll(strings.TrimSuffix(strings.TrimPrefix(long, "<p>"), "</p>"), "</p><p>", "\n\n"), nil},
		{"labels for screen readers", `<html><head><title>Drones downed</title></head><body><article><div class="visually-hidden">Article content</div>` +
			`<p>The defence ministry said on Tuesday, in a report <a href="/r">published online<span style="clip: rect(0 0 0 0); position:absolute; width:1px; height:1px">` +
			`, opens new tab</span></a>, that its air defences had downed twelve drones over the region overnight.</p>` +
			`<p>Officials in Kyiv denied that any drones had been launched, and accused Moscow of staging the report.</p></article></body></html>`,
			"The defence ministry said on Tuesday, in a report published online, that its air defences had downed twelve drones over the region overnight.\n\n" +
				"Officials in Kyiv denied that any drones had been launched, and accused Moscow of staging the report.", nil},
		{"title only", `<html><head><title>Empty</title></head><body></body></html>`, "", ErrNoText},
		{"drawn by scripts", `<html><head><title>Late news</title><meta name="description" content="The ministry said the bridge reopened.">` +
			`</head><body><div id="app"></div><script>render()</script></body></html>`, "The ministry said the bridge reopened.", nil},
	} {
		a, err := Extract([]byte(c.page), "")
		if !errors.Is(err, c.err) {
			t.Errorf("%s: error %v, want %v", c.name, err, c.err)
			continue
		}
		if got := strings.TrimSpace(a.Text); got != c.want {
			t.Errorf("%s: text\n%q\nwant\n%q", c.name, got, c.want)
		}
	}
}

// What a page hides (the hidden attribute, an inline display:none) and its
// figures are dropped before the article is looked for: a site's menus and
// cookie banner, kept in the markup for scripts to show, are no prose.
func TestDropFiguresAndHidden(t *testing.T) {
	doc, err := html.Parse(strings.NewReader(`<html><body><div><p>Shelling hit the town overnight, officials said.</p>` +
		`<ul hidden><li>Subscribe</li><li>Our Offers</li></ul><p style="color:red; DISPLAY : none">Welcome email sent.</p>` +
		`<figure><img src="a.jpg"><figcaption>Photo: Reuters</figcaption></figure>` +
		`<section class="consent__banner" hidden><p>By continuing to use our site, you agree to our terms.</p></section>` +
		`<p style="display:block">The mayor called for calm.</p></div></body></html>`))
	if err != nil {
		t.Fatal(err)
	}
	dropFigures(doc)
	want := "Shelling hit the town overnight, officials said.\n\nThe mayor called for calm."
	if got := strings.TrimSpace(Text(doc)); got != want {
		t.Errorf("text\n%q\nwant\n%q", got, want)
	}
}
