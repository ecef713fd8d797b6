package fetch

import (
	"context"
	"crypto/tls"
	"crypto/x509"
	"errors"
	"fmt"
	"net"
	"net/http"
	"strings"
	"syscall"
	"time"

	"crossread"
)

// Kind classifies a failed fetch. The set is fixed: callers switch on it,
// reports group by it.
type Kind string

const (
	KindDNS              Kind = "dns"                // the host name does not resolve
	KindTLS              Kind = "tls"                // handshake or certificate failure
	KindTimeout          Kind = "timeout"            // no complete answer in time
	KindConnection       Kind = "connection"         // refused, reset, unreachable
	KindBlockedAddress   Kind = "blocked_address"    // resolves to a private or loopback address
	KindBadURL           Kind = "bad_url"            // not an absolute http(s) URL
	KindRobots           Kind = "robots_disallowed"  // robots.txt forbids it
	KindRedirectLoop     Kind = "redirect_loop"      // a redirect back to a URL already visited
	KindTooManyRedirects Kind = "too_many_redirects" // over the redirect limit
	KindUnauthorized     Kind = "unauthorized"       // 401
	KindForbidden        Kind = "forbidden"          // 403
	KindNotFound         Kind = "not_found"          // 404
	KindGone             Kind = "gone"               // 410
	KindTooManyRequests  Kind = "too_many_requests"  // 429, after the retries
	KindHTTP4xx          Kind = "http_4xx"           // any other 4xx
	KindHTTP5xx          Kind = "http_5xx"           // 5xx, after the retries
	KindTooLarge         Kind = "too_large"          // body over the size limit
	KindNotHTML          Kind = "not_html"           // a content type we do not read
	KindCanceled         Kind = "canceled"           // the caller gave up
	KindOther            Kind = "other"
)

// Error is a classified fetch failure for one URL. Fetcher methods return
// it wrapped in a *crossread.Error whose Code matches the kind, so both
// crossread.ErrorCode and KindOf work on the same value.
type Error struct {
	Kind       Kind
	URL        string
	Status     int           // HTTP status, when there was a response
	RetryAfter time.Duration // from a 429/503 Retry-After header
	Err        error
}

func (e *Error) Error() string {
	var b strings.Builder
	b.WriteString(string(e.Kind))
	if e.Status != 0 {
		fmt.Fprintf(&b, " (HTTP %d)", e.Status)
	}
	if e.Err != nil {
		b.WriteString(": ")
		b.WriteString(e.Err.Error())
	}
	return b.String()
}

func (e *Error) Unwrap() error { return e.Err }

// Code maps the kind onto the application's error codes.
func (k Kind) Code() string {
	switch k {
	case KindNotFound, KindGone, KindDNS:
		return crossread.ENOTFOUND
	case KindForbidden, KindRobots, KindBlockedAddress:
		return crossread.EFORBIDDEN
	case KindUnauthorized:
		return crossread.EUNAUTHORIZED
	case KindTooLarge:
		return crossread.ETOOLARGE
	case KindNotHTML:
		return crossread.EUNSUPPORTED
	case KindBadURL, KindRedirectLoop, KindTooManyRedirects, KindHTTP4xx:
		return crossread.EINVALID
	case KindOther:
		return crossread.EINTERNAL
	}
	return crossread.EUNAVAILABLE
}

// KindOf returns the kind of a fetch error, KindOther for other errors and
// "" for nil.
func KindOf(err error) Kind {
	if err == nil {
		return ""
	}
	var e *Error
	if errors.As(err, &e) {
		return e.Kind
	}
	return KindOther
}

// wrap makes the error value the Fetcher returns.
func wrap(e *Error) error {
	return &crossread.Error{Code: e.Kind.Code(), Op: "fetch " + e.URL, Err: e}
}

// Fail builds a classified error for a URL, for callers that judge a
// fetched response themselves (e.g. a content type they cannot read).
func Fail(kind Kind, rawURL string, format string, args ...any) error {
	return wrap(&Error{Kind: kind, URL: rawURL, Err: fmt.Errorf(format, args...)})
}

// statusKind classifies an HTTP error status.
func statusKind(code int) Kind {
	switch {
	case code == http.StatusUnauthorized:
		return KindUnauthorized
	case code == http.StatusForbidden:
		return KindForbidden
	case code == http.StatusNotFound:
		return KindNotFound
	case code == http.StatusGone:
		return KindGone
	case code == http.StatusTooManyRequests:
		return KindTooManyRequests
	case code >= 500:
		return KindHTTP5xx
	case code >= 400:
		return KindHTTP4xx
	}
	return KindOther // e.g. a 304 we did not ask for, a 3xx without Location
}

// classify sorts a transport error into a kind.
func classify(ctx context.Context, err error) Kind {
	var fe *Error
	if errors.As(err, &fe) {
		return fe.Kind
	}
	var blocked *blockedError
	if errors.As(err, &blocked) {
		return KindBlockedAddress
	}
	if ctx.Err() == context.Canceled || errors.Is(err, context.Canceled) {
		return KindCanceled
	}
	if errors.Is(err, context.DeadlineExceeded) {
		return KindTimeout
	}
	var dnsErr *net.DNSError
	if errors.As(err, &dnsErr) {
		if dnsErr.IsTimeout {
			return KindTimeout
		}
		return KindDNS
	}
	var (
		recErr  tls.RecordHeaderError
		certErr *tls.CertificateVerificationError
		unk     x509.UnknownAuthorityError
		host    x509.HostnameError
		inv     x509.CertificateInvalidError
		alert   tls.AlertError
	)
	if errors.As(err, &recErr) || errors.As(err, &certErr) || errors.As(err, &unk) || errors.As(err, &host) ||
		errors.As(err, &inv) || errors.As(err, &alert) || strings.Contains(err.Error(), "tls: ") {
		return KindTLS
	}
	var ne net.Error
	if errors.As(err, &ne) && ne.Timeout() {
		return KindTimeout
	}
	if errors.Is(err, syscall.ECONNREFUSED) || errors.Is(err, syscall.ECONNRESET) || errors.Is(err, syscall.EHOSTUNREACH) ||
		errors.Is(err, syscall.ENETUNREACH) || errors.Is(err, syscall.EPIPE) {
		return KindConnection
	}
	var op *net.OpError
	if errors.As(err, &op) {
		return KindConnection
	}
	if strings.Contains(err.Error(), "EOF") || strings.Contains(err.Error(), "connection") {
		return KindConnection
	}
	return KindOther
}
