package nlp

import (
	"strings"
	"sync"
	"sync/atomic"
	"unicode"
	"unicode/utf8"

	"github.com/kljensen/snowball/english"
	"golang.org/x/text/unicode/norm"
)

// Fold lower-cases a word, strips diacritics ("Tokajev" and "Tōkayev" meet),
// and turns curly apostrophes and typographic dashes into ASCII ones, so that
// words written by different outlets compare equal.
func Fold(word string) string {
	ascii := true
	for i := 0; i < len(word); i++ {
		if word[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if ascii {
		return lowerASCII(word)
	}
	var b strings.Builder
	b.Grow(len(word))
	for _, r := range norm.NFD.String(word) {
		if unicode.Is(unicode.Mn, r) {
			continue
		}
		switch r {
		case '’', '‘', 'ʼ', '`', '´':
			r = '\''
		case '‐', '‑', '‒', '–', '—':
			r = '-'
		case 'ß':
			b.WriteString("ss")
			continue
		case 'æ', 'Æ':
			b.WriteString("ae")
			continue
		case 'œ', 'Œ':
			b.WriteString("oe")
			continue
		case 'ø', 'Ø':
			r = 'o'
		case 'ł', 'Ł':
			r = 'l'
		case 'đ', 'Đ':
			r = 'd'
		case 'ı':
			r = 'i'
		}
		b.WriteRune(unicode.ToLower(r))
	}
	return b.String()
}

// Stem returns the Snowball (Porter2) English stem of the folded word:
// "normalization" and "normalizing" both give "normal".
func Stem(word string) string {
	w := Fold(word)
	if len(w) <= 2 {
		return w
	}
	if v, ok := stemCache.Load(w); ok {
		return v.(string)
	}
	st := english.Stem(w, true)
	// News vocabulary is small next to its token count: remembering stems
	// makes Terms several times faster. The bound keeps memory in check on
	// unusual input (random strings, many languages).
	if stemCacheSize.Add(1) <= maxStemCache {
		stemCache.Store(w, st)
	}
	return st
}

const maxStemCache = 200_000

var (
	stemCache     sync.Map // folded word → stem
	stemCacheSize atomic.Int64
)

// IsStopword reports whether the folded word is an English function word or
// a reporting verb that carries no topic ("said", "told"): words that
// clustering and claim matching should not count.
func IsStopword(word string) bool {
	return stopwords[Fold(word)]
}

// IsWord reports whether a token holds a letter or a digit (as opposed to
// punctuation or a symbol).
func IsWord(tok string) bool {
	for _, r := range tok {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return true
		}
	}
	return false
}

// Terms returns the stems of the content words of text, in order: tokens
// with a letter or digit that are not stopwords. It is the shared bag-of-words
// representation for similarity between sentences and articles.
func Terms(text string) []string {
	toks := Tokens(text)
	out := make([]string, 0, len(toks)/2)
	for _, t := range toks {
		if !IsWord(t.Text) {
			continue
		}
		f := Fold(t.Text)
		if stopwords[f] || f == "'s" {
			continue
		}
		out = append(out, Stem(f))
	}
	return out
}

var stopwords = set(
	// Function words (the Snowball English list, extended).
	"a", "about", "above", "after", "again", "against", "all", "am", "an", "and", "any", "are", "aren't",
	"as", "at", "be", "because", "been", "before", "being", "below", "between", "both", "but", "by",
	"can", "can't", "cannot", "could", "couldn't", "did", "didn't", "do", "does", "doesn't", "doing",
	"don't", "down", "during", "each", "few", "for", "from", "further", "had", "hadn't", "has", "hasn't",
	"have", "haven't", "having", "he", "he'd", "he'll", "he's", "her", "here", "here's", "hers", "herself",
	"him", "himself", "his", "how", "how's", "i", "i'd", "i'll", "i'm", "i've", "if", "in", "into", "is",
	"isn't", "it", "it's", "its", "itself", "let's", "me", "more", "most", "mustn't", "my", "myself",
	"no", "nor", "not", "of", "off", "on", "once", "only", "or", "other", "ought", "our", "ours",
	"ourselves", "out", "over", "own", "same", "shan't", "she", "she'd", "she'll", "she's", "should",
	"shouldn't", "so", "some", "such", "than", "that", "that's", "the", "their", "theirs", "them",
	"themselves", "then", "there", "there's", "these", "they", "they'd", "they'll", "they're", "they've",
	"this", "those", "through", "to", "too", "under", "until", "up", "very", "was", "wasn't", "we",
	"we'd", "we'll", "we're", "we've", "were", "weren't", "what", "what's", "when", "when's", "where",
	"where's", "which", "while", "who", "who's", "whom", "why", "why's", "with", "won't", "would",
	"wouldn't", "you", "you'd", "you'll", "you're", "you've", "your", "yours", "yourself", "yourselves",
	"will", "shall", "may", "might", "must", "also", "just", "now", "yet", "still", "even", "however",
	"s", "t", "'s", "per", "via", "upon", "within", "without", "among", "amid", "across", "along",
	"around", "since", "though", "although", "whether", "either", "neither", "every", "another",
	"much", "many", "several", "rather",
	// Reporting verbs and attribution.
	"said", "says", "say", "saying", "told", "tell", "tells", "according", "added", "stated",
	"mr", "mrs", "ms", "dr",
)
