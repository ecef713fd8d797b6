package claim

import (
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode"

	"crossread"
)

// reClock is a clock time with its half of the day: "7:45 a.m.", "8 p.m.",
// "10:15am".
var reClock = regexp.MustCompile(`(?i)\b(\d{1,2})(?:[:.](\d{2}))?\s*([ap])\.?\s?m\b\.?`)

// reClock24 is a time on a 24-hour clock as the other languages read
// write it: "4h30", "5h", "6 h 40", "6.15 uur", "14.30 Uhr", "14:30 horas", "alle
// 4.30" (a bare "4.30" needs "alle", "às", "à", "a las", "um" or "om"
// before it).
var reClock24 = regexp.MustCompile(`\b(\d{1,2})h(\d{2})?\b|\b(\d{1,2}) h (\d{2})\b|\b(?i:um|om|alle|delle|dalle|le|às|as|à|a las|las)\s+(\d{1,2})[.:](\d{2})\b|\b(\d{1,2})[.:](\d{2})\s*(?:uur|Uhr|horas|heures|ore)\b|\b(\d{1,2})\s(?:Uhr|uur)\b()|\b(?i:à|vers|après|avant|dès|a las|las|das|alentours de|autour de)\s+(\d{1,2})\s(?:heures|horas)\b()` +
	// a French whole hour its "h" alone tells ("vers 5 h", "dès 8 h"),
	// read only after a word that makes it a time of day: "en 48 h" is
	// a duration
	`|\b(?i:à|vers|dès)\s+(\d{1,2})\sh()(?:\s[^\d\s]|[^\w\s]|$)` +
	// a range's start, the range read whole so that its end is no time
	// of its own: "entre las 22 y las 6 horas", "de 22:00 a 06:00"
	`|\b(?:entre|desde|dalle|zwischen|tra|between)\s+(?:las\s+|le\s+|les\s+)?(\d{1,2})(?:[.:](\d{2}))?\s+(?:y|e|et|und|a|alle|and|to|bis)\s+(?:las\s+|le\s+|les\s+)?\d{1,2}(?:[.:]\d{2})?\s*(?:horas|heures|ore|Uhr|uur)\b` +
	`|\b(?:de|desde|von|dalle|from)\s+(\d{1,2})[.:](\d{2})\s+(?:a|à|bis|alle|to)\s+\d{1,2}[.:]\d{2}\b` +
	// a whole hour and its part of the day: "cerca de las 3 de la
	// madrugada", "às 9 da noite"
	// (or "por volta das 3 horas da madrugada")
	`|(?:\ba las|\blas|\bla|\bas|às|\bà|\bdas)\s+(\d{1,2})()\s+(?:horas\s+)?d[ea]\s+(?:la\s+)?(?:madrugada|mañana|manhã|tarde|noche|noite)\b`)

// reNoon is noon or midnight told by its word after a word that makes
// it a rough time or a bound: "peu après midi", "vers minuit", "gegen
// Mittag", "poco dopo mezzanotte", "rond middernacht" (not "al
// mediodía", when a report came out as often as when it happened).
var reNoon = regexp.MustCompile(`(?i)\b((?:peu |kurz |poco |pouco )?(?:vers|après|avant|dès|gegen|nach|vor|rond|omstreeks|na|voor|después del|antes del|dopo|prima di|depois do|antes do|por volta do|hacia el|verso|cerca del|cerca de))\s+(midi|minuit|mediodía|medianoche|meio-dia|meia-noite|mezzogiorno|mezzanotte|Mittag|Mitternacht|middernacht)\b`)

// untilBefore: one of the last two words of before says "until".
func untilBefore(before string) bool {
	ws := Words(before)
	for k := len(ws) - 1; k >= 0 && k >= len(ws)-2; k-- {
		switch Fold(ws[k].Text) {
		case "bis", "until", "till", "hasta", "jusqu'a", "jusqu", "fino", "ate", "tot":
			return true
		}
	}
	return false
}

// reAfternoon: the words after a time that put it in the afternoon or
// the evening, in the other languages read.
var reAfternoon = regexp.MustCompile(`^\s*(?:de la tarde|de la noche|da tarde|da noite|du soir|de l'après-midi|de l’après-midi|di sera|del pomeriggio|della sera|'s avonds|’s avonds|'s middags|’s middags|abends|nachmittags|p\.\s?m\.?|pm)\b`)

// reZoned is a time on a 24-hour clock with its zone: "01:42 GMT",
// "0142 GMT", "14:30 UTC".
var reZoned = regexp.MustCompile(`\b([01]?\d|2[0-3]):?([0-5]\d)\s*(GMT|UTC|CET|EST|EDT|PST|PDT|BST)\b`)

// clockFigure is one outlet's time of an event.
type clockFigure struct {
	x       *Sentence
	span    crossread.Span
	text    string
	minutes int    // since midnight
	rough   bool   // "about", "shortly after", "around": a few minutes either way
	from    bool   // "dès 20 heures", "ab 4 Uhr": from then on
	verb    string // the verb's key, "" for none read
	bound   int    // +1 for a time told as "after", -1 as "before": any later (earlier) time agrees
	ranged  bool   // an end of a span of hours ("tussen 6.30 en 8.45 uur")
}

