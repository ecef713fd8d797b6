package brief

import (
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"crossread"
	"crossread/claim"
	"crossread/nlp"
)

// Problem is a brief sentence that its cited articles do not support.
type Problem struct {
	Section  string   `json:"section"`
	Sentence string   `json:"sentence"`
	Cited    []string `json:"article_ids"`
	Reason   string   `json:"reason"`
}

// Thresholds for accepting a sentence that is not in the article word for
// word (a rewrite, or another outlet's wording of the statement): nearly all
// its content words in one sentence of the article, that sentence not much
// longer, and every number, date and name the same.
const (
	minContainment = 0.75
	minCoverage    = 0.5
)

// Verify checks every sentence of b against the articles it cites, on two
// levels. The sentence itself must be in one cited article word for word
// (after folding white space, case, diacritics and quotation marks), or be
// a close rewrite of one sentence there: nearly all its content words, and
// the same numbers, dates and names. Every other cited article must carry
// the statement: the same text, or a sentence holding at least half of its
// content words and all of its numbers and dates. The Sources section lists
// articles rather than statements and is not checked.
func Verify(b crossread.Brief, articles map[string]*crossread.Article) []Problem {
	v := newVerifier(articles)
	var out []Problem
	for _, sec := range b.Sections {
		if sec.Title == crossread.SectionSources {
			continue
		}
		for _, s := range sec.Sentences {
			p := Problem{Section: sec.Title, Sentence: s.Text, Cited: s.ArticleIDs}
			if reason := v.check(s.Text, s.ArticleIDs); reason != "" {
				p.Reason = reason
				out = append(out, p)
				continue
			}
			// "(also [n])" marks an article telling the same fact in
			// other words: it must not tell it with other figures
			for _, id := range s.SupportedBy {
				if why := v.contradicts(s.Text, id); why != "" {
					p.Reason = "also " + id + ": " + why
					out = append(out, p)
					break
				}
			}
		}
	}
	return out
}

// check returns why the cited articles do not support s, or "".
func (v *verifier) check(s string, ids []string) string {
	if len(ids) == 0 {
		return "cites no article"
	}
	var reasons []string
	found := false
	for _, id := range ids {
		if ok, why := v.supports(s, id); ok {
			found = true
		} else {
			reasons = append(reasons, id+": "+why)
		}
	}
	if !found {
		return strings.Join(reasons, "; ")
	}
	var weak []string
	for _, id := range ids {
		if ok, why := v.carries(s, id); !ok {
			weak = append(weak, id+": "+why)
		}
	}
	return strings.Join(weak, "; ")
}

// Carries reports whether article a states what s states, in its own
// words if need be: the second level of Verify, for citing further
// articles beside the one a sentence is taken from.
func Carries(s string, a *crossread.Article) bool {
	if a == nil {
		return false
	}
	ok, _ := newVerifier(map[string]*crossread.Article{a.ID: a}).carries(s, a.ID)
	return ok
}

func (v *verifier) carries(s, id string) (bool, string) {
	return memo(v.carried, s, id, v.carriesUncached)
}

// memo answers check(s, id) once per sentence and article: a brief cites
// the same article for many sentences, and the checks fold whole texts.
func memo(cache map[[2]string]verdict, s, id string, check func(s, id string) (bool, string)) (bool, string) {
	k := [2]string{s, id}
	if r, ok := cache[k]; ok {
		return r.ok, r.why
	}
	ok, why := check(s, id)
	cache[k] = verdict{ok, why}
	return ok, why
}

func (v *verifier) carriesUncached(s, id string) (bool, string) {
	if ok, why := v.supports(s, id); ok || why == "cited article not found" {
		return ok, why
	}
	stems := set(claim.ContentStems(s))
	qs := claim.Quantities(s)
	best := 0.0
	for i, sent := range v.sentences(id) {
		f := &v.feats[id][i]
		other := f.stems
		inter := 0
		for w := range stems {
			if other[w] {
				inter++
			}
		}
		c := float64(inter) / float64(max(1, len(stems)))
		best = max(best, c)
		if c >= minCarried && missingQuantities(qs, f.quantities(sent.Text)) == "" {
			return true, ""
		}
	}
	return false, fmt.Sprintf("does not carry this statement (best sentence shares %.0f%% of its content words)", best*100)
}

