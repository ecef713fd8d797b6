package timex

import (
	"os"
	"testing"

	"crossread"
)

func BenchmarkExtract700Words(b *testing.B) {
	raw, err := os.ReadFile("../quote/testdata/article700.txt")
	if err != nil {
		b.Fatal(err)
	}
	text := string(raw)
	ref := date(2025, 11, 6)
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		Extract("bench", text, ref)
	}
}

// BenchmarkTimeline50 groups the dated sentences of a 50-article story.
func BenchmarkTimeline50(b *testing.B) {
	raw, err := os.ReadFile("../quote/testdata/article700.txt")
	if err != nil {
		b.Fatal(err)
	}
	docs := make([]*crossread.Doc, 50)
	for i := range docs {
		docs[i] = doc(string(rune('a'+i%26))+string(rune('a'+i/26)), "2025-11-06", string(raw))
	}
	for b.Loop() {
		Timeline(docs)
	}
}
