// Package quote finds direct quotations and their speakers.
//
// Quotation marks are paired paragraph by paragraph (marks.go); each quote
// is then attributed from the words around it, in this order: a speech cue
// right after the quote ("…," X said / said X), a cue before it in the same
// sentence (X said: "…", according to X), another quote of the same
// paragraph or of the same multi-paragraph quotation, the sentence or
// "X continued:" paragraph that introduces it, or the attributed quote that
// closes the paragraph before a quote-only paragraph. A pronoun or surname
// used as the speaker is resolved to the last person named before it whose
// gender does not contradict it, while SpeakerSpan keeps pointing at the
// word the article used. A quote nothing attributes keeps an empty speaker:
// a wrong speaker is worse than none.
package quote

import (
	"regexp"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"crossread"
)

// cues are the verbs (and fixed phrases' first words) that introduce speech.
var cues = set(`said says say told tells added adds wrote writes asked asks explained explains noted notes
continued argued argues stated declared declares insisted insists replied responded recalled recalls warned warns
tweeted posted boasted claimed claims acknowledged admitted announced observed suggested suggests countered
remarked complained conceded cautioned predicted predicts emphasized emphasised stressed urged joked quipped
shouted yelled reported reports concluded mused described called calls dubbed termed labeled labelled vowed
promised pledged testified lamented charged contended maintained according agreed agrees thundered
wondered pointed commented tells texted emailed replies responds condemned lauded praised blasted slammed criticized criticised
accused denounced touted hailed characterized characterised branded deemed mocked demanded threatened likened
questioned chided scoffed sniped admonished lambasted decried derided ridiculed applauded welcomed
dismissed rejected insisted predicted speculated estimated concluded acknowledged disclosed revealed
confirmed denied told explained recounted reiterated repeated summarized summed wrote tweeted put` +
	// the cues of the main European languages, for stories told in them
	` dijo dice afirmó aseguró declaró señaló explicó indicó añadió agregó advirtió subrayó sostuvo manifestó
expresó insistió reconoció admitió destacó dit déclaré affirmé indiqué expliqué ajouté souligné estimé assuré
averti sagte sagt erklärte betonte meinte warnte sagten erklärten detto dichiarato affermato spiegato
aggiunto sottolineato disse afirmou declarou explicou acrescentou garantiu alertou
zei zegt verklaarde vertelde benadrukte waarschuwde aldus`)

// officeWords open an office written before a name the tagger took in
// with it: "Manager A.J. Smith".
var officeWords = set("manager general coach director chairman chairwoman spokesman spokeswoman executive chief")

// possessives open a subject's phrase: "Her agent Mark Roesler".
var possessives = set("his her their its")

// finiteVerbs are the common verbs not in -ed a subject stands before.
var finiteVerbs = set("is are was were has have had will would can could may might must shall should does did gave met told made took sent")

// participleCues introduce speech after the clause whose subject speaks:
// "…, stating that", "…, saying".
var participleCues = set(`saying stating adding noting warning arguing insisting explaining declaring writing telling
	claiming predicting vowing promising calling describing`)

// timeWords sit between a subject and its cue whatever their case:
// "Clinton on Sunday said", "the ministry said last week".
var timeWords = set(`monday tuesday wednesday thursday friday saturday sunday today yesterday tonight morning
afternoon evening night week month year last this earlier later january february march april may june july
august september october november december`)

// preps open a phrase that is not the speaker: "at a rally in Ohio said".
var preps = set(`in on at for of by from with to into over about under through during following after before
since compared among against via near across without within per`)

// skipBack are words between a subject and its cue: "Trump also said",
// "she has said", "Clinton on Tuesday said".
var skipBack = set(`also has had have later then previously once recently reportedly repeatedly simply often
would will could might may did does do had earlier again further publicly privately separately yesterday today
tonight monday tuesday wednesday thursday friday saturday sunday on last week this`)

// stopBack ends a subject noun phrase when walking back from its cue.
var stopBack = set(`that and but because when while as after before if though although who whom which where so or
than what how why since until in on during with to into over about under through is was were are be been
being not it this these those there`)

var pronouns = set("he she they i we you it")

// dayWord: a weekday in lower case, in any language read, alone or as the
// head of a compound ("donderdagavond", "Montagabend" is capitalised):
// when someone spoke, after the name.
func dayWord(t token) bool {
	if !t.word || t.cap {
		return false
	}
	for _, d := range weekdayStems {
		if strings.HasPrefix(t.lower, d) {
			return true
		}
	}
	return false
}

var weekdayStems = []string{"maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag",
	"lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
	"lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo",
	"lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica",
	"segunda-feira", "terça-feira", "quarta-feira", "quinta-feira", "sexta-feira"}

// capitalAfterArticle: a capitalised word stands at k, or after an
// article there ("von der Polizei", "van het ministerie" is not).
func capitalAfterArticle(ts []token, k, hi int) bool {
	if k < hi && ts[k].word && !ts[k].cap && (germanArticles[ts[k].lower] || ts[k].lower == "het" || ts[k].lower == "de") {
		k++
	}
	return k < hi && ts[k].word && ts[k].cap
}

// capitalsIn counts the capitalised words of ts.
func capitalsIn(ts []token) int {
	n := 0
	for _, t := range ts {
		if t.word && t.cap && !isTitleWord(t.lower) { // (an office is no part of a name: "ProRail-woordvoerder Marloes van Dijken")
			n++
		}
	}
	return n
}

// nameInApposition: the subject tokens [a, b) hold an office ("le préfet
// des Alpes-Maritimes") and a comma after them opens a name of two words
// or more closed by a comma or the sentence's end; it gives where the
// name ends.
func (x *extractor) nameInApposition(a, b int) (int, bool) {
	if b+3 > len(x.toks) || x.toks[b].text != "," {
		return 0, false
	}
	office := false
	for k := a; k < b; k++ {
		office = office || x.toks[k].word && isTitleWord(x.toks[k].lower)
	}
	if !office {
		return 0, false
	}
	k := b + 1
	for k < len(x.toks) && x.toks[k].word && x.toks[k].cap {
		if isTitleWord(x.toks[k].lower) {
			return 0, false // "Captain Jo Nair, Chief Public Relations Officer, said": an office after a name
		}
		k++
	}
	if n := k - (b + 1); n < 2 && !(n == 1 && strings.Contains(x.toks[b+1].text, "-")) {
		return 0, false
	}
	if k < len(x.toks) && x.toks[k].text != "," && x.toks[k].text != "." {
		return 0, false
	}
	return k, true
}

// addressees open to whom a pronoun spoke ("sagte er dem …", "a-t-il
// dit à …", "zei hij tegen …").
var addressees = set("dem den einem einer gegenüber à au aux aan tegen al alla allo ai agli alle ao aos à para pour per")

// invertedPronoun is the French pronoun a verb carries after it
// ("a-t-il", "ajoute-t-elle", "poursuit-il"), "" for none.
func invertedPronoun(w string) string {
	switch {
	case strings.HasSuffix(w, "-il") && len(w) > 4:
		return "il"
	case strings.HasSuffix(w, "-elle") && len(w) > 6:
		return "elle"
	}
	return ""
}

// thirdPersons are the other languages' "he" and "she" after a cue ("zei
// zij", "sagte er", "a-t-elle ajouté").
var thirdPersons = map[string]string{"hij": "he", "zij": "she", "er": "he", "sie": "she", "il": "he", "elle": "she",
	"él": "he", "ella": "she", "lui": "he", "lei": "she", "egli": "he", "ele": "he", "ela": "she"}

var docNouns = set(`statement report release letter memo email e-mail tweet post analysis filing complaint ad
advertisement video message note op-ed editorial column blog study survey document poll speech`)

// titles are stripped from a speaker's name and kept as the role.
var titles = set(`president vice prime minister secretary sen. senator rep. representative gov. governor mayor
chancellor judge justice general gen. dr. mr. mrs. ms. miss prof. professor chairman chairwoman chair speaker
leader director ambassador attorney king queen prince princess pope rev. reverend sheikh col. lt. maj. capt.
adm. sgt. ceo chief executive spokesman spokeswoman spokesperson commissioner deputy lord sir dame
secretary-general president-elect candidate nominee congressman congresswoman councilman councilwoman
foreign defense defence finance interior state house senate majority minority former acting interim whip
lieutenant colonel major captain admiral sergeant officer deputy press first lady u.s. us
sen rep gov gen dr mr mrs ms prof rev col lt maj capt adm sgt u.s atty amb supt det insp cmdr
presidente présidente président präsident präsidentin ministro ministra ministre ministerin bürgermeister
bürgermeisterin alcalde alcaldesa maire sindaco sindaca prefeito prefeita portavoz porte-parole sprecher sprecherin
portavoce porta-voz canciller kanzler kanzlerin gobernador gobernadora gouverneur governatore governador governadora
diputado diputada député députée abgeordnete abgeordneter senador senadora sénateur senatore director directora
directeur directrice direktor direktorin jefe jefa chef chefin secretario secretaria secrétaire segretario segretaria
consejero consejera delegado delegada primer primera premier ministerpräsident ministerpräsidentin
comandante commandant comandant kommandant capitano capitán capitaine capitão procuratore procuradora procureur
fiscal direttore direttrice dirigente préfet préfète sous-préfet sous-préfète prefetto prefetta questore`)

