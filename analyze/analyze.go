// Package analyze wires the analysis stages in their fixed order:
//
//	per article: sentences → entity mentions → quotes → dates → numbers
//	per corpus:  near-duplicates → story grouping
//	per story:   entity merging → quote speakers linked → timeline →
//	             claims, single-source facts, discrepancies → brief
//
// Each stage is a pure function of its inputs, so the order written here is
// the only place it is decided.
package analyze

import (
	"runtime"
	"sort"
	"strings"
	"sync"
	"time"

	"crossread"
	"crossread/brief"
	"crossread/claim"
	"crossread/cluster"
	"crossread/dedup"
	"crossread/entity"
	"crossread/nlp"
	"crossread/number"
	"crossread/quote"
	"crossread/timex"
)

// Options tune a run.
type Options struct {
	Jobs       int // workers for the per-article stages; 0 = all cores
	BriefWords int
}

// Document runs the per-article stages on a.
func Document(a *crossread.Article) *crossread.Doc {
	doc := &crossread.Doc{Article: a}
	doc.Sentences = nlp.Sentences(a.ID, a.Text)
	doc.Mentions = entity.Recognize(doc)
	doc.Quotes = quote.Extract(doc)
	doc.Mentions = append(doc.Mentions, entity.SpeakerMentions(doc)...)
	doc.Times = timex.ExtractArticle(a, a.Published.Time)
	lang, _, _ := strings.Cut(strings.ToLower(a.Language), "-")
	doc.Numbers = number.ExtractIn(a.ID, a.Text, lang)
	a.Cites = claim.Cites(doc)
	return doc
}

// Documents runs Document on every article, in parallel, keeping order.
func Documents(articles []*crossread.Article, jobs int) []*crossread.Doc {
	if jobs <= 0 {
		jobs = runtime.GOMAXPROCS(0)
	}
	docs := make([]*crossread.Doc, len(articles))
	var wg sync.WaitGroup
	next := make(chan int)
	for w := 0; w < jobs; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				docs[i] = Document(articles[i])
			}
		}()
	}
	for i := range articles {
		next <- i
	}
	close(next)
	wg.Wait()
	return docs
}

// Grouper marks near-duplicates and places articles in stories. It can be
// seeded with stories placed by an earlier run, so that today's articles
// extend yesterday's stories under the same ids.
type Grouper struct {
	dups     *dedup.Index
	cl       *cluster.Clusterer
	order    []string          // story ids in order of creation or seeding
	known    map[string]bool   // story ids in order
	placed   []string          // article ids seeded or added, in that order
	followUp map[string]string // story id → the story it follows up
}

// NewGrouper returns an empty grouper. A grouper places one finite batch
// (an analyze or ingest run), so its clusterer keeps every story, however
// old: an undated article, placed after the dated ones, may still join a
// story whose days have passed.
func NewGrouper() *Grouper {
	cfg := cluster.DefaultConfig()
	cfg.Batch = true
	return &Grouper{dups: dedup.New(), cl: cluster.NewWithConfig(cfg), known: map[string]bool{}, followUp: map[string]string{}}
}

// Seed restores a stored story with its articles (their DuplicateOf as
// stored), so that later articles can join it and copies of its articles
// are recognised.
func (g *Grouper) Seed(storyID, followUpOf string, members []*crossread.Article) {
	for _, a := range sortByDate(members) {
		g.dups.Add(a)
		g.placed = append(g.placed, a.ID)
	}
	g.cl.Seed(storyID, members)
	if followUpOf != "" {
		g.followUp[storyID] = followUpOf
		g.cl.SetFollowUp(storyID, followUpOf)
	}
	g.note(storyID)
}

// Add places articles in publication order (undated articles last, then by
// id, so the result does not depend on input order), marking copies.
func (g *Grouper) Add(articles []*crossread.Article) {
	for _, a := range sortByDate(articles) {
		if m, ok := g.dups.Add(a); ok && m.ID != a.ID {
			a.DuplicateOf, a.Similarity = m.ID, m.Similarity
		}
		as := g.cl.Add(a)
		g.placed = append(g.placed, a.ID)
		g.note(as.StoryID)
		if as.FollowUpOf != "" {
			g.followUp[as.StoryID] = as.FollowUpOf
		}
	}
	g.cl.Refine()
}

func (g *Grouper) note(storyID string) {
	if !g.known[storyID] {
		g.known[storyID] = true
		g.order = append(g.order, storyID)
	}
}

// Stories returns the current stories in order of creation, with their
// article ids; stories merged into another are gone, their articles moved.
func (g *Grouper) Stories() (order []string, members map[string][]string) {
	members = map[string][]string{}
	for _, id := range g.placed {
		// stories split off by the clusterer's refinement were never
		// returned by Add
		if sid, ok := g.cl.StoryOf(id); ok {
			g.note(sid)
		}
	}
	seen := make(map[string]bool, len(g.placed))
	for _, id := range g.placed {
		sid, ok := g.cl.StoryOf(id)
		if !ok || seen[id] {
			continue
		}
		seen[id] = true
		members[sid] = append(members[sid], id)
	}
	for _, sid := range g.order {
		if len(members[sid]) > 0 && g.cl.Canonical(sid) == sid {
			order = append(order, sid)
		}
	}
	return order, members
}

// Canonical returns the id a story is now known by (after merges).
func (g *Grouper) Canonical(storyID string) string { return g.cl.Canonical(storyID) }

// FollowUpOf returns the story that storyID follows up, if any.
func (g *Grouper) FollowUpOf(storyID string) string {
	if f := g.followUp[storyID]; f != "" {
		return g.cl.Canonical(f)
	}
	return ""
}

