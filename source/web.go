package source

import (
	"bytes"
	"compress/gzip"
	"io"
	"mime"
	"net/url"
	"strings"
	"sync/atomic"

	"crossread"
	"crossread/source/feed"
	"crossread/source/fetch"
	"crossread/source/sitemap"
)

// expect is what a URL is expected to hold.
type expect int

const (
	fetchAuto    expect = iota // a command-line URL: a page, feed, sitemap or OPML list
	fetchPage                  // a feed entry's or sitemap's article: HTML
	fetchFeed                  // an OPML list's feed
	fetchSitemap               // a sitemap index's child
)

// budget bounds how many URLs one input may expand into.
type budget struct{ left atomic.Int64 }

func (b *budget) take() bool { return b == nil || b.left.Add(-1) >= 0 }

func (r *run) newBudget() *budget {
	b := &budget{}
	b.left.Store(int64(r.opt.MaxURLs))
	return b
}

// job is a URL to fetch and what to do with it.
type job struct {
	order  []int
	url    string
	expect expect
	meta   meta
	depth  int // sitemap index nesting
	budget *budget
	// fallback stands in for the page when it cannot be fetched or read:
	// a feed entry's summary, which is better than losing the entry.
	fallback *doc
}

// goURL fetches a URL in its own goroutine (bounded by netSem; the
// Fetcher adds per-host politeness). Callers are producers themselves, so
// the producers count is above zero here.
func (r *run) goURL(order []int, u string, e expect, m meta) {
	r.goJob(job{order: order, url: u, expect: e, meta: m, budget: r.newBudget()})
}

func (r *run) goJob(j job) {
	// A page listed by two feeds, or by a feed and a sitemap, is fetched
	// once: the second fetch would only give a duplicate, impolitely.
	if j.expect != fetchAuto {
		if _, seen := r.expanded.LoadOrStore(j.url, true); seen {
			r.opt.Logger.Debug("already fetched in this run", "url", j.url)
			return
		}
	}
	if r.opt.Offline || r.opt.Fetcher == nil {
		r.jobFailed(j, crossread.Errorf(crossread.EUNAVAILABLE, "not fetched: reading offline"))
		return
	}
	r.producers.Add(1)
	go func() {
		defer r.producers.Done()
		select {
		case r.netSem <- struct{}{}:
		case <-r.ctx.Done():
			return
		}
		r.guard(j.order, j.url, func() {
			resp, err := func() (*fetch.Response, error) {
				defer func() { <-r.netSem }()
				return r.opt.Fetcher.Get(r.ctx, j.url)
			}()
			if err != nil {
				if r.ctx.Err() == nil {
					r.jobFailed(j, err)
				}
				return
			}
			r.response(j, resp)
		})
	}()
}

// jobFailed reports a fetch that failed, and reads the job's fallback in
// its place when it has one.
func (r *run) jobFailed(j job, err error) {
	if j.fallback != nil {
		d := *j.fallback
		d.warning = err
		r.dispatch(&d)
		return
	}
	r.fail(j.order, "", j.url, err)
}

