package entity

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"crossread"
)

// Recognize returns the entity mentions in a document's text, with spans.
// It tags doc.Sentences (or the text's lines when there are none) with the
// shipped model; the whole article is one document for the tagger's
// document-level features.
//
// The model learned English news, and it reads names mostly by their
// capitals: an article in a language that capitalises every noun (German)
// is read by rules that need more than a capital (german.go), and one in
// another script gets no mentions rather than wrong ones ("Abstimmung" as
// a place). Unknown languages are read.
func Recognize(doc *crossread.Doc) []crossread.Mention {
	if doc == nil || doc.Article == nil {
		return nil
	}
	if doc.Article.Language == "de" {
		return recognizeGerman(doc)
	}
	if !Reads(doc.Article.Language) {
		return nil
	}
	m := loadedModel()
	if m == nil {
		return nil
	}
	return m.Recognize(doc)
}

// Reads reports whether the model's mentions can be trusted in a text of
// language lang (ISO 639-1; "" when unknown): English, and the languages in
// Latin script that capitalise names and little else.
func Reads(lang string) bool {
	switch lang {
	case "", "en", "fr", "es", "it", "pt", "nl", "ca", "gl", "eu", "ro", "sv", "da", "no", "nb", "nn", "is",
		"fi", "et", "pl", "cs", "sk", "sl", "hr", "bs", "sr", "hu", "lt", "lv", "sq", "ga", "cy", "af", "id", "ms",
		"tl", "sw", "tr", "az", "uz", "vi":
		return true
	}
	return false
}

// Recognize is the package Recognize with this model.
func (m *Model) Recognize(doc *crossread.Doc) []crossread.Mention {
	text := doc.Article.Text
	ranges := sentenceRanges(doc, text)
	toks := make([][]crossread.Token, 0, len(ranges))
	words := make([][]string, 0, len(ranges))
	romance := romanceLanguage(doc.Article.Language)
	for _, r := range ranges {
		ts := Tokenize(text, r[0], r[1])
		if len(ts) == 0 {
			continue
		}
		if romance {
			ts = splitElisions(ts)
		}
		ws := make([]string, len(ts))
		for i, t := range ts {
			ws[i] = t.Text
		}
		toks = append(toks, ts)
		words = append(words, ws)
	}
	var tagged [][]Chunk
	if romance {
		tagged = m.recognizeWords(words, func(words [][]string, tagged [][]Chunk) {
			romanceRules(doc.Article.Language, words, tagged, m)
		})
	} else if doc.Article.Language == "nl" {
		tagged = m.recognizeWords(words, dutchRules)
	} else {
		tagged = m.RecognizeWords(words)
	}
	var out []crossread.Mention
	for si, chunks := range tagged {
		ts := toks[si]
		for _, c := range chunks {
			typ := entityTypes[typeIndex(c.Type)]
			end := c.End
			// "the Trump administration" names an organisation, not the
			// person; "the Moldovan government" is neither the country nor
			// its people.
			if end < len(ts) && governmentWords[strings.ToLower(ts[end].Text)] {
				end++
				typ = crossread.ORG
			}
			s, e := ts[c.Start].Start, ts[end-1].End
			if end-c.Start == 1 && datedMonth(text, s, e) {
				continue // "STUTTGART, Feb 2 (Wire)": a date, no organisation
			}
			out = append(out, crossread.Mention{
				Span: crossread.Span{ArticleID: doc.Article.ID, Start: s, End: e},
				Text: text[s:e],
				Type: typ,
			})
		}
	}
	return out
}

// datedMonth: text[s:e] is a month's name or abbreviation with a day
// after it ("Feb 2", "Sept. 14").
func datedMonth(text string, s, e int) bool {
	if !monthWords[strings.ToLower(strings.TrimSuffix(text[s:e], "."))] {
		return false
	}
	rest := strings.TrimLeft(text[e:], ". ")
	return rest != "" && rest[0] >= '0' && rest[0] <= '9'
}

var monthWords = map[string]bool{"jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true,
	"aug": true, "sep": true, "sept": true, "oct": true, "nov": true, "dec": true, "january": true, "february": true,
	"march": true, "april": true, "may": true, "june": true, "july": true, "august": true, "september": true,
	"october": true, "november": true, "december": true}

// RecognizeWords tags a document's tokenised sentences as Recognize does:
// title-case headline words that are ordinary words lower-cased, the
// tagger, then the news-text rules (refine) and the propagation of names
// to their untagged repeats. words may be modified (lower-cased).
func (m *Model) RecognizeWords(words [][]string) [][]Chunk {
	return m.recognizeWords(words, nil)
}

// recognizeWords is RecognizeWords with a language's own rules, if any,
// run after the news-text rules and before names are propagated.
func (m *Model) recognizeWords(words [][]string, langRules func([][]string, [][]Chunk)) [][]Chunk {
	truecaseTitleLines(words, m)
	tagged := m.TagDocument(words)
	refine(words, tagged, m)
	if langRules != nil {
		langRules(words, tagged)
	}
	propagate(words, tagged)
	return tagged
}

