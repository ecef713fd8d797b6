// Package feed reads RSS 1.0/2.0, Atom and JSON Feed documents (through
// gofeed) and OPML lists of feeds into small structs of its own, which the
// source package turns into articles.
package feed

import (
	"bytes"
	"encoding/xml"
	"fmt"
	"io"
	"regexp"
	"strings"
	"time"

	"github.com/mmcdole/gofeed"
	"golang.org/x/net/html"

	"crossread"
)

// Feed is a parsed feed.
type Feed struct {
	Title    string // the channel's title: usually the outlet's name (see Outlet)
	Link     string
	Language string
	Entries  []Entry
}

// Entry is one feed item.
type Entry struct {
	ID        string
	Title     string
	Link      string
	Published crossread.Timestamp
	Authors   []string
	Content   string // full content (content:encoded, Atom content, JSON content_html/text), HTML
	Summary   string // description or summary, HTML
}

// Outlet is the outlet a feed's title names, without the section the feed
// covers: "BBC News - World" → "BBC News", "NYT > Politics" → "NYT",
// "Politics | The Herald" → "The Herald". A title without a known section
// is kept whole.
func (f *Feed) Outlet() string {
	t := f.Title
	for _, sep := range []string{" - ", " – ", " — ", " | ", " > ", " » ", ": "} {
		head, tail, ok := strings.Cut(t, sep)
		if !ok || strings.Contains(tail, sep) {
			continue
		}
		switch {
		case feedSection(tail) && strings.TrimSpace(head) != "":
			return strings.TrimSpace(head)
		case feedSection(head) && strings.TrimSpace(tail) != "":
			return strings.TrimSpace(tail)
		}
	}
	return t
}

// feedSection reports a feed title part that names a section, not an
// outlet.
func feedSection(s string) bool {
	s = strings.ToLower(strings.TrimSpace(s))
	s = strings.TrimSuffix(strings.TrimSuffix(s, " news"), " rss")
	switch s {
	case "news", "top", "top stories", "latest", "headlines", "breaking", "home", "homepage", "front page", "all", "rss", "feed",
		"world", "international", "national", "local", "politics", "business", "economy", "markets", "finance", "money",
		"sport", "sports", "football", "technology", "tech", "science", "health", "opinion", "comment", "analysis",
		"entertainment", "culture", "arts", "lifestyle", "travel", "education", "environment", "climate", "europe",
		"asia", "africa", "americas", "middle east", "us", "uk", "u.s.", "latin america", "australia", "india", "china":
		return true
	}
	return false
}

// Parse parses an RSS, Atom or JSON feed. Errors are crossread.EINVALID.
// gofeed can panic on some malformed inputs in its extensions, so a panic
// becomes an error: a broken feed must never stop a run.
func Parse(b []byte) (f *Feed, err error) {
	defer func() {
		if r := recover(); r != nil {
			f, err = nil, crossread.Errorf(crossread.EINVALID, "broken feed: %v", r)
		}
	}()
	gf, err := gofeed.NewParser().Parse(bytes.NewReader(b))
	if err != nil {
		return nil, &crossread.Error{Code: crossread.EINVALID, Message: "broken feed", Err: err}
	}
	f = &Feed{Title: clean(gf.Title), Link: strings.TrimSpace(gf.Link), Language: strings.TrimSpace(gf.Language)}
	for _, it := range gf.Items {
		if it == nil {
			continue
		}
		e := Entry{ID: strings.TrimSpace(it.GUID), Title: clean(it.Title), Link: strings.TrimSpace(it.Link),
			Content: strings.TrimSpace(it.Content), Summary: strings.TrimSpace(it.Description)}
		if e.Link == "" {
			for _, l := range it.Links {
				if l = strings.TrimSpace(l); l != "" {
					e.Link = l
					break
				}
			}
		}
		switch {
		case it.PublishedParsed != nil:
			e.Published = timestamp(keepOffset(it.Published, *it.PublishedParsed))
		case it.UpdatedParsed != nil:
			e.Published = timestamp(keepOffset(it.Updated, *it.UpdatedParsed))
		}
		for _, p := range it.Authors {
			if p != nil {
				if name := clean(p.Name); name != "" {
					e.Authors = append(e.Authors, name)
				}
			}
		}
		if len(e.Authors) == 0 && it.DublinCoreExt != nil {
			for _, c := range it.DublinCoreExt.Creator {
				if c = clean(c); c != "" {
					e.Authors = append(e.Authors, c)
				}
			}
		}
		f.Entries = append(f.Entries, e)
	}
	return f, nil
}

