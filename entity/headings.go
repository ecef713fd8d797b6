package entity

import (
	"strings"
	"unicode"

	"crossread"
)

// Story-level checks on names that scraped layout makes up. Section
// headings are written in title case ("Beyond the Headlines", "The Context
// of Moldova's Decision"), and the tagger, trained on Reuters text whose
// headlines are in capitals, takes their capitalised ordinary words for
// names. A scrape may also glue a heading to the sentence after it ("Why
// the Move Matters Moldova's entry …"), and writers shorten coordinated
// names ("Central and West Asia"). Writers name the things they write
// about in the body, so a heading's name the body never uses is no name,
// and an ordinary word standing alone as a place or organisation needs the
// story's or the training data's support.

// headingLines tells whether a mention lies in a headline-style line,
// remembering the last line looked at (mentions come in text order).
type headingLines struct {
	docs               []*crossread.Doc
	doc, start, end    int
	isTitle, remembers bool
}

func (h *headingLines) in(di int, m crossread.Mention) bool {
	d := h.docs[di]
	if d == nil || d.Article == nil || !m.Span.Valid(len(d.Article.Text)) {
		return false
	}
	if h.remembers && h.doc == di && h.start <= m.Start && m.End <= h.end {
		return h.isTitle
	}
	text := d.Article.Text
	start := strings.LastIndexByte(text[:m.Start], '\n') + 1
	end := len(text)
	if i := strings.IndexByte(text[m.End:], '\n'); i >= 0 {
		end = m.End + i
	}
	v := false
	// A line of several sentences' length is no heading; not tokenising
	// it keeps long paragraphs cheap.
	if end-start <= 200 && !surelyNotTitle(text[start:end]) {
		v = inTitleLine(d, m)
	}
	h.doc, h.start, h.end, h.isTitle, h.remembers = di, start, end, v, true
	return v
}

// knownName reports whether training named the words (as written) as an
// entity at least once; prefixes of longer names do not count.
func knownName(m *Model, words []string) bool {
	if m == nil {
		return false
	}
	counts, ok := m.gazetteer[gazKey(words, false)]
	return ok && counts != ([numTypes]int32{})
}

// cleanHeadingNames applies, before mentions are grouped:
//   - a name in a coordination that shares its last words with the name
//     after it ("Central" of "Central and West Asia") is that full name
//     when the story uses it;
//   - a name other than a person's found only in headings, unknown to the
//     training gazetteer and not written in the body as its acronym, is no
//     name; the longest part of it that the body names ("Moldova" of
//     "The Context of Moldova's Decision") stays a mention of that;
//   - a name opening a line with two or more capitalised ordinary words
//     before a name the story uses elsewhere is a glued heading followed
//     by that name ("Why the Move Matters Moldova's …").
func cleanHeadingNames(docs []*crossread.Doc, ms []mref) []mref {
	m := loadedModel()
	var keyForm map[string]string // built on the first coordination seen
	for i := range ms {
		if !coordinatedWithLonger(docs, ms, i) {
			continue
		}
		if keyForm == nil {
			keyForm = map[string]string{}
			for _, r := range ms {
				if _, ok := keyForm[r.key]; !ok {
					keyForm[r.key] = r.form
				}
			}
		}
		resolveEllipsis(ms, i, keyForm)
	}

	h := &headingLines{docs: docs}
	heading := make([]bool, len(ms))
	body := map[string]map[string]int{} // key → types of its body mentions
	for i, r := range ms {
		heading[i] = h.in(r.doc, r.m)
		if !heading[i] {
			if body[r.key] == nil {
				body[r.key] = map[string]int{}
			}
			body[r.key][r.m.Type]++
		}
	}
	lowerInStory := storyWords(docs)
	out := ms[:0]
	for i, r := range ms {
		switch {
		case r.m.Type == crossread.PERSON:
		case heading[i]:
			if body[r.key] != nil || knownName(m, strings.Fields(r.form)) {
				break
			}
			// "Inside the National Rifle Association", then "the NRA".
			if acr := initialsOf(r.toks); len(r.toks) > 1 && len(acr) > 1 && body[spellingKey(acr)] != nil {
				break
			}
			if sub, ok := bodyPart(r, body, 0); ok {
				out = append(out, sub)
			}
			continue
		case len(r.toks) >= 3:
			if sub, ok := gluedHeading(docs, r, body, m, lowerInStory); ok {
				r = sub
			}
		}
		out = append(out, r)
	}
	return out
}

