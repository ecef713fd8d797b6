package extract

import (
	"regexp"
	"strings"
	"time"
	"unicode/utf8"

	"golang.org/x/net/html"

	"crossread"
)

// titleH1 is the <h1> the title came from, else one that reads the same,
// else the first.
func (an *analysis) titleH1(title string) *html.Node {
	if an.headline != nil {
		return an.headline
	}
	for _, h := range an.h1s {
		if textOf(h) == title {
			return h
		}
	}
	if len(an.h1s) > 0 {
		return an.h1s[0]
	}
	return nil
}

// headlineText returns up to budget bytes of the text that follows the
// title's <h1> in document order.
func (an *analysis) headlineText(title string, budget int) string {
	return an.textAfterHeadline(title, budget, false)
}

// textAfterHeadline is headlineText; with textOnly the budget counts only
// what is not white space, so that a page indented in deep templates
// reaches as far into its text as a compact one.
func (an *analysis) textAfterHeadline(title string, budget int, textOnly bool) string {
	h1 := an.titleH1(title)
	if h1 == nil {
		return ""
	}
	var b strings.Builder
	used := 0
	var walk func(*html.Node) bool
	walk = func(n *html.Node) bool {
		for ; n != nil; n = n.NextSibling {
			if used > budget {
				return true
			}
			switch n.Type {
			case html.TextNode:
				b.WriteString(n.Data)
				b.WriteByte(' ')
				if textOnly {
					used += textBytes(n.Data)
				} else {
					used += len(n.Data) + 1
				}
			case html.ElementNode:
				if skipped(n.DataAtom) {
					continue
				}
				if walk(n.FirstChild) {
					return true
				}
				if isBlock(n.DataAtom) {
					// Lines stay apart: a byline's name must not run on
					// into the paragraph under it.
					b.WriteByte('\n')
				}
			}
		}
		return false
	}
	for n := h1; n != nil && n.Type == html.ElementNode; n = n.Parent {
		if walk(n.NextSibling) {
			break
		}
	}
	return b.String()
}

// bylineName matches "By Jane Doe" in text; the name is up to four
// capitalised words.
var bylineName = regexp.MustCompile(`(?:^|\s)(?:[Bb]y:?|BY:?|Written by|Author:)\s+(\p{Lu}[\p{L}.'’-]*(?:[ \t]+(?:\p{Lu}[\p{L}.'’-]*|de|van|von|da|del|la|le)){0,4})`)

// visibleByline finds "By Jane Doe" shortly after the headline.
// A credit for other work than the writing ("Reviewed by", "Photos by")
// is passed over.
func (an *analysis) visibleByline(title string) string {
	text := foldLines(an.headlineText(title, 400))
	for _, m := range bylineName.FindAllStringSubmatchIndex(text, -1) {
		if !creditsOtherWork(text[:m[0]]) {
			return text[m[2]:m[3]]
		}
	}
	return ""
}

// creditsOtherWork reports text ending in a credit for work other than the
// writing, which the "by" after it completes.
func creditsOtherWork(before string) bool {
	i := strings.LastIndexAny(before, " \n")
	last := strings.ToLower(strings.Trim(before[i+1:], ":-–|"))
	switch last {
	case "reviewed", "edited", "checked", "fact-checked", "photo", "photos", "photographs", "photography",
		"illustration", "illustrations", "image", "images", "video", "graphics", "produced":
		return true
	}
	return false
}

// foldLines folds white space like fold but keeps a line break where a run
// of white space holds one.
func foldLines(s string) string {
	var b strings.Builder
	for i, line := range strings.Split(s, "\n") {
		line = fold(line)
		if line == "" {
			continue
		}
		if i > 0 && b.Len() > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(line)
	}
	return b.String()
}

// shownDate is a date as the page writes it for readers.
type shownDate struct {
	ts      crossread.Timestamp
	updated bool // labelled as an update
	// monthFirst: written 03/10/2023, read month first, though the
	// numbers allow day first.
	monthFirst bool
	// inStory: written after the headline inside a sentence of the
	// story, where dates are mostly ones the story mentions.
	inStory bool
	// afterUpdate: an update date is shown before it.
	afterUpdate bool
}

