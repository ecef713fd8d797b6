package claim

import (
	"math/rand/v2"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"
	"unicode"

	"github.com/kljensen/snowball/english"

	"crossread"
)

// Fold, folding ASCII bytes itself, must give what the normalisation of
// the whole string gives.
func FuzzFoldMixed(f *testing.F) {
	for _, s := range []string{"Kazakhstan’s “Abraham” Accords", "Tokayev — 2025", "e\u0301te\u0301", "Ünal's café", "A\u0308\u0323b", "x\u0301\u0302\u0303\u0304\u0305\u0306\u0307\u0308\u0309\u030a\u030b\u030c\u030d\u030e\u030f\u0310\u0311\u0312\u0313\u0314\u0315\u0316\u0317\u0318\u0319\u031a\u031b\u031c\u031d\u031e\u031f\u0320\u0321y", "\xff\xfeA"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := Fold(s), foldUnicode(s); got != want {
			t.Fatalf("Fold(%q) = %q, normalising the whole string gives %q", s, got, want)
		}
	})
}

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

// overlap is the plain count of shared and total word uses that
// bagOverlap must equal.
func overlap(a, b []string) (inter, union int) {
	ca := map[string]int{}
	for _, w := range a {
		ca[w]++
	}
	cb := map[string]int{}
	for _, w := range b {
		cb[w]++
	}
	for w, n := range ca {
		inter += min(n, cb[w])
		union += max(n, cb[w])
	}
	for w, n := range cb {
		if _, ok := ca[w]; !ok {
			union += n
		}
	}
	return inter, union
}

func TestBagOverlapCountsLikeMaps(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	vocab := []string{"the", "deal", "was", "signed", "in", "astana", "on", "friday"}
	for range 500 {
		var a, b []string
		for range r.IntN(12) {
			a = append(a, vocab[r.IntN(len(vocab))])
		}
		for range r.IntN(12) {
			b = append(b, vocab[r.IntN(len(vocab))])
		}
		bag := func(ws []string) []int32 {
			var out []int32
			for _, w := range ws {
				out = append(out, int32(slices.Index(vocab, w)))
			}
			slices.Sort(out)
			return out
		}
		wi, wu := overlap(a, b)
		if gi, gu := bagOverlap(bag(a), bag(b)); gi != wi || gu != wu {
			t.Fatalf("%v / %v: bagOverlap %d/%d, overlap %d/%d", a, b, gi, gu, wi, wu)
		}
	}
}

func TestIsWordRuneASCIIShortcut(t *testing.T) {
	for r := rune(0); r < 0x80; r++ {
		if got, want := isWordRune(r), unicode.IsLetter(r) || unicode.IsDigit(r); got != want {
			t.Fatalf("isWordRune(%q) = %v, want %v", r, got, want)
		}
	}
}

// The inverted index must give each statement pair the similarity that
// comparing the two gives, to the bit, and leave out only pairs at 0.
func TestSimilarStatementsMatchesSimilarity(t *testing.T) {
	a := Align([]*crossread.Doc{
		doc("a", "Outlet A", "Kazakhstan will join the Abraham Accords, the White House said on Thursday. The deal was signed in Washington. Trade rose 12 percent last year."),
		doc("b", "Outlet B", "Kazakhstan has agreed to join the Abraham Accords. The agreement was signed in Washington on November 6. Officials expect trade to grow."),
		doc("c", "Outlet C", "The accords were first signed in 2020 by the UAE and Bahrain. Kazakhstan joins them now. Nobody mentioned the weather here."),
	}, nil)
	for _, x := range a.Sentences {
		if !x.Statement {
			continue
		}
		got := map[*Sentence]float64{}
		if !a.SimilarStatements(x, func(y *Sentence, s float64) { got[y] = s }) {
			t.Fatalf("%q: not found among the statements", x.Text)
		}
		for _, y := range a.Sentences {
			if !y.Statement {
				continue
			}
			want := Similarity(x, y)
			if s, ok := got[y]; s != want || !ok && want != 0 {
				t.Errorf("%q / %q: index gives %v (listed %v), Similarity %v", x.Text, y.Text, s, ok, want)
			}
		}
	}
	if a.SimilarStatements(&Sentence{Text: "outside"}, func(*Sentence, float64) { t.Fatal("called for a foreign sentence") }) {
		t.Fatal("a sentence from outside the alignment was taken for a statement")
	}
}

// Quantities' test for number words may only skip text without them.
func FuzzWordNumberShortcut(f *testing.F) {
	for _, s := range []string{"", "Two of the five ministers", "SİX people", "often tense", "twenty-two", "no numbers here"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if mayHoldWordNumber(s) {
			return
		}
		for _, w := range Words(s) {
			if _, ok := wordNums[strings.ToLower(w.Text)]; ok {
				t.Fatalf("%q holds the number word %q but was skipped", s, w.Text)
			}
		}
	})
}

// The shortcuts around the number and date patterns must find what the
// patterns find.
func FuzzQuantityShortcuts(f *testing.F) {
	for _, s := range []string{"", "On November 6, 2025, it paid US$17 billion.", "Uſ$5 and €3.5m, 1,200 people, 12 percent", "ſept 5", "5 SEPTEMBER 2020",
		"abc12def", "$$$9", "€€1", "the 3rd of may 4", "A$1 C$2 a$3", "\xe2\x82\xac7", "\xff9"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		digits := strings.ContainsAny(s, "0123456789")
		if got, want := numberMatches(s, digits), numberRE.FindAllStringIndex(s, -1); !reflect.DeepEqual(got, want) {
			t.Fatalf("numbers in %q: %v, pattern finds %v", s, got, want)
		}
		if got, want := monthMatches(s, digits), monthRE.FindAllStringSubmatchIndex(s, -1); !reflect.DeepEqual(got, want) {
			t.Fatalf("dates in %q: %v, pattern finds %v", s, got, want)
		}
	})
}

// The same over every line of the bundled example's files.
func TestQuantityShortcutsOnExample(t *testing.T) {
	files, _ := filepath.Glob("../examples/kazakhstan-abraham-accords/*")
	if len(files) == 0 {
		t.Skip("bundled example not found")
	}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			continue
		}
		for _, s := range strings.Split(string(b), "\n") {
			digits := strings.ContainsAny(s, "0123456789")
			if got, want := numberMatches(s, digits), numberRE.FindAllStringIndex(s, -1); !reflect.DeepEqual(got, want) {
				t.Fatalf("numbers in %q: %v, pattern finds %v", s, got, want)
			}
			if got, want := monthMatches(s, digits), monthRE.FindAllStringSubmatchIndex(s, -1); !reflect.DeepEqual(got, want) {
				t.Fatalf("dates in %q: %v, pattern finds %v", s, got, want)
			}
		}
	}
}
