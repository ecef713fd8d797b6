package http

import (
	"html/template"
	"strconv"
	"strings"
)

// The story page is the page under load (a big story renders hundreds of
// values), and html/template calls every escaper through reflection: that
// was half of the page's CPU. So the story page's body is written by Go
// code through htmlw, whose rules do what the template's escaping did:
//
//   - markup (tags, attribute names) goes in only as the markup type, which
//     string constants convert to silently and data strings do not;
//   - every data string is written through text or attr, which escape
//     & < > " ' (attribute values are always double-quoted);
//   - URLs go through href, which keeps only site paths, fragments and
//     http(s) URLs, as html/template's URL filter does.
//
// The layout around the body is still an html/template.
type markup string

type htmlw struct {
	b strings.Builder
}

func (w *htmlw) m(s markup) { w.b.WriteString(string(s)) }

var htmlEscaper = strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;", `"`, "&#34;", "'", "&#39;", "\x00", "\uFFFD")

// text writes s as text.
func (w *htmlw) text(s string) {
	if strings.ContainsAny(s, "&<>\"'\x00") {
		htmlEscaper.WriteString(&w.b, s)
		return
	}
	w.b.WriteString(s)
}

func (w *htmlw) int(n int) { w.b.WriteString(strconv.Itoa(n)) }

func (w *htmlw) float(f float64) { w.b.WriteString(strconv.FormatFloat(f, 'f', -1, 64)) }

// attr writes ` name="value"`.
func (w *htmlw) attr(name markup, value string) {
	w.b.WriteByte(' ')
	w.b.WriteString(string(name))
	w.b.WriteString(`="`)
	w.text(value)
	w.b.WriteByte('"')
}

// href writes ` href="u"` when u is safe to follow, else ` href="#"`.
func (w *htmlw) href(u string) {
	if !safeLink(u) {
		u = "#"
	}
	w.attr("href", u)
}

// safeLink reports whether u is a path on this site, a fragment, or an
// http(s) URL: never a javascript:, data: or protocol-relative link.
func safeLink(u string) bool {
	switch {
	case strings.HasPrefix(u, "#"):
		return true
	case strings.HasPrefix(u, "/"):
		return !strings.HasPrefix(u, "//") && !strings.HasPrefix(u, `/\`)
	}
	lu := strings.ToLower(u)
	return strings.HasPrefix(lu, "https://") || strings.HasPrefix(lu, "http://")
}

func (w *htmlw) html() template.HTML { return template.HTML(w.b.String()) }
