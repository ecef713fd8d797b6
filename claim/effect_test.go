package claim

import (
	"strings"
	"testing"
)

func TestEffectAndDealReaders(t *testing.T) {
	for _, c := range []struct{ s, fig, want string }{
		{"The drug slowed cognitive decline by 27% over 18 months.", "27%", "slowed by"},
		{"The vaccine reduces the risk of severe illness by 90%.", "90%", "reduced by"},
		{"Sales rose by 5%.", "5%", ""},
	} {
		got := ""
		for _, q := range Quantities(c.s) {
			if q.Text == c.fig {
				got, _, _ = effectBy(c.s, q)
			}
		}
		if got != c.want {
			t.Errorf("effectBy(%q) = %q, want %q", c.s, got, c.want)
		}
	}
	for _, c := range []struct{ lang, s, fig, kind, want string }{
		{"fr", "Le groupe propose 40 euros par action, soit une prime de 35 %.", "40", "money", "price per share"},
		{"fr", "Le groupe propose 40 euros par action, soit une prime de 35 %.", "35", "percent", "premium"},
		{"fr", "Marbelle va acquérir Solène pour 4,5 milliards d'euros.", "4,5", "money", "deal value"},
		{"fr", "Le dernier cours était de 30 euros par action.", "30", "money", ""},
	} {
		got := ""
		for _, q := range QuantitiesIn(c.s, c.lang) {
			if strings.HasPrefix(q.Text, c.fig) {
				q.Kind = c.kind
				got, _ = dealSlotIn(c.lang, c.s, q)
			}
		}
		if got != c.want {
			t.Errorf("dealSlotIn(%q, %q) = %q, want %q", c.s, c.fig, got, c.want)
		}
	}
	if !comparedFigure("It weighs 170 grams, 12 grams less than last year's model.", Quantity{Start: 21, End: 23}) {
		t.Error("comparedFigure missed a difference")
	}
}

func TestClock24(t *testing.T) {
	for _, c := range []struct{ s, want string }{
		{"O desabamento ocorreu por volta das 4h30.", "4h30"},
		{"Die Explosion ereignete sich gegen 14.30 Uhr.", "14.30 Uhr"},
		{"De explosie vond plaats rond 6.15 uur.", "6.15 uur"},
		{"L'incidente è avvenuto alle 4.30 di mattina.", "alle 4.30"},
		{"El índice subió 4.30 puntos.", ""},
		{"La déflagration s'est produite vers 6 h 40.", "6 h 40"},
		{"Les secours sont restés 24 h sur place.", ""},
		{"Die Buslenker streiken seit 4 Uhr früh.", "4 Uhr"},
		{"Il pullman è precipitato poco prima delle 10.30.", "delle 10.30"},
		{"Le feu est parti peu après 15 heures.", "après 15 heures"},
		{"Ils ont roulé pendant 15 heures.", ""},
		// a range read whole, so that its end is no time of its own
		{"OSE cortará el agua todas las noches entre las 22 y las 6 horas.", "entre las 22 y las 6 horas"},
		{"OSE interrumpirá el suministro de 22:00 a 06:00 en la capital.", "de 22:00 a 06:00"},
		{"Las llamas comenzaron cerca de las 3 de la madrugada en el segundo piso.", "las 3 de la madrugada"},
		{"A reunião terminou às 9 da noite.", "às 9 da noite"},
		{"El fenómeno se desató pasada la 1 de la madrugada.", "la 1 de la madrugada"},
		{"La reunión terminó a la 1 de la tarde.", "la 1 de la tarde"},
	} {
		got := reClock24.FindString(c.s)
		if got != c.want {
			t.Errorf("%q: %q, want %q", c.s, got, c.want)
		}
	}
}

func TestRankRE(t *testing.T) {
	for _, c := range []struct {
		s    string
		rank int
		key  string
	}{
		{"Halvorsen, 67, is only the sixth woman to win the chemistry prize.", 6, "woman to win"},
		{"Kazakhstan became the 13th country to join the accords.", 13, "country to join"},
		{"It was the first time the two had met.", 0, ""},
	} {
		m := rankRE.FindStringSubmatch(c.s)
		if c.rank == 0 {
			if m != nil {
				t.Errorf("%q: rank %q", c.s, m[0])
			}
			continue
		}
		if m == nil || ordinalValue(m[1]) != c.rank || strings.ToLower(m[2])+" to "+m[3] != c.key {
			t.Errorf("%q: %q", c.s, m)
		}
	}
}

func TestPartySeatsKeys(t *testing.T) {
	a := alignTexts("The conservative Unity party came second with 41 seats, followed by the Greens with 19 and the populist Norland First with 17.",
		"Ingrid Vesterby's Social Democrats took 58 seats in the 150-member parliament, while Unity won 43 and the Greens 19.")
	want := map[string]string{"41": "seats of Unity", "19": "seats of Greens", "17": "seats of Norland First", "43": "seats of Unity", "58": "seats of Social Democrats"}
	for _, x := range a.Sentences {
		for _, q := range x.Quantities {
			w, ok := want[q.Text]
			if !ok {
				continue
			}
			if got, _ := partySeats(x, q); got != w {
				t.Errorf("%q in %q: %q, want %q", q.Text, x.Text, got, w)
			}
		}
	}
}

