package entity

import (
	"slices"
	"strings"
	"testing"

	"crossread"
)

func mergeTexts(t *testing.T, texts ...string) []crossread.Entity {
	t.Helper()
	var docs []*crossread.Doc
	for i, text := range texts {
		d := docFromText(string(rune('a'+i)), text)
		d.Mentions = Recognize(d)
		docs = append(docs, d)
	}
	es := Merge(docs)
	for _, e := range es {
		t.Logf("%-6s %d %-28s %q", e.Type, e.Mentions, e.Name, e.Aliases)
	}
	return es
}

// entityWith returns the entity one of whose aliases contains s as a word.
func entityWith(es []crossread.Entity, s string) *crossread.Entity {
	for k := range es {
		for _, a := range es[k].Aliases {
			if containsWord(a, s) {
				return &es[k]
			}
		}
	}
	return nil
}

func TestHeadingWordsAreNotEntities(t *testing.T) {
	es := mergeTexts(t,
		"What's Brewing?\n\n"+
			"Moldova has announced that it will join the Danube Pact, a set of trade deals between Romania and several Balkan states. Officials in Chisinau said the decision was made after months of talks.\n\n"+
			"The Background of Moldova's Choice\n\n"+
			"Moldova already trades heavily with Romania, and the new pact deepens those ties. President Maia Sandu said the pact would bring investment.\n\n"+
			"Risks for Farming and Shipping\n\n"+
			"Analysts in Bucharest warned that grain exports could fall if the pact delays port upgrades.\n\n"+
			"Beyond the Numbers\n\n"+
			"Moldova's move is seen as a signal to the European Union.")
	for _, w := range []string{"Brewing", "Background", "Farming", "Shipping", "Numbers"} {
		if e := entityWith(es, w); e != nil {
			t.Errorf("heading word %q is in entity %q (%s)", w, e.Name, e.Type)
		}
	}
	mol := findEntity(es, "Moldova")
	if mol == nil || mol.Type != crossread.LOC {
		t.Fatalf("Moldova = %+v", mol)
	}
	// The heading's mention of Moldova stays Moldova's.
	text := "The Background of Moldova's Choice"
	found := false
	for _, s := range mol.Spans {
		if s.Text == "Moldova" && s.Start > 0 && strings.Contains(text, s.Text) {
			found = true
		}
	}
	if !found {
		t.Errorf("Moldova spans %+v", mol.Spans)
	}
	for _, name := range []string{"Romania", "Maia Sandu", "European Union", "Danube Pact"} {
		if findEntity(es, name) == nil {
			t.Errorf("no entity %q", name)
		}
	}
}

// docWithMentions builds a document whose mentions are given as (text,
// type) pairs, found in order in the text: the story-level rules are
// tested apart from what the tagger makes of the text.
func docWithMentions(t *testing.T, id, text string, pairs ...[2]string) *crossread.Doc {
	t.Helper()
	d := docFromText(id, text)
	off := 0
	for _, p := range pairs {
		i := strings.Index(text[off:], p[0])
		if i < 0 {
			t.Fatalf("%q not in the text after %d", p[0], off)
		}
		s := off + i
		d.Mentions = append(d.Mentions, crossread.Mention{Span: crossread.Span{ArticleID: id, Start: s, End: s + len(p[0])}, Text: p[0], Type: p[1]})
		off = s + len(p[0])
	}
	return d
}

func logEntities(t *testing.T, es []crossread.Entity) {
	t.Helper()
	for _, e := range es {
		t.Logf("%-6s %d %-28s %q", e.Type, e.Mentions, e.Name, e.Aliases)
	}
}

