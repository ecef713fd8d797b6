package claim

import (
	"reflect"
	"slices"
	"sort"
	"strings"
	"testing"
	"time"

	"crossread"
	"crossread/nlp"
	"crossread/number"
	"crossread/timex"
)

// doc builds a Doc the way the pipeline does, from an id, an outlet and a
// text; the entity, quote, date and number stages are left empty.
func doc(id, source, text string) *crossread.Doc {
	a := &crossread.Article{ID: id, Source: source, Text: text}
	return &crossread.Doc{Article: a, Sentences: nlp.Sentences(id, text)}
}

// mention adds the entity stage's mention of text to d, as the pipeline
// gives it.
func mention(d *crossread.Doc, text, typ string) {
	i := strings.Index(d.Article.Text, text)
	d.Mentions = append(d.Mentions, crossread.Mention{Span: crossread.Span{ArticleID: d.Article.ID, Start: i, End: i + len(text)}, Text: text, Type: typ})
}

// datedDoc is doc with the date stage's findings, read against ref.
func datedDoc(id, source, text string, ref time.Time) *crossread.Doc {
	d := doc(id, source, text)
	d.Times = timex.Extract(id, text, ref)
	return d
}

func claimWith(t *testing.T, r Result, substr string) crossread.Claim {
	t.Helper()
	for _, c := range r.Claims {
		for _, v := range c.Variants {
			if strings.Contains(v.Text, substr) {
				return c
			}
		}
	}
	t.Fatalf("no claim holds %q; claims: %+v", substr, r.Claims)
	return crossread.Claim{}
}

func TestAnalyze_ParaphrasesAlignIntoOneClaim(t *testing.T) {
	docs := []*crossread.Doc{
		doc("a", "Daily Planet", "The city council approved a new budget for public transport on Tuesday. Officials said buses would run more often. The mayor was not present at the vote."),
		doc("b", "Evening Star", "On Tuesday, the budget for public transport was approved by the city council. Critics warned about the cost of the plan for taxpayers."),
		doc("c", "Morning Post", "Public transport gets a new budget after the city council approved it Tuesday. A local bakery celebrated its hundredth anniversary with free bread."),
	}
	r := Analyze(docs, nil)
	c := claimWith(t, r, "approved a new budget")
	if c.Support != 3 || !reflect.DeepEqual(sorted(c.ArticleIDs), []string{"a", "b", "c"}) {
		t.Errorf("budget claim: support %d articles %v, want 3 [a b c]", c.Support, c.ArticleIDs)
	}
	for _, c := range r.Claims {
		for _, v := range c.Variants {
			if strings.Contains(v.Text, "bakery") || strings.Contains(v.Text, "mayor") {
				t.Errorf("unrelated sentence aligned: %q in %+v", v.Text, c)
			}
		}
	}
}

func sorted(ids []string) []string {
	out := slices.Clone(ids)
	slices.Sort(out)
	return out
}

func TestAnalyze_SyndicatedCopyIsNotASecondSource(t *testing.T) {
	text := "The company agreed to buy its rival for 4 billion dollars in cash. The deal still needs approval from regulators."
	a := doc("a", "Wire Service", text)
	copyDoc := doc("b", "Local Paper", text)
	copyDoc.Article.DuplicateOf = "a"
	c := doc("c", "Business Daily", "Regulators still have to approve the deal, under which the company buys its rival for 4 billion dollars in cash.")
	r := Analyze([]*crossread.Doc{a, copyDoc, c}, nil)
	cl := claimWith(t, r, "agreed to buy its rival")
	if !slices.Contains(cl.ArticleIDs, "b") {
		t.Errorf("the copy should be cited: %v", cl.ArticleIDs)
	}
	if cl.Support != 2 {
		t.Errorf("support = %d over %v, want 2 (the copy counts with its original)", cl.Support, cl.ArticleIDs)
	}
}

func TestAnalyze_SameOutletTwiceCountsOnce(t *testing.T) {
	r := Analyze([]*crossread.Doc{
		doc("a", "Evening Star", "Heavy rain flooded the old town centre on Sunday night, residents said."),
		doc("b", "evening star", "Residents said heavy rain flooded the old town centre on Sunday night."),
	}, nil)
	if len(r.Claims) != 1 || r.Claims[0].Support != 1 {
		t.Fatalf("claims = %+v, want one claim with support 1", r.Claims)
	}
}

func TestAnalyze_ChangedNumberIsADiscrepancy(t *testing.T) {
	docs := []*crossread.Doc{
		doc("a", "Daily Planet", "The government signed a package of contracts worth $17 billion with the aircraft maker. Deliveries start next year."),
		doc("b", "Evening Star", "The aircraft maker signed a package of contracts with the government worth $15 billion. Unions welcomed the news."),
		doc("c", "Morning Post", "A package of contracts worth $17 billion was signed by the government and the aircraft maker."),
	}
	r := Analyze(docs, nil)
	var found *crossread.Discrepancy
	for i, d := range r.Discrepancies {
		if d.Kind == KindNumber {
			found = &r.Discrepancies[i]
		}
	}
	if found == nil {
		t.Fatalf("no number discrepancy; got %+v", r.Discrepancies)
	}
	got := map[string][]string{}
	for _, v := range found.Variants {
		got[v.Value] = sorted(v.ArticleIDs)
		for _, sp := range v.Spans {
			text := docs[map[string]int{"a": 0, "b": 1, "c": 2}[sp.ArticleID]].Article.Text
			if text[sp.Start:sp.End] != v.Value {
				t.Errorf("span %v reads %q, want %q", sp, text[sp.Start:sp.End], v.Value)
			}
		}
	}
	want := map[string][]string{"$17 billion": {"a", "c"}, "$15 billion": {"b"}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("variants = %v, want %v", got, want)
	}
}

func TestAnalyze_LevelOfOneMeasureWordedApart(t *testing.T) {
	docs := []*crossread.Doc{
		doc("a", "Daily Planet", "The Norland central bank raised its main interest rate by a quarter of a percentage point to 4.5% on Thursday, its third increase since October. Consumer prices rose sharply in the year."),
		doc("b", "Evening Star", "Norland's central bank on Thursday increased its benchmark rate by 25 basis points to 4.75%, the highest level since 2008. Annual inflation stood at 5.8% in February."),
		doc("c", "Morning Post", "The Norland central bank raised its policy rate to 4.5% from 4.25% on Thursday, as expected by most economists. The governor said the bank would act to get inflation, which was 5.9% in February, back to its goal."),
	}
	got := map[string]string{}
	for _, d := range Analyze(docs, nil).Discrepancies {
		if d.Kind != KindNumber {
			continue
		}
		var vs []string
		for _, v := range d.Variants {
			vs = append(vs, v.Value+" "+strings.Join(sorted(v.ArticleIDs), ","))
		}
		sort.Strings(vs)
		got[vs[0]] = strings.Join(vs, " · ")
	}
	want := map[string]string{
		"4.5% a,c": "4.5% a,c · 4.75% b", // the rate's start, "from 4.25%", is no variant
		"5.8% b":   "5.8% b · 5.9% c",
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("number discrepancies = %v, want %v", got, want)
	}
}

func TestAnalyze_EventDayToldByWeekday(t *testing.T) {
	ref := time.Date(2026, 8, 14, 12, 0, 0, 0, time.UTC) // a Friday
	docs := []*crossread.Doc{
		datedDoc("a", "X", "The Cedar Ridge Fire began on Monday evening near Pine Hollow Road and has grown to 12,500 acres.", ref),
		datedDoc("b", "Y", "The fire broke out on Tuesday afternoon near Pine Hollow Road. Its cause is under investigation.", ref),
	}
	var found []string
	for _, d := range Analyze(docs, nil).Discrepancies {
		if d.Kind == KindDate {
			for _, v := range d.Variants {
				found = append(found, v.Value)
			}
			if d.About != "date of the start" {
				t.Errorf("about %q", d.About)
			}
		}
	}
	if !reflect.DeepEqual(found, []string{"Monday evening", "Tuesday afternoon"}) {
		t.Errorf("date variants %v, want Monday evening and Tuesday afternoon", found)
	}
}

func TestAnalyze_RoughFigureWithDecimals(t *testing.T) {
	docs := []*crossread.Doc{
		doc("a", "X", "The personal details of about 3.9 million Vexa customers were stolen in a cyberattack, the company said."),
		doc("b", "Y", "The personal details of 4.2 million Vexa customers were stolen in a cyberattack, the company said."),
	}
	if d := Analyze(docs, nil).Discrepancies; len(d) != 1 || len(d[0].Variants) != 2 {
		t.Errorf("discrepancies %+v, want about 3.9 million against 4.2 million", d)
	}
}

func TestAnalyze_DayOfADiscoveryNotOfAnEndOfState(t *testing.T) {
	ref := time.Date(2026, 9, 7, 12, 0, 0, 0, time.UTC)
	docs := []*crossread.Doc{
		datedDoc("a", "X", "Vexa said it detected the intrusion on August 30. The line will remain closed until at least Monday, Vexa said.", ref),
		datedDoc("b", "Y", "The Vexa breach was discovered on September 2. Vexa said the line would stay closed until Tuesday.", ref),
	}
	var about []string
	for _, d := range Analyze(docs, nil).Discrepancies {
		about = append(about, d.About)
	}
	if !reflect.DeepEqual(about, []string{"date of the discovery"}) {
		t.Errorf("discrepancies %q, want the discovery's date alone", about)
	}
}

func TestAnalyze_DeadlineDay(t *testing.T) {
	ref := time.Date(2027, 1, 14, 20, 0, 0, 0, time.UTC) // a Thursday
	docs := []*crossread.Doc{
		datedDoc("a", "X", "Energy company Nordgrid said it expected to restore power to most customers by Friday.", ref),
		datedDoc("b", "Y", "Nordgrid expects to reconnect most customers by Saturday, the company said.", ref),
	}
	var about []string
	for _, d := range Analyze(docs, nil).Discrepancies {
		about = append(about, d.About)
	}
	if !reflect.DeepEqual(about, []string{"date of the expected restoration"}) {
		t.Errorf("discrepancies %q, want the expected restoration's date", about)
	}
}

// "000" and "078" are a split number's or a code's digits, no figure.
func TestAnalyze_LeadingZeroDigitsAreNoFigure(t *testing.T) {
	docs := []*crossread.Doc{
		doc("a", "X", "Qeshm island, home to 120, 000 people, was hit by the quake on Sunday."),
		doc("b", "Y", "Qeshm island, home to 200, 000 people, was hit by the quake on Sunday."),
	}
	for _, d := range Analyze(docs, nil).Discrepancies {
		for _, v := range d.Variants {
			if strings.HasPrefix(v.Value, "0") {
				t.Errorf("%q taken for a figure: %+v", v.Value, d)
			}
		}
	}
}

// A model's designation ("A320", "737-800"), a currency's code aside
// ("US1 million"), and a list of versions ("6, 7, 8, and 9") are no
// figures.
func TestQuantities_DesignationsAndListsAreNoFigures(t *testing.T) {
	for s, want := range map[string][]string{
		"A Nordair Airbus A320 with 133 passengers crashed.":            {"133"},
		"The Boeing 737-800 lost contact with the tower.":               {"737"},
		"Internet Explorer versions 6, 7, 8, and 9 are affected.":       {},
		"Damage to the church was estimated at US$1 million on Sunday.": {"US$1 million"},
	} {
		var got []string
		for _, q := range Quantities(s) {
			if q.Kind != "date" {
				got = append(got, q.Text)
			}
		}
		if len(got) == 0 && len(want) == 0 {
			continue
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("Quantities(%q) = %q, want %q", s, got, want)
		}
	}
}

func TestAnalyze_ComingEventDay(t *testing.T) {
	ref := time.Date(2026, 9, 14, 8, 0, 0, 0, time.UTC) // a Monday
	docs := []*crossread.Doc{
		datedDoc("a", "X", "Prime Minister Eva Holm said she would begin talks on forming a coalition on Wednesday.", ref),
		datedDoc("b", "Y", "Prime Minister Eva Holm will start coalition talks on Thursday, her office said.", ref),
		datedDoc("c", "Z", "Prime Minister Eva Holm will start her campaign tour on Friday.", ref),
	}
	var got []string
	for _, d := range Analyze(docs, nil).Discrepancies {
		var vs []string
		for _, v := range d.Variants {
			vs = append(vs, v.Value)
		}
		got = append(got, d.About+": "+strings.Join(vs, " · "))
	}
	// (a tour that starts is no talks)
	if want := []string{"date of the talks: Wednesday · Thursday"}; !reflect.DeepEqual(got, want) {
		t.Errorf("discrepancies %q, want %q", got, want)
	}
}

func TestAnalyze_InaugurationDay(t *testing.T) {
	ref := time.Date(2026, 2, 9, 12, 0, 0, 0, time.UTC)
	docs := []*crossread.Doc{
		datedDoc("a", "X", "Clara Mendes, 58, will be sworn in on March 1 as president of Valdoria.", ref),
		datedDoc("b", "Y", "Clara Mendes will be inaugurated on March 8, the electoral commission of Valdoria said.", ref),
	}
	var about []string
	for _, d := range Analyze(docs, nil).Discrepancies {
		about = append(about, d.About)
	}
	if !reflect.DeepEqual(about, []string{"date of the inauguration"}) {
		t.Errorf("discrepancies %q, want the inauguration's date", about)
	}
}

func TestAnalyze_PartOfAWhole(t *testing.T) {
	docs := []*crossread.Doc{
		doc("a", "X", "A regional train derailed near Lindau on Friday morning. Six of the train's eight carriages left the tracks as it crossed a bridge over the Lauter river."),
		doc("b", "Y", "Five carriages of a regional train came off the rails near Lindau on Friday. The train was crossing the Lauter when it happened."),
	}
	var got []string
	for _, d := range Analyze(docs, nil).Discrepancies {
		var vs []string
		for _, v := range d.Variants {
			vs = append(vs, v.Value)
		}
		got = append(got, d.About+": "+strings.Join(vs, " · "))
	}
	if want := []string{"number of carriages: Six · Five"}; !reflect.DeepEqual(got, want) {
		t.Errorf("discrepancies %q, want %q (the whole, eight, is no count of them)", got, want)
	}
	// the rest of the whole is no other account of the part
	docs = []*crossread.Doc{
		doc("a", "X", "The running back missed 10 of the Saints' 16 games with an ankle injury this season."),
		doc("b", "Y", "An ankle injury limited the Saints running back to only six games this season."),
	}
	if d := Analyze(docs, nil).Discrepancies; len(d) != 0 {
		t.Errorf("discrepancies %+v, want none", d)
	}
}

func TestAnalyze_CourtPenalties(t *testing.T) {
	docs := []*crossread.Doc{
		doc("a", "X", "A former mayor of Castleford was sentenced to 12 years in prison on Wednesday for taking bribes. Penhallow was also ordered to pay a fine of £500,000."),
		doc("b", "Y", "Former Castleford mayor Richard Penhallow has been given a 14-year prison sentence for corruption. He was also fined £450,000."),
	}
	var got []string
	for _, d := range Analyze(docs, nil).Discrepancies {
		var vs []string
		for _, v := range d.Variants {
			vs = append(vs, v.Value)
		}
		got = append(got, d.About+": "+strings.Join(vs, " · "))
	}
	sort.Strings(got)
	want := []string{"fine: £500,000 · £450,000", "prison term (years): 12 · 14"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("discrepancies %q, want %q", got, want)
	}
}

func TestAnalyze_CompanyResults(t *testing.T) {
	docs := []*crossread.Doc{
		doc("a", "X", "Halvard Foods said on Thursday its net profit for the first quarter rose to $650 million, while revenue reached $4.3 billion, ahead of Wall Street estimates."),
		doc("b", "Y", "Halvard Foods reported a 14% rise in first-quarter net profit on Thursday, to $612 million. Revenue rose 6% to $4.2 billion, beating analysts' forecasts of $4.1 billion."),
		doc("c", "Z", "Snack maker Halvard Foods posted its results on Thursday, with sales up on the year. Sales totalled $4.2 billion."),
	}
	var got []string
	for _, d := range Analyze(docs, nil).Discrepancies {
		var vs []string
		for _, v := range d.Variants {
			vs = append(vs, v.Value+" "+strings.Join(sorted(v.ArticleIDs), ","))
		}
		got = append(got, d.About+": "+strings.Join(vs, " · "))
	}
	sort.Strings(got)
	want := []string{"net profit (quarter): $650 million a · $612 million b", "revenue: $4.3 billion a · $4.2 billion b,c"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("discrepancies %q, want %q (a forecast is no result)", got, want)
	}
}

func TestAnalyze_NoDiscrepancyWithoutConflict(t *testing.T) {
	cases := map[string][]*crossread.Doc{
		"same figures": {
			doc("a", "X", "The storm killed 12 people and destroyed 300 homes in the province."),
			doc("b", "Y", "In the province, 12 people were killed and 300 homes destroyed by the storm."),
		},
		"different slots": {
			doc("a", "X", "The two countries have maintained diplomatic ties since 1992 and cooperate on trade."),
			doc("b", "Y", "The country has maintained diplomatic ties with its neighbour since gaining independence after the collapse of the union in 1991."),
		},
		"other value given elsewhere": {
			doc("a", "X", "The bridge opened in 2020 after five years of work. Planning began in 2015."),
			doc("b", "Y", "The bridge opened in 2015 after planning began, and work went on for years. It was finished in 2020."),
		},
	}
	// with the date stage's findings, as the pipeline runs it
	ref := time.Date(2021, 5, 12, 15, 0, 0, 0, time.UTC)
	dated := func(id, source, text string) *crossread.Doc { return datedDoc(id, source, text, ref) }
	cases["a record's baseline against an event's month"] = []*crossread.Doc{
		dated("a", "X", "From March to April, consumer prices increased sharply."),
		dated("b", "Y", "The increase in consumer prices from March is the highest since April 1982."),
	}
	cases["a day inside the other's month"] = []*crossread.Doc{
		dated("a", "X", "The president will make a trip to Brussels on June 14 for the summit."),
		dated("b", "Y", "The president will make a trip to Brussels in June for the summit."),
	}
	cases["an amount converted into another currency"] = []*crossread.Doc{
		doc("a", "X", "The thieves made off with jewellery worth 103 million euros, the police said."),
		doc("b", "Y", "The thieves made off with jewellery worth £88m, the police said."),
	}
	cases["a figure rounded from the other"] = []*crossread.Doc{
		doc("a", "X", "Job openings in May rose slightly to 9.2 million, the department said."),
		doc("b", "Y", "Job openings in May rose slightly to 9.21 million, the department said."),
	}
	cases["the same month read against two articles' dates"] = []*crossread.Doc{
		dated("a", "X", "The fund cut its growth forecast, which is lower than its July estimate."),
		func() *crossread.Doc {
			d := doc("b", "Y", "The fund cut its growth forecast, which is lower than the July estimate.")
			d.Times = timex.Extract("b", d.Article.Text, ref.AddDate(1, 0, 0))
			return d
		}(),
	}
	cases["a price's move at two times of day"] = []*crossread.Doc{
		doc("a", "X", "Halbrook shares jumped 31% to $88.10 in premarket trading on Monday, the exchange said."),
		doc("b", "Y", "Halbrook shares rose 29% in early trading on Monday, the exchange said."),
	}
	cases["the same weekday read against two articles' dates"] = []*crossread.Doc{
		dated("a", "X", "The fire at the Harlan depot began on Monday evening, officials said."),
		func() *crossread.Doc {
			d := doc("b", "Y", "The fire at the Harlan depot began on Monday evening, officials said.")
			d.Times = timex.Extract("b", d.Article.Text, ref.AddDate(0, 0, 7))
			return d
		}(),
	}
	cases["a day told by no verb of the event"] = []*crossread.Doc{
		dated("a", "X", "The Harlan depot fire was reported by officials on Monday evening."),
		dated("b", "Y", "The Harlan depot fire was reported by officials on Tuesday afternoon."),
	}
	cases["a speed in kilometres an hour and in miles an hour"] = []*crossread.Doc{
		doc("a", "X", "Storm Helga swept across the northern coast with gusts of up to 93 mph on Wednesday, officials said."),
		doc("b", "Y", "Storm Helga swept across the northern coast with gusts of up to 150 km/h on Wednesday, officials said."),
	}
	cases["one distance and speed in two units"] = []*crossread.Doc{
		doc("a", "X", "Deputies chased him for 48km through a construction zone at speeds up to 193km/h, the sheriff said."),
		doc("b", "Y", "Deputies chased him for 30 miles through a construction zone at speeds up to 120 mph, the sheriff said."),
	}
	cases["a lower bound below an upper one"] = []*crossread.Doc{
		doc("a", "X", "Deputies chased the suspect at speeds of more than 100 mph on the interstate, the sheriff said."),
		doc("b", "Y", "Deputies chased the suspect at speeds of up to 120 mph on the interstate, the sheriff said."),
	}
	cases["the term one faces, or served, against the term given"] = []*crossread.Doc{
		doc("a", "X", "Castleford's former mayor Penhallow faces up to 20 years in prison if convicted of bribery."),
		doc("b", "Y", "Castleford's former mayor Penhallow was sentenced to 12 years in prison for bribery."),
		doc("c", "Z", "Castleford's former mayor Penhallow served 8 years in prison for bribery in an earlier case."),
	}
	cases["two candidates' shares"] = []*crossread.Doc{
		doc("a", "X", "Clara Mendes won the runoff on Sunday with 52.3% of the vote. Incumbent Rui Tavares received 47.7% of the vote."),
		doc("b", "Y", "Opposition candidate Clara Mendes defeated President Rui Tavares in the runoff on Sunday with 52.3% of the vote."),
	}
	cases["two companies' revenue"] = []*crossread.Doc{
		doc("a", "X", "Halvard Foods said its revenue reached $4.3 billion in the quarter, while Brock Mills reported weaker sales."),
		doc("b", "Y", "Brock Mills said its revenue fell to $2.1 billion in the quarter as Halvard Foods gained market share."),
	}
	cases["a bound the other figure keeps"] = []*crossread.Doc{
		doc("a", "X", "A judge threw out the lawsuits brought against the company by more than 40 states on Monday."),
		doc("b", "Y", "A judge threw out the lawsuits brought against the company by 48 states on Monday."),
	}
	cases["a figure below a bound"] = []*crossread.Doc{
		doc("a", "X", "After five months the vaccine is just 47% effective at preventing infection, the study found."),
		doc("b", "Y", "After five months the vaccine is below 50% effective at preventing infection, the study found."),
	}
	for name, docs := range cases {
		t.Run(name, func(t *testing.T) {
			if d := Analyze(docs, nil).Discrepancies; len(d) != 0 {
				t.Errorf("discrepancies = %+v, want none", d)
			}
		})
	}
}

