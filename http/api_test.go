package http_test

import (
	"bufio"
	"context"
	"encoding/json"
	"net/http"
	"net/url"
	"strings"
	"sync"
	"testing"
	"time"

	"crossread"
	crhttp "crossread/http"
)

func TestPagesRender(t *testing.T) {
	srv := mustOpenServer(t, nil, nil)
	base := srv.URL()
	cases := []struct {
		path   string
		status int
		want   []string
	}{
		{"/", 200, []string{"Port of Elmira reopens after storm", "Northern Rail line approved", "3 outlets", `class="spark"`, `href="/entities/Jane%20Doe"`}},
		{"/?sort=biggest&limit=1", 200, []string{"1–1 of 3", "Port of Elmira", `rel="next"`}},
		{"/?q=rebuild+docks", 200, []string{"Port of Elmira reopens after storm", "Articles matching", "rebuild the docks"}},
		{"/?entity=doe", 200, []string{"Port of Elmira reopens"}},
		{"/?source=Metro+Daily", 200, []string{"Northern Rail line approved"}},
		{"/?since=2025-11-05&until=2025-11-06", 200, []string{"Port of Elmira reopens", "1–1 of 1"}},
		{"/stories/s-port", 200, []string{"What&#39;s happening", `class="cite"`, "Who confirms what", "single source", "Where sources differ",
			"$15 million", "Who said what", "We will rebuild the docks", `class="timeline-chart"`, "Elmira Harbor Authority", "Harbor Times", "Coastal Wire"}},
		{"/articles/port1?hl=0-40#cited", 200, []string{`id="cited"`, "hl-cited", "hl-quote", "hl-ent-person", "Removed as boilerplate", `href="https://harbor.example/port"`}},
		{"/articles/port2?find=" + url.QueryEscape("The Port of  Elmira reopened on wednesday, officials said."), 200, []string{`id="cited"`}},
		{"/articles/port2?find=not+in+there", 200, []string{"could not be located"}},
		{"/entities/doe", 200, []string{"<h1>Jane Doe</h1>", "Doe", "We will rebuild the docks", "Port of Elmira reopens after storm"}},
		{"/sources", 200, []string{"Outlets", "Valley Post", "No feeds"}},
		{"/stories/nope", 404, []string{"story nope not found"}},
		{"/nowhere", 404, []string{"page not found"}},
		{"/?since=yesterday", 400, []string{"not a date"}},
		{"/static/app.js", 200, []string{"EventSource"}},
		{"/static/app.css", 200, []string{"hl-cited"}},
	}
	for _, c := range cases {
		t.Run(c.path, func(t *testing.T) {
			resp, body := get(t, base+c.path)
			if resp.StatusCode != c.status {
				t.Fatalf("status %d, want %d\n%s", resp.StatusCode, c.status, body)
			}
			for _, w := range c.want {
				if !strings.Contains(body, w) {
					t.Errorf("page lacks %q", w)
				}
			}
			if csp := resp.Header.Get("Content-Security-Policy"); !strings.Contains(csp, "script-src 'self'") {
				t.Errorf("CSP = %q", csp)
			}
		})
	}
}

func TestHostileContentIsEscaped(t *testing.T) {
	srv := mustOpenServer(t, nil, nil)
	for _, path := range []string{"/", "/stories/s-evil", "/articles/evil1", "/articles/evil1?hl=0-10", "/sources",
		"/entities/" + url.PathEscape(`<img src=x onerror="window.__pwned='entity'">`), "/?q=pwned", "/api/v1/stories/s-evil"} {
		t.Run(path, func(t *testing.T) {
			resp, body := get(t, srv.URL()+path)
			if resp.StatusCode != 200 {
				t.Fatalf("status %d\n%s", resp.StatusCode, body)
			}
			for _, bad := range []string{"<script>window", "<img src=x", "<svg onload", `href="javascript:`, "<b onmouseover", `onclick="x`, "</title><script"} {
				if strings.Contains(body, bad) {
					t.Errorf("unescaped %q in %s", bad, path)
				}
			}
		})
	}
	_, body := get(t, srv.URL()+"/articles/evil1")
	if !strings.Contains(body, "<title>Harmless&lt;/title&gt;&lt;script&gt;") {
		t.Errorf("title not escaped as text: %s", body[:min(len(body), 400)])
	}
	if !strings.Contains(body, "&lt;script&gt;window.__pwned=&#34;text&#34;&lt;/script&gt;") {
		t.Errorf("article text not shown as text")
	}
}

