// Package brief writes a story's extractive brief (every sentence taken from
// the articles and citing every article that carries it), renders it as
// Markdown, HTML or JSON, and verifies briefs against their sources.
//
// Selection order is fixed: What's happening opens with the headline that
// shares most with the other outlets and then takes, greedily, the
// statements that cover most of the words several sources use (see
// Selection); Why it matters, What's next and Beyond the headlines take
// the remaining statements by their cue words; then come the discrepancies,
// the single-source facts, the quotes and the timeline. A sentence already
// chosen, or one saying nearly the same, is never chosen again; past What's
// happening, neither is one restating the brief in other words, nor one
// opening with a description ("During the summit", "The country") the brief
// has not yet introduced (see reference.go).
package brief

import (
	"math"
	"regexp"
	"slices"
	"sort"
	"strings"
	"unicode"

	"crossread"
	"crossread/claim"
)

// Options tune the brief.
type Options struct {
	Words     int        // length budget of the narrative sections in words; 0 = DefaultWords
	Selection *Selection // how What's happening picks sentences; nil = DefaultSelection
	// Alignment is claim.Analyze's alignment of the same documents and
	// entities, when the caller has it: aligning is the costly part of a
	// brief, so it is not done twice. Nil: Build aligns itself.
	Alignment *claim.Alignment
	// HappeningWords, when set, is What's happening's budget in words in
	// place of its share of Words (a summary of a given length is asked
	// for; the other sections keep their shares).
	HappeningWords int
}

// DefaultWords is the narrative budget when Options.Words is 0.
const DefaultWords = 250

// Share of the narrative budget each narrative section may use; what a
// section leaves unused passes to the next.
var narrativeShare = []struct {
	title string
	share float64
}{
	{crossread.SectionHappening, 0.4},
	{crossread.SectionMatters, 0.2},
	{crossread.SectionNext, 0.2},
	{crossread.SectionBeyond, 0.2},
}

// minOnlyWords: a fact worth listing or opening a brief with says who did
// what, and that takes a full sentence; shorter lines that pass for
// statements are mostly headings glued to a credit ("Reuters Caveats and
// doubts remain.").
const minOnlyWords = 8

// Caps on the list sections.
const (
	maxDiffer   = 6
	maxOnly     = 5
	maxSaid     = 5
	maxTimeline = 12
)

var (
	mattersRE = regexp.MustCompile(`(?i)\b(significan\w*|signal\w*|means|meaning|because|aims?|aimed|strategic\w*|important|importance|implications?|reflects?|highlights?|underscores?|shift\w*|impact\w*|consequences?|crucial|critical|intended|seeks?|seeking|in order to|symbolic\w*|benefit\w*|leverage|stakes?|matters|why)\b`)
	nextRE    = regexp.MustCompile(`(?i)\b(will|expected|expects?|plans?|planned|planning|upcoming|scheduled|set to|next (?:week|month|year)|later this|due to (?:be|take|meet|vote)|forthcoming|approaches|coming (?:days|weeks|months)|in the coming|future|prospects?|is to be|are to be|remains to be seen|likely to)\b`)
	beyondRE  = regexp.MustCompile(`(?i)\b(since|history|historically|previously|formerly|originally|long\w*|decades?|years ago|background|context|traditionally|broader|wider|beyond|already|earlier|first|founded|established|were (?:signed|designed|initiated|created)|region\w*|global\w*|world)\b`)
)

// Build writes the brief of an analysed story.
func Build(story *crossread.Story, docs []*crossread.Doc, opt Options) crossread.Brief {
	if len(docs) == 0 {
		return crossread.Brief{}
	}
	b := newBuilder(story, docs, opt)
	var out crossread.Brief
	budget := 0.0
	for i, ns := range narrativeShare {
		budget += ns.share * float64(b.words)
		if ns.title == crossread.SectionHappening && opt.HappeningWords > 0 {
			budget = float64(opt.HappeningWords)
		}
		sec := b.narrative(ns.title, i, int(math.Round(budget)))
		budget -= float64(wordCount(sec))
		out.Sections = append(out.Sections, crossread.BriefSection{Title: ns.title, Sentences: sec})
	}
	out.Sections = append(out.Sections,
		crossread.BriefSection{Title: crossread.SectionDiffer, Sentences: b.differ()},
		crossread.BriefSection{Title: crossread.SectionOnly, Sentences: b.only()},
		crossread.BriefSection{Title: crossread.SectionSaid, Sentences: b.said()},
		crossread.BriefSection{Title: crossread.SectionTimeline, Sentences: b.timeline()},
		crossread.BriefSection{Title: crossread.SectionSources, Sentences: b.sources()},
	)
	b.splitCitations(&out)
	b.markDisputed(&out)
	return out
}

// markDisputed notes, on each sentence of the narrative sections and the
// timeline, the disputed figures and dates it gives (the lines of Where
// sources differ whose value it holds), so that a reader knows the
// sentence is one account of them.
func (b *builder) markDisputed(out *crossread.Brief) {
	for si := range out.Sections {
		sec := &out.Sections[si]
		if !narrativeSection(sec.Title) && sec.Title != crossread.SectionTimeline {
			continue
		}
		for i := range sec.Sentences {
			s := &sec.Sentences[i]
			for _, d := range b.story.Discrepancies {
				switch d.Kind {
				case claim.KindNumber, claim.KindDate, claim.KindYear, claim.KindToll, claim.KindRating:
				default:
					continue
				}
				if (disputedIn(d, s.Spans) || len(s.Spans) == 0 && headlineGives(d, s)) && !slices.Contains(s.Disputed, d.About) {
					s.Disputed = append(s.Disputed, d.About)
				}
			}
		}
	}
}

// headlineGives: s, a headline (a sentence without spans in its
// article's text), writes a value of d its article gives ("Five skiers
// killed in avalanche near Chamonix" beside the death toll five · quatre).
func headlineGives(d crossread.Discrepancy, s *crossread.BriefSentence) bool {
	low := strings.ToLower(s.Text)
	for _, v := range d.Variants {
		if !slices.ContainsFunc(v.ArticleIDs, func(id string) bool { return slices.Contains(s.ArticleIDs, id) }) {
			continue
		}
		if val := strings.ToLower(v.Value); val != "" && claim.ContainsWord(low, val) {
			return true
		}
	}
	return false
}

