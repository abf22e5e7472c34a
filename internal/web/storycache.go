package web

import (
	"container/list"
	"context"
	"encoding/json"
	"strconv"
	"sync"

	"github.com/claimledger/claimledger/internal/storage"
	"github.com/claimledger/claimledger/internal/storyline"
	"github.com/claimledger/claimledger/internal/worldmap"
)

// storyData is what the page and the API show of a story, made once from
// its documents: reading a story of a hundred reports together takes far
// longer than serving the result.
type storyData struct {
	gen     int64 // the store's generation it was made at
	rep     storyline.Report
	markers []worldmap.Marker
	json    []byte // rep, encoded for the API
}

// storyCache keeps the stories asked for lately, while the store's
// generation says nothing they were made from has changed.
type storyCache struct {
	mu       sync.Mutex
	max      int   // stories kept at most
	maxBytes int64 // about how much memory they may take
	bytes    int64
	order    *list.List // of *storyData, the latest used first
	at       map[int64]*list.Element
}

func newStoryCache(max int, maxBytes int64) *storyCache {
	return &storyCache{max: max, maxBytes: maxBytes, order: list.New(), at: map[int64]*list.Element{}}
}

// size guesses the memory a story takes: its JSON, and its report
// decoded, about as large again.
func (d *storyData) size() int64 { return 2*int64(len(d.json)) + 1024 }

func (c *storyCache) remove(e *list.Element) {
	c.order.Remove(e)
	c.bytes -= e.Value.(*storyData).size()
}

func (c *storyCache) get(id, gen int64) *storyData {
	c.mu.Lock()
	defer c.mu.Unlock()
	e, ok := c.at[id]
	if !ok {
		return nil
	}
	d := e.Value.(*storyData)
	if d.gen != gen {
		c.remove(e)
		delete(c.at, id)
		return nil
	}
	c.order.MoveToFront(e)
	return d
}

// put keeps d under the ids it was asked by and is known by (a merged
// story's id leads to the story it merged into).
func (c *storyCache) put(ids []int64, d *storyData) {
	c.mu.Lock()
	defer c.mu.Unlock()
	for _, id := range ids {
		if e, ok := c.at[id]; ok {
			c.remove(e)
		}
		c.at[id] = c.order.PushFront(d)
		c.bytes += d.size()
	}
	for c.order.Len() > 1 && (c.order.Len() > c.max || c.bytes > c.maxBytes) {
		e := c.order.Back()
		c.remove(e)
		for id, x := range c.at {
			if x == e {
				delete(c.at, id)
			}
		}
	}
}

// story returns story id as shown, from the cache when nothing changed
// since it was made.
func (s *server) loadStory(ctx context.Context, id int64) (*storyData, bool, error) {
	gen, err := s.st.Generation(ctx)
	if err != nil {
		return nil, false, err
	}
	if d := s.stories.get(id, gen); d != nil {
		return d, true, nil
	}
	rep, docs, ok, err := storyline.Load(ctx, s.st, id)
	if err != nil || !ok {
		return nil, ok, err
	}
	d := &storyData{gen: gen, rep: rep, markers: storyMarkers(docs)}
	if d.json, err = json.Marshal(rep); err != nil {
		return nil, false, err
	}
	s.stories.put([]int64{id, rep.Story.ID}, d)
	return d, true, nil
}

// storyMarkers places a story's places on the map, each weighted by the
// number of its documents that name it.
func storyMarkers(docs []storage.StoryDocument) []worldmap.Marker {
	type placeAt struct {
		lat, lon float64
		docs     int
	}
	places := map[string]*placeAt{}
	var names []string
	for _, d := range docs {
		seen := map[string]bool{}
		for _, p := range d.Ledger.Places {
			if p.Lat == nil || p.Lon == nil || seen[p.Name] {
				continue
			}
			seen[p.Name] = true
			if places[p.Name] == nil {
				places[p.Name] = &placeAt{lat: *p.Lat, lon: *p.Lon}
				names = append(names, p.Name)
			}
			places[p.Name].docs++
		}
	}
	var markers []worldmap.Marker
	for _, n := range names {
		p := places[n]
		label := n + " (" + strconv.Itoa(p.docs) + " documents)"
		if p.docs == 1 {
			label = n + " (1 document)"
		}
		markers = append(markers, worldmap.Marker{Lat: p.lat, Lon: p.lon, Label: label, Weight: p.docs})
	}
	return markers
}
