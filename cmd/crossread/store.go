package main

import (
	"context"
	"fmt"
	"time"

	"crossread"
	"crossread/brief"
	"crossread/sqlite"
)

const defaultDB = "crossread.db"

func (m *Main) runIngest(ctx context.Context, args []string) error {
	fs := m.flagSet("ingest", "[PATH|URL|- ...]", "Reads the inputs and stores their articles and stories in the database. Running it again\nwith new articles extends the stored stories; the same input twice changes nothing.")
	var in inputFlags
	in.register(fs)
	dbPath := fs.String("db", defaultDB, "SQLite database file")
	if err := parse(fs, args); err != nil {
		return err
	}
	arts, errs, err := m.load(ctx, fs.Args(), in)
	if err != nil {
		return err
	}
	db, err := sqlite.Open(ctx, *dbPath)
	if err != nil {
		return err
	}
	defer db.Close()
	start := time.Now()
	res, err := ingest(ctx, db, arts, in.jobs)
	if err != nil {
		return err
	}
	fmt.Fprintf(m.Stdout, "ingested %s (%d new, %d unreadable) into %s: %s written (%s)\n",
		brief.CountOf(res.Read, "article"), res.New, len(errs), *dbPath, brief.CountOf(res.Stories, "story"), time.Since(start).Round(time.Millisecond))
	for _, e := range errs {
		fmt.Fprintf(m.Stdout, "error: %s: %s\n", e.Where(), e.Error)
	}
	return nil
}

func (m *Main) runStories(ctx context.Context, args []string) error {
	fs := m.flagSet("stories", "", "Lists the stored stories, biggest first.")
	dbPath := fs.String("db", defaultDB, "SQLite database file")
	limit := fs.Int("n", 50, "how many stories to list")
	sortBy := fs.String("sort", "biggest", "biggest or newest")
	if err := parse(fs, args); err != nil {
		return err
	}
	db, err := sqlite.Open(ctx, *dbPath)
	if err != nil {
		return err
	}
	defer db.Close()
	stories, total, err := db.FindStories(ctx, crossread.StoryFilter{Limit: *limit, Sort: *sortBy})
	if err != nil {
		return err
	}
	for _, s := range stories {
		fmt.Fprintf(m.Stdout, "%-14s %13s  %-10s %s\n", s.ID, brief.CountOf(len(s.ArticleIDs), "article"), s.LastSeen.String(), s.Title)
	}
	fmt.Fprintf(m.Stdout, "%d of %s\n", len(stories), brief.CountOf(total, "story"))
	return nil
}

// storedStories reads the named stories (all when none is named) and their
// articles from the database.
func (m *Main) storedStories(ctx context.Context, path string, ids []string) ([]*crossread.Story, map[string]*crossread.Article, error) {
	db, err := sqlite.Open(ctx, path)
	if err != nil {
		return nil, nil, err
	}
	defer db.Close()
	var stories []*crossread.Story
	if len(ids) == 0 {
		stories, _, err = db.FindStories(ctx, crossread.StoryFilter{Sort: "biggest"})
		if err != nil {
			return nil, nil, err
		}
	}
	for _, id := range ids {
		s, err := db.FindStoryByID(ctx, id)
		if err != nil {
			return nil, nil, err
		}
		stories = append(stories, s)
	}
	byID := map[string]*crossread.Article{}
	for _, s := range stories {
		for _, id := range s.ArticleIDs {
			a, err := db.FindArticleByID(ctx, id)
			if err != nil {
				return nil, nil, err
			}
			byID[id] = a
		}
	}
	return stories, byID, nil
}
