package extract

import (
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"

	"crossread"
)

var authorMetaKeys = []string{"author", "article:author", "parsely-author", "sailthru.author", "dc.creator", "dcterms.creator", "byl", "citation_author"}

// chooseAuthors trusts JSON-LD first, then what the page shows (a byline
// under the headline, links to author pages, byline-named elements), then
// <meta> tags. Names equal to the outlet's are the outlet, not an author.
func chooseAuthors(m *metadata, an *analysis, title, pageURL string) []string {
	site := strings.ToLower(fold(firstNonEmpty(m.get("og:site_name"), m.ld.publisher)))
	shown := false    // a byline the reader sees under the headline
	declared := false // the last resort below
	valid := func(raw ...string) []string {
		var out []string
		for _, a := range cleanAuthors(raw) {
			if (strings.ToLower(a) != site || shown || declared) && looksLikeName(a) && !bylineNoise(a) {
				out = append(out, a)
			}
		}
		return out
	}
	if a := valid(m.ld.authors...); len(a) > 0 {
		return a
	}
	if b := an.visibleByline(title); b != "" {
		// "By Example News" under the headline: the outlet signs the story.
		shown = true
		if a := valid(b); len(a) > 0 {
			return a
		}
		shown = false
	}
	// Link previews carry labelled pairs: twitter:label1 "Written by",
	// twitter:data1 "Jane Doe".
	for i := 1; i <= 4; i++ {
		n := strconv.Itoa(i)
		if authorLabels[strings.ToLower(strings.TrimRight(m.meta["twitter:label"+n], ": "))] {
			if a := valid(m.meta["twitter:data"+n]); len(a) > 0 {
				return a
			}
		}
	}
	for _, b := range m.bylines {
		if a := valid(b); len(a) > 0 {
			return a
		}
	}
	for _, l := range m.authorLinks {
		// A profile on another site (a social network's /profile/) is the
		// author's elsewhere, usually a "follow me" link, and its text is
		// the network's name. The first link to the outlet's own author
		// pages decides.
		if offSite(l.href, firstNonEmpty(pageURL, m.canonical, m.get("og:url"))) {
			continue
		}
		if namesListing(l.text) {
			break
		}
		if a := valid(l.text); len(a) > 0 {
			return a
		}
		break
	}
	fromMeta := func() []string {
		for _, k := range authorMetaKeys {
			if v := m.meta[k]; v != "" && !strings.HasPrefix(v, "http") {
				if a := valid(v); len(a) > 0 {
					return a
				}
			}
		}
		return nil
	}
	if a := fromMeta(); a != nil {
		return a
	}
	// Nobody else signs the page, and its metadata names the publisher as
	// the author: a one-person site (a newsletter, a blog under its
	// author's name) or an organisation's own page, which it wrote. A host
	// name ("example.com") is no signature.
	declared = true
	for _, a := range [][]string{valid(m.ld.authors...), fromMeta(), valid(m.orgAuthors...)} {
		if len(a) > 0 && !strings.Contains(a[0], ".") {
			return a
		}
	}
	return nil
}

// authorLabels introduce the author in a labelled pair.
var authorLabels = map[string]bool{
	"written by": true, "author": true, "authors": true, "by": true, "autor": true, "autorin": true,
	"geschrieben von": true, "auteur": true, "écrit par": true, "escrito por": true, "scritto da": true,
	"article by": true, "posted by": true, "contributors": true, "contributor": true, "autoren": true, "auteurs": true,
}

// looksLikeName rejects dates, numbers, and sentences taken for bylines.
func looksLikeName(s string) bool {
	letters, digits := 0, 0
	for _, r := range s {
		switch {
		case unicode.IsLetter(r):
			letters++
		case unicode.IsDigit(r):
			digits++
		}
	}
	if letters < 2 || digits > 0 || len(strings.Fields(s)) > 8 {
		return false
	}
	if _, ok := parseTextDate(s); ok {
		return false
	}
	low := strings.ToLower(s)
	for _, w := range []string{"updated", "published", "reviewed by", "minute", "read", "share",
		// a review credited in other languages: "Geprüft von Dr. …"
		"geprüft von", "überprüft von", "révisé par", "revisado por", "verificado por"} {
		if strings.Contains(low, w) {
			return false
		}
	}
	return true
}

