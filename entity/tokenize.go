package entity

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"crossread"
)

// Tokenize splits text[start:end] into CoNLL-style tokens with byte offsets
// into text: punctuation apart, possessive and clitic endings ('s, n't)
// apart, hyphenated words and abbreviations (U.S., Mr., J.) whole.
func Tokenize(text string, start, end int) []crossread.Token {
	var out []crossread.Token
	i := start
	for i < end {
		r, size := utf8.DecodeRuneInString(text[i:end])
		if unicode.IsSpace(r) {
			i += size
			continue
		}
		j := i
		for j < end {
			r, size := utf8.DecodeRuneInString(text[j:end])
			if unicode.IsSpace(r) {
				break
			}
			j += size
		}
		out = splitChunk(out, text, i, j)
		i = j
	}
	return out
}

// splitChunk tokenises one whitespace-free run text[a:b].
func splitChunk(out []crossread.Token, text string, a, b int) []crossread.Token {
	// Dashes, ellipses and slashes between words separate tokens even without spaces.
	for k := a; k < b; {
		r, size := utf8.DecodeRuneInString(text[k:b])
		sep := r == '—' || r == '–' || r == '…' || r == '|'
		if r == '/' && k > a && k+size < b {
			before, _ := utf8.DecodeLastRuneInString(text[a:k])
			after, _ := utf8.DecodeRuneInString(text[k+size : b])
			// "Times/Chatham" splits; an acronym pair like "AT&T" stays whole.
			sep = unicode.IsLetter(before) && unicode.IsLetter(after) && !(unicode.IsUpper(before) && unicode.IsUpper(after))
		}
		if sep {
			out = splitChunk(out, text, a, k)
			out = append(out, crossread.Token{Start: k, End: k + size, Text: text[k : k+size]})
			return splitChunk(out, text, k+size, b)
		}
		k += size
	}
	// Leading punctuation.
	for a < b {
		r, size := utf8.DecodeRuneInString(text[a:b])
		if !strings.ContainsRune(leadingPunct, r) {
			break
		}
		out = append(out, crossread.Token{Start: a, End: a + size, Text: text[a : a+size]})
		a += size
	}
	// Trailing punctuation, collected backwards.
	var tail []crossread.Token
	for a < b {
		r, size := utf8.DecodeLastRuneInString(text[a:b])
		if r == '.' && keepsPeriod(text[a:b-size]) {
			break
		}
		if !strings.ContainsRune(trailingPunct, r) {
			break
		}
		// A closing apostrophe after s is a possessive: "the ministers'".
		tail = append(tail, crossread.Token{Start: b - size, End: b, Text: text[b-size : b]})
		b -= size
	}
	if a < b {
		word := text[a:b]
		if k := cliticStart(word); k > 0 {
			out = append(out, crossread.Token{Start: a, End: a + k, Text: word[:k]})
			out = append(out, crossread.Token{Start: a + k, End: b, Text: word[k:]})
		} else {
			out = append(out, crossread.Token{Start: a, End: b, Text: word})
		}
	}
	for k := len(tail) - 1; k >= 0; k-- {
		out = append(out, tail[k])
	}
	return out
}

const (
	leadingPunct  = "\"'([{“‘«‹<*•·"
	trailingPunct = "\"')]}”’»›>,;:!?.*"
)

// cliticStart returns where a possessive or clitic ending starts in word
// ("Smith's" → 5, "don't" → 2), or 0.
func cliticStart(word string) int {
	lw := strings.ToLower(word)
	for _, end := range []string{"n't", "n’t"} {
		if strings.HasSuffix(lw, end) && len(lw) > len(end) {
			return len(word) - len(end)
		}
	}
	for _, end := range []string{"'s", "’s", "'re", "’re", "'ve", "’ve", "'ll", "’ll", "'d", "’d", "'m", "’m"} {
		if strings.HasSuffix(lw, end) && len(lw) > len(end) {
			return len(word) - len(end)
		}
	}
	return 0
}

// keepsPeriod reports whether a word followed by "." is an abbreviation
// that owns the period: initials (J., U.S.) and common short titles.
func keepsPeriod(w string) bool {
	if w == "" {
		return false
	}
	if r, size := utf8.DecodeRuneInString(w); size == len(w) && unicode.IsUpper(r) {
		return true
	}
	// "U.S" + "." : letters separated by periods.
	if strings.Contains(w, ".") {
		ok := true
		for _, part := range strings.Split(w, ".") {
			if utf8.RuneCountInString(part) != 1 {
				ok = false
				break
			}
		}
		if ok {
			return true
		}
	}
	return abbreviations[strings.ToLower(w)]
}

var abbreviations = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields("mr mrs ms dr prof gen lt col maj capt sgt adm cmdr sen rep gov pres st mt ft jr sr inc corp co ltd bros dept univ no vs etc jan feb mar apr jun jul aug sep sept oct nov dec") {
		m[w] = true
	}
	return m
}()
