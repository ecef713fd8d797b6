// Package nlp splits text into paragraphs, sentences and tokens, keeping
// byte offsets into the original text, and holds the word normalisation
// (folding, stemming, stopwords) that the later stages share.
//
// The sentence splitter is rule-based rather than the Punkt model of
// github.com/neurosnap/sentences: on news text the rules handle titles,
// initials, dotted acronyms and quotes at least as well, they are an order
// of magnitude faster, and they give byte offsets directly (Punkt returns
// strings that must be searched back into the text).
package nlp

import (
	"unicode"
	"unicode/utf8"

	"crossread"
)

// Paragraphs returns the spans of the paragraphs of text: runs of lines
// separated by at least one blank (whitespace-only) line, with leading and
// trailing whitespace trimmed off each span.
func Paragraphs(articleID, text string) []crossread.Span {
	var out []crossread.Span
	forParagraphs(text, func(start, end int) {
		out = append(out, crossread.Span{ArticleID: articleID, Start: start, End: end})
	})
	return out
}

// forParagraphs calls fn with the trimmed [start, end) of every paragraph.
func forParagraphs(text string, fn func(start, end int)) {
	paraStart := 0
	lineStart := 0
	blank := true // the current line holds only whitespace so far
	flush := func(end int) {
		s, e := trimSpan(text, paraStart, end)
		if s < e {
			fn(s, e)
		}
	}
	for i := 0; i < len(text); i++ {
		switch c := text[i]; c {
		case '\n':
			if blank && lineStart > paraStart {
				// A blank line closes the paragraph before it.
				flush(lineStart)
				paraStart = i + 1
			} else if blank {
				paraStart = i + 1
			}
			lineStart = i + 1
			blank = true
		case ' ', '\t', '\r', '\f', '\v':
		default:
			blank = false
		}
	}
	flush(len(text))
}

// trimSpan narrows [s, e) of text past Unicode whitespace at both ends.
func trimSpan(text string, s, e int) (int, int) {
	for s < e {
		r, n := utf8.DecodeRuneInString(text[s:e])
		if !unicode.IsSpace(r) {
			break
		}
		s += n
	}
	for e > s {
		r, n := utf8.DecodeLastRuneInString(text[s:e])
		if !unicode.IsSpace(r) {
			break
		}
		e -= n
	}
	return s, e
}

// Sentences splits text into sentences with byte spans; articleID is copied
// into every span. A paragraph break always ends a sentence; within a
// paragraph, single newlines are ordinary whitespace.
func Sentences(articleID, text string) []crossread.Sentence {
	var out []crossread.Sentence
	para := 0
	forParagraphs(text, func(ps, pe int) {
		start := ps
		for start < pe {
			end := nextBoundary(text, start, pe)
			s, e := trimSpan(text, start, end)
			if s < e {
				out = append(out, crossread.Sentence{
					Span:      crossread.Span{ArticleID: articleID, Start: s, End: e},
					Text:      text[s:e],
					Paragraph: para,
				})
			}
			start = end
		}
		para++
	})
	return out
}

// nextBoundary returns the end (exclusive, before the following whitespace)
// of the sentence that starts at start, never beyond limit.
func nextBoundary(text string, start, limit int) int {
	for i := start; i < limit; {
		r, n := utf8.DecodeRuneInString(text[i:limit])
		if !isTerminator(r) {
			i += n
			continue
		}
		termAt := i
		j := i + n
		// Runs of terminators ("?!", "...") and closing quotes and brackets
		// belong to the sentence they end.
		for j < limit {
			r2, n2 := utf8.DecodeRuneInString(text[j:limit])
			if isTerminator(r2) || isCloser(r2) {
				j += n2
				continue
			}
			break
		}
		if j >= limit {
			return limit
		}
		r2, _ := utf8.DecodeRuneInString(text[j:limit])
		if !unicode.IsSpace(r2) {
			// "17.5", "U.S.-brokered", "Yahoo!News": not a boundary.
			i = j
			continue
		}
		if endsSentence(text, start, termAt, r, j, limit) {
			return j
		}
		i = j
	}
	return limit
}

