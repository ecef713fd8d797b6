package fetch

import (
	"bytes"
	"compress/gzip"
	"compress/zlib"
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/andybalholm/brotli"

	"crossread"
)

// testFetcher is quick: short timeouts and back-off, no spacing.
func testFetcher(opt Options) *Fetcher {
	opt.AllowPrivate = true
	if opt.Timeout == 0 {
		opt.Timeout = 2 * time.Second
	}
	if opt.RetryBackoff == 0 {
		opt.RetryBackoff = 5 * time.Millisecond
	}
	if opt.PerHostInterval == 0 {
		opt.PerHostInterval = -1
	}
	return New(opt)
}

func wantKind(t *testing.T, err error, kind Kind) {
	t.Helper()
	if err == nil {
		t.Fatalf("no error, want %s", kind)
	}
	if got := KindOf(err); got != kind {
		t.Fatalf("kind = %s, want %s (%v)", got, kind, err)
	}
	if crossread.ErrorCode(err) != kind.Code() {
		t.Errorf("code = %s, want %s", crossread.ErrorCode(err), kind.Code())
	}
}

func TestRobotsDisallow(t *testing.T) {
	var pageHits atomic.Int32
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/robots.txt":
			fmt.Fprint(w, "User-agent: otherbot\nDisallow: /\n\nUser-agent: *\nDisallow: /private/\nAllow: /private/ok$\nDisallow: /*.pdf$\n")
		default:
			pageHits.Add(1)
			fmt.Fprint(w, "<html>ok</html>")
		}
	}))
	defer srv.Close()
	f := testFetcher(Options{UserAgent: "crossread-test/1"})
	ctx := context.Background()
	_, err := f.Get(ctx, srv.URL+"/private/secret.html")
	wantKind(t, err, KindRobots)
	_, err = f.Get(ctx, srv.URL+"/files/report.pdf")
	wantKind(t, err, KindRobots)
	for _, p := range []string{"/public/page.html", "/private/ok", "/files/report.pdf?x=1"} {
		if _, err := f.Get(ctx, srv.URL+p); err != nil {
			t.Errorf("%s: %v", p, err)
		}
	}
	if n := pageHits.Load(); n != 3 {
		t.Errorf("server saw %d page requests, want 3 (disallowed ones must not be sent)", n)
	}
	// Our own group wins over "*".
	g := New(Options{UserAgent: "otherbot/2", AllowPrivate: true, PerHostInterval: -1})
	_, err = g.Get(ctx, srv.URL+"/public/page.html")
	wantKind(t, err, KindRobots)
}

func TestRobotsRedirected(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/robots.txt":
			http.Redirect(w, r, "/robots-moved.txt", http.StatusMovedPermanently)
		case "/robots-moved.txt":
			fmt.Fprint(w, "User-agent: *\nDisallow: /no\n")
		default:
			fmt.Fprint(w, "ok")
		}
	}))
	defer srv.Close()
	f := testFetcher(Options{Timeout: time.Second})
	if _, err := f.Get(context.Background(), srv.URL+"/yes"); err != nil {
		t.Fatal(err)
	}
	_, err := f.Get(context.Background(), srv.URL+"/no")
	wantKind(t, err, KindRobots)
}

func TestRobotsMissingOrBroken(t *testing.T) {
	for _, status := range []int{404, 500} {
		srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			if r.URL.Path == "/robots.txt" {
				w.WriteHeader(status)
				return
			}
			fmt.Fprint(w, "ok")
		}))
		f := testFetcher(Options{Retries: -1})
		if _, err := f.Get(context.Background(), srv.URL+"/a"); err != nil {
			t.Errorf("robots.txt %d: %v", status, err)
		}
		srv.Close()
	}
}

func TestRetryAfter429(t *testing.T) {
	var hits atomic.Int32
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/robots.txt" {
			w.WriteHeader(404)
			return
		}
		if hits.Add(1) == 1 {
			w.Header().Set("Retry-After", "1")
			w.WriteHeader(http.StatusTooManyRequests)
			return
		}
		fmt.Fprint(w, "finally")
	}))
	defer srv.Close()
	f := testFetcher(Options{})
	start := time.Now()
	resp, err := f.Get(context.Background(), srv.URL+"/x")
	if err != nil {
		t.Fatal(err)
	}
	if string(resp.Body) != "finally" || hits.Load() != 2 {
		t.Errorf("body %q after %d hits", resp.Body, hits.Load())
	}
	if d := time.Since(start); d < 900*time.Millisecond {
		t.Errorf("retried after %v, Retry-After asked for 1s", d)
	}
}

