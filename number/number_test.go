package number

import (
	"math"
	"testing"
)

func TestExtract(t *testing.T) {
	cases := []struct {
		text     string
		want     string // the span's text: the amount with its currency, a count without its noun
		value    float64
		kind     string
		currency string
		unit     string
	}{
		{"The fund will spend $17 billion on roads.", "$17 billion", 17e9, Money, "USD", ""},
		{"Exports reached 17bn dollars last year.", "17bn dollars", 17e9, Money, "USD", ""},
		{"The club paid €3.5m for him.", "€3.5m", 3.5e6, Money, "EUR", ""},
		{"a package worth US$ 2 trillion", "US$ 2 trillion", 2e12, Money, "USD", ""},
		{"The government frees SRD 15 million for the campaign.", "SRD 15 million", 15e6, Money, "SRD", ""},
		{"The 52m crane buckled in the wind.", "52m", 52, Count, "", "metres"},
		{"Some 52m people voted.", "52m", 52e6, Count, "", "people"},
		{"It costs 1.2 million euros a year.", "1.2 million euros", 1.2e6, Money, "EUR", ""},
		{"The state set aside Rs 500 crore for it.", "Rs 500 crore", 5e9, Money, "INR", ""},
		{"a loan of 40 million USD", "40 million USD", 4e7, Money, "USD", ""},
		{"They invested 2 trillion tenge.", "2 trillion tenge", 2e12, Money, "KZT", ""},
		{"some 300 billion rubles in reserves", "300 billion rubles", 3e11, Money, "RUB", ""},
		{"The deal is worth £250,000.", "£250,000", 250000, Money, "GBP", ""},
		{"It sold for 5 million Canadian dollars.", "5 million Canadian dollars", 5e6, Money, "CAD", ""},
		{"Five leaders met in the capital.", "Five", 5, Count, "", "leaders"},
		{"About 1,200 people were evacuated.", "1,200", 1200, Count, "", "people"},
		{"five world leaders attended", "five", 5, Count, "", "leaders"},
		{"Two-thirds of voters agreed.", "Two-thirds", 0.6667, Count, "", "voters"},
		{"Inflation rose 12% in March.", "12%", 12, Percent, "", ""},
		{"Inflation rose 12 per cent in March.", "12 per cent", 12, Percent, "", ""},
		{"a 3.5 percent rise", "3.5 percent", 3.5, Percent, "", ""},
		{"The treaty was signed in 1992.", "1992", 1992, Year, "", ""},
		{"twenty-five soldiers were hurt", "twenty-five", 25, Count, "", "soldiers"},
	}
	for _, c := range cases {
		got := Extract("a1", c.text)
		var found bool
		for _, n := range got {
			if n.Text != c.want {
				continue
			}
			found = true
			if math.Abs(n.Value-c.value) > 1e-6*math.Max(1, c.value) || n.Kind != c.kind || n.Currency != c.currency || n.Unit != c.unit {
				t.Errorf("%q: got %+v", c.text, n)
			}
			if c.text[n.Start:n.End] != n.Text || n.ArticleID != "a1" {
				t.Errorf("%q: span %d-%d does not hold %q", c.text, n.Start, n.End, n.Text)
			}
		}
		if !found {
			t.Errorf("%q: %q not found in %+v", c.text, c.want, got)
		}
	}
}

func TestExtractSkipsDatesAndTimes(t *testing.T) {
	for _, text := range []string{"on Nov. 6 the talks", "on 6 November the talks", "at 3:30 p.m.", "at 10 a.m. sharp", "the 6th round", "updated 2025-11-07", "on 11/06/2025", "hundreds of people", "one of them"} {
		for _, n := range Extract("a", text) {
			t.Errorf("%q: unexpected number %+v", text, n)
		}
	}
}

// A name's designation is no figure; a year after a lower-case prefix is.
func TestDesignationsAreNoFigures(t *testing.T) {
	for _, text := range []string{"the COVID-19 pandemic", "rising Covid-19 cases", "an F-16 jet", "the G-7 summit", "flight MH-17"} {
		for _, n := range Extract("a", text) {
			t.Errorf("%q: unexpected number %+v", text, n)
		}
	}
	if ns := Extract("a", "By mid-2020, 300 people had left."); len(ns) == 0 || ns[len(ns)-1].Value != 300 {
		t.Errorf("mid-2020 sentence: %+v", ns)
	}
}

