package entity

import "testing"

func TestSpellingKeyMergesTransliterations(t *testing.T) {
	groups := [][]string{
		{"Zelensky", "Zelenskyy", "Zelenskiy", "Zelenskij", "Zelenskii", "Zelenskyj", "Zelenskyi"},
		{"Gaddafi", "Qadhafi", "Kadhafi", "Qaddafi", "Gadhafi"},
		{"Tokayev", "Tokaev", "Toqaev"},
		{"Kassym", "Qasym", "Kasym"},
		{"Jomart", "Zhomart", "Dzhomart"},
		{"Khodorkovsky", "Hodorkovskiy"},
		{"Medvedev", "Medvedyev"},
		{"Lukashenko", "Łukashenko"},
		{"Erdoğan", "Erdogan"},
		{"Abdullah", "Abdulla"},
		{"Vladimir", "Wladimir"},
		{"Bettie", "Betty"},
	}
	for _, g := range groups {
		want := spellingKey(g[0])
		for _, v := range g[1:] {
			if got := spellingKey(v); got != want {
				t.Errorf("spellingKey(%q) = %q, want %q as for %q", v, got, want, g[0])
			}
		}
	}
}

func TestSpellingKeyKeepsDifferentNamesApart(t *testing.T) {
	pairs := [][2]string{{"Israel", "Israeli"}, {"Kazakh", "Kazakhstan"}, {"Trump", "Truman"}, {"Ivanov", "Ivanova"}, {"Peter", "Petra"}}
	for _, p := range pairs {
		if spellingKey(p[0]) == spellingKey(p[1]) {
			t.Errorf("spellingKey(%q) == spellingKey(%q) = %q", p[0], p[1], spellingKey(p[0]))
		}
	}
}

func TestSameNameToken(t *testing.T) {
	if !sameNameToken(spellingKey("Muhammad"), spellingKey("Mohammed")) {
		t.Error("Muhammad and Mohammed should be variants")
	}
	for _, p := range [][2]string{{"Ivanov", "Ivanova"}, {"Karen", "Kern"}, {"Marta", "Marto"}} {
		if sameNameToken(spellingKey(p[0]), spellingKey(p[1])) {
			t.Errorf("%q and %q should not be variants", p[0], p[1])
		}
	}
}

func TestSpellingKeyKeepsPlacesApart(t *testing.T) {
	if spellingKey("Kazakh") == spellingKey("Gaza") {
		t.Error("Kazakh and Gaza share a key")
	}
}
