package entity

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"crossread"
)

// A story-level check on the tagger's people. The tagger calls a lone
// capitalised word it has never seen a person far more often than it
// should: a capital standing for its government ("Astrakhan wants a closer
// relationship"), a scraped heading word. Writers introduce the people
// they write about: a title, a given name, a speech verb, an age, a
// pronoun. A lone word that nothing in the story shows to be a person is
// given the type its other mentions or the training gazetteer give it, or
// is no entity at all.

// speechVerbs after a name (or before one that closes the clause) show a
// person speaking.
var speechVerbs = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`said says told tells added adds wrote writes stated asked asks explained
		noted argued warned insisted replied claimed announced tweeted recalled admitted acknowledged declared
		continued answered responded testified urged stressed emphasized emphasised suggested conceded
		remarked complained predicted joked`) {
		m[w] = true
	}
	return m
}()

// givenNames are common given names; used alone they name a person the
// writer knows by first name ("Kevin was snoring"), a person all the same.
var givenNames = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`john james robert michael william david richard joseph thomas charles christopher
		daniel matthew anthony mark donald steven paul andrew joshua kenneth kevin brian george timothy ronald edward
		jason jeffrey ryan jacob gary nicholas eric jonathan stephen larry justin scott brandon benjamin samuel gregory
		alexander frank patrick raymond jack dennis jerry tyler aaron adam nathan henry douglas zachary peter kyle
		walter noah jeremy keith roger terry gerald harold sean carl arthur lawrence jesse bryan billy joe bruce
		albert alan juan wayne randy roy vincent ralph eugene russell bobby philip louis barack bill bernie mike
		mitch ted newt rudy chris tim jeb rand ben vladimir sergei dmitry mohammed muhammad ahmed ali omar hassan
		ibrahim mustafa emmanuel boris luis carlos pedro miguel jorge javier francisco antonio manuel giuseppe
		hans klaus pierre jacques ivan igor yuri alexei mikhail viktor oleg andrei jimi tom steve dave jim bob
		mary patricia jennifer linda elizabeth barbara susan jessica sarah karen lisa nancy betty margaret sandra
		ashley kimberly emily donna michelle carol amanda dorothy melissa deborah stephanie rebecca sharon laura
		cynthia kathleen amy angela shirley anna brenda pamela emma nicole helen samantha katherine christine
		debra rachel carolyn janet catherine maria heather diane ruth julie olivia joyce victoria kelly lauren
		christina joan evelyn judith megan andrea cheryl hannah jacqueline martha gloria teresa ann sara madison
		frances kathryn janice jean abigail alice judy sophia grace denise amber doris marilyn danielle beverly
		isabella theresa diana natalie brittany charlotte marie kayla alexis lori hillary kamala melania ivanka
		chelsea nikki ursula olga natalia svetlana tatiana irina elena yulia fatima aisha amina leila yasmin
		mariam nadia layla ana miriam sofia lucia carmen rosa kim`) {
		m[w] = true
	}
	return m
}()

// personalNouns after a possessive belong to people: "Ortiz's wife".
var personalNouns = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`wife husband son sons daughter daughters father mother brother sister
		family children parents widow lawyer lawyers attorney attorneys spokesman spokeswoman spokesperson aide
		aides friend friends birthday funeral death career life memoir biography girlfriend boyfriend fiancee
		fiance nephew niece uncle aunt grandson granddaughter`) {
		m[w] = true
	}
	return m
}()

