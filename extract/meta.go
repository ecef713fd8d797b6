package extract

import (
	"encoding/json"
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// metadata is what the page says about itself, before choosing.
type metadata struct {
	lang, contentLang string
	titleTag          string
	meta              map[string]string // first value per lower-cased name/property/itemprop
	canonical         string
	ld                ldArticle
	times             []timeTag        // <time> elements and date-named elements, in document order
	orgAuthors        []string         // microdata authors typed as an Organization
	bylines           []string         // texts of elements that name the author
	authorLinks       []authorLinkText // links to author pages
}

type timeTag struct {
	value   string // datetime attribute or text
	pubdate bool   // marked as the publication date
	node    *html.Node
}

// ldArticle is the JSON-LD description of the article, if any.
type ldArticle struct {
	headline, datePublished, dateCreated, dateModified string
	authors                                            []string
	publisher, siteName, body, lang, url               string
	found                                              bool
}

func collectMeta(doc *html.Node) *metadata {
	m := &metadata{meta: map[string]string{}}
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			switch n.DataAtom {
			case atom.Html:
				if m.lang == "" {
					m.lang = attr(n, "lang")
					if m.lang == "" {
						m.lang = attr(n, "xml:lang")
					}
				}
			case atom.Title:
				if m.titleTag == "" && n.FirstChild != nil {
					m.titleTag = fold(n.FirstChild.Data)
				}
			case atom.Meta:
				m.addMeta(n)
			case atom.Link:
				if m.canonical == "" && strings.EqualFold(attr(n, "rel"), "canonical") {
					m.canonical = strings.TrimSpace(attr(n, "href"))
				}
			case atom.Script:
				if strings.Contains(strings.ToLower(attr(n, "type")), "ld+json") && n.FirstChild != nil {
					m.addJSONLD(n.FirstChild.Data)
				}
				return
			case atom.Style, atom.Noscript, atom.Template, atom.Svg:
				return
			case atom.Time:
				v := attr(n, "datetime")
				if v == "" {
					v = textOf(n)
				}
				ip := strings.ToLower(attr(n, "itemprop"))
				m.times = append(m.times, timeTag{value: v, node: n,
					pubdate: hasAttr(n, "pubdate") || ip == "datepublished" || strings.Contains(strings.ToLower(attr(n, "class")), "publish")})
			default:
				if ip := strings.ToLower(attr(n, "itemprop")); ip != "" {
					switch ip {
					case "datepublished":
						v := attr(n, "content")
						if v == "" {
							v = attr(n, "datetime")
						}
						if v == "" {
							v = textOf(n)
						}
						m.times = append(m.times, timeTag{value: v, pubdate: true, node: n})
					case "author":
						if t := authorText(n); t != "" {
							// An Organization signs as the outlet: only
							// when no person does (the last resort).
							if strings.HasSuffix(strings.ToLower(attr(n, "itemtype")), "/organization") {
								m.orgAuthors = append(m.orgAuthors, t)
							} else {
								m.bylines = append(m.bylines, t)
							}
						}
						return
					}
				}
				// RDFa states a date on any element, <span property="dc:date"
				// content="…">, the way <meta> does in the head.
				if prop := strings.ToLower(strings.TrimSpace(attr(n, "property"))); prop != "" && dateProperty(prop) {
					if v := strings.TrimSpace(attr(n, "content")); v != "" {
						if _, ok := m.meta[prop]; !ok {
							m.meta[prop] = v
						}
					}
				}
				if dateClass(n) {
					if t := textOf(n); t != "" && len(t) < 100 {
						m.times = append(m.times, timeTag{value: t, node: n})
					}
				}
				if href := attr(n, "href"); n.DataAtom == atom.A && authorLink(href) {
					if t := textOf(n); t != "" && len(t) < 80 {
						m.authorLinks = append(m.authorLinks, authorLinkText{text: t, href: href})
					}
				}
				if attr(n, "rel") == "author" || hasBylineClass(n) {
					if t := authorText(n); t != "" && len(t) < 120 {
						m.bylines = append(m.bylines, t)
					}
				}
				if t := labelledName(n); t != "" {
					m.bylines = append(m.bylines, t)
				}
			}
		}
		if n.Type == html.CommentNode {
			m.addRDFComment(n.Data)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	return m
}

// dateProperty reports an RDFa property that names a date: dc:date,
// dcterms:created, schema:datePublished.
func dateProperty(p string) bool {
	return strings.Contains(p, "date") || strings.Contains(p, "created") || strings.Contains(p, "issued") || strings.Contains(p, "publish")
}

var rdfDate = regexp.MustCompile(`\bdc:date\s*=\s*"([^"]{8,40})"`)

// addRDFComment reads the dc:date of an RDF description that blog engines
// write inside an HTML comment (TrackBack's auto-discovery block), about
// the entry the page shows.
func (m *metadata) addRDFComment(c string) {
	if !strings.Contains(c, "rdf:Description") {
		return
	}
	if sm := rdfDate.FindStringSubmatch(c); sm != nil {
		if _, ok := m.meta["dc:date"]; !ok {
			m.meta["dc:date"] = sm[1]
		}
	}
}

// authorText takes a byline element's name: an itemprop=name inside it if
// there is one, else its text.
func authorText(n *html.Node) string {
	var name string
	var find func(*html.Node)
	find = func(c *html.Node) {
		for ; c != nil && name == ""; c = c.NextSibling {
			if c.Type == html.ElementNode {
				if attr(c, "itemprop") == "name" {
					name = attr(c, "content")
					if name == "" {
						name = textOf(c)
					}
					return
				}
				find(c.FirstChild)
			}
		}
	}
	if attr(n, "content") != "" {
		return fold(attr(n, "content"))
	}
	find(n.FirstChild)
	if name != "" {
		return name
	}
	return textOf(n)
}

// dateClass reports elements named for a date: "post-date", "entry-time",
// "published".
func dateClass(n *html.Node) bool {
	class := attr(n, "class")
	if class == "" || n.FirstChild == nil {
		return false
	}
	if !strings.Contains(class, "ate") && !strings.Contains(class, "ime") && !strings.Contains(class, "ublish") &&
		!strings.Contains(class, "osted") && !strings.Contains(class, "amp") {
		return false
	}
	var words []string
	words = splitWords(words, class)
	for _, w := range words {
		switch w {
		case "date", "dates", "time", "published", "posted", "pubdate", "timestamp", "dateline":
			return true
		}
	}
	return false
}

func hasBylineClass(n *html.Node) bool {
	class := attr(n, "class")
	if class == "" {
		return false
	}
	if !strings.Contains(class, "uthor") && !strings.Contains(class, "yline") && !strings.Contains(class, "riter") {
		return false
	}
	var words []string
	for _, token := range strings.Fields(class) {
		words = splitWords(words[:0], token)
		if slices.ContainsFunc(words, func(w string) bool { return commentWords[w] }) {
			continue // "comment-author": a reader's name under a comment
		}
		for i, w := range words {
			switch w {
			case "byline", "writer":
				return true
			case "author", "authors":
				// "author", "author-name", "post-author", "field-authors",
				// not "author-bio", "author-box" or "author-avatar".
				if i+1 == len(words) || words[i+1] == "name" || words[i+1] == "link" {
					return true
				}
			}
		}
	}
	return false
}

// labelledName is the name a label sets apart: a heading or a bold
// "Author" with the name in the next element ("<h3>Author</h3><p>Jane
// Doe</p>").
func labelledName(n *html.Node) string {
	generic := false
	switch n.DataAtom {
	case atom.H2, atom.H3, atom.H4, atom.H5, atom.H6, atom.Dt, atom.Strong, atom.B, atom.Label:
	case atom.Span, atom.Div, atom.P, atom.Th, atom.Td:
		// "<span>Author: </span><span>Jane Doe</span>", a table's
		// "Author | Jane Doe"
		generic = true
	default:
		return ""
	}
	if !labelInitials[unicode.ToLower(firstRune(n))] {
		return "" // most elements: no label can start with their first letter
	}
	label, short := shortTextOf(n, 40)
	if !short || !authorLabels[strings.ToLower(strings.TrimRight(label, ": "))] {
		return ""
	}
	// not a menu's "<span><a>authors</a>:</span>"
	if generic && (hasDescendant(n, atom.A) || insideMenuLink(n)) {
		return ""
	}
	name, inline := labelledValue(n)
	if generic {
		// A bare "by" before another element is as often a widget's
		// "powered by <a>Tool</a>" as a byline; "<span>By </span>Jane
		// Doe" in one line is a byline.
		if !inline && strings.EqualFold(strings.TrimRight(label, ": "), "by") {
			return ""
		}
		if r, _ := utf8.DecodeRuneInString(name); !unicode.IsUpper(r) || strings.HasSuffix(name, ":") || !looksLikeName(name) {
			return ""
		}
	}
	return name
}

// labelledValue is the text after label n: the rest of its parent's text
// run, else the next element's.
func labelledValue(n *html.Node) (value string, inline bool) {
	next := n.NextSibling
	for next != nil && next.Type != html.ElementNode {
		if strings.TrimSpace(next.Data) != "" && next.Type == html.TextNode {
			// "<strong>Author:</strong> Jane Doe"
			if t := fold(next.Data); len(strings.Fields(t)) <= 5 {
				return t, true
			}
			return "", true
		}
		next = next.NextSibling
	}
	if next == nil {
		return "", false
	}
	if t := textOf(next); t != "" && len(strings.Fields(t)) <= 5 {
		return t, false
	}
	return "", false
}

// authorLinkText is a link to an author's page and what it reads.
type authorLinkText struct{ text, href string }

// authorLink reports links to an author's page: /author/jane-doe.
func authorLink(href string) bool {
	for _, p := range []string{"/author/", "/authors/", "/autor/", "/auteur/", "/writers/", "/staff/", "/people/", "/contributors/", "/profile/"} {
		if i := strings.Index(href, p); i >= 0 && len(href) > i+len(p)+1 {
			return true
		}
	}
	return false
}

func (m *metadata) addMeta(n *html.Node) {
	content := attr(n, "content")
	if hv := strings.ToLower(attr(n, "http-equiv")); hv == "content-language" && m.contentLang == "" {
		m.contentLang = content
	}
	if content == "" {
		return
	}
	// Some frameworks render the JSON-LD block as a <meta> tag named for
	// the script it stands for.
	if strings.HasSuffix(strings.ToLower(attr(n, "name")), "ld+json") {
		m.addJSONLD(content)
		return
	}
	for _, key := range []string{"property", "name", "itemprop"} {
		if k := strings.ToLower(strings.TrimSpace(attr(n, key))); k != "" {
			if _, ok := m.meta[k]; !ok {
				m.meta[k] = strings.TrimSpace(content)
			}
		}
	}
}

func (m *metadata) get(keys ...string) string {
	for _, k := range keys {
		if v := m.meta[k]; v != "" {
			return v
		}
	}
	return ""
}

var articleTypes = map[string]bool{
	"article": true, "newsarticle": true, "blogposting": true, "reportagenewsarticle": true,
	"analysisnewsarticle": true, "opinionnewsarticle": true, "reviewnewsarticle": true,
	"backgroundnewsarticle": true, "report": true, "scholarlyarticle": true, "techarticle": true,
	"socialmediaposting": true, "liveblogposting": true, "medicalwebpage": true, "posting": true,
	"discussionforumposting": true, "howto": true, "recipe": true, "review": true,
}

func (m *metadata) addJSONLD(raw string) {
	var v any
	if err := json.Unmarshal([]byte(strings.TrimSpace(raw)), &v); err != nil {
		return
	}
	var visit func(v any, depth int)
	visit = func(v any, depth int) {
		if depth > 6 {
			return
		}
		switch x := v.(type) {
		case []any:
			for _, e := range x {
				visit(e, depth+1)
			}
		case map[string]any:
			if g, ok := x["@graph"]; ok {
				visit(g, depth+1)
			}
			types := ldTypes(x["@type"])
			isArticle, isSite := false, false
			for _, t := range types {
				t = strings.ToLower(t)
				isArticle = isArticle || articleTypes[t]
				isSite = isSite || t == "website" || t == "organization" || t == "newsmediaorganization"
			}
			if isSite && m.ld.siteName == "" && strings.EqualFold(strings.Join(types, ""), "website") {
				m.ld.siteName = ldString(x["name"])
			}
			if isArticle && !m.ld.found {
				m.ld.found = true
				m.ld.headline = ldString(x["headline"])
				if m.ld.headline == "" {
					m.ld.headline = ldString(x["name"])
				}
				m.ld.datePublished = ldString(x["datePublished"])
				m.ld.dateCreated = ldString(x["dateCreated"])
				m.ld.dateModified = ldString(x["dateModified"])
				m.ld.authors = ldNames(x["author"])
				if len(m.ld.authors) == 0 {
					m.ld.authors = ldNames(x["creator"])
				}
				if p := ldNames(x["publisher"]); len(p) > 0 {
					m.ld.publisher = p[0]
				}
				m.ld.body = ldString(x["articleBody"])
				m.ld.lang = ldString(x["inLanguage"])
				m.ld.url = ldString(x["url"])
			} else if m.ld.datePublished == "" && ldString(x["datePublished"]) != "" && depth <= 2 {
				// A WebPage that carries the date when no article object does.
				m.ld.datePublished = ldString(x["datePublished"])
			}
			if isArticle {
				return
			}
			for k, e := range x {
				if k == "@graph" {
					continue
				}
				if _, ok := e.(map[string]any); ok && (k == "mainEntity" || k == "mainEntityOfPage" || k == "hasPart") {
					visit(e, depth+1)
				}
			}
		}
	}
	visit(v, 0)
}

func ldTypes(v any) []string {
	switch x := v.(type) {
	case string:
		return []string{x}
	case []any:
		var out []string
		for _, e := range x {
			if s, ok := e.(string); ok {
				out = append(out, s)
			}
		}
		return out
	}
	return nil
}

func ldString(v any) string {
	switch x := v.(type) {
	case string:
		return fold(html.UnescapeString(x))
	case []any:
		if len(x) > 0 {
			return ldString(x[0])
		}
	case map[string]any:
		if s := ldString(x["@value"]); s != "" {
			return s
		}
		return ldString(x["name"])
	}
	return ""
}

// ldNames reads author/publisher values: a string, an object with a name,
// or a list of either.
func ldNames(v any) []string {
	switch x := v.(type) {
	case string:
		if s := fold(x); s != "" && !strings.HasPrefix(s, "http") {
			return []string{s}
		}
	case map[string]any:
		if s := ldString(x["name"]); s != "" {
			return []string{s}
		}
	case []any:
		var out []string
		for _, e := range x {
			out = append(out, ldNames(e)...)
		}
		return out
	}
	return nil
}

// hasDescendant reports an element of kind a inside n.
func hasDescendant(n *html.Node, a atom.Atom) bool {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && (c.DataAtom == a || hasDescendant(c, a)) {
			return true
		}
	}
	return false
}

// insideMenuLink reports n within a link to somewhere other than an
// author's page: a menu entry ("Authors – who writes for us?"), not a
// label.
func insideMenuLink(n *html.Node) bool {
	for p := n.Parent; p != nil; p = p.Parent {
		if p.Type == html.ElementNode && p.DataAtom == atom.A {
			href := attr(p, "href")
			return href != "" && !authorLink(href)
		}
	}
	return false
}

// labelInitials are the first letters of the authorLabels.
var labelInitials = func() map[rune]bool {
	m := map[rune]bool{}
	for l := range authorLabels {
		r, _ := utf8.DecodeRuneInString(l)
		m[r] = true
	}
	return m
}()

// firstRune is the first letter or other non-space character of n's text.
func firstRune(n *html.Node) rune {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch c.Type {
		case html.TextNode:
			for _, r := range c.Data {
				if !unicode.IsSpace(r) {
					return r
				}
			}
		case html.ElementNode:
			switch c.DataAtom {
			case atom.Script, atom.Style, atom.Noscript, atom.Template, atom.Svg:
				continue
			}
			if r := firstRune(c); r != 0 {
				return r
			}
		}
	}
	return 0
}