// endsSentence decides whether the terminator r at termAt, whose trailing
// closers end at after (followed by whitespace), ends a sentence.
func endsSentence(text string, sentStart, termAt int, r rune, after, limit int) bool {
	next, nextWord := peekNext(text, after, limit)
	if next == 0 {
		return true
	}
	// A sentence never starts lower-case: "'Why?' he asked", "etc. and";
	// nor on a dash: "HEBRON, Ky. — A freighter crashed …" is a dateline's.
	if unicode.IsLower(next) || next == '—' || next == '–' || next == '-' {
		return false
	}
	if r != '.' {
		return true
	}
	if termAt+1 < len(text) && text[termAt+1] == '.' {
		return true // an ellipsis before a capital
	}
	word := wordBefore(text, sentStart, termAt)
	if word == "" {
		return true
	}
	nextIsDigit := next >= '0' && next <= '9'
	lw := lowerASCII(word)
	switch {
	case titles[lw]:
		// "Mr. Smith", "Gen. Mark Milley", "Rep. Ocasio-Cortez".
		return false
	case isInitial(word):
		// "D. Trump", "(P. Johnson 84)", "John F. Kennedy"; "Plan B. The" splits.
		return starters[nextWord]
	case numberedAbbrevs[lw]:
		// "No. 10", "Jan. 6", "p. 4"; "said no. He" still splits.
		return !nextIsDigit
	case isDottedAcronym(word):
		// "U.S. officials", "U.S. 10-year bonds", "11 a.m. (0800 GMT)" stay;
		// "the U.S. The" splits.
		return starters[nextWord]
	case otherAbbrevs[lw]:
		// "Apple Inc. said" stays; "Acme Inc. The" splits.
		return starters[nextWord]
	case (lw == "mio" || lw == "mrd" || lw == "tsd") && scaleCurrencies[nextWord]:
		// "knapp 290 Mio. Euro", "2,1 Mrd. Franken": a sum goes on.
		return false
	case isDayOrdinal(word) && monthNames[nextWord]:
		// German writes the day as an ordinal: "bis zum 31. Oktober".
		return false
	}
	return true
}

// isDayOrdinal reports a number of one or two digits: "31" in "31. Oktober".
func isDayOrdinal(w string) bool {
	if len(w) == 0 || len(w) > 2 {
		return false
	}
	for _, c := range []byte(w) {
		if c < '0' || c > '9' {
			return false
		}
	}
	return true
}

// scaleCurrencies follow German's abbreviated millions and billions.
var scaleCurrencies = set("Euro", "EUR", "Dollar", "US-Dollar", "USD", "Franken", "CHF", "Pfund", "Yen")

// monthNames are the months as capitalised languages write them after a
// day's ordinal (the others write them in lower case, which never starts a
// sentence anyway).
var monthNames = set(
	"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
	"Januar", "Jänner", "Februar", "März", "Mai", "Juni", "Juli", "Oktober", "Dezember",
)

// peekNext returns the first letter or digit of the next sentence, looking
// past whitespace and opening quotes and brackets, and the word it starts.
func peekNext(text string, i, limit int) (rune, string) {
	for i < limit {
		r, n := utf8.DecodeRuneInString(text[i:limit])
		if unicode.IsSpace(r) || isOpener(r) {
			i += n
			continue
		}
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			return r, ""
		}
		j := i
		for j < limit {
			r2, n2 := utf8.DecodeRuneInString(text[j:limit])
			if !unicode.IsLetter(r2) {
				break
			}
			j += n2
		}
		return r, text[i:j]
	}
	return 0, ""
}

// wordBefore returns the run of non-space characters that ends at end
// (the terminator's position), after stripping opening quotes/brackets.
func wordBefore(text string, start, end int) string {
	i := end
	for i > start {
		r, n := utf8.DecodeLastRuneInString(text[start:i])
		if unicode.IsSpace(r) || isOpener(r) || r == '-' || r == '/' {
			break
		}
		i -= n
	}
	return text[i:end]
}