// personCue reports whether the text around a PERSON mention shows a
// person: a title before it, a speech verb after it (or before it, closing
// the clause), ", who", an age, a personal possessive, a quote the article
// gives to it, or a sentence it opens followed by one opening "He" or
// "She".
func personCue(d *crossread.Doc, m crossread.Mention) bool {
	if d == nil || d.Article == nil || !m.Span.Valid(len(d.Article.Text)) {
		return false
	}
	text := d.Article.Text
	if titled(d, m) {
		return true
	}
	prev, prevEnd := wordBefore(text, m.Start)
	// "his wife, Ana," "her son Luis"
	if personalNouns[strings.ToLower(prev)] {
		return true
	}
	if before := strings.TrimRight(text[:m.Start], " "); strings.HasSuffix(before, ",") {
		if w, _ := wordBefore(before, len(before)-1); personalNouns[strings.ToLower(w)] {
			return true
		}
	}
	if givenNames[strings.ToLower(strings.TrimRight(m.Text, "'’s"))] {
		return true // a given name alone: "I love Larry," he said
	}
	end := m.End
	possessive := false
	for _, s := range []string{"'s", "’s", "'", "’"} {
		if strings.HasPrefix(text[end:], s) {
			end += len(s)
			possessive = true
			break
		}
	}
	if strings.HasSuffix(m.Text, "'s") || strings.HasSuffix(m.Text, "’s") {
		possessive = true
	}
	next, _ := wordAfter(text, end)
	switch {
	case possessive:
		if personalNouns[strings.ToLower(next)] {
			return true
		}
	case speechVerbs[strings.ToLower(next)]:
		return true
	case next == "who" || next == "whose":
		return true
	case strings.HasPrefix(strings.TrimLeft(text[end:], " "), ","):
		after, afterEnd := wordAfter(text, strings.Index(text[end:], ",")+end+1)
		if after == "who" || after == "whose" || isAge(after) && strings.HasPrefix(strings.TrimLeft(text[afterEnd:], " "), ",") {
			return true
		}
		if roleAppositive(text, strings.Index(text[end:], ",")+end+1) {
			return true
		}
	}
	if strings.EqualFold(prev, "to") {
		// "according to Ortiz"
		if w, _ := wordBefore(text, prevEnd-len(prev)); strings.EqualFold(w, "according") {
			return true
		}
	}
	if speechVerbs[strings.ToLower(prev)] && prevEnd <= m.Start && !possessive {
		// "…," said Ortiz. — but not "Lee said Astrakhan would join".
		rest := strings.TrimLeft(text[end:], " ")
		if rest == "" || strings.IndexByte(".,;\n", rest[0]) >= 0 {
			return true
		}
	}
	for _, q := range d.Quotes {
		if q.SpeakerSpan != nil && q.SpeakerSpan.Start <= m.Start && m.End <= q.SpeakerSpan.End {
			return true
		}
	}
	return opensSentenceBeforePronoun(d, m)
}

// titled reports whether a person's title comes right before the mention:
// "Mr. Abara", "Senator Abara", "spokesman Abara".
func titled(d *crossread.Doc, m crossread.Mention) bool {
	if d == nil || d.Article == nil || !m.Span.Valid(len(d.Article.Text)) {
		return false
	}
	prev, _ := wordBefore(d.Article.Text, m.Start)
	return personTitles[prev] || titleWords[strings.ToLower(strings.TrimSuffix(prev, "."))] || titleWords[strings.ToLower(prev)]
}

// opensSentenceBeforePronoun: "Ortiz arrived late. He said …".
func opensSentenceBeforePronoun(d *crossread.Doc, m crossread.Mention) bool {
	for i, s := range d.Sentences {
		if s.Start > m.Start || m.Start >= s.End {
			continue
		}
		if strings.TrimLeft(d.Article.Text[s.Start:m.Start], " \"“'‘") != "" || i+1 >= len(d.Sentences) {
			return false
		}
		n := d.Sentences[i+1]
		if !n.Span.Valid(len(d.Article.Text)) {
			return false
		}
		w, _ := wordAfter(d.Article.Text, n.Start)
		return w == "He" || w == "She"
	}
	return false
}

