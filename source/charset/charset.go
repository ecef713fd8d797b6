// Package charset turns the bytes of a text file or an HTML page into UTF-8:
// a byte-order mark first, then the declared charset (HTTP header, <meta>),
// then detection. A document no charset explains plausibly is refused
// rather than mangled, and binary data is recognised as such.
package charset

import (
	"bytes"
	"fmt"
	"mime"
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/gogs/chardet"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/htmlindex"
	"golang.org/x/text/encoding/japanese"
	"golang.org/x/text/encoding/unicode/utf32"

	"crossread"
)

// How a charset was decided, in Decoded.Method.
const (
	MethodBOM      = "bom"
	MethodHeader   = "header"
	MethodMeta     = "meta"
	MethodUTF8     = "utf-8"
	MethodDetected = "detected"
)

// Decoded is a document converted to UTF-8.
type Decoded struct {
	// Bytes is the UTF-8 text. When the input already was UTF-8 it is the
	// input itself (or a subslice of it), not a copy.
	Bytes   []byte
	Charset string // the canonical name of the source charset, e.g. "windows-1251"
	Method  string // MethodBOM, MethodHeader, …
}

// Text returns the decoded text as a string (a copy).
func (d Decoded) Text() string { return string(d.Bytes) }

// sniffLen bounds the work spent on binary checks and detection: enough to
// see a statistically useful sample, small enough to stay fast on big files.
const sniffLen = 64 << 10

// DecodeText converts a plain-text document to UTF-8. It refuses binary data
// (crossread.EUNSUPPORTED) and bytes that are neither valid UTF-8 nor
// plausible text in any detected charset (crossread.EINVALID).
func DecodeText(b []byte) (Decoded, error) {
	if d, ok, err := decodeBOM(b); ok || err != nil {
		return d, err
	}
	if d, ok := decodeUTF16NoBOM(b); ok {
		return d, nil
	}
	if reason := BinaryReason(b); reason != "" {
		return Decoded{}, crossread.Errorf(crossread.EUNSUPPORTED, "binary content (%s), not text", reason)
	}
	return decodeUndeclared(b, false)
}

// DecodeHTML converts an HTML page to UTF-8, following the HTML standard's
// order (BOM, the Content-Type header's charset, a <meta> declaration) and
// then detection. Declarations that the bytes contradict are corrected:
// a page labelled Latin-1 that is valid UTF-8 is UTF-8, and a page labelled
// UTF-8 that is not is detected. Unlike text, a page is never refused for
// a few stray bytes: they become U+FFFD.
func DecodeHTML(b []byte, contentType string) (Decoded, error) {
	if d, ok, err := decodeBOM(b); ok || err != nil {
		return d, err
	}
	if reason := BinaryReason(b); reason != "" {
		return Decoded{}, crossread.Errorf(crossread.EUNSUPPORTED, "binary content (%s), not HTML", reason)
	}
	if label := headerCharset(contentType); label != "" {
		if d, ok := decodeDeclared(b, label, MethodHeader); ok {
			return d, nil
		}
	}
	if label := metaCharset(b); label != "" {
		if d, ok := decodeDeclared(b, label, MethodMeta); ok {
			return d, nil
		}
	}
	d, err := decodeUndeclared(b, true)
	if err != nil {
		// Pages are rarely pure garbage: keep what is readable.
		return Decoded{Bytes: validUTF8(b), Charset: "utf-8", Method: MethodUTF8}, nil
	}
	return d, nil
}

// HeaderCharset returns the charset parameter of a Content-Type value.
func headerCharset(contentType string) string {
	if contentType == "" {
		return ""
	}
	_, params, err := mime.ParseMediaType(contentType)
	if err != nil {
		return ""
	}
	return params["charset"]
}

var metaRE = regexp.MustCompile(`(?is)<meta[^>]+?charset\s*=\s*["']?\s*([a-z0-9_:.\-]+)`)

// metaCharset finds a <meta charset> or http-equiv declaration near the top
// of the page. Pages often put it after long scripts, so the scan goes
// further than the standard's 1024 bytes.
func metaCharset(b []byte) string {
	if len(b) > 16<<10 {
		b = b[:16<<10]
	}
	if m := metaRE.FindSubmatch(b); m != nil {
		return string(m[1])
	}
	return ""
}

