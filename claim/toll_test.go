package claim

import (
	"reflect"
	"strings"
	"testing"
	"time"

	"crossread"
)

func tollsOf(r Result) map[string]map[string][]string {
	out := map[string]map[string][]string{}
	for _, d := range r.Discrepancies {
		if d.Kind != KindToll {
			continue
		}
		out[d.About] = map[string][]string{}
		for _, v := range d.Variants {
			out[d.About][v.Value] = sorted(v.ArticleIDs)
		}
	}
	return out
}

func TestAnalyze_TollsGivenDifferently(t *testing.T) {
	// sentences too unlike each other for the quantity pass to pair: the
	// toll words say the figures count the same people
	docs := []*crossread.Doc{
		doc("a", "Harbour Times", "The death toll from the landslide in the northern hills has risen to 9, officials said on Friday. "+
			"Some 1,200 residents have been evacuated since the slope gave way."),
		doc("b", "Valley Post", "Rescuers searched for two people still missing after the landslide that killed 11 people in the northern hills. "+
			"About 1,600 people left their homes, the regional authority said."),
		doc("c", "Coast Wire", "At least 11 people have died after a landslide buried part of a village in the northern hills. "+
			"The regional authority said 1,600 people had been displaced and 25 injured."),
	}
	got := tollsOf(Analyze(docs, nil))
	want := map[string]map[string][]string{
		"death toll":             {"9": {"a"}, "11": {"b", "c"}},
		"displaced or evacuated": {"1,200": {"a"}, "1,600": {"b", "c"}},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("tolls = %v, want %v", got, want)
	}
	// the disputed figure is no exclusive of its source
	for _, s := range Analyze(docs, nil).SingleSource {
		if s.Detail == "9" || s.Detail == "1,200 residents" {
			t.Errorf("Only reported by lists a disputed figure: %+v", s)
		}
	}
}

// Two outlets' bounds are two tolls reported: a reader wants both.
func TestAnalyze_TollBoundsGivenDifferently(t *testing.T) {
	docs := []*crossread.Doc{
		doc("a", "X", "At least nine people were killed when the quake hit the south on Sunday."),
		doc("b", "Y", "The quake that hit the south on Sunday killed at least 11 people, authorities said."),
		doc("c", "Z", "At least nine people have died after a powerful earthquake struck the south, officials say."),
	}
	got := tollsOf(Analyze(docs, nil))
	want := map[string]map[string][]string{"death toll": {"nine": {"a", "c"}, "11": {"b"}}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("tolls = %v, want %v", got, want)
	}
}

func TestAnalyze_TollsThatCanAllBeRight(t *testing.T) {
	cases := map[string][]*crossread.Doc{
		"rough figures close to each other": {
			doc("a", "X", "About 2,000 people were evacuated from the coast before the storm."),
			doc("b", "Y", "Some 2,100 residents were evacuated from the coast ahead of the storm."),
		},
		"a part of the count": {
			doc("a", "X", "The storm killed 14 people on the coast, the coastguard said."),
			doc("b", "Y", "Six children were killed when the storm hit the coast, the coastguard said."),
		},
		"a change, not a toll": {
			doc("a", "X", "The storm killed 14 people on the coast, the coastguard said."),
			doc("b", "Y", "The number of people the storm killed on the coast rose by 3 overnight, the coastguard said."),
		},
		"one source updating its own figure": {
			doc("a", "X", "The storm killed 14 people on the coast. Earlier the coastguard had said 12 people were killed."),
			doc("b", "Y", "The storm that hit the coast killed 12 people, the coastguard said."),
		},
		"another year's event": {
			doc("a", "X", "The storm killed 14 people on the coast, the coastguard said."),
			doc("b", "Y", "A similar storm killed 30 people on the coast in 1999, the coastguard said."),
		},
		"figures of different magnitude": {
			doc("a", "X", "The war left more than 200 people dead on both sides of the border."),
			doc("b", "Y", "Rockets killed a dozen people living near the border since the war began."),
		},
		"two games' scores": {
			doc("a", "X", "The strong safety was injured during the 13-10 overtime loss to the Atlanta Falcons last Sunday."),
			doc("b", "Y", "He missed games against San Diego, Atlanta and Green Bay after getting injured in the 30-7 Oct. 19 loss at Carolina."),
		},
		"not people": {
			doc("a", "X", "The storm destroyed 14 homes on the coast, and killed livestock."),
			doc("b", "Y", "The storm destroyed 30 homes on the coast, and killed livestock, the coastguard said."),
		},
	}
	places := []*crossread.Doc{
		doc("a", "X", "Overnight strikes killed 5 people in Marvik, the regional governor said."),
		doc("b", "Y", "Drones killed 3 people in Tessaly overnight, the regional governor said."),
	}
	mention(places[0], "Marvik", crossread.LOC)
	mention(places[1], "Tessaly", crossread.LOC)
	cases["different places"] = places
	for name, docs := range cases {
		t.Run(name, func(t *testing.T) {
			if got := tollsOf(Analyze(docs, nil)); len(got) != 0 {
				t.Errorf("tolls = %v, want none", got)
			}
		})
	}
}

