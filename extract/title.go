package extract

import (
	"net/url"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
	"golang.org/x/text/unicode/norm"
)

// chooseTitle prefers the page's visible headline, the <h1> that agrees
// with what the metadata calls the title (the <h1> carries no outlet name,
// <title> and og:title often do). Logos set as <h1> (the outlet's name or
// host) are passed over, and what the <h1> adds to the headline by the
// same separators outlets use in <title> (" | Opinion", " – Outlet",
// "Blog: ") is left out. A long <h1> is the headline even when the
// metadata words it differently; a short one that disagrees is a section
// label, and the metadata's title wins. Text that was mis-decoded before
// it reached the page is repaired. The page's own characters are kept
// (curly apostrophes stay curly): a title is quoted, not retyped.
func chooseTitle(m *metadata, an *analysis, pageURL string) string {
	t := trimDanglingSeparator(fixMojibake(pickTitle(m, an, pageURL)))
	// Soft hyphens and zero-width characters only hint where a line may
	// break; a title that keeps them does not match the same title typed.
	// NFC makes one spelling of what pages encode two ways (a letter with
	// its accent as one character or two).
	return norm.NFC.String(foldWidth(strings.Map(dropInvisible, t)))
}

// trimDanglingSeparator drops a separator left at the end of a title whose
// other part is empty ("Outlet Name -"): it joins nothing.
func trimDanglingSeparator(t string) string {
	for {
		i := strings.LastIndexByte(t, ' ')
		if i < 0 {
			return t
		}
		tail := t[i+1:]
		// "»" also closes a French quotation.
		if r, n := utf8.DecodeRuneInString(tail); n != len(tail) || r == '»' || !strings.ContainsRune(nameSeparators, r) {
			return t
		}
		t = strings.TrimRight(t[:i], " ")
	}
}

// foldWidth writes the full-width forms of ASCII ("？", "！", "（") as
// ASCII, as NFKC does, in a title with no CJK characters: there they are
// a typesetting variant, not the writing system's own punctuation.
func foldWidth(s string) string {
	wide := false
	for _, r := range s {
		switch {
		case unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Hangul):
			return s
		case r >= 0xff01 && r <= 0xff5e, r == 0x3000:
			wide = true
		}
	}
	if !wide {
		return s
	}
	return strings.Map(func(r rune) rune {
		switch {
		case r >= 0xff01 && r <= 0xff5e:
			return r - 0xfee0
		case r == 0x3000:
			return ' '
		}
		return r
	}, s)
}

// fixMojibake repairs UTF-8 that was decoded once as Latin-1 or
// windows-1252 before the page was written ("InvestorâÂs" for
// "Investor’s"): when every character fits in one byte and those bytes are
// valid UTF-8 with multi-byte characters, the bytes are the real text.
func fixMojibake(s string) string {
	suspicious := false
	b := make([]byte, 0, len(s))
	for _, r := range s {
		switch {
		case r < 0x80:
			b = append(b, byte(r))
		case r < 0x100:
			b = append(b, byte(r))
			if r >= 0xc2 && r <= 0xf4 {
				suspicious = true
			}
		default:
			if c, ok := cp1252Byte[r]; ok {
				b = append(b, c)
				continue
			}
			return s
		}
	}
	if !suspicious || !utf8.Valid(b) || utf8.RuneCount(b) == utf8.RuneCountInString(s) {
		return s
	}
	return string(b)
}

// cp1252Byte maps the windows-1252 characters of 0x80–0x9f back to bytes.
var cp1252Byte = map[rune]byte{
	'€': 0x80, '‚': 0x82, 'ƒ': 0x83, '„': 0x84, '…': 0x85, '†': 0x86, '‡': 0x87, 'ˆ': 0x88, '‰': 0x89,
	'Š': 0x8a, '‹': 0x8b, 'Œ': 0x8c, 'Ž': 0x8e, '‘': 0x91, '’': 0x92, '“': 0x93, '”': 0x94, '•': 0x95,
	'–': 0x96, '—': 0x97, '˜': 0x98, '™': 0x99, 'š': 0x9a, '›': 0x9b, 'œ': 0x9c, 'ž': 0x9e, 'Ÿ': 0x9f,
}

// titleContext is what the title choice compares against: the metadata's
// titles as written and without outlet names, and the outlet's names.
type titleContext struct {
	metas []string // JSON-LD headline, og:title, twitter:title, <title>
	heads []string // the same without outlet names, in the same order
	site  string   // og:site_name or the publisher
	host  string   // the page's host without "www."
	logos []string // what <h1> logos linking home say: the outlet's name as the masthead writes it
}

