package claim

import (
	"crossread/number"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Readers naming the slot of a figure by the words around it, for the
// figures outlets word too differently for their sentences to be paired
// by likeness: things counted by their noun, a planned span, the year
// something was founded, the years a record runs over, a named thing's
// move; and the tests that two statements tell one scene by the names
// they give, leaving out who tells them.

// hasStem: a word of s has the stem of w.
func hasStem(s, w string) bool {
	st := Stem(Fold(w))
	for _, x := range Words(s) {
		if Stem(Fold(x.Text)) == st {
			return true
		}
	}
	return false
}

// collectiveNouns count people without a plural: "23 crew", "the 40
// staff".
var collectiveNouns = setOfWords(`crew staff personnel`)

// invariantPlurals are counted nouns whose plural has no -s: "80
// aircraft".
var invariantPlurals = setOfWords(`aircraft`)

// countSynonyms are counted nouns another outlet writes with another word
// for the same things, by the word they count as.
var countSynonyms = map[string]string{
	"vessels": "ships", "warships": "ships", "nations": "countries", "soldiers": "troops", "planes": "aircraft",
	"jets": "aircraft", "warplanes": "aircraft", "houses": "homes", "dwellings": "homes", "firms": "companies",
	"shoppers": "customers", "clients": "customers", "cars": "vehicles", "lorries": "trucks", "firemen": "firefighters",
	"pupils": "students", "schoolchildren": "students", "medics": "doctors", "physicians": "doctors", "tugboats": "tugs",
	"automobiles": "vehicles", "motorists": "drivers", "choppers": "helicopters",
}

// actionOf: the nouns of an act done to those counted after "of" ("the
// evacuation of 94 patients", "the release of 33 hostages").
var actionOf = setOfWords(`evacuation evacuations rescue release arrest arrests relocation transfer removal deportation`)

// reForeignPer100k: "por 100 mil", "a cada 100 mil", "per 100.000",
// "pour 100 000", "pro 100.000", right after a noun counted.
var reForeignPer100k = regexp.MustCompile(`^\s*(?:por|a cada|per|pour|pro|op|ogni|su)\s+100[ .]?(?:000|mil)\b`)

// foreignCountSynonyms: the nouns the other languages read count one
// thing by ("barche", "imbarcazioni" and "scafi" are boats; "viviendas"
// and "casas" homes), each to the one word its count is keyed by.
var foreignCountSynonyms = func() map[string]string {
	m := map[string]string{}
	for _, group := range []string{
		"barcos embarcaciones botes lanchas buques navíos pesqueros",
		"bateaux embarcations navires",
		"barche imbarcazioni scafi natanti pescherecci navi",
		"barcos embarcações navios",
		"Boote Schiffe Wasserfahrzeuge",
		"boten schepen vaartuigen",
		"vehículos coches autos automóviles carros",
		"véhicules voitures",
		"veicoli auto automobili macchine vetture",
		"veículos carros automóveis",
		"Fahrzeuge Autos Wagen",
		"voertuigen auto's wagens",
		"casas viviendas hogares",
		"maisons logements habitations",
		"case abitazioni",
		"moradias habitações residências",
		"woningen huizen",
		"étages niveaux",
		"pisos plantas",
		"piani livelli",
		"andares pavimentos",
		"Stockwerke Etagen Geschosse",
		"verdiepingen bouwlagen",
		"Höfe Höfen Betriebe Betrieben Bauernhöfe Bauernhöfen",
		"granjas explotaciones",
		"exploitations fermes",
		"aziende fattorie allevamenti",
		"aeronaves aviones",
		"avions appareils",
		"aerei velivoli",
	} {
		ws := strings.Fields(group)
		for _, w := range ws {
			m[Fold(w)] = ws[0]
		}
	}
	return m
}()

// nounCounted names a count by the noun phrase it counts, written right
// after it: "All 23 crew members" and "Its 22 crew members" are "crew
// members", "400 oil-covered seabirds" and "250 seabirds" are "seabirds"
// (a hyphenated or participle modifier left out). People in general are
// the toll pass's, units and spans of time are measures, and a count
// that is part of another ("one of the 12 ministers") says another thing.
func nounCounted(s string, q Quantity) (string, bool) { return nounCountedIn("", s, q) }

// nounCountedIn is nounCounted for text in language lang: in the Romance
// languages the noun comes first and its modifiers after ("132 casos
// confirmados", "14 écoles"), in German a capitalised noun after its
// adjective ("132 bestätigte Fälle").
func nounCountedIn(lang, s string, q Quantity) (string, bool) {
	if q.Kind != "count" || q.End > len(s) {
		return "", false
	}
	before := Words(s[:q.Start])
	if j := wordBeforeHedge(before); j >= 0 && !clauseBreak(s[before[j].End:q.Start]) {
		switch f := Fold(before[j].Text); {
		case f == "from" && lang == "" && j >= 1 && peopleFrom(Fold(before[j-1].Text)):
			// "Negotiators from 196 countries": where people came from,
			// no start of a change
		case f == "of" && j >= 1 && actionOf[Fold(before[j-1].Text)]:
			// "forcing the evacuation of 94 patients": whom the act moved
		case f == "of" || f == "from" || f == "to" || f == "by" || f == "than":
			return "", false
		case lang != "" && foreignPartOf[f] && j >= 1 && figureWord(lang, before[j-1].Text): // "10 de los 16", "de 12 à 15"
			return "", false
		}
	}
	// "Six of the train's eight carriages", "two of its 12 engines": the
	// whole a part is told of, not a count of its own
	if n := len(before); n >= 2 && lang == "" {
		w1, w2 := Fold(before[n-1].Text), Fold(before[n-2].Text)
		if (w1 == "its" || w1 == "their") && w2 == "of" ||
			(strings.HasSuffix(w1, "'s") || strings.HasSuffix(w1, "’s")) && n >= 3 && w2 == "the" && Fold(before[n-3].Text) == "of" {
			return "", false
		}
	}
	// "The number of flights the airline cancelled … has risen to 108": the
	// noun the number counts, named before the rise
	if lang == "" {
		if k, ok := numberOfRisenTo(s, before); ok {
			return k, true
		}
	}
	after := firstWords(s[q.End:], 4)
	if lang != "" {
		if k, ok := foreignNumberOf(lang, s, q, before); ok {
			return k, true
		}
	}
	if lang != "" {
		// ("De 57-jarige schipper": a figure joined to its word is an adjective)
		if len(after) == 0 || after[0].Start != 1 || strings.HasPrefix(s[q.End:], "-") {
			return "", false
		}
		k := 0
		r, _ := utf8.DecodeRuneInString(after[0].Text)
		if lang == "de" && unicode.IsLower(r) && len(after) > 1 && s[q.End+after[0].End:q.End+after[1].Start] == " " {
			k = 1 // "bestätigte Fälle"
		}
		// "2,4 millones de trabajadores": the scale, then what it counts
		if scaleWordsIn[Fold(after[0].Text)] && len(after) > 2 && foreignPartOf[Fold(after[1].Text)] {
			k = 2
		} else if qw := Words(q.Text); len(qw) > 1 && scaleWordsIn[Fold(qw[len(qw)-1].Text)] && foreignPartOf[Fold(after[0].Text)] && len(after) > 1 {
			k = 1 // (the scale read into the figure: "2,4 millones" "de trabajadores")
		}
		w := after[k].Text
		f := Fold(w)
		r, _ = utf8.DecodeRuneInString(w)
		// ("quattro Canadair" · "sei Canadair": a type written with its
		// capital, counted as a noun; not a name in capitals)
		typeName := lang != "de" && unicode.IsUpper(r) && len(f) >= 5 && !isAllCapsWord(w) && q.Value != "1"
		if lang == "de" && !unicode.IsUpper(r) || lang != "de" && !unicode.IsLower(r) && !typeName || len(f) < 4 || IsStopIn(lang, f) ||
			foreignPeople[f] || foreignSpans[f] || foreignCurrency[f] || !foreignPlural(lang, f) && !typeName {
			return "", false
		}
		// "sapeurs-pompiers" are "pompiers": a compound's head counts
		if i := strings.LastIndexByte(w, '-'); i > 0 && len(w)-i > 5 {
			w = w[i+1:]
		}
		if syn, ok := foreignCountSynonyms[f]; ok {
			w = syn // "14 barche" · "diciotto imbarcazioni"
		}
		// "687,3 casos por 100 mil habitantes": a rate, not a count
		if rest := strings.ToLower(s[min(len(s), q.End+after[k].End):]); reForeignPer100k.MatchString(rest) {
			return "rate per 100,000 (" + w + ")", true
		}
		return "number of " + w, true
	}
	var phrase []string
	for i := 0; i < len(after) && i < 3; i++ {
		if i == 0 && after[0].Start != 1 || i > 0 && s[q.End+after[i-1].End:q.End+after[i].Start] != " " {
			return "", false
		}
		w := after[i].Text
		r, _ := utf8.DecodeRuneInString(w)
		f := Fold(w)
		if unicode.IsUpper(r) && len(phrase) == 0 && i+1 < len(after) && s[q.End+after[i].End:q.End+after[i+1].Start] == " " &&
			unicode.IsLower([]rune(after[i+1].Text)[0]) {
			continue // "103 Marlandish prisoners": whose, not what
		}
		if !unicode.IsLower(r) || IsStop(f) || isNumeric(f) {
			return "", false
		}
		if strings.Contains(f, "-") || len(f) > 4 && (strings.HasSuffix(f, "ed") || strings.HasSuffix(f, "ing")) {
			if len(phrase) > 0 {
				return "", false
			}
			continue // "oil-covered", "masked": how, not what
		}
		plural := len(f) > 3 && strings.HasSuffix(f, "s") && !strings.HasSuffix(f, "ss") && !strings.HasSuffix(f, "us") || invariantPlurals[f]
		if syn, ok := countSynonyms[f]; ok && len(phrase) == 0 {
			f = syn // "45 ships" · "more than 50 vessels"
		}
		if plural || collectiveNouns[f] {
			// (a group of people named by what they are, "nine officers
			// were on duty", counts them outside a toll's sentence; "people"
			// are too many things at once)
			if peopleNouns[f] && len(phrase) == 0 && !((collectiveNouns[f] || !genericPeople[f]) && !tollSentence(s)) || spanNouns[f] || unitStems[Stem(f)] || currencyWords[f] {
				return "", false // (a crew's toll is the toll pass's, its size this one's)
			}
			if collectiveNouns[f] && i+1 < len(after) && s[q.End+after[i].End:q.End+after[i+1].Start] == " " && Fold(after[i+1].Text) == "members" {
				return "number of " + f + " members", true
			}
			return "number of " + f, true // (by its head: "three camps" · "four transit camps")
		}
		phrase = append(phrase, f)
	}
	return "", false
}

// tollSentence: a word of s reports a human toll ("killed", "missing").
func tollSentence(s string) bool {
	return anyWord(s, func(f string) bool { return tollWords[f] != "" })
}

// anyWord: a word of s, folded, is one in.
func anyWord(s string, in func(folded string) bool) bool {
	for _, w := range Words(s) {
		if in(Fold(w.Text)) {
			return true
		}
	}
	return false
}

// nameWithin: a name of one sentence is a name of the other's written in
// full, word for word inside it ("marlowe" in "museo marlowe de
// castellan"), by a word of five letters or more.
func nameWithin(x, y *Sentence) bool {
	inside := func(short, long string) bool {
		short, long = strings.TrimPrefix(short, "E:"), strings.TrimPrefix(long, "E:")
		if short == long || !strings.Contains(" "+long+" ", " "+short+" ") {
			return false
		}
		for _, w := range strings.Fields(short) {
			if len(w) >= 5 {
				return true
			}
		}
		return false
	}
	for _, n := range x.Names {
		for _, m := range y.Names {
			if inside(n, m) || inside(m, n) {
				return true
			}
		}
	}
	return false
}

// sceneNames are the names of x but those of its attribution ("according
// to the interior ministry", "…, Karl Odin said.", "…, teilte das
// Kulturministerium mit", "informó el Ministerio de Cultura"): who tells
// it, not where or to whom it happened. A name is the attribution's when
// its clause holds a verb of saying.
func sceneNames(x *Sentence) []string {
	ws := Words(x.Text)
	// clause of each word: a new one at each comma, semicolon or dash
	clause := make([]int, len(ws))
	for k := 1; k < len(ws); k++ {
		clause[k] = clause[k-1]
		if strings.ContainsAny(x.Text[ws[k-1].End:ws[k].Start], ",;—–") {
			clause[k]++
		}
	}
	saying := map[int]bool{}
	for k, w := range ws {
		f := Fold(w.Text)
		if sayingWords[f] || f == "according" && k+1 < len(ws) && Fold(ws[k+1].Text) == "to" {
			saying[clause[k]] = true
		}
	}
	var out []string
	for i, n := range x.Names {
		w := -1
		if i < len(x.NameWord) {
			w = x.NameWord[i]
		}
		if w < 0 && i < len(x.NameText) {
			// where the text writes it
			if at := strings.Index(x.Text, x.NameText[i]); at >= 0 {
				for k, wd := range ws {
					if wd.Start >= at {
						w = k
						break
					}
				}
			}
		}
		if w >= 0 && w < len(ws) && saying[clause[w]] {
			continue
		}
		out = append(out, n)
	}
	return out
}

// sayingWords tell who says a thing, in English and the other languages
// read (folded).
var sayingWords = setOfWords(`said says told reported announced confirmed stated
	sagte sagten teilte teilten mitteilte erklarte erklärte berichtete laut zufolge
	dijo dijeron informo informó afirmo afirmó declaro declaró senalo señaló segun según
	selon declare déclaré indique indiqué affirme affirmé annonce annoncé
	secondo detto dichiarato riferito disse afirmou informou segundo`)

// sameScene: x and y name the same places and people, leaving out who
// tells them, or name none.
func sameScene(x, y *Sentence) bool {
	nx, ny := sceneNames(x), sceneNames(y)
	if len(nx) == 0 && len(ny) == 0 {
		return true
	}
	return shareAny(nx, ny)
}

// agreementNouns are one thing signed, however an outlet calls it.
var agreementNouns = setOfWords("agreements deals accords pacts memoranda memorandums treaties")

// spanNounsOf are what a planned span of days or hours is of: "a
// three-day visit", "a 48-hour strike".
var spanOfNouns = setOfWords(`visit trip tour stay strike walkout summit ceasefire truce festival conference meeting talks
	holiday mission shutdown lockdown curfew`)

// plannedSpan: the count q of s is the length of a visit, a strike, a
// truce …, hyphenated onto its span ("a three-day visit", "a 48-hour
// strike"): "visit (days)".
func plannedSpan(s string, q Quantity) (string, bool) {
	if q.Kind != "count" || q.End >= len(s) || s[q.End] != '-' {
		return "", false
	}
	ws := firstWords(s[q.End+1:], 3)
	if len(ws) < 2 || ws[0].Start != 0 {
		return "", false
	}
	unit := Fold(ws[0].Text)
	if i := strings.IndexByte(unit, '-'); i >= 0 { // Words keeps "day-long"
		if strings.Contains(unit[i:], "old") {
			return "", false // "a 40-year-old": an age
		}
		unit = unit[:i]
	}
	switch unit {
	case "day", "week", "month", "hour":
	case "minute":
		// "an 11-minute standing ovation", "the 138-minute film": what
		// lasted that long, a noun after at most one word
	default:
		return "", false
	}
	noun := Fold(ws[1].Text)
	if spanOfNouns[noun] {
		return noun + " (" + unit + "s)", true
	}
	if unit != "minute" {
		return "", false
	}
	if len(ws) > 2 && (strings.HasSuffix(noun, "ing") || strings.HasSuffix(noun, "ed")) && !clauseBreak(s[q.End+1+ws[1].End:q.End+1+ws[2].Start]) {
		noun = Fold(ws[2].Text)
	}
	if !minuteNouns[noun] {
		return "", false
	}
	return noun + " (minutes)", true
}

// plannedSpanIn is plannedSpan in the other languages read: "lo
// sciopero di 48 ore", "una huelga de 24 horas", "une grève de 48
// heures", "een staking van 24 uur", "einen 48-stündigen Streik":
// "strike (hours)", as in English.
func plannedSpanIn(s string, q Quantity) (string, bool) {
	if q.Kind != "count" || q.End >= len(s) || q.Start > len(s) {
		return "", false
	}
	// German: the span's adjective hyphenated onto the figure, the noun after
	if s[q.End] == '-' {
		ws := firstWords(s[q.End+1:], 2)
		if len(ws) == 2 && ws[0].Start == 0 {
			for stem, unit := range germanSpanAdjectives {
				if strings.HasPrefix(Fold(ws[0].Text), stem) {
					if noun := foreignSpanNouns[Fold(ws[1].Text)]; noun != "" {
						return noun + " (" + unit + "s)", true
					}
				}
			}
		}
		return "", false
	}
	before := Words(s[:q.Start])
	after := firstWords(s[q.End:], 1)
	if len(before) < 2 || len(after) == 0 || after[0].Start > 1 {
		return "", false
	}
	unit := foreignSpanUnits[Fold(after[0].Text)]
	noun := foreignSpanNouns[Fold(before[len(before)-2].Text)]
	if unit == "" || noun == "" || !spanLinks[Fold(before[len(before)-1].Text)] || clauseBreak(s[before[len(before)-2].End:q.Start]) {
		return "", false
	}
	return noun + " (" + unit + "s)", true
}

var (
	foreignSpanNouns = invertWords(map[string]string{
		"strike": "sciopero huelga greve grève streik staking paro",
		"visit":  "visita visite besuch bezoek",
		"truce":  "tregua treve waffenruhe bestand",
	})
	foreignSpanUnits = invertWords(map[string]string{
		"hour": "ore horas heures stunden uur",
		"day":  "giorni dias jours tage dagen",
		"week": "settimane semanas semaines wochen weken",
	})
	germanSpanAdjectives = map[string]string{"stundig": "hour", "tagig": "day", "wochig": "week"}
	spanLinks            = setOfWords(`di de da von van`)
)

// offerOrDemand says whether s tells an offer ("angeboten", "offers")
// or a demand ("verlangt", "is demanding"), "" for neither or both.
func offerOrDemand(s string) string {
	low := strings.ToLower(s)
	offer := slices.ContainsFunc(payOffers, func(w string) bool { return strings.Contains(low, w) })
	demand := slices.ContainsFunc(Words(s), func(w Word) bool { return payDemands[Fold(w.Text)] })
	switch {
	case offer && !demand:
		return "offer"
	case demand && !offer:
		return "demand"
	}
	return ""
}

// payRise: the share q of s is a rise of pay, demanded or granted, in
// any language read: a word of wages within six words of it ("8,5
// Prozent mehr Lohn", "ein Lohnplus von 7,5 Prozent", "een
// loonsverhoging van 9,5 procent", "the salaries rise by 8.5%", "una
// subida salarial del 6,5%").
func payRise(s string, q Quantity) (string, bool) {
	if q.Kind != "percent" || q.End > len(s) || q.Start > len(s) {
		return "", false
	}
	before := Words(s[:q.Start])
	after := firstWords(s[q.End:], 6)
	near := append(before[max(0, len(before)-6):], after...)
	pay := slices.ContainsFunc(near, func(w Word) bool { return wageWord(Fold(w.Text)) }) ||
		len(after) >= 2 && Fold(after[0].Text) == "mehr" && Fold(after[1].Text) == "geld" || // "9,5 Prozent mehr Geld"
		len(after) >= 1 && Fold(after[0].Text) == "erbij" && after[0].Start <= 1 // "De bond wil 6 procent erbij"
	// (the employer's offer and the union's demand are two slots: each
	// outlet may give both; a clause of its own says which its figure
	// is: "De vakbonden willen 5,6 procent erbij, werkgever RSV wil niet
	// verder gaan dan drie procent meer loon")
	clause := strings.ToLower(clauseAround(s, q.Start, q.End))
	offered := slices.ContainsFunc(payOffers, func(w string) bool { return strings.Contains(clause, w) })
	demanded := !offered && slices.ContainsFunc(Words(clause), func(w Word) bool { return payDemands[Fold(w.Text)] })
	if !pay && (offered || demanded) {
		pay = slices.ContainsFunc(Words(s), func(w Word) bool { return wageWord(Fold(w.Text)) })
	}
	// "El sindicato reclama un incremento del 4,5 %": a union's demand
	// of a rise is of pay, and so is the offer a union turns down
	if !pay && (demanded || offered) {
		ws := Words(s)
		pay = slices.ContainsFunc(ws, func(w Word) bool { return unionWords[Fold(w.Text)] }) &&
			slices.ContainsFunc(ws, func(w Word) bool { return riseNouns[Fold(w.Text)] })
	}
	// "había ofrecido un aumento del 7%", "contempla una mejora del 10%":
	// an offer of a rise, in a clause of the offer
	low := strings.ToLower(s)
	offeredIn := offered || slices.ContainsFunc(payOffers, func(w string) bool { return strings.Contains(low, w) })
	if !pay && offeredIn && len(before) >= 2 {
		for _, w := range before[max(0, len(before)-3):] {
			pay = pay || riseNouns[Fold(w.Text)]
		}
	}
	if !pay {
		return "", false
	}
	switch {
	case offered:
		return "pay rise offered (%)", true
	case demanded:
		return "pay rise demanded (%)", true
	}
	for _, w := range payOffers {
		if strings.Contains(low, w) {
			return "pay rise offered (%)", true
		}
	}
	for _, w := range Words(s) {
		if payDemands[Fold(w.Text)] {
			return "pay rise demanded (%)", true
		}
	}
	return "pay rise (%)", true
}

var (
	unionWords = setOfWords(`union unions sindicato sindicatos syndicat syndicats sindacato sindacati gewerkschaft gewerkschaften vakbond vakbonden bonden`)
	riseNouns  = setOfWords(`rise increase incremento subida aumento mejora augmentation hausse erhohung plus verhoging`)
)

// clauseAround is the clause of s holding s[start:end]: from the last
// comma, semicolon or colon before it to the first after it (a comma
// between digits is a decimal's, "5,6").
func clauseAround(s string, start, end int) string {
	isBreak := func(i int) bool {
		switch s[i] {
		case ';', ':':
			return true
		case ',', '.':
			return !(i > 0 && i+1 < len(s) && isDigitByte(s[i-1]) && isDigitByte(s[i+1]))
		}
		return false
	}
	from := start
	for from > 0 && !isBreak(from-1) {
		from--
	}
	to := end
	for to < len(s) && !isBreak(to) {
		to++
	}
	return s[from:to]
}

// payOffers and payDemands tell an employer's offer from a union's
// demand, in the languages read.
var (
	payOffers = []string{"offer", "angeboten", "bietet", "angebot", "biedt", "aanbod", "verder gaan dan", "offre", "propose", "ofrece", "oferta",
		"offerta", "offerto", "propone", "oferece", "proposta", "ofreció", "ofrecido", "propuesta", "ofereceu"}
	payDemands = setOfWords(`demand demands demanded demanding seeks seeking want wants wanted asks asking calls calling fordert fordern verlangt verlangen forderung eist eisen eis wil willen
		reivindicacao reivindicacion revendication rivendicazione richiesta exigencia pedido
		reclame reclament revendique revendiquent exige exigen pide piden reclama reclaman chiede chiedono rivendica reivindica reivindicam
		demanda demandan demande demandent exigir exigiendo reclamar reclamando pedir pidiendo demandar exiger reclamer revendiquer demander
		chiedere rivendicare esigere exigem pedem reclamam exigindo reivindicar reclamo exigio pidio`)
)

// wageWord: f (folded) names pay: "Lohn", "Lohnplus", "Gehalt",
// "loonsverhoging", "salarissen", "salarial", "sueldo", "stipendi",
// "salaire", "wages", "pay".
func wageWord(f string) bool {
	if f == "pay" || f == "wage" || f == "wages" || f == "salary" || f == "salaries" {
		return true
	}
	for _, p := range []string{"lohn", "lohne", "gehalt", "gehalte", "loon", "lonen", "salaris", "salari", "sueldo", "stipend", "salaire", "retribuzion", "besoldung"} {
		if strings.HasPrefix(f, p) {
			return true
		}
	}
	return false
}

// countClassIn names what the count q of s counts, in any language read,
// when its noun is one of a class outlets name by different words
// ("1.200 Traktoren" · "1500 Schleppern", "38 Passagiere" · "41
// Fahrgäste", "23 casas" · "27 imóveis"): the noun right after the
// figure, or after one adjective ("28 kommunalen Krankenhäusern").
func countClassIn(s string, q Quantity) (string, bool) {
	if q.Kind != "count" || q.End > len(s) || q.Start > len(s) {
		return "", false
	}
	// "Ein 41-jähriger Schichtarbeiter", "a 12-year-old worker": a
	// figure joined to its word is an adjective, no count (but Dutch's
	// "een 120-tal reizigers" is about 120 of them)
	rest := s[q.End:]
	if strings.HasPrefix(rest, "-tal ") {
		rest = rest[len("-tal"):]
	} else if strings.HasPrefix(rest, "-") {
		return "", false
	}
	ws := firstWords(rest, 2)
	if len(ws) == 0 || ws[0].Start > 1 {
		return "", false
	}
	// "11 vehículos, entre ellos tres camiones": a part of a count, no
	// count of its own class
	if partOfListBefore(s, q.Start) {
		return "", false
	}
	// "rund vier Millionen Passagiere im Jahr": a yearly flow, no count
	// of the story's
	if perYearAfter(rest) {
		return "", false
	}
	// "1 400 poids lourds" · "1 900 camions": a class named in two words
	if len(ws) == 2 && !clauseBreak(rest[ws[0].End:ws[1].Start]) {
		if c := twoWordClasses[Fold(ws[0].Text)+" "+Fold(ws[1].Text)]; c != "" {
			return "number of " + c, true
		}
	}
	if c := countClassOf(Fold(ws[0].Text)); c != "" {
		return "number of " + c, true
	}
	// "18 fire tenders" · "Twenty-two fire engines"
	if len(ws) == 2 && Fold(ws[0].Text) == "fire" && fireEngineWords[Fold(ws[1].Text)] {
		return "number of fire engines", true
	}
	if len(ws) == 2 && !clauseBreak(rest[ws[0].End:ws[1].Start]) {
		if c := countClassOf(Fold(ws[1].Text)); c != "" {
			return "number of " + c, true
		}
	}
	return "", false
}

// perYearAfter: within the few words after a count, a year or a day it
// is counted per ("Passagiere im Jahr", "visiteurs par an", "a year").
func perYearAfter(rest string) bool {
	ws := firstWords(rest, 5)
	for i := 1; i < len(ws); i++ {
		if clauseBreak(rest[ws[i-1].End:ws[i].Start]) {
			return false
		}
		f, p := Fold(ws[i].Text), Fold(ws[i-1].Text)
		switch {
		case f == "jahrlich" || f == "annually" || f == "anuales" || f == "annuels" || f == "annui" || f == "anuais" || f == "jaarlijks",
			(f == "jahr" || f == "jaar") && (p == "im" || p == "pro" || p == "per"),
			(f == "year" || f == "day") && (p == "a" || p == "per" || p == "each"),
			(f == "ano" || f == "año" || f == "anno" || f == "an") && (p == "al" || p == "por" || p == "par" || p == "all'anno" || p == "ao" || p == "l'an" || p == "per"),
			f == "l'an" || f == "all'anno" || f == "l'anno" && p == "al":
			return true
		}
	}
	return false
}

// partOfListBefore: the words before start say "among them" ("entre
// ellos", "dont", "darunter", "tra cui", "waaronder", "including").
func partOfListBefore(s string, start int) bool {
	ws := Words(s[:start])
	n := len(ws)
	if n == 0 {
		return false
	}
	last := Fold(ws[n-1].Text)
	if last == "dont" || last == "darunter" || last == "waaronder" || last == "including" || last == "incluidos" || last == "inclusive" {
		return true
	}
	if n >= 2 {
		prev := Fold(ws[n-2].Text)
		return (prev == "entre" || prev == "among" || prev == "tra" || prev == "fra") && (themWords[last] || last == "cui" || last == "which")
	}
	return false
}

var fireEngineWords = setOfWords(`tenders engines appliances trucks`)

// countClassOf is the class of the folded noun f, or of the noun a Dutch
// or German compound ends in ("zeeschepen": ships, "havenwerkers":
// workers).
func countClassOf(f string) string {
	if c := countClasses[f]; c != "" {
		return c
	}
	// "sapeurs-pompiers": a hyphened compound's head
	if i := strings.LastIndexByte(f, '-'); i > 0 && i+1 < len(f) {
		if c := countClasses[f[i+1:]]; c != "" {
			return c
		}
	}
	for _, tail := range compoundTails {
		if strings.HasSuffix(f, tail) && len(f) > len(tail)+2 {
			return countClasses[tail]
		}
	}
	return ""
}

// compoundTails are the class nouns German and Dutch write at the end of
// a compound.
var compoundTails = []string{"schepen", "schiffe", "werkers", "arbeiter", "passagiere", "reizigers", "woningen", "wohnungen", "kliniken", "besucher", "bezoekers"}

var countClasses = invertWords(map[string]string{
	"passengers":      "passengers passagiere passagieren fahrgaste fahrgasten fluggaste fluggasten reisende reisenden reizigers passagiers pasajeros viajeros passagers voyageurs passeggeri viaggiatori passageiros",
	"bags":            "bags suitcases koffer gepackstucke gepackstuecke koffers bagagestukken valises bagages maletas equipajes valigie bagagli malas bagagens",
	"hospitals":       "hospitals kliniken krankenhauser krankenhausern spitaler spitalern ziekenhuizen hospitales clinicas hopitaux cliniques ospedali cliniche hospitais",
	"households":      "households foyers menages haushalte haushalten huishoudens",
	"homes":           "homes houses casas viviendas hogares inmuebles imoveis residencias moradias maisons habitations logements hauser hausern wohnungen gebaude woningen huizen abitazioni case edifici",
	"firefighters":    "firefighters firemen bomberos pompiers sapeurs-pompiers feuerwehrleute feuerwehrmanner einsatzkrafte pompieri vigili bombeiros brandweerlieden brandweerlui brandweermannen",
	"pupils":          "pupils schoolchildren alumnos escolares eleves ecoliers ecolieres schuler schulerinnen schulern alunni scolari alunos leerlingen scholieren",
	"police officers": "policemen policiers gendarmes polizisten polizistinnen poliziotti carabinieri policias policiais politieagenten",
	"shelters":        "shelters albergues refugios abrigos rifugi notunterkunfte notunterkunften opvanglocaties",
	"tractors":        "tractors traktoren schlepper schleppern tractores tracteurs trattori tratores trekkers",
	"doctors":         "arzte arztinnen mediziner medizinern medicos medici medecins artsen",
	"visitors":        "visitors tourists holidaymakers urlauber gaste touristen besucher besucherinnen turistas visitantes touristes visiteurs turisti visitatori toeristen bezoekers festivalgangers festivalbezoekers festivaliers",
	"ships":           "ships vessels schiffe schiffen buques barcos navires bateaux navi navios schepen",
	"vehicles":        "vehicles vehiculos veiculos autos coches carros viaturas automoveis vehicules voitures veicoli auto fahrzeuge voertuigen",
	"helicopters":     "helicopters helicopteres helicopteros elicotteri helikopter helikoptern hubschrauber hubschraubern rettungshubschrauber helikopters",
	"operations":      "surgeries operations procedures operaciones cirugias intervenciones operations interventions chirurgicales interventi operazioni operationen eingriffe operaties ingrepen cirurgias",
	"trucks":          "trucks lorries lastwagen lkw camiones camions tir caminhoes vrachtwagens",
	"crew":            "bemanningsleden besatzungsmitglieder tripulantes marittimi",
	"workers":         "werknemers werkers arbeiders medewerkers beschaftigte mitarbeiter arbeiter trabajadores asalariados empleados obreros operarios lavoratori dipendenti operai travailleurs salaries employes ouvriers trabalhadores funcionarios empregados operarios mineros mineiros minatori mineurs bergleute mijnwerkers",
})

// twoWordClasses are the classes of countClasses some languages name in
// two words (folded).
var twoWordClasses = map[string]string{"poids lourds": "trucks", "mezzi pesanti": "trucks", "vehicules lourds": "trucks",
	"heavy vehicles": "trucks", "goods vehicles": "trucks", "vehiculos pesados": "trucks", "veiculos pesados": "trucks",
	"sapeurs pompiers": "firefighters"}

// minuteNouns are what news gives a length in minutes of: a film's, a
// show's, an ovation's, a speech's.
var minuteNouns = setOfWords(`film movie documentary feature ovation applause speech address performance set concert
	show episode opera play match game race session flight`)

// peopleFrom: w is a plural noun of people who come from somewhere
// ("negotiators", "delegates", "leaders", "athletes").
func peopleFrom(w string) bool {
	switch w {
	case "negotiators", "delegates", "delegations", "leaders", "representatives", "ministers", "athletes", "teams",
		"officials", "participants", "envoys", "diplomats", "scientists", "experts", "students", "volunteers", "troops":
		return true
	}
	return false
}

// scaleWordsIn are the other languages' millions and thousands (folded).
var scaleWordsIn = setOfWords(`millones millon millions million milioni milione milhoes milhao millionen miljoen miljoenen mil mille milliards milliardi mil`)

// foreignPartOf before a figure make it part of another: "10 de los 16".
var foreignPartOf = setOfWords("de des del di da do von aus entre")

// foreignPeople are people in general in the other languages read, the
// toll pass's to count (folded).
var foreignPeople = setOfWords(`personas personnes persone pessoas menschen personen mensen habitantes habitants abitanti
	voyageurs usagers passagers pasajeros viajeros passeggeri passageiros fahrgaste passagiere reizigers passagiers
	einwohner heridos blesses feriti feridos verletzte muertos morts morti mortos tote`)

// foreignSpans are spans of time and shares in the other languages read.
var foreignSpans = setOfWords(`anos años annees années anni jahre jahren jaren meses mois mesi monate monaten maanden
	semanas semaines settimane wochen dias días jours giorni tage tagen dagen horas heures ore stunden uren uhr uur minutos minutes
	minuti minuten prozent por ciento cento porcento grados graus degres degrés gradi grad metros metres mètres metri meter
	litros litres litri liter litern kilometros kilomètres chilometri kilometer toneladas tonnes tonnellate tonnen millones millions milioni milhoes milhões millionen`)

// foreignPlural: f looks plural in lang (German plurals take too many
// forms: any capitalised noun is let through).
func foreignPlural(lang, f string) bool {
	switch lang {
	case "de", "nl":
		return true
	case "it":
		return strings.HasSuffix(f, "i") || strings.HasSuffix(f, "e")
	case "fr":
		return strings.HasSuffix(f, "s") || strings.HasSuffix(f, "x") // "niveaux", "chevaux"
	}
	return strings.HasSuffix(f, "s")
}

// yearFounded: the year q of s is when something was founded: "founded in
// 1962", "established in 1958", "set up in 2001".
func yearFounded(s string, q Quantity) (string, bool) {
	if q.Kind != "year" || q.Start > len(s) {
		return "", false
	}
	before := Words(s[:q.Start])
	n := len(before)
	if n < 2 || Fold(before[n-1].Text) != "in" || clauseBreak(s[before[n-2].End:before[n-1].Start]) {
		return "", false
	}
	switch Fold(before[n-2].Text) {
	case "founded", "established", "formed", "incorporated", "created":
		return "year founded", true
	case "up":
		if n >= 3 && Fold(before[n-3].Text) == "set" {
			return "year founded", true
		}
	}
	return "", false
}

// moveVerbs tell a price or an index moving, and which way.
var moveVerbs = map[string]string{
	"fell": "fall", "sank": "fall", "lost": "fall", "dropped": "fall", "plunged": "fall", "slid": "fall",
	"tumbled": "fall", "declined": "fall", "slumped": "fall", "plummeted": "fall", "shed": "fall",
	"rose": "rise", "jumped": "rise", "gained": "rise", "climbed": "rise", "surged": "rise", "soared": "rise",
	"added": "rise", "rallied": "rise",
}

// nameChange: the share q of sentence x is how far a named thing moved,
// by the verb right before it and the last name before that ("Shares in
// chipmaker Veltron, the index's largest company, sank 11%" · "Veltron
// shares lost 14%": Veltron fall).
func nameChange(x *Sentence, q Quantity) (string, bool) {
	s := x.Text
	if q.Kind != "percent" || q.Start > len(s) {
		return "", false
	}
	before := Words(s[:q.Start])
	j := len(before) - 1
	for j >= 0 && (hedgeWords[Fold(before[j].Text)] || Fold(before[j].Text) == "by") {
		j--
	}
	if j < 0 || clauseBreak(s[before[j].End:q.Start]) {
		return "", false
	}
	dir, ok := moveVerbs[Fold(before[j].Text)]
	if !ok {
		return "", false
	}
	// the last capitalised word before the verb, the sentence's first
	// only when it is a name: "Veltron" in "Shares in chipmaker Veltron,
	// the index's largest company, sank", "NX50" in "The NX50 index fell"
	name := ""
	for k := j - 1; k >= 0 && name == ""; k-- {
		w := before[k].Text
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) {
			continue
		}
		// (the sentence's first word only as a name, or as what the next
		// word's thing belongs to: "Veltron shares lost", not "Shares rose")
		if k == 0 && !slices.Contains(x.NameText, w) && !strings.ContainsAny(w, "0123456789") &&
			!(j-k >= 2 && unicode.IsLower([]rune(before[1].Text)[0])) {
			break
		}
		name = w
	}
	if name == "" {
		return "", false
	}
	return name + " (" + dir + ")", true
}

