package claim

import (
	"math"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"crossread"
	"crossread/timex"
)

// Sentence is one sentence of a story's article with the features used to
// align it with the other outlets' sentences.
type Sentence struct {
	Doc       *crossread.Doc
	Index     int // order within its article
	Paragraph int
	Text      string
	Span      crossread.Span
	Statement bool // a full sentence, not a heading, question, caption or fragment
	Caption   bool // a photo caption standing as its own paragraph
	Source    int  // independent-source group of its article

	Stems      []string   // content-word stems (names excluded)
	Names      []string   // name keys: entity names when known, else NameKey of capitalised words
	NameText   []string   // the names as written, parallel to Names
	NameWord   []int      // index of the name's first word, parallel to Names
	Quantities []Quantity // numbers and dates

	vec  map[string]float64
	norm float64
	tid  []int32   // ids of the terms of vec, sorted
	tw   []float64 // their weights, parallel to tid
	stmt int       // index among the story's statements, -1 for none
	prev *Sentence // the sentence before it in its article, nil for the first
}

// ArticleID is the id of the sentence's article.
func (s *Sentence) ArticleID() string { return s.Doc.Article.ID }

// Group is a set of sentences, from different articles, that state the same
// fact.
type Group struct {
	Members    []*Sentence // sorted by article order
	Rep        *Sentence   // the most central member
	ArticleIDs []string
	Support    int // independent sources
}

// Alignment is the sentence-level cross-check of a story.
type Alignment struct {
	Docs           []*crossread.Doc
	Sentences      []*Sentence // every sentence, statement or not, in article order
	Groups         []*Group    // every statement in exactly one group; most supported first
	GroupOf        map[*Sentence]*Group
	Sources        int // number of independent sources in the story
	sourceOf       map[string]int
	lowercase      map[string]bool // folded words seen written in lower case
	nameType       map[string]string
	datelines      map[*crossread.Doc][]string // per article, the name keys of the places its dateline gives ("GRANTVILLE, Arkola —")
	written        map[string]bool             // article id + "\x00" + a name as written: whether the article's text holds it
	idf            map[string]float64
	aliases        map[string]string
	termID         map[string]int32           // every term of the story's sentences, numbered
	stmts          []*Sentence                // the statements, in order
	near           [][]neighbour              // per statement, those of other articles at LinkFloor or more, in order
	articleNames   map[string]map[string]bool // per article, the name keys of its sentences (made when first asked)
	articleLower   map[string]map[string]bool // per article, the words it writes in lower case (made when first asked)
	notable        notableTerms
	disputed       map[crossread.Span]bool // the figures Discrepancies found given otherwise elsewhere
	disputedValue  map[crossread.Span]disputedAs
	spelled        map[string]bool // the names (and their words) Discrepancies found spelled otherwise elsewhere, folded
	namedOtherwise []string        // things Discrepancies found named otherwise elsewhere ("boeing 737-800"), folded
	langOnce       sync.Once
	langCount      map[string]int // articles per language, for MinorityLanguage
	postings       [][]int32      // per term id, the statements holding it, in order
	weights        [][]float64    // the term's weight in each, parallel to postings
	scratch        sync.Pool      // *[]float64 of len(stmts), zeroed, for SimilarStatements
}

// SimilarStatements calls f with every statement that shares a term with
// x, a statement of this alignment, and Similarity(x, y): the statements it
// leaves out are those whose similarity to x is 0. Each y comes once, in no
// particular order. It reports false, calling nothing, when x is not one
// of the alignment's statements.
func (a *Alignment) SimilarStatements(x *Sentence, f func(y *Sentence, sim float64)) bool {
	if x.stmt < 0 || x.stmt >= len(a.stmts) || a.stmts[x.stmt] != x {
		return false
	}
	if x.norm == 0 {
		return true
	}
	buf, _ := a.scratch.Get().(*[]float64)
	if buf == nil {
		b := make([]float64, len(a.stmts))
		buf = &b
	}
	dot := *buf
	var touched []int32
	// summed in term order, as Similarity sums: the same value to the bit
	for k, t := range x.tid {
		w := x.tw[k]
		ws := a.weights[t]
		for p, j := range a.postings[t] {
			if dot[j] == 0 {
				touched = append(touched, j)
			}
			dot[j] += w * ws[p]
		}
	}
	for _, j := range touched {
		d := dot[j]
		dot[j] = 0
		y := a.stmts[j]
		f(y, d/(x.norm*y.norm))
	}
	a.scratch.Put(buf)
	return true
}

// neighbour is a statement similar to another one.
type neighbour struct {
	stmt int
	sim  float64
}

// similarAfter calls f for each statement after x, of another article,
// whose similarity to x reaches LinkFloor, in order.
func (a *Alignment) similarAfter(x *Sentence, f func(y *Sentence, sim float64)) {
	if x.stmt < 0 || x.stmt >= len(a.stmts) || a.stmts[x.stmt] != x {
		return
	}
	nb := a.near[x.stmt]
	from := sort.Search(len(nb), func(k int) bool { return nb[k].stmt > x.stmt })
	for _, n := range nb[from:] {
		f(a.stmts[n.stmt], n.sim)
	}
}

// Thresholds of the alignment. SameFact was chosen on hand-made paraphrase
// pairs (see align_test.go): paraphrases of one fact score 0.35–0.8, sentences
// of one story about different facts mostly below 0.3.
const (
	SameFact    = 0.32
	LinkFloor   = 0.2 // every pair inside a group must reach this
	Redundant   = 0.5 // two brief sentences this similar say the same thing
	nameWeight  = 1.3
	quantWeight = 1.5
)

// Align splits the story's articles into sentences, computes their features
// and groups the statements that say the same thing.
func Align(docs []*crossread.Doc, entities []crossread.Entity) *Alignment {
	a := &Alignment{Docs: docs, GroupOf: map[*Sentence]*Group{}, nameType: map[string]string{}}
	a.sourceOf, a.Sources = sourceGroups(docs)
	a.lowercase = lowercaseWords(docs)
	aliases := aliasIndex(entities)
	a.aliases = aliases
	for _, d := range docs {
		ss := a.sentencesOf(d, aliases)
		for i := 1; i < len(ss); i++ {
			ss[i].prev = ss[i-1]
		}
		a.Sentences = append(a.Sentences, ss...)
	}
	a.weigh()
	a.group()
	return a
}

// sourceGroups assigns each article an independent-source number: a
// near-duplicate shares the number of the article it copies, and two
// articles of the same outlet share one.
func sourceGroups(docs []*crossread.Doc) (map[string]int, int) {
	groups := newSets[string]()
	byOutlet := map[string]string{}
	for _, d := range docs {
		a := d.Article
		groups.find(a.ID)
		if a.DuplicateOf != "" {
			groups.union(a.DuplicateOf, a.ID)
		}
		if o := strings.Join(strings.Fields(Fold(a.Source)), " "); o != "" {
			if first, ok := byOutlet[o]; ok {
				groups.union(first, a.ID)
			} else {
				byOutlet[o] = a.ID
			}
		}
	}
	num := map[string]int{}
	out := map[string]int{}
	for _, d := range docs {
		r := groups.find(d.Article.ID)
		if _, ok := num[r]; !ok {
			num[r] = len(num)
		}
		out[d.Article.ID] = num[r]
	}
	return out, len(num)
}

// SourceOf returns the independent-source number of an article.
func (a *Alignment) SourceOf(articleID string) int { return a.sourceOf[articleID] }

// SupportOf counts the independent sources among article ids.
func (a *Alignment) SupportOf(ids []string) int {
	seen := map[int]bool{}
	for _, id := range ids {
		seen[a.sourceOf[id]] = true
	}
	return len(seen)
}

