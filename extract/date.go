package extract

import (
	"regexp"
	"strconv"
	"strings"
	"time"

	"crossread"
)

var (
	isoDate = regexp.MustCompile(`(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[T ]+(\d{1,2}):(\d{2})(?::(\d{2}))?(?:[.,]\d+)?\s*(Z|[+-]\d{2}:?\d{2}|UTC|GMT)?)?`)
	// "September 4, 2025", "Sep. 4th 2025"
	mdyDate = regexp.MustCompile(`(?i)\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b`)
	// "4 September 2025", "04 Sep 2025"
	dmyDate = regexp.MustCompile(`(?i)\b(\d{1,2})(?:st|nd|rd|th)?\.?\s+(?:of\s+)?(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?,?\s+(\d{4})\b`)
	// "2025 Sep 4", as bibliographic metadata writes it
	ymdDate = regexp.MustCompile(`(?i)^((?:19|20)\d{2})\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+(\d{1,2})\b`)
	// compact "20250904" only where a whole value is just that
	compactDate = regexp.MustCompile(`^(\d{4})(\d{2})(\d{2})$`)
	urlDate     = regexp.MustCompile(`/((?:19|20)\d{2})[/-](\d{1,2})[/-](\d{1,2})(?:/|-|$)`)
	urlDateFlat = regexp.MustCompile(`/((?:19|20)\d{2})(\d{2})(\d{2})/`)
)

var monthNames = map[string]time.Month{
	"jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8,
	"sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}

// parseDate reads the first date in s: ISO 8601 and its common variants
// (with the time and zone when given), English month-name dates, a
// bibliographic "2025 Sep 4" or a compact YYYYMMDD. The day is kept as
// written: a time with an offset stays in that offset.
func parseDate(s string) (crossread.Timestamp, bool) {
	s = strings.TrimSpace(s)
	if s == "" {
		return crossread.Timestamp{}, false
	}
	if m := isoDate.FindStringSubmatch(s); m != nil {
		y, mo, d := atoi(m[1]), atoi(m[2]), atoi(m[3])
		if !validDay(y, mo, d) {
			return crossread.Timestamp{}, false
		}
		if m[4] == "" {
			return crossread.Date(y, time.Month(mo), d), true
		}
		loc := time.UTC
		switch z := m[7]; {
		case z == "" || z == "Z" || z == "UTC" || z == "GMT":
		default:
			z = strings.ReplaceAll(z, ":", "")
			off := atoi(z[1:3])*3600 + atoi(z[3:5])*60
			if z[0] == '-' {
				off = -off
			}
			loc = time.FixedZone("", off)
		}
		h, mi, sec := atoi(m[4]), atoi(m[5]), atoi(m[6])
		if h > 23 || mi > 59 || sec > 60 {
			return crossread.Date(y, time.Month(mo), d), true
		}
		return crossread.Timestamp{Time: time.Date(y, time.Month(mo), d, h, mi, sec, 0, loc), HasClock: true}, true
	}
	if m := mdyDate.FindStringSubmatch(s); m != nil {
		if ts, ok := dateOf(atoi(m[3]), monthNames[strings.ToLower(m[1])], atoi(m[2])); ok {
			return ts, true
		}
	}
	if m := dmyDate.FindStringSubmatch(s); m != nil {
		if ts, ok := dateOf(atoi(m[3]), monthNames[strings.ToLower(m[2])], atoi(m[1])); ok {
			return ts, true
		}
	}
	if m := ymdDate.FindStringSubmatch(s); m != nil {
		if ts, ok := dateOf(atoi(m[1]), monthNames[strings.ToLower(m[2])], atoi(m[3])); ok {
			return ts, true
		}
	}
	if m := compactDate.FindStringSubmatch(s); m != nil {
		if ts, ok := dateOf(atoi(m[1]), time.Month(atoi(m[2])), atoi(m[3])); ok {
			return ts, true
		}
	}
	return crossread.Timestamp{}, false
}

// dateFromURL reads /2025/09/04/ or /20250904/ style paths.
func dateFromURL(u string) (crossread.Timestamp, bool) {
	if m := urlDate.FindStringSubmatch(u); m != nil {
		return dateOf(atoi(m[1]), time.Month(atoi(m[2])), atoi(m[3]))
	}
	if m := urlDateFlat.FindStringSubmatch(u); m != nil {
		return dateOf(atoi(m[1]), time.Month(atoi(m[2])), atoi(m[3]))
	}
	return crossread.Timestamp{}, false
}

func dateOf(y int, mo time.Month, d int) (crossread.Timestamp, bool) {
	if !validDay(y, int(mo), d) {
		return crossread.Timestamp{}, false
	}
	return crossread.Date(y, mo, d), true
}

func validDay(y, mo, d int) bool {
	if y < 1990 || y > 2100 || mo < 1 || mo > 12 || d < 1 {
		return false
	}
	return d <= time.Date(y, time.Month(mo)+1, 0, 0, 0, 0, 0, time.UTC).Day()
}

func atoi(s string) int {
	n, _ := strconv.Atoi(s)
	return n
}
