package quote

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// token is a word or a single punctuation rune with its byte span.
type token struct {
	start, end int
	text       string
	lower      string
	word       bool
	cap        bool // starts with an upper-case letter
	nl         bool // a line break separates it from the previous token
}

// abbreviations keep their period, so that "Sen." or "Nov." does not end a
// sentence.
var abbreviations = set("mr mrs ms dr sen rep gov gen lt col sgt capt adm maj prof rev sr jr st mt ft pres supt det insp cmdr atty amb hon no co corp inc ltd jan feb mar apr jun jul aug sep sept oct nov dec vs messrs mme mlle u.s u.k u.n e.u d.c a.m p.m")

func set(words string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(words) {
		m[w] = true
	}
	return m
}

func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

func tokenize(text string) []token {
	toks := make([]token, 0, len(text)/5)
	nl := false
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		if unicode.IsSpace(r) {
			if r == '\n' {
				nl = true
			}
			i += size
			continue
		}
		start := i
		if !isWordRune(r) {
			i += size
			toks = append(toks, token{start: start, end: i, text: text[start:i], lower: text[start:i], nl: nl})
			nl = false
			continue
		}
		for i < len(text) {
			r, size = utf8.DecodeRuneInString(text[i:])
			if isWordRune(r) {
				i += size
				continue
			}
			// Joiners inside a word: don't, Clinton’s, U.S., al-Assad, 1,200.
			if r == '\'' || r == '’' || r == '-' || r == '.' || r == ',' || r == '&' {
				nr := runeAt(text, i+size)
				if isWordRune(nr) && (r != ',' || unicode.IsDigit(nr) && unicode.IsDigit(runeBefore(text, i))) {
					i += size
					continue
				}
			}
			break
		}
		w := text[start:i]
		lw := strings.ToLower(w)
		if i < len(text) && text[i] == '.' {
			after := runeAt(text, i+1)
			if abbreviations[lw] || (utf8.RuneCountInString(w) == 1 && unicode.IsUpper(r0(w))) || strings.Contains(w, ".") || after == ')' || after == ',' {
				i++
				w = text[start:i]
			}
		}
		toks = append(toks, token{start: start, end: i, text: w, lower: lw, word: true, cap: unicode.IsUpper(r0(w)), nl: nl})
		nl = false
	}
	return toks
}

func r0(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

func (t token) terminator() bool {
	return !t.word && (t.text == "." || t.text == "!" || t.text == "?" || t.text == "…")
}

func (t token) digits() bool { return t.text != "" && strings.Trim(t.text, "0123456789") == "" }