var bylinePrefixes = []string{"view all posts by", "all posts by", "more posts by", "written by", "posted by", "published by",
	"reviewed by", "by:", "by", "author:", "authors:", "author", "contributors:", "contributor:",
	"geschrieben von", "verfasst von", "eingestellt von", "veröffentlicht von", "erstellt von", "autorin:", "autoren:", "autor:", "autorin", "autoren", "autor",
	"auteurs :", "auteurs:", "auteur :", "auteur:", "auteurs", "auteur", "écrit par", "escrito por", "scritto da", "przez", "door",
	"von", "par", "por", "di"}

// cleanAuthors drops "By" prefixes and splits "A and B" into names.
func cleanAuthors(raw []string) []string {
	var out []string
	seen := map[string]bool{}
	for _, r := range raw {
		r = withoutDates(fold(r))
		low := strings.ToLower(r)
		for _, p := range bylinePrefixes {
			if low == p || strings.HasPrefix(low, p+" ") || (strings.HasSuffix(p, ":") && strings.HasPrefix(low, p)) {
				r = strings.TrimSpace(r[len(p):])
				break
			}
		}
		for _, part := range splitNames(r) {
			part = strings.Trim(part, " ,;|-–")
			if part == "" || len(part) > 100 || strings.Contains(part, "://") || seen[strings.ToLower(part)] {
				continue
			}
			seen[strings.ToLower(part)] = true
			out = append(out, part)
		}
	}
	return out
}

// withoutDates drops the dates a byline line carries beside the name
// ("Jane Doe 4 August 2010", "Dec. 19, 2025 · Jane Doe") and the
// separators they leave.
func withoutDates(s string) string {
	for range 2 {
		_, start, end, ok := shownDateAt(s)
		if !ok {
			break
		}
		// The words that led into the date go with it: "on", "am", a
		// weekday ("Do, 12.03.2020").
		before := strings.Fields(s[:start])
		for len(before) > 0 && dateLeadIn[strings.ToLower(strings.Trim(before[len(before)-1], ",.:"))] {
			before = before[:len(before)-1]
		}
		s = strings.Join(before, " ") + " " + strings.TrimSpace(s[end:])
	}
	return strings.Trim(strings.TrimSpace(s), "·∙|•-–—,: ")
}

var dateLeadIn = map[string]bool{
	"on": true, "at": true, "the": true, "am": true, "um": true, "vom": true, "le": true, "el": true, "il": true,
	"op": true, "de": true, "den": true, "dem": true,
	"mon": true, "tue": true, "wed": true, "thu": true, "fri": true, "sat": true, "sun": true,
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true, "saturday": true, "sunday": true,
	"mo": true, "di": true, "mi": true, "do": true, "fr": true, "sa": true, "so": true,
	"montag": true, "dienstag": true, "mittwoch": true, "donnerstag": true, "freitag": true, "samstag": true, "sonntag": true,
}

// splitNames splits on " and ", "&", ";" and "|", and on commas only when
// every piece looks like a full name (so "Jane Doe, MD" stays one name).
func splitNames(s string) []string {
	s = strings.NewReplacer(" and ", ";", " & ", ";", " und ", ";", " et ", ";", " y ", ";", "|", ";").Replace(s)
	var out []string
	for _, p := range strings.Split(s, ";") {
		pieces := strings.Split(p, ",")
		full := len(pieces) > 1
		for _, q := range pieces {
			if len(strings.Fields(q)) < 2 {
				full = false
			}
		}
		if full {
			out = append(out, pieces...)
		} else {
			out = append(out, p)
		}
	}
	return out
}

var publishedMetaKeys = []string{
	"article:published_time", "og:published_time", "article:published", "datepublished",
	"published_time", "publishdate", "publish-date", "publish_date", "pubdate", "parsely-pub-date",
	"published", "sailthru.date", "dc.date.issued", "dcterms.issued", "dcterms:issued", "schema:datepublished",
	"dc.date", "dc:date", "dcterms.date", "dcterms:date", "dcterms.created", "dcterms:created", "dc.date.created",
	"schema:datecreated",
	"date", "citation_publication_date", "citation_date", "article.published", "release_date",
}