// clockDiscrepancies sets against each other the times of day outlets give
// one event, known by the verb that tells it ("derailed at 7:45 a.m.",
// "derailed shortly after 8:15 a.m."). Rough times count as differing only
// beyond twenty minutes.
func (a *Alignment) clockDiscrepancies() []crossread.Discrepancy {
	byVerb := map[string][]clockFigure{}
	english := map[string][]clockFigure{} // by article: its English times of day
	var order []string
	for _, x := range a.Sentences {
		// (a clock time needs a digit and "m": most sentences skip the pattern)
		if !strings.ContainsAny(x.Text, "0123456789") || !x.Statement && !shortStatement(x) {
			continue
		}
		var clocks [][]int
		if strings.Contains(x.Text, "m") {
			clocks = reClock.FindAllStringSubmatchIndex(x.Text, -1)
		}
		for _, g := range clocks {
			h, _ := strconv.Atoi(x.Text[g[2]:g[3]])
			m := 0
			if g[4] >= 0 {
				m, _ = strconv.Atoi(x.Text[g[4]:g[5]])
			}
			if h < 1 || h > 12 || m > 59 {
				continue
			}
			if strings.EqualFold(x.Text[g[6]:g[7]], "p") && h != 12 {
				h += 12
			} else if strings.EqualFold(x.Text[g[6]:g[7]], "a") && h == 12 {
				h = 0
			}
			if conversion(x.Text, g[0], g[1]) {
				continue // "6.42am local time (11.42am GMT)": the same time elsewhere
			}
			if inRange(x.Text, g[0], g[1]) {
				continue // "a curfew from 8 p.m. to 6 a.m.": hours of a rule, no event's
			}
			verb, rough := clockVerb(x.Text[:g[0]])
			text := strings.TrimRight(x.Text[g[0]:g[1]], " ")
			if lt := strings.ToLower(text); strings.HasSuffix(lt, "am.") || strings.HasSuffix(lt, "pm.") {
				text = text[:len(text)-1] // "at 7.40am.": the sentence's stop
			}
			fig := clockFigure{x: x, text: text, minutes: h*60 + m, rough: rough, verb: verb, bound: clockBound(x.Text[:g[0]]),
				span: crossread.Span{ArticleID: x.ArticleID(), Start: x.Span.Start + g[0], End: x.Span.Start + g[0] + len(text)}}
			if langOf(x) == "" {
				english[x.ArticleID()] = append(english[x.ArticleID()], fig)
			}
			if verb == "" {
				continue
			}
			if byVerb[verb] == nil {
				order = append(order, verb)
			}
			byVerb[verb] = append(byVerb[verb], fig)
		}
		// a 24-hour time in English ("struck the reef … at 03:40"), its
		// hour in two digits, is an article's time too, of no verb read
		if langOf(x) == "" {
			for _, g := range reClockEnglish24.FindAllStringSubmatchIndex(x.Text, -1) {
				h, _ := strconv.Atoi(x.Text[g[2]:g[3]])
				m, _ := strconv.Atoi(x.Text[g[4]:g[5]])
				if h > 23 || m > 59 || reClock.MatchString(x.Text[g[2]:min(len(x.Text), g[1]+6)]) && reClock.FindStringIndex(x.Text[g[2]:])[0] == 0 {
					continue // "at 11:30 a.m." is read above
				}
				_, rough := clockVerbWord(x.Text[:g[2]])
				text := x.Text[g[2]:g[1]]
				english[x.ArticleID()] = append(english[x.ArticleID()], clockFigure{x: x, text: text, minutes: h*60 + m, rough: rough,
					span: crossread.Span{ArticleID: x.ArticleID(), Start: x.Span.Start + g[2], End: x.Span.Start + g[1]}})
			}
		}
	}
	// The other languages read tell the time on a 24-hour clock ("por
	// volta das 4h30", "gegen 14.30 Uhr", "vers 6h", "rond 6.15 uur",
	// "alle 4.30"), and no verb of theirs is read: an article's one such
	// time in a statement of the past is its time of the event, and a
	// source giving two is left out (two events, or an event and a news
	// conference).
	for _, x := range a.Sentences {
		lang := langOf(x)
		if lang == "" || !strings.ContainsAny(x.Text, "0123456789") && !reNoon.MatchString(x.Text) || !x.Statement && !shortStatement(x) || !pastTenseIn(Words(x.Text), lang) && !hasVerbIn(Words(x.Text)) {
			continue
		}
		// noon and midnight by their words: "peu après midi", "gegen
		// Mittag", "a mezzanotte", a whole hour told roughly
		for _, g := range reNoon.FindAllStringSubmatchIndex(x.Text, -1) {
			if untilBefore(x.Text[:g[0]]) {
				continue
			}
			minutes := 12 * 60
			switch strings.ToLower(x.Text[g[4]:g[5]]) {
			case "minuit", "medianoche", "meia-noite", "mezzanotte", "mitternacht", "middernacht":
				minutes = 0
			}
			const verb = "\x00clock"
			if byVerb[verb] == nil {
				order = append(order, verb)
			}
			text := x.Text[g[2]:g[1]]
			byVerb[verb] = append(byVerb[verb], clockFigure{x: x, text: text, minutes: minutes, rough: true, bound: foreignClockBound(x.Text[:g[4]]),
				span: crossread.Span{ArticleID: x.ArticleID(), Start: x.Span.Start + g[2], End: x.Span.Start + g[1]}})
		}
		for _, g := range reClock24.FindAllStringSubmatchIndex(x.Text, -1) {
			// the alternative that matched: its hour, and its minutes if any
			k := 2
			for k+3 < len(g) && g[k] < 0 {
				k += 4
			}
			h, _ := strconv.Atoi(x.Text[g[k]:g[k+1]])
			m := 0
			if g[k+2] >= 0 {
				m, _ = strconv.Atoi(x.Text[g[k+2]:g[k+3]])
			}
			if h > 23 || m > 59 {
				continue
			}
			// "las 6:30 de la tarde" is 18:30, "las 9 de la noche" 21:00
			if matched := x.Text[g[0]:g[1]]; h < 12 && (reAfternoon.MatchString(x.Text[g[1]:]) ||
				strings.HasSuffix(matched, "tarde") || strings.HasSuffix(matched, "noche") || strings.HasSuffix(matched, "noite")) {
				h += 12
			}
			// "Die Löscharbeiten dauerten bis etwa 11 Uhr": when something
			// ended, not when the event happened
			if untilBefore(x.Text[:g[0]]) {
				continue
			}
			// up to the hour: "vers" may open the match itself ("vers 5 h")
			before := strings.ToLower(x.Text[:g[k]])
			rough := false
			for _, w := range []string{"volta", "cerca", "vers", "gegen", "rond", "omstreeks", "verso", "hacia", "sobre", "alrededor", "environ", "circa", "intorno", "dopo", "kurz"} {
				if i := strings.LastIndex(before, w); i >= 0 && len(before)-i <= len(w)+8 {
					rough = true
				}
			}
			const verb = "\x00clock"
			if byVerb[verb] == nil {
				order = append(order, verb)
			}
			end := g[1]
			if rest := x.Text[g[k+1]:g[1]]; strings.HasPrefix(rest, " h") && (len(rest) == 2 || !unicode.IsLetter(rune(rest[2]))) && g[k+2] == g[k+3] {
				end = g[k+1] + len(" h") // "vers 5 h que": the hour alone; the match reads one letter past it
			}
			text := strings.TrimRight(x.Text[g[0]:end], " ")
			byVerb[verb] = append(byVerb[verb], clockFigure{x: x, text: text, minutes: h*60 + m, rough: rough, bound: foreignClockBound(x.Text[:g[k]]),
				from: fromClock(x.Text, g[k]), ranged: foreignInRange(x.Text, g[0], g[1]),
				span: crossread.Span{ArticleID: x.ArticleID(), Start: x.Span.Start + g[0], End: x.Span.Start + g[0] + len(text)}})
		}
	}
	// Italian whole hours after a preposition ("poco dopo le 15", "si sono
	// chiuse alle 23", "verso le 6,"), no figure of minutes or unit after.
	for _, x := range a.Sentences {
		if langOf(x) != "it" || !strings.ContainsAny(x.Text, "0123456789") || !strings.Contains(x.Text, "le ") || !x.Statement && !shortStatement(x) {
			continue
		}
		for _, g := range reItalianHour.FindAllStringSubmatchIndex(x.Text, -1) {
			h, _ := strconv.Atoi(x.Text[g[2]:g[3]])
			if h > 24 || !bareHourEnds(x.Text[g[1]:]) || untilBefore(x.Text[:g[0]]) || foreignInRange(x.Text, g[0], g[1]) || endedBefore(x.Text[:g[0]]) {
				continue
			}
			const verb = "\x00clock"
			if byVerb[verb] == nil {
				order = append(order, verb)
			}
			text := x.Text[g[0]:g[1]]
			before := strings.ToLower(x.Text[:g[2]])
			rough := strings.Contains(before[max(0, len(before)-14):], "verso") || strings.Contains(before[max(0, len(before)-14):], "intorno") || strings.Contains(before[max(0, len(before)-14):], "poco")
			byVerb[verb] = append(byVerb[verb], clockFigure{x: x, text: text, minutes: (h % 24) * 60, rough: rough, bound: foreignClockBound(x.Text[:g[2]]),
				span: crossread.Span{ArticleID: x.ArticleID(), Start: x.Span.Start + g[0], End: x.Span.Start + g[1]}})
		}
	}
	// A time with its zone ("lifted off at 01:42 GMT", "came at 01:48
	// UTC", "0142 GMT"), as wires give a launch's or a quake's: an
	// article's one time in a zone is its time of the event.
	for _, x := range a.Sentences {
		if !strings.Contains(x.Text, "T") || !strings.ContainsAny(x.Text, "0123456789") || !x.Statement && !shortStatement(x) {
			continue
		}
		for _, g := range reZoned.FindAllStringSubmatchIndex(x.Text, -1) {
			h, _ := strconv.Atoi(x.Text[g[2]:g[3]])
			m, _ := strconv.Atoi(x.Text[g[4]:g[5]])
			zone := strings.ToUpper(x.Text[g[6]:g[7]])
			if zone == "GMT" {
				zone = "UTC"
			}
			_, rough := clockVerbWord(x.Text[:g[0]])
			verb := "\x00zone " + zone
			if byVerb[verb] == nil {
				order = append(order, verb)
			}
			text := x.Text[g[0]:g[1]]
			byVerb[verb] = append(byVerb[verb], clockFigure{x: x, text: text, minutes: h*60 + m, rough: rough,
				span: crossread.Span{ArticleID: x.ArticleID(), Start: x.Span.Start + g[0], End: x.Span.Start + g[0] + len(text)}})
		}
	}
	// An English article's one time of day in its statements of the past,
	// whatever verb tells it ("derailed at about 6:42 a.m." · "came off the
	// rails at 6:24 a.m."), is its time of the event, as the other
	// languages' one time is; it is set against the others' in one day's
	// reports where the two sentences name the same scene and the verbs'
	// lines have not shown it.
	// (an article giving several, its time within an hour and a half of
	// another's one time, told of the same event or its only one so near:
	// "The blast occurred at about 2.40am", not "the last of them
	// accounted for shortly after 6am")
	const oneTime = "\x00one"
	var all []clockFigure
	for _, d := range a.Docs {
		all = append(all, english[d.Article.ID]...)
	}
	for _, f := range eventTimes(all, true) {
		if byVerb[oneTime] == nil {
			order = append(order, oneTime)
		}
		byVerb[oneTime] = append(byVerb[oneTime], f)
	}
	shown := map[crossread.Span]bool{}
	var out []crossread.Discrepancy
	// (the one times first: a verb's line then holds what they left)
	if i := slices.Index(order, oneTime); i > 0 {
		order = append([]string{oneTime}, slices.Delete(order, i, i+1)...)
	}
	for _, verb := range order {
		figs := byVerb[verb]
		if verb != oneTime {
			figs = slices.DeleteFunc(slices.Clone(figs), func(f clockFigure) bool { return shown[f.span] })
		}
		if verb == "\x00clock" {
			figs = eventTimes(figs, false)
		}
		bySource := map[int]int{}
		ambiguous := false
		for _, f := range figs {
			if v, ok := bySource[f.x.Source]; ok && v != f.minutes {
				ambiguous = true // two times of one verb: two events
			}
			bySource[f.x.Source] = f.minutes
		}
		if ambiguous || len(bySource) < 2 {
			continue
		}
		// times in a zone, known by no verb, hours apart are of two
		// events (two quakes a story recalls), not two accounts of one
		if strings.HasPrefix(verb, "\x00zone") {
			lo, hi := 24*60, 0
			for _, f := range figs {
				lo, hi = min(lo, f.minutes), max(hi, f.minutes)
			}
			if hi-lo > 90 {
				continue
			}
		}
		// (each source's one time of the other languages, a day apart:
		// "Il distacco è avvenuto alle 4.40" · "si è abbattuta intorno
		// alle 5.15 di oggi")
		told := map[int]int{}
		for _, f := range figs {
			told[f.x.Source]++
		}
		apart := false
		for i, f := range figs {
			for _, g := range figs[i+1:] {
				d := f.minutes - g.minutes
				if d < 0 {
					d = -d
				}
				d = min(d, 24*60-d) // ("around 11.40 pm" · "shortly after 1.15 am": across midnight)
				// (the other languages' one time each, in one day's reports
				// less than an hour and a half apart, is one event's
				// whatever its sentences name: "gegen 3.40 Uhr, nach
				// Angaben der Polizei" · "laut Feuerwehr gegen 4.15 Uhr")
				// (a time told "dès" or "ab", from when a state held, is
				// another thing's than a time told plainly: "dès 8 heures"
				// the car parks were full, "à 4 h 30" the strike began)
				scene := a.sameScene(f.x, g.x) || (verb == "\x00clock" || verb == "\x00onset") && d <= 90 &&
					(sameDay(f.x, g.x) || daysApart(f.x, g.x) <= 1 && (sharesEventStem(f.x, g.x) || verb == "\x00clock" && told[f.x.Source] == 1 && told[g.x.Source] == 1 && !f.from && !g.from))
				if verb == "\x00clock" && f.from != g.from && !sharesEventStem(f.x, g.x) && !sharesCompoundHead(f.x, g.x) && !sharesCompoundHead(g.x, f.x) {
					scene = false
				}
				if verb == oneTime {
					// (or told by one verb: "The quake hit at 3:12 a.m." · "The
					// tremor … hit at 3.21am")
					// (or each the only time its article gives, an hour
					// apart at most: "touched down … at 2.32pm" · "It landed
					// at 2:52 p.m.")
					scene = d <= 90 && daysApart(f.x, g.x) <= 1 && (sharesName(f.x, g.x) || a.sameScene(f.x, g.x) || sharesEventStem(f.x, g.x) ||
						f.verb != "" && f.verb == g.verb) ||
						d <= 60 && daysApart(f.x, g.x) <= 1 && len(english[f.x.ArticleID()]) == 1 && len(english[g.x.ArticleID()]) == 1
				}
				if f.x.Source != g.x.Source && d > max(f.tolerance(), g.tolerance()) && scene && !f.allows(g) && !g.allows(f) {
					apart = true
				}
			}
		}
		if !apart {
			continue
		}
		about := ""
		if verb == oneTime {
			// the figures' one verb names the line when they share it
			verb = figs[0].verb
			for _, f := range figs {
				if f.verb != verb {
					verb = oneTime
				}
			}
			if verb == "" {
				verb = oneTime
			}
		}
		switch verb {
		case "contact lost":
			about = "time contact was lost"
		case "\x00clock":
			about = "time of day"
		case "\x00onset", oneTime:
			about = "time it happened"
		case "\x00zone UTC", "\x00zone CET", "\x00zone EST", "\x00zone EDT", "\x00zone PST", "\x00zone PDT", "\x00zone BST":
			about = "time (" + strings.TrimPrefix(verb, "\x00zone ") + ")"
		default:
			about = fmt.Sprintf("time it %s", figs[0].verbWord())
		}
		d := &disc{about: about, kind: KindNumber}
		textOf := map[int]string{} // one variant per time, however written ("01:42 GMT", "0142 GMT")
		for _, f := range figs {
			if _, ok := textOf[f.minutes]; !ok {
				textOf[f.minutes] = f.text
			}
			d.add(textOf[f.minutes], f.x.ArticleID(), f.span)
		}
		if len(d.values) > 1 {
			out = append(out, d.out())
			for _, f := range figs {
				shown[f.span] = true
			}
		}
	}
	return out
}

