package feed

import (
	"strings"
	"testing"

	"golang.org/x/text/encoding/charmap"

	"crossread"
)

const rss1 = `<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel rdf:about="https://x.example/"><title>RDF Outlet</title><link>https://x.example/</link></channel>
<item rdf:about="https://x.example/1"><title>One &amp; only</title><link>https://x.example/1</link><description>Teaser.</description>
<dc:date>2025-11-06T12:00:00Z</dc:date><dc:creator>C. Author</dc:creator></item></rdf:RDF>`

const rss2 = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title> RSS  Outlet </title><link>https://y.example/</link><language>de</language>
<item><title><![CDATA[Title <b>bold</b>]]></title><link>https://y.example/a</link><guid>g1</guid><pubDate>Thu, 06 Nov 2025 00:00:00 +0000</pubDate>
<description>Short.</description><content:encoded><![CDATA[<p>Para one.</p><script>x()</script><p>Para <i>two</i>.</p>]]></content:encoded></item>
</channel></rss>`

func TestParse(t *testing.T) {
	f, err := Parse([]byte(rss1))
	if err != nil {
		t.Fatal(err)
	}
	e := f.Entries[0]
	if f.Title != "RDF Outlet" || e.Title != "One & only" || e.Link != "https://x.example/1" || e.Published.String() != "2025-11-06T12:00:00Z" ||
		len(e.Authors) != 1 || e.Authors[0] != "C. Author" || e.Summary != "Teaser." {
		t.Errorf("RSS 1.0: %+v %+v", f, e)
	}
	f, err = Parse([]byte(rss2))
	if err != nil {
		t.Fatal(err)
	}
	e = f.Entries[0]
	if f.Title != "RSS Outlet" || f.Language != "de" || e.Title != "Title bold" || e.Published.String() != "2025-11-06" ||
		Text(e.Body()) != "Para one.\n\nPara two." || e.ID != "g1" {
		t.Errorf("RSS 2.0: %+v %+v body %q", f, e, Text(e.Body()))
	}
	if !e.NeedsFullArticle(0) {
		t.Error("a four-word body is a teaser")
	}
	e.Content = "<p>" + strings.Repeat("word ", 100) + "</p>"
	if e.NeedsFullArticle(0) {
		t.Error("a hundred words are the article")
	}
}

func TestParseLegacyEncodingAndJSONText(t *testing.T) {
	body, _ := charmap.Windows1251.NewEncoder().String(`<?xml version="1.0" encoding="windows-1251"?>
