package claim

import (
	"crossread/number"
	"math"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/kljensen/snowball/english"
	"golang.org/x/text/unicode/norm"
)

// Word is one word of a sentence with its byte offsets in that sentence.
type Word struct {
	Start, End int
	Text       string
}

// Words splits s into words: runs of letters and digits, keeping inner
// apostrophes, hyphens, periods and commas between digits ("U.S.", "1,200",
// "3.5", "O’Brien", "Jean-Claude").
func Words(s string) []Word { return wordsN(s, -1) }

// firstWords is the first n words of s: Words, stopped early, for the
// readers that look at a figure's next word or two.
func firstWords(s string, n int) []Word { return wordsN(s, n) }

func wordsN(s string, limit int) []Word {
	capacity := len(s)/6 + 1 // about one word per six bytes of English
	if limit >= 0 {
		capacity = min(capacity, limit)
	}
	out := make([]Word, 0, capacity)
	i := 0
	for i < len(s) && (limit < 0 || len(out) < limit) {
		r, n := utf8.DecodeRuneInString(s[i:])
		if !isWordRune(r) {
			i += n
			continue
		}
		start := i
		i += n
		for i < len(s) {
			r, n := utf8.DecodeRuneInString(s[i:])
			if isWordRune(r) {
				i += n
				continue
			}
			if isJoiner(r) && i+n < len(s) {
				next, _ := utf8.DecodeRuneInString(s[i+n:])
				prev, _ := utf8.DecodeLastRuneInString(s[start:i])
				if isWordRune(next) && (r != ',' || unicode.IsDigit(prev) && unicode.IsDigit(next)) &&
					(r != '.' || unicode.IsDigit(prev) && unicode.IsDigit(next) || unicode.IsUpper(prev) && unicode.IsUpper(next)) {
					i += n
					continue
				}
			}
			// "U.S." keeps its final period when it closes an abbreviation of capitals.
			if r == '.' && i-start >= 3 && s[i-2] == '.' && unicode.IsUpper(rune(s[i-1])) {
				i += n
			}
			break
		}
		out = append(out, Word{Start: start, End: i, Text: s[start:i]})
	}
	return out
}

func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

func isJoiner(r rune) bool {
	switch r {
	case '\'', '’', '-', '.', ',', '‐', '‑':
		return true
	}
	return false
}

// Fold lower-cases s, strips diacritics and unifies apostrophes, quotation
// marks and dashes, so that spellings differing only in these compare equal.
func Fold(s string) string {
	if f, ok := foldASCII(s); ok {
		return f
	}
	// Mostly ASCII (an article with curly quotes): ASCII bytes are folded
	// as they come and only the runs between them go through the
	// normalisation. This is exact: an ASCII character is a starter that
	// decomposes to itself, so canonical decomposition and reordering
	// never reach across it. (Invalid UTF-8 goes the long way: the
	// normaliser treats a bad byte in ways a piece would not reproduce.)
	if !utf8.ValidString(s) {
		return foldUnicode(s)
	}
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			switch {
			case c >= 'A' && c <= 'Z':
				c += 'a' - 'A'
			case c == '`':
				c = '\''
			}
			b.WriteByte(c)
			i++
			continue
		}
		j := i + 1
		for j < len(s) && s[j] >= utf8.RuneSelf {
			j++
		}
		b.WriteString(foldUnicode(s[i:j]))
		i = j
	}
	return b.String()
}

func foldUnicode(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range norm.NFD.String(s) {
		if unicode.Is(unicode.Mn, r) {
			continue
		}
		switch r {
		case '’', '‘', '`', '´', 'ʼ':
			r = '\''
		case '“', '”', '„', '«', '»':
			r = '"'
		case '–', '—', '‐', '‑', '−':
			r = '-'
		case '\u00a0':
			r = ' '
		}
		b.WriteRune(unicode.ToLower(r))
	}
	return b.String()
}

// foldASCII is Fold for the common all-ASCII word, without the
// normalisation pass: it lower-cases and turns a backtick into an
// apostrophe, and returns s itself when nothing changes. ok is false when s
// holds a non-ASCII byte.
func foldASCII(s string) (string, bool) {
	change := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			return "", false
		}
		if c >= 'A' && c <= 'Z' || c == '`' {
			change = true
		}
	}
	if !change {
		return s, true
	}
	b := []byte(s)
	for i, c := range b {
		switch {
		case c >= 'A' && c <= 'Z':
			b[i] = c + 'a' - 'A'
		case c == '`':
			b[i] = '\''
		}
	}
	return string(b), true
}

// extraStop are frequent news words that carry no fact of their own.
var extraStop = map[string]bool{
	"said": true, "says": true, "say": true, "also": true, "would": true, "could": true,
	"may": true, "might": true, "must": true, "one": true, "new": true, "according": true,
	"told": true, "like": true, "many": true, "much": true, "even": true, "well": true,
	"however": true, "still": true, "yet": true, "per": true, "via": true, "mr": true,
	"mrs": true, "ms": true, "s": true, "t": true, "us": false,
}