func TestAnalyze_DifferentMemberLists(t *testing.T) {
	r := Analyze([]*crossread.Doc{
		doc("a", "X", "The pact was first signed in 2019 by Norway, Chile, Ghana and Vietnam."),
		doc("b", "Y", "Chile, Ghana, and Vietnam signed the pact in 2019 to cut fishing quotas."),
	}, nil)
	var got []crossread.DiscrepancyVariant
	for _, d := range r.Discrepancies {
		if d.Kind == KindMembers {
			got = d.Variants
		}
	}
	if len(got) != 2 || got[0].Value != "Norway, Chile, Ghana and Vietnam" || got[1].Value != "Chile, Ghana, and Vietnam" {
		t.Errorf("member variants = %+v", got)
	}
}

func TestAnalyze_NameSpelledDifferently(t *testing.T) {
	r := Analyze([]*crossread.Doc{
		doc("a", "X", "President Askar Karimov met the delegation in the capital on Monday."),
		doc("b", "Y", "Karimov told reporters the talks had gone well."),
		doc("c", "Z", "President Asqar Qarimov met the delegation in the capital on Monday."),
	}, nil)
	var sp *crossread.Discrepancy
	for i, d := range r.Discrepancies {
		if d.Kind == KindSpelling {
			sp = &r.Discrepancies[i]
		}
	}
	if sp == nil {
		t.Fatalf("no spelling discrepancy: %+v", r.Discrepancies)
	}
	got := map[string][]string{}
	for _, v := range sp.Variants {
		got[v.Value] = sorted(v.ArticleIDs)
	}
	want := map[string][]string{"Askar Karimov": {"a", "b"}, "Asqar Qarimov": {"c"}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("spellings = %v, want %v", got, want)
	}
}

func TestAnalyze_DerivedNamesAreNotSpellings(t *testing.T) {
	r := Analyze([]*crossread.Doc{
		doc("a", "X", "Israel and Bahrain agreed to open embassies in each other's capitals soon."),
		doc("b", "Y", "Israeli and Bahraini officials agreed to open embassies in each other's capitals soon."),
	}, nil)
	for _, d := range r.Discrepancies {
		if d.Kind == KindSpelling {
			t.Errorf("unexpected spelling discrepancy %+v", d)
		}
	}
}

func TestAnalyze_QuoteWordingAndSpeaker(t *testing.T) {
	a := doc("a", "X", `"We will not accept this deal under any circumstances," the minister said.`)
	a.Quotes = []crossread.Quote{{Span: crossread.Span{ArticleID: "a", Start: 1, End: 58}, Text: "We will not accept this deal under any circumstances", Speaker: "Maria Lopez"}}
	b := doc("b", "Y", `"We will never accept this deal under any circumstances," a spokesman said.`)
	b.Quotes = []crossread.Quote{{Span: crossread.Span{ArticleID: "b", Start: 1, End: 60}, Text: "We will never accept this deal under any circumstances", Speaker: "Tom Berg"}}
	r := Analyze([]*crossread.Doc{a, b}, nil)
	kinds := map[string]bool{}
	for _, d := range r.Discrepancies {
		kinds[d.Kind] = true
	}
	if !kinds[KindQuote] || !kinds[KindSpeaker] {
		t.Errorf("kinds = %v, want quote and speaker; %+v", kinds, r.Discrepancies)
	}
}

// One speaker whose name two outlets write apart ("Ruud Vanderbeek" ·
// "Ruud van der Beek") is a name's spelling, shown once, not who said.
func TestAnalyze_SpeakerNameWrittenApart(t *testing.T) {
	a := doc("a", "X", `"He sees passes nobody else sees, and he is still improving," said Ruud Vanderbeek.`)
	a.Quotes = []crossread.Quote{{Span: crossread.Span{ArticleID: "a", Start: 1, End: 64}, Text: "He sees passes nobody else sees, and he is still improving", Speaker: "Ruud Vanderbeek"}}
	b := doc("b", "Y", `"He sees passes nobody else sees, and he is still improving," Ruud van der Beek said.`)
	b.Quotes = []crossread.Quote{{Span: crossread.Span{ArticleID: "b", Start: 1, End: 64}, Text: "He sees passes nobody else sees, and he is still improving", Speaker: "Ruud van der Beek"}}
	r := Analyze([]*crossread.Doc{a, b}, nil)
	if len(r.Discrepancies) != 1 || r.Discrepancies[0].Kind != KindSpelling || r.Discrepancies[0].About != "spelling of Ruud Vanderbeek" {
		t.Errorf("discrepancies %+v, want the name's spelling", r.Discrepancies)
	}
}

func TestSingleSource_FigureOnlyOneOutletGives(t *testing.T) {
	r := Analyze([]*crossread.Doc{
		doc("a", "X", "The council approved the new stadium on Tuesday. The project will cost 450 million euros, the finance office said."),
		doc("b", "Y", "On Tuesday the council approved the new stadium. Fans celebrated outside the town hall."),
	}, nil)
	var whys []string
	for _, s := range r.SingleSource {
		if strings.Contains(s.Text, "450 million") {
			whys = append(whys, s.Why)
			if s.ArticleID != "a" {
				t.Errorf("article = %s, want a", s.ArticleID)
			}
		}
		if strings.Contains(s.Text, "approved the new stadium") {
			t.Errorf("a shared claim listed as single-source: %q", s.Text)
		}
	}
	if len(whys) != 1 || whys[0] != "figure" {
		t.Errorf("450 million: whys %v, want [figure]; all %+v", whys, r.SingleSource)
	}
	for _, s := range r.SingleSource {
		if strings.Contains(s.Text, "450 million") && s.Detail != "450 million euros" {
			t.Errorf("detail %q, want the figure as written, with what it counts", s.Detail)
		}
	}
}

// A figure another outlet gives in another unit of the same measure, or
// one outlet's bound of another's figure, is no exclusive; a move told
// otherwise nearby ("rose 0.6%" · "strengthened 0.8%") is none either.
func TestSingleSource_SameMeasureToldOtherwise(t *testing.T) {
	r := Analyze([]*crossread.Doc{
		doc("a", "X", "The wildfire north of Redhill has burned more than 12,000 acres since Tuesday. The krone rose 0.6% against the euro after the decision."),
		doc("b", "Y", "The wildfire near Redhill has scorched roughly 4,900 hectares since it started on Tuesday. The krone strengthened 0.8% against the euro."),
		doc("c", "Z", "Firefighters said the wildfire near Redhill had grown to 12,500 acres. Residents fled their homes. About 200,000 homes lost power."),
		doc("d", "W", "Some 180,000 households were left without electricity, the grid operator said."),
	}, nil)
	for _, s := range r.SingleSource {
		for _, figure := range []string{"12,000", "4,900", "12,500", "0.6%", "0.8%", "180,000", "200,000"} {
			if strings.Contains(s.Text, figure) && strings.Contains(s.Detail, figure) {
				t.Errorf("%s listed as %s's exclusive: %q", figure, s.ArticleID, s.Text)
			}
		}
	}
}

// A name another outlet spells otherwise is a spelling line, not one
// outlet's exclusive.
func TestSingleSource_NameSpelledOtherwise(t *testing.T) {
	a := doc("a", "X", "The former mayor was jailed on Wednesday. His lawyer, Simon Greaves, declined to comment outside the court building.")
	b := doc("b", "Y", "The former mayor was jailed on Wednesday. Defence lawyer Simon Graves said an appeal would be lodged against the verdict.")
	mention(a, "Simon Greaves", crossread.PERSON)
	mention(b, "Simon Graves", crossread.PERSON)
	r := Analyze([]*crossread.Doc{a, b}, []crossread.Entity{
		{Name: "Simon Greaves", Type: crossread.PERSON, Mentions: 1, ArticleIDs: []string{"a"}, Spans: a.Mentions},
		{Name: "Simon Graves", Type: crossread.PERSON, Mentions: 1, ArticleIDs: []string{"b"}, Spans: b.Mentions},
	})
	spelled := false
	for _, d := range r.Discrepancies {
		spelled = spelled || d.Kind == KindSpelling
	}
	if !spelled {
		t.Fatalf("no spelling line: %+v", r.Discrepancies)
	}
	for _, s := range r.SingleSource {
		if strings.Contains(s.Detail, "Simon") {
			t.Errorf("%q listed as %s's exclusive", s.Detail, s.ArticleID)
		}
	}
}

// What Only reported by calls exclusive must be absent from the other
// sources' text, however their sentences were keyed: a name inside a
// longer one ("the Barr memo"), a surname for a full name.
func TestSingleSource_DetailIsAbsentFromOtherSources(t *testing.T) {
	a := doc("a", "X", "The ministry named three cities that will lose federal funding. The list was approved by Attorney General William Barr. The Harbor Institute called the move a stunt.")
	b := doc("b", "Y", "Three cities will lose federal funding under the Barr memo. Officials in all three said they would sue.")
	// The entity stage keys "Attorney General William Barr" and "Barr"
	// apart (no alias links them here).
	mention(a, "Attorney General William Barr", crossread.PERSON)
	mention(a, "Harbor Institute", crossread.ORG)
	mention(b, "Barr", crossread.PERSON)
	r := Analyze([]*crossread.Doc{a, b}, nil)
	for _, s := range r.SingleSource {
		if strings.Contains(s.Detail, "Barr") {
			t.Errorf("Barr listed as exclusive though source Y names him: %+v", s)
		}
		if s.Detail != "" && !strings.Contains(s.Text, s.Detail) {
			t.Errorf("detail %q is not in the sentence %q", s.Detail, s.Text)
		}
	}
	found := false
	for _, s := range r.SingleSource {
		found = found || strings.Contains(s.Detail, "Harbor Institute")
	}
	if !found {
		t.Errorf("the Harbor Institute, which only X names, is not listed: %+v", r.SingleSource)
	}
}

func TestIsStatement(t *testing.T) {
	cases := map[string]bool{
		"The council approved the budget on Tuesday.":      true,
		"“We will win,” the coach said after the match.":   true,
		"Why It's Important?":                              false,
		"Strategic Implications for Central Asia":          false,
		"Is this the end of the road for the party?":       false,
		"existing diplomatic ties with Israel since 1992.": false,
		"Five Things To Know About The New Budget Plan.":   false,
		"Read more at https://example.com/story about it.": false,
		"One expert noted:":                                false,
	}
	for s, want := range cases {
		if got := IsStatement(s); got != want {
			t.Errorf("IsStatement(%q) = %v, want %v", s, got, want)
		}
	}
}

func TestStandsAlone(t *testing.T) {
	cases := map[string]bool{
		"The council approved the budget.":                    true,
		"This move has raised questions.":                     false,
		"That’s not the sort of distinction presidents seek.": false,
		"They’re the ultimate insiders, the lawyers say.":     false,
		"That, at least, seemed to be the message.":           false,
		"However, the plan was delayed.":                      false,
		"Before joining the paper in 2011, he worked abroad.": false,
		"Maria Lopez said she would resign.":                  true,
		// cut out of a longer quotation: it closes what it never opened
		"Fiz apenas uma pontuação técnica\", ressaltou.":              false,
		"It was only a technical remark,” the senator said.":          false,
		"“The rule was a technical remark,” the senator said.":        true,
		"« C’est une erreur », a dit le ministre.":                    true,
		"“In thirty years of politics the party has never seen this.": false,
		"„Wir sind tief erschüttert“, sagte der Präsident.":           true,
		"“The plan works,\" the mayor said on Tuesday.":               true,
	}
	for s, want := range cases {
		if got := StandsAlone(s); got != want {
			t.Errorf("StandsAlone(%q) = %v, want %v", s, got, want)
		}
	}
}

func TestQuantities(t *testing.T) {
	cases := []struct {
		in   string
		want []string // value/kind
	}{
		{"A deal worth over $17 billion was signed.", []string{"17000000000/money"}},
		{"Ties date from 1992, and 1,200 people attended.", []string{"1992/year", "1200/count"}},
		{"Turnout rose to 64.5% on November 6, 2025.", []string{"64.5/percent", "2025-11-06/date"}},
		{"Talks resume on 18 November.", []string{"--11-18/date"}},
		{"The F-16 and COVID-19 are not quantities.", nil},
		{"Three people and twelve boats.", []string{"3/count", "12/count"}},
	}
	for _, c := range cases {
		var got []string
		for _, q := range Quantities(c.in) {
			got = append(got, q.Value+"/"+q.Kind)
			if c.in[q.Start:q.End] != q.Text {
				t.Errorf("%q: span %d-%d reads %q, text %q", c.in, q.Start, q.End, c.in[q.Start:q.End], q.Text)
			}
		}
		slices.Sort(got)
		want := slices.Clone(c.want)
		slices.Sort(want)
		if !reflect.DeepEqual(got, want) {
			t.Errorf("Quantities(%q) = %v, want %v", c.in, got, want)
		}
	}
}

func TestNameKey_FoldsTransliterations(t *testing.T) {
	same := [][2]string{{"Tokayev", "Toqaev"}, {"Kassym-Jomart", "Qasym-Zhomart"}, {"Zelenskyy", "Zelensky"}, {"Müller", "Muller"}}
	for _, p := range same {
		if NameKey(p[0]) != NameKey(p[1]) {
			t.Errorf("NameKey(%q)=%q != NameKey(%q)=%q", p[0], NameKey(p[0]), p[1], NameKey(p[1]))
		}
	}
	if NameKey("Iran") == NameKey("Iraq") {
		t.Errorf("Iran and Iraq share a key")
	}
}

func TestCites(t *testing.T) {
	text := `WASHINGTON (Reuters) - The ministry confirmed the plan, according to the Associated Press. ` +
		`"It is a turning point," Jane Roe, a senior fellow at the Atlantic Council, wrote in an analysis. ` +
		`An official told RFE/RL that talks would go on. The New York Times reported that the vote was delayed. ` +
		`Bloomberg reported the figure first. According to John Smith, nothing changed. ` +
		`The United Arab Emirates (UAE) joined. Officials told reporters little. He said so (in private).`
	d := doc("x", "Own Outlet", text)
	got := Cites(d)
	want := []string{"Associated Press", "Reuters", "RFE/RL", "Atlantic Council", "New York Times", "Bloomberg"}
	slices.Sort(got)
	slices.Sort(want)
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Cites = %q, want %q", got, want)
	}
	own := doc("y", "RFE/RL", "The minister told RFE/RL the talks would continue next week.")
	if c := Cites(own); len(c) != 0 {
		t.Errorf("own outlet cited: %q", c)
	}
}

func FuzzQuantities(f *testing.F) {
	for _, s := range []string{"$17 billion on November 6, 2025", "1,200.5% of 18 Nov", "F-16 COVID-19 2020s", "May 5 may 6", "€3,5 bn", "Gen. Ann Lee, Bo Wu's and Cy Li, Dee", "Twitter’s CEO Jack Dorsey and Sundar Pichai",
		"2nd: at least 14 people have died, 3 missing", "ruled 7-2; won 3–1 in 2020-21", "killed 12, toll risen to 14", "88 millones de euros", "3 Milliarden Euro", "2 millions d'euros"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, q := range Quantities(s) {
			if q.Start < 0 || q.End > len(s) || q.Start > q.End || s[q.Start:q.End] != q.Text {
				t.Fatalf("bad span %+v in %q", q, s)
			}
			tollOf(s, q)
		}
		for _, lang := range []string{"es", "de"} {
			for _, q := range QuantitiesIn(s, lang) {
				if q.Start < 0 || q.End > len(s) || q.Start > q.End || s[q.Start:q.End] != q.Text {
					t.Fatalf("bad span %+v in %q (%s)", q, s, lang)
				}
			}
		}
		for _, w := range Words(s) {
			if s[w.Start:w.End] != w.Text {
				t.Fatalf("bad word %+v in %q", w, s)
			}
		}
		for _, l := range nameLists(s) {
			if l.Start < 0 || l.End > len(s) || l.Start > l.End || s[l.Start:l.End] != l.Text || len(l.Items) < 2 {
				t.Fatalf("bad list %+v in %q", l, s)
			}
		}
	})
}

func FuzzCites(f *testing.F) {
	for _, s := range []string{"(Reuters) - x", "according to the Atlantic Council.", "told RFE/RL that", "X reported (AP)"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, c := range Cites(doc("f", "", s)) {
			if strings.TrimSpace(c) == "" {
				t.Fatalf("empty cite from %q", s)
			}
		}
	})
}

func FuzzAnalyze(f *testing.F) {
	f.Add("The council approved the budget of $5 million in 2020.", "In 2021 the council approved a $6 million budget.")
	f.Add("WASHINGTON (AP) — The Senate passed the bill on Friday night after a long debate.", "Editor's note: The Senate passed the bill, a $2 billion package, on Friday.")
	f.Add("Ada Berg (left) meets union leaders in Oslo on March 3.\n\nThe union agreed to the deal on Tuesday.", "Why the Deal Matters Unions will get raises of four percent this year.")
	f.Add("Drei Menschen starben am Sonntag in Passau. Die Donau erreichte 10,2 Meter.", "Zwei Menschen kamen ums Leben; 3.000 Einwohner mussten ihre Wohnungen verlassen.")
	f.Add("O desabamento ocorreu por volta das 4h30. A subida do salário mínimo a 1.250 euros.", "De VVD behaalt 33 zetels. Rund 80 Prozent der Fernzüge fielen aus, gegen 14.30 Uhr.")
	f.Fuzz(func(t *testing.T, x, y string) {
		a, b := doc("a", "A", x), doc("b", "B", y)
		if strings.Contains(x+y, "Menschen") {
			// the other languages' stemmers and function words
			a.Article.Language, b.Article.Language = "de", "es"
		} else if langs := []string{"", "fr", "de", "nl", "it", "pt", "es"}; strings.ContainsAny(x+y, "0123456789") {
			// one other language for both: its slot readers, clock and
			// levels read (chosen by the input, so that a crash replays)
			l := langs[len(x)%len(langs)]
			a.Article.Language, b.Article.Language = l, l
		}
		r := Analyze([]*crossread.Doc{a, b}, nil)
		for _, c := range r.Claims {
			for _, v := range c.Variants {
				text := map[string]string{"a": x, "b": y}[v.ArticleID]
				if !v.Span.Valid(len(text)) || text[v.Span.Start:v.Span.End] != v.Text {
					t.Fatalf("variant span %+v does not read %q", v.Span, v.Text)
				}
			}
		}
	})
}

// In German every noun has a capital: without an entity stage's mentions,
// capitalised words are no names there (in English they are).
func TestGermanNounsAreNoNames(t *testing.T) {
	a := doc("a", "X", "Die Regierung beschloss am Montag das neue Gesetz. Danach vertagte das Unterhaus die Abstimmung.")
	b := doc("b", "Y", "Am Montag beschloss die Regierung das neue Gesetz.")
	a.Article.Language, b.Article.Language = "de", "de"
	for _, x := range Align([]*crossread.Doc{a, b}, nil).Sentences {
		if len(x.Names) > 0 {
			t.Errorf("German nouns taken for names in %q: %v", x.Text, x.NameText)
		}
	}
	e := doc("e", "Z", "The council met Anna Pell in Brellin on Monday.")
	e.Article.Language = "en"
	if xs := Align([]*crossread.Doc{e}, nil).Sentences; len(xs) == 0 || len(xs[0].Names) == 0 {
		t.Error("English names were not read")
	}
}

func TestExclusiveNameHelpers(t *testing.T) {
	if !namesOutlet("Página Siete", "Diario Pagina Siete") || namesOutlet("Álvaro Álvarez", "Diario Pagina Siete") {
		t.Error("namesOutlet: the outlet's own name, accents folded, and nothing else")
	}
	text := "Incluso, señala que algunos policías piden dinero. El jefe de Mitsubishi habló.\nNetanyahu spoke. Israeli Prime Minister Netanyahu, who arrived late, agreed."
	for w, want := range map[string]bool{"Incluso": false, "Mitsubishi": true, "Netanyahu": true, "El": false} {
		if got := capitalisedInside(text, w); got != want {
			t.Errorf("capitalisedInside(%q) = %v, want %v", w, got, want)
		}
	}
}

func TestListOpeningWordIsNoMember(t *testing.T) {
	r := Analyze([]*crossread.Doc{
		doc("a", "X", "Today, Interior Secretary Ken Salazar and Commerce Secretary Gary Locke revoked the rule on species. The rule was signed today."),
		doc("b", "Y", "Ken Salazar and Gary Locke revoked the rule on species in a joint statement."),
	}, nil)
	for _, d := range r.Discrepancies {
		if d.Kind == KindMembers {
			t.Errorf("members discrepancy %+v", d)
		}
	}
}

func TestNameListsEndAtTheirLastMember(t *testing.T) {
	cases := map[string][]string{
		"Jim Banks of Indiana and Jim Jordan of Ohio, Pelosi said.":                                 {"Jim Banks of Indiana and Jim Jordan of Ohio"},
		"The talks included France, Germany, Italy and Spain.":                                      {"France, Germany, Italy and Spain"},
		"Lloyd Austin, Mark Milley and Gen. Kenneth McKenzie testified.":                            {"Lloyd Austin, Mark Milley and Gen. Kenneth McKenzie"},
		"On Friday, Anna Berg, Nick Clegg and Tom Hale spoke.":                                      {"Anna Berg, Nick Clegg and Tom Hale"},
		"Nick Clegg, Facebook's vice president, and Anna Berg spoke.":                               nil,
		"Facebook's CEO Mark Zuckerberg and Twitter's CEO Jack Dorsey and Sundar Pichai testified.": {"Facebook's CEO Mark Zuckerberg and Twitter's CEO Jack Dorsey"},
		// commas alone join a name and what qualifies it
		"He died at his home in Santa Rosa, California, the Post said.":    nil,
		"Dr. Regina Benjamin, M.D., M.B.A., was nominated on Friday.":      nil,
		"The body was found at a house on Newton Street, Millom, Cumbria.": nil,
	}
	for s, want := range cases {
		var got []string
		for _, l := range nameLists(s) {
			got = append(got, l.Text)
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("nameLists(%q) = %q, want %q", s, got, want)
		}
	}
}

