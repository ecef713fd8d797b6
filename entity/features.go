package entity

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Tags are BILOU over the four CoNLL types: 0 is O, then for each type the
// Begin, Inside, Last and Unit tags. BILOU lets a greedy tagger see where an
// entity ends, which IOB hides.
const (
	numTypes = 4
	numTags  = 1 + numTypes*4
	tagO     = 0
	posB     = 0
	posI     = 1
	posL     = 2
	posU     = 3
)

// conllTypes are the tag-set names; entityTypes the domain names they map to.
var (
	conllTypes  = [numTypes]string{"PER", "ORG", "LOC", "MISC"}
	entityTypes = [numTypes]string{"PERSON", "ORG", "LOC", "MISC"}
)

func mkTag(typ, pos int) int { return 1 + typ*4 + pos }
func tagType(t int) int      { return (t - 1) / 4 }
func tagPos(t int) int       { return (t - 1) % 4 }

func typeIndex(name string) int {
	for i, n := range conllTypes {
		if n == name {
			return i
		}
	}
	return -1
}

// allowed reports whether tag cur may follow prev; last marks the final
// token of a sentence, where an open entity must close.
func allowed(prev, cur int, last bool) bool {
	open := prev != tagO && (tagPos(prev) == posB || tagPos(prev) == posI)
	if open {
		if cur == tagO || tagType(cur) != tagType(prev) {
			return false
		}
		p := tagPos(cur)
		if last {
			return p == posL
		}
		return p == posI || p == posL
	}
	if cur == tagO {
		return true
	}
	p := tagPos(cur)
	if last {
		return p == posU
	}
	return p == posB || p == posU
}

// bilouFromChunks turns entity chunks into one BILOU tag per token.
func bilouFromChunks(n int, chunks []Chunk) []int {
	tags := make([]int, n)
	for _, c := range chunks {
		ty := typeIndex(c.Type)
		if ty < 0 {
			continue
		}
		if c.End-c.Start == 1 {
			tags[c.Start] = mkTag(ty, posU)
			continue
		}
		tags[c.Start] = mkTag(ty, posB)
		for i := c.Start + 1; i < c.End-1; i++ {
			tags[i] = mkTag(ty, posI)
		}
		tags[c.End-1] = mkTag(ty, posL)
	}
	return tags
}

// chunksFromBILOU reads entities back from BILOU tags, tolerating
// ill-formed sequences (an entity ends where its type or run breaks).
func chunksFromBILOU(tags []int) []Chunk {
	var out []Chunk
	start, typ := -1, -1
	closeAt := func(i int) {
		if start >= 0 {
			out = append(out, Chunk{start, i, conllTypes[typ]})
		}
		start, typ = -1, -1
	}
	for i, t := range tags {
		if t == tagO {
			closeAt(i)
			continue
		}
		ty, p := tagType(t), tagPos(t)
		if start >= 0 && (ty != typ || p == posB || p == posU) {
			closeAt(i)
		}
		if start < 0 {
			start, typ = i, ty
		}
		if p == posL || p == posU {
			closeAt(i + 1)
		}
	}
	closeAt(len(tags))
	return out
}

// Feature keys are 64-bit FNV-1a hashes of a template id and its value,
// computed without allocating.
const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

func hashString(h uint64, s string) uint64 {
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= fnvPrime
	}
	return h
}

func hashByte(h uint64, b byte) uint64 {
	h ^= uint64(b)
	return h * fnvPrime
}

func feat(tmpl byte, s string) uint64 { return hashString(hashByte(fnvOffset, tmpl), s) }

func feat2(tmpl byte, a, b string) uint64 {
	return hashString(hashByte(hashString(hashByte(fnvOffset, tmpl), a), 0), b)
}

