package analyze

import (
	"context"
	"reflect"
	"slices"
	"sort"
	"strings"
	"testing"

	"crossread"
	"crossread/brief"
	"crossread/source"
)

// TestFloodsEndToEnd reads a story written for this test, told by four
// outlets as HTML pages, plain-text scrapes and a wire copy with their
// page furniture, through the whole pipeline: files, cleaning, analysis,
// brief. It holds what reading such stories end to end taught.
func TestFloodsEndToEnd(t *testing.T) {
	arts, errs := source.Load(context.Background(), []string{"testdata/floods"}, source.Options{Offline: true, Jobs: 1})
	if len(errs) != 0 || len(arts) != 4 {
		t.Fatalf("read %d articles, errors %+v", len(arts), errs)
	}
	byID := map[string]*crossread.Article{}
	bySource := map[string]string{} // outlet → article id
	for _, a := range arts {
		byID[a.ID] = a
		bySource[a.Source] = a.ID
		if strings.Contains(a.Text, "Europe correspondent") || strings.Contains(a.Text, "Read Next") || strings.Contains(a.Text, "Spain: storm") {
			t.Errorf("%s: page furniture left in the text:\n%s", a.Source, a.Text)
		}
	}
	_, stories := Run(arts, Options{})
	if len(stories) != 1 {
		t.Fatalf("%d stories, want 1", len(stories))
	}
	st := stories[0]

	ids := func(outlets ...string) []string {
		var out []string
		for _, o := range outlets {
			out = append(out, bySource[o])
		}
		sort.Strings(out)
		return out
	}
	want := map[string]map[string][]string{
		"death toll":             {"12": ids("Daily Ledger"), "14": ids("Wire", "Coastline News", "Porto Daily")},
		"displaced or evacuated": {"2,000": ids("Daily Ledger"), "2,300": ids("Wire", "Coastline News", "Porto Daily")},
	}
	got := map[string]map[string][]string{}
	for _, d := range st.Discrepancies {
		if d.Kind != "toll" {
			continue
		}
		got[d.About] = map[string][]string{}
		for _, v := range d.Variants {
			a := append([]string(nil), v.ArticleIDs...)
			sort.Strings(a)
			got[d.About][v.Value] = a
		}
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("tolls = %v, want %v", got, want)
	}

	said := st.Brief.Section(crossread.SectionSaid)
	whole := false
	for _, s := range said.Sentences {
		whole = whole || strings.HasPrefix(s.Text, "\"We have never seen the water rise this fast. In a few hours the whole lower town was under water,\" said Mayor")
	}
	if !whole {
		t.Errorf("the mayor's quotation is not listed whole: %+v", said.Sentences)
	}
	for _, s := range st.Brief.Section(crossread.SectionTimeline).Sentences {
		if strings.HasPrefix(s.Text, "LISBON") {
			t.Errorf("a dateline left in the timeline: %q", s.Text)
		}
	}
	if problems := brief.Verify(st.Brief, byID); len(problems) != 0 {
		t.Errorf("brief sentences not supported: %+v", problems)
	}
}

// TestCourtEndToEnd reads a court ruling written for this test from a feed
// (with a second, unrelated entry carrying only a summary), a page and a
// JSON Lines record: splits and an event's day given differently, a
// feed's section that is no outlet, a speaker who ends before the scene.
func TestCourtEndToEnd(t *testing.T) {
	arts, errs := source.Load(context.Background(), []string{"testdata/court"}, source.Options{Offline: true, Jobs: 1})
	if len(errs) != 0 || len(arts) != 4 {
		t.Fatalf("read %d articles, errors %+v", len(arts), errs)
	}
	bySource := map[string][]string{}
	for _, a := range arts {
		bySource[a.Source] = append(bySource[a.Source], a.ID)
	}
	if len(bySource["Northern Herald"]) != 2 {
		t.Fatalf("outlets %v, want the feed's entries under Northern Herald", bySource)
	}
	_, stories := Run(arts, Options{})
	var st *crossread.Story
	for _, s := range stories {
		if len(s.ArticleIDs) == 3 {
			st = s
		}
	}
	if st == nil {
		t.Fatalf("no story of the three court articles: %d stories", len(stories))
	}
	values := valuesByAbout(st)
	if values["vote or score"] != "6-3 · 7-2" || values["date of the election"] != "October 11 · October 4" {
		t.Errorf("discrepancies %v", values)
	}
	for _, q := range st.Quotes {
		if strings.Contains(q.Speaker, "court") {
			t.Errorf("speaker %q runs into the scene", q.Speaker)
		}
	}
}

// TestTakeoverEndToEnd reads a takeover written for this test from a wire
// copy, a business page, a local paper's plain-text scrape with its
// masthead line and a JSON Lines record: a quote worded two ways where
// one outlet quotes two sentences together, a chief executive's name
// spelled two ways, a market's reference price that is no event, and
// the target's share jump told as 31% and as 29%.
func TestTakeoverEndToEnd(t *testing.T) {
	st, byID := oneStory(t, "testdata/takeover", 4)
	bySource := map[string]*crossread.Article{}
	for _, a := range byID {
		bySource[a.Source] = a
	}
	if local := bySource["Cambridge Daily Ledger"]; local == nil || len(local.Authors) != 0 {
		t.Fatalf("outlets %v: the local paper's masthead line should name it, not an author", bySource)
	}
	kinds := map[string][]string{}
	for _, d := range st.Discrepancies {
		var vs []string
		for _, v := range d.Variants {
			vs = append(vs, v.Value)
		}
		sort.Strings(vs)
		kinds[d.Kind] = append(kinds[d.Kind], strings.Join(vs, " · "))
	}
	want := map[string][]string{
		"spelling": {"Jonathan Whitfield · Jonathon Whitfield"},
		"quote":    {"This brings us the most promising pipeline in metabolic disease, · This brings us the strongest pipeline in metabolic disease."},
		"number":   {"29% · 31%"},
	}
	if !reflect.DeepEqual(kinds, want) {
		t.Errorf("discrepancies %v, want %v", kinds, want)
	}
	for _, s := range st.Brief.Section(crossread.SectionTimeline).Sentences {
		if strings.Contains(s.Text, "Friday") {
			t.Errorf("a reference price dated as an event: %q", s.Text)
		}
	}
	for _, q := range st.Quotes {
		if strings.HasPrefix(q.Text, "full but defensible") && q.Speaker != "Analysts at Bernstein" {
			t.Errorf("speaker %q of %q", q.Speaker, q.Text)
		}
	}
	verified(t, st, byID)
}

// TestElectionEndToEnd reads a first round written for this test from a
// page, a plain-text scrape and a feed read offline (its summary):
// the runoff's day and the turnout given differently (the turnout in a
// four-word sentence), a possessive "Sunday's election" in a sentence
// about the coming runoff, and a speaker's "Tonight" inside a quotation.
func TestElectionEndToEnd(t *testing.T) {
	st, byID := oneStory(t, "testdata/election", 3) // offline, the feed's summary stands for its page
	values := valuesByAbout(st)
	if values["date of the runoff"] != "December 14 · December 21" || values["turnout"] != "61% · 64%" {
		t.Errorf("discrepancies %v", values)
	}
	for _, s := range st.Brief.Section(crossread.SectionTimeline).Sentences {
		if strings.Contains(s.Text, "Tonight") {
			t.Errorf("a speaker's day dated as the report's: %q", s.Text)
		}
	}
	for _, e := range st.Timeline {
		if strings.Contains(e.Text, "Sunday's presidential election") && e.Date != "2026-11-22" && e.Date != "2026-12-21" {
			t.Errorf("%q dated %s", e.Text, e.Date)
		}
	}
	verified(t, st, byID)
}

// TestLaunchEndToEnd reads a phone launch written for this test from a
// page, a plain-text review and a JSON Lines record: two limits of one
// measure in sentences worded apart, prices that agree, a quote written
// with and without its contraction, a timetable told in the present
// ("Pre-orders open on Friday") and a comparison with last year.
func TestLaunchEndToEnd(t *testing.T) {
	st, byID := oneStory(t, "testdata/launch", 3)
	var about []string
	for _, d := range st.Discrepancies {
		about = append(about, d.About)
	}
	if !reflect.DeepEqual(about, []string{"hours of video playback"}) {
		t.Errorf("discrepancies %q, want only the playback hours", about)
	}
	for _, e := range st.Timeline {
		if strings.HasPrefix(e.Text, "Pre-orders open on Friday") && e.Date != "2026-09-11" {
			t.Errorf("%q dated %s, want the coming Friday", e.Text, e.Date)
		}
		if strings.Contains(e.Text, "last year's models") {
			t.Errorf("a comparison dated as an event: %q", e.Text)
		}
	}
	verified(t, st, byID)
}

// TestObituaryEndToEnd reads an obituary written for this test from a
// plain-text scrape, a page and a wire record: the year of birth and of a
// prize and the age at death given differently ("She was 87." after the
// sentence naming her, "who has died aged 86", "has died at the age of
// 87"), in sentences otherwise worded apart.
func TestObituaryEndToEnd(t *testing.T) {
	st, byID := oneStory(t, "testdata/obituary", 3)
	got := map[string]string{}
	for _, d := range st.Discrepancies {
		if d.Kind == "quote" {
			continue
		}
		var vs []string
		for _, v := range d.Variants {
			var outlets []string
			for _, id := range v.ArticleIDs {
				outlets = append(outlets, byID[id].Source)
			}
			sort.Strings(outlets)
			vs = append(vs, v.Value+" "+strings.Join(outlets, "+"))
		}
		sort.Strings(vs)
		got[strings.Join(vs, " · ")] = d.Kind
	}
	for _, want := range []string{
		"1938 The Literary Times · 1939 The Northern Review",
		"1983 The Northern Review · 1984 The Literary Times+Wire",
		"86 The Northern Review · 87 The Literary Times+Wire",
	} {
		if _, ok := got[want]; !ok {
			t.Errorf("no line %q in %v", want, got)
		}
	}
	verified(t, st, byID)
}

// oneStory reads the story written for a test from dir (n articles, read
// offline without an error) and runs the whole analysis on it: one story.
func oneStory(t *testing.T, dir string, n int) (*crossread.Story, map[string]*crossread.Article) {
	t.Helper()
	arts, errs := source.Load(context.Background(), []string{dir}, source.Options{Offline: true, Jobs: 1})
	if len(errs) != 0 || len(arts) != n {
		t.Fatalf("read %d articles, errors %+v; want %d", len(arts), errs, n)
	}
	byID := map[string]*crossread.Article{}
	for _, a := range arts {
		byID[a.ID] = a
	}
	_, stories := Run(arts, Options{})
	if len(stories) != 1 {
		t.Fatalf("%d stories, want 1", len(stories))
	}
	return stories[0], byID
}

// verified fails the test for a brief sentence its articles do not carry.
func verified(t *testing.T, st *crossread.Story, byID map[string]*crossread.Article) {
	t.Helper()
	if problems := brief.Verify(st.Brief, byID); len(problems) != 0 {
		t.Errorf("brief sentences not supported: %+v", problems)
	}
}

// valuesByAbout maps each discrepancy's subject to its values, sorted and
// joined by " · ".
func valuesByAbout(st *crossread.Story) map[string]string {
	values := map[string]string{}
	for _, d := range st.Discrepancies {
		var vs []string
		for _, v := range d.Variants {
			vs = append(vs, v.Value)
		}
		sort.Strings(vs)
		values[d.About] = strings.Join(vs, " · ")
	}
	return values
}

// TestRateHikeEndToEnd reads a rate decision written for this test: one
// outlet gives the new rate as 4.75% where two give 4.5%, and the
// February inflation as 5.9% where another gives 5.8%, each in sentences
// worded apart, and the committee's split as "a 7-2 vote" and as "six of
// the nine members"; a currency's move "after the announcement" and at another
// hour is no discrepancy, nor, told otherwise elsewhere, an exclusive.
func TestRateHikeEndToEnd(t *testing.T) {
	st, byID := oneStory(t, "testdata/ratehike", 3)
	idOf := map[string]string{}
	for id, a := range byID {
		idOf[a.Source] = id
	}
	daily, wire, finance := idOf["Baltic Business Daily"], idOf["Nordic Wire"], idOf["Finance Today"]
	got := map[string]bool{}
	for _, d := range st.Discrepancies {
		if d.Kind != "number" {
			continue
		}
		var vs []string
		for _, v := range d.Variants {
			ids := append([]string(nil), v.ArticleIDs...)
			sort.Strings(ids)
			vs = append(vs, v.Value+" "+strings.Join(ids, ","))
		}
		sort.Strings(vs)
		got[strings.Join(vs, " · ")] = true
	}
	pair := func(a, b string) string {
		ids := []string{a, b}
		sort.Strings(ids)
		return strings.Join(ids, ",")
	}
	for _, want := range []string{
		"4.5% " + pair(daily, finance) + " · 4.75% " + wire,
		"5.8% " + wire + " · 5.9% " + finance,
	} {
		if !got[want] {
			t.Errorf("no discrepancy %q; got %v", want, got)
		}
	}
	if len(got) != 2 {
		t.Errorf("number discrepancies %v, want the rate's and the inflation's", got)
	}
	// "a 7-2 vote" · "Six of the nine members … voted for the rise"
	split := false
	for _, d := range st.Discrepancies {
		split = split || d.Kind == "toll" && len(d.Variants) == 2 && d.Variants[0].Value == "7-2" && strings.EqualFold(d.Variants[1].Value, "six of the nine")
	}
	if !split {
		t.Errorf("the committee's split given two ways is no discrepancy: %+v", st.Discrepancies)
	}
	for _, s := range st.Brief.Section(crossread.SectionOnly).Sentences {
		if strings.Contains(s.Text, "krone") {
			t.Errorf("a move two outlets give, listed as one's exclusive: %q", s.Text)
		}
	}
	// the sentence giving 5.9% is not "also" the outlet that gives 5.8%
	for _, sec := range st.Brief.Sections {
		for _, s := range sec.Sentences {
			if strings.Contains(s.Text, "5.9%") && (slices.Contains(s.ArticleIDs, wire) || slices.Contains(s.SupportedBy, wire)) {
				t.Errorf("%q cites the outlet giving 5.8%%: %v also %v", s.Text, s.ArticleIDs, s.SupportedBy)
			}
		}
	}
	verified(t, st, byID)
}

