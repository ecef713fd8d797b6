// Package extract turns an HTML page into an Article: main text with its
// paragraphs, title, authors, date, outlet, canonical URL and language, with
// boilerplate and captions kept out of the body and listed in Removed.
//
// The page is parsed once with golang.org/x/net/html. One bottom-up pass
// measures every element: its text, its link text, and what its tag, role,
// class and id say (nav, share, related, comments, caption, byline … or the
// article body). The body is the element where running text (paragraphs
// with little link text) minus furniture (link text, named boilerplate,
// runs of look-alike teaser cards) peaks, or a descendant nearly as good.
// It is then rendered paragraph by paragraph, blank line between, while
// furniture inside it is left out and listed in Removed; link lists, teaser
// cards and sections under headings like "Related" or "About the author"
// are kept only when article text follows them.
//
// Metadata comes from JSON-LD, <meta> tags, <time> and date- or
// author-named elements, what the page shows under its headline, and the
// URL. The title is the <h1> that agrees with the metadata's title, less
// the outlet names and labels pages add to it (a logo <h1> is passed over);
// the date is a full date in the URL, else the one shown nearest the
// headline (a publication date over an "Updated" one), reconciled with the
// metadata's publication stamp, else the metadata's.
//
// Extract takes the raw bytes of the page and decodes them itself (BOM, the
// Content-Type in Options, a <meta> charset, else UTF-8 when valid and
// windows-1252 otherwise), so it works on pages from any source; a caller
// that already decoded the page passes "charset=utf-8" in ContentType.
package extract

import (
	"bytes"
	"crossread/textclean"
	"net/url"
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/RadhiFadlillah/whatlanggo"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"crossread"
)

// Options describe where a page came from.
type Options struct {
	URL         string
	ContentType string // the HTTP Content-Type header, for its charset
}

// minText is the body length under which the container choice is distrusted
// and wider readings are tried.
const minText = 250

// Extract extracts the article from an HTML page.
func Extract(page []byte, opt Options) (*crossread.Article, error) {
	op := "extract " + opt.URL
	if len(bytes.TrimSpace(page)) == 0 {
		return nil, &crossread.Error{Code: crossread.EEMPTY, Op: op, Message: "empty page"}
	}
	page = toUTF8(page, opt.ContentType)
	doc, err := html.Parse(bytes.NewReader(page))
	if err != nil {
		return nil, &crossread.Error{Code: crossread.EINVALID, Op: op, Err: err}
	}
	m := collectMeta(doc)
	an := analyze(doc)
	an.score()

	a := &crossread.Article{URL: opt.URL}
	a.Title = chooseTitle(m, an, opt.URL)
	text, removed := an.bodyText(a.Title)
	if utf8.RuneCountInString(text) < minText {
		if t, r, ok := noscriptText(page, a.Title); ok && len(t) > 2*len(text) {
			text, removed = t, r
		} else if ok && text == "" {
			// Keep what <noscript> says to readers: on an application
			// shell it is the notice that explains the empty text.
			removed = append(removed, r...)
		}
	}
	if n := utf8.RuneCountInString(text); (n < minText || n < 1500 && len(m.ld.body) > 3*len(text)) && len(m.ld.body) > len(text) {
		text = m.ld.body
	}
	text, bio := textclean.TrailingBio(text)
	removed = append(removed, bio...)
	text, stamps := dropClockLines(text)
	removed = append(removed, stamps...)
	a.Text = strings.ToValidUTF8(text, "\uFFFD")
	for _, r := range removed {
		a.Removed = append(a.Removed, strings.ToValidUTF8(r, "\uFFFD"))
	}
	a.Title = strings.ToValidUTF8(a.Title, "\uFFFD")
	a.Authors = chooseAuthors(m, an, a.Title, opt.URL)
	a.Published = choosePublished(m, an, a.Title, opt.URL)
	a.Source = strings.ToValidUTF8(chooseSource(m), "\uFFFD")
	a.CanonicalURL = resolveURL(opt.URL, firstNonEmpty(m.canonical, m.get("og:url")))
	a.Language = chooseLanguage(m, a.Text)
	if a.Text != "" {
		a.ID = crossread.ContentID(a.Text)
	}
	return a, nil
}

// clockLine is a paragraph that is only a time of day: a live page's
// post stamp ("11:42", "10:15 GMT", "9.03am").
// (A dot needs am or pm after it: "10.93" in a table is a figure.)
var clockLine = regexp.MustCompile(`(?i)^(?:\d{1,2}:\d{2}(?:\s*(?:am|pm|a\.m\.|p\.m\.))?|\d{1,2}\.\d{2}\s*(?:am|pm|a\.m\.|p\.m\.))(?:\s*(?:gmt|bst|utc|cet|cest|et|est|edt|pt|pst|pdt))?$`)

