package http

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"math/rand/v2"
	"net/http"
	"net/url"
	"sort"
	"strings"
	"sync"
	"time"

	"crossread"
	"crossread/internal/cputime"
	"crossread/sqlite"
)

// BenchConfig configures BenchServe, the load benchmark behind
// `crossread bench serve`.
type BenchConfig struct {
	DB       string        // database file; filled with generated data when it holds fewer than Articles articles
	Articles int           // 100,000 when 0
	Clients  int           // concurrent clients; 50 when 0
	Duration time.Duration // per endpoint; 10 s when 0
	Seed     uint64
	Out      io.Writer // progress and the result table; nil for none
	Logger   *slog.Logger
}

// EndpointStats is the latency of one endpoint under load.
type EndpointStats struct {
	Name     string
	Requests int
	Errors   int
	RPS      float64
	P50      time.Duration
	P90      time.Duration
	P99      time.Duration
	Max      time.Duration
	FirstErr string        // the first failure, when there were any
	CPU      time.Duration // process CPU time per request (server and load generator)
}

// BenchResult is a whole benchmark run.
type BenchResult struct {
	Articles  int
	Stories   int
	Clients   int
	Generate  time.Duration // time spent generating data (0 when reused)
	Endpoints []EndpointStats
}

// Table renders the result as a Markdown table.
func (r *BenchResult) Table() string {
	var b strings.Builder
	fmt.Fprintf(&b, "%d articles, %d stories, %d concurrent clients\n\n", r.Articles, r.Stories, r.Clients)
	b.WriteString("| endpoint | requests | errors | req/s | p50 | p90 | p99 | max | CPU/req |\n|---|---:|---:|---:|---:|---:|---:|---:|---:|\n")
	ms := func(d time.Duration) string { return fmt.Sprintf("%.1f ms", float64(d.Microseconds())/1000) }
	for _, e := range r.Endpoints {
		// CPU per request is a fraction of a millisecond: two decimals.
		cpu := fmt.Sprintf("%.2f ms", float64(e.CPU.Microseconds())/1000)
		fmt.Fprintf(&b, "| %s | %d | %d | %.0f | %s | %s | %s | %s | %s |\n", e.Name, e.Requests, e.Errors, e.RPS, ms(e.P50), ms(e.P90), ms(e.P99), ms(e.Max), cpu)
	}
	return b.String()
}

