package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"time"

	"github.com/claimledger/claimledger/internal/gold"
	"github.com/claimledger/claimledger/internal/learn"
)

func trainCmd(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("train", flag.ContinueOnError)
	fs.SetOutput(stderr)
	goldPath := fs.String("gold", "", "PolNeAR-style gold attributions (JSON Lines) to train on")
	out := fs.String("out", "internal/learn/data", "folder the models are written to")
	epochs := fs.Int("epochs", learn.Defaults.Epochs, "passes over the training data")
	seed := fs.Uint64("seed", learn.Defaults.Seed, "seed of the example order; the same seed gives the same models")
	minCount := fs.Int("min-count", learn.Defaults.MinFeatureCount, "features seen fewer times are left out")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if *goldPath == "" {
		fmt.Fprintln(stderr, "claimledger train: --gold is required")
		return 2
	}
	docs, err := gold.ReadFile(*goldPath)
	if err != nil {
		fmt.Fprintf(stderr, "claimledger train: %v\n", err)
		if len(docs) == 0 {
			return 1
		}
	}
	start := time.Now()
	m, err := learn.Train(docs, learn.Options{Epochs: *epochs, Seed: *seed, MinFeatureCount: *minCount,
		Progress: func(model string, epoch, errors int) {
			fmt.Fprintf(stderr, "%s epoch %d: %d tokens mislabelled\n", model, epoch, errors)
		}})
	if err != nil {
		fmt.Fprintf(stderr, "claimledger train: %v\n", err)
		return 1
	}
	cue, arg, words, err := m.Marshal()
	if err == nil {
		err = os.MkdirAll(*out, 0o755)
	}
	if err == nil {
		err = os.WriteFile(filepath.Join(*out, learn.CueFile), cue, 0o644)
	}
	if err == nil {
		err = os.WriteFile(filepath.Join(*out, learn.ArgFile), arg, 0o644)
	}
	if err == nil {
		err = os.WriteFile(filepath.Join(*out, learn.WordsFile), words, 0o644)
	}
	if err != nil {
		fmt.Fprintf(stderr, "claimledger train: %v\n", err)
		return 1
	}
	fmt.Fprintf(stdout, "trained on %d documents in %.1f s: cue model %d features (%d KB), argument model %d features (%d KB)\n",
		len(docs), time.Since(start).Seconds(), m.Cue.Features(), len(cue)/1024, m.Arg.Features(), len(arg)/1024)
	return 0
}