// refine applies news-text rules to the tagger's entities, in this order:
// titles out of names, possessives and slashes split, punctuation trimmed,
// organisation head nouns, sentence openers dropped.
func refine(words [][]string, tagged [][]Chunk, m *Model) {
	lowerSeen := map[string]bool{}
	capSeen := map[string]bool{}
	for _, ws := range words {
		for i, w := range ws {
			if !hasUpper(w) {
				lowerSeen[w] = true
			}
			if i > 0 && isCapitalised(w) && hasLetterOrDigit(ws[i-1]) {
				capSeen[w] = true
			}
		}
	}
	for si := range tagged {
		tagged[si] = splitAtTitles(tagged[si], words[si], m)
		tagged[si] = splitAtSeparators(tagged[si], words[si])
		tagged[si] = trimPunct(tagged[si], words[si])
		tagged[si] = extendLoneHeads(tagged[si], words[si])
		retypeSourcesAndDemonyms(tagged[si], words[si], m)
		for k, c := range tagged[si] {
			// "Yorktown Institute", "Hindustan Times": a name ending in an
			// organisation's head noun is not a person.
			if c.Type == "PER" && c.End-c.Start > 1 && orgHeads[words[si][c.End-1]] {
				tagged[si][k].Type = "ORG"
			}
			// "Marlowe Museum", "Mercy Hospital": an institution, not a
			// place, whoever the tagger took it for
			if (c.Type == "PER" || c.Type == "LOC") && c.End-c.Start > 1 && institutionHeads[words[si][c.End-1]] {
				tagged[si][k].Type = "ORG"
			}
			// "Snyder Avenue", "Qeshm Island": nor is one ending in a
			// place's.
			if c.Type == "PER" && c.End-c.Start > 1 && placeHeads[words[si][c.End-1]] {
				tagged[si][k].Type = "LOC"
			}
			// "Dayton Accords", "Belt and Road Initiative": agreements,
			// laws and events are neither people nor places.
			if (c.Type == "PER" || c.Type == "LOC") && c.End-c.Start > 1 && miscHeads[words[si][c.End-1]] {
				tagged[si][k].Type = "MISC"
			}
		}
		tagged[si] = dropSentenceOpener(tagged[si], words[si], lowerSeen, capSeen, m)
		tagged[si] = dropFunctionWords(tagged[si], words[si])
		tagged[si] = extendPersons(tagged[si], words[si], lowerSeen, m)
		tagged[si] = joinAcrossParticles(tagged[si], words[si])
		datelineAgency(tagged[si], words[si])
		tagged[si] = retypeFalsePersons(tagged[si], words[si], m)
		for k, c := range tagged[si] {
			// "(Playboy) mogul Hugh Hefner" written "Mogul Hugh Hefner",
			// "The Notorious Bettie Page": an ordinary word no training
			// name starts with does not open a person's name.
			if c.Type == "PER" && c.End-c.Start > 1 {
				w := words[si][c.Start]
				lw := strings.ToLower(w)
				_, known := m.gazetteer[gazKey([]string{w}, false)]
				if !known && !isAllCaps(w) && (lowerSeen[lw] || m.commonLower[hashString(fnvOffset, lw)]) {
					tagged[si][k].Start++
				}
			}
		}
		dropDescriptors(tagged[si], words[si])
	}
}

// dropDescriptors takes an article and the noun after it off a person's
// name: "De Keniaan Gideon Kiplimo Rotich", "de Ethiopiër Tadesse
// Gebremariam", "der Österreicher Florian Huber". Dutch and German write
// such nouns with a capital, and the tagger reads them into the name (or
// takes the whole for an organisation, "De Keniaan …": then the noun
// must be a demonym's, as "Die Deutsche Bahn AG" holds none).
func dropDescriptors(chunks []Chunk, words []string) {
	for k, c := range chunks {
		if c.Type != "PER" && c.Type != "ORG" || c.End-c.Start < 3 {
			continue
		}
		s := c.Start
		first := words[s]
		switch {
		case descriptorArticles[strings.ToLower(first)] && isCapitalised(first) && !isAllCaps(first):
			s++ // "De Keniaan …" opening the chunk
		case s > 0 && descriptorArticles[words[s-1]] && words[s-1] != "de":
		case s > 0 && words[s-1] == "de" && demonymLike(first):
			// ("de" is also the Romance "of": "la esposa de Teodoro …"
			// keeps its name unless the word is a Dutch demonym's)
		default:
			continue
		}
		if c.End-s < 3 || !isCapitalised(words[s]) || isAllCaps(words[s]) || givenNames[strings.ToLower(words[s])] ||
			c.Type == "ORG" && (!demonymLike(words[s]) || orgHeads[words[c.End-1]] || !isCapitalised(words[s+1])) {
			continue
		}
		chunks[k].Start = s + 1
		chunks[k].Type = "PER"
	}
}

// descriptorArticles are the definite articles before a descriptive noun.
var descriptorArticles = map[string]bool{"de": true, "het": true, "der": true, "die": true, "das": true, "den": true, "dem": true, "the": true}