func TestSameValueAcrossWordings(t *testing.T) {
	a := Extract("a", "The plan costs $17 billion.")
	b := Extract("b", "The plan costs 17bn dollars.")
	c := Extract("c", "The plan costs US$17,000 million.")
	if len(a) != 1 || len(b) != 1 || len(c) != 1 || a[0].Value != b[0].Value || b[0].Value != c[0].Value || a[0].Currency != c[0].Currency {
		t.Fatalf("not normalised alike: %+v %+v %+v", a, b, c)
	}
}

func FuzzExtract(f *testing.F) {
	for _, s := range []string{"$17 billion", "17bn dollars", "€3.5m", "US$ 2 trillion", "Rs. 500 crore", "1,200 people", "two-thirds of", "12 per cent", "3.", ",5", "$", "1,2,3,4", "9999999999999999999999"} {
		f.Add(s)
	}
	f.Add("2 012 morts, 1.200 millones, 38,5 %")
	f.Add("Zwei Menschen starben, dreißig wurden verletzt; dix-sept blessés, due morti")
	f.Fuzz(func(t *testing.T, text string) {
		for _, lang := range []string{"en", "fr", "de", "it"} {
			for _, n := range ExtractIn("x", text, lang) {
				if !n.Valid(len(text)) || n.Start >= n.End || text[n.Start:n.End] != n.Text {
					t.Fatalf("%s: bad span %+v in %q", lang, n, text)
				}
			}
		}
	})
}

// "five cents" is no five hundred; "two and three" two figures.
func TestNumberWordsApart(t *testing.T) {
	if ns := ExtractIn("a", "It costs five cents more.", "en"); len(ns) == 0 || ns[0].Value != 5 {
		t.Errorf("five cents: %+v", ns)
	}
	if ns := ExtractIn("a", "two and three", "en"); len(ns) != 2 {
		t.Errorf("two and three: %+v", ns)
	}
}

func TestExtractIn_EuropeanNumbers(t *testing.T) {
	for _, c := range []struct {
		lang, text string
		value      float64
		kind       string
	}{
		{"es", "eliminará 4.500 puestos de trabajo", 4500, Count},
		{"es", "cayó un 38%, hasta 1.200 millones de dólares", 38, Percent},
		{"es", "hasta 1.200 millones de dólares", 1.2e9, Money},
		{"de", "Der Umsatz stieg um 38,5 Prozent.", 38.5, Percent},
		{"de", "3 Milliarden Euro", 3e9, Money},
		{"es", "recortará 4,500 empleos", 4500, Count}, // Latin American grouping
		{"en", "yields of 4.125% on the bond", 4.125, Percent},
		{"fr", "une hausse de 2,5 %", 2.5, Percent},
		{"pt", "cerca de 21 mil torcedores estavam no estádio", 21000, Count},
		{"pt", "uma poupança de 1,4 mil milhões de euros", 1.4e9, Money},
		{"it", "circa 3 mila persone evacuate", 3000, Count},
		// numbers in several words
		{"fr", "Quatre cent vingt élèves et huitante membres du personnel", 420, Count},
		{"fr", "deux cents personnes", 200, Count},
		{"fr", "trois mille personnes", 3000, Count},
		{"en", "four hundred and twenty people", 420, Count},
		{"es", "cuatrocientos veinte alumnos", 420, Count},
		{"es", "treinta y dos heridos", 32, Count},
		{"en", "impairments jumped to 1.3 billion pounds in the quarter", 1.3e9, Money},
		{"es", "Lima, 15 feb. Nueve personas se encuentran desaparecidas", 9, Count},
		{"en", "recalled 2 million pounds of ground beef", 2e6, Count},
		{"fr", "trente et une personnes ont été incommodées", 31, Count},
		{"fr", "vingt et un blessés", 21, Count},
		{"pt", "trinta e uma vítimas", 31, Count},
		{"es", "treinta y una familias", 31, Count},
		{"pt", "quatrocentos e vinte alunos", 420, Count},
		{"fr", "huitante membres", 80, Count},
		{"fr", "Quatre-vingt-treize sapeurs-pompiers ont été engagés", 93, Count},
		{"fr", "soixante-dix-huit blessés", 78, Count},
		{"fr", "quatre-vingt-un passagers", 81, Count},
		{"fr", "Cent huitante pompiers ont été mobilisés", 180, Count},
		{"it", "cento venti persone", 120, Count},
		// Mexican thousands: "mil" and the hundreds in digits
		{"es", "Unos 6 mil 300 obreros pararon", 6300, Count},
		{"es", "dejó sin luz a 2 millones 400 mil usuarios", 2.4e6, Count},
		{"es", "unos 3 mil trabajadores", 3000, Count},
		// an English number word in another language is a word of its own
		{"nl", "een storm die ten minste 64 containers overboord sloeg", 64, Count},
	} {
		ns := ExtractIn("a", c.text, c.lang)
		if len(ns) == 0 || ns[0].Value != c.value || ns[0].Kind != c.kind {
			t.Errorf("%s %q: %+v, want %v (%s)", c.lang, c.text, ns, c.value, c.kind)
		}
	}
}