func TestRetryAfterTooLongFailsAtOnce(t *testing.T) {
	var hits atomic.Int32
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		hits.Add(1)
		w.Header().Set("Retry-After", "3600")
		w.WriteHeader(http.StatusTooManyRequests)
	}))
	defer srv.Close()
	f := testFetcher(Options{IgnoreRobots: true, MaxRetryAfter: time.Second})
	_, err := f.Get(context.Background(), srv.URL+"/x")
	wantKind(t, err, KindTooManyRequests)
	if hits.Load() != 1 {
		t.Errorf("%d attempts, want 1", hits.Load())
	}
}

func TestRetry5xx(t *testing.T) {
	var hits atomic.Int32
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch {
		case r.URL.Path == "/flaky" && hits.Add(1) < 3:
			w.WriteHeader(http.StatusServiceUnavailable)
		case r.URL.Path == "/flaky":
			fmt.Fprint(w, "up again")
		default:
			w.WriteHeader(http.StatusBadGateway)
		}
	}))
	defer srv.Close()
	f := testFetcher(Options{IgnoreRobots: true, Retries: 2})
	resp, err := f.Get(context.Background(), srv.URL+"/flaky")
	if err != nil || string(resp.Body) != "up again" {
		t.Fatalf("flaky: %v", err)
	}
	_, err = f.Get(context.Background(), srv.URL+"/down")
	wantKind(t, err, KindHTTP5xx)
	var fe *Error
	if errors.As(err, &fe); fe.Status != 502 {
		t.Errorf("status %d", fe.Status)
	}
}

func TestStatusKinds(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		var code int
		fmt.Sscanf(strings.TrimPrefix(r.URL.Path, "/"), "%d", &code)
		w.WriteHeader(code)
	}))
	defer srv.Close()
	f := testFetcher(Options{IgnoreRobots: true, Retries: -1})
	for code, kind := range map[int]Kind{401: KindUnauthorized, 403: KindForbidden, 404: KindNotFound, 410: KindGone, 418: KindHTTP4xx} {
		_, err := f.Get(context.Background(), fmt.Sprintf("%s/%d", srv.URL, code))
		wantKind(t, err, kind)
	}
}

func TestConditionalGet(t *testing.T) {
	var full, notModified atomic.Int32
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/etag":
			if r.Header.Get("If-None-Match") == `"v1"` {
				notModified.Add(1)
				w.WriteHeader(http.StatusNotModified)
				return
			}
			w.Header().Set("ETag", `"v1"`)
		case "/lm":
			if r.Header.Get("If-Modified-Since") == "Wed, 05 Nov 2025 10:00:00 GMT" {
				notModified.Add(1)
				w.WriteHeader(http.StatusNotModified)
				return
			}
			w.Header().Set("Last-Modified", "Wed, 05 Nov 2025 10:00:00 GMT")
		}
		full.Add(1)
		w.Header().Set("Content-Type", "text/html")
		fmt.Fprint(w, "<p>body of "+r.URL.Path+"</p>")
	}))
	defer srv.Close()
	f := testFetcher(Options{IgnoreRobots: true, Cache: NewMemoryCache(0)})
	for _, p := range []string{"/etag", "/lm"} {
		first, err := f.Get(context.Background(), srv.URL+p)
		if err != nil || first.NotModified {
			t.Fatalf("%s first: %v %+v", p, err, first)
		}
		second, err := f.Get(context.Background(), srv.URL+p)
		if err != nil {
			t.Fatal(err)
		}
		if !second.NotModified || second.Status != 304 || string(second.Body) != string(first.Body) || second.ContentType != "text/html" {
			t.Errorf("%s second: %+v", p, second)
		}
	}
	if full.Load() != 2 || notModified.Load() != 2 {
		t.Errorf("full %d, 304 %d", full.Load(), notModified.Load())
	}
}

func TestRedirects(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch {
		case r.URL.Path == "/a":
			http.Redirect(w, r, "/b", http.StatusFound)
		case r.URL.Path == "/b":
			http.Redirect(w, r, "/a", http.StatusMovedPermanently)
		case strings.HasPrefix(r.URL.Path, "/chain/"):
			var n int
			fmt.Sscanf(r.URL.Path, "/chain/%d", &n)
			if n == 0 {
				fmt.Fprint(w, "end")
				return
			}
			http.Redirect(w, r, fmt.Sprintf("/chain/%d", n-1), http.StatusFound)
		case r.URL.Path == "/ftp":
			http.Redirect(w, r, "ftp://example.org/x", http.StatusFound)
		}
	}))
	defer srv.Close()
	f := testFetcher(Options{IgnoreRobots: true, MaxRedirects: 5})
	_, err := f.Get(context.Background(), srv.URL+"/a")
	wantKind(t, err, KindRedirectLoop)
	_, err = f.Get(context.Background(), srv.URL+"/chain/9")
	wantKind(t, err, KindTooManyRedirects)
	_, err = f.Get(context.Background(), srv.URL+"/ftp")
	wantKind(t, err, KindBadURL)
	resp, err := f.Get(context.Background(), srv.URL+"/chain/3")
	if err != nil || resp.URL != srv.URL+"/chain/0" || string(resp.Body) != "end" {
		t.Errorf("chain: %v %+v", err, resp)
	}
}

