package sqlite_test

import (
	"context"
	"fmt"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"crossread"
	"crossread/sqlite"
	"crossread/sqlite/storetest"
)

// MustOpenDB opens a store in a fresh temporary file, closed at test end.
func MustOpenDB(t testing.TB) *sqlite.DB {
	t.Helper()
	db, err := sqlite.Open(context.Background(), filepath.Join(t.TempDir(), "test.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

func TestConformanceFile(t *testing.T) {
	storetest.Run(t, func(t *testing.T) storetest.Store { return MustOpenDB(t) })
}

func TestConformanceMemory(t *testing.T) {
	storetest.Run(t, func(t *testing.T) storetest.Store {
		db, err := sqlite.Open(context.Background(), ":memory:")
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { db.Close() })
		return db
	})
}

func TestReopenKeepsDataAndSkipsMigrations(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "re.db")
	db, err := sqlite.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	a := storetest.Article("a1", "alpha", "T", "Text.", storetest.Day(1))
	if err := db.PutArticles(ctx, []*crossread.Article{a}); err != nil {
		t.Fatal(err)
	}
	db.Close()
	db, err = sqlite.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if _, err := db.FindArticleByID(ctx, "a1"); err != nil {
		t.Fatal(err)
	}
}

func TestOpenBadPath(t *testing.T) {
	_, err := sqlite.Open(context.Background(), filepath.Join(t.TempDir(), "missing", "dir", "x.db"))
	if err == nil {
		t.Fatal("opened a database in a missing directory")
	}
	if crossread.ErrorCode(err) == "" {
		t.Fatal("error without a code")
	}
}

func TestReadsDuringWrites(t *testing.T) {
	ctx := context.Background()
	db := MustOpenDB(t)
	seed := storetest.Article("a0", "alpha", "T", "Seed text.", storetest.Day(1))
	if err := db.PutArticles(ctx, []*crossread.Article{seed}); err != nil {
		t.Fatal(err)
	}
	if err := db.PutStories(ctx, []*crossread.Story{storetest.Story("s0", "S", seed)}); err != nil {
		t.Fatal(err)
	}
	var wg sync.WaitGroup
	errs := make(chan error, 100)
	stop := make(chan struct{})
	for r := 0; r < 4; r++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				select {
				case <-stop:
					return
				default:
				}
				if _, err := db.FindStoryByID(ctx, "s0"); err != nil {
					errs <- err
					return
				}
				if _, _, err := db.FindArticles(ctx, crossread.ArticleFilter{Query: "text", Limit: 5}); err != nil {
					errs <- err
					return
				}
			}
		}()
	}
	for w := 0; w < 2; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for i := 0; i < 30; i++ {
				a := storetest.Article(fmt.Sprintf("w%d-%d", w, i), "beta", "T", fmt.Sprintf("Writer %d text %d.", w, i), storetest.Day(2))
				if err := db.PutArticles(ctx, []*crossread.Article{a}); err != nil {
					errs <- err
					return
				}
				if err := db.PutStories(ctx, []*crossread.Story{storetest.Story(fmt.Sprintf("s%d-%d", w, i), "S", a)}); err != nil {
					errs <- err
					return
				}
			}
		}(w)
	}
	time.Sleep(10 * time.Millisecond)
	go func() {
		// stop readers once writers are done
		for {
			if c, _ := db.Counts(ctx); c.Stories >= 61 {
				close(stop)
				return
			}
			time.Sleep(5 * time.Millisecond)
		}
	}()
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
}

