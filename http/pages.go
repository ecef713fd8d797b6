package http

import (
	"bytes"
	"context"
	"embed"
	"fmt"
	"html/template"
	"io/fs"
	"net/http"
	"net/url"
	"sort"
	"strconv"
	"strings"
	"time"

	jsonv2 "github.com/go-json-experiment/json"

	"crossread"
	"crossread/sqlite"
)

//go:embed templates/*.html
var templateFS embed.FS

//go:embed static
var staticFS embed.FS

func entityHref(name string) string { return "/entities/" + url.PathEscape(name) }

// pages holds one parsed template set per page, each sharing the layout.
type pages struct {
	title string
	sets  map[string]*template.Template
}

var funcs = template.FuncMap{
	"day": dayString,
	"when": func(t time.Time) string {
		if t.IsZero() {
			return "never"
		}
		return t.UTC().Format("2006-01-02 15:04 UTC")
	},
	"entityHref": entityHref,
	"storyHref":  func(id string) string { return "/stories/" + url.PathEscape(id) },
	"articleHref": func(id string) string {
		return "/articles/" + url.PathEscape(id)
	},
	"spanHref": spanHref,
	"lower":    strings.ToLower,
	"join":     strings.Join,
	"plural":   plural,
	"add":      func(a, b int) int { return a + b },
}

func newPages(title string) (*pages, error) {
	p := &pages{title: title, sets: map[string]*template.Template{}}
	names, err := fs.Glob(templateFS, "templates/*.html")
	if err != nil {
		return nil, err
	}
	for _, n := range names {
		base := strings.TrimSuffix(strings.TrimPrefix(n, "templates/"), ".html")
		if base == "layout" || base == "partials" {
			continue
		}
		t, err := template.New("layout.html").Funcs(funcs).ParseFS(templateFS, "templates/layout.html", "templates/partials.html", n)
		if err != nil {
			return nil, crossread.Errorf(crossread.EINTERNAL, "template %s: %v", n, err)
		}
		p.sets[base] = t
	}
	return p, nil
}

// layoutData is what every page gets.
type layoutData struct {
	SiteTitle string
	PageTitle string
	Query     string
	Live      string // "story:ID" or "stories": the page refreshes itself on events
	Nav       string
	Body      any
}

func (s *Server) render(w http.ResponseWriter, r *http.Request, status int, name string, d layoutData) {
	t := s.pages.sets[name]
	if t == nil {
		s.apiError(w, r, fmt.Errorf("no template %q", name))
		return
	}
	d.SiteTitle = s.pages.title
	var buf bytes.Buffer
	if err := t.Execute(&buf, d); err != nil {
		s.log.Error("render", "page", name, "err", err)
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Header().Set("Cache-Control", "no-cache")
	w.WriteHeader(status)
	w.Write(buf.Bytes())
}

type errorPage struct {
	Status  int
	Code    string
	Message string
}

func (s *Server) pageError(w http.ResponseWriter, r *http.Request, err error) {
	code, msg := s.publicError(r, err)
	st := ErrorStatus(err)
	s.render(w, r, st, "error", layoutData{PageTitle: http.StatusText(st), Body: errorPage{Status: st, Code: code, Message: msg}})
}

func staticHandler() http.Handler {
	sub, _ := fs.Sub(staticFS, "static")
	fsrv := http.StripPrefix("/static/", http.FileServer(http.FS(sub)))
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Cache-Control", "public, max-age=3600")
		fsrv.ServeHTTP(w, r)
	})
}

// --- stories list -----------------------------------------------------------

// storyCard is a story in a list, every string prepared in Go (template
// function calls go through reflection, and a list renders many cards).
type storyCard struct {
	StorySummary
	Spark      sparkline
	Href       string
	OutletList string
	Coverage   string
	Chips      []entityChip
}

func newStoryCard(sm StorySummary) storyCard {
	c := storyCard{StorySummary: sm, Spark: newSparkline(sm.Coverage, 120, 24), Href: "/stories/" + url.PathEscape(sm.ID),
		OutletList: strings.Join(sm.Outlets, ", "), Coverage: coverageLine(len(sm.Outlets), sm.Articles, sm.FirstSeen, sm.LastSeen)}
	for _, e := range sm.TopEntities {
		c.Chips = append(c.Chips, entityChip{Name: e.Name, Href: "/entities/" + url.PathEscape(e.Name), Class: "chip-" + cssIdent(e.Type), Mentions: e.Mentions})
	}
	return c
}