// Feature templates. Values are part of the model file format: append only.
const (
	fBias byte = iota + 1
	fWord
	fLower
	fLowerM1
	fLowerP1
	fLowerM2
	fLowerP2
	fShape
	fShapeM1
	fShapeP1
	fShapeM2
	fShapeP2
	fShortShape
	fPrefix
	fSuffix
	fBigramM1
	fBigramP1
	fShapeBiM1
	fShapeBiP1
	fFlag
	fInitialCap
	fHeadlineShape
	fGaz
	fGazLower
	fGazWord
	fDocLowerSeen
	fDocCapSeen
	fDocTitleSeen
	fPrevTag
	fPrevTag2
	fPrevTagWord
	fPrevTagShape
	fHist
	fHistMajority
	fCommonLower
	fHistShape
	fPrevTagSuffix
	fShapeTri
	fWordP1Shape
	fWordM1Shape
	fStackOwn
	fStackNeighbours
	fStackOwnShape
	fStackDoc
	fStackDocMajority
	fAggPrev
	fAggNext
	fPrevWordShape
	fNextWordShape
)

// token holds what the features of one token need, computed once.
type token struct {
	word  string // as written, quotes folded to ASCII
	lower string
	shape string // runs capped at four: Xxxx, XX, dddd, X.X.
	short string // runs collapsed: Xx, X, d, X.X.
	cap   bool   // first letter upper case
	caps  bool   // every letter upper case (and at least two letters)
}

func newToken(w string) token {
	w = foldQuotes(w)
	t := token{word: w, lower: strings.ToLower(w)}
	t.shape, t.short = shapes(w)
	r, _ := utf8.DecodeRuneInString(w)
	t.cap = unicode.IsUpper(r)
	letters, upper := 0, 0
	for _, r := range w {
		if unicode.IsLetter(r) {
			letters++
			if unicode.IsUpper(r) {
				upper++
			}
		}
	}
	t.caps = letters >= 2 && letters == upper
	return t
}

func foldQuotes(w string) string {
	if !strings.ContainsAny(w, "‘’“”‛„") {
		return w
	}
	return strings.NewReplacer("‘", "'", "’", "'", "‛", "'", "“", `"`, "”", `"`, "„", `"`).Replace(w)
}

func shapes(w string) (long, short string) {
	var lb, sb []byte
	var last byte
	run := 0
	for _, r := range w {
		var c byte
		switch {
		case unicode.IsUpper(r):
			c = 'X'
		case unicode.IsLower(r):
			c = 'x'
		case unicode.IsDigit(r):
			c = 'd'
		case r < utf8.RuneSelf:
			c = byte(r)
		default:
			c = '*'
		}
		if c == last {
			run++
		} else {
			run = 1
			sb = append(sb, c)
		}
		if run <= 4 {
			lb = append(lb, c)
		}
		last = c
	}
	return string(lb), string(sb)
}

// sentenceCtx is a sentence prepared for tagging.
type sentenceCtx struct {
	toks     []token
	headline bool  // every cased word upper case
	prior    []int // first-pass tags, for the second pass
}

func prepareSentence(words []string) sentenceCtx {
	s := sentenceCtx{toks: make([]token, len(words))}
	cased, upperOnly := 0, 0
	for i, w := range words {
		s.toks[i] = newToken(w)
		if hasLetter(w) {
			cased++
			if !hasLower(w) {
				upperOnly++
			}
		}
	}
	s.headline = cased >= 2 && upperOnly == cased
	return s
}

func hasUpper(s string) bool {
	for _, r := range s {
		if unicode.IsUpper(r) {
			return true
		}
	}
	return false
}

func hasLower(s string) bool {
	for _, r := range s {
		if unicode.IsLower(r) {
			return true
		}
	}
	return false
}

func hasLetter(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) {
			return true
		}
	}
	return false
}

