package entity

import (
	"fmt"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"crossread"
)

// Merge groups the mentions of a story's documents into entities, one per
// real-world thing:
//
//   - mentions are normalised (possessive 's and titles such as "President"
//     dropped, a leading "the" dropped from organisations and places) and
//     grouped by a transliteration-folding spelling key, so Zelensky,
//     Zelenskyy and Zelenskiy are one name;
//   - a person's shorter forms (surname alone, initials, a name without its
//     middle name) join the one full name they fit;
//   - an acronym joins the one multi-word name of the same type whose
//     initials it spells (EU, European Union).
//
// Nothing else merges: "Israel" and "Israeli", "Trump" and "the Trump
// administration" (an ORG by then, see Recognize) have different keys.
//
// A bare surname that fits two full names in the story (two Clintons) is
// given, mention by mention, to the full name mentioned most recently
// before it in the same article: a writer who names two namesakes uses the
// bare surname for the one just named. With no such mention before it in
// its article, it stays an entity of its own rather than risk giving one
// person's words or deeds to the other.
func Merge(docs []*crossread.Doc) []crossread.Entity {
	var ms []mref
	for di, d := range docs {
		if d == nil {
			continue
		}
		for mi, m := range d.Mentions {
			form, toks := normaliseMention(m.Text, m.Type)
			if form == "" {
				continue
			}
			keys := make([]string, len(toks))
			for i, t := range toks {
				keys[i] = spellingKey(t)
			}
			if c, ok := knownAliases[strings.ToLower(form)]; ok && m.Type != crossread.PERSON {
				// "America", "the U.S." and "the United States" are one
				// country, whether or not one article uses two of them
				keys = []string{"=" + c}
			}
			ms = append(ms, mref{doc: di, order: mi, m: m, form: form, toks: toks, keys: keys, key: strings.Join(keys, "")})
		}
	}
	if len(ms) == 0 {
		return []crossread.Entity{}
	}
	ms = splitPlaceLists(ms)
	ms = cleanHeadingNames(docs, ms)

	// 1. Same spelling key, whatever the tagger's type: one name.
	byKey := map[string]*nameGroup{}
	var groups []*nameGroup
	for i := range ms {
		g := byKey[ms[i].key]
		if g == nil {
			g = &nameGroup{key: ms[i].key, types: map[string]int{}}
			byKey[ms[i].key] = g
			groups = append(groups, g)
		}
		g.members = append(g.members, i)
		g.types[ms[i].m.Type]++
	}
	surnames := map[string]bool{}
	for _, g := range groups {
		g.typ = majorityType(g.types)
		g.toks, g.keys = ms[g.members[0]].toks, ms[g.members[0]].keys
		if g.typ == crossread.PERSON && len(g.keys) > 1 {
			surnames[g.keys[len(g.keys)-1]] = true
		}
	}
	// The tagger is least sure of a lone unfamiliar surname: if it called
	// it a person at least once and the story names a person with that
	// surname, it is that person.
	for _, g := range groups {
		if len(g.keys) == 1 && g.typ != crossread.PERSON && g.types[crossread.PERSON] > 0 && surnames[g.keys[0]] {
			g.typ = crossread.PERSON
		}
	}
	confirmPeople(docs, ms, groups)
	dropUnsupportedOrdinaryWords(docs, ms, groups, storyWords(docs))

	// Every mention ends in a cluster; clusters are built from groups.
	owner := make([]int, len(ms))
	var clusters [][]int      // mention indexes
	var clusterTypes []string // decided by the groups, not by a vote of mentions
	newCluster := func(typ string, members []int) int {
		clusters = append(clusters, nil)
		clusterTypes = append(clusterTypes, typ)
		c := len(clusters) - 1
		for _, i := range members {
			owner[i] = c
			clusters[c] = append(clusters[c], i)
		}
		return c
	}
	addTo := func(c int, i int) {
		owner[i] = c
		clusters[c] = append(clusters[c], i)
	}

	// 2. People: full names first (most tokens, most mentions), then the
	// shorter forms attach to the full names they fit.
	var people, others []*nameGroup
	for _, g := range groups {
		if g.dropped {
			continue
		}
		if g.typ == crossread.PERSON {
			people = append(people, g)
		} else {
			others = append(others, g)
		}
	}
	// Longer names first, so that the fullest form of a name is the one
	// shorter forms attach to; at equal length names without initials
	// first, then the more frequent.
	sort.SliceStable(people, func(a, b int) bool {
		ga, gb := people[a], people[b]
		if len(ga.keys) != len(gb.keys) {
			return len(ga.keys) > len(gb.keys)
		}
		if ga.hasInitial() != gb.hasInitial() {
			return !ga.hasInitial()
		}
		return len(ga.members) > len(gb.members)
	})
	type head struct {
		keys    []string
		cluster int
	}
	var heads []head
	var pending []*nameGroup // partial names fitting two or more full names
	var pendingCands [][]int // their candidate clusters
	for _, g := range people {
		var cands []int
		for _, h := range heads {
			if fitsName(g.keys, h.keys) {
				cands = appendCluster(cands, h.cluster)
			}
		}
		// A lone word that is no one's surname may be a given name used
		// alone ("Hillary") or a surname written first ("Xi" of "Xi
		// Jinping").
		if len(cands) == 0 && len(g.keys) == 1 && !titleWords[strings.ToLower(g.toks[0])] {
			for _, h := range heads {
				if len(h.keys) > 1 && sameNameToken(g.keys[0], h.keys[0]) {
					cands = appendCluster(cands, h.cluster)
				}
			}
		}
		switch {
		case len(cands) == 1:
			for _, i := range g.members {
				addTo(cands[0], i)
			}
		case len(cands) == 0 || len(g.keys) > 1 && !g.hasInitial():
			// A new person; a full name fitting two others ("John Smith"
			// and "John Paul Smith") is its own person too.
			c := newCluster(crossread.PERSON, g.members)
			if len(g.keys) > 1 || len(cands) == 0 {
				heads = append(heads, head{g.keys, c})
			}
		default:
			pending = append(pending, g)
			pendingCands = append(pendingCands, cands)
		}
	}
	for pi, g := range pending {
		leftover := -1
		for _, i := range g.members {
			if c := mostRecent(ms, owner, clusters, i, pendingCands[pi]); c >= 0 {
				addTo(c, i)
				continue
			}
			if leftover < 0 {
				leftover = newCluster(crossread.PERSON, nil)
			}
			addTo(leftover, i)
		}
	}

	// 3. Everything else: an acronym joins the one multi-word name it
	// spells, if some article uses both (where a writer introduces it).
	otherCluster := map[*nameGroup]int{}
	// (a name of two words or more that ends a longer one of its type,
	// after a saint's or a country's abbreviation, is that one shortened
	// at its start: "Aldhelm Health" of "St Aldhelm Health"; not "North
	// Carolina" of "Western North Carolina"; longer names are placed
	// first)
	multi := make([]*nameGroup, 0, len(others))
	for _, g := range others {
		if len(g.keys) > 1 {
			multi = append(multi, g)
		}
	}
	sort.SliceStable(multi, func(a, b int) bool { return len(multi[a].keys) > len(multi[b].keys) })
	for _, g := range multi {
		target, n := -1, 0
		for _, h := range multi {
			if c, ok := otherCluster[h]; ok && len(h.keys) > len(g.keys) && h.typ == g.typ && slices.Equal(h.keys[len(h.keys)-len(g.keys):], g.keys) &&
				shortPrefix(h.keys[:len(h.keys)-len(g.keys)]) {
				if c != target {
					target = c
					n++
				}
			}
		}
		if n == 1 {
			for _, i := range g.members {
				addTo(target, i)
			}
			otherCluster[g] = target
			continue
		}
		otherCluster[g] = newCluster(g.typ, g.members)
	}
	for _, g := range others {
		if len(g.keys) > 1 {
			continue
		}
		target := -1
		if acr := acronymOf(ms[g.members[0]].form); acr != "" {
			n := 0
			for _, h := range others {
				if len(h.keys) > 1 && h.typ == g.typ && initialsOf(h.toks) == acr && shareArticle(ms, g, h) {
					target = otherCluster[h]
					n++
				}
			}
			if n != 1 {
				target = -1
			}
		}
		if target < 0 && headBackReference(docs, ms, g) {
			// "the Accords" after "the Danube Accords": the head noun alone
			// names the one multi-word name of the story it ends.
			n := 0
			for _, h := range others {
				if len(h.keys) > 1 && h.keys[len(h.keys)-1] == g.keys[0] && h.typ != crossread.PERSON && shareArticle(ms, g, h) {
					target = otherCluster[h]
					n++
				}
			}
			if n != 1 {
				target = -1
			}
		}
		if target >= 0 {
			for _, i := range g.members {
				addTo(target, i)
			}
		} else {
			otherCluster[g] = newCluster(g.typ, g.members)
		}
	}

	out := make([]crossread.Entity, 0, len(clusters))
	for c, members := range clusters {
		if len(members) > 0 {
			out = append(out, buildEntity(docs, ms, members, clusterTypes[c]))
		}
	}
	// The merged type is the entity's; its spans carry it too, so that
	// every highlight of one entity looks the same.
	for k := range out {
		for j := range out[k].Spans {
			out[k].Spans[j].Type = out[k].Type
		}
	}
	sort.SliceStable(out, func(a, b int) bool {
		if out[a].Mentions != out[b].Mentions {
			return out[a].Mentions > out[b].Mentions
		}
		if out[a].Type != out[b].Type {
			return out[a].Type < out[b].Type
		}
		return out[a].Name < out[b].Name
	})
	ids := map[string]int{}
	for k := range out {
		id := out[k].ID
		if n := ids[id]; n > 0 {
			out[k].ID = fmt.Sprintf("%s-%d", id, n+1)
		}
		ids[id]++
	}
	return out
}

