package http

import (
	"context"
	"net/http"
	"net/url"
	"sort"
	"strconv"
	"strings"
	"time"

	"crossread"
	"crossread/sqlite"
)

// StorySummary is a story as lists show it.
type StorySummary struct {
	ID          string              `json:"id"`
	Title       string              `json:"title"`
	FirstSeen   crossread.Timestamp `json:"first_seen"`
	LastSeen    crossread.Timestamp `json:"last_seen"`
	Articles    int                 `json:"article_count"`
	Outlets     []string            `json:"outlets"`
	Coverage    []sqlite.DayCount   `json:"coverage"`
	TopEntities []EntityRef         `json:"top_entities"`
	Updated     time.Time           `json:"updated"`
}

// EntityRef names an entity.
type EntityRef struct {
	Name     string `json:"name"`
	Type     string `json:"type"`
	Mentions int    `json:"mentions"`
}

// Page describes a paginated list.
type Page struct {
	Total  int `json:"total"`
	Offset int `json:"offset"`
	Limit  int `json:"limit"`
}

const (
	defaultLimit = 20
	maxLimit     = 200
)

// listParams reads offset/limit (or page) from a query.
func listParams(q url.Values) (offset, limit int, err error) {
	limit = defaultLimit
	if v := q.Get("limit"); v != "" {
		n, e := strconv.Atoi(v)
		if e != nil || n < 1 {
			return 0, 0, crossread.Errorf(crossread.EINVALID, "limit must be a positive number")
		}
		limit = min(n, maxLimit)
	}
	if v := q.Get("offset"); v != "" {
		n, e := strconv.Atoi(v)
		if e != nil || n < 0 {
			return 0, 0, crossread.Errorf(crossread.EINVALID, "offset must be zero or more")
		}
		offset = n
	} else if v := q.Get("page"); v != "" {
		n, e := strconv.Atoi(v)
		if e != nil || n < 1 {
			return 0, 0, crossread.Errorf(crossread.EINVALID, "page must be 1 or more")
		}
		offset = (n - 1) * limit
	}
	if offset > 1_000_000 {
		return 0, 0, crossread.Errorf(crossread.EINVALID, "offset too large")
	}
	return offset, limit, nil
}

// parseDay reads a YYYY-MM-DD (or RFC 3339) bound.
func parseDay(name, v string) (time.Time, error) {
	if v == "" {
		return time.Time{}, nil
	}
	ts, err := crossread.ParseTimestamp(v)
	if err != nil {
		return time.Time{}, crossread.Errorf(crossread.EINVALID, "%s: %q is not a date (YYYY-MM-DD)", name, v)
	}
	return ts.Time, nil
}

// storyFilter reads the stories list's filters from a query.
func storyFilter(q url.Values) (crossread.StoryFilter, error) {
	var f crossread.StoryFilter
	var err error
	f.Offset, f.Limit, err = listParams(q)
	if err != nil {
		return f, err
	}
	f.Query = strings.TrimSpace(q.Get("q"))
	f.Entity = strings.TrimSpace(q.Get("entity"))
	f.Source = strings.TrimSpace(firstNonEmpty(q.Get("source"), q.Get("outlet")))
	f.Sort = q.Get("sort")
	if f.Sort != "" && f.Sort != "newest" && f.Sort != "biggest" {
		return f, crossread.Errorf(crossread.EINVALID, "sort must be newest or biggest")
	}
	if f.Since, err = parseDay("since", q.Get("since")); err != nil {
		return f, err
	}
	if f.Until, err = parseDay("until", q.Get("until")); err != nil {
		return f, err
	}
	if !f.Until.IsZero() && len(q.Get("until")) == len("2006-01-02") {
		f.Until = f.Until.AddDate(0, 0, 1) // an end day is inclusive
	}
	return f, nil
}

func firstNonEmpty(vs ...string) string {
	for _, v := range vs {
		if v != "" {
			return v
		}
	}
	return ""
}

// summaries decorates stories with their outlets, coverage and top entities.
// findSummaries is the page of stories f asks for, summarised, and how
// many stories match in all.
func (s *Server) findSummaries(ctx context.Context, f crossread.StoryFilter) ([]StorySummary, int, error) {
	stories, total, err := s.db.FindStoryHeads(ctx, f)
	if err != nil {
		return nil, 0, err
	}
	sums, err := s.summaries(ctx, stories)
	return sums, total, err
}

func (s *Server) summaries(ctx context.Context, stories []*crossread.Story) ([]StorySummary, error) {
	ids := make([]string, len(stories))
	for i, st := range stories {
		ids[i] = st.ID
	}
	stats, err := s.db.StoryStats(ctx, ids)
	if err != nil {
		return nil, err
	}
	out := make([]StorySummary, 0, len(stories))
	for _, st := range stories {
		sum := StorySummary{ID: st.ID, Title: st.Title, FirstSeen: st.FirstSeen, LastSeen: st.LastSeen,
			Articles: len(st.ArticleIDs), Updated: st.Updated, TopEntities: topEntities(st, 5)}
		if x := stats[st.ID]; x != nil {
			sum.Outlets, sum.Coverage = x.Outlets, x.Coverage
		}
		if sum.Outlets == nil {
			sum.Outlets = []string{}
		}
		if sum.Coverage == nil {
			sum.Coverage = []sqlite.DayCount{}
		}
		out = append(out, sum)
	}
	return out, nil
}

