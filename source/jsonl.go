package source

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/araddon/dateparse"

	"crossread"
)

// record is one JSON Lines article (see docs/story-json.md): any of the
// metadata fields and one of text (plain) or html (a whole page).
type record struct {
	ID        json.RawMessage `json:"id"`
	URL       string          `json:"url"`
	Source    string          `json:"source"`
	Title     string          `json:"title"`
	Published json.RawMessage `json:"published"`
	Authors   json.RawMessage `json:"authors"`
	Language  string          `json:"language"`
	Text      *string         `json:"text"`
	HTML      *string         `json:"html"`
}

// looksLikeJSONLines reports whether a JSON document's first line is a
// whole object, so that it can be read line by line (a pretty-printed
// object or an array is read whole).
func looksLikeJSONLines(head []byte) bool {
	h := bytes.TrimLeft(bytes.TrimPrefix(head, []byte("\xEF\xBB\xBF")), " \t\r\n")
	line, _, found := bytes.Cut(h, []byte("\n"))
	if !found && len(h) == len(head) {
		return false // the first line did not fit in the peek: read it whole
	}
	line = bytes.TrimSpace(line)
	return len(line) > 1 && line[0] == '{' && json.Valid(line) && !isJSONFeed(line)
}

// jsonLines streams records, one per line. A bad line is one error; the
// others still load.
func (r *run) jsonLines(order []int, path string, br *bufio.Reader) {
	max := int(min(r.opt.MaxFileSize, 1<<31-1))
	for n := 1; r.ctx.Err() == nil; n++ {
		line, tooLong, err := readLine(br, max)
		if tooLong {
			r.fail(sub(order, n), path, "", at(fmt.Sprintf("line %d", n), tooLarge(-1, r.opt.MaxFileSize)))
		} else if len(bytes.TrimSpace(line)) > 0 {
			r.record(sub(order, n), path, n, line)
		}
		if err == io.EOF {
			return
		}
		if err != nil {
			r.fail(sub(order, n+1), path, "", &crossread.Error{Code: crossread.EINVALID, Message: "read failed", Err: err})
			return
		}
	}
}

// readLine reads a line of at most max bytes; a longer line is consumed
// and reported as tooLong.
func readLine(br *bufio.Reader, max int) (line []byte, tooLong bool, err error) {
	for {
		chunk, err := br.ReadSlice('\n')
		if !tooLong {
			if len(line)+len(chunk) > max {
				tooLong, line = true, nil
			} else {
				line = append(line, chunk...)
			}
		}
		if err == bufio.ErrBufferFull {
			continue
		}
		return line, tooLong, err
	}
}

// record turns one JSON object into a document.
func (r *run) record(order []int, path string, lineNo int, raw []byte) {
	var line string
	if lineNo > 0 {
		line = fmt.Sprintf("line %d", lineNo)
	}
	where := func(err error) error { return at(line, err) }
	var rec record
	if err := json.Unmarshal(bytes.TrimPrefix(raw, []byte("\xEF\xBB\xBF")), &rec); err != nil {
		r.fail(order, path, "", where(&crossread.Error{Code: crossread.EINVALID, Message: "invalid JSON", Err: err}))
		return
	}
	m, err := rec.meta()
	if err != nil {
		r.fail(order, path, rec.URL, where(err))
		return
	}
	switch {
	case rec.HTML != nil && strings.TrimSpace(*rec.HTML) != "":
		r.dispatch(&doc{order: order, path: path, kind: kindHTML, body: []byte(*rec.HTML), contentType: "text/html; charset=utf-8", meta: m, at: line})
	case rec.Text != nil:
		r.dispatch(&doc{order: order, path: path, kind: kindText, body: []byte(*rec.Text), meta: m, at: line})
	default:
		r.fail(order, path, rec.URL, where(crossread.Errorf(crossread.EEMPTY, "record has neither text nor html")))
	}
}