// docCtx holds the document-level evidence: how each word is written
// elsewhere in the same document, and what the tagger called it so far.
type docCtx struct {
	lowerSeen  map[string]bool // lower-case forms seen written in lower case
	capSeen    map[string]bool // lower-case forms seen capitalised away from a sentence start, outside headlines
	history    map[string]*[numTypes + 1]int32
	priorTypes map[string]*[numTypes + 1]int32 // first-pass types of each word, whole document
	contexts   map[string][]uint64             // capitalised word → features of its neighbours anywhere in the document
	gazExclude map[uint64][numTypes]bool       // training only: this document's own gazetteer entries
	// wordDropout, in training, hides a known word's identity now and
	// then, so the model also learns to read names from their shape and
	// context.
	wordDropout func() bool
}

func newDocCtx(sents []sentenceCtx) *docCtx {
	d := &docCtx{lowerSeen: map[string]bool{}, capSeen: map[string]bool{}, history: map[string]*[numTypes + 1]int32{}}
	for _, s := range sents {
		if s.prior != nil {
			if d.priorTypes == nil {
				d.priorTypes = map[string]*[numTypes + 1]int32{}
			}
			for i, t := range s.toks {
				if t.cap {
					addTypeCount(d.priorTypes, t.word, s.prior[i])
				}
			}
		}
		// Context aggregation: a name's neighbours elsewhere in the
		// document ("Mr X", "X said", "in X") tell what it is here too.
		for i, t := range s.toks {
			if !t.cap || !hasLower(t.word) {
				continue
			}
			if d.contexts == nil {
				d.contexts = map[string][]uint64{}
			}
			ctx := d.contexts[t.word]
			if len(ctx) >= maxAggContexts {
				continue
			}
			if i > 0 {
				ctx = appendUnique(ctx, feat(fAggPrev, s.toks[i-1].lower))
			}
			if i+1 < len(s.toks) {
				ctx = appendUnique(ctx, feat(fAggNext, s.toks[i+1].lower))
			}
			d.contexts[t.word] = ctx
		}
		for i, t := range s.toks {
			switch {
			case !t.cap && t.lower == t.word && hasLetter(t.word):
				d.lowerSeen[t.lower] = true
			case t.cap && i > 0 && !s.headline:
				d.capSeen[t.lower] = true
			}
		}
	}
	return d
}

const maxAggContexts = 12

func appendUnique(s []uint64, v uint64) []uint64 {
	for _, x := range s {
		if x == v {
			return s
		}
	}
	return append(s, v)
}

func (d *docCtx) remember(word string, tag int) { addTypeCount(d.history, word, tag) }

func addTypeCount(m map[string]*[numTypes + 1]int32, word string, tag int) {
	h := m[word]
	if h == nil {
		h = new([numTypes + 1]int32)
		m[word] = h
	}
	if tag == tagO {
		h[numTypes]++
	} else {
		h[tagType(tag)]++
	}
}

// stackFeatures are the second pass's view of the first: its tags around
// this token and what it called this word elsewhere in the document.
func stackFeatures(out []uint64, s *sentenceCtx, i int, d *docCtx) []uint64 {
	t := &s.toks[i]
	at := func(j int) string {
		if j < 0 || j >= len(s.prior) {
			return "-"
		}
		return tagNames[s.prior[j]]
	}
	out = append(out,
		feat(fStackOwn, at(i)),
		feat2(fStackNeighbours, at(i-1), at(i+1)),
		feat2(fStackOwnShape, at(i), t.short),
	)
	if !t.cap {
		return out
	}
	counts := *d.priorTypes[t.word]
	own := numTypes
	if s.prior[i] != tagO {
		own = tagType(s.prior[i])
	}
	counts[own]-- // elsewhere only
	best, bestN := -1, int32(0)
	for ty := 0; ty <= numTypes; ty++ {
		if counts[ty] > 0 {
			out = append(out, feat(fStackDoc, typeName(ty)))
			if counts[ty] > bestN {
				best, bestN = ty, counts[ty]
			}
		}
	}
	if best >= 0 {
		out = append(out, feat2(fStackDocMajority, typeName(best), at(i)))
	}
	return out
}

func typeName(ty int) string {
	if ty == numTypes {
		return "O"
	}
	return conllTypes[ty]
}

