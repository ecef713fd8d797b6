package http_test

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"crossread"
	crhttp "crossread/http"
	"crossread/sqlite"
)

// feedServer serves an RSS feed whose items tests can add, honouring
// If-None-Match.
type feedServer struct {
	mu        sync.Mutex
	items     []string
	version   int
	full, not int // 200 and 304 answers
}

func (f *feedServer) add(title string) {
	f.mu.Lock()
	defer f.mu.Unlock()
	body := strings.Repeat("The harbour pilots described the "+title+" in detail for reporters. ", 12)
	f.items = append(f.items, fmt.Sprintf(`<item><title>%s</title><link>https://news.example/%d</link><guid>https://news.example/%d</guid>
		<pubDate>Wed, 05 Nov 2025 10:00:00 GMT</pubDate><description>%s</description></item>`, title, len(f.items), len(f.items), body))
	f.version++
}

func (f *feedServer) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	f.mu.Lock()
	defer f.mu.Unlock()
	etag := fmt.Sprintf(`"v%d"`, f.version)
	if r.Header.Get("If-None-Match") == etag {
		f.not++
		w.WriteHeader(http.StatusNotModified)
		return
	}
	f.full++
	w.Header().Set("ETag", etag)
	w.Header().Set("Content-Type", "application/rss+xml")
	fmt.Fprintf(w, `<?xml version="1.0"?><rss version="2.0"><channel><title>Harbour News</title><link>https://news.example/</link>%s</channel></rss>`,
		strings.Join(f.items, ""))
}

// storeIngest stands in for the CLI's ingest: one story per JSON Lines
// article, no analysis.
func storeIngest(db *sqlite.DB, calls *int) crhttp.IngestFunc {
	return func(ctx context.Context, req crhttp.IngestRequest) (crhttp.IngestResult, error) {
		*calls++
		var arts []*crossread.Article
		sc := bufio.NewScanner(bytes.NewReader(req.JSONL))
		sc.Buffer(nil, 1<<20)
		for sc.Scan() {
			var a crossread.Article
			if err := json.Unmarshal(sc.Bytes(), &a); err != nil {
				return crhttp.IngestResult{}, err
			}
			a.ID = crossread.ContentID(a.URL + a.Text)
			arts = append(arts, &a)
		}
		if err := db.PutArticles(ctx, arts); err != nil {
			return crhttp.IngestResult{}, err
		}
		var stories []*crossread.Story
		for _, a := range arts {
			stories = append(stories, &crossread.Story{ID: "s" + a.ID, Title: a.Title, ArticleIDs: []string{a.ID}, FirstSeen: a.Published, LastSeen: a.Published})
		}
		return crhttp.IngestResult{Articles: len(arts), Stories: len(stories)}, db.PutStories(ctx, stories)
	}
}

func TestWatch(t *testing.T) {
	ctx := context.Background()
	db := mustOpenDB(t)
	srv := mustOpenServer(t, db, nil)
	live := &feedServer{}
	live.add("first ferry")
	liveSrv := httptest.NewServer(live)
	defer liveSrv.Close()
	dead := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		http.Error(w, "boom", http.StatusInternalServerError)
	}))
	defer dead.Close()
	for _, u := range []string{liveSrv.URL + "/rss", dead.URL + "/rss"} {
		if err := db.AddFeed(ctx, &sqlite.Feed{URL: u}); err != nil {
			t.Fatal(err)
		}
	}
	now := time.Date(2025, 11, 5, 12, 0, 0, 0, time.UTC)
	calls := 0
	w, err := crhttp.NewWatcher(crhttp.WatchConfig{DB: db, Ingest: storeIngest(db, &calls), AllowPrivate: true,
		Interval: 10 * time.Minute, MaxBackoff: time.Hour, Now: func() time.Time { return now }})
	if err != nil {
		t.Fatal(err)
	}

	st, err := w.PollDue(ctx)
	if err != nil || st.Polled != 2 || st.NewEntries != 1 || st.Failed != 1 {
		t.Fatalf("first poll: %+v %v", st, err)
	}
	if _, body := get(t, srv.URL()+"/"); !strings.Contains(body, "first ferry") {
		t.Fatal("ingested entry not on the stories page")
	}

	t.Run("not due yet", func(t *testing.T) {
		st, _ := w.PollDue(ctx)
		if st.Polled != 0 {
			t.Errorf("polled %d feeds before they were due", st.Polled)
		}
	})

	t.Run("304 is honoured", func(t *testing.T) {
		now = now.Add(11 * time.Minute)
		before := calls
		st, _ := w.PollDue(ctx)
		if st.NotModified != 1 || calls != before || live.not != 1 {
			t.Errorf("stats %+v, ingest calls %d→%d, 304s %d", st, before, calls, live.not)
		}
	})

	t.Run("new entry appears without restart", func(t *testing.T) {
		live.add("second ferry")
		now = now.Add(11 * time.Minute)
		st, _ := w.PollDue(ctx)
		if st.NewEntries != 1 {
			t.Errorf("stats %+v", st)
		}
		_, body := get(t, srv.URL()+"/")
		if !strings.Contains(body, "second ferry") || !strings.Contains(body, "first ferry") {
			t.Error("second entry not listed")
		}
	})

	t.Run("dead feed backs off and shows its error", func(t *testing.T) {
		f, _ := db.FeedByURL(ctx, dead.URL+"/rss")
		if f.ErrorCount < 2 || !strings.Contains(f.LastError, "500") {
			t.Fatalf("dead feed = %+v", f)
		}
		gap := f.NextFetch.Sub(f.LastFetch)
		if gap <= 10*time.Minute {
			t.Errorf("no back-off: next fetch %v after the last", gap)
		}
		for i := 0; i < 8; i++ {
			now = f.NextFetch.Add(time.Second)
			w.PollDue(ctx)
			f, _ = db.FeedByURL(ctx, dead.URL+"/rss")
		}
		if gap := f.NextFetch.Sub(f.LastFetch); gap != time.Hour {
			t.Errorf("back-off %v, want capped at 1h", gap)
		}
		_, body := get(t, srv.URL()+"/sources")
		if !strings.Contains(body, "500 Internal Server Error") || !strings.Contains(body, "in a row") || !strings.Contains(body, "Harbour News") {
			t.Errorf("sources page does not show the failing feed")
		}
	})
}