// disputedIn: a value of d stands inside one of spans.
func disputedIn(d crossread.Discrepancy, spans []crossread.Span) bool {
	for _, v := range d.Variants {
		for _, vs := range v.Spans {
			for _, sp := range spans {
				if vs.ArticleID == sp.ArticleID && vs.Start >= sp.Start && vs.End <= sp.End && vs.End > vs.Start {
					return true
				}
			}
		}
	}
	return false
}

// splitCitations keeps in ArticleIDs only the articles in which the sentence
// stands word for word (after folding white space, case and quotation
// marks), so a reader who opens a citation finds the sentence itself; the
// articles that state the same fact in their own words move to SupportedBy.
// A sentence that no cited article holds word for word is dropped.
func (b *builder) splitCitations(out *crossread.Brief) {
	for si := range out.Sections {
		sec := &out.Sections[si]
		if sec.Title == crossread.SectionSources {
			continue
		}
		kept := sec.Sentences[:0]
		for _, s := range sec.Sentences {
			var ids, also []string
			var spans []crossread.Span
			for _, id := range s.ArticleIDs {
				if b.v.verbatim(s.Text, id) {
					ids = append(ids, id)
				} else {
					also = append(also, id)
				}
			}
			for _, sp := range s.Spans {
				if contains(ids, sp.ArticleID) {
					spans = append(spans, sp)
				}
			}
			if len(ids) == 0 {
				continue
			}
			for _, id := range also {
				if !contains(s.SupportedBy, id) && b.v.contradicts(s.Text, id) == "" {
					s.SupportedBy = append(s.SupportedBy, id)
				}
			}
			s.ArticleIDs, s.Spans = ids, spans
			kept = append(kept, s)
		}
		sec.Sentences = kept
	}
}

type builder struct {
	cues     cues
	story    *crossread.Story
	docs     []*crossread.Doc
	al       *claim.Alignment
	articles map[string]*crossread.Article
	v        *verifier
	words    int
	chosen   []*claim.Sentence
	used     map[*claim.Group]bool
	centroid map[string]float64
	sel      Selection
	central  map[*claim.Sentence]float64 // centrality, once worked out
	opinion  map[string]bool             // article id → an opinion piece set aside (opinionAside)
	reserved map[*claim.Sentence]bool    // leads Only reported by will give with their fact
}

// What's happening ranks statements by independent support, then by how
// much of them the other outlets say, how close they are to the story's
// centroid (headlines included: they say what the story is about) and how
// early they come in their article.
var (
	centroidWeight = 1.0
	titleWeight    = 2.0
)

func newBuilder(story *crossread.Story, docs []*crossread.Doc, opt Options) *builder {
	b := &builder{story: story, docs: docs, words: opt.Words, used: map[*claim.Group]bool{}, cues: cues{}, central: map[*claim.Sentence]float64{},
		articles: map[string]*crossread.Article{}}
	if b.words <= 0 {
		b.words = DefaultWords
	}
	b.sel = DefaultSelection
	if opt.Selection != nil {
		b.sel = *opt.Selection
	}
	for _, d := range docs {
		b.articles[d.Article.ID] = d.Article
	}
	b.v = newVerifier(b.articles)
	b.al = opt.Alignment
	if b.al == nil {
		b.al = claim.Align(docs, story.Entities)
	}
	var titles []string
	for _, d := range docs {
		if d.Article.DuplicateOf == "" && d.Article.Title != "" {
			titles = append(titles, d.Article.Title)
		}
	}
	b.centroid = b.al.Centroid(titleWeight, titles...)
	b.reserveLeads()
	return b
}

// cite returns the brief sentence for x: its own text, cited by every
// article of its group that supports it, its own article first.
func (b *builder) cite(x *claim.Sentence) crossread.BriefSentence {
	s := crossread.BriefSentence{Text: x.Text, ArticleIDs: []string{x.ArticleID()}, Spans: []crossread.Span{x.Span}}
	g := b.al.GroupOf[x]
	if g == nil {
		return s
	}
	for _, m := range g.Members {
		if m == x || contains(s.ArticleIDs, m.ArticleID()) || contains(s.SupportedBy, m.ArticleID()) {
			continue
		}
		// a sentence giving another value of a disputed figure or date
		// ("1. Januar 2027" against "1. Januar 2028") supports nothing
		if b.contradicts(x.Text, m.Text) || b.v.contradicts(x.Text, m.ArticleID()) != "" || b.givesOther(x, m.ArticleID()) ||
			ordinalsDiffer(x.Text, m.Text) {
			continue
		}
		if ok, _ := b.v.carries(x.Text, m.ArticleID()); ok {
			s.ArticleIDs = append(s.ArticleIDs, m.ArticleID())
			s.Spans = append(s.Spans, m.Span)
		} else {
			// the alignment found the same fact there, in other words
			// and with other details: support, not a citation
			s.SupportedBy = append(s.SupportedBy, m.ArticleID())
		}
	}
	return s
}

func contains(ids []string, id string) bool {
	for _, x := range ids {
		if x == id {
			return true
		}
	}
	return false
}

// redundant: x says what a chosen sentence already says.
func (b *builder) redundant(x *claim.Sentence) bool {
	if g := b.al.GroupOf[x]; g != nil && b.used[g] {
		return true
	}
	for _, c := range b.chosen {
		if c == x || claim.Similarity(c, x) >= claim.Redundant || containedIn(x, c) {
			return true
		}
	}
	return false
}

// containedIn: nearly every content word of x is already in c.
func containedIn(x, c *claim.Sentence) bool {
	if len(x.Stems) == 0 {
		return false
	}
	have := set(c.Stems)
	n := 0
	for _, s := range x.Stems {
		if have[s] {
			n++
		}
	}
	return float64(n) >= 0.8*float64(len(x.Stems))
}

func (b *builder) take(x *claim.Sentence) {
	b.chosen = append(b.chosen, x)
	if g := b.al.GroupOf[x]; g != nil {
		b.used[g] = true
	}
}

// centrality is how much of x the other sources also say: for each other
// source, the best similarity of one of its sentences, averaged.
// It is asked for the same sentence by several sections, so it is
// remembered, and summed in source order so that it is the same to the last
// bit on every run.
func (b *builder) centrality(x *claim.Sentence) float64 {
	if c, ok := b.central[x]; ok {
		return c
	}
	if b.al.Sources <= 1 {
		b.central[x] = 0
		return 0
	}
	best := make([]float64, b.al.Sources)
	keep := func(y *claim.Sentence, s float64) {
		if y.Source != x.Source && s > best[y.Source] {
			best[y.Source] = s
		}
	}
	// the statements sharing no term with x, at 0, change no maximum
	if !b.al.SimilarStatements(x, keep) {
		for _, y := range b.al.Sentences {
			if y.Statement {
				keep(y, claim.Similarity(x, y))
			}
		}
	}
	var sum float64
	for _, s := range best {
		sum += s
	}
	c := sum / float64(b.al.Sources-1)
	b.central[x] = c
	return c
}

