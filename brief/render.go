package brief

import (
	"bytes"
	"fmt"
	"html/template"
	"net/url"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"crossread"
)

// citations numbers the story's articles in story order, [1] first.
type citations struct {
	ids   []string
	num   map[string]int
	arts  map[string]*crossread.Article
	story *crossread.Story
}

func newCitations(story *crossread.Story, articles map[string]*crossread.Article) *citations {
	c := &citations{num: map[string]int{}, arts: articles, story: story}
	add := func(id string) {
		if _, ok := c.num[id]; !ok && id != "" {
			c.ids = append(c.ids, id)
			c.num[id] = len(c.ids)
		}
	}
	for _, id := range story.ArticleIDs {
		add(id)
	}
	for _, sec := range story.Brief.Sections {
		for _, s := range sec.Sentences {
			for _, id := range s.ArticleIDs {
				add(id)
			}
			for _, id := range s.SupportedBy {
				add(id)
			}
		}
	}
	return c
}

// sentenceMarks cites the articles holding the sentence, then those that
// state the same fact in other words.
func (c *citations) sentenceMarks(s crossread.BriefSentence) string {
	m := c.marks(s.ArticleIDs)
	if len(s.SupportedBy) > 0 {
		m += " (also " + c.marks(s.SupportedBy) + ")"
	}
	if len(s.Disputed) > 0 {
		m += " (sources differ: " + strings.Join(s.Disputed, "; ") + ")"
	}
	return m
}

func (c *citations) marks(ids []string) string {
	var b strings.Builder
	for _, n := range c.numbers(ids) {
		fmt.Fprintf(&b, "[%d]", n)
	}
	return b.String()
}

// numbers are the citation numbers of ids, ascending.
func (c *citations) numbers(ids []string) []int {
	var out []int
	for _, id := range ids {
		out = append(out, c.num[id])
	}
	sort.Ints(out)
	return out
}

// source is one line of the source list.
const unknownOutlet = "unknown outlet"

type source struct {
	N                         int
	ID                        string
	Outlet, Title, Date, Link string
	Opinion                   bool // the page marks it as opinion (crossread.IsOpinion)
}

func (c *citations) sources() []source {
	var out []source
	for _, id := range c.ids {
		s := source{N: c.num[id], ID: id}
		if a := c.arts[id]; a != nil {
			s.Outlet, s.Title, s.Date = a.Source, a.Title, a.Published.String()
			s.Opinion = crossread.IsOpinion(a)
			s.Link = a.URL
			if s.Link == "" {
				s.Link = a.Path
			}
		}
		if s.Outlet == "" {
			s.Outlet = unknownOutlet
			if u, err := url.Parse(s.Link); err == nil && (u.Scheme == "http" || u.Scheme == "https") && u.Host != "" {
				s.Outlet = strings.TrimPrefix(u.Hostname(), "www.")
			}
		}
		if s.Title == "" {
			// an id means nothing to a reader; the link says which page
			s.Title = "(untitled)"
		}
		out = append(out, s)
	}
	return out
}

// CountOf writes n nouns: "1 article", "5 articles", "2 entities".
func CountOf(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	if strings.HasSuffix(noun, "y") {
		noun = strings.TrimSuffix(noun, "y") + "ie"
	}
	return strconv.Itoa(n) + " " + noun + "s"
}

// onlyLabel says what a single-source item has that no other source
// gives: "only Harbor Gazette mentions 1991", or, without the detail, "only
// Harbor Gazette".
// The sentence itself may share the rest of its fact with other outlets.
func onlyLabel(outlet, exclusive string) string {
	if exclusive == "" {
		return "only " + outlet
	}
	return "only " + outlet + " mentions " + exclusive
}

// outletLabel names the outlet of article id for an "only" label, the way
// the source list names it; an outlet the scrape did not name is the
// numbered source, so that every single-source item carries its label.
func (c *citations) outletLabel(id string) string {
	for _, s := range c.sources() {
		if s.ID != id {
			continue
		}
		if s.Outlet == unknownOutlet {
			return fmt.Sprintf("source %d", s.N)
		}
		return s.Outlet
	}
	return "one source"
}

func (s source) line() string {
	parts := []string{s.Outlet, s.Title}
	if s.Opinion {
		parts[0] += " (opinion)"
	}
	if s.Date != "" {
		parts = append(parts, s.Date)
	}
	if s.Link != "" {
		parts = append(parts, s.Link)
	}
	return strings.Join(parts, " — ")
}

