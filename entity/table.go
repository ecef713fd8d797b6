package entity

import "math/bits"

// featTable is a read-only open-addressing hash table from feature hash to
// weight row, about twice as fast as a Go map for the tagger's lookups,
// which are most of its time. Key 0 marks an empty slot.
type featTable struct {
	keys  []uint64
	rows  []int32
	shift uint
}

func newFeatTable(index map[uint64]int32) *featTable {
	size := 1 << bits.Len(uint(len(index)*2+1))
	t := &featTable{keys: make([]uint64, size), rows: make([]int32, size), shift: uint(64 - bits.Len(uint(size-1)))}
	for k, r := range index {
		if k == 0 {
			continue // a zero hash cannot be stored; one lost feature at worst
		}
		i := t.slot(k)
		for t.keys[i] != 0 {
			i = (i + 1) & (len(t.keys) - 1)
		}
		t.keys[i], t.rows[i] = k, r
	}
	return t
}

func (t *featTable) slot(k uint64) int { return int((k * 0x9e3779b97f4a7c15) >> t.shift) }

func (t *featTable) get(k uint64) (int32, bool) {
	mask := len(t.keys) - 1
	for i := t.slot(k); ; i = (i + 1) & mask {
		switch t.keys[i] {
		case k:
			return t.rows[i], k != 0
		case 0:
			return 0, false
		}
	}
}
