package extract

import (
	"fmt"
	"strings"
	"testing"

	"crossread"
)

func TestDateRules(t *testing.T) {
	para := strings.Repeat("<p>The council met to discuss the budget for the coming year and heard from many residents.</p>", 3)
	cases := []struct {
		name, url, head, body, lang, want string
	}{
		{
			name: "the date above the headline beats a date the story mentions",
			body: `<div class="kicker">Dec 12, 2025 · 4 min read</div><h1>Why the council chose the harbour plan</h1>` +
				strings.Repeat("<p>Long opening paragraph about the plan and the people behind it, with many details.</p>", 5) +
				`<p>The works began on 30 October 2025 and will run for a year.</p>` + para,
			want: "2025-12-12",
		},
		{
			name: "a byline date right under the headline beats one above it",
			body: `<div>Friday, December 19, 2025</div><nav>Home Money Life</nav><h1>Tax basics for the coming year explained</h1><p class="byline">By Jane Doe 12 December 2025</p>` + para,
			want: "2025-12-12",
		},
		{
			name: "dates in a list far above the headline are other stories'",
			body: `<ul>` + strings.Repeat(`<li><a href="/x">Another story from the newsroom with a long title</a> 12/17/2025</li>`, 3) +
				`</ul><div>` + strings.Repeat("Menu item ", 12) + `</div><h1>How the vote went</h1>` + para,
			head: `<meta property="article:published_time" content="2024-03-05T10:00:00Z">`,
			want: "2024-03-05",
		},
		{
			name: "an ambiguous numeric date takes the metadata's reading",
			head: `<meta property="article:published_time" content="2024-09-10T16:07:00Z">`,
			body: `<h1>Renovation phases and timelines</h1><p class="byline">By Block Team 09.10.2024</p>` + para,
			want: "2024-09-10",
		},
		{
			name: "a page showing only an update: its publication stamp wins",
			head: `<meta property="article:published_time" content="2020-11-12T08:00:00+00:00">`,
			body: `<h1>The ultimate backpacking checklist</h1><p class="byline">By Ann Lee · Last updated: September 26, 2024</p>` + para,
			want: "2020-11-12",
		},
		{
			name: "a page showing only an update: a JSON-LD datePublished alone does not win",
			head: `<script type="application/ld+json">{"@type":"Article","datePublished":"2015-04-06T13:52:00-04:00","dateModified":"2025-09-28T06:58:21-04:00"}</script>`,
			body: `<h1>Understanding digital marketing channels</h1><p class="byline">By The Team · Updated September 28, 2025</p>` + para,
			want: "2025-09-28",
		},
		{
			name: "a time element in the article beats a JSON-LD datePublished alone",
			head: `<script type="application/ld+json">{"@type":"Article","datePublished":"2024-04-05T00:00:00-04:00"}</script>`,
			body: `<h1>Vegetable gardening for beginners</h1><div>` + strings.Repeat("<p>Intro text about the garden that runs on for a while before the date.</p>", 12) +
				`</div><div class="meta"><time datetime="2025-12-17">December 17, 2025</time></div>` + para,
			want: "2025-12-17",
		},
		{
			name: "with a publication stamp the time element does not win",
			head: `<script type="application/ld+json">{"@type":"Article","datePublished":"2024-04-05T00:00:00-04:00"}</script>` +
				`<meta property="article:published_time" content="2024-04-05T00:00:00-04:00">`,
			body: `<h1>Vegetable gardening for beginners</h1><div>` + strings.Repeat("<p>Intro text about the garden that runs on for a while before the date.</p>", 12) +
				`</div><div class="meta"><time datetime="2025-12-17">December 17, 2025</time></div>` + para,
			want: "2024-04-05",
		},
		{
			name: "a shown day the stamp reaches only in a zone the page never names keeps the stamp",
			head: `<meta property="article:published_time" content="2021-12-10T02:17:00+00:00">`,
			body: `<h1>How to make sourdough bread</h1><p class="byline">December 9, 2021</p>` + para,
			want: "2021-12-10",
		},
		{
			name: "a shown day the stamp reaches in the zone of the page's time element",
			head: `<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2022-05-04T03:37:37+00:00"}</script>`,
			body: `<h1>Students show a fashion line made of waste</h1><p class="byline"><time datetime="2022-05-03T23:37:37-04:00">3 May, 2022, 11:37 pm</time></p>` + para,
			want: "2022-05-03T23:37",
		},
		{
			name: "a stamp at the shown day's midnight in another zone is that day",
			head: `<meta property="article:published_time" content="2021-11-04T23:00Z">`,
			body: `<h1>Kommunalwahlen: Erdrutschsieg der Opposition</h1><p class="byline">5. November 2021</p>` + para,
			lang: "de",
			want: "2021-11-05",
		},
		{
			name: "a shown day no time zone explains stays",
			head: `<meta property="article:published_time" content="2025-12-19T22:02:58Z">`,
			body: `<h1>A new standard for interpretability</h1><p class="byline">Dec 17, 2025</p>` + para,
			want: "2025-12-17",
		},
		{
			name: "a date the page announces is not the page's",
			head: `<meta property="article:published_time" content="2019-11-27T15:21:21+01:00">`,
			body: `<h1>Whisky-Verkostungen im Frühjahr</h1><p>Februar 2020</p><p>Termin: 21.02.2020, 19 Uhr</p>` + para,
			lang: "de",
			want: "2019-11-27",
		},
		{
			name: "a full date in the address beats a shown update",
			url:  "https://news.example.org/2025/07/15/harbour-plan",
			body: `<h1>Harbour plan approved</h1><p class="byline">Updated December 1, 2025</p>` + para,
			want: "2025-07-15",
		},
		{
			name: "the address's date keeps the metadata's time of day",
			url:  "https://news.example.org/2025/07/15/harbour-plan",
			head: `<meta property="article:published_time" content="2025-07-15T09:30:00+02:00">`,
			body: `<h1>Harbour plan approved</h1>` + para,
			want: "2025-07-15T09:30",
		},
		{
			name: "a slashed date on a page that spells dates day first",
			body: `<h1>How many wine styles are there?</h1><p class="byline">03/10/2023 by Wine Team</p>` + para +
				`<aside><time>16 February 2026</time><time>10 February 2026</time></aside>`,
			want: "2023-10-03",
		},
		{
			name: "a slashed date on an American page",
			body: `<h1>How many wine styles are there?</h1><p class="byline">03/10/2023 by Wine Team</p>` + para +
				`<aside><time>February 16, 2026</time></aside>`,
			want: "2023-03-10",
		},
		{
			name: "a slashed date on a French page",
			body: `<h1>Combien de styles de vin?</h1><p class="byline">03/10/2023</p>` + para,
			lang: "fr",
			want: "2023-10-03",
		},
		{
			name: "bibliographic metadata writes the year first",
			head: `<meta name="citation_publication_date" content="2023 Jan 7">`,
			body: `<h1>Exercise and mental health: a review</h1>` + para,
			want: "2023-01-07",
		},
		{
			name: "a modification stamp alone is no publication date",
			head: `<meta property="article:modified_time" content="2023-06-12T10:39:42+00:00">`,
			body: `<h1>Our design portfolio</h1>` + para,
			want: "0001-01-01",
		},
		{
			name: "a modification stamp does not beat a shown date",
			head: `<meta property="article:modified_time" content="2025-01-02T10:00:00+00:00">`,
			body: `<h1>Our design portfolio</h1><p class="byline">March 3, 2024</p>` + para,
			want: "2024-03-03",
		},
		{
			name: "an \"originally published\" note beats the date shown by the headline",
			body: `<h1>Living in a tiny home</h1><p class="byline">Chris Carr 30 Sep 2022, 11:07am</p>` + para +
				`<p class="disclaimer">This article was originally published on 26 Sep 2019 at 4:12pm but has been updated.</p>`,
			want: "2019-09-26",
		},
		{
			name: "\"first published\" far from a full date says nothing",
			body: `<h1>Paper folding</h1><p class="byline">March 3, 2025</p>` + para +
				`<p>The first published reference to folding, a book of 4 May 2001, is lost.</p>`,
			want: "2025-03-03",
		},
		{
			name: "JSON-LD rendered as a meta tag",
			head: `<meta name="script:ld+json" content="{&quot;@type&quot;:&quot;Article&quot;,&quot;datePublished&quot;:&quot;2025-11-17T09:00:00-05:00&quot;}">`,
			body: `<h1>Electric cars explained</h1>` + para,
			want: "2025-11-17",
		},
		{
			name: "a Spanish month name above the headline",
			body: `<p class="byline">Por: Equipo on 04-ago-2021 5:11:10</p><h1>Cómo elegir el material de fontanería</h1>` + para,
			lang: "es",
			want: "2021-08-04",
		},
		{
			name: "a page that dates nothing else: the first full date it shows",
			body: `<h1>Introducing the data accelerator</h1>` + strings.Repeat(para, 4) + `<div class="author"><p>Luke Kim</p><small>December 17, 2025</small></div>`,
			want: "2025-12-17",
		},
		{
			name: "a two-digit year by the headline, day first",
			body: `<h1>Wine sales grew last year</h1><p class="meta"><span>28.01.22</span> / 3 comments</p>` + para,
			lang: "de",
			want: "2022-01-28",
		},
		{
			name: "a two-digit year just above the headline",
			body: `<nav>Home › News</nav><span>02.12.19</span><h1>What the new commission plans</h1>` + para,
			want: "2019-12-02",
		},
		{
			name: "version numbers and addresses are no two-digit dates",
			body: `<h1>Release notes</h1><p class="meta">Version 10.12.24.1 at 192.10.11.12</p>` + para,
			want: "0001-01-01",
		},
		{
			name: "an RDFa date on an element of the body",
			body: `<h1>Wine sales grew last year</h1><span property="schema:dateCreated" content="2022-01-28T12:45:46+00:00"></span>` + para,
			want: "2022-01-28",
		},
		{
			name: "RDFa dc:date in the head",
			head: `<meta property="dc:date" content="2021-05-06">`,
			body: `<h1>Spring in the mountains</h1>` + para,
			want: "2021-05-06",
		},
		{
			name: "a blog's TrackBack RDF in a comment",
			body: `<h1>Up the mountain in the rain</h1>` + para + `<!-- <rdf:RDF xmlns:dc="http://purl.org/dc/elements/1.1/"><rdf:Description rdf:about="https://blog.example.org/e/1" dc:title="Up the mountain" dc:date="2020-07-03T17:16:22+09:00" /></rdf:RDF> -->`,
			want: "2020-07-03",
		},
		{
			name: "a date in a sentence of the story is one it mentions",
			head: `<meta property="article:published_time" content="2023-11-03T10:18:25Z">`,
			body: `<h1>New head for the pilots' association</h1><p>The association has named a former member of parliament as its new secretary general. He takes over on 1 January 2024 from the current head.</p>` + para,
			want: "2023-11-03",
		},
		{
			name: "a date set apart by the headline is the story's own",
			head: `<meta property="article:published_time" content="2023-11-03T10:18:25Z">`,
			body: `<h1>New head for the pilots' association</h1><p class="dateline">Posted on 5 November 2023</p><p>The association has named a former member of parliament as its new secretary general.</p>` + para,
			want: "2023-11-05",
		},
		{
			name: "without metadata a date in a sentence is still the best there is",
			body: `<h1>New head for the pilots' association</h1><p>The association has named a former member of parliament as its new secretary general. He takes over on 1 January 2024 from the current head.</p>` + para,
			want: "2024-01-01",
		},
		{
			name: "without metadata a date set apart beats one in a sentence under the headline",
			body: `<h1>New head for the pilots' association</h1><p>The association has named a former member of parliament as its new secretary general. He takes over on 1 January 2024 from the current head.</p>` +
				strings.Repeat(para, 4) + `<p class="foot"><span>3 November 2023</span> · Press office</p>`,
			want: "2023-11-03",
		},
		{
			name: "an editor's note under an update line dates the page",
			head: `<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2018-04-03T16:50:31Z"}</script>`,
			body: `<h1>The best running shoes</h1><p class="byline">By Ann Lee · Updated: Dec 19, 2025</p><p>Editor's note, December 19, 2025: we have added shoes from our winter guide and checked that all are in stock.</p>` + para,
			want: "2025-12-19",
		},
		{
			name: "the canonical address's date when the fetched one has none",
			url:  "https://feeds.example.org/~r/news/~3/abc123/story.html",
			head: `<link rel="canonical" href="https://news.example.org/2025/07/15/harbour-plan/">`,
			body: `<h1>Harbour plan approved</h1><p class="byline">Updated December 1, 2025</p>` + para,
			want: "2025-07-15",
		},
		{
			name: "page and metadata agree on a later day than the address",
			url:  "https://news.example.org/2025/07/14/harbour-plan",
			head: `<meta property="article:published_time" content="2025-07-15T18:37:00+02:00">`,
			body: `<h1>Harbour plan approved</h1><p class="byline">15 July 2025</p>` + para,
			want: "2025-07-15",
		},
		{
			name: "the address's day stays when a time zone explains the metadata's",
			url:  "https://news.example.org/2025/07/14/harbour-plan",
			head: `<meta property="article:published_time" content="2025-07-15T03:28:00Z">`,
			body: `<h1>Harbour plan approved</h1><p class="byline">15 July 2025</p>` + para,
			want: "2025-07-14",
		},
		{
			name: "a date the text labels as published beats a time element elsewhere",
			body: `<h1>Episode 158: the cello</h1>` + strings.Repeat(para, 4) + `<p>Download (24 MB) Veröffentlicht am 16.08.2019 Dauer: 1 Stunde</p>` +
				`<aside><h3>Latest comments</h3><time datetime="2019-08-24T03:36:11+02:00">24.08.2019</time></aside>`,
			lang: "de",
			want: "2019-08-16",
		},
		{
			name: "an update label is no publication label",
			body: `<h1>Episode 158: the cello</h1>` + strings.Repeat(para, 4) + `<p>Published and updated on 16.08.2019</p>` +
				`<aside><time datetime="2019-08-24T03:36:11+02:00">24.08.2019</time></aside>`,
			lang: "de",
			want: "2019-08-24",
		},
		{
			name: "a page that dates nothing else: a date set apart beats one in a sentence",
			body: `<h1>Grants for young artists</h1>` + strings.Repeat(para, 4) + `<p>Applications are open now. The deadline for applications is 15 November 2017, so hurry.</p>` +
				`<p class="foot">Press office, <span>9 October 2017</span></p>`,
			want: "2017-10-09",
		},
		{
			name: "a date in a sentence when there is no other",
			body: `<h1>Grants for young artists</h1>` + strings.Repeat(para, 4) + `<p>Applications are open now. The deadline for applications is 15 November 2017, so hurry.</p>`,
			want: "2017-11-15",
		},
		{
			name: "a forum member's join date is not the post's",
			body: `<h1>Where did my island go?</h1><div class="user">Thread starter Cheese · Joined May 11, 2017 · Messages 3,066</div>` + para +
				`<div class="post"><time datetime="2020-03-18T12:22:42-0400">Mar 18, 2020</time></div>`,
			want: "2020-03-18",
		},
		{
			name: "deep template indentation does not hide the date under the headline",
			head: `<meta name="date" content="2022-01-15">`,
			body: `<h1>Winter sports and wildlife</h1>` + strings.Repeat("<div>\n"+strings.Repeat(" ", 60)+"</div>", 20) + `<div class="teaser">Tips for a gentle winter</div><p>25.01.2022</p>` + para,
			want: "2022-01-25",
		},
		{
			name: "a date with an offset keeps the day as written there",
			head: `<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2025-06-25T20:57:54-04:00"}</script>`,
			body: `<h1>Evening storms close the bridge</h1>` + para,
			want: "2025-06-25",
		},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			lang := c.lang
			if lang == "" {
				lang = "en"
			}
			page := fmt.Sprintf("<html lang=%q><head>%s</head><body><article>%s</article></body></html>", lang, c.head, c.body)
			url := c.url
			if url == "" {
				url = "https://news.example.org/story"
			}
			a, err := Extract([]byte(page), Options{URL: url})
			if err != nil {
				t.Fatal(err)
			}
			layout := "2006-01-02"
			if len(c.want) > len(layout) {
				layout = "2006-01-02T15:04"
			}
			if got := a.Published.Time.Format(layout); got != c.want {
				t.Errorf("published %s, want %s", got, c.want)
			}
		})
	}
}

