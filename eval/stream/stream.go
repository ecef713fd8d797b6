// Package stream is `crossread bench stream`: it generates a synthetic news
// stream (many concurrent stories over many days, Zipf vocabulary, names
// and numbers per story, a share of near-copies) and places it article by
// article, reporting articles per second on one core, the cost per article
// and peak memory.
//
// Articles are generated in batches outside the timed region; only the
// placing (and, with -dedup, the copy detection) is timed. GOMAXPROCS is
// set to 1 during the run so that the figure is one core's, garbage
// collection included.
package stream

import (
	"bufio"
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"runtime"
	"runtime/debug"
	"runtime/pprof"
	"strconv"
	"strings"
	"time"

	"crossread"
	"crossread/cluster"
	"crossread/dedup"
	"crossread/eval/clustering"
	"crossread/internal/cputime"
)

// Result is one benchmark run.
type Result struct {
	N            int
	Seconds      float64 // wall clock
	PerSecond    float64 // articles per wall-clock second
	CPUSeconds   float64 // process CPU time (user+system) during placing
	PerCPUSecond float64 // articles per CPU second: the one-core figure on a busy machine
	MicrosPerArt float64 // CPU µs per article
	Stories      int
	PeakHeap     uint64 // max HeapInuse sampled during the run
	PeakSys      uint64 // max Sys
	VmHWM        uint64 // process peak resident set, from /proc (0 if unknown)
	Days         float64
	BcubF        float64 // B-cubed F1 against the generated stories
	PairF        float64
}

// Bench generates n articles with gen and places them.
// With score, it also keeps every placement (which adds to the memory
// figures) and scores the stories against the generated ones.
func Bench(ctx context.Context, n int, gen GenConfig, withDedup, score bool) (Result, error) {
	g := NewGenerator(gen)
	cl := cluster.New()
	var dx *dedup.Index
	if withDedup {
		dx = dedup.New()
	}
	const batch = 5000
	items := make([]Item, 0, batch)
	var elapsed, cpu time.Duration
	var ms runtime.MemStats
	res := Result{N: n}
	stories := map[string]struct{}{}
	var labels []string // article ids while placing, their final stories when scoring
	var gold []int32
	if score {
		labels, gold = make([]string, 0, n), make([]int32, 0, n)
	}
	var first, last time.Time
	sample := func() {
		runtime.ReadMemStats(&ms)
		res.PeakHeap = max(res.PeakHeap, ms.HeapInuse)
		res.PeakSys = max(res.PeakSys, ms.Sys)
	}
	for done := 0; done < n; {
		if err := ctx.Err(); err != nil {
			return res, err
		}
		items = items[:0]
		for k := 0; k < batch && done+len(items) < n; k++ {
			items = append(items, g.Next())
		}
		start, cpuStart := time.Now(), cputime.Process()
		for _, it := range items {
			a := it.Article
			if dx != nil {
				if m, ok := dx.Add(a); ok {
					a.DuplicateOf, a.Similarity = m.ID, m.Similarity
				}
			}
			as := cl.Add(a)
			if as.New {
				stories[as.StoryID] = struct{}{}
			}
			if labels != nil {
				labels = append(labels, a.ID) // read back with StoryOf: a split may move it later
				gold = append(gold, int32(it.Story))
			}
		}
		elapsed += time.Since(start)
		cpu += cputime.Process() - cpuStart
		if first.IsZero() {
			first = items[0].Article.Published.Time
		}
		last = items[len(items)-1].Article.Published.Time
		done += len(items)
		sample()
	}
	res.Seconds = elapsed.Seconds()
	res.PerSecond = float64(n) / res.Seconds
	res.CPUSeconds = cpu.Seconds()
	res.PerCPUSecond = float64(n) / res.CPUSeconds
	res.MicrosPerArt = res.CPUSeconds * 1e6 / float64(n)
	res.Stories = len(stories)
	res.VmHWM = vmHWM()
	res.Days = last.Sub(first).Hours() / 24
	if score {
		g := make([]string, len(gold))
		for i := range labels {
			sid, ok := cl.StoryOf(labels[i])
			if !ok {
				sid = "lost:" + labels[i]
			}
			labels[i] = sid
			g[i] = strconv.Itoa(int(gold[i]))
		}
		sc := clustering.Score(labels, g)
		res.BcubF, res.PairF = sc.BcubF, sc.PairF
	}
	return res, nil
}

// Run is `crossread bench stream [-n 100000,1000000] [-per-day N] [-dedup]`.
func Run(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("bench stream", flag.ContinueOnError)
	fs.SetOutput(stderr)
	ns := fs.String("n", "100000", "articles per run; a comma-separated list runs each size in turn")
	perDay := fs.Int("per-day", DefaultGen().PerDay, "articles per day of stream time")
	withDedup := fs.Bool("dedup", false, "also mark near-duplicates (timed together)")
	cores := fs.Int("cores", 1, "GOMAXPROCS during the run")
	score := fs.Bool("score", false, "also score the stories found against the generated ones (B-cubed and pairwise F1; adds memory)")
	cpuProfile := fs.String("cpuprofile", "", "write a CPU profile of the runs to this file")
	if err := fs.Parse(args); err != nil {
		return err
	}
	var sizes []int
	for _, s := range strings.Split(*ns, ",") {
		n, err := strconv.Atoi(strings.TrimSpace(s))
		if err != nil || n <= 0 {
			return crossread.Errorf(crossread.EINVALID, "-n: %q is not a positive count", s)
		}
		sizes = append(sizes, n)
	}
	if *cpuProfile != "" {
		f, err := os.Create(*cpuProfile)
		if err != nil {
			return &crossread.Error{Code: crossread.EINVALID, Op: "create " + *cpuProfile, Err: err}
		}
		defer f.Close()
		if err := pprof.StartCPUProfile(f); err != nil {
			return err
		}
		defer pprof.StopCPUProfile()
	}
	prev := runtime.GOMAXPROCS(*cores)
	defer runtime.GOMAXPROCS(prev)
	gen := DefaultGen()
	gen.PerDay = *perDay
	fmt.Fprintf(stdout, "%10s %6s %9s %9s %9s %8s %10s %10s %10s %6s %6s\n",
		"articles", "days", "art/s", "art/cpu-s", "cpu µs/art", "stories", "peak heap", "peak sys", "VmHWM", "b3F", "pairF")
	for _, n := range sizes {
		runtime.GC()
		debug.FreeOSMemory()
		r, err := Bench(ctx, n, gen, *withDedup, *score)
		if err != nil {
			return err
		}
		b3, pf := "-", "-"
		if *score {
			b3, pf = fmt.Sprintf("%.3f", r.BcubF), fmt.Sprintf("%.3f", r.PairF)
		}
		fmt.Fprintf(stdout, "%10d %6.1f %9.0f %9.0f %9.1f %8d %10s %10s %10s %6s %6s\n",
			r.N, r.Days, r.PerSecond, r.PerCPUSecond, r.MicrosPerArt, r.Stories, mib(r.PeakHeap), mib(r.PeakSys), mib(r.VmHWM), b3, pf)
	}
	return nil
}

func mib(b uint64) string {
	if b == 0 {
		return "-"
	}
	return fmt.Sprintf("%.0f MiB", float64(b)/(1<<20))
}

// vmHWM reads the process's peak resident set size from /proc/self/status.
func vmHWM() uint64 {
	f, err := os.Open("/proc/self/status")
	if err != nil {
		return 0
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if rest, ok := strings.CutPrefix(sc.Text(), "VmHWM:"); ok {
			fields := strings.Fields(rest)
			if len(fields) > 0 {
				kb, _ := strconv.ParseUint(fields[0], 10, 64)
				return kb << 10
			}
		}
	}
	return 0
}