func lowercaseWords(docs []*crossread.Doc) map[string]bool {
	out := map[string]bool{}
	for _, d := range docs {
		for _, w := range Words(d.Article.Text) {
			r, _ := utf8.DecodeRuneInString(w.Text)
			if unicode.IsLower(r) {
				out[Fold(w.Text)] = true
			}
		}
	}
	return out
}

// aliasIndex maps every folded spelling of an entity to one key, so that
// outlets spelling a name differently still share it.
func aliasIndex(entities []crossread.Entity) map[string]string {
	out := map[string]string{}
	for _, e := range entities {
		key := "E:" + Fold(e.Name)
		out[Fold(e.Name)] = key
		for _, al := range e.Aliases {
			out[Fold(al)] = key
		}
	}
	return out
}

// sentencesOf returns the document's sentences with their features. The
// sentence splitter's units are split again at line breaks that end a
// heading, so that "Why it matters\nMoldova…" yields two units.
func (a *Alignment) sentencesOf(d *crossread.Doc, aliases map[string]string) []*Sentence {
	text := d.Article.Text
	var out []*Sentence
	for _, s := range d.Sentences {
		if !s.Valid(len(text)) {
			continue
		}
		for _, sp := range splitLines(text, s.Start, s.End, a.lowercase) {
			if n := timex.DatelineLength(text[sp[0]:sp[1]]); n > 0 && len(out) < 3 && a.datelines[d] == nil {
				a.datelineOf(d, text[sp[0]:sp[0]+n], aliases)
			}
			sp[0] += labelLength(text[sp[0]:sp[1]])
			t := text[sp[0]:sp[1]]
			x := &Sentence{Doc: d, Index: len(out), Paragraph: s.Paragraph, Text: t,
				Span:   crossread.Span{ArticleID: d.Article.ID, Start: sp[0], End: sp[1]},
				Source: a.sourceOf[d.Article.ID]}
			// one split into words serves every test of the sentence
			ws := Words(t)
			x.Statement = isStatement(strings.TrimSpace(t), ws) && (hasVerbIn(ws) || pastTenseIn(ws, stemLang(d.Article.Language))) && !a.gluedHeading(t, ws)
			a.featuresOf(x, aliases, ws)
			out = append(out, x)
		}
	}
	// A caption is a paragraph of its own; only then can its present
	// tense tell it from a lead.
	perParagraph := map[int]int{}
	for _, x := range out {
		perParagraph[x.Paragraph]++
	}
	for _, x := range out {
		if x.Statement && perParagraph[x.Paragraph] == 1 && IsCaption(x.Text) {
			x.Statement, x.Caption = false, true
		}
	}
	return out
}

// datelineOf records the places a wire dateline names, the town and the
// region or country after it ("GRANTVILLE, Arkola —", "KYIV, Ukraine (AP)
// —"), leaving out its date and agency.
func (a *Alignment) datelineOf(d *crossread.Doc, dateline string, aliases map[string]string) {
	for _, end := range []string{"(", "–", "—", " -"} { // not a hyphen: "WINSTON-SALEM, N.C. —"
		if i := strings.Index(dateline, end); i >= 0 {
			dateline = dateline[:i]
		}
	}
	var keys []string
	for _, part := range strings.Split(dateline, ",") {
		part = strings.TrimSpace(part)
		if part == "" || strings.ContainsAny(part, "0123456789") {
			continue
		}
		key, ok := aliases[Fold(part)]
		if !ok {
			key = "E:" + Fold(part)
		}
		keys = append(keys, key)
	}
	if a.datelines == nil {
		a.datelines = map[*crossread.Doc][]string{}
	}
	a.datelines[d] = keys
}

// labelLength is the length of a short label or dateline opening s ("Author's
// summary: ", "Why it matters: ", "UPDATE: "): one to four words before a
// colon, followed by a capitalised sentence. The label is page furniture;
// the statement starts after it.
func labelLength(s string) int {
	if end := timex.DatelineLength(s); end > 0 && len(Words(s[end:])) >= 6 {
		return end
	}
	i := strings.IndexByte(s, ':')
	if i <= 0 || i > 40 {
		return 0
	}
	head := s[:i]
	if strings.ContainsAny(head, ".\"“”!?,;") {
		return 0
	}
	ws := Words(head)
	if len(ws) == 0 || len(ws) > 4 {
		return 0
	}
	// "At 10:30" or "2:1" are times and scores, not labels.
	if r, _ := utf8.DecodeLastRuneInString(head); unicode.IsDigit(r) {
		return 0
	}
	rest := s[i+1:]
	j := len(rest) - len(strings.TrimLeft(rest, " \t"))
	if j == 0 {
		return 0
	}
	r, _ := utf8.DecodeRuneInString(rest[j:])
	if !unicode.IsUpper(r) || len(Words(rest)) < 6 {
		return 0
	}
	return i + 1 + j
}

// verbCues are finite verb forms that carry no -ed or -s ending: the
// auxiliaries, modals and the most frequent irregular past tenses.
var verbCues = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`is are was were be been being am has have had do does did will would can could may
		might shall should must ought went took made said told gave came became began held met saw got left led won lost
		paid sent spent built brought thought found put set cut hit let ran rose fell fought kept knew wrote spoke stood
		struck sought sold bought chose drew drove ate flew grew hung lay meant read shot shut sat slept swore taught
		threw understood woke wore broke forgot forgave froze hid bore beat bit bled bent bound caught clung dealt dug
		fed felt fled flung forbade heard laid lent lit overcame overtook sank sang slid spun sprang stole stuck stung
		swept swam swung tore thrust undertook upheld withdrew withheld won't can't don't doesn't didn't isn't aren't
		cost costs hurt spread shed split burst quit wasn't weren't hasn't haven't hadn't wouldn't couldn't shouldn't 're 've 'll`) {
		verbCues[w] = true
	}
	// The auxiliaries and commonest verbs of the other languages read
	// (folded; words that are English too, "war", "son", "era", left out),
	// so that their short sentences count as statements.
	for _, w := range strings.Fields(`ist sind wurde wurden wird werden hat haben hatte hatten sagte sagt soll sollen kann konnte
		starb starben kam kamen gab gaben gibt ging gingen geht stieg stiegen fiel fielen lag lagen liegt stand standen
		befand befanden sass sassen
		steht blieb blieben bleibt traf trafen nahm nahmen fand fanden verlor verloren gewann gewannen begann begannen
		musste mussten muss mussen konnten konnen durfte durften darf wollte wollten sollte sollten kommt heisst sei seien
		ware waren hatten erreichte erreichten teilte teilten meldete meldeten erklarte erklarten kundigte kundigten
		murieron murio hubo dieron hizo hicieron llego llegaron dejo dejaron resultaron
		meurent moururent furent fut avaient
		morirono furono fu erano
		morreram morreu foram eram
		atteint obtenu etabli remporte gagne recueilli s'est n'est c'est n'a l'a
		zijn werd werden heeft hebben had hadden zei zegt kwamen vielen raakten`) {
		verbCues[w] = true
	}
	for _, w := range strings.Fields(`
		fue fueron han habia dijo sera esta estan estaba tiene tienen
		est sont etait ont sera avait dit
		sono stato stata hanno aveva disse ha
		foi foram tem disse estao
		tratta trata trata-se s'agit handelt`) { // ("Si tratta di …", "Il s'agit de …": who the sentence before spoke of)
		verbCues[w] = true
	}
}

// hasVerb reports whether a short sentence shows some finite verb: an
// auxiliary, modal or irregular past, or a lower-case word ending in -ed or
// -s (a past tense or a third person present; plural nouns pass too, which
// errs on the side of keeping). Long sentences are taken to have one: the
// test is for headings and glued fragments ("Washington's strategic reach
// into Central Asia."), which are short.
func hasVerb(s string) bool { return hasVerbIn(Words(s)) }

