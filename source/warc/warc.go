// Package warc reads WARC files (ISO 28500, versions 1.0 and 1.1), plain or
// gzip-compressed per record or as a whole, and yields the HTML pages of
// their response records.
//
// It is a small reader of its own rather than github.com/nlnwa/gowarc: we
// only need sequential reading of response records, and a reader that
// skips damaged records and resynchronises on the next "WARC/" line is
// easier to keep robust against untrusted archives (and to fuzz) than a
// general-purpose library that validates and builds every record type.
package warc

import (
	"bufio"
	"bytes"
	"compress/flate"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"strconv"
	"strings"

	"github.com/andybalholm/brotli"

	"crossread"
)

// Record is one WARC record with its block read into memory.
type Record struct {
	Type      string      // WARC-Type: "response", "request", "metadata", …
	TargetURI string      // WARC-Target-URI
	Date      string      // WARC-Date
	Header    http.Header // all WARC headers
	Block     []byte      // nil when Skipped
	Length    int64       // Content-Length of the block
	Skipped   bool        // the block was over the size limit and was not read
}

// Reader reads records in order.
type Reader struct {
	br       *bufio.Reader
	maxBlock int64
	n        int
}

// DefaultMaxBlock bounds the block read into memory: larger records are
// skipped (and reported) rather than read.
const DefaultMaxBlock = 50 << 20

// NewReader reads a WARC from r, decompressing it when it is gzip data.
// maxBlock <= 0 means DefaultMaxBlock.
func NewReader(r io.Reader, maxBlock int64) (*Reader, error) {
	if maxBlock <= 0 {
		maxBlock = DefaultMaxBlock
	}
	br := bufio.NewReaderSize(r, 64<<10)
	if head, _ := br.Peek(2); len(head) == 2 && head[0] == 0x1f && head[1] == 0x8b {
		zr, err := gzip.NewReader(br)
		if err != nil {
			return nil, &crossread.Error{Code: crossread.EINVALID, Message: "broken gzip stream", Err: err}
		}
		br = bufio.NewReaderSize(zr, 64<<10)
	}
	return &Reader{br: br, maxBlock: maxBlock}, nil
}

// ErrNotWARC is returned by Next when the data does not start like a WARC.
var ErrNotWARC = crossread.Errorf(crossread.EINVALID, "not a WARC file")

// Next returns the next record, or io.EOF at the end. After a damaged
// record it resynchronises on the next "WARC/" version line.
func (r *Reader) Next() (*Record, error) {
	line, err := r.versionLine()
	if err != nil {
		return nil, err
	}
	_ = line
	rec := &Record{Header: http.Header{}}
	for {
		l, err := r.readLine()
		if err != nil {
			if err == io.EOF {
				return nil, r.broken("truncated record header", io.ErrUnexpectedEOF)
			}
			return nil, r.broken("reading record header", err)
		}
		if l == "" {
			break
		}
		k, v, ok := strings.Cut(l, ":")
		if !ok {
			continue
		}
		rec.Header.Add(strings.TrimSpace(k), strings.TrimSpace(v))
		if len(rec.Header) > 200 {
			return nil, r.broken("record header too long", nil)
		}
	}
	r.n++
	rec.Type = strings.ToLower(rec.Header.Get("WARC-Type"))
	rec.TargetURI = strings.Trim(rec.Header.Get("WARC-Target-URI"), "<> ")
	rec.Date = rec.Header.Get("WARC-Date")
	n, err := strconv.ParseInt(rec.Header.Get("Content-Length"), 10, 64)
	if err != nil || n < 0 {
		return nil, r.broken("record without a valid Content-Length", err)
	}
	rec.Length = n
	if n > r.maxBlock {
		rec.Skipped = true
		if _, err := io.CopyN(io.Discard, r.br, n); err != nil {
			return nil, r.broken("truncated record block", err)
		}
		return rec, nil
	}
	rec.Block = make([]byte, n)
	if _, err := io.ReadFull(r.br, rec.Block); err != nil {
		return nil, r.broken("truncated record block", err)
	}
	return rec, nil
}

