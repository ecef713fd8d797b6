package claim

import (
	"math"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode"
	"unicode/utf8"

	"crossread"
	"crossread/number"
	"crossread/timex"
)

// Discrepancy kinds.
const (
	KindNumber   = "number"
	KindDate     = "date"
	KindYear     = "year"
	KindMembers  = "members"
	KindSpelling = "spelling"
	KindQuote    = "quote"
	KindSpeaker  = "speaker"
)

// sameContext is how close two sentences of different sources must be for
// their differing numbers to be read as one slot with two values.
const sameContext = 0.35

// disc collects the values found for one slot.
type disc struct {
	about, kind string
	values      []string
	articles    map[string][]string
	spans       map[string][]crossread.Span
	byValue     map[string]string // normalised value → the text its variant shows
	byMeasure   map[string]string // a measure in its base unit → the text its variant shows
}

// measureIn is the figure q of s in its measure's base unit ("length
// 1.27" for "127 centimetri"), "" when its unit is none of unitSize's.
func measureIn(s string, q Quantity) string {
	u, ok := unitSize[unitOf(s, q)]
	v, err := strconv.ParseFloat(q.Value, 64)
	if !ok || err != nil {
		return ""
	}
	return u.measure + " " + strconv.FormatFloat(v*u.size, 'g', 9, 64)
}

// variantFor is the text of the variant that already gives figure q of s
// in another unit of its measure ("2.5-tonne" joins "2,500 kg"), or
// text, which it records for the figure's measure.
func (d *disc) variantFor(s string, q Quantity, text string) string {
	m := measureIn(s, q)
	if m == "" {
		return text
	}
	if d.byMeasure == nil {
		d.byMeasure = map[string]string{}
	}
	if t, ok := d.byMeasure[m]; ok {
		return t
	}
	d.byMeasure[m] = text
	return text
}

// textOf is how the discrepancy writes q's value: as the first figure of
// that value it was given.
func (d *disc) textOf(q Quantity) string {
	if d.byValue == nil {
		d.byValue = map[string]string{}
	}
	if t, ok := d.byValue[q.Value]; ok {
		return t
	}
	d.byValue[q.Value] = q.Text
	return q.Text
}

// otherCurrencies: amounts in two currencies ("€103 million", "£88m")
// are a conversion, not two figures to set against each other.
func otherCurrencies(p, q Quantity) bool {
	return p.Kind == "money" && q.Kind == "money" && currencyOf(p.Value) != currencyOf(q.Value)
}

// valueFor is the text of the variant giving q's value, "" when none does.
func (d *disc) valueFor(q Quantity) string {
	return d.byValue[q.Value]
}

func (d *disc) add(value, articleID string, sp crossread.Span) {
	if d.articles == nil {
		d.articles, d.spans = map[string][]string{}, map[string][]crossread.Span{}
	}
	if _, ok := d.articles[value]; !ok {
		d.values = append(d.values, value)
	}
	for _, id := range d.articles[value] {
		if id == articleID {
			return
		}
	}
	d.articles[value] = append(d.articles[value], articleID)
	d.spans[value] = append(d.spans[value], sp)
}

// gives: the article is already among the line's outlets.
func (d *disc) gives(articleID string) bool {
	for _, ids := range d.articles {
		if slices.Contains(ids, articleID) {
			return true
		}
	}
	return false
}

func (d *disc) out() crossread.Discrepancy {
	r := crossread.Discrepancy{About: d.about, Kind: d.kind}
	for _, v := range d.values {
		r.Variants = append(r.Variants, crossread.DiscrepancyVariant{Value: v, ArticleIDs: d.articles[v], Spans: d.spans[v]})
	}
	return r
}

// Discrepancies finds the slots on which the story's sources disagree:
// numbers and dates of one event, lists of participants, spellings of a name
// and the wording or speaker of a quote.
func (a *Alignment) Discrepancies(entities []crossread.Entity) []crossread.Discrepancy {
	if a.Sources < 2 {
		return nil
	}
	var out []crossread.Discrepancy
	a.spelled = map[string]bool{}
	out = append(out, a.quantityDiscrepancies()...)
	// a figure in a dispute is set against the others once, and is no
	// exclusive of its source (see exclusive)
	a.disputed = map[crossread.Span]bool{}
	mark := func(ds []crossread.Discrepancy) {
		for _, d := range ds {
			for _, v := range d.Variants {
				for _, sp := range v.Spans {
					a.disputed[sp] = true
				}
			}
		}
	}
	mark(out)
	tolls := a.tollDiscrepancies(a.disputed)
	mark(tolls)
	out = append(out, tolls...)
	ages := append(append(append(a.ageDiscrepancies(entities), a.minuteDiscrepancies()...), a.clockDiscrepancies()...), a.floorDiscrepancies()...)
	mark(ages)
	out = append(out, ages...)
	out = append(out, a.memberDiscrepancies()...)
	out = append(out, a.sideDiscrepancies()...)
	out = append(out, a.roleDiscrepancies(entities)...)
	out = append(out, a.journalDiscrepancies()...)
	out = append(out, a.flightDiscrepancies()...)
	aircraft := a.aircraftDiscrepancies()
	// an aircraft named otherwise elsewhere is no exclusive either
	for _, d := range aircraft {
		for _, v := range d.Variants {
			a.namedOtherwise = append(a.namedOtherwise, Fold(v.Value))
		}
	}
	out = append(out, aircraft...)
	out = append(out, a.ratingDiscrepancies()...)
	out = append(out, a.rankDiscrepancies()...)
	spellings := a.spellingDiscrepancies(entities)
	// a name spelled otherwise elsewhere is no exclusive of its source
	for _, d := range spellings {
		for _, v := range d.Variants {
			a.spelled[Fold(v.Value)] = true
			for _, w := range strings.Fields(v.Value) {
				a.spelled[Fold(w)] = true
			}
		}
	}
	out = append(out, spellings...)
	// (a quote's speakers whose names are one name spelled apart, which
	// a spelling line shows, are one speaker: "Giorgos Pappas" ·
	// "Yorgos Papas")
	for _, d := range a.quoteDiscrepancies() {
		if d.Kind == KindSpeaker && spellingsOfOne(spellings, d) {
			continue
		}
		out = append(out, d)
	}
	// which value each disputed figure gives, for Claims: an article
	// giving another value does not carry the claim
	a.disputedValue = map[crossread.Span]disputedAs{}
	for _, d := range out {
		if d.Kind == KindSpelling {
			continue // a name spelled otherwise still tells the same fact
		}
		for _, v := range d.Variants {
			for _, sp := range v.Spans {
				a.disputedValue[sp] = disputedAs{about: d.About, value: v.Value}
			}
		}
	}
	return out
}

// spellingsOfOne: every speaker of the line d is a variant of one
// spelling line of spellings.
func spellingsOfOne(spellings []crossread.Discrepancy, d crossread.Discrepancy) bool {
	for _, sp := range spellings {
		variants := map[string]bool{}
		for _, v := range sp.Variants {
			variants[Fold(v.Value)] = true
		}
		all := true
		for _, v := range d.Variants {
			all = all && variants[Fold(v.Value)]
		}
		if all {
			return true
		}
	}
	return false
}

// disputedAs is the discrepancy a figure is in and the value it gives.
type disputedAs struct{ about, value string }

// sourceFigures are the figures each source gives anywhere, to check
// whether a source also gives the other value somewhere: by kind (a
// "30-minute walk" gives no share of 30%) and, for a count told in a unit
// or a span of time, by that unit ("four minutes" is no "four thieves").
type sourceFigures map[int]map[string]bool

func (a *Alignment) sourceQuantities() sourceFigures {
	out := sourceFigures{}
	for _, x := range a.Sentences {
		if out[x.Source] == nil {
			out[x.Source] = map[string]bool{}
		}
		for _, q := range x.Quantities {
			k := kindClass(q.Kind) + ":"
			if u := givenUnit(x.Text, q); u != "" {
				out[x.Source][k+q.Value+"|"+u] = true
			} else if countsThings(x.Text, q) {
				out[x.Source][k+q.Value+"|n"] = true
				if c := thingClass(x.Text, q); c != "" {
					out[x.Source][k+q.Value+"|c:"+c] = true
				} else {
					out[x.Source][k+q.Value+"|nc"] = true
				}
			} else {
				out[x.Source][k+q.Value] = true
			}
			out[x.Source][k+q.Value+"|*"] = true
			if md := monthDay(q.Value); md != "" {
				out[x.Source][k+md] = true
				out[x.Source][k+md+"|*"] = true
			}
			if hi, lo, ok := strings.Cut(q.Value, "-"); ok && q.Kind == "tally" {
				// a split's sides are figures the source gives ("285 to 120")
				for _, v := range []string{"count:" + hi, "count:" + lo} {
					out[x.Source][v], out[x.Source][v+"|*"] = true, true
				}
			}
		}
	}
	return out
}

// gives: source src gives the value of the figure q of s somewhere: in
// q's unit, or bare, when q is told in a unit ("two-day" is not given by
// "the two leaders"); counting things, or bare, when q counts things
// ("three thieves" is not given by "three minutes"); in any way when q is
// a bare figure.
func (f sourceFigures) gives(src int, s string, q Quantity) bool {
	m := f[src]
	base := kindClass(q.Kind) + ":" + q.Value
	if u := givenUnit(s, q); u != "" {
		return m[base+"|"+u] || m[base]
	}
	if countsThings(s, q) {
		// (things of a class another class's count does not give:
		// "about 80 households" is no "Eighty firefighters")
		if c := thingClass(s, q); c != "" {
			return m[base+"|c:"+c] || m[base+"|nc"]
		}
		return m[base+"|n"] || m[base]
	}
	return m[base+"|*"]
}

// thingClass is the class of what the count q of s counts
// ("firefighters", "households"), or "" for a noun of no class read.
func thingClass(s string, q Quantity) string {
	w, ok := wordAfterCount(s, q)
	if !ok {
		return ""
	}
	f := Fold(w)
	if c := countClassOf(f); c != "" {
		return c
	}
	return peopleClass[f]
}

// countsThings: the count q of s has a content word right after it, what
// it counts ("three thieves").
func countsThings(s string, q Quantity) bool {
	w, ok := wordAfterCount(s, q)
	if ok && anyFiniteVerb(w) {
		return false // "die übrigen drei waren unverletzt": a verb, no thing
	}
	if ok && focusArticles[Fold(w)] {
		// "Quattro le persone arrestate", "Drei die Verletzten": the
		// article of what is counted
		ws := firstWords(s[q.End:], 2)
		return len(ws) == 2 && s[q.End+ws[0].End:q.End+ws[1].Start] == " " && !IsStop(Fold(ws[1].Text))
	}
	return ok && !IsStop(Fold(w))
}

// anyFiniteVerb: w is a finite verb of one of the languages read.
func anyFiniteVerb(w string) bool {
	l := strings.ToLower(w)
	for _, vs := range finiteVerbs {
		if vs[l] {
			return true
		}
	}
	return false
}

// focusArticles are the other languages' definite articles that may stand
// between a count and what it counts.
var focusArticles = setOfWords(`le la les los las gli lo os`)

// rateBase: the figure q of s is what a rate is per ("per 100,000
// people", "por 100 mil habitantes", "a cada 100 mil"), which any two
// rates share whatever they measure.
func rateBase(s string, q Quantity) bool {
	before := Words(s[:min(q.Start, len(s))])
	if len(before) == 0 {
		return false
	}
	switch Fold(before[len(before)-1].Text) {
	case "per", "por", "pour", "pro", "ogni", "cada", "je":
		return true
	}
	return false
}

// sameWordsBefore: a content word within n words before p in xs is one
// within n words before q in ys.
func sameWordsBefore(xs string, p Quantity, ys string, q Quantity, n int) bool {
	wx, wy := Words(xs[:min(p.Start, len(xs))]), Words(ys[:min(q.Start, len(ys))])
	for i := len(wx) - 1; i >= 0 && i >= len(wx)-n; i-- {
		f := Fold(wx[i].Text)
		if len(f) < 4 || IsStop(f) {
			continue
		}
		for j := len(wy) - 1; j >= 0 && j >= len(wy)-n; j-- {
			if Fold(wy[j].Text) == f {
				return true
			}
		}
	}
	return false
}

// givenUnit is measuredIn, the other languages' spans of time too ("40
// horas" gives no "40 centímetros").
func givenUnit(s string, q Quantity) string {
	if u := measuredIn(s, q); u != "" {
		return u
	}
	if w, ok := wordAfterCount(s, q); ok && foreignSpans[Fold(w)] {
		return Fold(w)
	}
	return ""
}

// measuredIn is the stem of the unit or span of time the count q of s is
// told in ("four minutes", "10 kilometres"), "" for a count of things and
// any other figure.
func measuredIn(s string, q Quantity) string {
	if q.Kind != "count" {
		return ""
	}
	u := unitOf(s, q)
	if unitSize[u].measure == "length" && unitSize[u].size == 1000 && foreignPerHourRE.MatchString(s[q.End:]) {
		return "kmh" // "75 km/u", as "70 km/h"
	}
	if unitStems[u] || spanStems()[u] {
		return u
	}
	// the other languages' units of measure, as English's ("quattro
	// tonnellate"; "12 chilometri" is "12 km"); their spans of time are
	// read by the slots of durations and ages
	if w, ok := wordAfterCount(s, q); ok && foreignSpans[Fold(w)] {
		f := Fold(w)
		for _, c := range foreignUnitStems {
			if strings.HasPrefix(f, c.prefix) {
				// ("130 chilometri orari", "85 kilómetros por hora": a
				// speed, as "70 km/h" is)
				if unitSize[c.unit].measure == "length" && unitSize[c.unit].size == 1000 && foreignPerHourRE.MatchString(s[q.End:]) {
					return "kmh"
				}
				return c.unit
			}
		}
	}
	// "a three-day visit": the span hyphenated onto the figure
	if q.End < len(s) && s[q.End] == '-' {
		if ws := firstWords(s[q.End+1:], 1); len(ws) > 0 && ws[0].Start == 0 {
			w, _, _ := strings.Cut(Fold(ws[0].Text), "-")
			if st := Stem(w); spanStems()[st] || spanWords[w] {
				return st
			}
		}
	}
	return ""
}

// foreignUnitStems are English's units (as unitOf gives them) for the
// other languages' words, by their beginnings.
var foreignUnitStems = []struct{ prefix, unit string }{
	{"kilomet", "km"}, {"chilomet", "km"}, {"metr", "metr"}, {"meter", "metr"}, {"tonel", "tonn"}, {"tonn", "tonn"},
	{"centimet", "cm"}, {"zentimet", "cm"}, {"ettar", "hectar"}, {"hectar", "hectar"}, {"hektar", "hectar"},
}

// otherUnits: two counts told in units of different measures ("18 hours
// earlier" · "for about 30 minutes"; "five goals" · "five points") say two
// things; kilometres and miles measure one.
func otherUnits(xs string, p Quantity, ys string, q Quantity) bool {
	up, uq := measuredIn(xs, p), measuredIn(ys, q)
	// (a measure against a count of a noun: "a unas 28 millas" · "17
	// menores")
	if p.Kind == "count" && q.Kind == "count" {
		hp, hq := up != "" || foreignUnitOf(xs, p) != "", uq != "" || foreignUnitOf(ys, q) != ""
		other, text := q, ys
		if !hp {
			other, text = p, xs
		}
		if hp != hq {
			if w := firstWords(text[min(other.End, len(text)):], 1); len(w) == 1 && w[0].Start <= 1 && peopleNouns[Fold(w[0].Text)] {
				return true
			}
		}
	}
	if up == "" || uq == "" || up == uq {
		return false
	}
	mp, mq := unitSize[up].measure, unitSize[uq].measure
	return mp == "" || mp != mq
}

// spanStems are the stems of spanNouns.
var spanStems = sync.OnceValue(func() map[string]bool {
	out := map[string]bool{}
	for w := range spanNouns {
		out[Stem(w)] = true
	}
	return out
})

// monthDay reduces a full date to "--MM-DD" so that "November 6" and
// "November 6, 2025" compare equal.
func monthDay(v string) string {
	if len(v) == 10 && v[4] == '-' && v[7] == '-' {
		return "--" + v[5:]
	}
	return ""
}

func sameValue(p, q Quantity) bool {
	if p.Value == q.Value {
		return true
	}
	mp, mq := monthDay(p.Value), monthDay(q.Value)
	if mp != "" && mp == mq && writesYear(p.Text) && writesYear(q.Text) {
		// "1. Januar 2027" and "1. Januar 2028": both years are written,
		// neither read from an article's date
		return false
	}
	return mp != "" && (mp == q.Value || mp == mq) || mq != "" && mq == p.Value
}

var reWrittenYear = regexp.MustCompile(`\b(1[5-9]|20)\d\d\b`)

// writesYear reports a date's text that writes its year.
func writesYear(text string) bool { return reWrittenYear.MatchString(text) }

// relativeDate: a date told relative to the article's own day ("Friday",
// "last spring"), which two articles of different days resolve apart:
// too weak to set against another outlet's.
func relativeDate(q Quantity) bool {
	return (q.Kind == "date" || q.Kind == "year") && !strings.ContainsAny(q.Text, "0123456789") && !namesMonth(q.Text)
}

// compatible: the two can both be right. A date inside the other's month
// ("June" and "June 14"), a figure rounded from the other ("9.2 million"
// and "9.21 million"), or the same words read against two articles'
// dates ("July" in two articles a year apart) is no discrepancy.
func compatible(p, q Quantity) bool {
	if sameValue(p, q) || strings.EqualFold(p.Text, q.Text) {
		return true
	}
	if p.Kind == "duration" || q.Kind == "duration" {
		return false // "2:00:35" and "2:00:53" are two times, to the second
	}
	if kindClass(p.Kind) == "date" {
		return strings.HasPrefix(p.Value, q.Value+"-") || strings.HasPrefix(q.Value, p.Value+"-")
	}
	pv, perr := strconv.ParseFloat(strings.TrimPrefix(p.Value, currencyOf(p.Value)), 64)
	qv, qerr := strconv.ParseFloat(strings.TrimPrefix(q.Value, currencyOf(q.Value)), 64)
	if perr != nil || qerr != nil || currencyOf(p.Value) != currencyOf(q.Value) {
		return false
	}
	step := max(roundingStep(p.Text, pv), roundingStep(q.Text, qv))
	return step > 0 && math.Abs(pv-qv) < step/2*(1-1e-9)
}

// currencyOf is the "USD " prefix a money value carries, if any.
func currencyOf(v string) string {
	if i := strings.IndexByte(v, ' '); i > 0 {
		return v[:i+1]
	}
	return ""
}

// figureRun is a figure as written, its digits in groups: "3,100",
// "3.100", "3 100", the Swiss "3'100", "9.2", "3,9".
var figureRun = regexp.MustCompile(`\d+(?:(?:[,.'’]|\s|\x{a0}|\x{202f})\d+)*`)

// figureAsWritten reads the first figure of text as written, whatever marks
// group its thousands or set off its decimals: the number written and
// how many decimals it has. value, the figure's value, tells a group of
// three after a point or a comma from three decimals ("3.100" is three
// thousand one hundred when the value is; in "9.200 million" the point
// is a decimal one).
func figureAsWritten(text string, value float64) (written float64, decimals int, ok bool) {
	m := figureRun.FindString(text)
	if m == "" {
		return 0, 0, false
	}
	var groups []string
	var marks []string
	start := 0
	for i, r := range m {
		if r < '0' || r > '9' {
			if i > start {
				groups = append(groups, m[start:i])
				marks = append(marks, "")
			}
			marks[len(marks)-1] = string(r)
			start = i + len(string(r))
		}
	}
	groups = append(groups, m[start:])
	// (a space joins only groups of three, else it parts two figures:
	// "aged 3 100 sheep" is not read here)
	for k := len(groups) - 1; k >= 1; k-- {
		if len(groups[k]) != 3 && marks[k-1] != "." && marks[k-1] != "," {
			groups, marks = groups[:k], marks[:k-1]
		}
	}
	whole := func(gs []string) float64 {
		v, _ := strconv.ParseFloat(strings.Join(gs, ""), 64)
		return v
	}
	n := len(groups)
	if n == 1 {
		return whole(groups), 0, true
	}
	last, lastMark := groups[n-1], marks[n-2]
	grouped := whole(groups)
	if lastMark != "." && lastMark != "," {
		return grouped, 0, true
	}
	decimal := whole(groups[:n-1]) + whole(groups[n-1:])/math.Pow(10, float64(len(last)))
	// (the grouped reading when its value is the figure's: a scale word
	// after it, "9.200 million", leaves the point a decimal one)
	if len(last) == 3 && (value == 0 || math.Abs(grouped-value) <= value*1e-9) {
		return grouped, 0, true
	}
	return decimal, len(last), true
}

// roundingStep is the unit of the last digit written: 0.1 million for
// "9.2 million", 0.01 for "4.25%"; 0 when the figure is whole.
func roundingStep(text string, value float64) float64 {
	written, decimals, ok := figureAsWritten(text, value)
	if !ok || decimals == 0 || written == 0 {
		return 0
	}
	return value / written * math.Pow(10, -float64(decimals))
}

// roughStep is how far a rough figure's writer rounded: the unit of its
// last digit when written with decimals, else of its last digit that is
// not zero, five for a five ("about 24 billion" is to the billion, "about
// 45" to the five, "about 100" to the hundred, "environ 3 100" to the
// hundred); 0 for a figure without digits.
func roughStep(text string, value float64) float64 {
	if step := roundingStep(text, value); step > 0 {
		return step
	}
	written, _, ok := figureAsWritten(text, value)
	if !ok || written == 0 {
		return 0
	}
	digits := strconv.FormatFloat(written, 'f', -1, 64)
	unit := 1.0
	for strings.HasSuffix(digits, "0") {
		digits = digits[:len(digits)-1]
		unit *= 10
	}
	if strings.HasSuffix(digits, "5") {
		unit *= 5
	}
	return value / written * unit
}

func kindClass(k string) string {
	switch k {
	case "date", "year":
		return "date"
	}
	return k
}

// sameSlot: the two quantities are of one kind and described by a shared
// word next to them ("worth $17 billion" / "worth $15 billion", "12 people"
// / "15 people").
func sameSlot(p, q Quantity) bool {
	if kindClass(p.Kind) != kindClass(q.Kind) {
		return false
	}
	if p.Kind == "year" && q.Kind == "date" || p.Kind == "date" && q.Kind == "year" {
		return false
	}
	ctx := map[string]bool{}
	for _, w := range p.Before {
		ctx[w] = true
	}
	if len(p.After) > 0 {
		ctx[p.After[0]] = true
	}
	for _, w := range q.Before {
		if ctx[w] {
			return true
		}
	}
	return len(q.After) > 0 && ctx[q.After[0]]
}

// measureWordsIn are the words naming what the count q of s measures: its
// unit and what follows it up to four words, within the clause ("hours
// of video playback").
// In the other languages read, the words stop at a stop word (but "de",
// "di") and, in German, at a word in lower case, a verb's particle ("auf
// 2.800 Metern Höhe ab": "Metern Höhe").
// dimensionWords name a measure's dimension in the other languages read
// (folded), in English.
var dimensionWords = invertWords(map[string]string{
	"depth":    "tiefe profondeur profundidad profondita profundidade diepte",
	"height":   "hohe hauteur altura altezza hoogte",
	"length":   "lange longueur longitud lunghezza comprimento lengte extensao extension",
	"width":    "breite largeur anchura ancho larghezza largura breedte",
	"altitude": "seehohe altitude altitud altitudine zeehoogte",
})

// dimensionNames are dimensionWords' English names.
var dimensionNames = func() map[string]bool {
	m := map[string]bool{}
	for _, d := range dimensionWords {
		m[d] = true
	}
	return m
}()

func measureWordsIn(lang, s string, q Quantity) string {
	ws := Words(s[q.End:])
	var out []string
	for i, w := range ws {
		if i >= 4 || i > 0 && strings.ContainsAny(s[q.End+ws[i-1].End:q.End+w.Start], ",;:()") {
			break
		}
		f := Fold(w.Text)
		if i > 0 && lang == "" && IsStop(f) && f != "of" {
			break
		}
		if i > 0 && lang != "" {
			r, _ := utf8.DecodeRuneInString(w.Text)
			if lang == "de" && unicode.IsLower(r) || IsStopIn(lang, f) && f != "de" && f != "di" {
				break
			}
		}
		// "tonnes of cocaine packed into …": a participle starts what
		// befell the thing, not what it is
		if i > 1 && len(f) > 4 && (strings.HasSuffix(f, "ed") || strings.HasSuffix(f, "ing")) {
			break
		}
		out = append(out, w.Text)
	}
	for len(out) > 0 && Fold(out[len(out)-1]) == "of" {
		out = out[:len(out)-1]
	}
	if len(out) < 2 {
		return ""
	}
	// "in 850 Metern Tiefe", "de 240 metros de extensão": the dimension, in
	// English, and the unit
	if lang != "" {
		if u := foreignUnits[Fold(out[0])]; u != "" {
			for _, w := range out[1:] {
				if d := dimensionWords[Fold(w)]; d != "" {
					return d + " (" + u + ")"
				}
			}
		}
	}
	// "an 11-minute standing ovation": the span's unit hyphenated onto
	// the figure, then what lasted so long
	if q.End < len(s) && s[q.End] == '-' && lang == "" {
		switch u := Fold(out[0]); u {
		case "second", "minute", "hour", "day", "week", "month", "year", "mile", "metre", "meter", "kilometre", "kilometer", "foot":
			return strings.Join(out[1:], " ") + " (" + u + "s)"
		}
	}
	return strings.Join(out, " ")
}

// eventKey names the slot of a year or day by the two words before it:
// "born glasgow", "won booker prize".
func eventKey(q Quantity) (slotKey, bool) {
	// (Amounts and shares so keyed were too often two things: two
	// teams' offers "worth" two sums, two countries' outages.)
	if kindClass(q.Kind) != "date" || len(q.Before) < 2 {
		return slotKey{}, false
	}
	n := len(q.Before)
	return slotKey{kindClass(q.Kind), q.Before[n-2], q.Before[n-1]}, true
}

// attributiveDate: the date q of s qualifies the noun after it ("the June
// 20, 2005 attempted murder"), another event than the clause's.
func attributiveDate(s string, q Quantity) bool {
	ws := Words(s[:q.Start])
	if len(ws) == 0 {
		return false
	}
	switch Fold(ws[len(ws)-1].Text) {
	case "the", "a", "an", "its", "his", "her", "their", "this", "that":
		return true
	}
	return false
}

// motionKey names a physical measure's slot by the verb before it and its
// unit: "travel mph", "rose metr".
func motionKey(s string, q Quantity) (slotKey, bool) {
	if q.Kind != "count" || len(q.Before) == 0 || q.End > len(s) {
		return slotKey{}, false
	}
	unit := unitOf(s, q)
	if !unitStems[unit] {
		return slotKey{}, false
	}
	return slotKey{"motion", q.Before[len(q.Before)-1], unit}, true
}

// unitOf is the stem of the word naming what the count q of s counts: a
// unit written onto the figure ("58km") is its unit, not the word after
// it ("58km (36 miles)").
func unitOf(s string, q Quantity) string {
	if q.End > len(s) {
		return ""
	}
	unit := ""
	if q.Text != "" && q.Text[0] >= '0' && q.Text[0] <= '9' { // a figure in words ("four") has no unit glued on
		// ("1 080", "2'750": thousands spaced or marked, no unit)
		unit = strings.ToLower(strings.TrimLeft(q.Text, "0123456789.,'’ \u00a0\u202f"))
	}
	if glued := strings.IndexFunc(s[q.End:], func(r rune) bool { return !unicode.IsLetter(r) }); unit == "" && glued != 0 {
		if glued < 0 {
			glued = len(s) - q.End
		}
		unit = strings.ToLower(s[q.End : q.End+glued])
	}
	// "a 7-kilometre radius": the unit hyphenated onto the figure
	if rest := s[q.End:]; unit == "" && strings.HasPrefix(rest, "-") {
		if end := strings.IndexFunc(rest[1:], func(r rune) bool { return !unicode.IsLetter(r) }); end != 0 {
			if end < 0 {
				end = len(rest) - 1
			}
			if st := Stem(Fold(rest[1 : 1+end])); unitStems[st] {
				unit = st
			}
		}
	}
	if unit == "" && len(q.After) > 0 {
		unit = q.After[0]
	}
	// "193km/h", "150 km / h", "150 km per hour"
	if unit == "km" || unit == "kilometr" || unit == "kilomet" {
		if m := perHourRE.FindString(s[q.End:]); m != "" {
			return "kmh"
		}
	}
	return unit
}

// perHourRE reads a speed's "per hour" after its kilometres.
var perHourRE = regexp.MustCompile(`^\s?(?i:km|kilomet(?:re|er)s?)\s?(?:/\s?h\b|per hour|an hour)`)

// convertedAlike: the two figures are one measure in two units, the same
// but for the conversion's rounding ("48km" · "30 miles", "193km/h" ·
// "120 mph"); a tenth apart when either is rough.
func convertedAlike(xs string, p Quantity, ys string, q Quantity) bool {
	v, ok := inUnitOf(ys, q, xs, p)
	pv, err := strconv.ParseFloat(p.Value, 64)
	if !ok || err != nil || pv <= 0 || unitOf(xs, p) == unitOf(ys, q) {
		return false
	}
	// ("176 km" · "172,5 kilomètres": one unit, written two ways)
	if qv, err := strconv.ParseFloat(q.Value, 64); err == nil && v == qv {
		return false
	}
	tolerance := 0.03
	// ("1,31 metri" · "127 centimetri": one metric unit a power of ten of
	// the other converts exactly; no rounding to forgive)
	if r := math.Log10(unitSize[unitOf(ys, q)].size / unitSize[unitOf(xs, p)].size); math.Abs(r-math.Round(r)) < 1e-9 {
		tolerance = 1e-9
	}
	if hedged(xs, p) || hedged(ys, q) {
		tolerance = 0.1
	}
	return math.Abs(v-pv)/pv < tolerance
}

// sumDemanded: the money q of s is what someone demanded ("demanded a
// ransom of $5 million", "asked for $4 million", "a $5 million ransom").
func sumDemanded(s string, q Quantity) (string, bool) {
	if q.Kind != "money" || q.End > len(s) {
		return "", false
	}
	before := Words(s[:q.Start])
	for i, n := len(before)-1, 0; i >= 0 && n < 5; i, n = i-1, n+1 {
		if i+1 < len(before) && clauseBreak(s[before[i].End:before[i+1].Start]) {
			break
		}
		switch Fold(before[i].Text) {
		case "demanded", "demanding", "demands", "demand", "sought", "seeking", "ransom":
			return "sum demanded", true
		case "asked", "asking":
			if i+1 < len(before) && Fold(before[i+1].Text) == "for" {
				return "sum demanded", true
			}
		}
	}
	if after := Words(s[q.End:]); len(after) > 0 && Fold(after[0].Text) == "ransom" {
		return "sum demanded", true
	}
	return "", false
}

// powerLossRE: a sentence tells of homes losing their electricity.
var powerLossRE = regexp.MustCompile(`(?i)\b(?:without (?:power|electricity)|lost (?:power|electricity)|(?:power|electricity) (?:to|for) (?:about |around |some |nearly |more than |over )?\d` +
	// the other languages: "sin luz", "sin suministro eléctrico", "sans
	// électricité", "privés de courant", "senza corrente", "sem energia",
	// "ohne Strom", "zonder stroom"
	`|sin (?:luz|electricidad|energía|energia|corriente|suministro|servicio eléctrico)|(?:sans|privés d'|privés d’|privés de) ?(?:électricité|courant|lumière)|` +
	`senza (?:luce|corrente|elettricità)|al buio|sem (?:luz|energia|eletricidade)|ohne strom|zonder stroom|stromausfall|stroomstoring|` +
	// an outage by its noun: "cortes de luz en más de 210.000 servicios"
	`apag[oó]n|apag[aã]o|blackout|black-out|cortes? de (?:luz|energía|electricidad|energia)|(?:coupures?|pannes?) d(?:e |'|’)(?:courant|électricité)|interruzion[ei] di corrente)`)

// homesWithoutPower: the count q of s is of homes an outage left dark
// ("power to about 120,000 homes", "150,000 households lost electricity").
// People are another count (a home holds several).
func homesWithoutPower(s string, q Quantity) (string, bool) {
	if q.Kind != "count" || q.End > len(s) || !powerLossRE.MatchString(s) {
		return "", false
	}
	after := Words(s[q.End:])
	if len(after) == 0 || after[0].Start > 1 {
		return "", false
	}
	f := Fold(after[0].Text)
	// "3,1 millones de clientes", "1,4 million de foyers": the scale's "de"
	if foreignPartOf[f] && len(after) > 1 && after[1].Start-after[0].End <= 1 {
		if qw := Words(q.Text); len(qw) > 1 && scaleWordsIn[Fold(qw[len(qw)-1].Text)] {
			f = Fold(after[1].Text)
		}
	}
	if powerCustomers[f] {
		return "homes without power", true
	}
	return "", false
}

// powerCustomers are what an outage's count counts, in the languages
// read (folded): homes, households, customers, subscribers, connections.
var powerCustomers = setOfWords(`homes households customers properties premises houses ` +
	`clientes abonados hogares viviendas servicios usuarios suministros ` +
	`foyers clients abonnes logements menages ` +
	`utenze utenti famiglie clienti abitazioni ` +
	`casas domicilios residencias consumidores imoveis unidades ` +
	`haushalte kunden haushalten wohnungen ` +
	`huishoudens klanten aansluitingen woningen`)

// howLongItLasted: the count q of s is how long something lasted ("lasted
// nine hours", "lasting 12 hours", "12 hours after the blackout
// started").
func howLongItLasted(s string, q Quantity) (string, bool) {
	if q.Kind != "count" || q.End > len(s) {
		return "", false
	}
	after := Words(s[q.End:])
	if len(after) == 0 || after[0].Start > 1 {
		return "", false
	}
	switch Fold(after[0].Text) {
	case "hours", "hour", "days", "day", "minutes", "weeks":
	default:
		return "", false
	}
	before := Words(s[:q.Start])
	j := wordBeforeHedge(before)
	if j >= 0 && !clauseBreak(s[before[j].End:q.Start]) {
		switch Fold(before[j].Text) {
		case "lasted", "lasting", "lasts":
			return "how long it lasted", true
		}
	}
	// "12 hours after the blackout started"
	if len(after) >= 4 && Fold(after[1].Text) == "after" {
		for k := 2; k < len(after) && k <= 5; k++ {
			switch Fold(after[k].Text) {
			case "started", "began", "begun", "hit":
				return "how long it lasted", true
			}
		}
	}
	return "", false
}

// countedDone names a count by what it counts and what was done to it:
// "300 flights were cancelled" and "cancelled more than 300 flights" are
// "flights cancelled". The noun is a plural right after the figure, not
// people (the toll pass's), a unit or a span of time; the verb a past
// participle after "were", "have been" …, or a past tense right before
// the figure and its hedge.
func countedDone(s string, q Quantity) (string, bool) {
	// (a count in words, "Seven inmates", is one of people; "one" and
	// "two" are too often no count: "one of the flights", "two days")
	if q.Kind != "count" || q.End > len(s) || !strings.ContainsAny(q.Text, "0123456789") && !wordCountOfPeople(s, q) {
		return "", false
	}
	after := Words(s[q.End:])
	if len(after) < 1 || after[0].Start > 1 {
		return "", false
	}
	// "103 Marlandish prisoners": whose, not what
	if r, _ := utf8.DecodeRuneInString(after[0].Text); unicode.IsUpper(r) && len(after) > 1 &&
		s[q.End+after[0].End:q.End+after[1].Start] == " " {
		after = after[1:]
	}
	noun := after[0].Text
	f := Fold(noun)
	r, _ := utf8.DecodeRuneInString(noun)
	if !unicode.IsLower(r) || len(f) < 4 || !strings.HasSuffix(f, "s") || strings.HasSuffix(f, "ss") || IsStop(f) ||
		changeOrTime[Stem(f)] || unitStems[Stem(f)] || spanNouns[f] {
		return "", false
	}
	if agreementNouns[f] {
		f = "agreements" // "signed 12 agreements" · "signed 15 deals"
	}
	// people are the toll pass's, but for those set free ("exchanged 95
	// prisoners"), which no toll counts
	slot := func(verb string) (string, bool) {
		v := doneVerb(verb)
		// (or what else people did, "Eight inmates have escaped", but
		// for an arrest or a rescue, which outlets count over different
		// nights, what was said, and the crowd's and the toll's verbs)
		if peopleNouns[f] && (tollSentence(s) || notDoneByPeople[v]) {
			return "", false
		}
		return f + " " + v, true
	}
	past := func(w string) bool {
		w = Fold(w)
		return len(w) > 4 && strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "eed") || irregularDone[w]
	}
	// passive: "flights were cancelled", "homes have been destroyed"
	i := 1
	for i < len(after) && i <= 3 && !clauseBreak(s[q.End+after[i-1].End:q.End+after[i].Start]) {
		w := Fold(after[i].Text)
		if w == "were" || w == "have" || w == "had" || w == "been" || w == "are" {
			i++
			continue
		}
		if i > 1 && past(after[i].Text) {
			return slot(after[i].Text)
		}
		// "103 prisoners released by Osteria": a participle right after
		if i == 1 && past(after[i].Text) && i+1 < len(after) && Fold(after[i+1].Text) == "by" {
			return slot(after[i].Text)
		}
		// "Seven inmates escaped from …": what the people counted did
		if i == 1 && peopleNouns[f] && past(after[i].Text) {
			return slot(after[i].Text)
		}
		break
	}
	// active: "cancelled more than 300 flights", "destroyed about 40 homes"
	before := Words(s[:q.Start])
	j := wordBeforeHedge(before)
	if j >= 0 && past(before[j].Text) && !clauseBreak(s[before[j].End:q.Start]) {
		if j+1 < len(before) && clauseBreak(s[before[j].End:before[j+1].Start]) {
			return "", false
		}
		return slot(before[j].Text)
	}
	return "", false
}

// wordCountOfPeople: q, written in words and three or more, counts the
// people named right after it.
func wordCountOfPeople(s string, q Quantity) bool {
	if v, err := strconv.ParseFloat(q.Value, 64); err != nil || v < 3 {
		return false
	}
	after := firstWords(s[q.End:], 1)
	return len(after) == 1 && after[0].Start == 1 && peopleNouns[Fold(after[0].Text)]
}

// doneVerb names what was done by one verb of each kind: prisoners
// "exchanged", "swapped", "freed" or "released" were released.
func doneVerb(w string) string {
	switch f := Fold(w); f {
	case "exchanged", "swapped", "freed", "traded":
		return "released"
	default:
		return f
	}
}

// spanNouns are spans of time or turns, which a count of done things is
// not: "14 years", "three times".
var spanNouns = setOfWords(`years months weeks days hours minutes seconds times decades centuries nights mornings
	points goals runs votes seats percent cents dollars euros pounds`)

// wordBeforeHedge is the index of the last of the words before a figure
// that is not part of its hedge ("cancelled" in "cancelled more than"),
// -1 if none.
func wordBeforeHedge(before []Word) int {
	j := len(before) - 1
	for j >= 0 && hedgeWords[Fold(before[j].Text)] {
		j--
	}
	return j
}

