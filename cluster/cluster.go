// Package cluster groups a stream of articles into stories online: each
// article joins the best candidate story found through an inverted index or
// opens a new one.
//
// An article becomes a sparse TF-IDF vector over word stems, capitalised
// words and runs of them (a cheap stand-in for named entities) and numbers,
// with document frequencies counted online in a fixed-size hashed table.
// A story is the sum of its members' vectors, truncated to its heaviest
// terms. Candidates come from an inverted index over the stories' heaviest
// terms whose posting lists are capped, and a story leaves the index once it
// is too old even to have a follow-up, so the work per article depends on
// how many stories are live, not on the size of the archive.
//
// Time: a story whose last article is older than Config.Window closes; an
// article that matches only a closed story opens a new story linked to it
// as a follow-up. Articles without a date are compared with every live story.
//
// Refinement: a story that two similar events have been put in together
// (two strikes in one month: once the second's first article joins, the
// story's centroid draws the rest of it in) is split again. An open story
// is tested when it has doubled since its last test and a weakly matching
// article has joined it, and at each Refine: its newest members are
// grouped by average-link agglomeration, and the first split of that tree
// with two real sides is made when the two sides' centroids score below
// SplitThreshold (SplitLarge when both sides are large: the halves of one
// story grow more alike as they grow, two events do not). Refine also
// places stories of one to four articles again, as one article, now that
// the stories they match have grown (a story's first articles may have
// opened it before the story they belong to had taken shape).
// Members' vectors live in a fixed ring of the newest articles' vectors;
// older members stay with their story.
//
// Ids: a story's id is derived from the id of its first article, so it does
// not depend on which other stories came before it. When two stories turn
// out to be one, the older keeps its id and Canonical maps the other to it.
// When a story is split, the part holding its oldest movable member keeps
// its id and the other part gets the id its own first article gives. An
// article's story can therefore change after it was placed: callers ask
// StoryOf once they are done adding (and have called Refine).
//
// Restoring: a clusterer lives in memory. To extend yesterday's stories, a
// new run calls Seed(id, members) for each stored story still within
// Window+FollowUpWindow of today's articles (and SetFollowUp for its link),
// then Adds today's articles; articles already seeded are recognised by id,
// so re-reading yesterday's input changes nothing.
package cluster

import (
	"math"
	"slices"
	"time"

	"crossread"
)

// Assignment is where an article was placed.
type Assignment struct {
	StoryID    string
	New        bool
	FollowUpOf string
}

// Config tunes the clusterer. DefaultConfig is the one setting evaluated on
// every data set; the other fields exist for experiments and tests.
type Config struct {
	// Features
	TitleWeight  float32 // a title word counts this many body words
	LeadTokens   int     // the first words of the body ...
	LeadWeight   float32 // ... count this much more
	MaxTokens    int     // body words read per article (0 = all)
	EntityWeight float32 // extra weight of a capitalised word as a name
	PhraseWeight float32 // weight of a run of capitalised words
	NumberWeight float32
	StemCache    int     // words whose stems are remembered
	LightStem    bool    // fold plurals only instead of the Snowball stemmer
	ForeignStem  bool    // fold the Romance and Germanic languages' endings by their own rules
	DFBits       int     // log2 of the slots of the hashed document-frequency table
	PriorDocs    float64 // documents assumed seen before the first, none with the term

	// Vectors and index
	VectorTerms   int // terms kept per article
	CentroidTerms int // terms kept per story
	IndexTerms    int // a story's heaviest terms posted in the index
	QueryTerms    int // an article's heaviest terms looked up
	PostingCap    int // stories kept per posting list (the newest)
	MaxCandidates int // stories scored per article
	ScoreAll      int // an index of at most this many live stories is scored whole, without the postings

	// Decisions
	SpecificShare     float64 // share of the score from names and numbers (when the article has any)
	KeyTerms          int     // an article's heaviest names and numbers ...
	KeyPenalty        float64 // ... multiply its score with a story holding none of them by this
	StoryKeyTerms     int     // likewise, a story's heaviest names and numbers, one of which the article must hold
	Protagonist       bool    // likewise, the name the article repeats most must be in the story
	Threshold         float64 // cosine to join a story
	FollowUpThreshold float64 // cosine to a closed story to be linked as its follow-up
	MergeThreshold    float64 // cosine between two stories to merge them

	Grace          time.Duration // no discount for an article this close to a story's span
	HalfLife       time.Duration // after that, the score halves for every HalfLife between the article and the story's last one (0 = off)
	Window         time.Duration // a story closes after this long without an article
	FollowUpWindow time.Duration // a closed story can get follow-ups this long after its last article

	// Refinement: an open story that has grown by SplitGrowth since its
	// last test is split in two by 2-means over its members when the halves'
	// centroids score below SplitThreshold (0 = never) and each half has
	// SplitMinSide articles.
	SplitThreshold   float64
	SplitLargeSide   int     // when both halves hold this many articles ...
	SplitLarge       float64 // ... they are split below this score instead (0 = SplitThreshold)
	SplitMinSide     int
	SplitIterations  int
	SplitAverageLink bool    // find the halves by average-link agglomeration instead of 2-means
	SplitGrowth      float64 // a story is tested again when it has grown by this factor
	SplitArena       int     // terms of the newest members' vectors kept for splitting (16 bytes each)
	RefineSmall      int     // Refine places stories of at most this many articles again, as one article (0 = never)
	WeakJoin         float64 // a story is tested only after an article joined it with a lower score (or after a merge)

	// Batch keeps every story in the index, however old: for a finite
	// input read at once, where an undated article placed after the dated
	// ones must still find a story whose days have passed. A stream leaves
	// it off, so that memory holds only live stories.
	Batch bool
}

