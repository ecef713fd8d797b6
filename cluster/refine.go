package cluster

import (
	"slices"
	"strconv"
)

// Refinement: single-pass placement cannot undo the moment the first
// article of a second, similar event joins a story (after that, the
// story's centroid draws the rest of that event in too), so an open story
// is tested again as it grows, and at each Refine, for two well-separated
// groups of members, and split in two when it has them, as public systems
// re-cluster every few minutes.
//
// The members' vectors live in one ring buffer (the arena) shared by all
// stories: the newest articles' vectors are kept and the oldest are
// overwritten, so memory is bounded whatever the stream's rate. A member
// whose vector is gone is pinned: it stays with its story in any split.

// member is one article of an open story whose vector may be in the arena.
type member struct {
	key uint64 // articleKey of the article
	of  uint64 // for a copy, articleKey of its original; 0 otherwise
	t   int64  // publication, Unix nanoseconds (0 if undated)
	pos int64  // where its vector starts in the arena, counted from the first term ever stored
	n   int32  // terms in its vector (0 for a copy)
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
	s.members = append(s.members, member{key: key, of: of, t: tn, pos: c.store(vec), n: int32(len(vec))})
}

// store copies vec into the arena and returns its position.
func (c *Clusterer) store(vec []term) int64 {
	n := int64(len(vec))
	if n == 0 {
		return c.arenaPos
	}
	if c.arena == nil {
		// Allocated whole at once: the system gives the pages as they
		// are first written, so a short run does not pay for the rest.
		c.arena = make([]term, max(c.cfg.SplitArena, 1))
	}
	size := int64(len(c.arena))
	if n > size {
		return c.arenaPos - size - 1 // never valid
	}
	if off := c.arenaPos % size; off+n > size {
		c.arenaPos += size - off // a vector never wraps around the end
	}
	pos := c.arenaPos
	copy(c.arena[pos%size:], vec)
	c.arenaPos += n
	return pos
}

// vecOf returns a member's vector, or nil if it is a copy or its vector
// has been overwritten.
func (c *Clusterer) vecOf(mb member) []term {
	size := int64(len(c.arena))
	if mb.n == 0 || size == 0 || c.arenaPos > mb.pos+size {
		return nil
	}
	off := mb.pos % size
	return c.arena[off : off+int64(mb.n)]
}

// unpinned reports whether a member can still move in a split: it is a
// copy (it follows its original) or its vector is still in the arena.
func (c *Clusterer) unpinned(mb member) bool { return mb.n == 0 || c.vecOf(mb) != nil }

// dropPinned forgets the members of s whose vectors have been overwritten.
func (c *Clusterer) dropPinned(s *story) {
	ms := s.members[:0]
	for _, mb := range s.members {
		if c.unpinned(mb) {
			ms = append(ms, mb)
		} else {
			s.pinned++
		}
	}
	if cap(ms) > 2*len(ms)+64 {
		ms = append([]member(nil), ms...) // give the memory back
	}
	s.members = ms
}

// splitState is the scratch of one split test.
type splitState struct {
	side  []int8 // per member: 0 or 1, isCopy or unsampled
	cent  [2][]term
	norm  [2][2]float64
	q     [2]query // the halves' centroids, for dot products
	acc   tfTable
	sim   []float32 // average-link: similarities between sampled members
	node  []int32
	size  []int32
	nsize []int32
	kids  [][2]int32
	sides map[uint64]int8
}

// Sides of members during a split test, besides 0 and 1.
const (
	isCopy    = -1 // a copy: it follows its original
	unsampled = -2 // not among the members the halves are found on
)

// splitSample is the most members a split test runs 2-means on.
const splitSample = 48

// splitMargin: a first round of 2-means whose halves still score this much
// above SplitThreshold ends the test. A second round seldom moves them
// that far apart, and most tests end there.
const splitMargin = 0.15

// maybeSplit tests story si once it has grown by SplitGrowth since its
// last test.
func (c *Clusterer) maybeSplit(si int32) {
	s := c.stories[si]
	if c.cfg.SplitThreshold <= 0 || s.n < s.check || len(s.members) < 2*c.cfg.SplitMinSide {
		return
	}
	if c.cfg.WeakJoin > 0 && !s.weak {
		// Every article since the last test joined it clearly.
		return
	}
	c.testSplit(si)
}

func (c *Clusterer) testSplit(si int32) {
	s := c.stories[si]
	// The schedule counts all the story's articles, pinned ones too.
	s.check = c.nextCheck(s.n)
	s.tested = s.n
	s.weak = false
	for range 2 { // a story of three events splits twice
		if !c.split(si) {
			return
		}
	}
}

