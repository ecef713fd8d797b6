package entity

import (
	"slices"
	"testing"

	"crossread"
)

// A capital standing for its government, a list missing its comma and a
// scraped heading word are not people; people the story shows to be people
// stay people.
func TestMergeConfirmsPeopleByStoryCues(t *testing.T) {
	docs := []*crossread.Doc{
		article(t, "a1",
			"Delegates from Vessen and Dorrin met on Monday. In particular Vessen wants closer ties with Europe, and Vessen's offer stands. Envoys of Kostan, Aravia and Dorrin watched.",
			"LOC:Vessen", "LOC:Dorrin", "PERSON:Vessen", "LOC:Europe", "PERSON:Vessen's", "LOC:Kostan", "LOC:Aravia", "LOC:Dorrin"),
		article(t, "a2",
			"The deal was backed by Kostan Aravia and Dorrin. Harbor Weekly Provisos and doubts remain.\n\n"+
				"\"We will sign,\" Okonjo said. Brannagh, 54, disagreed. Mr. Feld left early. Harlan's wife stayed. Tessaro arrived late. He spoke first.",
			"PERSON:Kostan Aravia", "LOC:Dorrin", "PERSON:Provisos", "PERSON:Okonjo", "PERSON:Brannagh", "PERSON:Feld",
			"PERSON:Harlan's", "PERSON:Tessaro"),
	}
	docs[1].Sentences = splitSentencesForTest("a2", docs[1].Article.Text)
	es := Merge(docs)
	for _, e := range es {
		t.Logf("%-6s %d %-14s %q", e.Type, e.Mentions, e.Name, e.Aliases)
	}
	typeOf := func(name string) string {
		if e := findEntity(es, name); e != nil {
			return e.Type
		}
		return ""
	}
	if got := typeOf("Vessen"); got != crossread.LOC {
		t.Errorf("Vessen (called a person twice, a place once, no person cue) is %q, want LOC", got)
	}
	if e := findEntity(es, "Vessen"); e == nil || e.Mentions != 3 {
		t.Errorf("Vessen entity %+v, want its three mentions", e)
	}
	if e := findEntity(es, "Kostan Aravia"); e != nil {
		t.Errorf("the list %q stayed one name (%s)", e.Name, e.Type)
	}
	for _, place := range []string{"Kostan", "Aravia"} {
		if e := findEntity(es, place); e == nil || e.Type != crossread.LOC || e.Mentions != 2 {
			t.Errorf("%s = %+v, want a place with two mentions", place, e)
		}
	}
	if e := findEntity(es, "Provisos"); e != nil {
		t.Errorf("a heading word with no person cue is an entity: %+v", e)
	}
	for _, p := range []string{"Okonjo", "Brannagh", "Feld", "Harlan", "Tessaro"} {
		if got := typeOf(p); got != crossread.PERSON {
			t.Errorf("%s is %q, want PERSON", p, got)
		}
	}
}

func TestPersonCue(t *testing.T) {
	cases := []struct {
		text, name string
		want       bool
	}{
		{"\"It is over,\" said Lindqvist.", "Lindqvist", true},
		{"Officials said Nurzhol would sign the deal.", "Nurzhol", false},
		{"Nurzhol wants closer ties with Europe.", "Nurzhol", false},
		{"Nurzhol, who chairs the board, left.", "Nurzhol", true},
		{"Senator Abara voted no.", "Abara", true},
		{"The offer was Nurzhol's idea.", "Nurzhol", false},
		{"Abara's lawyers appealed.", "Abara", true},
		{"Abara told the court it was a mistake.", "Abara", true},
		{"The port will reopen, according to Abara.", "Abara", true},
		{"Abara, whose firm built the port, left.", "Abara", true},
		{"Abara, the associate director of the port authority, left.", "Abara", true},
		{"Nurzhol, the capital, is cold.", "Nurzhol", false},
		{"He met his wife, Ana, in Caracas.", "Ana", true},
		{"Kevin was snoring.", "Kevin", true},
	}
	for _, c := range cases {
		d := article(t, "c", c.text, "PERSON:"+c.name)
		if got := personCue(d, d.Mentions[0]); got != c.want {
			t.Errorf("%q: cue for %s = %v, want %v", c.text, c.name, got, c.want)
		}
	}
}

func TestRetypeFalsePersons(t *testing.T) {
	m := loadedModel()
	if m == nil {
		t.Skip("no model")
	}
	cases := []struct {
		words  []string
		chunks []Chunk
		want   []Chunk
	}{
		{ // a maker's name before its product
			[]string{"purchases", "of", "Henry", "Lambert", "tractors"},
			[]Chunk{{2, 4, "PER"}},
			[]Chunk{{2, 4, "ORG"}},
		},
		{ // two countries with the comma missing
			[]string{"signed", "by", "Tunisia", "Algeria", "and", "Libya"},
			[]Chunk{{2, 4, "PER"}, {5, 6, "LOC"}},
			[]Chunk{{2, 3, "LOC"}, {3, 4, "LOC"}, {5, 6, "LOC"}},
		},
		{ // an unknown word joined to a place
			[]string{"players", "such", "as", "Nurzhol", "and", "Baku"},
			[]Chunk{{3, 4, "PER"}, {5, 6, "LOC"}},
			[]Chunk{{3, 4, "LOC"}, {5, 6, "LOC"}},
		},
		{ // a title keeps a person a person
			[]string{"Secretary", "Henry", "Lambert", "shares", "the", "view"},
			[]Chunk{{1, 3, "PER"}},
			[]Chunk{{1, 3, "PER"}},
		},
	}
	for _, c := range cases {
		got := retypeFalsePersons(slices.Clone(c.chunks), c.words, m)
		if !slices.Equal(got, c.want) {
			t.Errorf("%q: %v → %v, want %v", c.words, c.chunks, got, c.want)
		}
	}
}