// mref is one mention being merged.
type mref struct {
	doc, order int
	m          crossread.Mention
	form       string   // normalised text: no possessive, no title
	toks       []string // form split at spaces and hyphens
	keys       []string // spelling key of each token
	key        string   // the whole name's key
}

// nameGroup is the mentions sharing one spelling key.
type nameGroup struct {
	key     string
	members []int
	types   map[string]int
	typ     string
	toks    []string
	keys    []string
	dropped bool // not a name after all (see confirmPeople)
}

func (g *nameGroup) hasInitial() bool {
	for _, t := range g.toks {
		if isInitial(t) {
			return true
		}
	}
	return false
}

func appendCluster(cands []int, c int) []int {
	if slices.Contains(cands, c) {
		return cands
	}
	return append(cands, c)
}

// isInitial: "J", "J.", "JD", "J.D." — one to three capitals.
func isInitial(tok string) bool {
	n := 0
	for _, r := range tok {
		switch {
		case r == '.':
		case unicode.IsUpper(r):
			n++
		default:
			return false
		}
	}
	return n >= 1 && n <= 3 && (n == 1 || strings.Contains(tok, ".") || utf8.RuneCountInString(tok) <= 2)
}

// fitsName reports whether the partial name keys (a surname, initials and
// surname, a name missing a middle name) names the same person as the full
// name: the surnames are variants and every other token matches a token of
// the full name, in order, as a variant or as its initial.
func fitsName(part, full []string) bool {
	if len(part) == 0 || len(part) > len(full) {
		return false
	}
	if !sameNameToken(part[len(part)-1], full[len(full)-1]) {
		return false
	}
	j := 0
	for _, p := range part[:len(part)-1] {
		found := false
		for ; j < len(full)-1; j++ {
			f := full[j]
			if sameNameToken(p, f) || len(p) <= 3 && initialsMatch(p, f) {
				found = true
				j++
				break
			}
		}
		if !found {
			return false
		}
	}
	return true
}