type pageInfo struct {
	Total  int `json:"total"`
	Offset int `json:"offset"`
	Limit  int `json:"limit"`
}

func getJSON(t *testing.T, u string, v any) *http.Response {
	t.Helper()
	resp, body := get(t, u)
	if err := json.Unmarshal([]byte(body), v); err != nil {
		t.Fatalf("%s: %v\n%s", u, err, body)
	}
	if ct := resp.Header.Get("Content-Type"); !strings.HasPrefix(ct, "application/json") {
		t.Errorf("%s content type %q", u, ct)
	}
	return resp
}

func TestAPI(t *testing.T) {
	srv := mustOpenServer(t, nil, nil)
	base := srv.URL() + "/api/v1"

	t.Run("stories are paginated", func(t *testing.T) {
		var seen []string
		for off := 0; off < 3; off++ {
			var out struct {
				Stories []crhttp.StorySummary `json:"stories"`
				pageInfo
			}
			getJSON(t, base+"/stories?sort=biggest&limit=1&offset="+string(rune('0'+off)), &out)
			if out.Total != 3 || out.Limit != 1 || out.Offset != off || len(out.Stories) != 1 {
				t.Fatalf("page %d: %+v", off, out)
			}
			seen = append(seen, out.Stories[0].ID)
		}
		if strings.Join(seen, ",") != "s-port,s-rail,s-evil" {
			t.Errorf("biggest order = %v", seen)
		}
	})

	t.Run("summary carries outlets coverage entities", func(t *testing.T) {
		var out struct{ Stories []crhttp.StorySummary }
		getJSON(t, base+"/stories?entity=Jane+Doe", &out)
		if len(out.Stories) != 1 {
			t.Fatalf("%+v", out)
		}
		s := out.Stories[0]
		if len(s.Outlets) != 3 || len(s.Coverage) != 2 || s.TopEntities[0].Name == "" || s.Articles != 3 {
			t.Errorf("summary = %+v", s)
		}
	})

	t.Run("story keeps the analyze shape", func(t *testing.T) {
		var out struct {
			Story    map[string]json.RawMessage   `json:"story"`
			Articles []map[string]json.RawMessage `json:"articles"`
		}
		getJSON(t, base+"/stories/s-port", &out)
		for _, k := range []string{"id", "title", "article_ids", "first_seen", "last_seen", "entities", "quotes", "timeline", "claims", "discrepancies", "brief"} {
			if _, ok := out.Story[k]; !ok {
				t.Errorf("story lacks %q", k)
			}
		}
		if len(out.Articles) != 3 || string(out.Articles[0]["id"]) != `"port1"` {
			t.Errorf("articles = %d", len(out.Articles))
		}
		for _, k := range []string{"id", "url", "source", "title", "published", "authors", "language", "text", "removed", "duplicate_of", "cites"} {
			if _, ok := out.Articles[1][k]; !ok {
				t.Errorf("article lacks %q", k)
			}
		}
		var st struct{ Story crossread.Story }
		getJSON(t, base+"/stories/s-port", &st)
		if len(st.Story.Claims) != 2 || st.Story.Quotes[0].Speaker != "Mayor Jane Doe" {
			t.Errorf("story decoded = %+v", st.Story)
		}
	})

	t.Run("article", func(t *testing.T) {
		var out struct {
			Article map[string]any `json:"article"`
		}
		getJSON(t, base+"/articles/rail2", &out)
		if out.Article["story_id"] != "s-rail" || out.Article["source"] != "Metro Daily" || out.Article["url"] != nil {
			t.Errorf("article = %v", out.Article)
		}
	})

	t.Run("errors have codes and statuses", func(t *testing.T) {
		for path, want := range map[string]struct {
			status int
			code   string
		}{
			"/articles/nope":      {404, crossread.ENOTFOUND},
			"/stories/nope":       {404, crossread.ENOTFOUND},
			"/stories?limit=-1":   {400, crossread.EINVALID},
			"/stories?sort=up":    {400, crossread.EINVALID},
			"/search":             {400, crossread.EINVALID},
			"/entities/Nobody":    {404, crossread.ENOTFOUND},
			"/no/such/endpoint":   {404, crossread.ENOTFOUND},
			"/articles?since=bad": {400, crossread.EINVALID},
		} {
			var out struct {
				Error struct{ Code, Message string }
			}
			resp := getJSON(t, base+path, &out)
			if resp.StatusCode != want.status || out.Error.Code != want.code || out.Error.Message == "" {
				t.Errorf("%s: %d %+v, want %d %s", path, resp.StatusCode, out.Error, want.status, want.code)
			}
		}
	})

	t.Run("search", func(t *testing.T) {
		var out struct {
			Articles []crhttp.SearchHit    `json:"articles"`
			Stories  []crhttp.StorySummary `json:"stories"`
			pageInfo
		}
		getJSON(t, base+"/search?q=reopened&limit=2", &out)
		if out.Total != 3 || len(out.Articles) != 2 || len(out.Stories) != 1 || out.Articles[0].Snippet == "" {
			t.Errorf("search = %+v", out)
		}
	})

	t.Run("entity", func(t *testing.T) {
		var out crhttp.EntityView
		getJSON(t, base+"/entities/DOE", &out)
		if out.Name != "Jane Doe" || out.Type != "PERSON" || len(out.Stories) != 1 || len(out.Quotes) != 1 || strings.Join(out.Aliases, ",") != "Doe" {
			t.Errorf("entity = %+v", out)
		}
	})

	t.Run("sources", func(t *testing.T) {
		var out struct {
			Feeds   []any `json:"feeds"`
			Outlets []struct {
				Name     string
				Articles int
			} `json:"outlets"`
		}
		getJSON(t, base+"/sources", &out)
		if out.Feeds == nil || len(out.Outlets) != 5 || out.Outlets[0].Name != "Valley Post" || out.Outlets[0].Articles != 2 {
			t.Errorf("sources = %+v", out)
		}
	})

	t.Run("healthz and metrics", func(t *testing.T) {
		resp, body := get(t, srv.URL()+"/healthz")
		if resp.StatusCode != 200 || !strings.Contains(body, "ok") {
			t.Errorf("healthz %d %s", resp.StatusCode, body)
		}
		_, body = get(t, srv.URL()+"/metrics")
		for _, w := range []string{`crossread_http_requests_total{route="GET /api/v1/stories/{id}",status="200"}`, "crossread_http_request_duration_seconds_bucket", "crossread_articles 6", "crossread_stories 3"} {
			if !strings.Contains(body, w) {
				t.Errorf("metrics lack %q", w)
			}
		}
	})
}

