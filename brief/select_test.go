package brief

import (
	"strings"
	"testing"

	"crossread"
	"crossread/claim"
	"crossread/nlp"
	"crossread/number"
	"crossread/quote"
)

func buildWith(sel Selection, arts ...*crossread.Article) (*crossread.Story, map[string]*crossread.Article) {
	var docs []*crossread.Doc
	byID := map[string]*crossread.Article{}
	st := &crossread.Story{ID: "s1", Title: "Test story"}
	for _, a := range arts {
		docs = append(docs, &crossread.Doc{Article: a, Sentences: nlp.Sentences(a.ID, a.Text)})
		byID[a.ID] = a
	}
	r := claim.Analyze(docs, nil)
	st.Claims, st.SingleSource, st.Discrepancies = r.Claims, r.SingleSource, r.Discrepancies
	st.Brief = Build(st, docs, Options{Selection: &sel})
	return st, byID
}

func TestParseSelection(t *testing.T) {
	s, err := ParseSelection("rank")
	if err != nil || s.Method != "rank" || s.Shared != DefaultSelection.Shared {
		t.Errorf("rank: %+v %v", s, err)
	}
	s, err = ParseSelection("shared=1, lead=0,headline=false,order=position")
	if err != nil || s.Shared != 1 || s.Lead != 0 || s.Headline || s.Order != "position" || s.Method != DefaultSelection.Method {
		t.Errorf("settings: %+v %v", s, err)
	}
	if back, err := ParseSelection(s.String()); err != nil || back != s {
		t.Errorf("String does not round-trip: %q → %+v %v", s.String(), back, err)
	}
	s, err = ParseSelection("method=consensus,prior=1.5,quoted=0.25")
	if err != nil || s.Method != "consensus" || s.Prior != 1.5 || s.Quoted != 0.25 {
		t.Errorf("consensus: %+v %v", s, err)
	}
	if back, err := ParseSelection(s.String()); err != nil || back != s {
		t.Errorf("String does not round-trip: %q → %+v %v", s.String(), back, err)
	}
	s, err = ParseSelection("method=article,position=1.5,central=lead")
	if err != nil || s.Method != "article" || s.Position != 1.5 || s.Central != "lead" {
		t.Errorf("article, position: %+v %v", s, err)
	}
	if back, err := ParseSelection(s.String()); err != nil || back != s {
		t.Errorf("String does not round-trip: %q → %+v %v", s.String(), back, err)
	}
	for _, bad := range []string{"method=magic", "position=x", "central=middle", "lead=x", "colour=red", "order=random", "quotes=maybe", "prior=-1", "prior=NaN", "quoted=2", "quoted=NaN"} {
		if _, err := ParseSelection(bad); crossread.ErrorCode(err) != crossread.EINVALID {
			t.Errorf("%q: err %v", bad, err)
		}
	}
}

// Three outlets report a flood; each adds one detail of its own. The
// shared statement must come before any one outlet's colour, and no
// statement may be said twice.
var flood = []*crossread.Article{
	{ID: "a", Source: "North Daily", Title: "River floods town centre after three days of rain.", URL: "https://n.example/a",
		Text: "The river burst its banks on Sunday and flooded the town centre after three days of rain. A local baker said the water reached his counter within minutes. Officials opened the school gym as a shelter."},
	{ID: "b", Source: "South Herald", Title: "Floods hit town as river bursts banks.", URL: "https://s.example/b",
		Text: "After three days of heavy rain the river burst its banks on Sunday, flooding the town centre. Two hundred homes were evacuated, the mayor said. The last comparable flood struck in 1998."},
	{ID: "c", Source: "West Gazette", Title: "Town centre under water.", URL: "https://w.example/c",
		Text: "The town centre was flooded on Sunday when the river burst its banks. Forecasters expect more rain on Wednesday."},
}

