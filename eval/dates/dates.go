// Package dates checks crossread's publication dates on pages the extractor
// was never tuned on: the comparison corpus that ships with go-htmldate
// (Apache-2.0; gold in scripts/comparison/data-*.go, pages in test-files/).
// It scores exactly as that corpus's own script does, so go-htmldate's rows
// here can be checked against the figures in its README.
//
// As in eval/extraction, quality is measured with -j workers and speed in a
// separate pass, one page after another with GOMAXPROCS set to 1, so that
// pages per second means one core whatever the machine has.
package dates

import (
	"bytes"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"runtime"
	"strings"
	"time"

	"github.com/markusmobius/go-dateparser"
	"github.com/markusmobius/go-htmldate"

	"crossread"
	"crossread/extract"
	"crossread/internal/cliflag"
	"crossread/internal/evalrun"
	"crossread/internal/metric"
)

// The conditions under which go-htmldate's README published its scores:
// bounds from 1995-01-01 through 2026-09-13 and that day at noon UTC as
// the date parser's "now". Fixing them keeps the run reproducible as the
// clock moves on (the library's default upper bound is today).
var (
	htmldateMinDate   = time.Date(1995, 1, 1, 0, 0, 0, 0, time.UTC)
	htmldateMaxDate   = time.Date(2026, 9, 14, 0, 0, 0, 0, time.UTC).Add(-time.Nanosecond) // inclusive, as main.go's -max-date
	htmldateReference = time.Date(2026, 9, 13, 12, 0, 0, 0, time.UTC)
)

// page is one gold entry with its HTML, loaded before any timing. Entries
// repeated in the corpus are kept, as upstream keeps them.
type page struct {
	entry
	Path string
	HTML []byte
}

// outcome is an extractor's day for one page ("" for none).
type outcome struct {
	Date string
	Err  error
}

type extractor struct {
	Name string
	Run  func(html []byte, pageURL string) (string, error)
}

func crossreadExtractor() extractor {
	return extractor{Name: "crossread", Run: func(html []byte, pageURL string) (string, error) {
		a, err := extract.Extract(html, extract.Options{URL: pageURL})
		if err != nil {
			return "", err
		}
		return dayOf(a), nil
	}}
}

func dayOf(a *crossread.Article) string {
	if a == nil || a.Published.IsZero() {
		return ""
	}
	return a.Published.Time.Format("2006-01-02")
}

// htmldateExtractor runs go-htmldate with the options of upstream's
// scripts/comparison/main.go: UseOriginalDate (publication, not last
// modification) and, for fast mode, SkipExtensiveSearch. It reads the bytes
// with FromReader, whose HTML repair matches the Python reference (main.go's
// dom.Parse + FromDocument skips that repair and differs on one corpus page,
// so only FromReader reproduces the README's figures). Parsing is inside the
// extractor so that its pages/s, like crossread's, include the parse.
func htmldateExtractor(extensive bool) extractor {
	name := "go-htmldate fast"
	if extensive {
		name = "go-htmldate extensive"
	}
	return extractor{Name: name, Run: func(html []byte, pageURL string) (string, error) {
		res, err := htmldate.FromReader(bytes.NewReader(html), htmldate.Options{
			UseOriginalDate:     true,
			SkipExtensiveSearch: !extensive,
			URL:                 pageURL,
			MinDate:             htmldateMinDate,
			MaxDate:             htmldateMaxDate,
			// The library's own defaults but for CurrentTime (see benchmark.go
			// upstream); a fresh value per call, as the parser may keep state in it.
			DateParserConfig: &dateparser.Configuration{
				CurrentTime:         htmldateReference,
				StrictParsing:       true,
				PreferredDateSource: dateparser.Past,
			},
		})
		if err != nil || res.IsZero() {
			return "", err
		}
		return res.Format("2006-01-02"), nil
	}}
}

// counts are upstream's evaluationResult.
type counts struct{ TP, FN, FP, TN int }

