package entity

import (
	"fmt"
	"regexp"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"crossread"

	"golang.org/x/text/language"
	"golang.org/x/text/language/display"
)

// The model learned English news. Read on Spanish, French, Italian or
// Portuguese copy it finds most names, since those languages capitalise
// names and little else, but it types them by English habits, which these
// languages turn round: the head noun opens a name ("Ministerio de
// Defensa", "Instituto Geofísico del Perú") where English closes one
// ("Defense Ministry"), an office is written in lower case before the
// name ("el ministro Jorge Salas"), and a capitalised article or pronoun
// opening a sentence ("Un", "Nous") looks like a name to it. romanceRules
// puts these right for a text in one of those languages.

// romanceLanguage reports the languages romanceRules reads.
func romanceLanguage(lang string) bool {
	switch lang {
	case "es", "fr", "it", "pt", "ca", "gl":
		return true
	}
	return false
}

func romanceRules(lang string, words [][]string, tagged [][]Chunk, m *Model) {
	countries := countryNames(lang)
	cued := map[string]string{}  // name → the type a cue gave it
	midCaps := map[string]bool{} // capitalised inside a sentence: a name, not a sentence's first word
	for _, ws := range words {
		for i, w := range ws {
			if i > 0 && isCapitalised(w) {
				midCaps[w] = true
			}
		}
	}
	// "la Protezione civile" somewhere: the capital of "La Protezione
	// civile" opening a sentence is the sentence's, not the name's.
	articleBefore := map[string]bool{}
	for _, ws := range words {
		for i := 1; i < len(ws); i++ {
			if definiteArticles[ws[i-1]] {
				articleBefore[ws[i]] = true
			}
		}
	}
	for si := range tagged {
		ws := words[si]
		open := sentenceOpening(ws)
		for k, c := range tagged[si] {
			if c.Start == open && c.End-c.Start > 1 && definiteArticles[strings.ToLower(ws[open])] && articleBefore[ws[open+1]] {
				tagged[si][k].Start++
			}
			// "il Porto Vesta 3-1": a score after a team is no part of its name
			for c := &tagged[si][k]; c.End-c.Start > 1 && scoreToken.MatchString(ws[c.End-1]); {
				c.End--
			}
		}
		tagged[si] = romanceSentence(words[si], tagged[si], countries, m, cued, midCaps)
	}
	// One name, one type in an article: "la región de Arequipa" makes a
	// place of the "Arequipa" the tagger called an organisation later on.
	for si, chunks := range tagged {
		for k, c := range chunks {
			if typ, ok := cued[strings.Join(words[si][c.Start:c.End], " ")]; ok && typ != "" {
				tagged[si][k].Type = typ
			}
		}
	}
}