// reClockEnglish24 is a 24-hour time in English after a preposition, its
// hour in two digits ("at 03:40", "from 14:30"); "at 6:40" may be either
// half of the day.
var reClockEnglish24 = regexp.MustCompile(`\b(?:at|around|about|from|after|before|until|by|shortly after|just after|just before)\s+([01]\d|2[0-3])[:.]([0-5]\d)\b`)

// inRange: the time at [i, j) of s opens or closes a span of hours ("from
// 8 p.m. to 6 a.m.", "between 10pm and 5am").
func inRange(s string, i, j int) bool {
	before := Words(s[:i])
	after := firstWords(s[j:], 1)
	if n := len(before); n > 0 {
		switch Fold(before[n-1].Text) {
		case "from", "between":
			return len(after) > 0 && (Fold(after[0].Text) == "to" || Fold(after[0].Text) == "and" || Fold(after[0].Text) == "until")
		case "to", "until", "and":
			// the span's first end two to four words back
			for k := n - 2; k >= 0 && k >= n-6; k-- { // ("from 8 p.m. to")
				if f := Fold(before[k].Text); f == "from" || f == "between" {
					return true
				}
			}
		}
	}
	return false
}

// reItalianHour is an Italian whole hour after its preposition: "dopo
// le 14", "alle 23", "verso le 6", "prima delle 10".
var reItalianHour = regexp.MustCompile(`\b(?i:alle|dalle|delle|le)\s+(\d{1,2})\b`)

