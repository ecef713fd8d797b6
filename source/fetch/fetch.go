// Package fetch is a polite HTTP fetcher for news pages and feeds: it obeys
// robots.txt (cached per host), spaces and caps requests per host, retries
// 429 and 5xx with back-off (honouring Retry-After), revalidates cached
// bodies with ETag and Last-Modified, limits redirects and body size,
// decodes gzip, deflate and brotli, and sorts every failure into a Kind.
//
// With AllowPrivate false, connections to loopback, private, link-local
// and other non-public addresses are refused after DNS resolution, at dial
// time, so neither a redirect nor a DNS answer can reach them.
package fetch

import (
	"bytes"
	"compress/flate"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"math/rand/v2"
	"net"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"time"

	"github.com/andybalholm/brotli"
)

// Options configure a Fetcher. Zero values take the defaults in brackets.
type Options struct {
	UserAgent          string        // ["crossread/1"]
	Timeout            time.Duration // per attempt, body included [30s]
	MaxBodySize        int64         // decoded bytes [10 MB]
	MaxRedirects       int           // [10]
	Retries            int           // extra attempts on 429, 5xx, timeouts, resets [2]; <0 for none
	RetryBackoff       time.Duration // first back-off, doubled each time, with jitter [1s]
	MaxRetryAfter      time.Duration // a longer Retry-After fails at once [60s]
	PerHostConcurrency int           // simultaneous requests to one host [2]
	PerHostInterval    time.Duration // minimum spacing of requests to one host [500ms]; <0 for none
	MaxCrawlDelay      time.Duration // cap on a robots.txt Crawl-delay [10s]
	IgnoreRobots       bool          // do not read robots.txt
	AllowPrivate       bool          // allow loopback/private/link-local addresses
	Cache              Cache         // conditional GET; nil for none
	Logger             *slog.Logger  // [discard]
	// Transport replaces the default transport (tests); the private-address
	// check then is the transport's business.
	Transport http.RoundTripper
}

func (o *Options) defaults() {
	if o.UserAgent == "" {
		o.UserAgent = "crossread/1"
	}
	if o.Timeout <= 0 {
		o.Timeout = 30 * time.Second
	}
	if o.MaxBodySize <= 0 {
		o.MaxBodySize = 10 << 20
	}
	if o.MaxRedirects <= 0 {
		o.MaxRedirects = 10
	}
	if o.Retries == 0 {
		o.Retries = 2
	} else if o.Retries < 0 {
		o.Retries = 0
	}
	if o.RetryBackoff <= 0 {
		o.RetryBackoff = time.Second
	}
	if o.MaxRetryAfter <= 0 {
		o.MaxRetryAfter = time.Minute
	}
	if o.PerHostConcurrency <= 0 {
		o.PerHostConcurrency = 2
	}
	if o.PerHostInterval == 0 {
		o.PerHostInterval = 500 * time.Millisecond
	} else if o.PerHostInterval < 0 {
		o.PerHostInterval = 0
	}
	if o.MaxCrawlDelay <= 0 {
		o.MaxCrawlDelay = 10 * time.Second
	}
	if o.Logger == nil {
		o.Logger = slog.New(slog.DiscardHandler)
	}
}

// Response is a successful fetch.
type Response struct {
	URL         string // after redirects
	Status      int
	Header      http.Header
	ContentType string
	Body        []byte // decoded
	NotModified bool   // 304: Body is the cached copy
}

// Fetcher is safe for concurrent use.
type Fetcher struct {
	opt    Options
	client *http.Client
	mu     sync.Mutex
	hosts  map[string]*host
}

type host struct {
	sem chan struct{}

	mu         sync.Mutex
	next       time.Time // earliest start of the next request
	robotsOnce sync.Once
	robots     *robots
}

// New returns a Fetcher.
func New(opt Options) *Fetcher {
	opt.defaults()
	f := &Fetcher{opt: opt, hosts: map[string]*host{}}
	tr := opt.Transport
	if tr == nil {
		dialer := &net.Dialer{Timeout: 10 * time.Second, KeepAlive: 30 * time.Second}
		if !opt.AllowPrivate {
			dialer.Control = refusePrivate
		}
		t := &http.Transport{
			DialContext:           dialer.DialContext,
			TLSHandshakeTimeout:   10 * time.Second,
			ResponseHeaderTimeout: opt.Timeout,
			MaxIdleConnsPerHost:   opt.PerHostConcurrency,
			IdleConnTimeout:       90 * time.Second,
			DisableCompression:    true, // we ask for br too and decode ourselves
			ForceAttemptHTTP2:     true,
		}
		if opt.AllowPrivate {
			// A proxy would hide the real destination from the dial check,
			// so only a fetcher allowed everywhere may use one.
			t.Proxy = http.ProxyFromEnvironment
		}
		tr = t
	}
	f.client = &http.Client{Transport: &polite{f: f, base: tr}, CheckRedirect: f.checkRedirect}
	return f
}

