package analyze

import "testing"

// The stories of this file were written for these tests in genres the
// earlier ones left out (a cruise ship's outbreak, a budget vote, a
// prison break, …), each by three outlets or two that word the same
// facts apart and disagree on a few.

// TestCruiseEndToEnd reads a norovirus outbreak on a cruise ship: the
// passengers and the crew the outbreak sickened differ, each group its
// line ("sickened 214 passengers and 23 crew members aboard" is no count
// of those on board; "19 members of the crew" are the crew); "nearly
// 2,900 passengers" is the 2,876 on board. (The cruise's length, "a
// 10-night cruise" · "the 12-day sailing", is not compared.)
func TestCruiseEndToEnd(t *testing.T) {
	st, byID := oneStory(t, "testdata/cruise", 3)
	wantDiscrepancies(t, st, byID, []string{
		"sickened (crew): 19 [The South Florida Gazette] · 23 [Coastal News Service]",
		"sickened (passengers): 214 [Coastal News Service] · 241 [The South Florida Gazette]",
	})
	verified(t, st, byID)
}

// TestBudgetEndToEnd reads a parliament's budget vote: the split ("by a
// vote of 312-288" · "voted 312 to 288" · "by 314 votes to 286"), each
// outlet's one vote, whatever places its sentence names; the deficit as
// a share of output ("cut the deficit to 3.2% of gross domestic product"
// · "3.2 per cent of GDP" · "targets a deficit of 3.4% of GDP"), not its
// baseline ("from 3.9%"); "€1.24 trillion" · "1,240 billion euros" ·
// "€1.24tn" agree.
func TestBudgetEndToEnd(t *testing.T) {
	st, byID := oneStory(t, "testdata/budget", 3)
	wantDiscrepancies(t, st, byID, []string{
		"deficit (share of GDP): 3.2% [Continental Press Agency, The Valdorian Times] · 3.4% [Euro Markets Daily]",
		"vote or score: 312-288 [Continental Press Agency, The Valdorian Times] · 314 votes to 286 [Euro Markets Daily]",
	})
	verified(t, st, byID)
}

// TestPrisonBreakEndToEnd reads a prison break: the inmates who escaped
// ("Seven inmates escaped" · "Eight inmates have escaped") and the
// officers on duty ("Only nine officers were on duty" · "just 12 officers
// were guarding the facility") differ; the capacity told three ways and
// "almost 1,900" · "1,862" do not.
func TestPrisonBreakEndToEnd(t *testing.T) {
	st, byID := oneStory(t, "testdata/prisonbreak", 3)
	wantDiscrepancies(t, st, byID, []string{
		"inmates escaped: Eight [The London Chronicle] · Seven [Southland Press Wire]",
		"number of officers: 12 [The London Chronicle] · nine [Southland Press Wire]",
	})
	verified(t, st, byID)
}

// TestSatelliteEndToEnd reads a satellite's launch: the time in a zone
// ("lifted off at 01:42 GMT" · "(0142 GMT Tuesday)" · "came at 01:48
// UTC", one variant however written), the mass ("The 1,240 kg
// satellite" · "Weighing 1,310 kilograms" · "the 1.24-tonne satellite",
// one variant for a mass however its unit, each with its unit when two
// units meet) and
// the cost ("The mission cost €420 million" · "a total mission budget of
// €480 million") differ. (The day first set for the launch, "scheduled
// for March 2" · "originally been set for Feb. 27", is not compared.)
func TestSatelliteEndToEnd(t *testing.T) {
	st, byID := oneStory(t, "testdata/satellite", 3)
	wantDiscrepancies(t, st, byID, []string{
		"cost: €420 million [Orbital Wire, The Coastal Tribune] · €480 million [SpaceBeat]",
		"mass: 1,310 kilograms [The Coastal Tribune] · 1.24-tonne [Orbital Wire, SpaceBeat]",
		"time (UTC): 0142 GMT [Orbital Wire, The Coastal Tribune] · 01:48 UTC [SpaceBeat]",
	})
	verified(t, st, byID)
}

// TestCycloneMozEndToEnd reads a cyclone written in French: the dead ("a
// fait au moins 38 morts" · "Au moins 45 personnes ont perdu la vie") and
// the homes destroyed ("12 400 habitations ont été entièrement
// détruites" · "Environ 9 800 maisons ont été détruites", each word for a
// home alike; "Environ" opening the sentence is no name) differ; the
// Belgian paper's date line opens on its weekday ("Lundi 15 mars 2027")
// and its masthead is read. (The sustained winds and the gusts are two
// measures; the day of landfall, "samedi 13 mars" · "le vendredi 12
// mars", is not compared.)
func TestCycloneMozEndToEnd(t *testing.T) {
	st, byID := oneStory(t, "testdata/cyclone-moz", 2)
	wantDiscrepancies(t, st, byID, []string{
		"death toll: 38 [Agence Francophone de Presse] · 45 [Le Journal de Liège]",
		"homes destroyed: 12 400 [Agence Francophone de Presse] · 9 800 [Le Journal de Liège]",
	})
	verified(t, st, byID)
}

