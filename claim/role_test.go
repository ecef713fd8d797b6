package claim

import (
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"crossread"
	"crossread/timex"
)

func TestTitleBefore(t *testing.T) {
	for _, c := range []struct {
		text, name, want string
		quals            []string
	}{
		{"\"We agree,\" Norwegian Foreign Minister Ingrid Solberg said.", "Ingrid Solberg", "Norwegian Foreign Minister", []string{"foreign"}},
		{"said regional transport minister Petra Vogt, who visited.", "Petra Vogt", "regional transport minister", []string{"transport"}},
		{"Governor Ellen Marsh declared an emergency.", "Ellen Marsh", "Governor", nil},
		{"Norway's foreign minister, Ingrid Solberg, said so.", "Ingrid Solberg", "", nil},
		{"The talks, said Ingrid Solberg, went well.", "Ingrid Solberg", "", nil},
	} {
		tl, ok := titleBefore(c.text, strings.Index(c.text, c.name), "a")
		if c.want == "" {
			if ok {
				t.Errorf("titleBefore(%q) = %q, want none", c.text, tl.text)
			}
			continue
		}
		if !ok || tl.text != c.want || !reflect.DeepEqual(tl.quals, c.quals) {
			t.Errorf("titleBefore(%q) = %q %v %v, want %q %v", c.text, tl.text, tl.quals, ok, c.want, c.quals)
		}
	}
}

func TestTitleAfter(t *testing.T) {
	for _, c := range []struct{ text, name, want string }{
		{"\"They are tired,\" Samuel Okoro, the interior minister, told reporters.", "Samuel Okoro", "interior minister"},
		{"Ingrid Solberg, Norway's foreign minister, said so.", "Ingrid Solberg", "Norway's foreign minister"},
		{"Ingrid Solberg, who spoke first, said so.", "Ingrid Solberg", ""},
	} {
		i := strings.Index(c.text, c.name)
		tl, ok := titleAfter(c.text, i+len(c.name), "a")
		if got := map[bool]string{true: tl.text, false: ""}[ok]; got != c.want {
			t.Errorf("titleAfter(%q) = %q, want %q", c.text, got, c.want)
		}
	}
}

func TestAnalyze_RoleGivenTwoWays(t *testing.T) {
	person := func(d *crossread.Doc, name string) crossread.Entity {
		mention(d, name, crossread.PERSON)
		return crossread.Entity{Name: name, Type: crossread.PERSON, Spans: d.Mentions[len(d.Mentions)-1:]}
	}
	a := doc("a", "X", "Five nations signed the pact on Thursday. Norwegian Foreign Minister Ingrid Solberg said the Arctic was changing.")
	b := doc("b", "Y", "The pact was signed on Thursday. Defence Minister Ingrid Solberg said the Arctic was changing fast.")
	c := doc("c", "Z", "The pact was signed on Thursday in Tromso. Foreign Minister Ingrid Solberg hailed it.")
	ea, eb, ec := person(a, "Ingrid Solberg"), person(b, "Ingrid Solberg"), person(c, "Ingrid Solberg")
	e := crossread.Entity{Name: "Ingrid Solberg", Type: crossread.PERSON, Spans: append(append(ea.Spans, eb.Spans...), ec.Spans...)}
	var got []string
	for _, d := range Analyze([]*crossread.Doc{a, b, c}, []crossread.Entity{e}).Discrepancies {
		if d.Kind != KindRole {
			continue
		}
		var vs []string
		for _, v := range d.Variants {
			vs = append(vs, v.Value+" "+strings.Join(sorted(v.ArticleIDs), ","))
		}
		got = append(got, d.About+": "+strings.Join(vs, " · "))
	}
	want := []string{"role of Ingrid Solberg: Norwegian Foreign Minister a,c · Defence Minister b"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("role lines %q, want %q", got, want)
	}
}

func TestAnalyze_JournalNamedTwoWays(t *testing.T) {
	docs := []*crossread.Doc{
		doc("a", "X", "A daily walk cut the risk of heart attack by 25%, researchers reported in the journal JAMA on Monday."),
		doc("b", "Y", "Walking daily lowered the risk of heart attack, according to a study published on Monday in The Lancet."),
		doc("c", "Z", "The study, published in The Lancet, followed 12,000 adults."),
		doc("d", "W", "The findings were first reported in The Daily Courier, a local paper, last week."),
	}
	var got []string
	for _, d := range Analyze(docs, nil).Discrepancies {
		if d.Kind != KindJournal {
			continue
		}
		var vs []string
		for _, v := range d.Variants {
			vs = append(vs, v.Value+" "+strings.Join(sorted(v.ArticleIDs), ","))
		}
		got = append(got, strings.Join(vs, " · "))
	}
	// (a newspaper that first told of findings is no journal: no study
	// word in its sentence)
	want := []string{"JAMA a · The Lancet b,c"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("journal lines %q, want %q", got, want)
	}
}