func newTitleContext(m *metadata, an *analysis, pageURL string) *titleContext {
	tc := &titleContext{site: chooseSource(m)}
	// A page read from a file still says where it lives.
	if u, err := url.Parse(unwrapArchived(firstNonEmpty(pageURL, m.canonical, m.get("og:url")))); err == nil {
		tc.host = strings.TrimPrefix(strings.ToLower(u.Hostname()), "www.")
	}
	for _, h := range an.h1s {
		if t := textOf(h); t != "" && len(strings.Fields(t)) <= 8 && tc.isHomeLink(h) {
			tc.logos = append(tc.logos, t)
		}
	}
	for _, t := range []string{m.ld.headline, m.get("og:title"), m.get("twitter:title"), m.titleTag} {
		if t = unescapeMeta(t); t != "" {
			head := tc.stripSiteName(t)
			if genericPageLabels[strings.ToLower(strings.Trim(head, " .!"))] {
				// "Home", "Startseite": the template's name for any page,
				// which says nothing about this one.
				continue
			}
			tc.metas = append(tc.metas, t)
			tc.heads = append(tc.heads, head)
		}
	}
	return tc
}

var genericPageLabels = map[string]bool{
	"home": true, "homepage": true, "home page": true, "start": true, "startseite": true, "accueil": true,
	"inicio": true, "página inicial": true, "pagina iniziale": true, "index": true, "untitled": true,
	"untitled document": true, "welcome": true, "willkommen": true, "bienvenue": true, "bienvenido": true,
}

// isOutletName reports text that names the outlet rather than the story:
// the site name, the host, or the host without its top-level domain.
func (tc *titleContext) isOutletName(s string) bool {
	s = strings.ToLower(strings.TrimSpace(s))
	if s == "" {
		return false
	}
	for _, logo := range tc.logos {
		if s == strings.ToLower(logo) {
			return true
		}
	}
	if tc.site != "" {
		site := strings.ToLower(tc.site)
		if s == site {
			return true
		}
		// "Acme Marketing" for "Acme Marketing Agency": the name without
		// its last word, at least two words left.
		if len(strings.Fields(s)) >= 2 && strings.HasPrefix(site, s+" ") {
			if rest := site[len(s)+1:]; !strings.Contains(rest, " ") && utf8.RuneCountInString(rest) > 1 {
				return true
			}
		}
	}
	if tc.host == "" {
		return false
	}
	if s == tc.host || "www."+tc.host == s {
		return true
	}
	if i := strings.LastIndexByte(tc.host, '.'); i > 0 && s == tc.host[:i] {
		return true
	}
	return false
}

// namesHost reports a title's last part that carries the name in the
// page's address as a word ("Shopify App Store" on apps.shopify.com): the
// outlet's name even when og:site_name is missing or spelled otherwise.
func (tc *titleContext) namesHost(s string) bool {
	name := hostName(tc.host)
	if len(name) < 4 || len(strings.Fields(s)) > 4 {
		return false
	}
	for _, w := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsNumber(r) && r != '.' && r != '-'
	}) {
		w = strings.Trim(w, ".-")
		if w == name || w == tc.host {
			return true
		}
	}
	return false
}

// hostName is the registered name in a host: "shopify" in
// "apps.shopify.com", "bbc" in "www.bbc.co.uk".
func hostName(host string) string {
	labels := strings.Split(host, ".")
	if len(labels) < 2 {
		return ""
	}
	labels = labels[:len(labels)-1]
	if n := len(labels); n >= 2 && len(labels[n-1]) <= 3 {
		switch labels[n-1] {
		case "co", "com", "org", "net", "ac", "gov", "edu", "or", "ne", "go":
			labels = labels[:n-1]
		}
	}
	return labels[len(labels)-1]
}

func (tc *titleContext) isHost(s string) bool {
	s = strings.TrimPrefix(strings.ToLower(s), "www.")
	return tc.host != "" && s == tc.host
}

