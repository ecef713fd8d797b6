package nlp

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/neurosnap/sentences/english"
)

// benchText is the bundled example's articles, repeated to ~100 KB: real
// news prose with its abbreviations, quotes and numbers.
func benchText(b *testing.B) string {
	files, _ := filepath.Glob("../examples/*/*.txt")
	var sb strings.Builder
	for sb.Len() < 100_000 && len(files) > 0 {
		for _, f := range files {
			data, err := os.ReadFile(f)
			if err != nil {
				b.Fatal(err)
			}
			sb.Write(data)
			sb.WriteString("\n\n")
		}
	}
	if sb.Len() == 0 {
		b.Skip("no example text")
	}
	return sb.String()
}

func BenchmarkSentences(b *testing.B) {
	text := benchText(b)
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		Sentences("a", text)
	}
}

// BenchmarkNeurosnapSentences measures the Punkt splitter this package
// chose not to use, on the same text.
func BenchmarkNeurosnapSentences(b *testing.B) {
	text := benchText(b)
	tok, err := english.NewSentenceTokenizer(nil)
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		tok.Tokenize(text)
	}
}

func BenchmarkTokens(b *testing.B) {
	text := benchText(b)
	n := len(Tokens(text))
	b.SetBytes(int64(len(text)))
	b.ResetTimer()
	for b.Loop() {
		Tokens(text)
	}
	b.ReportMetric(float64(n)*float64(b.N)/b.Elapsed().Seconds(), "tokens/s")
}

func BenchmarkTerms(b *testing.B) {
	text := benchText(b)
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		Terms(text)
	}
}
