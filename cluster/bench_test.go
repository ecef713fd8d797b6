package cluster_test

import (
	"syscall"
	"testing"
	"time"

	"crossread/cluster"
	"crossread/eval/stream"
)

func cpuTime() time.Duration {
	var ru syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// BenchmarkAdd places a synthetic stream (see eval/stream) article by
// article; the articles are generated before the timer starts. cpu-ns/op is
// the process CPU time per article, steadier than wall time on a busy
// machine (run with -cpu 1 for the one-core figure).
func BenchmarkAdd(b *testing.B) {
	g := stream.NewGenerator(stream.DefaultGen())
	items := make([]stream.Item, 20000)
	for i := range items {
		items[i] = g.Next()
	}
	b.ResetTimer()
	var c *cluster.Clusterer
	var cpu time.Duration
	start := cpuTime()
	for i := 0; i < b.N; i++ {
		if i%len(items) == 0 {
			b.StopTimer()
			cpu += cpuTime() - start
			c = cluster.New()
			start = cpuTime()
			b.StartTimer()
		}
		c.Add(items[i%len(items)].Article)
	}
	cpu += cpuTime() - start
	b.ReportMetric(float64(cpu.Nanoseconds())/float64(b.N), "cpu-ns/op")
}

// BenchmarkAddRefine is BenchmarkAdd with a Refine after every 1,000
// articles, as a caller placing the stream in batches of about a quarter
// of an hour's articles (at 100,000 a day) would run it.
func BenchmarkAddRefine(b *testing.B) {
	g := stream.NewGenerator(stream.DefaultGen())
	items := make([]stream.Item, 20000)
	for i := range items {
		items[i] = g.Next()
	}
	b.ResetTimer()
	var c *cluster.Clusterer
	var cpu time.Duration
	start := cpuTime()
	for i := 0; i < b.N; i++ {
		if i%len(items) == 0 {
			b.StopTimer()
			cpu += cpuTime() - start
			c = cluster.New()
			start = cpuTime()
			b.StartTimer()
		}
		c.Add(items[i%len(items)].Article)
		if i%1000 == 999 {
			c.Refine()
		}
	}
	cpu += cpuTime() - start
	b.ReportMetric(float64(cpu.Nanoseconds())/float64(b.N), "cpu-ns/op")
}