// FuzzDates runs the date readers over arbitrary text: they slice windows
// around years and after phrases, which must stay on rune boundaries.
func FuzzDates(f *testing.F) {
	for _, s := range []string{
		"2025-09-04T23:30:00-04:00", "September 4, 2025", "4 de septiembre de 2025", "04-ago-2021 5:11:10",
		"2023 Jan 7", "3/4/2025", "17.12.2025", "originally published on 26 Sep 2019", "é2019é", "First published 2020-01-02",
		"26.01.22", "15 августа 2016", "4.\u20092.\u20092022", "Veröffentlicht am 16.08.2019", "2010 August 2010",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		shown := func(s string) (crossread.Timestamp, bool) {
			ts, start, end, ok := shownDateAt(s)
			if ok && (start < 0 || end > len(s) || start >= end) {
				t.Errorf("%q: date at [%d:%d]", s, start, end)
			}
			return ts, ok
		}
		for _, read := range []func(string) (crossread.Timestamp, bool){parseDate, parseTextDate, dateAfterPhrase, labelledDate, publicationLabelDate, shown} {
			if ts, ok := read(s); ok && (ts.Time.Year() < 1990 || ts.Time.Year() > 2100) {
				t.Errorf("%q read as %v", s, ts.Time)
			}
		}
	})
}

