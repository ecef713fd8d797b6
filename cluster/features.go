package cluster

import (
	"unicode"
	"unicode/utf8"

	"github.com/kljensen/snowball/english"

	"crossread"
)

// Feature kinds. They are mixed into the hash so that the word "china", the
// capitalised mention "China" and the number "2008" are different terms with
// their own document frequencies and their own weights.
const (
	kindWord   = 'w'
	kindEntity = 'e'
	kindPhrase = 'p'
	kindNumber = 'n'
)

// term is one weighted feature of a document or a story.
type term struct {
	h uint64
	w float32
}

// extractor turns an article into weighted terms. It is not safe for
// concurrent use: it reuses its buffers between calls.
type extractor struct {
	cfg   *Config
	stems []stemSlot // direct-mapped cache: hash of a lower-case word → hash of its stem
	tf    tfTable
	low   []byte
	// the run of capitalised words being read, as lower-case bytes
	phrase      []byte
	phraseWords int
	phraseStart bool // the run began a sentence
	// stemmer of the article being read: its language's family
	family stemFamily
}

func newExtractor(cfg *Config) *extractor {
	n := 1
	for n < cfg.StemCache {
		n <<= 1
	}
	return &extractor{cfg: cfg, stems: make([]stemSlot, n)}
}

type stemSlot struct {
	word, stem uint64 // stem 0 = stopword
}

// tfTable accumulates term weights for one document: open addressing over
// a power-of-two array, cleared through the list of used slots.
type tfTable struct {
	keys []uint64
	vals []float32
	used []int32
}

func (t *tfTable) reset() {
	for _, i := range t.used {
		t.keys[i] = 0
	}
	t.used = t.used[:0]
	if len(t.keys) == 0 {
		t.keys = make([]uint64, 1024)
		t.vals = make([]float32, 1024)
	}
}

func (t *tfTable) add(h uint64, w float32) {
	if h == 0 {
		h = 1 // 0 marks an empty slot
	}
	if len(t.used)*2 >= len(t.keys) {
		t.grow()
	}
	mask := uint64(len(t.keys) - 1)
	for i := h & mask; ; i = (i + 1) & mask {
		switch t.keys[i] {
		case h:
			t.vals[i] += w
			return
		case 0:
			t.keys[i] = h
			t.vals[i] = w
			t.used = append(t.used, int32(i))
			return
		}
	}
}

func (t *tfTable) grow() {
	keys, vals, used := t.keys, t.vals, t.used
	t.keys = make([]uint64, 2*len(keys))
	t.vals = make([]float32, 2*len(keys))
	t.used = make([]int32, 0, 2*len(used))
	for _, i := range used {
		t.add(keys[i], vals[i])
	}
}

const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

func hashBytes(kind byte, b []byte) uint64 { return withKind(fnvBytes(b), kind) }

func fnvBytes(b []byte) uint64 {
	h := uint64(fnvOffset)
	for _, c := range b {
		h ^= uint64(c)
		h *= fnvPrime
	}
	return h
}

// withKind turns the FNV hash of a word into the term of one kind. FNV's
// low bits are weak for short inputs; the final mix spreads them, which
// the hashed document-frequency table relies on. A word is hashed once and
// gives its word, name and number terms from that one pass.
func withKind(h uint64, kind byte) uint64 {
	h ^= uint64(kind) * 0x9E3779B97F4A7C15
	h ^= h >> 33
	h *= 0xff51afd7ed558ccd
	h ^= h >> 33
	switch kind {
	case kindWord:
		return h &^ specificBit
	case kindEntity:
		return h | specificBit | entityBit
	}
	return (h | specificBit) &^ entityBit
}

// entityBit marks a single capitalised word among the specific terms.
const entityBit = 1 << 62

// specificBit marks the terms that name this event rather than its kind:
// capitalised words, runs of them, and numbers. They are scored as their
// own group so that two earthquakes share the words but not the places.
const specificBit = 1 << 63

