package extract

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// stats describe one element's subtree as seen by a reader.
type stats struct {
	text   int // bytes of visible text, white space folded
	link   int // bytes of that text inside links
	paras  int // paragraph-like descendants with real text
	hint   hint
	marker bool // holds an <article>, <main>, an <h1> or a named article body
	// tagMarker: holds an <article>, <main> or <h1> itself. Only that
	// shields a <footer> or <nav>: a "text" class inside a footer does not.
	tagMarker bool
	// longestLink is the text length of the longest link inside: a teaser
	// card has one (its headline), running text rarely does.
	longestLink int
	card        bool // one of a run of look-alike teaser cards
	good        int  // bytes of running text in paragraphs
	junk        int  // bytes of link text and furniture
	// leftOut is the part of junk from elements rendering leaves out
	// (comments, share bars): it says "not the article here", but an
	// article container that holds its own comment thread still renders
	// as the article.
	leftOut int
}

// analysis holds per-element statistics for one document.
type analysis struct {
	stats map[*html.Node]*stats
	body  *html.Node
	h1s   []*html.Node
	// subheads are the <h2> and <h3> elements, in document order: where a
	// page sets its headline one level down.
	subheads []*html.Node
	// marked are the headings the page's markup names as the headline:
	// schema.org's itemprop="headline", hAtom's class="entry-title".
	marked []*html.Node
	// headline is the heading the title was taken from, if any.
	headline *html.Node
	// container is the element the body text was rendered from.
	container *html.Node
	slab      []stats // stats are carved from here: one allocation per 256 elements
	// hiddenText is the text of hidden elements; reveal shows the large
	// ones, for pages whose article is hidden until a script runs.
	hiddenText int
	reveal     bool
}

// maxSubheads bounds the headings kept for the title choice: a headline
// set as <h2> comes early, and pages with thousands of headings exist.
const maxSubheads = 64

func (an *analysis) newStats() *stats {
	if len(an.slab) == 0 {
		an.slab = make([]stats, 256)
	}
	st := &an.slab[0]
	an.slab = an.slab[1:]
	return st
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
	an.walk(doc, false, false)
	shown := 0
	if an.body != nil && an.stats[an.body] != nil {
		shown = an.stats[an.body].text - an.stats[an.body].link
	}
	if an.hiddenText > shown {
		// Mostly hidden: the article is among the hidden parts. (A page that
		// shows its article and hides a copy must not get it twice.)
		an = &analysis{stats: make(map[*html.Node]*stats, 1024), reveal: true}
		an.walk(doc, false, false)
	}
	return an
}

