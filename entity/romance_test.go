package entity

import (
	"fmt"
	"strings"
	"testing"

	"crossread"
)

// mentionsIn returns "TYPE text" for each mention Recognize finds in text
// read as language lang.
func mentionsIn(lang, text string) []string {
	d := docFromText("r", text)
	d.Article.Language = lang
	var out []string
	for _, m := range Recognize(d) {
		if m.Text != text[m.Start:m.End] {
			panic("mention text is not its span")
		}
		out = append(out, fmt.Sprintf("%s %s", m.Type, m.Text))
	}
	return out
}

func TestRomanceNames(t *testing.T) {
	cases := []struct {
		lang, text string
		want, not  []string
	}{
		{
			lang: "es",
			text: "Un incendio forestal arrasó el lunes la provincia de Valdorra, en el norte de Chile. El Ministerio de Agricultura dijo que ardieron 4.000 hectáreas. \"Es el peor incendio en diez años\", declaró la ministra Carmen Ibarzábal. La Corporación Nacional Forestal envió brigadas a Valdorra. El fuego llegó a 20 kilómetros de Quellón, dijo el ministro de Interior, Luis Ortega.",
			want: []string{"LOC Valdorra", "LOC Chile", "ORG Ministerio de Agricultura", "PERSON Carmen Ibarzábal", "ORG Corporación Nacional Forestal", "LOC Quellón", "PERSON Luis Ortega"},
			not:  []string{"ORG Un", "MISC de Agricultura", "ORG Valdorra", "LOC Interior", "MISC Interior", "ORG Interior"},
		},
		{
			lang: "fr",
			text: "Le ministère de l'Intérieur a annoncé mardi l'évacuation de la ville de Sorvange, au nord de la Belgique. « Nous restons prudents », a dit le préfet. L'Institut royal météorologique prévoit de nouvelles pluies. Le maire Henri Vautrin a rencontré les habitants de Sorvange.",
			want: []string{"ORG ministère de l'Intérieur", "LOC Sorvange", "LOC Belgique", "ORG Institut royal météorologique", "PERSON Henri Vautrin"},
			not:  []string{"MISC Nous", "ORG L'Institut"},
		},
		{
			lang: "it",
			text: "La Protezione civile ha evacuato la città di Valmora. Il sindaco Marco Ferrandi ha chiesto aiuto al Consiglio regionale della Lombardia. Il ministero dell'Interno ha inviato soccorsi in Italia settentrionale.",
			want: []string{"LOC Valmora", "PERSON Marco Ferrandi", "ORG ministero dell'Interno"},
		},
		{
			// a party's initials and then whose it is are two names
			lang: "pt",
			text: "O Partido Democrático Unido (PDU) venceu as eleições. Com a contagem concluída, o PDU de Henrique Moura Lobo somava 31,2 por cento dos votos.",
			want: []string{"ORG PDU", "PERSON Henrique Moura Lobo"},
			not:  []string{"ORG PDU de Henrique Moura Lobo"},
		},
		{
			// an elided article before a noun in lower case opens no name
			lang: "it",
			text: "L'imprenditore Ercole Bonfanti ha firmato oggi a Milano la cessione delle quote del club.",
			not:  []string{"PERSON L'imprenditore Ercole Bonfanti", "ORG L'imprenditore Ercole Bonfanti"},
		},
		{
			// a portfolio joined by "alla" to an elided holder
			lang: "it",
			text: "Il dato è stato comunicato dall'assessora alla Sanità Donatella Loruso nel corso di una riunione dell'unità di crisi.",
			want: []string{"PERSON Donatella Loruso"},
			not:  []string{"ORG alla Sanità Donatella Loruso", "ORG Sanità Donatella Loruso", "PERSON Sanità Donatella Loruso"},
		},
		{
			lang: "pt",
			text: "O Ministério da Saúde confirmou 12 casos na cidade de Vargelas, no interior do Brasil. O governador Paulo Teixeira visitou o Hospital Regional de Vargelas na segunda-feira.",
			want: []string{"ORG Ministério da Saúde", "LOC Vargelas", "LOC Brasil", "PERSON Paulo Teixeira", "ORG Hospital Regional de Vargelas"},
		},
	}
	for _, c := range cases {
		t.Run(c.lang, func(t *testing.T) {
			got := mentionsIn(c.lang, c.text)
			for _, w := range c.want {
				if !containsString(got, w) {
					t.Errorf("missing %q in %q", w, got)
				}
			}
			for _, w := range c.not {
				if containsString(got, w) {
					t.Errorf("unwanted %q in %q", w, got)
				}
			}
		})
	}
}