// stem returns the hash of the stem of a lower-case word, or 0 for a stopword.
func (x *extractor) stem(low []byte, raw uint64) uint64 {
	// A word's stem depends on its language ("mayor" is a noun in
	// English and an adjective in Spanish): the family is part of the key.
	key := (raw ^ uint64(x.family)*0x9e3779b97f4a7c15) | 1 // never 0, the empty slot
	// Two-way set-associative: a word looks in a pair of slots, and a new
	// word pushes the pair's older entry out, so two frequent words that
	// land on the same slot do not keep evicting each other.
	i := key & uint64(len(x.stems)-1) &^ 1
	pair := x.stems[i : i+2 : i+2]
	if pair[0].word == key {
		return pair[0].stem
	}
	if pair[1].word == key {
		pair[0], pair[1] = pair[1], pair[0]
		return pair[0].stem
	}
	w := string(low)
	var h uint64
	if !stopwords[w] && len(low) > 1 {
		switch {
		case x.family == romanceFamily:
			h = hashBytes(kindWord, romanceStem(low))
		case x.family == germanicFamily:
			h = hashBytes(kindWord, germanicStem(low))
		case x.cfg.LightStem:
			h = hashBytes(kindWord, sStem(low))
		default:
			h = hashBytes(kindWord, []byte(english.Stem(w, true)))
		}
	}
	pair[1] = pair[0]
	pair[0] = stemSlot{word: key, stem: h}
	return h
}

// extract returns the raw (pre-IDF) weighted terms of a, unsorted. The
// slice is reused on the next call.
func (x *extractor) extract(a *crossread.Article, out []term) []term {
	x.tf.reset()
	cfg := x.cfg
	x.family = familyOf(a.Language, cfg.ForeignStem)
	title := a.Title
	// Headlines in Title Case capitalise every word: capitals there say
	// nothing about names, so only acronyms count as entities.
	titleCase := isTitleCase(title)
	x.scan(title, cfg.TitleWeight, titleCase, 0)
	x.scan(a.Text, 1, false, cfg.MaxTokens)
	out = out[:0]
	for _, i := range x.tf.used {
		out = append(out, term{x.tf.keys[i], x.tf.vals[i]})
	}
	return out
}