// hedgeWords may stand between a verb and its figure: "cancelled more than 300".
var hedgeWords = setOfWords(`more than less fewer about around some nearly almost roughly approximately over under at least
	up to an estimated another`)

// notDoneByPeople: verbs after a count of people that tell no count of
// their own: sayings, arrests, and the crowd's and the toll's verbs.
var notDoneByPeople = setOfWords(`said told added reported claimed arrested detained gathered marched protested attended
	rallied demonstrated turned died killed injured wounded drowned perished evacuated displaced hospitalized hospitalised
	remained stayed lived worked voted signed named listed included involved charged accused rescued saved freed
	hurt affected employed`)

// irregularDone are past participles not in -ed.
var irregularDone = setOfWords(`destroyed sold built shut hit lost cut stolen taken shot seized grounded burnt burned
	broken sunk brought found made sent written`)

// measuredThing is the dimension of a physical measure ("length",
// "area", "mass", "volume", "speed") and the stems of the common nouns of
// its clause, which say what it measures: "sending a column of ash 10
// kilometres into the sky" is a length of "column", "ash", "sky". Names
// (capitalised), units and words of size ("high", "away") are left out.
func measuredThing(s string, q Quantity) (string, []string) {
	if q.Kind != "count" || q.End > len(s) {
		return "", nil
	}
	size, ok := unitSize[unitOf(s, q)]
	if !ok {
		return "", nil
	}
	var nouns []string
	add := func(w string, opening bool) {
		r, n := utf8.DecodeRuneInString(w)
		f := Fold(w)
		if opening && unicode.IsUpper(r) && strings.ToLower(w[n:]) == w[n:] {
			r = unicode.ToLower(r) // "Winds reached an estimated 175 mph": the sentence's capital
		}
		if !unicode.IsLower(r) || len(f) < 3 || IsStop(f) || isNumeric(f) || sizeWords[f] ||
			len(f) > 4 && (strings.HasSuffix(f, "ing") || strings.HasSuffix(f, "ed")) { // verbs: "sending", "trapped"
			return
		}
		st := Stem(f)
		if syn, ok := thingSynonyms[st]; ok {
			st = syn // "a 6.3-inch screen" · "a 6.4-inch display"
		}
		if changeOrTime[st] || unitStems[st] || unitSize[st].measure != "" || slices.Contains(nouns, st) {
			return
		}
		nouns = append(nouns, st)
	}
	// up to four content words back, within ten words and the clause
	before := Words(s[:q.Start])
	for i, n := len(before)-1, 0; i >= 0 && n < 10 && len(nouns) < 4; i, n = i-1, n+1 {
		if i+1 < len(before) && clauseBreak(s[before[i].End:before[i+1].Start]) || i == len(before)-1 && clauseBreak(s[before[i].End:q.Start]) {
			break
		}
		if f := Fold(before[i].Text); f == "and" || f == "but" || f == "while" {
			break
		}
		add(before[i].Text, before[i].Start == 0)
	}
	after := Words(s[q.End:])
	for i := 0; i < len(after) && i < 5; i++ {
		if i > 0 && clauseBreak(s[q.End+after[i-1].End:q.End+after[i].Start]) || i == 0 && clauseBreak(s[q.End:q.End+after[0].Start]) {
			break
		}
		if f := Fold(after[i].Text); f == "and" || f == "but" || f == "while" {
			break
		}
		add(after[i].Text, false)
	}
	return size.measure, nouns
}

// otherOrganisations: x and y each name an organisation, none the same.
func (a *Alignment) otherOrganisations(x, y *Sentence) bool {
	var ox, oy []string
	for _, n := range x.Names {
		if a.nameType[n] == crossread.ORG {
			ox = append(ox, n)
		}
	}
	for _, n := range y.Names {
		if a.nameType[n] == crossread.ORG {
			oy = append(oy, n)
		}
	}
	return len(ox) > 0 && len(oy) > 0 && !shareAny(ox, oy)
}

// namesPerson: x names a person the entity stage knows as one.
func (a *Alignment) namesPerson(x *Sentence) bool {
	for _, n := range x.Names {
		if a.nameType[n] == crossread.PERSON {
			return true
		}
	}
	return false
}

// personSubject: x opens on a person, by name or pronoun ("Manning threw
// for 364 yards and three touchdowns", "He has 53 catches for 605 yards"):
// a person's tally, which two people of a story have each.
func (a *Alignment) personSubject(x *Sentence) bool {
	ws := Words(x.Text)
	if len(ws) == 0 {
		return false
	}
	switch Fold(ws[0].Text) {
	case "he", "she", "they", "his", "her", "their":
		return true
	}
	if f := firstName(x, len(x.Text)); f != "" && a.nameType[f] == crossread.PERSON {
		if i := slices.Index(x.Names, f); i >= 0 && i < len(x.NameWord) && x.NameWord[i] <= 1 {
			return true
		}
	}
	return false
}

// sameCountedList: x and y count two or more of the same nouns, each
// once.
func sameCountedList(x, y *Sentence) bool {
	keysOf := func(z *Sentence) map[string]int {
		m := map[string]int{}
		for _, q := range z.Quantities {
			if k, ok := nounCountedIn(langOf(z), z.Text, q); ok {
				m[k]++
			}
		}
		return m
	}
	kx, ky := keysOf(x), keysOf(y)
	shared := 0
	for k, n := range kx {
		if n == 1 && ky[k] == 1 {
			shared++
		}
	}
	return shared >= 2
}

// sharesOtherStem: x and y share a content stem besides those of the
// words of noun.
func sharesOtherStem(x, y *Sentence, noun string) bool {
	skip := map[string]bool{}
	for _, w := range Words(noun) {
		skip[StemIn(langOf(x), Fold(w.Text))] = true
		skip[StemIn(langOf(y), Fold(w.Text))] = true
	}
	for _, st := range x.Stems {
		if !skip[st] && !isNumeric(st) && !scaleWordsIn[st] && slices.Contains(y.Stems, st) {
			return true
		}
	}
	return false
}

// measureNouns name a physical measure before "of": "a depth of 30 km".
var measureNouns = setOfWords(`depth height length width distance radius altitude elevation speed diameter area`)

// measureNamed: the count q of s follows "a <measure> of" ("at a depth of
// 30 km"), the measure's name.
func measureNamed(s string, q Quantity) (string, bool) {
	if q.Kind != "count" || q.Start > len(s) {
		return "", false
	}
	ws := Words(s[:q.Start])
	j := wordBeforeHedge(ws)
	if j < 1 || Fold(ws[j].Text) != "of" || !measureNouns[Fold(ws[j-1].Text)] || clauseBreak(s[ws[j-1].End:q.Start]) {
		return "", false
	}
	return Fold(ws[j-1].Text), true
}

// firstWordAfter is the word written right after the figure q of s ("km").
func firstWordAfter(s string, q Quantity) string {
	if ws := firstWords(s[min(q.End, len(s)):], 1); len(ws) == 1 {
		return ws[0].Text
	}
	return ""
}

// thingSynonyms are stems of one thing measured, by the stem they count as.
var thingSynonyms = map[string]string{"display": "screen"}

// comparedFigure: the figure q of s is a difference from something else,
// "12 grams less than last year's model", "2 mm thinner than": no measure
// of the thing itself.
func comparedFigure(s string, q Quantity) bool {
	after := firstWords(s[min(q.End, len(s)):], 4)
	for k, w := range after {
		if Fold(w.Text) == "than" && k >= 1 {
			return true
		}
		if k > 0 && clauseBreak(s[q.End+after[k-1].End:q.End+w.Start]) {
			break
		}
	}
	return false
}

// clauseBreak: the gap between two words ends a clause.
func clauseBreak(gap string) bool {
	if gap == "–" || gap == "—" {
		return false // a dash joining two words: "the Coroico–Caranavi road"
	}
	return strings.ContainsAny(gap, ",;:()—–.!?\"“”")
}

// sizeWords say how a measure is taken, not what it measures.
var sizeWords = setOfWords(`high long wide deep tall away across thick far distance radius area size length height
	about around some nearly almost roughly least most more less than over under up`)

// thingLabel names a measure by the nouns two clauses share, in the order
// of the sentence that writes them closest together ("a column of ash",
// "the ash column": "ash column"), with the unit of s's figure q:
// "ash column (kilometres)".
func thingLabel(s string, q Quantity, t string, shared []string, dim string) string {
	best, width := "", -1
	for _, text := range []string{s, t} {
		var words []string
		first, last := -1, -1
		for i, w := range Words(text) {
			if f := Fold(w.Text); slices.Contains(shared, Stem(f)) && !slices.Contains(words, f) {
				words = append(words, f)
				if first < 0 {
					first = i
				}
				last = i
			}
		}
		if len(words) > 0 && (width < 0 || last-first < width) {
			best, width = strings.Join(words, " "), last-first
		}
	}
	if best == "" {
		return dim
	}
	unit := unitOf(s, q)
	if ws := Words(s[q.End:]); len(ws) > 0 && strings.HasPrefix(Fold(ws[0].Text), unit) {
		unit = Fold(ws[0].Text)
	}
	return best + " (" + unit + ")"
}

// measureLabel names two figures told in one unit of length, mass, area
// or volume by that measure ("height (metres)" where either sentence says
// how tall), "" when their units differ or are none.
func measureLabel(s string, p Quantity, t string, q Quantity) string {
	name := func(u string) string {
		if n := unitNames[u]; n != "" {
			return n
		}
		return foreignUnits[Fold(u)] // "135 Metern", "40 centimeter"
	}
	up, uq := name(unitOf(s, p)), name(unitOf(t, q))
	if up == "" || up != uq {
		return ""
	}
	measure := unitSize[unitOf(s, p)].measure
	if measure == "" {
		measure = unitDimension[up]
	}
	if measure == "" {
		return ""
	}
	if measure == "length" {
		// (in the figure's own clause: "su epicentro a 35 kilómetros al
		// norte de Copiapó, a una profundidad de 30 kilómetros" tells
		// a distance, then a depth)
		// (near the figure: "ran 80 metres off the road before
		// stopping in deep mud" tells no depth)
		cs, ct := nearFigure(clauseAround(s, min(p.Start, len(s)), min(p.End, len(s))), s, p), nearFigure(clauseAround(t, min(q.Start, len(t)), min(q.End, len(t))), t, q)
		for _, d := range []struct {
			name  string
			words []string
		}{{"height", heightWords}, {"depth", depthWords}} {
			if containsAnyWord(cs, d.words...) || containsAnyWord(ct, d.words...) {
				measure = d.name
				break
			}
		}
	}
	return measure + " (" + up + ")"
}

// nearFigure is the part of clause (a part of s) within a few words of
// the figure q: the words of its measure ("a una profundidad de 30
// kilómetros", "300 metres deep", "from a height of 25 metres").
func nearFigure(clause, s string, q Quantity) string {
	at := strings.Index(s, clause)
	if at < 0 || q.Start < at || q.End > at+len(clause) {
		return clause
	}
	from, to := q.Start-at, q.End-at
	if ws := Words(clause[:from]); len(ws) > 4 {
		from = ws[len(ws)-4].Start
	} else {
		from = 0
	}
	if ws := firstWords(clause[to:], 3); len(ws) == 3 {
		to += ws[2].End
	} else {
		to = len(clause)
	}
	return clause[from:to]
}

// heightWords and depthWords say which length a sentence measures, in
// the languages read.
var (
	heightWords = strings.Fields(`tall high height altezza altura hauteur höhe hoogte haut haute hoch hohe hoge alta alto alte alti`)
	depthWords  = strings.Fields(`deep depth profondo profonda profondità profondeur profond profonde profundidad profundo profunda tief tiefe diep diepte`)
)

// unitNames spell out the units of unitSize.
var unitNames = map[string]string{"m": "metres", "metr": "metres", "meter": "metres", "km": "kilometres", "kilometr": "kilometres",
	"kilomet": "kilometres", "feet": "feet", "foot": "feet", "ft": "feet", "mile": "miles", "cm": "centimetres", "mm": "millimetres",
	"kg": "kilograms", "kilogram": "kilograms", "tonn": "tonnes", "hectar": "hectares", "ha": "hectares", "acr": "acres",
	"litr": "litres", "liter": "litres", "kmh": "km/h", "kph": "km/h", "mph": "mph"}

// unitSize gives a unit's measure and its size in that measure's base
// unit, to read "4,900 hectares" and "12,000 acres" as one area.
var unitSize = map[string]struct {
	measure string
	size    float64
}{
	"km": {"length", 1000}, "kilometr": {"length", 1000}, "kilomet": {"length", 1000}, "mile": {"length", 1609.344},
	"metr": {"length", 1}, "meter": {"length", 1}, "m": {"length", 1}, "feet": {"length", 0.3048}, "foot": {"length", 0.3048},
	"ft": {"length", 0.3048}, "cm": {"length", 0.01}, "inch": {"length", 0.0254}, "centimetr": {"length", 0.01}, "centimet": {"length", 0.01}, "zentimet": {"length", 0.01}, "zentimeter": {"length", 0.01}, "centimeter": {"length", 0.01}, "met": {"length", 1},
	"hectar": {"area", 10000}, "ha": {"area", 10000}, "acr": {"area", 4046.856},
	"kg": {"mass", 1}, "kilogram": {"mass", 1}, "pound": {"mass", 0.45359}, "lb": {"mass", 0.45359}, "tonn": {"mass", 1000},
	"gram": {"mass", 0.001}, "ounc": {"mass", 0.028350}, "oz": {"mass", 0.028350}, "mm": {"length", 0.001},
	"mph": {"speed", 0.44704}, "kph": {"speed", 0.27778}, "kmh": {"speed", 0.27778},
	"litr": {"volume", 1}, "liter": {"volume", 1}, "gallon": {"volume", 3.78541},
}

// inUnitOf is the figure r of t told in the unit of q of s, when the two
// units measure one thing ("4,900 hectares" as 12,108 acres).
func inUnitOf(t string, r Quantity, s string, q Quantity) (float64, bool) {
	from, ok1 := unitSize[unitOf(t, r)]
	to, ok2 := unitSize[unitOf(s, q)]
	v, err := strconv.ParseFloat(r.Value, 64)
	if !ok1 || !ok2 || from.measure != to.measure || err != nil {
		return 0, false
	}
	return v * from.size / to.size, true
}

// unitStems are the stems of units of physical measure.
var unitStems = setOfWords(`mph kph kmh km kilometr kilomet mile metr meter feet foot inch cm mm kg kilogram pound
	tonn ton degre knot mw gw megawatt gigawatt litr liter gallon barrel hectar acr`)

// writtenFigure: q is written in digits and not in brackets.
func writtenFigure(s string, q Quantity) bool {
	if !strings.ContainsAny(q.Text, "0123456789") {
		return false
	}
	before := strings.TrimRight(s[:min(q.Start, len(s))], " $€£")
	return !strings.HasSuffix(before, "(")
}

// containsAll: every element of sub is in set.
func containsAll(set, sub []string) bool {
	for _, w := range sub {
		if !slices.Contains(set, w) {
			return false
		}
	}
	return true
}

// keyed gathers statements by a key of their figures, each once per key,
// keys in the order they came, to set those of two sources against each
// other.
type keyed[K comparable] struct {
	by    map[K][]*Sentence
	order []K
}

func (k *keyed[K]) add(key K, x *Sentence) {
	if k.by == nil {
		k.by = map[K][]*Sentence{}
	}
	l := k.by[key]
	if l == nil {
		k.order = append(k.order, key)
	}
	if len(l) == 0 || l[len(l)-1] != x {
		k.by[key] = append(l, x)
	}
}

// pairs calls f with every two statements of one key from two sources,
// in order.
func (k *keyed[K]) pairs(f func(key K, x, y *Sentence)) {
	for _, key := range k.order {
		xs := k.by[key]
		for i, x := range xs {
			for _, y := range xs[i+1:] {
				if x.Source != y.Source {
					f(key, x, y)
				}
			}
		}
	}
}

// slotKey names a figure's slot by its kind and two words: the unit and
// what it counts after it, or the two words before a year.
type slotKey struct{ kind, first, second string }

// otherThingsMeasured: each measure is given to its thing ("El Sangurima,
// de 4.610 metros de altura" · "una columna de ceniza de 6.000 metros de
// altura"; "the 4,610-metre volcano" · "a 6,000-metre column"), and
// neither sentence names the other's thing: a volcano's height and an ash
// column's are two measures.
func otherThingsMeasured(xs string, p Quantity, ys string, q Quantity) bool {
	hx, hy := measureHolder(xs, p), measureHolder(ys, q)
	return hx != "" && hy != "" && Stem(hx) != Stem(hy) && !hasStem(ys, hx) && !hasStem(xs, hy)
}

// measureHolder is the folded word a measure of length, area or mass is
// given to: the noun before "de"/"di"/"of" and the figure ("columna de
// ceniza de 6.000 metros": ceniza) or after a hyphened figure ("a
// 6,000-metre column"), "" when the sentence says neither.
func measureHolder(s string, q Quantity) string {
	if q.Kind != "count" || q.Start > len(s) || q.End > len(s) {
		return ""
	}
	unit := firstWords(strings.TrimPrefix(s[q.End:], "-"), 1)
	if len(unit) == 0 || unitDimension[foreignUnits[Fold(unit[0].Text)]] == "" && !measureUnits[Fold(unit[0].Text)] {
		return ""
	}
	if strings.HasPrefix(s[q.End:], "-") { // "a 6,000-metre column"
		if after := firstWords(s[q.End:], 2); len(after) == 2 {
			if f := Fold(after[1].Text); !IsStop(f) && !isNumeric(f) {
				return f
			}
		}
		return ""
	}
	before := Words(s[:q.Start])
	n := len(before)
	if n < 2 {
		return ""
	}
	switch Fold(before[n-1].Text) {
	case "de", "di", "of", "von":
	default:
		return ""
	}
	// (a hedge is no holder: "a cerca de 60 km/h", "a uma velocidade
	// aproximada de 45 km/h")
	content := func(f string) bool {
		return !IsStop(f) && !isNumeric(f) && !stopWordsAnyLanguage(f) && !spanHedges[f] && !approximateWords[f]
	}
	f := Fold(before[n-2].Text)
	if !content(f) {
		return ""
	}
	// the head of a chain: "una columna de ceniza de 6.000 metros" is the
	// column's
	for k := n - 3; k >= 1; k -= 2 {
		if g := Fold(before[k].Text); g != "de" && g != "di" && g != "of" || !content(Fold(before[k-1].Text)) || strings.TrimSpace(s[before[k-1].End:before[k].Start]) != "" {
			break
		}
		f = Fold(before[k-1].Text)
	}
	// (a placeholder names no thing of its own: "A estrutura, de 270
	// metros" is the bridge's)
	if placeholderNouns[f] {
		return ""
	}
	return f
}

// placeholderNouns stand for a thing named before them (folded).
var placeholderNouns = setOfWords(`structure estrutura estructura struttura ouvrage bauwerk bouwwerk`)

// measureUnits: English units of length, area and mass after a figure.
var measureUnits = setOfWords(`metres meters metre meter kilometres kilometers kilometre kilometer km feet foot ft miles mile
	hectares hectare acres acre tonnes tons tonne ton kilograms kilogrammes kg`)

// sameLimit: both figures are limits of one kind ("up to", "at least").
func sameLimit(xs string, p Quantity, ys string, q Quantity) bool {
	h := hedgeOf(xs, p)
	return (h == "upper" || h == "lower") && hedgeOf(ys, q) == h
}

// sameMeasure: two counts followed by the same unit and the same thing
// measured ("hours of video playback"), or two shares of the same thing
// ("a 20% lower risk", "a 25% lower risk").
func sameMeasure(p, q Quantity) bool {
	return p.Kind == q.Kind && (p.Kind == "count" || p.Kind == "percent") && len(p.After) >= 2 && len(q.After) >= 2 &&
		p.After[0] == q.After[0] && p.After[1] == q.After[1]
}

