package brief

import (
	"context"
	"encoding/json"
	"fmt"
	"math/rand"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"crossread"
	"crossread/claim"
	"crossread/nlp"
	"crossread/quote"
	"crossread/timex"
)

// story analyses hand-made articles the way the pipeline does, with the
// per-article stages other than sentences left empty.
func story(arts ...*crossread.Article) (*crossread.Story, []*crossread.Doc, map[string]*crossread.Article) {
	var docs []*crossread.Doc
	byID := map[string]*crossread.Article{}
	st := &crossread.Story{ID: "s1", Title: "Test story"}
	for _, a := range arts {
		docs = append(docs, &crossread.Doc{Article: a, Sentences: nlp.Sentences(a.ID, a.Text)})
		byID[a.ID] = a
		st.ArticleIDs = append(st.ArticleIDs, a.ID)
	}
	r := claim.Analyze(docs, nil)
	st.Claims, st.SingleSource, st.Discrepancies = r.Claims, r.SingleSource, r.Discrepancies
	st.Brief = Build(st, docs, Options{})
	return st, docs, byID
}

// bare is a story of arts with their sentences and nothing analysed yet:
// a test adds the stages it needs.
func bare(title string, arts ...*crossread.Article) (*crossread.Story, []*crossread.Doc) {
	st := &crossread.Story{ID: "s1", Title: title}
	var docs []*crossread.Doc
	for _, x := range arts {
		docs = append(docs, &crossread.Doc{Article: x, Sentences: nlp.Sentences(x.ID, x.Text)})
		st.ArticleIDs = append(st.ArticleIDs, x.ID)
	}
	return st, docs
}

func art(id, source, text string) *crossread.Article {
	return &crossread.Article{ID: id, Source: source, Title: "Title " + id, Text: text, URL: "https://example.org/" + id}
}

var transit = []*crossread.Article{
	art("a", "Daily Planet", "The city council approved a new budget for public transport on Tuesday.\n\nThe plan is significant because it doubles the number of night buses. It will take effect in March, officials said.\n\nThe budget was worth 40 million euros. The last increase was in 2015, after years of protests over fares."),
	art("b", "Evening Star", "On Tuesday, the budget for public transport was approved by the city council.\n\nThe budget was worth 45 million euros. Critics say the plan aims to win votes before the election.\n\n“We finally have buses at night,” said Ana Silva, who leads the riders' union."),
	art("c", "Morning Post", "Public transport gets a new budget after the city council approved it Tuesday.\n\nThis is a big change. Work on new bus lanes is expected to start next year."),
}

func TestBuild_SectionsInOrderAndCited(t *testing.T) {
	st, _, byID := story(transit...)
	var titles []string
	for _, s := range st.Brief.Sections {
		titles = append(titles, s.Title)
	}
	want := []string{crossread.SectionHappening, crossread.SectionMatters, crossread.SectionNext, crossread.SectionBeyond,
		crossread.SectionDiffer, crossread.SectionOnly, crossread.SectionSaid, crossread.SectionTimeline, crossread.SectionSources}
	if strings.Join(titles, "|") != strings.Join(want, "|") {
		t.Fatalf("sections = %v", titles)
	}
	hap := st.Brief.Section(crossread.SectionHappening)
	if len(hap.Sentences) == 0 || !strings.Contains(hap.Sentences[0].Text, "approved") || len(hap.Sentences[0].ArticleIDs)+len(hap.Sentences[0].SupportedBy) != 3 {
		t.Errorf("first sentence should be the claim all three carry, cited by all: %+v", hap.Sentences)
	}
	if p := Verify(st.Brief, byID); len(p) != 0 {
		t.Errorf("problems: %+v", p)
	}
	seen := map[string]string{}
	for _, sec := range st.Brief.Sections {
		if sec.Title == crossread.SectionSources || sec.Title == crossread.SectionTimeline || sec.Title == crossread.SectionDiffer {
			continue
		}
		for _, s := range sec.Sentences {
			if prev, ok := seen[s.Text]; ok {
				t.Errorf("%q repeated in %s and %s", s.Text, prev, sec.Title)
			}
			seen[s.Text] = sec.Title
			if strings.HasPrefix(s.Text, "This is") {
				t.Errorf("dangling sentence chosen: %q", s.Text)
			}
		}
	}
	if d := st.Brief.Section(crossread.SectionDiffer); len(d.Sentences) != 2 {
		t.Errorf("differ section: %+v (discrepancies %+v)", d.Sentences, st.Discrepancies)
	}
	if s := st.Brief.Section(crossread.SectionNext); len(s.Sentences) == 0 {
		t.Errorf("no What's next sentence")
	}
}

