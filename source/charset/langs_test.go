package charset

import (
	"testing"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/japanese"
	"golang.org/x/text/encoding/korean"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/traditionalchinese"
)

// News-like sentences in the languages whose legacy charsets are still met
// in saved pages and scrapes.
var samples = []struct {
	lang string
	enc  encoding.Encoding
	text string
}{
	{"de cp1252", charmap.Windows1252, "Die Bundesregierung hat am Donnerstag angekündigt, dass die Gespräche über die Zölle im Dezember fortgesetzt werden. Außenminister äußerte sich zurückhaltend.\n"},
	{"es latin1", charmap.ISO8859_1, "El Gobierno anunció el jueves que las negociaciones continuarán en diciembre, según el ministro de Exteriores. «Es una decisión difícil», añadió.\n"},
	{"pl cp1250", charmap.Windows1250, "Rząd poinformował w czwartek, że rozmowy w sprawie ceł będą kontynuowane w grudniu. Minister spraw zagranicznych wypowiedział się ostrożnie.\n"},
	{"cs iso-8859-2", charmap.ISO8859_2, "Vláda ve čtvrtek oznámila, že jednání o clech budou pokračovat v prosinci. Ministr zahraničí se vyjádřil opatrně.\n"},
	{"ru cp1251", charmap.Windows1251, "Правительство в четверг объявило, что переговоры о пошлинах продолжатся в декабре. Министр иностранных дел высказался осторожно.\n"},
	{"ru koi8-r", charmap.KOI8R, "Правительство в четверг объявило, что переговоры о пошлинах продолжатся в декабре. Министр иностранных дел высказался осторожно.\n"},
	{"uk cp1251", charmap.Windows1251, "Уряд у четвер оголосив, що переговори щодо мит продовжаться у грудні. Міністр закордонних справ висловився обережно.\n"},
	{"el cp1253", charmap.Windows1253, "Η κυβέρνηση ανακοίνωσε την Πέμπτη ότι οι διαπραγματεύσεις για τους δασμούς θα συνεχιστούν τον Δεκέμβριο.\n"},
	{"tr cp1254", charmap.Windows1254, "Hükümet perşembe günü gümrük vergileri konusundaki görüşmelerin aralık ayında devam edeceğini açıkladı. Dışişleri bakanı temkinli konuştu.\n"},
	{"he cp1255", charmap.Windows1255, "הממשלה הודיעה ביום חמישי כי השיחות על המכסים יימשכו בדצמבר. שר החוץ התבטא בזהירות.\n"},
	{"ar cp1256", charmap.Windows1256, "أعلنت الحكومة يوم الخميس أن المحادثات بشأن الرسوم الجمركية ستستمر في ديسمبر. وتحدث وزير الخارجية بحذر.\n"},
	{"ja shift_jis", japanese.ShiftJIS, "政府は木曜日、関税をめぐる協議を12月に継続すると発表した。外相は慎重な姿勢を示した。\n"},
	{"ja euc-jp", japanese.EUCJP, "政府は木曜日、関税をめぐる協議を12月に継続すると発表した。外相は慎重な姿勢を示した。\n"},
	{"zh gbk", simplifiedchinese.GBK, "政府周四宣布，有关关税的谈判将于十二月继续进行。外交部长表态谨慎。\n"},
	{"zh big5", traditionalchinese.Big5, "政府週四宣布，有關關稅的談判將於十二月繼續進行。外交部長表態謹慎。\n"},
	{"ko euc-kr", korean.EUCKR, "정부는 목요일 관세 협상이 12월에 계속될 것이라고 발표했다. 외교부 장관은 신중한 입장을 보였다.\n"},
}

func TestLegacyCharsetsByLanguage(t *testing.T) {
	for _, s := range samples {
		t.Run(s.lang, func(t *testing.T) {
			b, err := s.enc.NewEncoder().Bytes([]byte(s.text))
			if err != nil {
				t.Fatal(err)
			}
			d, err := DecodeText(b)
			if err != nil {
				t.Fatalf("refused: %v", err)
			}
			if d.Text() != s.text {
				t.Errorf("decoded as %s: %q", d.Charset, d.Text())
			}
		})
	}
}

// Short texts give detection almost nothing to go on; the common cases
// must still come out right.
func TestShortTexts(t *testing.T) {
	for _, c := range []struct {
		enc  encoding.Encoding
		text string
	}{
		{charmap.Windows1251, "Москва\n"},
		{charmap.Windows1251, "Привет, мир!\n"},
		{japanese.ShiftJIS, "こんにちは\n"},
		{charmap.Windows1252, "café\n"},
		{charmap.Windows1252, "Größe\n"},
	} {
		b, _ := c.enc.NewEncoder().Bytes([]byte(c.text))
		d, err := DecodeText(b)
		if err != nil || d.Text() != c.text {
			t.Errorf("%q: got %q (%s) %v", c.text, d.Text(), d.Charset, err)
		}
	}
}
