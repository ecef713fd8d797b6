package claim

import (
	"regexp"
	"strconv"
	"strings"

	"crossread"
)

// Ages of a named person: "John Smith, 34,", "Smith, a 34-year-old
// driver", "34-year-old John Smith". Crime and accident reports give them,
// and outlets get them wrong; one person has one age in one story.
var (
	reAgeAfterName  = regexp.MustCompile(`^,\s+(?:an?\s+|aged\s+)?(\d{1,3})(?:\s*-\s*years?\s*-\s*old\b|\s+years?\s+old\b|\s*,)`)
	reAgeBeforeName = regexp.MustCompile(`\b(\d{1,3})\s*-\s*years?\s*-\s*old\s+$`)
)

type ageFigure struct {
	x     *Sentence
	start int // the age's digits, in the article
	end   int
	age   int
}

// ageDiscrepancies sets against each other the ages outlets give one
// person (known by the entity stage's mention of them).
func (a *Alignment) ageDiscrepancies(entities []crossread.Entity) []crossread.Discrepancy {
	// A surname two people of the story share ("Klitschko" for Wladimir
	// and Vitali) names neither.
	surnames := map[string]int{}
	for _, e := range entities {
		if ws := Words(e.Name); e.Type == crossread.PERSON && len(ws) > 1 {
			surnames[Fold(ws[len(ws)-1].Text)]++
		}
	}
	byPerson := map[string][]ageFigure{}
	names := map[string]string{} // person key → the longest name written
	var order []string
	for _, x := range a.Sentences {
		if !x.Statement && !shortStatement(x) {
			continue
		}
		for _, m := range x.Doc.Mentions {
			if m.Type != crossread.PERSON || m.Start < x.Span.Start || m.End > x.Span.End {
				continue
			}
			from, to := m.Start-x.Span.Start, m.End-x.Span.Start
			var g []int
			if loc := reAgeAfterName.FindStringSubmatchIndex(x.Text[to:]); loc != nil {
				g = []int{to + loc[2], to + loc[3]}
			} else if loc := reAgeBeforeName.FindStringSubmatchIndex(x.Text[:from]); loc != nil {
				g = []int{loc[2], loc[3]}
			}
			if g == nil || !strings.Contains(m.Text, " ") && surnames[Fold(m.Text)] > 1 {
				continue
			}
			age, err := strconv.Atoi(x.Text[g[0]:g[1]])
			sp := crossread.Span{ArticleID: x.ArticleID(), Start: x.Span.Start + g[0], End: x.Span.Start + g[1]}
			if err != nil || age < 1 || age > 120 || a.disputed[sp] {
				continue
			}
			key := a.aliases[Fold(m.Text)]
			if key == "" {
				key = "E:" + Fold(m.Text)
			}
			if byPerson[key] == nil {
				order = append(order, key)
			}
			if len(m.Text) > len(names[key]) {
				names[key] = m.Text
			}
			byPerson[key] = append(byPerson[key], ageFigure{x: x, start: x.Span.Start + g[0], end: x.Span.Start + g[1], age: age})
		}
	}
	var out []crossread.Discrepancy
	for _, key := range order {
		figs := byPerson[key]
		// a source giving two ages for one name may mean two people
		bySource := map[int]int{}
		ambiguous := false
		for _, f := range figs {
			if v, ok := bySource[f.x.Source]; ok && v != f.age {
				ambiguous = true
			}
			bySource[f.x.Source] = f.age
		}
		if ambiguous || len(bySource) < 2 {
			continue
		}
		d := &disc{about: "age of " + names[key], kind: KindNumber}
		for _, f := range figs {
			id := f.x.ArticleID()
			d.add(strconv.Itoa(f.age), id, crossread.Span{ArticleID: id, Start: f.start, End: f.end})
		}
		if len(d.values) > 1 {
			out = append(out, d.out())
		}
	}
	return out
}
