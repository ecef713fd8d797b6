package nlp

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"crossread"
)

// Tokens splits text into word, number and punctuation tokens with byte
// offsets. Words keep inner hyphens ("low-cost") and apostrophes
// ("O'Brien", "o'clock") but give up clitics as tokens of their own, as
// CoNLL-2003 and the Penn Treebank do ("Moldova" "’s", "do" "n't",
// "they" "'re");
// numbers keep their separators ("1,200", "17.5", ".596", "1/2", "10:30",
// "2025-11-07");
// dotted acronyms ("U.S.") and abbreviations inside a sentence ("Mr.",
// "D.") keep their period. Every other non-space character, currency
// symbols included, is a token by itself, except that runs of dots or
// hyphens ("...", "--") stay together.
func Tokens(text string) []crossread.Token {
	out := make([]crossread.Token, 0, len(text)/6+1)
	emit := func(s, e int) {
		out = append(out, crossread.Token{Start: s, End: e, Text: text[s:e]})
	}
	for i := 0; i < len(text); {
		c := text[i]
		if c < utf8.RuneSelf {
			switch {
			case c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == '\v':
				i++
			case isASCIIAlnum(c):
				e := scanWord(text, i)
				emit(i, e)
				i = e
			case c == '\'' && cliticAt(text, i) > 0:
				n := cliticAt(text, i)
				emit(i, i+n)
				i += n
			case c == '.' && i+1 < len(text) && isASCIIDigit(text[i+1]) && (i == 0 || text[i-1] == ' ' || text[i-1] == '\n' || text[i-1] == '('):
				// A decimal without its leading zero: ".596".
				e := scanWord(text, i+1)
				emit(i, e)
				i = e
			case c == '.' || c == '-':
				e := i + 1
				for e < len(text) && text[e] == c {
					e++
				}
				emit(i, e)
				i = e
			default:
				emit(i, i+1)
				i++
			}
			continue
		}
		r, n := utf8.DecodeRuneInString(text[i:])
		switch {
		case unicode.IsSpace(r):
			i += n
		case isWordRune(r):
			e := scanWord(text, i)
			emit(i, e)
			i = e
		case r == '’' && cliticAt(text, i) > 0:
			n := cliticAt(text, i)
			emit(i, i+n)
			i += n
		default:
			emit(i, i+n)
			i += n
		}
	}
	return out
}

func isASCIIAlnum(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}

func isASCIIDigit(c byte) bool { return c >= '0' && c <= '9' }

func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return isASCIIAlnum(byte(r))
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

// wordRuneAt reports whether a word rune starts at i.
func wordRuneAt(text string, i int) bool {
	if i >= len(text) {
		return false
	}
	if c := text[i]; c < utf8.RuneSelf {
		return isASCIIAlnum(c)
	}
	r, _ := utf8.DecodeRuneInString(text[i:])
	return isWordRune(r)
}

// cliticAt returns the length of the clitic that starts with the
// apostrophe at i after a word ("'s", "’re", "'ll", "'d", "'m", "'ve"), or
// 0. News tokenizers (and CoNLL-2003) split these off the word they follow.
func cliticAt(text string, i int) int {
	if i == 0 {
		return 0
	}
	r, n := utf8.DecodeRuneInString(text[i:])
	if r != '\'' && r != '’' {
		return 0
	}
	prev, _ := utf8.DecodeLastRuneInString(text[:i])
	if !isWordRune(prev) {
		return 0
	}
	j := i + n
	k := j
	for k < len(text) && k-j < 2 && isASCIILetter(text[k]) {
		k++
	}
	if k == j || wordRuneAt(text, k) {
		return 0
	}
	switch strings.ToLower(text[j:k]) {
	case "s", "re", "ve", "ll", "d", "m":
		return k - i
	}
	return 0
}

// negationAt returns the length of "n't"/"n’t" at i when it ends a word.
func negationAt(text string, i int) int {
	if i+1 >= len(text) || (text[i] != 'n' && text[i] != 'N') {
		return 0
	}
	r, n := utf8.DecodeRuneInString(text[i+1:])
	if r != '\'' && r != '’' {
		return 0
	}
	j := i + 1 + n
	if j >= len(text) || (text[j] != 't' && text[j] != 'T') || wordRuneAt(text, j+1) {
		return 0
	}
	return j + 1 - i
}