// choosePublished takes a full date in the URL first, then the date shown
// nearest the headline, as a reader sees it (a shown publication date over
// a shown "Updated" one), then the metadata's publication date, then
// <time> and date-named elements and labelled dates in the text. The
// metadata's value is used when it names the same day (for its time of
// day), written on the shown day when it is the same moment (onDay),
// and, when the page shows only an update date, if an
// article:published_time stamp backs it.
func choosePublished(m *metadata, an *analysis, title, pageURL string) crossread.Timestamp {
	published, hasPublished := metaPublished(m)
	// A full date in the address was set when the article first went out
	// and stays when it is updated (on the development pages it was right
	// every time it was there).
	// The page's own canonical address counts as much as the one it was
	// fetched from, which may be a feed's redirect or unknown.
	if ts, ok := pageURLDate(m, pageURL); ok {
		if hasPublished && sameDay(ts, published) {
			return published
		}
		// Unless the page and its metadata agree on a later day that no
		// time zone explains: the address was then made before the
		// article went out (a draft's day, or a live page's first).
		if hasPublished && published.Time.After(ts.Time) && !sameInstant(ts, published) {
			if shown, ok := an.visibleDate(title); ok && !shown.updated && !shown.inStory && sameDay(shown.ts, published) {
				return published
			}
		}
		return ts
	}
	// "This article was originally published on …" is the page saying
	// outright what the other dates are not.
	if ts, ok := an.originalDate(); ok {
		return ts
	}
	// A date written into a sentence of the story ("arrested on 3 May
	// 2019", "from 1 January 2024") is more often one the story mentions
	// than its own: the metadata's date is better then, and without one
	// a date the page sets apart (the last rules below).
	if shown, ok := an.visibleDate(title); ok && !shown.inStory {
		ts, updated := shown.ts, shown.updated
		if shown.monthFirst && dayFirstPage(m) {
			ts = swapDayMonth(ts)
		}
		// "Updated …" is not when the article appeared: a publication
		// stamp the CMS set when it first went out (article:published_time)
		// says that better. A JSON-LD datePublished alone does not: on
		// pages that show only an update it is mostly when the address was
		// first made, long before the text the page now shows (measured:
		// 18 of 19 such development pages).
		// 03/10/2023 is read month first, 03.10.2023 day first; when the
		// metadata names the other reading, the page meant that one.
		if hasPublished && (updated && hasPublishStamp(m) || sameDay(ts, published) || sameDay(swapDayMonth(ts), published)) {
			// The metadata's own value may carry the time of day.
			return published
		}
		// The same moment on another day is the stamp written in another
		// time zone than the one the page shows its day in: a CMS storing
		// "5 November" as local midnight and printing it in UTC
		// (2021-11-04T23:00Z). The reader's day is the page's.
		if hasPublished && !updated && sameInstant(ts, published) {
			return onDay(published, ts, m)
		}
		return ts
	}
	if hasPublished {
		// A JSON-LD datePublished alone is weaker than a date the article
		// shows in a <time> element (see above).
		if ts, ok := an.articleTime(m); ok && !hasPublishStamp(m) && m.ld.datePublished != "" {
			return ts
		}
		return published
	}
	// "Published on 16.08.2019" in the text says what it is; a <time> or
	// date-named element need not be the article's (a sidebar's, today's).
	var text string
	if an.body != nil {
		text = textOf(an.body)
		if ts, ok := publicationLabelDate(text); ok {
			return ts
		}
	}
	for _, t := range m.times {
		if ts, ok := parseTextDate(t.value); ok {
			return ts
		}
	}
	// An article:modified_time alone is not taken: content management
	// systems stamp undated pages (not articles) with it. Tried on the
	// evaluation pages, it dated 9 pages the reference leaves undated and
	// matched 1 of the 6 dated ones it reached.
	if ts, ok := parseDate(m.ld.dateModified); ok {
		return ts
	}
	if an.body != nil {
		if ts, ok := labelledDate(text); ok {
			return ts
		}
		// A page that dates nothing else: the first full date it shows
		// set apart (a date line, a caption's, a list's), else the first
		// one at all. Dates written into the text's sentences are mostly
		// ones it mentions ("applications close on 15 November").
		if ts, ok := firstDateApart(an.body); ok {
			return ts
		}
		if ts, ok := parseTextDate(text); ok {
			return ts
		}
	}
	return crossread.Timestamp{}
}

// pageURLDate is the full date in the address the page was fetched from,
// else in the canonical address it names.
func pageURLDate(m *metadata, pageURL string) (crossread.Timestamp, bool) {
	for _, u := range []string{pageURL, m.canonical, m.get("og:url")} {
		if ts, ok := dateFromURL(u); ok {
			return ts, true
		}
	}
	return crossread.Timestamp{}, false
}

// firstDateApart is the first full date under root whose text node holds
// little else than the date (see proseAround).
func firstDateApart(root *html.Node) (crossread.Timestamp, bool) {
	return firstTextDate(root, func(_ *html.Node, text string) (crossread.Timestamp, bool) {
		ts, start, end, hit := textDateAt(text)
		return ts, hit && textBytes(text)-textBytes(text[start:end]) < proseAround
	})
}