func TestCover_SharedFactFirstNoRepeat(t *testing.T) {
	sel := DefaultSelection
	sel.Method = "cover"
	sel.Headline = false
	st, byID := buildWith(sel, flood...)
	hap := st.Brief.Section(crossread.SectionHappening)
	if len(hap.Sentences) < 2 {
		t.Fatalf("what's happening: %+v", hap.Sentences)
	}
	first := hap.Sentences[0]
	if !strings.Contains(first.Text, "burst its banks") || len(first.ArticleIDs)+len(first.SupportedBy) < 2 {
		t.Errorf("first sentence should be the shared fact, cited by several: %+v", first)
	}
	banks := 0
	for _, s := range hap.Sentences {
		if strings.Contains(s.Text, "burst its banks") {
			banks++
		}
	}
	if banks > 1 {
		t.Errorf("the shared fact is said %d times: %+v", banks, hap.Sentences)
	}
	if p := Verify(st.Brief, byID); len(p) != 0 {
		t.Errorf("problems: %+v", p)
	}
}

func TestCover_OpensWithStatementHeadline(t *testing.T) {
	for _, method := range []string{"cover", "consensus"} {
		sel := DefaultSelection
		sel.Method = method
		t.Run(method, func(t *testing.T) { opensWithHeadline(t, sel) })
	}
}

func opensWithHeadline(t *testing.T, sel Selection) {
	st, byID := buildWith(sel, flood...)
	hap := st.Brief.Section(crossread.SectionHappening)
	if len(hap.Sentences) == 0 {
		t.Fatal("empty section")
	}
	h := hap.Sentences[0]
	if !strings.HasPrefix(h.Text, "River floods town centre") && !strings.HasPrefix(h.Text, "Floods hit town") {
		t.Errorf("section should open with the headline sharing most: %+v", hap.Sentences)
	}
	if p := Verify(st.Brief, byID); len(p) != 0 {
		t.Errorf("a headline must verify against its article: %+v", p)
	}
}

func TestHeadlineStatement(t *testing.T) {
	for _, c := range []struct {
		in   string
		want bool
	}{
		{"Council approves new transport budget", true},
		{"Why the council approved the budget", false},
		{"Will the budget pass?", false},
		{"Analysis: the budget and the buses", false},
		{"Council approves budget | Daily Planet", false},
		{"'We finally have buses,' riders say", false},
		{"Budget passes", false},
		{"It passes after a long night of debate", false},
		{"A Guide to Sustainable Living at Home", false},
		{"The best CRM software for 2026", false},
		{"Top general says the budget covers new buses", true},
	} {
		if got := headlineStatement(c.in); got != c.want {
			t.Errorf("headlineStatement(%q) = %v, want %v", c.in, got, c.want)
		}
	}
}

func TestVerify_HeadlineCountsAsArticleText(t *testing.T) {
	a := &crossread.Article{ID: "a", Title: "Council approves new transport budget", Text: "The council met on Tuesday. It voted late."}
	arts := map[string]*crossread.Article{"a": a}
	ok := crossread.Brief{Sections: []crossread.BriefSection{{Title: crossread.SectionHappening, Sentences: []crossread.BriefSentence{
		{Text: "Council approves new transport budget.", ArticleIDs: []string{"a"}}}}}}
	if p := Verify(ok, arts); len(p) != 0 {
		t.Errorf("headline with an added period: %+v", p)
	}
	ok.Sections[0].Sentences[0].Text = "Council approves new transport budget"
	if p := Verify(ok, arts); len(p) != 0 {
		t.Errorf("headline as written: %+v", p)
	}
	if md := Markdown(&crossread.Story{Brief: ok}, arts); !strings.Contains(md, "Council approves new transport budget. [1]") {
		t.Errorf("a headline in a paragraph should be closed with a period:\n%s", md)
	}
	across := crossread.Brief{Sections: []crossread.BriefSection{{Title: crossread.SectionHappening, Sentences: []crossread.BriefSentence{
		{Text: "Council approves new transport budget the council met on Tuesday.", ArticleIDs: []string{"a"}}}}}}
	if p := Verify(across, arts); len(p) == 0 {
		t.Error("a sentence glued across headline and body must not verify")
	}
}