func TestRecognizeMakersAndPlaceLists(t *testing.T) {
	text := "The package includes purchases of Airbus jets, Henry Lambert tractors and Siemens turbines.\n\n" +
		"The pact was signed by Egypt, Tunisia Algeria and Libya. Winning over key players such as Nurzhol and Baku matters.\n\n" +
		"\"The move matters,\" a statement by the Tavrian government said."
	got := map[string]string{}
	for _, m := range Recognize(docFromText("r", text)) {
		got[m.Text] = m.Type
	}
	for name, typ := range map[string]string{"Henry Lambert": crossread.ORG, "Tavrian government": crossread.ORG, "Baku": crossread.LOC} {
		if got[name] != typ {
			t.Errorf("%q: %q, want %q (all %v)", name, got[name], typ, got)
		}
	}
	for name, typ := range got {
		if typ == crossread.PERSON {
			t.Errorf("%q tagged a person", name)
		}
	}
}

func TestMergeDropsHeadlineWordsTakenForAName(t *testing.T) {
	d := article(t, "h",
		"Gulf Leaders Forge Trade Deals At Harbor Summit\n\nThe leaders met on Monday. Bill Harmon attended the dinner.",
		"PERSON:Forge Trade", "PERSON:Bill Harmon")
	es := Merge([]*crossread.Doc{d})
	if e := findEntity(es, "Forge Trade"); e != nil {
		t.Errorf("headline words %q kept as %s", e.Name, e.Type)
	}
	if e := findEntity(es, "Bill Harmon"); e == nil || e.Type != crossread.PERSON {
		t.Errorf("Bill Harmon = %+v, want a person", e)
	}
}

func TestMergeHeadNounBackReference(t *testing.T) {
	one := article(t, "b1", "Moldova joined the Danube Accords on Monday. Its accession to the Accords was welcomed.",
		"LOC:Moldova", "MISC:Danube Accords", "ORG:Accords")
	es := Merge([]*crossread.Doc{one})
	if e := findEntity(es, "Accords"); e == nil || e.Name != "Danube Accords" || e.Type != crossread.MISC {
		t.Errorf("the Accords = %+v, want the Danube Accords", e)
	}
	two := article(t, "b2", "The Harbor Institute and the Lakeside Institute disagreed. The Institute declined to comment.",
		"ORG:Harbor Institute", "ORG:Lakeside Institute", "ORG:Institute")
	es = Merge([]*crossread.Doc{two})
	if e := findEntity(es, "Institute"); e == nil || e.Name != "Institute" {
		t.Errorf("the Institute, with two institutes named, = %+v, want an entity of its own", e)
	}
}

// The tagger's majority is not always right about people: a full name it
// called an organisation more often than a person, and a surname it called
// a place, are people when the story shows a person.
func TestMergeRestoresPeopleTheTaggerMistyped(t *testing.T) {
	d := article(t, "p",
		"7 p.m. Ellen Whitlock is questioning the result. 6 p.m. Ellen Whitlock says she will appeal. Ellen Whitlock, who is 70, left. Whitlock spoke. "+
			"Mr. Harlow arrived. Harlow met the voters. Harlow left before noon. Harlow is tired.",
		"ORG:Ellen Whitlock", "ORG:Ellen Whitlock", "PERSON:Ellen Whitlock", "PERSON:Whitlock",
		"PERSON:Harlow", "LOC:Harlow", "LOC:Harlow", "LOC:Harlow")
	es := Merge([]*crossread.Doc{d})
	for _, e := range es {
		t.Logf("%-6s %d %-14s %q", e.Type, e.Mentions, e.Name, e.Aliases)
	}
	if e := findEntity(es, "Ellen Whitlock"); e == nil || e.Type != crossread.PERSON || e.Mentions != 4 {
		t.Errorf("Ellen Whitlock = %+v, want a person with all four mentions", e)
	}
	if e := findEntity(es, "Harlow"); e == nil || e.Type != crossread.PERSON {
		t.Errorf("Mr. Harlow = %+v, want a person", e)
	}
}

// TestInstitutionsAndRoyalTitles: a name ending in an institution's head
// is an organisation; a royal title opens a person's name only where no
// capitalised word stands before it.
func TestInstitutionsAndRoyalTitles(t *testing.T) {
	text := "Thieves stole a tiara that belonged to Queen Isolde from the Marlowe Museum on Sunday.\n\n" +
		"The victims were taken to Mercy Hospital. Gayle King interviewed the director on Monday."
	got := map[string]string{}
	for _, m := range Recognize(docFromText("r", text)) {
		got[m.Text] = m.Type
	}
	for name, typ := range map[string]string{"Isolde": crossread.PERSON, "Marlowe Museum": crossread.ORG,
		"Mercy Hospital": crossread.ORG, "Gayle King": crossread.PERSON} {
		if got[name] != typ {
			t.Errorf("%q: %q, want %q (all %v)", name, got[name], typ, got)
		}
	}
}
