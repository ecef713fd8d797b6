// Package dedup finds exact and near-duplicate articles (syndicated copies,
// light rewrites) with shingled MinHash and LSH.
//
// Exact: the same canonical URL, or the same text once case, punctuation
// and spacing are folded away. Near: the body's word 3-shingles are hashed
// once each into a one-permutation MinHash signature (each shingle lands in
// one of Bins bins and the bin keeps its minimum; empty bins borrow from
// their neighbour), the signature is cut into LSH bands, and an article
// sharing a band with an earlier one is compared with it bin by bin. The
// estimated Jaccard similarity, or the share of the shorter article found
// in the longer (containment, for truncated copies), must pass a threshold
// set so that two outlets writing the same story in their own words, who
// share names and quotes but few runs of three words, stay apart.
//
// The index is a ring of the last Config.Capacity articles: copies come
// within days, and memory stays bounded however long the stream.
package dedup

import (
	"math"
	"net/url"
	"strings"
	"unicode"
	"unicode/utf8"

	"crossread"
)

// Match is the earlier article an article copies.
type Match struct {
	ID         string
	Similarity float64
}

// Config tunes the index.
type Config struct {
	Threshold            float64 // estimated Jaccard of 3-shingles to call a copy
	ContainmentThreshold float64 // share of the shorter article in the longer one
	MinShingles          int     // shorter bodies are matched exactly only
	Capacity             int     // articles remembered
}

// DefaultConfig returns the tested setting.
func DefaultConfig() Config {
	return Config{Threshold: 0.5, ContainmentThreshold: 0.85, MinShingles: 15, Capacity: 200000}
}

const (
	bins  = 126
	rows  = 3
	bands = bins / rows
	empty = math.MaxUint32
)

type entry struct {
	id       string
	root     string // the original this entry copies, or id
	sig      [bins]uint32
	shingles int
	hasSig   bool
	sim      float64  // to root, when a near copy
	copies   []string // exact copies recorded against this slot
	textKey  uint64
	urlKey   uint64
}

// Index holds the signatures of the articles seen so far.
type Index struct {
	cfg     Config
	ring    []entry
	next    int // the slot the next article takes
	full    bool
	byID    map[string]int32
	byText  map[uint64]int32
	byURL   map[uint64]int32
	heads   map[uint64]int32   // band key → newest slot
	copySim map[string]float64 // similarity of the copies that take no slot
	chain   []int32            // chain[slot*bands+b] → older slot with the same key, -1 at the end

	words []uint64
}

// New returns an empty index with DefaultConfig.
func New() *Index { return NewWithConfig(DefaultConfig()) }

// NewWithConfig returns an empty index.
func NewWithConfig(cfg Config) *Index {
	if cfg.Capacity < 1 {
		cfg.Capacity = 1
	}
	return &Index{cfg: cfg, byID: map[string]int32{}, byText: map[uint64]int32{}, byURL: map[uint64]int32{},
		heads: map[uint64]int32{}, copySim: map[string]float64{}}
}

// Add records a and returns the earliest article it duplicates, if any: an
// exact copy with Similarity 1, or a near copy with its estimated
// similarity. Adding an article id already recorded returns its own match
// again and changes nothing.
func (x *Index) Add(a *crossread.Article) (Match, bool) {
	if s, ok := x.byID[a.ID]; ok {
		e := &x.ring[s]
		switch {
		case e.id != a.ID: // recorded as a copy of e without a slot of its own
			return Match{ID: e.root, Similarity: x.copySim[a.ID]}, true
		case e.root != e.id:
			return Match{ID: e.root, Similarity: e.sim}, true
		}
		return Match{}, false
	}
	e := entry{id: a.ID, root: a.ID}
	x.words = wordHashes(x.words[:0], a.Text)
	if len(x.words) == 0 {
		x.words = wordHashes(x.words[:0], a.Title)
	}
	if len(x.words) > 0 {
		e.textKey = hashWords(x.words)
	}
	if len(x.words) >= 3 {
		e.shingles = x.signature(&e.sig, x.words)
		e.hasSig = e.shingles >= x.cfg.MinShingles
	}
	if u := CanonicalURL(firstNonEmpty(a.CanonicalURL, a.URL)); u != "" {
		e.urlKey = hashString(u)
		if s, ok := x.byURL[e.urlKey]; ok {
			// The same page read again is one source whatever it says
			// now; the similarity tells a re-fetch (1) from a live page
			// rewritten since (low), which is not a copy of its text.
			o := &x.ring[s]
			sim := 0.0
			switch {
			case e.textKey != 0 && e.textKey == o.textKey:
				sim = 1
			case e.hasSig && o.hasSig:
				sim, _ = x.compare(&e, o)
			}
			x.remember(a.ID, s, sim)
			return Match{ID: o.root, Similarity: sim}, true
		}
	}
	if e.textKey != 0 {
		if s, ok := x.byText[e.textKey]; ok {
			x.remember(a.ID, s, 1)
			return Match{ID: x.ring[s].root, Similarity: 1}, true
		}
	}
	var best Match
	found := false
	if e.hasSig {
		for b := 0; b < bands; b++ {
			key := bandKey(&e.sig, b)
			steps := 0
			for s := x.head(key); s >= 0 && steps < 64; s = x.chain[int(s)*bands+b] {
				steps++
				o := &x.ring[s]
				if !o.hasSig || bandKey(&o.sig, b) != key {
					break // the slot was reused: the chain ends here
				}
				sim, ok := x.compare(&e, o)
				if ok && (!found || sim > best.Similarity) {
					best, found = Match{ID: o.root, Similarity: sim}, true
				}
			}
		}
	}
	if found {
		e.root, e.sim = best.ID, best.Similarity
	}
	x.insert(e)
	return best, found
}