// walk fills stats bottom-up and returns the subtree's stats (nil for
// skipped subtrees).
func (an *analysis) walk(n *html.Node, inLink, inCode bool) *stats {
	if n.Type == html.ElementNode && skipped(n.DataAtom) {
		return nil
	}
	st := an.newStats()
	if n.Type == html.ElementNode {
		st.hint = classify(n)
		if inCode && st.hint != hintHidden {
			// Syntax highlighters name their spans "comment", "meta" or
			// "tag": what the code says, not what the page is.
			st.hint = hintNone
		}
		switch n.DataAtom {
		case atom.Pre, atom.Code:
			inCode = true
		case atom.Body:
			if an.body == nil {
				an.body = n
			}
		case atom.A:
			inLink = true
		case atom.H1:
			an.h1s = append(an.h1s, n)
			st.marker, st.tagMarker = true, true
		case atom.H2, atom.H3:
			if len(an.subheads) < maxSubheads {
				an.subheads = append(an.subheads, n)
			}
		case atom.Article, atom.Main:
			st.marker, st.tagMarker = true, true
		}
		if isHeading(n.DataAtom) && len(an.marked) < maxSubheads && marksHeadline(n) {
			an.marked = append(an.marked, n)
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
		case html.ElementNode, html.DocumentNode:
			cs := an.walk(c, inLink, inCode)
			if cs == nil {
				continue
			}
			st.text += cs.text
			st.link += cs.link
			st.paras += cs.paras
			st.marker = st.marker || cs.marker
			st.tagMarker = st.tagMarker || cs.tagMarker
			st.longestLink = max(st.longestLink, cs.longestLink)
		}
	}
	if st.hint == hintHidden {
		// Pages that reveal themselves with script (preloaders, streamed
		// rendering) hide the whole article. Hidden text is counted, and
		// when it outweighs what is shown the page is read again with it
		// shown (see analyze).
		if !an.reveal || st.paras < 2 || st.text-st.link < 500 {
			an.hiddenText += st.text - st.link
			return nil
		}
		st.hint = hintNone
	}
	if n.DataAtom == atom.A {
		st.longestLink = max(st.longestLink, st.text)
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

// explicitBody reports markup that says "this is the article body" in
// the page's semantics (itemprop, role), not in a styling class name: a
// "text-column" class in a footer must not shield the footer.
func explicitBody(n *html.Node) bool {
	ip := strings.ToLower(attr(n, "itemprop"))
	role := attr(n, "role")
	return ip == "articlebody" || ip == "text" || role == "main" || role == "article"
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
	case hintBoiler:
		// A long run of plain paragraphs under a furniture name (an id
		// like "share-btn" on the post body) is still the article.
		marker := st.marker
		if boilerTag(n.DataAtom) {
			marker = st.tagMarker
		}
		if isOverlay(n) {
			// A dialog shown on demand (a league table, a gallery) is
			// never the article, whatever it holds: even a <main>.
			marker = false
		}
		if marker || (st.paras >= 3 && st.text-st.link >= 1500 && st.linkDensity() < 0.2) {
			return false, hintNone
		}
		return true, st.hint
	case hintLinkList:
		// Named as jump links or contents, but mostly running text: a
		// section those links lead to.
		if st.marker || st.linkDensity() < 0.5 {
			return false, hintNone
		}
		return true, hintBoiler
	case hintCaption, hintByline, hintComments:
		if st.marker {
			return false, hintNone
		}
		if st.hint == hintByline && inSentence(n, an.stats[n.Parent], st) {
			// A dateline opens the lead's first sentence ("KOBE – A total
			// of…"): part of the text, whatever its class says.
			return false, hintNone
		}
		return true, st.hint
	}
	return false, hintNone
}

// inSentence reports an inline element inside a paragraph that holds a
// sentence's worth of other text.
func inSentence(n *html.Node, parent, st *stats) bool {
	switch n.DataAtom {
	case atom.Span, atom.Strong, atom.B, atom.Em, atom.I, atom.Small:
	default:
		return false
	}
	if parent == nil || n.Parent.DataAtom != atom.P {
		return false
	}
	return parent.text-parent.link-st.text >= 80
}

// isOverlay reports an element named as a window the page opens over
// itself: a modal, popup, lightbox or off-canvas drawer.
func isOverlay(n *html.Node) bool {
	if n.DataAtom == atom.Dialog || attr(n, "role") == "dialog" || attr(n, "aria-modal") == "true" {
		return true
	}
	// Whole class names only: "modal-enabled" or "enable-lightbox" on a
	// wrapper say what the page can do, not what the element is.
	for _, c := range strings.Fields(strings.ToLower(attr(n, "class"))) {
		words := splitWords(nil, c)
		if len(words) == 0 {
			continue
		}
		switch words[0] {
		case "modal", "popup", "lightbox", "overlay", "dialog":
			// The block itself or one of its parts ("modal__container"),
			// not a flag about it ("modal-enabled", "popup-trigger").
			if len(words) == 1 || !overlayFlags[words[len(words)-1]] {
				return true
			}
		}
	}
	return false
}

var overlayFlags = map[string]bool{
	"enabled": true, "disabled": true, "trigger": true, "open": true, "opened": true, "active": true,
	"link": true, "btn": true, "button": true, "toggle": true, "on": true, "off": true,
}

func boilerTag(a atom.Atom) bool {
	switch a {
	case atom.Nav, atom.Aside, atom.Footer, atom.Header, atom.Form, atom.Menu, atom.Dialog:
		return true
	}
	return false
}

// score measures, for every element, the article-like text it holds
// (good: paragraphs of running text) against the furniture it holds (junk:
// link text, named boilerplate). The article container is the element
// where good minus junk peaks: it takes in every sibling whose paragraphs
// outweigh its menus, and stops before the page's navigation and footers.
func (an *analysis) score() {
	if an.body != nil {
		an.scoreWalk(an.body)
	}
}

func (an *analysis) scoreWalk(n *html.Node) (good, junk int) {
	st := an.stats[n]
	if st == nil {
		return 0, 0
	}
	if drop, _ := an.dropped(n); drop || st.card {
		// Furniture that rendering leaves out anyway costs less than
		// furniture that would show: it only says "not the article here".
		st.junk = int(droppedWeight * float64(st.text))
		st.leftOut = st.junk
		return 0, st.junk
	}
	switch {
	case isHeading(n.DataAtom):
		// Headings are neutral unless they are links (teaser titles).
		if st.linkDensity() > 0.5 {
			junk = st.text
		}
	case an.paragraph(n, st):
		own := st.text - st.link
		switch {
		case st.linkDensity() > 0.5:
			junk = st.text
		case own >= 25:
			good, junk = own, st.link
		default:
			junk = st.link
		}
	default:
		an.markCards(n)
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type == html.ElementNode {
				g, j := an.scoreWalk(c)
				good += g
				junk += j
				if cs := an.stats[c]; cs != nil {
					st.leftOut += cs.leftOut
				}
			}
		}
		if d := an.directText(n); d >= 25 {
			good += d
		}
	}
	st.good, st.junk = good, junk
	return good, junk
}

