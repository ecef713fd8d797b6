package extraction

import (
	"bytes"
	"context"
	"strings"
	"testing"
)

func TestRunPrintsTheTable(t *testing.T) {
	var out, errOut bytes.Buffer
	if err := Run(context.Background(), []string{"testdata", "-j", "2"}, &out, &errOut); err != nil {
		t.Fatalf("Run: %v\n%s", err, errOut.String())
	}
	table := out.String()
	if !strings.Contains(table, "| crossread |") || strings.Contains(table, "go-trafilatura") {
		t.Fatalf("table:\n%s", table)
	}
	// Page 1 is extracted perfectly, page 2 not at all: word F1 is their mean.
	if !strings.Contains(table, "| 0.500 |") || !strings.Contains(table, "50.0% (1/2)") || !strings.Contains(table, "100.0% (1/1)") {
		t.Errorf("unexpected scores:\n%s", table)
	}
}

func TestRunSplitKeepsHeldOutPages(t *testing.T) {
	pages, err := loadPages("testdata", "odd", "")
	if err != nil || len(pages) != 1 || pages[0].ID != "0001" {
		t.Fatalf("odd split: %v %v", pages, err)
	}
}
