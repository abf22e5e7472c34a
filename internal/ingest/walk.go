package ingest

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// Input is one file to read, or standard input ("-").
type Input struct {
	Name string
	Size int64 // -1 when unknown
}

// Expand turns what a user names into the files to read: a file as it is,
// a folder with every regular file below it (hidden ones left out), a glob
// pattern with its matches, and "-" as standard input. Names that match
// nothing are reported through fail and left out; the others go on.
func Expand(args []string, fail func(error)) []Input {
	var out []Input
	seen := map[string]bool{}
	add := func(name string, size int64) {
		if !seen[name] {
			seen[name] = true
			out = append(out, Input{Name: name, Size: size})
		}
	}
	for _, arg := range args {
		if arg == "-" {
			add("-", -1)
			continue
		}
		st, err := os.Stat(arg)
		if err != nil && hasMeta(arg) {
			matches, gerr := filepath.Glob(arg)
			if gerr != nil {
				fail(fmt.Errorf("%s: %v", arg, gerr))
				continue
			}
			if len(matches) == 0 {
				fail(fmt.Errorf("%s: no file matches", arg))
				continue
			}
			for _, m := range matches {
				for _, in := range Expand([]string{m}, fail) {
					add(in.Name, in.Size)
				}
			}
			continue
		}
		if err != nil {
			fail(err)
			continue
		}
		if !st.IsDir() {
			add(arg, st.Size())
			continue
		}
		var files []Input
		err = filepath.WalkDir(arg, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				fail(err)
				return nil
			}
			if path != arg && strings.HasPrefix(d.Name(), ".") {
				if d.IsDir() {
					return filepath.SkipDir
				}
				return nil
			}
			if !d.Type().IsRegular() {
				return nil
			}
			info, err := d.Info()
			if err != nil {
				fail(err)
				return nil
			}
			files = append(files, Input{Name: path, Size: info.Size()})
			return nil
		})
		if err != nil {
			fail(err)
		}
		sort.Slice(files, func(i, j int) bool { return files[i].Name < files[j].Name })
		for _, f := range files {
			add(f.Name, f.Size)
		}
	}
	return out
}

func hasMeta(p string) bool { return strings.ContainsAny(p, "*?[") }