func romanceSentence(ws []string, chunks []Chunk, countries map[string]bool, m *Model, cued map[string]string, midCaps map[string]bool) []Chunk {
	var out []Chunk
	for _, c := range chunks {
		// A capitalised article or pronoun alone is no name ("Un séisme",
		// "« Nous n'avons"); longer names may open with one ("La Paz",
		// "Le Monde").
		if c.End-c.Start == 1 && romanceFunctionWords[strings.ToLower(ws[c.Start])] {
			continue
		}
		// Nor is a run without a capital ("para"), which English copy
		// hardly ever tags and which here is a common word, nor a figure
		// opening a sentence ("Cerca de 500 pessoas", "Más de 200").
		if !slices.ContainsFunc(ws[c.Start:c.End], hasUpper) {
			continue
		}
		if quantityOpeners[strings.ToLower(ws[c.Start])] && (slices.ContainsFunc(ws[c.Start:c.End], func(w string) bool { return strings.ContainsAny(w, "0123456789") }) ||
			c.End-c.Start == 1 && c.End < len(ws) && strings.ContainsAny(ws[c.End][:1], "0123456789")) {
			continue // ("Environ 9 800 maisons": the hedge alone, before its figure)
		}
		// "de Defensa": a name does not open with a particle; the head
		// before it is found below, or the particle goes. Nor with an
		// indefinite article or a demonstrative ("Un TER"); a definite
		// article may be the name's own ("La Paz", "Le Monde").
		for c.End-c.Start > 1 && (nameLinks[ws[c.Start]] || portfolioLinks[ws[c.Start]] || leadingNotName[strings.ToLower(ws[c.Start])] || elidedCommonNoun(ws[c.Start]) ||
			c.Start == sentenceOpening(ws) && sentenceOpeningPrepositions[strings.ToLower(ws[c.Start])]) {
			c.Start++ // ("Dans la capitale, …": the sentence's capital, no name's)
		}
		if !slices.ContainsFunc(ws[c.Start:c.End], hasUpper) {
			continue
		}
		// "o PDU de Henrique Moura Lobo": a party's initials, then
		// whose it is, two names
		if c.End-c.Start >= 3 && isAllCaps(ws[c.Start]) && len([]rune(ws[c.Start])) > 1 && nameLinks[ws[c.Start+1]] &&
			romanceGivenNames[strings.ToLower(ws[c.Start+2])] {
			out = append(out, Chunk{Start: c.Start, End: c.Start + 1, Type: "ORG"}, Chunk{Start: c.Start + 2, End: c.End, Type: "PER"})
			continue
		}
		out = append(out, c)
	}
	// Organisations named head first, tagged or not: "Ministerio de
	// Defensa", "le ministère de la Défense", "Presidencia del Consejo de
	// Ministros", "Banco Central".
	for i := 0; i < len(ws); i++ {
		if !romanceOrgHead(ws[i]) {
			continue
		}
		end, named := nameRunEnd(ws, i+1)
		// Unless a name follows, only a head the tagger took for a name
		// opens one: "Centro comercial" opening a sentence is none.
		if !named && !slices.ContainsFunc(out, func(c Chunk) bool { return c.Start <= i && i < c.End }) {
			continue
		}
		// "La Protezione civile ha …": the article opening the sentence
		// is the sentence's, not the name's.
		for k, c := range out {
			if c.Start == i-1 && i-1 == 0 && definiteArticles[strings.ToLower(ws[0])] {
				out[k].Start = i
			}
		}
		out = takeOver(out, Chunk{Start: i, End: end, Type: "ORG"})
		i = end - 1
	}
	for k, c := range out {
		if c.Type == "ORG" && romanceOrgHead(ws[c.Start]) {
			continue
		}
		name := strings.ToLower(strings.Join(ws[c.Start:c.End], " "))
		before := ""
		if c.Start > 0 {
			before = strings.ToLower(ws[c.Start-1])
		}
		// The word before the particles that link the name to it: "la
		// ciudad de", "le ministre de la", "a 30 kilómetros de".
		head, linked := "", false
		for j := c.Start - 1; j >= 0; j-- {
			w := strings.ToLower(ws[j])
			if nameLinks[w] || elidedLink(w) || portfolioLinks[w] && j > 0 && portfolioHolders[elidedWord(strings.ToLower(ws[j-1]))] {
				linked = true
				continue
			}
			head = w
			break
		}
		if linked && portfolioHolders[elidedWord(head)] {
			// "el ministro de Defensa": the portfolio, no name; in "le
			// ministre de la Santé Roman Prymula" the holder's name
			// follows it, a given name on or the last two words.
			out[k].Type = ""
			if n := c.End - c.Start; n >= 3 {
				from := c.End - 2
				for j := c.Start + 1; j < c.End-1; j++ {
					if givenNames[strings.ToLower(ws[j])] {
						from = j
						break
					}
				}
				out[k] = Chunk{Start: from, End: c.End, Type: "PER"}
				cued[strings.Join(ws[from:c.End], " ")] = "PER"
			}
			continue
		}
		cue := ""
		switch {
		case c.Start == 0 && c.End < len(ws) && (isAllCaps(ws[0]) && datelineMarks[ws[c.End]] || c.End == 1 && dashMarks[ws[1]] && midCaps[ws[0]]):
			// "ROMA —", "LIMA (EFE)", "Rennes –" (when the article names
			// it inside a sentence too; "Séisme –" is a headline's noun):
			// a dateline names a place.
			out[k].Type = "LOC"
		case countries[name]:
			cue = "LOC"
		case romancePlaceHeads[ws[c.Start]] && c.End-c.Start > 1:
			// "Río Amazonas", "Plaza de Mayo", "Île de la Cité".
			cue = "LOC"
		case linked && placeNouns[head]:
			// "la región de Arequipa", "la ville de Chala", "a 30
			// kilómetros de Arequipa", "au nord de Lyon".
			cue = "LOC"
		case romanceRoles[before] && c.Type != "ORG":
			// "el ministro Jorge Salas", "la présidente Dina Boluarte".
			cue = "PER"
		case c.Type != "PER" && c.End-c.Start >= 2 && c.End-c.Start <= 4 && romanceGivenNames[strings.ToLower(ws[c.Start])] && !romanceOrgHead(ws[c.Start]) && allCapitalised(ws[c.Start:c.End]):
			// "Raimundo Nonato Amanajás", "Salvatore Mirabella": a given
			// name opens a person's name, whatever type English habits gave it
			cue = "PER"
		case c.Type == "PER" && c.End-c.Start == 1 && m.knownAs(ws[c.Start:c.End], "LOC") && !m.knownAs(ws[c.Start:c.End], "PER"):
			out[k].Type = "LOC"
		}
		if cue == "" {
			continue
		}
		out[k].Type = cue
		key := strings.Join(ws[c.Start:c.End], " ")
		if prev, ok := cued[key]; ok && prev != cue {
			cue = "" // cues that disagree leave each mention its own type
		}
		cued[key] = cue
	}
	out = slices.DeleteFunc(out, func(c Chunk) bool { return c.Type == "" })
	for _, c := range out {
		if c.Type == "ORG" && romanceOrgHead(ws[c.Start]) {
			cued[strings.Join(ws[c.Start:c.End], " ")] = "ORG"
		}
	}
	return out
}