// add scores one page as upstream's evaluateResult does: no result and no
// gold is a true negative, no result with gold a false negative, the gold
// string itself a true positive, anything else a false positive. Gold is
// compared as a plain string, so the corpus's "nan" labels (gold unknown)
// can never be matched: a result there is a false positive and no result a
// false negative. Only an empty label gives true negatives (the corpus has
// none today).
func (c *counts) add(result, gold string) {
	switch {
	case result == "" && gold == "":
		c.TN++
	case result == "":
		c.FN++
	case result == gold:
		c.TP++
	default:
		c.FP++
	}
}

func (c counts) precision() float64 { return metric.Ratio(c.TP, c.TP+c.FP) }
func (c counts) recall() float64    { return metric.Ratio(c.TP, c.TP+c.FN) }
func (c counts) accuracy() float64  { return metric.Ratio(c.TP+c.TN, c.TP+c.TN+c.FP+c.FN) }
func (c counts) f1() float64        { return metric.F1(c.precision(), c.recall()) }

// row is one extractor's line of the table.
type row struct {
	Name string
	counts
	Errors         int
	PagesPerSec    float64 // summed wall time of the extractor, one core
	PagesPerCPUSec float64 // process CPU time over the pass, one core
}

type config struct {
	dir      string
	jobs     int
	perPage  string
	noTiming bool
	noURL    bool
}

func parseArgs(args []string, stderr io.Writer) (config, error) {
	var c config
	fs := flag.NewFlagSet("eval dates", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.IntVar(&c.jobs, "j", runtime.NumCPU(), "workers for the quality pass")
	fs.StringVar(&c.perPage, "pages", "", "write per-page dates as TSV to `FILE`")
	fs.BoolVar(&c.noTiming, "no-timing", false, "skip the single-core timing pass")
	fs.BoolVar(&c.noURL, "no-url", false, "give no extractor the page URL (go-htmldate's published scores use none)")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: crossread eval dates DIR [--no-url] [-j N] [--pages FILE] [--no-timing]")
		fmt.Fprintln(stderr, "DIR is go-htmldate's module directory: go list -m -f '{{.Dir}}' github.com/markusmobius/go-htmldate")
		fs.PrintDefaults()
	}
	positional, err := cliflag.Parse(fs, args)
	if err != nil {
		return c, err
	}
	if len(positional) != 1 {
		fs.Usage()
		return c, errors.New("eval dates: want exactly one DIR")
	}
	c.dir = positional[0]
	if c.jobs < 1 {
		c.jobs = 1
	}
	return c, nil
}

// Run is the `crossread eval dates DIR` command.
func Run(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	c, err := parseArgs(args, stderr)
	if err != nil {
		return err
	}
	gold, err := loadGold(c.dir)
	if err != nil {
		return err
	}
	pages := loadPages(c.dir, gold, stderr)
	if len(pages) == 0 {
		return crossread.Errorf(crossread.EEMPTY, "eval dates: no readable pages in %s", c.dir)
	}
	extractors := []extractor{crossreadExtractor(), htmldateExtractor(true), htmldateExtractor(false)}
	rows := make([]row, len(extractors))
	outcomes := make([][]outcome, len(extractors))
	for i, ex := range extractors {
		outcomes[i], err = qualityPass(ctx, ex, pages, c.jobs, c.noURL)
		if err != nil {
			return err
		}
		rows[i] = score(ex.Name, pages, outcomes[i])
		for j, o := range outcomes[i] {
			if o.Err != nil {
				fmt.Fprintf(stderr, "eval dates: %s: %s: %v\n", ex.Name, pages[j].Path, o.Err)
			}
		}
		if !c.noTiming {
			rows[i].PagesPerSec, rows[i].PagesPerCPUSec, err = timingPass(ctx, ex, pages, c.noURL)
			if err != nil {
				return err
			}
		}
	}
	if err := writePerPage(c.perPage, pages, outcomes); err != nil {
		return err
	}
	printTable(stdout, rows, len(gold), len(pages), c.noURL)
	return nil
}

// loadPages reads every entry's page; one that cannot be read is reported
// and left out, as the upstream script does.
func loadPages(dir string, gold []entry, stderr io.Writer) []page {
	cache := map[string]page{}
	pages := make([]page, 0, len(gold))
	for _, e := range gold {
		p, ok := cache[e.File]
		if !ok {
			html, path, err := readPage(dir, e.File)
			if err != nil {
				fmt.Fprintf(stderr, "eval dates: skipping %s: %v\n", path, err)
				continue
			}
			p = page{Path: path, HTML: html}
			cache[e.File] = p
		}
		p.entry = e
		pages = append(pages, p)
	}
	return pages
}