func TestMagnitudeOf(t *testing.T) {
	for _, c := range []struct {
		s, figure string
		want      bool
	}{
		{"A magnitude 6.4 earthquake struck the south on Sunday.", "6.4", true},
		{"The 6.1-magnitude quake struck Qeshm island.", "6.1", true},
		{"Un sismo de 6,2 grados golpeó el sur de Perú.", "6,2", true},
		{"An earthquake measuring 5.6 on the Richter scale jolted the island.", "5.6", true},
		{"Temperatures rose 6.2 degrees overnight.", "6.2", false},
		{"The quake killed 6 people on Sunday.", "6", false},
	} {
		// (the figure as the number stage reads it, decimal commas too)
		i := strings.Index(c.s, c.figure)
		q := Quantity{Start: i, End: i + len(c.figure), Text: c.figure, Value: strings.Replace(c.figure, ",", ".", 1), Kind: "count"}
		got := magnitudeOf(c.s, q)
		if got != c.want {
			t.Errorf("magnitudeOf(%q, %q) = %v, want %v", c.s, c.figure, got, c.want)
		}
	}
}

func TestAnalyze_AircraftNamedTwoWays(t *testing.T) {
	docs := []*crossread.Doc{
		doc("a", "X", "The Boeing 737-800, operated by Nordair, lost contact at 2:15 p.m."),
		doc("b", "Y", "A Nordair Airbus A320 with 133 passengers and crew crashed in the mountains."),
		doc("c", "Z", "Nordair flight NA417, a Boeing 737, crashed in the mountains on Sunday."),
	}
	var got []string
	for _, d := range Analyze(docs, nil).Discrepancies {
		if d.Kind != KindAircraft {
			continue
		}
		for _, v := range d.Variants {
			got = append(got, v.Value+" "+strings.Join(sorted(v.ArticleIDs), ","))
		}
	}
	// ("Boeing 737" and "Boeing 737-800" are one model told more or less
	// precisely)
	if want := []string{"Boeing 737-800 a,c", "Airbus A320 b"}; !reflect.DeepEqual(got, want) {
		t.Errorf("aircraft variants %q, want %q", got, want)
	}
}

// "took 54 seats and the Greens 21": the 21 counts the Greens' seats, no
// name's number ("Internet Explorer 9").
func TestEllipticalCountIsAFigure(t *testing.T) {
	var got []string
	for _, q := range Quantities("The centre-right Alliance took 54 seats and the Greens 21.") {
		got = append(got, q.Text)
	}
	if !reflect.DeepEqual(got, []string{"54", "21"}) {
		t.Errorf("quantities %q, want 54 and 21", got)
	}
	for _, q := range Quantities("The flaw affects Internet Explorer 9 and Windows 7.") {
		t.Errorf("a name's number read as a figure: %q", q.Text)
	}
}

// A Spanish story's event day is compared as an English one's is.
func TestAnalyze_SpanishEventDay(t *testing.T) {
	ref := time.Date(2027, 3, 15, 12, 0, 0, 0, time.UTC)
	spanish := func(id, text string) *crossread.Doc {
		d := doc(id, id, text)
		d.Article.Language = "es"
		d.Times = timex.ExtractIn(id, text, ref, "es")
		return d
	}
	docs := []*crossread.Doc{
		spanish("a", "El ministro de Salud dimitió el martes tras el escándalo de los contratos en Lima."),
		spanish("b", "El ministro de Salud renunció el miércoles por el escándalo de los contratos en Lima."),
	}
	var about []string
	for _, d := range Analyze(docs, nil).Discrepancies {
		about = append(about, d.About)
	}
	if !reflect.DeepEqual(about, []string{"date of the resignation"}) {
		t.Errorf("discrepancies %q, want the resignation's date", about)
	}
}

func TestYearRangeOf(t *testing.T) {
	for _, c := range []struct{ s, year, want string }{
		{"The recall covers Ranger models built between 2022 and 2025.", "2022", "first year covered"},
		{"The recall covers Ranger models built between 2022 and 2025.", "2025", "last year covered"},
		{"The recall affects vehicles made from 2021 to 2025.", "2021", "first year covered"},
		{"He served in 2010 and left in 2014.", "2010", ""},
	} {
		qs := Quantities(c.s)
		got := ""
		for _, q := range qs {
			if q.Text == c.year {
				got, _ = yearRangeOf(c.s, qs, q)
			}
		}
		if got != c.want {
			t.Errorf("yearRangeOf(%q, %s) = %q, want %q", c.s, c.year, got, c.want)
		}
	}
}