// compare estimates the similarity of two signed entries and whether it
// makes them copies.
func (x *Index) compare(a, b *entry) (float64, bool) {
	same := 0
	for i := range a.sig {
		if a.sig[i] == b.sig[i] {
			same++
		}
	}
	j := float64(same) / bins
	if j >= x.cfg.Threshold {
		return j, true
	}
	// |A∩B| = J(|A|+|B|)/(1+J); containment of the shorter in the longer.
	small := min(a.shingles, b.shingles)
	inter := j * float64(a.shingles+b.shingles) / (1 + j)
	c := inter / float64(small)
	if c >= x.cfg.ContainmentThreshold && j > 0.2 {
		return math.Min(c, 1), true
	}
	return j, false
}

// remember records a duplicate id that takes no slot of its own.
func (x *Index) remember(id string, s int32, sim float64) {
	x.copySim[id] = sim
	// An exact copy resolves through its original's slot for as long as
	// that slot lives; after that, a re-add is treated as new.
	x.byID[id] = s
	x.ring[s].copies = append(x.ring[s].copies, id)
}

func (x *Index) head(key uint64) int32 {
	if s, ok := x.heads[key]; ok {
		return s
	}
	return -1
}

func (x *Index) insert(e entry) {
	s := int32(x.next)
	if len(x.ring) < x.cfg.Capacity {
		x.ring = append(x.ring, entry{})
		x.chain = append(x.chain, make([]int32, bands)...)
	} else {
		x.evict(s)
	}
	x.next++
	if x.next == x.cfg.Capacity {
		x.next = 0
	}
	x.ring[s] = e
	x.byID[e.id] = s
	if e.textKey != 0 {
		x.byText[e.textKey] = s
	}
	if e.urlKey != 0 {
		x.byURL[e.urlKey] = s
	}
	for b := 0; b < bands; b++ {
		c := &x.chain[int(s)*bands+b]
		*c = -1
		if !e.hasSig {
			continue
		}
		key := bandKey(&e.sig, b)
		*c = x.head(key)
		x.heads[key] = s
	}
}

func (x *Index) evict(s int32) {
	o := &x.ring[s]
	if x.byID[o.id] == s {
		delete(x.byID, o.id)
	}
	if x.byText[o.textKey] == s {
		delete(x.byText, o.textKey)
	}
	if x.byURL[o.urlKey] == s {
		delete(x.byURL, o.urlKey)
	}
	if o.hasSig {
		for b := 0; b < bands; b++ {
			key := bandKey(&o.sig, b)
			if x.heads[key] == s {
				delete(x.heads, key)
			}
		}
	}
	for _, id := range o.copies {
		if x.byID[id] == s {
			delete(x.byID, id)
			delete(x.copySim, id)
		}
	}
	*o = entry{}
}

