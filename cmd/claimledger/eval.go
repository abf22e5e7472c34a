package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"hash/crc32"
	"io"
	"os"

	"github.com/claimledger/claimledger/internal/eval"
	"github.com/claimledger/claimledger/internal/extract"
	goldpkg "github.com/claimledger/claimledger/internal/gold"
	"github.com/claimledger/claimledger/internal/learn"
	"github.com/claimledger/claimledger/internal/source"
)

// evalCmd scores attributions against PolNeAR-style gold and prints what
// score.py attrib prints. Without --pred it extracts each gold document
// itself, through the same reader and extractor as the extract command, so
// that its figures are those of score.py on an extract run.
func evalCmd(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("eval", flag.ContinueOnError)
	fs.SetOutput(stderr)
	goldPath := fs.String("gold", "", "PolNeAR-style gold, one document a line (JSONL)")
	predPath := fs.String("pred", "", "score this ledger file (JSONL) instead of extracting the gold texts")
	speechOnly := fs.Bool("speech-only", false, "keep only attributions whose cue is a verb of saying, on both sides")
	noBelief := fs.Bool("no-belief", false, "leave out predicted claims marked as beliefs")
	learned := fs.Bool("learned", false, "extract with the trained attribution models as well as the rules")
	agreement := fs.Bool("agreement", false, "score the gold file's second annotations against its primary ones (how far two annotators agree)")
	folds := fs.Int("folds", 0, "with --learned: split the gold documents into this many parts and score each with models trained on the others (cross-validation) instead of the embedded models")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if *goldPath == "" || fs.NArg() > 0 || *folds == 1 || *folds < 0 || *folds > 1 && (!*learned || *predPath != "") {
		fmt.Fprintln(stderr, "claimledger eval: want --gold FILE.jsonl [--pred FILE.jsonl] [--speech-only] [--no-belief] [--learned [--folds N≥2]] [--agreement]")
		return 2
	}
	if *agreement {
		return agreementCmd(*goldPath, *speechOnly, stdout, stderr)
	}
	sc, err := scoreGold(evalOptions{gold: *goldPath, pred: *predPath, speechOnly: *speechOnly, noBelief: *noBelief, learned: *learned, folds: *folds}, stderr)
	if err == nil {
		err = sc.Print(stdout)
	}
	if err != nil {
		fmt.Fprintf(stderr, "claimledger eval: %v\n", err)
		return 1
	}
	return 0
}

// agreementCmd prints the agreement between the two annotations of the
// documents a gold file has annotated twice.
func agreementCmd(path string, speechOnly bool, stdout, stderr io.Writer) int {
	f, err := os.Open(path)
	if err != nil {
		fmt.Fprintf(stderr, "claimledger eval: %v\n", err)
		return 1
	}
	defer f.Close()
	primary, second, err := eval.ReadAnnotations(f)
	if err != nil {
		fmt.Fprintf(stderr, "claimledger eval: %s: %v\n", path, err)
		return 1
	}
	sc, n := eval.Agreement(primary, second, speechOnly)
	if n == 0 {
		fmt.Fprintf(stderr, "claimledger eval: %s: no document is annotated twice\n", path)
		return 1
	}
	fmt.Fprintf(stdout, "second annotations scored against the primary ones: %d\n", n)
	if err := sc.Print(stdout); err != nil {
		fmt.Fprintf(stderr, "claimledger eval: %v\n", err)
		return 1
	}
	return 0
}

type evalOptions struct {
	gold, pred                    string
	speechOnly, noBelief, learned bool
	folds                         int // > 1: cross-validate the models
}

// scoreGold scores the predictions for a gold file, those of o.pred or, if
// there is none, those extracted from the gold texts; extraction problems
// go to stderr.
func scoreGold(o evalOptions, stderr io.Writer) (*eval.Scorer, error) {
	gold, err := readGold(o.gold)
	if err != nil {
		return nil, err
	}
	var preds map[string]eval.Prediction
	switch {
	case o.pred != "":
		preds, err = readPredictions(o.pred, o.noBelief)
	case o.folds > 1:
		preds, err = crossValidate(o.gold, gold, o.folds, o.noBelief, stderr)
	default:
		preds, err = extractGold(gold, extract.Config{Learned: o.learned}, o.noBelief, stderr)
	}
	if err != nil {
		return nil, err
	}
	sc := &eval.Scorer{SpeechOnly: o.speechOnly}
	for i := range gold {
		g := &gold[i]
		p, found := preds[g.ID]
		if found && p.HasText && p.Text != g.Text {
			return nil, fmt.Errorf("%s: the predicted document's text differs from the gold text; offsets cannot be compared", g.ID)
		}
		sc.Add(g, p.Attributions, !found)
	}
	return sc, nil
}