// DefaultConfig returns the evaluated setting.
func DefaultConfig() Config {
	return Config{
		TitleWeight:  2,
		LeadTokens:   60,
		LeadWeight:   1.5,
		ForeignStem:  true,
		MaxTokens:    400,
		EntityWeight: 1,
		PhraseWeight: 1,
		NumberWeight: 1,
		StemCache:    1 << 18,
		DFBits:       22,
		PriorDocs:    1000,

		VectorTerms:   64,
		CentroidTerms: 96,
		IndexTerms:    24,
		QueryTerms:    8,
		PostingCap:    16,
		MaxCandidates: 6,
		ScoreAll:      64,

		SpecificShare:     0.3,
		KeyTerms:          0,
		KeyPenalty:        0.5,
		StoryKeyTerms:     0,
		Threshold:         0.20,
		FollowUpThreshold: 0.30,
		MergeThreshold:    0.50,

		// One event's coverage runs over a day or two, and a date without a
		// clock reads as midnight: a day's grace keeps next-day reports in
		// the story, and past it the score falls fast. (AllSides dates every
		// article of a story with the story's day, so it cannot measure
		// this; see eval/clustering's TestTimeSweep.)
		Grace:          24 * time.Hour,
		HalfLife:       3 * time.Hour,
		Window:         4 * 24 * time.Hour,
		FollowUpWindow: 21 * 24 * time.Hour,

		SplitThreshold:   0.55,
		SplitLargeSide:   8,
		SplitLarge:       0.65,
		SplitMinSide:     3,
		SplitIterations:  0,
		SplitAverageLink: true,
		SplitGrowth:      2,
		SplitArena:       1 << 23,
		WeakJoin:         0.4,
		RefineSmall:      4,
	}
}

type story struct {
	id         string
	followUpOf string
	n          int
	cent       []term     // sorted by hash; the sum of member vectors
	norm       [2]float64 // of the word terms and of the specific terms
	posted     []uint64   // terms under which the story is in the index
	keys       []uint64   // the story's heaviest specific terms
	members    []member   // while open: its articles that can still move in a split
	check      int        // members at which to test it for a split next
	tested     int        // members at its last test
	sealed     bool       // closed: its members are dropped, it is never split again
	pinned     int        // articles that stay with it in any split
	weak       bool       // an article joined it with a score under WeakJoin since its last test
	rejoined   int        // its size when Refine last tried to place it again
}

// Clusterer places articles into stories. It is not safe for concurrent use.
type Clusterer struct {
	cfg      Config
	ex       *extractor
	df       []uint32
	dfMask   uint64
	idf      []float64 // by document frequency, for the small ones
	idfDocs  float64   // the document count idf was computed for
	nDocs    int
	stories  []*story
	link     []int32          // per story: the story it was merged into, -1 for none
	dead     []bool           // per story: out of the index for good
	span     []span           // per story: first and last publication
	live     []int32          // stories still in the index
	byID     map[string]int32 // story id → index
	articles map[uint64]int32 // hash of an article id → story index at placement
	postings postingTable
	clock    time.Time // the latest publication time seen
	swept    time.Time // the clock at the last sweep
	added    int       // articles since the last sweep

	// scratch
	raw         []term
	vec         []term
	top         []term
	merged      []term
	acc         []float32 // per story: the query weight found in its postings
	touched     []int32
	cands       []cand
	q           query
	follow      []cand
	keys        []uint64
	weights     []float32
	protagonist uint64 // the name the current article repeats most, 0 if none
	sp          splitState
	arena       []term // ring of the newest members' vectors
	arenaPos    int64  // terms ever stored in the arena
}