// narrativeSection: rendered as running prose rather than a list.
func narrativeSection(title string) bool {
	switch title {
	case crossread.SectionHappening, crossread.SectionMatters, crossread.SectionNext, crossread.SectionBeyond:
		return true
	}
	return false
}

// differLine is one discrepancy as the reader sees it: what is disputed,
// then each value in the sources' own words with its citations.
type differLine struct {
	About  string
	Values []differValue
}

type differValue struct {
	Value string
	Marks string
}

func (c *citations) differLines() []differLine {
	var out []differLine
	for i, d := range c.story.Discrepancies {
		if i >= maxDiffer {
			break
		}
		l := differLine{About: d.About}
		for _, v := range d.Variants {
			l.Values = append(l.Values, differValue{Value: v.Value, Marks: c.marks(v.ArticleIDs)})
		}
		out = append(out, l)
	}
	return out
}

// timelineDate finds the date the story's timeline gives a sentence: of
// several, the most precise, as the timeline section lists it.
func (c *citations) timelineDate(text string) string {
	date, rank := "", -1
	exact := false
	for _, e := range c.story.Timeline {
		own := e.Text == text
		match := own
		for _, sp := range e.Spans {
			if a := c.arts[sp.ArticleID]; !match && a != nil && sp.Valid(len(a.Text)) && strings.Contains(text, a.Text[sp.Start:sp.End]) && sp.Len() > 0 {
				match = true
			}
		}
		// of dates as precise, the entry listing this very sentence: the
		// one whose place in the timeline the brief gave it
		if r := precisionRank(e.Precision); match && (r > rank || r == rank && own && !exact) {
			date, rank, exact = e.Date, r, own
		}
	}
	return date
}

// Markdown writes the story's brief as Markdown with numbered citations
// ([1], [2] …) and a source list; articles maps ids to the story's articles.
func Markdown(story *crossread.Story, articles map[string]*crossread.Article) string {
	c := newCitations(story, articles)
	var b strings.Builder
	title := story.Title
	if title == "" {
		title = "Story " + story.ID
	}
	fmt.Fprintf(&b, "# %s\n\n", mdEscape(title))
	b.WriteString("_" + CountOf(len(story.ArticleIDs), "article") + " from " + CountOf(countOutlets(story, articles), "source"))
	if span := seenSpan(story); span != "" {
		b.WriteString(", " + span)
	}
	b.WriteString("_\n")
	for _, sec := range story.Brief.Sections {
		if sec.Title == crossread.SectionSources {
			continue
		}
		if sec.Title == crossread.SectionDiffer && len(story.Discrepancies) > 0 {
			fmt.Fprintf(&b, "\n## %s\n\n", sec.Title)
			for _, l := range c.differLines() {
				var vs []string
				for _, v := range l.Values {
					vs = append(vs, "“"+mdEscape(v.Value)+"” "+v.Marks)
				}
				fmt.Fprintf(&b, "- **%s**: %s\n", mdEscape(l.About), strings.Join(vs, " · "))
			}
			continue
		}
		if len(sec.Sentences) == 0 {
			continue
		}
		fmt.Fprintf(&b, "\n## %s\n\n", sec.Title)
		if narrativeSection(sec.Title) {
			var parts []string
			for _, s := range sec.Sentences {
				parts = append(parts, mdEscape(prose(s.Text))+" "+c.sentenceMarks(s))
			}
			b.WriteString(strings.Join(parts, " ") + "\n")
			continue
		}
		for _, s := range sec.Sentences {
			prefix := ""
			if sec.Title == crossread.SectionTimeline {
				if d := firstNonEmpty(s.Date, c.timelineDate(s.Text)); d != "" {
					prefix = "**" + d + "** — "
				}
			}
			suffix := ""
			if sec.Title == crossread.SectionOnly && len(s.ArticleIDs) > 0 {
				suffix = " — " + mdEscape(onlyLabel(c.outletLabel(s.ArticleIDs[0]), s.Exclusive))
			}
			if s.Speaker != "" {
				suffix += " — " + mdEscape(s.Speaker)
			}
			fmt.Fprintf(&b, "- %s%s %s%s\n", prefix, mdEscape(oneLine(s.Text)), c.sentenceMarks(s), suffix)
		}
	}
	fmt.Fprintf(&b, "\n## %s\n\n", crossread.SectionSources)
	for _, s := range c.sources() {
		fmt.Fprintf(&b, "%d. %s\n", s.N, mdEscape(s.line()))
	}
	return b.String()
}

