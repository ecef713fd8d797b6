package sqlite

import (
	"context"
	"fmt"
	"os"
	"testing"
	"time"

	"crossread"
)

func TestZZExplain(t *testing.T) {
	path := os.Getenv("EXPLAIN_DB")
	if path == "" {
		t.Skip()
	}
	ctx := context.Background()
	db, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	explain := func(q string, args ...any) {
		rows, err := db.r.QueryContext(ctx, "EXPLAIN QUERY PLAN "+q, args...)
		if err != nil {
			t.Fatal(err)
		}
		defer rows.Close()
		fmt.Println("==", q)
		for rows.Next() {
			var a, b, c int
			var d string
			rows.Scan(&a, &b, &c, &d)
			fmt.Println("  ", d)
		}
	}
	explain("SELECT a.id FROM articles a WHERE a.id IN (SELECT article_id FROM story_articles WHERE story_id = ?) ORDER BY a.published_unix IS NULL, a.published_unix DESC, a.id", "g0000001")
	explain("SELECT s.data FROM stories s ORDER BY s.article_count DESC, s.last_seen_unix IS NULL, s.last_seen_unix DESC, s.id LIMIT 20")
	explain("SELECT s.data FROM stories s ORDER BY s.last_seen_unix IS NULL, s.last_seen_unix DESC, s.article_count DESC, s.id LIMIT 20")
	explain(`SELECT source, COUNT(*), COUNT(DISTINCT NULLIF(story_id, '')), MAX(published_unix) FROM articles WHERE source != '' GROUP BY source`)
	timeIt := func(name string, fn func() error) {
		t0 := time.Now()
		if err := fn(); err != nil {
			t.Fatal(err)
		}
		fmt.Printf("%-30s %v\n", name, time.Since(t0))
	}
	for range 3 {
	timeIt("FindStoryByID", func() error { _, err := db.FindStoryByID(ctx, "g0000001"); return err })
	timeIt("FindArticles story", func() error {
		_, _, err := db.FindArticles(ctx, crossread.ArticleFilter{StoryID: "g0000001"})
		return err
	})
	timeIt("StoryStats", func() error { _, err := db.StoryStats(ctx, []string{"g0000001"}); return err })
	timeIt("FindStories newest", func() error {
		_, _, err := db.FindStories(ctx, crossread.StoryFilter{Limit: 20})
		return err
	})
	timeIt("FindStories biggest", func() error {
		_, _, err := db.FindStories(ctx, crossread.StoryFilter{Limit: 20, Sort: "biggest"})
		return err
	})
	timeIt("Outlets", func() error { _, err := db.Outlets(ctx); return err })
	timeIt("Counts", func() error { _, err := db.Counts(ctx); return err })
	timeIt("count stories", func() error { var n int; return db.r.QueryRow("SELECT COUNT(*) FROM stories s").Scan(&n) })
	}
}