// candidate is a statement with its ranking for one section.
type candidate struct {
	x     *claim.Sentence
	score float64
}

// narrative fills one narrative section up to about budget words.
func (b *builder) narrative(title string, idx, budget int) []crossread.BriefSentence {
	if title == crossread.SectionHappening && (b.sel.Method == "cover" || b.sel.Method == "article") {
		return b.cover(budget)
	}
	if title == crossread.SectionHappening && b.sel.Method == "consensus" {
		return b.consensus(budget)
	}
	var cands []candidate
	for _, g := range b.al.Groups {
		x := g.Rep
		if b.used[g] {
			continue
		}
		var score float64
		switch title {
		case crossread.SectionHappening:
			if !b.sel.Quotes && b.sel.Method != "" && hasQuotation(x.Text) {
				continue
			}
			c := b.centrality(x)
			// one outlet's analysis or outlook goes to its own section,
			// unless it opens the article: a lead says what happened
			if g.Support < 2 && c < 0.25 && x.Index > 1 && b.cues.best(x.Text) != "" {
				continue
			}
			score = float64(g.Support) + c + 0.5/float64(1+x.Index) + centroidWeight*claim.CentroidSimilarity(x, b.centroid)
		default:
			// quotations belong to Who said what
			if hasQuotation(x.Text) {
				continue
			}
			cue := b.cues.score(title, x.Text)
			if cue == 0 || b.cues.best(x.Text) != title && !(title == crossread.SectionNext && b.futureDated(x)) {
				continue
			}
			if title == crossread.SectionNext && b.futureDated(x) {
				cue += 2
			}
			score = cue + 0.5*float64(g.Support) + b.centrality(x)
		}
		cands = append(cands, candidate{x, score})
	}
	sort.SliceStable(cands, func(i, j int) bool { return cands[i].score > cands[j].score })
	var out []crossread.BriefSentence
	words := 0
	for _, c := range cands {
		if words >= budget {
			break
		}
		x := c.x
		if b.redundant(x) || b.disputed(x) || b.asideSentence(x) {
			continue
		}
		if title != crossread.SectionHappening && (b.restates(x) || b.reserved[x]) {
			continue
		}
		if !reportsNews(x.Text) || partQuotation(x.Text) {
			// "I intend to …" outside quotation marks is a statement's
			// own voice, and half a quotation reads as neither
			continue
		}
		var lead *claim.Sentence
		if !claim.StandsAlone(x.Text) {
			lead = b.antecedent(x)
			if lead == nil || !claim.QuotesPair(lead.Text+" "+x.Text) || !reportsNews(lead.Text) {
				continue // nothing to lean on, or both inside a quotation opened earlier
			}
		} else if h := definiteHead(x.Text); h != "" && title != crossread.SectionHappening && !b.mentioned(h) {
			// "During the summit, …" with no summit before it in the
			// brief: given after the sentence that introduces it, or
			// left for another candidate
			if lead = b.introducer(x, h); lead == nil {
				continue
			}
		}
		n := len(claim.Words(x.Text))
		if lead != nil {
			n += len(claim.Words(lead.Text))
		}
		if len(out) > 0 && float64(words+n) > 1.2*float64(budget) {
			continue
		}
		if lead != nil {
			b.take(lead)
			out = append(out, b.cite(lead))
		}
		b.take(x)
		out = append(out, b.cite(x))
		words += n
	}
	return out
}

// asideSentence: x supports the brief's narrative but is none of its
// sentences: its article is in another language than most of the
// story's, or an opinion piece beside news reports whose fact no news
// report states too (a column's lead that a report corroborates may tell
// the story; its opinions may not).
func (b *builder) asideSentence(x *claim.Sentence) bool {
	if b.al.MinorityLanguage(x.Doc.Article) {
		return true
	}
	if !b.opinionAside(x.Doc.Article) {
		return false
	}
	if g := b.al.GroupOf[x]; g != nil {
		for _, m := range g.Members {
			if !b.opinionAside(m.Doc.Article) {
				return false
			}
		}
	}
	return true
}

// opinionLead: x is the first statement of its article, its lead.
func (b *builder) opinionLead(x *claim.Sentence) bool {
	n := 0
	for _, y := range b.al.Sentences {
		if y.Doc != x.Doc || !y.Statement {
			continue
		}
		if y == x {
			return true
		}
		if n++; n == 1 {
			return false
		}
	}
	return false
}

// opinionAside: art is an opinion piece and the story has news reports;
// a column's claims are its writer's, not what the outlets report.
func (b *builder) opinionAside(art *crossread.Article) bool {
	if b.opinion == nil {
		b.opinion = map[string]bool{}
		news := false
		for _, d := range b.docs {
			op := crossread.IsOpinion(d.Article)
			b.opinion[d.Article.ID] = op
			news = news || !op
		}
		if !news {
			clear(b.opinion) // all opinion: nothing to set them aside for
		}
	}
	return b.opinion[art.ID]
}

// disputed: x states a value the outlets disagree on; Where sources
// differ shows it with the other values. A figure or date is left out
// only when more articles give another value: the value most articles
// give is the story's, and of values given equally often the sentence
// may state one, cited, while Where sources differ shows the others.
func (b *builder) disputed(x *claim.Sentence) bool {
	for _, d := range b.story.Discrepancies {
		if d.Kind == claim.KindSpelling || d.Kind == claim.KindRole || d.Kind == claim.KindJournal || d.Kind == claim.KindAircraft {
			continue
		}
		for i, v := range d.Variants {
			for _, sp := range v.Spans {
				if sp.ArticleID == x.ArticleID() && sp.Start >= x.Span.Start && sp.End <= x.Span.End &&
					(outvoted(d, i) || b.statedOtherwise(d, i)) {
					return true
				}
			}
		}
	}
	return false
}