// recordWords open a span of years a thing is the first or the most of:
// "the first visit … in 20 years", "its lowest level in 40 years".
var recordWords = setOfWords(`first highest lowest biggest largest worst best strongest weakest deadliest
	steepest fastest slowest longest`)

// recordSpan: the count q of s is the span of years a record runs over:
// "the first visit by a Valdorian leader … in 20 years" · "the first such
// visit in 18 years" ("first in (years)"); the record word in q's clause,
// before it.
func recordSpan(s string, q Quantity) (string, bool) {
	if q.Kind != "count" || q.End >= len(s) {
		return "", false
	}
	after := firstWords(s[q.End:], 1)
	if len(after) == 0 || after[0].Start != 1 || Stem(Fold(after[0].Text)) != "year" {
		return "", false
	}
	before := Words(s[:q.Start])
	n := len(before)
	if n < 2 || Fold(before[n-1].Text) != "in" {
		return "", false
	}
	for k := n - 2; k >= 0 && k >= n-12; k-- {
		if clauseBreak(s[before[k].End:before[k+1].Start]) {
			break
		}
		if f := Fold(before[k].Text); recordWords[f] {
			return f + " in (years)", true
		}
	}
	return "", false
}

// yearVerb is the past participle or tense right before the year q of s,
// past its preposition: "suspended" in "suspended since 2019", "" when none.
func yearVerb(s string, q Quantity) string {
	ws := Words(s[:min(q.Start, len(s))])
	n := len(ws)
	if n < 2 || clauseBreak(s[ws[n-2].End:ws[n-1].Start]) {
		return ""
	}
	switch Fold(ws[n-1].Text) {
	case "in", "since", "until", "from":
	default:
		return ""
	}
	w := Fold(ws[n-2].Text)
	if len(w) > 4 && strings.HasSuffix(w, "ed") || irregularDone[w] {
		return w
	}
	return ""
}

