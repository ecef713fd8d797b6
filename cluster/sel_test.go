package cluster

import (
	"math"
	"math/rand/v2"
	"slices"
	"testing"
)

func TestSelectTopAndSort(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for n := 0; n < 300; n += 7 {
		v := make([]term, n)
		for i := range v {
			v[i] = term{h: r.Uint64(), w: float32(r.IntN(20))}
		}
		want := slices.Clone(v)
		slices.SortFunc(want, func(x, y term) int {
			if heavier(x, y) {
				return -1
			}
			if heavier(y, x) {
				return 1
			}
			return 0
		})
		for _, k := range []int{1, 5, 64, n / 2} {
			if k > n || k == 0 {
				continue
			}
			got := slices.Clone(v)
			selectTop(got, k)
			top := slices.Clone(got[:k])
			sortByHash(top)
			exp := slices.Clone(want[:k])
			sortByHash(exp)
			if !slices.Equal(top, exp) {
				t.Fatalf("n=%d k=%d: top differs", n, k)
			}
			if !slices.IsSortedFunc(top, func(x, y term) int { return cmpHash(x.h, y.h) }) {
				t.Fatal("not sorted by hash")
			}
		}
	}
}

func TestTruncateSorted(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	for n := 1; n < 400; n += 13 {
		v := make([]term, n)
		for i := range v {
			v[i] = term{h: r.Uint64(), w: float32(r.IntN(30))}
		}
		sortByHash(v)
		for _, k := range []int{1, 7, 128, n} {
			want := slices.Clone(v)
			selectTop(want, min(k, n))
			want = want[:min(k, n)]
			sortByHash(want)
			got, _ := truncateSorted(slices.Clone(v), k, nil)
			if len(got) != len(want) {
				t.Fatalf("n=%d k=%d: %d terms, want %d", n, k, len(got), len(want))
			}
			// same weights multiset and sorted by hash
			gw, ww := []float32{}, []float32{}
			for i := range got {
				gw, ww = append(gw, got[i].w), append(ww, want[i].w)
			}
			slices.Sort(gw)
			slices.Sort(ww)
			if !slices.Equal(gw, ww) || !slices.IsSortedFunc(got, func(x, y term) int { return cmpHash(x.h, y.h) }) {
				t.Fatalf("n=%d k=%d: wrong truncation", n, k)
			}
		}
	}
}

func TestTables(t *testing.T) {
	for x := 0.0; x < 40; x += 0.013 {
		if d := math.Abs(exp2Neg(x) - math.Exp2(-x)); d > 2e-5 {
			t.Fatalf("exp2Neg(%v) off by %v", x, d)
		}
	}
	for _, tf := range []float64{0.5, 1, 1.5, 2, 3.5, 17, 64, 64.5, 100, 1.25, 2.7} {
		if d := math.Abs(logTF(tf) - math.Log(tf)); d > 1e-12 {
			t.Fatalf("logTF(%v) off by %v", tf, d)
		}
	}
}

func TestTopCands(t *testing.T) {
	r := rand.New(rand.NewPCG(5, 6))
	for n := 0; n < 60; n++ {
		cs := make([]cand, n)
		for i := range cs {
			cs[i] = cand{s: int32(i), hits: float32(r.IntN(10))}
		}
		want := slices.Clone(cs)
		slices.SortStableFunc(want, func(x, y cand) int {
			if x.hits != y.hits {
				if x.hits > y.hits {
					return -1
				}
				return 1
			}
			return int(x.s - y.s)
		})
		k := 6
		got := topCands(slices.Clone(cs), k)
		if n <= k {
			continue // returned as they are
		}
		if !slices.Equal(got, want[:k]) {
			t.Fatalf("n=%d: %v, want %v", n, got, want[:k])
		}
	}
}

func TestSortByHash(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 8))
	for n := 0; n < 200; n++ {
		v := make([]term, n)
		for i := range v {
			v[i] = term{h: r.Uint64(), w: float32(i)}
			if i%5 == 1 {
				v[i].h = v[i-1].h ^ 1 // same bucket
			}
			if i%7 == 3 {
				v[i].h |= 1 << 63
			}
		}
		want := slices.Clone(v)
		slices.SortFunc(want, func(x, y term) int { return cmpHash(x.h, y.h) })
		sortByHash(v)
		if !slices.Equal(v, want) {
			t.Fatalf("n=%d: not sorted", n)
		}
	}
}
