package entity

import (
	"slices"
	"strings"
	"testing"

	"crossread"
)

// article builds a Doc whose mentions are given as "Type:Text" in reading
// order; each is located after the previous one, so a repeated name is
// found at its next occurrence.
func article(t *testing.T, id, text string, mentions ...string) *crossread.Doc {
	t.Helper()
	d := &crossread.Doc{Article: &crossread.Article{ID: id, Text: text}}
	from := 0
	for _, m := range mentions {
		typ, name, _ := strings.Cut(m, ":")
		k := strings.Index(text[from:], name)
		if k < 0 {
			t.Fatalf("%s: %q not found after byte %d", id, name, from)
		}
		s := from + k
		d.Mentions = append(d.Mentions, crossread.Mention{Span: crossread.Span{ArticleID: id, Start: s, End: s + len(name)}, Text: name, Type: typ})
		from = s + len(name)
	}
	return d
}

// storyFixture is a hand-written three-article story about invented events.
func storyFixture(t *testing.T) []*crossread.Doc {
	return []*crossread.Doc{
		article(t, "a1",
			"Ukrainian President Volodymyr Zelensky met Libyan envoys in Geneva. Zelensky's aides said the Trump administration backed the talks, and Donald Trump called them useful. Israel stayed silent; the Israeli government declined to comment. Hillary Clinton and Bill Clinton attended a dinner. Clinton spoke first. The European Union said the EU would help.",
			"PERSON:Volodymyr Zelensky", "MISC:Libyan", "LOC:Geneva", "PERSON:Zelensky's", "ORG:Trump administration",
			"PERSON:Donald Trump", "LOC:Israel", "MISC:Israeli", "PERSON:Hillary Clinton", "PERSON:Bill Clinton", "PERSON:Clinton",
			"ORG:European Union", "ORG:EU"),
		article(t, "a2",
			"Volodymyr Zelenskyy told reporters that Muammar Qadhafi's old palace was empty. Mr Zelenskyy’s office agreed. Trump said nothing. Bill Clinton arrived late, and later Clinton left.",
			"PERSON:Volodymyr Zelenskyy", "PERSON:Muammar Qadhafi's", "PERSON:Mr Zelenskyy’s", "PERSON:Trump", "PERSON:Bill Clinton", "PERSON:Clinton"),
		article(t, "a3",
			"Zelenskiy praised Kadhafi's critics. President Zelenskiy also mentioned Gaddafi. Clinton was not there.",
			"PERSON:Zelenskiy", "PERSON:Kadhafi's", "PERSON:President Zelenskiy", "PERSON:Gaddafi", "PERSON:Clinton"),
	}
}

func findEntity(es []crossread.Entity, alias string) *crossread.Entity {
	for i := range es {
		if slices.Contains(es[i].Aliases, alias) {
			return &es[i]
		}
	}
	return nil
}

func TestMergeJoinsTransliterationsSurnamesTitlesAndPossessives(t *testing.T) {
	es := Merge(storyFixture(t))
	z := findEntity(es, "Volodymyr Zelensky")
	if z == nil {
		t.Fatal("no Zelensky entity")
	}
	if z.Name != "Volodymyr Zelensky" || z.Type != crossread.PERSON {
		t.Errorf("name/type = %q/%q", z.Name, z.Type)
	}
	want := []string{"Volodymyr Zelensky", "Volodymyr Zelenskyy", "Zelensky", "Zelenskyy", "Zelenskiy"}
	for _, a := range want {
		if !slices.Contains(z.Aliases, a) {
			t.Errorf("Zelensky aliases %q lack %q", z.Aliases, a)
		}
	}
	for _, a := range z.Aliases {
		if strings.Contains(a, "'") || strings.Contains(a, "’") || strings.HasPrefix(a, "Mr") || strings.HasPrefix(a, "President") {
			t.Errorf("alias %q keeps a possessive or a title", a)
		}
	}
	if z.Mentions != 6 || len(z.ArticleIDs) != 3 {
		t.Errorf("Zelensky: %d mentions in %v, want 6 in 3 articles", z.Mentions, z.ArticleIDs)
	}
	g := findEntity(es, "Muammar Qadhafi")
	if g == nil || !slices.Contains(g.Aliases, "Kadhafi") || !slices.Contains(g.Aliases, "Gaddafi") {
		t.Errorf("Qadhafi/Kadhafi/Gaddafi not merged: %+v", g)
	}
	tr := findEntity(es, "Donald Trump")
	if tr == nil || !slices.Contains(tr.Aliases, "Trump") {
		t.Errorf("Trump not merged into Donald Trump: %+v", tr)
	}
	eu := findEntity(es, "European Union")
	if eu == nil || !slices.Contains(eu.Aliases, "EU") {
		t.Errorf("EU not merged into European Union: %+v", eu)
	}
}