// demonymLike: w ends as Dutch and German demonyms do ("Keniaan",
// "Ethiopiër", "Oegandees", "Spanjaard", "Engelsman", "Ethiopische",
// "Kenianer", "Äthiopier").
func demonymLike(w string) bool {
	lw := strings.ToLower(w)
	for _, suf := range []string{"aan", "iër", "ees", "aard", "sman", "ische", "aner", "ier"} {
		if strings.HasSuffix(lw, suf) && len(lw) > len(suf)+2 {
			return true
		}
	}
	return false
}

// retypeFalsePersons corrects three kinds of names the tagger takes for
// people: a name used attributively before a product or commodity noun
// is a company ("Halvorsen Brandt tractors"); a run of words each known
// from training only as a place is a list missing its commas ("Chad
// Niger"); a lone word the training data never names a person, joined by
// "and"/"or" to a place, is a place too ("Astrakhan and Baku"), as capitals
// standing for their governments are.
func retypeFalsePersons(chunks []Chunk, words []string, m *Model) []Chunk {
	var out []Chunk
	for k, c := range chunks {
		if c.Type != "PER" {
			out = append(out, c)
			continue
		}
		if c.End < len(words) && productNouns[words[c.End]] && (c.Start == 0 || !personTitles[words[c.Start-1]] && !titleWords[strings.ToLower(words[c.Start-1])]) {
			c.Type = "ORG"
			out = append(out, c)
			continue
		}
		if c.End-c.Start > 1 && m.allPlaces(words[c.Start:c.End]) {
			for i := c.Start; i < c.End; i++ {
				out = append(out, Chunk{i, i + 1, "LOC"})
			}
			continue
		}
		if c.End-c.Start == 1 && !m.knownAs(words[c.Start:c.End], "PER") {
			prevLOC := k > 0 && chunks[k-1].Type == "LOC" && chunks[k-1].End == c.Start-1 && coordinator(words[c.Start-1])
			nextLOC := k+1 < len(chunks) && chunks[k+1].Type == "LOC" && chunks[k+1].Start == c.End+1 && coordinator(words[c.End])
			if prevLOC || nextLOC {
				c.Type = "LOC"
			}
		}
		out = append(out, c)
	}
	return out
}

func coordinator(w string) bool { return w == "and" || w == "or" || w == "&" }

// allPlaces reports whether every word, alone, is known from training as a
// place and as nothing else, while the words together are not a known name.
func (m *Model) allPlaces(words []string) bool {
	if counts, ok := m.gazetteer[gazKey(words, false)]; ok && counts != ([numTypes]int32{}) {
		return false
	}
	loc := typeIndex("LOC")
	for i := range words {
		counts, ok := m.gazetteer[gazKey(words[i:i+1], false)]
		if !ok || counts[loc] == 0 {
			return false
		}
		for ty, n := range counts {
			if ty != loc && n > 0 {
				return false
			}
		}
	}
	return true
}

// knownAs reports whether training named the phrase as the type (CoNLL
// name) at least once.
func (m *Model) knownAs(words []string, typ string) bool {
	counts, ok := m.gazetteer[gazKey(words, false)]
	return ok && counts[typeIndex(typ)] > 0
}

// productNouns, after a name, make it a maker's name: "Halvorsen Brandt
// tractors", "Ferris shares".
var productNouns = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`machinery machines tractors tractor equipment phones phone smartphones smartphone
		handsets cars car vehicles trucks aircraft airplanes airliners planes jets jetliners engines chips
		semiconductors computers laptops software products shares stock stocks bonds brand brands drones tablets
		devices appliances turbines locomotives helicopters cigarettes beer beverages cosmetics footwear sneakers
		apparel garments watches cameras televisions tires tyres fertilizer fertiliser seeds pharmaceuticals
		vaccine vaccines jeans dealership dealerships stores outlets franchise combines harvesters`) {
		m[w] = true
	}
	return m
}()

// extendPersons adds to a person's name the capitalised word right after
// it when the tagger left it out and it is a word the training data never
// showed twice and the document never writes in lower case: the rare
// surname of a common given name ("Andrew O'Brien").
func extendPersons(chunks []Chunk, words []string, lowerSeen map[string]bool, m *Model) []Chunk {
	// "Mohammed bin Salman", "Ursula von der Leyen": a name particle and a
	// capitalised word continue a person's name, whatever the tagger made
	// of the rest.
	for k := 0; k < len(chunks); k++ {
		c := chunks[k]
		if c.Type != "PER" {
			continue
		}
		end := c.End
		for end+1 < len(words) && nameParticles[words[end]] {
			j := end
			for j < len(words) && nameParticles[words[j]] {
				j++
			}
			if j >= len(words) || !isCapitalised(words[j]) {
				break
			}
			end = j + 1
		}
		if end == c.End {
			continue
		}
		chunks[k].End = end
		kept := chunks[:k+1]
		for _, o := range chunks[k+1:] {
			if o.Start >= end {
				kept = append(kept, o)
			}
		}
		chunks = kept
	}
	for k, c := range chunks {
		if c.Type != "PER" || c.End >= len(words) || k+1 < len(chunks) && chunks[k+1].Start == c.End {
			continue
		}
		w := foldQuotes(words[c.End])
		if isCapitalised(w) && !personTitles[w] && !m.vocab[hashString(fnvOffset, w)] && !lowerSeen[strings.ToLower(w)] {
			chunks[k].End++
		}
	}
	return chunks
}

