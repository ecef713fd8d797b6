package claim

import (
	"math"
	"strconv"
	"strings"
	"testing"

	"crossread"
)

// TestSlotReaders checks the readers that name a figure's slot from its
// own sentence, each on a figure it names and one it must not.
func TestSlotReaders(t *testing.T) {
	readers := map[string]func(string, Quantity) (string, bool){
		"sumDemanded":        sumDemanded,
		"homesWithoutPower":  homesWithoutPower,
		"howLongItLasted":    howLongItLasted,
		"countedDone":        countedDone,
		"movedTo":            movedTo,
		"offenderCount":      offenderCount,
		"stolenCount":        stolenCount,
		"valuedAt":           valuedAt,
		"sumNamed":           sumNamed,
		"nounCounted":        nounCounted,
		"penaltyOf":          penaltyOf,
		"plannedSpan":        plannedSpan,
		"plannedSpanIn":      plannedSpanIn,
		"payRise":            payRise,
		"countClassIn":       countClassIn,
		"flightsCancelledIn": flightsCancelledIn,
		"rainfallOf": func(s string, q Quantity) (string, bool) {
			if rainfallOf(s, q) {
				return "rainfall", true
			}
			return "", false
		},
		"sumKindIn":     sumKindIn,
		"pricePerUnit":  pricePerUnit,
		"yearFounded":   yearFounded,
		"yearBuilt":     yearBuilt,
		"recordSpan":    recordSpan,
		"sumToPay":      sumToPay,
		"deliberations": deliberations,
		"sumMoved":      sumMoved,
		"sharePriced":   sharePriced,
		"askingPrice":   askingPrice,
		"prizeMoney":    prizeMoney,
		"stakeOf":       stakeOf,
		"altitudeOf":    altitudeOf,
		"workforceOf":   workforceOf,
		"costOf":        costOf,
		"sumPerPeriod":  sumPerPeriod,
		"massOf":        massOf,
		"shareOfOutput": shareOfOutput,
	}
	cases := []struct {
		reader, sentence, figure, want string
	}{
		{"sumDemanded", "The attackers had demanded a ransom of $5 million in bitcoin.", "$5 million", "sum demanded"},
		{"sumDemanded", "The hackers asked for $4 million to unlock the systems.", "$4 million", "sum demanded"},
		{"sumDemanded", "The company paid $4 million for the building.", "$4 million", ""},
		{"homesWithoutPower", "About 120,000 homes were left without power.", "120,000", "homes without power"},
		{"homesWithoutPower", "The storm knocked out power to 80,000 customers.", "80,000", "homes without power"},
		{"homesWithoutPower", "About 120,000 people live in the town.", "120,000", ""},
		{"howLongItLasted", "The outage lasted nine hours.", "nine", "how long it lasted"},
		{"howLongItLasted", "Power was back 12 hours after the blackout started.", "12", "how long it lasted"},
		{"howLongItLasted", "The talks will resume in 12 hours.", "12", ""},
		{"countedDone", "More than 300 flights were cancelled at airports across the region.", "300", "flights cancelled"},
		{"countedDone", "Airlines cancelled more than 300 flights on Tuesday.", "300", "flights cancelled"},
		{"countedDone", "About 40 people were arrested.", "40", ""},
		{"countedDone", "He served 14 years in prison.", "14", ""},
		{"countedDone", "The two countries exchanged 95 prisoners each.", "95", "prisoners released"},
		{"countedDone", "He was among 103 Marlandish prisoners released by Osteria.", "103", "prisoners released"},
		{"countedDone", "The rebels freed 12 hostages.", "12", ""},
		{"sumPerPeriod", "The union wants $400 a month more for every worker.", "$400", "sum a month"},
		{"sumPerPeriod", "The company earned $400 million last year.", "$400 million", ""},
		{"costOf", "The mission cost €420 million, according to the European Space Agency.", "€420 million", "cost"},
		{"costOf", "ESA officials quoted a total mission budget of €480 million, covering development.", "€480 million", "cost"},
		{"costOf", "Tickets cost $25 per person.", "$25", ""},
		{"costOf", "The company reported revenue of $4 billion.", "$4 billion", ""},
		{"massOf", "The 1,240 kg satellite separated from the upper stage.", "1,240", "mass"},
		{"massOf", "Weighing 1,310 kilograms, Tidewater is about the size of a small van.", "1,310", "mass"},
		{"massOf", "Police seized 200 kilograms of cocaine.", "200", ""},
		{"shareOfOutput", "The budget aims to cut the deficit to 3.2% of gross domestic product next year.", "3.2%", "deficit (share of GDP)"},
		{"shareOfOutput", "La dette atteindra 112 % du PIB en 2027.", "112 %", "debt (share of GDP)"},
		{"shareOfOutput", "Exports make up 40% of GDP.", "40%", ""},
		{"countedDone", "Seven inmates escaped from an overcrowded state prison early Sunday, officials said.", "Seven", "inmates escaped"},
		{"countedDone", "Eight inmates have escaped from a prison in the US state of Tennessee.", "Eight", "inmates escaped"},
		{"countedDone", "About 40 people were arrested.", "40", ""},
		{"countedDone", "Three officers said they saw nothing.", "Three", ""},
		{"movedTo", "Core inflation eased to 3.4 per cent, from 3.7 per cent.", "3.4 per cent", "Core inflation"},
		{"movedTo", "The country's core inflation eased to 3.4%.", "3.4%", ""},
		{"offenderCount", "Four masked thieves stole the jewels.", "Four", "number of thieves"},
		{"offenderCount", "A gang of three thieves escaped on scooters.", "three", "number of thieves"},
		{"offenderCount", "Police arrested two robbers on Monday.", "two", ""},
		{"offenderCount", "Police said 12 looters were arrested overnight.", "12", ""},
		{"offenderCount", "The thieves spent four minutes inside.", "four", ""},
		{"offenderCount", "Una banda de 3 ladrones huyó en motocicletas.", "3", "number of thieves"},
		{"stolenCount", "Los ladrones robaron 8 joyas de la corona.", "8", "number stolen"},
		{"stolenCount", "Una banda se llevó 9 piezas de joyería.", "9", "number stolen"},
		{"stolenCount", "The gang stole eight pieces of jewellery.", "eight", "number stolen"},
		{"stolenCount", "The gang made off with nine items.", "nine", "number stolen"},
		{"stolenCount", "More than 200 paintings were stolen from the museum.", "200", "number stolen"},
		{"stolenCount", "Thieves stole $5 million in cash.", "$5 million", "sum stolen"},
		{"stolenCount", "The details of 3.9 million customers were stolen.", "3.9 million", ""},
		{"stolenCount", "Twelve people were missing.", "Twelve", ""},
		{"valuedAt", "The jewels are valued at an estimated 88 million euros.", "88 million", "value"},
		{"valuedAt", "The loot was worth 102 million euros.", "102 million", "value"},
		{"valuedAt", "Her office steered contracts worth 45 million euros to a friend.", "45 million", "contracts worth"},
		{"valuedAt", "The company agreed a deal worth $12 billion.", "$12 billion", ""},
		{"sumNamed", "The insurers offered a reward of 500,000 euros.", "500,000", "reward"},
		{"sumNamed", "The jewels have a total of 500,000 euros.", "500,000", ""},
		{"nounCounted", "All 23 crew members were rescued.", "23", "number of crew members"},
		{"nounCounted", "The ship's 23 crew had all been rescued.", "23", "number of crew"},
		{"nounCounted", "Volunteers collected more than 400 oil-covered seabirds.", "400", "number of seabirds"},
		{"nounCounted", "Three undersea cables were damaged.", "Three", "number of cables"},
		{"nounCounted", "About 300 people were evacuated.", "300", ""},
		{"nounCounted", "He missed 10 of the team's 16 games.", "10", ""},
		{"nounCounted", "Two crew members were killed.", "Two", ""},
		{"nounCounted", "Two crew were killed.", "Two", ""},
		{"penaltyOf", "She has been banned for four years.", "four", "ban (years)"},
		{"penaltyOf", "She was given a two-year ban on Tuesday.", "two", "ban (years)"},
		{"penaltyOf", "He has agreed a six-year deal.", "six", "contract (years)"},
		{"penaltyOf", "He was sentenced to 12 years in prison.", "12", "prison term (years)"},
		{"penaltyOf", "He faces a ban of up to four years.", "four", ""},
		{"penaltyOf", "The two-day conference ended.", "two", ""},
		{"plannedSpan", "Kova arrived on Tuesday for a three-day visit.", "three", "visit (days)"},
		{"plannedSpan", "Unions called a 48-hour strike.", "48", "strike (hours)"},
		{"plannedSpan", "The two-day-old baby was found.", "two", ""},
		{"plannedSpanIn", "È iniziato all'alba lo sciopero di 48 ore dei marittimi.", "48", "strike (hours)"},
		{"plannedSpanIn", "Los sindicatos convocaron una huelga de 24 horas en el puerto.", "24", "strike (hours)"},
		{"plannedSpanIn", "Die Gewerkschaft rief zu einem 48-stündigen Streik auf.", "48", "strike (hours)"},
		{"plannedSpanIn", "Il volo è durato 24 ore.", "24", ""},
		{"payRise", "Die Gewerkschaft fordert 8,5% mehr Lohn bei einer Laufzeit von zwölf Monaten.", "8,5%", "pay rise demanded (%)"},
		{"payRise", "Die Bahn hatte zuletzt 5% mehr Geld in zwei Stufen angeboten.", "5%", "pay rise offered (%)"},
		{"payRise", "De werkgever wil niet verder gaan dan een loonsverhoging van 5% verspreid over twee jaar.", "5%", "pay rise offered (%)"},
		{"payRise", "Nach Angaben der Bahn fallen rund 80% der Fernzüge aus.", "80%", ""},
		{"countClassIn", "Die Landwirte blockierten die A1 mit mehr als 1500 Schleppern.", "1500", "number of tractors"},
		{"countClassIn", "The hospital postponed 173 surgical procedures.", "173", "number of operations"},
		{"countClassIn", "Se suspendieron más de 1200 cirugías electivas.", "1200", "number of operations"},
		{"countClassIn", "Betroffen sind 28 kommunalen Krankenhäusern im Land.", "28", "number of hospitals"},
		{"countClassIn", "Die Lawine verschüttete 3 Skifahrer.", "3", ""},
		{"countClassIn", "In de haven liggen 37 zeeschepen stil.", "37", "number of ships"},
		{"sumKindIn", "Die Firma sitzt auf Verbindlichkeiten von rund €310 million.", "€310 million", "debts"},
		{"sumKindIn", "Harrowgate prevede di investire €150 million nello stadio.", "€150 million", "investment"},
		{"sumKindIn", "Die Firma erzielte einen Umsatz von €340 million.", "€340 million", "revenue"},
		{"sumKindIn", "Die Firma zahlte einen Preis von €340 million.", "€340 million", ""},
		{"countClassIn", "Some 18 fire tenders were sent to the hotel.", "18", "number of fire engines"},
		{"rainfallOf", "The bureau said 184 millimetres of rain fell overnight, more than the town would normally expect.", "184", "rainfall"},
		{"payRise", "El sindicato reclama un incremento del 4.5% para este año.", "4.5%", "pay rise demanded (%)"},
		{"flightsCancelledIn", "La naviera tuvo que suspender 38 salidas a lo largo del día.", "38", "sailings cancelled"},
		{"rainfallOf", "A further 30 to 50 mm of rain could fall on Wednesday.", "50", ""},
		{"payRise", "De vakbonden willen 5.6% erbij, werkgever RSV wil niet verder gaan dan 3% meer loon.", "5.6%", "pay rise demanded (%)"},
		{"payRise", "De vakbonden willen 5.6% erbij, werkgever RSV wil niet verder gaan dan 3% meer loon.", "3%", "pay rise offered (%)"},
		{"countClassIn", "The council received 18 tenders for the contract.", "18", ""},
		{"countClassIn", "La nieve sepultó 11 vehículos, entre ellos 3 camiones y una camioneta.", "3", ""},
		{"countClassIn", "Del lado argentino, unos 1500 camiones quedaron detenidos.", "1500", "number of trucks"},
		{"pricePerUnit", "Pedem que o pagamento por tonelada cortada, atualmente de $4.30, suba para $6.", "$4.30", "price per tonne"},
		{"pricePerUnit", "Pedem que o pagamento por tonelada cortada, atualmente de $4.30, suba para $6.", "$6", ""},
		{"sumKindIn", "De regering trekt €12.5 million uit voor de aanpak van de uitbraak.", "€12.5 million", "sum allocated"},
		{"sumKindIn", "Le gouvernement débloque €15 million pour la lutte contre l'épidémie.", "€15 million", "sum allocated"},
		{"pricePerUnit", "Brent crude rose to $82 a barrel on Monday.", "$82", "price per barrel"},
		{"pricePerUnit", "The firm paid $82 a month for the plan.", "$82", ""},
		{"yearFounded", "The chain, founded in 1962, has struggled.", "1962", "year founded"},
		{"yearFounded", "The firm was set up in 2001 by two brothers.", "2001", "year founded"},
		{"yearFounded", "The chain opened in 1962.", "1962", ""},
		{"yearBuilt", "The tower block was built in 1968 and housed 300 people.", "1968", "year built"},
		{"yearBuilt", "Die 1971 fertiggestellte Brücke ist seit Montag gesperrt.", "1971", "year built"},
		{"yearBuilt", "The tower block opened in 1972.", "1972", ""},
		{"recordSpan", "It was the first visit by a Valdorian leader in 20 years.", "20", "first in (years)"},
		{"recordSpan", "Prices hit their lowest level in 40 years.", "40", "lowest in (years)"},
		{"recordSpan", "He served in 20 years of wars.", "20", ""},
		{"sumToPay", "A jury ordered the company to pay $2.1 billion in damages.", "$2.1 billion", "sum to pay"},
		{"sumToPay", "The company paid $4 million for the building.", "$4 million", ""},
		{"deliberations", "The jury deliberated for three days.", "three", "deliberations (days)"},
		{"deliberations", "A jury ruled after two days of deliberations.", "two", "deliberations (days)"},
		{"countedDone", "The leaders signed 15 deals on Wednesday.", "15", "agreements signed"},
		{"valuedAt", "They signed 15 deals worth a total of $5.5 billion.", "$5.5 billion", "agreements worth"},
		{"valuedAt", "The pricing values the company at about $24 billion.", "$24 billion", "value"},
		{"valuedAt", "It raised money at a $3 billion valuation.", "$3 billion", "value"},
		{"valuedAt", "The firm's value rose at $3 billion a year.", "$3 billion", ""},
		{"valuedAt", "The offering would value the company at $20 billion.", "$20 billion", "value"},
		{"sumMoved", "The company priced its offering, raising $1.9 billion.", "$1.9 billion", "sum raised"},
		{"sumMoved", "The campaign has spent more than $40 million on ads.", "$40 million", "sum spent"},
		{"sumMoved", "It plans to raise $2 billion next year.", "$2 billion", ""},
		{"sharePriced", "Veltro priced its IPO at $38 a share on Wednesday.", "$38", "price per share"},
		{"sharePriced", "The company priced its shares at $36 each.", "$36", "price per share"},
		{"sharePriced", "The stock closed at $45 a share.", "$45", ""},
		{"sharePriced", "It priced the bonds at $98 each.", "$98", ""},
		{"askingPrice", "The phone will start at $999 and go on sale on Friday.", "$999", "price"},
		{"askingPrice", "The Lumen 12 costs $1,099 for the base model.", "$1,099", "price"},
		{"askingPrice", "The new bridge cost $2 billion to build.", "$2 billion", ""},
		{"askingPrice", "Tickets sell for $49 each.", "$49", "price"},
		{"prizeMoney", "They share the prize of $1 million.", "$1 million", "prize money"},
		{"stakeOf", "The state takes a 68% stake in the bank.", "68%", "stake"},
		{"altitudeOf", "The avalanche was triggered at an altitude of 2,600 metres.", "2,600", "altitude (metres)"},
		{"altitudeOf", "The plane was flying 10,000 feet above sea level.", "10,000", "altitude (feet)"},
		{"altitudeOf", "The wall is 20 metres long.", "20", ""},
		{"altitudeOf", "The avalanche started at an altitude of about 2,560 metres.", "2,560", "altitude (metres)"},
		{"workforceOf", "The bank employs 21,000 people in 4,200 branches.", "21,000", "workforce"},
		{"workforceOf", "Veltro has about 3,000 employees.", "3,000", "workforce"},
		{"workforceOf", "The strike by 5,000 workers closed the port.", "5,000", ""},
		{"stakeOf", "Shares fell 68% on Friday.", "68%", ""},
		{"sumMoved", "The government will inject €5 billion into the bank.", "€5 billion", "sum injected"},
		{"prizeMoney", "The winner, who won $1 million, thanked the jury for the prize.", "$1 million", ""},
		{"prizeMoney", "She shares the prize, worth $1.1 million, with two colleagues.", "$1.1 million", "prize money"},
		{"prizeMoney", "They won the medal, an honor that comes with $1 million.", "$1 million", "prize money"},
	}
	for _, c := range cases {
		var got string
		for _, q := range Quantities(c.sentence) {
			if q.Text == c.figure {
				got, _ = readers[c.reader](c.sentence, q)
			}
		}
		if got != c.want {
			t.Errorf("%s(%q, %q) = %q, want %q", c.reader, c.sentence, c.figure, got, c.want)
		}
	}
}