// isTitleWord reports a title word: one of titles, or a German compound
// office ending in one ("Stadtsprecherin", "Bundesgesundheitsminister").
func isTitleWord(l string) bool {
	if titles[l] {
		return true
	}
	for _, suffix := range germanOfficeEnds {
		if strings.HasSuffix(l, suffix) && len(l) > len(suffix)+2 {
			return true
		}
	}
	return false
}

var germanOfficeEnds = []string{"sprecher", "sprecherin", "minister", "ministerin", "präsident", "präsidentin",
	"kanzler", "kanzlerin", "bürgermeister", "bürgermeisterin", "vorsitzende", "vorsitzender", "direktor",
	"direktorin", "botschafter", "botschafterin", "kommissar", "kommissarin", "sekretär", "sekretärin",
	// Dutch compounds: "ProRail-woordvoerder", "politiewoordvoerster"
	"woordvoerder", "woordvoerster", "burgemeester", "voorzitter", "directeur"}

// quantifiers open a noun phrase whose head is not the name inside it.
var quantifiers = set("a an the one some several many two three four five most few")

// governed reports whether a preposition links the head noun to a name
// that follows: "a spokesman for Clinton", "a chorus of prominent Republicans".
func governed(ts []token) bool {
	for _, t := range ts {
		if t.lower == "for" || t.lower == "of" || t.lower == "at" || t.lower == "with" {
			return true
		}
	}
	return false
}

// sentenceAdverbs open a sentence before its subject.
var sentenceAdverbs = set(`meanwhile however still instead also then now but and so yet thus later earlier finally
separately similarly likewise indeed moreover should would could can will may might must did does do when while if
as after before since because though although`)

// sceneAfterName are the prepositions that open where or when a speaker
// spoke, after the name.
var sceneAfterName = set("outside inside at in on during after before while near from to via " +
	"en desde durante tras ante dans lors devant après avant bei im am um beim vom nach vor während nel dopo davanti em na no " +
	"op tijdens tegenover bij " +
	// "declaró el ministro Jorge Salas a Radio Nacional", "à la radio",
	// "alla Rai", "à rádio": to whom, after the name.
	"a à au aux al alla allo ai agli alle ao aos às para pour per por")

// germanScene end a surname alone too: "sagte Rhein am Abend" (German
// capitalises the noun after, so the name's end shows no other way).
var germanScene = set("am im beim vom um")

// auxiliaries of the compound past before a cue: "a déclaré", "ha detto".
var auxiliaries = set("a ont ha hanno tem")

var romanceArticles = set("el la los las le les il lo gli o os")

// romanceOf are the other languages' "of": "Marco Bassi della guardia
// costiera", "Ana Ruiz de la Cruz Roja".
var romanceOf = set("de del della dello dei degli delle di da do dos das du des")

// germanArticles open an office in German, whose nouns are capitalised:
// "sagte die Sprecherin der Stadt, Anna Riedl".
var germanArticles = set("der die das des dem den")

var particles = set("de van von der den bin ibn al da del della di la le du dos das st. mc")

// notPerson marks capitalised words that make a run an organisation,
// place or date rather than a person.
var notPerson = set(`the a an this that these those in on at of for by to from with and but or if as it its
he she they we i our their his her my your house senate congress party committee department ministry
court times post news journal street bank fund council union republic kingdom states nations city county
university college school institute center centre foundation association agency service office group inc
corp company airlines press network television radio administration campaign organization organisation
federation commission board army navy force police guard church hospital museum club airport station
island islands river sea ocean park square avenue road hall tower building capitol america american
americans democrats republicans democratic republican national international federal global security
new north south east west united saudi hong los san las january february march april may june july
august september october november december monday tuesday wednesday thursday friday saturday sunday
god white black after before when while during since there here what why how who where god
millionen milliarden millionen euro prozent uhr franken dollar meter kilometer tonnen hektar grad stunden
tage jahre jahren minuten schaden`)

type extractor struct {
	text    string
	id      string
	toks    []token
	regions []region
	quoted  []bool // per token: inside a quotation
	persons []person
	full    map[string]string // surname (lower) → the fullest name seen
	fulls   map[string][]fullName
	genders map[string]byte // full name → 'm' or 'f', when known
	attrs   []attribution   // the regions' attributions, filled in order
	keeps   []bool          // whether each region is kept as a quote, filled in order
}

// fullName is one multi-word name a surname may stand for.
type fullName struct {
	name   string
	pos    int
	gender byte
}

// fullFor returns the full name a bare surname at pos stands for: the
// latest one named before pos (else the first named after) whose gender
// does not contradict g, so that "Mr. Obama" and "Mrs. Obama" stay apart.
func (x *extractor) fullFor(surname string, pos int, g byte) string {
	before, after := "", ""
	for _, c := range x.fulls[strings.ToLower(surname)] {
		if g != 0 && c.gender != 0 && c.gender != g {
			continue
		}
		if c.pos <= pos {
			before = c.name
		} else if after == "" {
			after = c.name
		}
	}
	if before != "" {
		return before
	}
	return after
}

type person struct {
	start, end int
	name       string
	gender     byte // 'm', 'f' or 0 when unknown
}

var maleTitles = set("mr sir lord king prince sheikh emir monsieur herr señor")
var femaleTitles = set("mrs ms miss madam madame lady dame queen princess mme mlle")

// Common given names, for pronoun agreement only.
var maleNames = set(`john james robert michael william david richard joseph thomas charles christopher daniel matthew
anthony mark donald steven paul andrew joshua kenneth kevin brian george timothy ronald edward jason jeffrey ryan
jacob gary nicholas eric jonathan stephen larry justin scott brandon benjamin samuel gregory alexander frank patrick
raymond jack dennis jerry tyler aaron jose adam nathan henry douglas zachary peter kyle ethan walter noah jeremy
christian keith roger terry gerald harold sean austin carl arthur lawrence dylan jesse jordan bryan billy joe bruce
gabriel logan albert willie alan juan wayne elijah randy roy vincent ralph eugene russell bobby mason philip louis
barack bill bernie mike mitch ted marco newt rudy chris tim jeb rand ben vladimir sergei dmitry nursultan kassym
mohammed muhammad ahmed ali omar hassan hussein ibrahim mustafa recep emmanuel olaf boris volodymyr xi narendra
shinzo fumio justin jair luis carlos pedro miguel jorge javier francisco antonio manuel giuseppe marco luca
hans klaus jurgen wolfgang pierre jacques francois nicolas ivan igor yuri alexei mikhail viktor oleg andrei
ilham shavkat sadyr emomali serdar rustam timur askar marat nurlan yerlan bakhyt daniyar`)
var femaleNames = set(`mary patricia jennifer linda elizabeth barbara susan jessica sarah karen lisa nancy betty margaret
sandra ashley kimberly emily donna michelle carol amanda dorothy melissa deborah stephanie rebecca sharon laura
cynthia kathleen amy angela shirley anna brenda pamela emma nicole helen samantha katherine christine debra rachel
carolyn janet catherine maria heather diane ruth julie olivia joyce virginia victoria kelly lauren christina joan
evelyn judith megan andrea cheryl hannah jacqueline martha gloria teresa ann sara madison frances kathryn janice
jean abigail alice judy sophia grace denise amber doris marilyn danielle beverly isabella theresa diana natalie
brittany charlotte marie kayla alexis lori hillary nancy kamala elizabeth melania ivanka chelsea nikki kellyanne
sarah condoleezza madeleine angela theresa ursula christine giorgia jacinda indira benazir aung olga natalia
svetlana tatiana irina elena yulia anastasia ekaterina marina aliya dinara gulnara aigerim zhanna dilnoza
fatima aisha amina leila yasmin zainab mariam nadia layla golda tsai claudia dilma cristina michelle`)

// gender guesses a person's gender from a courtesy title, a common given
// name or a Slavic/Central Asian surname ending (-ova/-eva: she, -ov/-ev:
// he); 0 when nothing says.
func gender(title, name string) byte {
	switch {
	case maleTitles[title]:
		return 'm'
	case femaleTitles[title]:
		return 'f'
	}
	f := strings.Fields(strings.ToLower(name))
	if len(f) == 0 {
		return 0
	}
	if len(f) > 1 {
		if maleNames[f[0]] {
			return 'm'
		}
		if femaleNames[f[0]] {
			return 'f'
		}
	}
	last := f[len(f)-1]
	for _, suf := range []string{"ova", "eva", "yeva", "skaya", "kaya"} {
		if strings.HasSuffix(last, suf) && len(last) > len(suf)+2 {
			return 'f'
		}
	}
	for _, suf := range []string{"ov", "ev", "yev", "sky", "skiy", "skii"} {
		if strings.HasSuffix(last, suf) && len(last) > len(suf)+2 {
			return 'm'
		}
	}
	return 0
}