// Refine tests every open story that has grown since its last test for a
// split, as a periodic re-clustering would: a caller placing a batch of
// articles calls it once the batch is in. Afterwards, StoryOf tells where
// each article is (an article may have moved to a new story).
func (c *Clusterer) Refine() {
	if c.cfg.SplitThreshold <= 0 {
		return
	}
	for k := 0; k < len(c.live); k++ { // splits append to c.live
		si := c.live[k]
		s := c.stories[si]
		if c.link[si] >= 0 || c.dead[si] || s.sealed || s.n <= s.tested || !s.weak && c.cfg.WeakJoin > 0 || len(s.members) < 2*c.cfg.SplitMinSide {
			continue
		}
		c.testSplit(si)
	}
	if c.cfg.RefineSmall > 0 {
		for k := 0; k < len(c.live); k++ {
			c.rejoin(c.live[k])
		}
	}
}

// rejoin places a small story again as if its articles were one article
// arriving now: it was opened when the stories it matches were younger or
// did not exist yet (or was cut off by a split). It joins the best open
// story it scores Threshold with, if that story is larger; the older of
// the two keeps its id.
func (c *Clusterer) rejoin(si int32) {
	s := c.stories[si]
	if c.link[si] >= 0 || c.dead[si] || s.n > c.cfg.RefineSmall || len(s.cent) == 0 || s.n == s.rejoined {
		return
	}
	s.rejoined = s.n // tried once per size: a Refine per batch costs each article about one placement
	c.touched = c.touched[:0]
	for _, t := range c.topTerms(s.cent, c.cfg.QueryTerms) {
		for _, sj := range c.postings.get(t.h) {
			sj = c.root(sj)
			if sj == si || c.dead[sj] || c.stories[sj].n <= s.n || slices.Contains(c.touched, sj) {
				continue
			}
			c.touched = append(c.touched, sj)
		}
	}
	best, bestScore := int32(-1), c.cfg.Threshold
	for _, sj := range c.touched {
		if !c.open(sj, c.span[si].last) {
			continue
		}
		sc := c.score(s.cent, s.norm, c.stories[sj]) * c.decay(sj, c.span[si].last)
		if sc >= bestScore {
			best, bestScore = sj, sc
		}
	}
	if best < 0 {
		return
	}
	keep, gone := best, si
	if si < best {
		keep, gone = si, best
	}
	c.absorb(keep, gone)
}

// nextCheck is the size at which a story tested at size n is tested
// again: a fixed factor later, so that the tests cost each article a
// bounded amount however large its story grows.
func (c *Clusterer) nextCheck(n int) int {
	return max(int(float64(n)*c.cfg.SplitGrowth), n+2)
}

