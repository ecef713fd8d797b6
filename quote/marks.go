package quote

import (
	"sort"
	"unicode"
	"unicode/utf8"
)

// region is one run of quoted text. Offsets are bytes into the article text.
type region struct {
	open, close  int // the opening mark's start, the byte after the closing mark (== end when unclosed)
	start, end   int // the quoted text without marks or surrounding spaces
	para         int // paragraph index
	single       bool
	unclosed     bool // the paragraph ended before a closing mark
	continuation bool // continues the previous paragraph's unclosed quote
}

func isDoubleMark(r rune) bool {
	switch r {
	case '"', '“', '”', '„', '«', '»', '‟':
		return true
	}
	return false
}

func runeBefore(text string, i int) rune {
	if i <= 0 {
		return ' '
	}
	r, _ := utf8.DecodeLastRuneInString(text[:i])
	return r
}

func runeAt(text string, i int) rune {
	if i >= len(text) {
		return ' '
	}
	r, _ := utf8.DecodeRuneInString(text[i:])
	return r
}

// opensBefore reports whether a mark preceded by r can open a quote.
func opensAfter(r rune) bool {
	return unicode.IsSpace(r) || r == '(' || r == '[' || r == '—' || r == '–' || r == '-' || r == '/' || r == ':' || isDoubleMark(r)
}

// findRegions pairs quotation marks paragraph by paragraph. Double marks
// alternate open/close; a paragraph that ends inside a quote leaves it
// unclosed, and when the next paragraph opens with a mark it continues the
// same quote (the newspaper convention for multi-paragraph quotes). Single
// marks are read outside double-quoted text only, and an apostrophe
// (a mark with a letter on both sides, or elided digits like '90s) never
// opens one.
func findRegions(text string) []region {
	var out []region
	para := 0
	prevUnclosed := false
	for ps := 0; ps < len(text); {
		pe := ps
		for pe < len(text) && text[pe] != '\n' {
			pe++
		}
		if trimmedEmpty(text[ps:pe]) {
			ps = pe + 1
			continue
		}
		first := len(out)
		open := -1
		openSize := 0
		for i := ps; i < pe; {
			r, size := utf8.DecodeRuneInString(text[i:])
			if i+1 < pe && (text[i:i+2] == "''" || text[i:i+2] == "``") {
				// Two apostrophes or backticks stand for a double mark
				// (older newspaper and treebank text).
				r, size = '"', 2
			} else if !isDoubleMark(r) {
				i += size
				continue
			}
			if open < 0 {
				if strayCloser(text, i, size, r) {
					i += size
					continue
				}
				open, openSize = i, size
			} else if r == '“' && text[open:open+openSize] == "“" && opensAfter(runeBefore(text, i)) && !trimmedEmpty(text[open+openSize:i]) {
				// Two opening marks in a row: the first quote was never closed.
				out = append(out, mkRegion(text, open, open+openSize, i, i, para, false, true))
				open, openSize = i, size
			} else {
				out = append(out, mkRegion(text, open, open+openSize, i, i+size, para, false, false))
				open = -1
			}
			i += size
		}
		if open >= 0 {
			out = append(out, mkRegion(text, open, open+openSize, pe, pe, para, false, true))
		}
		if prevUnclosed && len(out) > first && trimmedEmpty(text[ps:out[first].open]) {
			out[first].continuation = true
		}
		prevUnclosed = len(out) > first && out[len(out)-1].unclosed
		doubles := append([]region(nil), out[first:]...)
		out = append(out, singleRegions(text, ps, pe, para, doubles)...)
		para++
		ps = pe + 1
	}
	sortRegions(out)
	return out
}

func trimmedEmpty(s string) bool {
	for _, r := range s {
		if !unicode.IsSpace(r) {
			return false
		}
	}
	return true
}

func mkRegion(text string, open, start, end, close, para int, single, unclosed bool) region {
	s, e := start, end
	for s < e {
		r, n := utf8.DecodeRuneInString(text[s:])
		if !unicode.IsSpace(r) {
			break
		}
		s += n
	}
	for e > s {
		r, n := utf8.DecodeLastRuneInString(text[:e])
		if !unicode.IsSpace(r) {
			break
		}
		e -= n
	}
	return region{open: open, close: close, start: s, end: e, para: para, single: single, unclosed: unclosed}
}

// insideAny reports whether byte i lies in one of rs (sorted, disjoint).
func insideAny(i int, rs []region) bool {
	k := sort.Search(len(rs), func(j int) bool { return rs[j].open > i }) - 1
	return k >= 0 && i < rs[k].close
}

// singleRegions finds ‘…’ and '…' quotes in text[ps:pe] outside doubles.
func singleRegions(text string, ps, pe, para int, doubles []region) []region {
	var out []region
	for i := ps; i < pe; {
		r, size := utf8.DecodeRuneInString(text[i:])
		if i+1 < pe && text[i:i+2] == "''" {
			i += 2
			continue
		}
		if (r != '\'' && r != '‘') || insideAny(i, doubles) || !opensAfter(runeBefore(text, i)) {
			i += size
			continue
		}
		next := runeAt(text, i+size)
		if !unicode.IsLetter(next) && !unicode.IsDigit(next) {
			i += size
			continue
		}
		if unicode.IsDigit(next) && unicode.IsDigit(runeAt(text, i+size+1)) && !unicode.IsDigit(runeAt(text, i+size+2)) {
			i += size // '90s, '16
			continue
		}
		closeAt := -1
		for j := i + size; j < pe && j-i < 400; {
			c, cs := utf8.DecodeRuneInString(text[j:])
			if isDoubleMark(c) {
				break
			}
			if (c == '\'' || c == '’') && !unicode.IsSpace(runeBefore(text, j)) {
				after := runeAt(text, j+cs)
				if !unicode.IsLetter(after) && !unicode.IsDigit(after) {
					closeAt = j
					break
				}
			}
			if c == '‘' || (c == '\'' && opensAfter(runeBefore(text, j))) {
				break
			}
			j += cs
		}
		if closeAt < 0 {
			i += size
			continue
		}
		cs := utf8.RuneLen(runeAt(text, closeAt))
		reg := mkRegion(text, i, i+size, closeAt, closeAt+cs, para, true, false)
		if reg.end > reg.start {
			out = append(out, reg)
		}
		i = closeAt + cs
	}
	return out
}

func sortRegions(rs []region) {
	sort.SliceStable(rs, func(i, j int) bool { return rs[i].open < rs[j].open })
}

// strayCloser reports whether a mark met outside any quote can only close
// one (a letter before it, a space after it): unbalanced source text, where
// opening a quote here would swap every later pair.
func strayCloser(text string, i, size int, r rune) bool {
	if r == '“' || r == '„' || r == '«' {
		return false
	}
	before, after := runeBefore(text, i), runeAt(text, i+size)
	if opensAfter(before) {
		return false
	}
	return unicode.IsSpace(after) || after == ',' || after == '.' || after == ';'
}
