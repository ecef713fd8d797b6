package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"crossread"
	"crossread/sqlite"
)

const exampleDir = "../../examples/kazakhstan-abraham-accords"

// run executes the CLI in-process and returns its exit status and streams.
func run(t *testing.T, stdin string, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	m := &Main{Stdin: strings.NewReader(stdin), Stdout: &out, Stderr: &errb}
	code := m.Run(context.Background(), args)
	return code, out.String(), errb.String()
}

func analyzeJSON(t *testing.T, args ...string) Output {
	t.Helper()
	code, out, stderr := run(t, "", append([]string{"analyze", "--json"}, args...)...)
	if code != 0 {
		t.Fatalf("analyze exited %d: %s", code, stderr)
	}
	var doc Output
	if err := json.Unmarshal([]byte(out), &doc); err != nil {
		t.Fatalf("analyze output is not JSON: %v\n%s", err, out)
	}
	if doc.Schema != "crossread/v1" {
		t.Fatalf("schema = %q", doc.Schema)
	}
	return doc
}

func fold(s string) string {
	r := strings.NewReplacer("“", "\"", "”", "\"", "‘", "'", "’", "'")
	return strings.Join(strings.Fields(r.Replace(s)), " ")
}

// checkBriefFaithful asserts the contract's central promise: every brief
// sentence cites at least one article, and is found in every article it cites.
func checkBriefFaithful(t *testing.T, doc Output) {
	t.Helper()
	texts := map[string]string{}
	for _, a := range doc.Articles {
		texts[a.ID] = fold(a.Title + "\n" + a.Text)
	}
	for _, s := range doc.Stories {
		n := 0
		for _, sec := range s.Brief.Sections {
			if sec.Title == crossread.SectionSources {
				continue
			}
			for _, bs := range sec.Sentences {
				n++
				if len(bs.ArticleIDs) == 0 {
					t.Errorf("story %s, %q: sentence without citation: %q", s.ID, sec.Title, bs.Text)
				}
				for _, id := range bs.ArticleIDs {
					text, ok := texts[id]
					if !ok {
						t.Errorf("story %s: sentence cites unknown article %s", s.ID, id)
						continue
					}
					if !strings.Contains(text, fold(bs.Text)) {
						t.Errorf("story %s, %q: sentence not found in cited article %s: %q", s.ID, sec.Title, id, bs.Text)
					}
				}
			}
		}
		if n == 0 {
			t.Errorf("story %s has an empty brief", s.ID)
		}
	}
}

func TestAnalyzeExample(t *testing.T) {
	doc := analyzeJSON(t, exampleDir)
	var txt int
	for _, a := range doc.Articles {
		if strings.HasSuffix(a.Path, ".txt") {
			txt++
		}
	}
	if txt != 5 {
		t.Fatalf("got %d example articles, want 5", txt)
	}
	var storyOf5 bool
	for _, s := range doc.Stories {
		if len(s.ArticleIDs) == 5 {
			storyOf5 = true
		}
	}
	if !storyOf5 {
		var sizes []int
		for _, s := range doc.Stories {
			sizes = append(sizes, len(s.ArticleIDs))
		}
		t.Fatalf("the five articles are not one story: sizes %v", sizes)
	}
	checkBriefFaithful(t, doc)
}