func TestVerify_FlagsInventedAndChangedSentences(t *testing.T) {
	byID := map[string]*crossread.Article{"a": transit[0], "b": transit[1]}
	b := crossread.Brief{Sections: []crossread.BriefSection{{Title: crossread.SectionHappening, Sentences: []crossread.BriefSentence{
		{Text: "The city  council approved a new budget for public\ntransport on Tuesday.", ArticleIDs: []string{"a"}},
		{Text: "“We finally have buses at night,” said Ana Silva, who leads the riders’ union.", ArticleIDs: []string{"b"}},
		{Text: "The budget was worth 50 million euros.", ArticleIDs: []string{"a"}},
		{Text: "The mayor resigned after the vote.", ArticleIDs: []string{"a", "b"}},
		{Text: "The city council approved a new budget for public transport on Tuesday.", ArticleIDs: nil},
		{Text: "The city council approved a new budget for public transport on Tuesday.", ArticleIDs: []string{"zz"}},
		{Text: "On Tuesday the city council approved a new public transport budget.", ArticleIDs: []string{"a"}},
	}}}}
	ps := Verify(b, byID)
	bad := map[string]bool{}
	for _, p := range ps {
		bad[p.Sentence+"|"+strings.Join(p.Cited, ",")] = true
		if p.Reason == "" {
			t.Errorf("problem without reason: %+v", p)
		}
	}
	for i, s := range b.Sections[0].Sentences {
		wantBad := i >= 2 && i <= 5
		if got := bad[s.Text+"|"+strings.Join(s.ArticleIDs, ",")]; got != wantBad {
			t.Errorf("sentence %d %q: flagged %v, want %v", i, s.Text, got, wantBad)
		}
	}
}

// fakeLLM answers every chat request with the given content.
func fakeLLM(t *testing.T, content func(user string) string) *httptest.Server {
	return httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path != "/v1/chat/completions" {
			http.NotFound(w, r)
			return
		}
		var req struct {
			Messages []struct{ Role, Content string } `json:"messages"`
		}
		if err := json.NewDecoder(r.Body).Decode(&req); err != nil || len(req.Messages) != 2 {
			t.Errorf("bad request: %v", err)
		}
		json.NewEncoder(w).Encode(map[string]any{"choices": []map[string]any{{"message": map[string]string{"role": "assistant", "content": content(req.Messages[1].Content)}}}})
	}))
}

func TestRewrite_DropsInventedKeepsFaithful(t *testing.T) {
	byID := map[string]*crossread.Article{"a": transit[0]}
	orig := crossread.Brief{Sections: []crossread.BriefSection{{Title: crossread.SectionHappening, Sentences: []crossread.BriefSentence{
		{Text: "The city council approved a new budget for public transport on Tuesday.", ArticleIDs: []string{"a"}},
		{Text: "The budget was worth 40 million euros.", ArticleIDs: []string{"a"}},
	}}}}
	srv := fakeLLM(t, func(user string) string {
		if !strings.Contains(user, "[1] The city council") || !strings.Contains(user, "[2] The budget") {
			t.Errorf("prompt lacks numbered sentences: %q", user)
		}
		return "[1] The mayor promised free buses for everyone from next month.\n[2] The budget was worth 40 million euros in total."
	})
	defer srv.Close()
	got, err := Rewrite(context.Background(), orig, byID, srv.URL, "test-model")
	if err != nil {
		t.Fatal(err)
	}
	s := got.Sections[0].Sentences
	if s[0].Text != orig.Sections[0].Sentences[0].Text {
		t.Errorf("invented sentence kept: %q", s[0].Text)
	}
	if s[1].Text != "The budget was worth 40 million euros in total." {
		t.Errorf("faithful rephrase dropped: %q", s[1].Text)
	}
	if strings.Join(s[1].ArticleIDs, ",") != "a" {
		t.Errorf("citations changed: %v", s[1].ArticleIDs)
	}
	if p := Verify(got, byID); len(p) != 0 {
		t.Errorf("rewritten brief fails verify: %+v", p)
	}
	if orig.Sections[0].Sentences[1].Text != "The budget was worth 40 million euros." {
		t.Errorf("Rewrite changed its input")
	}
}

func TestRewrite_ServerErrorKeepsOriginal(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { http.Error(w, "down", 503) }))
	defer srv.Close()
	st, _, byID := story(transit...)
	got, err := Rewrite(context.Background(), st.Brief, byID, srv.URL+"/v1", "m")
	if err == nil || crossread.ErrorCode(err) != crossread.EUNAVAILABLE {
		t.Errorf("err = %v, want unavailable", err)
	}
	if len(got.Sections) != len(st.Brief.Sections) {
		t.Errorf("brief lost on error")
	}
}

