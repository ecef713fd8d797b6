package summaries

import (
	"bytes"
	"context"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestRouge(t *testing.T) {
	// summary: the cat sat on the mat (6); reference: the cat lay on the mat (6)
	s := Rouge("The cat sat on the mat.", "the cat lay on the mat")
	want := Scores{R1: 5.0 / 6, R2: 3.0 / 5, RL: 5.0 / 6}
	if math.Abs(s.R1-want.R1) > 1e-9 || math.Abs(s.R2-want.R2) > 1e-9 || math.Abs(s.RL-want.RL) > 1e-9 {
		t.Errorf("Rouge = %+v, want %+v", s, want)
	}
	if r := Rouge("", "x"); r != (Scores{}) {
		t.Errorf("empty summary scores %+v", r)
	}
	if got := strings.Join(Tokens("U.S. COVID-19, it's"), " "); got != "u s covid 19 it s" {
		t.Errorf("Tokens = %q", got)
	}
	if got := CutWords("a b  c\nd e", 3); got != "a b c" {
		t.Errorf("CutWords = %q", got)
	}
}

func TestRun_SmallFile(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "s.jsonl")
	line := `{"id":"x1","articles":[{"title":"Council approves budget.","text":"The city council approved a new transport budget on Tuesday. Buses will run at night."},` +
		`{"title":"Budget passes.","text":"On Tuesday the city council approved the transport budget. Critics called it costly."},` +
		`{"title":"Transit plan.","text":"A new transport budget was approved by the city council on Tuesday, officials said."}],` +
		`"reference":{"title":"City Council Approves Transport Budget.","text":"The city council approved a new transport budget on Tuesday."}}`
	os.WriteFile(in, []byte(line+"\n"), 0o644)
	out := filepath.Join(dir, "out.jsonl")
	var stdout, stderr bytes.Buffer
	if err := Run(context.Background(), []string{"--out", out, in}, &stdout, &stderr); err != nil {
		t.Fatal(err, stderr.String())
	}
	if !strings.Contains(stdout.String(), "passing verify: 1/1 (100.0%)") && !strings.Contains(stdout.String(), "(100.0%)") {
		t.Errorf("output: %s", stdout.String())
	}
	b, _ := os.ReadFile(out)
	if !strings.Contains(string(b), `"id":"x1"`) || !strings.Contains(string(b), "city council approved") {
		t.Errorf("--out file: %s", b)
	}
}
