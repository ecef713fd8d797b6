package timex

import (
	"sort"
	"strings"
	"time"
	"unicode"

	"crossread"
)

// Timeline groups the dated sentences of a story's documents into entries:
// one per sentence that carries a calendar date (day, month or year
// precision), with the sentences of other articles that give the same
// date to the same event (sharing enough content words) merged into it.
// Entries are sorted by date; Future marks those after the latest
// publication date among the documents.
func Timeline(docs []*crossread.Doc) []crossread.TimelineEntry {
	type cand struct {
		value, prec, text string
		span              crossread.Span
		key               map[string]bool
		entry             int
	}
	var latest = crossread.Timestamp{}
	var entries []crossread.TimelineEntry
	var keys []map[string]bool
	var starts []int64
	for _, d := range docs {
		if d == nil || d.Article == nil {
			continue
		}
		if p := d.Article.Published; !p.IsZero() && (latest.IsZero() || p.Time.After(latest.Time)) {
			latest = p
		}
	}
	for _, d := range docs {
		if d == nil || d.Article == nil {
			continue
		}
		a := d.Article
		times := d.Times
		if times == nil || a.Published.IsZero() && !latest.IsZero() {
			// An undated article is read against the story's date.
			times = ExtractArticle(a, StoryRef(docs))
		}
		sents := d.Sentences
		seen := map[string]bool{}
		for _, t := range times {
			if t.Start.IsZero() || !(t.Precision == crossread.PrecisionDay || t.Precision == crossread.PrecisionMonth || t.Precision == crossread.PrecisionYear) {
				continue
			}
			// "the fastest since 2008" does not happen in 2008.
			if Baseline(a.Text, t.Span.Start, t.Span.End) {
				continue
			}
			s, ok := sentenceOf(a.Text, sents, t.Span.Start)
			if !ok {
				continue
			}
			// "Tonight the country chose hope," she told supporters: a day
			// told from when the speaker spoke, which the report may not
			// be; only a date written out dates a quotation.
			if !strings.ContainsAny(t.Text, "0123456789") && insideQuotation(s.Text, t.Span.Start-s.Start) {
				continue
			}
			if n := DatelineLength(s.Text); n > 0 {
				if t.Span.Start < s.Start+n {
					continue // the day the story was filed
				}
				s.Text, s.Start = s.Text[n:], s.Start+n
			}
			date := calendarDate(t.Value, t.Precision)
			id := date + "|" + s.Text
			if seen[id] {
				continue
			}
			seen[id] = true
			key := keyTerms(s.Text, t.Text)
			match := -1
			for i, e := range entries {
				if e.Date == date && similar(key, keys[i]) && !containsID(e.ArticleIDs, a.ID) {
					match = i
					break
				}
			}
			if match >= 0 {
				entries[match].ArticleIDs = append(entries[match].ArticleIDs, a.ID)
				entries[match].Spans = append(entries[match].Spans, s.Span)
				for k := range key {
					keys[match][k] = true
				}
				continue
			}
			e := crossread.TimelineEntry{Date: date, Precision: t.Precision, Text: s.Text,
				ArticleIDs: []string{a.ID}, Spans: []crossread.Span{s.Span}}
			if !latest.IsZero() {
				e.Future = t.Start.After(latest.Time)
			}
			entries = append(entries, e)
			keys = append(keys, key)
			starts = append(starts, t.Start.Unix())
		}
	}
	idx := make([]int, len(entries))
	for i := range idx {
		idx[i] = i
	}
	sort.SliceStable(idx, func(x, y int) bool {
		a, b := idx[x], idx[y]
		if starts[a] != starts[b] {
			return starts[a] < starts[b]
		}
		// A day inside a month sorts after the month's own entry.
		if len(entries[a].Date) != len(entries[b].Date) {
			return len(entries[a].Date) < len(entries[b].Date)
		}
		return len(entries[a].ArticleIDs) > len(entries[b].ArticleIDs)
	})
	out := make([]crossread.TimelineEntry, len(idx))
	for i, k := range idx {
		out[i] = entries[k]
	}
	return out
}