// coordinatedWithLonger reports whether ms[i] is a one-word name followed
// by "and", "or" or "&" and a name of several words: "Central and West
// Asia".
func coordinatedWithLonger(docs []*crossread.Doc, ms []mref, i int) bool {
	r := ms[i]
	if len(r.toks) != 1 || i+1 >= len(ms) || ms[i+1].doc != r.doc {
		return false
	}
	next := ms[i+1]
	d := docs[r.doc]
	if len(next.toks) < 2 || d == nil || d.Article == nil || !r.m.Span.Valid(len(d.Article.Text)) || next.m.Start < r.m.End || next.m.Start > len(d.Article.Text) {
		return false
	}
	between := strings.TrimSpace(d.Article.Text[r.m.End:next.m.Start])
	return between == "and" || between == "or" || between == "&"
}

// resolveEllipsis gives ms[i], coordinated with a longer name (see
// coordinatedWithLonger), the full name it shortens when the story uses
// that name: "Central and West Asia" names Central Asia.
func resolveEllipsis(ms []mref, i int, keyForm map[string]string) {
	r, next := ms[i], ms[i+1]
	keys := append([]string{r.keys[0]}, next.keys[1:]...)
	key := strings.Join(keys, "")
	form, ok := keyForm[key]
	if !ok || key == r.key {
		return
	}
	ms[i].keys, ms[i].key = keys, key
	ms[i].toks = append([]string{r.toks[0]}, next.toks[1:]...)
	ms[i].form = form
}

// bodyPart returns the mention narrowed to the longest run of its words,
// starting at from or later, that the story's body names, typed as the
// body types it.
func bodyPart(r mref, body map[string]map[string]int, from int) (mref, bool) {
	for n := len(r.toks) - 1; n >= 1; n-- {
		for a := from; a+n <= len(r.toks); a++ {
			key := strings.Join(r.keys[a:a+n], "")
			if key == r.key || body[key] == nil {
				continue
			}
			if sub, ok := narrowMention(r, a, a+n, majorityType(body[key])); ok {
				return sub, true
			}
		}
	}
	return mref{}, false
}

// narrowMention returns r cut to its tokens [a, b), or false when the
// tokens cannot be found in the mention's text.
func narrowMention(r mref, a, b int, typ string) (mref, bool) {
	text := r.m.Text
	off := 0
	s, e := -1, -1
	for i, tok := range r.toks[:b] {
		j := strings.Index(text[off:], tok)
		if j < 0 {
			return mref{}, false
		}
		if i == a {
			s = off + j
		}
		off += j + len(tok)
	}
	e = off
	if s < 0 || e <= s {
		return mref{}, false
	}
	sub := r
	sub.m.Span = crossread.Span{ArticleID: r.m.ArticleID, Start: r.m.Start + s, End: r.m.Start + e}
	sub.m.Text, sub.m.Type = text[s:e], typ
	form, toks := normaliseMention(sub.m.Text, typ)
	if form == "" {
		return mref{}, false
	}
	keys := make([]string, len(toks))
	for i, t := range toks {
		keys[i] = spellingKey(t)
	}
	sub.form, sub.toks, sub.keys, sub.key = form, toks, keys, strings.Join(keys, "")
	return sub, true
}

// gluedHeading narrows a name that opens its line (after at most three
// words) with two or more capitalised ordinary words that neither the
// training data nor the story name, to the name after them the story uses
// elsewhere.
func gluedHeading(docs []*crossread.Doc, r mref, body map[string]map[string]int, m *Model, lowerInStory func(string) bool) (mref, bool) {
	d := docs[r.doc]
	if m == nil || d == nil || d.Article == nil || !r.m.Span.Valid(len(d.Article.Text)) {
		return mref{}, false
	}
	if knownName(m, strings.Fields(r.form)) {
		return mref{}, false
	}
	text := d.Article.Text
	lineStart := strings.LastIndexByte(text[:r.m.Start], '\n') + 1
	if len(strings.Fields(text[lineStart:r.m.Start])) > 3 {
		return mref{}, false
	}
	k := 0
	for k < len(r.toks)-1 && isCapitalised(r.toks[k]) && ordinaryWord(m, r.toks[k], lowerInStory) {
		k++
	}
	if k < 2 {
		return mref{}, false
	}
	lead := strings.Join(r.keys[:k], "")
	if body[lead] != nil || knownName(m, r.toks[:k]) {
		return mref{}, false
	}
	return bodyPart(r, body, k)
}

