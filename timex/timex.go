// Package timex finds date and time expressions and normalises them against
// a reference date, and groups dated sentences into a story timeline.
//
// The recogniser is rule-based: a small tokenizer and a list of patterns
// tried at every token, longest match first. Values follow TimeML
// (2025-11-06, 2025-11, 2025-W45, 2025-Q3, 199X, PAST_REF…). Expressions
// that name no calendar position on their own (a weekday, "in December",
// "last week") are resolved against the reference date with the news
// convention: the nearest such day or month, in the past when the sentence
// is in the past tense and ahead when it speaks of the future.
package timex

import (
	"fmt"
	"strings"
	"time"

	"crossread"
)

// Precisions beyond the domain's day/month/year.
const (
	PrecisionWeek    = "week"
	PrecisionQuarter = "quarter"
	PrecisionSeason  = "season"
	PrecisionVague   = "vague" // PAST_REF, PRESENT_REF, FUTURE_REF
)

// Extract returns the temporal expressions in text, normalised against ref
// (the publication date; zero when unknown, in which case expressions
// relative to it keep an empty Value).
func Extract(articleID, text string, ref time.Time) []crossread.TimeExpr {
	m := newMatcher(text, ref)
	var out []crossread.TimeExpr
	for k := 0; k < len(m.toks); {
		e, ok := m.match(k)
		if !ok || e.j <= k {
			k++
			continue
		}
		start, end := m.toks[e.i].start, m.toks[e.j-1].end
		out = append(out, crossread.TimeExpr{
			Span:      crossread.Span{ArticleID: articleID, Start: start, End: end},
			Text:      text[start:end],
			Type:      e.typ,
			Value:     e.value,
			Precision: e.prec,
			Start:     e.start,
			Since:     e.since,
		})
		k = e.j
	}
	return out
}

// expr is one match over tokens [i, j).
type expr struct {
	i, j  int
	typ   string
	value string
	prec  string
	start time.Time
	since bool
}

type matcher struct {
	lastYear int // the last year written out in full: the anchor of "that year"
	text     string
	toks     []tok
	ref      time.Time
	hasRef   bool
	tense    map[int]int // sentence → +1 future, -1 past, 0 unknown
}

func newMatcher(text string, ref time.Time) *matcher {
	m := &matcher{text: text, toks: tokenize(text), ref: ref, hasRef: !ref.IsZero(), tense: map[int]int{}}
	if m.hasRef {
		m.ref = time.Date(ref.Year(), ref.Month(), ref.Day(), 0, 0, 0, 0, time.UTC)
	}
	return m
}

func (m *matcher) t(k int) tok {
	if k < 0 || k >= len(m.toks) {
		return tok{num: -1}
	}
	return m.toks[k]
}

// adjacent reports whether tokens k-1 and k touch (no space between).
func (m *matcher) adjacent(k int) bool {
	return k > 0 && k < len(m.toks) && m.toks[k-1].end == m.toks[k].start
}

// dot skips an abbreviation's period right after token k-1.
func (m *matcher) dot(k int) int {
	if m.t(k).text == "." && m.adjacent(k) {
		return k + 1
	}
	return k
}

