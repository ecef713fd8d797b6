package textclean

import (
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"

	"crossread"
)

var update = flag.Bool("update", false, "rewrite the testdata/*.golden files")

// golden is the pinned form of a Result.
type golden struct {
	Title     string   `json:"title"`
	Source    string   `json:"source"`
	Published string   `json:"published"`
	Authors   []string `json:"authors"`
	Text      []string `json:"text"` // paragraphs
	Removed   []string `json:"removed"`
}

func toGolden(r Result) golden {
	g := golden{Title: r.Title, Source: r.Source, Published: r.Published.String(), Authors: r.Authors, Removed: r.Removed}
	if r.Text != "" {
		g.Text = strings.Split(r.Text, "\n\n")
	}
	return g
}

func fixtures(t *testing.T) []string {
	t.Helper()
	files, err := filepath.Glob("testdata/*.txt")
	if err != nil || len(files) < 9 {
		t.Fatalf("want at least 9 fixtures in testdata, got %d (%v)", len(files), err)
	}
	return files
}

func readFixture(t *testing.T, path string) string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// TestGolden pins the cleaned output of every testdata/*.txt scrape; run
// `go test ./textclean -update` after a deliberate change and review the diff.
func TestGolden(t *testing.T) {
	for _, path := range fixtures(t) {
		name := strings.TrimSuffix(filepath.Base(path), ".txt")
		t.Run(name, func(t *testing.T) {
			got, err := json.MarshalIndent(toGolden(Clean(readFixture(t, path))), "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			got = append(got, '\n')
			gpath := strings.TrimSuffix(path, ".txt") + ".golden"
			if *update {
				if err := os.WriteFile(gpath, got, 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(gpath)
			if err != nil {
				t.Fatalf("%v (run go test ./textclean -update)", err)
			}
			if string(got) != string(want) {
				t.Errorf("output differs from %s (run with -update and review the diff):\n%s", gpath, got)
			}
		})
	}
}

// unaccounted returns the non-blank input lines that are in none of Text,
// Removed and Title: what cleaning would have lost.
func unaccounted(raw string, r Result) []string {
	// A Markdown scrape is accounted for line by line as its plain form:
	// a link's URL and the markup are no text of the article.
	if looksLikeMarkdown(raw) {
		raw = fromMarkdown(raw)
	}
	removed := make(map[string]bool, len(r.Removed))
	for _, s := range r.Removed {
		removed[s] = true
	}
	var lost []string
	for _, l := range strings.Split(raw, "\n") {
		l = foldSpace(l)
		switch {
		case l == "", strings.Contains(r.Text, l), removed[l]:
		case r.Title != "" && strings.HasPrefix(l, r.Title) && accountedRest(strings.TrimPrefix(l, r.Title), r, removed):
		case chipsAccounted(l, r, removed):
		default:
			lost = append(lost, l)
		}
	}
	return lost
}

// chipsAccounted: a line whose citation chips were cut is in Text
// without them, and the chips are in Removed.
func chipsAccounted(l string, r Result, removed map[string]bool) bool {
	rest, cut := cutChips(l, nil)
	if len(cut) == 0 || !strings.Contains(r.Text, rest) {
		return false
	}
	for _, c := range cut {
		if !removed[c] {
			return false
		}
	}
	return true
}

// accountedRest: what follows the title on its line is its repeat (in
// Removed) or the outlet ("Headline | Outlet").
func accountedRest(rest string, r Result, removed map[string]bool) bool {
	rest = strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(rest), "|"))
	return rest == "" || removed[rest] || rest == r.Source
}

// TestNothingLost: every input line that is not in Removed (or the title)
// is in Text: cleaning never drops a body sentence.
func TestNothingLost(t *testing.T) {
	for _, path := range fixtures(t) {
		raw := readFixture(t, path)
		if lost := unaccounted(raw, Clean(raw)); len(lost) > 0 {
			t.Errorf("%s: lines in neither Text, Removed nor Title: %q", path, lost)
		}
	}
}

// TestFixtures states, per scrape, the noise that must go, the body that
// must stay and the metadata the text gives.
func TestFixtures(t *testing.T) {
	cases := []struct {
		file                     string
		title, source, published string
		authors                  []string
		noise                    []string // whole lines: in Removed, not in Text
		body                     []string // in Text
	}{
		{file: "example_000.txt",
			body: []string{"What's Happening?", "Why It's Important?", "due to Kazakhstan's existing diplomatic ties with Israel since 1992."}},
		{file: "example_001.txt", title: "Why Kazakhstan joined the Abraham Accords: A new geopolitical balancing act",
			source: "India Today", published: "2025-11-07",
			noise: []string{"Why Kazakhstan Joined the Abraham Accords: A New Geopolitical Balancing Act", "more", "India Today India Today — 2025-11-07", "More News"},
			body:  []string{"The Context of Kazakhstan’s Decision", "Author's summary:"}},
		{file: "example_003.txt", title: "Analysis of Kazakhstan’s Accession to the Abraham Accords",
			noise: []string{`"*" indicates required fields`},
			body:  []string{"Implications for Trade and Security", "“Kazakhstan is the first country of my second term to join the Abraham Accords, the first of many,”"}},
		{file: "example_004.txt", title: "Why Is Kazakhstan Joining The Abraham Accords?", source: "RFE/RL",
			authors: []string{"Frud Bezhan", "Reid Standish"},
			noise: []string{"Accessibility links", "Breaking News", "Listen", "5 min", "This audio is AI-generated",
				"please wait", "No media source currently available", "0:00 0:01:10 0:00", "• 16x9 Image", "Frud Bezhan",
				"Central Asian Leaders Seal Trade Deals At White House Summit Central Asian Leaders Seal Trade Deals At White House Summit",
				"XS", "SM", "MD", "LG"},
			body: []string{"US President Donald Trump meets with Kazakh President Qasym-Zhomart Toqaev at the White House in Washington on November 6.",
				"Sarah Zaaimi, senior fellow with the Atlantic Council’s Middle East Programs, wrote in an analysis for the think tank.",
				"Mineral Deals With Central Asia"}},
		{file: "guardian_style.txt", title: "Chilean copper miners strike over pay as talks collapse", published: "2025-11-06",
			authors: []string{"Lucía Fernández"},
			noise:   []string{"Skip to main content", "World › Americas › Chile", "Photograph: Esteban Felix/AP", "Share", "Advertisement", "Topics", "Mining", "Reuse this content"},
			body:    []string{"of 28m pesos per worker was “the best in the industry”.", "“We have been left with no choice,”"}},
		{file: "reuters_style.txt", title: "Kenya’s central bank cuts rate to 9.25% as inflation eases", source: "Reuters", published: "2025-11-07",
			authors: []string{"Jane Wanjiru", "Thomas Okello"},
			noise:   []string{"World", "Updated 2 hours ago", "Advertisement · Scroll to continue", "Reporting by Jane Wanjiru; Writing by Thomas Okello; Editing by Mark Potter", "Suggested Topics:", "Africa", "Markets"},
			body:    []string{"NAIROBI, Nov 7 (Reuters) - Kenya’s central bank cut", "according to the Kenya National Bureau of Statistics."}},
		{file: "ap_hardwrapped.txt", title: "Wildfire forces thousands to flee villages in southern Spain", source: "Associated Press", published: "2025-11-08",
			authors: []string{"Elena Martínez"},
			noise:   []string{"1 of 4", "hide caption", "ADVERTISEMENT", "Firefighters work to contain a blaze near Ronda, Spain, on Saturday. (AP Photo/Jorge Gil)"},
			body: []string{"forced more than 3,000 people to leave their homes in southern Spain on Saturday, regional authorities said",
				"Some 400 firefighters and 18 aircraft were deployed to fight the blaze."}},
		{file: "blog_wordpress.txt", title: "Solar auctions in Uzbekistan draw record bids", published: "2025-03-03",
			authors: []string{"Sam Okafor"},
			noise: []string{"Menu", "Energy Notes", "•", "Share this:", "Like Loading...", "Leave a Reply Cancel reply", "Email *", "Δ",
				"About the author", "Sam Okafor is a freelance journalist covering energy and climate in Central Asia."},
			body: []string{"supplying the grid in late 2026, when"}},
		{file: "cnn_style.txt", title: "Turkey raises interest rate to 50% to fight inflation", source: "CNN", published: "2025-11-06",
			authors: []string{"Gul Tuysuz", "Isil Sariyuce"},
			noise: []string{"Ad Feedback", "Link Copied!", "Istanbul", "Video Ad Feedback", "Why Turkey’s lira keeps falling", "02:31",
				"- Source: CNN", "Sign up for CNN’s Meanwhile in the Middle East newsletter", "See Full Web Article"},
			body: []string{"which President Recep Tayyip Erdogan had long championed."}},
		{file: "bbc_style.txt", title: "Iceland volcano erupts for tenth time since 2023", published: "2025-11-06",
			authors: []string{"Oddur Pétursson"},
			noise: []string{"British Broadcasting Corporation", "Weather", "Published", "Save", "Reykjavik", "Image source, Getty Images",
				"Listen to this article", "3 min", "Volcanoes", "Iceland volcano: Grindavík evacuated again", "Top stories"},
			body: []string{"Why does Iceland have so many eruptions?", "tectonic plates are pulling apart."}},
	}
	for _, c := range cases {
		t.Run(c.file, func(t *testing.T) {
			r := Clean(readFixture(t, filepath.Join("testdata", c.file)))
			if r.Title != c.title || r.Source != c.source || r.Published.String() != c.published || !slices.Equal(r.Authors, c.authors) {
				t.Errorf("metadata = %q / %q / %q / %q, want %q / %q / %q / %q",
					r.Title, r.Source, r.Published, r.Authors, c.title, c.source, c.published, c.authors)
			}
			paras := strings.Split(r.Text, "\n\n")
			for _, n := range c.noise {
				if !slices.Contains(r.Removed, n) {
					t.Errorf("noise %q not in Removed", n)
				}
				if slices.Contains(paras, n) {
					t.Errorf("noise %q still in Text", n)
				}
			}
			for _, b := range c.body {
				if !strings.Contains(r.Text, b) {
					t.Errorf("body %q missing from Text", b)
				}
			}
		})
	}
}

func TestRules(t *testing.T) {
	cases := []struct {
		name    string
		in      string
		text    string
		removed []string
	}{
		{"wrap before lower-case is rejoined", "First line of a sentence that\ncontinues here.\n\nNext paragraph.",
			"First line of a sentence that continues here.\n\nNext paragraph.", nil},
		{"wrap after a connector is rejoined", "Officials met with the\nUnited Nations envoy on Monday.",
			"Officials met with the United Nations envoy on Monday.", nil},
		{"hyphen wrap keeps the hyphen", "It was a well-\nknown fact.", "It was a well-known fact.", nil},
		{"heading stays its own paragraph", "Background\nThe deal was signed in 2020.",
			"Background\n\nThe deal was signed in 2020.", nil},
		{"ad inside a paragraph is removed and the sentence rejoined", "Troops were\n\nAdvertisement\n\nsent to the border.",
			"Troops were sent to the border.", []string{"Advertisement"}},
		{"repeat ignoring case", "A caption about the summit.\nA CAPTION ABOUT THE SUMMIT.\nBody text here.",
			"A caption about the summit.\n\nBody text here.", []string{"A CAPTION ABOUT THE SUMMIT."}},
		{"doubled line mid-text", "Body text here.\nVideo Title Here Video Title Here\nMore body.",
			"Body text here.\n\nMore body.", []string{"Video Title Here Video Title Here"}},
		{"expert sentence at the end is not an author box", "Body text here.\nJane Doe is a professor of economics at Harvard.",
			"Body text here.\n\nJane Doe is a professor of economics at Harvard.", nil},
		{"sentence mentioning subscribe is kept", "Readers can subscribe to the newsletter for free, the editor said.",
			"Readers can subscribe to the newsletter for free, the editor said.", nil},
		{"by-phrase that is not a byline", "By Tuesday, Kazakhstan had joined.", "By Tuesday, Kazakhstan had joined.", nil},
		{"durations and clocks", "Body one.\nListen (4 min)\n12:03 / 45:10\n2 min read\nBody two.",
			"Body one.\n\nBody two.", []string{"Listen (4 min)", "12:03 / 45:10", "2 min read"}},
		{"form residue", "Body one.\nFirst Name*\n* indicates required\nSubmit", "Body one.",
			[]string{"First Name*", "* indicates required", "Submit"}},
		{"a by-phrase with a comma is not a byline", "By Joe Biden, Congress was persuaded.", "By Joe Biden, Congress was persuaded.", nil},
		{"attributed line with newsletter words is kept", "Body one.\nJoin the briefing at 10 a.m., the White House said.",
			"Body one.\n\nJoin the briefing at 10 a.m., the White House said.", nil},
		{"attributed closing line is not an author box", "Body one.\nJohn Smith is a reporter who was detained in 2023, his lawyer said.",
			"Body one.\n\nJohn Smith is a reporter who was detained in 2023, his lawyer said.", nil},
		{"first subheading under the title stays", "Kazakhstan Joins The Accords Today\nBackground\nThe deal was signed in 2020 by four countries.",
			"Background\n\nThe deal was signed in 2020 by four countries.", nil},
		{"a numbered list is not a menu", "The winners were:\n1. Apples\n2. Pears\n3. Plums\n4. Figs\nAll were grown locally.",
			"The winners were:\n\n1. Apples\n\n2. Pears\n\n3. Plums\n\n4. Figs\n\nAll were grown locally.", nil},
		{"a menu in the middle is removed", "Body one is here.\nWorld\nBusiness\nHome & Garden\nSmart Home\nBody two is here.",
			"Body one is here.\n\nBody two is here.", []string{"World", "Business", "Home & Garden", "Smart Home"}},
		{"trailing padding", "Body one.\n\n\n   \n\t\n", "Body one.", nil},
		{"a text of one line is text, not a headline over nothing", "Council Approves The New Harbour Budget",
			"Council Approves The New Harbour Budget", nil},
		{"a sentence ending inside its quote is no headline", "The mayor said on Friday the harbour would be \"rebuilt within a year.\"\nWork starts in May.",
			"The mayor said on Friday the harbour would be \"rebuilt within a year.\"\n\nWork starts in May.", nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r := Clean(c.in)
			if r.Text != c.text || !slices.Equal(r.Removed, c.removed) {
				t.Errorf("Clean(%q)\n text %q\n want %q\n removed %q\n want %q", c.in, r.Text, c.text, r.Removed, c.removed)
			}
		})
	}
}