func TestBodyLimit(t *testing.T) {
	big := bytes.Repeat([]byte("a"), 5000)
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/declared":
			w.Header().Set("Content-Length", "5000")
			w.Write(big)
		case "/chunked":
			w.(http.Flusher).Flush() // no Content-Length
			w.Write(big)
		case "/bomb":
			w.Header().Set("Content-Encoding", "gzip")
			zw := gzip.NewWriter(w)
			zw.Write(bytes.Repeat([]byte("z"), 1<<20))
			zw.Close()
		case "/small":
			w.Write(big[:100])
		}
	}))
	defer srv.Close()
	f := testFetcher(Options{IgnoreRobots: true, MaxBodySize: 1000})
	for _, p := range []string{"/declared", "/chunked", "/bomb"} {
		_, err := f.Get(context.Background(), srv.URL+p)
		wantKind(t, err, KindTooLarge)
	}
	if resp, err := f.Get(context.Background(), srv.URL+"/small"); err != nil || len(resp.Body) != 100 {
		t.Errorf("small: %v", err)
	}
}

func TestTimeout(t *testing.T) {
	release := make(chan struct{})
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-release:
		case <-r.Context().Done():
		}
	}))
	defer srv.Close()
	defer close(release)
	f := testFetcher(Options{IgnoreRobots: true, Timeout: 100 * time.Millisecond, Retries: 1})
	start := time.Now()
	_, err := f.Get(context.Background(), srv.URL+"/slow")
	wantKind(t, err, KindTimeout)
	if d := time.Since(start); d > 2*time.Second {
		t.Errorf("took %v", d)
	}
}

func TestSlowBodyTimeout(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Write([]byte("<html>"))
		w.(http.Flusher).Flush()
		select {
		case <-time.After(5 * time.Second):
		case <-r.Context().Done():
		}
	}))
	defer srv.Close()
	f := testFetcher(Options{IgnoreRobots: true, Timeout: 100 * time.Millisecond, Retries: -1})
	_, err := f.Get(context.Background(), srv.URL+"/trickle")
	wantKind(t, err, KindTimeout)
}

func TestEncodings(t *testing.T) {
	const text = "<html><body>Compressed page body, long enough to matter.</body></html>"
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if !strings.Contains(r.Header.Get("Accept-Encoding"), "br") {
			t.Errorf("Accept-Encoding %q", r.Header.Get("Accept-Encoding"))
		}
		var buf bytes.Buffer
		switch r.URL.Path {
		case "/gzip":
			zw := gzip.NewWriter(&buf)
			zw.Write([]byte(text))
			zw.Close()
		case "/deflate":
			zw := zlib.NewWriter(&buf)
			zw.Write([]byte(text))
			zw.Close()
		case "/br":
			bw := brotli.NewWriter(&buf)
			bw.Write([]byte(text))
			bw.Close()
		}
		w.Header().Set("Content-Encoding", strings.TrimPrefix(r.URL.Path, "/"))
		w.Write(buf.Bytes())
	}))
	defer srv.Close()
	f := testFetcher(Options{IgnoreRobots: true})
	for _, p := range []string{"/gzip", "/deflate", "/br"} {
		resp, err := f.Get(context.Background(), srv.URL+p)
		if err != nil || string(resp.Body) != text {
			t.Errorf("%s: %v %+v", p, err, resp)
		}
	}
}

func TestUserAgentAndPerHostLimits(t *testing.T) {
	var inFlight, maxInFlight atomic.Int32
	var mu sync.Mutex
	var starts []time.Time
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("User-Agent") != "crossread-test/9" {
			t.Errorf("User-Agent %q", r.Header.Get("User-Agent"))
		}
		mu.Lock()
		starts = append(starts, time.Now())
		mu.Unlock()
		n := inFlight.Add(1)
		for {
			m := maxInFlight.Load()
			if n <= m || maxInFlight.CompareAndSwap(m, n) {
				break
			}
		}
		time.Sleep(20 * time.Millisecond)
		inFlight.Add(-1)
	}))
	defer srv.Close()
	f := New(Options{UserAgent: "crossread-test/9", AllowPrivate: true, IgnoreRobots: true, PerHostConcurrency: 2,
		PerHostInterval: 10 * time.Millisecond})
	var wg sync.WaitGroup
	for i := range 6 {
		wg.Go(func() {
			if _, err := f.Get(context.Background(), fmt.Sprintf("%s/%d", srv.URL, i)); err != nil {
				t.Error(err)
			}
		})
	}
	wg.Wait()
	if m := maxInFlight.Load(); m > 2 {
		t.Errorf("%d requests in flight at once, cap is 2", m)
	}
	first, last := starts[0], starts[0]
	for _, s := range starts {
		if s.Before(first) {
			first = s
		}
		if s.After(last) {
			last = s
		}
	}
	if d := last.Sub(first); d < 45*time.Millisecond {
		t.Errorf("6 requests spread over %v, spacing of 10ms requires >= 50ms", d)
	}
}