// localTense reads the verb next to the expression first ("said
// Friday", "will meet on Tuesday"), then the whole sentence.
func (m *matcher) localTense(k int) int {
	s := m.toks[k].sent
	past := false
	for i := k - 1; i >= 0 && i >= k-10 && m.toks[i].sent == s; i-- {
		w := m.toks[i].lower
		if w == "," || w == ";" {
			break
		}
		// "will be held in December": the future auxiliary outranks the participle.
		// ("said he would travel on Monday": the future of the report)
		if futureCue[w] || w == "would" || strings.HasSuffix(w, "'ll") || strings.HasSuffix(w, "’ll") || (w == "be" && i > 0 && m.toks[i-1].lower == "to") {
			return 1
		}
		// "could make his debut on Saturday": a modal before a verb looks
		// a weekday ahead ("could have …", "could not …" need not; a
		// month after a modal is as often behind)
		if _, weekday := weekdays[m.toks[k].lower]; weekday && modalAhead[w] && i+1 < k && i >= k-6 {
			switch m.toks[i+1].lower {
			case "have", "not", "n't", "never", "be":
			default:
				return 1
			}
		}
		// "expected to last until Saturday": the verb, not "last week"
		lastVerb := w == "last" && i > 0 && (m.toks[i-1].lower == "to" || m.toks[i-1].lower == "would" || futureCue[m.toks[i-1].lower] || modalAhead[m.toks[i-1].lower])
		// "classes are canceled Monday": a participle after a present
		// auxiliary is no past; "has been pushed back to Thursday",
		// "postponed until Friday": a day things were moved to is ahead
		presentPassive := i > 0 && presentAux[m.toks[i-1].lower]
		if (i >= k-6 && rescheduled[w] || w == "back" && i > 0 && m.toks[i-1].lower == "pushed") && (m.toks[k-1].lower == "to" || m.toks[k-1].lower == "until") {
			return 1
		}
		if i >= k-3 && len(w) > 4 && strings.HasSuffix(w, "ed") && presentPassive && !past {
			return 1
		}
		// "a cold front expected Thursday", "due Friday": a forecast's day
		if i == k-1 && (w == "expected" || w == "due" || w == "forecast") {
			return 1
		}
		// "was due to visit the area on Monday", "were expected to vote on
		// Thursday": what was planned, ahead of the report
		// ("had been due to expire Friday evening" is a plan since changed:
		// past)
		if !past && (w == "due" || w == "expected" || w == "scheduled" || w == "slated" || w == "set") && m.t(i+1).lower == "to" && i > 0 {
			switch m.toks[i-1].lower {
			case "was", "were", "is", "are":
				return 1
			}
		}
		// "for travel through Sunday", "closed until Friday": a span's end
		// ahead, unless a past verb came first
		if i == k-1 && (w == "through" || w == "until" || w == "till") {
			if _, weekday := weekdays[m.toks[k].lower]; weekday && !m.pastBefore(i, s) {
				return 1
			}
		}
		if pastCue[w] && !lastVerb || (i >= k-3 && len(w) > 4 && strings.HasSuffix(w, "ed") && !presentPassive) {
			past = true
		}
		// "Pre-orders open on Friday", "the summit begins Monday": a
		// schedule told in the present is ahead.
		if !past && i >= k-3 && scheduleCue[w] {
			return 1
		}
	}
	if past {
		return -1
	}
	for i := k + 1; i < len(m.toks) && i <= k+3 && m.toks[i].sent == s; i++ {
		w := m.toks[i].lower
		if w == "," && m.attributionAfter(i) {
			break // "… on Thursday, forecasters said": the attribution's tense
		}
		if pastCue[w] || (len(w) > 4 && strings.HasSuffix(w, "ed")) {
			return -1
		}
		if futureCue[w] {
			return 1
		}
	}
	return m.sentenceTense(k)
}

// pastBefore: a past verb stands before token i in its clause ("The
// road remained closed until Monday").
func (m *matcher) pastBefore(i, sent int) bool {
	for j := i - 1; j >= 0 && j >= i-10 && m.toks[j].sent == sent; j-- {
		w := m.toks[j].lower
		if w == "," || w == ";" {
			return false
		}
		if pastCue[w] || len(w) > 4 && strings.HasSuffix(w, "ed") && !(j > 0 && presentAux[m.toks[j-1].lower]) {
			return true
		}
	}
	return false
}

// presentAux: a participle after them is the present passive ("are
// canceled").
var presentAux = map[string]bool{"is": true, "are": true, "am": true}

// rescheduled: verbs that move an event to the day after "to" or
// "until".
var rescheduled = map[string]bool{"postponed": true, "delayed": true, "rescheduled": true, "moved": true,
	"adjourned": true, "deferred": true, "shifted": true}

// attributionAfter: the comma at token i opens an attribution ("…,
// forecasters said", "…, he told reporters"), whose tense is the
// report's, not the event's.
func (m *matcher) attributionAfter(i int) bool {
	for j := i + 1; j <= i+4 && j < len(m.toks) && m.toks[j].sent == m.toks[i].sent; j++ {
		switch m.toks[j].lower {
		case "said", "says", "told", "added", "according", "reported", "warned", "stated", "wrote":
			return true
		}
	}
	return false
}