// datelineAgency types the agency of a wire dateline as an organisation:
// "LISBON, March 14 (Wire) —", "KYIV, Ukraine (AP) —". The tagger, seeing
// a capitalised word after a place, often made it a place.
func datelineAgency(chunks []Chunk, words []string) {
	if len(words) == 0 || !isAllCaps(words[0]) || len(words[0]) < 3 {
		return
	}
	for k, c := range chunks {
		if c.Start > 8 {
			return
		}
		if c.Start > 0 && c.End < len(words) && words[c.Start-1] == "(" && words[c.End] == ")" {
			chunks[k].Type = "ORG"
		}
	}
}

// joinAcrossParticles makes one name of two the tagger split at a name
// particle: "Peso" + "da" + "Régua", "Castelnuovo" + "del" + "Garda"
// (trained on English, it reads "da" as the end of a name and guesses the
// type of the rest anew). The joined name takes the first part's type.
func joinAcrossParticles(chunks []Chunk, words []string) []Chunk {
	out := chunks[:0]
	for _, c := range chunks {
		if n := len(out); n > 0 {
			prev := &out[n-1]
			// the particles between them, or opening the second ("da
			// Régua" tagged as a person)
			j := prev.End
			for j < c.End && nameParticles[words[j]] {
				j++
			}
			if j >= c.Start && j > prev.End && j < c.End {
				prev.End = c.End
				continue
			}
		}
		out = append(out, c)
	}
	return out
}

// splitAtTitles takes titles out of entities: "Moldovan President V.
// Zelenskiy" tagged as one entity becomes "Moldovan" and the person "V. Zelenskiy";
// and the capitalised words right after a person's title are a person
// ("President Zelensky") whatever the tagger said. News text puts a title
// and a nationality before nearly every name, and CoNLL's Reuters names do
// not include them.
func splitAtTitles(chunks []Chunk, words []string, m *Model) []Chunk {
	var out []Chunk
	for _, c := range chunks {
		first, last := -1, -1
		for i := c.Start; i < c.End; i++ {
			if personTitles[words[i]] || c.Type == "PER" && i < c.End-1 && titleWords[strings.ToLower(words[i])] {
				if first < 0 {
					first = i
				}
				last = i
			}
		}
		// "Director of National Intelligence": a title followed by
		// lower-case words names an office, whole; a name may close it
		// ("Secretary of State Antony Blinken": two capitalised words
		// right after the office's own capitalised last word).
		if first >= 0 && last+1 < c.End && !isCapitalised(words[last+1]) {
			if n := c.End - last - 1; n >= 4 && isCapitalised(words[c.End-3]) && isCapitalised(words[c.End-2]) && isCapitalised(words[c.End-1]) &&
				!orgHeads[words[c.End-2]] && !orgHeads[words[c.End-1]] {
				out = append(out, Chunk{c.Start, c.End - 2, c.Type}, Chunk{c.End - 2, c.End, "PER"})
				continue
			}
			out = append(out, c)
			continue
		}
		if first < 0 {
			out = append(out, c)
			continue
		}
		if first > c.Start {
			typ := "MISC"
			if counts, ok := m.gazetteer[gazKey(words[c.Start:first], false)]; ok {
				best := int32(0)
				for ty, n := range counts {
					if n > best {
						typ, best = conllTypes[ty], n
					}
				}
			} else if first-c.Start > 1 {
				typ = c.Type
			}
			out = append(out, Chunk{c.Start, first, typ})
		}
		if last+1 < c.End {
			out = append(out, Chunk{last + 1, c.End, "PER"})
		}
	}
	// A capitalised run after a title, untagged or tagged otherwise.
	for i := 0; i+1 < len(words); i++ {
		royal := royalTitles[words[i]] && (i == 0 || !isCapitalised(words[i-1]))
		if !personTitles[words[i]] && !royal || !isCapitalised(words[i+1]) || personTitles[words[i+1]] {
			continue
		}
		end := i + 1
		for end < len(words) && end < i+5 && isCapitalised(words[end]) && !personTitles[words[end]] && !weekdayNames[words[end]] {
			end++
		}
		kept := out[:0]
		for _, c := range out {
			if c.End <= i+1 || c.Start >= end {
				kept = append(kept, c)
			}
		}
		out = append(kept, Chunk{i + 1, end, "PER"})
	}
	slices.SortFunc(out, func(a, b Chunk) int { return a.Start - b.Start })
	return out
}