// markCards finds runs of look-alike children (same tag and class) that
// each hold a headline link and little else: the teaser cards of "related",
// "latest" and "trending" boxes. Their excerpts read like article text, so
// only the repetition gives them away.
func (an *analysis) markCards(n *html.Node) {
	type group struct {
		members []*stats
		ok      bool
	}
	var groups map[string]*group
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode {
			continue
		}
		st := an.stats[c]
		if st == nil || st.text == 0 {
			continue
		}
		switch c.DataAtom {
		case atom.P, atom.Span, atom.A, atom.Br, atom.Tr, atom.Td, atom.Dd, atom.Dt, atom.Pre, atom.Blockquote:
			continue
		case atom.Li:
			if st.paras == 0 && st.longestLink == st.link {
				// An inline list item, part of a list in the text.
				if !hasBlockChild(c) {
					continue
				}
			}
		}
		if groups == nil {
			groups = map[string]*group{}
		}
		key := c.Data + "|" + classShape(attr(c, "class"))
		if anyFirstClass {
			key = c.Data + "|" + firstClass(attr(c, "class"))
		}
		g := groups[key]
		if g == nil {
			g = &group{ok: true}
			groups[key] = g
		}
		g.members = append(g.members, st)
		if !(st.text < 800 && st.longestLink >= 15 && st.link*100 >= st.text*15) {
			g.ok = false
		}
	}
	for _, g := range groups {
		if g.ok && len(g.members) >= 3 {
			for _, st := range g.members {
				st.card = true
			}
		}
	}
}

// classShape drops digits, so that "card card-1" and "card card-2" (or
// "article_0", "article_1") count as the same kind of element.
func classShape(class string) string {
	return strings.Join(strings.Fields(strings.Map(func(r rune) rune {
		if r >= '0' && r <= '9' {
			return -1
		}
		return r
	}, class)), " ")
}

var anyFirstClass = true

// firstClass is the first class name without digits: cards of one kind
// share it while state classes ("active", "featured") come after.
func firstClass(class string) string {
	f := strings.Fields(class)
	if len(f) == 0 {
		return ""
	}
	return classShape(f[0])
}

func hasBlockChild(n *html.Node) bool {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && isBlock(c.DataAtom) {
			return true
		}
	}
	return false
}