// contradicts says how article id tells the statement s with other
// figures: a sentence of it holding most of s's content words gives, of a
// kind of quantity s gives (a date, a sum, a share), only other values,
// and the article gives none of s's anywhere. "" when it does not.
func (v *verifier) contradicts(s, id string) string {
	_, why := memo(v.contra, s, id, v.contradictsUncached)
	return why
}

func (v *verifier) contradictsUncached(s, id string) (bool, string) {
	a := v.articles[id]
	if a == nil {
		return false, ""
	}
	// figures in words count too ("Four people died" · "three people
	// died", "vier levens" · "drie doden")
	qs := claim.QuantitiesIn(s, a.Language)
	if len(qs) == 0 {
		return false, ""
	}
	stems := set(claim.ContentStems(s))
	// every value the article gives, made only once a sentence of it
	// seems to give another (most calls end before)
	var all map[string]bool
	given := func(value string) bool {
		if all == nil {
			var ok bool
			if all, ok = v.values[id]; !ok {
				all = quantityValuesIn(a.Title+"\n"+a.Text, a.Language)
				v.values[id] = all
			}
		}
		return all[value]
	}
	sents := v.sentences(id)
	qsOf, ok := v.sentQs[id]
	if !ok {
		qsOf = make([][]claim.Quantity, len(sents))
		v.sentQs[id] = qsOf
	}
	for i, sent := range sents {
		f := &v.feats[id][i]
		inter := 0
		for w := range stems {
			if f.stems[w] {
				inter++
			}
		}
		// a sentence sharing less of the statement still tells its
		// figure when the two figures' clauses say the same thing ("cut
		// the risk of heart attack by 25%")
		carried := float64(inter)/float64(max(1, len(stems))) >= minCarried
		if !carried && inter < 2 {
			continue
		}
		if qsOf[i] == nil {
			qsOf[i] = claim.QuantitiesIn(sent.Text, a.Language)
		}
		theirs := qsOf[i]
		for _, q := range qs {
			if weakFigure(s, q) {
				continue
			}

			// another value of the kind, and none of the sentence's
			// values of that kind ("to 938,000" holds the revision's
			// result, whatever "by 88,000" it leaves out)
			// A figure of theirs that is none of the sentence's values
			// contradicts q, unless one of theirs is q's ("The Alliance
			// won 54 seats and the Greens 19" against "… 54 seats and the
			// Greens 21": the 54 is shared, the 21 is not the 19).
			var other *claim.Quantity
			confirmed := false
			for k, r := range theirs {
				if r.Kind != q.Kind || weakFigure(sent.Text, r) {
					continue
				}
				if sameClause := claim.SameClause(s, qs, q, sent.Text, theirs, r); !sameClause && (!carried || !sharesContext(q, r)) {
					continue
				}
				if r.Value == q.Value || rounded(q, r) {
					confirmed = true
					continue
				}
				accounted := false
				for _, q2 := range qs {
					accounted = accounted || q2.Kind == r.Kind && (q2.Value == r.Value || rounded(q2, r))
				}
				if !accounted && other == nil {
					other = &theirs[k]
				}
			}
			if other != nil && !confirmed && !given(q.Kind+":"+q.Value) {
				return true, fmt.Sprintf("gives %q where the sentence gives %q", other.Text, q.Text)
			}
		}
	}
	return false, ""
}

// rounded: one figure is the other rounded ("15%" and "15.1%").
func rounded(q, r claim.Quantity) bool {
	qv, err1 := strconv.ParseFloat(q.Value, 64)
	rv, err2 := strconv.ParseFloat(r.Value, 64)
	if err1 != nil || err2 != nil {
		return false
	}
	if !strings.Contains(q.Value, ".") || !strings.Contains(r.Value, ".") {
		return math.Abs(qv-rv) < 1
	}
	return math.Abs(qv-rv) <= 0.01*max(math.Abs(qv), math.Abs(rv))
}

// sharesContext: the two figures share a word around them, as one slot's
// do ("the law … 2028", "the law … 2027"); a battery's hours and a
// screen's inches do not.
func sharesContext(q, r claim.Quantity) bool {
	for _, w := range q.Before {
		if slices.Contains(r.Before, w) {
			return true
		}
	}
	return len(q.After) > 0 && len(r.After) > 0 && q.After[0] == r.After[0]
}