func (a *Alignment) quantityDiscrepancies() []crossread.Discrepancy {
	srcQ := a.sourceQuantities()
	byKey := map[string]*disc{}
	bySpan := map[crossread.Span]*disc{}
	generic := map[*disc]bool{}      // lines named only by the words around their figure
	measured := map[*disc]Quantity{} // a measure's or an event's line, by one of its figures
	subject := ""                    // what a pair's figures measure, when their clauses say it apart from slotWords
	keyedAbout := ""                 // a slot its pass has named: an event's day known by its verb, a part of a whole
	var order []string
	type figureAt struct {
		x *Sentence
		q Quantity
	}
	members := map[*disc][]figureAt{} // the figures each line was made of
	// consider sets figure p of x against figure q of y.
	termSides := map[*Sentence]string{} // offerOrDemand, once per sentence
	termSideOf := func(z *Sentence) string {
		side, ok := termSides[z]
		if !ok {
			side = offerOrDemand(z.Text)
			termSides[z] = side
		}
		return side
	}
	consider := func(x *Sentence, p Quantity, y *Sentence, q Quantity) {
		// (a vote's split is the toll pass's: one slot per story)
		// (an event's day known by its verb is its own slot, weekday
		// names read against each article's date included)
		// (a figure of an earlier event a sentence recalls, "since 2008,
		// when the tide reached 171 centimetres", is no account of this one)
		if ownSlots(keyedAbout, x.Text, p, y.Text, q) && !namedCountAgainstOther(keyedAbout, x, p, y, q) || compatible(p, q) || keyedAbout == "" && (!sameSlot(p, q) || relativeDate(p) || relativeDate(q) || p.Kind != "year" && q.Kind != "year" && p.Kind != "date" && q.Kind != "date" && (recalledYear(x, p) || recalledYear(y, q))) || !sameRole(x.Text, p, y.Text, q) && keyedAbout != "date it takes effect" ||
			roughlyEqual(x.Text, p, y.Text, q) || boundKept(x.Text, p, y.Text, q) || farApartIn(x.Text, p, y.Text, q) && !strings.HasSuffix(keyedAbout, " (number)") || otherCurrencies(p, q) ||
			convertedAlike(x.Text, p, y.Text, q) || complement(x, p, q) || complement(y, q, p) || otherUnits(x.Text, p, y.Text, q) ||
			otherThingsMeasured(x.Text, p, y.Text, q) {
			return
		}
		// An offer and a demand are two sides' terms, not two accounts of
		// one: "Der Betrieb hat … bei einer Laufzeit von 24 Monaten
		// angeboten" · "Die Gewerkschaft verlangt … bei einer Laufzeit
		// von zwölf Monaten"
		if keyedAbout == "" {
			if sx, sy := termSideOf(x), termSideOf(y); sx != "" && sy != "" && sx != sy {
				return
			}
			// "20 Uhr" · "18 Uhr": times of day, the clock pass's
			if clockUnitAfter(x.Text, p) || clockUnitAfter(y.Text, q) {
				return
			}
		}
		// A split told whole ("57,8 procent tegen …, 42,2 procent stemde
		// voor"): the other's share is set against its nearer side.
		if splitSideNearer(x, p, q) || splitSideNearer(y, q, p) {
			return
		}
		// Either source giving the other's value elsewhere means
		// the two numbers are about different things.
		// (the offenders' slot is told apart by its noun: "four bank
		// employees" elsewhere is no count of the robbers)
		byNoun := offenderKinds[strings.TrimPrefix(keyedAbout, "number of ")]
		// (a thing's number, "Stütze 5", is a name: "fünf Verletzte"
		// elsewhere does not give it)
		named := strings.HasSuffix(keyedAbout, " (number)")
		if !named && !byNoun && (srcQ.gives(x.Source, y.Text, q) || srcQ.gives(y.Source, x.Text, p) || hasSameValue(x.Quantities, q) || hasSameValue(y.Quantities, p)) ||
			!named && byNoun && (hasSameCount(x.Text, x.Quantities, q) || hasSameCount(y.Text, y.Quantities, p)) {
			return
		}
		kind := KindNumber
		switch p.Kind {
		case "year":
			kind = KindYear
		case "date":
			kind = KindDate
		}
		slot := slotWords(x.Text, p)
		// (with what the figure counts: "15,000 rail workers" and "for 48
		// hours" share the words around them, not a slot)
		counted := ""
		if len(p.After) > 0 {
			counted = p.After[0]
		}
		key := kind + "|" + keyedAbout + "|" + counted + "|" + strings.Join(sharedContext(p, q), " ")
		// one slot, however many sentence pairs show it: a
		// quantity already in a discrepancy brings the other in
		spx, spy := spanIn(x, p), spanIn(y, q)
		d := byKey[key]
		if d == nil {
			d = bySpan[spx]
		}
		if d == nil {
			d = bySpan[spy]
		}
		wordsLabel := false
		if d == nil {
			about := kind + " for “" + slot + "”"
			if subject != "" {
				about = kind + " for “" + subject + "”" // "Norland central bank … rate"
			}
			// "Rund 80 Prozent der Fernzüge" · "rund 70 Prozent der
			// Fernzüge": in the other languages, a share of what its
			// partitive names (whatever opens the sentence)
			shareOf := ""
			if lang := langOf(x); keyedAbout == "" && lang != "" && lang == langOf(y) {
				if np, ok := shareOfIn(x.Text, p); ok {
					if nq, ok := shareOfIn(y.Text, q); ok && StemIn(lang, Fold(np)) == StemIn(lang, Fold(nq)) {
						shareOf = "share of " + np
					}
				}
			}
			if keyedAbout != "" {
				about = keyedAbout // "date of the start", "number of carriages"
			} else if shareOf != "" {
				about = shareOf
			} else if subject == "" {
				// "two Germans" · "three Germans": number of Germans
				if np, ok := pluralAfter(x.Text, p); ok {
					if nq, ok := pluralAfter(y.Text, q); ok && Fold(np) == Fold(nq) {
						about = "number of " + np
					}
				}
				// "10,2 Metern" · "10,4 Meter": in another language, the
				// word after each figure, when the two share a stem.
				if lang := langOf(x); lang != "" && lang == langOf(y) {
					np, okp := nounAfterIn(lang, x.Text, p)
					nq, okq := nounAfterIn(lang, y.Text, q)
					if okp && okq && StemIn(lang, Fold(np)) == StemIn(lang, Fold(nq)) {
						if len(nq) < len(np) {
							np = nq // the plain form: "Meter", not "Metern"
						}
						about = "number of " + np
					}
				}
				// "The 48-metre-tall crane" · "The 52m crane": a measure in
				// one unit, named by what it measures
				if l := measureLabel(x.Text, p, y.Text, q); l != "" {
					about = l
				}
				// "een 81-jarige man" · "een man van 78": an age
				if ageFigure(x.Text, p) || ageFigure(y.Text, q) {
					about = "age"
				}
				if up, ok := temperatureUnit(x.Text, p); ok {
					if uq, ok := temperatureUnit(y.Text, q); ok && uq == up {
						about = "temperature (" + up + ")"
					}
				}
				// "$48 a share" · "$46.50 per share"; "a premium of 32%" ·
				// "a 30% premium"; "buy Kestrel for $12.5 billion" · "will
				// pay $12 billion"
				deal := dealSentence(x.Text) || dealSentence(y.Text) // one slot: the other may say "pay"
				if l := dealLabel(x.Text, p, deal); l != "" && l == dealLabel(y.Text, q, deal) {
					about = l
				}
				// "tariffs of 25%" · "a 20% tariff": the tariff
				if np, ok := percentNoun(x.Text, p); ok {
					if nq, ok := percentNoun(y.Text, q); ok && Stem(Fold(np)) == Stem(Fold(nq)) {
						about = strings.ToLower(np)
						if len(nq) < len(np) {
							about = strings.ToLower(nq) // "tariff", not "tariffs"
						}
					}
				}
				// "a reward of 500,000 euros" · "The insurers' reward … stands
				// at 300,000 euros": the sum named before it, when the other
				// sentence names it too
				if n, ok := sumNamed(x.Text, p); ok && hasStem(y.Text, n) {
					about = strings.ToLower(n)
				} else if n, ok := sumNamed(y.Text, q); ok && hasStem(x.Text, n) {
					about = strings.ToLower(n)
				}
				// "Norland's benchmark NX50 index fell 4.2%" · "The NX50
				// index plunged 4.6%": how far a named thing moved, named by
				// it and the way it went (a line only where the figures are
				// otherwise paired: a price moves through the day)
				if kp, ok := nameChange(x, p); ok {
					if kq, ok := nameChange(y, q); ok && kq == kp {
						about = kp
					}
				}
				// "Core inflation eased to 3.4 per cent" · "Core inflation
				// slowed to 3.5%": what moved, named by its subject
				if np, ok := movedTo(x.Text, p); ok {
					if nq, ok := movedTo(y.Text, q); ok && phraseStems(np) == phraseStems(nq) {
						about = strings.ToLower(np)
					}
				}
				// "34,6 Prozent der Stimmen", "35 % des voix": the vote
				if votesAfter(x.Text, p) && votesAfter(y.Text, q) {
					about = "share of the vote"
				}
				// "52.3% of the vote" · "54.1% of the votes": share of the vote
				if lp, ok := shareAfter(x.Text, p); ok {
					if lq, ok := shareAfter(y.Text, q); ok && Stem(Fold(lastWord(lp))) == Stem(Fold(lastWord(lq))) {
						about = lp
					}
				}
			}
			// "at a depth of 30 km" · "at a depth of 40 km": the measure
			// named before "of"
			if np, ok := measureNamed(x.Text, p); ok {
				if nq, ok := measureNamed(y.Text, q); ok && np == nq {
					if u := unitOf(x.Text, p); u != "" && unitOf(y.Text, q) == u {
						w := strings.ToLower(firstWordAfter(x.Text, p))
						if Fold(w) != u && Stem(Fold(w)) != u {
							w = u // a unit glued on: "30km"
						}
						about = np + " (" + w + ")"
					}
				}
			}
			if m := measureWordsIn(langOf(x), x.Text, p); m != "" && sameMeasure(p, q) {
				about = m // "hours of video playback"
				if langOf(x) != "" {
					wordsLabel = true // ("Jahren Haft": a slot's name is better)
				}
			}
			// ("km h": a unit alone names its measure, "speed (km/h)")
			if l := measureLabel(x.Text, p, y.Text, q); l != "" && unitNames[strings.NewReplacer(" ", "", "/", "").Replace(Fold(about))] != "" {
				about = l
			}
			// "al 34' del primo tempo" · "al 37'": a match's minute
			if matchMinute(x.Text, p) && matchMinute(y.Text, q) {
				about = "minute of the match"
			}
			// "suspended since 2019" · "suspended in 2020": the year of what
			// was done, named by the verb
			if kind == KindYear && keyedAbout == "" {
				if vp, vq := yearVerb(x.Text, p), yearVerb(y.Text, q); vp != "" && vp == vq {
					about = "year " + vp
				}
			}
			if event, _, ok := eventDateOf(x.Text, p); ok && kind == KindDate {
				about = "date of the " + event // "in a runoff on December 21"
			} else if v, ok := dayVerb(x.Text, p); ok && kind == KindDate && keyedAbout == "" && subject == "" {
				if vq, ok := dayVerb(y.Text, q); ok && vq == v {
					about = "date of the " + v // "arrested in October 2024" · "arrested in November 2024"
				}
			}
			// (a name that is one function word names nothing: "van" of
			// "2,9 procent van het bbp")
			if f := Fold(about); !strings.Contains(f, " ") && (IsStop(f) || stopWordsAnyLanguage(f)) {
				about = kind + " for “" + slot + "”"
			}
			d = &disc{about: about, kind: kind}
			byKey[key] = d
			order = append(order, key)
			if about == kind+" for “"+slot+"”" || subject != "" && about == kind+" for “"+subject+"”" || wordsLabel {
				generic[d] = true
			}
			if sameMeasure(p, q) {
				measured[d] = p
			} else if kp, ok := eventKey(p); ok && !attributiveDate(x.Text, p) {
				if kq, ok := eventKey(q); ok && kq == kp && !attributiveDate(y.Text, q) {
					measured[d] = p
				}
			}
		}
		// a line first named by the words around its figure takes the
		// name a slot gives it when a keyed pair joins it ("number for
		// “GroenLinks-PvdA komt uit op 25 zetels”" is "seats of
		// GroenLinks-PvdA")
		if keyedAbout != "" && generic[d] && (d.about != "" && !strings.HasPrefix(keyedAbout, "number of ") || strings.HasPrefix(d.about, KindNumber+" for “")) {
			d.about, generic[d] = keyedAbout, false
		}
		// one variant per value, however written ("€103 million",
		// "103 million euros")
		// (in two units, each figure with its own: "1,31 metri" ·
		// "127 centimetri")
		// (and in a slot named for the thing measured, whatever the unit:
		// "35 metros" · "50 metros", not "35" · "50")
		ep, eq, ok := withUnitsApart(x.Text, p, y.Text, q)
		if !ok && (strings.HasPrefix(keyedAbout, "length of the ") || keyedAbout == "stretch of river" || keyedAbout == "depth below ground") {
			ep, eq, ok = unitWordsEnd(x.Text, p), unitWordsEnd(y.Text, q), true
		}
		if ok {
			if d.byValue == nil {
				d.byValue = map[string]string{}
			}
			tp, tq := d.variantFor(x.Text, p, x.Text[p.Start:ep]), d.variantFor(y.Text, q, y.Text[q.Start:eq])
			d.byValue[p.Value], d.byValue[q.Value] = tp, tq
			d.add(tp, x.ArticleID(), crossread.Span{ArticleID: spx.ArticleID, Start: spx.Start, End: x.Span.Start + ep})
			d.add(tq, y.ArticleID(), crossread.Span{ArticleID: spy.ArticleID, Start: spy.Start, End: y.Span.Start + eq})
		} else {
			d.add(d.variantFor(x.Text, p, d.textOf(p)), x.ArticleID(), spx)
			d.add(d.variantFor(y.Text, q, d.textOf(q)), y.ArticleID(), spy)
		}
		bySpan[spx], bySpan[spy] = d, d
		members[d] = append(members[d], figureAt{x, p}, figureAt{y, q})
	}
	// Measures named alike ("a 20% lower risk", "up to 28 hours of video
	// playback"), in any two statements of two sources, however unlike
	// their other words; years and days told after the same words ("born
	// in Glasgow in 1938", "won the Booker Prize in 1984"), in sentences
	// naming something in common; a physical measure told with the same
	// verb ("travelling at 80 mph", "travelling at 65 mph").
	// keyedSlot sets against each other the figures keyOf names one slot,
	// in statements of one scene, whatever else their sentences say;
	// skip leaves a statement out.
	// (lenient: a subject the other sentence names elsewhere is no other
	// subject, for slots a story has one of, "a 48-hour strike … the RMT
	// union said" · "The RMT union … began a 24-hour strike")
	var lenient func(k string, x *Sentence, p Quantity, y *Sentence, q Quantity) bool
	// (for slots whose key itself says whose figure it is: a crowd by its
	// counter, a prize, a party's seats)
	anySubjects := func(string, *Sentence, Quantity, *Sentence, Quantity) bool { return true }
	// (onePerKey: a sentence giving one key to two figures tells two
	// things, and is left out: "132 cases … 14 schools" holds two slots,
	// "two cases … 14 cases" none)
	keyedSlotWhere := func(keyOf func(x *Sentence, p Quantity) (string, bool), skip func(x *Sentence) bool, oneScene func(k string, x, y *Sentence) bool, onePerKey bool) {
		var by keyed[string]
		keys := map[*Sentence][]string{} // each figure's key, "" for none: read once, not once per pair
		for _, x := range a.Sentences {
			if len(x.Quantities) == 0 || !x.Statement && !shortStatement(x) || skip != nil && skip(x) {
				continue
			}
			ks := make([]string, len(x.Quantities))
			for i, p := range x.Quantities {
				if k, ok := keyOf(x, p); ok {
					ks[i] = k
				}
			}
			if onePerKey && givenTwice(ks) {
				continue
			}
			for _, k := range ks {
				if k != "" {
					by.add(k, x)
				}
			}
			keys[x] = ks
		}
		by.pairs(func(k string, x, y *Sentence) {
			if !oneScene(k, x, y) {
				return
			}
			for i, p := range x.Quantities {
				if keys[x][i] != k {
					continue
				}
				for j, q := range y.Quantities {
					if keys[y][j] == k && (!otherSubjects(x, p, y, q) || lenient != nil && lenient(k, x, p, y, q)) {
						keyedAbout = k
						consider(x, p, y, q)
						keyedAbout = ""
					}
				}
			}
		})
	}
	keyedSlot := func(keyOf func(x *Sentence, p Quantity) (string, bool), skip func(x *Sentence) bool) {
		keyedSlotWhere(keyOf, skip, func(_ string, x, y *Sentence) bool {
			return sharesName(x, y) || a.linked(x, y) || a.namedInEach(x, y)
		}, false)
	}
	// A quake's magnitude, however worded ("a magnitude 6.4 earthquake",
	// "un sismo de 6,2 grados", "the 6.1-magnitude quake"); not an earlier
	// quake the story recalls ("In February, a quake measuring 6.4 …"), an
	// aftershock, or what a quake "can" do.
	// (a story's one quake: each source giving one magnitude, the two are
	// its, whatever places their sentences name)
	notMainQuake := func(x *Sentence) bool {
		return elsewhere(x) || otherMonth(x) || containsAnyWord(x.Text, "aftershock", "aftershocks", "réplica", "réplicas", "réplique", "répliques", "repliche", "replica",
			"assestamento", "nachbeben", "naschok", "naschokken", "can", "could", "would")
	}
	magnitudes := valuesBySource(a.stmts, func(x *Sentence, p Quantity) (string, bool) {
		return "magnitude", magnitudeOf(x.Text, p) && !notMainQuake(x)
	})
	keyedSlotWhere(func(x *Sentence, p Quantity) (string, bool) { return "magnitude", magnitudeOf(x.Text, p) }, notMainQuake,
		func(k string, x, y *Sentence) bool {
			return sharesName(x, y) || a.linked(x, y) || a.namedInEach(x, y) ||
				magnitudes.once(k, x, y) && daysApart(x, y) <= 1
		}, false)
	// A place's temperature, however written ("44.1 degrees Celsius in
	// Córdoba", "45.2C in Córdoba"); not a forecast's, and not a sentence
	// giving two.
	// (a sentence naming no place gives its article's main place's: "La
	// temperatura máxima oficial de la jornada en la capital fue de 45,8
	// ºC"; so keyed, each source giving one value is enough)
	notMeasured := func(x *Sentence) bool {
		n := countQuantities(x, func(q Quantity) bool { _, ok := temperatureUnit(x.Text, q); return ok })
		return n != 1 || containsAnyWord(x.Text, "forecast", "forecasts", "expected", "could", "will", "would", "may", "might",
			"previsão", "previsao", "prevision", "prévision", "previsione", "pronóstico", "pronostico", "prognose", "verwachting", "verwacht", "previsto", "prevista",
			"esperan", "espera", "esperados", "prevé", "prevén", "attendus", "attendues", "attese", "attesi", "erwartet", "esperadas")
	}
	temps := valuesBySource(a.stmts, func(x *Sentence, p Quantity) (string, bool) {
		if notMeasured(x) {
			return "", false
		}
		return a.temperatureOf(x, p)
	})
	// (whatever the sentences' subjects: "le thermomètre a atteint" · "la
	// station … a enregistré")
	lenient = anySubjects
	keyedSlotWhere(func(x *Sentence, p Quantity) (string, bool) { return a.temperatureOf(x, p) }, notMeasured,
		func(k string, x, y *Sentence) bool {
			return sharesName(x, y) || a.linked(x, y) || a.namedInEach(x, y) || temps.once(k, x, y) && daysApart(x, y) <= 1
		}, false)
	lenient = nil
	// A level set by a change ("raise the retirement age to 67" ·
	// "raising the retirement age to 66"; "lower the voting age to 16").
	// (in the other languages, whose subjects are read less well, the
	// level names the slot: who sets it may be told two ways, "El Consejo
	// de Ministros aprobó la subida …" · "El Gobierno ha aprobado elevar
	// …"; in English two bodies' proposals stay apart)
	lenient = func(_ string, x *Sentence, _ Quantity, y *Sentence, _ Quantity) bool {
		return langOf(x) != "" && langOf(y) != ""
	}
	keyedSlot(func(x *Sentence, p Quantity) (string, bool) {
		if lang := langOf(x); lang != "" {
			return levelSetToIn(lang, x.Text, p)
		}
		return levelSetTo(x.Text, p)
	}, nil)
	lenient = nil
	// A crowd's size by who counted it ("Police put the crowd at 45,000"
	// · "Some 50,000 people protested …, police said"; the organisers'
	// count is another slot).
	// (its key names who counted: the sentences' subjects, "Les syndicats
	// ont revendiqué … tandis que le ministère … en a compté 480 000",
	// may differ)
	lenient = anySubjects
	keyedSlot(func(x *Sentence, p Quantity) (string, bool) { return crowdEstimate(x.Text, p) }, nil)
	lenient = nil
	// A time in hours, minutes and seconds ("a world record of 2:00:35"
	// · "in a world record time of 2:00:53").
	keyedSlot(func(x *Sentence, p Quantity) (string, bool) { return "time", p.Kind == "duration" }, nil)
	// A dimension in the other languages, however unlike the sentences
	// ("giace a 92 metri di profondità" · "adagiata su un fondale
	// sabbioso a 98 metri di profondità"); not a sentence giving two.
	keyedSlotWhere(func(x *Sentence, p Quantity) (string, bool) {
		lang := langOf(x)
		if lang == "" || p.Kind != "count" {
			return "", false
		}
		if _, ok := altitudeOf(x.Text, p); ok {
			return "", false // ("auf 2.800 Metern Höhe": an altitude, its own slot below)
		}
		m := measureWordsIn(lang, x.Text, p)
		d, _, ok := strings.Cut(m, " (")
		return m, ok && dimensionNames[d]
	}, nil, func(_ string, x, y *Sentence) bool {
		return sharesName(x, y) || a.linked(x, y) || a.namedInEach(x, y) || daysApart(x, y) <= 1
	}, true)
	// A party's share of the vote in the other languages read ("33,2 %
	// des voix" · "33,5 % des suffrages"), in statements naming it; not a
	// sentence giving two parties' shares.
	keyedSlot(func(x *Sentence, p Quantity) (string, bool) {
		return "share of the vote", langOf(x) != "" && votesAfter(x.Text, p)
	},
		func(x *Sentence) bool {
			return countQuantities(x, func(q Quantity) bool { return votesAfter(x.Text, q) }) != 1
		})
	// A storm's category ("strengthened into a Category 4 storm" ·
	// "grew into a Category 5 hurricane").
	keyedSlot(func(x *Sentence, p Quantity) (string, bool) {
		if p.Kind != "count" || !stormCategory(x.Text) {
			return "", false
		}
		ws := Words(x.Text[:p.Start])
		if len(ws) == 0 {
			return "", false
		}
		switch Fold(ws[len(ws)-1].Text) {
		case "category", "categoria", "categorie", "kategorie":
			return "storm category", true
		}
		return "", false
	}, nil)
	// The day a measure takes effect ("tariffs … from April 1", "starting
	// April 1", "effective March 1"): a day after "from" in a sentence of
	// the future, or after "starting", "effective" or "beginning"; not a
	// range's start ("from March 1 to 5"), nor a state "as of" a day.
	// (one measure's when each source gives one such day, whatever its
	// sentences name: "will take effect on Nov. 1" · "will apply from 1
	// December, … after talks in Riyadh")
	effective := func(x *Sentence, p Quantity) (string, bool) { return "date it takes effect", takesEffect(x.Text, p) }
	effectDays := valuesBySource(a.stmts, effective)
	keyedSlotWhere(effective, nil, func(k string, x, y *Sentence) bool {
		return sharesName(x, y) || a.linked(x, y) || a.namedInEach(x, y) ||
			effectDays.once(k, x, y)
	}, false)
	// A court's penalty, however worded: the prison term ("sentenced to 12
	// years in prison", "a 14-year sentence") and a fine or bail ("a fine
	// of £500,000", "fined £450,000").
	// (a story's sentences naming no person tell its one defendant's
	// term: "Das Landgericht München hat einen 52-jährigen Anlagebetrüger
	// zu acht Jahren Haft verurteilt" · "der Angeklagte zu sieben Jahren
	// Haft verurteilt")
	keyedSlotWhere(func(x *Sentence, p Quantity) (string, bool) { return penaltyOf(x.Text, p) }, nil,
		func(_ string, x, y *Sentence) bool {
			return sharesName(x, y) || a.linked(x, y) || a.namedInEach(x, y) || !a.namesPerson(x) && !a.namesPerson(y)
		}, false)
	// A company's or a government's figure named by its metric ("net
	// profit … rose to $650 million" · "a 14% rise in first-quarter net
	// profit, to $612 million"; "revenue reached $4.3 billion" · "Sales
	// totalled $4.2 billion").
	keyedSlot(func(x *Sentence, p Quantity) (string, bool) {
		if lang := langOf(x); lang != "" {
			return metricOfIn(lang, x.Text, x.Quantities, p)
		}
		return metricOf(x.Text, x.Quantities, p)
	}, nil)
	// Things counted as done to them ("More than 300 flights were
	// cancelled" · "About 250 flights were cancelled on Tuesday" ·
	// "Airlines cancelled more than 300 flights"): one slot per noun and
	// verb, in statements of one scene; people are the toll pass's.
	keyedSlot(func(x *Sentence, p Quantity) (string, bool) { return countedDone(x.Text, p) }, func(x *Sentence) bool { return langOf(x) != "" })
	// The homes destroyed or damaged, in the other languages read, each
	// word for a home alike ("12 400 habitations ont été entièrement
	// détruites" · "Environ 9 800 maisons ont été détruites").
	keyedSlotWhere(func(x *Sentence, p Quantity) (string, bool) { return homesDoneIn(langOf(x), x.Text, p) }, nil,
		func(_ string, x, y *Sentence) bool {
			return sharesName(x, y) || a.linked(x, y) || a.namedInEach(x, y) || len(x.Names) == 0 || len(y.Names) == 0
		}, true)
	// A sum demanded ("demanded a ransom of $5 million" · "asked for $4
	// million"), the homes an outage left dark ("knocked out power to
	// about 120,000 homes" · "150,000 households lost electricity") and
	// how long something lasted ("lasted nine hours" · "12 hours after the
	// blackout started"): one slot each per story, one figure each per
	// sentence.
	// The offenders of a crime ("Four masked thieves" · "A gang of three
	// thieves"), what they took ("stole eight pieces" · "made off with
	// nine items") and what it is worth ("valued at 88 million euros" ·
	// "the loot was worth 102 million euros") likewise.
	for k, slot := range []func(s string, q Quantity) (string, bool){sumDemanded, homesWithoutPower, howLongItLasted,
		offenderCount, stolenCount, valuedAt, plannedSpan, yearFounded, recordSpan, sumToPay, sumMoved, sharePriced, askingPrice, stakeOf} {
		anyLanguage := k == 1 || k >= 3 && k <= 5 // the outage's and the crime readers know the other languages' words (not plannedSpan, yearFounded)
		lenient = nil
		switch k {
		case 5: // a theft's haul has one worth: "Las piezas robadas … valoradas en" · "el botín vale"
			lenient = func(_ string, x *Sentence, _ Quantity, y *Sentence, _ Quantity) bool {
				return theftContext(x.Text) && theftContext(y.Text)
			}
		case 6, 9: // a planned span: one strike, one visit per story; a sum to pay, its payer the object
			// of one ("ordered Halvard Chemicals to pay") and the subject of the other
			lenient = func(_ string, x *Sentence, p Quantity, y *Sentence, q Quantity) bool {
				return shareAny(subjectNames(x, p.Start), y.Names) || shareAny(subjectNames(y, q.Start), x.Names)
			}
		}
		// (a story's ransom is one: each source giving one sum demanded,
		// the two are set against each other whatever their sentences
		// name)
		var demanded sourceValues
		if k == 0 {
			demanded = valuesBySource(a.stmts, func(x *Sentence, p Quantity) (string, bool) { return slot(x.Text, p) })
		}
		keyedSlotWhere(func(x *Sentence, p Quantity) (string, bool) { return slot(x.Text, p) },
			func(x *Sentence) bool { return langOf(x) != "" && !anyLanguage },
			func(key string, x, y *Sentence) bool {
				if k == 0 && demanded.once(key, x, y) && daysApart(x, y) <= 1 {
					return true
				}
				// a crime's place named in full by one and in short by the
				// other ("Museo Marlowe de Castellán" · "Museo Marlowe")
				return sharesName(x, y) || a.linked(x, y) || a.namedInEach(x, y) || anyLanguage && (nameWithin(x, y) || sameScene(x, y)) ||
					key == "value" && theftContext(x.Text) && theftContext(y.Text) // the loot's worth: "Las piezas robadas … valoradas en" · "el botín vale"
			}, true)
	}
	lenient = nil
	// A rise of pay, demanded or granted ("8,5 Prozent mehr Lohn" · "ein
	// Lohnplus von 7,5 Prozent"), from sources giving one each, whoever
	// the sentences' subjects.
	payKey := func(x *Sentence, p Quantity) (string, bool) { return payRise(x.Text, p) }
	pays := valuesBySource(a.stmts, payKey)
	lenient = anySubjects
	keyedSlotWhere(payKey, nil, func(k string, x, y *Sentence) bool {
		return pays.once(k, x, y) && daysApart(x, y) <= 1
	}, true)
	lenient = nil
	// Counts of a thing named by different words ("1.200 Traktoren" ·
	// "1500 Schleppern", "41 passengers" · "38 travellers"), from sources
	// giving one each.
	// onceEachADay sets figures of one key against each other where each
	// source gives the key one value, in one day's reports.
	onceEachADay := func(keyOf func(x *Sentence, p Quantity) (string, bool)) {
		values := valuesBySource(a.stmts, keyOf)
		keyedSlotWhere(keyOf, nil, func(k string, x, y *Sentence) bool {
			return values.once(k, x, y) && daysApart(x, y) <= 1
		}, true)
	}
	// The number a thing is known by, each source's one for it ("carrozza
	// cuccette numero 7" · "carrozza cuccette numero 9")
	// (whatever their subjects: the thing named is whose number it is)
	saved := lenient
	lenient = anySubjects
	onceEachADay(func(x *Sentence, p Quantity) (string, bool) { return numberedThing(x.Text, p) })
	// ("Linie 3" · "der Linie 8", "bei Stütze 5": by the noun alone)
	onceEachADay(func(x *Sentence, p Quantity) (string, bool) { return numberedByNoun(x.Text, p) })
	lenient = saved
	// How long the event lasted, told in hours and minutes after "lasted"
	// or "took" ("The final, which lasted two hours and 52 minutes" · "a
	// contest that took two hours and 25 minutes"), each source's one
	// of a day, whatever the sentences' subjects.
	saved = lenient
	lenient = anySubjects
	onceEachADay(func(x *Sentence, p Quantity) (string, bool) { return "how long it lasted", durationLasted(x.Text, p) })
	lenient = saved
	// How far a company's shares moved, each source's one move of a day
	// ("fell 7.4 per cent in early trading" · "were down 6.8% at 0905 GMT")
	onceEachADay(func(x *Sentence, p Quantity) (string, bool) { return shareMove(x.Text, p) })
	// A market index's move, a coast's length, a fall's height, the
	// people at a place, the strikers and a rate's level, each
	// source's one of a day ("The Nasdaq Composite fell 2.1%" · "the Nasdaq Composite
	// ending the day down 2.6%"; "9 chilometri di costa" · "13
	// chilometri di litorale"; "the unemployment rate holding at 4.4%" ·
	// "The jobless rate, at 4.1%"), whatever the sentences' subjects: the
	// index, coast or rate named is whose figure it is.
	saved = lenient
	lenient = anySubjects
	onceEachADay(func(x *Sentence, p Quantity) (string, bool) { return indexMove(x.Text, p) })
	onceEachADay(func(x *Sentence, p Quantity) (string, bool) { return coastLength(x.Text, p) })
	onceEachADay(func(x *Sentence, p Quantity) (string, bool) { return "height of the fall", fallHeight(x.Text, p) })
	onceEachADay(func(x *Sentence, p Quantity) (string, bool) { return presentIn(x.Text, p) })
	onceEachADay(func(x *Sentence, p Quantity) (string, bool) { return "number of strikers", strikersCount(x.Text, p) })
	onceEachADay(func(x *Sentence, p Quantity) (string, bool) { return namedRate(langOf(x), x.Text, p) })
	lenient = saved
	// (a class's count, each source giving one, is the story's whoever
	// the sentences' subjects: "Aan boord … zaten 168 passagiers" · "Een
	// Boeing 737-800 met 186 passagiers")
	lenient = anySubjects
	onceEachADay(func(x *Sentence, p Quantity) (string, bool) {
		// (those of the class a toll counts are the toll's: "drie
		// passagiers lichtgewond" are injured, not the passengers carried)
		if t, _, _, ok := tollOf(x.Text, p); ok && t != "on board" && t != "displaced or evacuated" && t != "rescued or survived" {
			return "", false
		}
		// ("certified to carry 60 passengers": what it may carry, not
		// whom it carried)
		if capacityOf(x.Text, p) {
			return "", false
		}
		return countClassIn(x.Text, p)
	})
	// A sum of damage, estimated ("De schade wordt geschat op 6 miljoen
	// euro" · "Een eerste schatting van de schade komt uit op 4 miljoen
	// euro"; "damage estimated at $2 million"): a story's one estimate,
	// each source giving one sum in a sentence of damage.
	onceEachADay(func(x *Sentence, p Quantity) (string, bool) { return "damage", damageSum(x.Text, p) })
	// A compensation to victims' families ("an ex gratia of Rs 3 lakh
	// each" · "compensation of Rs 2 lakh"), each source's one, whatever
	// the sentences' subjects.
	saved = lenient
	lenient = anySubjects
	onceEachADay(func(x *Sentence, p Quantity) (string, bool) { return "compensation", compensationOf(x.Text, p) })
	lenient = saved
	// The rain that fell, in millimetres ("184 millimetres of rain fell"
	// · "a downpour that dumped 148mm"), each source's one measured figure
	// (no forecast's), of one day's reports.
	onceEachADay(func(x *Sentence, p Quantity) (string, bool) { return "rainfall (millimetres)", rainfallOf(x.Text, p) })
	// A wind's force on the Beaufort scale ("windkracht 9" · "een storm
	// met windkracht 8"), each source's one, of one day's reports.
	// (whatever the sentences' subjects: "een storm met windkracht 8" ·
	// "toen windkracht 9 over de kust trok")
	saved = lenient
	lenient = anySubjects
	onceEachADay(func(x *Sentence, p Quantity) (string, bool) { return "wind force (Beaufort)", windForceOf(x.Text, p) })
	lenient = saved
	// The age of the one who died ("Un homme de 67 ans a été tué" · "Un
	// sexagénaire de 64 ans … a perdu la vie"), each source's one age in
	// a sentence of a death, of one day's reports.
	onceEachADay(func(x *Sentence, p Quantity) (string, bool) {
		return "age of the dead", ageOfTheDead(x.Text, p) || ageOfOneNamedDead(x, p)
	})
	// A venue's capacity ("the 25,000-capacity stadium" · "the 30,000-seat
	// stadium", "un aforo de 8.000 personas"): a story's one venue, each
	// source giving one.
	onceEachADay(func(x *Sentence, p Quantity) (string, bool) { return "capacity", capacityOf(x.Text, p) })
	// The share of a place under water ("il 60 per cento del paese
	// è finito sott'acqua" · "allagando circa il 75% del borgo"), each source's one.
	onceEachADay(func(x *Sentence, p Quantity) (string, bool) { return "share flooded", shareFlooded(x.Text, p) })
	// The stake a deal sells ("la cessione del 70 per cento del club" ·
	// "ha ceduto il 75% delle quote"), each source's one.
	onceEachADay(func(x *Sentence, p Quantity) (string, bool) { return "stake sold", stakeSold(x.Text, p) })
	// The minute of a match something happened in, told of no player
	// ("à la 64e minute" · "vers la 58e minute"): a story's one moment,
	// each source giving one (a match report's many minutes are no one's).
	onceEachADay(func(x *Sentence, p Quantity) (string, bool) {
		return "minute of the match", minuteOfMatch(x.Text, p) && !playerBefore(x, p)
	})
	// A road's kilometre marker ("en el km 157 de la vía" · "en el
	// kilómetro 175 de la autopista"): where on the road, each source
	// giving one.
	onceEachADay(func(x *Sentence, p Quantity) (string, bool) { return "kilometre marker", kilometreMarker(x.Text, p) })
	// How long something lasted, in the other languages read ("Der
	// gesamte Einsatz dauerte rund 14 Stunden" · "Insgesamt dauerte der
	// Einsatz 16 Stunden"; "durante más de seis horas"), by its unit, each
	// source giving one.
	onceEachADay(func(x *Sentence, p Quantity) (string, bool) {
		if langOf(x) == "" {
			return "", false
		}
		return howLongItLastedIn(x.Text, p)
	})
	lenient = nil
	// The other languages' planned spans ("lo sciopero di 24 ore" · "lo
	// sciopero di 48 ore"): a story's strike is one, each source giving
	// one length.
	spanKey := func(x *Sentence, p Quantity) (string, bool) {
		if langOf(x) == "" {
			return "", false
		}
		return plannedSpanIn(x.Text, p)
	}
	plannedSpans := valuesBySource(a.stmts, spanKey)
	keyedSlotWhere(spanKey, nil, func(k string, x, y *Sentence) bool {
		return sharesName(x, y) || a.linked(x, y) || a.namedInEach(x, y) || plannedSpans.once(k, x, y) && daysApart(x, y) <= 1
	}, true)
	// A prize's money ("share the prize of 11 million Swedish crowns" ·
	// "The prize is worth 10 million Swedish crowns"): a story's prize is
	// one, whoever the sentences' subjects.
	// (or, from sources giving one prize sum each, whatever names the two
	// sentences hold: "an honor that comes with 11 million kronor" · "the
	// prize, worth 10 million kronor, with Kenji Haraguchi …")
	lenient = anySubjects
	prizeKey := func(x *Sentence, p Quantity) (string, bool) { return prizeMoney(x.Text, p) }
	prizes := valuesBySource(a.stmts, prizeKey)
	keyedSlotWhere(prizeKey, nil,
		func(k string, x, y *Sentence) bool {
			return sharesName(x, y) || a.linked(x, y) || a.namedInEach(x, y) || prizes.once(k, x, y) && daysApart(x, y) <= 1
		}, true)
	lenient = nil
	// A share something was changed by, told with one verb ("slowed
	// cognitive decline by 27%" · "slowed the decline in memory and
	// thinking by 25%"), in statements changing a thing named alike.
	keyedSlotWhere(func(x *Sentence, p Quantity) (string, bool) {
		v, _, ok := effectBy(x.Text, p)
		return v, ok
	}, func(x *Sentence) bool { return langOf(x) != "" },
		func(v string, x, y *Sentence) bool {
			var nx, ny []string
			for _, p := range x.Quantities {
				if vp, ns, ok := effectBy(x.Text, p); ok && vp == v {
					nx = append(nx, ns...)
				}
			}
			for _, q := range y.Quantities {
				if vq, ns, ok := effectBy(y.Text, q); ok && vq == v {
					ny = append(ny, ns...)
				}
			}
			return shareAny(nx, ny) && (sharesName(x, y) || a.linked(x, y) || a.namedInEach(x, y))
		}, true)
	// A company's staff in any language read ("employs 21,000 people",
	// "qui compte 40 000 salariés" · "Le groupe emploie 38 000 personnes").
	// (a story's companies are named when told apart: two sentences
	// naming no two different organisations are of one company's staff)
	keyedSlotWhere(func(x *Sentence, p Quantity) (string, bool) { return workforceOf(x.Text, p) }, nil,
		func(_ string, x, y *Sentence) bool {
			return sharesName(x, y) || a.linked(x, y) || a.namedInEach(x, y) || !a.otherOrganisations(x, y)
		}, true)
	// A thing's mass, the story's one ("The 1,240 kg satellite" ·
	// "Weighing 1,310 kilograms, Tidewater" · "the 1.24-tonne
	// satellite"), from sources giving one mass each.
	masses := map[int]map[float64]bool{}
	for _, x := range a.stmts {
		for _, p := range x.Quantities {
			if _, ok := massOf(x.Text, p); ok {
				if v, ok := inUnitOf(x.Text, p, "kg", Quantity{Start: 0, End: 0, Text: "1kg", Value: "1", Kind: "count"}); ok {
					if masses[x.Source] == nil {
						masses[x.Source] = map[float64]bool{}
					}
					masses[x.Source][math.Round(v)] = true
				}
			}
		}
	}
	keyedSlotWhere(func(x *Sentence, p Quantity) (string, bool) { return massOf(x.Text, p) }, nil,
		func(_ string, x, y *Sentence) bool {
			return len(masses[x.Source]) == 1 && len(masses[y.Source]) == 1 && (sharesName(x, y) || a.linked(x, y) || a.namedInEach(x, y))
		}, true)
	// What the story's thing cost ("The mission cost €420 million" · "a
	// total mission budget of €480 million"; "cost a reported $150
	// million to produce" · "put the net budget at $175M"), from sources
	// giving one cost each.
	costKey := func(x *Sentence, p Quantity) (string, bool) { return costOf(x.Text, p) }
	costs := valuesBySource(a.stmts, costKey)
	keyedSlotWhere(costKey, nil,
		func(k string, x, y *Sentence) bool {
			return costs.once(k, x, y) && (sharesName(x, y) || a.linked(x, y) || a.namedInEach(x, y))
		}, true)
	// The other languages' sums by their kind ("Verbindlichkeiten von rund
	// 310 Millionen Euro" · "die Schulden auf knapp 290 Mio. Euro"), from
	// sources giving one each.
	kindKey := func(x *Sentence, p Quantity) (string, bool) {
		if langOf(x) == "" {
			return "", false
		}
		return sumKindIn(x.Text, p)
	}
	onceEachADay(kindKey)
	// A sum named by what it is ("a restructuring charge of about $310
	// million" · "a restructuring charge of about $230m"; "a £15,000
	// course-record bonus" · "a £20,000 bonus for the record"), from
	// sources giving it one value each, in sentences of one scene (a sum
	// named by two words is one story's on one day).
	sumKey := func(x *Sentence, p Quantity) (string, bool) { return namedSum(langOf(x), x.Text, p) }
	sums := valuesBySource(a.stmts, sumKey)
	keyedSlotWhere(sumKey, nil,
		func(k string, x, y *Sentence) bool {
			return sums.once(k, x, y) && (sharesName(x, y) || a.linked(x, y) || a.namedInEach(x, y) ||
				strings.Contains(k, " ") && daysApart(x, y) <= 1)
		}, true)
	// The year the story's bridge, dam or building was built ("construída
	// em 1982" · "Construída em 1978"; "1969 errichtet" · "die 1972
	// fertiggestellte Brücke"), each source's one, of one day's reports.
	onceEachADay(func(x *Sentence, p Quantity) (string, bool) { return yearBuilt(x.Text, p) })
	// The people arrested, in the other languages ("Tre persone sono
	// state arrestate" · "Quattro le persone arrestate"), each source's
	// one count, of one day's reports.
	onceEachADay(func(x *Sentence, p Quantity) (string, bool) { return arrestCountIn(langOf(x), x.Text, p) })
	// Flights cancelled in the other languages ("23 vols ont été annulés"
	// · "l'annulation de 31 vols"), each source's one count.
	cancelKey := func(x *Sentence, p Quantity) (string, bool) { return flightsCancelledIn(x.Text, p) }
	cancelled := valuesBySource(a.stmts, cancelKey)
	// (whatever the sentences' subjects: "La primera jornada de la huelga
	// … ha dejado … 1.840 trenes cancelados" · "Renfe suprimió … 2.100
	// trenes")
	saved = lenient
	lenient = anySubjects
	keyedSlotWhere(cancelKey, func(x *Sentence) bool { return langOf(x) == "" },
		func(k string, x, y *Sentence) bool { return cancelled.once(k, x, y) && daysApart(x, y) <= 1 }, true)
	lenient = saved
	// A share lost in the other languages ("Les pertes pourraient
	// atteindre 70 % de la récolte" · "évaluent à 60 % la perte de
	// production"), each source's one, of one day's reports.
	lossKey := func(x *Sentence, p Quantity) (string, bool) {
		if langOf(x) == "" {
			return "", false
		}
		return lossShare(x.Text, p)
	}
	losses := valuesBySource(a.stmts, lossKey)
	lenient = anySubjects
	keyedSlotWhere(lossKey, nil, func(k string, x, y *Sentence) bool { return losses.once(k, x, y) && daysApart(x, y) <= 1 }, true)
	lenient = nil
	// The share of a workforce on strike ("con un seguimiento del 92%" ·
	// "alcanzó al 95% de los trabajadores"; "adesione al 68%" · "un'adesione
	// dell'87%"), from sources giving one each, however the claim is
	// attributed: a story's strike has one figure per outlet.
	strikeKey := func(x *Sentence, p Quantity) (string, bool) { return strikeShare(x.Text, p) }
	strikes := valuesBySource(a.stmts, strikeKey)
	lenient = anySubjects // (the union's figure and the ministry's are the one slot's)
	keyedSlotWhere(strikeKey, nil,
		func(k string, x, y *Sentence) bool {
			return strikes.once(k, x, y) && daysApart(x, y) <= 1
		}, true)
	lenient = nil
	// A referendum's sides ("il sì ha ottenuto il 58,3 per cento" · "ha
	// premiato il sì con il 56,8%"), a story's one vote.
	// (from sources giving each side one share: "il sì ha sfiorato il
	// 70%" in the outer districts is a part's)
	sideOf := func(x *Sentence, p Quantity) (string, bool) {
		if opensOnPlace(x.Text) {
			return "", false // "Nei quartieri periferici, … il sì ha sfiorato il 70%": a part's
		}
		return referendumSide(x.Text, p)
	}
	sides := valuesBySource(a.stmts, sideOf)
	keyedSlotWhere(sideOf, nil,
		func(k string, x, y *Sentence) bool {
			return sides.once(k, x, y)
		}, true)
	// A measure in the other languages read, by its unit, in sentences
	// naming the same place or thing ("chegou aos 60 centímetros na
	// Torre" · "Na Torre, a camada de neve … atingia … os 45
	// centímetros"), from sources giving one figure in that unit.
	var foreignUnitKey func(x *Sentence, p Quantity) (string, bool)
	// (in English, whose lengths and masses the aligned statements set
	// against each other, an area, a volume, a flow, a width, and an
	// overall length: "about 7,000 hectares had burnt" · "roughly 9,500
	// hectares … had been scorched", "The 190-metre Northern Lark" · "The
	// vessel, 210 metres long")
	unitKey := func(x *Sentence, p Quantity) (string, bool) {
		if langOf(x) == "" {
			k, ok := foreignUnitKey(x, p)
			if ok && (strings.HasPrefix(k, "length of the ") || k == "stretch of river" || k == "depth below ground") {
				return k, true
			}
			if ok && englishLength(x.Text, p) {
				return "overall length (metres)", true
			}
			// ("a 40-metre breach" · "The breach, nearly 70 metres wide")
			if ok && englishGap(x.Text, p) {
				return "width (metres)", true
			}
			for _, d := range []string{"area ", "volume ", "flow ", "overall length ", "width ", "water level", "depth of snow", "distance ", "depth (", "speed (km/h)"} {
				if ok && strings.HasPrefix(k, d) {
					return k, true
				}
			}
			return "", false
		}
		return foreignUnitKey(x, p)
	}
	foreignUnitKey = func(x *Sentence, p Quantity) (string, bool) {
		u := foreignUnitOf(x.Text, p)
		// (a level recalled, "dal dicembre 2008, quando la marea toccò i
		// 171 centimetri", is another flood's)
		if (u == "" || unitDimension[u] == "length") && recalledYear(x, p) {
			return "", false
		}
		if u == "" && waterLevelOf(x.Text, p) {
			return "water level", true // "a culminé à 3,10 m"
		}
		if u == "" {
			return "", false
		}
		if _, ok := altitudeOf(x.Text, p); ok {
			return "", false // ("à 3310 mètres d'altitude": the altitude's own slot)
		}
		// "Sur ses onze hectares": one person's own, not the story's
		if ws := Words(x.Text[:p.Start]); len(ws) > 0 && ownWords[Fold(ws[len(ws)-1].Text)] {
			return "", false
		}
		// "su finca de doce hectáreas", "productores de menos de 15
		// hectáreas": a holding's size, not the story's area
		if u == "hectares" && holdingSize(x.Text, p) {
			return "", false
		}
		if unitDimension[u] == "" {
			return u, true // "millimetres": of rain as often as of length
		}
		if unitDimension[u] == "length" && waterLevelOf(x.Text, p) {
			return "water level", true
		}
		if unitDimension[u] == "length" && snowDepthOf(x.Text, p) {
			return "depth of snow", true
		}
		// "a 7 chilometri di profondità", "10 km deep": a quake's or a
		// mine's depth, each source's one whatever its sentences name
		// (in kilometres: a drop in metres, "un precipicio de 300 metros
		// de profundidad", is another source's plain "250 metros")
		// "1.6 kilometres below the surface" · "2,300 metres underground":
		// a mine's or a cave's depth, in either unit
		if unitDimension[u] == "length" && belowGround(x.Text, p) {
			return "depth below ground", true
		}
		if u == "kilometres" && depthAfterUnit(x.Text, p) {
			return "depth (" + u + ")", true
		}
		// "à 8 km de l'arrivée", "a 20 chilometri da Trento": how far
		// from a place, no length of the story's
		if unitDimension[u] == "length" && distanceFrom(x.Text, p) {
			return "distance (" + u + ")", true
		}
		// a story's one tunnel, traffic jam, breach or stretch of river,
		// by its noun whatever the unit: "um túnel de 50 metros" · "O
		// túnel tinha cerca de 35 metros de extensão"
		if unitDimension[u] == "length" {
			switch c := thingMeasured(x.Text, p); c {
			case "":
			case "breach":
				return "width (" + u + ")", true // (as "a 40-metre breach" is, in English)
			case "stretch of river":
				return c, true
			default:
				return "length of the " + c, true
			}
		}
		// "294 meter lang", "300 mètres de long": how long the story's
		// ship, bridge or tunnel is
		if unitDimension[u] == "length" && longAfterUnit(x.Text, p) {
			return "overall length (" + u + ")", true
		}
		// "40 meter breed", "60 Meter breit", "50 mètres de large": how
		// wide the story's breach, gap or road is
		if unitDimension[u] == "length" && wideAfterUnit(x.Text, p) {
			return "width (" + u + ")", true
		}

		return unitDimension[u] + " (" + u + ")", true
	}
	// (the name they share is whose measure it is, whatever their
	// subjects: "O forte nevão … deixou a Serra da Estrela coberta …")
	inUnit := valuesBySource(a.stmts, unitKey)
	lenient = anySubjects
	// (an area or a volume, one each source gives, is the story's one,
	// however its sentences name it: "1.850 hectáreas" · "unas 2.300
	// hectáreas", "etwa 4.000 Liter" · "3000 Liter"; a length may be of
	// several ways or places)
	keyedSlotWhere(unitKey, nil,
		func(k string, x, y *Sentence) bool {
			if strings.HasPrefix(k, "speed ") && gustAgainstSustained(x, y) {
				return false
			}
			return inUnit.once(k, x, y) && (len(x.Names) > 0 && sharesName(x, y) ||
				(strings.HasPrefix(k, "area ") || k == "water level" || k == "depth of snow" || strings.HasPrefix(k, "depth (") || strings.HasPrefix(k, "volume ") || strings.HasPrefix(k, "flow ") || strings.HasPrefix(k, "overall length ") || strings.HasPrefix(k, "length of the ") || k == "stretch of river" || k == "depth below ground" || strings.HasPrefix(k, "width ") || strings.HasPrefix(k, "distance ") && sharesDistanceReference(x, y) || strings.HasPrefix(k, "speed ") && !gustAgainstSustained(x, y)) && daysApart(x, y) <= 1)
		}, true)
	lenient = nil
	// A traded price at its close ("settled at $87.90 a barrel" · "before
	// settling at $89.70 a barrel"), in sentences naming what was traded,
	// from sources giving one close each.
	closing := func(x *Sentence, p Quantity) (string, bool) { return closingPrice(x.Text, p) }
	closes := valuesBySource(a.stmts, closing)
	keyedSlotWhere(closing, nil, func(k string, x, y *Sentence) bool {
		return closes.once(k, x, y) && len(x.Names) > 0 && sharesName(x, y)
	}, true)
	// An output cut in barrels a day ("cut its combined oil output by 1.2
	// million barrels per day" · "remove 1.5m barrels a day"), by whom
	// (a member's share, "Saudi Arabia will shoulder …, trimming 500,000
	// bpd", has its own subject; a quota table, several in a sentence,
	// none).
	keyedSlotWhere(func(x *Sentence, p Quantity) (string, bool) { return outputCut(x.Text, p) }, nil,
		func(k string, x, y *Sentence) bool {
			return sharesName(x, y) || a.namedInEach(x, y) || a.linked(x, y) || len(x.Names) == 0 || len(y.Names) == 0
		}, true)
	// The span of hours or days an ordeal lasted before it ended ("after
	// spending 38 hours pinned down" · "after 52 hours exposed on a
	// ledge"), in sentences naming one place, from sources giving one.
	spanOf := func(x *Sentence, p Quantity) (string, bool) { return spanAfter(x.Text, p) }
	spans := valuesBySource(a.stmts, spanOf)
	// (of one day's reports: "after four days of riots" and, days
	// later, "after eight days of riots" count a span still running)
	keyedSlotWhere(spanOf, func(x *Sentence) bool { return langOf(x) != "" }, func(k string, x, y *Sentence) bool {
		return spans.once(k, x, y) && len(x.Names) > 0 && sharesName(x, y) && sameDay(x, y)
	}, true)
	// A sum per month, week or day, each outlet's one ("un aumento medio di 120
	// euro lordi al mese" · "un incremento di 150 euro lordi mensili").
	perPeriod := func(x *Sentence, p Quantity) (string, bool) { return sumPerPeriod(x.Text, p) }
	periodSums := valuesBySource(a.stmts, perPeriod)
	keyedSlotWhere(perPeriod, nil, func(k string, x, y *Sentence) bool {
		return periodSums.once(k, x, y) && daysApart(x, y) <= 1 ||
			sharesName(x, y) && len(x.Names) > 0 || a.linked(x, y)
	}, true)
	// A yearly sum to be reached by a year ("$300 billion a year by
	// 2035" · "$250 billion per year by 2035"), by that year.
	keyedSlot(func(x *Sentence, p Quantity) (string, bool) { return sumPerYearBy(x.Text, p) }, nil)
	// A budget's deficit, debt or surplus as a share of output ("cut the
	// deficit to 3.2% of gross domestic product" · "targets a deficit of
	// 3.4% of GDP"), a country's one.
	keyedSlot(func(x *Sentence, p Quantity) (string, bool) { return shareOfOutput(x.Text, p) }, nil)
	// An altitude in any language read ("à 2 800 mètres d'altitude" · "at
	// an altitude of 2,600 metres"), a story's one place high up.
	keyedSlot(func(x *Sentence, p Quantity) (string, bool) { return altitudeOf(x.Text, p) }, nil)
	// A party's seats, each party its slot ("Unity party came second with
	// 41 seats" · "while Unity won 43").
	lenient = anySubjects
	keyedSlotWhere(partySeats, elsewhere,
		func(_ string, x, y *Sentence) bool { return true }, true)
	lenient = nil
	// A takeover's figures in the other languages read: its price per
	// share, premium and price ("38 euros par action" · "40 euros par
	// action"); the English are the deal pass's.
	// (whatever the sentences' subjects when they name the parties
	// alike: "Las mineras A y B anunciaron …" · "B S.A. y Minera A
	// alcanzaron …")
	lenient = func(_ string, x *Sentence, _ Quantity, y *Sentence, _ Quantity) bool { return sharesName(x, y) }
	keyedSlot(func(x *Sentence, p Quantity) (string, bool) { return dealSlotIn(langOf(x), x.Text, p) }, nil)
	lenient = nil
	// How long a jury deliberated ("deliberated for three days" · "after
	// two days of deliberations").
	keyedSlot(func(x *Sentence, p Quantity) (string, bool) { return deliberations(x.Text, p) }, func(x *Sentence) bool { return langOf(x) != "" })
	// Prisoners set free or swapped, in the other languages read
	// ("liberaron a 95 presos" · "103 prisioneros liberados"): the slot
	// countedDone names in English.
	keyedSlot(func(x *Sentence, p Quantity) (string, bool) { return freedCountIn(langOf(x), x.Text, p) }, nil)
	// Things counted by the same noun ("All 23 crew members" · "Its 22
	// crew members"; "two undersea cables" · "three undersea cables"), in
	// statements that nearly say the same or name nothing (a name in
	// common is too little: a player "missed four games", "will miss the
	// final two games"),
	// from sources that give the noun one count each: a source counting
	// "yards", "games" or "villages" several times is telling several
	// things, not one twice.
	// (German and Dutch compounds count what their head does, when the
	// story counts the head alone too: "Ruim 300 trambestuurders" ·
	// "Circa 250 bestuurders")
	heads := map[string]string{}
	{
		var nouns []string
		for _, x := range a.Sentences {
			if l := langOf(x); l != "de" && l != "nl" {
				continue
			}
			for _, p := range x.Quantities {
				if k, ok := nounCountedIn(langOf(x), x.Text, p); ok {
					nouns = append(nouns, strings.TrimPrefix(k, "number of "))
				}
			}
		}
		for _, long := range nouns {
			for _, head := range nouns {
				// ("34.000 Fahrzeugen am Tag" · "41.000 Fahrzeuge": the
				// dative's plural is the noun's)
				if len(head) >= 4 && strings.EqualFold(long, head+"n") {
					heads["number of "+long] = "number of " + head
					continue
				}
				// (not units: "Kilometern" are no "Metern")
				if len(head) >= 6 && len(long) > len(head)+2 && strings.HasSuffix(strings.ToLower(long), strings.ToLower(head)) &&
					foreignUnits[Fold(head)] == "" && foreignUnits[Fold(long)] == "" {
					heads["number of "+long] = "number of " + head
				}
			}
		}
	}
	nounKey := func(x *Sentence, p Quantity) (string, bool) {
		// ("Due sciatori sono morti": the toll pass's, not a count of
		// the skiers beside "il gruppo di cinque sciatori")
		// (a noun named as what is counted is the noun's count all the
		// same: "Sono cinque i pazienti ricoverati" · "Sale a otto il
		// numero dei pazienti positivi")
		if langOf(x) != "" {
			if k, ok := foreignNumberOf(langOf(x), x.Text, p, Words(x.Text[:min(p.Start, len(x.Text))])); ok {
				if h, found := heads[k]; found {
					k = h
				}
				return k, true
			}
			if t, _, _, ok := tollOf(x.Text, p); ok && t != "on board" && t != "displaced or evacuated" && t != "rescued or survived" && t != "attendance" {
				return "", false
			}
		}
		k, ok := nounCountedIn(langOf(x), x.Text, p)
		if h, found := heads[k]; found {
			k = h
		}
		return k, ok
	}
	other := map[*Sentence]bool{} // elsewhere(x), once per sentence
	for _, x := range a.Sentences {
		if len(x.Quantities) > 0 {
			other[x] = elsewhere(x)
		}
	}
	counts := map[string]map[int]map[string]bool{} // key → source → values
	for _, x := range a.Sentences {
		if other[x] {
			continue // ("negli ultimi dodici mesi almeno quindici imbarcazioni": another time's count)
		}
		for _, p := range x.Quantities {
			if k, ok := nounKey(x, p); ok {
				if counts[k] == nil {
					counts[k] = map[int]map[string]bool{}
				}
				if counts[k][x.Source] == nil {
					counts[k][x.Source] = map[string]bool{}
				}
				counts[k][x.Source][p.Value] = true
			}
		}
	}
	// (a count every source gives alike is set aside when one gives
	// another count of the noun too: "le 62 imbarcazioni in gara" and
	// "le sessantadue barche in gara" are the fleet, "Nove barche
	// si sono rovesciate" and "diciotto imbarcazioni si sono capovolte"
	// the one count they differ on)
	common := map[string]map[string]bool{}
	for k, bySource := range counts {
		if len(bySource) < 2 {
			continue
		}
		several := false
		for _, vs := range bySource {
			several = several || len(vs) > 1
		}
		if !several {
			continue
		}
		for v := range bySource[firstSource(bySource)] {
			all := true
			for _, vs := range bySource {
				all = all && vs[v]
			}
			if all {
				if common[k] == nil {
					common[k] = map[string]bool{}
				}
				common[k][v] = true
			}
		}
		for v := range common[k] {
			for _, vs := range bySource {
				delete(vs, v)
			}
		}
	}
	keyedSlotWhere(func(x *Sentence, p Quantity) (string, bool) {
		k, ok := nounKey(x, p)
		return k, ok && !common[k][p.Value] && !other[x]
	}, nil,
		func(k string, x, y *Sentence) bool {
			// (each source's one count of it, once the values the two
			// share are set aside: "41.000 Fahrzeuge" · "44.000
			// Fahrzeuge" beside the "9.800 Autos" in Germany)
			if !sourceValues(counts).once(k, x, y) {
				return false
			}
			// (in the other languages, whose verbs no slot reads,
			// sentences naming nothing must say something else alike of
			// what they count: "Veertig woningen zijn onbewoonbaar
			// verklaard" and "Zestig woningen werden ontruimd" tell two
			// things)
			// (or the two list the same things counted, two of them or
			// more, whatever they name: "More than 50 vessels and 60
			// aircraft are involved" · "… in the Baltic Sea …, involving
			// … 45 ships and 80 aircraft")
			// (or, in one day's reports, they name the same place or
			// thing: "robó … nueve piezas de orfebrería del Museo … Santa
			// Clara" · "se llevaron once piezas" of the museum the article
			// names; not a season's tallies, which players and seasons
			// tell apart)
			// (one of them naming nothing, in one day's reports, the same:
			// "Der Joghurt wurde in rund 860 Filialen verkauft" · "Der Händler
			// hatte den Joghurt in seinen rund 680 Filialen in ganz
			// Österreich angeboten")
			return len(x.Names) == 0 && len(y.Names) == 0 && (langOf(x) == "" || sharesOtherStem(x, y, strings.TrimPrefix(k, "number of "))) ||
				(len(x.Names) == 0) != (len(y.Names) == 0) && langOf(x) != "" && daysApart(x, y) <= 1 && sharesOtherStem(x, y, strings.TrimPrefix(k, "number of ")) ||
				a.linked(x, y) || sameCountedList(x, y) && !a.personSubject(x) && !a.personSubject(y) ||
				daysApart(x, y) <= 1 && !tallyNouns[strings.TrimPrefix(k, "number of ")] && (len(x.Names) > 0 && sharesName(x, y) || a.namedInEach(x, y))
		}, true)
	// A share of a noun in the other languages ("el 64 % de los clientes
	// afectados" · "el 71 por ciento de los clientes"), each source's one
	// share of it, in one day's reports saying something else alike, and
	// naming the same when both name anything.
	shareKey := func(x *Sentence, p Quantity) (string, bool) {
		if langOf(x) == "" {
			return "", false
		}
		n, ok := shareOfIn(x.Text, p)
		if !ok {
			return "", false
		}
		return "share of " + n, true
	}
	shares := valuesBySource(a.stmts, shareKey)
	keyedSlotWhere(shareKey, nil, func(k string, x, y *Sentence) bool {
		return shares.once(k, x, y) && daysApart(x, y) <= 1 && (len(x.Names) == 0 || len(y.Names) == 0 || sharesName(x, y)) &&
			sharesOtherStem(x, y, strings.TrimPrefix(k, "share of "))
	}, true)
	// A price per unit, when no other slot read it ("US$ 4,35 la libra" · "US$ 4,53 por libra"), each
	// source's one per unit, of one day's reports.
	// (whatever the sentences' subjects, when the words before the two
	// prices name one thing: "un precio promedio del cobre de")
	lenient = func(_ string, x *Sentence, p Quantity, y *Sentence, q Quantity) bool {
		return sameWordsBefore(x.Text, p, y.Text, q, 4)
	}
	onceEachADay(func(x *Sentence, p Quantity) (string, bool) { return pricePerUnit(x.Text, p) })
	lenient = nil
	// A span of years, its start or its end, told with the same verb
	// ("built between 2022 and 2025" · "made from 2021 to 2025").
	keyedSlot(func(x *Sentence, p Quantity) (string, bool) { return yearRangeOf(x.Text, x.Quantities, p) }, nil)
	// A physical measure of one thing, however worded ("a column of ash
	// 10 kilometres into the sky" · "The ash column rose 12 kilometres";
	// "the exclusion zone around the crater to 6 kilometres" · "a
	// 7-kilometre radius around the crater"): figures of one dimension
	// whose clauses share a common noun, in statements of one scene, each
	// the only figure of its dimension in its sentence.
	var things keyed[string]
	for _, x := range a.stmts {
		if langOf(x) != "" {
			continue // (its nouns are read in English)
		}
		dims := map[string]int{}
		nounsOf := make([][]string, len(x.Quantities))
		for i, p := range x.Quantities {
			var dim string
			if comparedFigure(x.Text, p) {
				continue
			}
			if dim, nounsOf[i] = measuredThing(x.Text, p); dim != "" {
				dims[dim]++
				nounsOf[i] = append(nounsOf[i], dim) // its dimension last
			}
		}
		for _, nouns := range nounsOf {
			if n := len(nouns); n > 1 && dims[nouns[n-1]] == 1 {
				for _, noun := range nouns[:n-1] {
					things.add(nouns[n-1]+"|"+noun, x)
				}
			}
		}
	}
	thingNouns := map[*disc]int{} // per line of a measure, the nouns its name shares
	things.pairs(func(k string, x, y *Sentence) {
		if !sharesName(x, y) && !a.linked(x, y) && !a.namedInEach(x, y) {
			return
		}
		dim, _, _ := strings.Cut(k, "|")
		for _, p := range x.Quantities {
			dp, np := measuredThing(x.Text, p)
			if dp != dim {
				continue
			}
			for _, q := range y.Quantities {
				if dq, nq := measuredThing(y.Text, q); dq == dim && unitOf(x.Text, p) == unitOf(y.Text, q) && !otherSubjects(x, p, y, q) {
					var shared []string
					for _, n := range np {
						if slices.Contains(nq, n) {
							shared = append(shared, n)
						}
					}
					label := thingLabel(x.Text, p, y.Text, shared, dim)
					if bySpan[spanIn(x, p)] == nil || bySpan[spanIn(y, q)] == nil {
						keyedAbout = label
						consider(x, p, y, q)
						keyedAbout = ""
						if d := bySpan[spanIn(x, p)]; d != nil && d.about == label && thingNouns[d] == 0 {
							thingNouns[d] = len(shared)
						}
					}
					// a line named by a pair sharing one noun takes the
					// name of a pair sharing more ("ash" · "ash column")
					if d := bySpan[spanIn(x, p)]; d != nil && d == bySpan[spanIn(y, q)] && len(shared) > thingNouns[d] && d.about != label &&
						(thingNouns[d] > 0 || strings.HasSuffix(d.about, ")")) {
						d.about, thingNouns[d] = label, len(shared)
					}
				}
			}
		}
	})
	var measures, events, motions keyed[slotKey]
	for _, x := range a.Sentences {
		if !x.Statement && !shortStatement(x) || len(x.Quantities) == 0 {
			continue
		}
		for _, p := range x.Quantities {
			if k, ok := eventKey(p); ok && !attributiveDate(x.Text, p) {
				events.add(k, x)
			}
			if k, ok := motionKey(x.Text, p); ok {
				motions.add(k, x)
			}
			if (p.Kind == "count" || p.Kind == "percent") && len(p.After) >= 2 {
				measures.add(slotKey{p.Kind, p.After[0], p.After[1]}, x)
			}
		}
		// statements below LinkFloor are below sameContext too
		a.similarAfter(x, func(y *Sentence, sim float64) {
			if y.Source == x.Source || len(y.Quantities) == 0 || sim < sameContext {
				return
			}
			for _, p := range x.Quantities {
				for _, q := range y.Quantities {
					consider(x, p, y, q)
				}
			}
		})
	}
	// Two statements sharing a distinctive figure tell one fact however
	// they are worded ("Police estimated the crowd at 20,000, while
	// organisers said 80,000" · "Organisers said 80,000 …; police put the
	// figure at 25,000"): their other figures are compared.
	var anchors keyed[string]
	for _, x := range a.stmts {
		for _, q := range x.Quantities {
			if v, err := strconv.ParseFloat(q.Value, 64); err == nil && v >= 1000 && (q.Kind == "count" || q.Kind == "money") && !rateBase(x.Text, q) {
				anchors.add(q.Value, x)
			}
		}
	}
	anchors.pairs(func(v string, x, y *Sentence) {
		if len(x.Quantities) < 2 || len(y.Quantities) < 2 {
			return
		}
		for _, p := range x.Quantities {
			for _, q := range y.Quantities {
				// (figures in words and conversions in brackets,
				// "($141 billion)", are too loose for this)
				if p.Value != v && q.Value != v && p.Kind == q.Kind && writtenFigure(x.Text, p) && writtenFigure(y.Text, q) {
					consider(x, p, y, q)
				}
			}
		}
	})
	// A sentence too short to align ("Strait Lines has offered 3%.") is
	// set against a statement of another source that holds all its words
	// and names ("…, the operator, Strait Lines, has offered 3.5%").
	for _, x := range a.Sentences {
		if x.Statement || !shortStatement(x) || len(x.Quantities) == 0 || len(x.Names) == 0 || len(x.Stems) == 0 {
			continue
		}
		for _, y := range a.stmts {
			if y.Source == x.Source || len(y.Quantities) == 0 || !containsAll(y.Names, x.Names) || !containsAll(y.Stems, x.Stems) {
				continue
			}
			for _, p := range x.Quantities {
				for _, q := range y.Quantities {
					consider(x, p, y, q)
				}
			}
		}
	}
	// Two figures whose clauses tell the same thing of the same subject
	// ("The krone rose 0.6% against the euro" · "The krone strengthened
	// 0.8% against the euro"; "raised its main interest rate … to 4.5% on
	// Thursday" · "on Thursday increased its benchmark rate … to 4.75%"),
	// however little the rest of their sentences has in common.
	var subjects keyed[slotKey]
	frames := map[*Sentence][][]string{}
	for _, x := range a.Sentences {
		if !x.Statement && !shortStatement(x) || len(x.Quantities) == 0 {
			continue
		}
		fs := make([][]string, len(x.Quantities))
		for i, p := range x.Quantities {
			// (counts and sums so paired were too often two things:
			// two games' touchdowns, two teams' offers)
			// (counts so paired were too often two moments of one story:
			// "after four days of riots" · "eight days ago", comments
			// received by May and by now)
			if p.Kind != "percent" || roleOf(x.Text, p) == "from" {
				continue
			}
			var ok bool
			if fs[i], ok = clauseFrameIn(langOf(x), x.Text, x.Quantities, p); !ok {
				fs[i] = nil
				continue
			}
			// (a price's change, "shares rose 31%", moves all day: "29%
			// in early trading" is no other account of it; a risk cut "by
			// 30%" is one study's finding)
			if changeSize(x.Text, p) && marketFrame(fs[i]) {
				fs[i] = nil
				continue
			}
			for _, w := range fs[i] {
				if !changeOrTime[w] {
					subjects.add(slotKey{p.Kind, w, ""}, x)
				}
			}
		}
		frames[x] = fs
	}
	subjects.pairs(func(k slotKey, x, y *Sentence) {
		linked := a.linked(x, y)
		for i, p := range x.Quantities {
			for j, q := range y.Quantities {
				if p.Kind == k.kind && q.Kind == k.kind && slices.Contains(frames[x][i], k.first) && slices.Contains(frames[y][j], k.first) &&
					(linked || sharedSubject(p, q)) && sameFrame(frames[x][i], frames[y][j]) && !otherSubjects(x, p, y, q) &&
					sameBaseline(x.Text, p, y.Text, q) {
					subject = subjectWords(x.Text, p, frames[x][i], frames[y][j])
					consider(x, p, y, q)
					subject = ""
				}
			}
		}
	})
	// An event's day told with a verb of one kind ("began on Monday
	// evening" · "broke out on Tuesday afternoon"), in statements naming
	// something in common. Weekdays count: each was read against its own
	// article's date, so two read alike are one day.
	var days keyed[string]
	for _, x := range a.stmts {
		for _, p := range x.Quantities {
			if v, ok := dayVerb(x.Text, p); ok {
				days.add(v, x)
			}
		}
	}
	days.pairs(func(v string, x, y *Sentence) {
		// (a story has one ceasefire: its start needs no name in common;
		// one launch and one recall, told in sentences naming nothing:
		// "The 2,100-kilogram spacecraft lifted off on February 16")
		if (len(x.Names) == 0 || !sharesName(x, y)) && !a.namedInEach(x, y) && v != "start of the ceasefire" &&
			!(len(x.Names) == 0 && len(y.Names) == 0 && (v == "launch" || v == "recall")) {
			return
		}
		for _, p := range x.Quantities {
			if vp, okp := dayVerb(x.Text, p); !okp || vp != v {
				continue
			}
			for _, q := range y.Quantities {
				if vq, okq := dayVerb(y.Text, q); okq && vq == v {
					keyedAbout = "date of the " + v
					consider(x, p, y, q)
					keyedAbout = ""
				}
			}
		}
	})
	// A count told as a part of a whole ("Six of the train's eight
	// carriages left the tracks") against the same things counted in a
	// statement naming something in common ("Five carriages … came off the
	// rails"); the whole is no count of them.
	var parts keyed[string]
	partOf := map[*Sentence]map[int]bool{} // per statement, the starts of its parts
	for _, x := range a.stmts {
		for _, p := range x.Quantities {
			if noun, whole, ok := partWhole(x.Text, p); ok {
				if partOf[x] == nil {
					partOf[x] = map[int]bool{}
				}
				partOf[x][p.Start] = true
				partOf[x][whole] = false
				parts.add(noun, x)
			}
		}
	}
	for _, y := range a.stmts {
		for _, q := range y.Quantities {
			if noun, ok := countedNoun(y.Text, q); ok && parts.by[noun] != nil {
				if _, seen := partOf[y][q.Start]; !seen {
					parts.add(noun, y)
				}
			}
		}
	}
	parts.pairs(func(noun string, x, y *Sentence) {
		if !sharesName(x, y) && !a.linked(x, y) && !a.namedInEach(x, y) {
			return
		}
		counts := func(z *Sentence, r Quantity) (string, bool) {
			if part, seen := partOf[z][r.Start]; seen {
				if !part {
					return "", false // the whole
				}
				n, _, ok := partWhole(z.Text, r)
				return n, ok
			}
			return countedNoun(z.Text, r)
		}
		for _, p := range x.Quantities {
			for _, q := range y.Quantities {
				np, okp := counts(x, p)
				nq, okq := counts(y, q)
				if okp && okq && np == noun && nq == noun && (partOf[x][p.Start] || partOf[y][q.Start]) &&
					!complement(x, p, q) && !complement(y, q, p) && !otherSubjects(x, p, y, q) {
					keyedAbout = "number of " + plural(x.Text, p, y.Text, q)
					consider(x, p, y, q)
					keyedAbout = ""
				}
			}
		}
	})
	events.pairs(func(k slotKey, x, y *Sentence) {
		if (!sharesName(x, y) || len(x.Names) == 0) && !a.namedInEach(x, y) {
			return
		}
		for _, p := range x.Quantities {
			for _, q := range y.Quantities {
				kp, okp := eventKey(p)
				kq, okq := eventKey(q)
				if okp && okq && kp == k && kq == k && !attributiveDate(x.Text, p) && !attributiveDate(y.Text, q) {
					consider(x, p, y, q)
				}
			}
		}
	})
	motions.pairs(func(k slotKey, x, y *Sentence) {
		if !sharesName(x, y) {
			return
		}
		for _, p := range x.Quantities {
			for _, q := range y.Quantities {
				kp, okp := motionKey(x.Text, p)
				kq, okq := motionKey(y.Text, q)
				if okp && okq && kp == k && kq == k {
					consider(x, p, y, q)
				}
			}
		}
	})
	measures.pairs(func(_ slotKey, x, y *Sentence) {
		for _, p := range x.Quantities {
			for _, q := range y.Quantities {
				// (or a span of time, "after 14 minutes of bidding" · "after
				// 19 minutes of bidding", in one day's reports naming the
				// same thing)
				// (minutes and hours of an event over, a day apart too: the
				// night's report and the next day's)
				unit := measuredIn(x.Text, p)
				spanOfSameThing := p.Kind == "count" && unit != "" && spanStems()[unit] && (sharesName(x, y) || a.namedInEach(x, y)) &&
					(sameDay(x, y) || (unit == Stem("minutes") || unit == Stem("hours")) && daysApart(x, y) <= 1)
				if sameMeasure(p, q) && (p.Kind == "percent" || sameLimit(x.Text, p, y.Text, q) || spanOfSameThing) &&
					(bySpan[spanIn(x, p)] == nil || bySpan[spanIn(y, q)] == nil) {
					consider(x, p, y, q)
				}
			}
		}
	})
	// Last, a count each of two sources gives once in its whole article
	// after the same word ("de brug is 58 jaar oud" · "de 63 jaar oude
	// brug"; "312 operaciones" · "213 operaciones"), in sentences sharing
	// two words more, in reports a day apart at most: one fact told two
	// ways, whatever their sentences name. (A source giving the word two
	// counts tells two things.)
	uniqueKey := func(x *Sentence, p Quantity) (string, bool) {
		// (not spans of time, which sentences count from different
		// moments: "nearly four months after" · "within six months")
		if p.Kind != "count" || len(p.After) == 0 || p.After[0] == "" || tallyNouns[p.After[0]] || comparedFigure(x.Text, p) || clockUnits[p.After[0]] ||
			measuredIn(x.Text, p) != "" && spanStems()[measuredIn(x.Text, p)] {
			return "", false
		}
		return p.After[0], true
	}
	unique := valuesBySource(a.stmts, uniqueKey)
	var uniques keyed[string]
	for _, x := range a.stmts {
		for _, p := range x.Quantities {
			if k, ok := uniqueKey(x, p); ok {
				uniques.add(k, x)
			}
		}
	}
	uniques.pairs(func(k string, x, y *Sentence) {
		if !unique.once(k, x, y) || daysApart(x, y) > 1 || sharedStems(x, y, k) < 2 {
			return
		}
		for _, p := range x.Quantities {
			for _, q := range y.Quantities {
				kp, okp := uniqueKey(x, p)
				kq, okq := uniqueKey(y, q)
				if okp && okq && kp == k && kq == k && bySpan[spanIn(x, p)] == nil && bySpan[spanIn(y, q)] == nil {
					consider(x, p, y, q)
				}
			}
		}
	})
	// A line lists every article giving one of its values in a statement
	// close to one of its own and after the same words ("the fire was 15%
	// contained" in a third outlet, paired with neither).
	for _, k := range order {
		d := byKey[k]
		for _, m := range members[d] {
			if m.x.stmt < 0 || m.x.stmt >= len(a.near) {
				continue
			}
			for _, n := range a.near[m.x.stmt] {
				z := a.stmts[n.stmt]
				if z.Source == m.x.Source {
					continue
				}
				for _, r := range z.Quantities {
					v := d.valueFor(r)
					if v == "" || r.Kind != m.q.Kind || r.Value != m.q.Value || bySpan[spanIn(z, r)] != nil || d.gives(z.ArticleID()) ||
						!sameSlot(m.q, r) && !SameClause(m.x.Text, m.x.Quantities, m.q, z.Text, z.Quantities, r) {
						continue
					}
					d.add(v, z.ArticleID(), spanIn(z, r))
					bySpan[spanIn(z, r)] = d
				}
			}
		}
	}
	// A measure's or an event's line lists every article giving one of
	// its values for it, paired or not ("a 20% lower risk of dementia",
	// "won the Booker Prize in 1984" in a third outlet worded apart).
	for d, p := range measured {
		kp, event := eventKey(p)
		for _, z := range a.Sentences {
			if !z.Statement {
				continue
			}
			for _, r := range z.Quantities {
				kr, ok := eventKey(r)
				same := sameMeasure(p, r) || event && ok && kr == kp && !attributiveDate(z.Text, r)
				if !same || bySpan[spanIn(z, r)] != nil {
					continue
				}
				if v := d.valueFor(r); v != "" {
					d.add(v, z.ArticleID(), spanIn(z, r))
				}
			}
		}
	}
	var out []crossread.Discrepancy
	for _, k := range order {
		out = append(out, byKey[k].out())
	}
	return out
}