// endedBefore: the clause before an Italian time says something ended
// or came back then ("le ricerche si sono concluse solo verso le 19",
// "la circolazione è ripresa alle 16"): no time of the event.
func endedBefore(before string) bool {
	ws := Words(before)
	for k := len(ws) - 1; k >= 0 && k >= len(ws)-6; k-- {
		if k+1 < len(ws) && clauseBreak(before[ws[k].End:ws[k+1].Start]) {
			return false
		}
		f := Fold(ws[k].Text)
		for _, stem := range []string{"conclus", "terminat", "terminò", "termino", "finit", "ripres", "riapert", "riattivat"} {
			if strings.HasPrefix(f, stem) {
				return true
			}
		}
	}
	return false
}

// bareHourEnds: the text after a whole hour ends it as a time of day: a
// stop or comma, or a word that cannot be what a figure counts ("alle
// 23 di domenica", "dopo le 14 nello stabilimento"), not minutes, a unit
// or a noun ("alle 14 vittime").
func bareHourEnds(rest string) bool {
	if rest == "" {
		return true
	}
	switch rest[0] {
	case ',', ';', ')':
		return true
	case '.', ':':
		return len(rest) == 1 || rest[1] == ' '
	case ' ':
	default:
		return false
	}
	ws := firstWords(rest, 1)
	if len(ws) == 0 {
		return true
	}
	return hourFollowers[Fold(ws[0].Text)]
}