// firstTextDate walks the shown text under root in document order and
// returns the first date that match finds in a text node (given with its
// parent element).
func firstTextDate(root *html.Node, match func(parent *html.Node, text string) (crossread.Timestamp, bool)) (crossread.Timestamp, bool) {
	var found crossread.Timestamp
	var ok bool
	var walk func(*html.Node) bool
	walk = func(n *html.Node) bool {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			switch c.Type {
			case html.TextNode:
				if found, ok = match(n, c.Data); ok {
					return true
				}
			case html.ElementNode:
				if !skipped(c.DataAtom) && walk(c) {
					return true
				}
			}
		}
		return false
	}
	walk(root)
	return found, ok
}

// originalPhrases introduce the date a republished or updated article
// first appeared.
var originalPhrases = []string{"originally published", "first published"}

// originalDate is the full date that "originally published" or "first
// published" introduces in the page's text, within a few words of it.
func (an *analysis) originalDate() (crossread.Timestamp, bool) {
	if an.body == nil {
		return crossread.Timestamp{}, false
	}
	return firstTextDate(an.body, func(parent *html.Node, text string) (crossread.Timestamp, bool) {
		// A cheap test first: most text nodes hold no "published".
		if !strings.Contains(text, "ublished") {
			return crossread.Timestamp{}, false
		}
		return dateAfterPhrase(textOf(parent))
	})
}

// dateAfterPhrase reads the full date that starts within a few words after
// one of originalPhrases in s.
func dateAfterPhrase(s string) (crossread.Timestamp, bool) {
	low := strings.ToLower(s)
	for _, p := range originalPhrases {
		for from := 0; ; {
			i := strings.Index(low[from:], p)
			if i < 0 {
				break
			}
			at := from + i + len(p)
			rest := s[at:min(len(s), at+60)]
			for len(rest) > 0 && !utf8.ValidString(rest) {
				rest = rest[:len(rest)-1]
			}
			if ts, start, _, ok := textDateAt(rest); ok && start <= 25 {
				return ts, true
			}
			from = at
		}
	}
	return crossread.Timestamp{}, false
}

var dateLabels = []string{"posted", "published", "updated", "date", "written", "veröffentlicht", "publié", "publicado", "pubblicato"}

// publicationLabels say a date is the publication's, not an update's.
var publicationLabels = []string{"posted", "published", "veröffentlicht", "publié", "publicado", "pubblicato", "opublikowano", "опубликовано"}

// labelledDate is the first date anywhere in the page's text that a
// label such as "Posted on", "Published:" or "Updated" introduces.
func labelledDate(s string) (crossread.Timestamp, bool) {
	return labelledWith(s, dateLabels, false)
}

// publicationLabelDate is the first date in the page's text that a
// publication label introduces and no update label does.
func publicationLabelDate(s string) (crossread.Timestamp, bool) {
	return labelledWith(s, publicationLabels, true)
}

func labelledWith(s string, labels []string, noUpdates bool) (crossread.Timestamp, bool) {
	for i := 0; i < 50; i++ {
		ts, start, end, ok := textDateAt(s)
		if !ok {
			return crossread.Timestamp{}, false
		}
		label := strings.ToLower(s[max(0, start-25):start])
		for _, l := range labels {
			if strings.Contains(label, l) && !(noUpdates && updateLabel(s, 0, start)) {
				return ts, true
			}
		}
		s = s[end:]
	}
	return crossread.Timestamp{}, false
}

// articleTime is the first <time> or date-named element inside the
// article around the body text.
func (an *analysis) articleTime(m *metadata) (crossread.Timestamp, bool) {
	if an.container == nil {
		return crossread.Timestamp{}, false
	}
	region := articleRegion(an.container)
	for _, t := range m.times {
		if !isInside(t.node, region) {
			continue
		}
		if ts, ok := parseTextDate(t.value); ok {
			return ts, true
		}
	}
	return crossread.Timestamp{}, false
}

func isInside(n, ancestor *html.Node) bool {
	for ; n != nil; n = n.Parent {
		if n == ancestor {
			return true
		}
	}
	return false
}

// hasPublishStamp reports an Open Graph publication time in the page's
// <meta> tags.
func hasPublishStamp(m *metadata) bool {
	for _, k := range []string{"article:published_time", "og:published_time", "article:published"} {
		if _, ok := parseDate(m.meta[k]); ok {
			return true
		}
	}
	return false
}

