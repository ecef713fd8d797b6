// Package clustering is `crossread eval clustering`: it runs the story
// clusterer over articles with a gold `story` label and prints pairwise and
// B-cubed precision, recall and F1; see ../shared/eval/README.md for the
// metric definitions.
//
// Articles go through near-duplicate marking and then clustering in
// publication order (file order among equal or missing dates), as
// analyze.Group runs them. Speed is timed on the clustering alone, on one
// goroutine.
package clustering

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"time"

	"crossread"
	"crossread/cluster"
	"crossread/dedup"
	"crossread/internal/cliflag"
	"crossread/internal/cputime"
	"crossread/source"
)

// Item is one annotated article.
type Item struct {
	Article *crossread.Article
	Story   string // gold label
	Topic   string // optional: a group of related stories (ECB+ pairs two events per topic)
}

type record struct {
	ID        string              `json:"id"`
	Title     string              `json:"title"`
	Text      string              `json:"text"`
	Published crossread.Timestamp `json:"published"`
	Source    string              `json:"source"`
	URL       string              `json:"url"`
	Language  string              `json:"language"`
	Story     json.RawMessage     `json:"story"`
	Topic     json.RawMessage     `json:"topic"`
}

// ReadJSONL reads annotated articles, one JSON object a line.
func ReadJSONL(r io.Reader, name string) ([]Item, error) {
	var items []Item
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	line := 0
	for sc.Scan() {
		line++
		b := bytes.TrimSpace(sc.Bytes())
		if len(b) == 0 {
			continue
		}
		var rec record
		if err := json.Unmarshal(b, &rec); err != nil {
			return nil, &crossread.Error{Code: crossread.EINVALID, Op: fmt.Sprintf("read %s:%d", name, line), Err: err}
		}
		story := strings.Trim(string(rec.Story), `"`)
		if story == "" || story == "null" {
			return nil, &crossread.Error{Code: crossread.EINVALID, Op: fmt.Sprintf("read %s:%d", name, line), Message: "no gold story"}
		}
		id := rec.ID
		if id == "" {
			id = crossread.ContentID(rec.Title + "\n\n" + rec.Text)
		}
		topic := strings.Trim(string(rec.Topic), `"`)
		if topic == "null" {
			topic = ""
		}
		items = append(items, Item{Story: story, Topic: topic, Article: &crossread.Article{
			ID: id, Title: rec.Title, Text: rec.Text, Published: rec.Published, Source: rec.Source, URL: rec.URL, Language: rec.Language,
		}})
	}
	if err := sc.Err(); err != nil {
		return nil, &crossread.Error{Code: crossread.EINVALID, Op: "read " + name, Err: err}
	}
	return items, nil
}

// Result is one evaluation run.
type Result struct {
	Scores
	Articles     int
	PerSecond    float64 // clustering only, wall clock, one core
	PerCPUSecond float64 // clustering only, per second of process CPU time
	Duplicates   int
	Labels       map[string]string // article id → predicted story
}

// primeAll is a diagnostic: document frequencies from the whole data set
// before the first article (what a warm clusterer would know).
var primeAll bool

// refine runs the clusterer's refinement pass once every article is in,
// as a caller does after each batch.
var refine = true

