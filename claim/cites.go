package claim

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"crossread"
)

// A name as outlets write an outlet or institution: capitalised words,
// acronyms with slashes or ampersands ("AT&T", "S&P"), joined by "of",
// "for", "and", "the" inside.
const citeName = `((?:[A-Z][\w’'&-]*(?:[./][\w&-]+)*\.?|[A-Z]{2,})(?:[ \t]+(?:(?:of|for|on|and|the|de)[ \t]+)?(?:[A-Z][\w’'&-]*(?:[./][\w&-]+)*)){0,5})`

var (
	accordingRE = regexp.MustCompile(`\b(?:[Aa]ccording to|[Rr]eported by|[Cc]ited by|[Ss]ource[sd]?:|[Vv]ia)\s+(?:the\s+)?` + citeName)
	parenRE     = regexp.MustCompile(`\(` + citeName + `(?:\s*[+,;|].*?)?\)`)
	toldRE      = regexp.MustCompile(`\b(?:told|said to|speaking to|in an interview with|in a statement to)\s+(the\s+)?` + citeName)
	affilRE     = regexp.MustCompile(`\b(?:director|fellow|analyst|researcher|expert|economist|head|chief|spokesman|spokeswoman|spokesperson|professor|scholar)\b[^.,;:]{0,40}?\b(?:at|of|with|from)\s+(the\s+)?` + citeName)
	verbRE      = regexp.MustCompile(`(\b[Tt]he\s+)?` + citeName + `\s+(reported|reports|has reported|had reported|wrote|writes|said in a report|said in a statement|published|noted in a report)\b`)
)

// institutionWords mark a name as an organisation rather than a person.
var institutionWords = map[string]bool{
	"agency": true, "news": true, "times": true, "post": true, "press": true, "journal": true,
	"council": true, "institute": true, "center": true, "centre": true, "foundation": true,
	"ministry": true, "office": true, "bank": true, "university": true, "fund": true,
	"organization": true, "organisation": true, "group": true, "network": true, "radio": true,
	"television": true, "tv": true, "daily": true, "herald": true, "tribune": true, "telegraph": true,
	"guardian": true, "gazette": true, "standard": true, "review": true, "magazine": true,
	"service": true, "department": true, "commission": true, "committee": true, "agency's": true,
	"broadcasting": true, "corporation": true, "wire": true, "monitor": true, "observer": true,
	"programme": true, "program": true, "tank": true, "association": true, "union": true,
}

// Cites lists the outlets and institutions an article names as its
// sources: "according to Reuters", "(Reuters)", "the Atlantic Council
// wrote", "told AFP", "Reuters reported". The article's own outlet is
// left out. Names keep the article's spelling; duplicates are dropped
// after folding.
func Cites(doc *crossread.Doc) []string {
	if doc == nil || doc.Article == nil {
		return nil
	}
	text := doc.Article.Text
	orgs := map[string]bool{}
	people := map[string]bool{}
	for _, m := range doc.Mentions {
		switch m.Type {
		case crossread.ORG, crossread.MISC:
			orgs[Fold(m.Text)] = true
		case crossread.PERSON:
			people[Fold(m.Text)] = true
		}
	}
	own := Fold(doc.Article.Source)
	var out []string
	seen := map[string]bool{}
	add := func(name string, needOrg, hadThe bool) {
		name = cleanCiteName(name)
		if name == "" {
			return
		}
		f := Fold(name)
		if seen[f] || f == own || people[f] {
			return
		}
		if needOrg && !hadThe && !orgs[f] && !looksInstitutional(name) {
			return
		}
		seen[f] = true
		out = append(out, name)
	}
	for _, m := range accordingRE.FindAllStringSubmatch(text, -1) {
		// "according to Smith" is a person; accept it only when it reads
		// as an organisation or the entity stage says so.
		add(m[1], true, strings.Contains(strings.ToLower(m[0]), " the "))
	}
	for _, m := range parenRE.FindAllStringSubmatchIndex(text, -1) {
		name := text[m[2]:m[3]]
		if isAcronymOfPreceding(text[:m[0]], name) {
			continue
		}
		// a credit stands at a sentence's edge: "WASHINGTON (Reuters) -",
		// "… in 2020 (Wikipedia)."
		after := strings.TrimLeft(text[m[1]:], " ")
		before := strings.TrimRight(text[:m[0]], " ")
		atEdge := after == "" || strings.ContainsRune(".-–—:\n", firstRune(after)) ||
			before == "" || strings.HasSuffix(before, ".") || isUpperWord(lastWord(before))
		if !atEdge {
			continue
		}
		add(name, false, false)
	}
	for _, m := range toldRE.FindAllStringSubmatch(text, -1) {
		add(m[2], true, m[1] != "")
	}
	// An expert's institution is a source when the article reports what
	// they wrote or said for it.
	for _, sent := range doc.Sentences {
		if !sent.Valid(len(text)) {
			continue
		}
		st := text[sent.Start:sent.End]
		if !strings.Contains(st, "wrote") && !strings.Contains(st, "analysis") && !strings.Contains(st, "report") {
			continue
		}
		for _, m := range affilRE.FindAllStringSubmatch(st, -1) {
			add(m[2], true, m[1] != "")
		}
	}
	for _, m := range verbRE.FindAllStringSubmatch(text, -1) {
		verb := m[3]
		needOrg := !strings.HasPrefix(verb, "report") && !strings.HasSuffix(verb, "reported")
		add(m[2], needOrg, m[1] != "")
	}
	return out
}