func pickTitle(m *metadata, an *analysis, pageURL string) string {
	tc := newTitleContext(m, an, pageURL)
	var h1s []string
	var nodes []*html.Node
	for _, h := range an.h1s {
		t := textOf(h)
		if strings.Contains(t, "&#") || strings.Contains(t, "&amp;") {
			// The page escaped an already escaped headline.
			t = fold(html.UnescapeString(t))
		}
		if t != "" && len(t) < 400 && !tc.isOutletName(t) && !tc.isHomeLink(h) {
			h1s = append(h1s, t)
			nodes = append(nodes, h)
		}
	}
	best, bestScore := "", 0.0
	for i, h := range h1s {
		hw := wordSet(h)
		for _, t := range tc.metas {
			tw := wordSet(t)
			// The share of the h1's words found in the meta title, capped by
			// their overall likeness so that a one-word logo h1 inside a
			// long title does not win.
			s := min(containment(hw, tw), jaccard(hw, tw)+0.3)
			if len(strings.Fields(h)) >= 3 && isTitleSegment(h, t) {
				// "Story | long tagline of the site": the h1 is one part of
				// the title, however long the rest. (A word or two is a
				// section's name: "Webcams - Park Name".)
				s = 1
			}
			if s > bestScore {
				best, bestScore = h, s
				an.headline = nodes[i]
			}
		}
	}
	if best != "" && bestScore >= 0.5 {
		return tc.headlineOf(best, an.headline)
	}
	an.headline = nil
	// No <h1> agrees with the metadata: a page that sets its headline one
	// level down (the <h1> a logo, or a heading inside the story) shows it
	// as an <h2> or <h3> that reads as the metadata's title.
	if len(tc.heads) > 0 {
		for _, n := range an.subheads {
			t := textOf(n)
			if len(strings.Fields(t)) < 2 || tc.isOutletName(t) {
				continue
			}
			for i, head := range tc.heads {
				if strings.EqualFold(t, head) || isOnePart(t) && isTitleSegment(t, tc.metas[i]) {
					// an.headline stays unset: dates are read by the
					// page's <h1>, which an <h2> inside the story is not.
					return tc.cleanHeadline(t)
				}
			}
		}
	}
	if h, n := tc.markedHeadline(an); h != "" {
		if n.DataAtom == atom.H1 {
			an.headline = n
		}
		return h
	}
	if len(h1s) > 0 && (len(tc.metas) == 0 || isHeadline(h1s[0]) && tc.sharesWords(h1s[0], 1)) {
		an.headline = nodes[0]
		return tc.headlineOf(h1s[0], nodes[0])
	}
	for _, t := range []string{m.get("og:title"), m.titleTag, m.ld.headline} {
		if t = unescapeMeta(t); t != "" {
			return tc.stripSiteName(t)
		}
	}
	// Only a logo: better than nothing on a page that names nothing else.
	for _, h := range an.h1s {
		if t := textOf(h); t != "" && len(t) < 400 {
			return t
		}
	}
	return ""
}

// markedHeadline returns the one heading the page's markup names as its
// headline (schema.org's itemprop="headline", hAtom's "entry-title"), for a
// page whose metadata titles the site or a section rather than the story.
// A page that marks several different headings (a list of posts) names
// none.
func (tc *titleContext) markedHeadline(an *analysis) (string, *html.Node) {
	var text string
	var node *html.Node
	for _, n := range an.marked {
		t := textOf(n)
		if t == "" || len(t) >= 400 || tc.isOutletName(t) || tc.isHomeLink(n) || t == text {
			continue
		}
		if len(strings.Fields(t)) < 3 && len(tc.metas) > 0 && !tc.sharesWords(t, 1) {
			// "Web Designs" on a page titled "Website Design Portfolio":
			// a section's label, even marked.
			continue
		}
		if text != "" {
			return "", nil
		}
		text, node = t, n
	}
	if text == "" {
		return "", nil
	}
	return tc.headlineOf(text, node), node
}

// marksHeadline reports a heading whose markup names it the page's
// headline.
func marksHeadline(n *html.Node) bool {
	if slices.Contains(strings.Fields(strings.ToLower(attr(n, "itemprop"))), "headline") {
		return true
	}
	return slices.Contains(strings.Fields(attr(n, "class")), "entry-title")
}

// headlineOf cleans the chosen <h1>'s text. A headline set in lines (title
// and subtitle, kicker and title) has no one-line form of its own: the
// metadata's title is the publisher's.
func (tc *titleContext) headlineOf(text string, h1 *html.Node) string {
	if rest := withoutKicker(h1); rest != "" {
		// The kicker over a headline ("Investitionen in IT" over the
		// story's own line) labels it; the headline is the rest.
		return tc.cleanHeadline(rest)
	}
	h := tc.cleanHeadline(text)
	if isMultiLine(h1) {
		if head := tc.lineHead(h); head != "" {
			return head
		}
	}
	return h
}

