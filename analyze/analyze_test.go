package analyze

import (
	"fmt"
	"reflect"
	"slices"
	"testing"
	"time"

	"crossread"
)

func art(id, day, title, text string) *crossread.Article {
	t, _ := time.Parse("2006-01-02", day)
	return &crossread.Article{ID: id, Title: title, Text: text, Published: crossread.Timestamp{Time: t}}
}

var quake = []*crossread.Article{
	art("q1", "2024-05-02", "Earthquake of magnitude 6.1 strikes Lorvania", "An earthquake of magnitude 6.1 struck the Lorvanian town of Tessik on Thursday, killing four people, the national seismic institute said. Rescuers searched collapsed houses in Tessik."),
	art("q2", "2024-05-02", "Tessik quake kills four", "Four people died when a magnitude 6.1 earthquake hit Tessik in Lorvania on Thursday, officials said. Houses collapsed across Tessik and rescuers worked through the night."),
	art("f1", "2024-05-02", "Grain prices rise in Amberia", "Grain prices in Amberia rose for a third week as dry weather cut the wheat harvest, traders in Valmont said. The Amberian farm ministry expects a smaller crop."),
}

func TestGroupDoesNotDependOnInputOrder(t *testing.T) {
	clone := func(in []*crossread.Article) []*crossread.Article {
		var out []*crossread.Article
		for _, a := range in {
			c := *a
			out = append(out, &c)
		}
		return out
	}
	o1, m1, _ := Group(clone(quake))
	rev := clone(quake)
	for i, j := 0, len(rev)-1; i < j; i, j = i+1, j-1 {
		rev[i], rev[j] = rev[j], rev[i]
	}
	o2, m2, _ := Group(rev)
	if !reflect.DeepEqual(o1, o2) || !reflect.DeepEqual(m1, m2) {
		t.Fatalf("order changed the grouping:\n%v %v\n%v %v", o1, m1, o2, m2)
	}
	if len(o1) != 2 {
		t.Fatalf("got %d stories, want 2: %v", len(o1), m1)
	}
}

func TestSeededGrouperExtendsStoredStory(t *testing.T) {
	_, m, _ := Group(quake[:2])
	var sid string
	for id := range m {
		sid = id
	}
	g := NewGrouper()
	g.Seed(sid, "", quake[:2])
	later := art("q3", "2024-05-03", "Tessik counts the cost of Thursday's earthquake", "A day after the magnitude 6.1 earthquake killed four people in Tessik, Lorvania, rescuers ended their search of collapsed houses, officials said.")
	g.Add([]*crossread.Article{later})
	order, members := g.Stories()
	if len(order) != 1 || order[0] != sid || len(members[sid]) != 3 {
		t.Fatalf("the later article did not join the seeded story %s: %v %v", sid, order, members)
	}
}

func TestStoryKeepsSpansInsideArticles(t *testing.T) {
	docs := Documents(quake[:2], 1)
	s := Story("s", docs, Options{})
	texts := map[string]string{}
	for _, d := range docs {
		texts[d.Article.ID] = d.Article.Text
	}
	for _, e := range s.Entities {
		for _, sp := range e.Spans {
			if !sp.Valid(len(texts[sp.ArticleID])) || texts[sp.ArticleID][sp.Start:sp.End] != sp.Text {
				t.Errorf("entity %s: bad span %+v", e.Name, sp)
			}
		}
	}
	for _, q := range s.Quotes {
		if !q.Span.Valid(len(texts[q.ArticleID])) {
			t.Errorf("quote span out of its article: %+v", q)
		}
	}
	if len(s.Brief.Sections) == 0 {
		t.Fatal("no brief")
	}
}

// A brief that opens with the story's title as a sentence leaves the
// heading to the next headline, so that the two never say the same thing
// twice; the choice passes over that headline.
func TestTitleCanPassOverTheBriefsFirstSentence(t *testing.T) {
	docs := Documents(quake[:2], 1)
	first := storyTitle(docs, "")
	if first == "" {
		t.Fatal("no title")
	}
	next := storyTitle(docs, first+".")
	if next == "" || sameHeadline(next, first) {
		t.Errorf("passing over %q gave %q", first, next)
	}
	if !sameHeadline("Tessik quake kills four.", "tessik  quake kills four") || sameHeadline("", "") {
		t.Error("sameHeadline should ignore case, spaces and a closing stop, and never match empty text")
	}
}

// An undated article is placed after the dated ones; in a batch it still
// joins a story whose days passed long before the stream's last date.
func TestUndatedArticleJoinsAnOldStoryInABatch(t *testing.T) {
	arts := []*crossread.Article{quake[0]}
	// months of unrelated dated news move the stream's clock on
	for i := 0; i < 40; i++ {
		day := time.Date(2024, 6, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, 3*i).Format("2006-01-02")
		arts = append(arts, art(fmt.Sprintf("n%02d", i), day, fmt.Sprintf("Harbour report number %d for the port of Velm", i),
			fmt.Sprintf("The port of Velm handled cargo ship number %d this week, the harbour office said in its weekly note on shipping.", i)))
	}
	undated := *quake[1]
	undated.ID, undated.Published = "q2-undated", crossread.Timestamp{}
	arts = append(arts, &undated)
	_, members, _ := Group(arts)
	for _, ids := range members {
		if slices.Contains(ids, quake[0].ID) && !slices.Contains(ids, "q2-undated") {
			t.Errorf("the undated report of the quake did not join its story: %v", ids)
		}
	}
}