// TestReferendoEndToEnd reads a city's referendum written in Italian: the
// share of the yes ("il sì ha ottenuto il 58,3 per cento" · "ha premiato
// il sì con il 56,8%") differs; the yes of the outer districts ("Nei
// quartieri periferici, … il sì ha sfiorato il 70%") is a part's; the
// turnout, "41,2 per cento" · "41,2%", agrees; "Corriere dell'Appennino"
// is a masthead.
func TestReferendoEndToEnd(t *testing.T) {
	st, byID := oneStory(t, "testdata/referendo", 2)
	wantDiscrepancies(t, st, byID, []string{
		"share for yes: 56,8% [Corriere dell'Appennino] · 58,3 per cento [Gazzetta di Castelforte]",
	})
	verified(t, st, byID)
}

// TestNevascaEndToEnd reads a snowstorm written in Portuguese: the snow
// at one place ("chegou aos 60 centímetros na Torre" · "Na Torre, a
// camada de neve … atingia … os 45 centímetros", a measure by its unit in
// sentences naming it) and the civil protection commander's name ("Rui
// Esteves" · "Rui Estevens", a letter apart beside the same first name)
// differ, and so does the lowest temperature ("9,4 graus negativos" ·
// "7 graus negativos", one day's reports naming one station) and the
// people stranded ("Cerca de 200 pessoas ficaram retidas" · "deixou 120
// pessoas retidas", each outlet's one count of people); "17 estradas" ·
// "dezassete vias" agree.
func TestNevascaEndToEnd(t *testing.T) {
	st, byID := oneStory(t, "testdata/nevasca", 2)
	wantDiscrepancies(t, st, byID, []string{
		"graus negativos: 7 [Notícias do Tejo] · 9,4 [Correio da Beira]",
		"length (centimetres): 45 [Notícias do Tejo] · 60 [Correio da Beira]",
		"number of pessoas: 120 [Notícias do Tejo] · 200 [Correio da Beira]",
		"spelling of Rui Estevens: Rui Estevens [Notícias do Tejo] · Rui Esteves [Correio da Beira]",
	})
	verified(t, st, byID)
}

// TestCrushEndToEnd reads a crowd crush at a festival: the dead ("Nine
// people were killed" · "Eleven people are dead" · "nine fans lost their
// lives") differ, told in sentences that name other places but the same
// festival ("the Riverbend Sound Festival"), and so does the time ("The
// crush happened at about 10:40 p.m." · "The surge began around 11:20
// p.m.": verbs of an event's onset are one); "More than 60 people were
// hurt" is the others' 63 rounded, no line.
func TestCrushEndToEnd(t *testing.T) {
	st, byID := oneStory(t, "testdata/crush", 3)
	wantDiscrepancies(t, st, byID, []string{
		"death toll: Eleven [The Columbus Dispatch-Herald] · Nine [Music Pulse, National Press Wire]",
		"time it happened: 10:40 p.m. [Music Pulse, National Press Wire] · 11:20 p.m. [The Columbus Dispatch-Herald]",
	})
	verified(t, st, byID)
}

// TestNotlandungEndToEnd reads an emergency landing written in German: the
// aircraft differs; "178 Passagiere und sechs Besatzungsmitglieder" are
// the "184 Menschen … an Bord", no line; "Luftfahrt-Ticker" is a
// masthead.
func TestNotlandungEndToEnd(t *testing.T) {
	st, byID := oneStory(t, "testdata/notlandung", 2)
	wantDiscrepancies(t, st, byID, []string{
		"aircraft: Airbus A320neo [Luftfahrt-Ticker] · Airbus A321neo [Rheinische Abendpost]",
	})
	verified(t, st, byID)
}

// TestTerremotoEndToEnd reads an earthquake written in Italian: one
// outlet's headline is two sentences ending on a quotation, and the two
// reports are one story; the magnitude differs, an aftershock's ("una
// scossa di assestamento di magnitudo 3.8") left out; "oltre 800
// sfollati" is the other's 812 rounded.
func TestTerremotoEndToEnd(t *testing.T) {
	st, byID := oneStory(t, "testdata/terremoto", 2)
	wantDiscrepancies(t, st, byID, []string{
		"magnitude: 5.4 [Corriere dell'Appennino] · 5.6 [La Gazzetta del Centro]",
		"time of day: Alle 3.24 [La Gazzetta del Centro] · alle 3.42 [Corriere dell'Appennino]",
	})
	verified(t, st, byID)
}