// prisonerNouns name those held, in the other languages read (folded).
var prisonerNouns = setOfWords(`presos prisioneros detenidos rehenes prisonniers detenus détenus otages prigionieri
	detenuti ostaggi prisioneiros refens gefangene haftlinge häftlinge geiseln gevangenen gijzelaars`)

// releaseWordsIn free or swap those held, before or after them: "liberaron
// a 95 presos", "95 prisonniers libérés", "tauschten 95 Gefangene aus".
var releaseWordsIn = setOfWords(`liberaron libero liberó liberados liberadas intercambiaron canjearon canjeados
	intercambiados libere libéré liberes libérés liberees libérées echange échangé echanges échangés liberati liberato
	rilasciati scambiati scambiato libertaram libertados libertadas trocaram trocados freigelassen freigelassene
	ausgetauscht ausgetauschte tauschten vrijgelaten uitgewisseld`)

// freedCountIn: the count q of s in language lang is of prisoners set free
// or swapped ("liberaron a 95 presos", "103 prisioneros liberados"):
// "prisoners released", as countedDone names them in English.
func freedCountIn(lang, s string, q Quantity) (string, bool) {
	if lang == "" || q.Kind != "count" || q.End > len(s) {
		return "", false
	}
	after := firstWords(s[q.End:], 4)
	if len(after) == 0 || after[0].Start != 1 || !prisonerNouns[Fold(after[0].Text)] {
		return "", false
	}
	// after the noun: "103 prisioneros liberados", "95 Gefangene ausgetauscht"
	for _, w := range after[1:] {
		if releaseWordsIn[Fold(w.Text)] {
			return "prisoners released", true
		}
	}
	// before the figure: "liberaron a 95 presos", "ont libéré 95 prisonniers"
	before := Words(s[:q.Start])
	for k := len(before) - 1; k >= 0 && k >= len(before)-3; k-- {
		if releaseWordsIn[Fold(before[k].Text)] {
			return "prisoners released", true
		}
	}
	return "", false
}

// sumToPay: the sum q of s is what someone must or will pay, or was
// ordered or agreed to: "ordered … to pay $2.1 billion in damages" ·
// "must pay $2.4 billion to residents". Not a price paid for a thing
// ("paid $4 million for the building").
func sumToPay(s string, q Quantity) (string, bool) {
	if q.Kind != "money" || q.Start > len(s) {
		return "", false
	}
	before := Words(s[:q.Start])
	j := wordBeforeHedge(before)
	if j < 1 || clauseBreak(s[before[j].End:q.Start]) {
		return "", false
	}
	if f := Fold(before[j].Text); f != "pay" && f != "repay" {
		return "", false
	}
	switch Fold(before[j-1].Text) {
	case "to", "must", "will", "would", "should", "shall":
	default:
		return "", false
	}
	if after := firstWords(s[q.End:], 1); len(after) > 0 && Fold(after[0].Text) == "for" {
		return "", false
	}
	return "sum to pay", true
}

// deliberations: the count q of s is how long a jury or a body
// deliberated: "deliberated for three days", "after two days of
// deliberations".
func deliberations(s string, q Quantity) (string, bool) {
	if q.Kind != "count" || q.End > len(s) {
		return "", false
	}
	after := firstWords(s[q.End:], 3)
	if len(after) == 0 || after[0].Start != 1 {
		return "", false
	}
	unit := Fold(after[0].Text)
	switch unit {
	case "day", "days", "hour", "hours", "week", "weeks":
	default:
		return "", false
	}
	deliberate := func(w string) bool { return strings.HasPrefix(Fold(w), "deliberat") }
	if len(after) >= 3 && Fold(after[1].Text) == "of" && deliberate(after[2].Text) {
		return "deliberations (" + strings.TrimSuffix(unit, "s") + "s)", true
	}
	before := Words(s[:q.Start])
	for k := len(before) - 1; k >= 0 && k >= len(before)-3; k-- {
		if deliberate(before[k].Text) {
			return "deliberations (" + strings.TrimSuffix(unit, "s") + "s)", true
		}
	}
	return "", false
}

// moneyVerbs are the verbs of money gained or given whose past or -ing
// form, right before a sum, names what the sum is: "raising $1.9 billion"
// · "raised $1.8 billion". The base form ("plans to raise $2 billion") is
// a target, not a result, and is no such slot.
var moneyVerbs = map[string]string{
	"raised": "raised", "raising": "raised",
	"spent": "spent", "spending": "spent",
	"invested": "invested", "investing": "invested",
	"borrowed": "borrowed", "borrowing": "borrowed",
	"donated": "donated", "donating": "donated",
	"pledged": "pledged", "pledging": "pledged",
	"earned": "earned", "earning": "earned",
}

// injectVerbs put money into something, in a plan or done: "will inject
// €5 billion into", "will pump €5.5 billion into", "injected".
var injectVerbs = setOfWords(`inject injects injected injecting pump pumps pumped pumping`)

// stakeOf: the share q of s is a stake someone holds or takes ("taking a
// 68% stake" · "with a 64% stake", "a 64% holding").
func stakeOf(s string, q Quantity) (string, bool) {
	if q.Kind != "percent" || q.End > len(s) {
		return "", false
	}
	if after := firstWords(s[q.End:], 1); len(after) == 1 && after[0].Start <= 1 {
		switch Fold(after[0].Text) {
		case "stake", "holding", "shareholding":
			return "stake", true
		}
	}
	return "", false
}

// sumMoved: the sum q of s is money someone raised, spent, invested,
// borrowed, donated, pledged or earned, told by the verb right before it
// (a hedge between them allowed).
func sumMoved(s string, q Quantity) (string, bool) {
	if q.Kind != "money" || q.Start > len(s) {
		return "", false
	}
	before := Words(s[:q.Start])
	j := wordBeforeHedge(before)
	if j < 0 || clauseBreak(s[before[j].End:q.Start]) {
		return "", false
	}
	if v, ok := moneyVerbs[Fold(before[j].Text)]; ok {
		return "sum " + v, true
	}
	if injectVerbs[Fold(before[j].Text)] {
		return "sum injected", true
	}
	return "", false
}

// sharePriced: the sum q of s is the price a company set on each share it
// sells: "priced its offering at $38 a share" · "priced its shares at $36
// each". A price the market gives ("closed at $45 a share") or a bid is
// no such slot.
func sharePriced(s string, q Quantity) (string, bool) {
	if q.Kind != "money" || q.End > len(s) {
		return "", false
	}
	after := firstWords(s[q.End:], 2)
	perShare := len(after) >= 2 && (Fold(after[0].Text) == "a" || Fold(after[0].Text) == "per" || Fold(after[0].Text) == "each") && Fold(after[1].Text) == "share"
	each := len(after) >= 1 && Fold(after[0].Text) == "each" && (len(after) == 1 || Fold(after[1].Text) != "share")
	if !perShare && !each || after[0].Start != 1 {
		return "", false
	}
	before := Words(s[:q.Start])
	j := wordBeforeHedge(before)
	// "at" is a hedge word too ("at least"): j stands before it
	if j < 0 || j+1 >= len(before) || Fold(before[j+1].Text) != "at" {
		return "", false
	}
	for k := j; k >= 0 && k >= j-4; k-- {
		if clauseBreak(s[before[k].End:q.Start]) {
			return "", false
		}
		switch Fold(before[k].Text) {
		case "priced", "prices", "pricing":
			if each {
				// "$36 each" is a share's price only when shares are what was priced
				for _, w := range before[k : j+1] {
					if f := Fold(w.Text); f == "shares" || f == "stock" {
						return "price per share", true
					}
				}
				return "", false
			}
			return "price per share", true
		}
	}
	return "", false
}

// figureWord: w is a figure, in digits or in words of lang ("10", "diez").
func figureWord(lang, w string) bool {
	if strings.ContainsAny(w, "0123456789") {
		return true
	}
	_, ok := number.WordValue(lang, w)
	return ok
}

// prizeNouns name a sum won.
var prizeNouns = setOfWords(`prize prizes award jackpot purse honor honour`)

// prizeMoney: the sum q of s is a prize's money: the prize is named in
// its clause at most six words before it ("the prize of 11 million Swedish
// crowns", "The prize is worth 10 million Swedish crowns", "a jackpot of
// $1.2 billion").
func prizeMoney(s string, q Quantity) (string, bool) {
	if q.Kind != "money" || q.Start > len(s) {
		return "", false
	}
	// "the $1.2 billion Powerstar jackpot": the prize after its sum, past
	// its name
	after := firstWords(s[min(q.End, len(s)):], 3)
	for k, w := range after {
		if k == 0 && w.Start != 1 || k > 0 && s[q.End+after[k-1].End:q.End+w.Start] != " " {
			break
		}
		if prizeNouns[Fold(w.Text)] {
			return "prize money", true
		}
		if r, _ := utf8.DecodeRuneInString(w.Text); !unicode.IsUpper(r) {
			break
		}
	}
	before := Words(s[:q.Start])
	// "the prize, worth 10 million kronor": what the prize is worth, after
	// a comma
	if n := len(before); n >= 2 && Fold(before[n-1].Text) == "worth" && prizeNouns[Fold(before[n-2].Text)] &&
		strings.TrimSpace(s[before[n-2].End:before[n-1].Start]) == "," {
		return "prize money", true
	}
	if wordInClauseBefore(s, q.Start, 6, prizeNouns) {
		return "prize money", true
	}
	return "", false
}

// dealWordsIn are the words of a company bought, in the other languages
// read (folded).
var dealWordsIn = setOfWords(`rachat rachete rachetera racheter acquerir acquisition acquiert offre opa cession transfert
	acquisto trasferimento fichaje traspaso fichar ficha wechsel ablose ablosesumme transferencia
	compra comprar compro adquirir adquisicion adquiere oferta
	ubernahme ubernehmen ubernimmt kaufen kauft ubernahmeangebot angebot
	acquisizione acquisire acquisisce acquistare acquista offerta
	aquisicao adquire
	overname overnemen neemt koopt bod`)

// payVerbsIn are the other languages' "paid" (folded).
var payVerbsIn = setOfWords(`pagato pago pagado paye verse gezahlt bezahlt zahlte pagou betaald`)

// perShareWords follow a price per share in the other languages read:
// "38 euros par action", "por acción", "per azione", "je Aktie".
var perShareWords = map[string][]string{
	"par": {"action"}, "por": {"accion", "acao"}, "per": {"azione", "aandeel"}, "je": {"aktie"}, "pro": {"aktie"},
}

// dealSlotIn names a takeover's figure in the other languages read: the
// price per share ("38 euros par action"), the premium ("une prime de 32
// %", "una prima del 30 %") and, in a sentence of the purchase, the price
// paid ("le rachat de Solène pour 4,2 milliards d'euros").
func dealSlotIn(lang, s string, q Quantity) (string, bool) {
	if q.End > len(s) || lang == "" {
		return "", false
	}
	after := firstWords(s[q.End:], 4)
	before := Words(s[:q.Start])
	word := func(ws []Word, i int) string {
		if i >= 0 && i < len(ws) {
			return Fold(ws[i].Text)
		}
		return ""
	}
	switch q.Kind {
	case "money":
		for k := 0; k+1 < len(after) && k <= 2; k++ {
			if slices.Contains(perShareWords[word(after, k)], word(after, k+1)) {
				// not the market's price: "le dernier cours", "cerró a"
				for i := len(before) - 1; i >= 0 && i >= len(before)-4; i-- {
					switch word(before, i) {
					case "cours", "cloture", "cotait", "cerro", "cotizaba", "chiuso", "schloss", "fechou", "slot":
						return "", false
					}
				}
				return "price per share", true
			}
		}
		j := len(before) - 1
		if j < 0 {
			return "", false
		}
		// "ha pagato 75 milioni di euro al Porto Vesta per l'attaccante":
		// a sum paid for something
		if payVerbsIn[word(before, j)] {
			for _, w := range Words(s[q.End:]) {
				switch Fold(w.Text) {
				case "per", "por", "pour", "fur", "voor", "pelo", "pela":
					return "deal value", true
				}
			}
			return "", false
		}
		// "una fusión valorizada en US$ 2.100 millones", "une
		// opération qui valorise le groupe à 9 milliards": a deal's value
		if valuedAtIn(s, before) {
			for _, w := range Words(s) {
				if f := afterElision(Fold(w.Text)); dealWordsIn[f] || mergerWords[f] {
					return "deal value", true
				}
			}
			return "", false
		}
		switch word(before, j) {
		case "pour", "por", "per", "fur", "voor", "pelo", "para":
		default:
			return "", false
		}
		for _, w := range Words(s) {
			if dealWordsIn[afterElision(Fold(w.Text))] { // "l'acquisto"
				return "deal value", true
			}
		}
	case "percent":
		j := len(before) - 1
		if j >= 1 && (word(before, j) == "de" || word(before, j) == "del" || word(before, j) == "di" || word(before, j) == "von" || word(before, j) == "van") {
			switch word(before, j-1) {
			case "prime", "prima", "premio", "pramie", "aufschlag", "premie":
				return "premium", true
			}
		}
	}
	return "", false
}

// valuedAtIn: the words before a sum say it is what something is valued
// at: a verb of valuing, then within a few words the preposition right
// before the sum ("valorizado en", "valorise le groupe à", "bewertet mit").
func valuedAtIn(s string, before []Word) bool {
	j := len(before) - 1
	if j < 1 || !valuedAtPrepositions[Fold(before[j].Text)] {
		return false
	}
	for i := j - 1; i >= 0 && i >= j-5; i-- {
		if clauseBreak(s[before[i].End:before[i+1].Start]) {
			return false
		}
		if valuingWords[Fold(before[i].Text)] {
			return true
		}
	}
	return false
}

var (
	valuedAtPrepositions = setOfWords(`en a à in em mit op auf`)
	valuingWords         = setOfWords(`valorizado valorizada valoriza valorizo valorada valorado valora valorise valorisee valorisant valorisait
		valorizzata valorizzato valuta valutata valutato avaliada avaliado avalia bewertet bewertete gewaardeerd waardeert`)
	// mergerWords name a merger in the other languages read.
	mergerWords = setOfWords(`fusion fusionarse fusionar fusao fusione fusie zusammenschluss fusionner fusionnent`)
)

// askingPrice: the sum q of s is what a thing sells for: "will start at
// $999", "costs $1,099 for the base model", "is priced at $799", "sells
// for $49", "retails at $30". Not what something cost to make or do ("the
// project cost $2 billion": a past "cost" is a bill, not a price).
func askingPrice(s string, q Quantity) (string, bool) {
	if q.Kind != "money" || q.Start > len(s) {
		return "", false
	}
	before := Words(s[:q.Start])
	j := wordBeforeHedge(before)
	// ("at" is a hedge word too: j stands before it)
	if j >= 0 && j+1 < len(before) && Fold(before[j+1].Text) == "at" {
		switch Fold(before[j].Text) {
		case "start", "starts", "starting", "priced", "retail", "retails", "retailing":
			return "price", true
		}
		return "", false
	}
	if j < 0 || clauseBreak(s[before[j].End:q.Start]) {
		return "", false
	}
	switch f := Fold(before[j].Text); f {
	case "costs", "costing":
		return "price", true
	case "for":
		if j >= 1 {
			switch Fold(before[j-1].Text) {
			case "sells", "sell", "selling", "retails", "retail", "retailing", "go", "goes":
				return "price", true
			}
		}
	}
	return "", false
}