// dropSentenceOpener drops the first word of a name that opens a sentence
// when the word is an ordinary word written in lower case elsewhere ("And
// Trump said", "Even Friday") or looks like a verb or adverb the
// gazetteer does not know as a name ("Injecting Clinton's troubles"):
// capitalised only by its position.
func dropSentenceOpener(chunks []Chunk, words []string, lowerSeen, capSeen map[string]bool, m *Model) []Chunk {
	first := 0
	for first < len(words) && !hasLetterOrDigit(words[first]) {
		first++ // an opening quotation mark or dash
	}
	out := chunks[:0]
	for _, c := range chunks {
		if c.Start != first || isAllCaps(words[c.Start]) {
			out = append(out, c)
			continue
		}
		w := words[c.Start]
		lw := strings.ToLower(w)
		_, known := m.gazetteer[gazKey(words[c.Start:c.Start+1], false)]
		ordinary := lowerSeen[lw] || m.commonLower[hashString(fnvOffset, lw)]
		verbLike := len(lw) > 5 && (strings.HasSuffix(lw, "ing") || strings.HasSuffix(lw, "ed") || strings.HasSuffix(lw, "ly"))
		// "New Orleans", "United Nations": the word opens a name the
		// gazetteer or the rest of the document knows.
		opensName := capSeen[w] || c.End-c.Start > 1 && hasGazetteerPrefix(m, words[c.Start:c.Start+2])
		switch {
		case opensName:
		case c.End-c.Start > 1 && (ordinary || verbLike && !known):
			c.Start++
		case c.End-c.Start == 1 && ordinary && !known && !capSeen[w]:
			// "Furthermore," alone: an ordinary word the document never
			// capitalises mid-sentence and no training name uses.
			continue
		}
		out = append(out, c)
	}
	return out
}

// dropFunctionWords drops a one-word name that is an article or a
// pronoun ("A" after a dateline's dash, "It" after a quotation): English
// names none of them.
func dropFunctionWords(chunks []Chunk, words []string) []Chunk {
	out := chunks[:0]
	for _, c := range chunks {
		if w := words[c.Start]; c.End-c.Start == 1 && functionWords[strings.ToLower(w)] && (len(w) == 1 || !isAllCaps(w)) {
			continue
		}
		out = append(out, c)
	}
	return out
}

var functionWords = map[string]bool{"a": true, "an": true, "the": true, "it": true, "its": true, "this": true,
	"that": true, "these": true, "those": true, "he": true, "she": true, "they": true, "we": true, "i": true,
	"his": true, "her": true, "their": true, "our": true, "my": true, "you": true, "your": true}

func hasGazetteerPrefix(m *Model, words []string) bool {
	_, exact := m.gazetteer[gazKey(words, false)]
	_, lower := m.gazetteer[gazKey(words, true)]
	return exact || lower
}

// splitAtSeparators splits an entity at a bracket, quotation mark, comma,
// colon or semicolon inside it; at a possessive or a slash between two
// names of two or more words each ("Atlantic Council's Eurasia Center",
// "Atlantic Council's Eurasia Center", not "Moody's Investors Service");
// at every slash token ("Financial Times/Chatham Council");
// and a person at "and" ("Ann Lee and Rita Cole").
func splitAtSeparators(chunks []Chunk, words []string) []Chunk {
	var out []Chunk
	for _, c := range chunks {
		start := c.Start
		// "… on Tuesday", "… in March": a day or a month after "on" or
		// "in" is no part of a name
		for i := c.Start + 1; i+1 < c.End; i++ {
			if (words[i] == "in" || words[i] == "on") && (weekdayNames[words[i+1]] || monthNames[words[i+1]]) {
				c.End = i
				break
			}
		}
		typ := c.Type
		for i := c.Start; i < c.End; i++ {
			w := foldQuotes(words[i])
			split := alwaysSeparates[w] || c.Type == "PER" && (w == "and" || w == "or" || w == "&")
			if (w == "'s" || w == "'") && i-start >= 2 && c.End-i-1 >= 2 {
				split = true
			}
			// "the Aurora Serenade in Fort Lauderdale": a name is not
			// written across "in" and a place after it
			if w == "in" && i > start && i+1 < c.End && c.End-i-1 <= 3 && isCapitalised(words[i-1]) && isCapitalised(words[i+1]) && !followsOf(words, start, i) {
				split = true
			}
			// "Nikolai Varga of Hungary": a person's name ends before
			// "of" and where the person is from
			if w == "of" && i-start >= 2 && i+1 < c.End && c.End-i-1 <= 2 && isCapitalised(words[i+1]) &&
				(c.Type == "PER" || i-start == 2 && personLike(words[start], words[i-1])) {
				split = true
			}
			// "Financial Times/Chatham Council" cites two sources; no
			// name is written with a spaced-off slash (the tokenizer keeps
			// "AT&T" whole).
			if w == "/" {
				split = true
			}
			if split {
				if i > start {
					out = append(out, Chunk{start, i, typ})
				}
				start = i + 1
				if w == "in" || w == "of" {
					typ = "LOC"
				}
			}
		}
		if start < c.End {
			out = append(out, Chunk{start, c.End, typ})
		}
	}
	return out
}

var alwaysSeparates = map[string]bool{",": true, ";": true, "(": true, ")": true, "[": true, "]": true, `"`: true, ":": true}

