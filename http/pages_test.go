package http

import (
	"encoding/json"
	"reflect"
	"strings"
	"testing"
	"time"

	"crossread"
	"crossread/sqlite"
)

func TestCoverageLineCountsKnownOutletsOnly(t *testing.T) {
	day := func(d int) crossread.Timestamp {
		return crossread.Timestamp{Time: time.Date(2025, 11, d, 0, 0, 0, 0, time.UTC)}
	}
	for _, c := range []struct {
		outlets, articles int
		first, last       crossread.Timestamp
		want              string
	}{
		{2, 5, day(7), day(7), "2 outlets · 5 articles · 7 Nov 2025"},
		{1, 1, day(7), day(9), "1 outlet · 1 article · 7 Nov 2025 – 9 Nov 2025"},
		{0, 3, crossread.Timestamp{}, crossread.Timestamp{}, "3 articles · outlet unknown · undated"},
		{0, 2, day(7), crossread.Timestamp{}, "2 articles · outlet unknown · 7 Nov 2025"},
	} {
		if got := coverageLine(c.outlets, c.articles, c.first, c.last); got != c.want {
			t.Errorf("coverageLine(%d, %d) = %q, want %q", c.outlets, c.articles, got, c.want)
		}
	}
}

func TestArticleTitleForUntitledArticles(t *testing.T) {
	for _, c := range []struct {
		a    crossread.Article
		want string
	}{
		{crossread.Article{Title: "A title", Path: "x.txt"}, "A title"},
		{crossread.Article{Path: "../../examples/story/000_abc.txt"}, "(untitled) · 000_abc.txt"},
		{crossread.Article{URL: "https://news.example/a/b", Path: "x.txt"}, "(untitled) · news.example"},
		{crossread.Article{ID: "a1"}, "(untitled)"},
	} {
		if got := articleTitle(&c.a); got != c.want {
			t.Errorf("articleTitle(%+v) = %q, want %q", c.a, got, c.want)
		}
	}
}

func TestStoryPageOutletsBriefAndSupport(t *testing.T) {
	arts := []*crossread.Article{
		{ID: "a", Source: "Daily", Title: "One"},
		{ID: "b", Path: "dir/b.txt"},
		{ID: "c", Source: "Daily", Title: "Three"},
	}
	st := &crossread.Story{ID: "s", Title: "T", ArticleIDs: []string{"a", "b", "c"},
		Claims: []crossread.Claim{{Text: "x", ArticleIDs: []string{"a", "b"}, Support: 2}},
		Brief: crossread.Brief{Sections: []crossread.BriefSection{
			{Title: crossread.SectionHappening, Sentences: []crossread.BriefSentence{{Text: "x", ArticleIDs: []string{"a"}, SupportedBy: []string{"c", "b", "a"}}}},
			{Title: crossread.SectionTimeline, Sentences: []crossread.BriefSentence{{Text: "t", ArticleIDs: []string{"a"}}}},
			{Title: crossread.SectionSources, Sentences: []crossread.BriefSentence{{Text: "Daily — One", ArticleIDs: []string{"a"}}}},
		}}}
	p := buildStoryPage(st, arts)
	if len(p.Outlets) != 1 || !strings.HasPrefix(p.Coverage, "1 outlet · 3 articles") {
		t.Errorf("outlets %q, coverage %q: want the one known outlet", p.Outlets, p.Coverage)
	}
	if len(p.Columns) != 2 || p.Columns[1].Label != "[2] outlet unknown" {
		t.Errorf("columns = %+v, want Daily and the unknown outlet of article 2", p.Columns)
	}
	if cells := p.Claims[0].Cells; !cells[0].Has || !cells[1].Has {
		t.Errorf("claim cells = %+v", cells)
	}
	if len(p.Brief) != 1 || p.Brief[0].Title != crossread.SectionHappening {
		t.Errorf("brief sections = %+v, want only What's happening (the page has its own timeline and sources)", p.Brief)
	}
	also := p.Brief[0].Sentences[0].Also
	if len(also) != 2 || also[0].Num != 2 || also[1].Num != 3 {
		t.Errorf("also = %+v, want articles 2 and 3 (1 is cited)", also)
	}
	if p.Articles[1].Title != "(untitled) · b.txt" {
		t.Errorf("untitled article shows as %q", p.Articles[1].Title)
	}
}

func TestSparklineOneDayIsABar(t *testing.T) {
	sp := newSparkline([]sqlite.DayCount{{Day: "2025-11-07", Count: 5}}, 120, 24)
	if sp.Empty || sp.Bar == nil || sp.Points != "" {
		t.Errorf("one-day sparkline = %+v, want a bar", sp)
	}
	sp = newSparkline([]sqlite.DayCount{{Day: "2025-11-07", Count: 5}, {Day: "2025-11-09", Count: 1}}, 120, 24)
	if sp.Bar != nil || sp.Points == "" {
		t.Errorf("three-day sparkline = %+v, want a line", sp)
	}
}