// initialsMatch: the key of "J" or "JD" against a full token's key.
func initialsMatch(initials, full string) bool {
	return initials != "" && full != "" && initials[0] == full[0]
}

// mostRecent returns which of the candidate clusters was mentioned last
// before mention i in i's article, or -1.
func mostRecent(ms []mref, owner []int, clusters [][]int, i int, cands []int) int {
	best, bestStart := -1, -1
	for _, c := range cands {
		for _, j := range clusters[c] {
			if ms[j].doc == ms[i].doc && ms[j].m.Start < ms[i].m.Start && ms[j].m.Start > bestStart && owner[j] == c {
				best, bestStart = c, ms[j].m.Start
			}
		}
	}
	return best
}

func shareArticle(ms []mref, a, b *nameGroup) bool {
	docs := map[int]bool{}
	for _, i := range a.members {
		docs[ms[i].doc] = true
	}
	for _, i := range b.members {
		if docs[ms[i].doc] {
			return true
		}
	}
	return false
}

var typeRank = map[string]int{crossread.PERSON: 0, crossread.ORG: 1, crossread.LOC: 2, crossread.MISC: 3}

func majorityType(types map[string]int) string {
	best, bestN := "", -1
	for t, n := range types {
		if n > bestN || n == bestN && typeRank[t] < typeRank[best] {
			best, bestN = t, n
		}
	}
	return best
}

