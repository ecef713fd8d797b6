package textclean

import (
	"strings"
	"testing"
)

func TestCitationChipsAreCut(t *testing.T) {
	cases := []struct{ in, want, cut string }{
		{"The deal was signed in March. (Reuters +2 Others) It takes effect in May.", "The deal was signed in March. It takes effect in May.", "(Reuters +2 Others)"},
		{"The accords date from 2020. (Wikipedia)", "The accords date from 2020.", "(Wikipedia)"},
		{"Talks resumed on Monday. (Reuters +2 Its Daily Planet).", "Talks resumed on Monday.", "(Reuters +2 Its Daily Planet)"},
		{"She declined. (She later changed her mind) Then she left.", "She declined. (She later changed her mind) Then she left.", ""},
		{"WASHINGTON (Reuters) - The deal was signed.", "WASHINGTON (Reuters) - The deal was signed.", ""},
		{"Prices rose. (See chart.) They fell later.", "Prices rose. (See chart.) They fell later.", ""},
		{"Prices rose. (Photo: Jane Doe)", "Prices rose. (Photo: Jane Doe)", ""},
	}
	for _, c := range cases {
		got, cut := cutChips(c.in, nil)
		if got != c.want || strings.Join(cut, "|") != c.cut {
			t.Errorf("%q:\n got %q cut %q\nwant %q cut %q", c.in, got, cut, c.want, c.cut)
		}
	}
}

func TestCleanListsCutChipsAsRemoved(t *testing.T) {
	res := Clean("Harbour cranes return\n\nThe dock workers went back to work on Monday after a three-week strike over night pay. (Reuters +2)\n\nThe first ships were unloaded by noon, the port said in a statement on its website.\n")
	if strings.Contains(res.Text, "Reuters +2") {
		t.Errorf("text keeps the chip:\n%s", res.Text)
	}
	if !strings.Contains(strings.Join(res.Removed, "\n"), "(Reuters +2)") {
		t.Errorf("the chip is not in Removed: %q", res.Removed)
	}
}
