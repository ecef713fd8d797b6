package extraction

import (
	"errors"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"crossread"
)

// The trafilatura comparison corpus is the benchmark trafilatura and its Go
// port are measured on: about a thousand pages, mostly German and other
// European news and blogs, each annotated with snippets its main text must
// and must not contain, and for most of them a title, date and authors. It
// was never used to develop crossread's extractor, so it is the held-out
// check for the rules found on the WCXB pages. It ships with
// go-trafilatura's module (Apache-2.0): the gold data is the Go source file
// scripts/comparison/data.go, the pages are test-files/{comparison,mock}.
const trafilaturaGold = "scripts/comparison/data.go"

func isTrafilaturaCorpus(dir string) bool {
	_, err := os.Stat(filepath.Join(dir, trafilaturaGold))
	return err == nil
}

// trafilaturaEntry is one gold entry as written in data.go.
type trafilaturaEntry struct {
	URL, File, Title, Date string
	Authors, With, Without []string
}

// parseTrafilaturaGold reads the entries of data.go's map literal in source
// order. The file is read as Go syntax, never compiled or executed.
func parseTrafilaturaGold(path string) ([]trafilaturaEntry, error) {
	src, err := os.ReadFile(path)
	if err != nil {
		return nil, &crossread.Error{Code: crossread.ENOTFOUND, Op: "read " + path, Err: err}
	}
	f, err := parser.ParseFile(token.NewFileSet(), path, src, parser.SkipObjectResolution)
	if err != nil {
		return nil, &crossread.Error{Code: crossread.EINVALID, Op: "parse " + path, Err: err}
	}
	var entries []trafilaturaEntry
	var bad error
	ast.Inspect(f, func(n ast.Node) bool {
		lit, ok := n.(*ast.CompositeLit)
		if !ok || bad != nil {
			return bad == nil
		}
		if _, isMap := lit.Type.(*ast.MapType); !isMap {
			return true
		}
		for _, elt := range lit.Elts {
			kv, ok := elt.(*ast.KeyValueExpr)
			if !ok {
				continue
			}
			url, ok := stringLit(kv.Key)
			body, ok2 := kv.Value.(*ast.CompositeLit)
			if !ok || !ok2 {
				continue
			}
			e := trafilaturaEntry{URL: url}
			for _, fe := range body.Elts {
				field, ok := fe.(*ast.KeyValueExpr)
				if !ok {
					continue
				}
				name, _ := field.Key.(*ast.Ident)
				if name == nil {
					continue
				}
				switch name.Name {
				case "File":
					e.File, _ = stringLit(field.Value)
				case "Title":
					e.Title, _ = stringLit(field.Value)
				case "Date":
					e.Date, _ = stringLit(field.Value)
				case "Authors":
					e.Authors = stringList(field.Value)
				case "With":
					e.With = stringList(field.Value)
				case "Without":
					e.Without = stringList(field.Value)
				}
			}
			if e.File == "" {
				bad = fmt.Errorf("entry %q has no File", url)
				return false
			}
			entries = append(entries, e)
		}
		return false
	})
	if bad != nil {
		return nil, &crossread.Error{Code: crossread.EINVALID, Op: "parse " + path, Err: bad}
	}
	if len(entries) == 0 {
		return nil, &crossread.Error{Code: crossread.EINVALID, Op: "parse " + path, Err: errors.New("no map literal of entries")}
	}
	return entries, nil
}

func stringLit(e ast.Expr) (string, bool) {
	b, ok := e.(*ast.BasicLit)
	if !ok || b.Kind != token.STRING {
		return "", false
	}
	s, err := strconv.Unquote(b.Value)
	return s, err == nil
}

func stringList(e ast.Expr) []string {
	lit, ok := e.(*ast.CompositeLit)
	if !ok {
		return nil
	}
	var out []string
	for _, elt := range lit.Elts {
		if s, ok := stringLit(elt); ok {
			out = append(out, s)
		}
	}
	return out
}

// loadTrafilaturaCorpus turns the gold entries into pages. Entries are
// numbered in source order, so --split even/odd halves the corpus too. A
// page file that is missing or unreadable is reported on stderr and left
// out; the rest are evaluated.
func loadTrafilaturaCorpus(dir, split, only string, stderr io.Writer) ([]page, error) {
	entries, err := parseTrafilaturaGold(filepath.Join(dir, trafilaturaGold))
	if err != nil {
		return nil, err
	}
	want := map[string]bool{}
	for _, id := range strings.Split(only, ",") {
		if id = strings.TrimSpace(id); id != "" {
			want[id] = true
		}
	}
	var pages []page
	for i, e := range entries {
		id := fmt.Sprintf("%04d", i+1)
		if len(want) > 0 && !want[id] && !want[e.File] {
			continue
		}
		if !inSplit(id, split) {
			continue
		}
		var html []byte
		var readErr error
		for _, sub := range []string{"comparison", "mock"} {
			if html, readErr = os.ReadFile(filepath.Join(dir, "test-files", sub, e.File)); readErr == nil {
				break
			}
		}
		if readErr != nil {
			fmt.Fprintf(stderr, "eval extraction: skip %s: %v\n", e.File, readErr)
			continue
		}
		pages = append(pages, page{ID: id, File: e.File, HTML: html, Truth: truth{
			URL:         e.URL,
			Title:       e.Title,
			Author:      strings.Join(e.Authors, "; "),
			PublishDate: e.Date,
			With:        e.With,
			Without:     e.Without,
		}})
	}
	return pages, nil
}