// weakFigure: a lone digit ("Outlet 1"), or a figure given as rough or as
// a bound ("nearly $500 billion"), which another value may well match.
func weakFigure(s string, q claim.Quantity) bool {
	if len(strings.Trim(q.Text, " ")) == 1 && !countsThings(s, q) && !strings.HasSuffix(strings.TrimRight(s[:min(q.Start, len(s))], " "), "Category") {
		return true
	}
	before := claim.Words(s[:min(q.Start, len(s))])
	for k := 1; k <= 2 && k <= len(before); k++ {
		switch claim.Fold(before[len(before)-k].Text) {
		case "about", "around", "nearly", "almost", "roughly", "some", "approximately", "over", "than", "least", "to", "up", "under", "estimated":
			return true
		}
	}
	return false
}

// countsThings: a lone digit followed by what it counts in lower case
// ("4 people", "3 goals") is a figure, unlike "Outlet 1" or "Tuesday (3)".
func countsThings(s string, q claim.Quantity) bool {
	if q.End >= len(s) || s[q.End] != ' ' {
		return false
	}
	ws := claim.Words(s[q.End:])
	if len(ws) == 0 || ws[0].Start != 1 {
		return false
	}
	r, _ := utf8.DecodeRuneInString(ws[0].Text)
	return unicode.IsLower(r) && len(ws[0].Text) > 2
}

// minCarried is the share of a sentence's content words another outlet's
// sentence must hold to count as carrying the same statement.
const minCarried = 0.5

func (v *verifier) sentences(id string) []crossread.Sentence {
	sents, ok := v.sents[id]
	if !ok {
		a := v.articles[id]
		sents = nlp.Sentences(id, a.Text)
		if strings.TrimSpace(a.Title) != "" {
			sents = append(sents, crossread.Sentence{Text: a.Title})
		}
		v.sents[id] = sents
		feats := make([]sentenceFeatures, len(sents))
		for i, sent := range sents {
			feats[i].stems = set(claim.ContentStems(sent.Text))
		}
		v.feats[id] = feats
	}
	return sents
}

// sentenceFeatures are what comparing a statement with one sentence of a
// cited article needs of that sentence, worked out once per verifier.
type sentenceFeatures struct {
	stems map[string]bool // content stems
	have  map[string]bool // number and date values, made on first use
}

func (f *sentenceFeatures) quantities(text string) map[string]bool {
	if f.have == nil {
		f.have = quantityValues(text)
	}
	return f.have
}

// verdict is a remembered answer of supports or carries.
type verdict struct {
	ok  bool
	why string
}

// Supports reports whether article a supports sentence s, and why not.
func Supports(s string, a *crossread.Article) (bool, string) {
	if a == nil {
		return false, "unknown article"
	}
	return newVerifier(map[string]*crossread.Article{a.ID: a}).supports(s, a.ID)
}

// verifier caches each article's folded text and sentences, and its
// answers: a brief asks about the same sentence and article many times.
type verifier struct {
	articles  map[string]*crossread.Article
	folded    map[string]string
	sents     map[string][]crossread.Sentence
	feats     map[string][]sentenceFeatures // parallel to sents
	names     map[string]map[string]bool
	supported map[[2]string]verdict
	carried   map[[2]string]verdict
	contra    map[[2]string]verdict         // contradicts, remembered (ok unused)
	values    map[string]map[string]bool    // per article, every quantity value it gives
	sentQs    map[string][][]claim.Quantity // per article, its sentences' quantities, made on first use
}

func newVerifier(articles map[string]*crossread.Article) *verifier {
	return &verifier{articles: articles, folded: map[string]string{}, sents: map[string][]crossread.Sentence{},
		feats: map[string][]sentenceFeatures{}, names: map[string]map[string]bool{},
		supported: map[[2]string]verdict{}, carried: map[[2]string]verdict{},
		contra: map[[2]string]verdict{}, values: map[string]map[string]bool{}, sentQs: map[string][][]claim.Quantity{}}
}

// foldSpace folds case, diacritics, quotation marks and runs of white
// space, so that a copy that only differs in these is found.
func foldSpace(s string) string {
	return strings.Join(strings.Fields(claim.Fold(s)), " ")
}

// verbatim reports whether article id holds s word for word, after folding.
// The headline counts as part of the article; a headline quoted with a
// closing period it does not have is still found.
func (v *verifier) verbatim(s, id string) bool {
	if v.articles[id] == nil {
		return false
	}
	f := v.foldedText(id)
	fs := foldSpace(strings.TrimSpace(s))
	if strings.Contains(f, fs) {
		return true
	}
	head := strings.TrimSuffix(fs, ".")
	return head != fs && head != "" && strings.Contains(f, head+titleEnd)
}

