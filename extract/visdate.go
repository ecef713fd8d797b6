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
	h1 := an.titleH1(title)
	if h1 == nil {
		return ""
	}
	var b strings.Builder
	var walk func(*html.Node) bool
	walk = func(n *html.Node) bool {
		for ; n != nil; n = n.NextSibling {
			if b.Len() > budget {
				return true
			}
			switch n.Type {
			case html.TextNode:
				b.WriteString(n.Data)
				b.WriteByte(' ')
			case html.ElementNode:
				if skipped(n.DataAtom) {
					continue
				}
				if walk(n.FirstChild) {
					return true
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
var bylineName = regexp.MustCompile(`(?:^|\s)(?:[Bb]y|BY|Written by|Author:)\s+(\p{Lu}[\p{L}.'’-]*(?:\s+(?:\p{Lu}[\p{L}.'’-]*|de|van|von|da|del|la|le)){0,4})`)

// visibleByline finds "By Jane Doe" shortly after the headline.
func (an *analysis) visibleByline(title string) string {
	t := fold(an.headlineText(title, 400))
	if m := bylineName.FindStringSubmatch(t); m != nil {
		return m[1]
	}
	return ""
}

// visibleDate finds the date a reader sees by the headline: the first date
// written in the text shortly after the <h1> that carries the title (a
// byline's "March 4, 2025"), else just before it. A date labelled as an
// update is passed over for a later one, and returned with updated set
// when it is the only one.
func (an *analysis) visibleDate(title string) (ts crossread.Timestamp, updated, ok bool) {
	if len(an.h1s) == 0 {
		return ts, false, false
	}
	if ts, updated, ok = firstShownDate(an.headlineText(title, 800)); ok {
		return ts, updated, ok
	}
	// Some pages put the date above the headline.
	h1 := an.titleH1(title)
	var b strings.Builder
	for n := h1; n != nil && n.Type == html.ElementNode && b.Len() < 200; n = n.Parent {
		for p := n.PrevSibling; p != nil && b.Len() < 200; p = p.PrevSibling {
			b.WriteString(textOf(p))
			b.WriteByte(' ')
		}
	}
	return firstShownDate(b.String())
}

var updateWords = []string{"updat", "modif", "revis", "review", "edited", "aktualisiert", "mis à jour", "actualizado"}

func firstShownDate(s string) (crossread.Timestamp, bool, bool) {
	var fallback crossread.Timestamp
	hasFallback := false
	for i := 0; i < 4; i++ {
		ts, start, end, ok := textDateAt(s)
		if !ok {
			break
		}
		label := strings.ToLower(s[max(0, start-30):start])
		isUpdate := false
		for _, w := range updateWords {
			if strings.Contains(label, w) {
				isUpdate = true
				break
			}
		}
		if !isUpdate {
			return ts, false, true
		}
		if !hasFallback {
			fallback, hasFallback = ts, true
		}
		s = s[end:]
	}
	return fallback, hasFallback, hasFallback
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
		// Keep the window on rune boundaries.
		for lo > 0 && !utf8.RuneStart(s[lo]) {
			lo--
		}
		for hi < len(s) && !utf8.RuneStart(s[hi]) {
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

// numericDate is 17.12.2025, 17/12/2025, 3/4/2025 or 12-17-2025 style text.
var numericDate = regexp.MustCompile(`\b(\d{1,2})([./-])(\d{1,2})[./-](\d{4})\b`)
