package source

import (
	"bytes"
	"compress/gzip"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/japanese"
	"golang.org/x/text/encoding/unicode"

	"crossread"
	"crossread/extract"
	"crossread/source/feed"
)

const (
	russianText  = "Переговоры в Москве продолжатся в декабре, сообщил министр иностранных дел.\n\nСтороны обсудили торговлю и транзит через Каспийское море."
	japaneseText = "東京で開かれた会合で、両国の外相は貿易と投資について協議した。\n\n次の会合は来年の春に予定されている。"
	frenchText   = "Le ministre a déclaré à la presse que les négociations reprendront en décembre.\n\nÇa a été une journée très chargée à Genève."
	englishText  = "The talks will resume in December, the foreign minister said on Thursday.\n\nBoth sides discussed trade and transit across the Caspian Sea."
)

// fakeExtract stands in for extract.Extract so these tests do not depend
// on extraction quality: it keeps the <title> and the text of the body.
func fakeExtract(page []byte, opt extract.Options) (*crossread.Article, error) {
	if !strings.Contains(opt.ContentType, "utf-8") {
		return nil, crossread.Errorf(crossread.EINVALID, "expected UTF-8 input, got %q", opt.ContentType)
	}
	s := string(page)
	a := &crossread.Article{URL: opt.URL}
	if m := regexp.MustCompile(`(?is)<title>(.*?)</title>`).FindStringSubmatch(s); m != nil {
		a.Title = strings.TrimSpace(m[1])
	}
	if i := strings.Index(strings.ToLower(s), "<body"); i >= 0 {
		s = s[i:]
	}
	a.Text = feed.Text(s)
	return a, nil
}

func testOptions() Options {
	return Options{Extract: fakeExtract, Jobs: 2, Offline: true}
}

