package cluster

// postingTable maps a term to the stories posted under it: open
// addressing with linear probing over the term hashes, which are already
// mixed. A look-up reads the contiguous array of hashes and then the one
// list header it needs, where a Go map also reads its control words and
// hashes the key again. Entries are never deleted one by one: the daily
// sweep rebuilds the table from the lists still holding a story.
type postingTable struct {
	keys  []uint64 // 0 marks an empty slot; the term 0 is kept apart
	lists [][]int32
	n     int // terms held in keys
	zero  []int32
}

const minPostingSlots = 1 << 10

func (p *postingTable) get(h uint64) []int32 {
	if h == 0 {
		return p.zero
	}
	if len(p.keys) == 0 {
		return nil
	}
	mask := uint64(len(p.keys) - 1)
	for i := h & mask; ; i = (i + 1) & mask {
		switch p.keys[i] {
		case h:
			return p.lists[i]
		case 0:
			return nil
		}
	}
}

// set stores the list of term h (a nil or empty list is not stored anew).
func (p *postingTable) set(h uint64, list []int32) {
	if h == 0 {
		p.zero = list
		return
	}
	if 2*(p.n+1) > len(p.keys) {
		p.resize(max(minPostingSlots, 2*len(p.keys)))
	}
	mask := uint64(len(p.keys) - 1)
	for i := h & mask; ; i = (i + 1) & mask {
		switch p.keys[i] {
		case h:
			p.lists[i] = list
			return
		case 0:
			if len(list) == 0 {
				return
			}
			p.keys[i], p.lists[i] = h, list
			p.n++
			return
		}
	}
}

func (p *postingTable) resize(slots int) {
	keys, lists := p.keys, p.lists
	p.keys, p.lists, p.n = make([]uint64, slots), make([][]int32, slots), 0
	for i, h := range keys {
		if h != 0 && len(lists[i]) > 0 {
			p.set(h, lists[i])
		}
	}
}

// filter keeps in every list only the stories keep accepts (in their
// order), drops the lists left empty and rebuilds the table to fit.
func (p *postingTable) filter(keep func(int32) bool) {
	filterList := func(l []int32) []int32 {
		q := l[:0]
		for _, si := range l {
			if keep(si) {
				q = append(q, si)
			}
		}
		if len(q) == 0 {
			return nil
		}
		return q
	}
	p.zero = filterList(p.zero)
	live := 0
	for i, h := range p.keys {
		if h != 0 {
			p.lists[i] = filterList(p.lists[i])
			if p.lists[i] != nil {
				live++
			}
		}
	}
	slots := minPostingSlots
	for 2*live > slots/2 { // room to grow before the next sweep
		slots <<= 1
	}
	p.resize(slots)
}
