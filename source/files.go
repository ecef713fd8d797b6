package source

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"sync"

	"crossread"
	"crossread/source/warc"
)

// format is what a document or container is.
type format int

const (
	fmtUnknown format = iota // decide by content
	fmtText
	fmtHTML
	fmtJSONL // one record per line, streamed
	fmtJSON  // a JSON document: a JSON Feed, an array of records, or records
	fmtXML   // a feed, a sitemap, OPML, or XHTML: decide by the root element
	fmtFeed
	fmtSitemap
	fmtOPML
	fmtWARC
	fmtGzip
)

// byExtension maps a file name to a format; fmtUnknown means sniff.
func byExtension(name string) format {
	switch strings.ToLower(filepath.Ext(name)) {
	case ".txt", ".text", ".md", ".markdown":
		return fmtText
	case ".html", ".htm", ".xhtml", ".shtml":
		return fmtHTML
	case ".jsonl", ".ndjson", ".jsonlines":
		return fmtJSONL
	case ".json":
		return fmtJSON
	case ".xml", ".rss", ".atom", ".rdf", ".opml":
		return fmtXML
	case ".warc", ".arc":
		return fmtWARC
	case ".gz", ".gzip", ".tgz":
		return fmtGzip
	}
	return fmtUnknown
}

// sniff decides a format from the first bytes of a document.
func sniff(head []byte) format {
	if bytes.HasPrefix(head, []byte{0x1f, 0x8b}) {
		return fmtGzip
	}
	if bytes.HasPrefix(head, []byte("WARC/")) {
		return fmtWARC
	}
	h := bytes.TrimPrefix(head, []byte("\xEF\xBB\xBF"))
	h = bytes.TrimLeft(h, " \t\r\n")
	switch {
	case len(h) == 0:
		return fmtText
	case h[0] == '{' || h[0] == '[':
		return fmtJSON
	case h[0] == '<':
		return markupFormat(h)
	}
	return fmtText
}

// sniffUTF16 sniffs a head that starts with a UTF-16 byte-order mark
// (Windows "Save as" writes HTML that way) by its ASCII characters.
func sniffUTF16(head []byte) (format, bool) {
	var le bool
	switch {
	case bytes.HasPrefix(head, []byte{0xFF, 0xFE}):
		le = true
	case bytes.HasPrefix(head, []byte{0xFE, 0xFF}):
	default:
		return fmtUnknown, false
	}
	var ascii []byte
	for i := 2; i+1 < len(head) && len(ascii) < 1024; i += 2 {
		lo, hi := head[i], head[i+1]
		if !le {
			lo, hi = hi, lo
		}
		if hi != 0 || lo >= 0x80 {
			ascii = append(ascii, '?')
			continue
		}
		ascii = append(ascii, lo)
	}
	return sniff(ascii), true
}

// markupFormat names a markup document by its root element, skipping the
// XML declaration, comments, processing instructions and DOCTYPE.
func markupFormat(h []byte) format {
	for len(h) > 0 {
		h = bytes.TrimLeft(h, " \t\r\n")
		switch {
		case bytes.HasPrefix(h, []byte("<?")):
			i := bytes.Index(h, []byte("?>"))
			if i < 0 {
				return fmtXML
			}
			h = h[i+2:]
		case bytes.HasPrefix(h, []byte("<!--")):
			i := bytes.Index(h, []byte("-->"))
			if i < 0 {
				return fmtHTML
			}
			h = h[i+3:]
		case bytes.HasPrefix(h, []byte("<!")):
			if bytes.HasPrefix(bytes.ToLower(h), []byte("<!doctype html")) {
				return fmtHTML
			}
			i := bytes.IndexByte(h, '>')
			if i < 0 {
				return fmtHTML
			}
			h = h[i+1:]
		case bytes.HasPrefix(h, []byte("<")):
			end := bytes.IndexAny(h[1:], " \t\r\n/>")
			if end < 0 {
				end = len(h) - 1
			}
			name := strings.ToLower(string(h[1 : 1+end]))
			if i := strings.IndexByte(name, ':'); i >= 0 && name != "rdf:rdf" {
				name = name[i+1:]
			}
			switch name {
			case "rss", "rdf:rdf", "feed", "rdf":
				return fmtFeed
			case "urlset", "sitemapindex":
				return fmtSitemap
			case "opml":
				return fmtOPML
			}
			return fmtHTML
		default:
			return fmtText
		}
	}
	return fmtText
}

