package http

import (
	"fmt"
	"net/url"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"crossread"
)

// mark is a highlighted byte range of an article's text.
type mark struct {
	Start, End int
	Kind       string // ent, quote, date, cited
	Type       string // entity type, for ent
	Entity     string // entity name to link to, for ent
	Title      string // tooltip
}

// segment is a run of text with one combination of highlights. Segments
// never nest, so overlapping highlights render as adjacent elements whose
// classes combine.
type segment struct {
	Text    string
	Classes string
	ID      string
	Entity  string
	Title   string
}

type paragraph struct{ Segs []segment }

// articleMarks collects the highlights a story holds for one article:
// entity mentions, quotes (and their speakers) and dated sentences.
func articleMarks(st *crossread.Story, articleID string) []mark {
	if st == nil {
		return nil
	}
	var out []mark
	for _, e := range st.Entities {
		for _, m := range e.Spans {
			if m.ArticleID == articleID {
				out = append(out, mark{Start: m.Start, End: m.End, Kind: "ent", Type: strings.ToLower(e.Type), Entity: e.Name, Title: e.Type + ": " + e.Name})
			}
		}
	}
	for _, q := range st.Quotes {
		if q.ArticleID == articleID {
			title := "quote"
			if q.Speaker != "" {
				title = "quote: " + q.Speaker
			}
			out = append(out, mark{Start: q.Start, End: q.End, Kind: "quote", Title: title})
		}
	}
	for _, t := range st.Timeline {
		for _, sp := range t.Spans {
			if sp.ArticleID == articleID {
				out = append(out, mark{Start: sp.Start, End: sp.End, Kind: "date", Title: "dated " + t.Date})
			}
		}
	}
	return out
}

// validMark reports whether m lies within text on rune boundaries: spans
// come from stored data and are not trusted to be well formed.
func validMark(text string, start, end int) bool {
	if start < 0 || end > len(text) || start >= end {
		return false
	}
	return utf8.RuneStart(text[start]) && (end == len(text) || utf8.RuneStart(text[end]))
}

// renderParagraphs splits text into paragraphs (blank-line separated) and
// each paragraph into segments by the marks covering it.
func renderParagraphs(text string, marks []mark) []paragraph {
	var ms []mark
	for _, m := range marks {
		if validMark(text, m.Start, m.End) {
			ms = append(ms, m)
		}
	}
	var paras []paragraph
	citedID := false
	pos := 0
	for pos <= len(text) {
		end := strings.Index(text[pos:], "\n\n")
		pe := len(text)
		if end >= 0 {
			pe = pos + end
		}
		if strings.TrimSpace(text[pos:pe]) != "" {
			paras = append(paras, paragraph{Segs: segmentRange(text, pos, pe, ms, &citedID)})
		}
		if end < 0 {
			break
		}
		pos = pe + 2
	}
	return paras
}

func segmentRange(text string, ps, pe int, ms []mark, citedID *bool) []segment {
	bounds := []int{ps, pe}
	for _, m := range ms {
		if m.End <= ps || m.Start >= pe {
			continue
		}
		bounds = append(bounds, max(m.Start, ps), min(m.End, pe))
	}
	sort.Ints(bounds)
	var segs []segment
	for i := 0; i+1 < len(bounds); i++ {
		a, b := bounds[i], bounds[i+1]
		if a == b {
			continue
		}
		seg := segment{Text: text[a:b]}
		var classes, titles []string
		seen := map[string]bool{}
		for _, m := range ms {
			if m.Start > a || m.End < b {
				continue
			}
			c := "hl-" + m.Kind
			if m.Kind == "ent" && m.Type != "" {
				c += " hl-ent-" + cssIdent(m.Type)
			}
			if !seen[c] {
				seen[c] = true
				classes = append(classes, c)
			}
			if m.Title != "" && !seen["t:"+m.Title] {
				seen["t:"+m.Title] = true
				titles = append(titles, m.Title)
			}
			if m.Kind == "ent" && seg.Entity == "" {
				seg.Entity = m.Entity
			}
			if m.Kind == "cited" && !*citedID {
				*citedID = true
				seg.ID = "cited"
			}
		}
		sort.Strings(classes)
		seg.Classes = strings.Join(classes, " ")
		seg.Title = strings.Join(titles, "; ")
		if k := len(segs); k > 0 && seg.Classes == "" && segs[k-1].Classes == "" {
			segs[k-1].Text += seg.Text
			continue
		}
		segs = append(segs, seg)
	}
	return segs
}

