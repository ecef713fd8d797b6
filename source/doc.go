package source

import (
	"fmt"
	"strings"

	"github.com/RadhiFadlillah/whatlanggo"

	"crossread"
	"crossread/extract"
	"crossread/source/charset"
	"crossread/source/feed"
	"crossread/textclean"
)

type docKind int

const (
	kindText     docKind = iota // a plain-text scrape: charset, then textclean
	kindHTML                    // a whole page: charset, then extraction
	kindFragment                // feed content: UTF-8 HTML that is all body
)

// doc is one document on its way to the workers.
type doc struct {
	order       []int
	path, url   string
	kind        docKind
	body        []byte
	contentType string // HTTP Content-Type, for the charset
	meta        meta
	at          string // where in its container, e.g. "line 7"
	seq         int64  // set by dispatch
	// warning is why this document stands in for another: a feed entry's
	// summary whose full article could not be fetched. The article is kept
	// and the failure reported with it.
	warning error
}

// meta is what a container (JSON Lines record, feed entry, sitemap entry)
// says about a document.
type meta struct {
	id, url, source, title, language string
	authors                          []string
	published                        crossread.Timestamp
	// authoritative: the fields were given by the user (JSON Lines) and win
	// over what extraction finds. Otherwise the container's title and date
	// win (feeds and news sitemaps state them exactly, with the time of
	// day), and the rest only fills gaps.
	authoritative bool
}

// convert turns a document into an article or an error. It never panics:
// a bug triggered by one document becomes that document's error.
func (r *run) convert(d *doc) (res Result) {
	res.order = d.order
	defer func() {
		if p := recover(); p != nil {
			r.opt.Logger.Error("panic while reading a document", "source", d.path+d.url, "panic", p)
			res = Result{Err: readError(d.path, d.url, crossread.Errorf(crossread.EINTERNAL, "internal error: %v", p)), order: d.order}
		}
	}()
	a, err := r.article(d)
	if err != nil {
		return Result{Err: readError(d.path, d.url, at(d.at, err)), order: d.order}
	}
	res = Result{Article: a, order: d.order}
	if d.warning != nil {
		res.Err = readError(d.path, d.url, d.warning)
		res.Err.Error += "; the feed's summary stands in for the article"
	}
	return res
}

func (r *run) article(d *doc) (*crossread.Article, error) {
	if len(strings.TrimSpace(string(d.body))) == 0 {
		if len(d.body) == 0 {
			return nil, crossread.Errorf(crossread.EEMPTY, "empty document")
		}
		return nil, crossread.Errorf(crossread.EEMPTY, "only white space")
	}
	var a *crossread.Article
	switch d.kind {
	case kindText:
		dec, err := charset.DecodeText(d.body)
		if err != nil {
			return nil, err
		}
		c := textclean.Clean(dec.Text())
		a = &crossread.Article{Title: c.Title, Source: c.Source, Published: c.Published, Authors: c.Authors,
			Text: c.Text, Removed: c.Removed}
		if t := strings.TrimSpace(d.meta.title); t != "" && c.Title != "" && !strings.EqualFold(foldSpace(c.Title), foldSpace(t)) {
			// The record names its own title, so the first line the cleaner
			// took for one is the text's own (a subheading, a lead): it
			// goes back, since the record's title replaces it.
			a.Text = strings.TrimSpace(c.Title + "\n\n" + a.Text)
		}
	case kindHTML:
		dec, err := charset.DecodeHTML(d.body, d.contentType)
		if err != nil {
			return nil, err
		}
		// The page is UTF-8 now; the header says so, and a header wins over
		// any <meta> the page still carries.
		a, err = r.opt.Extract(dec.Bytes, extract.Options{URL: firstNonEmpty(d.url, d.meta.url), ContentType: "text/html; charset=utf-8"})
		if err != nil {
			return nil, err
		}
		if a == nil {
			return nil, crossread.Errorf(crossread.EEMPTY, "no article found in the page")
		}
	case kindFragment:
		paras, removed := feed.Paragraphs(string(d.body))
		a = &crossread.Article{Text: strings.Join(paras, "\n\n"), Removed: removed}
	default:
		return nil, crossread.Errorf(crossread.EINTERNAL, "unknown document kind %d", d.kind)
	}
	if strings.TrimSpace(a.Text) == "" {
		if notice := extract.ScriptShell(a); notice != "" {
			return nil, crossread.Errorf(crossread.EEMPTY, "the page shows its article only with JavaScript (%q)", notice)
		}
		return nil, crossread.Errorf(crossread.EEMPTY, "no article text found")
	}
	a.Path = d.path
	if d.url != "" {
		a.URL = d.url
	}
	applyMeta(a, d.meta)
	if a.ID == "" {
		a.ID = crossread.ContentID(a.Text)
	}
	if a.Language == "" {
		// The headline is text in the language too: a short article needs it.
		a.Language = detectLanguage(a.Title + "\n" + a.Text)
	}
	return a, nil
}

