package entity

import (
	"bufio"
	"compress/gzip"
	"encoding/binary"
	"io"
	"math"
	"slices"
	"strings"

	"crossread"
)

// Model is a greedy left-to-right averaged-perceptron tagger over BILOU
// tags. Features are hashed to 64 bits; each known feature has a dense row
// of one weight per tag.
type Model struct {
	index       map[uint64]int32 // feature → row in weights
	table       *featTable       // index, frozen for fast lookups; nil while training
	weights     []float32        // numTags per row
	gazetteer   map[uint64][numTypes]int32
	commonLower map[uint64]bool
	vocab       map[uint64]bool // words seen at least twice in training
	second      *Model          // the label-consistency pass, when trained

}

func newModel() *Model {
	return &Model{index: map[uint64]int32{}, gazetteer: map[uint64][numTypes]int32{}, commonLower: map[uint64]bool{}, vocab: map[uint64]bool{}}
}

func (m *Model) score(feats []uint64, scores *[numTags]float32) {
	*scores = [numTags]float32{}
	for _, f := range feats {
		var row int32
		var ok bool
		if m.table != nil {
			row, ok = m.table.get(f)
		} else {
			row, ok = m.index[f]
		}
		if !ok {
			continue
		}
		w := m.weights[int(row)*numTags : int(row)*numTags+numTags]
		for k := range scores {
			scores[k] += w[k]
		}
	}
}

// tagger runs the model over one document, keeping the scratch space.
type tagger struct {
	m      *Model
	feats  []uint64
	scores [numTags]float32
}

// decodeSentence tags one sentence greedily. When learn is set it is called
// with the features of every token, the gold and the predicted tag, so
// training walks the same path as prediction.
func (tg *tagger) decodeSentence(s *sentenceCtx, d *docCtx, gold []int, learn func(feats []uint64, gold, pred int)) []int {
	n := len(s.toks)
	out := make([]int, n)
	gaz := tg.m.gazetteerFeatures(s, d)
	prev, prev2 := tagO, tagO
	for i := range n {
		tg.feats = tg.m.staticFeatures(tg.feats[:0], s, i, d, gaz[i])
		tg.feats = dynamicFeatures(tg.feats, s, i, prev, prev2, d)
		tg.m.score(tg.feats, &tg.scores)
		last := i == n-1
		if i > 0 && isOpen(prev) && breaksName(s.toks[i]) {
			// An open entity does not run on into an ordinary lower-case
			// word ("Moody took six"): close it at the previous word.
			if tagPos(prev) == posB {
				out[i-1] = mkTag(tagType(prev), posU)
			} else {
				out[i-1] = mkTag(tagType(prev), posL)
			}
			prev = out[i-1]
			tg.feats = tg.m.staticFeatures(tg.feats[:0], s, i, d, gaz[i])
			tg.feats = dynamicFeatures(tg.feats, s, i, prev, prev2, d)
			tg.m.score(tg.feats, &tg.scores)
		}
		best, bestScore := -1, float32(0)
		for k := range numTags {
			if !allowed(prev, k, last) {
				continue
			}
			if best < 0 || tg.scores[k] > bestScore {
				best, bestScore = k, tg.scores[k]
			}
		}
		if learn != nil {
			learn(tg.feats, gold[i], best)
		}
		out[i] = best
		d.remember(s.toks[i].word, best)
		prev2, prev = prev, best
	}
	return out
}

// TagDocument tags the sentences (tokenised words) of one document and
// returns the entities of each sentence as token ranges with CoNLL type
// names (PER, ORG, LOC, MISC).
func (m *Model) TagDocument(sentences [][]string) [][]Chunk {
	sents := make([]sentenceCtx, len(sentences))
	for i, w := range sentences {
		sents[i] = prepareSentence(w)
	}
	tags := m.tagSentences(sents)
	if m.second != nil {
		for i := range sents {
			sents[i].prior = tags[i]
		}
		tags = m.second.tagSentences(sents)
	}
	out := make([][]Chunk, len(sents))
	for i, t := range tags {
		out[i] = chunksFromBILOU(t)
	}
	return out
}

