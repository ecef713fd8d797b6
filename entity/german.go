package entity

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"crossread"
)

// German capitalises every noun, so the English-trained model, which reads
// names by their capitals, would take "Gesetz" for a place. German copy is
// read by rules instead, which name only what something beside the
// capital marks: a title or office before a name ("Bundeskanzler Olaf
// Scholz", "Frau Berg"), a known given name before a surname, a country or
// continent by its German name (the Unicode CLDR's), an acronym ("SPD",
// "NATO"), a federal body or a ministry ("Bundestag",
// "Gesundheitsministerium"), a company's legal form ("Siemens AG") and a
// dateline ("BERLIN (dpa) –"). The surname of a person so named is a
// person wherever else the article uses it alone. Fewer names than the
// model finds in English, and few wrong ones.
func recognizeGerman(doc *crossread.Doc) []crossread.Mention {
	text := doc.Article.Text
	countries := countryNames("de")
	var sentences [][]crossread.Token
	for _, r := range sentenceRanges(doc, text) {
		if ts := Tokenize(text, r[0], r[1]); len(ts) > 0 {
			sentences = append(sentences, ts)
		}
	}
	var out []crossread.Mention
	add := func(ts []crossread.Token, i, j int, typ string) {
		s, e := ts[i].Start, ts[j-1].End
		out = append(out, crossread.Mention{
			Span: crossread.Span{ArticleID: doc.Article.ID, Start: s, End: e},
			Text: text[s:e],
			Type: typ,
		})
	}
	// "NORD", "GANZ": a word the article also writes as a word is set in
	// capitals, no acronym.
	wordsInCaps, lowerSeen := map[string]bool{}, map[string]bool{}
	for _, ts := range sentences {
		for _, t := range ts {
			if !isAllCaps(t.Text) {
				wordsInCaps[strings.ToLower(t.Text)] = true
			}
			if !hasUpper(t.Text) {
				lowerSeen[t.Text] = true
			}
		}
	}
	surnames := map[string]bool{}
	for _, ts := range sentences {
		shouting := shoutedLine(ts)
		for i := 0; i < len(ts); i++ {
			w := ts[i].Text
			switch {
			case i == 0 && isAllCaps(w) && utf8.RuneCountInString(w) > 2 && len(ts) > 1 && germanDatelineMarks[ts[1].Text]:
				// "BERLIN (dpa) –": a dateline ("Passau –" may be a noun:
				// "Hochwasser – die Lage")
				add(ts, 0, 1, crossread.LOC)
			case !isCapitalised(w) && !isAllCaps(w):
			case countryRun(ts, i, countries) > i:
				j := countryRun(ts, i, countries)
				add(ts, i, j, crossread.LOC)
				i = j - 1
			case germanPersonTitle(w) && i+1 < len(ts) && germanNameWord(ts[i+1].Text):
				j := germanNameEnd(ts, i+1)
				add(ts, i+1, j, crossread.PERSON)
				surnames[ts[j-1].Text] = true
				i = j - 1
			case germanPersonTitle(w) && i+3 < len(ts) && ts[i+1].Text == "," && germanNameWord(ts[i+2].Text):
				// "Eine Sprecherin, Ilka Brodersen, sagte …": the
				// name between commas after the office, two words or more
				if j := germanNameEnd(ts, i+2); j > i+3 && j < len(ts) && ts[j].Text == "," {
					add(ts, i+2, j, crossread.PERSON)
					surnames[ts[j-1].Text] = true
					i = j - 1
				}
			case givenNames[strings.ToLower(w)] || germanGivenNames[strings.ToLower(w)]:
				if j := germanNameEnd(ts, i); j > i+1 {
					add(ts, i, j, crossread.PERSON)
					surnames[ts[j-1].Text] = true
					i = j - 1
				}
			case germanBody(w):
				add(ts, i, i+1, crossread.ORG)
			case !shouting && isAcronym(w) && !notAcronyms[w] && !wordsInCaps[strings.ToLower(w)]:
				typ := crossread.ORG
				if countryAcronyms[w] {
					typ = crossread.LOC
				}
				add(ts, i, i+1, typ)
			default:
				if j := legalFormEnd(ts, i); j > i {
					add(ts, i, j, crossread.ORG)
					i = j - 1
				}
			}
		}
	}
	// "Scholz sagte": the surname of a person named in full.
	for _, ts := range sentences {
		for i, t := range ts {
			if i == 0 && lowerSeen[strings.ToLower(t.Text)] {
				continue // "Weil es regnet": a sentence's first word
			}
			if surnames[t.Text] && !covered(out, t.Start) && (i+1 == len(ts) || !isCapitalised(ts[i+1].Text)) {
				add(ts, i, i+1, crossread.PERSON)
			}
		}
	}
	slices.SortFunc(out, func(a, b crossread.Mention) int { return a.Start - b.Start })
	return out
}