// A date read from the article's own day ("over the year") is no fact a
// source alone reports; a date written out ("on 4 March 2021") is.
func TestSingleSourceDatesAreWrittenOut(t *testing.T) {
	ref := time.Date(2021, 5, 12, 15, 0, 0, 0, time.UTC)
	dated := func(id, source, text string) *crossread.Doc { return datedDoc(id, source, text, ref) }
	r := Analyze([]*crossread.Doc{
		dated("a", "X", "Consumer prices rose 4 percent in April, the Labor Department said. Economists had expected prices to rise more slowly over the year."),
		dated("b", "Y", "The Labor Department said consumer prices rose 4 percent in April. The last rise this steep came on 4 March 2008, officials noted."),
	}, nil)
	for _, s := range r.SingleSource {
		if s.Why == "date" && !strings.ContainsAny(s.Detail, "0123456789") {
			t.Errorf("a relative date singled out: %+v", s)
		}
	}
}

func TestWithCounted(t *testing.T) {
	for s, want := range map[string]string{
		"prices rose at the fastest pace in more than 12 years": "12 years",
		"about 150 people were evacuated":                       "150 people",
		"the toll climbed to 143 on Saturday":                   "143",
		"the count reached 12":                                  "12",
		"the toll rose to 11 last night":                        "11",
	} {
		var q Quantity
		for _, x := range Quantities(s) {
			q = x
		}
		q.Kind = "count"
		if got := withCounted(s, q); got != want {
			t.Errorf("%q: %q, want %q", s, got, want)
		}
	}
}

// "Biden administration" is no name one source alone gives when the
// others name Biden.
func TestSingleSourceNameWithACommonNoun(t *testing.T) {
	a := doc("a", "X", "The first group of interpreters arrived in the capital on Friday. The Tarrow administration started the airlift last month to evacuate helpers.")
	b := doc("b", "Y", "The first group of interpreters arrived in the capital on Friday, President Tarrow said.")
	// the entity stage's mentions, as the pipeline gives them
	mention(a, "Tarrow administration", crossread.ORG)
	mention(b, "Tarrow", crossread.PERSON)
	r := Analyze([]*crossread.Doc{a, b}, nil)
	for _, s := range r.SingleSource {
		if strings.Contains(s.Detail, "Tarrow") {
			t.Errorf("a name the other source gives singled out: %+v", s)
		}
	}
}

// A speaker given by a description may be the one another outlet names:
// no "who said" discrepancy between them.
func TestDifferentSpeakers(t *testing.T) {
	q := func(speaker string) quoteItem { return quoteItem{Quote: crossread.Quote{Speaker: speaker}} }
	for _, c := range []struct {
		a, b string
		want bool
	}{
		{"Jonah Keller", "Mara Lind", true},
		{"an army spokesman", "Jonah Keller", false},
		{"Jonah Keller", "Ministry assistant press secretary", false},
		{"The Health Agency", "the Thursday press release", false},
		{"Jonah Keller", "Keller", false},
	} {
		if got := differentSpeakers(q(c.a), q(c.b)); got != c.want {
			t.Errorf("differentSpeakers(%q, %q) = %v, want %v", c.a, c.b, got, c.want)
		}
	}
}

// An editor's insertion, "&" for "and", "U.S." for "US" and an elided
// stretch are no change to a quote's wording.
func TestQuotePiecesWithin(t *testing.T) {
	full := strings.Join(quotePieces("I will be meeting with President Lund in Geneva and the U.S. will not stand by, and we will not."), " ")
	for _, q := range []string{
		"I will be meeting with [Nordic] President Lund in Geneva",
		"meeting with President Lund in Geneva & the US will not stand by",
		"I will be meeting with President Lund … the U.S. will not stand by",
	} {
		if !within(quotePieces(q), full) {
			t.Errorf("%q taken for another wording of the quote", q)
		}
	}
	if within(quotePieces("I will be meeting with President Lund in Oslo"), full) {
		t.Error("a changed word taken for the same wording")
	}
}

func TestNotAFigure(t *testing.T) {
	for _, c := range []struct{ sentence, figure string }{
		{"a 9/11-style commission was proposed", ""},
		{"the shop is open 24/7 for business", ""},
		{"by 11:30 p.m. on Monday it was over", ""},
		{"his rating hovered in the mid 50s since then", ""},
		{"the debate over Senate Bill 90 grew", ""},
		{"he was sentenced to 22 1/2 years", "22"},
		{"about 150 people were evacuated", "150"},
		// a name and its number
		{"the patch covers Internet Explorer 9 and IE 5.01.", ""},
		{"he spoke on WABC 770 AM about the race", ""},
		{"the shooting near Public School 298 in the borough", ""},
		{"the Conservatives outpolled the Liberals 34% to 33%", "34%"},
		{"Since 1992, the two countries have traded.", "two"},
		{"the airline grounded its Boeing 737 jets", "737"},
	} {
		var got []string
		for _, q := range Quantities(c.sentence) {
			if q.Kind != "date" && q.Kind != "year" {
				got = append(got, q.Text)
			}
		}
		if c.figure == "" && len(got) > 0 || c.figure != "" && !slices.Contains(got, c.figure) {
			t.Errorf("%q: figures %q, want %q", c.sentence, got, c.figure)
		}
	}
}

// A name in another language's form ("Europa" in a Spanish article) is no
// spelling of it.
func TestSpellingsAreComparedWithinALanguage(t *testing.T) {
	en := doc("a", "X", "The carmaker blamed weaker demand for electric vehicles in Europe and higher costs.")
	es := doc("b", "Y", "El fabricante culpó a la débil demanda de vehículos eléctricos en Europa y a los costes.")
	en.Article.Language, es.Article.Language = "en", "es"
	for _, d := range Analyze([]*crossread.Doc{en, es}, nil).Discrepancies {
		if d.Kind == KindSpelling {
			t.Errorf("spelling across languages: %+v", d)
		}
	}
	es.Article.Language = "en" // the same words in one language are a spelling
	found := false
	for _, d := range Analyze([]*crossread.Doc{en, es}, nil).Discrepancies {
		found = found || d.Kind == KindSpelling
	}
	if !found {
		t.Error("no spelling discrepancy within one language")
	}
}

// The function words of the main European languages count for nothing in
// alignment, as English's do; English words that look like them still
// count.
func TestForeignFunctionWords(t *testing.T) {
	for _, w := range []string{"der", "und", "les", "dans", "los", "para", "della", "pelo"} {
		if !IsStop(w) {
			t.Errorf("%q is no stop word", w)
		}
	}
	for _, w := range []string{"die", "war", "son", "hat", "plus", "al", "le", "sao", "mit"} {
		if IsStop(w) && w != "die" {
			t.Errorf("%q is a stop word", w)
		}
	}
}

// spellings returns the spelling discrepancies' variants, each as the
// values joined by " · ".
func spellings(docs []*crossread.Doc, entities []crossread.Entity) []string {
	var out []string
	for _, d := range Analyze(docs, entities).Discrepancies {
		if d.Kind != KindSpelling {
			continue
		}
		var vs []string
		for _, v := range d.Variants {
			vs = append(vs, v.Value)
		}
		sort.Strings(vs)
		out = append(out, strings.Join(vs, " · "))
	}
	return out
}

func TestSpellingsThatAreOtherWords(t *testing.T) {
	cases := []struct {
		name     string
		a, b     string
		entities []crossread.Entity
		want     []string
	}{
		{"two words two letters apart",
			"Persian merchants carried the beans to the coffee houses of the city.",
			"Parisian merchants carried the beans to the coffee houses of the city.", nil, nil},
		{"short names a letter apart",
			"Coach Dean Smith praised the defence after the game on Saturday.",
			"Coach Deon Smith praised the defence after the game on Saturday.", nil,
			// the same name otherwise: a spelling after all
			[]string{"Dean · Deon"}},
		{"short names in no common name",
			"Dean said the defence had won the game on Saturday night.",
			"Deon said the defence had won the game on Saturday night.", nil, nil},
		{"a house style",
			"The thermostat connects to the home Wi-Fi network within minutes of setup.",
			"The thermostat connects to the home WiFi network within minutes of setup.", nil, nil},
		{"a slip of one letter",
			"The crash happened on the highway outside Schenectady early on Friday.",
			"The crash happened on the highway outside Schnectady early on Friday.", nil,
			[]string{"Schenectady · Schnectady"}},
		{"two letters swapped",
			"The Bulldogs won the conference title with a late basket on Sunday.",
			"The Bulldgos won the conference title with a late basket on Sunday.", nil,
			[]string{"Bulldgos · Bulldogs"}},
		{"a title-case headline",
			"Carter Regains Lead In The Western Conference Standings",
			"Reagins said the club would not reveal the terms of the contract.", nil, nil},
	}
	for _, c := range cases {
		got := spellings([]*crossread.Doc{doc("a", "X", c.a), doc("b", "Y", c.b)}, c.entities)
		if !reflect.DeepEqual(got, c.want) {
			t.Errorf("%s: spellings = %q, want %q", c.name, got, c.want)
		}
	}
	// Written side by side in one name, two words are not one spelled twice.
	got := spellings([]*crossread.Doc{
		doc("a", "X", "The Los Angeles Angels signed the pitcher to a new contract on Monday."),
		doc("b", "Y", "The club from Los Angeles signed the pitcher to a new contract on Monday."),
		doc("c", "Z", "The Angels signed the pitcher to a new contract on Monday, the club said."),
	}, nil)
	if len(got) > 0 {
		t.Errorf("words of one name: spellings = %q", got)
	}
}

// A person's surname with one letter more beside the same first name is a
// spelling ("Bernard Lhomme" · "Bernard Lhommet", "Lucia Ferrari" ·
// "Lucia Ferraris"), and so is one with a letter changed after the third
// ("Sabine Körtling" · "Sabine Kördling"), a first name with a silent
// consonant more ("Liesbet" · "Liesbeth") and a name with "ou" for "o"
// (no British spelling); a first name's short or other gender's form
// ("Steve" · "Steven", "Daniel" · "Daniela"), a short surname with an "s"
// more and a German genitive ("Jörg Pfannkuchs") are not.
func TestSurnameALetterLonger(t *testing.T) {
	var people []crossread.Entity
	for _, n := range []string{"Bernard Lhomme", "Bernard Lhommet", "Steve Portman", "Steven Portman", "Anna Piras", "Anna Pira",
		"Lucia Ferrari", "Lucia Ferraris", "Sabine Körtling", "Sabine Kördling", "Jörg Pfannkuch", "Jörg Pfannkuchs",
		"Liesbet Vanhoutte", "Liesbeth Vanhoutte", "Daniel Hartmann", "Daniela Hartmann", "Helena Mourato", "Helena Morato",
		"Philippe Besançon", "Philippe Bezançon"} {
		people = append(people, crossread.Entity{Name: n, Type: crossread.PERSON})
	}
	for _, c := range []struct {
		a, b string
		want []string
	}{
		{"The runner-up, Bernard Lhomme, conceded defeat on Sunday night.", "The runner-up, Bernard Lhommet, conceded defeat on Sunday night.", []string{"Bernard Lhomme · Bernard Lhommet"}},
		{"The reporter Steve Portman asked the first question at the briefing.", "The reporter Steven Portman asked the first question at the briefing.", nil},
		{"The captain, Anna Piras, gave the order to leave the ship.", "The captain, Anna Pira, gave the order to leave the ship.", nil},
		{"The councillor, Lucia Ferrari, closed the schools on Monday.", "The councillor, Lucia Ferraris, closed the schools on Monday.", []string{"Lucia Ferrari · Lucia Ferraris"}},
		{"The spokeswoman, Liesbet Vanhoutte, confirmed the arrests.", "The spokeswoman, Liesbeth Vanhoutte, confirmed the arrests.", []string{"Liesbet Vanhoutte · Liesbeth Vanhoutte"}},
		{"The manager, Daniel Hartmann, confirmed the arrests.", "The manager, Daniela Hartmann, confirmed the arrests.", nil},
		{"The union leader, Helena Mourato, called the strike a success.", "The union leader, Helena Morato, called the strike a success.", []string{"Helena Morato · Helena Mourato"}},
		{"The head teacher, Sabine Körtling, called the fire brigade.", "The head teacher, Sabine Kördling, called the fire brigade.", []string{"Sabine Kördling · Sabine Körtling"}},
		{"The union leader, Philippe Besançon, called the strike a success.", "The union leader, Philippe Bezançon, called the strike a success.", []string{"Philippe Besançon · Philippe Bezançon"}},
		{"de:Der Einsatzleiter Jörg Pfannkuch sprach am Montag von Glück.", "de:Die Männer von Jörg Pfannkuchs Trupp fanden am Montag die Bergleute.", nil},
	} {
		da, db := doc("a", "X", strings.TrimPrefix(c.a, "de:")), doc("b", "Y", strings.TrimPrefix(c.b, "de:"))
		if strings.HasPrefix(c.a, "de:") {
			da.Article.Language, db.Article.Language = "de", "de"
		}
		if got := spellings([]*crossread.Doc{da, db}, people); !reflect.DeepEqual(got, c.want) {
			t.Errorf("%q · %q: spellings = %q, want %q", c.a, c.b, got, c.want)
		}
	}
}

// A name the entity stage linked is one however far apart its sounds
// ("Irigoyen" · "Yrigoyen"); a particle is written with it ("Fabrice Le
// Noir" · "Fabrice Lenoir"), and a role compound before it is no part of
// it ("ALU-voorzitter Marieke van Dooren").
func TestSpellingsOfLinkedNamesAndParticles(t *testing.T) {
	for _, c := range []struct {
		lang, a, b string
		ents       []crossread.Entity
		want       []string
	}{
		{"es", "La candidata superó por 16 puntos a su rival, Gustavo Irigoyen, en toda la provincia.", "La candidata superó por 16 puntos a su rival, Gustavo Yrigoyen, en toda la provincia.",
			[]crossread.Entity{{Name: "Gustavo Irigoyen", Type: crossread.PERSON, Aliases: []string{"Gustavo Yrigoyen"}}}, []string{"Gustavo Irigoyen · Gustavo Yrigoyen"}},
		{"fr", "« On ne lâchera rien », a lancé Fabrice Le Noir, secrétaire général du syndicat.", "« On ne lâchera rien », a déclaré Fabrice Lenoir, secrétaire général du syndicat.",
			[]crossread.Entity{{Name: "Fabrice Lenoir", Type: crossread.PERSON, Aliases: []string{"Fabrice Le Noir"}}}, []string{"Fabrice Le Noir · Fabrice Lenoir"}},
		{"nl", "'We pikken het niet meer,' zegt ALU-voorzitter Marieke van Dooren op het plein.", "'We pikken het niet meer,' zei Marieke van Doorn, voorzitter van de ALU, op het plein.",
			[]crossread.Entity{{Name: "Marieke van Doorn", Type: crossread.PERSON}, {Name: "Marieke van Dooren", Type: crossread.PERSON}}, []string{"Marieke van Dooren · Marieke van Doorn"}},
		// a compound holding the name is another word, however linked
		{"en", "Officials said the US-Mexico talks would resume in June.", "Officials said the talks with Mexico would resume in June.",
			[]crossread.Entity{{Name: "Mexico", Type: crossread.LOC, Aliases: []string{"US-Mexico"}}}, nil},
	} {
		da, db := doc("a", "X", c.a), doc("b", "Y", c.b)
		da.Article.Language, db.Article.Language = c.lang, c.lang
		if got := spellings([]*crossread.Doc{da, db}, c.ents); !reflect.DeepEqual(got, c.want) {
			t.Errorf("%q · %q: spellings = %q, want %q", c.a, c.b, got, c.want)
		}
	}
}

// German writes every noun with a capital: only the entity stage's names
// are compared there.
func TestGermanNounsAreNoSpellings(t *testing.T) {
	a := doc("a", "X", "Die Laufzeit des Vertrags beträgt drei Jahre, teilte die Bank am Montag mit.")
	b := doc("b", "Y", "Die Laufzeit des Vertrages beträgt drei Jahre, teilte die Bank am Montag mit.")
	a.Article.Language, b.Article.Language = "de", "de"
	if got := spellings([]*crossread.Doc{a, b}, nil); len(got) > 0 {
		t.Errorf("spellings = %q, want none", got)
	}
	a = doc("a", "X", "Kanzler Olaf Scholz traf den Präsidenten Wolodymyr Selenskyj am Montag in Berlin.")
	b = doc("b", "Y", "Kanzler Olaf Scholz traf den Präsidenten Wolodymyr Selenskij am Montag in Berlin.")
	a.Article.Language, b.Article.Language = "de", "de"
	ents := []crossread.Entity{{Name: "Wolodymyr Selenskyj", Type: crossread.PERSON, Aliases: []string{"Wolodymyr Selenskij"}}}
	if got := spellings([]*crossread.Doc{a, b}, ents); len(got) != 1 {
		t.Errorf("spellings = %q, want the president's name", got)
	}
}

// Quotes are compared sentence by sentence, and the wordings of one
// sentence make one line however many outlets quote it.
func TestQuoteWordingsBySentence(t *testing.T) {
	q := func(d *crossread.Doc, text, speaker string) *crossread.Doc {
		i := strings.Index(d.Article.Text, text)
		d.Quotes = append(d.Quotes, crossread.Quote{Span: crossread.Span{ArticleID: d.Article.ID, Start: i, End: i + len(text)}, Text: text, Speaker: speaker})
		return d
	}
	a := q(doc("a", "X", `Whitfield told analysts: "This brings us the strongest pipeline in metabolic disease. We expect the first approval by 2028."`),
		"This brings us the strongest pipeline in metabolic disease. We expect the first approval by 2028.", "Jonas Whitfield")
	b := q(doc("b", "Y", `"This brings us the most promising pipeline in metabolic disease," Whitfield said.`),
		"This brings us the most promising pipeline in metabolic disease,", "Jonas Whitfield")
	c := q(doc("c", "Z", `"This brings us the best pipeline in metabolic disease," he said on a call.`),
		"This brings us the best pipeline in metabolic disease,", "Jonas Whitfield")
	var lines []crossread.Discrepancy
	for _, d := range Analyze([]*crossread.Doc{a, b, c}, nil).Discrepancies {
		if d.Kind == KindQuote {
			lines = append(lines, d)
		}
	}
	if len(lines) != 1 || len(lines[0].Variants) != 3 {
		t.Fatalf("quote lines = %+v, want one with three wordings", lines)
	}
	if v := lines[0].Variants[0]; v.Value != "This brings us the strongest pipeline in metabolic disease." ||
		a.Article.Text[v.Spans[0].Start:v.Spans[0].End] != v.Value {
		t.Errorf("first wording %+v: the sentence, with its own span", v)
	}
}

// Two outlets' limits of one measure differ ("up to 28 hours of video
// playback", "up to 30 hours of video playback") even in sentences worded
// apart; a rough figure and an exact one within a tenth do not; a
// contraction written out is the same quote.
func TestLimitsOfOneMeasure(t *testing.T) {
	r := Analyze([]*crossread.Doc{
		doc("a", "X", "Lumen claims up to 28 hours of video playback for the X1 Pro."),
		doc("b", "Y", "The X1 Pro has a bigger screen and, Lumen says, up to 30 hours of video playback."),
	}, nil)
	var got []string
	for _, d := range r.Discrepancies {
		got = append(got, d.About)
	}
	if !reflect.DeepEqual(got, []string{"hours of video playback"}) {
		t.Errorf("discrepancies %q, want the playback hours", got)
	}
	r = Analyze([]*crossread.Doc{
		doc("a", "X", "The company expects about $61 billion in sales from the new phones this year."),
		doc("b", "Y", "The company expects $60 billion in sales from the new phones this year."),
	}, nil)
	if len(r.Discrepancies) != 0 {
		t.Errorf("a rough figure within a tenth: %+v", r.Discrepancies)
	}
	if a, b := quotePieces("This is the biggest leap we've ever made and we can't stop"), quotePieces("This is the biggest leap we have ever made and we cannot stop"); !reflect.DeepEqual(a, b) {
		t.Errorf("contractions: %q vs %q", a, b)
	}
}

// A "that" one transcript keeps and another drops is no other wording.
func TestQuoteThatIsNoOtherWording(t *testing.T) {
	q := func(id, src, text, quote string) *crossread.Doc {
		d := doc(id, src, text)
		i := strings.Index(text, quote)
		d.Quotes = []crossread.Quote{{Span: crossread.Span{ArticleID: id, Start: i, End: i + len(quote)}, Text: quote, Speaker: "Sarah Lindqvist"}}
		return d
	}
	r := Analyze([]*crossread.Doc{
		q("a", "X", `"I told the players at half-time that we would get another chance," Lindqvist said.`, "I told the players at half-time that we would get another chance,"),
		q("b", "Y", `"I told the players at half-time we would get another chance," Lindqvist said.`, "I told the players at half-time we would get another chance,"),
	}, nil)
	if len(r.Discrepancies) != 0 {
		t.Errorf("discrepancies %+v", r.Discrepancies)
	}
}

// The same members listed with or without a serial comma, or in another
// order, are one variant of the list.
func TestSameMembersAreOneList(t *testing.T) {
	r := Analyze([]*crossread.Doc{
		doc("a", "X", "The pact was first signed in 2019 by Norway, Chile, Ghana and Vietnam."),
		doc("b", "Y", "The pact was first signed in 2019 by Chile, Norway, Ghana, and Vietnam."),
		doc("c", "Z", "Chile, Ghana, and Vietnam signed the pact in 2019 to cut fishing quotas."),
	}, nil)
	for _, d := range r.Discrepancies {
		if d.Kind == KindMembers && len(d.Variants) != 2 {
			t.Errorf("variants %+v, want two lists", d.Variants)
		}
	}
}