// input reads one command-line input.
func (r *run) input(order []int, in string) {
	switch {
	case in == "-":
		r.stream(order, "-", "-", io.NopCloser(r.opt.Stdin), -1)
	case isURL(in):
		r.goURL(order, in, fetchAuto, meta{})
	default:
		st, err := os.Stat(in)
		if err != nil {
			r.fail(order, in, "", fileError(err))
			return
		}
		if st.IsDir() {
			r.folder(order, in)
			return
		}
		r.file(order, in, st.Size())
	}
}

func isURL(s string) bool {
	ls := strings.ToLower(s)
	return strings.HasPrefix(ls, "http://") || strings.HasPrefix(ls, "https://")
}

// fileError gives an OS error its code.
func fileError(err error) error {
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return &crossread.Error{Code: crossread.ENOTFOUND, Message: "no such file or folder"}
	case errors.Is(err, fs.ErrPermission):
		return &crossread.Error{Code: crossread.EFORBIDDEN, Message: "permission denied"}
	}
	var pe *fs.PathError
	if errors.As(err, &pe) {
		err = pe.Err
	}
	return &crossread.Error{Code: crossread.EINVALID, Message: "cannot read", Err: err}
}

// skipInFolder reports whether a folder walk passes over a name: hidden
// files and folders, and the notes that describe a folder of documents
// rather than being one of them (README, LICENSE …). Named on the command
// line, such a file is read like any other.
func skipInFolder(name string) bool {
	if strings.HasPrefix(name, ".") || strings.HasSuffix(name, "~") {
		return true
	}
	base := strings.ToUpper(strings.TrimSuffix(name, filepath.Ext(name)))
	switch base {
	case "README", "LICENSE", "LICENCE", "COPYING", "CHANGELOG", "NOTICE", "AUTHORS", "CONTRIBUTING":
		return true
	}
	return false
}

// folder reads every file under dir, in lexical order. The walk comes
// first, so that progress knows how many files are still to open.
func (r *run) folder(order []int, dir string) {
	type entry struct {
		path string
		err  error
	}
	var entries []entry
	filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if r.ctx.Err() != nil {
			return filepath.SkipAll
		}
		if err != nil {
			entries = append(entries, entry{p, err})
			if d != nil && d.IsDir() {
				return filepath.SkipDir
			}
			return nil
		}
		if p != dir && skipInFolder(d.Name()) {
			r.opt.Logger.Debug("skipped in folder", "source", p)
			if d.IsDir() {
				return filepath.SkipDir
			}
			return nil
		}
		if !d.IsDir() && (d.Type().IsRegular() || d.Type()&fs.ModeSymlink != 0) {
			entries = append(entries, entry{path: p})
		}
		return nil
	})
	r.unopened.Add(int64(len(entries)))
	for i, e := range entries {
		if r.ctx.Err() != nil {
			return
		}
		r.unopened.Add(-1)
		if e.err != nil {
			r.fail(sub(order, i), e.path, "", fileError(e.err))
			continue
		}
		info, err := os.Stat(e.path) // follows a symlink
		switch {
		case err != nil:
			r.fail(sub(order, i), e.path, "", fileError(err))
		case info.Mode().IsRegular():
			r.file(sub(order, i), e.path, info.Size())
		}
	}
}

// file reads one file; size is its size on disk.
func (r *run) file(order []int, path string, size int64) {
	f, err := os.Open(path)
	if err != nil {
		r.fail(order, path, "", fileError(err))
		return
	}
	r.stream(order, path, filepath.Base(path), f, size)
}

// stream reads a document or container from rc (closing it). name guides
// the format; size is the known size, -1 when unknown (stdin, gzip).
func (r *run) stream(order []int, path, name string, rc io.ReadCloser, size int64) {
	defer rc.Close()
	br := readers.Get().(*bufio.Reader)
	br.Reset(rc)
	defer func() {
		br.Reset(nil)
		readers.Put(br)
	}()
	head, _ := br.Peek(8 << 10)
	f := byExtension(name)
	if f == fmtUnknown || f == fmtXML {
		f = sniff(head)
		if g, ok := sniffUTF16(head); ok && g == fmtHTML {
			f = g // charset.DecodeHTML reads the BOM
		}
	}
	if f != fmtGzip && bytes.HasPrefix(head, []byte{0x1f, 0x8b}) {
		f = fmtGzip // a .txt that is gzip data
	}
	switch f {
	case fmtGzip:
		zr, err := gzip.NewReader(br)
		if err != nil {
			r.fail(order, path, "", &crossread.Error{Code: crossread.EINVALID, Message: "broken gzip data", Err: err})
			return
		}
		inner := strings.TrimSuffix(strings.TrimSuffix(name, filepath.Ext(name)), ".")
		if strings.EqualFold(filepath.Ext(name), ".tgz") {
			inner += ".tar"
		}
		if name == "-" {
			inner = "-"
		}
		r.stream(order, path, inner, zr, -1)
		return
	case fmtWARC:
		r.warc(order, path, br)
		return
	case fmtJSONL:
		r.jsonLines(order, path, br)
		return
	case fmtJSON:
		if looksLikeJSONLines(head) {
			r.jsonLines(order, path, br)
			return
		}
	}
	// Everything else is one document (or a feed, sitemap or OPML list),
	// held in memory, so the size limit applies: refused from the size on
	// disk without reading, or while reading when the size is unknown.
	if size > r.opt.MaxFileSize {
		r.fail(order, path, "", tooLarge(size, r.opt.MaxFileSize))
		return
	}
	var buf bytes.Buffer
	if size >= 0 {
		buf.Grow(int(size) + bytes.MinRead) // one allocation, no regrowth
	}
	_, err := buf.ReadFrom(io.LimitReader(br, r.opt.MaxFileSize+1))
	body := buf.Bytes()
	if err != nil {
		r.fail(order, path, "", &crossread.Error{Code: crossread.EINVALID, Message: "read failed", Err: err})
		return
	}
	if int64(len(body)) > r.opt.MaxFileSize {
		r.fail(order, path, "", tooLarge(-1, r.opt.MaxFileSize))
		return
	}
	r.document(order, path, "", f, body, "", meta{})
}