// split divides story si in two by 2-means over its members' vectors when
// the two halves' centroids score below SplitThreshold against each other
// and each half holds at least SplitMinSide articles. The half holding the
// story's oldest member that can still move keeps the story, its id and
// its pinned members; the other becomes a new story whose id derives from
// its first member's article id, as any new story's does.
func (c *Clusterer) split(si int32) bool {
	s := c.stories[si]
	c.dropPinned(s)
	st := &c.sp
	m := len(s.members)
	st.side = st.side[:0]
	vecs := 0
	for _, mb := range s.members {
		if mb.n > 0 {
			st.side = append(st.side, unsampled)
			vecs++
		} else {
			st.side = append(st.side, isCopy)
		}
	}
	if vecs < 2*c.cfg.SplitMinSide {
		return false
	}
	// The halves are found on at most splitSample members spread over
	// the story's life, so that testing a large story costs a bounded
	// amount; the other members then go to the nearer half.
	step := max(1, (vecs+splitSample-1)/splitSample)
	for k, seen := 0, 0; k < m; k++ {
		if st.side[k] == isCopy {
			continue
		}
		if seen%step == 0 {
			st.side[k] = 0
		}
		seen++
	}
	vec := func(k int) []term { return c.vecOf(s.members[k]) }
	// Seeds: the member least like the story, then the member least like
	// that one; further restarts begin from members spread over the
	// sample instead of the first seed, and the best separated halves win.
	var sampled []int
	for k := range s.members {
		if st.side[k] >= 0 {
			sampled = append(sampled, k)
		}
	}
	var found bool
	if c.cfg.SplitAverageLink {
		found = c.averageLinkHalves(s, vec, sampled) && c.sideCentroids(s, vec)
		for it := 0; found && it < c.cfg.SplitIterations; it++ {
			// polish: members go to the nearer half
			changed := false
			for _, k := range sampled {
				if side := c.nearer(vec(k)); side != st.side[k] {
					st.side[k] = side
					changed = true
				}
			}
			if !changed {
				break
			}
			found = c.sideCentroids(s, vec)
		}
	} else {
		found = c.twoMeansHalves(s, vec, sampled)
	}
	if !found {
		return false
	}
	sim := c.mix(dot(st.cent[0], st.cent[1]), st.norm[0], st.norm[1])
	if sim >= max(c.cfg.SplitThreshold, c.cfg.SplitLarge) {
		return false
	}
	for k := range s.members {
		if st.side[k] == unsampled {
			st.side[k] = c.nearer(vec(k))
		}
	}
	var count [2]int
	for _, sd := range st.side {
		if sd >= 0 {
			count[sd]++
		}
	}
	keep := int8(0)
	for k := range s.members {
		if st.side[k] >= 0 {
			keep = st.side[k]
			break
		}
	}
	count[keep] += s.pinned
	if count[0] < c.cfg.SplitMinSide || count[1] < c.cfg.SplitMinSide {
		return false
	}
	// Halves of one story score higher the more articles each averages
	// (one article's quirks weigh less in a centroid of many), while two
	// similar events stay as far apart however large they grow: large
	// halves are held to a higher bar. This matters when the two events
	// arrived interleaved from their first articles on, so that the
	// story's centroid was mixed before it could be tested; arriving one
	// after the other, the second is cut off while still small.
	th := c.cfg.SplitThreshold
	if c.cfg.SplitLarge > th && min(count[0], count[1]) >= c.cfg.SplitLargeSide {
		th = c.cfg.SplitLarge
	}
	if sim >= th {
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
				side, ok := st.sides[mb.of]
				if !ok {
					side = keep // its original is pinned or gone
				}
				st.side[k] = side
			}
		}
	}
	ns := &story{}
	kept := s.members[:0]
	for k, mb := range s.members {
		if st.side[k] == keep {
			kept = append(kept, mb)
		} else {
			ns.members = append(ns.members, mb)
		}
	}
	s.members = kept
	ns.id = c.newIDFromKey(ns.members[0].key)
	nsi := c.appendStory(ns)
	c.live = append(c.live, nsi)
	c.byID[ns.id] = nsi
	for _, mb := range ns.members {
		c.articles[mb.key] = nsi
	}
	if s.pinned > 0 {
		// The pinned members' vectors are gone: the story keeps its
		// centroid less what left, and its span.
		for _, mb := range ns.members {
			if v := c.vecOf(mb); v != nil {
				c.merged = mergeTerms(c.merged[:0], s.cent, v, -1)
				s.cent = s.cent[:0]
				for _, t := range c.merged {
					if t.w > 1e-6 {
						s.cent = append(s.cent, t)
					}
				}
			}
		}
		s.n -= len(ns.members)
		s.norm = norms(s.cent)
		c.storyKeys(s)
	} else {
		c.rebuild(si)
	}
	c.rebuild(nsi)
	c.post(nsi)
	ns.check = c.nextCheck(ns.n)
	ns.tested = ns.n
	ns.weak = true
	return true
}

// averageLinkHalves finds two groups among the sampled members by
// average-link agglomeration: the first split of the dendrogram, from the
// top, whose two sides both hold SplitMinSide members; groups peeled off
// above it are left unsampled (they go to the nearer half later). It sets
// the sampled members' sides and reports whether it found such a split.
func (c *Clusterer) averageLinkHalves(s *story, vec func(int) []term, sampled []int) bool {
	st := &c.sp
	n := len(sampled)
	sim := st.sim[:0]
	for range n * n {
		sim = append(sim, 0)
	}
	st.sim = sim
	for i := range n {
		vi := vec(sampled[i])
		ni := norms(vi)
		c.q.build(vi)
		for j := i + 1; j < n; j++ {
			vj := vec(sampled[j])
			x := float32(c.mix(c.q.dot(vj), ni, norms(vj)))
			sim[i*n+j], sim[j*n+i] = x, x
		}
	}
	// Lance-Williams average linkage; slot i holds the cluster of node
	// id node[i] of size size[i] while alive.
	st.node = st.node[:0]
	st.size = st.size[:0]
	for i := range n {
		st.node = append(st.node, int32(i))
		st.size = append(st.size, 1)
	}
	st.kids = st.kids[:0]
	alive := n
	for alive > 1 {
		bi, bj := -1, -1
		var bs float32 = -2
		for i := range n {
			if st.size[i] == 0 {
				continue
			}
			for j := i + 1; j < n; j++ {
				if st.size[j] != 0 && sim[i*n+j] > bs {
					bs, bi, bj = sim[i*n+j], i, j
				}
			}
		}
		si, sj := float32(st.size[bi]), float32(st.size[bj])
		for k := range n {
			if st.size[k] == 0 || k == bi || k == bj {
				continue
			}
			x := (si*sim[bi*n+k] + sj*sim[bj*n+k]) / (si + sj)
			sim[bi*n+k], sim[k*n+bi] = x, x
		}
		st.kids = append(st.kids, [2]int32{st.node[bi], st.node[bj]})
		st.node[bi] = int32(n + len(st.kids) - 1)
		st.size[bi] += st.size[bj]
		st.size[bj] = 0
		alive--
	}
	// sizes of the nodes
	st.nsize = st.nsize[:0]
	for range n {
		st.nsize = append(st.nsize, 1)
	}
	for _, k := range st.kids {
		st.nsize = append(st.nsize, st.nsize[k[0]]+st.nsize[k[1]])
	}
	minSide := int32(c.cfg.SplitMinSide)
	root := int32(n + len(st.kids) - 1)
	for _, k := range sampled {
		st.side[k] = unsampled
	}
	for root >= int32(n) {
		l, r := st.kids[root-int32(n)][0], st.kids[root-int32(n)][1]
		if st.nsize[l] >= minSide && st.nsize[r] >= minSide {
			c.markLeaves(l, 0, sampled)
			c.markLeaves(r, 1, sampled)
			return true
		}
		if st.nsize[l] < st.nsize[r] {
			root = r
		} else {
			root = l
		}
	}
	return false
}

