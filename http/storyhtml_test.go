package http

import (
	"strings"
	"testing"

	"golang.org/x/net/html"

	"crossread"
	"crossread/sqlite"
)

// hostileStory puts markup, quotes and script URLs in every string a story
// page shows.
func hostileStory(evil string) (*crossread.Story, []*crossread.Article) {
	arts := []*crossread.Article{{ID: "e1" + evil, Source: evil, Title: evil, URL: "javascript:alert(1)"},
		{ID: "e2", Path: "a/" + evil, URL: "https://x.example/" + evil, Published: crossread.Date(2025, 1, 2), DuplicateOf: evil}}
	st := &crossread.Story{ID: "s" + evil, Title: evil, ArticleIDs: []string{arts[0].ID, "e2"},
		Entities: []crossread.Entity{{Name: evil, Type: evil, Aliases: []string{evil}, Mentions: 2}},
		Quotes:   []crossread.Quote{{Span: crossread.Span{ArticleID: "e2", Start: 1, End: 3}, Text: evil, Speaker: evil, SpeakerEntity: evil, Role: evil}},
		Timeline: []crossread.TimelineEntry{{Date: "2025-01-02", Text: evil, ArticleIDs: []string{"e2"}}, {Date: evil, Text: evil, ArticleIDs: []string{arts[0].ID}}},
		Claims: []crossread.Claim{{Text: evil, ArticleIDs: []string{arts[0].ID, "e2"}, Support: 2, Span: crossread.Span{ArticleID: "e2", Start: 0, End: 4}},
			{Text: evil, ArticleIDs: []string{"e2"}, Support: 1}},
		SingleSource:  []crossread.SingleSource{{Text: evil, ArticleID: "e2", Why: evil}},
		Discrepancies: []crossread.Discrepancy{{About: evil, Kind: evil, Variants: []crossread.DiscrepancyVariant{{Value: evil, ArticleIDs: []string{"e2"}}}}},
		Brief: crossread.Brief{Sections: []crossread.BriefSection{{Title: evil, Sentences: []crossread.BriefSentence{
			{Text: evil, ArticleIDs: []string{"e2"}, SupportedBy: []string{arts[0].ID}}}}}},
	}
	return st, arts
}

// storyPageTags are the elements the story page writes; anything else in
// its output came from data.
var storyPageTags = map[string]bool{"article": true, "h1": true, "h2": true, "h3": true, "div": true, "span": true, "svg": true,
	"title": true, "polygon": true, "polyline": true, "line": true, "rect": true, "section": true, "ul": true, "ol": true, "li": true,
	"a": true, "table": true, "thead": true, "tbody": true, "tr": true, "th": true, "td": true, "strong": true, "q": true,
	"circle": true, "text": true, "time": true, "p": true, "nav": true, "option": true}

func assertInert(t *testing.T, page string) {
	t.Helper()
	z := html.NewTokenizer(strings.NewReader(page))
	for {
		tt := z.Next()
		if tt == html.ErrorToken {
			return
		}
		tok := z.Token()
		if tt != html.StartTagToken && tt != html.SelfClosingTagToken {
			continue
		}
		if !storyPageTags[tok.Data] {
			t.Errorf("element <%s> in the page: markup from data", tok.Data)
		}
		for _, a := range tok.Attr {
			if strings.HasPrefix(a.Key, "on") || a.Key == "src" || a.Key == "style" {
				t.Errorf("<%s %s=%q>: attribute from data", tok.Data, a.Key, a.Val)
			}
			if a.Key == "href" && !safeLink(a.Val) {
				t.Errorf("<%s href=%q>: unsafe link", tok.Data, a.Val)
			}
		}
	}
}

func TestStoryHTMLKeepsDataInert(t *testing.T) {
	for _, evil := range []string{`<script>alert(1)</script>"'&<img src=x onerror=1>`, `" onmouseover="alert(1)`, `' onclick='x`,
		"</title><svg onload=alert(1)>", "javascript:alert(1)", "\x00<b>"} {
		st, arts := hostileStory(evil)
		p := buildStoryPage(st, arts)
		p.Spark = newSparkline(coverageOf(arts), 240, 40)
		page := string(storyHTML(&p))
		assertInert(t, page)
		if !strings.Contains(page, "<h1>"+htmlEscaper.Replace(evil)+"</h1>") {
			t.Errorf("title %q not shown as escaped text", evil)
		}
		card := newStoryCard(StorySummary{ID: evil, Title: evil, Outlets: []string{evil}, Articles: 2,
			Coverage: []sqlite.DayCount{{Day: "2025-01-02", Count: 2}}, TopEntities: []EntityRef{{Name: evil, Type: evil}}})
		assertInert(t, string(card.HTML()))
		assertInert(t, string(outletOptions([]sqlite.Outlet{{Name: evil, Articles: 3}}, evil)))
	}
}

func TestSafeLink(t *testing.T) {
	for u, want := range map[string]bool{"/articles/a?hl=1-2#cited": true, "#tl-1": true, "https://x.example/a": true, "HTTP://x": true,
		"javascript:alert(1)": false, "//evil.example": false, `/\evil.example`: false, "data:text/html,x": false, " javascript:x": false, "": false} {
		if got := safeLink(u); got != want {
			t.Errorf("safeLink(%q) = %v, want %v", u, got, want)
		}
	}
}

func FuzzStoryHTML(f *testing.F) {
	f.Add(`<script>alert(1)</script>`)
	f.Add(`" onmouseover="x`)
	f.Add("javascript:alert(1)")
	f.Fuzz(func(t *testing.T, evil string) {
		st, arts := hostileStory(evil)
		p := buildStoryPage(st, arts)
		assertInert(t, string(storyHTML(&p)))
	})
}