func TestMetadata(t *testing.T) {
	cases := []struct {
		in                       string
		title, source, published string
		authors                  []string
	}{
		{"Markets Rally On Rate Hopes | Financial Review\nBy Ann Lee | Financial Review\nStocks rose on Monday as investors bet on lower rates.",
			"Markets Rally On Rate Hopes", "Financial Review", "", []string{"Ann Lee"}},
		{"Opinion\nWhy the treaty matters now\nPublished: 2024-03-05T10:30:00Z\nBy A. B. Smith, Jane O'Neil and Li Wei\nThe treaty was signed on Friday after years of talks.",
			"Why the treaty matters now", "", "2024-03-05T10:30:00Z", []string{"A. B. Smith", "Jane O'Neil", "Li Wei"}},
		{"Storm Hits Coast\nStorm Hits Coast\nUpdated Nov 8, 2025\nFirst published November 6, 2025\nWaves reached five metres on Sunday.\n© 2025 Coastal Herald Media. All rights reserved.",
			"Storm Hits Coast", "Coastal Herald Media", "2025-11-06", nil},
		{"Budget Passes Senate Budget Passes Senate\nThe bill passed 51-49 late on Friday night.",
			"Budget Passes Senate", "", "", nil},
		{"Flood Waters Recede In Valencia\nResidents returned home on Monday as the waters fell.\nMaria Gil\nMaria Gil is a reporter for The Daily Ledger based in Madrid. She previously worked at Other Outlet.",
			"Flood Waters Recede In Valencia", "The Daily Ledger", "", []string{"Maria Gil"}},
		{"Seven Ways To Audit Your Site\nby Jason Rowe | SEO | 8 min read\nAudits start with the crawl, and the crawl starts with a sitemap of every page.",
			"Seven Ways To Audit Your Site", "", "", []string{"Jason Rowe"}},
		{"Release Notes For The Autumn Update\nWritten by: devlin42 · 15/12/2025\nThe update fixes twelve bugs and adds a dark theme to the settings page.",
			"Release Notes For The Autumn Update", "", "2025-12-15", []string{"devlin42"}},
		{"Wine Shop\nBy Type\nBy Wine Region\nBy Grape\nA Guide To Rioja\nMarch 2, 2025 · 6 min read\nRioja is the best known wine region of Spain, and its reds age for years.",
			"A Guide To Rioja", "", "2025-03-02", nil},
		{"ASTANA, Kazakhstan (AP) — The government said on Thursday it would join the pact.\nIt gave no date.",
			"", "AP", "", nil},
		// a masthead line under the headline names the outlet, not an author
		{"Halbrook Sale Leaves Jobs In Question\nCambridge Daily Ledger\nMarch 3, 2026\nThe company will be sold for $27.5 billion, the companies said on Monday.",
			"Halbrook Sale Leaves Jobs In Question", "Cambridge Daily Ledger", "2026-03-03", nil},
		{"Halbrook Sale Leaves Jobs In Question\nMaria Gil\nMarch 3, 2026\nThe company will be sold for $27.5 billion, the companies said on Monday.",
			"Halbrook Sale Leaves Jobs In Question", "", "2026-03-03", []string{"Maria Gil"}},
		// mastheads with other languages' joining words, and other outlet words
		{"Un terremoto sacude el sur de Perú\nDiario del Sur\n15 de marzo de 2027\nUn terremoto de magnitud 6,4 sacudió el sur de Perú el domingo.",
			"Un terremoto sacude el sur de Perú", "Diario del Sur", "2027-03-15", nil},
		{"Carmaker Recalls A Million SUVs\nAuto World\nMay 10, 2027\nThe carmaker is recalling 1.2 million vehicles, the company said on Monday.",
			"Carmaker Recalls A Million SUVs", "Auto World", "2027-05-10", nil},
		{"Roban joyas del Museo Marlowe\nAgencia Austral\n18 de octubre de 2026\nCuatro ladrones robaron ocho joyas del museo el domingo.",
			"Roban joyas del Museo Marlowe", "Agencia Austral", "2026-10-18", nil},
		{"Vier Räuber erbeuten Schmuck\nNordische Presseagentur\n18. Oktober 2026\nVier maskierte Räuber haben am Sonntag acht Schmuckstücke gestohlen.",
			"Vier Räuber erbeuten Schmuck", "Nordische Presseagentur", "2026-10-18", nil},
		{"Naufragio a Castellan, 45 morti\nIl Corriere del Sud\nDi Giulia Ferri\n5 agosto 2026\nÈ salito a 45 morti il bilancio del naufragio del traghetto.",
			"Naufragio a Castellan, 45 morti", "Il Corriere del Sud", "2026-08-05", []string{"Giulia Ferri"}},
		// a Brazilian state after the town is no agency ("PA" is Pará)
		{"Barco vira no rio e deixa seis mortos\nGazeta do Oeste\n17/04/2027\nSANTARÉM (PA) — Seis pessoas morreram após o naufrágio de uma embarcação no rio.",
			"Barco vira no rio e deixa seis mortos", "Gazeta do Oeste", "2027-04-17", nil},
		{"Containers in brand op schip in de haven\nGazet van het Noorden\nDinsdag 12 oktober 2027 17:45\nDe brandweer rukte in de nacht uit naar het schip in de haven.",
			"Containers in brand op schip in de haven", "Gazet van het Noorden", "2027-10-12", nil},
		// an Italian agency's abbreviated month after its city, a time after it
		{"Sciopero dei bus, corse ridotte\nAgenzia Lombarda Notizie\nMilano, 7 mag 2027 - 11:20\nLo sciopero dei bus ha ridotto le corse in tutta la città.",
			"Sciopero dei bus, corse ridotte", "Agenzia Lombarda Notizie", "2027-05-07", nil},
		// the Brazilian papers' dotted date, a time after it
		{"Motoristas de ônibus param em Recife\nJornal do Capibaribe\n9.mar.2027 às 7h15\nOs motoristas de ônibus cruzaram os braços nesta terça-feira.",
			"Motoristas de ônibus param em Recife", "Jornal do Capibaribe", "2027-03-09", nil},
	}
	for _, c := range cases {
		r := Clean(c.in)
		if r.Title != c.title || r.Source != c.source || r.Published.String() != c.published || !reflect.DeepEqual(r.Authors, c.authors) {
			t.Errorf("Clean(%q):\n got %q / %q / %q / %q\nwant %q / %q / %q / %q", c.in,
				r.Title, r.Source, r.Published, r.Authors, c.title, c.source, c.published, c.authors)
		}
		if lost := unaccounted(c.in, r); len(lost) > 0 {
			t.Errorf("Clean(%q) lost %q", c.in, lost)
		}
	}
}

