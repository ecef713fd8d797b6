package brief

import (
	"bufio"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"crossread"
	"crossread/claim"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata/")

// loadArticles reads a hand-made story: one file per article, "key: value"
// header lines (id, source, title, url, path), a blank line, then the text.
func loadArticles(t *testing.T, dir string) []*crossread.Article {
	t.Helper()
	files, err := filepath.Glob(filepath.Join(dir, "*.txt"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no articles in %s: %v", dir, err)
	}
	var arts []*crossread.Article
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		head, text, ok := strings.Cut(string(raw), "\n\n")
		if !ok {
			t.Fatalf("%s: no blank line after the header", f)
		}
		a := &crossread.Article{Text: strings.TrimSpace(text)}
		sc := bufio.NewScanner(strings.NewReader(head))
		for sc.Scan() {
			k, v, _ := strings.Cut(sc.Text(), ":")
			v = strings.TrimSpace(v)
			switch k {
			case "id":
				a.ID = v
			case "source":
				a.Source = v
			case "title":
				a.Title = v
			case "url":
				a.URL = v
			case "path":
				a.Path = v
			default:
				t.Fatalf("%s: unknown header %q", f, k)
			}
		}
		arts = append(arts, a)
	}
	return arts
}

// The accord story holds each way a lifted sentence can read badly: a
// "During the two-day conference" whose conference another paragraph
// introduced, an article restating its thesis under its own "why it
// matters", a single-source figure after "The country is pursuing …", and
// outlets the scrape did not name.
func TestBrief_AccordStoryReadsWell(t *testing.T) {
	st, _, byID := story(loadArticles(t, "testdata/accord")...)
	if p := Verify(st.Brief, byID); len(p) != 0 {
		t.Errorf("problems: %+v", p)
	}

	t.Run("definite descriptions follow their introduction", func(t *testing.T) {
		var before []string // stems of the brief's sentences so far
		for _, sec := range st.Brief.Sections {
			if !narrativeSection(sec.Title) {
				continue
			}
			for _, s := range sec.Sentences {
				if h := definiteHead(s.Text); h != "" && !contains(before, h) {
					t.Errorf("%s: %q refers to a %q the brief has not introduced", sec.Title, s.Text, h)
				}
				for _, w := range claim.Words(s.Text) {
					before = append(before, claim.Stem(claim.Fold(w.Text)))
				}
			}
		}
	})

	t.Run("no restatement across sections", func(t *testing.T) {
		hap := sectionText(st.Brief, crossread.SectionHappening)
		rest := sectionText(st.Brief, crossread.SectionMatters) + sectionText(st.Brief, crossread.SectionBeyond)
		if strings.Contains(hap, "highlights its strategic balancing") && strings.Contains(rest, "reflects a strategic shift") {
			t.Errorf("the thesis is said twice:\n%s\n%s", hap, rest)
		}
	})

	t.Run("single-source items name their subject", func(t *testing.T) {
		only := st.Brief.Section(crossread.SectionOnly)
		if len(only.Sentences) == 0 {
			t.Fatal("nothing only reported by one outlet")
		}
		for _, s := range only.Sentences {
			if definiteHead(s.Text) != "" || !claim.StandsAlone(s.Text) {
				t.Errorf("item opens without saying who or what: %q", s.Text)
			}
			if strings.Contains(s.Text, "$4 billion") && !strings.HasPrefix(s.Text, "Veloria") {
				t.Errorf("the deal figure should come with the sentence naming the country: %q", s.Text)
			}
		}
	})

	t.Run("no single-source item repeats another", func(t *testing.T) {
		items := st.Brief.Section(crossread.SectionOnly).Sentences
		for i, a := range items {
			for j, b := range items {
				if i != j && strings.Contains(b.Text, a.Text) {
					t.Errorf("%q is listed again inside %q", a.Text, b.Text)
				}
			}
		}
	})

	md := Markdown(st, byID)
	t.Run("every single-source item is labelled", func(t *testing.T) {
		_, after, _ := strings.Cut(md, "## "+crossread.SectionOnly+"\n\n")
		items, _, _ := strings.Cut(after, "\n\n")
		for _, line := range strings.Split(items, "\n") {
			if !strings.Contains(line, " — only ") {
				t.Errorf("no outlet label: %q", line)
			}
		}
		if !strings.Contains(items, "— only source ") {
			t.Errorf("an unnamed outlet should be labelled by its number:\n%s", items)
		}
	})

	t.Run("html labels every single-source item", func(t *testing.T) {
		page := HTML(st, byID)
		if got, want := strings.Count(page, `<span class="only">— only `), len(st.Brief.Section(crossread.SectionOnly).Sentences); got != want {
			t.Errorf("%d labels for %d items", got, want)
		}
	})

	golden := filepath.Join("testdata", "accord.golden.md")
	if *update {
		if err := os.WriteFile(golden, []byte(md), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (run go test -run AccordStory -update)", err)
	}
	if md != string(want) {
		t.Errorf("brief differs from %s (go test -run AccordStory -update to accept):\n%s", golden, md)
	}
}

func sectionText(b crossread.Brief, title string) string {
	var parts []string
	for _, s := range b.Section(title).Sentences {
		parts = append(parts, s.Text)
	}
	return strings.Join(parts, " ")
}

func TestDefiniteHead(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"During the one-day summit, the leaders signed deals.", claim.Stem("summit")},
		{"The country is pursuing a pragmatic approach.", claim.Stem("country")},
		{"At the meeting the council voted.", claim.Stem("meeting")},
		{"The company announced record profits.", claim.Stem("company")},
		{"The Port of Tarn was sold on Tuesday.", ""},             // a name
		{"The Trump administration is looking to expand it.", ""}, // a name inside
		{"The leaders of both parties met on Monday.", ""},        // says which leaders
		{"The 2020 agreement was signed in Washington.", ""},      // a figure
		{"Ministers met in Dunmore on Monday.", ""},               // no determiner
		{"In 2012 the accord was founded.", ""},                   // preposition without one
		{"Ahead of the vote, unions called a strike.", claim.Stem("vote")},
	} {
		if got := definiteHead(c.in); got != c.want {
			t.Errorf("definiteHead(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// FuzzDefiniteHead: article text is untrusted; the head is "" or one
// lower-case stem.
func FuzzDefiniteHead(f *testing.F) {
	for _, s := range []string{"During the one-day summit, Trump spoke.", "The country is pursuing it.",
		"Ahead of the", "The", "In the 2020 vote", "the — summit", "At the ,", "The Ünïcode café opened."} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		h := definiteHead(s)
		if strings.ContainsAny(h, " \t\n") || h != strings.ToLower(h) {
			t.Errorf("definiteHead(%q) = %q", s, h)
		}
	})
}