// coverageLine is a story's "2 outlets · 5 articles · 7 Nov 2025" line,
// the same on every page. Outlets are the known ones: an article whose
// outlet is unknown counts as an article, never as an outlet of its own.
func coverageLine(outlets, articles int, first, last crossread.Timestamp) string {
	var b strings.Builder
	if outlets > 0 {
		b.WriteString(plural(outlets, "outlet", "outlets"))
		b.WriteString(" · ")
	}
	b.WriteString(plural(articles, "article", "articles"))
	if outlets == 0 && articles > 0 {
		b.WriteString(" · outlet unknown")
	}
	b.WriteString(" · ")
	switch {
	case first.IsZero() && last.IsZero():
		b.WriteString("undated")
	case first.IsZero() || last.IsZero() || dayString(first) == dayString(last):
		b.WriteString(dayString(firstNonZero(first, last)))
	default:
		b.WriteString(dayString(first) + " – " + dayString(last))
	}
	return b.String()
}

func firstNonZero(a, b crossread.Timestamp) crossread.Timestamp {
	if a.IsZero() {
		return b
	}
	return a
}

// articleTitle is an article's title, or for one without a title
// "(untitled)" and where it came from: a stored path is a local detail
// (often "../../…") and no title.
func articleTitle(a *crossread.Article) string {
	if a.Title != "" {
		return a.Title
	}
	if u, err := url.Parse(a.URL); err == nil && u.Host != "" {
		return "(untitled) · " + u.Host
	}
	if a.Path != "" {
		p := strings.TrimRight(strings.ReplaceAll(a.Path, "\\", "/"), "/")
		return "(untitled) · " + p[strings.LastIndexByte(p, '/')+1:]
	}
	return "(untitled)"
}

func plural(n int, one, many string) string {
	if n == 1 {
		return strconv.Itoa(n) + " " + one
	}
	return strconv.Itoa(n) + " " + many
}

type storiesPage struct {
	F             crossread.StoryFilter
	Since         string
	Until         string
	Sort          string
	Outlets       []sqlite.Outlet
	OutletOptions template.HTML // the outlet filter's <option>s
	Stories       []storyCard
	Hits          []SearchHit
	HitTotal      int
	Page          Page
	From, To      int
	PrevHref      string
	NextHref      string
}

func (s *Server) pageStories(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	f, err := storyFilter(q)
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	ctx := r.Context()
	sums, total, err := s.findSummaries(ctx, f)
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	outlets, err := s.outletChoices(ctx)
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	p := storiesPage{F: f, Since: q.Get("since"), Until: q.Get("until"), Sort: firstNonEmpty(f.Sort, "newest"), Outlets: outlets,
		OutletOptions: outletOptions(outlets, f.Source), Page: Page{Total: total, Offset: f.Offset, Limit: f.Limit}}
	for _, sm := range sums {
		p.Stories = append(p.Stories, newStoryCard(sm))
	}
	if len(sums) > 0 {
		p.From, p.To = f.Offset+1, f.Offset+len(sums)
	}
	if f.Offset > 0 {
		p.PrevHref = pageHref(q, max(0, f.Offset-f.Limit))
	}
	if f.Offset+len(sums) < total {
		p.NextHref = pageHref(q, f.Offset+f.Limit)
	}
	if f.Query != "" && f.Offset == 0 {
		p.Hits, p.HitTotal, err = s.search(ctx, crossread.ArticleFilter{Query: f.Query, Source: f.Source, Since: f.Since, Until: f.Until, Limit: 10})
		if err != nil {
			s.pageError(w, r, err)
			return
		}
		for i, h := range p.Hits {
			if h.Title == "" {
				p.Hits[i].Title = articleTitle(&crossread.Article{ID: h.ID, URL: h.URL})
			}
		}
	}
	title := "Stories"
	if f.Query != "" {
		title = "Search: " + f.Query
	}
	s.render(w, r, http.StatusOK, "stories", layoutData{PageTitle: title, Query: f.Query, Live: "stories", Nav: "stories", Body: p})
}