// tagSentences runs one pass over a document's sentences.
func (m *Model) tagSentences(sents []sentenceCtx) [][]int {
	d := newDocCtx(sents)
	tg := &tagger{m: m}
	out := make([][]int, len(sents))
	for i := range sents {
		if len(sents[i].toks) > 0 {
			out[i] = tg.decodeSentence(&sents[i], d, nil, nil)
		}
	}
	return out
}

// File format (gzip of little-endian binary): magic, tag count, weight
// scale, then features (key, count, (tag, int16 weight)…), gazetteer
// entries (key, per-type document counts) and common lower-case words.
const modelMagic = "crossread-ner-3\n"

// WriteTo writes the model, dropping weights whose quantised value is 0.
func (m *Model) WriteTo(w io.Writer) (int64, error) {
	zw, err := gzip.NewWriterLevel(w, gzip.BestCompression)
	if err != nil {
		return 0, err
	}
	bw := bufio.NewWriter(zw)
	bw.WriteString(modelMagic)
	m.writeBody(bw)
	if m.second != nil {
		bw.WriteByte(1)
		m.second.writeBody(bw)
	} else {
		bw.WriteByte(0)
	}
	if err := bw.Flush(); err != nil {
		return 0, err
	}
	return 0, zw.Close()
}

func (m *Model) writeBody(bw *bufio.Writer) {
	maxW := float32(0)
	for _, v := range m.weights {
		maxW = max(maxW, float32(math.Abs(float64(v))))
	}
	scale := maxW / 32767
	if scale == 0 {
		scale = 1
	}
	put := func(v any) { _ = binary.Write(bw, binary.LittleEndian, v) }
	put(uint32(numTags))
	put(scale)
	keys := make([]uint64, 0, len(m.index))
	for k := range m.index {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	type entry struct {
		tag uint8
		q   int16
	}
	var kept []uint64
	var rows [][]entry
	for _, k := range keys {
		row := m.weights[int(m.index[k])*numTags:][:numTags]
		var es []entry
		for t, v := range row {
			q := math.Round(float64(v / scale))
			if q != 0 {
				es = append(es, entry{uint8(t), int16(q)})
			}
		}
		if len(es) > 0 {
			kept = append(kept, k)
			rows = append(rows, es)
		}
	}
	put(uint32(len(kept)))
	for i, k := range kept {
		put(k)
		put(uint8(len(rows[i])))
		for _, e := range rows[i] {
			put(e.tag)
			put(e.q)
		}
	}
	gkeys := make([]uint64, 0, len(m.gazetteer))
	for k := range m.gazetteer {
		gkeys = append(gkeys, k)
	}
	slices.Sort(gkeys)
	put(uint32(len(gkeys)))
	for _, k := range gkeys {
		put(k)
		for _, c := range m.gazetteer[k] {
			put(uint16(min(c, math.MaxUint16)))
		}
	}
	for _, set := range []map[uint64]bool{m.commonLower, m.vocab} {
		ckeys := make([]uint64, 0, len(set))
		for k := range set {
			ckeys = append(ckeys, k)
		}
		slices.Sort(ckeys)
		put(uint32(len(ckeys)))
		for _, k := range ckeys {
			put(k)
		}
	}
}

// ReadModel reads a model written by WriteTo.
func ReadModel(r io.Reader) (*Model, error) {
	bad := func(err error) (*Model, error) {
		return nil, &crossread.Error{Code: crossread.EINVALID, Op: "read ner model", Err: err}
	}
	zr, err := gzip.NewReader(r)
	if err != nil {
		return bad(err)
	}
	br := bufio.NewReader(zr)
	magic := make([]byte, len(modelMagic))
	if _, err := io.ReadFull(br, magic); err != nil || string(magic) != modelMagic {
		return bad(crossread.Errorf(crossread.EINVALID, "not a crossread NER model"))
	}
	m, err := readBody(br)
	if err != nil {
		return bad(err)
	}
	more, err := br.ReadByte()
	if err != nil {
		return bad(err)
	}
	if more == 1 {
		if m.second, err = readBody(br); err != nil {
			return bad(err)
		}
	}
	return m, nil
}

func readBody(br *bufio.Reader) (*Model, error) {
	bad := func(err error) (*Model, error) { return nil, err }
	var hdr struct {
		Tags  uint32
		Scale float32
		N     uint32
	}
	if err := binary.Read(br, binary.LittleEndian, &hdr); err != nil {
		return bad(err)
	}
	if hdr.Tags != numTags {
		return bad(crossread.Errorf(crossread.EINVALID, "model has %d tags, want %d", hdr.Tags, numTags))
	}
	m := newModel()
	m.index = make(map[uint64]int32, hdr.N)
	m.weights = make([]float32, int(hdr.N)*numTags)
	var buf [8]byte
	for i := range int(hdr.N) {
		if _, err := io.ReadFull(br, buf[:8]); err != nil {
			return bad(err)
		}
		m.index[binary.LittleEndian.Uint64(buf[:8])] = int32(i)
		nnz, err := br.ReadByte()
		if err != nil {
			return bad(err)
		}
		for range int(nnz) {
			if _, err := io.ReadFull(br, buf[:3]); err != nil {
				return bad(err)
			}
			if int(buf[0]) >= numTags {
				return bad(crossread.Errorf(crossread.EINVALID, "bad tag %d", buf[0]))
			}
			m.weights[i*numTags+int(buf[0])] = float32(int16(binary.LittleEndian.Uint16(buf[1:3]))) * hdr.Scale
		}
	}
	var n uint32
	if err := binary.Read(br, binary.LittleEndian, &n); err != nil {
		return bad(err)
	}
	for range n {
		var e struct {
			Key    uint64
			Counts [numTypes]uint16
		}
		if err := binary.Read(br, binary.LittleEndian, &e); err != nil {
			return bad(err)
		}
		var c [numTypes]int32
		for t, v := range e.Counts {
			c[t] = int32(v)
		}
		m.gazetteer[e.Key] = c
	}
	for _, set := range []map[uint64]bool{m.commonLower, m.vocab} {
		if err := binary.Read(br, binary.LittleEndian, &n); err != nil {
			return bad(err)
		}
		for range n {
			if _, err := io.ReadFull(br, buf[:8]); err != nil {
				return bad(err)
			}
			set[binary.LittleEndian.Uint64(buf[:8])] = true
		}
	}
	m.freeze()
	return m, nil
}

// freeze builds the fast lookup table.
func (m *Model) freeze() { m.table = newFeatTable(m.index) }

func isOpen(t int) bool { return t != tagO && (tagPos(t) == posB || tagPos(t) == posI) }

// breaksName reports a word that never stands inside a name: lower-case
// letters only and not one of the small words names are built with, or a
// comma, colon, semicolon or quotation mark. Greedy BILOU decoding cannot
// otherwise leave an entity it opened too early ("Moody took six for").
func breaksName(t token) bool {
	if nameBreakingPunct[t.word] {
		return true
	}
	return t.word == t.lower && hasLetter(t.word) && !nameJoiners[t.lower] && !strings.ContainsAny(t.word, "0123456789")
}

var nameBreakingPunct = map[string]bool{",": true, ";": true, ":": true, `"`: true, "?": true, "!": true}

var nameJoiners = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields("of the and for on in at to de del della dello degli di da das do dos du des la le les los las el al y e i van von der den ter zu bin ibn ben abu bint 's ' & -") {
		m[w] = true
	}
	return m
}()
