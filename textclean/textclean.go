// Package textclean removes the page chrome that plain-text scrapes carry
// (menus, media-player residue, repeated captions, author bios, form
// residue, aggregator footers) and reads the title, outlet, date and
// authors that the text itself gives.
//
// Cleaning works on lines, in passes that only mark lines, in this order:
//
//  1. each line alone: page chrome (a whole-line match, never a sentence
//     that merely mentions "subscribe"), then metadata lines (bylines, date
//     lines, outlet-and-date footers, copyright lines), read as they go;
//  2. blocks: a reader-comment thread, the author boxes at the end, menus
//     and tag clouds (runs of short labels), link lists below the article
//     and above it (the latter only when the page shows other furniture);
//  3. repeats of the previous line, and lines written twice over;
//  4. the title (a kicker above it is dropped, a first subheading is not a
//     title), then the byline names and places between title and body,
//     then the titles of embedded clips next to player residue;
//  5. inside the body's lines, the citation chips that summaries paste
//     after a sentence ("(Reuters +2)", "(Wikipedia)").
//
// Blocks come before repeats and title because they need the chrome marks
// of step 1, and the title needs the menus gone. Only the last step builds
// paragraphs, rejoining lines that a wrap split mid-sentence. Every input
// line ends up in Text, Removed or Title (a line that lost its chips, in
// Text without them and the chips in Removed), so nothing is lost.
package textclean

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"crossread"
)

// Result is a cleaned text and what was learnt or dropped on the way.
type Result struct {
	Text      string   // paragraphs joined by a blank line
	Removed   []string // dropped lines or blocks, in order
	Title     string
	Source    string
	Published crossread.Timestamp
	Authors   []string
}

type lineKind int

const (
	body    lineKind = iota
	removed          // boilerplate, kept in Result.Removed
	title            // moved to Result.Title
)

type line struct {
	text        string // trimmed, inner whitespace folded to single spaces
	blankBefore bool   // a blank line separates it from the previous line
	kind        lineKind
	removedAs   string   // what goes into Removed when it is not text itself
	meta        bool     // a byline or date line
	cut         []string // citation chips taken out of a body line
}

// maxChromeLen bounds the lines the chrome patterns are tried on: page
// chrome is short, and skipping long lines keeps cleaning linear and fast.
const maxChromeLen = 160

// Clean cleans a plain-text scrape.
func Clean(raw string) Result {
	if looksLikeMarkdown(raw) {
		raw = fromMarkdown(raw)
	}
	lines := splitLines(raw)
	var res Result
	meta := metadata{dayFirst: !englishText(raw) || britishText(raw)}
	for i := range lines {
		l := &lines[i]
		if isChrome(l.text) {
			l.kind = removed
			continue
		}
		if filterMenuItem(lines, i) {
			l.kind = removed // "By Type", "By Region": a filter menu, not a byline
			continue
		}
		if meta.take(l.text) {
			l.kind = removed
			l.meta = true
		}
	}
	markComments(lines)
	markBioBlock(lines, &meta)
	markAboutBlock(lines)
	markMenuRuns(lines)
	markTailLists(lines)
	markTopMenu(lines)
	markTopLinkLists(lines)
	markTopNavBars(lines)
	markRepeats(lines)
	res.Title = chooseTitle(lines, &meta)
	if res.Title != "" {
		markHeader(lines, &meta)
	}
	// "UPDATE 2-Halvard sinks to loss": the wire's version slug is no
	// part of the headline
	if g := reWireSlug.FindStringIndex(res.Title); g != nil && g[1] < len(res.Title) {
		res.Title = res.Title[g[1]:]
	}
	markMediaTitles(lines)
	markCaptions(lines)
	cutCitations(lines)
	if meta.source == "" {
		meta.setSource(meta.bioSource)
	}
	if meta.source == "" {
		meta.source = datelineSource(lines)
	}
	if meta.published.IsZero() {
		meta.setDate(headerDate(lines), false)
	}
	if meta.published.IsZero() {
		meta.setDate(wireDate(lines), false)
	}
	res.Text = buildText(lines)
	for _, l := range lines {
		if l.kind == body {
			res.Removed = append(res.Removed, l.cut...)
		}
		if l.kind == removed {
			if l.removedAs != "" {
				res.Removed = append(res.Removed, l.removedAs)
			} else {
				res.Removed = append(res.Removed, l.text)
			}
		}
	}
	res.Source = meta.source
	res.Published = meta.published
	res.Authors = meta.authors
	return res
}