func pageHref(q url.Values, offset int) string {
	v := url.Values{}
	for k, vs := range q {
		if k != "offset" && k != "page" {
			v[k] = vs
		}
	}
	if offset > 0 {
		v.Set("offset", strconv.Itoa(offset))
	}
	if len(v) == 0 {
		return "/"
	}
	return "/?" + v.Encode()
}

// --- story ------------------------------------------------------------------

type articleRef struct {
	Num       int
	ID        string
	Href      string
	Day       string
	Title     string
	Source    string
	Published crossread.Timestamp
	URL       string
	Duplicate string
	Opinion   bool // the page marks it as opinion (crossread.IsOpinion)
}

type cite struct {
	Num   int
	Href  string
	Label string
}

type briefSent struct {
	Text  string
	Cites []cite
	Also  []cite // articles stating the same fact in other words
	Note  string // "only Outlet mentions X" in Only reported by; the speaker a pronoun stands for in Who said what
}

type briefSection struct {
	Title     string
	Slug      string
	Sentences []briefSent
}

// outletColumn is a column of the claims table: a known outlet, or one
// article whose outlet is unknown.
type outletColumn struct {
	Label string
	Title string
	key   string
}

type claimCell struct {
	Has  bool
	Href string
}

type claimRow struct {
	Text    string
	Support int
	Single  bool
	Cells   []claimCell
	Href    string
}

type discVariant struct {
	Value string
	Cites []cite
}

type discRow struct {
	About    string
	Kind     string
	Variants []discVariant
}

type quoteRow struct {
	Text string
	Cite cite
	Role string
}

type speakerGroup struct {
	Speaker string
	Entity  string
	Roles   []string
	Quotes  []quoteRow
}

type singleRow struct {
	Text   string
	Why    string // figure, deal, date, person
	Detail string // what no other outlet gives, as written
	Cite   cite
}

type entityGroup struct {
	Type     string
	Entities []crossread.Entity
	Chips    []entityChip
}

// entityChip is an entity link, prepared in Go: template function calls
// go through reflection and were a large share of rendering a big story.
type entityChip struct {
	Name, Href, Class, Aliases string
	Mentions                   int
}

type storyPage struct {
	Story         *crossread.Story
	Articles      []articleRef
	Outlets       []string // known outlets, in order of their first article
	Columns       []outletColumn
	Coverage      string
	Brief         []briefSection
	Claims        []claimRow
	Single        []singleRow
	Discrepancies []discRow
	Speakers      []speakerGroup
	Timeline      timelineChart
	Entities      []entityGroup
	Spark         sparkline
}

func (s *Server) pageStory(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	st, err := s.storyForPage(ctx, r.PathValue("id"))
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	arts, err := s.storyArticles(ctx, st, false)
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	p := buildStoryPage(st, arts)
	p.Spark = newSparkline(coverageOf(arts), 240, 40)
	s.render(w, r, http.StatusOK, "story", layoutData{PageTitle: st.Title, Live: "story:" + st.ID, Body: storyHTML(&p)})
}

// pageEntity is an entity as the story page shows it: its mention spans,
// most of a big story's JSON, are left undecoded (skipping is cheaper).
type pageEntity struct {
	ID         string   `json:"id,omitempty"`
	Name       string   `json:"name"`
	Type       string   `json:"type"`
	Aliases    []string `json:"aliases"`
	ArticleIDs []string `json:"article_ids"`
	Mentions   int      `json:"mentions"`
}

// plainQuote is a Quote without its UnmarshalJSON, which decodes each
// quote twice to read nulls as "" (which the plain decoder does anyway,
// leaving a string field untouched).
type plainQuote crossread.Quote

// pageStoryJSON is a stored story as its page reads it.
type pageStoryJSON struct {
	crossread.Story
	Entities []pageEntity `json:"entities"` // shadows Story.Entities
	Quotes   []plainQuote `json:"quotes"`   // shadows Story.Quotes
}

// storyForPage reads a story for its page, without its entities' mention
// spans (only the article page highlights those).
func (s *Server) storyForPage(ctx context.Context, id string) (*crossread.Story, error) {
	data, updated, err := s.db.FindStoryJSON(ctx, id)
	if err != nil {
		return nil, err
	}
	st, err := decodePageStory(data)
	if err != nil {
		return nil, crossread.Errorf(crossread.EINTERNAL, "story %s: %v", id, err)
	}
	st.Updated = updated
	return st, nil
}

