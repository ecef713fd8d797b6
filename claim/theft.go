package claim

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Readers of the figures a crime story turns on, which outlets word too
// differently for their sentences to be paired by likeness: how many
// carried it out ("Four masked thieves" · "A gang of three thieves"), how
// much was taken ("stole eight pieces of jewellery" · "made off with nine
// items") and what it is worth ("valued at 88 million euros" · "the loot
// was worth 102 million euros").

// offenderNouns name those who carry out a crime or an attack, in English
// and the other languages read (folded: German's nouns are capitalised),
// by the kind each is of: one slot for "thieves" and "burglars",
// "voleurs" and "cambrioleurs", another for "gunmen".
var offenderNouns = func() map[string]string {
	out := map[string]string{}
	for kind, words := range map[string]string{
		"thieves": `thieves robbers burglars raiders looters intruders ladrones atracadores asaltantes saqueadores
			voleurs cambrioleurs braqueurs malfaiteurs ladri rapinatori banditi ladroes ladrões bandidos assaltantes
			diebe rauber räuber einbrecher`,
		"attackers":  `gunmen attackers assailants shooters bombers perpetrators pistoleros assaillants aggressori angreifer tater täter`,
		"kidnappers": `kidnappers secuestradores ravisseurs sequestratori sequestradores entfuhrer entführer`,
		"hijackers":  `hijackers`, "pirates": `pirates piratas pirati piraten`, "hackers": `hackers`,
	} {
		for _, w := range strings.Fields(words) {
			out[Fold(w)] = kind
		}
	}
	return out
}()

// captureVerbs, right before a count of offenders, count those caught or
// killed, not the gang: "police arrested two robbers".
var captureVerbs = setOfWords(`arrested detained caught captured apprehended killed shot charged jailed convicted
	sentenced identified named held arresting detaining
	detuvo detuvieron detenido detenidos arrestó arrestaron arrete arrêté arrêtés interpelle interpellé interpellés
	arrestato arrestati fermato fermati prendeu prenderam presos festgenommen gefasst`)

// offenderCount: the count q of s is of the offenders, written right
// before their noun, one adjective at most between ("Four masked
// thieves", "a gang of three thieves", "hunting four thieves who …"); not
// a count of those caught ("arrested two of the robbers", "police shot
// three gunmen"). The slot is named by the offenders' kind, so "Quatre
// cambrioleurs" and "Trois voleurs" meet, and "thieves" and "gunmen" stay
// apart.
func offenderCount(s string, q Quantity) (string, bool) {
	if q.Kind != "count" || q.End > len(s) {
		return "", false
	}
	after := firstWords(s[q.End:], 2)
	if len(after) == 0 || after[0].Start != 1 {
		return "", false
	}
	noun := -1
	for i := 0; i < len(after) && i < 2; i++ {
		if i > 0 && clauseBreak(s[q.End+after[i-1].End:q.End+after[i].Start]) {
			break
		}
		r, _ := utf8.DecodeRuneInString(after[i].Text)
		if !unicode.IsLower(r) && offenderNouns[Fold(after[i].Text)] == "" { // ("vier Diebe")
			break
		}
		if offenderNouns[Fold(after[i].Text)] != "" {
			noun = i
			break
		}
	}
	// "Four armed men robbed …", "three masked men": men armed are the
	// offenders
	armedMen := false
	if noun < 0 && len(after) == 2 && Fold(after[1].Text) == "men" && (Fold(after[0].Text) == "armed" || Fold(after[0].Text) == "masked") {
		noun, armedMen = 1, true
	}
	if noun < 0 {
		return "", false
	}
	before := Words(s[:q.Start])
	if j := wordBeforeHedge(before); j >= 0 && captureVerbs[Fold(before[j].Text)] {
		return "", false
	}
	// "12 looters were arrested": those caught, told in the passive
	for _, w := range firstWords(s[q.End+after[noun].End:], 3) {
		if captureVerbs[Fold(w.Text)] {
			return "", false
		}
	}
	kind := offenderNouns[Fold(after[noun].Text)]
	// gunmen who robbed are the robbers: "Three masked gunmen stormed a
	// branch … and escaped with about $240,000" · "three armed robbers"
	if (kind == "attackers" || armedMen) && robbery(s) {
		kind = "thieves"
	} else if armedMen {
		kind = "attackers"
	}
	return "number of " + kind, true
}