var hourFollowers = setOfWords(`di del della dello nel nella nello in a al alla e circa quando presso sul sulla con di`)

// foreignInRange is inRange for the other languages read: the time at
// [i, j) of s opens a span ("tussen 6.30 en", "dalle 8 alle", "zwischen 7
// und") or closes one ("tussen 6.30 en 8.45 uur", "dalle 8 alle 21"): an
// opener, a time, a word joining it to the other time.
func foreignInRange(s string, i, j int) bool {
	before := Words(s[:i])
	match := Words(s[i:j])
	// (the match may hold its preposition: "alle 22", "dalle 7")
	if len(match) > 1 && !isNumeric(match[0].Text) {
		before = append(before, match[0])
	}
	skipArticles := func(k int) int {
		for k >= 0 && clockArticles[Fold(before[k].Text)] && !clockRangeOpeners[Fold(before[k].Text)] && !clockRangeClosers[Fold(before[k].Text)] {
			k--
		}
		return k
	}
	n := skipArticles(len(before) - 1)
	if n < 0 {
		return false
	}
	if clockRangeOpeners[Fold(before[n].Text)] {
		after := firstWords(s[j:], 1)
		return len(after) > 0 && clockRangeClosers[Fold(after[0].Text)]
	}
	if !clockRangeClosers[Fold(before[n].Text)] {
		return false
	}
	k := n - 1
	if k >= 0 && clockUnitWords[Fold(before[k].Text)] {
		k--
	}
	if k < 0 || !isNumeric(before[k].Text) {
		return false
	}
	k = skipArticles(k - 1)
	return k >= 0 && clockRangeOpeners[Fold(before[k].Text)]
}