func TestTollOf(t *testing.T) {
	for _, c := range []struct {
		s, figure string
		toll      string
		bound     int
	}{
		{"At least 14 people have died after the river burst its banks.", "14", "death toll", 1},
		// ages, parts, earlier counts; a toll that rose, past a road's dash
		{"The youngest of those killed was a teenager aged 17 from Nuneaton.", "17", "", 0},
		{"The youngest of the dead was a girl of 17.", "17", "", 0},
		{"Bei den Toten handelt es sich um Männer im Alter von 29, 47 und 58 Jahren.", "29", "", 0},
		{"The number of people who died when the MV Princess Amihan went down off Allen, Northern Samar, has risen to 19 after divers recovered five more bodies.", "19", "death toll", 0},
		{"The tanker and a container ship collided in fog, injuring 4 sailors and spilling oil.", "4", "injured", 0},
		{"2 delle vittime sono state estratte dalle macerie.", "2", "", 0},
		{"Ai 4 morti accertati nelle prime ore si sono aggiunti nel pomeriggio altri due.", "4", "", 0},
		{"La cifra de muertos en la carretera Coroico–Caranavi ascendió a 25, confirmó la Fiscalía.", "25", "death toll", 0},
		{"O número de mortos no deslizamento chegou a 11 nesta terça-feira.", "11", "death toll", 0},
		{"El número de víctimas mortales de la explosión en Malambo (Atlántico) ascendió a 9, informaron fuentes médicas.", "9", "death toll", 0},
		{"La Guardia costiera ha recuperato altri 6 corpi nelle ultime ore.", "6", "", 0},
		{"A fire ripped through the refinery, sending 7 workers to the hospital.", "7", "injured", 0},
		{"SAINT-AURÈLE – 14 enfants ont été transportés à l'hôpital, mardi matin.", "14", "injured", 0},
		{"Negen mensen werden naar het ziekenhuis gebracht, 4 daarvan met brandwonden.", "4", "", 0},
		{"Floods that killed 14 people swept the town.", "14", "death toll", 0},
		{"A crane operator was killed and 4 other port workers were injured when the crane fell.", "4", "injured", 0},
		{"A crane operator was killed and 2 other workers died later in hospital.", "2", "", 0},
		{"7 Personen erlitten eine Rauchvergiftung und wurden ins Spital gebracht.", "7", "injured", 0},
		{"Inmiddels zijn 31 mensen ziek geworden door de bacterie.", "31", "cases", 0},
		{"Sugli spalti, secondo i dati della società, c'erano 8900 persone.", "8900", "attendance", 0},
		{"9 other people were hurt in the accident, which happened at dawn.", "9", "injured", 0},
		{"2 bemanningsleden liepen een rookvergiftiging op en werden overgebracht.", "2", "injured", 0},
		{"Le bilan est de 4 morts, et 5 hommes manquent toujours à l'appel.", "5", "missing", 0},
		{"4 mineurs ont été tués dans l'explosion.", "4", "death toll", 0},
		{"Medical staff attended to 9 spectators, mostly for falls.", "9", "", 0},
		{"Bei dem Brand sind in der Nacht 31 Tiere ums Leben gekommen.", "31", "animals killed", 0},
		{"Die Zahl der getöteten Tiere ist auf mehr als 40 gestiegen.", "40", "animals killed", 1},
		{"Roughly 64,000 spectators waited in the stands.", "64,000", "attendance", 0},
		{"Bis Montagmittag meldete die Behörde 87 Erkrankte.", "87", "cases", 0},
		{"23 Patientinnen und Patienten mussten stationär aufgenommen werden.", "23", "hospitalized", 0},
		// the injured who died; a line's number inside what rose; a compound's head; Dutch "overleden"
		{"La cifra llegó a 11, luego de que 2 lesionados fallecieran durante la madrugada.", "2", "", 0},
		{"En el choque hubo 15 heridos y 2 murieron después.", "15", "injured", 0},
		{"El número de personas lesionadas en el descarrilamiento ocurrido el miércoles en la Línea 4 del Metro aumentó a 31, informó el ministerio.", "31", "injured", 0},
		{"Het aantal bevestigde dengue-infecties in het land is sinds begin april opgelopen tot 412.", "412", "cases", 0},
		{"Sinds april zijn 3 mensen aan de ziekte overleden.", "3", "death toll", 0},
		{"The death toll from the floods has risen to 12, officials said.", "12", "death toll", 0},
		{"The quake left 300 injured and 40 dead.", "300", "injured", 0},
		{"The quake left 300 injured and 40 dead.", "40", "death toll", 0},
		{"Three people remain missing near the village.", "Three", "missing", 0},
		{"At least 41 people drowned when the boat capsized.", "41", "death toll", 1},
		{"Arvania will impose tariffs of 25% from April 1.", "25%", "", 0},
		{"Twelve foreign aid workers held hostage for 40 days were released on Wednesday.", "Twelve", "hostages", 0},
		{"Eleven aid workers kidnapped in the north have been freed.", "Eleven", "hostages", 0},
		{"A man who seized six people at a bank gave himself up to police.", "six", "hostages", 0},
		{"Two out of three victims were over 80.", "Two", "", 0},
		{"A fourth person has died after the crash, police said.", "fourth", "death toll", 0},
		{"Customs officers seized 300 kilograms of cocaine, officials said.", "300", "", 0},
		{"Twelve police cars were damaged in the riot.", "Twelve", "", 0},
		{"They won 3-1 in front of a crowd of 48,500 at the Riverside Stadium.", "48,500", "attendance", 0},
		{"Harbor City beat Redmont 3-1, watched by 46,000 fans.", "46,000", "attendance", 0},
		{"More than 46,000 fans signed the petition.", "46,000", "", 0},
		{"A passenger jet carrying 132 people crashed in the mountains on Sunday.", "132", "on board", 0},
		{"A jet with 133 passengers and crew crashed in the mountains.", "133", "on board", 0},
		{"A flight carrying 179 passengers and seven crew returned to the airport.", "179", "", 0},
		{"Eleven people were taken to hospital with minor injuries.", "Eleven", "injured", 0},
		{"Three children are in intensive care, the hospital said.", "Three", "in intensive care", 0},
		{"The ferry sank with 40 people on board, the coastguard said.", "40", "on board", 0},
		{"Members voted 87% in favour of the strike.", "87%", "share in favour", 0},
		{"In a ballot, 83% of members backed the walkout.", "83%", "share in favour", 0},
		{"About 83% of members work in the north.", "83%", "", 0},
		{"Nearly 500 people left their homes overnight.", "500", "displaced or evacuated", -1},
		{"The storm destroyed 14 homes.", "14", "", 0},
		{"Two more people died in hospital.", "Two", "", 0},
		// "of them": the people counted, named before; "seriously" makes
		// them the seriously injured, a part of the injured
		{"Four of them were seriously injured.", "Four", "seriously injured", 0},
		{"The firm will close its factory, putting 612 people out of work.", "612", "jobs cut", 0},
		{"I superstiti sono 41, tra cui sei minori.", "41", "rescued or survived", 0},
		{"The woman, one of 4 Australian tourists aboard the helicopter, died overnight.", "4", "", 0},
		{"The woman, one of 12 passengers aboard the helicopter, died overnight.", "12", "on board", 0},
		{"Au total, 530 habitants et vacanciers ont été évacués.", "530", "displaced or evacuated", 0},
		{"There have been 5 confirmed cases among students since the start of term.", "5", "cases", 0},
		{"The number of students diagnosed with meningitis has risen to 6, officials said.", "6", "cases", 0},
		{"Some 2,600 residents and tourists were evacuated overnight.", "2,600", "displaced or evacuated", 2},
		{"Au total, 350 personnes ont dû quitter leur logement.", "350", "displaced or evacuated", 0},
		{"Según Protección Civil, 2 de las personas heridas se encuentran en estado grave.", "2", "", 0},
		{"Au total, 4 employés de l'ONG Santé Nomade (ASN) ont été enlevés mardi.", "4", "hostages", 0},
		{"Le motovedette hanno tratto in salvo 43 persone.", "43", "rescued or survived", 0},
		{"The plant is to close with the loss of 640 jobs.", "640", "jobs cut", 0},
		{"2 d'entre eux ont perdu la vie, selon la police.", "2", "death toll", 0},
		{"Al final, 2 de ellos murieron en el acto.", "2", "death toll", 0},
		{"Au total, 3 personnes ont été retrouvées sans vie dans les décombres.", "3", "death toll", 0},
		{"L'incendie a coûté la vie à 4 personnes.", "4", "death toll", 0},
		{"L'éboulement a tué deux alpinistes d'une cordée de 5 personnes.", "5", "", 0},
		{"Deux skieurs ont été tués par une avalanche qui a surpris un groupe de 5 personnes.", "5", "", 0},
		{"Insgesamt 7 Personen wurden schwer verletzt.", "7", "seriously injured", 0},
		{"The toll rose by 3 overnight.", "3", "", 0},
		// a toll that rose, told with its event's whole name first, or
		// before an insert between commas
		{"The death toll from Tuesday's derailment of the Blue Comet near Ashby Junction climbed to 9 overnight, officials said.", "9", "death toll", 0},
		{"O número de vítimas fatais do desabamento da ponte sobre o rio Sado, entre Alcácer e Grândola, subiu para 6 na manhã desta quarta-feira.", "6", "death toll", 0},
		{"La cifra de víctimas mortales por el accidente del avión ascendió a 16, confirmó la Fiscalía.", "16", "death toll", 0},
		{"La cifra de muertos del motín en el Centro de Rehabilitación Norte N.º 2 ascendió a 34, confirmó el SNAI.", "34", "death toll", 0},
		// a part of the toll, more of it, and inmates as the people counted
		{"Among the dead were 2 people killed when a hillside collapsed onto their home.", "2", "", 0},
		{"Según el mandatario, entre los fallecidos hay 2 menores de edad.", "2", "", 0},
		{"Los agentes encontraron 3 cuerpos más en un ducto de ventilación.", "3", "", 0},
		{"Al menos 31 presos murieron durante el motín.", "31", "death toll", 1},
		{"A freighter crashed into a field, killing all 3 crew members on board.", "3", "death toll", 0},
		{"A bordo viajaban 14 tripulantes, de los cuales nueve fueron rescatados.", "14", "on board", 0},
		{"Un sismo sacudió el sur, causando la muerte de al menos 12 personas.", "12", "death toll", 1},
		{"Neuf personnes ont perdu la vie et 74 autres ont été blessées dimanche soir.", "74", "injured", 0},
		{"Rund 4800 Anwohner mussten ihre Häuser verlassen.", "4800", "displaced or evacuated", 2},
		{"Über 5100 Menschen wurden in Sicherheit gebracht.", "5100", "displaced or evacuated", 1},
		{"Au total, 2500 personnes, résidents et vacanciers, ont dû quitter les lieux dans la soirée.", "2500", "displaced or evacuated", 0},
		{"Een 120-tal bewoners moest zijn woning verlaten.", "120", "displaced or evacuated", 2},
		{"Al menos 2 personas han muerto tras la crecida.", "2", "death toll", 1},
		{"Los heridos, 8 en total, han sido evacuados al hospital.", "8", "injured", 0},
		{"9 mensen liepen verwondingen op.", "9", "injured", 0},
		{"Rund 850 Schülerinnen und Schüler mussten die Klassenräume verlassen.", "850", "displaced or evacuated", 2},
		{"At least 40 people die in floods every year.", "40", "death toll", 1},
		{"La lancha llevaba 16 tripulantes cuando la sorprendió el oleaje.", "16", "on board", 0},
		{"All 4 crew members on board were killed.", "4", "death toll", 0},
		{"Five runners have now lost their lives on the mountain.", "Five", "death toll", 0},
		{"Al menos 3 pacientes murieron en el incendio.", "3", "death toll", 1},
		{"In 14 sono stati ricoverati all'ospedale di Benevento.", "14", "hospitalized", 0},
		// the evacuated, told before them, far after them, or past an insert
		{"Sono state evacuate 150 persone, ospitate in una palestra.", "150", "displaced or evacuated", 0},
		{"Roughly 900 residents of this mining town north of the lake were ordered from their homes before dawn.", "900", "displaced or evacuated", 2},
		{"Più di 700 persone, tra residenti e campeggiatori, sono state fatte allontanare dalle loro case.", "700", "displaced or evacuated", 1},
		// on board "with" them on a journey; the rescued among all aboard
		{"The ferry was travelling from the port to the island with 64 passengers when it capsized.", "64", "on board", 0},
		{"The latest tally showed that 112 passengers and crew were rescued.", "112", "", 0},
		// two counts of one verb, "came down with" an illness
		{"At least 150 passengers and 12 crew members came down with norovirus aboard the ship.", "150", "sickened", 1},
		{"At least 150 passengers and 12 crew members came down with norovirus aboard the ship.", "12", "sickened", 0},
	} {
		var q Quantity
		for _, x := range Quantities(c.s) {
			if x.Text == c.figure {
				q = x
			}
		}
		if q.Text == "" {
			t.Fatalf("%q: no quantity %q in %+v", c.s, c.figure, Quantities(c.s))
		}
		toll, _, bound, ok := tollOf(c.s, q)
		if ok != (c.toll != "") || toll != c.toll || ok && bound != c.bound {
			t.Errorf("tollOf(%q, %q) = %q, bound %d, %v; want %q, bound %d", c.s, c.figure, toll, bound, ok, c.toll, c.bound)
		}
	}
}

