package timex

import (
	"bytes"
	"context"
	"os"
	"testing"
)

// TestTimeBank runs the evaluation when CROSSREAD_TIMEBANK names the file
// (LDC data, not in the repository).
func TestTimeBank(t *testing.T) {
	path := os.Getenv("CROSSREAD_TIMEBANK")
	if path == "" {
		t.Skip("set CROSSREAD_TIMEBANK to timebank.jsonl")
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

func TestSameValue(t *testing.T) {
	for _, c := range []struct {
		got, gold string
		want      bool
	}{
		{"2025-11-06", "2025-11", true},
		{"2025-11-06", "2025-11-06", true},
		{"199X", "199", true},
		{"2025", "2025-11", false},
		{"2025-11-06", "2025-1", false},
		{"", "PAST_REF", false},
		{"1998-02-16TNI", "1998-02-16", true},
	} {
		if got := SameValue(c.got, c.gold); got != c.want {
			t.Errorf("SameValue(%q, %q) = %v", c.got, c.gold, got)
		}
	}
}
