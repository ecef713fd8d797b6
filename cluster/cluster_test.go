package cluster

import (
	"fmt"
	"os"
	"strings"
	"testing"
	"time"

	"crossread"
)

// load reads testdata/name: articles separated by "===" lines; with titled,
// the first line of each is its title.
func load(t *testing.T, name, prefix string, titled bool, day time.Time) []*crossread.Article {
	t.Helper()
	b, err := os.ReadFile("testdata/" + name)
	if err != nil {
		t.Fatal(err)
	}
	var out []*crossread.Article
	for i, part := range strings.Split(string(b), "\n===\n") {
		part = strings.TrimSpace(part)
		a := &crossread.Article{ID: prefix + string(rune('0'+i)), Text: part,
			Published: crossread.Timestamp{Time: day.Add(time.Duration(i) * 5 * time.Hour), HasClock: true}}
		if titled {
			a.Title, a.Text, _ = strings.Cut(part, "\n")
		}
		out = append(out, a)
	}
	return out
}

var monday = time.Date(2026, 3, 2, 8, 0, 0, 0, time.UTC)

func quakes(t *testing.T) (valdoria, korvan []*crossread.Article) {
	valdoria = load(t, "quake-valdoria.txt", "v", true, monday)
	korvan = load(t, "quake-korvan.txt", "k", true, monday.Add(50*time.Hour))
	return
}

// interleave returns the articles of both lists by publication time.
func interleave(a, b []*crossread.Article) []*crossread.Article {
	out := append(append([]*crossread.Article(nil), a...), b...)
	for i := 1; i < len(out); i++ {
		for j := i; j > 0 && out[j].Published.Time.Before(out[j-1].Published.Time); j-- {
			out[j], out[j-1] = out[j-1], out[j]
		}
	}
	return out
}

func place(c *Clusterer, arts []*crossread.Article) map[string]string {
	got := map[string]string{}
	for _, a := range arts {
		got[a.ID] = c.Add(a).StoryID
	}
	for id, s := range got {
		got[id] = c.Canonical(s)
	}
	return got
}

func storiesOf(got map[string]string, arts []*crossread.Article) map[string]bool {
	m := map[string]bool{}
	for _, a := range arts {
		m[got[a.ID]] = true
	}
	return m
}

func TestTwoEarthquakesInOneWeekStayApart(t *testing.T) {
	v, k := quakes(t)
	got := place(New(), interleave(v, k))
	sv, sk := storiesOf(got, v), storiesOf(got, k)
	if len(sv) != 1 || len(sk) != 1 {
		t.Fatalf("each quake should be one story: Valdoria %v, Korvan %v", sv, sk)
	}
	for s := range sv {
		if sk[s] {
			t.Fatalf("the two quakes were put in one story %s", s)
		}
	}
}

func TestUndatedArticlesCluster(t *testing.T) {
	v, k := quakes(t)
	for _, a := range append(v, k...) {
		a.Published = crossread.Timestamp{}
	}
	got := place(New(), append(v, k...))
	if len(storiesOf(got, v)) != 1 || len(storiesOf(got, k)) != 1 {
		t.Fatalf("undated: %v", got)
	}
}

func TestLaterDevelopmentIsAFollowUp(t *testing.T) {
	v, _ := quakes(t)
	c := New()
	got := place(c, v)
	orig := got[v[0].ID]
	f := load(t, "followup-valdoria.txt", "f", true, monday.Add(12*24*time.Hour))[0]
	as := c.Add(f)
	if !as.New || as.StoryID == orig {
		t.Fatalf("a development 12 days later should open its own story, got %+v", as)
	}
	if as.FollowUpOf != orig {
		t.Fatalf("FollowUpOf = %q, want %q", as.FollowUpOf, orig)
	}
}

func TestReAddingAnArticleChangesNothing(t *testing.T) {
	v, k := quakes(t)
	c := New()
	first := place(c, interleave(v, k))
	n := len(c.stories)
	for _, a := range interleave(v, k) {
		as := c.Add(a)
		if as.New || as.StoryID != first[a.ID] || as.FollowUpOf != "" {
			t.Fatalf("re-adding %s: %+v, first placed in %s", a.ID, as, first[a.ID])
		}
	}
	if len(c.stories) != n || c.nDocs != len(v)+len(k) {
		t.Fatalf("re-adding changed the state: %d stories (was %d), %d docs", len(c.stories), n, c.nDocs)
	}
}

