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
	// the Romance languages put the side after the thing: "el motor
	// izquierdo", "le moteur gauche", "il motore sinistro", "o motor
	// esquerdo" (folded, both genders)
	"izquierdo": "derecho", "derecho": "izquierdo", "izquierda": "derecha", "derecha": "izquierda",
	"gauche": "droit", "droit": "gauche", "droite": "gauche",
	"sinistro": "destro", "destro": "sinistro", "sinistra": "destra", "destra": "sinistra",
	"esquerdo": "direito", "direito": "esquerdo", "esquerda": "direita", "direita": "esquerda",
}

// sideAfter are the side words the Romance languages write after their
// noun.
var sideAfter = setOfWords("izquierdo derecho izquierda derecha gauche droit droite sinistro destro sinistra destra esquerdo direito esquerda direita")

// sideOfWord reads a side word as the English side it names, so that
// genders and languages meet: "izquierda" and "izquierdo" are "left".
var sideOfWord = map[string]string{
	"izquierdo": "left", "izquierda": "left", "gauche": "left", "sinistro": "left", "sinistra": "left",
	"esquerdo": "left", "esquerda": "left", "derecho": "right", "derecha": "right", "droit": "right",
	"droite": "right", "destro": "right", "destra": "right", "direito": "right", "direita": "right",
	"northern": "north", "southern": "south", "eastern": "east", "western": "west",
}

// opposed: side words a and b name opposite sides.
func opposed(a, b string) bool {
	canon := func(w string) string {
		if c, ok := sideOfWord[w]; ok {
			return c
		}
		return w
	}
	ca, cb := canon(a), canon(b)
	return opposite[ca] == cb
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
		if sideAfter[f] {
			// "su motor izquierdo": the noun right before
			if i > 0 && !clauseBreak(x.Text[ws[i-1].End:w.Start]) {
				if n := Fold(ws[i-1].Text); n == strings.ToLower(ws[i-1].Text) && len(n) >= 4 && !IsStopIn(langOf(x), n) {
					out = append(out, sideOf{f, n, crossread.Span{ArticleID: x.ArticleID(), Start: x.Span.Start + w.Start, End: x.Span.Start + w.End}})
				}
			}
			continue
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
				if p.x.Source == q.x.Source || !opposed(p.s.side, q.s.side) ||
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
