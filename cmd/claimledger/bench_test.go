package main

import (
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// BenchmarkExtractBBC runs the whole command, reading, extraction and JSON
// output, over the BBC news corpus kept beside the repository.
func BenchmarkExtractBBC(b *testing.B) {
	paths, _ := filepath.Glob("../../../shared/corpora/bbc/*/*.txt")
	if len(paths) == 0 {
		b.Skip("BBC corpus not found at ../shared/corpora/bbc beside the repository")
	}
	var size int64
	for _, p := range paths {
		if st, err := os.Stat(p); err == nil {
			size += st.Size()
		}
	}
	b.SetBytes(size)
	args := append([]string{"extract"}, paths...)
	for b.Loop() {
		run(args, strings.NewReader(""), io.Discard, io.Discard)
	}
}
