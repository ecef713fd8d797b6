package http_test

import (
	"context"
	"log/slog"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"crossread"
	crhttp "crossread/http"
	"crossread/sqlite"
)

// The fixture is hand-built so the web tests do not depend on how good the
// analysis stages are: two ordinary stories with entities, quotes, claims,
// a timeline and a brief whose spans point into the articles, and a story
// made of one hostile article.

const (
	hostileTitle = `Harmless</title><script>window.__pwned="title"</script>`
	hostileText  = "Opening line of the hostile piece.\n\n<script>window.__pwned=\"text\"</script> and " +
		"<img src=x onerror=\"window.__pwned='img'\"> and <a href=\"javascript:window.__pwned='link'\">click me</a>.\n\n" +
		"A final sentence that is cited."
)

func day(d int) crossread.Timestamp { return crossread.Date(2025, time.November, d) }

func span(a *crossread.Article, sub string) crossread.Span {
	i := strings.Index(a.Text, sub)
	if i < 0 {
		panic("fixture: " + sub + " not in " + a.ID)
	}
	return crossread.Span{ArticleID: a.ID, Start: i, End: i + len(sub)}
}

func mention(a *crossread.Article, sub, typ string) crossread.Mention {
	return crossread.Mention{Span: span(a, sub), Text: sub, Type: typ}
}

type fixture struct {
	Articles []*crossread.Article
	Stories  []*crossread.Story
}

