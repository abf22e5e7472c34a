package page

import (
	"strings"
	"testing"

	"golang.org/x/net/html"
)

func TestDropComments(t *testing.T) {
	article := "<p>The defence ministry said on Tuesday that its air defences had downed twelve drones over the region.</p>" +
		"<p>Officials in Kyiv denied that any drones had been launched, and accused Moscow of staging the report.</p>"
	for _, c := range []struct {
		name, page string
		kept, gone []string
	}{
		{"comments under the article",
			`<body><article>` + article + `</article><div class="comments_template"><p class="comments-number">2 Kommentare</p>` +
				`<div class="kommentar"><p>reader42: the ministry always lies.</p></div><div id="disqus_thread"><p>anon: I heard it.</p></div></div></body>`,
			[]string{"downed twelve drones", "staging the report"}, []string{"Kommentare", "reader42", "anon"}},
		{"an article named for its comments",
			`<body><div class="article comments-open">` + article + `</div><div class="comment"><p>short</p></div></body>`,
			[]string{"downed twelve drones", "staging the report"}, []string{"short"}},
		{"words that only contain the name",
			`<body><div class="commentary">` + article + `</div><p class="recommended">More news</p></body>`,
			[]string{"downed twelve drones", "More news"}, nil},
	} {
		doc, err := html.Parse(strings.NewReader(c.page))
		if err != nil {
			t.Fatal(err)
		}
		dropComments(doc)
		got := Text(doc)
		for _, k := range c.kept {
			if !strings.Contains(got, k) {
				t.Errorf("%s: %q removed: %q", c.name, k, got)
			}
		}
		for _, g := range c.gone {
			if strings.Contains(got, g) {
				t.Errorf("%s: %q kept: %q", c.name, g, got)
			}
		}
	}
}
