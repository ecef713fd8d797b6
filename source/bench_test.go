package source

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"crossread"
	"crossread/extract"
)

// BenchmarkReadHTMLFolder measures what reading costs a page before
// extraction (walk, open, gunzip, sniff, charset to UTF-8, hand-off to a
// worker), with extraction replaced by a no-op.
func BenchmarkReadHTMLFolder(b *testing.B) {
	for _, compressed := range []bool{false, true} {
		b.Run(fmt.Sprintf("gzip=%v", compressed), func(b *testing.B) {
			dir := b.TempDir()
			page := []byte(`<!DOCTYPE html><html><head><meta charset="utf-8"><title>T</title><script>` + strings.Repeat("var x = 1;", 800) +
				`</script></head><body>` + strings.Repeat("<p>Le ministre a déclaré à la presse que les négociations reprendront.</p>", 300) + `</body></html>`)
			const pages = 200
			for i := range pages {
				name, data := fmt.Sprintf("p%03d.html", i), page
				if compressed {
					name, data = name+".gz", gzBytes(page)
				}
				if err := os.WriteFile(filepath.Join(dir, name), data, 0o644); err != nil {
					b.Fatal(err)
				}
			}
			opt := Options{Jobs: 1, Offline: true, Extract: func(p []byte, o extract.Options) (*crossread.Article, error) {
				return &crossread.Article{Text: "x", Language: "fr"}, nil
			}}
			b.SetBytes(int64(len(page) * pages))
			cpu0 := cpuTime()
			for b.Loop() {
				n := 0
				Stream(context.Background(), []string{dir}, opt, func(r Result) {
					if r.Article != nil {
						n++
					}
				})
				if n != pages {
					b.Fatalf("%d pages", n)
				}
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*pages), "ns/page")
			// CPU time is the figure to trust on a shared machine.
			b.ReportMetric(float64((cpuTime()-cpu0).Nanoseconds())/float64(b.N*pages), "cpu-ns/page")
		})
	}
}

// cpuTime is the process's user and system CPU time so far.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
