package claim

import (
	"regexp"
	"strconv"
	"strings"

	"crossread"
)

// journalRE reads where a study appeared: "published on Monday in The
// Lancet", "reported in the journal JAMA", "in the journal Nature
// Medicine".
var journalRE = regexp.MustCompile(`(?:(?:published|reported|appeared|appears)\b(?:\s+[\w-]+){0,3}?\s+in|\bin the journal)\s+(?:the journal\s+|the\s+)?((?:[A-Z][\w&'’-]*)(?:\s+(?:of\s+|and\s+|&\s+)?[A-Z][\w&'’-]*){0,5})`)

// studyWords say a sentence tells of research, whose journal is a fact.
var studyWords = setOfWords(`study studies research researchers journal trial scientists`)

// KindJournal is a study's journal named two ways.
const KindJournal = "journal"

// journalDiscrepancies sets against each other the journals outlets say a
// study appeared in ("The Lancet" · "JAMA"), in sentences about research;
// a source naming two journals is left out.
func (a *Alignment) journalDiscrepancies() []crossread.Discrepancy {
	var ns namings
	for _, x := range a.Sentences {
		if !x.Statement && !shortStatement(x) || !strings.Contains(x.Text, " in ") {
			continue
		}
		study := false
		for _, w := range Words(x.Text) {
			study = study || studyWords[Fold(w.Text)]
		}
		if !study {
			continue
		}
		for _, m := range journalRE.FindAllStringSubmatchIndex(x.Text, -1) {
			name := strings.TrimSpace(x.Text[m[2]:m[3]])
			ns.add(x.Source, Fold(strings.TrimPrefix(name, "The ")), name, spanAt(x, m[2], m[3]))
		}
	}
	return ns.discrepancy("journal", KindJournal)
}

// spanAt is the span of x.Text[start:end] in its article.
func spanAt(x *Sentence, start, end int) crossread.Span {
	return crossread.Span{ArticleID: x.ArticleID(), Start: x.Span.Start + start, End: x.Span.Start + end}
}

// aircraftRE reads an aircraft's maker and model: "Boeing 737-800",
// "Airbus A320", "an ATR 72".
var aircraftRE = regexp.MustCompile(`\b(Boeing|Airbus|Embraer|Bombardier|ATR|Antonov|Tupolev|Sukhoi|Cessna|Ilyushin|Comac|De Havilland|Dash)\s+([A-Z]{0,3}-?\d{1,3})[\w-]*`)

// KindAircraft is an aircraft named two ways.
const KindAircraft = "aircraft"

// aircraftDiscrepancies sets against each other the aircraft outlets name
// for a story's plane ("Boeing 737-800" · "Airbus A320"); one model told
// more or less precisely ("Boeing 737", "Boeing 737-800") is one. A
// source naming two aircraft is left out.
func (a *Alignment) aircraftDiscrepancies() []crossread.Discrepancy {
	return a.numberedNamings(aircraftRE, func(x *Sentence, m []int) (string, int, int) {
		return x.Text[m[2]:m[3]] + " " + strings.TrimLeft(x.Text[m[4]:m[5]], "-"), m[0], m[1]
	}).discrepancy("aircraft", KindAircraft)
}

// flightDiscrepancies sets against each other the flight numbers sources
// give the story's flight ("el vuelo 2114" · "el vuelo 2141", "Flight
// SM 2114"), one per source.
func (a *Alignment) flightDiscrepancies() []crossread.Discrepancy {
	return a.numberedNamings(flightRE, func(x *Sentence, m []int) (string, int, int) {
		return strings.ToUpper(strings.ReplaceAll(x.Text[m[2]:m[3]], " ", "")), m[2], m[3]
	}).discrepancy("flight number", KindNumber)
}