// nameRunEnd returns where a name that continues at ws[i] ends:
// capitalised words, the particles between them ("de la", "del", "di",
// "do") and the adjectives names carry ("nationale", "géophysique");
// named reports a capitalised word among them.
func nameRunEnd(ws []string, i int) (end int, named bool) {
	end = i
	for j := i; j < len(ws); j++ {
		w := ws[j]
		switch {
		case isCapitalised(w) || isAllCaps(w) && len([]rune(w)) > 1:
			end, named = j+1, true
		case romanceNameAdjective(w):
			end = j + 1
		case nameLinks[w] || elidedLink(w):
			// kept only when a name word follows
		default:
			return end, named
		}
	}
	return end, named
}

// romanceNameAdjective reports the lower-case adjectives that French and
// Italian names carry after their head ("Assemblée nationale", "Institut
// géophysique"): read only inside a run already begun.
func romanceNameAdjective(w string) bool {
	for _, suffix := range []string{"ique", "ale", "ile", "elle", "aire", "ien", "ienne", "ais", "aise", "ano", "ana", "ico", "ica", "al"} {
		if strings.HasSuffix(w, suffix) && len(w) > len(suffix)+2 && !hasUpper(w) {
			return true
		}
	}
	return false
}

// takeOver adds c to chunks, taking in any chunk it overlaps.
func takeOver(chunks []Chunk, c Chunk) []Chunk {
	var out []Chunk
	for _, o := range chunks {
		if o.End <= c.Start || o.Start >= c.End {
			out = append(out, o)
			continue
		}
		c.Start, c.End = min(c.Start, o.Start), max(c.End, o.End)
	}
	out = append(out, c)
	slices.SortFunc(out, func(a, b Chunk) int { return a.Start - b.Start })
	return out
}

// splitElisions splits an elided article or particle from the name it
// runs into ("l'Institut", "d'Arequipa", "dell'Ecuador"), which the
// English tokeniser keeps whole.
func splitElisions(ts []crossread.Token) []crossread.Token {
	var out []crossread.Token
	for _, t := range ts {
		i := strings.IndexAny(t.Text, "'’")
		if i <= 0 {
			out = append(out, t)
			continue
		}
		_, size := utf8.DecodeRuneInString(t.Text[i:])
		prefix, rest := t.Text[:i+size], t.Text[i+size:]
		r, _ := utf8.DecodeRuneInString(rest)
		if !unicode.IsUpper(r) || !elisions[strings.ToLower(t.Text[:i])] {
			out = append(out, t)
			continue
		}
		cut := t.Start + len(prefix)
		out = append(out, crossread.Token{Start: t.Start, End: cut, Text: prefix},
			crossread.Token{Start: cut, End: t.End, Text: rest})
	}
	return out
}

var elisions = romanceSet("l d dell dall all nell sull un qu")

// elidedCommonNoun: w is an elided article before a word in lower case
// ("L'imprenditore" opening "L'imprenditore Ercole Bonfanti ha firmato"),
// a noun describing the name after it.
func elidedCommonNoun(w string) bool {
	i := strings.IndexAny(w, "'’")
	if i <= 0 || !elisions[strings.ToLower(w[:i])] {
		return false
	}
	_, size := utf8.DecodeRuneInString(w[i:])
	r, _ := utf8.DecodeRuneInString(w[i+size:])
	return unicode.IsLower(r)
}