func FuzzClean(f *testing.F) {
	files, _ := filepath.Glob("testdata/*.txt")
	for _, p := range files {
		if b, err := os.ReadFile(p); err == nil {
			f.Add(string(b))
		}
	}
	for _, s := range []string{"", "\n\n", "A A", "x\xffy\n\xfe", "By A B | C\n2025-13-45", "•\n*\nXS", "Title Title\nTitle",
		"© 2025 ", "a-\nb", "Jane Doe\nJane Doe is a reporter.", "Published\n31 November 2025"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, raw string) {
		r := Clean(raw)
		if lost := unaccounted(raw, r); len(lost) > 0 {
			t.Fatalf("lost %q from %q; result %+v", lost, raw, r)
		}
		if strings.TrimSpace(r.Text) != r.Text || strings.Contains(r.Text, "\n\n\n") {
			t.Fatalf("badly joined text %q", r.Text)
		}
	})
}

func BenchmarkClean(b *testing.B) {
	files, _ := filepath.Glob("testdata/*.txt")
	var docs []string
	size := 0
	for _, p := range files {
		data, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		docs = append(docs, string(data))
		size += len(data)
	}
	b.SetBytes(int64(size))
	for b.Loop() {
		for _, d := range docs {
			Clean(d)
		}
	}
}

