package brief

import (
	"sort"
	"strings"
	"unicode"

	"crossread"
	"crossread/claim"
)

// The "consensus" selection treats what the outlets write in common as a
// stand-in for the summary an editor would write, and picks the opening
// headline and the set of statements that would score best against it
// (in the spirit of Gillick and Favre's budgeted concept coverage, with
// words as the concepts and every word counted, "the" as much as
// "sanctions": an editor's summary is made of those too; bigram and
// content-word concepts scored lower, see eval/summaries/README.md).
//
// A word's credit in the section is, for each source after the first that
// uses it, up to as many times as that source uses it: a word in one
// outlet's text alone earns nothing, one in all three earns twice. The
// section's worth is its credit divided by (its length in words + Prior ×
// the budget): the F1 of a summary against a reference is their overlap
// over the sum of both lengths, and Prior × budget stands for a reference
// of about the budget's length, counted larger since the credit
// undercounts what a reference shares (a word one outlet alone uses is
// sometimes in it too). Padding the section with words few outlets use
// lowers its worth, so short stories get short sections.
//
// The search is exact over the candidates (every statement of a claim
// group that passes the readability rules "cover" uses, with the sentence
// before it when it cannot stand alone) when there are few, which is the
// case for short leads; with many, it runs over the candidates that are
// worth most on their own. No two chosen statements belong to one claim
// group or nearly repeat each other, none repeats the opening headline,
// and each brings at least Novelty of terms not said before it.

// maxConsensusUnits bounds the exact search: subsets of that many
// candidates within a budget of a few sentences number in the thousands.
const maxConsensusUnits = 16

// maxConsensusHeads bounds the headlines tried as the opening.
const maxConsensusHeads = 4

// words of a text as the credit counts them: lower-cased runs of letters
// and digits.
func creditTokens(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
}

// creditTable is, for every word of the story, how often each independent
// source uses it (in its headline and text, the most of its articles),
// highest first.
func (b *builder) creditTable() map[string][]int {
	bySource := map[int]map[string]int{}
	for _, d := range b.docs {
		if d.Article.DuplicateOf != "" {
			continue
		}
		src := b.al.SourceOf(d.Article.ID)
		n := map[string]int{}
		for _, t := range creditTokens(d.Article.Title + " " + d.Article.Text) {
			n[t]++
		}
		have := bySource[src]
		if have == nil {
			have = map[string]int{}
			bySource[src] = have
		}
		for t, c := range n {
			have[t] = max(have[t], c)
		}
	}
	table := map[string][]int{}
	for _, n := range bySource {
		for t, c := range n {
			table[t] = append(table[t], c)
		}
	}
	for _, cs := range table {
		sort.Sort(sort.Reverse(sort.IntSlice(cs)))
	}
	return table
}

// credit of a text's word counts against the table: for each source
// after the first that uses a word, up to as many uses as that source
// makes. From one source alone, every use it makes counts: there is no
// second voice to agree, and its own most frequent words are the best
// guess at what it is about.
func credit(counts map[string]int, table map[string][]int, sources int) float64 {
	from := 1
	if sources < 2 {
		from = 0
	}
	c := 0
	for t, n := range counts {
		cs := table[t]
		for _, k := range cs[min(from, len(cs)):] {
			c += min(n, k)
		}
	}
	return float64(c)
}

