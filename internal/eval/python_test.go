package eval

import (
	"bytes"
	"encoding/json"
	"os/exec"
	"testing"
)

// pythonClasses asks Python's re and str for its word characters, its
// white space and its verdict on the speech cases, with the SPEECH pattern
// of the scorer written out here.
const pythonClasses = `
import json, re, sys
SPEECH = re.compile(r"\b(said|says|say|saying|told|tell|tells|according to|claim\w*|den(y|ies|ied)|accus\w*|"
                    r"add(ed|s)?|stat(ed|es)|announc\w*|report\w*|declar\w*|insist\w*|contend\w*|warn\w*|"
                    r"assert\w*|argu\w*|wrote|writes|tweet\w*|explain\w*|acknowledg\w*|admit\w*|allege\w*)\b", re.I)
cues = json.load(sys.stdin)
allc = ''.join(chr(c) for c in range(0x110000) if not 0xd800 <= c < 0xe000)
word = [m.start() for m in re.finditer(r'\w', allc)]
word = [c + 0x800 if c >= 0xd800 else c for c in word]
space = [ord(c) for c in allc if c.isspace()]
json.dump({"word": word, "space": space, "speech": {c: bool(SPEECH.search(c)) for c in cues}}, sys.stdout)
`

// TestPythonClasses checks the character classes against the Python that
// runs the scorer, when there is one.
func TestPythonClasses(t *testing.T) {
	py, err := exec.LookPath("python3")
	if err != nil {
		t.Skip("python3 not found: character classes not checked against Python")
	}
	var cues []string
	for c := range speechCases {
		cues = append(cues, c)
	}
	// every character on either side of a cue word, to catch case folding
	for r := rune(0x80); r < 0x3000; r++ {
		cues = append(cues, "sa"+string(r)+"d", string(r)+"aid", "tel"+string(r), "said"+string(r))
	}
	in, _ := json.Marshal(cues)
	cmd := exec.Command(py, "-c", pythonClasses)
	cmd.Stdin = bytes.NewReader(in)
	out, err := cmd.Output()
	if err != nil {
		t.Skipf("python3 failed: %v", err)
	}
	var got struct {
		Word, Space []rune
		Speech      map[string]bool
	}
	if err := json.Unmarshal(out, &got); err != nil {
		t.Fatal(err)
	}
	check := func(name string, list []rune, is func(rune) bool) {
		in := map[rune]bool{}
		for _, r := range list {
			in[r] = true
		}
		bad := 0
		for r := rune(0); r < 0x110000; r++ {
			if (r < 0xd800 || r >= 0xe000) && is(r) != in[r] && bad < 10 {
				bad++
				t.Errorf("%s(%U) = %v, Python says %v", name, r, is(r), in[r])
			}
		}
	}
	check("isWord", got.Word, isWord)
	check("isSpace", got.Space, isSpace)
	bad := 0
	for c, want := range got.Speech {
		if Speech(c) != want && bad < 10 {
			bad++
			t.Errorf("Speech(%q) = %v, Python says %v", c, !want, want)
		}
	}
	if len(got.Speech) < len(speechCases) {
		t.Errorf("Python judged %d cues, want at least %d", len(got.Speech), len(speechCases))
	}
}