// pastTenseEndings are the endings of the simple past (and the imperfect)
// of the other languages read, as news tells its events in them: German
// "löste", "überlebten"; Spanish "rescató", "murieron", "transportaba";
// French "transportait", "déclarèrent"; Italian "affondò", "arrivarono";
// Portuguese "desabou", "ocorreu", "morreram", "dormia"; Dutch "vertrokken" is too like a
// participle and only "-de"/"-te" count. A lower-case word of five
// letters or more with one is taken for a verb: a sentence needs one.
var pastTenseEndings = map[string][]string{
	"de": {"te", "ten"},
	"es": {"ó", "aron", "ieron", "aba", "aban", "ía", "ían"},
	"fr": {"ait", "aient", "èrent"},
	"it": {"ò", "ì", "arono", "irono", "erono", "ava", "avano", "ato", "uto", "ito"},
	"pt": {"ou", "eu", "iu", "aram", "eram", "iram", "ava", "avam", "ia", "iam"},
	"nl": {"de", "te", "den", "ten"},
}

// finiteVerbs are the other languages' commonest finite verbs that no
// ending tells: auxiliaries and strong pasts ("brach", "kam", "fue").
var finiteVerbs = map[string]map[string]bool{
	"de": setOfWords(`ist sind war waren hat haben hatte hatten wird werden wurde wurden brach brachen kam kamen lag lagen gab
		fand fanden stand standen ging gingen fiel fielen stieg stiegen sank starb starben blieb blieben traf trafen rief
		betrug betrugen erhielt erhielten gewann gewannen verlor verloren saß saßen fuhr fuhren lief liefen
		schätzt schätzen beziffert beziffern beträgt betragen liegt liegen gibt geben meldet melden zählt zählen kostet kosten
		bleibt bleiben steht stehen fehlt fehlen sagt sagen spricht sprechen`),
	"nl": setOfWords(`is zijn was waren heeft hebben had hadden wordt worden werd werden brak kwam kwamen lag gaf vond stond
		ging gingen viel vielen steeg stierf stierven bleef bleven bedroeg bedroegen kreeg kregen won wonnen verloor verloren haalde haalden
		zat zaten reed reden voer voeren liep liepen
		schat schatten raamt bedraagt bedragen telt tellen meldt melden zegt zeggen ligt liggen staat staan blijft blijven kost kosten`),
	"fr": setOfWords(`est sont a ont était étaient fut furent sera seront fait
		estime estiment chiffre évalue évaluent atteint atteignent compte comptent reste restent dit disent indique précise affirme`),
	"es": setOfWords(`es son fue fueron ha han está están era eran hubo será serán
		estima estiman cifra calcula calculan asciende ascienden alcanza alcanzan supera superan dice indica señala afirma suma suman`),
	"it": setOfWords(`è sono ha hanno fu furono era erano sarà saranno
		stima stimano calcola ammonta ammontano raggiunge raggiungono supera superano dice spiega afferma conta contano`),
	"pt": setOfWords(`é são foi foram tem têm está estão era eram será serão houve
		estima estimam calcula ascende atinge atingem ultrapassa diz afirma soma somam conta contam`),
}

// pastTenseIn: a word of ws, in language lang, reads as a verb in the past
// tense (or as one of its finiteVerbs).
func pastTenseIn(ws []Word, lang string) bool {
	ends := pastTenseEndings[lang]
	if ends == nil {
		return false
	}
	for _, w := range ws {
		r, _ := utf8.DecodeRuneInString(w.Text)
		if unicode.IsLower(r) && finiteVerbs[lang][strings.ToLower(w.Text)] {
			return true // "Der Brand brach … aus", "Het vuur is geblust"
		}
		// elided: "c'erano", "s'est", "c'è"
		if i := strings.IndexAny(w.Text, "'’"); i > 0 && i < 3 && unicode.IsLower(r) {
			_, size := utf8.DecodeRuneInString(w.Text[i:])
			if finiteVerbs[lang][strings.ToLower(w.Text[i+size:])] {
				return true
			}
		}
		// (four letters in Portuguese and Spanish, whose short pasts
		// tell a fall: "caiu", "ruiu", "cayó")
		if n := utf8.RuneCountInString(w.Text); !unicode.IsLower(r) || n < 4 || n == 4 && lang != "pt" && lang != "es" {
			continue
		}
		t := strings.ToLower(w.Text)
		for _, e := range ends {
			if strings.HasSuffix(t, e) {
				return true
			}
		}
	}
	return false
}

// hasVerbIn is hasVerb on the sentence's words.
func hasVerbIn(ws []Word) bool {
	if len(ws) > 12 {
		return true
	}
	for _, w := range ws {
		f := Fold(w.Text)
		if verbCues[f] {
			return true
		}
		if i := strings.IndexByte(f, '\''); i > 0 && verbCues[f[i:]] {
			return true
		}
		r, _ := utf8.DecodeRuneInString(w.Text)
		if !unicode.IsLower(r) || len(f) < 4 || strings.HasSuffix(f, "'s") {
			continue
		}
		if strings.HasSuffix(f, "ed") || strings.HasSuffix(f, "s") && !strings.HasSuffix(f, "ss") && !strings.HasSuffix(f, "us") && !strings.HasSuffix(f, "is") {
			return true
		}
	}
	return false
}

// gluedHeading: a title-case heading run into the sentence after it ("Why
// the Move Matters Moldova's joining is seen …"): an opening question
// word in a sentence that is no question, followed within four words by
// a capitalised word the story otherwise writes in lower case.
func (a *Alignment) gluedHeading(s string, ws []Word) bool {
	if len(ws) < 3 || strings.HasSuffix(strings.TrimSpace(s), "?") {
		return false
	}
	switch Fold(ws[0].Text) {
	case "why", "how", "what", "what's", "where", "when", "who", "which":
	default:
		return false
	}
	for _, w := range ws[1:min(len(ws), 5)] {
		r, _ := utf8.DecodeRuneInString(w.Text)
		f := Fold(w.Text)
		if unicode.IsUpper(r) && !IsStop(f) && a.lowercase[f] {
			return true
		}
	}
	return false
}

var captionParenRE = regexp.MustCompile(`\s*\([^()]{0,30}\)`)

// captionDate is the when or where a caption sets its picture in.
var captionDate = regexp.MustCompile(`\b(?:on|in|at|during)\s+(?:(?i:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}|\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|(?:the\s+)?\p{Lu}[\p{L}-]+)`)

// IsCaption reports whether s reads as a photo caption: present simple
// after a named subject ("X meets Y", "X speaks"), set at a date or place
// ("on November 6", "in Washington"), with no reporting verb and no
// quotation. Call it only for a sentence that is a paragraph of its own.
func IsCaption(s string) bool {
	// "(left)", "(C)", "(2nd R)" point into the picture
	s = captionParenRE.ReplaceAllString(s, " ")
	ws := Words(s)
	if len(ws) < 5 || len(ws) > 40 || strings.ContainsAny(s, "\"“”") {
		return false
	}
	verb := -1
	for i := 1; i < len(ws) && i < 12; i++ {
		f := Fold(ws[i].Text)
		r, _ := utf8.DecodeRuneInString(ws[i].Text)
		if !unicode.IsLower(r) || IsStop(f) {
			if unicode.IsLower(r) {
				break
			}
			continue
		}
		pr, _ := utf8.DecodeRuneInString(ws[i-1].Text)
		// (a name before it, not a capitalised article: "The floods swept")
		if unicode.IsUpper(pr) && !IsStop(Fold(ws[i-1].Text)) && !quantifier(Fold(ws[i-1].Text)) && strings.HasSuffix(f, "s") && !strings.HasSuffix(f, "ss") && !strings.HasSuffix(f, "'s") && len(f) > 3 {
			verb = i
			// a verb after it makes it the subject's noun: "Allied navies
			// began their largest exercise …", "Rescue teams in Colombia
			// worked through the night …"
			for k := i + 1; k < len(ws) && k <= i+3; k++ {
				if n := Fold(ws[k].Text); verbCues[n] && !auxiliary[n] || len(n) > 4 && strings.HasSuffix(n, "ed") {
					verb = -1
					break
				}
			}
		}
		break
	}
	if verb < 0 {
		return false
	}
	switch Fold(ws[verb].Text) {
	case "says", "tells", "writes", "reports", "claims", "argues", "warns", "adds", "notes", "insists":
		return false
	}
	for _, w := range ws {
		switch Fold(w.Text) {
		case "said", "told", "has", "have", "had", "was", "were", "will", "would",
			// an attribution: a report, not a picture's line
			"announced", "reported", "confirmed", "added", "stated", "according":
			return false
		}
	}
	return captionDate.MatchString(s[ws[verb].End:])
}

