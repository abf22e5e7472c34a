package storage

import (
	"testing"

	"github.com/claimledger/claimledger"
)

func doc(id, text string) Document {
	return NewDocument("t", claimledger.Document{ID: id, Text: text})
}

func TestMakePlan(t *testing.T) {
	a1, a2, a3, b, c := doc("a", "1"), doc("a", "2"), doc("a", "3"), doc("b", "1"), doc("c", "1")
	stored := []Stored{
		{Key: "a", Hash: a1.Hash, ID: 5, Version: 1, First: 5},
		{Key: "a", Hash: a2.Hash, ID: 9, Version: 2, First: 5, Latest: true},
	}
	next := int64(100)
	p, err := MakePlan([]Document{a1, b, a3, b, c, a2}, stored, func() int64 { next++; return next })
	if err != nil {
		t.Fatal(err)
	}
	if p.Result != (PutResult{New: 2, Versions: 1, Unchanged: 3}) {
		t.Errorf("Result = %+v", p.Result)
	}
	want := []Insert{
		{Doc: &b, ID: 101, Version: 1, First: 101, Latest: true},
		{Doc: &a3, ID: 102, Version: 3, First: 5, Latest: true},
		{Doc: &c, ID: 103, Version: 1, First: 103, Latest: true},
	}
	if len(p.Inserts) != len(want) {
		t.Fatalf("Inserts = %+v", p.Inserts)
	}
	for i, in := range p.Inserts {
		w := want[i]
		if in.Doc.Hash != w.Doc.Hash || in.ID != w.ID || in.Version != w.Version || in.First != w.First || in.Latest != w.Latest {
			t.Errorf("insert %d = %+v, want %+v", i, in, w)
		}
	}
	if len(p.Retire) != 1 || p.Retire[0] != 9 {
		t.Errorf("Retire = %v, want [9]", p.Retire)
	}

	// Two versions in one batch: the first is written as not latest.
	next = 0
	p, err = MakePlan([]Document{a1, a2, a3}, nil, func() int64 { next++; return next })
	if err != nil {
		t.Fatal(err)
	}
	if p.Result != (PutResult{New: 1, Versions: 2}) || len(p.Retire) != 0 {
		t.Errorf("Result = %+v, Retire %v", p.Result, p.Retire)
	}
	for i, in := range p.Inserts {
		if in.Version != i+1 || in.First != 1 || in.Latest != (i == 2) {
			t.Errorf("insert %d = %+v", i, in)
		}
	}

	if _, err := MakePlan([]Document{{Ledger: claimledger.Document{ID: "x"}}}, nil, func() int64 { return 1 }); err == nil {
		t.Error("a document without key or hash was accepted")
	}
}

func TestKeys(t *testing.T) {
	got := Keys([]Document{doc("a", "1"), doc("b", "1"), doc("a", "2"), {Key: "k\xff"}})
	if len(got) != 3 || got[0] != "a" || got[1] != "b" || got[2] != "k\uFFFD" {
		t.Errorf("Keys = %q", got)
	}
}
