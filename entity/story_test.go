package entity

import (
	"slices"
	"testing"

	"crossread"
)

// TestRecognizeAndMergeHandWrittenStory runs the tagger and the merger on
// a hand-written story, as analyze does.
func TestRecognizeAndMergeHandWrittenStory(t *testing.T) {
	texts := []string{
		"Ukrainian President Volodymyr Zelensky met Libyan officials in Geneva on Monday. Zelensky's aides said the Trump administration supported the talks.\n\nIsrael did not comment, and the Israeli government declined to send an envoy.",
		"Volodymyr Zelenskyy told reporters in Kyiv that the plan was ready. Mr. Zelenskyy said Donald Trump had called him on Sunday.\n\nTrump later said the call went well.",
		"President Zelenskiy also spoke about the late Libyan leader Muammar Gaddafi. Muammar Qadhafi was killed in 2011, and Kadhafi’s sons remain in exile.",
	}
	var docs []*crossread.Doc
	for i, text := range texts {
		d := docFromText(string(rune('a'+i)), text)
		d.Mentions = Recognize(d)
		docs = append(docs, d)
	}
	es := Merge(docs)
	for _, e := range es {
		t.Logf("%-6s %d %-22s %q", e.Type, e.Mentions, e.Name, e.Aliases)
	}
	z := findEntity(es, "Zelenskiy")
	if z == nil || z.Type != crossread.PERSON || z.Name != "Volodymyr Zelensky" {
		t.Fatalf("Zelenskiy entity = %+v", z)
	}
	for _, a := range []string{"Volodymyr Zelensky", "Volodymyr Zelenskyy", "Zelensky", "Zelenskyy", "Zelenskiy"} {
		if !slices.Contains(z.Aliases, a) {
			t.Errorf("Zelensky aliases %q lack %q", z.Aliases, a)
		}
	}
	if len(z.ArticleIDs) != 3 {
		t.Errorf("Zelensky in %v, want all three articles", z.ArticleIDs)
	}
	g := findEntity(es, "Muammar Gaddafi")
	if g == nil || !slices.Contains(g.Aliases, "Muammar Qadhafi") || !slices.Contains(g.Aliases, "Kadhafi") {
		t.Errorf("Gaddafi entity = %+v", g)
	}
	tr := findEntity(es, "Donald Trump")
	if tr == nil || !slices.Contains(tr.Aliases, "Trump") {
		t.Errorf("Trump entity = %+v", tr)
	}
	adm := findEntity(es, "Trump administration")
	if adm == nil || adm == tr || adm.Type != crossread.ORG {
		t.Errorf("Trump administration entity = %+v", adm)
	}
	isr, gov := findEntity(es, "Israel"), findEntity(es, "Israeli government")
	if isr == nil || gov == nil || isr == gov {
		t.Errorf("Israel %+v and the Israeli government %+v must be two entities", isr, gov)
	}
}
