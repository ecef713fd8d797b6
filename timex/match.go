package timex

import (
	"fmt"
	"math"
	"strings"
	"time"

	"crossread"
)

var months = map[string]time.Month{
	"january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4, "may": 5,
	"june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9, "sept": 9, "sep": 9,
	"october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}

var weekdays = map[string]time.Weekday{
	"sunday": 0, "monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5, "saturday": 6,
}

var weekdayAbbrev = map[string]time.Weekday{
	"sun": 0, "mon": 1, "tue": 2, "tues": 2, "wed": 3, "thu": 4, "thur": 4, "thurs": 4, "fri": 5, "sat": 6,
}

var dayParts = map[string]string{"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI"}

var ordinals = map[string]int{"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}

var numberWords = map[string]int{"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
	"seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20,
	"thirty": 30, "forty": 40, "fifty": 50, "hundred": 100}

var seasons = map[string]string{"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"}

// monthAt reads a month name at k (with an abbreviation's period) and
// returns the token after it. "May" and "March" are also a verb and a
// noun, so they need a capital and, bare, a date-like neighbour.
func (m *matcher) monthAt(k int) (time.Month, int, bool) {
	t := m.t(k)
	mo, ok := months[t.lower]
	if !ok && len(t.lower) > 5 {
		mo, ok = months[bare(t.lower)]
		if ok {
			return mo, k + 1, t.cap
		}
	}
	if !ok || !t.cap {
		return 0, k, false
	}
	next := k + 1
	if len(t.lower) <= 4 && t.lower != "may" && t.lower != "june" && t.lower != "july" {
		next = m.dot(k + 1)
		if next == k+1 && len(t.lower) == 3 && t.lower != "may" {
			// "Jan" without a period is still fine before a day number.
			if m.t(k+1).num < 0 {
				return 0, k, false
			}
		}
	}
	return mo, next, true
}

func (m *matcher) dayNum(k int) (int, int, bool) {
	t := m.t(k)
	s := t.lower
	for _, suf := range []string{"st", "nd", "rd", "th"} {
		if strings.HasSuffix(s, suf) {
			s = strings.TrimSuffix(s, suf)
			break
		}
	}
	n, ok := atoi(s)
	if !ok || n < 1 || n > 31 || len(s) > 2 {
		return 0, k, false
	}
	return n, k + 1, true
}

func (m *matcher) yearNum(k int) (int, bool) {
	t := m.t(k)
	if t.num >= 1000 && t.num <= 2199 && t.digits == 4 {
		return t.num, true
	}
	return 0, false
}

func validDate(y int, mo time.Month, d int) (time.Time, bool) {
	t := time.Date(y, mo, d, 0, 0, 0, 0, time.UTC)
	return t, t.Month() == mo && t.Day() == d
}

// match tries every pattern at token k and returns the longest.
func (m *matcher) match(k int) (expr, bool) {
	t := m.t(k)
	if t.text == "" || t.num < 0 && (t.lower[0] < '0' || t.lower[0] > '9') && !triggers[t.lower] && !triggers[bare(t.lower)] {
		return expr{}, false
	}
	var best expr
	found := false
	try := func(e expr, ok bool) {
		if ok && (!found || e.j > best.j) {
			best, found = e, true
		}
	}
	try(m.isoDate(k))
	try(m.slashDate(k))
	try(m.monthDate(k))
	try(m.dayMonth(k))
	try(m.weekday(k))
	try(m.relativeWord(k))
	try(m.ago(k))
	try(m.quarterAt(k))
	try(m.decade(k))
	try(m.yearAt(k))
	try(m.vagueRef(k))
	try(m.clock(k))
	try(m.boundary(k))
	try(m.periodWord(k))
	try(m.spokenYear(k))
	try(m.quarterCode(k))
	if !found {
		return best, false
	}
	// "Tuesday, Nov. 6": the weekday joins the date after it.
	if best.typ == "DATE" && best.j == k+1 {
		if _, ok := weekdays[bare(m.t(k).lower)]; ok {
			n := best.j
			if m.t(n).text == "," {
				n++
			}
			if e, ok := m.monthDate(n); ok && e.prec == crossread.PrecisionDay {
				e.i = k
				best = e
			} else if e, ok := m.dayMonth(n); ok {
				e.i = k
				best = e
			}
		}
	}
	// "10 p.m. Wednesday", "5 p.m. EST Nov. 9": the clock time on that day.
	if best.typ == "TIME" && strings.Contains(best.value, "T") && !strings.Contains(best.value, "TMO") {
		n := best.j
		if m.t(n).lower == "on" || m.t(n).text == "," {
			n++
		}
		if e, ok := m.match(n); ok && e.typ == "DATE" && e.prec == crossread.PrecisionDay && e.value != "" {
			clock := best.value[strings.Index(best.value, "T"):]
			best.value = e.value + clock
			hm := best.start.Sub(m.ref)
			best.start = e.start.Add(hm)
			best.j = e.j
		}
	}
	if best.prec == crossread.PrecisionDay || best.prec == crossread.PrecisionMonth || best.prec == crossread.PrecisionYear {
		if best.value != "" && best.value[0] != 'X' && len(best.value) >= 4 && m.t(best.i).lower != "that" {
			if y, ok := atoi(best.value[:4]); ok && !m.isRelative(best) {
				m.lastYear = y
			}
		}
	}
	return best, true
}

// isRelative reports whether e was computed from the reference date
// rather than written out.
func (m *matcher) isRelative(e expr) bool {
	for i := e.i; i < e.j; i++ {
		if _, ok := m.yearNum(i); ok {
			return false
		}
	}
	return true
}

func (m *matcher) isoDate(k int) (expr, bool) {
	y, ok := m.yearNum(k)
	if !ok || m.t(k+1).text != "-" || !m.adjacent(k+1) || !m.adjacent(k+2) {
		return expr{}, false
	}
	mo := m.t(k + 2).num
	if mo < 1 || mo > 12 || m.t(k+2).digits != 2 {
		return expr{}, false
	}
	if m.t(k+3).text == "-" && m.adjacent(k+3) && m.adjacent(k+4) && m.t(k+4).digits == 2 {
		if d, ok := validDate(y, time.Month(mo), m.t(k+4).num); ok {
			v, p, st := day(d)
			return m.mk(k, k+5, "DATE", v, p, st), true
		}
	}
	return expr{}, false
}

func (m *matcher) slashDate(k int) (expr, bool) {
	a, b := m.t(k), m.t(k+2)
	if a.num < 1 || a.num > 12 || m.t(k+1).text != "/" || b.num < 1 || b.num > 31 || m.t(k+3).text != "/" {
		return expr{}, false
	}
	if !m.adjacent(k+1) || !m.adjacent(k+2) || !m.adjacent(k+3) || !m.adjacent(k+4) {
		return expr{}, false
	}
	c := m.t(k + 4)
	y := c.num
	switch {
	case c.digits == 2:
		y += 1900
		if y < 1950 {
			y += 100
		}
	case c.digits != 4:
		return expr{}, false
	}
	if d, ok := validDate(y, time.Month(a.num), b.num); ok {
		v, p, st := day(d)
		return m.mk(k, k+5, "DATE", v, p, st), true
	}
	return expr{}, false
}

// weekdayPrefix extends a date to a weekday written before it:
// "Tuesday, Nov. 6".
func (m *matcher) weekdayPrefix(e expr) expr {
	i := e.i
	if m.t(i-1).text == "," {
		i--
	}
	if _, ok := weekdays[m.t(i-1).lower]; ok && i-1 < e.i {
		e.i = i - 1
	}
	return e
}

// monthDate: "Nov. 6, 2025", "November 6", "November 2025", "November",
// "early December", "last May".
func (m *matcher) monthDate(k int) (expr, bool) {
	mod := ""
	i := k
	switch m.t(k).lower {
	case "last", "next", "this", "early", "mid", "late", "since":
		mod = m.t(k).lower
		i = k + 1
		if mod == "mid" && m.t(i).text == "-" {
			i++
		}
	}
	mo, n, ok := m.monthAt(i)
	if !ok {
		return expr{}, false
	}
	start := k
	if mod == "since" {
		start = i
	}
	if d, n2, ok := m.dayNum(n); ok && !(m.t(n2).text == ":" || m.t(n2).lower == "percent" || m.t(n2).text == "%") {
		j := n2
		if m.t(j).text == "," {
			j++
		}
		if y, ok := m.yearNum(j); ok {
			if t, ok := validDate(y, mo, d); ok {
				v, p, st := day(t)
				e := m.mk(start, j+1, "DATE", v, p, st)
				e.since = mod == "since"
				return m.weekdayPrefix(e), true
			}
		}
		if mod == "" || mod == "since" {
			e := m.relative(start, n2, func() (string, string, time.Time) {
				return day(m.resolveMonthDay(k, mo, d))
			})
			if !m.hasRef {
				e.value, e.prec = fmt.Sprintf("XXXX-%02d-%02d", int(mo), d), crossread.PrecisionDay
			}
			e.since = mod == "since"
			return m.weekdayPrefix(e), true
		}
	}
	j := n
	if m.t(j).lower == "of" {
		j++
	}
	if y, ok := m.yearNum(j); ok && (j == n || m.t(n).lower == "of") && !(m.t(j).digits == 4 && m.t(j+1).lower == "s") {
		v, p, st := month(y, mo)
		e := m.mk(start, j+1, "DATE", v, p, st)
		e.since = mod == "since"
		return e, true
	}
	if (mo == 5 || mo == 3) && mod == "" && !precedesDate(m.t(k-1).lower) {
		return expr{}, false
	}
	e := m.relative(start, n, func() (string, string, time.Time) {
		y := m.resolveMonth(k, mo, mod)
		return month(y, mo)
	})
	e.since = mod == "since"
	return e, true
}

func precedesDate(w string) bool {
	switch w {
	case "in", "since", "until", "by", "from", "through", "of", "early", "late", "mid", "last", "next", "this", "before", "after", "during", "to", "till":
		return true
	}
	return false
}

// dayMonth: "6 Nov 2025", "6 November", "the 6th of November".
func (m *matcher) dayMonth(k int) (expr, bool) {
	d, n, ok := m.dayNum(k)
	if !ok {
		return expr{}, false
	}
	if m.t(n).lower == "of" {
		n++
	}
	mo, n2, ok := m.monthAt(n)
	if !ok {
		return expr{}, false
	}
	if y, ok := m.yearNum(n2); ok {
		if t, ok := validDate(y, mo, d); ok {
			v, p, st := day(t)
			return m.weekdayPrefix(m.mk(k, n2+1, "DATE", v, p, st)), true
		}
		return expr{}, false
	}
	return m.weekdayPrefix(m.relative(k, n2, func() (string, string, time.Time) {
		return day(m.resolveMonthDay(k, mo, d))
	})), true
}

// resolveMonthDay picks the year of a day written without one.
func (m *matcher) resolveMonthDay(k int, mo time.Month, d int) time.Time {
	var cands []time.Time
	for dy := -1; dy <= 1; dy++ {
		if t, ok := validDate(m.ref.Year()+dy, mo, d); ok {
			cands = append(cands, t)
		}
	}
	if len(cands) == 0 {
		return m.ref
	}
	if m.namesAnEvent(k) {
		return nearestOf(cands, m.ref)
	}
	return m.pick(k, cands)
}

// namesAnEvent: the day at token k is the name of an event ("the
// October 4 election", "its June 30 deadline"), not a time of the clause's
// verb, whose tense then says nothing of it: "critics had said the law
// could stop voters in the October 4 election" is about the coming one.
func (m *matcher) namesAnEvent(k int) bool {
	switch m.t(k - 1).lower {
	case "the", "this", "its", "their", "his", "her", "our", "a", "an":
	default:
		return false
	}
	for j := k + 1; j <= k+3; j++ {
		if t := m.t(j); t.num >= 0 && t.num <= 31 {
			next := m.t(j + 1)
			return next.num < 0 && !next.cap && len(next.lower) > 2 && isLetters(next.lower) && !eventStops[next.lower]
		}
	}
	return false
}

var eventStops = setOf("and but for the with from into that this was were will would has had have are and-or")

func isLetters(s string) bool {
	for _, r := range s {
		if r < 'a' || r > 'z' {
			return false
		}
	}
	return true
}

func nearestOf(cands []time.Time, ref time.Time) time.Time {
	nearest := cands[0]
	for _, c := range cands {
		if absDays(c.Sub(ref)) < absDays(nearest.Sub(ref)) {
			nearest = c
		}
	}
	return nearest
}

// pick chooses among candidate dates by tense: past → the latest on or
// before ref, future → the earliest on or after, else the nearest; a
// tense that would reach more than seven months away yields to the
// nearest.
func (m *matcher) pick(k int, cands []time.Time) time.Time {
	nearest := nearestOf(cands, m.ref)
	var choice time.Time
	tense := m.localTense(k)
	switch tense {
	case -1:
		for _, c := range cands {
			if !c.After(m.ref) {
				choice = c
			}
		}
	case 1:
		for i := len(cands) - 1; i >= 0; i-- {
			if !cands[i].Before(m.ref) {
				choice = cands[i]
			}
		}
	}
	// The future tense ("will", "next") is a strong cue; the past tense
	// ("said" is everywhere in news) is weak, so a far past date yields to
	// a near future one.
	if choice.IsZero() || tense == -1 && absDays(choice.Sub(m.ref)) > 213 && absDays(nearest.Sub(m.ref)) < 95 {
		return nearest
	}
	return choice
}

func absDays(d time.Duration) int {
	n := int(d.Hours() / 24)
	if n < 0 {
		return -n
	}
	return n
}

// resolveMonth picks the year of a month named without one.
func (m *matcher) resolveMonth(k int, mo time.Month, mod string) int {
	y, rm := m.ref.Year(), m.ref.Month()
	switch mod {
	case "last":
		if mo >= rm {
			return y - 1
		}
		return y
	case "next":
		if mo <= rm {
			return y + 1
		}
		return y
	case "this":
		return y
	}
	var cands []time.Time
	for dy := -1; dy <= 1; dy++ {
		cands = append(cands, time.Date(y+dy, mo, 15, 0, 0, 0, 0, time.UTC))
	}
	if mo == rm {
		return y
	}
	return m.pick(k, cands).Year()
}

// weekday: "Tuesday", "last Friday", "next Monday", "Saturday night".
func (m *matcher) weekday(k int) (expr, bool) {
	mod := ""
	i := k
	switch m.t(k).lower {
	case "last", "next", "this", "past", "coming":
		mod = m.t(k).lower
		i = k + 1
	}
	w, ok := weekdays[bare(m.t(i).lower)]
	j := i + 1
	if !ok {
		w, ok = weekdayAbbrev[m.t(i).lower]
		if !ok || !m.t(i).cap || m.t(i+1).text != "." {
			return expr{}, false
		}
		j = i + 2
	}
	if !m.t(i).cap {
		return expr{}, false
	}
	part := dayParts[m.t(j).lower]
	if part != "" {
		j++
	}
	if !m.hasRef {
		return expr{i: k, j: j, typ: "DATE"}, true
	}
	diff := int(w) - int(m.ref.Weekday())
	var t time.Time
	switch mod {
	case "last", "past":
		if diff >= 0 {
			diff -= 7
		}
	case "next", "coming":
		if diff <= 0 {
			diff += 7
		}
	default:
		tense := m.localTense(k)
		switch {
		case bare(m.t(i).lower) != m.t(i).lower && part == "":
			// "Sunday's election", "after Saturday's match": a day that
			// names an event is the nearest such day, whatever the
			// clause's tense; news tells of the one just held from four
			// days back, of the coming one only two days ahead.
			if diff > 2 {
				diff -= 7
			} else if diff < -4 {
				diff += 7
			}
		case tense == 1:
			if diff < 0 {
				diff += 7
			}
		case diff > 0:
			diff -= 7
		}
		// "Monday through Wednesday": the second day of a range follows
		// the first; so does the second of "hosting Thursday and
		// Friday", unless the verb puts them in the past ("statements
		// made Friday and Thursday" lists them in any order).
		if first, ok := m.coordinatedWeekday(k, tense == -1); ok {
			ahead := (int(w) - int(first.Weekday()) + 7) % 7
			if ahead == 0 {
				ahead = 7
			}
			y, mo, d := m.ref.Date()
			refDay := time.Date(y, mo, d, 0, 0, 0, 0, first.Location())
			diff = int(math.Round(first.Sub(refDay).Hours()/24)) + ahead
		}
	}
	t = m.ref.AddDate(0, 0, diff)
	v, p, st := day(t)
	typ := "DATE"
	if part != "" {
		v += "T" + part
		typ = "TIME"
	}
	return m.mk(k, j, typ, v, p, st), true
}

// coordinatedWeekday is the day a bare weekday just before token k
// resolves to when k follows it in a range ("Monday to Wednesday") or,
// unless past, a pair ("Thursday and Friday").
func (m *matcher) coordinatedWeekday(k int, past bool) (time.Time, bool) {
	if k < 2 {
		return time.Time{}, false
	}
	switch m.t(k - 1).lower {
	case "to", "through", "thru", "until", "till", "-", "–":
	case "and", "or":
		if past {
			return time.Time{}, false
		}
	default:
		return time.Time{}, false
	}
	if _, ok := weekdays[bare(m.t(k-2).lower)]; !ok || m.toks[k-2].sent != m.toks[k].sent {
		return time.Time{}, false
	}
	e, ok := m.weekday(k - 2)
	if !ok || e.start.IsZero() {
		return time.Time{}, false
	}
	return e.start, true
}

// relativeWord: "today", "yesterday", "tomorrow", "tonight", "this week",
// "last month", "next year", "earlier this year", "this summer".
func (m *matcher) relativeWord(k int) (expr, bool) {
	t := m.t(k)
	switch t.lower {
	case "today", "yesterday", "tomorrow", "tonight":
		off := map[string]int{"today": 0, "yesterday": -1, "tomorrow": 1, "tonight": 0}[t.lower]
		j := k + 1
		part := ""
		if t.lower == "tonight" {
			part = "NI"
		} else if p := dayParts[m.t(k+1).lower]; p != "" && t.lower != "today" {
			part, j = p, k+2
		}
		if !m.hasRef {
			return expr{i: k, j: j, typ: "DATE"}, true
		}
		v, p, st := day(m.ref.AddDate(0, 0, off))
		typ := "DATE"
		if part != "" {
			v, typ = v+"T"+part, "TIME"
		}
		return m.mk(k, j, typ, v, p, st), true
	case "today's", "today’s", "yesterday's", "yesterday’s", "tomorrow's", "tomorrow’s":
		off := map[byte]int{'o': 0, 'e': -1}[t.lower[1]]
		if strings.HasPrefix(t.lower, "tomorrow") {
			off = 1
		}
		return m.relative(k, k+1, func() (string, string, time.Time) { return day(m.ref.AddDate(0, 0, off)) }), true
	}
	i := k
	lead := ""
	switch t.lower {
	case "earlier", "later", "early", "late":
		lead = t.lower
		i++
	}
	mod := m.t(i).lower
	if mod != "this" && mod != "last" && mod != "next" && mod != "the" && mod != "coming" && mod != "past" {
		return expr{}, false
	}
	unit := bare(m.t(i + 1).lower)
	j := i + 2
	if mod == "the" {
		if unit != "coming" && unit != "past" && unit != "previous" && unit != "following" {
			if s, ok := seasons[unit]; ok {
				// "the summer": this year's, or last year's when it is yet to come in a past-tense sentence.
				return m.relative(k, j, func() (string, string, time.Time) {
					y := m.ref.Year()
					if seasonStart(unit) > m.ref.Month() && m.localTense(k) == -1 {
						y--
					}
					return fmt.Sprintf("%04d-%s", y, s), PrecisionSeason, time.Date(y, seasonStart(unit), 1, 0, 0, 0, 0, time.UTC)
				}), true
			}
			return expr{}, false
		}
		mod = unit
		unit = bare(m.t(i + 2).lower)
		j = i + 3
	}
	if unit == "night" && (mod == "last" || mod == "this") && lead == "" {
		return m.relative(k, j, func() (string, string, time.Time) {
			off := 0
			if mod == "last" {
				off = -1
			}
			v, p, st := day(m.ref.AddDate(0, 0, off))
			return v + "TNI", p, st
		}), true
	}
	if lead != "" && mod != "this" && mod != "last" && mod != "next" {
		return expr{}, false
	}
	if unit == "weekend" {
		return m.relative(k, j, func() (string, string, time.Time) {
			d := m.shift(mod, 7)
			v, _, st := week(d)
			return v + "-WE", PrecisionWeek, st
		}), true
	}
	if s, ok := seasons[unit]; ok {
		return m.relative(k, j, func() (string, string, time.Time) {
			y := m.ref.Year() + map[string]int{"last": -1, "past": -1, "previous": -1, "next": 1, "coming": 1, "following": 1}[mod]
			return fmt.Sprintf("%04d-%s", y, s), PrecisionSeason, time.Date(y, 1, 1, 0, 0, 0, 0, time.UTC)
		}), true
	}
	switch unit {
	case "week":
		return m.relative(k, j, func() (string, string, time.Time) { return week(m.shift(mod, 7)) }), true
	case "month":
		return m.relative(k, j, func() (string, string, time.Time) {
			d := m.ref.AddDate(0, m.step(mod), 0)
			if m.ref.Day() > 28 {
				d = time.Date(m.ref.Year(), m.ref.Month()+time.Month(m.step(mod)), 1, 0, 0, 0, 0, time.UTC)
			}
			return month(d.Year(), d.Month())
		}), true
	case "year":
		return m.relative(k, j, func() (string, string, time.Time) { return year(m.ref.Year() + m.step(mod)) }), true
	case "quarter":
		return m.relative(k, j, func() (string, string, time.Time) {
			q := int(m.ref.Month()-1)/3 + 1 + m.step(mod)
			y := m.ref.Year()
			for q < 1 {
				q, y = q+4, y-1
			}
			for q > 4 {
				q, y = q-4, y+1
			}
			return quarter(y, q)
		}), true
	case "months", "weeks", "years", "days", "decades":
		if mod == "coming" || mod == "next" || mod == "following" {
			return m.mk(k, j, "DATE", "FUTURE_REF", PrecisionVague, time.Time{}), true
		}
		if mod == "past" {
			return expr{}, false // a duration
		}
	}
	return expr{}, false
}

func (m *matcher) step(mod string) int {
	switch mod {
	case "last", "past", "previous":
		return -1
	case "next", "coming", "following":
		return 1
	}
	return 0
}

func (m *matcher) shift(mod string, days int) time.Time {
	return m.ref.AddDate(0, 0, days*m.step(mod))
}

// ago: "two years ago", "three days ago", "a week ago", "years ago".
func (m *matcher) ago(k int) (expr, bool) {
	n := -1
	i := k
	if v, ok := numberWords[m.t(k).lower]; ok {
		n, i = v, k+1
	} else if m.t(k).num > 0 && m.t(k).num < 1000 {
		n, i = m.t(k).num, k+1
	} else if w := m.t(k).lower; w == "several" || w == "few" || w == "many" {
		i = k + 1
	} else if w == "a" && (m.t(k+1).lower == "few" || m.t(k+1).lower == "couple") {
		i = k + 2
		if m.t(i).lower == "of" {
			i++
		}
	}
	unit := strings.TrimSuffix(m.t(i).lower, "s")
	after := m.t(i + 1).lower
	if after != "ago" && after != "earlier" || !(unit == "day" || unit == "week" || unit == "month" || unit == "year" || unit == "decade") {
		return expr{}, false
	}
	if after == "earlier" && n < 0 {
		return expr{}, false
	}
	if after == "earlier" && unit != "year" {
		// "three days earlier" counts from some other event we do not track.
		return expr{}, false
	}
	if n < 0 || unit == "decade" {
		return m.mk(k, i+2, "DATE", "PAST_REF", PrecisionVague, time.Time{}), true
	}
	return m.relative(k, i+2, func() (string, string, time.Time) {
		switch unit {
		case "day":
			return day(m.ref.AddDate(0, 0, -n))
		case "week":
			return week(m.ref.AddDate(0, 0, -7*n))
		case "month":
			d := m.ref.AddDate(0, -n, 0)
			return month(d.Year(), d.Month())
		}
		return year(m.ref.Year() - n)
	}), true
}

// quarterAt: "the third quarter", "third-quarter", "the fourth quarter of
// 1990", "the 1988 second quarter", "the first half of 2025".
func (m *matcher) quarterAt(k int) (expr, bool) {
	i := k
	if m.t(i).lower == "the" {
		i++
	}
	y := 0
	if v, ok := m.yearNum(i); ok {
		y = v
		i++
	} else if m.t(i).lower == "fiscal" {
		return expr{}, false
	} else if w := m.t(i).lower; (w == "next" || w == "last" || w == "this") && bare(m.t(i+1).lower) == "year" && m.t(i+1).lower != "year" && m.hasRef {
		y = m.ref.Year() + m.step(w)
		i += 2
	}
	q, ok := ordinals[m.t(i).lower]
	if !ok {
		return expr{}, false
	}
	i++
	if m.t(i).text == "-" {
		i++
	}
	unit := m.t(i).lower
	if unit != "quarter" && unit != "half" || (unit == "half" && q > 2) {
		return expr{}, false
	}
	j := i + 1
	if m.t(j).lower == "of" {
		if v, ok := m.yearNum(j + 1); ok {
			y, j = v, j+2
		}
	} else if v, ok := m.yearNum(j); ok && y == 0 {
		y, j = v, j+1
	}
	if y == 0 && !m.hasRef {
		return expr{i: k, j: j, typ: "DATE"}, true
	}
	if y == 0 {
		y = m.ref.Year()
		cur := int(m.ref.Month()-1)/3 + 1
		if unit == "quarter" && q > cur && m.sentenceTense(k) != 1 {
			y--
		}
	}
	if unit == "half" {
		return m.mk(k, j, "DATE", fmt.Sprintf("%04d-H%d", y, q), PrecisionQuarter, time.Date(y, time.Month(6*(q-1)+1), 1, 0, 0, 0, 0, time.UTC)), true
	}
	v, p, st := quarter(y, q)
	return m.mk(k, j, "DATE", v, p, st), true
}

// periodWord: "the quarter", "the latest quarter", "the year-ago
// quarter", "the year", "the fiscal year", "year-end", "the weekend",
// "this morning", "soon", "the near term", "the past few months",
// "that year", "the following year".
func (m *matcher) periodWord(k int) (expr, bool) {
	i := k
	w := m.t(i).lower
	if w == "soon" {
		return m.mk(k, k+1, "DATE", "FUTURE_REF", PrecisionVague, time.Time{}), true
	}
	if (w == "this" || w == "that") && dayParts[m.t(k+1).lower] != "" && m.t(k+1).lower != "night" {
		return m.relative(k, k+2, func() (string, string, time.Time) {
			v, p, st := day(m.ref)
			return v + "T" + dayParts[m.t(k+1).lower], p, st
		}), true
	}
	if (w == "year" && m.t(k+1).text == "-" && m.t(k+2).lower == "end") || (w == "year's" || w == "year’s") && m.t(k+1).lower == "end" {
		j := k + 3
		if w != "year" {
			j = k + 2
		}
		return m.relative(k, j, func() (string, string, time.Time) { return year(m.ref.Year()) }), true
	}
	if w == "that" || (w == "the" && (m.t(k+1).lower == "following" || m.t(k+1).lower == "previous")) {
		j, off := k+1, 0
		if w == "the" {
			j = k + 2
			off = 1
			if m.t(k+1).lower == "previous" {
				off = -1
			}
		}
		if m.t(j).lower == "year" && m.lastYear > 0 {
			return m.mk(k, j+1, "DATE", fmt.Sprintf("%04d", m.lastYear+off), crossread.PrecisionYear, time.Date(m.lastYear+off, 1, 1, 0, 0, 0, 0, time.UTC)), true
		}
		return expr{}, false
	}
	if w != "the" {
		return expr{}, false
	}
	i++
	if m.t(i).lower == "past" || m.t(i).lower == "last" {
		if q := m.t(i + 1).lower; (q == "few" || q == "several") && isUnit(m.t(i+2).lower) && strings.HasSuffix(m.t(i+2).lower, "s") {
			return m.mk(k, i+3, "DATE", "PAST_REF", PrecisionVague, time.Time{}), true
		}
		return expr{}, false
	}
	if (m.t(i).lower == "near" || m.t(i).lower == "short") && m.t(i+1).lower == "term" {
		return m.mk(k, i+2, "DATE", "FUTURE_REF", PrecisionVague, time.Time{}), true
	}
	ago := false
	switch m.t(i).lower {
	case "latest", "current", "recent", "full", "fiscal", "same", "comparable":
		i++
		if m.t(i).lower == "fiscal" {
			i++
		}
	case "year":
		if m.t(i+1).text == "-" && (m.t(i+2).lower == "ago" || m.t(i+2).lower == "earlier") {
			ago = true
			i += 3
		}
	}
	if m.t(i).lower == "year" && m.t(i+1).text == "-" && (m.t(i+2).lower == "ago" || m.t(i+2).lower == "earlier") {
		ago = true
		i += 3
	}
	unit := m.t(i).lower
	if !m.hasRef && (unit == "quarter" || unit == "year" || unit == "period" || unit == "weekend") {
		return expr{i: k, j: i + 1, typ: "DATE"}, true
	}
	switch unit {
	case "quarter", "period":
		if unit == "period" && !ago && m.t(k+1).lower != "latest" {
			return expr{}, false
		}
		d := m.ref.AddDate(0, 0, -40)
		y := d.Year()
		if ago {
			y--
		}
		v, p, st := quarter(y, int(d.Month()-1)/3+1)
		return m.mk(k, i+1, "DATE", v, p, st), true
	case "year":
		y := m.ref.Year()
		if ago {
			y--
		}
		if m.t(i+1).lower == "ago" || m.t(i+1).lower == "earlier" || m.t(i+1).lower == "before" {
			return expr{}, false
		}
		v, p, st := year(y)
		return m.mk(k, i+1, "DATE", v, p, st), true
	case "weekend":
		d := m.ref.AddDate(0, 0, 7)
		if m.sentenceTense(k) != 1 {
			d = m.ref.AddDate(0, 0, -int(m.ref.Weekday()))
		}
		v, _, st := week(d)
		return m.mk(k, i+1, "DATE", v+"-WE", PrecisionWeek, st), true
	case "nineties", "eighties", "seventies", "sixties", "fifties", "forties", "thirties", "twenties":
		d := map[string]int{"nineties": 9, "eighties": 8, "seventies": 7, "sixties": 6, "fifties": 5, "forties": 4, "thirties": 3, "twenties": 2}[unit]
		y := 1900 + 10*d
		return m.mk(k, i+1, "DATE", fmt.Sprintf("%03dX", y/10), crossread.PrecisionDecade, time.Date(y, 1, 1, 0, 0, 0, 0, time.UTC)), true
	}
	// "the 20th century"
	if t := m.t(i); strings.HasSuffix(t.lower, "th") && m.t(i+1).lower == "century" {
		if c, ok := atoi(strings.TrimSuffix(t.lower, "th")); ok && c > 0 && c < 30 {
			return m.mk(k, i+2, "DATE", fmt.Sprintf("%02dXX", c-1), crossread.PrecisionDecade, time.Date((c-1)*100, 1, 1, 0, 0, 0, 0, time.UTC)), true
		}
	}
	return expr{}, false
}

var tensWords = map[string]int{"ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
	"sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40,
	"fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}

var onesWords = map[string]int{"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9}

// spokenYear: "nineteen ninety-six", "the year two thousand" (transcripts).
func (m *matcher) spokenYear(k int) (expr, bool) {
	i := k
	if m.t(i).lower == "the" && m.t(i+1).lower == "year" {
		i += 2
	}
	if m.t(i).lower == "two" && m.t(i+1).lower == "thousand" {
		y, j := 2000, i+2
		if m.t(j).lower == "and" {
			j++
		}
		if o, ok := onesWords[m.t(j).lower]; ok {
			y, j = 2000+o, j+1
		}
		v, p, st := year(y)
		return m.mk(k, j, "DATE", v, p, st), true
	}
	c := m.t(i).lower
	if c != "nineteen" && c != "eighteen" {
		return expr{}, false
	}
	t, ok := tensWords[m.t(i+1).lower]
	if !ok || t < 10 {
		return expr{}, false
	}
	y, j := tensWords[c]*100+t, i+2
	if t >= 20 && m.t(j).text == "-" {
		if o, ok := onesWords[m.t(j+1).lower]; ok {
			y, j = y+o, j+2
		}
	}
	v, p, st := year(y)
	return m.mk(k, j, "DATE", v, p, st), true
}

// quarterCode: "Q3", "Q3 2025", "H1 2026".
func (m *matcher) quarterCode(k int) (expr, bool) {
	t, d := m.t(k), m.t(k+1)
	if (t.text != "Q" && t.text != "H") || !m.adjacent(k+1) || d.digits != 1 || d.num < 1 || d.num > 4 || t.text == "H" && d.num > 2 {
		return expr{}, false
	}
	n := d.num
	y, j := 0, k+2
	if v, ok := m.yearNum(k + 2); ok {
		y, j = v, k+3
	} else if !m.hasRef {
		return expr{i: k, j: j, typ: "DATE"}, true
	} else {
		y = m.ref.Year()
	}
	if t.text == "H" {
		return m.mk(k, j, "DATE", fmt.Sprintf("%04d-H%d", y, n), PrecisionQuarter, time.Date(y, time.Month(6*(n-1)+1), 1, 0, 0, 0, 0, time.UTC)), true
	}
	v, p, st := quarter(y, n)
	return m.mk(k, j, "DATE", v, p, st), true
}

// decade: "the 1990s", "the mid-1990s", "the '90s".
func (m *matcher) decade(k int) (expr, bool) {
	i := k
	if m.t(i).lower == "the" {
		i++
	}
	switch m.t(i).lower {
	case "early", "mid", "late":
		i++
		if m.t(i).text == "-" {
			i++
		}
	}
	t := m.t(i)
	if len(t.lower) == 5 && strings.HasSuffix(t.lower, "0s") {
		if y, ok := atoi(t.lower[:4]); ok && y >= 1000 && y < 2200 {
			v := t.lower[:3] + "X"
			return m.mk(k, i+1, "DATE", v, crossread.PrecisionDecade, time.Date(y, 1, 1, 0, 0, 0, 0, time.UTC)), true
		}
	}
	if (t.text == "'" || t.text == "’") && len(m.t(i+1).lower) == 3 && strings.HasSuffix(m.t(i+1).lower, "0s") {
		d := int(m.t(i + 1).lower[0] - '0')
		if d >= 0 && d <= 9 {
			cent := 19
			if d <= 2 {
				cent = 20
			}
			y := cent*100 + d*10
			return m.mk(k, i+2, "DATE", fmt.Sprintf("%03dX", y/10), crossread.PrecisionDecade, time.Date(y, 1, 1, 0, 0, 0, 0, time.UTC)), true
		}
	}
	return expr{}, false
}

// yearAt: "1992", "since 1992", "fiscal 1989", "early 2025", "in 1998".
func (m *matcher) yearAt(k int) (expr, bool) {
	i := k
	since := false
	switch m.t(k).lower {
	case "fiscal", "early", "late", "mid":
		i++
		if m.t(i).text == "-" {
			i++
		}
	case "since":
		since = true
		i++
	}
	y, ok := m.yearNum(i)
	if !ok {
		return expr{}, false
	}
	prev := m.t(k - 1)
	next := m.t(i + 1)
	// Not a count ("1,500 people", "$2000") nor part of a longer number.
	if prev.text == "$" || prev.text == "£" || prev.text == "€" || next.text == "%" || next.lower == "percent" {
		return expr{}, false
	}
	if (next.text == "," || next.text == ".") && m.adjacent(i+1) && m.t(i+2).num >= 0 && m.adjacent(i+2) {
		return expr{}, false
	}
	if prev.text == "," && m.adjacent(k) && m.t(k-2).num >= 0 {
		return expr{}, false
	}
	if (y < 1800 || y > 2100) && !precedesDate(prev.lower) && i == k {
		return expr{}, false
	}
	if m.countNoun(next.lower) {
		return expr{}, false
	}
	v, p, st := year(y)
	start := k
	if since {
		start = i
	}
	if m.t(k).lower == "fiscal" {
		start = k
	}
	e := m.mk(start, i+1, "DATE", v, p, st)
	e.since = since
	return e, true
}

func (m *matcher) countNoun(w string) bool {
	switch w {
	case "people", "troops", "soldiers", "men", "women", "children", "workers", "jobs", "votes", "members", "units", "tons", "feet", "meters", "miles", "km", "kilometers", "dollars", "euros", "shares", "times":
		return true
	}
	return false
}

var vagueWords = map[string]string{
	"now": "PRESENT_REF", "currently": "PRESENT_REF", "current": "PRESENT_REF", "nowadays": "PRESENT_REF",
	"recently": "PAST_REF", "recent": "PAST_REF", "previously": "PAST_REF", "formerly": "PAST_REF",
}

// vagueRef: "now", "recently", "the past", "the future", "the near future",
// "in recent years", "the coming months".
func (m *matcher) vagueRef(k int) (expr, bool) {
	t := m.t(k)
	if v, ok := vagueWords[t.lower]; ok {
		if t.lower == "now" && m.t(k+1).lower == "that" {
			return expr{}, false
		}
		if t.lower == "recent" && (m.t(k+1).lower == "years" || m.t(k+1).lower == "months" || m.t(k+1).lower == "weeks" || m.t(k+1).lower == "days") {
			return m.mk(k, k+2, "DATE", "PAST_REF", PrecisionVague, time.Time{}), true
		}
		return m.mk(k, k+1, "DATE", v, PrecisionVague, time.Time{}), true
	}
	if t.lower == "the" || t.lower == "these" || t.lower == "at" {
		a, b := m.t(k+1).lower, m.t(k+2).lower
		switch {
		case t.lower == "these" && a == "days":
			return m.mk(k, k+2, "DATE", "PRESENT_REF", PrecisionVague, time.Time{}), true
		case t.lower == "at" && a == "present":
			return m.mk(k, k+2, "DATE", "PRESENT_REF", PrecisionVague, time.Time{}), true
		case t.lower == "the" && a == "future" || t.lower == "the" && (a == "near" || a == "distant" || a == "foreseeable") && b == "future":
			j := k + 2
			if a != "future" {
				j++
			}
			return m.mk(k, j, "DATE", "FUTURE_REF", PrecisionVague, time.Time{}), true
		case t.lower == "the" && a == "past" && (b == "" || !isUnit(b) && m.t(k+2).num < 0 && numberWords[b] == 0 && b != "several" && b != "few"):
			return m.mk(k, k+2, "DATE", "PAST_REF", PrecisionVague, time.Time{}), true
		}
	}
	return expr{}, false
}

func isUnit(w string) bool {
	switch strings.TrimSuffix(w, "s") {
	case "day", "week", "month", "year", "decade", "quarter", "hour", "minute", "century", "night":
		return true
	}
	return false
}

// clock: "3 p.m.", "10:30 a.m.", "noon", "midnight", "15:00 GMT".
func (m *matcher) clock(k int) (expr, bool) {
	t := m.t(k)
	h, mi := -1, 0
	j := k + 1
	switch {
	case t.lower == "noon" || t.lower == "midday":
		h = 12
	case t.lower == "midnight":
		h = 0
	case t.num >= 0 && t.num <= 24 && t.digits <= 2:
		h = t.num
		if m.t(k+1).text == ":" && m.adjacent(k+1) && m.adjacent(k+2) && m.t(k+2).digits == 2 && m.t(k+2).num < 60 {
			mi, j = m.t(k+2).num, k+3
		}
		ap := m.t(j).lower
		switch {
		case (ap == "a" || ap == "p") && m.t(j+1).text == "." && m.t(j+2).lower == "m":
			if ap == "p" && h < 12 {
				h += 12
			} else if ap == "a" && h == 12 {
				h = 0
			}
			j += 3
			if m.t(j).text == "." && m.adjacent(j) {
				j++
			}
			if z := m.t(j).lower; z == "gmt" || z == "utc" || z == "est" || z == "et" || z == "edt" || z == "pst" || z == "cet" {
				j++
			}
		case ap == "am" || ap == "pm":
			if ap == "pm" && h < 12 {
				h += 12
			} else if ap == "am" && h == 12 {
				h = 0
			}
			j++
			if z := m.t(j).lower; z == "gmt" || z == "utc" || z == "est" || z == "et" || z == "edt" || z == "pst" || z == "cet" {
				j++
			}
		case j == k+3 && (m.t(j).lower == "gmt" || m.t(j).lower == "utc" || m.t(j).lower == "est" || m.t(j).lower == "et"):
			j++
		case j == k+3 && h > 12:
		default:
			return expr{}, false
		}
	default:
		return expr{}, false
	}
	if !m.hasRef {
		return expr{i: k, j: j, typ: "TIME"}, true
	}
	v := fmt.Sprintf("%sT%02d:%02d", m.ref.Format("2006-01-02"), h, mi)
	st := m.ref.Add(time.Duration(h)*time.Hour + time.Duration(mi)*time.Minute)
	return m.mk(k, j, "TIME", v, crossread.PrecisionTime, st), true
}

// boundary: "the end of the year", "the beginning of 2026", "the middle of
// next month": the inner value, with the whole phrase as the span.
func (m *matcher) boundary(k int) (expr, bool) {
	if m.t(k).lower != "the" {
		return expr{}, false
	}
	switch m.t(k + 1).lower {
	case "end", "beginning", "start", "middle":
	default:
		return expr{}, false
	}
	if m.t(k+2).lower != "of" {
		return expr{}, false
	}
	i := k + 3
	if m.t(i).lower == "the" && (m.t(i+1).lower == "year" || m.t(i+1).lower == "month" || m.t(i+1).lower == "week") {
		unit := m.t(i + 1).lower
		return m.relative(k, i+2, func() (string, string, time.Time) {
			switch unit {
			case "month":
				return month(m.ref.Year(), m.ref.Month())
			case "week":
				return week(m.ref)
			}
			return year(m.ref.Year())
		}), true
	}
	e, ok := m.match(i)
	if !ok || e.typ != "DATE" {
		return expr{}, false
	}
	e.i = k
	return e, true
}

// bare strips a possessive: "Friday's" → "friday".
func bare(w string) string {
	if strings.HasSuffix(w, "'s") {
		return w[:len(w)-2]
	}
	if strings.HasSuffix(w, "’s") {
		return w[:len(w)-4]
	}
	return w
}

// triggers are the words a pattern can start with; any other word (and
// most are other words) is passed over without trying the patterns.
var triggers = func() map[string]bool {
	m := setOf(`last next this that these the at early mid late since earlier later past coming fiscal year year's
year’s soon several few many a an today yesterday tomorrow tonight noon midday midnight nineteen eighteen two`)
	for _, ms := range []map[string]time.Month{months} {
		for w := range ms {
			m[w] = true
		}
	}
	for w := range weekdays {
		m[w] = true
	}
	for w := range weekdayAbbrev {
		m[w] = true
	}
	for w := range numberWords {
		m[w] = true
	}
	for w := range vagueWords {
		m[w] = true
	}
	for w := range ordinals {
		m[w] = true
	}
	for _, w := range []string{"q", "h", "'", "’", "today's", "today’s", "yesterday's", "yesterday’s", "tomorrow's", "tomorrow’s"} {
		m[w] = true
	}
	return m
}()

func seasonStart(name string) time.Month {
	switch name {
	case "spring":
		return 3
	case "summer":
		return 6
	case "fall", "autumn":
		return 9
	}
	return 12
}