func TestMarkdown_NumberedCitationsAndSources(t *testing.T) {
	st, _, byID := story(transit...)
	md := Markdown(st, byID)
	for _, want := range []string{"# Test story", "## What's happening", "[1] (also [2][3])", "## Sources", "1. Daily Planet — Title a — https://example.org/a", "3. Morning Post"} {
		if !strings.Contains(md, want) {
			t.Errorf("markdown lacks %q:\n%s", want, md)
		}
	}
}

func TestHTML_EscapesArticleText(t *testing.T) {
	a := art("a", "Evil <b>Outlet</b>", "The council approved the <script>alert(1)</script> budget on Tuesday evening.")
	a.URL = "javascript:alert(1)"
	// b's sentence is too short to be quoted: a's, with the markup, must be
	b := art("b", "Other", "Council approved budget Tuesday.")
	st, _, byID := story(a, b)
	page := HTML(st, byID)
	if strings.Contains(page, "<script>") || strings.Contains(page, "<b>Outlet") || strings.Contains(page, `href="javascript`) {
		t.Errorf("unescaped content in page:\n%s", page)
	}
	if !strings.HasPrefix(page, "<!doctype html>") || !strings.Contains(page, "<style>") || !strings.Contains(page, "&lt;script&gt;") {
		t.Errorf("not a self-contained escaped page:\n%s", page)
	}
}

// TestBuild_EverySentenceFoundInWhatItCites generates stories from a pool
// of facts: each article carries some facts word for word, some reworded
// (clauses swapped) and some of its own, in random order. Every brief
// sentence must be word for word in the first article it cites, and pass
// Verify against every article it cites.
func TestBuild_EverySentenceFoundInWhatItCites(t *testing.T) {
	subjects := []string{"The council", "The ministry", "The union", "Local farmers", "The central bank", "Port workers", "The court", "The university"}
	verbs := []string{"approved", "rejected", "announced", "delayed", "criticised", "welcomed", "extended", "cancelled"}
	objects := []string{"the water tariff", "a new rail line", "the fishing quota", "a tax on sugar", "the harbour plan", "a pay rise of 4 percent", "the 2030 climate target", "a $2 billion loan"}
	whens := []string{"on Monday", "in March", "last week", "after a long debate", "in 2019", "despite protests"}
	for seed := int64(1); seed <= 30; seed++ {
		rng := rand.New(rand.NewSource(seed))
		type fact struct{ s, v, o, w string }
		var facts []fact
		for i := 0; i < 10; i++ {
			facts = append(facts, fact{subjects[rng.Intn(len(subjects))], verbs[rng.Intn(len(verbs))], objects[rng.Intn(len(objects))], whens[rng.Intn(len(whens))]})
		}
		n := 2 + rng.Intn(4)
		var arts []*crossread.Article
		for i := 0; i < n; i++ {
			var sents []string
			for _, f := range facts {
				switch rng.Intn(4) {
				case 0:
					sents = append(sents, fmt.Sprintf("%s %s %s %s.", f.s, f.v, f.o, f.w))
				case 1:
					w := strings.ToUpper(f.w[:1]) + f.w[1:]
					sents = append(sents, fmt.Sprintf("%s, %s %s %s, officials said.", w, strings.ToLower(f.s[:1])+f.s[1:], f.v, f.o))
				}
			}
			sents = append(sents, fmt.Sprintf("Outlet %d alone adds that %s %s %s.", i, strings.ToLower(subjects[rng.Intn(len(subjects))]), verbs[rng.Intn(len(verbs))], objects[rng.Intn(len(objects))]))
			rng.Shuffle(len(sents), func(a, b int) { sents[a], sents[b] = sents[b], sents[a] })
			a := art(fmt.Sprintf("g%d", i), fmt.Sprintf("Outlet %d", i), strings.Join(sents, " "))
			if i > 0 && rng.Intn(4) == 0 {
				a.Text = arts[0].Text
				a.DuplicateOf = arts[0].ID
			}
			arts = append(arts, a)
		}
		st, _, byID := story(arts...)
		for _, sec := range st.Brief.Sections {
			if sec.Title == crossread.SectionSources {
				continue
			}
			for _, s := range sec.Sentences {
				if len(s.ArticleIDs) == 0 {
					t.Fatalf("seed %d: uncited sentence %q", seed, s.Text)
				}
				if !strings.Contains(foldSpace(byID[s.ArticleIDs[0]].Text), foldSpace(s.Text)) {
					t.Errorf("seed %d: %q not in %s", seed, s.Text, s.ArticleIDs[0])
				}
				for _, sp := range s.Spans {
					if a := byID[sp.ArticleID]; a == nil || !sp.Valid(len(a.Text)) {
						t.Errorf("seed %d: bad span %+v", seed, sp)
					}
				}
			}
		}
		if p := Verify(st.Brief, byID); len(p) != 0 {
			t.Errorf("seed %d: %+v", seed, p)
		}
	}
}