type cand struct {
	s    int32
	hits float32
	raw  float64 // similarity
	sim  float64 // similarity discounted by the time gap
}

// New returns an empty clusterer with DefaultConfig.
func New() *Clusterer { return NewWithConfig(DefaultConfig()) }

// NewWithConfig returns an empty clusterer with cfg.
func NewWithConfig(cfg Config) *Clusterer {
	c := &Clusterer{
		cfg:      cfg,
		df:       make([]uint32, 1<<cfg.DFBits),
		dfMask:   1<<cfg.DFBits - 1,
		byID:     map[string]int32{},
		articles: map[uint64]int32{},
	}
	c.ex = newExtractor(&c.cfg)
	return c
}

// Canonical returns the id a story is now known by: the id of the story it
// was merged into, if any, else id itself.
func (c *Clusterer) Canonical(id string) string {
	i, ok := c.byID[id]
	if !ok {
		return id
	}
	return c.stories[c.root(i)].id
}

// StoryOf returns the (canonical) story of an article already placed.
func (c *Clusterer) StoryOf(articleID string) (string, bool) {
	i, ok := c.articles[articleKey(articleID)]
	if !ok {
		return "", false
	}
	return c.stories[c.root(i)].id, true
}

// articleKey hashes an article id: a map without strings holds a million
// ids in a third of the memory and gives the garbage collector nothing to
// scan. 64 bits make a collision among 10⁸ ids about as likely as 1 in 3,000.
func articleKey(id string) uint64 {
	h := uint64(fnvOffset)
	for i := 0; i < len(id); i++ {
		h ^= uint64(id[i])
		h *= fnvPrime
	}
	return h
}

func (c *Clusterer) appendStory(s *story) int32 {
	si := int32(len(c.stories))
	c.stories = append(c.stories, s)
	c.link = append(c.link, -1)
	c.dead = append(c.dead, false)
	c.span = append(c.span, span{})
	return si
}

func (c *Clusterer) root(i int32) int32 {
	for c.link[i] >= 0 {
		i = c.link[i]
	}
	return i
}

// Add places a in a story. Adding an article whose id was already placed
// returns its story and changes nothing. An article marked as DuplicateOf a
// placed article, with a text similarity of at least one half, joins that
// article's story.
func (c *Clusterer) Add(a *crossread.Article) Assignment {
	if i, ok := c.articles[articleKey(a.ID)]; ok {
		return Assignment{StoryID: c.stories[c.root(i)].id}
	}
	t := a.Published.Time
	if t.After(c.clock) {
		c.clock = t
	}
	c.maybeSweep()
	if a.DuplicateOf != "" && a.Similarity >= 0.5 {
		// (A lower similarity is a page rewritten since it was last
		// read, as live pages are: its text is placed on its own.)
		if i, ok := c.articles[articleKey(a.DuplicateOf)]; ok {
			// A copy adds no evidence: it joins its original's story
			// without pulling the story's vector towards itself.
			i = c.root(i)
			c.articles[articleKey(a.ID)] = i
			c.touch(i, t)
			c.addMember(i, articleKey(a.ID), articleKey(a.DuplicateOf), nanos(t), nil)
			return Assignment{StoryID: c.stories[i].id}
		}
	}
	vec := c.vectorize(a)
	tn := nanos(t)
	c.candidates(vec, tn)

	best, bestFollow := -1, -1
	for k := range c.cands {
		cd := &c.cands[k]
		if c.open(cd.s, tn) {
			if cd.sim >= c.cfg.Threshold && (best < 0 || cd.sim > c.cands[best].sim) {
				best = k
			}
		} else if c.followable(cd.s, tn) && cd.raw >= c.cfg.FollowUpThreshold && (bestFollow < 0 || cd.raw > c.cands[bestFollow].raw) {
			bestFollow = k
		}
	}
	if best >= 0 {
		si := c.cands[best].s
		key := articleKey(a.ID)
		c.articles[key] = si
		c.touch(si, t)
		c.addMember(si, key, 0, tn, vec)
		c.addVector(si, vec)
		if c.cands[best].raw < c.cfg.WeakJoin {
			c.stories[si].weak = true
		}
		si = c.mergeCandidates(si, best)
		c.maybeSplit(si)
		return Assignment{StoryID: c.stories[c.root(c.articles[key])].id}
	}
	s := &story{id: c.newID(a.ID)}
	if bestFollow >= 0 {
		s.followUpOf = c.stories[c.cands[bestFollow].s].id
	}
	si := c.appendStory(s)
	c.touch(si, t)
	c.live = append(c.live, si)
	c.byID[s.id] = si
	c.articles[articleKey(a.ID)] = si
	c.addMember(si, articleKey(a.ID), 0, tn, vec)
	c.addVector(si, vec)
	return Assignment{StoryID: s.id, New: true, FollowUpOf: s.followUpOf}
}