func lookup(label string) (encoding.Encoding, string) {
	label = strings.ToLower(strings.TrimSpace(label))
	if label == "" {
		return nil, ""
	}
	e, err := htmlindex.Get(label)
	if err != nil {
		return nil, ""
	}
	name, _ := htmlindex.Name(e)
	return e, name
}

// decodeDeclared decodes with a declared label unless the bytes contradict
// the declaration.
func decodeDeclared(b []byte, label, method string) (Decoded, bool) {
	e, name := lookup(label)
	if e == nil {
		return Decoded{}, false
	}
	switch name {
	case "utf-8":
		if utf8.Valid(b) {
			return Decoded{Bytes: b, Charset: name, Method: method}, true
		}
		valid, invalid := utf8Stats(b)
		if valid > invalid {
			return Decoded{Bytes: validUTF8(b), Charset: name, Method: method}, true
		}
		return Decoded{}, false
	case "windows-1252", "iso-8859-2", "iso-8859-15", "windows-1250":
		// The most common mislabel on the web: UTF-8 served as Latin-1.
		if valid, invalid := utf8Stats(b); valid > 0 && invalid == 0 {
			return Decoded{Bytes: b, Charset: "utf-8", Method: MethodUTF8}, true
		}
	case "utf-16le", "utf-16be":
		// A page cannot declare UTF-16 in ASCII-compatible bytes and be UTF-16.
		return Decoded{}, false
	}
	s, err := e.NewDecoder().Bytes(b)
	if err != nil {
		return Decoded{}, false
	}
	return Decoded{Bytes: validUTF8(s), Charset: name, Method: method}, true
}

var (
	bomUTF8    = []byte{0xEF, 0xBB, 0xBF}
	bomUTF16LE = []byte{0xFF, 0xFE}
	bomUTF16BE = []byte{0xFE, 0xFF}
	bomUTF32LE = []byte{0xFF, 0xFE, 0, 0}
	bomUTF32BE = []byte{0, 0, 0xFE, 0xFF}
)

// decodeBOM decodes a document that starts with a byte-order mark. A BOM
// followed by bytes that cannot be in that encoding is an error, not a
// reason to guess: "\xff\xfe" is also the classic start of garbage.
func decodeBOM(b []byte) (Decoded, bool, error) {
	switch {
	case bytes.HasPrefix(b, bomUTF8):
		rest := b[3:]
		if !utf8.Valid(rest) {
			return Decoded{}, false, invalidUTF8(rest)
		}
		return Decoded{Bytes: rest, Charset: "utf-8", Method: MethodBOM}, true, nil
	case bytes.HasPrefix(b, bomUTF32LE), bytes.HasPrefix(b, bomUTF32BE):
		end := utf32.LittleEndian
		name := "utf-32le"
		if b[0] == 0 {
			end, name = utf32.BigEndian, "utf-32be"
		}
		if len(b)%4 != 0 {
			return Decoded{}, false, crossread.Errorf(crossread.EINVALID, "truncated %s text", strings.ToUpper(name))
		}
		s, err := utf32.UTF32(end, utf32.ExpectBOM).NewDecoder().Bytes(b)
		if err != nil || !plausibleText(string(s)) {
			return Decoded{}, false, crossread.Errorf(crossread.EINVALID, "invalid %s text", strings.ToUpper(name))
		}
		return Decoded{Bytes: s, Charset: name, Method: MethodBOM}, true, nil
	case bytes.HasPrefix(b, bomUTF16LE), bytes.HasPrefix(b, bomUTF16BE):
		le := b[0] == 0xFF
		name := "utf-16be"
		if le {
			name = "utf-16le"
		}
		s, ok := decodeUTF16(b[2:], le)
		if !ok || !plausibleText(s) {
			return Decoded{}, false, crossread.Errorf(crossread.EINVALID, "starts with a %s byte-order mark but is not %s text", strings.ToUpper(name), strings.ToUpper(name))
		}
		return Decoded{Bytes: []byte(s), Charset: name, Method: MethodBOM}, true, nil
	}
	return Decoded{}, false, nil
}

func decodeUTF16(b []byte, le bool) (string, bool) {
	if len(b)%2 != 0 {
		return "", false
	}
	u := make([]uint16, len(b)/2)
	for i := range u {
		if le {
			u[i] = uint16(b[2*i]) | uint16(b[2*i+1])<<8
		} else {
			u[i] = uint16(b[2*i])<<8 | uint16(b[2*i+1])
		}
	}
	// Unpaired surrogates mean the bytes are not UTF-16.
	for i := 0; i < len(u); i++ {
		switch {
		case u[i] >= 0xD800 && u[i] < 0xDC00:
			if i+1 >= len(u) || u[i+1] < 0xDC00 || u[i+1] >= 0xE000 {
				return "", false
			}
			i++
		case u[i] >= 0xDC00 && u[i] < 0xE000:
			return "", false
		}
	}
	return string(utf16.Decode(u)), true
}

