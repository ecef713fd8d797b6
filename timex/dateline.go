package timex

import (
	"regexp"
	"unicode/utf8"
)

// datelineRE matches a wire dateline before the first sentence of a
// story: "WASHINGTON — ", "NEW YORK (AP) — ", "(CNN) - ", "KYIV, Ukraine
// (AP) — ", "LONDON, March 14 (Reuters) - ".
var datelineRE = regexp.MustCompile(`^(?:\p{Lu}[\p{Lu}.,' ]{1,40}(?:,\s*\p{Lu}[\p{L}.]+(?:\s\p{Lu}[\p{L}.]+){0,2})?(?:,?\s*\p{Lu}\p{Ll}{2,8}\.?\s+\d{1,2})?(?:\s*\([\p{L} .]{1,20}\))?|\([\p{L} .]{1,20}\))\s*[-–—]{1,2}\s+\p{Lu}`)

// DatelineLength is the length of the wire dateline opening s, up to the
// sentence's first letter, or 0. A dateline's date is the day the story
// was filed, not a day something happened.
func DatelineLength(s string) int {
	m := datelineRE.FindStringIndex(s)
	if m == nil {
		return 0
	}
	_, n := utf8.DecodeLastRuneInString(s[:m[1]])
	return m[1] - n
}