// dropClockLines takes a live page's post stamps out of its text.
func dropClockLines(text string) (string, []string) {
	if !strings.ContainsAny(text, ":.") {
		return text, nil
	}
	paras := strings.Split(text, "\n\n")
	kept := paras[:0]
	var gone []string
	for _, p := range paras {
		if t := strings.TrimSpace(p); len(t) <= 16 && clockLine.MatchString(t) {
			gone = append(gone, t)
			continue
		}
		kept = append(kept, p)
	}
	if gone == nil {
		return text, nil
	}
	return strings.Join(kept, "\n\n"), gone
}

// needsScript reports text that is nothing but a notice that the page
// needs JavaScript ("You need to enable JavaScript to run this app.").
func needsScript(text string) bool {
	if utf8.RuneCountInString(text) > 300 {
		return false
	}
	low := strings.ToLower(fold(text))
	if !strings.Contains(low, "javascript") {
		return false // most paragraphs: one search instead of all notices
	}
	for _, p := range scriptNotices {
		if strings.Contains(low, p) {
			return true
		}
	}
	return false
}

// ScriptShell returns the notice of a page that is only a shell for a
// script (the article arrives by JavaScript): its text is empty and what
// was left out includes the notice asking for JavaScript. "" for any other
// article. Callers report such a page with the notice instead of an
// unexplained empty text.
func ScriptShell(a *crossread.Article) string {
	if strings.TrimSpace(a.Text) != "" {
		return ""
	}
	for _, r := range a.Removed {
		if needsScript(r) {
			return fold(r)
		}
	}
	return ""
}

// scriptNotices are what pages say to readers whose browser runs no script.
var scriptNotices = []string{
	"enable javascript", "javascript enabled", "javascript is disabled", "javascript disabled",
	"without javascript", "needs javascript", "requires javascript", "javascript is required",
	"javascript is not enabled", "turn on javascript", "activate javascript", "javascript to run",
	"javascript to use", "javascript aktivieren", "javascript aktiviert", "javascript deaktiviert",
	"ohne javascript", "activer javascript", "activez javascript", "javascript est désactivé",
	"habilitar javascript", "habilite javascript", "habilita javascript", "attiva javascript",
	"attivare javascript", "javascript inschakelen",
}

// leadBefore returns the standfirst of a page that sets its headline
// and standfirst above the article's region (a header over <article>): the
// plain paragraphs between the title's <h1> and the region, at most
// maxLeads of them. Rendering covers the region only, so it never sees them.
func (an *analysis) leadBefore(title string, region *html.Node) string {
	h1 := an.titleH1(title)
	if h1 == nil || isInside(h1, region) || isInside(region, h1) {
		return ""
	}
	var leads []string
	steps := 0
	n := nextInOrder(h1, true)
	for n != nil && n != region && steps < 300 && len(leads) < maxLeads {
		steps++
		if n.Type != html.ElementNode {
			n = nextInOrder(n, false)
			continue
		}
		if isInside(region, n) {
			n = n.FirstChild // an ancestor of the region: go in
			continue
		}
		if drop, _ := an.dropped(n); drop || skipped(n.DataAtom) || isHeading(n.DataAtom) && n.DataAtom == atom.H1 {
			n = nextInOrder(n, true)
			continue
		}
		if (n.DataAtom == atom.P || n.DataAtom == atom.H2 || n.DataAtom == atom.Div) && !hasBlockChild(n) {
			st := an.stats[n]
			if t := textOf(n); st != nil && isLeadText(t, st.link, st.text) && !slices.Contains(leads, t) {
				leads = append(leads, t)
			}
			n = nextInOrder(n, true)
			continue
		}
		n = nextInOrder(n, false)
	}
	if n != region {
		return "" // the region does not follow the headline closely
	}
	return strings.Join(leads, "\n\n")
}

// nextInOrder is the node after n in document order; with skip, after
// n's subtree.
func nextInOrder(n *html.Node, skip bool) *html.Node {
	if !skip && n.FirstChild != nil {
		return n.FirstChild
	}
	for ; n != nil; n = n.Parent {
		if n.NextSibling != nil {
			return n.NextSibling
		}
	}
	return nil
}

// noscriptText reads the page again with its <noscript> content as markup.
// Pages that render their article with script (blog platforms that keep
// the post in a template) give readers without script a copy there; an
// HTML parser that runs script, as ours does by default, sees it as text.
func noscriptText(page []byte, title string) (string, []string, bool) {
	if !bytes.Contains(bytes.ToLower(page), []byte("<noscript")) {
		return "", nil, false
	}
	doc, err := html.ParseWithOptions(bytes.NewReader(page), html.ParseOptionEnableScripting(false))
	if err != nil {
		return "", nil, false
	}
	var open func(n *html.Node)
	open = func(n *html.Node) {
		if n.Type == html.ElementNode && n.DataAtom == atom.Noscript {
			n.DataAtom, n.Data = atom.Div, "div"
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			open(c)
		}
	}
	open(doc)
	an := analyze(doc)
	an.score()
	text, removed := an.bodyText(title)
	return text, removed, true
}