// splitLines returns the non-blank lines of raw, trimmed and with inner
// whitespace folded, each knowing whether a blank line preceded it.
// englishText: the text reads as English, by how often its first words
// are English's commonest function words (one word in ten or more is in
// English prose; well under one in fifty in the other languages, whose
// "in", "is" or "was" English shares are left out).
func englishText(raw string) bool {
	n, hits := 0, 0
	for _, w := range strings.FieldsFunc(firstChars(raw, 3000), func(r rune) bool { return !unicode.IsLetter(r) }) {
		n++
		switch strings.ToLower(w) {
		case "the", "and", "of", "to", "that", "with", "for", "from", "by", "this", "which", "have", "has", "were", "been":
			hits++
		}
	}
	return n < 20 || hits*25 >= n
}

// britishText: the text spells as British and Irish papers do ("per
// cent", "labour", "centre", "programme"), which write numeric dates day
// first too ("12/03/2027" is 12 March).
func britishText(raw string) bool {
	low := strings.ToLower(firstChars(raw, 6000))
	n := 0
	for _, w := range []string{" per cent", " labour", " centre", " programme", " colour", " favour", " neighbour", " organisation", " defence"} {
		if strings.Contains(low, w) {
			n++
		}
	}
	return n >= 2
}

func splitLines(raw string) []line {
	raw = strings.TrimPrefix(raw, "\ufeff")
	var out []line
	blank := false
	for len(raw) > 0 {
		var s string
		if i := strings.IndexByte(raw, '\n'); i >= 0 {
			s, raw = raw[:i], raw[i+1:]
		} else {
			s, raw = raw, ""
		}
		s = foldSpace(s)
		if s == "" {
			blank = true
			continue
		}
		out = append(out, line{text: s, blankBefore: blank && len(out) > 0})
		blank = false
	}
	return out
}

