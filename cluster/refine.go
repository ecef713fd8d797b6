package cluster

import "strconv"

// member is one article of an open story, kept so that the story can be
// split again: single-pass placement cannot undo the moment the first
// article of a second, similar event joins a story (after that, its
// centroid draws the rest of that event in), so a story is re-examined as
// it grows, as public systems re-cluster every few minutes.
type member struct {
	key    uint64 // articleKey of the article
	of     uint64 // for a copy, articleKey of its original; 0 otherwise
	t      int64  // publication, Unix nanoseconds (0 if undated)
	off, n int32  // its vector in story.terms (n = 0 for a copy)
}

// addMember records an article of story si with its vector (nil for a copy).
func (c *Clusterer) addMember(si int32, key, of uint64, tn int64, vec []term) {
	if c.cfg.SplitThreshold <= 0 {
		return
	}
	s := c.stories[si]
	if s.sealed {
		return
	}
	s.members = append(s.members, member{key: key, of: of, t: tn, off: int32(len(s.terms)), n: int32(len(vec))})
	s.terms = append(s.terms, vec...)
}

// splitState is the scratch of one split test.
type splitState struct {
	side   []int8    // per member: 0 or 1, -1 for a copy
	sims   []float64 // per member: similarity to its side
	cent   [2][]term
	norm   [2][2]float64
	buf    []term
	sample []int32
	sides  map[uint64]int8
}

// maybeSplit tests story si for two well-separated groups of members once
// it has grown by half since its last test, and splits it when it finds
// them. It returns the story the article with key now belongs to.
func (c *Clusterer) maybeSplit(si int32) {
	s := c.stories[si]
	if c.cfg.SplitThreshold <= 0 || len(s.members) < s.check || len(s.members) < 2*c.cfg.SplitMinSide {
		return
	}
	s.check = len(s.members) + max(len(s.members)/2, 2)
	for range 2 { // a story of three events splits twice
		if !c.split(si) {
			return
		}
	}
}

// split divides story si in two by 2-means over its members' vectors when
// the two halves' centroids score below SplitThreshold against each other
// and each half holds at least SplitMinSide articles. The half holding the
// story's first member keeps the story and its id; the other becomes a new
// story whose id derives from its first member's article id, as any new
// story's does.
func (c *Clusterer) split(si int32) bool {
	s := c.stories[si]
	st := &c.sp
	m := len(s.members)
	st.side = st.side[:0]
	vecs := 0
	for k := range s.members {
		if s.members[k].n > 0 {
			st.side = append(st.side, 0)
			vecs++
		} else {
			st.side = append(st.side, -1)
		}
	}
	if vecs < 2*c.cfg.SplitMinSide {
		return false
	}
	st.sims = append(st.sims[:0], make([]float64, m)...)
	vec := func(k int) []term {
		mb := s.members[k]
		return s.terms[mb.off : mb.off+mb.n]
	}
	// Seeds: the member least like the story, then the member least like
	// that one.
	a, b := -1, -1
	lo := 2.0
	for k := range s.members {
		if st.side[k] < 0 {
			continue
		}
		v := vec(k)
		if sim := c.smix(dot(v, s.cent), norms(v), s.norm); sim < lo {
			lo, a = sim, k
		}
	}
	va := vec(a)
	vna := norms(va)
	lo = 2.0
	for k := range s.members {
		if st.side[k] < 0 || k == a {
			continue
		}
		v := vec(k)
		if sim := c.smix(dot(v, va), norms(v), vna); sim < lo {
			lo, b = sim, k
		}
	}
	if b < 0 {
		return false
	}
	st.cent[0] = append(st.cent[0][:0], vec(b)...)
	st.cent[1] = append(st.cent[1][:0], va...)
	st.norm[0], st.norm[1] = norms(st.cent[0]), norms(st.cent[1])
	for range c.cfg.SplitIterations {
		changed := false
		for k := range s.members {
			if st.side[k] < 0 {
				continue
			}
			v := vec(k)
			vn := norms(v)
			s0 := c.smix(dot(v, st.cent[0]), vn, st.norm[0])
			s1 := c.smix(dot(v, st.cent[1]), vn, st.norm[1])
			side := int8(0)
			if s1 > s0 {
				side = 1
			}
			if side != st.side[k] {
				st.side[k] = side
				changed = true
			}
		}
		if !c.sideCentroids(s, vec) {
			return false
		}
		if !changed {
			break
		}
	}
	n0, n1 := 0, 0
	for _, sd := range st.side {
		switch sd {
		case 0:
			n0++
		case 1:
			n1++
		}
	}
	if n0 < c.cfg.SplitMinSide || n1 < c.cfg.SplitMinSide {
		return false
	}
	if c.smix(dot(st.cent[0], st.cent[1]), st.norm[0], st.norm[1]) >= c.cfg.SplitThreshold {
		return false
	}
	// Copies follow their originals.
	if vecs < m {
		if st.sides == nil {
			st.sides = map[uint64]int8{}
		}
		clear(st.sides)
		for k, mb := range s.members {
			if st.side[k] >= 0 {
				st.sides[mb.key] = st.side[k]
			}
		}
		for k, mb := range s.members {
			if st.side[k] < 0 {
				st.side[k] = st.sides[mb.of] // 0 when the original is gone
			}
		}
	}
	keep := st.side[0]
	ns := &story{}
	var old []member
	oldTerms := s.terms
	old, s.members, s.terms = s.members, nil, nil
	var first member
	for k, mb := range old {
		dst := s
		if st.side[k] != keep {
			dst = ns
			if len(ns.members) == 0 {
				first = mb
			}
		}
		v := oldTerms[mb.off : mb.off+mb.n]
		mb.off = int32(len(dst.terms))
		dst.members = append(dst.members, mb)
		dst.terms = append(dst.terms, v...)
	}
	ns.id = c.newIDFromKey(first.key)
	nsi := c.appendStory(ns)
	c.live = append(c.live, nsi)
	c.byID[ns.id] = nsi
	for _, mb := range ns.members {
		c.articles[mb.key] = nsi
	}
	c.rebuild(si)
	c.rebuild(nsi)
	c.post(nsi)
	ns.check = len(ns.members) + max(len(ns.members)/2, 2)
	return true
}

