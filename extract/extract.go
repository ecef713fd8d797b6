// Package extract turns an HTML page into an Article: main text with its
// paragraphs, title, authors, date, outlet, canonical URL and language, with
// boilerplate and captions kept out of the body and listed in Removed.
package extract

import "crossread"

// Options describe where a page came from.
type Options struct {
	URL         string
	ContentType string // the HTTP Content-Type header, for its charset
}

// Extract extracts the article from an HTML page.
func Extract(page []byte, opt Options) (*crossread.Article, error) {
	return nil, crossread.Errorf(crossread.EUNSUPPORTED, "HTML extraction not implemented yet")
}