func TestChromeWordsAndNavBars(t *testing.T) {
	for s, want := range map[string]bool{
		"Menu Search Sign in":       true,
		"Share Save Print":          true,
		"Search for a new home now": false,
		"Home prices rose again":    false,
	} {
		if got := chromeWords(key(s)); got != want {
			t.Errorf("chromeWords(%q) = %v, want %v", s, got, want)
		}
	}
	for s, want := range map[string]bool{
		"World | Politics | Business | Tech":     true,
		"Sport • Weather • Culture":              true,
		"Revenue | 2024 | up 4%":                 false,
		"He said it | she said no | they agreed": false,
	} {
		if got := navBar(s); got != want {
			t.Errorf("navBar(%q) = %v, want %v", s, got, want)
		}
	}
}

func TestCaptionsAndFooters(t *testing.T) {
	text := "Council approves flood barrier\n" +
		"The city council on Monday approved a 40 million euro flood barrier for the river district, ending a dispute that lasted six years.\n" +
		"Image 1 of 4\nWorkers inspect the old levee in March.\n" +
		"A boat passes the harbour wall.\nGetty Images\n" +
		"Advertisement - Scroll to continue\n" +
		"Construction is expected to start in the spring and last three years.\n" +
		"The talks will resume next week.\nReuters\n" +
		"Have a news tip? Email us at tips@example.com.\n" +
		"Copyright 2025 Example Wire. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.\n" +
		"Comments (12)\n"
	r := Clean(text)
	for _, gone := range []string{"levee", "boat passes", "Getty", "Scroll", "news tip", "Copyright", "Comments"} {
		if strings.Contains(r.Text, gone) {
			t.Errorf("%q left in the text:\n%s", gone, r.Text)
		}
	}
	for _, kept := range []string{"approved a 40 million", "Construction is expected", "talks will resume"} {
		if !strings.Contains(r.Text, kept) {
			t.Errorf("%q lost from the text:\n%s", kept, r.Text)
		}
	}
}

// Page furniture, bylines and date lines in the other languages read.
func TestFurnitureInOtherLanguages(t *testing.T) {
	text := "Zum Inhalt springen\nMenü\nHafenarbeiter streiken nach gescheiterten Gesprächen\n" +
		"Von Anna Berg\nVeröffentlicht am 04.11.2025, 15:45 Uhr\nTeilen\n" +
		"Die Hafenarbeiter in Port Ellis haben am Dienstag die Arbeit niedergelegt, nachdem die Gespräche mit der Hafenbehörde gescheitert waren.\n" +
		"Anzeige\nLesen Sie auch: Hafenbehörde meldet Rekordgewinn\n" +
		"Die Behörde nannte den Streik rechtswidrig.\n" +
		"Mehr zum Thema\nHafen erweitert Containerterminal\nFrachtraten steigen den dritten Monat\nImpressum\n"
	r := Clean(text)
	if r.Title != "Hafenarbeiter streiken nach gescheiterten Gesprächen" {
		t.Errorf("title %q", r.Title)
	}
	if !slices.Equal(r.Authors, []string{"Anna Berg"}) || r.Published.String() != "2025-11-04T15:45:00Z" && r.Published.String() != "2025-11-04" {
		t.Errorf("authors %v, published %s", r.Authors, r.Published)
	}
	for _, gone := range []string{"Inhalt", "Teilen", "Anzeige", "Lesen Sie", "Containerterminal", "Impressum", "Veröffentlicht"} {
		if strings.Contains(r.Text, gone) {
			t.Errorf("%q left in the text:\n%s", gone, r.Text)
		}
	}
	if !strings.Contains(r.Text, "niedergelegt") || !strings.Contains(r.Text, "rechtswidrig") {
		t.Errorf("body lost:\n%s", r.Text)
	}
}

