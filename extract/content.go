package extract

import (
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// stats describe one element's subtree as seen by a reader.
type stats struct {
	text   int // bytes of visible text, white space folded
	link   int // bytes of that text inside links
	commas int
	paras  int // paragraph-like descendants with real text
	hint   hint
	marker bool // holds an <article>, <main>, an <h1> or a named article body
	score  float64
	scored bool
}

// analysis holds per-element statistics for one document.
type analysis struct {
	stats map[*html.Node]*stats
	body  *html.Node
	h1s   []*html.Node
	// candidates are the scored elements in the order they were first
	// scored, so that ties resolve the same way on every run.
	candidates []*html.Node
}

// skipped elements never carry article text.
func skipped(a atom.Atom) bool {
	switch a {
	case atom.Script, atom.Style, atom.Noscript, atom.Template, atom.Svg, atom.Iframe, atom.Object,
		atom.Embed, atom.Canvas, atom.Link, atom.Meta, atom.Head, atom.Title, atom.Math, atom.Map,
		atom.Source, atom.Track, atom.Video, atom.Audio, atom.Img, atom.Picture:
		return true
	}
	return false
}

func analyze(doc *html.Node) *analysis {
	an := &analysis{stats: make(map[*html.Node]*stats, 1024)}
	an.walk(doc, false)
	return an
}

// walk fills stats bottom-up and returns the subtree's stats (nil for
// skipped subtrees).
func (an *analysis) walk(n *html.Node, inLink bool) *stats {
	st := &stats{}
	if n.Type == html.ElementNode {
		if skipped(n.DataAtom) {
			return nil
		}
		st.hint = classify(n)
		if st.hint == hintHidden {
			return nil
		}
		switch n.DataAtom {
		case atom.Body:
			if an.body == nil {
				an.body = n
			}
		case atom.A:
			inLink = true
		case atom.H1:
			an.h1s = append(an.h1s, n)
			st.marker = true
		case atom.Article, atom.Main:
			st.marker = true
		}
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch c.Type {
		case html.TextNode:
			l := textLen(c.Data)
			st.text += l
			if inLink {
				st.link += l
			}
			st.commas += strings.Count(c.Data, ",") + strings.Count(c.Data, "，") + strings.Count(c.Data, "、")
		case html.ElementNode, html.DocumentNode:
			cs := an.walk(c, inLink)
			if cs == nil {
				continue
			}
			st.text += cs.text
			st.link += cs.link
			st.commas += cs.commas
			st.paras += cs.paras
			st.marker = st.marker || cs.marker
		}
	}
	if n.Type == html.ElementNode {
		if st.hint == hintContent && st.text > 200 {
			st.marker = true
		}
		if paragraphLike(n) && st.text-st.link >= 40 {
			st.paras++
		}
		an.stats[n] = st
	}
	return st
}

// textLen is the length of s with white-space runs counted as one byte.
func textLen(s string) int {
	n := 0
	space := true
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case ' ', '\t', '\n', '\r', '\f':
			if !space {
				n++
				space = true
			}
		default:
			n++
			space = false
		}
	}
	return n
}

func paragraphLike(n *html.Node) bool {
	switch n.DataAtom {
	case atom.P, atom.Pre, atom.Blockquote, atom.Td, atom.Dd, atom.Li:
		return true
	}
	return false
}

func (st *stats) linkDensity() float64 {
	if st.text == 0 {
		return 0
	}
	return float64(st.link) / float64(st.text)
}

// dropped reports whether an element is furniture to leave out of the text.
// An element that holds the article's markers is never dropped, whatever
// its name says: a "header" or "sidebar-layout" wrapper around the whole
// article must not take the article with it.
func (an *analysis) dropped(n *html.Node) (bool, hint) {
	st := an.stats[n]
	if st == nil {
		return true, hintHidden
	}
	switch st.hint {
	case hintBoiler, hintCaption, hintByline:
		if st.marker {
			return false, hintNone
		}
		return true, st.hint
	}
	return false, hintNone
}

// score gives paragraphs' weight to their ancestors, as Readability does:
// a paragraph's score goes in full to its parent, half to its grandparent
// and a third or less further up.
func (an *analysis) score() {
	an.scoreWalk(an.body, false)
}

func (an *analysis) scoreWalk(n *html.Node, bad bool) {
	if n == nil {
		return
	}
	st := an.stats[n]
	if st == nil {
		return
	}
	if drop, _ := an.dropped(n); drop {
		bad = true
	}
	if !bad && an.scorable(n, st) {
		own := st.text - st.link
		s := 1 + float64(st.commas) + float64(min(own/100, 3))
		level := 0
		for p := n.Parent; p != nil && level < 5; p = p.Parent {
			ps := an.stats[p]
			if ps == nil {
				break
			}
			if !ps.scored {
				ps.scored = true
				ps.score = initialScore(p, ps)
				an.candidates = append(an.candidates, p)
			}
			switch level {
			case 0:
				ps.score += s
			case 1:
				ps.score += s / 2
			default:
				ps.score += s / float64(level*3)
			}
			level++
		}
	}
	if paragraphLike(n) && n.DataAtom != atom.Li {
		// Paragraphs inside paragraphs would count twice.
		return
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode {
			an.scoreWalk(c, bad)
		}
	}
}

