package claim

import (
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"crossread"
)

// KindRole is a person's title given two ways ("Foreign Minister Ingrid
// Solberg" · "Defence Minister Ingrid Solberg").
const KindRole = "role"

// roleNouns end a title written before a name.
var roleNouns = setOfWords(`minister secretary president chancellor governor mayor senator judge justice chief director
	commissioner ceo chairman chairwoman chair spokesman spokeswoman spokesperson ambassador general admiral colonel
	captain sheriff prosecutor attorney premier coach manager editor professor superintendent inspector commander
	economist analyst strategist vice-president`)

// portfolios are the words of a title that say which post it is: a
// ministry's or a department's ("Foreign", "Finance"), the rank of the
// post ("Prime", "Deputy"). Other words before a title (places, parties,
// verbs) say nothing of the post.
var portfolios = setOfWords(`foreign finance defence defense interior home justice health education transport
	transportation energy economy economic trade agriculture environment labour labor culture tourism housing treasury
	security immigration industry communications digital science sport sports welfare development infrastructure
	fisheries water mining oil petroleum aviation prime deputy vice assistant associate executive financial operating
	technology fire police army navy military rail railways roads culture media family women veterans
	senior junior principal`)

// rankWords make a post a lower one: a vice-president is no president.
var rankWords = setOfWords(`vice deputy assistant associate`)

// postOf names a post by its kind: a government's secretary is its
// minister ("Transport Secretary" · "Rail Minister": one cabinet post
// told two ways, whose portfolios may differ).
func postOf(noun string) string {
	if noun == "secretary" {
		return "minister"
	}
	if noun == "vice-president" {
		return "president" // (its rank is a qualifier: see titleAfter)
	}
	return noun
}

// title is a role written before one mention of a person.
type title struct {
	noun  string   // "minister"
	quals []string // folded qualifiers: "foreign"
	text  string   // "Foreign Minister", as written
	span  crossread.Span
	lang  string // the language its qualifiers are in ("" English): "Defence" and "Defensa" are one portfolio
	after bool   // set after the name between commas ("Stephen Kuiper, district president of …,")
}

// titleBefore reads the title written just before text[start:] (a
// person's name): up to four words on the name's line, no punctuation
// between, the last a role noun ("Norwegian Foreign Minister", "regional
// transport minister").
func titleBefore(text string, start int, articleID string) (title, bool) {
	lineStart := strings.LastIndexByte(text[:start], '\n') + 1
	ws := Words(text[lineStart:start])
	if len(ws) == 0 {
		return title{}, false
	}
	last := len(ws) - 1
	if strings.TrimSpace(text[lineStart+ws[last].End:start]) != "" {
		return title{}, false // punctuation between title and name
	}
	noun := Fold(ws[last].Text)
	if !roleNouns[noun] {
		return title{}, false
	}
	first := last
	for k := last - 1; k >= 0 && k >= last-3; k-- {
		if strings.TrimSpace(text[lineStart+ws[k].End:lineStart+ws[k+1].Start]) != "" {
			break
		}
		f := Fold(ws[k].Text)
		r, _ := utf8.DecodeRuneInString(ws[k].Text)
		if IsStop(f) || verbCues[f] || unicode.IsLower(r) && strings.HasSuffix(f, "ed") {
			break
		}
		first = k
	}
	t := title{noun: noun, text: text[lineStart+ws[first].Start : lineStart+ws[last].End]}
	t.span = crossread.Span{ArticleID: articleID, Start: lineStart + ws[first].Start, End: lineStart + ws[last].End}
	for k := first; k < last; k++ {
		f := Fold(ws[k].Text)
		if portfolios[f] && !slices.Contains(t.quals, f) {
			t.quals = append(t.quals, f)
		}
	}
	return t, true
}

// titleAfter reads a title set after a name between commas: "Samuel
// Okoro, the interior minister," or "…, Norway's foreign minister," up to
// six words, the role noun among them.
func titleAfter(text string, end int, articleID string) (title, bool) {
	rest := text[min(end, len(text)):]
	if !strings.HasPrefix(rest, ", ") {
		return title{}, false
	}
	close := strings.IndexAny(rest[2:], ",.;:()\n")
	if close < 0 {
		return title{}, false
	}
	phrase := rest[2 : 2+close]
	ws := Words(phrase)
	if len(ws) < 2 || len(ws) > 12 {
		return title{}, false
	}
	// "senior economist at Kauri Bank in Auckland": no article, the post
	// within its first three words and the title ending there
	bare := false
	if f := Fold(ws[0].Text); f != "the" && !strings.HasSuffix(f, "'s") && !strings.HasSuffix(f, "’s") {
		r, _ := utf8.DecodeRuneInString(ws[0].Text)
		if !unicode.IsLower(r) {
			return title{}, false
		}
		bare = true
	} else if len(ws) > 8 {
		return title{}, false
	}
	t := title{}
	for k, w := range ws {
		f := Fold(w.Text)
		if bare && t.noun != "" {
			break
		}
		if roleNouns[f] && t.noun == "" {
			if bare && k > 2 {
				return title{}, false
			}
			if bare {
				ws = ws[:k+1]
			}
			t.noun = f
			if f == "vice-president" {
				t.noun = "president"
				t.quals = append(t.quals, "vice")
			}
		}
		if portfolios[f] && !slices.Contains(t.quals, f) {
			t.quals = append(t.quals, f)
		}
	}
	if t.noun == "" {
		return title{}, false
	}
	start := end + 2 + ws[0].Start
	if Fold(ws[0].Text) == "the" && len(ws) > 1 {
		start = end + 2 + ws[1].Start
	}
	t.text = text[start : end+2+ws[len(ws)-1].End]
	t.span = crossread.Span{ArticleID: articleID, Start: start, End: end + 2 + ws[len(ws)-1].End}
	t.after = true
	return t, true
}