// A slashed date is no breadcrumb, and a label in another language than
// English reads it day first.
func TestSlashedDateLines(t *testing.T) {
	text := "Les dockers en grève après l'échec des négociations\nPar Marie Dubois\nPublié le 04/11/2025 à 15h45\n" +
		"Les dockers de Port Ellis ont cessé le travail mardi après l'échec des négociations avec l'autorité portuaire.\n" +
		"L'autorité a qualifié la grève d'illégale.\n"
	r := Clean(text)
	if r.Published.String() != "2025-11-04" || !slices.Equal(r.Authors, []string{"Marie Dubois"}) {
		t.Errorf("published %s, authors %v", r.Published, r.Authors)
	}
	if strings.Contains(r.Text, "Publié") {
		t.Errorf("date line left in the text:\n%s", r.Text)
	}
	es := Clean("Los estibadores van a la huelga\nPor Lucía Fernández\nPublicado el 04/11/2025 a las 15:45\n" +
		"Los estibadores de Port Ellis dejaron de trabajar el martes tras el fracaso de las negociaciones con la autoridad portuaria.\n" +
		"La autoridad calificó la huelga de ilegal.\n")
	if es.Published.String() != "2025-11-04" || strings.Contains(es.Text, "Publicado") {
		t.Errorf("Spanish date line: published %s, text:\n%s", es.Published, es.Text)
	}
	if isBreadcrumb("Published 11/04/2025 at 3:45 PM") {
		t.Error("a date line taken for a breadcrumb")
	}
}

// An author box in another language is a bio too.
func TestBioInOtherLanguages(t *testing.T) {
	r := Clean("Hafenarbeiter streiken\n" +
		"Die Hafenarbeiter in Port Ellis haben am Dienstag die Arbeit niedergelegt, nachdem die Gespräche mit der Hafenbehörde gescheitert waren.\n" +
		"Die Behörde nannte den Streik rechtswidrig und will eine einstweilige Verfügung beantragen.\n" +
		"Anna Berg ist Redakteurin im Wirtschaftsressort des Tagblatts.\n")
	if strings.Contains(r.Text, "Redakteurin") || !slices.Equal(r.Authors, []string{"Anna Berg"}) {
		t.Errorf("authors %v, text:\n%s", r.Authors, r.Text)
	}
}

// An aggregator's copy: its pointer to the outlet names the source, and
// its sign-in wall and numbered trending list are furniture.
func TestAggregatorCopy(t *testing.T) {
	r := Clean("Harbour workers walk out as talks fail\nStory by Jane Doe • 2h\n" +
		"Harbour workers in Port Ellis walked off the job on Tuesday after talks with the port authority collapsed, halting most cargo traffic across the region.\n" +
		"The union said its 2,400 members would stay out until the authority raised its pay offer.\n" +
		"Continue reading on The Daily Planet\nSign in to view more\nTrending\n1.\nPolice search for missing hiker near the lake\n2.\nSchools to stay open during heat wave\n")
	if r.Source != "The Daily Planet" {
		t.Errorf("source %q", r.Source)
	}
	for _, gone := range []string{"Continue reading", "Sign in", "hiker", "heat wave"} {
		if strings.Contains(r.Text, gone) {
			t.Errorf("%q left in the text:\n%s", gone, r.Text)
		}
	}
}

func TestTrailingBio(t *testing.T) {
	body := "The council approved the budget on Tuesday.\n\nIt doubles the number of night buses, officials said."
	for _, c := range []struct {
		name, text, want string
		box              int
	}{
		{"an author box with accounts", body + "\n\nAna Berg is the Daily Planet's transport correspondent, based in Oslo. Follow her on X @anaberg.", body, 1},
		{"a name heading its box", body + "\n\nAna Berg\n\nAna Berg is a reporter at the Daily Planet covering transport and cities.", body, 2},
		{"no box", body, body, 0},
		{"a person the story is about", body + "\n\nAna Berg is the union's leader and has called for more buses for years.", body + "\n\nAna Berg is the union's leader and has called for more buses for years.", 0},
		{"nothing but a box", "Ana Berg is the Daily Planet's transport correspondent, based in Oslo. Follow her on X @anaberg.", "Ana Berg is the Daily Planet's transport correspondent, based in Oslo. Follow her on X @anaberg.", 0},
	} {
		got, box := TrailingBio(c.text)
		if got != c.want || len(box) != c.box {
			t.Errorf("%s: TrailingBio = %q, %q; want %q and %d paragraphs", c.name, got, box, c.want, c.box)
		}
	}
}

// Date lines with a month's name in the main European languages.
func TestForeignMonthDateLines(t *testing.T) {
	for line, want := range map[string]string{
		"21 de octubre de 2026":            "2026-10-21",
		"Veröffentlicht am 6. März 2025":   "2025-03-06",
		"Publié le 3 février 2026 à 15h45": "2026-02-03",
		"12 maggio 2024":                   "2024-05-12",
		"7 de março de 2025":               "2025-03-07",
		"5 mei 2025":                       "2025-05-05",
		"3 de septiembre de 2029":          "2029-09-03",
		"3 de setiembre de 2029":           "2029-09-03",
	} {
		text := "Dockers strike at the port after talks fail\n" + line + "\nDockers at the port went on strike on Tuesday after talks with the operators failed, the union said.\n"
		r := Clean(text)
		if got := r.Published.Time.Format("2006-01-02"); r.Published.IsZero() || got != want {
			t.Errorf("%q: published %v, want %s", line, r.Published, want)
		}
		if strings.Contains(r.Text, line) {
			t.Errorf("%q left in the text", line)
		}
	}
}