// wantDiscrepancies checks the story's discrepancy lines against want.
func wantDiscrepancies(t *testing.T, st *crossread.Story, byID map[string]*crossread.Article, want []string) {
	t.Helper()
	if got := discrepancyLines(st, byID); !reflect.DeepEqual(got, want) {
		t.Errorf("discrepancies\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// discrepancyLines gives each discrepancy as "about: value [outlets] ·
// value [outlets]", outlets by name, sorted.
func discrepancyLines(st *crossread.Story, byID map[string]*crossread.Article) []string {
	var out []string
	for _, d := range st.Discrepancies {
		var vs []string
		for _, v := range d.Variants {
			var names []string
			for _, id := range v.ArticleIDs {
				names = append(names, byID[id].Source)
			}
			sort.Strings(names)
			vs = append(vs, v.Value+" ["+strings.Join(names, ", ")+"]")
		}
		sort.Strings(vs)
		out = append(out, d.About+": "+strings.Join(vs, " · "))
	}
	sort.Strings(out)
	return out
}

// TestWildfireEndToEnd reads a wildfire written for this test: the day
// it started (a weekday in each), the homes destroyed and the containment
// differ; the burned area, given in acres by two outlets and in hectares
// by the third, does not, and is no one outlet's exclusive.
func TestWildfireEndToEnd(t *testing.T) {
	st, byID := oneStory(t, "testdata/wildfire", 3)
	wantDiscrepancies(t, st, byID, []string{
		"date of the start: Monday evening [The Harlan Herald] · Tuesday [Pacific News Service, Valley Courier]",
		"homes destroyed: 120 [Pacific News Service] · 85 [The Harlan Herald, Valley Courier]",
		"share contained: 15% [The Harlan Herald, Valley Courier] · 20% [Pacific News Service]",
	})
	for _, s := range st.Brief.Section(crossread.SectionOnly).Sentences {
		if strings.Contains(s.Text, "acres") || strings.Contains(s.Text, "hectares") {
			t.Errorf("the burned area listed as one outlet's: %q", s.Text)
		}
	}
	verified(t, st, byID)
}

// TestDerailmentEndToEnd reads a derailment written for this test: the
// injured and the carriages that left the tracks ("Six of the train's
// eight carriages" · "Five carriages") differ; the time (7:40 · around
// 7:45), the passengers (about 240 · about 250) and the line's reopening
// ("until at least Monday" · "until Tuesday") do not. A sentence opening
// with a number and a plural noun is no photo caption.
func TestDerailmentEndToEnd(t *testing.T) {
	st, byID := oneStory(t, "testdata/derailment", 3)
	wantDiscrepancies(t, st, byID, []string{
		"injured: 31 [Alpine Post, Continental Wire] · 35 [Rail Report]",
		"number of carriages: Five [Rail Report] · Six [Alpine Post, Continental Wire]",
	})
	verified(t, st, byID)
}

// TestSentencingEndToEnd reads a sentencing written for this test: the
// prison term (12 years · a 14-year sentence), the fine (a fine of
// £500,000 · fined £450,000), the age and the lawyer's name differ. The
// brief opens with no headline giving the outvoted term, and the lawyer
// spelled otherwise is no one outlet's exclusive.
func TestSentencingEndToEnd(t *testing.T) {
	st, byID := oneStory(t, "testdata/sentencing", 3)
	wantDiscrepancies(t, st, byID, []string{
		"age of Richard Penhallow: 61 [Northern Ledger, The Castleford Echo] · 62 [Yorkshire Daily]",
		"fine: £450,000 [The Castleford Echo] · £500,000 [Northern Ledger, Yorkshire Daily]",
		"prison term (years): 12 [Northern Ledger, The Castleford Echo] · 14 [Yorkshire Daily]",
		"spelling of Simon Graves: Simon Graves [Yorkshire Daily] · Simon Greaves [Northern Ledger]",
	})
	for _, sec := range st.Brief.Sections {
		for _, s := range sec.Sentences {
			if sec.Title == crossread.SectionDiffer || sec.Title == crossread.SectionSources {
				continue
			}
			if strings.Contains(s.Text, "14") && sec.Title != crossread.SectionTimeline {
				t.Errorf("%s states the outvoted term: %q", sec.Title, s.Text)
			}
			if sec.Title == crossread.SectionOnly && strings.Contains(s.Text, "Simon") {
				t.Errorf("the lawyer spelled otherwise listed as one outlet's: %q", s.Text)
			}
		}
	}
	verified(t, st, byID)
}

// TestArcticPactEndToEnd reads a treaty signing written for this test:
// two outlets list the same five countries by other names ("America and
// the UK" · "the United States and Britain"), one adds Iceland; the
// rescue centre opens by 2028 or by 2029; "Tromsø" written "Tromso" is no
// spelling discrepancy.
func TestArcticPactEndToEnd(t *testing.T) {
	st, byID := oneStory(t, "testdata/arctic", 3)
	wantDiscrepancies(t, st, byID, []string{
		"who is listed (Thursday): Canada, Norway, Denmark, America and the UK [Global Affairs Wire, Polar Times] · Canada, Norway, Denmark, Iceland, the U.S. and the United Kingdom [Nordic Review]",
		"year for “joint rescue centre by 2029”: 2028 [Global Affairs Wire, Polar Times] · 2029 [Nordic Review]",
	})
	verified(t, st, byID)
}

// TestEarningsEndToEnd reads quarterly results written for this test: the
// net profit and the revenue one outlet gives differ from the two others',
// each worded otherwise ("rose to $650 million" · "a 14% rise in
// first-quarter net profit, to $612 million" · "net profit of $612
// million"; "revenue reached" · "Sales totalled"); the analysts' forecast
// is no result, and the employees ("about 38,000" · "41,000") no line.
// The sentence giving the outvoted profit is not in the brief, nor cited
// "also" the outlets that give another.
func TestEarningsEndToEnd(t *testing.T) {
	st, byID := oneStory(t, "testdata/earnings", 3)
	wantDiscrepancies(t, st, byID, []string{
		"net profit (quarter): $612 million [Food Industry News, Market Ledger] · $650 million [Business Wire Daily]",
		"revenue: $4.2 billion [Food Industry News, Market Ledger] · $4.3 billion [Business Wire Daily]",
		"workforce: 38,000 [Business Wire Daily] · 41,000 [Food Industry News]",
	})
	for _, sec := range st.Brief.Sections {
		if sec.Title == crossread.SectionDiffer || sec.Title == crossread.SectionSources || sec.Title == crossread.SectionTimeline {
			continue
		}
		for _, s := range sec.Sentences {
			if strings.Contains(s.Text, "$650 million") {
				t.Errorf("%s states the outvoted profit: %q", sec.Title, s.Text)
			}
		}
	}
	verified(t, st, byID)
}

// TestRunoffEndToEnd reads a presidential runoff written for this test:
// the winner's share (52.3% · 54.1%; the loser's 47.7% is no variant of
// it), the inauguration's day ("sworn in on March 1" · "will be
// inaugurated on March 8"), the turnout and the winner's age differ. The
// loser conceded "late on Sunday", the day before the articles, though the
// sentence quotes "the will of the people".
func TestRunoffEndToEnd(t *testing.T) {
	st, byID := oneStory(t, "testdata/runoff", 3)
	wantDiscrepancies(t, st, byID, []string{
		"age of Mendes: 57 [Southern Post] · 58 [Iberian Monitor, World Desk]",
		"date of the inauguration: March 1 [Iberian Monitor, World Desk] · March 8 [Southern Post]",
		"share of the vote: 52.3% [World Desk] · 54.1% [Southern Post]",
		"turnout: 68% [World Desk] · 71% [Iberian Monitor]",
	})
	for _, e := range st.Timeline {
		if strings.Contains(e.Text, "admitted defeat") && e.Date != "2026-02-08" {
			t.Errorf("the concession dated %s, not the Sunday before: %q", e.Date, e.Text)
		}
	}
	verified(t, st, byID)
}

// TestHostagesEndToEnd reads a hostage release written for this test: the
// hostages counted (Eleven · Twelve), the day they were seized (May 22 ·
// May 24), the Germans among them, the ransom reported and the minister's
// title ("Defence Minister" · "Interior Minister") differ.
func TestHostagesEndToEnd(t *testing.T) {
	st, byID := oneStory(t, "testdata/hostages", 3)
	wantDiscrepancies(t, st, byID, []string{
		"date of the abduction: May 22 [Africa Wire] · May 24 [Desert Courier, Global Report]",
		"hostages: Eleven [Africa Wire] · Twelve [Desert Courier]",
		"number of Germans: three [Desert Courier] · two [Africa Wire]",
		"ransom: $2 million [Africa Wire] · $3 million [Desert Courier]",
		"role of Samuel Okoro: Defence Minister [Africa Wire] · Interior Minister [Desert Courier]",
	})
	verified(t, st, byID)
}

// TestBreachEndToEnd reads a data breach written for this test: the
// customers affected ("about 3.9 million" · "4.2 million") and the day it
// was found ("detected the intrusion on August 30" · "discovered on
// September 2") differ; the sentence giving 4.2 million is not "also" the
// outlet giving about 3.9 million.
func TestBreachEndToEnd(t *testing.T) {
	st, byID := oneStory(t, "testdata/breach", 3)
	wantDiscrepancies(t, st, byID, []string{
		"date of the discovery: August 30 [Daily Digital] · September 2 [Consumer Watch, Tech Chronicle]",
		"number for “personal details of about 3.9 million”: 3.9 million [Daily Digital] · 4.2 million [Consumer Watch, Tech Chronicle]",
	})
	for _, sec := range st.Brief.Sections {
		for _, s := range sec.Sentences {
			for _, id := range append(append([]string{}, s.ArticleIDs...), s.SupportedBy...) {
				if strings.Contains(s.Text, "4.2 million") && byID[id].Source == "Daily Digital" {
					t.Errorf("%q cites the outlet giving about 3.9 million", s.Text)
				}
			}
		}
	}
	verified(t, st, byID)
}

// TestStormEndToEnd reads a storm written for this test: the dead (Three ·
// Two), the homes left without power ("Some 180,000 households" · "around
// 200,000 homes", rounded to ten thousands and a tenth apart) and the day
// power is to be back ("by Friday" · "by Saturday") differ; gusts "of up to 93 mph" and "150 km/h" are one speed, neither
// an exclusive.
func TestStormEndToEnd(t *testing.T) {
	st, byID := oneStory(t, "testdata/storm", 3)
	wantDiscrepancies(t, st, byID, []string{
		"date of the expected restoration: Friday [Coastal News, Northern Times] · Saturday [Nordic Herald]",
		"death toll: Three [Nordic Herald] · Two [Coastal News, Northern Times]",
		"homes without power: 180,000 [Nordic Herald] · 200,000 [Coastal News, Northern Times]",
		"wording of a quote by Meteorologist Jonas Eklund: This is the strongest storm we have seen in a decade, [Northern Times] · the strongest storm we have seen in ten years. [Nordic Herald]",
	})
	for _, s := range st.Brief.Section(crossread.SectionOnly).Sentences {
		if strings.Contains(s.Text, "mph") || strings.Contains(s.Text, "km/h") {
			t.Errorf("a speed listed as one outlet's: %q", s.Text)
		}
	}
	verified(t, st, byID)
}

// TestSemifinalEndToEnd reads a cup semi-final written for this test: the
// crowd ("a crowd of 48,500" · "watched by 46,000 fans"), the final's day
// and the minute of the red card differ. "after 23 minutes" is the others'
// "23rd minute", and "on 68 minutes" their 67th told otherwise: neither is
// one outlet's exclusive.
func TestSemifinalEndToEnd(t *testing.T) {
	st, byID := oneStory(t, "testdata/semifinal", 3)
	wantDiscrepancies(t, st, byID, []string{
		"attendance: 46,000 [Goal Line] · 48,500 [Sports Daily]",
		"date of the final: May 16 [Football Weekly, Sports Daily] · May 23 [Goal Line]",
		"match minute for Sam Okafor: 71st [Football Weekly, Sports Daily] · 75th [Goal Line]",
	})
	for _, s := range st.Brief.Section(crossread.SectionOnly).Sentences {
		if strings.Contains(s.Text, "minutes") {
			t.Errorf("a minute the others give listed as one outlet's: %q", s.Text)
		}
	}
	verified(t, st, byID)
}

// TestStudyEndToEnd reads a health study written for this test: the risk
// cut (by 30% · by 25% · a 30% lower risk) and the journal (The Lancet ·
// JAMA) differ. No sentence giving 30% is marked "also" the outlet giving
// 25%, though that outlet's "30-minute walk" holds the digits.
func TestStudyEndToEnd(t *testing.T) {
	st, byID := oneStory(t, "testdata/study", 3)
	wantDiscrepancies(t, st, byID, []string{
		"journal: JAMA [Science Today] · The Lancet [Health Post, Wellness Wire]",
		"number for “risk of heart attack by 25%”: 25% [Science Today] · 30% [Health Post, Wellness Wire]",
	})
	for _, sec := range st.Brief.Sections {
		for _, s := range sec.Sentences {
			for _, id := range append(append([]string{}, s.ArticleIDs...), s.SupportedBy...) {
				if strings.Contains(s.Text, "30%") && byID[id].Source == "Science Today" {
					t.Errorf("%q cites the outlet giving 25%%", s.Text)
				}
			}
		}
	}
	verified(t, st, byID)
}

// TestCrashEndToEnd reads a plane crash written for this test: the people
// on board ("carrying 132 people" · "with 133 passengers and crew") and
// the time contact was lost ("lost contact … at 2:15 p.m." · "disappeared
// from radar at 2:40 p.m.") and the aircraft ("Boeing 737-800" · "Airbus
// A320") differ; "A320" and "737-800" are a model's names, no figures one
// outlet alone gives.
func TestCrashEndToEnd(t *testing.T) {
	st, byID := oneStory(t, "testdata/crash", 3)
	wantDiscrepancies(t, st, byID, []string{
		"aircraft: Airbus A320 [Global Air Report] · Boeing 737-800 [Air Safety News, The Sarro Times]",
		"on board: 132 [Air Safety News, The Sarro Times] · 133 [Global Air Report]",
		"time contact was lost: 2:15 p.m. [Air Safety News, The Sarro Times] · 2:40 p.m. [Global Air Report]",
	})
	for _, s := range st.Brief.Section(crossread.SectionOnly).Sentences {
		if s.Exclusive == "320" || s.Exclusive == "800" || s.Exclusive == "737-800" {
			t.Errorf("a model's number listed as a figure: %q (%s)", s.Text, s.Exclusive)
		}
	}
	verified(t, st, byID)
}

// TestResignationEndToEnd reads a minister's resignation written for this
// test: the contracts' worth, the day she quit ("resigned on Thursday" ·
// "stepped down as health minister on Wednesday"), her age ("Benn, 52," ·
// "Benn, 53,": the age pass's line, not a figure's) and her stand-in's
// title differ; the sentence giving the outvoted age is not in the brief's
// narrative.
func TestResignationEndToEnd(t *testing.T) {
	st, byID := oneStory(t, "testdata/resignation", 3)
	wantDiscrepancies(t, st, byID, []string{
		"age of Benn: 52 [Capital Herald, National Post Online] · 53 [The Observer Daily]",
		"contracts worth: 45 million euros [Capital Herald, The Observer Daily] · 54 million euros [National Post Online]",
		"date of the resignation: Thursday [Capital Herald, The Observer Daily] · Wednesday [National Post Online]",
		"role of Carl Ostrom: Deputy Health Minister [Capital Herald] · Finance Minister [The Observer Daily]",
	})
	for _, s := range st.Brief.Section(crossread.SectionHappening).Sentences {
		if strings.Contains(s.Text, "53") {
			t.Errorf("What's happening states the outvoted age: %q", s.Text)
		}
	}
	verified(t, st, byID)
}

// TestSismoEndToEnd reads a Spanish earthquake story written for this
// test: the magnitude ("magnitud 6,4" · "6,2 grados"), the dead and the
// injured differ; "Diario del Sur" under a plain-text headline is the
// outlet. The minister quoted after his office ("dijo el ministro de
// Defensa, Jorge Salas") speaks; the country, the city and the institute
// are typed by Spanish word order, and the portfolio is no name.
func TestSismoEndToEnd(t *testing.T) {
	st, byID := oneStory(t, "testdata/sismo", 3)
	for _, q := range st.Quotes {
		if q.Speaker != "Jorge Salas" || q.Role != "ministro de Defensa" {
			t.Errorf("quote %q: speaker %q, role %q", q.Text, q.Speaker, q.Role)
		}
	}
	types := map[string]string{}
	for _, e := range st.Entities {
		types[e.Name] = e.Type
	}
	for name, want := range map[string]string{"Perú": crossread.LOC, "Arequipa": crossread.LOC, "Jorge Salas": crossread.PERSON, "Instituto Geofísico": crossread.ORG} {
		if types[name] != want {
			t.Errorf("entity %q: type %q, want %q (all: %v)", name, types[name], want, types)
		}
	}
	if _, ok := types["Defensa"]; ok {
		t.Errorf("the portfolio is an entity: %v", types)
	}
	wantDiscrepancies(t, st, byID, []string{
		"death toll: 12 [Diario del Sur, Prensa Latina Hoy] · 14 [Noticias Andinas]",
		"injured: 75 [Noticias Andinas] · 80 [Diario del Sur, Prensa Latina Hoy]",
		"magnitude: 6,2 [Noticias Andinas] · 6,4 [Diario del Sur, Prensa Latina Hoy]",
	})
	verified(t, st, byID)
}

// TestHochwasserEndToEnd reads a German flood story written for this test,
// in a language that capitalises every noun: the river's level ("10,2
// Metern" · "10,4 Meter", one measure in two inflections; "am Sonntag
// 10,2 Meter" is a figure after a day), the evacuated
// ("mussten ihre Wohnungen verlassen", "evakuiert", "aus ihren Häusern
// geholt"), the dead in words ("Zwei Menschen kamen … ums Leben" · "Drei
// Menschen starben") and the spokeswoman's name differ; the speakers are
// read after their offices ("sagte die Sprecherin der Stadt, Anna Riedl",
// "sagte Stadtsprecherin Anna Riedel"), and no common noun is a name.
func TestHochwasserEndToEnd(t *testing.T) {
	st, byID := oneStory(t, "testdata/hochwasser", 3)
	wantDiscrepancies(t, st, byID, []string{
		"death toll: Drei [Abendrundschau] · Zwei [Donaukurier, Tagesbote]",
		"displaced or evacuated: 3.000 [Abendrundschau, Tagesbote] · 3.500 [Donaukurier]",
		"number of Meter: 10,2 [Abendrundschau, Tagesbote] · 10,4 [Donaukurier]",
		"spelling of Anna Riedl: Anna Riedel [Donaukurier] · Anna Riedl [Tagesbote]",
	})
	speakers := map[string]bool{}
	for _, q := range st.Quotes {
		speakers[q.Speaker] = true
	}
	for _, who := range []string{"Anna Riedl", "Anna Riedel", "Markus Söder"} {
		if !speakers[who] {
			t.Errorf("no quote by %q: %v", who, speakers)
		}
	}
	for _, e := range st.Entities {
		if e.Name == "Hochwasser" || e.Name == "Menschen" || e.Name == "Stadt" || e.Name == "Polizei" {
			t.Errorf("common noun %q taken for a name", e.Name)
		}
	}
	verified(t, st, byID)
}

// TestDeraillementEndToEnd reads a French derailment story written for
// this test: the injured ("faisant quatorze blessés" · "Seize personnes
// ont été blessées") and the passengers on board ("transportait 180
// passagers" · "200 passagers se trouvaient à bord") differ, and one
// outlet writes the prefect "Garnié" (a surname a letter short beside the
// same first name); the prefect speaks after his office, the city of the dateline ("Rennes –") and of
// "près de Rennes" is a place, and "Le Courrier Breton" and "Ouest Matin"
// over their date lines are the outlets.
func TestDeraillementEndToEnd(t *testing.T) {
	st, byID := oneStory(t, "testdata/deraillement", 3)
	wantDiscrepancies(t, st, byID, []string{
		"injured: Quatorze [Le Courrier Breton, Ouest Matin] · Seize [La Dépêche du Soir]",
		"on board: 180 [Ouest Matin] · 200 [La Dépêche du Soir]",
		"spelling of Michel Garnier: Michel Garnier [La Dépêche du Soir, Ouest Matin] · Michel Garnié [Le Courrier Breton]",
	})
	for _, q := range st.Quotes {
		if q.Speaker != "Michel Garnier" || q.Role != "préfet" {
			t.Errorf("quote %q: speaker %q, role %q", q.Text, q.Speaker, q.Role)
		}
	}
	for _, e := range st.Entities {
		if e.Name == "Rennes" && e.Type != crossread.LOC {
			t.Errorf("Rennes is a %s", e.Type)
		}
	}
	verified(t, st, byID)
}

// TestFranaEndToEnd reads an Italian landslide story written for this test:
// the evacuated ("300 persone sono state evacuate", "ha evacuato 350
// persone", "Trecento persone", a number word in a short article whose
// language the headline helps tell) and the injured ("Tre persone" · "I
// feriti sono quattro") differ; "La Protezione civile" opening a sentence
// is the "Protezione civile" of the others, and "L'Eco di Sondrio" over
// its date line is an outlet.
func TestFranaEndToEnd(t *testing.T) {
	st, byID := oneStory(t, "testdata/frana", 3)
	wantDiscrepancies(t, st, byID, []string{
		"displaced or evacuated: 350 [Gazzetta Alpina] · Trecento [Corriere del Nord, L'Eco di Sondrio]",
		"injured: Tre [Corriere del Nord, L'Eco di Sondrio] · quattro [Gazzetta Alpina]",
	})
	for _, e := range st.Entities {
		if strings.HasPrefix(e.Name, "La ") {
			t.Errorf("entity %q keeps the sentence's article", e.Name)
		}
	}
	verified(t, st, byID)
}

// TestStormZeelandEndToEnd reads a Dutch storm story written for this
// test: the dead differ ("drie mensen het leven gekost" · "vier mensen
// omgekomen", the headline's "vier levens"), and no sentence giving four
// is marked as told by the outlet giving three; the mayor speaks
// ("zei burgemeester Anna de Vries") and Monday is dated.
func TestStormZeelandEndToEnd(t *testing.T) {
	st, byID := oneStory(t, "testdata/storm-zeeland", 2)
	wantDiscrepancies(t, st, byID, []string{"death toll: drie [Zeeuws Dagblad] · vier [Provinciale Courant]"})
	speakers := map[string]bool{}
	for _, q := range st.Quotes {
		speakers[q.Speaker] = true
	}
	if !speakers["Anna de Vries"] {
		t.Errorf("speakers %v", speakers)
	}
	if len(st.Timeline) == 0 || st.Timeline[0].Date != "2026-01-12" {
		t.Errorf("timeline %+v", st.Timeline)
	}
	verified(t, st, byID)
}

// TestTakeoverBidEndToEnd reads a drugmaker's takeover written for this
// test: the deal's value ("for $12.5 billion" · "will pay $12 billion"),
// the price per share ("$48 a share" · "$46.50 per share" · "paying $48
// for each share"), the premium ("a premium of 32%" · "a 30% premium")
// and the chief executive's name differ, each line named for what it is.
func TestTakeoverBidEndToEnd(t *testing.T) {
	st, byID := oneStory(t, "testdata/takeover-bid", 3)
	wantDiscrepancies(t, st, byID, []string{
		"deal value: $12 billion [Business Daily] · $12.5 billion [Market Wire, The Tribune]",
		"premium: 30% [Business Daily] · 32% [Market Wire]",
		"price per share: $46.50 [Business Daily] · $48 [Market Wire, The Tribune]",
		"spelling of Mira Castellanos: Mira Castelanos [The Tribune] · Mira Castellanos [Business Daily, Market Wire]",
	})
	verified(t, st, byID)
}

// TestCholeraEndToEnd reads an outbreak story written for this test: the
// confirmed cases, the dead, the vaccine doses ("500,000 doses of oral
// vaccine" · "400,000 vaccine doses", counted by their head noun) and the
// day they arrive ("will arrive on Friday" · "would arrive on Saturday")
// differ; "Lena Okafor of the
// World Health Organization told reporters" is Okafor speaking, so no
// outlet gives the quotation another speaker; "31 deaths since May 18"
// dates no event on May 18.
func TestCholeraEndToEnd(t *testing.T) {
	st, byID := oneStory(t, "testdata/cholera", 3)
	wantDiscrepancies(t, st, byID, []string{
		"cases: 1,240 [Health Wire, The Courier] · 1,310 [Daily Globe]",
		"date of the arrival: Friday [Health Wire] · Saturday [Daily Globe]",
		"death toll: 31 [Health Wire, The Courier] · 34 [Daily Globe]",
		"number of doses: 400,000 [Daily Globe] · 500,000 [Health Wire]",
	})
	for _, e := range st.Timeline {
		if strings.HasPrefix(e.Date, "2027-05") {
			t.Errorf("a count's start dates an event: %+v", e)
		}
	}
	verified(t, st, byID)
}

// TestTransferEndToEnd reads a footballer's transfer written for this
// test: his age, told in a sentence opening on him ("The 24-year-old has
// signed …", "The Portugal forward, 24, …"), and his contract's length
// ("a five-year contract" · "a six-year deal") differ; the fee in pounds
// and in euros ("£85 million" · "€100 million") is one amount; the debut
// "could" be on Saturday is the coming Saturday.
func TestTransferEndToEnd(t *testing.T) {
	st, byID := oneStory(t, "testdata/transfer", 3)
	wantDiscrepancies(t, st, byID, []string{
		"age of Tomas Vidal: 24 [The Sporting Post, The Sports Chronicle] · 25 [Football Today]",
		"contract (years): five [The Sporting Post, The Sports Chronicle] · six [Football Today]",
	})
	for _, e := range st.Timeline {
		if strings.Contains(e.Text, "debut") && e.Date != "2026-08-22" {
			t.Errorf("the debut dated %s: %q", e.Date, e.Text)
		}
	}
	verified(t, st, byID)
}

// TestHeatwaveEndToEnd reads a heat wave written for this test: the
// temperature in one city ("44.1 degrees Celsius" · "45.2C") and the
// regions on red alert ("four regions" · "five regions") differ; the
// heat "expected to last until Saturday" is the coming Saturday, not the
// last; "12 heat-related deaths since Friday" dates no event on Friday.
func TestHeatwaveEndToEnd(t *testing.T) {
	st, byID := oneStory(t, "testdata/heatwave", 3)
	wantDiscrepancies(t, st, byID, []string{
		"number of regions: five [Euro Times] · four [Iberia News, The Daily Courier]",
		"temperature in Córdoba (°C): 44.1 [Iberia News, The Daily Courier] · 45.2 [Euro Times]",
	})
	for _, e := range st.Timeline {
		if e.Date < "2027-07-13" {
			t.Errorf("dated before the heat: %+v", e)
		}
	}
	verified(t, st, byID)
}

// TestMallShootingEndToEnd reads a shooting written for this test: the
// wounded ("wounded seven" · "nine injured") and the unnamed suspect's
// age ("the suspect, a 34-year-old local man", "The gunman, 34," · "The
// suspect, a 36-year-old man") differ.
func TestMallShootingEndToEnd(t *testing.T) {
	st, byID := oneStory(t, "testdata/mall-shooting", 3)
	wantDiscrepancies(t, st, byID, []string{
		"age of the suspect: 34 [City Herald, The Observer] · 36 [Metro Daily]",
		"injured: nine [Metro Daily] · seven [City Herald, The Observer]",
	})
	verified(t, st, byID)
}

// TestLayoffsEndToEnd reads a carmaker's job cuts written for this test:
// the jobs ("cut 4,500 jobs" · "eliminate 5,000 positions"), their share
// of the staff (6% · 7%) and the plant's closing year differ. A
// one-sentence paragraph in the present tense with an attribution ("…
// plans to eliminate …, the company announced on Wednesday") is a report,
// not a photo caption; "Feb 2" in a dateline is no organisation.
func TestLayoffsEndToEnd(t *testing.T) {
	st, byID := oneStory(t, "testdata/layoffs", 3)
	wantDiscrepancies(t, st, byID, []string{
		"jobs cut: 4,500 [Business Wire Daily, The Herald] · 5,000 [Auto News]",
		"share of the workforce cut: 6% [Business Wire Daily] · 7% [Auto News]",
		"year for “plant will close in 2030”: 2030 [Auto News] · the end of 2029 [Business Wire Daily, The Herald]",
	})
	for _, e := range st.Entities {
		if e.Name == "Feb" {
			t.Error("a month taken for an organisation")
		}
	}
	verified(t, st, byID)
}

// TestTariffsEndToEnd reads a trade dispute written for this test: the
// tariff ("tariffs of 25%" · "a 20% tariff"), the day it takes effect
// ("from April 1", "starting April 1" · "from March 1") and the minister's
// name ("Vos" · "Voss", the last letter doubled) differ.
func TestTariffsEndToEnd(t *testing.T) {
	st, byID := oneStory(t, "testdata/tariffs", 3)
	wantDiscrepancies(t, st, byID, []string{
		"date it takes effect: April 1 [Global Trade Post, The Chronicle] · March 1 [World Markets]",
		"spelling of Helena Vos: Helena Vos [Global Trade Post, The Chronicle] · Helena Voss [World Markets]",
		"tariff: 20% [World Markets] · 25% [Global Trade Post, The Chronicle]",
	})
	verified(t, st, byID)
}

// TestShipwreckEndToEnd reads a migrant boat's sinking written for this
// test: the dead differ ("At least 41 people drowned", "Forty-one migrants
// died" · "At least 38 migrants died"); the story's one group, migrants,
// counts with its people, no outlet counting both.
func TestShipwreckEndToEnd(t *testing.T) {
	st, byID := oneStory(t, "testdata/shipwreck", 3)
	wantDiscrepancies(t, st, byID, []string{"death toll: 38 [Euro Daily] · 41 [Mediterranean Wire, The Tribune]"})
	verified(t, st, byID)
}

// TestHurricaneEndToEnd reads a hurricane written for this test: its
// category ("a Category 4 storm" · "a Category 5 hurricane", a rank, no
// longer taken for a designation like "Flight 370") and the evacuated
// ("ordered the evacuation of 250,000 residents", "told to evacuate" ·
// "ordered 300,000 people to leave their homes") differ, and no sentence
// giving Category 4 is marked as told by the outlet giving 5.
func TestHurricaneEndToEnd(t *testing.T) {
	st, byID := oneStory(t, "testdata/hurricane", 3)
	wantDiscrepancies(t, st, byID, []string{
		"displaced or evacuated: 250,000 [Gulf Coast News, The Star Ledger] · 300,000 [Weather Today]",
		"storm category: 4 [Gulf Coast News] · 5 [Weather Today]",
	})
	verified(t, st, byID)
}

// TestPensionProtestEndToEnd reads a protest written for this test: the
// police's count of the crowd ("Police put the crowd at 45,000" · "Some
// 50,000 people protested …, police said"), kept apart from the
// organisers' 120,000 that all give, and the retirement age the reform
// sets ("raise the retirement age to 67" · "raising the retirement age to
// 66") differ.
func TestPensionProtestEndToEnd(t *testing.T) {
	st, byID := oneStory(t, "testdata/pension-protest", 3)
	wantDiscrepancies(t, st, byID, []string{
		"crowd size (police): 45,000 [Capital Herald, Daily Standard] · 50,000 [The Courier]",
		"retirement age: 66 [The Courier] · 67 [Daily Standard]",
	})
	// a march "against plans to raise …" is no coming event
	if next := st.Brief.Section(crossread.SectionNext); next != nil {
		for _, x := range next.Sentences {
			if strings.Contains(x.Text, "joined a march") {
				t.Errorf("a past march in What's next: %q", x.Text)
			}
		}
	}
	verified(t, st, byID)
}

// TestHuracanEndToEnd reads a Spanish hurricane written for this test: the
// storm's category ("categoría 4" · "categoría 5"), its winds and the
// evacuated ("evacuaron a unas 25.000 personas" · "Unas 30.000 personas
// fueron evacuadas") differ.
func TestHuracanEndToEnd(t *testing.T) {
	st, byID := oneStory(t, "testdata/huracan", 2)
	wantDiscrepancies(t, st, byID, []string{
		"displaced or evacuated: 25.000 [Diario del Caribe] · 30.000 [Noticias del Sur]",
		"speed (km/h): 220 [Diario del Caribe] · 260 [Noticias del Sur]",
		"storm category: 4 [Diario del Caribe] · 5 [Noticias del Sur]",
	})
	verified(t, st, byID)
}

// TestCalorEndToEnd reads a Spanish heat wave: a temperature in degrees
// written as words ("44,1 grados" · "45,6 grados") is one slot.
func TestCalorEndToEnd(t *testing.T) {
	st, byID := oneStory(t, "testdata/calor", 2)
	wantDiscrepancies(t, st, byID, []string{"temperature in Córdoba (°C): 44,1 [Diario del Sur] · 45,6 [Noticias del Sur]"})
	verified(t, st, byID)
}

// TestChuvasEndToEnd reads a Portuguese flood: the dead ("deixaram 18
// mortos" · "subiu para 21"), the displaced ("Cerca de 500 pessoas estão
// desalojadas" · "Cerca de 800 …", a figure opening a sentence, no name)
// and the aid announced ("ajuda de 50 milhões de reais", a sum named by
// what it is) differ.
func TestChuvasEndToEnd(t *testing.T) {
	st, byID := oneStory(t, "testdata/chuvas", 2)
	wantDiscrepancies(t, st, byID, []string{
		"ajuda: 50 milhões de reais [Folha do Vale] · 80 milhões de reais [Correio Fluminense]",
		"death toll: 18 [Folha do Vale] · 21 [Correio Fluminense]",
		"displaced or evacuated: 500 [Folha do Vale] · 800 [Correio Fluminense]",
	})
	verified(t, st, byID)
}

// TestMarathonEndToEnd reads a marathon record: the time in hours,
// minutes and seconds ("2:00:35" · "2:00:53", no clock times) and the
// runner's age differ.
func TestMarathonEndToEnd(t *testing.T) {
	st, byID := oneStory(t, "testdata/marathon", 2)
	wantDiscrepancies(t, st, byID, []string{
		"age of Kelvin Kiptum: 23 [Sports Wire] · 24 [Runners Daily]",
		"time: 2:00:35 [Sports Wire] · 2:00:53 [Runners Daily]",
	})
	verified(t, st, byID)
}

// TestCeasefireEndToEnd reads a ceasefire deal: the hostages to be freed
// ("33 hostages will be released" · "35 hostages will be freed") and the
// day the truce starts ("will take effect on Sunday" · "will begin on
// Monday", one per story, whatever else the sentences name) differ.
func TestCeasefireEndToEnd(t *testing.T) {
	st, byID := oneStory(t, "testdata/ceasefire", 2)
	wantDiscrepancies(t, st, byID, []string{
		"date of the start of the ceasefire: Monday [Global Times Online] · Sunday [World Desk]",
		"hostages: 33 [World Desk] · 35 [Global Times Online]",
	})
	verified(t, st, byID)
}

// TestLandtagswahlEndToEnd reads a German state election: the winner's
// share of the vote ("34,6 Prozent der Stimmen" · "35,1 Prozent der
// Stimmen") differs, the turnout does not, and "sagte Rhein am Abend" is
// Rhein speaking, not "Abend".
func TestLandtagswahlEndToEnd(t *testing.T) {
	st, byID := oneStory(t, "testdata/landtagswahl", 2)
	wantDiscrepancies(t, st, byID, []string{"share of the vote: 34,6 Prozent [Frankfurter Bote] · 35,1 Prozent [Rhein-Main-Zeitung]"})
	for _, q := range st.Quotes {
		if q.Speaker == "Abend" {
			t.Error("a time of day taken for the speaker")
		}
	}
	verified(t, st, byID)
}

// TestLegislativesEndToEnd reads a French election's first round: the
// winner's share of the vote ("33,2 % des voix" · "33,5 % des
// suffrages") and the turnout ("La participation a atteint 66,7 %" · "Le
// taux de participation s'est établi à 67,1 %", short sentences whose
// French verbs make them statements) differ.
func TestLegislativesEndToEnd(t *testing.T) {
	st, byID := oneStory(t, "testdata/legislatives", 2)
	wantDiscrepancies(t, st, byID, []string{
		"share of the vote: 33,2 % [Le Courrier du Soir] · 33,5 % [La Gazette de France]",
		"turnout: 66,7 % [Le Courrier du Soir] · 67,1 % [La Gazette de France]",
	})
	verified(t, st, byID)
}

// TestCopaEndToEnd reads a Spanish cup final: the score ("al vencer 2-1"
// · "tras imponerse por 3-1"), the crowd ("ante 57.000 espectadores" ·
// "ante 60.000 aficionados") and the winning goal's minute ("en el
// minuto 87" · "en el minuto 89") differ.
func TestCopaEndToEnd(t *testing.T) {
	st, byID := oneStory(t, "testdata/copa", 2)
	wantDiscrepancies(t, st, byID, []string{
		"attendance: 57.000 [Diario Deportivo] · 60.000 [Noticias del Deporte]",
		"minute of the match: 87 [Diario Deportivo] · 89 [Noticias del Deporte]",
		"vote or score: 2-1 [Diario Deportivo] · 3-1 [Noticias del Deporte]",
	})
	verified(t, st, byID)
}

// TestBusCrashEndToEnd reads a bus crash: the people on board ("carrying
// 52 passengers" · "with 48 people on board"), the dead and the unnamed
// driver's age ("The driver, 47," · "The driver, a 51-year-old man")
// differ.
func TestBusCrashEndToEnd(t *testing.T) {
	st, byID := oneStory(t, "testdata/bus-crash", 2)
	wantDiscrepancies(t, st, byID, []string{
		"age of the driver: 47 [Andes Wire] · 51 [South America Today]",
		"death toll: 24 [Andes Wire] · 27 [South America Today]",
		"on board: 48 [South America Today] · 52 [Andes Wire]",
	})
	verified(t, st, byID)
}

// TestParliamentEndToEnd reads a parliamentary election written for this
// test: the winners' seats (68 · 71), the Greens' ("and the Greens 21" ·
// "and the Greens 19", a count told by its ellipsis) and the day coalition
// talks begin
// ("would begin talks … on Monday" · "will start coalition talks on
// Tuesday") differ; the turnout (78.2%) does not.
func TestParliamentEndToEnd(t *testing.T) {
	st, byID := oneStory(t, "testdata/parliament", 3)
	wantDiscrepancies(t, st, byID, []string{
		"date of the talks: Monday [Vestland Times] · Tuesday [Baltic Times Online]",
		"seats of Greens: 19 [Europe Desk] · 21 [Vestland Times]",
		"seats of Social Democrats: 68 [Baltic Times Online, Vestland Times] · 71 [Europe Desk]",
	})
	verified(t, st, byID)
}

// TestRecallEndToEnd reads a car recall written for this test: the
// vehicles recalled (1.2 million · 1.4 million), the injuries (four ·
// seven) and the first model year ("built between 2022 and 2025" · "made
// from 2021 to 2025") and the day owners are told from ("notified by
// letter from June 1" · "contacted from June 15", a line it had missed)
// differ; "Auto World" under a plain-text headline is the outlet.
func TestRecallEndToEnd(t *testing.T) {
	st, byID := oneStory(t, "testdata/recall", 3)
	wantDiscrepancies(t, st, byID, []string{
		"date it takes effect: June 1 [Auto World, Consumer Drive] · June 15 [Motor Report]",
		"first year covered: 2021 [Motor Report] · 2022 [Auto World, Consumer Drive]",
		"injured: four [Auto World, Consumer Drive] · seven [Motor Report]",
		"number for “Velta Motors is recalling 1.2 million sport”: 1.2 million [Auto World, Consumer Drive] · 1.4 million [Motor Report]",
	})
	// a span of model years is no event of its first year
	for _, s := range st.Brief.Section(crossread.SectionTimeline).Sentences {
		if strings.Contains(s.Text, "between 2022 and 2025") || strings.Contains(s.Text, "from 2021 to 2025") {
			t.Errorf("a span of years in the timeline: %q", s.Text)
		}
	}
	verified(t, st, byID)
}

// TestRailStrikeEndToEnd reads a strike call written for this test: the
// workers (about 15,000 · some 12,000), the strike's length (48 hours · a
// 72-hour strike) and the ballot ("voted 87% in favour" · "83% of members
// backed the walkout") differ; the first two as two lines: figures of two slots in the same
// two sentences are not one line.
func TestRailStrikeEndToEnd(t *testing.T) {
	st, byID := oneStory(t, "testdata/strike", 3)
	wantDiscrepancies(t, st, byID, []string{
		"number for “will walk out for 48 hours”: 48 [National Wire, Transport Today] · 72 [Daily Commuter]",
		"rail workers: 12,000 [Daily Commuter] · 15,000 [National Wire, Transport Today]",
		"share in favour: 83% [Daily Commuter] · 87% [National Wire, Transport Today]",
	})
	verified(t, st, byID)
}

// TestInflationEndToEnd reads a monthly inflation release written for
// this test: core inflation "eased to 3.4 per cent" in two outlets and
// "slowed to 3.5%" in the third is one line named for what moved; the
// rate a figure moved from ("from 3.7% in August") and the window of a
// change ("fell 6.2% over the year") date no event; economists' past
// expectations ("had expected a rate of 3.3%") are not what comes next;
// a sentence dated on the release day is not listed again under the
// month it moved from.
func TestInflationEndToEnd(t *testing.T) {
	st, byID := oneStory(t, "testdata/inflation", 3)
	wantDiscrepancies(t, st, byID, []string{
		"core inflation: 3.4 per cent [Finance Today, The Harbour Ledger] · 3.5% [Nordic Wire]",
	})
	for _, s := range st.Brief.Section(crossread.SectionNext).Sentences {
		if strings.Contains(s.Text, "had expected") {
			t.Errorf("a past expectation in What's next: %q", s.Text)
		}
	}
	seen := map[string]bool{}
	for _, s := range st.Brief.Section(crossread.SectionTimeline).Sentences {
		if strings.Contains(s.Text, "over the year") || strings.Contains(s.Text, "from 3.7% in August") {
			t.Errorf("a baseline dates a timeline entry: %q", s.Text)
		}
		if seen[s.Text] {
			t.Errorf("listed twice in the timeline: %q", s.Text)
		}
		seen[s.Text] = true
	}
	verified(t, st, byID)
}

// TestVolcanoEndToEnd reads an eruption written for this test: the ash
// column ("a column of ash 10 kilometres into the sky" · "The ash column
// rose 12 kilometres"), the exclusion zone ("around the crater to 6
// kilometres" · "a 7-kilometre radius around the crater"), the flights
// cancelled, told actively and passively, and the evacuated, one count of
// "people living on the slopes … moved to shelters", each differ in
// sentences too unlike to align.
func TestVolcanoEndToEnd(t *testing.T) {
	st, byID := oneStory(t, "testdata/volcano", 3)
	wantDiscrepancies(t, st, byID, []string{
		"ash column (kilometres): 10 [Pacific Wire, The Selin Times] · 12 [The Island Herald]",
		"crater (kilometres): 6 [Pacific Wire, The Selin Times] · 7 [The Island Herald]",
		"displaced or evacuated: 2,000 [Pacific Wire, The Selin Times] · 2,400 [The Island Herald]",
		"flights cancelled: 250 [The Island Herald] · 300 [Pacific Wire, The Selin Times]",
	})
	verified(t, st, byID)
}

// TestOutageEndToEnd reads a grid cyberattack written for this test: the
// ransom ("demanded a ransom of $5 million" · "asked for $4 million"), the
// homes left dark ("power to about 120,000 homes" · "150,000 households
// lost electricity") and the outage's length ("lasted nine hours" ·
// "nearly 12 hours after the blackout started": "nearly 12" is a little
// under 12, and the sentence-opening "Power", which the tagger knows as a
// name, is the word the other article writes "power") differ; "a person
// familiar with the matter" says nothing of why it matters; the
// dateline's "(Nordic Wire) - A" names no place "A".
func TestOutageEndToEnd(t *testing.T) {
	st, byID := oneStory(t, "testdata/outage", 3)
	wantDiscrepancies(t, st, byID, []string{
		"homes without power: 120,000 [Nordic Wire, Tech Monitor] · 150,000 [The Harbour Ledger]",
		"how long it lasted: 12 [The Harbour Ledger] · nine [Nordic Wire]",
		"sum demanded: $4 million [The Harbour Ledger] · $5 million [Nordic Wire, Tech Monitor]",
	})
	for _, s := range st.Brief.Section(crossread.SectionMatters).Sentences {
		if strings.Contains(s.Text, "familiar with the matter") {
			t.Errorf("a source's anonymity in Why it matters: %q", s.Text)
		}
	}
	for _, e := range st.Entities {
		if e.Name == "A" {
			t.Errorf("an article taken for a name: %+v", e)
		}
	}
	verified(t, st, byID)
}

// TestMineEndToEnd reads a mine collapse written for this test: the
// miners trapped ("Twelve miners were trapped" · "trapping 12 miners" ·
// "Thirteen miners are trapped") and how deep ("some 300 metres
// underground" · "at a depth of 350 metres", clauses sharing only the
// miners) differ. Not joined: "working about 300 metres below the
// surface", whose clause names the men otherwise.
func TestMineEndToEnd(t *testing.T) {
	st, byID := oneStory(t, "testdata/mine", 3)
	wantDiscrepancies(t, st, byID, []string{
		"miners (metres): 300 [The Northern Times] · 350 [The Valdoria Herald]",
		"trapped: 12 [Pacific Wire, The Northern Times] · Thirteen [The Valdoria Herald]",
	})
	verified(t, st, byID)
}

// TestHeistEndToEnd reads a museum theft written for this test: the gang
// ("Four masked thieves" · "A gang of three thieves"; the Herald's "four
// minutes" inside the building is no count of thieves), the haul ("stole
// eight pieces" · "made off with nine items"), its worth ("valued at an
// estimated 88 million euros" · "the loot was worth 102 million euros":
// an amount with its currency written after it is a sum of money) and the
// reward ("a reward of 500,000 euros" · "The insurers' reward … stands at
// 300,000 euros") differ.
func TestHeistEndToEnd(t *testing.T) {
	st, byID := oneStory(t, "testdata/heist", 3)
	wantDiscrepancies(t, st, byID, []string{
		"number of thieves: Four [Pacific Wire, The Selin Times] · three [The Valdoria Herald]",
		"number stolen: eight [Pacific Wire, The Selin Times] · nine [The Valdoria Herald]",
		"reward: 300,000 euros [The Selin Times] · 500,000 euros [The Valdoria Herald]",
		"value: 102 million euros [The Valdoria Herald] · 88 million euros [Pacific Wire, The Selin Times]",
	})
	// a narrative sentence giving a disputed figure says so
	for _, s := range st.Brief.Section(crossread.SectionHappening).Sentences {
		if strings.HasPrefix(s.Text, "Four masked thieves") && !slices.Contains(s.Disputed, "number of thieves") {
			t.Errorf("a disputed figure unmarked: %+v", s)
		}
	}
	verified(t, st, byID)
}

// TestSpillEndToEnd reads a tanker grounding written for this test: the
// oil spilled ("about 3,000 tonnes" · "an estimated 5,000 tonnes"), the
// coast it reached ("40 kilometres of coastline" · "more than 60
// kilometres"), the crew ("All 23 crew members were rescued" · "Its 22
// crew members were airlifted to safety": two sentences naming nothing
// that count one noun) and the oiled seabirds ("more than 400" · "About
// 250", both from one charity, in sentences that nearly say the same)
// differ; the 80,000 tonnes of cargo, given alike, do not. A timeline
// sentence with two days is shown under the one it is listed for.
func TestSpillEndToEnd(t *testing.T) {
	st, byID := oneStory(t, "testdata/spill", 3)
	lines := discrepancyLines(st, byID)
	for _, want := range []string{
		"crew members: 22 [The Valdoria Herald] · 23 [Pacific Wire, The Selin Times]",
		"number of seabirds: 250 [The Selin Times] · 400 [The Valdoria Herald]",
		"tonnes of fuel oil: 3,000 [Pacific Wire, The Selin Times] · 5,000 [The Valdoria Herald]",
		"coastline (kilometres): 40 [Pacific Wire, The Selin Times] · 60 [The Valdoria Herald]",
	} {
		if !slices.Contains(lines, want) {
			t.Errorf("missing %q in\n%s", want, strings.Join(lines, "\n"))
		}
	}
	for _, l := range lines {
		if strings.Contains(l, "80,000") {
			t.Errorf("the cargo all give alike in a line: %q", l)
		}
	}
	// "racing on Tuesday …, which ran aground … on Monday" is shown under
	// the date it is listed for, Tuesday's
	for _, s := range st.Brief.Section(crossread.SectionTimeline).Sentences {
		if strings.HasPrefix(s.Text, "Salvage crews were racing") && s.Date != "2026-03-03" {
			t.Errorf("listed under %q: %q", s.Date, s.Text)
		}
	}
	verified(t, st, byID)
}

// TestSwapEndToEnd reads a prisoner exchange written for this test: the
// prisoners ("exchanged 95 prisoners each" · "among 103 Marlandish
// prisoners released by Osteria": people set free are counted, though no
// toll counts them), the reporter's age ("Marsh, 41," · "Marsh, 42,": a
// surname the story's two Marshes share is the one its article last named
// in full), his sentence and a spelling differ.
func TestSwapEndToEnd(t *testing.T) {
	st, byID := oneStory(t, "testdata/swap", 3)
	wantDiscrepancies(t, st, byID, []string{
		"age of Evan Marsh: 41 [The Valdoria Herald] · 42 [The Selin Times]",
		"prison term (years): 12 [The Valdoria Herald] · 16 [The Selin Times]",
		"prisoners released: 103 [The Valdoria Herald] · 95 [Pacific Wire, The Selin Times]",
		"spelling of Tomas Kiel: Tomas Kiehl [The Selin Times] · Tomas Kiel [Pacific Wire, The Valdoria Herald]",
	})
	// "the 13th" is not supported by an article saying "the 14th"
	for _, sec := range st.Brief.Sections {
		for _, s := range sec.Sentences {
			if strings.Contains(s.Text, "13th") && (len(s.SupportedBy) > 0 || len(s.ArticleIDs) > 1) {
				t.Errorf("%s: the 13th swap cited with others: %+v", sec.Title, s)
			}
		}
	}
	verified(t, st, byID)
}

// TestDopingEndToEnd reads a doping ban written for this test: the ban's
// length ("banned for four years" · "a two-year ban" · "a four-year
// suspension": a figure in words hyphenated onto its span of time is a
// figure) and the athlete's age differ.
func TestDopingEndToEnd(t *testing.T) {
	st, byID := oneStory(t, "testdata/doping", 3)
	wantDiscrepancies(t, st, byID, []string{
		"age of Jana Kessler: 27 [Pacific Wire, The Selin Times] · 28 [The Valdoria Herald]",
		"ban (years): four [Pacific Wire, The Selin Times] · two [The Valdoria Herald]",
	})
	// the failed test, told by two outlets in other words, is one entry
	march := 0
	for _, s := range st.Brief.Section(crossread.SectionTimeline).Sentences {
		if s.Date == "2026-03" {
			march++
		}
	}
	if march != 1 {
		t.Errorf("%d timeline entries for the March test, want 1", march)
	}
	verified(t, st, byID)
}

// TestRoboEndToEnd reads the museum theft again, written in Spanish for
// this test: the gang ("Cuatro ladrones encapuchados" · "Una banda de tres
// ladrones") and the haul ("robaron ocho joyas" · "se llevó nueve
// piezas") differ, though one names the museum in full ("Museo Marlowe de
// Castellán") and the other in short, and so does the haul's worth ("Las
// piezas robadas … valoradas en 88 millones" · "el botín vale 102
// millones": one theft has one worth, whatever else the sentences name);
// the agency's masthead ("Agencia Austral") names the outlet.
func TestRoboEndToEnd(t *testing.T) {
	st, byID := oneStory(t, "testdata/robo", 2)
	wantDiscrepancies(t, st, byID, []string{
		"number of thieves: Cuatro [Agencia Austral] · tres [El Diario del Sur]",
		"number stolen: nueve [El Diario del Sur] · ocho [Agencia Austral]",
		"value: 102 millones de euros [El Diario del Sur] · 88 millones de euros [Agencia Austral]",
	})
	verified(t, st, byID)
}

// TestLandingEndToEnd reads an emergency landing written for this test:
// the injured ("Seven passengers were treated for minor injuries" ·
// "Eleven people were taken to hospital") and the engine that caught fire
// ("its left engine" · "the burning right engine") differ; "179 passengers and
// seven crew" are the 186 on board the others count, no other figure.
func TestLandingEndToEnd(t *testing.T) {
	st, byID := oneStory(t, "testdata/landing", 3)
	wantDiscrepancies(t, st, byID, []string{
		"injured: Eleven [The Valdoria Herald] · Seven [Pacific Wire, The Selin Times]",
		"which engine: left [The Valdoria Herald] · right [The Selin Times]",
	})
	verified(t, st, byID)
}

// TestSeizureEndToEnd reads a drug seizure written for this test: the
// haul's weight ("nearly two tonnes" · "2.3 tonnes"), its street value
// ("a street value of about 150 million euros" · "worth an estimated 180
// million euros" · "would have fetched about 150 million euros": the
// names of who tells it, "according to the interior ministry", are no
// other scene), the containers and the suspects differ.
func TestSeizureEndToEnd(t *testing.T) {
	st, byID := oneStory(t, "testdata/seizure", 3)
	wantDiscrepancies(t, st, byID, []string{
		"number of containers: 40 [The Valdoria Herald] · 48 [Pacific Wire, The Selin Times]",
		"number of suspects: Seven [The Selin Times] · six [The Valdoria Herald]",
		"tonnes of cocaine: 2.3 [Pacific Wire, The Selin Times] · two [The Valdoria Herald]",
		"value: 150 million euros [Pacific Wire, The Selin Times] · 180 million euros [The Valdoria Herald]",
	})
	verified(t, st, byID)
}

// TestVisitEndToEnd reads a state visit written for this test: the deals
// ("signed 12 agreements worth $4 billion" · "signed 15 deals worth a
// total of $5.5 billion": agreements and deals are one thing signed), the
// visit's length ("a three-day visit" · "a two-day visit": the Wire's "two
// leaders" gives no two-day span), the years since the last such visit
// ("the first visit … in 20 years" · "the first such visit in 18 years")
// and the year flights stopped differ.
func TestVisitEndToEnd(t *testing.T) {
	st, byID := oneStory(t, "testdata/visit", 3)
	wantDiscrepancies(t, st, byID, []string{
		"agreements signed: 12 [Pacific Wire, The Selin Times] · 15 [The Valdoria Herald]",
		"agreements worth: $4 billion [Pacific Wire, The Selin Times] · $5.5 billion [The Valdoria Herald]",
		"first in (years): 18 [The Valdoria Herald] · 20 [Pacific Wire]",
		"visit (days): three [Pacific Wire] · two [The Valdoria Herald]",
		"year suspended: 2019 [Pacific Wire] · 2020 [The Selin Times]",
	})
	verified(t, st, byID)
}

// TestRaubEndToEnd reads the museum theft in German, written for this
// test: the gang ("Vier maskierte Räuber" · "Drei Räuber"), the haul
// ("acht Schmuckstücke … gestohlen" · "neun Schmuckstücke … gestohlen",
// the participle last) and its worth ("wird auf 88 Millionen Euro
// geschätzt" · "sei 102 Millionen Euro wert") differ, though one sentence
// names who tells it ("teilte das Kulturministerium mit") and the other no
// one; "Nordische Presseagentur" is the outlet.
func TestRaubEndToEnd(t *testing.T) {
	st, byID := oneStory(t, "testdata/raub", 2)
	wantDiscrepancies(t, st, byID, []string{
		"number of thieves: Drei [Castellaner Zeitung] · Vier [Nordische Presseagentur]",
		"number stolen: acht [Nordische Presseagentur] · neun [Castellaner Zeitung]",
		"value: 102 Millionen Euro [Castellaner Zeitung] · 88 Millionen Euro [Nordische Presseagentur]",
	})
	verified(t, st, byID)
}

// TestMeaslesEndToEnd reads an outbreak written for this test: the cases
// ("grown to 132 confirmed cases" · "recorded 120 cases of measles") and
// the schools (14 · 11) differ, two counted nouns in one sentence being
// two slots, and so do the children in intensive care (Two · Three).
func TestMeaslesEndToEnd(t *testing.T) {
	st, byID := oneStory(t, "testdata/measles", 2)
	wantDiscrepancies(t, st, byID, []string{
		"cases: 120 [The Valdoria Herald] · 132 [Pacific Wire]",
		"in intensive care: Three [The Valdoria Herald] · Two [Pacific Wire]",
		"number of schools: 11 [The Valdoria Herald] · 14 [Pacific Wire]",
	})
	verified(t, st, byID)
}

// TestSarampionEndToEnd reads the measles outbreak in Spanish: counts of
// one noun ("132 casos confirmados" · "120 casos de sarampión"; "14
// escuelas" · "11 escuelas") are one slot in the other languages too.
func TestSarampionEndToEnd(t *testing.T) {
	st, byID := oneStory(t, "testdata/sarampion", 2)
	wantDiscrepancies(t, st, byID, []string{
		"cases: 120 [El Diario del Sur] · 132 [Agencia Austral]",
		"number of escuelas: 11 [El Diario del Sur] · 14 [Agencia Austral]",
	})
	verified(t, st, byID)
}

// TestFinalEndToEnd reads a tennis final written for this test: the score
// ("6-4, 3-6, 7-5" · "6-4, 3-6, 7-6": the sets in the order played are
// one score), the match's length ("two hours and 41 minutes" · "two hours
// and 55 minutes": one span of time) and the winner's age ("The
// 22-year-old" after a sentence whose subject she is, though it names her
// opponent too · "The 21-year-old") and the match points she saved
// ("saved three match points" · "saved two match points", each outlet's
// one such count, a line it had missed) differ.
func TestFinalEndToEnd(t *testing.T) {
	st, byID := oneStory(t, "testdata/final", 2)
	wantDiscrepancies(t, st, byID, []string{
		"age of Ada Okoro: 21 [The Valdoria Herald] · 22 [Pacific Wire]",
		"match points: three [Pacific Wire] · two [The Valdoria Herald]",
		"time: two hours and 41 minutes [Pacific Wire] · two hours and 55 minutes [The Valdoria Herald]",
		"vote or score: 6-4, 3-6, 7-5 [Pacific Wire] · 6-4, 3-6, 7-6 [The Valdoria Herald]",
	})
	verified(t, st, byID)
}

// TestArrestEndToEnd: an event told by its month with the same verb
// ("arrested in October 2024" · "arrested in November 2024") is a date of
// that event, as one told by its day is.
func TestArrestEndToEnd(t *testing.T) {
	st, byID := oneStory(t, "testdata/arrest", 2)
	wantDiscrepancies(t, st, byID, []string{"date of the arrest: November 2024 [The Valdoria Herald] · October 2024 [Pacific Wire]"})
	verified(t, st, byID)
}

// TestBankruptEndToEnd reads a retailer's bankruptcy written for this
// test: the debts ("$2.3 billion" · "$2.8 billion"), the stores to close
// (120 · 150) and the year it was founded ("founded in 1962" · "founded
// in 1958") differ; the jobs at risk and the staff it employs are two
// things, and the 410 stores all give alike.
func TestBankruptEndToEnd(t *testing.T) {
	st, byID := oneStory(t, "testdata/bankrupt", 3)
	wantDiscrepancies(t, st, byID, []string{
		"debt: $2.3 billion [Pacific Wire, The Selin Times] · $2.8 billion [The Valdoria Herald]",
		"number of stores: 120 [Pacific Wire, The Selin Times] · 150 [The Valdoria Herald]",
		"year founded: 1958 [The Valdoria Herald] · 1962 [Pacific Wire]",
	})
	verified(t, st, byID)
}

// TestMarketsEndToEnd reads a market sell-off written for this test: the
// index's fall ("fell 4.2%" · "plunged 4.6%") is named by the index and the
// way it went; a share's move ("sank 11%" · "lost 14%") in sentences too
// unlike to pair stays unpaired, prices moving through the day, and is
// no outlet's exclusive either.
func TestMarketsEndToEnd(t *testing.T) {
	st, byID := oneStory(t, "testdata/markets", 2)
	wantDiscrepancies(t, st, byID, []string{"NX50 (fall): 4.2% [Pacific Wire] · 4.6% [The Valdoria Herald]"})
	// each outlet tells Veltron's fall: neither figure is one outlet's news
	for _, f := range st.SingleSource {
		if f.Detail == "11%" || f.Detail == "14%" {
			t.Errorf("a move both tell listed as one outlet's: %+v", f)
		}
	}
	verified(t, st, byID)
}

// TestRailstrikeEndToEnd: the strike's planned length ("a 48-hour strike,
// … the RMT union said" · "The RMT union … began a 24-hour strike") is one
// slot though the sentences' subjects differ, the union named in both;
// the trains cancelled differ too, and so does the rise the union wants
// ("demanding a 10% pay rise" · "wants an 8% pay increase").
func TestRailstrikeEndToEnd(t *testing.T) {
	st, byID := oneStory(t, "testdata/railstrike", 2)
	wantDiscrepancies(t, st, byID, []string{
		"pay rise demanded (%): 10% [Pacific Wire] · 8% [The Valdoria Herald]",
		"strike (hours): 24 [The Valdoria Herald] · 48 [Pacific Wire]",
		"trains cancelled: 1,500 [The Valdoria Herald] · 2,000 [Pacific Wire]",
	})
	verified(t, st, byID)
}

// TestTraghettoEndToEnd reads a ferry sinking in Italian, written for this
// test: the dead ("almeno 42 persone sono morte" · "45 morti") and the
// missing ("30 risultano disperse" · "25 persone risultano ancora
// disperse": the feminine forms, and "risultano" linking them) are tolls,
// not one "number of persone" line; the hospitals differ too; "Di Giulia
// Ferri" is a byline and "Il Corriere del Sud" the outlet.
func TestTraghettoEndToEnd(t *testing.T) {
	st, byID := oneStory(t, "testdata/traghetto", 2)
	wantDiscrepancies(t, st, byID, []string{
		"death toll: 42 [Agenzia Nordica] · 45 [Il Corriere del Sud]",
		"missing: 25 [Il Corriere del Sud] · 30 [Agenzia Nordica]",
		"number of hospitals: 6 [Agenzia Nordica] · 8 [Il Corriere del Sud]",
	})
	verified(t, st, byID)
}

// TestVolEndToEnd reads the museum theft in French, written for this test:
// the gang ("Quatre cambrioleurs" · "Trois voleurs": burglars and thieves
// are one kind of offender), the haul ("ont dérobé huit bijoux" · "ont
// emporté neuf bijoux") and its worth ("d'une valeur de 88 millions
// d'euros" · "a estimé lundi le butin à 102 millions d'euros") differ.
func TestVolEndToEnd(t *testing.T) {
	st, byID := oneStory(t, "testdata/vol", 2)
	wantDiscrepancies(t, st, byID, []string{
		"number of thieves: Quatre [Agence Nordique] · Trois [Le Courrier du Sud]",
		"number stolen: huit [Agence Nordique] · neuf [Le Courrier du Sud]",
		"value: 102 millions [Le Courrier du Sud] · 88 millions [Agence Nordique]",
	})
	verified(t, st, byID)
}

// TestVerdictEndToEnd reads a jury verdict written for this test: the sum
// to pay ("ordered Halvard Chemicals to pay $2.1 billion in damages" ·
// "Halvard Chemicals must pay $2.4 billion": the payer the object of one
// sentence and the subject of the other) and the deliberations
// ("deliberated for three days" · "after two days of deliberations")
// differ.
func TestVerdictEndToEnd(t *testing.T) {
	st, byID := oneStory(t, "testdata/verdict", 2)
	wantDiscrepancies(t, st, byID, []string{
		"deliberations (days): three [Pacific Wire] · two [The Valdoria Herald]",
		"sum to pay: $2.1 billion [Pacific Wire] · $2.4 billion [The Valdoria Herald]",
	})
	verified(t, st, byID)
}

// TestIPOEndToEnd reads a share sale written for this test: the pricing
// (dated by its day) and the next afternoon's debut (with a clock) are one
// story; the price per share ("at $38 a share" · "at $36 each"), the sum
// raised ("raising $1.9 billion" · "raised $1.8 billion"), the valuation
// ("values Veltro at about $24 billion" · "valued at about $22 billion":
// two figures rounded to the billion are no rough agreement) and the year
// founded differ.
func TestIPOEndToEnd(t *testing.T) {
	st, byID := oneStory(t, "testdata/ipo", 2)
	wantDiscrepancies(t, st, byID, []string{
		"price per share: $36 [The Finance Journal] · $38 [Market Wire]",
		"sum raised: $1.8 billion [The Finance Journal] · $1.9 billion [Market Wire]",
		"value: $22 billion [The Finance Journal] · $24 billion [Market Wire]",
		"year founded: 2014 [The Finance Journal] · 2015 [Market Wire]",
	})
	verified(t, st, byID)
}

// TestTornadoEndToEnd reads a tornado written for this test: the toll an
// outlet raised from six to seven (its "from six" is no figure of its
// own), its scene "Grantville" the town the wire's dateline names before
// "central Arkola"; the rating on the Fujita scale ("an EF-4" · "an
// EF-3"); the winds ("peak winds of 170 mph" · "winds of up to 155 mph":
// a limit a reported figure breaks is no rough agreement · "Winds reached
// an estimated 175 mph"); the path ("Its path stretched 30 miles" · "a
// path about 22 miles long"). The Herald's closing author bio is no
// exclusive.
func TestTornadoEndToEnd(t *testing.T) {
	st, byID := oneStory(t, "testdata/tornado", 3)
	wantDiscrepancies(t, st, byID, []string{
		"death toll: Seven [The Arkola Herald] · six [Midland Times, Plains Wire]",
		"homes destroyed: 150 [Plains Wire] · 200 [The Arkola Herald]",
		"injured: 40 [Plains Wire] · 50 [Midland Times]",
		"path (miles): 22 [Midland Times, Plains Wire] · 30 [The Arkola Herald]",
		"tornado rating: EF-3 [The Arkola Herald] · EF-4 [Midland Times, Plains Wire]",
		"winds (mph): 155 [The Arkola Herald] · 170 [Plains Wire] · 175 [Midland Times]",
	})
	for _, s := range st.SingleSource {
		if strings.Contains(s.Text, "covers weather") {
			t.Errorf("an author bio listed as exclusive: %q", s.Text)
		}
	}
	verified(t, st, byID)
}

// TestPateraEndToEnd reads a migrant boat's capsizing written in Spanish
// for this test: the dead ("Nueve migrantes murieron": migrants, the
// story's one group, count with "siete personas"), those on board
// ("transportaba a 58 personas" · "una patera con 60 ocupantes") and the
// missing ("otras ocho siguen desaparecidas" · "otras diez están
// desaparecidas") differ; "Diario de las Islas" names its outlet.
func TestPateraEndToEnd(t *testing.T) {
	st, byID := oneStory(t, "testdata/patera", 2)
	wantDiscrepancies(t, st, byID, []string{
		"death toll: Nueve [Agencia Atlántica] · siete [Diario de las Islas]",
		"missing: diez [Diario de las Islas] · ocho [Agencia Atlántica]",
		"on board: 58 [Agencia Atlántica] · 60 [Diario de las Islas]",
	})
	verified(t, st, byID)
}

// TestLawineEndToEnd reads an avalanche written in German for this test:
// its short sentences in the simple past ("Die Lawine löste sich in etwa
// 2.600 Metern Höhe.", "Rund 80 Bergretter … waren im Einsatz.") are
// statements, and the altitude, the rescuers and the helicopters differ;
// "Bergrettungsleiter Stefan Gruber" and "Stefan Gruber von der
// Bergrettung" are one speaker. (The dead, "vier Skifahrer" · "fünf
// Skitourengeher", are counted by two nouns and are not set against each
// other.)
func TestLawineEndToEnd(t *testing.T) {
	st, byID := oneStory(t, "testdata/lawine", 2)
	wantDiscrepancies(t, st, byID, []string{
		"altitude (metres): 2.600 [Tiroler Tageszeitung am Sonntag] · 2.800 [Alpenkurier]",
		"number of Bergretter: 60 [Alpenkurier] · 80 [Tiroler Tageszeitung am Sonntag]",
		"number of helicopters: drei [Tiroler Tageszeitung am Sonntag] · zwei [Alpenkurier]",
	})
	verified(t, st, byID)
}

// TestDesabamentoEndToEnd reads a building collapse written in Portuguese
// for this test: the floors, the dead, the injured, the missing and the
// time it fell ("ocorreu por volta das 4h30" · "veio abaixo por volta das
// 5h", on a 24-hour clock) differ.
func TestDesabamentoEndToEnd(t *testing.T) {
	st, byID := oneStory(t, "testdata/desabamento", 2)
	wantDiscrepancies(t, st, byID, []string{
		"death toll: 12 [Folha do Nordeste] · 14 [Correio Pernambucano]",
		"injured: 15 [Folha do Nordeste] · Dezoito [Correio Pernambucano]",
		"missing: Cinco [Correio Pernambucano] · três [Folha do Nordeste]",
		"number of andares: oito [Folha do Nordeste] · sete [Correio Pernambucano]",
		"time of day: 4h30 [Folha do Nordeste] · 5h [Correio Pernambucano]",
	})
	verified(t, st, byID)
}

// TestNobelEndToEnd reads a prize written for this test: its money ("the
// prize of 11 million Swedish crowns" · "The prize is worth 10 million
// Swedish crowns": a crown with its nation is money), a laureate's age and
// her rank ("only the sixth woman to win the chemistry prize" · "the eighth
// woman to win the chemistry prize") differ.
func TestNobelEndToEnd(t *testing.T) {
	st, byID := oneStory(t, "testdata/nobel", 2)
	wantDiscrepancies(t, st, byID, []string{
		"age of Halvorsen: 67 [Nordic Wire] · 68 [Science Tribune]",
		"prize money: 10 million Swedish crowns [Science Tribune] · 11 million Swedish crowns [Nordic Wire]",
		"rank (woman to win): eighth [Science Tribune] · sixth [Nordic Wire]",
	})
	verified(t, st, byID)
}

// TestManifEndToEnd reads a French protest written for this test: the
// interior ministry's count ("le ministère de l'Intérieur en a compté 480
// 000" · "Selon le ministère de l'Intérieur, 520 000 personnes ont
// manifesté") and the police officers hurt differ; "Le Courrier de
// l'Ouest" names its outlet, "Dans la capitale" names no one.
func TestManifEndToEnd(t *testing.T) {
	st, byID := oneStory(t, "testdata/manif", 2)
	wantDiscrepancies(t, st, byID, []string{
		"crowd size (authorities): 480 000 [Agence Centrale] · 520 000 [Le Courrier de l'Ouest]",
		"injured: Huit [Le Courrier de l'Ouest] · Onze [Agence Centrale]",
	})
	for _, e := range st.Entities {
		if strings.HasPrefix(e.Name, "Dans") {
			t.Errorf("a sentence's opening preposition taken for a name: %q", e.Name)
		}
	}
	verified(t, st, byID)
}

// TestIncendioEndToEnd reads a Spanish wildfire written for this test: the
// area burnt and the people evacuated ("Unas 1.200 personas han sido
// desalojadas" · "obligado a desalojar a 1.500 vecinos") differ.
func TestIncendioEndToEnd(t *testing.T) {
	st, byID := oneStory(t, "testdata/incendio", 2)
	wantDiscrepancies(t, st, byID, []string{
		"area (hectares): 3.500 [Agencia Meseta] · 5.000 [El Diario del Centro]",
		"displaced or evacuated: 1.200 [Agencia Meseta] · 1.500 [El Diario del Centro]",
		"number of municipios: cinco [El Diario del Centro] · cuatro [Agencia Meseta]",
	})
	verified(t, st, byID)
}

// TestQuartalEndToEnd reads a German carmaker's quarter written for this
// test: the net profit ("einen Nettogewinn von 2,4 Milliarden Euro" ·
// "2,6 Milliarden Euro verdient"), the revenue ("Der Umsatz stieg auf" ·
// "kletterte auf") and the rise differ; "Wirtschaftsticker" names its
// outlet.
func TestQuartalEndToEnd(t *testing.T) {
	st, byID := oneStory(t, "testdata/quartal", 2)
	wantDiscrepancies(t, st, byID, []string{
		"net profit (quarter): 2,4 Milliarden Euro [Wirtschaftsticker] · 2,6 Milliarden Euro [Handelsblatt am Abend]",
		"number for “ein Plus von 12 Prozent”: 12 Prozent [Wirtschaftsticker] · 15 Prozent [Handelsblatt am Abend]",
		"revenue: 41,5 Milliarden Euro [Wirtschaftsticker] · 42,1 Milliarden Euro [Handelsblatt am Abend]",
	})
	verified(t, st, byID)
}

// TestPhoneEndToEnd reads a phone launch written for this test: the price
// ("will start at $999" · "costs $1,099"), the day it reaches buyers ("go
// on sale on September 19" · "ships on September 20"), the screen ("a
// 6.3-inch screen" · "a 6.4-inch display") and the weight ("weighs 170
// grams, 12 grams less than last year's model": the difference is no
// weight of its own) differ.
func TestPhoneEndToEnd(t *testing.T) {
	st, byID := oneStory(t, "testdata/phone", 2)
	wantDiscrepancies(t, st, byID, []string{
		"date of the release to buyers: September 19 [Tech Wire] · September 20 [Gadget Review Daily]",
		"price: $1,099 [Gadget Review Daily] · $999 [Tech Wire]",
		"screen (inch): 6.3 [Tech Wire] · 6.4 [Gadget Review Daily]",
		"weighs (grams): 168 [Gadget Review Daily] · 170 [Tech Wire]",
	})
	verified(t, st, byID)
}

// TestTrialEndToEnd reads a drug trial written for this test: the effect
// ("slowed cognitive decline by 27%" · "slowed the decline in memory and
// thinking by 25%") and the deaths ("Two deaths were reported" · "three
// participants … died") differ.
func TestTrialEndToEnd(t *testing.T) {
	st, byID := oneStory(t, "testdata/trial", 2)
	wantDiscrepancies(t, st, byID, []string{
		"death toll: Two [Health Wire] · three [The Metro Post]",
		"slowed by: 25% [The Metro Post] · 27% [Health Wire]",
	})
	verified(t, st, byID)
}

// TestCalcioEndToEnd reads an Italian football derby written for this
// test: the score ("ha battuto il Porto Vesta 3-1" · "ha vinto il derby
// contro il Porto Vesta per 3-2", the verb further back than a team's
// name), the crowd ("davanti a 45.000 spettatori" · "davanti a 50.000
// tifosi") and the points differ; "Corriere dello Sport del Sud", five
// words, is its masthead, and "Porto Vesta" no name with the score in it.
func TestCalcioEndToEnd(t *testing.T) {
	st, byID := oneStory(t, "testdata/calcio", 2)
	wantDiscrepancies(t, st, byID, []string{
		"attendance: 45.000 [Gazzetta del Nord] · 50.000 [Corriere dello Sport del Sud]",
		"number of punti: 61 [Corriere dello Sport del Sud] · 62 [Gazzetta del Nord]",
		"vote or score: 3-1 [Gazzetta del Nord] · 3-2 [Corriere dello Sport del Sud]",
	})
	verified(t, st, byID)
}

// TestRachatEndToEnd reads a French takeover written for this test: the
// price ("le rachat … pour 4,2 milliards d'euros" · "acquérir Solène pour
// 4,5 milliards d'euros"), the price per share ("38 euros par action" ·
// "40 euros par action") and the premium differ; "Les Échos du Marché"
// names its outlet.
func TestRachatEndToEnd(t *testing.T) {
	st, byID := oneStory(t, "testdata/rachat", 2)
	wantDiscrepancies(t, st, byID, []string{
		"deal value: 4,2 milliards [Agence Financière] · 4,5 milliards [Les Échos du Marché]",
		"premium: 32 % [Agence Financière] · 35 % [Les Échos du Marché]",
		"price per share: 38 euros [Agence Financière] · 40 euros [Les Échos du Marché]",
	})
	verified(t, st, byID)
}

// TestDronesEndToEnd reads a drone strike written for this test: the dead,
// the wounded and the drones launched differ.
func TestDronesEndToEnd(t *testing.T) {
	st, byID := oneStory(t, "testdata/drones", 2)
	wantDiscrepancies(t, st, byID, []string{
		"death toll: 12 [Eastern Wire] · 15 [The Continental Daily]",
		"drones launched: 48 [Eastern Wire] · 55 [The Continental Daily]",
		"injured: 31 [Eastern Wire] · 40 [The Continental Daily]",
	})
	verified(t, st, byID)
}

// TestEleicaoEndToEnd reads a Brazilian runoff written in Portuguese for
// this test: the winner's share and her age ("Prado, de 54 anos," · "Aos
// 55 anos, Prado será …", a name the tagger missed there) differ.
func TestEleicaoEndToEnd(t *testing.T) {
	st, byID := oneStory(t, "testdata/eleicao", 2)
	wantDiscrepancies(t, st, byID, []string{
		"age of Prado: 54 [Folha do Planalto] · 55 [Jornal do Estado]",
		"share of the vote: 51,9% [Jornal do Estado] · 52,4% [Folha do Planalto]",
	})
	verified(t, st, byID)
}

// TestExplosieEndToEnd reads a Dutch explosion written for this test: one
// article's Dutch the detector is unsure of among all languages (its
// neighbour Afrikaans) is Dutch among the languages read, so its figures
// in words count: the dead and the injured differ. The homes declared
// uninhabitable (40) and those evacuated (60) are two things.
func TestExplosieEndToEnd(t *testing.T) {
	st, byID := oneStory(t, "testdata/explosie", 2)
	wantDiscrepancies(t, st, byID, []string{
		"death toll: drie [Haagsche Courant] · twee [Rijnmond Dagblad]",
		"injured: Negen [Rijnmond Dagblad] · Twaalf [Haagsche Courant]",
	})
	verified(t, st, byID)
}

// TestMultaEndToEnd reads a Spanish competition fine written for this
// test: the fine ("una multa de 42 millones de euros" · "multado con 45
// millones de euros"), the largest of the fines ("La mayor sanción, de 18
// millones" · "la multa más alta, de 20 millones", past the apposition's
// comma) and the cartel's first year ("entre 2019 y 2023" · "entre 2018 y
// 2023") differ.
func TestMultaEndToEnd(t *testing.T) {
	st, byID := oneStory(t, "testdata/multa", 2)
	wantDiscrepancies(t, st, byID, []string{
		"fine: 42 millones de euros [Agencia Ibérica] · 45 millones de euros [Diario Económico]",
		"first year covered: 2018 [Diario Económico] · 2019 [Agencia Ibérica]",
		"largest fine: 18 millones de euros [Agencia Ibérica] · 20 millones de euros [Diario Económico]",
	})
	verified(t, st, byID)
}

// TestPlanSocialEndToEnd reads a French carmaker's job cuts written for
// this test: "la suppression de 1 200 postes … d'ici 2029" (a later year
// is the plan's term, not another time) · "supprimer 1 500 emplois"; and
// the staff ("Le groupe emploie 38 000 personnes" · "qui compte 40 000
// salariés").
func TestPlanSocialEndToEnd(t *testing.T) {
	st, byID := oneStory(t, "testdata/plansocial", 2)
	wantDiscrepancies(t, st, byID, []string{
		"jobs cut: 1 200 [Agence Centrale] · 1 500 [Le Courrier de l'Est]",
		"workforce: 38 000 [Agence Centrale] · 40 000 [Le Courrier de l'Est]",
	})
	verified(t, st, byID)
}

// TestJackpotEndToEnd reads a lottery win written for this test: the
// jackpot ("the $1.2 billion Powerstar jackpot" · "Wednesday's $1.3
// billion Powerstar jackpot", the prize after its sum) differs.
func TestJackpotEndToEnd(t *testing.T) {
	st, byID := oneStory(t, "testdata/jackpot", 2)
	wantDiscrepancies(t, st, byID, []string{
		"prize money: $1.2 billion [Lottery Wire] · $1.3 billion [Valley Gazette]",
	})
	verified(t, st, byID)
}

// TestJobsReportEndToEnd reads a jobs report written for this test, many
// figures in few words: the jobs added differ, and the forecasts, the
// revisions and the sectors make no false line.
func TestJobsReportEndToEnd(t *testing.T) {
	st, byID := oneStory(t, "testdata/jobsreport", 2)
	wantDiscrepancies(t, st, byID, []string{
		"jobs added: 210,000 [Economy Wire] · 225,000 [The Capital Times]",
	})
	verified(t, st, byID)
}

// TestExerciseEndToEnd reads a naval exercise written for this test: its
// lead ("Allied navies began …") is no photo caption, and two sentences
// listing the same things counted ("45 ships and 80 aircraft" · "More
// than 50 vessels and 60 aircraft": vessels are ships) set their counts
// against each other though one names the sea and the other nothing.
func TestExerciseEndToEnd(t *testing.T) {
	st, byID := oneStory(t, "testdata/exercise", 2)
	wantDiscrepancies(t, st, byID, []string{
		"number of aircraft: 60 [Nordic Herald] · 80 [Defence Wire]",
		"number of ships: 45 [Defence Wire] · 50 [Nordic Herald]",
	})
	verified(t, st, byID)
}

// TestSismoMixedEndToEnd reads the Peruvian earthquake's three Spanish
// reports with an English wire written for this test: one story, the
// English "6.4" one value with the Spanish "6,4", its toll a third.
func TestSismoMixedEndToEnd(t *testing.T) {
	st, byID := oneStory(t, "testdata/sismo-mixed", 4)
	wantDiscrepancies(t, st, byID, []string{
		"death toll: 12 [Diario del Sur, Prensa Latina Hoy] · 14 [Noticias Andinas] · 15 [Andes Wire]",
		"injured: 75 [Noticias Andinas] · 80 [Andes Wire, Diario del Sur, Prensa Latina Hoy]",
		"magnitude: 6,2 [Noticias Andinas] · 6,4 [Andes Wire, Diario del Sur, Prensa Latina Hoy]",
	})
	verified(t, st, byID)
}

// TestSeatsEndToEnd reads an election written for this test with three
// outlets: each party's seats are a slot of their own ("The conservative
// Unity party came second with 41 seats" · "while Unity won 43"; "Norland
// First with 17" · "Norland First won 15 seats"), and the turnout ("70.8%,
// down from 74% four years ago": the earlier figure's time is a baseline,
// no other time of the sentence) differs.
func TestSeatsEndToEnd(t *testing.T) {
	st, byID := oneStory(t, "testdata/seats", 3)
	wantDiscrepancies(t, st, byID, []string{
		"seats of Norland First: 15 [The Norland Herald] · 17 [Nordic Wire, The Baltic Times]",
		"seats of Unity: 41 [Nordic Wire] · 43 [The Norland Herald]",
		"turnout: 70.8% [The Norland Herald] · 71.2% [Nordic Wire, The Baltic Times]",
	})
	verified(t, st, byID)
}

// TestTwoFiresEndToEnd reads two warehouse fires of one night written for
// this test, one in Lyon told in French and one in Leeds told in English:
// two stories, whatever folding names across languages joins. (The
// firefighters, "Quelque 200 pompiers ont été mobilisés" · "Près de 150
// pompiers sont intervenus", are told with two verbs no slot reads alike,
// and are not compared.)
func TestTwoFiresEndToEnd(t *testing.T) {
	arts, errs := source.Load(context.Background(), []string{"testdata/twofires"}, source.Options{Offline: true, Jobs: 1})
	if len(errs) != 0 || len(arts) != 4 {
		t.Fatalf("read %d articles, errors %+v", len(arts), errs)
	}
	_, stories := Run(arts, Options{})
	if len(stories) != 2 {
		t.Fatalf("%d stories, want 2", len(stories))
	}
	for _, st := range stories {
		langs := map[string]bool{}
		for _, id := range st.ArticleIDs {
			for _, a := range arts {
				if a.ID == id {
					langs[a.Language] = true
				}
			}
		}
		if len(langs) != 1 {
			t.Errorf("story %s mixes the two fires: %v", st.ID, langs)
		}
	}
}

// TestCitaEndToEnd reads a Spanish minimum-wage rise written for this
// test: the level set ("la subida del salario mínimo interprofesional a
// 1.250 euros" · "elevar el salario mínimo a 1.260 euros", whoever the
// sentences' subjects), who said "Es una medida de justicia social" and
// the workers it reaches ("beneficiará a unos 2,4 millones de
// trabajadores" · "afectará a 2,1 millones de trabajadores", each
// source's one count of workers, whatever the verbs) differ.
func TestCitaEndToEnd(t *testing.T) {
	st, byID := oneStory(t, "testdata/cita", 2)
	wantDiscrepancies(t, st, byID, []string{
		"number of workers: 2,1 millones [Diario de la Tarde] · 2,4 millones [Agencia Meridiana]",
		"salario mínimo: 1.250 euros [Agencia Meridiana] · 1.260 euros [Diario de la Tarde]",
		"who said “Es una medida de justicia social”: Elena Robles [Agencia Meridiana] · Luis Carrasco [Diario de la Tarde]",
	})
	verified(t, st, byID)
}

// TestRansomEndToEnd reads a hospital ransomware attack written for this
// test: the ransom demanded, the hospitals ("runs nine hospitals" · "its
// eight hospitals") and the operations hit ("postpone about 400" · "cancel
// 550") differ, once "St Aldhelm Health" and "Aldhelm Health" (a company
// by its head word, the saint's abbreviation left off) are one name.
func TestRansomEndToEnd(t *testing.T) {
	st, byID := oneStory(t, "testdata/ransom", 2)
	wantDiscrepancies(t, st, byID, []string{
		"number of hospitals: eight [The Maryhill Post] · nine [Health Tech Wire]",
		"number of operations: 400 [Health Tech Wire] · 550 [The Maryhill Post]",
		"sum demanded: $10 million [The Maryhill Post] · $12 million [Health Tech Wire]",
	})
	verified(t, st, byID)
}

// TestMercatoEndToEnd reads an Italian transfer written for this test: the
// fee ("l'acquisto … per 80 milioni di euro" · "ha pagato 75 milioni di
// euro … per l'attaccante") differs, and "ha detto il giocatore" is no
// other speaker than "Alves" (a description, not a name).
func TestMercatoEndToEnd(t *testing.T) {
	st, byID := oneStory(t, "testdata/mercato", 2)
	wantDiscrepancies(t, st, byID, []string{
		"deal value: 75 milioni [Corriere dello Sport del Sud] · 80 milioni [Gazzetta del Nord]",
	})
	verified(t, st, byID)
}

// TestBahnstreikEndToEnd reads a German rail strike written for this test:
// the share of long-distance trains cancelled ("Rund 80 Prozent der
// Fernzüge" · "rund 70 Prozent der Fernzüge") differs, labelled by its
// partitive.
func TestBahnstreikEndToEnd(t *testing.T) {
	st, byID := oneStory(t, "testdata/bahnstreik", 2)
	wantDiscrepancies(t, st, byID, []string{
		"share of Fernzüge: 70 Prozent [Kölner Stadtzeitung] · 80 Prozent [Nachrichtenticker]",
	})
	verified(t, st, byID)
}

// TestCaniculeEndToEnd reads a French heat record written for this test:
// the temperature in Nîmes and the departments on red alert differ.
func TestCaniculeEndToEnd(t *testing.T) {
	st, byID := oneStory(t, "testdata/canicule", 2)
	wantDiscrepancies(t, st, byID, []string{
		"number of départements: Douze [Le Midi Libre du Soir] · Quinze [Agence Centrale]",
		"temperature in Nîmes (°C): 43,8 [Le Midi Libre du Soir] · 44,1 [Agence Centrale]",
	})
	verified(t, st, byID)
}

// TestUrteilEndToEnd reads a German fraud verdict written for this test:
// the prison term ("zu acht Jahren Haft verurteilt" · "zu sieben Jahren
// Haft verurteilt"; sentences naming no person tell the one defendant's)
// differs; the ten years the prosecution asked for is no term.
func TestUrteilEndToEnd(t *testing.T) {
	st, byID := oneStory(t, "testdata/urteil", 2)
	wantDiscrepancies(t, st, byID, []string{
		"prison term (years): acht [Nachrichtenticker] · sieben [Süddeutsche Abendzeitung]",
	})
	verified(t, st, byID)
}

// TestProcesEndToEnd reads a French corruption verdict written for this
// test: the prison term ("condamné … à quatre ans de prison" · "à trois
// ans de prison") and the fine differ.
func TestProcesEndToEnd(t *testing.T) {
	st, byID := oneStory(t, "testdata/proces", 2)
	wantDiscrepancies(t, st, byID, []string{
		"fine: 100 000 euros [Agence Centrale] · 80 000 euros [Le Progrès du Rhône]",
		"prison term (years): quatre [Agence Centrale] · trois [Le Progrès du Rhône]",
	})
	verified(t, st, byID)
}

// TestZetelsEndToEnd reads a Dutch election written for this test: a
// party's seats ("GroenLinks-PvdA komt uit op 25 zetels" · "…,
// GroenLinks-PvdA op 26", the party untagged as a name; the line named by
// its slot, not by the words around its figure) and the turnout ("De
// opkomst was 78,2 procent") differ, and so do the largest party's ("De
// VVD is … de grootste partij geworden met 34 zetels": the sentence's one
// named subject, its seats after "met").
func TestZetelsEndToEnd(t *testing.T) {
	st, byID := oneStory(t, "testdata/zetels", 2)
	wantDiscrepancies(t, st, byID, []string{
		"seats of GroenLinks-PvdA: 25 [Nederlands Dagblad Vandaag] · 26 [Haagsche Courant]",
		"seats of VVD: 33 [Haagsche Courant] · 34 [Nederlands Dagblad Vandaag]",
		"turnout: 77,9 procent [Haagsche Courant] · 78,2 procent [Nederlands Dagblad Vandaag]",
	})
	verified(t, st, byID)
}

// TestQuartalExclusives: the share's move each outlet tells with its own
// figure ("Die Aktie legte … um 4 Prozent zu" · "An der Börse stieg die
// Aktie um 6 Prozent") is neither outlet's exclusive: a price moves all
// day.
func TestQuartalExclusives(t *testing.T) {
	st, _ := oneStory(t, "testdata/quartal", 2)
	for _, s := range st.SingleSource {
		if strings.Contains(s.Text, "Prozent") && strings.Contains(s.Text, "Aktie") {
			t.Errorf("a share's move listed as exclusive: %q", s.Text)
		}
	}
}

// TestTsunamiEndToEnd reads a Japanese earthquake and tsunami written for
// this test, three outlets: the magnitude, the waves ("up to 1.2 metres" ·
// "as high as 1.5 metres"; "about 4 feet" is 1.2 metres, no third value),
// the depth ("at a depth of 30 km" · "of 40 km", named by its measure),
// the dead, the injured and the evacuated differ.
func TestTsunamiEndToEnd(t *testing.T) {
	st, byID := oneStory(t, "testdata/tsunami", 3)
	wantDiscrepancies(t, st, byID, []string{
		"death toll: Three [World Herald] · Two [Pacific Wire, The Eastern Times]",
		"depth (km): 30 [Pacific Wire] · 40 [World Herald]",
		"displaced or evacuated: 30,000 [Pacific Wire] · 40,000 [World Herald]",
		"injured: 45 [Pacific Wire] · 50 [World Herald]",
		"magnitude: 7.2 [World Herald] · 7.4 [Pacific Wire, The Eastern Times]",
		"tsunami (metres): 1.2 [Pacific Wire] · 1.5 [World Herald]",
	})
	verified(t, st, byID)
}

// TestMoonEndToEnd reads a lunar landing written for this test: the day
// the lander launched ("launched on February 18" · "lifted off on February
// 16", two sentences naming nothing, a story's one launch) and its mass
// ("The 1,900-kilogram lander" · "The 2,100-kilogram spacecraft", each
// outlet's one mass) and its instruments ("It carries 12 scientific
// instruments, six of them for NASA" · "Its 11 instruments, five of them
// NASA's", one day's reports naming NASA) differ.
func TestMoonEndToEnd(t *testing.T) {
	st, byID := oneStory(t, "testdata/moon", 2)
	wantDiscrepancies(t, st, byID, []string{
		"date of the launch: February 16 [Science Journal Daily] · February 18 [Space Wire]",
		"mass: 1,900 [Space Wire] · 2,100 [Science Journal Daily]",
		"number of instruments: 11 [Science Journal Daily] · 12 [Space Wire]",
	})
	verified(t, st, byID)
}

// TestOutbreakEndToEnd reads a salmonella outbreak written for this test:
// the people sickened ("has sickened 162 people in 21 states" · "The number
// of people sickened … has risen to 149 across 19 states"), the states
// (each outlet's one count of them, a line it had missed), the
// hospitalized and the day of the recall differ.
func TestOutbreakEndToEnd(t *testing.T) {
	st, byID := oneStory(t, "testdata/outbreak", 2)
	wantDiscrepancies(t, st, byID, []string{
		"date for “recalled its cucumbers on July 3”: July 3 [Health Wire] · July 5 [National News Today]",
		"hospitalized: 48 [National News Today] · Fifty-four [Health Wire]",
		"number of states: 19 [National News Today] · 21 [Health Wire]",
		"sickened: 149 [National News Today] · 162 [Health Wire]",
	})
	verified(t, st, byID)
}

// TestBilingueEndToEnd reads one avalanche told in French and in English
// for this test: one story, whose dead ("faisant quatre morts" · "killed
// five off-piste skiers") and altitude ("à 2 800 mètres d'altitude" · "at
// an altitude of 2,600 metres") differ across the two languages.
func TestBilingueEndToEnd(t *testing.T) {
	st, byID := oneStory(t, "testdata/bilingue", 2)
	wantDiscrepancies(t, st, byID, []string{
		"altitude (metres): 2 800 [Le Dauphiné du Soir] · 2,600 [Alpine Wire]",
		"death toll: five [Alpine Wire] · quatre [Le Dauphiné du Soir]",
	})
	verified(t, st, byID)
	// a headline giving a disputed figure is marked as a sentence is
	// ("Five skiers killed in avalanche near Chamonix")
	for _, sec := range st.Brief.Sections {
		for _, s := range sec.Sentences {
			if strings.HasPrefix(s.Text, "Five skiers") && !slices.Contains(s.Disputed, "death toll") {
				t.Errorf("headline %q not marked disputed: %v", s.Text, s.Disputed)
			}
		}
	}
	// "une quarantaine de secouristes" is about 40: "Around 40 rescuers"
	// is no exclusive
	for _, s := range st.SingleSource {
		if strings.Contains(s.Text, "40 rescuers") {
			t.Errorf("listed as exclusive: %q", s.Text)
		}
	}
}

// TestAvionEndToEnd reads a French plane crash written for this test: who
// was on board ("avec 72 personnes à bord" · "Un avion transportant 74
// personnes"), the aircraft and the dead ("faisant au moins 68 morts" ·
// "Au moins 70 corps ont été retrouvés", each outlet's lead and only
// toll, a line it had missed) differ.
func TestAvionEndToEnd(t *testing.T) {
	st, byID := oneStory(t, "testdata/avion", 2)
	wantDiscrepancies(t, st, byID, []string{
		"aircraft: ATR 72 [Agence Centrale] · Airbus A320 [Le Matin du Sud]",
		"death toll: 68 [Agence Centrale] · 70 [Le Matin du Sud]",
		"on board: 72 [Agence Centrale] · 74 [Le Matin du Sud]",
	})
	verified(t, st, byID)
}

// TestAutobusEndToEnd reads a Peruvian bus crash written in Spanish for
// this test: the dead ("Al menos 24 personas murieron" · "Veintisiete
// personas fallecieron", a number of tens and units written as one word),
// the injured, the passengers and the ravine's depth ("un barranco de 200
// metros" · "un abismo de unos 150 metros", a measure by its unit in
// sentences naming one place) differ.
func TestAutobusEndToEnd(t *testing.T) {
	st, byID := oneStory(t, "testdata/autobus", 2)
	wantDiscrepancies(t, st, byID, []string{
		"death toll: 24 [Agencia Andina Sur] · Veintisiete [Diario del Pacífico]",
		"injured: 15 [Diario del Pacífico] · 18 [Agencia Andina Sur]",
		"length (metres): 150 [Diario del Pacífico] · 200 [Agencia Andina Sur]",
		"on board: 48 [Agencia Andina Sur] · 52 [Diario del Pacífico]",
	})
	verified(t, st, byID)
}

// TestPonteEndToEnd reads an Italian bridge collapse written for this
// test: the dead ("causando la morte di sei persone": "sei" before a plural
// noun is six, not "you are" · "otto morti") and the injured differ; "intorno
// alle 15.40" and "poco dopo le 15.30", both rough, are no dispute.
func TestPonteEndToEnd(t *testing.T) {
	st, byID := oneStory(t, "testdata/ponte", 2)
	wantDiscrepancies(t, st, byID, []string{
		"death toll: otto [Corriere del Nord] · sei [Agenzia Lombarda]",
		"injured: 11 [Agenzia Lombarda] · nove [Corriere del Nord]",
	})
	verified(t, st, byID)
}

// TestZugunglueckEndToEnd reads a German derailment written for this test:
// the dead ("Vier Menschen sind bei der Entgleisung eines Regionalzugs bei
// Rosenheim gestorben", the participle twelve words on) and the injured
// passengers ("Mehr als 40 Fahrgäste wurden verletzt" · "35 Fahrgäste
// verletzt") and those on board ("Im Zug befanden sich etwa 120 Menschen"
// · "An Bord waren rund 150 Reisende") differ.
func TestZugunglueckEndToEnd(t *testing.T) {
	st, byID := oneStory(t, "testdata/zugunglueck", 2)
	wantDiscrepancies(t, st, byID, []string{
		"death toll: Vier [Münchner Abendzeitung] · drei [Nachrichtenticker]",
		"injured: 35 [Münchner Abendzeitung] · 40 [Nachrichtenticker]",
		"on board: 120 [Nachrichtenticker] · 150 [Münchner Abendzeitung]",
	})
	verified(t, st, byID)
}

// TestAgreeEndToEnd and TestAcuerdoEndToEnd read two stories written for
// this test whose outlets agree on every figure, written two ways ("$1.5
// billion" · "$1,500 million", "a dozen" · "12", "three-quarters" · "75%",
// "12 miles" · "19 kilometres", "noon" · "12 p.m.", "30C" · "86F",
// "9-2" · "nine to two"; "1,2 millones" · "1.200.000", "doce" · "12"):
// no line.
func TestAgreeEndToEnd(t *testing.T) {
	st, byID := oneStory(t, "testdata/agree", 2)
	wantDiscrepancies(t, st, byID, nil)
	verified(t, st, byID)
}

func TestAcuerdoEndToEnd(t *testing.T) {
	st, byID := oneStory(t, "testdata/acuerdo", 2)
	wantDiscrepancies(t, st, byID, nil)
	verified(t, st, byID)
}

// TestRolesEndToEnd reads a border pact written for this test: the
// checkpoints, the minister's office ("Foreign Minister Anna Berg" ·
// "Defence Minister Anna Berg") and her quotation's wording differ.
func TestRolesEndToEnd(t *testing.T) {
	st, byID := oneStory(t, "testdata/roles", 2)
	wantDiscrepancies(t, st, byID, []string{
		"joint checkpoints: 12 [The Valdoria Herald] · 14 [Nordic Wire]",
		"role of Anna Berg: Norland's Defence Minister [The Valdoria Herald] · Norland's Foreign Minister [Nordic Wire]",
		"wording of a quote by Anna Berg: This agreement opens a new chapter of cooperation between our countries, [The Valdoria Herald] · This agreement opens a new chapter of trust between our nations, [Nordic Wire]",
	})
	verified(t, st, byID)
}
