package extract

import (
	"strings"
	"testing"
)

func TestBylineNoiseIsNoAuthor(t *testing.T) {
	for _, s := range []string{"Name *", "Name (erforderlich)", "Posted on", "Veröffentlicht am", "No Author", "Unbekannter Nutzer"} {
		if !bylineNoise(s) {
			t.Errorf("%q taken for a name", s)
		}
	}
	for _, s := range []string{"Jane Doe", "Anonymous", "Nomvula Dlamini", "Posted Bennett"} {
		if bylineNoise(s) {
			t.Errorf("%q rejected", s)
		}
	}
}

func TestCommentFormLabelIsNotTheAuthor(t *testing.T) {
	para := "<p>The council met on Tuesday to discuss the budget for the coming year and heard from residents.</p>"
	form := `<form id="commentform"><p class="comment-form-author"><label for="author">Name *</label><input id="author"></p></form>`
	page := `<html><body><article><h1>Budget talks</h1>` + strings.Repeat(para, 4) + `</article>` + form + `</body></html>`
	a, err := Extract([]byte(page), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(a.Authors) != 0 {
		t.Errorf("authors %q", a.Authors)
	}
}

func TestBylineNameStopsAtItsLine(t *testing.T) {
	para := "<p>The council met on Tuesday to discuss the budget for the coming year and heard from residents.</p>"
	page := `<html><body><article><h1>Budget talks</h1><p class="intro">By Jane Doe</p>` + strings.Repeat(para, 4) + `</article></body></html>`
	a, err := Extract([]byte(page), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(a.Authors) != 1 || a.Authors[0] != "Jane Doe" {
		t.Errorf("authors %q, want Jane Doe", a.Authors)
	}
}

func TestOutletSigningUnderTheHeadlineIsTheAuthor(t *testing.T) {
	para := "<p>The council met on Tuesday to discuss the budget for the coming year and heard from residents.</p>"
	page := `<html><head><meta property="og:site_name" content="Harbour Guides"></head><body><article><h1>Budget talks</h1>` +
		`<div>By Harbour Guides</div>` + strings.Repeat(para, 4) + `</article></body></html>`
	a, err := Extract([]byte(page), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(a.Authors) != 1 || a.Authors[0] != "Harbour Guides" {
		t.Errorf("authors %q", a.Authors)
	}
}

func TestSponsorLabelsAndAboutLinksAreNoAuthors(t *testing.T) {
	for _, s := range []string{"Gesponserte Inhalte", "Sponsored content", "À propos de la rédaction", "About the team"} {
		if !bylineNoise(s) {
			t.Errorf("%q taken for a name", s)
		}
	}
	if bylineNoise("www.example-blog.com") {
		t.Error("a blog that signs with its address lost its byline")
	}
}

// A link to a profile on another site is a "follow me" link whose text
// names the network; a link to the outlet's own author pages, on any of
// its subdomains, names the author.
func TestAuthorLinksOnTheOutletsOwnSite(t *testing.T) {
	para := "<p>The council met on Tuesday to discuss the budget for the coming year and heard from residents.</p>"
	page := func(links string) string {
		return `<html><head><link rel="canonical" href="https://news.example.org/budget-talks"></head><body><article><h1>Budget talks</h1>` +
			strings.Repeat(para, 4) + `</article><footer>` + links + `</footer></body></html>`
	}
	for _, c := range []struct{ links, want string }{
		{`<a href="https://social.example.net/profile/jdoe">Follow me</a><a href="https://people.example.org/staff/jane-doe">Jane Doe</a>`, "Jane Doe"},
		{`<a href="https://social.example.net/profile/jdoe">Social</a>`, ""},
		{`<a href="/staff/all">Our Staff</a><a href="/staff/jane-doe">Jane Doe</a>`, ""},
	} {
		a, err := Extract([]byte(page(c.links)), Options{})
		if err != nil {
			t.Fatal(err)
		}
		if got := strings.Join(a.Authors, ", "); got != c.want {
			t.Errorf("%s: authors %q, want %q", c.links, got, c.want)
		}
	}
	for _, s := range []string{"undefined", "Webmaster", "null"} {
		if !bylineNoise(s) {
			t.Errorf("%q taken for a name", s)
		}
	}
}

// A page whose metadata names its publisher as the author, and that no one
// else signs, is the publisher's (a blog under its author's name, an
// organisation's own page); a person's byline still wins.
func TestPublisherNamedAsAuthorIsTheLastResort(t *testing.T) {
	para := "<p>The council met on Tuesday to discuss the budget for the coming year and heard from residents.</p>"
	ld := `<script type="application/ld+json">{"@type":"BlogPosting","headline":"Budget talks","author":{"@type":"Person","name":"Jane Doe"},"publisher":{"@type":"Organization","name":"Jane Doe"}}</script>`
	page := func(top string) string {
		return `<html><head>` + ld + `</head><body><article><h1>Budget talks</h1>` + top + strings.Repeat(para, 4) + `</article></body></html>`
	}
	for _, c := range []struct{ top, want string }{
		{"", "Jane Doe"},
		{`<p class="byline">By Sam Roe</p>`, "Sam Roe"},
	} {
		a, err := Extract([]byte(page(c.top)), Options{})
		if err != nil {
			t.Fatal(err)
		}
		if got := strings.Join(a.Authors, ", "); got != c.want {
			t.Errorf("%q: authors %q, want %q", c.top, got, c.want)
		}
	}
}

// Link previews label their author: twitter:label1 "Written by" and
// twitter:data1 the name.
func TestLabelledPreviewPairNamesTheAuthor(t *testing.T) {
	para := "<p>The council met on Tuesday to discuss the budget for the coming year and heard from residents.</p>"
	page := `<html><head><meta name="twitter:label1" content="Written by"><meta name="twitter:data1" content="Jane Doe">` +
		`<meta name="twitter:label2" content="Est. reading time"><meta name="twitter:data2" content="4 minutes"></head>` +
		`<body><article><h1>Budget talks</h1>` + strings.Repeat(para, 4) + `</article></body></html>`
	a, err := Extract([]byte(page), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if got := strings.Join(a.Authors, ", "); got != "Jane Doe" {
		t.Errorf("authors %q, want Jane Doe", got)
	}
}

// "By: Jane Doe" is a byline; "Reviewed by" and "Photos by" credit other
// work than the writing.
func TestBylineColonAndOtherCredits(t *testing.T) {
	para := "<p>The council met on Tuesday to discuss the budget for the coming year and heard from residents.</p>"
	for _, c := range []struct{ line, want string }{
		{`<p>By: Jane Doe</p>`, "Jane Doe"},
		{`<p>Reviewed by Sam Roe</p><p>Written by Jane Doe</p>`, "Jane Doe"},
		{`<p>Photos by Sam Roe</p>`, ""},
	} {
		page := `<html><body><article><h1>Budget talks</h1>` + c.line + strings.Repeat(para, 4) + `</article></body></html>`
		a, err := Extract([]byte(page), Options{})
		if err != nil {
			t.Fatal(err)
		}
		if got := strings.Join(a.Authors, ", "); got != c.want {
			t.Errorf("%s: authors %q, want %q", c.line, got, c.want)
		}
	}
}

// Byline classes are read token by token: "field--name-field-authors"
// names the authors; "comment-author" names a reader under a comment.
func TestBylineClassTokens(t *testing.T) {
	para := "<p>The council met on Tuesday to discuss the budget for the coming year and heard from residents.</p>"
	for _, c := range []struct{ block, want string }{
		{`<div class="field field--name-field-authors field--type-text">Authors: Jane Doe and Sam Roe</div>`, "Jane Doe, Sam Roe"},
		{`<div class="comment-author vcard"><span class="comment-author-link">Sam Roe</span> says:</div>`, ""},
		{`<p class="entry-byline">Geschrieben von Jana Schmidt</p>`, "Jana Schmidt"},
	} {
		page := `<html><body><article><h1>Budget talks</h1>` + strings.Repeat(para, 4) + c.block + `</article></body></html>`
		a, err := Extract([]byte(page), Options{})
		if err != nil {
			t.Fatal(err)
		}
		if got := strings.Join(a.Authors, ", "); got != c.want {
			t.Errorf("%s: authors %q, want %q", c.block, got, c.want)
		}
	}
}

// A byline line's date and the words that lead into it are no part of
// the name.
func TestBylineWithoutItsDate(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"Jane Doe 4 August 2010", "Jane Doe"},
		{"Dec. 19, 2025 · Jane Doe", "Jane Doe"},
		{"Jana Schmidt am 12. März 2021", "Jana Schmidt"},
	} {
		if got := strings.Join(cleanAuthors([]string{c.in}), ", "); got != c.want {
			t.Errorf("%q: %q, want %q", c.in, got, c.want)
		}
	}
}

// A label sets the name apart: "<h3>Author</h3><p>Jane Doe</p>",
// "<strong>Autor:</strong> Jana Schmidt".
func TestLabelledAuthorName(t *testing.T) {
	para := "<p>The council met on Tuesday to discuss the budget for the coming year and heard from residents.</p>"
	for _, c := range []struct{ block, want string }{
		{`<div><h3>Author</h3><p>Jane Doe</p></div>`, "Jane Doe"},
		{`<p><strong>Autor:</strong> Jana Schmidt</p>`, "Jana Schmidt"},
		{`<div><h3>Author</h3><p>Jane Doe has covered the council for the paper since 2010 and lives in the city.</p></div>`, ""},
	} {
		page := `<html><body><article><h1>Budget talks</h1>` + strings.Repeat(para, 4) + c.block + `</article></body></html>`
		a, err := Extract([]byte(page), Options{})
		if err != nil {
			t.Fatal(err)
		}
		if got := strings.Join(a.Authors, ", "); got != c.want {
			t.Errorf("%s: authors %q, want %q", c.block, got, c.want)
		}
	}
}