// givesOther: x states one value of a disputed figure or date (or a
// person's title) and article id gives another, anywhere ("5.9% in February" cited "also" by an outlet
// whose "Annual inflation stood at 5.8%" is the other side).
func (b *builder) givesOther(x *claim.Sentence, id string) bool {
	for _, d := range b.story.Discrepancies {
		if !valueKind(d.Kind) && d.Kind != claim.KindRole && d.Kind != claim.KindJournal && d.Kind != claim.KindAircraft {
			continue
		}
		mine, theirs, same := false, false, false
		for _, v := range d.Variants {
			inX, inID := false, false
			for _, sp := range v.Spans {
				inX = inX || sp.ArticleID == x.ArticleID() && sp.Start >= x.Span.Start && sp.End <= x.Span.End
				inID = inID || sp.ArticleID == id
			}
			if inX {
				mine = true
				same = same || inID
			} else if inID {
				theirs = true
			}
		}
		if mine && theirs && !same {
			return true
		}
	}
	return false
}

// outvotedDate: x gives a day or a year of an event that more outlets give
// otherwise.
func (b *builder) outvotedDate(x *claim.Sentence) bool {
	for _, d := range b.story.Discrepancies {
		if d.Kind != claim.KindDate && d.Kind != claim.KindYear {
			continue
		}
		for i, v := range d.Variants {
			for _, sp := range v.Spans {
				if sp.ArticleID == x.ArticleID() && sp.Start >= x.Span.Start && sp.End <= x.Span.End && outvoted(d, i) {
					return true
				}
			}
		}
	}
	return false
}

// contradicts: the two texts give different values of one figure or date
// the outlets disagree on (a tie that disputed let through): a brief
// states one side, and Where sources differ shows both.
func (b *builder) contradicts(p, q string) bool {
	for _, d := range b.story.Discrepancies {
		if !valueKind(d.Kind) {
			continue
		}
		for i, v := range d.Variants {
			if !claim.ContainsWord(p, v.Value) {
				continue
			}
			for j, w := range d.Variants {
				if j != i && claim.ContainsWord(q, w.Value) && !claim.ContainsWord(q, v.Value) {
					return true
				}
			}
		}
	}
	return false
}

// statedOtherwise: a sentence already in the brief gives another value of
// d than variant i: the brief states one side of a tie, not both.
func (b *builder) statedOtherwise(d crossread.Discrepancy, i int) bool {
	for j, v := range d.Variants {
		if j == i {
			continue
		}
		for _, c := range b.chosen {
			if claim.ContainsWord(c.Text, v.Value) {
				return true
			}
		}
	}
	return false
}

// valueKind: a discrepancy between values (figures, dates, tolls), of
// which one may be stated, as against lists, spellings and quotations.
func valueKind(kind string) bool {
	switch kind {
	case claim.KindNumber, claim.KindToll, claim.KindDate, claim.KindYear, claim.KindRating:
		return true
	}
	return false
}

// outvoted: another value of a figure's or date's discrepancy is given by
// more articles than variant i; for the other kinds (lists, quotations),
// any variant is.
func outvoted(d crossread.Discrepancy, i int) bool {
	if !valueKind(d.Kind) {
		return true
	}
	for j, v := range d.Variants {
		if j != i && len(v.ArticleIDs) > len(d.Variants[i].ArticleIDs) {
			return true
		}
	}
	return false
}

// readable gives x as a reader can take it out of its article: x itself
// when it stands alone, else x with the sentence before it when that one
// is in the same paragraph and stands alone (the article's own text from
// the one's start to the other's end). Captions are never readable.
func (b *builder) readable(x *claim.Sentence) (string, []crossread.Span, bool) {
	return b.readableItem(x, false)
}

// readableItem is readable; with named, a sentence opening with a bare
// definite description needs an earlier sentence of its paragraph naming
// what it stands for: a list item is read on its own, and "The country is
// pursuing …" says which country no more than "It is pursuing …" does.
func (b *builder) readableItem(x *claim.Sentence, named bool) (string, []crossread.Span, bool) {
	if x.Caption {
		return "", nil, false
	}
	needName := named && definiteHead(x.Text) != ""
	if claim.StandsAlone(x.Text) && !needName {
		return x.Text, []crossread.Span{x.Span}, true
	}
	// walk back through the paragraph, two sentences at most, to one that
	// the rest can lean on: "Norvia joins the pact in March. The country
	// seeks partners. This includes a $2 billion deal."
	prev := x
	for steps := 0; ; steps++ {
		prev = b.previous(prev)
		if steps == 2 || prev == nil || prev.Caption || prev.Paragraph != x.Paragraph || !claim.StandsAlone(prev.Text) || hasQuotation(prev.Text) {
			return "", nil, false
		}
		if named && definiteHead(prev.Text) != "" {
			needName = true
			continue
		}
		if needName && !namesSomething(prev.Text) {
			return "", nil, false
		}
		break
	}
	text := x.Doc.Article.Text
	if prev.Span.Start < 0 || x.Span.End > len(text) || prev.Span.Start >= x.Span.End {
		return "", nil, false
	}
	sp := crossread.Span{ArticleID: x.ArticleID(), Start: prev.Span.Start, End: x.Span.End}
	if !claim.QuotesPair(text[sp.Start:sp.End]) {
		return "", nil, false // both lie inside a quotation opened before them
	}
	return text[sp.Start:sp.End], []crossread.Span{sp}, true
}

// antecedent is the sentence before x in its article when that one can
// stand alone and is not yet in the brief; nil otherwise.
func (b *builder) antecedent(x *claim.Sentence) *claim.Sentence {
	var prev *claim.Sentence
	for _, y := range b.al.Sentences {
		if y.Doc == x.Doc && y.Index == x.Index-1 {
			prev = y
		}
	}
	if prev == nil || !prev.Statement || !claim.StandsAlone(prev.Text) || prev.Paragraph != x.Paragraph {
		return nil
	}
	if b.redundant(prev) {
		return nil
	}
	return prev
}

func cueScore(title, text string) float64 {
	var m *cueMatcher
	var foreign *regexp.Regexp
	switch title {
	case crossread.SectionMatters:
		m, foreign = mattersCues, mattersForeign
	case crossread.SectionNext:
		m, foreign = nextCues, nextForeign
	case crossread.SectionBeyond:
		m, foreign = beyondCues, beyondForeign
	default:
		return 0
	}
	n := m.count(text)
	if title == crossread.SectionNext {
		// "marched against plans to raise …": the noun, no coming event
		n -= len(planNounRE.FindAllStringIndex(text, -1))
		// "Economists had expected 3.3%", "fell more than expected": an
		// expectation the news has already met or missed
		n -= len(pastExpectationRE.FindAllStringIndex(text, -1))
	}
	if !englishLooking(text) {
		n += len(foreign.FindAllStringIndex(text, -1))
	}
	return float64(max(n, 0))
}

