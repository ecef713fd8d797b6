package brief_test

import (
	"context"
	"fmt"
	"testing"

	"crossread"
	"crossread/analyze"
	"crossread/brief"
	"crossread/claim"
	"crossread/entity"
	"crossread/source"
)

// BenchmarkBuild50 times the brief of a 50-article story built from the
// bundled example the way `crossread bench analyze` does: each article used
// again under another id and outlet.
func BenchmarkBuild50(b *testing.B) {
	arts, _ := source.Load(context.Background(), []string{"../examples/kazakhstan-abraham-accords"}, source.Options{Offline: true, Jobs: 1})
	if len(arts) == 0 {
		b.Skip("bundled example not readable")
	}
	docs := make([]*crossread.Doc, 0, 50)
	for i := 0; len(docs) < 50; i++ {
		a := *arts[i%len(arts)]
		a.ID = fmt.Sprintf("%s-%d", a.ID, i)
		if i >= len(arts) {
			a.Source = fmt.Sprintf("%s (%d)", a.Source, i)
		}
		docs = append(docs, analyze.Document(&a))
	}
	s := analyze.Story("s", docs, analyze.Options{})
	ents := entity.Merge(docs)
	al := claim.Analyze(docs, ents).Alignment
	b.ResetTimer()
	for b.Loop() {
		brief.Build(s, docs, brief.Options{Alignment: al})
	}
}