// trimPunct drops dashes, quotes and other word-less tokens from the ends
// of entities ("Dayton Accords —").
func trimPunct(chunks []Chunk, words []string) []Chunk {
	out := chunks[:0]
	for _, c := range chunks {
		for c.Start < c.End && !hasLetterOrDigit(words[c.Start]) {
			c.Start++
		}
		for c.End > c.Start && !hasLetterOrDigit(words[c.End-1]) {
			c.End--
		}
		if c.End > c.Start {
			out = append(out, c)
		}
	}
	return out
}

func hasLetterOrDigit(w string) bool {
	for _, r := range w {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return true
		}
	}
	return false
}

func isCapitalised(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r) && hasLower(w)
}

// propagate tags the untagged repeats of names the document already tagged
// elsewhere (and the bare surnames of tagged people): a writer who names
// "Zelensky" once names him the same way later, in contexts the tagger may
// find less telling.
func propagate(words [][]string, chunks [][]Chunk) {
	types := map[string]map[string]int{}
	add := func(phrase, typ string) {
		if types[phrase] == nil {
			types[phrase] = map[string]int{}
		}
		types[phrase][typ]++
	}
	for si, cs := range chunks {
		for _, c := range cs {
			add(strings.Join(words[si][c.Start:c.End], " "), c.Type)
			if c.Type == "PER" && c.End-c.Start > 1 && isCapitalised(words[si][c.End-1]) {
				add(words[si][c.End-1], "PER")
			}
		}
	}
	best := func(phrase string) string {
		t, n := "", 0
		for typ, k := range types[phrase] {
			if k > n || k == n && typ < t {
				t, n = typ, k
			}
		}
		return t
	}
	for si, ws := range words {
		covered := make([]bool, len(ws))
		for _, c := range chunks[si] {
			for i := c.Start; i < c.End; i++ {
				covered[i] = true
			}
		}
		added := false
		for i := 0; i < len(ws); i++ {
			if covered[i] || !isCapitalised(ws[i]) {
				continue
			}
			for n := min(4, len(ws)-i); n >= 1; n-- {
				if slices.Contains(covered[i:i+n], true) {
					continue
				}
				phrase := strings.Join(ws[i:i+n], " ")
				if _, ok := types[phrase]; !ok {
					continue
				}
				chunks[si] = append(chunks[si], Chunk{i, i + n, best(phrase)})
				added = true
				i += n - 1
				break
			}
		}
		if added {
			slices.SortFunc(chunks[si], func(a, b Chunk) int { return a.Start - b.Start })
		}
	}
}

// personTitles are capitalised titles that only ever precede a person's name.
var personTitles = map[string]bool{
	"President": true, "Minister": true, "Chancellor": true, "Premier": true, "Senator": true, "Sen.": true,
	"Gov.": true, "Mr": true, "Mr.": true, "Mrs": true, "Mrs.": true, "Ms": true, "Ms.": true, "Dr.": true,
	"Sheikh": true, "Mayor": true, "Secretary": true, "Ayatollah": true, "Rep.": true,
	"Inspector": true, "Insp": true, "Insp.": true, "Detective": true, "Det.": true, "Sergeant": true,
	"Sgt": true, "Sgt.": true, "Constable": true, "Sheriff": true, "Governor": true, "Judge": true,
	"Professor": true, "Prof.": true, "Rabbi": true, "Pastor": true, "Reverend": true, "Rev.": true,
	"Lt.": true, "Capt.": true, "Col.": true, "Maj.": true, "Gen.": true, "Adm.": true,
	// the office before a name in news copy: "CIA Director William Burns"
	"Director": true, "Chairman": true, "Chairwoman": true, "CEO": true, "Spokesman": true,
	"Spokeswoman": true, "Ambassador": true, "Commissioner": true,
	"Pope": true, "Emir": true, "Archbishop": true,
	// a councillor, as British and Australian copy abbreviates one
	"Councillor": true, "Cllr": true, "Cllr.": true, "Cr": true, "Cr.": true,
}

// royalTitles open a person's name only where no capitalised word stands
// before them: "Queen Isolde", "King Charles", but "Gayle King", "Larry
// King Live", "The Princess Bride" are names of their own.
var royalTitles = map[string]bool{"Queen": true, "King": true, "Prince": true, "Princess": true}

// personLike: two capitalised words that could be a first and a last
// name, neither a head of an organisation's or a place's name ("Nikolai
// Varga", not "Royal Bank" or "United States").
func personLike(first, last string) bool {
	return isCapitalised(first) && isCapitalised(last) && !orgHeads[last] && !placeHeads[last] && !institutionHeads[last] &&
		!miscHeads[last] && !personTitles[first] && !notPersonLast[last] && !orgHeads[first]
}

var notPersonLast = map[string]bool{"States": true, "Kingdom": true, "Republic": true, "Union": true, "Isle": true,
	"Islands": true, "Nations": true, "Emirates": true, "Federation": true, "Territory": true, "Province": true}

// monthNames are the months' English names.
var monthNames = map[string]bool{"January": true, "February": true, "March": true, "April": true, "June": true,
	"July": true, "August": true, "September": true, "October": true, "November": true, "December": true}