// roleNouns name what people do; an appositive holding one describes a
// person: "Ortiz, the associate director of …", "Lee, senior fellow at …".
var roleNouns = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`director fellow analyst expert researcher scholar economist adviser advisor
		editor author founder co-founder official member correspondent lawyer partner lecturer historian
		journalist commentator diplomat strategist consultant head executive ceo chairman chairwoman president
		minister secretary spokesman spokeswoman spokesperson professor politician lawmaker activist envoy
		ambassador governor mayor senator leader`) {
		m[w] = true
	}
	return m
}()

// roleAppositive reports whether the words from pos to the next comma or
// sentence end (at most eight) open with an article or a role noun and
// hold a role noun.
func roleAppositive(text string, pos int) bool {
	first := true
	for n := 0; n < 8; n++ {
		w, end := wordAfter(text, pos)
		if w == "" {
			return false
		}
		lw := strings.ToLower(w)
		if roleNouns[lw] {
			return true
		}
		if first && lw != "the" && lw != "a" && lw != "an" && lw != "senior" && lw != "former" && lw != "deputy" && lw != "associate" && lw != "chief" {
			return false
		}
		first = false
		pos = end
	}
	return false
}

func isAge(w string) bool {
	return len(w) > 0 && len(w) <= 3 && strings.Trim(w, "0123456789") == ""
}

// wordBefore returns the word (letters, digits, dots, apostrophes) ending
// right before pos, past spaces, and where it ends; "" when punctuation
// comes first.
func wordBefore(text string, pos int) (string, int) {
	i := pos
	for i > 0 && text[i-1] == ' ' {
		i--
	}
	end := i
	for i > 0 {
		r, n := utf8.DecodeLastRuneInString(text[:i])
		if !wordRune(r) {
			break
		}
		i -= n
	}
	return text[i:end], end
}

// wordAfter returns the word starting at pos, past spaces, and where it
// ends.
func wordAfter(text string, pos int) (string, int) {
	i := pos
	for i < len(text) && text[i] == ' ' {
		i++
	}
	start := i
	for i < len(text) {
		r, n := utf8.DecodeRuneInString(text[i:])
		if !wordRune(r) {
			break
		}
		i += n
	}
	return strings.TrimRight(text[start:i], "."), i
}

func wordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || r == '.' || r == '\'' || r == '’' || r == '-'
}

// ordinaryWord reports whether w is an ordinary English word: common in
// lower case in the training data (as written, or in the singular), or
// written in lower case somewhere in the story.
func ordinaryWord(m *Model, w string, lowerInStory func(string) bool) bool {
	lw := strings.ToLower(w)
	forms := []string{lw}
	if s, ok := strings.CutSuffix(lw, "ies"); ok {
		forms = append(forms, s+"y")
	}
	if s, ok := strings.CutSuffix(lw, "es"); ok {
		forms = append(forms, s)
	}
	if s, ok := strings.CutSuffix(lw, "s"); ok && !strings.HasSuffix(s, "s") {
		forms = append(forms, s)
	}
	for _, f := range forms {
		if m != nil && m.commonLower[hashString(fnvOffset, f)] {
			return true
		}
	}
	return lowerInStory(lw)
}

// containsWord reports whether text holds w as a whole word.
func containsWord(text, w string) bool {
	for off := 0; ; {
		i := strings.Index(text[off:], w)
		if i < 0 {
			return false
		}
		i += off
		before, _ := utf8.DecodeLastRuneInString(text[:i])
		after, _ := utf8.DecodeRuneInString(text[i+len(w):])
		if (i == 0 || !unicode.IsLetter(before)) && (i+len(w) == len(text) || !unicode.IsLetter(after)) {
			return true
		}
		off = i + len(w)
	}
}

// gazetteerType returns the type (domain name) training gave the word
// most, or "".
func gazetteerType(m *Model, w string) string {
	if m == nil {
		return ""
	}
	counts, ok := m.gazetteer[gazKey([]string{w}, false)]
	if !ok {
		return ""
	}
	best, bestN := -1, int32(0)
	for ty, n := range counts {
		if n > bestN {
			best, bestN = ty, n
		}
	}
	if best < 0 {
		return ""
	}
	return entityTypes[best]
}