// isInitial reports a single upper-case letter: "D" in "D. Trump".
func isInitial(w string) bool {
	r, n := utf8.DecodeRuneInString(w)
	return n == len(w) && unicode.IsUpper(r)
}

// isDottedAcronym reports "U.S", "e.g", "a.m": letters separated by dots
// (the final dot is the terminator itself).
func isDottedAcronym(w string) bool {
	if len(w) < 3 {
		return false
	}
	letters := 0
	wantLetter := true
	for _, r := range w {
		if wantLetter {
			if !unicode.IsLetter(r) {
				return false
			}
			letters++
		} else if r != '.' {
			return false
		}
		wantLetter = !wantLetter
	}
	return !wantLetter && letters >= 2
}

func isTerminator(r rune) bool {
	switch r {
	case '.', '?', '!', '…', '‽':
		return true
	}
	return false
}

func isCloser(r rune) bool {
	switch r {
	case '"', '\'', '”', '’', '»', '›', ')', ']', '}':
		return true
	}
	return false
}

func isOpener(r rune) bool {
	switch r {
	case '"', '\'', '“', '‘', '«', '‹', '(', '[', '{', '„':
		return true
	}
	return false
}

func lowerASCII(s string) string {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= 'A' && c <= 'Z' {
			b := []byte(s)
			for j := i; j < len(b); j++ {
				if b[j] >= 'A' && b[j] <= 'Z' {
					b[j] += 'a' - 'A'
				}
			}
			return string(b)
		}
	}
	return s
}

func set(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

// titles precede a name and never end a sentence.
var titles = set(
	"mr", "mrs", "ms", "messrs", "mme", "mlle", "dr", "prof", "rev", "fr", "hon",
	"gen", "lt", "col", "maj", "capt", "cmdr", "cdr", "adm", "sgt", "cpl", "pvt", "brig", "gov",
	"sen", "rep", "reps", "sens", "pres", "supt", "insp", "det", "amb", "atty", "st", "mt", "ft",
	"gens", "lt.col", "lt.gen", "vs", "v", "cf", "approx", "est", "dept", "univ", "assn",
)

// numberedAbbrevs usually precede a number: "No. 10", "Jan. 6".
var numberedAbbrevs = set(
	"no", "nos", "nr", "vol", "vols", "p", "pp", "ch", "chap", "fig", "figs", "art", "sec", "para", "op", "ed", "eds",
	"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
)

// otherAbbrevs can end a sentence, so they split before a sentence starter.
var otherAbbrevs = set(
	"inc", "corp", "co", "ltd", "jr", "sr", "llc", "plc", "bros", "etc", "al", "ave", "blvd", "rd",
	"mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
)

// starters are words that commonly begin a sentence and rarely follow an
// abbreviation inside one.
var starters = set(
	"The", "A", "An", "This", "That", "These", "Those", "It", "Its", "He", "She", "They", "We", "I", "You",
	"His", "Her", "Their", "Our", "My", "But", "And", "Or", "So", "Yet", "In", "On", "At", "For", "With",
	"As", "After", "Before", "When", "While", "If", "However", "Meanwhile", "Still", "Also", "There",
	"Here", "What", "Why", "How", "Who", "Where", "Some", "Many", "Most", "Both", "All", "No", "Not",
	"Since", "Although", "Though", "Under", "According", "During", "By", "From", "Last", "Next",
	"Earlier", "Later", "Now", "Then", "Such", "Other", "Another", "One", "Two", "Several", "Each",
	"Officials", "Analysts", "Critics", "Experts",
)

// SentenceAt returns the index of the sentence of sents (in text order, as
// Sentences returns them) that contains byte offset off, or -1 when off
// falls between sentences or outside them.
func SentenceAt(sents []crossread.Sentence, off int) int {
	lo, hi := 0, len(sents)
	for lo < hi {
		mid := (lo + hi) / 2
		switch {
		case off < sents[mid].Start:
			hi = mid
		case off >= sents[mid].End:
			lo = mid + 1
		default:
			return mid
		}
	}
	return -1
}
