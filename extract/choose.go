package extract

import (
	"strings"

	"crossread"
)

// chooseTitle prefers the page's own <h1> when it agrees with what the
// metadata calls the title (the visible headline, without the outlet name
// that <title> and og:title often carry), else the metadata's headline.
func chooseTitle(m *metadata, an *analysis) string {
	meta := []string{m.ld.headline, m.get("og:title"), m.get("twitter:title"), m.titleTag}
	var h1s []string
	for _, h := range an.h1s {
		if t := textOf(h); t != "" && len(t) < 400 {
			h1s = append(h1s, t)
		}
	}
	for _, h := range h1s {
		for _, t := range meta {
			if t != "" && (strings.EqualFold(h, t) || strings.HasPrefix(strings.ToLower(t), strings.ToLower(h))) {
				return h
			}
		}
	}
	if len(h1s) == 1 && len(strings.Fields(h1s[0])) >= 2 {
		return h1s[0]
	}
	for _, t := range meta[:3] {
		if t != "" {
			return stripSiteName(t, m)
		}
	}
	if m.titleTag != "" {
		return stripSiteName(m.titleTag, m)
	}
	if len(h1s) > 0 {
		return h1s[0]
	}
	return ""
}

// stripSiteName removes a " | Outlet" or " - Outlet" tail (or head).
func stripSiteName(t string, m *metadata) string {
	t = fold(t)
	site := strings.ToLower(chooseSource(m))
	for _, sep := range []string{" | ", " - ", " – ", " — ", " :: ", " · ", " » "} {
		i := strings.LastIndex(t, sep)
		if i < 0 {
			continue
		}
		head, tail := strings.TrimSpace(t[:i]), strings.TrimSpace(t[i+len(sep):])
		if site != "" && strings.EqualFold(head, site) {
			return tail
		}
		// The shorter side is the outlet when it is short.
		if len(strings.Fields(tail)) <= 4 && len(head) > len(tail) {
			return head
		}
		if len(strings.Fields(head)) <= 3 && len(tail) > 2*len(head) {
			return tail
		}
	}
	return t
}

var authorMetaKeys = []string{"author", "article:author", "parsely-author", "sailthru.author", "dc.creator", "dcterms.creator", "byl", "citation_author"}

func chooseAuthors(m *metadata) []string {
	if len(m.ld.authors) > 0 {
		return cleanAuthors(m.ld.authors)
	}
	for _, k := range authorMetaKeys {
		if v := m.meta[k]; v != "" && !strings.HasPrefix(v, "http") {
			if a := cleanAuthors([]string{v}); len(a) > 0 {
				return a
			}
		}
	}
	for _, b := range m.bylines {
		if a := cleanAuthors([]string{b}); len(a) > 0 {
			return a
		}
	}
	return nil
}

var bylinePrefixes = []string{"written by", "posted by", "published by", "reviewed by", "by:", "by", "author:", "authors:", "author", "von", "par", "por", "di"}

// cleanAuthors drops "By" prefixes and splits "A and B" into names.
func cleanAuthors(raw []string) []string {
	var out []string
	seen := map[string]bool{}
	for _, r := range raw {
		r = fold(r)
		low := strings.ToLower(r)
		for _, p := range bylinePrefixes {
			if strings.HasPrefix(low, p+" ") || (strings.HasSuffix(p, ":") && strings.HasPrefix(low, p)) {
				r = strings.TrimSpace(r[len(p):])
				break
			}
		}
		for _, part := range splitNames(r) {
			part = strings.Trim(part, " ,;|-–")
			if part == "" || len(part) > 100 || strings.Contains(part, "://") || seen[strings.ToLower(part)] {
				continue
			}
			seen[strings.ToLower(part)] = true
			out = append(out, part)
		}
	}
	return out
}

// splitNames splits on " and ", "&", ";" and "|", and on commas only when
// every piece looks like a full name (so "Jane Doe, MD" stays one name).
func splitNames(s string) []string {
	s = strings.NewReplacer(" and ", ";", " & ", ";", " und ", ";", " et ", ";", " y ", ";", "|", ";").Replace(s)
	var out []string
	for _, p := range strings.Split(s, ";") {
		pieces := strings.Split(p, ",")
		full := len(pieces) > 1
		for _, q := range pieces {
			if len(strings.Fields(q)) < 2 {
				full = false
			}
		}
		if full {
			out = append(out, pieces...)
		} else {
			out = append(out, p)
		}
	}
	return out
}

var publishedMetaKeys = []string{
	"article:published_time", "og:published_time", "article:published", "datepublished",
	"published_time", "publishdate", "publish-date", "publish_date", "pubdate", "parsely-pub-date",
	"sailthru.date", "dc.date.issued", "dcterms.issued", "dc.date", "dcterms.date", "dcterms.created",
	"date", "citation_publication_date", "citation_date", "article.published", "release_date", "og:updated_time",
}

func choosePublished(m *metadata, an *analysis, pageURL string) crossread.Timestamp {
	for _, v := range []string{m.ld.datePublished, m.ld.dateCreated} {
		if ts, ok := parseDate(v); ok {
			return ts
		}
	}
	for _, k := range publishedMetaKeys {
		if ts, ok := parseDate(m.meta[k]); ok {
			return ts
		}
	}
	for _, t := range m.times {
		if t.pubdate {
			if ts, ok := parseDate(t.value); ok {
				return ts
			}
		}
	}
	if ts, ok := dateFromURL(pageURL); ok {
		return ts
	}
	for _, t := range m.times {
		if ts, ok := parseDate(t.value); ok {
			return ts
		}
	}
	if ts, ok := parseDate(m.ld.dateModified); ok {
		return ts
	}
	return crossread.Timestamp{}
}