// Who said what names the speaker a sentence gives only as a pronoun, from
// the quote stage's resolution; a sentence that names its speaker needs no
// label.
func TestSaidNamesAPronounsSpeaker(t *testing.T) {
	a := art("a", "Daily Planet", "Chief of staff Mark Dale outlined the budget talks. He told reporters the sides had made “good progress on the main points” this week.")
	b := art("b", "Evening Star", "The budget talks went on for a second week, and “we are close to a deal,” Treasury Secretary Tom Ruiz said on Friday.")
	st, docs := bare("Budget talks", a, b)
	span := func(x *crossread.Article, s string) crossread.Span {
		i := strings.Index(x.Text, s)
		return crossread.Span{ArticleID: x.ID, Start: i, End: i + len(s)}
	}
	st.Quotes = []crossread.Quote{
		{Span: span(a, "good progress on the main points"), Text: "good progress on the main points", Speaker: "Mark Dale"},
		{Span: span(b, "we are close to a deal"), Text: "we are close to a deal", Speaker: "Tom Ruiz"},
	}
	r := claim.Analyze(docs, nil)
	st.Claims, st.SingleSource = r.Claims, r.SingleSource
	br := Build(st, docs, Options{})
	said := br.Section(crossread.SectionSaid)
	if said == nil || len(said.Sentences) != 2 {
		t.Fatalf("Who said what: %+v", said)
	}
	for _, s := range said.Sentences {
		switch {
		case strings.HasPrefix(s.Text, "He told") && s.Speaker != "Mark Dale":
			t.Errorf("pronoun sentence labelled %q, want Mark Dale", s.Speaker)
		case strings.Contains(s.Text, "Tom Ruiz") && s.Speaker != "":
			t.Errorf("a sentence naming its speaker got the label %q", s.Speaker)
		}
	}
	st.Brief = br
	if md := Markdown(st, map[string]*crossread.Article{"a": a, "b": b}); !strings.Contains(md, "— Mark Dale") {
		t.Errorf("markdown lacks the speaker label:\n%s", md)
	}
}

// A heading that quotes a word ("Lira: \"Balance\"") is not something said.
func TestSaidLeavesOutQuotingHeadings(t *testing.T) {
	a := art("a", "Daily Planet", "Lira: \"Balance\"\n\nThe speaker of the house met the court's president on Tuesday, and both called for calm between the branches of government.")
	b := art("b", "Evening Star", "The court's president and the speaker of the house met on Tuesday to calm the dispute between the branches of government.")
	st, docs := bare("Calm between the branches", a, b)
	i := strings.Index(a.Text, "Balance")
	st.Quotes = []crossread.Quote{{Span: crossread.Span{ArticleID: "a", Start: i, End: i + len("Balance")}, Text: "Balance", Speaker: "Lira"}}
	r := claim.Analyze(docs, nil)
	st.Claims, st.SingleSource = r.Claims, r.SingleSource
	br := Build(st, docs, Options{})
	if said := br.Section(crossread.SectionSaid); said != nil && len(said.Sentences) > 0 {
		t.Errorf("a quoting heading was listed: %+v", said.Sentences)
	}
}

// A statement's own voice ("I will present …" outside quotation marks) is
// no section's sentence: only What's happening filtered it before.
func TestNarrativeSectionsLeaveOutFirstPerson(t *testing.T) {
	st, _, _ := story(
		art("a", "Daily Planet", "The city council approved a new budget for public transport on Tuesday.\n\nThe budget doubles the number of night buses."),
		art("b", "Evening Star", "On Tuesday, the budget for public transport was approved by the city council.\n\nTo keep the project on schedule, I will present the plan for the new bus lanes to the council next month."),
	)
	for _, sec := range st.Brief.Sections {
		for _, s := range sec.Sentences {
			if strings.Contains(s.Text, "I will present") && sec.Title != crossread.SectionSaid {
				t.Errorf("%s holds a first-person sentence: %q", sec.Title, s.Text)
			}
		}
	}
}