// quantifier: a number or a word of quantity, which opens a subject ("Five
// carriages came off", "Several homes were") but names no one a caption
// could show.
func quantifier(f string) bool {
	if _, ok := wordNums[f]; ok {
		return true
	}
	// "Forty-two passengers and four crew are safe …"
	if a, b, ok := strings.Cut(f, "-"); ok {
		_, oka := wordNums[a]
		_, okb := wordNums[b]
		if oka && (okb || b == "one") {
			return true
		}
	}
	switch f {
	case "one", "several", "many", "some", "few", "most", "all", "both", "dozens", "hundreds", "thousands", "millions", "scores":
		return true
	}
	return false
}

// splitLines cuts text[start:end] at single line breaks that follow a
// heading or a finished sentence; a break inside a running sentence (a
// wrapped line) is kept.
func splitLines(text string, start, end int, lowercase map[string]bool) [][2]int {
	var out [][2]int
	from := start
	for i := start; i < end; i++ {
		if text[i] != '\n' {
			continue
		}
		prev := strings.TrimSpace(text[from:i])
		next := strings.TrimSpace(text[i+1 : end])
		if prev == "" || next == "" {
			continue
		}
		pr, _ := utf8.DecodeLastRuneInString(prev)
		nr, _ := utf8.DecodeRuneInString(next)
		// A capital after a line break starts a new unit unless it is a
		// name continuing a wrapped line: the word must be one the story
		// also writes in lower case ("The", "Moldova" is not).
		firstWord := ""
		if ws := Words(next); len(ws) > 0 {
			firstWord = Fold(ws[0].Text)
		}
		if strings.ContainsRune(".!?:;\"”’)", pr) || unicode.IsUpper(nr) && !unicode.IsLower(pr) ||
			unicode.IsUpper(nr) && (looksLikeHeading(prev) || lowercase[firstWord] || IsStop(firstWord)) {
			out = append(out, trimSpan(text, from, i))
			from = i + 1
		}
	}
	out = append(out, trimSpan(text, from, end))
	return out
}

func trimSpan(text string, s, e int) [2]int {
	for s < e && (text[s] == ' ' || text[s] == '\n' || text[s] == '\t' || text[s] == '\r') {
		s++
	}
	for e > s && (text[e-1] == ' ' || text[e-1] == '\n' || text[e-1] == '\t' || text[e-1] == '\r') {
		e--
	}
	return [2]int{s, e}
}

func looksLikeHeading(s string) bool { return headingWords(Words(s)) }

// headingWords is looksLikeHeading on the text's words.
func headingWords(ws []Word) bool {
	if len(ws) == 0 || len(ws) > 14 {
		return false
	}
	caps, long := 0, 0
	for _, w := range ws {
		if r, _ := utf8.DecodeRuneInString(w.Text); unicode.IsLower(r) && !headingMinorWords[w.Text] {
			// "The Salt Road won the Booker Prize in 1984.": a verb in
			// lower case is a sentence's, whatever its names.
			return false
		}
		if utf8.RuneCountInString(w.Text) < 4 {
			continue
		}
		long++
		r, _ := utf8.DecodeRuneInString(w.Text)
		if unicode.IsUpper(r) || unicode.IsDigit(r) {
			caps++
		}
	}
	return long > 0 && float64(caps) >= 0.7*float64(long)
}

// headingMinorWords are the words title case leaves in lower case.
var headingMinorWords = setOfWords("a an the and or nor but of in on at to for by with from as vs via per into onto upon over")

// IsStatement reports whether s reads as a full sentence a brief could
// quote: long enough, ended like a sentence, not a question, not a heading
// and not the tail of a sentence cut in two.
func IsStatement(s string) bool {
	s = strings.TrimSpace(s)
	return isStatement(s, Words(s))
}

// isStatement is IsStatement on trimmed text and its words. (Words of a
// text with white space around it are the same words.)
func isStatement(s string, ws []Word) bool {
	if len(ws) < 6 {
		return false
	}
	first, _ := utf8.DecodeRuneInString(s)
	if unicode.IsLower(first) || strings.ContainsRune(",;:-–—)", first) {
		return false
	}
	last := strings.TrimRight(s, " \"”’')»")
	lr, _ := utf8.DecodeLastRuneInString(last)
	if lr != '.' && lr != '!' {
		return false
	}
	if strings.HasSuffix(last, "...") || strings.HasSuffix(last, "…") {
		return false
	}
	if headingWords(ws) && len(ws) <= 10 {
		return false
	}
	low := strings.ToLower(s)
	if strings.Contains(low, "http://") || strings.Contains(low, "https://") || strings.Contains(low, "www.") {
		return false
	}
	return true
}

// features fills the stems, names and quantities of x.
func (a *Alignment) features(x *Sentence, aliases map[string]string) {
	a.featuresOf(x, aliases, Words(x.Text))
}

// featuresOf is features with the words of x.Text.
func (a *Alignment) featuresOf(x *Sentence, aliases map[string]string, ws []Word) {
	d := x.Doc
	lang := langOf(x)
	// Names: from the entity stage when it ran, else capitalised words that
	// the story never writes in lower case.
	var mentionSpans [][2]int
	for _, m := range d.Mentions {
		if m.Start >= x.Span.Start && m.End <= x.Span.End {
			key := aliases[Fold(m.Text)]
			if key == "" {
				key = "E:" + Fold(m.Text)
			}
			x.Names = append(x.Names, key)
			x.NameText = append(x.NameText, m.Text)
			x.NameWord = append(x.NameWord, -1)
			a.nameType[key] = m.Type
			mentionSpans = append(mentionSpans, [2]int{m.Start - x.Span.Start, m.End - x.Span.Start})
		}
	}
	inMention := func(w Word) bool {
		for _, sp := range mentionSpans {
			if w.Start >= sp[0] && w.End <= sp[1] {
				return true
			}
		}
		return false
	}
	for wi, w := range ws {
		f := Fold(w.Text)
		if isNumeric(f) {
			continue
		}
		if inMention(w) {
			continue
		}
		if len(d.Mentions) == 0 && !nounsCapitalised(d.Article.Language) && a.isName(w.Text) {
			x.Names = append(x.Names, "N:"+NameKey(w.Text))
			x.NameText = append(x.NameText, w.Text)
			x.NameWord = append(x.NameWord, wi)
			continue
		}
		x.Stems = append(x.Stems, stemsOfIn(lang, f)...)
	}
	x.Quantities = quantitiesIn(d, x)
}

// stemsOf stems a folded word, each part of a hyphenated compound on its
// own ("u.s.-brokered" → "u.s", "broker"), function words dropped.
// The result is shared between calls: append it, do not change it.
func stemsOf(f string) []string {
	if out, ok := wordStems.load(f); ok {
		return out
	}
	out := stemsOfWord(f)
	wordStems.store(f, out)
	return out
}