// Evaluate marks duplicates and clusters items with cfg in publication
// order and scores the result against the gold labels.
func Evaluate(items []Item, cfg cluster.Config) Result {
	sorted := append([]Item(nil), items...)
	sort.SliceStable(sorted, func(i, j int) bool {
		a, b := sorted[i].Article.Published, sorted[j].Article.Published
		if a.IsZero() || b.IsZero() {
			return !a.IsZero() && b.IsZero()
		}
		return a.Time.Before(b.Time)
	})
	res := Result{Articles: len(sorted), Labels: map[string]string{}}
	dups := dedup.New()
	for _, it := range sorted {
		a := it.Article
		a.DuplicateOf, a.Similarity = "", 0
		if m, ok := dups.Add(a); ok && m.ID != a.ID {
			a.DuplicateOf, a.Similarity = m.ID, m.Similarity
			res.Duplicates++
		}
	}
	cl := cluster.NewWithConfig(cfg)
	if primeAll {
		for _, it := range sorted {
			cl.Prime(it.Article)
		}
	}
	assigned := make([]string, len(sorted))
	prev := runtime.GOMAXPROCS(1)
	start, cpuStart := time.Now(), cputime.Process()
	for i, it := range sorted {
		assigned[i] = cl.Add(it.Article).StoryID
	}
	if refine {
		cl.Refine()
	}
	if d := time.Since(start); d > 0 {
		res.PerSecond = float64(len(sorted)) / d.Seconds()
	}
	if d := cputime.Process() - cpuStart; d > 0 {
		res.PerCPUSecond = float64(len(sorted)) / d.Seconds()
	}
	runtime.GOMAXPROCS(prev)
	pred := make([]string, len(sorted))
	gold := make([]string, len(sorted))
	for i, it := range sorted {
		// A story may have been split after the article was placed:
		// where the article is now is what counts.
		pred[i] = cl.Canonical(assigned[i])
		if sid, ok := cl.StoryOf(it.Article.ID); ok {
			pred[i] = sid
		}
		gold[i] = it.Story
		res.Labels[it.Article.ID] = pred[i]
	}
	res.Scores = Score(pred, gold)
	return res
}