// scorable elements are paragraphs with enough text of their own.
func (an *analysis) scorable(n *html.Node, st *stats) bool {
	if st.text-st.link < 25 {
		return false
	}
	switch n.DataAtom {
	case atom.P, atom.Pre, atom.Td, atom.Dd, atom.Blockquote:
		return true
	case atom.Li:
		return st.paras <= 1
	case atom.Div, atom.Section, atom.Span, atom.Article, atom.Font, atom.Center:
		// A div holding text directly, not through paragraphs.
		return an.directText(n) >= 25
	}
	return false
}

// directText measures the text a block holds itself or through inline
// elements, not through child blocks.
func (an *analysis) directText(n *html.Node) int {
	l := 0
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.TextNode {
			l += textLen(c.Data)
		} else if c.Type == html.ElementNode && inlineText(c.DataAtom) {
			if cs := an.stats[c]; cs != nil {
				l += cs.text - cs.link
			}
		}
	}
	return l
}

func inlineText(a atom.Atom) bool {
	switch a {
	case atom.B, atom.Strong, atom.I, atom.Em, atom.A, atom.Span, atom.U, atom.Sup, atom.Sub, atom.Small, atom.Mark, atom.Code:
		return true
	}
	return false
}

func initialScore(n *html.Node, st *stats) float64 {
	s := 0.0
	switch n.DataAtom {
	case atom.Div, atom.Article, atom.Main, atom.Section:
		s = 5
	case atom.Pre, atom.Td, atom.Blockquote:
		s = 3
	case atom.Ol, atom.Ul, atom.Dl, atom.Dd, atom.Dt, atom.Li, atom.Form:
		s = -3
	case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6, atom.Th:
		s = -5
	}
	switch st.hint {
	case hintContent:
		s += 25
	case hintBoiler, hintByline, hintCaption:
		s -= 25
	}
	if n.DataAtom == atom.Article {
		s += 10
	}
	return s
}

// best returns the element whose paragraphs make the article.
func (an *analysis) best() *html.Node {
	var top *html.Node
	topScore := 0.0
	for _, n := range an.candidates {
		st := an.stats[n]
		s := st.score * (1 - st.linkDensity())
		if s > topScore || (s == topScore && top != nil && st.text > an.stats[top].text) {
			top, topScore = n, s
		}
	}
	if top == nil {
		return an.body
	}
	// Paragraphs split over sibling wrappers: climb while the parent holds
	// clearly more article text than the candidate alone, at a similar link
	// density.
	for top.Parent != nil && top.Parent.Type == html.ElementNode {
		p := top.Parent
		ps, ts := an.stats[p], an.stats[top]
		if ps == nil || p.DataAtom == atom.Body || p.DataAtom == atom.Html {
			break
		}
		if ps.paras >= ts.paras+2 && ps.paras*3 >= ts.paras*4 && ps.linkDensity() < 0.35 &&
			ps.score*(1-ps.linkDensity()) >= topScore*0.5 {
			top = p
			continue
		}
		break
	}
	return top
}

// text renders the article container as paragraphs, leaving furniture out
// and collecting it in removed.
type renderer struct {
	an       *analysis
	paras    []string
	removed  []string
	cur      strings.Builder
	curLink  int
	curText  int
	prefix   string
	title    string
	skipNode *html.Node
}

func (r *renderer) flush() {
	t := fold(r.cur.String())
	link, total := r.curLink, r.curText
	prefix := r.prefix
	r.cur.Reset()
	r.curLink, r.curText, r.prefix = 0, 0, ""
	if t == "" {
		return
	}
	if total > 0 && float64(link)/float64(total) > 0.6 && utf8.RuneCountInString(t) < 200 {
		r.removed = append(r.removed, t)
		return
	}
	r.paras = append(r.paras, prefix+t)
}

func (r *renderer) render(n *html.Node, inLink bool) {
	switch n.Type {
	case html.TextNode:
		r.cur.WriteString(n.Data)
		l := textLen(n.Data)
		r.curText += l
		if inLink {
			r.curLink += l
		}
		return
	case html.ElementNode:
	default:
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			r.render(c, inLink)
		}
		return
	}
	if n == r.skipNode {
		return
	}
	if drop, h := r.an.dropped(n); drop {
		if h != hintHidden {
			if t := textOf(n); t != "" {
				r.flush()
				r.removed = append(r.removed, t)
			}
		}
		return
	}
	st := r.an.stats[n]
	switch n.DataAtom {
	case atom.Br:
		r.cur.WriteByte('\n')
		return
	case atom.A:
		inLink = true
	case atom.Ul, atom.Ol:
		// A list that is mostly links is a link box, not article text.
		if st.linkDensity() > 0.5 && st.text < 2000 {
			if t := textOf(n); t != "" {
				r.flush()
				r.removed = append(r.removed, t)
			}
			return
		}
	case atom.H1:
		if fold(textOf(n)) == r.title {
			return
		}
	}
	block := isBlock(n.DataAtom)
	if block {
		r.flush()
		if n.DataAtom == atom.Li {
			r.prefix = "- "
		}
	} else if n.DataAtom == atom.Td || n.DataAtom == atom.Th {
		r.cur.WriteByte(' ')
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		r.render(c, inLink)
	}
	if block {
		r.flush()
	}
}