// Extract returns the direct quotes of a document. It uses the document's
// entity mentions, when there are any, as candidate speakers.
func Extract(doc *crossread.Doc) []crossread.Quote {
	if doc == nil || doc.Article == nil {
		return nil
	}
	x := &extractor{text: doc.Article.Text, id: doc.Article.ID, full: map[string]string{}}
	x.regions = findRegions(x.text)
	if len(x.regions) == 0 {
		return nil
	}
	x.toks = tokenize(x.text)
	x.quoted = make([]bool, len(x.toks))
	ri := 0
	for i, t := range x.toks {
		for ri < len(x.regions) && x.regions[ri].close <= t.start {
			ri++
		}
		for rj := ri; rj < len(x.regions) && x.regions[rj].open <= t.start; rj++ {
			if t.start < x.regions[rj].close {
				x.quoted[i] = true
				break
			}
		}
	}
	x.collectPersons(doc.Mentions)

	keep := make([]bool, len(x.regions))
	attr := make([]attribution, len(x.regions))
	x.attrs, x.keeps = attr, keep
	for i, r := range x.regions {
		attr[i] = x.attribute(i)
		keep[i] = x.isQuote(r, attr[i])
	}
	x.inherit(attr, keep)
	x.inheritRoles(attr, keep)

	var out []crossread.Quote
	for i, r := range x.regions {
		if !keep[i] {
			continue
		}
		q := crossread.Quote{
			Span: crossread.Span{ArticleID: x.id, Start: r.start, End: r.end},
			Text: x.text[r.start:r.end],
		}
		if a := attr[i]; a.ok {
			q.Speaker, q.Role, q.Cue = a.name, a.role, a.cue
			sp := crossread.Span{ArticleID: x.id, Start: a.start, End: a.end}
			q.SpeakerSpan = &sp
		}
		out = append(out, q)
	}
	return out
}

// isQuote keeps quotations of four words or more, quotes that run across
// paragraphs, and shorter ones that a speech cue attributes (partial quotes
// such as called it "a disaster"); shorter unattributed ones are mostly
// titles, nicknames and scare quotes.
func (x *extractor) isQuote(r region, a attribution) bool {
	if r.end <= r.start {
		return false
	}
	body := x.text[r.start:r.end]
	words := strings.Fields(body)
	if r.unclosed || r.continuation {
		return true
	}
	if titleCase(words) || (body[0] == '(' || body[0] == '[') && strings.IndexAny(body, ")]") == len(body)-1 {
		return false // a title, or a stage direction such as "(CROSSTALK)"
	}
	if len(words) == 1 && unicode.IsUpper(runeBefore(x.text, x.wordStartBefore(r.open))) && unicode.IsUpper(runeAt(x.text, x.wordStartAfter(r.close))) {
		return false // a nickname: Marcia "Cia" Price
	}
	if len(words) >= 4 {
		return true
	}
	if a.ok && a.direct {
		return true
	}
	// A short full sentence: "Neither do I."
	last := body[len(body)-1]
	return len(words) >= 2 && r0(body) != utf8.RuneError && unicode.IsUpper(r0(body)) && (last == '.' || last == '?' || last == '!')
}

// wordStartBefore returns the position just after the first letter of the
// word that ends before pos, so runeBefore reads that letter.
func (x *extractor) wordStartBefore(pos int) int {
	i := pos
	for i > 0 && x.text[i-1] == ' ' {
		i--
	}
	end := i
	for i > 0 && x.text[i-1] != ' ' && x.text[i-1] != '\n' {
		i--
	}
	if i == end {
		return 0
	}
	_, n := utf8.DecodeRuneInString(x.text[i:])
	return i + n
}

// wordStartAfter returns the position of the first letter after pos.
func (x *extractor) wordStartAfter(pos int) int {
	i := pos
	for i < len(x.text) && x.text[i] == ' ' {
		i++
	}
	return i
}

var minorWords = set("a an the of in on and to for at by with or nor but as vs. from into is")

// titleCase reports whether every word but the minor ones is capitalised:
// the titles of shows, books and headlines, not speech.
func titleCase(words []string) bool {
	if len(words) > 10 {
		return false
	}
	caps := 0
	for _, w := range words {
		w = strings.TrimLeft(w, "([“‘\"'")
		if w == "" || minorWords[strings.ToLower(w)] {
			continue
		}
		r := r0(w)
		if !unicode.IsUpper(r) && !unicode.IsDigit(r) {
			return false
		}
		caps++
	}
	return caps >= 2
}

// attribution is the speaker found for one region.
type attribution struct {
	ok         bool
	name, role string
	cue        string
	start, end int  // the speaker mention
	direct     bool // found from a cue in the quote's own sentence
	// ownClause: words follow the quote in its sentence without naming a
	// speaker ("…," read one banner): it must not inherit one either.
	ownClause bool
}

// regionAt returns the index of the region holding byte pos, or -1.
func (x *extractor) regionAt(pos int) int {
	k := sort.Search(len(x.regions), func(i int) bool { return x.regions[i].open > pos }) - 1
	if k >= 0 && pos < x.regions[k].close {
		return k
	}
	return -1
}

func (x *extractor) tokenAt(pos int) int {
	return sort.Search(len(x.toks), func(k int) bool { return x.toks[k].start >= pos })
}

// sentenceBefore walks back from token hi to the start of its sentence,
// passing over earlier quotes of the same sentence (their marks and words
// are flagged quoted, so no cue is taken from inside them).
func (x *extractor) sentenceBefore(hi int) int {
	lo := hi
	// A sentence runs at most maxSentence tokens back: run-on text without
	// punctuation must not make the walk quadratic.
	const maxSentence = 120
	for lo > 0 && hi-lo < maxSentence {
		t := x.toks[lo-1]
		next := len(x.text)
		if lo < len(x.toks) {
			next = x.toks[lo].start
		}
		if lo < hi && strings.Contains(x.text[t.end:next], "\n") {
			break
		}
		if x.quoted[lo-1] {
			ri := x.regionAt(t.start)
			if ri < 0 {
				break
			}
			r := x.regions[ri]
			if r.end > r.start && strings.ContainsAny(x.text[r.end-1:r.end], ".?!") || x.toks[x.tokenAt(r.open)].nl {
				break
			}
			lo = x.tokenAt(r.open)
			continue
		}
		if t.terminator() {
			break
		}
		lo--
	}
	return lo
}

// zones returns the token ranges of the quote's sentence before the
// opening mark and after the closing one.
func (x *extractor) zones(i int) (beforeLo, beforeHi, afterLo, afterHi int) {
	r := x.regions[i]
	afterLo = x.tokenAt(r.close)
	nextOpen := len(x.text)
	if i+1 < len(x.regions) {
		nextOpen = x.regions[i+1].open
	}
	afterHi = afterLo
	// "… it ended." Clinton plans…: the sentence closed inside the marks.
	closedInside := r.end > r.start && x.text[r.end-1] == '.' && afterLo < len(x.toks) && x.toks[afterLo].cap && x.toks[afterLo].lower != "i"
	for afterHi < len(x.toks) && !closedInside {
		t := x.toks[afterHi]
		if t.start >= nextOpen || t.terminator() || t.nl {
			break
		}
		afterHi++
	}
	beforeHi = x.tokenAt(r.open)
	beforeLo = x.sentenceBefore(beforeHi)
	return
}

func isDash(s string) bool { return s == "—" || s == "–" || s == "-" || s == "―" || s == "--" }

