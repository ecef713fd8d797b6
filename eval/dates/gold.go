package dates

import (
	"errors"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"

	"crossread"
)

// entry is one annotated page of go-htmldate's comparison corpus.
type entry struct {
	URL  string
	File string
	Date string // the gold publication day, YYYY-MM-DD; "nan" where unknown
}

// goldSources are the data files of go-htmldate's comparison script and the
// variable each holds, in the order the script concatenates them.
var goldSources = []struct{ file, variable string }{
	{"data-mediacloud.go", "mediacloudData"},
	{"data-default.go", "defaultComparisonData"},
}

// pageDirs are searched in this order for an entry's file, as the upstream
// script's openFile does.
var pageDirs = []string{"mediacloud", "comparison", "mock"}

// loadGold reads the gold entries from the corpus's Go source. The data is
// read as syntax (go/parser), never executed or copied into this module.
func loadGold(dir string) ([]entry, error) {
	var all []entry
	for _, src := range goldSources {
		path := filepath.Join(dir, "scripts", "comparison", src.file)
		entries, err := parseGoldFile(path, src.variable)
		if err != nil {
			return nil, err
		}
		all = append(all, entries...)
	}
	return all, nil
}

func parseGoldFile(path, variable string) ([]entry, error) {
	raw, err := os.ReadFile(path)
	if err != nil {
		code := crossread.EINVALID
		if errors.Is(err, fs.ErrNotExist) {
			code = crossread.ENOTFOUND
		}
		return nil, &crossread.Error{Code: code, Op: "read " + path, Err: err}
	}
	return parseGold(path, raw, variable)
}

// parseGold finds `var <variable> = []T{{Key: "string", ...}, ...}` in src
// and returns its elements. Anything else in that literal is an error that
// names its position, so a changed upstream format fails loudly.
func parseGold(path string, src []byte, variable string) ([]entry, error) {
	fset := token.NewFileSet()
	file, err := parser.ParseFile(fset, path, src, parser.SkipObjectResolution)
	if err != nil {
		return nil, &crossread.Error{Code: crossread.EINVALID, Op: "parse " + path, Err: err}
	}
	bad := func(n ast.Node, format string, args ...any) error {
		return &crossread.Error{Code: crossread.EINVALID, Op: "parse " + fset.Position(n.Pos()).String(),
			Message: fmt.Sprintf(format, args...)}
	}
	list := findVar(file, variable)
	if list == nil {
		return nil, &crossread.Error{Code: crossread.EINVALID, Op: "parse " + path,
			Message: fmt.Sprintf("no composite literal assigned to var %s", variable)}
	}
	entries := make([]entry, 0, len(list.Elts))
	for _, elt := range list.Elts {
		lit, ok := elt.(*ast.CompositeLit)
		if !ok {
			return nil, bad(elt, "entry is %T, want a composite literal", elt)
		}
		var e entry
		for _, field := range lit.Elts {
			kv, ok := field.(*ast.KeyValueExpr)
			if !ok {
				return nil, bad(field, "field without a key")
			}
			key, ok := kv.Key.(*ast.Ident)
			if !ok {
				return nil, bad(kv.Key, "field key is %T, want a name", kv.Key)
			}
			value, ok := kv.Value.(*ast.BasicLit)
			if !ok || value.Kind != token.STRING {
				return nil, bad(kv.Value, "field %s is not a string literal", key.Name)
			}
			s, err := strconv.Unquote(value.Value)
			if err != nil {
				return nil, bad(value, "field %s: %v", key.Name, err)
			}
			switch key.Name {
			case "URL":
				e.URL = s
			case "File":
				e.File = s
			case "Date":
				e.Date = s
			}
			// Fast and Extensive are the Python reference's outputs; this
			// evaluation runs go-htmldate itself instead.
		}
		if e.File == "" {
			return nil, bad(lit, "entry without a File")
		}
		if !filepath.IsLocal(e.File) {
			return nil, bad(lit, "File %q is not a plain relative name", e.File)
		}
		entries = append(entries, e)
	}
	return entries, nil
}

func findVar(file *ast.File, name string) *ast.CompositeLit {
	for _, decl := range file.Decls {
		gen, ok := decl.(*ast.GenDecl)
		if !ok || gen.Tok != token.VAR {
			continue
		}
		for _, spec := range gen.Specs {
			vs, ok := spec.(*ast.ValueSpec)
			if !ok {
				continue
			}
			for i, id := range vs.Names {
				if id.Name != name || i >= len(vs.Values) {
					continue
				}
				if lit, ok := vs.Values[i].(*ast.CompositeLit); ok {
					return lit
				}
			}
		}
	}
	return nil
}

// readPage returns the entry's HTML from the first of test-files/{mediacloud,
// comparison,mock} that holds it, and that path.
func readPage(dir, file string) ([]byte, string, error) {
	for _, sub := range pageDirs {
		path := filepath.Join(dir, "test-files", sub, file)
		b, err := os.ReadFile(path)
		if err == nil {
			return b, path, nil
		}
		if !errors.Is(err, fs.ErrNotExist) {
			return nil, path, &crossread.Error{Code: crossread.EINVALID, Op: "read " + path, Err: err}
		}
	}
	where := filepath.Join(dir, "test-files", "{mediacloud,comparison,mock}", file)
	return nil, where, &crossread.Error{Code: crossread.ENOTFOUND, Op: "read " + where, Message: "no such file"}
}
