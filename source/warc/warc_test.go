package warc

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"io"
	"testing"
)

func record(typ, uri string, block []byte) []byte {
	return []byte(fmt.Sprintf("WARC/1.0\r\nWARC-Type: %s\r\nWARC-Target-URI: <%s>\r\nContent-Length: %d\r\n\r\n%s\r\n\r\n", typ, uri, len(block), block))
}

func TestReader(t *testing.T) {
	page := []byte("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nTransfer-Encoding: chunked\r\n\r\n5\r\n<html\r\n1\r\n>\r\n0\r\n\r\n")
	data := bytes.Join([][]byte{
		record("warcinfo", "", []byte("x: y\r\n")),
		record("response", "https://a.example/", page),
		[]byte("garbage between records\r\n"),
		record("response", "https://a.example/big", bytes.Repeat([]byte("b"), 500)),
	}, nil)
	for name, in := range map[string][]byte{"plain": data, "gzip": gzipped(data)} {
		r, err := NewReader(bytes.NewReader(in), 200)
		if err != nil {
			t.Fatal(err)
		}
		var types []string
		for {
			rec, err := r.Next()
			if err == io.EOF {
				break
			}
			if err != nil {
				t.Fatalf("%s: %v", name, err)
			}
			types = append(types, rec.Type)
			switch rec.TargetURI {
			case "https://a.example/":
				p, err := HTTPResponse(rec)
				if err != nil || string(p.Body) != "<html>" || p.Status != 200 || !IsHTML(p.ContentType, p.Body) {
					t.Errorf("%s: page %+v %v", name, p, err)
				}
			case "https://a.example/big":
				if !rec.Skipped || rec.Block != nil {
					t.Errorf("%s: record over the limit was read", name)
				}
			}
		}
		if fmt.Sprint(types) != "[warcinfo response response]" {
			t.Errorf("%s: types %v", name, types)
		}
	}
}

func gzipped(b []byte) []byte {
	var buf bytes.Buffer
	w := gzip.NewWriter(&buf)
	w.Write(b)
	w.Close()
	return buf.Bytes()
}

func TestNotWARC(t *testing.T) {
	r, _ := NewReader(bytes.NewReader([]byte("<html>not a warc</html>")), 0)
	if _, err := r.Next(); err != ErrNotWARC {
		t.Errorf("err = %v", err)
	}
	r, _ = NewReader(bytes.NewReader(nil), 0)
	if _, err := r.Next(); err != io.EOF {
		t.Errorf("empty: %v", err)
	}
}

func TestIsHTML(t *testing.T) {
	for ct, want := range map[string]bool{"text/html": true, "TEXT/HTML; charset=x": true, "application/xhtml+xml": true,
		"image/png": false, "text/plain": false, "text/html;;bad": true} {
		if IsHTML(ct, nil) != want {
			t.Errorf("IsHTML(%q) != %v", ct, want)
		}
	}
	if !IsHTML("", []byte("<!DOCTYPE html><html>")) {
		t.Error("untyped HTML not sniffed")
	}
}

func FuzzReader(f *testing.F) {
	f.Add(record("response", "https://a/", []byte("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Encoding: gzip\r\n\r\nxx")))
	f.Add(append(record("request", "u", []byte("GET / HTTP/1.1\r\n\r\n")), []byte("WARC/1.1\r\nContent-Length: 99999\r\n\r\nshort")...))
	f.Add(gzipped(record("response", "https://b/", []byte("HTTP/1.0 404 Not Found\r\n\r\n"))))
	f.Fuzz(func(t *testing.T, b []byte) {
		r, err := NewReader(bytes.NewReader(b), 1<<16)
		if err != nil {
			return
		}
		for i := 0; i < 1000; i++ {
			rec, err := r.Next()
			if err == io.EOF {
				return
			}
			if err != nil {
				continue // callers may go on after a damaged record
			}
			if rec.Block != nil && int64(len(rec.Block)) != rec.Length {
				t.Fatal("block length mismatch")
			}
			if p, err := HTTPResponse(rec); err == nil {
				IsHTML(p.ContentType, p.Body)
			}
		}
	})
}