// staticFeatures appends the features of token i that do not depend on
// earlier decisions.
func (m *Model) staticFeatures(out []uint64, s *sentenceCtx, i int, d *docCtx, gaz []uint64) []uint64 {
	t := &s.toks[i]
	at := func(j int) *token {
		if j < 0 || j >= len(s.toks) {
			return nil
		}
		return &s.toks[j]
	}
	lowerAt := func(j int) string {
		if tk := at(j); tk != nil {
			return tk.lower
		}
		if j < 0 {
			return "<s>"
		}
		return "</s>"
	}
	shapeAt := func(j int) string {
		if tk := at(j); tk != nil {
			return tk.short
		}
		if j < 0 {
			return "<s>"
		}
		return "</s>"
	}
	// Words seen once in training are treated as unknown, as test words
	// the model never saw are, so it learns to tag unknown names from shape,
	// affixes and context rather than by rote.
	known := m.vocab[hashString(fnvOffset, t.word)] && !(d.wordDropout != nil && d.wordDropout())
	if known {
		out = append(out,
			feat(fWord, t.word),
			feat(fLower, t.lower),
			feat2(fBigramM1, lowerAt(i-1), t.lower),
			feat2(fBigramP1, t.lower, lowerAt(i+1)),
			feat2(fWordP1Shape, t.lower, shapeAt(i+1)),
			feat2(fWordM1Shape, shapeAt(i-1), t.lower),
		)
	} else {
		out = append(out, feat2(fFlag, "unknown", t.short))
	}
	out = append(out,
		feat(fBias, ""),
		feat(fLowerM1, lowerAt(i-1)),
		feat(fLowerP1, lowerAt(i+1)),
		feat(fLowerM2, lowerAt(i-2)),
		feat(fLowerP2, lowerAt(i+2)),
		feat(fShape, t.shape),
		feat(fShortShape, t.short),
		feat(fShapeM1, shapeAt(i-1)),
		feat(fShapeP1, shapeAt(i+1)),
		feat(fShapeM2, shapeAt(i-2)),
		feat(fShapeP2, shapeAt(i+2)),
		feat2(fShapeBiM1, shapeAt(i-1), t.short),
		feat2(fShapeBiP1, t.short, shapeAt(i+1)),
		feat2(fShapeTri, shapeAt(i-1)+" "+t.short, shapeAt(i+1)),
		// The neighbour words with this word's shape: "in Xx", "Xx said".
		feat2(fPrevWordShape, lowerAt(i-1), t.short),
		feat2(fNextWordShape, t.short, lowerAt(i+1)),
	)
	// Affixes by rune, so that a multi-byte letter is never split.
	runes := 0
	for k := range t.lower {
		if runes >= 1 && runes <= 4 {
			out = append(out, feat(fPrefix, t.lower[:k]))
		}
		runes++
	}
	if runes <= 4 {
		out = append(out, feat(fPrefix, t.lower))
	}
	n := 0
	for k := len(t.lower); k > 0 && n < 4; {
		_, size := utf8.DecodeLastRuneInString(t.lower[:k])
		k -= size
		n++
		out = append(out, feat(fSuffix, t.lower[k:]))
	}
	if i == 0 {
		out = append(out, feat(fInitialCap, t.short))
	}
	if s.headline {
		out = append(out, feat(fHeadlineShape, t.short))
		if known {
			out = append(out, feat2(fHeadlineShape, "w", t.lower))
		}
	}
	if strings.ContainsRune(t.word, '-') {
		out = append(out, feat(fFlag, "hyphen"))
	}
	if m.commonLower[hashString(fnvOffset, t.lower)] {
		out = append(out, feat2(fCommonLower, t.short, boolStr(i == 0 || s.headline)))
	}
	if t.cap {
		if d.lowerSeen[t.lower] {
			out = append(out, feat2(fDocLowerSeen, t.short, boolStr(i == 0 || s.headline)))
		}
		if (i == 0 || s.headline) && d.capSeen[t.lower] {
			out = append(out, feat(fDocCapSeen, t.short))
		}
	}
	out = append(out, gaz...)
	if t.cap {
		out = append(out, d.contexts[t.word]...)
	}
	if s.prior != nil {
		out = stackFeatures(out, s, i, d)
	}
	return out
}