// Two shares of one measure differ in sentences worded apart, and the
// line lists every outlet giving one of them.
func TestSharesOfOneMeasure(t *testing.T) {
	r := Analyze([]*crossread.Doc{
		doc("a", "X", "Walking for at least 30 minutes a day was linked to a 20% lower risk of dementia in a study of more than 78,000 adults."),
		doc("b", "Y", "A daily walk of half an hour or more was associated with a 25% lower risk of developing dementia, according to a study of 78,430 adults in Norway."),
		doc("c", "Z", "People who walked every day had a 20% lower risk of dementia over seven years, a Norwegian study has found."),
	}, nil)
	got := map[string][]string{}
	for _, d := range r.Discrepancies {
		for _, v := range d.Variants {
			got[d.About+" "+v.Value] = sorted(v.ArticleIDs)
		}
	}
	want := map[string][]string{"lower risk of dementia 20%": {"a", "c"}, "lower risk of dementia 25%": {"b"}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("discrepancies %v, want %v", got, want)
	}
}

func TestQuoteNumbersAsWordsOrDigits(t *testing.T) {
	if a, b := quotePieces("Even ten more minutes a day made a difference"), quotePieces("Even 10 more minutes a day made a difference"); !reflect.DeepEqual(a, b) {
		t.Errorf("%q vs %q", a, b)
	}
}

// One person has one age in one story: "Marcus Hale, 34," against "Hale,
// a 35-year-old electrician".
func TestAgesOfOnePerson(t *testing.T) {
	docs := []*crossread.Doc{
		withMentions(crossread.PERSON, doc("a", "X", "Police arrested Marcus Hale, 34, on Tuesday after the crash on the bypass."), "Marcus Hale"),
		withMentions(crossread.PERSON, doc("b", "Y", "The driver, Hale, a 35-year-old electrician, was arrested on Tuesday."), "Hale"),
		withMentions(crossread.PERSON, doc("c", "Z", "A 34-year-old Marcus Hale was held by police after the crash."), "Marcus Hale"),
	}
	ents := []crossread.Entity{{Name: "Marcus Hale", Type: crossread.PERSON, Aliases: []string{"Marcus Hale", "Hale"}}}
	got := map[string][]string{}
	for _, d := range Analyze(docs, ents).Discrepancies {
		for _, v := range d.Variants {
			got[d.About+" "+v.Value] = sorted(v.ArticleIDs)
		}
	}
	want := map[string][]string{"age of Marcus Hale 34": {"a", "c"}, "age of Marcus Hale 35": {"b"}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("discrepancies %v, want %v", got, want)
	}
}

// Ages in a list, each name's after it and the last one's closing the
// sentence.
func TestAgesInAList(t *testing.T) {
	docs := []*crossread.Doc{
		withMentions(crossread.PERSON, doc("a", "X", "Police named the dead as Tom Varga, 8; Lily Varga, 6; and Rosa Varga, 3."), "Rosa Varga"),
		withMentions(crossread.PERSON, doc("b", "Y", "The victims were Tom Varga, 8, Lily Varga, 6, and Rosa Varga, 2, police said."), "Rosa Varga"),
	}
	ents := []crossread.Entity{{Name: "Rosa Varga", Type: crossread.PERSON, Aliases: []string{"Rosa Varga"}}}
	got := map[string][]string{}
	for _, d := range Analyze(docs, ents).Discrepancies {
		for _, v := range d.Variants {
			got[d.About+" "+v.Value] = sorted(v.ArticleIDs)
		}
	}
	want := map[string][]string{"age of Rosa Varga 3": {"a"}, "age of Rosa Varga 2": {"b"}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("discrepancies %v, want %v", got, want)
	}
}

func FuzzAges(f *testing.F) {
	f.Add("The train derailed at 7:45 a.m. on Monday.", "It derailed shortly after 8:15 p.m., police said.", 0, 3, 0, 2)
	f.Add("Die Polizei nahm Anna Berg (34) fest.", "Juan Pérez, de 35 años, fue detenido.", 16, 25, 0, 10)
	f.Add("Helena Marsh died on Sunday in Edinburgh. She was 87.", "Helena Marsh, who has died aged 86, wrote it.", 0, 12, 0, 12)
	f.Add("Luca Ferrante headed the winner in the 78th minute.", "Ferrante scored in the 81st minute, after Mensah.", 0, 13, 0, 8)
	f.Add("Police arrested Marcus Hale, 34, on Tuesday.", "The driver, Hale, a 35-year-old electrician, was held.", 16, 27, 12, 16)
	f.Fuzz(func(t *testing.T, x, y string, i1, j1, i2, j2 int) {
		mk := func(id, src, text string, i, j int) *crossread.Doc {
			d := doc(id, src, text)
			if i >= 0 && j > i && j <= len(text) {
				d.Mentions = []crossread.Mention{{Span: crossread.Span{ArticleID: id, Start: i, End: j}, Text: text[i:j], Type: crossread.PERSON}}
			}
			return d
		}
		Analyze([]*crossread.Doc{mk("a", "X", x, i1, j1), mk("b", "Y", y, i2, j2)}, nil)
	})
}

// A figure another outlet gives rounded ("more than 78,000 adults") is no
// fact one source alone reports.
func TestPreciseFigureRoundedElsewhereIsNoExclusive(t *testing.T) {
	r := Analyze([]*crossread.Doc{
		doc("a", "X", "The study followed 78,430 adults in Norway for seven years, researchers said on Tuesday."),
		doc("b", "Y", "Researchers followed more than 78,000 adults in Norway for seven years, the study said."),
	}, nil)
	for _, s := range r.SingleSource {
		if strings.Contains(s.Detail, "78,430") {
			t.Errorf("exclusive %+v", s)
		}
	}
}

// An event's year told after the same words ("born in Glasgow in 1938",
// "won the Booker Prize in 1984") is one slot in sentences naming
// something in common, however unlike their other words; a date that
// qualifies a noun ("the June 20, 2005 attempted murder") is another
// event; a short sentence with its verb in lower case is no heading.
func TestEventYearsAcrossUnlikeSentences(t *testing.T) {
	r := Analyze([]*crossread.Doc{
		doc("a", "X", "Born in Glasgow in 1938, Marsh worked as a teacher before publishing her first novel in 1971. The Salt Road, her fourth book, won the Booker Prize in 1984."),
		doc("b", "Y", "She was born in Glasgow in 1939, the daughter of a shipyard worker and a seamstress, and trained as a teacher. Helena Marsh, who has died aged 86, wrote The Salt Road, a saga of a fishing family that won the Booker prize in 1983 and has sold 12m copies around the world."),
		doc("c", "Z", "The Salt Road won the Booker Prize in 1984."),
	}, nil)
	got := map[string][]string{}
	for _, d := range r.Discrepancies {
		for _, v := range d.Variants {
			got[v.Value] = sorted(v.ArticleIDs)
		}
	}
	want := map[string][]string{"1938": {"a"}, "1939": {"b"}, "1984": {"a", "c"}, "1983": {"b"}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("variants %v, want %v", got, want)
	}
	if !IsStatement("The Salt Road won the Booker Prize in 1984.") || IsStatement("Greek Government Under Fire Over Riots.") {
		t.Error("a sentence with a lower-case verb is a statement; a title-case line is not")
	}
	r = Analyze([]*crossread.Doc{
		doc("a", "X", "Orozco was convicted March 20 of first-degree murder for the slaying of the deputy."),
		doc("b", "Y", "Orozco was also convicted of the June 20, 2005 attempted murder of a man in the street."),
	}, nil)
	if len(r.Discrepancies) != 0 {
		t.Errorf("a date qualifying another event: %+v", r.Discrepancies)
	}
}

// The minute of one player's moment is one slot; the player is the person
// named last before the minute in its clause.
func TestMatchMinutes(t *testing.T) {
	docs := []*crossread.Doc{
		withMentions(crossread.PERSON, doc("a", "X", "Luca Ferrante headed the winner in the 78th minute, after Kofi Mensah had cancelled out the opener."), "Luca Ferrante", "Kofi Mensah"),
		withMentions(crossread.PERSON, doc("b", "Y", "Kofi Mensah equalised in the 44th minute and Ferrante then rose highest to score in the 81st minute."), "Kofi Mensah", "Ferrante"),
	}
	ents := []crossread.Entity{{Name: "Luca Ferrante", Type: crossread.PERSON, Aliases: []string{"Luca Ferrante", "Ferrante"}}}
	var got []string
	for _, d := range Analyze(docs, ents).Discrepancies {
		var vs []string
		for _, v := range d.Variants {
			vs = append(vs, v.Value)
		}
		got = append(got, d.About+": "+strings.Join(vs, " · "))
	}
	if want := []string{"match minute for Luca Ferrante: 78th · 81st"}; !reflect.DeepEqual(got, want) {
		t.Errorf("discrepancies %q, want %q", got, want)
	}
	if ordinal(1) != "1st" || ordinal(12) != "12th" || ordinal(22) != "22nd" || ordinal(113) != "113th" {
		t.Error("ordinal")
	}
}

// A member one outlet names as another spells it ("the U.S." for "the
// United States"), as the entity stage knows, is no missing member.
func TestListMembersByAlias(t *testing.T) {
	ents := []crossread.Entity{{Name: "United States", Type: crossread.LOC, Aliases: []string{"United States", "U.S."}}}
	r := Analyze([]*crossread.Doc{
		withMentions(crossread.LOC, doc("a", "X", "The talks on Monday included the U.S., Britain, France and Germany, officials said."), "U.S.", "Britain", "France", "Germany"),
		withMentions(crossread.LOC, doc("b", "Y", "The talks on Monday included the United States, Britain, France and Germany, officials said."), "United States", "Britain", "France", "Germany"),
	}, ents)
	for _, d := range r.Discrepancies {
		if d.Kind == KindMembers {
			t.Errorf("members discrepancy %+v", d)
		}
	}
}

// A resignation's day is an event's day like an election's.
func TestResignationDay(t *testing.T) {
	r := Analyze([]*crossread.Doc{
		doc("a", "X", "The minister announced her resignation on Monday, effective after the March 31 handover to her deputy."),
		doc("b", "Y", "The handover is set for April 7, the minister said on Monday after announcing her resignation."),
	}, nil)
	values := map[string]bool{}
	for _, d := range r.Discrepancies {
		values[d.About] = true
	}
	if !values["date of the handover"] {
		t.Errorf("discrepancies %+v, want the handover's date", r.Discrepancies)
	}
}

// A physical measure told with the same verb and unit ("travelling at 80
// mph", "travelling at 65 mph") is one slot in sentences worded apart;
// a unit written onto the figure ("58km (36 miles)") is its own.
func TestMeasuresByVerbAndUnit(t *testing.T) {
	r := Analyze([]*crossread.Doc{
		doc("a", "X", "The train, carrying about 200 passengers, was travelling at 80 mph when six of its eight carriages left the track."),
		doc("b", "Y", "The train was travelling at 65 mph when five carriages came off the rails, investigators said."),
	}, nil)
	got := valuesOf(r.Discrepancies)
	if !got["80"] || !got["65"] {
		t.Errorf("discrepancies %+v, want the speeds", r.Discrepancies)
	}
	r = Analyze([]*crossread.Doc{
		doc("a", "X", "The survey put the epicentre of the quake at about 58km (36 miles) south-west of the port."),
		doc("b", "Y", "The survey said the quake was 35 miles south-west of the port, officials said."),
	}, nil)
	if got := valuesOf(r.Discrepancies); got["58"] {
		t.Errorf("kilometres set against miles: %+v", r.Discrepancies)
	}
}

func valuesOf(ds []crossread.Discrepancy) map[string]bool {
	out := map[string]bool{}
	for _, d := range ds {
		for _, v := range d.Variants {
			out[v.Value] = true
		}
	}
	return out
}

// A sentence too short to align is set against a statement of another
// source holding all its words and names.
func TestShortSentenceFigure(t *testing.T) {
	r := Analyze([]*crossread.Doc{
		doc("a", "X", "The union, which has 220 members, is seeking a 6% pay increase. Strait Lines has offered 3%."),
		doc("b", "Y", "The union, which represents 220 deckhands and engineers, wants a 6% pay rise; the operator, Strait Lines, has offered 3.5%."),
	}, nil)
	if got := valuesOf(r.Discrepancies); !got["3%"] || !got["3.5%"] {
		t.Errorf("discrepancies %+v, want the offers", r.Discrepancies)
	}
}

// Two dates with their years written ("1. Januar 2027", "1. Januar 2028")
// are two values, not one day read against two articles' dates.
func TestWrittenYearsDiffer(t *testing.T) {
	p := Quantity{Text: "1. Januar 2027", Value: "2027-01-01", Kind: "date"}
	q := Quantity{Text: "1. Januar 2028", Value: "2028-01-01", Kind: "date"}
	if sameValue(p, q) || compatible(p, q) {
		t.Error("written years taken for one date")
	}
	r := Quantity{Text: "January 1", Value: "2028-01-01", Kind: "date"}
	if !sameValue(p, r) {
		t.Error("a day without its year is read against the article's date")
	}
}

// Ages as Spanish, French and German stories give them.
func TestAgesInOtherLanguages(t *testing.T) {
	person := func(d *crossread.Doc, lang, name string) *crossread.Doc {
		d.Article.Language = lang
		return withMentions(crossread.PERSON, d, name)
	}
	for _, c := range []struct {
		lang, a, b, name string
	}{
		{"es", "La policía detuvo a Juan Pérez, de 34 años, tras el accidente en la autopista.", "Juan Pérez, de 35 años, fue detenido por la policía tras el accidente.", "Juan Pérez"},
		{"fr", "La police a arrêté Jean Dupont, 34 ans, après l'accident sur l'autoroute.", "Jean Dupont, âgé de 35 ans, a été arrêté par la police après l'accident.", "Jean Dupont"},
		{"de", "Die Polizei nahm Anna Berg (34) nach dem Unfall auf der Autobahn fest.", "Nach dem Unfall wurde Anna Berg (35) von der Polizei festgenommen.", "Anna Berg"},
	} {
		r := Analyze([]*crossread.Doc{person(doc("a", "X", c.a), c.lang, c.name), person(doc("b", "Y", c.b), c.lang, c.name)}, nil)
		if got := valuesOf(r.Discrepancies); !got["34"] || !got["35"] {
			t.Errorf("%s: discrepancies %+v, want the ages", c.lang, r.Discrepancies)
		}
	}
}

// The time of day outlets give one event, known by the verb that tells it;
// a rough time differs only beyond twenty minutes.
func TestClockTimes(t *testing.T) {
	r := Analyze([]*crossread.Doc{
		doc("a", "X", "A passenger train derailed near Ashford at 7:45 a.m. on Monday, injuring 31 people, police said."),
		doc("b", "Y", "Thirty-three people were hurt when a commuter train derailed near Ashford shortly after 8:15 a.m. on Monday."),
	}, nil)
	if got := valuesOf(r.Discrepancies); !got["7:45 a.m."] || !got["8:15 a.m."] {
		t.Errorf("discrepancies %+v, want the two times", r.Discrepancies)
	}
	r = Analyze([]*crossread.Doc{
		doc("a", "X", "A passenger train derailed near Ashford at 7:45 a.m. on Monday, injuring 31 people, police said."),
		doc("b", "Y", "Thirty-three people were hurt when a commuter train derailed near Ashford at about 7:55 a.m. on Monday."),
	}, nil)
	if got := valuesOf(r.Discrepancies); got["7:45 a.m."] {
		t.Errorf("a rough time ten minutes off: %+v", r.Discrepancies)
	}
}

// An article's one time of day is its time of the event whatever verb
// tells it ("derailed at 6:42 a.m." · "came off the rails at 6:24 a.m.";
// "at 03:40" on a 24-hour clock), in sentences of one scene; a time
// converted to a zone, the hours of a curfew, and a time told as "after"
// that the other keeps are no other time.
func TestOneTimeOfDayEach(t *testing.T) {
	for _, c := range []struct {
		a, b string
		want []string
	}{
		{"The train derailed at 6:42 a.m. near the Willow Bend trestle, officials said.",
			"The train came off the rails at 6:24 a.m. as it approached the Willow Bend trestle.", []string{"6:42 a.m.", "6:24 a.m."}},
		{"The tanker struck the Carreg Ddu reef at 03:40, the coastguard said.",
			"The tanker ran aground on the Carreg Ddu reef at about 4:10 a.m. local time.", []string{"03:40", "4:10 a.m."}},
		{"The train came off the tracks at 6.42am local time (11.42am GMT) near Ashby.",
			"The train derailed near Ashby at 6.42am, police said.", nil},
		{"Gunfire was heard near the palace from around 2 a.m., residents said. A curfew from 8 p.m. to 6 a.m. was imposed.",
			"The attack on the palace began shortly after 3am, witnesses said.", []string{"2 a.m.", "3am"}},
		// one verb of onset, places named apart
		{"The quake hit at 3:12 a.m. local time with its epicentre off Ierapetra, the institute said.",
			"The tremor, measured by the survey agency, hit at 3.21am local time.", []string{"3:12 a.m.", "3.21am"}},
		// the other languages' one time each, a day apart, of one event's word
		{"La explosión principal se registró a las 03:40, según el instituto.",
			"La erupción comenzó a las 4:10 de la madrugada con una explosión.", []string{"a las 03:40", "a las 4:10"}},
		// a source giving two times: its only one near the other's
		{"Der Sattelzug war gegen 2.40 Uhr gegen die Mittelschutzplanke geprallt. Gegen 6 Uhr meldete die Feuerwehr Feuer aus.",
			"Nach Angaben der Polizei war der Lastwagen um 3.15 Uhr mit der Leitplanke kollidiert.", []string{"2.40 Uhr", "um 3.15"}},
		// a source giving two times: the one told of the other's scene
		{"Vers 10 h 40, un gazoduc a explosé en bordure d'un chantier de voirie. L'alimentation a été coupée à 11 h 25.",
			"L'accident s'est produit vers 9 h 50, sur un chantier d'égouttage.", []string{"10 h 40", "9 h 50"}},
		// a time told in the pluperfect (a warning before the event) is
		// left out when its source tells another
		{"Der Blitz schlug nach Angaben der Polizei um 21.40 Uhr in einen Lichtmast neben der Bühne ein. Der Wetterdienst hatte um 20.00 Uhr eine Warnung herausgegeben.",
			"Das Gewitter war gegen 21.10 Uhr über das Gelände gezogen. Der Wetterdienst hatte um 20.00 Uhr gewarnt.", []string{"um 21.40", "21.10 Uhr"}},
		// a French whole hour written "5 h", against one in "heures"; and
		// the other source's time of another event is none
		{"Vers 4 heures du matin, la tornade a touché le village. Le maire a réuni les habitants dès 9 heures.",
			"C'est vers 5 h que la tornade a frappé le bourg, selon les pompiers.", []string{"Vers 4 heures", "vers 5 h"}},
		{"La comisión lo recibió hacia las 6:30 de la tarde en la vereda, según la Defensoría.",
			"La comisión lo recibió a eso de las 18:30 en la vereda.", nil},
		{"The demolition of the tower went as planned around 10:30 p.m. on Sunday, the mayor said.",
			"The demolition of the tower occurred after 10 p.m. on Sunday.", nil},
		// an English source giving two times: the one near the other's
		// in a sentence naming the same place
		{"The blast occurred at about 2.40am at the Wattle Gully North mine. The last of the workers was accounted for shortly after 6am.",
			"Emergency services were called to the Wattle Gully North mine shortly before 3.40am on Tuesday.", []string{"2.40am", "3.40am"}},
		// each article's only time, twenty minutes apart
		{"The aircraft turned back and touched down safely on the runway at 2.32pm, where fire crews met it.",
			"It landed at 2:52 p.m. local time, the airport said.", []string{"2.32pm", "2:52 p.m."}},
	} {
		x, y := doc("a", "X", c.a), doc("b", "Y", c.b)
		if strings.HasPrefix(c.a, "La ") {
			x.Article.Language, y.Article.Language = "es", "es"
		}
		if strings.HasPrefix(c.a, "Vers ") {
			x.Article.Language, y.Article.Language = "fr", "fr"
		}
		if strings.HasPrefix(c.a, "Der ") {
			x.Article.Language, y.Article.Language = "de", "de"
		}
		x.Article.Published, _ = crossread.ParseTimestamp("2027-03-16")
		y.Article.Published, _ = crossread.ParseTimestamp("2027-03-17")
		wantValues(t, x, y, c.want)
	}
}

// A rough time to the minute is off by minutes, not a quarter of an hour
// ("rond 03.40 uur" · "omstreeks 03.55 uur"), and an English source's
// exact time that another gives exactly is its time of the event, its
// rough others not ("struck the tug at 7.42am … berthed shortly after
// 8am").
func TestRoughTimesAndSharedOnes(t *testing.T) {
	day, _ := crossread.ParseTimestamp("2027-03-16")
	for _, c := range []struct {
		lang  string
		texts []string
		want  []string
	}{
		{"nl", []string{"De knal, rond 03.40 uur, was tot aan de overkant van de rivier te horen.",
			"De ontploffing vond omstreeks 03.55 uur plaats in een van de productiegebouwen."}, []string{"03.40 uur", "03.55 uur"}},
		{"nl", []string{"De knal, rond 04.00 uur, was tot aan de overkant van de rivier te horen.",
			"De ontploffing vond omstreeks 04.15 uur plaats in een van de productiegebouwen."}, nil},
		{"", []string{"The ferry Mayfield Star struck the tug Bluewater Tern at 7.42am off Queens Wharf. The ferry was able to berth under its own power shortly after 8am.",
			"The ferry Mayfield Star hit the tug Bluewater Tern at 7.42am on Wednesday, police said.",
			"The Mayfield Star ran into the tug Bluewater Tern at 7.24am in calm weather."}, []string{"7.42am", "7.24am"}},
	} {
		var docs []*crossread.Doc
		for i, text := range c.texts {
			d := doc(string(rune('a'+i)), string(rune('X'+i)), text)
			d.Article.Language, d.Article.Published = c.lang, day
			docs = append(docs, d)
		}
		r := Analyze(docs, nil)
		got := valuesOf(r.Discrepancies)
		for _, w := range c.want {
			if !got[w] {
				t.Errorf("%q: discrepancies %+v, want %q", c.texts, r.Discrepancies, w)
			}
		}
		if c.want == nil && len(r.Discrepancies) > 0 {
			t.Errorf("%q: discrepancies %+v, want none", c.texts, r.Discrepancies)
		}
	}
}