func TestTallies(t *testing.T) {
	for _, c := range []struct{ s, want string }{
		{"The court ruled 7-2 that the law breached the constitution.", "7-2"},
		{"Parliament rejected the bill in a 48–52 vote.", "52-48"},
		{"The home side won 3-1 on Sunday.", "3-1"},
		{"Between 10-15 people were hurt in the crash.", ""},
		{"The 2020-21 season ended early.", ""},
		{"Inflation was 3-4% in the quarter, the bank said in its decision.", ""},
		{"She treated 200-300 patients a week.", ""},
		{"The Boeing 737-800 lost contact with the tower.", ""},
		{"The House passed the bill in a 252-175 vote.", "252-175"},
		{"The committee backed the rise by seven votes to two.", "7-2"},
		{"The board voted 5 to 4 to approve the merger.", "5-4"},
		{"The Monetary Policy Board split seven members to two, with the minority favouring a pause.", "7-2"},
		{"Die Entscheidung fiel mit sechs zu zwei Stimmen.", "6-2"},
		{"Le Conseil a tranché par six voix contre trois.", "6-3"},
		{"El tribunal decidió por seis votos contra tres.", "6-3"},
		{"Het voorstel werd met zes tegen drie stemmen aangenomen.", "6-3"},
		{"The motion passed 5 to 4 after a long debate.", ""},
		{"Six of the nine members of the monetary policy committee voted for the rise.", "6-3"},
		{"Prices went from two to three dollars after the vote.", ""},
		{"Two of the three suspects were arrested on Monday.", ""},
	} {
		got := ""
		for _, q := range tallies(c.s) {
			got = q.Value
		}
		if got != c.want {
			t.Errorf("tallies(%q) = %q, want %q", c.s, got, c.want)
		}
	}
}

