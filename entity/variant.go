package entity

import (
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// spellingKey folds one name token to a key shared by its usual Latin
// transliterations: Zelensky/Zelenskyy/Zelenskiy, Gaddafi/Qadhafi/Kadhafi,
// Zelensky/Zelenskyy/Zelenskiy, Gaddafi/Qadhafi/Kadhafi. It is a matching
// key, never shown.
func spellingKey(tok string) string {
	var b strings.Builder
	for _, r := range norm.NFD.String(tok) {
		if unicode.Is(unicode.Mn, r) {
			continue // diacritics
		}
		if s, ok := letterFolds[r]; ok {
			b.WriteString(s)
			continue
		}
		r = unicode.ToLower(r)
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(r)
		}
	}
	s := b.String()
	if s == "" {
		return ""
	}
	// A final h after a vowel is silent: Abdullah/Abdulla.
	if n := len(s); n > 2 && s[n-1] == 'h' && strings.IndexByte("aeiouy", s[n-2]) >= 0 {
		s = s[:n-1]
	}
	// Word-initial g/k/q are one sound in Arabic and Turkic transliteration.
	if s[0] == 'g' || s[0] == 'q' {
		s = "k" + s[1:]
	}
	s = transliterationFolds.Replace(s)
	// A c before a back vowel or a consonant sounds like k.
	cb := []byte(s)
	for i, c := range cb {
		if c != 'c' {
			continue
		}
		if i+1 == len(cb) || !strings.ContainsRune("eih", rune(cb[i+1])) {
			cb[i] = 'k'
		}
	}
	s = string(cb)
	// A final -ie and -y are one sound: Bettie/Betty, Dmitrie/Dmitry.
	if strings.HasSuffix(s, "ie") && len(s) > 3 {
		s = s[:len(s)-1]
	}
	s = strings.ReplaceAll(s, "iev", "ev") // -iev/-yev/-ev endings and Kiev-style e
	s = strings.ReplaceAll(s, "ie", "e")
	// Doubled letters: Kassym/Kasym, Zelenskyy.
	out := make([]byte, 0, len(s))
	for i := 0; i < len(s); i++ {
		if i > 0 && s[i] == s[i-1] {
			continue
		}
		out = append(out, s[i])
	}
	return string(out)
}

var letterFolds = map[rune]string{
	'ø': "o", 'Ø': "o", 'ł': "l", 'Ł': "l", 'ß': "ss", 'æ': "ae", 'Æ': "ae", 'œ': "oe", 'Œ': "oe",
	'đ': "d", 'Đ': "d", 'ð': "d", 'þ': "th", 'ı': "i", 'ʼ': "", 'ʻ': "", '’': "", '\'': "",
}

// transliterationFolds run left to right, longest match first.
var transliterationFolds = strings.NewReplacer(
	"dzh", "j", "dj", "j", "zh", "j", "kh", "h", "gh", "g", "ph", "f", "th", "t", "dh", "d",
	"sch", "sh", "ts", "c", "tz", "c", "cz", "c", "ck", "k", "q", "k",
	"x", "ks", "w", "v", "ou", "u", "oo", "u", "yy", "i", "iy", "i", "ij", "i", "yj", "i", "yi", "i", "y", "i",
)

// consonantSkeleton drops vowels from a spelling key: Muhammad/Mohammed
// share "mhmd".
func consonantSkeleton(key string) string {
	var b strings.Builder
	for i := 0; i < len(key); i++ {
		if strings.IndexByte("aeiou", key[i]) < 0 {
			b.WriteByte(key[i])
		}
	}
	return b.String()
}

// sameNameToken reports whether two spelling keys of person-name tokens
// are variants of each other: equal keys, or (for names of four letters or
// more) the same consonants, as many vowels, and the same first and last
// letters.
func sameNameToken(a, b string) bool {
	if a == b {
		return a != ""
	}
	if len(a) < 4 || len(b) < 4 || a[0] != b[0] || a[len(a)-1] != b[len(b)-1] {
		return false
	}
	sa, sb := consonantSkeleton(a), consonantSkeleton(b)
	// Same consonants and as many vowels: only the vowels' quality differs.
	return len(sa) >= 3 && sa == sb && len(a)-len(sa) == len(b)-len(sb)
}
