package web

import (
	"context"
	"fmt"
	"sync"

	"github.com/claimledger/claimledger/internal/storage"
)

// countCache keeps the lists of sources and places, which count every
// claim of the store (seconds with a million claims), until the store's
// generation says something was stored.
type countCache struct {
	mu    sync.Mutex
	gen   int64
	lists map[string]any
}

// cached returns what make gives for key, made once per generation of
// the store.
func cached[T any](ctx context.Context, s *server, key string, make func() (T, error)) (T, error) {
	var zero T
	gen, err := s.st.Generation(ctx)
	if err != nil {
		return zero, err
	}
	c := &s.counts
	c.mu.Lock()
	if c.gen == gen {
		if v, ok := c.lists[key]; ok {
			c.mu.Unlock()
			return v.(T), nil
		}
	}
	c.mu.Unlock()
	v, err := make()
	if err != nil {
		return zero, err
	}
	c.mu.Lock()
	if c.gen != gen {
		c.gen, c.lists = gen, map[string]any{}
	}
	c.lists[key] = v
	c.mu.Unlock()
	return v, nil
}

func (s *server) sourceCounts(ctx context.Context, entities bool, limit int) ([]storage.SourceCount, error) {
	return cached(ctx, s, fmt.Sprintf("sources %v %d", entities, limit), func() ([]storage.SourceCount, error) {
		return s.st.Sources(ctx, entities, limit)
	})
}

func (s *server) placeCounts(ctx context.Context, limit int) ([]storage.PlaceCount, error) {
	return cached(ctx, s, fmt.Sprintf("places %d", limit), func() ([]storage.PlaceCount, error) {
		return s.st.Places(ctx, limit)
	})
}
