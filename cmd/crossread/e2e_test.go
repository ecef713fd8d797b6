package main

import (
	"context"
	"net/url"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"crossread"
	crhttp "crossread/http"
	"crossread/internal/browsertest"
	"crossread/source"
	"crossread/sqlite"
)

// The end-to-end journey runs the whole product: the bundled example and a
// second corpus go through the real read → analyse → store path into a fresh
// database, the real server serves it on a free port, and headless Chromium
// walks stories → story → citation → article → entity. The http package's
// own browser tests use hand-built stories; this one checks that what the
// analysis actually produces renders and links up.

// loadAndIngest reads inputs the way `crossread ingest` does and stores them.
func loadAndIngest(t *testing.T, db *sqlite.DB, inputs ...string) {
	t.Helper()
	ctx := context.Background()
	arts, errs := source.Load(ctx, inputs, source.Options{})
	if len(errs) > 0 {
		t.Fatalf("reading %v: %v", inputs, errs)
	}
	if len(arts) == 0 {
		t.Fatalf("no articles read from %v", inputs)
	}
	if _, err := ingest(ctx, db, arts, 0); err != nil {
		t.Fatalf("ingest %v: %v", inputs, err)
	}
}

// storyWith returns the stored story holding the article read from a file
// named base.
func storyWith(t *testing.T, db *sqlite.DB, stories []*crossread.Story, base string) *crossread.Story {
	t.Helper()
	ctx := context.Background()
	for _, st := range stories {
		arts, _, err := db.FindArticles(ctx, crossread.ArticleFilter{StoryID: st.ID})
		if err != nil {
			t.Fatal(err)
		}
		for _, a := range arts {
			if filepath.Base(a.Path) == base {
				return st
			}
		}
	}
	t.Fatalf("no stored story holds %s", base)
	return nil
}