func TestChangesAndStats(t *testing.T) {
	ctx := context.Background()
	db := MustOpenDB(t)
	a := storetest.Article("a1", "alpha", "T", "One.", storetest.Day(1))
	b := storetest.Article("a2", "beta", "T", "Two.", storetest.Day(3))
	c := storetest.Article("a3", "alpha", "T", "Three.", storetest.Day(3))
	if err := db.PutArticles(ctx, []*crossread.Article{a, b, c}); err != nil {
		t.Fatal(err)
	}
	ch, err := db.PutStoriesChanged(ctx, []*crossread.Story{storetest.Story("s1", "S", a, b)})
	if err != nil || len(ch) != 1 || !ch[0].Created {
		t.Fatalf("changes = %+v, %v", ch, err)
	}
	seq := ch[0].Seq
	ch, _ = db.PutStoriesChanged(ctx, []*crossread.Story{storetest.Story("s1", "S", a, b)})
	if len(ch) != 0 {
		t.Fatalf("identical re-put reported %+v", ch)
	}
	ch, _ = db.PutStoriesChanged(ctx, []*crossread.Story{storetest.Story("s1", "S", a, b, c)})
	if len(ch) != 1 || ch[0].Created {
		t.Fatalf("update reported %+v", ch)
	}
	got, last, err := db.Changes(ctx, seq, 0)
	if err != nil || len(got) != 1 || got[0].StoryID != "s1" || got[0].Created || last != ch[0].Seq {
		t.Fatalf("Changes = %+v last %d, %v", got, last, err)
	}
	st, err := db.StoryStats(ctx, []string{"s1"})
	if err != nil {
		t.Fatal(err)
	}
	s := st["s1"]
	if fmt.Sprint(s.Outlets) != "[alpha beta]" || fmt.Sprint(s.Coverage) != "[{2025-11-01 1} {2025-11-03 2}]" {
		t.Errorf("stats = %+v", s)
	}
	h, _ := db.StoryHistory(ctx, "s1")
	if len(h) == 0 || h[len(h)-1].Articles != 3 {
		t.Errorf("history = %+v", h)
	}
	outlets, _ := db.Outlets(ctx)
	if len(outlets) != 2 || outlets[0].Name != "alpha" || outlets[0].Articles != 2 || outlets[0].Stories != 1 {
		t.Errorf("outlets = %+v", outlets)
	}
}

func TestFeeds(t *testing.T) {
	ctx := context.Background()
	db := MustOpenDB(t)
	f := &sqlite.Feed{URL: "https://news.example/rss", Title: "News"}
	if err := db.AddFeed(ctx, f); err != nil || f.ID == 0 {
		t.Fatalf("add: %v id %d", err, f.ID)
	}
	f.LastFetch, f.LastError, f.ErrorCount, f.ETag = time.Now().UTC(), "503 Service Unavailable", 2, `"v1"`
	if err := db.UpdateFeedState(ctx, f); err != nil {
		t.Fatal(err)
	}
	again := &sqlite.Feed{URL: "https://news.example/rss"}
	if err := db.AddFeed(ctx, again); err != nil || again.ID != f.ID {
		t.Fatalf("re-add: %v id %d want %d", err, again.ID, f.ID)
	}
	got, err := db.FeedByURL(ctx, f.URL)
	if err != nil || got.Title != "News" || got.ErrorCount != 2 || got.ETag != `"v1"` || got.LastError == "" {
		t.Fatalf("feed = %+v, %v", got, err)
	}
	fresh, _ := db.NewFeedItems(ctx, f.ID, []string{"x", "y", "x"})
	if fmt.Sprint(fresh) != "[x y]" {
		t.Fatalf("new items = %v", fresh)
	}
	if err := db.MarkFeedItems(ctx, f.ID, []string{"x"}); err != nil {
		t.Fatal(err)
	}
	fresh, _ = db.NewFeedItems(ctx, f.ID, []string{"x", "y"})
	if fmt.Sprint(fresh) != "[y]" {
		t.Fatalf("new items after mark = %v", fresh)
	}
	if got, _ := db.FeedByURL(ctx, f.URL); got.ArticleCount != 1 {
		t.Errorf("article count %d", got.ArticleCount)
	}
	if err := db.RemoveFeed(ctx, f.URL); err != nil {
		t.Fatal(err)
	}
	if err := db.RemoveFeed(ctx, f.URL); crossread.ErrorCode(err) != crossread.ENOTFOUND {
		t.Fatalf("second remove: %v", err)
	}
	if feeds, _ := db.Feeds(ctx); len(feeds) != 0 {
		t.Fatalf("feeds left: %v", feeds)
	}
}

