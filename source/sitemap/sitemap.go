// Package sitemap reads XML sitemaps (sitemaps.org): a urlset of pages,
// with the Google News extension's titles and publication dates, or a
// sitemap index pointing at further sitemaps.
package sitemap

import (
	"bytes"
	"encoding/xml"
	"io"
	"strings"

	"github.com/araddon/dateparse"
	"golang.org/x/net/html/charset"

	"crossread"
)

// Sitemap is a parsed sitemap: either URLs (a urlset) or Sitemaps (an
// index), never both.
type Sitemap struct {
	URLs     []URL
	Sitemaps []string // locations of child sitemaps, for an index
}

// IsIndex reports whether the sitemap is a sitemap index.
func (s *Sitemap) IsIndex() bool { return len(s.Sitemaps) > 0 }

// URL is one page of a urlset, with its <news:news> fields when present.
type URL struct {
	Loc       string
	LastMod   crossread.Timestamp
	Title     string              // news:title
	Published crossread.Timestamp // news:publication_date
	Source    string              // news:publication/news:name
	Language  string              // news:publication/news:language
}

// MaxEntries bounds what one sitemap may list (the protocol allows 50,000).
const MaxEntries = 50000

// Parse parses a urlset or a sitemap index. Namespaces are matched by local
// name, so sitemaps with missing or odd namespace declarations still read.
// Errors are crossread.EINVALID.
func Parse(b []byte) (*Sitemap, error) {
	d := xml.NewDecoder(bytes.NewReader(b))
	d.Strict = false
	d.CharsetReader = func(label string, r io.Reader) (io.Reader, error) {
		if rd, err := charset.NewReaderLabel(label, r); err == nil {
			return rd, nil
		}
		return r, nil
	}
	var root string
	var sm Sitemap
	var cur *URL
	var path []string // local names of open elements
	var text strings.Builder
	for {
		tok, err := d.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			if root != "" && (len(sm.URLs) > 0 || len(sm.Sitemaps) > 0) {
				break // keep what a truncated sitemap gave
			}
			return nil, &crossread.Error{Code: crossread.EINVALID, Message: "broken sitemap", Err: err}
		}
		switch t := tok.(type) {
		case xml.StartElement:
			name := strings.ToLower(t.Name.Local)
			if root == "" {
				root = name
				if root != "urlset" && root != "sitemapindex" {
					return nil, crossread.Errorf(crossread.EINVALID, "not a sitemap: root element <%s>", t.Name.Local)
				}
			}
			path = append(path, name)
			text.Reset()
			if root == "urlset" && name == "url" && len(path) == 2 {
				sm.URLs = append(sm.URLs, URL{})
				cur = &sm.URLs[len(sm.URLs)-1]
			}
		case xml.CharData:
			if text.Len() < 4096 {
				text.Write(t)
			}
		case xml.EndElement:
			if len(path) == 0 {
				continue
			}
			name := path[len(path)-1]
			path = path[:len(path)-1]
			val := strings.TrimSpace(text.String())
			text.Reset()
			switch {
			case root == "sitemapindex" && name == "loc" && len(path) == 2 && path[1] == "sitemap":
				if val != "" {
					sm.Sitemaps = append(sm.Sitemaps, val)
				}
			case root == "urlset" && cur != nil:
				switch name {
				case "loc":
					if len(path) == 2 {
						cur.Loc = val
					}
				case "lastmod":
					cur.LastMod = parseDate(val)
				case "title":
					cur.Title = strings.Join(strings.Fields(val), " ")
				case "publication_date":
					cur.Published = parseDate(val)
				case "name":
					cur.Source = val
				case "language":
					cur.Language = val
				case "url":
					if cur.Loc == "" {
						sm.URLs = sm.URLs[:len(sm.URLs)-1]
					}
					cur = nil
				}
			}
			if len(sm.URLs)+len(sm.Sitemaps) >= MaxEntries {
				return &sm, nil
			}
		}
	}
	if root == "" {
		return nil, crossread.Errorf(crossread.EINVALID, "not a sitemap: no XML element")
	}
	if len(sm.URLs) > 0 && cur != nil && cur.Loc == "" {
		sm.URLs = sm.URLs[:len(sm.URLs)-1]
	}
	return &sm, nil
}

// parseDate reads W3C datetime and the looser forms found in the wild.
func parseDate(s string) (ts crossread.Timestamp) {
	defer func() {
		if recover() != nil { // dateparse has panicked on odd input before
			ts = crossread.Timestamp{}
		}
	}()
	if s == "" {
		return crossread.Timestamp{}
	}
	if t, err := crossread.ParseTimestamp(s); err == nil {
		return t
	}
	t, err := dateparse.ParseAny(s)
	if err != nil || t.Year() < 1900 || t.Year() > 2200 {
		return crossread.Timestamp{}
	}
	return crossread.Timestamp{Time: t, HasClock: t.Hour() != 0 || t.Minute() != 0 || t.Second() != 0}
}