func TestOverlapsListed(t *testing.T) {
	out := []crossread.BriefSentence{{Spans: []crossread.Span{{ArticleID: "a", Start: 10, End: 50}}}}
	if !overlapsListed(out, []crossread.Span{{ArticleID: "a", Start: 40, End: 90}}) {
		t.Error("a sentence given again with the one after it was not caught")
	}
	if overlapsListed(out, []crossread.Span{{ArticleID: "a", Start: 50, End: 90}}) || overlapsListed(out, []crossread.Span{{ArticleID: "b", Start: 10, End: 50}}) {
		t.Error("the next sentence, or another article's, is no repeat")
	}
}

// A dated list item or a call to act is no timeline event.
func TestTimelineLeavesOutShortDatedLines(t *testing.T) {
	a := art("a", "Daily Planet", "The new ferry line to Tessik island opened on 4 May 2026 after months of delays at the harbour.\n\nOpening hours:\n\n- Monday.\n\n- Tuesday.\n\nBook your ticket today!")
	b := art("b", "Evening Star", "The ferry line to Tessik island opened on 4 May 2026, months later than the harbour had planned.")
	a.Published = crossread.Timestamp{Time: time.Date(2026, 5, 4, 0, 0, 0, 0, time.UTC)}
	b.Published = a.Published
	st, docs := bare("Ferry opens", a, b)
	st.Timeline = timex.Timeline(docs)
	r := claim.Analyze(docs, nil)
	st.Claims, st.SingleSource = r.Claims, r.SingleSource
	br := Build(st, docs, Options{})
	tl := br.Section(crossread.SectionTimeline)
	if tl == nil || len(tl.Sentences) == 0 {
		t.Fatal("no timeline")
	}
	for _, s := range tl.Sentences {
		if len(claim.Words(s.Text)) < minTimelineWords {
			t.Errorf("a short dated line in the timeline: %q", s.Text)
		}
	}
}

func TestStartsLower(t *testing.T) {
	for s, want := range map[string]bool{"ederal laws imposing a minimum age.": true, "Federal laws.": false, "“Federal laws.”": false, "2020 was hard.": false} {
		if got := startsLower(s); got != want {
			t.Errorf("startsLower(%q) = %v, want %v", s, got, want)
		}
	}
}

func TestSeenSpanIsDays(t *testing.T) {
	day := func(d, h int) crossread.Timestamp {
		return crossread.Timestamp{Time: time.Date(2026, 5, d, h, 0, 0, 0, time.UTC), HasClock: true}
	}
	for _, c := range []struct {
		first, last crossread.Timestamp
		want        string
	}{
		{day(4, 9), day(4, 17), "2026-05-04"},
		{day(4, 9), day(6, 8), "2026-05-04 – 2026-05-06"},
		{crossread.Timestamp{}, crossread.Timestamp{}, ""},
	} {
		if got := seenSpan(&crossread.Story{FirstSeen: c.first, LastSeen: c.last}); got != c.want {
			t.Errorf("seenSpan = %q, want %q", got, c.want)
		}
	}
}

// A sentence with a day and a year is listed once, under its day, and the
// Markdown labels it with that day.
func TestTimelineListsASentenceUnderItsMostPreciseDate(t *testing.T) {
	a := art("a", "Daily Planet", "The council's vote on 4 May 2026 ends a dispute that began when the harbour was sold in 1998. Ferries will run again from June.")
	a.Published = crossread.Timestamp{Time: time.Date(2026, 5, 5, 0, 0, 0, 0, time.UTC)}
	st, docs := bare("Harbour vote", a)
	st.Timeline = timex.Timeline(docs)
	br := Build(st, docs, Options{})
	st.Brief = br
	tl := br.Section(crossread.SectionTimeline)
	if tl == nil {
		t.Fatal("no timeline")
	}
	n := 0
	for _, s := range tl.Sentences {
		if strings.Contains(s.Text, "council's vote") {
			n++
		}
	}
	if n != 1 {
		t.Fatalf("the vote sentence is listed %d times: %+v", n, tl.Sentences)
	}
	md := Markdown(st, map[string]*crossread.Article{"a": a})
	if !strings.Contains(md, "**2026-05-04** — The council's vote") {
		t.Errorf("the vote is not listed under its day:\n%s", md)
	}
}

