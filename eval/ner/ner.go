// Package ner evaluates crossread against annotated data; see
// ../shared/eval/README.md for the metric definitions.
package ner

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"runtime"
	"slices"
	"text/tabwriter"
	"time"

	"crossread"
	"crossread/entity"
	"crossread/internal/cliflag"
	"crossread/internal/cputime"
	"crossread/internal/metric"
)

// Run is `crossread eval ner FILE [--model MODEL | --train FILE [--save MODEL]]`:
// it tags a CoNLL-2003 file with the shipped model (or the one in --model,
// or one trained on --train) and prints entity-level precision, recall and F1 per type and
// overall (conlleval's definition) and tokens per second on one core.
func Run(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("eval ner", flag.ContinueOnError)
	fs.SetOutput(stderr)
	rules := fs.Bool("rules", false, "score what Recognize returns: the tagger plus its news-text rules")
	modelPath := fs.String("model", "", "evaluate this model file instead of the shipped one")
	trainPath := fs.String("train", "", "train a model on this CoNLL file instead of using the shipped one")
	save := fs.String("save", "", "with --train: write the trained model here")
	epochs := fs.Int("epochs", 6, "with --train: training passes")
	prune := fs.Float64("prune", 0.05, "with --train: drop features whose weights are all below this")
	twoPass := fs.Bool("two-pass", false, "with --train: add the label-consistency second pass")
	pos, err := cliflag.Parse(fs, args)
	if err != nil {
		return err
	}
	if len(pos) != 1 {
		fs.Usage()
		return crossread.Errorf(crossread.EINVALID, "eval ner: want one CoNLL file")
	}
	docs, err := readCoNLL(pos[0])
	if err != nil {
		return err
	}
	var m *entity.Model
	if *trainPath != "" {
		train, err := readCoNLL(*trainPath)
		if err != nil {
			return err
		}
		t0 := time.Now()
		m = entity.Train(train, entity.TrainOptions{Epochs: *epochs, Prune: float32(*prune), TwoPass: *twoPass})
		fmt.Fprintf(stderr, "trained on %d documents in %s\n", len(train), time.Since(t0).Round(time.Millisecond))
		if *save != "" {
			f, err := os.Create(*save)
			if err != nil {
				return err
			}
			if _, err := m.WriteTo(f); err != nil {
				f.Close()
				return err
			}
			if err := f.Close(); err != nil {
				return err
			}
		}
	} else if *modelPath != "" {
		f, err := os.Open(*modelPath)
		if err != nil {
			return &crossread.Error{Code: crossread.ENOTFOUND, Op: "open " + *modelPath, Err: err}
		}
		defer f.Close()
		if m, err = entity.ReadModel(f); err != nil {
			return err
		}
	} else if m, err = entity.DefaultModel(); err != nil {
		return err
	}
	res := Evaluate(docs, m, *rules)
	res.Print(stdout)
	return nil
}

func readCoNLL(path string) ([]entity.CoNLLDoc, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, &crossread.Error{Code: crossread.ENOTFOUND, Op: "open " + path, Err: err}
	}
	defer f.Close()
	docs, err := entity.ReadCoNLL(f)
	if err != nil {
		return nil, &crossread.Error{Code: crossread.EINVALID, Op: "read " + path, Err: err}
	}
	return docs, nil
}

// Counts are conlleval's chunk counts for one type (or overall).
type Counts struct{ Correct, Predicted, Gold int }

// P, R and F1 as fractions; 0 when undefined.
func (c Counts) P() float64  { return metric.Ratio(c.Correct, c.Predicted) }
func (c Counts) R() float64  { return metric.Ratio(c.Correct, c.Gold) }
func (c Counts) F1() float64 { return metric.F1(c.P(), c.R()) }

// Result is the outcome of one evaluation.
type Result struct {
	ByType  map[string]*Counts
	Overall Counts
	Tokens  int
	Elapsed time.Duration // tagging time only, wall clock
	CPU     time.Duration // tagging time only, CPU time of the tagging thread (0 if unknown)
}

// Score adds one sentence's gold and predicted chunks: a chunk is correct
// when its start, end and type all match a gold chunk.
func (r *Result) Score(gold, pred []entity.Chunk) {
	if r.ByType == nil {
		r.ByType = map[string]*Counts{}
	}
	get := func(t string) *Counts {
		c := r.ByType[t]
		if c == nil {
			c = &Counts{}
			r.ByType[t] = c
		}
		return c
	}
	goldSet := make(map[entity.Chunk]bool, len(gold))
	for _, g := range gold {
		goldSet[g] = true
		get(g.Type).Gold++
		r.Overall.Gold++
	}
	for _, p := range pred {
		get(p.Type).Predicted++
		r.Overall.Predicted++
		if goldSet[p] {
			get(p.Type).Correct++
			r.Overall.Correct++
		}
	}
}

// Evaluate tags every document of docs with m, one document at a time on
// one goroutine, and scores it against the gold tags. With rules it scores
// the tagger plus Recognize's news-text rules (entity.Model.RecognizeWords).
func Evaluate(docs []entity.CoNLLDoc, m *entity.Model, rules bool) Result {
	var res Result
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	for _, d := range docs {
		words := make([][]string, len(d.Sentences))
		for i, s := range d.Sentences {
			words[i] = append([]string(nil), s.Words...)
			res.Tokens += len(s.Words)
		}
		t0 := time.Now()
		c0 := cputime.Thread()
		var pred [][]entity.Chunk
		if rules {
			pred = m.RecognizeWords(words)
		} else {
			pred = m.TagDocument(words)
		}
		res.CPU += cputime.Thread() - c0
		res.Elapsed += time.Since(t0)
		for i, s := range d.Sentences {
			res.Score(entity.ChunksIOB(s.Tags), pred[i])
		}
	}
	return res
}

// Print writes the per-type and overall table and the speed.
func (r Result) Print(w io.Writer) {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "type\tgold\tpredicted\tcorrect\tP\tR\tF1\t")
	types := make([]string, 0, len(r.ByType))
	for t := range r.ByType {
		types = append(types, t)
	}
	slices.Sort(types)
	row := func(name string, c Counts) {
		fmt.Fprintf(tw, "%s\t%d\t%d\t%d\t%.4f\t%.4f\t%.4f\t\n", name, c.Gold, c.Predicted, c.Correct, c.P(), c.R(), c.F1())
	}
	for _, t := range types {
		row(t, *r.ByType[t])
	}
	row("overall", r.Overall)
	tw.Flush()
	speed := func(d time.Duration) float64 {
		if d <= 0 {
			return 0
		}
		return float64(r.Tokens) / d.Seconds()
	}
	fmt.Fprintf(w, "%d tokens tagged in %s wall: %.0f tokens/s", r.Tokens, r.Elapsed.Round(time.Millisecond), speed(r.Elapsed))
	if r.CPU > 0 {
		fmt.Fprintf(w, "; %s CPU on one core: %.0f tokens/s", r.CPU.Round(time.Millisecond), speed(r.CPU))
	}
	fmt.Fprintln(w)
}