// withoutKicker returns the text of h1 after a kicker that opens it: a
// part whose class names a kicker (roofline, overline, toptitle…) or a
// <small> followed by a line break. "" when h1 opens with no kicker or has
// nothing after it.
func withoutKicker(h1 *html.Node) string {
	var kicker *html.Node
	var find func(n *html.Node) bool // reports whether the search is over
	find = func(n *html.Node) bool {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			switch c.Type {
			case html.TextNode:
				if strings.TrimSpace(c.Data) != "" {
					return true // text before any kicker
				}
			case html.ElementNode:
				if textOf(c) == "" {
					continue
				}
				if isKickerClass(attr(c, "class")) || c.DataAtom == atom.Small && nextIsBreak(c) {
					kicker = c
					return true
				}
				return find(c)
			}
		}
		return false
	}
	find(h1)
	if kicker == nil {
		return ""
	}
	full, k := textOf(h1), textOf(kicker)
	if !strings.HasPrefix(full, k) {
		return ""
	}
	rest := strings.TrimSpace(strings.TrimLeft(full[len(k):], " :|/-–—·•"))
	if len(strings.Fields(rest)) < 2 {
		return ""
	}
	return rest
}

func nextIsBreak(n *html.Node) bool {
	for c := n.NextSibling; c != nil; c = c.NextSibling {
		if c.Type == html.TextNode && strings.TrimSpace(c.Data) == "" {
			continue
		}
		return c.Type == html.ElementNode && c.DataAtom == atom.Br
	}
	return false
}

// isKickerClass reports a class that names the line over a headline, as
// English and German newsrooms call it, alone or as part of a compound
// ("article-header__roofline", "entry-title__toptitle").
func isKickerClass(class string) bool {
	for _, w := range strings.FieldsFunc(strings.ToLower(class), func(r rune) bool { return !unicode.IsLetter(r) }) {
		switch w {
		case "kicker", "roofline", "overline", "toptitle", "topline", "dachzeile", "eyebrow", "supertitle",
			"overtitle", "pretitle", "superline", "spitzmarke", "rooftitle":
			return true
		}
	}
	return false
}

// isMultiLine reports an <h1> whose text runs over more than one line: a
// <br>, a <div> or <p> inside, or a part whose class makes it a block or
// names it a subtitle or kicker.
func isMultiLine(h *html.Node) bool {
	lines, cur := 0, false
	for c := h.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && (c.DataAtom == atom.Br || c.DataAtom == atom.Div || c.DataAtom == atom.P || isLineClass(attr(c, "class"))) {
			if cur {
				lines++
			}
			cur = false
			if c.DataAtom != atom.Br && textOf(c) != "" {
				lines++
			}
			continue
		}
		if textOf(c) != "" {
			cur = true
		}
	}
	if cur {
		lines++
	}
	return lines > 1
}

func isLineClass(class string) bool {
	for _, c := range strings.Fields(strings.ToLower(class)) {
		switch c {
		case "block", "d-block", "subtitle", "subheading", "subhead", "kicker", "eyebrow", "tagline", "dek":
			return true
		}
		if strings.HasSuffix(c, "-subtitle") || strings.HasSuffix(c, "__subtitle") || strings.HasSuffix(c, "-kicker") {
			return true
		}
	}
	return false
}

// lineHead returns the metadata title (outlet name left out) most of
// whose words the headline h has, when it differs from h.
func (tc *titleContext) lineHead(h string) string {
	hw := wordSet(h)
	best, bestScore := "", 0.0
	for _, head := range tc.heads {
		if head == h {
			return ""
		}
		if s := containment(wordSet(head), hw); s >= 0.5 && s > bestScore {
			best, bestScore = head, s
		}
	}
	return best
}

// isTitleSegment reports h as one of the parts of t between separators
// ("Story | Tagline", "Section - Story - Outlet").
// isOnePart reports text of three words or more with no title separator in
// it: one part of a "Site - Section » Story" title, not several.
func isOnePart(s string) bool {
	for _, sep := range titleSeparators {
		if strings.Contains(s, sep) {
			return false
		}
	}
	return len(strings.Fields(s)) >= 3
}

func isTitleSegment(h, t string) bool {
	for _, sep := range titleSeparators {
		if !strings.Contains(t, sep) {
			continue
		}
		for _, part := range strings.Split(t, sep) {
			if strings.EqualFold(strings.TrimSpace(part), h) {
				return true
			}
		}
	}
	return false
}