// scanWord returns the end of the word or number that starts at i.
func scanWord(text string, i int) int {
	start := i
	if e, ok := dottedAcronym(text, i); ok {
		return e
	}
	if n := negationAt(text, i); n > 0 {
		return i + n
	}
	for i < len(text) {
		c := text[i]
		if c < utf8.RuneSelf {
			if isASCIIAlnum(c) {
				i++
				continue
			}
		} else {
			r, n := utf8.DecodeRuneInString(text[i:])
			if isWordRune(r) {
				i += n
				continue
			}
			if r == '’' && negationAt(text, i-1) > 0 && i-1 > start {
				return i - 1 // "don’t": "do" + "n’t"
			}
			if r == '’' && cliticAt(text, i) == 0 && wordRuneAt(text, i+n) {
				i += n
				continue
			}
			if r == '‐' && wordRuneAt(text, i+n) { // U+2010 hyphen
				i += n
				continue
			}
			break
		}
		// c is an ASCII non-alphanumeric: does it join two parts of one token?
		prevDigit := isASCIIDigit(text[i-1])
		if negationAt(text, i-1) > 0 && i-1 > start {
			return i - 1 // "do" + "n't"
		}
		switch c {
		case '-', '&':
			if wordRuneAt(text, i+1) {
				i++
				continue
			}
		case '\'':
			if cliticAt(text, i) == 0 && wordRuneAt(text, i+1) {
				i++
				continue
			}
		case '.', '/':
			// "17.5", "1/2", "21/32", "11/07/2025".
			if prevDigit && i+1 < len(text) && isASCIIDigit(text[i+1]) {
				i++
				continue
			}
		case ',':
			// Thousands separators: exactly three digits follow.
			if prevDigit && i+3 < len(text)+0 && isASCIIDigit(text[i+1]) && isASCIIDigit(text[i+2]) && isASCIIDigit(text[i+3]) &&
				(i+4 >= len(text) || !isASCIIDigit(text[i+4])) {
				i += 4
				continue
			}
		case ':':
			if prevDigit && i+2 < len(text) && isASCIIDigit(text[i+1]) && isASCIIDigit(text[i+2]) &&
				(i+3 >= len(text) || !isASCIIDigit(text[i+3])) {
				i += 3
				continue
			}
		}
		break
	}
	// A list number at the start of a line keeps its period: "1. Freeman".
	if i < len(text) && text[i] == '.' && i-start <= 3 && (start == 0 || text[start-1] == '\n') &&
		allDigits(text[start:i]) && i+1 < len(text) && text[i+1] == ' ' {
		return i + 1
	}
	// An abbreviation or initial keeps its period unless that period ends
	// the sentence.
	if i < len(text) && text[i] == '.' && !(i+1 < len(text) && text[i+1] == '.') {
		w := text[start:i]
		lw := lowerASCII(w)
		if titles[lw] || numberedAbbrevs[lw] || otherAbbrevs[lw] || isInitial(w) {
			after := i + 1
			if after >= len(text) {
				return i
			}
			if r, _ := utf8.DecodeRuneInString(text[after:]); !unicode.IsSpace(r) {
				if titles[lw] {
					return after
				}
				return i
			}
			if !endsSentence(text, start, i, '.', after, len(text)) {
				return after
			}
		}
	}
	return i
}

// dottedAcronym matches "U.S.", "e.g.", "a.m.": two or more single letters
// each followed by a period.
func dottedAcronym(text string, i int) (int, bool) {
	j := i
	letters := 0
	for j+1 < len(text) && isASCIILetter(text[j]) && text[j+1] == '.' {
		letters++
		j += 2
	}
	if letters < 2 || (j < len(text) && isASCIIAlnum(text[j])) {
		return 0, false
	}
	return j, true
}

func isASCIILetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

// TokensIn tokenizes text[start:end] (a sentence or paragraph span) and
// returns tokens whose offsets point into the whole text.
func TokensIn(text string, start, end int) []crossread.Token {
	toks := Tokens(text[start:end])
	for i := range toks {
		toks[i].Start += start
		toks[i].End += start
	}
	return toks
}

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if !isASCIIDigit(s[i]) {
			return false
		}
	}
	return s != ""
}