// A quotation running over two sentences is listed whole, with its
// attribution; the speaker's best-carried quotation comes first; a
// paraphrase elsewhere in the brief does not hide the speaker's words.
func TestSaidKeepsAQuotationWholeAndTheBestCarried(t *testing.T) {
	a := art("a", "Daily Planet", "The river flooded the lower town on Thursday night.\n\n"+
		"“We have never seen the water rise this fast. In a few hours the whole lower town was under water,” said Mayor Ines Varga, speaking outside the town hall.\n\n"+
		"“No family will be left alone,” Prime Minister Tomas Berg told reporters on Friday.")
	b := art("b", "Evening Star", "Mayor Ines Varga said the lower town had flooded within hours on Thursday night.\n\n"+
		"“This is a tragedy for the whole country,” Tomas Berg said.\n\n"+
		"Prime Minister Tomas Berg said on a visit on Friday: “No family will be left alone.”")
	st, docs := bare("Floods", a, b)
	span := func(x *crossread.Article, s string) crossread.Span {
		i := strings.Index(x.Text, s)
		return crossread.Span{ArticleID: x.ID, Start: i, End: i + len(s)}
	}
	varga := span(a, "Ines Varga")
	st.Quotes = []crossread.Quote{
		{Span: span(b, "This is a tragedy for the whole country,"), Text: "This is a tragedy for the whole country,", Speaker: "Tomas Berg", SpeakerEntity: "Tomas Berg"},
		{Span: span(a, "We have never seen the water rise this fast. In a few hours the whole lower town was under water,"),
			Text: "We have never seen …", Speaker: "Ines Varga", SpeakerEntity: "Ines Varga", SpeakerSpan: &varga},
		{Span: span(a, "No family will be left alone,"), Text: "No family will be left alone,", Speaker: "Tomas Berg", SpeakerEntity: "Tomas Berg"},
		{Span: span(b, "No family will be left alone."), Text: "No family will be left alone.", Speaker: "Tomas Berg", SpeakerEntity: "Tomas Berg"},
	}
	r := claim.Analyze(docs, nil)
	st.Claims, st.SingleSource = r.Claims, r.SingleSource
	br := Build(st, docs, Options{})
	said := br.Section(crossread.SectionSaid)
	if said == nil {
		t.Fatal("no Who said what")
	}
	var texts []string
	for _, s := range said.Sentences {
		texts = append(texts, s.Text)
	}
	all := strings.Join(texts, "\n")
	if !strings.Contains(all, "“We have never seen the water rise this fast. In a few hours the whole lower town was under water,” said Mayor Ines Varga") {
		t.Errorf("the mayor's quotation is not listed whole:\n%s", all)
	}
	if strings.Contains(all, "tragedy") || !strings.Contains(all, "No family will be left alone") {
		t.Errorf("want the prime minister's quotation two outlets carry, once:\n%s", all)
	}
	for _, s := range said.Sentences {
		if strings.Contains(s.Text, "water rise") && (len(s.ArticleIDs) != 1 || len(s.SupportedBy) != 0) {
			t.Errorf("a quotation only one article gives is cited to others: %+v", s)
		}
	}
	v := newVerifier(map[string]*crossread.Article{"a": a, "b": b})
	for _, s := range said.Sentences {
		for _, id := range s.ArticleIDs {
			if ok, why := v.supports(s.Text, id); !ok {
				t.Errorf("%q not supported by %s: %s", s.Text, id, why)
			}
		}
	}
}

// A brief reads in the story's language: an article in another language
// supports it but gives it no sentence.
func TestNarrativeInTheStorysLanguage(t *testing.T) {
	a := art("a", "Daily Planet", "The council approved a new budget for public transport on Tuesday. It doubles the number of night buses in the city.")
	b := art("b", "Evening Star", "On Tuesday, the council approved the new public transport budget. The plan doubles the number of night buses.")
	c := art("c", "Diario Sur", "El ayuntamiento aprobó el martes un nuevo presupuesto para el transporte público. El plan duplica el número de autobuses nocturnos.")
	a.Language, b.Language, c.Language = "en", "en", "es"
	c.Text += "\n\n\"Es un gran día para la ciudad\", dijo la alcaldesa Ana Ruiz."
	st, docs, _ := story(a, b, c)
	for _, d := range docs {
		d.Quotes = quote.Extract(d)
		st.Quotes = append(st.Quotes, d.Quotes...)
	}
	st.Brief = Build(st, docs, Options{})
	for _, sec := range st.Brief.Sections {
		if sec.Title == crossread.SectionSources {
			continue
		}
		for _, s := range sec.Sentences {
			if strings.Contains(s.Text, "ayuntamiento") || strings.Contains(s.Text, "autobuses") || strings.Contains(s.Text, "gran día") {
				t.Errorf("%s: a Spanish sentence in an English story's brief: %q", sec.Title, s.Text)
			}
		}
	}
}

