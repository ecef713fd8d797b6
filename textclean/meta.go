package textclean

import (
	"regexp"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"crossread"
	"crossread/nlp"
)

// metadata collects what the text says about itself. The first value found
// wins, except that a publication date beats an "updated" one.
type metadata struct {
	source        string
	published     crossread.Timestamp
	publishedWeak bool // taken from an "Updated …" line
	authors       []string
	bioSource     string // the outlet an author box names
	dayFirst      bool   // the text's language writes numeric dates day first
}

func (m *metadata) setSource(s string) {
	s = strings.TrimSpace(strings.TrimRight(s, ". "))
	if strings.HasSuffix(s, ".") {
		return
	}
	if m.source == "" && s != "" {
		m.source = s
	}
}

func (m *metadata) setDate(t crossread.Timestamp, weak bool) {
	if t.IsZero() {
		return
	}
	if m.published.IsZero() || (m.publishedWeak && !weak) {
		m.published, m.publishedWeak = t, weak
	}
}

// firstAuthors takes the names of the first byline only: later "by X"
// lines on a page credit other things (books, photos, related posts).
func (m *metadata) firstAuthors(names ...string) {
	if len(m.authors) == 0 {
		m.addAuthors(names...)
	}
}

func (m *metadata) addAuthors(names ...string) {
	for _, n := range names {
		n = strings.TrimSpace(n)
		if n == "" {
			continue
		}
		dup := false
		for _, a := range m.authors {
			dup = dup || strings.EqualFold(a, n)
		}
		if !dup {
			m.authors = append(m.authors, n)
		}
	}
}

// Names as bylines write them: capitalised words, initials and the
// particles of Arabic, Dutch, Spanish… names.
const (
	nameWord = `(?:\p{Lu}\.|\p{Lu}[\p{L}'’.-]*\p{L}|\p{Lu}\p{Ll}*)`
	particle = `(?:al|el|bin|ibn|de|da|del|della|di|du|van|von|der|den|la|le|ter|dos|das|y|bint)`
	name     = nameWord + `(?:\s+(?:` + particle + `\s+)?` + nameWord + `){1,3}`
	// A list of several names ends in "and": in "Jane Doe, Associated Press"
	// the part after the comma is not a second author.
	nameList = `(` + name + `(?:(?:\s*,\s*` + name + `)*\s*,?\s+(?:and|&)\s+` + name + `)?)`
)

var (
	reName   = regexp.MustCompile(`^` + name + `$`)
	reByline = regexp.MustCompile(`^(?i:by|written by|words by|story by|text by|posted by|authored by|author|von|autor|autorin|par|por|di|door)\s*:?\s*` + nameList + `(?:\s*(?:([|,·•–—-]|\bfor\b|\bin\b|\bat\b))\s*(.{1,100}))?$`)
	// A byline by a single name or handle: "Written by Kristin", "Posted by BeauHD".
	// A handle may be lower-case when it has a digit or underscore ("devlin42").
	reHandleBy   = regexp.MustCompile(`^(?i:written by|posted by|authored by|author)\s*:?\s*(\p{Lu}[\p{L}\d_.-]{1,30}|[\p{Ll}\d_.-]*[\d_][\p{Ll}\d_.-]*)(?:\s*[|·•–—-]\s*(.{1,100}))?$`)
	rePostedBy   = regexp.MustCompile(`^(?i:posted|published|updated)?\s*(?i:on)?\s*(.{6,60}?)\s+(?i:by)\s+` + nameList + `$`)
	reAgencyBy   = regexp.MustCompile(`^(?i:by)\s+(\p{Lu}[\p{L}&.-]*(?:\s+\p{Lu}[\p{L}&.-]*){0,2})$`)
	reReporting  = regexp.MustCompile(`^(?i:(?:additional )?(?:reporting|writing|compiled|written|reported) by)\s`)
	reAgo        = regexp.MustCompile(`^(?i:(updated|published|posted|last updated)\s*:?\s*)?\d+\s+(?i:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?)\s+(?i:ago)$`)
	reCopyright  = regexp.MustCompile(`^(?i:copyright\s*(?:©|\(c\))?\s*\d{4}|(?:copyright\s*)?(?:©|\(c\))\s*(?:\d{4})?)(?:\s*[-–]\s*\d{4})?\s*[,.]?\s*(.{2,60}?)[.,]?\s*(?i:all rights reserved\.?)?$`)
	reDateline   = regexp.MustCompile(`^\p{Lu}[\p{Lu} .'-]{1,40}(?:,\s*[^()]{0,30})?\s*\(([^()]{2,40})\)\s*[-–—]`)
	reFooterDate = regexp.MustCompile(`^(\p{Lu}.{0,60}?)\s*(?:[—–|·•]|\s-)\s*(.{6,40})$`)
	// Outlet names: capitalised words (and the small words of "Times of
	// India"), no sentence punctuation at the end.
	reOutletName = regexp.MustCompile(`^[\p{Lu}\d][\p{L}\d&'’./-]*(?:\s+(?:of|the|and|for|on|de|del|di|du|des|da|do|la|le|el|der|die|das|von|van|las|los|am|im|dello|della|delle|dei|degli|dos|het|et|y|e|und|en|&|(?:(?:[ldLD]|[DdNnSs]ell|[DdAa]ll|[Ss]ull)['’])?[\p{Lu}\d][\p{L}\d&'’./-]*)){0,7}$`)
	// Roles that only journalists have: enough to call a closing "X is a …"
	// line an author box.
	reJournoRole = regexp.MustCompile(`(?i)\b(correspondent|editor|reporter|journalist|staff writer|columnist|contributor|contributing writer|freelance|freelancer|producer|bureau chief|newsroom|anchor|redakteur(in)?|korrespondent(in)?|journalist(in)?|reporter(in)?|rédact(eur|rice)|journaliste|correspondant(e)?|chroniqueu(r|se)|periodista|redactor(a)?|corresponsal|giornalista|redattore|redattrice|corrispondente|jornalista|repórter|correspondente|redacteur|verslaggever|correspondent)\b`)
	// Roles an author box may name once it is known to be one.
	reRoleWord = regexp.MustCompile(`(?i)\b(correspondent|editor|reporter|journalist|writer|columnist|contributor|author|producer|analyst|fellow|researcher|professor|staff|bureau chief|anchor|host|freelance|covers|covering|has covered|reported|newsroom|intern)\b`)
	// An author box's pointer to the author's accounts: "Follow her on
	// Twitter @janedoe".
	reSocial     = regexp.MustCompile(`(?i)\bfollow (?:him|her|them) (?:on|at)\b|(?:^|\s)@[A-Za-z0-9_]{2,}\b`)
	reReadOn     = regexp.MustCompile(`^(?i:continue reading|keep reading|read (?:the )?(?:full|original|complete) (?:story|article)|read more|originally published|first published)\s+(?i:on|at|in|by)\s+(.{2,60}?)\.?$`)
	reBio        = regexp.MustCompile(`^(` + name + `)(?:’s|'s)?\s+(?:is|was|has been|serves as|works as|covers|reports|writes|joined|previously|ist|war|arbeitet|schreibt|est|était|travaille|écrit|es|fue|trabaja|escribe|è|era|lavora|scrive|é|foi|trabalha|escreve|werkt|schrijft)\b`)
	reDatePrefix = regexp.MustCompile(`(?i)^(?:(first published|published|posted|last updated|updated|modified|date|dated|veröffentlicht|aktualisiert|zuletzt aktualisiert|stand|publié|mis à jour|publicado|actualizado|pubblicato|aggiornato|gepubliceerd|bijgewerkt)(?:\s+(?:on|am|le|el|il|em|op))?\s*:?\s*)?`)
)