// Seed restores a story placed in an earlier run (yesterday's ingest) so
// that today's articles can extend it: the story keeps storyID, its members
// count as placed, and their terms build its vector and the document
// frequencies. Seeding an id twice adds the new members to the same story.
func (c *Clusterer) Seed(storyID string, members []*crossread.Article) {
	si, ok := c.byID[storyID]
	if !ok {
		si = c.appendStory(&story{id: storyID})
		c.live = append(c.live, si)
		c.byID[storyID] = si
	}
	si = c.root(si)
	for _, a := range members {
		if _, seen := c.articles[articleKey(a.ID)]; seen {
			continue
		}
		t := a.Published.Time
		if t.After(c.clock) {
			c.clock = t
		}
		c.articles[articleKey(a.ID)] = si
		c.touch(si, t)
		if a.DuplicateOf == "" {
			vec := c.vectorize(a)
			c.addMember(si, articleKey(a.ID), 0, nanos(t), vec)
			c.addVector(si, vec)
		} else {
			c.addMember(si, articleKey(a.ID), articleKey(a.DuplicateOf), nanos(t), nil)
		}
	}
	// A stored story was refined when it was stored: Refine leaves it
	// as it is until today's articles make it grow, so that reading the
	// same input again changes nothing. How clearly its articles joined it
	// is not stored, so once it grows it is tested as if one had joined
	// weakly: two events joined yesterday, while each was too small to
	// split off, are told apart when today's articles fill them out.
	s := c.stories[si]
	s.tested, s.rejoined, s.weak = s.n, s.n, true
	s.check = c.nextCheck(s.n)
}

// Prime counts a's terms in the document frequencies without placing it:
// a clusterer primed with a background of past articles weighs rare and
// common terms right from its first article.
func (c *Clusterer) Prime(a *crossread.Article) {
	c.raw = c.ex.extract(a, c.raw)
	c.nDocs++
	for _, t := range c.raw {
		slot := t.h & c.dfMask
		if c.df[slot] < math.MaxUint32 {
			c.df[slot]++
		}
	}
}

// SetFollowUp records that a seeded story was a follow-up of another.
func (c *Clusterer) SetFollowUp(storyID, of string) {
	if i, ok := c.byID[storyID]; ok {
		c.stories[i].followUpOf = of
	}
}

func (c *Clusterer) newID(articleID string) string {
	return c.newIDFromKey(articleKey(articleID))
}

// span is a story's first and last publication times in Unix nanoseconds
// (0 while it has no dated article), kept apart from the story so that
// the time tests on every candidate touch one small array.
type span struct{ first, last int64 }

func nanos(t time.Time) int64 {
	if t.IsZero() {
		return 0
	}
	return t.UnixNano()
}

func (c *Clusterer) touch(si int32, t time.Time) {
	c.stories[si].n++
	tn := nanos(t)
	if tn == 0 {
		return
	}
	sp := &c.span[si]
	if sp.first == 0 || tn < sp.first {
		sp.first = tn
	}
	if tn > sp.last {
		sp.last = tn
	}
}

// open reports whether an article published at tn may join story si.
func (c *Clusterer) open(si int32, tn int64) bool {
	sp := c.span[si]
	if tn == 0 || sp.last == 0 {
		return true
	}
	w := int64(c.cfg.Window)
	return tn-sp.last <= w && sp.first-tn <= w
}

func (c *Clusterer) followable(si int32, tn int64) bool {
	sp := c.span[si]
	return tn != 0 && sp.last != 0 && tn > sp.last && tn-sp.last <= int64(c.cfg.FollowUpWindow)
}

// refreshIDF recomputes the table of inverse document frequencies of the
// common small counts when the number of documents has grown by 1%: the
// logarithms are most of the cost of weighting otherwise.
func (c *Clusterer) refreshIDF() {
	if c.idf != nil && float64(c.nDocs) < c.idfDocs*1.01 {
		return
	}
	// df never exceeds the number of documents, so the table need not
	// be longer: early on, when it is recomputed at every article, it
	// is short.
	size := min(c.nDocs, 1<<16) + 1
	if cap(c.idf) < size {
		c.idf = make([]float64, size, max(size, 2*cap(c.idf)))
	}
	c.idf = c.idf[:size]
	c.idfDocs = float64(c.nDocs)
	for df := 1; df < len(c.idf); df++ {
		c.idf[df] = c.idfOf(c.idfDocs, df)
	}
}

