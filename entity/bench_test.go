package entity

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"crossread"
)

// syntheticArticle is a ~700-word news-like article; n varies the names so
// that a story's articles are not identical.
func syntheticArticle(n int) string {
	para := []string{
		"President Anna Lindqvist of Sweden met Chancellor Tomas Brandt in Berlin on Tuesday to discuss the energy crisis, officials said.",
		"Lindqvist told reporters that the European Union would announce a new package of measures worth 17 billion euros next month.",
		"The talks, which lasted more than three hours, also covered the war in Ukraine and relations with China and the United States.",
		fmt.Sprintf("\"We agreed that Europe must act together,\" Brandt said at a joint news conference, according to Reuters report number %d.", n),
		"Critics in the Riksdag accused the government of moving too slowly, while the opposition Moderate Party called for a vote.",
		"Analysts at Goldman Sachs said markets in Frankfurt and Stockholm rose after the announcement, led by shares of Volvo and Siemens.",
	}
	var b strings.Builder
	for words := 0; words < 700; {
		for _, p := range para {
			b.WriteString(p)
			b.WriteString("\n\n")
			words += len(strings.Fields(p))
		}
	}
	return b.String()
}

func BenchmarkRecognize700Words(b *testing.B) {
	d := docFromText("bench", syntheticArticle(0))
	Recognize(d) // load the model outside the timing
	tokens := 0
	for _, s := range d.Sentences {
		tokens += len(Tokenize(d.Article.Text, s.Start, s.End))
	}
	b.ReportAllocs()
	b.ResetTimer()
	c0 := processCPU()
	for b.Loop() {
		Recognize(d)
	}
	reportCPU(b, c0)
	b.ReportMetric(float64(tokens), "tokens/op")
}

// reportCPU adds the process CPU time per operation (GC included) to the
// benchmark's figures.
func reportCPU(b *testing.B, c0 time.Duration) {
	if c := processCPU() - c0; c > 0 && b.N > 0 {
		b.ReportMetric(float64(c.Microseconds())/1000/float64(b.N), "cpu-ms/op")
	}
}

func BenchmarkMerge50Articles(b *testing.B) {
	docs := make([]*crossread.Doc, 50)
	for i := range docs {
		docs[i] = docFromText(fmt.Sprintf("a%02d", i), syntheticArticle(i))
		docs[i].Mentions = Recognize(docs[i])
	}
	b.ReportAllocs()
	b.ResetTimer()
	c0 := processCPU()
	for b.Loop() {
		Merge(docs)
	}
	reportCPU(b, c0)
}