// firstSource is the lowest source of a map by source, so that a choice
// among them does not hang on the map's order.
func firstSource[V any](m map[int]V) int {
	first := -1
	for src := range m {
		if first < 0 || src < first {
			first = src
		}
	}
	return first
}

// roughlyEqual: one of the figures is given as rough or as a bound ("about
// $61 billion", "more than 60") and the other lies within a tenth of it.
func roughlyEqual(xs string, p Quantity, ys string, q Quantity) bool {
	if roundedFrom(p, q) || roundedFrom(q, p) {
		return true // "1,800 patients" · "1,795 patients": the one rounded
	}
	hp, hq := hedgeOf(xs, p), hedgeOf(ys, q)
	if hp == "" && hq == "" {
		return false
	}
	// "up to 28 hours" and "up to 30 hours": two claims of one limit.
	if hp == hq && hp != "rough" {
		return false
	}
	// "winds of up to 155 mph" is a limit a reported 170 mph breaks, not
	// a rough figure near it.
	pv0, _ := strconv.ParseFloat(strings.TrimPrefix(p.Value, currencyOf(p.Value)), 64)
	qv0, _ := strconv.ParseFloat(strings.TrimPrefix(q.Value, currencyOf(q.Value)), 64)
	if upTo(xs, p) && qv0 > pv0 || upTo(ys, q) && pv0 > qv0 {
		return false
	}
	pv, perr := strconv.ParseFloat(strings.TrimPrefix(p.Value, currencyOf(p.Value)), 64)
	qv, qerr := strconv.ParseFloat(strings.TrimPrefix(q.Value, currencyOf(q.Value)), 64)
	if perr != nil || qerr != nil || currencyOf(p.Value) != currencyOf(q.Value) || max(pv, qv) <= 0 {
		return false
	}
	// a bound the other figure breaks by more than a twentieth is no
	// rough figure near it: "más de 4.200 hectáreas" · "3.800 hectáreas"
	for _, b := range []struct {
		h      string
		bv, ov float64
	}{{hp, pv, qv}, {hq, qv, pv}} {
		if b.h == "lower" && b.ov < b.bv*0.95 || b.h == "upper" && b.ov > b.bv*1.05 {
			return false
		}
	}
	// a rough figure written with decimals is rough only to its last
	// digit or a few percent: "about 3.9 million" is not "4.2 million"
	tolerance := 0.1
	for _, r := range []struct {
		h    string
		text string
		v    float64
	}{{hp, p.Text, pv}, {hq, q.Text, qv}} {
		if r.h == "rough" {
			if step := roughStep(r.text, r.v); step > 0 {
				tolerance = min(tolerance, max(step/r.v, 0.03))
			}
		}
		// "una decina", "une quarantaine": about so many, a fifth or so
		// either way ("una decina di veicoli" · "12 veicoli")
		if r.h == "rough" && !strings.ContainsAny(r.text, "0123456789") && number.RoundCount(r.text) {
			tolerance = max(tolerance, 0.2)
		}
	}
	return math.Abs(pv-qv)/max(pv, qv) < tolerance
}

// roundedFrom: the count p, a thousand or more written to the hundred
// (or more zeros), is q rounded: q lies within half its step and a
// hundredth of it ("200,000" is no rounding of "180,000").
func roundedFrom(p, q Quantity) bool {
	// a percentage written whole is the other's rounded when that lies
	// within half a point of it ("fell 2%" · "closed down 2.1%")
	if p.Kind == "percent" && q.Kind == "percent" && !strings.ContainsAny(p.Text, ".,") && strings.ContainsAny(q.Text, ".,") {
		pv, err1 := strconv.ParseFloat(p.Value, 64)
		qv, err2 := strconv.ParseFloat(q.Value, 64)
		return err1 == nil && err2 == nil && math.Abs(pv-qv) < 0.5
	}
	if p.Kind != "count" || q.Kind != "count" {
		return false
	}
	pv, err1 := strconv.ParseFloat(p.Value, 64)
	qv, err2 := strconv.ParseFloat(q.Value, 64)
	if err1 != nil || err2 != nil || pv < 1000 || pv == qv {
		return false
	}
	step := 100.0
	for math.Mod(pv, step*10) == 0 && step < pv {
		step *= 10
	}
	return math.Mod(pv, step) == 0 && math.Abs(pv-qv) < step/2 && math.Abs(pv-qv) < pv/100
}

// upTo: the figure q of s is given as a limit, "up to" it.
func upTo(s string, q Quantity) bool {
	ws := Words(s[:min(q.Start, len(s))])
	n := len(ws)
	return n >= 2 && Fold(ws[n-2].Text) == "up" && Fold(ws[n-1].Text) == "to" && !clauseBreak(s[ws[n-1].End:q.Start])
}

// boundKept: one figure is a bound the other keeps ("more than 40
// states" · "48 states"; "at least 1,800 flights" · "more than 1,000").
func boundKept(xs string, p Quantity, ys string, q Quantity) bool {
	hp, hq := hedgeOf(xs, p), hedgeOf(ys, q)
	pv, perr := strconv.ParseFloat(strings.TrimPrefix(p.Value, currencyOf(p.Value)), 64)
	qv, qerr := strconv.ParseFloat(strings.TrimPrefix(q.Value, currencyOf(q.Value)), 64)
	if perr != nil || qerr != nil || currencyOf(p.Value) != currencyOf(q.Value) || kindClass(p.Kind) == "date" {
		return false
	}
	switch {
	case hp == "lower" && hq == "lower":
		return true
	case hp == "lower" && hq == "upper": // "more than 100 mph" · "up to 120 mph"
		return pv <= qv
	case hp == "upper" && hq == "lower":
		return qv <= pv
	case hp == "lower" && hq == "":
		return qv >= pv
	case hq == "lower" && hp == "":
		return pv >= qv
	case hp == "upper" && hq == "":
		return qv <= pv && (!nearBound(xs, p) || qv >= nearBoundFloor*pv)
	case hq == "upper" && hp == "":
		return pv <= qv && (!nearBound(ys, q) || pv >= nearBoundFloor*qv)
	}
	return false
}

// nearBoundFloor: "nearly 12 hours" is a little under 12, not any figure
// under it; "nine hours" is another account.
const nearBoundFloor = 0.85

// nearBound: the figure q of s is "nearly" or "almost" so much.
func nearBound(s string, q Quantity) bool {
	ws := Words(s[:q.Start])
	if len(ws) > 0 && (Fold(ws[len(ws)-1].Text) == "a" || Fold(ws[len(ws)-1].Text) == "an") {
		ws = ws[:len(ws)-1]
	}
	if len(ws) == 0 {
		return false
	}
	f := Fold(ws[len(ws)-1].Text)
	return f == "nearly" || f == "almost"
}

// hedged: the figure q of s is given as rough or as a bound.
func hedged(s string, q Quantity) bool { return hedgeOf(s, q) != "" }

// hedgeOf says how the figure q of s is hedged: "rough" ("about 60"),
// "upper" ("up to 93mph", "nearly 40"), "lower" ("at least 9", "more
// than 60"), or "" for a figure given as it is.
func hedgeOf(s string, q Quantity) string {
	// "une quarantaine", "una ventina": a round count is rough itself
	if !strings.ContainsAny(q.Text, "0123456789 ") && number.RoundCount(q.Text) {
		return "rough"
	}
	ws := Words(s[:q.Start])
	word := func(k int) string {
		if k > len(ws) {
			return ""
		}
		return Fold(ws[len(ws)-k].Text)
	}
	w1, w2 := word(1), word(2)
	if w1 == "a" || w1 == "an" { // "about a 20% rise"
		w1, w2 = w2, word(3)
	}
	switch {
	case w1 == "about" || w1 == "around" || w1 == "roughly" || w1 == "some" || w1 == "approximately" ||
		w1 == "estimated" || w1 == "circa" || w1 == "approx" || w1 == "to" && w2 == "close":
		return "rough"
	case w1 == "nearly" || w1 == "almost" || w1 == "under" || w1 == "below" || w1 == "to" && w2 == "up" ||
		w1 == "than" && (w2 == "less" || w2 == "fewer"):
		return "upper"
	case w1 == "over" || w1 == "above" || w1 == "upwards" || w1 == "exceeding" || w1 == "least" && w2 == "at" || w1 == "than" && w2 == "more":
		return "lower"
	}
	// (a German demand or document "über" a sum is for that sum:
	// "eine Lösegeldforderung über 2,5 Millionen Euro", "eine Rechnung
	// über 300 Euro")
	if w1 == "uber" && amountNoun(w2) {
		return ""
	}
	// the other languages read: "más de 7.000", "unos 200", "rund 80",
	// "près de 400", "quasi 300", "ruim 2.400"
	switch {
	case w1 == "unos" || w1 == "unas" || w1 == "environ" || w1 == "etwa" || w1 == "rund" || w1 == "circa" || w1 == "ongeveer" ||
		w1 == "cerca" && w2 == "" || w1 == "de" && (w2 == "cerca" || w2 == "alrededor" || w2 == "pres") || w1 == "di" && w2 == "circa" ||
		w1 == "quelque" || w1 == "ungefahr" || w1 == "zo'n" || w1 == "zowat" || w1 == "aproximadamente":
		return "rough"
	case w1 == "casi" || w1 == "presque" || w1 == "fast" || w1 == "quasi" || w1 == "quase" || w1 == "bijna" || w1 == "knapp":
		return "upper"
	case w1 == "de" && (w2 == "mas" || w2 == "plus" || w2 == "mais") || w1 == "als" && w2 == "mehr" || w1 == "di" && w2 == "piu" ||
		w1 == "dan" && w2 == "meer" || w1 == "oltre" || w1 == "uber" || w1 == "ruim" || w1 == "mindestens" || w1 == "almeno" ||
		w1 == "minstens" || w1 == "menos" && w2 == "al" || w1 == "moins" && w2 == "au" || w1 == "menos" && w2 == "pelo":
		return "lower"
	}
	return ""
}

// amountNoun: the folded German noun f is a demand or a document made out
// for a sum ("Forderung", "Rechnung", "Scheck", "Kredit", "Auftrag",
// "Bescheid"), compounds included.
func amountNoun(f string) bool {
	for _, n := range []string{"forderung", "rechnung", "scheck", "kredit", "auftrag", "bescheid", "vertrag", "darlehen", "burgschaft", "klage"} {
		if strings.HasSuffix(f, n) || strings.HasSuffix(f, n+"en") || strings.HasSuffix(f, n+"e") {
			return true
		}
	}
	return false
}

// farApart: two amounts more than twice apart are two things ("$60
// billion for Ukraine", "$10 billion in humanitarian aid"), not one told
// two ways.
// withUnitsApart gives where the figures p of xs and q of ys end with
// their units' words, when the two are told in two units of one measure.
func withUnitsApart(xs string, p Quantity, ys string, q Quantity) (int, int, bool) {
	up, uq := unitOf(xs, p), unitOf(ys, q)
	if up == uq || unitSize[up].measure == "" || unitSize[up].measure != unitSize[uq].measure || unitSize[up].size == unitSize[uq].size {
		return 0, 0, false // ("183 km" · "178,5 kilomètres": one unit)
	}
	unitEnd := func(s string, r Quantity) int {
		if w := firstWords(s[r.End:], 1); len(w) == 1 && w[0].Start <= 1 {
			return r.End + w[0].End
		}
		return r.End // glued on: "148cm"
	}
	return unitEnd(xs, p), unitEnd(ys, q), true
}

// unitWordsEnd is where the figure r of s ends with its unit's word:
// "50 metros", "una ventina di metri", "14km".
func unitWordsEnd(s string, r Quantity) int {
	ws := firstWords(s[min(r.End, len(s)):], 2)
	if len(ws) == 0 || ws[0].Start > 1 {
		return r.End // glued on, or none
	}
	f := Fold(ws[0].Text)
	switch {
	case foreignUnits[f] != "" || unitSize[unitOf(s, r)].measure != "":
		return r.End + ws[0].End
	case (f == "di" || f == "de") && len(ws) == 2 && foreignUnits[Fold(ws[1].Text)] != "":
		return r.End + ws[1].End
	}
	return r.End
}

// farApartIn is farApart with q told in p's unit, when their units
// differ but measure one thing ("1,31 metri" · "127 centimetri").
func farApartIn(xs string, p Quantity, ys string, q Quantity) bool {
	if v, ok := inUnitOf(ys, q, xs, p); ok && unitOf(xs, p) != unitOf(ys, q) {
		q.Value = strconv.FormatFloat(v, 'f', -1, 64)
	}
	return farApart(p, q)
}

func farApart(p, q Quantity) bool {
	if kindClass(p.Kind) == "date" {
		return false
	}
	pv, perr := strconv.ParseFloat(strings.TrimPrefix(p.Value, currencyOf(p.Value)), 64)
	qv, qerr := strconv.ParseFloat(strings.TrimPrefix(q.Value, currencyOf(q.Value)), 64)
	if perr != nil || qerr != nil || min(pv, qv) <= 0 {
		return false
	}
	return max(pv, qv) > 2*min(pv, qv)
}

// personAge: q is a named person's age as the age pass reads it ("Benn,
// 52,", "a 34-year-old"), which it sets against the others per person.
// agedWord: rest, lower case, opens with a word of years of age in the
// other languages read.
func agedWord(rest string) bool {
	for _, w := range []string{" anos", " años", " ans", " anni", " jahre", " jahren"} {
		if strings.HasPrefix(rest, w) && (len(rest) == len(w) || !unicode.IsLetter(rune(rest[len(w)]))) {
			return true
		}
	}
	return false
}

// matchMinute: the count q of s is a match's minute written with a
// prime ("al 34'", "à la 37’").
func matchMinute(s string, q Quantity) bool {
	if q.Kind != "count" || q.End >= len(s) {
		return false
	}
	return strings.HasPrefix(s[q.End:], "'") || strings.HasPrefix(s[q.End:], "’") || strings.HasPrefix(s[q.End:], "′")
}

// ageFigure: the count q of s is told as someone's years of age ("a
// 34-year-old", "een 81-jarige", "der 43-Jährige", "67 ans").
func ageFigure(s string, q Quantity) bool {
	if q.Kind != "count" || q.End > len(s) {
		return false
	}
	rest := strings.ToLower(s[q.End:])
	for _, w := range []string{"-year-old", " years old", "-jarig", "-jährig", " jaar oud", "-enne", "-anni"} {
		if strings.HasPrefix(rest, w) {
			return true
		}
	}
	if !agedWord(rest) {
		return false
	}
	// "seit über dreißig Jahren", "depuis 30 ans", "desde hace 12 años":
	// how long, no age
	ws := Words(s[:q.Start])
	for k := len(ws) - 1; k >= 0 && k >= len(ws)-3; k-- {
		f := Fold(ws[k].Text)
		if durationOpeners[f] {
			return false
		}
		if !hedgeWords[f] && !foreignHedges[f] && f != "mas" && f != "mehr" && f != "als" && f != "plus" && f != "de" && f != "hace" && f != "uber" {
			break
		}
	}
	return true
}

// durationOpeners open a span of years in the languages read.
var durationOpeners = setOfWords(`seit since for depuis pendant desde durante hace da per sinds gedurende`)

// ageOfTheDead: the count q of s is an age, in a sentence telling of a
// death ("killed", "a perdu la vie", "murió", "ist gestorben").
func ageOfTheDead(s string, q Quantity) bool {
	return ageFigure(s, q) && tellsOfADeath(s)
}

// tellsOfADeath: s tells that someone died, in a word of death, a phrase
// of one, or the one victim of a disaster where nobody is said hurt ("La
// vittima è una donna di 71 anni", "The victim, a 70-year-old man, …").
func tellsOfADeath(s string) bool {
	victim, hurt := false, false
	for _, w := range Words(s) {
		f := Fold(w.Text)
		if deathWord(f) {
			return true
		}
		victim = victim || oneVictim[f]
		hurt = hurt || tollWords[f] != "" || hospitalWords[f]
	}
	if victim && !hurt {
		return true
	}
	low := strings.ToLower(s)
	for _, p := range deathPhrases {
		if strings.Contains(low, p) {
			return true
		}
	}
	return false
}

// oneVictim is a victim, one, in the languages read (folded).
var oneVictim = setOfWords(`victim vittima victima victime vitima opfer todesopfer slachtoffer`)

// ageOfOneNamedDead: the count q of x is the age of the one the sentence
// names as who died in the sentence before: "The river claimed a life.
// It was Anna Roe, 81, …" ("Si tratta di …", "Il s'agit de …").
func ageOfOneNamedDead(x *Sentence, q Quantity) bool {
	if x.prev == nil || !ageFigure(x.Text, q) {
		return false
	}
	low := strings.ToLower(strings.TrimSpace(x.Text))
	if !slices.ContainsFunc(identifiedAs, func(p string) bool { return strings.HasPrefix(low, p) }) {
		return false
	}
	return tellsOfADeath(x.prev.Text)
}

// identifiedAs open a sentence that names who the one before spoke of.
var identifiedAs = []string{"si tratta di ", "se trata de ", "il s'agit de ", "il s’agit de ", "trata-se de ", "es handelt sich um ",
	"het gaat om ", "he was identified as ", "she was identified as ", "he was named as ", "she was named as "}

