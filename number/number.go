// Package number finds quantities (money, percentages, counts, years) and
// normalises them to values comparable across sources: "$17 billion",
// "17bn dollars" and "US$ 17,000 million" all become Value 1.7e10,
// Currency USD.
package number

import (
	"math"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"crossread"
)

// Kinds of quantity.
const (
	Money   = "money"
	Percent = "percent"
	Count   = "count"
	Year    = "year"
)

type tok struct {
	start, end int
	text       string
	lower      string
	num        float64
	isNum      bool
	word       bool
}

// Extract returns the numbers in text with spans, read as English writes
// them ("4,500", "1.2 billion").
func Extract(articleID, text string) []crossread.Number {
	return ExtractIn(articleID, text, "en")
}

// ExtractIn is Extract for a text in the language lang (an ISO 639-1
// code; "" is English). Outside English a dot or comma before a group of
// exactly three digits groups thousands ("4.500 puestos", and the
// "4,500" of Latin American Spanish), and otherwise marks the decimals
// ("38,5 %"); the scale words of the main European languages are read
// ("1.200 millones", "3 Milliarden").
func ExtractIn(articleID, text, lang string) []crossread.Number {
	toks := tokenize(text, lang != "" && lang != "en")
	if words := foreignNumberWords[lang]; words != nil {
		// "zwei Menschen", "dos personas", "trois morts": read as digits.
		for i, t := range toks {
			if v, ok := words[t.lower]; ok && t.word {
				toks[i].isNum, toks[i].num, toks[i].word = true, v, false
			}
			// "media docena", "mezza dozzina", "meia dúzia": half a dozen
			if toks[i].isNum && toks[i].num == 12 && i > 0 && (toks[i-1].lower == "media" || toks[i-1].lower == "mezza" || toks[i-1].lower == "meia") {
				toks[i].num = 6
			}
			// Italian "sei" is "you are" too; before a plural noun it is
			// six ("sei persone", "sei morti", "sei anni")
			if lang == "it" && t.word && t.lower == "sei" && i+1 < len(toks) && toks[i+1].word && italianPlural(toks[i+1].lower) {
				toks[i].isNum, toks[i].num, toks[i].word = true, 6, false
			}
		}
	}
	toks = compoundWords(toks, text, lang)
	var out []crossread.Number
	for k := 0; k < len(toks); {
		n, j, ok := match(toks, k)
		if !ok {
			// A date or clock time is skipped whole.
			k = max(j, k+1)
			continue
		}
		// (a text in another language read has its own number words,
		// made digits above: an English one left is a word of its own,
		// Dutch "ten minste", "ten noorden")
		if _, english := wordNumber(toks[k].lower); english && toks[k].word && foreignNumberWords[lang] != nil {
			k = j
			continue
		}
		s, e := toks[k].start, toks[j-1].end
		n.Span = crossread.Span{ArticleID: articleID, Start: s, End: e}
		n.Text = text[s:e]
		out = append(out, n)
		k = j
	}
	return out
}

func tokenize(text string, european bool) []tok {
	toks := make([]tok, 0, len(text)/5)
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		if unicode.IsSpace(r) {
			i += size
			continue
		}
		start := i
		switch {
		case r >= '0' && r <= '9' || (r == '.' && i+1 < len(text) && text[i+1] >= '0' && text[i+1] <= '9'):
			for i < len(text) {
				c := text[i]
				if c >= '0' && c <= '9' {
					i++
					continue
				}
				// 1,200 and 3.5 but not a sentence's final period or a list comma.
				if (c == ',' || c == '.') && i+1 < len(text) && text[i+1] >= '0' && text[i+1] <= '9' {
					if c == ',' && !european && !(i+3 < len(text)+1 && thousandsGroup(text[i+1:])) {
						break
					}
					i++
					continue
				}
				// "2'750 mètres", "120’000 Franken": an apostrophe groups
				// thousands in Switzerland and Liechtenstein
				if ap := apostropheLen(text[i:]); ap > 0 && thousandsGroup(text[i+ap:]) && apostropheGroupsOK(text[start:i]) {
					i += ap
					continue
				}
				// "2 012 morts", "12 345": a space groups thousands in
				// French and others, after a group of at most three digits
				if european {
					if sp := spaceGroupLen(text[i:]); sp > 0 && thousandsGroup(text[i+sp:]) && groupOK(text[start:i]) {
						i += sp
						continue
					}
				}
				break
			}
			numEnd := i
			v, err := parseNumber(text[start:numEnd], european)
			t := tok{start: start, end: numEnd, text: text[start:numEnd], num: v, isNum: err == nil}
			t.lower = t.text
			toks = append(toks, t)
			// An attached suffix: "17bn", "3.5m", "6th", "1990s".
			if i < len(text) {
				if r2, _ := utf8.DecodeRuneInString(text[i:]); unicode.IsLetter(r2) {
					s2 := i
					for i < len(text) {
						r3, sz := utf8.DecodeRuneInString(text[i:])
						if !unicode.IsLetter(r3) {
							break
						}
						i += sz
					}
					toks = append(toks, tok{start: s2, end: i, text: text[s2:i], lower: strings.ToLower(text[s2:i]), word: true})
				}
			}
			continue
		case unicode.IsLetter(r):
			for i < len(text) {
				r2, s2 := utf8.DecodeRuneInString(text[i:])
				if unicode.IsLetter(r2) || (r2 == '-' || r2 == '\'' || r2 == '’') && i+s2 < len(text) && isLetterAt(text, i+s2) {
					i += s2
					continue
				}
				// "COVID-19", "F-16", "G-7": a name's designation, no
				// figure; "mid-2020" keeps its year.
				if r2 == '-' && i+1 < len(text) && text[i+1] >= '0' && text[i+1] <= '9' && hasUpper(text[start:i]) {
					i++
					for i < len(text) && (text[i] >= '0' && text[i] <= '9' || isLetterAt(text, i)) {
						_, s3 := utf8.DecodeRuneInString(text[i:])
						i += s3
					}
					continue
				}
				break
			}
		default:
			i += size
		}
		w := text[start:i]
		toks = append(toks, tok{start: start, end: i, text: w, lower: strings.ToLower(w), word: unicode.IsLetter(r)})
	}
	return toks
}

