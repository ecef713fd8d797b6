package cluster_test

import (
	"testing"

	"crossread/cluster"
	"crossread/eval/stream"
)

// BenchmarkAdd places a synthetic stream (see eval/stream) article by
// article; the articles are generated before the timer starts.
func BenchmarkAdd(b *testing.B) {
	g := stream.NewGenerator(stream.DefaultGen())
	items := make([]stream.Item, 20000)
	for i := range items {
		items[i] = g.Next()
	}
	b.ResetTimer()
	var c *cluster.Clusterer
	for i := 0; i < b.N; i++ {
		if i%len(items) == 0 {
			b.StopTimer()
			c = cluster.New()
			b.StartTimer()
		}
		c.Add(items[i%len(items)].Article)
	}
}
