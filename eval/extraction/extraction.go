// Package extraction evaluates crossread's HTML extraction against a folder
// laid out like ../shared/eval/extraction/ (html/NNNN.html.gz and
// truth/NNNN.json); see ../shared/eval/README.md for the metric definitions.
// It also reads trafilatura's own benchmark as go-trafilatura's module ships
// it (trafcorpus.go), the held-out check.
//
// Quality is measured with -j workers; speed is measured in a separate pass
// that calls each extractor once per page, one page after another, with
// GOMAXPROCS set to 1, so that pages per second means one core whatever the
// machine has.
package extraction

import (
	"bytes"
	"compress/gzip"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"net/url"
	"os"
	"path/filepath"
	"runtime"
	"runtime/pprof"
	"sort"
	"strings"

	"github.com/markusmobius/go-trafilatura"

	"crossread"
	"crossread/extract"
	"crossread/internal/cliflag"
	"crossread/internal/evalrun"
)

// page is one annotated page, loaded into memory before any timing.
type page struct {
	ID    string
	File  string // the page's file name where the id is not it
	HTML  []byte
	Truth truth
}

type truth struct {
	URL         string   `json:"url"`
	Title       string   `json:"title"`
	Author      string   `json:"author"`
	PublishDate string   `json:"publish_date"`
	MainContent string   `json:"main_content"`
	With        []string `json:"with"`
	Without     []string `json:"without"`
}

// result is what an extractor found on one page, reduced to what is scored.
type result struct {
	Text, Title, Author, Date string
	Err                       error
}

type extractor struct {
	Name string
	Run  func(html []byte, pageURL string) result
}

func crossreadExtractor() extractor {
	return extractor{Name: "crossread", Run: func(html []byte, pageURL string) result {
		a, err := extract.Extract(html, extract.Options{URL: pageURL})
		if err != nil {
			return result{Err: err}
		}
		return fromArticle(a)
	}}
}

func fromArticle(a *crossread.Article) result {
	r := result{Text: a.Text, Title: a.Title, Author: strings.Join(a.Authors, ", ")}
	if !a.Published.IsZero() {
		r.Date = a.Published.Time.Format("2006-01-02")
	}
	return r
}

// baselineExtractor is go-trafilatura with its default options; only the
// page URL is given, as a caller that knows it would.
func baselineExtractor() extractor {
	return extractor{Name: "go-trafilatura", Run: func(html []byte, pageURL string) result {
		var opts trafilatura.Options
		if u, err := url.Parse(pageURL); err == nil && pageURL != "" {
			opts.OriginalURL = u
		}
		res, err := trafilatura.Extract(bytes.NewReader(html), opts)
		if err != nil {
			return result{Err: err}
		}
		r := result{Text: res.ContentText, Title: res.Metadata.Title, Author: res.Metadata.Author}
		if !res.Metadata.Date.IsZero() {
			r.Date = res.Metadata.Date.Format("2006-01-02")
		}
		return r
	}}
}

// row is one extractor's line of the table.
type row struct {
	Name                string
	Pages               int
	Errors              int
	Word                prf
	Shingle             prf
	Title, Date, Author ratio
	Snippets            snippetCounts // the with/without snippets of the truth
	PagesPerSec         float64       // wall clock, one core
	PagesPerCPUSec      float64       // process CPU time, one core
}

type ratio struct{ Hit, Of int }

func (r ratio) String() string {
	if r.Of == 0 {
		return "–"
	}
	return fmt.Sprintf("%.1f%% (%d/%d)", 100*float64(r.Hit)/float64(r.Of), r.Hit, r.Of)
}

type config struct {
	dir       string
	baseline  bool
	jobs      int
	profile   string
	split     string
	perPage   string
	dump      string
	noTiming  bool
	onlyPages string
}

