package claim

import (
	"slices"
	"strings"

	"crossread"
)

// KindSide is a discrepancy in which side or part of a thing two outlets
// name: "its left engine caught fire" · "the burning right engine"; "the
// northern province" · "the southern province".
const KindSide = "side"

// (One side per source and per noun across the story: a source naming
// both sides of a thing tells of both, and two outlets naming opposite
// sides of one thing disagree whatever else their sentences say.)

// opposite pairs words naming one of two sides with the other.
var opposite = map[string]string{
	"left": "right", "right": "left",
	"north": "south", "south": "north", "east": "west", "west": "east",
	"northern": "southern", "southern": "northern", "eastern": "western", "western": "eastern",
	"northeast": "southwest", "southwest": "northeast", "northwest": "southeast", "southeast": "northwest",
	"upper": "lower", "lower": "upper", "front": "rear", "rear": "front",
}

// sideOf is a side word of s and the lower-case noun right after it (up to
// one adjective between): "left engine", "right burning engine" → engine.
type sideOf struct {
	side, noun string
	span       crossread.Span
}

func sidesIn(x *Sentence) []sideOf {
	ws := Words(x.Text)
	var out []sideOf
	for i, w := range ws {
		f := Fold(w.Text)
		if _, ok := opposite[f]; !ok || w.Text != strings.ToLower(w.Text) {
			continue // "North Korea", "West Bank": names
		}
		// "right" as an adjective of a thing, not "the right to …", "all
		// right", "turned left"
		for k := i + 1; k < len(ws) && k <= i+2; k++ {
			if clauseBreak(x.Text[ws[k-1].End:ws[k].Start]) {
				break
			}
			n := Fold(ws[k].Text)
			if n != strings.ToLower(ws[k].Text) || IsStop(n) || len(n) < 4 {
				break
			}
			if strings.HasSuffix(n, "ing") || strings.HasSuffix(n, "ed") {
				continue // "the right burning engine"
			}
			out = append(out, sideOf{f, n, crossread.Span{ArticleID: x.ArticleID(), Start: x.Span.Start + w.Start, End: x.Span.Start + w.End}})
			break
		}
	}
	return out
}

// sideDiscrepancies sets the side one outlet names of a thing against the
// opposite side another names of the same thing, in statements that nearly
// say the same or name the same: "its left engine caught fire" · "shut
// down the burning right engine". A source naming both sides of the thing
// is telling of both, and is left out.
func (a *Alignment) sideDiscrepancies() []crossread.Discrepancy {
	type at struct {
		x *Sentence
		s sideOf
	}
	byNoun := map[string][]at{}
	both := map[string]map[int]map[string]bool{} // noun → source → sides named
	var order []string
	for _, x := range a.stmts {
		if langOf(x) != "" {
			continue
		}
		for _, s := range sidesIn(x) {
			if byNoun[s.noun] == nil {
				order = append(order, s.noun)
			}
			byNoun[s.noun] = append(byNoun[s.noun], at{x, s})
			if both[s.noun] == nil {
				both[s.noun] = map[int]map[string]bool{}
			}
			if both[s.noun][x.Source] == nil {
				both[s.noun][x.Source] = map[string]bool{}
			}
			both[s.noun][x.Source][s.side] = true
		}
	}
	var out []crossread.Discrepancy
	for _, noun := range order {
		ats := byNoun[noun]
		var d *disc
		for i, p := range ats {
			for _, q := range ats[i+1:] {
				if p.x.Source == q.x.Source || opposite[p.s.side] != q.s.side ||
					len(both[noun][p.x.Source]) > 1 || len(both[noun][q.x.Source]) > 1 ||
					sideStock[noun] {
					continue
				}
				if d == nil {
					d = &disc{about: "which " + noun, kind: KindSide}
				}
				d.add(p.s.side, p.x.ArticleID(), p.s.span)
				d.add(q.s.side, q.x.ArticleID(), q.s.span)
			}
		}
		if d != nil && len(d.values) > 1 {
			slices.Sort(d.values)
			out = append(out, d.out())
		}
	}
	return out
}

// sideStock are nouns whose sides are stock phrases, not one thing's:
// "the left wing" of a party, "on the other hand", "the right side".
var sideStock = setOfWords("wing wings hand side sides field lane turn")