func buildFixture() fixture {
	a1 := &crossread.Article{ID: "port1", Source: "Harbor Times", Title: "Port of Elmira reopens after storm", URL: "https://harbor.example/port",
		Published: day(5), Authors: []string{"Ann Reporter"}, Language: "en", Removed: []string{"Listen 3:12", "More News"},
		Text: "The Port of Elmira reopened on Wednesday after the storm closed it for three days.\n\n" +
			"Mayor Jane Doe said: \"We will rebuild the docks within a month.\" Damage was estimated at $12 million.\n\n" +
			"The storm hit the coast on 2 November, the harbor authority said."}
	a2 := &crossread.Article{ID: "port2", Source: "Valley Post", Title: "Elmira port back in business", URL: "https://valley.example/elmira",
		Published: day(6), Language: "en",
		Text: "The Port of Elmira reopened on Wednesday, officials said.\n\n" +
			"Doe told reporters the damage came to $15 million. The Elmira Harbor Authority will meet on 12 November."}
	a3 := &crossread.Article{ID: "port3", Source: "Coastal Wire", Title: "Storm-hit port reopens", URL: "https://coastal.example/p",
		Published: day(6), Language: "en",
		Text: "The Port of Elmira reopened on Wednesday. Jane Doe visited the docks."}
	b1 := &crossread.Article{ID: "rail1", Source: "Valley Post", Title: "New rail line approved", Published: day(1), Language: "en",
		Text: "Regional lawmakers approved the Northern Rail line on Monday.\n\nConstruction starts next year, Senator Omar Ruiz said."}
	b2 := &crossread.Article{ID: "rail2", Source: "Metro Daily", Title: "Northern Rail gets the green light", Published: day(2), Language: "en",
		Text: "The Northern Rail line was approved by regional lawmakers on Monday."}
	h := &crossread.Article{ID: "evil1", Source: `<b onmouseover="window.__pwned='src'">Evil Outlet</b>`, Title: hostileTitle,
		URL: "javascript:window.__pwned='url'", Published: day(7), Language: "en", Text: hostileText,
		Removed: []string{`<script>window.__pwned="removed"</script>`}}

	s1 := &crossread.Story{ID: "s-port", Title: "Port of Elmira reopens after storm", ArticleIDs: []string{"port1", "port2", "port3"},
		FirstSeen: day(5), LastSeen: day(6)}
	s1.Entities = []crossread.Entity{
		{Name: "Jane Doe", Type: crossread.PERSON, Aliases: []string{"Doe"}, ArticleIDs: []string{"port1", "port2", "port3"}, Mentions: 3,
			Spans: []crossread.Mention{mention(a1, "Jane Doe", "PERSON"), mention(a2, "Doe", "PERSON"), mention(a3, "Jane Doe", "PERSON")}},
		{Name: "Port of Elmira", Type: crossread.LOC, Aliases: []string{}, ArticleIDs: []string{"port1", "port2", "port3"}, Mentions: 3,
			Spans: []crossread.Mention{mention(a1, "Port of Elmira", "LOC"), mention(a2, "Port of Elmira", "LOC"), mention(a3, "Port of Elmira", "LOC")}},
		{Name: "Elmira Harbor Authority", Type: crossread.ORG, Aliases: []string{"harbor authority"}, ArticleIDs: []string{"port1", "port2"}, Mentions: 2,
			Spans: []crossread.Mention{mention(a2, "Elmira Harbor Authority", "ORG")}},
	}
	ds := span(a1, "Mayor Jane Doe")
	s1.Quotes = []crossread.Quote{{Span: span(a1, "We will rebuild the docks within a month."), Text: "We will rebuild the docks within a month.",
		Speaker: "Mayor Jane Doe", SpeakerSpan: &ds, SpeakerEntity: "Jane Doe", Role: "mayor", Cue: "said"}}
	s1.Timeline = []crossread.TimelineEntry{
		{Date: "2025-11-02", Precision: "day", Text: "The storm hit the coast on 2 November, the harbor authority said.", ArticleIDs: []string{"port1"},
			Spans: []crossread.Span{span(a1, "on 2 November")}},
		{Date: "2025-11-05", Precision: "day", Text: "The Port of Elmira reopened on Wednesday.", ArticleIDs: []string{"port1", "port2", "port3"}},
		{Date: "2025-11-12", Precision: "day", Text: "The Elmira Harbor Authority will meet on 12 November.", ArticleIDs: []string{"port2"}, Future: true,
			Spans: []crossread.Span{span(a2, "on 12 November")}},
	}
	reopen := "The Port of Elmira reopened on Wednesday"
	s1.Claims = []crossread.Claim{
		{Text: reopen + ".", ArticleIDs: []string{"port1", "port2", "port3"}, Support: 3, Span: span(a1, reopen),
			Variants: []crossread.ClaimVariant{{ArticleID: "port2", Text: reopen, Span: span(a2, reopen)}, {ArticleID: "port3", Text: reopen + ".", Span: span(a3, reopen+".")}}},
		{Text: "Damage was estimated at $12 million.", ArticleIDs: []string{"port1"}, Support: 1, Span: span(a1, "Damage was estimated at $12 million.")},
	}
	s1.SingleSource = []crossread.SingleSource{{Text: "Damage was estimated at $12 million.", ArticleID: "port1", Span: span(a1, "Damage was estimated at $12 million."), Why: "figure"}}
	s1.Discrepancies = []crossread.Discrepancy{{About: "damage", Kind: "number", Variants: []crossread.DiscrepancyVariant{
		{Value: "$12 million", ArticleIDs: []string{"port1"}, Spans: []crossread.Span{span(a1, "$12 million")}},
		{Value: "$15 million", ArticleIDs: []string{"port2"}, Spans: []crossread.Span{span(a2, "$15 million")}}}}}
	s1.Brief = crossread.Brief{Sections: []crossread.BriefSection{
		{Title: crossread.SectionHappening, Sentences: []crossread.BriefSentence{
			{Text: "The Port of Elmira reopened on Wednesday after the storm closed it for three days.", ArticleIDs: []string{"port1"},
				Spans: []crossread.Span{span(a1, "The Port of Elmira reopened on Wednesday after the storm closed it for three days.")}},
			{Text: "The Port of Elmira reopened on Wednesday, officials said.", ArticleIDs: []string{"port2"}}, // no span: found by text
		}},
		{Title: crossread.SectionSaid, Sentences: []crossread.BriefSentence{
			{Text: `Mayor Jane Doe said: "We will rebuild the docks within a month."`, ArticleIDs: []string{"port1"}}}},
	}}

	s2 := &crossread.Story{ID: "s-rail", Title: "Northern Rail line approved", ArticleIDs: []string{"rail1", "rail2"}, FirstSeen: day(1), LastSeen: day(2)}
	s2.Entities = []crossread.Entity{{Name: "Omar Ruiz", Type: crossread.PERSON, Aliases: []string{"Ruiz"}, ArticleIDs: []string{"rail1"}, Mentions: 1,
		Spans: []crossread.Mention{mention(b1, "Omar Ruiz", "PERSON")}}}
	s2.Brief = crossread.Brief{Sections: []crossread.BriefSection{{Title: crossread.SectionHappening, Sentences: []crossread.BriefSentence{
		{Text: "Regional lawmakers approved the Northern Rail line on Monday.", ArticleIDs: []string{"rail1"}}}}}}

	s3 := &crossread.Story{ID: "s-evil", Title: hostileTitle, ArticleIDs: []string{"evil1"}, FirstSeen: day(7), LastSeen: day(7)}
	s3.Entities = []crossread.Entity{{Name: `<img src=x onerror="window.__pwned='entity'">`, Type: `PERSON" onclick="x`, Aliases: []string{"<svg onload=alert(1)>"},
		ArticleIDs: []string{"evil1"}, Mentions: 1, Spans: []crossread.Mention{mention(h, "<script>window.__pwned=\"text\"</script>", "PERSON")}}}
	s3.Quotes = []crossread.Quote{{Span: span(h, "click me"), Text: `<script>window.__pwned="quote"</script>`, Speaker: `<b>Evil</b>`}}
	s3.Brief = crossread.Brief{Sections: []crossread.BriefSection{{Title: `<script>window.__pwned="section"</script>`, Sentences: []crossread.BriefSentence{
		{Text: "A final sentence that is cited.", ArticleIDs: []string{"evil1"}, Spans: []crossread.Span{span(h, "A final sentence that is cited.")}}}}}}
	return fixture{Articles: []*crossread.Article{a1, a2, a3, b1, b2, h}, Stories: []*crossread.Story{s1, s2, s3}}
}

