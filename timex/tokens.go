package timex

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// tok is a word, a number or one punctuation rune.
type tok struct {
	start, end int
	text       string
	lower      string
	num        int // value when the token is all digits, else -1
	digits     int // number of digits when num >= 0
	sent       int // sentence index
	cap        bool
}

func tokenize(text string) []tok {
	toks := make([]tok, 0, len(text)/5)
	sent := 0
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		if unicode.IsSpace(r) {
			if r == '\n' && i+1 < len(text) && text[i+1] == '\n' {
				sent++
			}
			i += size
			continue
		}
		start := i
		switch {
		case r >= '0' && r <= '9':
			for i < len(text) && text[i] >= '0' && text[i] <= '9' {
				i++
			}
			// "1990s", "6th", "17bn" stay one token.
			for i < len(text) {
				r2, s2 := utf8.DecodeRuneInString(text[i:])
				if !unicode.IsLetter(r2) {
					break
				}
				i += s2
			}
		case unicode.IsLetter(r):
			for i < len(text) {
				r2, s2 := utf8.DecodeRuneInString(text[i:])
				if !unicode.IsLetter(r2) && r2 != '\'' && r2 != '’' {
					break
				}
				i += s2
			}
		default:
			i += size
		}
		w := text[start:i]
		t := tok{start: start, end: i, text: w, lower: strings.ToLower(w), num: -1, sent: sent, cap: unicode.IsUpper(r)}
		if n, ok := atoi(w); ok {
			t.num, t.digits = n, len(w)
		}
		toks = append(toks, t)
		if (w == "." || w == "!" || w == "?") && (i >= len(text) || text[i] == ' ' || text[i] == '\n') {
			// A period after an abbreviation (Nov. 6, Mr. Smith) does not end the sentence.
			if len(toks) < 2 || !abbrev[toks[len(toks)-2].lower] {
				sent++
			}
		}
	}
	return toks
}

var abbrev = map[string]bool{"jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true, "aug": true,
	"sep": true, "sept": true, "oct": true, "nov": true, "dec": true, "mr": true, "mrs": true, "ms": true, "dr": true,
	"st": true, "gen": true, "sen": true, "rep": true, "gov": true, "u": true, "s": true, "a": true, "p": true, "m": true,
	"mon": true, "tue": true, "tues": true, "wed": true, "thu": true, "thur": true, "thurs": true, "fri": true, "sat": true, "sun": true}

func atoi(s string) (int, bool) {
	if s == "" || len(s) > 9 {
		return 0, false
	}
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return 0, false
		}
		n = n*10 + int(s[i]-'0')
	}
	return n, true
}
