package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"
)

func runEval(t *testing.T, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	code := run(append([]string{"eval"}, args...), strings.NewReader(""), &out, &errb)
	return code, out.String(), errb.String()
}

// cp is the JSON span of the first occurrence of sub in text, offsets in
// code points.
func cp(text, sub string) string {
	i := strings.Index(text, sub)
	if i < 0 {
		panic(sub)
	}
	s := utf8.RuneCountInString(text[:i])
	b, _ := json.Marshal(map[string]any{"start": s, "end": s + utf8.RuneCountInString(sub), "text": sub})
	return string(b)
}

const release = "GENEVA, 3 May 2024 — The relief agency said on Friday that 40 trucks had crossed the border. " +
	"\"We need more access,\" a spokeswoman told reporters.\n"

// releaseFiles writes a gold file and a ledger file for the press release:
// one claim right but for its content's "that", one right but without its
// speaker, and one belief that matches nothing.
func releaseFiles(t *testing.T) (gold, pred string) {
	t.Helper()
	text, _ := json.Marshal(release)
	g := fmt.Sprintf(`{"doc_id": "pr1", "primary": true, "date": "2024-05-03", "text": %s, "attributions": [`+
		`{"cue": [%s], "sources": [%s], "contents": [%s]}, {"cue": [%s], "sources": [%s], "contents": [%s]}]}`+"\n",
		text, cp(release, "said"), cp(release, "The relief agency"), cp(release, "40 trucks had crossed the border"),
		cp(release, "told"), cp(release, "a spokeswoman"), cp(release, "We need more access,"))
	p := fmt.Sprintf(`{"id": "pr1", "text": %s, "claims": [`+
		`{"source": %s, "cue": %s, "content": %s}, {"source": null, "cue": %s, "content": %s, "belief": false}, `+
		`{"source": %s, "cue": %s, "content": %s, "belief": true}]}`+"\n",
		text, cp(release, "The relief agency"), cp(release, "said"), cp(release, "that 40 trucks had crossed the border"),
		cp(release, "told"), cp(release, "We need more access,"),
		cp(release, "a spokeswoman"), cp(release, "need"), cp(release, "more access"))
	paths := files(t, "gold.jsonl", g, "pred.jsonl", p)
	return paths[0], paths[1]
}

func TestEvalHandMade(t *testing.T) {
	gold, pred := releaseFiles(t)
	// sources {The relief agency, a spokeswoman} on both sides; cues said,
	// told (+ need); contents: one of two gold, one of three predicted;
	// matched 2 of 2 gold with 2 of 3 predictions; one speaker missing.
	code, out, errs := runEval(t, "--gold", gold, "--pred", pred)
	want := `documents: 1 gold, 0 without a prediction
role        exact P      R      F    token P      R      F
sources       1.000  1.000  1.000      1.000  1.000  1.000
cue           0.667  1.000  0.800      0.667  1.000  0.800
contents      0.333  0.500  0.400      0.909  1.000  0.952
quotes matched at >30% overlap: P 0.667 R 1.000 F 0.800; speaker right on matched: 0.500
figure: content-exact-F=0.400 source-exact-F=1.000 match-F=0.800 speaker-acc=0.500
`
	if code != 0 || out != want {
		t.Fatalf("exit %d, stderr %q, printed\n%s\nwant\n%s", code, errs, out, want)
	}
	// without the belief: sources 1 of 2 gold, cues exact, contents 1 of 2
	// each way, both predictions matched
	noBelief := "figure: content-exact-F=0.500 source-exact-F=0.667 match-F=1.000 speaker-acc=0.500\n"
	if _, out, _ := runEval(t, "--gold", gold, "--pred", pred, "--no-belief"); !strings.HasSuffix(out, noBelief) {
		t.Errorf("--no-belief printed\n%s", out)
	}
	// "need" is no verb of saying: the same claims remain
	_, out, _ = runEval(t, "--gold", gold, "--pred", pred, "--speech-only")
	if !strings.HasPrefix(out, "documents: 1 gold, 0 without a prediction  (speech cues only)\n") || !strings.HasSuffix(out, noBelief) {
		t.Errorf("--speech-only printed\n%s", out)
	}
}

