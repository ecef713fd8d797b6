package http

import (
	"context"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"testing"

	"crossread"
	"crossread/sqlite"
)

func openTestDB(t *testing.T) *sqlite.DB {
	t.Helper()
	db, err := sqlite.Open(context.Background(), filepath.Join(t.TempDir(), "t.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

func TestFindFolded(t *testing.T) {
	text := "First line.\n\nThe  Mayor   said\nHELLO wörld. Ünïcode Straße here."
	for _, c := range []struct{ needle, want string }{
		{"the mayor said hello", "The  Mayor   said\nHELLO"},
		{"wörld.", "wörld."},
		{"ünïcode straße", "Ünïcode Straße"},
		{"  first   line. ", "First line."},
	} {
		s, e, ok := findFolded(text, c.needle)
		if !ok || text[s:e] != c.want {
			t.Errorf("findFolded(%q) = %q, %v; want %q", c.needle, text[s:e], ok, c.want)
		}
	}
	if _, _, ok := findFolded(text, "absent words"); ok {
		t.Error("found absent words")
	}
}

func TestRenderParagraphsSplitsOverlaps(t *testing.T) {
	text := "Alpha Beta Gamma.\n\nDelta."
	paras := renderParagraphs(text, []mark{
		{Start: 0, End: 10, Kind: "ent", Type: "person", Entity: "Alpha Beta"},
		{Start: 6, End: 16, Kind: "quote"},
		{Start: 6, End: 24, Kind: "cited"},
		{Start: 3, End: 400, Kind: "date"}, // out of range: dropped
		{Start: 19, End: 20, Kind: "date"},
	})
	if len(paras) != 2 {
		t.Fatalf("%d paragraphs", len(paras))
	}
	var got []string
	for _, p := range paras {
		for _, s := range p.Segs {
			got = append(got, s.Text+"|"+s.Classes+"|"+s.ID)
		}
	}
	want := []string{"Alpha |hl-ent hl-ent-person|", "Beta|hl-cited hl-ent hl-ent-person hl-quote|cited",
		" Gamma|hl-cited hl-quote|", ".|hl-cited|", "D|hl-cited hl-date|", "elta|hl-cited|", ".||"}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("segments:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

func FuzzRenderParagraphs(f *testing.F) {
	f.Add("Hello wörld.\n\nSecond.", 0, 5, 3, 14)
	f.Add("\n\n\n", 1, 2, 0, 3)
	f.Fuzz(func(t *testing.T, text string, s1, e1, s2, e2 int) {
		paras := renderParagraphs(text, []mark{{Start: s1, End: e1, Kind: "ent"}, {Start: s2, End: e2, Kind: "cited"}})
		var b strings.Builder
		for _, p := range paras {
			for _, s := range p.Segs {
				b.WriteString(s.Text)
			}
		}
		// Segments only ever cover the text, in order, minus paragraph breaks.
		if got, want := b.String(), strings.ReplaceAll(text, "\n\n", ""); len(got) > len(want) {
			t.Fatalf("segments longer than text: %q vs %q", got, want)
		}
	})
}

func FuzzFindFolded(f *testing.F) {
	f.Add("The Mayor said hello.", "mayor  SAID")
	f.Add("Ünïcode", "ünï")
	f.Fuzz(func(t *testing.T, text, needle string) {
		s, e, ok := findFolded(text, needle)
		if ok && (s < 0 || e > len(text) || s > e) {
			t.Fatalf("range [%d,%d) outside text of %d", s, e, len(text))
		}
	})
}

func FuzzValidJSONL(f *testing.F) {
	f.Add([]byte("{\"id\":\"a\",\"text\":\"x\"}\n\n{\"text\":\"y\"}"))
	f.Add([]byte("[1,2]\n"))
	f.Add([]byte("{\"a\":"))
	f.Fuzz(func(t *testing.T, b []byte) {
		err := validJSONL(b)
		if err != nil && crossread.ErrorCode(err) != crossread.EINVALID && crossread.ErrorCode(err) != crossread.EEMPTY {
			t.Fatalf("error without a kind: %v", err)
		}
	})
}

func TestEntityNamesWithSlashes(t *testing.T) {
	ctx := context.Background()
	db := openTestDB(t)
	a := &crossread.Article{ID: "m1", Source: "Music Weekly", Text: "AC/DC played in Sydney."}
	st := &crossread.Story{ID: "s1", Title: "Concert", ArticleIDs: []string{"m1"},
		Entities: []crossread.Entity{{Name: "AC/DC", Type: "ORG", ArticleIDs: []string{"m1"}, Mentions: 1,
			Spans: []crossread.Mention{{Span: crossread.Span{ArticleID: "m1", Start: 0, End: 5}, Text: "AC/DC", Type: "ORG"}}}}}
	if err := db.PutArticles(ctx, []*crossread.Article{a}); err != nil {
		t.Fatal(err)
	}
	if err := db.PutStories(ctx, []*crossread.Story{st}); err != nil {
		t.Fatal(err)
	}
	s, err := NewServer(Config{DB: db})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	rec := httptest.NewRecorder()
	s.Handler().ServeHTTP(rec, httptest.NewRequest("GET", "/articles/m1", nil))
	if !strings.Contains(rec.Body.String(), `href="/entities/AC%2FDC"`) {
		t.Fatalf("entity link not escaped: %s", rec.Body.String())
	}
	rec = httptest.NewRecorder()
	s.Handler().ServeHTTP(rec, httptest.NewRequest("GET", "/entities/AC%2FDC", nil))
	if rec.Code != 200 || !strings.Contains(rec.Body.String(), "<h1>AC/DC</h1>") {
		t.Fatalf("entity page: %d %s", rec.Code, rec.Body.String())
	}
}
