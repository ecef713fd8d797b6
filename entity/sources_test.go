package entity

import (
	"testing"

	"crossread"
)

func TestRecognizeSourcesSlashesAndDemonymPairs(t *testing.T) {
	text := "Moldova wants closer ties with Romania – Sunday Times/Carnegie Council: Background on the talks.\n\n" +
		"The pact was signed in 2020 by Romania, Bulgaria and Greece. (Balkanpedia)\n\n" +
		"Officials in Chisinau see the deal as a signal to Brussels. Balkanet.\n\n" +
		"The talks mark a new chapter in Moldovan-Ukrainian relations, officials said."
	d := docFromText("s", text)
	got := map[string]string{}
	for _, m := range Recognize(d) {
		got[m.Text] = m.Type
	}
	t.Logf("%v", got)
	want := map[string]string{"Sunday Times": crossread.ORG, "Carnegie Council": crossread.ORG, "Balkanpedia": crossread.ORG,
		"Balkanet": crossread.ORG, "Moldovan-Ukrainian": crossread.MISC, "Romania": crossread.LOC, "Chisinau": crossread.LOC}
	for k, v := range want {
		if got[k] != v {
			t.Errorf("%q: got %q, want %q", k, got[k], v)
		}
	}
}

func TestWebsiteName(t *testing.T) {
	for w, want := range map[string]bool{"Wikipedia": true, "Balkanet": true, "Politico.com": true, "Example.org": true,
		"Internet": false, "Planet": false, "Hornet": false, "Moldova": false, "Romania": false, "net": false, "Smith-Barnet": false} {
		if got := websiteName(w); got != want {
			t.Errorf("websiteName(%q) = %v, want %v", w, got, want)
		}
	}
}

func TestDemonymPair(t *testing.T) {
	m := loadedModel()
	for w, want := range map[string]bool{"Moldovan-Ukrainian": true, "Kyrgyz-Israeli": true, "Russian-Chechen": true,
		"Austria-Hungary": false, "Guinea-Bissau": false, "Rolls-Royce": false, "Israeli": false, "Israeli-led": false} {
		if got := demonymPair(w, m); got != want {
			t.Errorf("demonymPair(%q) = %v, want %v", w, got, want)
		}
	}
}

func TestRetypeSourcesAndDemonyms(t *testing.T) {
	m := loadedModel()
	cases := []struct {
		words []string
		in    Chunk
		want  string
	}{
		{[]string{"(", "Balkanpedia", ")"}, Chunk{1, 2, "LOC"}, "ORG"},
		{[]string{"Zorvania", "."}, Chunk{0, 1, "LOC"}, "ORG"},                      // a source cited alone
		{[]string{"Romania", "."}, Chunk{0, 1, "LOC"}, "LOC"},                       // training knows the place
		{[]string{"They", "met", "in", "Zorvania", "."}, Chunk{3, 4, "LOC"}, "LOC"}, // not alone
		{[]string{"Moldovan-Ukrainian", "ties"}, Chunk{0, 1, "LOC"}, "MISC"},
		{[]string{"Balkanet", "said"}, Chunk{0, 1, "PER"}, "PER"}, // people keep their type
	}
	for _, c := range cases {
		chunks := []Chunk{c.in}
		retypeSourcesAndDemonyms(chunks, c.words, m)
		if chunks[0].Type != c.want {
			t.Errorf("%q: %s, want %s", c.words, chunks[0].Type, c.want)
		}
	}
}

func TestSlashSplitsAndLoneHeadsExtend(t *testing.T) {
	words := []string{"–", "Sunday", "Times", "/", "Carnegie", "Council", ":", "the", "Institute", "said"}
	chunks := splitAtSeparators([]Chunk{{2, 6, "ORG"}, {8, 9, "ORG"}}, words)
	chunks = extendLoneHeads(chunks, words)
	want := []Chunk{{1, 3, "ORG"}, {4, 6, "ORG"}, {8, 9, "ORG"}} // "the" does not join
	if len(chunks) != len(want) {
		t.Fatalf("chunks %v, want %v", chunks, want)
	}
	for i := range want {
		if chunks[i] != want[i] {
			t.Errorf("chunks %v, want %v", chunks, want)
		}
	}
}