var (
	clockRangeOpeners = setOfWords(`tussen zwischen entre tra fra von dalle desde`)
	clockRangeClosers = setOfWords(`en und e y et bis tot alle al à a as às hasta ate até`)
	clockUnitWords    = setOfWords(`uur uhr h heures horas ore`)
)

// sharesEventStem: two sentences share a word telling the event or its
// scene ("The announcement was made at 11:30 a.m." · "announced the award
// … at 11.45am"), not one of the clock's own.
func sharesEventStem(x, y *Sentence) bool {
	for _, st := range x.Stems {
		if len(st) >= 4 && !isNumeric(st) && !clockStems[st] && slices.Contains(y.Stems, st) {
			return true
		}
	}
	return false
}

// sharesCompoundHead: a word of y of five letters or more, no word of
// the clock, ends a longer word of x ("staking" of "24-uursstaking").
func sharesCompoundHead(x, y *Sentence) bool {
	xs := Words(x.Text)
	for _, v := range Words(y.Text) {
		h := Fold(v.Text)
		if len(h) < 5 || clockStems[StemIn(langOf(y), h)] {
			continue
		}
		for _, w := range xs {
			if f := Fold(w.Text); len(f) > len(h) && strings.HasSuffix(f, h) {
				return true
			}
		}
	}
	return false
}

var clockStems = func() map[string]bool {
	m := setOfWords(`time local hour hours minut morn morning even evening night afternoon today yesterday gmt utc`)
	// the words of the clock and the day in the languages read, as each
	// language's stemmer writes them ("heures", "Uhr", "madrugada")
	words := `hour hours minute minutes morning evening night afternoon
		heure heures minute minutes matin soir soirée nuit après-midi
		hora horas minuto minutos mañana tarde noche madrugada
		ora ore minuto minuti mattina sera notte pomeriggio
		hora horas minuto minutos manhã tarde noite madrugada
		uhr stunde stunden minute minuten morgen abend nacht nachmittag
		uur uren minuut minuten ochtend avond nacht middag`
	for _, lang := range []string{"", "fr", "es", "it", "pt", "de", "nl"} {
		for _, w := range strings.Fields(words) {
			m[StemIn(lang, Fold(w))] = true
		}
	}
	return m
}()

// conversion: the time at [i, j) of s gives another's in a zone ("6.42am
// local time (11.42am GMT)").
func conversion(s string, i, j int) bool {
	before := strings.TrimRight(s[:i], " ")
	after := strings.TrimLeft(s[j:], " ")
	zoned := false
	for _, z := range []string{"GMT", "UTC", "BST", "CET", "EST", "EDT", "PST", "PDT"} {
		zoned = zoned || strings.HasPrefix(after, z)
	}
	return zoned && strings.HasSuffix(before, "(")
}

// tolerance is how far off the time f may be from the event's: none for
// an exact one; for a rough one, 20 minutes about a whole hour ("around 4
// p.m."), 15 about a half hour ("por volta das 5h30": no 5h50), 10 about
// a time to the minute ("rond 03.40 uur": no 03.55).
func (f clockFigure) tolerance() int {
	switch {
	case !f.rough:
		return 0
	case f.minutes%60 == 0:
		return 20
	case f.minutes%30 == 0:
		return 15
	}
	return 10
}

// allows: f is a bound ("after 10 p.m.") that g's time keeps.
func (f clockFigure) allows(g clockFigure) bool {
	return f.bound > 0 && g.minutes >= f.minutes || f.bound < 0 && g.minutes <= f.minutes
}

// clockBound reads "after" or "before" right before a time, not told as
// near ("shortly after", "just before"): +1, -1, or 0.
func clockBound(before string) int {
	ws := Words(before)
	n := len(ws)
	if n == 0 {
		return 0
	}
	if n >= 2 {
		switch Fold(ws[n-2].Text) {
		case "shortly", "just", "soon", "right", "immediately", "minutes", "moments":
			return 0
		}
	}
	switch Fold(ws[n-1].Text) {
	case "after", "past":
		return 1
	case "before":
		return -1
	}
	return 0
}