// Two statements sharing a distinctive figure tell one fact however they
// are worded: their other figures are compared ("police put the figure at
// 25,000" · "Police estimated the crowd at 20,000"), and a round figure
// exactly half a step from the other is no rounding of it.
func TestFiguresBesideASharedOne(t *testing.T) {
	r := Analyze([]*crossread.Doc{
		doc("a", "X", "Organisers said 80,000 people joined Saturday's march in Lisbon against rising rents; police put the figure at 25,000."),
		doc("b", "Y", "Police estimated the crowd at 20,000, while organisers said 80,000 people took part."),
	}, nil)
	if got := valuesOf(r.Discrepancies); !got["25,000"] || !got["20,000"] {
		t.Errorf("discrepancies %+v, want the police figures", r.Discrepancies)
	}
}

// withMentions marks every occurrence of each name in d's text as an
// entity mention of typ, as the entity stage would.
func withMentions(typ string, d *crossread.Doc, names ...string) *crossread.Doc {
	for _, n := range names {
		for from := 0; ; {
			i := strings.Index(d.Article.Text[from:], n)
			if i < 0 {
				break
			}
			i += from
			d.Mentions = append(d.Mentions, crossread.Mention{Span: crossread.Span{ArticleID: d.Article.ID, Start: i, End: i + len(n)}, Text: n, Type: typ})
			from = i + len(n)
		}
	}
	return d
}

// A figure after a day in another language is a count, not a name's
// number ("am Mittwoch 14 Bergleute", "am Sonntag 10,2 Meter", "am
// Montagmorgen 19 Menschen", "die Polizei 19 Menschen"), nor before a
// unit or a class's noun ("der Einsatz 16 Stunden").
func TestNotAFigure_ForeignDayBeforeACount(t *testing.T) {
	for _, s := range []string{"Im Kaliwerk sind am Mittwoch 14 Bergleute eingeschlossen worden.", "Die Donau erreichte am Sonntag 10,2 Meter.",
		"Bei der Kollision sind am Montagmorgen 19 Menschen verletzt worden.", "Nach dem Unfall brachte die Polizei 19 Menschen in Sicherheit.",
		"Insgesamt dauerte der Einsatz 16 Stunden.", "Am Ende hatte die Feuerwehr 180 Feuerwehrleute im Einsatz."} {
		if len(Quantities(s)) != 1 {
			t.Errorf("%q: quantities %+v, want the count", s, Quantities(s))
		}
	}
}

// The other languages' "per cent" after a figure makes it a share ("51,3
// procent", "7,8 Prozent").
func TestQuantitiesIn_PercentWords(t *testing.T) {
	for _, c := range [][2]string{{"nl", "De opkomst bedroeg 53,1 procent."}, {"de", "Die Erhöhung um 7,8 Prozent ist groß."}, {"es", "Obtuvo el 34,2 por ciento de los votos."}} {
		qs := QuantitiesIn(c[1], c[0])
		if len(qs) != 1 || qs[0].Kind != "percent" {
			t.Errorf("%q: %+v, want one percentage", c[1], qs)
		}
	}
}

// A clock's hour and minutes are no counts ("vers 6 h 40", "gegen 11.15
// Uhr", "alle 4.30"): a "6" there is not a source's "six" elsewhere.
func TestNotAFigure_ClockDigits(t *testing.T) {
	for _, s := range []string{"La déflagration s'est produite vers 6 h 40, alors que tous dormaient.", "Das Unglück ereignete sich gegen 11.15 Uhr.", "L'incidente è avvenuto alle 4.30 di mattina."} {
		if qs := Quantities(s); len(qs) != 0 {
			t.Errorf("%q: quantities %+v, want none", s, qs)
		}
	}
	if qs := Quantities("Der Pegel stieg auf 10.45 Meter."); len(qs) != 1 {
		t.Errorf("a level read as a clock: %+v", qs)
	}
}

func TestNotAFigure_CurrencyCodeIsNoDesignation(t *testing.T) {
	s := "Damage was estimated at $ US1 million, and the A320 was lost."
	if i := strings.Index(s, "1 million"); notAFigure(s, i, i+1) {
		t.Errorf("US1 million read as a designation")
	}
	if i := strings.Index(s, "320"); !notAFigure(s, i, i+3) {
		t.Errorf("A320 read as a figure")
	}
}

// An article that gives a disputed figure otherwise does not carry the
// claim that states the figure.
func TestClaimSupportLeavesOutOtherValues(t *testing.T) {
	r := Analyze([]*crossread.Doc{
		doc("a", "X", "River floods Lindau\n\nThe Danube reached a level of 10.2 metres in Lindau on Sunday, the city said. About 3,000 people left their homes."),
		doc("b", "Y", "Lindau battles the flood\n\nThe Danube rose to 10.4 metres in Lindau on Sunday. The city said 3,500 people were evacuated."),
		doc("c", "Z", "Flood in Lindau\n\nThe Danube reached 10.2 metres on Sunday in Lindau. Some 3,000 residents were evacuated."),
	}, nil)
	if len(r.Discrepancies) == 0 {
		t.Fatal("no discrepancy found")
	}
	for _, c := range r.Claims {
		if slices.Contains(c.ArticleIDs, "b") && (slices.Contains(c.ArticleIDs, "a") || slices.Contains(c.ArticleIDs, "c")) {
			t.Errorf("claim %q carried by the article giving 10.4: %v", c.Text, c.ArticleIDs)
		}
		for _, v := range c.Variants {
			if !slices.Contains(c.ArticleIDs, v.ArticleID) {
				t.Errorf("variant of %s outside the claim's articles", v.ArticleID)
			}
		}
		if c.Support != len(c.ArticleIDs) {
			t.Errorf("support %d for %v", c.Support, c.ArticleIDs)
		}
	}
}

// A spelling's variants point at where each article writes the name.
func TestSpellingVariantsHaveSpans(t *testing.T) {
	a := doc("a", "X", "Mayor Anna Riedl opened the new bridge on Monday. Riedl said it cost 4 million euros.")
	b := doc("b", "Y", "Mayor Anna Riedel opened the new bridge on Monday. Riedel praised the builders.")
	r := Analyze([]*crossread.Doc{a, b}, nil)
	texts := map[string]string{"a": a.Article.Text, "b": b.Article.Text}
	found := false
	for _, d := range r.Discrepancies {
		if d.Kind != KindSpelling {
			continue
		}
		found = true
		for _, v := range d.Variants {
			if len(v.Spans) == 0 {
				t.Errorf("variant %q has no span", v.Value)
			}
			for _, sp := range v.Spans {
				if texts[sp.ArticleID][sp.Start:sp.End] != v.Value {
					t.Errorf("span %+v reads %q, not %q", sp, texts[sp.ArticleID][sp.Start:sp.End], v.Value)
				}
			}
		}
	}
	if !found {
		t.Fatal("no spelling discrepancy")
	}
}

// Two sources giving the story's flight two numbers differ on it; one
// source naming two flights is left out.
func TestFlightNumbers(t *testing.T) {
	r := Analyze([]*crossread.Doc{
		doc("a", "X", "El vuelo 2114 de Aerolíneas Sierra se desplomó segundos después de despegar."),
		doc("b", "Y", "El avión que cubría el vuelo 2141 cayó al final de la pista."),
	}, nil)
	if got := valuesOf(r.Discrepancies); !got["2114"] || !got["2141"] {
		t.Errorf("discrepancies %+v, want the flight numbers", r.Discrepancies)
	}
	r = Analyze([]*crossread.Doc{
		doc("a", "X", "Flight 221 landed safely while Flight 348 was diverted, the airline said."),
		doc("b", "Y", "Flight 348 was diverted to Denver after a warning light came on."),
	}, nil)
	if len(r.Discrepancies) > 0 {
		t.Errorf("discrepancies %+v, want none", r.Discrepancies)
	}
}

// An unnamed driver's age in the other languages read ("Der 57 Jahre alte
// Fahrer" · "Der 51-jährige Fahrer"; "L'autista, un 54enne" · "Il
// conducente, un cittadino austriaco di 57 anni") is one person's.
func TestForeignRoleAges(t *testing.T) {
	for _, c := range [][3]string{
		{"de", "Der 57 Jahre alte Fahrer konnte sich aus dem Führerhaus retten.", "Der 51-jährige Fahrer aus Polen konnte sich in Sicherheit bringen."},
		{"it", "L'autista, un 54enne di nazionalità austriaca, è sopravvissuto.", "Il conducente, un cittadino austriaco di 57 anni, è ricoverato."},
		{"de", "Der Fahrer, ein 41-jähriger slowakischer Staatsbürger, erlitt leichte Verletzungen.", "Der 47-jährige Lenker aus der Slowakei konnte sich selbst befreien."},
	} {
		x, y := doc("a", "X", c[1]), doc("b", "Y", c[2])
		x.Article.Language, y.Article.Language = c[0], c[0]
		r := Analyze([]*crossread.Doc{x, y}, nil)
		if !slices.ContainsFunc(r.Discrepancies, func(d crossread.Discrepancy) bool { return strings.HasPrefix(d.About, "age of ") }) {
			t.Errorf("%s: discrepancies %+v, want the person's age", c[0], r.Discrepancies)
		}
	}
}

// Cents are a hundredth of the currency: "45 centimes d'euro" is the
// "0,45 €" another source gives, so the other's "38 centimes" (today's
// contracts) is no other value of it.
func TestCentsAreMoney(t *testing.T) {
	x := doc("a", "X", "Les éleveurs réclament un prix minimum de 0,45 € le litre, quand les contrats actuels tournent autour de 38 centimes.")
	y := doc("b", "Y", "Les éleveurs exigent 45 centimes d'euro par litre au minimum, un niveau qu'ils jugent indispensable.")
	x.Article.Language, y.Article.Language = "fr", "fr"
	i := strings.Index(x.Article.Text, "0,45 €")
	x.Numbers = []crossread.Number{{Span: crossread.Span{ArticleID: "a", Start: i, End: i + len("0,45 €")}, Text: "0,45 €", Value: 0.45, Kind: "money", Currency: "EUR"}}
	r := Analyze([]*crossread.Doc{x, y}, nil)
	for _, d := range r.Discrepancies {
		if v := valuesOf([]crossread.Discrepancy{d}); v["45"] || v["38"] {
			t.Errorf("discrepancy %+v, want none on the price", d)
		}
	}
}

// A clause whose subject is a pronoun is about the person the sentence
// before it names: the women's winner's time ("She finished in 2:24:05")
// is no variant of the men's.
func TestPronounSubjectTakesTheSentenceBefore(t *testing.T) {
	a := doc("a", "X", "Gideon Rotich won the men's race in a course record of 2:06:41 on Sunday. "+
		"Among the women, Almaz Tesfaye was the strongest. She finished in 2:24:05, two minutes ahead of the runner-up.")
	b := doc("b", "Y", "Gideon Rotich won the marathon on Sunday in a course record of 2:06:47, despite the heat.")
	var got []string
	for _, d := range Analyze([]*crossread.Doc{a, b}, nil).Discrepancies {
		for _, v := range d.Variants {
			got = append(got, d.About+": "+v.Value)
		}
	}
	want := []string{"time: 2:06:41", "time: 2:06:47"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("discrepancies = %q, want %q", got, want)
	}
}

// A dimension in the other languages is one slot however unlike the
// sentences telling it ("giace a 92 metri di profondità" · "adagiata su
// un fondale sabbioso a 98 metri di profondità"); an altitude keeps its
// own.
func TestForeignDimensionsSetAgainstEachOther(t *testing.T) {
	a := doc("a", "X", "Una nave romana con il suo carico di anfore giace a 92 metri di profondità al largo di Capo Vaticano.")
	b := doc("b", "Y", "L'imbarcazione si trova adagiata su un fondale sabbioso a 98 metri di profondità, a circa 5 chilometri dalla riva.")
	a.Article.Language, b.Article.Language = "it", "it"
	a.Article.Published, _ = crossread.ParseTimestamp("2027-06-14")
	b.Article.Published, _ = crossread.ParseTimestamp("2027-06-14")
	var got []string
	for _, d := range Analyze([]*crossread.Doc{a, b}, nil).Discrepancies {
		got = append(got, d.About)
	}
	if !reflect.DeepEqual(got, []string{"depth (metres)"}) {
		t.Errorf("discrepancies = %q, want the depth", got)
	}
}

func TestSurnameSpeltApart(t *testing.T) {
	for _, c := range []struct {
		a, b string
		want bool
	}{
		{"Marloes van Dijk", "Marloes van Dijken", true},
		{"Marloes van Dijk", "Marloes Dijkstra", false},
		{"Anna Berg", "Tom Berger", false},
		{"Pieter Jansen", "Pieter Janssen", true},
		{"Ed Li", "Ed Lin", false},
	} {
		if got := surnameSpeltApart(c.a, c.b); got != c.want {
			t.Errorf("%q · %q: %v, want %v", c.a, c.b, got, c.want)
		}
	}
}

// A class's count each source gives once is the story's, whoever the
// sentences' subjects ("Aan boord … zaten 140 passagiers" · "Een Airbus
// met 150 passagiers"); a figure joined to its word is an adjective.
func TestClassCountOnceEach(t *testing.T) {
	for _, c := range []struct {
		lang, a, b string
		want       []string
	}{
		{"nl", "Aan boord van de vlucht naar Malaga zaten 140 passagiers en vijf bemanningsleden, meldde de luchthaven.",
			"Een Airbus A320 met 150 passagiers en een vijfkoppige bemanning moest dinsdag terugkeren naar Schiphol.", []string{"140", "150"}},
		{"de", "Ein 41-jähriger Schichtarbeiter erlitt bei der Explosion im Werk schwere Verbrennungen.",
			"Zum Zeitpunkt der Explosion im Werk befanden sich etwa 80 Arbeiter auf dem Gelände.", nil},
	} {
		x, y := doc("a", "X", c.a), doc("b", "Y", c.b)
		x.Article.Language, y.Article.Language = c.lang, c.lang
		x.Article.Published, _ = crossread.ParseTimestamp("2027-05-12")
		y.Article.Published, _ = crossread.ParseTimestamp("2027-05-12")
		wantValues(t, x, y, c.want)
	}
}

// wantValues checks that the discrepancies of two articles hold every
// value of want, or none when want is nil.
func wantValues(t *testing.T, x, y *crossread.Doc, want []string) {
	t.Helper()
	r := Analyze([]*crossread.Doc{x, y}, nil)
	got := valuesOf(r.Discrepancies)
	for _, w := range want {
		if !got[w] {
			t.Errorf("%q · %q: discrepancies %+v, want %q", x.Article.Text, y.Article.Text, r.Discrepancies, w)
		}
	}
	if want == nil && len(r.Discrepancies) > 0 {
		t.Errorf("%q · %q: discrepancies %+v, want none", x.Article.Text, y.Article.Text, r.Discrepancies)
	}
}

// The floor a fire broke out on, by its rank; a floor named in no
// sentence of the fire is another's.
func TestFloorOfTheFire(t *testing.T) {
	x := doc("a", "X", "A fire broke out in a flat on the 9th floor of the tower on Sunday night. A neighbour who lives on the 12th floor raised the alarm.")
	y := doc("b", "Y", "The blaze started on the 11th floor of the block shortly before midnight, the fire service said.")
	r := Analyze([]*crossread.Doc{x, y}, nil)
	got := valuesOf(r.Discrepancies)
	if !got["9th"] || !got["11th"] || got["12th"] {
		t.Errorf("discrepancies %+v, want 9th · 11th", r.Discrepancies)
	}
}

// A temperature with no place read is set against another where the two
// sentences share a name, whatever their subjects.
func TestTemperatureSharedStation(t *testing.T) {
	x := doc("a", "X", "Mardi, le thermomètre a atteint 39,8 °C à la station de Montfaucon-Est, un record pour un mois de juin.")
	y := doc("b", "Y", "La station météorologique de Montfaucon-Est a enregistré mardi 40,4 °C, une valeur jamais observée.")
	x.Article.Language, y.Article.Language = "fr", "fr"
	r := Analyze([]*crossread.Doc{x, y}, nil)
	if got := valuesOf(r.Discrepancies); !got["39,8"] || !got["40,4"] {
		t.Errorf("discrepancies %+v, want 39,8 · 40,4", r.Discrepancies)
	}
}

// An unnamed role's age in the other languages: a guide with a relative
// clause before the age ("Le guide qui accompagnait le groupe, âgé de 47
// ans"), a captain by a Dutch word, a driver by a German compound.
func TestRoleAgesInOtherLanguages(t *testing.T) {
	for _, c := range []struct {
		lang, a, b, want string
	}{
		{"fr", "Le guide, un Valaisan de 44 ans, figure parmi les blessés légers de l'avalanche.",
			"Le guide qui accompagnait le groupe, âgé de 47 ans, n'a été que légèrement blessé par l'avalanche.", "age of the guide"},
		{"nl", "De 57-jarige schipper is na de aanvaring door de politie verhoord.",
			"De 52-jarige schipper zat na de aanvaring met de brug alleen in de stuurhut.", "age of the captain"},
		{"de", "Der 54-jährige Straßenbahnfahrer wurde nach der Entgleisung leicht verletzt.",
			"Der 45 Jahre alte Straßenbahnfahrer kam nach der Entgleisung mit einem Schock ins Krankenhaus.", "age of the train or tram driver"},
		// a compound's part before a hyphen, an indefinite article, and the
		// tram's driver apart from the lorry's
		{"de", "Die 61-jährige Straßenbahnfahrerin blieb unverletzt. Der 36-jährige Lkw-Lenker hatte die Ampel übersehen.",
			"Laut Polizei hatte ein 38-jähriger Lieferwagenfahrer beim Abbiegen die Straßenbahn übersehen.", "age of the driver"},
		{"en", "The 33-year-old tram driver was treated for shock. The lorry driver, 52, was arrested at the scene.",
			"Police said the driver, 55, had turned across the tracks in front of the tram.", "age of the driver"},
	} {
		x, y := doc("a", "X", c.a), doc("b", "Y", c.b)
		x.Article.Language, y.Article.Language = c.lang, c.lang
		r := Analyze([]*crossread.Doc{x, y}, nil)
		found := false
		for _, d := range r.Discrepancies {
			found = found || d.About == c.want
		}
		if !found {
			t.Errorf("%s: discrepancies %+v, want %q", c.lang, r.Discrepancies, c.want)
		}
	}
}

// Measures of the other languages a source gives once: a temperature
// below zero keeps its sign and its place after "à"; a share lost; an
// area, not one person's own; a bound the other figure breaks.
func TestMeasuresBelowZeroLostAndBounded(t *testing.T) {
	day, _ := crossread.ParseTimestamp("2027-04-20")
	checkPairs(t, day, []pairCase{
		{"fr", "Le thermomètre est descendu jusqu'à -5,2 °C à Vernay, selon la station de Météo-France.",
			"La station installée à Vernay a relevé une température minimale de -4,5 °C.", []string{"-5,2", "-4,5"}},
		{"", "Temperatures fell to minus 4C on the high ground by the afternoon.",
			"Temperatures on the ridge fell to -4C in the afternoon.", nil},
		{"fr", "Les pertes pourraient atteindre 70 % de la récolte à venir.",
			"Les professionnels évaluent à 60 % la perte de production sur l'appellation.", []string{"70 %", "60 %"}},
		{"fr", "Quelque 2 300 hectares de vignes sont touchés. Sur ses 11 hectares, elle n'a rien sauvé.",
			"Le gel a grillé les bourgeons sur près de 1 800 hectares, selon l'Union viticole.", []string{"2 300", "1 800"}},
		{"es", "El incendio ha calcinado ya más de 4.200 hectáreas en la comarca.",
			"El fuego ha devorado 3.800 hectáreas de bosque y cultivos.", []string{"4.200", "3.800"}},
	})
}

// A size told "48-metre-tall" and "52m" is one measure in metres, named by
// it; the injured beside the dead are "other" than them.
func TestSizeInMetresAndTheOtherInjured(t *testing.T) {
	x := doc("a", "X", "A crane operator was killed and four other port workers were injured on Thursday. The 48-metre-tall crane toppled onto the container ship Orient Sapphire at the terminal.")
	y := doc("b", "Y", "One worker died and five others were injured on Thursday after the crane collapsed. The 52m crane fell onto the container ship Orient Sapphire at the terminal.")
	readAs("en", crossread.Timestamp{}, x, y)
	r := Analyze([]*crossread.Doc{x, y}, nil)
	about := map[string]bool{}
	for _, d := range r.Discrepancies {
		about[d.About] = true
	}
	if !about["height (metres)"] || !about["injured"] {
		t.Errorf("discrepancies %+v, want height (metres) and injured", r.Discrepancies)
	}
}

// Italian outages count "utenti" left "al buio"; a line's voltage in kV.
func TestOutageUsersAndVoltage(t *testing.T) {
	day, _ := crossread.ParseTimestamp("2027-06-23")
	x := doc("a", "X", "Un guasto alla rete ha lasciato senza corrente circa 420 mila utenze tra le province di Lecce e Brindisi. Il blackout è scattato quando è andato fuori servizio un elettrodotto a 380 kV nei pressi di Mesagne.")
	y := doc("b", "Y", "L'interruzione di corrente ha colpito il sud della regione, lasciando al buio 380.000 utenti nelle province di Lecce e Brindisi. Le protezioni sono scattate su una linea a 220 kV nell'area di Mesagne.")
	readAs("it", day, x, y)
	wantValues(t, x, y, []string{"420 mila", "380.000", "380", "220"})
}

// A value both sources give (an old record) leaves each source's other
// value its one; an age told "81-jarige" is labelled an age.
func TestSharedValueAndAgeLabel(t *testing.T) {
	day, _ := crossread.ParseTimestamp("2027-02-10")
	x := doc("a", "X", "La tempête a laissé 71 centimètres de neige en 24 heures à l'aéroport Jean-Lesage. Le précédent record à l'aéroport Jean-Lesage, 58 centimètres, remontait à 1982.")
	y := doc("b", "Y", "L'aéroport Jean-Lesage est fermé après une bordée de neige record de 67 centimètres. L'ancien record à l'aéroport Jean-Lesage, de 58 centimètres, datait de 1986.")
	readAs("fr", day, x, y)
	wantValues(t, x, y, []string{"71", "67"})
	a := doc("a", "X", "Het gaat om een 81-jarige man uit Tegelen en een vrouw uit Blerick.")
	b := doc("b", "Y", "Bij de overleden patiënten gaat het om een man van 78 uit Tegelen en een vrouw uit Blerick.")
	readAs("nl", day, a, b)
	r := Analyze([]*crossread.Doc{a, b}, nil)
	if len(r.Discrepancies) != 1 || r.Discrepancies[0].About != "age" {
		t.Errorf("discrepancies %+v, want one age", r.Discrepancies)
	}
}

