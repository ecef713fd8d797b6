package extract

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// hint is what an element's tag, role, class and id say about it.
type hint uint8

const (
	hintNone     hint = iota
	hintContent       // names the article body: article-body, entry-content, itemprop=articleBody
	hintBoiler        // names page furniture: nav, share, related, comments, newsletter …
	hintCaption       // an image caption or credit
	hintByline        // author, date and similar article metadata lines
	hintHidden        // not shown to readers
	hintComments      // a comment thread: reads like content, never is
	hintLinkList      // names a reader's aid made of links: jump links, a table of contents
)

// boilerWords are class/id words of page furniture, general across sites.
var boilerWords = map[string]bool{
	"nav": true, "navbar": true, "navigation": true, "menu": true, "submenu": true, "breadcrumb": true,
	"breadcrumbs": true, "footer": true, "sidebar": true, "share": true, "sharing": true, "sharedaddy": true,
	"social": true, "socials": true, "related": true, "comments": true, "comment": true, "respond": true,
	"newsletter": true, "subscribe": true, "subscription": true, "signup": true, "cookie": true,
	"cookies": true, "consent": true, "gdpr": true, "advert": true, "advertisement": true, "ads": true,
	"ad": true, "adsbygoogle": true, "sponsored": true, "promo": true, "banner": true, "popup": true,
	"modal": true, "pagination": true, "pager": true, "tags": true,
	"tagcloud": true, "taglist": true, "disqus": true, "recommended": true, "recommendations": true,
	"masthead": true, "login": true, "search": true, "rating": true, "toolbar": true,
	"outbrain": true, "taboola": true, "newsletters": true, "cta": true, "print": true,
	"donate": true, "follow": true, "subnav": true, "topbar": true, "header": true, "copyright": true,
	"dropdown": true, "offcanvas": true, "drawer": true, "overlay": true, "trending": true, "popular": true,
	"prev": true, "next": true, "postnav": true, "readmore": true, "pullquote": true,
	"disclaimer": true, "disclosure": true,
}

// strongBoilerWords outweigh a content word in the same name:
// "comment-content" and "related-posts" are furniture, "main-content
// header-visible" is not.
var strongBoilerWords = map[string]bool{
	"comment": true, "comments": true, "related": true, "share": true, "sharing": true, "social": true,
	"newsletter": true, "sidebar": true, "footer": true, "ad": true, "ads": true, "advert": true,
	"advertisement": true, "promo": true, "cookie": true, "breadcrumb": true, "breadcrumbs": true,
	"subscribe": true, "disqus": true, "outbrain": true, "taboola": true, "recommended": true,
}

// linkListWords name furniture made of links into the page ("jump-links",
// "toc"); the same words name the sections those links point to
// ("jump-section"), which are the article.
var linkListWords = map[string]bool{"jump": true, "toc": true, "skip": true}

var commentWords = map[string]bool{
	"comment": true, "comments": true, "respond": true, "disqus": true, "replies": true, "reply": true,
}

var captionWords = map[string]bool{
	"caption": true, "captions": true, "figcaption": true, "credit": true, "credits": true,
}

var bylineWords = map[string]bool{
	"byline": true, "author": true, "authors": true, "bio": true, "meta": true, "dateline": true,
	"postmeta": true, "entrymeta": true, "published": true, "timestamp": true, "updated": true,
	"avatar": true, "profile": true, "about": true, "date": true, "posted": true, "pubdate": true,
}

// hiddenClasses hide an element on every screen size; "hidden-xs" or
// "d-none d-md-block" only hide it on some, and are not listed.
var hiddenClasses = map[string]bool{
	"hidden": true, "hide": true, "sr-only": true, "screen-reader-text": true, "visually-hidden": true,
	"visuallyhidden": true, "invisible": true, "screen-reader-only": true, "element-invisible": true,
}