func TestStoryArticleIDsReadsOnlyTheIDs(t *testing.T) {
	ids, err := storyArticleIDs([]byte(`{"id":"s1","title":"A \"title\" {with} [brackets]","article_ids":["a","b"],"entities":[{"x":1}]}`))
	if err != nil || strings.Join(ids, ",") != "a,b" {
		t.Errorf("ids = %q, %v", ids, err)
	}
	if _, err := storyArticleIDs([]byte(`[1]`)); err == nil {
		t.Error("a non-object was read")
	}
	if ids, err := storyArticleIDs([]byte(`{"id":"s"}`)); err != nil || ids != nil {
		t.Errorf("no ids: %q, %v", ids, err)
	}
}

// The story page decodes stored stories with the JSON v2 decoder; what it
// reads must be what encoding/json (which the store's reader uses) reads.
func TestDecodePageStoryMatchesEncodingJSON(t *testing.T) {
	sp := crossread.Span{ArticleID: "a", Start: 1, End: 5}
	st := &crossread.Story{ID: "s", Title: "T “q” <x>", ArticleIDs: []string{"a", "b"},
		FirstSeen: crossread.Date(2025, 11, 7), LastSeen: crossread.Timestamp{Time: time.Date(2025, 11, 8, 9, 30, 0, 0, time.UTC), HasClock: true},
		Entities: []crossread.Entity{{Name: "Jane Doe", Type: crossread.PERSON, Aliases: []string{"Doe"}, ArticleIDs: []string{"a"}, Mentions: 2,
			Spans: []crossread.Mention{{Span: sp, Text: "Jane", Type: crossread.PERSON}}}},
		Quotes: []crossread.Quote{{Span: sp, Text: "We will", Speaker: "Doe", SpeakerSpan: &sp, SpeakerEntity: "Jane Doe", Role: "mayor", Cue: "said"},
			{Span: sp, Text: "Unattributed"}},
		Timeline: []crossread.TimelineEntry{{Date: "2025-11", Precision: "month", Text: "x", ArticleIDs: []string{"a"}, Spans: []crossread.Span{sp}, Future: true}},
		Claims: []crossread.Claim{{Text: "c", ArticleIDs: []string{"a", "b"}, Support: 2, Span: sp,
			Variants: []crossread.ClaimVariant{{ArticleID: "b", Text: "c2", Span: sp}}}},
		SingleSource:  []crossread.SingleSource{{Text: "s", ArticleID: "a", Span: sp, Why: "figure"}},
		Discrepancies: []crossread.Discrepancy{{About: "d", Kind: "number", Variants: []crossread.DiscrepancyVariant{{Value: "1", ArticleIDs: []string{"a"}, Spans: []crossread.Span{sp}}}}},
		Brief: crossread.Brief{Sections: []crossread.BriefSection{{Title: crossread.SectionHappening,
			Sentences: []crossread.BriefSentence{{Text: "b", ArticleIDs: []string{"a"}, SupportedBy: []string{"b"}, Spans: []crossread.Span{sp}}}}}},
	}
	data, err := json.Marshal(st)
	if err != nil {
		t.Fatal(err)
	}
	var want crossread.Story
	if err := json.Unmarshal(data, &want); err != nil {
		t.Fatal(err)
	}
	for i := range want.Entities {
		want.Entities[i].Spans = nil // the page does not read them
	}
	got, err := decodePageStory(data)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(*got, want) {
		t.Errorf("decodePageStory =\n%+v\nwant\n%+v", *got, want)
	}
	if _, err := decodePageStory([]byte(`{"id": 3}`)); err == nil {
		t.Error("a malformed story decoded")
	}
}

func TestMarshalArticlesIsEncodingJSONs(t *testing.T) {
	for _, arts := range [][]*crossread.Article{{}, {
		{ID: "a", Title: `<script>"x" & y</script>`, Text: "line\n\u2028 <b>\x01 ünï", Authors: []string{"A"}, Published: crossread.Date(2025, 1, 2)},
		{ID: "b", URL: "https://x.example/?a=1&b=<2>", Removed: []string{"</p>"}, Similarity: 0.5},
	}} {
		want, err := json.Marshal(arts)
		if err != nil {
			t.Fatal(err)
		}
		got, err := marshalArticles(arts)
		if err != nil || string(got) != string(want) {
			t.Errorf("marshalArticles =\n%s\nwant\n%s (%v)", got, want, err)
		}
	}
}