var pastExpectationRE = regexp.MustCompile(`(?i)\b(?:had(?: been)?|than|as) expected\b`)

var planNounRE = regexp.MustCompile(`(?i)\b(?:against|over|opposing|oppose|opposed to)\s+(?:the\s+)?plans?\b`)

// The same cues in Spanish, French, German, Italian and Portuguese, for
// stories told in them. Go's \b knows ASCII letters only, so the words are
// bounded by any non-letter.
func foreignCues(words string) *regexp.Regexp {
	return regexp.MustCompile(`(?i)(?:^|[^\p{L}])(?:` + words + `)(?:[^\p{L}]|$)`)
}

var (
	mattersForeign = foreignCues(`significa|supone|importante|importancia|clave|porque|consecuencias?|impacto|` +
		`signifie|important[e]?|importance|parce que|conséquences?|enjeux?|` +
		`bedeutet|wichtig|bedeutung|weil|folgen|auswirkungen|` +
		`significa|importante|perché|conseguenze|` +
		`importância|porque|consequências`)
	nextForeign = foreignCues(`se espera|prevé|previsto|próxim[oa]s?|futuro|` +
		`devrait|devraient|prochain[e]?s?|prévu[e]?s?|avenir|` +
		`soll|sollen|wird|werden|nächste[nrm]?|künftig|erwartet|` +
		`dovrebbe|prossim[oa]|previsto|futuro|` +
		`deverá|deve|próxim[oa]|previsto`)
	beyondForeign = foreignCues(`desde|historia|históric[oa]|anteriormente|décadas?|` +
		`depuis|histoire|historique|auparavant|décennies?|` +
		`seit|geschichte|historisch|zuvor|jahrzehnte[n]?|` +
		`dal|storia|storic[oa]|decenni|` +
		`desde|história|histórico|décadas`)
)

// englishLooking: the text holds one of English's commonest words, so it
// needs no foreign cues (and its "deve" or "dal" are no cue).
func englishLooking(s string) bool {
	low := " " + strings.ToLower(s) + " "
	for _, w := range []string{" the ", " and ", " of ", " to ", " is ", " was "} {
		if strings.Contains(low, w) {
			return true
		}
	}
	return false
}

var (
	mattersCues = newCueMatcher(mattersRE)
	nextCues    = newCueMatcher(nextRE)
	beyondCues  = newCueMatcher(beyondRE)
)

// cues holds each sentence's cue counts for the three narrative sections:
// counting them is among the costliest parts of placing sentences, and
// every section asks about every sentence.
type cues map[string][3]float64

var cueSections = [3]string{crossread.SectionNext, crossread.SectionMatters, crossread.SectionBeyond}

func (c cues) of(text string) [3]float64 {
	v, ok := c[text]
	if !ok {
		for i, t := range cueSections {
			v[i] = cueScore(t, text)
		}
		c[text] = v
	}
	return v
}

func (c cues) score(title, text string) float64 {
	for i, t := range cueSections {
		if t == title {
			return c.of(text)[i]
		}
	}
	return 0
}

// best is bestSection with the counts cached.
func (c cues) best(text string) string {
	v := c.of(text)
	best, bestScore := "", 0.0
	for i, t := range cueSections {
		if v[i] > bestScore {
			best, bestScore = t, v[i]
		}
	}
	return best
}

// bestSection is the narrative section whose cues x matches most; ties go
// to What's next, then Why it matters.
func bestSection(text string) string {
	best, bestScore := "", 0.0
	for _, t := range []string{crossread.SectionNext, crossread.SectionMatters, crossread.SectionBeyond} {
		if s := cueScore(t, text); s > bestScore {
			best, bestScore = t, s
		}
	}
	return best
}

// futureDated: the timeline puts a date of x after the story's last
// publication day.
func (b *builder) futureDated(x *claim.Sentence) bool {
	for _, e := range b.story.Timeline {
		if !e.Future {
			continue
		}
		for _, sp := range e.Spans {
			if sp.ArticleID == x.ArticleID() && sp.Start >= x.Span.Start && sp.End <= x.Span.End {
				return true
			}
		}
	}
	return false
}

func wordCount(ss []crossread.BriefSentence) int {
	n := 0
	for _, s := range ss {
		n += len(claim.Words(s.Text))
	}
	return n
}

// sentenceAt is the sentence of article id holding span sp.
func (b *builder) sentenceAt(sp crossread.Span) *claim.Sentence {
	for _, x := range b.al.Sentences {
		if x.ArticleID() == sp.ArticleID && sp.Start >= x.Span.Start && sp.End <= x.Span.End && sp.End > sp.Start {
			return x
		}
	}
	return nil
}

// toldOnDate: an entry already listed under date tells the same event as
// the sentence at spans, in other words ("returned the positive sample at
// an out-of-competition test in March" · "failed an out-of-competition
// test in March"): the two sentences nearly say the same.
func (b *builder) toldOnDate(out []crossread.BriefSentence, date string, spans []crossread.Span) bool {
	if len(spans) == 0 {
		return false
	}
	x := b.sentenceAt(spans[0])
	if x == nil {
		return false
	}
	for _, o := range out {
		if o.Date != date || len(o.Spans) == 0 {
			continue
		}
		if y := b.sentenceAt(o.Spans[0]); y != nil && y.ArticleID() != x.ArticleID() && claim.Similarity(x, y) >= sameEventOnDate {
			return true
		}
	}
	return false
}

// sameEventOnDate is how alike two sentences dated alike must be to tell
// one event.
const sameEventOnDate = 0.35

// inRelativeClause: the date e is dated by stands, in the sentence e is
// told by, inside a relative clause (", which ran aground on Monday"),
// and another date as precise stands outside it.
func (b *builder) inRelativeClause(e crossread.TimelineEntry) bool {
	for _, sp := range e.Spans {
		x := b.sentenceAt(sp)
		if x == nil || strings.Join(strings.Fields(x.Text), " ") != strings.Join(strings.Fields(e.Text), " ") {
			continue
		}
		for _, t := range x.Doc.Times {
			if t.Span.Start < x.Span.Start || t.Span.End > x.Span.End || !strings.HasPrefix(t.Value, e.Date) {
				continue
			}
			if !relativeAt(x.Text, t.Span.Start-x.Span.Start) {
				return false
			}
			// another date as precise outside it tells the sentence
			for _, u := range x.Doc.Times {
				if u.Span.Start >= x.Span.Start && u.Span.End <= x.Span.End && u.Value != t.Value &&
					precisionRank(u.Precision) >= precisionRank(t.Precision) && !relativeAt(x.Text, u.Span.Start-x.Span.Start) {
					return true
				}
			}
			return false
		}
	}
	return false
}