func enc(t *testing.T, e encoding.Encoding, s string) []byte {
	t.Helper()
	b, err := e.NewEncoder().Bytes([]byte(s))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func write(t *testing.T, path string, b []byte) string {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, b, 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

func gz(t *testing.T, b []byte) []byte { return gzBytes(b) }

func gzBytes(b []byte) []byte {
	var buf bytes.Buffer
	w := gzip.NewWriter(&buf)
	w.Write(b)
	w.Close()
	return buf.Bytes()
}

func byPath(arts []*crossread.Article) map[string]*crossread.Article {
	m := map[string]*crossread.Article{}
	for _, a := range arts {
		m[filepath.Base(a.Path)] = a
	}
	return m
}

func errsByPath(errs []crossread.ReadError) map[string]crossread.ReadError {
	m := map[string]crossread.ReadError{}
	for _, e := range errs {
		m[filepath.Base(e.Path)] = e
	}
	return m
}

func TestFolderWithCorruptFiles(t *testing.T) {
	dir := t.TempDir()
	write(t, filepath.Join(dir, "a-utf8.txt"), []byte(englishText))
	write(t, filepath.Join(dir, "b-cp1251.txt"), enc(t, charmap.Windows1251, russianText))
	write(t, filepath.Join(dir, "c-sjis.txt"), enc(t, japanese.ShiftJIS, japaneseText))
	write(t, filepath.Join(dir, "d-latin1.txt"), enc(t, charmap.ISO8859_1, frenchText))
	write(t, filepath.Join(dir, "e-utf16.txt"), enc(t, unicode.UTF16(unicode.LittleEndian, unicode.UseBOM), russianText))
	write(t, filepath.Join(dir, "sub", "f-nested.text"), []byte(englishText+"\n\nA nested file."))
	write(t, filepath.Join(dir, "g.txt.gz"), gz(t, []byte(frenchText+"\n\nCompressed.")))
	write(t, filepath.Join(dir, "h-page.html"), enc(t, charmap.Windows1251,
		`<html><head><meta charset="windows-1251"><title>Переговоры</title></head><body><p>`+strings.ReplaceAll(russianText, "\n\n", "</p><p>")+`</p></body></html>`))
	write(t, filepath.Join(dir, "noext"), []byte(englishText+"\n\nNo extension."))
	write(t, filepath.Join(dir, "i-utf16-page"), enc(t, unicode.UTF16(unicode.LittleEndian, unicode.UseBOM),
		"<html><head><title>UTF-16</title></head><body><p>"+strings.ReplaceAll(frenchText, "\n\n", "</p><p>")+"</p></body></html>"))
	// bad ones
	write(t, filepath.Join(dir, "bad-binary.txt"), []byte("\x00\x01\x02\x03binary\x00\xff\xfe\x00"))
	write(t, filepath.Join(dir, "bad-empty.txt"), nil)
	write(t, filepath.Join(dir, "bad-blank.txt"), []byte(" \n\n\t \n"))
	write(t, filepath.Join(dir, "bad-invalid.txt"), []byte("Some text \xc3\x28 with \xa0\xa1 broken bytes \xe2\x82 here\n"))
	write(t, filepath.Join(dir, "bad-image.png"), []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00"))
	huge := filepath.Join(dir, "bad-huge.txt")
	f, err := os.Create(huge)
	if err != nil {
		t.Fatal(err)
	}
	f.Close()
	if err := os.Truncate(huge, 100<<20); err != nil {
		t.Fatal(err)
	}
	// skipped in a folder walk
	write(t, filepath.Join(dir, "README.md"), []byte("# About this folder\n\nNotes."))
	write(t, filepath.Join(dir, ".hidden.txt"), []byte(englishText))
	write(t, filepath.Join(dir, ".git", "config"), []byte("[core]"))

	start := time.Now()
	arts, errs := Load(context.Background(), []string{dir}, testOptions())
	if d := time.Since(start); d > 5*time.Second {
		t.Errorf("Load took %v: the 100 MB file must be refused without reading it", d)
	}
	got := byPath(arts)
	want := map[string]string{
		"a-utf8.txt": englishText, "b-cp1251.txt": russianText, "c-sjis.txt": japaneseText, "d-latin1.txt": frenchText,
		"e-utf16.txt": russianText, "f-nested.text": englishText + "\n\nA nested file.", "g.txt.gz": frenchText + "\n\nCompressed.",
		"h-page.html": russianText, "noext": englishText + "\n\nNo extension.", "i-utf16-page": frenchText,
	}
	for name, text := range want {
		a := got[name]
		if a == nil {
			t.Errorf("%s: no article", name)
			continue
		}
		if a.Text != text {
			t.Errorf("%s: text = %q, want %q", name, a.Text, text)
		}
		if a.ID != crossread.ContentID(a.Text) {
			t.Errorf("%s: id %q is not the content id", name, a.ID)
		}
	}
	if len(arts) != len(want) {
		t.Errorf("got %d articles, want %d", len(arts), len(want))
	}
	if a := got["h-page.html"]; a != nil && a.Title != "Переговоры" {
		t.Errorf("HTML title = %q", a.Title)
	}
	if a := got["b-cp1251.txt"]; a != nil && a.Language != "ru" {
		t.Errorf("language = %q, want ru", a.Language)
	}
	wantErr := map[string]string{
		"bad-binary.txt": crossread.EUNSUPPORTED, "bad-empty.txt": crossread.EEMPTY, "bad-blank.txt": crossread.EEMPTY,
		"bad-invalid.txt": crossread.EINVALID, "bad-huge.txt": crossread.ETOOLARGE, "bad-image.png": crossread.EUNSUPPORTED,
	}
	gotErr := errsByPath(errs)
	for name, code := range wantErr {
		e, ok := gotErr[name]
		if !ok {
			t.Errorf("%s: no error reported", name)
			continue
		}
		if e.Code != code || e.Error == "" || !strings.HasPrefix(e.Path, dir) {
			t.Errorf("%s: error %+v, want code %s with the path", name, e, code)
		}
	}
	if len(errs) != len(wantErr) {
		t.Errorf("got %d errors, want %d: %+v", len(errs), len(wantErr), errs)
	}
	// Load's order is the input order (walk order), whatever the workers did.
	for i := 1; i < len(arts); i++ {
		if arts[i-1].Path > arts[i].Path && filepath.Dir(arts[i-1].Path) == filepath.Dir(arts[i].Path) {
			t.Errorf("articles out of order: %s before %s", arts[i-1].Path, arts[i].Path)
		}
	}
}

func TestExplicitFilesAndMissing(t *testing.T) {
	dir := t.TempDir()
	readme := write(t, filepath.Join(dir, "README.md"), []byte(englishText))
	arts, errs := Load(context.Background(), []string{readme, filepath.Join(dir, "missing.txt")}, testOptions())
	if len(arts) != 1 || arts[0].Path != readme {
		t.Errorf("a file named on the command line is read whatever its name: %+v", arts)
	}
	if len(errs) != 1 || errs[0].Code != crossread.ENOTFOUND {
		t.Errorf("missing file: %+v", errs)
	}
}

func TestJSONLines(t *testing.T) {
	dir := t.TempDir()
	lines := strings.Join([]string{
		`{"id":"x1","url":"https://example.org/a","source":"Example","title":"Talks resume","published":"2025-11-06","authors":["A. Writer"],"language":"en","text":` + quote(englishText) + `}`,
		`{"text":` + quote(frenchText) + `,"authors":"Un Auteur"}`,
		`{"id":7,"html":"<html><head><title>Page</title></head><body><p>` + englishText[:60] + `</p></body></html>","title":"Given title"}`,
		``,
		`{"broken json`,
		`{"id":"x4","title":"no body"}`,
		`{"id":"x5","text":"   "}`,
		`{"id":"x6","published":"Thu, 06 Nov 2025 14:30:00 GMT","text":"Short but fine."}`,
	}, "\n")
	p := write(t, filepath.Join(dir, "in.jsonl"), []byte(lines))
	arts, errs := Load(context.Background(), []string{p}, testOptions())
	if len(arts) != 4 {
		t.Fatalf("got %d articles, want 4: %+v %+v", len(arts), arts, errs)
	}
	a := arts[0]
	if a.ID != "x1" || a.URL != "https://example.org/a" || a.Source != "Example" || a.Title != "Talks resume" ||
		a.Published.String() != "2025-11-06" || len(a.Authors) != 1 || a.Language != "en" || a.Text != englishText || a.Path != p {
		t.Errorf("record 1: %+v", a)
	}
	if arts[1].ID != crossread.ContentID(frenchText) || len(arts[1].Authors) != 1 || arts[1].Authors[0] != "Un Auteur" {
		t.Errorf("record 2: id %q authors %q", arts[1].ID, arts[1].Authors)
	}
	if arts[2].ID != "7" || arts[2].Title != "Given title" || arts[2].Text != englishText[:60] {
		t.Errorf("html record: %+v", arts[2])
	}
	if arts[3].Published.String() != "2025-11-06T14:30:00Z" {
		t.Errorf("RFC 1123 date read as %q", arts[3].Published)
	}
	if len(errs) != 3 {
		t.Fatalf("got %d errors, want 3: %+v", len(errs), errs)
	}
	for i, want := range []string{"line 5", "line 6", "line 7"} {
		if !strings.Contains(errs[i].Error, want) || errs[i].Path != p {
			t.Errorf("error %d = %+v, want it to name %s", i, errs[i], want)
		}
	}
}

func quote(s string) string {
	r := strings.NewReplacer(`"`, `\"`, "\n", `\n`, `\`, `\\`)
	return `"` + r.Replace(s) + `"`
}

func TestJSONDocuments(t *testing.T) {
	dir := t.TempDir()
	arr := write(t, filepath.Join(dir, "arr.json"), []byte(`[{"id":"a","text":"First."},{"id":"b","text":"Second."}]`))
	pretty := write(t, filepath.Join(dir, "pretty.json"), []byte("{\n  \"id\": \"c\",\n  \"text\": \"Third.\"\n}\n"))
	jf := write(t, filepath.Join(dir, "feed.json"), []byte(`{"version":"https://jsonfeed.org/version/1.1","title":"F","items":[{"id":"1","title":"T","content_text":"Feed text."}]}`+"\n"))
	gzl := write(t, filepath.Join(dir, "more.jsonl.gz"), gz(t, []byte(`{"id":"d","text":"Fourth."}`+"\n"+`{"id":"e","text":"Fifth."}`)))
	arts, errs := Load(context.Background(), []string{arr, pretty, jf, gzl}, testOptions())
	var ids []string
	for _, a := range arts {
		if a.Text == "Feed text." {
			ids = append(ids, "feed")
			continue
		}
		ids = append(ids, a.ID)
	}
	if strings.Join(ids, ",") != "a,b,c,feed,d,e" || len(errs) != 0 {
		t.Errorf("ids %v errors %+v", ids, errs)
	}
}

func TestStdin(t *testing.T) {
	cases := []struct {
		name  string
		in    []byte
		texts []string
	}{
		{"plain text", []byte(englishText), []string{englishText}},
		{"windows-1251 text", enc(t, charmap.Windows1251, russianText), []string{russianText}},
		{"json lines", []byte(`{"id":"s1","text":"One."}` + "\n" + `{"id":"s2","text":"Two."}` + "\n"), []string{"One.", "Two."}},
		{"gzip json lines", gz(t, []byte(`{"id":"s1","text":"One."}`+"\n")), []string{"One."}},
		{"html", []byte("<!DOCTYPE html><html><body><p>" + strings.ReplaceAll(englishText, "\n\n", "</p><p>") + "</p></body></html>"), []string{englishText}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			opt := testOptions()
			opt.Stdin = bytes.NewReader(c.in)
			arts, errs := Load(context.Background(), []string{"-"}, opt)
			if len(errs) != 0 || len(arts) != len(c.texts) {
				t.Fatalf("arts %d errs %+v", len(arts), errs)
			}
			for i, a := range arts {
				if a.Text != c.texts[i] || a.Path != "-" {
					t.Errorf("article %d: path %q text %q", i, a.Path, a.Text)
				}
			}
		})
	}
}

func TestStdinOverLimit(t *testing.T) {
	opt := testOptions()
	opt.MaxFileSize = 1000
	opt.Stdin = bytes.NewReader(bytes.Repeat([]byte("word "), 1000))
	_, errs := Load(context.Background(), []string{"-"}, opt)
	if len(errs) != 1 || errs[0].Code != crossread.ETOOLARGE || errs[0].Path != "-" {
		t.Errorf("errs %+v", errs)
	}
}

func TestStreamReportsProgress(t *testing.T) {
	dir := t.TempDir()
	for i := range 20 {
		write(t, filepath.Join(dir, string(rune('a'+i))+".txt"), []byte(englishText+strings.Repeat(" More.", i)))
	}
	write(t, filepath.Join(dir, "zz-empty.txt"), nil)
	var last Progress
	var n int
	opt := testOptions()
	opt.Jobs = 4
	opt.Progress = func(p Progress) {
		if last.Done == 0 && p.Found < 20 {
			t.Errorf("first progress %+v: the folder walk should have announced its files", p)
		}
		if p.Done < last.Done || p.Found < p.Done {
			t.Errorf("progress went wrong: %+v after %+v", p, last)
		}
		last = p
	}
	Stream(context.Background(), []string{dir}, opt, func(r Result) { n++ })
	if n != 21 || last.Done != 21 || last.Failed != 1 || last.Found != 21 {
		t.Errorf("results %d, last progress %+v", n, last)
	}
}

func TestStreamOrdered(t *testing.T) {
	var lines []string
	for i := range 150 {
		lines = append(lines, fmt.Sprintf(`{"id":"r%03d","text":"Record number %d. %s"}`, i, i, strings.Repeat("Words. ", i%17)))
		if i%50 == 7 {
			lines = append(lines, `{"id":"bad"}`)
		}
	}
	p := write(t, filepath.Join(t.TempDir(), "many.jsonl"), []byte(strings.Join(lines, "\n")))
	opt := testOptions()
	opt.Jobs = 4
	opt.Ordered = true
	var got []string
	Stream(context.Background(), []string{p}, opt, func(r Result) {
		if r.Article != nil {
			got = append(got, r.Article.ID)
		} else {
			got = append(got, "bad")
		}
	})
	var want []string
	for _, l := range lines {
		var v struct{ ID string }
		json.Unmarshal([]byte(l), &v)
		want = append(want, v.ID)
	}
	if strings.Join(got, ",") != strings.Join(want, ",") {
		t.Errorf("out of order:\n got %v\nwant %v", got, want)
	}
}

func TestSniff(t *testing.T) {
	cases := map[string]format{
		"WARC/1.0\r\n": fmtWARC,
		"<?xml version=\"1.0\"?>\n<rss version=\"2.0\">":                              fmtFeed,
		"<?xml version='1.0'?><!-- c --><feed xmlns=\"http://www.w3.org/2005/Atom\">": fmtFeed,
		"<rdf:RDF xmlns:rdf=\"x\">":                                                   fmtFeed,
		"<?xml version=\"1.0\"?><urlset>":                                             fmtSitemap,
		"<sitemapindex>":                                                              fmtSitemap,
		"<opml version=\"2.0\">":                                                      fmtOPML,
		"<!DOCTYPE html><html>":                                                       fmtHTML,
		"\n  <html lang=en>":                                                          fmtHTML,
		"{\"a\":1}":                                                                   fmtJSON,
		"Plain text <b>with</b> tags":                                                 fmtText,
		"\xEF\xBB\xBF<rss>":                                                           fmtFeed,
	}
	for in, want := range cases {
		if got := sniff([]byte(in)); got != want {
			t.Errorf("sniff(%q) = %d, want %d", in, got, want)
		}
	}
}

func FuzzJSONLines(f *testing.F) {
	f.Add([]byte(`{"id":"x","text":"hello","published":"2025-01-02","authors":["a"]}` + "\n" + `{"html":"<p>x</p>"}`))
	f.Add([]byte(`[{"id":1,"text":"a"},{"authors":"b","text":"c"}]`))
	f.Add([]byte(`{"version":"https://jsonfeed.org/version/1.1","items":[{"id":"1","content_text":"x"}]}`))
	f.Add([]byte("{\"published\":\"Mon, 32 Foo 99999\",\"text\":\"\xff\"}\n{"))
	f.Fuzz(func(t *testing.T, b []byte) {
		for _, name := range []string{"in.jsonl", "in.json"} {
			opt := testOptions()
			opt.Jobs = 1
			opt.Stdin = bytes.NewReader(b)
			dir := t.TempDir()
			p := filepath.Join(dir, name)
			os.WriteFile(p, b, 0o644)
			arts, errs := Load(context.Background(), []string{p}, opt)
			for _, a := range arts {
				if a.ID == "" || strings.TrimSpace(a.Text) == "" {
					t.Fatalf("article without id or text: %+v", a)
				}
			}
			for _, e := range errs {
				if e.Error == "" || e.Code == "" {
					t.Fatalf("error without reason or code: %+v", e)
				}
			}
		}
	})
}

// FuzzReadFile feeds arbitrary bytes through sniffing, decompression,
// containers and charset handling under several names: every outcome must
// be an article with text and an id, or an error with a reason and a code.
func FuzzReadFile(f *testing.F) {
	f.Add([]byte(englishText), 0)
	f.Add([]byte("WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 40\r\n\r\nHTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<p>x"), 5)
	f.Add([]byte(`<rss version="2.0"><channel><item><title>t</title><description>d</description></item></channel></rss>`), 4)
	f.Add([]byte(`<urlset><url><loc>https://x.invalid/</loc></url></urlset>`), 5)
	f.Add([]byte("\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\xff"), 3)
	f.Add([]byte("\xff\xfeh\x00i\x00"), 0)
	names := []string{"doc.txt", "doc.html", "doc.jsonl", "doc.gz", "doc.xml", "noext", "doc.json", "doc.warc"}
	f.Fuzz(func(t *testing.T, b []byte, which int) {
		if which < 0 {
			which = -which
		}
		dir := t.TempDir()
		p := filepath.Join(dir, names[which%len(names)])
		if err := os.WriteFile(p, b, 0o644); err != nil {
			t.Skip()
		}
		opt := testOptions()
		opt.Jobs = 1
		opt.MaxFileSize = 1 << 20
		arts, errs := Load(context.Background(), []string{p}, opt)
		for _, a := range arts {
			if a.ID == "" || strings.TrimSpace(a.Text) == "" {
				t.Fatalf("article without id or text: %+v", a)
			}
		}
		for _, e := range errs {
			if e.Error == "" || e.Code == "" {
				t.Fatalf("error without reason or code: %+v", e)
			}
		}
	})
}

func TestScriptShellPageIsReportedWithItsNotice(t *testing.T) {
	dir := t.TempDir()
	write(t, filepath.Join(dir, "app.html"), []byte(`<html><head><title>News app</title></head><body>`+
		`<noscript>You need to enable JavaScript to run this app.</noscript><div id="root"></div></body></html>`))
	arts, errs := Load(context.Background(), []string{dir}, Options{Extract: extract.Extract, Jobs: 1, Offline: true})
	if len(arts) != 0 || len(errs) != 1 {
		t.Fatalf("articles %d, errors %v", len(arts), errs)
	}
	if e := errs[0]; !strings.Contains(e.Error, "only with JavaScript") || !strings.HasSuffix(e.Path, "app.html") || e.Code != crossread.EEMPTY {
		t.Errorf("error %+v", e)
	}
}

// A record's own title replaces the one the text cleaner would take from
// the text's first line; that line stays text unless it is the same title.
func TestJSONLinesTitleKeepsTheFirstLine(t *testing.T) {
	dir := t.TempDir()
	lines := strings.Join([]string{
		`{"id":"s1","title":"Harbour budget passes","text":"What Happened?\nThe council approved the harbour budget on Tuesday after a long debate about the port.\nWork starts in May."}`,
		`{"id":"s2","title":"Harbour budget passes","text":"Harbour budget passes\nThe council approved the harbour budget on Tuesday after a long debate about the port."}`,
	}, "\n")
	p := write(t, filepath.Join(dir, "in.jsonl"), []byte(lines))
	arts, errs := Load(context.Background(), []string{p}, testOptions())
	if len(arts) != 2 || len(errs) != 0 {
		t.Fatalf("got %d articles, errors %+v", len(arts), errs)
	}
	if !strings.HasPrefix(arts[0].Text, "What Happened?") || arts[0].Title != "Harbour budget passes" {
		t.Errorf("the first line was lost: title %q text %q", arts[0].Title, arts[0].Text)
	}
	if strings.Contains(arts[1].Text, "Harbour budget passes") || arts[1].Title != "Harbour budget passes" {
		t.Errorf("the repeated title stayed in the text: title %q text %q", arts[1].Title, arts[1].Text)
	}
}
