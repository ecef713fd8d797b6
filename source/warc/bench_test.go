package warc

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"io"
	"strings"
	"testing"

	"github.com/nlnwa/gowarc"
)

// benchArchive is a gzip-per-record WARC like CC-NEWS: a request, a
// response (20 KB HTML) and a metadata record per page.
func benchArchive(pages int) []byte {
	html := "<html><body>" + strings.Repeat("<p>Some paragraph text of a news article, repeated.</p>", 350) + "</body></html>"
	var out bytes.Buffer
	for i := range pages {
		uri := fmt.Sprintf("https://news.example/%d", i)
		for _, rec := range [][]byte{
			typedRecord("request", uri, "application/http; msgtype=request", []byte("GET / HTTP/1.1\r\nHost: news.example\r\n\r\n")),
			typedRecord("response", uri, "application/http; msgtype=response", []byte(fmt.Sprintf("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: %d\r\n\r\n%s", len(html), html))),
			typedRecord("metadata", uri, "application/warc-fields", []byte("fetchTimeMs: 10\r\n")),
		} {
			zw := gzip.NewWriter(&out)
			zw.Write(rec)
			zw.Close()
		}
	}
	return out.Bytes()
}

// BenchmarkOwnReader and BenchmarkGowarc compare reading the HTML payloads
// of the same archive (see the package comment for why we keep our own).
func BenchmarkOwnReader(b *testing.B) {
	data := benchArchive(200)
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		r, err := NewReader(bytes.NewReader(data), 0)
		if err != nil {
			b.Fatal(err)
		}
		n := 0
		for {
			rec, err := r.Next()
			if err == io.EOF {
				break
			}
			if err != nil {
				b.Fatal(err)
			}
			if rec.Type != "response" {
				continue
			}
			if p, err := HTTPResponse(rec); err == nil && IsHTML(p.ContentType, p.Body) {
				n++
			}
		}
		if n != 200 {
			b.Fatalf("%d pages", n)
		}
	}
}

func BenchmarkGowarc(b *testing.B) {
	data := benchArchive(200)
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		r, err := gowarc.NewWarcFileReaderFromStream(bytes.NewReader(data), 0,
			gowarc.WithSyntaxErrorPolicy(gowarc.ErrIgnore), gowarc.WithSpecViolationPolicy(gowarc.ErrIgnore), gowarc.WithUnknownRecordTypePolicy(gowarc.ErrIgnore))
		if err != nil {
			b.Fatal(err)
		}
		n := 0
		for {
			rec, _, _, err := r.Next()
			if err == io.EOF {
				break
			}
			if err != nil {
				b.Fatal(err)
			}
			if rec.Type() != gowarc.Response {
				continue
			}
			blk, ok := rec.Block().(gowarc.HttpResponseBlock)
			if !ok {
				continue
			}
			rd, err := blk.PayloadBytes()
			if err != nil {
				continue
			}
			body, _ := io.ReadAll(rd)
			if len(body) > 0 && strings.HasPrefix(blk.HttpHeader().Get("Content-Type"), "text/html") {
				n++
			}
		}
		r.Close()
		if n != 200 {
			b.Fatalf("%d pages", n)
		}
	}
}

func typedRecord(typ, uri, contentType string, block []byte) []byte {
	return []byte(fmt.Sprintf("WARC/1.1\r\nWARC-Type: %s\r\nWARC-Target-URI: %s\r\nWARC-Date: 2025-11-06T10:00:00Z\r\nWARC-Record-ID: <urn:uuid:%s>\r\nContent-Type: %s\r\nContent-Length: %d\r\n\r\n%s\r\n\r\n",
		typ, uri, "6a0c7c5e-7f44-4a0e-9d7a-0c3c2f1b5e11", contentType, len(block), block))
}