// elidedWord is w without an elided article or preposition before it
// ("dall'assessora": "assessora").
func elidedWord(w string) string {
	if i := strings.IndexAny(w, "'’"); i > 0 && elisions[w[:i]] {
		_, size := utf8.DecodeRuneInString(w[i:])
		return w[i+size:]
	}
	return w
}

// elidedLink reports "d'", "dell'": a linking word whose vowel the next
// word took.
func elidedLink(w string) bool {
	w = strings.ReplaceAll(strings.ToLower(w), "’", "'")
	return w == "d'" || w == "dell'" || w == "dall'" || w == "all'" || w == "l'"
}

var datelineMarks = map[string]bool{"—": true, "–": true, "-": true, "(": true, ",": true}

var dashMarks = map[string]bool{"—": true, "–": true}

var quantityOpeners = romanceSet(`cerca alrededor casi más mas menos unos unas environ près plus moins quasi circa
	oltre quase mais até hasta`)

var definiteArticles = romanceSet("el la los las le les il lo gli i o a os as")

var leadingNotName = romanceSet(`un une uno una unos unas um uma uns umas ce cet cette ces este esta estos estas
	ese esa questo questa quel quella este esta esse essa`)

// scoreToken is a match's score or a vote's split: "3-1".
var scoreToken = regexp.MustCompile(`^\d{1,3}[-–]\d{1,3}$`)

// sentenceOpening is the index of a sentence's first word after a wire
// dateline ("Lumara – Il Lumara ha battuto …", "ROMA (ANSA) – …"), 0
// without one.
func sentenceOpening(ws []string) int {
	for i := 1; i < len(ws) && i <= 6; i++ {
		if dashMarks[ws[i]] {
			for _, w := range ws[:i] {
				if w != "(" && w != ")" && w != "," && !isCapitalised(w) {
					return 0
				}
			}
			if i+1 < len(ws) {
				return i + 1
			}
			return 0
		}
	}
	return 0
}

// sentenceOpeningPrepositions, capitalised as a sentence's first word,
// open no name.
var sentenceOpeningPrepositions = romanceSet(`dans sur pour avec depuis vers chez sous par pendant malgré
	con para desde durante hacia sobre sin
	nel nella nei negli nelle dal dalla per tra fra
	em no na nos nas pelo pela com durante`)

var nameLinks = map[string]bool{"de": true, "del": true, "la": true, "las": true, "los": true, "des": true, "du": true,
	"di": true, "della": true, "dello": true, "dei": true, "degli": true, "delle": true, "do": true, "da": true,
	"dos": true, "das": true, "y": true, "e": true, "et": true, "i": true}

// romanceOrgHead reports a head noun that opens an organisation's name:
// capitalised, or a ministry's in the lower case French and Spanish often
// give it ("le ministère de la Défense").
func romanceOrgHead(w string) bool {
	if romanceOrgHeads[w] {
		return true
	}
	switch w {
	case "ministère", "ministerio", "ministero", "ministério":
		return true
	}
	return false
}

