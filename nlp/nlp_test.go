package nlp

import (
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"

	"crossread"
)

func sentenceTexts(text string) []string {
	var out []string
	for _, s := range Sentences("a1", text) {
		out = append(out, s.Text)
	}
	return out
}

func TestSentences(t *testing.T) {
	cases := []struct {
		name string
		text string
		want []string
	}{
		{"titles never split", "Mr. Smith met Dr. Jones and Gen. Mark Milley. They talked.",
			[]string{"Mr. Smith met Dr. Jones and Gen. Mark Milley.", "They talked."}},
		{"dotted acronym inside sentence", "The U.S. President spoke. U.S. officials agreed.",
			[]string{"The U.S. President spoke.", "U.S. officials agreed."}},
		{"dotted acronym ends sentence", "Kazakhstan courted the U.S. The Kremlin noticed.",
			[]string{"Kazakhstan courted the U.S.", "The Kremlin noticed."}},
		{"hyphenated acronym", "It joined the U.S.-brokered deals. Others waited.",
			[]string{"It joined the U.S.-brokered deals.", "Others waited."}},
		{"initials", "Donald J. Trump and D. Trump are one man. John F. Kennedy is not.",
			[]string{"Donald J. Trump and D. Trump are one man.", "John F. Kennedy is not."}},
		{"months and numbers", "It starts on Jan. 6 at No. 10 Downing Street. Fine.",
			[]string{"It starts on Jan. 6 at No. 10 Downing Street.", "Fine."}},
		{"a day written as an ordinal", "Die Frist endet am 31. Oktober um Mitternacht. Danach gilt das Gesetz. It rose to 12. The rest fell.",
			[]string{"Die Frist endet am 31. Oktober um Mitternacht.", "Danach gilt das Gesetz.", "It rose to 12.", "The rest fell."}},
		{"abbreviated millions before a currency", "Die Schulden belaufen sich auf knapp 290 Mio. Euro. Der Umsatz sank auf 340 Mio. Das reicht nicht.",
			[]string{"Die Schulden belaufen sich auf knapp 290 Mio. Euro.", "Der Umsatz sank auf 340 Mio.", "Das reicht nicht."}},
		{"decimals and money", "Deals worth $1.5 billion, or 17.5%, were signed. More followed.",
			[]string{"Deals worth $1.5 billion, or 17.5%, were signed.", "More followed."}},
		{"a dateline's abbreviation before its dash", "HEBRON, Ky. — A freighter crashed on Wednesday. Three died.",
			[]string{"HEBRON, Ky. — A freighter crashed on Wednesday.", "Three died."}},
		{"question and exclamation", "Why now? Because it pays! So they said.",
			[]string{"Why now?", "Because it pays!", "So they said."}},
		{"quote ends sentence", `He said, "It is a modest contribution." Then he left.`,
			[]string{`He said, "It is a modest contribution."`, "Then he left."}},
		{"curly quote ends sentence", "He said: “We will join.” The crowd cheered.",
			[]string{"He said: “We will join.”", "The crowd cheered."}},
		{"question inside quote continues", `"Why now?" he asked. Nobody knew.`,
			[]string{`"Why now?" he asked.`, "Nobody knew."}},
		{"bracket keeps with sentence", "It was signed (in 2020.) Later it grew.",
			[]string{"It was signed (in 2020.)", "Later it grew."}},
		{"paragraph break always splits", "A headline without a stop\n\nThe body starts here. And goes on",
			[]string{"A headline without a stop", "The body starts here.", "And goes on"}},
		{"single newline is whitespace", "A sentence that\nwraps a line. Next one.",
			[]string{"A sentence that\nwraps a line.", "Next one."}},
		{"company abbreviation", "Apple Inc. said it would. Acme Corp. The end.",
			[]string{"Apple Inc. said it would.", "Acme Corp.", "The end."}},
		{"ellipsis", "He paused... and went on. Then... Silence.",
			[]string{"He paused... and went on.", "Then...", "Silence."}},
		{"lowercase after stop", "Items, e.g. apples, etc. are fine. Yes.",
			[]string{"Items, e.g. apples, etc. are fine.", "Yes."}},
		{"sentence starting with digit", "It ended in 2019. 2020 was different.",
			[]string{"It ended in 2019.", "2020 was different."}},
		{"opening quote starts a sentence", `He left. "We will go," she said. (It rained.) Then it stopped.`,
			[]string{"He left.", `"We will go," she said.`, "(It rained.)", "Then it stopped."}},
		{"word no", "He said no. He left.", []string{"He said no.", "He left."}},
		{"blank-with-spaces paragraph", "One.\n  \t\nTwo.", []string{"One.", "Two."}},
		{"empty", "  \n\n ", nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := sentenceTexts(c.text)
			if !reflect.DeepEqual(got, c.want) {
				t.Errorf("Sentences(%q)\n got %q\nwant %q", c.text, got, c.want)
			}
		})
	}
}

