package timex

import (
	"cmp"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"crossread"
)

// ExtractIn is Extract for a text in the language lang (ISO 639-1). English
// ("" or "en") is read by the full matcher; Spanish, French, German,
// Italian, Portuguese and Dutch by a smaller one that reads what news in them
// dates events with: full dates ("3 de febrero de 2026", "3. Februar
// 2026"), days without a year, months of a year, years after a
// preposition, weekdays ("el martes", "am Dienstag") and today, yesterday
// and tomorrow. Other languages get nothing rather than English readings.
func ExtractIn(articleID, text string, ref time.Time, lang string) []crossread.TimeExpr {
	lang, _, _ = strings.Cut(strings.ToLower(lang), "-")
	lex, ok := europeanLexicons[lang]
	if !ok {
		if lang == "" || lang == "en" {
			return Extract(articleID, text, ref)
		}
		return nil
	}
	return lex.extract(articleID, text, ref)
}

type lexicon struct {
	months     map[string]time.Month
	weekdays   map[string]time.Weekday
	yesterday  []string
	today      []string
	tomorrow   []string
	future     *regexp.Regexp // a verb or word that puts a weekday ahead
	past       *regexp.Regexp // a word that puts it behind ("pasado", "dernier")
	dayMonth   *regexp.Regexp // day, month and maybe year
	monthYear  *regexp.Regexp
	yearAfter  *regexp.Regexp // a year after a preposition
	weekdayRe  *regexp.Regexp
	relativeRe *regexp.Regexp
}

func newLexicon(months map[string]time.Month, weekdays map[string]time.Weekday, yesterday, today, tomorrow []string,
	dayMonth, monthYear, yearPreps, future, past string) *lexicon {
	l := &lexicon{months: months, weekdays: weekdays, yesterday: yesterday, today: today, tomorrow: tomorrow}
	var ms, ws []string
	for m := range months {
		ms = append(ms, regexp.QuoteMeta(m))
	}
	for w := range weekdays {
		ws = append(ws, regexp.QuoteMeta(w))
	}
	month := `(` + strings.Join(sortLongestFirst(ms), "|") + `)`
	l.dayMonth = regexp.MustCompile(`(?i)\b(\d{1,2})(?:\.|º|er)?\s+` + strings.ReplaceAll(dayMonth, "MONTH", month) + `(?:[^\p{L}]|$)(?:,?\s*(?:de\s+|del\s+)?(\d{4})\b)?`)
	l.monthYear = regexp.MustCompile(`(?i)(?:^|[^\p{L}])` + strings.ReplaceAll(monthYear, "MONTH", month) + `\s+(?:de\s+|del\s+)?(\d{4})\b`)
	l.yearAfter = regexp.MustCompile(`(?i)\b(?:` + yearPreps + `)\s+(1[89]\d\d|20\d\d)\b`)
	// (Dutch and German write the part of the day onto it:
	// "zondagochtend", "Sonntagabend")
	l.weekdayRe = regexp.MustCompile(`(?i)(?:^|[^\p{L}])(` + strings.Join(sortLongestFirst(ws), "|") + `)(?:ochtend|middag|avond|nacht|morgen|vormittag|mittag|nachmittag|abend)?(?:[^\p{L}]|$)`)
	var rel []string
	for _, w := range append(append(append([]string{}, yesterday...), today...), tomorrow...) {
		rel = append(rel, regexp.QuoteMeta(w))
	}
	l.relativeRe = regexp.MustCompile(`(?i)(?:^|[^\p{L}])(` + strings.Join(sortLongestFirst(rel), "|") + `)(?:[^\p{L}]|$)`)
	// Go's \b knows ASCII letters only: "viajará" ends in one it does not
	l.future = regexp.MustCompile(`(?i)(?:^|[^\p{L}])(?:` + future + `)(?:[^\p{L}]|$)`)
	l.past = regexp.MustCompile(`(?i)(?:^|[^\p{L}])(?:` + past + `)(?:[^\p{L}]|$)`)
	return l
}