func span(a *crossread.Article, sub string) crossread.Span {
	i := strings.Index(a.Text, sub)
	return crossread.Span{ArticleID: a.ID, Start: i, End: i + len(sub)}
}

func docsOf(arts ...*crossread.Article) ([]*crossread.Doc, map[string]*crossread.Article) {
	var docs []*crossread.Doc
	byID := map[string]*crossread.Article{}
	for _, a := range arts {
		docs = append(docs, &crossread.Doc{Article: a, Sentences: nlp.Sentences(a.ID, a.Text)})
		byID[a.ID] = a
	}
	return docs, byID
}

func FuzzParseSelection(f *testing.F) {
	for _, s := range []string{"", "rank", "shared=1,lead=0", DefaultSelection.String(), "novelty=x", "=,=,", "order=gain,headline=0"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		sel, err := ParseSelection(s)
		if err != nil {
			if crossread.ErrorCode(err) != crossread.EINVALID {
				t.Fatalf("error without the invalid kind: %v", err)
			}
			return
		}
		if sel.Method != "cover" && sel.Method != "rank" && sel.Method != "article" && sel.Method != "consensus" || sel.Order != "gain" && sel.Order != "position" || sel.Prior < 0 || !(sel.Quoted >= 0 && sel.Quoted <= 1) {
			t.Fatalf("accepted %q as %+v", s, sel)
		}
	})
}

// FuzzBuild: whatever two articles say, every sentence of their brief is
// in the first article it cites, word for word (headline included), and
// passes Verify.
func FuzzBuild(f *testing.F) {
	f.Add("Council approves budget", "The council approved the budget on Tuesday. This includes $5 million for buses, officials said.",
		"Budget passes", "Ada Berg meets the council in Oslo on March 3.\n\nOn Tuesday the council approved the budget for buses.")
	f.Add("", "WASHINGTON (AP) — The Senate passed the bill on Friday night after a long debate.", "Senate passes bill", "Editor's note: The Senate passed the bill, a $2 billion package, on Friday.")
	f.Fuzz(func(t *testing.T, t1, x1, t2, x2 string) {
		a := &crossread.Article{ID: "a", Source: "A", Title: t1, Text: x1}
		b := &crossread.Article{ID: "b", Source: "B", Title: t2, Text: x2}
		st, byID := buildWith(DefaultSelection, a, b)
		for _, sec := range st.Brief.Sections {
			if sec.Title == crossread.SectionSources {
				continue
			}
			for _, s := range sec.Sentences {
				if len(s.ArticleIDs) == 0 {
					t.Fatalf("%s: uncited %q", sec.Title, s.Text)
				}
				art := byID[s.ArticleIDs[0]]
				if !newVerifier(byID).verbatim(s.Text, art.ID) {
					t.Fatalf("%s: %q not in article %s", sec.Title, s.Text, art.ID)
				}
			}
		}
		if p := Verify(st.Brief, byID); len(p) != 0 {
			t.Fatalf("problems: %+v", p)
		}
	})
}

// The article-centric selection opens with the article that shares most
// with the others (here South Herald: its words are in both other
// accounts) and keeps its lead's order; budget left over goes to the
// coverage fill. Every sentence still verifies.
func TestArticle_CentralLeadInOrder(t *testing.T) {
	sel := DefaultSelection
	sel.Method = "article"
	st, byID := buildWith(sel, flood...)
	docs, _ := docsOf(flood...)
	b := newBuilder(st, docs, Options{Selection: &sel})
	central := b.centralDoc()
	if central == nil {
		t.Fatal("no central article")
	}
	hap := st.Brief.Section(crossread.SectionHappening)
	if len(hap.Sentences) < 2 {
		t.Fatalf("what's happening: %+v", hap.Sentences)
	}
	if hap.Sentences[0].ArticleIDs[0] != central.Article.ID {
		t.Errorf("opens with %s, central is %s: %+v", hap.Sentences[0].ArticleIDs[0], central.Article.ID, hap.Sentences)
	}
	last := -1
	for _, s := range hap.Sentences {
		if s.ArticleIDs[0] != central.Article.ID || len(s.Spans) == 0 {
			break
		}
		if s.Spans[0].Start < last {
			t.Errorf("the central lead is out of order: %+v", hap.Sentences)
		}
		last = s.Spans[0].Start
	}
	if p := Verify(st.Brief, byID); len(p) != 0 {
		t.Errorf("problems: %+v", p)
	}
}