// numberedNamings gathers the names re finds in the sentences holding a
// digit, each by the key and the span (within its sentence) that named
// gives for a match.
func (a *Alignment) numberedNamings(re *regexp.Regexp, named func(x *Sentence, m []int) (key string, start, end int)) *namings {
	ns := &namings{}
	for _, x := range a.Sentences {
		if !strings.ContainsAny(x.Text, "0123456789") {
			continue
		}
		for _, m := range re.FindAllStringSubmatchIndex(x.Text, -1) {
			key, start, end := named(x, m)
			ns.add(x.Source, key, x.Text[start:end], spanAt(x, start, end))
		}
	}
	return ns
}

// flightRE is a flight's number after the word for a flight, in the
// languages read.
var flightRE = regexp.MustCompile(`(?i)\b(?:flight|vuelo|vol|volo|voo|flug|vlucht)\s+(?:n[º°.]?\s*)?((?-i:[A-Z]{2,3})?\s?\d{2,5})\b`)

// namings gathers, per source, the names it gives one thing of the story
// (a journal, an aircraft), each with the key that says which thing it is.
type namings struct {
	bySource map[int][]naming
	sources  []int // in the order they first name it
}

type naming struct {
	key, text string
	span      crossread.Span
}

func (ns *namings) add(src int, key, text string, sp crossread.Span) {
	if ns.bySource == nil {
		ns.bySource = map[int][]naming{}
	}
	if len(ns.bySource[src]) == 0 {
		ns.sources = append(ns.sources, src)
	}
	ns.bySource[src] = append(ns.bySource[src], naming{key, text, sp})
}

// discrepancy is the line setting the sources' names against each other
// when they name two or more things, one variant per thing as first
// written; a source naming two is left out. nil when all name one.
func (ns *namings) discrepancy(about, kind string) []crossread.Discrepancy {
	d := &disc{about: about, kind: kind}
	shown := map[string]string{}
	for _, src := range ns.sources {
		named := ns.bySource[src]
		key := named[0].key
		for _, n := range named[1:] {
			if n.key != key {
				key = "" // two things in one source
			}
		}
		if key == "" {
			continue
		}
		if _, ok := shown[key]; !ok {
			shown[key] = named[0].text
		}
		for _, n := range named {
			d.add(shown[key], n.span.ArticleID, n.span)
		}
	}
	if len(d.values) < 2 {
		return nil
	}
	return []crossread.Discrepancy{d.out()}
}

// tornadoRatingRE reads a tornado's rating on the (Enhanced) Fujita scale:
// "an EF-4", "EF3", "an F2 tornado".
var tornadoRatingRE = regexp.MustCompile(`\b(EF|F)[- ]?([0-5])\b`)

// KindRating is a rating on a scale told two ways.
const KindRating = "rating"

// ratingDiscrepancies sets against each other the ratings outlets give a
// story's tornado ("rated the tornado an EF-4" · "an EF-3 tornado"), in
// sentences that tell of a tornado or a rating (an "F-4" elsewhere is a
// fighter jet). A source giving two ratings (two tornadoes, or an upgrade)
// is left out.
func (a *Alignment) ratingDiscrepancies() []crossread.Discrepancy {
	var ns namings
	for _, x := range a.Sentences {
		if !strings.Contains(x.Text, "F") {
			continue
		}
		rated := false
		for _, w := range Words(x.Text) {
			f := Fold(w.Text)
			if strings.HasPrefix(f, "tornad") || strings.HasPrefix(f, "twister") || f == "rated" || f == "rating" || f == "upgraded" || f == "downgraded" {
				rated = true
				break
			}
		}
		if !rated {
			continue
		}
		for _, m := range tornadoRatingRE.FindAllStringSubmatchIndex(x.Text, -1) {
			scale, level := x.Text[m[2]:m[3]], x.Text[m[4]:m[5]]
			ns.add(x.Source, scale+level, x.Text[m[0]:m[1]], spanAt(x, m[0], m[1]))
		}
	}
	return ns.discrepancy("tornado rating", KindRating)
}

// rankRE reads a rank among those who did a thing: "only the sixth woman
// to win the chemistry prize", "the 13th country to join": the ordinal, what
// it ranks, and the verb after "to".
var rankRE = regexp.MustCompile(`(?i)\bthe\s+(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|\d{1,3}(?:st|nd|rd|th))\s+([a-z]+(?:\s+[a-z]+)?)\s+to\s+(?:be\s+|have\s+)?([a-z]+)`)

