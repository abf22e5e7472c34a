package tagger

import (
	"bytes"
	"slices"
	"testing"
)

func accuracy(m *Model, data []Sequence) (tokens, person float64) {
	var right, all, pRight, pAll int
	for _, s := range data {
		got := m.Predict(s.Features)
		for i, g := range got {
			all++
			if g == s.Labels[i] {
				right++
			}
			if s.Labels[i] != "O" {
				pAll++
				if g == s.Labels[i] {
					pRight++
				}
			}
		}
	}
	return float64(right) / float64(all), float64(pRight) / float64(pAll)
}

func TestLearnsToyGrammarOnUnseenNames(t *testing.T) {
	train := newToyCorpus(1, 100, 300).sequences(2000)
	test := newToyCorpus(2, 200, 300).sequences(500) // other names
	epochs := 0
	m := mustTrain(t, train, Options{Epochs: 8, Average: true, Allowed: BIO,
		Progress: func(e, errs int) { epochs = e }})
	if epochs != 8 {
		t.Errorf("progress saw %d epochs, want 8", epochs)
	}
	tok, spans := accuracy(m, test)
	t.Logf("held-out token accuracy %.4f, on labelled tokens %.4f, %d features", tok, spans, m.Features())
	if tok < 0.99 || spans < 0.97 {
		t.Errorf("held-out accuracy %.4f (labelled tokens %.4f), want ≥ 0.99 (0.97)", tok, spans)
	}
}

func TestAveragingDoesNotHurt(t *testing.T) {
	train := newToyCorpus(3, 100, 300).sequences(1000)
	test := newToyCorpus(4, 200, 300).sequences(300)
	_, last := accuracy(mustTrain(t, train, Options{Epochs: 5}), test)
	_, avg := accuracy(mustTrain(t, train, Options{Epochs: 5, Average: true}), test)
	t.Logf("labelled-token accuracy: last weights %.4f, averaged %.4f", last, avg)
	if avg+0.01 < last {
		t.Errorf("averaged %.4f much worse than last weights %.4f", avg, last)
	}
}

func TestSameSeedSameBytes(t *testing.T) {
	data := newToyCorpus(5, 100, 200).sequences(400)
	opts := Options{Epochs: 3, Seed: 42, Average: true, Allowed: BIO}
	a := mustMarshal(t, mustTrain(t, data, opts))
	b := mustMarshal(t, mustTrain(t, data, opts))
	if !bytes.Equal(a, b) {
		t.Fatal("two trainings with one seed serialise differently")
	}
	opts.Seed = 43
	c := mustMarshal(t, mustTrain(t, data, opts))
	t.Logf("model %d bytes; other seed gives identical bytes: %v", len(a), bytes.Equal(a, c))
}

func TestHashedFeaturesTrainAlike(t *testing.T) {
	data := newToyCorpus(6, 100, 200).sequences(300)
	hashed := make([]Sequence, len(data))
	for i, s := range data {
		hs := make([][]uint64, len(s.Features))
		for j, fs := range s.Features {
			for _, f := range fs {
				hs[j] = append(hs[j], Hash(f))
			}
		}
		hashed[i] = Sequence{Hashes: hs, Labels: s.Labels}
	}
	opts := Options{Epochs: 2, Average: true}
	if !bytes.Equal(mustMarshal(t, mustTrain(t, data, opts)), mustMarshal(t, mustTrain(t, hashed, opts))) {
		t.Error("training on hashes differs from training on the same features as strings")
	}
}

func TestRoundTrip(t *testing.T) {
	data := newToyCorpus(7, 100, 200).sequences(500)
	m := mustTrain(t, data, Options{Epochs: 3, Average: true, Allowed: BIO})
	b := mustMarshal(t, m)
	back, err := Load(b)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(b, mustMarshal(t, back)) {
		t.Error("a loaded model serialises differently")
	}
	if back.Features() != m.Features() || !slices.Equal(back.Labels(), m.Labels()) {
		t.Errorf("loaded %d features %v, want %d %v", back.Features(), back.Labels(), m.Features(), m.Labels())
	}
	for _, s := range newToyCorpus(8, 200, 200).sequences(200) {
		if a, b := m.Predict(s.Features), back.Predict(s.Features); !slices.Equal(a, b) {
			t.Fatalf("loaded model tags %v, trained one %v", b, a)
		}
	}
}

func TestMinFeatureCountPrunes(t *testing.T) {
	data := newToyCorpus(9, 100, 2000).sequences(500)
	all := mustTrain(t, data, Options{Epochs: 2})
	pruned := mustTrain(t, data, Options{Epochs: 2, MinFeatureCount: 5})
	if pruned.Features() >= all.Features() || pruned.Features() == 0 {
		t.Errorf("pruning kept %d of %d features", pruned.Features(), all.Features())
	}
}

func TestTrainRejectsBadInput(t *testing.T) {
	good := Sequence{Features: [][]string{{"a"}}, Labels: []string{"O"}}
	for name, c := range map[string]struct {
		data   []Sequence
		labels []string
	}{
		"no labels":      {[]Sequence{good}, nil},
		"empty label":    {[]Sequence{good}, []string{"O", ""}},
		"repeated label": {[]Sequence{good}, []string{"O", "O"}},
		"unknown label":  {[]Sequence{{Features: [][]string{{"a"}}, Labels: []string{"X"}}}, []string{"O"}},
		"length":         {[]Sequence{{Features: [][]string{{"a"}, {"b"}}, Labels: []string{"O"}}}, []string{"O"}},
	} {
		if _, err := Train(c.data, c.labels, Options{}); err == nil {
			t.Errorf("%s: no error", name)
		}
	}
	m, err := Train(nil, []string{"O"}, Options{})
	if err != nil || len(m.Predict([][]string{{"x"}})) != 1 || len(m.Predict(nil)) != 0 {
		t.Errorf("training on nothing: %v", err)
	}
}

func TestHashExtends(t *testing.T) {
	if Hash("w=said") != Extend(Hash("w="), "said") ||
		Hash("ab") != ExtendByte(Hash("a"), 'b') ||
		Hash("abc") != ExtendBytes(Hash("a"), []byte("bc")) {
		t.Error("extending a hash differs from hashing the joined string")
	}
	if Hash("") != 14695981039346656037 || Hash("a") != 0xaf63dc4c8601ec8c {
		t.Error("Hash is not 64-bit FNV-1a")
	}
}

func TestPredictorReuse(t *testing.T) {
	data := newToyCorpus(10, 100, 200).sequences(300)
	m := mustTrain(t, data, Options{Epochs: 3, Average: true})
	p := m.NewPredictor()
	p.AddString("ignored before any token")
	for _, s := range data[:50] {
		for _, fs := range s.Features {
			p.Next()
			for _, f := range fs {
				p.AddString(f)
			}
		}
		ids := p.Decode()
		want := m.Predict(s.Features)
		for i, id := range ids {
			if m.Label(id) != want[i] {
				t.Fatalf("reused predictor gives %q at %d, fresh one %q", m.Label(id), i, want[i])
			}
		}
	}
	if len(p.Decode()) != 0 {
		t.Error("Decode after Decode returned tokens")
	}
	if m.Label(-1) != "" || m.Label(len(toyLabels)) != "" {
		t.Error("Label out of range not empty")
	}
}
