package extract

import (
	"fmt"
	"strings"
	"testing"
)

// titlePage builds a small article page with the given head and the given
// markup before the article's paragraphs.
func titlePage(head, top string) []byte {
	body := strings.Repeat("<p>The council met on Tuesday to discuss the budget for the coming year and heard from residents.</p>", 4)
	return []byte(fmt.Sprintf("<html><head>%s</head><body><article>%s%s</article></body></html>", head, top, body))
}

func TestTitleRules(t *testing.T) {
	cases := []struct {
		name, url, head, top, want string
	}{
		{
			name: "h1 agrees with the title, outlet name left out",
			head: `<title>Harbour bridge reopens after repairs | The Coastal Herald</title>`,
			top:  `<h1>Harbour bridge reopens after repairs</h1>`,
			want: "Harbour bridge reopens after repairs",
		},
		{
			name: "short section tail after a pipe in the h1",
			head: `<meta property="og:title" content="How meditation changes the brain | Opinion">`,
			top:  `<h1>How meditation changes the brain | Opinion</h1>`,
			want: "How meditation changes the brain",
		},
		{
			name: "a long tail after a pipe is part of the headline",
			head: `<title>Top 10 cameras of 2025 | The best mirrorless cameras on the market</title>`,
			top:  `<h1>Top 10 cameras of 2025 | The best mirrorless cameras on the market</h1>`,
			want: "Top 10 cameras of 2025 | The best mirrorless cameras on the market",
		},
		{
			name: "outlet name after a dash in the h1",
			head: `<meta property="og:site_name" content="Artbeat"><title>Best exhibitions of the year – Artbeat - Artbeat</title>`,
			top:  `<h1>Best exhibitions of the year – Artbeat</h1>`,
			want: "Best exhibitions of the year",
		},
		{
			name: "h1 that is the outlet's name is a logo",
			head: `<meta property="og:site_name" content="Human Notes"><meta property="og:title" content="Three ways artists could be paid"><title>Three ways artists could be paid — Human Notes</title>`,
			top:  `<h1>Human Notes</h1>`,
			want: "Three ways artists could be paid",
		},
		{
			name: "h1 that is the host is a logo; the host leaves the title",
			url:  "https://www.example.com/archives/2025/12/16/vibe.html",
			head: `<title>example.com Vibe Coding</title>`,
			top:  `<h1>example.com</h1>`,
			want: "Vibe Coding",
		},
		{
			name: "a label before the headline that the metadata leaves out",
			head: `<meta property="og:title" content="Best advertising agencies in 2025 (ranked)">`,
			top:  `<h1>Blog: Best advertising agencies in 2025 (ranked)</h1>`,
			want: "Best advertising agencies in 2025 (ranked)",
		},
		{
			name: "a date before the headline",
			head: `<meta property="og:title" content="Preparing a transition in the archive">`,
			top:  `<h1>Dec 18 2025 Preparing a transition in the archive</h1>`,
			want: "Preparing a transition in the archive",
		},
		{
			name: "a leading word the metadata drops stays",
			head: `<meta property="og:title" content="Best home security cameras of 2026">`,
			top:  `<h1>The Best home security cameras of 2026</h1>`,
			want: "The Best home security cameras of 2026",
		},
		{
			name: "capitals take the metadata's case, words in another order too",
			head: `<title>Marathon Beginner Plan</title>`,
			top:  `<h1>BEGINNER MARATHON PLAN</h1>`,
			want: "Beginner Marathon Plan",
		},
		{
			name: "capitals match a title with an outlet name",
			head: `<title>Weekend Coding Agent | Focus Labs</title>`,
			top:  `<h1>WEEKEND CODING AGENT</h1>`,
			want: "Weekend Coding Agent",
		},
		{
			name: "a long h1 worded differently from the metadata is the headline",
			head: `<title>Top 11 SEO Strategies for 2025 | Lucca</title>`,
			top:  `<h1>Eleven search strategies to boost rankings and stay ahead this year</h1>`,
			want: "Eleven search strategies to boost rankings and stay ahead this year",
		},
		{
			name: "a long h1 that shares nothing with the metadata is not the headline",
			head: `<title>Harbour bridge reopens after repairs | The Coastal Herald</title>`,
			top:  `<h1>We value your privacy and use cookies to improve your experience</h1>`,
			want: "Harbour bridge reopens after repairs",
		},
		{
			name: "a page with only a logo h1 keeps it",
			url:  "https://www.example.com/",
			top:  `<h1>example.com</h1>`,
			want: "example.com",
		},
		{
			name: "a short h1 worded differently is a section label",
			head: `<title>Finding the right home insurance policy - Insure Co</title>`,
			top:  `<h1>Homeowners insurance tips</h1>`,
			want: "Finding the right home insurance policy",
		},
		{
			name: "outlet name before the dash is known from og:site_name",
			head: `<meta property="og:site_name" content="University of Somewhere"><title>Coffee - University of Somewhere</title>`,
			want: "Coffee",
		},
		{
			name: "a word split by a styled letter is whole in the metadata",
			head: `<title>How AI Can Cut Your Planning Cycle</title>`,
			top:  `<h1>How AI Can Cut Your Planning <span class="big">C</span> ycle</h1>`,
			want: "How AI Can Cut Your Planning Cycle",
		},
		{
			name: "entities escaped twice in the h1",
			head: `<title>Data tools for 2026 &amp; beyond</title>`,
			top:  `<h1>Data tools for 2026 &amp;#x26; beyond</h1>`,
			want: "Data tools for 2026 & beyond",
		},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			url := c.url
			if url == "" {
				url = "https://news.example.org/story"
			}
			a, err := Extract(titlePage(c.head, c.top), Options{URL: url})
			if err != nil {
				t.Fatal(err)
			}
			if a.Title != c.want {
				t.Errorf("title %q, want %q", a.Title, c.want)
			}
		})
	}
}
