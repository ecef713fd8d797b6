package extract

import (
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"
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
			name: "a short part before the headline that every title keeps is the headline's",
			head: `<title>Marzipan - all about the almond sweet from Lübeck - Harbour Post</title><meta property="og:site_name" content="Harbour Post">`,
			top:  `<h1>Marzipan - all about the almond sweet from Lübeck</h1>`,
			want: "Marzipan - all about the almond sweet from Lübeck",
		},
		{
			name: "a date before the headline is no part of it, even in the title",
			head: `<title>23.01.2022 - Ferry crews agree a new winter timetable - Harbour Post</title><meta property="og:site_name" content="Harbour Post">`,
			want: "Ferry crews agree a new winter timetable",
		},
		{
			name: "a separator with nothing after it joins nothing",
			head: `<title>Harbour Rail Travel -</title>`,
			want: "Harbour Rail Travel",
		},
		{
			name: "one spelling for a letter and its accent (NFC)",
			head: "<title>Le cafe\u0301 du port rouvre</title>",
			want: "Le caf\u00e9 du port rouvre",
		},
		{
			name: "a template's generic <title> says nothing about the story",
			head: `<title>Home</title>`,
			top:  `<h1>The last ferry of the season leaves on Sunday</h1>`,
			want: "The last ferry of the season leaves on Sunday",
		},
		{
			name: "a box-drawing bar separates the outlet's name",
			head: `<title>Winter timetable for the island ferries │ Harbour Ferries</title>`,
			want: "Winter timetable for the island ferries",
		},
		{
			name: "a closing guillemet is no separator",
			head: `<title>« Les quais restent ouverts »</title>`,
			want: "« Les quais restent ouverts »",
		},
		{
			name: "the heading the markup names as headline, on a page whose metadata titles the site",
			head: `<title>Northfield Choir Society</title>`,
			top:  `<h2 class="entry-title">Rehearsals move to the old library this spring</h2>`,
			want: "Rehearsals move to the old library this spring",
		},
		{
			name: "itemprop headline, short but sharing a word with the metadata",
			head: `<title>Lakeside holidays: cabin rentals in Ludorf</title>`,
			top:  `<h1>Holiday homes</h1><h1 itemprop="headline">Cabin 3</h1>`,
			want: "Cabin 3",
		},
		{
			name: "a short marked heading with nothing of the metadata is a section label",
			head: `<title>Website Design Portfolio</title>`,
			top:  `<h1 class="entry-title" itemprop="headline">Web Designs</h1>`,
			want: "Website Design Portfolio",
		},
		{
			name: "several marked headings (a list of posts) name none",
			head: `<title>Northfield Choir Society</title>`,
			top:  `<h2 class="entry-title">Rehearsals move to the old library this spring</h2><h2 class="entry-title">New conductor chosen after a long search</h2>`,
			want: "Northfield Choir Society",
		},
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
		{
			name: "an h1 that links to the home page is the masthead",
			url:  "https://blog.example.net/2025/12/small-models.html",
			head: `<title>Field Notes Blog: Small adventures with small models</title><meta property="og:title" content="Small adventures with small models">`,
			top:  `<h1 class="title"><a href="https://blog.example.net/">Field Notes Blog</a></h1>`,
			want: "Small adventures with small models",
		},
		{
			name: "a relative home link counts too",
			head: `<title>Field Notes | Small adventures with small models</title>`,
			top:  `<h1><a href="/"><img src="logo.png" alt="">Field Notes</a></h1>`,
			want: "Small adventures with small models",
		},
		{
			name: "an h1 that is one part of a title with a long tagline",
			head: `<title>Affordable, Ethical, Sustainable Clothing Brands | I try to travel and live in a way that supports a peaceful climate. Slow, minimalist and mindful.</title>`,
			top:  `<h1>Affordable, Ethical, Sustainable Clothing Brands</h1>`,
			want: "Affordable, Ethical, Sustainable Clothing Brands",
		},
		{
			name: "a one-word h1 that is a part of the title is a section",
			head: `<title>Webcams - Granite Valley National Park (Park Service)</title>`,
			top:  `<h1>Webcams</h1>`,
			want: "Granite Valley National Park (Park Service)",
		},
		{
			name: "a headline set as h2 when the h1 is a heading inside the story",
			head: `<title>What do people love about Rust? | Rust Blog</title>`,
			top:  `<h2>What do people love about Rust?</h2><p>Intro paragraph of the post, long enough to read as text.</p><h1>But what they love is the sense of empowerment and versatility</h1>`,
			want: "What do people love about Rust?",
		},
		{
			name: "a bullet separates the author's name",
			head: `<meta property="og:site_name" content="Jane Roe"><title>A brief intro to git • Jane Roe</title>`,
			top:  `<h1><a href="/">Jane Roe</a></h1><h2>A brief intro to git</h2>`,
			want: "A brief intro to git",
		},
		{
			name: "the outlet's name without its last word",
			head: `<meta property="og:site_name" content="Bright Harbor Marketing Agency"><title>Website Design Portfolio | Bright Harbor Marketing</title>`,
			top:  `<h1>Web Designs</h1>`,
			want: "Website Design Portfolio",
		},
		{
			name: "the outlet is taken off at its own separator first",
			head: `<meta property="og:site_name" content="Greenhome"><title>Zero Waste - A Beginner's Guide – Greenhome</title>`,
			want: "Zero Waste - A Beginner's Guide",
		},
		{
			name: "capitals worded differently from the metadata take the metadata's title",
			head: `<title>Best Drip Coffee Maker 2026: Buying Tips From Coffee Pros</title>`,
			top:  `<h1>BEST DRIP COFFEE MAKER IN 2026: BUYING TIPS FROM COFFEE PROS</h1>`,
			want: "Best Drip Coffee Maker 2026: Buying Tips From Coffee Pros",
		},
		{
			name: "capitals the metadata also writes stay",
			head: `<script type="application/ld+json">{"@type":"Article","headline":"ACTUARIAL CONSULTING VS. INSURANCE"}</script><title>Actuarial Consulting vs Insurance | The Club</title>`,
			top:  `<h1>ACTUARIAL CONSULTING VS. INSURANCE</h1>`,
			want: "ACTUARIAL CONSULTING VS. INSURANCE",
		},
		{
			name: "a label and a short name before a separator",
			head: `<meta property="og:title" content="FastMerge - Merging language models under geometric constraints">`,
			top:  `<h1><span class="descriptor">Title:</span>FastMerge - Merging language models under geometric constraints</h1>`,
			want: "Merging language models under geometric constraints",
		},
		{
			name: "an aggregator's source link and comment count after the headline",
			head: `<title>Graduates find their degrees no longer guarantee jobs - Aggregator</title>`,
			top:  `<h1><span><a href="/story/1">Graduates find their degrees no longer guarantee jobs</a> <span>(<a href="https://paper.example/x">paper.example</a>)</span></span> <span class="count">87</span></h1>`,
			want: "Graduates find their degrees no longer guarantee jobs",
		},
		{
			name: "a full stop after the headline is not residue",
			head: `<title>Things to know before travelling to Japan for the first time</title>`,
			top:  `<h1>Things to know before travelling to Japan for the first time.</h1>`,
			want: "Things to know before travelling to Japan for the first time.",
		},
		{
			name: "characters the page's encoding lost to question marks",
			head: `<title>The Basics Of Event Planning: Beginner's Guide</title>`,
			top:  `<h1>The Basics Of Event Planning? Beginner? Guide</h1>`,
			want: "The Basics Of Event Planning: Beginner's Guide",
		},
		{
			name: "a real question mark stays",
			head: `<title>Cloud computing innovations: what is next in 2025</title>`,
			top:  `<h1>Cloud computing innovations: what is next in 2025?</h1>`,
			want: "Cloud computing innovations: what is next in 2025?",
		},
		{
			name: "full-width punctuation in a Latin title",
			head: `<title>How Does Robot Vacuum Mapping Work？</title>`,
			top:  `<h1>How Does Robot Vacuum Mapping Work？</h1>`,
			want: "How Does Robot Vacuum Mapping Work?",
		},
		{
			name: "full-width punctuation in a Japanese title stays",
			head: `<title>ロボット掃除機のマッピングの仕組みとは？</title>`,
			top:  `<h1>ロボット掃除機のマッピングの仕組みとは？</h1>`,
			want: "ロボット掃除機のマッピングの仕組みとは？",
		},
		{
			name: "a headline set in two lines takes the metadata's one-line form",
			head: `<title>Top MBA Programs of 2025: Business School Rankings &amp; Guides</title>`,
			top:  `<h1>Top MBA Programs of 2025 (US)<br>Your Guide to the Best Business Schools</h1>`,
			want: "Top MBA Programs of 2025: Business School Rankings & Guides",
		},
		{
			name: "a title and subtitle in one h1",
			head: `<meta property="og:title" content="What tutoring is and what it is not - Defining and choosing a good, effective tutor">`,
			top:  `<h1><span class="entry-title-primary">What tutoring is and what it is not</span> <span class="entry-subtitle">Defining and choosing a good, effective tutor</span></h1>`,
			want: "What tutoring is and what it is not - Defining and choosing a good, effective tutor",
		},
		{
			name: "inline emphasis is not a second line",
			head: `<title>Ten free accounting tools for small businesses</title>`,
			top:  `<h1>Ten <b>free accounting tools</b> for your small business</h1>`,
			want: "Ten free accounting tools for your small business",
		},
		{
			name: "the title's last part names the host",
			url:  "https://apps.example-market.com/stories/klatch",
			head: `<title>Riverside Roasters | Example-Market App Store</title>`,
			top:  `<h1><div class="kicker">Get that tech stack</div> <span>Riverside Roasters</span></h1>`,
			want: "Riverside Roasters",
		},
		{
			name: "the registered name under a country's second-level domain",
			url:  "https://www.harbourpost.co.uk/news/bridge",
			head: `<title>Bridge reopens | Harbourpost Local News Today</title>`,
			want: "Bridge reopens",
		},
		{
			name: "a headline in lower case takes the metadata's case",
			head: `<title>History of coffee | Origin, Spread, Arabia, Facts, &amp; Timeline | Encyclopedia</title>`,
			top:  `<h1>history of coffee</h1>`,
			want: "History of coffee",
		},
		{
			name: "a kicker classed as a roofline opens the h1",
			head: `<title>Council agrees to freeze rates | The Coastal Herald</title>`,
			top:  `<h1><span class="article-header__roofline">Budget talks</span> Council agrees to freeze rates</h1>`,
			want: "Council agrees to freeze rates",
		},
		{
			name: "a small line and a break over the headline",
			head: `<title>Workout of the week | Pyramid sets for endurance - SWIMMERS</title>`,
			top:  `<h1><span class="post-title"><small>Workout of the week</small><br>Pyramid sets for endurance</span></h1>`,
			want: "Pyramid sets for endurance",
		},
		{
			name: "the logo's name mid-title, the site's tagline after it",
			url:  "https://owls.example.org/2012/05/31/night",
			head: `<title>Why owls hunt at night : Night Owl Notes | Stories from the dark | Since 2005</title>`,
			top:  `<h1><a href="https://owls.example.org/">Night Owl Notes</a></h1>`,
			want: "Why owls hunt at night",
		},
		{
			name: "the logo's name and an old blog's archive label before the story",
			url:  "https://owls.example.org/podcasts",
			head: `<title>Night Owl Notes » Blog Archive » Podcasts for the long drive home</title>`,
			top:  `<h1><a href="https://owls.example.org">Night Owl Notes</a></h1>`,
			want: "Podcasts for the long drive home",
		},
		{
			name: "the site's name before an unspaced pipe",
			head: `<meta property="og:site_name" content="EASY NEWS"><title>EASY NEWS|Schools open again after the storm</title>`,
			want: "Schools open again after the storm",
		},
		{
			name: "a logo on an archived page links home through the archive",
			url:  "https://muffins.example.org/basic",
			head: `<title>Basic muffin recipe : Muffin Corner</title>`,
			top:  `<h1><a href="https://web.archive.org/web/20160330101229/http://muffins.example.org/">Muffin Corner</a></h1><h2>Basic muffin recipe</h2>`,
			want: "Basic muffin recipe",
		},
		{
			name: "soft hyphens do not hide the headline, and leave the title",
			head: `<title>Federal Agency - Press releases 2022 - Messenger services are no lawless space</title>`,
			top:  `<h1>Federal Agency</h1><h1>Mes&shy;sen&shy;ger services are no law&shy;less space</h1>`,
			want: "Messenger services are no lawless space",
		},
		{
			name: "a headline in capitals that the metadata writes in capitals",
			head: `<meta property="og:title" content="BEAR CUBS: A RECORD YEAR | National Park of the Northern Hills, Lakes and Rivers">`,
			top:  `<h1><a id="top"></a>BEAR CUBS: A RECORD YEAR</h1>`,
			want: "BEAR CUBS: A RECORD YEAR",
		},
		{
			name: "an h2 that is one part of the title",
			head: `<title>Gamers Club e.V. - News » The events of recent weeks</title>`,
			top:  `<h1><img src="logo.png" alt=""></h1><h2>The events of recent weeks</h2>`,
			want: "The events of recent weeks",
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

func TestHostName(t *testing.T) {
	for host, want := range map[string]string{
		"apps.shopify.example.com": "example",
		"example.com":              "example",
		"news.example.co.uk":       "example",
		"example.com.au":           "example",
		"localhost":                "",
	} {
		if got := hostName(host); got != want {
			t.Errorf("hostName(%q) = %q, want %q", host, got, want)
		}
	}
}

func TestMatchesLossy(t *testing.T) {
	for _, c := range []struct {
		h, t string
		want bool
	}{
		{"Beginner? Guide", "Beginner's Guide", true},
		{"Planning? Beginner", "Planning: Beginner", true},
		{"Caf\uFFFD culture", "Café culture", true},
		{"Is it? Yes", "Is it Yes", false},        // '?' stands for at least one character
		{"Why? Because", "Why?? Because", true},   // up to two
		{"Why? Because", "Why??? Because", false}, // not three
		{"A? B", "A  B", false},                   // never a space
		{"plain", "plain", true},
		{"plain", "plains", false},
		{strings.Repeat("?", 300), strings.Repeat("x", 599) + " ", false}, // no backtracking blow-up
	} {
		if got := matchesLossy([]rune(c.h), []rune(c.t)); got != c.want {
			t.Errorf("matchesLossy(%q, %q) = %v, want %v", c.h, c.t, got, c.want)
		}
	}
}

// FuzzTitle drives the title rules with a page address (FuzzExtract has
// none), so that the host-based rules and home links are exercised.
func FuzzTitle(f *testing.F) {
	f.Add(titlePage(`<title>Story | Example Shop</title>`, `<h1><a href="/">Example</a></h1><h2>Story</h2>`), "https://shop.example.co.uk/")
	f.Add(titlePage(`<title>Beginner's Guide</title>`, `<h1>Beginner? Guide</h1>`), "https://example.com/a")
	f.Add(titlePage(`<title>A | B | C</title><meta property="og:site_name" content="B C">`, `<h1>A<br>B</h1>`), "http://[::1]/")
	f.Add(titlePage(`<title>ＡＢＣ？</title>`, `<h1>abc <span class="subtitle">？</span> (x.io) 9</h1>`), "%zz")
	f.Add(titlePage(`<title>İSTANBUL : Köşe Yazısı | x</title>`, `<h1><a href="https://web.archive.org/web/2016/http://x.tr/">Köşe Yazısı</a></h1>`), "https://x.tr/a")
	f.Add(titlePage(`<meta property="og:site_name" content="N">`+"<title>N|Mes\u00adsen\u00adger</title>", `<h1><span class="roofline">K</span><small>s</small><br>Mes&shy;sen&shy;ger news</h1>`), "https://n.example/")
	f.Fuzz(func(t *testing.T, page []byte, pageURL string) {
		a, err := Extract(page, Options{URL: pageURL})
		if err != nil {
			return
		}
		if !utf8.ValidString(a.Title) {
			t.Fatalf("invalid UTF-8 in title: %q", a.Title)
		}
	})
}

func TestInvisibleCharactersThatSpellWordsStay(t *testing.T) {
	// "می‌خواهم" keeps its zero-width non-joiner; a soft hyphen goes.
	if got := strings.Map(dropInvisible, "می\u200cخواهم Mes\u00adsen\u00adger"); got != "می\u200cخواهم Messenger" {
		t.Errorf("%q", got)
	}
}
