package clustering

import (
	"fmt"
	"math/rand/v2"
	"os"
	"strconv"
	"strings"
	"testing"

	"crossread/cluster"
)

// TestOrderSweep prints, for a few settings, the scores in file order and
// the mean over N random arrival orders (the orders eval --shuffle uses):
// CROSSREAD_ORDER=1 CROSSREAD_SHUFFLE=10 CROSSREAD_SWEEP_STORIES=even go test -run OrderSweep -v ./eval/clustering
// It is how the order-robustness settings were chosen: on the even
// stories, then checked on the odd ones.
func TestOrderSweep(t *testing.T) {
	if os.Getenv("CROSSREAD_ORDER") == "" {
		t.Skip("set CROSSREAD_ORDER=1 to run")
	}
	shuffles, _ := strconv.Atoi(os.Getenv("CROSSREAD_SHUFFLE"))
	shuffles = max(shuffles, 1)
	names := []string{"ecbplus-dev", "allsides-2021"}
	if os.Getenv("ECB_ONLY") != "" {
		names = names[:1]
	}
	sets := loadSweepSets(t, names...)
	var cfgs []namedConfig
	add := func(name string, f func(c *cluster.Config)) {
		c := cluster.DefaultConfig()
		f(&c)
		cfgs = append(cfgs, namedConfig{name, c})
	}
	add("default", func(c *cluster.Config) {})
	for _, v := range orderVariants {
		add(v.name, v.f)
	}
	for _, v := range cfgs {
		var row []string
		for _, name := range names {
			its := sets[name]
			file := Evaluate(its, v.cfg)
			var pf, bf float64
			lo := 2.0
			for seed := 1; seed <= shuffles; seed++ {
				in := append([]Item(nil), its...)
				r := rand.New(rand.NewPCG(uint64(seed), 0))
				r.Shuffle(len(in), func(i, j int) { in[i], in[j] = in[j], in[i] })
				res := Evaluate(in, v.cfg)
				pf += res.PairF
				bf += res.BcubF
				lo = min(lo, res.BcubF)
			}
			k := float64(shuffles)
			row = append(row, fmt.Sprintf("%s file %.3f/%.3f shuf %.3f/%.3f (min %.3f)", name[:3], file.BcubF, file.PairF, bf/k, pf/k, lo))
		}
		t.Logf("%-26s %s", v.name, strings.Join(row, "  "))
	}
}

// orderVariants are the settings TestOrderSweep compares with DefaultConfig.
var orderVariants = []struct {
	name string
	f    func(c *cluster.Config)
}{
	{"large off", func(c *cluster.Config) { c.SplitLarge = 0 }},
	{"large side 6", func(c *cluster.Config) { c.SplitLargeSide = 6 }},
	{"large .60", func(c *cluster.Config) { c.SplitLarge = 0.60 }},
	{"large .70", func(c *cluster.Config) { c.SplitLarge = 0.70 }},
	{"rejoin 3", func(c *cluster.Config) { c.RefineSmall = 3 }},
	{"rejoin 5", func(c *cluster.Config) { c.RefineSmall = 5 }},
}