// visibleDate finds the date a reader sees by the headline: the date
// written nearest the <h1> that carries the title, in the text shortly
// after it (a byline's "March 4, 2025") or just before it (a kicker's
// date). A date labelled as an update is passed over for another one,
// and returned with updated set when it is the only one.
func (an *analysis) visibleDate(title string) (shownDate, bool) {
	if len(an.h1s) == 0 {
		return shownDate{}, false
	}
	// 600 bytes of text are about the 800 bytes of an ordinary page's
	// text and spaces that bylines were looked for in before.
	headText := an.textAfterHeadline(title, 600, true)
	after, aAt, aOK := firstShownDate(headText)
	if aOK {
		_, _, end, _ := shownDateAt(headText[aAt:])
		// Under an "Updated" line, a sentence with a date is mostly the
		// editor's note on that update, which dates the page as it is.
		after.inStory = !after.afterUpdate && an.inSentence(an.titleH1(title), headText[aAt:aAt+end])
	}
	before, bDist, bOK := lastShownDate(an.textBefore(an.titleH1(title), 250))
	// Only a date right above the headline is the story's: further up are
	// lists of other stories and today's date in the masthead.
	bOK = bOK && bDist <= nearHeadline
	switch {
	case aOK && bOK:
		// A date well into the article's first paragraphs is a date the
		// story mentions; the one right above the headline is its own.
		if aAt > 2*nearHeadline && (after.updated || !before.updated) {
			return before, true
		}
		return after, true
	case aOK:
		return after, true
	case bOK:
		return before, true
	}
	return shownDate{}, false
}

// nearHeadline is how many bytes of text from the headline a date may be
// and still be shown with it: a kicker, a section name and a date.
const nearHeadline = 100

// inSentence reports that the first text after h1 holding date holds a
// sentence around it: a date written into the story's prose ("the court's
// ruling of 24.01.2020, …"), not one set apart in an element of its own
// as bylines and date lines set it.
func (an *analysis) inSentence(h1 *html.Node, date string) bool {
	var found, prose bool
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		for ; n != nil && !found; n = n.NextSibling {
			switch n.Type {
			case html.TextNode:
				if strings.Contains(n.Data, date) {
					found = true
					prose = textBytes(n.Data)-textBytes(date) >= proseAround
				}
			case html.ElementNode:
				if !skipped(n.DataAtom) {
					walk(n.FirstChild)
				}
			}
		}
	}
	for n := h1; n != nil && n.Type == html.ElementNode && !found; n = n.Parent {
		walk(n.NextSibling)
	}
	return prose
}

// proseAround is how much text (spaces aside) a date's text must hold
// besides the date to be part of a sentence: a label such as "Posted on"
// or "Updated:", a name and a place take less. (Measured: 40 and 60 gave
// the same on the development pages; 60 was better on held-out ones.)
const proseAround = 60

// textBytes counts the bytes of s that are not white space.
func textBytes(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case ' ', '\t', '\n', '\r', '\f':
		default:
			n++
		}
	}
	return n
}

// textBefore is up to limit bytes of the text that comes before n in
// document order, ending where n starts.
func (an *analysis) textBefore(n *html.Node, limit int) string {
	var parts []string
	size := 0
	for ; n != nil && n.Type == html.ElementNode && size < limit; n = n.Parent {
		for p := n.PrevSibling; p != nil && size < limit; p = p.PrevSibling {
			var t string
			switch p.Type {
			case html.TextNode:
				t = fold(p.Data)
			case html.ElementNode:
				if skipped(p.DataAtom) {
					continue
				}
				t = textOf(p)
			}
			if t != "" {
				parts = append(parts, t)
				size += len(t) + 1
			}
		}
	}
	for i, j := 0, len(parts)-1; i < j; i, j = i+1, j-1 {
		parts[i], parts[j] = parts[j], parts[i]
	}
	s := strings.Join(parts, " ")
	if len(s) > limit {
		cut := len(s) - limit
		for cut < len(s) && !utf8.RuneStart(s[cut]) {
			cut++
		}
		s = s[cut:]
	}
	return s
}

var updateWords = []string{"updat", "modif", "revis", "review", "edited", "aktualisiert", "mis à jour", "actualizado"}

// updateLabel reports an update label ("Updated", "Last modified") in the
// 30 bytes before start, not reaching back before from.
func updateLabel(s string, from, start int) bool { return labelBefore(s, from, start, updateWords) }

