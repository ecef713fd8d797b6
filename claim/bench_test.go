package claim_test

import (
	"context"
	"fmt"
	"testing"

	"crossread"
	"crossread/analyze"
	"crossread/claim"
	"crossread/source"
)

// storyDocs builds an n-article story from the bundled example the way
// `crossread bench analyze` does: each article used again under another id
// and outlet.
func storyDocs(b *testing.B, n int) []*crossread.Doc {
	b.Helper()
	arts, _ := source.Load(context.Background(), []string{"../examples/kazakhstan-abraham-accords"}, source.Options{Offline: true, Jobs: 1})
	if len(arts) == 0 {
		b.Skip("bundled example not readable")
	}
	docs := make([]*crossread.Doc, 0, n)
	for i := 0; len(docs) < n; i++ {
		a := *arts[i%len(arts)]
		a.ID = fmt.Sprintf("%s-%d", a.ID, i)
		if i >= len(arts) {
			a.Source = fmt.Sprintf("%s (%d)", a.Source, i)
		}
		docs = append(docs, analyze.Document(&a))
	}
	return docs
}

func BenchmarkAnalyze50(b *testing.B) {
	docs := storyDocs(b, 50)
	b.ResetTimer()
	for b.Loop() {
		claim.Analyze(docs, nil)
	}
}

func BenchmarkAnalyze200(b *testing.B) {
	docs := storyDocs(b, 200)
	b.ResetTimer()
	for b.Loop() {
		claim.Analyze(docs, nil)
	}
}
