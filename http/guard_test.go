package http

import (
	"context"
	"net/http"
	"net/http/httptest"
	"net/netip"
	"strings"
	"testing"
	"time"

	"crossread"
)

func TestGuardPermitted(t *testing.T) {
	g := Guard{}
	for addr, want := range map[string]bool{
		"127.0.0.1:80":          false,
		"10.0.0.1:80":           false,
		"172.16.5.4:80":         false,
		"192.168.1.1:443":       false,
		"169.254.169.254:80":    false,
		"100.64.0.1:80":         false,
		"0.0.0.0:80":            false,
		"[::1]:80":              false,
		"[fe80::1]:80":          false,
		"[fd00:ec2::254]:80":    false,
		"[::ffff:10.0.0.1]:80":  false,
		"[64:ff9b::a00:1]:80":   false,
		"224.0.0.1:80":          false,
		"93.184.215.14:443":     true,
		"[2606:4700::6810]:443": true,
	} {
		if got := g.Permitted(netip.MustParseAddrPort(addr)); got != want {
			t.Errorf("Permitted(%s) = %v, want %v", addr, got, want)
		}
	}
	if !(Guard{AllowPrivate: true}).Permitted(netip.MustParseAddrPort("127.0.0.1:80")) {
		t.Error("AllowPrivate refused loopback")
	}
}

// publicStandIn lets one local test server play a public host.
func publicStandIn(srv *httptest.Server) func(netip.AddrPort) bool {
	ap := netip.MustParseAddrPort(strings.TrimPrefix(srv.URL, "http://"))
	return func(a netip.AddrPort) bool { return a == ap }
}

func TestGuardChecksEveryRedirect(t *testing.T) {
	private := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { w.Write([]byte("secret")) }))
	defer private.Close()
	public := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/to-private":
			http.Redirect(w, r, private.URL+"/", http.StatusFound)
		case "/to-metadata":
			http.Redirect(w, r, "http://169.254.169.254/latest/meta-data/", http.StatusFound)
		case "/to-localhost":
			http.Redirect(w, r, "http://localhost:"+strings.Split(private.URL, ":")[2]+"/", http.StatusMovedPermanently)
		case "/to-file":
			http.Redirect(w, r, "file:///etc/passwd", http.StatusFound)
		default:
			w.Write([]byte("public page"))
		}
	}))
	defer public.Close()
	g := Guard{allow: publicStandIn(public)}
	c := g.Client(5 * time.Second)
	resp, err := c.Get(public.URL + "/ok")
	if err != nil {
		t.Fatalf("public page refused: %v", err)
	}
	resp.Body.Close()
	for _, path := range []string{"/to-private", "/to-metadata", "/to-localhost", "/to-file"} {
		resp, err := c.Get(public.URL + path)
		if err == nil {
			resp.Body.Close()
			t.Errorf("%s: followed to %s", path, resp.Request.URL)
			continue
		}
		if path != "/to-file" && !IsForbidden(err) {
			t.Errorf("%s: error %v is not a refusal", path, err)
		}
	}
	// Dialling a private server directly is refused at connect time.
	if _, err := c.Get(private.URL); !IsForbidden(err) {
		t.Errorf("direct private fetch: %v", err)
	}
}

func TestIngestRedirectToPrivateIsRefused(t *testing.T) {
	private := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { w.Write([]byte("secret")) }))
	defer private.Close()
	public := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, private.URL+"/", http.StatusFound)
	}))
	defer public.Close()
	db := openTestDB(t)
	// The ingest function stands in for the CLI's: it fetches through the
	// client it is given.
	s, err := NewServer(Config{Addr: "127.0.0.1:0", DB: db, Token: "t", Ingest: func(ctx context.Context, req IngestRequest) (IngestResult, error) {
		for _, u := range req.URLs {
			resp, err := req.Client.Get(u)
			if err != nil {
				return IngestResult{}, ClassifyFetchError("fetch "+u, err)
			}
			resp.Body.Close()
		}
		return IngestResult{Articles: len(req.URLs)}, nil
	}})
	if err != nil {
		t.Fatal(err)
	}
	s.guard.allow = publicStandIn(public)
	s.client = s.guard.Client(5 * time.Second)
	defer s.Close()
	req := httptest.NewRequest("POST", "/api/v1/ingest", strings.NewReader(`{"urls":["`+public.URL+`/story"]}`))
	req.Header.Set("Authorization", "Bearer t")
	req.Header.Set("Content-Type", "application/json")
	rec := httptest.NewRecorder()
	s.Handler().ServeHTTP(rec, req)
	if rec.Code != http.StatusForbidden || !strings.Contains(rec.Body.String(), crossread.EFORBIDDEN) {
		t.Fatalf("redirect to private: %d %s", rec.Code, rec.Body.String())
	}
}

func TestCheckURLResolvesNames(t *testing.T) {
	g := Guard{}
	ctx := context.Background()
	if err := g.CheckURL(ctx, "http://localhost:9999/x", true); crossread.ErrorCode(err) != crossread.EFORBIDDEN {
		t.Errorf("localhost: %v", err)
	}
	if err := g.CheckURL(ctx, "http://app.localhost/", false); crossread.ErrorCode(err) != crossread.EFORBIDDEN {
		t.Errorf("*.localhost: %v", err)
	}
	if err := g.CheckURL(ctx, "gopher://example.com/", true); crossread.ErrorCode(err) != crossread.EINVALID {
		t.Errorf("gopher: %v", err)
	}
}