// TestOpecEndToEnd reads an oil output cut: the cut ("cut its combined
// oil output by 1.2 million barrels per day" · "remove 1.5m barrels a
// day"; a member's share and the analysts' expected range are no such
// figure), Brent's close ("settled at $87.90 a barrel" · "before settling
// at $89.70 a barrel") and the day it takes effect ("will take effect on
// Nov. 1" · "will apply from 1 December") differ.
func TestOpecEndToEnd(t *testing.T) {
	st, byID := oneStory(t, "testdata/opec", 3)
	wantDiscrepancies(t, st, byID, []string{
		"closing price: $87.90 [Global Energy Wire, Gulf Business Daily] · $89.70 [The Financial Courier]",
		"date it takes effect: 1 December [The Financial Courier] · 1 November [Global Energy Wire, Gulf Business Daily]",
		"output cut (barrels a day): 1,200,000 [Global Energy Wire, Gulf Business Daily] · 1.5m [The Financial Courier]",
	})
	verified(t, st, byID)
}

// TestZooEndToEnd reads animals escaping a zoo: the keeper's name is
// written two ways, each of its words a letter apart ("Megan Hollis" ·
// "Meghan Hollins"). (The animals recaptured, "11 of them had been
// recaptured" · "Nine of the animals were back in their enclosures", are
// told with two verbs and not compared.)
func TestZooEndToEnd(t *testing.T) {
	st, byID := oneStory(t, "testdata/zoo", 2)
	wantDiscrepancies(t, st, byID, []string{
		"spelling of Meghan Hollins: Megan Hollis [The Westbrook Courier] · Meghan Hollins [News 8 Valley]",
	})
	verified(t, st, byID)
}

// TestMountainEndToEnd reads a mountain rescue: the hours the climbers
// spent on the ledge ("after spending 38 hours pinned down" · "after 52
// hours exposed on a ledge", one day's reports naming one mountain) and
// the leader's age differ; "about 3,400 metres" · "around 11,150ft" and
// "a day and a half" · "38 hours" agree.
func TestMountainEndToEnd(t *testing.T) {
	st, byID := oneStory(t, "testdata/mountain", 3)
	wantDiscrepancies(t, st, byID, []string{
		"age of Lukas Brenner: 31 [Pacific Coast Wire, The Valemount Sentinel] · 34 [Summit Report]",
		"hours before it ended: 38 [Pacific Coast Wire] · 52 [Summit Report]",
	})
	verified(t, st, byID)
}

// TestTennisOpenEndToEnd reads a grand slam final: the score differs in
// its tie-break only ("7-6 (5)", the loser's points, is "7-6 (7-5)" · "7-6
// (7-4)"), one match whatever else the sentences say ("Nikolai Varga of
// Hungary" names the player and his country); the match's length, the
// winner's age and his aces ("Ferreira hit 17 aces" · "firing 19 aces",
// one day's reports naming him) differ too.
func TestTennisOpenEndToEnd(t *testing.T) {
	st, byID := oneStory(t, "testdata/tennis-open", 3)
	wantDiscrepancies(t, st, byID, []string{
		"age of Ferreira: 23 [Continental Press Wire, Courtside Daily] · 24 [The Sporting Times]",
		"number of aces: 17 [The Sporting Times] · 19 [Courtside Daily]",
		"time: 3 hours and 42 minutes [Courtside Daily] · three hours and 24 minutes [The Sporting Times]",
		"vote or score: 6-4, 3-6, 7-6 (5), 6-3 [Continental Press Wire, The Sporting Times] · 6-4, 3-6, 7-6 (7-4), 6-3 [Courtside Daily]",
	})
	verified(t, st, byID)
}

// TestFareEndToEnd reads a rail fare rise: the day it takes effect
// ("takes effect on Sunday 7 March" · "from March 1"), a season ticket's
// price and the minister's post ("Rail Minister Hannah Croft" ·
// "Transport Secretary Hannah Croft": a cabinet secretary is a minister,
// of another portfolio here) differ; "4.6%" · "4.6 per cent" agree.
func TestFareEndToEnd(t *testing.T) {
	st, byID := oneStory(t, "testdata/fare", 2)
	wantDiscrepancies(t, st, byID, []string{
		"date it takes effect: March 1 [UK Newswire] · Sunday 7 March [The Commuter Standard]",
		"number for “season ticket will cost £5,980”: £5,880 [The Commuter Standard] · £5,980 [UK Newswire]",
		"role of Hannah Croft: Rail Minister [The Commuter Standard] · Transport Secretary [UK Newswire]",
	})
	verified(t, st, byID)
}

