package source

import (
	"bytes"
	"compress/gzip"
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/japanese"

	"crossread"
	"crossread/source/fetch"
)

// site is a small news site: pages, feeds, sitemaps and an OPML list.
type site struct {
	*httptest.Server
	hits  map[string]*atomic.Int32
	pages map[string]page
}

type page struct {
	contentType string
	body        []byte
}

func newSite(t *testing.T) *site {
	s := &site{hits: map[string]*atomic.Int32{}, pages: map[string]page{}}
	s.Server = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if c := s.hits[r.URL.Path]; c != nil {
			c.Add(1)
		}
		p, ok := s.pages[r.URL.Path]
		if !ok {
			http.NotFound(w, r)
			return
		}
		if p.contentType != "" {
			w.Header().Set("Content-Type", p.contentType)
		}
		w.Write(bytes.ReplaceAll(p.body, []byte("{{base}}"), []byte(s.URL)))
	}))
	t.Cleanup(s.Close)
	return s
}

func (s *site) add(path, contentType string, body []byte) {
	s.pages[path] = page{contentType, body}
	s.hits[path] = &atomic.Int32{}
}

func (s *site) options() Options {
	opt := testOptions()
	opt.Offline = false
	opt.Fetcher = fetch.New(fetch.Options{AllowPrivate: true, PerHostInterval: -1, PerHostConcurrency: 4,
		Timeout: 2 * time.Second, RetryBackoff: time.Millisecond, Retries: -1})
	return opt
}

func articlePage(title, body string) []byte {
	return []byte("<!DOCTYPE html><html><head><title>" + title + "</title></head><body><p>" +
		strings.ReplaceAll(body, "\n\n", "</p><p>") + "</p></body></html>")
}

func TestFeedWithSummariesOnly(t *testing.T) {
	s := newSite(t)
	s.add("/feed.xml", "application/rss+xml", []byte(`<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>Example News</title><link>{{base}}/</link>
<item><title>Talks resume in December</title><link>{{base}}/news/1</link><pubDate>Thu, 06 Nov 2025 14:30:00 GMT</pubDate>
<dc:creator>Ann Writer</dc:creator><description>Talks will resume, officials say.</description></item>
<item><title>Second story</title><link>/news/2</link><pubDate>Fri, 07 Nov 2025 00:00:00 GMT</pubDate>
<description>A short teaser.</description></item>
</channel></rss>`))
	s.add("/news/1", "text/html; charset=utf-8", articlePage("Page title 1", englishText))
	s.add("/news/2", "text/html", articlePage("Page title 2", frenchText))
	arts, errs := Load(context.Background(), []string{s.URL + "/feed.xml"}, s.options())
	if len(errs) != 0 || len(arts) != 2 {
		t.Fatalf("arts %d errs %+v", len(arts), errs)
	}
	a := arts[0]
	if a.Text != englishText || a.URL != s.URL+"/news/1" || a.Title != "Talks resume in December" ||
		a.Published.String() != "2025-11-06T14:30:00Z" || len(a.Authors) != 1 || a.Authors[0] != "Ann Writer" || a.Source != "Example News" {
		t.Errorf("entry 1: %+v", a)
	}
	if arts[1].Text != frenchText || arts[1].URL != s.URL+"/news/2" || arts[1].Published.String() != "2025-11-07" {
		t.Errorf("entry 2 (relative link): %+v", arts[1])
	}
	if s.hits["/news/1"].Load() != 1 || s.hits["/news/2"].Load() != 1 {
		t.Error("full articles not fetched exactly once")
	}
}

// An entry whose full article cannot be fetched keeps its summary, and the
// failure is reported with the entry's link.
func TestFeedSummaryStandsInForAnUnreachableArticle(t *testing.T) {
	s := newSite(t)
	s.add("/feed.xml", "application/rss+xml", []byte(`<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Example News</title><link>{{base}}/</link>
<item><title>Heat warning for the south</title><link>{{base}}/gone</link><pubDate>Thu, 06 Nov 2025 14:30:00 GMT</pubDate>
<description>Temperatures are expected to reach 38C in the south on Thursday, forecasters said.</description></item>
<item><title>No text at all</title><link>{{base}}/gone2</link></item>
</channel></rss>`))
	arts, errs := Load(context.Background(), []string{s.URL + "/feed.xml"}, s.options())
	if len(arts) != 1 || !strings.Contains(arts[0].Text, "38C in the south") || arts[0].Title != "Heat warning for the south" || arts[0].URL != s.URL+"/gone" {
		t.Fatalf("arts %+v", arts)
	}
	if len(errs) != 2 || errs[0].URL != s.URL+"/gone" || !strings.Contains(errs[0].Error, "summary stands in") || errs[1].URL != s.URL+"/gone2" {
		t.Errorf("errs %+v, want the failed fetch reported for each entry", errs)
	}
}

