package source

import (
	"bytes"
	"compress/gzip"
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	"crossread"
	"crossread/extract"
	"crossread/source/charset"
)

// TestEvalCorpusReading reports, for a folder of pages named by
// CROSSREAD_EVAL_HTML, what reading costs without extraction and which
// charsets were found and how:
//
//	CROSSREAD_EVAL_HTML=$PWD/../shared/eval/extraction/html go test ./source -run EvalCorpus -v
func TestEvalCorpusReading(t *testing.T) {
	dir := os.Getenv("CROSSREAD_EVAL_HTML")
	if dir == "" {
		t.Skip("set CROSSREAD_EVAL_HTML to a folder of pages")
	}
	identity := func(page []byte, o extract.Options) (*crossread.Article, error) {
		return &crossread.Article{Text: "x"}, nil
	}
	start := time.Now()
	n := 0
	Stream(context.Background(), []string{dir}, Options{Jobs: 1, Offline: true, Extract: identity}, func(Result) { n++ })
	el := time.Since(start)
	t.Logf("read %d pages (open, gunzip, sniff, charset to UTF-8; no extraction) in %v: %.0f pages/s, one worker", n, el.Round(time.Millisecond), float64(n)/el.Seconds())

	tally := map[string]int{}
	files, _ := filepath.Glob(filepath.Join(dir, "*"))
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			continue
		}
		if bytes.HasPrefix(b, []byte{0x1f, 0x8b}) {
			zr, err := gzip.NewReader(bytes.NewReader(b))
			if err != nil {
				continue
			}
			b, _ = io.ReadAll(zr)
		}
		d, err := charset.DecodeHTML(b, "")
		if err != nil {
			tally["error "+crossread.ErrorCode(err)]++
		} else {
			tally[d.Charset+" via "+d.Method]++
		}
	}
	var keys []string
	for k := range tally {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool { return tally[keys[i]] > tally[keys[j]] })
	var lines []string
	for _, k := range keys {
		lines = append(lines, fmt.Sprintf("%5d  %s", tally[k], k))
	}
	t.Logf("charsets:\n%s", strings.Join(lines, "\n"))
}