// signature fills sig with the one-permutation MinHash of the 3-shingles
// of words and returns the number of shingles.
func (x *Index) signature(sig *[bins]uint32, words []uint64) int {
	for i := range sig {
		sig[i] = empty
	}
	n := 0
	for i := 0; i+2 < len(words); i++ {
		h := mix(words[i]*31*31 + words[i+1]*31 + words[i+2])
		bin := (h >> 32) % bins
		if v := uint32(h); v < sig[bin] {
			sig[bin] = v
		}
		n++
	}
	// Rotation densification (Shrivastava 2017): an empty bin takes the
	// value of the next non-empty bin to its right, tagged with the
	// distance, so two similar documents fill their empty bins alike.
	for i := 0; i < bins; i++ {
		if sig[i] != empty {
			continue
		}
		for d := 1; d < bins; d++ {
			if v := sig[(i+d)%bins]; v != empty && !isBorrowed(v) {
				sig[i] = borrowed(v, d)
				break
			}
		}
	}
	return n
}

// Borrowed values live in the top of the range so they never equal a real
// minimum; the distance keeps two borrows from different bins apart.
func borrowed(v uint32, d int) uint32 {
	return 0xF0000000 | (uint32(mix(uint64(v)<<8|uint64(d))) & 0x0FFFFFFF)
}
func isBorrowed(v uint32) bool { return v >= 0xF0000000 }

func bandKey(sig *[bins]uint32, b int) uint64 {
	h := uint64(b+1) * 0x9E3779B97F4A7C15
	for _, v := range sig[b*rows : b*rows+rows] {
		h = mix(h ^ uint64(v))
	}
	if h == 0 {
		h = 1
	}
	return h
}

func mix(h uint64) uint64 {
	h ^= h >> 33
	h *= 0xff51afd7ed558ccd
	h ^= h >> 33
	h *= 0xc4ceb9fe1a85ec53
	h ^= h >> 33
	return h
}

func hashString(s string) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= 1099511628211
	}
	return mix(h)
}

func hashWords(ws []uint64) uint64 {
	h := uint64(1)
	for _, w := range ws {
		h = mix(h*31 + w)
	}
	if h == 0 {
		h = 1
	}
	return h
}

// wordHashes appends the hashes of the lower-case words of s: runs of
// letters and digits; everything else (punctuation, spacing, markup
// residue) separates words, and apostrophes are dropped so that "don't"
// and "don’t" are one word.
func wordHashes(out []uint64, s string) []uint64 {
	const offset, prime = 14695981039346656037, 1099511628211
	h, n := uint64(offset), 0
	flush := func() {
		if n > 0 {
			out = append(out, mix(h))
			h, n = offset, 0
		}
	}
	for i := 0; i < len(s); {
		r, size := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(s[i:])
		}
		i += size
		switch {
		case r >= 'a' && r <= 'z' || r >= '0' && r <= '9':
		case r >= 'A' && r <= 'Z':
			r += 'a' - 'A'
		case r == '\'' || r == '\u2019':
			continue
		case r >= utf8.RuneSelf && (unicode.IsLetter(r) || unicode.IsDigit(r)):
			r = unicode.ToLower(r)
		default:
			flush()
			continue
		}
		h = (h ^ uint64(r)) * prime
		n++
	}
	flush()
	return out
}

// CanonicalURL folds the variants of one address: scheme and "www." dropped,
// host lower-cased, fragment, tracking parameters and a trailing slash
// removed, the remaining query sorted. It returns "" for what is not an
// absolute http(s) URL.
func CanonicalURL(raw string) string {
	raw = strings.TrimSpace(raw)
	if raw == "" {
		return ""
	}
	u, err := url.Parse(raw)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return ""
	}
	host := strings.TrimPrefix(strings.ToLower(u.Hostname()), "www.")
	if p := u.Port(); p != "" && p != "80" && p != "443" {
		host += ":" + p
	}
	q := u.Query()
	for k := range q {
		lk := strings.ToLower(k)
		if strings.HasPrefix(lk, "utm_") || trackingParams[lk] {
			q.Del(k)
		}
	}
	path := strings.TrimRight(u.EscapedPath(), "/")
	out := host + path
	if enc := q.Encode(); enc != "" { // Encode sorts by key
		out += "?" + enc
	}
	return out
}

var trackingParams = map[string]bool{
	"fbclid": true, "gclid": true, "dclid": true, "msclkid": true, "mc_cid": true, "mc_eid": true,
	"ref": true, "ref_src": true, "cmpid": true, "ocid": true, "smid": true, "smtyp": true,
	"srnd": true, "src": true, "ito": true, "guccounter": true, "taid": true, "_ga": true,
}

func firstNonEmpty(s ...string) string {
	for _, v := range s {
		if v != "" {
			return v
		}
	}
	return ""
}
