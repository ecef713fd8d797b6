package claim

import (
	"strings"
	"testing"

	"crossread"
	"crossread/nlp"
)

func alignTexts(texts ...string) *Alignment {
	var docs []*crossread.Doc
	for i, t := range texts {
		id := string(rune('a' + i))
		a := &crossread.Article{ID: id, Source: "outlet " + id, Text: t}
		docs = append(docs, &crossread.Doc{Article: a, Sentences: nlp.Sentences(id, t)})
	}
	return Align(docs, nil)
}

func sentenceWith(a *Alignment, sub string) *Sentence {
	for _, x := range a.Sentences {
		if strings.Contains(x.Text, sub) {
			return x
		}
	}
	return nil
}

func TestIsCaption(t *testing.T) {
	for _, c := range []struct {
		in   string
		want bool
	}{
		{"Finance Minister Ada Berg meets with union leaders at the ministry in Oslo on March 3.", true},
		{"Mayor Tom Reyes speaks to reporters during a visit in Harbour City on Monday.", true},
		{"Ada Berg (left) greets the delegation at the airport on 4 May.", true},
		{"Finance Minister Ada Berg met union leaders at the ministry on March 3.", false},
		{"Ada Berg says the budget will pass in Oslo on Monday.", false},
		{"The minister meets union leaders every month to discuss wages.", false},
		{"Ada Berg meets the press.", false},
		// a number in words opens a lead's subject, no name
		{"Forty-two passengers and four crew are safe after a regional flight made an emergency landing at Dubbo Airport this morning.", false},
		// a capitalised article, not a name, before a plural noun
		{"The floods swept through the town late on Thursday, submerging hundreds of homes.", false},
		// a number opening the subject
		{"Five carriages of a regional train came off the rails near Lindau on Friday, leaving 35 people injured.", false},
		// a plural noun whose verb comes a few words later
		{"Rescue teams in Colombia worked through the night to reach miners trapped underground.", false},
		{"Republican lawmakers on Thursday unveiled their infrastructure counteroffer to President Biden.", false},
	} {
		if got := IsCaption(c.in); got != c.want {
			t.Errorf("IsCaption(%q) = %v, want %v", c.in, got, c.want)
		}
	}
}

func TestAlign_CaptionParagraphIsNoStatement(t *testing.T) {
	a := alignTexts("Finance Minister Ada Berg meets with union leaders at the ministry in Oslo on March 3.\n\n" +
		"The government and the unions agreed on a two-year wage deal on Tuesday. The deal raises pay by four percent.")
	cap := sentenceWith(a, "meets with union")
	if cap == nil || cap.Statement || !cap.Caption {
		t.Fatalf("caption paragraph: %+v", cap)
	}
	lead := sentenceWith(a, "agreed on a two-year")
	if lead == nil || !lead.Statement || lead.Caption {
		t.Errorf("body sentence: %+v", lead)
	}
	// the same words inside a paragraph of several sentences are no caption
	b := alignTexts("Ada Berg meets with union leaders in Oslo on March 3. The talks are expected to last two days.")
	if x := sentenceWith(b, "meets with union"); x == nil || x.Caption || !x.Statement {
		t.Errorf("sentence of a running paragraph taken for a caption: %+v", x)
	}
}

func TestAlign_VerblessFragmentIsNoStatement(t *testing.T) {
	a := alignTexts("The council voted on the budget late on Tuesday.\n\nThe city’s long road toward a better budget. The mayor welcomed the vote and thanked the council.")
	if x := sentenceWith(a, "long road"); x == nil || x.Statement {
		t.Errorf("verbless fragment taken for a statement: %+v", x)
	}
	for _, s := range []string{"voted on the budget", "welcomed the vote"} {
		if x := sentenceWith(a, s); x == nil || !x.Statement {
			t.Errorf("%q should be a statement: %+v", s, x)
		}
	}
	for _, s := range []string{"Officials went to the site after the storm.", "The storm hits the coast every winter season.", "Rescuers have found two more survivors today."} {
		if !hasVerb(s) {
			t.Errorf("hasVerb(%q) = false", s)
		}
	}
}