func TestDateFromURLForms(t *testing.T) {
	for u, want := range map[string]string{
		"https://example.org/2025/09/04/story":          "2025-09-04",
		"https://example.org/2025/9/4/story":            "2025-09-04",
		"https://example.org/news/2025/09/04":           "2025-09-04",
		"https://example.org/2025/09/04.html":           "2025-09-04",
		"https://example.org/2025/09/04?page=2":         "2025-09-04",
		"https://example.org/blog/2025-09-04-story":     "2025-09-04",
		"https://example.org/nota/2025-9-4-16-5-0-slug": "2025-09-04",
		"https://example.org/posts/2025-09-04+story":    "2025-09-04",
		"https://example.org/20250904/story":            "2025-09-04",
		// The number after /year/month/ starts the slug: no day here.
		"https://example.org/2025/09/3-questions-for-the-mayor": "",
		"https://example.org/2025/09/10-things-to-know/":        "",
		"https://example.org/2025/09/4.5-billion-budget":        "",
		"https://example.org/2025/story":                        "",
	} {
		got := ""
		if ts, ok := dateFromURL(u); ok {
			got = ts.Time.Format("2006-01-02")
		}
		if got != want {
			t.Errorf("dateFromURL(%q) = %q, want %q", u, got, want)
		}
	}
}

