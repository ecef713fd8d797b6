package quote

import (
	"os"
	"testing"
	"time"

	"crossread"
	"crossread/number"
	"crossread/timex"
)

func article700(b *testing.B) *crossread.Doc {
	b.Helper()
	raw, err := os.ReadFile("testdata/article700.txt")
	if err != nil {
		b.Fatal(err)
	}
	return &crossread.Doc{Article: &crossread.Article{ID: "bench", Text: string(raw)}}
}

func BenchmarkExtract700Words(b *testing.B) {
	doc := article700(b)
	b.SetBytes(int64(len(doc.Article.Text)))
	c0 := cpuTime()
	for b.Loop() {
		Extract(doc)
	}
	b.ReportMetric(float64(cpuTime()-c0)/float64(b.N), "cpu-ns/op")
}

// BenchmarkQuotesDatesNumbers700Words runs the three per-article
// extractors of this helper's stages together on one typical article.
func BenchmarkQuotesDatesNumbers700Words(b *testing.B) {
	doc := article700(b)
	ref := time.Date(2025, 11, 6, 0, 0, 0, 0, time.UTC)
	b.SetBytes(int64(len(doc.Article.Text)))
	c0 := cpuTime()
	for b.Loop() {
		Extract(doc)
		timex.Extract("bench", doc.Article.Text, ref)
		number.Extract("bench", doc.Article.Text)
	}
	b.ReportMetric(float64(cpuTime()-c0)/float64(b.N), "cpu-ns/op")
}

func TestArticle700(t *testing.T) {
	raw, err := os.ReadFile("testdata/article700.txt")
	if err != nil {
		t.Fatal(err)
	}
	qs := Extract(&crossread.Doc{Article: &crossread.Article{ID: "x", Text: string(raw)}})
	withSpeaker := 0
	for _, q := range qs {
		if q.Speaker != "" {
			withSpeaker++
		}
		if q.Text == "Nobody here believes the promises any more," && q.Speaker != "" {
			t.Errorf("banner quote attributed to %q", q.Speaker)
		}
	}
	if len(qs) < 18 || withSpeaker < 16 {
		t.Errorf("%d quotes, %d with speakers", len(qs), withSpeaker)
		for _, q := range qs {
			t.Logf("%q ← %q (%s)", q.Text, q.Speaker, q.Role)
		}
	}
}
