package clustering

import (
	"fmt"
	"math/rand"
	"os"
	"strconv"
	"strings"
	"testing"

	"crossread/cluster"
)

// TestSplitSweep prints the scores of the story-splitting settings that
// DefaultConfig's were chosen among (on the even stories, then checked on
// the odd ones): CROSSREAD_SPLIT=1 go test -run SplitSweep -v ./eval/clustering
// CROSSREAD_SWEEP_STORIES=even|odd picks a half; CROSSREAD_SHUFFLE=N
// averages N shuffled orders (within a day, for dated data); NOREFINE=1
// leaves out the Refine pass after the last article.
func TestSplitSweep(t *testing.T) {
	if os.Getenv("CROSSREAD_SPLIT") == "" {
		t.Skip("set CROSSREAD_SPLIT=1 to run")
	}
	shuffles, _ := strconv.Atoi(os.Getenv("CROSSREAD_SHUFFLE"))
	sets := loadSweepSets(t, "ecbplus-dev", "allsides-2021")
	var cfgs []namedConfig
	add := func(name string, f func(c *cluster.Config)) {
		c := cluster.DefaultConfig()
		f(&c)
		cfgs = append(cfgs, namedConfig{name, c})
	}
	add("default", func(c *cluster.Config) {})
	add("no split, no rejoin", func(c *cluster.Config) { c.SplitThreshold = 0; c.RefineSmall = 0 })
	add("2-means th=.50 iter=2", func(c *cluster.Config) { c.SplitAverageLink = false; c.SplitThreshold = 0.5; c.SplitIterations = 2 })
	add("2-means th=.55 iter=2", func(c *cluster.Config) { c.SplitAverageLink = false; c.SplitIterations = 2 })
	for _, th := range []float64{0.45, 0.5, 0.6} {
		add(fmt.Sprintf("th=%.2f", th), func(c *cluster.Config) { c.SplitThreshold = th })
	}
	add("polish iter=2", func(c *cluster.Config) { c.SplitIterations = 2 })
	add("growth=1.5", func(c *cluster.Config) { c.SplitGrowth = 1.5 })
	add("min side 4", func(c *cluster.Config) { c.SplitMinSide = 4 })
	add("weak join off", func(c *cluster.Config) { c.WeakJoin = 0 })
	for _, n := range []int{0, 1, 2} {
		add(fmt.Sprintf("rejoin small=%d", n), func(c *cluster.Config) { c.RefineSmall = n })
	}
	for _, v := range cfgs {
		refine = os.Getenv("NOREFINE") == ""
		var row []string
		for _, name := range []string{"ecbplus-dev", "allsides-2021"} {
			its := sets[name]
			var pf, bf float64
			lo, hi := 2.0, -1.0
			runs := max(shuffles, 1)
			found := 0
			for r := range runs {
				in := its
				if shuffles > 0 {
					in = append([]Item(nil), its...)
					rng := rand.New(rand.NewSource(int64(r + 1)))
					rng.Shuffle(len(in), func(i, j int) { in[i], in[j] = in[j], in[i] })
				}
				res := Evaluate(in, v.cfg)
				pf += res.PairF
				bf += res.BcubF
				lo, hi = min(lo, res.BcubF), max(hi, res.BcubF)
				found += res.Found
			}
			row = append(row, fmt.Sprintf("%s pF %.3f b3F %.3f n=%d", name[:3], pf/float64(runs), bf/float64(runs), found/runs))
			if runs > 1 {
				row = append(row, fmt.Sprintf("(b3F %.3f-%.3f)", lo, hi))
			}
		}
		t.Logf("%-28s %s", v.name, strings.Join(row, "  "))
	}
}

// TestSplitDiag lists the predicted stories that mix gold stories:
// CROSSREAD_SPLITDIAG=ecbplus-dev TH=0.5 go test -run SplitDiag -v ./eval/clustering
func TestSplitDiag(t *testing.T) {
	name := os.Getenv("CROSSREAD_SPLITDIAG")
	if name == "" {
		t.Skip()
	}
	f, _ := os.Open("/work/shared/eval/clustering/" + name + ".jsonl")
	items, _ := ReadJSONL(f, "x")
	cfg := cluster.DefaultConfig()
	if th, err := strconv.ParseFloat(os.Getenv("TH"), 64); err == nil {
		cfg.SplitThreshold = th
	}
	if v, _ := strconv.Atoi(os.Getenv("MS")); v > 0 {
		cfg.SplitMinSide = v
	}
	if seed, _ := strconv.Atoi(os.Getenv("SHUFFLE_SEED")); seed > 0 {
		rng := rand.New(rand.NewSource(int64(seed)))
		rng.Shuffle(len(items), func(i, j int) { items[i], items[j] = items[j], items[i] })
	}
	r := Evaluate(items, cfg)
	comp := map[string]map[string]int{}
	for _, it := range items {
		p := r.Labels[it.Article.ID]
		if comp[p] == nil {
			comp[p] = map[string]int{}
		}
		comp[p][it.Story]++
	}
	byGold := map[string][]string{}
	for p, m := range comp {
		for g := range m {
			byGold[g] = append(byGold[g], p)
		}
	}
	var lines []string
	for p, m := range comp {
		var parts []string
		for g, n := range m {
			parts = append(parts, fmt.Sprintf("%s:%d", g, n))
		}
		sortStrings(parts)
		if len(parts) > 1 || os.Getenv("ALL") != "" {
			lines = append(lines, strings.Join(parts, " ")+"   ("+p+")")
		}
	}
	sortStrings(lines)
	for _, l := range lines {
		t.Log(l)
	}
	t.Logf("pF %.3f b3F %.3f P %.3f R %.3f", r.PairF, r.BcubF, r.BcubP, r.BcubR)
}

func sortStrings(s []string) {
	for i := 1; i < len(s); i++ {
		for j := i; j > 0 && s[j] < s[j-1]; j-- {
			s[j], s[j-1] = s[j-1], s[j]
		}
	}
}