// titleWords open a person mention without being part of the name.
var titleWords = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`president vice prime minister premier chancellor secretary general gen
		mr mr. mrs mrs. ms ms. dr dr. prof prof. sir dame lord lady king queen prince princess sheikh emir
		sultan pope cardinal bishop rev rev. father imam ayatollah senator sen sen. sen representative rep rep.
		governor gov gov. mayor judge justice chief minister foreign defence defense finance state deputy
		colonel col. general lieutenant lt. captain capt. commander adm. admiral ambassador envoy spokesman
		spokeswoman spokesperson chairman chairwoman ceo founder leader former late inspector insp insp.
		detective det. sergeant sgt sgt. constable sheriff officer coach pastor reverend rabbi professor agent
		manager trooper director commissioner superintendent chief captain`) {
		m[w] = true
	}
	return m
}()

// normaliseMention returns the name a mention's text gives and its tokens
// (split at spaces and hyphens): possessive endings dropped, a person's
// leading titles dropped, a leading article dropped.
func normaliseMention(text, typ string) (string, []string) {
	s := strings.Join(strings.Fields(text), " ")
	for _, end := range []string{"'s", "’s", "'S", "’S"} {
		s = strings.TrimSuffix(s, end)
	}
	s = strings.TrimRight(s, "'’ ")
	s = strings.Trim(s, `"“”‘,;:()[]`)
	words := strings.Fields(s)
	if len(words) > 1 && (strings.EqualFold(words[0], "the")) {
		words = words[1:]
	}
	if typ == crossread.PERSON {
		last := -1
		for i, w := range words[:max(len(words)-1, 0)] {
			if titleWords[strings.ToLower(w)] {
				last = i
			}
		}
		words = words[last+1:]
	}
	s = strings.Join(words, " ")
	if !hasLetter(s) {
		return "", nil
	}
	toks := strings.FieldsFunc(s, func(r rune) bool { return r == ' ' || r == '-' || r == '‐' })
	var kept []string
	for _, t := range toks {
		if spellingKey(t) != "" {
			kept = append(kept, t)
		}
	}
	// "Jr." and "III" follow the surname; matching is on the surname.
	for len(kept) > 1 && nameSuffixes[strings.TrimSuffix(kept[len(kept)-1], ".")] {
		kept = kept[:len(kept)-1]
	}
	if len(kept) == 0 {
		return "", nil
	}
	return s, kept
}

var nameSuffixes = map[string]bool{"Jr": true, "Sr": true, "II": true, "III": true, "IV": true}

// acronymOf returns the letters of an all-capitals form ("EU", "U.S."),
// or "".
func acronymOf(form string) string {
	var b strings.Builder
	for _, r := range form {
		switch {
		case r == '.':
		case unicode.IsUpper(r):
			b.WriteRune(r)
		default:
			return ""
		}
	}
	if n := b.Len(); n < 2 || n > 6 {
		return ""
	}
	return b.String()
}

var acronymSkip = map[string]bool{"of": true, "the": true, "and": true, "for": true, "on": true, "de": true, "&": true}