func isLetterAt(text string, i int) bool {
	r, _ := utf8.DecodeRuneInString(text[i:])
	return unicode.IsLetter(r)
}

// apostropheLen is the length of the apostrophe (straight or curly)
// that opens s, or 0.
func apostropheLen(s string) int {
	switch {
	case strings.HasPrefix(s, "'"):
		return 1
	case strings.HasPrefix(s, "’"):
		return len("’")
	}
	return 0
}

// apostropheGroupsOK: the digits before an apostrophe group are one to
// three digits, or already groups of three ("1'250'000").
func apostropheGroupsOK(s string) bool {
	parts := strings.Split(strings.ReplaceAll(s, "’", "'"), "'")
	if len(parts[0]) < 1 || len(parts[0]) > 3 || strings.ContainsAny(parts[0], ".,") {
		return false
	}
	for _, p := range parts[1:] {
		if len(p) != 3 {
			return false
		}
	}
	return true
}

// thousandsGroup reports whether s starts with exactly three digits.
// spaceGroupLen is the length of the space (plain, no-break or narrow
// no-break) that opens s, or 0.
func spaceGroupLen(s string) int {
	switch {
	case strings.HasPrefix(s, " "):
		return 1
	case strings.HasPrefix(s, "\u00a0"), strings.HasPrefix(s, "\u202f"):
		return len("\u00a0")
	}
	return 0
}

// groupOK: the digits before a space group are one to three digits, or
// already groups of three ("12 345 678"), never a year ("2023 123").
func groupOK(s string) bool {
	parts := strings.Split(strings.NewReplacer("\u00a0", " ", "\u202f", " ").Replace(s), " ")
	if len(parts[0]) < 1 || len(parts[0]) > 3 {
		return false
	}
	for _, p := range parts[1:] {
		if len(p) != 3 {
			return false
		}
	}
	return true
}

// parseNumber reads a run of digits and separators. In English a comma
// groups thousands and a dot marks decimals; elsewhere (european) either
// groups when three digits follow it, and marks decimals otherwise.
func parseNumber(s string, european bool) (float64, error) {
	s = apostrophes.Replace(s)
	if !european {
		return strconv.ParseFloat(strings.ReplaceAll(s, ",", ""), 64)
	}
	var b strings.Builder
	decimal := false
	s = strings.NewReplacer(" ", "", "\u00a0", "", "\u202f", "").Replace(s)
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c != ',' && c != '.' {
			b.WriteByte(c)
			continue
		}
		if !decimal && thousandsGroup(s[i+1:]) && (i+4 == len(s) || s[i+4] == ',' || s[i+4] == '.') {
			continue // a thousands group
		}
		if decimal {
			return 0, strconv.ErrSyntax
		}
		decimal = true
		b.WriteByte('.')
	}
	return strconv.ParseFloat(b.String(), 64)
}

// apostrophes drop the Swiss thousands' apostrophes.
var apostrophes = strings.NewReplacer("'", "", "’", "")

func thousandsGroup(s string) bool {
	if len(s) < 3 {
		return false
	}
	for i := 0; i < 3; i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return len(s) == 3 || s[3] < '0' || s[3] > '9'
}

var scales = map[string]float64{
	"thousand": 1e3, "k": 1e3, "million": 1e6, "millions": 1e6, "mn": 1e6, "m": 1e6, "mln": 1e6, "mio": 1e6,
	"billion": 1e9, "billions": 1e9, "bn": 1e9, "b": 1e9, "bln": 1e9, "trillion": 1e12, "tn": 1e12, "trn": 1e12,
	"lakh": 1e5, "lakhs": 1e5, "crore": 1e7, "crores": 1e7, "hundred": 100, "dozen": 12,
	// the main European languages' (English "billion" is their milliard)
	"millones": 1e6, "millón": 1e6, "millon": 1e6, "millionen": 1e6, "milliarden": 1e9, "milliarde": 1e9,
	"mrd": 1e9, "milliard": 1e9, "milliards": 1e9, "milioni": 1e6, "milione": 1e6, "miliardi": 1e9,
	"miliardo": 1e9, "milhões": 1e6, "milhão": 1e6, "bilhões": 1e9, "bilhão": 1e9, "miljoen": 1e6,
	"miljard": 1e9, "miljarden": 1e9,
	// their thousands ("21 mil torcedores", "3 mila persone", "1,4 mil
	// milhões": a thousand millions)
	"mil": 1e3, "mila": 1e3, "mille": 1e3, "tausend": 1e3, "duizend": 1e3,
}