// deathPhrases tell a death in words no toll reads alone ("a perdu la
// vie", "kam jede Hilfe zu spät", "erlag seinen Verletzungen").
var deathPhrases = []string{"perdu la vie", "perdió la vida", "perso la vita", "perdeu a vida", "hilfe zu spät", "erlag ", "erlagen ",
	"trouvé la mort", "encontró la muerte", "trovato la morte", "encontrou a morte", "ums leben",
	"succombé", "sucumbió", "soccombuto", "sucumbiu", "overleed", "overleden"}

func personAge(s string, q Quantity) bool {
	if q.Kind != "count" || q.End > len(s) {
		return false
	}
	rest := strings.ToLower(s[q.End:])
	if strings.HasPrefix(rest, "-year-old") || strings.HasPrefix(rest, " years old") || strings.HasPrefix(rest, "-years-old") {
		return true
	}
	// the other languages' "Prado, de 54 anos,", "Jean Dupont, 34 ans,",
	// "Aos 55 anos, Prado …"
	if agedWord(rest) {
		ws := Words(s[:q.Start])
		from, opener := q.Start, ""
		if k := len(ws) - 1; k >= 0 {
			switch f := Fold(ws[k].Text); f {
			case "de", "di", "com", "agee", "age", "aos", "los", "a", "mit":
				from, opener = ws[k].Start, f
			}
		}
		head := strings.TrimRight(s[:from], " ")
		if head == "" || strings.HasSuffix(head, ",") || opener == "aos" || opener == "mit" {
			return true
		}
	}
	before := strings.TrimRight(s[:q.Start], " ")
	if !strings.HasSuffix(before, ",") || !strings.HasPrefix(rest, ",") {
		return false
	}
	ws := Words(before)
	if len(ws) == 0 {
		return false
	}
	r, _ := utf8.DecodeRuneInString(ws[len(ws)-1].Text)
	return unicode.IsUpper(r)
}

// ownSlot: q is a toll, a vote's split or a job cut, which the toll pass
// sets against the others with its own slot and words.
func ownSlot(s string, q Quantity) bool {
	if q.Kind == "tally" || personAge(s, q) {
		return true
	}
	_, _, _, ok := tollOf(s, q)
	return ok
}

// andWords join two nouns, in the languages read.
var andWords = setOfWords(`and e y et und en`)

// ownSlots: either of two figures a slot would set against each other
// has a slot of its own. The passengers a class counts may be those one
// source tells on board ("A bordo si trovavano 2.314 passeggeri" · "i
// 2.140 passeggeri della nave"); two told on board are the toll pass's.
func ownSlots(keyed, xs string, p Quantity, ys string, q Quantity) bool {
	if keyed == "number of passengers" {
		bp, bq := passengersOnBoard(xs, p), passengersOnBoard(ys, q)
		if bp != bq {
			return bp && ownSlot(ys, q) || bq && ownSlot(xs, p)
		}
	}
	// (a class's members all moved to safety are its count: "De 21
	// bemanningsleden werden in veiligheid gebracht" · "De 22
	// bemanningsleden konden het schip … verlaten")
	if keyed == "number of crew" {
		return hurtOrKilled(xs, p) || hurtOrKilled(ys, q)
	}
	// (the person pass sets two ages of a named person against each
	// other; one unnamed is the dead's, "La vittima, di 71 anni" · "Si
	// tratta di Anna Roe, 77 anni")
	if keyed == "age of the dead" {
		return personAge(xs, p) && personAge(ys, q)
	}
	// (a venue's size in spectators, "da 12.000 spettatori", is the toll
	// pass's crowd only beside another crowd)
	if keyed == "capacity" {
		return ownSlot(xs, p) && ownSlot(ys, q)
	}
	return ownSlot(xs, p) || ownSlot(ys, q)
}

// namedCountAgainstOther: of two counts of a noun, one a toll's, the
// other names the noun as what it counts ("Sono cinque i pazienti
// ricoverati" · "Sale a otto il numero dei pazienti positivi"): the two
// are the noun's, not the toll's alone.
func namedCountAgainstOther(keyed string, x *Sentence, p Quantity, y *Sentence, q Quantity) bool {
	if !strings.HasPrefix(keyed, "number of ") || ownSlot(x.Text, p) && ownSlot(y.Text, q) {
		return false
	}
	named := func(z *Sentence, r Quantity) bool {
		_, ok := foreignNumberOf(langOf(z), z.Text, r, Words(z.Text[:min(r.Start, len(z.Text))]))
		return ok && langOf(z) != ""
	}
	return named(x, p) || named(y, q)
}

// hurtOrKilled: the count q of s is a toll other than the moved or saved.
func hurtOrKilled(s string, q Quantity) bool {
	t, _, _, ok := tollOf(s, q)
	return ok && t != "displaced or evacuated" && t != "rescued or survived" && t != "on board"
}

// passengersOnBoard: the count q of s is read as those on board, and
// counts passengers alone (not "some 420 passengers and crew").
func passengersOnBoard(s string, q Quantity) bool {
	if q.End > len(s) {
		return false
	}
	ws := firstWords(s[q.End:], 3)
	if len(ws) == 3 && andWords[Fold(ws[1].Text)] && crewWords[Fold(ws[2].Text)] {
		return false
	}
	t, _, _, ok := tollOf(s, q)
	return ok && t == "on board"
}

func hasSameValue(qs []Quantity, q Quantity) bool {
	for _, p := range qs {
		// (of its kind: a "30-minute walk" holds no share of 30%)
		if kindClass(p.Kind) == kindClass(q.Kind) && sameValue(p, q) {
			return true
		}
	}
	return false
}

// hasSameCount: qs, the figures of s, hold q's value as a count told in
// no unit or span ("three armed robbers", not "three hours").
func hasSameCount(s string, qs []Quantity, q Quantity) bool {
	for _, r := range qs {
		if r.Value == q.Value && r.Kind == q.Kind && measuredIn(s, r) == "" {
			return true
		}
	}
	return false
}

func sharedContext(p, q Quantity) []string {
	var out []string
	ctx := map[string]bool{}
	for _, w := range append(append([]string{}, p.Before...), p.After...) {
		ctx[w] = true
	}
	for _, w := range append(append([]string{}, q.Before...), q.After...) {
		if ctx[w] {
			out = append(out, w)
			delete(ctx, w)
		}
	}
	sort.Strings(out)
	return out
}

func spanIn(x *Sentence, q Quantity) crossread.Span {
	return crossread.Span{ArticleID: x.ArticleID(), Start: x.Span.Start + q.Start, End: x.Span.Start + q.End}
}

// labelPrepositions open no label: the noun before them does.
var labelPrepositions = setOfWords(`of in on at for with to by from into over under`)

// slotWords is the few words before a quantity, as written, from the
// start of its clause, and the word after it that says what it counts:
// what it measures ("left about 2 million homes", "gusts of up to 93").
func slotWords(s string, q Quantity) string {
	ws := Words(s[:q.Start])
	from := max(0, len(ws)-4)
	for i := len(ws) - 1; i >= from; i-- {
		// a clause begins after a comma or a conjunction
		if i > 0 && strings.ContainsAny(s[ws[i-1].End:ws[i].Start], ",;:(") {
			from = i
			break
		}
		if f := Fold(ws[i].Text); f == "and" || f == "but" || f == "as" || f == "while" {
			from = i + 1
			break
		}
	}
	// "of Valdoria after winning 52.3%" reads from the noun before the
	// preposition: "president of Valdoria after winning 52.3%"
	for k := 0; k < 2 && from > 0 && from < len(ws) && labelPrepositions[Fold(ws[from].Text)] &&
		!strings.ContainsAny(s[ws[from-1].End:ws[from].Start], ",;:(") && !IsStop(Fold(ws[from-1].Text)); k++ {
		from--
	}
	end := q.End
	if c := withCounted(s, q); c != q.Text {
		end = q.Start + len(c)
	}
	if from >= len(ws) {
		return strings.TrimSpace(s[q.Start:end])
	}
	return strings.TrimSpace(s[ws[from].Start:end])
}

// nameList is a run of two or more names separated by commas or "and":
// the members of a group as one outlet lists them.
type nameList struct {
	Start, End int
	Text       string
	Items      [][]string // NameKey of each word, per item
	Names      []string   // each item as written
}

// memberKey names the list's members, each by its words' keys, in any
// order: the same members listed otherwise are the same list.
func (l nameList) memberKey(aliases map[string]string) string {
	items := make([]string, 0, len(l.Items))
	for i, it := range l.Items {
		// a member named by another alias the entity stage knows ("the
		// U.S." · "America") is the same member
		if i < len(l.Names) {
			name := Fold(l.Names[i])
			if key := aliases[name]; key != "" {
				items = append(items, key)
				continue
			}
			if key := aliases[strings.TrimPrefix(name, "the ")]; key != "" {
				items = append(items, key)
				continue
			}
		}
		items = append(items, strings.Join(it, " "))
	}
	slices.Sort(items)
	return strings.Join(items, "|")
}

func (l nameList) keys() map[string]bool {
	out := map[string]bool{}
	for _, it := range l.Items {
		for _, k := range it {
			out[k] = true
		}
	}
	return out
}

// nameLists finds the lists of names in s: two or more names, the last
// after "and" ("&", "as well as"). Names joined by commas alone are one
// name and what qualifies it ("Santa Rosa, California"; "Regina
// Benjamin, M.D."; "Newton Street, Millom"), not a list.
func nameLists(s string) []nameList { return nameListsIn(s, nil) }

// nameListsIn is nameLists where common reports words the story writes in
// lower case: one opening the sentence before a comma ("Today, Ken
// Salazar and Gary Locke") is capitalised as the first word, no member.
func nameListsIn(s string, common func(fold string) bool) []nameList {
	ws := Words(s)
	type item struct {
		start, end int
		keys       []string
	}
	var items []item
	nameWord := func(w string) bool {
		f := Fold(w)
		return capitalised(w) && !IsStop(f) && !calendarWords[f]
	}
	for i := 0; i < len(ws); i++ {
		if !nameWord(ws[i].Text) {
			continue
		}
		it := item{start: ws[i].Start, end: ws[i].End, keys: []string{NameKey(ws[i].Text)}}
		j := i + 1
		for j < len(ws) {
			gap := s[ws[j-1].End:ws[j].Start]
			// "Twitter's CEO Jack Dorsey", "Gen. Kenneth McKenzie": one
			// member, not two.
			if g := strings.TrimSpace(gap); g != "" && !(nameWord(ws[j].Text) && (possessive(g) || g == "." && titleAbbrev[Fold(ws[j-1].Text)])) {
				break
			}
			w := ws[j].Text
			if nameWord(w) {
				it.end = ws[j].End
				it.keys = append(it.keys, NameKey(w))
				j++
				continue
			}
			// "Bank of England"
			if (w == "of" || w == "al" || w == "de") && j+1 < len(ws) && capitalised(ws[j+1].Text) && strings.TrimSpace(s[ws[j].End:ws[j+1].Start]) == "" {
				j++
				continue
			}
			break
		}
		if len(items) == 0 && j == i+1 && common != nil && strings.TrimSpace(s[:ws[i].Start]) == "" &&
			j < len(ws) && strings.TrimSpace(s[ws[i].End:ws[j].Start]) == "," && common(Fold(ws[i].Text)) {
			continue
		}
		i = j - 1
		// "Nick Clegg, Facebook's vice president": a possessive that no
		// name follows qualifies the next words; it is no member.
		if strings.HasSuffix(s[:it.end], "'s") || strings.HasSuffix(s[:it.end], "’s") {
			it.keys = nil
		}
		items = append(items, it)
	}
	separator := func(gap string) bool {
		g := strings.ToLower(strings.Join(strings.Fields(gap), " "))
		switch g {
		case ",", ", and", "and", ", the", "and the", ", and the", "&", ", &", ", as well as", "as well as":
			return true
		}
		return false
	}
	var out []nameList
	for i := 0; i < len(items); {
		if items[i].keys == nil {
			i++
			continue
		}
		j := i + 1
		closed := false // an "and" has come: the list's last member follows it
		for j < len(items) && items[j].keys != nil && !closed && separator(s[items[j-1].end:items[j].start]) {
			g := strings.TrimSpace(s[items[j-1].end:items[j].start])
			closed = strings.Contains(g, "and") || strings.Contains(g, "&") || strings.Contains(g, "as well as")
			j++
		}
		if j-i >= 2 && closed {
			start := items[i].start
			if start >= 4 && strings.EqualFold(s[start-4:start], "the ") {
				start -= 4
			}
			l := nameList{Start: start, End: items[j-1].end, Text: s[start:items[j-1].end]}
			for _, it := range items[i:j] {
				l.Items = append(l.Items, it.keys)
				l.Names = append(l.Names, s[it.start:it.end])
			}
			out = append(out, l)
		}
		i = j
	}
	return out
}

// possessive: "'s" or "’s", as a gap between words holds it.
func possessive(g string) bool { return g == "'s" || g == "’s" }

// titleAbbrev are the abbreviated titles written with a full stop before
// a name.
var titleAbbrev = map[string]bool{"gen": true, "lt": true, "col": true, "maj": true, "capt": true, "adm": true,
	"sgt": true, "sen": true, "rep": true, "gov": true, "dr": true, "mr": true, "mrs": true, "ms": true,
	"prof": true, "rev": true, "st": true, "pres": true, "amb": true}

func capitalised(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

func sharedDate(x, y *Sentence) string {
	for _, p := range x.Quantities {
		if p.Kind != "year" && p.Kind != "date" {
			continue
		}
		for _, q := range y.Quantities {
			if sameValue(p, q) {
				return p.Text
			}
		}
	}
	return ""
}

func (a *Alignment) memberDiscrepancies() []crossread.Discrepancy {
	var out []crossread.Discrepancy
	// the sentences holding a list, with their lists' keys and the name
	// keys of all their words, worked out once
	type listed struct {
		x     *Sentence
		lists []nameList
		keys  []map[string]bool
		words map[string]bool
	}
	var ls []*listed
	for _, x := range a.Sentences {
		if !x.Statement {
			continue
		}
		if l := nameListsIn(x.Text, func(f string) bool { return a.lowercase[f] }); len(l) > 0 {
			e := &listed{x: x, lists: l}
			for _, nl := range l {
				e.keys = append(e.keys, nl.keys())
			}
			ls = append(ls, e)
		}
	}
	nameKeys := func(e *listed) map[string]bool {
		if e.words == nil {
			e.words = map[string]bool{}
			for _, w := range Words(e.x.Text) {
				e.words[NameKey(w.Text)] = true
			}
		}
		return e.words
	}
	byStmt := make(map[*Sentence]*listed, len(ls))
	for _, e := range ls {
		byStmt[e.x] = e
	}
	// Lists that differ pairwise are gathered into one discrepancy per set
	// of lists linked so: an outlet's list set against each of three
	// others is one line with four lists, not three lines.
	type listAt struct {
		x  *Sentence
		li int
	}
	lists := newSets[listAt]()
	dates := map[listAt]string{} // per pair's first list: the date the pair shares
	var firsts []listAt
	for _, ex := range ls {
		x := ex.x
		// a pair below LinkFloor is never compared
		a.similarAfter(x, func(y *Sentence, sim float64) {
			ey := byStmt[y]
			if ey == nil || y.Source == x.Source {
				return
			}
			date := sharedDate(x, y)
			if sim < SameFact && (date == "" || sim < LinkFloor) {
				return
			}
			for li, lx := range ex.lists {
				for lj, ly := range ey.lists {
					if len(lx.Items) < 3 && len(ly.Items) < 3 {
						continue
					}
					kx, ky := ex.keys[li], ey.keys[lj]
					shared := 0
					for k := range kx {
						if ky[k] {
							shared++
						}
					}
					if shared < 2 {
						continue
					}
					// A member one list lacks counts only when the other
					// sentence does not mention it at all. A member is
					// known by its last word, the surname or the name
					// itself, not by the titles before it ("CEO Mark
					// Zuckerberg" and "CEOs Mark Zuckerberg" are one).
					onlyX := a.missingMembers(lx, ky, nameKeys(ey), ey.x)
					onlyY := a.missingMembers(ly, kx, nameKeys(ex), ex.x)
					if onlyX == 0 && onlyY == 0 {
						continue
					}
					p, q := listAt{x, li}, listAt{y, lj}
					lists.union(p, q)
					if _, ok := dates[p]; !ok {
						firsts = append(firsts, p)
					}
					dates[p] = date
				}
			}
		})
	}
	// A set's date is the one all its pairs share.
	dateOf := map[listAt]string{}
	mixed := map[listAt]bool{}
	for _, p := range firsts {
		r := lists.find(p)
		if d, ok := dateOf[r]; ok && d != dates[p] {
			mixed[r] = true
		}
		dateOf[r] = dates[p]
	}
	for _, group := range lists.groups() {
		r := lists.find(group[0])
		about := "who is listed"
		if d := dateOf[r]; d != "" && !mixed[r] {
			about += " (" + d + ")"
		}
		d := &disc{about: about, kind: KindMembers}
		// Lists of the same members ("Europe, the Middle East and Asia",
		// "Europe, the Middle East, and Asia") are one variant.
		shown := map[string]string{}
		for _, k := range group {
			l := byStmt[k.x].lists[k.li]
			id := k.x.ArticleID()
			members := l.memberKey(a.aliases)
			if _, ok := shown[members]; !ok {
				shown[members] = l.Text
			}
			d.add(shown[members], id, crossread.Span{ArticleID: id, Start: k.x.Span.Start + l.Start, End: k.x.Span.Start + l.End})
		}
		if len(d.values) >= 2 {
			out = append(out, d.out())
		}
	}
	return out
}

// aliasOf is the entity key of a name as a list writes it, "the" or not.
func (a *Alignment) aliasOf(name string) string {
	f := Fold(name)
	if key := a.aliases[f]; key != "" {
		return key
	}
	return a.aliases[strings.TrimPrefix(f, "the ")]
}

// missingMembers counts the members of l whose last word is neither in
// the other list's keys nor anywhere in the other sentence y (inOther:
// the name keys of all its words), and that y does not name another way
// the entity stage knows ("the U.S." for "the United States").
func (a *Alignment) missingMembers(l nameList, other, inOther map[string]bool, y *Sentence) int {
	n := 0
	for i, it := range l.Items {
		if len(it) == 0 {
			continue
		}
		if k := it[len(it)-1]; other[k] || inOther[k] {
			continue
		}
		if i < len(l.Names) {
			if key := a.aliasOf(l.Names[i]); key != "" && slices.Contains(y.Names, key) {
				continue
			}
		}
		n++
	}
	return n
}

// spelling is one way a source writes a name word.
type spelling struct {
	form     string // as written
	fold     string
	key      string
	articles map[string]bool
	sources  map[int]bool
	langs    map[string]bool // the languages of the articles writing it ("" unknown)
	// inText: written in a sentence, not only in a heading whose title
	// case capitalises any word ("Angels Regains Lead").
	inText bool
	// mid: written inside a sentence, not only opening one, where any
	// word is capitalised ("Pesanti disagi …", "Pesante il bilancio").
	mid bool
	// person: a word of a person's name, as the entity stage found
	person bool
	// surname: written last in a name of two words or more ("Pfannkuch"
	// in "Jörg Pfannkuch"), never first
	surname, given bool
}

// sameLanguage: some article writes p and some other q in one language
// (or a language is unknown). "Europa" in a Spanish article is the
// language's name for Europe, no spelling of it.
func sameLanguage(p, q *spelling) bool {
	if p.langs[""] || q.langs[""] {
		return true
	}
	for l := range p.langs {
		if q.langs[l] {
			return true
		}
	}
	return false
}

// lowerTail: w is an acronym's compound whose last part is in lower
// case, a role ("ALU-voorzitter", "FNV-bestuurder"), no word of the name
// after it.
func lowerTail(w string) bool {
	i := strings.LastIndexByte(w, '-')
	if i < 2 || i+1 >= len(w) || strings.ToUpper(w[:i]) != w[:i] {
		return false
	}
	r, _ := utf8.DecodeRuneInString(w[i+1:])
	return unicode.IsLower(r)
}

// nameParticles are the small words inside names ("Le Noir", "van der
// Berg", "de la Cruz"), folded.
var nameParticles = setOfWords(`al bin da das de del della den der di do dos du el ibn la le ter ten van von y`)

func languageOf(a *crossread.Article) string {
	l, _, _ := strings.Cut(strings.ToLower(a.Language), "-")
	return l
}

// spellingDiscrepancies finds name words written differently by different
// sources: the same rough pronunciation key, a small edit distance, and not
// a derived form (Israel/Israeli). Words the entity stage put in one
// entity's aliases are compared whatever their key.
func (a *Alignment) spellingDiscrepancies(entities []crossread.Entity) []crossread.Discrepancy {
	forms := map[string]*spelling{} // by fold
	var order []string
	runs := map[string][][]string{} // article id → name runs (folds)
	// German capitalises every noun ("Vertrags", "Vertrages"): there only
	// the entity stage's names are names.
	entityWords := map[string]bool{}
	// nameWords: per word, the words of the entity names holding it, so
	// that a spelling shows the whole name ("Jonathon Whitfield").
	nameWords := map[string]map[string]bool{}
	for _, e := range entities {
		for _, al := range append([]string{e.Name}, e.Aliases...) {
			var fs []string
			for _, w := range Words(al) {
				f := strings.TrimSuffix(Fold(w.Text), "'s")
				entityWords[f] = true
				fs = append(fs, f)
			}
			for _, f := range fs {
				if nameWords[f] == nil {
					nameWords[f] = map[string]bool{}
				}
				for _, g := range fs {
					nameWords[f][g] = true
				}
			}
		}
	}
	for _, x := range a.Sentences {
		ws := Words(x.Text)
		nounsOnly := nounsCapitalised(languageOf(x.Doc.Article))
		var run []string
		flush := func() {
			if len(run) > 0 {
				runs[x.ArticleID()] = append(runs[x.ArticleID()], run)
			}
			if len(run) >= 2 {
				if sp := forms[run[len(run)-1]]; sp != nil {
					sp.surname = true
				}
				if sp := forms[run[0]]; sp != nil {
					sp.given = true
				}
			}
			run = nil
		}
		for i, w := range ws {
			if i > 0 && strings.TrimSpace(x.Text[ws[i-1].End:w.Start]) != "" {
				flush()
			}
			f := strings.TrimSuffix(strings.TrimSuffix(Fold(w.Text), "'s"), "'")
			if !a.isName(w.Text) || calendarWords[f] || nounsOnly && !entityWords[f] || lowerTail(w.Text) {
				// a particle inside a name is part of how it is written
				// ("Fabrice Le Noir" · "Fabrice Lenoir"), after a first
				// name or another particle ("de la Cruz"); after a
				// surname it is a place's "van" ("Sander Kolkman van
				// Barneveld")
				if (len(run) == 1 || len(run) > 1 && nameParticles[run[len(run)-1]]) && nameParticles[f] && i+1 < len(ws) && x.Text[w.End:ws[i+1].Start] == " " && a.isName(ws[i+1].Text) {
					run = append(run, f)
					continue
				}
				flush()
				continue
			}
			run = append(run, f)
			if n := utf8.RuneCountInString(strings.ReplaceAll(f, ".", "")); n < 3 || n == 3 && (strings.Contains(w.Text, ".") || strings.ToUpper(w.Text) == w.Text) {
				continue // ("Vos" and "Voss" are names; "Li", "Lu", "U.N." and "USA" too short to tell)
			}
			sp := forms[f]
			if sp == nil {
				sp = &spelling{form: strings.TrimSuffix(strings.TrimSuffix(w.Text, "’s"), "'s"), fold: f, key: NameKey(f), articles: map[string]bool{}, sources: map[int]bool{}, langs: map[string]bool{}}
				forms[f] = sp
				order = append(order, f)
			}
			sp.articles[x.ArticleID()] = true
			sp.sources[x.Source] = true
			sp.inText = sp.inText || !titleCased(x.Text)
			sp.mid = sp.mid || i > 0 && !strings.ContainsAny(x.Text[ws[i-1].End:w.Start], "\"“«„'‘")
			sp.langs[languageOf(x.Doc.Article)] = true
		}
		flush()
	}
	personWords := map[string]bool{}
	for _, e := range entities {
		if e.Type == crossread.PERSON {
			for _, al := range append([]string{e.Name}, e.Aliases...) {
				for _, w := range Words(al) {
					personWords[strings.TrimSuffix(Fold(w.Text), "'s")] = true
				}
			}
		}
	}
	isPersonWord := func(w string) bool { return personWords[w] }
	for f, sp := range forms {
		sp.person = personWords[f]
	}
	sameEntity := map[[2]string]bool{}
	for _, e := range entities {
		var ws []string
		for _, al := range append([]string{e.Name}, e.Aliases...) {
			for _, w := range Words(al) {
				ws = append(ws, strings.TrimSuffix(Fold(w.Text), "'s"))
			}
		}
		for _, p := range ws {
			for _, q := range ws {
				sameEntity[[2]string{p, q}] = true
			}
		}
	}
	// pairs of variant spellings
	names := newSets[string]()
	spelt := newSets[string]() // the variant pairs alone, not the words of one name
	// The other words of the names each word is written in: "Mohammad
	// Hasan Akhund" and "Mohammad Hassan Akhund" are one name.
	fellows := map[string]map[string]bool{}
	for _, rs := range runs {
		for _, run := range rs {
			for _, f := range run {
				for _, g := range run {
					if g != f && !nameParticles[f] && !nameParticles[g] {
						if fellows[f] == nil {
							fellows[f] = map[string]bool{}
						}
						fellows[f][g] = true
					}
				}
			}
		}
	}
	// (or each of its other words is written a letter apart too: "Megan
	// Hollis" · "Meghan Hollins")
	sameName := func(f, g string) bool {
		for w := range fellows[f] {
			if fellows[g][w] && w != g {
				return true
			}
		}
		for u := range fellows[f] {
			for v := range fellows[g] {
				// (or its first letter transliterated: "Yiannis" · "Giannis")
				if u != v && u != g && v != f && (min(len(u), len(v)) >= 4 && u[0] == v[0] && editDistance(u, v) == 1 ||
					len(u) >= 6 && len(u) == len(v) && u[1:] == v[1:]) {
					return true
				}
			}
		}
		return false
	}
	variant := map[string]bool{}
	for i, f := range order {
		for _, g := range order[i+1:] {
			p, q := forms[f], forms[g]
			linked := sameEntity[[2]string{f, g}]
			if !linked && p.key != q.key && !lettersApart(f, g, sameName, isPersonWord) {
				continue // the cheap test first: most pairs end here
			}
			// Written side by side in one name ("Los Angeles Angels"),
			// the two are different words.
			if fellows[f][g] || !p.inText || !q.inText || !p.mid && !q.mid || !sameLanguage(p, q) ||
				!variantSpelling(p, q, linked, sameName(f, g)) {
				continue
			}
			// each spelling must be some source's own: used by a source
			// that does not use the other
			if !exclusiveSource(p, q) || !exclusiveSource(q, p) {
				continue
			}
			names.union(g, f)
			spelt.union(g, f)
			variant[f], variant[g] = true, true
			if !linked && p.key != q.key {
				q.key = p.key // one name's two spellings: one key ("Esteves", "Estevens")
			}
		}
	}
	// One word's spellings are one key when each article's spelling is
	// read, however far apart their sounds ("Irigoyen" · "Yrigoyen", which
	// the entity stage linked): else an article writing one and another
	// the other look alike.
	for f := range variant {
		forms[f].key = forms[spelt.find(f)].key
	}
	// Words that sit next to each other in one name ("Kassym-Jomart
	// Zelensky") are reported together.
	for _, rs := range runs {
		for _, run := range rs {
			var prev string
			for _, f := range run {
				if !variant[f] {
					continue
				}
				if prev != "" {
					names.union(prev, f)
				}
				prev = f
			}
		}
	}
	clusters := map[string][]string{}
	var roots []string
	for _, f := range order {
		if !variant[f] {
			continue
		}
		r := names.find(f)
		if _, ok := clusters[r]; !ok {
			roots = append(roots, r)
		}
		clusters[r] = append(clusters[r], f)
	}
	var out []crossread.Discrepancy
	for _, r := range roots {
		if d, ok := a.spellingDisc(clusters[r], forms, runs, nameWords); ok {
			out = append(out, d)
		}
	}
	return out
}

// variantSpelling reports two words that write one name two ways. The
// entity stage's link (one entity's aliases) allows spellings far apart
// ("Kurbanguly" and "Gurbanguli"), and a name's other words written alike
// ("Mohammad Hasan Akhund", "Mohammad Hassan Akhund") a letter or two;
// without either the words must be a slip
// or a transliteration's one letter apart ("Hormozgan" and "Hormuzgan",
// "Bulldgos"), and not short: names of five letters or fewer a letter
// apart are as often other people or words ("Dean" and "Deon", "Clark"
// and "Clerk"), and words two letters apart other words ("Persian" and
// "Parisian", "Michael" and "Michele", "Black" and "Blake"). A house style
// ("Wi-Fi" and "WiFi", "colour" and "color") is no discrepancy.
func variantSpelling(p, q *spelling, linked, sameName bool) bool {
	if p.fold == q.fold || compoundOf(p.fold, q.fold) || compoundOf(q.fold, p.fold) {
		return false
	}
	// A last vowel apart, in names with no other word alike, is a word's
	// gender or number ("Escola Politécnica" · "Instituto Politécnico"): another
	// word, where "Piero Galvano" · "Piero Galvani" is one name.
	if n := len(p.fold); !sameName && !linked && n == len(q.fold) && n > 1 && p.fold[:n-1] == q.fold[:n-1] {
		switch string([]byte{min(p.fold[n-1], q.fold[n-1]), max(p.fold[n-1], q.fold[n-1])}) {
		case "ao", "io", "ei": // (the Romance endings of gender and number)
			return false
		}
	}
	// One is the other with more letters ("Smith", "Smiths"), unless the
	// more is the last letter doubled ("Vos", "Voss").
	if strings.HasPrefix(p.fold, q.fold) || strings.HasPrefix(q.fold, p.fold) {
		long, short := p.fold, q.fold
		if len(long) < len(short) {
			long, short = short, long
		}
		// (nor is a person's surname with a letter more beside the same
		// first name: "Jörg Pfannkuch" · "Jörg Pfannkuche", "Lucia
		// Ferrari" · "Lucia Ferraris"; but an "s" in German or Dutch, whose
		// genitive needs no apostrophe: "Jörg Pfannkuchs Trupp")
		doubled := len(short) >= 3 && len(long) == len(short)+1 && long[len(long)-1] == short[len(short)-1]
		longer := sameName && p.person && q.person && p.surname && q.surname && !p.given && !q.given &&
			len(short) >= 5 && len(long) == len(short)+1 && (long[len(long)-1] != 's' || !p.langs["de"] && !p.langs["nl"])
		// (nor a first name with a silent consonant more, "Reinhard" ·
		// "Reinhardt", "Liesbet" · "Liesbeth", "Dominic" · "Dominick"; a
		// short form, "Steve" · "Steven", or another gender's, "Daniel" ·
		// "Daniela", is another name)
		givenLonger := sameName && p.person && q.person && p.given && q.given && len(short) >= 5 && len(long) == len(short)+1 &&
			strings.ContainsRune("hktd", rune(long[len(long)-1]))
		if !doubled && !longer && !givenLonger {
			return false
		}
	}
	if !linked && p.key != q.key && !oneLetterApart(p.fold, q.fold, func(string, string) bool { return sameName }) && !(sameName && p.person && q.person) {
		return false // before the costly checks
	}
	// (a person's name has no British or American spelling: "Mourato" ·
	// "Morato" are two)
	if p.person && q.person && bareSpelling.Replace(p.fold) == bareSpelling.Replace(q.fold) || !(p.person && q.person) && houseStyle(p.fold, q.fold) {
		return false
	}
	n := max(utf8.RuneCountInString(p.fold), utf8.RuneCountInString(q.fold))
	if linked {
		return editDistance(p.fold, q.fold) <= n/2
	}
	if sameName {
		return editDistance(p.fold, q.fold) <= max(2, n/3)
	}
	return min(utf8.RuneCountInString(p.fold), utf8.RuneCountInString(q.fold)) >= 6 &&
		typoDistance(p.fold, q.fold) <= 1
}

// compoundOf: f is a hyphenated compound one of whose parts is g
// ("US-Mexico", "Mexico"): another word, no spelling of it.
func compoundOf(f, g string) bool {
	if !strings.Contains(f, "-") {
		return false
	}
	return slices.Contains(strings.Split(f, "-"), g)
}

// oneLetterApart: two words of five letters or more, one the other with
// a letter more or less and written beside the same other word of a
// name ("Rui Esteves" · "Rui Estevens"), whose sounds a name key may
// tell apart.
func oneLetterApart(f, g string, sameName func(f, g string) bool) bool {
	return lettersApart(f, g, sameName, nil)
}

// lettersApart is oneLetterApart, and for a surname of seven letters or
// more of a person (person says which words are) a few letters apart
// after the same first three beside the same first name ("Ilse
// Vandermeer" · "Ilse Vandermeulen", "Sabine Körtling" · "Sabine
// Kördling"; not "Democratic" · "Democrats", a party's two words).
func lettersApart(f, g string, sameName func(f, g string) bool, person func(string) bool) bool {
	d := len(f) - len(g)
	if d < -3 || d > 3 || min(len(f), len(g)) < 5 || f[0] != g[0] {
		return false
	}
	if person != nil && person(f) && person(g) && min(len(f), len(g)) >= 7 && f[:3] == g[:3] {
		return sameName(f, g) && editDistance(f, g) <= max(2, max(len(f), len(g))/3)
	}
	// (or one letter changed anywhere after the first: "Philippe
	// Besançon" · "Philippe Bezançon", "Nadia Vergès" · "Nadia Verger")
	if person != nil && person(f) && person(g) && len(f) == len(g) && len(f) >= 6 && editDistance(f, g) == 1 && sameName(f, g) {
		return true
	}
	return (d == 1 || d == -1) && sameName(f, g) && editDistance(f, g) == 1
}

// houseStyle reports two words that differ only as outlets' style guides
// do: hyphens and stops ("Wi-Fi", "WiFi"; "co-operation"), a letter
// written in ASCII ("Tromsø", "Tromso") and British against American
// spelling ("colour", "color"; "organise", "organize").
func houseStyle(p, q string) bool {
	p, q = bareSpelling.Replace(p), bareSpelling.Replace(q)
	return p == q || americanSpelling.Replace(p) == americanSpelling.Replace(q)
}

var (
	bareSpelling = strings.NewReplacer("-", "", ".", "", "'", "", "’", "",
		// letters that no accent-stripping takes to ASCII ("Tromsø", "Tromso")
		"ø", "o", "æ", "ae", "œ", "oe", "ß", "ss", "ł", "l", "đ", "d", "ı", "i", "þ", "th", "ð", "d")
	americanSpelling = strings.NewReplacer("our", "or", "ise", "ize", "isa", "iza", "yse", "yze", "tre", "ter")
)

func exclusiveSource(p, q *spelling) bool {
	for s := range p.sources {
		if !q.sources[s] {
			return true
		}
	}
	return false
}

// spellingDisc builds one discrepancy from a set of variant words: each
// article's spelling is the longest name run holding those words.
func (a *Alignment) spellingDisc(words []string, forms map[string]*spelling, runs map[string][][]string, nameWords map[string]map[string]bool) (crossread.Discrepancy, bool) {
	in := map[string]bool{}
	for _, w := range words {
		in[w] = true
	}
	key := map[string]string{} // word → key group (variant words share one)
	for _, w := range words {
		key[w] = forms[w].key
	}
	type sig struct {
		spell   map[string]string // key → fold used
		longest []string
		ids     []string
	}
	var sigs []*sig
	for _, d := range a.Docs {
		id := d.Article.ID
		var best []string
		spell := map[string]string{}
		for _, run := range runs[id] {
			hits := 0
			for _, f := range run {
				if in[f] {
					hits++
					spell[key[f]] = f
				}
			}
			if hits > 0 && len(run) > len(best) {
				best = run
			}
		}
		if len(spell) == 0 {
			continue
		}
		placed := false
		for _, s := range sigs {
			ok := true
			for k, f := range spell {
				if g, has := s.spell[k]; has && g != f {
					ok = false
				}
			}
			if ok {
				for k, f := range spell {
					s.spell[k] = f
				}
				if len(best) > len(s.longest) {
					s.longest = best
				}
				s.ids = append(s.ids, id)
				placed = true
				break
			}
		}
		if !placed {
			sigs = append(sigs, &sig{spell: spell, longest: best, ids: []string{id}})
		}
	}
	if len(sigs) < 2 {
		return crossread.Discrepancy{}, false
	}
	d := &disc{kind: KindSpelling}
	for _, s := range sigs {
		// the name as the variant words and the rest of their entity's
		// name span it, titles before it left out
		first, last := -1, -1
		whole := map[string]bool{}
		for i, f := range s.longest {
			if in[f] {
				if first < 0 {
					first = i
				}
				last = i
				for g := range nameWords[f] {
					whole[g] = true
				}
			}
		}
		for first > 0 && whole[s.longest[first-1]] {
			first--
		}
		for last+1 < len(s.longest) && whole[s.longest[last+1]] {
			last++
		}
		var parts []string
		for _, f := range s.longest[first : last+1] {
			if sp, ok := forms[f]; ok {
				parts = append(parts, sp.form)
			} else if nameParticles[f] {
				parts = append(parts, f) // (as below, capitalised where the article does: not a dateline's "LE HAVRE")
			} else {
				parts = append(parts, a.surface(s.ids, f))
			}
		}
		value := strings.Join(parts, " ")
		// a particle as the article writes it: "Le Noir", "de la Cruz"
		if a.spanOfText(s.ids[0], value).End == 0 {
			for i, part := range parts {
				if nameParticles[part] {
					parts[i] = strings.ToUpper(part[:1]) + part[1:]
				}
			}
			if v := strings.Join(parts, " "); a.spanOfText(s.ids[0], v).End > 0 {
				value = v
			}
		}
		for _, id := range s.ids {
			d.add(value, id, a.spanOfText(id, value))
		}
	}
	if len(d.values) < 2 {
		// Each article's run spans the same words: one spelling.
		return crossread.Discrepancy{}, false
	}
	// named by the spelling most articles give, the fullest on a tie
	// ("Tony Reagins", not a headline's "Regains")
	name := d.values[0]
	for _, v := range d.values[1:] {
		if n, m := len(d.articles[v]), len(d.articles[name]); n > m || n == m && len(Words(v)) > len(Words(name)) {
			name = v
		}
	}
	d.about = "spelling of " + name
	out := d.out()
	for i, v := range out.Variants {
		// where an article writes the name otherwise than the whole
		// value (a possessive, a line break), no span
		out.Variants[i].Spans = slices.DeleteFunc(slices.Clone(v.Spans), func(sp crossread.Span) bool { return sp.End == 0 })
		if len(out.Variants[i].Spans) == 0 {
			out.Variants[i].Spans = nil
		}
	}
	return out, true
}

// spanOfText is the span of the first place the article id writes text,
// or the zero span.
func (a *Alignment) spanOfText(id, text string) crossread.Span {
	for _, d := range a.Docs {
		if d.Article.ID == id {
			if i := strings.Index(d.Article.Text, text); i >= 0 && text != "" {
				return crossread.Span{ArticleID: id, Start: i, End: i + len(text)}
			}
			break
		}
	}
	return crossread.Span{}
}

// surface finds how an article writes a folded word.
func (a *Alignment) surface(ids []string, fold string) string {
	for _, x := range a.Sentences {
		if x.ArticleID() != ids[0] {
			continue
		}
		for _, w := range Words(x.Text) {
			if strings.TrimSuffix(Fold(w.Text), "'s") == fold {
				return strings.TrimSuffix(strings.TrimSuffix(w.Text, "’s"), "'s")
			}
		}
	}
	return fold
}

// sharesContent: two quotes share at least half their common words in
// lower case (a name and "the", "of" are not what they say): "wholly
// inappropriate use of the Endangered Species Act" and "absolute heart of
// the Endangered Species Act" are two quotes.
func sharesContent(xs, ys string) bool { return sharedContent(contentWords(xs), contentWords(ys)) }

// contentWords are the folded words of s in lower case that are no
// function words.
func contentWords(s string) map[string]bool {
	out := map[string]bool{}
	for _, w := range Words(s) {
		r, _ := utf8.DecodeRuneInString(w.Text)
		if f := Fold(w.Text); unicode.IsLower(r) && !IsStop(f) {
			out[f] = true
		}
	}
	return out
}

// sharedContent: at least half the smaller set's words are in the other.
func sharedContent(cx, cy map[string]bool) bool {
	inter := 0
	for w := range cx {
		if cy[w] {
			inter++
		}
	}
	return 2*inter >= min(len(cx), len(cy))
}

// quoteDiscrepancies compares the quotes of different sources: the same
// words given with changes, or given to different speakers.
func (a *Alignment) quoteDiscrepancies() []crossread.Discrepancy {
	var qs []quoteItem
	for _, d := range a.Docs {
		for _, q := range d.Quotes {
			// Sentence by sentence: one outlet quotes two sentences
			// together that another quotes apart, and a word changed in
			// one of them is a changed quote all the same.
			for _, x := range quoteSentences(q) {
				pieces := quotePieces(x.Text)
				var ws []string
				for _, p := range pieces {
					ws = append(ws, strings.Fields(p)...)
				}
				if len(ws) < 5 {
					continue
				}
				qs = append(qs, quoteItem{x, d.Article.ID, a.sourceOf[d.Article.ID], ws, nil, pieces, nil})
			}
		}
	}
	// words as sorted ids: the overlap of two quotes is then one merge
	ids := map[string]int32{}
	for i := range qs {
		bag := make([]int32, len(qs[i].words))
		for k, w := range qs[i].words {
			id, ok := ids[w]
			if !ok {
				id = int32(len(ids))
				ids[w] = id
			}
			bag[k] = id
		}
		slices.Sort(bag)
		qs[i].bag = bag
	}
	var out []crossread.Discrepancy
	wordings, speakers := newSets[int](), newSets[int]()
	for i := range qs {
		for j := i + 1; j < len(qs); j++ {
			x, y := qs[i], qs[j]
			if x.source == y.source {
				continue
			}
			// the overlap is at most the shorter over the longer
			if short, long := min(len(x.bag), len(y.bag)), max(len(x.bag), len(y.bag)); 2*short < long {
				continue
			}
			inter, union := bagOverlap(x.bag, y.bag)
			if union == 0 || float64(inter)/float64(union) < 0.5 {
				continue
			}
			if qs[i].said == nil {
				qs[i].said = contentWords(qs[i].Text)
			}
			if qs[j].said == nil {
				qs[j].said = contentWords(qs[j].Text)
			}
			if !sharedContent(qs[i].said, qs[j].said) {
				continue
			}
			if differentSpeakers(x, y) {
				speakers.union(i, j)
			}
			// One outlet's quote inside the other's, in pieces where it
			// leaves words out ("…"), is the same quote, shortened.
			if within(x.pieces, strings.Join(y.words, " ")) || within(y.pieces, strings.Join(x.words, " ")) {
				continue
			}
			// "told the players that we would" and "told the players we
			// would": a "that" a transcript keeps or drops is no other
			// wording.
			if slices.Equal(withoutThat(x.words), withoutThat(y.words)) {
				continue
			}
			wordings.union(i, j)
		}
	}
	// The speakers, and the wordings, linked so are one line each: each
	// outlet's speaker or wording once, however many outlets quote it.
	spelt := map[string]bool{} // speakers' names written apart, shown once
	for _, group := range speakers.groups() {
		slices.Sort(group)
		d := &disc{about: "who said “" + shorten(qs[group[0]].Text, 12) + "”", kind: KindSpeaker}
		bare := map[string]bool{}
		for _, i := range group {
			// one person once, however an outlet titles them ("Manager
			// A.J. Smith", "A.J. Smith"): by the entity the quote stage
			// resolved the speaker to
			who := qs[i].Speaker
			if e := qs[i].SpeakerEntity; e != "" && strings.Contains(who, e) {
				who = e
			}
			bare[bareName(who)] = true
			d.add(who, qs[i].id, spanOr(qs[i].SpeakerSpan))
		}
		if len(d.values) < 2 {
			continue
		}
		// "Ruud Vanderbeek" · "Ruud van der Beek": one speaker, a name
		// written apart; "Marloes van Dijk" · "Marloes van Dijken": one
		// speaker of one quote, a surname spelt apart
		if len(bare) == 1 || len(d.values) == 2 && surnameSpeltApart(d.values[0], d.values[1]) {
			d.about, d.kind = "spelling of "+d.values[0], KindSpelling
			if key := strings.Join(sortedValues(d.values), "|"); spelt[key] {
				continue
			} else {
				spelt[key] = true
			}
		}
		out = append(out, d.out())
	}
	for _, group := range wordings.groups() {
		slices.Sort(group)
		who := ""
		for _, i := range group {
			if who == "" {
				who = qs[i].Speaker
			}
		}
		about := "wording of a quote"
		if who != "" {
			about += " by " + who
		}
		d := &disc{about: about, kind: KindQuote}
		shown := map[string]string{} // folded wording → the text shown for it
		for _, i := range group {
			x := qs[i]
			key := strings.Join(x.words, " ")
			if _, ok := shown[key]; !ok {
				shown[key] = x.Text
			}
			d.add(shown[key], x.id, x.Span)
		}
		if len(d.values) >= 2 {
			out = append(out, d.out())
		}
	}
	return out
}

// surnameSpeltApart: two names of as many words, all alike but the last,
// whose last words share their first three letters and lie two edits
// apart at most ("Marloes van Dijk" · "Marloes van Dijken").
func surnameSpeltApart(a, b string) bool {
	wa, wb := strings.Fields(Fold(a)), strings.Fields(Fold(b))
	if len(wa) < 2 || len(wa) != len(wb) || !slices.Equal(wa[:len(wa)-1], wb[:len(wb)-1]) {
		return false
	}
	p, q := wa[len(wa)-1], wb[len(wb)-1]
	return p != q && min(len(p), len(q)) >= 3 && p[:3] == q[:3] && editDistance(p, q) <= 2
}

// bareName is a name folded, without its spaces, hyphens and stops: the
// letters of "van der Beek" and "Vanderbeek" alike.
func bareName(s string) string {
	return strings.Map(func(r rune) rune {
		if r == ' ' || r == '-' || r == '.' || r == '\'' || r == '’' {
			return -1
		}
		return r
	}, Fold(s))
}

func sortedValues(vs []string) []string {
	out := slices.Clone(vs)
	slices.Sort(out)
	return out
}

func spanOr(s *crossread.Span) crossread.Span {
	if s == nil {
		return crossread.Span{}
	}
	return *s
}

// quoteSentences splits a quote into its sentences, each with its own
// span where the quote's text is the article's, the whole quote's span
// otherwise.
func quoteSentences(q crossread.Quote) []crossread.Quote {
	exact := q.Span.End-q.Span.Start == len(q.Text)
	var out []crossread.Quote
	start := 0
	emit := func(end int) {
		t := strings.TrimSpace(q.Text[start:end])
		if t == "" {
			return
		}
		x := q
		x.Text = t
		if exact {
			off := start + strings.Index(q.Text[start:end], t)
			x.Span.Start, x.Span.End = q.Span.Start+off, q.Span.Start+off+len(t)
		}
		out = append(out, x)
	}
	for i := 0; i+2 < len(q.Text); i++ {
		if c := q.Text[i]; (c == '.' || c == '?' || c == '!') && q.Text[i+1] == ' ' {
			if r, _ := utf8.DecodeRuneInString(q.Text[i+2:]); unicode.IsUpper(r) && !abbreviationBefore(q.Text[:i]) {
				emit(i + 1)
				start = i + 1
			}
		}
	}
	emit(len(q.Text))
	return out
}

// abbreviationBefore reports text ending in a title's or an initial's
// abbreviation ("Mr", "Dr", "J"), after which a full stop ends no
// sentence.
func abbreviationBefore(text string) bool {
	i := strings.LastIndexAny(text, " (\"“‘") + 1
	w := text[i:]
	return utf8.RuneCountInString(w) == 1 || titleAbbrev[strings.ToLower(w)]
}

// quoteItem is a quote with what comparing it needs.
type quoteItem struct {
	crossread.Quote
	id     string
	source int
	words  []string
	bag    []int32         // words as ids, sorted
	pieces []string        // the quote's runs of words between elisions, folded
	said   map[string]bool // its content words (see sharesContent), read once
}

var reEditorial = regexp.MustCompile(`\[[^\]]{0,60}\]`)

var (
	reSpacedApostrophe = regexp.MustCompile(`(\pL) ['’] (\pL)`)
	reSpacedNot        = regexp.MustCompile(`(\pL) (n['’]t)\b`)
)

// quotePieces folds a quote for comparison: an editor's insertion
// ("[Russian] President") is not the speaker's, "&" is "and", "U.S." is
// "US", and an elision ("…", "...") splits the quote into pieces.
func quotePieces(text string) []string {
	text = strings.ReplaceAll(reEditorial.ReplaceAllString(text, " "), "&", " and ")
	// A tokenised copy spaces its apostrophes ("It ’ s", "did n't").
	text = reSpacedNot.ReplaceAllString(reSpacedApostrophe.ReplaceAllString(text, "$1'$2"), "$1$2")
	var out []string
	for _, part := range strings.Split(strings.ReplaceAll(text, "...", "…"), "…") {
		var ws []string
		for _, w := range Words(part) {
			f := strings.ReplaceAll(Fold(w.Text), ".", "")
			if f != "" {
				ws = append(ws, expandContraction(f)...)
			}
		}
		if len(ws) > 0 {
			out = append(out, strings.Join(ws, " "))
		}
	}
	return out
}

var smallNumbers = func() map[string]string {
	m := map[string]string{}
	for i, w := range strings.Fields("zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty") {
		m[w] = strconv.Itoa(i)
	}
	return m
}()

// QuoteForm writes a quotation as transcripts agree on it: folded, its
// contractions and small numbers written out, "that" left out, one space
// between words. Two outlets quoting one sentence ("we've", "we have";
// "told the players that we", "told the players we") give one form.
func QuoteForm(text string) string {
	var ws []string
	for _, p := range quotePieces(text) {
		ws = append(ws, strings.Fields(p)...)
	}
	return strings.Join(withoutThat(ws), " ")
}

func withoutThat(ws []string) []string {
	return slices.DeleteFunc(slices.Clone(ws), func(w string) bool { return w == "that" })
}

// expandContraction writes a contraction out ("we've" → "we have",
// "don't" → "do not"): outlets transcribe the same speech either way.
func expandContraction(f string) []string {
	f = strings.ReplaceAll(f, "’", "'")
	if n, ok := smallNumbers[f]; ok { // "ten" and "10" transcribe one word
		return []string{n}
	}
	switch f {
	case "won't":
		return []string{"will", "not"}
	case "can't", "cannot":
		return []string{"can", "not"}
	case "let's":
		return []string{"let", "us"}
	}
	for _, c := range [...]struct{ suffix, word string }{{"n't", "not"}, {"'ve", "have"}, {"'re", "are"}, {"'ll", "will"}, {"'m", "am"}} {
		if stem, ok := strings.CutSuffix(f, c.suffix); ok && stem != "" {
			return []string{stem, c.word}
		}
	}
	return []string{f}
}

// within reports every piece found, in order, in text.
func within(pieces []string, text string) bool {
	text = " " + text + " "
	at := 0
	for _, p := range pieces {
		i := strings.Index(text[at:], " "+p+" ")
		if i < 0 {
			return false
		}
		at += i + len(p) + 1
	}
	return len(pieces) > 0
}

// differentSpeakers: both quotes name a speaker and they are not the same
// person: different linked entities, or different last-name keys.
func differentSpeakers(x, y quoteItem) bool {
	if x.SpeakerEntity != "" && y.SpeakerEntity != "" {
		return Fold(x.SpeakerEntity) != Fold(y.SpeakerEntity)
	}
	// "an Israeli military spokesman" may well be the one another outlet
	// names; "the White House" and "a press release" speak for someone.
	if describes(x.Speaker) || describes(y.Speaker) {
		return false
	}
	if sharesFullName(x.Speaker, y.Speaker) {
		return false // "Bergrettungsleiter Stefan Gruber" · "Stefan Gruber von der Bergrettung"
	}
	kx, ky := lastNameKey(x.Speaker), lastNameKey(y.Speaker)
	return kx != "" && ky != "" && kx != ky
}

// sharesFullName: both speakers hold the same two capitalised words in a
// row, a first name and a surname, whatever office or body stands around
// them.
func sharesFullName(a, b string) bool {
	wa, wb := Words(a), Words(b)
	capital := func(w Word) bool {
		r, _ := utf8.DecodeRuneInString(w.Text)
		return unicode.IsUpper(r)
	}
	lastCapital := func(ws []Word) int {
		for k := len(ws) - 1; k >= 0; k-- {
			if capital(ws[k]) {
				return k
			}
		}
		return -1
	}
	la, lb := lastCapital(wa), lastCapital(wb)
	for i := 0; i+1 < len(wa); i++ {
		if !capital(wa[i]) || !capital(wa[i+1]) || a[wa[i].End:wa[i+1].Start] != " " {
			continue
		}
		for j := 0; j+1 < len(wb); j++ {
			// (the name closes one of them: "New York" opening two
			// mayors' titles names no one)
			if wa[i].Text == wb[j].Text && wa[i+1].Text == wb[j+1].Text && b[wb[j].End:wb[j+1].Start] == " " && (i+1 == la || j+1 == lb) {
				return true
			}
		}
	}
	return false
}

// describes reports a speaker given by a description rather than a name:
// one opened by an article, or ended by a role or a document.
func describes(speaker string) bool {
	ws := strings.Fields(strings.ToLower(speaker))
	if len(ws) == 0 {
		return false
	}
	switch ws[0] {
	case "a", "an", "the", "one", "another", "its", "his", "her", "their",
		// the other languages' articles: "il giocatore", "la ministra", "der Sprecher"
		"il", "lo", "la", "el", "los", "las", "le", "les", "un", "una", "uno", "une", "der", "die", "das", "ein", "eine", "o", "os", "as", "de", "het", "een", "gli", "i":
		return true
	}
	if strings.HasPrefix(ws[0], "l'") || strings.HasPrefix(ws[0], "l’") {
		return true // "l'allenatore"
	}
	return speakerRoles[strings.Trim(ws[len(ws)-1], ".,")]
}

var speakerRoles = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`spokesman spokeswoman spokesperson spokespeople secretary official officials
		minister ministry aide aides adviser advisers advisor source sources statement release report letter memo
		government administration office department agency police authorities spokesmen
		executive executives officer officers director directors chairman chairwoman chair president founder
		ceo cfo analyst analysts economist economists lawyer lawyers attorney attorneys manager head leader
		commissioner councilor councillor expert experts researcher researchers professor`) {
		m[w] = true
	}
	return m
}()

