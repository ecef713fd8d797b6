package dates

import (
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"crossread"
)

// fakeCorpus lays out a miniature go-htmldate module directory: the two
// gold files as Go source and pages spread over the three page folders.
func fakeCorpus(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	write := func(rel, content string) {
		t.Helper()
		path := filepath.Join(dir, filepath.FromSlash(rel))
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("scripts/comparison/data-mediacloud.go", `package main

var mediacloudData = []comparisonEntry{
	{
		URL:       "https://news.example/a",
		File:      "dated.html",
		Date:      "2021-03-04",
		Fast:      "2021-03-04",
		Extensive: "2021-03-04",
	},
}
`)
	write("scripts/comparison/data-default.go", `package main

var defaultComparisonData = []comparisonEntry{
	{URL: "https://news.example/b", File: "dated.html", Date: "2019-02-02"},
	{URL: "https://news.example/c", File: "undated.html", Date: "2020-05-05"},
	{URL: "https://news.example/d", File: "undated.html", Date: ""},
	{URL: "https://news.example/e", File: "other.html", Date: "nan"},
	{URL: "https://news.example/f", File: "missing.html", Date: "2020-01-01"},
}
`)
	dated := `<html><head><title>Harbour reopens</title>
<meta property="article:published_time" content="2021-03-04T10:00:00Z"></head>
<body><article><h1>Harbour reopens</h1><p>` + strings.Repeat("The harbour reopened to ships after the storm. ", 12) + `</p></article></body></html>`
	undated := `<html><head><title>Notes</title></head><body><article><p>` +
		strings.Repeat("Some words without any calendar in them. ", 12) + `</p></article></body></html>`
	// dated.html is in mediacloud and a decoy in comparison: mediacloud wins.
	write("test-files/mediacloud/dated.html", dated)
	write("test-files/comparison/dated.html", undated)
	write("test-files/comparison/undated.html", undated)
	write("test-files/mock/other.html", dated)
	return dir
}

func TestLoadGoldReadsBothFilesInUpstreamOrder(t *testing.T) {
	gold, err := loadGold(fakeCorpus(t))
	if err != nil {
		t.Fatal(err)
	}
	want := []entry{
		{URL: "https://news.example/a", File: "dated.html", Date: "2021-03-04"},
		{URL: "https://news.example/b", File: "dated.html", Date: "2019-02-02"},
		{URL: "https://news.example/c", File: "undated.html", Date: "2020-05-05"},
		{URL: "https://news.example/d", File: "undated.html", Date: ""},
		{URL: "https://news.example/e", File: "other.html", Date: "nan"},
		{URL: "https://news.example/f", File: "missing.html", Date: "2020-01-01"},
	}
	if len(gold) != len(want) {
		t.Fatalf("got %d entries, want %d: %+v", len(gold), len(want), gold)
	}
	for i := range want {
		if gold[i] != want[i] {
			t.Errorf("entry %d = %+v, want %+v", i, gold[i], want[i])
		}
	}
}

func TestParseGoldRejectsMalformedData(t *testing.T) {
	cases := map[string]string{
		"syntax error":        "package main\nvar mediacloudData = []comparisonEntry{{File: \"a.html\",",
		"missing variable":    "package main\nvar otherData = []comparisonEntry{{File: \"a.html\"}}\n",
		"not a string":        "package main\nvar mediacloudData = []comparisonEntry{{File: \"a.html\", Date: 2020}}\n",
		"positional field":    "package main\nvar mediacloudData = []comparisonEntry{{\"u\", \"a.html\"}}\n",
		"entry not a literal": "package main\nvar mediacloudData = []comparisonEntry{x}\n",
		"no file":             "package main\nvar mediacloudData = []comparisonEntry{{URL: \"u\"}}\n",
		"file escapes dir":    "package main\nvar mediacloudData = []comparisonEntry{{File: \"../../etc/passwd\"}}\n",
		"empty source":        "",
	}
	for name, src := range cases {
		t.Run(name, func(t *testing.T) {
			_, err := parseGold("data-mediacloud.go", []byte(src), "mediacloudData")
			if crossread.ErrorCode(err) != crossread.EINVALID {
				t.Fatalf("err = %v, want an %s error", err, crossread.EINVALID)
			}
			if !strings.Contains(err.Error(), "data-mediacloud.go") {
				t.Errorf("error does not name the file: %v", err)
			}
		})
	}
}

func TestLoadGoldReportsAMissingDataFile(t *testing.T) {
	_, err := loadGold(t.TempDir())
	if crossread.ErrorCode(err) != crossread.ENOTFOUND || !strings.Contains(err.Error(), "data-mediacloud.go") {
		t.Fatalf("err = %v", err)
	}
}

func TestScoringFollowsUpstreamEvaluateResult(t *testing.T) {
	var c counts
	c.add("", "")                     // TN
	c.add("", "2020-01-01")           // FN
	c.add("2020-01-01", "2020-01-01") // TP
	c.add("2020-01-02", "2020-01-01") // FP: another day
	c.add("2020-01-02", "")           // FP: a day where none is due
	c.add("2020-01-02", "nan")        // FP: "nan" never matches
	c.add("", "nan")                  // FN
	if c != (counts{TP: 1, FN: 2, FP: 3, TN: 1}) {
		t.Fatalf("counts = %+v", c)
	}
	if c.precision() != 0.25 || c.recall() != 1.0/3 || c.accuracy() != 2.0/7 {
		t.Errorf("P %v R %v accuracy %v", c.precision(), c.recall(), c.accuracy())
	}
	// F1 as upstream computes it: 2TP / (2TP + FP + FN).
	if got, want := c.f1(), 2.0/(2+3+2); got-want > 1e-12 || want-got > 1e-12 {
		t.Errorf("F1 = %v, want %v", got, want)
	}
	var none counts
	if none.precision() != 0 || none.f1() != 0 {
		t.Errorf("empty counts should score 0, not NaN")
	}
}

func TestRunPrintsTheTableAndSkipsUnreadablePages(t *testing.T) {
	dir := fakeCorpus(t)
	tsv := filepath.Join(t.TempDir(), "pages.tsv")
	var out, errOut bytes.Buffer
	err := Run(context.Background(), []string{dir, "--no-timing", "-j", "2", "--pages", tsv}, &out, &errOut)
	if err != nil {
		t.Fatalf("Run: %v\n%s", err, errOut.String())
	}
	if !strings.Contains(errOut.String(), "missing.html") {
		t.Errorf("the unreadable page is not reported: %q", errOut.String())
	}
	table := out.String()
	if !strings.Contains(table, "5 of 6 entries") {
		t.Errorf("header does not count the skipped page:\n%s", table)
	}
	// dated.html twice (gold right, gold wrong), undated.html twice (gold
	// date, no gold), other.html with "nan": TP 1, FP 2, FN 1, TN 1.
	wantRow := "| crossread | 0.333 | 0.500 | 0.400 | 0.400 | 1 | 2 | 1 | 1 | 0 | – | – |"
	if !strings.Contains(table, wantRow) {
		t.Errorf("crossread row missing, want %q in:\n%s", wantRow, table)
	}
	for _, name := range []string{"| go-htmldate extensive |", "| go-htmldate fast |"} {
		if !strings.Contains(table, name) {
			t.Errorf("no %s row:\n%s", name, table)
		}
	}
	raw, err := os.ReadFile(tsv)
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(string(raw)), "\n")
	if len(lines) != 6 || !strings.HasPrefix(lines[1], "dated.html\t2021-03-04\t2021-03-04\t") {
		t.Errorf("per-page TSV:\n%s", raw)
	}
}