func topEntities(st *crossread.Story, n int) []EntityRef {
	ents := make([]crossread.Entity, len(st.Entities))
	copy(ents, st.Entities)
	sort.SliceStable(ents, func(i, j int) bool {
		a, b := ents[i], ents[j]
		if len(a.ArticleIDs) != len(b.ArticleIDs) {
			return len(a.ArticleIDs) > len(b.ArticleIDs)
		}
		return a.Mentions > b.Mentions
	})
	out := []EntityRef{}
	for _, e := range ents {
		if len(out) == n {
			break
		}
		if e.Name != "" {
			out = append(out, EntityRef{Name: e.Name, Type: e.Type, Mentions: e.Mentions})
		}
	}
	return out
}

// EntityView is everything known about an entity across stories.
type EntityView struct {
	Name     string         `json:"name"`
	Type     string         `json:"type"`
	Aliases  []string       `json:"aliases"`
	Mentions int            `json:"mentions"`
	Stories  []StorySummary `json:"stories"`
	Quotes   []EntityQuote  `json:"quotes"`
	Page
}

// EntityQuote is a quote by the entity, with where it was said.
type EntityQuote struct {
	crossread.Quote
	StoryID    string `json:"story_id"`
	StoryTitle string `json:"story_title"`
}

// entityView gathers the stories (newest first) that name the entity by
// any spelling, merging what each story knows about it.
func (s *Server) entityView(ctx context.Context, name string, offset, limit int) (*EntityView, error) {
	name = strings.TrimSpace(name)
	if name == "" {
		return nil, crossread.Errorf(crossread.EINVALID, "no entity name")
	}
	stories, total, err := s.db.FindStories(ctx, crossread.StoryFilter{Entity: name, Offset: offset, Limit: limit})
	if err != nil {
		return nil, err
	}
	if total == 0 {
		return nil, crossread.Errorf(crossread.ENOTFOUND, "no story mentions %q", name)
	}
	v := &EntityView{Name: name, Aliases: []string{}, Quotes: []EntityQuote{}, Page: Page{Total: total, Offset: offset, Limit: limit}}
	aliases := map[string]bool{}
	names := map[string]bool{strings.ToLower(name): true}
	canonical := map[string]int{}
	for _, st := range stories {
		for _, e := range st.Entities {
			if !entityMatches(e, name) {
				continue
			}
			canonical[e.Name] += e.Mentions + 1
			if v.Type == "" {
				v.Type = e.Type
			}
			v.Mentions += e.Mentions
			for _, a := range append([]string{e.Name}, e.Aliases...) {
				aliases[a] = true
				names[strings.ToLower(a)] = true
			}
		}
	}
	best := name
	for n, c := range canonical {
		if c > canonical[best] || (c == canonical[best] && len(n) > len(best)) {
			best = n
		}
	}
	v.Name = best
	for a := range aliases {
		if a != v.Name {
			v.Aliases = append(v.Aliases, a)
		}
	}
	sort.Strings(v.Aliases)
	for _, st := range stories {
		for _, q := range st.Quotes {
			if names[strings.ToLower(q.SpeakerEntity)] || names[strings.ToLower(q.Speaker)] {
				v.Quotes = append(v.Quotes, EntityQuote{Quote: q, StoryID: st.ID, StoryTitle: st.Title})
			}
		}
	}
	if v.Stories, err = s.summaries(ctx, stories); err != nil {
		return nil, err
	}
	return v, nil
}

func entityMatches(e crossread.Entity, name string) bool {
	if strings.EqualFold(e.Name, name) {
		return true
	}
	for _, a := range e.Aliases {
		if strings.EqualFold(a, name) {
			return true
		}
	}
	return false
}

// storyArticles loads a story's articles in the story's order; withText
// false leaves out their text (pages list articles, the API returns them).
func (s *Server) storyArticles(ctx context.Context, st *crossread.Story, withText bool) ([]*crossread.Article, error) {
	find := s.db.FindArticleHeads
	if withText {
		find = s.db.FindArticles
	}
	arts, _, err := find(ctx, crossread.ArticleFilter{StoryID: st.ID})
	if err != nil {
		return nil, err
	}
	byID := make(map[string]*crossread.Article, len(arts))
	for _, a := range arts {
		byID[a.ID] = a
	}
	out := make([]*crossread.Article, 0, len(st.ArticleIDs))
	for _, id := range st.ArticleIDs {
		if a := byID[id]; a != nil {
			out = append(out, a)
			delete(byID, id)
		}
	}
	for _, a := range arts { // members the story's blob does not list
		if byID[a.ID] != nil {
			out = append(out, a)
		}
	}
	return out, nil
}

// safeHref returns u when it is an http(s) URL, else "": article URLs come
// from untrusted input and must never become javascript: links.
func safeHref(u string) string {
	p, err := url.Parse(strings.TrimSpace(u))
	if err != nil || (p.Scheme != "http" && p.Scheme != "https") || p.Host == "" {
		return ""
	}
	return p.String()
}

func wantsJSON(r *http.Request) bool {
	return strings.Contains(r.Header.Get("Accept"), "application/json")
}
