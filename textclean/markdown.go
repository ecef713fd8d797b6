package textclean

import (
	"regexp"
	"strings"
)

// Markdown scrapes (what reader services and crawlers that "convert a
// page to Markdown" give) carry their markup into the text: links as
// [text](url), images as ![alt](url), headings as "# …". A scrape that
// reads as Markdown is turned into the plain lines the cleaning expects:
// a link keeps its text, an image line goes (its alt text is a caption),
// emphasis and heading marks go, and the page's structure stays one line
// per block.

var (
	reMDImage    = regexp.MustCompile(`!\[([^\]]*)\]\([^)]*\)`)
	reMDLink     = regexp.MustCompile(`\[([^\]]*)\]\((?:[^()]|\([^()]*\))*\)`)
	reMDRefLink  = regexp.MustCompile(`\[([^\]]+)\]\[[^\]]*\]`)
	reMDHeading  = regexp.MustCompile(`^#{1,6}\s+`)
	reMDStrong   = regexp.MustCompile(`(\*\*|__)(\S(?:.*?\S)?)(\*\*|__)`)
	reMDEmphasis = regexp.MustCompile(`(^|[\s(])\*(\S(?:[^*]*?\S)?)\*`)
	reMDRule     = regexp.MustCompile(`^(?:[-*_]\s*){3,}$`)
	reMDRefDef   = regexp.MustCompile(`^\[[^\]]+\]:\s*\S+`)
	reMDBullet   = regexp.MustCompile(`^[*+]\s+`)
)

// looksLikeMarkdown reports a scrape written in Markdown: headings marked
// with "#" and links written [text](url), or several such links.
func looksLikeMarkdown(raw string) bool {
	if !strings.Contains(raw, "](") && !strings.Contains(raw, "#") {
		return false // neither a link nor a heading: the patterns need not run
	}
	links := len(reMDLink.FindAllStringIndex(raw, 8))
	if links >= 3 {
		return true
	}
	headings := 0
	for _, l := range strings.SplitN(raw, "\n", 400) {
		if reMDHeading.MatchString(strings.TrimSpace(l)) {
			headings++
		}
	}
	return headings >= 1 && links+headings >= 2
}

// fromMarkdown turns a Markdown scrape into plain lines. An image line
// becomes "Image: <alt text>", which the chrome rules leave out of the
// text (and list in what was removed).
func fromMarkdown(raw string) string {
	var b strings.Builder
	fence := false
	for _, l := range strings.Split(raw, "\n") {
		t := strings.TrimSpace(l)
		if strings.HasPrefix(t, "```") || strings.HasPrefix(t, "~~~") {
			fence = !fence
			continue
		}
		if fence {
			b.WriteString(l + "\n")
			continue
		}
		if reMDRule.MatchString(t) || reMDRefDef.MatchString(t) {
			b.WriteString("\n")
			continue
		}
		// an image alone on its line is a picture: its alt text is kept
		// as an image line, which the cleaning leaves out of the text
		if img := reMDImage.ReplaceAllString(t, ""); strings.TrimSpace(img) == "" && t != "" {
			for _, m := range reMDImage.FindAllStringSubmatch(t, -1) {
				if alt := strings.TrimSpace(m[1]); alt != "" {
					b.WriteString("Image: " + alt + "\n")
				}
			}
			continue
		}
		t = reMDImage.ReplaceAllString(t, "")
		t = reMDLink.ReplaceAllString(t, "$1")
		t = reMDRefLink.ReplaceAllString(t, "$1")
		t = reMDHeading.ReplaceAllString(t, "")
		t = strings.TrimPrefix(strings.TrimPrefix(t, "> "), ">")
		t = reMDBullet.ReplaceAllString(t, "- ")
		t = reMDStrong.ReplaceAllString(t, "$2")
		t = reMDEmphasis.ReplaceAllString(t, "$1$2")
		b.WriteString(strings.TrimSpace(t) + "\n")
	}
	return b.String()
}