func postIngest(t *testing.T, srv *crhttp.Server, token, ctype, body string) (int, string) {
	t.Helper()
	req, _ := http.NewRequest("POST", srv.URL()+"/api/v1/ingest", strings.NewReader(body))
	if token != "" {
		req.Header.Set("Authorization", "Bearer "+token)
	}
	if ctype != "" {
		req.Header.Set("Content-Type", ctype)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var b strings.Builder
	sc := bufio.NewScanner(resp.Body)
	for sc.Scan() {
		b.WriteString(sc.Text())
	}
	return resp.StatusCode, b.String()
}

func TestIngestAPI(t *testing.T) {
	var mu sync.Mutex
	var got []crhttp.IngestRequest
	srv := mustOpenServer(t, nil, func(c *crhttp.Config) {
		c.MaxBodyBytes = 4 << 10
		c.Ingest = func(ctx context.Context, req crhttp.IngestRequest) (crhttp.IngestResult, error) {
			mu.Lock()
			got = append(got, req)
			mu.Unlock()
			return crhttp.IngestResult{Articles: len(req.URLs) + strings.Count(string(req.JSONL), "\n")}, nil
		}
	})
	cases := []struct {
		name, token, ctype, body string
		status                   int
		code                     string
	}{
		{"no token", "", "application/json", `{"urls":["https://example.com/a"]}`, 401, crossread.EUNAUTHORIZED},
		{"wrong token", "nope", "application/json", `{"urls":["https://example.com/a"]}`, 401, crossread.EUNAUTHORIZED},
		{"loopback", testToken, "application/json", `{"urls":["http://127.0.0.1/"]}`, 403, crossread.EFORBIDDEN},
		{"loopback other port", testToken, "application/json", `{"urls":["http://127.0.0.1:8080/admin"]}`, 403, crossread.EFORBIDDEN},
		{"metadata", testToken, "application/json", `{"urls":["http://169.254.169.254/latest/meta-data/"]}`, 403, crossread.EFORBIDDEN},
		{"private", testToken, "application/json", `{"feeds":["http://10.1.2.3/rss"]}`, 403, crossread.EFORBIDDEN},
		{"ipv6 loopback", testToken, "application/json", `{"urls":["http://[::1]/"]}`, 403, crossread.EFORBIDDEN},
		{"mapped ipv6", testToken, "application/json", `{"urls":["http://[::ffff:127.0.0.1]/"]}`, 403, crossread.EFORBIDDEN},
		{"name resolving to loopback", testToken, "application/json", `{"urls":["http://localhost/"]}`, 403, crossread.EFORBIDDEN},
		{"decimal ip", testToken, "application/json", `{"urls":["http://2130706433/"]}`, 0, ""},
		{"file scheme", testToken, "application/json", `{"urls":["file:///etc/passwd"]}`, 400, crossread.EINVALID},
		{"credentials", testToken, "application/json", `{"urls":["https://u:p@example.com/"]}`, 400, crossread.EINVALID},
		{"no urls", testToken, "application/json", `{"urls":[]}`, 422, crossread.EEMPTY},
		{"bad json", testToken, "application/json", `{"urls":`, 400, crossread.EINVALID},
		{"bad jsonl", testToken, "application/x-ndjson", "{\"text\":\"x\"}\nnot json\n", 400, crossread.EINVALID},
		{"xml", testToken, "application/xml", `<x/>`, 415, crossread.EUNSUPPORTED},
		{"too large", testToken, "application/x-ndjson", `{"text":"` + strings.Repeat("x", 5<<10) + `"}`, 413, crossread.ETOOLARGE},
		{"public url accepted", testToken, "application/json", `{"urls":["http://93.184.215.14/a"]}`, 200, ""},
		{"jsonl accepted", testToken, "application/x-ndjson", "{\"id\":\"j1\",\"text\":\"Hello.\"}\n{\"id\":\"j2\",\"text\":\"Bye.\"}\n", 200, ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			status, body := postIngest(t, srv, c.token, c.ctype, c.body)
			if c.status == 0 { // the resolver decides; it must never reach ingest as loopback
				if status == 200 {
					t.Errorf("decimal loopback accepted: %s", body)
				}
				return
			}
			if status != c.status {
				t.Fatalf("status %d, want %d: %s", status, c.status, body)
			}
			if c.code != "" && !strings.Contains(body, `"code":"`+c.code+`"`) {
				t.Errorf("body %s lacks code %s", body, c.code)
			}
		})
	}
	mu.Lock()
	defer mu.Unlock()
	if len(got) != 2 || got[0].Client == nil || got[0].URLs[0] != "http://93.184.215.14/a" || !strings.Contains(string(got[1].JSONL), `"j2"`) {
		t.Errorf("ingest calls = %+v", got)
	}
}