func hiddenClass(class string) bool {
	if !strings.Contains(class, "hid") && !strings.Contains(class, "only") && !strings.Contains(class, "invisible") &&
		!strings.Contains(class, "none") && !strings.Contains(class, "screen-reader") {
		return false
	}
	none := false
	for _, c := range strings.Fields(class) {
		if hiddenClasses[strings.ToLower(c)] {
			return true
		}
		if c == "d-none" {
			none = true
		} else if strings.HasPrefix(c, "d-") && (strings.HasSuffix(c, "-block") || strings.HasSuffix(c, "-flex") || strings.HasSuffix(c, "-inline")) {
			return false
		}
	}
	return none
}

// strongContentWords name the body itself; the other content words are
// prefixes as often ("post-meta", "entry-footer", "article-tags").
var strongContentWords = map[string]bool{
	"content": true, "body": true, "text": true, "prose": true, "richtext": true, "articlebody": true,
}

var contentWords = map[string]bool{
	"article": true, "content": true, "entry": true, "post": true, "body": true, "story": true,
	"text": true, "main": true, "blog": true, "prose": true, "richtext": true, "articlebody": true,
}

// classify reads the element's tag, role, class and id.
func classify(n *html.Node) hint {
	switch n.DataAtom {
	case atom.Nav, atom.Aside, atom.Footer, atom.Header, atom.Form, atom.Button, atom.Select,
		atom.Input, atom.Textarea, atom.Dialog, atom.Menu:
		return hintBoiler
	case atom.Figcaption:
		return hintCaption
	case atom.Html, atom.Body:
		// Page-wide classes describe the template, not the content.
		return hintNone
	}
	if hasAttr(n, "hidden") {
		return hintHidden
	}
	var class, id, role, itemprop, style string
	for _, a := range n.Attr {
		switch a.Key {
		case "class":
			class = a.Val
		case "id":
			id = a.Val
		case "role":
			role = a.Val
		case "itemprop":
			itemprop = a.Val
		case "style":
			style = a.Val
		case "aria-hidden":
			if a.Val == "true" {
				return hintHidden
			}
		case "rel":
			if a.Val == "author" {
				return hintByline
			}
		}
	}
	if style != "" && isHiddenStyle(style) {
		return hintHidden
	}
	switch role {
	case "navigation", "complementary", "contentinfo", "banner", "search", "dialog", "alert", "menu", "menubar":
		return hintBoiler
	case "main", "article":
		return hintContent
	}
	switch strings.ToLower(itemprop) {
	case "articlebody", "text":
		return hintContent
	case "author", "datepublished", "datemodified", "publisher":
		return hintByline
	}
	if class == "" && id == "" {
		return hintNone
	}
	if hiddenClass(class) {
		return hintHidden
	}
	var strongContent, boiler, strong, caption, byline, comments, linkList bool
	look := func(b []byte) {
		// Map lookups keyed by string(b) do not allocate.
		switch {
		case commentWords[string(b)]:
			comments = true
		case linkListWords[string(b)]:
			linkList = true
		case boilerWords[string(b)]:
			boiler = true
			strong = strong || strongBoilerWords[string(b)]
		case captionWords[string(b)]:
			caption = true
		case bylineWords[string(b)]:
			byline = true
		case contentWords[string(b)]:
			strongContent = strongContent || strongContentWords[string(b)]
		}
	}
	eachNamingWord(class, look)
	eachNamingWord(id, look)
	switch {
	case comments:
		return hintComments
	case strong, boiler && !strongContent:
		return hintBoiler
	case linkList && !strongContent:
		return hintLinkList
	case caption:
		return hintCaption
	case byline && !strongContent:
		return hintByline
	case strongContent:
		// "content", "body", "text": the body itself. "post-summary" or
		// "article-item" say nothing about which post or article.
		return hintContent
	}
	return hintNone
}

func isHiddenStyle(style string) bool {
	if !strings.Contains(style, "none") && !strings.Contains(style, "hidden") {
		return false
	}
	s := strings.ToLower(strings.ReplaceAll(style, " ", ""))
	return strings.Contains(s, "display:none") || strings.Contains(s, "visibility:hidden")
}

