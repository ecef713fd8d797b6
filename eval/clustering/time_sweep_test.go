package clustering

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"testing"
	"time"

	"crossread"
	"crossread/cluster"
)

// TestTimeSweep prints, for a few settings of the time discount, AllSides
// B-cubed and pairwise F1 and how many of NeuS's 307 three-outlet stories
// (one event each, AllSides' own groups) stay one story when the outlets'
// dates are spread over up to two days:
// CROSSREAD_TIMESWEEP=1 go test -run TimeSweep -v ./eval/clustering
// AllSides dates every article of a story with the story's day, so it
// measures only what a discount costs; NeuS with spread dates measures what
// it loses. It is how DefaultConfig's Grace and HalfLife were chosen.
func TestTimeSweep(t *testing.T) {
	if os.Getenv("CROSSREAD_TIMESWEEP") == "" {
		t.Skip("set CROSSREAD_TIMESWEEP=1 to run")
	}
	sets := loadSweepSets(t, "allsides-2021")
	neus := os.Getenv("CROSSREAD_NEUS")
	if neus == "" {
		neus = "../../../shared/eval/summaries/neus-val.jsonl"
	}
	f, err := os.Open(neus)
	if err != nil {
		t.Skip(err)
	}
	defer f.Close()
	type art struct{ Title, Text string }
	var triples [][]art
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<24)
	for sc.Scan() {
		var st struct{ Articles []art }
		if err := json.Unmarshal(sc.Bytes(), &st); err != nil {
			t.Fatal(err)
		}
		triples = append(triples, st.Articles)
	}
	day := 24 * time.Hour
	base := time.Date(2020, 5, 1, 0, 0, 0, 0, time.UTC)
	type cfgv struct {
		name string
		g, h time.Duration
	}
	for _, v := range []cfgv{{"3h/24h (before)", 3 * time.Hour, day}, {"24h/3h (default)", day, 3 * time.Hour}, {"20h/6h", 20 * time.Hour, 6 * time.Hour}, {"24h/24h", day, day}, {"36h/48h", 36 * time.Hour, 2 * day},
		{"24h/12h", day, 12 * time.Hour}, {"24h/6h", day, 6 * time.Hour}, {"off", 0, 0}} {
		cfg := cluster.DefaultConfig()
		cfg.Grace, cfg.HalfLife = v.g, v.h
		r := Evaluate(sets["allsides-2021"], cfg)
		row := fmt.Sprintf("%-16s allsides b3 %.3f pf %.3f |", v.name, r.BcubF, r.PairF)
		for _, gaps := range [][]time.Duration{{0, 0, 0}, {0, day, 0}, {0, day, 2 * day}, {0, 12 * time.Hour, 30 * time.Hour}} {
			together := 0
			for k, tr := range triples {
				var items []Item
				for i, a := range tr {
					if a.Text == "" {
						continue
					}
					ar := &crossread.Article{ID: fmt.Sprintf("%d-%d", k, i), Title: a.Title, Text: a.Text, Source: fmt.Sprintf("o%d", i),
						Published: crossread.Timestamp{Time: base.Add(gaps[i%3])}}
					items = append(items, Item{Article: ar, Story: "x"})
				}
				res := Evaluate(items, cfg)
				labels := map[string]bool{}
				for _, l := range res.Labels {
					labels[l] = true
				}
				if len(labels) == 1 {
					together++
				}
			}
			row += fmt.Sprintf(" %v: %d", gaps, together)
		}
		t.Log(row)
	}
}