// titleEnd separates the folded headline from the folded body, so that no
// sentence is found across the two.
const titleEnd = " \x00 "

func (v *verifier) foldedText(id string) string {
	f, ok := v.folded[id]
	if !ok {
		a := v.articles[id]
		f = foldSpace(a.Text)
		if t := foldSpace(a.Title); t != "" {
			f = t + titleEnd + f
		}
		v.folded[id] = f
	}
	return f
}

func (v *verifier) supports(s, id string) (bool, string) {
	return memo(v.supported, s, id, v.supportsUncached)
}

func (v *verifier) supportsUncached(s, id string) (bool, string) {
	a := v.articles[id]
	if a == nil {
		return false, "cited article not found"
	}
	fs := foldSpace(strings.TrimSpace(s))
	if fs == "" {
		return false, "empty sentence"
	}
	if v.verbatim(s, id) {
		return true, ""
	}
	// Not word for word: look for the sentence that says the same.
	sents := v.sentences(id)
	stems := set(claim.ContentStems(s))
	if len(stems) == 0 {
		return false, "not found in the article"
	}
	qs := claim.Quantities(s)
	best := 0.0
	var bestText, reason string
	for i, sent := range sents {
		f := &v.feats[id][i]
		other := f.stems
		inter := 0
		for w := range stems {
			if other[w] {
				inter++
			}
		}
		cont := float64(inter) / float64(len(stems))
		if cont > best {
			best, bestText = cont, sent.Text
		}
		if cont < minContainment || len(other) == 0 || float64(inter)/float64(len(other)) < minCoverage {
			continue
		}
		if missing := missingQuantities(qs, f.quantities(sent.Text)); missing != "" {
			reason = fmt.Sprintf("the closest sentence gives other figures (%s not in %q)", missing, sent.Text)
			continue
		}
		if missing := v.missingNames(s, id); missing != "" {
			reason = fmt.Sprintf("names not in the article: %s", missing)
			continue
		}
		return true, ""
	}
	if reason != "" {
		return false, reason
	}
	if bestText == "" {
		return false, "not found in the article"
	}
	return false, fmt.Sprintf("not found in the article (closest sentence shares %.0f%% of its content words: %q)", best*100, bestText)
}

func set(ws []string) map[string]bool {
	out := make(map[string]bool, len(ws))
	for _, w := range ws {
		out[w] = true
	}
	return out
}

// quantityValues are the number and date values of text, a full date
// also as its month and day.
func quantityValues(text string) map[string]bool { return quantityValuesIn(text, "") }

// quantityValuesIn is quantityValues for text in language lang.
func quantityValuesIn(text, lang string) map[string]bool {
	have := map[string]bool{}
	for _, q := range claim.QuantitiesIn(text, lang) {
		have[q.Value] = true
		have[q.Kind+":"+q.Value] = true // a share is not a count of the same digits ("30%", "30-minute")
		if len(q.Value) == 10 {
			have["--"+q.Value[5:]] = true
		}
	}
	return have
}

// missingQuantities lists the numbers and dates of qs that a text with
// the values have lacks.
func missingQuantities(qs []claim.Quantity, have map[string]bool) string {
	var miss []string
	for _, q := range qs {
		if !have[q.Value] {
			miss = append(miss, q.Text)
		}
	}
	return strings.Join(miss, ", ")
}

// missingNames lists capitalised words of s (not opening it) whose name key
// the article never writes.
func (v *verifier) missingNames(s, id string) string {
	names, ok := v.names[id]
	if !ok {
		names = map[string]bool{}
		for _, w := range claim.Words(v.articles[id].Title + "\n" + v.articles[id].Text) {
			names[claim.NameKey(w.Text)] = true
		}
		v.names[id] = names
	}
	var miss []string
	for i, w := range claim.Words(s) {
		if i == 0 || !isCapitalised(w.Text) || claim.IsStop(claim.Fold(w.Text)) {
			continue
		}
		if !names[claim.NameKey(w.Text)] {
			miss = append(miss, w.Text)
		}
	}
	return strings.Join(miss, ", ")
}

func isCapitalised(w string) bool {
	for _, r := range w {
		return r >= 'A' && r <= 'Z' || r > 127 && strings.ToUpper(string(r)) == string(r) && strings.ToLower(string(r)) != string(r)
	}
	return false
}
