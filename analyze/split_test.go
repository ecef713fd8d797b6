package analyze

import (
	"testing"

	"crossread"
	"crossread/internal/storygen"
)

func TestGrouperReturnsStoriesSplitOff(t *testing.T) {
	_, all := storygen.TwoStrikes(0, 12) // the two strikes, interleaved
	var a, b []*crossread.Article
	for i, x := range all {
		if i%2 == 0 {
			a = append(a, x)
		} else {
			b = append(b, x)
		}
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