func (x *extractor) attribute(i int) attribution {
	r := x.regions[i]
	bLo, bHi, aLo, aHi := x.zones(i)
	// A transcript: "PENCE: Well, look…"
	if a := x.transcriptLabel(r); a.ok {
		return a
	}
	if a := x.afterQuote(aLo, aHi); a.ok {
		a.direct = true
		return a
	}
	// A headline's "Sanders: Clinton needs to 'get away…'".
	if bLo < bHi && (bLo == 0 || x.toks[bLo].nl) {
		c := bLo
		for c < bHi && c < bLo+4 && x.toks[c].word && x.toks[c].cap {
			c++
		}
		if c > bLo && c < bHi && x.toks[c].text == ":" && !timeWords[x.toks[bLo].lower] && x.full[x.toks[c-1].lower] != "" {
			if a := x.fromChunk(bLo, c, ""); a.ok {
				a.direct = true
				return a
			}
		}
	}
	for k := bHi - 1; k >= bLo; k-- {
		t := x.toks[k]
		if !t.word || !cues[t.lower] || x.quoted[k] || t.cap && k > bLo {
			continue
		}
		if a := x.fromCue(k, bLo, bHi, false); a.ok {
			a.direct = true
			return a
		}
	}
	// "X directed the departments to review it, stating that "…"": a
	// participle's speaker is the subject of its sentence; so is that of
	// "X, director of …, was blunt: "…"", a quote a colon introduces.
	if bHi > bLo {
		intro := -1
		for k := bHi - 1; k >= bLo && k >= bHi-3; k-- {
			if t := x.toks[k]; t.word && participleCues[t.lower] && k > bLo && x.toks[k-1].text == "," || t.text == ":" && k == bHi-1 {
				intro = k
				break
			}
		}
		if intro > bLo {
			if i := x.subjectIn(bLo, intro); i >= 0 && x.opensClause(bLo, x.persons[i].start) {
				name, _ := x.personName(i)
				p := x.persons[i]
				// "General Manager A.J. Smith": the office is no part of the name
				for {
					first, rest, ok := strings.Cut(name, " ")
					if l := strings.ToLower(strings.TrimSuffix(first, ".")); !ok || !isTitleWord(l) && !officeWords[l] || !strings.Contains(rest, " ") && len(rest) < 3 {
						break
					}
					name = rest
				}
				return attribution{ok: true, name: name, cue: x.toks[intro].lower, start: p.start, end: p.end, direct: true}
			}
		}
	}
	// A quote that opens its sentence after "X said it was a mistake." or a
	// paragraph ending "X continued:" belongs to that sentence's speaker.
	if trimmedEmptyTokens(x.toks[bLo:bHi]) && trimmedEmptyTokens(x.toks[aLo:aHi]) {
		hi := bLo
		if bLo > 0 && x.toks[bLo].nl {
			if x.toks[bLo-1].text != ":" {
				return attribution{}
			}
		} else if bLo == 0 || !x.toks[bLo-1].terminator() {
			return attribution{}
		}
		lo := x.sentenceBefore(hi - 1)
		// The previous sentence quotes someone: this goes on with that
		// speaker ("“…,” X told residents in a video posted online. “…”"),
		// whatever other verbs of speech the sentence holds.
		if i > 0 && i-1 < len(x.attrs) && x.attrs[i-1].ok && x.attrs[i-1].direct && x.keeps[i-1] && lo >= 0 && lo < len(x.toks) &&
			x.regions[i-1].para == r.para && (x.regions[i-1].close > x.toks[lo].start ||
			strings.TrimSpace(x.text[x.regions[i-1].close:x.toks[lo].start]) == "") {
			a := x.attrs[i-1]
			a.direct = false
			return a
		}
		for k := hi - 1; k >= lo; k-- {
			t := x.toks[k]
			if !t.word || !cues[t.lower] || x.quoted[k] || t.cap && k > lo {
				continue
			}
			if a := x.fromCue(k, lo, hi, false); a.ok {
				return a
			}
		}
	}
	if first := firstWord(x.toks[aLo:aHi]); first != nil && !preps[first.lower] && first.lower != "and" && first.lower != "but" && first.lower != "or" && trimmedEmptyTokens(x.toks[bLo:bHi]) {
		return attribution{ownClause: true}
	}
	return attribution{}
}

func firstWord(ts []token) *token {
	for i := range ts {
		if ts[i].word {
			return &ts[i]
		}
	}
	return nil
}

func trimmedEmptyTokens(ts []token) bool {
	for _, t := range ts {
		if t.word {
			return false
		}
	}
	return true
}

// transcriptLabel reads a speaker label at the start of the quote.
func (x *extractor) transcriptLabel(r region) attribution {
	body := x.text[r.start:r.end]
	c := strings.IndexByte(body, ':')
	if c < 2 || c > 40 {
		return attribution{}
	}
	label := body[:c]
	hasUpper := false
	for _, ch := range label {
		if unicode.IsLower(ch) {
			return attribution{}
		}
		if unicode.IsUpper(ch) {
			hasUpper = true
		}
	}
	if !hasUpper {
		return attribution{}
	}
	return attribution{ok: true, direct: true, name: label, start: r.start, end: r.start + c}
}

// afterQuote reads "…," X said / "…," said X / "…," X, the role, said /
// "…" — X from the text that follows the quote in its sentence. The
// subject must come first: "…" when he said is another clause.
func (x *extractor) afterQuote(lo, hi int) attribution {
	k := lo
	for k < hi && !x.toks[k].word && x.toks[k].text != "(" {
		k++
	}
	if k >= hi {
		// "…"\n― Name: a signature line.
		if hi < len(x.toks) && x.toks[hi].nl && isDash(x.toks[hi].text) {
			e := hi + 1
			for e < len(x.toks) && e < hi+7 && x.toks[e].word && !x.toks[e].nl && (x.toks[e].cap || particles[x.toks[e].lower]) {
				e++
			}
			if e > hi+1 && (e == len(x.toks) || x.toks[e].nl) {
				a := x.fromChunk(hi+1, e, "")
				a.direct = true
				return a
			}
		}
		return attribution{}
	}
	t := x.toks[k]
	// "«…», a déclaré X", "«…», ha detto X": the auxiliary before the cue
	if auxiliaries[t.lower] && !t.cap && k+1 < hi && cues[x.toks[k+1].lower] && !x.toks[k+1].cap {
		k++
		t = x.toks[k]
	}
	if cues[t.lower] && !t.cap || t.lower == "according" {
		return x.fromCue(k, k, hi, true)
	}
	if (stopBack[t.lower] && !pronouns[t.lower]) || preps[t.lower] && !t.cap {
		for m := k; m+1 < hi; m++ {
			if x.toks[m].lower == "according" && x.toks[m+1].lower == "to" {
				return x.fromCue(m, m, hi, true)
			}
		}
		return x.trailingAttribution(k, hi)
	}
	// The subject runs to the first comma or cue.
	c := k
	for c < hi && c < k+40 && !(x.toks[c].word && cues[x.toks[c].lower] && !x.toks[c].cap) {
		c++
	}
	if c >= hi || c >= k+40 {
		if k > lo && isDash(x.toks[k-1].text) && hi-k <= 6 {
			// "…" — Adriana Rodarte
			return x.fromChunk(k, hi, "")
		}
		return attribution{}
	}
	// "…" given the market, which some forecasts put at …: a cue inside
	// a relative clause is that clause's verb, not an attribution.
	for m := c - 1; m >= k; m-- {
		if x.toks[m].text == "," {
			if m+1 < c && relatives[x.toks[m+1].lower] {
				return attribution{}
			}
			break
		}
	}
	e := k
	for e < c && x.toks[e].text != "," {
		e++
	}
	role := ""
	if e < c {
		last := c
		for last > e && (x.toks[last-1].text == "," || (!x.toks[last-1].cap && skipBack[x.toks[last-1].lower]) || isAdverb(x.toks[last-1])) {
			last--
		}
		if last > e+1 && !(last == e+2 && x.toks[e+1].digits()) {
			role = x.text[x.toks[e+1].start:x.toks[last-1].end]
		}
	} else {
		e = x.skipBetween(e-1, k) + 1
	}
	if e-k > 12 {
		return attribution{}
	}
	a := x.fromChunk(k, e, x.toks[c].lower)
	if a.ok && role != "" && a.role == "" {
		a.role = role
	}
	return a
}

// trailingAttribution reads "…", she said at the end of a sentence that
// goes on after a partial quote: a comma, a short subject, a cue.
func (x *extractor) trailingAttribution(lo, hi int) attribution {
	for c := lo; c < hi; c++ {
		if x.toks[c].text != "," || x.quoted[c] {
			continue
		}
		for k := c + 1; k < hi && k <= c+7; k++ {
			t := x.toks[k]
			if !t.word || x.quoted[k] {
				break
			}
			if cues[t.lower] && !t.cap {
				if k == c+1 {
					break // ", said …" is not a subject-first attribution
				}
				// The attribution must close the sentence, bar a short tail.
				if hi-k > 12 {
					break
				}
				if a := x.fromCue(k, c+1, hi, false); a.ok {
					return a
				}
				break
			}
		}
	}
	return attribution{}
}

func isAdverb(t token) bool {
	return t.word && !t.cap && len(t.lower) > 4 && strings.HasSuffix(t.lower, "ly")
}

// fromCue finds the speaker of the cue at token k within [lo, hi).
// passiveAuxiliaries before a cue make it a passive's.
var passiveAuxiliaries = set("is are was were be been being")