// cssIdent keeps letters and digits only: a class name from data must not
// break out of the attribute (the template escapes it too).
func cssIdent(s string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(s) {
		if r < 128 && (unicode.IsLetter(r) || unicode.IsDigit(r)) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// findFolded finds needle in text ignoring case and runs of whitespace and
// returns its byte range in text.
func findFolded(text, needle string) (int, int, bool) {
	ft, idx := foldWithIndex(text)
	fn, _ := foldWithIndex(strings.TrimSpace(needle))
	fn = strings.TrimSpace(fn)
	if fn == "" {
		return 0, 0, false
	}
	i := strings.Index(ft, fn)
	if i < 0 {
		return 0, 0, false
	}
	j := i + len(fn) // end in folded text; map back through the last byte
	return idx[i], idx[j-1] + 1 + trailingRuneBytes(text, idx[j-1]), true
}

// foldWithIndex lower-cases s and turns whitespace runs into one space;
// idx[i] is the byte offset in s of folded byte i.
func foldWithIndex(s string) (string, []int) {
	var b strings.Builder
	idx := make([]int, 0, len(s))
	space := false
	for i, r := range s {
		if unicode.IsSpace(r) {
			if !space {
				b.WriteByte(' ')
				idx = append(idx, i)
			}
			space = true
			continue
		}
		space = false
		n := b.Len()
		b.WriteRune(unicode.ToLower(r))
		for k := n; k < b.Len(); k++ {
			idx = append(idx, i)
		}
	}
	return b.String(), idx
}

// trailingRuneBytes returns how many bytes after offset i belong to the rune
// starting at i.
func trailingRuneBytes(s string, i int) int {
	_, size := utf8.DecodeRuneInString(s[i:])
	return size - 1
}

// citeHref links to the article with the cited range highlighted: the span
// when the analysis recorded one, else the sentence's own words.
func citeHref(articleID string, spans []crossread.Span, text string) string {
	for _, sp := range spans {
		if sp.ArticleID == articleID && sp.End > sp.Start {
			return fmt.Sprintf("/articles/%s?hl=%d-%d#cited", url.PathEscape(articleID), sp.Start, sp.End)
		}
	}
	if text == "" {
		return "/articles/" + url.PathEscape(articleID)
	}
	return "/articles/" + url.PathEscape(articleID) + "?find=" + url.QueryEscape(truncate(text, 400)) + "#cited"
}

func spanHref(sp crossread.Span) string {
	if sp.ArticleID == "" {
		return ""
	}
	return citeHref(sp.ArticleID, []crossread.Span{sp}, "")
}

func truncate(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n]
}

// snippet returns about n bytes of text around the first query word found.
func snippet(text, query string, n int) string {
	at := 0
	lower := strings.ToLower(text)
	for _, w := range strings.FieldsFunc(strings.ToLower(query), func(r rune) bool { return !isWordRune(r) }) {
		if i := strings.Index(lower, w); i >= 0 && len(lower) == len(text) {
			at = i
			break
		}
	}
	start := max(0, at-n/3)
	for start > 0 && !utf8.RuneStart(text[start]) {
		start--
	}
	end := min(len(text), start+n)
	for end < len(text) && !utf8.RuneStart(text[end]) {
		end++
	}
	s := strings.Join(strings.Fields(text[start:end]), " ")
	if start > 0 {
		s = "…" + s
	}
	if end < len(text) {
		s += "…"
	}
	return s
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }
