// Package claim aligns the statements of a story's articles across outlets:
// claims with their support, single-source facts and discrepancies.
//
// Alignment works on sentences: each gets a TF-IDF vector over its
// content-word stems, the names it mentions (entity names when the entity
// stage linked them, so spellings fold together) and its numbers and dates;
// statements of different articles whose vectors are close are grouped into
// one claim. Support counts independent sources: a near-duplicate copy and a
// second article of the same outlet count with the first.
package claim

import (
	"sort"
	"sync"

	"crossread"
)

// Result is the cross-check of one story.
type Result struct {
	Claims        []crossread.Claim
	SingleSource  []crossread.SingleSource
	Discrepancies []crossread.Discrepancy
	Alignment     *Alignment // the sentence alignment behind them, for the brief to reuse
}

// Analyze cross-checks the documents of a story. Articles whose
// DuplicateOf is set count as the same source as the article they copy.
func Analyze(docs []*crossread.Doc, entities []crossread.Entity) Result {
	a := Align(docs, entities)
	return Result{
		Claims:        a.Claims(),
		SingleSource:  a.SingleSource(),
		Discrepancies: a.Discrepancies(entities),
		Alignment:     a,
	}
}

// Claims returns the groups carried by more than one article, most
// supported first.
func (a *Alignment) Claims() []crossread.Claim {
	var out []crossread.Claim
	for _, g := range a.Groups {
		if len(g.ArticleIDs) < 2 {
			continue
		}
		c := crossread.Claim{Text: g.Rep.Text, ArticleIDs: g.ArticleIDs, Support: g.Support, Span: g.Rep.Span}
		for _, m := range g.Members {
			c.Variants = append(c.Variants, crossread.ClaimVariant{ArticleID: m.ArticleID(), Text: m.Text, Span: m.Span})
		}
		out = append(out, c)
	}
	return out
}

// Notable explains why a one-source sentence is worth listing: the figure,
// date or person in it that no other source gives, or "" when nothing in it
// is exclusive.
func (a *Alignment) Notable(x *Sentence) string {
	if a.Sources < 2 {
		return ""
	}
	others := a.notable.of(a, x.Source)
	for _, q := range x.Quantities {
		if others.has("Q:" + q.Value) {
			continue
		}
		switch q.Kind {
		case "date", "year":
			return "date"
		case "money":
			if hasDealWord(x.Stems) {
				return "deal"
			}
			return "figure"
		default:
			if hasDealWord(x.Stems) {
				return "deal"
			}
			return "figure"
		}
	}
	// a person or organisation only this source brings in: a linked
	// entity, or two adjacent name words, that no other source names.
	for i, n := range x.Names {
		if others.has(n) {
			continue
		}
		if t := a.nameType[n]; t == crossread.PERSON || t == crossread.ORG {
			return "person"
		}
		if i > 0 && x.NameWord[i] >= 0 && x.NameWord[i-1] == x.NameWord[i]-1 && !others.has(x.Names[i-1]) {
			return "person"
		}
	}
	return ""
}

// notableTerms knows, for every figure ("Q:" value) and name of the
// story, which sources give it, so that Notable need not go through every
// sentence for each one it is asked about.
type notableTerms struct {
	once sync.Once
	// first source giving the term, or -1 when two or more do
	source map[string]int
}

// otherSources answers "does a source other than src give the term?".
type otherSources struct {
	source map[string]int
	src    int
}

func (o otherSources) has(t string) bool {
	s, ok := o.source[t]
	return ok && s != o.src // -1, for several sources, is never src
}

func (n *notableTerms) of(a *Alignment, src int) otherSources {
	n.once.Do(func() {
		n.source = map[string]int{}
		add := func(t string, s int) {
			if first, ok := n.source[t]; !ok {
				n.source[t] = s
			} else if first >= 0 && first != s {
				n.source[t] = -1
			}
		}
		for _, y := range a.Sentences {
			for _, q := range y.Quantities {
				add("Q:"+q.Value, y.Source)
			}
			for _, nm := range y.Names {
				add(nm, y.Source)
			}
		}
	})
	return otherSources{n.source, src}
}

var dealStems = map[string]bool{"deal": true, "agreement": true, "agre": true, "contract": true, "purchas": true,
	"invest": true, "worth": true, "sign": true, "trade": true, "partnership": true, "bought": true, "buy": true, "sold": true, "sell": true}

func hasDealWord(stems []string) bool {
	for _, s := range stems {
		if dealStems[s] {
			return true
		}
	}
	return false
}

// SingleSource lists the statements one source alone carries that contain
// a figure, date, deal or name no other source gives, most specific first.
func (a *Alignment) SingleSource() []crossread.SingleSource {
	type cand struct {
		s   crossread.SingleSource
		pri int
		pos int
	}
	var cs []cand
	rank := map[string]int{"deal": 0, "figure": 1, "date": 2, "person": 3}
	for _, g := range a.Groups {
		if g.Support != 1 {
			continue
		}
		why := a.Notable(g.Rep)
		if why == "" {
			continue
		}
		cs = append(cs, cand{crossread.SingleSource{Text: g.Rep.Text, ArticleID: g.Rep.ArticleID(), Span: g.Rep.Span, Why: why}, rank[why], g.Rep.Index})
	}
	sort.SliceStable(cs, func(i, j int) bool {
		if cs[i].pri != cs[j].pri {
			return cs[i].pri < cs[j].pri
		}
		return cs[i].pos < cs[j].pos
	})
	out := make([]crossread.SingleSource, len(cs))
	for i, c := range cs {
		out[i] = c.s
	}
	return out
}