func lastNameKey(name string) string {
	ws := Words(name)
	if len(ws) == 0 {
		return ""
	}
	return NameKey(ws[len(ws)-1].Text)
}

// bagOverlap is overlap of two sorted multisets of word ids: the shared
// uses (the smaller count of each word) and all uses less those.
func bagOverlap(a, b []int32) (inter, union int) {
	i, j := 0, 0
	for i < len(a) && j < len(b) {
		switch {
		case a[i] < b[j]:
			i++
		case a[i] > b[j]:
			j++
		default:
			inter++
			i++
			j++
		}
	}
	return inter, len(a) + len(b) - inter
}

func shorten(s string, words int) string {
	f := strings.Fields(s)
	if len(f) <= words {
		return s
	}
	return strings.Join(f[:words], " ") + " …"
}

// clauseFrame is what the clause holding figure q of s is about: the stems
// of its words, names included, from the clause's start ("; ", "while",
// "but") to the next comma after the figure. ok is false when the clause
// gives another figure of q's kind (other than a change's start): which of
// two shares goes with which subject ("52 percent in Egypt and 82 percent
// in India") is not for word overlap to say.
func clauseFrame(s string, qs []Quantity, q Quantity) (frame []string, ok bool) {
	return clauseFrameIn("", s, qs, q)
}

// clauseFrameIn is clauseFrame for text in language lang, its words
// stemmed and its stop words left out as that language's.
func clauseFrameIn(lang, s string, qs []Quantity, q Quantity) (frame []string, ok bool) {
	ws := Words(s)
	start, end := 0, len(s)
	if i := strings.LastIndexAny(s[:q.Start], ";:"); i >= 0 {
		start = i + 1
	}
	if i := strings.IndexAny(s[q.End:], ",;:"); i >= 0 {
		end = q.End + i
	}
	for _, w := range ws {
		switch Fold(w.Text) {
		case "while", "whereas", "but":
			if w.End <= q.Start {
				start = max(start, w.End)
			} else {
				end = min(end, w.Start)
			}
		}
	}
	ok = true
	for _, r := range qs {
		if r.Start != q.Start && r.Kind == q.Kind && r.Start >= start && r.End <= end && roleOf(s, r) != "from" {
			ok = false
		}
	}
	for _, w := range ws {
		if w.Start < start || w.End > end {
			continue
		}
		f := Fold(w.Text)
		if IsStopIn(lang, f) || isNumeric(f) {
			continue
		}
		if st := StemIn(lang, f); !slices.Contains(frame, st) {
			frame = append(frame, st)
		}
	}
	return frame, ok
}

// toldOtherwise: a statement of another source close to x gives, in a
// clause about the same thing, another figure of q's kind ("The krone rose
// 0.6% against the euro" · "The krone strengthened 0.8% against the
// euro"): q is no fact only x's source reports.
// marketNouns are a share's or an index's words in the other languages
// read (folded), by the one they count as.
var marketNouns = map[string]string{"aktie": "share", "aktien": "share", "action": "share", "actions": "share",
	"accion": "share", "acciones": "share", "azione": "share", "azioni": "share", "titolo": "share", "acao": "share",
	"acoes": "share", "aandeel": "share", "aandelen": "share", "dax": "index", "ibex": "index", "cac": "index",
	"borsa": "index", "bolsa": "index", "bourse": "index", "borse": "index", "beurs": "index"}

// marketNounsIn are the market things s tells of.
func marketNounsIn(s string) []string {
	var out []string
	for _, w := range Words(s) {
		if m, ok := marketNouns[Fold(w.Text)]; ok && !slices.Contains(out, m) {
			out = append(out, m)
		}
	}
	return out
}

func (a *Alignment) toldOtherwise(x *Sentence, q Quantity) bool {
	// (shares only: counts and sums in like clauses were too often two
	// things, "tariffs on $34 billion" · "tariffs on $60bn")
	if q.Kind != "percent" || x.stmt < 0 || x.stmt >= len(a.near) {
		return false
	}
	// another outlet's move of the same named thing the same way ("Shares
	// in chipmaker Veltron … sank 11%" · "Veltron shares lost 14%"): one
	// fact told with another figure, however unlike the sentences
	if k, ok := nameChange(x, q); ok {
		for _, y := range a.stmts {
			if y.Source == x.Source {
				continue
			}
			for _, r := range y.Quantities {
				if r.Kind == "percent" && r.Value != q.Value {
					if ky, ok := nameChange(y, r); ok && ky == k {
						return true
					}
				}
			}
		}
	}
	// in the other languages read, a share's or an index's move told by
	// another outlet with another figure ("Die Aktie legte … um 4 Prozent
	// zu" · "An der Börse stieg die Aktie um 6 Prozent"): a price moves
	// all day, and neither figure is one outlet's own
	if lang := langOf(x); lang != "" {
		if m := marketNounsIn(x.Text); len(m) > 0 {
			for _, y := range a.stmts {
				if y.Source == x.Source || langOf(y) != lang || !shareAny(m, marketNounsIn(y.Text)) {
					continue
				}
				for _, r := range y.Quantities {
					if r.Kind == "percent" && r.Value != q.Value {
						return true
					}
				}
			}
		}
	}
	f, _ := clauseFrame(x.Text, x.Quantities, q)
	if len(f) == 0 {
		return false
	}
	for _, n := range a.near[x.stmt] {
		y := a.stmts[n.stmt]
		if y.Source == x.Source {
			continue
		}
		for _, r := range y.Quantities {
			if r.Kind != q.Kind || r.Value == q.Value {
				continue
			}
			if g, _ := clauseFrame(y.Text, y.Quantities, r); sameFrame(f, g) {
				return true
			}
		}
	}
	return false
}

// sameFrame: two clauses share at least two words, half the shorter's,
// one of them no verb of change or word of time ("krone" and "euro", not
// just "rose" and "February").
func sameFrame(f, g []string) bool {
	shared, subject := 0, false
	for _, w := range f {
		if slices.Contains(g, w) {
			shared++
			subject = subject || !changeOrTime[w]
		}
	}
	return subject && shared >= 2 && 2*shared >= min(len(f), len(g))
}

// changeOrTime are the stems of verbs of change and of words of time: they
// tell nothing of what a figure is about.
var changeOrTime = setOfWords(`rose rise risen rais increas climb climbed grew grow gain jump jumped soar surg fell fall fallen drop
	declin slip slid plung plummet cut lower reduc stood stand remain reach hit total amount edg add up down
	monday tuesday wednesday thursday friday saturday sunday januari februari march april may june juli august septemb octob novemb decemb
	year month week day quarter today yesterday last previous percent per cent point`)

// roleOf is the preposition before figure q of s that says what it is of a
// change: "from" its start, "to" its end, "by" its size.
func roleOf(s string, q Quantity) string {
	ws := Words(s[:min(q.Start, len(s))])
	if len(ws) == 0 {
		return ""
	}
	switch f := Fold(ws[len(ws)-1].Text); f {
	case "from", "to", "by":
		return f
	}
	return ""
}

// subjectWords names what the figure p of s measures by the words its
// clause shares with the other's (f, g), as s writes them, when the few
// words before p do not: "Norland central bank … rate", not "a percentage
// point to". Runs of words apart are joined by an ellipsis.
func subjectWords(s string, p Quantity, f, g []string) string {
	for _, w := range p.Before {
		if !changeOrTime[w] && slices.Contains(g, w) {
			return ""
		}
	}
	var out []string
	last := -2
	for i, w := range Words(s[:min(p.Start, len(s))]) {
		st := Stem(Fold(w.Text))
		if changeOrTime[st] || IsStop(Fold(w.Text)) || !slices.Contains(f, st) || !slices.Contains(g, st) {
			continue
		}
		if last >= 0 && i != last+1 {
			out = append(out, "…")
		}
		out = append(out, w.Text)
		last = i
	}
	if len(out) == 0 || len(out) > 8 {
		return ""
	}
	return strings.Join(out, " ")
}

// otherSubjects: the names of the two clauses' subjects, before their
// verbs and figures, are two people or things ("Incumbent Rui Tavares
// received 47.7%" · "Clara Mendes defeated Rui Tavares … with 54.1%"):
// each figure is its own subject's. "Former Castleford mayor Richard
// Penhallow has been given" and "Richard Penhallow, the former mayor of
// Castleford, was jailed" share theirs.
// A clause whose subject is a pronoun ("Zij finishte in 2:24:05", "She
// finished in 2:24:05") has the subject of the sentence before it.
func otherSubjects(x *Sentence, p Quantity, y *Sentence, q Quantity) bool {
	sx, sy := subjectOrAntecedent(x, p.Start), subjectOrAntecedent(y, q.Start)
	return len(sx) > 0 && len(sy) > 0 && !shareAny(sx, sy)
}

// subjectOrAntecedent is subjectNames, or for a sentence that opens on a
// personal pronoun and names nobody before end, the names of the
// sentence before it in its article.
func subjectOrAntecedent(z *Sentence, end int) []string {
	names := subjectNames(z, end)
	if len(names) > 0 || z.prev == nil {
		return names
	}
	ws := Words(z.Text)
	if len(ws) == 0 || ws[0].Start >= end || !subjectPronouns[languageOf(z.Doc.Article)][strings.ToLower(ws[0].Text)] {
		return names
	}
	if names := subjectNames(z.prev, len(z.prev.Text)); len(names) > 0 {
		return names
	}
	return z.prev.Names // a subject after its verb: "Bij de vrouwen was de Ethiopische Almaz Tesfaye de sterkste."
}

// subjectPronouns are the personal pronouns a clause opens on, by
// language ("Il" opens an Italian clause as an article).
var subjectPronouns = map[string]map[string]bool{
	"":   setOfWords(`he she they`),
	"en": setOfWords(`he she they`),
	"nl": setOfWords(`hij zij ze`),
	"de": setOfWords(`er sie`),
	"fr": setOfWords(`il elle ils elles`),
	"es": setOfWords(`él ella ellos ellas`),
	"it": setOfWords(`lui lei loro egli`),
	"pt": setOfWords(`ele ela eles elas`),
}

// shareAny: a and b have an element in common.
func shareAny(a, b []string) bool {
	for _, w := range a {
		if slices.Contains(b, w) {
			return true
		}
	}
	return false
}

// subjectNames are the keys of the names z writes before its first verb
// (an auxiliary, an irregular past or a lower-case word in -ed) and
// before byte end.
func subjectNames(z *Sentence, end int) []string {
	verb := end
	ws := Words(z.Text)
	for k, w := range ws {
		if w.Start >= end {
			break
		}
		f := Fold(w.Text)
		r, _ := utf8.DecodeRuneInString(w.Text)
		if k > 0 && unicode.IsLower(r) && (verbCues[f] || len(f) > 4 && strings.HasSuffix(f, "ed")) {
			verb = w.Start
			break
		}
	}
	// (a wire's dateline is where it was written, no subject:
	// "PORTO ELSA (TRAPANI) (ASI) - Sono rimasti in porto …")
	dateline := timex.DatelineLength(z.Text)
	var out []string
	for i, n := range z.Names {
		if i < len(z.NameText) {
			if k := strings.Index(z.Text, z.NameText[i]); k >= dateline && k < verb {
				out = append(out, n)
			}
		}
	}
	return out
}

// sharedSubject: a word just before both figures, no verb of change or
// word of time, names what they measure ("annual inflation stood at",
// "to get inflation, which was").
func sharedSubject(p, q Quantity) bool {
	for _, w := range p.Before {
		if !changeOrTime[w] && slices.Contains(q.Before, w) {
			return true
		}
	}
	return false
}

// sameBaseline: two changes are measured from the same point, or either
// names none ("a 36% increase from February" is not "a 25% increase from
// a then-record … in March 2020").
func sameBaseline(xs string, p Quantity, ys string, q Quantity) bool {
	bp, bq := baselineOf(xs, p), baselineOf(ys, q)
	return len(bp) == 0 || len(bq) == 0 || shareAny(bp, bq)
}

// baselineOf is the content stems of what the change q of s is measured
// from: the words after "from", "since", "than" or "compared with" in its
// clause, at most four.
func baselineOf(s string, q Quantity) []string {
	if q.End > len(s) {
		return nil
	}
	rest := s[q.End:]
	if i := strings.IndexAny(rest, ",;:()"); i >= 0 {
		rest = rest[:i]
	}
	ws := Words(rest)
	var out []string
	for i, w := range ws {
		switch Fold(w.Text) {
		case "from", "since", "than", "compared", "versus":
			for _, v := range ws[i+1:] {
				if f := Fold(v.Text); !IsStop(f) && !isNumeric(f) && f != "with" {
					out = append(out, Stem(f))
					if len(out) == 4 {
						return out
					}
				}
			}
			return out
		}
	}
	return nil
}

// marketFrame: a clause about a traded price ("Halbrook shares", "the
// krone", "oil prices").
func marketFrame(f []string) bool {
	for _, w := range f {
		if marketStems[w] {
			return true
		}
	}
	return false
}

var marketStems = stemSet(`share shares stock stocks index indices krone dollar euro pound yen yuan franc rouble ruble rupee
	currency currencies price prices oil gold silver copper bitcoin bond bonds yield yields market markets futures trading premarket`)

// changeSize: q of s is the size of a change ("rose 0.6%", "fell by 2%"),
// not the level something stands at ("to 4.5%", "was 5.9%").
func changeSize(s string, q Quantity) bool {
	if roleOf(s, q) == "by" {
		return true
	}
	ws := Words(s[:min(q.Start, len(s))])
	if len(ws) > 0 && changeVerbs[Stem(Fold(ws[len(ws)-1].Text))] {
		return true
	}
	// "a 36% increase from February"
	after := Words(s[min(q.End, len(s)):])
	return len(after) > 0 && changeVerbs[Stem(Fold(after[0].Text))]
}

// changeVerbs are the stems of verbs of change, as Stem gives them.
var changeVerbs = stemSet(`rose rise rises risen jumped jumps gained gains climbed climbs fell falls fallen dropped drops
	slipped slips lost loses added adds surged surges soared soars tumbled tumbles plunged plunges declined declines
	increased increases decreased decreases grew grows grown weakened weakens strengthened strengthens shed sheds
	advanced advances rallied rallies slumped slumps sank sinks eased eases edged edges up down higher lower
	increase rise drop decline jump gain fall cut hike surge`)

func stemSet(ws string) map[string]bool {
	out := map[string]bool{}
	for _, w := range strings.Fields(ws) {
		out[Stem(w)] = true
	}
	return out
}

// sameRole: neither figure is a change's start where the other is not, nor
// its size where the other is its end ("to 4.5% from 4.25%": 4.25% is no
// variant of a rate raised "to 4.75%"; "by 25 basis points" none of it).
func sameRole(xs string, p Quantity, ys string, q Quantity) bool {
	rp, rq := roleOf(xs, p), roleOf(ys, q)
	if (rp == "from") != (rq == "from") {
		return false
	}
	return !(rp == "by" && rq == "to" || rp == "to" && rq == "by")
}

// linked: x and y are statements at LinkFloor or more of each other.
func (a *Alignment) linked(x, y *Sentence) bool {
	if x.stmt < 0 || x.stmt >= len(a.near) || y.stmt < 0 {
		return false
	}
	for _, n := range a.near[x.stmt] {
		if n.stmt == y.stmt {
			return true
		}
	}
	return false
}

// dayVerb is the kind of event whose day q is in s, known by the verb just
// before it ("began on Monday evening", "broke out on Tuesday", "detected
// the intrusion on August 30", "stepped down as health minister on
// Wednesday"): q must be a whole day, and the verb within six words.
func dayVerb(s string, q Quantity) (string, bool) {
	if q.Kind != "date" || len(q.Value) != len("2006-01-02") && len(q.Value) != len("2006-01") || attributiveDate(s, q) {
		return "", false
	}
	ws := Words(s[:min(q.Start, len(s))])
	// "closed until at least Monday": the end of a state, not the event's
	// day; "restore power to most customers by Friday": a deadline, the
	// day a thing is expected done
	for k := len(ws) - 1; k >= 0 && k >= len(ws)-3; k-- {
		switch Fold(ws[k].Text) {
		case "by":
			for j := k - 1; j >= 0 && j >= k-6; j-- {
				if strings.ContainsAny(s[ws[j].End:ws[j+1].Start], ",;:()") {
					break
				}
				if v, ok := deadlineVerbs[Stem(Fold(ws[j].Text))]; ok {
					return v, true
				}
			}
			return "", false
		case "until", "till", "through", "since", "before", "after":
			return "", false
		case "at", "least", "on", "the":
			continue
		}
		break
	}
	for k := len(ws) - 1; k >= 0 && k >= len(ws)-7; k-- {
		if k < len(ws)-1 && strings.ContainsAny(s[ws[k].End:ws[k+1].Start], ",;:()") {
			break
		}
		f := Fold(ws[k].Text)
		// a coming event's verb: "will begin talks on …", "will meet on …"
		if v, ok := comingVerbs[f]; ok && k > 0 && (Fold(ws[k-1].Text) == "will" || Fold(ws[k-1].Text) == "would" || Fold(ws[k-1].Text) == "to") {
			if v == "talks" && (f == "begin" || f == "start") && containsAnyWord(s[:q.Start], "ceasefire", "truce") {
				return "start of the ceasefire", true // "a ceasefire … will begin on Monday"
			}
			if v == "talks" && !containsAnyWord(s[ws[k].Start:q.Start], "talks", "negotiations") {
				return "", false
			}
			return v, true
		}
		// "a ceasefire that will take effect on Sunday"
		if f == "effect" && k > 1 && Fold(ws[k-1].Text) == "take" && containsAnyWord(s[:q.Start], "ceasefire", "truce") {
			switch Fold(ws[k-2].Text) {
			case "will", "would", "to":
				return "start of the ceasefire", true
			}
		}
		// the day a product reaches buyers: "go on sale on September 19",
		// "ships on September 20", "hits stores on", "will be available on"
		switch {
		case f == "sale" && k > 0 && Fold(ws[k-1].Text) == "on",
			f == "ships" || f == "ship" || f == "shipping",
			(f == "stores" || f == "shelves") && k > 0 && (Fold(ws[k-1].Text) == "hits" || Fold(ws[k-1].Text) == "hit"),
			f == "available" && k > 0 && (Fold(ws[k-1].Text) == "be" || Fold(ws[k-1].Text) == "is" || Fold(ws[k-1].Text) == "becomes"):
			return "release to buyers", true
		}
		if f == "off" && k > 0 && (Fold(ws[k-1].Text) == "lifted" || Fold(ws[k-1].Text) == "blasted") {
			return "launch", true // "lifted off on February 16"
		}
		// "launched on February 18": the thing launched is the subject
		// ("Israel launched more airstrikes on Gaza early Tuesday" is no
		// launch's day)
		if f == "launched" && k == len(ws)-2 && Fold(ws[k+1].Text) == "on" {
			return "launch", true
		}
		if v, ok := dayVerbs[f]; ok {
			// "broke out", "stepped down", not "broke a record"
			if (f == "broke" || f == "stepped") && (k+1 >= len(ws) || Fold(ws[k+1].Text) != map[string]string{"broke": "out", "stepped": "down"}[f]) {
				return "", false
			}
			return v, true
		}
	}
	return "", false
}

// comingVerbs are the base forms of verbs whose coming day outlets give
// ("will meet on June 16", "would begin talks on Monday"), by the event.
var comingVerbs = map[string]string{
	"meet": "meeting", "visit": "visit", "begin": "talks", "start": "talks", "open": "talks", "resume": "talks",
	"vote": "vote", "sign": "signing", "travel": "trip", "arrive": "arrival",
}

// deadlineVerbs are the stems of verbs whose expected day a deadline
// gives ("restore power … by Friday"), by the event they tell.
var deadlineVerbs = map[string]string{
	"restor": "expected restoration", "reconnect": "expected restoration", "reopen": "expected reopening",
	"complet": "expected completion", "finish": "expected completion", "repair": "expected repair",
}

// dayVerbs are the past forms of verbs whose day outlets report, by the
// event they tell.
var dayVerbs = map[string]string{
	"began": "start", "started": "start", "broke": "start", "erupted": "start", "ignited": "start", "sparked": "start",
	"ended": "end", "concluded": "end", "finished": "end",
	"died": "death", "killed": "death",
	"crashed": "event", "collapsed": "event", "derailed": "event", "exploded": "event", "struck": "event",
	"capsized": "event", "sank": "event",
	"arrested": "arrest", "detained": "arrest",
	"resigned": "resignation", "quit": "resignation", "stepped": "resignation", "opened": "opening", "closed": "closure", "released": "release", "freed": "release",
	"inaugurated": "inauguration", "sworn": "inauguration", "office": "inauguration",
	"abducted": "abduction", "kidnapped": "abduction", "seized": "abduction",
	"discovered": "discovery", "detected": "discovery",
	"recalled": "recall",
	// the same, as Spanish, French, Italian, Portuguese and German tell them
	"comenzo": "start", "empezo": "start", "estallo": "start", "commence": "start", "cominciato": "start", "comecou": "start", "begann": "start",
	"murio": "death", "fallecio": "death", "mort": "death", "morto": "death", "morreu": "death", "starb": "death",
	"dimitio": "resignation", "renuncio": "resignation", "demissionne": "resignation", "dimesso": "resignation", "renunciou": "resignation", "zuruckgetreten": "resignation",
	"detenido": "arrest", "detenida": "arrest", "arrete": "arrest", "arrestato": "arrest", "preso": "arrest", "festgenommen": "arrest",
}

// partRE reads a part of a whole after its figure: "of the train's eight
// carriages", "of its 12 members".
var partRE = regexp.MustCompile(`^\s+of\s+(?:the|its|their|his|her|our)\s+(?:[\p{L}'’-]+['’]s?\s+)?(\d{1,4}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty)\s+([\p{L}-]+)`)

// partWhole: the count q of s is a part of a whole of things ("Six of the
// train's eight carriages"); it gives the things' stem and where the
// whole's figure starts.
func partWhole(s string, q Quantity) (noun string, whole int, ok bool) {
	if q.Kind != "count" || q.End > len(s) {
		return "", 0, false
	}
	m := partRE.FindStringSubmatchIndex(s[q.End:])
	if m == nil {
		return "", 0, false
	}
	w := s[q.End+m[4] : q.End+m[5]]
	if !isLowerWord(w) || IsStop(Fold(w)) {
		return "", 0, false
	}
	return Stem(Fold(w)), q.End + m[2], true
}

// countedNoun is the stem of the lower-case noun right after the count q
// of s ("five carriages"), if one follows it.
func countedNoun(s string, q Quantity) (string, bool) {
	if q.Kind != "count" || q.End >= len(s) || s[q.End] != ' ' {
		return "", false
	}
	ws := Words(s[q.End:])
	if len(ws) == 0 || ws[0].Start != 1 || !isLowerWord(ws[0].Text) || IsStop(Fold(ws[0].Text)) {
		return "", false
	}
	return Stem(Fold(ws[0].Text)), true
}

// plural is the counted things as one of the two sentences writes them,
// in the plural: "carriages".
func plural(xs string, p Quantity, ys string, q Quantity) string {
	for _, c := range []struct {
		s string
		q Quantity
	}{{xs, p}, {ys, q}} {
		if m := partRE.FindStringSubmatch(c.s[c.q.End:]); m != nil {
			return m[2]
		}
		if ws := Words(c.s[c.q.End:]); len(ws) > 0 && strings.HasSuffix(ws[0].Text, "s") {
			return ws[0].Text
		}
	}
	return "things"
}

