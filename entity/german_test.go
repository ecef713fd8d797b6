package entity

import (
	"slices"
	"testing"
)

func TestGermanNames(t *testing.T) {
	text := "BERLIN (dpa) – Bundeskanzler Olaf Scholz hat am Montag mit der EU-Kommission über die Hilfen gesprochen. " +
		"Kommissionspräsidentin Ursula von der Leyen sagte, Deutschland und Frankreich stünden zusammen. " +
		"Der Bundestag soll im Mai abstimmen, das Gesundheitsministerium prüft die Kosten. " +
		"Die SPD und die NATO begrüßten den Plan, die Siemens AG nicht. Scholz reist am Dienstag in die Vereinigten Staaten. " +
		"Frau Berg, die Sprecherin, widersprach. Die Regierung beschloss das Gesetz im Winter."
	got := mentionsIn("de", text)
	for _, w := range []string{"LOC BERLIN", "PERSON Olaf Scholz", "PERSON Ursula von der Leyen", "LOC Deutschland", "LOC Frankreich",
		"ORG Bundestag", "ORG Gesundheitsministerium", "ORG SPD", "ORG NATO", "ORG Siemens AG", "PERSON Scholz", "PERSON Berg"} {
		if !slices.Contains(got, w) {
			t.Errorf("missing %q in %q", w, got)
		}
	}
	for _, m := range got {
		for _, noun := range []string{"Regierung", "Gesetz", "Winter", "Hilfen", "Kosten", "Plan", "Mai", "Montag"} {
			if m == "LOC "+noun || m == "ORG "+noun || m == "PERSON "+noun || m == "MISC "+noun {
				t.Errorf("common noun %q taken for a name", m)
			}
		}
	}
}

// A headline set in capitals holds no acronyms.
func TestGermanShoutedHeadline(t *testing.T) {
	if got := mentionsIn("de", "HABECK IN MÜNCHEN: WINDKRAFT GEHT NUR OHNE 10H"); len(got) != 0 {
		t.Errorf("got %q", got)
	}
}

func TestGermanNamesEndAtPrepositions(t *testing.T) {
	got := mentionsIn("de", "Ministerpräsident Stephan Weil äußerte sich zu Gerüchten, weil sie falsch seien. Weil es regnete, blieb Weil zu Hause. Boris Palmer zu Besuch.")
	want := []string{"PERSON Stephan Weil", "PERSON Weil", "PERSON Boris Palmer"}
	if !slices.Equal(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
}

func TestGermanGenitiveEndsAName(t *testing.T) {
	got := mentionsIn("de", "Dazu kommt Robert Habecks Plan für die Industrie. Die Europäische Union prüft ihn.")
	if !slices.Contains(got, "PERSON Robert Habecks") || slices.Contains(got, "LOC Europäische Union") {
		t.Errorf("got %q", got)
	}
}

// An office compound before a name marks it: "Bahn-Personalvorstand
// Karsten Lübben", "Einsatzleiter Markus Feld".
func TestGermanOfficesBeforeNames(t *testing.T) {
	got := mentionsIn("de", "Bahn-Personalvorstand Karsten Lübben sprach von einem Ergebnis. Einsatzleiter Markus Feld sagte, die Leiter sei kaputt.")
	want := []string{"PERSON Karsten Lübben", "PERSON Markus Feld"}
	if !slices.Equal(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
}

// An organiser or an owner before a name names a person too.
func TestGermanOrganisersBeforeNames(t *testing.T) {
	got := mentionsIn("de", "Veranstalter Tobias Wendland strich das Programm. Die Betreiberin Ines Kallweit schwieg.")
	want := []string{"PERSON Tobias Wendland", "PERSON Ines Kallweit"}
	if !slices.Equal(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
}

// A name ends before "von der" and an institution: "Polizeisprecherin
// Anke Vollmer von der Polizeidirektion Lüneburg"; "von der Leyen" stays.
func TestGermanNameEndsBeforeInstitution(t *testing.T) {
	got := mentionsIn("de", "Das sagte Polizeisprecherin Anke Vollmer von der Polizeidirektion Lüneburg am Abend. Ministerin Ursula von der Leyen schwieg.")
	want := []string{"PERSON Anke Vollmer", "PERSON Ursula von der Leyen"}
	for _, w := range want {
		if !slices.Contains(got, w) {
			t.Errorf("got %q, want %q among them", got, w)
		}
	}
}

// A name between commas after an office: "Eine Sprecherin, Ilka
// Brodersen, sagte …".
func TestGermanNameInApposition(t *testing.T) {
	got := mentionsIn("de", "Eine Sprecherin, Ilka Brodersen, bezifferte den Schaden auf vier Millionen Euro. Der Leiter, der Bürgermeister, schwieg.")
	if !slices.Contains(got, "PERSON Ilka Brodersen") {
		t.Errorf("got %q", got)
	}
	for _, m := range got {
		if m == "PERSON Bürgermeister" || m == "PERSON Der" {
			t.Errorf("got %q", got)
		}
	}
}