func romanceSet(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

var romanceOrgHeads = romanceSet(`
	Ministerio Instituto Universidad Banco Partido Consejo Comisión Agencia Tribunal Corte Congreso Senado Asamblea
	Fundación Asociación Sindicato Federación Confederación Policía Ejército Armada Gobierno Presidencia Secretaría
	Servicio Oficina Centro Hospital Cámara Junta Dirección Superintendencia Fiscalía Defensoría Procuraduría
	Contraloría Compañía Empresa Grupo Organización Comité Colegio Escuela Academia Observatorio Autoridad Guardia
	Fuerzas Movimiento Frente Unión Alianza Coalición Radio Televisión Diario
	Ministère Institut Université Banque Parti Conseil Agence Cour Congrès Sénat Assemblée Fondation Association
	Syndicat Fédération Confédération Police Gendarmerie Armée Gouvernement Présidence Secrétariat Service Office
	Centre Hôpital Chambre Direction Compagnie Société Groupe Organisation Collège École Académie Observatoire
	Autorité Garde Mouvement Front Union Alliance Coalition Commission
	Ministero Istituto Università Banca Partito Consiglio Commissione Agenzia Tribunale Congresso Senato Assemblea
	Camera Fondazione Associazione Sindacato Federazione Confederazione Polizia Esercito Governo Presidenza
	Segreteria Servizio Ufficio Ospedale Direzione Compagnia Società Gruppo Organizzazione Comitato Collegio Scuola
	Accademia Osservatorio Autorità Movimento Fronte Unione Alleanza Coalizione Procura
	Protezione Protección Protection Proteção
	Ministério Universidade Conselho Comissão Agência Assembleia Câmara Fundação Associação Federação
	Confederação Polícia Exército Governo Presidência Secretaria Serviço Direção Companhia Sociedade Organização
	Comitê Colégio Escola Observatório Autoridade Guarda Forças União Aliança Coalizão Procuradoria`)

var romancePlaceHeads = romanceSet(`
	Río Lago Monte Cerro Sierra Cordillera Volcán Isla Islas Golfo Bahía Puerto Península Calle Avenida Plaza Paseo
	Provincia Región Valle Desierto Mar Océano Playa
	Rivière Fleuve Lac Mont Monts Île Îles Golfe Baie Péninsule Rue Boulevard Place Région Vallée Désert Mer
	Océan Plage
	Fiume Isola Isole Baia Porto Penisola Via Viale Piazza Regione Deserto Mare Oceano Spiaggia
	Rio Serra Ilha Ilhas Baía Rua Praça Província Região Vale Praia`)

// placeNouns name a kind of place before its name ("la región de
// Arequipa", "la ville de Chala", "la città di Napoli"), or say how far
// or in which direction from it ("a 30 kilómetros de", "au nord de").
var placeNouns = romanceSet(`
	región provincia ciudad departamento distrito municipio localidad pueblo capital comuna estado
	région ville département commune village capitale
	regione città comune capoluogo
	região província cidade município
	kilómetros km kilomètres chilometri quilômetros quilómetros millas
	près cerca proximité vicino perto afueras alrededores environs périphérie banlieue
	norte sur oeste noreste noroeste sureste suroeste nord sud ouest nord-est nord-ouest sud-est sud-ouest
	nordest nordovest sudest sudovest nordeste noroeste sudeste sudoeste`)

// portfolioHolders take a portfolio after "de": "el ministro de Defensa",
// "la secrétaire d'État", whose capital makes no name.
var portfolioHolders = romanceSet(`ministro ministra ministre secretario secretaria secrétaire segretario
	secretário secretária consejero consejera conseiller conseillère consigliere conselheiro conselheira
	viceministro viceministra vice-ministre assessore assessora`)

// portfolioLinks join a holder to a portfolio as "de" does: "l'assessora
// alla Sanità", "adjoint aux Finances".
var portfolioLinks = romanceSet(`alla allo al ai agli à aux ao`)

// romanceRoles are offices and titles written in lower case before a
// person's name.
var romanceRoles = romanceSet(`
	presidente presidenta ministro ministra alcalde alcaldesa gobernador gobernadora portavoz director directora
	jefe jefa secretario secretaria senador senadora diputado diputada juez jueza fiscal general papa rey reina
	príncipe princesa canciller embajador embajadora vicepresidente vicepresidenta señor señora don doña doctor
	doctora profesor profesora dirigente candidato candidata entrenador periodista investigador investigadora
	président présidente ministre maire gouverneur porte-parole directeur directrice secrétaire sénateur
	sénatrice député députée juge procureur procureure pape roi prince chancelier chancelière ambassadeur
	ambassadrice monsieur madame docteur professeur dirigeant dirigeante candidat entraîneur journaliste
	chercheur chercheuse
	sindaco governatore portavoce direttore direttrice segretario senatore senatrice deputato deputata giudice
	procuratore re regina principe principessa cancelliere ambasciatore signor signora dottor dottoressa
	professoressa allenatore giornalista ricercatore ricercatrice
	prefeito prefeita governador governadora porta-voz diretor diretora secretário secretária juiz juíza
	procurador procuradora rei rainha chanceler embaixador embaixadora senhor senhora doutor doutora treinador
	jornalista pesquisador pesquisadora`)

var romanceFunctionWords = romanceSet(`
	el la los las un una unos unas lo al del este esta estos estas ese esa eso esos esas aquel aquella yo tú él
	ella nosotros nosotras ellos ellas usted ustedes mi su sus nuestro nuestra pero y o ni que como cuando donde
	si no sí ya también según tras ante hay es son fue era muy más menos todo toda todos todas otro otra cada
	aunque porque pues entonces así hoy ayer aquí allí
	le les une des du de au aux ce cet cette ces il elle ils elles nous vous je tu on mon ma mes son sa ses leur
	leurs notre nos votre vos mais et ou où qui quand comme non oui selon après avant est sont était très plus
	tout toute tous toutes autre chaque aujourd'hui hier demain ici là cela ceci ça
	gli uno della dei delle alla questo questa questi queste quello quella io lui lei noi voi loro mio suo
	ma né secondo dopo prima è sono molto più meno tutto tutti ogni oggi ieri domani qui lì
	os as um uma uns umas dos das na nas ao estes essa isso aquele eu ele nós eles elas você meu seu sua nosso
	mas nem não sim após antes são muito hoje ontem amanhã aqui ali`)

var countryNamesByLang sync.Map // lang → map[string]bool

// countryNames returns the lower-cased names of the world's countries in
// lang and in English, from the Unicode CLDR's names that x/text carries.
func countryNames(lang string) map[string]bool {
	if v, ok := countryNamesByLang.Load(lang); ok {
		return v.(map[string]bool)
	}
	names := map[string]bool{}
	var namers []display.Namer
	for _, l := range []string{lang, "en"} {
		if t, err := language.Parse(l); err == nil {
			namers = append(namers, display.Regions(t))
		}
	}
	for a := 'A'; a <= 'Z'; a++ {
		for b := 'A'; b <= 'Z'; b++ {
			code := string([]rune{a, b})
			r, err := language.ParseRegion(code)
			if err != nil || !r.IsCountry() || code == "EU" || code == "EZ" || code == "UN" {
				continue // the European Union and the UN are organisations
			}
			for _, n := range namers {
				if name := n.Name(r); name != "" {
					names[strings.ToLower(name)] = true
				}
			}
		}
	}
	// Continents and their parts ("Afrique", "América del Sur") are
	// places too: UN M.49's numeric codes, the world itself aside.
	for code := 2; code < 1000; code++ {
		r, err := language.ParseRegion(fmt.Sprintf("%03d", code))
		if err != nil {
			continue
		}
		for _, n := range namers {
			if name := n.Name(r); name != "" {
				names[strings.ToLower(name)] = true
			}
		}
	}
	// The European Union and the United Nations are organisations, by
	// whichever code CLDR names them.
	for _, code := range []string{"EU", "EZ", "UN", "QU"} {
		if r, err := language.ParseRegion(code); err == nil {
			for _, n := range namers {
				delete(names, strings.ToLower(n.Name(r)))
			}
		}
	}
	countryNamesByLang.Store(lang, names)
	return names
}

// allCapitalised: every word of ws opens on a capital.
func allCapitalised(ws []string) bool {
	for _, w := range ws {
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) {
			return false
		}
	}
	return true
}