func TestFeedWithFullContent(t *testing.T) {
	long := strings.Repeat("The minister said the talks were productive and would continue. ", 15)
	s := newSite(t)
	s.add("/atom", "application/atom+xml", []byte(`<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Atom Outlet</title>
<entry><title>Full story</title><link href="{{base}}/full"/><updated>2025-11-06T09:00:00Z</updated><author><name>B. Reporter</name></author>
<content type="html">&lt;p&gt;`+long+`&lt;/p&gt;&lt;figure&gt;&lt;img src="x.jpg"&gt;&lt;figcaption&gt;A caption&lt;/figcaption&gt;&lt;/figure&gt;&lt;p&gt;Last paragraph.&lt;/p&gt;</content></entry>
</feed>`))
	s.add("/full", "text/html", articlePage("should not be fetched", "x"))
	arts, errs := Load(context.Background(), []string{s.URL + "/atom"}, s.options())
	if len(errs) != 0 || len(arts) != 1 {
		t.Fatalf("arts %d errs %+v", len(arts), errs)
	}
	a := arts[0]
	if a.Text != strings.TrimSpace(long)+"\n\nLast paragraph." || a.Title != "Full story" || a.Source != "Atom Outlet" ||
		len(a.Removed) != 1 || a.Removed[0] != "A caption" || a.URL != s.URL+"/full" || a.Language != "en" {
		t.Errorf("article: %+v", a)
	}
	if s.hits["/full"].Load() != 0 {
		t.Error("the page was fetched although the feed carried the full text")
	}
}

func TestBrokenFeed(t *testing.T) {
	s := newSite(t)
	s.add("/broken.xml", "application/rss+xml", []byte(`<?xml version="1.0"?><rss version="2.0"><channel><title>x</title><item><title>unclosed`))
	s.add("/empty.xml", "application/rss+xml", []byte(`<?xml version="1.0"?><rss version="2.0"><channel><title>x</title></channel></rss>`))
	s.add("/good.xml", "application/rss+xml", []byte(`<rss version="2.0"><channel><title>Good</title><item><title>T</title><description>`+
		strings.Repeat("word ", 100)+`</description></item></channel></rss>`))
	arts, errs := Load(context.Background(), []string{s.URL + "/broken.xml", s.URL + "/empty.xml", s.URL + "/good.xml"}, s.options())
	if len(arts) != 1 {
		t.Errorf("arts %d", len(arts))
	}
	if len(errs) != 2 || errs[0].URL != s.URL+"/broken.xml" || errs[0].Code != crossread.EINVALID || errs[1].Code != crossread.EEMPTY {
		t.Errorf("errs %+v", errs)
	}
}

func TestFeedEntryFetchFailures(t *testing.T) {
	s := newSite(t)
	s.add("/feed.json", "application/feed+json", []byte(`{"version":"https://jsonfeed.org/version/1.1","title":"JSON Outlet","items":[
{"id":"1","url":"{{base}}/gone","title":"Gone","summary":"Short."},
{"id":"2","url":"{{base}}/image","title":"Image","summary":"Short."},
{"id":"3","url":"{{base}}/ok","title":"OK","summary":"Short.","date_published":"2025-11-05T08:00:00Z"}]}`))
	s.add("/image", "image/png", []byte("\x89PNG\r\n\x1a\n"))
	s.add("/ok", "text/html", articlePage("ok", englishText))
	arts, errs := Load(context.Background(), []string{s.URL + "/feed.json"}, s.options())
	// the two that failed keep their summaries; the third is the page
	if len(arts) != 3 || arts[0].Text != "Short." || arts[1].Text != "Short." ||
		arts[2].Title != "OK" || arts[2].Text != englishText || arts[2].Published.String() != "2025-11-05T08:00:00Z" || arts[2].Source != "JSON Outlet" {
		t.Errorf("arts %+v", arts)
	}
	if len(errs) != 2 || errs[0].Code != string(fetch.KindNotFound) || errs[0].URL != s.URL+"/gone" ||
		errs[1].Code != string(fetch.KindNotHTML) || errs[1].URL != s.URL+"/image" {
		t.Errorf("errs %+v", errs)
	}
}