// eventTimes keeps, of a source giving several times of day, those told
// in a sentence sharing an event's word with another source's time within
// an hour and a half ("Vers 10 h 40, un gazoduc … a explosé en bordure
// d'un chantier" against "L'accident s'est produit vers 9 h 50, sur un
// chantier", not "coupée à 11 h 25"); a source still giving two is left
// out.
func eventTimes(figs []clockFigure, preferShared bool) []clockFigure {
	// a time told in the pluperfect is before the story's event ("Der
	// Deutsche Wetterdienst hatte um 20.00 Uhr eine Unwetterwarnung
	// herausgegeben"), when its source tells another
	// (unless another source tells its time only so: "hatte … gegen 9.40
	// Uhr … betreten" · "hatte den Markt kurz nach 10.15 Uhr betreten",
	// each the hour it began, beside one's "um 16.30 Uhr" it ended)
	told := map[int]bool{}
	sources := map[int]bool{}
	for _, f := range figs {
		sources[f.x.Source] = true
		if !pluperfectAt(f) {
			told[f.x.Source] = true
		}
	}
	if len(told) == len(sources) {
		figs = slices.DeleteFunc(slices.Clone(figs), func(f clockFigure) bool { return told[f.x.Source] && pluperfectAt(f) })
	}
	// (an end of a span of hours, "tussen 6.30 en 8.45 uur", is no time
	// of the event when its source tells one plainly; a span each source
	// gives is set against the others': "dalle 9.00 alle 17.30" · "dalle
	// 9.00 alle 18.00")
	plain := map[int]bool{}
	for _, f := range figs {
		plain[f.x.Source] = plain[f.x.Source] || !f.ranged
	}
	figs = slices.DeleteFunc(figs, func(f clockFigure) bool { return f.ranged && plain[f.x.Source] })
	times := timesBySource(figs)
	// (a time every source gives alike, each beside another, is another
	// thing they agree on, not the time they differ on: "le premier
	// train devait passer à 5h40" in both, beside "vers 4h30" · "à 4h50")
	if !preferShared && len(times) >= 2 {
		shared := map[int]bool{}
		for _, f := range figs {
			all := true
			for _, ts := range times {
				all = all && ts[f.minutes] && len(ts) > 1
			}
			shared[f.minutes] = all
		}
		left := slices.DeleteFunc(slices.Clone(figs), func(f clockFigure) bool { return shared[f.minutes] })
		// (what is left must be near in every two sources, one event's
		// time: "seit Dienstag, 18 Uhr" and "bis Freitagmorgen um 6 Uhr"
		// are two things)
		near := true
		for _, f := range left {
			for _, g := range left {
				d := f.minutes - g.minutes
				near = near && (f.x.Source == g.x.Source || max(d, -d) <= 90)
			}
		}
		if near && len(left) < len(figs) {
			figs = left
			times = timesBySource(figs)
		}
	}
	near := func(f, g clockFigure) bool {
		d := max(f.minutes-g.minutes, g.minutes-f.minutes)
		return g.x.Source != f.x.Source && len(times[g.x.Source]) == 1 && min(d, 24*60-d) <= 90
	}
	// (an English source's exact time that another source gives to the
	// minute, exactly too, is the event's, and its rough ones are not: "struck the tug
	// at 7.42am" · "hit the tug at 7.42am", not "berthed shortly after
	// 8am"; the other languages' times are of no verb read, and a time
	// two give may be the all-clear's: "gegen 20.00 Uhr aufgehoben" · "Um
	// 20 Uhr gab die Stadt Entwarnung")
	matched := map[int]map[int]bool{}
	for _, f := range figs {
		if !preferShared {
			break
		}
		for _, g := range figs {
			if f.x.Source != g.x.Source && f.minutes == g.minutes && !f.rough && !g.rough && len(times[f.x.Source]) > 1 {
				if matched[f.x.Source] == nil {
					matched[f.x.Source] = map[int]bool{}
				}
				matched[f.x.Source][f.minutes] = true
			}
		}
	}
	figs = slices.DeleteFunc(slices.Clone(figs), func(f clockFigure) bool {
		return len(matched[f.x.Source]) == 1 && !matched[f.x.Source][f.minutes] && f.rough
	})
	times = timesBySource(figs)
	kept := slices.DeleteFunc(slices.Clone(figs), func(f clockFigure) bool {
		if len(times[f.x.Source]) < 2 {
			return false
		}
		for _, g := range figs {
			if !near(f, g) {
				continue
			}
			if sharesEventStem(f.x, g.x) {
				return false
			}
			// (or it is its source's only time within an hour and a half
			// of the other's: "gegen 2.40 Uhr … geprallt" against "um 3.15
			// Uhr … kollidiert", not "Gegen 6 Uhr meldete die Feuerwehr")
			others := 0
			for _, h := range figs {
				if h.x.Source == f.x.Source && h.minutes != f.minutes && near(h, g) {
					others++
				}
			}
			if others == 0 {
				return false
			}
		}
		return true
	})
	return kept
}

// timesBySource gathers the minutes each source's figures give.
func timesBySource(figs []clockFigure) map[int]map[int]bool {
	times := map[int]map[int]bool{}
	for _, f := range figs {
		if times[f.x.Source] == nil {
			times[f.x.Source] = map[int]bool{}
		}
		times[f.x.Source][f.minutes] = true
	}
	return times
}

