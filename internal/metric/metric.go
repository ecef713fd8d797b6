// Package metric holds the arithmetic the evaluation commands share, so
// that every stage scores precision, recall and F1 the same way.
package metric

// Ratio is a/b, and 0 when b is 0 (nothing predicted or nothing to find).
func Ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// F1 is the harmonic mean of precision p and recall r, 0 when both are 0.
func F1(p, r float64) float64 {
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}