// mustOpenDB opens a temporary store loaded with the fixture.
func mustOpenDB(t testing.TB) *sqlite.DB {
	t.Helper()
	ctx := context.Background()
	db, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "web.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	fx := buildFixture()
	if err := db.PutArticles(ctx, fx.Articles); err != nil {
		t.Fatal(err)
	}
	if err := db.PutStories(ctx, fx.Stories); err != nil {
		t.Fatal(err)
	}
	return db
}

const testToken = "s3cret-token"

// mustOpenServer starts a real server on :0 over a fixture store.
func mustOpenServer(t testing.TB, db *sqlite.DB, mod func(*crhttp.Config)) *crhttp.Server {
	t.Helper()
	if db == nil {
		db = mustOpenDB(t)
	}
	cfg := crhttp.Config{Addr: "127.0.0.1:0", DB: db, Token: testToken, PollInterval: 50 * time.Millisecond}
	if testing.Verbose() {
		cfg.Logger = slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelDebug}))
	}
	if mod != nil {
		mod(&cfg)
	}
	srv, err := crhttp.NewServer(cfg)
	if err != nil {
		t.Fatal(err)
	}
	if err := srv.Open(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { srv.Close() })
	return srv
}

func get(t testing.TB, url string) (*http.Response, string) {
	t.Helper()
	resp, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var b strings.Builder
	buf := make([]byte, 32<<10)
	for {
		n, err := resp.Body.Read(buf)
		b.Write(buf[:n])
		if err != nil {
			break
		}
	}
	return resp, b.String()
}