func (r *Reader) broken(msg string, err error) error {
	return &crossread.Error{Code: crossread.EINVALID, Message: fmt.Sprintf("record %d: %s", r.n+1, msg), Err: err}
}

// versionLine skips the blank lines between records (and, after damage,
// anything up to the next version line).
func (r *Reader) versionLine() (string, error) {
	skipped := 0
	for {
		l, err := r.readLine()
		if err != nil {
			if err == io.EOF {
				if skipped > 0 && r.n == 0 {
					return "", ErrNotWARC
				}
				return "", io.EOF
			}
			return "", r.broken("reading", err)
		}
		if strings.HasPrefix(l, "WARC/") {
			return l, nil
		}
		if l != "" {
			skipped++
			if r.n == 0 && skipped > 0 {
				return "", ErrNotWARC
			}
		}
	}
}

// readLine reads a line without its CRLF; very long lines are cut (they
// are not headers).
func (r *Reader) readLine() (string, error) {
	var buf []byte
	for {
		chunk, err := r.br.ReadSlice('\n')
		if len(buf) < 64<<10 {
			buf = append(buf, chunk...)
		}
		if err == bufio.ErrBufferFull {
			continue
		}
		if err != nil {
			if err == io.EOF && len(buf) > 0 {
				return strings.TrimRight(string(buf), "\r\n"), nil
			}
			return "", err
		}
		return strings.TrimRight(string(buf), "\r\n"), nil
	}
}

// Page is the HTTP response inside a response record.
type Page struct {
	URL         string
	Status      int
	ContentType string
	Body        []byte
}

// ErrNotHTTP marks a response record whose block is not an HTTP response.
var ErrNotHTTP = errors.New("block is not an HTTP response")

// HTTPResponse parses the HTTP response stored in a response record and
// decodes its Content-Encoding. Transfer-Encoding: chunked is undone too.
func HTTPResponse(rec *Record) (*Page, error) {
	if rec.Block == nil {
		return nil, crossread.Errorf(crossread.ETOOLARGE, "record of %d bytes over the size limit", rec.Length)
	}
	if !bytes.HasPrefix(rec.Block, []byte("HTTP/")) {
		return nil, ErrNotHTTP
	}
	resp, err := http.ReadResponse(bufio.NewReader(bytes.NewReader(rec.Block)), nil)
	if err != nil {
		return nil, &crossread.Error{Code: crossread.EINVALID, Message: "broken HTTP response", Err: err}
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	if err != nil && len(body) == 0 {
		return nil, &crossread.Error{Code: crossread.EINVALID, Message: "broken HTTP body", Err: err}
	}
	if dec, ok := decodeContent(body, resp.Header.Get("Content-Encoding")); ok {
		body = dec
	}
	return &Page{URL: rec.TargetURI, Status: resp.StatusCode, ContentType: resp.Header.Get("Content-Type"), Body: body}, nil
}

// decodeContent undoes a Content-Encoding. Archives often store the
// payload already decoded while keeping the header, so a body that does not
// decode is returned as it is.
func decodeContent(b []byte, enc string) ([]byte, bool) {
	var r io.Reader
	switch strings.ToLower(strings.TrimSpace(enc)) {
	case "gzip", "x-gzip":
		zr, err := gzip.NewReader(bytes.NewReader(b))
		if err != nil {
			return nil, false
		}
		r = zr
	case "deflate":
		r = flate.NewReader(bytes.NewReader(b))
	case "br":
		r = brotli.NewReader(bytes.NewReader(b))
	default:
		return nil, false
	}
	out, err := io.ReadAll(io.LimitReader(r, DefaultMaxBlock))
	if err != nil {
		return nil, false
	}
	return out, true
}

// IsHTML reports whether a Content-Type names an HTML (or XHTML) page.
// An absent type is sniffed from the body.
func IsHTML(contentType string, body []byte) bool {
	if contentType == "" {
		return strings.HasPrefix(http.DetectContentType(body), "text/html")
	}
	mt, _, err := mime.ParseMediaType(contentType)
	if err != nil {
		mt = strings.ToLower(strings.TrimSpace(strings.Split(contentType, ";")[0]))
	}
	return mt == "text/html" || mt == "application/xhtml+xml"
}