// paragraph reports elements scored as one unit of text.
func (an *analysis) paragraph(n *html.Node, st *stats) bool {
	switch n.DataAtom {
	case atom.P, atom.Pre, atom.Dd, atom.Dt:
		return true
	case atom.Li, atom.Blockquote:
		return st.paras <= 1
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
	case atom.B, atom.Strong, atom.I, atom.Em, atom.Span, atom.U, atom.Sup, atom.Sub, atom.Small, atom.Mark, atom.Code, atom.Font, atom.Abbr, atom.Q, atom.Cite:
		return true
	}
	return false
}

var dropCode, dropTables = false, true

// droppedWeight is the share of a left-out element's text counted as junk.
var droppedWeight = 0.6

// junkWeight is what one byte of furniture costs against one byte of text.
const junkWeight = 1.0

func (st *stats) value() float64 {
	v := float64(st.good) - junkWeight*float64(st.junk)
	if st.hint == hintContent {
		v += 0.1 * float64(st.good)
	}
	return v
}

// best returns the element whose text makes the article.
func (an *analysis) best() *html.Node {
	if an.body == nil {
		return nil
	}
	top, topValue := an.body, an.stats[an.body].value()
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type != html.ElementNode {
				continue
			}
			st := an.stats[c]
			if st == nil || st.good == 0 {
				continue
			}
			// Ties go to the deeper element: it holds the same text with
			// less around it.
			if v := st.value(); v >= topValue {
				top, topValue = c, v
			}
			walk(c)
		}
	}
	walk(an.body)
	// A box of one teaser story (a widget holding another story's lead)
	// can outscore an article whose container also holds a large
	// recommendations block or its own comment thread: an ancestor whose
	// own paragraphs hold twice the text of the winner, and four times in
	// all, is the article, when what it would show outweighs its menus.
	if st := an.stats[top]; st != nil {
		for a := top.Parent; a != nil && a != an.body; a = a.Parent {
			as := an.stats[a]
			if as == nil {
				break
			}
			shown := as.value() + junkWeight*float64(as.leftOut)
			if shown > 0 && as.good >= 4*st.good && an.childParagraphs(a) >= 2*st.good {
				return a // its own paragraphs are the text: no descent
			}
		}
	}
	// A descendant that is nearly as good holds nearly the same text with
	// less around it: what the winner adds is as much furniture as text, so
	// leave it out.
	bar := topValue * (1 - nearTie)
	for {
		var next *html.Node
		for c := top.FirstChild; c != nil; c = c.NextSibling {
			if st := an.stats[c]; c.Type == html.ElementNode && st != nil && st.good > 0 && st.value() >= bar {
				next = c
				break
			}
		}
		if next == nil {
			break
		}
		top = next
	}
	return top
}

// childParagraphs is the good text of n's own paragraph children.
func (an *analysis) childParagraphs(n *html.Node) int {
	good := 0
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if st := an.stats[c]; c.Type == html.ElementNode && st != nil && an.paragraph(c, st) {
			good += st.good
		}
	}
	return good
}

// nearTie is how much value a descendant may lack and still be preferred.
const nearTie = 0.15

// text renders the article container as paragraphs, leaving furniture out
// and collecting it in removed.
type renderer struct {
	an        *analysis
	paras     []string
	removed   []string
	cur       strings.Builder
	curLink   int
	curText   int
	prefix    string
	title     string
	container *html.Node // paragraphs outside it go to removed
	inside    bool
	// lead: between the headline and the body container, where pages set
	// the standfirst ("Der Vorspann", the dek) apart from the body.
	lead     bool
	leads    int
	doneBody bool
	// tentative counts open link lists and teaser cards: their paragraphs
	// are kept only when article text follows them (a list of sources in
	// the middle of the text), not when they trail or lead it (a related
	// box after the last paragraph).
	tentative int
	flags     []bool // per paragraph: tentative
	furniture bool   // under a heading that announces furniture
	pre       int    // inside <pre>: lines are kept
}