// Options returns the effective options.
func (f *Fetcher) Options() Options { return f.opt }

func (f *Fetcher) host(key string) *host {
	f.mu.Lock()
	defer f.mu.Unlock()
	h := f.hosts[key]
	if h == nil {
		h = &host{sem: make(chan struct{}, f.opt.PerHostConcurrency)}
		f.hosts[key] = h
	}
	return h
}

type visitedKey struct{}

func (f *Fetcher) checkRedirect(req *http.Request, via []*http.Request) error {
	u := req.URL
	if u.Scheme != "http" && u.Scheme != "https" {
		return &Error{Kind: KindBadURL, URL: u.String(), Err: fmt.Errorf("redirect to a %q URL", u.Scheme)}
	}
	for _, v := range via {
		if v.URL.String() == u.String() {
			return &Error{Kind: KindRedirectLoop, URL: via[0].URL.String(), Err: fmt.Errorf("redirected back to %s", u)}
		}
	}
	if len(via) >= f.opt.MaxRedirects {
		return &Error{Kind: KindTooManyRedirects, URL: via[0].URL.String(), Err: fmt.Errorf("more than %d redirects", f.opt.MaxRedirects)}
	}
	if !f.opt.AllowPrivate {
		if ip := net.ParseIP(strings.Trim(u.Hostname(), "[]")); ip != nil && !publicIP(ip) {
			return &blockedError{addr: u.Host}
		}
	}
	// A robots.txt request follows its redirects unchecked: checking would
	// re-enter the host's robots fetch that is under way.
	if !f.opt.IgnoreRobots && req.Context().Value(robotsKey{}) == nil && !f.robotsAllow(req.Context(), u) {
		return &Error{Kind: KindRobots, URL: u.String(), Err: errors.New("redirect target disallowed by robots.txt")}
	}
	return nil
}

// Get fetches a URL politely, retrying what is worth retrying.
func (f *Fetcher) Get(ctx context.Context, rawURL string) (*Response, error) {
	u, err := url.Parse(strings.TrimSpace(rawURL))
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return nil, wrap(&Error{Kind: KindBadURL, URL: rawURL, Err: errors.New("not an absolute http(s) URL")})
	}
	u.Fragment = ""
	if !f.opt.IgnoreRobots && !f.robotsAllow(ctx, u) {
		return nil, wrap(&Error{Kind: KindRobots, URL: rawURL, Err: errors.New("disallowed by robots.txt")})
	}
	backoff := f.opt.RetryBackoff
	for attempt := 0; ; attempt++ {
		resp, ferr := f.once(ctx, u, true)
		if ferr == nil {
			return resp, nil
		}
		ferr.URL = rawURL
		if attempt >= f.opt.Retries || !retryable(ferr) || ctx.Err() != nil {
			return nil, wrap(ferr)
		}
		wait := backoff + time.Duration(rand.Int64N(int64(backoff)/2+1))
		if ferr.RetryAfter > 0 {
			if ferr.RetryAfter > f.opt.MaxRetryAfter {
				return nil, wrap(ferr)
			}
			wait = ferr.RetryAfter
		}
		backoff *= 2
		f.opt.Logger.Debug("retrying", "url", rawURL, "kind", string(ferr.Kind), "wait", wait)
		if err := sleep(ctx, wait); err != nil {
			return nil, wrap(&Error{Kind: KindCanceled, URL: rawURL, Err: err})
		}
	}
}

func retryable(e *Error) bool {
	switch e.Kind {
	case KindTooManyRequests, KindTimeout, KindConnection:
		return true
	case KindHTTP5xx:
		return e.Status != http.StatusNotImplemented && e.Status != http.StatusHTTPVersionNotSupported
	}
	return false
}

func sleep(ctx context.Context, d time.Duration) error {
	if d <= 0 {
		return nil
	}
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
		return ctx.Err()
	case <-t.C:
		return nil
	}
}

// wait takes a per-host slot and waits for the host's spacing.
func (f *Fetcher) wait(ctx context.Context, h *host) (release func(), err error) {
	select {
	case h.sem <- struct{}{}:
	case <-ctx.Done():
		return nil, ctx.Err()
	}
	if err := sleep(ctx, f.reserve(h)); err != nil {
		<-h.sem
		return nil, err
	}
	return func() { <-h.sem }, nil
}

// reserve books the host's next start time and returns how long to wait
// for it.
func (f *Fetcher) reserve(h *host) time.Duration {
	h.mu.Lock()
	defer h.mu.Unlock()
	interval := f.opt.PerHostInterval
	if h.robots != nil && h.robots.crawlDelay > interval {
		interval = min(h.robots.crawlDelay, f.opt.MaxCrawlDelay)
	}
	now := time.Now()
	start := h.next
	if start.Before(now) {
		start = now
	}
	h.next = start.Add(interval)
	return time.Until(start)
}