// idfOf is the inverse document frequency of a term in df of n documents.
// PriorDocs pseudo-documents without the term stand for the archive a
// fresh clusterer has not seen: without them, the names every one of the
// first few articles shares would weigh less than any word used once.
func (c *Clusterer) idfOf(n float64, df int) float64 {
	return math.Log(1 + (n+c.cfg.PriorDocs)/float64(df))
}

// vectorize returns a's TF-IDF vector: the VectorTerms heaviest terms,
// unit length, sorted by hash. It counts a's terms in the document
// frequencies. The slice is reused by the next call.
func (c *Clusterer) vectorize(a *crossread.Article) []term {
	c.raw = c.ex.extract(a, c.raw)
	c.nDocs++
	c.refreshIDF()
	c.protagonist = 0
	if c.cfg.Protagonist {
		var best float32
		for _, t := range c.raw {
			if t.h&entityBit != 0 && t.h&specificBit != 0 && (t.w > best || t.w == best && t.h < c.protagonist) {
				best, c.protagonist = t.w, t.h
			}
		}
		if best < 2 {
			c.protagonist = 0 // a name said once is no protagonist
		}
	}
	n := float64(c.nDocs)
	for k := range c.raw {
		t := &c.raw[k]
		slot := t.h & c.dfMask
		if c.df[slot] < math.MaxUint32 {
			c.df[slot]++
		}
		df := c.df[slot]
		var idf float64
		if int(df) < len(c.idf) {
			idf = c.idf[df]
		} else {
			idf = c.idfOf(n, int(df))
		}
		tf := float64(t.w)
		if tf != 1 {
			tf = 1 + logTF(tf)
		}
		t.w = float32(tf * idf)
	}
	vec := c.raw
	if len(vec) > c.cfg.VectorTerms {
		selectTop(vec, c.cfg.VectorTerms)
		vec = vec[:c.cfg.VectorTerms]
	}
	ss := norms(vec)
	for k := range vec {
		if n := ss[group(vec[k].h)]; n > 0 {
			vec[k].w /= float32(n)
		}
	}
	sortByHash(vec)
	c.vec = append(c.vec[:0], vec...)
	return c.vec
}

func cmpHash(a, b uint64) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// candidates fills c.cands with the stories sharing the most weight with
// vec through the index, scored by cosine.
func (c *Clusterer) candidates(vec []term, tn int64) {
	c.cands = c.cands[:0]
	vn := norms(vec)
	c.q.build(vec)
	c.keyTerms(vec)
	if n := len(c.stories); len(c.acc) < n {
		c.acc = append(c.acc, make([]float32, n-len(c.acc))...)
	}
	c.touched = c.touched[:0]
	for _, qt := range c.topTerms(vec, c.cfg.QueryTerms) {
		for _, si := range c.postings.get(qt.h) {
			si = c.root(si)
			if c.dead[si] {
				continue
			}
			if c.acc[si] == 0 {
				c.touched = append(c.touched, si)
			}
			c.acc[si] += qt.w
		}
	}
	// A small index is scored whole: two reports of one event worded
	// apart ("granizada" · "granizo") may share none of their heaviest
	// terms, and with few stories there is no cost to save.
	if len(c.live) <= c.cfg.ScoreAll {
		for _, si := range c.live {
			si = c.root(si)
			if !c.dead[si] && c.acc[si] == 0 && !slices.Contains(c.touched, si) {
				c.touched = append(c.touched, si)
			}
		}
	}
	// Only open stories can take the article and only recently closed
	// ones can be followed up; the rest are not scored. Open stories are
	// ranked by the query weight they share, discounted by the time gap;
	// a few closed ones are kept for follow-ups.
	follow := c.follow[:0]
	for _, si := range c.touched {
		w := c.acc[si]
		c.acc[si] = 0
		switch {
		case c.open(si, tn):
			c.cands = append(c.cands, cand{s: si, hits: w * float32(c.decay(si, tn))})
		case c.followable(si, tn):
			follow = append(follow, cand{s: si, hits: w})
		}
	}
	c.cands = topCands(c.cands, c.cfg.MaxCandidates)
	follow = topCands(follow, c.cfg.MaxCandidates/4+1)
	c.cands = append(c.cands, follow...)
	c.follow = follow
	for k := range c.cands {
		s := c.stories[c.cands[k].s]
		c.cands[k].raw = c.scoreQuery(vn, s)
		if !c.sharesKey(s) || !hasAny(vec, s.keys) || (c.protagonist != 0 && !hasAny(s.cent, []uint64{c.protagonist})) {
			c.cands[k].raw *= c.cfg.KeyPenalty
		}
		c.cands[k].sim = c.cands[k].raw * c.decay(c.cands[k].s, tn)
	}
	// Posting order must not decide ties.
	slices.SortFunc(c.cands, func(x, y cand) int { return int(x.s - y.s) })
}

