package extraction

import (
	"strings"
	"unicode"
)

// tokens returns the \w+ tokens of s (Unicode letters, digits and '_'), as
// the WCXB and ScrapingHub benchmarks define them.
func tokens(s string) []string {
	var out []string
	start := -1
	for i, r := range s {
		if unicode.IsLetter(r) || unicode.IsNumber(r) || r == '_' {
			if start < 0 {
				start = i
			}
			continue
		}
		if start >= 0 {
			out = append(out, s[start:i])
			start = -1
		}
	}
	if start >= 0 {
		out = append(out, s[start:])
	}
	return out
}

// overlap is the size of the multiset intersection of a and b.
func overlap(a, b []string) int {
	count := make(map[string]int, len(b))
	for _, t := range b {
		count[t]++
	}
	n := 0
	for _, t := range a {
		if count[t] > 0 {
			count[t]--
			n++
		}
	}
	return n
}

// prf is one page's precision, recall and F1.
type prf struct{ P, R, F1 float64 }

// wordScore is WCXB's per-page word metric: lower-cased tokens as multisets,
// P = overlap/|predicted|, R = overlap/|truth|. An empty prediction has
// P = 0; when both sides are empty the page is a perfect 1.
func wordScore(predicted, truth string) prf {
	p := tokens(strings.ToLower(predicted))
	t := tokens(strings.ToLower(truth))
	return ratios(overlap(p, t), len(p), len(t))
}

func ratios(tp, np, nt int) prf {
	if np == 0 && nt == 0 {
		return prf{1, 1, 1}
	}
	var s prf
	if np > 0 {
		s.P = float64(tp) / float64(np)
	}
	if nt > 0 {
		s.R = float64(tp) / float64(nt)
	}
	if s.P+s.R > 0 {
		s.F1 = 2 * s.P * s.R / (s.P + s.R)
	}
	return s
}

// shingles returns the 4-token windows of the case-sensitive tokens of s; a
// text of 1–3 tokens gives one shorter window, an empty text none.
func shingles(s string) []string {
	const k = 4
	t := tokens(s)
	if len(t) == 0 {
		return nil
	}
	if len(t) < k {
		return []string{strings.Join(t, " ")}
	}
	out := make([]string, 0, len(t)-k+1)
	for i := 0; i+k <= len(t); i++ {
		out = append(out, strings.Join(t[i:i+k], " "))
	}
	return out
}

// shingleCounts is one page's tp, fp and fn over shingle multisets.
type shingleCounts struct{ TP, FP, FN int }

func shingleScore(predicted, truth string) shingleCounts {
	p, t := shingles(predicted), shingles(truth)
	tp := overlap(p, t)
	return shingleCounts{TP: tp, FP: len(p) - tp, FN: len(t) - tp}
}

// shingleSummary aggregates pages the ScrapingHub way: P is the mean of
// per-page tp/(tp+fp) over pages with output, R the mean of tp/(tp+fn) over
// all pages (with truth), and F1 is computed from the two means.
func shingleSummary(pages []shingleCounts) prf {
	var sumP, sumR float64
	var nP, nR int
	for _, c := range pages {
		// Dividing each of tp, fp, fn by tp+fp+fn (as the benchmark does)
		// leaves these ratios unchanged, so it is not done here.
		if c.TP+c.FP > 0 {
			sumP += float64(c.TP) / float64(c.TP+c.FP)
			nP++
		}
		if c.TP+c.FN > 0 {
			sumR += float64(c.TP) / float64(c.TP+c.FN)
			nR++
		}
	}
	var s prf
	if nP > 0 {
		s.P = sumP / float64(nP)
	}
	if nR > 0 {
		s.R = sumR / float64(nR)
	}
	if s.P+s.R > 0 {
		s.F1 = 2 * s.P * s.R / (s.P + s.R)
	}
	return s
}

// foldSpace collapses runs of white space to one space and trims the ends.
func foldSpace(s string) string { return strings.Join(strings.Fields(s), " ") }

// titleMatch is exact equality after white-space folding.
func titleMatch(predicted, truth string) bool {
	return foldSpace(predicted) == foldSpace(truth)
}

// dateMatch compares the day of predicted ("2006-01-02…") with truth's.
func dateMatch(predicted, truth string) bool {
	if len(predicted) < 10 || len(truth) < 10 {
		return false
	}
	return predicted[:10] == truth[:10]
}

// authorMatch is true when the lower-cased word tokens of one side are all
// among those of the other: "Jane Doe" matches "Jane Doe, MD" and "A, B and
// C" matches "A, B, C", while a wrong name or an empty prediction does not.
func authorMatch(predicted, truth string) bool {
	p := tokens(strings.ToLower(predicted))
	t := tokens(strings.ToLower(truth))
	if len(p) == 0 || len(t) == 0 {
		return false
	}
	return subset(p, t) || subset(t, p)
}

func subset(a, b []string) bool {
	in := make(map[string]bool, len(b))
	for _, t := range b {
		in[t] = true
	}
	for _, t := range a {
		if !in[t] {
			return false
		}
	}
	return true
}

// snippetCounts is the metric of trafilatura's benchmark: a snippet the
// text must contain is a true positive when found and a false negative when
// not; one it must not contain is a false positive when found and a true
// negative when not. Counts are summed over all pages before the ratios.
type snippetCounts struct{ TP, FN, FP, TN int }

func (c *snippetCounts) add(text string, with, without []string) {
	for _, s := range with {
		if strings.Contains(text, s) {
			c.TP++
		} else {
			c.FN++
		}
	}
	for _, s := range without {
		if strings.Contains(text, s) {
			c.FP++
		} else {
			c.TN++
		}
	}
}

func (c snippetCounts) precision() float64 { return safeDiv(c.TP, c.TP+c.FP) }
func (c snippetCounts) recall() float64    { return safeDiv(c.TP, c.TP+c.FN) }
func (c snippetCounts) accuracy() float64  { return safeDiv(c.TP+c.TN, c.TP+c.FN+c.FP+c.TN) }
func (c snippetCounts) f1() float64 {
	p, r := c.precision(), c.recall()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

func safeDiv(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

func hasMainContent(pages []page) bool {
	for _, p := range pages {
		if p.Truth.MainContent != "" {
			return true
		}
	}
	return false
}
