package storagetest

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"
	"testing"

	"github.com/claimledger/claimledger/internal/storage"
)

func keys(docs []storage.StoryDocument) string {
	var k []string
	for _, d := range docs {
		k = append(k, fmt.Sprintf("%s@%d", d.Link.Key, d.Link.Story))
	}
	return strings.Join(k, " ")
}

func testStories(t *testing.T, st storage.Store) {
	ctx := context.Background()
	docs := Fixture()
	put(t, st, docs...)
	var unlinked []string
	if err := st.Unlinked(ctx, func(d storage.StoryDocument) error {
		unlinked = append(unlinked, d.Link.Key)
		if d.Ledger.Text == "" || d.Link.Story != 0 {
			t.Errorf("unlinked document %s: %+v", d.Link.Key, d.Link)
		}
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	if len(unlinked) != 3 {
		t.Fatalf("unlinked %v, want the 3 stored", unlinked)
	}
	gen := func() int64 {
		t.Helper()
		g, err := st.Generation(ctx)
		if err != nil {
			t.Fatal(err)
		}
		return g
	}
	g0 := gen()
	if again := gen(); again != g0 {
		t.Errorf("Generation moved from %d to %d with nothing stored", g0, again)
	}
	why := json.RawMessage(`{"reason":"shares Bakhmut"}`)
	links := []storage.StoryLink{{Key: docs[0].Key, Story: 1}, {Key: docs[1].Key, Story: 2}, {Key: docs[2].Key, Story: 1, CopyOf: docs[0].Key, Why: why}}
	sums := []storage.StorySummary{
		{ID: 1, Title: "Raid on Belgorod", First: "2023-05-24", Last: "2023-05-25", Places: []string{"Belgorod"}, Actors: []string{"Russia", "Ukraine"}, Documents: 2},
		{ID: 2, Title: "Strikes on Bakhmut", First: "2023-05-20", Last: "2023-05-20", Places: []string{"Bakhmut"}, Documents: 1},
	}
	if err := st.SaveStories(ctx, links, sums); err != nil {
		t.Fatal(err)
	}
	if id, err := st.StoryOf(ctx, docs[1].Key); err != nil || id != 2 {
		t.Errorf("StoryOf(%s) = %d, %v; want 2", docs[1].Key, id, err)
	}
	g1 := gen()
	if g1 <= g0 {
		t.Errorf("Generation %d after linking, %d before: want it to grow", g1, g0)
	}
	linked, err := st.LinkedKeys(ctx, []string{docs[0].Key, "nowhere", docs[2].Key})
	if err != nil || len(linked) != 2 || !linked[docs[0].Key] || !linked[docs[2].Key] {
		t.Errorf("LinkedKeys = %v, %v", linked, err)
	}
	unlinked = nil
	st.Unlinked(ctx, func(d storage.StoryDocument) error { unlinked = append(unlinked, d.Link.Key); return nil })
	if len(unlinked) != 0 {
		t.Errorf("still unlinked: %v", unlinked)
	}
	list, err := st.StoryList(ctx, 0)
	if err != nil {
		t.Fatal(err)
	}
	if len(list) != 2 || list[0].ID != 1 || list[1].ID != 2 || list[0].Places[0] != "Belgorod" || list[1].Actors == nil {
		t.Fatalf("stories %+v: want 1 (latest) then 2, lists never nil", list)
	}
	s, sd, ok, err := st.Story(ctx, 1)
	if err != nil || !ok {
		t.Fatal(ok, err)
	}
	if s.Title != "Raid on Belgorod" || keys(sd) != docs[0].Key+"@1 "+docs[2].Key+"@1" {
		t.Fatalf("story 1: %+v, documents %s", s, keys(sd))
	}
	if sd[1].Link.CopyOf != docs[0].Key || string(sd[1].Link.Why) != string(why) || sd[1].Ledger.ID != docs[2].Ledger.ID ||
		len(sd[0].Ledger.Claims) != len(docs[0].Ledger.Claims) || sd[0].Link.Seq >= sd[1].Link.Seq {
		t.Errorf("story documents %+v", sd)
	}
	if _, _, ok, _ := st.Story(ctx, 99); ok {
		t.Error("story 99 found")
	}

	// history: appended once, never twice
	recs := []storage.StatusRecord{
		{Story: 1, Group: docs[0].Key + "#c1", Status: "unverified", Doc: docs[0].Key, Reason: "first said"},
		{Story: 2, Group: docs[1].Key + "#c1", Status: "unverified", Doc: docs[1].Key, Reason: "first said"},
	}
	if n, err := st.AppendStatus(ctx, recs); err != nil || n != 2 {
		t.Fatalf("AppendStatus: %d, %v", n, err)
	}
	recs = append(recs, storage.StatusRecord{Story: 1, Group: docs[0].Key + "#c1", Status: "disputed", Doc: docs[2].Key, Reason: "denied"})
	if n, err := st.AppendStatus(ctx, recs); err != nil || n != 1 {
		t.Fatalf("AppendStatus again: %d added, %v; want only the new record", n, err)
	}
	if g2 := gen(); g2 <= g1 {
		t.Errorf("Generation %d after appending statuses, %d before: want it to grow", g2, g1)
	}

	// a merge moves documents and history to the surviving story
	sums = []storage.StorySummary{{ID: 2, Title: "Strikes on Bakhmut", First: "2023-05-20", Last: "2023-05-20", Documents: 1, MergedInto: 1},
		{ID: 1, Title: "Raid on Belgorod", First: "2023-05-20", Last: "2023-05-25", Documents: 3}}
	if err := st.SaveStories(ctx, nil, sums); err != nil {
		t.Fatal(err)
	}
	if list, _ := st.StoryList(ctx, 0); len(list) != 1 || list[0].ID != 1 || list[0].Documents != 3 {
		t.Errorf("after the merge: %+v", list)
	}
	for _, d := range docs {
		if id, err := st.StoryOf(ctx, d.Key); err != nil || id != 1 {
			t.Errorf("StoryOf(%s) after the merge = %d, %v; want 1", d.Key, id, err)
		}
	}
	if id, err := st.StoryOf(ctx, "nowhere"); err != nil || id != 0 {
		t.Errorf("StoryOf(nowhere) = %d, %v; want 0", id, err)
	}
	s, sd, ok, _ = st.Story(ctx, 2)
	if !ok || s.ID != 1 || len(sd) != 3 {
		t.Errorf("story 2 after the merge gives %+v with %d documents, want story 1 with 3", s, len(sd))
	}
	// a caller that knows only recent documents narrows nothing
	if err := st.SaveStories(ctx, nil, []storage.StorySummary{{ID: 1, Title: "Raid", First: "2023-05-22", Last: "2023-05-23", Documents: 1}}); err != nil {
		t.Fatal(err)
	}
	if list, _ := st.StoryList(ctx, 0); len(list) != 1 || list[0].First != "2023-05-20" || list[0].Last != "2023-05-25" || list[0].Documents != 3 || list[0].Title != "Raid" {
		t.Errorf("story narrowed to %+v", list)
	}
	if n, err := st.NextStoryID(ctx); err != nil || n != 3 {
		t.Errorf("NextStoryID = %d, %v; want 3 (merged stories count)", n, err)
	}
	hist, err := st.StatusHistory(ctx, 1)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, h := range hist {
		got = append(got, h.Status+"@"+h.Doc)
		if h.At == "" {
			t.Errorf("record %+v has no time", h)
		}
	}
	want := []string{"unverified@" + docs[0].Key, "unverified@" + docs[1].Key, "disputed@" + docs[2].Key}
	if strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("history %v, want %v", got, want)
	}

	var since []string
	if err := st.LinkedSince(ctx, "2023-05-24", func(d storage.StoryDocument) error {
		since = append(since, d.Ledger.Published)
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	for _, p := range since {
		if p != "" && p < "2023-05-24" {
			t.Errorf("LinkedSince gave a document of %s", p)
		}
	}
	if len(since) == 0 {
		t.Error("LinkedSince gave nothing")
	}
}
