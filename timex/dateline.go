package timex

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// datelineRE matches a wire dateline before the first sentence of a
// story: "WASHINGTON — ", "NEW YORK (AP) — ", "(CNN) - ", "KYIV, Ukraine
// (AP) — ", "LONDON, March 14 (Reuters) - ", and in the other languages
// "Passau, 9. Juni 2026 – "; a town written with a hyphen or an
// apostrophe ("'S-HERTOGENBOSCH - ", "SAINT-ÉTIENNE – "), its province
// and its agency in brackets ("PORTO ELSA (TRAPANI) (ASI) - ").
var datelineRE = regexp.MustCompile(`^(?:['’]?\p{Lu}[\p{Lu}.,'’ -]{1,40}(?:,\s*\p{Lu}[\p{L}.]+(?:\s\p{Lu}[\p{L}.]+){0,2})?(?:,?\s*\p{Lu}\p{Ll}{2,8}\.?\s+\d{1,2}|,\s*\d{1,2}\s+\p{Lu}\p{Ll}{2,8}\.?)?(?:\s*\([\p{L} .]{1,20}\)){0,2}|\([\p{L} .]{1,20}\)|` +
	// "Passau, 9. Juni 2026 –", "Paris, le 9 juin 2026 –", "Lima, 9 de
	// junio de 2026 (EFE) –": the place in title case and the day
	`\p{Lu}\p{Ll}+(?:[ -]\p{Lu}\p{Ll}+){0,2},\s*(?:le\s+)?\d{1,2}\.?\s+(?:de\s+)?\p{L}{3,10}\.?(?:\s+(?:de\s+)?\d{4})?(?:\s*\([\p{L} .]{1,20}\))?)\s*[-–—]{1,2}(?:\s+\p{Lu}|\s*$)` +
	// "Paris – Le groupe …", "Recife – Um prédio …": the place alone, in
	// title case, before a dash (not a hyphen)
	`|^\p{Lu}\p{Ll}+(?:[ -]\p{Lu}\p{Ll}+){0,2}\s*[–—]\s+\p{Lu}`)

// DatelineLength is the length of the wire dateline opening s, up to the
// sentence's first letter, or 0. A dateline's date is the day the story
// was filed, not a day something happened.
func DatelineLength(s string) int {
	// every form ends in a dash within its first hundred bytes, a space
	// or a bracket before a hyphen: most sentences are done with at that
	head := s[:min(len(s), 100)]
	if !strings.Contains(head, " -") && !strings.Contains(head, "–") && !strings.Contains(head, "—") && !strings.Contains(head, ")-") {
		return 0
	}
	m := datelineRE.FindStringIndex(s)
	if m == nil {
		return 0
	}
	r, n := utf8.DecodeLastRuneInString(s[:m[1]])
	if !unicode.IsLetter(r) {
		return m[1] // a dateline on a line of its own: "MURCIA, 2 Ago. (AIN) -"
	}
	return m[1] - n
}