// consensus fills What's happening by the exact search described above.
func (b *builder) consensus(budget int) []crossread.BriefSentence {
	sel := b.sel
	table := b.creditTable()
	units := b.happeningUnits()
	// disputed values go to Where sources differ
	only := b.onlyFacts()
	kept := units[:0]
	for _, u := range units {
		if !b.nearCopy(u) && !only[u.xs[len(u.xs)-1]] {
			kept = append(kept, u)
		}
	}
	units = kept
	worth := func(text string) float64 {
		counts := map[string]int{}
		ts := creditTokens(text)
		for _, t := range ts {
			counts[t]++
		}
		return credit(counts, table, b.al.Sources) / (float64(len(ts)) + sel.Prior*float64(budget))
	}
	if len(units) > maxConsensusUnits {
		alone := map[*unit]float64{}
		for _, u := range units {
			alone[u] = worth(u.text())
		}
		sort.SliceStable(units, func(i, j int) bool { return alone[units[i]] > alone[units[j]] })
		units = units[:maxConsensusUnits]
	}
	density := map[*unit]float64{}
	for _, u := range units {
		counts := map[string]int{}
		ts := creditTokens(u.text())
		for _, t := range ts {
			counts[t]++
		}
		density[u] = credit(counts, table, b.al.Sources) / float64(max(1, len(ts)))
	}
	// the order a chosen set is read in: what most sources carry first,
	// then what is densest in words the sources share, then by the order
	// of the articles
	sort.SliceStable(units, func(i, j int) bool {
		if si, sj := b.unitSupport(units[i]), b.unitSupport(units[j]); si != sj {
			return si > sj
		}
		if di, dj := density[units[i]], density[units[j]]; di != dj {
			return di > dj
		}
		return b.docIndex(units[i].xs[0]) < b.docIndex(units[j].xs[0])
	})
	n := len(units)
	clash := make([][]bool, n)
	for i := range clash {
		clash[i] = make([]bool, n)
	}
	for i := range units {
		for j := i + 1; j < n; j++ {
			if b.sameSay(units[i], units[j]) || b.contradicts(units[i].text(), units[j].text()) {
				clash[i][j], clash[j][i] = true, true
			}
		}
	}
	var heads []*unit
	if sel.Headline {
		for _, d := range b.docs {
			if d.Article.DuplicateOf == "" {
				if h := b.headlineOf(d); h != nil {
					heads = append(heads, h)
				}
			}
		}
		// a story of many articles: the headlines worth most on their own
		if len(heads) > maxConsensusHeads {
			alone := map[*unit]float64{}
			for _, h := range heads {
				alone[h] = worth(h.xs[0].Text)
			}
			sort.SliceStable(heads, func(i, j int) bool { return alone[heads[i]] > alone[heads[j]] })
			heads = heads[:maxConsensusHeads]
		}
	}
	heads = append([]*unit{nil}, heads...)
	termSet := func(u *unit) map[string]bool {
		s := map[string]bool{}
		for _, t := range u.terms {
			s[t] = true
		}
		return s
	}
	terms := make([]map[string]bool, n)
	for i, u := range units {
		terms[i] = termSet(u)
	}
	// each unit's words as the section is cut (white space) and the
	// credit's tokens in them, so that a statement running past the
	// budget counts only up to the cut
	type cutText struct {
		toks  []string
		upTo  []int // tokens in the first k words, k = 0…words
		words int
	}
	cutOf := func(text string) cutText {
		var c cutText
		c.upTo = append(c.upTo, 0)
		for _, f := range strings.Fields(text) {
			c.toks = append(c.toks, creditTokens(f)...)
			c.upTo = append(c.upTo, len(c.toks))
		}
		c.words = len(c.upTo) - 1
		return c
	}
	texts := make([]cutText, n)
	for i, u := range units {
		texts[i] = cutOf(u.text())
	}
	from := 1
	if b.al.Sources < 2 {
		from = 0
	}
	prior := sel.Prior * float64(budget)
	var best []int
	var bestHead *unit
	bestScore := -1.0
	for _, h := range heads {
		t := &tally{table: table, from: from, counts: map[string]int{}}
		words := 0
		var blocked []bool
		seen := map[string]bool{}
		if h != nil {
			ht := cutOf(h.xs[0].Text)
			k := min(ht.words, budget)
			t.add(ht.toks[:ht.upTo[k]])
			words = k
			blocked = make([]bool, n)
			for i, u := range units {
				blocked[i] = headRepeats(h.xs[0], u) || b.contradicts(h.xs[0].Text, u.text())
			}
			seen = termSet(h)
		}
		var chosen []int
		var walk func(from, words int)
		walk = func(next, words int) {
			if (h != nil || len(chosen) > 0) && t.tokens > 0 {
				if sc := float64(t.credit) / (float64(t.tokens) + prior); sc > bestScore {
					bestScore, bestHead, best = sc, h, append([]int(nil), chosen...)
				}
			}
			if words >= budget {
				return
			}
			for i := next; i < n; i++ {
				if blocked != nil && blocked[i] {
					continue
				}
				ok := true
				for _, c := range chosen {
					if clash[c][i] {
						ok = false
						break
					}
				}
				// each statement brings enough that is new: what the
				// headline and the ones before it said does not count
				if !ok || !fresh(terms[i], seen, sel.Novelty) {
					continue
				}
				var added []string
				for t := range terms[i] {
					if !seen[t] {
						seen[t] = true
						added = append(added, t)
					}
				}
				k := min(texts[i].words, budget-words)
				toks := texts[i].toks[:texts[i].upTo[k]]
				t.add(toks)
				chosen = append(chosen, i)
				walk(i+1, words+k)
				chosen = chosen[:len(chosen)-1]
				t.remove(toks)
				for _, t := range added {
					delete(seen, t)
				}
			}
		}
		walk(0, words)
	}
	var out []crossread.BriefSentence
	if bestHead != nil {
		b.chosen = append(b.chosen, bestHead.xs[0])
		out = append(out, b.citeHeadline(bestHead.xs[0]))
	}
	for _, i := range best {
		for _, x := range units[i].xs {
			b.take(x)
			out = append(out, b.cite(x))
		}
	}
	return out
}