func TestIngestDisabledWithoutToken(t *testing.T) {
	srv := mustOpenServer(t, nil, func(c *crhttp.Config) { c.Token = "" })
	status, body := postIngest(t, srv, "anything", "application/json", `{"urls":["https://example.com/"]}`)
	if status != 403 {
		t.Fatalf("status %d: %s", status, body)
	}
}

func TestEventsAnnounceStoryChanges(t *testing.T) {
	db := mustOpenDB(t)
	srv := mustOpenServer(t, db, nil)
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	req, _ := http.NewRequestWithContext(ctx, "GET", srv.URL()+"/api/v1/events?story=s-rail", nil)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	if ct := resp.Header.Get("Content-Type"); ct != "text/event-stream" {
		t.Fatalf("content type %q", ct)
	}
	r := bufio.NewReader(resp.Body)
	line, _ := r.ReadString('\n') // retry:
	if !strings.HasPrefix(line, "retry:") {
		t.Fatalf("first line %q", line)
	}
	fx := buildFixture()
	port, rail := fx.Stories[0], fx.Stories[1]
	port.Title += " (updated)"
	rail.Title += " (updated)"
	go func() {
		time.Sleep(100 * time.Millisecond)
		db.PutStories(ctx, []*crossread.Story{port, rail})
	}()
	var ev []string
	for len(ev) < 3 {
		line, err := r.ReadString('\n')
		if err != nil {
			t.Fatalf("stream ended: %v (got %q)", err, ev)
		}
		if strings.HasPrefix(line, "event:") || strings.HasPrefix(line, "data:") || strings.HasPrefix(line, "id:") {
			ev = append(ev, strings.TrimSpace(line))
		}
	}
	if !strings.HasPrefix(ev[0], "id: ") || ev[1] != "event: story.updated" || !strings.Contains(ev[2], `"story_id":"s-rail"`) {
		t.Errorf("event = %q", ev)
	}
}