// Position weighting favours what the articles say early: with it on,
// a term all three leads use weighs more than one used as late.
func TestPosition_EarlyTermsWeighMore(t *testing.T) {
	sel := DefaultSelection
	st, _ := buildWith(sel, flood...)
	docs, _ := docsOf(flood...)
	b := newBuilder(st, docs, Options{Selection: &sel})
	worth := b.termWorth(sel)
	plain := map[string]float64{}
	for k, v := range worth {
		plain[k] = v
	}
	ordinal := map[*claim.Sentence]int{}
	nth := map[*crossread.Doc]int{}
	for _, x := range b.al.Sentences {
		if x.Statement {
			ordinal[x] = nth[x.Doc]
			nth[x.Doc]++
		}
	}
	b.weighByPosition(worth, ordinal, 1)
	grew := false
	for k, v := range worth {
		if v < plain[k] {
			t.Errorf("%s lost weight: %v → %v", k, plain[k], v)
		}
		if v > plain[k] {
			grew = true
		}
	}
	if !grew {
		t.Error("no term gained weight from its position")
	}
}

// FuzzBuildWithQuotes runs the brief over two articles with the quote and
// number stages' findings, so that Who said what's units of several
// sentences and the figures' discrepancies are exercised: every sentence
// must stand in the article it cites.
func FuzzBuildWithQuotes(f *testing.F) {
	f.Add("Floods kill 14", "\"We have never seen the water rise this fast. In hours the town was under water,\" said Mayor Ines Varga outside the town hall. At least 14 people died.",
		"Floods kill 12", "The death toll has risen to 12, officials said. \"People lost everything,\" Varga told local television.")
	f.Add("Court ruling", "The court ruled 7-2 on Tuesday. The election is set for October 11.", "Court ruling", "In a 6-3 decision, the court struck the law down before the October 4 election.")
	f.Fuzz(func(t *testing.T, t1, x1, t2, x2 string) {
		a := &crossread.Article{ID: "a", Source: "A", Title: t1, Text: x1}
		b := &crossread.Article{ID: "b", Source: "B", Title: t2, Text: x2}
		byID := map[string]*crossread.Article{"a": a, "b": b}
		st := &crossread.Story{ID: "s1", Title: "Test story"}
		var docs []*crossread.Doc
		for _, art := range []*crossread.Article{a, b} {
			d := &crossread.Doc{Article: art, Sentences: nlp.Sentences(art.ID, art.Text)}
			d.Quotes = quote.Extract(d)
			d.Numbers = number.Extract(art.ID, art.Text)
			st.Quotes = append(st.Quotes, d.Quotes...)
			docs = append(docs, d)
		}
		r := claim.Analyze(docs, nil)
		st.Claims, st.SingleSource, st.Discrepancies = r.Claims, r.SingleSource, r.Discrepancies
		st.Brief = Build(st, docs, Options{})
		for _, sec := range st.Brief.Sections {
			if sec.Title == crossread.SectionSources {
				continue
			}
			for _, s := range sec.Sentences {
				if len(s.ArticleIDs) == 0 || !newVerifier(byID).verbatim(s.Text, s.ArticleIDs[0]) {
					t.Fatalf("%s: %q not in the article it cites (%v)", sec.Title, s.Text, s.ArticleIDs)
				}
			}
		}
	})
}