// pluperfectAt: the clause of the time f is in the pluperfect with
// "have" ("had issued", "hatte … herausgegeben", "avait lancé", "había
// emitido"); not a clause after it ("drongen rond 9.40 uur … binnen, net
// nadat het de deuren had geopend").
func pluperfectAt(f clockFigure) bool {
	s, at := f.x.Text, f.span.Start-f.x.Span.Start
	if at < 0 || at > len(s) {
		return false
	}
	from, to := 0, len(s)
	if i := strings.LastIndexAny(s[:at], ",;:"); i >= 0 {
		from = i + 1
	}
	if i := strings.IndexAny(s[at:], ",;:"); i >= 0 {
		to = at + i
	}
	for _, w := range Words(s[from:to]) {
		switch Fold(w.Text) {
		case "had", "hatte", "hatten", "avait", "avaient", "habia", "habian", "aveva", "avevano", "tinha", "tinham", "hadden":
			return true
		}
	}
	return false
}

// foreignClockBound reads "avant", "vor", "prima delle" … (+1 for
// "après", "nach", "dopo" …) right before a time in the other languages,
// not told as near ("peu avant", "kurz nach"): -1, +1 or 0.
func foreignClockBound(before string) int {
	ws := Words(before)
	n := len(ws)
	for n > 0 && clockArticles[Fold(ws[n-1].Text)] {
		n-- // "antes de las", "prima delle", "dopo le"
	}
	if n == 0 {
		return 0
	}
	if n >= 2 && nearWords[Fold(ws[n-2].Text)] {
		return 0
	}
	switch Fold(ws[n-1].Text) {
	case "avant", "antes", "prima", "vor", "voor":
		return -1
	case "apres", "despues", "dopo", "nach", "na", "depois":
		return 1
	}
	return 0
}

// fromClock: the time of s starting at i is told as a time from which
// something went on ("dès 20 heures", "desde las 6", "ab 4 Uhr", "seit
// 04.00 uur"): a strike's start, or a gathering's, no event's moment.
func fromClock(s string, i int) bool {
	ws := Words(s[:i])
	n := len(ws)
	if n > 0 && strings.ToLower(ws[n-1].Text) == "dès" { // (not the article "des")
		return true
	}
	for n > 0 && clockArticles[Fold(ws[n-1].Text)] {
		n--
	}
	if n == 0 {
		return false
	}
	switch Fold(ws[n-1].Text) {
	case "desde", "ab", "seit", "vanaf", "partir", "sinds":
		return true
	}
	return false
}

var (
	clockArticles = setOfWords(`de las la le les delle della dalle alle di des das as`)
	nearWords     = setOfWords(`peu poco kurz vlak pouco justo juste subito`)
)

// verbWord is the verb as the first outlet writes it.
func (f clockFigure) verbWord() string {
	w, _ := clockVerbWord(f.x.Text[:f.span.Start-f.x.Span.Start])
	return w
}

// clockVerb finds, in the clause before a time, the past-tense verb that
// tells what happened then, as a stem ("derail"), and whether the time is
// given roughly.
func clockVerb(before string) (stem string, rough bool) {
	w, rough := clockVerbWord(before)
	if w == "" {
		return "", rough
	}
	st := Stem(Fold(w))
	// a plane that "lost contact" is one that "disappeared from radar"
	if st == "disappear" || st == "vanish" || Fold(w) == "lost" && strings.Contains(strings.ToLower(before), "lost contact") {
		return "contact lost", rough
	}
	// the verbs that tell an event's onset are one ("The blast happened
	// at 6.40am" · "struck the building at 7.40am" · "tore through … at
	// 6.40am"; "began at 5:40 a.m." · "Screens went blank at 4.15am")
	if onsetVerbs[Fold(w)] && !verbLeadsOn(before, w) {
		return "\x00onset", rough
	}
	return st, rough
}

// verbLeadsOn: the verb w, last written in before, leads on to another
// ("began returning", "started to evacuate"): that other is the event.
func verbLeadsOn(before, w string) bool {
	i := strings.LastIndex(before, w)
	if i < 0 {
		return false
	}
	next := firstWords(before[i+len(w):], 1)
	if len(next) == 0 {
		return false
	}
	f := Fold(next[0].Text)
	return f == "to" || len(f) > 4 && strings.HasSuffix(f, "ing")
}

// onsetVerbs tell when an event happened or began.
var onsetVerbs = setOfWords(`happened occurred struck hit tore began started erupted exploded went broke`)

func clockVerbWord(before string) (string, bool) {
	// the clause: back to the last comma, semicolon or sentence stop
	if i := strings.LastIndexAny(before, ",;:"); i >= 0 {
		before = before[i+1:]
	}
	ws := Words(before)
	rough := false
	for k := 1; k <= 3 && k <= len(ws); k++ {
		switch Fold(ws[len(ws)-k].Text) {
		case "about", "around", "approximately", "roughly", "shortly", "just", "after", "before", "soon":
			rough = true
		}
	}
	for k := len(ws) - 1; k >= 0 && k >= len(ws)-8; k-- {
		w := ws[k].Text
		f := Fold(w)
		if r := []rune(w); len(r) == 0 || !unicode.IsLower(r[0]) {
			continue
		}
		if len(f) > 4 && strings.HasSuffix(f, "ed") || verbCues[f] && !auxiliary[f] {
			return w, rough
		}
	}
	return "", rough
}

// auxiliary verbs tell no event of their own.
var auxiliary = setOfWords("is are was were be been being am has have had do does did will would can could may might shall should must")
