package cluster

import (
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