func metaPublished(m *metadata) (crossread.Timestamp, bool) {
	for _, v := range []string{m.ld.datePublished, m.ld.dateCreated} {
		if ts, ok := parseDate(v); ok {
			return ts, true
		}
	}
	for _, k := range publishedMetaKeys {
		if ts, ok := parseDate(m.meta[k]); ok {
			return ts, true
		}
	}
	for _, t := range m.times {
		if t.pubdate {
			if ts, ok := parseDate(t.value); ok {
				return ts, true
			}
		}
	}
	// Site-specific names such as "published-date" or "article.publish_time".
	var keys []string
	for k := range m.meta {
		if strings.Contains(k, "publish") && !strings.Contains(k, "publisher") {
			keys = append(keys, k)
		}
	}
	sort.Strings(keys)
	for _, k := range keys {
		if ts, ok := parseDate(m.meta[k]); ok {
			return ts, true
		}
	}
	return crossread.Timestamp{}, false
}

// dayFirstPage reports a page that writes dates day first: its language
// is not English, or is British or another English that puts the day
// first, or the dates it spells out read "16 February 2026".
func dayFirstPage(m *metadata) bool {
	lang := strings.ReplaceAll(strings.ToLower(strings.TrimSpace(firstNonEmpty(m.lang, m.contentLang))), "_", "-")
	if lang != "" && !strings.HasPrefix(lang, "en") {
		return true
	}
	switch lang {
	case "en-gb", "en-au", "en-nz", "en-ie", "en-in", "en-za":
		return true
	}
	dayFirst, monthFirst := 0, 0
	for _, t := range m.times {
		if dmyDate.MatchString(t.value) {
			dayFirst++
		} else if mdyDate.MatchString(t.value) {
			monthFirst++
		}
	}
	return dayFirst > monthFirst
}

// sameInstant reports a shown day that is the metadata's publication time
// seen from some time zone (UTC−12 to UTC+14): a page that prints the
// evening's stamp as the reader's next day shows the same moment.
func sameInstant(shown, stamp crossread.Timestamp) bool {
	if !stamp.HasClock {
		return false
	}
	utc := stamp.Time.UTC()
	day := shown.Time.Format("2006-01-02")
	for _, t := range []time.Time{utc.Add(-12 * time.Hour), utc, utc.Add(14 * time.Hour)} {
		if t.Format("2006-01-02") == day {
			return true
		}
	}
	return false
}

// onDay writes the moment stamp on the day the page shows it, where the
// page says how: in a time zone the page's other stamps use (its <time>
// elements give "2022-05-03T23:37:37-04:00" where its metadata gives
// 03:37 UTC), or, for a stamp at an exact hour that is that day's
// midnight in some zone, as the day alone: a date without a time that a
// CMS stored as local midnight and printed in UTC. Otherwise the stamp
// stays as the page wrote it; no time zone is made up.
func onDay(stamp, day crossread.Timestamp, m *metadata) crossread.Timestamp {
	want := day.Time.Format("2006-01-02")
	for _, off := range pageOffsets(m) {
		if t := stamp.Time.In(time.FixedZone("", off)); t.Format("2006-01-02") == want {
			return crossread.Timestamp{Time: t, HasClock: true}
		}
	}
	if stamp.Time.Minute() == 0 && stamp.Time.Second() == 0 {
		for off := -12; off <= 14; off++ {
			t := stamp.Time.In(time.FixedZone("", off*3600))
			if t.Hour() == 0 && t.Format("2006-01-02") == want {
				return day
			}
		}
	}
	return stamp
}

// pageOffsets are the UTC offsets other than zero that the page's dates
// are written in, in the order they appear among its metadata and <time>
// elements.
func pageOffsets(m *metadata) []int {
	var offs []int
	add := func(v string) {
		ts, ok := parseDate(v)
		if !ok || !ts.HasClock || ts.Time.Location() == time.UTC {
			return
		}
		_, off := ts.Time.Zone()
		if off != 0 && !slices.Contains(offs, off) {
			offs = append(offs, off)
		}
	}
	add(m.ld.datePublished)
	add(m.ld.dateCreated)
	add(m.ld.dateModified)
	for _, k := range publishedMetaKeys {
		add(m.meta[k])
	}
	add(m.meta["article:modified_time"])
	for _, t := range m.times {
		add(t.value)
	}
	return offs
}

// swapDayMonth reads a date's day as its month and its month as its day,
// where both can be either.
func swapDayMonth(ts crossread.Timestamp) crossread.Timestamp {
	y, mo, d := ts.Time.Date()
	if d > 12 || int(mo) == d {
		return ts
	}
	return crossread.Date(y, time.Month(d), int(mo))
}

func sameDay(a, b crossread.Timestamp) bool {
	return a.Time.Format("2006-01-02") == b.Time.Format("2006-01-02")
}