// A volume in cubic metres however written, a flow per second, and the
// age of the one who died.
func TestCubicMetresFlowAndAgeOfTheDead(t *testing.T) {
	day, _ := crossread.ParseTimestamp("2027-08-14")
	for _, c := range []struct {
		lang, a, b, about string
	}{
		{"fr", "Environ 30 000 m³ de craie se sont détachés de la falaise.", "Près de 25 000 mètres cubes de roche se sont abattus sur le sable.", "volume (cubic metres)"},
		{"pt", "A vazão chegou a 1.900 metros cúbicos por segundo no rio.", "O rio registrou vazão de 2.400 m³/s na barragem.", "flow (cubic metres per second)"},
		{"fr", "Un homme de 67 ans a été tué samedi sur la plage.", "Un sexagénaire de 64 ans, originaire de l'Eure, a perdu la vie sous les débris.", "age of the dead"},
		// a disaster's one victim, and the one a sentence names after the
		// sentence telling of the death
		{"it", "La vittima è una donna di 71 anni, sorpresa dall'acqua in cantina a Borgo Ventoso.",
			"La frana ha fatto anche una vittima a Borgo Ventoso. Si tratta di Clara Bellandi, 77 anni, casalinga.", "age of the dead"},
	} {
		x, y := doc("a", "X", c.a), doc("b", "Y", c.b)
		readAs(c.lang, day, x, y)
		r := Analyze([]*crossread.Doc{x, y}, nil)
		if len(r.Discrepancies) != 1 || r.Discrepancies[0].About != c.about {
			t.Errorf("%q · %q: discrepancies %+v, want one %q", c.a, c.b, r.Discrepancies, c.about)
		}
	}
}

// How long until something was back ("Erst nach rund neun Stunden …
// wieder freigegeben") is how long it lasted, as "elf Stunden lang".
func TestHowLongUntilBack(t *testing.T) {
	day, _ := crossread.ParseTimestamp("2027-11-10")
	x := doc("a", "X", "Erst nach rund neun Stunden konnte die Autobahn in Richtung Hannover wieder freigegeben werden.")
	y := doc("b", "Y", "Die A 7 blieb in Fahrtrichtung Süden mehr als elf Stunden lang gesperrt.")
	readAs("de", day, x, y)
	wantValues(t, x, y, []string{"neun", "elf"})
}

// A match's minute written with a prime is named so.
func TestMatchMinuteLabel(t *testing.T) {
	x := doc("a", "X", "La partita tra Daunia e Irpinia è stata sospesa al 34' del primo tempo dopo un incendio in curva.")
	y := doc("b", "Y", "La partita tra Daunia e Irpinia è stata sospesa al 37' del primo tempo dopo un incendio in curva.")
	x.Article.Language, y.Article.Language = "it", "it"
	r := Analyze([]*crossread.Doc{x, y}, nil)
	if len(r.Discrepancies) != 1 || r.Discrepancies[0].About != "minute of the match" {
		t.Errorf("discrepancies %+v, want one minute of the match", r.Discrepancies)
	}
}

// A ship's crew, all of it brought to safety in one source, and its
// length told "meter lang", each source's one.
func TestCrewAndOverallLength(t *testing.T) {
	day, _ := crossread.ParseTimestamp("2027-10-12")
	x := doc("a", "X", "De 22 bemanningsleden konden het schip op eigen kracht verlaten. De Nordic Carina is 294 meter lang en vaart onder Liberiaanse vlag.")
	y := doc("b", "Y", "De 21 bemanningsleden werden in veiligheid gebracht. Omdat het schip 249 meter lang is, moest er met blusboten gewerkt worden.")
	readAs("nl", day, x, y)
	wantValues(t, x, y, []string{"22", "21", "294", "249"})
}

// The other languages' one time each, in reports a day apart, is one
// event's (a half hour told roughly allows a quarter of an hour); a time
// from which something went on ("dès 20 heures") is no event's moment.
func TestOneTimeEachADayApart(t *testing.T) {
	for _, c := range []struct {
		lang, a, b string
		want       []string
	}{
		{"it", "Il distacco è avvenuto alle 4.40, dopo una notte di pioggia incessante.", "Una frana si è abbattuta intorno alle 5.15 di oggi sull'autostrada.", []string{"alle 4.40", "alle 5.15"}},
		{"pt", "De acordo com os bombeiros, o acidente aconteceu por volta das 5h30 na ponte.", "O acidente ocorreu por volta das 5h50 de quarta-feira, sob chuva, na ponte.", []string{"5h30", "5h50"}},
		{"fr", "Le candidat a reconnu sa défaite peu après 21 heures devant ses partisans.", "Sur la place de la Halle, la foule s'était rassemblée dès 20 heures.", nil},
	} {
		x, y := doc("a", "X", c.a), doc("b", "Y", c.b)
		x.Article.Language, y.Article.Language = c.lang, c.lang
		x.Article.Published, _ = crossread.ParseTimestamp("2027-03-16")
		y.Article.Published, _ = crossread.ParseTimestamp("2027-03-17")
		wantValues(t, x, y, c.want)
	}
}

// pairCase is two sources' sentences in one language and the values
// their discrepancies must show.
type pairCase struct {
	lang string
	a, b string
	want []string
}

// checkPairs reads each case's two sentences as sources X and Y on day
// and wants its values among their discrepancies (none when want is nil).
func checkPairs(t *testing.T, day crossread.Timestamp, cases []pairCase) {
	t.Helper()
	for _, c := range cases {
		x, y := doc("a", "X", c.a), doc("b", "Y", c.b)
		readAs(c.lang, day, x, y)
		wantValues(t, x, y, c.want)
	}
}

// readAs sets the docs' language and day and reads their figures as the
// pipeline does (the number stage's, beside the claim stage's own).
func readAs(lang string, day crossread.Timestamp, docs ...*crossread.Doc) {
	for _, d := range docs {
		if lang != "en" {
			d.Article.Language = lang
		}
		if !day.IsZero() {
			d.Article.Published = day
		}
		d.Numbers = number.ExtractIn(d.Article.ID, d.Article.Text, lang)
	}
}

// Boats counted by two nouns, once the fleet both give is set aside and
// in reports a day apart; the poisoned counted as "intossicate" and as
// treated "per intossicazione", or "incommodées" after an insert between
// commas; a time after a capitalised "Alle".
func TestBoatsByTwoNounsPoisonedAndTimes(t *testing.T) {
	day, _ := crossread.ParseTimestamp("2027-05-09")
	next, _ := crossread.ParseTimestamp("2027-05-10")
	for _, c := range []struct {
		lang string
		a, b string
		want []string
	}{
		{"it", "Il temporale ha colpito le 48 imbarcazioni in gara sul lago di Vendrano. Nove barche si sono rovesciate in pochi minuti sul lago di Vendrano.",
			"Il vento ha sorpreso le quarantotto barche della Coppa Vendrano: tredici imbarcazioni si sono capovolte, rovesciando in acqua gli equipaggi.", []string{"Nove", "tredici"}},
		{"it", "Cinque persone sono rimaste intossicate dal fumo nella galleria di Montalto.",
			"Nella galleria di Montalto sette passeggeri sono stati soccorsi per intossicazione da fumo.", []string{"Cinque", "sette"}},
		{"it", "Alle 4.10 un incendio è scoppiato nella carrozza di testa del regionale per Montalto.",
			"L'incendio è divampato intorno alle 4.45 a bordo del regionale per Montalto.", []string{"Alle 4.10", "alle 4.45"}},
		{"fr", "Douze personnes, pour la plupart des adolescents, ont été intoxiquées au gymnase de Vérac.",
			"Au gymnase de Vérac, seize personnes ont été incommodées par les vapeurs de chlore.", []string{"Douze", "seize"}},
	} {
		x, y := doc("a", "X", c.a), doc("b", "Y", c.b)
		readAs(c.lang, day, x, y)
		y.Article.Published = next
		wantValues(t, x, y, c.want)
	}
}

// A count over a span up to now ("negli ultimi due anni") is another
// time's: the source's one count of the event stays its one.
func TestCountOverPastSpanIsAnotherTimes(t *testing.T) {
	day, _ := crossread.ParseTimestamp("2027-05-09")
	x := doc("a", "X", "Sono rimasti in porto 210 pescherecci della marineria di Porto Elsa. Negli ultimi due anni almeno dodici pescherecci della marineria di Porto Elsa sono stati venduti.")
	y := doc("b", "Y", "La marineria di Porto Elsa è ferma: 240 pescherecci non escono in mare per protesta.")
	readAs("it", day, x, y)
	wantValues(t, x, y, []string{"210", "240"})
}

// A part of the dead told "entre los fallecidos" after its figure or
// "Entre las víctimas mortales" before it leaves the toll its one figure;
// the injured who had light injuries are a part; "o número de pessoas
// feridas" is the injured's count; a time both sources give beside the
// event's is set aside.
func TestTollPartsCountsOfAndSharedTimes(t *testing.T) {
	day, _ := crossread.ParseTimestamp("2027-08-03")
	checkPairs(t, day, []pairCase{
		{"es", "Siete personas murieron en la avalancha del santuario de Qollpa. Tres niños se encuentran entre los fallecidos.",
			"El saldo de la avalancha en el santuario de Qollpa subió a diez muertos. Entre las víctimas mortales figuran tres menores.", []string{"Siete", "diez"}},
		{"nl", "Bij de instorting van de sporthal in Ermelo zijn vier mensen gewond geraakt. Drie gewonden hadden lichte verwondingen.",
			"Zeven mensen raakten gewond bij de instorting van de sporthal in Ermelo.", []string{"vier", "Zeven"}},
		{"pt", "Onze pessoas ficaram feridas no acidente com o trem em Caruaru.",
			"Subiu para 15 o número de pessoas feridas no acidente com o trem em Caruaru.", []string{"Onze", "15"}},
		{"fr", "Le glissement s'est produit vers 3h20 sur la ligne de Vallorbe. Le premier train devait passer à 5h10 sur la ligne de Vallorbe.",
			"La coulée de boue a recouvert la voie à 3h45 près de Vallorbe. Le premier convoi était prévu à 5h10 près de Vallorbe.", []string{"3h20", "3h45"}},
	})
}

// A company's share move, each source's one, by its direction; a move
// of the index is not it. Impairments are a metric.
func TestShareMoveAndImpairments(t *testing.T) {
	day, _ := crossread.ParseTimestamp("2027-11-04")
	x := doc("a", "X", "Shares in Halvard Bank fell 6.1 per cent in early trading. Halvard Bank booked impairment charges of £800m in the quarter.")
	y := doc("b", "Y", "Halvard Bank shares were down 8.3% at 0910 GMT, while the FTSE 250 index fell 0.4%. Loan impairments at Halvard Bank jumped to 950 million pounds in the quarter.")
	readAs("en", day, x, y)
	wantValues(t, x, y, []string{"6.1 per cent", "8.3%", "£800m", "950 million pounds"})
	r := Analyze([]*crossread.Doc{x, y}, nil)
	if got := valuesOf(r.Discrepancies); got["0.4%"] {
		t.Errorf("discrepancies %+v: the index's move is not the company's", r.Discrepancies)
	}
}

// A sum "in compensation" and an "ex-gratia"; a boat "meant for" so many
// and "with a capacity of just" so many; "sapeurs-pompiers" are
// firefighters; the number a carriage is known by.
func TestCompensationCapacityCompoundsAndNumbers(t *testing.T) {
	day, _ := crossread.ParseTimestamp("2027-06-17")
	checkPairs(t, day, []pairCase{
		{"en", "The state announced an ex-gratia of Rs 3 lakh each to the families of the dead in Amravati.",
			"The government in Amravati declared ₹2 lakh in compensation for each family.", []string{"Rs 3 lakh", "₹2 lakh"}},
		{"en", "Thirty pilgrims boarded a ferry meant for 20 passengers at the Sonpur ghat.",
			"The ferry at the Sonpur ghat had a capacity of just 25 people.", []string{"20", "25"}},
		{"fr", "Une soixantaine de sapeurs-pompiers ont été engagés au gymnase de Vérac.",
			"Trente pompiers sont intervenus au gymnase de Vérac.", []string{"soixantaine", "Trente"}},
		{"it", "Un incendio è scoppiato nella notte sul treno notturno per Lecce. L'incendio è partito dalla carrozza cuccette numero 4 del treno notturno.",
			"Fiamme nella notte sul treno notturno per Lecce. Le fiamme hanno interessato la carrozza cuccette numero 6 del convoglio.", []string{"4", "6"}},
	})
}

// Those "of them" taken to hospital are the hospitalised; floors counted
// as "étages" and "niveaux".
func TestHospitalisedOfThemAndFloors(t *testing.T) {
	day, _ := crossread.ParseTimestamp("2027-03-12")
	checkPairs(t, day, []pairCase{
		{"fr", "Au gymnase de Vérac, six personnes ont été hospitalisées après la fuite.",
			"Après la fuite au gymnase de Vérac, douze personnes ont été intoxiquées. Trois d'entre elles ont été transportées au CHU de Vérac.", []string{"six", "Trois"}},
		{"fr", "L'hôtel Atlas, un bâtiment de trois étages, s'est effondré à Tafraout.",
			"À Tafraout, l'hôtel Atlas, qui comptait quatre niveaux, s'est effondré.", []string{"trois", "quatre"}},
	})
}

// A short sentence opening on its figure; fans are people and "ficaram
// feridos" a toll; those "atendidas" are the hurt; an earlier accident
// "vor drei Wochen" is another's toll.
func TestFansTreatedAndEarlierAccidents(t *testing.T) {
	day, _ := crossread.ParseTimestamp("2027-02-13")
	checkPairs(t, day, []pairCase{
		{"de", "Bei dem Unfall im Pongau wurden am Freitag zwölf Menschen verletzt. Erst vor drei Wochen waren bei einem Busunfall im Zillertal sechs Menschen verletzt worden.",
			"Der Bus ist im Pongau über eine Böschung gerutscht. 15 Menschen wurden dabei verletzt.", []string{"zwölf", "15"}},
		{"pt", "Dois torcedores morreram e pelo menos 20 ficaram feridos no estádio de Caruaru.",
			"Chegou a três o número de mortos no estádio de Caruaru, e 31 pessoas ficaram feridas.", []string{"Dois", "três", "20", "31"}},
		{"es", "Seis personas han resultado heridas en la explosión del edificio de Usera.",
			"Ocho personas tuvieron que ser atendidas tras la explosión del edificio de Usera.", []string{"Seis", "Ocho"}},
	})
}

// Sheep "gerissen" are animals killed, "auf drei Höfen" is where; "the
// number of flights … has risen to" counts flights.
func TestAnimalsKilledAndNumberRisenTo(t *testing.T) {
	day, _ := crossread.ParseTimestamp("2027-05-12")
	checkPairs(t, day, []pairCase{
		{"de", "In der Nacht haben Wölfe in Lindwedel insgesamt 14 Schafe getötet – auf zwei Höfen.",
			"In der Nacht zum Montag wurden in Lindwedel 19 Schafe gerissen.", []string{"14", "19"}},
		{"en", "An IT failure forced Skylark Air to cancel 96 flights on Monday.",
			"The number of flights Skylark Air cancelled during Monday's outage has risen to 108, the airline said.", []string{"96", "108"}},
	})
}

// The evacuated told "uit hun huizen gehaald", "le persone evacuate" and
// "a retirada de"; a compound counts what its head does ("trambestuurders"
// · "bestuurders"), a unit's compound does not; a demand "wants" a rise,
// "wil 6 procent erbij".
func TestEvacuatedCompoundsAndDemands(t *testing.T) {
	day, _ := crossread.ParseTimestamp("2027-10-19")
	checkPairs(t, day, []pairCase{
		{"nl", "Zo'n 1.500 inwoners van Deest zijn geëvacueerd na de dijkdoorbraak.",
			"Na de dijkdoorbraak bij Deest zijn 1.900 mensen uit hun huizen gehaald.", []string{"1.500", "1.900"}},
		{"it", "A Lugo un morto e 900 sfollati dopo la rotta del Senio.",
			"Sono 1.100 le persone evacuate a Lugo dopo la rotta del Senio.", []string{"900", "1.100"}},
		{"pt", "O incêndio em Arco obrigou à retirada de cerca de 120 pessoas das suas casas.",
			"O incêndio em Arco levou à retirada preventiva de 160 pessoas.", []string{"120", "160"}},
		{"nl", "In Rotterdam legden ruim 300 trambestuurders van de RET het werk neer.",
			"In Rotterdam legden circa 250 bestuurders van de RET het werk neer.", []string{"300", "250"}},
		{"en", "The union wants a 9 per cent rise in basic pay for ferry crews.",
			"The union is demanding a 7 percent increase in basic wages for ferry crews.", []string{"9 per cent", "7 percent"}},
		{"nl", "De bond eist een loonsverhoging van 4,5 procent en betere roosters bij de RET.",
			"De bond wil bij de RET 5 procent erbij, de RET komt niet verder dan 2 procent.", []string{"4,5 procent", "5 procent"}},
	})
}

// A breach "40 meter breed" is a width; a storm that lasted "une
// vingtaine de minutes"; the temperature right after its reading's
// figure is the place's ("43 gradi a Firenze"); an offer's and a
// demand's terms are no rivals; "20 Uhr" is the clock's.
func TestWidthRoundDurationsPlacesOffersAndClock(t *testing.T) {
	day, _ := crossread.ParseTimestamp("2027-08-03")
	for _, c := range []struct {
		lang string
		a, b string
		want []string
	}{
		{"nl", "Het gat in de dijk bij Ochten is inmiddels ongeveer 30 meter breed.",
			"De bres in de dijk groeide uit tot zo'n 50 meter breed.", []string{"30", "50"}},
		{"fr", "L'orage a frappé Montélimar vers 17 h et a duré une vingtaine de minutes.",
			"À Montélimar, l'épisode a duré près de quarante minutes au total.", []string{"vingtaine", "quarante"}},
		{"it", "L'incendio tra Scansano e Magliano arriva mentre il caldo ha fatto segnare 42 gradi a Siena.",
			"A Siena il termometro ha toccato i 40,5 gradi.", []string{"42", "40,5"}},
		{"de", "Der Betrieb hat bislang 3 Prozent mehr Lohn bei einer Laufzeit von 24 Monaten angeboten.",
			"Die Gewerkschaft verlangt 7 Prozent mehr Lohn bei einer Laufzeit von zwölf Monaten.", []string{"3 Prozent"}},
	} {
		x, y := doc("a", "X", c.a), doc("b", "Y", c.b)
		readAs(c.lang, day, x, y)
		r := Analyze([]*crossread.Doc{x, y}, nil)
		got := valuesOf(r.Discrepancies)
		if c.lang == "de" {
			if got["24"] || got["zwölf"] {
				t.Errorf("an offer's and a demand's terms paired: %+v", r.Discrepancies)
			}
			continue
		}
		wantValues(t, x, y, c.want)
	}
}

// The rescued told by the verb before them; a crowd "41,500-strong" and
// "38,000 fans"; a share move in Spanish.
func TestRescuedCrowdsAndSpanishShareMoves(t *testing.T) {
	day, _ := crossread.ParseTimestamp("2027-03-13")
	checkPairs(t, day, []pairCase{
		{"en", "Deputies and volunteers in Marigny Parish had rescued 214 people by boat by Tuesday afternoon.",
			"Rescue crews in Marigny Parish had pulled 190 people from flooded homes by mid-afternoon.", []string{"214", "190"}},
		{"en", "About 31,000 fans were ordered out of Lang Park on Saturday night after the threat.",
			"A bomb threat forced police to clear a 33,500-strong crowd from Lang Park on Saturday night.", []string{"31,000", "33,500"}},
		{"es", "Las acciones de Banco Arrayán cayeron 4.1% tras la sanción.",
			"Las acciones de Banco Arrayán retrocedieron 3.4% en la sesión del martes.", []string{"4.1%", "3.4%"}},
	})
}

// "Fahrzeugen" are "Fahrzeuge"; a boat "levando cerca de 90 passageiros"
// had them on board; "60 km/h" in the other languages is a speed, its
// hedge no holder of it.
func TestDativePluralsCarriedAndSpeeds(t *testing.T) {
	day, _ := crossread.ParseTimestamp("2027-05-04")
	checkPairs(t, day, []pairCase{
		{"de", "Nach Angaben der Autobahn GmbH rollen täglich rund 41.000 Fahrzeuge über die Talbrücke Lennetal.",
			"Die Talbrücke Lennetal wird an einem Werktag von etwa 34.000 Fahrzeugen genutzt.", []string{"41.000", "34.000"}},
		{"pt", "O barco partiu de Tefé levando cerca de 70 passageiros.",
			"A embarcação saiu de Tefé com pelo menos 95 pessoas a bordo.", []string{"70", "95"}},
		{"pt", "O comboio de passageiros circularia a cerca de 80 km/h no momento do choque em Pombal.",
			"O comboio regional seguiria a uma velocidade aproximada de 55 km/h quando se deu o embate em Pombal.", []string{"80", "55"}},
	})
}

// A toll's figure is no count of the group it names: "Due sciatori sono
// morti" leaves "il gruppo di cinque sciatori" the source's one count.
func TestTollFigureIsNoGroupCount(t *testing.T) {
	day, _ := crossread.ParseTimestamp("2027-02-21")
	x := doc("a", "X", "Due sciatori sono morti sotto la valanga di Cheggio. Il gruppo di cinque sciatori stava scendendo sotto la cima di Cheggio.")
	y := doc("b", "Y", "Il gruppo di sette sciatori stava scendendo sotto la cima di Cheggio.")
	readAs("it", day, x, y)
	wantValues(t, x, y, []string{"cinque", "sette"})
}

