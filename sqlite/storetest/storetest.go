// Package storetest is the conformance suite every crossread store passes:
// run it against a fresh store per subtest.
package storetest

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"reflect"
	"testing"
	"time"

	"crossread"
)

// Store is what the suite exercises.
type Store interface {
	crossread.ArticleService
	crossread.StoryService
}

// Article returns a hand-built article with every field set.
func Article(id, source, title, text string, published crossread.Timestamp) *crossread.Article {
	return &crossread.Article{
		ID: id, URL: "https://" + source + ".example/" + id, Source: source, Title: title,
		Published: published, Authors: []string{"A. Writer"}, Language: "en", Text: text,
		Removed: []string{"Listen", "More News"}, Cites: []string{"Reuters"},
		CanonicalURL: "https://" + source + ".example/c/" + id,
	}
}

// Story returns a hand-built story over the given articles with entities,
// quotes, a timeline, claims, single-source facts, discrepancies and a brief.
func Story(id, title string, arts ...*crossread.Article) *crossread.Story {
	s := &crossread.Story{ID: id, Title: title}
	for _, a := range arts {
		s.ArticleIDs = append(s.ArticleIDs, a.ID)
		if s.FirstSeen.IsZero() || a.Published.Time.Before(s.FirstSeen.Time) {
			s.FirstSeen = a.Published
		}
		if a.Published.Time.After(s.LastSeen.Time) {
			s.LastSeen = a.Published
		}
	}
	a0 := arts[0]
	sp := crossread.Span{ArticleID: a0.ID, Start: 0, End: min(10, len(a0.Text))}
	s.Entities = []crossread.Entity{
		{Name: "Ada Lovelace", Type: crossread.PERSON, Aliases: []string{"Lovelace"}, ArticleIDs: s.ArticleIDs, Mentions: 3,
			Spans: []crossread.Mention{{Span: sp, Text: a0.Text[sp.Start:sp.End], Type: crossread.PERSON}}},
		{Name: "Analytical Society", Type: crossread.ORG, Aliases: []string{}, ArticleIDs: s.ArticleIDs[:1], Mentions: 1},
	}
	s.Quotes = []crossread.Quote{
		{Span: sp, Text: "we will build it", Speaker: "Ada Lovelace", SpeakerSpan: &sp, SpeakerEntity: "Ada Lovelace", Role: "mathematician", Cue: "said"},
		{Span: sp, Text: "no comment"},
	}
	s.Timeline = []crossread.TimelineEntry{{Date: "2025-11-06", Precision: crossread.PrecisionDay, Text: "On Thursday it happened.", ArticleIDs: s.ArticleIDs, Spans: []crossread.Span{sp}}}
	s.Claims = []crossread.Claim{{Text: "It happened.", ArticleIDs: s.ArticleIDs, Support: len(arts), Span: sp,
		Variants: []crossread.ClaimVariant{{ArticleID: a0.ID, Text: "It happened.", Span: sp}}}}
	s.SingleSource = []crossread.SingleSource{{Text: "It cost $5 billion.", ArticleID: a0.ID, Span: sp, Why: "figure"}}
	s.Discrepancies = []crossread.Discrepancy{{About: "cost", Kind: "number", Variants: []crossread.DiscrepancyVariant{
		{Value: "$5 billion", ArticleIDs: []string{a0.ID}, Spans: []crossread.Span{sp}}, {Value: "$6 billion", ArticleIDs: s.ArticleIDs[1:]}}}}
	s.Brief = crossread.Brief{Sections: []crossread.BriefSection{
		{Title: crossread.SectionHappening, Sentences: []crossread.BriefSentence{{Text: "It happened.", ArticleIDs: s.ArticleIDs, Spans: []crossread.Span{sp}}}},
		{Title: crossread.SectionSaid, Sentences: []crossread.BriefSentence{{Text: `"We will build it," Lovelace said.`, ArticleIDs: s.ArticleIDs[:1]}}},
	}}
	return s
}

// Day is a day-precision timestamp in November 2025.
func Day(d int) crossread.Timestamp { return crossread.Date(2025, time.November, d) }

