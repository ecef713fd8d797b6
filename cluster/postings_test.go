package cluster

import (
	"math/rand/v2"
	"slices"
	"testing"
)

// The table must behave as the map it replaced, through growth and sweeps.
func TestPostingTableMatchesMap(t *testing.T) {
	r := rand.New(rand.NewPCG(9, 10))
	var p postingTable
	m := map[uint64][]int32{}
	hashes := []uint64{0, 1}
	for range 3000 {
		hashes = append(hashes, r.Uint64())
	}
	for round := range 5 {
		for range 20000 {
			h := hashes[r.IntN(len(hashes))]
			si := int32(r.IntN(500))
			l := append(slices.Clone(p.get(h)), si)
			p.set(h, l)
			m[h] = append(m[h], si)
		}
		dead := func(si int32) bool { return (int(si)+round)%3 == 0 }
		p.filter(func(si int32) bool { return !dead(si) })
		for h, l := range m {
			l = slices.DeleteFunc(l, dead)
			if len(l) == 0 {
				delete(m, h)
			} else {
				m[h] = l
			}
		}
		for _, h := range hashes {
			if got, want := p.get(h), m[h]; !slices.Equal(got, want) {
				t.Fatalf("round %d: term %x: %v, want %v", round, h, got, want)
			}
		}
		if n := p.n; n != len(m)-boolInt(len(m[0]) > 0) {
			t.Fatalf("round %d: %d terms held, want %d", round, n, len(m))
		}
	}
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}