func TestAlign_GluedHeadingIsNoStatement(t *testing.T) {
	a := alignTexts("The plan matters to many families. Officials hope the move will help.\n\n" +
		"Why the Plan Matters Families across the region will pay less for heating this winter.\n\n" +
		"Why the plan was delayed remains unclear to the families.")
	if x := sentenceWith(a, "Why the Plan Matters"); x == nil || x.Statement {
		t.Errorf("heading glued to a sentence taken for a statement: %+v", x)
	}
	if x := sentenceWith(a, "Why the plan was delayed"); x == nil || !x.Statement {
		t.Errorf("a sentence opening with why: %+v", x)
	}
}

func TestAlign_LabelPrefixLeftOut(t *testing.T) {
	text := "The council approved the budget on Tuesday after a long debate.\n\nEditor's summary: The budget doubles spending on night buses across the city.\n\nAt 10:30 the session was closed by the chair of the council."
	a := alignTexts(text)
	x := sentenceWith(a, "doubles spending")
	if x == nil || !strings.HasPrefix(x.Text, "The budget doubles") || text[x.Span.Start:x.Span.End] != x.Text {
		t.Errorf("label not left out of the sentence or span wrong: %+v", x)
	}
	if y := sentenceWith(a, "the session was closed"); y == nil || !strings.HasPrefix(y.Text, "At 10:30") {
		t.Errorf("a time is no label: %+v", y)
	}
}

func TestLabelLength_Datelines(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"WASHINGTON (AP) — The Senate passed the spending bill late on Friday night.", "The Senate passed"},
		{"(CNN) - Patience is in ever-shorter supply across the country.", "Patience is"},
		{"CHARLOTTE, N.C. — The closely watched special election ended in a recount.", "The closely"},
		{"LISBON, March 14 (Wire) - Rescuers searched on Saturday for three people still missing.", "Rescuers searched"},
		{"KYIV, Ukraine (AP) — Air raid sirens sounded across the capital before dawn on Monday.", "Air raid"},
		{"PESO DA RÉGUA, Portugal — At least 14 people have died after the river burst its banks.", "At least"},
		{"LONDON, Sept. 3 (Reuters) - Britain's economy grew faster than expected in July.", "Britain's economy"},
		{"NATO — the alliance formed in 1949 — met again on Monday in Brussels.", "NATO — the"},
		{"US President Joe Biden signed the bill on Friday in the Oval Office.", "US President"},
	} {
		if got := c.in[labelLength(c.in):]; !strings.HasPrefix(got, c.want) {
			t.Errorf("%q: sentence taken as %q, want it to start %q", c.in, got, c.want)
		}
	}
}

func TestAlign_SameMainClauseDifferentDetails(t *testing.T) {
	a := alignTexts(
		"Norland will join the Harbour Pact, a trade bloc founded by five coastal states to cut tariffs on fish and grain.",
		"Norland has announced its decision to join the Harbour Pact, a series of customs deals between northern ports.",
		"Norland may soon join the Harbour Pact — the shipping framework that promotes lower port fees — according to a senior official.",
		"Norland will not join the Harbour Pact, a minister insisted, despite pressure from its neighbours and exporters.",
	)
	g := a.GroupOf[sentenceWith(a, "Norland will join")]
	if g == nil || g.Support != 3 {
		t.Fatalf("the three outlets stating the same main clause should make one claim of support 3: %+v", g)
	}
	if neg := sentenceWith(a, "will not join"); a.GroupOf[neg] == g {
		t.Error("the negated statement was grouped with the claim it denies")
	}
}

func TestStandsAlone_Pronouns(t *testing.T) {
	for _, c := range []struct {
		in   string
		want bool
	}{
		{"The city has closed two other bridges while engineers inspect them.", true},
		{"Mayor Ilse Marrow said she would order an inquiry into the collapse.", true},
		{"Marrow said she would order an inquiry.", true},
		{"Residents said they had warned the council for years.", true},
		{"Before joining the paper in 2011, he worked as a lawyer.", false},
		{"Officials thanked him for the warning on Monday.", false},
		{"The council said it would thank them later this week.", false},
		{"This includes a package of deals worth $2 billion.", false},
		{"He said the bridge was safe.", false},
		{"The backdrop to the decision also reveals layers of interest.", false},
		{"The port handled four million tonnes and also served as a naval base in the war.", true},
	} {
		if got := StandsAlone(c.in); got != c.want {
			t.Errorf("StandsAlone(%q) = %v, want %v", c.in, got, c.want)
		}
	}
}