// effectVerbs change a thing by a share: "slowed cognitive decline by
// 27%", "cut the risk of stroke by 20%".
var effectVerbs = setOfWords(`slowed slows slowing reduced reduces reducing cut cuts cutting lowered lowers lowering
	raised raises raising increased increases increasing improved improves improving boosted boosts boosting
	decreased decreases decreasing curbed curbs curbing`)

// effectLabel names an effect's line by its verb's stem.
var effectLabel = map[string]string{"slow": "slowed by", "reduc": "reduced by", "cut": "cut by", "lower": "lowered by",
	"rais": "raised by", "increas": "increased by", "improv": "improved by", "boost": "boosted by",
	"decreas": "decreased by", "curb": "curbed by"}

// effectBy: the share q of s is how much something changed what it acted
// on ("slowed cognitive decline by 27%"): the verb, within its clause
// before "by", names the slot, and what it changed are the nouns between.
func effectBy(s string, q Quantity) (verb string, nouns []string, ok bool) {
	if q.Kind != "percent" || q.Start > len(s) {
		return "", nil, false
	}
	before := Words(s[:q.Start])
	j := wordBeforeHedge(before)
	if j < 1 || Fold(before[j].Text) != "by" || clauseBreak(s[before[j].End:q.Start]) {
		return "", nil, false
	}
	for k := j - 1; k >= 0 && k >= j-9; k-- {
		if clauseBreak(s[before[k].End:before[k+1].Start]) {
			return "", nil, false
		}
		f := Fold(before[k].Text)
		if effectVerbs[f] {
			if len(nouns) == 0 {
				return "", nil, false
			}
			if l := effectLabel[Stem(f)]; l != "" {
				return l, nouns, true
			}
			return "", nil, false
		}
		r, _ := utf8.DecodeRuneInString(before[k].Text)
		if unicode.IsLower(r) && len(f) > 3 && !IsStop(f) {
			nouns = append(nouns, Stem(f))
		}
	}
	return "", nil, false
}

// seatVerbs may stand between a party and its seats: "Unity won 43",
// "the Greens with 19", "came second with 41 seats".
var seatVerbs = setOfWords(`won took has had with got secured gained holds held on came second third fourth at
	finished ended up party alliance bloc coalition list
	met behaalt haalt komt uit op zakt naar krijgt wint mit erhalt kommt auf avec obtient remporte
	con obtiene logra consigue ottiene conquista com obtem elege`)

// seatWords are a parliament's seats in the languages read (folded).
var seatWords = setOfWords(`seat seats zetels zetel sitze sitzen mandate sieges siege escanos escano seggi seggio cadeiras assentos`)

// seatsIn: s tells of seats.
func seatsIn(s string) bool {
	for _, w := range Words(s) {
		if seatWords[Fold(w.Text)] {
			return true
		}
	}
	return false
}

// partySeats: the count q of x is the seats a party won, in a sentence of
// seats: the name nearest before it ("Unity won 43", "followed by the
// Greens with 19 and the populist Norland First with 17"), with nothing
// but a verb of winning between. Its key names the party.
func partySeats(x *Sentence, q Quantity) (string, bool) {
	if q.Kind != "count" || q.Start > len(x.Text) || !seatsIn(x.Text) {
		return "", false
	}
	// ("auf 61 der 150 Sitze", "61 of the 150 seats": the party's 61, the
	// house's 150 no party's)
	if ws := Words(x.Text[:q.Start]); len(ws) >= 2 && (partOfWords[Fold(ws[len(ws)-1].Text)] && isNumeric(Fold(ws[len(ws)-2].Text)) ||
		len(ws) >= 3 && Fold(ws[len(ws)-1].Text) == "the" && Fold(ws[len(ws)-2].Text) == "of" && isNumeric(Fold(ws[len(ws)-3].Text))) {
		return "", false
	}
	if after := firstWords(x.Text[min(q.End, len(x.Text)):], 4); len(after) >= 1 {
		f := Fold(after[0].Text)
		whole := len(after) >= 3 && (partOfWords[f] && isNumeric(Fold(after[1].Text)) && seatWords[Fold(after[2].Text)] ||
			f == "of" && len(after) == 4 && Fold(after[1].Text) == "the" && isNumeric(Fold(after[2].Text)) && seatWords[Fold(after[3].Text)])
		if !whole && !seatWords[f] && !strings.ContainsAny(x.Text[q.End:q.End+after[0].Start], ",.;") && f != "and" && f != "en" && f != "und" && f != "et" && f != "y" && f != "e" {
			return "", false // "19 percent" no seats
		}
	}
	best, at := "", -1
	for i, n := range x.NameText {
		if i >= len(x.Names) {
			break
		}
		if k := strings.LastIndex(x.Text[:q.Start], n); k >= 0 && k > at {
			best, at = n, k
		}
	}
	// a party the tagger did not take for a name, nearer the figure
	// ("GroenLinks-PvdA komt uit op 25 zetels", "…, GroenLinks-PvdA op 26")
	ws := Words(x.Text[:q.Start])
	for k := len(ws) - 1; k >= 0 && k >= len(ws)-6 && ws[k].Start > at; k-- {
		r, _ := utf8.DecodeRuneInString(ws[k].Text)
		if unicode.IsUpper(r) && !IsStop(Fold(ws[k].Text)) && !strings.Contains(best, ws[k].Text) {
			best, at = ws[k].Text, ws[k].Start
			break
		}
	}
	if at < 0 {
		return "", false
	}
	// a name of several capitalised words told apart ("Norland" "First")
	// is the one name
	for {
		ws := Words(x.Text[:at])
		if len(ws) == 0 {
			break
		}
		w := ws[len(ws)-1]
		r, _ := utf8.DecodeRuneInString(w.Text)
		if gap := x.Text[w.End:at]; !unicode.IsUpper(r) || IsStop(Fold(w.Text)) || gap != " " && gap != "-" || strings.HasSuffix(w.Text, "'s") {
			break
		}
		best, at = x.Text[w.Start:at]+best, w.Start
	}
	between := Words(x.Text[at:q.Start])
	// the name's own words, then at most four of winning
	nameWords := len(Words(best))
	near := len(between) >= nameWords && len(between)-nameWords <= 4
	for _, w := range between[min(nameWords, len(between)):] {
		near = near && seatVerbs[Fold(w.Text)]
	}
	if near {
		return "seats of " + best, true
	}
	// "De VVD is … de grootste partij geworden met 34 zetels", "The
	// Social Democrats became the largest party with 58 seats": the
	// sentence's one named subject, its seats after "with"
	if len(between) > 0 {
		switch Fold(between[len(between)-1].Text) {
		case "with", "met", "mit", "avec", "con", "com":
			if subj := subjectNames(x, q.Start); len(subj) == 1 {
				if i := slices.Index(x.Names, subj[0]); i >= 0 && i < len(x.NameText) {
					return "seats of " + x.NameText[i], true
				}
			}
		}
	}
	return "", false
}

// partOfWords join a part to its whole: "61 der 150", "74 dos 180".
var partOfWords = setOfWords(`der dos des dei degli delle van`)

// altitudeWords name a height above the sea in the languages read (folded).
var altitudeWords = setOfWords(`altitude altitud altitudine quota hohe seehohe elevation hoogte`)

// altitudeOf: the count q of s is an altitude in metres or feet, in any of
// the languages read: "at an altitude of 2,600 metres", "à 2 800 mètres
// d'altitude", "auf 2.800 Metern Höhe", "a 2.800 metros de altitud",
// "2,600 metres above sea level". The key names its unit, so that one
// outlet's metres meet another's in another language.
func altitudeOf(s string, q Quantity) (string, bool) {
	if q.Kind != "count" || q.End > len(s) {
		return "", false
	}
	after := firstWords(s[q.End:], 5)
	if len(after) == 0 || after[0].Start > 1 {
		return "", false
	}
	unit := ""
	switch Fold(after[0].Text) {
	case "metres", "meters", "metre", "meter", "metern", "metros", "metri", "m":
		unit = "metres"
	case "feet", "ft":
		unit = "feet"
	default:
		return "", false
	}
	// ("stürzte rund 12 Meter in die Tiefe": a fall's height)
	if len(after) >= 4 && Fold(after[1].Text) == "in" && Fold(after[2].Text) == "die" && Fold(after[3].Text) == "tiefe" {
		return "height of the fall (" + unit + ")", true
	}
	for k := 1; k < len(after) && k <= 4; k++ {
		f := afterElision(Fold(after[k].Text)) // "d'altitude"
		if altitudeWords[f] || f == "sea" && k >= 2 && Fold(after[k-1].Text) == "above" {
			// ("aus rund sieben Metern Höhe": the height of a fall)
			if f == "hohe" && slices.ContainsFunc(lastWords(s[:q.Start], 4), func(w Word) bool { return Fold(w.Text) == "aus" }) {
				return "height of the fall (" + unit + ")", true
			}
			return "altitude (" + unit + ")", true
		}
		if clauseBreak(s[q.End+after[k-1].End : q.End+after[k].Start]) {
			break
		}
	}
	before := Words(s[:q.Start])
	n := len(before)
	for n > 0 && (hedgeWords[Fold(before[n-1].Text)] || foreignHedges[Fold(before[n-1].Text)]) {
		n-- // "auf einer Höhe von etwa 2.560 Metern"
	}
	if n >= 2 && sumOf[Fold(before[n-1].Text)] && altitudeWords[Fold(before[n-2].Text)] {
		return "altitude (" + unit + ")", true // "at an altitude of 2,600 metres"
	}
	// Italian's "a quota 2.700 metri": the height right before the figure
	if n >= 2 && Fold(before[n-1].Text) == "quota" && Fold(before[n-2].Text) == "a" {
		return "altitude (" + unit + ")", true
	}
	return "", false
}

// staffNouns count a company's people in the languages read (folded);
// employVerbs employ them, and haveVerbs give a company its staff.
var (
	staffNouns  = setOfWords(`employees staff workers salaries employes mitarbeiter mitarbeitern beschaftigte beschaftigten empleados trabajadores dipendenti lavoratori funcionarios empregados werknemers medewerkers`)
	peopleStaff = setOfWords(`people personnes personas persone pessoas menschen mensen`)
	employVerbs = setOfWords(`employs employ employing emploie emploient beschaftigt emplea emplean impiega impiegano emprega empregam`)
	haveVerbs   = setOfWords(`has have compte comptait zahlt cuenta tiene conta tem telt heeft`)
)

// workforceOf: the count q of s is a company's staff: "employs 21,000
// people", "has about 3,000 employees", "qui compte 40 000 salariés", "Le
// groupe emploie 38 000 personnes". A cut's or a strike's workers are not
// (no verb of employing or having before them).
func workforceOf(s string, q Quantity) (string, bool) {
	if q.Kind != "count" || q.End > len(s) {
		return "", false
	}
	after := firstWords(s[q.End:], 1)
	if len(after) == 0 || after[0].Start != 1 {
		return "", false
	}
	noun := Fold(after[0].Text)
	staff, people := staffNouns[noun], peopleStaff[noun]
	if !staff && !people {
		return "", false
	}
	before := Words(s[:q.Start])
	j := wordBeforeHedge(before)
	for k := j; k >= 0 && k >= j-1; k-- {
		f := Fold(before[k].Text)
		if employVerbs[f] || staff && haveVerbs[f] || staff && f == "con" && k >= 1 && haveVerbs[Fold(before[k-1].Text)] {
			return "workforce", true
		}
	}
	return "", false
}

// afterElision is w without an elided article or preposition before its
// apostrophe: "l'acquisto" is "acquisto", "d'altitude" "altitude".
func afterElision(w string) string {
	if i := strings.IndexAny(w, "'’"); i >= 0 {
		_, size := utf8.DecodeRuneInString(w[i:])
		return w[i+size:]
	}
	return w
}

// shareOfOutput names the share of a country's output q of s gives, by
// what it measures, in any language read: "cut the deficit to 3.2% of
// gross domestic product" · "targets a deficit of 3.4% of GDP" (the
// deficit); "une dette à 112 % du PIB" (the debt). A share of output
// naming no such measure is no slot.
func shareOfOutput(s string, q Quantity) (string, bool) {
	if q.Kind != "percent" || q.End > len(s) {
		return "", false
	}
	after := firstWords(s[q.End:], 4)
	if len(after) < 2 {
		return "", false
	}
	switch Fold(after[0].Text) {
	case "of", "du", "del", "des", "do", "da", "van", "dello", "dell":
	default:
		return "", false
	}
	k := 1
	if w := Fold(after[k].Text); w == "het" || w == "the" {
		k++
	}
	if k >= len(after) {
		return "", false
	}
	switch w := Fold(after[k].Text); {
	case w == "gdp" || w == "pib" || w == "pil" || w == "bip" || w == "bbp":
	case w == "gross" && k+2 < len(after) && Fold(after[k+2].Text) == "product":
	default:
		return "", false
	}
	// what the share measures: the nearest measure before it in its clause
	before := Words(s[:q.Start])
	for i, n := len(before)-1, 0; i >= 0 && n < 10; i, n = i-1, n+1 {
		if i+1 < len(before) && strings.ContainsAny(s[before[i].End:before[i+1].Start], ",;:()") {
			break
		}
		if m := outputMeasures[Fold(before[i].Text)]; m != "" {
			return m + " (share of GDP)", true
		}
	}
	return "", false
}

// outputMeasures are what a budget gives as a share of output, in the
// languages read.
var outputMeasures = invertWords(map[string]string{
	"deficit": "deficit deficits déficit defizit haushaltsdefizit disavanzo deficit tekort begrotingstekort",
	"debt":    "debt deuda dette schulden schuldenquote staatsschulden debito dívida divida staatsschuld schuld",
	"surplus": "surplus superávit superavit excédent excedent überschuss avanzo overschot",
})

// massOf: the figure q of s is a mass ("The 1,240 kg satellite",
// "Weighing 1,310 kilograms", "the 1.24-tonne satellite"), not a
// cargo's, a load's or a limit's ("can carry up to 2,300 kg").
func massOf(s string, q Quantity) (string, bool) {
	if q.Kind != "count" {
		return "", false
	}
	u, ok := unitSize[unitOf(s, q)]
	if !ok || u.measure != "mass" {
		return "", false
	}
	if containsAnyWord(s, "can", "could", "up", "capacity", "carry", "carrying", "carried", "payload", "seized", "seizure") {
		return "", false
	}
	// "two tonnes of cocaine": what was weighed, a haul, not a thing's mass
	if after := firstWords(s[min(q.End, len(s)):], 2); len(after) == 2 && Fold(after[1].Text) == "of" ||
		len(after) >= 1 && Fold(after[0].Text) == "of" {
		return "", false
	}
	return "mass", true
}

// costOf: the money q of s is what a thing cost to make or run, named by
// "cost", "budget" or "price tag" shortly before it in its clause ("The
// mission cost €420 million", "a total mission budget of €480 million",
// "cost a reported $150 million to produce", "put the net budget at
// $175M"); not a price per unit or per year, nor a cost "of" a part.
func costOf(s string, q Quantity) (string, bool) {
	if q.Kind != "money" || q.Start > len(s) || q.End > len(s) {
		return "", false
	}
	before := Words(s[:q.Start])
	for i := len(before) - 1; i >= clauseStartBefore(s, before, q.Start, 6); i-- {
		switch Fold(before[i].Text) {
		case "cost", "costs", "costing", "budget", "budgeted":
			if i+1 < len(before) && Fold(before[i+1].Text) == "of" && len(before)-1-i > 1 {
				return "", false // "the cost of the repairs, $4 million": a part's
			}
			after := firstWords(s[q.End:], 2)
			if len(after) > 0 && (Fold(after[0].Text) == "per" || Fold(after[0].Text) == "a" && len(after) > 1 && Fold(after[1].Text) == "year" ||
				Fold(after[0].Text) == "each" || Fold(after[0].Text) == "annually") {
				return "", false
			}
			return "cost", true
		case "tag":
			if i > 0 && Fold(before[i-1].Text) == "price" {
				return "cost", true
			}
		}
	}
	return "", false
}

// clauseStartBefore is the index of the first of the at most n words of
// before (the words of s up to byte at) that stand in at's clause.
func clauseStartBefore(s string, before []Word, at, n int) int {
	i := len(before)
	for i > 0 && len(before)-i < n {
		next := at
		if i < len(before) {
			next = before[i].Start
		}
		if clauseBreak(s[before[i-1].End:next]) {
			break
		}
		i--
	}
	return i
}

// sumKindIn names, in the other languages read, what the sum q of s is by
// a word of its clause: a cost ("a coûté 32 millions d'euros"), an
// investment ("un investimento di 120 milioni" · "prevede di investire
// 150 milioni"), debts ("Verbindlichkeiten von rund 310 Millionen Euro" ·
// "die Schulden auf knapp 290 Mio. Euro"), a sum demanded ("qui exige 2,4
// millions de francs" · "demandent une rançon de 2,8 millions"), a budget's gap
// ("ein Haushaltsloch von 1,8 Milliarden Euro" · "eine Finanzlücke von
// rund 2,1 Milliarden Euro"): the word within six words before the sum,
// or right after it.
func sumKindIn(s string, q Quantity) (string, bool) {
	if q.Kind != "money" || q.Start > len(s) || q.End > len(s) {
		return "", false
	}
	before := Words(s[:q.Start])
	for i := len(before) - 1; i >= clauseStartBefore(s, before, q.Start, 6); i-- {
		if k := sumKindOf(Fold(before[i].Text)); k != "" {
			return k, true
		}
	}
	if after := firstWords(s[q.End:], 2); len(after) > 0 && !clauseBreak(s[q.End:q.End+after[0].Start]) {
		for _, w := range after {
			if k := sumKindOf(Fold(w.Text)); k != "" {
				return k, true
			}
		}
	}
	return "", false
}