// take reads a metadata line (byline, date line, outlet-and-date footer,
// copyright line) into m and reports whether the line is metadata only.
func (m *metadata) take(s string) bool {
	if len(s) > 200 {
		return false
	}
	// Cheap tests first: the regular expressions below cost more than all
	// the other cleaning together when tried on every line.
	lower := strings.ToLower(s)
	year := hasYear(s)
	by := strings.HasPrefix(lower, "by") || strings.HasPrefix(lower, "written") || strings.HasPrefix(lower, "posted") ||
		strings.HasPrefix(lower, "author") || strings.HasPrefix(lower, "von ") || strings.HasPrefix(lower, "autor") ||
		strings.HasPrefix(lower, "par ") || strings.HasPrefix(lower, "por ") || strings.HasPrefix(lower, "door ") ||
		strings.HasPrefix(lower, "di ")
	if strings.HasSuffix(lower, " ago") && reAgo.MatchString(s) {
		return true
	}
	// A press release's issuer, as the wire services close it: "SOURCE
	// Port Ellis Port Authority".
	if strings.HasPrefix(s, "SOURCE ") && len(s) < 100 {
		m.setSource(strings.TrimSpace(s[len("SOURCE "):]))
		return true
	}
	// An aggregator's pointer to the outlet it took the story from:
	// "Continue reading on The Daily Planet".
	if g := reReadOn.FindStringSubmatch(s); g != nil && reOutletName.MatchString(g[1]) {
		m.setSource(g[1])
		return true
	}
	if strings.Contains(s, "©") || strings.HasPrefix(lower, "(c)") || (strings.HasPrefix(lower, "copyright") && year) {
		if g := reCopyright.FindStringSubmatch(s); g != nil && reOutletName.MatchString(g[1]) {
			m.setSource(g[1])
			return true
		}
	}
	if year {
		if t, weak, ok := m.dateLine(s); ok {
			m.setDate(t, weak)
			return true
		}
	}
	if by || strings.Contains(lower, " by ") {
		if g := reByline.FindStringSubmatch(s); g != nil {
			tail := strings.TrimSpace(g[3])
			if tail == "" || m.takeBylineTail(g[2], tail) {
				names := g[1]
				// "By CARLOS MENDEZ Associated Press": the wire's capitals
				// set the name apart from its agency.
				if name, agency := shoutedName(names); agency != "" && reOutletName.MatchString(agency) {
					names = name
					m.setSource(agency)
				}
				m.firstAuthors(splitNames(names)...)
				return true
			}
		}
		if g := reHandleBy.FindStringSubmatch(s); g != nil && (g[2] == "" || wordCount(g[2]) <= 14 && !endsSentence(g[2])) {
			m.firstAuthors(g[1])
			if t, _, ok := findDate(g[2]); ok {
				m.setDate(t, false)
			}
			return true
		}
		if g := reAgencyBy.FindStringSubmatch(s); g != nil && !isStopish(g[1]) {
			m.setSource(g[1])
			return true
		}
		if year {
			if g := rePostedBy.FindStringSubmatch(s); g != nil {
				if t, weak, ok := m.dateLine(g[1]); ok {
					m.setDate(t, weak)
					m.firstAuthors(splitNames(g[2])...)
					return true
				}
			}
		}
		if reReporting.MatchString(s) && m.takeCredits(s) {
			return true
		}
	}
	if year {
		if g := reFooterDate.FindStringSubmatch(s); g != nil {
			t, weak, ok := m.dateLine(g[2])
			outlet := undouble(strings.TrimSpace(g[1]))
			if ok && reOutletName.MatchString(outlet) && !strings.ContainsAny(outlet, ".?!") && !hasDateWord(outlet) {
				m.setSource(outlet)
				m.setDate(t, weak)
				return true
			}
		}
	}
	return false
}

