package timex

import "testing"

func TestDatelineLength(t *testing.T) {
	for _, c := range []struct {
		s, rest string
	}{
		{"WASHINGTON — The Senate voted.", "The Senate voted."},
		{"LONDON, March 14 (Reuters) - Shares fell.", "Shares fell."},
		{"Passau, 9. Juni 2026 – Nach tagelangem Regen stieg die Donau.", "Nach tagelangem Regen stieg die Donau."},
		{"Paris, le 9 juin 2026 – Un train a déraillé.", "Un train a déraillé."},
		{"Paris – Le groupe a annoncé le rachat.", "Le groupe a annoncé le rachat."},
		{"Marbelle-Solène - the deal closed.", ""},
		{"Lima, 9 de junio de 2026 (EFE) – Un sismo sacudió el sur.", "Un sismo sacudió el sur."},
		{"The council met on Tuesday – and voted.", ""},
		{"Ministers, 12 in all – voted.", ""},
		{"'S-HERTOGENBOSCH - De Keniaan won de marathon.", "De Keniaan won de marathon."},
		{"SAINT-ÉTIENNE – Un incendie a ravagé l'usine.", "Un incendie a ravagé l'usine."},
		{"US-CHINA TALKS - no deal", ""},
		{"SEVILLA, 14 Mar. (EP) - El pleno aprobó el presupuesto.", "El pleno aprobó el presupuesto."},
		{"MAZARA DEL VALLO (TRAPANI) (ASM) - Sono rimasti in porto.", "Sono rimasti in porto."},
	} {
		n := DatelineLength(c.s)
		got := ""
		if n > 0 {
			got = c.s[n:]
		}
		if got != c.rest {
			t.Errorf("%q: rest %q, want %q", c.s, got, c.rest)
		}
	}
}

// A dateline may stand on a line of its own, its story in the next
// paragraph.
func TestDatelineAlone(t *testing.T) {
	for _, s := range []string{"SEVILLA, 14 Mar. (EP) -", "GRANTVILLE (AP) —"} {
		if n := DatelineLength(s); n != len(s) {
			t.Errorf("%q: length %d, want %d", s, n, len(s))
		}
	}
	for _, s := range []string{"The council met on Tuesday –", "Ministers, 12 in all –"} {
		if n := DatelineLength(s); n != 0 {
			t.Errorf("%q: length %d, want 0", s, n)
		}
	}
}