// scan adds the terms of text with weight wt. In titleCase mode a
// capitalised word is not taken for a name. maxTokens > 0 stops after that
// many word tokens.
func (x *extractor) scan(text string, wt float32, titleCase bool, maxTokens int) {
	cfg := x.cfg
	sentenceStart := true
	tokens := 0
	x.phrase = x.phrase[:0]
	x.phraseWords = 0
	for i := 0; i < len(text); {
		c := text[i]
		if c < utf8.RuneSelf && !isASCIIAlnum(c) {
			switch c {
			case '.', '!', '?', '\n', ':', ';':
				// A period inside an acronym (U.S.) is read with the word.
				sentenceStart = true
				x.flushPhrase(wt)
			case ',', '(', ')', '"', '[', ']':
				x.flushPhrase(wt)
			}
			i++
			continue
		}
		if c >= utf8.RuneSelf {
			r, n := utf8.DecodeRuneInString(text[i:])
			if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
				// Curly quotes, dashes and the like end a name.
				if r == '\u201c' || r == '\u201d' || r == '\u2014' || r == '\u2013' {
					x.flushPhrase(wt)
				}
				i += n
				continue
			}
		}
		// Read one word: letters, digits, inner apostrophes, periods
		// between letters (U.S.), commas and periods between digits.
		start := i
		// The word is lower-cased into a local slice (a field would be
		// reloaded and stored at every byte) and FNV-hashed as it is read.
		low := x.low[:0]
		raw := uint64(fnvOffset)
		upper, allUpper, digits, letters := false, true, 0, 0
		for i < len(text) {
			c := text[i]
			if c < utf8.RuneSelf {
				switch {
				case c >= 'a' && c <= 'z':
					allUpper = false
					letters++
					low = append(low, c)
					raw = (raw ^ uint64(c)) * fnvPrime
					i++
					continue
				case c >= 'A' && c <= 'Z':
					if i == start {
						upper = true
					}
					letters++
					low = append(low, c+'a'-'A')
					raw = (raw ^ uint64(c+'a'-'A')) * fnvPrime
					i++
					continue
				case c >= '0' && c <= '9':
					digits++
					low = append(low, c)
					raw = (raw ^ uint64(c)) * fnvPrime
					i++
					continue
				case (c == '\'' || c == '.' || c == ',' || c == '-') && i+1 < len(text) && i > start:
					n := text[i+1]
					if c == ',' || (c == '.' && digits > 0) {
						if digits > 0 && n >= '0' && n <= '9' {
							i++ // 1,000 and 7.5 are one number
							// A group of three digits is thousands
							// ("1,200", "1.200"), else the decimals
							// ("7.5", "6,4"): the languages that write
							// them apart name the same figures alike.
							g := i
							for g < len(text) && text[g] >= '0' && text[g] <= '9' {
								g++
							}
							if g-i != 3 {
								low = append(low, '.')
								raw = (raw ^ '.') * fnvPrime
							}
							continue
						}
						break
					}
					if c == '.' {
						// U.S. / U.N.: single letters between periods
						if letters > 0 && i-start <= 3 && isASCIIUpper(n) {
							i++
							continue
						}
						break
					}
					if c == '\'' && isASCIILower(n) {
						// possessive 's is dropped, don't/can't kept
						if n == 's' && (i+2 >= len(text) || !isASCIIAlnum(text[i+2])) {
							i += 2
							goto done
						}
						i++
						continue
					}
					if c == '-' && isASCIIAlnum(n) {
						// hyphenated words are read as their parts
						break
					}
				}
				break
			}
			r, n := utf8.DecodeRuneInString(text[i:])
			if unicode.IsLetter(r) {
				if i == start && unicode.IsUpper(r) {
					upper = true
				} else if !unicode.IsUpper(r) {
					allUpper = false
				}
				letters++
				n0 := len(low)
				low = utf8.AppendRune(low, foldAccent(unicode.ToLower(r)))
				for _, b := range low[n0:] {
					raw = (raw ^ uint64(b)) * fnvPrime
				}
				i += n
				continue
			}
			if unicode.IsDigit(r) {
				digits++
				n0 := len(low)
				low = utf8.AppendRune(low, r)
				for _, b := range low[n0:] {
					raw = (raw ^ uint64(b)) * fnvPrime
				}
				i += n
				continue
			}
			if r == '\u2019' && i > start && i+n < len(text) {
				// curly apostrophe: possessive dropped
				if text[i+n] == 's' && (i+n+1 >= len(text) || !isASCIIAlnum(text[i+n+1])) {
					i += n + 1
					goto done
				}
			}
			break
		}
	done:
		x.low = low
		if len(x.low) == 0 {
			if i == start {
				i++
			}
			continue
		}
		tokens++
		if maxTokens > 0 && tokens > maxTokens {
			break
		}
		w := wt
		if tokens <= cfg.LeadTokens && maxTokens > 0 {
			w *= cfg.LeadWeight
		}
		if letters == 0 {
			// a number: "7.5", "2008", "1,000"; one digit says too little
			if digits > 1 || len(x.low) > 1 {
				x.tf.add(withKind(raw, kindNumber), w*cfg.NumberWeight)
			}
			x.flushPhrase(wt)
			sentenceStart = false
			continue
		}
		var h uint64
		if upper && !sentenceStart && !titleCase && !allUpper {
			// A capitalised word inside a sentence is a name: stemming
			// it would only cost time ("Williams" stays "williams").
			h = withKind(raw, kindWord)
		} else {
			h = x.stem(x.low, raw)
		}
		if h != 0 {
			x.tf.add(h, w)
		}
		isName := upper && letters > 1 && !titleCase
		if titleCase && allUpper && letters > 1 && letters <= 5 {
			isName = true // acronyms stand in a Title Case headline too
		}
		if isName && h == 0 && !(allUpper && letters > 1) {
			// "The", "In": capitalised stopwords open sentences, not names
			isName = false
		}
		if isName {
			if !sentenceStart || allUpper {
				x.tf.add(withKind(raw, kindEntity), w*cfg.EntityWeight)
			}
			if x.phraseWords == 0 {
				x.phraseStart = sentenceStart
			} else {
				x.phrase = append(x.phrase, ' ')
			}
			x.phrase = append(x.phrase, x.low...)
			x.phraseWords++
		} else {
			x.flushPhrase(wt)
		}
		sentenceStart = false
	}
	x.flushPhrase(wt)
}

// flushPhrase ends the current run of capitalised words. A run of two or
// more is a name ("Mark Teixeira"); a single sentence-initial word was not
// counted as an entity, but inside a run it is.
func (x *extractor) flushPhrase(wt float32) {
	if x.phraseWords >= 2 {
		x.tf.add(hashBytes(kindPhrase, x.phrase), wt*x.cfg.PhraseWeight)
		if x.phraseStart {
			// the first word was skipped as sentence-initial
			first := x.phrase
			for j, c := range x.phrase {
				if c == ' ' {
					first = x.phrase[:j]
					break
				}
			}
			x.tf.add(hashBytes(kindEntity, first), wt*x.cfg.EntityWeight)
		}
	}
	x.phrase = x.phrase[:0]
	x.phraseWords = 0
}