// shoutedName splits "CARLOS MENDEZ Associated Press" into the name in
// capitals and what follows it; agency is "" unless two or more capitalised
// words are followed by words in title case.
func shoutedName(s string) (name, agency string) {
	ws := strings.Fields(s)
	k := 0
	for k < len(ws) && len([]rune(ws[k])) > 1 && strings.ToUpper(ws[k]) == ws[k] && strings.ToLower(ws[k]) != ws[k] {
		k++
	}
	if k < 2 || k == len(ws) {
		return s, ""
	}
	return strings.Join(ws[:k], " "), strings.Join(ws[k:], " ")
}

// hasYear reports four digits in a row, the year every full date carries.
func hasYear(s string) bool {
	run := 0
	for i := 0; i < len(s); i++ {
		if s[i] >= '0' && s[i] <= '9' {
			if run++; run == 4 {
				return true
			}
		} else {
			run = 0
		}
	}
	return false
}

// takeBylineTail reads what follows the names of a byline: an outlet after
// "|" or "for", a date, a place after "in"; it reports false when the tail
// is something else, such as the rest of a sentence ("By Tuesday, …").
func (m *metadata) takeBylineTail(sep, tail string) bool {
	if t, weak, ok := m.dateLine(tail); ok {
		m.setDate(t, weak)
		return true
	}
	// After a bar or a dot, page bylines carry a date, a reading time or a
	// category: "by Jane Doe | SEO | 8 min read", "by Amanda · Dec 20, 2025 · 3 comments".
	if strings.ContainsAny(sep, "|·•") {
		if wordCount(tail) > 14 || endsSentence(tail) {
			return false
		}
		if t, _, ok := findDate(tail); ok {
			m.setDate(t, false)
		}
		return true
	}
	words := strings.Fields(tail)
	if len(words) > 6 || strings.ContainsAny(tail, "?!") {
		return false
	}
	switch strings.ToLower(sep) {
	case "in", "at":
		return true // a place or desk: "By Jane Doe in Santiago"
	}
	if reRoleWord.MatchString(tail) {
		return true // "By Jane Doe, Senior Correspondent"
	}
	if g := reFooterDate.FindStringSubmatch(tail); g != nil {
		if t, weak, ok := m.dateLine(g[2]); ok && reOutletName.MatchString(g[1]) {
			m.setSource(g[1])
			m.setDate(t, weak)
			return true
		}
	}
	if reOutletName.MatchString(tail) {
		// "Von Lukas Brändli, Zürich": one word after a comma that names
		// no masthead and is no agency's initials is where the author
		// writes from
		if strings.TrimSpace(sep) == "," && len(words) == 1 && !masthead(tail) && strings.ToUpper(tail) != tail && !wireNames[strings.ToLower(tail)] {
			return true
		}
		m.setSource(tail)
		return true
	}
	return false
}

// wireNames are agencies a byline names in one word ("By Jane Doe,
// Reuters").
var wireNames = map[string]bool{"reuters": true, "bloomberg": true, "xinhua": true, "anadolu": true, "kyodo": true,
	"yonhap": true, "interfax": true, "tass": true, "belga": true, "lusa": true, "ansa": true, "efe": true, "europa": true}

// takeCredits reads "Reporting by A and B; Editing by C": the reporters
// and writers are the authors, editors are not.
func (m *metadata) takeCredits(s string) bool {
	var names []string
	for _, part := range strings.Split(s, ";") {
		part = strings.TrimSpace(part)
		i := strings.Index(strings.ToLower(part), " by ")
		if i < 0 {
			return false
		}
		role := strings.ToLower(part[:i])
		list := strings.TrimRight(strings.TrimSpace(part[i+4:]), ".")
		// "Reporting by Jane Doe in Nairobi": drop the place.
		if j := strings.Index(list, " in "); j > 0 {
			list = list[:j]
		}
		ns := splitNames(list)
		for _, n := range ns {
			if !reName.MatchString(n) {
				return false
			}
		}
		if strings.Contains(role, "reporting") || strings.Contains(role, "writing") || strings.Contains(role, "written") || strings.Contains(role, "reported") {
			names = append(names, ns...)
		}
	}
	m.addAuthors(names...)
	return true
}

func splitNames(list string) []string {
	list = titleCaseShouting(list)
	list = strings.ReplaceAll(list, " & ", ", ")
	list = strings.ReplaceAll(list, ", and ", ", ")
	list = strings.ReplaceAll(list, " and ", ", ")
	var out []string
	for _, n := range strings.Split(list, ",") {
		if n = strings.TrimSpace(n); n != "" {
			out = append(out, n)
		}
	}
	return out
}

// isStopish rejects "By Tuesday", "By Then" as agency bylines.
func isStopish(s string) bool {
	switch strings.ToLower(strings.Fields(s)[0]) {
	case "then", "now", "contrast", "comparison", "far", "the", "a", "an", "this", "that", "monday", "tuesday",
		"wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april",
		"may", "june", "july", "august", "september", "october", "november", "december", "law", "default",
		"design", "definition", "mistake", "chance", "nature", "night", "day", "noon", "midnight", "phone", "email":
		return true
	}
	return false
}

// undouble turns "Daily Star Daily Star" into "Daily Star".
func undouble(s string) string {
	if h, ok := doubled(s); ok {
		return h
	}
	if w := strings.Fields(s); len(w) == 2 && strings.EqualFold(w[0], w[1]) {
		return w[0]
	}
	return s
}

// isAuthor: name is one of the authors the byline gave.
func (m *metadata) isAuthor(name string) bool {
	for _, a := range m.authors {
		if strings.EqualFold(a, name) {
			return true
		}
	}
	return false
}

// isAuthorBio reports a short "<Author> is a …" line naming one of the
// article's authors with a writer's role.
func (m *metadata) isAuthorBio(s string) bool {
	if len(s) > 400 || len(m.authors) == 0 {
		return false
	}
	g := reBio.FindStringSubmatch(s)
	if g == nil || attributed(s) {
		return false
	}
	for _, a := range m.authors {
		if strings.EqualFold(a, g[1]) {
			return reJournoRole.MatchString(s) || reRoleWord.MatchString(s)
		}
	}
	return false
}

