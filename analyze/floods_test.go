package analyze

import (
	"context"
	"reflect"
	"sort"
	"strings"
	"testing"

	"crossread"
	"crossread/brief"
	"crossread/source"
)

// TestFloodsEndToEnd reads a story written for this test, told by four
// outlets as HTML pages, plain-text scrapes and a wire copy with their
// page furniture, through the whole pipeline: files, cleaning, analysis,
// brief. It holds what reading such stories end to end taught.
func TestFloodsEndToEnd(t *testing.T) {
	arts, errs := source.Load(context.Background(), []string{"testdata/floods"}, source.Options{Offline: true, Jobs: 1})
	if len(errs) != 0 || len(arts) != 4 {
		t.Fatalf("read %d articles, errors %+v", len(arts), errs)
	}
	byID := map[string]*crossread.Article{}
	bySource := map[string]string{} // outlet → article id
	for _, a := range arts {
		byID[a.ID] = a
		bySource[a.Source] = a.ID
		if strings.Contains(a.Text, "Europe correspondent") || strings.Contains(a.Text, "Read Next") || strings.Contains(a.Text, "Spain: storm") {
			t.Errorf("%s: page furniture left in the text:\n%s", a.Source, a.Text)
		}
	}
	_, stories := Run(arts, Options{})
	if len(stories) != 1 {
		t.Fatalf("%d stories, want 1", len(stories))
	}
	st := stories[0]

	ids := func(outlets ...string) []string {
		var out []string
		for _, o := range outlets {
			out = append(out, bySource[o])
		}
		sort.Strings(out)
		return out
	}
	want := map[string]map[string][]string{
		"death toll":             {"12": ids("Daily Ledger"), "14": ids("Wire", "Coastline News", "Porto Daily")},
		"displaced or evacuated": {"2,000": ids("Daily Ledger"), "2,300": ids("Wire", "Coastline News", "Porto Daily")},
	}
	got := map[string]map[string][]string{}
	for _, d := range st.Discrepancies {
		if d.Kind != "toll" {
			continue
		}
		got[d.About] = map[string][]string{}
		for _, v := range d.Variants {
			a := append([]string(nil), v.ArticleIDs...)
			sort.Strings(a)
			got[d.About][v.Value] = a
		}
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("tolls = %v, want %v", got, want)
	}

	said := st.Brief.Section(crossread.SectionSaid)
	whole := false
	for _, s := range said.Sentences {
		whole = whole || strings.HasPrefix(s.Text, "\"We have never seen the water rise this fast. In a few hours the whole lower town was under water,\" said Mayor")
	}
	if !whole {
		t.Errorf("the mayor's quotation is not listed whole: %+v", said.Sentences)
	}
	for _, s := range st.Brief.Section(crossread.SectionTimeline).Sentences {
		if strings.HasPrefix(s.Text, "LISBON") {
			t.Errorf("a dateline left in the timeline: %q", s.Text)
		}
	}
	if problems := brief.Verify(st.Brief, byID); len(problems) != 0 {
		t.Errorf("brief sentences not supported: %+v", problems)
	}
}
