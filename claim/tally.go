package claim

import (
	"regexp"
	"strconv"
	"strings"
)

// tallyRE is a split of a vote or a score: "7-2", "6–3", "52-48".
var tallyRE = regexp.MustCompile(`\b(\d{1,3}) ?[-–] ?(\d{1,3})\b`)

// tallyWords make "7-2" a vote's or a match's split rather than a range
// ("10-15 people") or a designation.
var tallyWords = map[string]bool{
	"vote": true, "votes": true, "voted": true, "ruling": true, "ruled": true, "decision": true,
	"verdict": true, "majority": true, "margin": true, "win": true, "won": true, "wins": true,
	"victory": true, "defeat": true, "defeated": true, "lost": true, "loss": true, "beat": true,
	"score": true, "scoreline": true, "split": true, "tally": true, "upheld": true, "rejected": true,
	"approved": true, "passed": true, "draw": true, "drew": true,
}

// tallies finds the vote and score splits written in s, as quantities of
// kind "tally" whose value puts the larger side first ("7-2" for "2-7"):
// one outlet's "won 3-1" is another's "lost 1-3".
func tallies(s string) []Quantity {
	if !strings.ContainsAny(s, "-–") {
		return nil
	}
	var out []Quantity
	for _, m := range tallyRE.FindAllStringSubmatchIndex(s, -1) {
		// "2020-21", "COVID-19", "10-15%"
		if m[0] > 0 && (isDigitByte(s[m[0]-1]) || s[m[0]-1] == '-' || s[m[0]-1] == '/') ||
			m[1] < len(s) && strings.ContainsRune("%-/", rune(s[m[1]])) {
			continue
		}
		a, _ := strconv.Atoi(s[m[2]:m[3]])
		b, _ := strconv.Atoi(s[m[4]:m[5]])
		if !nearTallyWord(s, m[0], m[1]) {
			continue
		}
		hi, lo := max(a, b), min(a, b)
		out = append(out, Quantity{Start: m[0], End: m[1], Text: s[m[0]:m[1]],
			Value: strconv.Itoa(hi) + "-" + strconv.Itoa(lo), Kind: "tally"})
	}
	return out
}

// nearTallyWord: a vote or score word within three words of s[start:end].
func nearTallyWord(s string, start, end int) bool {
	ws := Words(s)
	at := -1
	for i, w := range ws {
		if w.End > start {
			at = i
			break
		}
	}
	if at < 0 {
		return false
	}
	for i := max(0, at-3); i < min(len(ws), at+5); i++ {
		if ws[i].Start >= start && ws[i].End <= end {
			continue
		}
		if tallyWords[Fold(ws[i].Text)] {
			return true
		}
	}
	return false
}