// Of a figure the outlets give equally often in two ways, the brief states
// one, and Where sources differ shows both.
func TestATieIsStatedOnce(t *testing.T) {
	a := art("a", "Daily Planet", "Northwind Motors said on Tuesday it would cut 4,500 jobs worldwide after its profit fell sharply.\n\nThe carmaker blamed weaker demand for electric vehicles in Europe.")
	b := art("b", "Evening Star", "Northwind Motors will eliminate 5,000 positions, the automaker announced Tuesday, after its profit dropped sharply.\n\nThe cuts will mostly affect salaried staff in the United States.")
	st, _, _ := story(a, b)
	found := false
	for _, d := range st.Discrepancies {
		found = found || d.About == "jobs cut"
	}
	if !found {
		t.Fatalf("no jobs-cut discrepancy: %+v", st.Discrepancies)
	}
	var both []string
	for _, sec := range st.Brief.Sections {
		if sec.Title == crossread.SectionDiffer || sec.Title == crossread.SectionOnly || sec.Title == crossread.SectionTimeline {
			continue
		}
		for _, s := range sec.Sentences {
			if strings.Contains(s.Text, "4,500") || strings.Contains(s.Text, "5,000") {
				both = append(both, s.Text)
			}
		}
	}
	if len(both) != 1 {
		t.Errorf("the brief states the tied figure %d times, want once: %q", len(both), both)
	}
}

// An opinion piece beside news reports supports the brief but gives its
// narrative no sentence, and is marked in the sources.
func TestOpinionPiecesAside(t *testing.T) {
	a := art("a", "Daily Planet", "The Senate passed a foreign aid package early Wednesday in a 70-29 vote, sending it to the House.\n\nThe bill includes money for Ukraine and Israel.")
	b := art("b", "Evening Star", "The Senate on Wednesday approved a foreign aid package in a 70-29 vote, after an all-night session.\n\nThe package includes money for Ukraine and Israel.")
	c := art("c", "Morning Post", "The Senate's 70-29 vote for aid to Ukraine is a rare moment of seriousness in a broken Congress.\n\nEvery week of delay costs lives on the front line, and the House must vote at once.")
	c.Removed = []string{"OPINION"}
	st, _, byID := story(a, b, c)
	// its lead may tell the news in What's happening; nothing else of it
	// is stated
	for _, sec := range st.Brief.Sections {
		if sec.Title == crossread.SectionSources || sec.Title == crossread.SectionDiffer || sec.Title == crossread.SectionTimeline {
			continue
		}
		for _, s := range sec.Sentences {
			if s.ArticleIDs[0] == "c" && (sec.Title != crossread.SectionHappening || strings.Contains(s.Text, "Every week")) {
				t.Errorf("%s: the opinion piece's %q", sec.Title, s.Text)
			}
		}
	}
	if md := Markdown(st, byID); !strings.Contains(md, "Morning Post (opinion)") {
		t.Errorf("sources do not mark the opinion piece:\n%s", md)
	}
}

// A story told in Spanish has its narrative sections too.
func TestForeignSectionCues(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"Se espera que el Congreso vote la ley el próximo mes.", crossread.SectionNext},
		{"El acuerdo es importante porque abre el mercado europeo.", crossread.SectionMatters},
		{"Les deux pays entretiennent des relations diplomatiques depuis 1992.", crossread.SectionBeyond},
		{"The deal is important because it opens the market.", crossread.SectionMatters},
	} {
		if got := bestSection(c.text); got != c.want {
			t.Errorf("%q: section %q, want %q", c.text, got, c.want)
		}
	}
}

// "(also [n])" marks an article telling the same fact in other words; one
// telling it with another date or figure is flagged.
func TestVerify_AlsoMustNotGiveOtherFigures(t *testing.T) {
	arts := map[string]*crossread.Article{
		"a": {ID: "a", Text: "Das Gesetz wird am 1. Januar 2028 in Kraft treten, teilte das Ministerium mit."},
		"b": {ID: "b", Text: "Das Gesetz soll am 1. Januar 2027 in Kraft treten."},
		"c": {ID: "c", Text: "Das Gesetz tritt am 1. Januar 2028 in Kraft."},
	}
	brief := func(also ...string) crossread.Brief {
		return crossread.Brief{Sections: []crossread.BriefSection{{Title: crossread.SectionHappening, Sentences: []crossread.BriefSentence{
			{Text: "Das Gesetz wird am 1. Januar 2028 in Kraft treten, teilte das Ministerium mit.", ArticleIDs: []string{"a"}, SupportedBy: also},
		}}}}
	}
	if p := Verify(brief("b"), arts); len(p) != 1 || !strings.Contains(p[0].Reason, "2027") {
		t.Errorf("problems %+v, want the 2027 of b", p)
	}
	if p := Verify(brief("c"), arts); len(p) != 0 {
		t.Errorf("problems %+v, want none", p)
	}
}

