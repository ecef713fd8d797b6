package timex

import (
	"testing"
	"time"
)

func TestExtractIn_European(t *testing.T) {
	ref := time.Date(2026, 2, 3, 12, 0, 0, 0, time.UTC) // a Tuesday
	for _, c := range []struct {
		lang, text, expr, value string
	}{
		{"es", "El Gobierno declaró el 3 de febrero de 2026 el estado de emergencia.", "3 de febrero de 2026", "2026-02-03"},
		{"es", "El Gobierno declaró este sábado el estado de emergencia.", "sábado", "2026-01-31"},
		{"es", "El presidente viajará a la zona el domingo.", "domingo", "2026-02-08"},
		{"es", "La ley fue aprobada en marzo de 2025 por el Congreso.", "marzo de 2025", "2025-03"},
		{"es", "Un terremoto similar ocurrió en 2007 en la misma región.", "2007", "2007"},
		{"es", "Las lluvias comenzaron ayer por la mañana.", "ayer", "2026-02-02"},
		{"fr", "Le président a annoncé le 3 février 2026 un plan d'aide.", "3 février 2026", "2026-02-03"},
		{"fr", "Le ministre se rendra sur place jeudi.", "jeudi", "2026-02-05"},
		{"de", "Der Bundestag hat am 3. Februar 2026 das Gesetz beschlossen.", "3. Februar 2026", "2026-02-03"},
		{"de", "Der Minister wird am Donnerstag nach Berlin reisen.", "Donnerstag", "2026-02-05"},
		{"de", "Die Polizei nahm gestern drei Verdächtige fest.", "gestern", "2026-02-02"},
		{"it", "Il governo ha approvato il decreto il 3 febbraio 2026.", "3 febbraio 2026", "2026-02-03"},
		{"pt", "O governo anunciou na segunda-feira um pacote de ajuda.", "segunda-feira", "2026-02-02"},
		{"nl", "Bij een explosie zijn zondagochtend twee mensen omgekomen.", "zondag", "2026-02-01"},
		{"de", "Die Lawine ging am Sonntagabend ab.", "Sonntag", "2026-02-01"},
	} {
		ts := ExtractIn("a", c.text, ref, c.lang)
		found := false
		for _, x := range ts {
			if x.Text == c.expr {
				found = true
				if x.Value != c.value || c.text[x.Span.Start:x.Span.End] != x.Text {
					t.Errorf("%s %q: %q = %s (span %v), want %s", c.lang, c.text, c.expr, x.Value, x.Span, c.value)
				}
			}
		}
		if !found {
			t.Errorf("%s %q: %q not found in %+v", c.lang, c.text, c.expr, ts)
		}
	}
	// a language without a lexicon gets no English readings
	if ts := ExtractIn("a", "Hallitus päätti 3. helmikuuta 2026 uusista toimista ja May 5.", ref, "fi"); len(ts) != 0 {
		t.Errorf("fi: %+v", ts)
	}
	if ts := ExtractIn("a", "Het kabinet besloot op 3 februari 2026 tot nieuwe maatregelen.", ref, "nl"); len(ts) != 1 || ts[0].Value != "2026-02-03" {
		t.Errorf("nl: %+v", ts)
	}
	if got, want := ExtractIn("a", "The minister met union leaders on March 3.", ref, "en"), Extract("a", "The minister met union leaders on March 3.", ref); len(got) != len(want) || got[0].Value != want[0].Value {
		t.Errorf("English goes to the full matcher: %+v vs %+v", got, want)
	}
}

func FuzzExtractIn(f *testing.F) {
	for _, s := range []string{"el 3 de febrero de 2026", "am 3. Februar", "le 1er mars 2025", "ayer y mañana", "na segunda-feira"} {
		f.Add(s, "es")
	}
	ref := time.Date(2026, 2, 3, 0, 0, 0, 0, time.UTC)
	f.Fuzz(func(t *testing.T, s, lang string) {
		for _, x := range ExtractIn("a", s, ref, lang) {
			if x.Span.Start < 0 || x.Span.End > len(s) || x.Span.Start > x.Span.End || s[x.Span.Start:x.Span.End] != x.Text {
				t.Fatalf("bad span %+v in %q", x, s)
			}
		}
	})
}

// A place named after a day is no date; a day opening a sentence or after
// a weekday is.
func TestExtractIn_DayNamingAPlace(t *testing.T) {
	ref := time.Date(2026, 2, 3, 12, 0, 0, 0, time.UTC)
	for _, c := range []struct {
		lang, text string
		dates      int
	}{
		{"pt", "O concerto no Estádio 25 de Julho terminou em tragédia.", 0},
		{"es", "Los manifestantes marcharon por la Avenida 9 de Octubre hasta el centro.", 0},
		{"pt", "Em 25 de julho o concerto terminou.", 1},
		{"de", "Die Sitzung am Dienstag 3. Februar wurde vertagt.", 2},
		{"fr", "La réunion a eu lieu le 3 février à Paris.", 1},
	} {
		if ts := ExtractIn("a", c.text, ref, c.lang); len(ts) != c.dates {
			t.Errorf("%s %q: %d dates %+v, want %d", c.lang, c.text, len(ts), ts, c.dates)
		}
	}
}