func (x *extractor) fromCue(k, lo, hi int, after bool) attribution {
	cue := x.toks[k]
	if cue.lower == "according" {
		if k+1 < hi && x.toks[k+1].lower == "to" {
			a, b := k+2, k+2
			for b < hi && b < a+12 && (x.toks[b].word || x.toks[b].text == "(" || x.toks[b].text == ")" || x.toks[b].text == "-") && !stopBack[x.toks[b].lower] {
				b++
			}
			return x.fromChunk(a, b, "according to")
		}
		return attribution{}
	}
	if cue.lower == "pointed" && (k+1 >= hi || x.toks[k+1].lower != "out") {
		return attribution{}
	}
	if cue.lower == "put" && (k+1 >= hi || x.toks[k+1].lower != "it") {
		return attribution{}
	}
	// "threatened and endangered species": an adjective, not speech
	// ("threatened to resign", "threatened that …")
	if cue.lower == "threatened" && k+1 < len(x.toks) {
		switch x.toks[k+1].lower {
		case "to", "that", ",", ":":
		default:
			if t := x.toks[k+1].text; t != "\"" && t != "“" && t != "'" && t != "‘" {
				return attribution{}
			}
		}
	}
	if after {
		// Inverted: "…," said X, the role.
		a := k + 1
		for a < hi && x.toks[a].word && (timeWords[x.toks[a].lower] || isAdverb(x.toks[a])) {
			a++
		}
		if a < hi && x.toks[a].word && !preps[x.toks[a].lower] && !(stopBack[x.toks[a].lower] && !x.toks[a].cap) && !cues[x.toks[a].lower] {
			b := a
			headed := quantifiers[x.toks[a].lower]
			for b < hi && b < a+12 && (x.toks[b].word || x.toks[b].text == "(" || x.toks[b].text == ")" || joiner(x.toks, b) || x.toks[b].text == "&") {
				t := x.toks[b]
				if (t.lower == "and" || t.text == "&") && x.toks[b-1].cap && b+1 < hi && x.toks[b+1].cap {
					b++ // "Securities and Exchange Commission"
					continue
				}
				if stopBack[t.lower] && !t.cap || (timeWords[t.lower] || dayWord(t)) && b > a {
					break
				}
				// "zei woordvoerder Pieter van Dongen van LNB": the name has
				// its particle and surname; the next "van" is where the
				// person works.
				if (t.lower == "van" || t.lower == "von") && x.toks[b-1].cap && capitalsIn(x.toks[a:b]) >= 2 && capitalAfterArticle(x.toks, b+1, hi) {
					break
				}
				// "a spokesman for the ministry" keeps its complement.
				if preps[t.lower] && !t.cap && !(headed && (t.lower == "for" || t.lower == "of" || t.lower == "at" || t.lower == "with")) {
					break
				}
				// "ha spiegato Marco Bassi della guardia costiera": a name,
				// then where the person is from
				if romanceOf[t.lower] && !t.cap && b-a >= 2 && x.toks[b-1].cap && x.toks[b-2].cap {
					n := b + 1
					for n < hi && romanceArticles[x.toks[n].lower] {
						n++
					}
					if n < hi && x.toks[n].word && !x.toks[n].cap {
						break // (not "María José de la Fuente", a name)
					}
				}
				b++
			}
			// "dijo el ministro de Defensa, Jorge Salas": an office, then
			// the name of who holds it.
			if named := x.nameAfterOffice(a, b, hi, cue.lower); named.ok {
				return named
			}
			at := x.fromChunk(a, b, cue.lower)
			if at.ok && b < hi && x.toks[b].text == "," && b+1 < hi {
				f := x.toks[b+1]
				if f.lower == "the" || f.lower == "a" || f.lower == "an" || isTitleWord(f.lower) {
					e := b + 1
					for e < hi && x.toks[e].text != "," {
						e++
					}
					at.role = x.text[f.start:x.toks[e-1].end]
				}
			}
			return at
		}
		return attribution{}
	}
	// Subject before the cue; none of a passive ("People are asked to
	// avoid the area", "he was told").
	if k-1 >= lo && passiveAuxiliaries[x.toks[k-1].lower] {
		return attribution{}
	}
	j := k - 1
	j = x.skipBetween(j, lo)
	for try := 0; try < 4 && j >= lo && (x.toks[j].word || x.toks[j].text == ")"); try++ { // ")": "Rep. Edward Markey (D-Mass.) said"
		a := x.chunkStart(j, lo)
		if a > j {
			return attribution{}
		}
		// A phrase governed by a preposition ("at a rally in Ohio") or a
		// date stands between the subject and the cue: skip it.
		if preps[x.toks[a].lower] || (a > lo && preps[x.toks[a-1].lower]) || allTime(x.toks[a:j+1]) {
			if preps[x.toks[a].lower] {
				j = a - 1
			} else {
				j = a - 2
			}
			j = x.skipBetween(j, lo)
			continue
		}
		if at := x.fromChunk(a, j+1, cue.lower); at.ok {
			return at
		}
		return attribution{}
	}
	if j >= lo && x.toks[j].word {
		return attribution{}
	}
	// "X, the role, (which …,) said": walk back over appositives to the
	// segment that opens with a name.
	end := j
	for n := 0; n < 4 && end >= lo && x.delim(end); n++ {
		for end-1 >= lo && x.delim(end-1) {
			end-- // "--"
		}
		c := end - 1
		for c >= lo && !x.delim(c) && end-c < 30 {
			c--
		}
		segStart := c + 1
		if segStart >= end {
			break
		}
		if c < lo || x.delim(c) {
			// Is the segment before this comma a subject? ("As X, …")
			for segStart < end-1 && x.toks[segStart].cap && stopBack[x.toks[segStart].lower] {
				segStart++
			}
			first := x.toks[segStart]
			if (first.cap && !stopBack[first.lower]) || pronouns[first.lower] {
				a := x.chunkStart(end-1, lo)
				if a < end {
					at := x.fromChunk(a, end, cue.lower)
					if at.ok {
						// "Jane Roe, Acme's chief executive, told …": a
						// segment with words in lower case describes the
						// name before it.
						if c >= lo && x.describesName(segStart, end) {
							if pa := x.chunkStart(c-1, lo); pa < c && c-pa <= 4 && x.allCapitalised(pa, c) {
								if pat := x.fromChunk(pa, c, cue.lower); pat.ok {
									pat.role = x.text[x.toks[segStart].start:x.toks[end-1].end]
									return pat
								}
							}
						}
						if role := x.appositive(end, j); role != "" {
							at.role = role
						}
						return at
					}
				}
			}
		}
		end = c
	}
	return attribution{}
}

// nameAfterOffice attributes "…", said the defence minister, Jan Varga: a
// phrase [a, b) that opens with an article and an office, then a comma and
// a capitalised name, which speaks with the phrase as its role.
func (x *extractor) nameAfterOffice(a, b, hi int, cue string) attribution {
	if b+1 >= hi || x.toks[b].text != "," || b-a < 2 {
		return attribution{}
	}
	first, office := x.toks[a], x.toks[a+1]
	if first.cap || !(romanceArticles[first.lower] || first.lower == "the" || germanArticles[first.lower]) || !isTitleWord(office.lower) || office.cap && !germanArticles[first.lower] {
		return attribution{}
	}
	c := b + 1
	for c < hi && x.toks[c].word && (x.toks[c].cap || particles[x.toks[c].lower] && c+1 < hi && x.toks[c+1].cap) {
		c++
	}
	if c-(b+1) < 2 || c < hi && x.toks[c].word && !x.toks[c].cap {
		return attribution{} // one word, or a clause: "the minister, Varga said"
	}
	at := x.fromChunk(b+1, c, cue)
	if !at.ok || !strings.Contains(at.name, " ") {
		return attribution{}
	}
	at.role = x.text[office.start:x.toks[b-1].end]
	return at
}

// personThenAffiliation returns the end of a person's name that opens
// [a, b) and is followed by "of", "from" or "at" and a capitalised body
// ("Lena Okafor of the World Health Organization"), or a when [a, b) is no
// such phrase. The name is two or three capitalised words, none a title or
// a word that marks an organisation.
func (x *extractor) personThenAffiliation(a, b int) int {
	k := a
	for k < b && k-a < 3 && x.toks[k].word && x.toks[k].cap && !notPerson[x.toks[k].lower] && !isTitleWord(x.toks[k].lower) {
		k++
	}
	if k-a < 2 || k+1 >= b {
		return a
	}
	switch x.toks[k].lower {
	case "of", "from", "at":
	default:
		return a
	}
	j := k + 1
	if x.toks[j].lower == "the" && j+1 < b {
		j++
	}
	if !x.toks[j].cap {
		return a
	}
	return k
}

// describesName reports a segment of tokens [a, b) that holds a word in
// lower case: a role ("Acme's chief executive"), not a name.
func (x *extractor) describesName(a, b int) bool {
	for _, t := range x.toks[a:b] {
		if t.word && !t.cap && !nameParticles[t.lower] {
			return true
		}
	}
	return false
}

// allCapitalised reports tokens [a, b) that are all capitalised words: a
// name.
func (x *extractor) allCapitalised(a, b int) bool {
	for _, t := range x.toks[a:b] {
		if !t.word || !t.cap {
			return false
		}
	}
	return true
}

var relatives = set("which that who whom whose")

var nameParticles = set("de da di del van von der bin al la le")

// joiner reports whether punctuation token k sits inside a word ("9/11").
func joiner(toks []token, k int) bool {
	t := toks[k]
	return (t.text == "/" || t.text == "-") && k > 0 && k+1 < len(toks) && toks[k-1].end == t.start && toks[k+1].start == t.end
}

