package entity

import (
	"strings"
	"testing"

	"crossread"
)

func TestLinkSpeakers(t *testing.T) {
	text := "Samuel Ortiz visited the port. \"We are ready,\" Ortiz said. \"The deal stands,\" a statement by the Tavrian government said. " +
		"\"No comment,\" a spokesman for the Harbor Institute said. \"It works,\" Mr. Ortiz said."
	d := article(t, "a", text, "PERSON:Samuel Ortiz", "PERSON:Ortiz", "ORG:Tavrian government", "ORG:Harbor Institute", "PERSON:Ortiz")
	speaker := func(name, phrase string) crossread.Quote {
		q := crossread.Quote{Speaker: name}
		if i := strings.Index(text, phrase); i >= 0 {
			q.SpeakerSpan = &crossread.Span{ArticleID: "a", Start: i, End: i + len(phrase)}
		}
		return q
	}
	d.Quotes = []crossread.Quote{
		speaker("Samuel Ortiz", "Ortiz said"),
		speaker("the Tavrian government", "the Tavrian government"),
		speaker("a spokesman for the Harbor Institute", "a spokesman for the Harbor Institute"),
		speaker("Mr. Ortiz", "Mr. Ortiz"),
		{Speaker: ""},
	}
	qs := LinkSpeakers([]*crossread.Doc{d}, Merge([]*crossread.Doc{d}))
	want := []string{"Samuel Ortiz", "Tavrian government", "", "Samuel Ortiz", ""}
	if len(qs) != len(want) {
		t.Fatalf("%d quotes, want %d", len(qs), len(want))
	}
	for i, q := range qs {
		if q.SpeakerEntity != want[i] {
			t.Errorf("%q: linked to %q, want %q", q.Speaker, q.SpeakerEntity, want[i])
		}
	}
}
