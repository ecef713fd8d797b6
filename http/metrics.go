package http

import (
	"fmt"
	"net/http"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"time"
)

// metrics is a hand-written Prometheus text exposition: a request counter
// and a latency histogram per route, plus a few gauges. It avoids pulling
// the client library in for six series.
type metrics struct {
	mu       sync.Mutex
	requests map[reqKey]uint64
	hist     map[string]*histogram

	ingests        atomic.Uint64
	ingestFailures atomic.Uint64
	ingested       atomic.Uint64
	sseClients     atomic.Int64
	cacheHits      atomic.Uint64
	cacheMisses    atomic.Uint64
}

type reqKey struct {
	route  string
	status int
}

var buckets = []float64{0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10}

type histogram struct {
	counts []uint64 // per bucket, not cumulative
	sum    float64
	n      uint64
}

func newMetrics() *metrics {
	return &metrics{requests: map[reqKey]uint64{}, hist: map[string]*histogram{}}
}

func (m *metrics) observe(route string, status int, d time.Duration) {
	if route == "GET /api/v1/events" {
		return // a stream's duration is not a latency
	}
	sec := d.Seconds()
	m.mu.Lock()
	defer m.mu.Unlock()
	m.requests[reqKey{route, status}]++
	h := m.hist[route]
	if h == nil {
		h = &histogram{counts: make([]uint64, len(buckets))}
		m.hist[route] = h
	}
	for i, b := range buckets {
		if sec <= b {
			h.counts[i]++
			break
		}
	}
	h.sum += sec
	h.n++
}

func escapeLabel(s string) string {
	return strings.NewReplacer(`\`, `\\`, `"`, `\"`, "\n", `\n`).Replace(s)
}

func (s *Server) serveMetrics(w http.ResponseWriter, r *http.Request) {
	m := s.metrics
	var b strings.Builder
	m.mu.Lock()
	keys := make([]reqKey, 0, len(m.requests))
	for k := range m.requests {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		if keys[i].route != keys[j].route {
			return keys[i].route < keys[j].route
		}
		return keys[i].status < keys[j].status
	})
	b.WriteString("# HELP crossread_http_requests_total HTTP requests by route and status.\n# TYPE crossread_http_requests_total counter\n")
	for _, k := range keys {
		fmt.Fprintf(&b, "crossread_http_requests_total{route=\"%s\",status=\"%d\"} %d\n", escapeLabel(k.route), k.status, m.requests[k])
	}
	routes := make([]string, 0, len(m.hist))
	for r := range m.hist {
		routes = append(routes, r)
	}
	sort.Strings(routes)
	b.WriteString("# HELP crossread_http_request_duration_seconds HTTP request latency by route.\n# TYPE crossread_http_request_duration_seconds histogram\n")
	for _, route := range routes {
		h := m.hist[route]
		var cum uint64
		for i, le := range buckets {
			cum += h.counts[i]
			fmt.Fprintf(&b, "crossread_http_request_duration_seconds_bucket{route=\"%s\",le=\"%g\"} %d\n", escapeLabel(route), le, cum)
		}
		fmt.Fprintf(&b, "crossread_http_request_duration_seconds_bucket{route=\"%s\",le=\"+Inf\"} %d\n", escapeLabel(route), h.n)
		fmt.Fprintf(&b, "crossread_http_request_duration_seconds_sum{route=\"%s\"} %g\n", escapeLabel(route), h.sum)
		fmt.Fprintf(&b, "crossread_http_request_duration_seconds_count{route=\"%s\"} %d\n", escapeLabel(route), h.n)
	}
	m.mu.Unlock()
	fmt.Fprintf(&b, "# HELP crossread_ingests_total Ingest calls (API and watcher).\n# TYPE crossread_ingests_total counter\ncrossread_ingests_total %d\n", m.ingests.Load())
	fmt.Fprintf(&b, "# HELP crossread_ingest_failures_total Ingest calls that failed.\n# TYPE crossread_ingest_failures_total counter\ncrossread_ingest_failures_total %d\n", m.ingestFailures.Load())
	fmt.Fprintf(&b, "# HELP crossread_ingested_articles_total Articles read by ingest calls.\n# TYPE crossread_ingested_articles_total counter\ncrossread_ingested_articles_total %d\n", m.ingested.Load())
	fmt.Fprintf(&b, "# HELP crossread_cache_hits_total Responses served from the page cache.\n# TYPE crossread_cache_hits_total counter\ncrossread_cache_hits_total %d\n", m.cacheHits.Load())
	fmt.Fprintf(&b, "# HELP crossread_cache_misses_total Cacheable responses rendered afresh.\n# TYPE crossread_cache_misses_total counter\ncrossread_cache_misses_total %d\n", m.cacheMisses.Load())
	fmt.Fprintf(&b, "# HELP crossread_sse_clients Open event streams.\n# TYPE crossread_sse_clients gauge\ncrossread_sse_clients %d\n", m.sseClients.Load())
	if c, err := s.db.Counts(r.Context()); err == nil {
		fmt.Fprintf(&b, "# HELP crossread_articles Stored articles.\n# TYPE crossread_articles gauge\ncrossread_articles %d\n", c.Articles)
		fmt.Fprintf(&b, "# HELP crossread_stories Stored stories.\n# TYPE crossread_stories gauge\ncrossread_stories %d\n", c.Stories)
		fmt.Fprintf(&b, "# HELP crossread_feeds Subscribed feeds.\n# TYPE crossread_feeds gauge\ncrossread_feeds %d\n", c.Feeds)
	}
	w.Header().Set("Content-Type", "text/plain; version=0.0.4; charset=utf-8")
	w.Write([]byte(b.String()))
}