// Run is `crossread eval clustering [--mix DIR] [--stories all|even|odd] FILE.jsonl...`.
func Run(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("eval clustering", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var mixes multiFlag
	fs.Var(&mixes, "mix", "a folder of articles about one story to mix into each data set (repeatable)")
	subset := fs.String("stories", "all", "evaluate on all gold stories, or the even or odd ones (in order of first appearance)")
	shuffles := fs.Int("shuffle", 0, "also evaluate N random orders of the articles (same-time articles may arrive in any order) and print the mean and range")
	pos, err := cliflag.Parse(fs, args)
	if err != nil {
		return err
	}
	if len(pos) == 0 {
		return crossread.Errorf(crossread.EINVALID, "usage: crossread eval clustering [--mix DIR] [--stories all|even|odd] FILE.jsonl...")
	}
	var mixed [][]Item
	for _, dir := range mixes {
		arts, errs := source.Load(ctx, []string{dir}, source.Options{})
		for _, e := range errs {
			fmt.Fprintf(stderr, "mix: %s: %s\n", e.Path, e.Error)
		}
		if len(arts) == 0 {
			return &crossread.Error{Code: crossread.EEMPTY, Op: "read " + dir, Message: "no articles to mix"}
		}
		var its []Item
		for _, a := range arts {
			its = append(its, Item{Article: a, Story: "mix:" + filepath.Base(dir)})
		}
		mixed = append(mixed, its)
	}
	cfg := cluster.DefaultConfig()
	fmt.Fprintf(stdout, "%-42s %6s %6s %6s | %6s %6s %6s | %6s %6s | %8s %9s %6s\n",
		"data", "pairP", "pairR", "pairF", "b3P", "b3R", "b3F", "found", "gold", "art/s", "art/cpu-s", "copies")
	for _, path := range pos {
		f, err := os.Open(path)
		if err != nil {
			return &crossread.Error{Code: crossread.ENOTFOUND, Op: "open " + path, Err: err}
		}
		items, err := ReadJSONL(f, path)
		f.Close()
		if err != nil {
			return err
		}
		items, err = Subset(items, *subset)
		if err != nil {
			return err
		}
		name := strings.TrimSuffix(filepath.Base(path), ".jsonl")
		if *subset != "all" {
			name += " (" + *subset + ")"
		}
		res := Evaluate(items, cfg)
		printRow(stdout, name, res)
		if *shuffles > 0 {
			printShuffled(stdout, name, items, cfg, *shuffles)
		}
		for _, its := range mixed {
			all := append(append([]Item(nil), items...), its...)
			res := Evaluate(all, cfg)
			printRow(stdout, name+" +"+strings.TrimPrefix(its[0].Story, "mix:"), res)
			stories := map[string]bool{}
			for _, it := range its {
				stories[res.Labels[it.Article.ID]] = true
			}
			others := 0
			for _, it := range items {
				if stories[res.Labels[it.Article.ID]] {
					others++
				}
			}
			fmt.Fprintf(stdout, "  mixed %d articles: %d stor%s, %d other articles joined them\n",
				len(its), len(stories), plural(len(stories), "y", "ies"), others)
		}
	}
	return nil
}

// printShuffled evaluates n seeded random orders of items: publication
// order still comes first, so only articles of the same time (or undated
// ones) change places.
func printShuffled(w io.Writer, name string, items []Item, cfg cluster.Config, n int) {
	var sum Scores
	minB, maxB, minP, maxP := 1.0, 0.0, 1.0, 0.0
	for seed := 1; seed <= n; seed++ {
		its := append([]Item(nil), items...)
		r := rand.New(rand.NewPCG(uint64(seed), 0))
		r.Shuffle(len(its), func(i, j int) { its[i], its[j] = its[j], its[i] })
		sc := Evaluate(its, cfg).Scores
		sum.PairP += sc.PairP
		sum.PairR += sc.PairR
		sum.PairF += sc.PairF
		sum.BcubP += sc.BcubP
		sum.BcubR += sc.BcubR
		sum.BcubF += sc.BcubF
		minB, maxB = min(minB, sc.BcubF), max(maxB, sc.BcubF)
		minP, maxP = min(minP, sc.PairF), max(maxP, sc.PairF)
	}
	k := float64(n)
	fmt.Fprintf(w, "%-42s %6.3f %6.3f %6.3f | %6.3f %6.3f %6.3f |   (mean of %d orders; B-cubed F1 %.3f–%.3f, pairwise F1 %.3f–%.3f)\n",
		name+" shuffled", sum.PairP/k, sum.PairR/k, sum.PairF/k, sum.BcubP/k, sum.BcubR/k, sum.BcubF/k, n, minB, maxB, minP, maxP)
}

func printRow(w io.Writer, name string, r Result) {
	fmt.Fprintf(w, "%-42s %6.3f %6.3f %6.3f | %6.3f %6.3f %6.3f | %6d %6d | %8.0f %9.0f %6d\n",
		name, r.PairP, r.PairR, r.PairF, r.BcubP, r.BcubR, r.BcubF, r.Found, r.Gold, r.PerSecond, r.PerCPUSecond, r.Duplicates)
}

// Subset keeps all gold stories, or every other one in order of first
// appearance ("even" keeps the 0th, 2nd, ...), so a setting can be chosen on
// one half and reported on the other. Stories of one topic, when the data
// gives topics, stay on the same side: splitting ECB+'s pairs of similar
// events would remove the very confusions it is there to test.
func Subset(items []Item, which string) ([]Item, error) {
	if which == "all" || which == "" {
		return items, nil
	}
	if which != "even" && which != "odd" {
		return nil, crossread.Errorf(crossread.EINVALID, "--stories must be all, even or odd, not %q", which)
	}
	rank := map[string]int{}
	var out []Item
	for _, it := range items {
		key := it.Story
		if it.Topic != "" {
			key = "topic:" + it.Topic
		}
		r, ok := rank[key]
		if !ok {
			r = len(rank)
			rank[key] = r
		}
		if (r%2 == 0) == (which == "even") {
			out = append(out, it)
		}
	}
	return out, nil
}

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

type multiFlag []string

func (m *multiFlag) String() string     { return strings.Join(*m, ",") }
func (m *multiFlag) Set(s string) error { *m = append(*m, s); return nil }
