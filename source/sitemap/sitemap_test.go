package sitemap

import (
	"testing"

	"crossread"
)

func TestParseURLSet(t *testing.T) {
	sm, err := Parse([]byte(`<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
 <url><loc> https://n.example/a </loc><lastmod>2025-11-06</lastmod>
  <news:news><news:publication><news:name>N Times</news:name><news:language>fr</news:language></news:publication>
  <news:publication_date>2025-11-06T08:30:00Z</news:publication_date><news:title>Le  titre</news:title></news:news></url>
 <url><lastmod>2025-11-06</lastmod></url>
 <url><loc>https://n.example/b</loc><news:news><news:publication_date>6 November 2025</news:publication_date></news:news></url>
</urlset>`))
	if err != nil {
		t.Fatal(err)
	}
	if sm.IsIndex() || len(sm.URLs) != 2 {
		t.Fatalf("%+v", sm)
	}
	a := sm.URLs[0]
	if a.Loc != "https://n.example/a" || a.Title != "Le titre" || a.Source != "N Times" || a.Language != "fr" ||
		a.Published.String() != "2025-11-06T08:30:00Z" || a.LastMod.String() != "2025-11-06" {
		t.Errorf("%+v", a)
	}
	if sm.URLs[1].Published.String() != "2025-11-06" {
		t.Errorf("loose date: %+v", sm.URLs[1])
	}
}

func TestParseIndex(t *testing.T) {
	sm, err := Parse([]byte(`<sitemapindex><sitemap><loc>https://n.example/s1.xml</loc></sitemap><sitemap><loc>https://n.example/s2.xml.gz</loc><lastmod>2025-01-01</lastmod></sitemap></sitemapindex>`))
	if err != nil || !sm.IsIndex() || len(sm.Sitemaps) != 2 || sm.Sitemaps[1] != "https://n.example/s2.xml.gz" {
		t.Errorf("%+v %v", sm, err)
	}
}

func TestParseRejects(t *testing.T) {
	for _, in := range []string{"", "plain", "<rss></rss>", "<html><body></body></html>"} {
		if _, err := Parse([]byte(in)); crossread.ErrorCode(err) != crossread.EINVALID {
			t.Errorf("Parse(%q): %v", in, err)
		}
	}
	// A truncated sitemap keeps what it gave.
	sm, err := Parse([]byte(`<urlset><url><loc>https://n.example/a</loc></url><url><loc>https://n.exa`))
	if err != nil || len(sm.URLs) != 1 {
		t.Errorf("truncated: %+v %v", sm, err)
	}
}

func FuzzParse(f *testing.F) {
	f.Add([]byte(`<urlset><url><loc>u</loc><news:news><news:title>t</news:title><news:publication_date>2025-11-06</news:publication_date></news:news></url></urlset>`))
	f.Add([]byte(`<sitemapindex><sitemap><loc>x</loc></sitemap></sitemapindex>`))
	f.Add([]byte(`<?xml version="1.0" encoding="windows-1251"?><urlset><url><loc>\xe0</loc></url></urlset>`))
	f.Fuzz(func(t *testing.T, b []byte) {
		sm, err := Parse(b)
		if err != nil {
			return
		}
		if len(sm.URLs) > 0 && len(sm.Sitemaps) > 0 {
			t.Fatal("both urls and sitemaps")
		}
		for _, u := range sm.URLs {
			if u.Loc == "" {
				t.Fatal("url without loc")
			}
		}
	})
}
