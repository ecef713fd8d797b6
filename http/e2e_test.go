package http_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"crossread"
	"crossread/internal/browsertest"
)

func TestBrowserJourney(t *testing.T) {
	ctx := browsertest.Start(t, 90*time.Second)
	db := mustOpenDB(t)
	srv := mustOpenServer(t, db, nil)
	var listText, storyText, citedText, citedBG, entityH1, entityText string
	var citedCount int
	err := chromedp.Run(ctx,
		chromedp.Navigate(srv.URL()+"/"),
		chromedp.WaitVisible(`#stories`, chromedp.ByQuery),
		chromedp.Text(`#main`, &listText, chromedp.ByQuery),
		browsertest.Shot(t, "stories", true),

		chromedp.Click(`a.story-title[href="/stories/s-port"]`, chromedp.ByQuery),
		chromedp.WaitVisible(`#brief`, chromedp.ByQuery),
		chromedp.Text(`#main`, &storyText, chromedp.ByQuery),
		browsertest.Shot(t, "story", true),

		chromedp.Click(`#brief a.cite`, chromedp.ByQuery),
		chromedp.WaitVisible(`#cited`, chromedp.ByQuery),
		chromedp.Evaluate(`Array.from(document.querySelectorAll('.hl-cited')).filter(e => !e.closest('.legend')).map(e => e.textContent).join('')`, &citedText),
		chromedp.Evaluate(`document.querySelectorAll('.text .hl-cited').length`, &citedCount),
		chromedp.Evaluate(`getComputedStyle(document.getElementById('cited')).backgroundColor`, &citedBG),
		browsertest.Shot(t, "article", true),

		chromedp.Click(`.text a.hl-ent-person`, chromedp.ByQuery),
		chromedp.WaitVisible(`article.entity h1`, chromedp.ByQuery),
		chromedp.Text(`article.entity h1`, &entityH1, chromedp.ByQuery),
		chromedp.Text(`#main`, &entityText, chromedp.ByQuery),
		browsertest.Shot(t, "entity", true),
	)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"Port of Elmira reopens after storm", "Northern Rail line approved", "3 outlets"} {
		if !strings.Contains(listText, want) {
			t.Errorf("stories list lacks %q", want)
		}
	}
	for _, want := range []string{"What's happening", "Who confirms what", "single source", "Where sources differ", "Who said what", "We will rebuild the docks", "Timeline"} {
		if !strings.Contains(storyText, want) {
			t.Errorf("story page lacks %q", want)
		}
	}
	if want := "The Port of Elmira reopened on Wednesday after the storm closed it for three days."; citedText != want {
		t.Errorf("highlighted citation = %q, want %q", citedText, want)
	}
	if citedCount == 0 || citedBG == "" || citedBG == "rgba(0, 0, 0, 0)" {
		t.Errorf("cited sentence not visibly highlighted (%d elements, background %q)", citedCount, citedBG)
	}
	if entityH1 != "Jane Doe" || !strings.Contains(entityText, "We will rebuild the docks") {
		t.Errorf("entity page: h1 %q", entityH1)
	}
}

func TestBrowserHostileArticleRunsNoScript(t *testing.T) {
	ctx := browsertest.Start(t, 90*time.Second)
	srv := mustOpenServer(t, nil, nil)
	for _, path := range []string{"/stories/s-evil", "/articles/evil1", "/"} {
		var pwned bool
		var title, body string
		err := chromedp.Run(ctx,
			chromedp.Navigate(srv.URL()+path),
			chromedp.WaitVisible(`#main`, chromedp.ByQuery),
			chromedp.Sleep(200*time.Millisecond), // let any onerror/onload fire
			chromedp.Evaluate(`window.__pwned !== undefined`, &pwned),
			chromedp.Title(&title),
			chromedp.Text(`#main`, &body, chromedp.ByQuery),
		)
		if err != nil {
			t.Fatal(err)
		}
		if pwned {
			t.Errorf("%s: a script from the article ran", path)
		}
		if path == "/articles/evil1" {
			if !strings.HasPrefix(title, hostileTitle) {
				t.Errorf("title %q: the </title> break-out was not shown as text", title)
			}
			if !strings.Contains(body, `<script>window.__pwned="text"</script>`) || !strings.Contains(body, `<img src=x onerror=`) {
				t.Errorf("hostile markup not shown as text: %q", body)
			}
			if err := chromedp.Run(ctx, browsertest.Shot(t, "hostile-article", true)); err != nil {
				t.Fatal(err)
			}
			var links int
			chromedp.Run(ctx, chromedp.Evaluate(`Array.from(document.querySelectorAll('a')).filter(a => a.protocol === 'javascript:').length`, &links))
			if links != 0 {
				t.Errorf("%d javascript: links on the page", links)
			}
		}
	}
}

func TestBrowserStoryPageUpdatesItself(t *testing.T) {
	ctx := browsertest.Start(t, 90*time.Second)
	db := mustOpenDB(t)
	srv := mustOpenServer(t, db, nil)
	if err := chromedp.Run(ctx,
		chromedp.Navigate(srv.URL()+"/stories/s-rail"),
		chromedp.WaitVisible(`#brief`, chromedp.ByQuery),
		chromedp.Sleep(300*time.Millisecond), // the EventSource connects
	); err != nil {
		t.Fatal(err)
	}
	st := buildFixture().Stories[1]
	st.Title = "Northern Rail line approved (live)"
	if err := db.PutStories(context.Background(), []*crossread.Story{st}); err != nil {
		t.Fatal(err)
	}
	var h1 string
	pctx, cancel := context.WithTimeout(ctx, 10*time.Second)
	defer cancel()
	err := chromedp.Run(pctx,
		chromedp.Poll(`document.querySelector('h1') && document.querySelector('h1').textContent.includes('(live)')`, nil, chromedp.WithPollingInterval(100*time.Millisecond)),
		chromedp.Text(`h1`, &h1, chromedp.ByQuery),
	)
	if err != nil {
		t.Fatalf("story page did not update itself: %v", err)
	}
	if h1 != st.Title {
		t.Errorf("h1 = %q", h1)
	}
}
