package claim

import (
	"crossread/number"
	"math"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"crossread"
)

// KindToll is a discrepancy in how many people an event killed, injured,
// displaced…, or in a vote's or a match's split ("7-2", "6-3"): the
// figures outlets most often report differently, and in sentences too
// unlike each other for the quantity pass to pair.
const KindToll = "toll"

// tollWords are the words news English reports a human toll with, and the
// toll each names (the main European languages' are added in init). Arrests
// and rescues are left out: outlets count them over different nights and
// places too often ("46 were arrested Wednesday night", "over 50 arrests
// over four nights").
var tollWords = map[string]string{
	"died": "death toll", "die": "death toll", "dies": "death toll", "dead": "death toll", "killed": "death toll", "killing": "death toll",
	"kills": "death toll", "deaths": "death toll", "toll": "death toll", "fatalities": "death toll",
	"perished": "death toll", "lives": "death toll", "bodies": "death toll", "drowned": "death toll",
	"injured": "injured", "wounded": "injured", "hurt": "injured", "injuring": "injured",
	"wounding": "injured", "injuries": "injured", "hospitalised": "hospitalized", "hospitalized": "hospitalized",
	"missing": "missing", "unaccounted": "missing", "trapped": "trapped", "trapping": "trapped",
	"evacuated": "displaced or evacuated", "displaced": "displaced or evacuated", "evacuation": "displaced or evacuated",
	"evacuees": "displaced or evacuated", "homeless": "displaced or evacuated",
	"hostage": "hostages", "kidnapped": "hostages", "abducted": "hostages", "seized": "hostages",
	"sickened": "sickened", "ill": "sickened", "illnesses": "sickened", "sickening": "sickened",
	"survivors": "rescued or survived",
	"cases":     "cases", "diagnosed": "cases", "infections": "cases",
	"treated": "treated",
}

// hospitalWords and hospitalTo: taken to hospital, in the languages read
// (folded).
var (
	hospitalWords = setOfWords(`hospital hospitals hopital hopitaux hospitales ospedale ospedali hospitais ziekenhuis ziekenhuizen
		krankenhaus krankenhauser klinik kliniken spital spitaler chu chr chru clinique clinica policlinico urgences urgencias urgencia urgenze`)
	hospitalTo = setOfWords(`a al au aux ao ospedale naar`)
)

// bodyWords are the dead found, as recoveries count them.
var bodyWords = setOfWords(`bodies corpi cuerpos corps corpos leichen lichamen cadaveri cadaveres cadavres`)

// addedWords say others were added to a count.
var addedWords = []string{"aggiunti", "aggiunte", "aggiunto", "aggiunta", "sumado", "sumaron", "añadido", "ajouté", "ajoutés", "ajoutées", "ajoutent", "added", "hinzu"}

// youngOrOld are the people "of 17" gives an age to; partitives make a
// count a part of what follows ("two of the dead", "Due delle vittime").
var (
	youngOrOld = setOfWords(`girl boy man woman teenager child baby person pensioner`)
	partitives = setOfWords(`of de des del delle degli dei della dos das der van`)
)

// countRangeOpeners and countRangeJoiners frame a range: "tra 79 e 96", "entre 78
// y 96", "zwischen 20 und 30".
var (
	countRangeOpeners = setOfWords(`between tra fra entre zwischen tussen`)
	countRangeJoiners = setOfWords(`and e y et und en a`)
)

// seriousWords after the injured make them the seriously injured, in the
// other languages read (folded).
var seriousWords = setOfWords(`graves grave gravi gravissimi gravissimes`)

// minorInjuries: the injured counted at word k had light injuries, said
// within the next few words ("hadden lichte verwondingen", "presentan
// lesiones leves").
func minorInjuries(ws []Word, k int, gap func(i, j int) string) bool {
	for j := k + 1; j+1 < len(ws) && j <= k+4 && !clauseBreak(gap(j-1, j)); j++ {
		a, b := Fold(ws[j].Text), Fold(ws[j+1].Text)
		if minorWords[a] && injuryNouns[b] || injuryNouns[a] && minorWords[b] {
			return true
		}
	}
	return false
}

var (
	minorWords  = setOfWords(`minor light slight lichte leichte leichten leves leve lievi lieve legeres`)
	injuryNouns = setOfWords(`injuries verwondingen verletzungen lesiones heridas ferite blessures ferimentos lesoes`)
)

// seriousBefore before the injured make them the seriously injured
// (folded): "schwere Verletzungen", "zware verwondingen", "serious injuries".
var seriousBefore = setOfWords(`schwere schweren serious severe critical zware ernstige schwer lebensgefahrlich seriously critically severely gravemente grievement ernstig`)

