package brief

import (
	"fmt"
	"strings"
	"testing"

	"crossread"
)

func consensusSel() Selection {
	sel := DefaultSelection
	sel.Method = "consensus"
	return sel
}

// A word earns credit for every source after the first that uses it, up
// to as often as each uses it; a word of one source alone earns nothing,
// unless the story has no second source.
func TestCredit_CountsSecondSourcesOn(t *testing.T) {
	table := map[string][]int{"river": {2, 1, 1}, "baker": {1}, "the": {5, 3, 2}}
	for _, c := range []struct {
		counts  map[string]int
		sources int
		want    float64
	}{
		{map[string]int{"river": 1}, 3, 2},
		{map[string]int{"river": 2}, 3, 2},
		{map[string]int{"baker": 1}, 3, 0},
		{map[string]int{"the": 3}, 3, 5},
		{map[string]int{"unknown": 4}, 3, 0},
	} {
		if got := credit(c.counts, table, c.sources); got != c.want {
			t.Errorf("credit(%v, %d sources) = %v, want %v", c.counts, c.sources, got, c.want)
		}
	}
	if got := credit(map[string]int{"baker": 2, "river": 1}, map[string][]int{"river": {2}, "baker": {1}}, 1); got != 2 {
		t.Errorf("one source: credit %v, want 2", got)
	}
	if got := creditTokens("Biden's 35% — U.S. plan"); strings.Join(got, "|") != "biden|s|35|u|s|plan" {
		t.Errorf("creditTokens: %q", got)
	}
}

// The shared fact is told once however many outlets carry it, and a
// sentence made of words one outlet alone uses stays out even when the
// budget has room for it.
func TestConsensus_SharedOnceLoneDetailOut(t *testing.T) {
	arts := append([]*crossread.Article(nil), flood...)
	a := *arts[0]
	a.Text += " Volunteers from Kestrel Rowing Club polished twelve antique oars yesterday evening."
	arts[0] = &a
	st, byID := buildWith(consensusSel(), arts...)
	hap := st.Brief.Section(crossread.SectionHappening)
	if len(hap.Sentences) == 0 {
		t.Fatal("empty section")
	}
	banks := 0
	for _, s := range hap.Sentences {
		if strings.Contains(s.Text, "burst its banks") {
			banks++
		}
		if strings.Contains(s.Text, "Kestrel") {
			t.Errorf("one outlet's aside chosen: %q", s.Text)
		}
		if hasQuotation(s.Text) {
			t.Errorf("quotation in What's happening: %q", s.Text)
		}
	}
	if banks != 1 {
		t.Errorf("the shared fact is told %d times: %+v", banks, hap.Sentences)
	}
	if p := Verify(st.Brief, byID); len(p) != 0 {
		t.Errorf("problems: %+v", p)
	}
}

// A story of many long articles takes the bounded search: the section
// keeps to its budget (one sentence may run past it), verifies, and
// never repeats a sentence.
func TestConsensus_ManyCandidatesBounded(t *testing.T) {
	var arts []*crossread.Article
	for i := range 6 {
		var text []string
		for j := range 20 {
			text = append(text, fmt.Sprintf("The council of Tarn approved plan number %d for the harbour district on Tuesday after a debate of %d hours.", j+i, j+2))
		}
		arts = append(arts, &crossread.Article{ID: fmt.Sprintf("a%d", i), Source: fmt.Sprintf("Outlet %d", i),
			Title: fmt.Sprintf("Tarn council approves harbour plan %d", i), Text: strings.Join(text, " ")})
	}
	sel := consensusSel()
	st, byID := buildWith(sel, arts...)
	hap := st.Brief.Section(crossread.SectionHappening)
	if len(hap.Sentences) == 0 {
		t.Fatal("empty section")
	}
	words, seen := 0, map[string]bool{}
	for i, s := range hap.Sentences {
		if seen[s.Text] {
			t.Errorf("repeated: %q", s.Text)
		}
		seen[s.Text] = true
		if i < len(hap.Sentences)-1 {
			words += len(strings.Fields(s.Text))
		}
	}
	if budget := int(0.4 * DefaultWords); words >= budget {
		t.Errorf("all but the last sentence already fill %d words of a %d budget", words, budget)
	}
	if p := Verify(st.Brief, byID); len(p) != 0 {
		t.Errorf("problems: %+v", p)
	}
}

// One article alone still gets a What's happening: its own frequent words
// stand in for what others would share.
func TestConsensus_SingleSource(t *testing.T) {
	st, byID := buildWith(consensusSel(), flood[1])
	hap := st.Brief.Section(crossread.SectionHappening)
	if len(hap.Sentences) < 2 {
		t.Errorf("one article: %+v", hap.Sentences)
	}
	if p := Verify(st.Brief, byID); len(p) != 0 {
		t.Errorf("problems: %+v", p)
	}
}

func TestPartQuotationAndReportsNews(t *testing.T) {
	for _, c := range []struct {
		in         string
		part, news bool
	}{
		{"The council approved the budget on Tuesday.", false, true},
		{"“Our town has lost a friend of many years.", true, false},
		{"We have lost a colleague,” said the mayor.", true, false},
		{"The mayor said the port was “never for sale” to anyone.", false, true},
		{"A vote for me is a vote for jobs and lower taxes.", false, false},
		{"Officials said “we will rebuild” after the storm.", false, true},
		{"(These are opinion articles and do not reflect the outlet.)", false, false},
		{"The US and Canada signed the accord on Friday.", false, true},
	} {
		if got := partQuotation(c.in); got != c.part {
			t.Errorf("partQuotation(%q) = %v", c.in, got)
		}
		if got := reportsNews(c.in); got != c.news {
			t.Errorf("reportsNews(%q) = %v", c.in, got)
		}
	}
}

