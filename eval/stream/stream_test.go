package stream

import (
	"bytes"
	"context"
	"strings"
	"testing"
)

func TestGeneratorIsDeterministicAndOrdered(t *testing.T) {
	g1, g2 := NewGenerator(DefaultGen()), NewGenerator(DefaultGen())
	prev := g1.Next()
	if prev.Article.Text != g2.Next().Article.Text {
		t.Fatal("same seed, different first article")
	}
	stories := map[int]int{}
	for i := 0; i < 3000; i++ {
		it := g1.Next()
		if it.Article.Published.Time.Before(prev.Article.Published.Time) {
			t.Fatalf("article %d out of order", i)
		}
		if it.Article.Text == "" || it.Article.Title == "" {
			t.Fatalf("empty article %+v", it.Article)
		}
		stories[it.Story]++
		prev = it
	}
	if len(stories) < 100 {
		t.Errorf("only %d stories in 3000 articles", len(stories))
	}
}

func TestRunSmall(t *testing.T) {
	var out, errOut bytes.Buffer
	if err := Run(context.Background(), []string{"-n", "3000", "-dedup"}, &out, &errOut); err != nil {
		t.Fatal(err, errOut.String())
	}
	if !strings.Contains(out.String(), "3000") {
		t.Fatalf("no result row:\n%s", out.String())
	}
}
