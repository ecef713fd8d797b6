package number

import (
	"os"
	"testing"
)

func BenchmarkExtract700Words(b *testing.B) {
	raw, err := os.ReadFile("../quote/testdata/article700.txt")
	if err != nil {
		b.Fatal(err)
	}
	text := string(raw)
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		Extract("bench", text)
	}
}