func parseArgs(args []string, stderr io.Writer) (config, error) {
	var c config
	fs := flag.NewFlagSet("eval extraction", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.BoolVar(&c.baseline, "baseline", false, "also run go-trafilatura (default options) on the same pages")
	fs.IntVar(&c.jobs, "j", runtime.NumCPU(), "workers for the quality pass")
	fs.StringVar(&c.profile, "profile", "", "write a CPU profile of crossread's timing pass to `FILE`")
	fs.StringVar(&c.split, "split", "all", "pages to use: all, even or odd (by page number), for a held-out check")
	fs.StringVar(&c.perPage, "pages", "", "write per-page scores as TSV to `FILE` (the baseline's to FILE.go-trafilatura)")
	fs.StringVar(&c.dump, "dump", "", "write crossread's text of each page to `DIR`/NNNN.txt")
	fs.BoolVar(&c.noTiming, "no-timing", false, "skip the single-core timing pass")
	fs.StringVar(&c.onlyPages, "only", "", "comma-separated page ids to run (debugging)")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: crossread eval extraction DIR [--baseline] [-j N] [--profile FILE] [--split all|even|odd]")
		fmt.Fprintln(stderr, "DIR is laid out like ../shared/eval/extraction, or is go-trafilatura's module directory")
		fmt.Fprintln(stderr, "(its benchmark, held out: $(go list -m -f '{{.Dir}}' github.com/markusmobius/go-trafilatura))")
		fs.PrintDefaults()
	}
	positional, err := cliflag.Parse(fs, args)
	if err != nil {
		return c, err
	}
	if len(positional) != 1 {
		fs.Usage()
		return c, errors.New("eval extraction: want exactly one DIR")
	}
	c.dir = positional[0]
	if c.jobs < 1 {
		c.jobs = 1
	}
	switch c.split {
	case "all", "even", "odd":
	default:
		return c, fmt.Errorf("eval extraction: --split must be all, even or odd, not %q", c.split)
	}
	return c, nil
}

// Run is the `crossread eval extraction DIR` command.
func Run(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	c, err := parseArgs(args, stderr)
	if err != nil {
		return err
	}
	var pages []page
	if isTrafilaturaCorpus(c.dir) {
		pages, err = loadTrafilaturaCorpus(c.dir, c.split, c.onlyPages, stderr)
	} else {
		pages, err = loadPages(c.dir, c.split, c.onlyPages)
	}
	if err != nil {
		return err
	}
	if len(pages) == 0 {
		return crossread.Errorf(crossread.EEMPTY, "eval extraction: no pages in %s", c.dir)
	}
	extractors := []extractor{crossreadExtractor()}
	if c.baseline {
		extractors = append(extractors, baselineExtractor())
	}
	var rows []row
	for i, ex := range extractors {
		results, err := qualityPass(ctx, ex, pages, c.jobs)
		if err != nil {
			return err
		}
		r := score(ex.Name, pages, results)
		perPage := c.perPage
		if i > 0 && perPage != "" {
			perPage += "." + ex.Name
		}
		if err := writePerPage(perPage, pages, results); err != nil {
			return err
		}
		if i == 0 {
			if err := dumpTexts(c.dump, pages, results); err != nil {
				return err
			}
		}
		if !c.noTiming {
			prof := ""
			if i == 0 {
				prof = c.profile
			}
			r.PagesPerSec, r.PagesPerCPUSec, err = timingPass(ctx, ex, pages, prof)
			if err != nil {
				return err
			}
		}
		rows = append(rows, r)
	}
	printTable(stdout, rows, pages, c.split)
	return nil
}