// The other languages write an office before a name, set off by a comma;
// its portfolio's words and a rank are its qualifiers.
func TestOfficeBeforeIn(t *testing.T) {
	for _, c := range []struct {
		text, name, want string
		quals            []string
	}{
		{"declarou o secretário de Justiça e Direitos Humanos, Aldo Menezes Frota, que acompanhou", "Aldo Menezes Frota", "secretário de Justiça e Direitos Humanos", []string{"justica", "direitos", "humanos"}},
		{"El subsecretario de Agricultura del gobierno estatal, Raúl Esparza Montemayor, detalló", "Raúl Esparza Montemayor", "subsecretario de Agricultura del gobierno estatal", []string{"sub", "agricultura"}},
		{"dijo el ministro de Defensa, Jorge Salas, en Lima", "Jorge Salas", "ministro de Defensa", []string{"defensa"}},
		{"Según el ministro, Jorge Salas, la cifra subirá", "Jorge Salas", "", nil},
		{"Il sindaco di Roma, Marco Bassi, ha detto", "Marco Bassi", "", nil},
	} {
		tl, ok := officeBeforeIn(c.text, strings.Index(c.text, c.name), "a")
		if c.want == "" {
			if ok {
				t.Errorf("officeBeforeIn(%q) = %q, want none", c.text, tl.text)
			}
			continue
		}
		if !ok || tl.text != c.want || !reflect.DeepEqual(tl.quals, c.quals) {
			t.Errorf("officeBeforeIn(%q) = %q %q, want %q %q", c.text, tl.text, tl.quals, c.want, c.quals)
		}
	}
}

// A title set after the name with a rank the other's lacks is another
// post ("district president" · "district vice-president"); a title
// before a name may be a past one, and is not so compared.
func TestAnalyze_RankGivenTwoWays(t *testing.T) {
	roles := func(x, y *crossread.Doc, name string) []string {
		mention(x, name, crossread.PERSON)
		mention(y, name, crossread.PERSON)
		e := crossread.Entity{Name: name, Type: crossread.PERSON, Spans: append(slices.Clone(x.Mentions), y.Mentions...)}
		var got []string
		for _, d := range Analyze([]*crossread.Doc{x, y}, []crossread.Entity{e}).Discrepancies {
			if d.Kind == KindRole {
				got = append(got, d.About)
			}
		}
		return got
	}
	a := doc("a", "X", "Stephen Kuiper, district president of the CFMEU Mining and Energy Division in Queensland, said workers had raised concerns.")
	b := doc("b", "Y", "Stephen Kuiper, the CFMEU Mining and Energy district vice-president, said the union's inspectors were on site.")
	if got := roles(a, b, "Stephen Kuiper"); !reflect.DeepEqual(got, []string{"role of Stephen Kuiper"}) {
		t.Errorf("role lines = %q", got)
	}
	c := doc("c", "X", "Former Vice President Joe Biden spoke in Delaware on Monday about the economy.")
	d := doc("d", "Y", "President Joe Biden spoke in Delaware on Monday about the economy.")
	if got := roles(c, d, "Joe Biden"); len(got) > 0 {
		t.Errorf("a past title set against a present one: %q", got)
	}
}

// A rank before a name, in whatever language: "o capitão" · "o tenente"
// is one officer given two ranks; "Captain" · "capitán" is one rank.
func TestAnalyze_MilitaryRankGivenTwoWays(t *testing.T) {
	for _, c := range []struct {
		a, b string
		want bool
	}{
		{"De acordo com o capitão Ederson Lacerda, as equipes usaram roupas de proteção.", "Segundo o tenente Ederson Lacerda, 1,2 mil trabalhadores deixaram o prédio.", true},
		{"Captain Ederson Lacerda said the crews wore protective suits.", "Según el capitán Ederson Lacerda, los equipos usaron trajes.", false},
		{"Lo explicó el capitán Ederson Lacerda, jefe de la Tenencia.", "El reporte fue entregado por el mayor Ederson Lacerda, de la Tenencia.", true},
	} {
		a, b := doc("a", "X", c.a), doc("b", "Y", c.b)
		mention(a, "Ederson Lacerda", crossread.PERSON)
		mention(b, "Ederson Lacerda", crossread.PERSON)
		e := crossread.Entity{Name: "Ederson Lacerda", Type: crossread.PERSON, Spans: append(slices.Clone(a.Mentions), b.Mentions...)}
		got := false
		for _, d := range Analyze([]*crossread.Doc{a, b}, []crossread.Entity{e}).Discrepancies {
			got = got || d.Kind == KindRole
		}
		if got != c.want {
			t.Errorf("%q · %q: role line %v, want %v", c.a, c.b, got, c.want)
		}
	}
}

// A body's initials are its name: "presidente do SRPC" is the same
// office as "presidente do Serviço Regional de Proteção Civil".
func TestInitialsOf(t *testing.T) {
	if !initialsOf([]string{"srpc"}, []string{"servico", "regional", "protecao", "civil"}) {
		t.Error("srpc should be the initials of servico regional protecao civil")
	}
	if initialsOf([]string{"foreign"}, []string{"finance"}) || initialsOf([]string{"fm"}, []string{"foreign", "minister", "office"}) {
		t.Error("initials matched words that are not them")
	}
}