func initialsOf(toks []string) string {
	var b strings.Builder
	for _, t := range toks {
		if acronymSkip[strings.ToLower(t)] {
			continue
		}
		r, _ := utf8.DecodeRuneInString(t)
		if !unicode.IsUpper(r) {
			return ""
		}
		b.WriteRune(r)
	}
	return b.String()
}

func buildEntity(docs []*crossread.Doc, ms []mref, members []int, typ string) crossread.Entity {
	sort.Slice(members, func(a, b int) bool {
		ma, mb := ms[members[a]], ms[members[b]]
		if ma.doc != mb.doc {
			return ma.doc < mb.doc
		}
		return ma.m.Start < mb.m.Start
	})
	forms := map[string]int{}
	e := crossread.Entity{Type: typ}
	seenArticle := map[string]bool{}
	for _, i := range members {
		r := ms[i]
		forms[r.form]++
		id := r.m.ArticleID
		if id == "" && docs[r.doc].Article != nil {
			id = docs[r.doc].Article.ID
		}
		if !seenArticle[id] {
			seenArticle[id] = true
			e.ArticleIDs = append(e.ArticleIDs, id)
		}
		e.Spans = append(e.Spans, r.m)
	}
	e.Mentions = len(members)
	// A form in capitals is a headline's rendering of another form seen,
	// not a spelling of its own.
	folded := map[string]bool{}
	for f := range forms {
		if !isAllCaps(f) {
			folded[strings.ToLower(f)] = true
		}
	}
	for f := range forms {
		if isAllCaps(f) && folded[strings.ToLower(f)] {
			continue
		}
		e.Aliases = append(e.Aliases, f)
	}
	// The name: the most complete form (most words), then the most frequent.
	words := func(f string) int {
		return len(strings.FieldsFunc(f, func(r rune) bool { return r == ' ' || r == '-' }))
	}
	sort.Slice(e.Aliases, func(a, b int) bool {
		fa, fb := e.Aliases[a], e.Aliases[b]
		if wa, wb := words(fa), words(fb); wa != wb {
			return wa > wb
		}
		if forms[fa] != forms[fb] {
			return forms[fa] > forms[fb]
		}
		return fa < fb
	})
	e.Name = e.Aliases[0]
	e.ID = strings.ToLower(e.Type) + ":" + slug(e.Name)
	return e
}

func slug(s string) string {
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(s) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(r)
			dash = false
		} else if !dash && b.Len() > 0 {
			b.WriteByte('-')
			dash = true
		}
	}
	return strings.TrimSuffix(b.String(), "-")
}

// knownAliases maps the common other names of countries and international
// bodies, lower-cased, to one key: names every reader knows as one, that
// neither spelling nor initials join ("America", "Britain", "Holland").
var knownAliases = func() map[string]string {
	out := map[string]string{}
	for _, set := range [][]string{
		{"united states", "united states of america", "u.s.", "us", "u.s.a.", "usa", "america"},
		{"united kingdom", "uk", "u.k.", "britain", "great britain"},
		{"european union", "eu", "e.u."},
		{"united nations", "un", "u.n."},
		{"united arab emirates", "uae", "u.a.e."},
		{"netherlands", "holland"},
		{"czech republic", "czechia"},
		{"turkey", "türkiye", "turkiye"},
		{"ivory coast", "côte d'ivoire", "cote d'ivoire"},
		{"myanmar", "burma"},
		{"north korea", "dprk", "democratic people's republic of korea"},
		{"south korea", "republic of korea"},
		{"china", "people's republic of china", "prc"},
		{"russia", "russian federation"},
		{"nato", "north atlantic treaty organization", "north atlantic treaty organisation"},
	} {
		for _, name := range set {
			out[name] = set[0]
		}
	}
	return out
}()

// shortPrefix: keys, a name's leading words, are a saint's or a country's
// abbreviation a writer may leave off ("St", "U.S.").
func shortPrefix(keys []string) bool {
	if len(keys) != 1 {
		return false
	}
	switch strings.Trim(strings.ToLower(keys[0]), ".") {
	case "st", "saint", "ste", "u.s", "us", "uk", "eu", "un":
		return true
	}
	return false
}
