// Command train fits the NER tagger on a CoNLL-2003 file and writes the
// model that package entity embeds:
//
//	nice -n 10 go run ./entity/cmd/train -o entity/model/ner.bin.gz ../shared/eval/ner/train.txt
package main

import (
	"flag"
	"fmt"
	"log/slog"
	"os"

	"crossread/entity"
	"crossread/eval/ner"
)

func main() {
	out := flag.String("o", "entity/model/ner.bin.gz", "model file to write")
	epochs := flag.Int("epochs", 6, "training passes")
	prune := flag.Float64("prune", 0.05, "drop features whose averaged weights are all below this")
	dropout := flag.Float64("dropout", 0, "share of known words hidden in each training step")
	twoPass := flag.Bool("two-pass", false, "train a second, label-consistency pass")
	eval := flag.String("eval", "", "after training, evaluate the written model on this CoNLL file")
	flag.Parse()
	if flag.NArg() != 1 {
		fmt.Fprintln(os.Stderr, "usage: train [-o model.bin.gz] [-epochs N] TRAIN.conll")
		os.Exit(2)
	}
	if err := run(flag.Arg(0), *out, entity.TrainOptions{Epochs: *epochs, Prune: float32(*prune), TwoPass: *twoPass, WordDropout: *dropout, Logger: slog.Default()}, *eval); err != nil {
		fmt.Fprintln(os.Stderr, "train:", err)
		os.Exit(1)
	}
}

func run(in, out string, opt entity.TrainOptions, evalPath string) error {
	f, err := os.Open(in)
	if err != nil {
		return err
	}
	defer f.Close()
	docs, err := entity.ReadCoNLL(f)
	if err != nil {
		return err
	}
	m := entity.Train(docs, opt)
	w, err := os.Create(out)
	if err != nil {
		return err
	}
	if _, err := m.WriteTo(w); err != nil {
		w.Close()
		return err
	}
	if err := w.Close(); err != nil {
		return err
	}
	if evalPath == "" {
		return nil
	}
	// Evaluate the model as written, quantised and pruned.
	mf, err := os.Open(out)
	if err != nil {
		return err
	}
	defer mf.Close()
	shipped, err := entity.ReadModel(mf)
	if err != nil {
		return err
	}
	ef, err := os.Open(evalPath)
	if err != nil {
		return err
	}
	defer ef.Close()
	dev, err := entity.ReadCoNLL(ef)
	if err != nil {
		return err
	}
	ner.Evaluate(dev, shipped, false).Print(os.Stdout)
	return nil
}