// Run runs the suite; open must return a new empty store for each call.
func Run(t *testing.T, open func(t *testing.T) Store) {
	ctx := context.Background()

	t.Run("ArticleRoundTrip", func(t *testing.T) {
		db := open(t)
		a := Article("a1", "alpha", "Title <b>", "First paragraph.\n\nSecond, with ünïcode.", Day(6))
		a.Fetched = time.Date(2025, 11, 6, 12, 0, 0, 123, time.UTC)
		a.DuplicateOf, a.Similarity = "a0", 0.93
		b := Article("a2", "beta", "", "Bare.", crossread.Timestamp{})
		b.Authors, b.Removed, b.Cites = nil, nil, nil
		c := Article("a3", "gamma", "Clock", "Clocked.", crossread.Timestamp{Time: time.Date(2025, 11, 7, 9, 30, 0, 0, time.FixedZone("", 5*3600)), HasClock: true})
		mustPutArticles(t, db, a, b, c)
		for _, want := range []*crossread.Article{a, b, c} {
			got, err := db.FindArticleByID(ctx, want.ID)
			if err != nil {
				t.Fatal(err)
			}
			assertJSONEqual(t, want, got)
			if !got.Fetched.Equal(want.Fetched) {
				t.Errorf("%s fetched = %v, want %v", want.ID, got.Fetched, want.Fetched)
			}
		}
	})

	t.Run("ArticleNotFound", func(t *testing.T) {
		db := open(t)
		if _, err := db.FindArticleByID(ctx, "nope"); crossread.ErrorCode(err) != crossread.ENOTFOUND {
			t.Fatalf("err = %v, want not_found", err)
		}
	})

	t.Run("ArticleWithoutIDIsInvalid", func(t *testing.T) {
		db := open(t)
		err := db.PutArticles(ctx, []*crossread.Article{{Text: "x"}})
		if crossread.ErrorCode(err) != crossread.EINVALID {
			t.Fatalf("err = %v, want invalid", err)
		}
	})

	t.Run("PutArticlesTwiceChangesNothing", func(t *testing.T) {
		db := open(t)
		a := Article("a1", "alpha", "T", "Some text about turbines.", Day(6))
		mustPutArticles(t, db, a)
		mustPutArticles(t, db, a)
		arts, n, err := db.FindArticles(ctx, crossread.ArticleFilter{})
		if err != nil || n != 1 || len(arts) != 1 {
			t.Fatalf("got %d/%d articles, err %v; want 1", len(arts), n, err)
		}
		if got, _, _ := db.FindArticles(ctx, crossread.ArticleFilter{Query: "turbines"}); len(got) != 1 {
			t.Fatalf("search after re-put found %d, want 1 (FTS index duplicated or lost)", len(got))
		}
	})

	t.Run("PutArticleReplacesByID", func(t *testing.T) {
		db := open(t)
		a := Article("a1", "alpha", "Old", "Old words about windmills.", Day(6))
		mustPutArticles(t, db, a)
		b := *a
		b.Title, b.Text = "New", "New words about turbines."
		mustPutArticles(t, db, &b)
		got, err := db.FindArticleByID(ctx, "a1")
		if err != nil || got.Title != "New" {
			t.Fatalf("got %+v, %v", got, err)
		}
		if r, _, _ := db.FindArticles(ctx, crossread.ArticleFilter{Query: "windmills"}); len(r) != 0 {
			t.Errorf("old text still searchable")
		}
		if r, _, _ := db.FindArticles(ctx, crossread.ArticleFilter{Query: "turbines"}); len(r) != 1 {
			t.Errorf("new text not searchable")
		}
	})

	t.Run("ArticleFilters", func(t *testing.T) {
		db := open(t)
		var arts []*crossread.Article
		for i := 0; i < 10; i++ {
			src := []string{"alpha", "beta"}[i%2]
			arts = append(arts, Article(fmt.Sprintf("a%02d", i), src, fmt.Sprintf("Title %d", i), fmt.Sprintf("Body %d mentions zeppelin%d.", i, i%3), Day(1+i)))
		}
		mustPutArticles(t, db, arts...)
		mustPutStories(t, db, Story("s1", "S1", arts[0], arts[1], arts[2]))
		cases := []struct {
			name  string
			f     crossread.ArticleFilter
			want  []string
			total int
		}{
			{"all newest first", crossread.ArticleFilter{Limit: 3}, []string{"a09", "a08", "a07"}, 10},
			{"second page", crossread.ArticleFilter{Limit: 3, Offset: 3}, []string{"a06", "a05", "a04"}, 10},
			{"past the end", crossread.ArticleFilter{Limit: 3, Offset: 30}, nil, 10},
			{"source", crossread.ArticleFilter{Source: "beta", Limit: 2}, []string{"a09", "a07"}, 5},
			{"story", crossread.ArticleFilter{StoryID: "s1"}, []string{"a02", "a01", "a00"}, 3},
			{"since until", crossread.ArticleFilter{Since: Day(3).Time, Until: Day(5).Time}, []string{"a03", "a02"}, 2},
			{"query", crossread.ArticleFilter{Query: "zeppelin1", Limit: 10}, []string{"a01", "a04", "a07"}, 3},
			{"query with syntax", crossread.ArticleFilter{Query: `"zeppelin1) (^ * :`, Limit: 10}, []string{"a01", "a04", "a07"}, 3},
			{"query prefix", crossread.ArticleFilter{Query: "zepp*", Limit: 1}, nil, 10},
			{"query title", crossread.ArticleFilter{Query: "title 4"}, []string{"a04"}, 1},
			{"query nothing", crossread.ArticleFilter{Query: "---"}, nil, 0},
		}
		for _, c := range cases {
			t.Run(c.name, func(t *testing.T) {
				got, total, err := db.FindArticles(ctx, c.f)
				if err != nil {
					t.Fatal(err)
				}
				if total != c.total {
					t.Errorf("total = %d, want %d", total, c.total)
				}
				if c.want == nil && c.name == "query prefix" {
					if len(got) != 1 {
						t.Errorf("got %d, want 1", len(got))
					}
					return
				}
				ids := articleIDs(got)
				if c.name == "query" {
					sortStrings(ids)
				}
				if !reflect.DeepEqual(ids, c.want) && !(len(ids) == 0 && len(c.want) == 0) {
					t.Errorf("ids = %v, want %v", ids, c.want)
				}
			})
		}
	})

	t.Run("StoryRoundTripIsByteIdentical", func(t *testing.T) {
		db := open(t)
		a := Article("a1", "alpha", "T1", "Ada Lovelace said we will build it.", Day(6))
		b := Article("a2", "beta", "T2", "Lovelace said it.", crossread.Timestamp{Time: time.Date(2025, 11, 7, 10, 0, 0, 0, time.UTC), HasClock: true})
		mustPutArticles(t, db, a, b)
		s := Story("s1", "A story", a, b)
		s.FollowUpOf = "s0"
		want, _ := json.Marshal(s)
		mustPutStories(t, db, s)
		got, err := db.FindStoryByID(ctx, "s1")
		if err != nil {
			t.Fatal(err)
		}
		gotJSON, _ := json.Marshal(got)
		if !bytes.Equal(want, gotJSON) {
			t.Fatalf("story changed through the store:\nput %s\ngot %s", want, gotJSON)
		}
		if got.Updated.IsZero() {
			t.Error("Updated not set")
		}
		if a, _ := db.FindArticleByID(ctx, "a2"); a.StoryID != "s1" {
			t.Errorf("article story = %q, want s1", a.StoryID)
		}
	})

	t.Run("StoryNotFound", func(t *testing.T) {
		db := open(t)
		if _, err := db.FindStoryByID(ctx, "nope"); crossread.ErrorCode(err) != crossread.ENOTFOUND {
			t.Fatalf("err = %v, want not_found", err)
		}
	})

	t.Run("PutStoriesTwiceChangesNothing", func(t *testing.T) {
		db := open(t)
		a := Article("a1", "alpha", "T1", "Text one.", Day(6))
		mustPutArticles(t, db, a)
		mustPutStories(t, db, Story("s1", "S", a))
		first, _ := db.FindStoryByID(ctx, "s1")
		mustPutStories(t, db, Story("s1", "S", a))
		second, _ := db.FindStoryByID(ctx, "s1")
		if !first.Updated.Equal(second.Updated) {
			t.Errorf("identical re-put changed Updated: %v → %v", first.Updated, second.Updated)
		}
		if _, n, _ := db.FindStories(ctx, crossread.StoryFilter{}); n != 1 {
			t.Errorf("%d stories, want 1", n)
		}
	})

	t.Run("ArticleMovesToNewStory", func(t *testing.T) {
		db := open(t)
		a := Article("a1", "alpha", "T1", "Text one.", Day(6))
		b := Article("a2", "beta", "T2", "Text two.", Day(7))
		c := Article("a3", "gamma", "T3", "Text three.", Day(8))
		mustPutArticles(t, db, a, b, c)
		mustPutStories(t, db, Story("s1", "S1", a, b), Story("s2", "S2", c))
		// a re-grouping puts everything in s2: s1 is left empty and goes.
		mustPutStories(t, db, Story("s2", "S2", a, b, c))
		if _, err := db.FindStoryByID(ctx, "s1"); crossread.ErrorCode(err) != crossread.ENOTFOUND {
			t.Errorf("emptied story s1 still there (err %v)", err)
		}
		got, n, _ := db.FindArticles(ctx, crossread.ArticleFilter{StoryID: "s2"})
		if n != 3 || len(got) != 3 {
			t.Errorf("s2 has %d articles, want 3", n)
		}
		for _, a := range got {
			if a.StoryID != "s2" {
				t.Errorf("%s story = %q", a.ID, a.StoryID)
			}
		}
		// Re-putting articles without a story keeps their membership.
		a.StoryID = ""
		mustPutArticles(t, db, a)
		if got, _ := db.FindArticleByID(ctx, "a1"); got.StoryID != "s2" {
			t.Errorf("re-put lost membership: %q", got.StoryID)
		}
	})

	t.Run("StoryFilters", func(t *testing.T) {
		db := open(t)
		var arts []*crossread.Article
		for i := 0; i < 6; i++ {
			arts = append(arts, Article(fmt.Sprintf("a%d", i), []string{"alpha", "beta", "gamma"}[i%3], fmt.Sprintf("T%d", i), fmt.Sprintf("Story text %d about quokka%d.", i, i/2), Day(1+i)))
		}
		mustPutArticles(t, db, arts...)
		s1 := Story("s1", "Small old", arts[0])
		s2 := Story("s2", "Big middle", arts[1], arts[2], arts[3])
		s3 := Story("s3", "Medium new", arts[4], arts[5])
		s3.Entities = []crossread.Entity{{Name: "Grace Hopper", Type: crossread.PERSON, Aliases: []string{"Hopper", "Adm. Hopper"}}}
		mustPutStories(t, db, s1, s2, s3)
		cases := []struct {
			name  string
			f     crossread.StoryFilter
			want  []string
			total int
		}{
			{"newest", crossread.StoryFilter{}, []string{"s3", "s2", "s1"}, 3},
			{"biggest", crossread.StoryFilter{Sort: "biggest"}, []string{"s2", "s3", "s1"}, 3},
			{"page", crossread.StoryFilter{Sort: "biggest", Limit: 1, Offset: 1}, []string{"s3"}, 3},
			{"entity canonical", crossread.StoryFilter{Entity: "Ada Lovelace"}, []string{"s2", "s1"}, 2},
			{"entity alias any case", crossread.StoryFilter{Entity: "hopper"}, []string{"s3"}, 1},
			{"source", crossread.StoryFilter{Source: "alpha"}, []string{"s2", "s1"}, 2},
			{"query", crossread.StoryFilter{Query: "quokka1"}, []string{"s2"}, 1},
			{"since", crossread.StoryFilter{Since: Day(4).Time}, []string{"s3", "s2"}, 2},
			{"until", crossread.StoryFilter{Until: Day(2).Time}, []string{"s1"}, 1},
			{"combined", crossread.StoryFilter{Source: "gamma", Entity: "lovelace", Query: "quokka1"}, []string{"s2"}, 1},
		}
		for _, c := range cases {
			t.Run(c.name, func(t *testing.T) {
				got, total, err := db.FindStories(ctx, c.f)
				if err != nil {
					t.Fatal(err)
				}
				var ids []string
				for _, s := range got {
					ids = append(ids, s.ID)
				}
				if !reflect.DeepEqual(ids, c.want) || total != c.total {
					t.Errorf("ids = %v (total %d), want %v (total %d)", ids, total, c.want, c.total)
				}
			})
		}
		if _, _, err := db.FindStories(ctx, crossread.StoryFilter{Sort: "sideways"}); crossread.ErrorCode(err) != crossread.EINVALID {
			t.Errorf("unknown sort: err = %v, want invalid", err)
		}
	})
}

func mustPutArticles(t *testing.T, db Store, arts ...*crossread.Article) {
	t.Helper()
	if err := db.PutArticles(context.Background(), arts); err != nil {
		t.Fatal(err)
	}
}

func mustPutStories(t *testing.T, db Store, stories ...*crossread.Story) {
	t.Helper()
	if err := db.PutStories(context.Background(), stories); err != nil {
		t.Fatal(err)
	}
}

func assertJSONEqual(t *testing.T, want, got any) {
	t.Helper()
	w, _ := json.Marshal(want)
	g, _ := json.Marshal(got)
	if !bytes.Equal(w, g) {
		t.Errorf("round trip differs:\nwant %s\ngot  %s", w, g)
	}
}

func articleIDs(arts []*crossread.Article) []string {
	var ids []string
	for _, a := range arts {
		ids = append(ids, a.ID)
	}
	return ids
}

func sortStrings(s []string) {
	for i := 1; i < len(s); i++ {
		for j := i; j > 0 && s[j] < s[j-1]; j-- {
			s[j], s[j-1] = s[j-1], s[j]
		}
	}
}