// officeBeforeIn reads an office the other languages write before a
// name, set off by a comma: "o secretário de Segurança Pública, Aldo
// Menezes Frota", "El subsecretario de Agricultura del gobierno estatal,
// Raúl Esparza Montemayor". The office's noun is its post ("secretary");
// its portfolio's capitalised words, and a rank ("sub", "vice"), are
// its qualifiers.
func officeBeforeIn(text string, start int, articleID string) (title, bool) {
	before := strings.TrimRight(text[:start], " ")
	if !strings.HasSuffix(before, ",") {
		return title{}, false
	}
	before = strings.TrimSuffix(before, ",")
	lineStart := strings.LastIndexByte(before, '\n') + 1
	ws := Words(before[lineStart:])
	// the office is the last noun phrase: an article, the post, "de"
	// and the portfolio, at most ten words back
	for k := len(ws) - 2; k >= 0 && k >= len(ws)-10; k-- {
		f := Fold(ws[k].Text)
		post, rank := foreignPost(f)
		if post == "" {
			continue
		}
		if k == 0 || !foreignArticles[Fold(ws[k-1].Text)] {
			return title{}, false
		}
		if l := Fold(ws[k+1].Text); l != "de" && l != "da" && l != "do" && l != "di" && l != "du" && l != "del" && l != "della" && l != "des" {
			return title{}, false
		}
		t := title{noun: post}
		if rank != "" {
			t.quals = append(t.quals, rank)
		}
		for _, w := range ws[k+2:] {
			r, _ := utf8.DecodeRuneInString(w.Text)
			if unicode.IsUpper(r) {
				t.quals = append(t.quals, Fold(w.Text))
			}
		}
		if len(t.quals) == 0 || strings.ContainsAny(before[lineStart+ws[k].Start:], ";:()\"“”«»") {
			return title{}, false
		}
		t.text = before[lineStart+ws[k].Start:]
		t.span = crossread.Span{ArticleID: articleID, Start: lineStart + ws[k].Start, End: len(before)}
		return t, true
	}
	return title{}, false
}

// rankBefore reads a military, police or fire service rank written just
// before a name, in any language read ("o capitão Ederson Lacerda" · "o
// tenente Ederson Lacerda", "Captain Mark Ellis"): the post "rank", its
// one qualifier the rank in English, so that two sources' ranks compare
// whatever their language.
func rankBefore(text string, start int, articleID string) (title, bool) {
	lineStart := strings.LastIndexByte(text[:start], '\n') + 1
	ws := Words(text[lineStart:start])
	if len(ws) == 0 {
		return title{}, false
	}
	w := ws[len(ws)-1]
	if text[lineStart+w.End:start] != " " {
		return title{}, false
	}
	rank := ranks[Fold(w.Text)]
	if w.Text == "mayor" {
		rank = "major" // Spanish writes its ranks in lower case: "el mayor Rodrigo Alvear" (no "Mayor Ellen Marsh")
	}
	if rank == "" {
		return title{}, false
	}
	sp := crossread.Span{ArticleID: articleID, Start: lineStart + w.Start, End: lineStart + w.End}
	return title{noun: "rank", quals: []string{rank}, text: w.Text, span: sp}, true
}

// ranks are the ranks of armies, police forces and fire services, by
// their English names.
var ranks = invertWords(map[string]string{
	"captain":    "captain capitao capitan capitaine capitano hauptmann kapitein",
	"lieutenant": "lieutenant tenente teniente leutnant oberleutnant luitenant",
	"sergeant":   "sergeant sargento sergent sergente feldwebel",
	"colonel":    "colonel coronel colonnello oberst kolonel",
	"major":      "major maggiore majoor",
	"corporal":   "corporal cabo caporal caporale",
	"commander":  "commander comandante commandant kommandant",
})

// foreignPost names the post a foreign office noun holds, and its rank
// ("subsecretario": "secretary", "sub").
func foreignPost(f string) (post, rank string) {
	for _, r := range []string{"sub", "vice", "vice-"} {
		if strings.HasPrefix(f, r) && foreignPosts[f[len(r):]] != "" {
			return foreignPosts[f[len(r):]], strings.TrimSuffix(r, "-")
		}
	}
	return foreignPosts[f], ""
}