// splitPlaceLists splits a PERSON mention of two or more words each of
// which the story names elsewhere, alone, as a place or an organisation
// and never as a person: "Chad Niger" is a list missing its comma.
func splitPlaceLists(ms []mref) []mref {
	votes := map[string]map[string]int{}
	for _, r := range ms {
		if len(r.keys) == 1 {
			if votes[r.key] == nil {
				votes[r.key] = map[string]int{}
			}
			votes[r.key][r.m.Type]++
		}
	}
	placeType := func(key string) string {
		v := votes[key]
		if v == nil || v[crossread.PERSON] > 0 {
			return ""
		}
		t := majorityType(v)
		if t != crossread.LOC && t != crossread.ORG {
			return ""
		}
		return t
	}
	var out []mref
	for _, r := range ms {
		if r.m.Type != crossread.PERSON || len(r.toks) < 2 {
			out = append(out, r)
			continue
		}
		types := make([]string, len(r.keys))
		all := true
		for i, k := range r.keys {
			types[i] = placeType(k)
			all = all && types[i] != ""
		}
		if !all {
			out = append(out, r)
			continue
		}
		parts := make([]mref, 0, len(r.toks))
		off := 0
		for i, tok := range r.toks {
			j := strings.Index(r.m.Text[off:], tok)
			if j < 0 {
				parts = nil
				break
			}
			s := r.m.Start + off + j
			off += j + len(tok)
			p := r
			p.m.Span = crossread.Span{ArticleID: r.m.ArticleID, Start: s, End: s + len(tok)}
			p.m.Text, p.m.Type = tok, types[i]
			p.form, p.toks, p.keys, p.key = tok, []string{tok}, []string{r.keys[i]}, r.keys[i]
			parts = append(parts, p)
		}
		if parts == nil {
			out = append(out, r)
			continue
		}
		out = append(out, parts...)
	}
	return out
}