// sideCentroids recomputes the two halves' centroids from their members,
// truncated as a story's would be. It reports false when a half is empty.
func (c *Clusterer) sideCentroids(s *story, vec func(int) []term) bool {
	st := &c.sp
	for g := range 2 {
		st.cent[g] = st.cent[g][:0]
		any := false
		for k := range s.members {
			if int(st.side[k]) != g {
				continue
			}
			any = true
			st.buf = mergeTerms(st.buf[:0], st.cent[g], vec(k), 1)
			st.cent[g] = append(st.cent[g][:0], st.buf...)
		}
		if !any {
			return false
		}
		st.cent[g], c.weights = truncateSorted(st.cent[g], c.cfg.CentroidTerms, c.weights)
		st.norm[g] = norms(st.cent[g])
	}
	return true
}

// rebuild recomputes story si's centroid, size and span from its members.
func (c *Clusterer) rebuild(si int32) {
	s := c.stories[si]
	s.cent = s.cent[:0]
	s.n = 0
	c.span[si] = span{}
	for _, mb := range s.members {
		s.n++
		if mb.t != 0 {
			sp := &c.span[si]
			if sp.first == 0 || mb.t < sp.first {
				sp.first = mb.t
			}
			if mb.t > sp.last {
				sp.last = mb.t
			}
		}
		if mb.n == 0 {
			continue
		}
		c.merged = mergeTerms(c.merged[:0], s.cent, s.terms[mb.off:mb.off+mb.n], 1)
		s.cent = append(s.cent[:0], c.merged...)
		if len(s.cent) > c.cfg.CentroidTerms*5/4 {
			s.cent, c.weights = truncateSorted(s.cent, c.cfg.CentroidTerms, c.weights)
		}
	}
	s.cent, c.weights = truncateSorted(s.cent, c.cfg.CentroidTerms, c.weights)
	s.norm = norms(s.cent)
	c.storyKeys(s)
}

func (c *Clusterer) newIDFromKey(key uint64) string {
	// articleKey is the FNV-1a hash newID derives a story id from.
	base := "s" + strconv.FormatUint(key, 36)
	id := base
	for k := 2; ; k++ {
		if _, taken := c.byID[id]; !taken {
			return id
		}
		id = base + "-" + strconv.Itoa(k)
	}
}

// smix is mix with the share of names and numbers used for splitting.
func (c *Clusterer) smix(d, vn, sn [2]float64) float64 {
	if c.cfg.SplitShare <= 0 {
		return c.mix(d, vn, sn)
	}
	save := c.cfg.SpecificShare
	c.cfg.SpecificShare = c.cfg.SplitShare
	v := c.mix(d, vn, sn)
	c.cfg.SpecificShare = save
	return v
}