// romanceGivenNames are common given names in the Romance languages read
// (lower case), beside the English-trained givenNames.
var romanceGivenNames = romanceSet(`juan josé jose luis carlos jorge pedro miguel javier francisco antonio manuel rafael fernando
	alejandro diego pablo andrés andres ricardo roberto eduardo sergio raúl raul alberto gabriel daniel mario rogelio ramón ramon
	arturo enrique gustavo hernán hernan rodolfo marcelo oscar óscar felipe ignacio joaquín joaquin gonzalo emilio héctor hector
	raimundo nonato joão joao paulo antónio tiago rui nuno vasco rodrigo bruno ricardo sebastião sebastiao fábio fabio thiago
	giuseppe giovanni salvatore francesco luca marco andrea alessandro matteo lorenzo stefano paolo massimo roberto renzo gerlando
	giancarlo gianluca vincenzo pietro carlo enzo fabrizio riccardo claudio maurizio sandro sergio
	jean pierre jacques michel philippe alain nicolas françois francois laurent olivier christophe stéphane stephane thierry
	patrick éric eric julien mathieu bernard didier gilles yves hervé herve pascal benoît benoit guillaume sébastien sebastien
	maría maria carmen ana lucía lucia laura marta elena isabel sofía sofia paula andrea claudia patricia rosa cristina beatriz
	mariana juliana fernanda gabriela camila luciana carla helena joana inês ines rita teresa francesca giulia chiara sara
	valentina federica alessandra marie anne isabelle nathalie sylvie catherine sophie christine valérie valerie céline celine
	hélène helene caroline julie aurélie aurelie émilie emilie sandrine véronique veronique
	henrique luís duarte gonçalo goncalo afonso sérgio hugo andré andre catarina filipa inês marta`)
