package entity

import (
	"slices"
	"strings"
)

// The model learned English news. Dutch copy capitalises names and little
// else, as English does, so it finds most names there, but a capitalised
// word opening a sentence ("Volgens Anouk Verhoef", "Ruim 250.000
// reizigers", "Directeur Hans Verbeek van RSV") is read into the name
// after it, an affiliation after "van" into a person's name, and Dutch
// institutions, named by a head English does not know ("Maasoever
// Ziekenhuis", "Inspectie Leefomgeving"), are taken for people.
// dutchRules puts these right for a text in Dutch.
func dutchRules(words [][]string, tagged [][]Chunk) {
	for si := range tagged {
		tagged[si] = dutchSentence(words[si], tagged[si])
	}
}

func dutchSentence(ws []string, chunks []Chunk) []Chunk {
	var out []Chunk
	for _, c := range chunks {
		titled := false
		// (a lower-case article opens no name: "de Marathon van …")
		for c.End-c.Start > 1 && (ws[c.Start] == "de" || ws[c.Start] == "het" || ws[c.Start] == "een") {
			c.Start++
		}
		// (nor a lower-case "van": a surname standing alone writes it
		// "Van"; "De Marathon van Den Bosch" cut after its article is the
		// word before it and on)
		if ws[c.Start] == "van" && c.End-c.Start > 1 {
			if c.Start > 0 && isCapitalised(ws[c.Start-1]) && !dutchOpeners[strings.ToLower(ws[c.Start-1])] {
				c.Start--
			} else {
				c.Start++
			}
		}
		for c.End-c.Start > 1 && (dutchOpeners[strings.ToLower(ws[c.Start])] || dutchTitle(ws[c.Start])) {
			titled = titled || dutchTitle(ws[c.Start])
			c.Start++
		}
		if c.End-c.Start == 1 && (dutchOpeners[strings.ToLower(ws[c.Start])] || dutchTitle(ws[c.Start])) {
			continue
		}
		if !slices.ContainsFunc(ws[c.Start:c.End], hasUpper) || !slices.ContainsFunc(ws[c.Start:c.End], hasLetter) {
			continue // ("250.000" once its "Ruim" is gone)
		}
		if titled && c.Type != "ORG" {
			c.Type = "PER"
		}
		if c.Type == "PER" {
			// "Hans Verbeek van RSV": the person, then where they work
			for j := c.Start + 2; j < c.End-1; j++ {
				if (ws[j] == "van" || ws[j] == "bij") && (isAllCaps(ws[j+1]) || dutchOrgWord(ws[j+1])) {
					c.End = j
					break
				}
			}
			// "Wethouder Mobiliteit Ruud Koster": a portfolio before the
			// name, which a given name opens
			if c.End-c.Start >= 3 {
				for j := c.Start + 1; j < c.End-1; j++ {
					if knownGivenName(ws[j]) && !knownGivenName(ws[c.Start]) {
						c.Start = j
						break
					}
				}
			}
		}
		// "DEN BOSCH (SLL) -": a dateline names a place, all its words
		if c.Start == 0 && isAllCaps(ws[0]) {
			end := c.End
			for end < len(ws) && isAllCaps(ws[end]) && hasLetter(ws[end]) && end-c.Start < 4 {
				end++
			}
			if end < len(ws) && end+1 < len(ws) && datelineMarks[ws[end]] && !slices.ContainsFunc(out, func(o Chunk) bool { return o.Start < end && o.End > c.End }) {
				c.End, c.Type = end, "LOC"
			}
		}
		switch {
		case c.Type == "LOC":
		case c.End-c.Start > 1 && dutchEventHeads[strings.ToLower(ws[c.Start])]:
			c.Type = "MISC" // "Marathon van Den Bosch", "Ronde van Drenthe": an event
		case slices.ContainsFunc(ws[c.Start:c.End], dutchOrgWord):
			c.Type = "ORG"
		case c.Type == "PER" && c.End-c.Start > 1 && dutchPlaceTails[strings.ToLower(ws[c.End-1])]:
			c.Type = "LOC" // "Rotterdam Centraal", "Station Zuid"
		}
		out = append(out, c)
	}
	return out
}