func loadPages(dir, split, only string) ([]page, error) {
	paths, err := filepath.Glob(filepath.Join(dir, "html", "*.html.gz"))
	if err != nil {
		return nil, err
	}
	sort.Strings(paths)
	want := map[string]bool{}
	for _, id := range strings.Split(only, ",") {
		if id = strings.TrimSpace(id); id != "" {
			want[id] = true
		}
	}
	var pages []page
	for _, p := range paths {
		id := strings.TrimSuffix(filepath.Base(p), ".html.gz")
		if len(want) > 0 && !want[id] {
			continue
		}
		if !inSplit(id, split) {
			continue
		}
		html, err := readGzip(p)
		if err != nil {
			return nil, &crossread.Error{Code: crossread.EINVALID, Op: "read " + p, Err: err}
		}
		tp := filepath.Join(dir, "truth", id+".json")
		raw, err := os.ReadFile(tp)
		if err != nil {
			return nil, &crossread.Error{Code: crossread.ENOTFOUND, Op: "read " + tp, Err: err}
		}
		var t truth
		if err := json.Unmarshal(raw, &t); err != nil {
			return nil, &crossread.Error{Code: crossread.EINVALID, Op: "parse " + tp, Err: err}
		}
		pages = append(pages, page{ID: id, HTML: html, Truth: t})
	}
	return pages, nil
}

// inSplit keeps even- or odd-numbered pages; ids that are not numbers are
// in every split.
func inSplit(id, split string) bool {
	if split == "all" {
		return true
	}
	n := 0
	for _, r := range id {
		if r < '0' || r > '9' {
			return true
		}
		n = n*10 + int(r-'0')
	}
	return (n%2 == 0) == (split == "even")
}

func readGzip(path string) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		return nil, err
	}
	return io.ReadAll(zr)
}

// runSafely turns a panic in an extractor into an error for that page, so one
// bad page never stops the evaluation.
func runSafely(ex extractor, p page) (r result) {
	defer func() {
		if v := recover(); v != nil {
			r = result{Err: fmt.Errorf("panic: %v", v)}
		}
	}()
	return ex.Run(p.HTML, p.Truth.URL)
}

func qualityPass(ctx context.Context, ex extractor, pages []page, jobs int) ([]result, error) {
	return evalrun.Parallel(ctx, len(pages), jobs, func(i int) result { return runSafely(ex, pages[i]) })
}

// timingPass runs ex on every page in turn on one core and returns pages per
// second of summed Extract wall time (loading and scoring are outside the
// clock) and pages per second of the process's CPU time over the pass. On
// a busy machine the wall figure counts time spent waiting for the core;
// the CPU figure does not.
func timingPass(ctx context.Context, ex extractor, pages []page, profile string) (wall, cpu float64, err error) {
	if profile != "" {
		f, err := os.Create(profile)
		if err != nil {
			return 0, 0, err
		}
		defer f.Close()
		if err := pprof.StartCPUProfile(f); err != nil {
			return 0, 0, err
		}
		defer pprof.StopCPUProfile()
	}
	return evalrun.OneCore(ctx, len(pages), func(i int) { runSafely(ex, pages[i]) })
}

func score(name string, pages []page, results []result) row {
	r := row{Name: name, Pages: len(pages)}
	var shingle []shingleCounts
	for i, p := range pages {
		res := results[i]
		if res.Err != nil {
			r.Errors++
		}
		w := wordScore(res.Text, p.Truth.MainContent)
		r.Word.P += w.P
		r.Word.R += w.R
		r.Word.F1 += w.F1
		shingle = append(shingle, shingleScore(res.Text, p.Truth.MainContent))
		r.Snippets.add(res.Text, p.Truth.With, p.Truth.Without)
		if p.Truth.Title != "" {
			r.Title.Of++
			if titleMatch(res.Title, p.Truth.Title) {
				r.Title.Hit++
			}
		}
		if p.Truth.PublishDate != "" {
			r.Date.Of++
			if dateMatch(res.Date, p.Truth.PublishDate) {
				r.Date.Hit++
			}
		}
		if p.Truth.Author != "" {
			r.Author.Of++
			if authorMatch(res.Author, p.Truth.Author) {
				r.Author.Hit++
			}
		}
	}
	n := float64(len(pages))
	r.Word = prf{r.Word.P / n, r.Word.R / n, r.Word.F1 / n}
	r.Shingle = shingleSummary(shingle)
	return r
}