// furniturePhrases open the headings of sections that are not the article.
var furniturePhrases = []string{
	"about the author", "about the reviewer", "about the writer", "meet the author", "meet the writer",
	"related", "recent articles", "recent posts", "latest articles", "latest posts", "latest news",
	"you might also", "you may also", "you might like", "you may like", "read next", "read more",
	"more from", "more stories", "more articles", "keep reading", "up next", "recommended",
	"share this", "share on", "comments", "leave a reply", "leave a comment", "join the discussion",
	"newsletter", "sign up", "subscribe", "disclaimer", "trending", "most popular", "popular posts",
	"follow us", "editor's picks", "editors' picks", "tags", "categories",
	// The same headings in the other languages the extractor reads dates in.
	// German
	"verwandte artikel", "verwandte themen", "ähnliche artikel", "ähnliche beiträge", "weitere artikel",
	"weitere beiträge", "weitere nachrichten", "mehr zum thema", "zum weiterlesen", "lesen sie auch",
	"lesen sie mehr", "auch interessant", "das könnte sie auch", "das könnte dich auch", "unsere empfehlungen",
	"empfehlungen aus", "meistgelesen", "beliebte artikel", "neueste artikel", "neueste beiträge", "artikel teilen",
	"beitrag teilen", "den artikel mit anderen teilen", "jetzt teilen", "möchten sie den artikel",
	"war der artikel", "war dieser artikel", "kommentare", "schreibe einen kommentar",
	"hinterlasse einen kommentar", "über den autor", "über die autorin", "newsletter abonnieren",
	"folgen sie uns", "schlagwörter", "schlagworte",
	// French
	"à lire aussi", "a lire aussi", "lire aussi", "articles similaires", "articles liés", "sur le même sujet",
	"dans la même rubrique", "vous aimerez aussi", "vous aimerez peut-être", "à voir aussi", "plus d'articles",
	"les plus lus", "partager cet article", "partagez", "commentaires", "laisser un commentaire",
	"à propos de l'auteur", "abonnez-vous", "suivez-nous", "permalien",
	// Spanish
	"te puede interesar", "también te puede interesar", "noticias relacionadas", "artículos relacionados",
	"lee también", "lea también", "más noticias", "lo más leído", "compartir en", "comentarios",
	"deja un comentario", "sobre el autor", "suscríbete", "síguenos",
	// Italian
	"articoli correlati", "leggi anche", "potrebbe interessarti", "ti potrebbe interessare", "altri articoli",
	"i più letti", "condividi", "commenti", "lascia un commento", "sull'autore", "iscriviti", "seguici",
	// Portuguese
	"leia também", "veja também", "artigos relacionados", "notícias relacionadas", "mais lidas", "compartilhe",
	"comentários", "deixe um comentário", "sobre o autor", "siga-nos",
	// Dutch
	"lees ook", "gerelateerde artikelen", "meest gelezen", "deel dit artikel", "reacties", "over de auteur",
	"volg ons",
	// Reference lists at the end: what the article cites, not what it says.
	"references", "footnotes", "article sources", "sources", "bibliography", "works cited", "citations",
	"quellen", "einzelnachweise", "literaturverzeichnis", "références", "referencias", "fuentes", "bibliografía",
	"riferimenti", "fonti", "referências", "fontes", "bronnen",
}

// furnitureLabels are what pages print alone on a line to label a share
// bar, a comment thread or a link box, besides the headings above.
var furnitureLabels = map[string]bool{
	"share": true, "share it": true, "like it? share it": true, "print": true, "print recipe": true,
	"print this": true, "permalink": true, "comments are closed": true, "continue reading": true,
	"teilen": true, "jetzt teilen": true, "weiterlesen": true, "drucken": true, "rezept drucken": true,
	"kommentare geschlossen": true, "permalien": true, "partager": true, "compartir": true, "delen": true,
	// Advertising labels.
	"advertisement": true, "advertisements": true, "anzeige": true, "werbung": true, "publicité": true,
	"publicidad": true, "pubblicità": true, "sponsored": true, "ad": true,
	// Byline labels left alone when the name is a link elsewhere.
	"by": true, "written by": true, "edited by": true, "reviewed by": true, "posted on": true, "posted by": true,
	"published on": true, "von": true, "geschrieben von": true, "par": true, "por": true,
	// Placeholders a script fills in later.
	"loading": true, "loading paragraph": true, "loading video": true, "loading comments": true,
	"wird geladen": true, "inhalt wird geladen": true, "chargement": true, "chargement en cours": true,
	"cargando": true, "caricamento": true,
	// The heading of a table of contents whose links are left out.
	"table of contents": true, "contents": true, "in this article": true, "on this page": true,
	"jump to": true, "jump to section": true, "inhaltsverzeichnis": true, "inhalt": true, "sommaire": true,
	"table des matières": true, "índice": true, "indice": true, "contenido": true, "contenidos": true,
	"inhoudsopgave": true, "indice dei contenuti": true,
}