func TestStoryIDsDoNotDependOnUnrelatedStories(t *testing.T) {
	v, k := quakes(t)
	// Korvan first (moved before Valdoria in time), then the other way.
	for _, a := range k {
		a.Published.Time = a.Published.Time.Add(-7 * 24 * time.Hour)
	}
	a := place(New(), interleave(v, k))
	onlyV := place(New(), v)
	if a[v[0].ID] != onlyV[v[0].ID] {
		t.Fatalf("Valdoria's id changed with an unrelated story before it: %s vs %s", a[v[0].ID], onlyV[v[0].ID])
	}
	onlyK := place(New(), k)
	if a[k[0].ID] != onlyK[k[0].ID] {
		t.Fatalf("Korvan's id changed: %s vs %s", a[k[0].ID], onlyK[k[0].ID])
	}
}

func TestSeedExtendsYesterdaysStory(t *testing.T) {
	v, k := quakes(t)
	// Day 1 sees all but the last article of each quake.
	day1 := New()
	got := place(day1, interleave(v[:len(v)-1], k[:len(k)-1]))
	members := map[string][]*crossread.Article{}
	for _, a := range interleave(v[:len(v)-1], k[:len(k)-1]) {
		members[got[a.ID]] = append(members[got[a.ID]], a)
	}
	// Day 2 restores day 1's stories, then reads the new articles and,
	// as a re-run would, the old ones again.
	day2 := New()
	for id, arts := range members {
		day2.Seed(id, arts)
	}
	for _, a := range interleave(v, k) {
		as := day2.Add(a)
		if want, old := got[a.ID]; old && (as.StoryID != want || as.New) {
			t.Fatalf("day-1 article %s re-read: %+v, want %s", a.ID, as, want)
		}
	}
	for _, a := range []*crossread.Article{v[len(v)-1], k[len(k)-1]} {
		sid, _ := day2.StoryOf(a.ID)
		if want := got[a.ID[:1]+"0"]; sid != want {
			t.Errorf("day-2 article %s in %s, want day 1's %s", a.ID, sid, want)
		}
	}
}

func TestDuplicateJoinsItsOriginalsStory(t *testing.T) {
	v, k := quakes(t)
	c := New()
	got := place(c, interleave(v, k))
	cp := &crossread.Article{ID: "copy", Text: "unrelated words entirely", DuplicateOf: k[1].ID,
		Similarity: 0.9, Published: k[1].Published}
	if as := c.Add(cp); as.StoryID != got[k[1].ID] {
		t.Fatalf("copy placed in %s, original in %s", as.StoryID, got[k[1].ID])
	}
}

func TestFeatures(t *testing.T) {
	cfg := DefaultConfig()
	x := newExtractor(&cfg)
	terms := x.extract(&crossread.Article{Title: "Biden Pushes Carbon Plan",
		Text: "The U.S. said on Tuesday that Mark Teixeira's offer was $160 million. Officials said 1,000 were hurt."}, nil)
	has := func(kind byte, s string) bool {
		h := hashBytes(kind, []byte(s))
		for _, t := range terms {
			if t.h == h {
				return true
			}
		}
		return false
	}
	for _, c := range []struct {
		kind byte
		s    string
		want bool
	}{
		{kindEntity, "teixeira", true},
		{kindPhrase, "mark teixeira", true},
		{kindEntity, "us", true},
		{kindNumber, "160", true},
		{kindNumber, "1000", true},
		{kindEntity, "officials", false}, // sentence-initial, alone
		{kindEntity, "biden", false},     // Title Case headline
		{kindEntity, "the", false},
	} {
		if has(c.kind, c.s) != c.want {
			t.Errorf("%c:%s present=%v, want %v", c.kind, c.s, !c.want, c.want)
		}
	}
}

func FuzzAdd(f *testing.F) {
	f.Add("Biden Pushes Carbon Plan", "The U.S. said Mark Teixeira's offer was $160 million. Officials said 1,000 were hurt.")
	f.Add("", "")
	f.Add("ÉTÉ’s", "don’t U.N.-backed 7.5.3 ,,, 'x' A.B.C.D.E.F")
	f.Fuzz(func(t *testing.T, title, text string) {
		c := New()
		a := &crossread.Article{ID: "a", Title: title, Text: text}
		first := c.Add(a)
		if !first.New || first.StoryID == "" {
			t.Fatalf("first article: %+v", first)
		}
		if again := c.Add(a); again.StoryID != first.StoryID || again.New {
			t.Fatalf("re-add: %+v vs %+v", again, first)
		}
		b := &crossread.Article{ID: "b", Title: title, Text: text}
		c.Add(b)
		for _, s := range c.stories {
			for _, tm := range s.cent {
				if !(tm.w >= 0) || tm.w > 1e6 {
					t.Fatalf("bad weight %v", tm.w)
				}
			}
		}
	})
}

// Coverage of one event runs over a day or two, each outlet in its own
// words: an outlet that reports it the next day, dated by the day only,
// joins the story as one that reported it the same day would.
func TestNextDayCoverageJoinsTheStory(t *testing.T) {
	day := time.Date(2026, 3, 2, 0, 0, 0, 0, time.UTC)
	leads := [][2]string{
		{"River Oska bursts its banks in Brellin", "Heavy rain sent the River Oska over its banks on Sunday, forcing some 2,000 people in the old town of Brellin from their homes."},
		{"Brellin counts the cost of the Oska flood", "The mayor of Brellin asked the government on Monday for emergency funds to clear mud from the old town after the River Oska flood."},
		{"Valdoria promises help for flooded Brellin", "Valdoria's cabinet promised money to rebuild the homes destroyed by this week's flood in Brellin."},
	}
	var arts []*crossread.Article
	for i, l := range leads {
		arts = append(arts, &crossread.Article{ID: fmt.Sprintf("n%d", i), Title: l[0], Text: l[1],
			Published: crossread.Timestamp{Time: day.Add(time.Duration(i) * 24 * time.Hour)}})
	}
	got := place(New(), arts)
	if s := storiesOf(got, arts); len(s) != 1 {
		t.Errorf("coverage over three days split into %d stories: %v", len(s), got)
	}
}

// An article dated by its day only may have come out at any hour of it: a
// report with a clock the next afternoon is as close to it as to one
// published that evening, and joins its story.
func TestDateOnlyThenNextAfternoonJoins(t *testing.T) {
	day := time.Date(2026, 6, 10, 0, 0, 0, 0, time.UTC)
	arts := []*crossread.Article{
		{ID: "d0", Title: "Orvane prices its share sale above the range", Text: "Orvane, the payments company, priced its initial public offering above its marketed range on Wednesday, raising money to expand into Europe. Chief executive Mira Holt said the listing was just the beginning.",
			Published: crossread.Timestamp{Time: day}},
		{ID: "d1", Title: "Orvane shares jump in their trading debut", Text: "Shares of Orvane rose in their first day of trading on Thursday, after the payments company priced its initial public offering above its range. Chief executive Mira Holt said the listing was just the beginning.",
			Published: crossread.Timestamp{Time: day.Add(40 * time.Hour), HasClock: true}},
	}
	got := place(New(), arts)
	if s := storiesOf(got, arts); len(s) != 1 {
		t.Errorf("a next-afternoon report split from the day-dated one: %v", got)
	}
	// two clocked reports as far apart stay apart, as before
	arts[0].Published = crossread.Timestamp{Time: day.Add(30 * time.Minute), HasClock: true}
	arts[0].ID, arts[1].ID = "c0", "c1"
	got = place(New(), arts)
	if s := storiesOf(got, arts); len(s) != 2 {
		t.Errorf("clocked reports 40 hours apart joined: %v", got)
	}
}

// With few stories in the index every one is scored: two reports of one
// event that share none of their heaviest terms still meet.
func TestSmallIndexIsScoredWhole(t *testing.T) {
	arts := load(t, "hail-worded-apart.txt", "h", true, monday)
	narrow := DefaultConfig()
	narrow.QueryTerms, narrow.IndexTerms, narrow.ScoreAll = 1, 1, 0
	if got := storiesOf(place(NewWithConfig(narrow), arts), arts); len(got) != 2 {
		t.Fatalf("looked up by one term each: %d stories, want the two the test is about", len(got))
	}
	narrow.ScoreAll = DefaultConfig().ScoreAll
	if got := storiesOf(place(NewWithConfig(narrow), arts), arts); len(got) != 1 {
		t.Errorf("scored whole: %d stories, want 1", len(got))
	}
}