// readerCase is a sentence in a language, a figure of it and the key a
// slot reader should give that figure ("" for none).
type readerCase struct{ lang, s, fig, want string }

// checkReaderIn runs reader on each case's figure, as QuantitiesIn finds
// it (a figure of no kind read as a count).
func checkReaderIn(t *testing.T, name string, reader func(lang, s string, q Quantity) (string, bool), cases []readerCase) {
	t.Helper()
	for _, c := range cases {
		got := ""
		for _, q := range QuantitiesIn(c.s, c.lang) {
			if strings.HasPrefix(q.Text, c.fig) {
				if q.Kind == "" {
					q.Kind = "count"
				}
				got, _ = reader(c.lang, c.s, q)
			}
		}
		if got != c.want {
			t.Errorf("%s(%q, %q) = %q, want %q", name, c.s, c.fig, got, c.want)
		}
	}
}

func TestLevelSetToIn(t *testing.T) {
	checkReaderIn(t, "levelSetToIn", levelSetToIn, []readerCase{
		{"es", "El Consejo de Ministros aprobó la subida del salario mínimo interprofesional a 1.250 euros mensuales.", "1.250", "salario mínimo"},
		{"fr", "Le gouvernement veut relever l'âge de départ à 64 ans.", "64", "âge départ"},
		{"de", "Die Regierung erhöht den Mindestlohn auf 15 Euro.", "15", "mindestlohn"},
		{"es", "El paro bajó en 5.000 personas.", "5.000", ""},
	})
}

func TestHomesDoneIn(t *testing.T) {
	checkReaderIn(t, "homesDoneIn", homesDoneIn, []readerCase{
		{"pt", "Segundo a mesma fonte, cerca de 120 habitações sofreram danos, sobretudo em telhados.", "120", "homes damaged"},
		{"fr", "Au total, 400 habitations ont été entièrement détruites, a précisé l'INGD.", "400", "homes destroyed"},
		{"fr", "Environ 800 maisons ont été détruites, et des milliers d'autres sont endommagées.", "800", "homes destroyed"},
		{"es", "Más de 300 viviendas quedaron destruidas por el fuego.", "300", "homes destroyed"},
		{"de", "Rund 2.000 Häuser wurden beschädigt.", "2.000", "homes damaged"},
		{"fr", "Environ 9 800 maisons ont été construites.", "9 800", ""},
	})
}

func TestReferendumSide(t *testing.T) {
	checkReaderIn(t, "referendumSide", func(_, s string, q Quantity) (string, bool) { return referendumSide(s, q) }, []readerCase{
		{"it", "Al referendum il sì ha ottenuto il 58,3% dei voti validi, contro il 41,7% del no.", "58,3", "share for yes"},
		{"it", "Al referendum il sì ha ottenuto il 58,3% dei voti validi, contro il 41,7% del no.", "41,7", "share for no"},
		{"it", "Il referendum ha premiato il sì con il 56,8%, mentre i contrari si sono fermati al 43,2%.", "56,8", "share for yes"},
		{"", "The Yes side won 52% of the vote.", "52%", "share for yes"},
		{"", "There was no change: turnout was 61%.", "61%", ""},
		{"fr", "Le oui l'emporte avec 54 % des voix.", "54", "share for yes"},
	})
}

func TestOrdinalIn(t *testing.T) {
	for s, want := range map[string]bool{
		"Halvorsen is only the sixth woman to win.": true, "Kazakhstan became the 13th country to join.": true,
		"The First Minister spoke.": true, "He said he would go to Paris on 13 March.": false, "The team of 12 went home.": false,
	} {
		if got := ordinalIn(s); got != want {
			t.Errorf("ordinalIn(%q) = %v", s, got)
		}
	}
}

// TestClockStems: the words of the clock, in any language read, tell no
// event ("heures" is shared by two times of two events).
func TestClockStems(t *testing.T) {
	for _, w := range []struct{ lang, word string }{{"fr", "heures"}, {"de", "Uhr"}, {"es", "madrugada"}, {"it", "sera"}, {"", "morning"}} {
		if !clockStems[StemIn(w.lang, Fold(w.word))] {
			t.Errorf("%q is no clock word", w.word)
		}
	}
}

// TestForeignClockBound reads "avant 8 heures" as a bound, "peu avant 8
// heures" as near.
func TestForeignClockBound(t *testing.T) {
	for _, c := range []struct {
		before string
		want   int
	}{{"La collision s'est produite avant ", -1}, {"La collision s'est produite peu avant ", 0}, {"Il fuoco è divampato dopo le ", 1}, {"Der Unfall geschah kurz nach ", 0}} {
		if got := foreignClockBound(c.before); got != c.want {
			t.Errorf("foreignClockBound(%q) = %d, want %d", c.before, got, c.want)
		}
	}
}

