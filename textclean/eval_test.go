package textclean

import (
	"compress/gzip"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"golang.org/x/net/html"
)

// TestEvalWCXB measures Clean on real pages when CROSSREAD_WCXB points at
// the WCXB extraction directory (html/ and truth/; not in the repository).
// Each page is first turned into the plain-text scrape a naive scraper
// saves (every visible text, one block element per line, menus, footers
// and all), then cleaned. Word F1 against the annotated main content
// shows how much page chrome Clean removes (precision) without losing
// article text (recall); the raw scrape is the baseline. Clean is a
// cleaner of text scrapes, not an HTML extractor: a DOM extractor sees
// structure this test throws away.
//
//	CROSSREAD_WCXB=../../shared/eval/extraction go test ./textclean -run EvalWCXB -v
func TestEvalWCXB(t *testing.T) {
	dir := os.Getenv("CROSSREAD_WCXB")
	if dir == "" {
		t.Skip("set CROSSREAD_WCXB to the WCXB extraction directory")
	}
	files, _ := filepath.Glob(filepath.Join(dir, "html", "*.html.gz"))
	var raw, clean, body prf
	var titleOK, titles, dateOK, dates, authorOK, authors, pages int
	var cleanTime time.Duration
	for _, f := range files {
		id := strings.TrimSuffix(filepath.Base(f), ".html.gz")
		var truth struct {
			Title, Author, PublishDate string `json:"-"`
			T                          string `json:"title"`
			A                          string `json:"author"`
			D                          string `json:"publish_date"`
			Main                       string `json:"main_content"`
		}
		b, err := os.ReadFile(filepath.Join(dir, "truth", id+".json"))
		if err != nil || json.Unmarshal(b, &truth) != nil {
			continue
		}
		scrape, err := scrapeText(f)
		if err != nil {
			continue
		}
		pages++
		start := time.Now()
		r := Clean(scrape)
		cleanTime += time.Since(start)
		raw.add(scrape, truth.Main)
		clean.add(r.Title+"\n"+r.Text, truth.Main)
		// The annotated body alone: whatever Clean drops from it is loss.
		rb := Clean(truth.Main)
		body.add(rb.Title+"\n"+rb.Text, truth.Main)
		if truth.T != "" {
			titles++
			if strings.Join(strings.Fields(r.Title), " ") == strings.Join(strings.Fields(truth.T), " ") {
				titleOK++
			}
		}
		if len(truth.D) >= 10 {
			dates++
			if r.Published.String() != "" && r.Published.String()[:10] == truth.D[:10] {
				dateOK++
			}
		}
		if truth.A != "" {
			authors++
			for _, a := range r.Authors {
				if strings.Contains(strings.ToLower(truth.A), strings.ToLower(a)) {
					authorOK++
					break
				}
			}
		}
	}
	fmt.Printf("%d pages\n| text | word P | word R | word F1 |\n|---|---|---|---|\n", pages)
	raw.row("raw text scrape")
	clean.row("textclean.Clean")
	body.row("Clean on the annotated body alone")
	fmt.Printf("title exact %d/%d, date day %d/%d, author %d/%d, %.0f pages/s (Clean only)\n",
		titleOK, titles, dateOK, dates, authorOK, authors, float64(pages)/cleanTime.Seconds())
}

type prf struct {
	p, r, f float64
	n       int
}

var reWord = regexp.MustCompile(`[\p{L}\p{N}_]+`)

func (s *prf) add(pred, truth string) {
	count := func(t string) map[string]int {
		m := map[string]int{}
		for _, w := range reWord.FindAllString(strings.ToLower(t), -1) {
			m[w]++
		}
		return m
	}
	pm, tm := count(pred), count(truth)
	np, nt, overlap := 0, 0, 0
	for w, c := range pm {
		np += c
		overlap += min(c, tm[w])
	}
	for _, c := range tm {
		nt += c
	}
	var p, r, f float64
	if np > 0 {
		p = float64(overlap) / float64(np)
	}
	if nt > 0 {
		r = float64(overlap) / float64(nt)
	}
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	s.p, s.r, s.f, s.n = s.p+p, s.r+r, s.f+f, s.n+1
}

func (s *prf) row(name string) {
	n := float64(s.n)
	fmt.Printf("| %s | %.3f | %.3f | %.3f |\n", name, s.p/n, s.r/n, s.f/n)
}

// scrapeText renders a page the way a plain-text scraper does: the
// visible text of <body>, a line break around every block element.
func scrapeText(path string) (string, error) {
	f, err := os.Open(path)
	if err != nil {
		return "", err
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		return "", err
	}
	doc, err := html.Parse(zr)
	if err != nil {
		return "", err
	}
	var b strings.Builder
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			switch n.Data {
			case "script", "style", "noscript", "template", "svg", "head", "iframe", "select", "option":
				return
			}
		}
		if n.Type == html.TextNode {
			b.WriteString(strings.Join(strings.Fields(n.Data), " "))
			if strings.HasSuffix(n.Data, " ") || strings.HasSuffix(n.Data, "\n") {
				b.WriteByte(' ')
			}
		}
		block := n.Type == html.ElementNode && blockElems[n.Data]
		if block {
			b.WriteByte('\n')
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
		if block {
			b.WriteByte('\n')
		}
	}
	walk(doc)
	return b.String(), nil
}

var blockElems = set("p", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "br", "tr", "td", "th",
	"section", "article", "header", "footer", "nav", "aside", "figure", "figcaption", "blockquote", "table",
	"form", "button", "main", "pre", "dl", "dt", "dd", "hr", "address", "time", "label", "input", "menu", "details", "summary")