// offenderKinds are the kinds offenderCount names.
var offenderKinds = func() map[string]bool {
	out := map[string]bool{}
	for _, k := range offenderNouns {
		out[k] = true
	}
	return out
}()

// robbery: s tells of a robbery or a theft.
func robbery(s string) bool {
	return anyWord(s, func(f string) bool {
		switch f {
		case "robbed", "robbery", "robbing", "heist", "stole", "stolen", "looted", "loot", "cash", "bank":
			return true
		}
		return false
	})
}

// theftVerbs take a count of what was stolen right after them, in English
// and the other languages read.
var theftVerbs = setOfWords(`stole stolen steal stealing snatched snatching grabbed looted looting pilfered
	robaron robó robado sustrajeron vole volé dérobé derobe emporte emporté rubato rubarono rubati sottratto
	roubaram roubou roubado levaram stahlen gestohlen erbeuteten erbeutet`)

// theftParticiples, right after the things counted, say they were stolen
// in the languages that put the participle after the noun: "ocho joyas
// robadas", "huit bijoux volés".
var theftParticiples = setOfWords(`robadas robados robada robado sustraidas sustraídas voles volés volees volées
	derobes dérobés derobees dérobées rubati rubate rubato roubadas roubados gestohlen gestohlene erbeutet`)

// theftPassive are the participles of things stolen told in the passive:
// "eight pieces were stolen", "nine items had been taken".
var theftPassive = setOfWords(`stolen taken snatched looted grabbed missing`)

// stolenCount: the count q of s is of what was stolen: after a verb of
// theft ("stole eight pieces", "made off with nine items", "got away
// with more than 200 paintings"), or before one in the passive ("eight
// pieces of jewellery were stolen"). A sum taken is another slot than a
// number of things, and neither is a span of time.
func stolenCount(s string, q Quantity) (string, bool) {
	if q.End > len(s) || q.Kind != "count" && q.Kind != "money" {
		return "", false
	}
	label := "number stolen"
	if q.Kind == "money" {
		label = "sum stolen"
	} else if w, ok := wordAfterCount(s, q); !ok || spanNouns[Fold(w)] || unitStems[Stem(Fold(w))] {
		return "", false
	}
	before := Words(s[:q.Start])
	if j := wordBeforeHedge(before); j >= 0 && !clauseBreak(s[before[j].End:q.Start]) {
		w := Fold(before[j].Text)
		if w == "of" {
			return "", false // "the personal details of 3.9 million customers were stolen": not the customers
		}
		if theftVerbs[w] {
			return label, true
		}
		// "made off with", "got away with", "escaped with"
		if w == "with" && j >= 1 {
			switch Fold(before[j-1].Text) {
			case "off", "away":
				return label, true
			}
			// "escaped with about $240,000 in cash", "slipped out the
			// back with $420,000": what the thieves left with
			for k := j - 1; k >= 0 && k >= j-4; k-- {
				if clauseBreak(s[before[k].End:before[k+1].Start]) {
					break
				}
				switch Fold(before[k].Text) {
				case "escaped", "fled", "slipped", "vanished", "left":
					if robbery(s) || q.Kind == "money" {
						return label, true
					}
				}
			}
		}
		// "se llevaron nueve piezas", "se llevó"
		if (w == "llevaron" || w == "llevo" || w == "llevó") && j >= 1 && Fold(before[j-1].Text) == "se" {
			return label, true
		}
	}
	// German puts the participle last: "acht Schmuckstücke aus dem Museum
	// gestohlen"
	if after := firstWords(s[q.End:], 9); len(after) >= 2 {
		for i := 1; i < len(after) && i <= 8; i++ {
			if clauseBreak(s[q.End+after[i-1].End : q.End+after[i].Start]) {
				break
			}
			if f := Fold(after[i].Text); f == "gestohlen" || f == "erbeutet" || f == "geraubt" || f == "entwendet" {
				return label, true
			}
		}
	}
	// "ocho joyas robadas": the participle right after the noun
	if after := firstWords(s[q.End:], 2); len(after) >= 2 && theftParticiples[Fold(after[1].Text)] &&
		!clauseBreak(s[q.End+after[0].End:q.End+after[1].Start]) {
		return label, true
	}
	// passive: the figure's noun, up to six words in its clause, then
	// "were", "had been" … and the participle
	after := firstWords(s[q.End:], 9)
	for i := 0; i < len(after) && i < 9; i++ {
		if i > 0 && clauseBreak(s[q.End+after[i-1].End:q.End+after[i].Start]) || i == 0 && clauseBreak(s[q.End:q.End+after[0].Start]) {
			break
		}
		w := Fold(after[i].Text)
		if i == 0 && q.Kind == "count" && peopleNouns[w] {
			break // people missing are the toll pass's
		}
		if auxiliary[w] {
			if i == 0 && q.Kind == "count" {
				break // "eight were stolen": no noun says what
			}
			continue
		}
		if i > 0 && theftPassive[w] && auxiliary[Fold(after[i-1].Text)] {
			return label, true
		}
		if i >= 6 {
			break
		}
	}
	return "", false
}