func isASCIIAlnum(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}
func isASCIIUpper(c byte) bool { return c >= 'A' && c <= 'Z' }
func isASCIILower(c byte) bool { return c >= 'a' && c <= 'z' }

// isTitleCase reports whether most words of s longer than three letters
// start with a capital, as in "Biden Pushes Carbon Plan".
func isTitleCase(s string) bool {
	words, caps := 0, 0
	inWord := false
	wordLen := 0
	var first rune
	for _, r := range s + " " {
		if unicode.IsLetter(r) {
			if !inWord {
				first = r
				inWord = true
				wordLen = 0
			}
			wordLen++
			continue
		}
		if inWord && wordLen > 3 {
			words++
			if unicode.IsUpper(first) {
				caps++
			}
		}
		inWord = false
	}
	return words >= 3 && caps*4 >= words*3
}

// sStem is Harman's S-stemmer: plurals folded, nothing else.
type stemFamily uint8

const (
	englishFamily stemFamily = iota
	romanceFamily
	germanicFamily
)

// familyOf is the stemmer for an article in language lang (ISO 639-1;
// unknown is read as English, the stemmer every evaluation was run with).
func familyOf(lang string, foreign bool) stemFamily {
	if !foreign || len(lang) < 2 {
		return englishFamily
	}
	switch lang[:2] {
	case "es", "pt", "it", "fr", "ca", "gl", "ro":
		return romanceFamily
	case "de", "nl", "af", "lb":
		return germanicFamily
	}
	return englishFamily
}

// romanceStem folds the inflections of gender and number that Porter's
// English rules leave apart in the Romance languages: "desalojadas",
// "desalojados" and "desalojado" are one word, as are "morti" and
// "morto", "blessés" and "blessé" (accents are folded before).
func romanceStem(w []byte) []byte {
	n := len(w)
	if n > 4 && w[n-1] == 's' {
		n--
	}
	if n > 4 {
		switch w[n-1] {
		case 'a', 'o', 'e', 'i':
			n--
		}
	}
	return w[:n:n]
}

// germanicStem drops the endings of case and number of German and Dutch
// nouns and adjectives ("Verletzte", "Verletzten"; "gewonde",
// "gewonden"), keeping at least four letters.
func germanicStem(w []byte) []byte {
	n := len(w)
	for _, suf := range [...]string{"ern", "en", "er", "es", "e", "n", "s"} {
		if n-len(suf) >= 4 && string(w[n-len(suf):]) == suf {
			return w[: n-len(suf) : n-len(suf)]
		}
	}
	return w
}

func sStem(w []byte) []byte {
	n := len(w)
	switch {
	case n > 3 && string(w[n-3:]) == "ies" && w[n-4] != 'e' && w[n-4] != 'a':
		return append(w[:n-3:n-3], 'y')
	case n > 3 && string(w[n-2:]) == "es" && w[n-3] != 'a' && w[n-3] != 'e' && w[n-3] != 'o':
		return w[:n-1]
	case n > 2 && w[n-1] == 's' && w[n-2] != 'u' && w[n-2] != 's':
		return w[:n-1]
	}
	return w
}

// foldAccent drops the diacritic of a Latin letter ("é" is "e", "ñ" "n"),
// so that "Perú" and "Peru", "Zürich" and "Zurich" name one place in the
// outlets' several languages.
func foldAccent(r rune) rune {
	if r < 0xc0 || r > 0x17f {
		return r
	}
	if f, ok := accentFold[r]; ok {
		return f
	}
	return r
}

var accentFold = func() map[rune]rune {
	m := map[rune]rune{}
	for base, letters := range map[rune]string{
		'a': "àáâãäåāăą", 'c': "çćĉċč", 'd': "ďđ", 'e': "èéêëēĕėęě", 'g': "ĝğġģ", 'h': "ĥħ",
		'i': "ìíîïĩīĭįı", 'j': "ĵ", 'k': "ķ", 'l': "ĺļľŀł", 'n': "ñńņňŉ", 'o': "òóôõöøōŏő",
		'r': "ŕŗř", 's': "śŝşš", 't': "ţťŧ", 'u': "ùúûüũūŭůűų", 'w': "ŵ", 'y': "ýÿŷ", 'z': "źżž",
	} {
		for _, r := range letters {
			m[r] = base
		}
	}
	return m
}()
