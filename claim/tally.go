package claim

import (
	"regexp"
	"strconv"
	"strings"

	"crossread/number"
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

// The score and vote words of the other languages read: "al vencer 2-1",
// "tras imponerse por 3-1", "victoire 2-1", "vittoria per 2-1",
// "gewann 2-1", "vitória por 2-1".
func init() {
	for _, w := range strings.Fields(`vencer vencio gano ganar victoria derrota imponerse impuso empate empato goleada
		victoire defaite battu bat battre gagne gagner imposer impose remporte remportee remporter
		vittoria sconfitta vinto vince battuto pareggio
		sieg siegte gewann gewinnt niederlage unentschieden
		vitoria derrotou venceu venceram empatou
		overwinning won verloor gelijkspel`) {
		tallyWords[w] = true
	}
}

// A split told in words: "by seven votes to two", "voted 7 to 2", and a
// part of a body that voted ("Six of the nine members … voted for").
const tallyNum = `(\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)`

var (
	votesToRE = regexp.MustCompile(`(?i)\b` + tallyNum + `\s+votes?\s+to\s+` + tallyNum + `\b`)
	numToRE   = regexp.MustCompile(`(?i)\b` + tallyNum + `(?:\s+to\s+|-to-)` + tallyNum + `\b`)
	partOfRE  = regexp.MustCompile(`(?i)\b` + tallyNum + `\s+of\s+(?:the\s+|its\s+|their\s+)?` + tallyNum +
		`\s+(?:[\w'’-]+\s+){0,7}?(?:voted|backed|supported|favou?red)\b`)
)

// membersToRE: "split seven members to two"; foreignVotesRE: a split told
// with the votes after both sides ("sechs zu zwei Stimmen", "six voix
// contre deux" has them after the first: its own alternative).
var (
	membersToRE    = regexp.MustCompile(`(?i)\bsplit\s+` + tallyNum + `\s+(?:members\s+|votes\s+)?to\s+` + tallyNum + `\b`)
	foreignVotesRE = regexp.MustCompile(`(?i)\b(\p{L}+|\d{1,3})\s+(?:zu|contra|contre|contro|tegen|a)\s+(\p{L}+|\d{1,3})\s+(?:Stimmen|votos|voix|voti|stemmen)\b|\b(\p{L}+|\d{1,3})\s+(?:votos|voix|voti|stemmen)\s+(?:contra|contre|contro|tegen|a)\s+(\p{L}+|\d{1,3})\b`)
)

// foreignTallyNumber reads a side of a split in digits or in a number
// word of any language read.
func foreignTallyNumber(w string) int {
	if n := tallyNumber(w); n > 0 {
		return n
	}
	for _, lang := range []string{"de", "es", "fr", "it", "pt", "nl"} {
		if v, ok := number.WordValue(lang, w); ok && v == float64(int(v)) {
			return int(v)
		}
	}
	return 0
}

// tallyNumber reads one side of a split, in digits or in words.
func tallyNumber(w string) int {
	if n, err := strconv.Atoi(w); err == nil {
		return n
	}
	return int(wordNums[strings.ToLower(w)])
}

// tallies finds the vote and score splits written in s, as quantities of
// kind "tally" whose value puts the larger side first ("7-2" for "2-7"):
// one outlet's "won 3-1" is another's "lost 1-3", "a 6-3 vote" the same
// split as "six of the nine members voted for".
func tallies(s string) []Quantity {
	var out []Quantity
	add := func(start, end, a, b int) {
		for _, q := range out {
			if start < q.End && end > q.Start {
				return
			}
		}
		hi, lo := max(a, b), min(a, b)
		if hi == 0 {
			return
		}
		out = append(out, Quantity{Start: start, End: end, Text: s[start:end],
			Value: strconv.Itoa(hi) + "-" + strconv.Itoa(lo), Kind: "tally"})
	}
	// (the patterns run only where a vote is told: most sentences skip them)
	voted := strings.Contains(s, "vote") || strings.Contains(s, "Vote")
	if strings.Contains(s, " of ") && (voted || strings.Contains(s, "backed") || strings.Contains(s, "supported") || strings.Contains(s, "favo")) {
		for _, m := range partOfRE.FindAllStringSubmatchIndex(s, -1) {
			part, whole := tallyNumber(s[m[2]:m[3]]), tallyNumber(s[m[4]:m[5]])
			if part > 0 && part < whole {
				add(m[2], m[5], part, whole-part)
			}
		}
	}
	// "The board split seven members to two"
	if strings.Contains(s, "split") && strings.Contains(s, " to") {
		for _, m := range membersToRE.FindAllStringSubmatchIndex(s, -1) {
			add(m[0], m[1], tallyNumber(s[m[2]:m[3]]), tallyNumber(s[m[4]:m[5]]))
		}
	}
	// "mit sechs zu zwei Stimmen", "por seis votos contra dos", "par six
	// voix contre deux"
	if strings.Contains(s, "Stimmen") || strings.Contains(s, "voto") || strings.Contains(s, "voix") || strings.Contains(s, "voti") || strings.Contains(s, "stemmen") {
		for _, m := range foreignVotesRE.FindAllStringSubmatchIndex(s, -1) {
			var a, b int
			if m[2] >= 0 {
				a, b = foreignTallyNumber(s[m[2]:m[3]]), foreignTallyNumber(s[m[4]:m[5]])
			} else {
				a, b = foreignTallyNumber(s[m[6]:m[7]]), foreignTallyNumber(s[m[8]:m[9]])
			}
			if a > 0 && b > 0 {
				add(m[0], m[1], a, b)
			}
		}
	}
	if voted && strings.Contains(s, " to") {
		for _, m := range votesToRE.FindAllStringSubmatchIndex(s, -1) {
			add(m[0], m[1], tallyNumber(s[m[2]:m[3]]), tallyNumber(s[m[4]:m[5]]))
		}
		for _, m := range numToRE.FindAllStringSubmatchIndex(s, -1) {
			// "from two to three", "between 10 to 15"
			if ws := Words(s[:m[0]]); len(ws) > 0 {
				if w := Fold(ws[len(ws)-1].Text); w == "from" || w == "between" {
					continue
				}
			}
			if nearTallyWord(s, m[0], m[1]) {
				add(m[0], m[1], tallyNumber(s[m[2]:m[3]]), tallyNumber(s[m[4]:m[5]]))
			}
		}
	}
	if !strings.ContainsAny(s, "-–") || !strings.ContainsAny(s, "0123456789") {
		return out
	}
	// a tennis score, its sets in the order played: "6-4, 3-6, 7-5" is
	// one score, and "7-6" in its last set another
	for _, m := range setsRE.FindAllStringIndex(s, -1) {
		if m[0] > 0 && (isDigitByte(s[m[0]-1]) || s[m[0]-1] == '-') {
			continue
		}
		sets := setRE.FindAllStringSubmatch(s[m[0]:m[1]], -1)
		tennis := len(sets) >= 2
		var parts []string
		for _, st := range sets {
			a, _ := strconv.Atoi(st[1])
			b, _ := strconv.Atoi(st[2])
			if max(a, b) != 6 && max(a, b) != 7 {
				tennis = false
			}
			part := st[1] + "-" + st[2]
			// a tie-break's points, however written: "7-6 (5)" gives the
			// loser's, "7-6 (7-5)" both
			if st[3] != "" {
				lo, _ := strconv.Atoi(st[3])
				hi := max(7, lo+2)
				if st[4] != "" {
					x, _ := strconv.Atoi(st[3])
					y, _ := strconv.Atoi(st[4])
					hi, lo = max(x, y), min(x, y)
				}
				part += "(" + strconv.Itoa(hi) + "-" + strconv.Itoa(lo) + ")"
			}
			parts = append(parts, part)
		}
		if tennis {
			out = append(out, Quantity{Start: m[0], End: m[1], Text: s[m[0]:m[1]], Value: strings.Join(parts, " "), Kind: "tally"})
		}
	}
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
		// "Boeing 737-800", "777-300": a model's number; a split past 200
		// is a vote's, told with one
		if max(a, b) > 200 && !nearVoteWord(s) {
			continue
		}
		add(m[0], m[1], a, b)
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
	// further back in its clause, past a team's name: "ha vinto il derby
	// contro il Porto Vesta per 3-2", "beat Real Sociedad de Fútbol 2-1"
	for i := at - 4; i >= 0 && i >= at-8; i-- {
		if clauseBreak(s[ws[i].End:ws[i+1].Start]) {
			break
		}
		if tallyWords[Fold(ws[i].Text)] {
			return true
		}
	}
	return false
}

// nearVoteWord: s tells of a vote.
func nearVoteWord(s string) bool {
	low := strings.ToLower(s)
	return strings.Contains(low, "vote") || strings.Contains(low, "ballot") || strings.Contains(low, "passed") || strings.Contains(low, "approved") ||
		strings.Contains(low, "stimmen") || strings.Contains(low, "voto") || strings.Contains(low, "voix") || strings.Contains(low, "voti") || strings.Contains(low, "stemmen") ||
		strings.Contains(low, " split ")
}

// setsRE is a run of two or more set scores ("6-4, 3-6, 7-6 (7-4)"),
// setRE one of them.
var (
	setsRE = regexp.MustCompile(`\b\d[-–]\d(?:\s*\(\d{1,2}(?:[-–]\d{1,2})?\))?(?:,?\s*\d[-–]\d(?:\s*\(\d{1,2}(?:[-–]\d{1,2})?\))?)+`)
	setRE  = regexp.MustCompile(`(\d)[-–](\d)(?:\s*\((\d{1,2})(?:[-–](\d{1,2}))?\))?`)
)