// decodeUTF16NoBOM recognises UTF-16 without a BOM by its zero bytes: text
// in Latin, Cyrillic and most other scripts has a zero in every other byte.
func decodeUTF16NoBOM(b []byte) (Decoded, bool) {
	if len(b) < 8 || len(b)%2 != 0 {
		return Decoded{}, false
	}
	sample := b
	if len(sample) > sniffLen {
		sample = sample[:sniffLen]
	}
	var zeroEven, zeroOdd int
	for i := 0; i+1 < len(sample); i += 2 {
		if sample[i] == 0 {
			zeroEven++
		}
		if sample[i+1] == 0 {
			zeroOdd++
		}
	}
	pairs := len(sample) / 2
	var le bool
	switch {
	case zeroOdd*10 >= pairs*4 && zeroEven*20 <= pairs:
		le = true
	case zeroEven*10 >= pairs*4 && zeroOdd*20 <= pairs:
		le = false
	default:
		return Decoded{}, false
	}
	s, ok := decodeUTF16(b, le)
	if !ok || !plausibleText(s) {
		return Decoded{}, false
	}
	name := "utf-16be"
	if le {
		name = "utf-16le"
	}
	return Decoded{Bytes: []byte(s), Charset: name, Method: MethodDetected}, true
}

// BinaryReason returns why b looks like binary data rather than text, or ""
// when it looks like text. UTF-16/32 must be handled before calling it.
func BinaryReason(b []byte) string {
	for _, m := range magics {
		if bytes.HasPrefix(b, m.prefix) {
			return m.name
		}
	}
	sample := b
	if len(sample) > sniffLen {
		sample = sample[:sniffLen]
	}
	if bytes.IndexByte(sample, 0) >= 0 {
		return "contains NUL bytes"
	}
	var ctrl int
	for _, c := range sample {
		ctrl += int(controlByte[c])
	}
	if ctrl > 0 && ctrl*100 >= len(sample) {
		return "too many control characters"
	}
	return ""
}

// controlByte marks the control bytes that do not occur in text.
var controlByte = func() (t [256]uint8) {
	for c := 0; c < 0x20; c++ {
		t[c] = 1
	}
	for _, c := range []byte{'\t', '\n', '\r', '\f', '\v', 0x1B} {
		t[c] = 0
	}
	t[0x7F] = 1
	return t
}()

var magics = []struct {
	prefix []byte
	name   string
}{
	{[]byte("%PDF-"), "a PDF document"},
	{[]byte("\x89PNG\r\n\x1a\n"), "a PNG image"},
	{[]byte("\xFF\xD8\xFF"), "a JPEG image"},
	{[]byte("GIF87a"), "a GIF image"},
	{[]byte("GIF89a"), "a GIF image"},
	{[]byte("PK\x03\x04"), "a ZIP archive"},
	{[]byte("\x1F\x8B"), "gzip data"},
	{[]byte("BZh"), "bzip2 data"},
	{[]byte("\xFD7zXZ\x00"), "xz data"},
	{[]byte("\x28\xB5\x2F\xFD"), "zstd data"},
	{[]byte("\x7FELF"), "an executable"},
	{[]byte("SQLite format 3\x00"), "a SQLite database"},
	{[]byte("RIFF"), "a media file"},
	{[]byte("OggS"), "a media file"},
	{[]byte("ID3"), "an MP3 file"},
}