// isHomeLink reports an <h1> whose text is all inside links to the site's
// home page: the masthead's logo, whatever it says.
func (tc *titleContext) isHomeLink(h *html.Node) bool {
	sawText := false
	var walk func(n *html.Node, home bool) bool
	walk = func(n *html.Node, home bool) bool {
		switch n.Type {
		case html.TextNode:
			if strings.TrimSpace(n.Data) == "" {
				return true
			}
			sawText = true
			return home
		case html.ElementNode:
			if n.DataAtom == atom.A && tc.isHomeURL(attr(n, "href")) {
				home = true
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if !walk(c, home) {
				return false
			}
		}
		return true
	}
	return walk(h, false) && sawText
}

// unwrapArchived returns the original address inside a web archive's
// address ("https://web.archive.org/web/20160330101229/http://example.org/"):
// on an archived page every link is wrapped so.
func unwrapArchived(href string) string {
	for _, prefix := range []string{"https://web.archive.org/web/", "http://web.archive.org/web/", "//web.archive.org/web/", "/web/"} {
		rest, ok := strings.CutPrefix(href, prefix)
		if !ok {
			continue
		}
		stamp, original, ok := strings.Cut(rest, "/")
		if ok && len(stamp) >= 8 && stamp[0] >= '0' && stamp[0] <= '9' && strings.Contains(original, ".") {
			return original
		}
	}
	return href
}

// isHomeURL reports a link to the root of the page's own site.
func (tc *titleContext) isHomeURL(href string) bool {
	href = unwrapArchived(strings.TrimSpace(href))
	if href == "" {
		return false
	}
	u, err := url.Parse(href)
	if err != nil || (u.Path != "" && u.Path != "/") || u.RawQuery != "" || u.Fragment != "" {
		return false
	}
	if u.Host == "" {
		return u.Scheme == "" && u.Path == "/"
	}
	return tc.host != "" && strings.TrimPrefix(strings.ToLower(u.Hostname()), "www.") == tc.host
}

// sharesWords reports an <h1> that has at least n words of three letters
// or more in common with one of the metadata's titles: a headline worded
// differently still shares its subject, a cookie banner's heading does not.
func (tc *titleContext) sharesWords(h string, n int) bool {
	hw := wordSet(h)
	for _, t := range tc.metas {
		common := 0
		for w := range wordSet(t) {
			if hw[w] && utf8.RuneCountInString(w) >= 3 {
				common++
			}
		}
		if common >= n {
			return true
		}
	}
	return false
}

// isHeadline reports an <h1> long enough to be the story's headline
// rather than a section label ("Pricing", "Homeowners insurance tips"),
// and not set in capitals.
func isHeadline(h string) bool {
	n := len(strings.Fields(h))
	return n >= 8 && n <= 20 && !isUpper(h)
}

// cleanHeadline takes from the chosen <h1> what outlets add to headlines:
// a short tail after " | " (a section or outlet name), the outlet's name
// after any separator, and a short label before the headline that the
// metadata's own title leaves out ("Blog:", a date). A headline set in
// capitals gets the metadata's case.
func (tc *titleContext) cleanHeadline(h string) string {
	for i := 0; i < 3; i++ {
		cut := tc.cutHeadlineTail(h)
		if cut == h {
			break
		}
		h = cut
	}
	for _, head := range tc.heads {
		if len(head) < len(h) && strings.HasSuffix(h, head) && len(strings.Fields(head)) >= 3 {
			prefix := strings.TrimSpace(h[:len(h)-len(head)])
			if n := len(strings.Fields(prefix)); n > 0 && n <= 3 && isTitleLabel(prefix) && (!tc.metaContains(h) || isDateLabel(prefix)) {
				h = head
				break
			}
		}
	}
	// "Story (example.com) 87": an aggregator's link to the source and
	// its comment count follow the headline.
	for _, head := range tc.heads {
		if len(head) < len(h) && strings.HasPrefix(h, head) && len(strings.Fields(head)) >= 3 &&
			isHeadlineResidue(h[len(head):]) {
			h = head
			break
		}
	}
	// "Beginner? Guide": characters the page's encoding could not hold
	// became '?' or U+FFFD; the metadata kept them.
	if strings.ContainsAny(h, "?\uFFFD") {
		for _, head := range tc.heads {
			if head != h && matchesLossy([]rune(h), []rune(head)) {
				return head
			}
		}
	}
	// "Planning C ycle": a drop cap or a styled letter split a word; the
	// metadata has it whole.
	if squeezed := strings.ReplaceAll(h, " ", ""); strings.Count(h, " ") > 0 {
		for _, head := range tc.heads {
			if head != h && strings.ReplaceAll(head, " ", "") == squeezed {
				return head
			}
		}
	}
	if isUpper(h) {
		if r := tc.recase(h); r != h || slices.Contains(tc.metas, h) || tc.metaHasPart(h) {
			// Recased, or the metadata writes it in capitals too.
			return r
		}
		// Capitals the metadata words differently: the page's case is
		// lost, and the metadata's title is the only cased version.
		if head := tc.closestHead(h); head != "" {
			return head
		}
	}
	if isLower(h) {
		// All lower case is styling too ("history of coffee"): the
		// metadata's title or one of its parts gives the case.
		for _, t := range tc.metas {
			for _, sep := range titleSeparators {
				for _, part := range strings.Split(t, sep) {
					if part = strings.TrimSpace(part); part != h && strings.EqualFold(part, h) {
						return part
					}
				}
			}
		}
	}
	return h
}

// metaContains reports a metadata title that carries h whole: a label
// before the headline that the publisher's own title keeps is the
// headline's ("Sazerac - all about the classic").
func (tc *titleContext) metaContains(h string) bool {
	for _, t := range tc.metas {
		if strings.Contains(fold(t), h) {
			return true
		}
	}
	return false
}

// isLower reports text with letters and no capital.
func isLower(s string) bool {
	letters := 0
	for _, r := range s {
		if unicode.IsUpper(r) {
			return false
		}
		if unicode.IsLetter(r) {
			letters++
		}
	}
	return letters > 0
}

// closestHead returns the metadata title (outlet name left out) sharing
// the most words with h, if one shares at least half of h's words and is
// not itself in capitals.
func (tc *titleContext) closestHead(h string) string {
	hw := wordSet(h)
	best, bestScore := "", 0.0
	for _, head := range tc.heads {
		if isUpper(head) {
			continue
		}
		if s := containment(hw, wordSet(head)); s >= 0.5 && s > bestScore {
			best, bestScore = head, s
		}
	}
	return best
}

// isTitleLabel reports what pages print before a headline but is not part
// of it: a label ending in a colon ("Blog:", "Title:") or a date.
func isTitleLabel(s string) bool {
	if strings.HasSuffix(s, ":") {
		return true
	}
	for _, sep := range titleSeparators {
		if strings.HasSuffix(" "+s, strings.TrimRight(sep, " ")) {
			return true
		}
	}
	return isDateLabel(s)
}

// isDateLabel reports a date printed before a headline ("23.01.2022 -"),
// which is no part of it even where the metadata's title keeps it.
func isDateLabel(s string) bool {
	_, ok := parseTextDate(strings.TrimRight(s, " :|/-–—·•"))
	return ok
}

// isHeadlineResidue reports what aggregators print after a headline: the
// source's host in parentheses and counts ("(example.com) 87").
func isHeadlineResidue(s string) bool {
	// Text nodes are joined with spaces: "( example.com )".
	s = strings.ReplaceAll(strings.ReplaceAll(s, "( ", "("), " )", ")")
	fields := strings.Fields(s)
	if len(fields) == 0 || len(fields) > 3 {
		return false
	}
	counted := false
	for _, f := range fields {
		if isHostInParens(f) {
			counted = true
			continue
		}
		for _, r := range f {
			if !unicode.IsDigit(r) && r != ',' && r != '.' {
				return false
			}
			counted = counted || unicode.IsDigit(r)
		}
	}
	return counted
}

func isHostInParens(f string) bool {
	if len(f) < 5 || f[0] != '(' || f[len(f)-1] != ')' {
		return false
	}
	host := f[1 : len(f)-1]
	i := strings.LastIndexByte(host, '.')
	return i > 0 && i < len(host)-2 && !strings.ContainsAny(host, "/ ")
}

// matchesLossy reports h reading as t where each '?' or U+FFFD in h stands
// for one or two characters of t other than spaces.
func matchesLossy(h, t []rune) bool {
	if len(t) < len(h) || len(t) > 2*len(h) {
		return false
	}
	// ok[j]: h[i:] matches t[j:], for i from the end back to 0 (a table
	// rather than backtracking, which is exponential in the '?'s).
	ok := make([]bool, len(t)+1)
	next := make([]bool, len(t)+1)
	ok[len(t)] = true
	for i := len(h) - 1; i >= 0; i-- {
		for j := range next {
			next[j] = false
		}
		for j := 0; j < len(t); j++ {
			if h[i] == '?' || h[i] == '\uFFFD' {
				next[j] = !unicode.IsSpace(t[j]) && (ok[j+1] || j+2 <= len(t) && !unicode.IsSpace(t[j+1]) && ok[j+2])
			} else {
				next[j] = t[j] == h[i] && ok[j+1]
			}
		}
		ok, next = next, ok
	}
	return ok[0]
}

func (tc *titleContext) cutHeadlineTail(h string) string {
	for _, sep := range titleSeparators {
		i := strings.LastIndex(h, sep)
		if i <= 0 {
			continue
		}
		head, tail := strings.TrimSpace(h[:i]), strings.TrimSpace(h[i+len(sep):])
		if tc.isOutletName(tail) {
			return head
		}
		if tc.isOutletName(head) {
			return tail
		}
		if sep == " | " && len(strings.Fields(tail)) <= 4 && len(strings.Fields(head)) >= 3 {
			return head
		}
	}
	return h
}

// metaHasPart reports h written exactly so, case and all, as a metadata
// title or one of its parts between separators.
func (tc *titleContext) metaHasPart(h string) bool {
	for _, t := range tc.metas {
		for _, sep := range titleSeparators {
			for _, part := range strings.Split(t, sep) {
				if strings.TrimSpace(part) == h {
					return true
				}
			}
		}
	}
	return false
}

// recase gives a headline set in capitals the case of a metadata title
// with the same words; without one it stays as the page has it.
func (tc *titleContext) recase(h string) string {
	for _, t := range tc.heads {
		if strings.EqualFold(t, h) {
			return t
		}
	}
	// The same words in another order: each word takes the metadata's case.
	for _, t := range tc.heads {
		cased := map[string]string{}
		for _, w := range strings.Fields(t) {
			cased[strings.ToLower(w)] = w
		}
		words := strings.Fields(h)
		ok := len(words) == len(strings.Fields(t))
		for i, w := range words {
			c, found := cased[strings.ToLower(w)]
			if !found {
				ok = false
				break
			}
			words[i] = c
		}
		if ok {
			return strings.Join(words, " ")
		}
	}
	return h
}

// unescapeMeta decodes entities in a metadata value, twice when the page
// escaped an already escaped value ("&amp;#x26;").
func unescapeMeta(s string) string {
	s = html.UnescapeString(s)
	if strings.Contains(s, "&") && strings.Contains(s, ";") {
		s = html.UnescapeString(s)
	}
	return fold(s)
}

func wordSet(s string) map[string]bool {
	out := map[string]bool{}
	// Soft hyphens and zero-width characters are invisible: "Mes\u00adsen\u00adger" is the
	// word the metadata writes without them.
	s = strings.Map(dropInvisible, s)
	for _, w := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsNumber(r)
	}) {
		out[w] = true
	}
	return out
}

