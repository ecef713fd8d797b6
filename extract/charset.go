package extract

import (
	"bytes"
	"regexp"
	"unicode/utf8"

	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding"
)

// toUTF8 decodes page into UTF-8. The order is the HTML standard's: a byte
// order mark, then the charset of the HTTP Content-Type, then a <meta>
// declaration in the first 1024 bytes. Without any of those, a page that is
// valid UTF-8 is taken as UTF-8 (most of the web is) and anything else as
// windows-1252, the standard's default. Callers that already converted the
// page may pass "text/html; charset=utf-8" as contentType.
func toUTF8(page []byte, contentType string) []byte {
	if bytes.HasPrefix(page, []byte("\xef\xbb\xbf")) {
		return page[3:]
	}
	enc, name, certain := charset.DetermineEncoding(page, contentType)
	if name == "utf-8" {
		return page
	}
	if !certain && utf8.Valid(page) {
		return page
	}
	if !certain && name == "windows-1252" {
		// The standard's prescan stops at 1024 bytes; pages with long
		// heads declare their charset later.
		if e, n := lateMetaCharset(page); e != nil {
			if n == "utf-8" {
				return page
			}
			enc = e
		}
	}
	out, err := enc.NewDecoder().Bytes(page)
	if err != nil {
		return page
	}
	return out
}

var metaCharset = regexp.MustCompile(`(?i)<meta[^>]+charset\s*=\s*["']?\s*([a-z0-9_:.-]+)`)

func lateMetaCharset(page []byte) (encoding.Encoding, string) {
	head := page
	if len(head) > 32<<10 {
		head = head[:32<<10]
	}
	m := metaCharset.FindSubmatch(head)
	if m == nil {
		return nil, ""
	}
	return charset.Lookup(string(m[1]))
}