// cssString quotes s for a CSS attribute selector.
func cssString(s string) string {
	return `"` + strings.NewReplacer(`\`, `\\`, `"`, `\"`).Replace(s) + `"`
}

func TestBrowserJourneyOverIngestedCorpora(t *testing.T) {
	ctx := browsertest.Start(t, 60*time.Second)
	bg := context.Background()

	db, err := sqlite.Open(bg, filepath.Join(t.TempDir(), "e2e.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	loadAndIngest(t, db, exampleDir)
	second := t.TempDir()
	writeCorpus(t, second)
	loadAndIngest(t, db, second)

	stories, _, err := db.FindStories(bg, crossread.StoryFilter{Limit: 100})
	if err != nil {
		t.Fatal(err)
	}
	example := storyWith(t, db, stories, "000_6a5ad073f47a5013.txt")
	bridge := storyWith(t, db, stories, "north.txt")
	if example.ID == bridge.ID {
		t.Fatalf("the example and the bridge corpus landed in one story %s", example.ID)
	}

	srv, err := crhttp.NewServer(crhttp.Config{Addr: "127.0.0.1:0", DB: db})
	if err != nil {
		t.Fatal(err)
	}
	if err := srv.Open(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { srv.Close() })

	// Stories list → the example story.
	var listText string
	storyHref := "/stories/" + url.PathEscape(example.ID)
	err = chromedp.Run(ctx,
		chromedp.Navigate(srv.URL()+"/"),
		chromedp.WaitVisible(`#stories`, chromedp.ByQuery),
		chromedp.Text(`#main`, &listText, chromedp.ByQuery),
		browsertest.Shot(t, "1-stories", true),
		chromedp.Click(`#stories a.story-title[href=`+cssString(storyHref)+`]`, chromedp.ByQuery),
		chromedp.WaitVisible(`#brief`, chromedp.ByQuery),
		// The page is read as text below: wait for its last section, so
		// Chromium has parsed all of it.
		chromedp.WaitReady(`#articles`, chromedp.ByQuery),
	)
	if err != nil {
		t.Fatalf("stories list → story: %v", err)
	}
	for _, want := range []string{example.Title, bridge.Title, "5 articles", "3 articles"} {
		if !strings.Contains(listText, want) {
			t.Errorf("stories list lacks %q:\n%s", want, listText)
		}
	}

	// The story: its brief, with numbered citations.
	var storyH1, storyText, citeHref, citeNum, sentence string
	var citeCount int
	err = chromedp.Run(ctx,
		chromedp.Text(`h1`, &storyH1, chromedp.ByQuery),
		chromedp.Text(`#main`, &storyText, chromedp.ByQuery),
		chromedp.Evaluate(`document.querySelectorAll('#brief a.cite').length`, &citeCount),
		chromedp.AttributeValue(`#brief a.cite`, "href", &citeHref, nil, chromedp.ByQuery),
		chromedp.Text(`#brief a.cite`, &citeNum, chromedp.ByQuery),
		// The cited sentence: the list item's text without its citation marks.
		chromedp.Evaluate(`(() => { const li = document.querySelector('#brief a.cite').closest('li').cloneNode(true);
			li.querySelectorAll('a.cite').forEach(a => a.remove()); return li.textContent.trim(); })()`, &sentence),
		browsertest.Shot(t, "2-story-brief", false),
		browsertest.Shot(t, "story-full", true),
		chromedp.ScrollIntoView(`#claims`, chromedp.ByQuery),
		browsertest.Shot(t, "3-story-claims", false),
	)
	if err != nil {
		t.Fatalf("story page: %v", err)
	}
	if storyH1 != example.Title {
		t.Errorf("story h1 = %q, want %q", storyH1, example.Title)
	}
	for _, want := range []string{"Brief", "What's happening", "Sources"} {
		if !strings.Contains(storyText, want) {
			t.Errorf("story page lacks %q", want)
		}
	}
	if citeCount == 0 || !strings.HasPrefix(citeNum, "[") {
		t.Fatalf("brief has no numbered citations (%d, first %q)", citeCount, citeNum)
	}
	if !briefHas(example, sentence) {
		t.Errorf("first cited line %q is not a sentence of the stored brief", sentence)
	}
	cu, err := url.Parse(citeHref)
	if err != nil || !strings.HasPrefix(cu.Path, "/articles/") {
		t.Fatalf("citation href %q does not open an article", citeHref)
	}
	articleID, _ := url.PathUnescape(strings.TrimPrefix(cu.Path, "/articles/"))

	// Click the citation: the article opens with that sentence highlighted.
	var articleText, citedText, citedBG, entityLinks string
	err = chromedp.Run(ctx,
		chromedp.Click(`#brief a.cite`, chromedp.ByQuery),
		chromedp.WaitVisible(`#cited`, chromedp.ByQuery),
		chromedp.Text(`#main`, &articleText, chromedp.ByQuery),
		chromedp.Evaluate(`Array.from(document.querySelectorAll('.text .hl-cited')).map(e => e.textContent).join('')`, &citedText),
		chromedp.Evaluate(`getComputedStyle(document.getElementById('cited')).backgroundColor`, &citedBG),
		chromedp.Evaluate(`Array.from(document.querySelectorAll('.text a[href^="/entities/"]')).map(a => a.getAttribute('href')).join('\n')`, &entityLinks),
		// The fragment leaves #cited flush with the window's top; centre it
		// so the shot shows its surroundings too.
		chromedp.Evaluate(`document.getElementById('cited').scrollIntoView({block: 'center'})`, nil),
		browsertest.Shot(t, "4-article-cited", false),
		browsertest.Shot(t, "article-full", true),
	)
	if err != nil {
		t.Fatalf("citation → article: %v", err)
	}
	art, err := db.FindArticleByID(bg, articleID)
	if err != nil {
		t.Fatalf("cited article %q: %v", articleID, err)
	}
	if !strings.Contains(articleText, art.Title) {
		t.Errorf("article page lacks its title %q", art.Title)
	}
	if strings.Contains(articleText, "could not be located") {
		t.Errorf("article page says the cited passage was not found")
	}
	if fold(citedText) != fold(sentence) {
		t.Errorf("highlighted text = %q\nwant the cited sentence %q", citedText, sentence)
	}
	if citedBG == "" || citedBG == "rgba(0, 0, 0, 0)" {
		t.Errorf("cited sentence has no visible highlight (background %q)", citedBG)
	}

	// An entity page: the entity of this article with the most aliases,
	// reached by clicking its name in the article text.
	ent := mostAliased(example, articleID)
	if ent == nil {
		t.Fatalf("the story has no entity mentioned in article %s", articleID)
	}
	entHref := "/entities/" + url.PathEscape(ent.Name)
	if !strings.Contains("\n"+entityLinks+"\n", "\n"+entHref+"\n") {
		t.Fatalf("article text does not link %s (links: %q)", entHref, entityLinks)
	}
	var entH1, entText string
	var aliases []string
	err = chromedp.Run(ctx,
		chromedp.Click(`.text a[href=`+cssString(entHref)+`]`, chromedp.ByQuery),
		chromedp.WaitVisible(`article.entity h1`, chromedp.ByQuery),
		chromedp.Text(`article.entity h1`, &entH1, chromedp.ByQuery),
		chromedp.Text(`#main`, &entText, chromedp.ByQuery),
		chromedp.Evaluate(`Array.from(document.querySelectorAll('article.entity .alias')).map(e => e.textContent)`, &aliases),
		browsertest.Shot(t, "5-entity-aliases", true),
	)
	if err != nil {
		t.Fatalf("article → entity page: %v", err)
	}
	shown := map[string]bool{entH1: true}
	for _, a := range aliases {
		shown[a] = true
	}
	for _, a := range append([]string{ent.Name}, ent.Aliases...) {
		if !shown[a] {
			t.Errorf("entity page for %q (h1 %q) does not list %q; it lists %q", ent.Name, entH1, a, aliases)
		}
	}
	if !strings.Contains(entText, example.Title) {
		t.Errorf("entity page does not list the story %q", example.Title)
	}

	// A speaker's entity page, from the story's "Who said what": it lists
	// what they said, each quote linking back into its article.
	var speakerHref, quote, speakerText string
	var quoteLinks int
	err = chromedp.Run(ctx,
		chromedp.Navigate(srv.URL()+storyHref),
		chromedp.WaitVisible(`#said`, chromedp.ByQuery),
		chromedp.AttributeValue(`#said .speaker h3 a`, "href", &speakerHref, nil, chromedp.ByQuery),
		chromedp.Evaluate(`document.querySelector('#said .speaker h3 a').closest('.speaker').querySelector('q').textContent`, &quote),
		chromedp.Click(`#said .speaker h3 a`, chromedp.ByQuery),
		chromedp.WaitVisible(`article.entity h1`, chromedp.ByQuery),
		chromedp.Text(`#main`, &speakerText, chromedp.ByQuery),
		chromedp.Evaluate(`document.querySelectorAll('article.entity .said a.cite[href^="/articles/"]').length`, &quoteLinks),
		browsertest.Shot(t, "6-entity-quotes", true),
	)
	if err != nil {
		t.Fatalf("story → speaker's entity page: %v", err)
	}
	if !strings.Contains(speakerText, "Quotes") || !strings.Contains(fold(speakerText), fold(quote)) || quoteLinks == 0 {
		t.Errorf("entity page %s lacks the quote %q (or its source links: %d):\n%s", speakerHref, quote, quoteLinks, speakerText)
	}
	t.Logf("journey: story %q → [%s] in %s → entity %q (%d aliases); speaker %s", example.Title, citeNum, articleID, ent.Name, len(ent.Aliases), speakerHref)
}

// briefHas reports whether sentence is one of the story's brief sentences.
func briefHas(st *crossread.Story, sentence string) bool {
	for _, sec := range st.Brief.Sections {
		for _, bs := range sec.Sentences {
			if fold(bs.Text) == fold(sentence) {
				return true
			}
		}
	}
	return false
}

// mostAliased returns the story's entity mentioned in article id that has
// the most aliases (ties: the most mentions).
func mostAliased(st *crossread.Story, id string) *crossread.Entity {
	var best *crossread.Entity
	for i := range st.Entities {
		e := &st.Entities[i]
		mentioned := false
		for _, m := range e.Spans {
			if m.ArticleID == id {
				mentioned = true
				break
			}
		}
		if !mentioned {
			continue
		}
		if best == nil || len(e.Aliases) > len(best.Aliases) ||
			(len(e.Aliases) == len(best.Aliases) && e.Mentions > best.Mentions) {
			best = e
		}
	}
	return best
}
