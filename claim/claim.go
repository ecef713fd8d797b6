// Package claim aligns the statements of a story's articles across outlets:
// claims with their support, single-source facts and discrepancies.
//
// Alignment works on sentences: each gets a TF-IDF vector over its
// content-word stems, the names it mentions (entity names when the entity
// stage linked them, so spellings fold together) and its numbers and dates;
// statements of different articles whose vectors are close are grouped into
// one claim. Support counts independent sources: a near-duplicate copy and a
// second article of the same outlet count with the first.
package claim

import (
	"math"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"crossread"
)

// Result is the cross-check of one story.
type Result struct {
	Claims        []crossread.Claim
	SingleSource  []crossread.SingleSource
	Discrepancies []crossread.Discrepancy
	Alignment     *Alignment // the sentence alignment behind them, for the brief to reuse
}

// Analyze cross-checks the documents of a story. Articles whose
// DuplicateOf is set count as the same source as the article they copy.
func Analyze(docs []*crossread.Doc, entities []crossread.Entity) Result {
	a := Align(docs, entities)
	disc := a.Discrepancies(entities) // first: Only reported by leaves out a disputed figure
	return Result{
		Claims:        a.Claims(),
		SingleSource:  a.SingleSource(),
		Discrepancies: disc,
		Alignment:     a,
	}
}

// Claims returns the groups carried by more than one article, most
// supported first.
//
// An article whose sentence gives a disputed figure otherwise ("rose to
// 10.4 metres" in a group on "reached 10.2 metres") does not carry the
// claim: it is left out of it, and the dispute is shown in Where sources
// differ. (Run Discrepancies first, as Analyze does.)
func (a *Alignment) Claims() []crossread.Claim {
	var out []crossread.Claim
	for _, g := range a.Groups {
		if len(g.ArticleIDs) < 2 {
			continue
		}
		members, rep := a.agreeingMembers(g)
		var ids []string
		for _, m := range members {
			if !slices.Contains(ids, m.ArticleID()) {
				ids = append(ids, m.ArticleID())
			}
		}
		if len(ids) < 2 {
			continue
		}
		c := crossread.Claim{Text: rep.Text, ArticleIDs: ids, Support: a.SupportOf(ids), Span: rep.Span}
		for _, m := range members {
			c.Variants = append(c.Variants, crossread.ClaimVariant{ArticleID: m.ArticleID(), Text: m.Text, Span: m.Span})
		}
		out = append(out, c)
	}
	slices.SortStableFunc(out, func(x, y crossread.Claim) int { return y.Support - x.Support })
	return out
}

// agreeingMembers returns the members of g that give the disputed figures
// in it as most of its articles do, and the representative among them.
func (a *Alignment) agreeingMembers(g *Group) ([]*Sentence, *Sentence) {
	if len(a.disputedValue) == 0 {
		return g.Members, g.Rep
	}
	gives := make([]map[string]string, len(g.Members)) // per member: about → value
	votes := map[string]map[string]map[string]bool{}   // about → value → articles
	for i, m := range g.Members {
		for _, q := range m.Quantities {
			dv, ok := a.disputedValue[spanIn(m, q)]
			if !ok {
				continue
			}
			if gives[i] == nil {
				gives[i] = map[string]string{}
			}
			if prev, ok := gives[i][dv.about]; ok && prev != dv.value {
				gives[i][dv.about] = "" // two values in one sentence: no side
				continue
			}
			gives[i][dv.about] = dv.value
		}
		for about, v := range gives[i] {
			if v == "" {
				continue
			}
			if votes[about] == nil {
				votes[about] = map[string]map[string]bool{}
			}
			if votes[about][v] == nil {
				votes[about][v] = map[string]bool{}
			}
			votes[about][v][m.ArticleID()] = true
		}
	}
	if len(votes) == 0 {
		return g.Members, g.Rep
	}
	repAt := slices.Index(g.Members, g.Rep)
	chosen := map[string]string{}
	for about, byValue := range votes {
		// most articles; on a tie the representative's value, else the
		// smaller (for the same answer every run)
		repValue := ""
		if repAt >= 0 {
			repValue = gives[repAt][about]
		}
		best, bestN := "", 0
		for v, arts := range byValue {
			n := len(arts)
			switch {
			case n > bestN:
				best, bestN = v, n
			case n < bestN || best == repValue:
			case v == repValue || v < best:
				best = v
			}
		}
		chosen[about] = best
	}
	var out []*Sentence
	rep := (*Sentence)(nil)
	for i, m := range g.Members {
		agrees := true
		for about, v := range gives[i] {
			if v != "" && v != chosen[about] {
				agrees = false
			}
		}
		if !agrees {
			continue
		}
		out = append(out, m)
		if m == g.Rep || rep == nil {
			rep = m
		}
	}
	if rep != g.Rep && slices.Contains(out, g.Rep) {
		rep = g.Rep
	}
	return out, rep
}