// TestMeasuredThing: a physical measure is named by the common nouns of
// its clause, names and words of size left out.
func TestMeasuredThing(t *testing.T) {
	s := "Mount Teralu erupted, sending a column of ash 10 kilometres into the sky."
	for _, q := range Quantities(s) {
		dim, nouns := measuredThing(s, q)
		if dim != "length" || len(nouns) == 0 {
			t.Fatalf("measuredThing = %q %v", dim, nouns)
		}
		for _, n := range nouns {
			if n == "teralu" || n == "mount" {
				t.Errorf("a name among the nouns: %v", nouns)
			}
		}
	}
	s = "Residents must stay out of a 7-kilometre radius around the crater."
	if qs := Quantities(s); len(qs) != 1 || unitOf(s, qs[0]) != "kilometr" {
		t.Errorf("a unit hyphenated onto its figure: %+v", qs)
	}
}

// FuzzSlotReaders: the readers take any sentence and any figure in it
// without a panic.
func FuzzSlotReaders(f *testing.F) {
	for _, s := range []string{
		"The attackers had demanded a ransom of $5 million.",
		"Residents must stay out of a 7-kilometre radius around the crater.",
		"Power was back 12 hours after the blackout started.",
		"Airlines cancelled more than 300 flights.",
		"Core inflation eased to 3.4 per cent, from 3.7 per cent.",
		"Four masked thieves stole eight pieces worth 88 million euros.",
		"More than 200 paintings were stolen.", "a reward of 500,000 euros",
		"4-", "a 7-", "-5 km", "lasted 3", "an 11-minute standing ovation", "cut the deficit to 3.2% of gross domestic product",
		"settled at $87.90 a barrel", "remove 1.5m barrels a day", "after spending 38 hours on a ledge", "half a dozen plants",
		"US$ 4,35 la libra", "Tre persone sono state arrestate.", "die 1972 fertiggestellte Brücke", "1.240.000", "6,8 mil millones de dólares",
		"De schade wordt geschat op 6 miljoen euro.", "A bordo si trovavano 2.314 passeggeri e 860 membri", "2'750 mètres", "au 7e étage",
		"The Nasdaq Composite fell 2.1% by the close.", "the jobless rate, at 4.1%", "su 9 chilometri di costa", "It fell about 18 meters (59 feet).",
		"Quinze personnes passaient la nuit dans le refuge.", "which lasted two hours and 52 minutes", "su finca de doce hectáreas",
		"à 8 km de l'arrivée", "The 190-metre Northern Lark", "a 40-metre breach", "vier Millionen Passagiere im Jahr",
		"beteiligten sich rund 5.200 Menschen an dem Warnstreik", "die Zahl der Streikenden auf etwa 4.100",
		"la marea ha toccato 1,31 metri", "bis zu 70 Zentimeter Neuschnee", "windkracht 9", "an ex gratia of Rs 3 lakh",
		"a 8 chilometri di profondità", "Sale a otto il numero dei pazienti", "Sono cinque i pazienti", "Huit des seize arrondissements",
		"la cessione dell'80 per cento dell'US", "ha ceduto l'85% delle quote", "un impianto da 18.000 spettatori", "La falla, lunga circa 30 metri,", "uno squarcio di una cinquantina di metri", "19 km del río", "2,300 metres underground", "environ 2 400",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, q := range Quantities(s) {
			sumDemanded(s, q)
			homesWithoutPower(s, q)
			howLongItLasted(s, q)
			countedDone(s, q)
			movedTo(s, q)
			offenderCount(s, q)
			stolenCount(s, q)
			valuedAt(s, q)
			sumNamed(s, q)
			nounCounted(s, q)
			nounCountedIn("es", s, q)
			freedCountIn("es", s, q)
			nounCountedIn("de", s, q)
			plannedSpan(s, q)
			plannedSpanIn(s, q)
			payRise(s, q)
			countClassIn(s, q)
			damageSum(s, q)
			capacityOf(s, q)
			howLongItLastedIn(s, q)
			kilometreMarker(s, q)
			thingClass(s, q)
			passengersOnBoard(s, q)
			sumKindIn(s, q)
			pricePerUnit(s, q)
			arrestCountIn("it", s, q)
			yearBuilt(s, q)
			europeanValue(q)
			sameWordsBefore(s, q, s, q, 4)
			yearFounded(s, q)
			recordSpan(s, q)
			yearVerb(s, q)
			sumToPay(s, q)
			deliberations(s, q)
			sumMoved(s, q)
			sharePriced(s, q)
			shareMove(s, q)
			numberedThing(s, q)
			nounCountedIn("fr", s, q)
			nounCountedIn("nl", s, q)
			measureHolder(s, q)
			clockUnitAfter(s, q)
			indexMove(s, q)
			namedRate("", s, q)
			namedRate("es", s, q)
			coastLength(s, q)
			fallHeight(s, q)
			presentIn(s, q)
			durationLasted(s, q)
			holdingSize(s, q)
			distanceFrom(s, q)
			englishLength(s, q)
			englishGap(s, q)
			perYearAfter(s[min(q.End, len(s)):])
			strikersCount(s, q)
			crowdEstimate(s, q)
			offerOrDemand(s)
			askingPrice(s, q)
			stakeOf(s, q)
			altitudeOf(s, q)
			workforceOf(s, q)
			costOf(s, q)
			sumPerPeriod(s, q)
			massOf(s, q)
			shareOfOutput(s, q)
			homesDoneIn("fr", s, q)
			referendumSide(s, q)
			foreignUnitOf(s, q)
			closingPrice(s, q)
			outputCut(s, q)
			spanAfter(s, q)
			wordCountOfPeople(s, q)
			prizeMoney(s, q)
			waterLevelOf(s, q)
			snowDepthOf(s, q)
			windForceOf(s, q)
			compensationOf(s, q)
			depthAfterUnit(s, q)
			magnitudeOf(s, q)
			ageFigure(s, q)
			withUnitsApart(s, q, s, q)
			unitWordsEnd(s, q)
			thingMeasured(s, q)
			belowGround(s, q)
			minuteOfMatch(s, q)
			stakeSold(s, q)
			shareFlooded(s, q)
			numberedByNoun(s, q)
			capacityOf(s, q)
			measuredIn(s, q)
			figureAsWritten(s, 0)
			farApartIn(s, q, s, q)
			shareOfIn(s, q)
			for _, lang := range []string{"it", "es", "fr", "de"} {
				foreignNumberOf(lang, s, q, Words(s[:min(q.Start, len(s))]))
			}
			effectBy(s, q)
			dealSlotIn("fr", s, q)
			metricOfIn("de", s, nil, q)
			comparedFigure(s, q)
			namedSum("es", s, q)
			namedSum("", s, q)
			strikeShare(s, q)
			flightsCancelledIn(s, q)
			levelSetToIn("es", s, q)
			measuredIn(s, q)
			levelSetTo(s, q)
			unitOf(s, q)
			if dim, nouns := measuredThing(s, q); dim != "" {
				thingLabel(s, q, s, nouns, dim)
			}
		}
	})
}

