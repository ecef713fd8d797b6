package extraction

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// writeTrafilaturaCorpus lays out a two-page corpus the way go-trafilatura's
// module ships its benchmark, plus one entry whose page is missing.
func writeTrafilaturaCorpus(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	gold := `package main

var comparisonData = map[string]ComparisonEntry{
	"https://example.org/2021/03/04/river.html": {
		File:    "river.html",
		Title:   "The river rose overnight",
		Date:    "2021-03-04",
		Authors: []string{"Jane Doe"},
		With:    []string{"The river rose two metres", "Volunteers filled sandbags"},
		Without: []string{"Subscribe to our newsletter"},
	},
	"https://example.org/menu": {
		File:    "menu.html",
		With:    []string{"this sentence is not on the page"},
		Without: []string{"Home"},
	},
	"https://example.org/gone": {
		File: "gone.html",
		With: []string{"anything"},
	},
}
`
	page := `<html><head><title>The river rose overnight | Example Times</title></head><body>
<nav><a href="/">Home</a></nav>
<article><h1>The river rose overnight</h1><p class="byline">By Jane Doe, March 4, 2021</p>
<p>The river rose two metres in the night and flooded the lower town, the mayor said on Thursday morning.</p>
<p>Volunteers filled sandbags until dawn while the fire brigade pumped water out of the cellars along the quay.</p>
</article><footer><p>Subscribe to our newsletter</p></footer></body></html>`
	menu := `<html><body><nav><a href="/">Home</a> <a href="/a">About</a></nav></body></html>`
	for path, text := range map[string]string{
		trafilaturaGold:                    gold,
		"test-files/comparison/river.html": page,
		"test-files/mock/menu.html":        menu,
	} {
		p := filepath.Join(dir, path)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func TestTrafilaturaCorpusScoresSnippets(t *testing.T) {
	dir := writeTrafilaturaCorpus(t)
	var out, errOut bytes.Buffer
	if err := Run(context.Background(), []string{dir, "--no-timing", "-j", "1"}, &out, &errOut); err != nil {
		t.Fatalf("Run: %v\n%s", err, errOut.String())
	}
	if !strings.Contains(errOut.String(), "gone.html") {
		t.Errorf("the missing page is not reported: %q", errOut.String())
	}
	table := out.String()
	// Two snippets found, one not (on the menu page); no unwanted snippet
	// found: P 1, R 2/3, accuracy 4/5.
	for _, want := range []string{"snippets F1", "| crossread | 1.000 | 0.667 | 0.800 | 0.800 |", "100.0% (1/1)"} {
		if !strings.Contains(table, want) {
			t.Errorf("table lacks %q:\n%s", want, table)
		}
	}
}

func TestTrafilaturaGoldRejectsMalformedData(t *testing.T) {
	dir := t.TempDir()
	for name, src := range map[string]string{
		"syntax.go": "package main\nvar x = map[string]E{",
		"nofile.go": "package main\nvar x = map[string]E{\"u\": {Title: \"t\"}}",
		"nomap.go":  "package main\nvar x = 1",
	} {
		p := filepath.Join(dir, name)
		os.WriteFile(p, []byte(src), 0o644)
		if _, err := parseTrafilaturaGold(p); err == nil {
			t.Errorf("%s: no error", name)
		}
	}
}