// Notable explains why a one-source sentence is worth listing: the figure,
// date or person in it that no other source gives, or "" when nothing in it
// is exclusive.
func (a *Alignment) Notable(x *Sentence) string {
	why, _ := a.exclusive(x)
	return why
}

// exclusive is Notable's reason with the figure, date or name itself, as
// the sentence writes it. Keys decide first (the same figure written
// otherwise, an alias); the other sources' text then has the last word, so
// that what Only reported by calls exclusive is absent from it.
func (a *Alignment) exclusive(x *Sentence) (why, detail string) {
	if a.Sources < 2 {
		return "", ""
	}
	others := a.notable.of(a, x.Source)
	for _, q := range x.Quantities {
		if others.has("Q:"+q.Value) || a.writtenElsewhere(q.Text, x.Source) || a.disputed[spanIn(x, q)] || a.roundedElsewhere(x, q) || a.toldOtherwise(x, q) ||
			a.ordinalElsewhere(x, q) {
			// (a figure the others give otherwise is shown as such in
			// Where sources differ, not as this source's exclusive)
			continue
		}
		if q.Kind == "count" && (!strings.ContainsAny(q.Text, "0123456789") || len(strings.TrimSpace(q.Text)) == 1) {
			// "the other two cities", "Tuesday (3)": a count in words or a
			// lone digit is no figure to single out
			continue
		}
		switch {
		case q.Kind == "date" || q.Kind == "year":
			// "the year", "Tuesday": a date read from the article's own
			// day is no fact of its own to single out
			if !strings.ContainsAny(q.Text, "0123456789") && !namesMonth(q.Text) {
				continue
			}
			return "date", q.Text
		case hasDealWord(x.Stems):
			return "deal", withCounted(x.Text, q)
		default:
			return "figure", withCounted(x.Text, q)
		}
	}
	// a person or organisation only this source brings in: a linked
	// entity, or two adjacent name words, that no other source names. (Not
	// from an article in another language than most of the story's: the
	// others name "Estados Unidos" in their own words.)
	if a.MinorityLanguage(x.Doc.Article) {
		return "", ""
	}
	for i, n := range x.Names {
		if others.has(n) || a.writtenElsewhere(x.NameText[i], x.Source) || a.surnameElsewhere(x.NameText[i], x.Source) || a.spelled[Fold(x.NameText[i])] ||
			a.holdsNamedOtherwise(x.NameText[i]) ||
			namesOutlet(x.NameText[i], x.Doc.Article.Source) {
			continue
		}
		if t := a.nameType[n]; (t == crossread.PERSON || t == crossread.ORG) &&
			(strings.Contains(x.NameText[i], " ") || capitalisedInside(x.Doc.Article.Text, x.NameText[i])) {
			// (one word that only ever opens a sentence, "Además, …", is
			// too weak a name to single out)
			return "person", x.NameText[i]
		}
		if i > 0 && x.NameWord[i] >= 0 && x.NameWord[i-1] == x.NameWord[i]-1 && !others.has(x.Names[i-1]) {
			if two := x.NameText[i-1] + " " + x.NameText[i]; !a.writtenElsewhere(two, x.Source) {
				return "person", two
			}
		}
	}
	return "", ""
}