func (rec *record) meta() (meta, error) {
	m := meta{url: rec.URL, source: rec.Source, title: rec.Title, language: rec.Language, authoritative: true}
	if len(rec.ID) > 0 && string(rec.ID) != "null" {
		var s string
		if err := json.Unmarshal(rec.ID, &s); err == nil {
			m.id = s
		} else if n, err := strconv.ParseFloat(string(rec.ID), 64); err == nil {
			m.id = strconv.FormatFloat(n, 'f', -1, 64)
		} else {
			return m, crossread.Errorf(crossread.EINVALID, "id must be a string or a number")
		}
	}
	if len(rec.Published) > 0 && string(rec.Published) != "null" {
		var s string
		if err := json.Unmarshal(rec.Published, &s); err != nil {
			return m, crossread.Errorf(crossread.EINVALID, "published must be a date string")
		}
		m.published = parseDate(s)
	}
	if len(rec.Authors) > 0 && string(rec.Authors) != "null" {
		var list []string
		var one string
		if err := json.Unmarshal(rec.Authors, &list); err == nil {
			for _, a := range list {
				if a = strings.TrimSpace(a); a != "" {
					m.authors = append(m.authors, a)
				}
			}
		} else if err := json.Unmarshal(rec.Authors, &one); err == nil && strings.TrimSpace(one) != "" {
			m.authors = []string{strings.TrimSpace(one)}
		} else {
			return m, crossread.Errorf(crossread.EINVALID, "authors must be a list of names")
		}
	}
	return m, nil
}

// jsonDocument reads a whole JSON document: a JSON Feed, an array of
// records, or one or more records (pretty-printed or concatenated).
func (r *run) jsonDocument(order []int, path, url string, body []byte) {
	body = bytes.TrimPrefix(body, []byte("\xEF\xBB\xBF"))
	if isJSONFeed(body) {
		r.feed(order, path, url, body)
		return
	}
	dec := json.NewDecoder(bytes.NewReader(body))
	for i := 0; ; i++ {
		var v json.RawMessage
		err := dec.Decode(&v)
		if err == io.EOF {
			if i == 0 {
				r.fail(order, path, url, crossread.Errorf(crossread.EEMPTY, "empty JSON document"))
			}
			return
		}
		if err != nil {
			r.fail(sub(order, i), path, url, &crossread.Error{Code: crossread.EINVALID, Message: "invalid JSON", Err: err})
			return
		}
		v = bytes.TrimSpace(v)
		if len(v) > 0 && v[0] == '[' {
			var items []json.RawMessage
			if err := json.Unmarshal(v, &items); err != nil {
				r.fail(sub(order, i), path, url, &crossread.Error{Code: crossread.EINVALID, Message: "invalid JSON", Err: err})
				continue
			}
			for j, it := range items {
				r.record(sub(sub(order, i), j), path, 0, it)
			}
			continue
		}
		r.record(sub(order, i), path, 0, v)
	}
}

// isJSONFeed recognises a JSON Feed by its version URL.
func isJSONFeed(b []byte) bool {
	var probe struct {
		Version string `json:"version"`
	}
	if len(b) == 0 || b[0] != '{' || json.Unmarshal(b, &probe) != nil {
		return false
	}
	return strings.Contains(probe.Version, "jsonfeed.org")
}

// parseDate reads the dates found in inputs: ISO 8601 first, then the
// looser forms dateparse knows. Unparseable dates are dropped (unknown
// beats invented).
func parseDate(s string) (ts crossread.Timestamp) {
	defer func() {
		if recover() != nil {
			ts = crossread.Timestamp{}
		}
	}()
	s = strings.TrimSpace(s)
	if s == "" {
		return ts
	}
	if t, err := crossread.ParseTimestamp(s); err == nil {
		return t
	}
	t, err := dateparse.ParseAny(s)
	if err != nil || t.Year() < 1800 || t.Year() > 2200 {
		return ts
	}
	return crossread.Timestamp{Time: t, HasClock: t.Hour() != 0 || t.Minute() != 0 || t.Second() != 0}
}

// at places an error inside a container ("line 7"), keeping its code.
func at(where string, err error) error {
	if where == "" || err == nil {
		return err
	}
	return &crossread.Error{Code: crossread.ErrorCode(err), Message: where + ": " + crossread.ErrorMessage(err)}
}