// dropUnsupportedOrdinaryWords drops a place or organisation named by one
// ordinary word ("Central", "Middle") unless the story writes it "the X"
// ("the West") or as what someone tells ("told People"), or training named
// the word so at least twice.
func dropUnsupportedOrdinaryWords(docs []*crossread.Doc, ms []mref, groups []*nameGroup, lowerInStory func(string) bool) {
	m := loadedModel()
	if m == nil {
		return
	}
	for _, g := range groups {
		if g.dropped || len(g.keys) != 1 || g.typ != crossread.LOC && g.typ != crossread.ORG {
			continue
		}
		word := g.toks[0]
		if isAllCaps(word) || !isCapitalised(word) {
			continue
		}
		// The domain's ORG and LOC are the tag set's names too.
		if counts := m.gazetteer[gazKey([]string{word}, false)]; counts[typeIndex(g.typ)] >= 2 {
			continue
		}
		if !ordinaryWord(m, word, lowerInStory) {
			continue
		}
		supported := false
		for _, i := range g.members {
			d := docs[ms[i].doc]
			if d == nil || d.Article == nil || !ms[i].m.Span.Valid(len(d.Article.Text)) {
				continue
			}
			if namedByContext(d.Article.Text, ms[i].m.Start) {
				supported = true
				break
			}
		}
		if !supported {
			g.dropped = true
		}
	}
}

// storyWords returns a cached test of whether a (lower-case) word occurs
// as a whole word in any of the story's articles.
func storyWords(docs []*crossread.Doc) func(string) bool {
	cache := map[string]bool{}
	return func(w string) bool {
		if v, ok := cache[w]; ok {
			return v
		}
		v := false
		for _, d := range docs {
			if d != nil && d.Article != nil && containsWord(d.Article.Text, w) {
				v = true
				break
			}
		}
		cache[w] = v
		return v
	}
}

// namedByContext reports whether the words before pos show a name: "the
// West", "told People", "confirmed to People", "according to Outlook".
func namedByContext(text string, pos int) bool {
	prev, prevEnd := wordBefore(text, pos)
	switch strings.ToLower(prev) {
	case "the":
		return true
	case "told", "tells", "tell":
		return true
	case "to":
		before, _ := wordBefore(text, prevEnd-len(prev))
		lb := strings.ToLower(before)
		return speechVerbs[lb] || recipientVerbs[lb]
	}
	return false
}

// recipientVerbs before "to X" make X someone spoken to.
var recipientVerbs = map[string]bool{"according": true, "confirmed": true, "confirms": true, "spoke": true, "speaking": true,
	"talked": true, "talking": true, "revealed": true, "reveals": true, "admitted": true, "wrote": true, "told": true}

// surelyNotTitle is a quick look at a line's words that rules out what
// isTitleLine would rule out, without tokenising: too many of its long
// tokens in lower case. The scan splits at spaces and at the dashes and
// slashes the tokenizer may split at; a piece of four or more characters
// holds at most one long token (a slash the tokenizer keeps may join two
// pieces into one, so each separator counts as a possible long token too),
// and a piece whose first letter is lower case, with four letters before
// any apostrophe, is a long token not capitalised.
func surelyNotTitle(line string) bool {
	lowerLong, longUpper := 0, 0
	runes, letters := 0, 0
	first := rune(0)
	apostrophe := false
	endPiece := func() {
		if runes >= 4 {
			longUpper++
			if letters >= 4 && unicode.IsLower(first) {
				lowerLong++
			}
		}
		runes, letters, first, apostrophe = 0, 0, 0, false
	}
	for _, r := range line {
		switch {
		case unicode.IsSpace(r):
			endPiece()
			continue
		case r == '—' || r == '–' || r == '…' || r == '|' || r == '/':
			endPiece()
			longUpper++
			continue
		}
		runes++
		switch {
		case r == '\'' || r == '’':
			apostrophe = true
		case unicode.IsLetter(r):
			if first == 0 {
				first = r
			}
			if !apostrophe {
				letters++
			}
		}
	}
	endPiece()
	// isTitleLine needs, with any lower-case long token, long >= 5*lowerLong.
	return lowerLong > 0 && longUpper < 5*lowerLong
}
