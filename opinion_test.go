package crossread

import "testing"

func TestIsOpinion(t *testing.T) {
	for _, c := range []struct {
		a    Article
		want bool
	}{
		{Article{Removed: []string{"OPINION", "By Laura Chen"}}, true},
		{Article{Removed: []string{"The views expressed in this commentary are the author's own."}}, true},
		{Article{Title: "Opinion: The House must act"}, true},
		{Article{URL: "https://www.example.com/opinion/2026/02/11/senate-aid/"}, true},
		{Article{URL: "https://www.example.com/commentisfree/2026/feb/11/aid"}, true},
		{Article{URL: "https://www.example.com/world/senate-aid", Title: "Senate passes aid", Removed: []string{"Politics"}}, false},
		{Article{Title: "Public opinion turns against the plan"}, false},
	} {
		if got := IsOpinion(&c.a); got != c.want {
			t.Errorf("IsOpinion(%+v) = %v, want %v", c.a, got, c.want)
		}
	}
}
