package clustering

import "crossread/internal/metric"

// Scores are the clustering metrics of one run: pairwise precision, recall
// and F1 over article pairs (Miranda et al. 2018), and B-cubed precision,
// recall and F1 (Bagga and Baldwin 1998).
type Scores struct {
	PairP, PairR, PairF float64
	BcubP, BcubR, BcubF float64
	Found, Gold         int // clusters predicted, clusters in the gold labels
}

// Score compares predicted cluster labels with gold labels, one pair of
// labels per item, in the same order.
func Score(pred, gold []string) Scores {
	type cell struct{ p, g string }
	cells := map[cell]int{}
	np := map[string]int{}
	ng := map[string]int{}
	for i := range pred {
		cells[cell{pred[i], gold[i]}]++
		np[pred[i]]++
		ng[gold[i]]++
	}
	pairs := func(n int) float64 { return float64(n) * float64(n-1) / 2 }
	var tp, predPairs, goldPairs float64
	for _, n := range cells {
		tp += pairs(n)
	}
	for _, n := range np {
		predPairs += pairs(n)
	}
	for _, n := range ng {
		goldPairs += pairs(n)
	}
	s := Scores{Found: len(np), Gold: len(ng)}
	s.PairP = ratio(tp, predPairs)
	s.PairR = ratio(tp, goldPairs)
	s.PairF = metric.F1(s.PairP, s.PairR)
	// B-cubed: every item in a cell of size n has precision n/|pred| and
	// recall n/|gold|; summing over items gives n²/|pred| per cell.
	var bp, br float64
	for c, n := range cells {
		bp += float64(n) * float64(n) / float64(np[c.p])
		br += float64(n) * float64(n) / float64(ng[c.g])
	}
	if len(pred) > 0 {
		s.BcubP = bp / float64(len(pred))
		s.BcubR = br / float64(len(pred))
	}
	s.BcubF = metric.F1(s.BcubP, s.BcubR)
	return s
}

// ratio is a/b, and 1 when there is nothing to get wrong (b == 0): a
// clustering of singletons has perfect pairwise precision.
func ratio(a, b float64) float64 {
	if b == 0 {
		return 1
	}
	return a / b
}