// TestBankHeistEndToEnd reads an armed bank robbery: the robbers ("Three
// masked gunmen stormed a branch … and escaped with about $240,000" ·
// "Four armed men robbed …" · "three armed robbers": gunmen who rob are
// the robbers; "four bank employees" elsewhere counts no robber) and the
// sum taken ("escaped with about $240,000" · "slipped out the back with
// $420,000") differ.
func TestBankHeistEndToEnd(t *testing.T) {
	st, byID := oneStory(t, "testdata/bankheist", 3)
	wantDiscrepancies(t, st, byID, []string{
		"number of thieves: Four [Kettering Community Post] · three [Midwest Press Service, The Miami Valley Ledger]",
		"sum stolen: $240,000 [Midwest Press Service] · $420,000 [The Miami Valley Ledger]",
	})
	verified(t, st, byID)
}

// TestFestivalEndToEnd reads a film festival's top prize: the director's
// name ("Ilse Vandermeer" · "Ilse Vandermeulen", a long surname a few
// letters apart beside the same first name) and the standing ovation ("an
// 11-minute standing ovation" · "a nine-minute standing ovation") differ;
// "€50,000" · "50,000 euros" and "beat 20 other titles" · "a field of
// 21" agree. (The running time, "The 138-minute film" · "Running two
// hours and 18 minutes" · "At 142 minutes", and the jury's president are
// not compared.)
func TestFestivalEndToEnd(t *testing.T) {
	st, byID := oneStory(t, "testdata/festival", 3)
	wantDiscrepancies(t, st, byID, []string{
		"spelling of Ilse Vandermeer: Ilse Vandermeer [International Screen Wire, The Reel Report] · Ilse Vandermeulen [The Morning Ledger]",
		"standing ovation (minutes): 11 [International Screen Wire] · nine [The Reel Report]",
	})
	verified(t, st, byID)
}

// TestInondationEndToEnd reads floods written in French: the dead
// ("Quatre personnes ont perdu la vie" · "cinq personnes sont décédées",
// after a colon spaced as French writes it) differ, each outlet's lead
// and only toll, whatever places the two sentences name; so do the homes
// flooded ("quelque 1 800 habitations" · "environ 2 500 maisons"); "Info
// Belgique 24" is a masthead and "15/07/2027" a day first.
func TestInondationEndToEnd(t *testing.T) {
	st, byID := oneStory(t, "testdata/inondation", 2)
	wantDiscrepancies(t, st, byID, []string{
		"death toll: Quatre [Le Courrier wallon] · cinq [Info Belgique 24]",
		"number of homes: 1 800 [Le Courrier wallon] · 2 500 [Info Belgique 24]",
	})
	verified(t, st, byID)
}

// TestCicloneBrEndToEnd reads a cyclone written in Portuguese: the dead
// ("Subiu para 11 o número de mortos" · "confirmou … 13 mortes") and the
// towns hit differ.
func TestCicloneBrEndToEnd(t *testing.T) {
	st, byID := oneStory(t, "testdata/ciclone-br", 2)
	wantDiscrepancies(t, st, byID, []string{
		"death toll: 11 [Folha do Pampa] · 13 [Jornal Gaúcho]",
		"number of municípios: 47 [Folha do Pampa] · 74 [Jornal Gaúcho]",
	})
	verified(t, st, byID)
}

// TestIncidenteEndToEnd reads a coach crash written in Italian: the
// injured ("Tre morti e 27 feriti" · "Tre vittime, trentacinque feriti",
// verbless leads) and the coach company's name differ.
func TestIncidenteEndToEnd(t *testing.T) {
	st, byID := oneStory(t, "testdata/incidente", 2)
	wantDiscrepancies(t, st, byID, []string{
		"injured: 27 [Il Gazzettino dell'Umbria] · trentacinque [Notizie Italia 24]",
		"spelling of Autolinee Ferrara: Autolinee Ferrara [Notizie Italia 24] · Autolinee Ferraro [Il Gazzettino dell'Umbria]",
	})
	verified(t, st, byID)
}

// TestDengueEndToEnd reads a dengue outbreak written in Portuguese: the
// deaths ("o estado soma 37 mortes" · "Goiás confirmou 41 mortes"; "Outros
// 52 óbitos seguem em investigação" is another group) and the health
// secretary's name differ, and so does the incidence per 100,000
// (687,3 · 612,4); "Portal Cerrado Notícias" over "12/04/2027 18h32 -
// Atualizado há 2 horas" is a masthead and a date line.
func TestDengueEndToEnd(t *testing.T) {
	st, byID := oneStory(t, "testdata/dengue", 2)
	wantDiscrepancies(t, st, byID, []string{
		"death toll: 37 [Diário do Planalto] · 41 [Portal Cerrado Notícias]",
		"rate per 100,000 (casos): 612,4 [Portal Cerrado Notícias] · 687,3 [Diário do Planalto]",
		"spelling of Luciana Bretas: Luciana Bretas [Diário do Planalto] · Luciana Brettas [Portal Cerrado Notícias]",
	})
	verified(t, st, byID)
}