// response routes a fetched body by its Content-Type and content.
func (r *run) response(j job, resp *fetch.Response) {
	body, ct := resp.Body, resp.ContentType
	mt, _, _ := mime.ParseMediaType(ct)
	mt = strings.ToLower(mt)
	if mt == "application/gzip" || mt == "application/x-gzip" || bytes.HasPrefix(body, []byte{0x1f, 0x8b}) {
		// sitemap.xml.gz and friends
		zr, err := gzip.NewReader(bytes.NewReader(body))
		if err != nil {
			r.jobFailed(j, &crossread.Error{Code: crossread.EINVALID, Message: "broken gzip data", Err: err})
			return
		}
		max := r.opt.Fetcher.Options().MaxBodySize
		body, err = io.ReadAll(io.LimitReader(zr, max+1))
		if err != nil || int64(len(body)) > max {
			r.jobFailed(j, fetch.Fail(fetch.KindTooLarge, j.url, "decompressed body over the limit or broken"))
			return
		}
		mt, ct = "", ""
	}
	f := formatOf(mt, body)
	if f == fmtUnknown {
		r.jobFailed(j, fetch.Fail(fetch.KindNotHTML, j.url, "content type %q is not a page, feed or sitemap", ct))
		return
	}
	switch j.expect {
	case fetchPage:
		if f != fmtHTML {
			r.jobFailed(j, fetch.Fail(fetch.KindNotHTML, j.url, "content type %q, not an HTML page", ct))
			return
		}
	case fetchFeed:
		if f != fmtFeed && f != fmtJSON {
			r.jobFailed(j, fetch.Fail(fetch.KindNotHTML, j.url, "content type %q, not a feed", ct))
			return
		}
	case fetchSitemap:
		if f != fmtSitemap {
			r.jobFailed(j, fetch.Fail(fetch.KindNotHTML, j.url, "content type %q, not a sitemap", ct))
			return
		}
	}
	switch f {
	case fmtHTML:
		j.meta.url = firstNonEmpty(j.meta.url, resp.URL)
		r.dispatch(&doc{order: j.order, url: resp.URL, kind: kindHTML, body: body, contentType: ct, meta: j.meta})
	case fmtText:
		r.dispatch(&doc{order: j.order, url: resp.URL, kind: kindText, body: body, meta: j.meta})
	case fmtFeed:
		r.feedFrom(j.order, "", resp.URL, body, j.budget)
	case fmtSitemap:
		r.sitemapFrom(j.order, "", resp.URL, body, j.depth, j.budget)
	case fmtOPML:
		r.opmlFrom(j.order, "", resp.URL, body, j.budget)
	case fmtJSON:
		r.jsonDocument(j.order, "", resp.URL, body)
	}
}

// formatOf decides a fetched body's format from its media type, sniffing
// where the type is generic or missing. fmtUnknown: not ours.
func formatOf(mt string, body []byte) format {
	s := sniff(body)
	switch {
	case mt == "text/html" || mt == "application/xhtml+xml":
		if s == fmtFeed || s == fmtSitemap || s == fmtOPML {
			return s // feeds served as text/html exist
		}
		return fmtHTML
	case strings.HasSuffix(mt, "+xml") || mt == "application/xml" || mt == "text/xml" || mt == "text/x-opml":
		if s == fmtHTML || s == fmtFeed || s == fmtSitemap || s == fmtOPML {
			return s
		}
		return fmtFeed // let the feed parser say what is wrong
	case mt == "application/json" || mt == "application/feed+json" || strings.HasSuffix(mt, "+json") ||
		mt == "application/x-ndjson" || mt == "application/jsonl":
		return fmtJSON
	case mt == "text/plain":
		if s == fmtText {
			return fmtText
		}
		return s
	case mt == "" || mt == "application/octet-stream" || mt == "binary/octet-stream":
		if s == fmtWARC || s == fmtGzip {
			return fmtUnknown
		}
		return s
	}
	return fmtUnknown
}

// resolve makes a link absolute against the document it was found in.
func resolve(base, link string) string {
	link = strings.TrimSpace(link)
	if link == "" || base == "" {
		return link
	}
	b, err := url.Parse(base)
	if err != nil {
		return link
	}
	l, err := url.Parse(link)
	if err != nil {
		return link
	}
	return b.ResolveReference(l).String()
}

func (r *run) feed(order []int, path, u string, body []byte) {
	r.feedFrom(order, path, u, body, r.newBudget())
}

