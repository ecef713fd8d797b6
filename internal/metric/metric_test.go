package metric

import "testing"

func TestRatioAndF1(t *testing.T) {
	if Ratio(3, 0) != 0 || Ratio(1, 4) != 0.25 {
		t.Errorf("Ratio: %v %v", Ratio(3, 0), Ratio(1, 4))
	}
	if F1(0, 0) != 0 || F1(0.5, 0.5) != 0.5 || F1(1, 0.5) != 2.0/3 {
		t.Errorf("F1: %v %v %v", F1(0, 0), F1(0.5, 0.5), F1(1, 0.5))
	}
}