func boolStr(b bool) string {
	if b {
		return "1"
	}
	return "0"
}

// gazetteerFeatures marks, for every token, the gazetteer phrases (from the
// training file) that cover it, by type and position in the phrase.
func (m *Model) gazetteerFeatures(s *sentenceCtx, d *docCtx) [][]uint64 {
	out := make([][]uint64, len(s.toks))
	if len(m.gazetteer) == 0 {
		return out
	}
	for pass := 0; pass < 2; pass++ {
		tmpl := fGaz
		if pass == 1 {
			tmpl = fGazLower
		}
		for i := range s.toks {
			h := uint64(fnvOffset)
			for j := i; j < len(s.toks) && j < i+maxGazWords; j++ {
				if j > i {
					h = hashByte(h, ' ')
				}
				if pass == 0 {
					h = hashString(h, s.toks[j].word)
				} else {
					h = hashString(h, s.toks[j].lower)
				}
				key := h ^ uint64(pass)*0x9e3779b97f4a7c15
				types, ok := m.gazetteer[key]
				if !ok {
					break // no phrase starts with words i..j
				}
				if d.gazExclude != nil {
					own := d.gazExclude[key]
					for ty := range numTypes {
						if own[ty] && types[ty] <= 1 {
							types[ty] = 0
						}
					}
				}
				for ty := range numTypes {
					if types[ty] == 0 {
						continue
					}
					for k := i; k <= j; k++ {
						pos := "I"
						switch {
						case i == j:
							pos = "U"
						case k == i:
							pos = "B"
						case k == j:
							pos = "L"
						}
						out[k] = append(out[k], feat2(tmpl, conllTypes[ty], pos))
					}
				}
			}
		}
	}
	return out
}

const maxGazWords = 6

func gazKey(words []string, lower bool) uint64 {
	h := uint64(fnvOffset)
	for j, w := range words {
		if j > 0 {
			h = hashByte(h, ' ')
		}
		w = foldQuotes(w)
		if lower {
			w = strings.ToLower(w)
		}
		h = hashString(h, w)
	}
	if lower {
		return h ^ 0x9e3779b97f4a7c15
	}
	return h
}

// dynamicFeatures appends the features that depend on the tags already
// chosen in this sentence and on the document's history.
func dynamicFeatures(out []uint64, s *sentenceCtx, i int, prev, prev2 int, d *docCtx) []uint64 {
	t := &s.toks[i]
	p1, p2 := tagNames[prev], tagNames[prev2]
	if i == 0 {
		p1, p2 = "<s>", "<s>"
	} else if i == 1 {
		p2 = "<s>"
	}
	out = append(out,
		feat(fPrevTag, p1),
		feat2(fPrevTag2, p1, p2),
		feat2(fPrevTagWord, p1, t.lower),
		feat2(fPrevTagShape, p1, t.short),
	)
	if h := d.history[t.word]; h != nil {
		best, bestN := -1, int32(0)
		for ty := 0; ty <= numTypes; ty++ {
			if h[ty] > 0 {
				name := "O"
				if ty < numTypes {
					name = conllTypes[ty]
				}
				out = append(out, feat(fHist, name))
				if h[ty] > bestN {
					best, bestN = ty, h[ty]
				}
			}
		}
		name := "O"
		if best < numTypes {
			name = conllTypes[best]
		}
		out = append(out, feat(fHistMajority, name), feat2(fHistShape, name, t.short))
	}
	return out
}

var tagNames = func() [numTags]string {
	var n [numTags]string
	n[0] = "O"
	for ty := range numTypes {
		for p, c := range "BILU" {
			n[mkTag(ty, p)] = string(c) + "-" + conllTypes[ty]
		}
	}
	return n
}()