// dropInvisible drops the characters that only mark where a line may break
// or join (soft hyphen, zero-width space, word joiner, a stray BOM). The
// zero-width joiner and non-joiner stay: Persian and Indic scripts and
// emoji sequences spell words with them.
func dropInvisible(r rune) rune {
	switch r {
	case '\u00ad', '\u200b', '\u2060', '\ufeff':
		return -1
	}
	return r
}

func containment(a, b map[string]bool) float64 {
	if len(a) == 0 || len(b) == 0 {
		return 0
	}
	n := 0
	for w := range a {
		if b[w] {
			n++
		}
	}
	return float64(n) / float64(len(a))
}

func jaccard(a, b map[string]bool) float64 {
	if len(a) == 0 || len(b) == 0 {
		return 0
	}
	n := 0
	for w := range a {
		if b[w] {
			n++
		}
	}
	return float64(n) / float64(len(a)+len(b)-n)
}

func isUpper(s string) bool {
	letters := 0
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			letters++
		}
	}
	return letters > 0
}

var titleSeparators = []string{" | ", " - ", " – ", " — ", " :: ", " · ", " » ", " • ", " │ "}

// cutOutletName finds the outlet's name (og:site_name, a logo's text) set
// off by separators anywhere in t, spaced or not ("NAME|Story",
// "Story : Name | tagline of the site", "Name » Blog Archive » Story"), and
// returns the headline's side: after a name that opens t, else before it
// (what follows a name mid-title is the site's tagline). "" when t has no
// such name.
func (tc *titleContext) cutOutletName(t string) string {
	names := tc.logos
	if tc.site != "" {
		names = append([]string{tc.site}, names...)
	}
	lower := strings.ToLower(t)
	if len(lower) != len(t) {
		// Lower-casing changed byte lengths ("İ"): offsets into lower
		// would not be offsets into t.
		return ""
	}
	for _, name := range names {
		name = strings.ToLower(strings.TrimSpace(name))
		if name == "" || len(name) >= len(lower) {
			continue
		}
		i := strings.Index(lower, name)
		if i < 0 {
			continue
		}
		before, after := strings.TrimSpace(t[:i]), strings.TrimSpace(t[i+len(name):])
		if !endsWithSeparator(before) || !startsWithSeparator(after) {
			continue
		}
		before = strings.TrimSpace(strings.TrimRight(before, nameSeparators))
		after = strings.TrimSpace(strings.TrimLeft(after, nameSeparators))
		switch {
		case before == "" && after != "":
			return after
		case before != "":
			return before
		}
	}
	return ""
}