func TestAnalyze_VoteSplitsGivenDifferently(t *testing.T) {
	docs := []*crossread.Doc{
		doc("a", "Continental Press", "The constitutional court annulled the voter identification law on Tuesday in a 7-2 vote."),
		doc("b", "The Meridian", "The constitutional court threw out the voter identification law in a 6-3 decision on Tuesday."),
		doc("c", "Northern Herald", "The constitutional court struck down the voter identification law, ruling 7-2 that it breached the constitution."),
	}
	got := tollsOf(Analyze(docs, nil))
	want := map[string]map[string][]string{"vote or score": {"7-2": {"a", "c"}, "6-3": {"b"}}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("discrepancies = %v, want %v", got, want)
	}
}

func TestAnalyze_EventDatesGivenDifferently(t *testing.T) {
	ref := time.Date(2026, 6, 2, 12, 0, 0, 0, time.UTC)
	dated := func(id, source, text string) *crossread.Doc { return datedDoc(id, source, text, ref) }
	docs := []*crossread.Doc{
		dated("a", "Continental Press", "The court annulled the law on Tuesday. The general election is set for October 11."),
		dated("b", "The Meridian", "Critics said the law could stop many people from voting in the October 4 election."),
		dated("c", "Northern Herald", "The ruling comes four months before the October 4 general election."),
	}
	r := Analyze(docs, nil)
	var got map[string][]string
	for _, d := range r.Discrepancies {
		if d.About == "date of the election" {
			got = map[string][]string{}
			for _, v := range d.Variants {
				got[v.Value] = sorted(v.ArticleIDs)
			}
		}
	}
	if want := map[string][]string{"October 11": {"a"}, "October 4": {"b", "c"}}; !reflect.DeepEqual(got, want) {
		t.Errorf("date of the election = %v, want %v; all: %+v", got, want, r.Discrepancies)
	}

	for name, docs := range map[string][]*crossread.Doc{
		"two elections": {
			dated("a", "X", "The primary election is set for August 9."),
			dated("b", "Y", "Voters choose a president in the October 4 general election."),
		},
		"a weekday is no written day": {
			dated("a", "X", "The summit will be held on Friday in the capital."),
			dated("b", "Y", "The summit will be held on June 12 in the capital."),
		},
	} {
		for _, d := range Analyze(docs, nil).Discrepancies {
			if strings.HasPrefix(d.About, "date of the") {
				t.Errorf("%s: %+v", name, d)
			}
		}
	}
}

