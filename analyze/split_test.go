package analyze

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"
	"time"

	"crossread"
)

// twoStrikes makes n undated articles about each of two strikes of one kind,
// reported at the same time (interleaved): they share the kind's wording and
// differ in names, figures and grievances, so the clusterer first joins them
// and its refinement splits them.
func twoStrikes(n int) (a, b []*crossread.Article) {
	r := rand.New(rand.NewPCG(3, 5))
	kind := []string{
		"Workers walked off the job at the plant on Monday.",
		"The union said the strike would continue until management returned to talks.",
		"Picket lines formed at the gates as the morning shift refused to start.",
		"Production at the plant has stopped and deliveries are expected to be delayed.",
		"Management called the walkout illegal and said it would seek a court order.",
		"The dispute follows months of failed negotiations.",
		"Union leaders said members voted overwhelmingly in favour of the strike.",
		"The company said it regretted the disruption to customers and suppliers.",
	}
	events := [2]struct {
		lead       string
		grievances []string
	}{
		{"Workers at the Brenholt factory in Varnis joined the strike against Brenholt Motors, union leader Oskar Lindqvae said. About 1,200 workers are out.", []string{
			"They want wages to keep up with inflation after two years of rising prices.",
			"The offer of a one-off bonus was rejected as an insult.",
			"Overtime rates have not changed in a decade, the union said.",
			"Night shifts would be paid at double the basic hourly rate under the union plan.",
		}},
		{"Staff at the Quellmar works in Dorrance joined the strike against Quellmar Steel, shop steward Imelda Farrow said. About 3,400 workers are out.", []string{
			"The pension scheme would close to new members under the plan.",
			"Retirement age would rise to sixty-seven for everyone hired after January.",
			"Contributions to the fund would be cut by half, the steward said.",
			"Older staff fear losing the benefits they were promised when they joined.",
		}},
	}
	gen := func(e, i int) *crossread.Article {
		var sb strings.Builder
		sb.WriteString(events[e].lead + " ")
		for _, k := range r.Perm(4)[:2] {
			sb.WriteString(events[e].grievances[k] + " ")
		}
		for _, k := range r.Perm(len(kind))[:4] {
			sb.WriteString(kind[k] + " ")
		}
		return &crossread.Article{ID: fmt.Sprintf("e%d-%02d", e, i), Title: "Strike halts production at plant", Text: sb.String()}
	}
	start := time.Date(2024, 3, 4, 8, 0, 0, 0, time.UTC)
	for i := range n {
		x, y := gen(0, i), gen(1, i)
		x.Published = crossread.Timestamp{Time: start.Add(time.Duration(2*i) * time.Hour)}
		y.Published = crossread.Timestamp{Time: start.Add(time.Duration(2*i+1) * time.Hour)}
		a, b = append(a, x), append(b, y)
	}
	return a, b
}

func TestGrouperReturnsStoriesSplitOff(t *testing.T) {
	a, b := twoStrikes(12)
	var all []*crossread.Article
	for i := range a {
		all = append(all, a[i], b[i])
	}
	g := NewGrouper()
	g.Add(all)

	order, members := g.Stories()
	storyOf := map[string]string{}
	for _, sid := range order {
		for _, id := range members[sid] {
			if prev, dup := storyOf[id]; dup {
				t.Fatalf("%s is in both %s and %s", id, prev, sid)
			}
			storyOf[id] = sid
		}
	}
	for _, x := range all {
		if storyOf[x.ID] == "" {
			t.Fatalf("%s is in no story returned by Stories: %v", x.ID, members)
		}
	}
	for _, x := range a[1:] {
		if storyOf[x.ID] != storyOf[a[0].ID] {
			t.Errorf("first strike split over stories: %s in %s, %s in %s", x.ID, storyOf[x.ID], a[0].ID, storyOf[a[0].ID])
		}
	}
	for _, x := range b {
		if storyOf[x.ID] == storyOf[a[0].ID] {
			t.Errorf("%s of the second strike is in the first strike's story", x.ID)
		}
	}
}