// markBioBlock removes the author boxes that close many pages: a name on a
// line of its own followed by "<Name> is/was … correspondent/editor …", or
// such a sentence alone, with nothing but more bios and page chrome after
// them. The names become the authors when no byline gave any.
func markBioBlock(lines []line, m *metadata) {
	start := len(lines)
	var names, bios []string
	for i := len(lines) - 1; i >= 0; i-- {
		l := &lines[i]
		if l.kind != body {
			continue
		}
		if isAboutAuthor(l.text) {
			start = i
			continue
		}
		g := reBio.FindStringSubmatch(l.text)
		if g == nil || len(l.text) > 1500 || attributed(l.text) || !personName(g[1]) {
			break
		}
		// The name line that heads the bio, possibly behind chrome.
		nameLine := -1
		for j := i - 1; j >= 0; j-- {
			if lines[j].kind != body {
				continue
			}
			if strings.EqualFold(lines[j].text, g[1]) {
				nameLine = j
			}
			break
		}
		head := firstChars(l.text, 300)
		if !reJournoRole.MatchString(head) && !(reRoleWord.MatchString(head) && (nameLine >= 0 || start < len(lines) || reSocial.MatchString(l.text) || m.isAuthor(g[1]))) {
			break
		}
		start = i
		names = append([]string{g[1]}, names...)
		bios = append(bios, l.text)
		if nameLine >= 0 {
			start, i = nameLine, nameLine
		}
	}
	if len(names) == 0 {
		return
	}
	for i := start; i < len(lines); i++ {
		if lines[i].kind == body {
			lines[i].kind = removed
		}
	}
	if len(m.authors) == 0 {
		m.addAuthors(names...)
	}
	// the masthead above the text, read later, names the outlet better
	// than a bio's shortened "the Observer's correspondent"
	if m.bioSource == "" {
		m.bioSource = bioOutlet(bios)
	}
}

var (
	// "Senior Editor in the Central Newsroom at Outlet", "a reporter for Outlet".
	reRoleAt = regexp.MustCompile(`\b(?i:correspondent|editor|reporter|journalist|writer|columnist|contributor|producer|chief|anchor|newsroom)\b[^.;]{0,60}?\b(?:at|for|with)\s+((?:the\s+)?\p{Lu}[\p{L}\d/&.'’-]*(?:\s+(?:of\s+)?\p{Lu}[\p{L}\d/&.'’-]*){0,4})`)
	// "Outlet's China correspondent".
	reOutletRole = regexp.MustCompile(`(\p{Lu}[\p{L}\d/&.-]*(?:\s+\p{Lu}[\p{L}\d/&.-]*){0,3})['’]s\s+(?:[\p{L}-]+\s+){0,4}(?i:correspondent|editor|reporter|journalist|writer|columnist|contributor|producer|anchor)\b`)
)

// bioOutlet reads the outlet an author box names ("… editor at Outlet",
// "Outlet's … correspondent") in its first sentence (later ones tell of
// past employers): the one named by most bios, or "".
func bioOutlet(bios []string) string {
	count := map[string]int{}
	best, bestN := "", 0
	for _, b := range bios {
		if ss := nlp.Sentences("", b); len(ss) > 0 {
			b = ss[0].Text
		}
		seen := map[string]bool{}
		for _, re := range []*regexp.Regexp{reRoleAt, reOutletRole} {
			for _, g := range re.FindAllStringSubmatch(firstChars(b, 400), -1) {
				o := strings.TrimRight(g[1], ".’'")
				if seen[o] || !reOutletName.MatchString(o) {
					continue
				}
				seen[o] = true
				count[o]++
				if count[o] > bestN {
					best, bestN = o, count[o]
				}
			}
		}
	}
	return best
}

func isAboutAuthor(s string) bool {
	switch key(s) {
	case "about the author", "about the authors", "about the writer", "about the reporter", "author",
		"authors", "contributors", "the author", "written by", "author bio", "author information":
		return true
	}
	return false
}

func firstChars(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return s[:n]
}

// chooseTitle picks the headline among the first body lines and marks it.
// A short section label ("What's Happening?") that is one of a series of
// such subheadings in the text is left as a subheading; a one-to-three word
// kicker above a headline ("Politics") is removed.
func chooseTitle(lines []line, m *metadata) string {
	var kept []int
	for i := range lines {
		if lines[i].kind == body {
			kept = append(kept, i)
			if len(kept) == 3 {
				break
			}
		}
	}
	if len(kept) <= 1 {
		return "" // a text of one line is that line, not a headline over nothing
	}
	if t := metaAnchoredTitle(lines); t >= 0 {
		// What stands above the headline is page furniture, unless prose.
		for i := 0; i < t; i++ {
			if lines[i].kind == body && !isProse(lines[i].text) {
				lines[i].kind = removed
			}
		}
		lines[t].kind = title
		return splitOutlet(lines[t].text, m)
	}
	first := &lines[kept[0]]
	if h, ok := doubled(first.text); ok && headlineLike(h) {
		first.kind = removed
		first.removedAs = first.text[len(h)+1:]
		return splitOutlet(h, m)
	}
	// A line that a wrap continues is the start of a paragraph, not a headline.
	// (or two short sentences without a closing stop over a short line,
	// a masthead or a date: "Sisma nella notte, paura in Valnerina. Il
	// capo della Protezione civile: «Nessuna vittima»")
	isHead := func(k int) bool {
		t := lines[kept[k]].text
		twoPart := k == 0 && len(kept) > 1 && twoSentenceHeadline(t) && len(nlp.Sentences("", t)) == 2 && !strings.ContainsAny(lastRune(t), ".:;,") &&
			wordCount(lines[kept[1]].text) <= 6 && !endsSentence(lines[kept[1]].text)
		return (headlineLike(t) || twoPart) && (k+1 >= len(kept) || !continues(t, lines[kept[k+1]].text, !lines[kept[k+1]].blankBefore))
	}
	n := wordCount(first.text)
	if n <= 2 && shortLabel(first.text) && len(kept) >= 2 {
		next := &lines[kept[1]]
		if isHead(1) && wordCount(next.text) >= 4 {
			first.kind = removed
			next.kind = title
			return splitOutlet(next.text, m)
		}
	}
	if !isHead(0) {
		return ""
	}
	if n <= 4 && subheadingCount(lines) >= 3 {
		return "" // the text starts with its first subheading
	}
	first.kind = title
	return splitOutlet(first.text, m)
}

