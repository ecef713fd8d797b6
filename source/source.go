// Package source reads documents from wherever news lives (files, folders,
// JSON Lines, stdin, URLs, feeds, OPML lists, sitemaps, WARC archives, and
// .gz of any of these) and turns each into the one crossread.Article,
// through extraction for HTML and cleaning for plain text.
//
// Reading is split in two: producers walk the inputs, open containers and
// fetch URLs (I/O bound); a pool of Jobs workers turns each document into
// an article (CPU bound). A bad document never stops the others: it
// becomes a ReadError with its path or URL, a reason and a code.
//
// Formats, by extension and else by content:
//
//	.txt .text .md .markdown      plain text: charset → UTF-8, textclean
//	.html .htm .xhtml .shtml      HTML: charset → UTF-8, extract
//	.jsonl .ndjson                JSON Lines records, streamed ({id,url,source,title,
//	                              published,authors,language} + text or html)
//	.json                         a JSON Feed, an array of records, or records
//	.xml .rss .atom .rdf .opml    feed, sitemap, OPML or XHTML, by root element
//	.warc (.warc.gz)              HTML response records, streamed
//	.gz                           decompressed, then read by the inner name
//	anything else, and "-"        sniffed: gzip, WARC/, {, [, <root>, else text
//	http(s)://…                   fetched; page, feed, sitemap (index), OPML or
//	                              plain text by Content-Type and content
//
// Folder walks skip hidden entries, backup files (~) and the notes that
// describe a folder (README, LICENSE, CHANGELOG …); named on the command
// line such a file is read. One document (file, record, page) may be at
// most MaxFileSize; a larger file is refused from its size, unread.
//
// Metadata: JSON Lines fields win over what extraction finds (the user gave
// them). A feed entry's or news sitemap's title and date win too (stated
// exactly, with the time of day); its outlet, authors and language only
// fill gaps. The id is the record's own, else crossread.ContentID(text).
package source

import (
	"context"
	"io"
	"log/slog"
	"maps"
	"os"
	"runtime"
	"slices"
	"sync"
	"sync/atomic"

	"crossread"
	"crossread/extract"
	"crossread/source/fetch"
)

// Options configure reading. The zero value reads with the defaults.
type Options struct {
	Stdin     io.Reader // for "-"; os.Stdin when nil
	UserAgent string    // for fetched URLs, when Fetcher is nil
	Jobs      int       // extraction workers; 0 = all cores

	// MaxFileSize bounds one document (a file, a JSON Lines line, a WARC
	// record, a decompressed .gz) [50 MB]. Containers (WARC, JSON Lines)
	// may be larger: they are streamed.
	MaxFileSize int64

	// Fetcher fetches URLs, feed entries, sitemap pages. When nil, one is
	// made from UserAgent with the fetch defaults and AllowPrivate set (a
	// command-line user may read their own intranet); a server must pass
	// its own Fetcher with AllowPrivate false.
	Fetcher *fetch.Fetcher
	// Offline refuses URL inputs and never fetches; feed entries keep the
	// text the feed carries.
	Offline bool
	// MaxURLs bounds the pages one feed, sitemap or OPML input may expand
	// into [1000].
	MaxURLs int
	// FullTextWords: a feed entry with fewer words is a teaser, and its
	// full article is fetched [feed.MinFullWords].
	FullTextWords int

	// Ordered makes Stream deliver results in the order documents were
	// found: input order for files, folders, JSON Lines and WARC records;
	// for fetched pages, the order their fetches completed. A slow document
	// then holds back the ones after it.
	Ordered bool

	// Progress, when set, is called after every result from the goroutine
	// that delivers results (never concurrently).
	Progress func(Progress)
	// Extract replaces extract.Extract (tests, experiments).
	Extract func(page []byte, opt extract.Options) (*crossread.Article, error)
	Logger  *slog.Logger
}

// Progress counts documents. Found is the documents discovered so far plus
// the files a folder walk listed but that are not opened yet; it grows as
// containers are read (a feed or a WARC reveals its documents as it goes),
// so a progress bar's total should follow it.
type Progress struct {
	Found  int // documents known so far (see above)
	Done   int // documents finished (articles + errors)
	Failed int // of Done, those that failed
}

// Result is one document's outcome: an article or an error.
type Result struct {
	Article *crossread.Article
	Err     *crossread.ReadError
	order   []int // position in input order, for Load's stable output
	seq     int64 // the order in which documents were found
}

const defaultMaxFileSize = 50 << 20

func (o *Options) defaults() {
	if o.Stdin == nil {
		o.Stdin = os.Stdin
	}
	if o.Jobs <= 0 {
		o.Jobs = runtime.GOMAXPROCS(0)
	}
	if o.MaxFileSize <= 0 {
		o.MaxFileSize = defaultMaxFileSize
	}
	if o.MaxURLs <= 0 {
		o.MaxURLs = 1000
	}
	if o.Extract == nil {
		o.Extract = extract.Extract
	}
	if o.Logger == nil {
		o.Logger = slog.New(slog.DiscardHandler)
	}
	if o.Fetcher == nil && !o.Offline {
		o.Fetcher = fetch.New(fetch.Options{UserAgent: o.UserAgent, AllowPrivate: true, Logger: o.Logger})
	}
}

