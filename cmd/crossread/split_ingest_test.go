package main

import (
	"context"
	"path/filepath"
	"slices"
	"testing"

	"crossread"
	"crossread/internal/storygen"
	"crossread/sqlite"
)

// TestIngestKeepsStoriesConsistentWhenDayTwoSplitsAStory: whatever the
// refinement moves, every stored story lists exactly the articles stored
// under it, and its analysis cites only those.
func TestIngestKeepsStoriesConsistentWhenDayTwoSplitsAStory(t *testing.T) {
	ctx := context.Background()
	db, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "split.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	day1, day2 := storygen.TwoStrikes(2, 10)
	if _, err := ingest(ctx, db, day1, 1); err != nil {
		t.Fatal(err)
	}
	stories, _, err := db.FindStories(ctx, crossread.StoryFilter{})
	if err != nil {
		t.Fatal(err)
	}
	if len(stories) != 1 {
		t.Skipf("the fixture no longer joins the two strikes on day one (%d stories): nothing for day two to split", len(stories))
	}
	if _, err := ingest(ctx, db, day2, 1); err != nil {
		t.Fatal(err)
	}
	stories, _, err = db.FindStories(ctx, crossread.StoryFilter{})
	if err != nil {
		t.Fatal(err)
	}
	if len(stories) < 2 {
		t.Fatalf("the two strikes are still one story after day two")
	}
	seen := map[string]string{}
	for _, st := range stories {
		arts, _, err := db.FindArticles(ctx, crossread.ArticleFilter{StoryID: st.ID, Limit: 1000})
		if err != nil {
			t.Fatal(err)
		}
		var stored []string
		for _, a := range arts {
			stored = append(stored, a.ID)
			if prev, dup := seen[a.ID]; dup {
				t.Errorf("%s is stored under %s and %s", a.ID, prev, st.ID)
			}
			seen[a.ID] = st.ID
		}
		listed := slices.Clone(st.ArticleIDs)
		slices.Sort(stored)
		slices.Sort(listed)
		if !slices.Equal(stored, listed) {
			t.Errorf("story %s lists %v but holds %v", st.ID, listed, stored)
		}
		for _, sec := range st.Brief.Sections {
			for _, s := range sec.Sentences {
				for _, id := range s.ArticleIDs {
					if !slices.Contains(listed, id) {
						t.Errorf("story %s's brief cites %s, which is not one of its articles", st.ID, id)
					}
				}
			}
		}
	}
	if len(seen) != len(day1)+len(day2) {
		t.Errorf("%d articles stored in stories, want %d", len(seen), len(day1)+len(day2))
	}
}