// relativeAt: byte at of s stands in a relative clause (", which …").
func relativeAt(s string, at int) bool {
	before := s[:min(at, len(s))]
	for _, rel := range []string{", which ", ", who ", ", where "} {
		if i := strings.LastIndex(before, rel); i >= 0 && !strings.ContainsAny(before[i+len(rel):], ",;") {
			return true
		}
	}
	return false
}

// sentenceWith is the first sentence of article id containing text.
func (b *builder) sentenceWith(id, text string) *claim.Sentence {
	for _, x := range b.al.Sentences {
		if x.ArticleID() == id && strings.Contains(x.Text, text) {
			return x
		}
	}
	return nil
}

// differ gives, for each discrepancy, the sentence each side states its
// value in, cited by the articles giving that value.
func (b *builder) differ() []crossread.BriefSentence {
	var out []crossread.BriefSentence
	n := 0
	for _, d := range b.story.Discrepancies {
		if n >= maxDiffer {
			break
		}
		n++
		for _, v := range d.Variants {
			var x *claim.Sentence
			for _, sp := range v.Spans {
				if x = b.sentenceAt(sp); x != nil {
					break
				}
			}
			for _, id := range v.ArticleIDs {
				if x != nil {
					break
				}
				x = b.sentenceWith(id, v.Value)
			}
			if x == nil {
				continue
			}
			s := crossread.BriefSentence{Text: x.Text}
			for _, id := range v.ArticleIDs {
				if ok, _ := b.v.supports(x.Text, id); ok {
					s.ArticleIDs = append(s.ArticleIDs, id)
				}
			}
			if len(s.ArticleIDs) == 0 {
				continue
			}
			s.Spans = []crossread.Span{x.Span}
			out = append(out, s)
		}
	}
	return out
}

// only lists the single-source facts not already in the brief.
func (b *builder) only() []crossread.BriefSentence {
	var out []crossread.BriefSentence
	listed := map[[2]string]bool{} // article and exclusive detail already given
	for _, f := range b.story.SingleSource {
		if len(out) >= maxOnly {
			break
		}
		if f.Detail != "" && listed[[2]string{f.ArticleID, f.Detail}] {
			continue // one item per outlet's exclusive: the first says it
		}
		x := b.sentenceAt(f.Span)
		// quotations are for Who said what
		if x == nil || !x.Statement || b.redundant(x) || b.restates(x) || hasQuotation(x.Text) || len(claim.Words(x.Text)) < minOnlyWords ||
			b.opinionAside(x.Doc.Article) {
			continue
		}
		text, spans, ok := b.readableItem(x, true)
		if !ok {
			continue
		}
		b.take(x)
		if f.Detail != "" {
			listed[[2]string{f.ArticleID, f.Detail}] = true
		}
		s := b.cite(x)
		s.Exclusive = exclusiveIn(f.Detail, text)
		if text != x.Text {
			// given with the sentence it leans on, so only the article
			// holding both word for word is cited
			s = crossread.BriefSentence{Text: text, ArticleIDs: []string{x.ArticleID()}, Spans: spans}
			s.Exclusive = exclusiveIn(f.Detail, text)
			// its leads are in the list now: not to be listed again
			for _, y := range b.al.Sentences {
				if y.Doc == x.Doc && y != x && y.Span.Start >= spans[0].Start && y.Span.End <= spans[0].End {
					b.take(y)
				}
			}
			// an item already listed that this one repeats as its lead
			// gives way to it
			if i := within(out, spans[0]); i >= 0 {
				out[i] = s
				continue
			}
		}
		out = append(out, s)
	}
	return out
}

// exclusiveIn is detail when the item's text shows it as written (the
// label quotes the item), else "".
func exclusiveIn(detail, text string) string {
	if detail != "" && strings.Contains(text, detail) {
		return detail
	}
	return ""
}

// within is the index of the item of out whose text lies inside sp; -1
// when there is none.
func within(out []crossread.BriefSentence, sp crossread.Span) int {
	for i, s := range out {
		for _, o := range s.Spans {
			if o.ArticleID == sp.ArticleID && o.Start >= sp.Start && o.End <= sp.End {
				return i
			}
		}
	}
	return -1
}

var speechRE = regexp.MustCompile(`(?i)\b(said|says|told|wrote|writes|stated|added|according to|declared|announced)\b`)