func TestSentencesParagraphIndexAndSpans(t *testing.T) {
	text := "Title line\n\nFirst sentence. Second one.\n\n\nThird paragraph."
	got := Sentences("art", text)
	wantPara := []int{0, 1, 1, 2}
	if len(got) != len(wantPara) {
		t.Fatalf("got %d sentences, want %d: %+v", len(got), len(wantPara), got)
	}
	for i, s := range got {
		if s.Paragraph != wantPara[i] {
			t.Errorf("sentence %d %q: paragraph %d, want %d", i, s.Text, s.Paragraph, wantPara[i])
		}
		if s.ArticleID != "art" || text[s.Start:s.End] != s.Text {
			t.Errorf("sentence %d: bad span %+v", i, s)
		}
	}
}

func TestSentenceAt(t *testing.T) {
	text := "One here. Two there.\n\nThree."
	ss := Sentences("a", text)
	for i, s := range ss {
		for off := s.Start; off < s.End; off++ {
			if got := SentenceAt(ss, off); got != i {
				t.Fatalf("SentenceAt(%d) = %d, want %d", off, got, i)
			}
		}
	}
	if SentenceAt(ss, 9) != -1 || SentenceAt(ss, len(text)) != -1 || SentenceAt(nil, 0) != -1 {
		t.Error("offsets between or after sentences should give -1")
	}
}

func TestParagraphs(t *testing.T) {
	text := "\n  One\ntwo  \n\n \nThree\n"
	got := Paragraphs("x", text)
	var texts []string
	for _, p := range got {
		texts = append(texts, text[p.Start:p.End])
	}
	want := []string{"One\ntwo", "Three"}
	if !reflect.DeepEqual(texts, want) {
		t.Errorf("got %q want %q", texts, want)
	}
}

func tokenTexts(text string) []string {
	var out []string
	for _, t := range Tokens(text) {
		out = append(out, t.Text)
	}
	return out
}

func TestTokens(t *testing.T) {
	cases := []struct {
		text string
		want []string
	}{
		{"Deals worth $17 billion, or 1,200 jobs and 17.5%.",
			[]string{"Deals", "worth", "$", "17", "billion", ",", "or", "1,200", "jobs", "and", "17.5", "%", "."}},
		{"Kazakhstan's low-cost, high-yield move",
			[]string{"Kazakhstan", "'s", "low-cost", ",", "high-yield", "move"}},
		{"Tokayev’s plan; O'Brien don't, they're at 5 o'clock; can’t",
			[]string{"Tokayev", "’s", "plan", ";", "O'Brien", "do", "n't", ",", "they", "'re", "at", "5", "o'clock", ";", "ca", "n’t"}},
		{"n't isn't I'm we'll", []string{"n't", "is", "n't", "I", "'m", "we", "'ll"}},
		{"the U.S.-brokered deal with the U.S.",
			[]string{"the", "U.S.", "-", "brokered", "deal", "with", "the", "U.S."}},
		{"Mr. D. Trump met Gen. Milley at 10:30 on 2025-11-07.",
			[]string{"Mr.", "D.", "Trump", "met", "Gen.", "Milley", "at", "10:30", "on", "2025-11-07", "."}},
		{"He said no. €5 or £3… AT&T -- “quoted”",
			[]string{"He", "said", "no", ".", "€", "5", "or", "£", "3", "…", "AT&T", "--", "“", "quoted", "”"}},
		{"1,2345 and 1,234,567 soldiers'", []string{"1", ",", "2345", "and", "1,234,567", "soldiers", "'"}},
		{"Zürich Łódź naïve", []string{"Zürich", "Łódź", "naïve"}},
		{"Wait...", []string{"Wait", "..."}},
		{"won 5 1/2 games, .596 pct, on 11/07/2025", []string{"won", "5", "1/2", "games", ",", ".596", "pct", ",", "on", "11/07/2025"}},
	}
	for _, c := range cases {
		got := tokenTexts(c.text)
		if !reflect.DeepEqual(got, c.want) {
			t.Errorf("Tokens(%q)\n got %q\nwant %q", c.text, got, c.want)
		}
	}
}