func TestHeadingOnlyNameNarrowedToItsBodyPart(t *testing.T) {
	text := "The Context of Moldova's Choice\n\nMoldova signed the pact on Monday. Officials in Chisinau welcomed it.\n\nImplications for Farming and Shipping\n\nGrain exports may fall."
	d := docWithMentions(t, "a", text,
		[2]string{"Context of Moldova", "ORG"}, [2]string{"Moldova", "LOC"}, [2]string{"Chisinau", "LOC"},
		[2]string{"Farming and Shipping", "ORG"})
	es := Merge([]*crossread.Doc{d})
	logEntities(t, es)
	if len(es) != 2 {
		t.Fatalf("want Moldova and Chisinau only, got %d entities", len(es))
	}
	mol := findEntity(es, "Moldova")
	if mol == nil || mol.Type != crossread.LOC || mol.Mentions != 2 || !slices.Equal(mol.Aliases, []string{"Moldova"}) {
		t.Fatalf("Moldova = %+v", mol)
	}
	if s := mol.Spans[0]; s.Start != strings.Index(text, "Moldova") || s.Text != "Moldova" || s.Type != crossread.LOC {
		t.Errorf("heading span %+v", s)
	}
}

func TestHeadingNameKeptWhenBodyOrTrainingNamesIt(t *testing.T) {
	// "Beyond the Kremlin": the training data knows the Kremlin; "Inside
	// Halvorsen Brandt": the body names the company.
	text := "Beyond the Kremlin\n\nThe talks went on.\n\nInside Halvorsen Brandt\n\nHalvorsen Brandt makes tractors. Ortiz Varga said it would grow."
	d := docWithMentions(t, "a", text,
		[2]string{"Kremlin", "LOC"}, [2]string{"Halvorsen Brandt", "ORG"}, [2]string{"Halvorsen Brandt", "ORG"},
		[2]string{"Ortiz Varga", "PERSON"})
	es := Merge([]*crossread.Doc{d})
	logEntities(t, es)
	if e := findEntity(es, "Kremlin"); e == nil {
		t.Error("the Kremlin was dropped")
	}
	if e := findEntity(es, "Halvorsen Brandt"); e == nil || e.Mentions != 2 {
		t.Errorf("Halvorsen Brandt = %+v", e)
	}
}

func TestGluedHeadingNarrowedToTheNameAfterIt(t *testing.T) {
	text := "Moldova joined the pact on Monday.\n\nWhy the Vote Matters Moldova's entry is seen by officials as a boost to the pact.\n\nOfficials in Moldova agreed."
	d := docWithMentions(t, "a", text,
		[2]string{"Moldova", "LOC"}, [2]string{"Vote Matters Moldova", "ORG"}, [2]string{"Moldova", "LOC"})
	es := Merge([]*crossread.Doc{d})
	logEntities(t, es)
	if len(es) != 1 || es[0].Name != "Moldova" || es[0].Mentions != 3 || es[0].Type != crossread.LOC {
		t.Fatalf("want Moldova alone, three mentions: %+v", es)
	}
	// A name in the middle of a sentence is no glued heading, nor is a
	// known name followed by a place.
	text = "Moldova joined. Later the Vote Matters Moldova group met in Chisinau, and Moldova agreed."
	d = docWithMentions(t, "b", text,
		[2]string{"Moldova", "LOC"}, [2]string{"Vote Matters Moldova", "ORG"}, [2]string{"Chisinau", "LOC"}, [2]string{"Moldova", "LOC"})
	if e := findEntity(Merge([]*crossread.Doc{d}), "Vote Matters Moldova"); e == nil {
		t.Error("a mid-sentence organisation was narrowed")
	}
}

func TestCoordinatedNameShorteningJoinsTheFullName(t *testing.T) {
	text := "Trade across Central Europe grew. Geopolitics in Central and Eastern Europe is shifting. Upper and Eastern Europe differ."
	d := docWithMentions(t, "a", text,
		[2]string{"Central Europe", "LOC"}, [2]string{"Central", "LOC"}, [2]string{"Eastern Europe", "LOC"},
		[2]string{"Upper", "LOC"}, [2]string{"Eastern Europe", "LOC"})
	es := Merge([]*crossread.Doc{d})
	logEntities(t, es)
	ce := findEntity(es, "Central Europe")
	if ce == nil || ce.Mentions != 2 || !slices.Equal(ce.Aliases, []string{"Central Europe"}) {
		t.Errorf("Central Europe = %+v", ce)
	}
	if e := findEntity(es, "Central"); e != nil && e != ce {
		t.Errorf("Central alone is an entity: %+v", e)
	}
	// "Upper Europe" is not in the story: "Upper" stays a lone word, and
	// an unsupported ordinary one.
	if e := findEntity(es, "Upper"); e != nil {
		t.Errorf("Upper = %+v", e)
	}
}

