// Package crossread holds the domain types shared by every stage of the
// pipeline (sources → extraction → grouping → analysis → brief) and the
// service interfaces that storage and transport adapters implement.
//
// Stages never import storage or HTTP; they exchange only the types of this
// package. Every extracted item carries a Span into its article's cleaned
// text so that a brief sentence, a quote or an entity mention can always be
// traced back to the bytes it came from.
package crossread

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"strings"
)

// Span is a half-open byte range [Start, End) in the cleaned Text of the
// article with id ArticleID.
type Span struct {
	ArticleID string `json:"article_id"`
	Start     int    `json:"start"`
	End       int    `json:"end"`
}

// Len returns the number of bytes the span covers.
func (s Span) Len() int { return s.End - s.Start }

// Valid reports whether the span lies within a text of n bytes.
func (s Span) Valid(n int) bool { return s.Start >= 0 && s.Start <= s.End && s.End <= n }

// Error codes. They are kinds, not messages: callers switch on them and the
// HTTP layer maps them to status codes in one table.
const (
	EINVALID      = "invalid"      // input that cannot be parsed or is out of range
	ENOTFOUND     = "not_found"    // a missing article, story, file or URL
	EUNSUPPORTED  = "unsupported"  // a format we do not read
	ETOOLARGE     = "too_large"    // over a size limit
	EEMPTY        = "empty"        // nothing usable in the input
	EUNAUTHORIZED = "unauthorized" // missing or wrong credentials
	EFORBIDDEN    = "forbidden"    // refused by policy (robots.txt, private address)
	ECONFLICT     = "conflict"     // a write that collides with stored data
	EUNAVAILABLE  = "unavailable"  // a remote end that failed or timed out
	EINTERNAL     = "internal"     // a bug or an unexpected condition
)

// Error is the application error: a machine-readable Code, a human message,
// and optionally the operation and the underlying cause.
type Error struct {
	Code    string
	Message string
	Op      string // e.g. "read /path/file.txt" or "fetch https://…"
	Err     error
}

func (e *Error) Error() string {
	msg := e.Message
	if msg == "" && e.Err != nil {
		msg = e.Err.Error()
	} else if e.Err != nil {
		msg += ": " + e.Err.Error()
	}
	if e.Op != "" {
		return e.Op + ": " + msg
	}
	return msg
}

func (e *Error) Unwrap() error { return e.Err }

// Errorf returns an *Error with the given code and a formatted message.
func Errorf(code, format string, args ...any) *Error {
	return &Error{Code: code, Message: fmt.Sprintf(format, args...)}
}

// ErrorCode returns the code of the first *Error in err's chain, EINTERNAL
// for any other non-nil error and "" for nil.
func ErrorCode(err error) string {
	if err == nil {
		return ""
	}
	var e *Error
	if errors.As(err, &e) {
		return e.Code
	}
	return EINTERNAL
}

// ErrorMessage returns the human message of err without the operation prefix
// when err is an *Error, else err.Error().
func ErrorMessage(err error) string {
	var e *Error
	if errors.As(err, &e) {
		if e.Message != "" {
			return e.Message
		}
		if e.Err != nil {
			return e.Err.Error()
		}
	}
	if err == nil {
		return ""
	}
	return err.Error()
}

// ContentID derives an article id from its text, so that the same document
// gets the same id whatever order or path it is read in.
func ContentID(text string) string {
	h := sha256.Sum256([]byte(strings.Join(strings.Fields(text), " ")))
	return "a" + hex.EncodeToString(h[:])[:10]
}
