package fetch

import (
	"bufio"
	"bytes"
	"strconv"
	"strings"
	"time"
)

// robots holds the rules of one host's robots.txt that apply to us
// (RFC 9309): the group naming our product token, else the "*" group.
type robots struct {
	rules      []robotsRule
	crawlDelay time.Duration
}

type robotsRule struct {
	allow   bool
	pattern string
}

// parseRobots reads a robots.txt for the user agent's product token.
func parseRobots(body []byte, userAgent string) *robots {
	token := strings.ToLower(userAgent)
	if i := strings.IndexAny(token, "/ "); i >= 0 {
		token = token[:i]
	}
	type group struct {
		agents []string
		rules  []robotsRule
		delay  time.Duration
	}
	var groups []*group
	var cur *group
	lastWasAgent := false
	sc := bufio.NewScanner(bytes.NewReader(body))
	sc.Buffer(make([]byte, 0, 4096), 64<<10)
	for sc.Scan() {
		line := sc.Text()
		if i := strings.IndexByte(line, '#'); i >= 0 {
			line = line[:i]
		}
		k, v, ok := strings.Cut(line, ":")
		if !ok {
			continue
		}
		k = strings.ToLower(strings.TrimSpace(k))
		v = strings.TrimSpace(v)
		switch k {
		case "user-agent":
			if !lastWasAgent || cur == nil {
				cur = &group{}
				groups = append(groups, cur)
			}
			cur.agents = append(cur.agents, strings.ToLower(v))
			lastWasAgent = true
			continue
		case "allow", "disallow":
			if cur != nil && (v != "" || k == "allow") {
				cur.rules = append(cur.rules, robotsRule{allow: k == "allow", pattern: v})
			}
		case "crawl-delay":
			if cur != nil {
				if s, err := strconv.ParseFloat(v, 64); err == nil && s > 0 {
					cur.delay = time.Duration(s * float64(time.Second))
				}
			}
		}
		lastWasAgent = false
	}
	var mine, star []*group
	for _, g := range groups {
		for _, a := range g.agents {
			switch {
			case a == "*":
				star = append(star, g)
			case token != "" && (a == token || strings.HasPrefix(token, a)):
				mine = append(mine, g)
			}
		}
	}
	if len(mine) == 0 {
		mine = star
	}
	r := &robots{}
	for _, g := range mine {
		r.rules = append(r.rules, g.rules...)
		if g.delay > r.crawlDelay {
			r.crawlDelay = g.delay
		}
	}
	return r
}

// allowed applies the longest matching rule; on a tie Allow wins.
func (r *robots) allowed(pathAndQuery string) bool {
	if r == nil || pathAndQuery == "/robots.txt" {
		return true
	}
	best, allow := -1, true
	for _, rule := range r.rules {
		if rule.pattern == "" {
			continue
		}
		if robotsMatch(rule.pattern, pathAndQuery) {
			n := len(rule.pattern)
			if n > best || (n == best && rule.allow) {
				best, allow = n, rule.allow
			}
		}
	}
	return allow
}

// robotsMatch matches a robots.txt path pattern: a prefix match where "*"
// matches any run of characters and a final "$" anchors the end.
func robotsMatch(pattern, path string) bool {
	anchored := strings.HasSuffix(pattern, "$")
	if anchored {
		pattern = pattern[:len(pattern)-1]
	}
	parts := strings.Split(pattern, "*")
	if !strings.HasPrefix(path, parts[0]) {
		return false
	}
	pos := len(parts[0])
	for i, p := range parts[1:] {
		if i == len(parts)-2 && anchored {
			return strings.HasSuffix(path[pos:], p)
		}
		j := strings.Index(path[pos:], p)
		if j < 0 {
			return false
		}
		pos += j + len(p)
	}
	if anchored {
		return pos == len(path) || (len(parts) > 1 && parts[len(parts)-1] == "")
	}
	return true
}