// confirmPeople re-types, or drops, the one-word person names that nothing
// in the story shows to be a person (see personCue): they take their other
// mentions' majority type, else the type training gave the word; an
// ordinary word, or a word training never named a person, is dropped.
// Words of a longer person name in the story are people already.
func confirmPeople(docs []*crossread.Doc, ms []mref, groups []*nameGroup) {
	var m *Model
	loaded := false
	lowerInStory := func(w string) bool {
		for _, d := range docs {
			if d != nil && d.Article != nil && containsWord(d.Article.Text, w) {
				return true
			}
		}
		return false
	}
	cued := func(g *nameGroup) bool {
		for _, i := range g.members {
			if ms[i].m.Type == crossread.PERSON && personCue(docs[ms[i].doc], ms[i].m) {
				return true
			}
		}
		return false
	}
	oneWord := map[string]*nameGroup{}
	for _, g := range groups {
		if len(g.keys) == 1 {
			oneWord[g.keys[0]] = g
		}
	}
	// A full name the tagger called a person at least once but an
	// organisation or a place more often (a live blog's "Donald Trump is
	// …" lines pull its document features the wrong way) is a person when
	// it opens with a common given name or its surname alone is a person in
	// the story, and one of its mentions shows a person.
	for _, g := range groups {
		if g.typ == crossread.PERSON || len(g.keys) < 2 || g.types[crossread.PERSON] == 0 {
			continue
		}
		sur := oneWord[g.keys[len(g.keys)-1]]
		if !givenNames[strings.ToLower(g.toks[0])] && (sur == nil || sur.typ != crossread.PERSON) {
			continue
		}
		for _, i := range g.members {
			if personCue(docs[ms[i].doc], ms[i].m) {
				g.typ = crossread.PERSON
				break
			}
		}
	}
	// A lone word the tagger called a person at least once is a person,
	// whatever the majority, when a person's title stands before it:
	// "Mr. Trump" (countries say things; they have no titles).
	for _, g := range groups {
		if g.typ == crossread.PERSON || len(g.keys) != 1 || g.types[crossread.PERSON] == 0 {
			continue
		}
		for _, i := range g.members {
			if titled(docs[ms[i].doc], ms[i].m) {
				g.typ = crossread.PERSON
				break
			}
		}
	}
	// A full name found only in headline-style lines, with an ordinary word
	// after its first, a first word training never gave a person and
	// nothing in the story to show a person ("Leaders Seal Trade Deals": a
	// verb and a noun capitalised by the headline) is no one.
	for _, g := range groups {
		if g.typ != crossread.PERSON || len(g.keys) < 2 || cued(g) {
			continue
		}
		if !loaded {
			m, loaded = loadedModel(), true
		}
		if m == nil || m.knownAs(g.toks[:1], "PER") {
			continue
		}
		ordinary := false
		for _, tok := range g.toks[1:] {
			ordinary = ordinary || m.commonLower[hashString(fnvOffset, strings.ToLower(tok))]
		}
		for _, i := range g.members {
			ordinary = ordinary && inTitleLine(docs[ms[i].doc], ms[i].m)
		}
		if !ordinary {
			continue
		}
		for _, k := range []string{g.keys[0], g.keys[len(g.keys)-1]} {
			if o := oneWord[k]; o != nil && o.typ == crossread.PERSON && cued(o) {
				ordinary = false
			}
		}
		if ordinary {
			g.dropped = true
		}
	}
	parts := map[string]bool{}
	for _, g := range groups {
		if g.typ == crossread.PERSON && len(g.keys) > 1 && !g.dropped {
			for _, k := range g.keys {
				parts[k] = true
			}
		}
	}
	for _, g := range groups {
		if g.typ != crossread.PERSON || len(g.keys) != 1 || parts[g.keys[0]] || cued(g) {
			continue
		}
		if !loaded {
			m, loaded = loadedModel(), true
		}
		others := map[string]int{}
		for t, n := range g.types {
			if t != crossread.PERSON {
				others[t] = n
			}
		}
		word := g.toks[0]
		switch {
		case len(others) > 0:
			g.typ = majorityType(others)
		case gazetteerType(m, word) != "" && gazetteerType(m, word) != crossread.PERSON:
			g.typ = gazetteerType(m, word)
		case ordinaryWord(m, word, lowerInStory) || m == nil || !m.knownAs([]string{word}, "PER"):
			g.dropped = true
		}
	}
}

// inTitleLine reports whether the mention sits in a headline-style line.
func inTitleLine(d *crossread.Doc, m crossread.Mention) bool {
	if d == nil || d.Article == nil || !m.Span.Valid(len(d.Article.Text)) {
		return false
	}
	text := d.Article.Text
	start := strings.LastIndexByte(text[:m.Start], '\n') + 1
	end := len(text)
	if i := strings.IndexByte(text[m.End:], '\n'); i >= 0 {
		end = m.End + i
	}
	toks := Tokenize(text, start, end)
	if len(toks) == 0 {
		return false
	}
	ws := make([]string, len(toks))
	for i, t := range toks {
		ws[i] = t.Text
	}
	return isTitleLine(ws)
}

// headBackReference reports whether a one-word name is an organisation's or
// an agreement's head noun written "the Accords", "the Institute": a short
// back reference, not a name of its own.
func headBackReference(docs []*crossread.Doc, ms []mref, g *nameGroup) bool {
	w := g.toks[0]
	if !orgHeads[w] && !miscHeads[w] {
		return false
	}
	for _, i := range g.members {
		d := docs[ms[i].doc]
		if d == nil || d.Article == nil || !ms[i].m.Span.Valid(len(d.Article.Text)) {
			return false
		}
		if prev, _ := wordBefore(d.Article.Text, ms[i].m.Start); !strings.EqualFold(prev, "the") {
			return false
		}
	}
	return true
}