func TestShutdownWaitsForIngest(t *testing.T) {
	db := mustOpenDB(t)
	started := make(chan struct{})
	srv := mustOpenServer(t, db, func(c *crhttp.Config) {
		c.Ingest = func(ctx context.Context, req crhttp.IngestRequest) (crhttp.IngestResult, error) {
			close(started)
			time.Sleep(300 * time.Millisecond)
			a := &crossread.Article{ID: "late1", Text: "Arrived during shutdown."}
			return crhttp.IngestResult{Articles: 1}, db.PutArticles(ctx, []*crossread.Article{a})
		}
	})
	done := make(chan int)
	go func() {
		status, _ := postIngest(t, srv, testToken, "application/x-ndjson", "{\"text\":\"x\"}\n")
		done <- status
	}()
	<-started
	if err := srv.Close(); err != nil {
		t.Fatal(err)
	}
	if status := <-done; status != 200 {
		t.Errorf("in-flight ingest got %d", status)
	}
	if _, err := db.FindArticleByID(context.Background(), "late1"); err != nil {
		t.Errorf("ingested article lost: %v", err)
	}
}

func TestCachedPagesFollowWrites(t *testing.T) {
	db := mustOpenDB(t)
	srv := mustOpenServer(t, db, nil)
	u := srv.URL() + "/stories/s-rail"
	resp, body := get(t, u)
	etag := resp.Header.Get("ETag")
	if etag == "" || !strings.Contains(body, "Northern Rail line approved") {
		t.Fatalf("first load: etag %q", etag)
	}
	req, _ := http.NewRequest("GET", u, nil)
	req.Header.Set("If-None-Match", etag)
	r2, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	r2.Body.Close()
	if r2.StatusCode != http.StatusNotModified {
		t.Errorf("revalidation: %d, want 304", r2.StatusCode)
	}
	get(t, u) // served from the cache
	st := buildFixture().Stories[1]
	st.Title = "Rail line renamed"
	if err := db.PutStories(context.Background(), []*crossread.Story{st}); err != nil {
		t.Fatal(err)
	}
	resp, body = get(t, u)
	if !strings.Contains(body, "Rail line renamed") || resp.Header.Get("ETag") == etag {
		t.Errorf("cached page outlived a write")
	}
	_, metrics := get(t, srv.URL()+"/metrics")
	if !strings.Contains(metrics, "crossread_cache_hits_total 1") {
		t.Errorf("expected one cache hit in metrics")
	}
}
