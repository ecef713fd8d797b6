package claim

import (
	"regexp"
	"strings"

	"crossread"
)

// journalRE reads where a study appeared: "published on Monday in The
// Lancet", "reported in the journal JAMA", "in the journal Nature
// Medicine".
var journalRE = regexp.MustCompile(`(?:(?:published|reported|appeared|appears)\b(?:\s+[\w-]+){0,3}?\s+in|\bin the journal)\s+(?:the journal\s+|the\s+)?((?:[A-Z][\w&'’-]*)(?:\s+(?:of\s+|and\s+|&\s+)?[A-Z][\w&'’-]*){0,5})`)

// studyWords say a sentence tells of research, whose journal is a fact.
var studyWords = setOfWords(`study studies research researchers journal trial scientists`)

// journalDiscrepancies sets against each other the journals outlets say a
// study appeared in ("The Lancet" · "JAMA"), in sentences about research;
// a source naming two journals is left out.
func (a *Alignment) journalDiscrepancies() []crossread.Discrepancy {
	type named struct {
		name string
		span crossread.Span
	}
	bySource := map[int][]named{}
	var sources []int
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
			if len(bySource[x.Source]) == 0 {
				sources = append(sources, x.Source)
			}
			bySource[x.Source] = append(bySource[x.Source], named{name, spanAt(x, m[2], m[3])})
		}
	}
	d := &disc{about: "journal", kind: KindJournal}
	shown := map[string]string{}
	for _, src := range sources {
		ns := bySource[src]
		first := Fold(strings.TrimPrefix(ns[0].name, "The "))
		for _, n := range ns[1:] {
			if Fold(strings.TrimPrefix(n.name, "The ")) != first {
				first = "" // two journals in one source
			}
		}
		if first == "" {
			continue
		}
		if _, ok := shown[first]; !ok {
			shown[first] = ns[0].name
		}
		for _, n := range ns {
			d.add(shown[first], n.span.ArticleID, n.span)
		}
	}
	if len(d.values) < 2 {
		return nil
	}
	return []crossread.Discrepancy{d.out()}
}

// KindJournal is a study's journal named two ways.
const KindJournal = "journal"

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
	type named struct {
		family string
		text   string
		span   crossread.Span
	}
	bySource := map[int][]named{}
	var sources []int
	for _, x := range a.Sentences {
		if !strings.ContainsAny(x.Text, "0123456789") {
			continue
		}
		for _, m := range aircraftRE.FindAllStringSubmatchIndex(x.Text, -1) {
			family := x.Text[m[2]:m[3]] + " " + strings.TrimLeft(x.Text[m[4]:m[5]], "-")
			if len(bySource[x.Source]) == 0 {
				sources = append(sources, x.Source)
			}
			bySource[x.Source] = append(bySource[x.Source], named{family, x.Text[m[0]:m[1]], spanAt(x, m[0], m[1])})
		}
	}
	d := &disc{about: "aircraft", kind: KindAircraft}
	shown := map[string]string{}
	for _, src := range sources {
		ns := bySource[src]
		family := ns[0].family
		for _, n := range ns[1:] {
			if n.family != family {
				family = ""
			}
		}
		if family == "" {
			continue
		}
		if _, ok := shown[family]; !ok {
			shown[family] = ns[0].text
		}
		for _, n := range ns {
			d.add(shown[family], n.span.ArticleID, n.span)
		}
	}
	if len(d.values) < 2 {
		return nil
	}
	return []crossread.Discrepancy{d.out()}
}
