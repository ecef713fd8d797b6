package claim

import (
	"testing"

	"github.com/kljensen/snowball/english"
)

// The ASCII shortcut of Fold must give what the full normalisation gives.
func FuzzFoldASCII(f *testing.F) {
	for _, s := range []string{"", "U.S.-brokered", "O`Brien's", "already folded", "MIXED case 1,200 \"q\" -- x\t\n", "naïve", "Tokayev’s"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, ok := foldASCII(s); ok {
			if want := foldUnicode(s); got != want {
				t.Fatalf("Fold(%q): shortcut %q, full %q", s, got, want)
			}
		}
	})
}

func TestStemMemoMatchesStemmer(t *testing.T) {
	for _, w := range []string{"normalization", "accords", "brokered", "join", "joining", "relations"} {
		want := english.Stem(w, false)
		if first, again := Stem(w), Stem(w); first != want || again != want {
			t.Fatalf("Stem(%q) = %q then %q, stemmer says %q", w, first, again, want)
		}
	}
}