// metaAnchoredTitle finds the headline of a page whose scrape starts with
// leftovers: the first headline-like line among the few body lines just
// above the first byline or date line, when that comes before the prose.
// It returns -1 when there is no such line.
func metaAnchoredTitle(lines []line) int {
	for i, l := range lines {
		if l.kind == body && isProse(l.text) {
			// A headline of two short sentences right above its byline
			// ("The Senate did its job. Now the House must do its own.")
			if twoSentenceHeadline(l.text) && i+1 < len(lines) && lines[i+1].meta {
				return i
			}
			return -1
		}
		if !l.meta {
			continue
		}
		var window []int
		for j := i - 1; j >= 0 && len(window) < 4; j-- {
			if lines[j].kind == body {
				window = append(window, j)
			}
		}
		for k := len(window) - 1; k >= 0; k-- {
			j := window[k]
			t := lines[j].text
			// (the outlet's name right above its date line is no headline:
			// "Cobertura do estádio cede em pleno jogo. Número de feridos
			// sobe para 21" over "Diário do Pinhal" over the date)
			if j == i-1 && j > 0 && masthead(t) {
				continue
			}
			head := headlineLike(t) || twoSentenceHeadline(t) && !strings.ContainsAny(lastRune(t), ".:;,")
			if head && wordCount(t) >= 3 && !reName.MatchString(t) && !reNameInPlace.MatchString(t) {
				return j
			}
		}
		return -1
	}
	return -1
}

// twoSentenceHeadline: at most two short sentences, as an opinion page's
// headline is written.
// lastRune is the last character of s without spaces after it.
func lastRune(s string) string {
	s = strings.TrimSpace(s)
	r, _ := utf8.DecodeLastRuneInString(s)
	return string(r)
}

func twoSentenceHeadline(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	if !unicode.IsUpper(r) || wordCount(s) > 20 {
		return false
	}
	ss := nlp.Sentences("", s)
	if len(ss) > 2 {
		return false
	}
	// ("Nave in fiamme al largo della costa, duemila passeggeri fatti
	// salire sulle scialuppe. Nessun morto": thirteen words, then two)
	for _, x := range ss {
		if wordCount(x.Text) > 15 {
			return false
		}
	}
	return true
}

// splitOutlet reads "Headline | Outlet".
func splitOutlet(t string, m *metadata) string {
	i := strings.LastIndex(t, " | ")
	if i < 0 {
		return t
	}
	outlet := strings.TrimSpace(t[i+3:])
	if wordCount(outlet) <= 4 && reOutletName.MatchString(outlet) {
		m.setSource(outlet)
		return strings.TrimSpace(t[:i])
	}
	return t
}

// headlineLike: 2 to 30 words, capitalised, not ending like a sentence or
// a clause.
func headlineLike(s string) bool {
	n := wordCount(s)
	if n < 2 || n > 30 || len(s) > 250 {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s)
	if !unicode.IsUpper(r) && !unicode.IsDigit(r) && !strings.ContainsRune("\"'“‘«„‹", r) {
		return false
	}
	if len(nlp.Sentences("", s)) > 1 {
		return false
	}
	// A sentence may end inside its closing quote: `… "never before."`
	end := strings.TrimRight(s, "\"'”’)]")
	last, _ := utf8.DecodeLastRuneInString(end)
	switch last {
	case '.', ',', ';', ':':
		return strings.HasSuffix(end, "...")
	}
	return true
}

// subheadingCount counts short headline-like lines followed by a body
// paragraph: the headings of a sectioned text.
func subheadingCount(lines []line) int {
	n := 0
	prev := -1
	for i := range lines {
		if lines[i].kind != body {
			continue
		}
		if prev >= 0 {
			p := lines[prev].text
			if wordCount(p) <= 6 && headlineLike(p) && wordCount(lines[i].text) >= 12 {
				n++
			}
		}
		prev = i
	}
	return n
}

// wordCount counts space-separated words without allocating; lines are
// already whitespace-folded.
func wordCount(s string) int {
	n, in := 0, false
	for i := 0; i < len(s); i++ {
		if s[i] == ' ' || s[i] == '\n' || s[i] == '\t' {
			in = false
		} else if !in {
			in = true
			n++
		}
	}
	return n
}

// datelineSource reads the agency of a wire dateline that opens the body:
// "NAIROBI, Nov 7 (Reuters) - …", "CHISINAU, Moldova (AP) — …".
func datelineSource(lines []line) string {
	seen := 0
	for _, l := range lines {
		if l.kind != body {
			continue
		}
		if g := reDateline.FindStringSubmatch(l.text); g != nil && reOutletName.MatchString(g[1]) {
			// "ITAITUBA (PA) —", "MACAPÁ (AP) —": two capitals in a
			// paragraph written in no English are a state's, not an agency's
			if len(g[1]) == 2 && !strings.Contains(strings.ToLower(l.text), " the ") {
				return ""
			}
			return g[1]
		}
		if seen++; seen == 3 {
			break
		}
	}
	return ""
}

