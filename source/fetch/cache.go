package fetch

import (
	"bufio"
	"compress/zlib"
	"io"
	"sync"
	"time"
)

// CacheEntry is what conditional GET needs to revalidate a URL.
type CacheEntry struct {
	URL          string // final URL
	ETag         string
	LastModified string
	ContentType  string
	Body         []byte
	Stored       time.Time
}

// Cache stores validated bodies by request URL. The store can back it
// later; MemoryCache serves a single run.
type Cache interface {
	Get(url string) (*CacheEntry, bool)
	Put(url string, e *CacheEntry)
}

// MemoryCache is a Cache in memory, bounded in bytes, evicting the oldest
// entries first.
type MemoryCache struct {
	mu      sync.Mutex
	max, n  int64
	entries map[string]*CacheEntry
	order   []string
}

// NewMemoryCache returns a cache holding up to maxBytes of bodies
// (<= 0: 64 MB).
func NewMemoryCache(maxBytes int64) *MemoryCache {
	if maxBytes <= 0 {
		maxBytes = 64 << 20
	}
	return &MemoryCache{max: maxBytes, entries: map[string]*CacheEntry{}}
}

func (c *MemoryCache) Get(url string) (*CacheEntry, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	e, ok := c.entries[url]
	return e, ok
}

func (c *MemoryCache) Put(url string, e *CacheEntry) {
	size := int64(len(e.Body))
	if size > c.max {
		return
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if old, ok := c.entries[url]; ok {
		c.n -= int64(len(old.Body))
	} else {
		c.order = append(c.order, url)
	}
	c.entries[url] = e
	c.n += size
	for c.n > c.max && len(c.order) > 0 {
		victim := c.order[0]
		c.order = c.order[1:]
		if old, ok := c.entries[victim]; ok {
			c.n -= int64(len(old.Body))
			delete(c.entries, victim)
		}
	}
}

type peekReader struct{ *bufio.Reader }

func newPeekReader(r io.Reader) peekReader { return peekReader{bufio.NewReader(r)} }

func (p peekReader) peek(n int) []byte {
	b, _ := p.Peek(n)
	return b
}

func zlibReader(r io.Reader) (io.ReadCloser, error) { return zlib.NewReader(r) }