// tollVerbBefore: w, right before a count, is a verb of the count's toll
// ("killed 14", "sickening 241").
func tollVerbBefore(w string) bool {
	return tollWords[w] != "" && (strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing"))
}

// homeNouns and leaveVerbs: leaving one's home, in the other languages
// read.
var homeNouns = map[string]bool{"case": true, "casa": true, "casas": true, "hogares": true, "viviendas": true, "lieux": true,
	"maisons": true, "domicile": true, "domiciles": true, "logements": true, "lares": true, "abitazioni": true,
	"logement": true, "maison": true, "hogar": true, "vivienda": true, "abitazione": true, "residencias": true}

// possessives before a home: "sus casas", "leurs maisons", "le loro case".
var possessives = setOfWords(`sus su leurs leur loro suas seus ihre ihren hun`)

var leaveVerbs = map[string]bool{"lasciare": true, "lasciato": true, "abbandonare": true, "abbandonato": true,
	"abandonar": true, "abandonaron": true, "dejar": true, "dejaron": true, "quitter": true, "quitte": true,
	"fuir": true, "deixar": true, "deixaram": true, "deixam": true, "abandonaram": true,
	"allontanare": true, "allontanate": true, "allontanati": true, "allontanato": true}

// evacuateInfinitives: to evacuate, in the other languages read (folded).
var evacuateInfinitives = setOfWords(`desalojar evacuar evacuer evacuare`)

// buildingNouns: a building people are made to leave, in German (folded).
var buildingNouns = setOfWords(`gebaude klassenraume schule schulen halle hallen`)

// inAll: two words that say "in all" ("en total", "au total", "in
// totale", "in totaal", "no total").
func inAll(a, b string) bool {
	return (a == "en" || a == "au" || a == "in" || a == "no") && (b == "total" || b == "totale" || b == "totaal") || a == "insgesamt"
}

// dutchHomes: a home in Dutch (folded).
var dutchHomes = setOfWords(`woning woningen huis huizen huisje`)

var germanHomes = map[string]bool{"wohnungen": true, "hauser": true, "hausern": true, "hausen": true,
	"heimen": true, "heime": true, "dorfer": true, "dorfern": true}

// peopleNouns are what a human toll counts. The generic ones can be
// compared with each other; a specific one ("children") only with itself,
// since it may be a part of the others' count.
var peopleNouns = map[string]bool{
	"people": true, "persons": true, "person": true, "individuals": true, "residents": true, "inhabitants": true,
	"civilians": true, "children": true, "adults": true, "men": true, "women": true, "soldiers": true,
	"troops": true, "officers": true, "police": true, "policemen": true, "firefighters": true,
	"rescuers": true, "workers": true, "miners": true, "passengers": true, "migrants": true,
	"refugees": true, "villagers": true, "tourists": true, "students": true, "pupils": true,
	"patients": true, "victims": true, "pilgrims": true, "fans": true, "protesters": true,
	"demonstrators": true, "militants": true, "fighters": true, "hostages": true, "prisoners": true,
	"inmates": true, "journalists": true, "crew": true, "climbers": true, "hikers": true, "participants": true, "volunteers": true,
	"skiers": true, "snowboarders": true, "mountaineers": true, "divers": true, "swimmers": true, "cyclists": true,
	"pedestrians": true, "motorists": true, "drivers": true, "farmers": true, "fishermen": true,
	"runners": true, "competitors": true, "athletes": true, "spectators": true, "guests": true, "employees": true, "staff": true,
	"visitors": true, "festivalgoers": true, "concertgoers": true,
}

var genericPeople = map[string]bool{"": true, "people": true, "persons": true, "person": true,
	"individuals": true, "residents": true, "inhabitants": true}

// tollLinks may stand between a count and the word that says what it
// counts ("14 people have died", "three remain missing").
var tollLinks = map[string]bool{
	"have": true, "has": true, "had": true, "were": true, "was": true, "are": true, "is": true,
	"been": true, "be": true, "remain": true, "remained": true, "still": true,
	"reportedly": true, "confirmed": true, "reported": true, "later": true, "who": true,
	"being": true, "now": true, "all": true, "believed": true, "feared": true, "left": true,
}

// tollStops end the clause a count's toll word is looked for in.
var tollStops = map[string]bool{
	"and": true, "but": true, "while": true, "as": true, "after": true, "before": true, "when": true,
	"with": true, "including": true, "whereas": true, "although": true, "though": true, "or": true,
}

// The tolls of Spanish, French, German, Italian and Portuguese news: a
// story told in them gets its discrepancies too ("46 muertos" · "51
// muertos").
func init() {
	for toll, words := range map[string]string{
		"death toll": "muertos muertas fallecidos fallecidas murieron murió fallecieron morts mortes tué tuée tués tuées décès muerte muerto muerta fallecido fallecida " +
			"cuerpos cadáveres corps cadavres corpi cadaveri corpos cadáveres leichen lichamen " +
			"tote toten getötet gestorben starben morti morte deceduti decedute annegati annegate vittime mortos mortas morreram doden omgekomen levens overleden " +
			"mortes óbitos obitos faleceram décédé décédée décédés décédées fallecimientos todesopfer decessi decesos todesfälle sterfgevallen",
		// (those "atendidas" by the emergency services are the hurt they treated)
		"injured": "heridos heridas lesionados lesionadas blessés blessées verletzte verletzten verletzt feriti ferite feridos feridas gewonden gewond verwondingen " +
			"atendidas atendidos " +
			"ferimentos lesiones blessures verletzungen lichtgewond lichtgewonden",
		// (a compound's seriously injured are a count of their own, within the injured)
		"seriously injured": "zwaargewonden zwaargewond schwerverletzte schwerverletzten schwerstverletzte",
		// ("soccorsi per intossicazione", "atendidos por intoxicación": treated for it)
		"sickened": "intossicati intossicate intoxicados intoxicadas intoxiqués intoxiquées vergiftet " +
			"intossicazione intoxicación intoxicação incommodés incommodées",
		"hospitalized": "ricoverati ricoverate hospitalizados hospitalizadas ingresados ingresadas hospitalisés hospitalisées internados internadas hospitalisiert",
		"missing":      "desaparecidos desaparecidas disparus disparues vermisste vermissten vermisst dispersi disperse vermisten",
		// (German's participle only: "Zwei Verschüttete überlebten" counts a part of the buried)
		"trapped": "atrapados atrapadas piégés piégées coincés coincées eingeschlossen verschüttet " +
			"intrappolati intrappolate soterrados soterradas encurralados ingesloten",
		"hostages": "enleves enlevees kidnappes kidnappees otages secuestrados secuestradas rehenes sequestrati sequestrate rapiti rapite ostaggi " +
			"sequestrados sequestradas refens entfuhrt entfuhrte geiseln gegijzeld ontvoerd ontvoerde gijzelaars",
		"cases": "casos cas casi falle gevallen infectados infectadas contagiados contagiadas infizierte erkrankte erkrankten erkrankt besmettingen besmet ziek infecties infektionen infecciones infezioni infeccoes",
		"rescued or survived": "superstiti sopravvissuti salvati sobrevivientes supervivientes rescatados rescatadas survivants rescapes rescapés " +
			"uberlebende überlebende gerettet gerettete overlevenden gered geredde sobreviventes resgatados resgatadas",
		"displaced or evacuated": "evacuados evacuadas desplazados desalojados évacués évacuées déplacés evakuiert " +
			"sfollati evacuati evacuato evacuata evacuo evacuaron evacue evacuees desabrigados desalojadas " +
			"evacuadas retiradas geevacueerd",
	} {
		for _, w := range strings.Fields(words) {
			tollWords[Fold(w)] = toll // (words are looked up folded: "murió" as "murio")
		}
	}
	for _, w := range strings.Fields("personas personnes menschen personen persone pessoas habitantes residentes vecinos einwohner abitanti mensen inwoners bewoners " +
		"anwohner anwohnern bewohner bewohnern bürger habitants résidents riverains residenti moradores") {
		peopleNouns[Fold(w)], genericPeople[Fold(w)] = true, true
	}
	// the specific groups, as in English: compared with the generic
	// people only when a story's every count names the one group
	for _, w := range strings.Fields("migrantes inmigrantes refugiados niños menores pasajeros ocupantes tripulantes mineros soldados militares " +
		"turistas vacacionistas veraneantes trabajadores civiles policías agentes gendarmes guardias custodios funcionarios bomberos montañeros alpinistas esquiadores excursionistas " +
		"migrants enfants passagers occupants soldats touristes vacanciers ouvriers travailleurs humanitaires civils policiers pompiers réfugiés alpinistes randonneurs skieurs mineurs hommes femmes " +
		"migranten flüchtlinge kinder passagiere insassen soldaten touristen arbeiter bergleute zivilisten polizisten " +
		"skifahrer bergsteiger wanderer skitourengeher tourengeher " +
		"migranti profughi bambini passeggeri occupanti soldati turisti operai minatori civili escursionisti sciatori naufraghi scialpinisti alpinisti " +
		"crianças passageiros ocupantes soldados turistas trabalhadores mineiros civis pescadores fahrgäste reisende " +
		"kinderen passagiers inzittenden soldaten toeristen agenten politieagenten brandweerlieden brandweerlui " +
		"bombeiros polícias policiais militares " +
		"presos reos internos reclusos detenidos detentos détenus prisonniers detenuti carcerati häftlinge gefangene gedetineerden " +
		"pacientes pazienti patienten patientinnen patiënten invitados invitati convidados invités gäste gasten medewerkers empleados dipendenti employés funcionários " +
		"corredores coureurs läufer hardlopers concorrenti competidores " +
		"torcedores hinchas aficionados tifosi supporters fans " +
		"besucher besucherinnen visiteurs visitantes visitatori bezoekers festivalbesucher " +
		"bewohner bewohnerinnen einwohner einwohnerinnen anwohner anwohnerinnen " +
		"clients clientes clienti huéspedes hóspedes ospiti hotelgäste hotelgasten " +
		"schüler schülerinnen schülern leerlingen alumnos élèves alunni alunos écoliers écolières enfants niños estudiantes estudantes studenti étudiants " +
		"menores minori mineurs minderjährige minderjarigen mujeres femmes donne mulheres frauen vrouwen") {
		peopleNouns[Fold(w)] = true
	}
	for _, w := range strings.Fields("los las el la les des de der den i gli le os as han ha fueron sido ont été sont sind " +
		"wurden haben hanno sono stati foram são se het zijn werden is risultano risulta restano resultaron quedaron " +
		"siguen sigue permanecen continúan están estaban restent demeurent bleiben gelten als continuano rimangono " +
		"continuam permanecem seguem estão ficaram ficou encuentran encuentra encontram encontra") {
		tollLinks[Fold(w)] = true
	}
	// job cuts: "la suppression de 1 200 postes", "supprimer 1 500
	// emplois", "recortará 900 empleos", "streicht 2.000 Stellen"
	for _, w := range strings.Fields("postes emplois empleos puestos stellen arbeitsplätze posti empregos postos banen arbeidsplaatsen") {
		jobNouns[Fold(w)] = true
	}
	for _, w := range strings.Fields("suppression suppressions supprimer supprime supprimera supprimé suppriment recorte recortes recortar recortará " +
		"suprimir suprimirá despidos despedir eliminar eliminará streichen streicht gestrichen abbauen baut abbau tagli tagliare taglierà " +
		"licenziamenti cortar cortará demissões demitir schrappen schrapt ontslagen ontslaan") {
		cutWords[Fold(w)] = true
	}
	for _, w := range strings.Fields("y e et und o ou oder pero mais aber ma mas mientras tandis während mentre enquanto en maar terwijl") {
		tollStops[Fold(w)] = true
	}
}

// A toll figure, with how exactly it was given.
type tollFigure struct {
	x     *Sentence
	q     Quantity
	value float64
	noun  string
	bound int // -1 "up to / nearly", 0 exact, 1 "at least / more than", 2 "about"
}

// tollOf reads the count q of sentence s as a human toll: which toll,
// what it counts and whether it is a bound. ok is false when q counts
// something else, is a change ("rose by 3", "two more"), a part ("four of
// them") or no whole number.
func tollOf(s string, q Quantity) (toll, noun string, bound int, ok bool) {
	// "31 Tiere sind ums Leben gekommen", "die Zahl der getöteten Tiere
	// auf mehr als 40 gestiegen": animals are a toll of their own
	if q.Kind == "count" && animalsKilled(s, q) {
		switch hedgeOf(s, q) {
		case "lower":
			return "animals killed", "", 1, true
		case "upper":
			return "animals killed", "", -1, true
		case "rough":
			return "animals killed", "", 2, true
		}
		return "animals killed", "", 0, true
	}
	toll, noun, bound, ok = readToll(s, q)
	// "tres mineros que siguen atrapados", "14 others remain trapped":
	// those still trapped, of a count the rescue has cut
	if ok && toll == "trapped" && stillAfter(s, q) {
		toll = "still trapped"
	}
	// in an outbreak, the "affected" and those with symptoms are the
	// sickened ("ha afectado a 143 personas a bordo", "168 personas han
	// presentado síntomas", "La cifra de afectados asciende ya a 168")
	if q.Kind == "count" && (!ok || toll == "on board") && outbreakSentence(s) {
		if n, found := affectedInOutbreak(s, q); found {
			b := 0
			switch hedgeOf(s, q) {
			case "lower":
				b = 1
			case "upper":
				b = -1
			case "rough":
				b = 2
			}
			return "sickened", n, b, true
		}
	}
	// "of them" counts a part of a group named before: its dead, its
	// seriously hurt or those still in hospital are the toll's whole
	// ("Deux d'entre eux ont perdu la vie", "doce de ellas continúan
	// internadas"), its injured or its evacuated may be a part ("dos de
	// ellas fueron llevadas al hospital" of "tres personas resultaron
	// lesionadas")
	if ok && noun == "them" && !partCountsWhole[toll] {
		return "", "", 0, false
	}
	return toll, noun, bound, ok
}

// outbreakSentence: s tells of an outbreak of illness or a poisoning.
func outbreakSentence(s string) bool {
	return anyWord(s, func(f string) bool { return outbreakWords[f] })
}

var outbreakWords = setOfWords(`outbreak norovirus salmonella legionella gastroenteritis brote intoxicacion intoxicacao surto epidemie
	focolaio intossicazione ausbruch uitbraak foyer epidemia epidemic`)

// affectedInOutbreak: beside the figure q of s stands a word of the
// affected or of symptoms ("afectados", "betroffen", "symptoms"): before it
// in its clause (the verb or the count's noun), or after it within a few
// words. The noun is the people word right after the figure, if any.
func affectedInOutbreak(s string, q Quantity) (noun string, ok bool) {
	ws := Words(s)
	at, end := -1, len(ws)
	for i, w := range ws {
		if at < 0 && w.Start >= q.Start {
			at = i
		}
		if w.Start >= q.End {
			end = i
			break
		}
	}
	if at < 0 {
		return "", false
	}
	if end < len(ws) && (peopleNouns[Fold(ws[end].Text)] || foreignPeople[Fold(ws[end].Text)]) {
		noun = Fold(ws[end].Text)
	}
	for i := at - 1; i >= 0 && i >= at-8; i-- {
		if clauseBreak(s[ws[i].End:ws[i+1].Start]) {
			break
		}
		if affectedWords[Fold(ws[i].Text)] {
			return noun, true
		}
	}
	for k := end; k < len(ws) && k <= end+7; k++ {
		if k > end && clauseBreak(s[ws[k-1].End:ws[k].Start]) {
			break
		}
		if f := Fold(ws[k].Text); affectedWords[f] || symptomWords[f] {
			return noun, true
		}
	}
	return "", false
}

var (
	affectedWords = setOfWords(`affected afectado afectados afectadas afecto afectaron afetado afetados afetadas afetou
		affecte affectes affectees touchees touches colpito colpiti colpite betroffen betroffene betroffenen getroffen
		contagiados contagiadas infectados infectadas infettati infectes infiziert besmet`)
	symptomWords = setOfWords(`symptoms sintomas symptomes sintomi symptome symptomen`)
)

// animalsKilled: the count q of s counts animals (the noun right after
// it, or before a rise to it) in a sentence telling of death.
func animalsKilled(s string, q Quantity) bool {
	if q.Start > len(s) || q.End > len(s) {
		return false
	}
	animal := false
	if ws := firstWords(s[q.End:], 2); len(ws) > 0 && ws[0].Start <= 1 {
		animal = animalNouns[Fold(ws[0].Text)] || len(ws) == 2 && animalNouns[Fold(ws[1].Text)] && !peopleNouns[Fold(ws[0].Text)]
	}
	if !animal {
		before := Words(s[:q.Start])
		n := len(before)
		rise := false
		for k := n - 1; k >= 0 && k >= n-4; k-- {
			rise = rise || riseTo[Fold(before[k].Text)]
		}
		// (a rise told by its verb: "auf drei Höfen" is where)
		rise = rise && anyWord(s, func(f string) bool { return riseVerbs[f] })
		for k := n - 1; rise && k >= 0 && k >= n-10; k-- {
			if f := Fold(before[k].Text); peopleNouns[f] {
				break
			} else if animalNouns[f] {
				animal = true
				break
			}
		}
	}
	if !animal {
		return false
	}
	for _, w := range Words(s) {
		f := Fold(w.Text)
		if deathWord(f) || animalDeathWords[f] {
			return true
		}
	}
	return strings.Contains(s, "ums Leben") || strings.Contains(s, "om het leven")
}

var (
	animalNouns = setOfWords(`animals tiere tieren animales animaux animali dieren animais cattle cows sheep horses dogs birds
		vacas ovejas caballos reses vaches moutons chevaux mucche pecore cavalli kuhe rinder schafe pferde koeien schapen paarden`)
	// (besides deathWord's: the German and Dutch said of animals)
	// (and a predator's kill: "19 Schafe gerissen", "gerissene Tiere")
	animalDeathWords = setOfWords(`getoteten getotete verendet verendeten sterben umgekommen dood gestorven gerissen gerissene gerissenen eingeschlafert`)
)

// deathWord: the folded word f tells of a death, a toll's word or a
// verb of dying ("killed", "tués", "murieron", "overleden").
func deathWord(f string) bool { return tollWords[f] == "death toll" || diedVerbs[f] }

// partCountsWhole: the tolls a part of a group ("two of them") counts
// whole.
var partCountsWhole = map[string]bool{"death toll": true, "seriously injured": true, "hospitalized": true, "in critical condition": true, "in intensive care": true, "under observation": true}

// readToll is tollOf before its check of "of them".
func readToll(s string, q Quantity) (toll, noun string, bound int, ok bool) {
	if q.Kind == "tally" {
		return "vote or score", "", 0, true
	}
	if q.Kind != "count" && q.Kind != "percent" || strings.ContainsAny(q.Text, "$€£¥") {
		return "", "", 0, false
	}
	if v, err := strconv.ParseFloat(q.Value, 64); err != nil || v < 1 || v != float64(int64(v)) && q.Kind != "percent" {
		return "", "", 0, false
	}
	ws := Words(s)
	at := -1
	for i, w := range ws {
		if w.Start >= q.Start {
			at = i
			break
		}
	}
	if at < 0 {
		return "", "", 0, false
	}
	end := at
	for end < len(ws) && ws[end].End <= q.End {
		end++
	}
	approx := false
	if end == at && strings.HasSuffix(strings.ToLower(ws[at].Text), "-tal") && ws[at].Start == q.Start {
		end, approx = at+1, true // Dutch "een 120-tal bewoners": about 120
	}
	// "a 41,500-strong crowd": a crowd's size
	if end == at && strings.HasSuffix(strings.ToLower(ws[at].Text), "-strong") && ws[at].Start == q.Start && at+1 < len(ws) && Fold(ws[at+1].Text) == "crowd" {
		return "attendance", "", 0, true
	}
	if end == at {
		return "", "", 0, false // inside a word ("2nd")
	}
	// before the figure: a bound, or a change
	prev := func(k int) string {
		if at-k < 0 {
			return ""
		}
		return Fold(ws[at-k].Text)
	}
	if attendance(ws, at, end) {
		// ("Nearly 24,000 fans packed …": a bound of the crowd; "About
		// 38,000" is no rougher than a crowd's count ever is)
		switch hedgeOf(s, q) {
		case "lower":
			return "attendance", "", 1, true
		case "upper":
			return "attendance", "", -1, true
		}
		return "attendance", "", 0, true
	}
	if partOfToll(ws, at) || ratioFigure(ws, at, end) || ageRangeFrom(ws, end) {
		return "", "", 0, false
	}
	// "sickened 214 passengers aboard the ship": what the verb before
	// did to them, not how many were on board
	verb := at - 1
	if verb >= 3 && Fold(ws[verb].Text) == "and" && isNumeric(Fold(ws[verb-2].Text)) {
		verb -= 3 // "sickened 214 passengers and 23 crew members aboard"
	}
	if verb >= 1 && Fold(ws[verb].Text) == "all" {
		verb-- // "killing all three crew members on board"
	}
	if aboard(ws, at, end) && !(verb >= 0 && tollVerbBefore(Fold(ws[verb].Text))) && !tollAfter(s, ws, end) && !groupAboard(ws, at, end) {
		return "on board", "", 0, true
	}
	switch p1, p2 := prev(1), prev(2); {
	case p1 == "by" || p1 == "another" || p1 == "additional" || p1 == "further" || p1 == "from":
		return "", "", 0, false
	case p2 == "at" && p1 == "least", p2 == "more" && p1 == "than", p1 == "over", p2 == "upwards" && p1 == "of",
		p2 == "excess" && p1 == "of", p1 == "exceeding", p1 == "exceeded",
		// al menos, más de, au moins, plus de, mindestens, mehr als, almeno, più di, pelo menos, mais de
		p2 == "al" && p1 == "menos", p2 == "mas" && p1 == "de", p2 == "au" && p1 == "moins", p2 == "plus" && p1 == "de",
		p1 == "mindestens", p2 == "mehr" && p1 == "als", p1 == "almeno", p2 == "piu" && p1 == "di", p1 == "oltre", p1 == "uber",
		p2 == "meer" && p1 == "dan", p1 == "ruim", p2 == "ben" && p1 == "de",
		p2 == "pelo" && p1 == "menos", p2 == "mais" && p1 == "de":
		bound = 1
	case p2 == "up" && p1 == "to", p1 == "nearly", p1 == "almost", p2 == "fewer" && p1 == "than",
		p2 == "less" && p1 == "than", p1 == "under", p1 == "casi", p1 == "presque", p1 == "fast", p1 == "quasi", p1 == "quase":
		bound = -1
	case p1 == "about" || p1 == "around" || p1 == "some" || p1 == "approximately" || p1 == "roughly" ||
		p1 == "estimated" || p1 == "nearly" || p1 == "approx" || p1 == "circa" ||
		p1 == "unos" || p1 == "unas" || p1 == "environ" || p1 == "etwa" || p1 == "rund" || p2 == "cerca" && p1 == "de" ||
		p2 == "alrededor" && p1 == "de" || p2 == "pres" && p1 == "de" || p2 == "cerca" && p1 == "di":
		bound = 2
	}
	// "about a dozen", "nearly a hundred": the hedge before the article
	if p1, p2 := prev(1), prev(2); p1 == "a" && (p2 == "about" || p2 == "around" || p2 == "some" || p2 == "roughly") {
		bound = 2
	} else if p1 == "a" && (p2 == "nearly" || p2 == "almost") {
		bound = -1
	}
	if !strings.ContainsAny(q.Text, "0123456789 ") && number.RoundCount(q.Text) || approx {
		bound = 2 // "une quarantaine de secouristes": about forty
	}
	// "14 dead" clause-internal text between two words
	gap := func(i, j int) string { return s[ws[i].End:ws[j].Start] }
	if q.Kind == "percent" {
		// "about 6% of its workforce", in a sentence that cuts jobs
		if workforceShare(ws, end) && cutsJobs(ws) {
			return "share of the workforce cut", "", bound, true
		}
		// "Turnout was 61%", "a turnout of 61.5 percent", "61% turnout":
		// an election has one.
		for i := at - 1; i >= 0 && i >= at-8 && !clauseBreak(gap(i, i+1)); i-- { // ("O comparecimento às urnas foi de 54,2%")
			if turnoutWords[afterElision(Fold(ws[i].Text))] { // ("L'affluenza si è fermata al 35,9%")
				return "turnout", "", bound, true
			}
		}
		// "il 38,2 per cento degli aventi diritto" turned out, "62 % des
		// inscrits": a share of those entitled to vote, in a sentence
		// going to the polls
		// (not a region's: "In Kärnten gingen 64,1 Prozent der
		// Wahlberechtigten zur Urne")
		if electorateAfter(ws, end) && anyWord(s, func(f string) bool { return pollWords[f] }) && !placeBefore(ws, at) {
			return "turnout", "", bound, true
		}
		if end < len(ws) && turnoutWords[Fold(ws[end].Text)] && !clauseBreak(gap(end-1, end)) {
			return "turnout", "", bound, true
		}
		// "Only 41.7% of the electorate turned out (to vote)", "38% of
		// voters cast a ballot"
		if end+3 < len(ws) && Fold(ws[end].Text) == "of" && !clauseBreak(gap(end-1, end+3)) {
			k := end + 1
			if Fold(ws[k].Text) == "the" || Fold(ws[k].Text) == "registered" || Fold(ws[k].Text) == "eligible" {
				k++
			}
			switch Fold(ws[k].Text) {
			case "electorate", "voters":
				if k+2 < len(ws) && (Fold(ws[k+1].Text) == "turned" && Fold(ws[k+2].Text) == "out" || Fold(ws[k+1].Text) == "cast" || Fold(ws[k+1].Text) == "voted") {
					return "turnout", "", bound, true
				}
			}
		}
		// "voted 87% in favour", "83% of members backed the walkout": a
		// vote's share for
		if inFavour(ws, end) {
			return "share in favour", "", bound, true
		}
		return "", "", 0, false
	}
	// "putting 612 people out of work", "leaving 300 workers out of a job"
	if end+3 < len(ws) && peopleNouns[Fold(ws[end].Text)] && Fold(ws[end+1].Text) == "out" && Fold(ws[end+2].Text) == "of" &&
		(Fold(ws[end+3].Text) == "work" || Fold(ws[end+3].Text) == "a" || Fold(ws[end+3].Text) == "their" || Fold(ws[end+3].Text) == "jobs") &&
		!clauseBreak(gap(end-1, end+3)) {
		return "jobs cut", "", bound, true
	}
	if end < len(ws) && jobNouns[Fold(ws[end].Text)] && !clauseBreak(gap(end-1, end)) {
		// "cut 4,500 jobs", "5,000 positions will be eliminated"
		if cutsJobs(ws) {
			return "jobs cut", "", bound, true
		}
		// ("Five workers have been injured": people, when no job is cut)
		if !peopleNouns[Fold(ws[end].Text)] {
			return "", "", 0, false
		}
	}
	// "hanno recuperato altri sei corpi", "encontraron otros tres
	// cuerpos": more bodies found, an increment
	if otherWords[prev(1)] && end < len(ws) && bodyWords[Fold(ws[end].Text)] {
		return "", "", 0, false
	}
	// "Ai quattro morti accertati nelle prime ore si sono aggiunti …":
	// the count others were added to, an earlier one
	if p1 := prev(1); (p1 == "ai" || p1 == "agli" || p1 == "alle" || p1 == "aux" || p1 == "to") && containsAnyWord(s, addedWords...) {
		return "", "", 0, false
	}
	// "a teenager aged 17", "a girl of 17", "Männer im Alter von 29, 47
	// und 58 Jahren": an age, no count
	if p1 := prev(1); p1 == "aged" || p1 == "age" || p1 == "of" && youngOrOld[prev(2)] || p1 == "von" && prev(2) == "alter" || p1 == "de" && prev(2) == "edad" {
		return "", "", 0, false
	}
	// "Due delle vittime", "two of the victims", "dos de los fallecidos":
	// a part of the toll
	if k := end; k+1 < len(ws) && partitives[Fold(ws[k].Text)] && !clauseBreak(gap(k-1, k)) {
		j := k + 1
		if articlesBeforeToll[Fold(ws[j].Text)] && j+1 < len(ws) {
			j++
		}
		// ("dos de las personas heridas": the people, then the toll word)
		if peopleNouns[Fold(ws[j].Text)] && j+1 < len(ws) && tollWords[Fold(ws[j+1].Text)] != "" && !clauseBreak(gap(j, j+1)) {
			j++
		}
		if tollWords[Fold(ws[j].Text)] != "" || Fold(ws[j].Text) == "vittime" || Fold(ws[j].Text) == "victimas" || Fold(ws[j].Text) == "victimes" || Fold(ws[j].Text) == "victims" {
			return "", "", 0, false
		}
	}
	// "le vittime avevano tra 79 e 96 anni", "between 79 and 96": the
	// low end of a range, no count
	if end+1 < len(ws) && countRangeOpeners[prev(1)] && countRangeJoiners[Fold(ws[end].Text)] && isNumeric(Fold(ws[end+1].Text)) {
		return "", "", 0, false
	}
	// after the figure: what it counts, then the toll word
	k := end
	// "Deux d'entre eux ont perdu la vie", "two of them died", "dos de
	// ellos murieron": the people the sentence counts, named before
	if n := ofThem(ws, k); n > 0 && !clauseBreak(gap(k-1, k)) {
		noun, k = "them", k+n
	}
	if k < len(ws) && !clauseBreak(gap(k-1, k)) && noun == "" {
		f := Fold(ws[k].Text)
		switch {
		case f == "other" && (deathWordBefore(ws, at) || at == 0) && !deathWordAfter(ws, k):
			// "A crane operator was killed and four other port workers
			// were injured", or opening the sentence after the dead's:
			// others than the dead, the injured's count (not "… and two
			// other people died later", more dead)
			k++
		case f == "more" || f == "new" || f == "additional" || f == "other" || f == "of" || f == "further" || moreWords[f]:
			return "", "", 0, false
		case f == "others" || otherWords[f] || (strings.HasPrefix(f, "d'") || strings.HasPrefix(f, "d’")) && otherWords[afterElision(f)]: // "74 autres ont été blessées", "une quarantaine d'autres"
			// "Twelve others were still missing": people besides those the
			// sentence counted first, counted by the toll word after
			k++
		case peopleNouns[f]:
			noun = f
			k++
			// "Schülerinnen und Schüler", "Bürgerinnen und Bürger": one
			// group in both genders
			if k+1 < len(ws) && Fold(ws[k].Text) == "und" && peopleNouns[Fold(ws[k+1].Text)] && strings.HasPrefix(f, Fold(ws[k+1].Text)) {
				k += 2
			} else if k+1 < len(ws) && andWords[Fold(ws[k].Text)] && peopleNouns[Fold(ws[k+1].Text)] && !clauseBreak(gap(k-1, k+1)) {
				k += 2 // "530 habitants et vacanciers", "120 residents and tourists": one count of two groups
			}
		case tollWords[f] != "" && k+1 < len(ws) && moreWords[Fold(ws[k+1].Text)]:
			return "", "", 0, false // "encontraron tres cuerpos más": more of them
		case tollWords[f] != "" || tollLinks[f]:
		case countOfWords[f]:
			// "Subiu para 11 o número de mortos", "a 12 il numero dei
			// morti": the toll named after its figure
			if t := countOfToll(ws, k); t != "" {
				return t, "", bound, true
			}
			return "", "", 0, false
		default:
			if IsStop(f) || f == "across" || f == "throughout" || f == "among" || f == "nationwide" || f == "worldwide" {
				break // "has risen to 149 across 19 states": where, then back to the toll word
			}
			if riseTo[prev(1)] && (riseVerbs[prev(2)] || riseVerbs[f]) {
				break // "climbed to nine overnight", "auf 21 gestiegen": what rose is before it
			}
			// "19 members of the crew": the crew
			if f == "members" && k+3 < len(ws) && Fold(ws[k+1].Text) == "of" && Fold(ws[k+2].Text) == "the" && peopleNouns[Fold(ws[k+3].Text)] &&
				!clauseBreak(gap(k, k+3)) {
				noun, k = Fold(ws[k+3].Text), k+4
				break
			}
			// "five confirmed cases", "12 suspected cases": a case count
			if (f == "confirmed" || f == "suspected") && k+1 < len(ws) && tollWords[Fold(ws[k+1].Text)] == "cases" && !clauseBreak(gap(k, k+1)) {
				return "cases", "", bound, true
			}
			// "Twelve foreign aid workers": up to two lower-case words
			// before what it counts
			// (or a nationality's capital: "Five Dutch tourists", "two
			// Italian climbers")
			found := false
			for j := k + 1; j < len(ws) && j <= k+2 && !clauseBreak(gap(j-1, j)); j++ {
				r, _ := utf8.DecodeRuneInString(ws[j-1].Text)
				if !unicode.IsLower(r) && !(j == k+1 && nationalityLike(ws[j-1].Text)) {
					break
				}
				if g := Fold(ws[j].Text); peopleNouns[g] {
					noun, k, found = g, j+1, true
					break
				}
			}
			if !found {
				return "", "", 0, false // "14 homes", "3 days"
			}
		}
	}
	// "2,400 people living on the slopes of Mount Teralu have been moved":
	// a participle's phrase says who they are; the verb comes after it
	if noun != "" && k < len(ws) && !clauseBreak(gap(k-1, k)) && strings.HasSuffix(ws[k].Text, "ing") && len(ws[k].Text) > 5 {
		for j := k + 1; j < len(ws) && j <= k+10 && !clauseBreak(gap(j-1, j)); j++ {
			if auxiliaries[Fold(ws[j].Text)] {
				k = j
				break
			}
		}
	}
	// German and Dutch put the participle last: "Vier Menschen sind bei
	// der Entgleisung eines Regionalzugs bei Rosenheim gestorben"
	reach := 6
	if noun != "" && k < len(ws) {
		switch Fold(ws[k].Text) {
		case "sind", "wurden", "waren", "haben", "zijn", "werden", "hebben":
			reach = 12
		// "4.100 vecinos de las faldas del Volcán de Fuego abandonaron
		// … sus casas": where the people are from, then the verb
		case "de", "del", "da", "do", "di", "du", "des", "della", "dos", "das", "dei", "delle", "of", "d'une", "d'un", "d’une", "d’un":
			reach = 14 // ("900 residents of this mining town north of the lake were ordered from their homes")
		}
	}
	// "a retirada preventiva de 340 pessoas", "retirou cerca de 1.800
	// pessoas": people taken from their homes, told before them
	if noun != "" && evacuationBefore(ws, at) {
		return "displaced or evacuated", noun, bound, true
	}
	// "had rescued 312 people by boat", "had pulled 280 people from
	// flooded neighborhoods": the rescued, told by the verb before them
	if noun != "" && rescueBefore(ws, at) {
		return "rescued or survived", noun, bound, true
	}
	// "partiu … levando cerca de 90 passageiros": those on board
	// (English "carrying" is aboard()'s, which knows "and seven crew")
	if noun != "" && carryBefore(ws, at) {
		return "on board", "", bound, true
	}
	// "was travelling to the island with 64 passengers": those on board
	if noun == "passengers" && wordBeforeFigure(ws, at, withWords) && travelVerbIn(ws[:at]) {
		return "on board", "", bound, true
	}
	insert := false
	for n := 0; k < len(ws) && n < reach; k, n = k+1, n+1 {
		// "2 500 personnes, résidents et vacanciers, ont dû quitter les
		// lieux", "27 personnes, pour la plupart des enfants, ont été
		// intoxiquées": a short insert between commas after the people counted
		if noun != "" && !insert && strings.TrimSpace(gap(k-1, k)) == "," {
			for j := k + 1; j < len(ws) && j <= k+5; j++ {
				if strings.TrimSpace(gap(j-1, j)) == "," {
					// (the verb after it may take as many words as without:
					// "Più di 700 persone, tra residenti e campeggiatori, sono
					// state fatte allontanare dalle loro case")
					k, insert, reach = j, true, reach+(j-k)
					break
				}
			}
		}
		// (a name's acronym in brackets is no break: "Quatre employés de
		// l'ONG … Action Santé Nomade (ASN) ont été enlevés")
		bracketed := func(i int) bool {
			return i >= 1 && i+1 < len(ws) && strings.TrimSpace(gap(i-1, i)) == "(" && strings.TrimSpace(gap(i, i+1)) == ")" && isAllCapsWord(ws[i].Text)
		}
		if clauseBreak(gap(k-1, k)) && !(insert && strings.TrimSpace(gap(k-1, k)) == ",") && !bracketed(k) && !bracketed(k-1) || isNumeric(Fold(ws[k].Text)) {
			break
		}
		// "150 passengers and 12 crew members came down with …": one
		// verb for both counts
		if noun != "" && andWords[Fold(ws[k].Text)] && k+2 < len(ws) && isNumeric(Fold(ws[k+1].Text)) && !clauseBreak(gap(k, k+1)) {
			k += 2
			continue
		}
		f := Fold(ws[k].Text)
		// "have been moved to shelters", "are staying in shelters";
		// "fled" after the people it counts
		if noun != "" && (f == "shelters" || f == "shelter") && k >= 1 {
			if v := Fold(ws[k-1].Text); v == "to" || v == "in" || v == "into" {
				return "displaced or evacuated", noun, bound, true
			}
		}
		if noun != "" && f == "fled" {
			return "displaced or evacuated", noun, bound, true
		}
		// "150 passengers and 12 crew members came down with norovirus"
		if noun != "" && f == "with" && k >= 2 && Fold(ws[k-1].Text) == "down" {
			switch Fold(ws[k-2].Text) {
			case "came", "come", "comes", "coming":
				return "sickened", noun, bound, true
			}
		}
		// "were moved out of hamlets", "were relocated", "moved to
		// safety": the evacuated
		if noun != "" && (f == "relocated" || k >= 1 && Fold(ws[k-1].Text) == "moved" && (f == "out" || f == "to" && k+1 < len(ws) && Fold(ws[k+1].Text) == "safety")) {
			return "displaced or evacuated", noun, bound, true
		}
		// "are in intensive care", "admitted to intensive care", "in
		// critical condition"
		if noun != "" && f == "care" && k >= 1 && Fold(ws[k-1].Text) == "intensive" {
			return "in intensive care", noun, bound, true
		}
		if noun != "" && f == "condition" && k >= 1 && Fold(ws[k-1].Text) == "critical" {
			return "in critical condition", noun, bound, true
		}
		// "were taken to hospital", "are in hospital": the injured as
		// outlets count them
		if noun != "" && hospitalWords[afterElision(f)] && k >= 1 {
			// (past a hospital's name: "taken to Royal Valley Hospital",
			// "taken to St Mary's Hospital")
			at := k
			for j := k - 1; j >= 1 && j >= k-3 && capitalised(ws[j].Text) && !clauseBreak(gap(j-1, j)); j-- {
				if v := Fold(ws[j-1].Text); v == "to" || v == "in" {
					at = j
					break
				}
			}
			v := Fold(ws[at-1].Text)
			if (v == "the" || v == "het" || v == "o") && k >= 2 {
				v = Fold(ws[k-2].Text) // "sending seven workers to the hospital", "naar het ziekenhuis"
			}
			if v == "to" || v == "in" || v == "ins" || strings.HasPrefix(Fold(ws[k].Text), "l'") && k >= 1 || hospitalTo[v] {
				// ("Trois d'entre elles ont été transportées au CHU": those
				// of the hurt taken to hospital are the hospitalised, whole)
				if noun == "them" {
					return "hospitalized", noun, bound, true
				}
				return "injured", noun, bound, true // ("14 Kinder kamen … in Krankenhäuser", "transportés à l'hôpital")
			}
		}
		// "Quatre élèves ont été gardés en observation", "were kept under
		// observation": a count of its own
		// "12 men still underground": still trapped in a mine
		if noun != "" && f == "underground" && k >= 1 && stillWords[Fold(ws[k-1].Text)] {
			return "still trapped", noun, bound, true
		}
		// (read at the preposition, which may stop the reach)
		if noun != "" && k+1 < len(ws) && observationWords[Fold(ws[k+1].Text)] {
			switch f {
			case "en", "under", "in", "em", "zur", "ter", "sotto":
				return "under observation", noun, bound, true
			}
		}
		// "cinq hommes manquent toujours à l'appel": missing
		if noun != "" && (f == "manquent" || f == "manquaient" || f == "manque") {
			for j := k + 1; j < len(ws) && j <= k+4; j++ {
				if g := Fold(ws[j].Text); g == "appel" || g == "l'appel" || g == "l’appel" {
					return "missing", noun, bound, true
				}
			}
		}
		// "mussten stationär aufgenommen werden", "werden im Krankenhaus
		// behandelt": German's hospitalised
		if noun != "" && (f == "stationar" || hospitalWords[f] && k >= 1 && Fold(ws[k-1].Text) == "im") {
			return "hospitalized", noun, bound, true
		}
		// "erlitten eine Rauchvergiftung", "wegen Rauchgasvergiftung":
		// German's poisoned, hurt as the injured are
		if noun != "" && (strings.HasSuffix(f, "vergiftung") || strings.HasSuffix(f, "vergiftungen") || strings.HasSuffix(f, "vergiftiging")) {
			return "injured", noun, bound, true
		}
		// "mussten das Gebäude verlassen": a building left
		if buildingNouns[f] && k+1 < len(ws) && Fold(ws[k+1].Text) == "verlassen" {
			return "displaced or evacuated", noun, bound, true
		}
		// (German's article "die" before a noun: "mussten die Klassenräume
		// verlassen")
		if f == "die" && k+1 < len(ws) && unicode.IsUpper([]rune(ws[k+1].Text)[0]) {
			continue
		}
		// "were treated for minor injuries": the injured, what they were
		// treated for
		if f == "treated" && k+2 < len(ws) && Fold(ws[k+1].Text) == "for" {
			for j := k + 2; j < len(ws) && j <= k+4 && !clauseBreak(gap(j-1, j)); j++ {
				if t := tollWords[Fold(ws[j].Text)]; t != "" && t != "treated" {
					return t, noun, bound, true
				}
			}
		}
		if t := tollWords[compoundHead(f)]; t != "" {
			// "luego de que dos lesionados fallecieran": the injured who
			// died, a rise of the toll, no count of the injured
			if t != "death toll" && diedAfter(ws, k, gap) {
				return "", "", 0, false
			}
			// "dois feridos graves", "tres heridos graves", "deux blessés
			// graves": the seriously injured, a part of the injured
			if t == "injured" && (k+1 < len(ws) && seriousWords[Fold(ws[k+1].Text)] && !clauseBreak(gap(k, k+1)) ||
				k >= 1 && seriousBefore[Fold(ws[k-1].Text)]) {
				t = "seriously injured" // ("Drei Menschen erlitten schwere Verletzungen")
			}
			// "Drie gewonden hadden lichte verwondingen", "five of the
			// injured had minor injuries": the slightly hurt among them
			if t == "injured" && minorInjuries(ws, k, gap) {
				t = "slightly injured"
			}
			return t, noun, bound, true
		}
		// "33 hostages will be released", "35 hostages will be freed"
		if noun == "hostages" && (f == "released" || f == "freed" || f == "release" || f == "free") {
			return "hostages", noun, bound, true
		}
		// "Sono 1.100 le persone evacuate": Italian's evacuated women and
		// people, after the people
		if f == "evacuate" && k >= 1 && peopleNouns[Fold(ws[k-1].Text)] {
			return "displaced or evacuated", noun, bound, true
		}
		// "2.300 mensen uit hun huizen gehaald", "aus ihren Häusern
		// geholt", "desalojadas de sus casas": taken from their homes
		if (foreignHomes[f] || f == "hausern") && k >= 2 && possessives[Fold(ws[k-1].Text)] && foreignOutOf[Fold(ws[k-2].Text)] {
			return "displaced or evacuated", noun, bound, true
		}
		// "people left their homes", "forced 500 from their houses",
		// "ordered 300,000 people to leave their homes"
		if (f == "homes" || f == "houses") && k >= 2 && Fold(ws[k-1].Text) == "their" {
			if v := Fold(ws[k-2].Text); v == "left" || v == "fled" || v == "from" || v == "leave" || v == "flee" {
				return "displaced or evacuated", noun, bound, true
			}
		}
		// "have been told to evacuate", "were ordered to evacuate": an
		// order carried out or not, as outlets count the evacuated
		if f == "evacuate" && k >= 2 && Fold(ws[k-1].Text) == "to" {
			switch Fold(ws[k-2].Text) {
			case "told", "ordered", "urged", "asked", "forced":
				return "displaced or evacuated", noun, bound, true
			}
		}
		// German: "kamen ums Leben"; "mussten ihre Wohnungen verlassen",
		// "wurden aus ihren Häusern geholt"
		if f == "leben" && Fold(ws[k-1].Text) == "ums" {
			return "death toll", noun, bound, true
		}
		// "hat fünf Skitourengeher das Leben gekostet", "verloren das Leben"
		if f == "leben" && Fold(ws[k-1].Text) == "das" && k+1 < len(ws) {
			switch Fold(ws[k+1].Text) {
			case "gekostet", "kostete", "kosteten", "verloren":
				return "death toll", noun, bound, true
			}
		}
		// "ont perdu la vie", "perdieron la vida", "hanno perso la vita",
		// "perderam a vida": lost their lives
		if (f == "vie" || f == "vida" || f == "vita") && k >= 2 && (Fold(ws[k-1].Text) == "la" || Fold(ws[k-1].Text) == "a") && lostLife[Fold(ws[k-2].Text)] {
			return "death toll", noun, bound, true
		}
		// "ont trouvé la mort", "encontraron la muerte", "hanno trovato la
		// morte", "encontraram a morte": met their deaths
		if (f == "mort" || f == "muerte" || f == "morte") && k >= 2 && (Fold(ws[k-1].Text) == "la" || Fold(ws[k-1].Text) == "a") && metDeath[Fold(ws[k-2].Text)] {
			return "death toll", noun, bound, true
		}
		// "ont été retrouvées sans vie", "hallados sin vida", "trovati
		// senza vita", "encontrados sem vida": found dead
		if (f == "vie" || f == "vida" || f == "vita") && k >= 1 && withoutWords[Fold(ws[k-1].Text)] {
			return "death toll", noun, bound, true
		}
		// Dutch: "drie mensen het leven gekost", "om het leven gekomen"
		if f == "leven" && Fold(ws[k-1].Text) == "het" {
			return "death toll", noun, bound, true
		}
		// "wurden in Sicherheit gebracht", "in veiligheid gebracht": brought
		// to safety
		if (f == "sicherheit" || f == "veiligheid") && k >= 1 && Fold(ws[k-1].Text) == "in" && k+1 < len(ws) && Fold(ws[k+1].Text) == "gebracht" {
			return "displaced or evacuated", noun, bound, true
		}
		if dutchHomes[f] && k+1 < len(ws) && Fold(ws[k+1].Text) == "verlaten" {
			return "displaced or evacuated", noun, bound, true // "moest zijn woning verlaten"
		}
		if germanHomes[f] && (k+1 < len(ws) && Fold(ws[k+1].Text) == "verlassen" ||
			k >= 2 && Fold(ws[k-1].Text) == "ihren" && Fold(ws[k-2].Text) == "aus") {
			return "displaced or evacuated", noun, bound, true
		}
		// Italian "sono state evacuate" (English "evacuate" is a plan,
		// not a count)
		if f == "evacuate" && Fold(ws[k-1].Text) == "state" {
			return "displaced or evacuated", noun, bound, true
		}
		// "a lasciare le case", "abandonar sus casas", "quitter leur
		// domicile", "deixar suas casas": to leave their homes
		if homeNouns[f] && k >= 2 && (leaveVerbs[Fold(ws[k-1].Text)] || leaveVerbs[Fold(ws[k-2].Text)] ||
			k >= 4 && leaveVerbs[Fold(ws[k-4].Text)] && possessives[Fold(ws[k-1].Text)] || // ("abandonaron este martes sus casas")
			k >= 3 && leaveVerbs[Fold(ws[k-3].Text)] && possessives[Fold(ws[k-1].Text)]) { // ("fatte allontanare dalle loro case")
			return "displaced or evacuated", noun, bound, true
		}
		if tollStops[f] {
			break
		}
	}
	// "obligado a desalojar a 1.500 vecinos", "forcé à évacuer 1 500
	// habitants": those an order moved out, in the other languages
	if i := at - 1; noun != "" && i >= 2 {
		if Fold(ws[i].Text) == "a" {
			i--
		}
		if evacuateInfinitives[Fold(ws[i].Text)] && i >= 1 {
			if w := Fold(ws[i-1].Text); w == "a" || w == "à" || w == "de" || w == "di" {
				return "displaced or evacuated", noun, bound, true
			}
		}
	}
	// "Los heridos, ocho en total": the toll named before, the count set
	// off by a comma and "in all"
	if at >= 1 && strings.TrimSpace(gap(at-1, at)) == "," && end+1 < len(ws) && inAll(Fold(ws[end].Text), Fold(ws[end+1].Text)) {
		if t := tollWords[Fold(ws[at-1].Text)]; t != "" {
			return t, noun, bound, true
		}
	}
	// "une avalanche qui a surpris un groupe de cinq personnes": the
	// group's size, not what the verb before did
	if ofWords[prev(1)] && groupNouns[prev(2)] {
		return "", "", 0, false
	}
	// "hanno tratto in salvo 43 persone", "messo in salvo": rescued
	if prev(1) == "salvo" && prev(2) == "in" {
		return "rescued or survived", noun, bound, true
	}
	// "Le drame coûte ainsi la vie à trois personnes", "costó la vida a
	// cuatro personas", "è costato la vita a due alpinisti"
	if p := prev(1); p == "a" || p == "à" {
		for i := at - 2; i >= 2 && i >= at-4; i-- {
			f := Fold(ws[i].Text)
			if (f == "vie" || f == "vida" || f == "vita") && (Fold(ws[i-1].Text) == "la" || Fold(ws[i-1].Text) == "a") &&
				(costVerbs[Fold(ws[i-2].Text)] || i >= 3 && costVerbs[Fold(ws[i-3].Text)]) {
				return "death toll", noun, bound, true
			}
		}
	}
	// before it: "killed 14", "the death toll … has risen to 12" (a toll
	// that rose may be told with its event's whole name first: "The death
	// toll from Tuesday's derailment of the Prairie Star near Carver
	// Springs climbed to nine")
	reachBack := 14
	if riseTo[prev(1)] && (riseVerbs[prev(2)] || end < len(ws) && riseVerbs[Fold(ws[end].Text)]) {
		reachBack = 28
	}
	skips, insertAt := 0, -1
	for i, n := at-1, 0; i >= 0 && n < reachBack; i, n = i-1, n+1 {
		// (what rose may stand before an insert between commas, or two:
		// "O número de vítimas fatais …, entre São Joaquim e Lagoa Serena,
		// subiu para seis"; "O número de presos mortos na rebelião do
		// Presídio …, em Itapiranga do Norte, sudeste do Pará, subiu para
		// oito")
		if g := gap(i, i+1); reachBack > 14 && skips < 2 && (skips == 0 || i == insertAt) && strings.TrimSpace(g) == "," {
			skipped := false
			for j := i - 1; j >= 0 && j >= i-12; j-- {
				if strings.TrimSpace(gap(j, j+1)) == "," {
					i, skipped, insertAt = j+1, true, j
					skips++
					break
				}
			}
			if skipped {
				continue
			}
		}
		// (or a bracket: "en Malambo (Atlántico) ascendió a nueve")
		if g := gap(i, i+1); reachBack > 14 && strings.TrimSpace(g) == ")" {
			for j := i - 1; j >= 0 && j >= i-6; j-- {
				if strings.Contains(gap(j, j+1), "(") {
					i, insertAt = j+1, j // the loop steps to the word before the bracket, past its gap
					break
				}
			}
			continue
		}
		// (in a toll that rose, a name's number is no other figure: "Los
		// Ríos N.º 2 ascendió a 34", "en la Línea 4 del Metro … aumentó a
		// 31")
		if reachBack > 14 && isNumeric(Fold(ws[i].Text)) && i >= 1 && (nameNumberBefore(ws[i-1].Text) || numberedName(ws, i)) {
			i-- // (the marker, and its "N" when written "N.º")
			if ws[i].Text == "º" && i >= 1 && len(ws[i-1].Text) == 1 {
				i--
			}
			continue
		}
		if i != insertAt && clauseBreak(gap(i, i+1)) || isNumeric(Fold(ws[i].Text)) {
			break
		}
		f := Fold(ws[i].Text)
		if tollWords[f] == "" && strings.ContainsAny(f, "'’") {
			f = afterElision(f) // "l'évacuation d'environ 3 000 personnes"
		}
		f = compoundHead(f)
		if (f == "fatais" || f == "mortais" || f == "mortales" || f == "fatales") && i >= 1 && (Fold(ws[i-1].Text) == "vitimas" || Fold(ws[i-1].Text) == "victimas") {
			return "death toll", noun, bound, true // "o número de vítimas fatais … subiu para seis"
		}
		// "The number of students who needed hospital treatment … has
		// risen to nine": those taken to hospital, the injured as outlets
		// count them
		if reachBack > 14 && f == "hospital" && i+1 < len(ws) && (Fold(ws[i+1].Text) == "treatment" || Fold(ws[i+1].Text) == "care") {
			return "injured", noun, bound, true
		}
		if t := tollWords[f]; t != "" {
			// "Among the dead were two children", "entre los fallecidos hay
			// dos menores": a part of the toll, not the toll
			if k := i - 1; k >= 0 && (articlesBeforeToll[Fold(ws[k].Text)] && k >= 1 && amongWords[Fold(ws[k-1].Text)] || amongWords[Fold(ws[k].Text)]) {
				return "", "", 0, false
			}
			if f == "lives" || f == "bodies" || f == "levens" || f == "die" || f == "dies" || f == "corps" || f == "cuerpos" || f == "corpi" || f == "corpos" || f == "leichen" || f == "lichamen" || f == "cadaveres" || f == "cadavres" || f == "cadaveri" {
				break // "lives" and "bodies" count only after the figure ("die" before it is German's article)
			}
			return t, noun, bound, true
		}
		// "sickened 214 passengers and 23 crew members": a second count
		// of people in the verb's list
		if f == "and" && i >= 3 && peopleNouns[Fold(ws[i-1].Text)] && isNumeric(Fold(ws[i-2].Text)) && noun != "" {
			i -= 2
			continue
		}
		// (what rose is one noun phrase before its verb: there "en" is
		// Spanish's or French's "in", not Dutch's "and")
		// (the subject of a rise may hold a clause: "The number of people
		// who died when the ferry went down … has risen to 19")
		if tollStops[f] && !(f == "o" && i >= 1 && articleO[Fold(ws[i-1].Text)]) && !(reachBack > 14 && (f == "en" || f == "when" || f == "after" || f == "as" || f == "with")) {
			break
		}
	}
	return "", "", 0, false
}

// withinQuotes: the figure at i stands inside a quotation ("In onze
// straat zijn … vijf mensen ziek geworden", a witness's street, not the
// story's count): an odd number of quotation marks before it.
func withinQuotes(s string, i int) bool {
	n := 0
	for _, r := range s[:i] {
		switch r {
		case '"', '“', '”', '«', '»', '„':
			n++
		}
	}
	return n%2 == 1
}

// deathWordBefore: the sentence tells of a death before word at ("was
// killed and four other …").
func deathWordBefore(ws []Word, at int) bool {
	for _, w := range ws[:at] {
		switch Fold(w.Text) {
		case "killed", "died", "dead", "death":
			return true
		}
	}
	return false
}

// deathWordAfter: a word of death follows word k closely.
func deathWordAfter(ws []Word, k int) bool {
	for j := k + 1; j < len(ws) && j <= k+6; j++ {
		if deathWord(Fold(ws[j].Text)) {
			return true
		}
	}
	return false
}

// compoundHead is a hyphenated compound's last word when that alone is a
// toll word ("dengue-infecties", "cholera-Fälle"): what it counts.
func compoundHead(f string) string {
	if i := strings.LastIndexByte(f, '-'); i >= 0 && tollWords[f] == "" && tollWords[f[i+1:]] != "" {
		return f[i+1:]
	}
	// German writes its compounds whole: "Verkehrstoten", "Lawinentote"
	// (not the lightly hurt, a part of the injured: "Leichtverletzte")
	if tollWords[f] == "" && !strings.HasPrefix(f, "leicht") {
		for _, head := range germanTollHeads {
			if len(f) > len(head)+3 && strings.HasSuffix(f, head) {
				return head
			}
		}
	}
	return f
}

// germanTollHeads end German compounds that count a toll (folded).
var germanTollHeads = []string{"toten", "tote", "verletzten", "verletzte", "vermissten", "vermisste"}

// diedAfter: a verb of dying follows word k closely ("dos lesionados
// fallecieran", "two of the injured later died").
func diedAfter(ws []Word, k int, gap func(i, j int) string) bool {
	// (not the dead of another count: "15 heridos y 2 murieron")
	for j := k + 1; j < len(ws) && j <= k+3 && !clauseBreak(gap(j-1, j)) && !isNumeric(Fold(ws[j].Text)) && !andWords[Fold(ws[j].Text)]; j++ {
		if diedVerbs[Fold(ws[j].Text)] {
			return true
		}
	}
	return false
}

var diedVerbs = setOfWords(`died fallecieron fallecieran falleciera fallecio murieron murieran murio morreram morreu faleceram faleceu
	morirono morto morti deceduti decedute starben verstarben gestorben erlagen overleden stierven overleed decede decedes decedees
	succombe succombes succombees`)

// articleO: after these, "o" is Portuguese's article ("sobre o rio"), not
// Spanish's or Italian's "or".
var articleO = setOfWords(`sobre para com entre por contra sob apos ate segundo que`)

// moreWords: "more" after a count in the other languages read ("tres
// cuerpos más" is three more, "deux morts de plus").
var moreWords = setOfWords(`mas plus mehr meer piu mais`)

// amongWords and articlesBeforeToll: "among the dead", "entre los
// fallecidos", "parmi les morts", "tra i morti", "unter den Toten".
var (
	amongWords         = setOfWords(`among amongst entre parmi tra fra unter onder dentre van von`) // ("Van de gewonden liggen er nog drie …": of them)
	articlesBeforeToll = setOfWords(`the los las les i gli le den die de os as`)
)

// tollAfter: a death or injury is told after the count's words in its
// clause ("All four crew members on board were killed"): the count is the
// toll's, not of those on board.
func tollAfter(s string, ws []Word, end int) bool {
	for k := end; k < len(ws) && k < end+8; k++ {
		if k > end && clauseBreak(s[ws[k-1].End:ws[k].Start]) {
			return false
		}
		switch tollWords[Fold(ws[k].Text)] {
		case "death toll", "injured":
			return true
		}
	}
	return false
}

// ratioFigure: the count ws[at:end] is one side of a ratio ("tre decessi
// su quattro", "trois morts sur quatre", "two out of three victims", "uno
// de cada tres"), no toll.
func ratioFigure(ws []Word, at, end int) bool {
	word := func(k int) string {
		if k < 0 || k >= len(ws) {
			return ""
		}
		return Fold(ws[k].Text)
	}
	figure := func(k int) bool {
		w := word(k)
		return isNumeric(w) || numberWordsAny[w]
	}
	for k := end; k <= end+1; k++ {
		switch word(k) {
		case "su", "sur":
			if figure(k + 1) {
				return true
			}
		case "out", "de", "em":
			if (word(k+1) == "of" || word(k+1) == "cada") && figure(k+2) {
				return true
			}
		}
	}
	switch p1, p2 := word(at-1), word(at-2); {
	case (p1 == "su" || p1 == "sur") && (figure(at-2) || figure(at-3)):
		return true
	case (p1 == "of" && p2 == "out" || p1 == "cada" && (p2 == "de" || p2 == "em")) && (figure(at-3) || figure(at-4)):
		return true
	}
	return false
}

// numberWordsAny are the small numbers in words of the languages read.
var numberWordsAny = setOfWords(`one two three four five six seven eight nine ten uno una dos tres cuatro cinco seis siete ocho nueve diez
	un une deux trois quatre cinq sept huit neuf dix due tre quattro cinque sei sette otto nove dieci
	um uma dois duas quatro oito nove dez ein eine zwei drei vier fünf sechs sieben acht neun zehn een twee drie vier vijf zes zeven acht negen tien`)

// partOfToll: the count at word at follows "among the dead" or the like
// within a few words ("Among the dead were two people killed when …",
// "entre los fallecidos hay dos menores"): a part of the toll.
// ("Entre las víctimas mortales figuran dos menores"), or precedes it
// ("Dos niños se encuentran entre los fallecidos").
func partOfToll(ws []Word, at int) bool {
	for i := at - 1; i >= 1 && i >= at-4; i-- {
		f := Fold(ws[i].Text)
		if (f == "mortales" || f == "mortais" || f == "fatales" || f == "fatais") && i >= 2 {
			i, f = i-1, Fold(ws[i-1].Text)
		}
		if tollWords[f] == "" && !victimWords[f] {
			continue
		}
		k := i - 1
		if articlesBeforeToll[Fold(ws[k].Text)] && k >= 1 {
			k--
		}
		return amongWords[Fold(ws[k].Text)]
	}
	for i := at + 1; i+1 < len(ws) && i <= at+5; i++ {
		if !amongWords[Fold(ws[i].Text)] {
			continue
		}
		k := i + 1
		if articlesBeforeToll[Fold(ws[k].Text)] && k+1 < len(ws) {
			k++
		}
		return tollWords[Fold(ws[k].Text)] == "death toll" || victimWords[Fold(ws[k].Text)]
	}
	return false
}

// victimWords: "the victims" in the languages read.
var victimWords = setOfWords(`victims victimas vittime victimes vitimas opfer opfern slachtoffers`)

// nameNumberBefore: w marks the number after it as a name's ("N.º",
// "No.", "Nr.").
// numberedName: the figure at word i numbers the capitalised name
// before it inside a sentence ("Línea 4", "Gate 12"), a small whole
// number.
func numberedName(ws []Word, i int) bool {
	r, _ := utf8.DecodeRuneInString(ws[i-1].Text)
	return i >= 2 && unicode.IsUpper(r) && len(ws[i].Text) <= 3 && strings.Trim(ws[i].Text, "0123456789") == ""
}

func nameNumberBefore(w string) bool {
	f := strings.ToLower(strings.TrimRight(w, "."))
	return strings.HasSuffix(f, "º") || f == "no" || f == "nr" || f == "n" || f == "núm" || f == "num" || f == "número" || f == "numero" || f == "number" || f == "nummer"
}

// riseVerbs and riseTo: a count that rose to its figure ("climbed to
// nine", "subiu para seis", "sale a 47", "stieg auf zwölf").
var (
	riseVerbs = setOfWords(`rose risen climbed jumped increased grew reached soared subiu sobe subiram aumentou subio aumento ascendio
		chegou chega chegaram alcanzo alcanza llego llega atteint arrive arrivato arrivata raggiunto erreicht bereikte bereikt
		ascendido asciende elevado subido aumentado sale salgono salito salita sono saliti cresciuto stieg steigt gestiegen angestiegen
		steeg gestegen opgelopen grimpe passe monte elevo elevaron eleva elevou elevaram elevou-se s'eleve s'elevait eleve elevee`)
	riseTo = setOfWords(`to para a à auf naar até tot`)
)

// lostLife: "lost" before "la vie", "la vida", "la vita", "a vida".
// withoutWords: "sans vie", "sin vida", "senza vita", "sem vida".
var withoutWords = setOfWords(`sans sin senza sem`)

// costVerbs cost a life: "coûte la vie à", "costó la vida a", "è costato
// la vita a", "custou a vida a".
var costVerbs = setOfWords(`coute coutent coute coutait cout costo costado costato costata costa cuesta custou custa custaram`)

// ofWords and groupNouns: "un groupe de cinq personnes", "a group of
// five", "un gruppo di sei".
var (
	ofWords    = setOfWords(`de of di von van`)
	groupNouns = setOfWords(`groupe group grupo gruppo gruppe groep cordee cordata`)
)

// ofThem is the number of words at k saying "of them": "d'entre eux",
// "of them", "de ellos", "di loro", "von ihnen", "deles"; 0 if none.
func ofThem(ws []Word, k int) int {
	if k >= len(ws) {
		return 0
	}
	switch Fold(ws[k].Text) {
	case "deles", "delas":
		return 1
	}
	if k+1 >= len(ws) {
		return 0
	}
	f, g := Fold(ws[k].Text), Fold(ws[k+1].Text)
	if f == "de" && g == "entre" && k+2 < len(ws) {
		f, g = "d'entre", Fold(ws[k+2].Text)
		if themWords[g] {
			return 3
		}
		return 0
	}
	if (f == "d'entre" || f == "of" || f == "de" || f == "di" || f == "von" || f == "van" || f == "dos") && themWords[g] {
		return 2
	}
	return 0
}

var themWords = setOfWords(`eux elles them ellos ellas loro ihnen hen eles elas`)

// stillAfter: a word of "still" stands among the few words after the
// figure q of s.
func stillAfter(s string, q Quantity) bool {
	for _, w := range firstWords(s[min(q.End, len(s)):], 6) {
		if stillWords[Fold(w.Text)] {
			return true
		}
	}
	return false
}

var stillWords = setOfWords(`still remain remains remained siguen sigue seguian permanecen permanece continuan continua
	restano resta rimangono rimane toujours encore noch weiterhin nog steeds ainda seguem continuam permanecem`)

var observationWords = setOfWords(`observation osservazione observacion observacao beobachtung observatie`)

var metDeath = setOfWords(`trouve trouvent trouverent encontraron encontrado encuentran trovato trovano trovarono encontraram encontram`)

var lostLife = setOfWords(`perdu perdent perdirent perdieron perdido pierden perso persero perdono perderam perderao perdem`)

// countOfWords name a count in the other languages read, or its
// article: "o número de mortos", "el número de muertos".
var countOfWords = setOfWords(`o el le il la die het número numero nombre numéro zahl aantal total totale`)

// countOfToll is the toll "o número de mortos" names from word k on: an
// article, a word for number, a preposition, a toll word; "" if none.
func countOfToll(ws []Word, k int) string {
	word := func(i int) string {
		if i < len(ws) {
			return Fold(ws[i].Text)
		}
		return ""
	}
	if article := word(k); article == "o" || article == "el" || article == "le" || article == "il" || article == "la" || article == "die" || article == "het" {
		k++
	}
	balance := false
	switch word(k) {
	case "numero", "nombre", "zahl", "aantal", "total", "totale":
	case "bilancio", "bilan", "balance", "balanco", "cifra":
		balance = true // "Sale a 14 il bilancio degli anziani morti"
	default:
		return ""
	}
	switch word(k + 1) {
	case "de", "des", "dei", "degli", "delle", "der", "van", "do", "dos", "das", "del":
	default:
		if balance {
			return "death toll" // "le bilan s'élève à 12": a toll is its dead
		}
		return ""
	}
	if word(k+2) == "vitimas" && (word(k+3) == "fatais" || word(k+3) == "mortais") {
		return "death toll" // "o número de vítimas fatais": the dead
	}
	if t := tollWords[word(k+2)]; t != "" || !balance && !peopleNouns[word(k+2)] {
		return t
	}
	return tollWords[word(k+3)] // "degli anziani morti", "de pessoas feridas": who, then the toll
}

// otherWords before a count make it another group: "Outros 52 óbitos
// seguem em investigação" beside the 37 deaths confirmed; "y otras 15
// quedaron heridas" is the injured of a list, the toll's own.
var otherWords = setOfWords(`outros outras otros otras autres altri altre weitere andere anderen overige`)

// auxiliaries open a clause's verb: "have (been moved)", "were (evacuated)".
var auxiliaries = map[string]bool{"have": true, "has": true, "had": true, "were": true, "was": true, "are": true, "is": true}

// turnoutWords name an election's turnout, in the languages whose tolls
// are read too.
var turnoutWords = map[string]bool{"turnout": true, "participacion": true, "participation": true,
	"wahlbeteiligung": true, "affluenza": true, "comparecimento": true, "participacao": true, "afluencia": true,
	"opkomst": true}

// placeBefore: a preposition of place and a capitalised word stand
// before the figure at (in its sentence): "In Kärnten …", "Nella provincia
// di Savona …".
func placeBefore(ws []Word, at int) bool {
	for i := 0; i+1 < at; i++ {
		if regionPrepositions[Fold(ws[i].Text)] {
			for j := i + 1; j < at && j <= i+3; j++ {
				if r, _ := utf8.DecodeRuneInString(ws[j].Text); unicode.IsUpper(r) {
					return true
				}
			}
		}
	}
	return false
}

var regionPrepositions = setOfWords(`in en nel nella dans em no na im`)

// electorateAfter: the words from end on are "of" those entitled to vote,
// in a language read ("degli aventi diritto", "des inscrits", "der
// Wahlberechtigten", "de los electores", "van de kiesgerechtigden").
func electorateAfter(ws []Word, end int) bool {
	for k := end; k < len(ws) && k <= end+2; k++ {
		f := Fold(ws[k].Text)
		if electorateWords[f] || f == "aventi" && k+1 < len(ws) && Fold(ws[k+1].Text) == "diritto" {
			return true
		}
		if k > end && !electorateLeadIns[f] {
			return false
		}
	}
	return false
}

var electorateLeadIns = setOfWords(`of the registered eligible de des del di da do von der los las les van dos das degli dei`)

var electorateWords = setOfWords(`electorate inscrits electeurs wahlberechtigten stimmberechtigten electores eleitores elettori
	kiesgerechtigden stemgerechtigden`)

// pollWords say people went to vote.
var pollWords = setOfWords(`urne urnes urnas seggi seggio presentato presentati recati votato voted vote turned
	voté votaron votaram gewählt abgestimmt gestemd stembus wahllokale bureaux`)

// jobNouns are what a job cut counts; cutWords say the jobs go.
var (
	jobNouns = map[string]bool{"jobs": true, "positions": true, "roles": true, "posts": true, "employees": true,
		"workers": true, "staff": true, "layoffs": true, "redundancies": true, "job": true}
	cutWords = map[string]bool{"cut": true, "cuts": true, "cutting": true, "eliminate": true, "eliminates": true,
		"eliminating": true, "eliminated": true, "shed": true, "sheds": true, "shedding": true, "axe": true,
		"axes": true, "axing": true, "ax": true, "slash": true, "slashes": true, "slashing": true, "laid": true,
		"lay": true, "laying": true, "layoffs": true, "redundancies": true, "reduce": true, "reducing": true,
		"loss": true, "losses": true, "lose": true, "losing": true, "redundant": true, "axed": true, "scrap": true, "scrapped": true, "scrapping": true}
)

// cutsJobs: the sentence tells of jobs going.
func cutsJobs(ws []Word) bool {
	for _, w := range ws {
		if cutWords[Fold(w.Text)] {
			return true
		}
	}
	return false
}

// workforceShare: the words from k on read "of (its) (global) workforce".
func workforceShare(ws []Word, k int) bool {
	if k >= len(ws) || Fold(ws[k].Text) != "of" {
		return false
	}
	for j := k + 1; j < len(ws) && j <= k+4; j++ {
		switch Fold(ws[j].Text) {
		case "workforce", "staff", "employees", "jobs", "headcount", "workers":
			return true
		}
	}
	return false
}

// reSoFar is a count of a period so far: a year's, a season's, a
// winter's ("Depuis le début de l'hiver, les avalanches ont fait 14
// morts", "Dall'inizio dell'anno sono oltre 1.900 le persone morte").
var reSoFar = regexp.MustCompile(`(?i)so far this (?:year|season|winter|summer)|since the (?:start|beginning) of (?:the|this) (?:year|season|winter|summer)|` +
	`d[eé]but de (?:l'|l’)(?:ann[eé]e|hiver|[eé]t[eé])|d[eé]but de la saison|` +
	`(?:principios|inicio|comienzo) de(?:l)? (?:año|la temporada|invierno|verano)|` +
	`inizio (?:dell'|dell’)(?:anno|inverno|estate)|inizio della stagione|` +
	`seit (?:jahresbeginn|saisonbeginn|winterbeginn|anfang des jahres|beginn des (?:jahres|winters)|beginn der saison)|` +
	`(?:início|começo) do (?:ano|inverno|verão)|início da temporada|` +
	`begin (?:dit|van het) jaar|sinds het begin van (?:het jaar|dit seizoen|de winter)`)

// elsewhere: a sentence telling of another year than the article's ("in
// 2019 floods killed 30") or of "the previous" one gives no figure of
// this event.
// mayCountSoFar: s holds a word reSoFar needs, a cheap test before the
// expression (most sentences hold none).
func mayCountSoFar(s string) bool {
	for _, w := range soFarCues {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

var soFarCues = []string{"far", "start", "eginn", "but d", "ébut", "ebut", "inicio", "rincipios", "omienzo", "inizio", "seit", "Seit",
	"nício", "nicio", "omeço", "egin"}

func elsewhere(x *Sentence) bool {
	year := ""
	if p := x.Doc.Article.Published; !p.IsZero() {
		year = strconv.Itoa(p.Time.Year())
	}
	for _, q := range x.Quantities {
		if q.Kind == "year" || q.Kind == "date" && len(q.Value) >= 4 && q.Value[0] != '-' {
			// (a later year is a plan's term, "1 200 postes … d'ici
			// 2029", not another event's time)
			if year != "" && !strings.HasPrefix(q.Value, year) && len(q.Value) >= 4 && q.Value[:4] < year {
				return true
			}
		}
	}
	// "Dall'inizio dell'anno sono oltre 1.900 le persone morte": a year's
	// count so far
	if mayCountSoFar(x.Text) && reSoFar.MatchString(x.Text) {
		return true
	}
	ws := Words(x.Text)
	for i, w := range ws {
		switch f := Fold(w.Text); f {
		case "previous":
			return true
		case "year", "month":
			// "At least 70 people died in Colombian mines last year": a
			// past period's count, not this event's
			if i > 0 && Fold(ws[i-1].Text) == "last" {
				return true
			}
		case "pasado", "passado", "dernier", "derniere", "scorso", "scorsa", "vergangenen", "vergangene", "letzten", "vorigen", "vorig", "afgelopen", "vorige":
			// "El año pasado … más de 1.300 personas perdieron la vida",
			// "l'anno scorso", "im vergangenen Jahr", "vorig jaar", before
			// the figures (after them, a comparison: "51,3 procent, een
			// fractie hoger dan … vorig jaar")
			if len(x.Quantities) > 0 && w.Start > x.Quantities[0].Start {
				continue
			}
			for _, j := range []int{i - 1, i + 1} {
				if j >= 0 && j < len(ws) && pastPeriods[afterElision(Fold(ws[j].Text))] {
					return true
				}
			}
		case "vor", "hace", "ha", "a":
			// "Erst vor zwei Wochen war …", "hace dos semanas", "há três
			// anos", "il y a deux ans": an earlier event's count
			if f == "a" && (i < 2 || Fold(ws[i-2].Text) != "il" || Fold(ws[i-1].Text) != "y") {
				continue
			}
			if f == "ha" && strings.ToLower(w.Text) != "há" {
				continue // (Italian "ha tre anni" is an age)
			}
			// (before the figures: after them, a comparison, "höher als
			// vor fünf Jahren")
			if i+2 < len(ws) && agoSpans[Fold(ws[i+2].Text)] && quantityAt(x, ws[i+1].Start) && quantityAfter(x, ws[i+2].End) {
				return true
			}
		case "fa", "geleden", "ago":
			// "tre settimane fa", "drie weken geleden", "two weeks ago"
			if i >= 2 && agoSpans[Fold(ws[i-1].Text)] && quantityAt(x, ws[i-2].Start) && quantityAfter(x, w.End) {
				return true
			}
		case "ultimi", "ultime", "ultimos", "ultimas", "derniers", "dernieres", "past", "last":
			// "negli ultimi dodici mesi almeno quindici imbarcazioni",
			// "in the past two years": a span up to now, before the figures
			if i+2 >= len(ws) || !pastSpans[Fold(ws[i+2].Text)] {
				continue
			}
			spanCount, after := false, false
			for _, q := range x.Quantities {
				spanCount = spanCount || q.Start == ws[i+1].Start
				after = after || q.Start > ws[i+2].End
			}
			if spanCount && after {
				return true
			}
		}
	}
	return false
}

// evacuationBefore: a noun or a verb of evacuation stands before the
// figure at word at ("a retirada preventiva de 340", "retirou cerca de
// 1.800").
func evacuationBefore(ws []Word, at int) bool { return wordBeforeFigure(ws, at, evacuationWords) }

// wordBeforeFigure: a word of words stands within the four words before
// the figure at word at, past hedges and linking words ("cerca de",
// "about", "pelo menos", "preventiva de").
func wordBeforeFigure(ws []Word, at int, words map[string]bool) bool {
	for i := at - 1; i >= 0 && i >= at-4; i-- {
		f := Fold(ws[i].Text)
		if words[f] {
			return true
		}
		if !figureLeadIns[f] {
			return false
		}
	}
	return false
}

// figureLeadIns may stand between a verb or noun of a count and its
// figure (folded).
var figureLeadIns = setOfWords(`de di van von a al preventiva preventivo cerca mais unos unas circa quelque environ rund etwa ongeveer
	about some around nearly than more least at pelo menos`)

// venueWords name where a crowd is.
var venueWords = setOfWords(`stadium stadio estadio stade arena ground park match game concert crowd`)

// rescueBefore: a verb of rescue stands before the figure at word at,
// past a hedge ("rescued about 40", "pulled 280").
func rescueBefore(ws []Word, at int) bool { return wordBeforeFigure(ws, at, rescueVerbs) }

var rescueVerbs = setOfWords(`rescued pulled saved airlifted plucked rescuing`)

// carryBefore: a verb of carrying stands before the figure at word at,
// past hedges ("levando cerca de 90", "llevaba unos 300").
func carryBefore(ws []Word, at int) bool { return wordBeforeFigure(ws, at, carryVerbs) }

var withWords = setOfWords(`with`)

// travelVerbIn: a verb of a journey stands among ws ("travelling",
// "sailed", "left").
func travelVerbIn(ws []Word) bool {
	for _, w := range ws {
		switch Fold(w.Text) {
		case "travelling", "traveling", "sailing", "sailed", "bound", "heading", "headed", "left", "departed", "flying", "flew":
			return true
		}
	}
	return false
}

var carryVerbs = setOfWords(`levando transportando llevaba llevando trasportava trasportando transportait transportant vervoerde`)

var evacuationWords = setOfWords(`retirada retiradas retirou retiraram retirar evacuacion evacuazione evacuatie evakuierung
	desalojo desalojaron desalojado desalojados evacuou evacuaram evacuaron
	evacuati evacuate evacuato evacuata evacuados evacuadas evacues evacuees evacuado evacuada`)

// foreignOutOf: "out of" before "their (homes)" in the other languages
// read.
var foreignOutOf = setOfWords(`uit aus de dalle das`)

// agoSpans are the periods "ago" counts back ("vor drei Wochen", "two
// years ago"); not hours or days, which may be the event's own.
var agoSpans = setOfWords(`weeks months years wochen monaten jahren semanas meses anos años semaines mois ans settimane mesi anni weken maanden jaar jaren`)

// quantityAfter: a quantity of x starts after byte at of its text.
func quantityAfter(x *Sentence, at int) bool {
	for _, q := range x.Quantities {
		if q.Start >= at {
			return true
		}
	}
	return false
}

// quantityAt: a quantity of x starts at byte at of its text.
func quantityAt(x *Sentence, at int) bool {
	for _, q := range x.Quantities {
		if q.Start == at {
			return true
		}
	}
	return false
}

// pastSpans are the periods a span up to now counts ("the past two
// years", "gli ultimi dodici mesi").
var pastSpans = setOfWords(`years months weeks decades anni mesi settimane anos años meses semanas annees ans mois semaines
	jahren jahre monaten monate wochen jaren maanden weken decenni decadas decennies`)

// pastPeriods are the periods "last" qualifies in the other languages
// read ("el año pasado", "l'an dernier", "im vergangenen Jahr").
var pastPeriods = setOfWords(`ano año an annee anno jahr jahres jaar mes mois mese monat maand
	winter sommer saison invierno verano temporada hiver ete inverno estate stagione verao zomer seizoen`)

// withinBound: p is a bound q's figure meets ("more than 180", "189"),
// as one outlet gives its toll and then its count.
func withinBound(p, q tollFigure) bool {
	switch p.bound {
	case 1:
		return q.value >= p.value
	case -1:
		return q.value <= p.value
	}
	return false
}

func tollsCompatible(p, q tollFigure) bool {
	if p.q.Kind == "tally" || q.q.Kind == "tally" {
		return p.q.Value == q.q.Value
	}
	if p.q.Kind == "date" || q.q.Kind == "date" {
		return monthDayOf(p.q.Value) == monthDayOf(q.q.Value)
	}
	if p.value == q.value {
		return true
	}
	// A rough figure ("some 2,000") covers one within a tenth of it. Bounds
	// do not: "at least 9" and "at least 11" are two tolls reported, and
	// a reader wants to see both.
	if p.bound == 2 || q.bound == 2 {
		hi, lo := max(p.value, q.value), min(p.value, q.value)
		return (hi-lo)/hi < 0.1
	}
	// a bound the exact figure keeps within a twentieth: "Nearly 24,000
	// fans" · "A crowd of 23,771"
	hi, lo := max(p.value, q.value), min(p.value, q.value)
	if (p.bound != 0) != (q.bound != 0) && (withinBound(p, q) || withinBound(q, p)) && (hi-lo)/hi <= 0.05 {
		return true
	}
	return false
}

// oneCountTolls are counted once for a whole event, wherever its
// sentences set it ("sickened 214 passengers … during a Caribbean
// voyage" · "in Fort Lauderdale …, sickening 241 passengers"): their
// places need not be the same when each sentence's names are in the
// other's article.
var oneCountTolls = map[string]bool{"sickened": true}

// tollFloor is how alike two sentences must be, at least, for their tolls
// to be one event's when only one of them names a place: well below
// sameContext, since "the death toll has risen to 12" and "floods that
// killed 14 people" share little but the event's words.
const tollFloor = 0.08

// tollSpread: figures further apart than this factor are more likely
// counts of different groups ("more than 200 people dead" in a war, "a
// dozen people living in Israel" killed by its rockets) than two reports
// of one count.
const tollSpread = 2

// sameScene: two sentences' tolls may be one event's. Sentences naming
// only different places ("5 killed in Kharkiv", "3 killed in Belgorod")
// count different dead; one naming a place the other does not must share
// the event's words with it.
func (a *Alignment) sameScene(x, y *Sentence) bool {
	px, py := a.places(x), a.places(y)
	for p := range px {
		if py[p] {
			return true
		}
	}
	// A sentence naming only places its article's dateline names is told
	// from that dateline's town: "GRANTVILLE, Arkola — … tore through
	// central Arkola" is the scene of "struck Grantville".
	if a.withinDateline(x, px, y) || a.withinDateline(y, py, x) {
		return true
	}
	// an event's own name of several words, named in each ("at the
	// Riverbend Sound Festival"), is its scene whatever places the two
	// sentences add
	if len(px) > 0 && len(py) > 0 && !a.sharesEventName(x, y) {
		return false
	}
	// sentences that name things, none the same, tell of two scenes
	if len(x.Names) > 0 && len(y.Names) > 0 && !sharesName(x, y) {
		return false
	}
	return len(px) == 0 && len(py) == 0 || Similarity(x, y) >= tollFloor
}

// sharesEventName: x and y name in common something neither a place
// nor a person, of three words or more ("Riverbend Sound Festival").
func (a *Alignment) sharesEventName(x, y *Sentence) bool {
	for i, n := range x.Names {
		if t := a.nameType[n]; t == crossread.LOC || t == crossread.PERSON || i >= len(x.NameText) || len(strings.Fields(x.NameText[i])) < 3 {
			continue
		}
		if slices.Contains(y.Names, n) {
			return true
		}
	}
	return false
}

// sharesName: the two sentences name someone or something in common, or
// neither names anything. A score is one match's, and a vote one body's:
// "the 13-10 loss to Atlanta" and "the 30-7 loss at Carolina" are two
// games; so a split is set against another only in sentences that share
// names and reach LinkFloor.
func sharesName(x, y *Sentence) bool {
	if len(x.Names) == 0 && len(y.Names) == 0 {
		return true
	}
	for _, n := range x.Names {
		for _, m := range y.Names {
			if n == m {
				return true
			}
		}
	}
	return false
}

// withinDateline: the places px of x are all in x's dateline, and y names
// another place of that dateline.
func (a *Alignment) withinDateline(x *Sentence, px map[string]bool, y *Sentence) bool {
	dl := a.datelines[x.Doc]
	if len(px) == 0 || len(dl) < 2 {
		return false
	}
	for p := range px {
		if !slices.Contains(dl, p) {
			return false
		}
	}
	for _, n := range y.Names {
		if slices.Contains(dl, n) && !px[n] {
			return true
		}
	}
	return false
}

func (a *Alignment) places(x *Sentence) map[string]bool {
	out := map[string]bool{}
	for _, n := range x.Names {
		if a.nameType[n] == crossread.LOC {
			out[n] = true
		}
	}
	return out
}

// tollDiscrepancies finds the human tolls the sources give differently.
// A toll one source gives two values for (an update, or a count per
// region) is left out: which of its values to set against the others'
// cannot be told.
func (a *Alignment) tollDiscrepancies(taken map[crossread.Span]bool) []crossread.Discrepancy {
	byToll := map[string][]tollFigure{}
	var order []string
	for _, x := range a.Sentences {
		if !x.Statement && !shortStatement(x) && !tollReport(x) || len(x.Quantities) == 0 || elsewhere(x) {
			continue
		}
		for _, q := range x.Quantities {
			if taken[spanIn(x, q)] || withinQuotes(x.Text, q.Start) {
				continue
			}
			t, noun, bound, ok := tollOf(x.Text, q)
			if !ok {
				if event, mod, isEvent := eventDateOf(x.Text, q); isEvent {
					t, noun, ok = "date of the "+event, mod, true
				} else {
					continue
				}
			}
			v, _ := strconv.ParseFloat(q.Value, 64)
			if byToll[t] == nil {
				order = append(order, t)
			}
			byToll[t] = append(byToll[t], tollFigure{x: x, q: q, value: v, noun: noun, bound: bound})
		}
	}
	// those still trapped are all the trapped where the source tells of
	// nobody got out ("Seis mineros permanecen atrapados"); beside a
	// rescue, they are what the rescue left
	if still := byToll["still trapped"]; len(still) > 0 {
		out := map[int]bool{}
		for _, f := range byToll["rescued or survived"] {
			out[f.x.Source] = true
		}
		var kept []tollFigure
		for _, f := range still {
			if out[f.x.Source] {
				kept = append(kept, f)
				continue
			}
			if byToll["trapped"] == nil {
				order = append(order, "trapped")
			}
			byToll["trapped"] = append(byToll["trapped"], f)
		}
		byToll["still trapped"] = kept
	}
	var out []crossread.Discrepancy
	for _, t := range order {
		figs := initialTollsOut(risenTollsOnly(otherGroupsOut(byToll[t])))
		storyGroup(figs)
		if ambiguousToll(figs) {
			continue
		}
		paired := make([]bool, len(figs))
		for i, p := range figs {
			for j := i + 1; j < len(figs); j++ {
				q := figs[j]
				// ("More than 60 people were hurt" · "63 injured": a round
				// bound the figure meets is its rounding; "at least 12" ·
				// "14", or "at least 9" · "at least 11", are two tolls
				// reported)
				if p.x.Source == q.x.Source || tollsCompatible(p, q) || !alike(p, q) ||
					roundedBound(p, q) || roundedBound(q, p) || !a.sameScene(p.x, q.x) && !(oneCountTolls[t] && a.namedInEach(p.x, q.x)) && !leadTolls(p, q, figs) &&
					!(t == "turnout" && daysApart(p.x, q.x) <= 1) || // (an election has one turnout: "O comparecimento às urnas foi de 54,2%" · "A participação chegou a 57,9%")
					p.q.Kind == "tally" && !oneVote(p, q) && !onlyVotes(p, q, figs) && !oneMatch(p, q) && (Similarity(p.x, q.x) < LinkFloor || !sharesName(p.x, q.x)) ||
					max(p.value, q.value) > tollSpread*min(p.value, q.value) {
					continue
				}
				paired[i], paired[j] = true, true
			}
		}
		// each side lists every article giving its figure, paired or not
		for j, f := range figs {
			for i, p := range figs {
				if paired[i] && !paired[j] && tollsCompatible(p, f) && alike(p, f) {
					paired[j] = true
				}
			}
		}
		// one line per group counted, when the toll counts several
		// ("sickened 214 passengers and 23 crew members": the passengers'
		// line and the crew's)
		groups := map[string]bool{}
		for i, f := range figs {
			if paired[i] && f.q.Kind != "date" {
				groups[groupOf(f)] = true
			}
		}
		var keys []string
		for i, f := range figs {
			if k := groupOf(f); paired[i] && !slices.Contains(keys, k) {
				keys = append(keys, k)
			}
		}
		for _, g := range keys {
			about := t
			if len(groups) > 1 && g != "" {
				about = t + " (" + g + ")"
			}
			d := &disc{about: about, kind: KindToll}
			if figs[0].q.Kind == "date" {
				d.kind = KindDate
			}
			text := map[string]string{}
			for i, f := range figs {
				if !paired[i] || len(groups) > 1 && groupOf(f) != g {
					continue
				}
				if _, ok := text[f.q.Value]; !ok {
					text[f.q.Value] = f.q.Text
				}
				d.add(text[f.q.Value], f.x.ArticleID(), spanIn(f.x, f.q))
			}
			if len(d.values) > 1 {
				out = append(out, d.out())
			}
			if len(groups) <= 1 {
				break
			}
		}
	}
	return out
}

// storyGroup: when every figure of a toll that names a specific group
// names the same one ("38 migrants", "41 migrants"), and no source gives a
// count of that group beside a count of people, the group is the story's
// people and counts with them ("41 people drowned" · "38 migrants died").
// A second group ("children"), or one source counting both, keeps each
// apart: one may be a part of the other.
func storyGroup(figs []tollFigure) {
	group := ""
	bySource := map[int]map[string]bool{} // source → generic / specific used
	for _, f := range figs {
		if f.q.Kind == "date" {
			return
		}
		if bySource[f.x.Source] == nil {
			bySource[f.x.Source] = map[string]bool{}
		}
		if genericPeople[f.noun] || f.noun == "them" { // ("19 von ihnen": whoever was counted)
			bySource[f.x.Source]["generic"] = true
			continue
		}
		if group != "" && group != classOf(f.noun) {
			return
		}
		group = classOf(f.noun)
		bySource[f.x.Source]["group"] = true
	}
	if group == "" {
		return
	}
	for _, used := range bySource {
		if used["generic"] && used["group"] {
			return
		}
	}
	for i := range figs {
		if classOf(figs[i].noun) == group {
			figs[i].noun = "people"
		}
	}
}

// classOf is the class of people a noun names ("voyageurs" and
// "usagers" are passengers), or the noun.
func classOf(noun string) string {
	if c := peopleClass[noun]; c != "" {
		return c
	}
	return noun
}

// oneVote: two splits are of one vote, each the one split of its source
// (ambiguousToll has left out a toll a source gives two values of), told
// with a word of voting in sentences sharing the story's words ("approved
// the 2028 budget by a vote of 312-288" · "passed the 2028 budget … by
// 314 votes to 286"): a story of a vote tells it, whatever places and
// names its sentences open on. A match's score, told with no such word,
// is one game's of many.
func oneVote(p, q tollFigure) bool {
	return nearVoteWord(p.x.Text) && nearVoteWord(q.x.Text) && Similarity(p.x, q.x) >= tollFloor
}

// onlyVotes: p and q, told with a word of voting, are each the one split
// its source gives, in reports a day apart at most ("Die Entscheidung fiel
// mit sechs zu zwei Stimmen" · "Mit fünf zu drei Stimmen gaben die Richter
// … recht"): the story's one vote, however else the sentences go.
func onlyVotes(p, q tollFigure, figs []tollFigure) bool {
	if !nearVoteWord(p.x.Text) || !nearVoteWord(q.x.Text) || daysApart(p.x, q.x) > 1 {
		return false
	}
	for _, f := range figs {
		if f.x.Source == p.x.Source && f.q.Value != p.q.Value || f.x.Source == q.x.Source && f.q.Value != q.q.Value {
			return false
		}
	}
	return true
}

// groupOf is the group a toll's figure counts, "" for people in general
// (and for an event's day).
func groupOf(f tollFigure) string {
	if f.q.Kind == "date" || genericPeople[f.noun] || f.noun == "them" {
		return ""
	}
	if c := peopleClass[f.noun]; c != "" {
		return c
	}
	return f.noun
}

// roundedBound: p is a round lower bound ("more than 60", "oltre 800")
// the exact figure q meets within a tenth: one count, rounded down.
func roundedBound(p, q tollFigure) bool {
	if p.bound != 1 || q.bound != 0 || !withinBound(p, q) || p.value < 20 {
		return false
	}
	step := 10.0
	if p.value >= 200 {
		step = 100
	}
	return math.Mod(p.value, step) == 0 && q.value-p.value <= p.value/10
}

// oneMatch: two scores of sets in the order played, all alike but one
// set ("6-4, 3-6, 7-6 (5), 6-3" · "6-4, 3-6, 7-6 (7-4), 6-3"), in
// sentences naming someone in common: one match, whatever else the two
// sentences say.
func oneMatch(p, q tollFigure) bool {
	a, b := strings.Fields(p.q.Value), strings.Fields(q.q.Value)
	if len(a) < 2 || len(a) != len(b) || !sharesName(p.x, q.x) {
		return false
	}
	differ := 0
	for i := range a {
		if a[i] != b[i] {
			differ++
		}
	}
	return differ <= 1
}

// leadTolls: p and q are each its source's only figure of the toll,
// told in its article's first paragraphs (one within its first five
// sentences, the other its first nine), in reports a day apart at most:
// the story's toll as each outlet tells it ("cinq personnes sont
// décédées, dont une femme … à Chaudfontaine" · "Quatre personnes ont
// perdu la vie … dans la province de Liège"; "Some 2,300 residents were
// evacuated" · "In total, 3,200 people were forced from their homes"),
// whatever places they name.
func leadTolls(p, q tollFigure, figs []tollFigure) bool {
	if p.q.Kind == "tally" || p.q.Kind == "date" || daysApart(p.x, q.x) > 1 {
		return false
	}
	// (one of them near its article's lead, the other told later: "a brutal
	// heatwave that has killed at least 31 people" · "At least 23 people
	// have died … in Rajasthan, Uttar Pradesh and Madhya Pradesh")
	if min(p.x.Index, q.x.Index) > 4 || max(p.x.Index, q.x.Index) > 8 {
		return false
	}
	for _, f := range figs {
		if f.x.Source == p.x.Source && f.q.Value != p.q.Value || f.x.Source == q.x.Source && f.q.Value != q.q.Value {
			return false
		}
	}
	return true
}

// otherGroupsOut leaves out the figures told as another group ("Outros 52
// óbitos seguem em investigação") of a source that gives the toll a
// figure of its own.
func otherGroupsOut(figs []tollFigure) []tollFigure {
	other := func(f tollFigure) bool {
		ws := Words(f.x.Text[:min(f.q.Start, len(f.x.Text))])
		return len(ws) > 0 && otherWords[Fold(ws[len(ws)-1].Text)]
	}
	plain := map[int]bool{}
	for _, f := range figs {
		if !other(f) {
			plain[f.x.Source] = true
		}
	}
	return slices.DeleteFunc(slices.Clone(figs), func(f tollFigure) bool { return other(f) && plain[f.x.Source] })
}

// alike: two figures count the same people, or date the same event ("the
// election" and "the general election", not "the primary election").
func alike(p, q tollFigure) bool {
	if p.q.Kind == "date" {
		return p.noun == q.noun || p.noun == "" || q.noun == ""
	}
	return peopleAlike(p.noun, q.noun)
}

func peopleAlike(a, b string) bool {
	// ("Deux d'entre eux", "two of them": whoever the sentence before
	// counted)
	return a == b || a == "them" || b == "them" || genericPeople[a] && genericPeople[b] || peopleClass[a] != "" && peopleClass[a] == peopleClass[b]
}

// peopleClass names the groups outlets count under several nouns: one
// site's workers ("Five workers have been injured" · "Six miners have
// been injured", "siete mineros" · "nueve trabajadores"), the police
// ("negen agenten" · "Elf politieagenten"), firefighters.
var peopleClass = func() map[string]string {
	m := map[string]string{}
	for class, words := range map[string]string{
		"workers": `workers miners employees staff labourers laborers workmen
			trabajadores mineros empleados obreros operarios ouvriers salariés employés travailleurs
			arbeiter bergleute beschäftigte mitarbeiter operai minatori lavoratori dipendenti
			trabalhadores mineiros operários funcionários empregados arbeiders mijnwerkers werknemers medewerkers`,
		"police officers": `police policemen officers agentes policías policiers polizisten beamte agenti poliziotti
			polícias policiais agenten politieagenten politiemensen`,
		"crew": `crew sailors seafarers crewmen marineros tripulantes marins marinai seeleute matrozen bemanningsleden`,
		"passengers": `passengers travellers travelers commuters voyageurs usagers passagers pasajeros viajeros passeggeri viaggiatori
			passageiros fahrgäste fahrgaste passagiere reisende reizigers passagiers`,
		"inmates": `inmates prisoners detainees presos reos internos reclusos detenidos detentos détenus prisonniers
			detenuti carcerati häftlinge gefangene insassen gedetineerden`,
		"firefighters": `firefighters firemen bomberos pompiers sapeurs-pompiers feuerwehrleute einsatzkräfte pompieri vigili bombeiros brandweerlieden brandweerlui brandweermannen`,
		"pupils":       `pupils schoolchildren alumnos escolares élèves écoliers écolières schüler schülerinnen schülern alunni scolari alunos leerlingen scholieren`,
	} {
		for _, w := range strings.Fields(words) {
			m[Fold(w)] = class
			peopleNouns[Fold(w)] = true
		}
	}
	return m
}()

// risenTollsOnly: a source telling its toll risen to a figure ("subiu
// para oito", "has risen to 12") gives that as the toll; its smaller
// figures of the same people are parts or earlier counts ("Dois corpos
// foram encontrados").
func risenTollsOnly(figs []tollFigure) []tollFigure {
	risen := map[int]float64{}
	for _, f := range figs {
		if tollRisen(f) && f.value > risen[f.x.Source] {
			risen[f.x.Source] = f.value
		}
	}
	if len(risen) == 0 {
		return figs
	}
	return slices.DeleteFunc(slices.Clone(figs), func(f tollFigure) bool {
		r, ok := risen[f.x.Source]
		return ok && f.value < r
	})
}

// initialTollsOut leaves out a source's figure told as the first count,
// or as those dead at the scene, when the source gives another ("In der Nacht hatten die Behörden
// zunächst von 23 Verletzten gesprochen" beside its "27 Menschen
// verletzt"): it reports the count superseded, not its own.
func initialTollsOut(figs []tollFigure) []tollFigure {
	// (a death told by its rank, "A fifth person has died", supersedes
	// the source's toll one less: its "Four people … were found dead")
	ranked := map[int]string{}
	for _, f := range figs {
		if r := ordinalValue(f.q.Text); r > 1 {
			ranked[f.x.Source] = strconv.Itoa(r - 1)
		}
	}
	initial := make([]bool, len(figs))
	current := map[int]bool{}
	for i, f := range figs {
		initial[i] = toldInitially(f.x.Text[:min(f.q.Start, len(f.x.Text))]) || atTheScene(f.x.Text[min(f.q.End, len(f.x.Text)):]) ||
			ranked[f.x.Source] != "" && f.q.Value == ranked[f.x.Source] && ordinalValue(f.q.Text) <= 1
		if !initial[i] {
			current[f.x.Source] = true
		}
	}
	var out []tollFigure
	for i, f := range figs {
		if initial[i] && current[f.x.Source] {
			continue
		}
		out = append(out, f)
	}
	return out
}

// atTheScene: the words after a count tell those who died there and
// then, a part of the toll when the source gives another ("Deux
// personnes avaient été retrouvées sans vie sur place" beside its "coûte
// la vie à trois personnes").
func atTheScene(after string) bool {
	return reAtTheScene.MatchString(after)
}

var reAtTheScene = regexp.MustCompile(`(?i)\b(?:at the scene|on the spot|sur place|sur le coup|en el lugar|en el acto|sul posto|sul colpo|no local|na hora|am unfallort|an der unfallstelle|noch vor ort|ter plaatse)\b`)

// initiallyWords and initiallyPhrases (folded) tell a count as the first
// reported: "initially", "zunächst", "en un primer momento".
var (
	initiallyWords = setOfWords(`initially originally zunachst anfangs ursprunglich zuerst inicialmente initialement inizialmente aanvankelijk
		preliminary preliminar preliminaire preliminare vorlaufig vorlaufige vorlaufigen voorlopig voorlopige`)
	initiallyPhrases = []string{"at first", "primer momento", "primeiro momento", "primo momento", "premier temps", "premiers bilans", "eerste instantie"}
)

// toldInitially: one of the last eight words before a count, or a phrase
// among them, tells it as the first reported.
func toldInitially(before string) bool {
	ws := Words(before)
	from := max(0, len(ws)-8)
	for _, w := range ws[from:] {
		if initiallyWords[Fold(w.Text)] {
			return true
		}
	}
	if len(ws) == 0 {
		return false
	}
	tail := strings.ToLower(Fold(before[ws[from].Start:]))
	for _, p := range initiallyPhrases {
		if strings.Contains(tail, p) {
			return true
		}
	}
	return false
}

// tollRisen: the figure f is told as what its toll rose to.
func tollRisen(f tollFigure) bool {
	ws := Words(f.x.Text[:min(f.q.Start, len(f.x.Text))])
	n := len(ws)
	if n < 2 || !riseTo[Fold(ws[n-1].Text)] {
		return false
	}
	return riseVerbs[Fold(ws[n-2].Text)] || n >= 3 && riseVerbs[Fold(ws[n-3].Text)]
}

// ambiguousToll: one source gives the toll two values that cannot both
// be right.
func ambiguousToll(figs []tollFigure) bool {
	for i, p := range figs {
		for _, q := range figs[i+1:] {
			if p.x.Source == q.x.Source && alike(p, q) && !tollsCompatible(p, q) && !withinBound(p, q) && !withinBound(q, p) {
				return true
			}
		}
	}
	return false
}

// eventNouns name the events news gives a day for.
var eventNouns = map[string]bool{
	"election": true, "elections": true, "vote": true, "referendum": true, "runoff": true, "primary": true,
	"summit": true, "meeting": true, "talks": true, "trial": true, "hearing": true, "sentencing": true,
	"deadline": true, "launch": true, "visit": true, "inauguration": true, "ceremony": true, "debate": true,
	"conference": true, "congress": true, "convention": true, "strike": true, "match": true, "final": true,
	"race": true, "opening": true, "funeral": true, "wedding": true, "signing": true, "auction": true,
	"resignation": true, "retirement": true, "verdict": true, "ruling": true, "release": true, "premiere": true,
	"merger": true, "closure": true, "handover": true, "ceasefire": true, "truce": true, "shutdown": true,
	"walkout": true, "protest": true, "rally": true, "march": true, "concert": true, "tournament": true,
	"caucus": true, "caucuses": true, "announcement": true,
}

// eventCues stand between an event and its day: "the election is set
// for October 11", "the summit will be held on May 3".
var eventCues = map[string]bool{
	"is": true, "was": true, "will": true, "be": true, "set": true, "scheduled": true, "slated": true,
	"due": true, "planned": true, "held": true, "takes": true, "take": true, "took": true, "place": true,
	"on": true, "for": true, "now": true, "expected": true, "to": true, "played": true, "staged": true, "begin": true, "begins": true, "start": true, "starts": true,
}

var eventDeterminers = map[string]bool{"the": true, "this": true, "its": true, "their": true, "a": true, "an": true, "next": true}

// eventDateOf reads the date q of sentence s as the day of an event: "the
// October 4 general election" (noun "election", modifier "general"), "the
// election is set for October 11". Only a day written with its number
// counts.
func eventDateOf(s string, q Quantity) (noun, mod string, ok bool) {
	if q.Kind != "date" || !strings.ContainsAny(q.Text, "0123456789") || monthDayOf(q.Value) == "" {
		return "", "", false
	}
	ws := Words(s)
	at, end := -1, -1
	for i, w := range ws {
		if at < 0 && w.End > q.Start {
			at = i
		}
		if w.Start >= q.End {
			end = i
			break
		}
	}
	if at < 0 {
		return "", "", false
	}
	joined := func(i, j int) bool { return strings.TrimSpace(s[ws[i].End:ws[j].Start]) == "" }
	// "the October 4 (general) election"
	if end > 0 && at > 0 && eventDeterminers[Fold(ws[at-1].Text)] {
		for k := end; k < len(ws) && k < end+3 && joined(k-1, k); k++ {
			f := Fold(ws[k].Text)
			if eventNouns[f] {
				if k > end {
					mod = Fold(ws[k-1].Text)
				}
				return f, mod, true
			}
			if !isLowerWord(ws[k].Text) {
				break
			}
		}
	}
	// "the (general) election is set for October 11"
	for k := at - 1; k >= 0 && k >= at-7; k-- {
		if !joined(k, k+1) && strings.ContainsAny(s[ws[k].End:ws[k+1].Start], ",;:()") {
			break
		}
		f := Fold(ws[k].Text)
		if eventNouns[f] {
			if k > 0 && isLowerWord(ws[k-1].Text) && !eventDeterminers[Fold(ws[k-1].Text)] && !IsStop(Fold(ws[k-1].Text)) {
				mod = Fold(ws[k-1].Text)
			}
			return f, mod, true
		}
		if !eventCues[f] {
			break
		}
	}
	return "", "", false
}

// monthDayOf is a day's "MM-DD", whether its year is known or not.
func monthDayOf(v string) string {
	if len(v) == 10 && v[4] == '-' && v[7] == '-' {
		return v[5:]
	}
	if strings.HasPrefix(v, "--") && len(v) == 7 {
		return v[2:]
	}
	return ""
}

func isLowerWord(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsLower(r)
}

// shortStatement reports a full sentence too short for a brief to quote
// but whole for a figure: "Turnout was 61%." A capital opens it, a full
// stop ends it, a verb is in it, and it is no caption.
// tollReport: x, in another language, is a verbless sentence of a
// toll, as their papers open a report ("Tre morti e 27 feriti, quattro
// dei quali in gravi condizioni.", "Tre vittime, trentacinque feriti e
// un'autostrada paralizzata …").
func tollReport(x *Sentence) bool {
	t := strings.TrimSpace(x.Text)
	ws := Words(t)
	first, _ := utf8.DecodeRuneInString(t)
	return langOf(x) != "" && !x.Caption && len(ws) >= 4 && unicode.IsUpper(first) && strings.HasSuffix(t, ".") &&
		anyWord(t, func(f string) bool { return tollWords[f] != "" })
}

func shortStatement(x *Sentence) bool {
	t := strings.TrimSpace(x.Text)
	ws := Words(t)
	first, _ := utf8.DecodeRuneInString(t)
	// ("15 Menschen wurden dabei verletzt.": a figure may open it)
	return !x.Caption && len(ws) >= 3 && (unicode.IsUpper(first) || unicode.IsDigit(first)) && strings.HasSuffix(t, ".") && (hasVerbIn(ws) || pastTenseIn(ws, langOf(x)))
}

// attendance: the figure ws[at:end] is a crowd's size: "a crowd of
// 48,500", "in front of 52,000 spectators", "watched by 46,000 fans", "an
// attendance of 30,112". An event has one.
func attendance(ws []Word, at, end int) bool {
	word := func(k int) string {
		if k < 0 || k >= len(ws) {
			return ""
		}
		return Fold(ws[k].Text)
	}
	p1, p2, p3 := word(at-1), word(at-2), word(at-3)
	switch {
	case p1 == "of" && (p2 == "crowd" || p2 == "attendance" || p2 == "front" && p3 == "in"),
		p1 == "some" && p2 == "of" && word(at-3) == "crowd",
		p1 == "by" && p2 == "watched":
		return true
	}
	// "About 31,000 fans were ordered out": a crowd in the thousands
	if word(end) == "fans" && at < len(ws) && slices.ContainsFunc(ws, func(w Word) bool { return venueWords[Fold(w.Text)] }) {
		if v, err := strconv.ParseFloat(strings.ReplaceAll(ws[at].Text, ",", ""), 64); err == nil && v >= 1000 {
			return true
		}
	}
	switch word(end) {
	case "spectators", "espectadores", "spectateurs", "spettatori", "zuschauer", "zuschauern", "toeschouwers":
		// (not "Medical staff attended to nine spectators": those cared
		// for, not the crowd)
		return !(p1 == "to" && p2 == "attended" || caredForWords[p1])
	case "persone", "personnes", "personas", "pessoas", "menschen", "mensen", "people":
		// "Sugli spalti … c'erano 8.900 persone": people in the stands
		for _, w := range ws {
			if standsWords[Fold(w.Text)] {
				return true
			}
		}
	case "fans", "supporters":
		return p1 == "by" && p2 == "watched" || p1 == "before" || p1 == "of" && p2 == "front"
	case "aficionados", "tifosi", "torcedores", "supporteurs":
		// "ante 60.000 aficionados", "devant 40 000 supporteurs", "davanti
		// a 50.000 tifosi", "diante de 40 mil torcedores"
		if p1 == "a" || p1 == "de" || p1 == "di" {
			p1 = p2
		}
		return p1 == "ante" || p1 == "devant" || p1 == "davanti" || p1 == "diante" || p1 == "vor"
	}
	return false
}

// caredForWords before a count of spectators make it those treated.
var caredForWords = setOfWords(`treated helped injured hurt evacuated rescued atendidos atendio soignes attendus curati soccorsi behandelt verzorgd`)

// standsWords name a venue's stands (folded).
var standsWords = setOfWords(`stands spalti tribune tribunes gradas graderio arquibancadas arquibancada rangen tribunen`)

// aboard: the figure ws[at:end] counts the people on a plane, a ship or a
// train: "carrying 132 people", "with 133 passengers and crew", "132
// people on board", "133 aboard".
// seafarers: a boat's crew and fishers, in the languages read (folded).
var seafarers = setOfWords(`crew sailors seafarers fishermen tripulantes marineros pescadores tripulants marins pecheurs marinai pescatori
	tripulanti seeleute fischer besatzungsmitglieder bemanningsleden vissers`)

func aboard(ws []Word, at, end int) bool {
	word := func(k int) string {
		if k < 0 || k >= len(ws) {
			return ""
		}
		return Fold(ws[k].Text)
	}
	// "carrying 179 passengers and seven crew", "178 Passagiere und sechs
	// Crewmitglieder": the passengers are a part of who was on board
	switch word(end + 1) {
	case "and", "und", "y", "et", "e", "en":
		// (the crew counted in a word or two: "en een zeskoppige bemanning")
		if end+2 < len(ws) && (crewWords[word(end+3)] || crewWords[word(end+4)] && crewSize(word(end+3))) {
			return false
		}
	}
	for k := end; k < len(ws) && k <= end+4; k++ {
		switch word(k) {
		case "aboard":
			return true
		case "board":
			if word(k-1) == "on" {
				return true
			}
		case "crew":
			if word(k-1) == "and" && word(k-2) == "passengers" {
				// ("112 passengers and crew were rescued": the rescued)
				for j := k + 1; j <= k+3; j++ {
					switch word(j) {
					case "rescued", "saved", "died", "killed", "injured", "hurt", "missing", "survived", "evacuated":
						return false
					}
				}
				return true
			}
		case "bord", "bordo", "bordo.", "boord":
			// "à bord", "a bordo", "an Bord", "aan boord"
			if p := word(k - 1); p == "a" || p == "an" || p == "al" || p == "aan" {
				return true
			}
		}
	}
	// "An Bord waren rund 150 Reisende", "A bordo viajaban 60 personas",
	// "À bord se trouvaient 72 personnes": the board named before
	for k := at - 1; k >= 0 && k >= at-5; k-- {
		if w := word(k); (w == "bord" || w == "bordo") && k >= 1 {
			if p := word(k - 1); p == "an" || p == "a" || p == "à" {
				switch word(end) {
				case "people", "passengers", "persons", "passagers", "passageiros", "pasajeros", "passeggeri", "passagiere",
					"passagieren", "fahrgaste", "reisende", "personnes", "personas", "persone", "pessoas", "menschen":
					return true
				}
				if seafarers[word(end)] {
					return true // "A bordo viajaban 14 tripulantes"
				}
			}
		}
	}
	// "Im Zug befanden sich etwa 120 Menschen", "En el tren viajaban 60
	// personas": a vehicle, a verb of being or travelling in it, then the
	// people
	vehicle, inIt := false, false
	for k := at - 1; k >= 0 && k >= at-7; k-- {
		switch word(k) {
		case "zug", "flugzeug", "bus", "schiff", "boot", "tren", "avion", "autobus", "barco", "train", "bateau", "treno",
			"aereo", "nave", "comboio", "navio", "aviao", "trein", "vliegtuig":
			vehicle = true
		case "befanden", "reisten", "sassen", "viajaban", "iban", "encontraban", "trouvaient", "voyageaient",
			"trovavano", "viaggiavano", "estavam", "viajavam", "zaten", "reisden":
			inIt = true
		}
	}
	if vehicle && inIt {
		switch word(end) {
		case "people", "passengers", "persons", "passagers", "passageiros", "pasajeros", "passeggeri", "passagiere",
			"passagieren", "fahrgaste", "reisende", "personnes", "personas", "persone", "pessoas", "menschen", "mensen", "passagiers":
			return true
		}
	}
	// "carrying 180 passengers", "transportait 180 passagers", "con 180
	// pasajeros": the number a vehicle carried
	carrier := at - 1
	if word(carrier) == "a" && (word(carrier-1) == "transportaba" || word(carrier-1) == "llevaba") {
		carrier-- // "transportaba a 58 personas": Spanish marks the persons carried
	}
	// ("a school bus carrying 31 pupils": whoever a vehicle carries)
	if (word(carrier) == "carrying" || word(carrier) == "carried") && peopleNouns[word(end)] && word(end) != "victims" {
		return true
	}
	switch word(carrier) {
	case "carrying", "transportait", "transportaient", "transportant", "transportaba", "transportando", "trasportava", "trasportando", "transportava", "beforderte",
		"transporte", "transporta", "llevaba", "avait", "con", "avec", "mit", "com", "met", "vervoerde", "levava", "carregava", "portava":
		if seafarers[word(end)] && word(carrier) != "con" && word(carrier) != "avec" && word(carrier) != "mit" && word(carrier) != "com" && word(carrier) != "avait" && word(carrier) != "met" {
			return true // "la lancha llevaba 16 tripulantes"
		}
		switch word(end) {
		case "people", "passengers", "persons", "passagers", "passageres", "pasajeros", "passeggeri", "passageiros",
			"passagiere", "passagieren", "fahrgaste", "fahrgasten", "personnes", "personas", "persone", "pessoas", "menschen", "passagiers", "mensen":
			return word(carrier) != "con" && word(carrier) != "avec" && word(carrier) != "mit" && word(carrier) != "com" && word(carrier) != "avait" && word(carrier) != "met" ||
				passengerNouns[word(end)]
		case "occupants", "ocupantes", "occupanti", "insassen", "inzittenden":
			return true
		}
	}
	return false
}

// ageRangeFrom: the figure ending before word end opens a range of ages
// ("tinham entre os 18 e os 25 anos", "zwischen 18 und 25 Jahre alt",
// "aged between 19 and 27"): no count of people.
func ageRangeFrom(ws []Word, end int) bool {
	k := end
	if k >= len(ws) || !rangeJoins[Fold(ws[k].Text)] {
		return false
	}
	k++
	if k < len(ws) && articlesBeforeToll[Fold(ws[k].Text)] {
		k++
	}
	if k+1 >= len(ws) || !isNumeric(Fold(ws[k].Text)) {
		return false
	}
	return ageWords[Fold(ws[k+1].Text)]
}

var (
	rangeJoins = setOfWords(`e y et und en and a bis to`)
	ageWords   = setOfWords(`anos años ans anni jahre jahren jaar years`)
)

// nationalityLike: w is an English nationality's adjective by its
// ending ("British", "Italian", "Spanish", "Japanese", "Swiss"):
// capitalised, no word of a name.
func nationalityLike(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	if !unicode.IsUpper(r) || len(w) < 4 || isAllCapsWord(w) {
		return false
	}
	for _, end := range []string{"ish", "ian", "ese", "can", "ean", "ch", "ss", "ic"} {
		if strings.HasSuffix(w, end) {
			return true
		}
	}
	return false
}

// crewSize: w counts a crew in one word ("zeskoppige", "sechsköpfige",
// "seven-member").
func crewSize(w string) bool {
	return strings.HasSuffix(w, "koppige") || strings.HasSuffix(w, "kopfige") || strings.HasSuffix(w, "member") || isNumeric(w)
}

// crewWords name a crew, in the languages read (folded).
var crewWords = setOfWords(`crew crewmitglieder besatzungsmitglieder besatzung tripulantes tripulacion membres equipage
	equipaggio bemanningsleden bemanning`)

// passengerNouns count the people a vehicle carries.
var passengerNouns = map[string]bool{"passengers": true, "passagers": true, "pasajeros": true, "passeggeri": true,
	"passageiros": true, "passagiere": true, "passagieren": true, "fahrgaste": true, "fahrgasten": true, "passagiers": true}

// inFavour: the words from k on tell a share voting for something: "in
// favour" ("in favor") right after, or "of (its) members, voters,
// delegates or shareholders" and then "backed", "supported", "approved" or
// "voted for".
func inFavour(ws []Word, k int) bool {
	word := func(i int) string {
		if i < 0 || i >= len(ws) {
			return ""
		}
		return Fold(ws[i].Text)
	}
	if word(k) == "in" && (word(k+1) == "favour" || word(k+1) == "favor") {
		return true
	}
	if word(k) != "of" {
		return false
	}
	j := k + 1
	if word(j) == "its" || word(j) == "the" || word(j) == "their" {
		j++
	}
	switch word(j) {
	case "members", "voters", "delegates", "shareholders", "workers", "staff":
	default:
		return false
	}
	switch word(j + 1) {
	case "backed", "supported", "approved", "endorsed":
		return true
	case "voted":
		return word(j+2) == "for" || word(j+2) == "in"
	}
	return false
}

// isAllCapsWord: w is written in capitals, two letters or more ("ASN").
func isAllCapsWord(w string) bool {
	n := 0
	for _, r := range w {
		if !unicode.IsUpper(r) {
			return false
		}
		n++
	}
	return n >= 2
}

// groupAboard: the count ws[at:end] is a group one of whom the sentence
// tells of, named by who they are ("one of four Australian tourists
// aboard"): a part of those on board, not all of them.
func groupAboard(ws []Word, at, end int) bool {
	if at < 2 || Fold(ws[at-1].Text) != "of" {
		return false
	}
	if _, ok := number.WordValue("en", ws[at-2].Text); !ok && Fold(ws[at-2].Text) != "one" {
		return false
	}
	k := end
	if k < len(ws) && unicode.IsUpper([]rune(ws[k].Text)[0]) {
		k++ // "Australian"
	}
	if k >= len(ws) {
		return false
	}
	f := Fold(ws[k].Text)
	return peopleNouns[f] && !genericPeople[f] && !passengerNouns[f] && f != "people" && f != "passengers"
}