// nameSeparators set an outlet's name off from the headline. A colon counts
// only with spaces on both sides: "Name: Story" is a headline's own form.
const nameSeparators = "|│-–—·»•:"

func endsWithSeparator(s string) bool {
	if s == "" {
		return true
	}
	if strings.HasSuffix(s, ":") {
		return strings.HasSuffix(s, " :")
	}
	r, _ := utf8.DecodeLastRuneInString(s)
	return strings.ContainsRune(nameSeparators, r)
}

func startsWithSeparator(s string) bool {
	if s == "" {
		return true
	}
	if strings.HasPrefix(s, ":") {
		return strings.HasPrefix(s, ": ")
	}
	r, _ := utf8.DecodeRuneInString(s)
	return strings.ContainsRune(nameSeparators, r)
}

// stripSiteName removes a " | Outlet" or " - Outlet" tail (or head).
func (tc *titleContext) stripSiteName(t string) string {
	// "Story | Section | Outlet" loses both tails, "Outlet » Section »
	// Story" both heads. A second cut takes a part from the side the first
	// did (or a date off the front): a short part before the rest of
	// "Marzipan - all about the sweet - Outlet" is the story's own.
	tailFirst := false
	for i := 0; i < 2; i++ {
		s := tc.stripSiteNameOnce(t)
		tail := strings.HasPrefix(fold(t), s)
		if s == t || i > 0 && tail != tailFirst && !isDateLabel(strings.TrimSuffix(fold(t), s)) {
			break
		}
		tailFirst = tail
		t = s
	}
	return t
}