func sortLongestFirst(ss []string) []string {
	// longest first, so that "septiembre" wins over "sept"
	slices.SortFunc(ss, func(a, b string) int {
		if c := cmp.Compare(len(b), len(a)); c != 0 {
			return c
		}
		return strings.Compare(a, b)
	})
	return ss
}

func monthsOf(names string) map[string]time.Month {
	out := map[string]time.Month{}
	for i, group := range strings.Split(names, ";") {
		for _, n := range strings.Fields(group) {
			out[n] = time.Month(i + 1)
		}
	}
	return out
}

func weekdaysOf(names string) map[string]time.Weekday {
	out := map[string]time.Weekday{}
	for i, group := range strings.Split(names, ";") {
		for _, n := range strings.Fields(group) {
			out[n] = time.Weekday(i) // Sunday first
		}
	}
	return out
}

var europeanLexicons = map[string]*lexicon{
	"es": newLexicon(
		monthsOf("enero;febrero;marzo;abril;mayo;junio;julio;agosto;septiembre setiembre;octubre;noviembre;diciembre"),
		weekdaysOf("domingo;lunes;martes;miércoles miercoles;jueves;viernes;sábado sabado"),
		[]string{"ayer"}, []string{"hoy"}, []string{"pasado mañana", "mañana"},
		`de\s+MONTH`, `(?:en|de)\s+MONTH`, `en|desde|de|del|hasta`,
		`\p{L}+(?:rá|rán|ré|remos)|va\s+a|van\s+a|próxim[oa]|previst[oa]|previsión|se\s+espera`, `pasad[oa]|anterior`),
	"pt": newLexicon(
		monthsOf("janeiro;fevereiro;março marco;abril;maio;junho;julho;agosto;setembro;outubro;novembro;dezembro"),
		weekdaysOf("domingo;segunda-feira segunda;terça-feira terca-feira terça;quarta-feira quarta;quinta-feira quinta;sexta-feira sexta;sábado sabado"),
		[]string{"ontem"}, []string{"hoje"}, []string{"amanhã", "amanha"},
		`de\s+MONTH`, `(?:em|de)\s+MONTH`, `em|desde|de|até`,
		`\p{L}+(?:rá|rão|rei|remos)|vai|vão|próxim[oa]|previst[oa]|previsão|previsao`, `passad[oa]|anterior`),
	"fr": newLexicon(
		monthsOf("janvier;février fevrier;mars;avril;mai;juin;juillet;août aout;septembre;octobre;novembre;décembre decembre"),
		weekdaysOf("dimanche;lundi;mardi;mercredi;jeudi;vendredi;samedi"),
		[]string{"hier"}, []string{"aujourd'hui", "aujourd’hui"}, []string{"demain"},
		`MONTH`, `(?:en|de|d')\s*MONTH`, `en|depuis|de|jusqu'en`,
		`\p{L}+(?:ra|ront|rai|rons)|va|vont|prochaine?|prévue?s?|prévision|attendue?s?`, `dernier|dernière|précédente?`),
	"de": newLexicon(
		monthsOf("januar jänner;februar;märz maerz;april;mai;juni;juli;august;september;oktober;november;dezember"),
		weekdaysOf("sonntag;montag;dienstag;mittwoch;donnerstag;freitag;samstag sonnabend"),
		[]string{"gestern"}, []string{"heute"}, []string{"übermorgen", "morgen"},
		`MONTH`, `(?:im|seit|bis)\s+MONTH`, `im\s+jahr|seit|in|bis`,
		`wird|werden|nächste[nrm]?|kommende[nrm]?|soll|sollen|erwartet|prognose`, `letzte[nrm]?|vergangene[nrm]?|vorige[nrm]?`),
	"nl": newLexicon(
		monthsOf("januari;februari;maart;april;mei;juni;juli;augustus;september;oktober;november;december"),
		weekdaysOf("zondag;maandag;dinsdag;woensdag;donderdag;vrijdag;zaterdag"),
		[]string{"gisteren"}, []string{"vandaag"}, []string{"overmorgen", "morgen"},
		`MONTH`, `(?:in|sinds|tot)\s+MONTH`, `in|sinds|tot|vanaf`,
		`zal|zullen|gaat|gaan|volgende|komende|aanstaande|verwacht|verwachting`, `vorige|afgelopen|jongstleden`),
	"it": newLexicon(
		monthsOf("gennaio;febbraio;marzo;aprile;maggio;giugno;luglio;agosto;settembre;ottobre;novembre;dicembre"),
		weekdaysOf("domenica;lunedì lunedi;martedì martedi;mercoledì mercoledi;giovedì giovedi;venerdì venerdi;sabato"),
		[]string{"ieri"}, []string{"oggi"}, []string{"dopodomani", "domani"},
		`MONTH`, `(?:a|di|in)\s+MONTH`, `nel|dal|fino\s+al`,
		`\p{L}+(?:rà|ranno|rò|remo)|prossim[oa]|previst[oa]|previsione|atteso|attesa`, `scors[oa]|passat[oa]|precedente`),
}