// namedInEach: each sentence's first name is named somewhere in the
// other's article ("over the Lauter river" · "near Lindau", when both
// articles name both; "Sales totalled $4.2 billion." · "Halvard Foods
// said … revenue reached $4.3 billion"): one scene told by its two sides.
func (a *Alignment) namedInEach(x, y *Sentence) bool {
	if len(x.Names) == 0 && len(y.Names) == 0 {
		return false
	}
	if a.articleNames == nil {
		a.articleNames = map[string]map[string]bool{}
		for _, z := range a.Sentences {
			id := z.ArticleID()
			if a.articleNames[id] == nil {
				a.articleNames[id] = map[string]bool{}
			}
			for _, n := range z.Names {
				a.articleNames[id][n] = true
			}
		}
	}
	fx, fy := firstName(x, len(x.Text)), firstName(y, len(y.Text))
	return (fx == "" || a.articleNames[y.ArticleID()][fx] || a.commonWordOpening(x, y) || namedInLowerCase(x, fx, y) || a.writtenIn(x, fx, y)) &&
		(fy == "" || a.articleNames[x.ArticleID()][fy] || a.commonWordOpening(y, x) || namedInLowerCase(y, fy, x) || a.writtenIn(y, fy, x))
}

// writtenIn is writtenIn, remembered per name and article (namedInEach
// asks it for the same pairs again and again).
func (a *Alignment) writtenIn(z *Sentence, key string, other *Sentence) bool {
	i := slices.Index(z.Names, key)
	if i < 0 || i >= len(z.NameText) {
		return false
	}
	k := other.ArticleID() + "\x00" + z.NameText[i]
	if v, ok := a.written[k]; ok {
		return v
	}
	v := writtenIn(z, key, other)
	if a.written == nil {
		a.written = map[string]bool{}
	}
	a.written[k] = v
	return v
}

// writtenIn: the name key of z, as z writes it, stands in the other
// sentence's article as written, capitals and all, though no name was
// recognised there ("its Lumen 12 smartphone" · "The Lumen 12, …").
func writtenIn(z *Sentence, key string, other *Sentence) bool {
	i := slices.Index(z.Names, key)
	if i < 0 || i >= len(z.NameText) || len(z.NameText[i]) < 3 || other.Doc == nil || other.Doc.Article == nil {
		return false
	}
	return ContainsWord(other.Doc.Article.Text, z.NameText[i])
}

// namedInLowerCase: the name key of z is a name of three words or more
// whose last two the other sentence writes in lower case, as a second
// mention does ("The National Weather Service rated …" · "The weather
// service rated …").
func namedInLowerCase(z *Sentence, key string, other *Sentence) bool {
	i := slices.Index(z.Names, key)
	if i < 0 || i >= len(z.NameText) {
		return false
	}
	ws := Words(z.NameText[i])
	if len(ws) < 3 {
		return false
	}
	tail := strings.ToLower(ws[len(ws)-2].Text + " " + ws[len(ws)-1].Text)
	ow := Words(other.Text)
	for k := 0; k+1 < len(ow); k++ {
		if ow[k].Text+" "+ow[k+1].Text == tail && other.Text[ow[k].End:ow[k+1].Start] == " " {
			return true
		}
	}
	return false
}

// commonWordOpening: z's only name is the one word opening it, and the
// other sentence's article writes that word in lower case ("Power was
// back …" beside "knocked out power to …"): a capital the sentence gave
// it, not a name of another scene.
func (a *Alignment) commonWordOpening(z, other *Sentence) bool {
	if len(z.NameText) != 1 || strings.ContainsAny(z.NameText[0], " -") {
		return false
	}
	w := z.NameText[0]
	if !strings.HasPrefix(strings.TrimLeft(z.Text, "\"“‘'( "), w) {
		return false
	}
	lower := strings.ToLower(w)
	if lower == w {
		return false
	}
	if a.articleLower == nil {
		a.articleLower = map[string]map[string]bool{}
		for _, y := range a.Sentences {
			id := y.ArticleID()
			if a.articleLower[id] == nil {
				a.articleLower[id] = map[string]bool{}
			}
			for _, v := range Words(y.Text) {
				if r, _ := utf8.DecodeRuneInString(v.Text); unicode.IsLower(r) {
					a.articleLower[id][v.Text] = true
				}
			}
		}
	}
	return a.articleLower[other.ArticleID()][lower]
}

// firstName is the key of the name written first in z before byte end,
// "" if none.
var bareCode = regexp.MustCompile(`^\p{Lu}{1,3}-?\d{1,4}$`)

func firstName(z *Sentence, end int) string {
	name, at := "", end
	for i, n := range z.Names {
		// a bare code with a figure ("EF-4", "A320") is a rating or a
		// model, no place or party of the scene
		if i < len(z.NameText) && !bareCode.MatchString(z.NameText[i]) {
			if k := strings.Index(z.Text, z.NameText[i]); k >= 0 && k < at {
				name, at = n, k
			}
		}
	}
	return name
}

// penaltyOf names the penalty the figure q of s gives: "prison term" for a
// term a court gave in years or months ("sentenced to 12 years", "a
// 12-year prison sentence"; not the "up to 20 years" one faces), or the
// sum of a fine, bail or damages ("fined £450,000", "a £500,000 fine").
func penaltyOf(s string, q Quantity) (string, bool) {
	if q.End > len(s) {
		return "", false
	}
	before := Words(s[:q.Start])
	after := Words(s[q.End:])
	stemAt := func(ws []Word, i int) string {
		if i < 0 || i >= len(ws) {
			return ""
		}
		return Stem(Fold(ws[i].Text))
	}
	switch q.Kind {
	case "count":
		rest := strings.ToLower(s[q.End:])
		// the other languages' prison terms: "zu acht Jahren Haft", "à
		// quatre ans de prison", "a cuatro años de prisión", "a quattro
		// anni di carcere", "a quatro anos de prisão", "tot acht jaar cel"
		if term, ok := foreignPrisonTerm(rest); ok {
			if ws := Words(s[:q.Start]); len(ws) > 0 {
				switch Fold(ws[len(ws)-1].Text) {
				case "zu", "a", "à", "tot", "de":
					return term, true
				}
			}
		}
		unit := ""
		switch {
		case strings.HasPrefix(rest, "-year") || strings.HasPrefix(rest, " year"):
			unit = "years"
		case strings.HasPrefix(rest, "-month") || strings.HasPrefix(rest, " month"):
			unit = "months"
		default:
			return "", false
		}
		// "one to three years": a range
		if n := len(before); n >= 2 && Fold(before[n-1].Text) == "to" && isNumeric(Fold(before[n-2].Text)) || n >= 2 && Fold(before[n-1].Text) == "to" && wordNums[Fold(before[n-2].Text)] > 0 {
			return "", false
		}
		if h := hedgeOf(s, q); h == "upper" || h == "rough" {
			return "", false
		}
		// a prison term, a ban ("banned for four years", "a two-year
		// ban") or a contract ("a five-year contract", "a six-year deal")
		penalty := ""
		for i := len(before) - 1; i >= 0 && i >= len(before)-6; i-- {
			switch st := stemAt(before, i); st {
			case "face", "could", "maximum", "max", "seek", "sought", "demand", "ask", "request", "serv":
				return "", false // what one faces, a prosecutor asks or one served
			case "sentenc", "jail", "imprison", "prison":
				penalty = "prison term"
			case "ban", "suspend":
				if penalty == "" && i >= len(before)-2 { // "banned for", not "banned … in the last ten years"
					penalty = "ban"
				}
			}
		}
		for i := 1; i < len(after) && i <= 3; i++ {
			switch st := stemAt(after, i); st {
			case "sentenc", "prison", "jail", "term":
				penalty = "prison term"
			case "ban", "suspens":
				if i == 1 && penalty == "" {
					penalty = "ban"
				}
			case "contract", "deal":
				if i == 1 && penalty == "" {
					penalty = "contract"
				}
			}
		}
		if penalty != "" {
			return penalty + " (" + unit + ")", true
		}
	case "money":
		for i := len(before) - 1; i >= 0 && i >= len(before)-3; i-- {
			st := stemAt(before, i)
			if name, ok := penaltyNouns[st]; ok {
				return name, true
			}
			if !IsStop(Fold(before[i].Text)) && st != "pay" && st != "order" {
				break
			}
		}
		if name, ok := penaltyNouns[stemAt(after, 0)]; ok {
			return name, true
		}
		// "₹5 lakh in compensation"
		if len(after) > 1 && Fold(after[0].Text) == "in" && after[0].Start <= 1 {
			if name, ok := penaltyNouns[stemAt(after, 1)]; ok {
				return name, true
			}
		}
		// the other languages': "una multa de 42 millones de euros",
		// "multado con 45 millones", "une amende de", "eine Geldstrafe von"
		// (past an apposition's comma and a superlative: "La mayor
		// sanción, de 18 millones", "la multa más alta, de 20 millones"
		// are the largest of several fines, a slot of its own)
		largest := false
		for i := len(before) - 1; i >= 0 && i >= len(before)-6; i-- {
			f := Fold(before[i].Text)
			if foreignFines[f] {
				for _, w := range before[max(0, i-2):min(len(before), i+4)] {
					largest = largest || superlativesIn[Fold(w.Text)]
				}
				if largest {
					return "largest fine", true
				}
				return "fine", true
			}
			if superlativesIn[f] {
				largest = true
				continue
			}
			if !foreignFineLinks[f] && f != "mas" && f != "piu" {
				break
			}
		}
	}
	return "", false
}

// foreignPrisonTerm reads, after a count, the years or months of a
// prison term in the other languages ("jahren haft", "ans de prison",
// "años de prisión", "anni di carcere", "anos de prisão", "jaar cel"); a
// suspended term's part ("dont deux avec sursis") is none of it.
func foreignPrisonTerm(rest string) (string, bool) {
	ws := Words(rest)
	if len(ws) < 2 || ws[0].Start != 1 {
		return "", false
	}
	unit := ""
	switch Fold(ws[0].Text) {
	case "jahren", "jahre", "ans", "annees", "anos", "anni", "jaar":
		unit = "years"
	case "monaten", "monate", "mois", "meses", "mesi", "maanden":
		unit = "months"
	default:
		return "", false
	}
	k := 1
	if k < len(ws) && (Fold(ws[k].Text) == "de" || Fold(ws[k].Text) == "di" || Fold(ws[k].Text) == "d") {
		k++
	}
	if k >= len(ws) {
		return "", false
	}
	switch Fold(ws[k].Text) {
	case "haft", "gefangnis", "freiheitsstrafe", "prison", "prision", "carcel", "carcere", "reclusione", "prisao", "cel", "gevangenisstraf":
		return "prison term (" + unit + ")", true
	}
	return "", false
}

// superlativesIn mark the largest of several (folded).
var superlativesIn = setOfWords(`mayor alta elevada maxima plus lourde grosse elevee piu alta alto elevata hochste grosste hohste hoogste grootste maior`)

// foreignFines are the other languages' fines (folded); foreignFineLinks
// stand between one and its sum.
var (
	foreignFines = setOfWords(`multa multas multado multada multados amende amendes condamne sancion sanciones sancionado
		sanzione sanzioni multata multato geldstrafe geldbusse bussgeld strafe boete boetes beboet coima`)
	foreignFineLinks = setOfWords(`de di da von van con com d'une une una un eine einer einem en to`)
)

// penaltyNouns are the stems of the sums a court or a captor sets.
var penaltyNouns = map[string]string{
	"fine": "fine", "bail": "bail", "ransom": "ransom", "damag": "damages", "compens": "compensation",
	"penalti": "penalty", "settlement": "settlement", "ex-gratia": "compensation",
}

// metricOf names the figure q of s by the metric its clause gives it: the
// nearest metric noun before it in its clause, at most eight words back
// with no other sum between ("net profit for the first quarter rose to
// $650 million"), or right after it ("$4.2 billion in sales"), with a
// qualifier before the noun ("net", "operating") and the period the clause
// names ("quarter", "year"). A forecast's or an estimate's figure is none.
func metricOf(s string, qs []Quantity, q Quantity) (string, bool) {
	if q.Kind != "money" || q.End > len(s) || roleOf(s, q) == "from" || roleOf(s, q) == "by" {
		return "", false
	}
	start := 0
	if i := strings.LastIndexAny(s[:q.Start], ",;:("); i >= 0 {
		start = i + 1
		// "… net profit on Thursday, to $612 million": a clause of a
		// preposition alone goes on the one before it
		if len(Words(s[start:q.Start])) <= 1 {
			if j := strings.LastIndexAny(s[:i], ";:("); j >= 0 {
				start = j + 1
			} else {
				start = 0
			}
		}
	}
	for _, r := range qs {
		if r.Kind == "money" && r.End <= q.Start && r.Start >= start {
			start = r.End // no other sum between
		}
	}
	ws := Words(s[start:q.Start])
	metric, qualifier := "", ""
	for i := len(ws) - 1; i >= 0 && i >= len(ws)-8; i-- {
		st := Stem(Fold(ws[i].Text))
		if forecastWords[st] {
			return "", false
		}
		if m, ok := metricNouns[st]; ok {
			metric = m
			if i > 0 {
				if qf := Fold(ws[i-1].Text); metricQualifiers[qf] {
					qualifier = qf + " "
				}
			}
			break
		}
	}
	if metric == "" {
		after := Words(s[q.End:])
		for i := 0; i < len(after) && i < 2; i++ {
			st := Stem(Fold(after[i].Text))
			if m, ok := metricNouns[st]; ok {
				metric = m
				break
			}
			if !IsStop(Fold(after[i].Text)) {
				break
			}
		}
	}
	if metric == "" {
		return "", false
	}
	period := ""
	clause := strings.ToLower(s[start:min(len(s), q.End+40)])
	switch {
	case strings.Contains(clause, "quarter"):
		period = " (quarter)"
	case strings.Contains(clause, "half-year") || strings.Contains(clause, "first half") || strings.Contains(clause, "second half"):
		period = " (half year)"
	case strings.Contains(clause, "full-year") || strings.Contains(clause, "annual") || strings.Contains(clause, "for the year"):
		period = " (year)"
	}
	return qualifier + metric + period, true
}

// metricOfIn is metricOf for text in language lang: the metric noun
// before the sum in its clause ("einen Nettogewinn von 2,4 Milliarden
// Euro", "Der Umsatz stieg auf 41,5 Milliarden Euro", "un bénéfice net de
// 1,2 milliard d'euros") or the verb of earning after it ("2,6 Milliarden
// Euro verdient"), with the quarter or the half year the clause names.
func metricOfIn(lang, s string, qs []Quantity, q Quantity) (string, bool) {
	if q.Kind != "money" || q.End > len(s) {
		return "", false
	}
	start := 0
	if i := strings.LastIndexAny(s[:q.Start], ",;:("); i >= 0 {
		start = i + 1
	}
	for _, r := range qs {
		if r.Kind == "money" && r.End <= q.Start && r.Start >= start {
			start = r.End // no other sum between
		}
	}
	ws := Words(s[start:q.Start])
	metric := ""
	for i := len(ws) - 1; i >= 0 && i >= len(ws)-8 && metric == ""; i-- {
		f := Fold(ws[i].Text)
		if foreignForecast[f] {
			return "", false
		}
		metric = foreignMetric(f)
		if metric != "" && i+1 < len(ws) && (metric == "profit" || metric == "loss") {
			switch Fold(ws[i+1].Text) {
			case "net", "neto", "netto", "liquido":
				metric = "net " + metric // "bénéfice net", "beneficio neto", "utile netto", "lucro líquido"
			}
		}
	}
	after := firstWords(s[q.End:], 4)
	for k, w := range after {
		if k > 0 && clauseBreak(s[q.End+after[k-1].End:q.End+w.Start]) {
			break
		}
		f := Fold(w.Text)
		if foreignForecast[f] {
			return "", false // "einen Gewinn von 2,5 Milliarden Euro erwartet"
		}
		if metric == "" && (f == "verdient" || f == "verdiente" || f == "verdienten") {
			metric = "net profit"
		}
	}
	if metric == "" {
		return "", false
	}
	period := ""
	clause := strings.ToLower(s[start:min(len(s), q.End+40)])
	switch {
	case strings.Contains(clause, "quartal") || strings.Contains(clause, "trimestre") || strings.Contains(clause, "kwartaal"):
		period = " (quarter)"
	case strings.Contains(clause, "halbjahr") || strings.Contains(clause, "semestre") || strings.Contains(clause, "halfjaar"):
		period = " (half year)"
	}
	return metric + period, true
}

// foreignMetric names the metric a folded word of the other languages
// read is: German compounds by their head ("Nettogewinn", "Konzernumsatz").
func foreignMetric(f string) string {
	switch {
	case strings.HasPrefix(f, "netto") && strings.HasSuffix(f, "gewinn"), strings.HasPrefix(f, "rein") && strings.HasSuffix(f, "gewinn"),
		f == "nettowinst":
		return "net profit"
	case strings.HasPrefix(f, "betrieb") && strings.HasSuffix(f, "gewinn"), f == "betriebsergebnis":
		return "operating profit"
	case strings.HasSuffix(f, "gewinn"), f == "gewinn", f == "benefice", f == "benefices", f == "beneficio", f == "beneficios",
		f == "utile", f == "utili", f == "lucro", f == "lucros", f == "winst":
		return "profit"
	case strings.HasSuffix(f, "umsatz"), f == "umsatze", f == "omzet", f == "ventas", f == "facturacion", f == "ingresos",
		f == "fatturato", f == "ricavi", f == "receita", f == "receitas", f == "faturamento", f == "affaires":
		return "revenue" // ("chiffre d'affaires")
	case strings.HasSuffix(f, "verlust"), f == "perte", f == "pertes", f == "perdidas", f == "perdida", f == "perdita",
		f == "perdite", f == "prejuizo", f == "verlies":
		return "loss"
	}
	return ""
}

// foreignForecast are the other languages' words of a figure expected.
var foreignForecast = setOfWords(`prognose erwartet erwarteten erwartung prevision previsions prevu prevue prevision previsiones previsto prevista
	previsione previsioni attesi atteso previsao esperado esperada verwacht verwachting`)

// metricNouns are the stems of what a company's or a government's sums
// measure, by the name a line gives them.
var metricNouns = map[string]string{
	"profit": "profit", "revenu": "revenue", "sale": "revenue", "turnov": "revenue", "earn": "earnings",
	"incom": "income", "loss": "loss", "dividend": "dividend", "ebitda": "EBITDA", "budget": "budget",
	"deficit": "deficit", "debt": "debt", "valuat": "valuation", "bonus": "bonus", "salari": "salary",
	"impair": "impairments", "provis": "provisions", "writedown": "write-downs", "write-down": "write-downs",
}

// metricQualifiers name which of a metric ("net profit", "operating
// profit").
var metricQualifiers = setOfWords(`net gross operating pre-tax pretax core adjusted underlying annual quarterly`)

// forecastWords name a figure expected, not reported.
var forecastWords = map[string]bool{"forecast": true, "estim": true, "estimat": true, "expect": true, "target": true, "guidanc": true, "consensu": true, "project": true, "predict": true}

// complement: p of x is a part of a whole and r the rest of it ("missing
// 10 of the Saints' 16 games" · "limited him to only six games").
func complement(x *Sentence, p, r Quantity) bool {
	_, at, ok := partWhole(x.Text, p)
	if !ok {
		return false
	}
	pv, err1 := strconv.ParseFloat(p.Value, 64)
	rv, err2 := strconv.ParseFloat(r.Value, 64)
	for _, w := range x.Quantities {
		if w.Start == at {
			wv, err := strconv.ParseFloat(w.Value, 64)
			return err == nil && err1 == nil && err2 == nil && wv-pv == rv
		}
	}
	return false
}

// splitSideNearer: x gives the share p and another share that sums with
// it to a hundred, and r is nearer that other share than p.
func splitSideNearer(x *Sentence, p, r Quantity) bool {
	if p.Kind != "percent" || r.Kind != "percent" {
		return false
	}
	pv, err1 := strconv.ParseFloat(p.Value, 64)
	rv, err2 := strconv.ParseFloat(r.Value, 64)
	if err1 != nil || err2 != nil {
		return false
	}
	for _, w := range x.Quantities {
		if w.Kind != "percent" || w.Start == p.Start {
			continue
		}
		if wv, err := strconv.ParseFloat(w.Value, 64); err == nil && math.Abs(wv+pv-100) < 0.15 && math.Abs(rv-wv) < math.Abs(rv-pv) {
			return true
		}
	}
	return false
}

// pluralAfter is the plural noun right after the count q of s, as written
// ("Germans", "touchdowns"), if one follows it.
func pluralAfter(s string, q Quantity) (string, bool) {
	w, ok := wordAfterCount(s, q)
	if !ok {
		return "", false
	}
	f := Fold(w)
	if IsStop(f) || len(f) < 4 || !strings.HasSuffix(f, "s") || strings.HasSuffix(f, "ss") || strings.HasSuffix(f, "'s") {
		return "", false
	}
	return w, true
}

// nounAfterIn returns the word right after the count q of s, in the
// stemming language lang, when it is no function word: what the count
// counts ("3.000 Einwohner", "10,4 Meter").
func nounAfterIn(lang, s string, q Quantity) (string, bool) {
	w, ok := wordAfterCount(s, q)
	if !ok {
		return "", false
	}
	if f := Fold(w); IsStopIn(lang, f) || len(f) < 3 {
		return "", false
	}
	return w, true
}

// countQuantities counts the figures of x that match.
func countQuantities(x *Sentence, match func(Quantity) bool) int {
	n := 0
	for _, q := range x.Quantities {
		if match(q) {
			n++
		}
	}
	return n
}

// temperatureOf keys a temperature by the place the sentence names:
// "temperature in Córdoba (°C)".
func (a *Alignment) temperatureOf(x *Sentence, q Quantity) (string, bool) {
	unit, ok := temperatureUnit(x.Text, q)
	if !ok {
		return "", false
	}
	// "dias acima de 40 graus", "days above 40C": a threshold, no reading
	if ws := Words(x.Text[:q.Start]); len(ws) > 0 && thresholdWords[Fold(ws[len(ws)-1].Text)] ||
		len(ws) > 1 && thresholdWords[Fold(ws[len(ws)-2].Text)+" "+Fold(ws[len(ws)-1].Text)] {
		return "", false
	}
	// (the other languages' places are often not typed as places: a
	// name some article's dateline gives is one)
	// (or a name no person's or body's after "à", "in", "en": "-5,2 °C à
	// Bué", which the entity stage may not have typed)
	afterPreposition := func(name string) bool {
		at := strings.Index(x.Text, name)
		if at <= 0 {
			return false
		}
		ws := Words(x.Text[:at])
		return len(ws) > 0 && placePrepositions[Fold(ws[len(ws)-1].Text)]
	}
	// (the place right after the reading is its: "ha fatto segnare 43
	// gradi a Siena", in a sentence that named another place first)
	for i, n := range x.Names {
		at := strings.Index(x.Text[min(q.End, len(x.Text)):], x.NameText[i])
		if at >= 0 && at <= 20 && a.nameType[n] != crossread.PERSON && a.nameType[n] != crossread.ORG && afterPreposition(x.NameText[i]) {
			return "temperature in " + x.NameText[i] + " (" + unit + ")", true
		}
	}
	for i, n := range x.Names {
		if a.nameType[n] == crossread.LOC || a.datelinePlace(n) ||
			a.nameType[n] != crossread.PERSON && a.nameType[n] != crossread.ORG && afterPreposition(x.NameText[i]) {
			return "temperature in " + x.NameText[i] + " (" + unit + ")", true
		}
	}
	if place := a.mainPlace(x.Doc); place != "" {
		return "temperature in " + place + " (" + unit + ")", true
	}
	// (no place read: a temperature still, set against another where the
	// two sentences share a name, "à la station de Lyon-Bron", or each
	// source gives one)
	return "temperature (" + unit + ")", true
}

// longAfterUnit: the unit after the count q of s is followed by a word
// of length ("294 meter lang", "300 mètres de long", "250 metri di
// lunghezza", "240 metros de largo", "400 Meter lange").
func longAfterUnit(s string, q Quantity) bool {
	ws := firstWords(s[min(q.End, len(s)):], 4)
	for i := 1; i < len(ws) && i <= 3; i++ {
		switch Fold(ws[i].Text) {
		case "lang", "lange", "langen", "long", "longue", "lungo", "lunga", "lunghezza", "largo", "larga", "longitud", "comprimento", "extensao", "lengte":
			return true
		}
	}
	return false
}

// holdingSize: the words before an area say whose holding it measures:
// a farm, plot or estate, or its owners, "of" it ("su finca de ocho
// hectáreas", "productores de menos de 15 hectáreas", "a farm of 40
// hectares").
func holdingSize(s string, q Quantity) bool {
	ws := Words(s[:min(q.Start, len(s))])
	k := len(ws) - 1
	for k >= 1 && (boundLeadIns[Fold(ws[k].Text)] || Fold(ws[k].Text) == "de" && k >= 1 && boundLeadIns[Fold(ws[k-1].Text)]) {
		k--
	}
	if k < 1 || clauseBreak(s[ws[k-1].End:ws[k].Start]) {
		return false
	}
	switch Fold(ws[k].Text) {
	case "de", "di", "da", "of", "von", "van":
		return holdingWords[Fold(ws[k-1].Text)]
	}
	return false
}

// boundLeadIns may stand between a noun's "of" and its figure: "de menos
// de 20", "of more than 40".
var boundLeadIns = setOfWords(`menos mas más than more less plus moins meno piu più mehr weniger unter uber über up to hasta`)

// holdingWords are holdings of land and their owners, in the languages
// read (folded).
var holdingWords = setOfWords(`finca fincas campo campos granja granjas explotacion explotaciones parcela parcelas terreno terrenos propiedad
	propiedades predio predios chacra quinta productores productor agricultores agricultor farm farms plot plots estate estates farmers
	ranch exploitation exploitations ferme fermes parcelle parcelles propriete domaine agriculteurs azienda aziende podere poderi
	agricoltori fazenda fazendas sitio propriedade propriedades produtores agricultores betrieb betriebe hof hofe landwirte boerderij
	perceel percelen boeren`)

// distanceFrom: a measure is told as where something is, "at" so far
// "from" a place: "à 8 km de l'arrivée", "a 6 km del pueblo", "op 3
// kilometer van de finish".
func distanceFrom(s string, q Quantity) bool {
	// (a rough count of the unit: "à une vingtaine de kilomètres du
	// col", read from its unit, after its article)
	rough := false
	if w := firstWords(s[min(q.End, len(s)):], 2); len(w) == 2 && w[0].Start <= 1 && !strings.ContainsAny(q.Text, "0123456789") &&
		(Fold(w[0].Text) == "de" || Fold(w[0].Text) == "di") && foreignUnits[Fold(w[1].Text)] != "" {
		q.End += w[0].End
		rough = true
	}
	// "rund 1,5 Kilometer vom Wildpark entfernt", "found 4 km from the
	// zoo": how far from a place, whatever stands before it
	if after := firstWords(s[min(q.End, len(s)):], 7); len(after) >= 2 {
		// ("70 kilometres south-west of Tamworth", "30 km au nord de Lyon")
		i := 1
		if compassWords[Fold(after[1].Text)] && len(after) >= 3 {
			i = 2
		} else if len(after) >= 4 && (Fold(after[1].Text) == "au" || Fold(after[1].Text) == "al" || Fold(after[1].Text) == "a") && compassWords[Fold(after[2].Text)] {
			i = 3
		}
		if i > 1 {
			switch Fold(after[i].Text) {
			case "of", "de", "du", "del", "di", "do", "da", "dal", "van", "von":
				return true
			}
		}
		switch Fold(after[1].Text) {
		case "from":
			return true
		case "vom", "von":
			for _, w := range after[2:] {
				if f := Fold(w.Text); f == "entfernt" || f == "entfernten" {
					return true
				}
			}
		}
	}
	before := Words(s[:min(q.Start, len(s))])
	j := wordBeforeHedge(before)
	if rough && j >= 1 && articleWords[Fold(before[j].Text)] {
		j--
	}
	if j < 0 || clauseBreak(s[before[j].End:q.Start]) {
		return false
	}
	switch Fold(before[j].Text) {
	case "a", "à", "op", "at":
	default:
		return false
	}
	after := firstWords(s[min(q.End, len(s)):], 2)
	if len(after) < 2 {
		return false
	}
	switch Fold(after[1].Text) {
	case "de", "du", "des", "del", "da", "do", "dal", "dalla", "dallo", "van", "from", "d'", "dell'":
		return true
	}
	return strings.HasPrefix(Fold(after[1].Text), "d'")
}

// depthAfterUnit: the words after the length q of s and its unit say it
// is a depth ("9 chilometri di profondità", "10 km deep", "30 Kilometer
// tief").
func depthAfterUnit(s string, q Quantity) bool {
	after := firstWords(s[min(q.End, len(s)):], 3)
	if len(after) < 2 || after[0].Start > 1 || clauseBreak(s[q.End+after[0].End:q.End+after[1].Start]) {
		return false
	}
	switch f := Fold(after[1].Text); f {
	case "deep", "tief", "diep":
		return true
	case "of", "de", "di", "da", "do", "du":
		return len(after) == 3 && containsAnyWord(after[2].Text, depthWords...)
	}
	return false
}

// compassWords name a direction from a place, in the languages read.
var compassWords = setOfWords(`north south east west north-east north-west south-east south-west northeast northwest southeast southwest
	nord sud est ouest nord-est nord-ouest sud-est sud-ouest norte sur este oeste noreste noroeste sureste suroeste sudeste sudoeste
	nordest nordovest sudest sudovest noorden zuiden oosten westen noordoosten noordwesten zuidoosten zuidwesten`)

// englishLength: an English measure in metres written as an adjective of
// a ship or a named thing ("The 190-metre Northern Lark", "a 190-metre
// tanker"): its overall length.
func englishLength(s string, q Quantity) bool {
	w := wordAfterUnit(s, q, "-metre ", "-meter ", " metre ", "-metres-long ", "-metre-long ", "-meter-long ")
	r, _ := utf8.DecodeRuneInString(w)
	return w != "" && (unicode.IsUpper(r) || vesselWords[Fold(w)])
}

// wordAfterUnit is the word right after the figure q of s and one of
// units written onto it ("-metre "), "" for none.
func wordAfterUnit(s string, q Quantity, units ...string) string {
	rest := s[min(q.End, len(s)):]
	for _, u := range units {
		if !strings.HasPrefix(rest, u) {
			continue
		}
		if next := firstWords(rest[len(u):], 1); len(next) == 1 && next[0].Start == 0 {
			return next[0].Text
		}
		return ""
	}
	return ""
}

// sharesDistanceReference: a distance of each sentence is told from the
// same place, by the first word after its "from" ("rund 2,5 Kilometer
// vom Wildpark entfernt" · "etwa drei Kilometer vom Wildpark entfernt"),
// not from two ("a 5 kilómetros de la línea de llegada" · "A 8
// kilómetros del final").
func sharesDistanceReference(x, y *Sentence) bool {
	refs := func(z *Sentence) map[string]bool {
		out := map[string]bool{}
		for _, q := range z.Quantities {
			if q.Kind != "count" || q.End > len(z.Text) || !distanceFrom(z.Text, q) {
				continue
			}
			after := firstWords(z.Text[q.End:], 6)
			for i := 1; i+1 < len(after); i++ {
				f := Fold(after[i].Text)
				if !fromWords[f] && !strings.HasPrefix(f, "d'") {
					continue
				}
				k := i + 1
				for k < len(after) && coastArticles[Fold(after[k].Text)] {
					k++
				}
				if k < len(after) {
					out[Stem(afterElision(Fold(after[k].Text)))] = true
				} else if strings.HasPrefix(f, "d'") {
					out[Stem(afterElision(f))] = true
				}
				break
			}
		}
		return out
	}
	rx := refs(x)
	for r := range refs(y) {
		if rx[r] {
			return true
		}
	}
	return false
}

// fromWords say "from" a place before it (folded).
var fromWords = setOfWords(`from vom von van de du des del da do dal dalla dallo`)

// englishGap: an English measure in metres written as the adjective of
// a breach or gap ("a 40-metre breach", "a 40-metre section of the
// embankment"): how wide it is.
func englishGap(s string, q Quantity) bool {
	return gapWords[Fold(wordAfterUnit(s, q, "-metre ", "-meter "))]
}

var gapWords = setOfWords(`breach gap hole opening crack section rift tear`)

var vesselWords = setOfWords(`ship vessel tanker freighter feeder ferry yacht boat cruise container carrier barge bridge tunnel`)

// wideAfterUnit: "breed", "breit", "de large", "de ancho", "di
// larghezza" within the three words after a measure's unit.
func wideAfterUnit(s string, q Quantity) bool {
	ws := firstWords(s[min(q.End, len(s)):], 4)
	for i := 1; i < len(ws) && i <= 3; i++ {
		switch Fold(ws[i].Text) {
		case "breed", "brede", "breit", "breite", "breiten", "large", "largeur", "ancho", "anchura", "larghezza", "largura", "wide":
			return true
		}
	}
	return false
}

// ownWords before a measure make it someone's own ("ses onze hectares",
// "sus 20 hectáreas", "seine 40 Hektar").
var ownWords = setOfWords(`ses son sa sus su suas seus sua seu sue suoi suo sua mijn zijn haar hun ihre ihren seine seinen ihr sein`)

// placePrepositions put a place after them: "à Bué", "in Bari", "en
// Córdoba", "em Cuiabá".
var placePrepositions = setOfWords(`à a au in en em no na nel nella bei te`)

// thresholdWords before a temperature make it a threshold: "above 40C",
// "acima de 40 graus", "über 35 Grad", "au-dessus de 40 degrés".
var thresholdWords = setOfWords(`above below over under exceeding uber unter boven onder`)

func init() {
	for _, p := range []string{"acima de", "abaixo de", "encima de", "debajo de", "dessus de", "dessous de", "sopra i", "sotto i", "sopra dei", "superiores a", "superiores a", "superiori a", "superieures a", "superiors a", "boven de", "onder de"} {
		thresholdWords[p] = true
	}
}

// datelinePlace: the name key n is the place some article's dateline
// gives.
func (a *Alignment) datelinePlace(n string) bool {
	for _, keys := range a.datelines {
		for _, k := range keys {
			if k == n {
				return true
			}
		}
	}
	return false
}

// mainPlace is an article's place: its dateline's town as the article
// writes it ("" when it has none). (The place it names most often is no
// surer: the other languages' places are often not typed as places.)
func (a *Alignment) mainPlace(d *crossread.Doc) string {
	dl := a.datelines[d]
	if len(dl) == 0 {
		return ""
	}
	for _, x := range a.Sentences {
		if x.Doc != d {
			continue
		}
		for i, n := range x.Names {
			if n == dl[0] {
				return x.NameText[i]
			}
		}
	}
	return ""
}

// temperatureUnit reads the unit written right after the count q of s:
// "°C", "C", "degrees Celsius" (°C) or their Fahrenheit forms (°F).
func temperatureUnit(s string, q Quantity) (string, bool) {
	if q.Kind != "count" || q.End > len(s) {
		return "", false
	}
	rest := s[q.End:]
	for _, c := range []struct{ prefix, unit string }{
		{"°C", "°C"}, {" °C", "°C"}, {"ºC", "°C"}, {" ºC", "°C"}, {" degrees Celsius", "°C"}, {" degrees C ", "°C"}, {" C ", "°C"}, {"C ", "°C"}, {"C,", "°C"}, {"C.", "°C"},
		{"°F", "°F"}, {" °F", "°F"}, {" degrees Fahrenheit", "°F"}, {"F ", "°F"}, {"F,", "°F"}, {"F.", "°F"},
		// the other languages read give Celsius: "44,1 grados", "45 Grad"
		{" grados", "°C"}, {" degrés", "°C"}, {" gradi", "°C"}, {" graus", "°C"}, {" Grad", "°C"}, {" graden", "°C"}, {"°", "°C"}, {" °", "°C"},
	} {
		if strings.HasPrefix(rest, c.prefix) {
			if strings.HasSuffix(c.prefix, "°") {
				// "45°N", "a 30° angle": no temperature
				if r, _ := utf8.DecodeRuneInString(rest[len(c.prefix):]); unicode.IsLetter(r) || containsAnyWord(rest, "angle", "latitude", "longitude") {
					return "", false
				}
			}
			return c.unit, true
		}
	}
	return "", false
}

// foreignSetWords raise or lower a level in the other languages read,
// as verbs or nouns (folded): "elevar el salario mínimo a", "la subida del
// salario mínimo a", "relever l'âge de départ à", "erhöht den Mindestlohn
// auf", "Anhebung des Mindestlohns auf".
var foreignSetWords = setOfWords(`subir sube subio subida elevar eleva elevo elevacion aumentar aumenta aumento bajar baja bajo
	rebaja reducir reduce redujo reduccion relever releve relevement hausse augmenter augmente augmentation baisser baisse abaisser
	reduire reduit erhoht erhohen erhohte anhebung anheben hebt senkt senken senkung aumentare aumenta aumentato innalzare innalza
	innalzamento alzare ridurre riduce elevado elevou aumentou reduzir reduziu verhoogt verhogen verhoging verlaagt verlagen`)

// foreignTo are the other languages' "to" before a level set.
var foreignTo = setOfWords(`a à auf naar al ao`)

// levelSetToIn is levelSetTo for text in language lang: the first two
// content words between the verb (or its noun) and the "to" name the level
// ("salario minimo" for "la subida del salario mínimo interprofesional a
// 1.250 euros" and "elevar el salario mínimo a 1.260 euros").
func levelSetToIn(lang, s string, q Quantity) (string, bool) {
	if q.Kind != "count" && q.Kind != "money" && q.Kind != "percent" || q.Start > len(s) {
		return "", false
	}
	before := Words(s[:q.Start])
	n := len(before)
	if n < 3 || !foreignTo[Fold(before[n-1].Text)] {
		return "", false
	}
	for v := n - 2; v >= 0 && v >= n-7; v-- {
		if !foreignSetWords[Fold(before[v].Text)] {
			continue
		}
		var key []string
		for _, w := range before[v+1 : n-1] {
			t := afterElision(strings.ToLower(w.Text)) // "l'âge"
			f := Fold(t)
			if f == "" || IsStopIn(lang, f) || isNumeric(f) {
				continue
			}
			if len(key) < 2 {
				key = append(key, t)
			}
		}
		if len(key) == 0 {
			return "", false
		}
		return strings.Join(key, " "), true
	}
	return "", false
}

// levelSetTo names the level a change sets, by the words between its verb
// and "to": "raise the retirement age to 67" is "retirement age".
func levelSetTo(s string, q Quantity) (string, bool) {
	if q.Kind != "count" && q.Kind != "money" && q.Kind != "percent" || q.Start > len(s) {
		return "", false
	}
	before := Words(s[:q.Start])
	n := len(before)
	if n < 3 || Fold(before[n-1].Text) != "to" {
		return "", false
	}
	for v := n - 2; v >= 0 && v >= n-6; v-- {
		if !setVerbs[Fold(before[v].Text)] {
			continue
		}
		var key []string
		for _, w := range before[v+1 : n-1] {
			f := Fold(w.Text)
			switch f {
			case "the", "a", "an", "its", "their", "his", "her", "our":
				continue
			}
			if IsStop(f) || isNumeric(f) {
				return "", false
			}
			key = append(key, f)
		}
		if len(key) == 0 || len(key) > 3 {
			return "", false
		}
		return strings.Join(key, " "), true
	}
	return "", false
}

var setVerbs = setOfWords(`raise raises raising raised lower lowers lowering lowered increase increases increasing
	increased reduce reduces reducing reduced lift lifts lifting lifted set sets setting cut cuts cutting`)