// said lists sentences holding a quote with its speaker: from the quote
// stage when it ran, else sentences with a quotation of four or more words
// and a speech verb.
func (b *builder) said() []crossread.BriefSentence {
	// a quotation, with the sentences it runs over: "“We never saw the
	// water rise so fast. In hours the town was under water,” the mayor
	// said." is one unit, not its second half alone
	type unit struct {
		first, last *claim.Sentence
		speaker     string // the label to show, when the text does not name them
		key         string
		support     int
		words       string // the quotation itself
	}
	var units []unit
	seen := map[*claim.Sentence]bool{}
	quotes := b.story.Quotes
	if len(quotes) == 0 {
		for _, d := range b.docs {
			quotes = append(quotes, d.Quotes...)
		}
	}
	for _, q := range quotes {
		if q.Speaker == "" || q.End <= q.Start {
			continue
		}
		first := b.sentenceAt(crossread.Span{ArticleID: q.ArticleID, Start: q.Start, End: q.Start + 1})
		last := b.sentenceAt(crossread.Span{ArticleID: q.ArticleID, Start: q.End - 1, End: q.End})
		if sp := q.SpeakerSpan; sp != nil && sp.ArticleID == q.ArticleID && sp.End > q.End {
			// the attribution after the quotation belongs to the unit
			if x := b.sentenceAt(crossread.Span{ArticleID: q.ArticleID, Start: sp.End - 1, End: sp.End}); x != nil && last != nil && x.Index == last.Index+1 && x.Paragraph == last.Paragraph {
				last = x
			}
		}
		if first == nil || last == nil || first.Doc != last.Doc || last.Index < first.Index || last.Index-first.Index > 2 ||
			first.Paragraph != last.Paragraph || seen[first] || seen[last] || b.al.MinorityLanguage(first.Doc.Article) {
			continue // (a brief reads in its story's language)
		}
		if first == last && !first.Statement && len(claim.Words(first.Text)) < minSaidWords {
			continue // a heading that quotes a word ("Mayor: \"Balance\"")
		}
		if t := strings.TrimRight(last.Text, " \"”’'"); strings.HasSuffix(t, "...") || strings.HasSuffix(t, "…") {
			continue // cut off where the page or feed stopped
		}
		key := q.SpeakerEntity
		if key == "" {
			key = q.Speaker
		}
		u := unit{first: first, last: last, key: claim.Fold(key), support: max(b.support(first), b.support(last)), words: q.Text}
		if !namesSpeaker(b.unitText(first, last), q.Speaker) {
			u.speaker = q.Speaker
		}
		seen[first], seen[last] = true, true
		units = append(units, u)
	}
	if len(quotes) == 0 {
		for _, x := range b.al.Sentences {
			if x.Statement && hasQuotation(x.Text) && speechRE.MatchString(x.Text) {
				units = append(units, unit{first: x, last: x, key: x.Text, support: b.support(x)})
			}
		}
	}
	// the quotations most outlets carry first, then one per speaker
	sort.SliceStable(units, func(i, j int) bool { return units[i].support > units[j].support })
	speakers := map[string]bool{}
	var out []crossread.BriefSentence
	for _, u := range units {
		if len(out) >= maxSaid {
			break
		}
		if speakers[u.key] || b.quoted(u.first) || b.quoted(u.last) {
			continue
		}
		speakers[u.key] = true
		var s crossread.BriefSentence
		if u.first == u.last {
			s = b.cite(u.first)
		} else {
			text := b.unitText(u.first, u.last)
			if text == "" || !claim.QuotesPair(text) {
				continue
			}
			sp := crossread.Span{ArticleID: u.first.ArticleID(), Start: u.first.Span.Start, End: u.last.Span.End}
			s = crossread.BriefSentence{Text: text, ArticleIDs: []string{sp.ArticleID}, Spans: []crossread.Span{sp}}
		}
		for x := u.first; x != nil; x = b.next(x) {
			b.take(x)
			if x == u.last {
				break
			}
		}
		// "also" here means the same words quoted, not the same fact told
		own := u.first.ArticleID()
		ids := append([]string{own}, b.quoting(slices.DeleteFunc(slices.Clone(s.ArticleIDs), func(id string) bool { return id == own }), u.words)...)
		s.Spans = slices.DeleteFunc(s.Spans, func(sp crossread.Span) bool { return !contains(ids, sp.ArticleID) })
		s.ArticleIDs = ids
		s.SupportedBy = b.quoting(s.SupportedBy, u.words)
		s.Speaker = u.speaker
		out = append(out, s)
	}
	return out
}

// quoting keeps the articles of ids whose text holds the quotation words,
// as transcripts agree on them (claim.QuoteForm: "we've" or "we have").
func (b *builder) quoting(ids []string, words string) []string {
	words = strings.Trim(words, " ,.;:!?")
	if words == "" {
		return ids
	}
	form := " " + claim.QuoteForm(words) + " "
	var out []string
	for _, id := range ids {
		for _, d := range b.docs {
			if d.Article.ID == id && (strings.Contains(claim.Fold(d.Article.Text), claim.Fold(words)) ||
				strings.Contains(" "+claim.QuoteForm(d.Article.Text)+" ", form)) {
				out = append(out, id)
			}
		}
	}
	return out
}

// quoted: x is already in the brief, or inside a sentence of it. A
// paraphrase of it elsewhere does not count: the speaker's own words are
// what Who said what is for.
func (b *builder) quoted(x *claim.Sentence) bool {
	for _, c := range b.chosen {
		if c == x || containedIn(x, c) || hasQuotation(c.Text) && claim.Similarity(c, x) >= claim.Redundant {
			return true
		}
	}
	return false
}

// unitText is the article's own text from first's start to last's end.
func (b *builder) unitText(first, last *claim.Sentence) string {
	text := first.Doc.Article.Text
	if first.Span.Start < 0 || last.Span.End > len(text) || first.Span.Start >= last.Span.End {
		return ""
	}
	return text[first.Span.Start:last.Span.End]
}

// next is the sentence after x in its article, or nil.
func (b *builder) next(x *claim.Sentence) *claim.Sentence {
	for _, y := range b.al.Sentences {
		if y.Doc == x.Doc && y.Index == x.Index+1 {
			return y
		}
	}
	return nil
}

// startsLower reports text whose first letter is lower case: the tail of
// a sentence cut off at its start ("ederal laws imposing …").
func startsLower(text string) bool {
	for _, r := range text {
		if unicode.IsLetter(r) {
			return unicode.IsLower(r)
		}
		if unicode.IsDigit(r) {
			return false
		}
	}
	return false
}

// minTimelineWords is the length under which a dated line is a list item
// or a call to act ("- Monday.", "Book your session today!"), not an event.
const minTimelineWords = 6

// endsSentence reports text that ends as a sentence does: a full stop,
// question or exclamation mark, before any closing quotes or brackets.
func endsSentence(text string) bool {
	t := strings.TrimRight(strings.TrimSpace(text), "\"'”’)»")
	return strings.HasSuffix(t, ".") || strings.HasSuffix(t, "?") || strings.HasSuffix(t, "!") || strings.HasSuffix(t, "…")
}

// minSaidWords is the length under which a quoting line that is not a
// full sentence is a heading rather than something said.
const minSaidWords = 8

// namesSpeaker reports a sentence that names its speaker (the last word of
// the name, as written), so that no label need say who speaks.
func namesSpeaker(text, speaker string) bool {
	f := strings.Fields(speaker)
	return len(f) == 0 || claim.ContainsWord(text, f[len(f)-1])
}

func (b *builder) support(x *claim.Sentence) int {
	if g := b.al.GroupOf[x]; g != nil {
		return g.Support
	}
	return 1
}

// (and the other languages' marks: «…», „…“, »…«)
var quotationRE = regexp.MustCompile(`["“][^"”]*?(?:\s[^"”\s]+){3,}[^"”]*["”]|«[^»]*?(?:\s[^»\s]+){3,}[^»]*»|„[^“”]*?(?:\s[^“”\s]+){3,}[^“”]*[“”]|»[^«]*?(?:\s[^«\s]+){3,}[^«]*«`)

func hasQuotation(s string) bool {
	return strings.ContainsAny(s, "\"“«„»") && quotationRE.MatchString(s)
}