// Sentences naming things, none in common, tell of two scenes: an earlier
// shooting a story recalls is no toll of its own.
func TestAnalyze_TollOfAnotherScene(t *testing.T) {
	docs := []*crossread.Doc{
		doc("a", "X", "In February, a woman opened fire at the University of Alabama, killing three and injuring several others."),
		doc("b", "Y", "The woman who shot three co-workers, killing two, at the Kraft plant in Philadelphia was charged with murder."),
	}
	if got := tollsOf(Analyze(docs, nil)); len(got) != 0 {
		t.Errorf("tolls = %v, want none", got)
	}
}

func TestAnalyze_TollsInOtherLanguages(t *testing.T) {
	for _, c := range []struct{ a, b, c string }{
		{"Los incendios forestales han dejado al menos 51 muertos en la región, según el balance oficial.",
			"Al menos 46 personas murieron en los incendios forestales de la región, informaron las autoridades.",
			"El balance de víctimas de los incendios en la región asciende a 51 muertos, según el servicio médico."},
		{"Les incendies de forêt ont fait au moins 51 morts dans la région, selon le dernier bilan officiel.",
			"Au moins 46 personnes sont mortes dans les incendies de forêt de la région, selon les autorités.",
			"Le bilan des incendies dans la région s'élève à 51 morts, selon les services médicaux."},
		{"Les incendies de forêt dans la région ont tué au moins 51 personnes, selon le dernier bilan officiel.",
			"Au moins 46 personnes sont mortes dans les incendies de forêt de la région, selon les autorités.",
			"Le bilan des incendies dans la région s'élève à 51 décès, selon les services médicaux."},
		{"Die Waldbrände in der Region haben mindestens 51 Tote gefordert, teilten die Behörden mit.",
			"Bei den Waldbränden in der Region sind mindestens 46 Menschen gestorben, sagten die Behörden.",
			"Die Zahl der Toten der Brände in der Region stieg auf 51 Tote, berichtete der Rettungsdienst."},
	} {
		docs := []*crossread.Doc{doc("a", "X", c.a), doc("b", "Y", c.b), doc("c", "Z", c.c)}
		got := tollsOf(Analyze(docs, nil))
		want := map[string]map[string][]string{"death toll": {"51": {"a", "c"}, "46": {"b"}}}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("%q…: tolls = %v, want %v", c.a[:30], got, want)
		}
	}
}