var (
	foreignPosts = invertWords(map[string]string{
		"minister":   "ministro ministra ministre",
		"secretary":  "secretario secretaria secretario secretaria secretaire segretario segretaria",
		"director":   "director directora diretor diretora directeur directrice direttore direttrice",
		"president":  "presidente presidenta president presidente",
		"councillor": "consejero consejera conselheiro conselheira conseiller conseillere consigliere assessore assessora",
	})
	foreignArticles = setOfWords(`el la o a le l il lo`)
)

// roleDiscrepancies sets against each other the titles outlets write
// before one person's name: the same post ("minister") with qualifiers
// none of which the other shares ("Foreign" · "Defence"). A title one
// outlet gives more of ("Norwegian Foreign Minister" · "Foreign
// Minister") is the same; a person one outlet gives two titles of the
// same post (two roles) is left out.
func (a *Alignment) roleDiscrepancies(entities []crossread.Entity) []crossread.Discrepancy {
	texts, langs := map[string]string{}, map[string]string{}
	for _, d := range a.Docs {
		texts[d.Article.ID] = d.Article.Text
		if l := languageOf(d.Article); l != "en" {
			langs[d.Article.ID] = l
		}
	}
	var out []crossread.Discrepancy
	for _, e := range entities {
		if e.Type != crossread.PERSON {
			continue
		}
		byNoun := map[string][]title{}
		for _, m := range e.Spans {
			text, ok := texts[m.ArticleID]
			if !ok || m.Start < 0 || m.Start > len(text) || m.End > len(text) {
				continue
			}
			if t, ok := rankBefore(text, m.Start, m.ArticleID); ok {
				byNoun[t.noun] = append(byNoun[t.noun], t)
			} else if t, ok := titleBefore(text, m.Start, m.ArticleID); ok {
				byNoun[postOf(t.noun)] = append(byNoun[postOf(t.noun)], t)
			} else if t, ok := titleAfter(text, m.End, m.ArticleID); ok {
				byNoun[postOf(t.noun)] = append(byNoun[postOf(t.noun)], t)
			} else if t, ok := officeBeforeIn(text, m.Start, m.ArticleID); ok {
				t.lang = langs[m.ArticleID]
				byNoun[t.noun] = append(byNoun[t.noun], t)
			}
		}
		nouns := make([]string, 0, len(byNoun))
		for n := range byNoun {
			nouns = append(nouns, n)
		}
		sort.Strings(nouns)
		for _, n := range nouns {
			ts := byNoun[n]
			if d, ok := a.roleDisc(e.Name, ts); ok {
				out = append(out, d)
			}
		}
	}
	return out
}

// roleDisc makes one person's line for one post, if two sources' titles
// share no qualifier and no source gives two such titles.
func (a *Alignment) roleDisc(name string, ts []title) (crossread.Discrepancy, bool) {
	ranked := func(t title) bool {
		return slices.ContainsFunc(t.quals, func(w string) bool { return rankWords[w] })
	}
	disjoint := func(p, q title) bool {
		if p.lang != q.lang {
			return false // (portfolios in two languages are not compared)
		}
		if p.after && q.after && ranked(p) != ranked(q) {
			// "Stephen Kuiper, district president of …" · "Stephen Kuiper,
			// the … district vice-president": a title before a name may be
			// a past one ("former Vice President" · "President")
			return true
		}
		if len(p.quals) == 0 || len(q.quals) == 0 {
			return false // ("President" · "Foreign Minister … President": one says less)
		}
		// "presidente do SRPC" · "presidente do Serviço Regional de
		// Proteção Civil": a body's initials and its name
		if initialsOf(p.quals, q.quals) || initialsOf(q.quals, p.quals) {
			return false
		}
		for _, w := range p.quals {
			if slices.Contains(q.quals, w) {
				return false
			}
		}
		return true
	}
	conflict := false
	for i, p := range ts {
		for _, q := range ts[i+1:] {
			if !disjoint(p, q) {
				continue
			}
			if a.sourceOf[p.span.ArticleID] == a.sourceOf[q.span.ArticleID] {
				return crossread.Discrepancy{}, false // two roles, as one source gives them
			}
			conflict = true
		}
	}
	if !conflict {
		return crossread.Discrepancy{}, false
	}
	d := &disc{about: "role of " + name, kind: KindRole}
	// one variant per set of qualifiers that some other title shares
	var shown []title
	for _, t := range ts {
		value := t.text
		for _, s := range shown {
			if s.lang == t.lang && !disjoint(s, t) {
				value = s.text
				break
			}
		}
		if value == t.text {
			shown = append(shown, t)
		}
		d.add(value, t.span.ArticleID, t.span)
	}
	return d.out(), len(d.values) > 1
}

// initialsOf: one of the words a is the initials of the words b, in
// order ("srpc" of "servico regional protecao civil").
func initialsOf(a, b []string) bool {
	if len(b) < 2 {
		return false
	}
	var init strings.Builder
	for _, w := range b {
		r, _ := utf8.DecodeRuneInString(w)
		init.WriteRune(r)
	}
	for _, w := range a {
		if len(w) >= 2 && w == init.String() {
			return true
		}
	}
	return false
}