// timeline turns the story's dated events into cited sentences, in date
// order. Timeline entries repeat sentences of other sections on purpose:
// it is a second view of the same facts.
func (b *builder) timeline() []crossread.BriefSentence {
	entries := append([]crossread.TimelineEntry(nil), b.story.Timeline...)
	sort.SliceStable(entries, func(i, j int) bool { return entries[i].Date < entries[j].Date })
	// A sentence with several dates is listed once, under its most
	// precise one: in "Astana's decision on November 6 … since gaining
	// independence in 1991" the day is the news and the year background.
	sentenceKey := func(text string) string { return strings.ToLower(strings.Join(strings.Fields(text), " ")) }
	dated := map[string]int{} // sentence → index of the entry it is listed under
	for i, e := range entries {
		k := sentenceKey(e.Text)
		if j, ok := dated[k]; !ok || precisionRank(e.Precision) > precisionRank(entries[j].Precision) {
			dated[k] = i
		}
	}
	// the same for each sentence an entry could be told in: "slowed to
	// 3.1% in September from 3.6% in August, … said on Wednesday" is
	// Wednesday's, and August's entry is told by another of its sentences
	// or not at all
	bestRank := map[crossread.Span]int{}
	for _, e := range entries {
		for _, sp := range e.Spans {
			bestRank[sp] = max(bestRank[sp], precisionRank(e.Precision))
		}
	}
	var out []crossread.BriefSentence
	seen := map[string]bool{}
	for i, e := range entries {
		if len(out) >= maxTimeline {
			break
		}
		if dated[sentenceKey(e.Text)] != i {
			continue
		}
		// of two dates as precise, a sentence is told under its main
		// clause's: "Salvage crews were racing on Tuesday to pump … from
		// the tanker, which ran aground on Monday" is Tuesday's, and the
		// grounding is told by the sentences that tell it
		if b.inRelativeClause(e) {
			continue
		}
		// "models built between 2022 and 2025": a span of years, no event
		// of its first
		if e.Precision == crossread.PrecisionYear && claim.InYearSpan(e.Text, e.Date) {
			continue
		}
		text := e.Text
		var spans []crossread.Span
		// the first sentence dating the event that reads on its own (or
		// with the sentence before it); a caption or a dangling "This
		// move…" with nothing to lean on is no timeline entry
		found, readable, listedElsewhere := false, false, false
		var leaned []crossread.Span // the sentence with the one it leans on
		// (a sentence giving a value most outlets give otherwise comes
		// last, and one giving a date most give otherwise not at all: an
		// event is dated in the words of the others, and an outvoted day
		// is left to Where sources differ)
		for _, pass := range []struct{ alone, disputed bool }{{true, false}, {false, false}, {true, true}, {false, true}} {
			for _, sp := range e.Spans {
				x := b.sentenceAt(sp)
				if x == nil {
					continue
				}
				if bestRank[sp] > precisionRank(e.Precision) {
					listedElsewhere = true
					continue
				}
				found = true
				if b.disputed(x) != pass.disputed || b.outvotedDate(x) {
					continue
				}
				if t, sps, ok := b.readable(x); ok && (!pass.alone || t == x.Text) {
					text, readable, leaned = t, true, sps
					break
				}
			}
			if readable {
				break
			}
		}
		if !found && listedElsewhere || found && !readable || !endsSentence(text) || len(claim.Words(text)) < minTimelineWords ||
			!claim.QuotesPair(text) || startsLower(text) {
			// (a dated line that is no sentence, "martes, 3 de mayo de
			// 2022 · 23:57", is a dateline, not an event)
			continue
		}
		// the same sentence printed twice in one article (its case or a
		// closing quote aside) is one entry
		seenKey := strings.Trim(strings.ToLower(strings.Join(strings.Fields(text), " ")), "\"”’' ")
		if text == "" || seen[seenKey] {
			continue
		}
		s := crossread.BriefSentence{Text: text, Date: e.Date}
		for _, id := range e.ArticleIDs {
			if ok, _ := b.v.supports(text, id); ok {
				s.ArticleIDs = append(s.ArticleIDs, id)
			}
		}
		for _, sp := range e.Spans {
			if contains(s.ArticleIDs, sp.ArticleID) {
				spans = append(spans, sp)
			}
		}
		if len(s.ArticleIDs) == 0 || overlapsListed(out, spans) || overlapsListed(out, leaned) || b.toldOnDate(out, e.Date, spans) {
			continue
		}
		s.Spans = spans
		seen[seenKey] = true
		out = append(out, s)
	}
	return out
}

func precisionRank(p string) int {
	switch p {
	case crossread.PrecisionDay:
		return 3
	case crossread.PrecisionMonth:
		return 2
	case crossread.PrecisionYear:
		return 1
	}
	return 0
}

// overlapsListed reports spans that share text with an entry already
// listed: one sentence given alone and again with the one after it is one
// entry.
func overlapsListed(out []crossread.BriefSentence, spans []crossread.Span) bool {
	for _, o := range out {
		for _, a := range o.Spans {
			for _, b := range spans {
				if a.ArticleID == b.ArticleID && a.Start < b.End && b.Start < a.End {
					return true
				}
			}
		}
	}
	return false
}

// sources lists every article of the story: one entry per article, its
// text the outlet and title (the renderers add date and link).
func (b *builder) sources() []crossread.BriefSentence {
	var out []crossread.BriefSentence
	for _, d := range b.docs {
		a := d.Article
		label := strings.TrimSpace(strings.Join(nonEmpty(a.Source, a.Title), " — "))
		if label == "" {
			label = a.Key()
		}
		out = append(out, crossread.BriefSentence{Text: label, ArticleIDs: []string{a.ID}})
	}
	return out
}

func nonEmpty(ss ...string) []string {
	var out []string
	for _, s := range ss {
		if strings.TrimSpace(s) != "" {
			out = append(out, strings.TrimSpace(s))
		}
	}
	return out
}

var ordinalRE = regexp.MustCompile(`\b(\d{1,3})(?:st|nd|rd|th)\b`)

// ordinalsDiffer: both sentences give ordinals in digits, and none alike
// ("the 13th between the two countries" · "the 14th exchange"): the one
// supports nothing of the other, though the alignment paired them.
func ordinalsDiffer(p, q string) bool {
	a, b := ordinalRE.FindAllStringSubmatch(p, -1), ordinalRE.FindAllStringSubmatch(q, -1)
	if len(a) == 0 || len(b) == 0 {
		return false
	}
	for _, x := range a {
		for _, y := range b {
			if x[1] == y[1] {
				return false
			}
		}
	}
	return true
}