func covered(ms []crossread.Mention, pos int) bool {
	for _, m := range ms {
		if m.Start <= pos && pos < m.End {
			return true
		}
	}
	return false
}

// shoutedLine reports a line set in capitals (a headline, a kicker), where
// capitals mark no acronym.
func shoutedLine(ts []crossread.Token) bool {
	words, caps := 0, 0
	for _, t := range ts {
		if hasLetter(t.Text) {
			words++
			if isAllCaps(t.Text) {
				caps++
			}
		}
	}
	return caps >= 3 && 2*caps >= words
}

// countryRun returns the end of the longest country or continent name of
// up to three words at ts[i], or i.
func countryRun(ts []crossread.Token, i int, countries map[string]bool) int {
	for n := min(3, len(ts)-i); n > 0; n-- {
		var b strings.Builder
		for k := i; k < i+n; k++ {
			if k > i {
				b.WriteByte(' ')
			}
			b.WriteString(strings.ToLower(ts[k].Text))
		}
		if countries[b.String()] {
			return i + n
		}
	}
	return i
}

// germanNameWord reports a word that may be part of a person's name: a
// capitalised word that is not an article, a month or a weekday.
func germanNameWord(w string) bool {
	if !isCapitalised(w) || germanNotNames[strings.ToLower(w)] {
		return false
	}
	for _, r := range w {
		if !unicode.IsLetter(r) && r != '-' && r != '\'' && r != '’' && r != '.' {
			return false // "Hübner:„Ich": words run together
		}
	}
	return true
}

// germanNameEnd returns the end of a name starting at ts[i]: up to four
// capitalised words, with "von", "van", "de" (and after "von", "der" or
// "zu") between them ("Ursula von der Leyen").
func germanNameEnd(ts []crossread.Token, i int) int {
	end := i + 1
	for j := i + 1; j < len(ts) && j < i+5; {
		if germanNameWord(ts[j].Text) {
			// "Robert Habecks Plan": a name in the genitive ends it, the
			// noun after is the thing named.
			if prev := ts[j-1].Text; j-1 > i && strings.HasSuffix(prev, "s") && isCapitalised(prev) {
				break
			}
			end = j + 1
			j++
			continue
		}
		// "von der Leyen", "van Gogh", "de Maizière"; "zu" and "der" are
		// prepositions and articles unless "von" leads them.
		k := j
		if germanNameParticles[ts[k].Text] {
			k++
			for k < len(ts) && (ts[k].Text == "der" || ts[k].Text == "den" || ts[k].Text == "zu") {
				k++
			}
		}
		if k == j || k >= len(ts) || !germanNameWord(ts[k].Text) || germanInstitution(ts[k].Text) {
			break // ("Anke Vollmer von der Polizeidirektion Lüneburg": where she works)
		}
		end = k + 1
		j = k + 1
	}
	return end
}

// germanInstitution: w names an institution by its ending
// ("Polizeidirektion", "Staatsanwaltschaft", "Kreisverwaltung"), no
// surname after "von".
func germanInstitution(w string) bool {
	l := strings.ToLower(w)
	for _, suffix := range []string{"direktion", "polizei", "anwaltschaft", "verwaltung", "behörde", "amt", "ministerium",
		"feuerwehr", "gericht", "bank", "verband", "gesellschaft", "kammer", "stiftung", "schaft", "zentrale", "klinik", "krankenhaus",
		"universität", "hochschule", "institut", "bahn", "werke", "dienst", "agentur", "rat", "partei"} {
		if strings.HasSuffix(l, suffix) && len(l) > len(suffix)+2 {
			return true
		}
	}
	return false
}

var germanNameParticles = romanceSet("von van de di da")

// germanPersonTitle reports an office or courtesy title written before a
// name: "Bundeskanzler", "Außenministerin", "Frau", "Dr.".
func germanPersonTitle(w string) bool {
	l := strings.ToLower(w)
	if germanTitles[l] {
		return true
	}
	for _, suffix := range []string{"minister", "ministerin", "präsident", "präsidentin", "kanzler", "kanzlerin",
		"sprecher", "sprecherin", "vorsitzende", "vorsitzender", "bürgermeister", "bürgermeisterin", "chef", "chefin",
		"trainer", "trainerin", "direktor", "direktorin", "botschafter", "botschafterin", "abgeordnete", "abgeordneter",
		"richter", "richterin", "sekretär", "sekretärin", "kommissar", "kommissarin", "vorstand", "vorständin",
		"geschäftsführer", "geschäftsführerin", "leiter", "leiterin", "beauftragte", "beauftragter", "dezernent", "dezernentin",
		"landrat", "landrätin", "senator", "senatorin", "stadtrat", "stadträtin", "kommandant", "kommandantin", "rektor", "rektorin",
		"anwalt", "anwältin", "obmann", "obfrau", "vorsteher", "vorsteherin", "veranstalter", "veranstalterin",
		"organisator", "organisatorin", "inhaber", "inhaberin", "betreiber", "betreiberin", "gründer", "gründerin",
		"koordinator", "koordinatorin", "intendant", "intendantin", "kurator", "kuratorin", "ermittler", "ermittlerin"} {
		if strings.HasSuffix(l, suffix) {
			return true
		}
	}
	return false
}