// wordStems remembers stemsOf, as stems remembers Stem.
var wordStems = newMemo[[]string]()

func stemsOfWord(f string) []string {
	var out []string
	for _, part := range strings.FieldsFunc(f, func(r rune) bool { return r == '-' }) {
		part = strings.TrimSuffix(strings.TrimSuffix(part, "'s"), "'")
		if part == "" || IsStop(part) || isNumeric(part) {
			continue
		}
		if st := Stem(britishToAmerican(part)); len(st) > 1 {
			out = append(out, st)
		}
	}
	return out
}

// britishToAmerican folds -ise/-isation spellings so that "normalisation"
// and "normalization" share a stem.
func britishToAmerican(w string) string {
	if len(w) < 7 {
		return w
	}
	for _, p := range [][2]string{{"isation", "ization"}, {"isations", "izations"}, {"ising", "izing"}, {"ised", "ized"}, {"ises", "izes"}, {"ise", "ize"}, {"yse", "yze"}, {"ysed", "yzed"}, {"our", "or"}} {
		if strings.HasSuffix(w, p[0]) {
			return strings.TrimSuffix(w, p[0]) + p[1]
		}
	}
	return w
}

// nounsCapitalised reports a language that capitalises every noun, where
// a capital marks no name ("die Abstimmung").
func nounsCapitalised(lang string) bool { return lang == "de" || lang == "lb" }

// isName: a capitalised word the story never writes in lower case.
func (a *Alignment) isName(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	if !unicode.IsUpper(r) {
		return false
	}
	f := strings.TrimSuffix(Fold(w), "'s")
	// a month or a weekday names a day, not a person or a place
	return !a.lowercase[f] && !IsStop(f) && !quantifier(f) && !monthWords[f] && !weekdayWords[f]
}

// weekdayWords are the days' names.
var weekdayWords = setOfWords(`monday tuesday wednesday thursday friday saturday sunday`)

// monthWords are the months' names and abbreviations.
var monthWords = setOfWords(`january february march april may june july august september october
	november december jan feb mar apr jun jul aug sep sept oct nov dec`)

// calendarWords are capitalised but name no one: "March" is not a
// misspelt "Mark", and "Friday" is not one of a list's members.
var calendarWords = func() map[string]bool {
	m := setOfWords(`monday tuesday wednesday thursday friday saturday sunday`)
	// the other languages' days and months, capitalised in German and
	// where they open a sentence ("am Mittwoch 14 Bergleute")
	for _, w := range strings.Fields(`montag dienstag mittwoch donnerstag freitag samstag sonnabend sonntag
		januar februar märz april mai juni juli august september oktober november dezember jänner
		maandag dinsdag woensdag donderdag vrijdag zaterdag zondag
		lundi mardi mercredi jeudi vendredi samedi dimanche lunes martes miércoles jueves viernes sábado domingo
		lunedì martedì mercoledì giovedì venerdì sabato domenica`) {
		m[Fold(w)] = true
	}
	for w := range monthWords {
		m[w] = true
	}
	return m
}()

func setOfWords(ws string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(ws) {
		m[w] = true
	}
	return m
}

// quantitiesIn prefers the number and date stages' findings and falls back
// to Quantities for sentences they did not cover.
func quantitiesIn(d *crossread.Doc, x *Sentence) []Quantity {
	var out []Quantity
	var baselines [][2]int
	covered := func(s, e int) bool {
		for _, q := range out {
			if s < q.End && q.Start < e {
				return true
			}
		}
		for _, b := range baselines {
			if s < b[1] && b[0] < e {
				return true
			}
		}
		return false
	}
	for _, t := range d.Times {
		if t.Span.Start >= x.Span.Start && t.Span.End <= x.Span.End && t.Value != "" {
			s, e := t.Span.Start-x.Span.Start, t.Span.End-x.Span.Start
			kind := "date"
			if t.Precision == crossread.PrecisionYear {
				kind = "year"
			}
			value := t.Value
			switch {
			case t.Type == "DATE" || t.Type == "":
			case t.Type == "TIME" && len(value) > 10 && value[10] == 'T' && !strings.ContainsAny(x.Text[s:e], "0123456789"):
				// a part of a named day ("Monday evening") tells its day;
				// a clock time is the clock pass's
				value = value[:10]
			default:
				continue
			}
			if !isCalendarValue(value) {
				continue
			}
			// A record's baseline ("highest since April 1982") is not a
			// date another outlet can give differently for the event.
			if timex.Baseline(x.Text, s, e) {
				baselines = append(baselines, [2]int{s, e})
				continue
			}
			q := Quantity{Start: s, End: e, Text: x.Text[s:e], Value: value, Kind: kind}
			q.Before, q.After = slotContextIn(langOf(x), x.Text, s, e)
			out = append(out, q)
		}
	}
	for _, q := range tallies(x.Text) {
		if !covered(q.Start, q.End) {
			q.Before, q.After = slotContextIn(langOf(x), x.Text, q.Start, q.End)
			out = append(out, q)
		}
	}
	for _, q := range hoursAndMinutes(x.Text) {
		if !covered(q.Start, q.End) {
			out = append(out, q)
		}
	}
	for _, n := range d.Numbers {
		if n.Span.Start >= x.Span.Start && n.Span.End <= x.Span.End {
			s, e := n.Span.Start-x.Span.Start, n.Span.End-x.Span.Start
			if covered(s, e) {
				continue
			}
			if notAFigure(x.Text, s, e) {
				baselines = append(baselines, [2]int{s, e}) // nor a quantity below
				continue
			}
			kind := n.Kind
			if kind == "" {
				kind = "count"
			}
			q := Quantity{Start: s, End: e, Text: x.Text[s:e], Value: formatFloat(n.Value), Kind: kind}
			if kind == "money" && n.Currency != "" {
				q.Value = n.Currency + " " + q.Value
			}
			if kind == "count" && langOf(x) != "" && foreignCurrencyAfter(x.Text[e:]) {
				q.Kind = "money" // "88 millions d'euros"
			}
			q.Before, q.After = slotContextIn(langOf(x), x.Text, s, e)
			out = append(out, q)
		}
	}
	for _, q := range Quantities(x.Text) {
		// (English number words are none in the other languages read:
		// Dutch "ten minste", "ten zuiden van")
		if langOf(x) != "" && !strings.ContainsAny(q.Text, "0123456789") {
			continue
		}
		if !covered(q.Start, q.End) {
			out = append(out, q)
		}
	}
	// "45 centimes d'euro", "38 cents": a hundredth of a currency, the sum
	// another source writes "0,45 €"
	for i, q := range out {
		if q.Kind != "count" || q.End > len(x.Text) || !reCentsAfter.MatchString(x.Text[q.End:]) {
			continue
		}
		v, err := strconv.ParseFloat(q.Value, 64)
		cur := articleCurrency(d)
		if cur == "" && langOf(x) != "" {
			cur = "EUR" // (a text in the euro's languages)
		}
		if err == nil && cur != "" {
			out[i].Kind, out[i].Value = "money", cur+" "+formatFloat(v/100)
		}
	}
	// "-5,2 °C", "−4.5C", "minus 4C", "four degrees below freezing": a
	// temperature below zero keeps its sign
	for i, q := range out {
		if _, ok := temperatureUnit(x.Text, q); ok && !strings.HasPrefix(q.Value, "-") {
			if sign := minusBefore(x.Text, q.Start); sign > 0 {
				out[i].Start -= sign
				out[i].Text = x.Text[out[i].Start:q.End]
				out[i].Value = "-" + q.Value
			} else if belowZeroAfter(x.Text[q.End:]) {
				out[i].Value = "-" + q.Value
			}
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Start < out[j].Start })
	return out
}