func TestWrongContentType(t *testing.T) {
	s := newSite(t)
	s.add("/report.pdf", "application/pdf", []byte("%PDF-1.4 ..."))
	s.add("/pic", "image/jpeg", []byte("\xff\xd8\xff"))
	s.add("/plain", "text/plain; charset=windows-1251", enc(t, charmap.Windows1251, russianText))
	arts, errs := Load(context.Background(), []string{s.URL + "/report.pdf", s.URL + "/pic", s.URL + "/plain"}, s.options())
	if len(errs) != 2 || errs[0].Code != "not_html" || errs[1].Code != "not_html" || !strings.Contains(errs[0].Error, "application/pdf") {
		t.Errorf("errs %+v", errs)
	}
	if len(arts) != 1 || arts[0].Text != russianText || arts[0].URL != s.URL+"/plain" {
		t.Errorf("arts %+v", arts)
	}
}

func TestLegacyCharsetPages(t *testing.T) {
	s := newSite(t)
	ruPage := strings.ReplaceAll(string(articlePage("Новости", russianText)), "<head>", `<head><meta http-equiv="Content-Type" content="text/html; charset=windows-1251">`)
	jaPage := string(articlePage("ニュース", japaneseText))
	s.add("/ru-meta", "text/html", enc(t, charmap.Windows1251, ruPage))
	s.add("/ru-header", "text/html; charset=windows-1251", enc(t, charmap.Windows1251, string(articlePage("Новости", russianText))))
	s.add("/ja-header", "text/html; charset=Shift_JIS", enc(t, japanese.ShiftJIS, jaPage))
	s.add("/ja-sniffed", "text/html", enc(t, japanese.ShiftJIS, jaPage))
	inputs := []string{s.URL + "/ru-meta", s.URL + "/ru-header", s.URL + "/ja-header", s.URL + "/ja-sniffed"}
	arts, errs := Load(context.Background(), inputs, s.options())
	if len(errs) != 0 || len(arts) != 4 {
		t.Fatalf("arts %d errs %+v", len(arts), errs)
	}
	for i, want := range []string{russianText, russianText, japaneseText, japaneseText} {
		if arts[i].Text != want {
			t.Errorf("%s: text %q", inputs[i], arts[i].Text)
		}
	}
	if arts[0].Title != "Новости" || arts[2].Title != "ニュース" {
		t.Errorf("titles %q %q", arts[0].Title, arts[2].Title)
	}
}

func TestSitemapIndexWithNews(t *testing.T) {
	s := newSite(t)
	s.add("/sitemap_index.xml", "application/xml", []byte(`<?xml version="1.0" encoding="UTF-8"?>
<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
<sitemap><loc>{{base}}/news-sitemap.xml</loc></sitemap><sitemap><loc>{{base}}/old.xml.gz</loc></sitemap></sitemapindex>`))
	s.add("/news-sitemap.xml", "text/xml", []byte(`<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
<url><loc>{{base}}/a</loc><news:news><news:publication><news:name>Sitemap Times</news:name><news:language>en</news:language></news:publication>
<news:publication_date>2025-11-06T10:15:00+01:00</news:publication_date><news:title>News title A</news:title></news:news></url>
<url><loc>{{base}}/missing</loc></url></urlset>`))
	var gzbuf bytes.Buffer
	zw := gzip.NewWriter(&gzbuf)
	zw.Write([]byte(`<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>` + s.URL + `/b</loc><lastmod>2024-01-01</lastmod></url></urlset>`))
	zw.Close()
	s.add("/old.xml.gz", "application/x-gzip", gzbuf.Bytes())
	s.add("/a", "text/html", articlePage("Page A", englishText))
	s.add("/b", "text/html", articlePage("Page B", frenchText))
	arts, errs := Load(context.Background(), []string{s.URL + "/sitemap_index.xml"}, s.options())
	if len(arts) != 2 || len(errs) != 1 {
		t.Fatalf("arts %d errs %+v", len(arts), errs)
	}
	a := arts[0]
	if a.Title != "News title A" || a.Published.String() != "2025-11-06T10:15:00+01:00" || a.Source != "Sitemap Times" || a.Text != englishText {
		t.Errorf("news page: %+v", a)
	}
	if arts[1].Title != "Page B" || arts[1].Published.String() != "" {
		t.Errorf("plain sitemap page (lastmod is not a publication date): %+v", arts[1])
	}
	if errs[0].URL != s.URL+"/missing" || errs[0].Code != "not_found" {
		t.Errorf("err %+v", errs[0])
	}
}

