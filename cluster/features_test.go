package cluster

import "testing"

// The other languages' inflections of gender, number and case fold to one
// stem, so that two reports of one event share their words however each
// inflects them; English keeps Porter's stemmer.
func TestForeignStems(t *testing.T) {
	for _, c := range []struct {
		lang, a, b string
	}{
		{"pt", "desalojadas", "desalojados"},
		{"pt", "desalojado", "desalojados"},
		{"it", "morti", "morto"},
		{"fr", "blesses", "blesse"},
		{"es", "inundaciones", "inundacion"},
		{"de", "verletzten", "verletzte"},
		{"nl", "gewonden", "gewonde"},
	} {
		x := newExtractor(&Config{StemCache: 16, ForeignStem: true})
		x.family = familyOf(c.lang, true)
		ha := x.stem([]byte(c.a), fnvBytes([]byte(c.a)))
		hb := x.stem([]byte(c.b), fnvBytes([]byte(c.b)))
		if ha == 0 || ha != hb {
			t.Errorf("%s: %q and %q stem apart", c.lang, c.a, c.b)
		}
	}
	if familyOf("pt", false) != englishFamily || familyOf("", true) != englishFamily || familyOf("en-GB", true) != englishFamily {
		t.Error("English or unknown languages must keep the English stemmer")
	}
}