var minusWords = setOfWords(`minus moins menos meno`)

// belowZeroAfter: the unit after a figure is followed by "below zero"
// ("four degrees below freezing", "5 degrés sous zéro", "3 grados bajo
// cero", "5 gradi sotto zero", "4 Grad unter null").
func belowZeroAfter(rest string) bool {
	ws := firstWords(rest, 4)
	for i := 0; i+1 < len(ws); i++ {
		a, b := Fold(ws[i].Text), Fold(ws[i+1].Text)
		if (a == "below" || a == "sous" || a == "bajo" || a == "sotto" || a == "unter" || a == "abaixo" || a == "onder") &&
			(b == "freezing" || b == "zero" || b == "cero" || b == "null" || b == "nul") {
			return i <= 2
		}
	}
	return false
}

// minusBefore is the length of a minus sign written onto the figure at
// start ("-5", "−5"), after a space, a bracket or the text's start, or of
// the word "minus" and its space before it ("minus 4C", "moins 5 °C");
// 0 if none (a range's or a score's dash has a figure before it).
func minusBefore(s string, start int) int {
	if ws := Words(s[:start]); len(ws) > 0 && minusWords[Fold(ws[len(ws)-1].Text)] && s[ws[len(ws)-1].End:start] == " " {
		return start - ws[len(ws)-1].Start
	}
	for _, m := range []string{"-", "−", "–"} {
		if strings.HasSuffix(s[:start], m) {
			i := start - len(m)
			if i == 0 || s[i-1] == ' ' || s[i-1] == '(' {
				return len(m)
			}
		}
	}
	return 0
}

// reCentsAfter: a hundredth of a currency after a figure.
var reCentsAfter = regexp.MustCompile(`^\s(?:centimes|cents|céntimos|centavos|centesimi|Cent|eurocent)\b`)

// articleCurrency is the currency of the first sum of money d gives, ""
// if none.
func articleCurrency(d *crossread.Doc) string {
	for _, n := range d.Numbers {
		if n.Kind == "money" && n.Currency != "" {
			return n.Currency
		}
	}
	return ""
}

func isCalendarValue(v string) bool {
	return len(v) >= 4 && (v[0] >= '0' && v[0] <= '9' || strings.HasPrefix(v, "--")) && !strings.ContainsAny(v, "XW")
}

// weigh builds each statement's TF-IDF vector over stems, names and
// quantities, with document frequencies counted over the story's statements.
func (a *Alignment) weigh() {
	df := map[string]int{}
	n := 0
	terms := func(x *Sentence) map[string]float64 {
		t := map[string]float64{}
		for _, s := range x.Stems {
			t[s]++
		}
		for _, s := range x.Names {
			t[s] += nameWeight
		}
		for _, q := range x.Quantities {
			t["Q:"+q.Value] += quantWeight
		}
		return t
	}
	all := make([]map[string]float64, len(a.Sentences))
	for i, x := range a.Sentences {
		all[i] = terms(x)
		n++
		for k := range all[i] {
			df[k]++
		}
	}
	a.idf = map[string]float64{}
	for k, n0 := range df {
		a.idf[k] = math.Log(1 + float64(n)/float64(n0))
	}
	// Terms are numbered in sorted order, and every sum over a vector runs
	// in that order, so that a similarity comes out the same to the last
	// bit on every run (map order would vary it, and reorder ties).
	names := make([]string, 0, len(df))
	for k := range df {
		names = append(names, k)
	}
	slices.Sort(names)
	a.termID = make(map[string]int32, len(names))
	for i, k := range names {
		a.termID[k] = int32(i)
	}
	for i, x := range a.Sentences {
		x.vec = make(map[string]float64, len(all[i]))
		x.tid = make([]int32, 0, len(all[i]))
		for k, tf := range all[i] {
			x.vec[k] = tf * math.Log(1+float64(n)/float64(df[k]))
			x.tid = append(x.tid, a.termID[k])
		}
		slices.Sort(x.tid)
		x.tw = make([]float64, len(x.tid))
		var sq float64
		for k, t := range x.tid {
			w := x.vec[names[t]]
			x.tw[k] = w
			sq += w * w
		}
		x.norm = math.Sqrt(sq)
	}
}

// Similarity is the cosine of two sentences' weighted term vectors.
func Similarity(x, y *Sentence) float64 {
	if x.norm == 0 || y.norm == 0 {
		return 0
	}
	if x.tid != nil && y.tid != nil {
		return dotIDs(x, y) / (x.norm * y.norm)
	}
	// a text from outside the story's sentences has no term ids
	small, big := x.vec, y.vec
	if len(small) > len(big) {
		small, big = big, small
	}
	var shared []string
	for k := range small {
		if _, ok := big[k]; ok {
			shared = append(shared, k)
		}
	}
	slices.Sort(shared)
	var dot float64
	for _, k := range shared {
		dot += small[k] * big[k]
	}
	return dot / (x.norm * y.norm)
}

// dotIDs is the dot product of two sentences' vectors, summed in term order.
func dotIDs(x, y *Sentence) float64 {
	var dot float64
	i, j := 0, 0
	for i < len(x.tid) && j < len(y.tid) {
		switch {
		case x.tid[i] < y.tid[j]:
			i++
		case x.tid[i] > y.tid[j]:
			j++
		default:
			dot += x.tw[i] * y.tw[j]
			i++
			j++
		}
	}
	return dot
}