// feedFrom turns a feed's entries into documents: the content the feed
// carries when it is the whole article, else the article at the entry's
// link.
func (r *run) feedFrom(order []int, path, u string, body []byte, b *budget) {
	fd, err := feed.Parse(body)
	if err != nil {
		r.fail(order, path, u, err)
		return
	}
	if len(fd.Entries) == 0 {
		r.fail(order, path, u, crossread.Errorf(crossread.EEMPTY, "feed has no entries"))
		return
	}
	base := firstNonEmpty(u, fd.Link)
	for i, e := range fd.Entries {
		if !b.take() {
			r.opt.Logger.Warn("feed truncated at the URL limit", "source", path+u, "limit", r.opt.MaxURLs)
			return
		}
		link := resolve(base, e.Link)
		m := meta{title: e.Title, published: e.Published, authors: e.Authors, source: fd.Outlet(), language: fd.Language, url: link}
		o := sub(order, i)
		if e.NeedsFullArticle(r.opt.FullTextWords) && isURL(link) && !r.opt.Offline {
			j := job{order: o, url: link, expect: fetchPage, meta: m, budget: b}
			if strings.TrimSpace(feed.Text(e.Body())) != "" {
				j.fallback = &doc{order: o, path: path, url: link, kind: kindFragment, body: []byte(e.Body()), meta: m}
			}
			r.goJob(j)
			continue
		}
		if strings.TrimSpace(feed.Text(e.Body())) == "" {
			r.fail(o, path, link, crossread.Errorf(crossread.EEMPTY, "feed entry %q has no text and no link", e.Title))
			continue
		}
		r.dispatch(&doc{order: o, path: path, url: link, kind: kindFragment, body: []byte(e.Body()), meta: m})
	}
}

func (r *run) sitemap(order []int, path, u string, body []byte, depth int) {
	r.sitemapFrom(order, path, u, body, depth, r.newBudget())
}

// maxSitemapDepth bounds index-of-index nesting.
const maxSitemapDepth = 3

// sitemapFrom fetches the pages of a urlset (with their news titles and
// dates) or the sitemaps of an index.
func (r *run) sitemapFrom(order []int, path, u string, body []byte, depth int, b *budget) {
	sm, err := sitemap.Parse(body)
	if err != nil {
		r.fail(order, path, u, err)
		return
	}
	if sm.IsIndex() {
		if depth >= maxSitemapDepth {
			r.fail(order, path, u, crossread.Errorf(crossread.EINVALID, "sitemap indexes nested deeper than %d", maxSitemapDepth))
			return
		}
		for i, child := range sm.Sitemaps {
			if !b.take() {
				return
			}
			r.goJob(job{order: sub(order, i), url: resolve(u, child), expect: fetchSitemap, depth: depth + 1, budget: b})
		}
		return
	}
	if len(sm.URLs) == 0 {
		r.fail(order, path, u, crossread.Errorf(crossread.EEMPTY, "sitemap lists no pages"))
		return
	}
	for i, e := range sm.URLs {
		if !b.take() {
			r.opt.Logger.Warn("sitemap truncated at the URL limit", "source", path+u, "limit", r.opt.MaxURLs)
			return
		}
		link := resolve(u, e.Loc)
		m := meta{title: e.Title, published: e.Published, source: e.Source, language: e.Language, url: link}
		r.goJob(job{order: sub(order, i), url: link, expect: fetchPage, meta: m, budget: b})
	}
}

func (r *run) opml(order []int, path, u string, body []byte) {
	r.opmlFrom(order, path, u, body, r.newBudget())
}

// opmlFrom reads every feed an OPML list names.
func (r *run) opmlFrom(order []int, path, u string, body []byte, b *budget) {
	outlines, err := feed.ParseOPML(body)
	if err != nil {
		r.fail(order, path, u, err)
		return
	}
	if len(outlines) == 0 {
		r.fail(order, path, u, crossread.Errorf(crossread.EEMPTY, "OPML list names no feeds"))
		return
	}
	for i, o := range outlines {
		if !b.take() {
			return
		}
		r.goJob(job{order: sub(order, i), url: resolve(u, o.XMLURL), expect: fetchFeed, budget: b})
	}
}