// The function words of Spanish, French, German, Italian and Portuguese
// (folded), modal verbs among them, so that stories told in them align on
// what they say, not on their articles, prepositions and auxiliaries. Words that are also English words or
// parts of names ("die", "war", "son", "hat", "plus", "Al", "Le Pen",
// "La Paz", "São Paulo", "MIT", "IL") are left out.
func init() {
	for _, w := range strings.Fields(`el los las del una unos unas y o pero que se su sus lo les con por para como mas
		este esta estos estas ese esa eso ha han fue fueron ser es sido ya muy tambien sobre entre desde hasta
		de en des du au aux et ou mais qui que dont ce cet cette ces sa ses leur leurs ils elles nous vous
		sont ont avec pour dans sur pas aussi tres sans
		der das dem ein eine einer eines einem einen und oder aber dass ist sind haben wird werden wurde wurden
		von zu zum zur auf bei nach aus sich nicht auch noch nur sie wir ihr im vom
		lo gli della dello dei degli delle nel nella nei negli tra fra che anche sono stato stata
		os um uma uns umas e mas com pelo pela pelos pelas seu sua seus suas foi foram nao tambem
		soll sollen sollte sollten muss mussen musste kann konnen konnte darf durfen mochte wollen
		debe deben deberia puede pueden podria doit doivent devrait peut peuvent pourrait
		deve devono dovrebbe puo possono potrebbe devem deveria pode podem poderia`) {
		extraStop[w] = true
	}
}

// IsStop reports whether the folded word w is a function word.
func IsStop(w string) bool {
	return english.IsStopWord(w) || extraStop[w]
}

// Stem is the English Snowball stem of a folded word, with possessives
// dropped.
func Stem(w string) string {
	w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "'")
	if w == "" {
		return ""
	}
	if w[0] >= '0' && w[0] <= '9' {
		return w
	}
	return englishStem(w)
}

// stems remembers Snowball stems: a story's articles repeat the same few
// thousand words, and the stemmer costs far more than a map look-up. The
// memo is dropped whole when it grows past its bound, so a long-running
// watch does not keep every word it ever saw.
var stems = newMemo[string]()

const stemMemoMax = 200000

// memo is a string-keyed memo safe for concurrent use, dropped whole at
// stemMemoMax entries.
type memo[V any] struct {
	mu sync.Mutex
	m  map[string]V
}

func newMemo[V any]() *memo[V] { return &memo[V]{m: map[string]V{}} }

func (c *memo[V]) load(k string) (V, bool) {
	c.mu.Lock()
	v, ok := c.m[k]
	c.mu.Unlock()
	return v, ok
}

func (c *memo[V]) store(k string, v V) {
	c.mu.Lock()
	if len(c.m) >= stemMemoMax {
		c.m = map[string]V{}
	}
	c.m[strings.Clone(k)] = v
	c.mu.Unlock()
}

// englishStem is the memoised English Snowball stem of w.
func englishStem(w string) string {
	if st, ok := stems.load(w); ok {
		return st
	}
	st := english.Stem(w, false)
	stems.store(w, st)
	return st
}

// ContentStems returns the stems of the content words of s, in order.
func ContentStems(s string) []string {
	var out []string
	for _, w := range Words(s) {
		out = append(out, stemsOf(Fold(w.Text))...)
	}
	return out
}

func isNumeric(s string) bool {
	for _, r := range s {
		if !unicode.IsDigit(r) && r != ',' && r != '.' {
			return false
		}
	}
	return s != ""
}

// NameKey folds a proper name token into a rough phonetic key, so that
// transliterations of one name ("Zelensky", "Zelenskiy"; "Jean-Claude",
// "Qasym-Zhomart") share a key: diacritics, vowels after the first letter
// and doubled letters are dropped and a few interchangeable spellings unified.
func NameKey(name string) string {
	f := Fold(name)
	f = strings.TrimSuffix(strings.TrimSuffix(f, "'s"), "'")
	var letters []rune
	for _, r := range f {
		if r >= 'a' && r <= 'z' || r >= '0' && r <= '9' {
			letters = append(letters, r)
		}
	}
	s := string(letters)
	for _, p := range [][2]string{{"zh", "j"}, {"dzh", "j"}, {"kh", "h"}, {"ck", "k"}, {"ph", "f"}, {"ou", "u"}} {
		s = strings.ReplaceAll(s, p[0], p[1])
	}
	var b strings.Builder
	var last byte
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch c {
		case 'q', 'c':
			c = 'k'
		case 'w':
			c = 'v'
		}
		if i > 0 && strings.IndexByte("aeiouyh", c) >= 0 {
			continue
		}
		if c == last {
			continue
		}
		b.WriteByte(c)
		last = c
	}
	return b.String()
}

// editDistance is the Levenshtein distance between a and b in runes.
func editDistance(a, b string) int { return distance(a, b, false) }

// typoDistance is editDistance with a swap of two neighbouring letters
// counted as one edit ("Bulldgos"), as typing slips make it.
func typoDistance(a, b string) int { return distance(a, b, true) }

func distance(a, b string, swaps bool) int {
	ra, rb := []rune(a), []rune(b)
	before := make([]int, len(rb)+1) // the row before prev, for swaps
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			c := 1
			if ra[i-1] == rb[j-1] {
				c = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+c)
			if swaps && i > 1 && j > 1 && ra[i-1] == rb[j-2] && ra[i-2] == rb[j-1] {
				cur[j] = min(cur[j], before[j-2]+1)
			}
		}
		before, prev, cur = prev, cur, before
	}
	return prev[len(rb)]
}

// Quantity is a number or date found in a sentence, with the words around
// it that tell which slot it fills.
type Quantity struct {
	Start, End int    // byte offsets in the sentence
	Text       string // as written
	Value      string // normalised: "17000000000", "2020", "2025-11-06", "--11-06"
	Kind       string // year, date, money, percent, count
	Before     []string
	After      []string
}