// pricePerUnit: the sum q of s is a price per unit of a thing sold ("US$
// 4,35 la libra" · "US$ 4,53 por libra", "$82 a barrel", "1.850 euros la
// tonelada"), in any language read: the price of that unit.
func pricePerUnit(s string, q Quantity) (string, bool) {
	if q.Kind != "money" || q.End > len(s) {
		return "", false
	}
	if u, ok := currentPricePerUnit(s, q); ok {
		return "price per " + u, true
	}
	after := firstWords(s[q.End:], 2)
	if len(after) < 2 || after[0].Start != 1 || s[q.End+after[0].End:q.End+after[1].Start] != " " {
		return "", false
	}
	switch Fold(after[0].Text) {
	case "a", "per", "la", "el", "por", "le", "al", "il", "pro", "je", "ao", "the":
	default:
		return "", false
	}
	u := priceUnits[Fold(after[1].Text)]
	if u == "" {
		return "", false
	}
	// a cost per unit is another figure than the price: "costos de caja
	// … US$ 1,92 por libra" beside "un precio … de US$ 4,35 la libra"
	// (the nearer of the two words within ten before it, commas or not:
	// "Los costos de caja, en tanto, bajaron a")
	before := Words(s[:q.Start])
	for i := len(before) - 1; i >= 0 && i >= len(before)-10; i-- {
		switch f := Fold(before[i].Text); {
		case strings.HasPrefix(f, "cost") || strings.HasPrefix(f, "kost") || strings.HasPrefix(f, "cout") || strings.HasPrefix(f, "custo"):
			return "cost per " + u, true
		case priceWords[f]:
			return "price per " + u, true
		}
	}
	return "price per " + u, true
}

// currentPricePerUnit reads a price per unit named before the sum, as
// it stands now ("o valor pago por tonelada de cana cortada, que hoje é
// de R$ 4,80" · "o pagamento por tonelada cortada, atualmente de R$
// 4,30"): the unit within ten words before, a word of now between it and
// the sum (not the sum asked for: "que a tonelada passe a valer R$ 6").
func currentPricePerUnit(s string, q Quantity) (string, bool) {
	before := Words(s[:q.Start])
	now := false
	for i := len(before) - 1; i >= 1 && i >= len(before)-10; i-- {
		f := Fold(before[i].Text)
		if strings.ContainsAny(f, "0123456789") {
			break // (another sum between: "atualmente de R$ 4,30, suba para seis reais")
		}
		if nowWords[f] {
			now = true
			continue
		}
		if u := priceUnits[f]; u != "" && now {
			switch Fold(before[i-1].Text) {
			case "por", "per", "pro", "par", "a", "la", "el":
				return u, true
			}
		}
	}
	return "", false
}

var nowWords = setOfWords(`hoje atualmente actualmente actuellement attualmente derzeit momenteel currently now aujourd'hui`)

var priceWords = setOfWords(`price prices precio precios prix prezzo prezzi preco precos preis preise prijs prijzen cotizacion cotacao quotazione`)

var priceUnits = invertWords(map[string]string{
	"pound":  "pound pounds libra libras livre livres",
	"barrel": "barrel barrels barril barriles baril barils barile barili fass vat",
	"tonne":  "tonne tonnes ton tons tonelada toneladas tonnellata tonnellate tonne tonnen",
	"ounce":  "ounce ounces onza onzas once oncia unze onca",
	"litre":  "litre litres liter liters litro litros",
	"kilo":   "kilo kilos kilogram kilograms kilogramme kilogramo kilogramos chilo chili",
	"share":  "share accion acciones action actions azione azioni aktie acao acoes aandeel",
})

// sumKindOf names the kind of sum the folded word f says.
func sumKindOf(f string) string {
	if k := sumKinds[f]; k != "" {
		return k
	}
	// German compounds: "Haushaltsloch", "Finanzlücke", "Gesamtkosten"
	for _, c := range []struct{ end, kind string }{{"loch", "budget gap"}, {"lucke", "budget gap"}, {"kosten", "cost"}, {"schulden", "debts"},
		{"forderung", "sum demanded"}, {"forderungen", "sum demanded"}} {
		if strings.HasSuffix(f, c.end) && len(f) > len(c.end)+3 {
			return c.kind
		}
	}
	// and their heads: "Lösegeldforderung", "losgeldeis"
	if strings.HasPrefix(f, "losegeld") || strings.HasPrefix(f, "losgeld") {
		return "sum demanded"
	}
	return ""
}

var sumKinds = invertWords(map[string]string{
	"cost": "coute couter cout coutera couts costo costato costera coste costo costara costaron custo custou custara custos kosten kostet kostete gekostet kostte",
	"investment": "investissement investir investira investimento investire investira investimenti inversion invertir invertira investimentos " +
		"investition investitionen investieren investiert investeren investering",
	"debts":        "dettes dette debiti debito deudas deuda dividas divida schulden verbindlichkeiten",
	"sum demanded": "rancon riscatto rescate resgate losegeld losgeld exige exigent exigen exigem chiede chiedono pide piden fordert fordern verlangt eist eisen",
	"budget gap":   "deficit buco agujero rombo tekort",
	"profit":       "utilidades utilidad ganancias ganancia beneficio beneficios lucro lucros benefice benefices utile utili gewinn nettogewinn reingewinn winst nettowinst",
	"revenue":      "ingresos facturacion receitas faturacao fatturato ricavi umsatz umsatze omzet",
	"losses":       "perdidas perdida pertes perte perdite perdita perdas perda verluste verlust verlies verliezen",
	// a government's money set aside for something ("vrijmaakt", "trekt …
	// uit", "débloque", "stanzia", "destinará", "stellt … bereit")
	"sum allocated": "vrijmaakt vrijmaken vrijgemaakt trekt trok uitgetrokken uittrekken debloque debloquer debloquera debloques alloue allouer " +
		"stanzia stanziato stanziati stanziare stanziera destinara destinaran destina destinan destino destinou destinar asigna asignara asigno " +
		"bereitgestellt bereitstellen stellt",
})

// homesDoneIn reads, in another language, the homes destroyed or damaged
// the count q of s gives ("12 400 habitations ont été entièrement
// détruites" · "Environ 9 800 maisons ont été détruites"; "más de 300
// viviendas quedaron destruidas"; "2.000 Häuser wurden beschädigt"): the
// same key as English's "homes destroyed", whatever word for a home.
func homesDoneIn(lang, s string, q Quantity) (string, bool) {
	if lang == "" || q.Kind != "count" || q.End > len(s) {
		return "", false
	}
	after := firstWords(s[q.End:], 8)
	if len(after) < 2 || after[0].Start != 1 || !foreignHomes[Fold(after[0].Text)] {
		return "", false
	}
	for i := 1; i < len(after); i++ {
		if clauseBreak(s[q.End+after[i-1].End : q.End+after[i].Start]) {
			break
		}
		switch f := Fold(after[i].Text); {
		case destroyedIn[f]:
			return "homes destroyed", true
		case damagedIn[f]:
			return "homes damaged", true
		}
	}
	return "", false
}

// foreignHomes, destroyedIn and damagedIn are the other languages' words
// for homes and for their being destroyed or damaged (folded).
var (
	foreignHomes = foldedSet(`habitations maisons logements domiciles batiments viviendas casas hogares edificios
		hauser häuser wohnungen gebaude gebäude wohnhauser wohnhäuser case abitazioni edifici residencias residências moradias
		huizen woningen gebouwen habitações habitacoes vivendas`)
	destroyedIn = foldedSet(`detruites detruits détruites détruits detruite détruite destruidas destruidos destruida destruido
		zerstort zerstört zerstorten distrutte distrutti distrutta rase rasees rasées arrasadas arrasados verwoest vernield`)
	damagedIn = foldedSet(`endommagees endommagés endommagées endommages endommagée danadas dañadas danados dañados
		beschadigt beschädigt danneggiate danneggiati danificadas danificados beschadigd danos daños dégâts danni schäden schade`)
)

// foldedSet is setOfWords of the folded words.
func foldedSet(ws string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(ws) {
		m[Fold(w)] = true
	}
	return m
}

// referendumSide: the share q of s is the one a referendum's side won,
// in any language read, by the side's word with its article within the
// clause ("il sì ha ottenuto il 58,3 per cento" · "ha premiato il sì con
// il 56,8%"; "contro il 41,7 per cento del no"; "the Yes side won 52%").
func referendumSide(s string, q Quantity) (string, bool) {
	if q.Kind != "percent" || q.End > len(s) {
		return "", false
	}
	side := func(det, w, orig string) string {
		switch {
		case yesWords[w] && (referendumArticles[det] || w == "yes" && orig == "Yes"):
			return "share for yes"
		case noWords[w] && (referendumArticles[det] || w == "no" && orig == "No"):
			return "share for no"
		}
		return ""
	}
	before := Words(s[:q.Start])
	for i, n := len(before)-1, 0; i >= 0 && n < 6; i, n = i-1, n+1 {
		if i+1 < len(before) && clauseBreak(s[before[i].End:before[i+1].Start]) || i == len(before)-1 && clauseBreak(s[before[i].End:q.Start]) {
			break
		}
		det := ""
		if i > 0 {
			det = Fold(before[i-1].Text)
		}
		if k := side(det, Fold(before[i].Text), before[i].Text); k != "" {
			return k, true
		}
	}
	after := firstWords(s[q.End:], 5)
	for i := 1; i < len(after); i++ {
		if clauseBreak(s[q.End+after[i-1].End : q.End+after[i].Start]) {
			break
		}
		if k := side(Fold(after[i-1].Text), Fold(after[i].Text), after[i].Text); k != "" {
			return k, true
		}
	}
	return "", false
}

// yesWords, noWords and referendumArticles: a referendum's sides, named
// with an article ("il sì", "del no", "le oui", "el sí", "das Ja", "o
// sim", "het ja", "the yes side").
var (
	yesWords           = foldedSet(`yes sì si oui sí ja sim`)
	noWords            = foldedSet(`no non nein não nee`)
	referendumArticles = foldedSet(`the il del al dal le du au el lo das dem des o do ao het`)
)

// foreignUnitOf names the unit of a measure told in another language by
// the word after its figure ("60 centímetros", "450 hectare", "2.600
// Metern"), "" for none.
func foreignUnitOf(s string, q Quantity) string {
	if q.Kind != "count" || q.End > len(s) {
		return ""
	}
	after := firstWords(s[q.End:], 2)
	if len(after) == 0 || after[0].Start > 1 {
		return ""
	}
	u := foreignUnits[Fold(after[0].Text)]
	// "una ventina di metri", "une vingtaine de kilomètres": a rough
	// count of the unit
	if f := Fold(after[0].Text); u == "" && len(after) == 2 && (f == "di" || f == "de") && !strings.ContainsAny(q.Text, "0123456789") {
		u = foreignUnits[Fold(after[1].Text)]
	}
	// "15.000 mètres carrés", "8.000 metros cuadrados": square metres;
	// "25 000 mètres cubes", "30 000 m³": cubic
	if u == "metres" && len(after) == 2 && squareWords[Fold(after[1].Text)] {
		return "square metres"
	}
	if u == "metres" && len(after) == 2 && cubicWords[Fold(after[1].Text)] {
		u = "cubic metres"
	}
	// (the bare "m" is metres, "m²" and "m³" a square and a cube of them)
	plain := u == "" || u == "metres" && Fold(after[0].Text) == "m"
	if rest := s[q.End:]; plain && (strings.HasPrefix(rest, " m²") || strings.HasPrefix(rest, " m2 ") || strings.HasPrefix(rest, "m²")) {
		return "square metres"
	}
	if rest := s[q.End:]; plain && (strings.HasPrefix(rest, " m³") || strings.HasPrefix(rest, " m3 ") || strings.HasPrefix(rest, " m3/") || strings.HasPrefix(rest, "m³")) {
		u = "cubic metres"
	}
	// "1.900 metros cúbicos por segundo", "2.400 m³/s": a river's flow
	if u == "cubic metres" && perSecondRE.MatchString(s[q.End:]) {
		return "cubic metres per second"
	}
	// "a cerca de 60 km/h", "100 Kilometern pro Stunde": a speed
	if u == "kilometres" && foreignPerHourRE.MatchString(s[q.End:]) {
		return "km/h"
	}
	return u
}

// foreignPerHourRE: a length in kilometres is per hour, a speed.
var foreignPerHourRE = regexp.MustCompile(`^\s*(?:km|kilómetros|kilometros|kilomètres|kilometres|kilometers|chilometri|kilometer|kilometern|quilómetros|quilômetros|quilometros)\s*(?:/\s*h\b|/\s*u\b|por hora|pro stunde|per uur|à l'heure|all'ora|orari|per hour|an hour)`)

// perSecondRE: a cubic measure is per second, a flow.
var perSecondRE = regexp.MustCompile(`^\s?(?:m³|m3)?\s?(?:/\s?s\b|/\s?sec\b)|^[^.;:]{0,40}?\b(?:per second|per seconde|por segundo|par seconde|al secondo|pro sekunde)\b`)

// squareWords make metres square, and cubicWords cubic, in the
// languages read (folded).
var (
	squareWords = setOfWords(`carres cuadrados quadrati quadrados`)
	cubicWords  = setOfWords(`cubes cubicos cubi`)
)

// unitDimension names what each of foreignUnits measures.
var unitDimension = map[string]string{"centimetres": "length", "metres": "length", "miles": "distance", "km/h": "speed",
	"kilometres": "length", "hectares": "area", "tonnes": "mass", "litres": "volume", "square metres": "area", "kilovolts": "voltage",
	"cubic metres": "volume", "cubic metres per second": "flow"}

var foreignUnits = invertWords(map[string]string{
	"centimetres":   "cm centímetros centimetros centimètres centimetres zentimeter zentimetern centimetri centimeter centimeters",
	"millimetres":   "mm milímetros milimetros millimètres millimetres millimeter millimetern millimetri",
	"metres":        "m metros mètres metres meter metern metri metre",
	"square metres": "quadratmeter quadratmetern vierkante",
	"cubic metres":  "kubikmeter kubikmetern kubieke",
	"kilometres":    "km kilómetros kilometros kilomètres kilometres kilometer kilometern chilometri quilómetros quilômetros quilometros",
	"hectares":      "ha hectáreas hectareas hectares hektar hektaren ettari hectare",
	"tonnes":        "toneladas tonnes tonnen tonnellate ton",
	"miles":         "milhas millas miglia milles meilen mijl",
	"litres":        "litros litres liter litern litri",
	"kilovolts":     "kv kilovolt kilovolts kilovoltios kilovolts kilovolt",
})

// closingPrice: the money q of s is where a traded price ended its day
// ("settled at $87.90 a barrel", "settling at $89.70", "to close at
// $87.90 per barrel", "closed at $45.20"), the one price of a day a
// market's moves do not blur.
func closingPrice(s string, q Quantity) (string, bool) {
	if q.Kind != "money" || q.Start > len(s) {
		return "", false
	}
	before := Words(s[:q.Start])
	if len(before) < 2 || Fold(before[len(before)-1].Text) != "at" {
		return "", false
	}
	switch Fold(before[len(before)-2].Text) {
	case "settled", "settling", "settle", "closed", "closing", "close", "ended", "finished":
		return "closing price", true
	}
	return "", false
}

// outputCut: the count q of s is barrels a day cut from output ("cut its
// combined oil output by 1.2 million barrels per day", "remove 1.5m
// barrels a day", "a collective production cut of 1,200,000 bpd").
func outputCut(s string, q Quantity) (string, bool) {
	if q.Kind != "count" || q.End > len(s) {
		return "", false
	}
	after := firstWords(s[q.End:], 3)
	if len(after) == 0 || after[0].Start > 1 {
		return "", false
	}
	switch f := Fold(after[0].Text); {
	case f == "bpd":
	case f == "barrels" && len(after) > 1 && (Fold(after[1].Text) == "daily" || len(after) > 2 && Fold(after[2].Text) == "day"):
	default:
		return "", false
	}
	before := Words(s[:q.Start])
	// "a smaller cut of around 500,000 to 800,000 bpd": a range, an
	// estimate's
	if n := len(before); n >= 2 && Fold(before[n-1].Text) == "to" && isNumeric(Fold(before[n-2].Text)) {
		return "", false
	}
	for i, n := len(before)-1, 0; i >= 0 && n < 8; i, n = i-1, n+1 {
		if i+1 < len(before) && clauseBreak(s[before[i].End:before[i+1].Start]) {
			break
		}
		switch Fold(before[i].Text) {
		case "cut", "cuts", "cutting", "reduce", "reduces", "reducing", "reduction", "remove", "removing", "slash", "slashes",
			"slashing", "lower", "lowering", "curb", "curbs", "trim", "trims":
			return "output cut (barrels a day)", true
		}
	}
	return "", false
}

// spanAfter: the count q of s is a span of hours or days something came
// after ("rescued … after spending 38 hours pinned down" · "airlifted to
// safety … after 52 hours exposed on a ledge"), named by its unit.
func spanAfter(s string, q Quantity) (string, bool) {
	if q.Kind != "count" || q.End > len(s) || q.Start > len(s) {
		return "", false
	}
	after := firstWords(s[q.End:], 1)
	if len(after) == 0 || after[0].Start > 1 {
		return "", false
	}
	unit := Fold(after[0].Text)
	if unit != "hours" && unit != "days" {
		return "", false
	}
	before := Words(s[:q.Start])
	j := wordBeforeHedge(before)
	if j >= 1 && Fold(before[j].Text) == "spending" {
		j-- // "after spending 38 hours"
	}
	if j < 0 || Fold(before[j].Text) != "after" {
		return "", false
	}
	return unit + " before it ended", true
}

// sumPerYearBy: the money q of s is a yearly sum to be reached by a year
// ("will provide at least $300 billion a year by 2035" · "will mobilise
// $250 billion per year by 2035"), keyed by that year.
func sumPerYearBy(s string, q Quantity) (string, bool) {
	if q.Kind != "money" || q.End > len(s) {
		return "", false
	}
	after := firstWords(s[q.End:], 6)
	k := 0
	switch {
	case len(after) >= 2 && (Fold(after[0].Text) == "a" || Fold(after[0].Text) == "per" || Fold(after[0].Text) == "each") && Fold(after[1].Text) == "year":
		k = 2
	case len(after) >= 1 && (Fold(after[0].Text) == "annually" || Fold(after[0].Text) == "yearly"):
		k = 1
	default:
		return "", false
	}
	for i := k; i+1 < len(after) && i <= k+2; i++ {
		if clauseBreak(s[q.End+after[i-1].End : q.End+after[i].Start]) {
			break
		}
		if Fold(after[i].Text) == "by" && len(after[i+1].Text) == 4 && isNumeric(after[i+1].Text) {
			return "sum a year by " + after[i+1].Text, true
		}
	}
	return "", false
}