// crowdEstimate keys a crowd's size by who counted it, from the words of
// its clause: "crowd size (police)", "crowd size (organisers)".
func crowdEstimate(s string, q Quantity) (string, bool) {
	if q.Kind != "count" || !containsAnyWord(s, "crowd", "protest", "protested", "protesters", "march", "marched", "marchers", "rally", "demonstrators", "demonstration",
		// the other languages read
		"manifestants", "manifesté", "manifestation", "manifestations", "cortège", "défilé", "manifestantes", "manifestaron", "manifestación",
		"marcharon", "demonstranten", "demonstrierten", "kundgebung", "manifestanti", "manifestazione", "corteo", "manifestaram", "manifestação",
		// (those taking part, when the clause says who counted them: "La
		// préfecture de police a dénombré 87 000 participants")
		"participants", "participantes", "partecipanti", "teilnehmer", "deelnemers") {
		return "", false
	}
	v, err := strconv.ParseFloat(q.Value, 64)
	if err != nil || v < 100 {
		return "", false
	}
	lo, hi := q.Start, q.End
	for lo > 0 && !strings.ContainsAny(s[lo-1:lo], ",;") {
		lo--
	}
	for hi < len(s) && !strings.ContainsAny(s[hi:hi+1], ",;") {
		hi++
	}
	clause := s[lo:hi]
	// an attribution closing the sentence speaks for its last clause
	// ("some 50,000 people protested …, police said")
	if tail := s[hi:]; strings.Count(tail, ",") <= 1 && len(Words(tail)) <= 4 {
		clause += tail
	}
	// and one opening it for its first ("Selon le ministère de
	// l'Intérieur, 520 000 personnes ont manifesté")
	if head, _, ok := strings.Cut(s, ","); ok && len(head) <= lo {
		if ws := Words(head); len(ws) > 0 {
			switch Fold(ws[0].Text) {
			case "according", "selon", "segun", "laut", "secondo", "segundo", "d'apres":
				clause += " " + head
			}
		}
	}
	switch {
	case containsAnyWord(clause, "police", "policía", "polizei", "polizia", "polícia", "préfecture", "questura"):
		return "crowd size (police)", true
	case containsAnyWord(clause, "organisers", "organizers", "unions", "organisateurs", "syndicats", "organizadores", "sindicatos",
		"veranstalter", "gewerkschaften", "organizzatori", "sindacati"):
		return "crowd size (organisers)", true
	case containsAnyWord(clause, "ministry", "intérieur", "interior", "innenministerium", "interno", "viminale", "authorities", "autorités", "autoridades", "behörden", "autorità"):
		return "crowd size (authorities)", true
	}
	return "", false
}

// takesEffect: the date q of s is the day something starts to apply.
func takesEffect(s string, q Quantity) bool {
	// a day, with or without its year ("2028-04-01", "--03-01")
	if q.Kind != "date" || !(len(q.Value) == 10 || len(q.Value) == 7 && strings.HasPrefix(q.Value, "--")) || q.End > len(s) {
		return false
	}
	before := Words(s[:q.Start])
	after := Words(s[q.End:])
	if len(before) == 0 {
		return false
	}
	if len(after) > 0 {
		switch Fold(after[0].Text) {
		case "to", "until", "through":
			return false // a range
		case "and":
			// "from March 1 and 5", not "on Nov. 1 and run for six months"
			if len(after) > 1 && (isNumeric(Fold(after[1].Text)) || monthWords[Fold(after[1].Text)]) {
				return false
			}
		}
	}
	switch p := Fold(before[len(before)-1].Text); {
	case p == "starting" || p == "effective":
		return true
	case p == "beginning":
		// not "the week beginning 17 October"
		return len(before) < 2 || Fold(before[len(before)-2].Text) != "week" && Fold(before[len(before)-2].Text) != "month"
	case p == "from":
		for _, w := range before {
			switch Fold(w.Text) {
			case "will", "would", "shall":
				return true
			}
		}
	case p == "on" && len(before) >= 3 && strings.ContainsAny(q.Text, "0123456789"):
		// (a weekday's is an event's day, "a ceasefire that will take
		// effect on Sunday", which the day pass names)
		// "will take effect on Nov. 1", "takes effect on"; "would start
		// on 1 November" in a sentence of a future change
		v, w := Fold(before[len(before)-3].Text), Fold(before[len(before)-2].Text)
		if w == "effect" && (v == "take" || v == "takes" || v == "took" || v == "taking") {
			return true
		}
		if w == "start" || w == "begin" {
			for _, x := range before {
				switch Fold(x.Text) {
				case "will", "would", "shall":
					return true
				}
			}
		}
	}
	return false
}

// votesAfter: the share q of s is of the votes, in the other languages
// read ("der Stimmen", "de los votos", "des voix", "dei voti", "dos
// votos", "van de stemmen").
func votesAfter(s string, q Quantity) bool {
	if q.Kind != "percent" || q.End > len(s) {
		return false
	}
	ws := Words(s[q.End:])
	for i := 0; i < len(ws) && i < 4; i++ {
		switch Fold(ws[i].Text) {
		case "stimmen", "zweitstimmen", "votos", "voix", "suffrages", "voti", "stemmen", "sufragios", "preferenze", "consensi":
			return true
		}
	}
	return false
}

// movedTo is the subject of a clause whose figure is where it moved to:
// "Core inflation eased to 3.4 per cent" is "Core inflation". The subject
// is the run of one to four content words right before the verb, opening
// the clause (after a comma, a conjunction or the sentence's start).
func movedTo(s string, q Quantity) (string, bool) {
	if q.Start > len(s) {
		return "", false
	}
	before := Words(s[:q.Start])
	n := len(before)
	if n < 3 || Fold(before[n-1].Text) != "to" || !movedVerbs[Fold(before[n-2].Text)] {
		return "", false
	}
	v := n - 2
	i := v
	for i > 0 && v-i < 4 {
		w := before[i-1]
		f := Fold(w.Text)
		if IsStop(f) || isNumeric(f) || strings.ContainsAny(s[w.End:before[i].Start], ",;:()\"“”") {
			break
		}
		i--
	}
	if i == v {
		return "", false
	}
	// the run must open its clause: after an article or a possessive
	// ("the country's core inflation") the phrase is longer than the run
	if i > 0 {
		f := Fold(before[i-1].Text)
		gap := s[before[i-1].End:before[i].Start]
		if !strings.ContainsAny(gap, ",;:") && f != "and" && f != "but" && f != "while" && f != "as" {
			return "", false
		}
	}
	return s[before[i].Start:before[v-1].End], true
}

// phraseStems is a phrase's stems in order, for comparing two wordings.
func phraseStems(phrase string) string {
	var out []string
	for _, w := range Words(phrase) {
		out = append(out, Stem(Fold(w.Text)))
	}
	return strings.Join(out, " ")
}

var movedVerbs = setOfWords(`rose risen climbed grew jumped soared surged increased accelerated fell fallen dropped
	declined slipped slid sank eased slowed decreased shrank plunged edged ticked dipped retreated rebounded
	recovered picked rise rises fall falls drop drops ease eases slow slows climb climbs jump jumps`)

// shareOfIn is the noun a share of the other languages read is of:
// "80 Prozent der Fernzüge", "el 60 % de los vuelos", "40 % des trains".
func shareOfIn(s string, q Quantity) (string, bool) {
	if q.Kind != "percent" || q.End > len(s) {
		return "", false
	}
	after := firstWords(s[q.End:], 3)
	if len(after) < 2 {
		return "", false
	}
	k := 0
	switch Fold(after[0].Text) {
	case "prozent", "por", "per", "pour":
		k = 1 // "Prozent", "por ciento" read after the figure
		if k < len(after) && (Fold(after[k].Text) == "ciento" || Fold(after[k].Text) == "cento" || Fold(after[k].Text) == "cent") {
			k++
		}
	}
	if k+1 >= len(after) {
		return "", false
	}
	switch Fold(after[k].Text) {
	case "der", "de", "des", "del", "dei", "degli", "delle", "dos", "das", "do", "da", "van", "du":
	default:
		return "", false
	}
	n := after[k+1].Text
	if f := Fold(n); f == "los" || f == "las" || f == "les" || f == "la" || f == "el" || f == "le" || f == "het" || f == "de" {
		if more := firstWords(s[q.End+after[k+1].End:], 1); len(more) == 1 {
			n = more[0].Text
		}
	}
	if len(n) < 3 {
		return "", false
	}
	return n, true
}

// percentNoun is the noun a share is the rate of: the word after it ("a
// 20% tariff", "a 5% raise") or the noun before "of" ahead of it
// ("tariffs of 25%", "a stake of 12%").
func percentNoun(s string, q Quantity) (string, bool) {
	if q.Kind != "percent" || q.End > len(s) {
		return "", false
	}
	noun := func(w string) bool {
		f := Fold(w)
		r, _ := utf8.DecodeRuneInString(w)
		return len(f) > 2 && unicode.IsLower(r) && !IsStop(f) && !changeOrTime[Stem(f)]
	}
	if after := Words(s[q.End:]); len(after) > 0 && after[0].Start <= 1 && noun(after[0].Text) {
		return after[0].Text, true
	}
	if before := Words(s[:q.Start]); len(before) >= 2 && Fold(before[len(before)-1].Text) == "of" && noun(before[len(before)-2].Text) {
		return before[len(before)-2].Text, true
	}
	return "", false
}

// dealLabel names what a takeover's figure is: "price per share", "premium"
// or, in a deal's sentences, "deal value"; "" for another figure.
func dealLabel(s string, q Quantity, deal bool) string {
	after := Words(s[q.End:])
	word := func(i int) string {
		if i < len(after) {
			return Fold(after[i].Text)
		}
		return ""
	}
	before := Words(s[:q.Start])
	for len(before) > 0 {
		switch Fold(before[len(before)-1].Text) {
		case "about", "around", "some", "nearly", "roughly", "almost", "approximately", "over", "more", "than":
			before = before[:len(before)-1] // "for about $12.5 billion"
			continue
		}
		break
	}
	back := func(i int) string { // 1 = the word right before
		if i <= len(before) {
			return Fold(before[len(before)-i].Text)
		}
		return ""
	}
	switch q.Kind {
	case "money":
		if word(0) == "a" && word(1) == "share" || word(0) == "per" && word(1) == "share" ||
			word(0) == "for" && word(1) == "each" && word(2) == "share" || word(0) == "each" && word(1) == "share" {
			return "price per share"
		}
		if !deal {
			return ""
		}
		switch back(1) {
		case "for", "pay", "paid", "paying", "at", "of":
			return "deal value"
		}
		if back(2) == "valued" || back(2) == "worth" {
			return "deal value"
		}
	case "percent":
		if word(0) == "premium" || back(1) == "of" && back(2) == "premium" {
			return "premium"
		}
	}
	return ""
}

// dealSentence: s tells of a purchase of a company.
func dealSentence(s string) bool {
	for _, w := range Words(s) {
		switch Fold(w.Text) {
		case "buy", "buys", "bought", "acquire", "acquires", "acquired", "acquisition", "takeover", "purchase",
			"deal", "merger", "bid":
			return true
		}
	}
	return false
}

// wordAfterCount is the word one space after the count q of s.
func wordAfterCount(s string, q Quantity) (string, bool) {
	if q.Kind != "count" || q.End >= len(s) || s[q.End] != ' ' {
		return "", false
	}
	ws := firstWords(s[q.End:], 1)
	if len(ws) == 0 || ws[0].Start != 1 {
		return "", false
	}
	return ws[0].Text, true
}

// shareAfter names what the share q of s is of, by the words after it:
// "share of the vote" ("52.3% of the vote"), "share contained" ("15%
// contained"). Only a share; ok is false when no such words follow.
func shareAfter(s string, q Quantity) (string, bool) {
	if q.Kind != "percent" || q.End >= len(s) {
		return "", false
	}
	ws := Words(s[q.End:])
	if len(ws) == 0 || strings.ContainsAny(s[q.End:q.End+ws[0].Start], ",;:()") {
		return "", false
	}
	f := Fold(ws[0].Text)
	if f == "of" {
		var out []string
		for i := 1; i < len(ws) && i <= 3; i++ {
			if strings.ContainsAny(s[q.End+ws[i-1].End:q.End+ws[i].Start], ",;:()") {
				break
			}
			g := Fold(ws[i].Text)
			if i > 1 && IsStop(g) || isNumeric(g) {
				break
			}
			out = append(out, ws[i].Text)
			if !IsStop(g) {
				return "share of " + strings.Join(out, " "), true
			}
		}
		return "", false
	}
	if !IsStop(f) && !isNumeric(f) && strings.HasSuffix(f, "ed") {
		return "share " + ws[0].Text, true // "15% contained"
	}
	return "", false
}

// SameClause reports two shares or sums whose clauses tell the same thing
// of the same subject (see sameFrame): "reduced the risk of heart attack by
// 30%" and "cut the risk of heart attack by 25%". xs and ys are the
// sentences, xq and yq their quantities, p and q the figures.
func SameClause(xs string, xq []Quantity, p Quantity, ys string, yq []Quantity, q Quantity) bool {
	if p.Kind != q.Kind || p.Kind != "percent" && p.Kind != "money" {
		return false
	}
	f, okf := clauseFrame(xs, xq, p)
	g, okg := clauseFrame(ys, yq, q)
	return okf && okg && sameFrame(f, g)
}

// magnitudeOf: the figure q of s is an earthquake's magnitude: after
// "magnitude" (or its Spanish, French, Italian, Portuguese and German
// words), before "-magnitude", "on the Richter scale" or, in a sentence
// about a quake, "grados" / "degrés".
func magnitudeOf(s string, q Quantity) bool {
	v, err := strconv.ParseFloat(q.Value, 64)
	if err != nil || v < 1 || v >= 10 || q.End > len(s) || q.Kind == "percent" || q.Kind == "money" {
		return false
	}
	ws := Words(s[:q.Start])
	// (four words back only past a verb of being: "la magnitudo è stata
	// di 5,1"; not "A 5.2 magnitude earthquake has leveled six")
	linked := true
	for k := len(ws) - 1; k >= 0 && k >= len(ws)-4; k-- {
		if k+1 < len(ws) && clauseBreak(s[ws[k].End:ws[k+1].Start]) {
			break
		}
		f := Fold(ws[k].Text)
		switch f {
		case "magnitude", "magnitud", "magnitudine", "magnitudo", "starke", "staerke", "richter":
			return k >= len(ws)-3 || linked
		}
		linked = linked && magnitudeLinks[f]
	}
	rest := strings.ToLower(s[q.End:])
	if strings.HasPrefix(rest, "-magnitude") || strings.HasPrefix(rest, " magnitude") || strings.HasPrefix(rest, " on the richter") {
		return true
	}
	if strings.HasPrefix(rest, " grados") || strings.HasPrefix(rest, " degrés") || strings.HasPrefix(rest, " gradi") || strings.HasPrefix(rest, " graus") {
		low := strings.ToLower(s)
		for _, w := range []string{"sismo", "terremoto", "séisme", "seisme", "tremblement", "quake", "beben"} {
			if strings.Contains(low, w) {
				return true
			}
		}
	}
	return false
}

// magnitudeLinks may stand between a magnitude's noun and its figure.
var magnitudeLinks = setOfWords(`was is of at e stata stato di fue es de a ete etait est war ist von foi era da del`)

// otherMonth: x dates something in a month other than its article's (and
// the one before it, for an article of the 1st), or, in an undated
// article, names a month or a year: an earlier event.
func otherMonth(x *Sentence) bool {
	p := x.Doc.Article.Published
	if p.IsZero() {
		// undated: a month or a year named is another time's
		for _, q := range x.Quantities {
			if q.Kind == "year" {
				return true
			}
		}
		for _, w := range Words(x.Text) {
			if f := Fold(w.Text); len(f) > 3 && monthWords[f] && unicode.IsUpper([]rune(w.Text)[0]) {
				return true
			}
		}
		return false
	}
	this := p.Time.Format("2006-01")
	prev := p.Time.AddDate(0, -1, 0).Format("2006-01")
	for _, q := range x.Quantities {
		if q.Kind == "date" && len(q.Value) >= 7 && q.Value[0] != '-' && q.Value[:7] != this && q.Value[:7] != prev {
			return true
		}
	}
	return false
}

// containsAnyWord: s holds one of the words, as a word, in any case.
func containsAnyWord(s string, words ...string) bool {
	low := strings.ToLower(s)
	for _, w := range words {
		if ContainsWord(low, w) {
			return true
		}
	}
	return false
}

// yearRangeOf names the end of a span of years the year q of s is: "first
// year" in "between 2022 and 2025" or "from 2021 to 2025", "last year" for
// the second. Other spans' years are none.
// rangeOpeners open a span of years and rangeLinks join its ends, in
// English and the other languages read (folded; "dal … al", "tra il … e
// il").
var (
	rangeOpeners = setOfWords(`between from entre de desde von zwischen dal tra fra van tussen`)
	rangeLinks   = setOfWords(`and to - – through y a hasta et à bis und al e il ao tot en`)
)

func yearRangeOf(s string, qs []Quantity, q Quantity) (string, bool) {
	if q.Kind != "year" {
		return "", false
	}
	ws := Words(s[:min(q.Start, len(s))])
	prev := ""
	if len(ws) > 0 {
		prev = Fold(ws[len(ws)-1].Text)
	}
	for _, r := range qs {
		if r.Kind != "year" || r.Start == q.Start {
			continue
		}
		switch {
		case r.Start > q.End && rangeOpeners[prev]:
			// "between 2022 and 2025": the next year, after "and" or "to"
			// ("entre 2019 y 2023", "von 2019 bis 2023", "dal 2019 al 2023")
			mid := strings.TrimSpace(strings.ToLower(s[q.End:r.Start]))
			if rangeLinks[mid] {
				return "first year covered", true
			}
		case r.End < q.Start && rangeLinks[strings.TrimSpace(strings.ToLower(s[r.End:q.Start]))]:
			before := Words(s[:r.Start])
			if len(before) > 0 {
				if f := Fold(before[len(before)-1].Text); rangeOpeners[f] {
					return "last year covered", true
				}
			}
		}
	}
	return "", false
}

// InYearSpan reports the year (as "2022") written in s as an end of a span
// of years ("built between 2022 and 2025"): no event of that year.
func InYearSpan(s, year string) bool {
	qs := Quantities(s)
	for _, q := range qs {
		if q.Kind == "year" && q.Value == year {
			if _, ok := yearRangeOf(s, qs, q); ok {
				return true
			}
		}
	}
	return false
}

// opensOnPlace: s opens on where its clause is true, a preposition of
// place and a comma before the rest ("Nei quartieri periferici, …", "In
// the suburbs, …", "Dans le centre, …"): a part of the story's whole.
func opensOnPlace(s string) bool {
	ws := firstWords(s, 6)
	if len(ws) < 2 {
		return false
	}
	switch Fold(ws[0].Text) {
	case "in", "nei", "nel", "nelle", "negli", "dans", "en", "im", "nos", "nas", "no", "na", "across", "outside":
	default:
		return false
	}
	c := strings.IndexByte(s, ',')
	return c > 0 && c < 80
}

// tallyNouns count a season's or a career's doings, which two sentences
// of one day tell of different players and spans.
var tallyNouns = setOfWords(`games matches wins losses defeats victories titles touchdowns yards assists rebounds
	innings appearances caps starts races medals trophies homers tackles saves laps shots passes sacks`)

// clockUnits follow a time of day in the languages read (stemmed or
// not): the clock pass's.
var clockUnits = setOfWords(`uhr uur heure heures hora horas ore h`)

// sharedStems counts the content stems x and y share, but for skip.
func sharedStems(x, y *Sentence, skip string) int {
	n := 0
	for _, st := range x.Stems {
		if st != skip && slices.Contains(y.Stems, st) {
			n++
		}
	}
	return n
}

// daysApart is how many days apart the articles of x and y came out, 99
// when either day is not known.
func daysApart(x, y *Sentence) int {
	p, q := x.Doc.Article.Published, y.Doc.Article.Published
	if p.IsZero() || q.IsZero() {
		return 99
	}
	py, pm, pd := p.Time.Date()
	qy, qm, qd := q.Time.Date()
	d := time.Date(py, pm, pd, 0, 0, 0, 0, time.UTC).Sub(time.Date(qy, qm, qd, 0, 0, 0, 0, time.UTC)).Hours() / 24
	return int(math.Abs(d))
}

// sameDay: the articles of x and y came out on one day, both known.
func sameDay(x, y *Sentence) bool {
	p, q := x.Doc.Article.Published, y.Doc.Article.Published
	if p.IsZero() || q.IsZero() {
		return false
	}
	py, pm, pd := p.Time.Date()
	qy, qm, qd := q.Time.Date()
	return py == qy && pm == qm && pd == qd
}

// sourceValues are the values each source gives a slot, by key and source.
type sourceValues map[string]map[int]map[string]bool

// once: the sources of x and y each give the slot k one value, so each
// tells one thing of it; a value both give is of another thing both tell
// ("Le précédent record, 58 cm" · "L'ancien record, de 58 cm" beside "71
// centimètres" · "67 cm"), and set against no other (a source giving
// the other's value is no discrepancy).
func (v sourceValues) once(k string, x, y *Sentence) bool {
	vx, vy := v[k][x.Source], v[k][y.Source]
	if len(vx) == 1 && len(vy) == 1 {
		return true
	}
	own := func(a, b map[string]bool) int {
		n := 0
		for w := range a {
			if !b[w] {
				n++
			}
		}
		return n
	}
	return own(vx, vy) == 1 && own(vy, vx) == 1
}

// valuesBySource gathers the values each source gives a slot keyOf
// names, by key: a source giving two is telling two things.
func valuesBySource(stmts []*Sentence, keyOf func(x *Sentence, p Quantity) (string, bool)) sourceValues {
	out := sourceValues{}
	for _, x := range stmts {
		for _, p := range x.Quantities {
			if k, ok := keyOf(x, p); ok {
				if out[k] == nil {
					out[k] = map[int]map[string]bool{}
				}
				if out[k][x.Source] == nil {
					out[k][x.Source] = map[string]bool{}
				}
				out[k][x.Source][p.Value] = true
			}
		}
	}
	return out
}

// givenTwice: of the figures' keys ("" for none), one is given twice.
func givenTwice(keys []string) bool {
	seen := map[string]bool{}
	for _, k := range keys {
		if k == "" {
			continue
		}
		if seen[k] {
			return true
		}
		seen[k] = true
	}
	return false
}

// damageSum: the sum q of s is a damage's, the one sum of a sentence
// naming damage in a language read ("schade", "Schaden", "dégâts",
// "daños", "danni", "prejuízos"), not a repair's or an insurer's.
func damageSum(s string, q Quantity) bool {
	if q.Kind != "money" {
		return false
	}
	damage := false
	for _, w := range Words(s) {
		f := Fold(w.Text)
		switch {
		case damageWords[f], strings.HasSuffix(f, "schaden") && len(f) > 7, strings.HasSuffix(f, "schade") && len(f) > 6:
			damage = true
		case otherSumWords[f]:
			return false
		}
	}
	return damage && strings.Count(s, q.Text) == 1
}

// damageWords name damage (folded); otherSumWords name the sums told
// beside it that are not it: repair, insurance, aid, compensation.
var (
	damageWords   = setOfWords(`damage damages schade schaden sachschaden degats dommages danos daños danni prejuizo prejuizos perjuicios`)
	otherSumWords = setOfWords(`repair repairs reparatie reparatur reparation reparacion riparazione reparacao insurance insurer insurers
		verzekering verzekeraar versicherung versicherer assurance assureur seguro seguros aseguradora assicurazione assicurazioni
		aid hulp hilfe aide ayuda aiuti ajuda compensation vergoeding entschadigung indemnisation indemnizacion risarcimento indenizacao
		fund fonds fondo fundo budget profit revenue`)
)

// reCapacityAfter and reCapacityBefore read a venue's capacity around a
// count: "25,000-capacity", "30,000-seat(er)"; "capacity of", "aforo de",
// "capacité de", "capienza di", "capacidade para", "Fassungsvermögen von".
var (
	reCapacityAfter  = regexp.MustCompile(`^-(?:capacity|seat|seater)\b`)
	reCapacityBefore = regexp.MustCompile(`(?i)\b(?:capacity of|capacity for|(?:licensed|certified|allowed|permitted|designed|able|built) to carry|(?:meant|designed|built|rated) for|can carry|could carry|aforo (?:de|para)|capacité (?:de|d'accueil de)|capienza (?:di|da)|capacidade (?:de|para)|fassungsvermögen (?:von)?|capaciteit van)\s+(?:(?:about|some|around|more than|up to|just|only|unas|unos|apenas|solo|près de|seulement|circa|cerca de|rund|etwa|nur)\s+)?$`)
)

// playerBefore: a person is named before the figure q of x in its clause,
// whose moment it is ("Kofi Mensah equalised in the 44th minute").
func playerBefore(x *Sentence, q Quantity) bool {
	for _, m := range personMentions(x) {
		if from, to := m.End-x.Span.Start, q.Start; from >= 0 && from <= to && !strings.ContainsAny(x.Text[from:to], ",;:") {
			return true
		}
	}
	return false
}

// stakeSold: the percentage q of s is the part of a company a sale or a
// purchase takes: "sold a 30% stake in", "la cessione del 70 per cento
// del club", "ha ceduto il 75% delle quote", "rachète 51 % du capital".
func stakeSold(s string, q Quantity) bool {
	if q.Kind != "percent" || q.End > len(s) {
		return false
	}
	after := firstWords(s[q.End:], 3)
	if len(after) == 0 || after[0].Start > 1 {
		return false
	}
	capital := func(w Word) bool { r, _ := utf8.DecodeRuneInString(w.Text); return unicode.IsUpper(r) }
	f := Fold(after[0].Text)
	switch {
	case stakeWords[f]: // "a 30% stake"
	case strings.HasPrefix(f, "dell'") || strings.HasPrefix(f, "dell’") || strings.HasPrefix(f, "d'") || strings.HasPrefix(f, "d’"):
		// "dell'AC Pineto", "d'Acme": of the company named
		if !stakeWords[afterElision(f)] && !capital(Word{Text: afterElision(after[0].Text)}) {
			return false
		}
	case stakeJoins[f] && len(after) >= 2:
		// "of Acme", "delle quote", "du capital", "of the shares"; not
		// "50% of flights", "30% of the workforce"
		k := 1
		if articleWords[Fold(after[k].Text)] && len(after) == 3 {
			k = 2
		}
		if !stakeWords[Fold(after[k].Text)] && !capital(after[k]) {
			return false
		}
	default:
		return false
	}
	for _, w := range Words(s) {
		if saleWords[afterElision(Fold(w.Text))] {
			return true
		}
	}
	return false
}

// recalledYear: the figure q of x stands in a clause opened by "when"
// in a sentence naming a year: an earlier event's ("the highest since
// 2008, when the tide reached 171 centimetres").
func recalledYear(x *Sentence, q Quantity) bool {
	if !slices.ContainsFunc(x.Quantities, func(r Quantity) bool { return r.Kind == "year" || r.Kind == "date" && len(r.Value) == 7 }) {
		return false
	}
	ws := Words(clauseAround(x.Text, min(q.Start, len(x.Text)), min(q.End, len(x.Text))))
	return len(ws) > 0 && whenOpeners[Fold(ws[0].Text)]
}

var whenOpeners = setOfWords(`when quando cuando quand lorsque als toen wanneer`)

// shareFlooded: the percentage q of s is of a place, in a sentence that
// tells of it flooded.
func shareFlooded(s string, q Quantity) bool {
	if q.Kind != "percent" || q.End > len(s) {
		return false
	}
	after := firstWords(s[q.End:], 1)
	if len(after) == 0 || after[0].Start > 1 || !stakeJoins[Fold(after[0].Text)] && !strings.HasPrefix(Fold(after[0].Text), "dell'") {
		return false
	}
	low := strings.ToLower(s)
	return slices.ContainsFunc(floodedWords, func(w string) bool { return strings.Contains(low, w) })
}

// floodedWords tell a place went under water, in the languages read.
var floodedWords = []string{"flooded", "under water", "underwater", "submerged", "inondé", "sous l'eau", "sous les eaux", "allagat", "allagando",
	"sott'acqua", "sommers", "inundad", "anegad", "bajo el agua", "alagad", "submers", "debaixo de água", "überflutet", "überschwemmt",
	"unter wasser", "overstroomd", "onder water"}

// stakeWords name a holding in a company (folded); saleWords a sale or a
// purchase of one; stakeJoins join a stake to what it is of.
var (
	stakeJoins = setOfWords(`of de di von van del della delle dello dei degli du des der do da dos das`)
	stakeWords = setOfWords(`stake stakes shares quote quota azioni capitale participacion acciones capital parts actions participation
		anteile aktien beteiligung aandelen belang acoes participacao`)
	saleWords = setOfWords(`sold sells selling sale sell acquired acquires acquisition bought buys buying purchase takeover
		cessione ceduto ceduta cede vendita venduto vende acquisizione acquisisce rilevato rileva acquistato
		vendio vende venta compra compro adquirio adquiere adquisicion cedido cede
		cede cedera vend vendu vente rachete rachat acquiert acquis cession
		vendeu venda comprou adquiriu aquisicao
		verkauft verkauf kauft gekauft ubernimmt ubernahm ubernahme erworben ubernommen
		verkocht verkoopt koopt gekocht overname overgenomen`)
)

// minuteOfMatch: the count q of s is a match's minute ("in the 64th
// minute", "à la 58e minute", "al minuto 64", "in der 80. Minute").
func minuteOfMatch(s string, q Quantity) bool {
	if q.Kind != "count" || q.End > len(s) || q.Start > len(s) {
		return false
	}
	return reMinuteAfter.MatchString(s[q.End:]) || reMinuteBefore.MatchString(s[:q.Start])
}

var (
	reMinuteAfter  = regexp.MustCompile(`^(?:st|nd|rd|th|e|ème|eme|º|°|\.)?[\s-]+(?:minute|minuto|Minute|minuut)\b`)
	reMinuteBefore = regexp.MustCompile(`(?i)\b(?:al|nel|del|no|do|au|el)\s+minuto\s+$`)
)

// capacityOf: the count q of s is a venue's capacity.
func capacityOf(s string, q Quantity) bool {
	if q.Kind != "count" || q.End > len(s) || q.Start > len(s) {
		return false
	}
	if reCapacityAfter.MatchString(s[q.End:]) || reCapacityBefore.MatchString(s[:q.Start]) {
		return true
	}
	// "L'enceinte, qui compte 7 000 places", "un estadio de 20.000
	// plazas": seats, in a sentence naming the venue
	if reSeatsAfter.MatchString(s[q.End:]) && slices.ContainsFunc(Words(s), func(w Word) bool { return seatedVenues[afterElision(Fold(w.Text))] }) {
		return true
	}
	// Italian's "uno stadio da 14.000 posti", "un impianto da 12.000
	// spettatori": a venue's size after "da"
	return reItalianSizeBefore.MatchString(s[:q.Start]) && reItalianSeats.MatchString(s[q.End:])
}

var (
	reItalianSizeBefore = regexp.MustCompile(`\bda\s+$`)
	reItalianSeats      = regexp.MustCompile(`^\s+(?:posti|spettatori)\b`)
)

// reSeatsAfter: a count is of seats, in the languages read.
var reSeatsAfter = regexp.MustCompile(`^\s+(?:places|plazas|posti|lugares|Plätze|Sitzplätze|plaatsen|zitplaatsen|seats)\b`)

// seatedVenues are the venues with seats a crowd fills (folded).
var seatedVenues = setOfWords(`stade stadium stadio estadio stadion arena enceinte salle theatre teatro theater auditorium palais palazzetto
	coliseo coliseu velodrome tribune tribuna tribunes gradins`)

// spanUnitsIn name the units of a span in the other languages read
// (folded).
var spanUnitsIn = invertWords(map[string]string{
	"hours":   "horas heures ore stunden uur",
	"minutes": "minutos minutes minuti minuten",
	"days":    "dias jours giorni tage tagen dagen",
})

// lastedWords say how long something lasted (folded): the verb before
// the span ("dauerte", "duró", "a duré", "duurde") or the preposition
// ("durante", "pendant", "während", "gedurende").
var lastedWords = setOfWords(`dauerte dauerten duro duraron durou duraram dure durato durata durata duurde duurden durante pendant wahrend gedurende`)

// afterWords put a span before what ended it ("nach", "dopo", "après");
// backWords say something came back or reopened.
var (
	afterWords = setOfWords(`nach dopo apres tras despues após apos depois na`)
	backWords  = setOfWords(`wieder freigegeben tornata tornato tornati ritornata ripristinata ripristinato riaperta riaperto retablie retabli revenue revenu rouverte rouvert
		volvio volvieron restablecido restablecida reabierta reabierto voltou voltaram restabelecida restabelecido reaberta reaberto weer heropend hersteld`)
)

// gustWords and sustainedWords name a wind's gusts and its sustained
// speed in the languages read (folded).
var (
	gustWords      = setOfWords(`gust gusts rafale rafales rafaga rafagas raffica raffiche rajada rajadas boe boen windstoot windstoten`)
	sustainedWords = setOfWords(`sustained soutenus soutenu sostenidos sostenido sostenuti sostenuto sustentados sustentado anhaltend anhaltenden aanhoudend aanhoudende`)
)

// gustAgainstSustained: one sentence gives a wind's gusts, the other its
// sustained speed ("Les rafales … 220 km/h" · "des vents soutenus de 195
// km/h"): two measures.
func gustAgainstSustained(x, y *Sentence) bool {
	has := func(z *Sentence, set map[string]bool) bool {
		return anyWord(z.Text, func(f string) bool { return set[f] })
	}
	if has(x, gustWords) && has(y, sustainedWords) || has(y, gustWords) && has(x, sustainedWords) {
		return true
	}
	// (a reading at one named place is no storm's top speed: "As rajadas
	// … chegaram a 126 km/h em Santa Vitória do Palmar" · "ventos de até
	// 116 quilômetros por hora")
	return reSpeedAtPlace.MatchString(x.Text) != reSpeedAtPlace.MatchString(y.Text)
}

// reSpeedAtPlace: a speed read at a named place, right after its unit.
var reSpeedAtPlace = regexp.MustCompile(`(?:km/h|km/u|mph|(?:quil[oóô]metros|kil[oó]metros|kilomètres|kilometres|kilometers|chilometri|Kilometern?|kilometer)\s+(?:por|per|pro|à l'|all'|an|par)\s*(?:hora|uur|Stunde|heure|ora|hour))\s+(?:em|en|in|à|a|bei|te|nel|nella|no|na|at)\s+\p{Lu}`)

// approximateWords say a figure is about so much.
var approximateWords = setOfWords(`aproximada aproximado aproximadamente approximative approximatif approssimativa approssimativo ongeveer ungefahr`)

// roundArticles stand before a round count ("une vingtaine", "una
// decina", "een tiental").
var roundArticles = setOfWords(`une un una uma een`)

// spanHedges may stand between a word of lasting and its span.
var spanHedges = setOfWords(`mas de unos unas casi cerca alrededor plus environ presque pres pendant quasi circa oltre piu di quase mais cerca rund etwa fast knapp uber mehr als bijna ruim ongeveer zo'n
	complessivamente insgesamt totalement totalmente`)

// durationLasted: the span of time q of s (hours and minutes, read
// whole) is what something lasted or took: "lasted", "lasting", "took"
// or "taking" right before it.
func durationLasted(s string, q Quantity) bool {
	if q.Kind != "duration" || q.Start > len(s) {
		return false
	}
	before := Words(s[:q.Start])
	j := wordBeforeHedge(before)
	if j < 0 || clauseBreak(s[before[j].End:q.Start]) {
		return false
	}
	switch Fold(before[j].Text) {
	case "lasted", "lasting", "lasts", "took", "taking":
		return true
	}
	return false
}

// howLongItLastedIn: the count q of s, in another language read, is how
// long something lasted: a span's unit after it, a word of lasting
// before it past any hedge, or "lang" after the unit ("sechs Stunden
// lang"); keyed by the unit.
func howLongItLastedIn(s string, q Quantity) (string, bool) {
	if q.Kind != "count" || q.End > len(s) || q.Start > len(s) {
		return "", false
	}
	after := firstWords(s[q.End:], 3)
	if len(after) == 0 || after[0].Start > 1 {
		return "", false
	}
	// "une vingtaine de minutes", "una decina di ore": a round count,
	// then its unit
	round := !strings.ContainsAny(q.Text, "0123456789") && number.RoundCount(q.Text)
	if round && len(after) >= 2 && (Fold(after[0].Text) == "de" || Fold(after[0].Text) == "di" || Fold(after[0].Text) == "d'") {
		after = after[1:]
	}
	unit := spanUnitsIn[Fold(after[0].Text)]
	if unit == "" {
		return "", false
	}
	key := "how long it lasted (" + unit + ")"
	if len(after) >= 2 && Fold(after[1].Text) == "lang" && !clauseBreak(s[q.End+after[0].End:q.End+after[1].Start]) {
		return key, true
	}
	before := Words(s[:q.Start])
	j := len(before) - 1
	for j >= 0 && len(before)-j <= 4 && (spanHedges[Fold(before[j].Text)] || round && roundArticles[Fold(before[j].Text)]) {
		j--
	}
	if j >= 0 && lastedWords[Fold(before[j].Text)] && !clauseBreak(s[before[j].End:q.Start]) {
		return key, true
	}
	// "Erst nach rund neun Stunden konnte die Autobahn … wieder
	// freigegeben werden", "la corrente è tornata solo dopo sei ore": how
	// long until it was back
	if j >= 0 && afterWords[Fold(before[j].Text)] && !clauseBreak(s[before[j].End:q.Start]) && anyWord(s, func(f string) bool {
		return backWords[f]
	}) {
		return key, true
	}
	// "Insgesamt dauerte der Einsatz 16 Stunden": the verb, its subject,
	// then the span
	for k := j; k >= 0 && k >= j-3; k-- {
		if f := Fold(before[k].Text); (f == "dauerte" || f == "dauerten" || f == "duurde" || f == "duurden") && !clauseBreak(s[before[k].End:q.Start]) {
			return key, true
		}
	}
	return "", false
}

// reKilometreBefore: a kilometre's word right before a figure, after a
// preposition of place ("en el km 157", "au kilomètre 42", "bei
// Kilometer 12", "al chilometro 30"): a road's marker, not a distance.
var reKilometreBefore = regexp.MustCompile(`(?i)\b(?:en el|del|al|au|du|bei|am|ao|no|do|at|near|nel|al|op|bij)\s+(?:km|kilómetro|kilometro|kilomètre|kilometre|kilometer|chilometro|quilómetro|quilômetro|mile|milla|miglio)\.?\s+$`)

// kilometreMarker: the count q of s is a road's kilometre marker.
func kilometreMarker(s string, q Quantity) bool {
	return q.Kind == "count" && q.Start <= len(s) && reKilometreBefore.MatchString(s[:q.Start])
}

// clockUnitAfter: the count q of s is an hour of the clock, "Uhr" right
// after it (not "uur", "heures" or "horas", which count hours too).
func clockUnitAfter(s string, q Quantity) bool {
	ws := firstWords(s[min(q.End, len(s)):], 1)
	return len(ws) > 0 && ws[0].Start <= 1 && Fold(ws[0].Text) == "uhr"
}
