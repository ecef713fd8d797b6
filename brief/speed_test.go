package brief

import (
	"regexp"
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