// TestFabrikbrandEndToEnd reads a factory fire written in German: the
// damage ("Den Sachschaden schätzt die Polizei auf rund 2,5 Millionen
// Euro" · "beläuft sich der Schaden auf etwa vier Millionen Euro"), the
// firefighters and the time it broke out ("gegen 3.40 Uhr" · "Der Brand
// brach laut Feuerwehr gegen 4.15 Uhr aus.", a short sentence whose
// strong past "brach" makes it a statement) differ.
func TestFabrikbrandEndToEnd(t *testing.T) {
	st, byID := oneStory(t, "testdata/fabrikbrand", 2)
	wantDiscrepancies(t, st, byID, []string{
		"damage: 2,5 Millionen Euro [Westfälische Rundschau] · vier Millionen Euro [Neustädter Anzeiger]",
		"number of firefighters: 180 [Westfälische Rundschau] · 220 [Neustädter Anzeiger]",
		"time of day: 3.40 Uhr [Westfälische Rundschau] · 4.15 Uhr [Neustädter Anzeiger]",
	})
	verified(t, st, byID)
}

// TestMoreGenresEndToEnd reads more stories written for these tests, each
// an event of a kind the earlier ones left out, and checks every line
// Where sources differ gives (each is a disagreement the stories were
// written with; what they hold besides and is not yet compared is in
// the README's "Not compared yet").
func TestMoreGenresEndToEnd(t *testing.T) {
	for _, c := range []struct {
		dir      string
		articles int
		want     []string
	}{
		// a Swiss landslide (German): the missing and the time it came down; the headline opens on «…»
		{"erdrutsch", 2, []string{
			"missing: Drei [Alpenpost] · Zwei [Zürcher Abendblatt]",
			"time of day: Um 5.40 [Zürcher Abendblatt] · um 4.20 [Alpenpost]",
		}},
		// an Austrian regional election (German): a party's seats and the turnout
		{"landtag-at", 2, []string{
			"seats of FPÖ: 11 [Salzburger Landeskurier] · zehn [Alpenländische Zeitung]",
			"turnout: 71,3 Prozent [Salzburger Landeskurier] · 73,1 % [Alpenländische Zeitung]",
		}},
		// a Canadian wildfire: the firefighters and the area burned (the
		// third outlet's "about 12,000 hectares" is its own value too)
		{"wildfire-ca", 3, []string{
			"grown (hectares): 12,000 [The Interior Sun] · 12,400 [Canadian Newswire Service] · 21,400 [Dominion Daily]",
			"number of firefighters: 180 [Canadian Newswire Service, Dominion Daily] · 240 [The Interior Sun]",
		}},
		// a ferry sinking: the dead, the missing ('about a dozen passengers remained unaccounted
		// for' · 'with nine still missing', each Monday paper's one count), the captain's age
		// and what the ferry was allowed to carry ('certified to carry only 150' · 'licensed to
		// carry a maximum of 180 people')
		{"ferrysink", 3, []string{
			"age of Ernesto Villanueva: 47 [The Straits Observer] · 52 [The Manila Chronicle]",
			"capacity: 150 [The Manila Chronicle] · 180 [The Straits Observer]",
			"death toll: 31 [Asia Pacific Wire, The Manila Chronicle] · 34 [The Straits Observer]",
			"missing: Twelve [Asia Pacific Wire, The Manila Chronicle] · nine [The Straits Observer]",
		}},
		// a world championship game: the moves ('in 41 moves' · 'after 44 moves')
		{"chess", 2, []string{
			"number of moves: 41 [Sports Wire] · 44 [The Evening Gazette]",
		}},
		// a flu wave (German), its date line opening on the weekday: the minister's name
		{"grippe", 2, []string{
			"spelling of Kathrin Wendler: Kathrin Wendler [Mittelweser Zeitung] · Katrin Wendler [Nordwest-Anzeiger]",
		}},
		// a central bank's decision (German): next year's inflation forecast, read in German's own words
		{"zinsen", 2, []string{
			"number for “im kommenden Jahr auf 2,1 Prozent”: 1,9 Prozent [Börsen-Kurier Frankfurt] · 2,1 Prozent [Süddeutsche Rundschau]",
		}},
		// a jobs report (Spanish), 'La Voz del Levante' a masthead: the affiliates gained
		{"paro", 2, []string{
			"number of afiliados: 45.200 [Diario Económico Ibérico] · 54.200 [La Voz del Levante]",
		}},
		// a car recall (German): the accidents ('rund 412.000 Fahrzeuge' · '421.000 Fahrzeuge' is a
		// rough agreement within its rounding, as in English)
		{"rueckruf", 2, []string{
			"number of Unfälle: drei [Wirtschaftsbote] · zwei [Mitteldeutsche Abendpost]",
		}},
		// a transport strike (Italian): 'Pesanti disagi' · 'Pesante il bilancio' are no spellings of a name; the
		// flights cancelled, as the aviation authority counted them and as the airlines did
		{"sciopero", 2, []string{
			"flights cancelled: 180 [Agenzia Stampa Italia] · 240 [Corriere del Mattino]",
		}},
		// a car workers' strike: the union leader's name ('half a dozen' plants is six, no line)
		{"autostrike", 2, []string{
			"spelling of Darnell Kowalczik: Darnell Kowalczik [The Motor City Free Press] · Darnell Kowalczyk [Great Lakes Wire]",
		}},
		// a football cup final (French): the attendance; 'L'Écho toulousain' a masthead
		{"final-fr", 2, []string{
			"attendance: 75 800 [L'Écho toulousain] · 77 412 [Le Sport Quotidien]",
		}},
		// a merger (Dutch), 'Het Zakenblad' a masthead: the premium
		{"fusie", 2, []string{
			"number for “Dat is 31 procent”: 27% [Het Zakenblad] · 31 procent [Nederlands Persbureau]",
		}},
		// a national strike (French), its masthead with a lower-case adjective: the unions' count
		{"greve-fr", 2, []string{
			"number for “le ministère de l'Intérieur, 3,5 millions selon”: 3 millions [Agence Hexagone Presse] · 3,5 millions [Le Quotidien national]",
		}},
		// refugees crossing a border: the aid pledged; 'The Daily Observer', not an author box's 'Observer'
		{"refugees", 3, []string{
			"sum pledged: $25 million [Global Press Wire, The Daily Observer] · $35 million [International Herald]",
		}},
		// a film's opening weekend: its budget ('cost a reported $150 million to produce' · 'put the net budget at $175M')
		{"boxoffice", 3, []string{
			"cost: $150 million [Continental Press Wire] · $175M [The Reel Ledger]",
		}},
		// a climate summit: the countries ('Negotiators from 196 countries' · 'Delegates from 194
		// countries'), the yearly sum ('$300 billion a year by 2035' · '$250 billion per year by
		// 2035') and the speaker of one quotation
		{"climate", 3, []string{
			"number of countries: 194 [Climate Policy Review] · 196 [Global Press Wire]",
			"sum a year by 2035: $250 billion [Climate Policy Review] · $300 billion [Global Press Wire, The Daily Chronicle]",
			"who said “This is not everything the world needed, but it is a floor …”: Ana Lindqvist [Climate Policy Review] · Tesfaye Alemu [Global Press Wire]",
		}},
		// a motorway pile-up (French): the vehicles involved, and the time
		// ("vers 7 h 15" · "peu avant 8 heures", a whole hour read since)
		{"pileup", 2, []string{
			"injured: 27 [L'Écho du Centre] · vingt et une [Agence Presse Hexagone]",
			"number of vehicles: 48 [Agence Presse Hexagone] · 62 [L'Écho du Centre]",
			"time of day: 7 h 15 [L'Écho du Centre] · avant 8 heures [Agence Presse Hexagone]",
		}},
	} {
		t.Run(c.dir, func(t *testing.T) {
			st, byID := oneStory(t, "testdata/"+c.dir, c.articles)
			wantDiscrepancies(t, st, byID, c.want)
			verified(t, st, byID)
		})
	}
}