// ordinalIn: s holds an ordinal, in words or figures ("sixth", "13th"):
// the cheap test before rankRE.
func ordinalIn(s string) bool {
	// (a byte scan: most sentences hold none, and splitting them into
	// words cost more than the rest of the pass)
	for i := 0; i+1 < len(s); i++ {
		c := s[i]
		if c >= '0' && c <= '9' {
			if n := s[i+1]; (n == 's' || n == 'n' || n == 'r' || n == 't') && i+2 < len(s) {
				switch s[i+1 : i+3] {
				case "st", "nd", "rd", "th":
					return true
				}
			}
			continue
		}
		if c == ' ' && i+3 < len(s) {
			switch s[i+1] {
			case 'f', 's', 't', 'e', 'n', 'F', 'S', 'T', 'E', 'N':
				rest := strings.ToLower(s[i+1 : min(len(s), i+10)])
				for _, o := range ordinalWords {
					if strings.HasPrefix(rest, o) {
						return true
					}
				}
			}
		}
	}
	return false
}

// ordinalWords are the ordinals rankRE reads in words.
var ordinalWords = []string{"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth"}

// ordinalValue is the rank an ordinal says, 0 for none.
func ordinalValue(w string) int {
	w = strings.ToLower(w)
	for i, o := range ordinalWords {
		if w == o {
			return i + 1
		}
	}
	n, err := strconv.Atoi(strings.TrimRight(w, "stndrh"))
	if err != nil {
		return 0
	}
	return n
}

// rankDiscrepancies sets against each other the ranks outlets give one
// first-of-a-kind ("the sixth woman to win the chemistry prize" · "the
// eighth woman to win"): the same thing ranked, the same verb, in
// statements naming the same person or thing. "The first time" and ranks
// of two events without a verb to share are not compared: on ECB+ they set
// two bouts or two exchanges against each other.
func (a *Alignment) rankDiscrepancies() []crossread.Discrepancy {
	type rank struct {
		x     *Sentence
		value int
		text  string
		span  crossread.Span
	}
	byKey := map[string][]rank{}
	labels := map[string]string{}
	var order []string
	for _, x := range a.stmts {
		if !strings.Contains(x.Text, " to ") || !ordinalIn(x.Text) {
			continue
		}
		for _, m := range rankRE.FindAllStringSubmatchIndex(x.Text, -1) {
			v := ordinalValue(x.Text[m[2]:m[3]])
			if v == 0 {
				continue
			}
			key := strings.ToLower(x.Text[m[4]:m[5]]) + " to " + Stem(strings.ToLower(x.Text[m[6]:m[7]]))
			if byKey[key] == nil {
				order = append(order, key)
				labels[key] = "rank (" + strings.ToLower(x.Text[m[4]:m[5]]) + " to " + strings.ToLower(x.Text[m[6]:m[7]]) + ")"
			}
			byKey[key] = append(byKey[key], rank{x, v, x.Text[m[2]:m[3]], spanAt(x, m[2], m[3])})
		}
	}
	var out []crossread.Discrepancy
	for _, key := range order {
		rs := byKey[key]
		bySource := map[int]int{}
		two := false
		for _, r := range rs {
			if v, ok := bySource[r.x.Source]; ok && v != r.value {
				two = true
			}
			bySource[r.x.Source] = r.value
		}
		if two || len(bySource) < 2 {
			continue
		}
		d := &disc{about: labels[key], kind: KindNumber}
		paired := false
		for i, p := range rs {
			for _, q := range rs[i+1:] {
				if p.x.Source != q.x.Source && p.value != q.value && (sharesName(p.x, q.x) && len(p.x.Names) > 0 || a.namedInEach(p.x, q.x)) {
					paired = true
				}
			}
		}
		if !paired {
			continue
		}
		for _, r := range rs {
			d.add(r.text, r.x.ArticleID(), r.span)
		}
		if len(d.values) > 1 {
			out = append(out, d.out())
		}
	}
	return out
}