// BenchServe fills the database with generated stories if needed, starts
// the server on a free port and measures the story page, the API's story
// endpoint and the stories list under concurrent load.
func BenchServe(ctx context.Context, cfg BenchConfig) (*BenchResult, error) {
	if cfg.Articles <= 0 {
		cfg.Articles = 100_000
	}
	if cfg.Clients <= 0 {
		cfg.Clients = 50
	}
	if cfg.Duration <= 0 {
		cfg.Duration = 10 * time.Second
	}
	if cfg.Out == nil {
		cfg.Out = io.Discard
	}
	if cfg.DB == "" {
		return nil, crossread.Errorf(crossread.EINVALID, "bench needs a database path")
	}
	db, err := sqlite.Open(ctx, cfg.DB)
	if err != nil {
		return nil, err
	}
	defer db.Close()
	res := &BenchResult{Clients: cfg.Clients}
	c, err := db.Counts(ctx)
	if err != nil {
		return nil, err
	}
	if c.Articles < cfg.Articles {
		fmt.Fprintf(cfg.Out, "generating %d articles into %s …\n", cfg.Articles-c.Articles, cfg.DB)
		start := time.Now()
		if err := GenerateCorpus(ctx, db, cfg.Articles-c.Articles, cfg.Seed, c.Articles); err != nil {
			return nil, err
		}
		res.Generate = time.Since(start)
		fmt.Fprintf(cfg.Out, "generated in %s\n", res.Generate.Round(time.Second))
	}
	if c, err = db.Counts(ctx); err != nil {
		return nil, err
	}
	res.Articles, res.Stories = c.Articles, c.Stories
	ids, err := db.StoryIDs(ctx, 0)
	if err != nil {
		return nil, err
	}
	if len(ids) == 0 {
		return nil, crossread.Errorf(crossread.EEMPTY, "no stories to request")
	}
	storyPage := func(r *rand.Rand) string { return "/stories/" + url.PathEscape(ids[r.IntN(len(ids))]) }
	storyAPI := func(r *rand.Rand) string { return "/api/v1/stories/" + url.PathEscape(ids[r.IntN(len(ids))]) }
	list := func(r *rand.Rand) string {
		return "/?" + []string{"sort=newest", "sort=biggest", "sort=newest&offset=200"}[r.IntN(3)]
	}
	// Uncached first: every request reads the store and renders, the
	// worst case. Then with the response cache, as served by default.
	for _, run := range []struct {
		cache int64
		label string
	}{{-1, "no cache"}, {0, "cache"}} {
		srv, err := NewServer(Config{Addr: "127.0.0.1:0", DB: db, Logger: cfg.Logger, CacheBytes: run.cache})
		if err != nil {
			return nil, err
		}
		if err := srv.Open(); err != nil {
			return nil, err
		}
		client := &http.Client{Transport: &http.Transport{MaxIdleConns: cfg.Clients * 2, MaxIdleConnsPerHost: cfg.Clients * 2}, Timeout: 30 * time.Second}
		for _, ep := range []struct {
			name string
			path func(*rand.Rand) string
		}{{"GET /stories/{id}", storyPage}, {"GET /api/v1/stories/{id}", storyAPI}, {"GET / (list)", list}} {
			name := ep.name + ", " + run.label
			fmt.Fprintf(cfg.Out, "loading %s for %s …\n", name, cfg.Duration)
			st := runLoad(ctx, client, srv.URL(), cfg.Clients, cfg.Duration, cfg.Seed, ep.path)
			st.Name = name
			if st.FirstErr != "" {
				fmt.Fprintf(cfg.Out, "%d errors, the first: %s\n", st.Errors, st.FirstErr)
			}
			res.Endpoints = append(res.Endpoints, st)
		}
		client.CloseIdleConnections()
		srv.Close()
	}
	fmt.Fprint(cfg.Out, res.Table())
	return res, nil
}

func runLoad(ctx context.Context, client *http.Client, base string, clients int, d time.Duration, seed uint64, path func(*rand.Rand) string) EndpointStats {
	ctx, cancel := context.WithTimeout(ctx, d)
	defer cancel()
	var mu sync.Mutex
	var lat []time.Duration
	errs := 0
	firstErr := ""
	var wg sync.WaitGroup
	start, cpu0 := time.Now(), cputime.Process()
	for i := 0; i < clients; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			r := rand.New(rand.NewPCG(seed, uint64(i)))
			var mine []time.Duration
			bad := 0
			for ctx.Err() == nil {
				t0 := time.Now()
				req, _ := http.NewRequestWithContext(ctx, "GET", base+path(r), nil)
				resp, err := client.Do(req)
				if err == nil {
					_, err = io.Copy(io.Discard, resp.Body)
					resp.Body.Close()
					if resp.StatusCode != 200 {
						err = fmt.Errorf("status %d", resp.StatusCode)
					}
				}
				if ctx.Err() != nil {
					break // cut off by the deadline: not a measurement
				}
				if err != nil {
					bad++
					mu.Lock()
					if firstErr == "" {
						firstErr = err.Error()
					}
					mu.Unlock()
					continue
				}
				mine = append(mine, time.Since(t0))
			}
			mu.Lock()
			lat = append(lat, mine...)
			errs += bad
			mu.Unlock()
		}(i)
	}
	wg.Wait()
	elapsed, cpu := time.Since(start), cputime.Process()-cpu0
	sort.Slice(lat, func(i, j int) bool { return lat[i] < lat[j] })
	q := func(p float64) time.Duration {
		if len(lat) == 0 {
			return 0
		}
		return lat[min(len(lat)-1, int(p*float64(len(lat))))]
	}
	st := EndpointStats{FirstErr: firstErr, Requests: len(lat), Errors: errs, RPS: float64(len(lat)) / elapsed.Seconds(), P50: q(0.50), P90: q(0.90), P99: q(0.99)}
	if len(lat) > 0 {
		st.Max = lat[len(lat)-1]
		st.CPU = cpu / time.Duration(len(lat)+errs)
	}
	return st
}

