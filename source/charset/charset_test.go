package charset

import (
	"strings"
	"testing"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/japanese"
	"golang.org/x/text/encoding/unicode"

	"crossread"
)

const (
	russian   = "Москва, 5 ноября. Президент заявил журналистам, что страна присоединится к соглашению в ближайшее время.\nПереговоры продолжатся в декабре.\n"
	japanese_ = "東京、11月5日。大統領は、同国が合意に参加すると記者団に語った。\n交渉は12月に続く予定だ。\n"
	french    = "Le président a déclaré à la presse que le pays rejoindra les accords très bientôt.\nÇa a été une décision étonnante, selon les diplomates.\n"
	german    = "Die Regierung hat am Donnerstag bekanntgegeben, dass die Gespräche über Zölle fortgesetzt würden.\n"
)

func encode(t *testing.T, e encoding.Encoding, s string) []byte {
	t.Helper()
	b, err := e.NewEncoder().Bytes([]byte(s))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestDecodeText(t *testing.T) {
	cases := []struct {
		name, want, charset string
		in                  []byte
	}{
		{"utf-8", russian, "utf-8", []byte(russian)},
		{"utf-8 with BOM", french, "utf-8", append([]byte("\xEF\xBB\xBF"), french...)},
		{"windows-1251", russian, "windows-1251", encode(t, charmap.Windows1251, russian)},
		{"koi8-r", russian, "koi8-r", encode(t, charmap.KOI8R, russian)},
		{"shift_jis", japanese_, "shift_jis", encode(t, japanese.ShiftJIS, japanese_)},
		{"latin-1", french, "windows-1252", encode(t, charmap.ISO8859_1, french)},
		{"windows-1252 german", german, "windows-1252", encode(t, charmap.Windows1252, german)},
		{"utf-16le with BOM", russian, "utf-16le", encode(t, unicode.UTF16(unicode.LittleEndian, unicode.UseBOM), russian)},
		{"utf-16be with BOM", japanese_, "utf-16be", encode(t, unicode.UTF16(unicode.BigEndian, unicode.UseBOM), japanese_)},
		{"utf-16le without BOM", french, "utf-16le", encode(t, unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM), french)},
		{"iso-2022-jp", japanese_, "iso-2022-jp", encode(t, japanese.ISO2022JP, japanese_)},
		{"smart quotes in windows-1252", "He said “yes” – twice.\n", "windows-1252", encode(t, charmap.Windows1252, "He said “yes” – twice.\n")},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d, err := DecodeText(c.in)
			if err != nil {
				t.Fatalf("DecodeText: %v", err)
			}
			if d.Text() != c.want {
				t.Errorf("text = %q, want %q", d.Text(), c.want)
			}
			if d.Charset != c.charset {
				t.Errorf("charset = %q, want %q", d.Charset, c.charset)
			}
		})
	}
}

func TestDecodeTextRefuses(t *testing.T) {
	cases := []struct {
		name, code string
		in         []byte
	}{
		{"NUL bytes", crossread.EUNSUPPORTED, []byte("abc\x00\x01\x02def\x00ghi\x00")},
		{"PNG", crossread.EUNSUPPORTED, []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")},
		{"stray bytes in ASCII", crossread.EINVALID, []byte("hello \xff\xfe\xfd world, this is otherwise fine text.\n")},
		{"broken sequences", crossread.EINVALID, []byte("Some text \xc3\x28 with \xa0\xa1 broken bytes \xe2\x82 here\n")},
		{"damaged UTF-8", crossread.EINVALID, []byte(strings.Repeat("Привет мир ", 10) + "\xff\xfe" + strings.Repeat("ещё ", 5))},
		{"UTF-16 BOM then garbage", crossread.EINVALID, []byte("\xff\xfe\x00\xd8abc")},
		{"control characters", crossread.EUNSUPPORTED, []byte("\x01\x02\x03\x04\x05\x06\x07\x08abc\x0e\x0f\x10\x11\x12")},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d, err := DecodeText(c.in)
			if err == nil {
				t.Fatalf("DecodeText accepted it as %s: %q", d, d.Text())
			}
			if got := crossread.ErrorCode(err); got != c.code {
				t.Errorf("code = %q, want %q (%v)", got, c.code, err)
			}
		})
	}
}

func TestDecodeHTML(t *testing.T) {
	page := func(meta, body string) string {
		return "<!doctype html><html><head>" + meta + "<title>t</title></head><body><p>" + body + "</p></body></html>"
	}
	cases := []struct {
		name, contentType, want, charset, method string
		in                                       []byte
	}{
		{"meta charset windows-1251", "text/html", page(`<meta charset="windows-1251">`, russian), "windows-1251", MethodMeta,
			encode(t, charmap.Windows1251, page(`<meta charset="windows-1251">`, russian))},
		{"http-equiv shift_jis", "", page(`<meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS">`, japanese_), "shift_jis", MethodMeta,
			encode(t, japanese.ShiftJIS, page(`<meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS">`, japanese_))},
		{"header beats meta", "text/html; charset=windows-1251", page(`<meta charset="utf-8">`, russian), "windows-1251", MethodHeader,
			encode(t, charmap.Windows1251, page(`<meta charset="utf-8">`, russian))},
		{"utf-8 labelled latin-1", "text/html; charset=iso-8859-1", page("", french), "utf-8", MethodUTF8, []byte(page("", french))},
		{"undeclared shift_jis", "", page("", japanese_), "shift_jis", MethodDetected, encode(t, japanese.ShiftJIS, page("", japanese_))},
		{"undeclared windows-1251", "", page("", russian), "windows-1251", MethodDetected, encode(t, charmap.Windows1251, page("", russian))},
		{"meta utf-8 but windows-1251 bytes", "", page(`<meta charset="utf-8">`, russian), "windows-1251", MethodDetected,
			encode(t, charmap.Windows1251, page(`<meta charset="utf-8">`, russian))},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d, err := DecodeHTML(c.in, c.contentType)
			if err != nil {
				t.Fatal(err)
			}
			if d.Text() != c.want {
				t.Errorf("text = %q, want %q", d.Text(), c.want)
			}
			if d.Charset != c.charset || d.Method != c.method {
				t.Errorf("got %s, want %s via %s", d, c.charset, c.method)
			}
		})
	}
}

func FuzzDecode(f *testing.F) {
	f.Add([]byte(russian), "")
	f.Add([]byte("\xff\xfeh\x00i\x00"), "text/html; charset=utf-16")
	f.Add([]byte(`<meta charset="koi8-r">`+"\xf0\xd2\xc9"), "")
	f.Add([]byte("hello \xff\xfe world"), "text/html; charset=bogus")
	f.Add([]byte("\x1b$B$3$s\x1b(B"), "")
	f.Fuzz(func(t *testing.T, b []byte, contentType string) {
		if d, err := DecodeText(b); err == nil {
			if !utf8Valid(d.Text()) {
				t.Fatalf("DecodeText gave invalid UTF-8 via %s", d)
			}
		} else if crossread.ErrorCode(err) == crossread.EINTERNAL {
			t.Fatalf("untyped error %v", err)
		}
		if d, err := DecodeHTML(b, contentType); err == nil && !utf8Valid(d.Text()) {
			t.Fatalf("DecodeHTML gave invalid UTF-8 via %s", d)
		}
	})
}

func utf8Valid(s string) bool { return strings.ToValidUTF8(s, "") == s }
