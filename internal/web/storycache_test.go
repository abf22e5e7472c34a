package web

import (
	"strings"
	"testing"
)

func TestStoryCacheKeepsWithinBounds(t *testing.T) {
	c := newStoryCache(3, 10_000)
	story := func(n int) *storyData { return &storyData{gen: 1, json: []byte(strings.Repeat("x", n))} }
	for id := int64(1); id <= 5; id++ {
		c.put([]int64{id}, story(100))
	}
	if c.order.Len() != 3 || c.get(1, 1) != nil || c.get(2, 1) != nil || c.get(5, 1) == nil {
		t.Errorf("after 5 stories in a cache of 3: %d kept, the oldest not the ones gone", c.order.Len())
	}
	if c.get(5, 2) != nil || c.get(5, 1) != nil {
		t.Error("a story made at another generation was given")
	}
	c.put([]int64{10}, story(4000)) // about 9 KB
	c.put([]int64{11}, story(4000))
	if c.bytes > c.maxBytes || c.get(11, 1) == nil || c.get(10, 1) != nil {
		t.Errorf("%d bytes kept of %d allowed", c.bytes, c.maxBytes)
	}
	c.put([]int64{12}, story(100_000)) // alone over the bound: kept, alone
	if c.order.Len() != 1 || c.get(12, 1) == nil {
		t.Errorf("a story over the bound: %d kept", c.order.Len())
	}
	// a merged story's old id leads to the same report
	d := story(10)
	c.put([]int64{20, 21}, d)
	if c.get(20, 1) != d || c.get(21, 1) != d {
		t.Error("a merged story's ids do not both lead to its report")
	}
}
