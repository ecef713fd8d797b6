package entity

import (
	"slices"
	"testing"
)

func TestDutchNames(t *testing.T) {
	text := "VELDHOVEN (NPB) - Het aantal zieken is gestegen. Volgens Anouk Verdonck, arts bij de GGD, is de bron gevonden. " +
		"Ruim 250.000 reizigers stonden stil. Directeur Hans Vermeulen van RSV noemt de staking teleurstellend. " +
		"Wethouder Mobiliteit Ruud Kramer zei dat de stad niets kan doen. Het Kempen Ziekenhuis nam twaalf patiënten op. " +
		"De Marathon van Eindhoven werd afgelast."
	got := mentionsIn("nl", text)
	for _, want := range []string{"LOC VELDHOVEN", "PERSON Anouk Verdonck", "PERSON Hans Vermeulen", "PERSON Ruud Kramer", "ORG Kempen Ziekenhuis"} {
		if !slices.Contains(got, want) {
			t.Errorf("no %q in %q", want, got)
		}
	}
	for _, m := range got {
		switch m {
		case "PERSON Volgens Anouk Verdonck", "PERSON Ruim 250.000", "MISC Ruim 250.000", "PERSON Directeur Hans Vermeulen van RSV",
			"PERSON Hans Vermeulen van RSV", "PERSON Mobiliteit Ruud Kramer", "PERSON Kempen Ziekenhuis", "PERSON Marathon van Eindhoven", "PERSON van Eindhoven":
			t.Errorf("%q read as a name: %q", m, got)
		}
	}
}
