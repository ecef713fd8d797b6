package extract

import (
	"regexp"
	"strconv"
	"strings"
	"time"

	"crossread"
)

var (
	isoDate = regexp.MustCompile(`(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[T ]+(\d{1,2}):(\d{2})(?::(\d{2}))?(?:[.,]\d+)?\s*(Z|[+-]\d{2}:?\d{2}|UTC|GMT)?)?`)
	// "September 4, 2025", "Sep. 4th 2025"
	mdyDate = regexp.MustCompile(`(?i)\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b`)
	// "4 September 2025", "04 Sep 2025"
	dmyDate = regexp.MustCompile(`(?i)\b(\d{1,2})(?:st|nd|rd|th)?\.?\s+(?:of\s+)?(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?,?\s+(\d{4})\b`)
	// "4 septiembre 2025", "4. März 2025", "4 de agosto de 2025", "7 de mayo del 2022",
	// "04-ago-2021", "04-Aug-2021": the month word is checked against
	// monthWords.
	wordDMYDate = regexp.MustCompile(`(?i)\b(\d{1,2})\.?(?:\s+(?:de\s+)?|-)(\pL{3,12})\.?(?:,?\s+(?:del?\s+)?|-)(\d{4})\b`)
	// "2025 Sep 4", as bibliographic metadata writes it
	ymdDate = regexp.MustCompile(`(?i)^((?:19|20)\d{2})\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+(\d{1,2})\b`)
	// compact "20250904" only where a whole value is just that
	compactDate = regexp.MustCompile(`^(\d{4})(\d{2})(\d{2})$`)
	// /2025/09/04/: with slashes the day is a path segment of its own
	// (or the last one, or a file name such as 04.html): in
	// /2025/09/3-things-to-know the 3 begins the slug, and the address
	// names only the month.
	urlDateSlashed = regexp.MustCompile(`/((?:19|20)\d{2})/(\d{1,2})/(\d{1,2})(?:[/?#]|\.\w+(?:[/?#]|$)|$)`)
	// /2025-09-04-slug: one token written as a date; what follows the
	// day is the slug or a time.
	urlDateDashed = regexp.MustCompile(`/((?:19|20)\d{2})-(\d{1,2})-(\d{1,2})(?:[^\d]|$)`)
	urlDateFlat   = regexp.MustCompile(`/((?:19|20)\d{2})(\d{2})(\d{2})/`)
)

