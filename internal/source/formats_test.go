package source

import (
	"bytes"
	"compress/gzip"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func readTestdata(t *testing.T, rd Reader, file string) result {
	t.Helper()
	f, err := os.Open(filepath.Join("testdata", file))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	res, err := read(t, rd, file, f)
	if err != nil {
		t.Fatalf("Read: %v", err)
	}
	return res
}

func TestReadHTMLWindows1251(t *testing.T) {
	res := readTestdata(t, Reader{}, "page-cp1251.html")
	if len(res.errs) != 0 || len(res.docs) != 1 {
		t.Fatalf("got %d documents, errors %v", len(res.docs), res.errs)
	}
	d := res.docs[0]
	if d.ID != "page-cp1251.html" || d.URL != "https://vestnik.example/news/most-2024" || d.Published != "2024-03-05" {
		t.Errorf("id %q url %q published %q", d.ID, d.URL, d.Published)
	}
	if !strings.Contains(d.Title, "Власти сообщили о восстановлении моста") || d.Outlet != "Вечерний вестник" || d.Author != "Ирина Соколова" {
		t.Errorf("title %q outlet %q author %q", d.Title, d.Outlet, d.Author)
	}
	paras := strings.Split(d.Text, "\n\n")
	if len(paras) < 3 || !strings.HasPrefix(paras[len(paras)-3], "Мост через реку был восстановлен") {
		t.Errorf("paragraphs %q", paras)
	}
	for _, junk := range []string{"<p>", "Главная", "Все права защищены"} {
		if strings.Contains(d.Text, junk) {
			t.Errorf("text keeps %q: %q", junk, d.Text)
		}
	}
}

func TestReadHTMLLatin1Gzip(t *testing.T) {
	for _, file := range []string{"page-latin1.htm", "page-latin1.html.gz"} {
		res := readTestdata(t, Reader{}, file)
		if len(res.errs) != 0 || len(res.docs) != 1 {
			t.Fatalf("%s: got %d documents, errors %v", file, len(res.docs), res.errs)
		}
		d := res.docs[0]
		if d.ID != file || !strings.HasPrefix(d.Text, "Le maire a déclaré mardi que le café") || strings.Count(d.Text, "\n\n") != 2 {
			t.Errorf("%s: id %q text %q", file, d.ID, d.Text)
		}
	}
}

func TestReadRSS(t *testing.T) {
	res := readTestdata(t, Reader{}, "feed.rss")
	if len(res.docs) != 4 {
		t.Fatalf("documents %+v", res.docs)
	}
	d := res.docs[0]
	want := Document{ID: "daily-4411", Title: "Ministry says 12 drones downed", URL: "https://daily.example/drones",
		Author: "Ann Smith", Outlet: "The Daily Example", Published: "2023-05-24",
		Text: "The defence ministry said on Tuesday that 12 drones were downed overnight.\n\nThe claim could not be independently verified & officials gave no details.\nResidents reported explosions."}
	if d != want {
		t.Errorf("got  %+v\nwant %+v", d, want)
	}
	if d := res.docs[1]; d.ID != "https://daily.example/teaser" || d.Text != "Police said the road & the bridge reopened." {
		t.Errorf("teaser item %+v", d)
	}
	if d := res.docs[2]; d.Text != "No text at all" || d.ID != "feed.rss#3" {
		t.Errorf("headline-only item %+v, want its title as text", d)
	}
	if d := res.docs[3]; d.ID != "feed.rss#4" {
		t.Errorf("item without guid or link has id %q", d.ID)
	}
	if len(res.errs) != 0 {
		t.Errorf("errors %v", res.errs)
	}
}

func TestReadAtomAndJSONFeed(t *testing.T) {
	res := readTestdata(t, Reader{}, "feed.atom")
	if len(res.errs) != 0 || len(res.docs) != 1 {
		t.Fatalf("atom: %+v %v", res.docs, res.errs)
	}
	want := Document{ID: "urn:wire:1", Title: "Rebels claim town", URL: "https://wire.example/1", Author: "Kim Lee",
		Outlet: "Wire Service", Published: "2024-01-10", Text: "Rebels said they held the town.\n\nThe army denied it."}
	if res.docs[0] != want {
		t.Errorf("atom got %+v", res.docs[0])
	}
	res = readTestdata(t, Reader{}, "feed.json")
	if len(res.errs) != 0 || len(res.docs) != 2 {
		t.Fatalf("json feed: %+v %v", res.docs, res.errs)
	}
	if d := res.docs[0]; d.ID != "j-1" || d.Text != "The agency said 40 homes flooded." || d.Author != "Lu Chen" || d.Published != "2024-06-01" || d.Outlet != "JSON Desk" {
		t.Errorf("json item %+v", d)
	}
	if d := res.docs[1]; d.Text != "Officials said the dam held.\n\nNo one was hurt." {
		t.Errorf("json text item %q", d.Text)
	}
}

func TestReadRSSWindows1251(t *testing.T) {
	res := readTestdata(t, Reader{}, "feed-cp1251.rss")
	if len(res.docs) != 2 || len(res.errs) != 0 {
		t.Fatalf("documents %+v errors %v", res.docs, res.errs)
	}
	d := res.docs[0]
	if d.Title != "Губернатор заявил о ремонте дорог" || d.Outlet != "Новости региона" ||
		d.Text != "Губернатор заявил, что ремонт дорог завершат к лету.\n\nПодрядчик это подтвердил." || d.Published != "2024-03-05" {
		t.Errorf("got %+v", d)
	}
	if d := res.docs[1]; d.Text != "Пустая новость" {
		t.Errorf("headline-only item %+v", d)
	}
}

func TestReadRSSUndeclaredLatin1(t *testing.T) {
	feed := "<rss><channel><title>Not\xedcias</title><item><title>Elei\xe7\xe3o</title>" +
		"<description>O ministro disse que a elei\xe7\xe3o ser\xe1 em mar\xe7o.</description></item>" +
		"<item><link>https://example.org/empty</link></item></channel></rss>"
	res, err := read(t, Reader{}, "latin1.rss", strings.NewReader(feed))
	if err != nil || len(res.errs) != 1 || len(res.docs) != 1 || !strings.Contains(res.errs[0].Error(), "latin1.rss: item 2: item has no text") {
		t.Fatalf("err %v, errors %v, documents %d", err, res.errs, len(res.docs))
	}
	if d := res.docs[0]; d.Outlet != "Notícias" || d.Title != "Eleição" || d.Text != "O ministro disse que a eleição será em março." {
		t.Errorf("got %+v", d)
	}
}

func TestReadBadFiles(t *testing.T) {
	res := readTestdata(t, Reader{}, "binary.html")
	if len(res.docs) != 0 || len(res.errs) != 1 || !strings.Contains(res.errs[0].Error(), "binary.html: byte 0: not an HTML page: invalid UTF-8") {
		t.Errorf("binary.html: %+v %v", res.docs, res.errs)
	}
	res = readTestdata(t, Reader{}, "corrupt.txt.gz")
	if len(res.docs) != 0 || len(res.errs) != 1 || !errors.Is(res.errs[0], ErrGzip) || !strings.HasPrefix(res.errs[0].Error(), "corrupt.txt.gz") {
		t.Errorf("corrupt.txt.gz: %+v %v", res.docs, res.errs)
	}
	// a JSONL dump whose gzip breaks in the middle keeps the lines before
	var buf bytes.Buffer
	z := gzip.NewWriter(&buf)
	for i := range 200 {
		fmt.Fprintf(z, "{\"id\":\"d%d\",\"text\":\"Officials said %d people were evacuated from the village.\"}\n", i, i)
	}
	z.Close()
	cut := buf.Bytes()[:buf.Len()*2/3]
	res, err := read(t, Reader{}, "dump.jsonl.gz", bytes.NewReader(cut))
	if err != nil {
		t.Fatal(err)
	}
	if len(res.docs) < 50 || len(res.errs) != 1 || !errors.Is(res.errs[0], ErrGzip) {
		t.Errorf("cut gzip: %d documents, errors %v", len(res.docs), res.errs)
	}
	// invalid XML in a feed
	res, err = read(t, Reader{}, "bad.rss", strings.NewReader(`<?xml version="1.0"?><rss><channel><title>x</title><item><title>a < b</title></item></channel></rss>`))
	if err != nil || len(res.docs) != 0 || len(res.errs) != 1 || !strings.Contains(res.errs[0].Error(), "bad.rss: malformed feed") {
		t.Errorf("bad.rss: %+v %v %v", res.docs, res.errs, err)
	}
}

// A single line of 100 MB is refused as too large, in any kind, without
// holding it, and what came before it is kept.
func TestReadHugeLine(t *testing.T) {
	huge := strings.Repeat("a", 100<<20)
	for _, tc := range []struct{ name, kind, in string }{
		{"huge.jsonl", Auto, "{\"id\":\"ok\",\"text\":\"He said so.\"}\n{\"text\":\"" + huge + "\"}\n"},
		{"huge.txt", Auto, huge},
		{"huge.html", HTML, "<html><body><p>" + huge},
	} {
		res, err := read(t, Reader{Kind: tc.kind}, tc.name, strings.NewReader(tc.in))
		if err != nil || len(res.errs) != 1 || !errors.Is(res.errs[0], ErrTooLarge) {
			t.Errorf("%s: %d documents, errors %v, %v", tc.name, len(res.docs), res.errs, err)
		}
		if tc.name == "huge.jsonl" && len(res.docs) != 1 {
			t.Errorf("%s: the line before was lost", tc.name)
		}
	}
}

func TestSniff(t *testing.T) {
	for _, tc := range []struct{ name, head, want string }{
		{"a.txt", "WARC/1.1\r\nWARC-Type: warcinfo\r\n", WARC},
		{"a", "WARC/0.18\r\n", WARC},
		{"a.txt", "\ufeff<?xml version=\"1.0\"?>\n<!-- c -->\n<rss version=\"2.0\">", Feed},
		{"a", "<feed xmlns=\"http://www.w3.org/2005/Atom\">", Feed},
		{"a", "<?xml version='1.0'?><rdf:RDF xmlns:rdf='x'>", Feed},
		{"a", "{\"title\": \"x\", \"version\": \"https://jsonfeed.org/version/1\"}", Feed},
		{"a", "{\"id\": 1, \"text\": \"x\"}", JSONL},
		{"a.jsonl", "[1,2]", JSONL},
		{"a", "  <!-- x --> <!DOCTYPE html><html>", HTML},
		{"a.txt", "<HTML><body>", HTML},
		{"a", "<body class=x>", HTML},
		{"a.html", "<div><p>fragment</p></div>", HTML},
		{"a", "<div><p>fragment</p></div>", Text},
		{"a.html", "Just words.", Text},
		{"a.xml", "<?xml version=\"1.0\"?><catalog/>", Text},
	} {
		if got := sniff(tc.name, []byte(tc.head)); got != tc.want {
			t.Errorf("sniff(%q, %q) = %s, want %s", tc.name, tc.head, got, tc.want)
		}
	}
}