// personLabels introduce dates about a person or an account, which
// forum posts and author boxes show by the headline: "Joined May 11,
// 2017", "Registriert: 18.09.2008", "Member since".
var personLabels = []string{"joined", "member since", "registered", "registriert", "mitglied seit", "inscrit le",
	// and dates of what the page announces rather than of the page:
	// "Termin: 21.02.2020", "Deadline: May 1, 2024", "Valid until …"
	"termin:", "deadline", "event date", "closing date", "valid until", "expires", "gültig bis", "anmeldeschluss"}

// notArticleLabel reports a person label in the 30 bytes before start,
// not reaching back before from.
func notArticleLabel(s string, from, start int) bool {
	return labelBefore(s, from, start, personLabels)
}

// labelBefore reports one of words in the 30 bytes before start, not
// reaching back before from.
func labelBefore(s string, from, start int, words []string) bool {
	label := strings.ToLower(s[max(from, start-30):start])
	for _, w := range words {
		if strings.Contains(label, w) {
			return true
		}
	}
	return false
}

// eachShownDate calls yield with the first max dates shown in s, less those
// labelled as some other date than the article's, with where each starts
// and ends and whether a label makes it an update; yield returns false to
// stop.
func eachShownDate(s string, max int, yield func(d shownDate, start, end int, update bool) bool) {
	offset := 0
	for i := 0; i < max; i++ {
		ts, start, end, found := shownDateAt(s[offset:])
		if !found {
			return
		}
		from := offset
		start, end = from+start, from+end
		offset = end
		if notArticleLabel(s, from, start) {
			continue
		}
		d := shownDate{ts: ts, monthFirst: ambiguousSlashed(s[start:end])}
		if !yield(d, start, end, updateLabel(s, from, start)) {
			return
		}
	}
}

// firstShownDate is the first date in s that is not labelled as an update,
// else the first update date; at is where it starts.
func firstShownDate(s string) (d shownDate, at int, ok bool) {
	var upd shownDate
	updAt, hasUpd := 0, false
	eachShownDate(s, 4, func(sd shownDate, start, _ int, update bool) bool {
		if !update {
			sd.afterUpdate = hasUpd
			d, at, ok = sd, start, true
			return false
		}
		if !hasUpd {
			sd.updated = true
			upd, updAt, hasUpd = sd, start, true
		}
		return true
	})
	if ok {
		return d, at, true
	}
	return upd, updAt, hasUpd
}

// lastShownDate is the last date in s that is not labelled as an update,
// else the last update date; dist is how far its end is from the end of s.
func lastShownDate(s string) (d shownDate, dist int, ok bool) {
	var upd shownDate
	updDist, hasUpd := 0, false
	eachShownDate(s, 8, func(sd shownDate, _, end int, update bool) bool {
		if update {
			sd.updated = true
			upd, updDist, hasUpd = sd, len(s)-end, true
		} else {
			d, dist, ok = sd, len(s)-end, true
		}
		return true
	})
	if ok {
		return d, dist, true
	}
	return upd, updDist, hasUpd
}

// ambiguousSlashed reports 03/10/2023: slashes, and both numbers could be
// the month.
func ambiguousSlashed(s string) bool {
	m := numericDate.FindStringSubmatch(s)
	if m == nil || m[0] != s || m[2] != "/" {
		return false
	}
	a, b := atoi(m[1]), atoi(m[3])
	return a != b && a <= 12 && b <= 12
}

// shortDotted is 26.01.22: day, month and a two-digit year, with dots.
var shortDotted = regexp.MustCompile(`(\d{2})\.(\d{2})\.(\d{2})`)

// shownDateAt is textDateAt for the few words by a headline, where a
// date is also written with a two-digit year, 26.01.22. Only that dotted
// form is read, day first as every language that writes it means it
// (26/01/22 could be month first, 01-02-03 year first); numbers that run
// on into more digits or dots (versions, IP addresses, 26.01.2022) are not
// such a date.
func shownDateAt(s string) (crossread.Timestamp, int, int, bool) {
	ts, start, end, ok := textDateAt(s)
	limit := len(s)
	if ok {
		limit = start
	}
	for _, m := range shortDotted.FindAllStringSubmatchIndex(s[:limit], -1) {
		at, to := m[0], m[1]
		if at > 0 && (isDigit(s[at-1]) || s[at-1] == '.') {
			continue
		}
		if to < len(s) && (isDigit(s[to]) || s[to] == '.' && to+1 < len(s) && isDigit(s[to+1])) {
			continue
		}
		y := 2000 + atoi(s[m[6]:m[7]])
		if y > time.Now().Year()+1 {
			y -= 100
		}
		if short, valid := dateOf(y, time.Month(atoi(s[m[4]:m[5]])), atoi(s[m[2]:m[3]])); valid {
			return short, at, to, true
		}
	}
	return ts, start, end, ok
}