// skipBetween walks back from token j over adverbs, auxiliaries and
// dates that separate a subject from its cue.
func (x *extractor) skipBetween(j, lo int) int {
	for j >= lo && x.toks[j].word {
		t := x.toks[j]
		if (skipBack[t.lower] && !t.cap) || timeWords[t.lower] || isAdverb(t) || isYear(t.lower) {
			j--
			continue
		}
		break
	}
	return j
}

func isYear(s string) bool {
	return len(s) == 4 && (strings.HasPrefix(s, "19") || strings.HasPrefix(s, "20")) && strings.Trim(s, "0123456789") == ""
}

var vagueTime = set("the a an few several ago days weeks months years hours minutes moments just only some two three four five")

func allTime(ts []token) bool {
	for _, t := range ts {
		if t.word && !timeWords[t.lower] && !isYear(t.lower) && !preps[t.lower] && !vagueTime[t.lower] && strings.Trim(t.lower, "0123456789") != "" {
			return false
		}
	}
	return true
}

// delim reports whether token k sets off an appositive: a comma or a
// dash ("—", "–", "--", " - ").
func (x *extractor) delim(k int) bool {
	t := x.toks[k]
	switch t.text {
	case ",", "—", "–":
		return true
	case "-":
		if k+1 < len(x.toks) && x.toks[k+1].text == "-" || k > 0 && x.toks[k-1].text == "-" {
			return true
		}
		return k > 0 && k+1 < len(x.toks) && x.toks[k-1].end < t.start && t.end < x.toks[k+1].start
	}
	return false
}

// appositive returns the first comma-delimited segment after token comma
// and before token limit: the speaker's role.
func (x *extractor) appositive(comma, limit int) string {
	e := comma + 1
	for e < limit && x.toks[e].text != "," {
		e++
	}
	if e <= comma+1 {
		return ""
	}
	f := x.toks[comma+1]
	if f.lower == "who" || f.lower == "which" || preps[f.lower] && !f.cap || e == comma+2 && f.digits() {
		return "" // a relative clause, a place, an age
	}
	return x.text[f.start:x.toks[e-1].end]
}

// chunkStart walks back from token j over the subject noun phrase.
func (x *extractor) chunkStart(j, lo int) int {
	a := j + 1
	for n := 0; a-1 >= lo && n < 12; n++ {
		t := x.toks[a-1]
		if t.text == ")" {
			p := a - 2
			for p >= lo && p > a-10 && x.toks[p].text != "(" {
				p--
			}
			if p >= lo && x.toks[p].text == "(" {
				a = p
				continue
			}
			break
		}
		if !t.word || x.quoted[a-1] {
			break
		}
		if (t.lower == "and" || t.text == "&") && a-2 >= lo && x.toks[a-2].cap && x.toks[a].cap {
			a-- // "the Securities and Exchange Commission"
			continue
		}
		if stopBack[t.lower] && !(t.cap && n > 0 && t.lower != "it") {
			break
		}
		if cues[t.lower] && !t.cap {
			break
		}
		a--
	}
	// Lead words that are not part of a name: "Then Trump", "But Sanders".
	for a <= j && x.toks[a].cap && stopBack[x.toks[a].lower] {
		a++
	}
	return a
}

// fromChunk reads a speaker out of the subject tokens [a, b).
func (x *extractor) fromChunk(a, b int, cue string) attribution {
	for b > a && !x.toks[b-1].word && x.toks[b-1].text != ")" {
		b--
	}
	// Leading adverbs are not part of the speaker: "often", "also".
	for a < b && x.toks[a].word && !x.toks[a].cap && (skipBack[x.toks[a].lower] || isAdverb(x.toks[a])) {
		a++
	}
	if a >= b || allTime(x.toks[a:b]) || preps[x.toks[a].lower] && !x.toks[a].cap {
		return attribution{}
	}
	// Where the name ends, a place or a moment may follow: "opposition
	// leader Marta Kovacs outside the court", "Jane Smith at a news
	// conference". (A title before the preposition keeps its phrase:
	// "Professor at Harvard Jane Smith".)
	for k := a + 1; k < b; k++ {
		// "sagte Rhein am Abend": a surname alone, then German's when
		if t := x.toks[k]; germanScene[t.lower] && !t.cap && x.toks[k-1].word && x.toks[k-1].cap {
			b = k
			break
		}
	}
	for k := a + 2; k < b; k++ {
		t, p, q := x.toks[k], x.toks[k-1], x.toks[k-2]
		if sceneAfterName[t.lower] && !t.cap && p.word && p.cap && q.word && q.cap &&
			!isTitleWord(p.lower) && !maleTitles[p.lower] && !femaleTitles[p.lower] {
			b = k
			break
		}
	}
	// A finite verb inside makes it a clause, not a speaker: "Trump
	// repeatedly demeaned women".
	for k := a + 1; k < b; k++ {
		t, p := x.toks[k], x.toks[k-1]
		if t.word && !t.cap && len(t.lower) > 4 && strings.HasSuffix(t.lower, "ed") && (p.cap || isAdverb(p)) {
			return attribution{}
		}
	}
	if r := r0(x.toks[a].text); r >= '0' && r <= '9' {
		named := false
		for k := a; k < b; k++ {
			named = named || x.toks[k].cap
		}
		if !named {
			return attribution{} // "63 percent said"
		}
	}
	for k := a; k < b; k++ {
		if x.toks[k].text == "(" {
			closed := false
			for q := k + 1; q < b; q++ {
				closed = closed || x.toks[q].text == ")"
			}
			if !closed {
				b = k // "Mr. Burman (a view echoed …"
				break
			}
		}
	}
	if a >= b {
		return attribution{}
	}
	at := attribution{cue: cue}
	// "a assuré le préfet des Alpes-Maritimes, Jean Dupont, lors d'un
	// point presse": an office, then the name in apposition speaks
	if k, ok := x.nameInApposition(a, b); ok {
		at.ok = true
		at.start, at.end = x.toks[b+1].start, x.toks[k-1].end
		at.name = x.text[at.start:at.end]
		at.role = strings.TrimSpace(x.text[x.toks[a].start:x.toks[b-1].end])
		return at
	}
	// "sagte er dem Bayerischen Rundfunk", "a-t-elle dit à la radio": the
	// pronoun speaks, the rest is to whom
	if b-a > 1 && thirdPersons[x.toks[a].lower] != "" && !x.toks[a].cap && addressees[x.toks[a+1].lower] {
		b = a + 1
	}
	if b-a == 1 && (pronouns[x.toks[a].lower] || thirdPersons[x.toks[a].lower] != "" || invertedPronoun(x.toks[a].lower) != "") {
		t := x.toks[a]
		pronoun := t.lower
		if p := invertedPronoun(pronoun); p != "" {
			pronoun = p // "a-t-il", "ajoute-t-elle", "dit-il"
		}
		if p := thirdPersons[pronoun]; p != "" {
			pronoun = p
		}
		if pronoun != "he" && pronoun != "she" {
			return attribution{}
		}
		at.ok, at.start, at.end = true, t.start, t.end
		at.name = x.resolve(t.start, pronoun)
		if at.name == "" {
			return attribution{}
		}
		return at
	}
	// A document "by"/"from" its author: the author speaks.
	for k := a; k < b; k++ {
		if docNouns[x.toks[k].lower] && k+2 < b && (x.toks[k+1].lower == "by" || x.toks[k+1].lower == "from" || x.toks[k+1].lower == "of") {
			a = k + 2
			break
		}
	}
	// A person's name, then where they work: "Lena Okafor of the World
	// Health Organization told reporters". The person speaks; the rest
	// is the role.
	p := a // "Analyst Rob Enderle of Enderle Group": the title is the role's
	for p < b && x.toks[p].cap && (isTitleWord(x.toks[p].lower) || roleNouns[x.toks[p].lower]) {
		p++
	}
	if k := x.personThenAffiliation(p, b); k > p {
		at.ok = true
		at.start, at.end = x.toks[p].start, x.toks[k-1].end
		at.name = x.text[at.start:at.end]
		at.role = strings.TrimSpace(x.text[x.toks[k].start:x.toks[b-1].end])
		if p > a {
			at.role = strings.TrimSpace(x.text[x.toks[a].start:x.toks[p-1].end]) + " " + at.role
		}
		return at
	}
	// A name at the end of the phrase: "White House spokesman Josh Earnest".
	e := b
	for e > a && x.toks[e-1].text == ")" {
		p := e - 1
		for p > a && x.toks[p].text != "(" {
			p--
		}
		if x.toks[p].text != "(" {
			break
		}
		e = p
	}
	n := e
	for n > a {
		t := x.toks[n-1]
		if n < e && (strings.HasSuffix(t.text, "’s") || strings.HasSuffix(t.text, "'s")) {
			break
		}
		if t.word && (t.cap || (particles[t.lower] && n-1 > a && n < e)) && !(n < e && stopBack[t.lower] && !t.cap) {
			n--
			continue
		}
		if t.lower == "of" && n-1 > a && x.toks[n-2].cap && n < e {
			n--
			continue
		}
		break
	}
	for n < e && x.toks[n].cap && stopBack[x.toks[n].lower] {
		n++
	}
	if n < e {
		// Strip titles: "Secretary of State John Kerry" → John Kerry.
		// The name starts after the run's last title word: "Australian
		// Prime Minister Malcolm Turnbull", "Ohio Party Chairman David Pepper".
		for n < e-1 && sentenceAdverbs[x.toks[n].lower] {
			n++ // "Meanwhile Trump", "Should Mr. Clarke"
		}
		m := n
		for q := n; q < e-1; q++ {
			if l := x.toks[q].lower; isTitleWord(l) || maleTitles[l] || femaleTitles[l] {
				m = q + 1
			}
		}
		for q := m; q < e; q++ {
			if notPerson[x.toks[q].lower] {
				m = n // an organisation: "Kyrgyz Foreign Ministry" keeps its words
				break
			}
		}
		name := x.text[x.toks[m].start:x.toks[e-1].end]
		at.ok = true
		at.start, at.end = x.toks[n].start, x.toks[e-1].end
		role := strings.TrimSpace(x.text[x.toks[a].start:x.toks[m].start])
		if m == n {
			role = strings.TrimSpace(x.text[x.toks[a].start:x.toks[n].start])
		}
		if l := strings.ToLower(role); l == "the" || l == "a" || l == "an" || strings.Trim(l, "0123456789") == "" {
			role = ""
		}
		// "el ministro", "le ministre": the office, without its article.
		if first, rest, ok := strings.Cut(role, " "); ok && romanceArticles[first] {
			role = rest
		}
		// "sagte die SPD-Politikerin", "zei de Minister": an article and
		// one capitalised noun describe someone named before; the
		// description speaks, as "the 52-year-old" does, and names no one.
		if l := strings.ToLower(role); e-n == 1 && (germanArticles[l] || l == "de" || l == "het") && x.fullFor(strings.ToLower(x.toks[n].text), x.toks[n].start, 0) == "" {
			at.start = x.toks[a].start
			at.name = x.text[at.start:x.toks[e-1].end]
			at.role = ""
			return at
		}
		at.role = role
		if m > n && !isTitleWord(x.toks[e-1].lower) {
			at.name = name
		} else if m == n {
			at.name = name
		} else {
			at.name = x.text[x.toks[n].start:x.toks[e-1].end]
		}
		// A capital that only opens the sentence marks no name either:
		// "Analysts at Bernstein said".
		initial := a == 0 || x.toks[a].nl || x.toks[a-1].terminator()
		if n > a && (!x.toks[a].cap || quantifiers[x.toks[a].lower] || initial && !x.toks[a+1].cap) && governed(x.toks[a+1:n]) {
			// "a spokesman for Clinton": the spokesman speaks, not Clinton.
			at.name = x.text[x.toks[a].start:x.toks[e-1].end]
			at.start = x.toks[a].start
			at.role = ""
		}
		if !strings.Contains(at.name, " ") {
			g := byte(0)
			if m > a {
				g = gender(x.toks[m-1].lower, "")
			}
			if f := x.fullFor(strings.TrimSuffix(at.name, "’s"), at.start, g); f != "" {
				at.name = f
			}
		}
		return at
	}
	// A common noun phrase: "a senior official", "the ministry".
	at.ok = true
	at.start, at.end = x.toks[a].start, x.toks[b-1].end
	at.name = x.text[at.start:at.end]
	if b-a == 1 && (x.toks[a].lower == "this" || x.toks[a].lower == "which" || x.toks[a].lower == "that") {
		return attribution{}
	}
	return at
}