var (
	numberRE = regexp.MustCompile(`(?i)(?:(?:US|A|C|R)?\$ ?|€|£|¥)?\d[\d,]*(?:\.\d+)*(?:\s?(?:%|percent|per cent))?(?:\s(?:million|billion|trillion|thousand|bn|mn|m)\b)?`)
	monthRE  = regexp.MustCompile(`(?i)\b(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?\s+(\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s+(\d{4}))?|\b(\d{1,2})(?:st|nd|rd|th)?\s+(january|february|march|april|may|june|july|august|september|october|november|december)\b(?:,?\s+(\d{4}))?`)
	wordNums = map[string]float64{"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
		"eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20,
		"thirty": 30, "forty": 40, "fifty": 50, "hundred": 100, "dozen": 12}
)

var monthNum = map[string]int{"jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7,
	"aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12}

// Quantities finds the numbers and calendar dates written in s. It is the
// fallback used when the number and date stages gave nothing for a
// sentence, and the common form both are turned into.
func Quantities(s string) []Quantity {
	var out []Quantity
	// both patterns need a digit: most sentences skip them
	digits := strings.ContainsAny(s, "0123456789")
	splits := tallies(s) // "7-2", and "by seven votes to two" without a digit
	var taken []bool
	if digits || len(splits) > 0 {
		taken = make([]bool, len(s)+1)
	}
	for _, m := range monthMatches(s, digits) {
		var mon, day, year string
		if m[2] >= 0 {
			mon, day = s[m[2]:m[3]], s[m[4]:m[5]]
			if m[6] >= 0 {
				year = s[m[6]:m[7]]
			}
		} else {
			day, mon = s[m[8]:m[9]], s[m[10]:m[11]]
			if m[12] >= 0 {
				year = s[m[12]:m[13]]
			}
		}
		// "may 5" is too often the verb; demand a capital for it.
		if strings.EqualFold(mon, "may") && s[m[0]] != 'M' {
			continue
		}
		mo := monthNum[strings.ToLower(mon[:3])]
		d, _ := strconv.Atoi(day)
		if d < 1 || d > 31 {
			continue
		}
		v := "--" + pad2(mo) + "-" + pad2(d)
		if year != "" {
			v = year + "-" + pad2(mo) + "-" + pad2(d)
		}
		out = append(out, Quantity{Start: m[0], End: m[1], Text: s[m[0]:m[1]], Value: v, Kind: "date"})
		for i := m[0]; i < m[1]; i++ {
			taken[i] = true
		}
	}
	for _, q := range splits {
		out = append(out, q)
		for i := q.Start; i < q.End; i++ {
			taken[i] = true
		}
	}
	// "2:00:35": a race's or a flight's time, in hours, minutes and
	// seconds (a clock time has no seconds in news copy)
	if digits && strings.Count(s, ":") >= 2 {
		for _, m := range durationRE.FindAllStringSubmatchIndex(s, -1) {
			h, _ := strconv.Atoi(s[m[2]:m[3]])
			mi, _ := strconv.Atoi(s[m[4]:m[5]])
			sec, _ := strconv.ParseFloat(s[m[6]:m[7]], 64)
			if mi > 59 || sec >= 60 {
				continue
			}
			out = append(out, Quantity{Start: m[0], End: m[1], Text: s[m[0]:m[1]], Value: formatFloat(float64(h*3600+mi*60) + sec), Kind: "duration"})
			for i := m[0]; i < m[1]; i++ {
				taken[i] = true
			}
		}
	}
	// "two hours and 41 minutes": one span of time, in seconds
	for _, q := range hoursAndMinutes(s) {
		out = append(out, q)
		for i := q.Start; i < q.End && taken != nil; i++ {
			taken[i] = true
		}
	}
	for _, m := range numberMatches(s, digits) {
		if taken[m[0]] || taken[m[1]-1] {
			continue
		}
		// part of a word ("G20", "F-16", "COVID-19")?
		if m[0] > 0 {
			r, _ := utf8.DecodeLastRuneInString(s[:m[0]])
			if unicode.IsLetter(r) || r == '-' {
				continue
			}
		}
		if m[1] < len(s) {
			r, _ := utf8.DecodeRuneInString(s[m[1]:])
			if unicode.IsLetter(r) && !strings.ContainsAny(s[m[1]-1:m[1]], "% ") {
				continue
			}
		}
		if notAFigure(s, m[0], m[1]) {
			continue
		}
		text := strings.TrimRight(s[m[0]:m[1]], ",.")
		q := Quantity{Start: m[0], End: m[0] + len(text), Text: text}
		q.Value, q.Kind = normaliseNumber(text)
		if q.Value == "" {
			continue
		}
		if q.Kind == "count" && currencyAfter(s[q.End:], text) {
			q.Kind = "money" // "88 million euros"
		}
		out = append(out, q)
	}
	// "A fifth person has died": the toll the death brings
	if (strings.Contains(s, "died") || strings.Contains(s, "killed") || strings.Contains(s, "dead")) &&
		(strings.Contains(s, "th ") || strings.Contains(s, "second ") || strings.Contains(s, "third ")) {
		for _, m := range reOrdinalDeath.FindAllStringSubmatchIndex(s, -1) {
			if taken != nil && taken[m[2]] {
				continue
			}
			v := ordinalValue(s[m[2]:m[3]])
			out = append(out, Quantity{Start: m[2], End: m[3], Text: s[m[2]:m[3]], Value: strconv.Itoa(v), Kind: "count"})
		}
	}
	if mayHoldWordNumber(s) {
		ws := Words(s)
		for i, w := range ws {
			if taken != nil && taken[w.Start] {
				continue // inside a span already read ("two hours and 41 minutes")
			}
			if v, ok := wordNums[strings.ToLower(w.Text)]; ok {
				// "half a dozen": six, the three words one figure
				if v == 12 && i >= 2 && strings.EqualFold(ws[i-1].Text, "a") && strings.EqualFold(ws[i-2].Text, "half") {
					out = append(out, Quantity{Start: ws[i-2].Start, End: w.End, Text: s[ws[i-2].Start:w.End], Value: "6", Kind: "count"})
					continue
				}
				out = append(out, Quantity{Start: w.Start, End: w.End, Text: w.Text, Value: formatFloat(v), Kind: "count"})
			} else if num, span, ok := strings.Cut(w.Text, "-"); ok && spanWords[strings.ToLower(span)] {
				// "a four-year ban", "a two-month stay": the figure is the
				// word before the span
				if v, ok := wordNums[strings.ToLower(num)]; ok {
					out = append(out, Quantity{Start: w.Start, End: w.Start + len(num), Text: num, Value: formatFloat(v), Kind: "count"})
				}
			}
		}
	}
	for i := range out {
		out[i].Before, out[i].After = slotContext(s, out[i].Start, out[i].End)
	}
	return out
}

// reOrdinalDeath is a death told by its rank, which gives the toll: "A
// fourth person has died", "a third victim died overnight".
var reOrdinalDeath = regexp.MustCompile(`(?i)\ban?\s+(second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\s+(?:person|man|woman|child|victim|patient|passenger|worker|miner|climber|tourist|resident)\s+(?:has\s+|had\s+)?(?:died|been\s+killed|was\s+killed|is\s+dead)\b`)

// QuantitiesIn is Quantities for text in language lang: the number words
// of the other languages read ("vier mensen", "trecento persone") are
// counts too.
func QuantitiesIn(s, lang string) []Quantity {
	out := Quantities(s)
	if l := stemLang(lang); l == "" {
		return out
	}
	var added bool
	for _, w := range Words(s) {
		if v, ok := number.WordValue(lang, w.Text); ok {
			out = append(out, Quantity{Start: w.Start, End: w.End, Text: w.Text, Value: formatFloat(v), Kind: "count"})
			added = true
		}
	}
	// "88 millones de euros", "3 Milliarden Euro": the scale word and the
	// currency after it
	for i, q := range out {
		if q.Kind != "count" && q.Kind != "money" || q.End >= len(s) || !strings.ContainsAny(q.Text, "0123456789") || strings.Contains(q.Text[strings.IndexAny(q.Text, "0123456789"):], " ") {
			continue
		}
		ws := Words(s[q.End:])
		if len(ws) == 0 || ws[0].Start != 1 {
			continue
		}
		f, ok := foreignScale(ws[0].Text)
		v, err := strconv.ParseFloat(q.Value, 64)
		if !ok || err != nil {
			continue
		}
		// "6,8 mil millones de dólares": a thousand millions
		last := 0
		for last+1 < len(ws) && ws[last+1].Start == ws[last].End+1 {
			g, ok := foreignScale(ws[last+1].Text)
			if !ok {
				break
			}
			f, last = f*g, last+1
		}
		out[i].End = q.End + ws[last].End
		out[i].Text = s[q.Start:out[i].End]
		out[i].Value = formatFloat(v * f)
		if foreignCurrencyAfter(s[q.End+ws[last].End:]) {
			out[i].Kind = "money"
		}
		added = true
	}
	// "51,3 procent", "7,5 Prozent", "34,2 por ciento": a share
	for i, q := range out {
		if q.Kind != "count" || q.End >= len(s) || !strings.ContainsAny(q.Text, "0123456789") {
			continue
		}
		if m := rePercentWord.FindStringIndex(s[q.End:]); m != nil {
			out[i].End = q.End + m[1]
			out[i].Text = s[q.Start:out[i].End]
			out[i].Kind = "percent"
			added = true
		}
	}
	// the digits as the other languages write them: "4,35" is four and
	// a bit, "6.800" six thousand eight hundred (a comma before three
	// digits is Latin America's thousands: "4,500 empleos")
	for i, q := range out {
		if v, ok := europeanValue(q); ok {
			out[i].Value = v
		}
	}
	if added {
		for i := range out {
			out[i].Before, out[i].After = slotContextIn(stemLang(lang), s, out[i].Start, out[i].End)
		}
		slices.SortFunc(out, func(a, b Quantity) int { return a.Start - b.Start })
	}
	return out
}

// foreignScale is the factor of a scale word of the other languages,
// their thousands included ("mil millones", "mil milhões").
func foreignScale(w string) (float64, bool) {
	if f, ok := number.Scale(w); ok {
		return f, true
	}
	switch strings.ToLower(w) {
	case "mil", "mille", "mila", "tausend", "duizend":
		return 1e3, true
	}
	return 0, false
}

// readDigits writes digits grouped and pointed either way as Go reads
// them: of a comma and a stop the last is the decimal point ("1.240,5",
// "1,240.5"); one of them alone is the thousands' when every group after
// it has three digits ("6.800", "4,500", "1.240.000") and the decimal
// point else ("4,35", "7.1").
func readDigits(d string) string {
	c, p := strings.LastIndexByte(d, ','), strings.LastIndexByte(d, '.')
	switch {
	case c >= 0 && p >= 0 && c > p:
		return strings.ReplaceAll(strings.ReplaceAll(d, ".", ""), ",", ".")
	case c >= 0 && p >= 0:
		return strings.ReplaceAll(d, ",", "")
	}
	sep := ","
	if p >= 0 {
		sep = "."
	}
	parts := strings.Split(d, sep)
	for _, g := range parts[1:] {
		if len(g) != 3 {
			if len(parts) == 2 {
				return parts[0] + "." + parts[1]
			}
			return strings.ReplaceAll(d, sep, "")
		}
	}
	return strings.ReplaceAll(d, sep, "")
}

// europeanValue re-reads the value of q, read as English writes digits,
// as the other languages write them, its scale kept ("1.240 millones").
func europeanValue(q Quantity) (string, bool) {
	if q.Kind != "count" && q.Kind != "money" && q.Kind != "percent" {
		return "", false
	}
	i := strings.IndexFunc(q.Text, unicode.IsDigit)
	if i < 0 {
		return "", false
	}
	j := i
	for j < len(q.Text) && (q.Text[j] >= '0' && q.Text[j] <= '9' || q.Text[j] == ',' || q.Text[j] == '.') {
		j++
	}
	digits := strings.TrimRight(q.Text[i:j], ",.")
	if !strings.ContainsAny(digits, ",.") {
		return "", false
	}
	english, err1 := strconv.ParseFloat(strings.ReplaceAll(digits, ",", ""), 64)
	if strings.Count(digits, ".") > 1 {
		english, err1 = strconv.ParseFloat(strings.ReplaceAll(strings.ReplaceAll(digits, ",", ""), ".", ""), 64)
	}
	v, err2 := strconv.ParseFloat(readDigits(digits), 64)
	old, err3 := strconv.ParseFloat(q.Value, 64)
	if err1 != nil || err2 != nil || err3 != nil || english == 0 || v == english {
		return "", false
	}
	return formatFloat(old * v / english), true
}

// rePercentWord: the other languages' "per cent" right after a figure.
var rePercentWord = regexp.MustCompile(`^\s(?:Prozent|procent|por ciento|pour cent|per cento|por cento|percento)\b`)

var hoursMinutesRE = regexp.MustCompile(`(?i)\b(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve) hours?(?:,? (?:and )?(\d{1,2}) minutes?)?(?:,? (?:and )?(\d{1,2}) seconds?)?\b`)

var durationRE = regexp.MustCompile(`\b(\d{1,2}):(\d{2}):(\d{2}(?:\.\d{1,3})?)\b`)

// notAFigure reports a number at s[start:end] that counts nothing: a
// clock time or a pair like "9/11" and "24/7" ("11:30 p.m."), a rough
// decade of a count ("the mid 50s", "the 90s"), or a designation after a
// capitalised noun ("Senate Bill 90", "Flight 370", "H.R. 4").
func notAFigure(s string, start, end int) bool {
	if start > 1 && s[start-1] == ':' && isDigitByte(s[start-2]) || end+1 < len(s) && s[end] == ':' && isDigitByte(s[end+1]) {
		return true
	}
	// "vers 6 h 40": a clock's hour and minutes, no count
	if reHourMinutesAfter.MatchString(s[end:]) || reHourMinutesBefore.MatchString(s[:start]) && len(strings.TrimRight(s[start:end], ",.")) == 2 {
		return true
	}
	// "gegen 11.15 Uhr", "rond 16.45 uur", "alle 4.30": a 24-hour clock
	if reClockDigits.MatchString(strings.TrimRight(s[start:end], ",")) && (reClockWordAfter.MatchString(s[end:]) || reClockWordBefore.MatchString(s[:start])) {
		return true
	}
	// "000", "078": a code's or a split number's digits, no count
	if end-start > 1 && s[start] == '0' && isDigitByte(s[start+1]) {
		return true
	}
	// "A320", "F16": a model's designation (not "US1 million", a
	// currency's code); "737-800": a number's second part
	if start > 0 && isLetterByte(s[start-1]) && !currencyCodeBefore(s, start) || start > 1 && s[start-1] == '-' && isDigitByte(s[start-2]) {
		return true
	}
	// "versions 6, 7, 8, and 9": a list of bare numbers names things
	if inNumberList(s, start, end) {
		return true
	}
	// "9/11", "24/7"; but "1/2" and "3/4" are fractions
	if start > 1 && s[start-1] == '/' && isDigitByte(s[start-2]) {
		num, _ := strconv.Atoi(s[strings.LastIndexFunc(s[:start-1], func(r rune) bool { return r < '0' || r > '9' })+1 : start-1])
		den, _ := strconv.Atoi(s[start:end])
		return !(num < den && den <= 10)
	}
	if end+1 < len(s) && s[end] == '/' && isDigitByte(s[end+1]) {
		num, _ := strconv.Atoi(s[start:end])
		j := end + 1
		for j < len(s) && isDigitByte(s[j]) {
			j++
		}
		den, _ := strconv.Atoi(s[end+1 : j])
		return !(num < den && den <= 10)
	}
	if end < len(s) && s[end] == 's' && (end+1 == len(s) || !isLetterByte(s[end+1])) {
		return true
	}
	// the word before, as written
	before := strings.TrimRight(s[:start], " ")
	if before == s[:start] {
		return false
	}
	i := strings.LastIndexAny(before, " \t\n(\"“")
	w := before[i+1:]
	if designations[strings.TrimSuffix(w, ".")] || w == "H.R." || w == "S." {
		// a storm's category is a rank outlets give differently
		return !(w == "Category" && stormCategory(s))
	}
	// A name and its number: "Internet Explorer 9", "Boeing 737", "Apollo
	// 11". Not a sentence's first word ("Since 1992", "In 2019"), nor a
	// word of the language ("About 40"), nor a count of what follows.
	prevText := strings.TrimRight(before[:i+1], " \t")
	sentenceStart := prevText == "" || strings.ContainsAny(prevText[len(prevText)-1:], ".!?:;\n\"“(")
	r, _ := utf8.DecodeRuneInString(w)
	// (a line's, a platform's number is a figure outlets give
	// differently: "der Linie 3" · "der Linie 8")
	if w == "" || sentenceStart || !unicode.IsUpper(r) || IsStop(Fold(w)) || calendarWords[Fold(w)] || !isLetterByte(w[len(w)-1]) || numberedNouns[Fold(w)] != "" ||
		strings.Trim(s[start:end], "0123456789.,") != "" {
		return false // (a percentage or an amount is a figure: "the Liberals 34%")
	}
	after := strings.TrimLeft(s[end:], " ")
	if strings.HasPrefix(after, "%") || strings.HasPrefix(after, "-") {
		return false
	}
	nextWord := after
	if k := strings.IndexFunc(after, func(r rune) bool { return !unicode.IsLetter(r) }); k >= 0 {
		nextWord = after[:k]
	}
	// "Explorer 9 and IE 5.01": no count; "Boeing 737 jets": maybe one
	f := Fold(nextWord)
	counted := nextWord != "" && unicode.IsLower([]rune(nextWord)[0]) && !IsStop(f) ||
		peopleNouns[f] || tollWords[f] != "" || animalNouns[f] || // German capitalises its nouns: "am Montagmorgen 19 Menschen", "die Behörde 87 Erkrankte"
		spanUnitsIn[f] != "" || foreignUnits[f] != "" || countClassOf(f) != "" // "der Einsatz 16 Stunden", "der Brand 200 Hektar"
	return !counted && !ellipticalCount(s, start) && !dayPartCompound(Fold(w))
}

// dayPartCompound: f (folded) is a day and its part written as one word,
// as German and Dutch do ("Montagmorgen", "zondagavond"): a time, no name.
func dayPartCompound(f string) bool {
	for _, part := range []string{"morgen", "vormittag", "mittag", "nachmittag", "abend", "nacht", "ochtend", "middag", "avond"} {
		if strings.HasSuffix(f, part) && len(f) > len(part)+3 {
			return true
		}
	}
	return false
}

// reHourMinutesAfter and reHourMinutesBefore frame the hour and the
// minutes of a French time ("6 h 40", "6h40").
var (
	reHourMinutesAfter  = regexp.MustCompile(`^ ?h ?\d{2}\b`)
	reHourMinutesBefore = regexp.MustCompile(`\b\d{1,2} ?h ?$`)
	reClockDigits       = regexp.MustCompile(`^(?:[01]?\d|2[0-3])[.:][0-5]\d$`)
	reClockWordAfter    = regexp.MustCompile(`^\s*(?:Uhr|uur|heures|horas|hrs|ore)\b`)
	reClockWordBefore   = regexp.MustCompile(`(?i)\b(?:um|om|alle|às|a las|las|à)\s*$`)
)

// stormCategory: s tells of a storm, whose "Category 4" is a figure.
func stormCategory(s string) bool {
	low := Fold(s)
	for _, w := range []string{"hurricane", "storm", "typhoon", "cyclone", "huracan", "tormenta", "tifon", "ciclon",
		"ouragan", "tempete", "typhon", "uragano", "tifone", "ciclone", "furacao", "tufao", "hurrikan", "taifun", "zyklon", "orkan"} {
		if strings.Contains(low, w) {
			return true
		}
	}
	return false
}

// ellipticalCount: the number at start follows "and the Name" after a
// count of things earlier in the sentence: "took 54 seats and the Greens
// 21" counts the Greens' seats.
func ellipticalCount(s string, start int) bool {
	ws := Words(s[:start])
	n := len(ws)
	if n < 3 {
		return false
	}
	// "… and the Greens 21", "…, the Greens 21"
	if Fold(ws[n-2].Text) != "the" || !(Fold(ws[n-3].Text) == "and" || strings.HasSuffix(strings.TrimSpace(s[:ws[n-2].Start]), ",")) {
		return false
	}
	return countBefore.MatchString(s[:ws[n-3].Start])
}

// countBefore is a count of a plural noun: "54 seats".
var countBefore = regexp.MustCompile(`\b\d[\d,]*\s+\p{Ll}+s\b`)

var designations = map[string]bool{"Bill": true, "Act": true, "Resolution": true, "Proposition": true, "Prop": true,
	"Amendment": true, "Article": true, "Section": true, "Chapter": true, "Flight": true, "Route": true, "Highway": true,
	"Interstate": true, "Title": true, "No": true, "Number": true, "Room": true, "Gate": true, "Terminal": true,
	"Platform": true, "Phase": true, "Level": true, "Category": true, "Episode": true, "Season": true, "Volume": true,
	"Apollo": true, "Windows": true, "iPhone": true, "Galaxy": true, "Model": true, "Version": true, "Vatican": true}

func isDigitByte(c byte) bool  { return c >= '0' && c <= '9' }
func isLetterByte(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

// monthMatches is monthRE's submatches in s. A date needs a digit and a
// month name, so the pattern runs only on text holding a digit and the
// first three letters of a month in some case. (The long s, which (?i)
// takes for an s, sends the text to the pattern too.)
func monthMatches(s string, digits bool) [][]int {
	if !digits {
		return nil
	}
	if !strings.ContainsRune(s, 'ſ') {
		low, _ := foldASCIIBytes(s)
		found := false
		for _, m := range [...]string{"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"} {
			if strings.Contains(low, m) {
				found = true
				break
			}
		}
		if !found {
			return nil
		}
	}
	return monthRE.FindAllStringSubmatchIndex(s, -1)
}

// numberMatches is numberRE.FindAllStringIndex(s, -1), found from digit to
// digit: a match is a digit with at most a currency sign of up to four
// bytes before it ("US$", "Uſ$", "€"), so a search from four bytes before
// the next digit finds the same leftmost match as one from where the last
// match ended, without trying the pattern at every byte in between.
func numberMatches(s string, digits bool) [][]int {
	if !digits {
		return nil
	}
	var out [][]int
	pos := 0
	for pos < len(s) {
		d := strings.IndexAny(s[pos:], "0123456789")
		if d < 0 {
			break
		}
		from := max(pos, pos+d-4)
		m := numberRE.FindStringIndex(s[from:])
		if m == nil {
			break
		}
		m[0] += from
		m[1] += from
		out = append(out, m)
		pos = m[1]
	}
	return out
}

// foldASCIIBytes lower-cases the ASCII letters of s, leaving every other
// byte where it is.
func foldASCIIBytes(s string) (string, bool) {
	b := []byte(s)
	changed := false
	for i, c := range b {
		if 'A' <= c && c <= 'Z' {
			b[i] = c + 'a' - 'A'
			changed = true
		}
	}
	return string(b), changed
}

// mayHoldWordNumber is false when no word of s can lower-case to a number
// word: none of them is in s with its ASCII letters lower-cased. The only
// other letters that lower-case to ASCII, the dotted capital I and the
// Kelvin sign, send s to the word-by-word test.
func mayHoldWordNumber(s string) bool {
	if strings.ContainsAny(s, "\u0130\u212a") {
		return true
	}
	low, _ := foldASCIIBytes(s)
	for w := range wordNums {
		if strings.Contains(low, w) {
			return true
		}
	}
	return false
}

func pad2(n int) string {
	if n < 10 {
		return "0" + strconv.Itoa(n)
	}
	return strconv.Itoa(n)
}

// normaliseNumber turns "$17 billion" into ("17000000000", "money").
func normaliseNumber(t string) (string, string) {
	low := strings.ToLower(t)
	kind := "count"
	switch {
	case strings.ContainsAny(low, "$€£¥"):
		kind = "money"
	case strings.Contains(low, "%") || strings.Contains(low, "percent") || strings.Contains(low, "per cent"):
		kind = "percent"
	}
	digits := strings.IndexFunc(low, unicode.IsDigit)
	if digits < 0 {
		return "", ""
	}
	j := digits
	for j < len(low) && (low[j] >= '0' && low[j] <= '9' || low[j] == ',' || low[j] == '.') {
		j++
	}
	numText := strings.ReplaceAll(low[digits:j], ",", "")
	if strings.Count(numText, ".") > 1 {
		numText = strings.ReplaceAll(numText, ".", "") // "1.240.000": the other languages' thousands
	}
	v, err := strconv.ParseFloat(numText, 64)
	if err != nil {
		return "", ""
	}
	rest := low[j:]
	switch {
	case strings.Contains(rest, "trillion"):
		v *= 1e12
	case strings.Contains(rest, "billion") || strings.Contains(rest, "bn"):
		v *= 1e9
	case strings.Contains(rest, "million") || strings.Contains(rest, "mn") || strings.HasSuffix(rest, " m"):
		v *= 1e6
	case strings.Contains(rest, "thousand"):
		v *= 1e3
	}
	if kind == "count" && !strings.ContainsAny(low[digits:j], ",.") && j-digits == 4 && v >= 1800 && v <= 2100 {
		kind = "year"
	}
	return formatFloat(v), kind
}

func formatFloat(v float64) string {
	if v == math.Trunc(v) && math.Abs(v) < 1e18 {
		return strconv.FormatInt(int64(v), 10)
	}
	return strconv.FormatFloat(v, 'g', -1, 64)
}

// slotContext returns up to three content stems either side of [start,end):
// the words that say what a number counts ("worth", "killed", "people").
func slotContext(s string, start, end int) (before, after []string) {
	return slotContextIn("", s, start, end)
}

// slotContextIn is slotContext for text in the stemming language lang.
func slotContextIn(lang, s string, start, end int) (before, after []string) {
	ws := Words(s)
	var bi []string
	for _, w := range ws {
		if w.End <= start {
			f := Fold(w.Text)
			if !IsStopIn(lang, f) && !isNumeric(f) {
				bi = append(bi, StemIn(lang, f))
			}
		}
	}
	if len(bi) > 3 {
		bi = bi[len(bi)-3:]
	}
	for _, w := range ws {
		if w.Start >= end && len(after) < 2 {
			f := Fold(w.Text)
			if isNumeric(f) {
				continue
			}
			if !IsStopIn(lang, f) {
				after = append(after, StemIn(lang, f))
			}
		}
	}
	return bi, after
}

// titleCased reports a line whose every word longer than three letters
// starts with a capital, but for a few short joining words ("Angels
// Regains Lead With Win"): a headline set in title case, where a capital
// says nothing of a name. A caption full of names still has its verb in
// lower case.
func titleCased(s string) bool {
	words := 0
	for _, w := range strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && r != '\'' && r != '’' }) {
		if utf8.RuneCountInString(w) <= 3 || titleJoiners[w] {
			continue
		}
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) {
			return false
		}
		words++
	}
	return words >= 3
}