// followsOf: the words from start to i hold "of" or "for", as an
// institution's name does ("Museum of Art in …" stays whole: "Institute
// for Studies in Europe").
func followsOf(words []string, start, i int) bool {
	for k := start; k < i; k++ {
		if words[k] == "of" || words[k] == "for" {
			return true
		}
	}
	return false
}

// weekdayNames end a name run: "Chairwoman Ronna McDaniel Tuesday".
// (Months do not: "Theresa May", "April Ryan".)
var weekdayNames = map[string]bool{"Monday": true, "Tuesday": true, "Wednesday": true, "Thursday": true,
	"Friday": true, "Saturday": true, "Sunday": true}

var orgHeads = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`Institute Institution Center Centre Council Committee Commission Foundation
		University College School Party Times Post News Journal Herald Tribune Gazette Group Bank Company Corp
		Corp. Inc Inc. Ltd Ltd. LLC Agency Association Union Ministry Department Office Fund Trust Society
		Bureau Authority Court Club Network Media Press Service Services Airlines Motors Holdings Partners
		Entertainment Pictures Studios Records Films Publishing Magazine Weekly Daily Radio Television TV`) {
		m[w] = true
	}
	return m
}()

// institutionHeads end the names of institutions a tagger often takes
// for places.
var institutionHeads = map[string]bool{"Museum": true, "Gallery": true, "Hospital": true, "Library": true,
	"Academy": true, "University": true, "College": true, "Orchestra": true, "Theatre": true, "Theater": true,
	// and companies: "St Aldhelm Health", "Norland Airways"
	"Health": true, "Healthcare": true, "Holdings": true, "Airlines": true, "Airways": true, "Motors": true,
	"Pharmaceuticals": true, "Technologies": true, "Industries": true, "Insurance": true, "Corporation": true}

var placeHeads = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`Avenue Ave Ave. Street St Road Rd Boulevard Blvd Lane Drive Square Plaza Park
		Bridge Island Islands River Lake Mountain Mountains Valley Bay Beach Coast County Province Region
		District Airport Station Highway Canal Strait Sea Ocean Desert Peninsula Heights Hills Springs`) {
		m[w] = true
	}
	return m
}()

var nameParticles = map[string]bool{"bin": true, "ibn": true, "bint": true, "al": true, "el": true, "van": true,
	"von": true, "der": true, "den": true, "de": true, "da": true, "di": true, "du": true, "del": true, "della": true,
	"dos": true, "das": true, "ter": true, "ten": true, "la": true, "le": true}

var miscHeads = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`Accord Accords Agreement Agreements Treaty Pact Act Protocol Declaration
		Initiative Doctrine Plan Deal Convention Charter Accession Summit Conference Games Olympics Cup
		Championship Championships Open Prize Award Awards Festival War Revolution Crisis Award`) {
		m[w] = true
	}
	return m
}()

var governmentWords = map[string]bool{"administration": true, "government": true, "cabinet": true, "campaign": true, "regime": true, "presidency": true}

func sentenceRanges(doc *crossread.Doc, text string) [][2]int {
	var out [][2]int
	for _, s := range doc.Sentences {
		if s.Span.Valid(len(text)) && s.End > s.Start {
			out = append(out, [2]int{s.Start, s.End})
		}
	}
	if len(out) > 0 {
		return out
	}
	start := 0
	for i := 0; i <= len(text); i++ {
		if i == len(text) || text[i] == '\n' {
			if i > start {
				out = append(out, [2]int{start, i})
			}
			start = i + 1
		}
	}
	return out
}

// truecaseTitleLines lower-cases, in headline-style title-case lines, the
// capitalised words that are ordinary words (written in lower case in the
// document or often in the training data), never capitalised mid-sentence
// in the document and unknown to the training gazetteer as names. CoNLL's
// headlines are in capitals, so the tagger has not learned title case;
// "Joined" in "Why X Joined the Y Accords" would otherwise look like a
// name. Lines of names (results, captions) keep their names.
func truecaseTitleLines(sents [][]string, m *Model) {
	lowerSeen := map[string]bool{}
	capSeen := map[string]bool{}
	title := make([]bool, len(sents))
	for i, ws := range sents {
		title[i] = isTitleLine(ws)
		for j, w := range ws {
			lw := strings.ToLower(w)
			switch {
			case w == lw:
				lowerSeen[lw] = true
			case j > 0 && !title[i]:
				capSeen[lw] = true
			}
		}
	}
	for i, ws := range sents {
		if !title[i] {
			continue
		}
		for j, w := range ws {
			lw := strings.ToLower(w)
			if w == lw || capSeen[lw] || isAllCaps(w) {
				continue
			}
			_, known := m.gazetteer[gazKey([]string{w}, false)]
			if !known && (lowerSeen[lw] || m.commonLower[hashString(fnvOffset, lw)]) {
				ws[j] = lw
			}
		}
	}
}