func TestUnlabelled(t *testing.T) {
	for in, want := range map[string]string{
		"Canada election: Trudeau's Liberals win but lose majority":  "Trudeau's Liberals win but lose majority",
		"Report: Biden staff diversity lags behind claims":           "Biden staff diversity lags behind claims",
		"Council approves the new transport budget":                  "",
		"At 10:30: Council approves the budget":                      "",
		"What the council said, and why: a guide to the budget":      "",
		"Five words in this label here too: Council approves budget": "",
		"Budget: council approves the new plan":                      "",
	} {
		if got := unlabelled(in); got != want {
			t.Errorf("unlabelled(%q) = %q, want %q", in, got, want)
		}
	}
}

// The search's running tally agrees with credit computed afresh, and
// taking statements back restores it.
func TestTally_MatchesCredit(t *testing.T) {
	table := map[string][]int{"river": {2, 1, 1}, "the": {5, 3, 2}, "baker": {1}}
	tl := &tally{table: table, from: 1, counts: map[string]int{}}
	a := []string{"the", "river", "the", "baker"}
	b := []string{"river", "the", "the", "unknown"}
	tl.add(a)
	tl.add(b)
	counts := map[string]int{}
	for _, w := range append(append([]string(nil), a...), b...) {
		counts[w]++
	}
	if got, want := float64(tl.credit), credit(counts, table, 3); got != want || tl.tokens != 8 {
		t.Errorf("tally credit %v (%d tokens), credit() %v", got, tl.tokens, want)
	}
	tl.remove(b)
	tl.remove(a)
	if tl.credit != 0 || tl.tokens != 0 {
		t.Errorf("after taking back: %+v", tl)
	}
}

// Many short statements: the worst case of the bounded search.
func BenchmarkConsensus_ManyShortStatements(b *testing.B) {
	var arts []*crossread.Article
	for i := range 8 {
		var text []string
		for j := range 40 {
			text = append(text, fmt.Sprintf("Tarn council backed plan %d on Tuesday night.", i*40+j))
		}
		arts = append(arts, &crossread.Article{ID: fmt.Sprintf("a%d", i), Source: fmt.Sprintf("Outlet %d", i),
			Title: fmt.Sprintf("Tarn council backs harbour plan number %d", i), Text: strings.Join(text, " ")})
	}
	docs, _ := docsOf(arts...)
	st := &crossread.Story{ID: "s"}
	sel := consensusSel()
	for b.Loop() {
		Build(st, docs, Options{Selection: &sel})
	}
}

func TestQuotedShare(t *testing.T) {
	if got := quotedShare(`Pence said Soleimani helped "10 of the 12" attackers travel through Iran before the attacks.`); got < 0.2 || got > 0.3 {
		t.Errorf("a short quoted phrase: %v", got)
	}
	if got := quotedShare("“We will rebuild the port,” the mayor said."); got < 0.6 {
		t.Errorf("a quote with its speaker: %v", got)
	}
}

// With facts several outlets share, one outlet's exclusive figure is
// left to Only reported by rather than told as what is happening.
func TestConsensus_ExclusiveFigureToOnlyReportedBy(t *testing.T) {
	arts := []*crossread.Article{
		{ID: "a", Source: "North Daily", Title: "River floods town centre after three days of rain.",
			Text: "The river burst its banks on Sunday and flooded the town centre after three days of rain. Officials opened the school gym as a shelter for families. The water damaged 340 homes in the old quarter, the council estimated."},
		{ID: "b", Source: "South Herald", Title: "Floods hit town as river bursts banks.",
			Text: "After three days of heavy rain the river burst its banks on Sunday, flooding the town centre. Families were given shelter in the school gym opened by officials."},
		{ID: "c", Source: "West Gazette", Title: "Town centre under water.",
			Text: "The town centre was flooded on Sunday when the river burst its banks. The school gym was opened by officials as a shelter for families."},
	}
	st, byID := buildWith(consensusSel(), arts...)
	for _, s := range st.Brief.Section(crossread.SectionHappening).Sentences {
		if strings.Contains(s.Text, "340 homes") {
			t.Errorf("one outlet's figure told as what is happening: %q", s.Text)
		}
	}
	listed := false
	for _, s := range st.Brief.Section(crossread.SectionOnly).Sentences {
		listed = listed || strings.Contains(s.Text, "340 homes")
	}
	if !listed {
		t.Errorf("the exclusive figure is not listed: %+v (single-source facts %+v)", st.Brief.Section(crossread.SectionOnly).Sentences, st.SingleSource)
	}
	if p := Verify(st.Brief, byID); len(p) != 0 {
		t.Errorf("problems: %+v", p)
	}
}

// The other languages' quotation marks count as quotation marks.
func TestQuotationMarksOfOtherLanguages(t *testing.T) {
	for _, s := range []string{
		"« C'est une acquisition stratégique », a affirmé Hélène Marchand, PDG de Marbelle.",
		"„Wir sind auf Kurs, und das bleibt so“, sagte Konzernchef Klaus Brenner.",
	} {
		if !hasQuotation(s) || quotedShare(s) < 0.3 || partQuotation(s) {
			t.Errorf("%q: quotation %v, share %.2f, part %v", s, hasQuotation(s), quotedShare(s), partQuotation(s))
		}
	}
	if !partQuotation("« C'est une acquisition stratégique, a-t-il dit.") {
		t.Error("an unclosed « is no part quotation")
	}
}