// inherit gives unattributed quotes the speaker of the quote they continue:
// another quote of the same paragraph, the other paragraphs of one
// multi-paragraph quotation, or a paragraph that ends introducing it.
func (x *extractor) inherit(attr []attribution, keep []bool) {
	n := len(x.regions)
	// Multi-paragraph chains share one speaker.
	for i := 0; i < n; i++ {
		if !x.regions[i].continuation {
			continue
		}
		j := i - 1
		for j >= 0 && x.regions[j].single {
			j--
		}
		if j < 0 {
			continue
		}
		if !attr[i].ok && attr[j].ok {
			attr[i] = attr[j]
			attr[i].direct = false
		}
	}
	for i := n - 1; i > 0; i-- {
		if x.regions[i].continuation && attr[i].ok {
			j := i - 1
			for j >= 0 && x.regions[j].single {
				j--
			}
			if j >= 0 && !attr[j].ok {
				attr[j] = attr[i]
				attr[j].direct = false
			}
		}
	}
	// A paragraph that is nothing but a quote, right after a paragraph
	// whose last words attribute a quote, continues that speaker.
	for i := 0; i < n; i++ {
		if attr[i].ok || !keep[i] || x.regions[i].continuation || !x.wholeParagraph(i) {
			continue
		}
		j := i - 1
		for j >= 0 && x.regions[j].single {
			j--
		}
		if j < 0 || x.regions[j].para != x.regions[i].para-1 || !attr[j].ok || !attr[j].direct || !x.endsParagraphAttribution(j) {
			continue
		}
		attr[i] = attr[j]
		attr[i].direct = false
	}
	// Same paragraph: the previous attributed quote, else the next; not
	// for a quote inside a sentence of narration that names no speaker
	// ("Her daughter kept screaming "…""): someone else's words.
	for i := 0; i < n; i++ {
		if attr[i].ok || !keep[i] || attr[i].ownClause {
			continue
		}
		if bLo, bHi, _, _ := x.zones(i); slices.ContainsFunc(x.toks[bLo:bHi], func(t token) bool { return t.word && !t.cap }) {
			continue
		}
		for j := i - 1; j >= 0 && j > i-50 && x.regions[j].para == x.regions[i].para && x.speechGoesOn(j, i, 1); j-- {
			if attr[j].ok && keep[j] {
				attr[i] = attr[j]
				attr[i].direct = false
				break
			}
		}
		if attr[i].ok {
			continue
		}
		for j := i + 1; j < n && j < i+50 && x.regions[j].para == x.regions[i].para && x.speechGoesOn(j-1, j, 0); j++ {
			if attr[j].ok && keep[j] {
				attr[i] = attr[j]
				attr[i].direct = false
				break
			}
		}
	}
}

// sentenceEnd is the end of a sentence of narration and the start of the
// next.
// ("G.K. Butterfield", "Mrs. Clinton" end none).
var sentenceEnd = regexp.MustCompile(`(?:\p{Ll}{3,}|\d)[.!?]['"”’]?\s+['"“‘]?\p{Lu}`)

// speechGoesOn: the narration between quote regions j and i (j < i) ends
// at most ends sentences, so that one speaker goes on talking: going
// back, the attribution of the quote before ("…," said X, the role.
// "…"); going forward, none ("…" She added: "…"). Not the several
// sentences of a long paragraph (a wire story sent as one block) in
// which other people speak.
func (x *extractor) speechGoesOn(j, i, ends int) bool {
	lo, hi := x.regions[j].close, x.regions[i].open
	if lo >= hi {
		return true // nested or touching marks: no narration between
	}
	return len(sentenceEnd.FindAllStringIndex(x.text[lo:hi], ends+1)) <= ends
}

// collectPersons gathers candidate antecedents for pronouns and surnames:
// PERSON mentions when the document has them, else capitalised runs that
// look like names.
func (x *extractor) collectPersons(ms []crossread.Mention) {
	for _, m := range ms {
		if m.Type == crossread.PERSON && m.Start >= 0 && m.End <= len(x.text) {
			x.addPerson(m.Start, m.End, m.Text)
		}
	}
	// A run the recogniser named a place or a body ("the Dyfed Seabird
	// Trust", "the Little France campus") is no one a pronoun can stand for.
	// (Unless a person elsewhere has its last word: the recogniser may
	// take a lone surname for a body.)
	var other [][2]int
	personWords := map[string]bool{}
	for _, m := range ms {
		if m.Type != crossread.PERSON {
			other = append(other, [2]int{m.Start, m.End})
		} else {
			for _, w := range strings.Fields(m.Text) {
				personWords[strings.ToLower(w)] = true
			}
		}
	}
	named := func(start, end int) bool {
		f := strings.Fields(x.text[start:end])
		if len(f) == 0 || personWords[strings.ToLower(f[len(f)-1])] {
			return false
		}
		for _, o := range other {
			if o[0] < end && start < o[1] {
				return true
			}
		}
		return false
	}
	toks := x.toks
	for i := 0; i < len(toks); {
		if !toks[i].word || !toks[i].cap || x.quoted[i] {
			i++
			continue
		}
		j := i
		for j < len(toks) && toks[j].word && (toks[j].cap || (particles[toks[j].lower] && j+1 < len(toks) && toks[j+1].cap)) && (j == i || !toks[j].nl) {
			j++
		}
		if j > i && named(toks[i].start, toks[j-1].end) {
			i = j
			continue
		}
		x.personRun(i, j)
		if j == i {
			j++
		}
		i = j
	}
	sort.Slice(x.persons, func(a, b int) bool { return x.persons[a].start < x.persons[b].start })
}

