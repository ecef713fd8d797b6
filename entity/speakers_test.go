package entity

import (
	"strings"
	"testing"

	"crossread"
)

func TestSpeakerMentions(t *testing.T) {
	text := "«Wir sind erleichtert», erklärte Urs Bachmann, Mediensprecher der Gesellschaft. " +
		"«Es brennt», sagte Polizeisprecher Kurz. «Gut so», sagte die Sprecherin Anna Berg. «Nein», sagte Die Leitung."
	doc := &crossread.Doc{Article: &crossread.Article{ID: "a", Text: text, Language: "de"}}
	span := func(s string) *crossread.Span {
		for i := 0; i+len(s) <= len(text); i++ {
			if text[i:i+len(s)] == s {
				return &crossread.Span{ArticleID: "a", Start: i, End: i + len(s)}
			}
		}
		t.Fatalf("%q not in text", s)
		return nil
	}
	doc.Mentions = []crossread.Mention{{Span: *span("Anna Berg"), Text: "Anna Berg", Type: crossread.PERSON}}
	for _, s := range []string{"Urs Bachmann", "Polizeisprecher Kurz", "Anna Berg", "Die Leitung"} {
		doc.Quotes = append(doc.Quotes, crossread.Quote{Speaker: s, SpeakerSpan: span(s)})
	}
	got := SpeakerMentions(doc)
	// the office and the article's lower-case word are no names; a
	// speaker already named is not named twice
	if len(got) != 1 || got[0].Text != "Urs Bachmann" || got[0].Type != crossread.PERSON {
		t.Fatalf("SpeakerMentions = %+v, want Urs Bachmann alone", got)
	}
}

// A mention the tagger ran into a speaker's name from before it is cut
// back to its own words, and the speaker named.
func TestSpeakerMentionsTrimARunIn(t *testing.T) {
	text := "« Le front est très étendu », a déclaré à l'ASP Vassilis Kotsaris, porte-parole des pompiers."
	doc := &crossread.Doc{Article: &crossread.Article{ID: "a", Text: text, Language: "fr"}}
	i, j := strings.Index(text, "ASP"), strings.Index(text, "Vassilis")
	end := j + len("Vassilis Kotsaris")
	doc.Mentions = []crossread.Mention{{Span: crossread.Span{ArticleID: "a", Start: i, End: end}, Text: text[i:end], Type: crossread.ORG}}
	doc.Quotes = []crossread.Quote{{Speaker: "Vassilis Kotsaris", SpeakerSpan: &crossread.Span{ArticleID: "a", Start: j, End: end}}}
	got := SpeakerMentions(doc)
	if len(got) != 1 || got[0].Text != "Vassilis Kotsaris" || doc.Mentions[0].Text != "ASP" {
		t.Errorf("speakers %+v, mentions %+v; want Vassilis Kotsaris, and ASP alone", got, doc.Mentions)
	}
}