// decodePageStory decodes with the JSON v2 decoder, which reads these
// stories in half the time of encoding/json with the same result
// (TestDecodePageStoryMatchesEncodingJSON).
func decodePageStory(data []byte) (*crossread.Story, error) {
	var v pageStoryJSON
	if err := jsonv2.Unmarshal(data, &v); err != nil {
		return nil, err
	}
	st := &v.Story
	st.Quotes = make([]crossread.Quote, len(v.Quotes))
	for i, q := range v.Quotes {
		st.Quotes[i] = crossread.Quote(q)
	}
	st.Entities = make([]crossread.Entity, len(v.Entities))
	for i, e := range v.Entities {
		st.Entities[i] = crossread.Entity{ID: e.ID, Name: e.Name, Type: e.Type, Aliases: e.Aliases, ArticleIDs: e.ArticleIDs, Mentions: e.Mentions}
	}
	return st, nil
}

// coverageOf counts a story's articles per publication day (the
// sparkline), from the articles the page has read anyway.
func coverageOf(arts []*crossread.Article) []sqlite.DayCount {
	counts := map[string]int{}
	for _, a := range arts {
		if !a.Published.IsZero() {
			counts[a.Published.Time.Format("2006-01-02")]++ // the stored day, as the lists count it
		}
	}
	out := make([]sqlite.DayCount, 0, len(counts))
	for d, n := range counts {
		out = append(out, sqlite.DayCount{Day: d, Count: n})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Day < out[j].Day })
	return out
}