// reWireDateline is a press release's dateline: "PORT ELLIS, Nov. 5, 2025
// /PRNewswire/ --".
var reWireDateline = regexp.MustCompile(`^\p{Lu}[\p{Lu} .,'’-]{1,60},\s+(.{6,40}?)\s*/\s*(?:PRNewswire|PR Newswire|Business Wire|GLOBE NEWSWIRE|Globe Newswire|ACCESSWIRE|EINPresswire|PRWeb|Newswire)[^/]{0,20}/\s*[-–—]`)

// wireDate reads the date of a press release's dateline in the first
// paragraphs.
func wireDate(lines []line) crossread.Timestamp {
	seen := 0
	for _, l := range lines {
		if l.kind != body {
			continue
		}
		if g := reWireDateline.FindStringSubmatch(l.text); g != nil {
			if t, _, ok := findDate(g[1]); ok {
				return t
			}
		}
		if seen++; seen == 3 {
			break
		}
	}
	return crossread.Timestamp{}
}

// markAboutBlock removes the boilerplate that closes a press release: an
// "About <Org>" heading among the last paragraphs whose next paragraph
// names the same organisation, and what follows it.
func markAboutBlock(lines []line) {
	bodyAfter := 0
	for i := len(lines) - 1; i >= 0 && bodyAfter <= 4; i-- {
		l := lines[i]
		if l.kind != body {
			continue
		}
		if !strings.HasPrefix(l.text, "About ") || wordCount(l.text) > 9 || endsSentence(l.text) {
			bodyAfter++
			continue
		}
		org := strings.TrimPrefix(strings.TrimPrefix(l.text[len("About "):], "the "), "The ")
		next := -1
		for j := i + 1; j < len(lines); j++ {
			if lines[j].kind == body {
				next = j
				break
			}
		}
		if next < 0 || !strings.Contains(lines[next].text, org) {
			continue
		}
		for j := i; j < len(lines); j++ {
			if lines[j].kind == body {
				lines[j].kind = removed
			}
		}
		return
	}
}

// headerDate finds the publication date of a scrape whose date shares a
// line with other things ("By Jane Doe · Dec 17, 2025 · 6 min read"): the
// first full date on a short line above the first paragraph of prose.
func headerDate(lines []line) crossread.Timestamp {
	for i, l := range lines {
		if i >= 60 || (l.kind == body && isProse(l.text)) {
			break
		}
		if wordCount(l.text) > 20 || !hasYear(l.text) {
			continue
		}
		if t, _, ok := findDate(l.text); ok {
			return t
		}
	}
	return crossread.Timestamp{}
}

// Dates.

// monthRe is a month's name in English or in the main European languages
// (monthNum reads them all): "21 de octubre de 2026", "6. März 2025".
const monthRe = `(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|` +
	`enero|febrero|marzo|abril|mayo|junio|julio|agosto|sep?tiembre|octubre|noviembre|diciembre|` +
	`janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[ûu]t|septembre|octobre|novembre|d[ée]cembre|` +
	`januar|j[äa]nner|februar|m[äa]rz|maerz|juni|juli|oktober|dezember|` +
	`gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre|` +
	`janeiro|fevereiro|mar[çc]o|maio|junho|julho|setembro|outubro|novembro|dezembro|` +
	`januari|februari|maart|mei|augustus|` +
	// abbreviated: "21 fev 2027", "3 janv. 2027", "12 okt 2027"
	`fev|abr|ago|set|out|dez|ene|dic|gen|mag|giu|lug|ott|okt|mrt|janv|f[ée]vr|avr|juil|d[ée]c)\.?`

// foreignMonths numbers the non-English names monthRe accepts.
var foreignMonths = map[string]int{
	"enero": 1, "febrero": 2, "marzo": 3, "abril": 4, "mayo": 5, "junio": 6, "julio": 7, "agosto": 8,
	"septiembre": 9, "setiembre": 9, "octubre": 10, "noviembre": 11, "diciembre": 12,
	"janvier": 1, "février": 2, "fevrier": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6, "juillet": 7,
	"août": 8, "aout": 8, "septembre": 9, "octobre": 10, "novembre": 11, "décembre": 12, "decembre": 12,
	"januar": 1, "jänner": 1, "janner": 1, "februar": 2, "märz": 3, "marz": 3, "maerz": 3, "juni": 6,
	"juli": 7, "oktober": 10, "dezember": 12,
	"gennaio": 1, "febbraio": 2, "aprile": 4, "maggio": 5, "giugno": 6, "luglio": 7, "settembre": 9,
	"ottobre": 10, "dicembre": 12,
	"janeiro": 1, "fevereiro": 2, "março": 3, "marco": 3, "maio": 5, "junho": 6, "julho": 7, "setembro": 9,
	"outubro": 10, "novembro": 11, "dezembro": 12,
	"januari": 1, "februari": 2, "maart": 3, "mei": 5, "augustus": 8,
	"fev": 2, "abr": 4, "ago": 8, "set": 9, "out": 10, "dez": 12, "ene": 1, "dic": 12, "gen": 1, "mag": 5, "giu": 6, "lug": 7,
	"ott": 10, "okt": 10, "mrt": 3, "janv": 1, "févr": 2, "fevr": 2, "avr": 4, "juil": 7, "déc": 12,
}

