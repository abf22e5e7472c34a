// Command claimledger turns news into a ledger of attributed claims.
//
//	claimledger extract [--published DATE] [--input auto|text|html|jsonl|feed|warc] [--max-bytes N] [--stats] [FILE|-]...
package main

import (
	"fmt"
	"io"
	"os"
)

const usage = `usage: claimledger <command> [arguments]

commands:
  extract [--published DATE] [--input auto|text|html|jsonl|feed|warc] [--max-bytes N] [--stats] [--learned] [--no-belief] [FILE|-]...
        read text, HTML pages, RSS/Atom/JSON feeds, WARC or JSONL (also
        gzip-compressed), told apart by content unless --input says;
        print the ledger of each document as JSON (one document: indented;
        several: one per line); bad input is reported on standard error,
        the other documents are still extracted and the exit status is 1;
        --stats prints documents, speed and peak memory to standard error;
        --learned adds the trained attribution models to the rules;
        --no-belief leaves out attributions of beliefs and intentions
  ingest [--db PATH|postgres://...] [--input KIND] [--published DATE] [--batch N] [--quiet] SOURCE...
        read files, folders (recursively), globs or - (standard input):
        text, HTML, RSS/Atom/JSON feeds, WARC and JSONL, told apart by their
        content; extract each document and store its ledger (a SQLite file
        by default: claimledger.db or $CLAIMLEDGER_DB). The same document
        is stored once; a changed one at the same URL is a new version
  claims [--db ...] [--source S] [--stance S] [--category C] [--place P]
         [--from DATE] [--to DATE] [--search WORDS] [--no-belief] [--limit N] [--format text|jsonl]
        print the stored claims the filters select (latest versions)
  export [--db ...] [--format jsonl|csv|stories] [filters as for claims] [--out FILE]
        jsonl: every stored ledger as extract prints it; csv: one row per
        figure claimed, in ACLED-like columns; stories: every story as
        story --format json prints it, one a line
  search [--db ...] [--limit N] WORDS...
        full-text search over the stored documents
  stories [--db ...] [--limit N] [--format text|jsonl]
        the stories ingest grouped the documents into (reports of one
        event across outlets), the latest first
  story [--db ...] [--why] [--format text|json] ID
        one story: its documents (syndicated copies marked), the claims by
        source with their verification status, figures by source with
        low/best/high, contradictions and the timeline of statuses;
        --why says why each document joined
  serve [--db ...] [--addr 127.0.0.1:8080] [--token T] [--reviewer NAME] [--cache-mb N]
        the web UI and JSON API (described at /api/openapi.json): articles
        with their claims marked, stories side by side with figures, map and
        timeline, search, paste an article; writes (storing, rating claims)
        need the token (--token or $CLAIMLEDGER_TOKEN), else it is read-only
  eval --gold FILE.jsonl [--pred FILE.jsonl] [--speech-only] [--no-belief] [--learned [--folds N]] [--agreement]
        score attributions against PolNeAR-style gold as score.py attrib
        does (extracts the gold texts unless --pred)
  train --gold FILE.jsonl [--out DIR] [--epochs N] [--seed N] [--min-count N]
        train the attribution models on PolNeAR-style gold; the models are
        embedded at the next build
`

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		fmt.Fprint(stderr, usage)
		return 2
	}
	switch args[0] {
	case "extract":
		return extractCmd(args[1:], stdin, stdout, stderr)
	case "ingest":
		return ingestCmd(args[1:], stdin, stdout, stderr)
	case "claims":
		return claimsCmd(args[1:], stdout, stderr)
	case "export":
		return exportCmd(args[1:], stdout, stderr)
	case "search":
		return searchCmd(args[1:], stdout, stderr)
	case "stories":
		return storiesCmd(args[1:], stdout, stderr)
	case "story":
		return storyCmd(args[1:], stdout, stderr)
	case "serve":
		return serveCmd(args[1:], stdout, stderr)
	case "eval":
		return evalCmd(args[1:], stdout, stderr)
	case "train":
		return trainCmd(args[1:], stdout, stderr)
	case "-h", "--help", "help":
		fmt.Fprint(stdout, usage)
		return 0
	}
	fmt.Fprintf(stderr, "claimledger: unknown command %q\n\n%s", args[0], usage)
	return 2
}