// utf8Stats counts well-formed multi-byte sequences and invalid bytes.
func utf8Stats(b []byte) (valid, invalid int) {
	for i := 0; i < len(b); {
		if b[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, n := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && n <= 1 {
			invalid++
			i++
			continue
		}
		valid++
		i += n
	}
	return valid, invalid
}

func invalidUTF8(b []byte) error {
	off := 0
	for off < len(b) {
		r, n := utf8.DecodeRune(b[off:])
		if r == utf8.RuneError && n <= 1 {
			break
		}
		off += n
	}
	_, invalid := utf8Stats(b)
	return crossread.Errorf(crossread.EINVALID, "invalid UTF-8 (%d bad bytes, first at byte %d) that no character set explains", invalid, off)
}

// decodeUndeclared handles bytes without a trustworthy declaration: valid
// UTF-8 is UTF-8; UTF-8 with a few broken bytes is corrupt UTF-8 (text is
// refused, HTML is repaired by the caller); anything else goes to
// detection, whose candidates must decode into plausible text.
func decodeUndeclared(b []byte, html bool) (Decoded, error) {
	valid, invalid := utf8Stats(b)
	if invalid == 0 {
		if bytes.Contains(b, []byte("\x1b$B")) || bytes.Contains(b, []byte("\x1b$@")) {
			if s, err := japanese.ISO2022JP.NewDecoder().Bytes(b); err == nil && plausibleText(string(s)) {
				return Decoded{Bytes: s, Charset: "iso-2022-jp", Method: MethodDetected}, nil
			}
		}
		return Decoded{Bytes: b, Charset: "utf-8", Method: MethodUTF8}, nil
	}
	// Legacy encodings form well-formed UTF-8 sequences only by accident,
	// so a file with more of them than broken bytes is damaged UTF-8.
	if valid >= 2*invalid {
		if html {
			return Decoded{Bytes: validUTF8(b), Charset: "utf-8", Method: MethodUTF8}, nil
		}
		return Decoded{}, invalidUTF8(b)
	}
	sample := b
	if len(sample) > sniffLen {
		sample = sample[:sniffLen]
	}
	det := chardet.NewTextDetector()
	if html {
		det = chardet.NewHtmlDetector()
	}
	results, _ := det.DetectAll(sample)
	// chardet's sort is not stable, and ties are common on short text.
	slices.SortStableFunc(results, func(a, b chardet.Result) int {
		if a.Confidence != b.Confidence {
			return b.Confidence - a.Confidence
		}
		return strings.Compare(a.Charset, b.Charset)
	})
	type candidate struct {
		label      string
		confidence int
	}
	var candidates []candidate
	informative := false
	for _, r := range results {
		if r.Confidence >= 10 {
			candidates = append(candidates, candidate{r.Charset, r.Confidence})
		}
		informative = informative || r.Confidence > 10
	}
	// Siblings share most of their table, and detection reports one of
	// them (windows-1250 and ISO-8859-2 put Polish "ą" and Czech "š" on the
	// same byte).
	for _, c := range slices.Clone(candidates) {
		if sib := siblings[Name(c.label)]; sib != "" {
			candidates = append(candidates, candidate{sib, c.confidence})
		}
	}
	// The commonest legacy table of the web is always a candidate. With
	// too little text for detection (every multi-byte recognizer reports
	// its floor), windows-1251 competes too; not otherwise, as stray high
	// bytes read as a plausible Cyrillic word.
	candidates = append(candidates, candidate{"windows-1252", 0})
	if !informative {
		candidates = append(candidates, candidate{"windows-1251", 0})
	}
	// The plausible readings compete: detection's confidence, the share of
	// words that look right, accented letters from one language's alphabet,
	// and kana as the mark of Japanese (Han characters, and EUC-KR's
	// hangul, are what any high bytes pair up into).
	var best encoding.Encoding
	var bestName string
	bestScore := -1.0
	tried := map[string]bool{}
	for _, c := range candidates {
		e, name := lookup(c.label)
		if e == nil || tried[name] || strings.HasPrefix(name, "utf-") {
			continue
		}
		tried[name] = true
		s, err := e.NewDecoder().Bytes(sample)
		if err != nil {
			continue
		}
		text := string(s)
		ok, good := plausibility(text)
		if !ok {
			continue
		}
		score := good + float64(c.confidence)/100
		if oneAlphabet(text) {
			score++
		}
		if isMultiByte(name) && kanaShare(text) >= 0.15 {
			score += 0.5
		}
		if !informative && !isMultiByte(name) {
			score += 0.5 // short text without kana: a single-byte reading
		}
		if score > bestScore {
			best, bestName, bestScore = e, name, score
		}
	}
	if best != nil {
		if s, err := best.NewDecoder().Bytes(b); err == nil {
			return Decoded{Bytes: validUTF8(s), Charset: bestName, Method: MethodDetected}, nil
		}
	}
	return Decoded{}, invalidUTF8(b)
}

func isMultiByte(name string) bool {
	switch name {
	case "shift_jis", "euc-jp", "iso-2022-jp", "gbk", "gb18030", "big5", "euc-kr":
		return true
	}
	return false
}

// kanaShare is the share of full-width kana among the CJK letters of s.
func kanaShare(s string) float64 {
	var kana, cjk int
	for _, r := range s {
		switch {
		case r >= 0x3040 && r <= 0x30FF:
			kana++
			cjk++
		case unicode.In(r, unicode.Han, unicode.Hangul):
			cjk++
		}
	}
	if cjk == 0 {
		return 0
	}
	return float64(kana) / float64(cjk)
}

var siblings = map[string]string{
	"iso-8859-2": "windows-1250", "windows-1250": "iso-8859-2",
	"iso-8859-7": "windows-1253", "windows-1253": "iso-8859-7",
	"windows-1254": "iso-8859-9", "iso-8859-9": "windows-1254",
	"iso-8859-8": "windows-1255", "windows-1255": "iso-8859-8",
	"iso-8859-6": "windows-1256", "windows-1256": "iso-8859-6",
	"iso-8859-5": "windows-1251", "koi8-r": "windows-1251",
	"iso-8859-13": "windows-1257", "windows-1257": "iso-8859-13",
}

// alphabets are the accented Latin letters of languages still met in
// legacy single-byte charsets.
var alphabets = []string{
	"ąćęłńóśźż",         // Polish
	"áčďéěíňóřšťúůýž",   // Czech
	"áäčďéíĺľňóôŕšťúýž", // Slovak
	"áéíóöőúüű",         // Hungarian
	"čćđšžáéíóú",        // Slovenian, Croatian, Bosnian, Serbian Latin
	"ăâîșțşţ",           // Romanian
	"äöüßéà",            // German
	"àâæçéèêëîïôœùûüÿ",  // French
	"áéíñóúüàèç",        // Spanish, Catalan
	"áâãàçéêíóôõú",      // Portuguese
	"àèéìíîòóùú",        // Italian
	"åäöæøéüáíóúýþðæ",   // Nordic
	"çğıöşüâîû",         // Turkish
	"āčēģīķļņšūž",       // Latvian
	"ąčęėįšųūž",         // Lithuanian
	"äöüõšž",            // Estonian
	"ëç",                // Albanian
	"ŵŷâêîôûäëïöü",      // Welsh
	"ĉĝĥĵŝŭ",            // Esperanto
	"ăâđêôơưáàảãạéèẻẽẹíìỉĩị", // Vietnamese (partly)
}

// oneAlphabet reports whether the accented Latin letters of s all belong
// to one language's alphabet (true when there are none).
func oneAlphabet(s string) bool {
	used := map[rune]bool{}
	for _, r := range s {
		if r >= 0xC0 && unicode.Is(unicode.Latin, r) && unicode.IsLetter(r) {
			used[unicode.ToLower(r)] = true
		}
	}
	if len(used) == 0 {
		return true
	}
	for _, a := range alphabets {
		fits := true
		for r := range used {
			if !strings.ContainsRune(a, r) {
				fits = false
				break
			}
		}
		if fits {
			return true
		}
	}
	return false
}

// plausibleText judges whether decoded text reads like human text rather
// than bytes forced through the wrong charset: no control characters or
// replacement characters, and words whose letters belong together (a
// Cyrillic word is Cyrillic; accented Latin letters sit inside words with
// plain letters, as in "déjà" or "Größe", not alone as in "Ã(").
func plausibleText(s string) bool {
	ok, _ := plausibility(s)
	return ok
}

// plausibility returns plausibleText's verdict and the share of words with
// non-ASCII letters that look right.
func plausibility(s string) (bool, float64) {
	if len(s) > sniffLen {
		s = s[:sniffLen]
		s = strings.ToValidUTF8(s, "")
	}
	var good, bad int
	word := make([]rune, 0, 32)
	flush := func() {
		if len(word) > 0 {
			switch judgeWord(word) {
			case 1:
				good++
			case -1:
				bad++
			}
			word = word[:0]
		}
	}
	rs := []rune(s)
	for i, r := range rs {
		switch {
		case r >= 0xA0 && !unicode.IsLetter(r) && !unicode.IsMark(r) && !unicode.IsSpace(r) &&
			i > 0 && i+1 < len(rs) && alphabetic(rs[i-1]) && alphabetic(rs[i+1]) &&
			!strings.ContainsRune(inWord, r):
			// A sign inside a word ("Rz¹d"): a letter decoded with the
			// wrong table.
			bad++
			flush()
		case r == utf8.RuneError, r >= 0x80 && r < 0xA0, unicode.Is(unicode.Co, r), r >= 0xFF61 && r <= 0xFF9F:
			// (Half-width katakana: Shift_JIS's reading of single high
			// bytes, next to unheard of in text written this century.)
			bad++
			flush()
		case r < 0x20 && r != '\t' && r != '\n' && r != '\r' && r != '\f' && r != '\v' && r != 0x1B:
			bad++
			flush()
		case unicode.IsLetter(r) || unicode.IsMark(r):
			word = append(word, r)
		case r >= 0x80 && unicode.IsSymbol(r) && !unicode.Is(unicode.Sc, r) && !strings.ContainsRune(commonSymbols, r):
			// Box drawings, block elements, math signs in running text:
			// the look of bytes decoded with the wrong table.
			bad++
			flush()
		default:
			flush()
		}
	}
	flush()
	if good+bad == 0 {
		return true, 1
	}
	return bad*10 <= good, float64(good) / float64(good+bad)
}

// alphabetic reports a letter of a script that separates words by spaces
// (in CJK text, punctuation sits between letters).
func alphabetic(r rune) bool {
	return unicode.IsLetter(r) && unicode.In(r, unicode.Latin, unicode.Cyrillic, unicode.Greek)
}

// inWord are the non-letters that sit inside words in real text.
const inWord = "’‘·‐‑\u00AD\u200B\u200C\u200D\u2060"

// commonSymbols are the non-ASCII symbols that real news text uses.
const commonSymbols = "©®°±×÷¬µ¶§¨¯´¸™№←→↑↓↔•●■□▪▶►★☆✓✔♥"

// judgeWord returns 1 for a word with non-ASCII letters that look right,
// -1 for one that looks like mojibake, 0 for a plain ASCII word.
func judgeWord(w []rune) int {
	var ascii int
	scripts := map[string]bool{}
	for _, r := range w {
		if r < 0x80 {
			ascii++
			continue
		}
		if unicode.IsMark(r) {
			continue
		}
		if sc := scriptOf(r); sc != "" {
			scripts[sc] = true
		}
	}
	if len(scripts) == 0 {
		return 0
	}
	if len(scripts) > 1 {
		return -1
	}
	for sc := range scripts {
		switch sc {
		case "latin":
			if ascii > 0 {
				return 1
			}
			// Words made only of accented letters are rare outside a few
			// one-letter words ("à", "é", "ó").
			if len(w) == 1 && strings.ContainsRune("àáèéìíòóùúçõãêôâ", w[0]) {
				return 1
			}
			return -1
		case "cjk":
			// "iPhoneを" is fine; a CJK character between Latin letters
			// ("Gr鲞e") is a legacy byte pair read as one character.
			for i := 1; i+1 < len(w); i++ {
				if w[i] >= 0x80 && w[i-1] < 0x80 && w[i+1] < 0x80 {
					return -1
				}
			}
			return 1
		case "other":
			return 1
		default:
			if ascii > 0 {
				return -1
			}
			return 1
		}
	}
	return 0
}

func scriptOf(r rune) string {
	switch {
	case unicode.Is(unicode.Latin, r):
		return "latin"
	case unicode.Is(unicode.Cyrillic, r):
		return "cyrillic"
	case unicode.Is(unicode.Greek, r):
		return "greek"
	case unicode.Is(unicode.Hebrew, r):
		return "hebrew"
	case unicode.Is(unicode.Arabic, r):
		return "arabic"
	case unicode.Is(unicode.Thai, r):
		return "thai"
	case unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Hangul):
		return "cjk"
	case unicode.In(r, unicode.Common, unicode.Inherited):
		return "" // e.g. the katakana length mark: belongs with any script
	}
	return "other"
}

// Name returns the canonical name for a charset label, or "" when unknown.
func Name(label string) string {
	_, name := lookup(label)
	return name
}

// validUTF8 replaces invalid bytes with U+FFFD, copying only when needed.
func validUTF8(b []byte) []byte {
	if utf8.Valid(b) {
		return b
	}
	return bytes.ToValidUTF8(b, []byte("\uFFFD"))
}

// String is for debugging.
func (d Decoded) String() string { return fmt.Sprintf("%s via %s", d.Charset, d.Method) }