func TestOPMLRoundTrip(t *testing.T) {
	ctx := context.Background()
	db := mustOpenDB(t)
	in := `<?xml version="1.0"?><opml version="2.0"><head><title>x</title></head><body>
		<outline text="News"><outline text="A &amp; B" type="rss" xmlUrl="https://a.example/rss" htmlUrl="https://a.example/"/></outline>
		<outline text="C" xmlUrl="https://c.example/atom"/></body></opml>`
	n, err := crhttp.ImportOPML(ctx, db, strings.NewReader(in))
	if err != nil || n != 2 {
		t.Fatalf("import: %d %v", n, err)
	}
	var out bytes.Buffer
	if err := crhttp.ExportOPML(ctx, db, &out); err != nil {
		t.Fatal(err)
	}
	db2 := mustOpenDB(t)
	if n, err := crhttp.ImportOPML(ctx, db2, &out); err != nil || n != 2 {
		t.Fatalf("re-import: %d %v\n%s", n, err, out.String())
	}
	feeds, _ := db2.Feeds(ctx)
	if len(feeds) != 2 || feeds[0].Title != "A & B" || feeds[0].SiteURL != "https://a.example/" {
		t.Errorf("feeds = %+v", feeds)
	}
}

func TestRunSources(t *testing.T) {
	ctx := context.Background()
	db := filepath.Join(t.TempDir(), "s.db")
	run := func(stdin string, args ...string) (string, error) {
		var out, errb strings.Builder
		err := crhttp.RunSources(ctx, append(args, "--db", db), strings.NewReader(stdin), &out, &errb, "unused.db")
		return out.String(), err
	}
	if _, err := run("", "add", "https://a.example/rss"); err != nil {
		t.Fatal(err)
	}
	if _, err := run("", "add", "ftp://a.example/rss"); crossread.ErrorCode(err) != crossread.EINVALID {
		t.Errorf("ftp feed: %v", err)
	}
	opml := `<opml version="2.0"><body><outline text="B" xmlUrl="https://b.example/atom"/></body></opml>`
	if out, err := run(opml, "import", "-"); err != nil || !strings.Contains(out, "imported 1") {
		t.Fatalf("import: %q %v", out, err)
	}
	out, err := run("", "list")
	if err != nil || !strings.Contains(out, "https://a.example/rss") || !strings.Contains(out, "https://b.example/atom") || !strings.Contains(out, "2 feeds") {
		t.Fatalf("list: %q %v", out, err)
	}
	out, _ = run("", "export")
	if !strings.Contains(out, `xmlUrl="https://b.example/atom"`) {
		t.Errorf("export: %s", out)
	}
	if _, err := run("", "remove", "https://a.example/rss"); err != nil {
		t.Fatal(err)
	}
	if _, err := run("", "remove", "https://a.example/rss"); crossread.ErrorCode(err) != crossread.ENOTFOUND {
		t.Errorf("second remove: %v", err)
	}
}