// TestExplosionMineEndToEnd reads a coal mine explosion, one of the stories
// held out from every fix until the session's end: the dead ("killing 11
// miners" · "killed 14 people") differ, once "Rescue teams in Colombia
// worked through the night …" is no photo caption and "At least 70 people
// died in Colombian mines last year" no count of this blast; and one
// quote is said by two people ("said Cundinamarca Governor Andrés
// Villamizar" · "the director of the mining agency, Julián Moreno, told
// reporters").
func TestExplosionMineEndToEnd(t *testing.T) {
	st, byID := oneStory(t, "testdata/explosion-mine", 2)
	wantDiscrepancies(t, st, byID, []string{
		"death toll: 11 [Andes Wire Service] · 14 [The Global Post]",
		"who said “We are doing everything humanly possible to reach the men who are …”: Andrés Villamizar [Andes Wire Service] · Julián Moreno [The Global Post]",
	})
	verified(t, st, byID)
}

// TestTerremotoMxEndToEnd reads a Mexican quake (Spanish), held out until
// the session's end: the magnitude ("un sismo de magnitud 6.8" · "un
// terremoto de magnitud 7.1", each outlet's one, an aftershock's left
// out, whatever places the sentences name), the dead and the time differ.
func TestTerremotoMxEndToEnd(t *testing.T) {
	st, byID := oneStory(t, "testdata/terremoto-mx", 2)
	wantDiscrepancies(t, st, byID, []string{
		"death toll: doce [El Heraldo del Sur] · nueve [Agencia Informativa Mexicana]",
		"magnitude: 6.8 [Agencia Informativa Mexicana] · 7.1 [El Heraldo del Sur]",
		"time of day: A las 5:12 [El Heraldo del Sur] · a las 04:12 [Agencia Informativa Mexicana]",
	})
	verified(t, st, byID)
}