<rss version="2.0"><channel><title>Новости</title><item><title>Заголовок</title><pubDate>Thu, 06 Nov 2025 00:00:00 +0300</pubDate><description>Текст новости.</description></item></channel></rss>`)
	f, err := Parse([]byte(body))
	if err != nil {
		t.Fatal(err)
	}
	if f.Title != "Новости" || f.Entries[0].Title != "Заголовок" || Text(f.Entries[0].Body()) != "Текст новости." {
		t.Errorf("windows-1251 feed: %+v", f)
	}
	if got := f.Entries[0].Published.String(); got != "2025-11-06" {
		t.Errorf("local midnight moved to %s", got)
	}
	words := strings.Repeat("word ", 90)
	f, err = Parse([]byte(`{"version":"https://jsonfeed.org/version/1.1","title":"J","items":[{"id":"1","url":"https://j.example/1","content_text":"` + words + `","date_published":"2025-11-06T10:00:00+02:00"}]}`))
	if err != nil {
		t.Fatal(err)
	}
	e := f.Entries[0]
	if e.NeedsFullArticle(0) || e.Link != "https://j.example/1" || e.Published.String() != "2025-11-06T10:00:00+02:00" {
		t.Errorf("JSON Feed: %+v", e)
	}
}

func TestParseBroken(t *testing.T) {
	for _, in := range []string{"", "not xml at all", "<rss><channel><item><title>x", `{"version":"https://jsonfeed.org/version/1","items":[`} {
		if _, err := Parse([]byte(in)); err == nil || crossread.ErrorCode(err) != crossread.EINVALID {
			t.Errorf("Parse(%q) = %v", in, err)
		}
	}
}

func TestParseOPML(t *testing.T) {
	out, err := ParseOPML([]byte(`<?xml version="1.0" encoding="ISO-8859-1"?><opml version="1.0"><body>
<outline text="Group"><outline text="A" xmlUrl=" https://a.example/feed " htmlUrl="https://a.example/"/><outline title="B" text="b" xmlUrl="https://b.example/rss"/></outline>
<outline text="no feed"/></body></opml>`))
	if err != nil {
		t.Fatal(err)
	}
	if len(out) != 2 || out[0].XMLURL != "https://a.example/feed" || out[0].Title != "A" || out[1].Title != "B" {
		t.Errorf("%+v", out)
	}
	if _, err := ParseOPML([]byte("<html></html>")); err == nil {
		t.Error("HTML accepted as OPML")
	}
}

func TestParagraphs(t *testing.T) {
	paras, removed := Paragraphs(`Intro<br>line<p>First &amp; <a href="#">linked</a>.</p><figure><img src=x><figcaption>Photo: A</figcaption></figure><style>p{}</style><ul><li>One</li><li>Two</li></ul>`)
	want := []string{"Intro line", "First & linked.", "One", "Two"}
	if strings.Join(paras, "|") != strings.Join(want, "|") || len(removed) != 1 || removed[0] != "Photo: A" {
		t.Errorf("paras %q removed %q", paras, removed)
	}
	if paras, _ := Paragraphs("First line\ncontinued.\n\nSecond paragraph.\n"); strings.Join(paras, "|") != "First line continued.|Second paragraph." {
		t.Errorf("plain text: %q", paras)
	}
	// a blog feed's footer is furniture
	paras, removed = Paragraphs(`<p>Talks resume on Thursday.</p><p>The post <a href="/x">Ferry strike halts crossings</a> appeared first on <a href="/">Harbor Gazette</a>.</p>`)
	if strings.Join(paras, "|") != "Talks resume on Thursday." || len(removed) != 1 {
		t.Errorf("footer: paras %q removed %q", paras, removed)
	}
}

func FuzzParse(f *testing.F) {
	f.Add([]byte(rss1))
	f.Add([]byte(rss2))
	f.Add([]byte(`<feed xmlns="http://www.w3.org/2005/Atom"><entry><title type="html">&lt;b&gt;x</title><content type="xhtml"><div>y</div></content></entry></feed>`))
	f.Add([]byte(`{"version":"https://jsonfeed.org/version/1.1","items":[{"id":"1","content_html":"<p>x</p>","authors":[{"name":"n"}]}]}`))
	f.Add([]byte(`<opml><body><outline xmlUrl="u"><outline xmlUrl="v"/></outline></body></opml>`))
	f.Fuzz(func(t *testing.T, b []byte) {
		if fd, err := Parse(b); err == nil {
			for _, e := range fd.Entries {
				e.NeedsFullArticle(0)
				Paragraphs(e.Body())
			}
		}
		ParseOPML(b)
		Paragraphs(string(b))
	})
}

func TestOutlet(t *testing.T) {
	for title, want := range map[string]string{
		"BBC News - World":                  "BBC News",
		"NYT > Politics":                    "NYT",
		"Politics | The Northern Herald":    "The Northern Herald",
		"Reuters: Top News":                 "Reuters",
		"The Guardian":                      "The Guardian",
		"Science - Nature":                  "Nature",
		"Rock - Paper - Scissors":           "Rock - Paper - Scissors",
		"Planet Money: Economics Explained": "Planet Money: Economics Explained",
	} {
		if got := (&Feed{Title: title}).Outlet(); got != want {
			t.Errorf("Outlet(%q) = %q, want %q", title, got, want)
		}
	}
}
