package extract

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"crossread"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

// golden pins the whole Article for each hand-written page in testdata/.
func TestExtractGolden(t *testing.T) {
	pages, err := filepath.Glob("testdata/*.html")
	if err != nil || len(pages) == 0 {
		t.Fatalf("no test pages: %v", err)
	}
	for _, path := range pages {
		name := strings.TrimSuffix(filepath.Base(path), ".html")
		t.Run(name, func(t *testing.T) {
			page, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			a, err := Extract(page, Options{URL: "https://example.org/news/" + name})
			if err != nil {
				t.Fatal(err)
			}
			got, err := json.MarshalIndent(a, "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			got = append(got, '\n')
			golden := strings.TrimSuffix(path, ".html") + ".golden.json"
			if *update {
				if err := os.WriteFile(golden, got, 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test -update to create it)", err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("article differs from %s (run go test -update after checking):\ngot:\n%s", golden, got)
			}
		})
	}
}

func extractFile(t *testing.T, name string) *crossread.Article {
	t.Helper()
	page, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	a, err := Extract(page, Options{URL: "https://example.org/news/x"})
	if err != nil {
		t.Fatal(err)
	}
	return a
}

// The news page's furniture stays out of the text and is listed in Removed.
func TestNewsPageKeepsFurnitureOut(t *testing.T) {
	a := extractFile(t, "news.html")
	for _, want := range []string{"three months after cracks", "What comes next", "strengthened the pier footing", "western pier"} {
		if !strings.Contains(a.Text, want) {
			t.Errorf("text lacks %q", want)
		}
	}
	for _, out := range []string{"Share on", "Photo: Harbour Authority", "Related", "Council approves", "nightmare", "morning briefing", "All rights reserved", "Sport", "By Mara"} {
		if strings.Contains(a.Text, out) {
			t.Errorf("text holds furniture %q", out)
		}
	}
	removed := strings.Join(a.Removed, "\n")
	for _, want := range []string{"Photo: Harbour Authority", "Council approves repair budget"} {
		if !strings.Contains(removed, want) {
			t.Errorf("removed lacks %q", want)
		}
	}
	if strings.Count(a.Text, "\n\n") != 4 {
		t.Errorf("want 5 paragraphs separated by blank lines, got:\n%s", a.Text)
	}
	if a.Title != "Harbour bridge reopens after repairs" || a.Source != "The Coastal Herald" || a.Language != "en" {
		t.Errorf("metadata: title %q source %q lang %q", a.Title, a.Source, a.Language)
	}
	if a.CanonicalURL != "https://example.org/news/2024/03/05/harbour-bridge" {
		t.Errorf("canonical %q", a.CanonicalURL)
	}
	if len(a.Authors) != 1 || a.Authors[0] != "Mara Lind" {
		t.Errorf("authors %q", a.Authors)
	}
	if !a.Published.HasClock || a.Published.Time.Format(time.RFC3339) != "2024-03-05T08:30:00+01:00" {
		t.Errorf("published %v (clock %v)", a.Published.Time, a.Published.HasClock)
	}
}

func TestJSONLDPage(t *testing.T) {
	a := extractFile(t, "jsonld.html")
	if a.Title != "Wheat prices fall as harvest beats forecasts" {
		t.Errorf("title %q", a.Title)
	}
	if strings.Join(a.Authors, ";") != "Ada Okafor;Tomás Ruiz" {
		t.Errorf("authors %q", a.Authors)
	}
	if a.Published.Time.Format("2006-01-02") != "2023-08-14" || a.Source != "Grain Weekly" {
		t.Errorf("published %v source %q", a.Published.Time, a.Source)
	}
	if strings.Contains(a.Text, "Corn exports") || !strings.Contains(a.Text, "autumn planting") {
		t.Errorf("text:\n%s", a.Text)
	}
}

func TestWindows1251Page(t *testing.T) {
	a := extractFile(t, "cp1251.html")
	if a.Title != "Новый мост открыт для движения" {
		t.Errorf("title %q", a.Title)
	}
	if !strings.Contains(a.Text, "рассчитан на сто лет") || !utf8.ValidString(a.Text) {
		t.Errorf("text %q", a.Text)
	}
	if a.Language != "ru" {
		t.Errorf("language %q, want ru from the text", a.Language)
	}
	if a.Published.Time.Format("2006-01-02") != "2022-04-12" {
		t.Errorf("published %v", a.Published.Time)
	}
}

func TestContentTypeCharsetWins(t *testing.T) {
	page := []byte("<html><body><p>" + string([]byte{0xcf, 0xf0, 0xe8, 0xe2, 0xe5, 0xf2}) + " мир</p></body></html>")
	a, err := Extract(page, Options{ContentType: "text/html; charset=windows-1251"})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(a.Text, "Привет") {
		t.Errorf("text %q", a.Text)
	}
}

func TestEmptyPageIsAnError(t *testing.T) {
	_, err := Extract([]byte("  \n"), Options{URL: "https://example.org/x"})
	if crossread.ErrorCode(err) != crossread.EEMPTY {
		t.Fatalf("err = %v", err)
	}
}

func TestParseDate(t *testing.T) {
	for _, c := range []struct {
		in, want string
		clock    bool
	}{
		{"2025-09-04", "2025-09-04T00:00:00Z", false},
		{"2025-09-04T23:30:00-04:00", "2025-09-04T23:30:00-04:00", true},
		{"2025-09-04T10:00:00.000Z", "2025-09-04T10:00:00Z", true},
		{"September 4, 2025", "2025-09-04T00:00:00Z", false},
		{"Sept. 4th 2025", "2025-09-04T00:00:00Z", false},
		{"Thu, 04 Sep 2025 10:00:00 GMT", "2025-09-04T00:00:00Z", false},
		{"20250904", "2025-09-04T00:00:00Z", false},
		{"2023 Jan 7", "2023-01-07T00:00:00Z", false},
		{"4 de septiembre de 2025", "2025-09-04T00:00:00Z", false},
		{"4. März 2025", "2025-03-04T00:00:00Z", false},
		{"12 décembre 2024", "2024-12-12T00:00:00Z", false},
		{"04-ago-2021 5:11:10", "2021-08-04T00:00:00Z", false},
		{"04-Aug-2021", "2021-08-04T00:00:00Z", false},
		{"2024 June 30", "2024-06-30T00:00:00Z", false},
	} {
		ts, ok := parseDate(c.in)
		if !ok || ts.Time.Format(time.RFC3339) != c.want || ts.HasClock != c.clock {
			t.Errorf("parseDate(%q) = %v %v %v", c.in, ts.Time.Format(time.RFC3339), ts.HasClock, ok)
		}
	}
	for _, bad := range []string{"", "2025-13-01", "2025-02-30", "soon", "2023 Jan", "Issue 2023 Jan 7", "3 days 2021", "4-Marco-2021x"} {
		if _, ok := parseDate(bad); ok {
			t.Errorf("parseDate(%q) accepted", bad)
		}
	}
}

func TestParseTextDateNumeric(t *testing.T) {
	for in, want := range map[string]string{
		"Posted 12.12.2025":                       "2025-12-12",
		"3/4/2025 by Yu":                          "2025-03-04",
		"25/12/2024":                              "2024-12-25",
		"on March 7, 2025 —":                      "2025-03-07",
		"Publicado el 7 de marzo de 2025 por Ana": "2025-03-07",
		"By: Team on 04-ago-2021 5:11:10":         "2021-08-04",
		"Stand: 17. Dezember 2025, 10:00 Uhr":     "2025-12-17",
	} {
		ts, ok := parseTextDate(in)
		if !ok || ts.Time.Format("2006-01-02") != want {
			t.Errorf("parseTextDate(%q) = %v, %v", in, ts.Time, ok)
		}
	}
}

func TestDateFromURL(t *testing.T) {
	ts, ok := dateFromURL("https://example.org/2025/09/04/story")
	if !ok || ts.Time.Format("2006-01-02") != "2025-09-04" {
		t.Errorf("got %v %v", ts.Time, ok)
	}
	if _, ok := dateFromURL("https://example.org/2025/story"); ok {
		t.Error("a year alone is not a date")
	}
}

func TestSplitWords(t *testing.T) {
	got := strings.Join(splitWords(nil, "relatedPosts_2 entry-content"), ",")
	if got != "related,posts,entry,content" {
		t.Errorf("got %s", got)
	}
}

func TestCleanAuthors(t *testing.T) {
	for in, want := range map[string]string{
		"By Jane Doe":                  "Jane Doe",
		"Jane Doe and John Roe":        "Jane Doe;John Roe",
		"Dylan Bailey, MS, RD":         "Dylan Bailey, MS, RD",
		"Ann Lee, Bob Stone, Cy Vance": "Ann Lee;Bob Stone;Cy Vance",
	} {
		if got := strings.Join(cleanAuthors([]string{in}), ";"); got != want {
			t.Errorf("cleanAuthors(%q) = %q, want %q", in, got, want)
		}
	}
}

func FuzzExtract(f *testing.F) {
	pages, _ := filepath.Glob("testdata/*.html")
	for _, p := range pages {
		if b, err := os.ReadFile(p); err == nil {
			f.Add(b, "")
		}
	}
	f.Add([]byte("<p>\xff\xfe broken <b>utf-8</p>"), "text/html; charset=utf-8")
	f.Add([]byte(`<script type="application/ld+json">{"@graph":[{"@type":"NewsArticle","author":[[{"name":1}]]}]}</script>`), "")
	f.Add([]byte("\xfe\xff\x00<\x00p\x00>"), "")
	f.Fuzz(func(t *testing.T, page []byte, contentType string) {
		a, err := Extract(page, Options{ContentType: contentType})
		if err != nil {
			return
		}
		for _, s := range append([]string{a.Text, a.Title, a.Source}, append(a.Authors, a.Removed...)...) {
			if !utf8.ValidString(s) {
				t.Fatalf("invalid UTF-8 in output: %q", s)
			}
		}
	})
}

func BenchmarkExtract(b *testing.B) {
	pages, _ := filepath.Glob("testdata/*.html")
	var data [][]byte
	for _, p := range pages {
		d, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		data = append(data, d)
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, d := range data {
			if _, err := Extract(d, Options{}); err != nil {
				b.Fatal(err)
			}
		}
	}
}

func TestShiftJISPage(t *testing.T) {
	a := extractFile(t, "shiftjis.html")
	if a.Title != "新しい橋が開通" || !strings.Contains(a.Text, "百年の使用に耐え") {
		t.Errorf("title %q text %q", a.Title, a.Text)
	}
}

func TestFurnitureLabelsLeaveTheText(t *testing.T) {
	para := "<p>The council met on Tuesday to discuss the budget for the coming year and heard from residents.</p>"
	page := "<html><body><article><h1>Budget talks</h1>" + para + "<p>Lesen Sie auch:</p>" + para +
		"<div>Share this!</div>" + para + "<p>Related reading helps residents, the mayor said.</p></article></body></html>"
	a, err := Extract([]byte(page), Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, gone := range []string{"Lesen Sie auch", "Share this"} {
		if strings.Contains(a.Text, gone) {
			t.Errorf("text keeps the label %q:\n%s", gone, a.Text)
		}
	}
	if !strings.Contains(a.Text, "Related reading helps residents") {
		t.Errorf("a sentence that opens like a label was dropped:\n%s", a.Text)
	}
}

func TestArticleInNoscriptIsRead(t *testing.T) {
	var paras strings.Builder
	for i := range 3 {
		fmt.Fprintf(&paras, "<p>The ferry service resumes on Monday after the storm damaged pier %d, the harbour office said in a statement.</p>", i)
	}
	page := `<html><head><title>Ferry resumes</title></head><body><h1>Ferry resumes</h1>` +
		`<div class="post-body"><script type="text/template">` + paras.String() + `</script>` +
		`<noscript>` + paras.String() + `</noscript></div><div class="sidebar">Archive</div></body></html>`
	a, err := Extract([]byte(page), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if strings.Count(a.Text, "The ferry service resumes") != 3 {
		t.Errorf("text:\n%s", a.Text)
	}
}

func TestDatelineStaysInTheLead(t *testing.T) {
	rest := "<p>The council met on Tuesday to discuss the budget for the coming year and heard from residents.</p>"
	page := `<html><body><article><h1>Masks lost</h1><p class="byline">By Jane Doe</p>` +
		`<p><span class="dateline">KOBE –</span> A total of 6,000 masks have been lost at a hospital, the police said on Tuesday.</p>` +
		strings.Repeat(rest, 3) + `</article></body></html>`
	a, err := Extract([]byte(page), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(a.Text, "KOBE – A total of 6,000 masks") || strings.Contains(a.Text, "By Jane Doe") {
		t.Errorf("text:\n%s", a.Text)
	}
}

func TestModalIsNeverTheArticle(t *testing.T) {
	row := "<li>Harbour Rovers against Hill United, three goals to one after extra time</li>"
	para := "<p>The club sells only three thousand tickets for the home games in February, the spokesman said.</p>"
	page := `<html><body><main><article><h1>Ticket sale opens</h1>` + strings.Repeat(para, 2) + `</article></main>` +
		`<div class="modal" id="modal-scores"><div class="modal__container"><main><ul class="scores">` +
		strings.Repeat(row, 12) + `</ul></main></div></div></body></html>`
	a, err := Extract([]byte(page), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(a.Text, "three thousand tickets") || strings.Contains(a.Text, "Harbour Rovers") {
		t.Errorf("text:\n%s", a.Text)
	}
}

func TestStandfirstBetweenHeadlineAndBodyIsText(t *testing.T) {
	para := "<p>The council met on Tuesday to discuss the budget for the coming year and heard from residents.</p>"
	page := `<html><body><article><h1>Budget talks</h1>` +
		`<p class="subtitle">Rates stay frozen for a second year while the harbour works go ahead, the mayor announced.</p>` +
		`<p class="date">March 4, 2025</p><div class="share"><a href="/s">Share</a></div>` +
		`<div class="article-body">` + strings.Repeat(para, 4) + `</div>` +
		`<p class="note">Readers who want to comment on the budget can write to the council until the end of April.</p></article></body></html>`
	a, err := Extract([]byte(page), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(a.Text, "Rates stay frozen for a second year") {
		t.Errorf("the standfirst does not open the text:\n%s", a.Text)
	}
	if strings.Contains(a.Text, "March 4, 2025") {
		t.Errorf("the date line joined the text:\n%s", a.Text)
	}
}

func TestShortLinesOpeningWithAFurniturePhraseAreLabels(t *testing.T) {
	for _, s := range []string{"Das könnte Sie auch interessieren!", "Möchten Sie den Artikel teilen?", "weiterlesen 5 Minuten", "Related stories:"} {
		if !isFurnitureLabel(s) {
			t.Errorf("%q is not a label", s)
		}
	}
	for _, s := range []string{"Comments from residents were mixed, the mayor said.", "Relatedness of the two cases is unclear", "Tagsüber bleibt es trocken"} {
		if isFurnitureLabel(s) {
			t.Errorf("%q taken for a label", s)
		}
	}
}

func TestStandfirstAboveTheArticleRegionIsText(t *testing.T) {
	para := "<p>The council met on Tuesday to discuss the budget for the coming year and heard from residents.</p>"
	page := `<html><body><header class="article-header"><h1>Budget talks</h1>` +
		`<p class="teaser-text">Rates stay frozen for a second year while the harbour works go ahead, the mayor announced.</p>` +
		`<p class="date">March 4, 2025</p></header>` +
		`<article><div class="article-body">` + strings.Repeat(para, 4) + `</div></article>` +
		`<aside><p>Other stories from the harbour district and the hills around the town this week.</p></aside></body></html>`
	a, err := Extract([]byte(page), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(a.Text, "Rates stay frozen for a second year") || strings.Contains(a.Text, "Other stories") {
		t.Errorf("text:\n%s", a.Text)
	}
}

func TestScriptShellIsReportedNotExtracted(t *testing.T) {
	page := `<html><head><title>app</title></head><body><noscript>We're sorry but this app doesn't work properly without JavaScript enabled. Please enable it to continue.</noscript><div id="app"></div></body></html>`
	a, err := Extract([]byte(page), Options{URL: "https://example.org/story"})
	if err != nil {
		t.Fatal(err)
	}
	if a.Text != "" || !strings.Contains(ScriptShell(a), "without JavaScript enabled") {
		t.Fatalf("text %q, shell notice %q", a.Text, ScriptShell(a))
	}
	article := `<html><body><article><h1>Why the web needs JavaScript</h1>` +
		strings.Repeat("<p>Browsers run JavaScript to make pages interactive, and developers enable new features every year.</p>", 4) +
		`</article></body></html>`
	if a, err := Extract([]byte(article), Options{}); err != nil || ScriptShell(a) != "" || !strings.Contains(a.Text, "Browsers run JavaScript") {
		t.Fatalf("an article about JavaScript: %v %q", err, a.Text)
	}
}

func TestScriptNoticeInsideTheArticleLeavesTheText(t *testing.T) {
	para := "<p>The council met on Tuesday to discuss the budget for the coming year and heard from residents.</p>"
	page := `<html><body><article><h1>Budget talks</h1><div id="no_js_message">Sorry, but your browser needs JavaScript to use this site.</div>` +
		strings.Repeat(para, 4) + `</article></body></html>`
	a, err := Extract([]byte(page), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(a.Text, "JavaScript") {
		t.Errorf("text:\n%s", a.Text)
	}
}

// A page that renders only a teaser while its JSON-LD carries the whole
// article (the body arrives by script) is read from the JSON-LD.
func TestTeaserPageReadsTheJSONLDBody(t *testing.T) {
	para := "The city council voted on Tuesday to extend the night bus network to the northern suburbs after a year of complaints from shift workers. "
	body := strings.Repeat(para, 12)
	ld, _ := json.Marshal(map[string]any{"@context": "https://schema.org", "@type": "NewsArticle",
		"headline": "Night buses reach the northern suburbs", "articleBody": body})
	page := `<html><head><script type="application/ld+json">` + string(ld) + `</script></head><body>
<h1>Night buses reach the northern suburbs</h1>
<p>The council extends the night bus network after a year of complaints from shift workers in the northern suburbs, who said the last bus left too early.</p>
<p>Officials said the new routes would start next month and run every half hour through the night, with more drivers hired for them.</p>
<a href="/full">READ FULL ARTICLE</a></body></html>`
	a, err := Extract([]byte(page), Options{URL: "https://example.org/news/night-buses"})
	if err != nil {
		t.Fatal(err)
	}
	if a.Text != strings.TrimSpace(body) && a.Text != body {
		t.Errorf("text is not the JSON-LD body:\n%s", a.Text)
	}
	// A full article on the page stays the text even beside a JSON-LD body.
	var full string
	for i := range 10 {
		full += fmt.Sprintf("<p>Part %d. %s</p>", i, para)
	}
	page2 := strings.Replace(page, "<a href=\"/full\">READ FULL ARTICLE</a>", full, 1)
	if a, err = Extract([]byte(page2), Options{}); err != nil || !strings.Contains(a.Text, "last bus left too early") {
		t.Errorf("the page's own article was replaced: %v\n%s", err, a.Text)
	}
}

// An article whose container also holds a large recommendations block is
// still the text when a widget inside it carries one other story's lead:
// the widget scores higher alone, but the container's own paragraphs hold
// many times its text.
func TestTeaserWidgetDoesNotBeatTheArticle(t *testing.T) {
	var b strings.Builder
	b.WriteString(`<html><body><div class="story"><h1>Harbour cranes return after the strike</h1>`)
	b.WriteString(numbered(12, "<p>Paragraph %d of the harbour story: the dock workers went back to the cranes on Monday morning after a three-week strike over night-shift pay, and the first ships were unloaded by noon.</p>"))
	b.WriteString(`<div class="story-recommendations">`)
	for i := range 80 {
		fmt.Fprintf(&b, `<div class="rec"><a href="/s/%d">Recommended story number %d about something else entirely</a></div>`, i, i)
	}
	b.WriteString(`</div><div class="insert"><div class="widget story_fake"><h2>Nine forgotten singers of the fifties</h2>`)
	b.WriteString(`<p>A new project wants to give the women who shaped early rock and roll their voices back, from the clubs of Memphis to the radio stations of Chicago and the studios of New York, with recordings few have heard since.</p>`)
	b.WriteString(`<p>They were at the front of the stage in the fifties, and the history books left them out; now their songs are collected again, with letters, photographs and the memories of those who heard them live.</p>`)
	b.WriteString(`<p>The first of them, a singer from Memphis, recorded four songs in one night in 1954 and never went back to the studio, though the songs were played on the radio for years.</p>`)
	b.WriteString(`</div></div></div></body></html>`)
	a, err := Extract([]byte(b.String()), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(a.Text, "Paragraph 0 of the harbour story") || !strings.Contains(a.Text, "Paragraph 11 of the harbour story") {
		t.Errorf("the article was lost:\n%s", a.Text)
	}
}

// A blog post whose container also holds its long comment thread is the
// text, not its longest paragraph: the thread is left out when rendering,
// so it must not make the container look like furniture.
func TestCommentThreadInsideThePostKeepsThePost(t *testing.T) {
	var b strings.Builder
	b.WriteString(`<html><body><div class="postarea"><h1>Why the old ferry still matters</h1>`)
	b.WriteString(numbered(10, "<p>Paragraph %d of the post: the old ferry crosses the river eleven times a day, and the people of both villages would rather keep it than wait for a bridge that has been promised for thirty years.</p>"))
	b.WriteString(`<p>The longest paragraph of the post goes on about the ferry's timetable, its two engines, the captain who has steered it since the eighties, the winter when the river froze and the boat stayed in the harbour for six weeks, and the fare, which has not changed in a decade.</p>`)
	b.WriteString(`<div id="comments" class="comments-wrapper"><ol class="commentlist">`)
	for i := range 60 {
		fmt.Fprintf(&b, `<li class="comment"><div class="comment-content"><p>Comment %d: I took that ferry every summer as a child and I still remember the smell of diesel and the gulls following the boat all the way across.</p></div></li>`, i)
	}
	b.WriteString(`</ol></div></div></body></html>`)
	a, err := Extract([]byte(b.String()), Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"Paragraph 0 of the post", "Paragraph 9 of the post", "The longest paragraph"} {
		if !strings.Contains(a.Text, want) {
			t.Errorf("text lacks %q:\n%s", want, a.Text)
		}
	}
	if strings.Contains(a.Text, "Comment 3:") {
		t.Errorf("the comment thread became text:\n%s", a.Text)
	}
}

// "jump" and "toc" name a list of links into the page, and the sections
// those links lead to: the list is furniture, the sections are the article.
func TestJumpSectionsAreTextJumpLinksAreNot(t *testing.T) {
	var b strings.Builder
	b.WriteString(`<html><body><main><h1>What a heat pump does in winter</h1><div class="jump-links"><h2>Contents</h2>`)
	for i := range 4 {
		fmt.Fprintf(&b, `<a href="#part-%d">Part %d of the guide</a>`, i, i)
	}
	b.WriteString(`</div>`)
	for i := range 4 {
		fmt.Fprintf(&b, `<section class="page-jump-section" id="part-%d"><h2>Part %d</h2>`, i, i)
		fmt.Fprintf(&b, `<p>Section %d explains how the pump moves heat from the cold air outside into the house, why it still works below freezing, and what the running cost is for a small flat.</p>`, i)
		b.WriteString(`<p>It also says when a backup heater is needed, and how the outdoor unit defrosts itself on damp mornings.</p></section>`)
	}
	b.WriteString(`</main></body></html>`)
	a, err := Extract([]byte(b.String()), Options{})
	if err != nil {
		t.Fatal(err)
	}
	for i := range 4 {
		if want := fmt.Sprintf("Section %d explains", i); !strings.Contains(a.Text, want) {
			t.Errorf("text lacks %q:\n%s", want, a.Text)
		}
	}
	if strings.Contains(a.Text, "Part 2 of the guide") {
		t.Errorf("the jump links became text:\n%s", a.Text)
	}
}

// A syntax highlighter's spans are named for what the code says
// ("hljs-comment", "token tag", "hljs-meta"), not for page furniture: the
// code keeps its comments.
func TestHighlightedCodeKeepsItsComments(t *testing.T) {
	var b strings.Builder
	b.WriteString(`<html><body><article><h1>Five git commands for a first week</h1>`)
	b.WriteString(numbered(4, "<p>Paragraph %d: these are the commands a new developer on a small team needs before anything else, with a line on what each does and when it is safe to run it.</p>"))
	b.WriteString(`<pre><code class="hljs"><span class="hljs-comment"># stage every changed file</span>
git add -A
<span class="token comment"># record the change with a message</span>
git commit -m "message"
<span class="hljs-meta">#!/bin/sh</span></code></pre>`)
	b.WriteString(`<p>Each of these has many options, and the manual pages explain them better than any post: read them once the basics feel familiar.</p></article></body></html>`)
	a, err := Extract([]byte(b.String()), Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"# stage every changed file", "git add -A", "# record the change with a message", "#!/bin/sh"} {
		if !strings.Contains(a.Text, want) {
			t.Errorf("text lacks %q:\n%s", want, a.Text)
		}
	}
	// The code keeps its lines.
	if !strings.Contains(a.Text, "# stage every changed file\ngit add -A\n") {
		t.Errorf("the code lost its lines:\n%s", a.Text)
	}
}

// Spacer paragraphs of zero-width characters and the heading of a table of
// contents whose links are left out are nothing a reader takes for text.
func TestSpacersAndContentsHeadingsAreNoText(t *testing.T) {
	var b strings.Builder
	b.WriteString(`<html><body><article><h1>How the ferry timetable changes in winter</h1><h2>Table of Contents</h2><ul>`)
	for i := range 5 {
		fmt.Fprintf(&b, `<li><a href="#s%d">Section %d</a></li>`, i, i)
	}
	b.WriteString(`</ul>`)
	for i := range 5 {
		fmt.Fprintf(&b, "<h2 id=\"s%d\">Section %d</h2><p>Paragraph %d: the ferry keeps two crossings an hour until the river freezes, and one an hour after that, with the last boat leaving at nine.</p><p>\u200d</p>", i, i, i)
	}
	b.WriteString(`</article></body></html>`)
	a, err := Extract([]byte(b.String()), Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range strings.Split(a.Text, "\n\n") {
		if strings.Trim(p, "\u200d ") == "" || strings.EqualFold(p, "Table of Contents") {
			t.Errorf("paragraph %q in the text:\n%s", p, a.Text)
		}
	}
	if !strings.Contains(a.Text, "Paragraph 4:") {
		t.Errorf("text lost:\n%s", a.Text)
	}
}

// A slider's cloned slides print the same passage again; the text keeps
// it once. Short lines and list items repeat for real and stay.
func TestClonedSlidesAreTextOnce(t *testing.T) {
	var b strings.Builder
	b.WriteString(`<html><body><article><h1>What parents ask about the new clinic</h1>`)
	for i := range 4 {
		fmt.Fprintf(&b, "<p>Paragraph %d: the clinic opens at seven, takes walk-in patients until noon, and keeps two paediatricians on call for the rest of the day.</p><ul><li>Bring the child's health card and vaccination booklet.</li></ul>", i)
	}
	quote := "The staff were patient with my daughter and explained every step of the check-up before they did it."
	for range 3 {
		fmt.Fprintf(&b, `<div class="slide"><p>%s</p><p>Parent</p></div>`, quote)
	}
	b.WriteString(`</article></body></html>`)
	a, err := Extract([]byte(b.String()), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if n := strings.Count(a.Text, quote); n != 1 {
		t.Errorf("the slide's passage is in the text %d times:\n%s", n, a.Text)
	}
	if n := strings.Count(a.Text, "vaccination booklet"); n != 4 {
		t.Errorf("a repeated list item is in the text %d times, want 4:\n%s", n, a.Text)
	}
}

// A reference list at the end is what the article cites, not what it
// says: it goes to Removed.
func TestReferenceListAtTheEndIsRemoved(t *testing.T) {
	var b strings.Builder
	b.WriteString(`<html><body><article><h1>Walking and sleep</h1>`)
	b.WriteString(numbered(4, "<p>Paragraph %d: people who walked for half an hour a day slept longer in the study, and woke less often during the night, the researchers found.</p>"))
	b.WriteString(`<h2>References</h2><ul><li>Doe J, Roe R. Walking and sleep in older adults. Journal of Sleep Studies. 2021;4:12-19.</li><li>Poe A. Daylight and rest. Sleep Letters. 2019;2:1-5.</li></ul></article></body></html>`)
	a, err := Extract([]byte(b.String()), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(a.Text, "Journal of Sleep Studies") || !strings.Contains(a.Text, "Paragraph 3:") {
		t.Errorf("text:\n%s", a.Text)
	}
	if !strings.Contains(strings.Join(a.Removed, "\n"), "Journal of Sleep Studies") {
		t.Errorf("the reference list is not in Removed: %q", a.Removed)
	}
}

// Reading times, loading placeholders, advertising labels and byline
// labels left without their name are labels, never text.
func TestReadingTimeLinesAreLabels(t *testing.T) {
	for _, s := range []string{"11 min read", "3 MIN. READ", "Read time: 14 min", "5 minute read", "Lesezeit: 3 Minuten", "Reading time: 5-7 minutes", "2 min. de lecture", "Loading paragraph...", "Wird geladen …", "Anzeige", "Advertisement", "Written by"} {
		if !isFurnitureLabel(s) {
			t.Errorf("%q is not taken for a label", s)
		}
	}
	if isFurnitureLabel("We read for 11 minutes") {
		t.Error("a sentence about reading was taken for a label")
	}
}

// numbered is n paragraphs of one pattern, told apart by their number (%d):
// the same paragraph printed again would be taken for a cloned slide.
func numbered(n int, pattern string) string {
	var b strings.Builder
	for i := range n {
		fmt.Fprintf(&b, pattern, i)
	}
	return b.String()
}

// A live page's post stamps are no text; a table's decimals stay.
func TestLivePostStampsLeftOut(t *testing.T) {
	page := []byte(`<html><head><title>Live: storm hits the coast</title></head><body><main><article>
<h1>Live: storm hits the coast</h1>
<div><time datetime="2026-12-07T11:42:00Z">11:42</time><p>A man in his 40s has died after a tree fell on his van in the north of the county, police said on Saturday morning.</p></div>
<div><time datetime="2026-12-07T10:15:00Z">10:15 GMT</time><p>Some two million homes are without power across the region, the network operators said in a statement this morning.</p></div>
<table><tr><td>Gust</td><td>10.93</td></tr></table>
</article></main></body></html>`)
	a, err := Extract(page, Options{URL: "https://example.org/live"})
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(a.Text, "11:42") || strings.Contains(a.Text, "10:15") {
		t.Errorf("post stamps left in the text:\n%s", a.Text)
	}
	if !strings.Contains(a.Text, "tree fell") {
		t.Errorf("text lost:\n%s", a.Text)
	}
}

// A template's lang="en-US" gives way to a text that reads as another
// language; another language declared stands.
func TestDeclaredEnglishGivesWayToTheText(t *testing.T) {
	es := "La Asamblea Legislativa aprobó este martes una ley especial para la construcción de nuevos centros penitenciarios. " +
		"La normativa busca establecer el marco regulatorio para la planificación, el diseño y el mantenimiento de las cárceles que sean necesarias. " +
		"Los diputados de la oposición votaron en contra y pidieron más información sobre el costo de las obras."
	en := "The legislative assembly approved a special law on Tuesday for the construction of new prisons. " +
		"The rules set out how the prisons will be planned, designed and maintained, officials said on Wednesday. " +
		"Opposition lawmakers voted against the measure and asked for more details about the cost of the works."
	page := func(lang, text string) []byte {
		return []byte(`<html lang="` + lang + `"><head><title>Asamblea</title></head><body><article><h1>Asamblea aprueba ley</h1><p>` + text + `</p></article></body></html>`)
	}
	for _, c := range []struct{ lang, text, want string }{
		{"en-US", es, "es"},
		{"en-US", en, "en"},
		{"de", en, "de"},
		{"", es, "es"},
	} {
		a, err := Extract(page(c.lang, c.text), Options{})
		if err != nil {
			t.Fatal(err)
		}
		if a.Language != c.want {
			t.Errorf("lang=%q: language %q, want %q", c.lang, a.Language, c.want)
		}
	}
}