var monthNames = map[string]time.Month{
	"jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8,
	"sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}

// monthWords are month names and their usual abbreviations for dates
// written day first, "4 septiembre 2025", "04-ago-2021", "15 августа 2016":
// English and the languages of western Europe (Spanish, French, German,
// Italian, Portuguese, Dutch, the Scandinavian ones), and Russian,
// Ukrainian, Polish, Czech, Turkish and Arabic. Slavic languages write the
// day's month in the genitive ("августа", "października", "srpna"), so
// both that form and the plain name are listed.
var monthWords = func() map[string]time.Month {
	names := [12]string{
		"january jan enero ene janvier janv januar jän jänner gennaio gen janeiro januari " +
			"январь января янв січень січня styczeń stycznia sty leden ledna ocak يناير",
		"february feb febrero février févr fevrier fevr februar febbraio fevereiro fev februari " +
			"февраль февраля фев лютий лютого luty lutego lut únor února şubat subat فبراير",
		"march mar marzo mars märz mär maerz março marco maart mrt " +
			"март марта березень березня marzec marca březen března mart مارس",
		"april apr abril abr avril avr aprile " +
			"апрель апреля апр квітень квітня kwiecień kwietnia kwi duben dubna nisan أبريل إبريل ابريل",
		"may mayo mai maggio mag maio mei maj " +
			"май мая травень травня maja květen května mayıs mayis مايو",
		"june jun junio juin juni giugno giu junho " +
			"июнь июня червень червня czerwiec czerwca cze červen června haziran يونيو",
		"july jul julio juillet juil juli luglio lug julho " +
			"июль июля липень липня lipiec lipca lip červenec července temmuz يوليو",
		"august aug agosto ago août aout augustus augusti " +
			"август августа авг серпень серпня sierpień sierpnia srpen srpna ağustos agustos أغسطس",
		"september sep sept septiembre setiembre set septembre settembre setembro " +
			"сентябрь сентября сен вересень вересня wrzesień września wrz září eylül eylul سبتمبر",
		"october oct octubre octobre oktober okt ottobre ott outubro out " +
			"октябрь октября окт жовтень жовтня październik października paź říjen října ekim أكتوبر اكتوبر",
		"november nov noviembre novembre novembro " +
			"ноябрь ноября листопад листопада listopad listopada lis listopadu kasım kasim نوفمبر",
		"december dec diciembre dic décembre déc decembre dezember dez dicembre dezembro desember " +
			"декабрь декабря дек грудень грудня grudzień grudnia gru prosinec prosince aralık aralik ديسمبر",
	}
	m := map[string]time.Month{}
	for i, ws := range names {
		for _, w := range strings.Fields(ws) {
			m[w] = time.Month(i + 1)
		}
	}
	return m
}()

// wordDMY reads the first day-month-year date in s whose month word is a
// month's name; start and end say where it is.
func wordDMY(s string) (ts crossread.Timestamp, start, end int, ok bool) {
	for _, m := range wordDMYDate.FindAllStringSubmatchIndex(s, 4) {
		mo, known := monthWords[strings.ToLower(s[m[4]:m[5]])]
		if !known {
			continue
		}
		if ts, ok := dateOf(atoi(s[m[6]:m[7]]), mo, atoi(s[m[2]:m[3]])); ok {
			return ts, m[0], m[1], true
		}
	}
	return crossread.Timestamp{}, 0, 0, false
}

// parseDate reads the first date in s: ISO 8601 and its common variants
// (with the time and zone when given), month-name dates (English, and
// day first in other western European languages), a bibliographic "2025 Sep 4" or a compact YYYYMMDD. The day is kept as
// written: a time with an offset stays in that offset.
func parseDate(s string) (crossread.Timestamp, bool) {
	s = strings.TrimSpace(s)
	if s == "" {
		return crossread.Timestamp{}, false
	}
	if m := isoDate.FindStringSubmatch(s); m != nil {
		y, mo, d := atoi(m[1]), atoi(m[2]), atoi(m[3])
		if !validDay(y, mo, d) {
			return crossread.Timestamp{}, false
		}
		if m[4] == "" {
			return crossread.Date(y, time.Month(mo), d), true
		}
		loc := time.UTC
		switch z := m[7]; {
		case z == "" || z == "Z" || z == "UTC" || z == "GMT":
		default:
			z = strings.ReplaceAll(z, ":", "")
			off := atoi(z[1:3])*3600 + atoi(z[3:5])*60
			if z[0] == '-' {
				off = -off
			}
			loc = time.FixedZone("", off)
		}
		h, mi, sec := atoi(m[4]), atoi(m[5]), atoi(m[6])
		if h > 23 || mi > 59 || sec > 60 {
			return crossread.Date(y, time.Month(mo), d), true
		}
		return crossread.Timestamp{Time: time.Date(y, time.Month(mo), d, h, mi, sec, 0, loc), HasClock: true}, true
	}
	if m := mdyDate.FindStringSubmatch(s); m != nil {
		if ts, ok := dateOf(atoi(m[3]), monthNames[strings.ToLower(m[1])], atoi(m[2])); ok {
			return ts, true
		}
	}
	if m := dmyDate.FindStringSubmatch(s); m != nil {
		if ts, ok := dateOf(atoi(m[3]), monthNames[strings.ToLower(m[2])], atoi(m[1])); ok {
			return ts, true
		}
	}
	if ts, _, _, ok := wordDMY(s); ok {
		return ts, true
	}
	if m := ymdDate.FindStringSubmatch(s); m != nil {
		if ts, ok := dateOf(atoi(m[1]), monthNames[strings.ToLower(m[2])], atoi(m[3])); ok {
			return ts, true
		}
	}
	if m := compactDate.FindStringSubmatch(s); m != nil {
		if ts, ok := dateOf(atoi(m[1]), time.Month(atoi(m[2])), atoi(m[3])); ok {
			return ts, true
		}
	}
	return crossread.Timestamp{}, false
}

// dateFromURL reads /2025/09/04/, /2025-09-04-slug or /20250904/ style
// paths.
func dateFromURL(u string) (crossread.Timestamp, bool) {
	for _, re := range []*regexp.Regexp{urlDateSlashed, urlDateDashed} {
		if m := re.FindStringSubmatch(u); m != nil {
			return dateOf(atoi(m[1]), time.Month(atoi(m[2])), atoi(m[3]))
		}
	}
	if m := urlDateFlat.FindStringSubmatch(u); m != nil {
		return dateOf(atoi(m[1]), time.Month(atoi(m[2])), atoi(m[3]))
	}
	return crossread.Timestamp{}, false
}

func dateOf(y int, mo time.Month, d int) (crossread.Timestamp, bool) {
	if !validDay(y, int(mo), d) {
		return crossread.Timestamp{}, false
	}
	return crossread.Date(y, mo, d), true
}

func validDay(y, mo, d int) bool {
	if y < 1990 || y > 2100 || mo < 1 || mo > 12 || d < 1 {
		return false
	}
	return d <= time.Date(y, time.Month(mo)+1, 0, 0, 0, 0, 0, time.UTC).Day()
}

func atoi(s string) int {
	n, _ := strconv.Atoi(s)
	return n
}
