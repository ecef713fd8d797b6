package nlp

import (
	"unicode"
	"unicode/utf8"

	"crossread"
)

// Tokens splits text into word, number and punctuation tokens with byte
// offsets. Words keep inner hyphens ("low-cost") and apostrophes ("don't",
// "O'Brien") but give up a possessive "'s"/"’s" as a token of its own;
// numbers keep their separators ("1,200", "17.5", "10:30", "2025-11-07");
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
			case c == '\'' && possessiveAt(text, i):
				emit(i, i+2)
				i += 2
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
		case r == '’' && possessiveAt(text, i):
			emit(i, i+n+1)
			i += n + 1
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

// possessiveAt reports an apostrophe at i that starts a possessive "'s"
// after a word: "Kazakhstan's", "Tokayev’s".
func possessiveAt(text string, i int) bool {
	if i == 0 {
		return false
	}
	r, n := utf8.DecodeRuneInString(text[i:])
	if r != '\'' && r != '’' {
		return false
	}
	j := i + n
	if j >= len(text) || (text[j] != 's' && text[j] != 'S') {
		return false
	}
	prev, _ := utf8.DecodeLastRuneInString(text[:i])
	return isWordRune(prev) && !wordRuneAt(text, j+1)
}

// scanWord returns the end of the word or number that starts at i.
func scanWord(text string, i int) int {
	start := i
	if e, ok := dottedAcronym(text, i); ok {
		return e
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
			if (r == '’') && !possessiveAt(text, i) && wordRuneAt(text, i+n) {
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
		switch c {
		case '-', '&':
			if wordRuneAt(text, i+1) {
				i++
				continue
			}
		case '\'':
			if !possessiveAt(text, i) && wordRuneAt(text, i+1) {
				i++
				continue
			}
		case '.':
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
