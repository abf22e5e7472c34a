package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"io"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"syscall"
	"testing"
	"time"
)

// startServe starts `claimledger serve` on a free loopback port and
// returns its address; the server is interrupted when the test ends.
func startServe(t *testing.T, args ...string) string {
	t.Helper()
	exe, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(exe, append([]string{"serve", "--addr", "127.0.0.1:0"}, args...)...)
	cmd.Env = append(os.Environ(), "CLAIMLEDGER_TEST_MAIN=1", "CLAIMLEDGER_TOKEN=")
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	var errb strings.Builder
	cmd.Stderr = &errb
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		cmd.Process.Signal(syscall.SIGINT)
		done := make(chan error, 1)
		go func() { done <- cmd.Wait() }()
		select {
		case err := <-done:
			if err != nil {
				t.Errorf("serve ended with %v: %s", err, errb.String())
			}
		case <-time.After(10 * time.Second):
			cmd.Process.Kill()
			t.Error("serve did not stop within 10 s of an interrupt")
		}
	})
	line, err := bufio.NewReader(out).ReadString('\n')
	if err != nil {
		t.Fatalf("serve printed nothing: %v %s", err, errb.String())
	}
	_, addr, ok := strings.Cut(strings.TrimSpace(line), "http://")
	if !ok {
		t.Fatalf("serve said %q", line)
	}
	go io.Copy(io.Discard, out)
	return "http://" + strings.TrimSuffix(addr, "/")
}

func TestServeLinksWhatAnotherRunStored(t *testing.T) {
	db := filepath.Join(t.TempDir(), "ledger.db")
	base := startServe(t, "--db", db, "--link-every", "100ms")
	// another process stores the documents without linking them
	in := filepath.Join("testdata", "belgorod-story.jsonl")
	b, err := os.ReadFile(in)
	if err != nil {
		t.Fatal(err)
	}
	stored := strings.Count(strings.TrimSpace(string(b)), "\n") + 1
	if code, _, errOut := runCmd(t, "ingest", "--quiet", "--db", db, in); code != 0 {
		t.Fatalf("ingest: exit %d: %s", code, errOut)
	}
	var list struct {
		Stories []struct {
			ID        int64 `json:"id"`
			Documents int   `json:"documents"`
		} `json:"stories"`
	}
	deadline := time.Now().Add(10 * time.Second)
	for {
		resp, err := http.Get(base + "/api/stories")
		if err != nil {
			t.Fatal(err)
		}
		err = json.NewDecoder(resp.Body).Decode(&list)
		resp.Body.Close()
		if err != nil {
			t.Fatal(err)
		}
		docs := 0
		for _, s := range list.Stories {
			docs += s.Documents
		}
		if docs == stored {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("after 10 s, stories hold %d of the %d documents stored", docs, stored)
		}
		time.Sleep(100 * time.Millisecond)
	}
	// a read-only server refuses writes
	resp, err := http.Post(base+"/api/documents", "application/json", strings.NewReader(`{"id":"x","text":"The army said so."}`))
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusUnauthorized {
		t.Errorf("POST without a token: status %d, want 401", resp.StatusCode)
	}
	resp, err = http.Get(base + "/")
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusOK || resp.Header.Get("Content-Security-Policy") == "" {
		t.Errorf("home page: status %d, CSP %q", resp.StatusCode, resp.Header.Get("Content-Security-Policy"))
	}
}

// TestServeLearned checks that serve --learned extracts posted text as
// extract --learned does, and serve alone as extract alone.
func TestServeLearned(t *testing.T) {
	const text = "Clinton supporters have also questioned the health of Donald Trump, who is 70. " +
		"Critics slammed the plan as reckless, and the mayor's office dismissed the complaints."
	in := filepath.Join(t.TempDir(), "article.txt")
	if err := os.WriteFile(in, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	cues := func(ledger []byte) []string {
		t.Helper()
		var d struct {
			Claims []struct {
				Cue struct{ Start, End int } `json:"cue"`
			} `json:"claims"`
		}
		if err := json.Unmarshal(ledger, &d); err != nil {
			t.Fatalf("%v: %s", err, ledger)
		}
		var out []string
		for _, c := range d.Claims {
			out = append(out, text[c.Cue.Start:c.Cue.End])
		}
		return out
	}
	want := map[bool][]string{}
	for _, learned := range []bool{false, true} {
		args := []string{"extract", in}
		if learned {
			args = []string{"extract", "--learned", in}
		}
		code, out, errOut := runCmd(t, args...)
		if code != 0 {
			t.Fatalf("%v: exit %d: %s", args, code, errOut)
		}
		want[learned] = cues([]byte(out))
	}
	if slices.Equal(want[false], want[true]) {
		t.Fatalf("the text no longer tells the modes apart (cues %q both ways); the test needs another", want[false])
	}
	for _, learned := range []bool{false, true} {
		args := []string{"--db", filepath.Join(t.TempDir(), "ledger.db")}
		if learned {
			args = append(args, "--learned")
		}
		base := startServe(t, args...)
		body, _ := json.Marshal(map[string]string{"id": "a", "text": text})
		resp, err := http.Post(base+"/api/extract", "application/json", bytes.NewReader(body))
		if err != nil {
			t.Fatal(err)
		}
		got, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if resp.StatusCode != http.StatusOK {
			t.Fatalf("learned %v: status %d: %s", learned, resp.StatusCode, got)
		}
		var answer struct{ Ledger json.RawMessage }
		if err := json.Unmarshal(got, &answer); err != nil {
			t.Fatalf("%v: %s", err, got)
		}
		if c := cues(answer.Ledger); !slices.Equal(c, want[learned]) {
			t.Errorf("serve learned=%v finds cues %q, extract finds %q", learned, c, want[learned])
		}
	}
}