// TestElectionUkEndToEnd reads a by-election, held out until the
// session's end: the turnout ("Turnout was 38.2 per cent" · "Only 41.7%
// of the electorate turned out to vote") and the winner's age differ; the
// third outlet's date line, "12/03/2027", is 12 March in a text spelt as
// British papers spell ("per cent", "Labour"), and its masthead is read.
// (The majority, "finishing 4,312 ahead" · "a majority of 4,132", is not
// compared.)
func TestElectionUkEndToEnd(t *testing.T) {
	st, byID := oneStory(t, "testdata/election-uk", 3)
	wantDiscrepancies(t, st, byID, []string{
		"age of Helen Marsh: 34 [The Midlands Courier] · 36 [Westminster Insider]",
		"turnout: 38.2 per cent [The Midlands Courier, Westminster Insider] · 41.7% [The National Chronicle]",
	})
	verified(t, st, byID)
}

// TestHeldOutStoriesEndToEnd reads stories from session 22's held-out
// sets, written by helpers who never saw the code, measured before any
// fix and kept here once fixed: each line is one the story was written
// with (or, the quotation's tense, a true difference it was not), and
// no other line may come back: each set's false lines were of this kind.
func TestHeldOutStoriesEndToEnd(t *testing.T) {
	for _, c := range []struct {
		dir      string
		articles int
		want     []string
	}{
		// a derailment (English, three outlets): the dead a day apart, the time whatever verb tells it, a spokeswoman's name
		{"prairie-derail", 3, []string{
			"death toll: Nine [The Albion Standard, The Platte Valley Sentinel] · seven [Continental Press Wire]",
			"spelling of Dolores Ferrante: Dolores Ferrante [Continental Press Wire, The Albion Standard] · Dolores Ferranti [The Platte Valley Sentinel]",
			"time it happened: 6:24 a.m. [The Platte Valley Sentinel] · 6:42 a.m. [Continental Press Wire, The Albion Standard]",
		}},
		// a gas explosion (French): the floors, the dead and injured, the time '6 h 40', a quotation's tense
		{"explosion-immeuble", 2, []string{
			"death toll: Quatre [Agence Hexagone Presse] · trois [Le Courrier de l'Allier et du Puy]",
			"injured: Quatorze [Agence Hexagone Presse] · dix-sept [Le Courrier de l'Allier et du Puy]",
			"number of étages: cinq [Le Courrier de l'Allier et du Puy] · six [Agence Hexagone Presse]",
			"spelling of Hélène Marchais: Hélène Marchais [Le Courrier de l'Allier et du Puy] · Hélène Marchal [Agence Hexagone Presse]",
			"time of day: 6 h 15 [Agence Hexagone Presse] · 6 h 40 [Le Courrier de l'Allier et du Puy]",
			"wording of a quote by Antoine Véril: Aucune piste n'est écartée à ce stade [Agence Hexagone Presse] · aucune piste n'était écartée à ce stade [Le Courrier de l'Allier et du Puy]",
		}},
		// a prison riot (Spanish, three outlets): inmates dead, a toll that rose past a name's 'N.º 2', the time
		{"motin-carcel", 3, []string{
			"death toll: 31 [El Heraldo del Pacífico] · 34 [La Voz de Los Ríos] · Veintisiete [Agencia Ecuatoriana de Prensa]",
			"spelling of Gustavo Arévalo: Gustavo Arévalo [Agencia Ecuatoriana de Prensa, El Heraldo del Pacífico] · Gustavo Arévalos [La Voz de Los Ríos]",
			"time of day: a las 21:30 [Agencia Ecuatoriana de Prensa] · las 22:00 [El Heraldo del Pacífico]",
		}},
		// a dam burst (English): the dead (a toll that rose, told past "when"), the year built, the evacuated, the time, an engineer's name
		{"dam-burst", 2, []string{
			"death toll: 11 [The Ashcombe Herald] · nine [Meridian Wire Service]",
			"displaced or evacuated: 2,300 [Meridian Wire Service] · 3,200 [The Ashcombe Herald]",
			"spelling of Malcolm Dreyer: Malcolm Dreier [The Ashcombe Herald] · Malcolm Dreyer [Meridian Wire Service]",
			"time it happened: 3:40 a.m. [Meridian Wire Service] · 4.10am [The Ashcombe Herald]",
			"year built: 1911 [Meridian Wire Service] · 1921 [The Ashcombe Herald]",
		}},
		// a nurses' strike (Portuguese): the share on strike as each side claims it, the start '7h' · '6h'
		{"greve-enfermagem", 2, []string{
			"share on strike: 45% [Portal Notícias Horizonte] · 70% [O Correio das Alterosas]",
			"time of day: 6h [Portal Notícias Horizonte] · 7h [O Correio das Alterosas]",
		}},
		// a motorway bridge fire (German): the driver's age, the firefighters (as two words count them), the time (a source
		// giving a second, later one), a spokeswoman's name
		{"brueckenbrand", 2, []string{
			"age of the driver: 51 [Westfälischer Landbote] · 57 [Deutscher Nachrichtendienst Mitte]",
			"number of firefighters: 120 [Westfälischer Landbote] · 160 [Deutscher Nachrichtendienst Mitte]",
			"spelling of Sabine Kröger: Sabine Kröger [Deutscher Nachrichtendienst Mitte] · Sabine Krüger [Westfälischer Landbote]",
			"time of day: 2.40 Uhr [Deutscher Nachrichtendienst Mitte] · um 3.15 [Westfälischer Landbote]",
		}},
		// a tractor protest (French): the tractors, the time; '45 centimes d'euro' is the other's '0,45 €'
		{"tracteurs", 2, []string{
			"number of tractors: 1 200 [Agence Francophone d'Information] · 850 [Le Courrier de Bourgogne]",
			"spelling of Jean-Baptiste Morvilliers: Jean-Baptiste Morvillier [Le Courrier de Bourgogne] · Jean-Baptiste Morvilliers [Agence Francophone d'Information]",
			"time of day: 6 h 45 [Agence Francophone d'Information] · 7 h 30 [Le Courrier de Bourgogne]",
		}},
		// a school bus crash (French, Canada): a name; the pupils it carried ('transportait 23 élèves' ·
		// 'transportait 27 enfants'); the 14 children taken to hospital are no count of the 27 on board
		{"autobus-scolaire", 2, []string{
			"on board: 23 [L'Écho des Appalaches] · 27 [Le Phare de Bellechasse]",
			"spelling of Marie-Ève Gagnon: Marie-Ève Gagnon [L'Écho des Appalaches] · Marie-Ève Gagné [Le Phare de Bellechasse]",
		}},
		// a wind-farm referendum (Dutch): the share against, one source giving the split whole (its 42,2 procent for is
		// no variant); an alderman's name
		{"referendum-windpark", 2, []string{
			"spelling of Marieke Hoogeveen: Marieke Hogeveen [Het Regionaal Nieuwsblad] · Marieke Hoogeveen [De Polderbode]",
			"tegen: 56,9 procent [Het Regionaal Nieuwsblad] · 57,8 procent [De Polderbode]",
		}},
		// a fishing boat lost (Spanish): the crew on board, the distance from the coast, the skipper's name,
		// the time it sank (each report's one time, a day apart)
		{"naufragio", 2, []string{
			"number of millas: 18 [La Voz del Pacífico] · 28 [Crónica Peruana]",
			"on board: 14 [La Voz del Pacífico] · 16 [Crónica Peruana]",
			"spelling of Teodoro Chumpitaz Yarlequé: Teodoro Champitaz [Crónica Peruana] · Teodoro Chumpitaz Yarlequé [La Voz del Pacífico]",
			"time of day: a las 3:40 [La Voz del Pacífico] · las 4:30 [Crónica Peruana]",
		}},
	} {
		t.Run(c.dir, func(t *testing.T) {
			st, byID := oneStory(t, "testdata/"+c.dir, c.articles)
			wantDiscrepancies(t, st, byID, c.want)
			verified(t, st, byID)
		})
	}
}

// TestEvasionEndToEnd reads a prison escape written in French: one
// escapee's surname spelt two ways ("Yanis Bouzidi" · "Yanis Bouzid") is
// one person, whose age the two outlets give apart.
func TestEvasionEndToEnd(t *testing.T) {
	st, byID := oneStory(t, "testdata/evasion", 2)
	wantDiscrepancies(t, st, byID, []string{
		"age of Yanis Bouzidi: 29 [La Dépêche du Minervois] · 31 [Agence Occitane de Presse]",
		"spelling of Yanis Bouzidi: Yanis Bouzid [Agence Occitane de Presse] · Yanis Bouzidi [La Dépêche du Minervois]",
	})
	verified(t, st, byID)
}

// TestRebeliaoEndToEnd reads a prison riot written in Portuguese: the
// toll risen to eight, told past two inserts between commas, is the
// agency's, its two bodies found a part of it.
func TestRebeliaoEndToEnd(t *testing.T) {
	st, byID := oneStory(t, "testdata/rebeliao", 2)
	wantDiscrepancies(t, st, byID, []string{
		"death toll: Seis [Diário X] · oito [Agência Y]",
	})
	verified(t, st, byID)
}