func printTable(w io.Writer, rows []row, pages []page, split string) {
	n := len(pages)
	fmt.Fprintf(w, "Extraction on %d pages (split %s); pages/s on one core (GOMAXPROCS=1, one page at a time),\n", n, split)
	fmt.Fprintf(w, "by wall clock and by process CPU time (the two differ when the machine is busy).\n\n")
	if !hasMainContent(pages) {
		// A corpus annotated with snippets only (trafilatura's): its own
		// metric, counted over all snippets of all pages.
		fmt.Fprintln(w, "| extractor | snippets P | snippets R | snippets accuracy | snippets F1 | title exact | date exact-day | author | pages/s wall | pages/s CPU | errors |")
		fmt.Fprintln(w, "|---|---|---|---|---|---|---|---|---|---|---|")
		for _, r := range rows {
			s := r.Snippets
			fmt.Fprintf(w, "| %s | %.3f | %.3f | %.3f | %.3f | %s | %s | %s | %s | %s | %d |\n",
				r.Name, s.precision(), s.recall(), s.accuracy(), s.f1(),
				r.Title, r.Date, r.Author, rate(r.PagesPerSec), rate(r.PagesPerCPUSec), r.Errors)
		}
		return
	}
	fmt.Fprintln(w, "| extractor | word P | word R | word F1 | shingle P | shingle R | shingle F1 | title exact | date exact-day | author | pages/s wall | pages/s CPU | errors |")
	fmt.Fprintln(w, "|---|---|---|---|---|---|---|---|---|---|---|---|---|")
	for _, r := range rows {
		fmt.Fprintf(w, "| %s | %.3f | %.3f | %.3f | %.3f | %.3f | %.3f | %s | %s | %s | %s | %s | %d |\n",
			r.Name, r.Word.P, r.Word.R, r.Word.F1, r.Shingle.P, r.Shingle.R, r.Shingle.F1,
			r.Title, r.Date, r.Author, rate(r.PagesPerSec), rate(r.PagesPerCPUSec), r.Errors)
	}
}

func rate(v float64) string {
	if v <= 0 {
		return "–"
	}
	return fmt.Sprintf("%.0f", v)
}

func writePerPage(path string, pages []page, results []result) error {
	if path == "" {
		return nil
	}
	var b strings.Builder
	b.WriteString("id\tword_p\tword_r\tword_f1\ttitle_ok\tdate_ok\tauthor_ok\ttitle\ttruth_title\tdate\ttruth_date\tauthor\ttruth_author\terror\tsnippets_missed\tsnippets_unwanted\n")
	for i, p := range pages {
		r := results[i]
		w := wordScore(r.Text, p.Truth.MainContent)
		errText := ""
		if r.Err != nil {
			errText = r.Err.Error()
		}
		id := p.ID
		if p.File != "" {
			id += " " + p.File
		}
		var missed, unwanted []string
		for _, s := range p.Truth.With {
			if !strings.Contains(r.Text, s) {
				missed = append(missed, s)
			}
		}
		for _, s := range p.Truth.Without {
			if strings.Contains(r.Text, s) {
				unwanted = append(unwanted, s)
			}
		}
		fmt.Fprintf(&b, "%s\t%.3f\t%.3f\t%.3f\t%t\t%t\t%t\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n", id, w.P, w.R, w.F1,
			titleMatch(r.Title, p.Truth.Title), dateMatch(r.Date, p.Truth.PublishDate), authorMatch(r.Author, p.Truth.Author),
			tsv(r.Title), tsv(p.Truth.Title), r.Date, p.Truth.PublishDate, tsv(r.Author), tsv(p.Truth.Author), tsv(errText),
			tsv(strings.Join(missed, " ¦ ")), tsv(strings.Join(unwanted, " ¦ ")))
	}
	return os.WriteFile(path, []byte(b.String()), 0o644)
}

func tsv(s string) string { return strings.NewReplacer("\t", " ", "\n", " ", "\r", " ").Replace(s) }

func dumpTexts(dir string, pages []page, results []result) error {
	if dir == "" {
		return nil
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	for i, p := range pages {
		if err := os.WriteFile(filepath.Join(dir, p.ID+".txt"), []byte(results[i].Text), 0o644); err != nil {
			return err
		}
	}
	return nil
}