func TestMonthWordsInOtherLanguages(t *testing.T) {
	wantTextDates(t, map[string]string{
		"15 августа 2016, 13:43":            "2016-08-15",
		"3 березня 2021":                    "2021-03-03",
		"Opublikowano 12 października 2022": "2022-10-12",
		"Vydáno 5. srpna 2019":              "2019-08-05",
		"7 Ekim 2020 Çarşamba":              "2020-10-07",
		"الأربعاء، 07 أكتوبر 2020 - 12:09":  "2020-10-07",
		"1 ноября 2018 г.":                  "2018-11-01",
		"sábado 07 de mayo del 2022":        "2022-05-07",
	})
}

func TestArchiveListsHoldNoDay(t *testing.T) {
	// Month archives: no day anywhere, though a window cut through a
	// year would leave "10 August 2010".
	s := "Archive Januar 2011 Dezember 2010 November 2010 Oktober 2010 September 2010 August 2010 Juli 2010 Juni 2010 Mai 2010 Search"
	if ts, ok := parseTextDate(s); ok {
		t.Errorf("parseTextDate read %v in a month archive", ts.Time)
	}
}

func TestSpacedNumericDates(t *testing.T) {
	wantTextDates(t, map[string]string{
		"Von Redaktion 4.\u20092.\u20092022.": "2022-02-04",
		"Stand: 17. 12. 2025":                 "2025-12-17",
		"17.12.2025":                          "2025-12-17",
	})
	// Two spaces, or a space before the dot, is a list, not a date.
	for _, in := range []string{"items 4.  2.  2022", "4 .2 .2022"} {
		if ts, ok := parseTextDate(in); ok {
			t.Errorf("parseTextDate(%q) = %v", in, ts.Time)
		}
	}
}

// wantTextDates checks the day parseTextDate reads in each text.
func wantTextDates(t *testing.T, cases map[string]string) {
	t.Helper()
	for in, want := range cases {
		ts, ok := parseTextDate(in)
		if !ok || ts.Time.Format("2006-01-02") != want {
			t.Errorf("parseTextDate(%q) = %v, %v; want %s", in, ts.Time, ok, want)
		}
	}
}