func knownGivenName(w string) bool {
	l := strings.ToLower(w)
	return givenNames[l] || dutchGivenNames[l] || germanGivenNames[l] || romanceGivenNames[l]
}

// dutchTitle: an office written before a name, capitalised opening a
// sentence ("Directeur", "Wethouder", "FNV-bestuurder", "Politiewoordvoerder").
func dutchTitle(w string) bool {
	l := strings.ToLower(w)
	if dutchTitles[l] {
		return true
	}
	for _, t := range []string{"woordvoerder", "woordvoerster", "bestuurder", "directeur", "voorzitter", "minister", "burgemeester",
		"wethouder", "commandant", "chef", "officier", "rechter", "advocaat", "arts", "hoogleraar", "onderzoeker", "leider", "manager"} {
		if strings.HasSuffix(l, t) {
			return true
		}
	}
	return false
}

// dutchOrgWord: a word whose tail names an institution ("Ziekenhuis",
// "Stadsvervoer", "Gemeente", "Inspectie").
func dutchOrgWord(w string) bool {
	l := strings.ToLower(w)
	for _, h := range dutchOrgHeads {
		if strings.HasSuffix(l, h) {
			return true
		}
	}
	return false
}

var dutchOrgHeads = strings.Fields(`ziekenhuis vervoer inspectie ministerie gemeente provincie politie brandweer universiteit
	hogeschool rechtbank stichting vereniging omroep instituut waterschap hoogheemraadschap spoorwegen maatschappij
	centrum zorg bank bond partij raad dienst`)

var dutchEventHeads = romanceSet(`marathon festival toernooi ronde tour kampioenschap kampioenschappen beker prijs race spelen
	kermis carnaval jaarmarkt halve`)

var dutchPlaceTails = romanceSet(`centraal station plein straat weg gracht haven dijk brug kade laan`)

var dutchTitles = romanceSet(`directeur wethouder minister burgemeester woordvoerder woordvoerster voorzitter bestuurder
	premier staatssecretaris gedeputeerde commissaris dijkgraaf inspecteur agent dokter professor president koning koningin
	prins prinses meneer mevrouw dhr mevr kapitein schipper trainer coach`)

// dutchOpeners are capitalised as a sentence's first word and open no
// name: prepositions, adverbs, pronouns, hedges before a figure ("De",
// "Van" and "Het" may open one: "De Jong", "Van der Berg", "Het Parool").
var dutchOpeners = romanceSet(`volgens ruim bijna ongeveer zo'n circa ook maar toen nadat omdat sinds tijdens in op bij met na voor
	door over uit naar om tot tegen zonder onder boven achter naast tussen een dit deze die dat wij we zij ze hij
	ik u jullie er daar hier nu dan al nog wel niet geen alle veel enkele sommige meer minder dinsdag maandag woensdag
	donderdag vrijdag zaterdag zondag gisteren vandaag morgen vanochtend vanavond vannacht inmiddels intussen bovendien
	daarnaast daarom echter ondertussen later eerder eerst aldus`)

var dutchGivenNames = romanceSet(`jan piet kees henk gerrit willem ruud sander bas joost jeroen maarten marloes mirjam anouk sanne
	femke fleur lotte eva iris ingrid marieke annemarie els wim koen bram daan thijs niels sjoerd wouter erik jaap joris luuk
	rik rob ron stijn dirk gert harm hendrik herman johan klaas leo marcel martijn michiel pieter rutger ruben sebastiaan
	teun ties hugo monique mariska tamara yvonne wilma renate manon joke hanneke greetje esther ellen carla bianca astrid
	anke annelies ilse inge janneke jolanda judith lieke marjolein mieke nienke noor roos tessa wendy geert frans jos
	gijs job jesse sem finn daphne merel floor maud sterre fenna anouk linda marloes karin petra`)