func (tc *titleContext) stripSiteNameOnce(t string) string {
	t = fold(t)
	if s := tc.cutOutletName(t); s != "" {
		return s
	}
	// A side that names the outlet goes first, at whichever separator:
	// "Zero Waste - A Guide – Outlet" loses "Outlet", not "Zero Waste".
	for _, sep := range titleSeparators {
		i := strings.LastIndex(t, sep)
		if i < 0 {
			continue
		}
		head, tail := strings.TrimSpace(t[:i]), strings.TrimSpace(t[i+len(sep):])
		if tc.isOutletName(head) && tail != "" {
			return tail
		}
		if (tc.isOutletName(tail) || tc.namesHost(tail)) && head != "" {
			return head
		}
	}
	for _, sep := range titleSeparators {
		i := strings.LastIndex(t, sep)
		if i < 0 {
			continue
		}
		head, tail := strings.TrimSpace(t[:i]), strings.TrimSpace(t[i+len(sep):])
		// The shorter side is the outlet when it is short.
		if len(strings.Fields(tail)) <= 4 && len(head) > len(tail) {
			return head
		}
		if len(strings.Fields(head)) <= 3 && len(tail) > 2*len(head) {
			return tail
		}
	}
	// "example.com Story": the host before or after the headline with
	// only a space between. A one-word outlet name is not taken off this
	// way: "Apple unveils" is a headline.
	if i := strings.IndexByte(t, ' '); i > 0 && tc.isHost(t[:i]) {
		return strings.TrimSpace(t[i:])
	}
	if i := strings.LastIndexByte(t, ' '); i > 0 && tc.isHost(t[i+1:]) {
		return strings.TrimSpace(t[:i])
	}
	return t
}