// robotsKey marks a robots.txt request: it is spaced like any other but
// takes no concurrency slot, so a robots check made while following a
// redirect (with the redirecting response still open) cannot wait on
// slots held by its own caller.
type robotsKey struct{}

// polite applies the per-host spacing and concurrency cap to every request
// the client sends, redirect hops included. A slot is held until the
// response body is closed.
type polite struct {
	f    *Fetcher
	base http.RoundTripper
}

func (p *polite) RoundTrip(req *http.Request) (*http.Response, error) {
	h := p.f.host(req.URL.Scheme + "://" + req.URL.Host)
	ctx := req.Context()
	var release func()
	if ctx.Value(robotsKey{}) != nil {
		if err := sleep(ctx, p.f.reserve(h)); err != nil {
			return nil, err
		}
		release = func() {}
	} else {
		var err error
		if release, err = p.f.wait(ctx, h); err != nil {
			return nil, err
		}
	}
	resp, err := p.base.RoundTrip(req)
	if err != nil {
		release()
		return nil, err
	}
	resp.Body = &releaseBody{ReadCloser: resp.Body, release: release}
	return resp, nil
}

type releaseBody struct {
	io.ReadCloser
	once    sync.Once
	release func()
}

func (b *releaseBody) Close() error {
	err := b.ReadCloser.Close()
	b.once.Do(b.release)
	return err
}

// once makes one attempt (redirects included).
func (f *Fetcher) once(ctx context.Context, u *url.URL, useCache bool) (*Response, *Error) {
	if !useCache {
		ctx = context.WithValue(ctx, robotsKey{}, true)
	}
	ctx, cancel := context.WithTimeout(ctx, f.opt.Timeout)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u.String(), nil)
	if err != nil {
		return nil, &Error{Kind: KindBadURL, URL: u.String(), Err: err}
	}
	req.Header.Set("User-Agent", f.opt.UserAgent)
	req.Header.Set("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,application/rss+xml,application/atom+xml,application/feed+json,*/*;q=0.8")
	req.Header.Set("Accept-Encoding", "gzip, deflate, br")
	var cached *CacheEntry
	if useCache && f.opt.Cache != nil {
		if e, ok := f.opt.Cache.Get(u.String()); ok && e != nil {
			cached = e
			if e.ETag != "" {
				req.Header.Set("If-None-Match", e.ETag)
			}
			if e.LastModified != "" {
				req.Header.Set("If-Modified-Since", e.LastModified)
			}
		}
	}
	resp, err := f.client.Do(req)
	if err != nil {
		return nil, &Error{Kind: classify(ctx, err), URL: u.String(), Err: unwrapURLError(err)}
	}
	defer resp.Body.Close()
	final := resp.Request.URL.String()
	if resp.StatusCode == http.StatusNotModified && cached != nil {
		io.Copy(io.Discard, io.LimitReader(resp.Body, 64<<10))
		return &Response{URL: final, Status: resp.StatusCode, Header: resp.Header, ContentType: cached.ContentType,
			Body: cached.Body, NotModified: true}, nil
	}
	if resp.StatusCode < 200 || resp.StatusCode > 299 {
		io.Copy(io.Discard, io.LimitReader(resp.Body, 64<<10))
		return nil, &Error{Kind: statusKind(resp.StatusCode), URL: u.String(), Status: resp.StatusCode,
			RetryAfter: retryAfter(resp.Header.Get("Retry-After")), Err: fmt.Errorf("%s", http.StatusText(resp.StatusCode))}
	}
	if resp.ContentLength > f.opt.MaxBodySize {
		return nil, &Error{Kind: KindTooLarge, URL: u.String(), Status: resp.StatusCode,
			Err: fmt.Errorf("Content-Length %d over the %d-byte limit", resp.ContentLength, f.opt.MaxBodySize)}
	}
	body, err := readBody(resp, f.opt.MaxBodySize)
	if err != nil {
		var fe *Error
		if errors.As(err, &fe) {
			fe.URL, fe.Status = u.String(), resp.StatusCode
			return nil, fe
		}
		return nil, &Error{Kind: classify(ctx, err), URL: u.String(), Status: resp.StatusCode, Err: err}
	}
	out := &Response{URL: final, Status: resp.StatusCode, Header: resp.Header, ContentType: resp.Header.Get("Content-Type"), Body: body}
	if useCache && f.opt.Cache != nil {
		etag, lm := resp.Header.Get("ETag"), resp.Header.Get("Last-Modified")
		if etag != "" || lm != "" {
			f.opt.Cache.Put(u.String(), &CacheEntry{URL: final, ETag: etag, LastModified: lm, ContentType: out.ContentType,
				Body: body, Stored: time.Now()})
		}
	}
	return out, nil
}