// flagWords turn the words after them into a flag about the element
// ("has-sidebar", "no-footer", "hide-comments"): the element has or lacks
// the furniture, it is not the furniture.
var flagWords = map[string]bool{
	"has": true, "no": true, "with": true, "without": true, "hide": true, "hidden": true, "show": true,
	"is": true, "enable": true, "disable": true, "enabled": true, "disabled": true,
}

// styleWords make a whole class a style setting ("pane-header-alignment-left",
// "sidebar-position-right"): it says how something looks, not what the
// element is.
var styleWords = map[string]bool{
	"alignment": true, "align": true, "position": true, "style": true, "icon": true, "color": true,
	"colour": true, "width": true, "height": true, "size": true, "font": true, "spacing": true,
	"layout": true, // "layout-sidebar-left", "sidebar-layout": a page layout, holding the article
}

// eachNamingWord calls fn with the words of each class or id token, as
// eachWord splits them, that name what the element is: a token holding a
// style word names nothing, and words after a flag word only describe the
// element. fn must not keep the slice.
func eachNamingWord(s string, fn func([]byte)) {
	// Words are lower-cased into buf and split as eachWord splits them,
	// without a closure per token: classify runs for every element.
	var buf [255]byte
	var bounds [33]uint8 // word k is buf[bounds[k]:bounds[k+1]]
	for i := 0; i < len(s); {
		for i < len(s) && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r' || s[i] == '\f') {
			i++
		}
		n, used, inWord := 0, 0, false
		endWord := func() {
			if inWord && n < len(bounds)-1 {
				n++
				bounds[n] = uint8(used)
			}
			inWord = false
		}
		for ; i < len(s) && s[i] != ' ' && s[i] != '\t' && s[i] != '\n' && s[i] != '\r' && s[i] != '\f'; i++ {
			c := s[i]
			switch {
			case c >= 'a' && c <= 'z':
			case c >= 'A' && c <= 'Z':
				if inWord && i > 0 && s[i-1] >= 'a' && s[i-1] <= 'z' {
					endWord()
				}
				c += 'a' - 'A'
			default:
				endWord()
				continue
			}
			if n >= len(bounds)-1 || used >= len(buf) {
				continue
			}
			if !inWord {
				bounds[n] = uint8(used)
				inWord = true
			}
			buf[used] = c
			used++
		}
		endWord()
		style := false
		for k := 0; k < n && !style; k++ {
			style = styleWords[string(buf[bounds[k]:bounds[k+1]])]
		}
		if style {
			continue
		}
		for k := 0; k < n; k++ {
			w := buf[bounds[k]:bounds[k+1]]
			if flagWords[string(w)] {
				break
			}
			fn(w)
		}
	}
}

// eachWord calls fn with each lower-case word of a class or id value, as
// splitWords splits them, without allocating; fn must not keep the slice.
func eachWord(s string, fn func([]byte)) {
	var buf [64]byte
	n := 0
	emit := func() {
		if n > 0 {
			fn(buf[:n])
		}
		n = 0
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= 'a' && c <= 'z':
			if n < len(buf) {
				buf[n] = c
				n++
			}
		case c >= 'A' && c <= 'Z':
			if n > 0 && i > 0 && s[i-1] >= 'a' && s[i-1] <= 'z' {
				emit()
			}
			if n < len(buf) {
				buf[n] = c + 'a' - 'A'
				n++
			}
		default:
			emit()
		}
	}
	emit()
}

// splitWords appends the lower-case words of a class or id value, splitting
// on punctuation, digits and camelCase: "relatedPosts_2" → related, posts.
func splitWords(out []string, s string) []string {
	start := -1
	flush := func(end int) {
		if start >= 0 && end > start {
			out = append(out, strings.ToLower(s[start:end]))
		}
		start = -1
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= 'a' && c <= 'z':
			if start < 0 {
				start = i
			}
		case c >= 'A' && c <= 'Z':
			// A capital after a lower-case letter starts a new word.
			if start >= 0 && i > 0 && s[i-1] >= 'a' && s[i-1] <= 'z' {
				flush(i)
			}
			if start < 0 {
				start = i
			}
		default:
			flush(i)
		}
	}
	flush(len(s))
	return out
}
