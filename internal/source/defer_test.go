package source

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// smallWARC is a crawl of two pages, the second with no text to extract.
func smallWARC() []byte {
	var b bytes.Buffer
	for i, body := range []string{
		"<html><head><title>One</title></head><body><article><p>The ministry said twelve drones were downed overnight.</p></article></body></html>",
		"<html><head><title>Empty</title></head><body></body></html>",
	} {
		http := fmt.Sprintf("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: %d\r\n\r\n%s", len(body), body)
		fmt.Fprintf(&b, "WARC/1.1\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:0000000%d-0000-0000-0000-000000000000>\r\n"+
			"WARC-Date: 2024-02-03T04:05:06Z\r\nWARC-Target-URI: https://a.example/%d\r\n"+
			"Content-Type: application/http; msgtype=response\r\nContent-Length: %d\r\n\r\n%s\r\n\r\n", i, i, len(http), http)
	}
	return b.Bytes()
}

func TestDeferGivesTheSameDocuments(t *testing.T) {
	inputs := map[string][]byte{"crawl.warc": smallWARC()}
	for _, f := range []string{"page-cp1251.html", "page-latin1.html.gz", "feed.rss"} {
		b, err := os.ReadFile(filepath.Join("testdata", f))
		if err != nil {
			t.Fatal(err)
		}
		inputs[f] = b
	}
	for name, b := range inputs {
		now, err := read(t, Reader{}, name, bytes.NewReader(b))
		if err != nil {
			t.Fatal(err)
		}
		later, err := read(t, Reader{Defer: true}, name, bytes.NewReader(b))
		if err != nil {
			t.Fatal(err)
		}
		var docs []Document
		var errs []string
		for _, d := range later.docs {
			if d, err := d.Ready(); err != nil {
				errs = append(errs, err.Error())
			} else {
				docs = append(docs, d)
			}
		}
		for _, e := range later.errs {
			errs = append(errs, e.Error())
		}
		var nowErrs []string
		for _, e := range now.errs {
			nowErrs = append(nowErrs, e.Error())
		}
		if fmt.Sprint(docs) != fmt.Sprint(now.docs) || strings.Join(errs, "|") != strings.Join(nowErrs, "|") {
			t.Errorf("%s: deferred\n%v %v\nnot deferred\n%v %v", name, docs, errs, now.docs, nowErrs)
		}
		if name == "crawl.warc" && (len(nowErrs) != 1 || !strings.Contains(nowErrs[0], "record https://a.example/1")) {
			t.Errorf("crawl.warc: errors %v, want the empty page named", nowErrs)
		}
		if len(now.docs) == 0 {
			t.Errorf("%s: no documents", name)
		}
	}
}