func TestExtractIn_SpaceGroups(t *testing.T) {
	for _, c := range []struct {
		text  string
		value float64
	}{
		{"au moins 2 012 personnes sont mortes", 2012},
		{"le bilan dépasse les 2 122 morts", 2122},
		{"12 345 678 habitants", 12345678},
		{"en 2023 123 personnes", 2023},
		{"2 et 3", 2},
	} {
		ns := ExtractIn("a", c.text, "fr")
		if len(ns) == 0 || ns[0].Value != c.value {
			t.Errorf("%q: %+v, want %v first", c.text, ns, c.value)
		}
	}
}

func TestCompoundNumberWords(t *testing.T) {
	for _, c := range []struct {
		lang, w string
		v       float64
	}{{"es", "veintisiete", 27}, {"es", "veintidós", 22}, {"it", "ventotto", 28}, {"it", "ventitré", 23}, {"it", "trentuno", 31},
		{"de", "siebenundzwanzig", 27}, {"de", "einundvierzig", 41}, {"nl", "tweeëntwintig", 22}, {"nl", "zevenenveertig", 47},
		{"fr", "vingt-sept", 27}, {"fr", "quarante-deux", 42}, {"fr", "quarantaine", 40}, {"nl", "negentigtal", 90}, {"pt", "dezassete", 17}, {"pt", "dezessete", 17}} {
		if v, ok := WordValue(c.lang, c.w); !ok || v != c.v {
			t.Errorf("WordValue(%q, %q) = %v, %v; want %v", c.lang, c.w, v, ok, c.v)
		}
	}
	if !RoundCount("quarantaine") || RoundCount("veintisiete") {
		t.Error("RoundCount")
	}
}

// Italian "sei" is six before a plural noun, "you are" elsewhere.
func TestItalianSei(t *testing.T) {
	if ns := ExtractIn("a", "causando la morte di sei persone", "it"); len(ns) != 1 || ns[0].Value != 6 {
		t.Errorf("sei persone: %+v", ns)
	}
	if ns := ExtractIn("a", "la corrente è tornata solo dopo sei ore", "it"); len(ns) != 1 || ns[0].Value != 6 {
		t.Errorf("sei ore: %+v", ns)
	}
	if ns := ExtractIn("a", "Tu sei stato molto bravo", "it"); len(ns) != 0 {
		t.Errorf("tu sei stato: %+v", ns)
	}
}

// German abbreviates its millions and billions with a stop before the
// currency: "290 Mio. Euro" is a sum.
func TestAbbreviatedScaleBeforeCurrency(t *testing.T) {
	ns := ExtractIn("a", "belaufen sich die Schulden auf knapp 290 Mio. Euro, der Großteil", "de")
	if len(ns) != 1 || ns[0].Kind != Money || ns[0].Value != 2.9e8 || ns[0].Text != "290 Mio. Euro" {
		t.Errorf("got %+v", ns)
	}
}