// markLeaves sets the side of the sampled members under dendrogram node id.
func (c *Clusterer) markLeaves(id int32, side int8, sampled []int) {
	st := &c.sp
	n := int32(len(sampled))
	if id < n {
		st.side[sampled[id]] = side
		return
	}
	k := st.kids[id-n]
	c.markLeaves(k[0], side, sampled)
	c.markLeaves(k[1], side, sampled)
}

// twoMeansHalves finds two groups among the sampled members by 2-means:
// seeded with the member least like the story and the member least like
// that one. It sets the sampled members' sides and the halves' centroids
// and reports false when there are no two groups to speak of.
func (c *Clusterer) twoMeansHalves(s *story, vec func(int) []term, sampled []int) bool {
	st := &c.sp
	a, b := -1, -1
	lo := 2.0
	c.q.build(s.cent)
	for _, k := range sampled {
		v := vec(k)
		if sim := c.mix(c.q.dot(v), norms(v), s.norm); sim < lo {
			lo, a = sim, k
		}
	}
	va := vec(a)
	vna := norms(va)
	c.q.build(va)
	lo = 2.0
	for _, k := range sampled {
		if k == a {
			continue
		}
		v := vec(k)
		if sim := c.mix(c.q.dot(v), norms(v), vna); sim < lo {
			lo, b = sim, k
		}
	}
	if b < 0 || lo >= c.cfg.SplitThreshold {
		// The two members furthest apart are still alike: halves of
		// the story, averages of many members, would be more alike.
		return false
	}
	st.cent[0] = append(st.cent[0][:0], vec(b)...)
	st.cent[1] = append(st.cent[1][:0], va...)
	for g := range 2 {
		st.norm[g] = norms(st.cent[g])
		st.q[g].build(st.cent[g])
	}
	for it := range max(c.cfg.SplitIterations, 1) {
		if it == 1 && c.mix(dot(st.cent[0], st.cent[1]), st.norm[0], st.norm[1]) >= c.cfg.SplitThreshold+splitMargin {
			return false
		}
		changed := false
		for _, k := range sampled {
			if side := c.nearer(vec(k)); side != st.side[k] {
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
	return true
}

// nearer returns the half of the split under test whose centroid v is
// more like.
func (c *Clusterer) nearer(v []term) int8 {
	st := &c.sp
	vn := norms(v)
	if c.mix(st.q[1].dot(v), vn, st.norm[1]) > c.mix(st.q[0].dot(v), vn, st.norm[0]) {
		return 1
	}
	return 0
}

// sideCentroids recomputes the two halves' centroids from their members,
// truncated as a story's would be. It reports false when a half is empty.
func (c *Clusterer) sideCentroids(s *story, vec func(int) []term) bool {
	st := &c.sp
	for g := range 2 {
		// Summed in a hash table: merging sorted lists one member at a
		// time would cost the centroid's length per member.
		st.acc.reset()
		for k := range s.members {
			if int(st.side[k]) != g {
				continue
			}
			for _, t := range vec(k) {
				st.acc.add(t.h, t.w)
			}
		}
		if len(st.acc.used) == 0 {
			return false
		}
		cent := st.cent[g][:0]
		for _, i := range st.acc.used {
			cent = append(cent, term{st.acc.keys[i], st.acc.vals[i]})
		}
		if len(cent) > c.cfg.CentroidTerms {
			selectTop(cent, c.cfg.CentroidTerms)
			cent = cent[:c.cfg.CentroidTerms]
		}
		sortByHash(cent)
		st.cent[g] = cent
		st.norm[g] = norms(cent)
		st.q[g].build(cent)
	}
	return true
}

// rebuild recomputes story si's centroid, size and span from its members
// (none of them pinned).
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
		v := c.vecOf(mb)
		if v == nil {
			continue
		}
		c.merged = mergeTerms(c.merged[:0], s.cent, v, 1)
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
