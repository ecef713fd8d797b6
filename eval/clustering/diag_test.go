package clustering

import (
	"fmt"
	"os"
	"sort"
	"strings"
	"testing"

	"crossread/cluster"
)

func TestDiag(t *testing.T) {
	if os.Getenv("CROSSREAD_DIAG") == "" {
		t.Skip()
	}
	f, _ := os.Open("/work/shared/eval/clustering/" + os.Getenv("CROSSREAD_DIAG") + ".jsonl")
	items, _ := ReadJSONL(f, "x")
	cfg := cluster.DefaultConfig()
	r := Evaluate(items, cfg)
	comp := map[string]map[string]int{}
	for _, it := range items {
		p := r.Labels[it.Article.ID]
		if comp[p] == nil {
			comp[p] = map[string]int{}
		}
		comp[p][it.Story]++
	}
	var keys []string
	for k := range comp {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		var parts []string
		for g, n := range comp[k] {
			parts = append(parts, fmt.Sprintf("%s:%d", g, n))
		}
		sort.Strings(parts)
		if len(parts) > 1 {
			t.Logf("%s %s", k, strings.Join(parts, " "))
		}
	}
	// fragmentation
	frag := map[string]map[string]int{}
	for _, it := range items {
		if frag[it.Story] == nil {
			frag[it.Story] = map[string]int{}
		}
		frag[it.Story][r.Labels[it.Article.ID]]++
	}
	for g, m := range frag {
		if len(m) > 2 {
			var ns []int
			for _, n := range m {
				ns = append(ns, n)
			}
			sort.Sort(sort.Reverse(sort.IntSlice(ns)))
			t.Logf("gold %s split %v", g, ns)
		}
	}
}
