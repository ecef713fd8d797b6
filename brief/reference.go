package brief

import (
	"strings"
	"unicode"

	"crossread/claim"
)

// A sentence lifted out of its article can open with a definite
// description ("During the summit, …", "The country is pursuing …") whose
// referent the article introduced earlier. In the brief the reader has not
// met it: the description dangles as surely as a "this" does, but no list
// of openings catches it, since "the" also opens sentences that need
// nothing before them ("The Port of Tarn was sold", "The leaders of both
// parties met").

// openingPrepositions may stand before the description: "During the
// summit", "At the meeting", "After the vote".
var openingPrepositions = map[string]bool{
	"during": true, "at": true, "in": true, "after": true, "following": true, "before": true,
	"since": true, "on": true, "amid": true, "under": true, "from": true, "with": true,
	"for": true, "by": true, "throughout": true, "despite": true, "ahead": true, "as": true,
}

var definiteDeterminers = map[string]bool{"the": true, "this": true, "that": true, "these": true, "those": true}

// postModifiers complete a description within the sentence itself ("the
// leaders of both parties", "the deal that ended the strike"): it then
// identifies its referent without help.
var postModifiers = map[string]bool{
	"of": true, "in": true, "for": true, "from": true, "at": true, "on": true, "between": true,
	"with": true, "that": true, "which": true, "who": true, "whose": true, "where": true, "to": true,
}

// definiteHead is the stem of the head noun of the bare definite
// description opening s ("the one-day summit" → "summit"); "" when s opens
// otherwise, or when the description carries a name ("the Trump
// administration"), a figure ("the 2020 agreement") or a modifier after its
// head that says which one is meant.
func definiteHead(s string) string {
	ws := claim.Words(s)
	i := 0
	if i < len(ws) && openingPrepositions[claim.Fold(ws[i].Text)] {
		i++
		// "Ahead of the vote"
		if i < len(ws) && claim.Fold(ws[i].Text) == "of" {
			i++
		}
	}
	if i >= len(ws) || !definiteDeterminers[claim.Fold(ws[i].Text)] {
		return ""
	}
	i++
	head, end := "", i
	for j := i; j < len(ws) && j < i+4; j++ {
		w := ws[j].Text
		f := claim.Fold(w)
		if claim.IsStop(f) {
			break
		}
		// "The company announced Nordline's bid": a past-tense verb
		// after the noun ends the description
		if head != "" && strings.HasSuffix(f, "ed") {
			break
		}
		if !lowerWord(w) {
			return ""
		}
		head, end = f, j+1
		if j+1 < len(ws) && strings.TrimSpace(s[ws[j].End:ws[j+1].Start]) != "" {
			break // a comma or dash ends the phrase
		}
	}
	if head == "" {
		return ""
	}
	if end < len(ws) && strings.TrimSpace(s[ws[end-1].End:ws[end].Start]) == "" && postModifiers[claim.Fold(ws[end].Text)] {
		return ""
	}
	return claim.Stem(head)
}

// lowerWord: a common word, neither a name nor a figure.
func lowerWord(w string) bool {
	for _, r := range w {
		if unicode.IsUpper(r) || unicode.IsDigit(r) {
			return false
		}
	}
	return true
}

// mentioned: a sentence already in the brief speaks of stem.
func (b *builder) mentioned(stem string) bool {
	for _, c := range b.chosen {
		for _, s := range c.Stems {
			if s == stem {
				return true
			}
		}
	}
	return false
}

// namesSomething: s carries a proper name, so a description after it
// has a referent to stand for.
func namesSomething(s string) bool {
	for i, w := range claim.Words(s) {
		r := []rune(w.Text)
		if len(r) == 0 || !unicode.IsUpper(r[0]) {
			continue
		}
		if i > 0 || !claim.IsStop(claim.Fold(w.Text)) {
			return true
		}
	}
	return false
}