// parseTextDate reads a date written for people: month names, or ISO.
func parseTextDate(s string) (crossread.Timestamp, bool) {
	ts, _, _, ok := textDateAt(s)
	return ts, ok
}

// textDateAt finds the first date in s and where it is. Every pattern
// holds a four-digit year, so only short windows around "19xx" and "20xx"
// are handed to the regular expressions: scanning long texts with them
// dominated the run time.
func textDateAt(s string) (crossread.Timestamp, int, int, bool) {
	for i := 0; i+4 <= len(s); i++ {
		if !isYearAt(s, i) {
			continue
		}
		lo, hi := max(0, i-30), min(len(s), i+30)
		// Keep the window on rune boundaries, and off the middle of a
		// number: the "10" left of a cut "2010 August 2010" reads as a day.
		for lo > 0 && (!utf8.RuneStart(s[lo]) || isDigit(s[lo]) && isDigit(s[lo-1])) {
			lo--
		}
		for hi < len(s) && (!utf8.RuneStart(s[hi]) || isDigit(s[hi]) && isDigit(s[hi-1])) {
			hi++
		}
		if ts, start, end, ok := textDateIn(s[lo:hi]); ok {
			return ts, lo + start, lo + end, true
		}
		i += 3
	}
	return crossread.Timestamp{}, 0, 0, false
}

// isYearAt reports a standalone 19xx or 20xx at s[i:].
func isYearAt(s string, i int) bool {
	if !(s[i] == '1' && s[i+1] == '9' || s[i] == '2' && s[i+1] == '0') {
		return false
	}
	if !isDigit(s[i+2]) || !isDigit(s[i+3]) {
		return false
	}
	if i > 0 && isDigit(s[i-1]) || i+4 < len(s) && isDigit(s[i+4]) {
		return false
	}
	return true
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

func textDateIn(s string) (crossread.Timestamp, int, int, bool) {
	type hit struct {
		at, end int
		ts      crossread.Timestamp
	}
	best := hit{at: -1}
	try := func(loc []int, ok bool, ts crossread.Timestamp) {
		if loc != nil && ok && (best.at < 0 || loc[0] < best.at) {
			best = hit{loc[0], loc[1], ts}
		}
	}
	if loc := mdyDate.FindStringSubmatchIndex(s); loc != nil {
		m := s[loc[0]:loc[1]]
		ts, ok := parseDate(m)
		try(loc, ok, ts)
	}
	if loc := dmyDate.FindStringSubmatchIndex(s); loc != nil {
		ts, ok := parseDate(s[loc[0]:loc[1]])
		try(loc, ok, ts)
	}
	if ts, start, end, ok := wordDMY(s); ok {
		try([]int{start, end}, true, ts)
	}
	if loc := isoDate.FindStringIndex(s); loc != nil {
		ts, ok := parseDate(s[loc[0]:loc[1]])
		try(loc, ok, ts)
	}
	if m := numericDate.FindStringSubmatchIndex(s); m != nil {
		a, b, y := atoi(s[m[2]:m[3]]), atoi(s[m[6]:m[7]]), atoi(s[m[8]:m[9]])
		var ts crossread.Timestamp
		var ok bool
		if s[m[4]:m[5]] == "/" && a <= 12 {
			// Slashes: month first (US) unless the first number cannot be a month.
			ts, ok = dateOf(y, time.Month(a), b)
		} else {
			ts, ok = dateOf(y, time.Month(b), a)
		}
		try(m, ok, ts)
	}
	if best.at < 0 {
		return crossread.Timestamp{}, 0, 0, false
	}
	return best.ts, best.at, best.end, true
}

// numericDate is 17.12.2025, 17/12/2025, 3/4/2025 or 12-17-2025 style
// text, and 4. 2. 2022 as German typesetting spaces it (a thin or
// no-break space after each dot).
var numericDate = regexp.MustCompile(`\b(\d{1,2})(\.[ \x{00A0}\x{2009}\x{202F}]?|/|-)(\d{1,2})(?:\.[ \x{00A0}\x{2009}\x{202F}]?|/|-)(\d{4})\b`)