// sumPerPeriod: the money q of s is a sum per month or per week, in any
// language read ("120 euro lordi al mese" · "150 euro lordi mensili";
// "$400 a month"; "300 euros par mois"), keyed by its period.
func sumPerPeriod(s string, q Quantity) (string, bool) {
	if q.Kind != "money" || q.End > len(s) {
		return "", false
	}
	after := firstWords(s[q.End:], 4)
	for i := 0; i < len(after) && i < 4; i++ {
		if i > 0 && clauseBreak(s[q.End+after[i-1].End:q.End+after[i].Start]) {
			break
		}
		f := Fold(after[i].Text)
		switch f {
		case "mensili", "mensile", "mensuels", "mensuel", "mensuelle", "mensuales", "mensual", "mensais", "mensal", "monthly", "maandelijks", "monatlich":
			return "sum a month", true
		case "month", "mese", "mois", "mes", "mês", "monat", "maand":
			if i > 0 {
				switch Fold(after[i-1].Text) {
				case "a", "per", "al", "par", "por", "pro", "im", "ao", "each":
					return "sum a month", true
				}
			}
		case "daily", "diarios", "diarias", "diari", "diarie", "quotidiens", "quotidiennes", "journaliers", "taglich", "dagelijks":
			return "sum a day", true
		case "day", "dia", "giorno", "jour", "tag", "dag":
			if i > 0 {
				switch Fold(after[i-1].Text) {
				case "a", "per", "al", "par", "por", "pro", "each":
					return "sum a day", true
				}
			}
		case "week", "settimana", "semaine", "semana", "woche":
			if i > 0 {
				switch Fold(after[i-1].Text) {
				case "a", "per", "alla", "par", "por", "pro", "each":
					return "sum a week", true
				}
			}
		}
	}
	return "", false
}

// namedSum names a sum of money by the noun it is of ("a restructuring
// charge of about $310 million", "multas de hasta 3.000 euros", "eine
// Strafe von bis zu 3.000 Euro"), with the word before it when it has one,
// or by the noun right after it ("a £15,000 course-record bonus", "an
// $850,000 ransom payment"): a sum a story names so is one thing, however
// each sentence goes on.
func namedSum(lang, s string, q Quantity) (string, bool) {
	if q.Kind != "money" || q.Start > len(s) || q.End > len(s) {
		return "", false
	}
	content := func(w Word) bool {
		f := Fold(w.Text)
		r, _ := utf8.DecodeRuneInString(w.Text)
		return len(f) >= 4 && (unicode.IsLower(r) || lang == "de" && unicode.IsUpper(r)) && !IsStop(f) && !stopWordsAnyLanguage(f) &&
			!genericSums[f] && !isNumeric(f) && !hedgeWords[f] && !foreignHedges[f]
	}
	before := Words(s[:q.Start])
	j := len(before) - 1
	for j >= 0 && (hedgeWords[Fold(before[j].Text)] || lang != "" && foreignHedges[Fold(before[j].Text)]) {
		j--
	}
	if j >= 1 && sumOf[Fold(before[j].Text)] && !clauseBreak(s[before[j-1].End:q.Start]) && content(before[j-1]) {
		noun := strings.ToLower(before[j-1].Text)
		// (an English noun's modifier stands before it; a verb does not
		// modify: "announced aid of $50m")
		if j >= 2 && lang == "" && content(before[j-2]) && !clauseBreak(s[before[j-2].End:before[j-1].Start]) {
			if m := Fold(before[j-2].Text); !strings.HasSuffix(m, "ed") && !verbCues[m] {
				return strings.ToLower(before[j-2].Text) + " " + noun, true // "restructuring charge"
			}
		}
		return noun, true
	}
	// "a £15,000 course-record bonus": the article before the sum, the
	// noun after it
	if j < 0 || Fold(before[j].Text) != "a" && Fold(before[j].Text) != "an" {
		return "", false
	}
	after := firstWords(s[q.End:], 3)
	head := ""
	for k, w := range after {
		if k > 1 || clauseBreak(s[q.End:q.End+w.Start]) || k > 0 && clauseBreak(s[q.End+after[k-1].End:q.End+w.Start]) || !content(w) {
			break
		}
		head = strings.ToLower(w.Text)
	}
	if head == "" {
		return "", false
	}
	return head, true
}

// sumOf: "of" before a sum, in the languages read.
var sumOf = setOfWords(`of de di da do du des del von van della delle dei`)

// genericSums name no particular sum: "a total of", "the amount of".
var genericSums = setOfWords(`total totals sum sums amount amounts worth value cost costs price prices share shares figure
	figures estimate excess upwards suma importe montant somme betrag summe bedrag importo somma valor valeur wert waarde`)

// foreignHedges: the other languages' "up to", "about", "more than".
var foreignHedges = setOfWords(`hasta unos unas cerca alrededor environ pres jusqu'a jusqu bis zu rund etwa circa fino ate ongeveer ruim
	bijna casi presque quasi quase mais mas plus mehr als meer dan oltre uber ueber`)

// strikeShare: the percentage q of s is the share of a workforce on
// strike, told with a word of joining or following a strike beside it
// ("con un seguimiento del 92%", "teve adesão de 45%", "suivi par 23,4 %
// des salariés", "27,1 % des agents étaient en grève", "un'adesione
// dell'87%") or as the share of the workers a strike reached ("un paro
// que … alcanzó al 95% de los trabajadores").
func strikeShare(s string, q Quantity) (string, bool) {
	if q.Kind != "percent" || q.Start > len(s) || q.End > len(s) {
		return "", false
	}
	before, after := Words(s[:q.Start]), firstWords(s[q.End:], 6)
	near := func(ws []Word, from, to int) bool {
		for k := max(0, from); k < min(len(ws), to); k++ {
			if strikeCues[afterElision(Fold(ws[k].Text))] {
				return true
			}
		}
		return false
	}
	if near(before, len(before)-8, len(before)) || near(after, 0, 6) {
		return "share on strike", true
	}
	// "… alcanzó al 95% de los trabajadores", "legde zowat 70 procent
	// van het personeel het werk neer", in a sentence of a strike
	if len(after) >= 2 && sumOf[Fold(after[0].Text)] && (anyWord(s, func(f string) bool { return strikeWords[f] }) ||
		slices.ContainsFunc(strikePhrases, func(p string) bool { return strings.Contains(strings.ToLower(s), p) })) {
		for _, w := range after[1:min(len(after), 4)] {
			if staffNouns[Fold(w.Text)] || workforceWords[Fold(w.Text)] {
				return "share on strike", true
			}
		}
	}
	return "", false
}

// rainfallOf: the count q of s is the rain that fell, in millimetres, in
// any language read ("184 millimetres of rain fell" · "a downpour that
// dumped 148mm"; "180 millimetri di pioggia"): a word of rain in the
// sentence, none of a forecast in its clause.
func rainfallOf(s string, q Quantity) bool {
	if q.Kind != "count" || q.End > len(s) {
		return false
	}
	rest := strings.ToLower(s[q.End:])
	mm := strings.HasPrefix(rest, "mm") || foreignUnitOf(s, q) == "millimetres"
	if !mm {
		if ws := firstWords(s[q.End:], 1); len(ws) == 1 && ws[0].Start == 1 {
			f := Fold(ws[0].Text)
			mm = f == "mm" || f == "millimetres" || f == "millimeters" || f == "millimetre" || f == "millimeter"
		}
	}
	if !mm || !anyWord(s, func(f string) bool { return rainWords[f] }) {
		return false
	}
	// (a forecast in its own clause: "…, more than the town would
	// normally expect" is no forecast of it)
	return !anyWord(clauseAround(s, q.Start, q.End), func(f string) bool { return rainForecastWords[f] })
}

var (
	rainWords = setOfWords(`rain rainfall downpour downpours deluge pioggia piogge precipitazioni lluvia lluvias precipitaciones pluie pluies
		precipitations regen niederschlag niederschlage neerslag chuva chuvas precipitacao
		acumulou acumulo acumularam accumulated cumule accumulato acumulado`)
	rainForecastWords = setOfWords(`could will would may might forecast forecasts expected prevision previsions previsto previste prevue prevues
		pronostico esperan erwartet verwacht prevista previstos`)
)

// lossShare: the share q of s is a share lost, of a harvest, an output
// or a value, in the other languages read ("Les pertes pourraient
// atteindre 70 % de la récolte" · "évaluent à 60 % la perte de
// production"; "una pérdida del 40%", "Ernteausfälle von 30 Prozent"): a
// word of loss in its clause before it or just after it.
func lossShare(s string, q Quantity) (string, bool) {
	if q.Kind != "percent" || q.Start > len(s) || q.End > len(s) {
		return "", false
	}
	if wordInClauseBefore(s, q.Start, 6, lossWords) {
		return "share lost", true
	}
	after := firstWords(s[q.End:], 4)
	for _, w := range after {
		if clauseBreak(s[q.End : q.End+w.Start]) {
			break
		}
		if lossWords[Fold(w.Text)] {
			return "share lost", true
		}
	}
	return "", false
}

var lossWords = setOfWords(`perte pertes perdre perdu perdue perdues perdida perdidas perdio perdera perda perdas perdeu perdita perdite perso
	verlust verluste verloren einbussen ernteausfall ernteausfalle ausfalle verlies verliezen verloren`)

// strikeCues join or follow a strike, in the languages read (folded);
// strikeWords name one; workforceWords name those who may strike.
var (
	strikeCues = setOfWords(`seguimiento adhesion adesao adesione suivi suivie suivis greve grevistes scioperanti aderiu aderiram
		aderito streikbeteiligung staakten streikten walked staakt staken cesse`)
	strikeWords    = setOfWords(`strike walkout huelga paro greve sciopero streik staking staakt staken`)
	workforceWords = setOfWords(`salaries agents plantilla personale categoria personal personeel personeelsleden belegschaft workforce conducteurs chauffeurs`)
	// strikePhrases tell a strike in more than one word
	strikePhrases = []string{" werk neer", "cessé le travail", "walked out", "downed tools", "arbeit nieder", "incrociato le braccia", "cruzaram os braços"}
)

// flightsCancelledIn: the count q of s counts flights (trains, sailings)
// cancelled, in the other languages read ("23 vols ont été annulés",
// "l'annulation de 31 vols", "380 i voli soppressi", "412 Flüge wurden
// gestrichen", "oltre 70 corse cancellate"): the services named right
// after the figure, a word of cancelling within six words of it; or the
// figure after them ("le corse soppresse sono state 62").
func flightsCancelledIn(s string, q Quantity) (string, bool) {
	if q.Kind != "count" || q.End > len(s) || q.Start > len(s) {
		return "", false
	}
	before := Words(s[:q.Start])
	after := firstWords(s[q.End:], 7)
	if len(after) > 0 && after[0].Start <= 1 {
		if class := serviceNouns[Fold(after[0].Text)]; class != "" {
			for _, w := range append(before[max(0, len(before)-6):], after[1:]...) {
				if cancelWords[afterElision(Fold(w.Text))] {
					return class + " cancelled", true
				}
			}
		}
	}
	// "le corse soppresse sono state 62": the services and their
	// cancelling, then a verb of being, then the figure
	n := len(before)
	for k := n - 1; k >= 1 && k >= n-4; k-- {
		if cancelWords[Fold(before[k].Text)] {
			if class := serviceNouns[Fold(before[k-1].Text)]; class != "" && !clauseBreak(s[before[k].End:q.Start]) {
				return class + " cancelled", true
			}
		}
	}
	return "", false
}

var (
	// serviceNouns name what a strike or a storm cancels, by class
	serviceNouns = invertWords(map[string]string{
		"flights":  "vols vuelos voli voos fluge fluege vluchten",
		"trains":   "trains trenes treni comboios zuge zuege treinen",
		"sailings": "corse traversees travesias traversate travessias fahrten overtochten salidas trayectos rotations viagens afvaarten",
	})
	cancelWords = setOfWords(`annules annulees annulation annule cancelados canceladas cancelacion cancelaciones cancellati cancellate soppressi
		soppresse cancellazione cancelamento cancelamentos gestrichen annulliert streichung geannuleerd geschrapt annulering supprimes supprimees
		suprimidos suprimidas suprimido suprimio cancelado cancelo cancellato soppresso annullato cancelar suspender suspendidas suspendidos
		suspendio annuler supprimer cancellare sopprimere cancelar`)
)

// arrestCountIn reads, in the other languages, the people arrested the
// count q of s gives: an arrest word in its clause right after it ("Tre
// persone sono state arrestate", "Quattro le persone arrestate", "tre
// arresti", "vier Festnahmen") or an arrest verb right before it
// ("detuvieron a tres personas", "ont interpellé quatre personnes").
// English's arrests stay out: its outlets count them over different
// nights of one protest.
func arrestCountIn(lang, s string, q Quantity) (string, bool) {
	if lang == "" || q.Kind != "count" || q.End > len(s) || q.Start > len(s) {
		return "", false
	}
	after := firstWords(s[q.End:], 5)
	if len(after) > 0 && after[0].Start == 1 {
		if f := Fold(after[0].Text); foreignSpans[f] || foreignCurrency[f] {
			return "", false // "arrestati 3 anni fa"
		}
		for i, w := range after {
			if i > 0 && clauseBreak(s[q.End+after[i-1].End:q.End+w.Start]) {
				break
			}
			f := Fold(w.Text)
			if arrestWordsIn[f] || (f == "presos" || f == "presas") && i > 0 && (Fold(after[i-1].Text) == "foram" || Fold(after[i-1].Text) == "sido") {
				if inPrison(s) {
					return "", false
				}
				return "number arrested", true
			}
		}
	}
	if wordInClauseBefore(s, q.Start, 3, arrestVerbsIn) {
		if inPrison(s) {
			return "", false
		}
		return "number arrested", true
	}
	return "", false
}

// wordInClauseBefore: one of the last n words of s before at, in the
// clause of at, is in set (folded).
func wordInClauseBefore(s string, at, n int, set map[string]bool) bool {
	before := Words(s[:at])
	for k := len(before) - 1; k >= 0 && k >= len(before)-n; k-- {
		if clauseBreak(s[before[k].End:at]) {
			return false
		}
		if set[Fold(before[k].Text)] {
			return true
		}
	}
	return false
}

// inPrison: s tells of a prison, whose inmates ("300 detenidos", "les
// détenus") are no count of arrests.
func inPrison(s string) bool {
	for _, w := range Words(s) {
		if prisonWords[Fold(w.Text)] {
			return true
		}
	}
	return false
}

var (
	// arrestWordsIn are the participles and nouns of arrest after a count
	// (folded).
	arrestWordsIn = setOfWords(`detenidos detenidas arrestados arrestadas detenciones arrestos
		detidos detidas detencoes prisoes
		arretes arretees interpelles interpellees arrestations interpellations gardes
		arrestati arrestate arresti fermati fermate
		festgenommen verhaftet festnahmen verhaftungen festgenommene festgenommenen
		aangehouden gearresteerd arrestaties aanhoudingen`)
	// arrestVerbsIn are the verbs of arrest before a count (folded).
	arrestVerbsIn = setOfWords(`detuvieron detuvo arrestaron arresto detiveram deteve prenderam prendeu
		interpelle arrete arreterent interpellerent arrestato arrestati arrestate fermato fermati
		festgenommen verhaftet nahm nahmen arresteerde arresteerden hield hielden`)
	prisonWords = setOfWords(`carcel penal prision presidio reclusorio penitenciaria prisao presidio cadeia penitenciaria
		prison maison centre penitentiaire carcere penitenziario gefangnis justizvollzugsanstalt jva gevangenis penitentiaire`)
)

// yearBuilt: the year q of s is when something was built, in any language
// read: a verb of building before it ("built in 1964", "construída em
// 1982", "levantada en 1987", "costruito nel 1969") or, in German and
// Dutch order, right after it ("1969 errichtet", "die 1972
// fertiggestellte Brücke", "in 1972 gebouwd").
func yearBuilt(s string, q Quantity) (string, bool) {
	if q.Kind != "year" || q.Start > len(s) || q.End > len(s) {
		return "", false
	}
	if wordInClauseBefore(s, q.Start, 4, builtWords) {
		return "year built", true
	}
	if after := firstWords(s[q.End:], 1); len(after) == 1 && after[0].Start == 1 && builtWords[Fold(after[0].Text)] {
		return "year built", true
	}
	return "", false
}

var builtWords = setOfWords(`built constructed erected
	construido construida construidos construidas levantado levantada levantados levantadas edificado edificada erigido erigida erguido erguida
	construit construite construits construites bati batie edifie edifiee erige erigee
	costruito costruita costruiti costruite edificato edificata eretto eretta
	gebaut gebaute gebauten erbaut erbaute erbauten errichtet errichtete errichteten fertiggestellt fertiggestellte fertiggestellten
	gebouwd opgeleverd`)

// shareMove: the percentage q of s is how far a company's shares moved,
// told after a verb of the move with the shares its subject ("Shares in
// Halvard fell 7.4 per cent in early trading" · "Halvard shares were down
// 9.2% at 0905 GMT"): a fall and a rise are two slots. A move of an
// index or of rivals' shares is not the company's, and a move "since"
// or "this year" is another span's.
func shareMove(s string, q Quantity) (string, bool) {
	before, k, direction, ok := moveBefore(s, q)
	if !ok {
		return "", false
	}
	// the shares, within the few words before the verb and in its clause
	shares := false
	for j := k - 1; j >= 0 && j >= k-6; j-- {
		if clauseBreak(s[before[j].End:before[j+1].Start]) {
			break
		}
		switch Fold(before[j].Text) {
		case "shares", "stock", "stocks", "acciones", "titulos", "acoes", "azioni", "titoli", "actions", "aktie", "aktien", "aandeel", "aandelen":
			shares = true
		case "index", "rival", "rival's", "rivals", "peers", "sector", "market", "markets", "ftse", "dow", "nasdaq", "dax", "cac", "indice", "ibex", "bolsa", "borsa":
			return "", false
		}
	}
	if !shares {
		return "", false
	}
	rest := strings.ToLower(s[q.End:min(len(s), q.End+40)])
	if strings.Contains(rest, "since") || strings.Contains(rest, "this year") || strings.Contains(rest, "so far") || strings.Contains(rest, "over the past") {
		return "", false
	}
	return "share price " + direction + " (%)", true
}

