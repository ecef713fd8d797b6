package main

import (
	"context"
	"time"

	"crossread"
	"crossread/analyze"
	"crossread/sqlite"
)

// storyWindow is how far back from the earliest new article stored stories
// are reopened for it to join: the clusterer's quiet window (4 days) plus its
// follow-up window (21 days), so no story it could extend or follow up is
// left out.
const storyWindow = 25 * 24 * time.Hour

// ingestResult counts what an ingest did.
type ingestResult struct {
	Read, New, Stories int
}

// ingest stores articles: those already stored with the same text change
// nothing; new ones are grouped into the stored stories that are still open
// (which keep their ids) or into new ones, and only the stories that gained
// or lost articles are analysed again. So the same input twice changes
// nothing, and tomorrow's run extends today's stories.
func ingest(ctx context.Context, db *sqlite.DB, arts []*crossread.Article, jobs int) (ingestResult, error) {
	res := ingestResult{Read: len(arts)}
	var fresh []*crossread.Article
	inBatch := map[string]bool{}
	var since time.Time
	undated := false
	for _, a := range arts {
		if inBatch[a.ID] {
			continue
		}
		inBatch[a.ID] = true
		if old, err := db.FindArticleByID(ctx, a.ID); err == nil && old.Text == a.Text {
			continue
		} else if err != nil && crossread.ErrorCode(err) != crossread.ENOTFOUND {
			return res, err
		}
		fresh = append(fresh, a)
		if a.Published.IsZero() {
			undated = true
		} else if since.IsZero() || a.Published.Time.Before(since) {
			since = a.Published.Time
		}
	}
	res.New = len(fresh)
	if len(fresh) == 0 {
		return res, nil
	}
	filter := crossread.StoryFilter{}
	if !undated {
		filter.Since = since.Add(-storyWindow)
	}
	open, _, err := db.FindStoryHeads(ctx, filter)
	if err != nil {
		return res, err
	}

	g := analyze.NewGrouper()
	byID := map[string]*crossread.Article{}
	storedStory := map[string]string{}    // article id → its stored story
	for i := len(open) - 1; i >= 0; i-- { // oldest first, as they were made
		s := open[i]
		members, _, err := db.FindArticles(ctx, crossread.ArticleFilter{StoryID: s.ID})
		if err != nil {
			return res, err
		}
		var keep []*crossread.Article
		for _, m := range members {
			if !inBatch[m.ID] || !changed(fresh, m) {
				byID[m.ID] = m
				storedStory[m.ID] = s.ID
				keep = append(keep, m)
			}
		}
		g.Seed(s.ID, s.FollowUpOf, keep)
	}
	for _, a := range fresh {
		byID[a.ID] = a
	}
	g.Add(fresh)

	order, members := g.Stories()
	storedCount := map[string]int{}
	for _, sid := range storedStory {
		storedCount[sid]++
	}
	var docsToPut []*crossread.Article
	var stories []*crossread.Story
	for _, sid := range order {
		touched, kept := false, 0
		for _, id := range members[sid] {
			if storedStory[id] != sid {
				touched = true // a new article, or one moved by a merge or a split
				break
			}
			kept++
		}
		if kept != storedCount[sid] {
			touched = true // some of its stored articles moved to a story split off from it
		}
		if !touched {
			continue
		}
		var list []*crossread.Article
		for _, id := range members[sid] {
			a := byID[id]
			a.StoryID = sid
			list = append(list, a)
		}
		docs := analyze.Documents(list, jobs)
		st := analyze.Story(sid, docs, analyze.Options{Jobs: jobs})
		st.FollowUpOf = g.FollowUpOf(sid)
		if st.FollowUpOf == "" {
			if old, err := db.FindStoryByID(ctx, sid); err == nil {
				st.FollowUpOf = old.FollowUpOf
			}
		}
		stories = append(stories, st)
		docsToPut = append(docsToPut, list...)
	}
	if err := db.PutArticles(ctx, docsToPut); err != nil {
		return res, err
	}
	if err := db.PutStories(ctx, stories); err != nil {
		return res, err
	}
	res.Stories = len(stories)
	return res, nil
}

// changed reports whether the batch holds a new text for stored article m.
func changed(batch []*crossread.Article, m *crossread.Article) bool {
	for _, a := range batch {
		if a.ID == m.ID {
			return a.Text != m.Text
		}
	}
	return false
}