var titleJoiners = setOfWords("with from into onto over upon than that about after")

// currencyCodeBefore: the letters written onto the figure at start are a
// currency's ("US1 million", "A$5").
func currencyCodeBefore(s string, start int) bool {
	i := start
	for i > 0 && isLetterByte(s[i-1]) {
		i--
	}
	switch strings.ToUpper(s[i:start]) {
	case "US", "USD", "AU", "AUD", "CAD", "NZ", "NZD", "HK", "HKD", "SGD", "EUR", "GBP", "CHF", "JPY", "INR", "RS":
		return true
	}
	return false
}

// numberListRE is a list of three or more bare numbers: "6, 7, 8, and 9".
var numberListRE = regexp.MustCompile(`\b\d{1,3}(?:\.\d+)?(?:,\s\d{1,3}(?:\.\d+)?){1,},?\s(?:and|or)\s\d{1,3}(?:\.\d+)?\b`)

// inNumberList: s[start:end] is a member of a list of bare numbers.
func inNumberList(s string, start, end int) bool {
	if !strings.Contains(s, ", ") {
		return false
	}
	for _, m := range numberListRE.FindAllStringIndex(s, -1) {
		if start >= m[0] && end <= m[1] {
			// "1,200" is one number, not a list: a list's commas are
			// followed by a space
			return true
		}
	}
	return false
}