func TestGenerationCountsWrites(t *testing.T) {
	ctx := context.Background()
	db := MustOpenDB(t)
	g0, err := db.Generation(ctx)
	if err != nil {
		t.Fatal(err)
	}
	a := storetest.Article("a1", "alpha", "T", "Text.", storetest.Day(1))
	if err := db.PutArticles(ctx, []*crossread.Article{a}); err != nil {
		t.Fatal(err)
	}
	g1, _ := db.Generation(ctx)
	if g1 == g0 {
		t.Fatal("generation unchanged by a write")
	}
	if _, err := db.FindArticleByID(ctx, "a1"); err != nil {
		t.Fatal(err)
	}
	if g2, _ := db.Generation(ctx); g2 != g1 {
		t.Fatal("generation changed by a read")
	}
	if ids, err := db.StoryIDs(ctx, 0); err != nil || len(ids) != 0 {
		t.Fatalf("ids %v %v", ids, err)
	}
}

func TestStoryHeadsAreSmallAndOrdered(t *testing.T) {
	ctx := context.Background()
	db := MustOpenDB(t)
	a := storetest.Article("a1", "alpha", "T", "Ada Lovelace said we will build it.", storetest.Day(1))
	b := storetest.Article("a2", "beta", "T", "Other text.", storetest.Day(2))
	if err := db.PutArticles(ctx, []*crossread.Article{a, b}); err != nil {
		t.Fatal(err)
	}
	big := storetest.Story("s1", "Big", a)
	for i := 0; i < 20; i++ {
		big.Entities = append(big.Entities, crossread.Entity{Name: fmt.Sprintf("E%d", i), Type: "ORG", Mentions: i})
	}
	if err := db.PutStories(ctx, []*crossread.Story{big, storetest.Story("s2", "Small", b)}); err != nil {
		t.Fatal(err)
	}
	full, n1, _ := db.FindStories(ctx, crossread.StoryFilter{Limit: 10})
	heads, n2, err := db.FindStoryHeads(ctx, crossread.StoryFilter{Limit: 10})
	if err != nil || n1 != n2 || len(full) != len(heads) {
		t.Fatalf("heads %d/%d vs %d/%d: %v", len(heads), n2, len(full), n1, err)
	}
	for i := range heads {
		h := heads[i]
		if h.ID != full[i].ID || h.Title != full[i].Title || len(h.ArticleIDs) != len(full[i].ArticleIDs) || h.Updated.IsZero() {
			t.Errorf("head %d = %+v", i, h)
		}
		if len(h.Entities) > sqlite.HeadEntities || len(h.Quotes) != 0 || len(h.Brief.Sections) != 0 {
			t.Errorf("head %s not trimmed", h.ID)
		}
		for _, e := range h.Entities {
			if len(e.Spans) != 0 {
				t.Errorf("head entity %s keeps spans", e.Name)
			}
		}
	}
	if heads[1].Entities[0].Name != "Ada Lovelace" {
		t.Errorf("head lost the most widespread entity: %+v", heads[1].Entities)
	}
}

func TestArticleHeadsLeaveTextOut(t *testing.T) {
	ctx := context.Background()
	db := MustOpenDB(t)
	a := storetest.Article("a1", "alpha", "T", "Long text.", storetest.Day(1))
	if err := db.PutArticles(ctx, []*crossread.Article{a}); err != nil {
		t.Fatal(err)
	}
	heads, n, err := db.FindArticleHeads(ctx, crossread.ArticleFilter{Source: "alpha", Limit: 5})
	if err != nil || n != 1 || len(heads) != 1 {
		t.Fatalf("%d %d %v", len(heads), n, err)
	}
	h := heads[0]
	if h.Text != "" || h.Removed != nil || h.Title != "T" || h.URL != a.URL || h.Authors[0] != "A. Writer" || !h.Published.Time.Equal(a.Published.Time) {
		t.Errorf("head = %+v", h)
	}
}