// Load reads every input (file, folder, "-", URL) and returns the articles
// found and one ReadError per document that could not be read, both in
// input order. It never stops at a bad document.
func Load(ctx context.Context, inputs []string, opt Options) ([]*crossread.Article, []crossread.ReadError) {
	var results []Result
	Stream(ctx, inputs, opt, func(r Result) { results = append(results, r) })
	slices.SortStableFunc(results, func(a, b Result) int { return slices.Compare(a.order, b.order) })
	var arts []*crossread.Article
	var errs []crossread.ReadError
	for _, r := range results {
		if r.Article != nil {
			arts = append(arts, r.Article)
		}
		if r.Err != nil { // (both: an article that stands in for what failed)
			errs = append(errs, *r.Err)
		}
	}
	return arts, errs
}

// Stream reads the inputs like Load but hands each result to emit as soon
// as it is ready, in completion order, from a single goroutine. It returns
// when every input is done or ctx is cancelled.
func Stream(ctx context.Context, inputs []string, opt Options, emit func(Result)) {
	opt.defaults()
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	r := &run{ctx: ctx, opt: opt, docs: make(chan *doc, 2*opt.Jobs), results: make(chan Result, 4*opt.Jobs),
		netSem: make(chan struct{}, 32)}

	var workers sync.WaitGroup
	for range opt.Jobs {
		workers.Go(func() {
			for d := range r.docs {
				res := r.convert(d)
				res.seq = d.seq
				r.send(res)
			}
		})
	}
	r.producers.Go(func() {
		for i, in := range inputs {
			if ctx.Err() != nil {
				return
			}
			r.guard([]int{i}, in, func() { r.input([]int{i}, in) })
		}
	})
	go func() {
		r.producers.Wait()
		close(r.docs)
		workers.Wait()
		close(r.results)
	}()
	var p Progress
	deliver := func(res Result) {
		p.Done++
		if res.Err != nil {
			p.Failed++
		}
		emit(res)
		if opt.Progress != nil {
			p.Found = max(int(r.found.Load()+r.unopened.Load()), p.Done)
			opt.Progress(p)
		}
	}
	if !opt.Ordered {
		for res := range r.results {
			deliver(res)
		}
		return
	}
	// Every document found gets the next number and yields exactly one
	// result, so a result waits only for those found before it.
	held := map[int64]Result{}
	var next int64
	for res := range r.results {
		held[res.seq] = res
		for {
			h, ok := held[next]
			if !ok {
				break
			}
			delete(held, next)
			next++
			deliver(h)
		}
	}
	// After a cancellation some numbers never come back.
	rest := slices.Sorted(maps.Keys(held))
	for _, k := range rest {
		deliver(held[k])
	}
}

// run is one Stream call.
type run struct {
	ctx       context.Context
	opt       Options
	docs      chan *doc
	results   chan Result
	producers sync.WaitGroup
	netSem    chan struct{} // bounds concurrent URL goroutines
	found     atomic.Int64  // documents discovered
	unopened  atomic.Int64  // files listed by a folder walk, not opened yet
	expanded  sync.Map      // URLs found in feeds, sitemaps and OPML lists
}

// guard runs a producer step; a panic (a bug met by some input) becomes
// that input's error instead of ending the run.
func (r *run) guard(order []int, where string, step func()) {
	defer func() {
		if p := recover(); p != nil {
			r.opt.Logger.Error("panic while reading an input", "source", where, "panic", p)
			err := crossread.Errorf(crossread.EINTERNAL, "internal error: %v", p)
			if isURL(where) {
				r.fail(order, "", where, err)
			} else {
				r.fail(order, where, "", err)
			}
		}
	}()
	step()
}

// send delivers a result unless the run was cancelled.
func (r *run) send(res Result) {
	select {
	case r.results <- res:
	case <-r.ctx.Done():
	}
}

// dispatch queues a document for the workers.
func (r *run) dispatch(d *doc) {
	d.seq = r.found.Add(1) - 1
	select {
	case r.docs <- d:
	case <-r.ctx.Done():
	}
}

// fail reports a document that could not be read.
func (r *run) fail(order []int, path, url string, err error) {
	seq := r.found.Add(1) - 1
	r.send(Result{Err: readError(path, url, err), order: order, seq: seq})
}

// readError turns an error into the ReadError the outputs list. Fetch
// failures carry their fetch kind as the code ("http_5xx", "timeout", …),
// which is finer than the application code and what a reader acts on.
func readError(path, url string, err error) *crossread.ReadError {
	e := &crossread.ReadError{Path: path, URL: url, Error: crossread.ErrorMessage(err), Code: crossread.ErrorCode(err)}
	if k := fetch.KindOf(err); k != "" && k != fetch.KindOther {
		e.Code = string(k)
	}
	return e
}

// sub returns order extended by i: the position of a part of an input.
func sub(order []int, i int) []int {
	return append(slices.Clip(order), i)
}