func (x *extractor) personRun(i, j int) {
	toks := x.toks
	titled := false
	title := ""
	for i < j && (isTitleWord(toks[i].lower) || notPerson[toks[i].lower] || maleTitles[toks[i].lower] || femaleTitles[toks[i].lower]) {
		if (isTitleWord(toks[i].lower) || maleTitles[toks[i].lower] || femaleTitles[toks[i].lower]) && toks[i].cap && !notPerson[toks[i].lower] {
			titled = true
			title = toks[i].lower
		}
		i++
	}
	for k := i; k < j-1; k++ {
		l := toks[k].lower
		if isTitleWord(l) || maleTitles[l] || femaleTitles[l] || strings.HasSuffix(l, "’s") || strings.HasSuffix(l, "'s") {
			// "Charlotte Mayor Jennifer Roberts", "NBC’s Dante Chinni"
			i = k + 1
			if maleTitles[l] || femaleTitles[l] || isTitleWord(l) {
				titled, title = true, l
			}
		}
	}
	if i >= j {
		return
	}
	for k := i; k < j; k++ {
		if notPerson[toks[k].lower] || strings.ContainsAny(toks[k].text, "0123456789") {
			return
		}
	}
	if j-i > 4 || (j-i == 1 && !titled) {
		if j-i == 1 {
			if f := x.fullFor(toks[i].lower, toks[i].start, gender(title, "")); f != "" {
				x.persons = append(x.persons, person{start: toks[i].start, end: toks[i].end, name: f, gender: x.genderOf(f, title)})
			}
		}
		return
	}
	x.addPersonTitled(toks[i].start, toks[j-1].end, x.text[toks[i].start:toks[j-1].end], title)
}

// genderOf remembers what any mention told about a person's gender.
func (x *extractor) genderOf(name, title string) byte {
	if g := gender(title, name); g != 0 {
		if x.genders == nil {
			x.genders = map[string]byte{}
		}
		x.genders[name] = g
		return g
	}
	return x.genders[name]
}

func (x *extractor) addPerson(start, end int, name string) {
	x.addPersonTitled(start, end, name, "")
}

func (x *extractor) addPersonTitled(start, end int, name, title string) {
	name = strings.TrimSuffix(strings.TrimSuffix(name, "’s"), "'s")
	f := strings.Fields(name)
	if len(f) == 0 {
		return
	}
	sur := strings.ToLower(f[len(f)-1])
	if len(f) > 1 {
		if cur := x.full[sur]; len(cur) < len(name) {
			x.full[sur] = name
		}
		if x.fulls == nil {
			x.fulls = map[string][]fullName{}
		}
		known := false
		for _, c := range x.fulls[sur] {
			known = known || c.name == name
		}
		if !known {
			x.fulls[sur] = append(x.fulls[sur], fullName{name: name, pos: start, gender: x.genderOf(name, title)})
		}
	} else if full := x.fullFor(sur, start, gender(title, "")); full != "" {
		name = full
	}
	x.persons = append(x.persons, person{start: start, end: end, name: name, gender: x.genderOf(name, title)})
}

// resolve returns the person a pronoun at pos refers to: the last one
// named before it whose gender, when known, agrees with the pronoun; a
// pronoun that opens its sentence refers first to the subject of the
// sentence before ("Dale outlined the talks between Pell and Ruiz. He
// told reporters …": Dale).
func (x *extractor) resolve(pos int, pronoun string) string {
	k := sort.Search(len(x.persons), func(i int) bool { return x.persons[i].start >= pos })
	want := byte('m')
	if pronoun == "she" {
		want = 'f'
	}
	if i := x.previousSubject(pos); i >= 0 {
		if name, g := x.personName(i); g == 0 || g == want {
			return name
		}
	}
	for i := k - 1; i >= 0 && i >= k-12; i-- {
		if name, g := x.personName(i); g == 0 || g == want {
			return name
		}
	}
	return ""
}

// personName is person i's name in full, when the text gives it, and its
// gender when known.
func (x *extractor) personName(i int) (string, byte) {
	p := x.persons[i]
	name := p.name
	if !strings.Contains(name, " ") {
		if f := x.fullFor(name, p.start, p.gender); f != "" {
			name = f
		}
	}
	g := p.gender
	if g == 0 {
		g = x.genders[name]
	}
	return name, g
}

// subjectWindow is how many tokens may open a sentence before its subject
// ("Chief of staff Mark Dale said").
const subjectWindow = 6

// previousSubject returns the index in x.persons of the person who opens
// the sentence before the one that pos opens, or -1 when pos does not open
// a sentence or that sentence opens with no person.
func (x *extractor) previousSubject(pos int) int {
	ti := sort.Search(len(x.toks), func(i int) bool { return x.toks[i].start >= pos })
	if ti >= len(x.toks) || x.toks[ti].start != pos || ti == 0 {
		return -1
	}
	end := ti - 1 // the previous sentence's last token
	for end >= 0 && isClosingQuote(x.toks[end].text) {
		end--
	}
	if end < 0 || !x.toks[end].terminator() && !x.toks[ti].nl {
		return -1 // mid-sentence: "…, and he said"
	}
	start := end
	for start > 0 && !x.toks[start-1].terminator() && !x.toks[start].nl {
		start--
	}
	return x.subjectIn(start, end)
}

// opensClause: the person at byte pos opens the clause it stands in,
// after the sentence's first token lo: no verb or preposition stands
// between them and the last comma before ("On March 3, President Obama
// directed …", "Her agent Mark Roesler said:", not "several groups
// granted Mr. Clarke …").
func (x *extractor) opensClause(lo, pos int) bool {
	for k := x.tokenAt(pos) - 1; k >= lo; k-- {
		t := x.toks[k]
		if t.text == "," {
			return true
		}
		if t.word && !t.cap && (len(t.lower) > 3 && strings.HasSuffix(t.lower, "ed") || cues[t.lower] || preps[t.lower] || finiteVerbs[t.lower]) {
			return false
		}
	}
	return true
}

// subjectIn returns the index in x.persons of the person who opens the
// sentence of tokens [start, end), -1 when it opens with no person.
func (x *extractor) subjectIn(start, end int) int {
	if start >= end {
		return -1
	}
	// The subject stands first, or first after an opening phrase set off
	// by a comma ("In the early '80s, Lynch worked …"), a few tokens at
	// most from it: a name after a preposition ("In a speech in Port
	// Elin") or after a pronoun subject ("She says Ruiz …") is not it.
	t, n, blocked := start, 0, false
	for k := sort.Search(len(x.persons), func(i int) bool { return x.persons[i].start >= x.toks[start].start }); k < len(x.persons) && x.persons[k].start < x.toks[end].start; k++ {
		for ; t < end && x.toks[t].start < x.persons[k].start; t++ {
			if x.toks[t].text == "," {
				n, blocked = 0, false
				continue
			}
			l := x.toks[t].lower
			if x.quoted[t] || preps[l] && l != "of" || pronouns[l] && !possessives[l] {
				blocked = true // (but "Her agent Mark Roesler said")
			}
			n++
		}
		if blocked || n > subjectWindow {
			continue
		}
		if !strings.ContainsFunc(x.persons[k].name, unicode.IsLower) {
			return -1 // a heading in capitals is no subject
		}
		return k
	}
	return -1
}

func isClosingQuote(s string) bool {
	return s == "”" || s == "\"" || s == "’" || s == "'" || s == ")"
}

// wholeParagraph reports whether region i fills its paragraph.
func (x *extractor) wholeParagraph(i int) bool {
	r := x.regions[i]
	lo := r.open
	for lo > 0 && (x.text[lo-1] == ' ' || x.text[lo-1] == '\t' || x.text[lo-1] == '\r') {
		lo--
	}
	if lo > 0 && x.text[lo-1] != '\n' {
		return false
	}
	hi := r.close
	for hi < len(x.text) && strings.IndexByte(" \t\r.,", x.text[hi]) >= 0 {
		hi++
	}
	return hi == len(x.text) || x.text[hi] == '\n'
}

// endsParagraphAttribution reports whether quote j is attributed by the
// last sentence of its paragraph (…," X said. ⏎), with no later quote.
func (x *extractor) endsParagraphAttribution(j int) bool {
	if j+1 < len(x.regions) && x.regions[j+1].para == x.regions[j].para {
		return false
	}
	_, _, aLo, aHi := x.zones(j)
	if aLo >= aHi {
		return false
	}
	end := aHi
	for end < len(x.toks) && x.toks[end].terminator() && !x.toks[end].nl {
		end++
	}
	return end >= len(x.toks) || x.toks[end].nl
}
