// Package storygen writes synthetic news for tests: stories that are hard
// to tell apart in the ways real ones are.
package storygen

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"time"

	"crossread"
)

// TwoStrikes makes articles about two strikes of one kind reported at the
// same time: n1 of each on day one, n2 more of each on day two. They share
// the kind's wording and differ in names, figures and grievances; each
// names its reporter, so that they are not all near-copies of each other.
func TwoStrikes(n1, n2 int) (day1, day2 []*crossread.Article) {
	r := rand.New(rand.NewPCG(9, 4))
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
			"Lindqvae said the last pay rise barely covered the cost of rent in Varnis.",
			"Brenholt Motors said its offer was the best in the region.",
			"The Varnis plant builds engines for three of the firm's models.",
			"Some Brenholt workers have taken second jobs to make ends meet.",
		}},
		{"Staff at the Quellmar works in Dorrance joined the strike against Quellmar Steel, shop steward Imelda Farrow said. About 3,400 workers are out.", []string{
			"The pension scheme would close to new members under the plan.",
			"Retirement age would rise to sixty-seven for everyone hired after January.",
			"Contributions to the fund would be cut by half, the steward said.",
			"Older staff fear losing the benefits they were promised when they joined.",
			"Farrow said the pension fund had a surplus only two years ago.",
			"Quellmar Steel said the scheme had become too costly to run.",
			"The Dorrance works rolls steel for shipyards along the coast.",
			"Younger Quellmar staff joined the picket to defend their future pensions.",
		}},
	}
	start := time.Date(2025, 6, 2, 6, 0, 0, 0, time.UTC)
	k := 0
	gen := func(e int) *crossread.Article {
		var sb strings.Builder
		sb.WriteString(events[e].lead + " ")
		for _, g := range r.Perm(8)[:2] {
			sb.WriteString(events[e].grievances[g] + " ")
		}
		for _, g := range r.Perm(len(kind))[:5] {
			sb.WriteString(kind[g] + " ")
		}
		k++
		fmt.Fprintf(&sb, "Reporter %s filed this account from the gate. ", []string{"Amsel", "Birk", "Corwin", "Dalla", "Eske", "Falk", "Gunde", "Hale", "Ivo", "Jarre", "Kell", "Lunde"}[r.IntN(12)])
		return &crossread.Article{ID: fmt.Sprintf("e%d-%02d", e, k), Source: fmt.Sprintf("Outlet %d", k),
			Title: "Strike halts production at plant", Text: sb.String(),
			Published: crossread.Timestamp{Time: start.Add(time.Duration(k) * time.Hour)}}
	}
	for range n1 {
		day1 = append(day1, gen(0), gen(1))
	}
	for range n2 {
		day2 = append(day2, gen(0), gen(1))
	}
	return day1, day2
}
