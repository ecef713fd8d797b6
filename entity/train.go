package entity

import (
	"log/slog"
	"math/rand/v2"
	"strings"
)

// TrainOptions tune Train.
type TrainOptions struct {
	Epochs int          // passes over the data; 0 means 6 (best on the CoNLL development file)
	Seed   uint64       // document order shuffling
	Logger *slog.Logger // progress, when set
	// Prune drops features whose averaged weights are all below this
	// absolute value, to keep the shipped model small.
	Prune float32
	// TwoPass adds a second tagger that also sees the first one's tags of
	// the sentence and of the same word everywhere in the document (label
	// consistency). Its training input comes from first-pass models trained
	// on the other folds, so it learns how far the first pass is right.
	TwoPass bool
	Folds   int // for TwoPass; 0 means 5
	// WordDropout is the share of known words whose identity features are
	// hidden from a training step.
	WordDropout float64
}

// Train fits a model on CoNLL documents; see trainStage.
func Train(docs []CoNLLDoc, opt TrainOptions) *Model {
	if !opt.TwoPass {
		return trainStage(docs, opt, nil)
	}
	if opt.Folds <= 1 {
		opt.Folds = 5
	}
	priors := make([][][]int, len(docs))
	foldOpt := opt
	foldOpt.Prune = 0
	for f := range opt.Folds {
		var train []CoNLLDoc
		for di, d := range docs {
			if di%opt.Folds != f {
				train = append(train, d)
			}
		}
		fm := trainStage(train, foldOpt, nil)
		for di, d := range docs {
			if di%opt.Folds == f {
				sents := prepareDoc(d)
				priors[di] = fm.tagSentences(sents)
			}
		}
		if opt.Logger != nil {
			opt.Logger.Info("ner first-pass fold", "fold", f+1, "of", opt.Folds)
		}
	}
	first := trainStage(docs, opt, nil)
	first.second = trainStage(docs, opt, priors)
	return first
}

func prepareDoc(d CoNLLDoc) []sentenceCtx {
	sents := make([]sentenceCtx, len(d.Sentences))
	for i, s := range d.Sentences {
		sents[i] = prepareSentence(s.Words)
	}
	return sents
}

// trainStage fits a model on CoNLL documents (IOB1 or IOB2 tags); priors,
// when set, are first-pass tags for every sentence of every document. Gazetteers and
// the common-word list come from these documents only; while training, a
// document never sees gazetteer entries that only it contributed, so the
// model learns how far to trust a gazetteer hit on unseen text.
func trainStage(docs []CoNLLDoc, opt TrainOptions, priors [][][]int) *Model {
	if opt.Epochs <= 0 {
		opt.Epochs = 6
	}
	m := newModel()
	own := make([]map[uint64][numTypes]bool, len(docs))
	lowerCount := map[string]int{}
	wordCount := map[string]int{}
	for di, doc := range docs {
		own[di] = map[uint64][numTypes]bool{}
		for _, s := range doc.Sentences {
			for i, w := range s.Words {
				wordCount[foldQuotes(w)]++
				if i > 0 && w == strings.ToLower(w) && hasLetter(w) {
					lowerCount[w]++
				}
			}
			for _, c := range ChunksIOB(s.Tags) {
				ty := typeIndex(c.Type)
				if ty < 0 || c.End-c.Start > maxGazWords {
					continue
				}
				for _, lower := range []bool{false, true} {
					k := gazKey(s.Words[c.Start:c.End], lower)
					v := own[di][k]
					v[ty] = true
					own[di][k] = v
				}
			}
		}
		// Every proper prefix of a phrase is stored with no counts, so a
		// lookup can stop at the first word sequence no phrase starts with.
		for _, s := range doc.Sentences {
			for _, c := range ChunksIOB(s.Tags) {
				for n := 1; n < min(c.End-c.Start, maxGazWords); n++ {
					for _, lower := range []bool{false, true} {
						k := gazKey(s.Words[c.Start:c.Start+n], lower)
						if _, ok := m.gazetteer[k]; !ok {
							m.gazetteer[k] = [numTypes]int32{}
						}
					}
				}
			}
		}
		for k, v := range own[di] {
			g := m.gazetteer[k]
			for ty := range numTypes {
				if v[ty] {
					g[ty]++
				}
			}
			m.gazetteer[k] = g
		}
	}
	for w, n := range wordCount {
		if n >= 2 {
			m.vocab[hashString(fnvOffset, w)] = true
		}
	}
	for w, n := range lowerCount {
		if n >= 3 {
			m.commonLower[hashString(fnvOffset, w)] = true
		}
	}

	// Averaged perceptron with lazy averaging: tot accumulates each weight
	// times the number of steps it held its value.
	var tot []float64
	var stamp []int32
	step := int32(1)
	update := func(row int, tag int, delta float32) {
		k := row*numTags + tag
		tot[k] += float64(step-stamp[k]) * float64(m.weights[k])
		stamp[k] = step
		m.weights[k] += delta
	}
	rowOf := func(f uint64) int {
		r, ok := m.index[f]
		if !ok {
			r = int32(len(m.index))
			m.index[f] = r
			m.weights = append(m.weights, make([]float32, numTags)...)
			tot = append(tot, make([]float64, numTags)...)
			stamp = append(stamp, make([]int32, numTags)...)
		}
		return int(r)
	}
	learn := func(feats []uint64, gold, pred int) {
		if gold != pred {
			for _, f := range feats {
				r := rowOf(f)
				update(r, gold, 1)
				update(r, pred, -1)
			}
		}
		step++
	}
	rng := rand.New(rand.NewPCG(opt.Seed, 1))
	order := make([]int, len(docs))
	for i := range order {
		order[i] = i
	}
	tg := &tagger{m: m}
	for epoch := range opt.Epochs {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		errs, total := 0, 0
		for _, di := range order {
			doc := docs[di]
			sents := prepareDoc(doc)
			if priors != nil {
				for i := range sents {
					sents[i].prior = priors[di][i]
				}
			}
			d := newDocCtx(sents)
			d.gazExclude = own[di]
			if opt.WordDropout > 0 {
				d.wordDropout = func() bool { return rng.Float64() < opt.WordDropout }
			}
			for i, s := range doc.Sentences {
				gold := bilouFromChunks(len(s.Words), ChunksIOB(s.Tags))
				pred := tg.decodeSentence(&sents[i], d, gold, learn)
				for k := range gold {
					total++
					if gold[k] != pred[k] {
						errs++
					}
				}
			}
		}
		if opt.Logger != nil {
			opt.Logger.Info("ner epoch", "epoch", epoch+1, "token_errors", errs, "tokens", total, "features", len(m.index))
		}
	}
	for k := range m.weights {
		tot[k] += float64(step-stamp[k]) * float64(m.weights[k])
		m.weights[k] = float32(tot[k] / float64(step))
	}
	if opt.Prune > 0 {
		m.prune(opt.Prune)
	}
	return m
}

func (m *Model) prune(threshold float32) {
	index := make(map[uint64]int32, len(m.index))
	var weights []float32
	for f, r := range m.index {
		row := m.weights[int(r)*numTags:][:numTags]
		keep := false
		for _, v := range row {
			if v > threshold || v < -threshold {
				keep = true
				break
			}
		}
		if keep {
			index[f] = int32(len(index))
			weights = append(weights, row...)
		}
	}
	m.index, m.weights = index, weights
}