// indexMove keys a market index's move on the day by the index and the
// move's direction ("The Nasdaq Composite fell 2.1% by the close" · "the benchmark
// Nasdaq Composite ending the day down 2.6%"), as shareMove keys a
// company's shares; a move "since" or "this year" is another span's.
func indexMove(s string, q Quantity) (string, bool) {
	if q.Kind != "percent" || !strings.ContainsAny(s, "ABCDFHIKMNSTX") {
		return "", false
	}
	before, k, direction, ok := moveBefore(s, q)
	if !ok {
		return "", false
	}
	j := k - 1
	for ; j > 0 && j >= k-8; j-- {
		if clauseBreak(s[before[j-1].End:before[j].Start]) {
			break
		}
	}
	if j < 0 {
		return "", false
	}
	m := reMarketIndex.FindStringSubmatch(s[before[j].Start:before[k].Start])
	if m == nil {
		return "", false
	}
	rest := strings.ToLower(s[q.End:min(len(s), q.End+40)])
	if strings.Contains(rest, "since") || strings.Contains(rest, "this year") || strings.Contains(rest, "so far") || strings.Contains(rest, "over the past") {
		return "", false
	}
	name := strings.Join(strings.Fields(strings.ToUpper(m[1])), " ")
	return name + " " + direction + " (%)", true
}

// reMarketIndex names the stock market indexes most often quoted.
var reMarketIndex = regexp.MustCompile(`\b(S&P\s?500|S&P/TSX|S&P/ASX\s?200|Dow(?:\s+Jones)?|Nasdaq(?:\s+Composite)?|FTSE\s?(?:100|250|MIB)|DAX|CAC\s?40|Nikkei(?:\s?225)?|IBEX\s?35|Ibex\s?35|(?:Euro\s?)?Stoxx\s?(?:50|600)|Hang\s+Seng|Kospi|Sensex|Nifty\s?50|Bovespa|Ibovespa|AEX|SMI|Merval|IPC|Topix)\b`)

// moveBefore finds the verb of a move right before a percentage ("fell
// 7.4 per cent", "were down 6.8%", "cayeron un 3,2%"): the words before
// it, the verb's index among them and the move's direction.
func moveBefore(s string, q Quantity) (before []Word, k int, direction string, ok bool) {
	if q.Kind != "percent" || q.End > len(s) {
		return nil, 0, "", false
	}
	before = Words(s[:q.Start])
	n := len(before)
	if n < 3 {
		return nil, 0, "", false
	}
	k = n - 1
	if f := Fold(before[k].Text); f == "by" || f == "as" && k >= 2 && Fold(before[k-1].Text) == "much" {
		k -= 1
		if Fold(before[k].Text) == "much" {
			k -= 2 // "as much as"
		}
	}
	if k < 1 || clauseBreak(s[before[k].End:q.Start]) {
		return nil, 0, "", false
	}
	// ("las acciones del banco cayeron 3.2%": "un", "el", "del" before it)
	if f := Fold(before[k].Text); (f == "un" || f == "el" || f == "del" || f == "de" || f == "um" || f == "il" || f == "du") && k >= 2 {
		k--
	}
	switch f := Fold(before[k].Text); {
	case shareFallVerbs[f]:
		direction = "fall"
	case shareRiseVerbs[f]:
		direction = "rise"
	case f == "down" || f == "lower":
		direction = "fall"
	case f == "up" || f == "higher":
		direction = "rise"
	default:
		return nil, 0, "", false
	}
	return before, k, direction, true
}

var (
	shareFallVerbs = setOfWords(`fell dropped slid slumped tumbled plunged sank lost declined dipped shed
		cayeron cayo retrocedieron retrocedio bajaron bajo perdieron perdio cairam caiu recuaram recuou perderam
		chute chutent recule reculent cede cedent calano calato perdono perso fielen fiel verloren sanken daalden daalde zakten`)
	shareRiseVerbs = setOfWords(`rose jumped climbed gained soared surged rallied advanced added
		subieron subio ganaron gano avanzaron avanzo subiram subiu avancaram grimpe grimpent bondit salgono salito guadagnano
		stiegen stieg zulegten stegen steeg`)
)

// numberedThing: the count q of s is the number a thing is known by,
// written after "number" ("carrozza cuccette numero 7", "coach number
// 9", "Gleis Nummer 4"): keyed by the thing, up to two words before the
// word, so that two numbers of it told apart are two accounts of which.
func numberedThing(s string, q Quantity) (string, bool) {
	if q.Kind != "count" || q.Start > len(s) || !strings.ContainsAny(q.Text, "0123456789") || strings.ContainsAny(q.Text, ".,") {
		return "", false
	}
	// (cheap first: the word before ends in "number", "numero", "nummer",
	// "nr", "no" or a sign)
	tail := strings.ToLower(strings.TrimRight(s[max(0, q.Start-9):q.Start], " "))
	if !slices.ContainsFunc(numberWordEnds, func(e string) bool { return strings.HasSuffix(tail, e) }) {
		return "", false
	}
	before := Words(s[:q.Start])
	n := len(before)
	if n < 2 || !numberWords[strings.ToLower(before[n-1].Text)] || clauseBreak(s[before[n-1].End:q.Start]) {
		return "", false
	}
	var thing []string
	for j := n - 2; j >= 0 && j >= n-3; j-- {
		f := Fold(before[j].Text)
		r, _ := utf8.DecodeRuneInString(before[j].Text)
		if IsStop(f) || IsStopIn("it", f) || IsStopIn("es", f) || IsStopIn("fr", f) || IsStopIn("de", f) || isNumeric(f) ||
			clauseBreak(s[before[j].End:before[j+1].Start]) || !unicode.IsLetter(r) {
			break
		}
		thing = append([]string{f}, thing...)
	}
	if len(thing) == 0 {
		return "", false
	}
	return strings.Join(thing, " ") + " (number)", true
}

// numberedByNoun: the figure q of s names one of a kind of numbered
// things by the noun right before it, "number" unsaid: a tram or bus line
// ("Linie 3", "la ligne 12"), a platform ("Gleis 3", "binario 4"), a
// lift's tower ("Stütze 5"), a gate, a room. A story has one of each.
func numberedByNoun(s string, q Quantity) (string, bool) {
	if q.Kind != "count" || q.Start > len(s) || q.End > len(s) || strings.ContainsAny(q.Text, ".,") || !strings.ContainsAny(q.Text, "0123456789") {
		return "", false
	}
	before := Words(s[:q.Start])
	n := len(before)
	if n == 0 || strings.TrimSpace(s[before[n-1].End:q.Start]) != "" {
		return "", false
	}
	// (not a count after it: "Linie 3 Minuten" is no line)
	if after := firstWords(s[q.End:], 1); len(after) == 1 && after[0].Start == 0 {
		return "", false
	}
	class := numberedNouns[Fold(before[n-1].Text)]
	if class == "" {
		return "", false
	}
	return class + " (number)", true
}

// numberedNouns are the nouns a thing's number follows, in the languages
// read (folded), and what they number.
var numberedNouns = invertWords(map[string]string{
	"line":     "line linie ligne linea lijn linha",
	"platform": "platform gleis binario anden voie perron",
	"tower":    "stutze pylon pylone pilone",
	"gate":     "gate",
	"room":     "room zimmer chambre stanza habitacion quarto kamer",
})

// numberWordEnds are numberWords as a text before a figure ends.
var numberWordEnds = []string{" number", " numero", " número", " nummer", " nr", " nr.", " no.", " nº", " n°", " num.", " núm."}

// numberWords: "number" as the languages read write it before a thing's
// number.
var numberWords = setOfWords(`number numero número nummer nr nr. no. nº n° num. núm.`)

// numberOfRisenTo: the words before a figure say "the number of <things>
// … has risen to" it, in one clause; the key is the things'.
func numberOfRisenTo(s string, before []Word) (string, bool) {
	n := len(before)
	if n < 5 || Fold(before[n-1].Text) != "to" || !englishRiseVerbs[Fold(before[n-2].Text)] {
		return "", false
	}
	for j := n - 3; j >= 2 && j >= n-16; j-- {
		if clauseBreak(s[before[j].End:before[j+1].Start]) {
			return "", false
		}
		if Fold(before[j].Text) == "of" && Fold(before[j-1].Text) == "number" {
			f := Fold(before[j+1].Text)
			if syn, ok := countSynonyms[f]; ok {
				f = syn
			}
			if !strings.HasSuffix(f, "s") || peopleNouns[f] && genericPeople[f] {
				return "", false
			}
			return "number of " + f, true
		}
	}
	return "", false
}

var englishRiseVerbs = setOfWords(`risen rose climbed increased grown grew jumped reached`)

// namedRate keys a percentage by the rate it is the level of ("the
// unemployment rate holding at 4.4%" · "The jobless rate, at 4.1%", "la
// tasa de desempleo se situó en el 7,1%"): the rate named within a few
// words before it, its clause's. A change of a rate ("fell by 0.2
// points") is no level.
func namedRate(lang, s string, q Quantity) (string, bool) {
	if q.Kind != "percent" || q.Start > len(s) || !strings.Contains(s, "rate") && lang == "" {
		return "", false
	}
	before := Words(s[:q.Start])
	n := len(before)
	for j := n - 1; j >= 0 && j >= n-6; j-- {
		if j < n-1 && clauseBreak(s[before[j].End:before[j+1].Start]) && !strings.HasPrefix(strings.TrimSpace(s[before[j].End:before[j+1].Start]), ",") {
			return "", false
		}
		f := Fold(before[j].Text)
		if f == "by" || f == "from" || f == "points" || f == "punti" || f == "punkte" || f == "puntos" {
			return "", false
		}
		if lang == "" && (f == "rate" || f == "rates") && j >= 1 {
			if kind, ok := rateKinds[Fold(before[j-1].Text)]; ok {
				return kind + " rate (%)", true
			}
			return "", false
		}
		if lang != "" && unemploymentWords[f] {
			return "unemployment rate (%)", true
		}
	}
	return "", false
}

// rateKinds are the rates a level is told of in English, by the word
// before "rate" (folded), each by one name.
var rateKinds = map[string]string{"unemployment": "unemployment", "jobless": "unemployment", "employment": "employment",
	"inflation": "inflation", "vacancy": "vacancy", "poverty": "poverty", "participation": "participation",
	"savings": "savings", "mortgage": "mortgage", "default": "default", "occupancy": "occupancy",
	"positivity": "positivity", "vaccination": "vaccination", "literacy": "literacy", "mortality": "mortality",
	"fertility": "fertility", "homeownership": "homeownership", "approval": "approval"}

// unemploymentWords name unemployment in the other languages read.
var unemploymentWords = setOfWords(`desempleo paro chomage disoccupazione desemprego desocupacion arbeitslosenquote arbeitslosenrate
	werkloosheid werkloosheidsgraad`)

// coastLength: the length q of s is of a coast or its beaches ("9
// chilometri di costa", "sur une trentaine de kilomètres" of "le
// littoral", "40 miles of coastline"): a coast word within the few words
// after the unit or before the figure, in its clause.
func coastLength(s string, q Quantity) (string, bool) {
	if q.Kind != "count" || q.End > len(s) || q.Start > len(s) {
		return "", false
	}
	u := foreignUnitOf(s, q)
	if u == "" {
		if after := firstWords(s[q.End:], 1); len(after) == 1 && after[0].Start == 1 {
			switch Fold(after[0].Text) {
			case "km", "kilometres", "kilometers":
				u = "kilometres"
			case "miles":
				u = "miles"
			}
		}
	}
	if u != "kilometres" && u != "miles" {
		return "", false
	}
	after := firstWords(s[q.End:], 5)
	// ("a 20 miglia dalla costa", "a 26 millas náuticas de la costa",
	// "40 miles off the coast": how far from it, no length of it)
	if distanceFrom(s, q) {
		return "", false
	}
	for i := 1; i < len(after); i++ {
		if clauseBreak(s[q.End+after[i-1].End : q.End+after[i].Start]) {
			break
		}
		f := Fold(after[i].Text)
		if fromCoastWords[f] || (f == "de" || f == "di" || f == "of") && i+1 < len(after) && coastArticles[Fold(after[i+1].Text)] {
			return "", false
		}
		if coastWords[f] {
			return "length of coast (" + u + ")", true
		}
	}
	before := Words(s[:q.Start])
	for j := len(before) - 1; j >= 0 && j >= len(before)-6; j-- {
		if j+1 < len(before) && clauseBreak(s[before[j].End:before[j+1].Start]) {
			break
		}
		if coastWords[Fold(before[j].Text)] {
			return "length of coast (" + u + ")", true
		}
	}
	return "", false
}

// fromCoastWords say "from" or "off" a place (folded).
var fromCoastWords = setOfWords(`from off dalla dal dallo dai dalle del du des do da van vom von`)

// coastArticles stand between "de" and a coast it is measured from.
var coastArticles = setOfWords(`the la le il lo las los les el a o as os die der het`)

// coastWords name a coast or its beaches in the languages read (folded).
var coastWords = setOfWords(`coast coastline coastlines shoreline beaches costa costas litoral litorale litorali cote cotes littoral
	kuste kusten kustlijn kust spiaggia spiagge playas plages strand stranden`)

// fallHeight: the length q of s is how far something fell: a verb of
// falling right before it ("dropped some 25 metres", "fell about 18
// meters", "stürzten rund zwölf Meter in die Tiefe", "fielen aus etwa acht
// Metern Höhe", "precipitato per 30 metri").
func fallHeight(s string, q Quantity) bool {
	if q.Kind != "count" || q.End > len(s) || q.Start > len(s) {
		return false
	}
	after := firstWords(s[q.End:], 1)
	if len(after) == 0 || after[0].Start != 1 {
		return false
	}
	switch Fold(after[0].Text) {
	case "metres", "meters", "metre", "meter", "metern", "m", "metros", "metri", "mètres", "feet", "ft":
	default:
		return false
	}
	if strings.HasSuffix(strings.TrimSpace(s[:q.Start]), "(") {
		return false // "about 18 meters (59 feet)": the same in another unit
	}
	before := Words(s[:q.Start])
	for j, n := len(before)-1, 0; j >= 0 && n < 4; j, n = j-1, n+1 {
		if j+1 < len(before) && clauseBreak(s[before[j].End:before[j+1].Start]) {
			return false
		}
		if fallVerbs[Fold(before[j].Text)] {
			return true
		}
	}
	return false
}

// fallVerbs tell a fall in the languages read (folded).
var fallVerbs = setOfWords(`fell dropped plunged plummeted tumbled falling dropping plunging stürzten sturzten sturzte fielen fiel
	abgesturzt gesturzt precipitato precipitata precipitati caduto caduta caduti cayo cayeron cayó precipito despeno despenaron
	tombe tombee tombes chute caiu cairam despencou viel vielen stortte stortten`)

// presentIn: the count q of s counts people who were at a place, told
// by a verb of being there and the place after it ("Douze personnes,
// alpinistes …, se trouvaient alors dans le refuge" · "Quinze personnes
// passaient la nuit dans le refuge"; "14 people were inside the hut"):
// the key names the place's noun.
func presentIn(s string, q Quantity) (string, bool) {
	if q.Kind != "count" || q.End > len(s) {
		return "", false
	}
	// (the cheap test first: a people noun right after the figure)
	if first := firstWords(s[q.End:], 1); len(first) == 0 || first[0].Start != 1 || !peopleNouns[Fold(first[0].Text)] && !foreignPeople[Fold(first[0].Text)] {
		return "", false
	}
	after := firstWords(s[q.End:], 24)
	if len(after) < 4 {
		return "", false
	}
	rest := s[q.End:]
	gap := func(i int) string { return rest[after[i-1].End:after[i].Start] }
	verb := -1
	commas := 0
	for i := 1; i < len(after) && i <= 16; i++ {
		if g := gap(i); clauseBreak(g) {
			// (an insert between commas, a list of who they were:
			// "Douze personnes, alpinistes, guides et le gardien,
			// se trouvaient")
			if strings.TrimSpace(g) != "," || commas == 3 {
				return "", false
			}
			commas++
		}
		if presenceVerbs[Fold(after[i].Text)] {
			verb = i
			break
		}
	}
	if verb < 0 {
		return "", false
	}
	for i := verb + 1; i < len(after) && i <= verb+5; i++ {
		if clauseBreak(gap(i)) {
			return "", false
		}
		if !placeIns[Fold(after[i].Text)] {
			continue
		}
		k := i + 1
		for k < len(after) && (coastArticles[Fold(after[k].Text)] || Fold(after[k].Text) == "l'") {
			k++
		}
		if k < len(after) && !clauseBreak(gap(k)) {
			n := afterElision(Fold(after[k].Text))
			if len(n) >= 3 && !IsStop(n) {
				return "people in the " + n, true
			}
		}
		return "", false
	}
	return "", false
}

// presenceVerbs say people were somewhere (folded).
var presenceVerbs = setOfWords(`trouvaient trouvait passaient etaient encontraban estaban pasaban trovavano erano
	befanden aufhielten waren bevonden zaten verbleven estavam encontravam were stayed sheltering`)

// placeIns put people inside a place, in the languages read (folded).
var placeIns = setOfWords(`dans en in nel nella nello im inside no na dentro`)

// strikersCount: the count q of s is the number of strikers: counted by
// their noun ("1.200 Streikende", "3 000 grévistes", "800 huelguistas"),
// named before it ("bezifferten die Zahl der Streikenden … auf etwa
// 3.800", "le nombre de grévistes s'élève à"), or people taking part in
// a strike ("beteiligten sich landesweit rund 4.500 Menschen an dem
// Ausstand", "4,500 workers took part in the walkout").
func strikersCount(s string, q Quantity) bool {
	if q.Kind != "count" || q.End > len(s) || q.Start > len(s) || !anyWord(s, func(f string) bool { return strikeNouns[f] || strikerWords[f] }) {
		return false
	}
	before := Words(s[:q.Start])
	// ("vor rund 900 Streikenden in Ulm": an audience, a part)
	for j := len(before) - 1; j >= 0 && j >= len(before)-2; j-- {
		if audienceWords[Fold(before[j].Text)] {
			return false
		}
	}
	after := firstWords(s[q.End:], 10)
	if len(after) > 0 && after[0].Start == 1 && strikerWords[Fold(after[0].Text)] {
		return true
	}
	for j := len(before) - 1; j >= 1 && j >= len(before)-8; j-- {
		if j+1 < len(before) && clauseBreak(s[before[j].End:before[j+1].Start]) {
			break
		}
		if strikerWords[Fold(before[j].Text)] && numberOfWords[Fold(before[j-1].Text)] ||
			strikerWords[Fold(before[j].Text)] && j >= 2 && numberOfWords[Fold(before[j-2].Text)] {
			return true
		}
	}
	// people, then taking part, then the strike, in one clause
	if len(after) == 0 || after[0].Start != 1 || !peopleNouns[Fold(after[0].Text)] && !foreignPeople[Fold(after[0].Text)] {
		return false
	}
	part := false
	for i := 1; i < len(after); i++ {
		if clauseBreak(s[q.End+after[i-1].End : q.End+after[i].Start]) {
			return false
		}
		f := Fold(after[i].Text)
		part = part || partakeWords[f]
		if part && strikeNouns[f] {
			return true
		}
	}
	// (the verb before the people: "beteiligten sich landesweit rund
	// 4.500 Menschen an dem Ausstand")
	for j := len(before) - 1; j >= 0 && j >= len(before)-5; j-- {
		if partakeWords[Fold(before[j].Text)] {
			for _, w := range after[1:] {
				if strikeNouns[Fold(w.Text)] {
					return true
				}
			}
		}
	}
	return false
}

