package dedup

import (
	"os"
	"strings"
	"testing"

	"crossread"
)

// corpus returns four articles on one story written independently (they
// share names, numbers and a quote, but not their wording).
func corpus(t *testing.T) []*crossread.Article {
	t.Helper()
	b, err := os.ReadFile("testdata/distinct.txt")
	if err != nil {
		t.Fatal(err)
	}
	var out []*crossread.Article
	for i, text := range strings.Split(string(b), "\n===\n") {
		text = strings.TrimSpace(text)
		out = append(out, &crossread.Article{ID: "orig" + string(rune('0'+i)), Title: "Earthquake in Valdoria",
			URL: "https://outlet" + string(rune('0'+i)) + ".example/quake", Text: text})
	}
	return out
}

func replaceWords(text string, pairs ...string) string {
	return strings.NewReplacer(pairs...).Replace(text)
}

func TestDistinctSameStoryArticlesAreNotCopies(t *testing.T) {
	x := New()
	for _, a := range corpus(t) {
		if m, ok := x.Add(a); ok {
			t.Errorf("%s marked a copy of %s (%.2f)", a.ID, m.ID, m.Similarity)
		}
	}
}

func TestCopiesFound(t *testing.T) {
	orig := corpus(t)
	base := orig[0]
	cases := []struct {
		name string
		a    crossread.Article
		min  float64
	}{
		{"syndicated copy, other outlet", crossread.Article{Title: base.Title, URL: "https://aggregator.example/a/1", Text: base.Text}, 1},
		{"same page with tracking parameters", crossread.Article{Title: "x", URL: "https://www.outlet0.example/quake/?utm_source=tw&fbclid=1#top", Text: base.Text}, 1},
		// A live page rewritten since: one source, but not a copy of the text.
		{"same page rewritten", crossread.Article{Title: "x", URL: "https://outlet0.example/quake", Text: orig[2].Text}, 0},
		{"spacing and punctuation changed", crossread.Article{URL: "https://b.example/2", Text: strings.ReplaceAll(strings.ToUpper(base.Text), ",", " ,  ")}, 1},
		{"headline changed and a few words changed", crossread.Article{Title: "Deadly quake strikes Valdoria coast", URL: "https://c.example/3",
			Text: replaceWords(base.Text, "early on Tuesday", "on Tuesday morning", "killing", "leaving", "injuring", "hurting", "Rescue teams", "Rescuers", "searching", "combing")}, 0.5},
		{"truncated syndication", crossread.Article{URL: "https://d.example/4", Text: base.Text[:len(base.Text)*3/4]}, 0.5},
		{"sentence appended", crossread.Article{URL: "https://e.example/5", Text: base.Text + " More details will follow as they become available from the agency."}, 0.5},
	}
	for i, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			x := New()
			for _, a := range orig {
				x.Add(a)
			}
			a := tc.a
			a.ID = "copy" + string(rune('a'+i))
			m, ok := x.Add(&a)
			if !ok || m.ID != base.ID {
				t.Fatalf("got %+v, %v; want a copy of %s", m, ok, base.ID)
			}
			if m.Similarity < tc.min || m.Similarity > 1 {
				t.Errorf("similarity %.3f, want ≥ %.2f", m.Similarity, tc.min)
			}
			if tc.min == 0 && m.Similarity >= 0.5 {
				t.Errorf("rewritten page: similarity %.3f, want low", m.Similarity)
			}
		})
	}
}

func TestCopyOfCopyPointsToOriginal(t *testing.T) {
	orig := corpus(t)
	x := New()
	x.Add(orig[1])
	c1 := &crossread.Article{ID: "c1", Text: replaceWords(orig[1].Text, "Residents", "People", "afraid", "scared")}
	c2 := &crossread.Article{ID: "c2", Text: replaceWords(c1.Text, "spent the night", "slept", "broken bones", "fractures")}
	if m, ok := x.Add(c1); !ok || m.ID != orig[1].ID {
		t.Fatalf("c1: %+v %v", m, ok)
	}
	if m, ok := x.Add(c2); !ok || m.ID != orig[1].ID {
		t.Fatalf("c2: %+v %v", m, ok)
	}
}

func TestReAddIsIdempotent(t *testing.T) {
	orig := corpus(t)
	x := New()
	x.Add(orig[0])
	cp := &crossread.Article{ID: "cp", Text: orig[0].Text}
	m1, ok1 := x.Add(cp)
	m2, ok2 := x.Add(cp)
	if !ok1 || m1 != m2 || ok1 != ok2 {
		t.Fatalf("first %+v %v, again %+v %v", m1, ok1, m2, ok2)
	}
	if m, ok := x.Add(orig[0]); ok {
		t.Fatalf("original re-added marked a copy of %s", m.ID)
	}
}

func TestShortAndEmptyTexts(t *testing.T) {
	x := New()
	a := &crossread.Article{ID: "a", Title: "Storm hits coast"}
	b := &crossread.Article{ID: "b", Title: "Election results delayed"}
	if _, ok := x.Add(a); ok {
		t.Fatal("first article a copy")
	}
	if m, ok := x.Add(b); ok {
		t.Fatalf("title-only articles with different titles matched: %+v", m)
	}
	c := &crossread.Article{ID: "c", Title: "Storm Hits Coast!"}
	if m, ok := x.Add(c); !ok || m.ID != "a" {
		t.Fatalf("same title only: %+v %v", m, ok)
	}
}

func TestCapacityBoundsMemory(t *testing.T) {
	orig := corpus(t)
	x := NewWithConfig(Config{Threshold: 0.5, ContainmentThreshold: 0.85, MinShingles: 15, Capacity: 2})
	for _, a := range orig {
		x.Add(a)
	}
	x.Add(&crossread.Article{ID: "dup-of-evicted", Text: orig[0].Text})
	if len(x.ring) != 2 || len(x.byID) > 3 {
		t.Fatalf("ring %d, ids %d", len(x.ring), len(x.byID))
	}
}

func TestCanonicalURL(t *testing.T) {
	for in, want := range map[string]string{
		"https://www.Example.com/a/b/?utm_source=x&id=3#frag": "example.com/a/b?id=3",
		"http://example.com/a/b":                              "example.com/a/b",
		"https://example.com:8080/x?b=2&a=1":                  "example.com:8080/x?a=1&b=2",
		"not a url":                                           "",
		"ftp://example.com/x":                                 "",
	} {
		if got := CanonicalURL(in); got != want {
			t.Errorf("CanonicalURL(%q) = %q, want %q", in, got, want)
		}
	}
}

func FuzzAdd(f *testing.F) {
	f.Add("Storm hits the coast, killing 3.", "https://x.example/a?utm_source=1", "Storm hits")
	f.Add("", "::::", "")
	f.Add("ÄÖÜ don’t don't 1,000 7.5", "http://[::1]/", "t")
	f.Fuzz(func(t *testing.T, text, u, title string) {
		x := New()
		a := &crossread.Article{ID: "a", Text: text, URL: u, Title: title}
		x.Add(a)
		b := &crossread.Article{ID: "b", Text: text, URL: u, Title: title}
		m, ok := x.Add(b)
		if ok && (m.ID != "a" || m.Similarity < 0 || m.Similarity > 1) {
			t.Fatalf("bad match %+v", m)
		}
		if CanonicalURL(u) == "" && (len(wordHashes(nil, text)) > 0 || len(wordHashes(nil, title)) > 0) && !ok {
			t.Fatalf("identical article not matched")
		}
	})
}
