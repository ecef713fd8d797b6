package extract

import (
	"strings"
	"testing"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
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

// authorsOf extracts a page of four council paragraphs with head in its
// <head>, top above the paragraphs and tail after them, and returns its
// authors joined by ", ".
func authorsOf(t *testing.T, head, top, tail string) string {
	t.Helper()
	para := "<p>The council met on Tuesday to discuss the budget for the coming year and heard from residents.</p>"
	page := `<html><head>` + head + `</head><body><article><h1>Budget talks</h1>` + top + strings.Repeat(para, 4) + tail + `</article></body></html>`
	a, err := Extract([]byte(page), Options{})
	if err != nil {
		t.Fatal(err)
	}
	return strings.Join(a.Authors, ", ")
}

// A link to a profile on another site is a "follow me" link whose text
// names the network; a link to the outlet's own author pages, on any of
// its subdomains, names the author.
func TestAuthorLinksOnTheOutletsOwnSite(t *testing.T) {
	canonical := `<link rel="canonical" href="https://news.example.org/budget-talks">`
	for _, c := range []struct{ links, want string }{
		{`<a href="https://social.example.net/profile/jdoe">Follow me</a><a href="https://people.example.org/staff/jane-doe">Jane Doe</a>`, "Jane Doe"},
		{`<a href="https://social.example.net/profile/jdoe">Social</a>`, ""},
		{`<a href="/staff/all">Our Staff</a><a href="/staff/jane-doe">Jane Doe</a>`, ""},
	} {
		if got := authorsOf(t, canonical, "", `<footer>`+c.links+`</footer>`); got != c.want {
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
	ld := `<script type="application/ld+json">{"@type":"BlogPosting","headline":"Budget talks","author":{"@type":"Person","name":"Jane Doe"},"publisher":{"@type":"Organization","name":"Jane Doe"}}</script>`
	for _, c := range []struct{ top, want string }{
		{"", "Jane Doe"},
		{`<p class="byline">By Sam Roe</p>`, "Sam Roe"},
	} {
		if got := authorsOf(t, ld, c.top, ""); got != c.want {
			t.Errorf("%q: authors %q, want %q", c.top, got, c.want)
		}
	}
}

// Link previews label their author: twitter:label1 "Written by" and
// twitter:data1 the name.
func TestLabelledPreviewPairNamesTheAuthor(t *testing.T) {
	head := `<meta name="twitter:label1" content="Written by"><meta name="twitter:data1" content="Jane Doe">` +
		`<meta name="twitter:label2" content="Est. reading time"><meta name="twitter:data2" content="4 minutes">`
	if got := authorsOf(t, head, "", ""); got != "Jane Doe" {
		t.Errorf("authors %q, want Jane Doe", got)
	}
}

// Bylines as pages write them: "By: Jane Doe" is one, "Reviewed by" and
// "Photos by" credit other work; byline classes are read token by token
// ("field--name-field-authors" names the authors, "comment-author" a
// reader under a comment); a label sets a name apart ("<h3>Author</h3>").
func TestBylinesAsPagesWriteThem(t *testing.T) {
	for _, c := range []struct{ top, tail, want string }{
		{`<p>By: Jane Doe</p>`, "", "Jane Doe"},
		{`<p>Reviewed by Sam Roe</p><p>Written by Jane Doe</p>`, "", "Jane Doe"},
		{`<p>Photos by Sam Roe</p>`, "", ""},
		{"", `<div class="field field--name-field-authors field--type-text">Authors: Jane Doe and Sam Roe</div>`, "Jane Doe, Sam Roe"},
		{"", `<div class="comment-author vcard"><span class="comment-author-link">Sam Roe</span> says:</div>`, ""},
		{"", `<p class="entry-byline">Geschrieben von Jana Schmidt</p>`, "Jana Schmidt"},
		{"", `<div><h3>Author</h3><p>Jane Doe</p></div>`, "Jane Doe"},
		{"", `<p><strong>Autor:</strong> Jana Schmidt</p>`, "Jana Schmidt"},
		{"", `<div><h3>Author</h3><p>Jane Doe has covered the council for the paper since 2010 and lives in the city.</p></div>`, ""},
		// a label in a plain span or cell, its name in the next one
		{"", `<footer><ul><li><span>Author: </span><span>Jane Doe</span></li></ul></footer>`, "Jane Doe"},
		{"", `<ul><li><div>Autor</div><div>Jana Schmidt</div></li></ul>`, "Jana Schmidt"},
		{`<a class="author-line"><p><span>By </span>Jane Doe</p></a>`, "", "Jane Doe"},
		// a menu's entry, a widget's "powered by", a label after a label
		{`<nav><a href="/authors/"><span>AUTHORS</span><span>Who writes for us?</span></a></nav>`, "", ""},
		{"", `<div>Auteur :</div><div>Auteur(s) :</div>`, ""},
	} {
		if got := authorsOf(t, "", c.top, c.tail); got != c.want {
			t.Errorf("%s%s: authors %q, want %q", c.top, c.tail, got, c.want)
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

// A bare "by" before another element is a widget's "powered by", not a
// label; in one line with the name it is a byline.
func TestLabelledNameAfterBy(t *testing.T) {
	for frag, want := range map[string]string{
		`<small><span>by</span> <a href="https://widget.example">Tsun</a></small>`: "",
		`<p><span>By </span>Jane Doe</p>`:                                          "Jane Doe",
	} {
		doc, err := html.Parse(strings.NewReader(frag))
		if err != nil {
			t.Fatal(err)
		}
		got := ""
		var walk func(*html.Node)
		walk = func(n *html.Node) {
			if n.Type == html.ElementNode && n.DataAtom == atom.Span {
				got = labelledName(n)
			}
			for c := n.FirstChild; c != nil; c = c.NextSibling {
				walk(c)
			}
		}
		walk(doc)
		if got != want {
			t.Errorf("%s: %q, want %q", frag, got, want)
		}
	}
}

// A microdata author typed as an Organization is the outlet signing: a
// person the page names elsewhere is the author, and the organisation
// only when nobody else signs.
func TestOrganizationAuthorGivesWayToAPerson(t *testing.T) {
	org := `<div itemprop="author" itemscope itemtype="https://schema.org/Organization"><meta itemprop="name" content="Example Editorial"></div>`
	if got := authorsOf(t, `<meta name="dc.creator" content="Jane Doe">`, org, ""); got != "Jane Doe" {
		t.Errorf("with a dc.creator: %q, want Jane Doe", got)
	}
	if got := authorsOf(t, "", org, ""); got != "Example Editorial" {
		t.Errorf("alone: %q, want Example Editorial", got)
	}
}

func TestReviewCreditsInOtherLanguagesAreNoAuthors(t *testing.T) {
	for _, s := range []string{"Geprüft von Dr. med. Lena Brandt", "Révisé par Paul Morel", "Revisado por Ana Ruiz"} {
		if looksLikeName(s) {
			t.Errorf("%q taken for an author", s)
		}
	}
	if !looksLikeName("Lena Brandt") {
		t.Error("a name refused")
	}
}