func TestOPML(t *testing.T) {
	s := newSite(t)
	s.add("/list.opml", "text/x-opml", []byte(`<?xml version="1.0"?><opml version="2.0"><head><title>Subs</title></head><body>
<outline text="Folder"><outline text="One" type="rss" xmlUrl="{{base}}/one.xml"/></outline>
<outline text="Two" type="rss" xmlUrl="{{base}}/two.xml"/><outline text="Dead" xmlUrl="{{base}}/dead.xml"/></body></opml>`))
	item := func(title string) string {
		return `<item><title>` + title + `</title><description>` + strings.Repeat(title+" text. ", 90) + `</description></item>`
	}
	s.add("/one.xml", "application/rss+xml", []byte(`<rss version="2.0"><channel><title>One</title>`+item("first")+item("second")+`</channel></rss>`))
	s.add("/dup.opml", "text/x-opml", []byte(`<opml version="2.0"><body><outline xmlUrl="{{base}}/one.xml"/><outline xmlUrl="{{base}}/one.xml"/></body></opml>`))
	s.add("/two.xml", "application/rss+xml", []byte(`<rss version="2.0"><channel><title>Two</title>`+item("third")+`</channel></rss>`))
	arts, errs := Load(context.Background(), []string{s.URL + "/list.opml"}, s.options())
	var titles []string
	for _, a := range arts {
		titles = append(titles, a.Title+"@"+a.Source)
	}
	if strings.Join(titles, ",") != "first@One,second@One,third@Two" {
		t.Errorf("titles %v", titles)
	}
	if len(errs) != 1 || errs[0].URL != s.URL+"/dead.xml" {
		t.Errorf("errs %+v", errs)
	}
	before := s.hits["/one.xml"].Load()
	arts, _ = Load(context.Background(), []string{s.URL + "/dup.opml"}, s.options())
	if len(arts) != 2 || s.hits["/one.xml"].Load() != before+1 {
		t.Errorf("a feed listed twice: %d articles, %d fetches", len(arts), s.hits["/one.xml"].Load()-before)
	}
}

func TestLocalFeedFileOffline(t *testing.T) {
	dir := t.TempDir()
	p := write(t, filepath.Join(dir, "saved.rss"), []byte(`<rss version="2.0"><channel><title>Saved</title>
<item><title>Teaser only</title><link>https://example.invalid/a</link><description>Just a teaser.</description></item></channel></rss>`))
	arts, errs := Load(context.Background(), []string{p}, testOptions())
	// Offline: the teaser is all there is.
	if len(arts) != 1 || arts[0].Text != "Just a teaser." || arts[0].Path != p || arts[0].URL != "https://example.invalid/a" || len(errs) != 0 {
		t.Errorf("arts %+v errs %+v", arts, errs)
	}
}

func TestURLsRefusedOffline(t *testing.T) {
	_, errs := Load(context.Background(), []string{"https://example.org/x"}, testOptions())
	if len(errs) != 1 || errs[0].URL != "https://example.org/x" || errs[0].Code != crossread.EUNAVAILABLE {
		t.Errorf("errs %+v", errs)
	}
}

func TestRobotsDisallowedPageReported(t *testing.T) {
	s := newSite(t)
	s.add("/robots.txt", "text/plain", []byte("User-agent: *\nDisallow: /private\n"))
	s.add("/private/a", "text/html", articlePage("x", englishText))
	_, errs := Load(context.Background(), []string{s.URL + "/private/a"}, s.options())
	if len(errs) != 1 || errs[0].Code != "robots_disallowed" || s.hits["/private/a"].Load() != 0 {
		t.Errorf("errs %+v", errs)
	}
}

// warcRecord builds one WARC record.
func warcRecord(typ, uri, contentType string, block []byte) []byte {
	var b bytes.Buffer
	fmt.Fprintf(&b, "WARC/1.1\r\nWARC-Type: %s\r\nWARC-Target-URI: %s\r\nWARC-Date: 2025-11-06T10:00:00Z\r\nWARC-Record-ID: <urn:uuid:x>\r\nContent-Type: %s\r\nContent-Length: %d\r\n\r\n",
		typ, uri, contentType, len(block))
	b.Write(block)
	b.WriteString("\r\n\r\n")
	return b.Bytes()
}

func httpBlock(status, contentType string, headers string, body []byte) []byte {
	return append([]byte("HTTP/1.1 "+status+"\r\nContent-Type: "+contentType+"\r\n"+headers+fmt.Sprintf("Content-Length: %d\r\n\r\n", len(body))), body...)
}