// keyTerms fills c.keys with the KeyTerms heaviest specific terms of vec:
// the names and numbers that say which event this is.
func (c *Clusterer) keyTerms(vec []term) {
	c.keys = c.keys[:0]
	if c.cfg.KeyTerms <= 0 {
		return
	}
	c.top = c.top[:0]
	for _, t := range vec {
		if group(t.h) == 1 {
			c.top = append(c.top, t)
		}
	}
	k := min(c.cfg.KeyTerms, len(c.top))
	selectTop(c.top, k)
	for _, t := range c.top[:k] {
		c.keys = append(c.keys, t.h)
	}
}

// hasAny reports whether vec (sorted by hash) holds one of keys, or keys is empty.
func hasAny(vec []term, keys []uint64) bool {
	if len(keys) == 0 {
		return true
	}
	for _, h := range keys {
		if _, ok := slices.BinarySearchFunc(vec, h, func(t term, h uint64) int { return cmpHash(t.h, h) }); ok {
			return true
		}
	}
	return false
}

// sharesKey reports whether story s holds one of the article's key terms
// (or the article has none).
func (c *Clusterer) sharesKey(s *story) bool {
	if len(c.keys) == 0 {
		return true
	}
	for _, h := range c.keys {
		if _, ok := slices.BinarySearchFunc(s.cent, h, func(t term, h uint64) int { return cmpHash(t.h, h) }); ok {
			return true
		}
	}
	return false
}

// topCands keeps the k candidates with the most shared query weight (ties
// to the older story), by insertion into the first k slots: k is small and
// most candidates fall out at the first comparison.
func topCands(cs []cand, k int) []cand {
	if len(cs) <= k {
		return cs
	}
	better := func(x, y cand) bool { return x.hits > y.hits || (x.hits == y.hits && x.s < y.s) }
	n := 0
	for _, c := range cs {
		if n == k && !better(c, cs[k-1]) {
			continue
		}
		j := min(n, k-1)
		for j > 0 && better(c, cs[j-1]) {
			cs[j] = cs[j-1]
			j--
		}
		cs[j] = c
		if n < k {
			n++
		}
	}
	return cs[:k]
}

// topTerms returns the k heaviest terms of vec (vec itself is not changed).
func (c *Clusterer) topTerms(vec []term, k int) []term {
	if len(vec) <= k {
		return vec
	}
	c.top = append(c.top[:0], vec...)
	selectTop(c.top, k)
	return c.top[:k]
}

// decay discounts a story by the time between t and its nearest article.
func (c *Clusterer) decay(si int32, tn int64) float64 {
	sp := c.span[si]
	if c.cfg.HalfLife <= 0 || tn == 0 || sp.last == 0 {
		return 1
	}
	// A time at midnight is taken for a date without a clock: that
	// article may have come out at any hour of its day, so a clocked one
	// after it is as close as the day's end (two dates keep their
	// midnights, which the grace allows for).
	var gap int64
	switch {
	case tn > sp.last:
		gap = tn - sp.last
		if !dateOnly(tn) && dateOnly(sp.last) {
			gap -= int64(24 * time.Hour)
		}
	case tn < sp.first:
		gap = sp.first - tn
		if dateOnly(tn) && !dateOnly(sp.first) {
			gap -= int64(24 * time.Hour)
		}
	}
	gap -= int64(c.cfg.Grace)
	if gap <= 0 {
		return 1
	}
	return exp2Neg(float64(gap) / float64(c.cfg.HalfLife))
}

// dateOnly reports whether a publication time in nanoseconds falls on a
// UTC midnight, as a date read without its time of day does.
func dateOnly(tn int64) bool { return tn%int64(24*time.Hour) == 0 }

func group(h uint64) int { return int(h >> 63) }

// norms returns the Euclidean norms of the word and specific terms of v.
func norms(v []term) [2]float64 {
	var ss [2]float64
	for _, t := range v {
		ss[group(t.h)] += float64(t.w) * float64(t.w)
	}
	return [2]float64{math.Sqrt(ss[0]), math.Sqrt(ss[1])}
}

