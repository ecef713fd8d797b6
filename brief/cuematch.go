package brief

import (
	"regexp"
	"strings"
)

// The section cues are counted by regular expressions of one simple form,
// (?i)\b(alternative|...)\b, each alternative a few whole words, a word
// ending in \w* (any ending) or s? (an optional plural), or a group of
// whole words. Running three backtracking patterns over every sentence was
// a large part of a brief's cost, so a cueMatcher counts the same matches
// over the sentence's words instead. It is built from the pattern's own
// text, so the pattern stays the one definition; a pattern outside that
// form is simply run as a regular expression.

// cueWord is one word of an alternative: an exact word, the word with an
// optional "s", or a prefix of any word.
type cueWord struct {
	lit  string
	kind byte // 'e' exact, 's' optional plural s, 'w' any ending
}

type cueMatcher struct {
	re   *regexp.Regexp
	alts [][]cueWord // in the pattern's order; nil when the pattern has another form
}

func newCueMatcher(re *regexp.Regexp) *cueMatcher {
	m := &cueMatcher{re: re}
	src := re.String()
	const head, tail = `(?i)\b(`, `)\b`
	if !strings.HasPrefix(src, head) || !strings.HasSuffix(src, tail) {
		return m
	}
	var alts [][]cueWord
	for _, alt := range splitTop(src[len(head) : len(src)-len(tail)]) {
		expanded := [][]cueWord{nil}
		for _, w := range strings.Split(alt, " ") {
			var options []cueWord
			if strings.HasPrefix(w, "(?:") && strings.HasSuffix(w, ")") {
				for _, o := range strings.Split(w[3:len(w)-1], "|") {
					options = append(options, cueWord{o, 'e'})
				}
			} else if lit, ok := strings.CutSuffix(w, `\w*`); ok {
				options = []cueWord{{lit, 'w'}}
			} else if lit, ok := strings.CutSuffix(w, "s?"); ok {
				options = []cueWord{{lit, 's'}}
			} else {
				options = []cueWord{{w, 'e'}}
			}
			for _, o := range options {
				if !lowerLetters(o.lit) {
					return m
				}
			}
			var next [][]cueWord
			for _, e := range expanded {
				for _, o := range options {
					next = append(next, append(append([]cueWord(nil), e...), o))
				}
			}
			expanded = next
		}
		alts = append(alts, expanded...)
	}
	m.alts = alts
	return m
}

// splitTop splits s at the | that are outside parentheses.
func splitTop(s string) []string {
	var out []string
	depth, from := 0, 0
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '(':
			depth++
		case ')':
			depth--
		case '|':
			if depth == 0 {
				out = append(out, s[from:i])
				from = i + 1
			}
		}
	}
	return append(out, s[from:])
}

func lowerLetters(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < 'a' || s[i] > 'z' {
			return false
		}
	}
	return s != ""
}

// foldsToASCII are the only non-ASCII letters (?i) matches to an ASCII
// letter: the Kelvin sign (k) and the long s (s). Text holding one goes
// to the regular expression.
const foldsToASCII = "\u212a\u017f"

// count is the number of matches re would find in s.
func (m *cueMatcher) count(s string) int {
	if m.alts == nil || strings.ContainsAny(s, foldsToASCII) {
		return len(m.re.FindAllStringIndex(s, -1))
	}
	// the words: runs of \w, ASCII letters, digits and underscores; every
	// alternative starts and ends with a letter, so a match starts at the
	// start of one and, given the final \b, ends at the end of one
	type span struct{ start, end int }
	var words []span
	for i := 0; i < len(s); {
		if !asciiWord(s[i]) {
			i++
			continue
		}
		j := i + 1
		for j < len(s) && asciiWord(s[j]) {
			j++
		}
		words = append(words, span{i, j})
		i = j
	}
	// the words are ASCII, so lower-casing the ASCII letters of a copy
	// lower-cases every word in place
	low := []byte(s)
	for i, c := range low {
		if 'A' <= c && c <= 'Z' {
			low[i] = c + 'a' - 'A'
		}
	}
	lowered := string(low)
	lower := func(w span) string { return lowered[w.start:w.end] }
	n := 0
	for i := 0; i < len(words); {
		taken := 0
		for _, alt := range m.alts {
			if i+len(alt) > len(words) {
				continue
			}
			ok := true
			for k, cw := range alt {
				w := words[i+k]
				// the words of an alternative are one space apart
				if k > 0 && s[words[i+k-1].end:w.start] != " " {
					ok = false
					break
				}
				t := lower(w)
				switch cw.kind {
				case 'e':
					ok = t == cw.lit
				case 's':
					ok = t == cw.lit || t == cw.lit+"s"
				case 'w':
					ok = strings.HasPrefix(t, cw.lit)
				}
				if !ok {
					break
				}
			}
			if ok {
				taken = len(alt)
				break // leftmost-first: the first alternative that matches
			}
		}
		if taken == 0 {
			i++
			continue
		}
		n++
		i += taken
	}
	return n
}

func asciiWord(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '_'
}