// valuedAt: the sum q of s is what something is worth: "valued at an
// estimated 88 million euros", "the loot was worth 102 million euros",
// "jewels with a value of …", "$5 million worth of gold". A deal's price
// is the deal pass's.
func valuedAt(s string, q Quantity) (string, bool) {
	if q.Kind != "money" || q.End > len(s) || dealSentence(s) {
		return "", false
	}
	before := Words(s[:q.Start])
	j := wordBeforeHedge(before)
	if j >= 0 && clauseBreak(s[before[j].End:q.Start]) {
		return "", false
	}
	if j >= 0 {
		// "valoradas en", "vale", "por valor de", "d'une valeur de",
		// "estimés à", "del valore di", "im Wert von", "no valor de"
		w, prev := Fold(before[j].Text), ""
		if j >= 1 {
			prev = Fold(before[j-1].Text)
		}
		switch {
		case w == "vale" || w == "valen" || w == "valent" || w == "vaut" || w == "valgono" || w == "valem" || w == "wert":
			return "value", true
		case (w == "en" || w == "a" || w == "à" || w == "em") && estimatedBefore(before[:j]):
			return "value", true // "valoradas en", "a estimé lundi le butin à"
		case (w == "de" || w == "di" || w == "von") && (prev == "valor" || prev == "valeur" || prev == "valore" || prev == "wert"):
			return "value", true
		case strings.HasPrefix(w, "valutat"):
			return "value", true
		case w == "fetch" || w == "fetched" || w == "fetches" || w == "fetching":
			return "value", true // "would have fetched about 150 million euros on the street"
		}
	}
	switch {
	case j >= 0 && Fold(before[j].Text) == "worth":
		// "contracts worth 45 million euros": the value of contracts
		if j >= 1 && !clauseBreak(s[before[j-1].End:before[j].Start]) {
			n := before[j-1].Text
			r, _ := utf8.DecodeRuneInString(n)
			if f := Fold(n); unicode.IsLower(r) && len(f) > 3 && !IsStop(f) && !auxiliary[f] && !strings.HasSuffix(f, "ly") && !strings.HasSuffix(f, "ed") {
				if agreementNouns[f] {
					f = "agreements"
				}
				return f + " worth", true
			}
		}
		return "value", true
	case j >= 0 && (Fold(before[j].Text) == "valued" || Fold(before[j].Text) == "at" && j >= 1 && Fold(before[j-1].Text) == "valued"):
		return "value", true // ("at" is a hedge word too: "at least")
	case j >= 2 && Fold(before[j].Text) == "of" && Fold(before[j-1].Text) == "value",
		j >= 1 && Fold(before[j].Text) == "of" && Fold(before[j-1].Text) == "valuation":
		return "value", true
	case j >= 1 && j+1 < len(before) && Fold(before[j+1].Text) == "at" && valuesWithin(s, before[:j+1], 3):
		return "value", true // "values the company at $24 billion"
	}
	if after := firstWords(s[q.End:], 1); len(after) == 1 && after[0].Start == 1 && Fold(after[0].Text) == "valuation" {
		return "value", true // "a $24 billion valuation"
	}
	if after := firstWords(s[q.End:], 2); len(after) >= 2 && after[0].Start == 1 && Fold(after[0].Text) == "worth" && Fold(after[1].Text) == "of" {
		return "value", true
	}
	// German: "die Beute sei 102 Millionen Euro wert", "wird auf 88
	// Millionen Euro geschätzt"
	if after := firstWords(s[q.End:], 2); len(after) >= 1 {
		k := 0
		if foreignCurrency[strings.ToLower(after[0].Text)] && len(after) > 1 {
			k = 1
		}
		if f := Fold(after[k].Text); f == "wert" || j >= 0 && Fold(before[j].Text) == "auf" && (strings.HasPrefix(f, "geschatzt") || strings.HasPrefix(f, "geschätzt") || f == "beziffert") {
			return "value", true
		}
	}
	// "15 deals worth a total of $5.5 billion"
	if j >= 3 && Fold(before[j].Text) == "of" && Fold(before[j-1].Text) == "total" && Fold(before[j-3].Text) == "worth" {
		if j >= 4 {
			if f := Fold(before[j-4].Text); agreementNouns[f] {
				return "agreements worth", true
			} else if r, _ := utf8.DecodeRuneInString(before[j-4].Text); unicode.IsLower(r) && len(f) > 3 && !IsStop(f) && !auxiliary[f] {
				return f + " worth", true
			}
		}
		return "value", true
	}
	return "", false
}