// An "also" article telling the statement's share in a clause worded
// apart ("cut the risk of heart attack by 25%") gives another figure of it,
// however little else of the sentence it shares; the same digits as a
// count elsewhere ("a 30-minute walk") are no share of 30%.
func TestVerify_AlsoMustNotGiveOtherShareWordedApart(t *testing.T) {
	arts := map[string]*crossread.Article{
		"a": {ID: "a", Text: "People who walked 30 minutes a day had a 30% lower risk of heart attack, a study of 12,000 adults published in The Lancet has found."},
		"b": {ID: "b", Text: "A daily 30-minute walk cut the risk of heart attack by 25%, researchers reported in the journal JAMA on Monday."},
		"c": {ID: "c", Text: "Walking for 30 minutes a day reduced the risk of heart attack by 30%, according to a study of 12,000 adults."},
	}
	brief := func(also ...string) crossread.Brief {
		return crossread.Brief{Sections: []crossread.BriefSection{{Title: crossread.SectionHappening, Sentences: []crossread.BriefSentence{
			{Text: arts["a"].Text, ArticleIDs: []string{"a"}, SupportedBy: also},
		}}}}
	}
	if p := Verify(brief("b"), arts); len(p) != 1 || !strings.Contains(p[0].Reason, "25%") {
		t.Errorf("problems %+v, want the 25%% of b", p)
	}
	if p := Verify(brief("c"), arts); len(p) != 0 {
		t.Errorf("problems %+v, want none", p)
	}
}

// A quotation another outlet writes with its contraction spelled out, or
// without a "that", is the same words quoted.
func TestQuoteFormsAgree(t *testing.T) {
	if claim.QuoteForm("We've never seen the water rise this fast, that we know") != claim.QuoteForm("We have never seen the water rise this fast, we know") {
		t.Error("contraction and dropped 'that' make another quotation")
	}
}

// An "also" article sharing one figure of the statement and giving
// another in the other's place contradicts it ("54 seats and the Greens
// 21" against "54 seats and the Greens 19").
func TestVerify_AlsoSharingOneFigureGivesAnother(t *testing.T) {
	arts := map[string]*crossread.Article{
		"a": {ID: "a", Text: "The Alliance won 54 seats and the Greens 19, the election authority said."},
		"b": {ID: "b", Text: "The centre-right Alliance took 54 seats and the Greens 21."},
	}
	b := crossread.Brief{Sections: []crossread.BriefSection{{Title: crossread.SectionHappening, Sentences: []crossread.BriefSentence{
		{Text: arts["a"].Text, ArticleIDs: []string{"a"}, SupportedBy: []string{"b"}},
	}}}}
	if p := Verify(b, arts); len(p) != 1 || !strings.Contains(p[0].Reason, "21") {
		t.Errorf("problems %+v, want b's 21", p)
	}
}

// A figure written in words is checked as digits are: an article giving
// another count in the same statement does not carry it, in English or in
// another language read.
func TestVerifyCountsInWords(t *testing.T) {
	for _, c := range []struct{ lang, said, other string }{
		{"en", "Four people died when the storm hit the coast of Zeeland on Monday.", "Three people died when the storm hit the coast of Zeeland on Monday."},
		{"en", "The storm killed 4 people on the coast of Zeeland on Monday.", "The storm killed 3 people on the coast of Zeeland on Monday."},
		{"nl", "Bij de storm in Zeeland zijn maandag vier mensen omgekomen.", "Bij de storm in Zeeland zijn maandag drie mensen omgekomen."},
	} {
		arts := map[string]*crossread.Article{
			"a": {ID: "a", Text: c.said, Language: c.lang},
			"b": {ID: "b", Text: c.other, Language: c.lang},
		}
		b := crossread.Brief{Sections: []crossread.BriefSection{{Title: crossread.SectionHappening,
			Sentences: []crossread.BriefSentence{{Text: c.said, ArticleIDs: []string{"a"}, SupportedBy: []string{"b"}}}}}}
		if problems := Verify(b, arts); len(problems) == 0 {
			t.Errorf("%s: %q marked as also told by an article giving another count", c.lang, c.said)
		}
	}
}