func TestAttendanceInOtherLanguages(t *testing.T) {
	for _, s := range []string{"El Madrid ganó ante 57.000 espectadores en La Cartuja.", "Le PSG s'est imposé devant 45000 supporteurs."} {
		found := false
		for _, q := range Quantities(s) {
			if toll, _, _, ok := tollOf(s, q); ok && toll == "attendance" {
				found = true
			}
		}
		if !found {
			t.Errorf("%q: no attendance", s)
		}
	}
}

// TestAnalyze_LeadTollsADayApart: each outlet's lead and only toll, in
// reports a day apart, is the story's toll as each tells it ("killing
// seven people" · "Nine people have died"), whatever places they name.
func TestAnalyze_LeadTollsADayApart(t *testing.T) {
	a := doc("a", "Wire", "A passenger train jumped the tracks in central Ostland early Tuesday, killing seven people and sending 31 others to hospitals, authorities said.")
	b := doc("b", "Standard", "Nine people have died and more than 30 are in hospital after a passenger train derailed in the Ostland plains.")
	a.Article.Published, _ = crossread.ParseTimestamp("2027-03-16")
	b.Article.Published, _ = crossread.ParseTimestamp("2027-03-17")
	got := tollsOf(Analyze([]*crossread.Doc{a, b}, nil))
	if want := map[string][]string{"seven": {"a"}, "Nine": {"b"}}; !reflect.DeepEqual(got["death toll"], want) {
		t.Errorf("tolls %v, want the death toll %v", got, want)
	}
}