// tally keeps a section's word counts and credit (see credit) while the
// search adds statements and takes them back.
type tally struct {
	table  map[string][]int
	from   int
	counts map[string]int
	credit int
	tokens int
}

// add counts toks in: a word's n+1st use earns one for every source
// (after the first) that uses it more than n times.
func (t *tally) add(toks []string) {
	for _, w := range toks {
		n := t.counts[w]
		cs := t.table[w]
		for _, k := range cs[min(t.from, len(cs)):] {
			if k > n {
				t.credit++
			}
		}
		t.counts[w] = n + 1
		t.tokens++
	}
}

// remove takes back what add(toks) counted.
func (t *tally) remove(toks []string) {
	for _, w := range toks {
		n := t.counts[w] - 1
		cs := t.table[w]
		for _, k := range cs[min(t.from, len(cs)):] {
			if k > n {
				t.credit--
			}
		}
		t.counts[w] = n
		t.tokens--
	}
}

// fresh: at least share of terms is not in seen (share 0: always).
func fresh(terms, seen map[string]bool, share float64) bool {
	if share <= 0 || len(terms) == 0 {
		return true
	}
	n := 0
	for t := range terms {
		if !seen[t] {
			n++
		}
	}
	return float64(n) >= share*float64(len(terms))
}

// sameSay: two units share a sentence, state one claim (the alignment
// put them in one group) or say nearly the same.
func (b *builder) sameSay(u, v *unit) bool {
	for _, x := range u.xs {
		for _, y := range v.xs {
			if x == y || b.al.GroupOf[x] != nil && b.al.GroupOf[x] == b.al.GroupOf[y] ||
				claim.Similarity(x, y) >= claim.Redundant || containedIn(x, y) || containedIn(y, x) {
				return true
			}
		}
	}
	return false
}

// headRepeats: a sentence of u says what headline h says.
func headRepeats(h *claim.Sentence, u *unit) bool {
	for _, x := range u.xs {
		if claim.Similarity(h, x) >= claim.Redundant || containedIn(x, h) {
			return true
		}
	}
	return false
}

func (u *unit) text() string {
	var parts []string
	for _, x := range u.xs {
		parts = append(parts, x.Text)
	}
	return strings.Join(parts, " ")
}

// unitSupport is the most sources any sentence of u is carried by.
func (b *builder) unitSupport(u *unit) int {
	n := 0
	for _, x := range u.xs {
		n = max(n, b.support(x))
	}
	return n
}

// onlyFacts are the statements Only reported by lists (a figure, deal,
// date or name one source alone gives), when the story has claims enough
// that several sources carry (two or more): What's happening then tells
// what they share and leaves one outlet's exclusive to its own list.
// Without such claims every fact is one outlet's, and none is set aside.
func (b *builder) onlyFacts() map[*claim.Sentence]bool {
	shared := 0
	for _, g := range b.al.Groups {
		if g.Support >= 2 {
			shared++
		}
	}
	out := map[*claim.Sentence]bool{}
	if shared < 2 {
		return out
	}
	for _, f := range b.story.SingleSource {
		if x := b.sentenceAt(f.Span); x != nil {
			out[x] = true
		}
	}
	return out
}