// An outlet or agency with its bureau names the source; a wire's credit
// line and a topics list at the foot are no text.
func TestOutletBylinesAndWireFooters(t *testing.T) {
	text := "Quake kills 11 in the south\nReuters in Lima\nSun 15 Mar 2026 18.40 GMT\n" +
		"At least 11 people were killed when a magnitude 6.8 earthquake hit the south on Sunday, authorities said.\n" +
		"President Ana Ruiz will visit the area on Monday, her office said.\n" +
		"Associated Press writer Franklin Soto contributed to this report.\n" +
		"Explore more on these topics\nNatural disasters and extreme weather\nShare\n"
	r := Clean(text)
	if r.Source != "Reuters" {
		t.Errorf("source %q, want Reuters", r.Source)
	}
	for _, gone := range []string{"Reuters in Lima", "contributed", "Explore more", "Natural disasters"} {
		if strings.Contains(r.Text, gone) {
			t.Errorf("%q left in the text:\n%s", gone, r.Text)
		}
	}
	by := Clean("Quake kills 11 in the south\nBy CARLOS MENDEZ Associated Press\nAt least 11 people were killed when a magnitude 6.8 earthquake hit the south on Sunday, authorities said.\n")
	if len(by.Authors) != 1 || by.Authors[0] != "Carlos Mendez" || by.Source != "Associated Press" {
		t.Errorf("authors %q, source %q; want Carlos Mendez of Associated Press", by.Authors, by.Source)
	}
}

// Editorial notes, an embedded post's signature and an opinion page's
// author line and disclaimer are no text; a two-sentence headline above
// its byline is the title.
func TestEditorialNotesAndOpinionPages(t *testing.T) {
	news := Clean("Senate passes aid package after overnight session\nBy Rachel Moore\n" +
		"The Senate passed a foreign aid package early Wednesday in a 70-29 vote, sending the measure to the House.\n" +
		"— Chuck Schumer (@SenSchumer) February 11, 2026\npic.twitter.com/abc123XYZ\n" +
		"Correction: An earlier version of this story misstated the amount for Israel.\n" +
		"This story has been updated with additional details.\n")
	for _, gone := range []string{"@SenSchumer", "pic.twitter", "Correction", "updated with"} {
		if strings.Contains(news.Text, gone) {
			t.Errorf("%q left in the text:\n%s", gone, news.Text)
		}
	}
	op := Clean("OPINION\nThe Senate did its job. Now the House must do its own.\nBy Laura Chen\nFebruary 11, 2026\n" +
		"Laura Chen is a former State Department official and a columnist.\n" +
		"The Senate's vote for aid to Ukraine is a rare moment of bipartisan seriousness in a broken Congress.\n" +
		"The views expressed in this commentary are the author's own.\n")
	if op.Title != "The Senate did its job. Now the House must do its own." {
		t.Errorf("title %q", op.Title)
	}
	for _, gone := range []string{"OPINION", "former State Department", "views expressed"} {
		if strings.Contains(op.Text, gone) {
			t.Errorf("%q left in the text:\n%s", gone, op.Text)
		}
	}
	if !crossread.IsOpinion(&crossread.Article{Removed: op.Removed}) {
		t.Errorf("not read as opinion; removed %q", op.Removed)
	}
}

// TestMastheadsAndHeadlines reads plain-text articles whose masthead or
// headline the earlier rules missed: a masthead opening on an article
// ("La Voz del Levante"), with an accented word after an elision
// ("L'Écho toulousain") or a hyphenated compound ("Luftfahrt-Ticker"),
// and a headline of two short sentences ending on a quotation.
func TestMastheadsAndHeadlines(t *testing.T) {
	for _, c := range []struct{ raw, title, source string }{
		{"El paro baja en 28.450 personas en abril\n\nLa Voz del Levante\nMartes, 4 de mayo de 2027\n\nEl número de parados registrados bajó en abril.", "El paro baja en 28.450 personas en abril", "La Voz del Levante"},
		{"Le TFC soulève la Coupe\n\nL'Écho toulousain\n23 mai 2027\n\nToulouse a remporté la Coupe de France samedi soir.", "Le TFC soulève la Coupe", "L'Écho toulousain"},
		{"Notlandung in Köln\n\nLuftfahrt-Ticker\n12. Juni 2027\n\nEin Airbus ist am Morgen in Köln notgelandet.", "Notlandung in Köln", "Luftfahrt-Ticker"},
		{"Warnstreik legt Flughafen lahm\n\nNorddeutscher Nachrichtendienst\n21. März 2027\n\nEin Warnstreik hat am Montag den Flughafen lahmgelegt.", "Warnstreik legt Flughafen lahm", "Norddeutscher Nachrichtendienst"},
		{"Retailer confirms breach of customer data\n\nTechWatch\nMarch 14, 2027\n\nThe retailer said on Friday that hackers had stolen customer records.", "Retailer confirms breach of customer data", "TechWatch"},
		{"Sisma nella notte, paura in Valnerina. Il capo della Protezione civile: «Nessuna vittima»\n\nLa Gazzetta del Centro\n13 maggio 2027\n\nUna scossa di terremoto ha svegliato la Valnerina nella notte.",
			"Sisma nella notte, paura in Valnerina. Il capo della Protezione civile: «Nessuna vittima»", "La Gazzetta del Centro"},
		// an article before two names, and names that link with "et"
		{"Nieve en la sierra: cierran tres colegios\n\nEl Vigilante del Norte\n13/05/2027\n\nLa nieve cerró el lunes tres colegios de la sierra.", "Nieve en la sierra: cierran tres colegios", "El Vigilante del Norte"},
		{"Incendie dans une usine de Vichy : aucun blessé\n\nLe Messager de la Loire et du Cher\n17 février 2027\n\nUn incendie a détruit un entrepôt mercredi matin.", "Incendie dans une usine de Vichy : aucun blessé", "Le Messager de la Loire et du Cher"},
		{"Ponte interditada após rachaduras\n\nPortal Vale Agora\n10/11/2027 07h30\n\nA ponte foi interditada na tarde de ontem, segundo a Defesa Civil.", "Ponte interditada após rachaduras", "Portal Vale Agora"},
		// initials after the name, a compound's "-wire", a word mastheads use
		{"Liberan a empresario secuestrado\n\nAgencia Andina de Noticias (AAN)\n28/05/2027\n\nEl empresario fue liberado el jueves por la tarde.", "Liberan a empresario secuestrado", "Agencia Andina de Noticias (AAN)"},
		{"Airline breach exposed loyalty accounts\n\nChipwire\nJun 23, 2027 9:05 AM PT\n\nThe airline said on Tuesday that hackers had reached a vendor's systems.", "Airline breach exposed loyalty accounts", "Chipwire"},
		{"L'Italia vola in finale\n\nIl Tempo Sportivo\n11 giugno 2027\n\nL'Italia ha battuto la Spagna in semifinale.", "L'Italia vola in finale", "Il Tempo Sportivo"},
		{"Cabina precipitata, tre morti\n\nCronaca del Cadore\nvenerdì 13 agosto 2027\n\nUna cabina è precipitata venerdì mattina.", "Cabina precipitata, tre morti", "Cronaca del Cadore"},
		// a headline of a long sentence and a short one without its stop
		{"Nave in fiamme al largo della Sicilia, duemila passeggeri fatti salire sulle scialuppe. Nessun morto\n\nAgenzia Stampa Ionica (ASI)\n17/06/2027 - 11:42\n\n(ASI) SIRACUSA, 17 GIU - Un incendio è scoppiato nella notte a bordo di una nave.", "Nave in fiamme al largo della Sicilia, duemila passeggeri fatti salire sulle scialuppe. Nessun morto", "Agenzia Stampa Ionica (ASI)"},
		// "Allgemeine", "Messager" and an article no surname opens on
		{"Windrad eingestürzt\n\nOstheider Allgemeine\n11. Februar 2027\n\nVon Anna Ahrens\n\nIm Windpark ist in der Nacht eine Anlage umgestürzt.", "Windrad eingestürzt", "Ostheider Allgemeine"},
		{"La ligne coupée\n\nLe Messager vaudois\n16 novembre 2027\n\nPar Anne Rochat\n\nUn éboulement a coupé la ligne mardi.", "La ligne coupée", "Le Messager vaudois"},
		{"Dak ijshal bezwijkt\n\nHet Oosterlicht\n9 januari 2027\n\nHet dak van de ijshal is zaterdagavond ingestort.", "Dak ijshal bezwijkt", "Het Oosterlicht"},
		{"Giftige stof lekt uit opslagtank\n\nProvinciale Havenbode\n12 mei 2027\n\nUit een opslagtank is dinsdag een giftige stof gelekt.", "Giftige stof lekt uit opslagtank", "Provinciale Havenbode"},
	} {
		r := Clean(c.raw)
		if r.Title != c.title || r.Source != c.source {
			t.Errorf("Clean(%q): title %q, source %q; want %q, %q", c.raw, r.Title, r.Source, c.title, c.source)
		}
	}
}

