// Package evalrun runs an evaluation's extractor over its pages: in
// parallel for quality, and one page after another on one core for speed.
package evalrun

import (
	"context"
	"runtime"
	"sync"
	"time"

	"crossread/internal/cputime"
)

// Parallel calls run for every index below n on jobs workers and returns
// the results in index order. It stops handing out work when ctx ends.
func Parallel[T any](ctx context.Context, n, jobs int, run func(i int) T) ([]T, error) {
	results := make([]T, n)
	next := make(chan int)
	var wg sync.WaitGroup
	for w := 0; w < max(jobs, 1); w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				results[i] = run(i)
			}
		}()
	}
	var err error
	for i := 0; i < n; i++ {
		if err = ctx.Err(); err != nil {
			break
		}
		next <- i
	}
	close(next)
	wg.Wait()
	return results, err
}

// OneCore calls run for every index below n in turn with GOMAXPROCS at 1
// and returns pages per second of summed run wall time (what happens
// between calls is outside the clock) and pages per second of the
// process's CPU time over the pass. On a busy machine the wall figure
// counts time spent waiting for the core; the CPU figure does not.
func OneCore(ctx context.Context, n int, run func(i int)) (wall, cpu float64, err error) {
	prev := runtime.GOMAXPROCS(1)
	defer runtime.GOMAXPROCS(prev)
	runtime.GC()
	var total time.Duration
	cpuStart := cputime.Process()
	for i := 0; i < n; i++ {
		if err := ctx.Err(); err != nil {
			return 0, 0, err
		}
		start := time.Now()
		run(i)
		total += time.Since(start)
	}
	if used := cputime.Process() - cpuStart; used > 0 {
		cpu = float64(n) / used.Seconds()
	}
	if total > 0 {
		wall = float64(n) / total.Seconds()
	}
	return wall, cpu, nil
}
