// Package analysis benchmarks the analysis stages on real text: the
// per-article part (sentences, entities, quotes, dates, numbers) and the
// per-story part (entity merging, timeline, claims, brief) of a 50-article
// story. It is `crossread bench analyze [PATH...]`.
package analysis

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"runtime"
	"runtime/pprof"
	"sort"
	"strings"
	"time"

	"crossread"
	"crossread/analyze"
	"crossread/brief"
	"crossread/claim"
	"crossread/entity"
	"crossread/internal/cliflag"
	"crossread/internal/cputime"
	"crossread/source"
	"crossread/timex"
)

// Run measures on the articles under the paths (the bundled example when
// none is given). Timing is sequential on one goroutine, so the figures are
// per core.
func Run(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("crossread bench analyze", flag.ContinueOnError)
	fs.SetOutput(stderr)
	minSeconds := fs.Float64("seconds", 3, "time each part for at least this long")
	storySize := fs.Int("story", 50, "articles in the story whose cross-article part is timed")
	cpuProfile := fs.String("cpuprofile", "", "write a CPU profile of the cross-article part to this file")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "Usage: crossread bench analyze [flags] [PATH...]\n\nTimes the per-article analysis and the cross-article part of one story on the\narticles under PATH (default: examples/kazakhstan-abraham-accords), on one core.")
		fs.PrintDefaults()
	}
	pos, err := cliflag.Parse(fs, args)
	if err != nil {
		return err
	}
	inputs := pos
	if len(inputs) == 0 {
		inputs = []string{"examples/kazakhstan-abraham-accords"}
	}
	arts, errs := source.Load(ctx, inputs, source.Options{Offline: true, Jobs: 1})
	if len(arts) == 0 {
		return fmt.Errorf("no readable article under %v (%d errors)", inputs, len(errs))
	}
	words := 0
	for _, a := range arts {
		words += len(strings.Fields(a.Text))
	}
	meanWords := float64(words) / float64(len(arts))

	runtime.LockOSThread()
	defer runtime.UnlockOSThread()

	// Per article: run every article through Document until the time is up.
	cpu0 := cputime.Thread()
	start := time.Now()
	n := 0
	for time.Since(start).Seconds() < *minSeconds {
		for _, a := range arts {
			analyze.Document(a)
			n++
		}
	}
	wall := time.Since(start)
	cpu := cputime.Thread() - cpu0
	perArticle := wall / time.Duration(n)

	// Per story: a story of storySize articles, built from the inputs with
	// distinct ids (an input used twice counts as another outlet's copy).
	docs := make([]*crossread.Doc, 0, *storySize)
	for i := 0; len(docs) < *storySize; i++ {
		a := *arts[i%len(arts)]
		a.ID = fmt.Sprintf("%s-%d", a.ID, i)
		if i >= len(arts) {
			a.Source = fmt.Sprintf("%s (%d)", a.Source, i)
		}
		docs = append(docs, analyze.Document(&a))
	}
	if *cpuProfile != "" {
		f, err := os.Create(*cpuProfile)
		if err != nil {
			return err
		}
		defer f.Close()
		if err := pprof.StartCPUProfile(f); err != nil {
			return err
		}
	}
	var storyTimes []time.Duration
	var story *crossread.Story
	start = time.Now()
	for time.Since(start).Seconds() < *minSeconds || len(storyTimes) < 3 {
		t0 := cputime.Thread()
		story = analyze.Story("s", docs, analyze.Options{})
		storyTimes = append(storyTimes, cputime.Thread()-t0)
	}
	if *cpuProfile != "" {
		pprof.StopCPUProfile()
	}
	sort.Slice(storyTimes, func(i, j int) bool { return storyTimes[i] < storyTimes[j] })

	fmt.Fprintf(stdout, "| part | figure |\n|---|---|\n")
	fmt.Fprintf(stdout, "| articles | %d (mean %.0f words) |\n", len(arts), meanWords)
	perCPU := float64(n) / cpu.Seconds()
	fmt.Fprintf(stdout, "| per-article analysis, per CPU-second | %.0f articles/s (%.2f ms CPU each; wall %.2f ms each, %d runs) |\n",
		perCPU, 1000/perCPU, float64(perArticle.Microseconds())/1000, n)
	fmt.Fprintf(stdout, "| per-article, normalised to 700 words | %.0f articles/s per core |\n", perCPU*meanWords/700)
	fmt.Fprintf(stdout, "| cross-article part, %d-article story (CPU time) | median %.1f ms, max %.1f ms (%d runs) |\n",
		*storySize, ms(storyTimes[len(storyTimes)/2]), ms(storyTimes[len(storyTimes)-1]), len(storyTimes))
	alignment := claim.Analyze(docs, story.Entities).Alignment
	for _, part := range []struct {
		name string
		run  func()
	}{
		{"entity merging", func() { entity.Merge(docs) }},
		{"timeline grouping", func() { timex.Timeline(docs) }},
		{"claims, single-source, discrepancies", func() { claim.Analyze(docs, nil) }},
		{"brief (sentence selection)", func() { brief.Build(story, docs, brief.Options{Alignment: alignment}) }},
	} {
		t0 := cputime.Thread()
		k := 0
		for ; k < 3 || cputime.Thread()-t0 < time.Second; k++ {
			part.run()
		}
		fmt.Fprintf(stdout, "| of which %s | %.1f ms |\n", part.name, ms((cputime.Thread()-t0)/time.Duration(k)))
	}
	fmt.Fprintf(stdout, "| GOMAXPROCS | %d (timing is sequential) |\n", runtime.GOMAXPROCS(0))
	return nil
}

func ms(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }
