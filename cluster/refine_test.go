package cluster

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"
	"time"

	"crossread"
)

// twoEvents generates n undated articles about each of two events of one
// kind: they share the kind's vocabulary and differ in their names,
// figures and grievances, as two strikes in one month do.
func twoEvents(n int) (a, b []*crossread.Article) { return twoEventsK(n, 7, 3) }

// interleaved returns a[0], b[0], a[1], b[1]...: two events reported at
// the same time.
func interleaved(a, b []*crossread.Article) []*crossread.Article {
	var out []*crossread.Article
	for i := range a {
		out = append(out, a[i], b[i])
	}
	return out
}

func twoEventsK(n, nk, ne int) (a, b []*crossread.Article) {
	r := rand.New(rand.NewPCG(7, 11))
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
	type event struct {
		who, leader, count, company string
		grievances                  []string
	}
	events := [2]event{
		{"Workers at the Brenholt factory in Varnis", "union leader Oskar Lindqvae", "1,200 workers", "Brenholt Motors", []string{
			"They want wages to keep up with inflation after two years of rising prices.",
			"The offer of a one-off bonus was rejected as an insult.",
			"Overtime rates have not changed in a decade, the union said.",
			"Night shifts would be paid at double the basic hourly rate under the union plan.",
		}},
		{"Staff at the Quellmar works in Dorrance", "shop steward Imelda Farrow", "3,400 workers", "Quellmar Steel", []string{
			"The pension scheme would close to new members under the plan.",
			"Retirement age would rise to sixty-seven for everyone hired after January.",
			"Contributions to the fund would be cut by half, the steward said.",
			"Older staff fear losing the benefits they were promised when they joined.",
		}},
	}
	gen := func(e, i int) *crossread.Article {
		ev := events[e]
		var sb strings.Builder
		fmt.Fprintf(&sb, "%s joined the strike against %s, %s said. About %s are out. ", ev.who, ev.company, ev.leader, ev.count)
		for _, k := range r.Perm(len(ev.grievances))[:ne] {
			sb.WriteString(ev.grievances[k] + " ")
		}
		for _, k := range r.Perm(len(kind))[:nk] {
			sb.WriteString(kind[k] + " ")
		}
		return &crossread.Article{ID: fmt.Sprintf("e%d-%02d", e, i), Title: "Strike halts production at plant", Text: sb.String()}
	}
	for i := range n {
		a = append(a, gen(0, i))
	}
	for i := range n {
		b = append(b, gen(1, i))
	}
	return a, b
}

func storyOfAll(t *testing.T, c *Clusterer, arts []*crossread.Article) map[string]int {
	t.Helper()
	m := map[string]int{}
	for _, a := range arts {
		s, ok := c.StoryOf(a.ID)
		if !ok {
			t.Fatalf("%s not placed", a.ID)
		}
		m[s]++
	}
	return m
}

func TestTwoEventsOfOneKindAreSplit(t *testing.T) {
	a, b := twoEvents(12)
	all := interleaved(a, b)

	cfg := DefaultConfig()
	cfg.SplitThreshold = 0
	plain := NewWithConfig(cfg)
	for _, x := range all {
		plain.Add(x)
	}
	merged := false
	for s := range storyOfAll(t, plain, a) {
		merged = merged || storyOfAll(t, plain, b)[s] > 0
	}
	if !merged {
		t.Fatal("the fixture is too easy: without splitting the two events already stay apart")
	}

	c := New()
	first := c.Add(all[0]).StoryID
	for _, x := range all[1:] {
		c.Add(x)
	}
	c.Refine()
	sa, sb := storyOfAll(t, c, a), storyOfAll(t, c, b)
	if len(sa) != 1 || len(sb) != 1 {
		t.Fatalf("each event should be one story: %v %v", sa, sb)
	}
	for s := range sa {
		if sb[s] > 0 {
			t.Fatalf("the two events share story %s", s)
		}
		if s != first {
			t.Errorf("the first event's story is %s, want the id it was given, %s", s, first)
		}
		if c.Canonical(first) != first {
			t.Errorf("Canonical(%s) = %s", first, c.Canonical(first))
		}
	}
	// Placing the same articles again changes nothing.
	for _, x := range all {
		c.Add(x)
	}
	c.Refine()
	if fmt.Sprint(storyOfAll(t, c, a), storyOfAll(t, c, b)) != fmt.Sprint(sa, sb) {
		t.Errorf("re-adding moved articles: %v %v", storyOfAll(t, c, a), storyOfAll(t, c, b))
	}
	// A later article of the second event joins its story.
	late := twoEventsLate()
	if got := c.Add(late).StoryID; sb[got] == 0 {
		t.Errorf("a later article of the second event went to %s, not %v", got, sb)
	}
}

func twoEventsLate() *crossread.Article {
	_, b := twoEvents(13)
	x := b[12]
	x.ID = "late"
	return x
}

func TestSplitWithASmallArena(t *testing.T) {
	// Only the newest few members' vectors are kept: the older ones are
	// pinned to their story, and nothing breaks.
	a, b := twoEvents(12)
	cfg := DefaultConfig()
	cfg.SplitArena = 64 * 10
	c := NewWithConfig(cfg)
	for _, x := range interleaved(a, b) {
		c.Add(x)
	}
	c.Refine()
	for _, x := range interleaved(a, b) {
		if _, ok := c.StoryOf(x.ID); !ok {
			t.Fatalf("%s lost", x.ID)
		}
	}
	if s, _ := c.StoryOf(a[0].ID); s != c.Canonical(s) {
		t.Errorf("the first article's story %s is not canonical", s)
	}
}

func TestArenaRing(t *testing.T) {
	cfg := DefaultConfig()
	cfg.SplitArena = 10
	c := NewWithConfig(cfg)
	v := func(k int) []term {
		out := make([]term, k)
		for i := range out {
			out[i] = term{uint64(i + 1), float32(k)}
		}
		return out
	}
	m1 := member{pos: c.store(v(4)), n: 4}
	m2 := member{pos: c.store(v(4)), n: 4}
	if got := c.vecOf(m1); len(got) != 4 || got[0].w != 4 {
		t.Fatalf("first vector %v", got)
	}
	m3 := member{pos: c.store(v(3)), n: 3} // does not fit before the end: starts over
	if c.vecOf(m1) != nil {
		t.Error("the first vector should be overwritten")
	}
	if got := c.vecOf(m2); len(got) != 4 {
		t.Errorf("second vector %v", got)
	}
	if got := c.vecOf(m3); len(got) != 3 || got[0].w != 3 {
		t.Errorf("third vector %v", got)
	}
	big := member{pos: c.store(v(11)), n: 11}
	if c.vecOf(big) != nil {
		t.Error("a vector longer than the arena cannot be kept")
	}
}

func TestReIngestAfterASplitChangesNothing(t *testing.T) {
	a, b := twoEvents(12)
	all := interleaved(a, b)
	day1 := New()
	for _, x := range all {
		day1.Add(x)
	}
	day1.Refine()
	stories := map[string][]*crossread.Article{}
	var order []string
	for _, x := range all {
		s, _ := day1.StoryOf(x.ID)
		if stories[s] == nil {
			order = append(order, s)
		}
		stories[s] = append(stories[s], x)
	}
	if len(order) < 2 {
		t.Fatalf("day 1 should have split the events: %v", order)
	}
	// The next run restores the stored stories and reads the same input.
	day2 := New()
	for _, s := range order {
		day2.Seed(s, stories[s])
	}
	for _, x := range all {
		day2.Add(x)
	}
	day2.Refine()
	for _, x := range all {
		s1, _ := day1.StoryOf(x.ID)
		if s2, _ := day2.StoryOf(x.ID); s2 != s1 {
			t.Errorf("%s moved from %s to %s", x.ID, s1, s2)
		}
	}
}

// syntheticStory builds one story from hand-made vectors: each article
// holds the shared terms, its event's terms and terms of its own, all of
// weight one. Two events' centroids then score
// shared/(shared+event+own/k) for halves of k articles, and two halves of
// one event (shared+event)/(shared+event+own/k).
func syntheticStory(cfg Config, sizes ...int) (*Clusterer, int32, [][]string) {
	const shared, event, own = 10, 6, 6
	c := NewWithConfig(cfg)
	si := c.appendStory(&story{id: "s"})
	c.live = append(c.live, si)
	c.byID["s"] = si
	ids := make([][]string, len(sizes))
	next := uint64(1000)
	for e, n := range sizes {
		for i := range n {
			var vec []term
			for h := range shared {
				vec = append(vec, term{uint64(1 + h), 1})
			}
			for h := range event {
				vec = append(vec, term{uint64(100 + 10*e + h), 1})
			}
			for range own {
				vec = append(vec, term{next, 1})
				next++
			}
			sortByHash(vec)
			id := fmt.Sprintf("e%d-%02d", e, i)
			ids[e] = append(ids[e], id)
			key := articleKey(id)
			c.articles[key] = si
			c.touch(si, time.Time{})
			c.addMember(si, key, 0, 0, vec)
			c.addVector(si, vec)
		}
	}
	return c, si, ids
}

func TestLargeHalvesAreHeldToAHigherBar(t *testing.T) {
	noLarge := DefaultConfig()
	noLarge.SplitLarge = 0
	for _, tc := range []struct {
		name  string
		cfg   Config
		sizes []int
		split bool
	}{
		// 10 articles a side: the events' halves score 0.60, between
		// SplitThreshold and SplitLarge.
		{"two large events", DefaultConfig(), []int{10, 10}, true},
		{"two large events, no large bar", noLarge, []int{10, 10}, false},
		// 4 a side score 0.57: small halves that far apart may be one
		// story's noise.
		{"two small events", DefaultConfig(), []int{4, 4}, false},
		{"one large event", DefaultConfig(), []int{20}, false},
	} {
		c, si, ids := syntheticStory(tc.cfg, tc.sizes...)
		if got := c.split(si); got != tc.split {
			t.Errorf("%s: split = %v, want %v", tc.name, got, tc.split)
			continue
		}
		if !tc.split {
			continue
		}
		for e, group := range ids {
			stories := map[string]bool{}
			for _, id := range group {
				s, _ := c.StoryOf(id)
				stories[s] = true
			}
			if len(stories) != 1 {
				t.Errorf("%s: event %d in %d stories", tc.name, e, len(stories))
			}
			if s, _ := c.StoryOf(group[0]); (s == "s") != (e == 0) {
				t.Errorf("%s: event %d is in story %s", tc.name, e, s)
			}
		}
	}
}
