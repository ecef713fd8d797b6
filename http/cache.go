package http

import (
	"bytes"
	"fmt"
	"hash/fnv"
	"net/http"
	"sync"
)

// respCache keeps rendered GET responses keyed by URL and by the store's
// generation, which every write bumps (in any process). A hit costs one
// tiny query; any write makes every entry stale, so a page is never older
// than the data. Eviction is by total size, oldest first.
type respCache struct {
	mu    sync.Mutex
	max   int64
	size  int64
	items map[string]*cacheEntry
	order []string // insertion order, for eviction
}

type cacheEntry struct {
	gen   int64
	ctype string
	body  []byte
}

func newRespCache(maxBytes int64) *respCache {
	if maxBytes <= 0 {
		return nil
	}
	return &respCache{max: maxBytes, items: map[string]*cacheEntry{}}
}

func (c *respCache) get(key string, gen int64) *cacheEntry {
	c.mu.Lock()
	defer c.mu.Unlock()
	if e := c.items[key]; e != nil && e.gen == gen {
		return e
	}
	return nil
}

func (c *respCache) put(key string, e *cacheEntry) {
	n := int64(len(e.body) + len(key))
	if n > c.max/8 {
		return
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if old := c.items[key]; old != nil {
		c.size -= int64(len(old.body) + len(key))
	} else {
		c.order = append(c.order, key)
	}
	c.items[key] = e
	c.size += n
	for c.size > c.max && len(c.order) > 0 {
		k := c.order[0]
		c.order = c.order[1:]
		if old := c.items[k]; old != nil {
			c.size -= int64(len(old.body) + len(k))
			delete(c.items, k)
		}
	}
}

// bufferWriter captures a handler's response so it can be cached.
type bufferWriter struct {
	h      http.Header
	status int
	buf    bytes.Buffer
}

func (w *bufferWriter) Header() http.Header { return w.h }
func (w *bufferWriter) WriteHeader(code int) {
	if w.status == 0 {
		w.status = code
	}
}
func (w *bufferWriter) Write(b []byte) (int, error) {
	if w.status == 0 {
		w.status = http.StatusOK
	}
	return w.buf.Write(b)
}

// cached serves h's successful responses from the cache while the store is
// unchanged, and answers If-None-Match with 304.
func (s *Server) cached(h http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		gen, err := s.db.Generation(r.Context())
		if err != nil {
			h(w, r)
			return
		}
		key := r.URL.RequestURI()
		hash := fnv.New64a()
		hash.Write([]byte(key))
		etag := fmt.Sprintf(`"g%d-%x"`, gen, hash.Sum64())
		if r.Header.Get("If-None-Match") == etag {
			w.Header().Set("ETag", etag)
			w.WriteHeader(http.StatusNotModified)
			return
		}
		if s.cache != nil {
			if e := s.cache.get(key, gen); e != nil {
				s.metrics.cacheHits.Add(1)
				w.Header().Set("Content-Type", e.ctype)
				w.Header().Set("Cache-Control", "no-cache")
				w.Header().Set("ETag", etag)
				w.Write(e.body)
				return
			}
			s.metrics.cacheMisses.Add(1)
		}
		bw := &bufferWriter{h: http.Header{}}
		h(bw, r)
		for k, v := range bw.h {
			w.Header()[k] = v
		}
		if bw.status == http.StatusOK {
			w.Header().Set("ETag", etag)
			w.Header().Set("Cache-Control", "no-cache")
			if s.cache != nil {
				s.cache.put(key, &cacheEntry{gen: gen, ctype: bw.h.Get("Content-Type"), body: bytes.Clone(bw.buf.Bytes())})
			}
		}
		w.WriteHeader(bw.status)
		w.Write(bw.buf.Bytes())
	}
}