func TestOrdinaryWordPlaceNeedsSupport(t *testing.T) {
	text := "Kazan strengthened ties with the West. Beyond Middle thinking, the Lower plan failed. Turkey agreed."
	d := docWithMentions(t, "a", text,
		[2]string{"Kazan", "LOC"}, [2]string{"West", "LOC"}, [2]string{"Middle", "LOC"}, [2]string{"Lower", "ORG"}, [2]string{"Turkey", "LOC"})
	es := Merge([]*crossread.Doc{d})
	logEntities(t, es)
	for _, name := range []string{"Kazan", "West", "Turkey"} {
		if findEntity(es, name) == nil {
			t.Errorf("%s was dropped", name)
		}
	}
	if e := findEntity(es, "Middle"); e != nil {
		t.Errorf("Middle = %+v", e)
	}
	// "the Lower plan": training never names "Lower", but "the" shows a
	// name ("the West").
	if e := findEntity(es, "Lower"); e == nil {
		t.Error("the Lower (after 'the') was dropped")
	}
}

func TestHeadingNameKeptWhenBodyUsesItsAcronym(t *testing.T) {
	text := "Inside the Moldovan Farmers Union\n\nThe MFU said grain exports would fall."
	d := docWithMentions(t, "a", text, [2]string{"Moldovan Farmers Union", "ORG"}, [2]string{"MFU", "ORG"})
	es := Merge([]*crossread.Doc{d})
	logEntities(t, es)
	if e := findEntity(es, "Moldovan Farmers Union"); e == nil {
		t.Error("the heading's organisation was dropped though the body uses its acronym")
	}
}

func TestOrdinaryWordOrganisationSpokenToIsKept(t *testing.T) {
	text := "Her agent told Outlook she was resting. A friend confirmed to Outlook on Friday that she left. Outlook said so. Many people agreed, and the outlook is good."
	d := docWithMentions(t, "a", text, [2]string{"Outlook", "ORG"}, [2]string{"Outlook", "ORG"}, [2]string{"Outlook", "ORG"})
	es := Merge([]*crossread.Doc{d})
	logEntities(t, es)
	if e := findEntity(es, "Outlook"); e == nil || e.Mentions != 3 {
		t.Errorf("Outlook = %+v", e)
	}
	d = docWithMentions(t, "b", "Outlook said so, and the outlook is good.", [2]string{"Outlook", "ORG"})
	if e := findEntity(Merge([]*crossread.Doc{d}), "Outlook"); e != nil {
		t.Errorf("an ordinary word nothing shows to be a name was kept: %+v", e)
	}
}

// FuzzSurelyNotTitle checks that the quick scan never rules out a line
// isTitleLine would call a heading.
func FuzzSurelyNotTitle(f *testing.F) {
	for _, s := range []string{"What's Happening?", "Beyond the Numbers", "Why the Vote Matters Moldova's entry is seen by officials",
		"Atlantic Council/National Bureau", "Implications for Farming and Shipping", "a—b—c—d Big/Small", "Ünïcode Wörds—für Alle"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, line string) {
		if strings.ContainsRune(line, '\n') || !surelyNotTitle(line) {
			return
		}
		toks := Tokenize(line, 0, len(line))
		if len(toks) == 0 {
			return
		}
		ws := make([]string, len(toks))
		for i, tk := range toks {
			ws[i] = tk.Text
		}
		if isTitleLine(ws) {
			t.Fatalf("%q: ruled out, but isTitleLine(%q)", line, ws)
		}
	})
}