// readers are reused: a 64 KB buffer per file is most of what reading a
// small file allocates.
var readers = sync.Pool{New: func() any { return bufio.NewReaderSize(nil, 64<<10) }}

func tooLarge(size, limit int64) error {
	if size < 0 {
		return crossread.Errorf(crossread.ETOOLARGE, "over the size limit of %s", humanBytes(limit))
	}
	return crossread.Errorf(crossread.ETOOLARGE, "%s, over the size limit of %s", humanBytes(size), humanBytes(limit))
}

func humanBytes(n int64) string {
	switch {
	case n >= 1<<30:
		return fmt.Sprintf("%.1f GB", float64(n)/(1<<30))
	case n >= 1<<20:
		return fmt.Sprintf("%.1f MB", float64(n)/(1<<20))
	case n >= 1<<10:
		return fmt.Sprintf("%.1f KB", float64(n)/(1<<10))
	}
	return fmt.Sprintf("%d bytes", n)
}

// document handles one in-memory document of a known or sniffed format.
// path or url names it; contentType is the HTTP header when fetched.
func (r *run) document(order []int, path, url string, f format, body []byte, contentType string, m meta) {
	switch f {
	case fmtText:
		r.dispatch(&doc{order: order, path: path, url: url, kind: kindText, body: body, meta: m})
	case fmtHTML:
		r.dispatch(&doc{order: order, path: path, url: url, kind: kindHTML, body: body, contentType: contentType, meta: m})
	case fmtFeed:
		r.feed(order, path, url, body)
	case fmtSitemap:
		r.sitemap(order, path, url, body, 0)
	case fmtOPML:
		r.opml(order, path, url, body)
	case fmtJSON, fmtJSONL:
		r.jsonDocument(order, path, url, body)
	case fmtWARC:
		r.warc(order, path, bufio.NewReader(bytes.NewReader(body)))
	default:
		r.fail(order, path, url, crossread.Errorf(crossread.EUNSUPPORTED, "unknown format"))
	}
}

// warc reads the HTML response records of a WARC stream. Other records
// (requests, metadata, non-HTML responses, error pages) are skipped
// silently: an archive is mostly such records.
func (r *run) warc(order []int, path string, rd io.Reader) {
	wr, err := warc.NewReader(rd, r.opt.MaxFileSize)
	if err != nil {
		r.fail(order, path, "", err)
		return
	}
	fails := 0
	for i := 0; r.ctx.Err() == nil; i++ {
		rec, err := wr.Next()
		if err == io.EOF {
			return
		}
		if err != nil {
			if i == 0 || errors.Is(err, io.ErrUnexpectedEOF) || fails >= 3 {
				r.fail(sub(order, i), path, "", err)
				return
			}
			fails++
			r.opt.Logger.Warn("damaged WARC record skipped", "source", path, "error", err)
			continue
		}
		fails = 0
		if rec.Type != "response" {
			continue
		}
		if rec.Skipped {
			r.fail(sub(order, i), path, rec.TargetURI, tooLarge(rec.Length, r.opt.MaxFileSize))
			continue
		}
		page, err := warc.HTTPResponse(rec)
		if err != nil || page.Status < 200 || page.Status > 299 || !warc.IsHTML(page.ContentType, page.Body) {
			continue
		}
		r.dispatch(&doc{order: sub(order, i), path: path, url: page.URL, kind: kindHTML, body: page.Body,
			contentType: page.ContentType})
	}
}