// keepOffset re-reads a raw feed date in the common layouts, because
// gofeed hands back UTC and the writer's own offset tells which day it was
// for them.
func keepOffset(raw string, parsed time.Time) time.Time {
	raw = strings.TrimSpace(raw)
	for _, layout := range []string{time.RFC1123Z, time.RFC1123, time.RFC3339, "Mon, 2 Jan 2006 15:04:05 -0700",
		"2 Jan 2006 15:04:05 -0700", "Mon, 2 Jan 2006 15:04:05 MST", time.RFC822Z, time.RFC822} {
		if t, err := time.Parse(layout, raw); err == nil && t.Equal(parsed) {
			return t
		}
	}
	return parsed
}

// timestamp keeps the feed's own offset, so that a date-only entry
// written as local midnight stays on its day.
func timestamp(t time.Time) crossread.Timestamp {
	// Feeds that know only the day write midnight; keep the day only then.
	return crossread.Timestamp{Time: t, HasClock: t.Hour() != 0 || t.Minute() != 0 || t.Second() != 0}
}

// clean turns a title that may hold markup or entities into plain text.
func clean(s string) string {
	s = strings.TrimSpace(s)
	if strings.ContainsAny(s, "<&") {
		s = Text(s)
	}
	return strings.Join(strings.Fields(s), " ")
}

// MinFullWords is how many words an entry's content must have to be taken
// as the full article rather than a teaser.
const MinFullWords = 80

// NeedsFullArticle reports whether the entry carries only a summary, so
// that its full article must be fetched from its link: no content at all,
// or content (or description) shorter than minWords words.
func (e Entry) NeedsFullArticle(minWords int) bool {
	if minWords <= 0 {
		minWords = MinFullWords
	}
	body := e.Body()
	return len(strings.Fields(Text(body))) < minWords
}

// Body is the richest HTML the entry carries: its content, else its summary.
func (e Entry) Body() string {
	if len(e.Content) >= len(e.Summary) {
		return e.Content
	}
	return e.Summary
}

// Outline is one feed in an OPML list.
type Outline struct {
	Title   string
	XMLURL  string
	HTMLURL string
}

// ParseOPML returns the feeds listed in an OPML document, nested outlines
// included.
func ParseOPML(b []byte) ([]Outline, error) {
	var doc struct {
		XMLName xml.Name `xml:"opml"`
		Body    struct {
			Outlines []opmlOutline `xml:"outline"`
		} `xml:"body"`
	}
	d := xml.NewDecoder(bytes.NewReader(b))
	d.Strict = false
	d.CharsetReader = charsetReader
	if err := d.Decode(&doc); err != nil {
		return nil, &crossread.Error{Code: crossread.EINVALID, Message: "broken OPML", Err: err}
	}
	var out []Outline
	var walk func([]opmlOutline, int)
	walk = func(os []opmlOutline, depth int) {
		if depth > 20 {
			return
		}
		for _, o := range os {
			if u := strings.TrimSpace(o.XMLURL); u != "" {
				title := o.Title
				if title == "" {
					title = o.Text
				}
				out = append(out, Outline{Title: strings.TrimSpace(title), XMLURL: u, HTMLURL: strings.TrimSpace(o.HTMLURL)})
			}
			walk(o.Outlines, depth+1)
		}
	}
	walk(doc.Body.Outlines, 0)
	return out, nil
}