// roundedElsewhere: another source gives the figure q of x rounded or as
// a bound of the same thing, or q is so given and another source gives it
// within a tenth ("78,430 adults", "more than 78,000 adults"; "more than
// 12,000 acres", "12,500 acres"), maybe in another unit of the same
// measure ("roughly 4,900 hectares"): its precision is no fact of its own.
func (a *Alignment) roundedElsewhere(x *Sentence, q Quantity) bool {
	if len(q.After) == 0 && unitOf(x.Text, q) == "" {
		return false
	}
	for _, y := range a.Sentences {
		if y.Source == x.Source {
			continue
		}
		for _, r := range y.Quantities {
			if r.Kind != q.Kind {
				continue
			}
			if len(r.After) > 0 && len(q.After) > 0 && sameCounted(r.After[0], q.After[0]) &&
				(roughlyEqual(x.Text, q, y.Text, r) || bothRough(x.Text, q, y.Text, r)) {
				return true
			}
			// the same measure in another unit
			if convertedAlike(x.Text, q, y.Text, r) {
				return true
			}
		}
	}
	return false
}

// MinorityLanguage: art is written in another language than most of the
// story's articles (both known).
func (a *Alignment) MinorityLanguage(art *crossread.Article) bool {
	l := languageOf(art)
	if l == "" {
		return false
	}
	a.langOnce.Do(func() {
		a.langCount = map[string]int{}
		for _, d := range a.Docs {
			a.langCount[languageOf(d.Article)]++
		}
	})
	count := a.langCount
	for m, n := range count {
		if m != "" && m != l && n > count[l] {
			return true
		}
	}
	return false
}

// withCounted is a bare count with the word that says what it counts,
// as the sentence writes it: "12 years", "150 people", not "12".
func withCounted(sentence string, q Quantity) string {
	if q.End >= len(sentence) || sentence[q.End] != ' ' || q.Kind != "count" && !(q.Kind == "money" && currencyAfter(sentence[q.End:], q.Text)) {
		return q.Text
	}
	rest := sentence[q.End+1:]
	// (an elided article stays on its word: "88 millions d'euros")
	end := strings.IndexFunc(rest, func(r rune) bool { return !unicode.IsLetter(r) && r != '-' && r != '\'' && r != '’' })
	if end < 0 {
		end = len(rest)
	}
	w := rest[:end]
	// ("rose to 11 last night": no "11 last")
	if w == "" || !unicode.IsLower([]rune(w)[0]) || IsStop(Fold(w)) || calendarWords[Fold(w)] || whenWords[Fold(w)] {
		return q.Text
	}
	return q.Text + " " + w
}

// whenWords tell when, after a figure, not what it counts.
var whenWords = setOfWords(`last next this overnight yesterday today tonight earlier later ago since on in at by
	anoche ayer hoy hier aujourd'hui ieri oggi ontem hoje gestern heute gisteren vandaag`)

// namesMonth reports a month's name in s ("in March").
func namesMonth(s string) bool {
	for _, w := range strings.Fields(strings.ToLower(s)) {
		if monthWords[strings.Trim(w, ".,")] {
			return true
		}
	}
	return false
}

// capitalisedInside reports word written somewhere in text where its
// capital is not a sentence's: after a word or a comma, not after a full
// stop, a quote or a line break.
func capitalisedInside(text, word string) bool {
	for off := 0; off < len(text); {
		i := strings.Index(text[off:], word)
		if i < 0 {
			return false
		}
		i += off
		off = i + len(word)
		j := i
		for j > 0 && text[j-1] == ' ' {
			j--
		}
		if j == i || j == 0 {
			continue // glued to what precedes, or the text's first word
		}
		prev, _ := utf8.DecodeLastRuneInString(text[:j])
		if !strings.ContainsRune(".!?:;\n\"“‘'«(-–—", prev) {
			after, _ := utf8.DecodeRuneInString(text[off:])
			if !isWordRune(after) {
				return true
			}
		}
	}
	return false
}