// The share of a workforce on strike told as those who stopped work
// ("legde zowat 70 procent van het personeel het werk neer", "ont cessé
// le travail") or who strike ("staakt").
func TestShareOnStrikeByWorkStopped(t *testing.T) {
	day, _ := crossread.ParseTimestamp("2027-03-09")
	checkPairs(t, day, []pairCase{
		{"nl", "Volgens de vakbonden legde zowat 80 procent van het personeel van De Lijn het werk neer.",
			"Ruim 55 procent van de personeelsleden van De Lijn staakt, bevestigt de directie.", []string{"80 procent", "55 procent"}},
		{"fr", "Selon la CGT, près de 70 % des conducteurs des TCL ont cessé le travail mardi.",
			"D'après la direction des TCL, 41 % des conducteurs étaient en grève mardi matin.", []string{"70 %", "41 %"}},
	})
}

// A market index's move and a rate's level, whatever the sentences'
// subjects; a deal valued "en" a sum in the other languages; a turnout
// told as a share of those entitled to vote, not a region's; those a bus
// was carrying; an age before a role.
func TestIndexRatesDealsTurnoutCarriedAndAges(t *testing.T) {
	day, _ := crossread.ParseTimestamp("2027-06-16")
	checkPairs(t, day, []pairCase{
		{"en", "Investors sold off, and the Nasdaq Composite dropped 2.1% by the close.",
			"The Nasdaq Composite ended the day down 2.6% as technology shares slid.", []string{"2.1%", "2.6%"}},
		{"en", "The economy kept adding jobs, with the unemployment rate holding at 4.4% in May.",
			"The jobless rate, at 4.1%, is close to a record low.", []string{"4.4%", "4.1%"}},
		{"es", "Las navieras Mar Austral y Puerto Sur acordaron una fusión valorizada en US$ 2.100 millones.",
			"Puerto Sur y Mar Austral firmaron la fusión, una operación que valoriza a ambas en US$ 2.600 millones.", []string{"US$ 2.100 millones", "US$ 2.600 millones"}},
		{"it", "Al referendum di domenica si è presentato alle urne il 38,2 per cento degli aventi diritto.",
			"L'affluenza al referendum si è fermata al 35,9%.", []string{"38,2 per cento", "35,9%"}},
		{"en", "A school bus carrying 31 pupils slid into a ditch near Marlow Creek on Monday.",
			"A school bus with 33 pupils on board slid into a ditch near Marlow Creek on Monday.", []string{"31", "33"}},
		{"en", "The 47-year-old driver was taken to hospital with head injuries after the crash on Route 9.",
			"The driver, 44, was taken to hospital with head injuries after the crash on Route 9.", []string{"47", "44"}},
	})
	// (a region's turnout is not the election's)
	checkPairs(t, day, []pairCase{
		{"de", "Die Wahlbeteiligung lag bei 71,5 Prozent.",
			"In Kärnten gingen 64,1 Prozent der Wahlberechtigten zur Urne.", nil},
	})
}

// In English, an area each source gives once and a ship's overall length
// written as its adjective; people "moved out of" villages are the
// evacuated.
func TestEnglishAreasLengthsAndMovedOut(t *testing.T) {
	day, _ := crossread.ParseTimestamp("2027-07-22")
	checkPairs(t, day, []pairCase{
		{"en", "Officials said about 7,000 hectares had burnt near Arkona by Sunday.",
			"Satellite images showed roughly 9,500 hectares of forest had been scorched.", []string{"7,000", "9,500"}},
		{"en", "The 190-metre Northern Lark lost power off the coast on Tuesday.",
			"The Northern Lark, 210 metres long, drifted towards the rocks on Tuesday.", []string{"190", "210"}},
		{"en", "More than 2,500 people were moved out of villages near the fire.",
			"About 1,900 residents were evacuated from villages near the fire.", []string{"2,500", "1,900"}},
	})
}

// A holding's size is no story's area; losses by their word in the
// other languages; passengers' other names and bags counted by two
// nouns, a yearly flow no count of the story's.
func TestHoldingsLossesPassengersAndBags(t *testing.T) {
	day, _ := crossread.ParseTimestamp("2027-08-14")
	checkPairs(t, day, []pairCase{
		{"es", "La helada dañó unas 6.000 hectáreas de frutales en el valle. Un productor mostró su finca de doce hectáreas arrasada.",
			"Más de 9.000 hectáreas resultaron dañadas en el valle, según el gobierno. La mayoría son productores de menos de 15 hectáreas.", []string{"6.000", "9.000"}},
		{"es", "Las pérdidas rondarían los US$30 millones, según el ministerio.",
			"El ministro estimó las pérdidas en 45 millones de dólares.", []string{"US$30 millones", "45 millones de dólares"}},
		{"de", "Betroffen waren am Samstag rund 3.000 Passagiere am Flughafen Lindau. Der Flughafen zählt jährlich rund vier Millionen Passagiere im Jahr.",
			"Am Flughafen Lindau saßen am Samstag mehr als 4.200 Fluggäste fest.", []string{"3.000", "4.200"}},
		{"de", "Etwa 1.900 Koffer blieben am Samstag am Flughafen Lindau zurück.",
			"Rund 2.600 Gepäckstücke blieben am Samstag am Flughafen Lindau liegen.", []string{"1.900", "2.600"}},
	})
}

// How long a match lasted in hours and minutes, whatever the sentences'
// subjects; a stage's length in one unit written two ways ("km",
// "kilomètres"), beside a distance from a place that is no length.
func TestDurationsLastedAndLengthsInOneUnit(t *testing.T) {
	day, _ := crossread.ParseTimestamp("2027-07-09")
	checkPairs(t, day, []pairCase{
		{"en", "The final, which lasted two hours and 52 minutes, ended after dark.",
			"The champion needed only one break in a contest that took two hours and 25 minutes.", []string{"two hours and 52 minutes", "two hours and 25 minutes"}},
		{"fr", "Le Belge Jonas Verlinde a remporté la 9e étape du Tour de Romandie, longue de 162 km entre Sion et Bulle. Il a attaqué à 8 km de l'arrivée.",
			"Jonas Verlinde s'est imposé sur la 9e étape du Tour de Romandie, disputée sur 157,5 kilomètres entre Sion et Bulle. Il est parti à 8 km du sommet.", []string{"162", "157,5"}},
	})
}

// A coast's length, not a distance from it; in an outbreak the affected
// and those with symptoms are the sickened, "ingresados" the
// hospitalised; a range of ages is no toll.
func TestCoastsOutbreaksAndAgeRanges(t *testing.T) {
	day, _ := crossread.ParseTimestamp("2027-08-02")
	checkPairs(t, day, []pairCase{
		{"it", "Il sindaco ha vietato la balneazione su 9 chilometri di costa a Marina Grande.",
			"Il divieto di balneazione è stato esteso a 13 chilometri di litorale a Marina Grande.", []string{"9", "13"}},
		{"es", "Un brote de norovirus ha afectado a 143 personas a bordo del crucero Estrella Azul.",
			"En el crucero Estrella Azul, 168 personas han presentado síntomas del brote de norovirus.", []string{"143", "168"}},
		{"es", "Tras el brote de norovirus, tres pasajeros del Estrella Azul permanecen ingresados en el hospital.",
			"Tras el brote de norovirus, cinco pasajeros del Estrella Azul siguen hospitalizados.", []string{"tres", "cinco"}},
		{"pt", "Pelo menos sete pessoas morreram no incêndio da discoteca Lua Nova. As vítimas tinham entre os 18 e os 25 anos.",
			"Subiu para nove o número de vítimas mortais do incêndio na discoteca Lua Nova.", []string{"sete", "nove"}},
	})
	// (how far from a coast is no length of it)
	for _, c := range []struct{ s, fig string }{
		{"Il peschereccio si trovava a 20 miglia dalla costa di Trapani.", "20"},
		{"La lancha volcó a unas 28 millas de la costa de Paita.", "28"},
		{"The trawler sank 40 miles off the coast.", "40"},
	} {
		q := Quantity{Start: strings.Index(c.s, c.fig), End: strings.Index(c.s, c.fig) + len(c.fig), Text: c.fig, Value: c.fig, Kind: "count"}
		if k, ok := coastLength(c.s, q); ok {
			t.Errorf("coastLength(%q) = %q", c.s, k)
		}
	}
}

// An Italian whole hour after its preposition is a time of day, not one
// when something ended; an end of a span of hours is no time of the
// event beside one told plainly.
func TestItalianHoursAndSpansOfHours(t *testing.T) {
	day, _ := crossread.ParseTimestamp("2027-10-20")
	checkPairs(t, day, []pairCase{
		{"it", "Un incendio è divampato oggi, poco dopo le 15, nello stabilimento Ferrochim di Lodi.",
			"L'incendio è scoppiato intorno alle 15.50 nello stabilimento Ferrochim di Lodi.", []string{"le 15", "alle 15.50"}},
		{"nl", "Het ongeluk gebeurde rond 7.20 uur op de kruising. De groep eist dat vrachtwagens tussen 6.00 en 8.30 uur worden geweerd.",
			"Het ongeluk gebeurde omstreeks 7.50 uur op de kruising.", []string{"7.20 uur", "7.50 uur"}},
	})
	checkPairs(t, day, []pairCase{
		{"it", "L'incendio è scoppiato alle 9.10 a Lodi. Le operazioni di spegnimento si sono concluse verso le 18.",
			"L'incendio è scoppiato alle 9.10 a Lodi.", nil},
	})
}

// The dead counted with their nationality ("Five Dutch tourists"); how
// far something fell; a breach's width as an adjective; times across
// midnight an hour and a half apart.
func TestNationalitiesFallsBreachesAndMidnight(t *testing.T) {
	day, _ := crossread.ParseTimestamp("2027-09-03")
	checkPairs(t, day, []pairCase{
		{"en", "Five Dutch tourists have died after a coach left the road above Lake Orta.",
			"Four people were killed when a coach left the road above Lake Orta, police said.", []string{"Five", "Four"}},
		{"en", "The coach left the road above Lake Orta. It dropped some 25 metres before hitting the trees.",
			"The coach left the road above Lake Orta. It fell about 18 meters (59 feet) and landed on its side.", []string{"25", "18"}},
		{"en", "The embankment of the Karoli dam developed a 40-metre breach after heavy rain.",
			"The breach in the Karoli dam, nearly 70 metres wide, flooded three villages.", []string{"40", "70"}},
		{"en", "A portion of the Karoli dam gave way around 11.40 pm on Monday, officials said.",
			"The Karoli dam burst shortly after 1 am on Tuesday, officials said.", []string{"11.40 pm", "1 am"}},
	})
}

// A word's two genders in two names ("Saúde Pública" · "Ministério
// Público") are no spelling of one name.
func TestGenderEndingsAreNoSpelling(t *testing.T) {
	r := Analyze([]*crossread.Doc{
		doc("a", "X", "As amostras foram enviadas ao Laboratório Central de Saúde Pública, em Fortaleza, disse a escola."),
		doc("b", "Y", "O Ministério Público do Ceará informou que vai abrir um procedimento, disse a escola."),
	}, nil)
	for _, d := range r.Discrepancies {
		if strings.HasPrefix(d.About, "spelling") {
			t.Errorf("spelling line %+v", d)
		}
	}
}

// Speeds in "quilómetros por hora"; the people at a place, counted before
// a list of who they were; an altitude is no distance.
func TestQuilometrosPeoplePresentAndAltitudes(t *testing.T) {
	day, _ := crossread.ParseTimestamp("2027-02-10")
	checkPairs(t, day, []pairCase{
		{"pt", "O ciclone tocou terra perto de Quelimane com ventos de até 160 quilómetros por hora.",
			"O ciclone trouxe a Quelimane ventos de até 185 km/h, segundo o instituto.", []string{"160", "185"}},
		{"fr", "Douze personnes, alpinistes, guides et le gardien, se trouvaient alors dans le refuge du Mont-Blanc.",
			"Quinze personnes passaient la nuit dans le refuge du Mont-Blanc.", []string{"Douze", "Quinze"}},
		{"fr", "L'avalanche a touché la cabane de Bertol, perchée à 3310 mètres d'altitude.",
			"La cabane de Bertol, située à 3130 mètres d'altitude, a été touchée par l'avalanche.", []string{"3310", "3130"}},
	})
}

// Dutch's "een 120-tal reizigers" counts them; a distance from one
// place each source gives once; distances from two places share none.
func TestRoundTalsAndDistancesFromOnePlace(t *testing.T) {
	day, _ := crossread.ParseTimestamp("2027-03-16")
	checkPairs(t, day, []pairCase{
		{"nl", "Aan boord van de tram in Brugge zaten een 120-tal reizigers.",
			"In de tram in Brugge zaten zowat 80 passagiers.", []string{"120", "80"}},
		{"de", "Ein Tier wurde rund 1,5 Kilometer vom Wildpark entfernt gefunden.",
			"Ein Affe wurde etwa drei Kilometer vom Wildpark entfernt eingefangen.", []string{"1,5", "drei"}},
	})
	x := &Sentence{Text: "El pelotón cazó a la fuga a 5 kilómetros de la línea de llegada."}
	y := &Sentence{Text: "Una caída dejó cortado al pelotón a 8 kilómetros del final."}
	z := &Sentence{Text: "Los velocistas cazaron a la fuga a 3 kilómetros de la línea de llegada."}
	for _, w := range []*Sentence{x, y, z} {
		w.Quantities = Quantities(w.Text)
	}
	if sharesDistanceReference(x, y) {
		t.Error("distances from the finish line and from the end share a place")
	}
	if !sharesDistanceReference(x, z) {
		t.Error("distances from the finish line share no place")
	}
}

// A party's seats told as a part of the house ("auf 61 der 183 Sitze"),
// the house's size no party's.
func TestSeatsAsAPartOfTheHouse(t *testing.T) {
	day, _ := crossread.ParseTimestamp("2027-09-30")
	checkPairs(t, day, []pairCase{
		{"de", "Nach einer ersten Berechnung kam die ÖVU auf 61 der 183 Sitze, die SPD auf 50.",
			"Nach der Hochrechnung des Senders kam die ÖVU auf 63 der 183 Sitze, die SPD auf 50.", []string{"61", "63"}},
	})
}

// A death told by its rank ("A fifth person has died") supersedes the
// source's toll one less.
func TestRankedDeathSupersedesTheTollBefore(t *testing.T) {
	day, _ := crossread.ParseTimestamp("2027-04-13")
	checkPairs(t, day, []pairCase{
		{"en", "The blast at the Millbrook plant killed four people on Monday, officials said.",
			"A fifth person has died after the blast at the Millbrook plant, officials said. Four people were found dead on Monday at the Millbrook plant.", []string{"four", "fifth"}},
	})
}

// Trains cancelled in the other languages, whatever the sentences'
// subjects.
func TestTrainsCancelledWhateverTheSubjects(t *testing.T) {
	day, _ := crossread.ParseTimestamp("2027-05-10")
	checkPairs(t, day, []pairCase{
		{"es", "La primera jornada de la huelga ha dejado este lunes 1.250 trenes cancelados en toda España.",
			"Renfe suprimió este lunes 1.600 trenes en todo el país por la huelga.", []string{"1.250", "1.600"}},
	})
}

// Times each source tells only in the pluperfect are set against each
// other; a depth named in another clause is no label of a distance.
func TestPluperfectTimesAndDepthsByClause(t *testing.T) {
	day, _ := crossread.ParseTimestamp("2027-06-03")
	checkPairs(t, day, []pairCase{
		{"de", "Der Mann hatte gegen 8.50 Uhr den Supermarkt in Fulda betreten. Um 15.30 Uhr stürmte die Polizei den Supermarkt in Fulda.",
			"Der Mann hatte den Supermarkt in Fulda kurz nach 9.30 Uhr betreten.", []string{"8.50 Uhr", "9.30 Uhr"}},
	})
	x := doc("a", "X", "El sismo tuvo su epicentro a 35 kilómetros al norte de Copiapó, a una profundidad de 30 kilómetros.")
	y := doc("b", "Y", "El epicentro se localizó a 53 kilómetros al norte de Copiapó.")
	readAs("es", day, x, y)
	for _, d := range Analyze([]*crossread.Doc{x, y}, nil).Discrepancies {
		if strings.HasPrefix(d.About, "depth") {
			t.Errorf("a distance labelled %q", d.About)
		}
	}
}

// The strikers, counted by their noun, named before the figure or told
// as people taking part in a strike; an audience of them is a part.
func TestStrikersCounted(t *testing.T) {
	day, _ := crossread.ParseTimestamp("2027-02-24")
	checkPairs(t, day, []pairCase{
		{"de", "Nach Angaben der Gewerkschaft beteiligten sich landesweit rund 5.200 Menschen an dem Warnstreik. Die Vorsitzende sprach vor rund 900 Streikenden in Ulm.",
			"Die Kliniken bezifferten die Zahl der Streikenden am ersten Tag auf etwa 4.100.", []string{"5.200", "4.100"}},
	})
}

// A crowd counted as its participants by the police.
func TestCrowdOfParticipants(t *testing.T) {
	day, _ := crossread.ParseTimestamp("2027-03-07")
	checkPairs(t, day, []pairCase{
		{"fr", "La préfecture de police a dénombré 64 000 participants dans la capitale.",
			"Dans la capitale, d'où le cortège est parti à 14h, la préfecture de police a compté 46 000 personnes.", []string{"64 000", "46 000"}},
	})
}

// "The number of pupils who needed hospital treatment … has risen to
// eight": the injured, superseding the source's count said initially.
func TestHospitalTreatmentRisenTo(t *testing.T) {
	day, _ := crossread.ParseTimestamp("2027-01-19")
	checkPairs(t, day, []pairCase{
		{"en", "Six children were taken to hospital after the school bus rolled over near Elm Falls.",
			"The number of pupils who needed hospital treatment after the school bus rollover near Elm Falls has risen to eight, police said. Police had initially said six children were taken to hospital.", []string{"Six", "eight"}},
	})
}

// A river's or the sea's level, however its sources word and measure it;
// a forecast's level and a normal one are not the event's.
func TestWaterLevelReached(t *testing.T) {
	day, _ := crossread.ParseTimestamp("2027-05-12")
	checkPairs(t, day, []pairCase{
		{"it", "La marea ha toccato 1,31 metri alle 9.20 a Diga Sud del Lido.",
			"Il picco è stato raggiunto quando la stazione di Diga Sud del Lido ha registrato 127 centimetri sul medio mare.", []string{"1,31 metri", "127 centimetri"}},
		{"it", "La marea ha toccato 1,31 metri alle 9.20 a Diga Sud del Lido.",
			"Il picco è stato raggiunto quando la stazione di Diga Sud del Lido ha registrato 131 centimetri sul medio mare.", nil},
		{"de", "Der Pegel Ostheim erreichte am Montag 6,92 Meter – normal sind dort etwa 1,20 Meter.",
			"Der Pegel Ostheim kletterte nach Angaben des Wasserwirtschaftsamts auf 6,29 Meter.", []string{"6,92", "6,29"}},
		{"nl", "De rivier bereikte dinsdag bij Roermond een stand van 14,10 meter boven NAP.",
			"Bij Roermond werd de hoogste waterstand dinsdag bereikt: 14,40 meter boven NAP.", []string{"14,10", "14,40"}},
		{"en", "The Ashford river crested at 6.4 metres on Tuesday afternoon, officials said.",
			"Officials said the Ashford river peaked at 5.9 metres on Tuesday.", []string{"6.4", "5.9"}},
	})
}

// A depth of fallen snow, in either unit, the snow named before or after
// it; a forecast's is not the event's.
func TestSnowDepth(t *testing.T) {
	day, _ := crossread.ParseTimestamp("2027-01-18")
	checkPairs(t, day, []pairCase{
		{"de", "Innert weniger Stunden fielen auf dem Pass bis zu 70 Zentimeter Neuschnee.",
			"Auf dem Pass lagen am Sonntagabend bis zu 1,1 Meter Neuschnee, wie das Tiefbauamt mitteilte.", []string{"70 Zentimeter", "1,1 Meter"}},
		{"de", "Innert weniger Stunden fielen auf dem Pass bis zu 70 Zentimeter Neuschnee.",
			"Auf dem Pass lagen am Sonntagabend bis zu 0,7 Meter Neuschnee, wie das Tiefbauamt mitteilte.", nil},
		{"fr", "La tempête a laissé 52 centimètres de neige en 24 heures à l'aéroport.",
			"L'aéroport est fermé depuis mercredi après une bordée de neige record de 48 cm tombée en 24 heures.", []string{"52", "48"}},
	})
}

// A union's demand and the employer's offer, in the past tense and as
// nouns ("ofreció", "en demanda de", "su propuesta de").
func TestPayDemandAndOfferWorded(t *testing.T) {
	day, _ := crossread.ParseTimestamp("2027-03-02")
	checkPairs(t, day, []pairCase{
		{"es", "El sindicato reclamó un incremento salarial de 14 por ciento, mientras que la compañía ofreció 6.5 por ciento directo al salario.",
			"Unos 2,100 obreros se fueron a huelga en demanda de un aumento de 12% a sus salarios, informó el sindicato.", []string{"14 por ciento", "12%"}},
		{"es", "El sindicato reclamó un incremento salarial de 14 por ciento, mientras que la compañía ofreció 6.5 por ciento directo al salario.",
			"Según el sindicato, la empresa no se movió de su propuesta de 7% de incremento directo, que la asamblea rechazó.", []string{"6.5 por ciento", "7%"}},
	})
}

// A noun's count told by one sentence naming nothing and one naming a
// place, of one day's reports about the same thing; and trucks named in
// two words.
func TestNounCountOneSentenceNamingNothing(t *testing.T) {
	day, _ := crossread.ParseTimestamp("2027-06-09")
	checkPairs(t, day, []pairCase{
		{"de", "Der Joghurt wurde bundesweit in rund 860 Filialen der Kette verkauft.",
			"Der Händler hatte den Joghurt in seinen rund 680 Filialen in ganz Österreich angeboten.", []string{"860", "680"}},
		{"fr", "Quelque 1 900 camions étaient immobilisés mardi sur l'autoroute A26.",
			"Selon la préfecture, environ 1 400 poids lourds patientaient mardi sur l'autoroute A26.", []string{"1 900", "1 400"}},
	})
}

