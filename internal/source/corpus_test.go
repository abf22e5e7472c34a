package source

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
)

// corpus is the shared research data beside the repository (../shared from
// the module root), never copied into it.
func corpus(t *testing.T, sub string) string {
	t.Helper()
	dir := filepath.Join("..", "..", "..", "shared", "corpora", sub)
	if _, err := os.Stat(dir); err != nil {
		t.Skipf("corpus %s not present: %v", sub, err)
	}
	return dir
}

func readFile(t *testing.T, name string) (result, error) {
	t.Helper()
	f, err := os.Open(name)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	return read(t, Reader{}, name, f)
}

// TestFeedsCorpus reads every real feed: each must give documents or a
// clear reason, and the table of what each gave is logged.
func TestFeedsCorpus(t *testing.T) {
	dir := corpus(t, "feeds")
	var files []string
	filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		base := filepath.Base(p)
		if err == nil && !d.IsDir() && !strings.HasPrefix(base, "LICENSE") && base != "SOURCE_COMMIT" {
			files = append(files, p)
		}
		return nil
	})
	sort.Strings(files)
	if len(files) == 0 {
		t.Fatal("no feeds")
	}
	var table strings.Builder
	fmt.Fprintf(&table, "\n%-45s %5s %5s  %s\n", "file", "docs", "errs", "first error")
	for _, name := range files {
		res, err := readFile(t, name)
		if err != nil {
			t.Errorf("%s: Read failed: %v", name, err)
			continue
		}
		first := ""
		if len(res.errs) > 0 {
			first = res.errs[0].Error()
			if !strings.HasPrefix(first, name) {
				t.Errorf("error %q does not name %s", first, name)
			}
			first = strings.TrimPrefix(first, name+": ")
		}
		if len(res.docs) == 0 && len(res.errs) == 0 {
			t.Errorf("%s: neither documents nor a reason", name)
		}
		for _, d := range res.docs {
			if d.ID == "" || strings.TrimSpace(d.Text) == "" || strings.Contains(d.Text, "<p>") {
				t.Errorf("%s: document %q with text %.80q", name, d.ID, d.Text)
			}
			if d.Published != "" && len(d.Published) != len("2006-01-02") {
				t.Errorf("%s: published %q", name, d.Published)
			}
		}
		rel, _ := filepath.Rel(dir, name)
		fmt.Fprintf(&table, "%-45s %5d %5d  %.90s\n", rel, len(res.docs), len(res.errs), first)
	}
	t.Log(table.String())
}

// TestWARCCorpus reads the real web archives: the fundus one gives its 258
// pages, the clipped one its error with an offset, the others no panic.
func TestWARCCorpus(t *testing.T) {
	dir := corpus(t, "warc")
	var files []string
	filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() && strings.Contains(filepath.Base(p), ".warc") {
			files = append(files, p)
		}
		return nil
	})
	sort.Strings(files)
	truncated := 0
	for _, name := range files {
		res, err := readFile(t, name)
		if err != nil {
			t.Errorf("%s: Read failed: %v", name, err)
			continue
		}
		rel, _ := filepath.Rel(dir, name)
		t.Logf("%-75s %4d documents, %d errors", rel, len(res.docs), len(res.errs))
		for _, e := range res.errs {
			t.Logf("    %v", e)
			if e.Name != name {
				t.Errorf("error %q does not name the file", e)
			}
			if errors.Is(e, ErrTruncatedWARC) {
				truncated++
				if e.Offset < 0 || !strings.Contains(e.Error(), fmt.Sprintf("byte %d", e.Offset)) {
					t.Errorf("truncation %q gives no offset", e)
				}
			}
		}
		switch rel {
		case filepath.Join("derived-fundus-news", "fundus-news-pages.warc.gz"):
			if len(res.docs) != 258 {
				t.Errorf("%s: %d documents, want 258", rel, len(res.docs))
			}
		case filepath.Join("resiliparse", "clipped.warc.gz"):
			if n := len(res.errs); n == 0 || !errors.Is(res.errs[n-1], ErrTruncatedWARC) {
				t.Errorf("%s: errors %v, want a truncation last", rel, res.errs)
			}
		}
	}
	if truncated != 1 {
		t.Errorf("%d truncated archives, want 1 (clipped.warc.gz)", truncated)
	}
}