func TestPrivateAddressesRefused(t *testing.T) {
	var hits atomic.Int32
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		hits.Add(1)
		fmt.Fprint(w, "secret")
	}))
	defer srv.Close()
	f := New(Options{IgnoreRobots: true, Retries: -1}) // AllowPrivate false
	_, err := f.Get(context.Background(), srv.URL+"/admin")
	wantKind(t, err, KindBlockedAddress)
	// By name too: the check is on the resolved address.
	_, err = f.Get(context.Background(), strings.Replace(srv.URL, "127.0.0.1", "localhost", 1)+"/admin")
	wantKind(t, err, KindBlockedAddress)
	if hits.Load() != 0 {
		t.Errorf("the private server was reached %d times", hits.Load())
	}
}

func TestBadURLAndDNS(t *testing.T) {
	f := testFetcher(Options{IgnoreRobots: true, Retries: -1, Timeout: 2 * time.Second})
	for _, u := range []string{"ftp://example.org/", "not a url", "http://"} {
		_, err := f.Get(context.Background(), u)
		wantKind(t, err, KindBadURL)
	}
	_, err := f.Get(context.Background(), "http://no-such-host.invalid/")
	if k := KindOf(err); k != KindDNS && k != KindTimeout {
		t.Errorf("unresolvable host: kind %s (%v)", k, err)
	}
}

func TestPublicIP(t *testing.T) {
	for ip, want := range map[string]bool{"8.8.8.8": true, "2001:4860:4860::8888": true, "127.0.0.1": false, "10.1.2.3": false,
		"192.168.0.1": false, "172.16.5.4": false, "169.254.169.254": false, "100.64.0.1": false, "0.0.0.0": false, "::1": false,
		"fe80::1": false, "fc00::1": false, "::ffff:127.0.0.1": false, "224.0.0.1": false} {
		if got := publicIP(net.ParseIP(ip)); got != want {
			t.Errorf("publicIP(%s) = %v", ip, got)
		}
	}
}

func TestRobotsParsing(t *testing.T) {
	r := parseRobots([]byte("# comment\nUser-agent: crossread\nUser-agent: other\nDisallow: /a\nAllow: /a/b\nCrawl-delay: 2\n\nUser-agent: *\nDisallow: /\n"), "Crossread/1.0 (+https://x)")
	cases := map[string]bool{"/a": false, "/a/x": false, "/a/b": true, "/a/bc": true, "/b": true, "/robots.txt": true}
	for p, want := range cases {
		if got := r.allowed(p); got != want {
			t.Errorf("allowed(%s) = %v", p, got)
		}
	}
	if r.crawlDelay != 2*time.Second {
		t.Errorf("crawl delay %v", r.crawlDelay)
	}
	if !parseRobots([]byte("User-agent: *\nDisallow:\n"), "x").allowed("/anything") {
		t.Error("empty Disallow allows everything")
	}
}

func FuzzRobots(f *testing.F) {
	f.Add([]byte("User-agent: *\nDisallow: /a*b$\nAllow: /\n"), "/a/x/b")
	f.Add([]byte("User-agent: x\nCrawl-delay: 1e300\n"), "/")
	f.Fuzz(func(t *testing.T, body []byte, path string) {
		r := parseRobots(body, "crossread/1")
		r.allowed(path)
		if r.crawlDelay < 0 {
			t.Fatal("negative crawl delay")
		}
	})
}

func TestRedirectToPrivateAddressRefused(t *testing.T) {
	f := New(Options{IgnoreRobots: true}) // AllowPrivate false
	from, _ := http.NewRequest("GET", "https://news.example/a", nil)
	for _, target := range []string{"http://10.0.0.5/admin", "http://[::1]:8080/", "http://169.254.169.254/latest/meta-data"} {
		to, _ := http.NewRequest("GET", target, nil)
		err := f.checkRedirect(to, []*http.Request{from})
		var blocked *blockedError
		if !errors.As(err, &blocked) {
			t.Errorf("redirect to %s: %v", target, err)
		}
	}
	for _, addr := range []string{"127.0.0.1:80", "[fd00::1]:443", "192.168.1.1:80"} {
		if refusePrivate("tcp", addr, nil) == nil {
			t.Errorf("dial to %s allowed", addr)
		}
	}
	if err := refusePrivate("tcp", "93.184.216.34:443", nil); err != nil {
		t.Errorf("public address refused: %v", err)
	}
}