// TestForeignDateLines reads date lines as papers of the other languages
// write them: a place before the date ("Madrid - 08 mar 2027 - 19:05
// CET"), a lower-case weekday and "uur" ("dinsdag 12 oktober 2027 om
// 18.47 uur"), a numeric date read day first in a text not in English
// ("12/10/2027" is 12 October), one written with dashes and a time
// ("17-11-2027, 23:58"), a time and "Atualizado há 2 horas"; the masthead
// above each is the outlet.
func TestForeignDateLines(t *testing.T) {
	body := "\n\nDe betoging trok door de binnenstad van Brussel. De politie telde tienduizenden deelnemers aan de mars tegen de hervorming van de pensioenen."
	for _, c := range []struct{ raw, source, date string }{
		{"Lunes negro en la Bolsa\n\nEl Observador Económico\nMadrid - 08 mar 2027 - 19:05 CET\n\nEl Ibex 35 se desplomó este lunes en una sesión marcada por el pánico de los inversores en toda Europa.", "El Observador Económico", "2027-03-08"},
		{"Tienduizenden betogers in Brussel\n\nDe Brusselse Courant\ndinsdag 12 oktober 2027 om 18.47 uur" + body, "De Brusselse Courant", "2027-10-12"},
		{"Massale pensioenbetoging in Brussel\n\nHet Vlaamse Dagblad\n12/10/2027" + body, "Het Vlaamse Dagblad", "2027-10-12"},
		{"Gemeenteraadsverkiezingen: VVD de grootste\n\nOmroep Delta\n17-11-2027, 23:58" + body, "Omroep Delta", "2027-11-17"},
		{"Dengue: mortes chegam a 41 em Goiás\n\nPortal Cerrado Notícias\n12/04/2027 18h32 - Atualizado há 2 horas\n\nO número de mortes por dengue em Goiás chegou a 41 nesta segunda-feira, segundo a secretaria estadual de saúde.", "Portal Cerrado Notícias", "2027-04-12"},
		// a weekday abbreviated ("do 18 nov 2027", "Do., 18. Nov. 2027")
		{"Lokale partij wint verkiezing\n\nPersbureau Kempen\ndo 18 nov 2027, 07:12" + body, "Persbureau Kempen", "2027-11-18"},
		{"Streik legt Busse lahm\n\nLinzer Abendkurier\nDo., 18. Nov. 2027\n\nLINZ - Die Buslenker streiken seit dem frühen Morgen.", "Linzer Abendkurier", "2027-11-18"},
		// "p. m." written apart, and an agency's initials in lower case
		{"Deslizamiento arrasó con 27 casas\n\nPrensa Andina\nMiércoles, 3 de noviembre de 2027 - 6:10 p. m.\n\nUn deslizamiento de tierra arrasó con 27 casas en la vereda.", "Prensa Andina", "2027-11-03"},
		{"Lastwagen rast in Weihnachtsmarkt\n\nNorddeutscher Presse-Kurier (npk)\n11.12.2027, 22:37 Uhr\n\nEin Lastwagen ist am Abend in einen Weihnachtsmarkt gerast.", "Norddeutscher Presse-Kurier (npk)", "2027-12-11"},
		// a byline's place after a comma is no outlet; "-depesche"
		{"Leitzins sinkt erneut\n\nNeue Aare-Zeitung\n16. September 2027\n\nVon Lukas Meier, Bern\n\nDie Nationalbank senkt den Leitzins um einen Viertelpunkt, wie sie am Donnerstag mitteilte.", "Neue Aare-Zeitung", "2027-09-16"},
		{"Leitzins sinkt erneut\n\nOstschweizer Finanzdepesche\n16.09.2027 – 11:42\n\nBern (OFD) – Die Nationalbank senkt ihren Leitzins um einen Viertelprozentpunkt auf 0,25%.", "Ostschweizer Finanzdepesche", "2027-09-16"},
		// initials in lower case first, "Hebdo", a "-bericht" compound
		{"Schiff rammt Frachter\n\nnnp Norddeutscher Nachrichtenpool\n14.06.2027, 23:48 Uhr\n\nEin Flusskreuzfahrtschiff hat am Abend einen Frachter gerammt.", "nnp Norddeutscher Nachrichtenpool", "2027-06-14"},
		{"Le CHU gagné par la grève\n\nL'Hebdo Régional\n10/03/2027\n\nLes soignants du CHU se sont mis en grève mardi pour les salaires.", "L'Hebdo Régional", "2027-03-10"},
		{"Dijk bezwijkt\n\nBrabants Dagbericht\n2 februari 2027\n\nBij Arcen is dinsdagochtend een dijk bezweken, meldt de gemeente.", "Brabants Dagbericht", "2027-02-02"},
		// a "-press" compound
		{"Drei Tote bei Lawinenunglück\n\nHelvepress\n13.02.2027\n\nWie die Kantonspolizei Wallis mitteilte, wurden alle fünf Verschütteten geortet.", "Helvepress", "2027-02-13"},
		// initials in capitals, a dash, the name
		{"Straßenbahnunfall in Graz\n\nANA – Alpenländische Nachrichtenagentur\n22.02.2027, 13:47\n\nGraz (ANA) - Bei einer Kollision zweier Straßenbahnen sind am Montagmorgen 19 Menschen verletzt worden.", "ANA – Alpenländische Nachrichtenagentur", "2027-02-22"},
		// initials, a dash, the name
		{"Hagelsturm über Festivalgelände\n\ndnas – Deutscher Nachrichtendienst Süd\n19.06.2027, 22:14 Uhr\n\nEin Hagelsturm hat am Abend das Festivalgelände getroffen.", "dnas – Deutscher Nachrichtendienst Süd", "2027-06-19"},
		// an abbreviated Portuguese month
		{"Queda de parte da cobertura\n\nAgência Lusitana de Informação\n21 fev 2027, 19:48\n\nMarinha Grande, Leiria, 21 fev 2027 (ALI) – Dezassete pessoas ficaram feridas quando parte da cobertura caiu.", "Agência Lusitana de Informação", "2027-02-21"},
		// a French time "06 h 15" after the date; "Cronache"
		{"Collision d'un autobus\n\nLe Phare de Bellechasse\nMercredi 20 janvier 2027 06 h 15\n\nAu lendemain de la collision entre un autobus scolaire et un pick-up, des parents réclament plus de prudence.", "Le Phare de Bellechasse", "2027-01-20"},
		{"Il club passa agli americani\n\nCronache di Montecorvo\n6 luglio 2027\n\nDopo quasi vent'anni si chiude l'era del presidente, che ha firmato oggi la cessione del club.", "Cronache di Montecorvo", "2027-07-06"},
		// "-koerier", "Voce", a name joined by "&"
		{"Dijk bezwijkt\n\nZwolse Dagkoerier\ndinsdag 9 november 2027" + body, "Zwolse Dagkoerier", "2027-11-09"},
		{"Frana sul Gran Sasso\n\nLa Voce dell'Appennino\n15 agosto 2027\n\nUna frana ha bloccato la strada statale nella notte, riferiscono i carabinieri della zona.", "La Voce dell'Appennino", "2027-08-15"},
		{"Breach exposed accounts\n\nSignal & Byte\n7 Oct 2027 09:12 UTC\n\nPayments startup Brightlane has confirmed a data breach affecting roughly 4.2 million accounts.", "Signal & Byte", "2027-10-07"},
		// Dutch compounds of "-nieuws", "-bureau", "-agentschap"
		{"Dijk bezwijkt\n\nLimburgs Avondnieuws\nzondag 7 februari 2027, 17:48\n\nDoor Sanne de Wit\n\nBij Arcen is zondagochtend een dijk bezweken, meldt de gemeente.", "Limburgs Avondnieuws", "2027-02-07"},
		{"Dijk bezwijkt\n\nSportbureau Maasland\n08-02-2027" + body, "Sportbureau Maasland", "2027-02-08"},
		{"Dijk bezwijkt\n\nKempisch Persagentschap\n08/02/2027" + body, "Kempisch Persagentschap", "2027-02-08"},
	} {
		r := Clean(c.raw)
		if r.Source != c.source || r.Published.IsZero() || r.Published.Time.Format("2006-01-02") != c.date {
			t.Errorf("Clean(%.40q): source %q, date %v; want %q, %s", c.raw, r.Source, r.Published, c.source, c.date)
		}
	}
}