// introducer is the sentence of x's article, before x, that lets the
// reader know what x's opening description stands for: the nearest one
// speaking of the same thing, else the sentence just before x in its
// paragraph when it names someone or something. Nil when there is none
// that reads on its own and is not yet in the brief.
func (b *builder) introducer(x *claim.Sentence, stem string) *claim.Sentence {
	fits := func(y *claim.Sentence) bool {
		return y.Statement && !y.Caption && claim.StandsAlone(y.Text) && definiteHead(y.Text) == "" &&
			!hasQuotation(y.Text) && !b.redundant(y)
	}
	var best *claim.Sentence
	for _, y := range b.al.Sentences {
		if y.Doc != x.Doc || y.Index >= x.Index || !contains(y.Stems, stem) {
			continue
		}
		if fits(y) {
			best = y
		}
	}
	if best != nil {
		return best
	}
	prev := b.previous(x)
	if prev != nil && prev.Paragraph == x.Paragraph && fits(prev) && namesSomething(prev.Text) {
		return prev
	}
	return nil
}

// previous is the sentence before x in its article.
func (b *builder) previous(x *claim.Sentence) *claim.Sentence {
	var prev *claim.Sentence
	for _, y := range b.al.Sentences {
		if y.Doc == x.Doc && y.Index == x.Index-1 {
			prev = y
		}
	}
	return prev
}

// Restatement across sections: an article often states its thesis in its
// opening and again under its own "why it matters" heading, in other
// words ("X's decision highlights its strategic manoeuvring" / "X's entry
// is significant as it reflects a strategic shift"). Two such sentences
// share the subject they open with and a few content words, well below
// what makes two sentences redundant in general.
const restateSimilarity = 0.15

// restateShare: a sentence most of whose content words (four at least)
// the brief already says adds a detail at most ("X already has ties with
// Y; therefore this move is symbolic" after "X has ties with Y since 1992"
// and "Though X already has ties with Y, its entry is symbolic").
const (
	restateShare = 0.6
	restateMin   = 4
)

// restates: x says again what the brief already says: about the same
// subject, as one sentence of it, or in words the brief has all used.
func (b *builder) restates(x *claim.Sentence) bool {
	subj := openingSubject(x.Text)
	said, given := map[string]bool{}, map[string]bool{}
	same := false
	for _, c := range b.chosen {
		if subj != "" && openingSubject(c.Text) == subj && claim.Similarity(c, x) >= restateSimilarity {
			same = true
		}
		for _, s := range c.Stems {
			said[s] = true
		}
		for _, f := range figures(c.Text) {
			given[f] = true
		}
	}
	if !same {
		own := uniq(x.Stems)
		n := 0
		for _, s := range own {
			if said[s] {
				n++
			}
		}
		if n < restateMin || float64(n) < restateShare*float64(len(own)) {
			return false
		}
	}
	// a figure the brief has not given is news, however familiar the
	// words around it
	for _, f := range figures(x.Text) {
		if !given[f] {
			return false
		}
	}
	return true
}

// figures are the words of s holding a digit ("36", "$4", "2012").
func figures(s string) []string {
	var out []string
	for _, w := range claim.Words(s) {
		if strings.IndexFunc(w.Text, unicode.IsDigit) >= 0 {
			out = append(out, claim.Fold(w.Text))
		}
	}
	return out
}

// openingSubject is the folded first word of s, possessive dropped, when it
// is a content word ("Norvia's entry …" → "norvia"); "" for a
// function word ("The", "In").
func openingSubject(s string) string {
	ws := claim.Words(s)
	if len(ws) == 0 {
		return ""
	}
	f := claim.Fold(ws[0].Text)
	f = strings.TrimSuffix(strings.TrimSuffix(f, "'s"), "'")
	if f == "" || claim.IsStop(f) {
		return ""
	}
	return f
}

// reserveLeads marks the sentences that a single-source fact will need
// before it in Only reported by ("The country is pursuing …" before "This
// includes a $4 billion deal"): a narrative section taking one of them
// would have the list repeat it.
func (b *builder) reserveLeads() {
	b.reserved = map[*claim.Sentence]bool{}
	for _, f := range b.story.SingleSource {
		x := b.sentenceAt(f.Span)
		if x == nil || claim.StandsAlone(x.Text) {
			continue
		}
		if prev := b.previous(x); prev != nil && prev.Paragraph == x.Paragraph && definiteHead(prev.Text) != "" {
			b.reserved[prev] = true
		}
	}
}
