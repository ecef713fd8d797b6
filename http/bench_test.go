package http_test

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"crossread"
	crhttp "crossread/http"
)

// TestBenchServeSmall runs the load benchmark at toy size so the command
// keeps working; the real figures come from `crossread bench serve`.
func TestBenchServeSmall(t *testing.T) {
	if testing.Short() {
		t.Skip("load test skipped in -short mode")
	}
	run := func() *crhttp.BenchResult {
		res, err := crhttp.BenchServe(context.Background(), crhttp.BenchConfig{DB: filepath.Join(t.TempDir(), "bench.db"),
			Articles: 600, Clients: 4, Duration: 300 * time.Millisecond})
		if err != nil {
			t.Fatal(err)
		}
		return res
	}
	res := run()
	// (a shared machine's stall can fail requests of a 300 ms run; the
	// command works when a second run has none)
	for _, e := range res.Endpoints {
		if e.Errors != 0 {
			t.Logf("%s: %d errors in the first run, the first: %s; running again", e.Name, e.Errors, e.FirstErr)
			res = run()
			break
		}
	}
	if res.Articles != 600 || res.Stories == 0 || len(res.Endpoints) != 6 {
		t.Fatalf("result = %+v", res)
	}
	for _, e := range res.Endpoints {
		if e.Requests == 0 || e.Errors != 0 {
			t.Errorf("%s: %d requests, %d errors, the first: %s", e.Name, e.Requests, e.Errors, e.FirstErr)
		}
	}
	if !strings.Contains(res.Table(), "| p50 |") && !strings.Contains(res.Table(), "p99") {
		t.Error("no table")
	}
}

// TestBenchServeFull is the full benchmark (100,000 articles, 50 clients),
// run only when CROSSREAD_BENCH_DB names a database file to fill or reuse:
//
//	CROSSREAD_BENCH_DB=/tmp/bench.db go test ./http -run BenchServeFull -v -timeout 30m
func TestBenchServeFull(t *testing.T) {
	path := os.Getenv("CROSSREAD_BENCH_DB")
	if path == "" {
		t.Skip("set CROSSREAD_BENCH_DB to run the full load benchmark")
	}
	cfg := crhttp.BenchConfig{DB: path, Out: os.Stdout}
	if v, err := time.ParseDuration(os.Getenv("CROSSREAD_BENCH_DURATION")); err == nil {
		cfg.Duration = v
	}
	res, err := crhttp.BenchServe(context.Background(), cfg)
	if err != nil {
		t.Fatal(err)
	}
	t.Log("\n" + res.Table())
}

func TestRunBenchFlags(t *testing.T) {
	if testing.Short() {
		t.Skip("load test skipped in -short mode")
	}
	var out, errb strings.Builder
	db := filepath.Join(t.TempDir(), "b.db")
	if err := crhttp.RunBench(context.Background(), []string{"--db", db, "--articles", "300", "--clients", "2", "--duration", "100ms"}, &out, &errb); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out.String(), "GET /api/v1/stories/{id}, no cache") {
		t.Errorf("output: %s", out.String())
	}
	if err := crhttp.RunBench(context.Background(), []string{"--nope"}, &out, &errb); crossread.ErrorCode(err) != crossread.EINVALID {
		t.Errorf("bad flag: %v", err)
	}
}
