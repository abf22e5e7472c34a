package stories

import (
	"maps"
	"slices"
	"strings"
	"time"
)

// story is a story as the linker keeps it: small, and kept after its
// documents leave the window.
type story struct {
	id          int64
	first, last time.Time
	docs        []member
	copies      map[string]string
	places      counts
	actors      counts
	live        int     // its documents still indexed
	merged      []int64 // the stories merged into it
}

// member is one document of a story: enough to list it and to pick the
// story's title.
type member struct {
	seq   int
	id    string
	title string
	keys  []string // lower-cased places and actors, for centrality
	copy  bool
}

// counts tallies how many reports (copies aside) name a place or actor.
type counts map[string]*count

type count struct {
	name  string
	n     int
	first int // arrival of the first naming it: report, then place in its list
}

func (c counts) add(key, name string, seq int) {
	if e, ok := c[key]; ok {
		e.n++
		return
	}
	c[key] = &count{name, 1, seq}
}

// ranked lists names most reported first, earliest first on a tie.
func (c counts) ranked() []string {
	es := slices.Collect(maps.Values(c))
	slices.SortFunc(es, func(a, b *count) int {
		if a.n != b.n {
			return b.n - a.n
		}
		return a.first - b.first
	})
	out := make([]string, len(es))
	for i, e := range es {
		out[i] = e.name
	}
	return out
}

// Add records that d belongs to story, as decided earlier (when rebuilding
// from a store), without scoring. copyOf is the original when d is a copy.
// Replaying the stored decisions in arrival order, with Merge where a Link
// merged stories, leaves the linker as an uninterrupted run would.
func (l *Linker) Add(story int64, d Doc, copyOf string) {
	x := Prepare(d).x
	l.rank(x)
	l.advance(x)
	x.copyOf = copyOf
	story = l.find(story)
	if story >= l.next {
		l.next = story + 1
	}
	l.record(story, x, d)
}

// Merge moves the stories from into the story into, as a Link that bridges
// them does; ids not known are ignored.
func (l *Linker) Merge(into int64, from ...int64) {
	into = l.find(into)
	dst := l.stories[into]
	if dst == nil {
		return
	}
	for _, f := range from {
		f = l.find(f)
		src := l.stories[f]
		if f == into || src == nil {
			continue
		}
		dst.docs = append(dst.docs, src.docs...)
		slices.SortFunc(dst.docs, func(a, b member) int { return a.seq - b.seq })
		maps.Copy(dst.copies, src.copies)
		for k, c := range src.places {
			dst.places.merge(k, c)
		}
		for k, c := range src.actors {
			dst.actors.merge(k, c)
		}
		dst.first, dst.last = span(dst.first, dst.last, src.first, src.last)
		dst.live += src.live
		dst.merged = append(append(dst.merged, f), src.merged...)
		delete(l.stories, f)
		l.redirect[f] = into
	}
}

func (c counts) merge(key string, o *count) {
	e, ok := c[key]
	if !ok {
		c[key] = &count{o.name, o.n, o.first}
		return
	}
	e.n += o.n
	if o.first < e.first {
		e.name, e.first = o.name, o.first
	}
}

func span(f1, l1, f2, l2 time.Time) (time.Time, time.Time) {
	if f1.IsZero() || !f2.IsZero() && f2.Before(f1) {
		f1 = f2
	}
	if l2.After(l1) {
		l1 = l2
	}
	return f1, l1
}

// find follows merges to the story an id now stands for.
func (l *Linker) find(id int64) int64 {
	root := id
	for {
		to, ok := l.redirect[root]
		if !ok {
			break
		}
		root = to
	}
	for id != root {
		next := l.redirect[id]
		l.redirect[id] = root
		id = next
	}
	return root
}

// record files a decided document under its story and indexes it.
func (l *Linker) record(id int64, x *doc, d Doc) {
	s := l.stories[id]
	if s == nil {
		s = &story{id: id, copies: map[string]string{}, places: counts{}, actors: counts{}}
		l.stories[id] = s
	}
	x.story = id
	l.index(x)
	m := member{seq: x.seq, id: d.ID, title: strings.TrimSpace(d.Title), copy: x.copyOf != ""}
	if m.copy {
		s.copies[d.ID] = x.copyOf
	} else {
		seen := map[string]bool{}
		at := x.seq << 16
		for _, p := range d.Places {
			if k := strings.ToLower(strings.TrimSpace(p)); k != "" && !seen["p"+k] {
				seen["p"+k] = true
				s.places.add(k, strings.TrimSpace(p), at+len(m.keys))
				m.keys = append(m.keys, "p"+k)
			}
		}
		for _, e := range d.Entities {
			if k := strings.ToLower(strings.TrimSpace(e.Name)); k != "" && !seen["e"+k] {
				seen["e"+k] = true
				s.actors.add(k, strings.TrimSpace(e.Name), at+len(m.keys))
				m.keys = append(m.keys, "e"+k)
			}
		}
	}
	s.docs = append(s.docs, m)
	s.first, s.last = span(s.first, s.last, d.Published, d.Published)
}

// daysFromStory counts days from x to the nearest of the story's dates.
func (l *Linker) daysFromStory(id int64, x *doc) int {
	s := l.stories[id]
	if s == nil || x.date.IsZero() || s.first.IsZero() {
		return -1
	}
	switch {
	case x.date.Before(s.first):
		return calendarDays(x.date, s.first)
	case x.date.After(s.last):
		return calendarDays(x.date, s.last)
	}
	return 0
}

// Story returns a story by id; the id of a story merged into another gives
// that other story.
func (l *Linker) Story(id int64) (Story, bool) {
	s := l.stories[l.find(id)]
	if s == nil {
		return Story{}, false
	}
	return s.export(), true
}

// Stories lists every story by first date, undated ones last, then by id.
func (l *Linker) Stories() []Story {
	out := make([]Story, 0, len(l.stories))
	for _, s := range l.stories {
		out = append(out, s.export())
	}
	slices.SortFunc(out, func(a, b Story) int {
		switch {
		case a.First.IsZero() != b.First.IsZero():
			if a.First.IsZero() {
				return 1
			}
			return -1
		case !a.First.Equal(b.First):
			return a.First.Compare(b.First)
		}
		return int(a.ID - b.ID)
	})
	return out
}

func (s *story) export() Story {
	out := Story{
		ID: s.id, First: s.first, Last: s.last,
		Places: s.places.ranked(), Actors: s.actors.ranked(),
		Copies: maps.Clone(s.copies),
	}
	best := -1
	for _, m := range s.docs {
		out.Docs = append(out.Docs, m.id)
		if m.copy || m.title == "" {
			continue
		}
		// The most central report names the places and actors most
		// reports name; the first such report on a tie.
		c := 0
		for _, k := range m.keys {
			if k[0] == 'p' {
				c += s.places[k[1:]].n
			} else {
				c += s.actors[k[1:]].n
			}
		}
		if c > best {
			best, out.Title = c, m.title
		}
	}
	return out
}
