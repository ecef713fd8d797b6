package http

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"net/netip"
	"net/url"
	"strings"
	"syscall"
	"time"

	"crossread"
)

// Guard decides which network addresses a fetch asked for by a user may
// reach. Without AllowPrivate it refuses loopback, private (RFC 1918, ULA),
// link-local (cloud metadata lives at 169.254.169.254), CGNAT, unspecified
// and multicast addresses. The check runs on the address actually dialled,
// after DNS resolution, so a public name that resolves to a private address
// is refused, and every redirect hop dials anew and is checked again.
type Guard struct {
	AllowPrivate bool

	// allow lets a test reach one local server that stands in for a
	// public one.
	allow func(netip.AddrPort) bool
}

var blockedPrefixes = []netip.Prefix{
	netip.MustParsePrefix("0.0.0.0/8"),
	netip.MustParsePrefix("100.64.0.0/10"), // CGNAT
	netip.MustParsePrefix("192.0.0.0/24"),  // IETF protocol assignments
	netip.MustParsePrefix("198.18.0.0/15"), // benchmarking
	netip.MustParsePrefix("240.0.0.0/4"),
	netip.MustParsePrefix("64:ff9b::/96"), // NAT64 can reach IPv4 private space
	netip.MustParsePrefix("2001:db8::/32"),
}

// Permitted reports whether addr may be dialled.
func (g Guard) Permitted(addr netip.AddrPort) bool {
	if g.AllowPrivate {
		return true
	}
	if g.allow != nil && g.allow(addr) {
		return true
	}
	ip := addr.Addr().Unmap()
	if !ip.IsValid() || ip.IsLoopback() || ip.IsPrivate() || ip.IsLinkLocalUnicast() || ip.IsLinkLocalMulticast() ||
		ip.IsInterfaceLocalMulticast() || ip.IsMulticast() || ip.IsUnspecified() {
		return false
	}
	for _, p := range blockedPrefixes {
		if p.Contains(ip) {
			return false
		}
	}
	return true
}

// errForbiddenAddr is returned by the dialer's control hook.
type errForbiddenAddr struct{ addr string }

func (e *errForbiddenAddr) Error() string {
	return "refusing to connect to " + e.addr + " (a loopback, private, link-local or metadata address)"
}

// control runs after DNS resolution, just before connect(2).
func (g Guard) control(network, address string, _ syscall.RawConn) error {
	ap, err := netip.ParseAddrPort(address)
	if err != nil {
		return &errForbiddenAddr{addr: address}
	}
	if !g.Permitted(ap) {
		return &errForbiddenAddr{addr: address}
	}
	return nil
}

// DialContext dials like net.Dialer but only to permitted addresses.
func (g Guard) DialContext(ctx context.Context, network, addr string) (net.Conn, error) {
	d := &net.Dialer{Timeout: 10 * time.Second, KeepAlive: 30 * time.Second, Control: g.control}
	return d.DialContext(ctx, network, addr)
}

// Client returns an HTTP client that dials only permitted addresses, never
// through a proxy (a proxy would dial for us, unchecked), follows at most
// five redirects and only to http or https URLs.
func (g Guard) Client(timeout time.Duration) *http.Client {
	tr := &http.Transport{
		Proxy:                 nil,
		DialContext:           g.DialContext,
		ForceAttemptHTTP2:     true,
		MaxIdleConns:          20,
		IdleConnTimeout:       60 * time.Second,
		TLSHandshakeTimeout:   10 * time.Second,
		ResponseHeaderTimeout: 20 * time.Second,
	}
	return &http.Client{
		Transport: tr,
		Timeout:   timeout,
		CheckRedirect: func(req *http.Request, via []*http.Request) error {
			if len(via) >= 5 {
				return crossread.Errorf(crossread.EUNAVAILABLE, "too many redirects")
			}
			return g.CheckURL(req.Context(), req.URL.String(), false)
		},
	}
}

// CheckURL refuses URLs that are not http(s), carry credentials, or name a
// host that resolves to a refused address. With resolve false only the
// literal form is checked (the dialer checks the resolved address anyway).
// Errors are crossread.EINVALID or EFORBIDDEN.
func (g Guard) CheckURL(ctx context.Context, raw string, resolve bool) error {
	u, err := url.Parse(strings.TrimSpace(raw))
	if err != nil {
		return &crossread.Error{Code: crossread.EINVALID, Op: "check " + raw, Message: "not a URL", Err: err}
	}
	if u.Scheme != "http" && u.Scheme != "https" {
		return &crossread.Error{Code: crossread.EINVALID, Op: "check " + raw, Message: "only http and https URLs can be fetched"}
	}
	if u.User != nil {
		return &crossread.Error{Code: crossread.EINVALID, Op: "check " + raw, Message: "URLs with credentials are refused"}
	}
	host := u.Hostname()
	if host == "" {
		return &crossread.Error{Code: crossread.EINVALID, Op: "check " + raw, Message: "URL has no host"}
	}
	if g.AllowPrivate {
		return nil
	}
	port := uint16(80)
	if u.Scheme == "https" {
		port = 443
	}
	if p := u.Port(); p != "" {
		var n int
		if _, err := fmt.Sscan(p, &n); err == nil && n > 0 && n < 65536 {
			port = uint16(n)
		}
	}
	forbidden := &crossread.Error{Code: crossread.EFORBIDDEN, Op: "check " + raw, Message: "refusing a loopback, private, link-local or metadata address"}
	if ip, err := netip.ParseAddr(strings.Trim(host, "[]")); err == nil {
		if !g.Permitted(netip.AddrPortFrom(ip, port)) {
			return forbidden
		}
		return nil
	}
	if strings.EqualFold(host, "localhost") || strings.HasSuffix(strings.ToLower(host), ".localhost") {
		return forbidden
	}
	if !resolve {
		return nil
	}
	ips, err := net.DefaultResolver.LookupNetIP(ctx, "ip", host)
	if err != nil {
		return &crossread.Error{Code: crossread.EUNAVAILABLE, Op: "resolve " + host, Err: err}
	}
	for _, ip := range ips {
		if !g.Permitted(netip.AddrPortFrom(ip, port)) {
			return forbidden
		}
	}
	return nil
}

// IsForbidden reports whether err (from a Client request) is a refusal by
// the guard.
func IsForbidden(err error) bool {
	var fe *errForbiddenAddr
	return errors.As(err, &fe) || crossread.ErrorCode(err) == crossread.EFORBIDDEN
}

// ClassifyFetchError gives a fetch error its crossread kind.
func ClassifyFetchError(op string, err error) error {
	if err == nil {
		return nil
	}
	if IsForbidden(err) {
		return &crossread.Error{Code: crossread.EFORBIDDEN, Op: op, Err: err}
	}
	var ce *crossread.Error
	if errors.As(err, &ce) {
		return err
	}
	return &crossread.Error{Code: crossread.EUNAVAILABLE, Op: op, Err: err}
}