// bodyText renders the best container; when that gives too little text it
// renders the whole body with the same furniture rules.
func (an *analysis) bodyText(title string) (string, []string) {
	container := an.best()
	if container == nil {
		return "", nil
	}
	an.container = container
	region := articleRegion(container)
	r := &renderer{an: an, title: title, container: container}
	r.render(region, false)
	text := r.text()
	if r.leads == 0 {
		if lead := an.leadBefore(title, region); lead != "" && !strings.Contains(text, lead) {
			text = lead + "\n\n" + text
		}
	}
	if utf8.RuneCountInString(text) < minText && an.body != nil && container != an.body {
		wide := &renderer{an: an, title: title, container: an.body}
		wide.render(an.body, false)
		if w := wide.text(); len(w) > 2*len(text) {
			return w, wide.removed
		}
	}
	return text, r.removed
}

// articleRegion is the <article> or <main> element around the container, if
// any: its blocks outside the container (bylines, related links, share
// bars) are listed in Removed.
func articleRegion(container *html.Node) *html.Node {
	for n := container; n != nil && n.Type == html.ElementNode; n = n.Parent {
		if n.DataAtom == atom.Article || n.DataAtom == atom.Main {
			return n
		}
	}
	return container
}

func firstNonEmpty(vals ...string) string {
	for _, v := range vals {
		if v != "" {
			return v
		}
	}
	return ""
}

func resolveURL(base, ref string) string {
	ref = strings.TrimSpace(ref)
	if ref == "" {
		return ""
	}
	r, err := url.Parse(ref)
	if err != nil {
		return ""
	}
	if b, err := url.Parse(base); err == nil && base != "" {
		return b.ResolveReference(r).String()
	}
	if !r.IsAbs() {
		return ""
	}
	return r.String()
}

// chooseLanguage takes the language the page declares, but for "en":
// templates declare English whatever the text (WordPress themes ship
// lang="en-US"), so a text that reads reliably as another language is
// that language. Other declarations are someone's choice and stand; they
// also tell apart close languages detection confuses.
func chooseLanguage(m *metadata, text string) string {
	declared := ""
	for _, l := range []string{m.lang, m.contentLang, m.ld.lang, m.get("og:locale", "language", "dc.language")} {
		if declared = normLang(l); declared != "" {
			break
		}
	}
	if declared != "" && declared != "en" {
		return declared
	}
	least := 40
	if declared != "" {
		least = 200 // enough text to overrule the page
	}
	if utf8.RuneCountInString(text) < least || declared == "en" && readsAsEnglish(text) {
		return declared
	}
	sample := text
	if len(sample) > 2000 {
		sample = sample[:2000]
		for !utf8.ValidString(sample) {
			sample = sample[:len(sample)-1]
		}
	}
	// whatlanggo's confidence is the margin over the runner-up, small
	// between close languages (Russian and Ukrainian) even when right.
	info := whatlanggo.Detect(sample)
	switch {
	case declared == "":
		if info.Confidence <= 0 {
			return ""
		}
		return info.Lang.Iso6391()
	case info.IsReliable() && info.Lang.Iso6391() != "":
		return info.Lang.Iso6391()
	}
	return declared
}

// readsAsEnglish reports a text whose first words hold English's
// commonest function words as English prose does (a third of its words;
// other languages written in Latin letters hardly any): a quick check
// that spares most English pages the detector's cost.
func readsAsEnglish(text string) bool {
	words, common := 0, 0
	for w := range strings.FieldsFuncSeq(text, func(r rune) bool { return !unicode.IsLetter(r) && r != '\'' }) {
		words++
		if englishFunctionWords[strings.ToLower(w)] {
			common++
		}
		if words == 80 {
			break
		}
	}
	return words >= 20 && common*5 >= words
}

var englishFunctionWords = map[string]bool{
	"the": true, "of": true, "and": true, "to": true, "in": true, "is": true, "that": true, "for": true,
	"it": true, "with": true, "was": true, "on": true, "as": true, "are": true, "be": true, "by": true,
	"this": true, "at": true, "from": true, "have": true, "has": true, "an": true, "or": true, "not": true,
	"but": true, "they": true, "he": true, "she": true, "we": true, "you": true, "his": true, "her": true,
	"their": true, "will": true, "would": true, "which": true, "were": true, "been": true, "its": true,
}

// normLang turns "en-US", "en_GB" or "EN" into "en".
func normLang(l string) string {
	l = strings.TrimSpace(l)
	if i := strings.IndexAny(l, "-_,; "); i >= 0 {
		l = l[:i]
	}
	l = strings.ToLower(l)
	if len(l) < 2 || len(l) > 3 {
		return ""
	}
	for _, r := range l {
		if r < 'a' || r > 'z' {
			return ""
		}
	}
	return l
}

func chooseSource(m *metadata) string {
	return fold(firstNonEmpty(m.get("og:site_name"), m.ld.publisher, m.ld.siteName, m.get("application-name", "twitter:site")))
}
