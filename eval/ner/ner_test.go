package ner

import (
	"bytes"
	"math"
	"strings"
	"testing"

	"crossread/entity"
)

func TestScoreIsConllevalExactMatch(t *testing.T) {
	gold := entity.ChunksIOB([]string{"I-PER", "I-PER", "O", "I-LOC", "B-LOC", "O", "I-ORG"})
	// Gold: PER[0,2) LOC[3,4) LOC[4,5) ORG[6,7).
	pred := []entity.Chunk{
		{Start: 0, End: 2, Type: "PER"},  // exact: correct
		{Start: 3, End: 5, Type: "LOC"},  // wrong boundary: both gold LOCs missed
		{Start: 6, End: 7, Type: "MISC"}, // wrong type
	}
	var r Result
	r.Score(gold, pred)
	if r.Overall != (Counts{Correct: 1, Predicted: 3, Gold: 4}) {
		t.Fatalf("overall = %+v", r.Overall)
	}
	if c := *r.ByType["LOC"]; c != (Counts{Correct: 0, Predicted: 1, Gold: 2}) {
		t.Errorf("LOC = %+v", c)
	}
	if c := *r.ByType["MISC"]; c != (Counts{Correct: 0, Predicted: 1, Gold: 0}) {
		t.Errorf("MISC = %+v", c)
	}
	if p, rec, f := r.Overall.P(), r.Overall.R(), r.Overall.F1(); math.Abs(p-1.0/3) > 1e-9 || rec != 0.25 || math.Abs(f-2*(1.0/3)*0.25/(1.0/3+0.25)) > 1e-9 {
		t.Errorf("P R F1 = %v %v %v", p, rec, f)
	}
}

func TestCountsUndefinedAreZero(t *testing.T) {
	var c Counts
	if c.P() != 0 || c.R() != 0 || c.F1() != 0 {
		t.Errorf("empty counts give %v %v %v", c.P(), c.R(), c.F1())
	}
}

func TestChunksIOB1(t *testing.T) {
	got := entity.ChunksIOB([]string{"I-MISC", "I-PER", "I-PER", "B-PER", "O", "B-ORG", "I-ORG", "I-LOC"})
	want := []entity.Chunk{{Start: 0, End: 1, Type: "MISC"}, {Start: 1, End: 3, Type: "PER"}, {Start: 3, End: 4, Type: "PER"}, {Start: 5, End: 7, Type: "ORG"}, {Start: 7, End: 8, Type: "LOC"}}
	if len(got) != len(want) {
		t.Fatalf("got %v, want %v", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("chunk %d = %v, want %v", i, got[i], want[i])
		}
	}
}

func TestPrintTable(t *testing.T) {
	var r Result
	r.Score([]entity.Chunk{{Start: 0, End: 1, Type: "PER"}}, []entity.Chunk{{Start: 0, End: 1, Type: "PER"}})
	var b bytes.Buffer
	r.Print(&b)
	for _, want := range []string{"PER", "overall", "1.0000", "tokens/s"} {
		if !strings.Contains(b.String(), want) {
			t.Errorf("table lacks %q:\n%s", want, b.String())
		}
	}
}