// TestMeasureHolder reads what a measure is given to: the head of the
// noun chain before "de"/"of" and the figure, or the noun after a hyphened
// figure; a measure given to nothing has none.
func TestMeasureHolder(t *testing.T) {
	checkReaderIn(t, "measureHolder", func(_, s string, q Quantity) (string, bool) { return measureHolder(s, q), true }, []readerCase{
		{"es", "El Sangurima, de 4.610 metros de altura, no registraba una erupción.", "4.610", "sangurima"},
		{"es", "La explosión lanzó una columna de ceniza de 6.000 metros de altura.", "6.000", "columna"},
		{"", "Rescuers reached the 4,610-metre volcano on Monday.", "4,610", "volcano"},
		{"", "The ash rose 6,000 metres into the sky.", "6,000", ""},
		{"es", "Evacuaron a 4.500 personas de la zona.", "4.500", ""},
	})
}

// TestNamedSum names a sum by the noun it is of, with an English
// modifier, or by the noun after "a" and the sum; not by a total, a verb
// or a clause beyond.
func TestNamedSum(t *testing.T) {
	checkReaderIn(t, "namedSum", namedSum, []readerCase{
		{"", "The company expects to record a restructuring charge of about $310 million.", "$310", "restructuring charge"},
		{"", "His win earns him a £15,000 course-record bonus.", "£15,000", "bonus"},
		{"", "Sang collects a £20,000 bonus for the record.", "£20,000", "bonus"},
		{"", "The governor announced funding of $50 million.", "$50", "funding"},
		{"", "A total of $50 million was raised.", "$50", ""},
		{"es", "Podrán imponer multas de hasta 3.000 euros.", "3.000", "multas"},
		{"", "It paid $4 million, the company said.", "$4", ""},
	})
}

// TestMeasureWordsInOtherLanguages names a measure in another language by
// its dimension in English and its unit ("in 850 Metern Tiefe": depth).
func TestMeasureWordsInOtherLanguages(t *testing.T) {
	checkReaderIn(t, "measureWordsIn", func(lang, s string, q Quantity) (string, bool) { return measureWordsIn(lang, s, q), true }, []readerCase{
		{"de", "Die Männer befinden sich in rund 850 Metern Tiefe in einer Rettungskammer.", "850", "depth (metres)"},
		{"pt", "A ponte tinha 240 metros de extensão.", "240", "length (metres)"},
		{"de", "Auf einer Höhe von etwa 2.560 Metern löste sich die Lawine.", "2.560", ""},
	})
}

// TestStrikeShare reads the share of a workforce on strike by a word of
// joining or following it, in any language read; a minimum service's
// share is none.
func TestStrikeShare(t *testing.T) {
	checkReaderIn(t, "strikeShare", func(_, s string, q Quantity) (string, bool) { return strikeShare(s, q) }, []readerCase{
		{"es", "La huelga paraliza la fábrica con un seguimiento del 92% según el comité.", "92", "share on strike"},
		{"fr", "Selon la direction, 27,1 % des agents étaient en grève mardi matin.", "27,1", "share on strike"},
		{"it", "L'adesione, sempre secondo l'azienda, si è fermata al 68% del personale.", "68", "share on strike"},
		{"es", "Un paro que, según el comité, alcanzó al 95% de los trabajadores.", "95", "share on strike"},
		{"pt", "O tribunal determinou que ao menos 70% do efetivo seja mantido durante a greve.", "70", ""},
		{"", "Turnout was 61% in the city.", "61", ""},
	})
}

// TestFlightsCancelledIn reads flights cancelled in the other languages.
func TestFlightsCancelledIn(t *testing.T) {
	checkReaderIn(t, "flightsCancelledIn", func(_, s string, q Quantity) (string, bool) { return flightsCancelledIn(s, q) }, []readerCase{
		{"fr", "Au total, 23 vols ont été annulés et 1 500 passagers bloqués.", "23", "flights cancelled"},
		{"fr", "La tempête a entraîné l'annulation de 31 vols, selon l'Office.", "31", "flights cancelled"},
		{"it", "La compagnia ha cancellati 412 voli in tutta Italia.", "412", "flights cancelled"},
		{"fr", "Trois vols en approche ont été déroutés vers Marrakech.", "Trois", ""},
		{"it", "Le conseguenze si sono fatte sentire subito: oltre 70 corse cancellate tra Napoli e le isole.", "70", "sailings cancelled"},
		{"it", "Secondo il sindacato, le corse soppresse sono state 62 tra traghetti e aliscafi.", "62", "sailings cancelled"},
		{"es", "Renfe ha suprimido 240 trenes de Cercanías por la huelga.", "240", "trains cancelled"},
		{"es", "La huelga dejó 240 trenes suprimidos en toda la red.", "240", "trains cancelled"},
	})
}