// readingTime matches a reading-time line ("11 min read", "Read time: 14
// min", "Lesezeit: 3 Minuten"), lower-cased.
var readingTime = regexp.MustCompile(`^(?:(?:estimated )?(?:read(?:ing)? time|lesezeit|lesedauer|temps de lecture|tiempo de lectura)[: ]*(?:about |ca\. )?\d+(?:\s*-\s*\d+)?\s*(?:min(?:ute)?s?|minuten|minutos)\.?|\d+(?:\s*-\s*\d+)?\s*(?:min(?:ute)?s?|minuten|minutos)\.?\s*(?:read|reading time|to read|lesezeit|lesedauer|de lecture|de lectura))$`)

// isFurnitureLabel reports a paragraph that is nothing but such a label or
// heading ("Lesen Sie auch:", "Share this!"): it never is article text,
// wherever it stands.
func isFurnitureLabel(t string) bool {
	if len(t) > 60 {
		return false
	}
	t = strings.ToLower(strings.TrimRight(strings.TrimLeft(t, " #*-–—»›"), " :!.?…»›"))
	t = strings.ReplaceAll(t, "’", "'")
	if furnitureLabels[t] || readingTime.MatchString(t) {
		return true
	}
	// A heading phrase and a few words more ("Das könnte Sie auch
	// interessieren", "Read more 5 min"): still a label, not a sentence.
	words := len(strings.Fields(t))
	for _, p := range furniturePhrases {
		if strings.HasPrefix(t, p) && words <= len(strings.Fields(p))+3 && (len(t) == len(p) || !isLetter(t[len(p)])) {
			return true
		}
	}
	for p := range furnitureLabels {
		if strings.HasPrefix(t, p+" ") && words <= len(strings.Fields(p))+3 {
			return true
		}
	}
	return false
}

func isLetter(b byte) bool { return b >= 'a' && b <= 'z' || b >= 0x80 }

func furnitureHeading(t string) bool {
	if len(t) > 60 {
		return false
	}
	t = strings.ToLower(strings.TrimLeft(t, " #*-–—:"))
	t = strings.ReplaceAll(t, "’", "'")
	for _, p := range furniturePhrases {
		if strings.HasPrefix(t, p) {
			return true
		}
	}
	return false
}

// text joins the paragraphs, dropping tentative ones outside the run of
// substantial article paragraphs.
func (r *renderer) text() string {
	first, last := -1, -1
	for i, p := range r.paras {
		if !r.flags[i] && len(p) >= 80 {
			if first < 0 {
				first = i
			}
			last = i
		}
	}
	var b strings.Builder
	var seen map[string]bool
	for i, p := range r.paras {
		if r.flags[i] && (i < first || i > last) {
			r.removed = append(r.removed, p)
			continue
		}
		if len(p) >= minRepeat && !strings.HasPrefix(p, "- ") {
			// A slider's cloned slides (testimonials, quotes) print the
			// same passage again; an article does not.
			if seen[p] {
				r.removed = append(r.removed, p)
				continue
			}
			if seen == nil {
				seen = make(map[string]bool)
			}
			seen[p] = true
		}
		if b.Len() > 0 {
			b.WriteString("\n\n")
		}
		b.WriteString(p)
	}
	return b.String()
}

// minRepeat is the length from which a paragraph printed twice is a copy:
// short lines ("Advertisement", a name under each quote) and list items
// (the same warm-up in each day's plan) repeat for real.
const minRepeat = 80

// maxLeads is how many paragraphs a standfirst may hold.
const maxLeads = 2