// One group counted under two nouns: a site's workers ("workers" ·
// "miners", "trabajadores" · "mineros"), the police ("agenten" ·
// "politieagenten"); the other languages' trapped and "sofreram
// ferimentos". (Figures in digits: the number stage, which reads "negen"
// in the pipeline, does not run here.)
func TestAnalyze_GroupsCountedUnderTwoNouns(t *testing.T) {
	for _, c := range []struct {
		lang, a, b string
		want       map[string]map[string][]string
	}{
		{"en", "Five workers have been injured, one critically, after a methane explosion at the mine early on Tuesday.",
			"Six miners have been injured, one of them critically, in a methane explosion at the mine on Tuesday.",
			map[string]map[string][]string{"injured": {"Five": {"a"}, "Six": {"b"}}}},
		{"es", "7 mineros permanecen atrapados en la mina de oro tras el derrumbe de una galería el miércoles.",
			"Al menos 9 trabajadores quedaron atrapados el miércoles tras el derrumbe de una galería en la mina de oro.",
			map[string]map[string][]string{"trapped": {"7": {"a"}, "9": {"b"}}}},
		{"nl", "Na de bekerfinale in Rotterdam raakten 9 agenten gewond bij de rellen rond De Kuip.",
			"11 politieagenten liepen verwondingen op bij de rellen rond De Kuip na de bekerfinale in Rotterdam.",
			map[string]map[string][]string{"injured": {"9": {"a"}, "11": {"b"}}}},
		{"pt", "6 pessoas sofreram ferimentos ligeiros no incêndio a bordo do ferry Arrábida II em Setúbal, segundo o INEM.",
			"4 pessoas ficaram feridas no incêndio a bordo do ferry Arrábida II durante a travessia em Setúbal.",
			map[string]map[string][]string{"injured": {"6": {"a"}, "4": {"b"}}}},
	} {
		a, b := doc("a", "X", c.a), doc("b", "Y", c.b)
		a.Article.Language, b.Article.Language = c.lang, c.lang
		a.Article.Published, _ = crossread.ParseTimestamp("2027-06-14")
		b.Article.Published, _ = crossread.ParseTimestamp("2027-06-14")
		r := Analyze([]*crossread.Doc{a, b}, nil)
		if got := tollsOf(r); !reflect.DeepEqual(got, c.want) {
			t.Errorf("%s: tolls = %v, want %v (all: %+v)", c.lang, got, c.want, r.Discrepancies)
		}
	}
}

// The injured "graves" are the seriously injured, a part of the injured;
// so are "schwere Verletzungen".
func TestSeriouslyInjuredInOtherLanguages(t *testing.T) {
	g := "3 Menschen erlitten schwere Verletzungen, Lebensgefahr besteht nicht."
	for _, q := range QuantitiesIn(g, "de") {
		if toll, _, _, ok := tollOf(g, q); !ok || toll != "seriously injured" {
			t.Errorf("%q: toll %q, want seriously injured", g, toll)
		}
	}
	s := "Temos dois feridos graves, um homem de 67 anos e uma turista estrangeira."
	for _, q := range QuantitiesIn(s, "pt") {
		if q.Text == "dois" {
			if toll, _, _, ok := tollOf(s, q); !ok || toll != "seriously injured" {
				t.Errorf("%q: toll %q, want seriously injured", s, toll)
			}
			return
		}
	}
	t.Errorf("%q: no count read", s)
}

