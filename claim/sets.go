package claim

// sets is a union-find over keys: the groups of things found alike two
// at a time (articles of one source, spellings of one name, an outlet's
// list against another's), kept in the order their keys came.
type sets[K comparable] struct {
	parent map[K]K
	order  []K
}

func newSets[K comparable]() *sets[K] { return &sets[K]{parent: map[K]K{}} }

// find returns k's group, adding k as a group of its own when new.
func (s *sets[K]) find(k K) K {
	p, ok := s.parent[k]
	if !ok {
		s.parent[k] = k
		s.order = append(s.order, k)
		return k
	}
	if p == k {
		return k
	}
	r := s.find(p)
	s.parent[k] = r
	return r
}

// union puts a and b in one group, named by a's.
func (s *sets[K]) union(a, b K) {
	ra, rb := s.find(a), s.find(b)
	if ra != rb {
		s.parent[rb] = ra
	}
}

// has reports a key seen.
func (s *sets[K]) has(k K) bool {
	_, ok := s.parent[k]
	return ok
}

// groups returns the groups in the order of their first keys, each in
// the order its keys came.
func (s *sets[K]) groups() [][]K {
	at := map[K]int{}
	var out [][]K
	for _, k := range s.order {
		r := s.find(k)
		i, ok := at[r]
		if !ok {
			i = len(out)
			at[r] = i
			out = append(out, nil)
		}
		out[i] = append(out[i], k)
	}
	return out
}
