package cluster

import "slices"

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

// sortByHash sorts v by hash; insertion sort for the short vectors here,
// falling back to a shell-sort gap sequence for longer ones.
func sortByHash(v []term) {
	if len(v) > 96 {
		slices.SortFunc(v, func(x, y term) int { return cmpHash(x.h, y.h) })
		return
	}
	gaps := [...]int{57, 23, 10, 4, 1}
	for _, gap := range gaps {
		if gap >= len(v) {
			continue
		}
		for i := gap; i < len(v); i++ {
			t := v[i]
			j := i
			for ; j >= gap && v[j-gap].h > t.h; j -= gap {
				v[j] = v[j-gap]
			}
			v[j] = t
		}
	}
}