func TestRunWithTimingFillsPagesPerSecond(t *testing.T) {
	var out, errOut bytes.Buffer
	if err := Run(context.Background(), []string{"--no-url", fakeCorpus(t)}, &out, &errOut); err != nil {
		t.Fatalf("Run: %v", err)
	}
	if !strings.Contains(out.String(), "no extractor given the page URL") || strings.Contains(out.String(), "| – | – |") {
		t.Errorf("timing columns empty or mode missing:\n%s", out.String())
	}
}

func TestRunSafelyRecoversAPanic(t *testing.T) {
	boom := extractor{Name: "boom", Run: func([]byte, string) (string, error) { panic("bad page") }}
	o := runSafely(boom, page{}, false)
	if o.Err == nil || !strings.Contains(o.Err.Error(), "bad page") || o.Date != "" {
		t.Fatalf("outcome = %+v", o)
	}
}

func TestRunNeedsOneDir(t *testing.T) {
	var out, errOut bytes.Buffer
	if err := Run(context.Background(), nil, &out, &errOut); err == nil {
		t.Fatal("Run without DIR succeeded")
	}
	err := Run(context.Background(), []string{t.TempDir()}, &out, &errOut)
	if err == nil || errors.Is(err, context.Canceled) {
		t.Fatalf("Run on an empty dir: %v", err)
	}
}