func countOutlets(story *crossread.Story, articles map[string]*crossread.Article) int {
	seen := map[string]bool{}
	for _, id := range story.ArticleIDs {
		a := articles[id]
		key := id
		if a != nil && a.Source != "" {
			key = strings.ToLower(a.Source)
		}
		if a != nil && a.DuplicateOf != "" {
			continue
		}
		seen[key] = true
	}
	return len(seen)
}

func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

// prose is s on one line, closed with a period when it ends without
// punctuation (a headline), so that it reads as a sentence in a paragraph.
// The brief's JSON keeps the text exactly as the article has it.
func prose(s string) string {
	s = oneLine(s)
	r, _ := utf8.DecodeLastRuneInString(s)
	if unicode.IsLetter(r) || unicode.IsDigit(r) {
		s += "."
	}
	return s
}

// mdEscape keeps article text from being read as Markdown markup.
func mdEscape(s string) string {
	r := strings.NewReplacer(`\`, `\\`, "*", `\*`, "_", `\_`, "`", "\\`", "[", `\[`, "]", `\]`, "<", "&lt;", ">", "&gt;", "#", `\#`)
	return r.Replace(s)
}

var pageTemplate = template.Must(template.New("brief").Parse(`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{.Title}}</title>
<style>
body{font:17px/1.55 Georgia,"Times New Roman",serif;max-width:44rem;margin:2rem auto;padding:0 1rem;color:#1d1d1f;background:#fff}
h1{font-size:1.7rem;line-height:1.25;margin-bottom:.2rem}
h2{font:600 1.05rem/1.3 system-ui,sans-serif;text-transform:uppercase;letter-spacing:.04em;color:#555;margin-top:2rem;border-top:1px solid #ddd;padding-top:.8rem}
.meta{color:#666;font:14px system-ui,sans-serif}
sup a{text-decoration:none;color:#0a58ca;font:12px system-ui,sans-serif}
ul{padding-left:1.2rem} li{margin:.35rem 0}
.date{font:600 14px system-ui,sans-serif;color:#444}
.about{font-weight:600}
.only{color:#666;font-size:.9em}
ol.sources{font:14px/1.4 system-ui,sans-serif;color:#333} ol.sources li{margin:.3rem 0}
</style>
</head>
<body>
<h1>{{.Title}}</h1>
<p class="meta">{{.Meta}}</p>
{{range .Sections}}{{if .Differ}}<h2>{{.Title}}</h2>
<ul>{{range .Differ}}<li><span class="about">{{.About}}</span>: {{range $i, $v := .Values}}{{if $i}} · {{end}}“{{$v.Value}}”{{range $v.Cites}}<sup><a href="#src{{.}}">[{{.}}]</a></sup>{{end}}{{end}}</li>
{{end}}</ul>
{{else if .Prose}}<h2>{{.Title}}</h2>
<p>{{range .Items}}{{.Text}}{{range .Cites}}<sup><a href="#src{{.}}">[{{.}}]</a></sup>{{end}}{{if .Also}}<sup class="also"> also{{range .Also}} <a href="#src{{.}}">[{{.}}]</a>{{end}}</sup>{{end}}{{if .Disputed}} <span class="disputed">(sources differ: {{.Disputed}})</span>{{end}} {{end}}</p>
{{else}}<h2>{{.Title}}</h2>
<ul>{{range .Items}}<li>{{if .Date}}<span class="date">{{.Date}}</span> — {{end}}{{.Text}}{{range .Cites}}<sup><a href="#src{{.}}">[{{.}}]</a></sup>{{end}}{{if .Also}}<sup class="also"> also{{range .Also}} <a href="#src{{.}}">[{{.}}]</a>{{end}}</sup>{{end}}{{if .Only}} <span class="only">— {{.Only}}</span>{{end}}{{if .Speaker}} <span class="speaker">— {{.Speaker}}</span>{{end}}{{if .Disputed}} <span class="disputed">(sources differ: {{.Disputed}})</span>{{end}}</li>
{{end}}</ul>
{{end}}{{end}}<h2>Sources</h2>
<ol class="sources">{{range .Sources}}<li id="src{{.N}}">{{.Outlet}}{{if .Opinion}} (opinion){{end}} — {{if .URL}}<a href="{{.URL}}">{{.Title}}</a>{{else}}{{.Title}}{{end}}{{if .Date}} — {{.Date}}{{end}}{{if and .Link (not .URL)}} — {{.Link}}{{end}}</li>
{{end}}</ol>
</body>
</html>
`))

type htmlItem struct {
	Text, Date, Only, Speaker, Disputed string
	Cites, Also                         []int
}

type htmlValue struct {
	Value string
	Cites []int
}

type htmlDiffer struct {
	About  string
	Values []htmlValue
}

type htmlSection struct {
	Title  string
	Prose  bool
	Items  []htmlItem
	Differ []htmlDiffer
}

type htmlSource struct {
	source
	URL template.URL
}

// HTML writes the brief as one self-contained HTML page: inline CSS, no
// scripts, every piece of article text escaped by html/template.
func HTML(story *crossread.Story, articles map[string]*crossread.Article) string {
	c := newCitations(story, articles)
	nums := c.numbers
	title := story.Title
	if title == "" {
		title = "Story " + story.ID
	}
	meta := CountOf(len(story.ArticleIDs), "article") + " from " + CountOf(countOutlets(story, articles), "source")
	if span := seenSpan(story); span != "" {
		meta += ", " + span
	}
	var secs []htmlSection
	for _, sec := range story.Brief.Sections {
		if sec.Title == crossread.SectionSources {
			continue
		}
		hs := htmlSection{Title: sec.Title, Prose: narrativeSection(sec.Title)}
		if sec.Title == crossread.SectionDiffer && len(story.Discrepancies) > 0 {
			for i, d := range story.Discrepancies {
				if i >= maxDiffer {
					break
				}
				hd := htmlDiffer{About: d.About}
				for _, v := range d.Variants {
					hd.Values = append(hd.Values, htmlValue{Value: v.Value, Cites: nums(v.ArticleIDs)})
				}
				hs.Differ = append(hs.Differ, hd)
			}
			secs = append(secs, hs)
			continue
		}
		if len(sec.Sentences) == 0 {
			continue
		}
		for _, s := range sec.Sentences {
			it := htmlItem{Text: oneLine(s.Text), Cites: nums(s.ArticleIDs), Also: nums(s.SupportedBy)}
			if narrativeSection(sec.Title) {
				it.Text = prose(s.Text)
			}
			if sec.Title == crossread.SectionTimeline {
				it.Date = firstNonEmpty(s.Date, c.timelineDate(s.Text))
			}
			if sec.Title == crossread.SectionOnly && len(s.ArticleIDs) > 0 {
				it.Only = onlyLabel(c.outletLabel(s.ArticleIDs[0]), s.Exclusive)
			}
			it.Speaker = s.Speaker
			it.Disputed = strings.Join(s.Disputed, "; ")
			hs.Items = append(hs.Items, it)
		}
		secs = append(secs, hs)
	}
	var srcs []htmlSource
	for _, s := range c.sources() {
		hs := htmlSource{source: s}
		// Only http(s) links become anchors; anything else stays text.
		if l := strings.ToLower(s.Link); strings.HasPrefix(l, "http://") || strings.HasPrefix(l, "https://") {
			hs.URL = template.URL(s.Link)
		}
		srcs = append(srcs, hs)
	}
	var buf bytes.Buffer
	err := pageTemplate.Execute(&buf, struct {
		Title, Meta string
		Sections    []htmlSection
		Sources     []htmlSource
	}{title, meta, secs, srcs})
	if err != nil {
		// The template is fixed and its data plain strings: a failure here
		// is a bug, shown rather than hidden.
		return "<!doctype html><title>error</title><p>" + template.HTMLEscapeString(err.Error())
	}
	return buf.String()
}

// seenSpan is the days the story's articles appeared on: one day, or the
// first and the last; empty when none is dated.
func seenSpan(story *crossread.Story) string {
	if story.FirstSeen.IsZero() {
		return ""
	}
	first, last := story.FirstSeen.Time.Format(time.DateOnly), story.LastSeen.Time.Format(time.DateOnly)
	if first == last || story.LastSeen.IsZero() {
		return first
	}
	return first + " – " + last
}

func firstNonEmpty(ss ...string) string {
	for _, s := range ss {
		if s != "" {
			return s
		}
	}
	return ""
}