var (
	reISO = regexp.MustCompile(`(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?`)
	reMDY = regexp.MustCompile(`(?i)\b` + monthRe + `\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b`)
	// Numeric dates: "19/12/2025", "23.07.2025", "2025.12.17".
	reNumDate = regexp.MustCompile(`\b(\d{1,2})([./-])(\d{1,2})[./-](\d{4})\b|\b(\d{4})[./](\d{1,2})[./](\d{1,2})\b`)
	reDMY     = regexp.MustCompile(`(?i)\b(\d{1,2})(?:st|nd|rd|th|\.|º)?\s+(?:of\s+|de\s+)?` + monthRe + `,?\s+(?:de\s+|del\s+)?(\d{4})\b`)
	// The Brazilian papers' dotted form, without spaces: "9.mar.2027".
	reDottedDMY = regexp.MustCompile(`(?i)\b(\d{1,2})\.` + monthRe + `(\d{4})\b`)
	// What may surround a date on a date line: weekdays, times, zones.
	reDateNoise = regexp.MustCompile(`(?i)\b\d{1,3} ?min(ute)?s? read\b|\b(mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(day|sday|nesday|rsday|urday)?\b\.?|\b(?:lunes|martes|mi[ée]rcoles|jueves|viernes|s[áa]bado|domingo|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonnabend|sonntag|luned[ìi]|marted[ìi]|mercoled[ìi]|gioved[ìi]|venerd[ìi]|sabato|domenica|segunda|ter[çc]a|quarta|quinta|sexta|feira|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)(?:$|[\s,.-])|\b(?:ma|di|wo|do|vr|za|zo|mo|mi|fr|sa|so|lun|mar|mer|jeu|ven|sam|dim|mi[ée]|jue|vie|s[áa]b|dom|gio|seg|ter|qua|qui|sex)\.?(?:$|[\s,])|\b\d{1,2}[:.]\d{2}(?:[:.]\d{2})?\s*(?:[ap]\.?\s?m\.?)?|\b\d{1,2}\s*[ap]\.?\s?m\.?|(?:\b(?:utc|gmt|bst|cet|cest|est|edt|cst|cdt|mst|mdt|pst|pdt|ist|msk|jst|aest)\b|(?-i:\b[A-Z]{1,3}T\b))(?:\s*[+-]\s*\d{1,2}(?::?\d{2})?)?|\bat\b|\bon\b|\band\b|\bupdated\b|\bpublished\b|\blast\b|\buhr\b|\buur\b|\bheures?\b|\bore\b|\bh[áa]\s+\d+\s+(?:horas?|minutos?|dias?)\b|\batualizado\b|\bactualizado\b|\bh\b|\bum\b|\bam\b|\ble\b|(?:^|\s)à(?:\s|$)|\b\d{1,2}\s?h\s?\d{2}\b|\ba las\b|\balle\b|(?:^|\s)às(?:\s|$)|\bom\b|\bhoras?\b|\bhs\b|[,|·•:;()\[\]/–—-]`)
)

// reDatePlace is a place set before a date line's date, as some papers
// write it: "Madrid - 08 mar 2027".
// ("Milano, 7 mag 2027 - 11:20": or a comma after it)
var reDatePlace = regexp.MustCompile(`^\p{Lu}[\p{L}'’.]+(?:\s\p{Lu}[\p{L}'’.]+)?(?:\s[-–]\s|,\s)`)

var englishDateLabels = map[string]bool{"first published": true, "published": true, "posted": true,
	"last updated": true, "updated": true, "modified": true, "date": true, "dated": true}

// dateLine reports whether s is a date line ("Published November 6, 2025",
// "Thu 6 Nov 2025 14.02 GMT", "2025-11-07T10:00:00Z") and returns the date.
// weak is set for "Updated …" lines.
func dateLine(s string) (crossread.Timestamp, bool, bool) { return dateLineIn(s, false) }

// dateLine is dateLine for a text whose numeric dates are read day first
// when m.dayFirst says its language writes them so ("12/10/2027" in a
// Dutch article is 12 October).
func (m *metadata) dateLine(s string) (crossread.Timestamp, bool, bool) {
	return dateLineIn(s, m.dayFirst)
}

// dateLineIn is dateLine, numeric dates read day first if dayFirst.
func dateLineIn(s string, dayFirst bool) (crossread.Timestamp, bool, bool) {
	if len(s) > 120 {
		return crossread.Timestamp{}, false, false
	}
	// "Madrid - 08 mar 2027 - 19:05 CET": a place before the date
	if g := reDatePlace.FindStringIndex(s); g != nil {
		s = s[g[1]:]
	}
	prefix := reDatePrefix.FindStringSubmatch(s)
	rest := s[len(prefix[0]):]
	weak := false
	for _, w := range []string{"updated", "modified", "aktualisiert", "stand", "mis à jour", "actualizado", "aggiornato", "bijgewerkt"} {
		weak = weak || strings.Contains(strings.ToLower(prefix[1]), w)
	}
	// "Publié le 04/11/2025": a label in another language than English
	// says how its numbers read.
	label := strings.ToLower(prefix[1])
	dayFirst = dayFirst || label != "" && !englishDateLabels[label]
	t, loc, ok := findDateIn(rest, dayFirst)
	if !ok {
		return crossread.Timestamp{}, false, false
	}
	remainder := rest[:loc[0]] + " " + rest[loc[1]:]
	// A second date ("… Updated Nov 7, 2025") may follow the first.
	if _, loc2, ok2 := findDate(remainder); ok2 {
		remainder = remainder[:loc2[0]] + " " + remainder[loc2[1]:]
	}
	if strings.TrimSpace(reDateNoise.ReplaceAllString(remainder, " ")) != "" {
		return crossread.Timestamp{}, false, false
	}
	return t, weak, true
}

// findDate finds the first full date (with a year) in s.
func findDate(s string) (crossread.Timestamp, []int, bool) { return findDateIn(s, false) }