// currencyWords name a currency written after its amount.
var currencyWords = setOfWords(`dollars euros yen yuan renminbi francs rupees roubles rubles pesos reais rand kronor kroner
	kronur zloty forint lira lire shekels dirhams riyals rials dinars baht ringgit won hryvnias tenge naira shillings`)

// currencyAfter: the figure text is an amount of money, its currency
// named by the word after it ("88 million euros", "500,000 dollars");
// "pounds" only with a scale or "sterling" ("2 million pounds", not "10
// pounds of cocaine"), "won" only with a scale (it is a verb too).
func currencyAfter(rest, text string) bool {
	ws := firstWords(rest, 2)
	if len(ws) == 0 || ws[0].Start != 1 {
		return false
	}
	w := strings.ToLower(ws[0].Text)
	scaled := strings.ContainsAny(text, " ") // "88 million"
	switch w {
	case "pounds", "pound":
		return scaled || len(ws) > 1 && strings.EqualFold(ws[1].Text, "sterling")
	case "won":
		return scaled
	}
	return currencyWords[w] || scaled && (w == "dollar" || w == "euro")
}

// spanWords are the spans of time a figure in words is hyphenated onto:
// "four-year", "two-month".
var spanWords = setOfWords(`year month week day hour minute`)

// foreignOf joins an amount to its currency: "millones de euros".
var foreignOf = setOfWords("de di da do des")