func TestTokensIn(t *testing.T) {
	text := "First one. Second sentence here."
	s := Sentences("a", text)[1]
	for _, tok := range TokensIn(text, s.Start, s.End) {
		if text[tok.Start:tok.End] != tok.Text {
			t.Fatalf("token %+v does not point into the text", tok)
		}
	}
}

func TestFoldStemStopwords(t *testing.T) {
	if got := Fold("Tōkayev’s ÉLAN"); got != "tokayev's elan" {
		t.Errorf("Fold = %q", got)
	}
	if Stem("normalization") != Stem("normalizing") {
		t.Errorf("Stem: %q vs %q", Stem("normalization"), Stem("normalizing"))
	}
	if !IsStopword("The") || !IsStopword("said") || IsStopword("Kazakhstan") || IsStopword("US") {
		t.Error("IsStopword wrong")
	}
	got := Terms("The U.S. said Kazakhstan's accession was expected.")
	want := []string{"u.s.", "kazakhstan", "access", "expect"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Terms = %q, want %q", got, want)
	}
}

func checkSpans(t *testing.T, text string) {
	t.Helper()
	prevEnd := 0
	for _, s := range Sentences("f", text) {
		if !s.Span.Valid(len(text)) || s.Start < prevEnd || s.Start == s.End {
			t.Fatalf("bad sentence span %+v in %q", s, text)
		}
		if text[s.Start:s.End] != s.Text || strings.TrimSpace(s.Text) != s.Text {
			t.Fatalf("sentence text mismatch %+v in %q", s, text)
		}
		prevEnd = s.End
	}
	prevEnd = 0
	var nonSpace int
	for _, tok := range Tokens(text) {
		if tok.Start < prevEnd || tok.Start >= tok.End || tok.End > len(text) || text[tok.Start:tok.End] != tok.Text {
			t.Fatalf("bad token %+v in %q", tok, text)
		}
		nonSpace += len(strings.Join(strings.Fields(tok.Text), ""))
		prevEnd = tok.End
	}
	// Tokens cover every non-space byte.
	if want := len(strings.Join(strings.Fields(text), "")); utf8.ValidString(text) && nonSpace != want {
		t.Fatalf("tokens cover %d non-space bytes, text has %d: %q", nonSpace, want, text)
	}
}

func FuzzSpans(f *testing.F) {
	for _, s := range []string{
		"Mr. Smith went to Washington. He said \"no.\" Then?", "U.S.-brokered $1.5 1,200 17.5%",
		"Kazakhstan’s “deal”…\n\nNext para.", "a.b. c. D. e", "\xff\xfe.", "...", "’s", "'s's",
		"1,2,3,456", "10:30:45", "—–-", "Ünï. Çödé.", ". . .", "\n\n\n",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		checkSpans(t, text)
		for _, p := range Paragraphs("f", text) {
			if !p.Valid(len(text)) || p.Start >= p.End {
				t.Fatalf("bad paragraph %+v", p)
			}
		}
		_ = Terms(text)
	})
}

var _ = crossread.Sentence{}
