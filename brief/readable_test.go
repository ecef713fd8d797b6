package brief

import (
	"strings"
	"testing"

	"crossread"
)

// A story whose articles carry the kinds of noise a scraped page leaves:
// a photo caption standing before the body, a label, a heading glued to a
// credit, quotations, and a deal figure given in a sentence that leans on
// the one before it.
var harbour = []*crossread.Article{
	{ID: "a", Source: "Coast Times", Title: "Port of Tarn to be sold to shipping group", URL: "https://c.example/a",
		Text: "Finance Minister Ada Berg meets with shipping executives at the ministry in Tarn on March 3.\n\n" +
			"The government agreed on Tuesday to sell the Port of Tarn to the Nordline shipping group. The sale ends ten years of state ownership.\n\n" +
			"Tarn's government is looking for buyers for its other assets as well. This includes a package of deals worth over $2 billion, covering the airport, two ferries and a rail depot.\n\n" +
			"“We sold at the right moment and at the right price,” Berg told reporters after the vote.\n\n" +
			"Reuters Caveats and many doubts still remain."},
	{ID: "b", Source: "Harbour Post", Title: "Government sells Port of Tarn", URL: "https://h.example/b",
		Text: "The government on Tuesday agreed to sell the Port of Tarn to the Nordline shipping group, ending state ownership.\n\n" +
			"Editor's note: Unions have called a strike for next week against the sale of the port.\n\n" +
			"Dock workers fear for their jobs. “The port was never for sale,” said union leader Piet Vos at a rally."},
	{ID: "c", Source: "Daily Ledger", Title: "Nordline buys Tarn port", URL: "https://d.example/c",
		Text: "Nordline is buying the Port of Tarn from the government, which agreed to the sale on Tuesday.\n\n" +
			"The port handled four million tonnes of cargo last year, officials said."},
}

func TestBrief_ReadsWell(t *testing.T) {
	st, byID := buildWith(DefaultSelection, harbour...)
	if p := Verify(st.Brief, byID); len(p) != 0 {
		t.Errorf("problems: %+v", p)
	}
	for _, sec := range st.Brief.Sections {
		if sec.Title == crossread.SectionSources {
			continue
		}
		for _, s := range sec.Sentences {
			if strings.Contains(s.Text, "meets with shipping executives") {
				t.Errorf("%s: photo caption in the brief: %q", sec.Title, s.Text)
			}
			if strings.Contains(s.Text, "Caveats") {
				t.Errorf("%s: heading glued to a credit in the brief: %q", sec.Title, s.Text)
			}
			if strings.HasPrefix(s.Text, "Editor's note") {
				t.Errorf("%s: label left in: %q", sec.Title, s.Text)
			}
			if strings.HasPrefix(s.Text, "This includes") {
				t.Errorf("%s: dangling sentence without its referent: %q", sec.Title, s.Text)
			}
			if hasQuotation(s.Text) && sec.Title != crossread.SectionSaid {
				t.Errorf("%s: quotation outside Who said what: %q", sec.Title, s.Text)
			}
		}
	}
	hap := st.Brief.Section(crossread.SectionHappening)
	if len(hap.Sentences) == 0 || !strings.Contains(hap.Sentences[0].Text, "Port of Tarn") {
		t.Errorf("what's happening should open with the sale: %+v", hap.Sentences)
	}
	only := st.Brief.Section(crossread.SectionOnly)
	deal := false
	for _, s := range only.Sentences {
		if strings.Contains(s.Text, "$2 billion") {
			deal = true
			if !strings.HasPrefix(s.Text, "Tarn's government is looking for buyers") {
				t.Errorf("the deal should come with the sentence it leans on: %q", s.Text)
			}
		}
	}
	if !deal {
		t.Errorf("the one-source deal figure is not listed: %+v", only.Sentences)
	}
	if said := st.Brief.Section(crossread.SectionSaid); len(said.Sentences) == 0 {
		t.Error("no quotation in Who said what")
	}
}

func TestTimeline_SkipsCaptionsAndDanglingSentences(t *testing.T) {
	a := &crossread.Article{ID: "a", Source: "Coast Times", Title: "Port sold",
		Text: "Finance Minister Ada Berg meets with shipping executives in Tarn on March 3.\n\n" +
			"The government agreed to sell the port on March 4 after months of talks.\n\n" +
			"This follows a failed sale in 2019, when no buyer came forward."}
	st := &crossread.Story{ID: "s", Timeline: []crossread.TimelineEntry{
		{Date: "2019", Text: "2019", ArticleIDs: []string{"a"}, Spans: []crossread.Span{span(a, "2019")}},
		{Date: "2025-03-03", Text: "March 3", ArticleIDs: []string{"a"}, Spans: []crossread.Span{span(a, "March 3")}},
		{Date: "2025-03-04", Text: "March 4", ArticleIDs: []string{"a"}, Spans: []crossread.Span{span(a, "March 4")}},
	}}
	docs, byID := docsOf(a)
	b := Build(st, docs, Options{})
	tl := b.Section(crossread.SectionTimeline)
	var got []string
	for _, s := range tl.Sentences {
		got = append(got, s.Text)
	}
	if len(got) != 1 || !strings.HasPrefix(got[0], "The government agreed") {
		t.Errorf("timeline = %q, want only the dated statement", got)
	}
	if p := Verify(b, byID); len(p) != 0 {
		t.Errorf("problems: %+v", p)
	}
}

func TestCite_SameFactInOtherWordsIsSupport(t *testing.T) {
	arts := []*crossread.Article{
		{ID: "a", Source: "North Daily", URL: "https://n.example/a", Text: "Norland will join the Harbour Pact, a trade bloc founded by five coastal states to cut tariffs on fish and grain."},
		{ID: "b", Source: "South Herald", URL: "https://s.example/b", Text: "Norland has announced its decision to join the Harbour Pact, a series of customs deals between northern ports."},
		{ID: "c", Source: "West Gazette", URL: "https://w.example/c", Text: "Norland may soon join the Harbour Pact — the shipping framework that promotes lower port fees — according to a senior official."},
	}
	st, byID := buildWith(DefaultSelection, arts...)
	hap := st.Brief.Section(crossread.SectionHappening)
	if len(hap.Sentences) == 0 {
		t.Fatal("empty section")
	}
	s := hap.Sentences[0]
	if len(s.ArticleIDs) != 1 || len(s.SupportedBy) != 2 {
		t.Errorf("the claim three outlets state should cite its own article and be supported by the two others: %+v", s)
	}
	if p := Verify(st.Brief, byID); len(p) != 0 {
		t.Errorf("problems: %+v", p)
	}
}

func TestMarkdown_SourceWithoutOutletOrTitle(t *testing.T) {
	a := &crossread.Article{ID: "a1b2c3", URL: "https://www.news.example/story", Text: "The council approved the budget on Tuesday after a long debate."}
	st, byID := buildWith(DefaultSelection, a)
	md := Markdown(st, byID)
	if !strings.Contains(md, "news.example — (untitled) — https://www.news.example/story") || strings.Contains(md, "a1b2c3") {
		t.Errorf("sources line should name the host and no id:\n%s", md)
	}
}
