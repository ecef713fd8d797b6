package textclean

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// cutCitations takes out the source chips that AI summaries and
// aggregators paste after a sentence: "… a diplomatic development.
// (Reuters +2 Others)", "… Morocco and Sudan. (Wikipedia)". A chip is a
// parenthesis right after a sentence's end that holds only names
// (capitalised words) and "+2"-style counts; a parenthetical sentence
// ("(She later changed her mind)") has lower-case words and stays.
func cutCitations(lines []line) {
	for i := range lines {
		l := &lines[i]
		if l.kind != body || !strings.Contains(l.text, ". (") && !strings.Contains(l.text, "? (") && !strings.Contains(l.text, "! (") && !strings.Contains(l.text, "” (") {
			continue
		}
		l.text, l.cut = cutChips(l.text, l.cut)
	}
}

// maxChipWords bounds a citation chip: a few outlet names.
const maxChipWords = 8

func cutChips(s string, cut []string) (string, []string) {
	var b strings.Builder
	for {
		open := chipStart(s)
		if open < 0 {
			break
		}
		end := strings.IndexByte(s[open:], ')')
		if end < 0 {
			break
		}
		end += open + 1
		chip := s[open:end]
		rest := s[end:]
		// A chip ends the sentence it follows: what comes after is a full
		// stop, the line's end or the next sentence.
		after := strings.TrimPrefix(rest, ".")
		r, _ := utf8.DecodeRuneInString(strings.TrimLeft(after, " "))
		if !isChip(chip[1:len(chip)-1]) || !(strings.TrimSpace(after) == "" || strings.HasPrefix(after, " ") && unicode.IsUpper(r)) {
			b.WriteString(s[:end])
			s = rest
			continue
		}
		cut = append(cut, chip)
		b.WriteString(strings.TrimRight(s[:open], " "))
		s = after
	}
	b.WriteString(s)
	return b.String(), cut
}

// chipStart finds the next "(" that follows a sentence's end and a space.
func chipStart(s string) int {
	for i := 0; i+2 < len(s); i++ {
		if s[i] == ' ' && s[i+1] == '(' && i > 0 {
			r, _ := utf8.DecodeLastRuneInString(s[:i])
			if strings.ContainsRune(".!?”\"", r) {
				return i + 1
			}
		}
	}
	return -1
}

// isChip reports the inside of a parenthesis that names sources only.
func isChip(inner string) bool {
	words := strings.Fields(inner)
	if len(words) == 0 || len(words) > maxChipWords {
		return false
	}
	for _, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		switch {
		case w[0] == '+' && len(w) > 1 && strings.Trim(w[1:], "0123456789") == "":
		case unicode.IsUpper(r):
			if strings.ContainsAny(w, ",;:!?") {
				return false
			}
		case w == "&" || w == "and" || w == "via" || w == "of" || w == "the":
		default:
			return false
		}
	}
	return true
}