func TestEvalErrors(t *testing.T) {
	gold, _ := releaseFiles(t)
	if code, _, errs := runEval(t); code != 2 || !strings.Contains(errs, "--gold") {
		t.Errorf("no gold: exit %d, %q", code, errs)
	}
	if code, _, _ := runEval(t, "--gold", gold, "extra"); code != 2 {
		t.Errorf("stray argument: exit %d, want 2", code)
	}
	other := files(t, "p.jsonl", `{"id": "pr1", "text": "another text", "claims": []}`+"\n")[0]
	if code, out, errs := runEval(t, "--gold", gold, "--pred", other); code != 1 || out != "" || !strings.Contains(errs, "differs") {
		t.Errorf("text differs: exit %d, stdout %q, stderr %q", code, out, errs)
	}
	none := files(t, "p.jsonl", `{"id": "elsewhere", "claims": []}`+"\n")[0]
	if code, out, _ := runEval(t, "--gold", gold, "--pred", none); code != 0 || !strings.HasPrefix(out, "documents: 1 gold, 1 without a prediction\n") {
		t.Errorf("missing prediction: exit %d, %q", code, out)
	}
	if code, _, _ := runEval(t, "--gold", filepath.Join(t.TempDir(), "absent.jsonl")); code != 1 {
		t.Errorf("absent gold: exit %d, want 1", code)
	}
}

// TestEvalSelfExtract checks that scoring the gold texts extracted in
// process prints what scoring an extract run on them prints.
func TestEvalSelfExtract(t *testing.T) {
	gold, _ := releaseFiles(t)
	feature := "In the hills above the town, farmers say the rains came late. \"We lost half the harvest,\" " +
		"said Maria Lopes, 54, who grows maize. The ministry denied that aid had stalled.\n"
	text, _ := json.Marshal(feature)
	g2 := fmt.Sprintf(`{"doc_id": 7, "date": "2023-11-20", "text": %s, "attributions": [{"cue": [%s], "sources": [%s], "contents": [%s]}]}`+"\n",
		text, cp(feature, "said"), cp(feature, "Maria Lopes, 54, who grows maize"), cp(feature, "We lost half the harvest,"))
	g1, _ := os.ReadFile(gold)
	goldPath := files(t, "gold.jsonl", string(g1)+g2)[0]
	rel, _ := json.Marshal(release)
	input := files(t, "in.jsonl", fmt.Sprintf(`{"id": "pr1", "text": %s, "published": "2024-05-03"}`+"\n"+
		`{"id": 7, "text": %s, "published": "2023-11-20"}`+"\n", rel, text))[0]
	code, ledger, errs := runExtract(t, "", input)
	if code != 0 {
		t.Fatalf("extract: exit %d, %s", code, errs)
	}
	predPath := files(t, "pred.jsonl", ledger)[0]
	for _, flags := range [][]string{nil, {"--speech-only"}, {"--no-belief"}} {
		_, fromFile, _ := runEval(t, append([]string{"--gold", goldPath, "--pred", predPath}, flags...)...)
		code, self, errs := runEval(t, append([]string{"--gold", goldPath}, flags...)...)
		if code != 0 || self != fromFile {
			t.Errorf("%v: exit %d (%s), self-extraction printed\n%s\nscoring the extract run printed\n%s", flags, code, errs, self, fromFile)
		}
		if !strings.HasPrefix(self, "documents: 2 gold, 0 without a prediction") {
			t.Errorf("%v: %q", flags, self)
		}
	}
}

// scorerLocals runs score.py attrib and returns its printout and the counts
// it ends with, read from its frame as it returns.
const scorerLocals = `
import contextlib, io, json, sys
sys.path.insert(0, sys.argv[1])
import score
got = {}
def profile(frame, event, arg):
    if event == "return" and frame.f_code is score.score_attrib.__code__:
        for k in ("exact", "tok", "ggt", "speaker_ok", "missing"):
            got[k] = frame.f_locals[k]
with contextlib.redirect_stdout(io.StringIO()) as table:
    sys.setprofile(profile)
    score.score_attrib(sys.argv[2], sys.argv[3], speech_only=len(sys.argv) > 4)
    sys.setprofile(None)
got["table"] = table.getvalue()
print(json.dumps(got))
`