// Words for generated text: enough variety that full-text search and
// entity filters behave as on real data, no more.
var (
	benchWords = strings.Fields(`the a of to in and on for with by from at as was were is are said officials government
		minister report agreement talks city port river bridge storm election court ruling company market shares
		price oil gas energy water school hospital police army border trade deal summit visit plan budget tax
		workers union strike protest vote parliament council mayor president leader party campaign network
		railway airport flight weather flood fire drought harvest bank rate inflation growth jobs record`)
	benchFirst = strings.Fields(`Ada Omar Lena Ravi Mei Jonas Sara Kofi Ines Pavel Nadia Tomas Yuki Amir Clara Diego`)
	benchLast  = strings.Fields(`Lovelace Ruiz Novak Patel Chen Berg Haddad Mensah Duarte Ivanov Karimi Silva Tanaka Rahman Costa Alvarez`)
	benchPlace = strings.Fields(`Elmira Brova Castel Dunmore Eskar Fenwick Galdor Harrow Istra Jorvik Kessel Lumen Marrow Norwick`)
	benchOrg   = strings.Fields(`Authority Ministry Council Institute Union Bank Agency Commission Alliance Company`)
)

// GenerateCorpus writes n generated articles, grouped into stories of
// varied size with entities, quotes, claims, a timeline and a cited brief
// whose spans point into the generated text. first numbers the ids, so
// repeated calls add rather than overwrite.
func GenerateCorpus(ctx context.Context, db *sqlite.DB, n int, seed uint64, first int) error {
	r := rand.New(rand.NewPCG(seed, 7))
	outlets := make([]string, 60)
	for i := range outlets {
		outlets[i] = fmt.Sprintf("%s %s", benchPlace[i%len(benchPlace)], []string{"Times", "Post", "Herald", "Wire", "Daily"}[i%5])
	}
	base := time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC)
	var arts []*crossread.Article
	var stories []*crossread.Story
	flush := func() error {
		if err := db.PutArticles(ctx, arts); err != nil {
			return err
		}
		if err := db.PutStories(ctx, stories); err != nil {
			return err
		}
		arts, stories = arts[:0], stories[:0]
		return nil
	}
	made, storyNum := 0, first
	for made < n {
		// Story sizes are skewed like real coverage: most small, a few big.
		size := 1 + int(r.ExpFloat64()*4)
		size = min(size, 60, n-made)
		storyNum++
		sid := fmt.Sprintf("g%07d", storyNum)
		person := benchFirst[r.IntN(len(benchFirst))] + " " + benchLast[r.IntN(len(benchLast))]
		place := benchPlace[r.IntN(len(benchPlace))]
		org := place + " " + benchOrg[r.IntN(len(benchOrg))]
		topic := benchWords[20+r.IntN(len(benchWords)-20)]
		day := base.AddDate(0, 0, r.IntN(300))
		st := &crossread.Story{ID: sid, Title: fmt.Sprintf("%s %s: %s %s", place, topic, person, benchWords[20+r.IntN(len(benchWords)-20)])}
		ent := []crossread.Entity{
			{Name: person, Type: crossread.PERSON, Aliases: []string{strings.Fields(person)[1]}},
			{Name: place, Type: crossread.LOC, Aliases: []string{}},
			{Name: org, Type: crossread.ORG, Aliases: []string{}},
		}
		claimText := fmt.Sprintf("The %s said the %s plan for %s would go ahead.", org, topic, place)
		var claimIDs []string
		var claimSpans []crossread.Span
		for k := 0; k < size; k++ {
			made++
			id := fmt.Sprintf("ga%08d", first+made)
			pub := day.Add(time.Duration(r.IntN(72)) * time.Hour)
			var b strings.Builder
			var mentions []crossread.Mention
			lead := fmt.Sprintf("%s %s in %s on %s. ", person, []string{"spoke", "met officials", "announced a plan"}[r.IntN(3)], place, pub.Format("2 January"))
			mentions = append(mentions, crossread.Mention{Span: crossread.Span{ArticleID: id, Start: 0, End: len(person)}, Text: person, Type: crossread.PERSON})
			b.WriteString(lead)
			cs := b.Len()
			b.WriteString(claimText)
			claimIDs = append(claimIDs, id)
			claimSpans = append(claimSpans, crossread.Span{ArticleID: id, Start: cs, End: b.Len()})
			b.WriteString("\n\n")
			qs := b.Len() + 1
			quote := fmt.Sprintf("We will %s the %s before %s", benchWords[r.IntN(20)+20], topic, pub.AddDate(0, 1, 0).Format("January"))
			fmt.Fprintf(&b, "\"%s,\" %s said.", quote, strings.Fields(person)[1])
			st.Quotes = append(st.Quotes, crossread.Quote{Span: crossread.Span{ArticleID: id, Start: qs, End: qs + len(quote)}, Text: quote, Speaker: person, SpeakerEntity: person})
			for p := 0; p < 4+r.IntN(6); p++ {
				b.WriteString("\n\n")
				for w := 0; w < 30+r.IntN(40); w++ {
					if w > 0 {
						b.WriteByte(' ')
					}
					if r.IntN(40) == 0 {
						at := b.Len()
						b.WriteString(org)
						mentions = append(mentions, crossread.Mention{Span: crossread.Span{ArticleID: id, Start: at, End: b.Len()}, Text: org, Type: crossread.ORG})
						continue
					}
					b.WriteString(benchWords[r.IntN(len(benchWords))])
				}
				b.WriteString(".")
			}
			ent[0].Spans = append(ent[0].Spans, mentions[0])
			for _, m := range mentions[1:] {
				ent[2].Spans = append(ent[2].Spans, m)
			}
			for e := range ent {
				ent[e].ArticleIDs = append(ent[e].ArticleIDs, id)
				ent[e].Mentions++
			}
			a := &crossread.Article{ID: id, Source: outlets[r.IntN(len(outlets))], Title: fmt.Sprintf("%s: %s %s", place, topic, benchWords[r.IntN(len(benchWords))]),
				URL: "https://news.example/" + id, Published: crossread.Timestamp{Time: pub, HasClock: true}, Language: "en", Text: b.String(),
				Authors: []string{benchFirst[r.IntN(len(benchFirst))] + " " + benchLast[r.IntN(len(benchLast))]}}
			arts = append(arts, a)
			st.ArticleIDs = append(st.ArticleIDs, id)
			if st.FirstSeen.IsZero() || pub.Before(st.FirstSeen.Time) {
				st.FirstSeen = a.Published
			}
			if pub.After(st.LastSeen.Time) {
				st.LastSeen = a.Published
			}
		}
		st.Entities = ent
		st.Claims = []crossread.Claim{{Text: claimText, ArticleIDs: claimIDs, Support: len(claimIDs), Span: claimSpans[0]}}
		st.Timeline = []crossread.TimelineEntry{{Date: st.FirstSeen.Time.Format("2006-01-02"), Precision: "day", Text: claimText, ArticleIDs: claimIDs[:1]}}
		st.Brief = crossread.Brief{Sections: []crossread.BriefSection{
			{Title: crossread.SectionHappening, Sentences: []crossread.BriefSentence{{Text: claimText, ArticleIDs: claimIDs, Spans: claimSpans}}},
			{Title: crossread.SectionSaid, Sentences: []crossread.BriefSentence{{Text: st.Quotes[0].Text, ArticleIDs: claimIDs[:1]}}},
		}}
		stories = append(stories, st)
		if len(arts) >= 2000 {
			if err := flush(); err != nil {
				return err
			}
		}
	}
	return flush()
}

// RunBench is `crossread bench serve [flags]`: it fills a database with
// generated stories (once) and prints the latency table.
func RunBench(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("bench serve", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprintln(stderr, "Usage: crossread bench serve [flags]\n\nFills a database with generated stories (once), starts the server and measures the\nstory page, the API's story endpoint and the stories list under concurrent clients.\n\nFlags:")
		fs.PrintDefaults()
	}
	db := fs.String("db", "crossread-bench.db", "database to fill (reused when it already holds enough articles)")
	articles := fs.Int("articles", 100_000, "articles to generate")
	clients := fs.Int("clients", 50, "concurrent clients")
	dur := fs.Duration("duration", 10*time.Second, "load time per endpoint")
	seed := fs.Uint64("seed", 1, "generator seed")
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return nil
		}
		return crossread.Errorf(crossread.EINVALID, "%v", err)
	}
	_, err := BenchServe(ctx, BenchConfig{DB: *db, Articles: *articles, Clients: *clients, Duration: *dur, Seed: *seed, Out: stdout})
	return err
}