// germanBody reports a federal or state body or a ministry named in one
// word: "Bundestag", "Landesregierung", "Gesundheitsministerium".
func germanBody(w string) bool {
	l := strings.ToLower(w)
	if strings.HasSuffix(l, "ministerium") && len(l) > len("ministerium") {
		return true
	}
	if !strings.HasPrefix(l, "bundes") && !strings.HasPrefix(l, "landes") {
		return false
	}
	for _, suffix := range []string{"tag", "rat", "regierung", "wehr", "bank", "gericht", "gerichtshof", "amt", "agentur",
		"anstalt", "polizei", "anwaltschaft", "ministerium", "kanzleramt", "netzagentur", "kartellamt", "liga"} {
		if strings.HasSuffix(l, suffix) {
			return true
		}
	}
	return false
}

// isAcronym reports an acronym: two to five capitals, not a Roman
// numeral. (With digits it is a model, a road or a size: "A46", "DA42".)
func isAcronym(w string) bool {
	n := utf8.RuneCountInString(w)
	if n < 2 || n > 5 {
		return false
	}
	roman := true
	for _, r := range w {
		if !unicode.IsUpper(r) {
			return false
		}
		roman = roman && strings.ContainsRune("IVXLCDM", r)
	}
	return !roman
}

// legalFormEnd returns the end of a company's name closed by its legal
// form ("Siemens AG", "Deutsche Bahn AG", "Muster GmbH & Co. KG") that
// starts at ts[i], or i.
func legalFormEnd(ts []crossread.Token, i int) int {
	for j := i + 1; j < len(ts) && j <= i+3; j++ {
		if legalForms[ts[j].Text] {
			return j + 1
		}
		if !isCapitalised(ts[j].Text) && ts[j].Text != "&" {
			break
		}
	}
	return i
}

var legalForms = romanceSet("GmbH AG SE KG KGaA OHG e.V. eG mbH")

// notAcronyms are the abbreviations of units, currencies, formats and
// things, which name no organisation.
var notAcronyms = romanceSet(`PS KW KWH MW GW TV PC CD DVD USB GPS LED HD SUV LKW PKW EUR USD CHF GBP CSS HTML PDF RSS
	SMS PIN FAQ UV IT PR OK KM CM MM KG ML DJ VIP CEO CFO CTO AG GMBH NR ST CA KI AI IQ DNA RNA WLAN LTE DSL TB GB MB`)

var germanDatelineMarks = map[string]bool{"–": true, "—": true, "(": true}

var countryAcronyms = romanceSet("USA UK BRD DDR VAE")

var germanTitles = romanceSet("herr frau dr. prof. professor professorin papst könig königin prinz prinzessin kardinal bischof pfarrer " +
	// occupations written before a name ("Schäfer Jan Brodersen", "Landwirtin Anke Meyer")
	"schäfer schäferin landwirt landwirtin bäuerin winzer winzerin förster försterin")

var germanNotNames = romanceSet(`der die das den dem des ein eine einen einem einer eines und oder aber im am vom zum zur
	januar februar märz april mai juni juli august september oktober november dezember
	montag dienstag mittwoch donnerstag freitag samstag sonntag`)

// germanGivenNames adds common German given names to the ones the English
// rules know.
var germanGivenNames = romanceSet(`olaf angela friedrich markus annalena robert christian karl wolfgang jürgen stefan
	andreas martin frank klaus ursula sabine katrin claudia julia lena lars jens uwe heiko hubertus svenja saskia sahra
	alice tino cem bärbel manuela winfried hendrik marco horst gerhard helmut norbert volker ralf dieter günter rainer
	bernd jörg matthias florian tobias philipp sebastian johannes lukas felix maximilian jan tim nils sven dirk thorsten
	torsten carsten holger detlef sigmar malu franziska nancy christine karin monika petra susanne birgit andrea
	anja kerstin silke heike ute brigitte renate ingrid gabriele steffi katja nina jana lisa laura sophie marie hannah
	cornelia annegret armin kevin hubert cem ricarda omid boris joachim walter heinz werner ernst
	henrike frauke sönke hauke meike wiebke imke antje insa gesche jannik fiete ole finn
	heinrich hinrich hermann gustav otto wilhelm georg paul peter michael thomas christoph daniel simon jonas leon emil
	anton fritz hans kurt rudolf helga gisela elke marion anke maren britta jutta dörte`)
