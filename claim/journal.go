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
