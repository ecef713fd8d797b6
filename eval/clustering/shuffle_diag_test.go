package clustering

import (
	"fmt"
	"math/rand/v2"
	"os"
	"sort"
	"strconv"
	"strings"
	"testing"

	"crossread/cluster"
)

// TestShuffleDiag lists, for each of N shuffled orders (the orders eval
// --shuffle uses), the predicted stories that mix gold stories and the gold
// stories found in pieces; FILEORDER=1 keeps file order, STORIES=even|odd
// picks a half (FILEORDER=1 N=1: the file order's mixed and split stories):
// CROSSREAD_SHUFFLEDIAG=ecbplus-dev N=10 go test -run ShuffleDiag -v ./eval/clustering
func TestShuffleDiag(t *testing.T) {
	name := os.Getenv("CROSSREAD_SHUFFLEDIAG")
	if name == "" {
		t.Skip()
	}
	if st := os.Getenv("STORIES"); st != "" {
		t.Setenv("CROSSREAD_SWEEP_STORIES", st)
	}
	items := loadSweepSets(t, name)[name]
	n, _ := strconv.Atoi(os.Getenv("N"))
	n = max(n, 1)
	cfg := cluster.DefaultConfig()
	for seed := 1; seed <= n; seed++ {
		its := append([]Item(nil), items...)
		if os.Getenv("FILEORDER") == "" {
			r := rand.New(rand.NewPCG(uint64(seed), 0))
			r.Shuffle(len(its), func(i, j int) { its[i], its[j] = its[j], its[i] })
		}
		res := Evaluate(its, cfg)
		comp := map[string]map[string]int{}
		for _, it := range its {
			p := res.Labels[it.Article.ID]
			if comp[p] == nil {
				comp[p] = map[string]int{}
			}
			comp[p][it.Story]++
		}
		var lines []string
		for _, m := range comp {
			var parts []string
			for g, k := range m {
				parts = append(parts, fmt.Sprintf("%s:%d", g, k))
			}
			sort.Strings(parts)
			if len(parts) > 1 {
				lines = append(lines, strings.Join(parts, " "))
			}
		}
		sort.Strings(lines)
		frag := map[string]map[string]int{}
		for _, it := range its {
			if frag[it.Story] == nil {
				frag[it.Story] = map[string]int{}
			}
			frag[it.Story][res.Labels[it.Article.ID]]++
		}
		var fl []string
		for g, m := range frag {
			if len(m) > 1 {
				var ns []int
				for _, k := range m {
					ns = append(ns, k)
				}
				sort.Sort(sort.Reverse(sort.IntSlice(ns)))
				fl = append(fl, fmt.Sprintf("%s%v", g, ns))
			}
		}
		sort.Strings(fl)
		t.Logf("seed %d: pF %.3f b3F %.3f b3P %.3f b3R %.3f found %d", seed, res.PairF, res.BcubF, res.BcubP, res.BcubR, res.Found)
		t.Logf("  mixed: %s", strings.Join(lines, " | "))
		t.Logf("  frag: %s", strings.Join(fl, " "))
	}
}