// cleanCiteName trims possessives and trailing words that are not part of
// the name ("Reuters +2").
func cleanCiteName(s string) string {
	s = strings.TrimSpace(s)
	// "the Atlantic Council’s Eurasia Center" cites the Atlantic Council
	for _, p := range []string{"’s ", "'s "} {
		if i := strings.Index(s, p); i > 0 {
			s = s[:i]
		}
	}
	s = strings.TrimRight(s, ".,;:’'")
	s = strings.TrimSuffix(strings.TrimSuffix(s, "’s"), "'s")
	for _, w := range []string{" and", " of", " for", " the", " on", " de"} {
		s = strings.TrimSuffix(s, w)
	}
	if utf8.RuneCountInString(s) < 2 {
		return ""
	}
	switch strings.ToLower(s) {
	case "the", "a", "an", "he", "she", "they", "it", "we", "i", "this", "that", "in", "on", "but", "and", "as":
		return ""
	}
	return s
}

func looksInstitutional(name string) bool {
	if strings.ContainsAny(name, "/&") {
		return true
	}
	ws := strings.Fields(name)
	if len(ws) == 1 && isUpperWord(ws[0]) && utf8.RuneCountInString(ws[0]) >= 2 {
		return true
	}
	for _, w := range ws {
		if institutionWords[strings.ToLower(strings.Trim(w, ".,’'"))] {
			return true
		}
	}
	return false
}

// isAcronymOfPreceding: "United Arab Emirates (UAE)" defines an acronym; it
// cites nothing.
func isAcronymOfPreceding(before, name string) bool {
	if !isUpperWord(name) {
		return false
	}
	ws := strings.Fields(before)
	n := len([]rune(strings.ReplaceAll(name, ".", "")))
	if len(ws) < 1 {
		return false
	}
	var initials []rune
	for i := len(ws) - 1; i >= 0 && len(initials) < n+3; i-- {
		r, _ := utf8.DecodeRuneInString(ws[i])
		if unicode.IsUpper(r) {
			initials = append([]rune{r}, initials...)
		}
	}
	return strings.HasSuffix(string(initials), strings.ReplaceAll(name, ".", "")) ||
		strings.HasPrefix(string(initials), strings.ReplaceAll(name, ".", ""))
}

func isUpperWord(w string) bool {
	letters := 0
	for _, r := range w {
		if unicode.IsLetter(r) {
			letters++
			if !unicode.IsUpper(r) {
				return false
			}
		}
	}
	return letters >= 2
}

func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

func lastWord(s string) string {
	f := strings.Fields(s)
	if len(f) == 0 {
		return ""
	}
	return f[len(f)-1]
}