// symbols before an amount.
var symbols = map[string]string{
	"$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "₹": "INR", "₽": "RUB", "₸": "KZT", "₩": "KRW", "₺": "TRY",
	"₴": "UAH", "₪": "ILS", "₦": "NGN", "₱": "PHP", "₫": "VND", "₼": "AZN", "₾": "GEL",
}

// dollarPrefix: "US$", "C$", "HK$", "A$".
var dollarPrefix = map[string]string{"us": "USD", "c": "CAD", "ca": "CAD", "a": "AUD", "au": "AUD", "hk": "HKD",
	"nz": "NZD", "s": "SGD", "r": "BRL", "nt": "TWD", "mx": "MXN"}

// currencyWords after an amount, and codes either side.
var currencyWords = map[string]string{
	"dollar": "USD", "dollars": "USD", "euro": "EUR", "euros": "EUR", "sterling": "GBP", "yen": "JPY",
	"yuan": "CNY", "renminbi": "CNY", "rupee": "INR", "rupees": "INR", "rouble": "RUB", "roubles": "RUB",
	"ruble": "RUB", "rubles": "RUB", "tenge": "KZT", "franc": "CHF", "francs": "CHF", "won": "KRW",
	"lira": "TRY", "liras": "TRY", "hryvnia": "UAH", "hryvnias": "UAH", "riyal": "SAR", "riyals": "SAR",
	"dirham": "AED", "dirhams": "AED", "shekel": "ILS", "shekels": "ILS", "rand": "ZAR", "peso": "MXN",
	"pesos": "MXN", "reais": "BRL", "manat": "AZN", "som": "KGS", "soms": "KGS", "sum": "UZS", "soum": "UZS",
	"somoni": "TJS", "lari": "GEL", "dram": "AMD", "drams": "AMD", "naira": "NGN", "rand's": "ZAR",
	"ringgit": "MYR", "baht": "THB", "rupiah": "IDR", "zloty": "PLN", "zlotys": "PLN", "krona": "SEK",
	"kronor": "SEK", "krone": "NOK", "kroner": "NOK", "forint": "HUF", "dinar": "KWD", "dinars": "KWD",
	"dólares": "USD", "dólar": "USD", "dollari": "USD", "dollaro": "USD",
}

var isoCodes = map[string]bool{"usd": true, "eur": true, "gbp": true, "jpy": true, "cny": true, "inr": true,
	"rub": true, "kzt": true, "chf": true, "krw": true, "try": false, "uah": true, "sar": true, "aed": true,
	"ils": true, "zar": true, "mxn": true, "brl": true, "azn": true, "kgs": true, "uzs": true, "tjs": true,
	"gel": true, "amd": true, "cad": true, "aud": true, "hkd": true, "sgd": true, "nzd": true, "rmb": true}

// The other ISO 4217 codes, read as codes only in capitals; those that
// are English words in a headline's capitals ("ALL", "TOP", "CUP",
// "MOP") are left out.
func init() {
	for _, c := range strings.Fields(`srd ars clp cop pen uyu bob pyg ves gtq crc dop hnl nio pab jmd ttd bbd xcd ang awg bsd bzd gyd htg kyd
		sek nok dkk isk pln czk huf ron bgn rsd mkd byn mdl egp mad dzd tnd lyd ngn ghs kes ugx tzs etb rwf xof xaf zmw mwk mzn aoa
		nad bwp mur scr mga pkr bdt lkr npr afn irr iqd syp lbp jod kwd bhd qar omr yer thb vnd idr myr php khr lak mmk twd mnt fjd pgk xpf`) {
		isoCodes[c] = true
	}
}

// crownNation names the crown of a nation: "Swedish crowns", "Danish kroner".
var crownNation = map[string]string{"swedish": "SEK", "danish": "DKK", "norwegian": "NOK", "czech": "CZK", "icelandic": "ISK"}

// adjectives that change which dollar or pound: "Canadian dollars".
var dollarNation = map[string]string{"canadian": "CAD", "australian": "AUD", "hong": "HKD", "singapore": "SGD",
	"new": "NZD", "taiwan": "TWD", "us": "USD", "u.s.": "USD", "american": "USD", "egyptian": "EGP", "british": "GBP"}

