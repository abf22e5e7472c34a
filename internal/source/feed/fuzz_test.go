package feed

import (
	"bytes"
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzRead checks that any bytes give a feed error or items with a number
// in order, valid UTF-8 text that is not empty, and dates of one format.
func FuzzRead(f *testing.F) {
	f.Add([]byte(`<?xml version="1.0"?><rss version="2.0"><channel><title>T</title><item><guid>g</guid><description>&lt;p&gt;He said.&lt;/p&gt;</description><pubDate>Tue, 05 Mar 2024 10:00:00 +0300</pubDate></item><item></item></channel></rss>`))
	f.Add([]byte(`<feed xmlns="http://www.w3.org/2005/Atom"><title>W</title><entry><id>1</id><content type="html">&lt;p&gt;x&lt;/p&gt;</content></entry></feed>`))
	f.Add([]byte(`{"version":"https://jsonfeed.org/version/1","title":"J","items":[{"id":"1","content_text":"a\n\nb"}]}`))
	f.Add([]byte("<?xml version=\"1.0\" encoding=\"windows-1251\"?><rss><channel><item><description>\xcc\xee</description></item></channel></rss>"))
	f.Fuzz(func(t *testing.T, b []byte) {
		last := 0
		_ = Read(bytes.NewReader(b), func(it Item) {
			if it.N <= last {
				t.Fatalf("item %d after %d", it.N, last)
			}
			last = it.N
			if !utf8.ValidString(it.Text) || strings.TrimSpace(it.Text) == "" {
				t.Fatalf("text %q", it.Text)
			}
			if it.Published != "" && len(it.Published) != 10 && !strings.HasPrefix(it.Published, "-") {
				t.Fatalf("published %q", it.Published)
			}
		}, func(n int, err error) {
			if n <= last || err == nil {
				t.Fatalf("failure %d after %d: %v", n, last, err)
			}
			last = n
		})
	})
}
