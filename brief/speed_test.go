package brief

import (
	"math/rand/v2"
	"regexp"
	"strings"
	"testing"
)

// firstPersonRE is the pattern firstPerson replaces.
var firstPersonRE = regexp.MustCompile(`\b(?:I|I'm|I’m|I'll|I’ll|I've|I’ve|me|my|we|We|our|Our|us)\b`)

func FuzzFirstPerson(f *testing.F) {
	for _, s := range []string{"", "I", "I’m sure", "We will", "users and museums", "Our_plan", "of us.", "my2", "mé", "the U.S. said", "it's I've"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := firstPerson(s), firstPersonRE.MatchString(s); got != want {
			t.Fatalf("firstPerson(%q) = %v, pattern says %v", s, got, want)
		}
	})
}

// hasQuotation's shortcut must not change its answer.
func FuzzHasQuotation(f *testing.F) {
	for _, s := range []string{"", `He said "we will go there soon" today.`, "“one two three four”", "no marks at all", `"a" b`} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := hasQuotation(s), quotationRE.MatchString(s); got != want {
			t.Fatalf("hasQuotation(%q) = %v, pattern says %v", s, got, want)
		}
	})
}

// The cue matchers must count what their patterns find.
func FuzzCueMatcher(f *testing.F) {
	for _, s := range []string{"", "It will be signed next week, in order to seal it.", "In the coming months, plans are expected.",
		"Since 2020 the long-term region_wide Globalisation was already there.", "next  week", "next\u00a0month", "due to take",
		"The aims aim aimed AIMS seeks seeking matters", "remains to be seen, is to be, are to be", "\u212aazakh \u017fignal", "were designed and were  signed",
		"years ago years agos", "x_significant 3significant significant_x"} {
		f.Add(s)
	}
	ms := []*cueMatcher{mattersCues, nextCues, beyondCues}
	for _, m := range ms {
		if m.alts == nil {
			f.Fatalf("pattern %s not read as words", m.re)
		}
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, m := range ms {
			if got, want := m.count(s), len(m.re.FindAllStringIndex(s, -1)); got != want {
				t.Fatalf("%q: %d cues, pattern %s finds %d", s, got, m.re, want)
			}
		}
	})
}

// Texts made of the patterns' own words, in every case and with every
// kind of gap, find the ways a word-by-word count could drift from the
// pattern that random bytes rarely reach.
func TestCueMatcherOnCueWords(t *testing.T) {
	var vocab []string
	for _, m := range []*cueMatcher{mattersCues, nextCues, beyondCues} {
		for _, alt := range m.alts {
			for _, w := range alt {
				vocab = append(vocab, w.lit, w.lit+"s", w.lit+"ed", strings.ToUpper(w.lit), w.lit+"_x", "x"+w.lit)
			}
		}
	}
	vocab = append(vocab, "the", "2020", "to", "be", "a", "\u017f", "\u212a")
	gaps := []string{" ", " ", " ", "  ", ", ", "-", "\u00a0", "’", ".", "\n", ""}
	r := rand.New(rand.NewPCG(3, 4))
	for range 8000 {
		var b strings.Builder
		for range 1 + r.IntN(12) {
			b.WriteString(vocab[r.IntN(len(vocab))])
			b.WriteString(gaps[r.IntN(len(gaps))])
		}
		s := b.String()
		for _, m := range []*cueMatcher{mattersCues, nextCues, beyondCues} {
			if got, want := m.count(s), len(m.re.FindAllStringIndex(s, -1)); got != want {
				t.Fatalf("%q: %d cues, pattern %s finds %d", s, got, m.re, want)
			}
		}
	}
}