var (
	strikerWords = setOfWords(`strikers streikende streikenden grevistes huelguistas scioperanti grevistas stakers stakende`)
	strikeNouns  = setOfWords(`strike strikes walkout stoppage streik warnstreik ausstand arbeitsniederlegung greve greves huelga huelgas
		sciopero scioperi staking stakingen`)
	partakeWords = setOfWords(`part participated joined beteiligten beteiligt teilgenommen nahmen participe participaron participaram
		aderito partecipato deelgenomen namen`)
	numberOfWords = setOfWords(`zahl number nombre numero número aantal`)
	audienceWords = setOfWords(`vor before devant ante davanti voor diante`)
)

// waterLevelOf: the length q of s is a river's, a lake's or the sea's
// level, told by what it reached ("the river crested at 8.2 metres",
// "de Maas bereikte een piek van 4,10 meter", "la marea ha toccato 1,30
// metri"), not a forecast's, a normal one's or a threshold's. Its key
// names no unit, so that "1,30 metri" and "128 centimetri" meet.
func waterLevelOf(s string, q Quantity) bool {
	if q.Kind != "count" || q.End > len(s) {
		return false
	}
	after := firstWords(s[q.End:], 1)
	if len(after) == 0 || after[0].Start > 1 || unitSize[lengthStem(Fold(after[0].Text))].measure != "length" {
		return false
	}
	// (the forecast's words in the figure's own clause: "secondo i dati
	// del Centro previsioni" names who measured)
	if !containsAnyWord(s, waterWords...) || containsAnyWord(clauseAround(s, q.Start, q.End), levelForecastWords...) {
		return false
	}
	before := Words(s[:q.Start])
	// (German puts its verb second, far from the figure: "Den Höchststand
	// erreichte die Vils in der Nacht zum Donnerstag mit 4,29 Metern")
	for i, n := len(before)-1, 0; i >= 0 && n < 12; i, n = i-1, n+1 {
		// (a colon just before the figure gives it: "de hoogste waterstand
		// werd bereikt: 4,10 meter")
		if i+1 < len(before) && clauseBreak(s[before[i].End:before[i+1].Start]) || i+1 == len(before) && strings.TrimSpace(s[before[i].End:q.Start]) != ":" && clauseBreak(s[before[i].End:q.Start]) {
			return false
		}
		w := Fold(before[i].Text)
		if normalLevelWords[w] {
			return false // "normal sind dort etwa 1,20 Meter"
		}
		if levelReachWords[w] {
			return true
		}
	}
	return false
}

// lengthStem is the unitSize key of a length unit's word ("metri",
// "Meter", "centimètres", "cm").
func lengthStem(w string) string {
	switch {
	case w == "m" || w == "cm" || w == "ft" || w == "feet" || w == "foot":
		return w
	case strings.HasPrefix(w, "centim") || strings.HasPrefix(w, "zentim"):
		return "cm"
	case strings.HasPrefix(w, "met"):
		return "m"
	}
	return ""
}

var (
	// waterWords name the water whose level a sentence tells.
	waterWords = strings.Fields(`river water tide sea lake gauge rivier water waterstand peil zee meer fluss wasser pegel wasserstand
		see meer rivière fleuve eau crue marée mer lac fiume acqua marea mare lago idrometro río rio agua marea mar lago embalse água maré
		rivers tides rivieren flüsse rivières fleuves crues marées fiumi maree ríos rios mareas marés höchststand pegelstand scheitel`)
	// levelForecastWords say a level is foreseen, not measured.
	levelForecastWords = strings.Fields(`forecast forecasts expected predicted could would may might verwacht verwachting voorspeld erwartet prognose vorhergesagt
		prévision prévisions prévu prévue attendu previsione previsioni prevede previsto prevista pronóstico pronostico previsión prevé previsão prevê`)
	// levelReachWords say a level was reached or measured.
	levelReachWords = setOfWords(`reached peaked crested topped hit stood rose registered recorded level peak crest
		bereikte bereikt piek peil maximumpeil waterstand stand steeg stond gemeten
		erreichte erreicht erreichten pegel pegelstand wasserstand stieg kletterte hochststand scheitel gemessen
		atteint atteignait culmine culmine niveau pic cote monte montee enregistre
		toccato raggiunto registrato livello picco colmo salito arrivata arrivato
		alcanzo alcanzado llego nivel pico registro subio cota
		atingiu chegou nivel nivel pico registou registrou subiu cota`)
	// normalLevelWords set a level apart as the usual or a threshold.
	normalLevelWords = setOfWords(`normal normally usual usually normaal normaliter gewohnlich ublich normalerweise normalement habituellement
		normale normalmente solito normalmente habitual alarm alarmpeil alerte allarme alerta alarme warning waarschuwing warnstufe`)
)

// snowDepthOf: the length q of s is a depth of snow, the snow named just
// after its unit ("70 Zentimeter Neuschnee", "60 cm de neige fraîche",
// "1,2 metri di neve") or just before it, not a forecast's. Its key names no unit, so that
// "70 Zentimeter" and "1,1 Meter" meet.
func snowDepthOf(s string, q Quantity) bool {
	if q.Kind != "count" || q.End > len(s) {
		return false
	}
	after := firstWords(s[q.End:], 4)
	if len(after) < 2 || after[0].Start > 1 || unitSize[lengthStem(Fold(after[0].Text))].measure != "length" {
		return false
	}
	if containsAnyWord(clauseAround(s, q.Start, q.End), levelForecastWords...) {
		return false
	}
	for _, w := range after[1:] {
		f := afterElision(Fold(w.Text))
		if snowWords[f] {
			return true
		}
		if !snowLinks[f] {
			break
		}
	}
	// or just before it: "une bordée de neige record de 48 cm"
	before := Words(s[:q.Start])
	for i, n := len(before)-1, 0; i >= 0 && n < 4; i, n = i-1, n+1 {
		if i+1 < len(before) && clauseBreak(s[before[i].End:before[i+1].Start]) || i+1 == len(before) && clauseBreak(s[before[i].End:q.Start]) {
			return false
		}
		if f := Fold(before[i].Text); snowWords[f] {
			return true
		} else if altitudeLinks[f] {
			return false // "Schnee oberhalb von 1500 Metern"
		}
	}
	return false
}

// altitudeLinks set a height above the sea apart from a depth.
var altitudeLinks = setOfWords(`above below over under oberhalb unterhalb uber ab boven onder au-dessus dessus dessous sopra sotto encima debajo acima abaixo`)

var (
	// snowWords name fallen snow; snowLinks join it to its depth ("of",
	// "de", "di", "fresh").
	snowWords = setOfWords(`snow snowfall neuschnee schnee neige nieve neve sneeuw`)
	snowLinks = setOfWords(`of fresh new de d di da fraiche fraiches fresca nueva fresco nova nuova verse`)
)

// foreignNumberOf reads what the count q of s counts when the other
// languages name it apart from the figure: as "the number of" it rose to
// ("Sale a otto il numero dei pazienti positivi", "el número de heridos
// ascendió a 12"), or after it ("Sono cinque i pazienti ricoverati", "Son
// doce los heridos").
func foreignNumberOf(lang, s string, q Quantity, before []Word) (string, bool) {
	if q.Kind != "count" || q.End > len(s) {
		return "", false
	}
	noun := func(w string) (string, bool) {
		f := Fold(w)
		r, _ := utf8.DecodeRuneInString(w)
		if len(f) < 4 || IsStopIn(lang, f) || !foreignPlural(lang, f) || foreignPeople[f] || lang != "de" && !unicode.IsLower(r) {
			return "", false
		}
		if syn, ok := foreignCountSynonyms[f]; ok {
			return "number of " + syn, true
		}
		return "number of " + w, true
	}
	after := firstWords(s[q.End:], 5)
	joined := func(ws []Word, base int, i int) bool { // no break between word i-1 and i
		return !clauseBreak(s[base+ws[i-1].End : base+ws[i].Start])
	}
	// "a otto il numero dei pazienti": the number named after the figure
	if len(after) >= 3 && articles[Fold(after[0].Text)] && numberOfWords[Fold(after[1].Text)] && joined(after, q.End, 1) && joined(after, q.End, 2) {
		i := 2
		if foreignPartOf[Fold(after[i].Text)] || partitiveArticles[Fold(after[i].Text)] {
			i++
		}
		if i < len(after) && joined(after, q.End, i) {
			return noun(after[i].Text)
		}
		return "", false
	}
	// "Huit des seize arrondissements", "tres de los cinco heridos": the
	// part is a count of the noun too (the whole is none: nounCountedIn)
	if len(after) >= 3 && after[0].Start == 1 && (foreignPartOf[Fold(after[0].Text)] || partitiveArticles[Fold(after[0].Text)]) {
		i := 1
		if articles[Fold(after[1].Text)] {
			i = 2 // "tres de los cinco heridos"
		}
		if i+1 < len(after) && figureWord(lang, after[i].Text) && joined(after, q.End, i) && joined(after, q.End, i+1) {
			return noun(after[i+1].Text)
		}
	}
	// "Sono cinque i pazienti", "Son doce los heridos"
	if n := len(before); n >= 1 && pluralCopulas[Fold(before[n-1].Text)] && !clauseBreak(s[before[n-1].End:q.Start]) &&
		len(after) >= 2 && articles[Fold(after[0].Text)] && joined(after, q.End, 1) && after[0].Start == 1 {
		return noun(after[1].Text)
	}
	// "il numero dei pazienti positivi è salito a otto": the number named
	// before the rise to the figure
	n := len(before)
	if n < 4 || !risePrepositions[Fold(before[n-1].Text)] {
		return "", false
	}
	for j := n - 2; j >= 1 && j >= n-14; j-- {
		if clauseBreak(s[before[j].End:before[j+1].Start]) {
			return "", false
		}
		if numberOfWords[Fold(before[j].Text)] && j+1 < n-1 {
			i := j + 1
			if foreignPartOf[Fold(before[i].Text)] || partitiveArticles[Fold(before[i].Text)] {
				i++
			}
			if i < n-1 {
				return noun(before[i].Text)
			}
		}
	}
	return "", false
}

var (
	articles          = setOfWords(`il el le la o a die het de i gli le los las os as les`)
	partitiveArticles = setOfWords(`dei degli delle della del des der dos das van`)
	pluralCopulas     = setOfWords(`sono son sont sao zijn sind`)
	risePrepositions  = setOfWords(`a para à auf naar op`)
)

// windForceOf: the count q of s is a wind's force on the Beaufort scale
// ("windkracht 8", "Windstärke 9", "un vent de force 8", "force 9 gale",
// "9 Beaufort").
func windForceOf(s string, q Quantity) bool {
	if q.Kind != "count" || q.End > len(s) || strings.ContainsAny(q.Text, ".,") {
		return false
	}
	if v, err := strconv.ParseFloat(q.Value, 64); err != nil || v < 1 || v > 12 {
		return false
	}
	if after := firstWords(s[q.End:], 1); len(after) == 1 && after[0].Start <= 1 && Fold(after[0].Text) == "beaufort" {
		return true
	}
	before := Words(s[:q.Start])
	if n := len(before); n >= 1 && !clauseBreak(s[before[n-1].End:q.Start]) {
		switch Fold(before[n-1].Text) {
		case "windkracht", "windstarke", "windstaerke":
			return true
		case "force", "forza", "fuerza", "forca":
			// ("force 10" of wind, not a police force's ten)
			return containsAnyWord(s, "wind", "winds", "gale", "gales", "vent", "vents", "vento", "venti", "viento", "vientos", "tempête", "tempesta", "temporal", "storm")
		}
	}
	return false
}

// compensationOf: the sum q of s is a compensation paid to victims or
// their families ("an ex gratia of Rs 5 lakh each", "compensation of Rs 4
// lakh", "una indemnización de 20.000 euros"), its word within the few
// words before it.
func compensationOf(s string, q Quantity) bool {
	if q.Kind != "money" || q.Start > len(s) {
		return false
	}
	before := Words(s[:q.Start])
	for k := len(before) - 1; k >= 0 && k >= len(before)-4; k-- {
		if k+1 < len(before) && clauseBreak(s[before[k].End:before[k+1].Start]) {
			return false
		}
		if compensationWords[Fold(before[k].Text)] {
			return true
		}
	}
	return false
}

// compensationWords name a sum paid to make good a loss, in the languages
// read.
var compensationWords = setOfWords(`compensation gratia indemnizacion indemnizaciones indemnisation indemnisations indemnite
	entschadigung entschadigungen schadevergoeding risarcimento indennizzo indenizacao indemnizacao`)

// thingMeasured is what a length measures, by the noun the figure is
// told of: a tunnel ("um túnel de 50 metros", "The tunnel was about 35
// metres long"), a traffic jam ("un bouchon de 14 kilomètres", "la file
// atteignait 22 km"), a breach ("La falla, lunga circa 30 metri", "uno
// squarcio di una cinquantina di metri") or a stretch of a river ("unos 27
// kilómetros del cauce"); "" for another. A story has one of each, which
// sources measure in their own words and units.
func thingMeasured(s string, q Quantity) string {
	end := min(q.End, len(s))
	// forward: the river the length runs along, or the thing it is of
	// ("jusqu'à 16 km de ralentissements", "negen kilometer file", "8
	// Kilometer Stau")
	after := firstWords(s[end:], 4)
	if len(after) >= 2 && after[0].Start <= 1 {
		k := 1
		of := false
		if f := Fold(after[k].Text); f == "de" || f == "of" || f == "del" || f == "du" || f == "della" || f == "dello" || f == "do" || f == "des" || f == "di" {
			k++
			of = true
			if k < len(after)-1 && articleWords[Fold(after[k].Text)] {
				k++
			}
		}
		if k < len(after) && !clauseBreak(s[end+after[0].End:end+after[k].Start]) {
			f := Fold(after[k].Text)
			switch {
			case of && riverWords[f]:
				return "stretch of river"
			case measuredThings[f] != "" && measuredThings[f] != "breach":
				return measuredThings[f]
			}
		}
	}
	// backward: the noun, past articles, hedges, "long" and a verb of
	// measuring
	head := s[:min(q.Start, len(s))]
	ws := Words(head)
	for k, n := len(ws)-1, 0; k >= 0 && n < 7; k, n = k-1, n+1 {
		f := Fold(ws[k].Text)
		next := len(head)
		if k+1 < len(ws) {
			next = ws[k+1].Start
		}
		// (a comma only after the noun itself: "La falla, lunga circa 30
		// metri")
		if g := head[ws[k].End:next]; clauseBreak(g) && !(strings.TrimSpace(g) == "," && measuredThings[f] != "") {
			return ""
		}
		if c := measuredThings[f]; c != "" {
			return c
		}
		if !lengthLeadIns[f] && !articleWords[f] && !hedgeWords[f] && !foreignHedges[f] && !boundLeadIns[f] {
			return ""
		}
	}
	return ""
}

// measuredThings are the nouns of a story's one tunnel, traffic jam or
// breach, in the languages read (folded), and what they are.
var measuredThings = invertWords(map[string]string{
	"tunnel":      "tunnel tunnels tunel tuneis galleria stollen",
	"traffic jam": "jam jams tailback tailbacks bouchon bouchons embouteillage embouteillages ralentissements file stau staus ruckstau atasco retencion retenciones coda engarrafamento congestionamento",
	"breach":      "breach gap falla squarcio rotta breccia breche brecha rombo bresche dammbruch deichbruch",
})

// riverWords name a river or its bed (folded).
var riverWords = setOfWords(`river rio fiume fleuve riviere cauce alveo leito flusses flussbett rivier`)

// articleWords are the articles and the determiners of one, in the
// languages read (folded).
var articleWords = setOfWords(`a an the un una uno une um uma el la le lo il l o os los las les der die das den dem ein eine einen einem einer een de het`)

// lengthLeadIns may stand between a thing and its length: "of", "long",
// and the verbs of measuring and reaching (folded).
var lengthLeadIns = setOfWords(`of de di d da von van du del della lunga lungo long longue lang lange langen largo larga
	had has was is tinha tem era e medía media mide mesure mesurait misura misurava atteignait atteint reached reaches
	alcanzaba alcanzo alcanza raggiungeva raggiunge erreichte erreicht bereikte measured measures stretched s'etendait`)

// belowGround: the length q of s is told as how deep under the ground
// ("1.6 kilometres below the surface", "1 100 mètres sous terre", "in
// 900 Metern unter Tage").
func belowGround(s string, q Quantity) bool {
	ws := firstWords(s[min(q.End, len(s)):], 4)
	if len(ws) < 2 || ws[0].Start > 1 {
		return false
	}
	var b strings.Builder
	for i, w := range ws[1:] {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(Fold(w.Text))
	}
	rest := b.String()
	for _, p := range belowGroundPhrases {
		if rest == p || strings.HasPrefix(rest, p+" ") {
			return true
		}
	}
	return false
}

// belowGroundPhrases say "under the ground" in the languages read (folded).
var belowGroundPhrases = []string{"underground", "below ground", "below the surface", "beneath the surface", "under ground",
	"bajo tierra", "bajo la superficie", "sous terre", "sous la surface", "sottoterra", "sotto terra", "sotto la superficie",
	"debaixo da terra", "abaixo da superficie", "unter tage", "unter der erde", "unter der oberflache", "onder de grond", "ondergronds"}

// lastWords are the last n words of s.
func lastWords(s string, n int) []Word {
	ws := Words(s)
	return ws[max(0, len(ws)-n):]
}