// TestForeignCaptions takes captions out by their label in the languages
// read ("Pie de foto:", "Bildunterschrift:", "Didascalia:") and by a
// closing credit ("(Picture: Evening Post)").
func TestForeignCaptions(t *testing.T) {
	for _, line := range []string{
		"Pie de foto: Médicos en huelga ante el Ministerio de Sanidad, el lunes.",
		"Bildunterschrift: Hagelkörner so groß wie Golfbälle in Landshut.",
		"Didascalia: I soccorritori al lavoro nel centro di Giampilieri.",
		"Passengers queue at the check-in hall on Tuesday. (Picture: Evening Post)",
		"Photo: Rescue workers carry a resident through floodwater on Mill Lane on Sunday afternoon, as the water keeps rising in the lower streets of the village.",
	} {
		r := Clean("Headline of the story\n\nThe first paragraph of the story tells what happened, where and when, in a sentence.\n\n" + line + "\n\nThe second paragraph adds what officials said about it afterwards.")
		if strings.Contains(r.Text, line) {
			t.Errorf("caption kept: %q", line)
		}
	}
}

// TestBritishNumericDate reads "12/03/2027" as 12 March under a text
// spelt as British papers spell.
func TestBritishNumericDate(t *testing.T) {
	body := "\n\nLabour held the seat with a majority of 4,312 on a turnout of 38.2 per cent, the lowest in the constituency's history.\n\nThe party's candidate thanked the volunteers at the count centre."
	r := Clean("Labour holds the seat\n\nWestminster Insider\n12/03/2027" + body)
	if r.Source != "Westminster Insider" || r.Published.IsZero() || r.Published.Time.Format("2006-01-02") != "2027-03-12" {
		t.Errorf("British: source %q, date %v", r.Source, r.Published)
	}
}

// A headline of two short sentences over the outlet's name and its date
// line is the title, not the outlet's name.
func TestTwoSentenceHeadlineOverMasthead(t *testing.T) {
	r := Clean("Cobertura do estádio cede em pleno jogo. Número de feridos sobe para 21\n\nDiário do Pinhal\nSegunda-feira, 22 de fevereiro de 2027\n\nPor Marta Sobral Fidalgo\n\nAinda incrédula, a Marinha Grande acordou esta segunda-feira com as imagens da bancada poente do estádio.")
	if r.Title != "Cobertura do estádio cede em pleno jogo. Número de feridos sobe para 21" || r.Source != "Diário do Pinhal" {
		t.Errorf("title %q, source %q", r.Title, r.Source)
	}
}
