package clustering

import (
	"math"
	"testing"
)

func near(a, b float64) bool { return math.Abs(a-b) < 1e-9 }

func TestScore(t *testing.T) {
	t.Run("perfect", func(t *testing.T) {
		s := Score([]string{"x", "x", "y"}, []string{"a", "a", "b"})
		if s.PairP != 1 || s.PairR != 1 || s.BcubF != 1 || s.Found != 2 || s.Gold != 2 {
			t.Fatalf("%+v", s)
		}
	})
	t.Run("all in one", func(t *testing.T) {
		// gold {1,2} {3,4}; predicted one cluster of 4
		s := Score([]string{"x", "x", "x", "x"}, []string{"a", "a", "b", "b"})
		// pairs: 6 predicted, 2 gold, 2 true
		if !near(s.PairP, 2.0/6) || !near(s.PairR, 1) {
			t.Fatalf("pairwise %+v", s)
		}
		// B-cubed precision: each item 2/4; recall 1
		if !near(s.BcubP, 0.5) || !near(s.BcubR, 1) || !near(s.BcubF, 2*0.5/1.5) {
			t.Fatalf("bcubed %+v", s)
		}
	})
	t.Run("all singletons", func(t *testing.T) {
		s := Score([]string{"1", "2", "3"}, []string{"a", "a", "b"})
		if s.PairP != 1 || s.PairR != 0 || s.PairF != 0 {
			t.Fatalf("pairwise %+v", s)
		}
		// recall: items of a get 1/2, b gets 1 → (0.5+0.5+1)/3
		if s.BcubP != 1 || !near(s.BcubR, 2.0/3) {
			t.Fatalf("bcubed %+v", s)
		}
	})
	t.Run("split and lump", func(t *testing.T) {
		// gold a={0,1,2}, b={3}; pred x={0,1}, y={2,3}
		s := Score([]string{"x", "x", "y", "y"}, []string{"a", "a", "a", "b"})
		// true pairs: (0,1) = 1; predicted pairs 2; gold pairs 3
		if !near(s.PairP, 0.5) || !near(s.PairR, 1.0/3) {
			t.Fatalf("pairwise %+v", s)
		}
		// precision per item: 1,1,1/2,1/2 → 0.75; recall: 2/3,2/3,1/3,1 → 2/3
		if !near(s.BcubP, 0.75) || !near(s.BcubR, 2.0/3) {
			t.Fatalf("bcubed %+v", s)
		}
	})
	t.Run("empty", func(t *testing.T) {
		s := Score(nil, nil)
		if s.Found != 0 || s.BcubF != 0 {
			t.Fatalf("%+v", s)
		}
	})
}
