package cluster

import (
	"math"
	"slices"
)

// heavier orders terms by weight, heaviest first, ties by hash so that a
// truncation never depends on map iteration order.
func heavier(x, y term) bool {
	if x.w != y.w {
		return x.w > y.w
	}
	return x.h < y.h
}

// selectTop reorders v so that its k heaviest terms come first (in no
// particular order) in expected linear time.
func selectTop(v []term, k int) {
	lo, hi := 0, len(v)-1
	for lo < hi {
		// median of three as pivot
		mid := lo + (hi-lo)/2
		if heavier(v[mid], v[lo]) {
			v[mid], v[lo] = v[lo], v[mid]
		}
		if heavier(v[hi], v[lo]) {
			v[hi], v[lo] = v[lo], v[hi]
		}
		if heavier(v[mid], v[hi]) {
			v[mid], v[hi] = v[hi], v[mid]
		}
		p := v[hi]
		i := lo
		for j := lo; j < hi; j++ {
			if heavier(v[j], p) {
				v[i], v[j] = v[j], v[i]
				i++
			}
		}
		v[i], v[hi] = v[hi], v[i]
		switch {
		case i == k || i == k-1:
			return
		case i < k:
			lo = i + 1
		default:
			hi = i - 1
		}
	}
}

// sortByHash sorts v by hash. Hashes are uniform, so the short vectors
// here are spread into buckets by their top byte (one pass, no comparisons
// the processor could mispredict) and an insertion pass puts the few that
// share a bucket in order; longer ones go to the library sort.
func sortByHash(v []term) {
	if len(v) > 128 {
		slices.SortFunc(v, func(x, y term) int { return cmpHash(x.h, y.h) })
		return
	}
	if len(v) > 16 {
		var count [257]uint8 // at most 128 terms: bucket starts fit a byte
		for _, t := range v {
			count[t.h>>56+1]++
		}
		for b := 1; b < len(count); b++ {
			count[b] += count[b-1]
		}
		var tmp [128]term
		for _, t := range v {
			b := t.h >> 56
			tmp[count[b]] = t
			count[b]++
		}
		copy(v, tmp[:len(v)])
	}
	for i := 1; i < len(v); i++ {
		t := v[i]
		j := i
		for ; j > 0 && v[j-1].h > t.h; j-- {
			v[j] = v[j-1]
		}
		v[j] = t
	}
}

// truncateSorted keeps the k heaviest terms of v (sorted by hash) in hash
// order, in place: the k-th weight is found on a copy of the weights and
// the terms are filtered, so no re-sort is needed.
func truncateSorted(v []term, k int, ws []float32) ([]term, []float32) {
	if len(v) <= k {
		return v, ws
	}
	ws = ws[:0]
	for _, t := range v {
		ws = append(ws, t.w)
	}
	kth := kthLargest(ws, k)
	greater := 0
	for _, t := range v {
		if t.w > kth {
			greater++
		}
	}
	ties := k - greater
	out := v[:0]
	for _, t := range v {
		if t.w > kth || (t.w == kth && ties > 0) {
			if t.w == kth {
				ties--
			}
			out = append(out, t)
		}
	}
	return out, ws
}

// kthLargest returns the k-th largest value of ws (1-based), reordering ws.
func kthLargest(ws []float32, k int) float32 {
	lo, hi := 0, len(ws)-1
	target := k - 1
	for lo < hi {
		p := ws[lo+(hi-lo)/2]
		i, j := lo, hi
		for i <= j {
			for ws[i] > p {
				i++
			}
			for ws[j] < p {
				j--
			}
			if i <= j {
				ws[i], ws[j] = ws[j], ws[i]
				i++
				j--
			}
		}
		switch {
		case target <= j:
			hi = j
		case target >= i:
			lo = i
		default:
			return ws[target]
		}
	}
	return ws[target]
}

// Term counts are sums of a few weights (1, 1.5, 2...), mostly multiples of
// one half: their logarithms come from a table.
var halfLogs = func() [129]float64 {
	var t [129]float64
	for i := 1; i < len(t); i++ {
		t[i] = math.Log(float64(i) / 2)
	}
	return t
}()

func logTF(tf float64) float64 {
	if h := tf * 2; h < float64(len(halfLogs)) && h == math.Trunc(h) && h > 0 {
		return halfLogs[int(h)]
	}
	return math.Log(tf)
}

// exp2Neg is 2^-x for x ≥ 0, interpolated from a table (to within 2e-5),
// and 0 beyond 2^-32.
var exp2Table = func() [32*64 + 2]float64 {
	var t [32*64 + 2]float64
	for i := range t {
		t[i] = math.Exp2(-float64(i) / 64)
	}
	return t
}()

func exp2Neg(x float64) float64 {
	if x <= 0 {
		return 1
	}
	f := x * 64
	if f >= 32*64 {
		return 0
	}
	i := int(f)
	frac := f - float64(i)
	return exp2Table[i] + (exp2Table[i+1]-exp2Table[i])*frac
}