type opmlOutline struct {
	Text     string        `xml:"text,attr"`
	Title    string        `xml:"title,attr"`
	XMLURL   string        `xml:"xmlUrl,attr"`
	HTMLURL  string        `xml:"htmlUrl,attr"`
	Outlines []opmlOutline `xml:"outline"`
}

// charsetReader lets encoding/xml read the few non-UTF-8 declarations found
// in the wild; anything it cannot map is read as UTF-8.
func charsetReader(label string, r io.Reader) (io.Reader, error) {
	return newCharsetReader(label, r)
}

// Text converts an HTML fragment (feed content) into plain text: block
// elements become paragraphs separated by a blank line; scripts, styles
// and figure captions are dropped.
func Text(fragment string) string {
	paras, _ := Paragraphs(fragment)
	return strings.Join(paras, "\n\n")
}

// Paragraphs converts an HTML fragment into its paragraphs of text, and
// returns separately the captions and embedded-media text it left out.
func Paragraphs(fragment string) (paras, removed []string) {
	if !strings.ContainsAny(fragment, "<&") {
		// Plain text (JSON Feed content_text, some RSS descriptions):
		// blank lines separate its paragraphs.
		for _, p := range strings.Split(strings.ReplaceAll(fragment, "\r\n", "\n"), "\n\n") {
			if p = strings.Join(strings.Fields(p), " "); p != "" {
				paras = append(paras, p)
			}
		}
		return paras, nil
	}
	z := html.NewTokenizer(strings.NewReader(fragment))
	var cur, capt strings.Builder
	skip, caption := 0, 0
	flush := func() {
		if s := strings.Join(strings.Fields(cur.String()), " "); s != "" {
			if feedFooter.MatchString(s) {
				removed = append(removed, s)
			} else {
				paras = append(paras, s)
			}
		}
		cur.Reset()
	}
	for {
		tt := z.Next()
		switch tt {
		case html.ErrorToken:
			flush()
			return paras, removed
		case html.TextToken:
			switch {
			case skip > 0:
			case caption > 0:
				capt.Write(z.Text())
			default:
				cur.Write(z.Text())
			}
		case html.StartTagToken, html.EndTagToken, html.SelfClosingTagToken:
			name, _ := z.TagName()
			tag := string(name)
			switch tag {
			case "script", "style", "noscript", "iframe", "object", "svg", "template":
				if tt == html.StartTagToken {
					skip++
				} else if tt == html.EndTagToken && skip > 0 {
					skip--
				}
				continue
			case "figcaption":
				if tt == html.StartTagToken {
					caption++
				} else if tt == html.EndTagToken && caption > 0 {
					caption--
					if s := strings.Join(strings.Fields(capt.String()), " "); s != "" {
						removed = append(removed, s)
					}
					capt.Reset()
				}
				continue
			}
			if blockTags[tag] {
				flush()
			} else if tag == "br" || tag == "td" || tag == "th" {
				cur.WriteByte(' ')
			}
		}
	}
}

// feedFooter is the line blog software adds to every entry of its feed:
// "The post Headline appeared first on Site."
var feedFooter = regexp.MustCompile(`(?i)^the post .{1,250} appeared first on .{1,80}$`)

var blockTags = map[string]bool{
	"p": true, "div": true, "h1": true, "h2": true, "h3": true, "h4": true, "h5": true, "h6": true,
	"li": true, "ul": true, "ol": true, "blockquote": true, "pre": true, "section": true, "article": true,
	"header": true, "footer": true, "figure": true, "table": true, "tr": true, "hr": true, "dl": true,
	"dt": true, "dd": true, "aside": true, "main": true, "nav": true, "address": true,
}

// String is for debugging.
func (e Entry) String() string { return fmt.Sprintf("%q <%s>", e.Title, e.Link) }
