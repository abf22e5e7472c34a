package main

import (
	"fmt"
	"io"
	"time"
)

// runStats measures a run for --stats: speed is over the bytes of document
// text extracted, so that JSON wrapping and refused input do not inflate it.
type runStats struct {
	start     time.Time
	documents int // read and handed to extraction
	failed    int // every failure reported, bad input included
	bytes     int64
}

func (s *runStats) begin() { s.start = time.Now() }

// print writes one line such as
// "documents 2225, failed 1, 5.1 MB in 0.83 s: 6.1 MB/s, peak RSS 120 MB";
// MB are 10⁶ bytes, as in Go benchmarks.
func (s *runStats) print(w io.Writer) {
	secs := time.Since(s.start).Seconds()
	mb := float64(s.bytes) / 1e6
	speed := 0.0
	if secs > 0 {
		speed = mb / secs
	}
	fmt.Fprintf(w, "documents %d, failed %d, %.1f MB in %.2f s: %.1f MB/s", s.documents, s.failed, mb, secs, speed)
	if rss := peakRSS(); rss > 0 {
		fmt.Fprintf(w, ", peak RSS %.0f MB", float64(rss)/1e6)
	}
	fmt.Fprintln(w)
}