func TestWARCWithNonHTMLRecords(t *testing.T) {
	var gzBody bytes.Buffer
	zw := gzip.NewWriter(&gzBody)
	zw.Write(articlePage("Compressed", frenchText))
	zw.Close()
	records := [][]byte{
		warcRecord("warcinfo", "", "application/warc-fields", []byte("software: test\r\n")),
		warcRecord("request", "https://news.example/ru", "application/http; msgtype=request", []byte("GET /ru HTTP/1.1\r\nHost: news.example\r\n\r\n")),
		warcRecord("response", "https://news.example/ru", "application/http; msgtype=response",
			httpBlock("200 OK", "text/html; charset=windows-1251", "", enc(t, charmap.Windows1251, string(articlePage("Русский", russianText))))),
		warcRecord("metadata", "https://news.example/ru", "application/warc-fields", []byte("fetchTimeMs: 12\r\n")),
		warcRecord("response", "https://news.example/logo.png", "application/http; msgtype=response", httpBlock("200 OK", "image/png", "", []byte("\x89PNG\r\n\x1a\n"))),
		warcRecord("response", "https://news.example/missing", "application/http; msgtype=response", httpBlock("404 Not Found", "text/html", "", []byte("<html>nope</html>"))),
		warcRecord("resource", "https://news.example/file.html", "text/html", articlePage("resource", englishText)),
		warcRecord("response", "https://news.example/gz", "application/http; msgtype=response", httpBlock("200 OK", "text/html", "Content-Encoding: gzip\r\n", gzBody.Bytes())),
		warcRecord("response", "dns:news.example", "text/dns", []byte("20251106 news.example. 300 IN A 1.2.3.4")),
	}
	plain := bytes.Join(records, nil)
	// .warc.gz as the tools write it: one gzip member per record.
	var perRecord bytes.Buffer
	for _, r := range records {
		zw := gzip.NewWriter(&perRecord)
		zw.Write(r)
		zw.Close()
	}
	dir := t.TempDir()
	for name, data := range map[string][]byte{"crawl.warc": plain, "crawl.warc.gz": perRecord.Bytes(), "noext": plain} {
		p := write(t, filepath.Join(dir, name), data)
		arts, errs := Load(context.Background(), []string{p}, testOptions())
		if len(errs) != 0 || len(arts) != 2 {
			t.Fatalf("%s: arts %d errs %+v", name, len(arts), errs)
		}
		if arts[0].URL != "https://news.example/ru" || arts[0].Text != russianText || arts[0].Path != p {
			t.Errorf("%s: first %+v", name, arts[0])
		}
		if arts[1].URL != "https://news.example/gz" || arts[1].Text != frenchText {
			t.Errorf("%s: second %+v", name, arts[1])
		}
	}
}

func TestWARCDamaged(t *testing.T) {
	good := warcRecord("response", "https://x.example/a", "application/http", httpBlock("200 OK", "text/html", "", articlePage("A", englishText)))
	dir := t.TempDir()
	truncated := write(t, filepath.Join(dir, "cut.warc"), append(append([]byte{}, good...), good[:len(good)/2]...))
	arts, errs := Load(context.Background(), []string{truncated}, testOptions())
	if len(arts) != 1 || len(errs) != 1 || errs[0].Path != truncated || errs[0].Code != crossread.EINVALID {
		t.Errorf("truncated: arts %d errs %+v", len(arts), errs)
	}
	notWarc := write(t, filepath.Join(dir, "fake.warc"), []byte("hello, not an archive\n"))
	arts, errs = Load(context.Background(), []string{notWarc}, testOptions())
	if len(arts) != 0 || len(errs) != 1 || errs[0].Code != crossread.EINVALID {
		t.Errorf("not a WARC: arts %d errs %+v", len(arts), errs)
	}
}

func TestCancelStopsTheRun(t *testing.T) {
	block := make(chan struct{})
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-block:
		case <-r.Context().Done():
		}
	}))
	defer srv.Close()
	defer close(block)
	s := &site{Server: srv}
	opt := s.options()
	var inputs []string
	for i := range 10 {
		inputs = append(inputs, fmt.Sprintf("%s/%d", srv.URL, i))
	}
	ctx, cancel := context.WithTimeout(context.Background(), 200*time.Millisecond)
	defer cancel()
	done := make(chan struct{})
	go func() {
		Load(ctx, inputs, opt)
		close(done)
	}()
	select {
	case <-done:
	case <-time.After(5 * time.Second):
		t.Fatal("Load did not return after its context was cancelled")
	}
}