func (p page) urlFor(noURL bool) string {
	if noURL {
		return ""
	}
	return p.URL
}

// runSafely turns a panic in an extractor into an error for that page, so one
// bad page never stops the evaluation.
func runSafely(ex extractor, p page, noURL bool) (o outcome) {
	defer func() {
		if v := recover(); v != nil {
			o = outcome{Err: fmt.Errorf("panic: %v", v)}
		}
	}()
	date, err := ex.Run(p.HTML, p.urlFor(noURL))
	return outcome{Date: date, Err: err}
}

func qualityPass(ctx context.Context, ex extractor, pages []page, jobs int, noURL bool) ([]outcome, error) {
	return evalrun.Parallel(ctx, len(pages), jobs, func(i int) outcome { return runSafely(ex, pages[i], noURL) })
}

// timingPass runs ex on every page in turn on one core and returns pages per
// second of summed extractor wall time (loading and scoring are outside the
// clock) and pages per second of the process's CPU time over the pass.
func timingPass(ctx context.Context, ex extractor, pages []page, noURL bool) (wall, cpu float64, err error) {
	return evalrun.OneCore(ctx, len(pages), func(i int) { runSafely(ex, pages[i], noURL) })
}

func score(name string, pages []page, results []outcome) row {
	r := row{Name: name}
	for i, p := range pages {
		if results[i].Err != nil {
			r.Errors++
		}
		r.add(results[i].Date, p.Date)
	}
	return r
}

func printTable(w io.Writer, rows []row, entries, pages int, noURL bool) {
	urls := "each extractor given the page URL"
	if noURL {
		urls = "no extractor given the page URL"
	}
	zone, _ := time.Now().Zone()
	fmt.Fprintf(w, "Publication dates on %d of %d entries of go-htmldate's comparison corpus (held out), %s.\n", pages, entries, urls)
	fmt.Fprintf(w, "Scored as its scripts/comparison: TP the gold day, FP another day, FN no day; \"nan\" gold never matches.\n")
	fmt.Fprintf(w, "go-htmldate: original date, bounds %s..%s, reference time %s, local zone %s.\n",
		htmldateMinDate.Format("2006-01-02"), htmldateMaxDate.Format("2006-01-02"), htmldateReference.Format(time.RFC3339), zone)
	fmt.Fprintf(w, "pages/s on one core (GOMAXPROCS=1, one page at a time, HTML parse included), by wall clock and by process CPU time.\n\n")
	fmt.Fprintln(w, "| extractor | P | R | accuracy | F1 | TP | FP | FN | TN | errors | pages/s one core | pages/s CPU |")
	fmt.Fprintln(w, "|---|---|---|---|---|---|---|---|---|---|---|---|")
	for _, r := range rows {
		fmt.Fprintf(w, "| %s | %.3f | %.3f | %.3f | %.3f | %d | %d | %d | %d | %d | %s | %s |\n",
			r.Name, r.precision(), r.recall(), r.accuracy(), r.f1(), r.TP, r.FP, r.FN, r.TN, r.Errors,
			rate(r.PagesPerSec), rate(r.PagesPerCPUSec))
	}
}

func rate(v float64) string {
	if v <= 0 {
		return "–"
	}
	return fmt.Sprintf("%.0f", v)
}

// writePerPage writes one line per page: the file, the gold day and each
// extractor's day, in the table's order (crossread, extensive, fast).
func writePerPage(path string, pages []page, outcomes [][]outcome) error {
	if path == "" {
		return nil
	}
	var b strings.Builder
	b.WriteString("file\tgold\tcrossread\thtmldate_extensive\thtmldate_fast\turl\n")
	for i, p := range pages {
		fmt.Fprintf(&b, "%s\t%s", p.File, p.Date)
		for _, o := range outcomes {
			fmt.Fprintf(&b, "\t%s", o[i].Date)
		}
		fmt.Fprintf(&b, "\t%s\n", p.URL)
	}
	if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
		return &crossread.Error{Code: crossread.EINVALID, Op: "write " + path, Err: err}
	}
	return nil
}