func unwrapURLError(err error) error {
	var ue *url.Error
	if errors.As(err, &ue) {
		return ue.Err
	}
	return err
}

// readBody reads and decodes the body, refusing more than max decoded
// bytes (so a small compressed bomb is refused too).
func readBody(resp *http.Response, max int64) ([]byte, error) {
	var r io.Reader = resp.Body
	switch strings.ToLower(strings.TrimSpace(resp.Header.Get("Content-Encoding"))) {
	case "", "identity":
	case "gzip", "x-gzip":
		zr, err := gzip.NewReader(resp.Body)
		if err != nil {
			return nil, &Error{Kind: KindOther, Err: fmt.Errorf("broken gzip body: %w", err)}
		}
		defer zr.Close()
		r = zr
	case "deflate":
		// Servers send either zlib-wrapped or raw deflate under this name.
		br := newPeekReader(resp.Body)
		if head := br.peek(2); len(head) == 2 && head[0]&0x0f == 8 && (uint16(head[0])<<8|uint16(head[1]))%31 == 0 {
			zr, err := zlibReader(br)
			if err != nil {
				return nil, &Error{Kind: KindOther, Err: fmt.Errorf("broken deflate body: %w", err)}
			}
			r = zr
		} else {
			r = flate.NewReader(br)
		}
	case "br":
		r = brotli.NewReader(resp.Body)
	default:
		return nil, &Error{Kind: KindOther, Err: fmt.Errorf("unsupported Content-Encoding %q", resp.Header.Get("Content-Encoding"))}
	}
	var buf bytes.Buffer
	n, err := io.Copy(&buf, io.LimitReader(r, max+1))
	if n > max {
		return nil, &Error{Kind: KindTooLarge, Err: fmt.Errorf("body over the %d-byte limit", max)}
	}
	if err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// retryAfter reads a Retry-After header: seconds or an HTTP date.
func retryAfter(v string) time.Duration {
	v = strings.TrimSpace(v)
	if v == "" {
		return 0
	}
	if s, err := strconv.Atoi(v); err == nil {
		if s < 0 {
			return 0
		}
		return time.Duration(s) * time.Second
	}
	if t, err := http.ParseTime(v); err == nil {
		if d := time.Until(t); d > 0 {
			return d
		}
	}
	return 0
}

// robotsAllow fetches the host's robots.txt once and applies it. A missing
// robots.txt (4xx) allows everything. So does an unreachable one (5xx,
// network error): RFC 9309 would have us assume full disallow, but the
// fetches we make are ones a person asked for, and the page fetch itself
// reports a host that is down.
func (f *Fetcher) robotsAllow(ctx context.Context, u *url.URL) bool {
	h := f.host(u.Scheme + "://" + u.Host)
	h.robotsOnce.Do(func() {
		ru := &url.URL{Scheme: u.Scheme, Host: u.Host, Path: "/robots.txt"}
		rules := &robots{}
		if resp, err := f.once(ctx, ru, false); err != nil {
			f.opt.Logger.Debug("robots.txt unavailable", "url", ru.String(), "kind", string(err.Kind))
		} else {
			rules = parseRobots(resp.Body, f.opt.UserAgent)
		}
		h.mu.Lock()
		h.robots = rules
		h.mu.Unlock()
	})
	p := u.EscapedPath()
	if p == "" {
		p = "/"
	}
	if u.RawQuery != "" {
		p += "?" + u.RawQuery
	}
	return h.robots.allowed(p)
}

// blockedError is returned at dial time for a refused address.
type blockedError struct{ addr string }

func (e *blockedError) Error() string {
	return "refusing to connect to non-public address " + e.addr
}

func refusePrivate(network, address string, _ syscall.RawConn) error {
	host, _, err := net.SplitHostPort(address)
	if err != nil {
		host = address
	}
	ip := net.ParseIP(host)
	if ip == nil || !publicIP(ip) {
		return &blockedError{addr: address}
	}
	return nil
}

var cgnat = &net.IPNet{IP: net.IPv4(100, 64, 0, 0), Mask: net.CIDRMask(10, 32)}

// publicIP reports whether ip is a public unicast address.
func publicIP(ip net.IP) bool {
	if ip4 := ip.To4(); ip4 != nil {
		ip = ip4
		if ip4[0] == 0 || cgnat.Contains(ip4) || (ip4[0] == 192 && ip4[1] == 0 && ip4[2] == 0) || ip4[0] >= 240 {
			return false
		}
	}
	return !(ip.IsLoopback() || ip.IsPrivate() || ip.IsLinkLocalUnicast() || ip.IsLinkLocalMulticast() ||
		ip.IsInterfaceLocalMulticast() || ip.IsMulticast() || ip.IsUnspecified())
}