// sumNamed is the noun a sum of money is "of", right before it: "a
// reward of 500,000 euros", "a fine of $2 million", "a budget of …".
func sumNamed(s string, q Quantity) (string, bool) {
	if q.Kind != "money" || q.Start > len(s) {
		return "", false
	}
	before := Words(s[:q.Start])
	j := wordBeforeHedge(before)
	if j < 1 || Fold(before[j].Text) != "of" || clauseBreak(s[before[j-1].End:q.Start]) {
		return "", false
	}
	n := before[j-1].Text
	r, _ := utf8.DecodeRuneInString(n)
	if f := Fold(n); !unicode.IsLower(r) || len(f) < 4 || IsStop(f) || f == "value" || f == "worth" || f == "total" || f == "sum" || f == "amount" {
		return "", false
	}
	return n, true
}

// theftWords tell of a theft's haul, in English and the other languages
// read (folded).
var theftWords = setOfWords(`stolen stole loot haul heist robbed robbery theft
	robadas robados robado robo botin botín vole voles volés volees volées butin rubati rubate bottino furto
	roubados roubadas roubo beute gestohlen diebstahl raub`)

// theftContext: a word of s tells of a theft's haul.
func theftContext(s string) bool {
	return anyWord(s, func(f string) bool { return theftWords[f] })
}

// estimatedBefore: one of the last five words is a verb of valuing
// ("valoradas", "estimé", "évalué", "avaliadas", "chiffré").
func estimatedBefore(ws []Word) bool {
	for k := len(ws) - 1; k >= 0 && k >= len(ws)-5; k-- {
		f := Fold(ws[k].Text)
		for _, p := range []string{"valora", "estim", "evalu", "avalia", "chiffr", "cifra"} {
			if strings.HasPrefix(f, p) {
				return true
			}
		}
	}
	return false
}

var modalOrTo = setOfWords(`would could will might may should to`)

// valuesWithin: one of the last n words of ws, not the very last, is the
// verb "value" with nothing ending the clause between it and the end of ws
// ("values Veltro at", "valuing the company at", "would value it at").
func valuesWithin(s string, ws []Word, n int) bool {
	for k := max(0, len(ws)-n); k < len(ws)-1; k++ {
		switch Fold(ws[k].Text) {
		case "value": // the verb only after a modal or "to"
			if k == 0 || !modalOrTo[Fold(ws[k-1].Text)] {
				continue
			}
		case "values", "valuing", "valued":
		default:
			continue
		}
		return !clauseBreak(s[ws[k].End:ws[len(ws)-1].End])
	}
	return false
}