// namesOutlet reports a name that is the article's own outlet ("Costa
// Norte" in a notice of "Diario Costa Norte"): no exclusive, only the
// outlet speaking of itself.
func namesOutlet(name, outlet string) bool {
	n, o := Fold(name), Fold(outlet)
	return n != "" && o != "" && (strings.Contains(o, n) || strings.Contains(n, o))
}

// writtenElsewhere reports a figure or name that an article of another
// source writes as such, whatever its sentences were keyed as ("Varga"
// inside "the Varga government's", "Transport Ministry" after "The").
func (a *Alignment) writtenElsewhere(term string, src int) bool {
	term = strings.ToLower(strings.TrimSpace(term))
	if term == "" {
		return false
	}
	a.notable.lowerOnce.Do(func() {
		a.notable.lower = make([]string, len(a.Docs))
		for i, d := range a.Docs {
			a.notable.lower[i] = strings.ToLower(d.Article.Title + "\n" + d.Article.Text)
		}
	})
	for i, d := range a.Docs {
		if a.sourceOf[d.Article.ID] != src && ContainsWord(a.notable.lower[i], term) {
			return true
		}
	}
	return false
}

// holdsNamedOtherwise: the name holds a thing another outlet names
// otherwise ("Nordair Airbus A320" beside "Boeing 737-800").
func (a *Alignment) holdsNamedOtherwise(name string) bool {
	f := Fold(name)
	for _, v := range a.namedOtherwise {
		if strings.Contains(f, v) {
			return true
		}
	}
	return false
}

// sameCounted: two stems name the same things counted ("homes",
// "households").
func sameCounted(a, b string) bool {
	if a == b {
		return true
	}
	ca, oka := countedAlike[a]
	cb, okb := countedAlike[b]
	return oka && okb && ca == cb
}

// countedAlike groups the stems of things news counts under one name.
var countedAlike = map[string]string{
	"home": "home", "household": "home", "hous": "home", "dwell": "home",
	"peopl": "people", "person": "people", "resid": "people", "individu": "people", "inhabit": "people",
	"custom": "customer", "client": "customer", "subscrib": "customer",
}

// bothRough: both figures are rough ("some 180,000", "about 200,000") and
// within a sixth of each other: two estimates of one count.
func bothRough(xs string, p Quantity, ys string, q Quantity) bool {
	if hedgeOf(xs, p) != "rough" || hedgeOf(ys, q) != "rough" {
		return false
	}
	pv, err1 := strconv.ParseFloat(p.Value, 64)
	qv, err2 := strconv.ParseFloat(q.Value, 64)
	return err1 == nil && err2 == nil && max(pv, qv) > 0 && math.Abs(pv-qv)/max(pv, qv) <= 0.15
}

// ordinalElsewhere: the count q of x is a time counted in minutes, hours
// or days ("after 23 minutes") that another source gives as an ordinal
// ("in the 23rd minute"), or as one a step or two apart.
func (a *Alignment) ordinalElsewhere(x *Sentence, q Quantity) bool {
	if q.Kind != "count" || !strings.ContainsAny(q.Text, "0123456789") || len(q.After) == 0 {
		return false
	}
	switch q.After[0] {
	case "minut", "hour", "day", "lap", "round", "week":
	default:
		return false
	}
	v, err := strconv.Atoi(q.Text)
	if err != nil {
		return false
	}
	// the same minute, or one a source gives a minute or two apart (the
	// 67th against "on 68 minutes" is the same goal told otherwise)
	for n := max(1, v-2); n <= v+2; n++ {
		for _, suffix := range []string{"st", "nd", "rd", "th"} {
			if a.writtenElsewhere(strconv.Itoa(n)+suffix, x.Source) {
				return true
			}
		}
	}
	return false
}