func buildStoryPage(st *crossread.Story, arts []*crossread.Article) storyPage {
	p := storyPage{Story: st}
	num := map[string]int{}
	byID := map[string]*crossread.Article{}
	columnOf := map[string]string{} // article id → its claims-table column key
	var unknown []outletColumn
	for i, a := range arts {
		num[a.ID] = i + 1
		byID[a.ID] = a
		if a.Source != "" {
			columnOf[a.ID] = a.Source
			if !containsStr(p.Outlets, a.Source) {
				p.Outlets = append(p.Outlets, a.Source)
				p.Columns = append(p.Columns, outletColumn{Label: a.Source, Title: a.Source, key: a.Source})
			}
		} else {
			key := "#" + strconv.Itoa(i+1)
			columnOf[a.ID] = key
			unknown = append(unknown, outletColumn{Label: "[" + strconv.Itoa(i+1) + "] outlet unknown", Title: articleTitle(a), key: key})
		}
		p.Articles = append(p.Articles, articleRef{Num: i + 1, ID: a.ID, Href: "/articles/" + url.PathEscape(a.ID), Day: dayString(a.Published),
			Title: articleTitle(a), Source: a.Source,
			Published: a.Published, URL: safeHref(a.URL), Duplicate: a.DuplicateOf, Opinion: crossread.IsOpinion(a)})
	}
	p.Columns = append(p.Columns, unknown...)
	p.Coverage = coverageLine(len(p.Outlets), len(arts), st.FirstSeen, st.LastSeen)
	label := func(aid string) string {
		if a := byID[aid]; a != nil && a.Source != "" {
			return a.Source
		}
		return "outlet unknown"
	}
	citeFor := func(aid string, spans []crossread.Span, text string) (cite, bool) {
		n, ok := num[aid]
		if !ok {
			return cite{}, false
		}
		return cite{Num: n, Href: citeHref(aid, spans, text), Label: label(aid)}, true
	}
	cites := func(ids []string, spans []crossread.Span, text string) []cite {
		var out []cite
		for _, id := range ids {
			if c, ok := citeFor(id, spans, text); ok {
				out = append(out, c)
			}
		}
		sort.Slice(out, func(i, j int) bool { return out[i].Num < out[j].Num })
		return out
	}
	for _, sec := range st.Brief.Sections {
		// The page's own Timeline and Sources sections are fuller versions
		// of these two; showing both would say everything twice.
		if sec.Title == crossread.SectionSources || sec.Title == crossread.SectionTimeline {
			continue
		}
		bs := briefSection{Title: sec.Title, Slug: "brief-" + cssIdent(sec.Title)}
		for _, sn := range sec.Sentences {
			bsn := briefSent{Text: sn.Text, Cites: cites(sn.ArticleIDs, sn.Spans, sn.Text), Note: sn.Speaker}
			if sn.Exclusive != "" && len(sn.ArticleIDs) > 0 {
				bsn.Note = "only " + label(sn.ArticleIDs[0]) + " mentions " + sn.Exclusive
			}
			if len(sn.Disputed) > 0 {
				bsn.Note = "sources differ: " + strings.Join(sn.Disputed, "; ")
			}
			for _, id := range sn.SupportedBy {
				// Other words, so no passage to highlight: the link opens the article.
				if n, ok := num[id]; ok && !containsStr(sn.ArticleIDs, id) {
					bsn.Also = append(bsn.Also, cite{Num: n, Href: "/articles/" + url.PathEscape(id), Label: label(id) + ", in other words"})
				}
			}
			sort.Slice(bsn.Also, func(i, j int) bool { return bsn.Also[i].Num < bsn.Also[j].Num })
			bs.Sentences = append(bs.Sentences, bsn)
		}
		p.Brief = append(p.Brief, bs)
	}
	for _, c := range st.Claims {
		row := claimRow{Text: c.Text, Support: c.Support, Single: c.Support <= 1 && len(c.ArticleIDs) <= 1}
		if c.Span.ArticleID != "" {
			row.Href = citeHref(c.Span.ArticleID, []crossread.Span{c.Span}, c.Text)
		}
		for _, col := range p.Columns {
			cell := claimCell{}
			for _, aid := range c.ArticleIDs {
				if columnOf[aid] != col.key {
					continue
				}
				cell.Has = true
				text, spans := c.Text, []crossread.Span{c.Span}
				for _, v := range c.Variants {
					if v.ArticleID == aid {
						text, spans = v.Text, []crossread.Span{v.Span}
					}
				}
				cell.Href = citeHref(aid, spans, text)
				break
			}
			row.Cells = append(row.Cells, cell)
		}
		p.Claims = append(p.Claims, row)
	}
	for _, ss := range st.SingleSource {
		c, _ := citeFor(ss.ArticleID, []crossread.Span{ss.Span}, ss.Text)
		p.Single = append(p.Single, singleRow{Text: ss.Text, Why: ss.Why, Detail: ss.Detail, Cite: c})
	}
	for _, d := range st.Discrepancies {
		row := discRow{About: d.About, Kind: d.Kind}
		for _, v := range d.Variants {
			row.Variants = append(row.Variants, discVariant{Value: v.Value, Cites: cites(v.ArticleIDs, v.Spans, v.Value)})
		}
		p.Discrepancies = append(p.Discrepancies, row)
	}
	groups := map[string]*speakerGroup{}
	var order []string
	for _, q := range st.Quotes {
		key := firstNonEmpty(q.SpeakerEntity, q.Speaker, "Unattributed")
		g := groups[key]
		if g == nil {
			g = &speakerGroup{Speaker: key, Entity: q.SpeakerEntity}
			groups[key] = g
			order = append(order, key)
		}
		if q.Role != "" && !containsStr(g.Roles, q.Role) {
			g.Roles = append(g.Roles, q.Role)
		}
		c, _ := citeFor(q.ArticleID, []crossread.Span{q.Span}, q.Text)
		g.Quotes = append(g.Quotes, quoteRow{Text: q.Text, Cite: c, Role: q.Role})
	}
	for _, k := range order {
		p.Speakers = append(p.Speakers, *groups[k])
	}
	p.Timeline = newTimelineChart(st.Timeline, func(e crossread.TimelineEntry) []cite { return cites(e.ArticleIDs, e.Spans, e.Text) })
	types := map[string]*entityGroup{}
	var typeOrder []string
	for _, e := range st.Entities {
		t := firstNonEmpty(e.Type, "OTHER")
		if types[t] == nil {
			types[t] = &entityGroup{Type: t}
			typeOrder = append(typeOrder, t)
		}
		types[t].Entities = append(types[t].Entities, e)
	}
	rank := map[string]int{crossread.PERSON: 0, crossread.ORG: 1, crossread.LOC: 2, crossread.MISC: 3}
	sort.SliceStable(typeOrder, func(i, j int) bool {
		ri, ok := rank[typeOrder[i]]
		if !ok {
			ri = 9
		}
		rj, ok := rank[typeOrder[j]]
		if !ok {
			rj = 9
		}
		return ri < rj
	})
	for _, t := range typeOrder {
		g := types[t]
		sort.SliceStable(g.Entities, func(i, j int) bool { return g.Entities[i].Mentions > g.Entities[j].Mentions })
		for _, e := range g.Entities {
			g.Chips = append(g.Chips, entityChip{Name: e.Name, Href: "/entities/" + url.PathEscape(e.Name),
				Class: "chip-" + cssIdent(e.Type), Aliases: strings.Join(e.Aliases, ", "), Mentions: e.Mentions})
		}
		p.Entities = append(p.Entities, *g)
	}
	return p
}