// TestCurrencyAfter: an amount whose currency is written after it is a sum
// of money; pounds and "won" only where they cannot be a weight or a verb.
func TestCurrencyAfter(t *testing.T) {
	for s, want := range map[string]bool{
		"The jewels are valued at 88 million euros.": true,
		"She earns 90,000 euros a year.":             true,
		"The club paid 2 million pounds.":            true,
		"Police seized 10 pounds of cocaine.":        false,
		"The party won 40 seats.":                    false,
		"About 300 people were evacuated.":           false,
	} {
		qs := Quantities(s)
		if len(qs) == 0 {
			t.Fatalf("no figure in %q", s)
		}
		if got := qs[0].Kind == "money"; got != want {
			t.Errorf("%q: %+v, money = %v, want %v", s, qs[0], got, want)
		}
	}
}

// TestSharesContent: two short quotes that share a long name and its
// function words ("of the Endangered Species Act") are two quotes; one
// told two ways shares what it says.
func TestSharesContent(t *testing.T) {
	if sharesContent("wholly inappropriate use of the Endangered Species Act.", "absolute heart of the Endangered Species Act.") {
		t.Error("two quotes sharing only a name taken for one")
	}
	if !sharesContent("This vulnerability is being actively exploited by cyber criminals.", "This vulnerability is being actively exploited by cyber-criminals.") {
		t.Error("one quote told two ways taken for two")
	}
}