// extract finds the dates of text.
func (l *lexicon) extract(articleID, text string, ref time.Time) []crossread.TimeExpr {
	var out []crossread.TimeExpr
	taken := make([]bool, len(text)+1)
	add := func(s, e int, value, prec string, start time.Time) {
		for e > s && strings.ContainsRune(" ,;:.\u00a0", rune(text[e-1])) {
			e--
		}
		for i := s; i < e; i++ {
			if taken[i] {
				return
			}
		}
		for i := s; i < e; i++ {
			taken[i] = true
		}
		out = append(out, crossread.TimeExpr{Span: crossread.Span{ArticleID: articleID, Start: s, End: e},
			Text: text[s:e], Type: "DATE", Value: value, Precision: prec, Start: start})
	}
	for _, m := range l.dayMonth.FindAllStringSubmatchIndex(text, -1) {
		d, _ := strconv.Atoi(text[m[2]:m[3]])
		mo := l.months[strings.ToLower(text[m[4]:m[5]])]
		if mo == 0 || d < 1 || d > 31 {
			continue
		}
		var t time.Time
		if m[6] >= 0 {
			y, _ := strconv.Atoi(text[m[6]:m[7]])
			t = time.Date(y, mo, d, 0, 0, 0, 0, time.UTC)
		} else if !ref.IsZero() {
			t = nearestDay(ref, mo, d)
		} else {
			continue
		}
		if t.Day() != d {
			continue // 31 February
		}
		if l.namesAPlace(text, m[0]) {
			continue
		}
		add(m[0], m[1], t.Format("2006-01-02"), crossread.PrecisionDay, t)
	}
	for _, m := range l.monthYear.FindAllStringSubmatchIndex(text, -1) {
		mo := l.months[strings.ToLower(text[m[2]:m[3]])]
		y, _ := strconv.Atoi(text[m[4]:m[5]])
		if mo == 0 {
			continue
		}
		t := time.Date(y, mo, 1, 0, 0, 0, 0, time.UTC)
		add(m[2], m[1], t.Format("2006-01"), crossread.PrecisionMonth, t)
	}
	for _, m := range l.yearAfter.FindAllStringSubmatchIndex(text, -1) {
		y, _ := strconv.Atoi(text[m[2]:m[3]])
		add(m[2], m[3], strconv.Itoa(y), crossread.PrecisionYear, time.Date(y, 1, 1, 0, 0, 0, 0, time.UTC))
	}
	if ref.IsZero() {
		return sortByStart(out)
	}
	for _, m := range l.weekdayRe.FindAllStringSubmatchIndex(text, -1) {
		w := l.weekdays[strings.ToLower(text[m[2]:m[3]])]
		sentence := sentenceAround(text, m[2])
		diff := int(w) - int(ref.Weekday())
		ahead := l.future.MatchString(sentence) && !l.past.MatchString(sentence)
		if ahead {
			if diff <= 0 {
				diff += 7
			}
		} else if diff > 0 {
			diff -= 7
		}
		t := ref.AddDate(0, 0, diff)
		t = time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC)
		add(m[2], m[3], t.Format("2006-01-02"), crossread.PrecisionDay, t)
	}
	for _, m := range l.relativeRe.FindAllStringSubmatchIndex(text, -1) {
		word := strings.ToLower(text[m[2]:m[3]])
		days := 0
		switch {
		case slices.Contains(l.yesterday, word):
			days = -1
		case slices.Contains(l.tomorrow, word):
			days = 1
			if strings.HasPrefix(word, "pasado") || strings.HasPrefix(word, "über") || strings.HasPrefix(word, "dopo") {
				days = 2
			}
			// "por la mañana", "am Morgen": the morning, not tomorrow
			if before := strings.ToLower(text[max(0, m[2]-8):m[2]]); strings.HasSuffix(before, "la ") || strings.HasSuffix(before, "am ") {
				continue
			}
		}
		t := ref.AddDate(0, 0, days)
		t = time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC)
		add(m[2], m[3], t.Format("2006-01-02"), crossread.PrecisionDay, t)
	}
	return sortByStart(out)
}