// isTitleLine reports a headline-style line: three or more words of four
// or more letters, nearly all capitalised; or a short line with two or more
// capitalised words and no lower-case word of four or more letters ("What's
// Happening?").
func isTitleLine(ws []string) bool {
	long, capped, caps := 0, 0, 0
	for _, w := range ws {
		if !hasLetter(w) {
			continue
		}
		upper := unicode.IsUpper([]rune(w)[0])
		if upper {
			caps++
		}
		if utf8.RuneCountInString(w) < 4 {
			continue
		}
		long++
		if upper {
			capped++
		}
	}
	if last := ws[len(ws)-1]; last == "." || last == ";" || last == "," {
		return false // headlines do not end like sentences
	}
	if long >= 3 && capped*10 >= long*8 {
		return true
	}
	return len(ws) <= 8 && caps >= 2 && capped == long
}

func isAllCaps(w string) bool { return hasLetter(w) && !hasLower(w) }

// extendLoneHeads extends an organisation named by its head noun alone
// ("Times", "Institute") over the capitalised words right before it that
// no entity holds: a slash or a dash the tagger stumbled on cut off
// "Financial" of "Financial Times".
func extendLoneHeads(chunks []Chunk, words []string) []Chunk {
	for k, c := range chunks {
		if c.Type != "ORG" || c.End-c.Start != 1 || !orgHeads[words[c.Start]] {
			continue
		}
		floor := 0
		if k > 0 {
			floor = chunks[k-1].End
		}
		start := c.Start
		for start > floor && c.Start-start < 3 && isCapitalised(words[start-1]) && !personTitles[words[start-1]] && !determiners[strings.ToLower(words[start-1])] {
			start--
		}
		chunks[k].Start = start
	}
	return chunks
}

var determiners = map[string]bool{"the": true, "a": true, "an": true, "this": true, "that": true, "these": true, "those": true,
	"its": true, "his": true, "her": true, "their": true, "our": true, "my": true, "your": true, "every": true, "each": true}

// retypeSourcesAndDemonyms corrects places that are not places:
//   - a name ending like a website or an online outlet ("…pedia", "…net",
//     a domain) is an organisation;
//   - a name standing alone as a source citation after a sentence ("(X)",
//     "X.") that training never named a place is an organisation;
//   - a hyphenated pair of capitalised words ending in a nationality
//     ("Russian-Chechen", "Moldovan-Romanian") is an adjective, MISC, as
//     CoNLL tags it.
func retypeSourcesAndDemonyms(chunks []Chunk, words []string, m *Model) {
	for k, c := range chunks {
		if c.Type != "LOC" && c.Type != "MISC" && c.Type != "ORG" {
			continue
		}
		last := words[c.End-1]
		switch {
		case c.Type != "ORG" && websiteName(last):
			chunks[k].Type = "ORG"
		case c.Type == "LOC" && citationOnly(c, words) && !m.knownAs(words[c.Start:c.End], "LOC"):
			chunks[k].Type = "ORG"
		case c.Type != "MISC" && c.End-c.Start == 1 && demonymPair(last, m):
			chunks[k].Type = "MISC"
		}
	}
}

// websiteName: "Wikipedia", "Eurasianet", "Politico.com".
func websiteName(w string) bool {
	if len(w) < 5 || !isCapitalised(w) || strings.ContainsRune(w, '-') {
		return false
	}
	for _, tld := range webSuffixes {
		if hasSuffixFold(w, tld) && len(w) > len(tld)+1 {
			return true
		}
	}
	// "pedia" or "net" ending a longer capitalised word: outlets coin such
	// words ("Eurasianet"); "Internet" is no outlet's name.
	return len(w) >= 8 && (hasSuffixFold(w, "pedia") || hasSuffixFold(w, "net") && !strings.EqualFold(w, "internet"))
}

var webSuffixes = []string{".com", ".org", ".net", ".info", ".io", ".co.uk", ".news"}

func hasSuffixFold(s, suffix string) bool {
	return len(s) >= len(suffix) && strings.EqualFold(s[len(s)-len(suffix):], suffix)
}

// citationOnly reports whether the chunk is all its sentence holds, but
// for brackets and a final full stop: "(Reuters)", "Eurasianet."
func citationOnly(c Chunk, words []string) bool {
	for i, w := range words {
		if i >= c.Start && i < c.End {
			continue
		}
		if w != "(" && w != ")" && w != "[" && w != "]" && w != "." {
			return false
		}
	}
	return true
}

// demonymPair: "Moldovan-Romanian", "Israeli-Palestinian": capitalised
// parts, the last a nationality (training's MISC, or a nationality ending).
func demonymPair(w string, m *Model) bool {
	if !strings.Contains(w, "-") {
		return false
	}
	parts := strings.Split(w, "-")
	if len(parts) < 2 {
		return false
	}
	for _, p := range parts {
		if !isCapitalised(p) {
			return false
		}
	}
	last := parts[len(parts)-1]
	counts, known := m.gazetteer[gazKey([]string{last}, false)]
	if known && counts != ([numTypes]int32{}) {
		misc := counts[typeIndex("MISC")]
		for ty, n := range counts {
			if ty != typeIndex("MISC") && n >= misc {
				return false
			}
		}
		return true
	}
	for _, suf := range []string{"ian", "ean", "ese", "ish"} {
		if strings.HasSuffix(last, suf) {
			return true
		}
	}
	return false
}