// TestOtherUnits: counts in units of different measures are two things;
// kilometres and miles measure one.
func TestOtherUnits(t *testing.T) {
	for _, c := range []struct {
		x, y string
		want bool
	}{
		{"Drake won the play-in round just 18 hours earlier.", "Drake hung on for about 30 minutes.", true},
		{"The storm moved 48 km inland.", "The storm moved 30 miles inland.", false},
		{"The outage lasted nine hours.", "The outage lasted 12 hours.", false},
	} {
		p, q := Quantities(c.x)[0], Quantities(c.y)[0]
		if got := otherUnits(c.x, p, c.y, q); got != c.want {
			t.Errorf("otherUnits(%q, %q) = %v, want %v", c.x, c.y, got, c.want)
		}
	}
}

// TestForeignAmounts: in the other languages read, a scale word and a
// currency after a figure make a sum of money.
func TestReadDigits(t *testing.T) {
	for in, want := range map[string]string{"4,35": "4.35", "7.1": "7.1", "6.800": "6800", "4,500": "4500",
		"1.240.000": "1240000", "1.240,5": "1240.5", "1,240.5": "1240.5", "46,9": "46.9"} {
		if got := readDigits(in); got != want {
			t.Errorf("readDigits(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestForeignAmounts(t *testing.T) {
	for s, want := range map[string]string{
		"Las piezas están valoradas en 88 millones de euros.": "88000000",
		"Le butin est estimé à 102 millions d'euros.":         "102000000",
		"Die Beute ist 3 Milliarden Euro wert.":               "3000000000",
		// digits as the other languages write them, thousands of millions
		"La minera obtuvo ingresos por 6,8 mil millones de dólares.": "6800000000",
		"Alcanzaron los US$ 6.800 millones en el semestre.":          "6800000000",
		"El cobre se vendió a US$ 4,35 la libra.":                    "4.35",
	} {
		var got []Quantity
		for _, lang := range []string{"es", "fr", "de"} {
			if qs := QuantitiesIn(s, lang); len(qs) > 0 && qs[0].Kind == "money" {
				got = qs
			}
		}
		if len(got) == 0 || got[0].Value != want {
			t.Errorf("%q: %+v, want money %s", s, got, want)
		}
	}
}

// TestNounCountedIn: in the other languages the noun a figure counts is
// read in their order, people and spans of time left out.
func TestNounCountedIn(t *testing.T) {
	for _, c := range []struct{ lang, s, want string }{
		{"es", "El brote ya suma 132 casos confirmados.", "number of casos"},
		{"de", "Es gibt 132 bestätigte Fälle.", "number of Fälle"},
		{"it", "Il contagio ha raggiunto 14 scuole.", "number of scuole"},
		{"es", "Murieron 12 personas.", ""},
		{"fr", "Il y a 10 ans.", ""},
	} {
		var got string
		for _, q := range QuantitiesIn(c.s, c.lang) {
			if k, ok := nounCountedIn(c.lang, c.s, q); ok {
				got = k
			}
		}
		if got != c.want {
			t.Errorf("%s %q: %q, want %q", c.lang, c.s, got, c.want)
		}
	}
}

// TestScoresAndSpans: a tennis score's sets are one figure; "two hours
// and 41 minutes" is one span of time.
func TestScoresAndSpans(t *testing.T) {
	qs := Quantities("She won 6-4, 3-6, 7-5 after two hours and 41 minutes.")
	if len(qs) != 2 || qs[0].Kind != "tally" || qs[0].Value != "6-4 3-6 7-5" || qs[1].Kind != "duration" || qs[1].Value != "9660" {
		t.Errorf("got %+v", qs)
	}
	if qs := Quantities("Prices rose 2-3% in 2020-21."); len(qs) > 0 && qs[0].Kind == "tally" {
		t.Errorf("a range read as a score: %+v", qs)
	}
}

// TestSidesIn: a side word before a thing, not a name or a stock phrase.
func TestSidesIn(t *testing.T) {
	doc := &crossread.Doc{Article: &crossread.Article{ID: "a"}}
	for s, want := range map[string]string{
		"Its left engine caught fire.":                       "left engine",
		"The pilots shut down the burning right engine.":     "right engine",
		"Talks with North Korea resumed.":                    "",
		"She has the right to appeal.":                       "",
		"Fighting spread to the southern province of Ketra.": "southern province",
		"Se incendió su motor izquierdo.":                    "izquierdo motor",
		"Tiene el derecho a votar.":                          "",
	} {
		got := ""
		for _, sd := range sidesIn(&Sentence{Text: s, Doc: doc}) {
			got = sd.side + " " + sd.noun
		}
		if got != want {
			t.Errorf("%q: %q, want %q", s, got, want)
		}
	}
}

// TestNameChange: a move is named by the last capitalised word before its
// verb and the way it went.
func TestNameChange(t *testing.T) {
	doc := &crossread.Doc{Article: &crossread.Article{ID: "a"}}
	for s, want := range map[string]string{
		"Norland's benchmark NX50 index fell 4.2% on Monday.":                 "NX50 (fall)",
		"Shares in chipmaker Veltron, the index's largest company, sank 11%.": "Veltron (fall)",
		"Veltron shares lost 14% on Monday.":                                  "Veltron (fall)",
		"Shares rose 5% on Monday.":                                           "",
	} {
		got := ""
		for _, q := range Quantities(s) {
			if k, ok := nameChange(&Sentence{Text: s, Doc: doc}, q); ok {
				got = k
			}
		}
		if got != want {
			t.Errorf("%q: %q, want %q", s, got, want)
		}
	}
}

// lastKeyIn is the key read reads of the last figure of s, in lang, that
// it reads one of; "" for none.
func lastKeyIn(lang, s string, read func(lang, s string, q Quantity) (string, bool)) string {
	got := ""
	for _, q := range QuantitiesIn(s, lang) {
		if k, ok := read(lang, s, q); ok {
			got = k
		}
	}
	return got
}

// TestFreedCountIn: prisoners set free or swapped, in the other languages.
func TestFreedCountIn(t *testing.T) {
	for _, c := range []struct{ lang, s, want string }{
		{"es", "Marland y Osteria intercambiaron el miércoles 95 prisioneros cada uno.", "prisoners released"},
		{"es", "Estaba entre los 103 prisioneros liberados por Osteria.", "prisoners released"},
		{"fr", "Les deux pays ont libéré 90 prisonniers.", "prisoners released"},
		{"es", "La cárcel tiene 500 presos.", ""},
	} {
		if got := lastKeyIn(c.lang, c.s, freedCountIn); got != c.want {
			t.Errorf("%s %q: %q, want %q", c.lang, c.s, got, c.want)
		}
	}
}

// TestArrestCountIn: the other languages' counts of people arrested, told
// after the figure or by a verb before it; not a prison's inmates, nor a
// span of time.
func TestArrestCountIn(t *testing.T) {
	for _, c := range []struct{ lang, s, want string }{
		{"it", "Tre persone sono state arrestate.", "number arrested"},
		{"it", "Quattro le persone arrestate in flagranza di reato.", "number arrested"},
		{"nl", "De politie meldde 47 aanhoudingen in de binnenstad.", "number arrested"},
		{"es", "Los agentes detuvieron a tres personas en el puerto.", "number arrested"},
		{"de", "Die Polizei hat vier Männer festgenommen.", "number arrested"},
		{"es", "Los 300 detenidos de la cárcel de Bellavista se amotinaron.", ""},
		{"it", "Era stato arrestato 3 anni fa.", ""},
		{"it", "Sono state sequestrate 2,3 tonnellate di cocaina.", ""},
	} {
		if got := lastKeyIn(c.lang, c.s, arrestCountIn); got != c.want {
			t.Errorf("%s %q: %q, want %q", c.lang, c.s, got, c.want)
		}
	}
	// a demand "über" a sum is for that sum, no bound
	s := "Die Angreifer hinterließen eine Lösegeldforderung über 2,5 Millionen Euro."
	for _, q := range QuantitiesIn(s, "de") {
		if k, _ := sumKindIn(s, q); k != "sum demanded" || hedged(s, q) {
			t.Errorf("%q: %q hedged %v, want sum demanded, unhedged", s, k, hedged(s, q))
		}
	}
}

// TestOpposed: sides meet across genders and languages.
func TestOpposed(t *testing.T) {
	for _, c := range []struct {
		a, b string
		want bool
	}{{"left", "right", true}, {"izquierdo", "derecha", true}, {"northern", "south", true}, {"left", "northern", false}, {"gauche", "gauche", false}} {
		if got := opposed(c.a, c.b); got != c.want {
			t.Errorf("opposed(%q, %q) = %v, want %v", c.a, c.b, got, c.want)
		}
	}
}

// TestSmallReaders checks the small readers this file's slots lean on.
func TestSmallReaders(t *testing.T) {
	for _, c := range []struct {
		lang, s string
		want    bool
	}{
		{"de", "Die Lawine löste sich in etwa 2.600 Metern Höhe.", true},
		{"es", "Salvamento Marítimo rescató a 43 supervivientes.", true},
		{"pt", "O prédio desabou de madrugada.", true},
		{"de", "Die neue Brücke über den Fluss.", false},
		{"it", "A bordo c'erano 412 passeggeri.", true},       // an elided verb
		{"", "The weather service rated the twister.", false}, // English has its own test
	} {
		if got := pastTenseIn(Words(c.s), c.lang); got != c.want {
			t.Errorf("pastTenseIn(%q, %q) = %v, want %v", c.s, c.lang, got, c.want)
		}
	}
	for _, c := range []struct {
		a, b string
		want bool
	}{
		{"Bergrettungsleiter Stefan Gruber", "Stefan Gruber von der Bergrettung", true},
		{"New York Mayor Eric Adams", "New York Governor Kathy Hochul", false},
		{"Anna Riedl", "Anna Riedel", false},
	} {
		if got := sharesFullName(c.a, c.b); got != c.want {
			t.Errorf("sharesFullName(%q, %q) = %v, want %v", c.a, c.b, got, c.want)
		}
	}
	for _, c := range []struct {
		s, fig string
		want   float64
	}{
		{"about $24 billion", "$24 billion", 1e9},
		{"about 45 people", "45", 5},
		{"about 100 people", "100", 100},
		{"about 3.9 million", "3.9 million", 1e5},
		{"environ 2 400 mètres", "2 400", 100},
		{"about 2,450 metres", "2,450", 50},
	} {
		for _, q := range Quantities(c.s) {
			if q.Text != c.fig {
				continue
			}
			v, _ := strconv.ParseFloat(strings.TrimPrefix(q.Value, currencyOf(q.Value)), 64)
			if got := roughStep(c.s[q.Start:], v); math.Abs(got-c.want) > c.want*1e-9 {
				t.Errorf("roughStep(%q) = %v, want %v", c.s, got, c.want)
			}
		}
	}
}

func TestForeignMetrics(t *testing.T) {
	for _, c := range []struct{ lang, s, fig, want string }{
		{"de", "Der Autobauer hat im zweiten Quartal einen Nettogewinn von 2,4 Milliarden Euro erzielt.", "2,4 Milliarden", "net profit (quarter)"},
		{"de", "Der Umsatz stieg auf 41,5 Milliarden Euro.", "41,5 Milliarden", "revenue"},
		{"fr", "Le groupe a publié un bénéfice net de 1,2 milliard d'euros.", "1,2 milliard", "net profit"},
		{"de", "Analysten hatten einen Gewinn von 2,5 Milliarden Euro erwartet.", "2,5 Milliarden", ""},
	} {
		got := ""
		for _, q := range QuantitiesIn(c.s, c.lang) {
			if strings.HasPrefix(q.Text, c.fig) {
				q.Kind = "money"
				got, _ = metricOfIn(c.lang, c.s, nil, q)
			}
		}
		if got != c.want {
			t.Errorf("metricOfIn(%q) = %q, want %q", c.s, got, c.want)
		}
	}
	if k, ok := prizeMoney("The prize is worth 10 million Swedish crowns.", Quantity{Start: 22, End: 32, Kind: "money"}); !ok || k != "prize money" {
		t.Errorf("prizeMoney = %q %v", k, ok)
	}
}

// An area or a volume each source gives once is the story's one, however
// its sentences are worded and whatever they name.
func TestForeignAreaOnceEach(t *testing.T) {
	day, _ := crossread.ParseTimestamp("2027-08-02")
	x := doc("a", "X", "Las llamas arrasaron 1.850 hectáreas de monte y pinar antes del amanecer.")
	y := doc("b", "Y", "Según la Xunta, el fuego ya ha calcinado unas 2.300 hectáreas en el municipio.")
	for _, d := range []*crossread.Doc{x, y} {
		d.Article.Language, d.Article.Published = "es", day
	}
	r := Analyze([]*crossread.Doc{x, y}, nil)
	if got := valuesOf(r.Discrepancies); !got["1.850"] || !got["2.300"] {
		t.Errorf("discrepancies %+v, want the area", r.Discrepancies)
	}
}

// lastedIn is howLongItLastedIn as a yes or no.
func lastedIn(s string, q Quantity) bool { _, ok := howLongItLastedIn(s, q); return ok }

// A sum in a sentence of damage is the damage's, in any language read;
// a repair's or an insurer's is not. A venue's capacity is read by its
// word before or joined after the count.
func TestDamageAndCapacity(t *testing.T) {
	for _, c := range []struct {
		name   string
		read   func(string, Quantity) bool
		kind   string
		s, fig string
		want   bool
	}{
		{"damageSum", damageSum, "money", "De schade wordt voorlopig geschat op 6 miljoen euro.", "6 miljoen euro", true},
		{"damageSum", damageSum, "money", "Der Sachschaden beläuft sich nach ersten Schätzungen auf rund 1,5 Millionen Euro.", "1,5 Millionen Euro", true},
		{"damageSum", damageSum, "money", "Les dégâts sont estimés à 2 millions d'euros.", "2 millions d'euros", true},
		{"damageSum", damageSum, "money", "The insurer expects to pay out $2 million for the damage.", "$2 million", false},
		{"damageSum", damageSum, "money", "The company reported revenue of $2 million.", "$2 million", false},
		{"capacityOf", capacityOf, "count", "The crush happened at the 25,000-capacity stadium.", "25,000", true},
		{"capacityOf", capacityOf, "count", "Fans were at the 30,000-seat stadium.", "30,000", true},
		{"capacityOf", capacityOf, "count", "El estadio, con un aforo de 8.000 personas, estaba lleno.", "8.000", true},
		{"capacityOf", capacityOf, "count", "About 30,000 fans attended the match.", "30,000", false},
		{"lastedIn", lastedIn, "count", "Der gesamte Einsatz dauerte rund 14 Stunden.", "14", true},
		{"lastedIn", lastedIn, "count", "Insgesamt dauerte der Einsatz 16 Stunden.", "16", true},
		{"lastedIn", lastedIn, "count", "La granizada duró cerca de 40 minutos.", "40", true},
		{"lastedIn", lastedIn, "count", "La emergencia sanitaria regirá por 30 días.", "30", false},
		{"kilometreMarker", kilometreMarker, "count", "El percance se registró en el km 157 de la vía.", "157", true},
		{"kilometreMarker", kilometreMarker, "count", "El bloqueo está a la altura del kilómetro 342 de la ruta.", "342", true},
		{"kilometreMarker", kilometreMarker, "count", "La pipa recorrió 157 kilómetros antes del choque.", "157", false},
	} {
		i := strings.Index(c.s, c.fig)
		q := Quantity{Start: i, End: i + len(c.fig), Text: c.fig, Kind: c.kind}
		if got := c.read(c.s, q); got != c.want {
			t.Errorf("%s(%q, %q) = %v, want %v", c.name, c.s, c.fig, got, c.want)
		}
	}
}

// Square metres however written: "m²", "mètres carrés", "metri quadrati".
func TestSquareMetres(t *testing.T) {
	for _, s := range []string{"un bâtiment de 4 200 m² au total", "un bâtiment de 15.000 mètres carrés", "circa 80 metri quadrati di tetto"} {
		i := strings.IndexAny(s, "0123456789")
		j := i
		for j < len(s) && (s[j] >= '0' && s[j] <= '9' || s[j] == '.' || s[j] == ' ' && j+1 < len(s) && s[j+1] >= '0' && s[j+1] <= '9') {
			j++
		}
		q := Quantity{Start: i, End: j, Text: s[i:j], Kind: "count"}
		if u := foreignUnitOf(s, q); u != "square metres" {
			t.Errorf("foreignUnitOf(%q, %q) = %q, want square metres", s, q.Text, u)
		}
	}
}

func TestFigureAsWritten(t *testing.T) {
	for _, c := range []struct {
		text     string
		value    float64
		written  float64
		decimals int
	}{
		{"2 400 mètres", 2400, 2400, 0},
		{"2.400 Meter", 2400, 2400, 0},
		{"2,400 metres", 2400, 2400, 0},
		{"9.2 million", 9.2e6, 9.2, 1},
		{"3,9 millones", 3.9e6, 3.9, 1},
		{"9.200 million", 9.2e6, 9.2, 3},
		{"4.25%", 4.25, 4.25, 2},
		{"1.250 kilometres", 1.25, 1.25, 3},
		{"2'900 Franken", 2900, 2900, 0},
	} {
		w, d, ok := figureAsWritten(c.text, c.value)
		if !ok || math.Abs(w-c.written) > 1e-9 || d != c.decimals {
			t.Errorf("figureAsWritten(%q, %v) = %v, %d, %v; want %v, %d", c.text, c.value, w, d, ok, c.written, c.decimals)
		}
	}
}
