package textclean

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// shortLabel reports a line of one to three words without terminal
// punctuation: a menu item, section name, tag or place.
func shortLabel(s string) bool {
	if len(s) > 40 || wordCount(s) > 3 {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(s)
	return !strings.ContainsRune(".!?:;,\"”’)", last)
}

// markTopMenu removes the menu that heads many scrapes: a run of at least
// three short labels (among chrome lines) before the first real line. When
// a body paragraph follows the run at once, its last label may be the
// headline and is left to chooseTitle.
func markTopMenu(lines []line) {
	var labels []int
	end := 0
	for end < len(lines) && (lines[end].kind != body || shortLabel(lines[end].text)) {
		if lines[end].kind == body {
			labels = append(labels, end)
		}
		end++
	}
	if len(labels) < 3 {
		return
	}
	if end < len(lines) && !headlineLike(lines[end].text) {
		labels = labels[:len(labels)-1]
	}
	for _, i := range labels {
		lines[i].kind = removed
	}
}

// listHeading is a chrome line that introduces a list of links or tags.
var listHeading = regexp.MustCompile(`^(related|related topics|related articles|related stories|related content|related coverage|related news|more on this story|more from|more stories|more news|top stories|most read|most popular|most viewed|trending|trending now|topics|tags|suggested topics|recommended|recommended for you|you may also like|you might also like|latest|latest news|latest stories|read more|more|also read|read also|explore more|explore more on these topics|more on these topics|editor's picks|in other news|what to read next|read next|next up|up next|further reading|recommended reading|related reading|see also|don't miss|most shared|share this|mehr zum thema|mehr dazu|weitere artikel|auch interessant|das könnte sie auch interessieren|lesen sie auch|sur le même sujet|à lire aussi|a lire aussi|lire aussi|voir aussi|noticias relacionadas|más noticias|te puede interesar|lee también|lea también|leggi anche|leia também|veja também|lees ook|meer over)$`)

// markTailLists removes what follows the article at the end of a page: the
// links and tags under a "Related"/"Topics"/"More on this story" heading,
// and runs of short labels among chrome lines. Only lines that do not end
// like a sentence are touched, and only after the last one that does.
func markTailLists(lines []line) {
	start := len(lines)
	for start > 0 {
		l := lines[start-1]
		if l.kind == body && !linkLike(l.text) {
			break
		}
		start--
	}
	tail := lines[start:]
	listFrom := -1
	shortCount := 0
	for i, l := range tail {
		if l.kind == removed && listFrom < 0 && listHeading.MatchString(key(l.text)) {
			listFrom = i
		}
		if l.kind == body && shortLabel(l.text) {
			shortCount++
		}
	}
	for i := range tail {
		l := &tail[i]
		if l.kind != body {
			continue
		}
		if (listFrom >= 0 && i > listFrom) || (shortLabel(l.text) && len(tail) >= 3 && shortCount >= 2) {
			l.kind = removed
		}
	}
}

// linkLike reports a line that reads like a headline link or a label: up
// to 15 words, not ending like a sentence.
func linkLike(s string) bool {
	if wordCount(s) > 15 {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(s)
	return !strings.ContainsRune(".!?\"”’)", last)
}

// reOutletInPlace is an outlet's or agency's byline with its bureau:
// "Reuters in Lima", "BBC News, Lima".
var reOutletInPlace = regexp.MustCompile(`^(\p{Lu}[\p{L}&.'’-]*(?:\s+\p{Lu}[\p{L}&.'’-]*){0,2})(?:\s+in|,)\s+\p{Lu}[\p{L}'’. -]{1,30}$`)

// reNameInPlace is a byline without "By": "Lucía Fernández in Santiago".
var reNameInPlace = regexp.MustCompile(`^` + nameList + `\s+in\s+\p{Lu}[\p{L}'’. -]{1,40}$`)

// markHeader reads the lines between the headline and the first sentence
// of the body: a name on its own line or "<Name> in <Place>" is the byline,
// and other short labels there (a place, a section) are page furniture.
func markHeader(lines []line, m *metadata) {
	i := 0
	for i < len(lines) && lines[i].kind != title {
		i++
	}
	for i++; i < len(lines); i++ {
		l := &lines[i]
		if l.kind != body {
			continue
		}
		if g := reNameInPlace.FindStringSubmatch(l.text); g != nil && allPersonNames(splitNames(g[1])) {
			l.kind = removed
			m.firstAuthors(splitNames(g[1])...)
			continue
		}
		// An agency or outlet with its bureau: "Reuters in Lima", "BBC
		// News, Lima".
		if g := reOutletInPlace.FindStringSubmatch(l.text); g != nil && !personName(g[1]) && reOutletName.MatchString(g[1]) {
			l.kind = removed
			if m.source == "" {
				m.setSource(g[1])
			}
			continue
		}
		// A masthead of five words or six ("Corriere dello Sport del Sud")
		// is no sentence either.
		if n := wordCount(l.text); n > 4 && n <= 8 && !endsSentence(l.text) && masthead(l.text) && removedAt(lines, i+1) {
			l.kind = removed
			if m.source == "" {
				m.setSource(l.text)
			}
			continue
		}
		if wordCount(l.text) > 4 || endsSentence(l.text) {
			// an opinion page introduces its author before the text:
			// "Laura Chen is a former State Department official and a
			// columnist."
			if m.isAuthorBio(l.text) {
				l.kind = removed
				continue
			}
			if endsSentence(l.text) || !linkLike(l.text) {
				return // the body has begun
			}
			continue // a standfirst without a full stop
		}
		// A short line that sits next to other furniture (share buttons, a
		// date line) is a byline name or a place; otherwise it may be a
		// first subheading and stays.
		if !removedAt(lines, i-1) && !removedAt(lines, i+1) {
			continue
		}
		l.kind = removed
		// "Cambridge Daily Ledger" on its own line is the masthead, not
		// a byline.
		if masthead(l.text) {
			if m.source == "" {
				m.setSource(l.text)
			}
			continue
		}
		if personName(l.text) {
			m.firstAuthors(titleCaseShouting(l.text))
		}
	}
}

// masthead: s is a newspaper's or an agency's name on its own line: written
// as a masthead is, and either holding a word mastheads are made of or
// opening on an article before two names ("El Centinela del Sur"), which
// no person's name does.
func masthead(s string) bool {
	// "Agencia Colombiana de Prensa (ACP)": the name, then its initials;
	// "dnp Deutscher Nachrichtenpool": its initials in lower case first
	if g := reInitialsAfter.FindStringIndex(s); g != nil && g[0] > 0 {
		s = strings.TrimSpace(s[:g[0]])
	}
	if g := reInitialsBefore.FindStringIndex(s); g != nil && g[1] < len(s) {
		s = s[g[1]:]
	}
	// "Signal & Byte", "Markets & Money": names joined by an ampersand
	// are a firm's or a title's, no person's
	if reAmpersandName.MatchString(s) {
		return true
	}
	if !mastheadName(s) {
		return false
	}
	if reMastheadWord.MatchString(s) || reMastheadCompound.MatchString(s) {
		return true
	}
	ws := strings.Fields(s)
	// "Het Oosterlicht", "Der Abend": an article no surname opens on,
	// before one name
	if len(ws) == 2 && reArticleNoSurname.MatchString(ws[0]) {
		r, _ := utf8.DecodeRuneInString(ws[1])
		return unicode.IsUpper(r)
	}
	if len(ws) < 3 || !reLeadingArticle.MatchString(ws[0]) {
		return false
	}
	capital := 0
	for _, w := range ws[1:] {
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsUpper(r) {
			capital++
		}
	}
	return capital >= 2
}

// reAmpersandName: two or three capitalised words joined by "&".
var reAmpersandName = regexp.MustCompile(`^\p{Lu}[\p{L}'’]+(?: \p{Lu}[\p{L}'’]+)? & \p{Lu}[\p{L}'’]+(?: \p{Lu}[\p{L}'’]+)?$`)

// reInitialsAfter: an outlet's initials in brackets after its name.
var reInitialsAfter = regexp.MustCompile(`\s\((?:\p{Lu}{2,6}|\p{Ll}{2,5})\)$`)

// reInitialsBefore: an outlet's initials in lower case before its name,
// a dash between them or not ("dnas – Deutscher Nachrichtendienst Süd"),
// or in capitals before a dash ("ANA – Alpenländische Nachrichtenagentur").
var reInitialsBefore = regexp.MustCompile(`^(?:\p{Ll}{2,4}(?:\s+[–—-])?|\p{Lu}{2,5}\s+[–—-])\s+`)

// reLeadingArticle: the articles a masthead opens on.
var reLeadingArticle = regexp.MustCompile(`^(?:The|El|La|Le|Les|Los|Las|Il|Lo|Der|Die|Das|Het|De|O|A|Os|As)$`)

// reArticleNoSurname: the articles a masthead opens on that open no
// person's name ("Le Pen", "De Vries", "La Torre" and "El Greco" are
// names).
var reArticleNoSurname = regexp.MustCompile(`^(?:The|Il|Der|Die|Das|Het|Les|Los|Las|Os|As)$`)

// mastheadName: s is written as a masthead is, its words capitalised
// but for linking words and, as French, Spanish and Italian papers write
// them, one or two adjectives ("Le Quotidien national", "Midi libre",
// "Le Dauphiné libéré").
func mastheadName(s string) bool {
	if reOutletName.MatchString(s) {
		return true
	}
	ws := strings.Fields(s)
	var kept []string
	lower := 0
	for i, w := range ws {
		if r, _ := utf8.DecodeRuneInString(w); i > 0 && unicode.IsLower(r) && len(w) > 3 && !reOutletLinkWord.MatchString(w) {
			lower++
			continue
		}
		kept = append(kept, w)
	}
	return lower > 0 && lower <= 2 && len(kept) >= 1 && reOutletName.MatchString(strings.Join(kept, " "))
}

// reOutletLinkWord: linking words reOutletName already lets through.
var reOutletLinkWord = regexp.MustCompile(`^(?:dello|della|delle|degli)$`)

// reMastheadWord: the words newspapers, agencies and broadcasters name
// themselves with, which no person's name holds.
var reMastheadWord = regexp.MustCompile(`(?i)\b(daily|times|news|post|herald|ledger|journal|tribune|gazette|chronicle|observer|review|press|telegraph|courier|mail|express|progrès|progres|globe|monitor|bulletin|register|inquirer|examiner|dispatch|sentinel|mirror|weekly|radio|television|tv|magazine|agency|agencia|agence|agenzia|agentur|agência|persbureau|newswire|world|report|wire|today|online|insider|digest|watch|standard|independent|guardian|media|network|zeitung|nachrichten|rundschau|diario|periódico|journal|quotidien|giornale|gazzetta|jornal|krant|dagblad|courrier|matin|soir|dépêche|nouvelles|républicain|noticias|heraldo|prensa|correo|crónica|corriere|stampa|messaggero|mattino|notizie|folha|correio|notícias|eco|echo|echos|courant|nieuws|telegraaf|star|sun|bote|kurier|anzeiger|blatt|tagblatt|merkur|voz|quotidiano|pulse|ticker|dispatch|observador|osservatore|diário|gazzettino|omroep|info|gaceta|gazeta|gazet|centinela|portal|mundo|país|stadio|cronaca|sera|depesche|hebdo|dépêches|depeches|tempo|giorno|monde|figaro|parool|globo|bola|tiempo|temps|nación|nacion|razón|razon|repubblica|república|libération|croix|nouvelliste|informateur|nieuwsdienst|persdienst|voce|koerier|cronache|phare|allgemeine|messager|messenger|mensajero|mensageiro|presse|notiziario|noticiero|noticiario|informativo)\b|(?:^|\s|['’])[ÉéEe]chos?\b`)

// reMastheadCompound: German and Dutch papers write the masthead word into
// one word with the place or the time ("Tagesbote", "Donaukurier",
// "Abendblatt").
var reMastheadCompound = regexp.MustCompile(`(?i)\p{L}{3,}-?(zeitung|blatt|blad|bote|kurier|spiegel|anzeiger|rundschau|nachrichten|presse|merkur|echo|post|dagblad|krant|agentur|ticker|dienst|wire|news|nieuws|bode|depesche|bericht|bureau|agentschap|courant|koerier|press)\b|(?i:\b(?:nachrichten|presse)\p{L}{3,})|^(?-i:\p{Lu}\p{Ll}{2,}\p{Lu}\p{Ll}{2,})$`)

func removedAt(lines []line, i int) bool {
	return i >= 0 && i < len(lines) && lines[i].kind == removed
}

func endsSentence(s string) bool {
	last, _ := utf8.DecodeLastRuneInString(strings.TrimRight(s, "\"'”’)"))
	return last == '.' || last == '!' || last == '?'
}

// markMediaTitles removes the title of an embedded video or audio clip: a
// headline-like line right next to player residue ("02:31", "Listen",
// "please wait").
func markMediaTitles(lines []line) {
	media := make([]bool, len(lines))
	for i := range lines {
		media[i] = lines[i].kind == removed && isMedia(lines[i].text)
	}
	for i := range lines {
		l := &lines[i]
		if l.kind != body || !linkLike(l.text) || !headlineLike(l.text) {
			continue
		}
		if (i > 0 && media[i-1]) || (i+1 < len(lines) && media[i+1]) {
			l.kind = removed
		}
	}
}

// markCaptions removes a photo's caption: a short line right under a
// gallery counter ("Image 1 of 4") or right above an agency's credit
// ("Getty Images"), which frame it.
func markCaptions(lines []line) {
	for i := range lines {
		l := &lines[i]
		if l.kind != body || wordCount(l.text) > 30 || attributed(l.text) {
			continue
		}
		after := i > 0 && lines[i-1].kind == removed && reGalleryCounter.MatchString(key(lines[i-1].text))
		before := i+1 < len(lines) && lines[i+1].kind == removed && rePhotoCredit.MatchString(key(lines[i+1].text))
		if after || before {
			l.kind = removed
		}
	}
}

// titleCaseLabel reports a menu item: up to four words, each capitalised
// (small words and symbols aside), no sentence punctuation: "Robot
// Vacuums", "Home & Garden". Sentence-case list items ("Fast cycle
// times") are not menu items.
func titleCaseLabel(s string) bool {
	if len(s) > 48 || reListNumber.MatchString(s) {
		return false // menus do not number their items; lists in articles do
	}
	if !shortLabel(s) && !(wordCount(s) == 4 && len(s) <= 48 && !endsSentence(s)) {
		return false
	}
	for _, w := range strings.Fields(s) {
		r, _ := utf8.DecodeRuneInString(w)
		if unicode.IsLower(r) && !smallWords[w] {
			return false
		}
	}
	return true
}

var reListNumber = regexp.MustCompile(`^\(?\d{1,2}[.)]\s`)

var smallWords = set("a", "an", "and", "the", "of", "for", "in", "on", "to", "with", "at", "by", "or", "vs", "de")

// markMenuRuns removes menus and tag clouds wherever they are: four or more
// menu items in a row (page chrome between them does not break the run).
func markMenuRuns(lines []line) {
	var run []int
	flush := func() {
		if len(run) >= 4 {
			for _, i := range run {
				lines[i].kind = removed
			}
		}
		run = run[:0]
	}
	for i := range lines {
		switch {
		case lines[i].kind == removed:
		case lines[i].kind == body && titleCaseLabel(lines[i].text):
			run = append(run, i)
		default:
			flush()
		}
	}
	flush()
}

// markTopLinkLists removes the lists of headline links (teasers, "most
// read") that precede the article: three or more adjacent lines that read
// like headlines, before the first paragraph of prose. The headline and
// standfirst are at most two such lines, so they stay.
func markTopLinkLists(lines []line) {
	if hardWrapped(lines) {
		return // wrapped prose looks like a list of short lines
	}
	first := len(lines)
	furniture := 0
	for i, l := range lines {
		if l.kind == body && isProse(l.text) {
			first = i
			break
		}
		if l.kind == removed {
			furniture++
		}
	}
	// Only a page scrape has link lists above the article; a clean text
	// may open with a list of its own.
	if furniture < 2 {
		return
	}
	var run []int
	flush := func() {
		if len(run) >= 3 {
			for _, i := range run {
				lines[i].kind = removed
			}
		}
		run = run[:0]
	}
	for i := 0; i < first; i++ {
		l := lines[i]
		wrapped := i+1 < len(lines) && lines[i+1].kind == body && continues(l.text, lines[i+1].text, !lines[i+1].blankBefore)
		if l.kind == body && linkLike(l.text) && headlineLike(l.text) && !wrapped {
			run = append(run, i)
			continue
		}
		flush()
	}
	flush()
}

// markTopNavBars removes the section bars above the article: "World |
// Politics | Business | Tech", three or more short capitalised items
// between separators, before the first paragraph of prose. (Further down,
// such a line is as often a table row.)
func markTopNavBars(lines []line) {
	for i := range lines {
		l := &lines[i]
		if l.kind == body && isProse(l.text) {
			return
		}
		if l.kind == body && navBar(l.text) {
			l.kind = removed
		}
	}
}

func navBar(s string) bool {
	parts := strings.FieldsFunc(s, func(r rune) bool { return r == '|' || r == '•' || r == '·' })
	if len(parts) < 3 {
		return false
	}
	for _, p := range parts {
		p = strings.TrimSpace(p)
		r, _ := utf8.DecodeRuneInString(p)
		if p == "" || wordCount(p) > 3 || !unicode.IsUpper(r) || endsSentence(p) {
			return false
		}
	}
	return true
}

// isProse reports a line that is a paragraph of running text.
func isProse(s string) bool {
	n := wordCount(s)
	return n >= 25 || (n >= 12 && endsSentence(s))
}

// commentHeading introduces a reader-comment thread.
var commentHeading = regexp.MustCompile(`^(\d+ )?(comments?|responses?|replies|discussion|conversation|reader comments)( \(\d+\))?$|^(\d+ )+comments?$|^(leave|post|add|write) a (comment|reply)$|^(show|view|see|load|read) (all |more )?comments$|^join the (conversation|discussion)$`)

// markComments removes a reader-comment thread: from a comments heading to
// the last "Reply"/"Report"/"2h" marker, when at least two such markers
// show it really is a thread.
func markComments(lines []line) {
	// The heading nearest above the first marker: a "33 Comments" link
	// in the byline area is not where the thread starts.
	head, first := -1, -1
	for i, l := range lines {
		if l.kind != removed {
			continue
		}
		if commentHeading.MatchString(key(l.text)) {
			head = i
		} else if head >= 0 && commentMarker(l.text) {
			first = i
			break
		}
	}
	if first < 0 {
		return
	}
	last, markers := -1, 0
	for i := first; i < len(lines); i++ {
		if lines[i].kind == removed && commentMarker(lines[i].text) {
			last = i
			markers++
		}
	}
	// A thread is dense with markers; two stray ones far apart are not one.
	if markers < 2 || last-head > 12*markers || first-head > 12 {
		return
	}
	for i := head; i <= last; i++ {
		if lines[i].kind == body {
			lines[i].kind = removed
		}
	}
}

// reRelTime is a comment's age: "2mo", "3h", "5 days ago" (but not "26
// hours", which is as likely a battery life).
var reRelTime = regexp.MustCompile(`^\d{1,3} ?(s|m|h|d|w|mo|mos|y|yr|yrs|wk|wks)$|^\d{1,3} (min|mins|minutes?|hours?|hrs?|days?|weeks?|months?|years?) ago$`)

func commentMarker(s string) bool {
	k := key(s)
	switch k {
	case "reply", "replies", "report", "report this comment", "report comment", "report abuse", "flag", "upvote", "downvote":
		return true
	}
	return reRelTime.MatchString(k)
}

var rePersonName = regexp.MustCompile(`^(?:\p{Lu}\p{Ll}+(?:[-'’]\p{Lu}?\p{Ll}+)?|\p{Lu}\.)(?:\s+(?:` + particle + `\s+)?(?:\p{Lu}\p{Ll}+(?:[-'’]\p{Lu}?\p{Ll}+)?|\p{Lu}\.)){1,2}$`)

// personName reports a line shaped like a person's name on its own: two
// or three capitalised words ("Oddur Pétursson", "Mary-Jane O’Neil"), as
// bylines without "By" print it.
func personName(s string) bool { return rePersonName.MatchString(titleCaseShouting(s)) }

func allPersonNames(names []string) bool {
	for _, n := range names {
		if !personName(n) {
			return false
		}
	}
	return len(names) > 0
}