// isLeadText reports a paragraph that reads as a standfirst: a sentence or
// two of plain text, not a line of links, a date or a byline.
func isLeadText(t string, link, total int) bool {
	n := utf8.RuneCountInString(t)
	if n < 60 || n > 600 || total > 0 && float64(link)/float64(total) > 0.2 || isFurnitureLabel(t) {
		return false
	}
	if _, ok := parseTextDate(t); ok && n < 100 {
		return false
	}
	return strings.Count(t, " ") >= 8
}

// foldPre keeps the lines of preformatted text (code, verse, tables set
// in a fixed font) and their indentation; blank lines between them go,
// since a blank line separates paragraphs in the text.
func foldPre(s string) string {
	var b strings.Builder
	for line := range strings.SplitSeq(strings.ReplaceAll(s, "\t", "    "), "\n") {
		line = strings.TrimRightFunc(line, unicode.IsSpace)
		if strings.TrimSpace(line) == "" {
			continue
		}
		if b.Len() > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(line)
	}
	return b.String()
}

// invisible reports text of format characters alone (zero-width joiners
// and spaces that page builders use as spacers): nothing a reader sees.
func invisible(t string) bool {
	for _, c := range t {
		if !unicode.Is(unicode.Cf, c) && !unicode.IsSpace(c) {
			return false
		}
	}
	return true
}

func (r *renderer) flush() {
	var t string
	if r.pre > 0 {
		t = foldPre(r.cur.String())
	} else {
		t = fold(r.cur.String())
	}
	link, total := r.curLink, r.curText
	prefix := r.prefix
	r.cur.Reset()
	r.curLink, r.curText, r.prefix = 0, 0, ""
	if t == "" || invisible(t) {
		return
	}
	if !r.inside {
		if r.lead && r.leads < maxLeads && isLeadText(t, link, total) {
			r.leads++
			r.paras = append(r.paras, t)
			r.flags = append(r.flags, false)
			return
		}
		r.removed = append(r.removed, t)
		return
	}
	if total > 0 && float64(link)/float64(total) > 0.6 && utf8.RuneCountInString(t) < 200 || isFurnitureLabel(t) || needsScript(t) {
		r.removed = append(r.removed, t)
		return
	}
	r.paras = append(r.paras, prefix+t)
	r.flags = append(r.flags, r.tentative > 0)
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
	if n == r.container {
		r.flush()
		r.inside, r.lead = true, false
		defer func() {
			r.flush()
			r.inside, r.doneBody = false, true
		}()
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
	if st.card && r.inside {
		r.flush()
		r.tentative++
		defer func() {
			r.flush()
			r.tentative--
		}()
	} else if st.card {
		if t := textOf(n); t != "" {
			r.flush()
			r.removed = append(r.removed, t)
		}
		return
	}
	switch n.DataAtom {
	case atom.Br:
		r.cur.WriteByte('\n')
		return
	case atom.A:
		inLink = true
	case atom.Ul, atom.Ol:
		// A list that is mostly links is a link box, not article text.
		if st.linkDensity() > 0.5 && st.text < 2000 {
			if !r.inside {
				if t := textOf(n); t != "" {
					r.flush()
					r.removed = append(r.removed, t)
				}
				return
			}
			r.flush()
			r.tentative++
			defer func() {
				r.flush()
				r.tentative--
			}()
		}
	case atom.H1:
		if n == r.an.headline || fold(textOf(n)) == r.title {
			r.flush()
			r.lead = !r.inside && !r.doneBody
			return
		}
	}
	if isHeading(n.DataAtom) && r.inside {
		// A heading that announces furniture ("About the author",
		// "Related articles") makes what follows tentative, up to the next
		// ordinary heading: kept if article text comes after, dropped at the
		// tail.
		furniture := furnitureHeading(textOf(n))
		if furniture != r.furniture {
			r.flush()
			if furniture {
				r.tentative++
			} else {
				r.tentative--
			}
			r.furniture = furniture
		}
	}
	if n.DataAtom == atom.Pre {
		r.flush()
		r.pre++
		defer func() {
			r.flush()
			r.pre--
		}()
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
