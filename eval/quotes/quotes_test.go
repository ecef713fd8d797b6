package quotes

import (
	"bytes"
	"context"
	"os"
	"testing"
)

// TestPolNeAR runs the evaluation when CROSSREAD_POLNEAR names the file
// (it is research data and not in the repository).
func TestPolNeAR(t *testing.T) {
	path := os.Getenv("CROSSREAD_POLNEAR")
	if path == "" {
		t.Skip("set CROSSREAD_POLNEAR to polnear-dev-all.jsonl")
	}
	var out bytes.Buffer
	args := []string{path}
	if os.Getenv("CROSSREAD_VERBOSE") != "" {
		args = []string{"-v", path}
	}
	if err := Run(context.Background(), args, &out, &out); err != nil {
		t.Fatal(err)
	}
	t.Log("\n" + out.String())
}

func TestCodePoints(t *testing.T) {
	cp := codePoints("a“b”c")
	if cp[1] != 1 || cp[4] != 2 || cp[5] != 3 || cp[8] != 4 || cp[9] != 5 {
		t.Fatalf("code points %v", cp)
	}
}