// writeCorpus writes a small story of its own, unrelated to the example: three
// outlets on a fictional bridge collapse, plus one unrelated article.
func writeCorpus(t *testing.T, dir string) {
	t.Helper()
	files := map[string]string{
		"north.txt": `Bridge collapse in Veloria kills three

The Old Harbour Bridge in Veloria collapsed on Monday evening, killing three people and injuring twelve, city officials said.
Mayor Ilse Marrow said the bridge had been inspected in 2019 and declared safe. "We will find out what went wrong," Marrow told reporters.
Rescue teams searched the river through the night. The city has closed two other bridges of the same design while engineers inspect them.
The collapse is the worst infrastructure failure in the region since 1998.`,
		"south.txt": `Veloria bridge collapse: three dead, twelve injured

The Old Harbour Bridge in Veloria collapsed on Monday evening, killing three people and injuring twelve, city officials said.
Engineers said heavy traffic and corrosion may have weakened the steel supports. An inquiry will report within six months.
"We will find out what went wrong," Marrow told reporters at the scene.
Opposition councillors said they had warned about the bridge for years.`,
		"east.txt": `Three killed as Veloria's harbour bridge falls

Officials said the Old Harbour Bridge in Veloria collapsed on Monday evening, killing three people and injuring fourteen.
Mayor Ilse Marrow said the bridge had been inspected in 2019 and declared safe.
The city has closed two other bridges of the same design while engineers inspect them.
Residents laid flowers at the river bank on Tuesday.`,
		"other.txt": `Orchard growers expect record apple harvest

Apple growers in the Tarn valley expect a record harvest this autumn after a mild spring and steady rain.
The growers' cooperative said prices could fall by a tenth as supply rises.
Exports to neighbouring markets are expected to grow.`,
	}
	for name, body := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

func TestAnalyzeOwnCorpus(t *testing.T) {
	dir := t.TempDir()
	writeCorpus(t, dir)
	doc := analyzeJSON(t, dir)
	if len(doc.Articles) != 4 {
		t.Fatalf("got %d articles, want 4", len(doc.Articles))
	}
	var biggest *crossread.Story
	for _, s := range doc.Stories {
		if biggest == nil || len(s.ArticleIDs) > len(biggest.ArticleIDs) {
			biggest = s
		}
	}
	if len(biggest.ArticleIDs) != 3 {
		t.Errorf("the bridge story has %d articles, want 3", len(biggest.ArticleIDs))
	}
	checkBriefFaithful(t, doc)
}

func TestBadInputIsReportedAndSkipped(t *testing.T) {
	dir := t.TempDir()
	writeCorpus(t, dir)
	bad := map[string][]byte{
		"binary.txt":  {0x7f, 'E', 'L', 'F', 0, 0, 1, 2, 0, 0, 0, 0, 0xff, 0xfe, 0, 0},
		"empty.txt":   {},
		"invalid.txt": []byte("caf\xe9 \xff\xfe\xfd broken \xc3\x28 bytes \x80\x81"),
	}
	for name, b := range bad {
		if err := os.WriteFile(filepath.Join(dir, name), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	huge := filepath.Join(dir, "huge.txt")
	f, err := os.Create(huge)
	if err != nil {
		t.Fatal(err)
	}
	if err := f.Truncate(100 << 20); err != nil {
		t.Fatal(err)
	}
	f.Close()

	doc := analyzeJSON(t, dir)
	if len(doc.Articles) < 4 {
		t.Errorf("good articles lost: got %d, want at least 4", len(doc.Articles))
	}
	reported := map[string]string{}
	for _, e := range doc.Errors {
		reported[filepath.Base(e.Path)] = e.Error
	}
	for _, name := range []string{"binary.txt", "empty.txt", "huge.txt"} {
		if reported[name] == "" {
			t.Errorf("%s not listed under errors (errors: %v)", name, doc.Errors)
		}
	}
	// invalid.txt may be read as a legacy single-byte encoding; either way it
	// must not pass through as invalid UTF-8.
	for _, a := range doc.Articles {
		if !json.Valid([]byte(fmt.Sprintf("%q", a.Text))) {
			t.Errorf("article %s has invalid text", a.ID)
		}
	}
}

func TestNoReadableInputFails(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "empty.txt"), nil, 0o644)
	code, _, stderr := run(t, "", "analyze", "--json", dir)
	if code == 0 {
		t.Fatal("exit status 0 with no readable input")
	}
	if !strings.Contains(stderr, "no readable") {
		t.Errorf("unclear message: %q", stderr)
	}
	code, _, _ = run(t, "", "analyze", filepath.Join(dir, "does-not-exist"))
	if code == 0 {
		t.Fatal("exit status 0 for a missing path")
	}
}

func TestHelpOnEveryCommand(t *testing.T) {
	for name := range commands {
		code, _, stderr := run(t, "", name, "--help")
		if code != 0 {
			t.Errorf("%s --help exited %d", name, code)
		}
		if !strings.Contains(stderr, "Usage: crossread "+name) {
			t.Errorf("%s --help prints no usage: %q", name, stderr)
		}
	}
}

func TestBriefMarkdownCitesSources(t *testing.T) {
	code, out, stderr := run(t, "", "brief", exampleDir)
	if code != 0 {
		t.Fatalf("brief exited %d: %s", code, stderr)
	}
	for _, want := range []string{"What's happening", "Sources", "[1]"} {
		if !strings.Contains(out, want) {
			t.Errorf("brief lacks %q:\n%s", want, out)
		}
	}
}

func TestIngestThenBriefFromDB(t *testing.T) {
	dir := t.TempDir()
	corpus := filepath.Join(dir, "in")
	os.Mkdir(corpus, 0o755)
	writeCorpus(t, corpus)
	db := filepath.Join(dir, "x.db")
	if code, _, stderr := run(t, "", "ingest", "--db", db, corpus); code != 0 {
		t.Fatalf("ingest: %s", stderr)
	}
	code, out, stderr := run(t, "", "stories", "--db", db)
	if code != 0 {
		t.Fatalf("stories: %s", stderr)
	}
	fields := strings.Fields(out)
	if len(fields) == 0 {
		t.Fatalf("no stories listed")
	}
	id := fields[0]
	code, out, stderr = run(t, "", "brief", "--db", db, id)
	if code != 0 {
		t.Fatalf("brief --db: %s", stderr)
	}
	if !strings.Contains(out, "What's happening") {
		t.Errorf("stored brief missing:\n%s", out)
	}
	// The same input again changes nothing.
	_, out1, _ := run(t, "", "stories", "--db", db)
	run(t, "", "ingest", "--db", db, corpus)
	_, out2, _ := run(t, "", "stories", "--db", db)
	if out1 != out2 {
		t.Errorf("re-ingest changed the stories:\n%s\nvs\n%s", out1, out2)
	}
}

func writeJSONL(t *testing.T, path string, arts ...map[string]string) {
	t.Helper()
	var b strings.Builder
	for _, a := range arts {
		line, _ := json.Marshal(a)
		b.Write(line)
		b.WriteByte('\n')
	}
	if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
}

func TestIngestDayTwoExtendsDayOne(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "x.db")
	day1 := filepath.Join(dir, "day1.jsonl")
	day2 := filepath.Join(dir, "day2.jsonl")
	writeJSONL(t, day1,
		map[string]string{"id": "n1", "source": "North Post", "published": "2025-03-03", "title": "Harbour bridge collapses in Veloria",
			"text": "The Old Harbour Bridge in Veloria collapsed on Monday evening, killing three people, city officials said. Mayor Ilse Marrow ordered an inquiry into the collapse of the harbour bridge."},
		map[string]string{"id": "s1", "source": "South Daily", "published": "2025-03-03", "title": "Three dead as Veloria bridge falls",
			"text": "Three people died when the Old Harbour Bridge in Veloria collapsed on Monday, officials said. Mayor Ilse Marrow said the bridge had passed inspection."},
		map[string]string{"id": "o1", "source": "Farm Weekly", "published": "2025-03-03", "title": "Apple growers expect record harvest",
			"text": "Apple growers in the Tarn valley expect a record harvest after a mild spring. The cooperative said prices could fall."},
	)
	writeJSONL(t, day2,
		map[string]string{"id": "e2", "source": "East Herald", "published": "2025-03-04", "title": "Veloria bridge collapse: inquiry begins",
			"text": "An inquiry into the collapse of the Old Harbour Bridge in Veloria began on Tuesday, a day after three people were killed. Mayor Ilse Marrow said engineers would inspect the harbour's other bridges."},
	)
	storyOf := func(article string) (string, int) {
		t.Helper()
		d, err := sqliteStoryOf(db, article)
		if err != nil {
			t.Fatal(err)
		}
		return d.ID, len(d.ArticleIDs)
	}
	if code, _, stderr := run(t, "", "ingest", "--db", db, day1); code != 0 {
		t.Fatalf("ingest day 1: %s", stderr)
	}
	id1, n1 := storyOf("n1")
	if n1 != 2 {
		t.Fatalf("day 1 bridge story has %d articles, want 2", n1)
	}
	if code, _, stderr := run(t, "", "ingest", "--db", db, day2); code != 0 {
		t.Fatalf("ingest day 2: %s", stderr)
	}
	id2, n2 := storyOf("e2")
	if id2 != id1 || n2 != 3 {
		t.Fatalf("day 2 article went to %s (%d articles), want day 1's story %s with 3", id2, n2, id1)
	}
	_, before, _ := run(t, "", "stories", "--db", db)
	_, out, _ := run(t, "", "ingest", "--db", db, day1, day2)
	_, after, _ := run(t, "", "stories", "--db", db)
	if before != after || !strings.Contains(out, "0 new") {
		t.Errorf("re-ingesting changed the store: %q\n%s\nvs\n%s", out, before, after)
	}
}

func sqliteStoryOf(path, articleID string) (*crossread.Story, error) {
	ctx := context.Background()
	db, err := sqlite.Open(ctx, path)
	if err != nil {
		return nil, err
	}
	defer db.Close()
	a, err := db.FindArticleByID(ctx, articleID)
	if err != nil {
		return nil, err
	}
	return db.FindStoryByID(ctx, a.StoryID)
}