func containsStr(list []string, s string) bool {
	for _, v := range list {
		if v == s {
			return true
		}
	}
	return false
}

// --- article ----------------------------------------------------------------

type articlePage struct {
	Article    *crossread.Article
	Title      string
	URL        string
	Paragraphs []paragraph
	Story      *crossread.Story
	Cited      bool
	CitedMiss  bool
	Counts     map[string]int
}

func (s *Server) pageArticle(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	a, err := s.db.FindArticleByID(ctx, r.PathValue("id"))
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	var st *crossread.Story
	if a.StoryID != "" {
		if st, err = s.db.FindStoryByID(ctx, a.StoryID); err != nil && crossread.ErrorCode(err) != crossread.ENOTFOUND {
			s.pageError(w, r, err)
			return
		}
	}
	marks := articleMarks(st, a.ID)
	p := articlePage{Article: a, URL: safeHref(a.URL), Story: st, Counts: map[string]int{}}
	for _, m := range marks {
		p.Counts[m.Kind]++
	}
	q := r.URL.Query()
	if hl := q.Get("hl"); hl != "" {
		p.CitedMiss = true
		if a0, b0, ok := strings.Cut(hl, "-"); ok {
			start, e1 := strconv.Atoi(a0)
			end, e2 := strconv.Atoi(b0)
			if e1 == nil && e2 == nil && validMark(a.Text, start, end) {
				marks = append(marks, mark{Start: start, End: end, Kind: "cited", Title: "cited"})
				p.Cited, p.CitedMiss = true, false
			}
		}
	}
	if find := q.Get("find"); find != "" && !p.Cited {
		p.CitedMiss = true
		if start, end, ok := findFolded(a.Text, truncate(find, 1000)); ok {
			marks = append(marks, mark{Start: start, End: end, Kind: "cited", Title: "cited"})
			p.Cited, p.CitedMiss = true, false
		}
	}
	p.Paragraphs = renderParagraphs(a.Text, marks)
	p.Title = articleTitle(a)
	s.render(w, r, http.StatusOK, "article", layoutData{PageTitle: p.Title, Body: p})
}

// --- entity -----------------------------------------------------------------

type entityPage struct {
	*EntityView
	Cards    []storyCard
	PrevHref string
	NextHref string
}

func (s *Server) pageEntity(w http.ResponseWriter, r *http.Request) {
	offset, limit, err := listParams(r.URL.Query())
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	v, err := s.entityView(r.Context(), r.PathValue("name"), offset, limit)
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	p := entityPage{EntityView: v}
	for _, sm := range v.Stories {
		p.Cards = append(p.Cards, newStoryCard(sm))
	}
	base := "/entities/" + url.PathEscape(r.PathValue("name"))
	if offset > 0 {
		p.PrevHref = fmt.Sprintf("%s?offset=%d", base, max(0, offset-limit))
	}
	if offset+len(v.Stories) < v.Total {
		p.NextHref = fmt.Sprintf("%s?offset=%d", base, offset+limit)
	}
	s.render(w, r, http.StatusOK, "entity", layoutData{PageTitle: v.Name, Body: p})
}

// --- sources ----------------------------------------------------------------

type sourcesPage struct {
	Feeds   []*sqlite.Feed
	Outlets []sqlite.Outlet
}

func (s *Server) pageSources(w http.ResponseWriter, r *http.Request) {
	feeds, err := s.db.Feeds(r.Context())
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	outlets, err := s.db.Outlets(r.Context())
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	s.render(w, r, http.StatusOK, "sources", layoutData{PageTitle: "Sources", Nav: "sources", Body: sourcesPage{Feeds: feeds, Outlets: outlets}})
}

func dayString(t crossread.Timestamp) string {
	if t.IsZero() {
		return "—"
	}
	return t.Time.Format("2 Jan 2006")
}