// score is the similarity of a vector (with group norms vn) to story s: the
// cosine of the word terms and that of the specific terms, mixed by
// SpecificShare. A vector without specific terms is scored on its words.
func (c *Clusterer) score(v []term, vn [2]float64, s *story) float64 {
	return c.mix(dot(v, s.cent), vn, s.norm)
}

// mix turns the group dot products d of a vector (group norms vn) with
// a story (group norms sn) into the score.
func (c *Clusterer) mix(d, vn, sn [2]float64) float64 {
	var cos [2]float64
	for g := range 2 {
		if vn[g] > 0 && sn[g] > 0 {
			cos[g] = d[g] / (vn[g] * sn[g])
		}
	}
	if vn[1] == 0 {
		return cos[0]
	}
	if vn[0] == 0 {
		return cos[1]
	}
	l := c.cfg.SpecificShare
	return (1-l)*cos[0] + l*cos[1]
}

// scoreQuery is score for the article in c.q, whose group norms are vn.
func (c *Clusterer) scoreQuery(vn [2]float64, s *story) float64 {
	return c.mix(c.q.dot(s.cent), vn, s.norm)
}

// query holds the article's terms in a small open-addressing table, so
// that its dot product with a story is one probe per story term instead
// of a merge whose branches the processor cannot predict.
type query struct {
	keys []uint64
	vals []float32
}

func (q *query) build(vec []term) {
	// At most one slot in eight is taken: a story term that is not the
	// article's (most of them) then finds an empty slot at the first
	// probe, and the table still fits in the first-level cache.
	n := 16
	for n < 8*len(vec) {
		n <<= 1
	}
	if len(q.keys) != n {
		q.keys, q.vals = make([]uint64, n), make([]float32, n)
	} else {
		clear(q.keys)
	}
	mask := uint64(n - 1)
	for _, t := range vec {
		i := t.h & mask
		for q.keys[i] != 0 {
			i = (i + 1) & mask
		}
		q.keys[i], q.vals[i] = t.h, t.w
	}
}

func (q *query) dot(cent []term) [2]float64 {
	var s [2]float64
	mask := uint64(len(q.keys) - 1)
	for _, t := range cent {
		i := t.h & mask
		k := q.keys[i]
		for k != t.h && k != 0 {
			i = (i + 1) & mask
			k = q.keys[i]
		}
		// Whether a term matches is a coin toss the processor cannot
		// predict: a miss adds zero (which leaves the sum exactly as it
		// was) instead of branching.
		var v float32
		if k == t.h && k != 0 {
			v = q.vals[i]
		}
		s[group(t.h)] += float64(v) * float64(t.w)
	}
	return s
}

// dot returns the dot products of the word terms and of the specific terms.
func dot(a, b []term) [2]float64 {
	var s [2]float64
	i, j := 0, 0
	for i < len(a) && j < len(b) {
		switch {
		case a[i].h < b[j].h:
			i++
		case a[i].h > b[j].h:
			j++
		default:
			s[group(a[i].h)] += float64(a[i].w) * float64(b[j].w)
			i++
			j++
		}
	}
	return s
}

// addVector adds vec to story si's centroid, truncates it and posts its
// heaviest terms.
func (c *Clusterer) addVector(si int32, vec []term) {
	s := c.stories[si]
	c.merged = mergeTerms(c.merged[:0], s.cent, vec, 1)
	s.cent = append(s.cent[:0], c.merged...)
	c.finishCentroid(si)
}

// finishCentroid truncates a story's centroid when it has grown a quarter
// past CentroidTerms (truncating after every article would cost a selection
// each time), recomputes its norms and, while the story is young or when it
// doubles, posts its heaviest terms in the index.
func (c *Clusterer) finishCentroid(si int32) {
	s := c.stories[si]
	if len(s.cent) > c.cfg.CentroidTerms*5/4 {
		s.cent, c.weights = truncateSorted(s.cent, c.cfg.CentroidTerms, c.weights)
	}
	s.norm = norms(s.cent)
	c.storyKeys(s)
	if s.n > 4 && s.n&(s.n-1) != 0 {
		return
	}
	c.post(si)
}

// storyKeys fills s.keys with its StoryKeyTerms heaviest specific terms.
func (c *Clusterer) storyKeys(s *story) {
	if c.cfg.StoryKeyTerms > 0 {
		c.top = c.top[:0]
		for _, t := range s.cent {
			if group(t.h) == 1 {
				c.top = append(c.top, t)
			}
		}
		k := min(c.cfg.StoryKeyTerms, len(c.top))
		selectTop(c.top, k)
		s.keys = s.keys[:0]
		for _, t := range c.top[:k] {
			s.keys = append(s.keys, t.h)
		}
	}
}