// findDateIn is findDate; dayFirst reads an ambiguous 04/11/2025 day
// first, as the languages other than English write it.
func findDateIn(s string, dayFirst bool) (crossread.Timestamp, []int, bool) {
	type cand struct {
		t   crossread.Timestamp
		loc []int
	}
	var best *cand
	if g := reISO.FindStringSubmatchIndex(s); g != nil {
		y, _ := strconv.Atoi(s[g[2]:g[3]])
		mo, _ := strconv.Atoi(s[g[4]:g[5]])
		d, _ := strconv.Atoi(s[g[6]:g[7]])
		if t, ok := mkDate(y, mo, d); ok {
			if g[8] >= 0 && g[14] >= 0 {
				if full, err := crossread.ParseTimestamp(strings.Replace(s[g[0]:g[1]], " ", "T", 1)); err == nil {
					t = full
				}
			}
			best = &cand{t, g[:2]}
		}
	}
	if g := reMDY.FindStringSubmatchIndex(s); g != nil && (best == nil || g[0] < best.loc[0]) {
		d, _ := strconv.Atoi(s[g[4]:g[5]])
		y, _ := strconv.Atoi(s[g[6]:g[7]])
		if t, ok := mkDate(y, monthNum(s[g[2]:g[3]]), d); ok {
			best = &cand{t, g[:2]}
		}
	}
	if g := reDMY.FindStringSubmatchIndex(s); g != nil && (best == nil || g[0] < best.loc[0]) {
		d, _ := strconv.Atoi(s[g[2]:g[3]])
		y, _ := strconv.Atoi(s[g[6]:g[7]])
		if t, ok := mkDate(y, monthNum(s[g[4]:g[5]]), d); ok {
			best = &cand{t, g[:2]}
		}
	}
	if g := reDottedDMY.FindStringSubmatchIndex(s); g != nil && (best == nil || g[0] < best.loc[0]) {
		d, _ := strconv.Atoi(s[g[2]:g[3]])
		y, _ := strconv.Atoi(s[g[6]:g[7]])
		if t, ok := mkDate(y, monthNum(s[g[4]:g[5]]), d); ok {
			best = &cand{t, g[:2]}
		}
	}
	if g := reNumDate.FindStringSubmatchIndex(s); g != nil && (best == nil || g[0] < best.loc[0]) {
		num := func(k int) int { v, _ := strconv.Atoi(s[g[2*k]:g[2*k+1]]); return v }
		var y, mo, d int
		if g[2] >= 0 {
			a, b := num(1), num(3)
			y = num(4)
			switch {
			case s[g[4]:g[5]] == "." || a > 12:
				d, mo = a, b // day first, as dotted dates always are
			case b > 12 || a == b:
				mo, d = a, b
			case dayFirst:
				d, mo = a, b
			}
		} else {
			y, mo, d = num(5), num(6), num(7)
		}
		if t, ok := mkDate(y, mo, d); ok {
			best = &cand{t, g[:2]}
		}
	}
	if best == nil {
		return crossread.Timestamp{}, nil, false
	}
	return best.t, best.loc, true
}

func mkDate(y, m, d int) (crossread.Timestamp, bool) {
	if y < 1900 || y > 2200 || m < 1 || m > 12 || d < 1 || d > 31 {
		return crossread.Timestamp{}, false
	}
	t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
	if t.Day() != d {
		return crossread.Timestamp{}, false // 31 November
	}
	return crossread.Timestamp{Time: t}, true
}

func monthNum(s string) int {
	s = strings.ToLower(strings.TrimSuffix(s, "."))
	if n := foreignMonths[s]; n > 0 {
		return n
	}
	if len(s) < 3 {
		return 0
	}
	switch s[:3] {
	case "jan":
		return 1
	case "feb":
		return 2
	case "mar":
		return 3
	case "apr":
		return 4
	case "may":
		return 5
	case "jun":
		return 6
	case "jul":
		return 7
	case "aug":
		return 8
	case "sep":
		return 9
	case "oct":
		return 10
	case "nov":
		return 11
	case "dec":
		return 12
	}
	return 0
}

// titleCaseShouting turns an all-capitals byline ("ELENA MARTÍNEZ") into
// "Elena Martínez"; mixed-case names are left as written.
func titleCaseShouting(s string) string {
	if strings.ToUpper(s) != s || strings.ToLower(s) == s {
		return s
	}
	b := []rune(strings.ToLower(s))
	start := true
	for i, r := range b {
		if start && unicode.IsLetter(r) {
			b[i] = unicode.ToUpper(r)
		}
		start = !unicode.IsLetter(r) && r != '\'' && r != '’'
	}
	out := string(b)
	// Keep the conjunction lower-case: "Jane Doe And John Roe" is wrong.
	out = strings.ReplaceAll(out, " And ", " and ")
	return out
}

var reDateWord = regexp.MustCompile(`(?i)\b(` + monthRe + `|mon|tue|wed|thu|fri|sat|sun|monday|tuesday|wednesday|thursday|friday|saturday|sunday|\d+)\b`)

// hasDateWord reports a month, a weekday or a number: the part before a
// dash was then the start of a date range, not an outlet.
func hasDateWord(s string) bool { return reDateWord.MatchString(s) }

// TrailingBio splits off the author box that closes an extracted article's
// text ("Ana Berg is the Daily Planet's Europe correspondent. Follow her on
// X."): the box markBioBlock removes from plain-text scrapes, for
// extractors that keep the paragraphs of a page's article element, where
// the box often sits. Paragraphs are separated by blank lines. It returns
// the text without the box and the box's paragraphs; the text unchanged
// and nil when none closes it.
func TrailingBio(text string) (string, []string) {
	paras := strings.Split(strings.TrimRight(text, "\n"), "\n\n")
	// author boxes are a few paragraphs at most: look at the last ones only
	from := max(0, len(paras)-4)
	lines := make([]line, 0, len(paras)-from)
	for _, p := range paras[from:] {
		lines = append(lines, line{text: strings.Join(strings.Fields(p), " ")})
	}
	var m metadata
	markBioBlock(lines, &m)
	cut := len(lines)
	for cut > 0 && lines[cut-1].kind == removed {
		cut--
	}
	if cut == len(lines) || cut == 0 {
		return text, nil // no box, or nothing but one: keep the text
	}
	return strings.Join(paras[:from+cut], "\n\n"), paras[from+cut:]
}