var numberWords = map[string]float64{"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
	"eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
	"sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40,
	"fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}

// hundredWords and joinWords: the words of a hundred, and of "and"
// between a number's parts, in the languages read ("four hundred and
// twenty", "quatre cent vingt", "quatrocentos e vinte", "treinta y dos").
var (
	hundredWords = map[string]string{"hundred": "en", "cent": "fr", "cents": "fr", "cien": "es", "ciento": "es", "cem": "pt",
		"cento": "it pt", "hundert": "de", "honderd": "nl"}
	joinWords = map[string]bool{"and": true, "et": true, "y": true, "e": true, "und": true, "en": true}
)

// hundredIn: w is a hundred in lang ("cents" is no hundred in English).
func hundredIn(lang, w string) bool {
	if lang == "" {
		lang = "en"
	}
	l, ok := hundredWords[w]
	return ok && strings.Contains(l, lang)
}

// oneAfterAnd: "one" as the unit after the tens and "and", in the
// genders the language reads it as an article elsewhere.
var oneAfterAnd = map[string]bool{"un": true, "une": true, "uno": true, "una": true, "um": true, "uma": true}

// compoundWords joins a number written in several words into one token:
// a unit times a hundred ("quatre cent", "deux cents"), hundreds and the
// tens after them ("cuatrocientos veinte", "four hundred and twenty"),
// tens and a unit after "and" ("treinta y dos", "vingt et un"). Figures in
// digits are left alone.
func compoundWords(toks []tok, text, lang string) []tok {
	value := func(t tok) (float64, bool) {
		if !strings.ContainsFunc(t.text, unicode.IsLetter) {
			return 0, false // digits: "4 100" is two figures
		}
		if hundredIn(lang, t.lower) {
			return 100, true
		}
		if t.isNum {
			return t.num, true
		}
		if lang == "" || lang == "en" {
			return wordNumber(t.lower)
		}
		return 0, false
	}
	adjacent := func(a, b tok) bool { return b.start-a.end == 1 && text[a.end] == ' ' }
	var out []tok
	for i := 0; i < len(toks); i++ {
		v, ok := value(toks[i])
		if !ok {
			out = append(out, toks[i])
			continue
		}
		end := i
		// a unit times a hundred ("a hundred" alone, "cent huitante", is
		// a hundred and its tens)
		if !hundredIn(lang, toks[i].lower) && v < 10 && end+1 < len(toks) && hundredIn(lang, toks[end+1].lower) && adjacent(toks[end], toks[end+1]) {
			v, end = v*100, end+1
		}
		// the hundreds' tens and units, the tens' unit
		next := end + 1
		if next+1 < len(toks) && joinWords[toks[next].lower] && adjacent(toks[end], toks[next]) && adjacent(toks[next], toks[next+1]) {
			next++ // "and", "e", "y", "et"
		}
		if next < len(toks) && adjacent(toks[next-1], toks[next]) && !hundredIn(lang, toks[next].lower) {
			w, ok := value(toks[next])
			if !ok && next > end+1 && oneAfterAnd[toks[next].lower] {
				w, ok = 1, true // "trente et une", "treinta y una", "trinta e uma"
			}
			if ok && w >= 1 {
				switch {
				case int(v)%100 == 0 && v >= 100 && w < 100, v >= 20 && v < 100 && int(v)%10 == 0 && w < 10 && next > end+1:
					v, end = v+w, next
				}
			}
		}
		if end == i {
			out = append(out, toks[i])
			continue
		}
		t := toks[i]
		t.end, t.num, t.isNum, t.word = toks[end].end, v, true, false
		t.text = text[t.start:t.end]
		t.lower = strings.ToLower(t.text)
		out = append(out, t)
		i = end
	}
	return out
}

// RoundCount reports a word of round count ("quarantaine", "ventina",
// "centenar"): a number told as about so many.
func RoundCount(w string) bool {
	f := strings.ToLower(w)
	return strings.HasSuffix(f, "aine") || strings.HasSuffix(f, "ina") && f != "una" || strings.HasSuffix(f, "ena") || strings.HasSuffix(f, "tal") && foreignNumberWords["nl"][f] > 0 ||
		f == "centenar" || f == "centinaio" || f == "dúzia" || f == "duzia" || f == "docena" || f == "dozzina"
}

// WordValue is the value of a number word of language lang other than
// English ("vier" in Dutch or German, "trecento" in Italian), as ExtractIn
// reads it.
func WordValue(lang, w string) (float64, bool) {
	lang, _, _ = strings.Cut(strings.ToLower(lang), "-")
	v, ok := foreignNumberWords[lang][strings.ToLower(w)]
	return v, ok
}

// foreignNumberWords are the number words from two to a hundred of the
// other languages read, less those that are common words too (Italian
// "sei", "you are"); "one" is left out, being their indefinite article.
var foreignNumberWords = func() map[string]map[string]float64 {
	lists := map[string]string{
		"de": "zwei drei vier fünf sechs sieben acht neun zehn elf zwölf dreizehn vierzehn fünfzehn sechzehn siebzehn achtzehn neunzehn zwanzig dreißig vierzig fünfzig sechzig siebzig achtzig neunzig hundert",
		"es": "dos tres cuatro cinco seis siete ocho nueve diez once doce trece catorce quince dieciséis diecisiete dieciocho diecinueve veinte treinta cuarenta cincuenta sesenta setenta ochenta noventa cien",
		"fr": "deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze quinze seize dix-sept dix-huit dix-neuf vingt trente quarante cinquante soixante soixante-dix quatre-vingts quatre-vingt-dix cent",
		"it": "due tre quattro cinque - sette otto nove dieci undici dodici tredici quattordici quindici sedici diciassette diciotto diciannove venti trenta quaranta cinquanta sessanta settanta ottanta novanta cento",
		"pt": "dois três quatro cinco seis sete oito nove dez onze doze treze catorze quinze dezesseis dezessete dezoito dezenove vinte trinta quarenta cinquenta sessenta setenta oitenta noventa cem",
		"nl": "twee drie vier vijf zes zeven acht negen tien elf twaalf dertien veertien vijftien zestien zeventien achttien negentien twintig dertig veertig vijftig zestig zeventig tachtig negentig honderd",
	}
	values := []float64{2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 30, 40, 50, 60, 70, 80, 90, 100}
	out := map[string]map[string]float64{}
	for lang, list := range lists {
		m := map[string]float64{}
		for i, w := range strings.Fields(list) {
			if w != "-" {
				m[w] = values[i]
			}
		}
		out[lang] = m
	}
	out["de"]["zwo"] = 2
	out["pt"]["duas"] = 2
	// Swiss and Belgian French: "septante", "huitante", "nonante"
	out["fr"]["septante"], out["fr"]["huitante"], out["fr"]["octante"], out["fr"]["nonante"] = 70, 80, 80, 90
	// European Portuguese: "dezasseis", "dezassete", "dezanove"
	out["pt"]["dezasseis"], out["pt"]["dezassete"], out["pt"]["dezanove"] = 16, 17, 19
	// the hundreds, written as one word
	for lang, list := range map[string]string{
		"de": "zweihundert dreihundert vierhundert fünfhundert sechshundert siebenhundert achthundert neunhundert",
		"es": "doscientos trescientos cuatrocientos quinientos seiscientos setecientos ochocientos novecientos",
		"it": "duecento trecento quattrocento cinquecento seicento settecento ottocento novecento",
		"pt": "duzentos trezentos quatrocentos quinhentos seiscentos setecentos oitocentos novecentos",
		"nl": "tweehonderd driehonderd vierhonderd vijfhonderd zeshonderd zevenhonderd achthonderd negenhonderd",
	} {
		for i, w := range strings.Fields(list) {
			out[lang][w] = float64(200 + 100*i)
		}
	}
	out["es"]["doscientas"], out["es"]["trescientas"], out["pt"]["duzentas"], out["pt"]["trezentas"] = 200, 300, 200, 300
	// the tens and units written as one word: "veintisiete",
	// "ventisette", "siebenundzwanzig", "zevenentwintig", "vingt-sept"
	units := map[string][]string{
		"es": {"uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve"},
		"it": {"uno", "due", "tre", "quattro", "cinque", "sei", "sette", "otto", "nove"},
		"de": {"ein", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun"},
		"nl": {"een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen"},
		"fr": {"un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf"},
	}
	tens := map[string][]string{
		"es": {"veinti", "treinta y ", "cuarenta y ", "cincuenta y ", "sesenta y ", "setenta y ", "ochenta y ", "noventa y "},
		"it": {"venti", "trenta", "quaranta", "cinquanta", "sessanta", "settanta", "ottanta", "novanta"},
		"de": {"zwanzig", "dreißig", "vierzig", "fünfzig", "sechzig", "siebzig", "achtzig", "neunzig"},
		"nl": {"twintig", "dertig", "veertig", "vijftig", "zestig", "zeventig", "tachtig", "negentig"},
		"fr": {"vingt", "trente", "quarante", "cinquante", "soixante"},
	}
	for lang, ts := range tens {
		for t, ten := range ts {
			for u, unit := range units[lang] {
				v := float64((t+2)*10 + u + 1)
				var w string
				switch lang {
				case "es":
					if strings.HasSuffix(ten, " ") {
						continue // "treinta y siete" is three words
					}
					w = ten + unit
					w = strings.NewReplacer("veintidos", "veintidós", "veintitres", "veintitrés", "veintiseis", "veintiséis").Replace(w)
				case "it":
					w = ten + unit
					if unit == "uno" || unit == "otto" {
						w = ten[:len(ten)-1] + unit // "ventuno", "ventotto"
					}
					if unit == "tre" {
						w = ten + "tré"
					}
				case "de":
					w = unit + "und" + ten
				case "nl":
					w = unit + "en" + ten
					if unit == "twee" || unit == "drie" {
						w = unit + "ën" + ten // "tweeëntwintig"
					}
				case "fr":
					if unit == "un" {
						continue // "vingt et un"
					}
					w = ten + "-" + unit
				}
				out[lang][w] = v
			}
		}
	}
	// French seventies, eighties and nineties: "soixante-dix-sept",
	// "quatre-vingt-deux", "quatre-vingt-quinze"
	for i, teen := range strings.Fields("dix onze douze treize quatorze quinze seize dix-sept dix-huit dix-neuf") {
		out["fr"]["soixante-"+teen] = float64(70 + i)
		out["fr"]["quatre-vingt-"+teen] = float64(90 + i)
	}
	out["fr"]["soixante-et-onze"] = 71
	for u, unit := range units["fr"] {
		out["fr"]["quatre-vingt-"+unit] = float64(81 + u)
	}
	// round counts, "une quarantaine de secouristes" (about forty), read
	// as their number; the claims stage takes them for rough
	for lang, list := range map[string]string{
		"fr": "dizaine:10 douzaine:12 demi-douzaine:6 quinzaine:15 vingtaine:20 trentaine:30 quarantaine:40 cinquantaine:50 soixantaine:60 centaine:100",
		"it": "decina:10 dozzina:12 quindicina:15 ventina:20 trentina:30 quarantina:40 cinquantina:50 sessantina:60 centinaio:100",
		"es": "decena:10 docena:12 veintena:20 treintena:30 centenar:100",
		"pt": "dezena:10 duzia:12 dúzia:12 vintena:20 centena:100",
		"nl": "tiental:10 dozijn:12 twintigtal:20 dertigtal:30 veertigtal:40 vijftigtal:50 zestigtal:60 zeventigtal:70 tachtigtal:80 negentigtal:90 honderdtal:100",
	} {
		for _, kv := range strings.Fields(list) {
			w, v, _ := strings.Cut(kv, ":")
			n, _ := strconv.ParseFloat(v, 64)
			out[lang][w] = n
		}
	}
	return out
}()

var fractions = map[string]float64{"half": 0.5, "halves": 0.5, "third": 1.0 / 3, "thirds": 1.0 / 3,
	"quarter": 0.25, "quarters": 0.25, "fifth": 0.2, "fifths": 0.2, "tenth": 0.1, "tenths": 0.1}

var months = map[string]bool{"january": true, "february": true, "march": true, "april": true, "may": true,
	"june": true, "july": true, "august": true, "september": true, "october": true, "november": true,
	"december": true, "jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true,
	"aug": true, "sep": true, "sept": true, "oct": true, "nov": true, "dec": true}

// notUnit are words after a number that are not what it counts.
var notUnit = map[string]bool{"of": true, "and": true, "or": true, "to": true, "in": true, "on": true, "at": true,
	"the": true, "a": true, "an": true, "for": true, "by": true, "from": true, "with": true, "was": true, "were": true,
	"is": true, "are": true, "percent": true, "per": true, "am": true, "pm": true, "as": true, "than": true,
	"that": true, "who": true, "which": true, "had": true, "have": true, "has": true, "will": true, "would": true,
	"said": true, "more": true, "less": true, "times": true}

func at(toks []tok, k int) tok {
	if k < 0 || k >= len(toks) {
		return tok{}
	}
	return toks[k]
}

// amount reads a number at k: digits ("1,200", "3.5"), digits with a
// scale ("17bn", "2.5 million", "500 crore") or number words ("five",
// "twenty-five", "two million"). It returns the value, the token after it
// and whether a scale word was used.
func amount(toks []tok, k int) (float64, int, bool, bool) {
	t := at(toks, k)
	var v float64
	j := k + 1
	switch {
	case t.isNum:
		v = t.num
	case t.word:
		w, ok := wordNumber(t.lower)
		if !ok {
			return 0, k, false, false
		}
		v = w
	default:
		return 0, k, false, false
	}
	scaled := false
	for {
		s, ok := scales[at(toks, j).lower]
		if !ok {
			break
		}
		// "m", "b", "k" only when attached: "3.5m", "$5k".
		if len(at(toks, j).lower) <= 2 && at(toks, j).start != at(toks, j-1).end {
			break
		}
		v *= s
		scaled = true
		j++
	}
	// Mexican and Central American papers write a figure's thousands as
	// "mil" and its hundreds in digits: "6 mil 300 obreros" is 6,300,
	// "1 millón 300 mil" 1.3 million.
	if scaled && t.isNum {
		prev, next := at(toks, j-1).lower, at(toks, j)
		switch {
		case prev == "mil" && next.isNum && len(next.text) == 3 && next.num < 1000 && next.start == at(toks, j-1).end+1:
			if _, ok := scales[at(toks, j+1).lower]; !ok {
				v += next.num
				j++
			}
		case (prev == "millón" || prev == "millon" || prev == "millones") && next.isNum && next.num < 1000 && next.num == float64(int(next.num)) &&
			at(toks, j+1).lower == "mil" && next.start == at(toks, j-1).end+1:
			v += next.num * 1e3
			j += 2
		}
	}
	return v, j, scaled, true
}

// wordNumber reads "five", "twenty-five".
func wordNumber(w string) (float64, bool) {
	if v, ok := numberWords[w]; ok {
		return v, true
	}
	if i := strings.IndexByte(w, '-'); i > 0 {
		a, ok1 := numberWords[w[:i]]
		b, ok2 := numberWords[w[i+1:]]
		if ok1 && ok2 && a >= 20 && b < 10 {
			return a + b, true
		}
	}
	return 0, false
}

// fraction reads "two-thirds", "one-half", "three quarters".
func fraction(t tok) (float64, bool) {
	i := strings.IndexByte(t.lower, '-')
	if i <= 0 {
		return 0, false
	}
	a, ok1 := numberWords[t.lower[:i]]
	f, ok2 := fractions[t.lower[i+1:]]
	if !ok1 || !ok2 || a > 10 {
		return 0, false
	}
	return a * f, true
}

func match(toks []tok, k int) (crossread.Number, int, bool) {
	t := at(toks, k)
	// Currency before the amount: "$17 billion", "US$ 2 trillion", "€3.5m",
	// "Rs 500 crore", "USD 40 million".
	cur, n := "", k
	switch {
	case symbols[t.text] != "":
		cur, n = symbols[t.text], k+1
	case dollarPrefix[t.lower] != "" && at(toks, k+1).text == "$" && at(toks, k+1).start == t.end:
		cur, n = dollarPrefix[t.lower], k+2
	case (t.lower == "rs" || t.lower == "inr") && (at(toks, k+1).isNum || at(toks, k+1).text == "." && at(toks, k+2).isNum):
		cur, n = "INR", k+1
		if at(toks, n).text == "." {
			n++
		}
	case isoCodes[t.lower] && t.text == strings.ToUpper(t.text) && at(toks, k+1).isNum:
		cur, n = strings.ToUpper(t.lower), k+1
		if cur == "RMB" {
			cur = "CNY"
		}
	}
	if cur != "" {
		v, j, _, ok := amount(toks, n)
		if !ok || !at(toks, n).isNum {
			return crossread.Number{}, k, false
		}
		// "$17 billion dollars" repeats the currency: keep it in the span.
		if c := currencyWords[at(toks, j).lower]; c != "" && c == cur {
			j++
		}
		return crossread.Number{Value: v, Kind: Money, Currency: cur}, j, true
	}
	if f, ok := fraction(t); ok {
		j := k + 1
		unit := ""
		if at(toks, j).lower == "of" {
			unit = unitAt(toks, j+1)
			if unit == "the" || unit == "" {
				unit = unitAt(toks, j+2)
			}
		}
		return crossread.Number{Value: round(f), Kind: Count, Unit: unit}, j, true
	}
	if !t.isNum && !(t.word && isWordNum(t.lower)) {
		return crossread.Number{}, k, false
	}
	// Dates and clock times are the time package's: "Nov. 6", "6 November",
	// "3:30", "2025-11-06", "11/06/2025".
	prev, next := at(toks, k-1), at(toks, k+1)
	if t.isNum && (next.text == "-" || next.text == "/") && next.start == t.end && at(toks, k+2).isNum && at(toks, k+2).start == next.end {
		j := k + 2
		for at(toks, j+1).text == next.text && at(toks, j+1).start == at(toks, j).end && at(toks, j+2).isNum {
			j += 2
		}
		if j > k+2 || next.text == "/" || len(t.text) == 4 {
			return crossread.Number{}, j + 1, false
		}
	}
	if months[prev.lower] || months[strings.TrimSuffix(prev.lower, ".")] || prev.text == "." && months[at(toks, k-2).lower] {
		// (a day in digits: "15 feb. Nueve personas" counts nine people)
		if t.isNum && t.num <= 31 && t.num == math.Trunc(t.num) && strings.ContainsAny(t.text, "0123456789") {
			return crossread.Number{}, k + 1, false
		}
	}
	// ("10:30", "9 : 25" is a clock; "Le bilan : cinq personnes" a count
	// after a colon spaced as French writes it)
	clock := next.text == ":" && at(toks, k+2).isNum || prev.text == ":" && at(toks, k-2).isNum
	if t.isNum && (months[next.lower] || clock || next.lower == "th" || next.lower == "st" || next.lower == "nd" || next.lower == "rd") {
		return crossread.Number{}, k + 1, false
	}
	if t.isNum && (next.lower == "am" || next.lower == "pm" || next.lower == "a" && at(toks, k+2).text == "." || next.lower == "p" && at(toks, k+2).text == ".") {
		return crossread.Number{}, k + 1, false
	}
	v, j, scaled, ok := amount(toks, k)
	if !ok {
		return crossread.Number{}, k, false
	}
	// "the 52m crane", "a 30m drop", "the 100m": metres, a thing's size
	// after an article, not millions ("52m people", "the 52m voters")
	if scaled && j == k+2 && at(toks, k+1).lower == "m" && t.isNum && determiners[prev.lower] && !plural(at(toks, j).lower) {
		return crossread.Number{Value: t.num, Kind: Count, Unit: "metres"}, j, true
	}
	// Percentages: "12%", "12 per cent", "12 percent", "12 percentage points".
	switch nt := at(toks, j); {
	case nt.text == "%":
		return crossread.Number{Value: v, Kind: Percent}, j + 1, true
	case nt.lower == "percent" || nt.lower == "pct" || nt.lower == "prozent" || nt.lower == "procent":
		return crossread.Number{Value: v, Kind: Percent}, j + 1, true
	case (nt.lower == "por" || nt.lower == "pour" || nt.lower == "per") && (at(toks, j+1).lower == "ciento" || at(toks, j+1).lower == "cent" || at(toks, j+1).lower == "cento"):
		return crossread.Number{Value: v, Kind: Percent}, j + 2, true
	case nt.lower == "percentage" && strings.HasPrefix(at(toks, j+1).lower, "point"):
		return crossread.Number{Value: v, Kind: Percent, Unit: "percentage points"}, j + 2, true
	}
	// Currency after the amount: "17bn dollars", "1.2 million euros",
	// "500 crore rupees", "40 million USD", "2 trillion tenge",
	// "1.200 millones de dólares".
	nt := at(toks, j)
	// "290 Mio. Euro", "2,1 Mrd. Franken": the abbreviation's stop
	if scaled && nt.text == "." && currencyWords[at(toks, j+1).lower] != "" {
		if p := strings.ToLower(at(toks, j-1).text); p == "mio" || p == "mrd" || p == "mln" || p == "bn" {
			return crossread.Number{Value: v, Kind: Money, Currency: currencyWords[at(toks, j+1).lower]}, j + 2, true
		}
	}
	if nt.lower == "de" && scaled && currencyWords[at(toks, j+1).lower] != "" {
		return crossread.Number{Value: v, Kind: Money, Currency: currencyWords[at(toks, j+1).lower]}, j + 2, true
	}
	if c := currencyWords[nt.lower]; c != "" {
		if nt.lower == "won" && !scaled && !at(toks, j+1).word {
			return crossread.Number{Value: v, Kind: Count}, j, true
		}
		if c == "USD" || c == "GBP" {
			if cc := dollarNation[at(toks, j-1).lower]; cc != "" {
				c = cc
			}
		}
		return crossread.Number{Value: v, Kind: Money, Currency: c}, j + 1, true
	}
	if (nt.lower == "pounds" || nt.lower == "pound") && at(toks, j+1).lower == "sterling" {
		return crossread.Number{Value: v, Kind: Money, Currency: "GBP"}, j + 2, true
	}
	// "1.3 billion pounds in the quarter" is money; "2 million pounds of
	// ground beef" a weight
	if nt.lower == "pounds" && scaled && at(toks, j+1).lower != "of" {
		return crossread.Number{Value: v, Kind: Money, Currency: "GBP"}, j + 1, true
	}
	if cc := dollarNation[nt.lower]; cc != "" && (at(toks, j+1).lower == "dollars" || at(toks, j+1).lower == "pounds") {
		return crossread.Number{Value: v, Kind: Money, Currency: cc}, j + 2, true
	}
	// "11 million Swedish crowns": a crown is money only with its nation
	if cc := crownNation[nt.lower]; cc != "" && (at(toks, j+1).lower == "crowns" || at(toks, j+1).lower == "crown" || at(toks, j+1).lower == "kronor" || at(toks, j+1).lower == "kroner") {
		return crossread.Number{Value: v, Kind: Money, Currency: cc}, j + 2, true
	}
	if isoCodes[nt.lower] && nt.text == strings.ToUpper(nt.text) {
		c := strings.ToUpper(nt.lower)
		if c == "RMB" {
			c = "CNY"
		}
		return crossread.Number{Value: v, Kind: Money, Currency: c}, j + 1, true
	}
	// Years: "in 2025", "since 1992" (4 digits, no grouping comma, no scale).
	if t.isNum && !scaled && len(t.text) == 4 && t.num >= 1800 && t.num <= 2100 && !strings.ContainsAny(t.text, ",.") {
		if u := unitAt(toks, j); u == "" || !plural(u) {
			return crossread.Number{Value: v, Kind: Year}, j, true
		}
	}
	if t.word && !scaled && t.lower == "one" {
		// "one of them", "one day": too common to be a count.
		return crossread.Number{}, k + 1, false
	}
	unit := unitAt(toks, j)
	if unit == "" && at(toks, j).lower == "of" && !t.isNum {
		unit = unitAt(toks, j+1)
	}
	return crossread.Number{Value: v, Kind: Count, Unit: unit}, j, true
}

func isWordNum(w string) bool {
	_, ok := wordNumber(w)
	return ok
}

// determiners before a figure make "52m" a size ("the 52m crane").
var determiners = map[string]bool{"the": true, "a": true, "an": true, "its": true, "this": true, "that": true, "their": true, "his": true, "her": true}

// unitAt returns the counted noun at k: the next lower-case word, or the
// one after it when that one is a plural ("five world leaders").
func unitAt(toks []tok, k int) string {
	t := at(toks, k)
	if !t.word || notUnit[t.lower] || t.text != t.lower || len(t.lower) < 2 {
		return ""
	}
	if n := at(toks, k+1); n.word && n.text == n.lower && !notUnit[n.lower] && plural(n.lower) && !plural(t.lower) {
		return n.lower
	}
	return t.lower
}

func plural(w string) bool {
	return len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") || w == "people" || w == "children" || w == "men" || w == "women"
}

func round(f float64) float64 { return math.Round(f*10000) / 10000 }

func hasUpper(s string) bool {
	for _, r := range s {
		if unicode.IsUpper(r) {
			return true
		}
	}
	return false
}

// Scale is the factor of a scale word of a million or more, in English
// or the main European languages ("millones", "Milliarden", "bn").
func Scale(w string) (float64, bool) {
	v, ok := scales[strings.ToLower(w)]
	return v, ok && v >= 1e6
}

// italianPlural: w reads as an Italian plural noun or adjective (-i, -e),
// not a verb's or an article's form.
func italianPlural(w string) bool {
	if w == "ore" {
		return true // "sei ore": six hours
	}
	if len(w) < 4 {
		return false
	}
	switch w {
	case "stati", "stato", "state", "molto", "sempre", "anche", "qui", "come", "tutte", "tutti":
		return false
	}
	return strings.HasSuffix(w, "i") || strings.HasSuffix(w, "e")
}