// surnameElsewhere reports a name of several words whose last word, as
// capitalised, another source writes: "Okafor" for "Finance Minister
// Paul Okafor" is the same person.
func (a *Alignment) surnameElsewhere(name string, src int) bool {
	f := strings.Fields(name)
	if len(f) < 2 {
		return false
	}
	last := strings.Trim(f[len(f)-1], ".,;:’'")
	// "Biden administration", "Trump campaign": the name in it is what
	// other outlets would have to give, not the common noun after it.
	if r, _ := utf8.DecodeRuneInString(last); unicode.IsLower(r) {
		last = strings.Trim(f[len(f)-2], ".,;:’'")
		last = strings.TrimSuffix(strings.TrimSuffix(last, "’s"), "'s")
	}
	if utf8.RuneCountInString(last) < 3 {
		return false
	}
	for _, d := range a.Docs {
		if a.sourceOf[d.Article.ID] != src && (ContainsWord(d.Article.Text, last) || ContainsWord(d.Article.Title, last)) {
			return true
		}
	}
	return false
}

// ContainsWord reports term in text with no letter or digit running on
// at either end.
func ContainsWord(text, term string) bool { return IndexWord(text, term, 0) >= 0 }

// IndexWord is the index of the first whole-word occurrence of term in
// text at or after from, -1 for none.
func IndexWord(text, term string, from int) int {
	for off := from; off <= len(text); {
		i := strings.Index(text[off:], term)
		if i < 0 {
			return -1
		}
		i += off
		before, _ := utf8.DecodeLastRuneInString(text[:i])
		after, _ := utf8.DecodeRuneInString(text[i+len(term):])
		if !isWordRune(before) && !isWordRune(after) {
			return i
		}
		off = i + 1
	}
	return -1
}

// notableTerms knows, for every figure ("Q:" value) and name of the
// story, which sources give it, so that Notable need not go through every
// sentence for each one it is asked about.
type notableTerms struct {
	once sync.Once
	// first source giving the term, or -1 when two or more do
	source map[string]int
	// each article's title and text in lower case, for writtenElsewhere
	lowerOnce sync.Once
	lower     []string
}

// otherSources answers "does a source other than src give the term?".
type otherSources struct {
	source map[string]int
	src    int
}

func (o otherSources) has(t string) bool {
	s, ok := o.source[t]
	return ok && s != o.src // -1, for several sources, is never src
}

func (n *notableTerms) of(a *Alignment, src int) otherSources {
	n.once.Do(func() {
		n.source = map[string]int{}
		add := func(t string, s int) {
			if first, ok := n.source[t]; !ok {
				n.source[t] = s
			} else if first >= 0 && first != s {
				n.source[t] = -1
			}
		}
		for _, y := range a.Sentences {
			for _, q := range y.Quantities {
				add("Q:"+q.Value, y.Source)
			}
			for _, nm := range y.Names {
				add(nm, y.Source)
			}
		}
	})
	return otherSources{n.source, src}
}

var dealStems = map[string]bool{"deal": true, "agreement": true, "agre": true, "contract": true, "purchas": true,
	"invest": true, "worth": true, "sign": true, "trade": true, "partnership": true, "bought": true, "buy": true, "sold": true, "sell": true}

func hasDealWord(stems []string) bool {
	for _, s := range stems {
		if dealStems[s] {
			return true
		}
	}
	return false
}

// SingleSource lists the statements one source alone carries that contain
// a figure, date, deal or name no other source gives, most specific first.
func (a *Alignment) SingleSource() []crossread.SingleSource {
	type cand struct {
		s   crossread.SingleSource
		pri int
		pos int
	}
	var cs []cand
	rank := map[string]int{"deal": 0, "figure": 1, "date": 2, "person": 3}
	for _, g := range a.Groups {
		if g.Support != 1 {
			continue
		}
		why, detail := a.exclusive(g.Rep)
		if why == "" {
			continue
		}
		cs = append(cs, cand{crossread.SingleSource{Text: g.Rep.Text, ArticleID: g.Rep.ArticleID(), Span: g.Rep.Span, Why: why, Detail: detail}, rank[why], g.Rep.Index})
	}
	sort.SliceStable(cs, func(i, j int) bool {
		if cs[i].pri != cs[j].pri {
			return cs[i].pri < cs[j].pri
		}
		return cs[i].pos < cs[j].pos
	})
	out := make([]crossread.SingleSource, len(cs))
	for i, c := range cs {
		out[i] = c.s
	}
	return out
}
