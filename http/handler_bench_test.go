package http

import (
	"context"
	"math/rand/v2"
	"net/http/httptest"
	"net/url"
	"os"
	"testing"

	"crossread/internal/cputime"
	"crossread/sqlite"
)

// Handler benchmarks over a generated corpus, without the network: ns/op
// is close to the CPU one request costs the server. They run only when
// CROSSREAD_BENCH_DB names a database `crossread bench serve` filled:
//
//	CROSSREAD_BENCH_DB=/tmp/bench.db go test ./http -run X -bench Handler -cpuprofile cpu.out
func benchServer(b *testing.B, cacheBytes int64) (*Server, []string) {
	b.Helper()
	path := os.Getenv("CROSSREAD_BENCH_DB")
	if path == "" {
		b.Skip("set CROSSREAD_BENCH_DB to a database filled by `crossread bench serve`")
	}
	db, err := sqlite.Open(context.Background(), path)
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { db.Close() })
	ids, err := db.StoryIDs(context.Background(), 0)
	if err != nil || len(ids) == 0 {
		b.Fatalf("story ids: %v (%d)", err, len(ids))
	}
	s, err := NewServer(Config{DB: db, CacheBytes: cacheBytes})
	if err != nil {
		b.Fatal(err)
	}
	return s, ids
}

func benchHandler(b *testing.B, cacheBytes int64, prefix string) {
	s, ids := benchServer(b, cacheBytes)
	r := rand.New(rand.NewPCG(1, 2))
	h := s.Handler()
	b.ReportAllocs()
	b.ResetTimer()
	cpu0 := cputime.Process()
	for b.Loop() {
		req := httptest.NewRequest("GET", prefix+url.PathEscape(ids[r.IntN(len(ids))]), nil)
		req.Header.Set("Accept-Encoding", "gzip")
		w := httptest.NewRecorder()
		h.ServeHTTP(w, req)
		if w.Code != 200 {
			b.Fatalf("%s: status %d", req.URL, w.Code)
		}
	}
	// Process CPU, which other work on a shared machine distorts less
	// than the wall-clock ns/op.
	b.ReportMetric(float64(cputime.Process()-cpu0)/float64(b.N), "cpu-ns/op")
}

func BenchmarkHandlerStoryPage(b *testing.B)      { benchHandler(b, -1, "/stories/") }
func BenchmarkHandlerStoryAPI(b *testing.B)       { benchHandler(b, -1, "/api/v1/stories/") }
func BenchmarkHandlerStoryPageCache(b *testing.B) { benchHandler(b, 0, "/stories/") }

func BenchmarkHandlerStoriesList(b *testing.B) {
	s, _ := benchServer(b, -1)
	h := s.Handler()
	paths := []string{"/?sort=newest", "/?sort=biggest", "/?sort=newest&offset=200"}
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		w := httptest.NewRecorder()
		h.ServeHTTP(w, httptest.NewRequest("GET", paths[i%len(paths)], nil))
		if w.Code != 200 {
			b.Fatalf("status %d", w.Code)
		}
		i++
	}
}
