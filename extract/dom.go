package extract

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

func hasAttr(n *html.Node, key string) bool {
	for _, a := range n.Attr {
		if a.Key == key {
			return true
		}
	}
	return false
}

// textOf returns the white-space-folded text of n's subtree, skipping
// scripts and styles.
func textOf(n *html.Node) string {
	var b strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		switch n.Type {
		case html.TextNode:
			b.WriteString(n.Data)
			b.WriteByte(' ')
			return
		case html.ElementNode:
			switch n.DataAtom {
			case atom.Script, atom.Style, atom.Noscript, atom.Template, atom.Svg:
				return
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return fold(b.String())
}

// shortTextOf is textOf for an element whose text is at most limit bytes
// (spaces included), and false, quickly, for any longer one: a label's
// check runs on every element of the page.
func shortTextOf(n *html.Node, limit int) (string, bool) {
	var b strings.Builder
	var walk func(*html.Node) bool
	walk = func(n *html.Node) bool {
		switch n.Type {
		case html.TextNode:
			if b.Len()+len(n.Data) > limit && len(strings.TrimSpace(n.Data))+b.Len() > limit {
				return false
			}
			b.WriteString(n.Data)
			b.WriteByte(' ')
			return true
		case html.ElementNode:
			switch n.DataAtom {
			case atom.Script, atom.Style, atom.Noscript, atom.Template, atom.Svg:
				return true
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if !walk(c) {
				return false
			}
		}
		return true
	}
	if !walk(n) {
		return "", false
	}
	return fold(b.String()), true
}

// fold collapses white space runs to one space and trims.
func fold(s string) string {
	// Fast path: most strings need nothing or little.
	return strings.Join(strings.Fields(s), " ")
}

// isBlock reports elements that start a new paragraph in the text.
func isBlock(a atom.Atom) bool {
	switch a {
	case atom.P, atom.Div, atom.Section, atom.Article, atom.Main, atom.Header, atom.Footer,
		atom.Aside, atom.Nav, atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6,
		atom.Ul, atom.Ol, atom.Li, atom.Dl, atom.Dt, atom.Dd, atom.Table, atom.Tr, atom.Td, atom.Th,
		atom.Thead, atom.Tbody, atom.Tfoot, atom.Caption, atom.Blockquote, atom.Pre, atom.Figure,
		atom.Figcaption, atom.Address, atom.Hr, atom.Form, atom.Fieldset, atom.Details, atom.Summary,
		atom.Center, atom.Body, atom.Html, atom.Dialog, atom.Menu, atom.Picture, atom.Video, atom.Audio:
		return true
	}
	return false
}

// isHeading reports h1–h6.
func isHeading(a atom.Atom) bool {
	switch a {
	case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
		return true
	}
	return false
}