func sortByDate(articles []*crossread.Article) []*crossread.Article {
	sorted := append([]*crossread.Article(nil), articles...)
	sort.SliceStable(sorted, func(i, j int) bool {
		a, b := sorted[i], sorted[j]
		if a.Published.IsZero() != b.Published.IsZero() {
			return !a.Published.IsZero()
		}
		if !a.Published.Time.Equal(b.Published.Time) {
			return a.Published.Time.Before(b.Published.Time)
		}
		return a.ID < b.ID
	})
	return sorted
}

// Group marks near-duplicates and places every article in a story. It
// returns the story ids in order of creation and the article ids of each.
func Group(articles []*crossread.Article) (order []string, members map[string][]string, followUp map[string]string) {
	g := NewGrouper()
	g.Add(articles)
	order, members = g.Stories()
	followUp = map[string]string{}
	for _, sid := range order {
		if f := g.FollowUpOf(sid); f != "" {
			followUp[sid] = f
		}
	}
	return order, members, followUp
}

// Story runs the per-story stages on the documents of one story.
func Story(id string, docs []*crossread.Doc, opt Options) *crossread.Story {
	s := &crossread.Story{ID: id}
	for _, d := range docs {
		a := d.Article
		s.ArticleIDs = append(s.ArticleIDs, a.ID)
		if !a.Published.IsZero() {
			if s.FirstSeen.IsZero() || a.Published.Time.Before(s.FirstSeen.Time) {
				s.FirstSeen = a.Published
			}
			if s.LastSeen.IsZero() || a.Published.Time.After(s.LastSeen.Time) {
				s.LastSeen = a.Published
			}
		}
	}
	// An undated article's relative dates ("on Tuesday") are read against
	// the story's latest publication date rather than left unresolved.
	if ref := timex.StoryRef(docs); !ref.IsZero() {
		for _, d := range docs {
			if d.Article.Published.IsZero() {
				d.Times = timex.ExtractArticle(d.Article, ref)
			}
		}
	}
	s.Title = storyTitle(docs, "")
	s.Entities = entity.Merge(docs)
	s.Quotes = entity.LinkSpeakers(docs, s.Entities)
	s.Timeline = timex.Timeline(docs)
	cc := claim.Analyze(docs, s.Entities)
	s.Claims, s.SingleSource, s.Discrepancies = cc.Claims, cc.SingleSource, cc.Discrepancies
	s.Brief = brief.Build(s, docs, brief.Options{Words: opt.BriefWords, Alignment: cc.Alignment})
	if hap := s.Brief.Section(crossread.SectionHappening); hap != nil && len(hap.Sentences) > 0 &&
		sameHeadline(hap.Sentences[0].Text, s.Title) {
		// The brief opens with the story's title as a sentence: the heading
		// takes the next headline rather than say it twice.
		if t := storyTitle(docs, s.Title); t != "" {
			s.Title = t
		}
	}
	s.Updated = time.Now()
	return s
}

// Run analyses a whole corpus: documents, groups, stories. Stories come in
// order of size (largest first), then of first article.
func Run(articles []*crossread.Article, opt Options) ([]*crossread.Doc, []*crossread.Story) {
	order, members, followUp := Group(articles)
	docs := Documents(articles, opt.Jobs)
	byID := make(map[string]*crossread.Doc, len(docs))
	for _, d := range docs {
		byID[d.Article.ID] = d
	}
	var stories []*crossread.Story
	for _, sid := range order {
		var sd []*crossread.Doc
		for _, aid := range members[sid] {
			sd = append(sd, byID[aid])
		}
		st := Story(sid, sd, opt)
		st.FollowUpOf = followUp[sid]
		for _, d := range sd {
			d.Article.StoryID = sid
		}
		stories = append(stories, st)
	}
	sort.SliceStable(stories, func(i, j int) bool { return len(stories[i].ArticleIDs) > len(stories[j].ArticleIDs) })
	return docs, stories
}

// storyTitle is the headline that best says what the whole story is about:
// the title whose content words the other articles use most, ties going to
// the earlier article. An original beats a copy. A headline equal to
// except is passed over.
func storyTitle(docs []*crossread.Doc, except string) string {
	if len(docs) == 1 {
		return docs[0].Article.Title
	}
	texts := make([]map[string]bool, len(docs))
	for i, d := range docs {
		texts[i] = map[string]bool{}
		for _, t := range nlp.Terms(d.Article.Title + "\n" + d.Article.Text) {
			texts[i][t] = true
		}
	}
	best, bestScore := "", -1.0
	for i, d := range docs {
		title := d.Article.Title
		if title == "" || except != "" && sameHeadline(title, except) {
			continue
		}
		terms := nlp.Terms(title)
		if len(terms) == 0 {
			continue
		}
		score := 0.0
		for j := range docs {
			if j == i {
				continue
			}
			hit := 0
			for _, t := range terms {
				if texts[j][t] {
					hit++
				}
			}
			score += float64(hit) / float64(len(terms))
		}
		if d.Article.DuplicateOf != "" {
			score *= 0.5
		}
		if score > bestScore {
			best, bestScore = title, score
		}
	}
	return best
}

// sameHeadline reports two headlines equal but for case, white space and a
// closing full stop.
func sameHeadline(a, b string) bool {
	norm := func(s string) string {
		return strings.TrimSuffix(strings.Join(strings.Fields(strings.ToLower(s)), " "), ".")
	}
	return norm(a) != "" && norm(a) == norm(b)
}
