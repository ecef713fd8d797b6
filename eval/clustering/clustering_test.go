package clustering

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

const tiny = `{"id":"a1","title":"Quake hits Valdoria","text":"A magnitude 6.4 earthquake struck Valdoria near Marenza, killing 12.","published":"2026-03-02","story":1}
{"id":"a2","title":"Valdoria quake toll rises","text":"The Valdoria earthquake near Marenza killed 12, officials in Marenza said of the 6.4 quake.","published":"2026-03-02","story":1}
{"id":"b1","title":"Election in Korvan","text":"Voters in Korvan elected Pavel Dusan as governor with 54 percent.","published":"2026-03-02","story":"2"}
`

func TestRunOnTinyFile(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "tiny.jsonl")
	if err := os.WriteFile(path, []byte(tiny), 0o644); err != nil {
		t.Fatal(err)
	}
	var out, errOut bytes.Buffer
	if err := Run(context.Background(), []string{path}, &out, &errOut); err != nil {
		t.Fatal(err, errOut.String())
	}
	if !strings.Contains(out.String(), "tiny") {
		t.Fatalf("no row for the file:\n%s", out.String())
	}
	items, err := ReadJSONL(strings.NewReader(tiny), "tiny")
	if err != nil || len(items) != 3 || items[2].Story != "2" || items[0].Article.Published.IsZero() {
		t.Fatalf("read %+v, %v", items, err)
	}
}

func TestReadJSONLRejectsMissingGold(t *testing.T) {
	if _, err := ReadJSONL(strings.NewReader(`{"id":"x","text":"t"}`), "f"); err == nil {
		t.Fatal("no error for a line without a story")
	}
}

func TestSubsetKeepsTopicsTogether(t *testing.T) {
	items, _ := ReadJSONL(strings.NewReader(`{"id":"1","story":"1a","topic":1}
{"id":"2","story":"1b","topic":1}
{"id":"3","story":"2a","topic":2}`), "f")
	even, _ := Subset(items, "even")
	odd, _ := Subset(items, "odd")
	if len(even) != 2 || len(odd) != 1 {
		t.Fatalf("even %d odd %d", len(even), len(odd))
	}
}

func FuzzReadJSONL(f *testing.F) {
	f.Add(tiny)
	f.Add(`{"id":1}`)
	f.Add("{\"story\":null,\"published\":\"x\"}\n\n")
	f.Fuzz(func(t *testing.T, s string) {
		items, err := ReadJSONL(strings.NewReader(s), "fuzz")
		if err == nil {
			for _, it := range items {
				if it.Story == "" || it.Article == nil || it.Article.ID == "" {
					t.Fatalf("bad item %+v", it)
				}
			}
		}
	})
}

func TestShuffledOrdersOfAnEasyFileScoreAsTheFileOrder(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "tiny.jsonl")
	if err := os.WriteFile(path, []byte(tiny), 0o644); err != nil {
		t.Fatal(err)
	}
	var out, errOut bytes.Buffer
	if err := Run(context.Background(), []string{"--shuffle", "3", path}, &out, &errOut); err != nil {
		t.Fatal(err, errOut.String())
	}
	if !strings.Contains(out.String(), "mean of 3 orders; B-cubed F1 1.000–1.000") {
		t.Fatalf("three orders of two clear stories should all score 1:\n%s", out.String())
	}
}