// sentenceTense reads tense cues in the sentence holding token k.
func (m *matcher) sentenceTense(k int) int {
	s := m.toks[k].sent
	if v, ok := m.tense[s]; ok {
		return v
	}
	lo, hi := k, k
	for lo > 0 && m.toks[lo-1].sent == s {
		lo--
	}
	for hi < len(m.toks) && m.toks[hi].sent == s {
		hi++
	}
	v := 0
	for i := lo; i < hi; i++ {
		w := m.toks[i].lower
		// "the will of the people", "his will": a noun, no future
		if w == "will" && i > lo && nounBefore[m.toks[i-1].lower] {
			continue
		}
		if futureCue[w] || len(w) > 3 && (w[len(w)-3:] == "'ll" || w[len(w)-3:] == "’ll") {
			v = 1
			break
		}
		if (w == "going" || w == "plans" || w == "scheduled" || w == "expected" || w == "due" || w == "set") && m.t(i+1).lower == "to" && m.t(i+2).num < 0 {
			v = 1
			break
		}
		if pastCue[w] {
			v = -1
		}
	}
	m.tense[s] = v
	return v
}

var futureCue = setOf("will shall tomorrow next upcoming forthcoming")

var modalAhead = setOf("could may might should")

// nounBefore are the words that make a following "will" a noun.
var nounBefore = setOf("the a his her their its our my your political free good ill last living popular")

// scheduleCue are the present-tense verbs of a timetable.
var scheduleCue = setOf("open opens reopen reopens begin begins start starts launch launches arrive arrives resume resumes kicks")
var pastCue = setOf(`was were had did said ago last yesterday earlier previously told announced reported came went took made held met
won lost gave fell rose struck saw found led began became chose sent spent built paid sold bought ran broke wrote spoke
stood fought kept knew thought brought drew drove grew flew threw caught taught`)

func setOf(s string) map[string]bool {
	m := map[string]bool{}
	w := ""
	for _, r := range s + " " {
		if r == ' ' || r == '\n' {
			if w != "" {
				m[w] = true
			}
			w = ""
			continue
		}
		w += string(r)
	}
	return m
}

func day(t time.Time) (string, string, time.Time) {
	return t.Format("2006-01-02"), crossread.PrecisionDay, t
}

func month(y int, mo time.Month) (string, string, time.Time) {
	return fmt.Sprintf("%04d-%02d", y, int(mo)), crossread.PrecisionMonth, time.Date(y, mo, 1, 0, 0, 0, 0, time.UTC)
}

func year(y int) (string, string, time.Time) {
	return fmt.Sprintf("%04d", y), crossread.PrecisionYear, time.Date(y, 1, 1, 0, 0, 0, 0, time.UTC)
}

func week(t time.Time) (string, string, time.Time) {
	y, w := t.ISOWeek()
	monday := t.AddDate(0, 0, -((int(t.Weekday()) + 6) % 7))
	return fmt.Sprintf("%04d-W%02d", y, w), PrecisionWeek, monday
}

func quarter(y, q int) (string, string, time.Time) {
	return fmt.Sprintf("%04d-Q%d", y, q), PrecisionQuarter, time.Date(y, time.Month(3*(q-1)+1), 1, 0, 0, 0, 0, time.UTC)
}

func vague(v string) (string, string, time.Time) { return v, PrecisionVague, time.Time{} }

func (m *matcher) mk(i, j int, typ string, v, p string, st time.Time) expr {
	return expr{i: i, j: j, typ: typ, value: v, prec: p, start: st}
}

// relative builds an expression that needs the reference date; without one
// it keeps the span with an empty value.
func (m *matcher) relative(i, j int, f func() (string, string, time.Time)) expr {
	if !m.hasRef {
		return expr{i: i, j: j, typ: "DATE"}
	}
	v, p, st := f()
	return m.mk(i, j, "DATE", v, p, st)
}