// group merges statements of different articles into groups, best pair
// first; two groups merge only when they share no article and every pair
// across them is at least loosely similar.
//
// Only statements that share a term can reach the similarity floor, and
// only those holding every term of a main clause can state it, so both are
// found through an inverted index over term ids rather than by comparing
// every pair: a story of a few hundred articles stays affordable.
func (a *Alignment) group() {
	var stmts []*Sentence
	for _, x := range a.Sentences {
		x.stmt = -1
		if x.Statement {
			x.stmt = len(stmts)
			stmts = append(stmts, x)
		}
	}
	a.stmts = stmts
	a.near = make([][]neighbour, len(stmts))
	type pair struct {
		i, j int
		sim  float64
	}
	// postings[t] lists the statements holding term t, in order.
	postings := make([][]int32, len(a.termID))
	weights := make([][]float64, len(a.termID)) // parallel to postings
	for i, x := range stmts {
		for k, t := range x.tid {
			postings[t] = append(postings[t], int32(i))
			weights[t] = append(weights[t], x.tw[k])
		}
	}
	a.postings, a.weights = postings, weights
	key := func(i, j int) uint64 {
		if i > j {
			i, j = j, i
		}
		return uint64(i)<<32 | uint64(j)
	}
	var pairs []pair
	sims := map[uint64]float64{}
	dot := make([]float64, len(stmts))
	var touched []int32
	for i, x := range stmts {
		if x.norm == 0 {
			continue
		}
		touched = touched[:0]
		for k, t := range x.tid {
			w := x.tw[k]
			ps, ws := postings[t], weights[t]
			// only later statements: each pair once, as i < j
			from, _ := slices.BinarySearch(ps, int32(i)+1)
			for p := from; p < len(ps); p++ {
				j := ps[p]
				if dot[j] == 0 {
					touched = append(touched, j)
				}
				dot[j] += w * ws[p]
			}
		}
		// any order: pairs are sorted below on (sim, i, j)
		for _, j32 := range touched {
			j := int(j32)
			d := dot[j]
			dot[j] = 0
			y := stmts[j]
			if x.Doc == y.Doc || y.norm == 0 {
				continue
			}
			if s := d / (x.norm * y.norm); s >= LinkFloor {
				sims[key(i, j)] = s
				a.near[i] = append(a.near[i], neighbour{j, s})
				a.near[j] = append(a.near[j], neighbour{i, s})
				if s >= SameFact {
					pairs = append(pairs, pair{i, j, s})
				}
			}
		}
	}
	for _, nb := range a.near {
		sort.Slice(nb, func(p, q int) bool { return nb[p].stmt < nb[q].stmt })
	}
	sort.Slice(pairs, func(p, q int) bool {
		if pairs[p].sim != pairs[q].sim {
			return pairs[p].sim > pairs[q].sim
		}
		if pairs[p].i != pairs[q].i {
			return pairs[p].i < pairs[q].i
		}
		return pairs[p].j < pairs[q].j
	})
	sim := func(i, j int) float64 { return sims[key(i, j)] }
	// Two outlets that open with the same main clause state the same
	// fact, whatever detail each hangs on it ("Moldova will join the
	// accords, a pact brokered by…" / "Moldova has announced its
	// decision to join the accords, a series of…"): linked even when the
	// details keep their cosine low.
	linked := map[uint64]bool{}
	cores := make([][]int32, len(stmts))
	coreNeg := make([]bool, len(stmts))
	fullNeg := make([]bool, len(stmts))
	for i, x := range stmts {
		cores[i] = a.termIDs(a.coreTerms(x))
		coreNeg[i] = negated(x.Text[:coreEnd(x.Text)])
		fullNeg[i] = negated(x.Text)
	}
	var linkedPairs []pair
	for i, x := range stmts {
		for _, j32 := range holdersOf(cores[i], postings) {
			j := int(j32)
			y := stmts[j]
			if j == i || x.Doc == y.Doc || coreNeg[i] != fullNeg[j] {
				continue
			}
			if k := key(i, j); !linked[k] {
				linked[k] = true
				linkedPairs = append(linkedPairs, pair{min(i, j), max(i, j), sims[k]})
			}
		}
	}
	// in the order of a scan over every pair, i then j
	sort.Slice(linkedPairs, func(p, q int) bool {
		if linkedPairs[p].i != linkedPairs[q].i {
			return linkedPairs[p].i < linkedPairs[q].i
		}
		return linkedPairs[p].j < linkedPairs[q].j
	})
	for _, p := range linkedPairs {
		if p.sim < SameFact {
			pairs = append(pairs, p)
		}
	}
	sort.SliceStable(pairs, func(p, q int) bool {
		pp, qq := pairs[p].sim, pairs[q].sim
		if pp < SameFact {
			pp = SameFact
		}
		if qq < SameFact {
			qq = SameFact
		}
		return pp > qq
	})
	groupOf := make([]int, len(stmts))
	members := make([][]int, len(stmts))
	// common[g] holds the terms every member of group g has, sorted;
	// withCore[g] its members that have a main clause.
	common := make([][]int32, len(stmts))
	withCore := make([][]int, len(stmts))
	for i, x := range stmts {
		groupOf[i] = i
		members[i] = []int{i}
		common[i] = x.tid
		if len(cores[i]) > 0 {
			withCore[i] = []int{i}
		}
	}
	var both []int32
	for _, p := range pairs {
		gi, gj := groupOf[p.i], groupOf[p.j]
		if gi == gj {
			continue
		}
		ok := true
		// every member states one member's main clause: the group may
		// grow past the cosine floor around it
		both = intersect(both[:0], common[gi], common[gj])
		shared := false
		for _, cs := range [2][]int{withCore[gi], withCore[gj]} {
			for _, z := range cs {
				if subset(cores[z], both) {
					shared = true
					break
				}
			}
		}
		for _, x := range members[gi] {
			for _, y := range members[gj] {
				if stmts[x].Doc == stmts[y].Doc || !shared && sim(x, y) < LinkFloor && !linked[key(x, y)] {
					ok = false
					break
				}
			}
			if !ok {
				break
			}
		}
		if !ok {
			continue
		}
		for _, y := range members[gj] {
			groupOf[y] = gi
		}
		members[gi] = append(members[gi], members[gj]...)
		members[gj] = nil
		common[gi] = append([]int32(nil), both...)
		common[gj] = nil
		withCore[gi] = append(withCore[gi], withCore[gj]...)
		withCore[gj] = nil
	}
	for _, ms := range members {
		if len(ms) == 0 {
			continue
		}
		sort.Ints(ms)
		g := &Group{}
		best, bestScore := -1, -1.0
		for _, x := range ms {
			g.Members = append(g.Members, stmts[x])
			var sc float64
			for _, y := range ms {
				if x != y {
					sc += sim(x, y)
				}
			}
			if StandsAlone(stmts[x].Text) {
				sc += 0.5
			}
			if sc > bestScore {
				best, bestScore = x, sc
			}
		}
		g.Rep = stmts[best]
		seen := map[string]bool{}
		for _, m := range g.Members {
			if !seen[m.ArticleID()] {
				seen[m.ArticleID()] = true
				g.ArticleIDs = append(g.ArticleIDs, m.ArticleID())
			}
		}
		g.Support = a.SupportOf(g.ArticleIDs)
		a.Groups = append(a.Groups, g)
		for _, m := range g.Members {
			a.GroupOf[m] = g
		}
	}
	sort.SliceStable(a.Groups, func(i, j int) bool {
		gi, gj := a.Groups[i], a.Groups[j]
		if gi.Support != gj.Support {
			return gi.Support > gj.Support
		}
		if len(gi.Members) != len(gj.Members) {
			return len(gi.Members) > len(gj.Members)
		}
		return gi.Rep.Index < gj.Rep.Index
	})
}

