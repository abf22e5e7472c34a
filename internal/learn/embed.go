package learn

import (
	"embed"
	"sort"
	"strings"
	"sync"

	"github.com/claimledger/claimledger/internal/tagger"
)

// The trained models, written by `claimledger train`. The folder always
// holds its README, so the program builds before any model is trained.
//
//go:embed data
var embedded embed.FS

// Files the models are kept in.
const (
	CueFile   = "cue.model"
	ArgFile   = "arg.model"
	WordsFile = "cue.words"
)

var (
	once   sync.Once
	models *Models
)

// Default returns the embedded models, or nil when none were trained into
// this build (or they are damaged): the rules then work alone.
func Default() *Models {
	once.Do(func() {
		c, err1 := embedded.ReadFile("data/" + CueFile)
		a, err2 := embedded.ReadFile("data/" + ArgFile)
		w, err3 := embedded.ReadFile("data/" + WordsFile)
		if err1 != nil || err2 != nil || err3 != nil {
			return
		}
		m, err := Load(c, a, w)
		if err == nil {
			models = m
		}
	})
	return models
}

// Load reads models written by Models.Marshal.
func Load(cue, arg, words []byte) (*Models, error) {
	c, err := tagger.Load(cue)
	if err != nil {
		return nil, err
	}
	a, err := tagger.Load(arg)
	if err != nil {
		return nil, err
	}
	m := &Models{Cue: c, Arg: a, Words: map[string]bool{}}
	for _, w := range strings.Split(string(words), "\n") {
		if w != "" {
			m.Words[w] = true
		}
	}
	return m, nil
}

// Marshal serialises the models and the word list.
func (m *Models) Marshal() (cue, arg, words []byte, err error) {
	if cue, err = m.Cue.MarshalBinary(); err != nil {
		return nil, nil, nil, err
	}
	if arg, err = m.Arg.MarshalBinary(); err != nil {
		return nil, nil, nil, err
	}
	list := make([]string, 0, len(m.Words))
	for w := range m.Words {
		list = append(list, w)
	}
	sort.Strings(list)
	return cue, arg, []byte(strings.Join(list, "\n") + "\n"), nil
}