// A past period named before a sentence's figures makes them another
// time's ("El año pasado … más de 1.300 personas perdieron la vida");
// named after them, it is a comparison's.
func TestElsewhereInOtherLanguages(t *testing.T) {
	for _, c := range []struct {
		lang, s string
		want    bool
	}{
		{"es", "El año pasado, según datos de la Policía, más de 1.300 personas perdieron la vida en las carreteras.", true},
		{"nl", "De opkomst lag op 51,3 procent, een fractie hoger dan bij de verkiezingen van vorig jaar.", false},
		{"it", "L'anno scorso sono morte 40 persone sulle strade della provincia.", true},
		{"it", "Dall'inizio dell'anno sono oltre 1.900 le persone morte o disperse nel Mediterraneo centrale.", true},
		{"de", "Nach Angaben des Kuratoriums starben im vergangenen Winter in Österreich 19 Menschen durch Lawinen.", true},
	} {
		d := doc("a", "X", c.s)
		d.Article.Language = c.lang
		al := Align([]*crossread.Doc{d}, nil)
		if got := elsewhere(al.Sentences[0]); got != c.want {
			t.Errorf("%q: elsewhere %v, want %v", c.s, got, c.want)
		}
	}
}

// An election's turnout is one figure, whatever the sentences name, and
// may be told five words after its noun.
func TestAnalyze_TurnoutTwoWays(t *testing.T) {
	a := doc("a", "X", "O comparecimento às urnas foi de 58,3%, segundo a Secretaria-Geral do Ministério da Administração Interna.")
	b := doc("b", "Y", "A participação chegou a 61,3%, de acordo com a Comissão Nacional de Eleições.")
	a.Article.Language, b.Article.Language = "pt", "pt"
	a.Article.Published, _ = crossread.ParseTimestamp("2027-10-11")
	b.Article.Published, _ = crossread.ParseTimestamp("2027-10-11")
	got := tollsOf(Analyze([]*crossread.Doc{a, b}, nil))
	want := map[string]map[string][]string{"turnout": {"58,3%": {"a"}, "61,3%": {"b"}}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("tolls = %v, want %v", got, want)
	}
}

// Deaths counted by their noun in Italian ("4.820 decessi"), and not a
// ratio's sides ("tre decessi su quattro").
func TestForeignDeathsAndRatios(t *testing.T) {
	for _, c := range []struct{ s, figure, toll string }{
		{"Il rapporto conta 4.820 decessi in eccesso rispetto alla media.", "4.820", "death toll"},
		{"Tre decessi su quattro hanno riguardato persone con più di 80 anni.", "Tre", ""},
		{"Tre decessi su quattro hanno riguardato persone con più di 80 anni.", "quattro", ""},
	} {
		found := false
		for _, q := range QuantitiesIn(c.s, "it") {
			if q.Text != c.figure {
				continue
			}
			found = true
			if toll, _, _, _ := tollOf(c.s, q); toll != c.toll {
				t.Errorf("tollOf(%q, %q) = %q, want %q", c.s, c.figure, toll, c.toll)
			}
		}
		if !found {
			t.Errorf("%q: no figure %q", c.s, c.figure)
		}
	}
}

// Passengers under any of their nouns are counted ("300 voyageurs" ·
// "300 usagers" · "450 personnes" evacuated).
func TestForeignPassengersEvacuated(t *testing.T) {
	s := "Quelque 300 voyageurs ont dû être évacués par les sorties de secours."
	for _, q := range QuantitiesIn(s, "fr") {
		if toll, _, _, ok := tollOf(s, q); q.Text == "300" && (!ok || toll != "displaced or evacuated") {
			t.Errorf("tollOf(%q, 300) = %q, want displaced or evacuated", s, toll)
		}
	}
	if classOf("usagers") != classOf("voyageurs") {
		t.Error("usagers and voyageurs are one class")
	}
}

// A vessel's licence to carry is its capacity, not those it carried.
func TestCapacityToCarry(t *testing.T) {
	for s, want := range map[string]bool{
		"The boat was licensed to carry up to 60 people.":      true,
		"The vessel was certified to carry 60 passengers.":     true,
		"Gardaí said 38 passengers were on board at the time.": false,
	} {
		got := false
		for _, q := range Quantities(s) {
			got = got || capacityOf(s, q)
		}
		if got != want {
			t.Errorf("capacityOf(%q) = %v, want %v", s, got, want)
		}
	}
}

// A count inside a quotation is the speaker's (a witness's street), no
// figure of the story's toll.
func TestWithinQuotes(t *testing.T) {
	s := `"In onze straat zijn 5 mensen ziek geworden", vertelt een bewoonster. Er zijn 421 besmettingen.`
	if !withinQuotes(s, strings.Index(s, "5")) || withinQuotes(s, strings.Index(s, "421")) {
		t.Errorf("withinQuotes: want the 5 inside, the 421 outside")
	}
}