func TestMergeKeepsDifferentThingsApart(t *testing.T) {
	es := Merge(storyFixture(t))
	apart := [][2]string{
		{"Donald Trump", "Trump administration"},
		{"Israel", "Israeli"},
		{"Hillary Clinton", "Bill Clinton"},
		{"Libyan", "Muammar Qadhafi"},
	}
	for _, p := range apart {
		a, b := findEntity(es, p[0]), findEntity(es, p[1])
		if a == nil || b == nil {
			t.Errorf("missing %q or %q", p[0], p[1])
			continue
		}
		if a == b {
			t.Errorf("%q and %q merged into %q", p[0], p[1], a.Name)
		}
	}
	if adm := findEntity(es, "Trump administration"); adm != nil && adm.Type != crossread.ORG {
		t.Errorf("Trump administration type %q", adm.Type)
	}
}

func TestMergeResolvesSharedSurnameByRecency(t *testing.T) {
	es := Merge(storyFixture(t))
	spansOf := func(name string) map[string]int {
		e := findEntity(es, name)
		if e == nil {
			t.Fatalf("no %q", name)
		}
		n := map[string]int{}
		for _, s := range e.Spans {
			if s.Text == "Clinton" {
				n[s.ArticleID]++
			}
		}
		return n
	}
	// a1: "Clinton" right after "Bill Clinton"; a2: after "Bill Clinton".
	if got := spansOf("Bill Clinton"); got["a1"] != 1 || got["a2"] != 1 {
		t.Errorf("Bill Clinton's bare-surname mentions = %v", got)
	}
	if got := spansOf("Hillary Clinton"); len(got) != 0 {
		t.Errorf("Hillary Clinton got bare-surname mentions %v", got)
	}
	// a3 names no Clinton before its bare "Clinton": it stays on its own.
	alone := 0
	for _, e := range es {
		if e.Name == "Clinton" {
			alone++
			if len(e.ArticleIDs) != 1 || e.ArticleIDs[0] != "a3" {
				t.Errorf("lone Clinton in %v", e.ArticleIDs)
			}
		}
	}
	if alone != 1 {
		t.Errorf("%d lone Clinton entities, want 1", alone)
	}
}

func TestMergeSpansPointIntoText(t *testing.T) {
	docs := storyFixture(t)
	texts := map[string]string{}
	for _, d := range docs {
		texts[d.Article.ID] = d.Article.Text
	}
	for _, e := range Merge(docs) {
		for _, s := range e.Spans {
			if texts[s.ArticleID][s.Start:s.End] != s.Text {
				t.Errorf("%s: span %d-%d is %q, text %q", e.Name, s.Start, s.End, texts[s.ArticleID][s.Start:s.End], s.Text)
			}
		}
	}
}

func TestMergeEmpty(t *testing.T) {
	if es := Merge(nil); es == nil || len(es) != 0 {
		t.Errorf("Merge(nil) = %#v, want empty", es)
	}
}

func TestMergeInitialsAndMiddleNames(t *testing.T) {
	docs := []*crossread.Doc{
		article(t, "b1", "J.D. Vance met John F. Kennedy Jr. fans. Vance spoke.",
			"PERSON:J.D. Vance", "PERSON:John F. Kennedy Jr.", "PERSON:Vance"),
		article(t, "b2", "JD Vance and John Kennedy Jr. Kennedy laughed.",
			"PERSON:JD Vance", "PERSON:John Kennedy Jr.", "PERSON:Kennedy"),
	}
	es := Merge(docs)
	v := findEntity(es, "Vance")
	if v == nil || !slices.Contains(v.Aliases, "J.D. Vance") || !slices.Contains(v.Aliases, "JD Vance") {
		t.Errorf("Vance entity = %+v", v)
	}
	k := findEntity(es, "John F. Kennedy Jr.")
	if k == nil || k.Mentions != 3 || k.Name != "John F. Kennedy Jr." {
		t.Errorf("Kennedy entity = %+v", k)
	}
}

func TestNormaliseMention(t *testing.T) {
	cases := []struct{ text, typ, want string }{
		{"Zelensky's", crossread.PERSON, "Zelensky"},
		{"Zelensky’s", crossread.PERSON, "Zelensky"},
		{"Kazakh President Tokayev", crossread.PERSON, "Tokayev"},
		{"Prime Minister Jane Roe", crossread.PERSON, "Jane Roe"},
		{"the Kremlin", crossread.ORG, "Kremlin"},
		{"the ministers'", crossread.ORG, "ministers"},
		{"The Hague", crossread.LOC, "Hague"},
		{"--", crossread.MISC, ""},
	}
	for _, c := range cases {
		if got, _ := normaliseMention(c.text, c.typ); got != c.want {
			t.Errorf("normaliseMention(%q) = %q, want %q", c.text, got, c.want)
		}
	}
}