// TestEvalMatchesScorer runs score.py and eval on the PolNeAR dev set and
// wants the same printout and the same counts, on an extract run and on
// eval's own extraction.
func TestEvalMatchesScorer(t *testing.T) {
	const shared = "/work/shared"
	tools, dev := filepath.Join(shared, "tools"), filepath.Join(shared, "data/polnear/dev.jsonl")
	if _, err := os.Stat(dev); err != nil {
		t.Skipf("%s absent: eval not compared with score.py", dev)
	}
	py, err := exec.LookPath("python3")
	if err != nil {
		t.Skip("python3 not found: eval not compared with score.py")
	}
	goTool, err := exec.LookPath("go")
	if err != nil {
		t.Skip("go not found: cannot run the extract command")
	}
	dir := t.TempDir()
	input, pred := filepath.Join(dir, "in.jsonl"), filepath.Join(dir, "pred.jsonl")
	out, err := exec.Command(py, filepath.Join(tools, "score.py"), "input", dev).Output()
	if err != nil {
		t.Fatalf("score.py input: %v", err)
	}
	if err := os.WriteFile(input, out, 0o644); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(goTool, "run", ".", "extract", input)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if out, err = cmd.Output(); err != nil {
		t.Fatalf("go run . extract: %v\n%s", err, stderr.String())
	}
	if err := os.WriteFile(pred, out, 0o644); err != nil {
		t.Fatal(err)
	}
	for _, speech := range []bool{false, true} {
		args := []string{"-c", scorerLocals, tools, dev, pred}
		flags := []string{}
		if speech {
			args = append(args, "--speech-only")
			flags = append(flags, "--speech-only")
		}
		out, err := exec.Command(py, args...).Output()
		if err != nil {
			t.Fatalf("score.py attrib %v: %v", flags, err)
		}
		var want struct {
			Exact, Tok map[string][3]int
			Ggt        [4]int
			SpeakerOK  int `json:"speaker_ok"`
			Missing    int
			Table      string
		}
		if err := json.Unmarshal(out, &want); err != nil {
			t.Fatal(err)
		}
		t.Logf("score.py attrib %v:\n%s", flags, want.Table)
		code, fromFile, errs := runEval(t, append([]string{"--gold", dev, "--pred", pred}, flags...)...)
		if code != 0 || fromFile != want.Table {
			t.Errorf("eval --pred %v: exit %d (%s), printed\n%s\nscore.py printed\n%s", flags, code, errs, fromFile, want.Table)
		}
		code, self, errs := runEval(t, append([]string{"--gold", dev}, flags...)...)
		if code != 0 || self != want.Table {
			t.Errorf("eval %v (own extraction): exit %d (%s), printed\n%s\nscore.py on the extract run printed\n%s", flags, code, errs, self, want.Table)
		}
		for _, o := range []evalOptions{{gold: dev, pred: pred, speechOnly: speech}, {gold: dev, speechOnly: speech}} {
			sc, err := scoreGold(o, &stderr)
			if err != nil {
				t.Fatal(err)
			}
			for r, name := range []string{"sources", "cue", "contents"} {
				e, k := sc.Exact[r], sc.Token[r]
				if [3]int{e.TP, e.Pred, e.Gold} != want.Exact[name] || [3]int{k.TP, k.Pred, k.Gold} != want.Tok[name] {
					t.Errorf("%+v %s: exact %+v token %+v, score.py %v %v", o, name, e, k, want.Exact[name], want.Tok[name])
				}
			}
			m := [4]int{sc.Matched.TP, sc.Matched.Gold, sc.MatchedPred, sc.Matched.Pred}
			if m != want.Ggt || sc.SpeakerOK != want.SpeakerOK || sc.Missing != want.Missing {
				t.Errorf("%+v: matching %v speaker %d missing %d, score.py %v %d %d", o, m, sc.SpeakerOK, sc.Missing, want.Ggt, want.SpeakerOK, want.Missing)
			}
		}
	}
}

// --folds scores each part of a gold file with models trained on the other
// parts: a cue word only the gold file knows is found in documents whose
// models learnt it from the others, and by neither the rules nor the
// embedded models.
func TestEvalFolds(t *testing.T) {
	var g strings.Builder
	speakers := []string{"The minister", "The mayor", "A spokeswoman", "The governor", "The agency", "The council", "A senator", "The ministry"}
	for i, who := range speakers {
		text := fmt.Sprintf("%s blorfed that the road to the village number %d was closed. Traffic was light.", who, i)
		js, _ := json.Marshal(text)
		fmt.Fprintf(&g, `{"doc_id": "d%d", "primary": true, "text": %s, "attributions": [{"cue": [%s], "sources": [%s], "contents": [%s]}]}`+"\n",
			i, js, cp(text, "blorfed"), cp(text, who), cp(text, fmt.Sprintf("that the road to the village number %d was closed", i)))
	}
	path := files(t, "gold.jsonl", g.String())[0]
	cueF := func(out string) string {
		for _, l := range strings.Split(out, "\n") {
			if f := strings.Fields(l); len(f) == 7 && f[0] == "cue" {
				return f[3]
			}
		}
		t.Fatalf("no cue line in %q", out)
		return ""
	}
	code, out, errs := runEval(t, "--gold", path, "--learned")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	if f := cueF(out); f != "0.000" {
		t.Errorf("embedded models: cue F %s, want 0.000 for a word they never saw", f)
	}
	code, out, errs = runEval(t, "--gold", path, "--learned", "--folds", "2")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	if f := cueF(out); f == "0.000" {
		t.Errorf("cross-validated: cue F %s, want the cue learnt from the other part", f)
	}
	if !strings.Contains(errs, "fold 2 of 2") {
		t.Errorf("stderr %q names no folds", errs)
	}
	if code, _, _ := runEval(t, "--gold", path, "--folds", "2"); code != 2 {
		t.Errorf("--folds without --learned: exit %d, want 2", code)
	}
}