// termIDs gives the ids of terms, sorted, or nil when one of them is in no
// sentence of the story (then no statement can hold them all).
func (a *Alignment) termIDs(terms []string) []int32 {
	if len(terms) == 0 {
		return nil
	}
	out := make([]int32, 0, len(terms))
	for _, t := range terms {
		id, ok := a.termID[t]
		if !ok {
			return nil
		}
		out = append(out, id)
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// holdersOf lists the statements whose terms include every term of ids:
// the intersection of their postings, shortest first.
func holdersOf(ids []int32, postings [][]int32) []int32 {
	if len(ids) == 0 {
		return nil
	}
	shortest := ids[0]
	for _, t := range ids[1:] {
		if len(postings[t]) < len(postings[shortest]) {
			shortest = t
		}
	}
	out := append([]int32(nil), postings[shortest]...)
	for _, t := range ids {
		if t == shortest {
			continue
		}
		out = intersect(out[:0], out, postings[t])
		if len(out) == 0 {
			break
		}
	}
	return out
}

// intersect appends to dst the values in both sorted lists; dst may
// share its array with a.
func intersect(dst, a, b []int32) []int32 {
	i, j := 0, 0
	for i < len(a) && j < len(b) {
		switch {
		case a[i] < b[j]:
			i++
		case a[i] > b[j]:
			j++
		default:
			dst = append(dst, a[i])
			i++
			j++
		}
	}
	return dst
}

// subset reports whether sorted list a is non-empty and within sorted b.
func subset(a, b []int32) bool {
	if len(a) == 0 {
		return false
	}
	j := 0
	for _, t := range a {
		for j < len(b) && b[j] < t {
			j++
		}
		if j == len(b) || b[j] != t {
			return false
		}
		j++
	}
	return true
}

// QuotesPair reports whether the quotations in s open and close inside it:
// a sentence cut out of a longer quotation, on either side, fails ("… a
// technical remark", she said." or "“In 30 years I have never seen …").
// Curly, straight and angle marks may be mixed, as scraped text mixes
// them; a German „…“ pairs too.
func QuotesPair(s string) bool {
	var open []rune
	for _, r := range s {
		switch r {
		case '„', '«':
			open = append(open, r)
		case '“':
			if n := len(open); n > 0 && open[n-1] == '„' {
				open = open[:n-1]
			} else {
				open = append(open, r)
			}
		case '”', '»':
			if len(open) == 0 {
				return false
			}
			open = open[:len(open)-1]
		case '"':
			if n := len(open); n > 0 && (open[n-1] == '"' || open[n-1] == '“') {
				open = open[:n-1]
			} else {
				open = append(open, r)
			}
		}
	}
	return len(open) == 0
}

// danglingStarts are openings that need the previous sentence to be
// understood.
var danglingStarts = []string{"this ", "this,", "that ", "that,", "that's ", "these ", "those ", "it ", "it's ", "its ", "he ", "she ",
	"he's ", "she's ", "they're ", "we're ", "i'm ",
	"they ", "their ", "his ", "her ", "such ", "however,", "but ", "and ", "also,", "also ", "so ",
	"still,", "yet ", "there ", "then ", "the move ", "the decision ", "the announcement ", "the latter",
	"the former", "both ", "meanwhile,", "instead,", "in that respect", "therefore", "thus", "as a result",
	"furthermore", "moreover", "in addition", "overall,", "in summary", "in short", "here ", "we ", "i ", "you "}

// StandsAlone reports whether s can be read without the sentence before it.
func StandsAlone(s string) bool {
	if !QuotesPair(s) {
		return false // it ends or continues a quotation opened before it
	}
	low := Fold(strings.TrimLeft(s, " \"'“‘"))
	for _, p := range danglingStarts {
		if strings.HasPrefix(low, p) {
			return false
		}
	}
	// "Before joining the paper in 2011, he worked …": a personal pronoun
	// with nothing before it in the sentence it could stand for. A plural
	// noun can be what "they", "them" and "their" stand for ("the city
	// closed two bridges while engineers inspect them"); a name can be
	// what "he", "she", "his" and "her" stand for ("Marrow said she …").
	ws := Words(s)
	// "The deal also covers grain": an early "also" adds to what the
	// sentence before said
	for _, w := range ws[:min(len(ws), 6)] {
		if Fold(w.Text) == "also" {
			return false
		}
	}
	plural, named := false, false
	for i, w := range ws {
		f := Fold(w.Text)
		switch f {
		case "they", "them", "their":
			if !plural {
				return false
			}
			continue
		case "he", "she", "him", "his", "her":
			if !named {
				return false
			}
			continue
		}
		if i > 0 && capitalised(w.Text) && capitalised(ws[i-1].Text) && strings.TrimSpace(s[ws[i-1].End:w.Start]) == "" {
			return true
		}
		if IsStop(f) {
			continue
		}
		isPlural := len(f) > 3 && strings.HasSuffix(f, "s") && !strings.HasSuffix(f, "ss") && !strings.HasSuffix(f, "us") && !strings.HasSuffix(f, "'s")
		// a capital opening the sentence is a name only when the word
		// is not a plural ("Officials thanked him" names no one)
		if capitalised(w.Text) && (i > 0 || !isPlural) {
			named = true
		}
		if isPlural {
			plural = true
		}
	}
	return true
}

// Centroid is the story's centre of gravity: the sum of its statements'
// unit vectors, plus the terms of extra texts (headlines) with the given
// weight each. CentroidSimilarity measures a sentence against it.
func (a *Alignment) Centroid(weight float64, extra ...string) map[string]float64 {
	c := map[string]float64{}
	for _, x := range a.Sentences {
		if !x.Statement || x.norm == 0 {
			continue
		}
		for k, w := range x.vec {
			c[k] += w / x.norm
		}
	}
	for _, t := range extra {
		y := &Sentence{Text: t, Doc: &crossread.Doc{Article: &crossread.Article{}}}
		a.features(y, nil)
		for _, st := range y.Stems {
			c[st] += weight * a.idf[st]
		}
		for _, n := range y.Names {
			c[n] += weight * nameWeight * a.idf[n]
		}
	}
	return c
}

// CentroidSimilarity is the cosine of x's vector and centroid c.
func CentroidSimilarity(x *Sentence, c map[string]float64) float64 {
	var dot, sq float64
	for _, w := range c {
		sq += w * w
	}
	for k, w := range x.vec {
		dot += w * c[k]
	}
	if sq == 0 || x.norm == 0 {
		return 0
	}
	return dot / (math.Sqrt(sq) * x.norm)
}

// Terms are the sentence's distinct alignment terms: content stems, name
// keys and "Q:"-prefixed number and date values.
func (s *Sentence) Terms() []string {
	var out []string
	seen := map[string]bool{}
	add := func(t string) {
		if !seen[t] {
			seen[t] = true
			out = append(out, t)
		}
	}
	for _, st := range s.Stems {
		add(st)
	}
	for _, n := range s.Names {
		add(n)
	}
	for _, q := range s.Quantities {
		add("Q:" + q.Value)
	}
	return out
}

// TermsOf gives the terms of a text outside the articles' sentences, such
// as a headline, the way the story's sentences get theirs.
func (a *Alignment) TermsOf(text string) []string {
	y := &Sentence{Text: text, Doc: &crossread.Doc{Article: &crossread.Article{}}}
	a.features(y, nil)
	return y.Terms()
}

// Extra gives a text from outside the articles' sentences, such as doc's
// headline, the features and weighted vector the story's sentences have, so
// that it can be compared with them. It belongs to no group.
func (a *Alignment) Extra(d *crossread.Doc, text string) *Sentence {
	y := &Sentence{Doc: d, Index: -1, Text: text, Statement: true, Source: a.sourceOf[d.Article.ID],
		Span: crossread.Span{ArticleID: d.Article.ID}}
	a.features(y, nil)
	y.vec = map[string]float64{}
	var sq float64
	tf := map[string]float64{}
	for _, s := range y.Stems {
		tf[s]++
	}
	for _, s := range y.Names {
		tf[s] += nameWeight
	}
	for _, q := range y.Quantities {
		tf["Q:"+q.Value] += quantWeight
	}
	keys := make([]string, 0, len(tf))
	for k := range tf {
		keys = append(keys, k)
	}
	slices.Sort(keys) // the norm summed in one order, as for the story's sentences
	for _, k := range keys {
		idf := a.idf[k]
		if idf == 0 {
			idf = math.Log(1 + float64(len(a.Sentences)+1))
		}
		y.vec[k] = tf[k] * idf
		sq += y.vec[k] * y.vec[k]
	}
	y.norm = math.Sqrt(sq)
	return y
}

// coreEnd is where a sentence's main clause ends: at the first comma,
// dash, colon, semicolon or parenthesis, or the relative pronoun that
// hangs a detail on it.
func coreEnd(s string) int {
	end := len(s)
	for _, sep := range []string{",", " —", " –", " - ", ";", ":", " (", " which ", " who ", " that "} {
		if i := strings.Index(s, sep); i >= 0 && i < end {
			end = i
		}
	}
	return end
}

// coreTerms are the terms of x's main clause when that clause is a
// statement of its own: a verb and at least three terms.
func (a *Alignment) coreTerms(x *Sentence) []string {
	end := coreEnd(x.Text)
	core := x.Text[:end]
	if !hasVerb(core) || hasQuotation(core) {
		return nil
	}
	y := &Sentence{Doc: x.Doc, Text: core, Span: crossread.Span{ArticleID: x.Span.ArticleID, Start: x.Span.Start, End: x.Span.Start + end}}
	a.features(y, a.aliases)
	t := y.Terms()
	if len(t) < 3 {
		return nil
	}
	return t
}

func negated(s string) bool {
	for _, w := range Words(s) {
		f := Fold(w.Text)
		switch f {
		case "not", "no", "never", "nor", "neither", "without", "denied", "denies", "rejected", "rejects", "refused", "refuses":
			return true
		}
		if strings.HasSuffix(f, "n't") {
			return true
		}
	}
	return false
}

func hasQuotation(s string) bool { return strings.ContainsAny(s, "\"“”") }
