package extraction

import (
	"math"
	"reflect"
	"testing"
)

func near(a, b float64) bool { return math.Abs(a-b) < 1e-9 }

func TestTokensAreUnicodeWords(t *testing.T) {
	got := tokens("Ça va? yes_no 42, naïve—Москва!")
	want := []string{"Ça", "va", "yes_no", "42", "naïve", "Москва"}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("tokens = %q, want %q", got, want)
	}
}

func TestWordScore(t *testing.T) {
	t.Run("multiset overlap, case-insensitive", func(t *testing.T) {
		// predicted: the the cat sat (4); truth: The cat sat on mat (5); overlap the,cat,sat = 3
		s := wordScore("the the cat sat", "The cat sat on mat")
		if !near(s.P, 3.0/4) || !near(s.R, 3.0/5) || !near(s.F1, 2*0.75*0.6/(0.75+0.6)) {
			t.Fatalf("got %+v", s)
		}
	})
	t.Run("empty prediction scores zero", func(t *testing.T) {
		if s := wordScore("", "some truth"); s != (prf{}) {
			t.Fatalf("got %+v", s)
		}
	})
	t.Run("both empty is perfect", func(t *testing.T) {
		if s := wordScore("", ""); s != (prf{1, 1, 1}) {
			t.Fatalf("got %+v", s)
		}
	})
}

func TestShingles(t *testing.T) {
	if got := shingles("a b"); !reflect.DeepEqual(got, []string{"a b"}) {
		t.Fatalf("short text: %q", got)
	}
	if got := shingles(""); got != nil {
		t.Fatalf("empty text: %q", got)
	}
	got := shingles("a b c d e")
	if want := []string{"a b c d", "b c d e"}; !reflect.DeepEqual(got, want) {
		t.Fatalf("got %q want %q", got, want)
	}
}

func TestShingleScoreIsCaseSensitive(t *testing.T) {
	c := shingleScore("A b c d e", "a b c d e")
	if c != (shingleCounts{TP: 1, FP: 1, FN: 1}) {
		t.Fatalf("got %+v", c)
	}
}

func TestShingleSummary(t *testing.T) {
	pages := []shingleCounts{
		{TP: 3, FP: 1, FN: 0}, // P .75, R 1
		{TP: 0, FP: 0, FN: 4}, // no output: R 0, not in P
	}
	s := shingleSummary(pages)
	if !near(s.P, 0.75) || !near(s.R, 0.5) || !near(s.F1, 2*0.75*0.5/1.25) {
		t.Fatalf("got %+v", s)
	}
}

func TestTitleDateAuthorMatch(t *testing.T) {
	if !titleMatch(" A  title\n", "A title") || titleMatch("a title", "A title") {
		t.Error("title: white space folds, case does not")
	}
	if !dateMatch("2025-09-04", "2025-09-04") || dateMatch("2025-09-05", "2025-09-04") || dateMatch("", "2025-09-04") {
		t.Error("date: exact day")
	}
	for _, c := range []struct {
		pred, truth string
		want        bool
	}{
		{"Jane Doe", "Jane Doe, MD", true},
		{"A Smith, B Jones, C Lee", "A Smith, B Jones, and C Lee", true},
		{"jane doe", "Jane Doe", true},
		{"John Roe", "Jane Doe", false},
		{"", "Jane Doe", false},
	} {
		if got := authorMatch(c.pred, c.truth); got != c.want {
			t.Errorf("authorMatch(%q, %q) = %v", c.pred, c.truth, got)
		}
	}
}

func TestParseArgsAcceptsFlagsAfterDir(t *testing.T) {
	c, err := parseArgs([]string{"DIR", "--baseline", "-j", "3"}, nil)
	if err != nil || c.dir != "DIR" || !c.baseline || c.jobs != 3 {
		t.Fatalf("got %+v, %v", c, err)
	}
}