// calendarDate is the ISO 8601 date of a normalised value at its precision:
// a part of the day ("2022-04-28TAF", this afternoon) is left out, since a
// timeline entry is dated by day, month or year.
func calendarDate(value, prec string) string {
	n := map[string]int{crossread.PrecisionDay: 10, crossread.PrecisionMonth: 7, crossread.PrecisionYear: 4}[prec]
	if n > 0 && len(value) > n {
		return value[:n]
	}
	return value
}

// StoryRef is the reference date for the undated articles of a story: the
// latest publication date among its documents (zero when none is dated).
func StoryRef(docs []*crossread.Doc) time.Time {
	var ref time.Time
	for _, d := range docs {
		if d != nil && d.Article != nil && d.Article.Published.Time.After(ref) {
			ref = d.Article.Published.Time
		}
	}
	return ref
}

func containsID(ids []string, id string) bool {
	for _, x := range ids {
		if x == id {
			return true
		}
	}
	return false
}

// sentenceOf returns the sentence holding byte pos, from the document's
// sentences when it has them, else the text between sentence ends.
func sentenceOf(text string, sents []crossread.Sentence, pos int) (crossread.Sentence, bool) {
	for _, s := range sents {
		if pos >= s.Start && pos < s.End {
			return s, true
		}
	}
	if len(sents) > 0 || pos < 0 || pos >= len(text) {
		return crossread.Sentence{}, false
	}
	lo := pos
	for lo > 0 && !(text[lo-1] == '\n' || lo >= 2 && (text[lo-2] == '.' || text[lo-2] == '?' || text[lo-2] == '!') && text[lo-1] == ' ') {
		lo--
	}
	hi := pos
	for hi < len(text) && text[hi] != '\n' && !((text[hi] == '.' || text[hi] == '?' || text[hi] == '!') && (hi+1 == len(text) || text[hi+1] == ' ' || text[hi+1] == '\n')) {
		hi++
	}
	if hi < len(text) && text[hi] != '\n' {
		hi++
	}
	return crossread.Sentence{Span: crossread.Span{Start: lo, End: hi}, Text: text[lo:hi]}, true
}

var stopwords = setOf(`the a an of in on at to for by with from and or but as is was were are be been has have had
that this these those it its he she they we i his her their our you said says will would could should may might
not no than then also after before about over into more most some any such which who whom what when where while
there here up out new one two three last next year years month months week weeks day days today yesterday`)

// keyTerms are the content words of a sentence (lower-cased, short
// stems), without the date expression's own words.
func keyTerms(sentence, date string) map[string]bool {
	skip := map[string]bool{}
	for _, w := range strings.FieldsFunc(strings.ToLower(date), notWord) {
		skip[w] = true
	}
	out := map[string]bool{}
	for _, w := range strings.FieldsFunc(strings.ToLower(sentence), notWord) {
		if len(w) < 3 || stopwords[w] || skip[w] {
			continue
		}
		if len(w) > 6 {
			w = w[:6]
		}
		out[w] = true
	}
	return out
}

func notWord(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }

// similar: two sentences about the same event share at least a third of
// the smaller one's key terms, and at least two of them.
func similar(a, b map[string]bool) bool {
	n := 0
	for w := range a {
		if b[w] {
			n++
		}
	}
	small := min(len(a), len(b))
	return n >= 2 && 3*n >= small
}

// insideQuotation reports that byte off of sentence text lies inside
// quotation marks: curly ones opened and not closed before it, or an odd
// number of straight ones.
func insideQuotation(text string, off int) bool {
	if off < 0 || off > len(text) {
		return false
	}
	depth, straight := 0, 0
	for _, r := range text[:off] {
		switch r {
		case '“', '«', '„':
			depth++
		case '”', '»':
			if depth > 0 {
				depth--
			}
		case '"':
			straight++
		}
	}
	return depth > 0 || straight%2 == 1
}