// A count the other languages name apart from its figure: "the number of"
// it rose to, or after it ("Sono cinque i pazienti").
func TestForeignNumberOfNamed(t *testing.T) {
	day, _ := crossread.ParseTimestamp("2027-02-23")
	checkPairs(t, day, []pairCase{
		{"it", "Sono cinque i neonati ricoverati nella Terapia intensiva dell'ospedale di Chiaravalle risultati positivi al batterio.",
			"Sale a otto il numero dei neonati positivi al batterio nella Terapia intensiva dell'ospedale di Chiaravalle.", []string{"cinque", "otto"}},
		{"it", "Lo sciopero ha portato alla cancellazione di 64 voli tra arrivi e partenze all'aeroporto di Ancona.",
			"All'aeroporto di Ancona il numero dei voli cancellati è salito a 80.", []string{"64", "80"}},
	})
}

// A share of one noun in the other languages, each source's one, in
// sentences saying something else alike; and an outage's customers after
// a scale ("3,1 millones de clientes").
func TestForeignShareOfNoun(t *testing.T) {
	day, _ := crossread.ParseTimestamp("2027-11-10")
	checkPairs(t, day, []pairCase{
		{"es", "Según la empresa, a la medianoche se había restablecido el suministro para el 64 % de los clientes afectados.",
			"Hasta la medianoche, el servicio se había repuesto para el 71 por ciento de los clientes, informaron las autoridades.", []string{"64 %", "71 por ciento"}},
		{"es", "Un corte generalizado dejó este martes sin luz a más de 3,1 millones de clientes en el sur del país.",
			"El apagón del martes dejó sin energía a unos 2,6 millones de hogares y empresas en el sur del país.", []string{"3,1 millones", "2,6 millones"}},
	})
}

// A wind's force on the Beaufort scale, each source's one.
func TestWindForce(t *testing.T) {
	day, _ := crossread.ParseTimestamp("2027-01-14")
	checkPairs(t, day, []pairCase{
		{"nl", "In de nacht verloor het vrachtschip in een storm met windkracht 9 ten minste 40 containers.",
			"Rond 03.00 uur trok windkracht 11 over de kust, meldde de Kustwacht.", []string{"9", "11"}},
	})
}

// A part told of a whole ("Huit des seize arrondissements") counts the
// noun as a count said plainly does.
func TestForeignPartCountsNoun(t *testing.T) {
	day, _ := crossread.ParseTimestamp("2027-10-18")
	checkPairs(t, day, []pairCase{
		{"fr", "Six arrondissements, surtout dans le centre de la ville, sont privés de ramassage depuis le début de la grève.",
			"Huit des seize arrondissements de la ville sont touchés par l'arrêt du ramassage depuis le début de la grève.", []string{"Six", "Huit"}},
	})
}

// An English distance from a place, told "from" it or by a direction "of"
// it, each source's one.
func TestEnglishDistanceFromPlace(t *testing.T) {
	day, _ := crossread.ParseTimestamp("2027-04-07")
	checkPairs(t, day, []pairCase{
		{"en", "The crew received a low oil pressure warning about 70 kilometres south-west of Tamworth, the airline said.",
			"The aircraft was roughly 55km from Tamworth when the problem arose, the airline said.", []string{"70", "55"}},
	})
}

// A quake's magnitude told past a verb of being, and its depth in
// kilometres, each source's one; a count after "magnitude earthquake has
// leveled" is none.
func TestQuakeMagnitudeAndDepth(t *testing.T) {
	day, _ := crossread.ParseTimestamp("2027-09-12")
	checkPairs(t, day, []pairCase{
		{"it", "La scossa, di magnitudo 4.8 secondo l'Istituto, ha avuto epicentro a circa 6 chilometri da Norcia, a 8 chilometri di profondità.",
			"Secondo la stima aggiornata dell'Istituto, la magnitudo è stata di 5,1, con ipocentro a 11 km di profondità.", []string{"4.8", "5,1", "8", "11"}},
		{"en", "A 5.2 magnitude earthquake has leveled six villages in the south, officials said.",
			"The magnitude 5.2 quake leveled four villages in the south, officials said.", []string{"six", "four"}},
	})
}

// The age of the one who died, told by an idiom of death; years of
// service are no age.
func TestAgeOfTheDeadIdioms(t *testing.T) {
	day, _ := crossread.ParseTimestamp("2027-08-02")
	checkPairs(t, day, []pairCase{
		{"de", "Für den 61-jährigen Fahrer aus Bayern kam jede Hilfe zu spät.",
			"Der 64 Jahre alte Fahrer erlag noch am Unfallort seinen Verletzungen.", []string{"61", "64"}},
		{"de", "Für den 61-jährigen Fahrer aus Bayern kam jede Hilfe zu spät.",
			"Der Fahrer, der seit über dreißig Jahren für das Unternehmen fuhr, erlag seinen Verletzungen.", nil},
	})
}

// Miners are workers, however each outlet names them.
func TestMinersAreWorkers(t *testing.T) {
	day, _ := crossread.ParseTimestamp("2027-05-04")
	checkPairs(t, day, []pairCase{
		{"es", "Unos 2.600 trabajadores de la minera estatal cumplen desde el lunes una huelga general indefinida.",
			"Alrededor de 3.100 mineros acatan la huelga desde el lunes.", []string{"2.600", "3.100"}},
	})
}

// A compensation to victims' families, however each source names it.
func TestCompensation(t *testing.T) {
	day, _ := crossread.ParseTimestamp("2027-03-15")
	checkPairs(t, day, []pairCase{
		{"en", "The state government announced an ex gratia of Rs 3 lakh each for the families of the deceased.",
			"The state government has announced compensation of Rs 2 lakh for the next of kin of each victim.", []string{"Rs 3 lakh", "Rs 2 lakh"}},
	})
}

// A length by the thing it measures, whatever the unit or the wording:
// a tunnel, a traffic jam, a breach (told as a rough count of metres), a
// stretch of river, and a depth under the ground in two units.
func TestLengthsOfThingsMeasured(t *testing.T) {
	day, _ := crossread.ParseTimestamp("2027-06-02")
	checkPairs(t, day, []pairCase{
		{"pt", "O túnel tinha cerca de 35 metros de extensão e saía num terreno baldio.",
			"Os presos fugiram por um túnel de 50 metros cavado sob a cozinha.", []string{"35 metros", "50 metros"}},
		{"fr", "La gendarmerie signalait un bouchon de 14 kilomètres sur l'A31 en fin de matinée.",
			"Vers midi, la file atteignait 22 km à la frontière.", []string{"14 kilomètres", "22 km"}},
		{"it", "La falla, lunga circa 30 metri, si è aperta all'alba nell'argine del Lamone.",
			"Il Lamone ha rotto l'argine aprendo uno squarcio di una cinquantina di metri.", []string{"30", "cinquantina"}},
		{"es", "La mancha avanzó y alcanzó unos 27 kilómetros del cauce hasta la noche.",
			"Los residuos recorrieron 19 km del río según el organismo.", []string{"27 kilómetros", "19 km"}},
		{"fr", "Les barrages ont provoqué jusqu'à 16 km de ralentissements vers Lille.",
			"Un bouchon de 9 kilomètres s'est formé en direction de Lille.", []string{"16 km", "9 kilomètres"}},
		{"en", "The rockfall happened on a level roughly 1.6 kilometres below the surface.",
			"Rescuers reached the section, which lies about 2,300 metres underground.", []string{"1.6 kilometres", "2,300 metres"}},
	})
}

// A speed in kilometres an hour however written, a venue's seats, the
// minute of a match told of no player, and a rough count of "others"
// hurt after an elided "d'".
func TestSpeedSeatsMinuteAndOthersHurt(t *testing.T) {
	day, _ := crossread.ParseTimestamp("2027-04-11")
	checkPairs(t, day, []pairCase{
		{"it", "Secondo i rilievi, il convoglio procedeva a circa 80 km/h sul tratto.",
			"Al momento dell'impatto il treno viaggiava a 120 chilometri orari.", []string{"80", "120"}},
		{"nl", "Windstoten tot 85 km/u deden het dak van de tent kantelen.",
			"Rukwinden van 105 kilometer per uur raasden over het terrein.", []string{"85", "105"}},
		{"fr", "Le stade, d'une capacité de 9 000 places, était comble dimanche.",
			"L'enceinte, qui compte 7 000 places, était saturée dimanche.", []string{"9 000", "7 000"}},
		{"fr", "La bousculade s'est produite à la 64e minute de la rencontre.",
			"Vers la 58e minute de la finale, la foule a forcé la porte du stade.", []string{"64", "58"}},
		// each article's one time of day, an hour apart, in words unlike
		{"en", "The roof gave way at about 13:10 on the second level of the depot, according to the operator.",
			"It came down at about 2.10pm on Monday, shortly before the end of the shift.", []string{"13:10", "2.10pm"}},
		{"fr", "Trois personnes ont perdu la vie et une quarantaine d'autres ont été blessées dans la bousculade.",
			"L'hôpital a pris en charge 57 blessés après la bousculade.", []string{"quarantaine", "57"}},
	})
}

// Tolls in more words: a death met ("ont trouvé la mort"), a toll risen
// with "se elevó a", pupils by two nouns taken to the emergency ward, and
// firefighters by a Dutch rough count.
func TestTollsMetDeathRiseAndPupils(t *testing.T) {
	day, _ := crossread.ParseTimestamp("2027-10-03")
	checkPairs(t, day, []pairCase{
		{"fr", "À Valmont, trois personnes ont trouvé la mort, emportées par la crue.",
			"Le bilan de la crue à Valmont s'élève à cinq morts, selon la préfecture.", []string{"trois", "cinq"}},
		{"es", "Al menos 12 personas murieron cuando el bus cayó a un barranco en Tambillo.",
			"La cifra de víctimas mortales del accidente registrado en Tambillo se elevó a 14, informaron las autoridades.", []string{"12", "14"}},
		{"fr", "Vingt-six élèves d'une école de Berrada ont été transférés à l'hôpital après la fuite de gaz.",
			"Trente et un écoliers ont été admis aux urgences de l'hôpital de Berrada après la fuite de gaz.", []string{"Vingt-six", "Trente et un"}},
		{"nl", "In totaal werden 70 brandweerlui ingezet bij de brand in de loods.",
			"Een vijftigtal brandweermannen was urenlang in de weer bij de brand in de loods.", []string{"70", "vijftigtal"}},
	})
}

// The stake a deal sells, of the company named or of its shares; a
// venue's size after Italian's "da", in seats or spectators; no stake
// in a share of something else.
func TestStakeSoldAndVenueSize(t *testing.T) {
	day, _ := crossread.ParseTimestamp("2027-07-20")
	checkPairs(t, day, []pairCase{
		{"it", "La famiglia Rinaldi ha firmato l'accordo per la cessione del 70 per cento dell'AC Pineto al fondo Northway.",
			"Ieri la famiglia Rinaldi ha ceduto il 75% delle quote del club al fondo Northway.", []string{"70 per cento", "75%"}},
		{"en", "Harlow Group sold a 40% stake in Brixworth Foods to a pension fund on Monday.",
			"Harlow Group agreed on Monday to sell 45% of Brixworth Foods to a pension fund.", []string{"40%", "45%"}},
		{"it", "Il piano prevede un nuovo stadio da 14.000 posti accanto alla stazione di Pineto.",
			"Il cuore del progetto di Pineto è un impianto moderno da 12.000 spettatori accanto alla stazione.", []string{"14.000", "12.000"}},
	})
	if stakeSold("Airlines sold 50% of flights before the strike.", Quantities("Airlines sold 50% of flights before the strike.")[0]) {
		t.Error("a share of flights read as a stake")
	}
}

// Taken to a hospital by its name, the treated as a count of their own, a
// length in a bare "m" of a thing named by a placeholder, and no depth
// from a "deep" far from the figure.
func TestHospitalByNameTreatedAndBareMetres(t *testing.T) {
	day, _ := crossread.ParseTimestamp("2027-02-16")
	checkPairs(t, day, []pairCase{
		{"en", "Nine people were taken to Royal Valley Hospital with minor injuries after the landing.",
			"There were no deaths after the landing, but 13 people were taken to hospital, officials said.", []string{"Nine", "13"}},
		{"en", "More than 700 patients suffering from heatstroke have been treated since Sunday, the department said.",
			"Nearly 500 people have been treated for heat-related illness since Sunday, the department said.", []string{"700", "500"}},
		{"pt", "A estrutura, de 412 metros de extensão, liga Areia Branca a Cruzeiro.",
			"O trecho central da ponte, de 421 m de comprimento, cedeu entre Areia Branca e Cruzeiro.", []string{"412", "421"}},
	})
	x := doc("a", "X", "The jet skidded roughly 200 metres beyond the runway before stopping in deep snow.")
	y := doc("b", "Y", "The jet came to rest about 120 metres past the pavement in deep snow.")
	for _, d := range Analyze([]*crossread.Doc{x, y}, nil).Discrepancies {
		if strings.HasPrefix(d.About, "depth") {
			t.Errorf("a distance read as a depth: %+v", d)
		}
	}
}

// Those kept under observation, of a group named before or by their noun;
// an offer of a rise named only by the sentence's offer; the share of a
// place under water; no level of an earlier flood a sentence recalls.
func TestObservationOfferShareFloodedAndRecalledLevel(t *testing.T) {
	day, _ := crossread.ParseTimestamp("2027-11-14")
	checkPairs(t, day, []pairCase{
		{"fr", "Les élèves ont été conduits à l'hôpital de Tiflet. Six d'entre eux restaient toutefois en observation mardi soir.",
			"Quatre élèves ont été gardés en observation pour la nuit à l'hôpital de Tiflet.", []string{"Six", "Quatre"}},
		{"es", "El Ejecutivo había ofrecido el lunes un aumento del 7% en dos tramos a los docentes.",
			"La oferta oficial, presentada a los docentes en la mesa paritaria, contempla una mejora del 10% dividida en dos cuotas.", []string{"7%", "10%"}},
		{"it", "Secondo le stime del Comune di Chioggia, il 60 per cento del centro storico è finito sott'acqua.",
			"La marea ha invaso Chioggia, allagando circa il 75% del centro storico.", []string{"60 per cento", "75%"}},
	})
	x := doc("a", "X", "La marea ha raggiunto i 151 centimetri a Chioggia, il livello più alto dal 2018.")
	y := doc("b", "Y", "La marea ha toccato i 149 centimetri a Chioggia. È il livello più alto dal novembre 2018, quando la marea toccò i 166 centimetri a Chioggia.")
	readAs("it", day, x, y)
	if got := valuesOf(Analyze([]*crossread.Doc{x, y}, nil).Discrepancies); got["166"] {
		t.Errorf("an earlier flood's level set against this one's: %v", got)
	}
}

// An earlier, preliminary toll the source raised is no account of its
// own; a German compound of the dead counts them.
func TestPreliminaryTollAndGermanCompoundToll(t *testing.T) {
	day, _ := crossread.ParseTimestamp("2027-09-06")
	checkPairs(t, day, []pairCase{
		{"es", "El huracán Marta había dejado tres personas muertas en Campeche, según Protección Civil.",
			"Cinco personas perdieron la vida en Campeche tras el huracán Marta, informó el gobierno, que elevó así el balance preliminar de tres fallecidos.", []string{"tres", "Cinco"}},
		{"de", "Vier Menschen starben nach Angaben der Polizei an den Folgen der Hitze in Mannheim.",
			"Einen Tag danach ist die Zahl der Hitzetoten in Mannheim auf sechs gestiegen.", []string{"Vier", "sechs"}},
	})
}

// Those still trapped beside a rescue are no count of the trapped; with
// no rescue told they are; "still underground" is trapped; a measure is
// no count of people beside it.
func TestStillTrapped(t *testing.T) {
	day, _ := crossread.ParseTimestamp("2027-03-12")
	checkPairs(t, day, []pairCase{
		{"en", "Nineteen miners were killed and 14 others remain trapped after the collapse at the Kleinfontein mine.",
			"The toll at the Kleinfontein mine rose to 21 on Wednesday, with 12 men still underground.", []string{"14", "12"}},
	})
	x := doc("a", "X", "Seis mineros quedaron atrapados este viernes tras la inundación de la mina Santa Rita.")
	y := doc("b", "Y", "Los socorristas trabajan para llegar a los tres mineros que siguen atrapados en la mina Santa Rita. Dos mineros fueron rescatados con vida en la mina Santa Rita.")
	readAs("es", day, x, y)
	if got := valuesOf(Analyze([]*crossread.Doc{x, y}, nil).Discrepancies); got["tres"] {
		t.Errorf("those still trapped after a rescue set against the trapped: %v", got)
	}
}

// A toll told of ski mountaineers, one risen far past a numbered name,
// and no count of the injured from a Dutch "of the injured, two".
func TestTollsOfClimbersNumberedNamesAndDutchPart(t *testing.T) {
	day, _ := crossread.ParseTimestamp("2027-02-09")
	checkPairs(t, day, []pairCase{
		{"it", "Due scialpinisti sono morti e un terzo è ricoverato dopo la valanga in Val Duron.",
			"È salito a tre il numero delle vittime della valanga in Val Duron.", []string{"Due", "tre"}},
		{"es", "Siete internos muertos dejó el motín del penal de Las Cañas, según las autoridades.",
			"La cifra de internos fallecidos a raíz del motín ocurrido el miércoles en el Centro de Reinserción Social número 2 de Las Cañas se elevó a 10, confirmaron autoridades.", []string{"Siete", "10"}},
		{"nl", "Zes mensen raakten gewond toen het dak van de tribune instortte.",
			"Acht mensen raakten zaterdag gewond toen het dak van de tribune instortte. Van de gewonden liggen er nog twee in het ziekenhuis.", []string{"Zes", "Acht"}},
	})
}

// A German flood: the dead man's age ("kam ums Leben" · "Bei dem
// Todesopfer handelt es sich um …"), the peak level told with its verb
// far before it, and residents in both genders brought to safety.
func TestGermanFloodAgeLevelAndResidents(t *testing.T) {
	day, _ := crossread.ParseTimestamp("2027-06-03")
	checkPairs(t, day, []pairCase{
		{"de", "Ein 66-jähriger Mann kam in Vilsbach ums Leben, er wurde im Keller gefunden.",
			"Bei dem Todesopfer handelt es sich um einen 69 Jahre alten Mann aus Vilsbach.", []string{"66", "69"}},
		{"de", "Am Pegel Vilsbach stieg das Wasser bis Donnerstagmorgen auf 4,92 Meter.",
			"Den Höchststand erreichte die Vils in Vilsbach in der Nacht zum Donnerstag mit 4,29 Metern.", []string{"4,92", "4,29"}},
		{"de", "Rund 900 Menschen mussten in Vilsbach ihre Wohnungen verlassen.",
			"In Vilsbach wurden etwa 1.300 Bewohnerinnen und Bewohner in Sicherheit gebracht.", []string{"900", "1.300"}},
	})
}

// Rain accumulated without the word "rain", a union's demand told by its
// noun, and an English wind speed in kilometres per hour.
func TestAccumulatedRainDemandNounAndEnglishSpeed(t *testing.T) {
	day, _ := crossread.ParseTimestamp("2027-04-22")
	checkPairs(t, day, []pairCase{
		{"pt", "Segundo a Apac, Olinda acumulou 121 milímetros em 24 horas.",
			"De acordo com a Defesa Civil, a chuva registrada em Olinda em 24 horas chegou a 112 mm.", []string{"121", "112"}},
		{"pt", "Os portuários de Itajaí reivindicam reajuste salarial de 9%.",
			"A principal reivindicação dos portuários de Itajaí é um aumento salarial de 11%.", []string{"9%", "11%"}},
		{"pt", "A autoridade portuária de Itajaí estima prejuízo de R$ 30 milhões por dia de paralisação.",
			"Os exportadores de Itajaí calculam perdas de R$ 50 milhões diários com a paralisação.", []string{"R$ 30 milhões", "R$ 50 milhões"}},
		{"fr", "Quelque 90 clients de l'hôtel du Port ont été évacués en pleine nuit.",
			"Au total, 120 personnes ont été évacuées de l'hôtel du Port cette nuit.", []string{"90", "120"}},
		{"en", "Cyclone Arun made landfall near Bhola, packing sustained winds of up to 140 kilometres per hour.",
			"Cyclone Arun crossed the coast near Bhola with a maximum sustained wind speed of 155 km per hour.", []string{"140", "155"}},
	})
}

// A thing's number by its noun alone: a tram line, a lift's tower; a
// count elsewhere of the same value does not give it.
func TestNumberedByNoun(t *testing.T) {
	day, _ := crossread.ParseTimestamp("2027-01-19")
	checkPairs(t, day, []pairCase{
		{"de", "Eine Garnitur der Linie 3 ist am Dienstag in Linz mit einem Lkw zusammengestoßen.",
			"In Linz wollte ein Lieferwagen abbiegen, als die Garnitur der Linie 8 in die Kreuzung einfuhr.", []string{"3", "8"}},
		{"de", "Am Hochkogel war das Seil im Bereich der Stütze 4 entgleist. Sechs Skifahrer wurden verletzt.",
			"Das Seil der Sesselbahn am Hochkogel entgleiste bei Stütze 6, vier Fahrgäste fielen in die Tiefe.", []string{"4", "6"}},
	})
}

// An altitude told "a quota" before the figure, and the height of a fall
// told "aus … Metern Höhe".
func TestAltitudeByQuotaAndHeightOfAFall(t *testing.T) {
	day, _ := crossread.ParseTimestamp("2027-02-10")
	checkPairs(t, day, []pairCase{
		{"it", "La valanga si è staccata verso le 10.30 a quota 2.700 metri sopra Corvara.",
			"La slavina si è staccata sopra Corvara a circa 2.550 metri di quota.", []string{"2.700", "2.550"}},
		{"de", "Am Zwölferkogel stürzten mehrere Fahrgäste aus rund sieben Metern Höhe.",
			"Am Zwölferkogel fielen einige Fahrgäste aus bis zu zehn Metern Höhe in den Schnee.", []string{"sieben", "zehn"}},
		{"de", "Die Gondel löste sich am Hörnli vom Tragseil und stürzte rund 12 Meter in die Tiefe.",
			"Am Hörnli ist am Samstag eine Gondel aus etwa 20 Metern Höhe auf einen Hang gestürzt.", []string{"12", "20"}},
	})
}
