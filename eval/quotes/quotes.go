// Package quotes evaluates quote detection and speaker attribution against
// PolNeAR-style JSON Lines; see ../shared/eval/README.md for the metric
// definitions.
package quotes

import (
	"context"
	"flag"
	"fmt"
	"io"
	"time"
	"unicode/utf8"

	"crossread"
	"crossread/entity"
	"crossread/internal/cliflag"
	"crossread/internal/jsonl"
	"crossread/internal/metric"
	"crossread/nlp"
	"crossread/quote"
)

// span is a code-point range, as PolNeAR gives it.
type span struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
}

type attribution struct {
	ID      string `json:"id"`
	Source  []span `json:"source"`
	Cue     []span `json:"cue"`
	Content []span `json:"content"`
	Direct  bool   `json:"direct"`
}

// Document is one PolNeAR article with its attributions.
type Document struct {
	Doc          string        `json:"doc"`
	Date         string        `json:"date"`
	Title        string        `json:"title"`
	Text         string        `json:"text"`
	Attributions []attribution `json:"attributions"`
}

// Scores are the metrics of the eval README.
type Scores struct {
	Docs, Predicted, PredMatched, Gold, GoldFound int
	SpeakerTotal, SpeakerRight                    int
	Elapsed                                       time.Duration
}

func (s Scores) Precision() float64       { return metric.Ratio(s.PredMatched, s.Predicted) }
func (s Scores) Recall() float64          { return metric.Ratio(s.GoldFound, s.Gold) }
func (s Scores) F1() float64              { return metric.F1(s.Precision(), s.Recall()) }
func (s Scores) SpeakerAccuracy() float64 { return metric.Ratio(s.SpeakerRight, s.SpeakerTotal) }

// Run is `crossread eval quotes [-v] [-ner] FILE`.
func Run(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("eval quotes", flag.ContinueOnError)
	fs.SetOutput(stderr)
	verbose := fs.Bool("v", false, "print every missed, spurious and wrongly attributed quote")
	useNER := fs.Bool("ner", true, "give the extractor entity mentions from entity.Recognize")
	pos, err := cliflag.Parse(fs, args)
	if err != nil {
		return err
	}
	if len(pos) != 1 {
		return crossread.Errorf(crossread.EINVALID, "usage: crossread eval quotes [-v] FILE")
	}
	docs, err := ReadFile(pos[0])
	if err != nil {
		return err
	}
	var log io.Writer = io.Discard
	if *verbose {
		log = stdout
	}
	s := Evaluate(ctx, docs, *useNER, log)
	fmt.Fprintf(stdout, "PolNeAR quotes: %d articles, %d predicted quotes, %d gold direct-quote spans\n\n", s.Docs, s.Predicted, s.Gold)
	fmt.Fprintf(stdout, "| metric | value |\n|---|---|\n")
	fmt.Fprintf(stdout, "| detection precision | %.3f |\n| detection recall | %.3f |\n| detection F1 | %.3f |\n", s.Precision(), s.Recall(), s.F1())
	fmt.Fprintf(stdout, "| speaker accuracy | %.3f (%d/%d) |\n", s.SpeakerAccuracy(), s.SpeakerRight, s.SpeakerTotal)
	fmt.Fprintf(stdout, "| articles/s (quotes only) | %.0f |\n", float64(s.Docs)/s.Elapsed.Seconds())
	return nil
}

// ReadFile reads PolNeAR JSON Lines.
func ReadFile(path string) ([]Document, error) { return jsonl.ReadFile[Document](path) }

// Evaluate runs the quote extractor over docs and scores it; details of
// every error go to log.
func Evaluate(ctx context.Context, docs []Document, useNER bool, log io.Writer) Scores {
	var s Scores
	for _, d := range docs {
		if ctx.Err() != nil {
			break
		}
		s.Docs++
		a := &crossread.Article{ID: d.Doc, Title: d.Title, Text: d.Text}
		if ts, err := crossread.ParseTimestamp(d.Date); err == nil {
			a.Published = ts
		}
		doc := &crossread.Doc{Article: a, Sentences: nlp.Sentences(a.ID, a.Text)}
		if useNER {
			doc.Mentions = entity.Recognize(doc)
		}
		t0 := time.Now()
		qs := quote.Extract(doc)
		s.Elapsed += time.Since(t0)
		cp := codePoints(d.Text)
		type pred struct {
			start, end int
			spk        *span
			q          crossread.Quote
		}
		preds := make([]pred, len(qs))
		for i, q := range qs {
			preds[i] = pred{start: cp[q.Start], end: cp[q.End], q: q}
			if q.SpeakerSpan != nil {
				preds[i].spk = &span{Start: cp[q.SpeakerSpan.Start], End: cp[q.SpeakerSpan.End]}
			}
		}
		for _, p := range preds {
			s.Predicted++
			best, bestOv := -1, 0
			// An attribution's content is often annotated sentence by
			// sentence: our quote is judged against the union of its spans.
			for ai, at := range d.Attributions {
				ov := 0
				for _, c := range at.Content {
					ov += overlap(p.start, p.end, c.Start, c.End)
				}
				if 2*ov >= p.end-p.start && ov > bestOv {
					best, bestOv = ai, ov
				}
			}
			if best < 0 {
				fmt.Fprintf(log, "SPURIOUS %s: %q\n", d.Doc, p.q.Text)
				continue
			}
			s.PredMatched++
			at := d.Attributions[best]
			if len(at.Source) == 0 {
				continue
			}
			s.SpeakerTotal++
			right := false
			for _, src := range at.Source {
				if p.spk != nil && overlap(p.spk.Start, p.spk.End, src.Start, src.End) > 0 {
					right = true
				}
			}
			if right {
				s.SpeakerRight++
			} else {
				got := "<none>"
				if p.q.SpeakerSpan != nil {
					got = d.Text[p.q.SpeakerSpan.Start:p.q.SpeakerSpan.End]
				}
				fmt.Fprintf(log, "SPEAKER %s: %q gold %q got %q (%s)\n", d.Doc, clip(p.q.Text), at.Source[0].Text, got, p.q.Speaker)
			}
		}
		for _, at := range d.Attributions {
			if !at.Direct {
				continue
			}
			for _, c := range at.Content {
				s.Gold++
				found := false
				for _, p := range preds {
					if ov := overlap(p.start, p.end, c.Start, c.End); 2*ov >= c.End-c.Start {
						found = true
						break
					}
				}
				if found {
					s.GoldFound++
				} else {
					fmt.Fprintf(log, "MISSED %s: %q\n", d.Doc, clip(c.Text))
				}
			}
		}
	}
	return s
}

func clip(s string) string {
	if len(s) > 120 {
		i := 100
		for i < len(s) && !utf8.RuneStart(s[i]) {
			i++
		}
		return s[:i] + "…"
	}
	return s
}

func overlap(a0, a1, b0, b1 int) int {
	lo, hi := max(a0, b0), min(a1, b1)
	if hi < lo {
		return 0
	}
	return hi - lo
}

// codePoints maps every byte offset (and len(text)) to its code-point index.
func codePoints(text string) []int {
	out := make([]int, len(text)+1)
	n := 0
	for i := range text {
		out[i] = n
		n++
	}
	// Continuation bytes map to the code point they belong to.
	for i := 1; i < len(text); i++ {
		if !utf8.RuneStart(text[i]) {
			out[i] = out[i-1]
		}
	}
	out[len(text)] = n
	return out
}