// post puts story si in the index under its heaviest terms.
func (c *Clusterer) post(si int32) {
	s := c.stories[si]
	for _, t := range c.topTerms(s.cent, c.cfg.IndexTerms) {
		if slices.Contains(s.posted, t.h) {
			continue
		}
		s.posted = append(s.posted, t.h)
		p := append(c.postings.get(t.h), si)
		if len(p) > c.cfg.PostingCap {
			// keep the newest stories: the oldest are the likeliest closed
			p = append(p[:0], p[len(p)-c.cfg.PostingCap:]...)
		}
		c.postings.set(t.h, p)
	}
}

// mergeTerms appends to dst the sum of a and f·b (both sorted by hash).
func mergeTerms(dst, a, b []term, f float32) []term {
	i, j := 0, 0
	for i < len(a) || j < len(b) {
		switch {
		case j >= len(b) || (i < len(a) && a[i].h < b[j].h):
			dst = append(dst, a[i])
			i++
		case i >= len(a) || a[i].h > b[j].h:
			dst = append(dst, term{b[j].h, f * b[j].w})
			j++
		default:
			dst = append(dst, term{a[i].h, a[i].w + f*b[j].w})
			i++
			j++
		}
	}
	return dst
}

// mergeCandidates merges into one the story si just joined (candidate k)
// and any other open candidate the article also matched, when the two
// stories' vectors agree. The older story keeps its id. It returns the
// surviving story.
func (c *Clusterer) mergeCandidates(si int32, k int) int32 {
	if c.cfg.MergeThreshold <= 0 {
		return si
	}
	for j := range c.cands {
		if j == k || c.cands[j].sim < c.cfg.Threshold {
			continue
		}
		oj := c.root(c.cands[j].s)
		si = c.root(si)
		if oj == si {
			continue
		}
		a, b := c.stories[si], c.stories[oj]
		if !c.open(oj, c.span[si].last) || c.dead[oj] {
			continue
		}
		if c.score(a.cent, a.norm, b) < c.cfg.MergeThreshold {
			continue
		}
		keep, gone := si, oj
		if oj < si { // created earlier
			keep, gone = oj, si
		}
		c.absorb(keep, gone)
		si = keep
	}
	return si
}

func (c *Clusterer) absorb(keep, gone int32) {
	k, g := c.stories[keep], c.stories[gone]
	c.link[gone] = keep
	c.merged = mergeTerms(c.merged[:0], k.cent, g.cent, 1)
	k.cent = append(k.cent[:0], c.merged...)
	k.n += g.n
	ks, gs := &c.span[keep], c.span[gone]
	if gs.first != 0 && (ks.first == 0 || gs.first < ks.first) {
		ks.first = gs.first
	}
	if gs.last > ks.last {
		ks.last = gs.last
	}
	if k.followUpOf == "" {
		k.followUpOf = g.followUpOf
	}
	k.sealed = k.sealed || g.sealed
	k.weak = true // two stories' worth of members: worth a test
	if k.sealed {
		k.members = nil
	} else {
		k.members = append(k.members, g.members...)
		k.pinned += g.pinned
	}
	g.cent, g.posted, g.members = nil, nil, nil
	c.finishCentroid(keep)
}

// maybeSweep drops from the index, once a day of stream time, the stories
// too old to be joined or followed up, so the index holds live stories only.
func (c *Clusterer) maybeSweep() {
	c.added++
	if c.cfg.Batch || c.clock.IsZero() || c.clock.Sub(c.swept) < 24*time.Hour {
		return
	}
	c.swept = c.clock
	c.added = 0
	horizon := c.clock.Add(-c.cfg.FollowUpWindow - c.cfg.Window)
	live := c.live[:0]
	for _, si := range c.live {
		s := c.stories[si]
		last := c.span[si].last
		if c.link[si] >= 0 || (last != 0 && last < horizon.UnixNano()) {
			c.dead[si] = true
			s.cent, s.posted, s.members = nil, nil, nil
			continue
		}
		if last != 0 && last < c.clock.Add(-c.cfg.Window).UnixNano() {
			// closed: it takes no more articles, so it is not split again
			s.members, s.sealed = nil, true
		} else if len(s.members) > 0 {
			c.dropPinned(s)
		}
		live = append(live, si)
	}
	c.live = live
	c.postings.filter(func(si int32) bool { return !c.dead[si] })
}
