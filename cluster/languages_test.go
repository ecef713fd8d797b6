package cluster

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"crossread"
)

// In a stream that is mostly English, two unrelated Spanish articles share
// only their function words ("de", "la", "que", "los"), which look rare
// there; they must not make one story of them.
func TestFunctionWordsOfAnotherLanguageJoinNothing(t *testing.T) {
	c := New()
	topics := []string{"harbour bridge repairs", "school budget vote", "river flood warning", "museum roof fire",
		"tram line extension", "hospital staff strike", "airport runway closure", "library opening hours"}
	for i := 0; i < 40; i++ {
		topic := topics[i%len(topics)]
		c.Add(&crossread.Article{ID: fmt.Sprintf("en%d", i), Title: strings.ToUpper(topic[:1]) + topic[1:],
			Text:      strings.Repeat("The council discussed the "+topic+" on Tuesday and residents asked questions about costs. ", 4),
			Published: crossread.Timestamp{Time: monday.Add(time.Duration(i) * time.Hour)}})
	}
	fuel := &crossread.Article{ID: "es1", Title: "Suben los precios de la gasolina en la capital",
		Text: "Los precios de la gasolina y del diésel subieron otra vez esta semana en la capital, según los datos de la oficina de energía. " +
			"Los conductores dicen que llenar el tanque cuesta ahora un tercio más que en enero y que las estaciones del centro son las más caras de la región.",
		Published: crossread.Timestamp{Time: monday.Add(50 * time.Hour)}}
	match := &crossread.Article{ID: "es2", Title: "El equipo local gana el clásico en el último minuto",
		Text: "El equipo local ganó el clásico de la liga con un gol en el último minuto, ante un estadio lleno que celebró hasta la medianoche. " +
			"Los jugadores dedicaron la victoria a los aficionados que viajaron desde la costa y el entrenador elogió la defensa del segundo tiempo.",
		Published: crossread.Timestamp{Time: monday.Add(51 * time.Hour)}}
	a, b := c.Add(fuel), c.Add(match)
	if c.Canonical(a.StoryID) == c.Canonical(b.StoryID) {
		t.Fatalf("a fuel-price story and a football match were joined in %s", a.StoryID)
	}
}

func TestForeignFunctionWordsSpareEnglishWords(t *testing.T) {
	for _, w := range []string{"der", "los", "une", "della", "het"} {
		if !stopwords[w] {
			t.Errorf("%q is a term", w)
		}
	}
	for _, w := range []string{"war", "son", "die", "man", "gift"} {
		if stopwords[w] {
			t.Errorf("%q, an English word, is a stopword", w)
		}
	}
}

// One event told in Spanish and in English shares its names and numbers,
// not its words: the English report joins the Spanish story ("Perú" and
// "Peru", "6,4" and "6.4" meet), while an English report of another event
// in the same country stays apart.
func TestOneEventAcrossLanguages(t *testing.T) {
	day := time.Date(2027, 3, 15, 0, 0, 0, 0, time.UTC)
	arts := []*crossread.Article{
		{ID: "es1", Language: "es", Title: "Un terremoto de magnitud 6,4 sacude el sur de Perú",
			Text:      "Un terremoto de magnitud 6,4 sacudió el sur de Perú el domingo, causando la muerte de al menos 12 personas y heridas a 80, según el Instituto Geofísico. El epicentro se localizó a 30 kilómetros de la ciudad de Arequipa. \"Estamos evaluando los daños\", dijo el ministro de Defensa, Jorge Salas.",
			Published: crossread.Timestamp{Time: day}},
		{ID: "es2", Language: "es", Title: "Sismo en Arequipa deja 14 muertos",
			Text:      "Al menos 14 personas murieron tras el sismo de magnitud 6,4 que sacudió Arequipa el domingo. El ministro de Defensa, Jorge Salas, visitó la zona. Hay 75 heridos, según el Instituto Geofísico del Perú.",
			Published: crossread.Timestamp{Time: day}},
		{ID: "en1", Language: "en", Title: "Magnitude 6.4 earthquake kills at least 15 in southern Peru",
			Text:      "A magnitude 6.4 earthquake struck southern Peru on Sunday, killing at least 15 people and injuring about 80, Peru's Geophysical Institute said. The epicentre was 30 kilometres from the city of Arequipa. Defence Minister Jorge Salas said the government was assessing the damage.",
			Published: crossread.Timestamp{Time: day.Add(3 * time.Hour), HasClock: true}},
		{ID: "en2", Language: "en", Title: "Copper miners in Peru go on strike over pay",
			Text:      "Thousands of copper miners in southern Peru walked off the job on Sunday to demand higher pay, union leaders said. The strike at the Cerro Alto mine near Moquegua could cut output by a fifth, the company warned. Talks with the labour ministry in Lima broke down last week.",
			Published: crossread.Timestamp{Time: day.Add(5 * time.Hour), HasClock: true}},
	}
	got := place(New(), arts)
	if got["en1"] != got["es1"] || got["es2"] != got["es1"] {
		t.Errorf("one earthquake told in two languages is %d stories: %v", len(storiesOf(got, arts[:3])), got)
	}
	if got["en2"] == got["es1"] {
		t.Errorf("a miners' strike in the same country joined the earthquake: %v", got)
	}
}
