// Package timex evaluates date recognition and normalisation against
// TimeBank-style JSON Lines; see ../shared/eval/README.md for the metric
// definitions.
package timex

import (
	"context"
	"flag"
	"fmt"
	"io"
	"strings"
	"time"
	"unicode/utf8"

	"crossread"
	"crossread/internal/cliflag"
	"crossread/internal/jsonl"
	"crossread/internal/metric"
	"crossread/timex"
)

type goldTimex struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
	Type  string `json:"type"`
	Value string `json:"value"`
}

// Document is one TimeBank document with its creation date.
type Document struct {
	Doc     string      `json:"doc"`
	DCT     string      `json:"dct"`
	Text    string      `json:"text"`
	Timexes []goldTimex `json:"timexes"`
}

// Scores are the DATE/TIME detection and value metrics.
type Scores struct {
	Docs, Predicted, PredMatched, Gold, GoldFound, ValueRight int
	Elapsed                                                   time.Duration
	Words                                                     int
}

func (s Scores) Precision() float64     { return metric.Ratio(s.PredMatched, s.Predicted) }
func (s Scores) Recall() float64        { return metric.Ratio(s.GoldFound, s.Gold) }
func (s Scores) F1() float64            { return metric.F1(s.Precision(), s.Recall()) }
func (s Scores) ValueAccuracy() float64 { return metric.Ratio(s.ValueRight, s.GoldFound) }

// Run is `crossread eval time [-v] FILE`.
func Run(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("eval time", flag.ContinueOnError)
	fs.SetOutput(stderr)
	verbose := fs.Bool("v", false, "print every missed, spurious and wrongly valued expression")
	pos, err := cliflag.Parse(fs, args)
	if err != nil {
		return err
	}
	if len(pos) != 1 {
		return crossread.Errorf(crossread.EINVALID, "usage: crossread eval time [-v] FILE")
	}
	docs, err := ReadFile(pos[0])
	if err != nil {
		return err
	}
	var log io.Writer = io.Discard
	if *verbose {
		log = stdout
	}
	s := Evaluate(ctx, docs, log)
	fmt.Fprintf(stdout, "TimeBank DATE/TIME: %d documents, %d predicted, %d gold\n\n", s.Docs, s.Predicted, s.Gold)
	fmt.Fprintf(stdout, "| metric | value |\n|---|---|\n")
	fmt.Fprintf(stdout, "| detection precision | %.3f |\n| detection recall | %.3f |\n| detection F1 | %.3f |\n", s.Precision(), s.Recall(), s.F1())
	fmt.Fprintf(stdout, "| value accuracy (detected) | %.3f (%d/%d) |\n", s.ValueAccuracy(), s.ValueRight, s.GoldFound)
	fmt.Fprintf(stdout, "| words/s (timex only) | %.0f |\n", float64(s.Words)/s.Elapsed.Seconds())
	return nil
}

// ReadFile reads TimeBank JSON Lines.
func ReadFile(path string) ([]Document, error) { return jsonl.ReadFile[Document](path) }

// Evaluate scores timex.Extract on docs.
func Evaluate(ctx context.Context, docs []Document, log io.Writer) Scores {
	var s Scores
	for _, d := range docs {
		if ctx.Err() != nil {
			break
		}
		s.Docs++
		ref, _ := crossread.ParseTimestamp(d.DCT)
		t0 := time.Now()
		got := timex.Extract(d.Doc, d.Text, ref.Time)
		s.Elapsed += time.Since(t0)
		s.Words += len(strings.Fields(d.Text))
		cp := codePoints(d.Text)
		var gold []goldTimex
		for _, g := range d.Timexes {
			if g.Type == "DATE" || g.Type == "TIME" {
				gold = append(gold, g)
			}
		}
		for _, e := range got {
			if e.Type != "DATE" && e.Type != "TIME" {
				continue
			}
			s.Predicted++
			a, b := cp[e.Span.Start], cp[e.Span.End]
			hit := false
			for _, g := range gold {
				if a < g.End && g.Start < b {
					hit = true
					break
				}
			}
			if hit {
				s.PredMatched++
			} else {
				fmt.Fprintf(log, "SPURIOUS %s: %q %s (dct %s)\n", d.Doc, e.Text, e.Value, d.DCT)
			}
		}
		for _, g := range gold {
			s.Gold++
			var match *crossread.TimeExpr
			for i := range got {
				e := &got[i]
				if e.Type != "DATE" && e.Type != "TIME" {
					continue
				}
				if a, b := cp[e.Span.Start], cp[e.Span.End]; a < g.End && g.Start < b {
					match = e
					break
				}
			}
			if match == nil {
				fmt.Fprintf(log, "MISSED %s: %q %s (dct %s)\n", d.Doc, g.Text, g.Value, d.DCT)
				continue
			}
			s.GoldFound++
			if SameValue(match.Value, g.Value) {
				s.ValueRight++
			} else {
				fmt.Fprintf(log, "VALUE %s: %q gold %s got %s (%q, dct %s)\n", d.Doc, g.Text, g.Value, match.Value, match.Text, d.DCT)
			}
		}
	}
	return s
}

// SameValue compares a predicted TimeML value with the gold one at the
// gold value's precision: 2025-11-06 matches gold 2025-11, and a decade
// written 199X matches gold 199.
func SameValue(got, gold string) bool {
	got = strings.TrimRight(got, "X")
	gold = strings.TrimRight(gold, "X")
	if got == "" {
		return false
	}
	if got == gold {
		return true
	}
	if len(got) > len(gold) && strings.HasPrefix(got, gold) {
		// Only truncate at a field boundary.
		c := got[len(gold)]
		return c == '-' || c == 'T'
	}
	return false
}

func codePoints(text string) []int {
	out := make([]int, len(text)+1)
	n := 0
	for i := 0; i < len(text); {
		_, size := utf8.DecodeRuneInString(text[i:])
		for k := 0; k < size; k++ {
			out[i+k] = n
		}
		n++
		i += size
	}
	out[len(text)] = n
	return out
}