// namesAPlace: the date at start is part of a name, as streets, squares
// and stadiums are named after days ("Estádio 25 de Julho", "Avenida
// 9 de Julio", "Piazza 4 Novembre"): it follows a capitalised word,
// mid-sentence, that is no weekday and no all-capitals dateline.
func (l *lexicon) namesAPlace(text string, start int) bool {
	if start < 2 || text[start-1] != ' ' {
		return false
	}
	i := start - 1
	for i > 0 && text[i-1] != ' ' && text[i-1] != '\n' && text[i-1] != '(' {
		i--
	}
	word := text[i : start-1]
	r, size := utf8.DecodeRuneInString(word)
	if size == 0 || !unicode.IsUpper(r) || strings.ToUpper(word) == word || strings.IndexFunc(word, func(r rune) bool { return !unicode.IsLetter(r) }) >= 0 {
		return false
	}
	if _, ok := l.weekdays[strings.ToLower(word)]; ok {
		return false
	}
	if _, ok := l.months[strings.ToLower(word)]; ok {
		return false
	}
	// mid-sentence: a sentence's first word is capitalised anyway ("Em
	// 25 de julho …")
	before := strings.TrimRight(text[:i], " ")
	return before != "" && !strings.ContainsAny(before[len(before)-1:], ".!?:\n\"“«")
}

// nearestDay is the day mo/d nearest to ref.
func nearestDay(ref time.Time, mo time.Month, d int) time.Time {
	var cands []time.Time
	for dy := -1; dy <= 1; dy++ {
		cands = append(cands, time.Date(ref.Year()+dy, mo, d, 0, 0, 0, 0, time.UTC))
	}
	return nearestOf(cands, ref)
}

func sentenceAround(text string, i int) string {
	lo := strings.LastIndexAny(text[:i], ".!?\n") + 1
	hi := strings.IndexAny(text[i:], ".!?\n")
	if hi < 0 {
		hi = len(text) - i
	}
	return text[lo : i+hi]
}

func sortByStart(ts []crossread.TimeExpr) []crossread.TimeExpr {
	slices.SortStableFunc(ts, func(a, b crossread.TimeExpr) int { return cmp.Compare(a.Span.Start, b.Span.Start) })
	return ts
}

// ExtractArticle reads the dates of a against ref, in the article's
// language.
func ExtractArticle(a *crossread.Article, ref time.Time) []crossread.TimeExpr {
	return ExtractIn(a.ID, a.Text, ref, a.Language)
}