// foreignCurrency are currency words of the main European languages.
var foreignCurrency = setOfWords(`euros euro dólares dolares dólar dollars dollar dollari libras libra sterline sterlina
	francos francs franken franchi reais real pesos rublos roubles rubel yenes yuanes`)

// hoursAndMinutes reads "two hours and 41 minutes" (and "1 hour, 59
// minutes, 48 seconds") as one duration, in seconds.
func hoursAndMinutes(s string) []Quantity {
	if !strings.Contains(s, " hour") || !strings.Contains(s, " minute") && !strings.Contains(s, " second") {
		return nil
	}
	var out []Quantity
	for _, m := range hoursMinutesRE.FindAllStringSubmatchIndex(s, -1) {
		h, ok := wordNums[strings.ToLower(s[m[2]:m[3]])]
		if strings.EqualFold(s[m[2]:m[3]], "one") {
			h, ok = 1, true
		}
		if !ok {
			hv, err := strconv.Atoi(s[m[2]:m[3]])
			if err != nil {
				continue
			}
			h = float64(hv)
		}
		// ("1 hour, 59 minutes, 48 seconds", "two hours and 35 seconds":
		// minutes or seconds, or both, after the hours)
		if m[4] < 0 && m[6] < 0 {
			continue
		}
		mi, sec := 0, 0
		if m[4] >= 0 {
			mi, _ = strconv.Atoi(s[m[4]:m[5]])
		}
		if m[6] >= 0 {
			sec, _ = strconv.Atoi(s[m[6]:m[7]])
		}
		if mi > 59 || sec > 59 {
			continue
		}
		q := Quantity{Start: m[0], End: m[1], Text: s[m[0]:m[1]], Value: formatFloat(h*3600 + float64(mi*60+sec)), Kind: "duration"}
		q.Before, q.After = slotContext(s, m[0], m[1])
		out = append(out, q)
	}
	return out
}

// foreignCurrencyAfter: rest opens on a currency of the other languages
// read, after "de", "di" or an elided "d'": "de euros", "d'euros", "Euro".
func foreignCurrencyAfter(rest string) bool {
	ws := firstWords(rest, 2)
	if len(ws) == 0 || ws[0].Start != 1 {
		return false
	}
	k := 0
	if foreignOf[strings.ToLower(ws[0].Text)] {
		k = 1
	}
	if k >= len(ws) {
		return false
	}
	w := strings.ToLower(ws[k].Text)
	w = strings.TrimPrefix(strings.TrimPrefix(w, "d'"), "d’")
	return foreignCurrency[w]
}

// invertWords maps each folded word of a table's lists to its key:
// {"driver": "fahrer lenker …"} gives "fahrer" → "driver".
func invertWords(lists map[string]string) map[string]string {
	m := map[string]string{}
	for key, words := range lists {
		for _, w := range strings.Fields(words) {
			m[Fold(w)] = key
		}
	}
	return m
}