func containsString(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// English copy keeps the model's own reading: the rules are for the
// languages that put the head first.
func TestRomanceRulesLeaveEnglishAlone(t *testing.T) {
	text := "The Defense Ministry said Instituto Cervantes would open in Lima. Un Kim, the director, spoke."
	if got, want := strings.Join(mentionsIn("en", text), "; "), strings.Join(mentionsIn("", text), "; "); got != want {
		t.Errorf("en %q, unknown language %q", got, want)
	}
}

func TestSplitElisions(t *testing.T) {
	text := "l'Institut d'Arequipa dell'Ecuador aujourd'hui L'Oréal O'Brien"
	var got []string
	for _, tok := range splitElisions(Tokenize(text, 0, len(text))) {
		if tok.Text != text[tok.Start:tok.End] {
			t.Fatalf("token %q is not its span", tok.Text)
		}
		got = append(got, tok.Text)
	}
	want := "l' Institut d' Arequipa dell' Ecuador aujourd'hui L' Oréal O'Brien"
	if strings.Join(got, " ") != want {
		t.Errorf("got %q, want %q", strings.Join(got, " "), want)
	}
}

func TestCountryNames(t *testing.T) {
	for lang, name := range map[string]string{"es": "perú", "fr": "pérou", "it": "perù", "pt": "peru"} {
		if !countryNames(lang)[name] {
			t.Errorf("%s: %q is no country", lang, name)
		}
	}
	if countryNames("es")["arequipa"] {
		t.Error("a region is no country")
	}
	_ = crossread.LOC
}

func TestContinentsArePlaces(t *testing.T) {
	if !countryNames("fr")["afrique"] || !countryNames("es")["sudamérica"] {
		t.Error("continents missing")
	}
	if countryNames("fr")["monde"] {
		t.Error("the world is no place name")
	}
}

func FuzzRomanceRecognize(f *testing.F) {
	f.Add("es", "El Ministerio de Defensa dijo que el ministro de Interior, Luis Ortega, viajó a 20 kilómetros de Quellón.")
	f.Add("fr", "PARIS (AFP) — Le ministre de la Santé Roman Prymula a quitté l'Institut d'Études de l'")
	f.Add("it", "Il ministero dell’Interno di l' d' ’ '")
	f.Add("de", "BERLIN (dpa) – Bundeskanzlerin Ursula von der von zu Leyen, die SPD und die Siemens AG & Co. KG.")
	f.Add("nl", "DEN BOSCH (SLL) - Volgens Anouk Verhoef van RSV is de Marathon van Den Bosch afgelast. Ruim 250.000 reizigers.")
	f.Fuzz(func(t *testing.T, lang, text string) {
		d := docFromText("f", text)
		d.Article.Language = lang
		// (the speakers the quote stage names are checked the same way)
		d.Quotes = []crossread.Quote{{Speaker: text, SpeakerSpan: &crossread.Span{ArticleID: "f", Start: 0, End: len(text)}}}
		for _, m := range append(Recognize(d), SpeakerMentions(d)...) {
			if m.Start < 0 || m.End > len(text) || m.Start >= m.End || m.Text != text[m.Start:m.End] {
				t.Fatalf("bad mention %+v in %q", m, text)
			}
		}
	})
}