func applyMeta(a *crossread.Article, m meta) {
	set := func(dst *string, v string, override bool) {
		if v = strings.TrimSpace(v); v != "" && (override || *dst == "") {
			*dst = v
		}
	}
	over := m.authoritative
	set(&a.ID, m.id, true)
	set(&a.URL, m.url, over || a.URL == "")
	set(&a.Title, m.title, true)
	set(&a.Source, m.source, over)
	set(&a.Language, m.language, over)
	if !m.published.IsZero() {
		// A container date without a time of day does not replace a page's
		// date that has one for the same day.
		if over || a.Published.IsZero() || m.published.HasClock || !a.Published.HasClock ||
			a.Published.Time.Format("2006-01-02") != m.published.Time.Format("2006-01-02") {
			a.Published = m.published
		}
	}
	if len(m.authors) > 0 && (over || len(a.Authors) == 0) {
		a.Authors = m.authors
	}
}

// detectLanguage names the language of a text in ISO 639-1, or "" when
// unsure. Pages get theirs from extraction; plain text only from here.
func detectLanguage(text string) string {
	// A thousand bytes or so decide the language of a news text; the
	// detector's cost grows with its input.
	if len(text) > 1500 {
		text = strings.ToValidUTF8(text[:1500], "")
	}
	info := whatlanggo.Detect(text)
	// A short text (a brief's few sentences) gives the detector less to
	// go on, and its confidence less than it calls reliable even when it
	// is right ("Trecento persone sono state evacuate…": Italian, 0.56).
	if !info.IsReliable() && !(len(text) < 600 && info.Confidence >= 0.5) {
		// Among the languages crossread reads closely a near neighbour
		// no longer competes (Dutch and Afrikaans: "Drie doden bij
		// explosie in Rotterdam…", 0.44): a reliable answer there is
		// taken; another language's text stays undecided.
		if w := whatlanggo.DetectWithOptions(text, whatlanggo.Options{Whitelist: readLanguages}); w.IsReliable() {
			return w.Lang.Iso6391()
		}
		return ""
	}
	return info.Lang.Iso6391()
}

// readLanguages are the languages whose numbers, tolls and names
// crossread reads.
var readLanguages = map[whatlanggo.Lang]bool{whatlanggo.Eng: true, whatlanggo.Deu: true, whatlanggo.Spa: true,
	whatlanggo.Fra: true, whatlanggo.Ita: true, whatlanggo.Por: true, whatlanggo.Nld: true}

func firstNonEmpty(s ...string) string {
	for _, v := range s {
		if v != "" {
			return v
		}
	}
	return ""
}

func (d *doc) String() string { return fmt.Sprintf("doc %s%s", d.path, d.url) }

// foldSpace collapses runs of white space to one space.
func foldSpace(s string) string { return strings.Join(strings.Fields(s), " ") }