func FuzzMerge(f *testing.F) {
	f.Add("President Ana Ruiz met Ruiz's rival, Jon Ruiz. Ruiz left.", "Ana Ruíz and the Ruiz administration. AR said so.")
	f.Add("Qadhafi", "Gaddafi's Kadhafi")
	f.Add("What's Brewing?\n\nThe Context of Moldova's Choice\n\nWhy the Vote Matters Moldova's entry", "Moldova joined. Central and Eastern Europe, Eastern Europe (Balkanpedia)\n\nInside the National Rifle Association\n\nThe NRA said so.")
	f.Fuzz(func(t *testing.T, a, b string) {
		docs := []*crossread.Doc{docFromText("x", a), docFromText("y", b)}
		total := 0
		for _, d := range docs {
			d.Mentions = Recognize(d)
			total += len(d.Mentions)
		}
		seen := 0
		for _, e := range Merge(docs) {
			if e.Name == "" || !slices.Contains(e.Aliases, e.Name) || e.Mentions != len(e.Spans) || len(e.ArticleIDs) == 0 {
				t.Fatalf("bad entity %+v", e)
			}
			seen += e.Mentions
		}
		if seen > total {
			t.Fatalf("%d mentions merged from %d", seen, total)
		}
	})
}

func FuzzSpellingKey(f *testing.F) {
	for _, s := range []string{"Zelenskyy", "Qadhafi", "Łukashenko", "Erdoğan", "ʻAbd", "\xff", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		k := spellingKey(s)
		ascii := true
		for i := 0; i < len(s); i++ {
			ascii = ascii && s[i] < 0x80
		}
		if ascii && k != spellingKey(strings.ToUpper(s)) {
			t.Fatalf("key of %q differs from its upper case", s)
		}
	})
}

func TestMergeEntityIDsAreUniqueAndSpansTyped(t *testing.T) {
	es := Merge(storyFixture(t))
	seen := map[string]bool{}
	for _, e := range es {
		if e.ID == "" || seen[e.ID] {
			t.Errorf("entity %q has id %q (empty or repeated)", e.Name, e.ID)
		}
		seen[e.ID] = true
		for _, s := range e.Spans {
			if s.Type != e.Type {
				t.Errorf("%s: span %q typed %s", e.Name, s.Text, s.Type)
			}
		}
	}
}

func TestMergeGivenNameAloneAndSurnameFirst(t *testing.T) {
	docs := []*crossread.Doc{
		article(t, "c1", "Xi Jinping met Hillary Clinton. Xi smiled and Hillary waved. Clinton left.",
			"PERSON:Xi Jinping", "PERSON:Hillary Clinton", "PERSON:Xi", "PERSON:Hillary", "PERSON:Clinton"),
	}
	es := Merge(docs)
	if xi := findEntity(es, "Xi"); xi == nil || xi.Name != "Xi Jinping" {
		t.Errorf("Xi entity = %+v", xi)
	}
	if h := findEntity(es, "Hillary"); h == nil || h.Name != "Hillary Clinton" || h.Mentions != 3 {
		t.Errorf("Hillary entity = %+v", h)
	}
}

func TestMergeHeadlineCapitalsAreNotAliases(t *testing.T) {
	docs := []*crossread.Doc{
		article(t, "h1", "MARTA OLSEN WINS\n\nMarta Olsen won the race. The UN and Olsen's coach cheered.",
			"PERSON:MARTA OLSEN", "PERSON:Marta Olsen", "ORG:UN", "PERSON:Olsen's"),
	}
	es := Merge(docs)
	o := findEntity(es, "Marta Olsen")
	if o == nil || o.Mentions != 3 || slices.Contains(o.Aliases, "MARTA OLSEN") {
		t.Errorf("Olsen entity = %+v", o)
	}
	if un := findEntity(es, "UN"); un == nil {
		t.Error("an acronym with no other form lost its alias")
	}
}

// A country's common other names are one entity even when no article
// writes two of them ("America" here, "the U.S." there).
func TestMergeJoinsKnownCountryNames(t *testing.T) {
	es := Merge([]*crossread.Doc{
		article(t, "a1", "Canada, America and the UK signed the pact.", "LOC:Canada", "LOC:America", "LOC:UK"),
		article(t, "a2", "Canada, the U.S. and Britain signed the pact.", "LOC:Canada", "LOC:U.S.", "LOC:Britain"),
		article(t, "a3", "The United States and the United Kingdom signed it.", "LOC:United States", "LOC:United Kingdom"),
	})
	us, uk := findEntity(es, "United States"), findEntity(es, "United Kingdom")
	if us == nil || !slices.Contains(us.Aliases, "America") || !slices.Contains(us.Aliases, "U.S.") {
		t.Errorf("America, the U.S. and the United States not one entity: %+v", us)
	}
	if uk == nil || !slices.Contains(uk.Aliases, "UK") || !slices.Contains(uk.Aliases, "Britain") {
		t.Errorf("the UK, Britain and the United Kingdom not one entity: %+v", uk)
	}
	if len(es) != 3 {
		t.Errorf("%d entities, want Canada, the United States and the United Kingdom: %+v", len(es), es)
	}
}

// A name shortened by a saint's or a country's abbreviation at its start
// is the one name; a region's name inside a longer one is not.
func TestShortPrefix(t *testing.T) {
	for _, c := range []struct {
		keys []string
		want bool
	}{{[]string{"St"}, true}, {[]string{"U.S."}, true}, {[]string{"Western"}, false}, {[]string{"St", "John"}, false}} {
		if got := shortPrefix(c.keys); got != c.want {
			t.Errorf("shortPrefix(%v) = %v", c.keys, got)
		}
	}
}