// foldSpace trims s and turns every run of Unicode whitespace (tabs, NBSP,
// \r) into one space; zero-width characters are dropped.
func foldSpace(s string) string {
	clean := true
	prevSpace := true
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf || c == '\t' || c == '\r' || c == '\f' || c == '\v' || (c == ' ' && prevSpace) {
			clean = false
			break
		}
		prevSpace = c == ' '
	}
	if clean && !prevSpace {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s {
		switch {
		case r == '\u200b' || r == '\u200c' || r == '\u200d' || r == '\ufeff' || r == '\u00ad':
			continue
		case unicode.IsSpace(r):
			space = b.Len() > 0
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteRune(r)
	}
	return b.String()
}

// markRepeats removes a line that repeats the previous kept line (exactly
// or but for case), and a short line that is one text written twice ("Title
// Title"), the way embedded players and captions are scraped.
func markRepeats(lines []line) {
	prev := -1
	first := true
	for i := range lines {
		l := &lines[i]
		if l.kind != body {
			continue
		}
		if prev >= 0 && strings.EqualFold(l.text, lines[prev].text) {
			l.kind = removed
			continue
		}
		// A doubled first line may be the headline: chooseTitle decides.
		if !first {
			if _, ok := doubled(l.text); ok {
				l.kind = removed
				continue
			}
		}
		first = false
		prev = i
	}
}

// doubled reports whether s is one text of at least two words written
// twice, separated by a space, and returns that text.
func doubled(s string) (string, bool) {
	if len(s) > 2*maxChromeLen || len(s)%2 == 0 {
		return "", false
	}
	h := len(s) / 2
	if s[h] != ' ' || !strings.EqualFold(s[:h], s[h+1:]) || !strings.Contains(s[:h], " ") {
		return "", false
	}
	return s[:h], true
}

// buildText joins the body lines into paragraphs: one line is one paragraph
// unless a wrap split a sentence (see continues) or the whole text is
// hard-wrapped at a fixed width, in which case blank lines end paragraphs.
func buildText(lines []line) string {
	hard := hardWrapped(lines)
	var paras []string
	var cur strings.Builder
	prevText := ""
	sawRemoved := false
	for _, l := range lines {
		if l.kind != body {
			if l.kind == removed {
				sawRemoved = true
			}
			continue
		}
		join := false
		if cur.Len() > 0 {
			if hard {
				join = !l.blankBefore || (sawRemoved && continues(prevText, l.text, true))
			} else {
				join = continues(prevText, l.text, !l.blankBefore)
			}
		}
		if join {
			if strings.HasSuffix(prevText, "-") && !strings.HasSuffix(prevText, " -") {
				cur.WriteString(l.text) // "well-" + "known"
			} else {
				cur.WriteByte(' ')
				cur.WriteString(l.text)
			}
		} else {
			if cur.Len() > 0 {
				paras = append(paras, cur.String())
				cur.Reset()
			}
			cur.WriteString(l.text)
		}
		prevText = l.text
		sawRemoved = false
	}
	if cur.Len() > 0 {
		paras = append(paras, cur.String())
	}
	return strings.Join(paras, "\n\n")
}

// continues reports whether line b carries on the sentence that line a
// breaks off: a ends without terminal punctuation and b starts lower-case,
// or (when the lines are adjacent) a ends on a comma, a hyphen or a word
// that cannot end an English sentence ("the", "of", "and").
func continues(a, b string, adjacent bool) bool {
	last, _ := utf8.DecodeLastRuneInString(strings.TrimRight(a, "\"'”’»)]"))
	switch last {
	case '.', '!', '?', '…', ':', ';':
		return false
	}
	first, _ := utf8.DecodeRuneInString(b)
	if unicode.IsLower(first) {
		return true
	}
	if !adjacent {
		return false
	}
	if last == ',' || last == '-' || last == '–' || last == '—' {
		return true
	}
	i := strings.LastIndexByte(a, ' ')
	return connectors[strings.ToLower(a[i+1:])]
}

var connectors = set("the", "a", "an", "of", "to", "and", "or", "but", "in", "on", "at", "for", "with", "by",
	"from", "as", "that", "which", "who", "its", "their", "his", "her", "our", "this", "these", "is", "are",
	"was", "were", "be", "has", "have", "had", "than", "into", "between", "about", "over", "under", "nor")

// hardWrapped detects text wrapped at a fixed width (e-mail, wire copy,
// some archives): many lines with a line after them in the same block,
// nearly all of them filling most of the widest line.
func hardWrapped(lines []line) bool {
	width := 0
	for _, l := range lines {
		if l.kind == body {
			width = max(width, utf8.RuneCountInString(l.text))
		}
	}
	if width < 40 || width > 120 {
		return false
	}
	inner, full, blocks := 0, 0, 0
	for i := 0; i+1 < len(lines); i++ {
		if lines[i].kind != body {
			continue
		}
		if lines[i+1].blankBefore {
			blocks++
			continue
		}
		inner++
		if utf8.RuneCountInString(lines[i].text) >= width*2/3 {
			full++
		}
	}
	return blocks >= 1 && inner >= 6 && full*10 >= inner*8
}

func set(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

// filterMenuItem reports a "By …" line in a run of three or more: the
// options of a filter menu ("By Type", "By Wine Region", "By Grape"),
// which read like bylines.
func filterMenuItem(lines []line, i int) bool {
	by := func(j int) bool {
		return j >= 0 && j < len(lines) && len(lines[j].text) < 40 && strings.HasPrefix(strings.ToLower(lines[j].text), "by ")
	}
	if !by(i) {
		return false
	}
	lo, hi := i, i
	for by(lo - 1) {
		lo--
	}
	for by(hi + 1) {
		hi++
	}
	return hi-lo >= 2
}

// reWireSlug: a wire headline's version slug ("UPDATE 2-", "REFILE-",
// "CORRECTED-").
var reWireSlug = regexp.MustCompile(`^(?:UPDATE|REFILE|CORRECTED|RPT|WRAPUP|EXCLUSIVE)(?: \d{1,2})?-\s*`)