func readGold(path string) ([]eval.Gold, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	g, err := eval.ReadGold(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %v", path, err)
	}
	return g, nil
}

func readPredictions(path string, noBelief bool) (map[string]eval.Prediction, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	p, err := eval.ReadPredictions(f, noBelief)
	if err != nil {
		return nil, fmt.Errorf("%s: %v", path, err)
	}
	return p, nil
}

// evalInput is the extractor's input for a gold document, as score.py
// input writes it.
type evalInput struct {
	ID        string  `json:"id"`
	Text      string  `json:"text"`
	Published *string `json:"published"`
	Title     *string `json:"title"`
}

// extractGold extracts the gold documents one by one, passing each through
// the JSONL reader as the extract command would read score.py's input: a
// document the reader or the extractor refuses has no prediction, as in a
// pipeline run.
func extractGold(gold []eval.Gold, cfg extract.Config, noBelief bool, stderr io.Writer) (map[string]eval.Prediction, error) {
	preds := make(map[string]eval.Prediction, len(gold))
	rd := source.Reader{Kind: source.JSONL, MaxBytes: source.DefaultMaxBytes}
	var line bytes.Buffer
	enc := json.NewEncoder(&line)
	enc.SetEscapeHTML(false)
	for i := range gold {
		g := &gold[i]
		in := evalInput{ID: g.ID, Text: g.Text}
		if g.Date != "" {
			in.Published = &g.Date
		}
		if g.Title != "" {
			in.Title = &g.Title
		}
		line.Reset()
		if err := enc.Encode(in); err != nil {
			return nil, err
		}
		emit := func(doc source.Document) {
			led, err := cfg.Document(doc)
			if err != nil {
				fmt.Fprintf(stderr, "claimledger eval: document %s: %v\n", doc.ID, err)
				return
			}
			preds[led.ID] = eval.Prediction{Attributions: eval.FromLedger(&led, noBelief)}
		}
		fail := func(err error) { fmt.Fprintf(stderr, "claimledger eval: document %s: %v\n", g.ID, err) }
		if err := rd.Read("gold", &line, emit, fail); err != nil {
			return nil, err
		}
	}
	return preds, nil
}

// crossValidate extracts each of k parts of the gold documents (split by a
// hash of their ids, the same split on every run) with models trained, as
// `claimledger train` trains them, on the other parts: figures for the
// trained path on documents its models have not seen.
func crossValidate(path string, gold []eval.Gold, k int, noBelief bool, stderr io.Writer) (map[string]eval.Prediction, error) {
	docs, err := goldpkg.ReadFile(path)
	if err != nil && len(docs) == 0 {
		return nil, err
	}
	fold := func(id string) int { return int(crc32.ChecksumIEEE([]byte(id)) % uint32(k)) }
	preds := map[string]eval.Prediction{}
	for f := 0; f < k; f++ {
		var train []goldpkg.Document
		for _, d := range docs {
			if fold(d.ID) != f {
				train = append(train, d)
			}
		}
		var held []eval.Gold
		for _, g := range gold {
			if fold(g.ID) == f {
				held = append(held, g)
			}
		}
		if len(train) == 0 || len(held) == 0 {
			continue
		}
		m, err := learn.Train(train, learn.Defaults)
		if err != nil {
			return nil, err
		}
		p, err := extractGold(held, extract.Config{Learned: true, Models: m}, noBelief, stderr)
		if err != nil {
			return nil, err
		}
		for id, x := range p {
			preds[id] = x
		}
		fmt.Fprintf(stderr, "fold %d of %d: trained on %d documents, scored %d\n", f+1, k, len(train), len(held))
	}
	return preds, nil
}
